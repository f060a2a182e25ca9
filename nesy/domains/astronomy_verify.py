"""The pixel verifier of ``nesy.astronomy.v1`` for nesy's own orbit diagram, in any palette variant: read by
shape and position, named by its labels, no colour read and no OCR.

What is known before reading: the scene re-solved (``astronomy_draw.frame``) says the canvas size, where the
star is, every orbit's ellipse, the scale bar and the fixed labels — everything but where on its orbit each
body sits (that turns with the seed). What is read from the pixels (``nesy.see.lines.ink``: distance from
the page colour in the most different channel, so a yellow disc and a black line are both ink):

- **discs** (star, planets, comets, moons): cores of the ink at least 2 px from the page (every line and
  glyph nesy draws is thinner than 4 px; a moon's disc is 6 px across, a planet's ≥ 11 px), each with its
  radius (the largest distance inside it);
- **the star**: the disc within ``search_px`` of where the layout puts it; the star's centre is measured;
- **each orbit**: the ink within ``band_px`` of its solved ellipse (discs removed), fitted as an axis-aligned
  ellipse (twice refitted without pixels more than 2 px off the fit: other strokes that cross the band);
  the fitted ellipse must be drawn along ``drawn`` of its length. From the fit: the star at the focus
  (c = e·a), the semi-minor axis b = a·sqrt(1 − e²), the order and ratios of the fitted semi-major axes,
  Kepler's third law (T²/a³ shared) on a linear scale;
- **each body**: the largest disc on its own orbit (its identity is its orbit); off it, ``on_orbit``
  fails; moons are the small discs within its moon rings' reach; a disc on no orbit and about no planet is
  a stray body;
- **labels**: every label nesy draws (bodies with their semi-major axes, moons, the star, the scale bar,
  the scale statement, perihelion/aphelion) compared with its text drawn by nesy's renderer where the
  layout puts it relative to the disc found (``see.lines.text_mismatch``; the orbit lines and discs crossing
  it are not compared) — a wrong name, value or scale statement fails;
- **the scale bar**: its measured length against 1 AU × its value, the px per AU of the drawn orbits;
- **the sense of revolution**: each planet's arrowhead, where the frame puts it, inks its own triangle's base
  and not the reversed head's (``arrow_sense``): a head drawn backwards or left out fails.

A degraded copy (blurred, JPEG, resized, colour-shifted) is brought back to canvas scale by its size against
the canvas (``see.scale_from_size``) and read with 1 px more edge uncertainty, blurred text templates and the
degraded label tolerance. ``nesy_drawn`` tells nesy's figure from another tool's by the layout: the image has
the canvas' aspect and, at canvas scale, the star disc where nesy puts it or most orbits drawn along their
solved ellipses — never by a legend panel, which nesy's orbit diagram no longer has.
"""
from __future__ import annotations

import math
from typing import Any

import numpy as np

from ..types import Check, SceneGraph, Verdict

__all__ = ["verify", "nesy_drawn", "find_discs", "is_exact", "arrow_sense", "at_arrow"]

DISC_INK = 0.4        # ink level of a disc (0–1): the grey variant's star (#808080) is 0.5, Okabe–Ito sky blue 0.66
DISC_CORE = 2.0       # px from the page: a 1.5-px orbit (blurred σ = 1: ≤ 1.4) and 13-px text (≤ 2.3) are thinner
DISC_MIN_R = 3.0      # px: a disc's largest inner distance (measured: a 4-px moon ≥ 3.6 blurred or at half size; glyph joins ≤ 2.3)
PLANET_MIN_R = 5.5    # px: planets are drawn ≥ 6.5, moons 4.0


#: an arrowhead is read as pointing its way when the ink (0–1) of the part of its triangle the reversed head
#: would not cover (the base's wings, off the orbit line) is at least [0] and beats the reversed head's wings
#: by [1]: exact / degraded (measured on the inner planets: exact 0.66 against 0.004; blurred, JPEG'd, resized
#: ≥ 0.37 against ≤ 0.16, so ≥ 0.24 apart; a head turned round reads the other way)
ARROW_SEEN = ((0.4, 0.3), (0.25, 0.12))
ARROW_LINE = 1.25     # px either side of the orbit line left out (the line runs through both heads)


def arrow_sense(ink: np.ndarray, x: float, y: float, ux: float, uy: float, st: dict[str, Any]) -> tuple[float, float]:
    """(mean ink of the head's own wings, mean ink of the reversed head's wings) about the head centred at
    (``x``, ``y``) pointing along (``ux``, ``uy``) (canvas px): a head drawn the right way inks the first, one
    drawn reversed the second, none neither."""
    ah = st.get("arrow") or {}
    L, w = float(ah.get("length", 10)), float(ah.get("half_width", 3))
    R = int(math.ceil(L / 2 + w + 2))
    x0, y0 = int(math.floor(x)) - R, int(math.floor(y)) - R
    yy, xx = np.mgrid[y0: y0 + 2 * R + 1, x0: x0 + 2 * R + 1]
    ok = (yy >= 0) & (xx >= 0) & (yy < ink.shape[0]) & (xx < ink.shape[1])
    dx, dy = xx + 0.5 - x, yy + 0.5 - y
    s_ = dx * ux + dy * uy
    n_ = np.abs(-dx * uy + dy * ux)
    inside = np.abs(s_) <= L / 2
    fwd = inside & (n_ <= w * (L / 2 - s_) / L)
    bwd = inside & (n_ <= w * (L / 2 + s_) / L)
    off = n_ >= ARROW_LINE
    a, b = fwd & ~bwd & off & ok, bwd & ~fwd & off & ok
    if not a.any() or not b.any():
        return 0.0, 0.0
    return float(ink[yy[a], xx[a]].mean()), float(ink[yy[b], xx[b]].mean())


def at_arrow(d, arrows, slack: float = 0.0) -> bool:
    """Whether disc ``d`` (x, y, r, …) is the blot of one of the frame's ``arrows`` (id, x, y, ux, uy): its
    centre within half a head's length (+ 1 px) of the head's centre and no larger than a head."""
    L = float((_style().get("arrow") or {}).get("length", 10))
    return d[2] < PLANET_MIN_R and any(math.hypot(d[0] - x, d[1] - y) <= L / 2 + 1 + slack for _b, x, y, _u, _v in arrows)


def shape_ratio_check(x: float | None, y: float | None, q: dict[str, Any], scene: SceneGraph) -> Check | None:
    """A distance ratio the text states ("the third three times as far as the first") on another tool's
    figure, by its value. General rule: a ratio of two distances from the same centre is free of the
    figure's scale, so it holds on any drawing that draws distances linearly — unlike a distance, it needs
    no declared scale. Not judged (None) where the text itself allows a figure off scale (``log``,
    ``not_to_scale``). Tolerance: ``ratio_rel`` plus the reading of two disc centres (2 px each) over the
    shorter distance. The bodies' distances ``x`` (source), ``y`` (target) are px from the centre disc."""
    if x is None or y is None or min(x, y) <= 0 or scene.attr("log") or scene.attr("not_to_scale"):
        return None
    rt = float(_tol()["ratio_rel"]) + 4.0 / min(x, y)
    return Check("distance_ratio", (q["source"], q["target"]), round(x / y, 4), q["k"], round(rt, 4),
                 abs(x / y - q["k"]) <= rt * q["k"], q["span"]["text"])


def _style() -> dict[str, Any]:
    from .astronomy_draw import style
    return style()


def _tol() -> dict[str, Any]:
    from ..resources import load_yaml
    return load_yaml("layout", "astronomy.yaml")["tolerance"]


def _palettes() -> set[tuple[int, int, int]]:
    """Every colour a variant of the style draws shapes in (shapes are drawn crisp)."""
    from ..render.style import VARIANTS, science_style
    from ..see import hex_rgb
    out: set[tuple[int, int, int]] = {(255, 255, 255)}
    for pal in VARIANTS["palette"]:
        st = science_style("astronomy", palette=pal)
        for k, v in st.items():
            if k.endswith("_color") or k.endswith("_stroke") or k == "planet_outline":
                out.add(tuple(hex_rgb(v)))
        for v in (st.get("planet_colors") or {}).values():
            out.add(tuple(hex_rgb(v)))
    return out


def is_exact(rgb: np.ndarray, fr) -> bool:
    """nesy's untouched PNG: the canvas size (``fr``: ``astronomy_draw.Frame``), every pixel white, a grey
    (anti-aliased text) or one of the style's crisp shape colours (≥ 99.8 %), and the orbits crisp — ≥ 80 %
    of the points along the solved ellipses have a pixel of an orbit colour, exactly, within 1 px. A blurred,
    JPEG'd or colour-shifted copy keeps no exact orbit colour (a blurred grey orbit stays grey, so the first
    test alone would take it)."""
    from ..render.style import VARIANTS, science_style
    from ..see import hex_rgb
    if rgb.shape[0] != fr.H or rgb.shape[1] != fr.W:
        return False
    a = rgb[..., :3].astype(np.int32)
    grey = (a[..., 0] == a[..., 1]) & (a[..., 1] == a[..., 2])
    code = (a[..., 0] << 16) | (a[..., 1] << 8) | a[..., 2]
    pal = np.array([(r << 16) | (g << 8) | b for r, g, b in _palettes()])
    if float((grey | np.isin(code, pal)).mean()) < 0.998:
        return False
    orbit = np.array([(r << 16) | (g << 8) | b for r, g, b in
                      {tuple(hex_rgb(science_style("astronomy", palette=p)["orbit_color"])) for p in VARIANTS["palette"]}])
    hits = total = 0
    for _bid, cx, cy, A, B in fr.ellipses:
        for t in np.linspace(0, 2 * math.pi, 90, endpoint=False):
            x, y = int(round(cx + A * math.cos(t))), int(round(cy + B * math.sin(t)))
            total += 1
            hits += bool(np.isin(code[max(y - 1, 0): y + 2, max(x - 1, 0): x + 2], orbit).any())
    return hits >= 0.8 * max(total, 1)


def find_discs(ink: np.ndarray) -> list[tuple[float, float, float, np.ndarray]]:
    """Filled discs in the ``ink`` (0–1) image: (centre x, centre y, radius px, core mask slice-free)."""
    from scipy import ndimage as ndi
    m = ink >= DISC_INK
    dt = ndi.distance_transform_edt(m)
    core = dt >= DISC_CORE
    lab, n = ndi.label(core, structure=np.ones((3, 3), bool))
    out = []
    for k, sl in enumerate(ndi.find_objects(lab), start=1):
        if sl is None:
            continue
        sub = lab[sl] == k
        r = float(dt[sl][sub].max())
        if r < DISC_MIN_R:
            continue
        ys, xs = np.nonzero(sub & (dt[sl] >= r - 0.75))
        out.append((float(xs.mean()) + sl[1].start, float(ys.mean()) + sl[0].start, r, (sl, sub)))
    return out


def _ellipse_offset(xs: np.ndarray, ys: np.ndarray, cx: float, cy: float, a: float, b: float) -> np.ndarray:
    """Approximate distance (px) of points from an axis-aligned ellipse, along the ray from its centre."""
    rn = np.hypot((xs - cx) / a, (ys - cy) / b)
    return np.abs(rn - 1.0) * np.hypot(xs - cx, ys - cy) / np.maximum(rn, 1e-9)


def _coverage(m: np.ndarray, cx: float, cy: float, a: float, b: float, reach: float) -> float:
    """Share of 360 points along the ellipse with a ``m`` pixel within ``reach`` px."""
    from ..see.lines import drawn_fraction
    t = np.linspace(0, 2 * math.pi, 361)
    pts = list(zip(cx + a * np.cos(t), cy + b * np.sin(t)))
    return drawn_fraction(m, pts, reach=reach, step=max(2.0, 2 * math.pi * max(a, b) / 360))


def _canvas(full: np.ndarray, fr) -> tuple[np.ndarray, float]:
    from ..see import scale_from_size, to_canvas
    sc = scale_from_size(full.shape[1], full.shape[0], (fr.W, fr.H))
    rgb = to_canvas(full[..., :3], sc)
    return rgb, sc


def nesy_drawn(full: np.ndarray, scene: SceneGraph) -> bool:
    """Whether the image is nesy's own orbit diagram of the scene: the canvas' aspect (within 3 %) and, at
    canvas scale, of the star disc (within ``search_px`` of where nesy puts it) and the orbits (drawn along
    ≥ 60 % of their solved ellipses) at least 2 and at least half of all (n + 1) are where nesy draws them.
    Another tool's figure has its own layout (even a centred star leaves its orbits elsewhere); nesy's with
    one error injected (a star or an orbit moved or removed) keeps the rest — with a single orbit and its
    star moved away it is read as another tool's figure, which finds no rings about the star and fails."""
    from ..see.lines import ink as ink_of
    from .astronomy_draw import frame
    fr = frame(scene)
    h, w = full.shape[:2]
    if abs((w / h) / (fr.W / fr.H) - 1) > 0.03:
        return False
    rgb, _ = _canvas(full, fr)
    ink = ink_of(rgb)
    tol = _tol()
    sx, sy = fr.star
    star = any(math.hypot(x - sx, y - sy) <= float(tol["search_px"]) and r >= 6 for x, y, r, _ in find_discs(ink))
    m = ink >= 0.2
    near = sum(_coverage(m, cx, cy, a, b, 2.5) >= 0.6 for _bid, cx, cy, a, b in fr.ellipses)
    n = len(fr.ellipses)
    return int(star) + near >= max(2, math.ceil((n + 1) / 2))


def orbit_fit(xs_all: np.ndarray, ys_all: np.ndarray, expected: tuple[float, float, float, float], band: float,
              slack: float, line_m: np.ndarray, disc_m: np.ndarray):
    """The drawn ellipse of one expected orbit ``(cx, cy, a, b)``: ``(fit, coverage, sel)`` — the fit of the
    ink points within ``band`` of it (None unless it is this orbit's ellipse: a few crossing strokes in the
    band fit some small ellipse of their own), how much of its length that ink draws (discs lie on it: not
    removed), and which points were in the band."""
    off = _ellipse_offset(xs_all, ys_all, *expected)
    sel = off <= band
    f = _fit(xs_all[sel], ys_all[sel], 2.0 + slack) if sel.sum() >= 8 else None
    if f is not None and max(abs(f[k] - expected[k]) for k in range(4)) > band:
        f = None
    cov = 0.0
    if f is not None:
        mine = np.zeros(line_m.shape, bool)
        mine[ys_all[sel], xs_all[sel]] = True
        cov = _coverage(mine | disc_m, *f, 1.5 + slack)
    return f, cov, sel


def _fit(xs: np.ndarray, ys: np.ndarray, keep: float) -> tuple[float, float, float, float] | None:
    from .astronomy import fit_ellipse
    f = fit_ellipse(xs.astype(float), ys.astype(float))
    for _ in range(2):
        if f is None:
            return None
        off = _ellipse_offset(xs, ys, *f)
        ok = off <= keep
        if ok.all() or ok.sum() < 8:
            break
        xs, ys = xs[ok], ys[ok]
        f = fit_ellipse(xs.astype(float), ys.astype(float)) or f
    return f


def verify(full: np.ndarray, scene: SceneGraph) -> Verdict:
    """Check nesy's own orbit diagram ``full`` (RGB array) against the scene's laws (see the module doc)."""
    from ..see.lines import BLUR, darkness, text_mismatch
    from ..see.lines import ink as ink_of
    from .astronomy import solve_orbits
    from .astronomy_draw import body_labels, body_name, disc_radius, frame, moon_extent, note_text
    fr = frame(scene)
    tol = _tol()
    exact = is_exact(full, fr)
    rgb, sc = (full[..., :3], 1.0) if exact else _canvas(full, fr)
    slack = 0.0 if exact else 1.0
    ink = ink_of(rgb)
    dk = darkness(rgb)
    orb = solve_orbits(scene)
    bodies = {b["id"]: b for b in scene.attr("bodies", [])}
    idx = {bid: i for i, bid in enumerate(orb.ids)}
    checks: list[Check] = []
    star = scene.attr("star") or {}
    star_phrase = (star.get("span") or {}).get("text", "")
    discs = find_discs(ink)
    sx0, sy0 = fr.star
    near = [d for d in discs if math.hypot(d[0] - sx0, d[1] - sy0) <= float(tol["search_px"]) + slack and d[2] >= 6]
    checks.append(Check("star_count", ("star",), len(near), 1, 0, len(near) == 1, star_phrase))
    if len(near) != 1:
        return Verdict(tuple(checks), rounds=1)
    sx, sy = near[0][0], near[0][1]
    # a blot the frame's arrowhead makes (its crisp triangle over the orbit line can reach the disc core) is
    # that head, not a body: the layout keeps every body clear of the heads
    others = [d for d in discs if d is not near[0] and not at_arrow(d, fr.arrows, slack)]
    # line ink: discs (and 2 px about them) removed
    from scipy import ndimage as ndi
    yy, xx = np.mgrid[0:ink.shape[0], 0:ink.shape[1]]
    disc_m = np.zeros(ink.shape, bool)
    for x, y, r, _ in discs:
        R = int(math.ceil(r + 3))
        y0, y1, x0, x1 = max(int(y) - R, 0), int(y) + R + 2, max(int(x) - R, 0), int(x) + R + 2
        disc_m[y0:y1, x0:x1] |= np.hypot(xx[y0:y1, x0:x1] - x, yy[y0:y1, x0:x1] - y) <= r + 2.0 + slack
    line_m = (ink >= (0.2 if exact else 0.15))
    ys_all, xs_all = np.nonzero(line_m & ~disc_m)
    band = float(tol["band_px"]) + slack
    fits: dict[str, tuple[float, float, float, float]] = {}
    used = np.zeros(len(xs_all), bool)
    for bid, cx0, cy0, a0, b0 in fr.ellipses:
        i = idx[bid]
        b = bodies[bid]
        ph = b["span"]["text"]
        f, cov, sel = orbit_fit(xs_all, ys_all, (cx0, cy0, a0, b0), band, slack, line_m, disc_m)
        ok = f is not None and cov >= float(tol["drawn"])
        checks.append(Check("orbit_drawn", (bid,), round(cov, 3), f">= {tol['drawn']}", 0, ok, ph))
        if not ok:
            continue
        fits[bid] = f
        used |= sel & (_ellipse_offset(xs_all, ys_all, *f) <= 2.0 + slack)
        cx, cy, ax, by = f
        a_px = max(ax, by)
        c_exp = orb.e[i] * a_px
        dist = min(math.hypot(sx - (cx + sgn * c_exp), sy - cy) for sgn in (1, -1))
        ftol = max(float(tol["focus_px"]) + slack, 0.01 * a_px)
        esp = (b["spans"] or {}).get("e", {}).get("text", ph)
        checks.append(Check("star_at_focus", ("star", bid), round(dist, 2), 0.0, round(ftol, 2), dist <= ftol, esp))
        b_exp = ax * math.sqrt(1 - orb.e[i] ** 2)
        etol = float(tol["minor_px"]) + slack
        checks.append(Check("eccentricity", (bid,), round(math.sqrt(max(0.0, 1 - (by / ax) ** 2)), 4),
                            round(orb.e[i], 4), f"semi-minor axis within {etol:.1f} px",
                            abs(by - b_exp) <= etol and ax >= by - 2.0, esp))
    # bodies: per orbit the largest disc on it (nearest first when none is on it)
    on_tol = float(tol["on_orbit_px"]) + slack
    seen: dict[str, tuple[float, float, float]] = {}
    taken: set[int] = set()
    pairs = []
    for bid, f in fits.items():
        for j, (x, y, r, _) in enumerate(others):
            if r < PLANET_MIN_R:
                continue
            o = float(_ellipse_offset(np.array([x]), np.array([y]), *f)[0])
            if o <= 60:
                pairs.append((o > on_tol, -r if o <= on_tol else o, bid, j, o))
    for _far, _key, bid, j, o in sorted(pairs):
        if bid in seen or j in taken:
            continue
        seen[bid] = others[j][:3]
        taken.add(j)
        checks.append(Check("on_orbit", (bid,), round(o, 2), 0.0, on_tol, o <= on_tol, bodies[bid]["span"]["text"]))
    for bid, *_ in fr.ellipses:
        if bid in fits and bid not in seen:
            checks.append(Check("body_count", (bid,), 0, 1, 0, False, bodies[bid]["span"]["text"]))
    # moons: small discs within each planet's moon reach
    moons_n = dict(orb.moons)
    claimed = set(taken)
    for bid, n in sorted(moons_n.items()):
        mph = next((m["span"]["text"] for m in bodies.values() if m["kind"] == "moon" and m["parent"] == bid), "")
        if bid not in seen:
            checks.append(Check("moon_count", (bid,), "planet not found", n, 0, False, mph))
            continue
        px, py, _ = seen[bid]
        reach = moon_extent(n, disc_radius(bodies[bid])) + 2 + slack
        mine = [j for j, (x, y, r, _) in enumerate(others) if j not in taken and math.hypot(x - px, y - py) <= reach]
        claimed |= set(mine)
        checks.append(Check("moon_count", (bid,), len(mine), n, 0, len(mine) == n, mph))
    # a disc on no orbit and about no planet is a stray body — but not a blot inside a label's box, where a
    # degraded copy can thicken a glyph crossed by an orbit line into a disc-like core
    from .astronomy_draw import label_box
    lines = dict(fr.body_text)
    boxes = [label_box(lb) for _r, lb in fr.labels]
    for bid, (px, py, _r) in seen.items():
        n = moons_n.get(bid, 0)
        ext = moon_extent(n, disc_radius(bodies[bid])) if n else disc_radius(bodies[bid])
        for right in (True, False):
            boxes += [label_box(lb) for lb in body_labels(lines[bid], px, py, ext, right)]
    stray = [f"{x:.0f},{y:.0f}" for j, (x, y, r, _) in enumerate(others) if j not in claimed
             and not any(q[0] <= x <= q[2] and q[1] <= y <= q[3] for q in boxes)]
    checks.append(Check("stray_bodies", ("star",), stray, [], 0, not stray, ""))
    # the sense of revolution: each orbit's arrowhead, where the frame puts it, points the way it should
    st_ = _style()
    for bid, x, y, ux, uy in fr.arrows:
        fwd, back = arrow_sense(ink, x, y, ux, uy, st_)
        need = ARROW_SEEN[0 if exact else 1]
        ok = fwd >= need[0] and fwd - back >= need[1]
        checks.append(Check("revolution_arrow", (bid,), [round(fwd, 3), round(back, 3)],
                            f"head ink >= {need[0]}, >= {need[1]} above the reversed head's", 0, ok,
                            "counter-clockwise seen from the north (prograde)"))
    # order, ratios, Kepler's third law from the fitted semi-major axes
    a_obs = {bid: max(f[2], f[3]) for bid, f in fits.items()}
    for r in scene.relations:
        if r.kind == "closer":
            x, y = a_obs.get(r.source), a_obs.get(r.target)
            checks.append(Check("closer", (r.source, r.target), None if x is None or y is None else
                                [round(x, 1), round(y, 1)], "a_src < a_tgt", 0,
                                x is not None and y is not None and x < y, r.span.text if r.span else ""))
    pl = [bid for bid in orb.ids if bodies[bid]["kind"] == "planet"]
    exp_order = sorted(pl, key=lambda b: orb.a[idx[b]])
    obs_order = sorted(pl, key=lambda b: a_obs.get(b, -1.0))
    checks.append(Check("distance_order", tuple(exp_order), tuple(obs_order), tuple(exp_order), 0,
                        obs_order == exp_order, ""))
    linear = fr.scale == "linear"
    for q in scene.attr("ratios", []):
        x, y = a_obs.get(q["source"]), a_obs.get(q["target"])
        if x is None or y is None:
            continue
        if linear:
            rt = float(tol["ratio_rel"]) + (2.0 + slack) / min(x, y)
            checks.append(Check("distance_ratio", (q["source"], q["target"]), round(x / y, 4), q["k"],
                                round(rt, 4), abs(x / y - q["k"]) <= rt * q["k"], q["span"]["text"]))
        else:
            checks.append(Check("distance_ratio_order", (q["source"], q["target"]), round(x / y, 4),
                                ">1" if q["k"] > 1 else "<1" if q["k"] < 1 else "1", 0,
                                (x > y) == (q["k"] > 1) if q["k"] != 1 else abs(x - y) <= 2, q["span"]["text"]))
    if linear and len(a_obs) >= 2:
        vals = [orb.T[idx[b]] ** 2 / a_obs[b] ** 3 for b in orb.ids if b in a_obs]
        spread = max(vals) / min(vals) - 1
        ktol = float(tol["kepler_rel"]) + 3 * (2.0 + slack) / min(a_obs.values())
        checks.append(Check("kepler_third_law", tuple(b for b in orb.ids if b in a_obs), round(spread, 4), 0.0,
                            round(ktol, 4), spread <= ktol, ""))
    # the scale bar: its length is 1 AU × its value at the orbits' px per AU
    if fr.bar is not None:
        x0, yb, L, au = fr.bar
        rows = line_m[max(int(round(yb)) - 1 - int(slack), 0): int(round(yb)) + 2 + int(slack),
                      max(int(x0) - 12, 0): int(x0 + L) + 13]
        cols = rows.any(axis=0)
        run = best = 0
        for v in cols:
            run = run + 1 if v else 0
            best = max(best, run)
        btol = float(tol["bar_px"]) + 2 * slack
        checks.append(Check("scale_bar", ("star",), best, round(L, 1), btol, abs(best - L) <= btol + 1.5,
                            f"{au:g} AU"))
    # labels: each where the layout puts it (relative to the disc found), compared with nesy's rendering
    ignore = disc_m | ndi.binary_dilation(_used_mask(ink.shape, xs_all[used], ys_all[used]), iterations=1)
    ltol = float(tol["label"] if exact else tol["label_degraded"])
    blur = 0.0 if exact else BLUR

    def miss(lb) -> tuple[float, tuple[int, int]]:
        return text_mismatch(dk, lb.text, lb.size, lb.x, lb.y, lb.anchor, search=3, blur=blur, ignore=ignore)

    def beaten(lb, at: tuple[int, int], v: float, alts: list[str]) -> str | None:
        """On a degraded copy, where the tolerance lets a changed word pass: another text the figure could
        show there (another body's name, the other scale statement) that matches the ink clearly better
        (by ≥ 0.03; measured: a swapped name is 0.13–0.24 worse than the right one, blurred or resized)."""
        if exact:
            return None
        for t in alts:
            if t == lb.text:
                continue
            w, _ = text_mismatch(dk, t, lb.size, lb.x + at[0], lb.y + at[1], lb.anchor, search=1, blur=blur,
                                 ignore=ignore)
            if w + 0.03 < v:
                return t
        return None
    other_scale = note_text(scene, "log" if fr.scale == "linear" else "linear")
    for role, lb in fr.labels:
        v, at = miss(lb)
        alt = beaten(lb, at, v, [other_scale]) if role == "note" else None
        checks.append(Check("label", (role, lb.text), round(v, 3) if alt is None else f"reads as {alt!r}",
                            f"<= {ltol}", 0, v <= ltol and alt is None, ""))
    names = {bid: body_name(bodies[bid]) for bid in lines}
    for bid, (px, py, _r) in seen.items():
        n = moons_n.get(bid, 0)
        r = disc_radius(bodies[bid])
        ext = moon_extent(n, r) if n else r
        best: tuple[float, Any, Any] = (math.inf, None, None)
        for right in (px >= sx, px < sx):
            lbs = body_labels(lines[bid], px, py, ext, right)
            res = [miss(lb) for lb in lbs]
            v = max(x[0] for x in res)
            if v < best[0]:
                best = (v, lbs, res[0][1])
        v, lbs, at = best
        first = lbs[0].text
        rest = first[len(names[bid]):]
        alts = [names[o] + rest for o in names if o != bid] + [lines[o][0] for o in lines if o != bid]
        alt = beaten(lbs[0], at, v, alts)
        checks.append(Check("label", (bid, " / ".join(lb.text for lb in lbs)),
                            round(v, 3) if alt is None else f"reads as {alt!r}", f"<= {ltol}", 0,
                            v <= ltol and alt is None, bodies[bid]["span"]["text"]))
    return Verdict(tuple(checks), rounds=1)


def _used_mask(shape: tuple[int, int], xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    m = np.zeros(shape, bool)
    m[ys, xs] = True
    return m
