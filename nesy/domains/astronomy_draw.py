"""The drawing stage of ``nesy.astronomy.v1``: a solved system (``Orbits``) → a ``Layout``, as textbooks draw
an orbit diagram (``layout/astronomy.yaml`` cites them): thin orbit lines in one neutral colour with the
star at the right focus (c = e·a), each body a disc on its orbit named beside it with its semi-major axis
("Earth 1.00 AU"), moons on schematic rings about their planet and named under it, perihelion and
aphelion ticked on the most eccentric orbit, and at the foot a scale bar in AU with the scale statement
("orbits to scale, bodies not to scale"). No legend panel.

What the verifier needs from here is split in two: ``frame(scene)`` — everything that does not depend on
the seed (canvas size, the star's place, every orbit's ellipse, the scale bar, the fixed labels), which the
verifier re-solves to know where to look — and ``body_labels`` — a body's label lines given where its disc
was drawn, which the verifier applies to the disc it found. ``layout`` then only chooses, per seed and
attempt, where on its orbit each body sits.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from ..errors import UnsupportedError
from ..resources import load_yaml
from ..types import Label, Layout, SceneGraph, Shape, _freeze

__all__ = ["style", "frame", "Frame", "body_labels", "body_colours", "arrow_points", "layout", "moon_km_text",
           "moon_solution", "disc_radius", "moon_extent", "label_width", "body_name", "note_text"]


def style() -> dict[str, Any]:
    """``layout/astronomy.yaml`` with the active variant (palette colour | grey) merged in."""
    from ..render.style import science_style
    return science_style("astronomy")


def _data() -> dict[str, Any]:
    return load_yaml("solvers", "astronomy.yaml")


def label_width(text: str, size: float) -> float:
    """Room (px) reserved for ``text`` at ``size`` px: DejaVu Sans' mean advance (``style.yaml``) + 4 px."""
    return len(text) * size * float(load_yaml("layout", "style.yaml")["char_width"]) + 4.0


def disc_radius(b: dict[str, Any]) -> float:
    """A body's disc radius (px, not to scale): log of its radius for named bodies, fixed otherwise."""
    pr = style()["planet_radius"]
    if b["kind"] == "comet":
        return float(pr["min"]) + 0.5
    if not b["ref"]:
        return float(pr["generic"])
    rk = float(_data()["bodies"][b["ref"]]["radius_km"])
    r = float(pr["base"]) + float(pr["per_doubling"]) * math.log2(rk / float(pr["ref_km"]))
    return float(min(max(r, float(pr["min"])), float(pr["max"])))


def moon_extent(n: int, r: float | None = None) -> float:
    """Radius (px) about a planet's centre that its ``n`` moon rings and moons take."""
    st = style()
    r = float(st["planet_radius"]["max"]) if r is None else r
    return r + n * float(st["moon_ring_gap"]) + float(st["moon_radius"])


def _fmt_au(a: float) -> str:
    return f"{a:.2f}" if a < 10 else f"{a:.1f}" if a < 100 else f"{a:.0f}"


def body_colours(b: dict[str, Any], st: dict[str, Any] | None = None) -> tuple[str, str]:
    """(fill, outline) of a body's disc: a Solar-System planet in its own conventional colour
    (``planet_colors``), a comet, any other planet in its kind's colour; the outline ``planet_outline`` where
    set (a pale disc keeps an edge on the white page), else the fill."""
    st = style() if st is None else st
    if b["kind"] == "comet":
        return st["comet_color"], st["comet_color"]
    own = (st.get("planet_colors") or {}).get(b.get("ref") or "") if st.get("planet_own_colours", True) else None
    if own:
        return own, st.get("planet_outline") or own
    return st["planet_color"], st["planet_color"]


def body_name(b: dict[str, Any]) -> str:
    """The name a body's label starts with ("Earth", "Planet 1")."""
    return b["name"] if b["ref"] else str(b["name"]).capitalize()


def drawn_axes(orb, scene: SceneGraph) -> tuple[list[float], str, float]:
    """Drawn semi-major axes (px), the scale ("linear"/"log") and px per AU (linear) or 0."""
    st = style()
    R = float(st["max_orbit"])
    gap = float(st["min_gap"])
    star_r = float(st["star_radius"])
    bodies = {b["id"]: b for b in scene.attr("bodies", [])}
    moons = dict(orb.moons)
    # the largest orbit spans 2·max_orbit: a circle's radius, or an eccentric ellipse's major axis (the star
    # near one end of it: Halley's e = 0.967 was drawn at half the width a circle gets)
    s = min(R / max(orb.a), 2 * R / max(a * (1 + e) for a, e in zip(orb.a, orb.e)))
    lin = [a * s for a in orb.a]
    ok = True
    for i, bid in enumerate(orb.ids):
        if bodies[bid]["kind"] != "planet":
            continue
        extra = moon_extent(moons[bid]) if moons.get(bid) else disc_radius(bodies[bid])
        if lin[i] * (1 - orb.e[i]) < star_r + extra + gap:
            ok = False
    pl = sorted(lin[i] for i, bid in enumerate(orb.ids) if bodies[bid]["kind"] == "planet")
    if any(b - a < gap for a, b in zip(pl, pl[1:])):
        ok = False
    if ok and not scene.attr("log"):
        return lin, "linear", s
    amin, amax = min(orb.a), max(orb.a)
    r_in = float(st["log_inner"])
    if amax / amin < 1 + 1e-9:
        return [R / (1 + max(orb.e))] * len(orb.a), "log", 0.0
    # log map, then shrunk so the largest aphelion stays within R
    raw = [r_in + (R - r_in) * math.log(a / amin) / math.log(amax / amin) for a in orb.a]
    f = min(1.0, R / max(x * (1 + e) for x, e in zip(raw, orb.e)))
    return [x * f for x in raw], "log", 0.0


@dataclass(frozen=True)
class Frame:
    """The seed-independent part of the figure (canvas px, y down): canvas ``W`` × ``H``; the star's centre;
    per orbiting body (planets and comets, in ``Orbits`` order) its ellipse (centre x, centre y, semi-axis
    x = a, semi-axis y = b); the scale; the scale bar ((x0, y, length px, AU) or None on a log scale); the
    fixed labels (star, scale bar, scale statement, perihelion/aphelion) with a role each; the decoration
    shapes (scale bar, ticks); the label text of every body; the most eccentric orbit's id (or None)."""

    W: int
    H: int
    star: tuple[float, float]
    ellipses: tuple[tuple[str, float, float, float, float], ...]
    scale: str
    px_per_au: float
    bar: tuple[float, float, float, float] | None
    labels: tuple[tuple[str, Label], ...]
    marks: tuple[Shape, ...]
    body_text: tuple[tuple[str, tuple[str, ...]], ...]
    note: str
    # per orbit with an arrowhead: (id, x, y, ux, uy) — the head's centre on the orbit and the unit direction
    # (page px, y down) it points along, the sense of revolution
    arrows: tuple[tuple[str, float, float, float, float], ...] = ()


def _body_lines(scene: SceneGraph, orb) -> dict[str, tuple[str, ...]]:
    """Per orbiting body its label lines: "Earth 1.00 AU" ("Planet 1: 1.00 AU"; ", e = 0.90" where the text
    gives the eccentricity) and, when it has moons, their names (named moons) or their count ("4 moons")."""
    bodies = scene.attr("bodies", [])
    a = dict(zip(orb.ids, orb.a))
    e = dict(zip(orb.ids, orb.e))
    out: dict[str, tuple[str, ...]] = {}
    for b in bodies:
        if b["kind"] == "moon":
            continue
        nm = body_name(b)
        first = f"{nm}{':' if nm[-1].isdigit() else ''} {_fmt_au(a[b['id']])} AU"
        if b.get("e") is not None:   # an eccentricity the text states is written beside the body too
            first += f", e = {e[b['id']]:.2f}"
        if b.get("mass_text"):   # a mass the text gives the body, as it writes it (astronomy_masses)
            first += f", mass {b['mass_text']}"
        if b.get("T") is not None and b.get("a") is None and not b.get("ref"):
            # a from the stated period by Kepler's third law (a³ = T² in AU and years about the Sun), said so
            first += f" (from T = {b['T']:g} yr, Kepler III)"
        lines = [first]
        ms = [m for m in bodies if m["kind"] == "moon" and m["parent"] == b["id"]]
        if ms:
            named = [m["name"] for m in ms if not str(m["name"]).startswith("moon ")]
            if len(named) == len(ms):   # "Titan 1.22 million km": a moon's stated distance beside its name
                lines.append(", ".join(f"{m['name']} {moon_km_text(m['a'])}" if m.get("a") else m["name"]
                                       for m in ms))
            else:
                lines.append(f"{len(ms)} moon{'s' if len(ms) > 1 else ''}"
                             + (" at " + ", ".join(moon_km_text(m["a"]) for m in ms) if all(m.get("a") for m in ms)
                                else ""))
        out[b["id"]] = tuple(lines)
    return out


def moon_km_text(a_au: float) -> str:
    """A moon's distance from its planet for its label: "1.22 million km", "384,400 km" (``a_au`` in AU)."""
    from .astronomy import _data
    km = a_au * float(_data()["au_km"])
    return f"{km / 1e6:.3g} million km" if km >= 1e6 else f"{km:,.0f} km"


def moon_solution(scene: SceneGraph) -> dict[str, dict]:
    """orbits.json entries of the moons whose distance the text states: a (AU and km) about their planet,
    drawn on a ring of no scale of the planets' (``scale: schematic``)."""
    from .astronomy import _data
    au = float(_data()["au_km"])
    return {m["id"]: {"a_au": m["a"], "a_km": m["a"] * au, "about": m["parent"], "scale": "schematic"}
            for m in scene.attr("bodies", []) if m["kind"] == "moon" and m.get("a")}


def body_labels(lines: tuple[str, ...], px: float, py: float, ext: float, right: bool) -> list[Label]:
    """A body's label lines beside its disc at (``px``, ``py``) whose drawn extent (disc or outermost moon
    ring) is ``ext`` px: right of it (anchor start) or left (end), the first line's baseline level with the
    top of the extent, the moons' line under it."""
    st = style()
    gap = float(st["label_gap"])
    # whole pixels: the verifier compares the text drawn at the same sub-pixel phase (none)
    x = float(round(px + (ext + gap) * (1 if right else -1)))
    y = float(round(py - ext + 4))
    anchor = "start" if right else "end"
    out = [Label(lines[0], x, y, float(st["label_size"]), anchor)]
    if len(lines) > 1:
        out.append(Label(lines[1], x, y + float(st["moon_label_size"]) + 3, float(st["moon_label_size"]), anchor))
    return out


def label_box(lb: Label) -> tuple[float, float, float, float]:
    """(x0, y0, x1, y1) px a label's glyphs may take."""
    w = label_width(lb.text, lb.size)
    x0 = lb.x if lb.anchor == "start" else lb.x - w if lb.anchor == "end" else lb.x - w / 2
    return x0, lb.y - lb.size, x0 + w, lb.y + 0.3 * lb.size


def note_text(scene: SceneGraph, scale: str) -> str:
    """The scale statement written at the figure's foot for ``scale`` ('linear' | 'log')."""
    moons = any(b["kind"] == "moon" for b in scene.attr("bodies", []))
    s = ("orbits to scale" if scale == "linear" else "orbit sizes on a log scale of a") + ", bodies not to scale"
    if moons:
        # a moon's stated distance is written beside it; its ring is not on the planets' scale
        s += (", moon orbits enlarged, not to scale" if any(b["kind"] == "moon" and b.get("a")
                                                            for b in scene.attr("bodies", []))
              else ", moon orbits schematic")
    return ("Hypothetical system: " if scene.attr("hypothetical") else "") + s


def _bar(ppa: float) -> tuple[float, float]:
    """(AU, px) of the scale bar: the round number of AU (1, 2, 2.5, 5 × 10^k) whose length is nearest
    100 px within ``bar_px``."""
    lo, hi = (float(v) for v in style()["bar_px"])
    cands = [m * 10.0 ** k for k in range(-3, 5) for m in (1, 2, 2.5, 5)]
    ok = [c for c in cands if lo <= c * ppa <= hi] or cands
    au = min(ok, key=lambda c: abs(math.log(c * ppa / 100.0)))
    return au, au * ppa


def frame(scene: SceneGraph, orb=None) -> Frame:
    """The seed-independent geometry of the figure (see ``Frame``); ``orb`` defaults to the solved scene."""
    from .astronomy import solve_orbits
    orb = orb if orb is not None else solve_orbits(scene)
    st = style()
    A, scale, ppa = drawn_axes(orb, scene)
    C = [a * e for a, e in zip(A, orb.e)]
    B = [a * math.sqrt(1 - e * e) for a, e in zip(A, orb.e)]
    pad = float(st["pad"])
    lines = _body_lines(scene, orb)
    moons = dict(orb.moons)
    lw = max(label_width(t, float(st["label_size"] if k == 0 else st["moon_label_size"]))
             for ls in lines.values() for k, t in enumerate(ls))
    lw += max(moon_extent(n) for n in [0, *moons.values()]) + float(st["label_gap"])
    left = max(a + c for a, c in zip(A, C))
    right = max(max(a - c for a, c in zip(A, C)), float(st["star_radius"]))
    top = max(B)
    ns = float(st["note_size"])
    note = note_text(scene, scale)
    sx, sy = pad + lw + left, pad + top + float(st["star_radius"])
    W = int(math.ceil(max(sx + right + pad + lw, 2 * pad + label_width(note, ns) + 2 * pad)))
    band_top = sy + top + pad
    H = int(math.ceil(band_top + float(st["band_h"])))
    labels: list[tuple[str, Label]] = []
    marks: list[Shape] = []
    ink = st["mark_color"]
    star = scene.attr("star")
    sname = str(star["name"]) if star.get("host") else str(star["name"]).capitalize()
    if star.get("mass_text"):
        sname += f", mass {star['mass_text']}"    # the star's mass as the text writes it (astronomy_masses)
    labels.append(("star", Label(sname, sx, sy + float(st["star_radius"]) + 15,
                                 float(st["label_size"]), "middle")))
    bar = None
    tk = float(st["tick"])
    y_bar = band_top + 10
    if scale == "linear":
        au, L = _bar(ppa)
        x0 = pad
        bar = (x0, y_bar, L, au)
        marks.append(Shape("_scale_bar", "line", (x0, y_bar, x0 + L, y_bar), stroke=ink, stroke_width=2.0, z=3,
                           cls="mark"))
        for k, x in enumerate((x0, x0 + L)):
            marks.append(Shape(f"_scale_tick{k}", "line", (x, y_bar - tk, x, y_bar + tk), stroke=ink,
                               stroke_width=1.5, z=3, cls="mark"))
        labels.append(("bar", Label(f"{au:g} AU", x0 + L + 8, y_bar + ns * 0.35, ns, "start")))
    labels.append(("note", Label(note, pad, y_bar + 26, ns, "start")))
    ell = tuple((bid, sx - C[i], sy, A[i], B[i]) for i, bid in enumerate(orb.ids))
    # perihelion and aphelion of the most eccentric orbit (Carroll & Ostlie fig. 2.4)
    ecc = max(range(len(orb.ids)), key=lambda i: orb.e[i])
    if orb.e[ecc] >= float(st["eccentric_mark"]):
        cx = sx - C[ecc]
        ms = float(st["mark_size"])
        sr = float(st["star_radius"]) + 2
        taken = [label_box(lb) for _r, lb in labels] + [(sx - sr, sy - sr, sx + sr, sy + sr)]
        for nm, x, out_dir in (("perihelion", cx + A[ecc], 1), ("aphelion", cx - A[ecc], -1)):
            marks.append(Shape(f"_{nm}", "line", (x, sy - tk, x, sy + tk), stroke=ink, stroke_width=1.5, z=3,
                               cls="mark"))
            lb = _apsis_label(nm, x, sy, out_dir, ms, tk, ell, ell[ecc][0], taken, W)
            taken.append(label_box(lb))
            labels.append((nm, lb))
    arrows = _arrows(scene, orb, ell, [label_box(lb) for _r, lb in labels], st)
    for bid, x, y, ux, uy in arrows:
        marks.append(_arrow_shape(bid, x, y, ux, uy, st))
    return Frame(W, H, (sx, sy), ell, scale, ppa, bar, tuple(labels), tuple(marks),
                 tuple((bid, lines[bid]) for bid in orb.ids), note, tuple(arrows))


def _apsis_label(nm: str, x: float, y: float, out_dir: int, size: float, tk: float, ell, own: str,
                 taken: list[tuple[float, float, float, float]], W: float) -> Label:
    """The word "perihelion" or "aphelion" beside its tick at (``x``, ``y``) on the orbit ``own``, as Carroll &
    Ostlie (fig. 2.4) and Freedman et al. (*Universe*, ch. 4) letter the ends of the major axis: on the axis,
    inside the orbit where it fits (there no other orbit is near: the word is plainly this orbit's), else
    outside it, else above the tick; a place no other orbit crosses and no other label or the star takes is
    preferred. ``out_dir``: +1 when outside is to the right."""
    mid = y + 0.35 * size   # baseline that centres the word on the axis
    cands = [Label(nm, x - out_dir * 4, mid, size, "end" if out_dir > 0 else "start"),      # inside
             Label(nm, x + out_dir * 4, mid, size, "start" if out_dir > 0 else "end"),      # outside
             Label(nm, x + out_dir * 4, y - tk - 3, size, "start" if out_dir > 0 else "end")]
    for lb in cands:
        q = _ink_box(lb)
        if q[0] < 2 or q[2] > W - 2:
            continue
        if any(_overlaps(q, o, 1.0) for o in taken):
            continue
        if any(_crosses(q, e) for e in ell if e[0] != own):
            continue
        return lb
    return cands[-1]


def _ink_box(lb: Label) -> tuple[float, float, float, float]:
    """(x0, y0, x1, y1) px of a label's ink as nesy's renderer draws it, plus 2 px (``label_box`` reserves
    the mean advance, too wide for a word of narrow letters such as "perihelion")."""
    from ..see.lines import text_template
    t = text_template(lb.text, lb.size, lb.anchor, lb.x - math.floor(lb.x), lb.y - math.floor(lb.y))
    if t is None:
        return label_box(lb)
    arr, dx, dy = t
    x0, y0 = math.floor(lb.x) + dx, math.floor(lb.y) + dy
    return float(x0), float(y0), float(x0 + arr.shape[1]), float(y0 + arr.shape[0])


def _arrows(scene: SceneGraph, orb, ell, boxes: list[tuple[float, float, float, float]],
            st: dict[str, Any]) -> list[tuple[str, float, float, float, float]]:
    """One arrowhead on each planet's orbit pointing along its motion: counter-clockwise on the page, the
    planets' (prograde) sense seen from the north ecliptic pole, as NASA and Freedman et al. (*Universe*,
    ch. 4) draw the inner planets' orbits. Comets get none: a comet's sense is not in the text (Halley's is
    retrograde)."""
    bodies = {b["id"]: b for b in scene.attr("bodies", [])}
    mine = [e for e in ell if bodies[e[0]]["kind"] == "planet"]
    return _arrows_on(mine, [1] * len(mine), list(ell), boxes, st)


def _arrows_on(mine: list, sense: list[int], ell: list, boxes: list[tuple[float, float, float, float]],
               st: dict[str, Any]) -> list[tuple[str, float, float, float, float]]:
    """Arrowheads on the ellipses ``mine`` ((id, cx, cy, a, b), page px), counter-clockwise on the page where
    ``sense`` is 1, clockwise where -1. Each head sits at the first of a spread of angles (from the upper left,
    turned per orbit) that keeps clear of the labels ``boxes``, of the other ellipses of ``ell`` and of the
    other heads, and of the ends of the major axis (the apsides' ticks)."""
    ah = st.get("arrow") or {}
    if not ah.get("show", True):
        return []
    L, w = float(ah.get("length", 10)), float(ah.get("half_width", 3))
    out: list[tuple[str, float, float, float, float]] = []
    heads: list[tuple[float, float]] = []
    for i, ((bid, cx, cy, A, B), sg) in enumerate(zip(mine, sense)):
        base = math.radians(float(ah.get("start_deg", 225)) + float(ah.get("step_deg", 37)) * i)
        first = None
        for k in range(48):
            t = base + math.radians(7.5) * ((k + 1) // 2) * (1 if k % 2 else -1)
            x, y = cx + A * math.cos(t), cy + B * math.sin(t)
            # counter-clockwise on a y-down page: along -d/dt of (A cos t, B sin t)
            ux, uy = sg * A * math.sin(t), -sg * B * math.cos(t)
            n = math.hypot(ux, uy) or 1.0
            ux, uy = ux / n, uy / n
            first = first or (x, y, ux, uy)
            r = L / 2 + 3
            q = (x - r, y - r, x + r, y + r)
            if any(_overlaps(q, o, 2.0) for o in boxes):
                continue
            if any(math.hypot(x - hx, y - hy) < 3 * L for hx, hy in heads):
                continue
            if abs(math.sin(t)) * B < L:   # off the ends of the major axis (the apsides' ticks)
                continue
            if any(_near_ellipse(x, y, e, L / 2 + w + 3) for e in ell if e[0] != bid):
                continue
            break
        else:
            x, y, ux, uy = first
        heads.append((x, y))
        out.append((bid, round(x, 3), round(y, 3), round(ux, 6), round(uy, 6)))
    return out


def _near_ellipse(x: float, y: float, e: tuple[str, float, float, float, float], d: float) -> bool:
    _bid, cx, cy, a, b = e
    rn = math.hypot((x - cx) / a, (y - cy) / b)
    return abs(rn - 1.0) * math.hypot(x - cx, y - cy) / max(rn, 1e-9) < d


def arrow_points(x: float, y: float, ux: float, uy: float, st: dict[str, Any]) -> tuple[tuple[float, float], ...]:
    """The arrowhead's triangle (tip, base corners; px) centred at (``x``, ``y``) pointing along (``ux``, ``uy``)."""
    ah = st.get("arrow") or {}
    L, w = float(ah.get("length", 10)), float(ah.get("half_width", 3))
    tip = (x + ux * L / 2, y + uy * L / 2)
    bx, by = x - ux * L / 2, y - uy * L / 2
    return (tip, (bx - uy * w, by + ux * w), (bx + uy * w, by - ux * w))


def _arrow_shape(bid: str, x: float, y: float, ux: float, uy: float, st: dict[str, Any]) -> Shape:
    pts = arrow_points(x, y, ux, uy, st)
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return Shape(f"_arrow_{bid}", "polygon", (min(xs), min(ys), max(xs), max(ys)), fill=st["orbit_color"],
                 stroke=st["orbit_color"], stroke_width=0.5, z=3, cls="arrow", points=pts)


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float], m: float = 2.0) -> bool:
    return a[0] < b[2] + m and b[0] < a[2] + m and a[1] < b[3] + m and b[1] < a[3] + m


def _crosses(q: tuple[float, float, float, float], e: tuple[str, float, float, float, float]) -> bool:
    """Whether the ellipse ``e`` (id, cx, cy, a, b) passes through the box ``q`` (1 px margin)."""
    _bid, cx, cy, a, b = e
    for k in range(360):
        t = math.radians(k)
        x, y = cx + a * math.cos(t), cy + b * math.sin(t)
        if q[0] - 1 <= x <= q[2] + 1 and q[1] - 1 <= y <= q[3] + 1:
            return True
    return False


def layout(scene: SceneGraph, *, seed: int = 0, attempt: int = 0, timeout_s: float = 10.0) -> Layout:
    """Solve the scene and draw it: orbits as ellipses with the star at the right focus, each body on its
    orbit at the first angle (from a golden-angle spread turned by ``seed``/``attempt``) where its disc,
    moons and label keep clear of every other disc and label and stay on the canvas."""
    import time
    from .astronomy import solve_orbits
    t0 = time.perf_counter()
    orb = solve_orbits(scene, timeout_s)
    st = style()
    fr = frame(scene, orb)
    bodies = {b["id"]: b for b in scene.attr("bodies", [])}
    W, H = fr.W, fr.H
    sx, sy = fr.star
    star_r = float(st["star_radius"])
    moons_n = dict(orb.moons)
    shapes: list[Shape] = [Shape("star", "circle", (sx - star_r, sy - star_r, sx + star_r, sy + star_r),
                                 fill=st["star_color"], stroke=st["star_stroke"], stroke_width=1.5, z=5, cls="star")]
    labels: list[Label] = [lb for _r, lb in fr.labels]
    boxes = [label_box(lb) for lb in labels]
    discs: list[tuple[float, float, float]] = [(sx, sy, star_r)]
    # the arrowheads: no body is drawn over one (an arrow hidden by a disc shows no direction)
    hl = float((st.get("arrow") or {}).get("length", 10)) / 2
    discs += [(x, y, hl) for _b, x, y, _ux, _uy in fr.arrows]
    band_top = H - float(st["band_h"])
    golden = math.radians(137.50776)
    lines = dict(fr.body_text)
    for i, (bid, cx, cy, A, B) in enumerate(fr.ellipses):
        b = bodies[bid]
        shapes.append(Shape(f"orbit_{bid}", "ellipse", (cx - A, cy - B, cx + A, cy + B), stroke=st["orbit_color"],
                            stroke_width=float(st["orbit_width"]), z=1, cls="orbit"))
        r = disc_radius(b)
        n_m = moons_n.get(bid, 0)
        ext = moon_extent(n_m, r) if n_m else r
        base_t = math.pi if b["kind"] == "comet" else -math.pi / 2 + golden * (i + attempt + seed)
        first = fallback = None
        for k in range(144):
            t = base_t + math.radians(12.5) * ((k + 1) // 2) * (1 if k % 2 else -1)
            px, py = cx + A * math.cos(t), cy + B * math.sin(t)
            if not (all(math.hypot(px - x, py - y) >= ext + rr + 6 for x, y, rr in discs)
                    and 4 < px - ext and px + ext < W - 4 and 4 < py - ext and py + ext < band_top
                    and not any(_overlaps((px - ext, py - ext, px + ext, py + ext), o) for o in boxes)):
                continue
            first = first or (px, py)
            lbs = body_labels(lines[bid], px, py, ext, px >= sx)
            bx = [label_box(lb) for lb in lbs]
            if all(4 <= q[0] and q[2] <= W - 4 and 2 <= q[1] and q[3] <= band_top for q in bx) and \
                    not any(_overlaps(q, o) for q in bx for o in boxes) and \
                    not any(_overlaps(q, (x - rr, y - rr, x + rr, y + rr)) for q in bx for x, y, rr in discs):
                fallback = fallback or (px, py)
                # best: a label no orbit line crosses (as textbooks letter their figures)
                if not any(_crosses(q, e) for q in bx for e in fr.ellipses if e[0] != bid):
                    break
        else:
            if fallback is None and first is None:
                raise UnsupportedError(f"no room to draw {b['name']} apart from the other bodies; use fewer bodies")
            # the label may be crossed by an orbit or (no free place at all) touch another label: the verifier
            # says so of the latter and the next attempt turns the bodies
            px, py = fallback or first
            lbs = body_labels(lines[bid], px, py, ext, px >= sx)
        discs.append((px, py, ext))
        labels.extend(lbs)
        boxes.extend(label_box(lb) for lb in lbs)
        col, edge = body_colours(b, st)
        shapes.append(Shape(bid, "circle", (px - r, py - r, px + r, py + r), fill=col, stroke=edge,
                            stroke_width=1.0, z=4, cls=b["kind"]))
        moons = [m for m in bodies.values() if m["kind"] == "moon" and m["parent"] == bid]
        # named moons on their rings innermost first by their reference distance [JPL-SAT]; unnamed in text order
        from .astronomy_centred import moon_table
        tab = moon_table()
        from .astronomy import _data
        au_km = float(_data()["au_km"])
        # unnamed moons with a stated distance by that distance, the others after them in text order
        moons.sort(key=lambda m: tab[m["name"]]["a_km"] if m["name"] in tab else m["a"] * au_km if m.get("a")
                   else math.inf)
        mr = float(st["moon_radius"])
        for j, mo in enumerate(moons):
            rr = r + float(st["moon_ring_gap"]) * (j + 1)
            shapes.append(Shape(f"orbit_{mo['id']}", "circle", (px - rr, py - rr, px + rr, py + rr),
                                stroke=st["moon_orbit_color"], stroke_width=float(st["moon_orbit_width"]), z=2,
                                cls="orbit"))
            ang = math.radians(30 + 100 * j)
            mx, my = px + rr * math.cos(ang), py + rr * math.sin(ang)
            shapes.append(Shape(mo["id"], "circle", (mx - mr, my - mr, mx + mr, my + mr), fill=st["moon_color"],
                                stroke=st["moon_color"], stroke_width=1.0, z=6, cls="moon"))
    shapes.extend(fr.marks)
    extras = {"figure_width": W, "scale": fr.scale, "px_per_au": fr.px_per_au, "star_px": [sx, sy],
              "a_px": {bid: A for bid, _cx, _cy, A, _B in fr.ellipses},
              "solution": {**{bid: {"a_au": a, "e": e, "T_yr": t} for bid, a, e, t in zip(orb.ids, orb.a, orb.e, orb.T)},
                           **moon_solution(scene)},
              "K_yr2_per_au3": orb.K}
    stats = {"solve_s": round(time.perf_counter() - t0, 4), "z3_s": round(orb.solve_s, 4),
             "bodies": len(bodies), "scale": fr.scale}
    return Layout("astronomy", W, H, tuple(shapes), tuple(labels), (), tuple(sorted(stats.items())),
                  _freeze(extras))
