"""The pixel verifier of nesy's own planet-centred figure (``astronomy_centred_draw``), in any palette variant:
read by shape and position as ``astronomy_verify`` reads the star-centred one (its disc finder, ellipse fit and
text comparison), with no colour read and no OCR.

Known before reading: the re-solved frame (canvas, where the planet is, each ring's radius, the scale bar, the
fixed labels). Read from the pixels: the planet's disc at the centre (one, of its drawn radius when drawn to
scale); each ring fitted as an ellipse from the ink along it — drawn along most of its length, centred on the
planet, circular; one moon disc on each ring; no other disc (nothing invented); the rings' radii in the solved
order and the text's stated orders; on a linear scale each radius = a × px per km (the distance drawn), on a log
scale the log map of a, and the scale bar's length; every label (the planet's, each moon's name and distance,
the scale bar's, the scale statement) compared with nesy's own rendering of its text.
"""
from __future__ import annotations

import math

import numpy as np

from ..types import Check, SceneGraph, Verdict

__all__ = ["verify", "nesy_drawn"]


def nesy_drawn(full: np.ndarray, scene: SceneGraph) -> bool:
    """Whether the image is nesy's planet-centred figure of the scene: the canvas' aspect (within 3 %) and, at
    canvas scale, the planet's disc where nesy puts it and/or the rings along their solved circles (at least 2
    of the n + 1, and at least half)."""
    from ..see.lines import ink as ink_of
    from .astronomy_centred_draw import frame
    from .astronomy_verify import _canvas, _coverage, _tol, find_discs
    fr = frame(scene)
    h, w = full.shape[:2]
    if abs((w / h) / (fr.W / fr.H) - 1) > 0.03:
        return False
    rgb, _ = _canvas(full, fr)
    ink = ink_of(rgb)
    cx, cy = fr.centre
    centre = any(math.hypot(x - cx, y - cy) <= float(_tol()["search_px"]) and r >= 6 for x, y, r, _ in find_discs(ink))
    m = ink >= 0.2
    near = sum(_coverage(m, cx, cy, r, r, 2.5) >= 0.6 for _i, r in fr.rings)
    n = len(fr.rings)
    return int(centre) + near >= max(2, math.ceil((n + 1) / 2))


def _exact(rgb: np.ndarray, fr) -> bool:
    """nesy's untouched PNG (as ``astronomy_verify.is_exact``, with the rings as the orbits)."""
    from .astronomy_verify import is_exact
    cx, cy = fr.centre
    view = type("F", (), {"W": fr.W, "H": fr.H, "ellipses": tuple((i, cx, cy, r, r) for i, r in fr.rings)})
    return is_exact(rgb, view)


def verify(full: np.ndarray, scene: SceneGraph) -> Verdict:
    """Check nesy's own planet-centred figure ``full`` (RGB array) against the scene (see the module doc)."""
    from scipy import ndimage as ndi

    from ..see.lines import BLUR, darkness, text_mismatch
    from ..see.lines import ink as ink_of
    from .astronomy_centred import centre_of, solve_centred
    from .astronomy_centred_draw import frame
    from .astronomy_draw import body_labels, label_box
    from .astronomy_verify import (DISC_MIN_R, _canvas, _ellipse_offset, _tol, _used_mask, at_arrow, find_discs,
                                   orbit_fit)
    fr = frame(scene)
    sol = solve_centred(scene)
    tol = _tol()
    exact = _exact(full, fr)
    rgb, _sc = (full[..., :3], 1.0) if exact else _canvas(full, fr)
    slack = 0.0 if exact else 1.0
    ink = ink_of(rgb)
    dk = darkness(rgb)
    planet = centre_of(scene)
    bodies = {b["id"]: b for b in scene.attr("bodies", [])}
    checks: list[Check] = []
    discs = find_discs(ink)
    cx0, cy0 = fr.centre
    near = [d for d in discs if math.hypot(d[0] - cx0, d[1] - cy0) <= float(tol["search_px"]) + slack and d[2] >= 6]
    checks.append(Check("centre_body", (planet["id"],), len(near), 1, 0, len(near) == 1, planet["span"]["text"]))
    if len(near) != 1:
        return Verdict(tuple(checks), rounds=1)
    cx, cy, pr_obs = near[0][:3]
    if fr.planet_to_scale:
        checks.append(Check("planet_radius", (planet["id"],), round(pr_obs, 1), round(fr.planet_r, 1), 2.0 + slack,
                            abs(pr_obs - fr.planet_r) <= 2.0 + 2 * slack, planet["span"]["text"]))
    # a blot the frame's arrowhead makes (its crisp triangle over the orbit line can reach the disc core) is
    # that head, not a body: the layout keeps every body clear of the heads
    others = [d for d in discs if d is not near[0] and not at_arrow(d, fr.arrows, slack)]
    yy, xx = np.mgrid[0:ink.shape[0], 0:ink.shape[1]]
    disc_m = np.zeros(ink.shape, bool)
    for x, y, r, _ in discs:
        R = int(math.ceil(r + 3))
        y0, y1, x0, x1 = max(int(y) - R, 0), int(y) + R + 2, max(int(x) - R, 0), int(x) + R + 2
        disc_m[y0:y1, x0:x1] |= np.hypot(xx[y0:y1, x0:x1] - x, yy[y0:y1, x0:x1] - y) <= r + 2.0 + slack
    line_m = ink >= (0.2 if exact else 0.15)
    ys_all, xs_all = np.nonzero(line_m & ~disc_m)
    band = float(tol["band_px"]) + slack
    fits: dict[str, float] = {}
    used = np.zeros(len(xs_all), bool)
    for mid, r0 in fr.rings:
        ph = bodies[mid]["span"]["text"]
        f, cov, sel = orbit_fit(xs_all, ys_all, (cx0, cy0, r0, r0), band, slack, line_m, disc_m)
        ok = f is not None and cov >= float(tol["drawn"])
        checks.append(Check("orbit_drawn", (mid,), round(cov, 3), f">= {tol['drawn']}", 0, ok, ph))
        if not ok:
            continue
        used |= sel & (_ellipse_offset(xs_all, ys_all, *f) <= 2.0 + slack)
        fx, fy, ax, by = f
        ftol = float(tol["focus_px"]) + slack
        d = math.hypot(fx - cx, fy - cy)
        checks.append(Check("centred_on_planet", (planet["id"], mid), round(d, 2), 0.0, ftol, d <= ftol, ph))
        etol = float(tol["minor_px"]) + slack
        checks.append(Check("circular", (mid,), [round(ax, 1), round(by, 1)], "equal", etol, abs(ax - by) <= etol, ph))
        fits[mid] = (ax + by) / 2
    # one moon disc on each ring (nearest first); any other disc is a body the text does not have
    on_tol = float(tol["on_orbit_px"]) + slack
    pairs = []
    for mid, rf in fits.items():
        for j, (x, y, r, _) in enumerate(others):
            if r < DISC_MIN_R:
                continue
            o = abs(math.hypot(x - cx, y - cy) - rf)
            if o <= 60:
                pairs.append((o, mid, j))
    seen: dict[str, tuple[float, float]] = {}
    taken: set[int] = set()
    for o, mid, j in sorted(pairs):
        if mid in seen or j in taken:
            continue
        seen[mid] = others[j][:2]
        taken.add(j)
        checks.append(Check("on_orbit", (mid,), round(o, 2), 0.0, on_tol, o <= on_tol, bodies[mid]["span"]["text"]))
    for mid in fits:
        if mid not in seen:
            checks.append(Check("body_count", (mid,), 0, 1, 0, False, bodies[mid]["span"]["text"]))
    lines = dict(fr.moon_text)
    mr = float(_style_moon_r())
    boxes = [label_box(lb) for _r, lb in fr.labels]
    for mid, (px, py) in seen.items():
        for right in (True, False):
            boxes += [label_box(lb) for lb in body_labels((lines[mid],), px, py, mr, right)]
    stray = [f"{x:.0f},{y:.0f}" for j, (x, y, r, _) in enumerate(others) if j not in taken
             and not any(q[0] <= x <= q[2] and q[1] <= y <= q[3] for q in boxes)]
    checks.append(Check("stray_bodies", (planet["id"],), stray, [], 0, not stray, ""))
    # order and distances from the fitted radii
    exp = tuple(i for i, _ in fr.rings)
    obs = tuple(sorted(fits, key=lambda i: fits[i]))
    checks.append(Check("distance_order", exp, obs, tuple(i for i in exp if i in fits), 0,
                        obs == tuple(i for i in exp if i in fits) and len(obs) == len(exp), ""))
    for r in scene.relations:
        if r.kind == "closer":
            x, y = fits.get(r.source), fits.get(r.target)
            checks.append(Check("closer", (r.source, r.target), None if x is None or y is None else
                                [round(x, 1), round(y, 1)], "a_src < a_tgt", 0,
                                x is not None and y is not None and x < y, r.span.text if r.span else ""))
    if fr.scale in ("linear", "log"):
        for (mid, r_exp), a in zip(fr.rings, sol.a_km):
            if mid not in fits:
                continue
            dtol = 2.0 + slack
            checks.append(Check("distance", (mid,), round(fits[mid], 1), round(r_exp, 1), dtol,
                                abs(fits[mid] - r_exp) <= dtol,
                                (bodies[mid]["spans"] or {}).get("a", bodies[mid]["span"])["text"]))
    if fr.bar is not None:
        x0, yb, L, km = fr.bar
        rows = line_m[max(int(round(yb)) - 1 - int(slack), 0): int(round(yb)) + 2 + int(slack),
                      max(int(x0) - 12, 0): int(x0 + L) + 13]
        run = best = 0
        for v in rows.any(axis=0):
            run = run + 1 if v else 0
            best = max(best, run)
        btol = float(tol["bar_px"]) + 2 * slack
        checks.append(Check("scale_bar", (planet["id"],), best, round(L, 1), btol, abs(best - L) <= btol + 1.5,
                            f"{km:,.0f} km"))
    # the sense of revolution: each arrowhead (named moons of known sense) points the way the frame says
    from .astronomy_verify import ARROW_SEEN, _style, arrow_sense
    st_ = _style()
    for mid, x, y, ux, uy in fr.arrows:
        fwd, back = arrow_sense(ink, x, y, ux, uy, st_)
        need = ARROW_SEEN[0 if exact else 1]
        checks.append(Check("revolution_arrow", (mid,), [round(fwd, 3), round(back, 3)],
                            f"head ink >= {need[0]}, >= {need[1]} above the reversed head's", 0,
                            fwd >= need[0] and fwd - back >= need[1],
                            "clockwise (retrograde)" if ux * (y - fr.centre[1]) - uy * (x - fr.centre[0]) < 0
                            else "counter-clockwise (prograde)"))
    # labels where the layout puts them, compared with nesy's rendering of their text
    ignore = disc_m | ndi.binary_dilation(_used_mask(ink.shape, xs_all[used], ys_all[used]), iterations=1)
    ltol = float(tol["label"] if exact else tol["label_degraded"])
    blur = 0.0 if exact else BLUR

    def miss(lb) -> tuple[float, tuple[int, int]]:
        return text_mismatch(dk, lb.text, lb.size, lb.x, lb.y, lb.anchor, search=3, blur=blur, ignore=ignore)
    for role, lb in fr.labels:
        v, _at = miss(lb)
        checks.append(Check("label", (role, lb.text), round(v, 3), f"<= {ltol}", 0, v <= ltol, ""))
    for mid, (px, py) in seen.items():
        best = min((miss(lb)[0], lb.text) for right in (px >= cx, px < cx)
                   for lb in body_labels((lines[mid],), px, py, mr, right))
        checks.append(Check("label", (mid, best[1]), round(best[0], 3), f"<= {ltol}", 0, best[0] <= ltol,
                            bodies[mid]["span"]["text"]))
    return Verdict(tuple(checks), rounds=1)


def _style_moon_r() -> float:
    from .astronomy_draw import style
    return float(style()["moon_radius"])
