"""The pixel verifier of ``nesy.geometry.v1``: a textbook figure (black on white) read back by shape and
position, and named by its labels.

What is read from the pixels (``nesy.see.lines``): every point (vertex, centre, external point, point of
tangency) is a filled dot — what is left of the dark pixels after an erosion that removes every
thinner stroke and all text; each is the dot nearest where the construction puts that point (within
``search_px``), and the letter beside it must be the point's own (its ink compared with the letter drawn
by nesy's renderer). From the dots' measured centres: every side length (px ÷ the drawing's px per
unit) and angle against the scene's measures, each side drawn between its ends, right-angle squares,
angle arcs with their values, equal-side ticks (counted as ink peaks across the side's middle), given
lengths beside their sides; circles least-squares fitted to the dark pixels near them (radius, the
incircle tangent to each side, the circumcircle through each vertex), tangents touching the circle
where their contact dots are.

A degraded copy (blurred, JPEG, resized, shifted) is brought back to canvas scale by its size against
the canvas the scene draws on, and read with a 1-px wider edge uncertainty and blurred text templates.

A figure drawn by another tool (matplotlib…) has none of nesy's dots where nesy's layout puts them
(``_nesy_drawn``); it is read by ``verify_other`` without any layout, scale or orientation: the polygon's
corners are where its n strongest straight lines (Hough, refitted) meet; every side must be drawn between
them; the angles and side ratios (sides over the fitted px per unit) must match the scene's figure under
the best of its 2n rotations/reflections (the tool names its corners its own way); the words off the
sides are read by OCR — a letter names the nearest corner (the stated named facts, "AB = 5 cm",
"angle A = 60°", are checked on those corners), a written length must be the nearest side's, a written
angle the nearest corner's; a right-angle square (both its inner edges drawn, stopping at its far corner)
must sit at a right angle. A named fact whose letters are not read fails, saying so. A figure drawn in a
chart's ticked axes box is read inside it (``_plot_frame``); the polygon is the largest one whose sides are all
drawn among the strongest lines, so a diagonal or an altitude is no side, and a hatching's evenly spaced
parallels are a pattern, neither side nor text (``_outline_polygon``); a stated diagonal must be drawn. A
circle alone or with the two tangents from a point is read by ``_other_tangents``.
"""
from __future__ import annotations

import math
from typing import Any

import numpy as np

from ..resources import load_yaml
from ..types import Check, SceneGraph, Verdict

__all__ = ["verify", "verify_other", "find_dots"]


def _style() -> dict[str, Any]:
    return load_yaml("layout", "geometry.yaml")


def find_dots(dk: np.ndarray, radius: float) -> list[tuple[float, float, int]]:
    """(x, y, area) of every filled dot of about ``radius`` px in the dark mask ``dk``: the centroids of
    the pieces left by an erosion with a disc of ``radius`` − 1.5 px (strokes ≤ 2 px and text vanish).
    A piece whose deepest pixel lies less than ``radius`` − 0.6 px inside the dark mask is no dot:
    it is where two strokes run together (a circle along the side it touches, a tick across its side,
    blurred) — measured: dots 3.6–4.0 px deep, such pieces ≤ 3.0."""
    from scipy import ndimage as ndi
    rho = max(radius - 1.5, 1.0)
    r = int(math.ceil(rho))
    yy, xx = np.mgrid[-r:r + 1, -r:r + 1]
    er = ndi.binary_erosion(dk, structure=(xx * xx + yy * yy) <= rho * rho + 1e-9)
    depth = ndi.distance_transform_edt(dk)
    lab, n = ndi.label(er, structure=np.ones((3, 3), bool))
    out = []
    for k, sl in enumerate(ndi.find_objects(lab), start=1):
        if sl is None:
            continue
        m = lab[sl] == k
        if float(depth[sl][m].max()) < radius - 0.6:
            continue
        ys, xs = np.nonzero(m)
        # (pixel i covers [i, i + 1): its centre is i + ½)
        out.append((float(xs.mean() + sl[1].start + 0.5), float(ys.mean() + sl[0].start + 0.5), int(m.sum())))
    return out


def _fit_circle(xs: np.ndarray, ys: np.ndarray) -> tuple[float, float, float] | None:
    """Least-squares (Kåsa) circle through the points, refitted twice without the ones more than 2 px
    off it when they are a minority (text or a crossing line near the circle)."""
    if len(xs) < 20:
        return None

    def fit(xs, ys):
        A = np.column_stack([xs, ys, np.ones_like(xs)]).astype(float)
        sol, *_ = np.linalg.lstsq(A, xs.astype(float) ** 2 + ys.astype(float) ** 2, rcond=None)
        cx, cy = sol[0] / 2, sol[1] / 2
        return float(cx), float(cy), math.sqrt(max(sol[2] + cx * cx + cy * cy, 0.0))
    cx, cy, r = fit(xs, ys)
    for _ in range(3):
        ok = np.abs(np.hypot(xs - cx, ys - cy) - r) <= 2.0
        if ok.mean() < 0.6 or ok.all() or ok.sum() < 20:
            break
        xs, ys = xs[ok], ys[ok]
        cx, cy, r = fit(xs, ys)
    return cx, cy, r


def _seg_dist(px: np.ndarray, py: np.ndarray, a, b) -> np.ndarray:
    a, b = np.asarray(a, float), np.asarray(b, float)
    d = b - a
    L2 = float(d @ d) or 1.0
    t = np.clip(((px - a[0]) * d[0] + (py - a[1]) * d[1]) / L2, 0, 1)
    return np.hypot(px - a[0] - t * d[0], py - a[1] - t * d[1])


def _dist_line(p, a, b) -> float:
    (x0, y0), (x1, y1), (x2, y2) = p, a, b
    L = math.hypot(x2 - x1, y2 - y1) or 1.0
    return abs((x2 - x1) * (y1 - y0) - (x1 - x0) * (y2 - y1)) / L


def _angle_at(p, q, r) -> float:
    u = np.subtract(p, q)
    w = np.subtract(r, q)
    c = float(u @ w) / ((np.linalg.norm(u) * np.linalg.norm(w)) or 1.0)
    return math.degrees(math.acos(max(-1.0, min(1.0, c))))


def _tick_count(ink: np.ndarray, p, q, reach: float, inside, at: float = 0.5, level: float = 0.3) -> int:
    """Ink peaks across the middle of side pq, read along a line ``reach`` px off the side on its outer
    side (away from ``inside``, a point inside the figure: an incircle touches the sides from within).
    The ticks stand out of the side on both sides; the side's own stroke does not reach there."""
    from scipy import ndimage as ndi
    p, q = np.asarray(p, float), np.asarray(q, float)
    u = (q - p) / (np.linalg.norm(q - p) or 1)
    nrm = np.array([-u[1], u[0]])
    mid = p + (q - p) * at
    ts = np.arange(-16, 16.01, 0.5)
    if nrm @ (mid - np.asarray(inside, float)) < 0:
        nrm = -nrm
    # (sampled at pixel centres: pixel i covers [i, i + 1))
    prof = np.zeros(len(ts))
    for off in (reach - 0.5, reach, reach + 0.5, reach + 1.0):   # the most ink a little way out
        pts = mid[None, :] + ts[:, None] * u[None, :] + off * nrm[None, :] - 0.5
        prof = np.maximum(prof, ndi.map_coordinates(ink, [pts[:, 1], pts[:, 0]], order=1, mode="constant"))
    k = 0
    i = 0
    above = prof >= level
    while i < len(prof):
        if above[i]:
            j = i
            while j + 1 < len(prof) and above[j + 1]:
                j += 1
            seg = prof[i:j + 1]
            # a run may hold two blurred ticks: count its peaks that stand ≥ 0.08 over the dip between
            pk = [m for m in range(1, len(seg) - 1) if seg[m] >= seg[m - 1] and seg[m] > seg[m + 1]]
            peaks = 1
            for a, b in zip(pk, pk[1:]):
                if min(seg[a], seg[b]) - seg[a:b + 1].min() >= 0.08:
                    peaks += 1
            k += peaks
            i = j + 1
        else:
            i += 1
    return k


_STATED_SIDES = ("side", "leg", "base", "hypotenuse", "diagonal")
_STATED_ANGLES = ("angle", "interior_angle", "acute_angle", "obtuse_angle")


def _stated_checks(V: dict[str, Any], names: list[str], gs: list[dict[str, Any]], right_at: str | None, fg,
                   ppu: float, tol_px: float, rel: float, atol: float) -> list[Check]:
    """Each measure the text states of a named side, diagonal or angle ("AB = 5 cm", "angle A = 40°", "a right
    angle at A"), measured on the drawn corner dots against the text's own value — not the solved figure's: a
    stated fact the solve left out (a kite's right angle drawn at 60°) fails here, whatever the layout says.
    Lengths in the figure's unit (the scene's givens are converted to it), angles in degrees."""
    out: list[Check] = []
    n = len(names)
    stated = [(g["role"], g["target"], float(g["value"]), g["span"]["text"]) for g in gs if g.get("target")]
    if right_at and right_at in names and not any(r in _STATED_ANGLES and t == right_at for r, t, _, _ in stated):
        stated.append(("angle", right_at, 90.0, f"right angle at {right_at}"))
    for role, tgt, val, phrase in stated:
        if role in _STATED_ANGLES and tgt in names and n >= 3:
            i = names.index(tgt)
            p, q, r = V.get(names[i - 1]), V.get(tgt), V.get(names[(i + 1) % n])
            if p is None or q is None or r is None:
                out.append(Check("stated_angle", (tgt, "deg"), None, round(val, 3), atol, False, phrase))
                continue
            obs = _angle_at(p, q, r)
            out.append(Check("stated_angle", (tgt, "deg"), round(obs, 3), round(val, 3), atol,
                             abs(obs - val) <= atol, phrase))
        elif role in _STATED_SIDES and len(tgt) == 2 and set(tgt) <= set(names):
            a_, b_ = V.get(tgt[0]), V.get(tgt[1])
            if a_ is None or b_ is None:
                out.append(Check("stated_length", (tgt, fg.unit), None, round(val, 4), 0, False, phrase))
                continue
            obs = float(np.linalg.norm(np.subtract(b_, a_))) / ppu
            tol_u = tol_px / ppu + rel * val
            out.append(Check("stated_length", (tgt, fg.unit), round(obs, 4), round(val, 4), round(tol_u, 4),
                             abs(obs - val) <= tol_u, phrase))
    return out


def verify(png: bytes, scene: SceneGraph) -> Verdict:
    from ..see import scale_from_size, to_canvas
    from ..see.lines import BLUR, dark, darkness, drawn_fraction, is_crisp_bw, text_mismatch
    from .geometry import _givens, plane_figure, solve_geometry
    from .regionbase import read_png
    st = _style()
    full = read_png(png)
    if not _nesy_drawn(full, scene):
        # another tool's drawing (on a page, a slide: cropped to it): its own layout, read by shape alone
        from ..see.page import figure_of
        return verify_other(figure_of(full, text=scene.text), scene)
    fg = plane_figure(scene)
    gs = _givens(scene)
    lay = solve_geometry(scene)
    sc = scale_from_size(full.shape[1], full.shape[0], (lay.width, lay.height))
    exact = is_crisp_bw(full) and full.shape[1] == lay.width and full.shape[0] == lay.height
    rgb = full if exact else to_canvas(full, sc)
    ink = darkness(rgb)
    dk = dark(rgb)
    # thin strokes (1.25-px marks and auxiliaries) keep less than half their ink once degraded
    thin = dk if exact else dark(rgb, 0.25)
    slack = 0.0 if exact else 1.0
    ppu = float(lay.extra("px_per_unit"))
    checks: list[Check] = []
    fs = (scene.attr("figure_span") or {}).get("text", "")
    tol_px = float(st["length_tolerance_px"]) + slack
    rel = float(st["length_tolerance_rel"])
    atol = float(st["angle_tolerance_deg"]) + (0.5 if not exact else 0.0)
    ttol = float(st["tangency_tolerance_px"]) + slack
    frac_min = float(st["drawn_fraction"])
    reach = 1.5 + slack

    # points: the dots, each the nearest to where the construction puts it
    want = {k: tuple(v) for k, v in dict(lay.extra("dots")).items()}
    # (a piece under 3 px is where a tick crosses its side, blurred — a dot leaves ≥ 10)
    dots = find_dots(dk, float(st["dot_radius"]))
    search = float(st["search_px"])
    pairs = sorted(((math.hypot(d[0] - w[0], d[1] - w[1]), k, j) for k, w in want.items()
                    for j, d in enumerate(dots)), key=lambda t: t[0])
    found: dict[str, tuple[float, float]] = {}
    used: set[int] = set()
    for dist, k, j in pairs:
        if dist > search or k in found or j in used:
            continue
        found[k] = (dots[j][0], dots[j][1])
        used.add(j)
    checks.append(Check("point_count", ("dots",), len(dots), len(want), 0, len(dots) == len(want), fs))
    names = [nm for nm, _, _ in fg.vertices]
    V = {nm: found.get(f"vertex_{nm}") for nm in names}
    for nm in names:
        checks.append(Check("vertex_marker", (nm,), int(V[nm] is not None), 1, 0, V[nm] is not None, fs))

    def delta(key: str) -> np.ndarray:
        if key in found:
            return np.subtract(found[key], want[key])
        return np.zeros(2)

    # labels: each must show its text where it was put (moved with the point it names)
    roles = list(lay.extra("label_roles") or [])
    tol = float(st["label_tolerance"] if exact else st["label_tolerance_degraded"])
    for lb, role in zip(lay.labels, roles):
        kind, _, what = role.partition(":")
        if kind == "vertex" or kind == "angle":
            d = delta(f"vertex_{what}")
        elif kind == "side":
            d = (delta(f"vertex_{what[0]}") + delta(f"vertex_{what[1]}")) / 2
        elif kind in ("centre", "point"):
            d = delta(kind)
        else:
            d = (delta("centre") + delta("contact_1" if "contact_1" in want else "centre")) / 2
        # whole pixels only: the template is drawn at the label's own sub-pixel phase, the search
        # covers the rest
        d = np.round(d)
        miss, _ = text_mismatch(ink, lb.text, lb.size, lb.x + d[0], lb.y + d[1], lb.anchor, search=3,
                                blur=0.0 if exact else BLUR, italic=lb.italic,
                                math_=lb.math)
        checks.append(Check("label", (role, lb.text), round(miss, 3), f"<= {tol}", 0, miss <= tol, fs))

    edges = [(names[i], names[(i + 1) % len(names)]) for i in range(len(names) if len(names) > 2 else 1)] \
        if len(names) >= 2 else []
    side_len = dict(fg.sides)
    stated_side = {}
    for g in gs:
        if g["role"] == "side" and g["target"]:
            stated_side[frozenset(g["target"])] = g["span"]["text"]
    phrase_sides = " ".join(dict.fromkeys(g["span"]["text"] for g in gs if g["role"] in
                                          ("side", "leg", "base", "hypotenuse", "length", "width", "height",
                                           "diagonal")))
    rr = float(st["dot_radius"])
    ticks = dict(lay.extra("ticks") or {})
    tick_at = dict(lay.extra("tick_at") or {})
    seen = [V[nm] for nm in names if V[nm] is not None]
    inside = np.mean(seen, axis=0) if seen else np.zeros(2)
    for a_, b_ in edges:
        if V[a_] is None or V[b_] is None:
            continue
        p, q = np.asarray(V[a_]), np.asarray(V[b_])
        obs = float(np.linalg.norm(q - p)) / ppu
        exp = side_len[a_ + b_]
        tol_u = tol_px / ppu + rel * exp
        checks.append(Check("side_length", (a_ + b_, fg.unit), round(obs, 4), round(exp, 4), round(tol_u, 4),
                            abs(obs - exp) <= tol_u, stated_side.get(frozenset(a_ + b_), phrase_sides)))
        L = float(np.linalg.norm(q - p))
        skip = (rr + 3) / max(L, 1e-9)
        seg = [tuple(p + (q - p) * skip), tuple(q - (q - p) * skip)] if L > 2 * (rr + 3) else [tuple(p), tuple(q)]
        frac = drawn_fraction(dk, seg, reach=reach)
        checks.append(Check("side_drawn", (a_ + b_,), round(frac, 3), frac_min, 0, frac >= frac_min, fs))
        k = int(ticks.get(a_ + b_, 0))
        got = _tick_count(ink, p, q, 3.5, inside, float(tick_at.get(a_ + b_, 0.5)), 0.3 if exact else 0.2)
        if k or got:
            checks.append(Check("equal_side_ticks", (a_ + b_,), got, k, 0, got == k, phrase_sides or fs))
    angles = dict(fg.angles)
    phrase_angles = " ".join(dict.fromkeys(g["span"]["text"] for g in gs if "angle" in g["role"]))
    n = len(names)
    if n >= 3 and all(V[nm] is not None for nm in names):
        for i, nm in enumerate(names):
            obs = _angle_at(V[names[i - 1]], V[nm], V[names[(i + 1) % n]])
            exp = angles[nm]
            law = "angle" if fg.kind == "triangle" else "interior_angle"
            checks.append(Check(law, (nm, "deg"), round(obs, 3), round(exp, 3), atol, abs(obs - exp) <= atol,
                                phrase_angles or fs))
    checks += _stated_checks(V, names, gs, scene.attr("right_at"), fg, ppu, tol_px, rel, atol)
    # right-angle squares and angle arcs, where the drawing puts them (moved with their vertex)
    for s in lay.shapes:
        if s.cls != "mark" or s.kind != "polyline":
            continue
        key = s.id.split("_", 1)[1]
        d = delta(f"contact_{key[1:]}" if key.startswith("T") else f"vertex_{key}")
        pts = [(x + d[0], y + d[1]) for x, y in s.points]
        frac = drawn_fraction(thin, pts, reach=reach)
        law = "right_angle_mark" if s.id.startswith("right_") else "angle_arc"
        checks.append(Check(law, (key,), round(frac, 3), 0.85, 0, frac >= 0.85, phrase_angles or fs))
    if fg.diagonal is not None and V.get(names[0]) is not None and V.get(names[2]) is not None:
        obs = float(np.linalg.norm(np.asarray(V[names[2]]) - np.asarray(V[names[0]]))) / ppu
        tol_u = tol_px / ppu + rel * fg.diagonal
        checks.append(Check("diagonal", (names[0] + names[2], fg.unit), round(obs, 4), round(fg.diagonal, 4),
                            round(tol_u, 4), abs(obs - fg.diagonal) <= tol_u,
                            next((g["span"]["text"] for g in gs if g["role"] == "diagonal"), "")))
    if getattr(fg, "diagonal2", None) is not None and V.get(names[1]) is not None and V.get(names[3]) is not None:
        obs = float(np.linalg.norm(np.asarray(V[names[3]]) - np.asarray(V[names[1]]))) / ppu
        tol_u = tol_px / ppu + rel * fg.diagonal2
        checks.append(Check("diagonal", (names[1] + names[3], fg.unit), round(obs, 4), round(fg.diagonal2, 4),
                            round(tol_u, 4), abs(obs - fg.diagonal2) <= tol_u,
                            " ".join(g["span"]["text"] for g in gs if g["role"] == "diagonal")))
    if fg.kind in ("parallelogram", "rhombus", "trapezoid"):
        from .geometry_quad import quad_checks
        checks += quad_checks(V, names, fg, atol, fs)
    if getattr(fg, "altitude", None):
        from .geometry_altitude import altitude_checks
        checks += altitude_checks(V, fg, ppu, tol_px, rel,
                                  next((g["span"]["text"] for g in gs if g["role"] == "height"), fs))
    # circles: fitted to the dark pixels within 10 px of where each is drawn, off every straight line
    ys_, xs_ = np.nonzero(dk)
    xs_, ys_ = xs_ + 0.5, ys_ + 0.5
    lines = [(np.asarray(V[a_]), np.asarray(V[b_])) for a_, b_ in edges if V[a_] is not None and V[b_] is not None]
    for s in lay.shapes:
        if s.kind == "line" and s.cls in ("tangent", "aux", "diagonal"):
            lines.append((np.asarray(s.box[:2]), np.asarray(s.box[2:])))
    fits: dict[str, tuple[float, float, float] | None] = {}
    extra = [f"circle_{i}" for i in range(2, 2 + len(fg.extra_circles))]
    rings = [((s.box[0] + s.box[2]) / 2, (s.box[1] + s.box[3]) / 2, (s.box[2] - s.box[0]) / 2, s.id)
             for s in lay.shapes if s.kind == "circle" and s.id in ("incircle", "circumcircle", "circle", *extra)]
    for key in ("incircle", "circumcircle", "circle", *extra):
        shp = next((s for s in lay.shapes if s.id == key), None)
        if shp is None:
            continue
        cx0, cy0 = (shp.box[0] + shp.box[2]) / 2, (shp.box[1] + shp.box[3]) / 2
        r0 = (shp.box[2] - shp.box[0]) / 2
        near = np.abs(np.hypot(xs_ - cx0, ys_ - cy0) - r0) <= 10
        px, py = xs_[near].astype(float), ys_[near].astype(float)
        keep = np.ones(len(px), bool)
        for ox, oy, orr, oid in rings:     # off every other circle's stroke too (two circles that touch)
            if oid != key:
                keep &= np.abs(np.hypot(px - ox, py - oy) - orr) > 4
        for a, b in lines:
            keep &= _seg_dist(px, py, a, b) > 3.5
        for d in found.values():
            keep &= np.hypot(px - d[0], py - d[1]) > rr + 3
        fits[key] = _fit_circle(px[keep], py[keep])
    for key, c in (("incircle", fg.incircle), ("circumcircle", fg.circumcircle)):
        if not c:
            continue
        phrase = (scene.attr(key) or {}).get("text", "")
        fit = fits.get(key)
        if fit is None:
            checks.append(Check(key, ("drawn",), 0, "a circle", 0, False, phrase))
            continue
        cx, cy, r = fit
        exp_r = c[2]
        tol_u = tol_px / ppu + rel * exp_r
        checks.append(Check(f"{key}_radius", (fg.unit,), round(r / ppu, 4), round(exp_r, 4), round(tol_u, 4),
                            abs(r / ppu - exp_r) <= tol_u, phrase))
        if any(V[nm] is None for nm in names):
            continue
        if key == "incircle":
            worst = max(abs(_dist_line((cx, cy), V[a_], V[b_]) - r) for a_, b_ in edges)
            checks.append(Check("incircle_tangent", tuple(a_ + b_ for a_, b_ in edges), round(worst, 3), 0.0, ttol,
                                worst <= ttol, phrase))
        else:
            worst = max(abs(math.hypot(V[nm][0] - cx, V[nm][1] - cy) - r) for nm in names)
            checks.append(Check("circumcircle_through_vertices", tuple(names), round(worst, 3), 0.0, ttol,
                                worst <= ttol, phrase))
    if fg.circle:
        fit = fits.get("circle")
        rphrase = next((g["span"]["text"] for g in gs if g["role"] in ("radius", "diameter")), fs)
        if fit is None:
            checks.append(Check("circle", ("drawn",), 0, "a circle", 0, False, rphrase))
        else:
            cx, cy, r = fit
            exp_r = fg.circle[2]
            tol_u = tol_px / ppu + rel * exp_r
            checks.append(Check("circle_radius", (fg.unit,), round(r / ppu, 4), round(exp_r, 4), round(tol_u, 4),
                                abs(r / ppu - exp_r) <= tol_u, rphrase))
            O = found.get("centre")
            dc = math.hypot(O[0] - cx, O[1] - cy) if O else math.inf
            checks.append(Check("circle_centre", (scene.attr("centre", "O"),), round(dc, 3), 0.0, ttol, dc <= ttol, fs))
            for key, c2, e2 in zip(extra, fg.extra_circles, scene.attr("extra_circles") or []):
                # a further circle of an equation: its radius, and its centre's offset from the first circle's
                fit2 = fits.get(key)
                ph2 = e2["span"]["text"]
                if fit2 is None:
                    checks.append(Check(key, ("drawn",), 0, "a circle", 0, False, ph2))
                    continue
                tol2 = tol_px / ppu + rel * c2[2]
                checks.append(Check("circle_radius", (key, fg.unit), round(fit2[2] / ppu, 4), round(c2[2], 4),
                                    round(tol2, 4), abs(fit2[2] / ppu - c2[2]) <= tol2, ph2))
                off = (fit2[0] - cx) / ppu, -(fit2[1] - cy) / ppu      # pixels are y down, the figure y up
                exp = (c2[0] - fg.circle[0], c2[1] - fg.circle[1])
                err = math.hypot(off[0] - exp[0], off[1] - exp[1])
                tolc = ttol / ppu + rel * max(1.0, math.hypot(*exp))
                checks.append(Check("circle_centres", (key, fg.unit), round(err, 4), 0.0, round(tolc, 4),
                                    err <= tolc, ph2))
            if fg.chord_distance is not None:
                from .geometry_chord import chord_checks
                checks += chord_checks(V, names, fit, fg, ppu, tol_px, rel, ttol,
                                       (scene.attr("chord") or {}).get("span", {}).get("text", fs))
            if fg.point:
                tphrase = (scene.attr("tangents") or {}).get("text", "")
                contacts = [found[k] for k in ("contact_1", "contact_2") if k in found]
                nt = len(fg.contacts)
                checks.append(Check("tangent_count", ("tangent",), len(contacts), nt, 0, len(contacts) == nt, tphrase))
                Pp = found.get("point")
                if Pp is None:
                    checks.append(Check("external_point", (scene.attr("point", "P"),), 0, 1, 0, False, tphrase))
                else:
                    px_, py_ = Pp
                    dist = math.hypot(px_ - cx, py_ - cy) / ppu
                    exp_d = math.hypot(fg.point[0] - fg.circle[0], fg.point[1] - fg.circle[1])
                    dphrase = next((g["span"]["text"] for g in gs if g["role"] == "distance"), tphrase)
                    tol_u = tol_px / ppu + rel * exp_d
                    checks.append(Check("point_distance", (fg.unit,), round(dist, 4), round(exp_d, 4), round(tol_u, 4),
                                        abs(dist - exp_d) <= tol_u, dphrase))
                    for i, (tx, ty) in enumerate(contacts, start=1):
                        on = abs(math.hypot(tx - cx, ty - cy) - r)
                        dl = abs(_dist_line((cx, cy), (px_, py_), (tx, ty)) - r)
                        worst = max(on, dl)
                        checks.append(Check("tangency", (f"tangent_{i}",), round(worst, 3), 0.0, ttol, worst <= ttol,
                                            tphrase))
                        p, q = np.asarray((px_, py_)), np.asarray((tx, ty))
                        L = float(np.linalg.norm(q - p))
                        sk = (rr + 3) / max(L, 1e-9)
                        frac = drawn_fraction(dk, [tuple(p + (q - p) * sk), tuple(q - (q - p) * sk)], reach=reach)
                        checks.append(Check("tangent_drawn", (f"tangent_{i}",), round(frac, 3), frac_min, 0,
                                            frac >= frac_min, tphrase))
    # straight auxiliaries (radius, distance, diagonal) drawn between the points they join
    for s in lay.shapes:
        if s.kind != "line" or s.cls not in ("aux", "diagonal"):
            continue
        a, b = np.asarray(s.box[:2]), np.asarray(s.box[2:])
        ends = [k for k, w in want.items() if min(math.hypot(*(a - w)), math.hypot(*(b - w))) < 1]
        d = np.mean([delta(k) for k in ends], axis=0) if ends else np.zeros(2)
        L = float(np.linalg.norm(b - a))
        sk = (rr + 3) / max(L, 1e-9)
        frac = drawn_fraction(thin, [tuple(a + d + (b - a) * sk), tuple(b + d - (b - a) * sk)], reach=reach)
        checks.append(Check("line_drawn", (s.id,), round(frac, 3), frac_min, 0, frac >= frac_min, fs))
    # nothing else drawn: every dark piece is one of the figure's lines, circles, marks, dots or labels
    stray = _stray(dk, lay, exact)
    checks.append(Check("no_stray_ink", ("figure",), stray or "none", "none", 0, not stray, fs))
    return Verdict(tuple(checks), rounds=1)


def _stray(dk: np.ndarray, lay, exact: bool) -> list[str]:
    """The dark pieces (≥ 20 px; degraded ≥ 40) farther than 4 px (degraded 5) from every element the
    drawing has — an extra line, circle or text: "x, y: n px" each."""
    from PIL import Image, ImageDraw
    from ..see.lines import stray_pieces, text_template
    H, W = dk.shape
    im = Image.new("L", (W, H), 0)
    dr = ImageDraw.Draw(im)
    g = 4 if exact else 5
    for s in lay.shapes:
        x0, y0, x1, y1 = (v - 0.5 for v in s.box)
        if s.kind == "line":
            dr.line([(x0, y0), (x1, y1)], fill=255, width=2 * g + 1)
        elif s.kind == "polyline":
            dr.line([(x - 0.5, y - 0.5) for x, y in s.points], fill=255, width=2 * g + 1)
        elif s.kind == "circle" and s.fill == "none":
            dr.ellipse((x0 - g, y0 - g, x1 + g, y1 + g), outline=255, width=2 * g + 1)
        else:
            dr.ellipse((x0 - g, y0 - g, x1 + g, y1 + g), fill=255)
    for lb in lay.labels:
        tpl = text_template(lb.text, lb.size, lb.anchor, lb.x - math.floor(lb.x), lb.y - math.floor(lb.y), lb.italic,
                            lb.math)
        if tpl is None:
            continue
        t, dx, dy = tpl
        bx, by = int(math.floor(lb.x)) + dx, int(math.floor(lb.y)) + dy
        dr.rectangle((bx - g, by - g, bx + t.shape[1] + g, by + t.shape[0] + g), fill=255)
    return stray_pieces(dk & (np.asarray(im) == 0), exact)


# ---------------------------------------------------------------------------------------------
# figures drawn by other tools (matplotlib…): their own layout, scale, orientation, colours and fonts

# measured on matplotlib figures 72–150 dpi, clean and degraded (blur 1, JPEG 90, half size): corners from
# refitted Hough lines are within 1.2° of the drawn angle and side ratios within 2 %; an injected error is
# ≥ 15° or ≥ 25 %
OTHER_ANGLE_TOL = 3.0        # degrees
# every figure nesy draws as corners joined by straight sides: read as an n-gon, its stated sides and angles checked
_POLYGONS = ("triangle", "square", "rectangle", "parallelogram", "rhombus", "trapezoid", "kite", "polygon")
OTHER_RATIO_TOL = 0.05       # relative, side length against the fitted scale
OTHER_VALUE_TOL = (0.06, 0.01)   # a written length: absolute (rounded print) + relative
OTHER_DEG_TOL = 0.6          # a written angle (degrees; printed to 1 decimal at most)


def _nesy_drawn(full: np.ndarray, scene: SceneGraph) -> bool:
    """Whether the image is nesy's own drawing of the scene: at canvas scale, at least half of the points
    nesy draws (its filled vertex dots) lie within ``search_px`` of where nesy's layout puts them. A
    figure drawn by another tool has its own layout; nesy's, even with one error injected, keeps most."""
    from ..see import scale_from_size, to_canvas
    from ..see.lines import dark
    from .geometry import solve_geometry
    st = _style()
    lay = solve_geometry(scene)
    want = [tuple(v) for v in dict(lay.extra("dots")).values()]
    if not want:
        return True
    sc = scale_from_size(full.shape[1], full.shape[0], (lay.width, lay.height))
    rgb = to_canvas(full, sc)
    # a dot's core (what the erosion leaves of it) is a small disc: measured ≤ 30 px on nesy's drawings,
    # clean and degraded, under twice the eroding disc; a larger core is a region drawn dark — hatching
    # halved and blurred into a tone — that no dot of nesy's is
    rho = max(float(st["dot_radius"]) - 1.5, 1.0)
    dots = [d for d in find_dots(dark(rgb), float(st["dot_radius"])) if d[2] <= 2 * math.pi * rho * rho]
    search = float(st["search_px"])
    near = sum(any(math.hypot(d[0] - w[0], d[1] - w[1]) <= search for d in dots) for w in want)
    return near >= max(1, (len(want) + 1) // 2)


def _parse_label(text: str) -> tuple[str, float] | None:
    """("letter", 0) for a vertex letter, ("deg", v) for a written angle, ("len", v) for a written length;
    None for anything else (unread, other words)."""
    import re
    t = text.strip().replace(" ", "")
    if re.fullmatch(r"[A-Z][.,']?", t):
        return "letter", 0.0
    m = re.match(r"^[^\d]*?(\d+(?:[.,]\d+)?)(.*)$", t)
    if not m:
        return None
    pre = t[:m.start(1)]
    if re.search(r"[A-Za-z]{3,}", pre) and not re.search(r"[=:≈]$", pre) and not re.fullmatch(
            r"(?i)(?:side|base|leg|height|hypotenuse|hyp|radius|diameter|diagonal|length|width|chord)", pre):
        return None   # a word before the number ("Exercise 7B", "Figure 3", "Fig. 2"): a caption, no length label
    if sum(ch.isdigit() for ch in m.group(1)) > 4:   # no label of a drawn figure has 5 digits: a misreading
        # (a blurred "4 cm" read as "41141"); an unread label is not a wrong one
        return None
    v = float(m.group(1).replace(",", "."))
    rest = m.group(2)
    if "°" in rest or rest[:1] in ("o", "º", "˚"):
        # no corner of a drawn polygon is 0° or 180° or more: such a reading lost a digit ('60°' whose '6'
        # touched a side read '0°'), an unread label, not a wrong one
        return ("deg", v) if 0 < v < 180 else None
    return ("len" if re.match(r"[a-z]", rest) else "num"), v


_DIGIT_LOOKS = str.maketrans({"b": "6", "B": "8", "g": "9", "l": "1", "I": "1", "O": "0", "o": "0", "S": "5", "s": "5"})


def _length_in_context(text: str) -> tuple[str, float] | None:
    """A length label read where a side's length is written (``_beside_side_middle``) whose one digit OCR
    took for its look-alike letter or whose unit lost a stroke ('b cm', 'Bcm', '8cn', '7 crn'): ("len",
    v) when the text is one character and a unit of length (cm, with c/m misread as cn, cr, crn, em); None
    otherwise, so nothing else is guessed."""
    import re
    t = text.strip().replace(" ", "")
    m = re.fullmatch(r"([0-9bBgIlOoSs])(?:cm|cn|cr|crn|em|cmn)", t)
    if not m:
        return None
    return "len", float(m.group(1).translate(_DIGIT_LOOKS))


def _tick_pieces(lab: np.ndarray, side_band: np.ndarray, P: np.ndarray, sw: float, span: float) -> list[int]:
    """The labelled pieces of ``lab`` that are halves of a tick mark across a side (the marks of equal
    sides): with the side's stroke taken out, a tick leaves two small pieces touching the side, one on each
    side of it, mirror images across it (within a stroke width plus 3 px along the side). A label written
    beside a side stands on one side only, so it is never taken; nor a piece larger than 0.12 × the span."""
    from scipy import ndimage as ndi
    near = ndi.binary_dilation(side_band, iterations=1)
    n = len(P)
    pieces = []
    for k, sl in enumerate(ndi.find_objects(lab), start=1):
        if sl is None:
            continue
        h, w = sl[0].stop - sl[0].start, sl[1].stop - sl[1].start
        if max(h, w) > 0.12 * span or not (near[sl] & (lab[sl] == k)).any():
            continue
        ys, xs = np.nonzero(lab[sl] == k)
        cx, cy = xs.mean() + sl[1].start, ys.mean() + sl[0].start
        j = int(np.argmin([float(_seg_dist(np.array([cx]), np.array([cy]), P[i], P[(i + 1) % n])[0])
                           for i in range(n)]))
        a, b = P[j], P[(j + 1) % n]
        u = (b - a) / (np.linalg.norm(b - a) or 1.0)
        along = float((cx - a[0]) * u[0] + (cy - a[1]) * u[1])
        off = float((cx - a[0]) * -u[1] + (cy - a[1]) * u[0])
        pieces.append((k, j, along, off))
    out = set()
    for k1, j1, t1, o1 in pieces:
        for k2, j2, t2, o2 in pieces:
            if k1 < k2 and j1 == j2 and o1 * o2 < 0 and abs(t1 - t2) <= sw + 3 and abs(abs(o1) - abs(o2)) <= sw + 3:
                out |= {k1, k2}
    return sorted(out)


def _beside_side_middle(P: np.ndarray, x: float, y: float, span: float) -> int | None:
    """The side ``k`` whose middle half (0.25–0.75 of its length) the point (x, y) px lies beside, within
    0.25 × the figure's span and nearer to it than to any other side, where a length label is written;
    None near a corner (vertex letters, angle labels and marks)."""
    n = len(P)
    best = None
    for k in range(n):
        a, b = P[k], P[(k + 1) % n]
        d = b - a
        t = float(np.dot([x - a[0], y - a[1]], d) / max(float(np.dot(d, d)), 1e-9))
        dist = float(_seg_dist(np.array([x]), np.array([y]), a, b)[0])
        if best is None or dist < best[0]:
            best = (dist, k, t)
    dist, k, t = best
    return k if 0.25 <= t <= 0.75 and dist <= 0.25 * span else None


def _plot_frame(mask: np.ndarray) -> tuple[int, int, int, int] | None:
    """The axes box (top, bottom, left, right px of its spines) of a chart the figure is drawn in
    (matplotlib with its axes left on, a graph-paper frame), or None: ``rays.frame_box``'s four spines,
    taken only where one of them carries ≥ 4 evenly spaced tick marks (gaps within 15 % of each other),
    out- or inward — a polygon drawn large with its labels outside it has sides as long, but no ticks.
    Everything on and outside the box (tick labels, axis labels, a title) is the chart's, not the
    figure's."""
    from ..see.rays import frame_box
    box = frame_box(mask)
    if box is None:
        return None
    t, b, l, r = box

    def ticked(strip: np.ndarray) -> bool:
        on = np.flatnonzero(np.diff(np.concatenate([[0], strip.astype(np.int8), [0]])))
        starts, ends = on[::2], on[1::2]
        if len(starts) < 4 or (ends - starts).max() > 5:
            return False
        gaps = np.diff((starts + ends) / 2)
        return float(gaps.max()) <= 1.15 * float(gaps.min())
    # the rows (columns) 2–4 px past each spine's outer and inner edge, between the other two spines
    strips = [mask[y0:y1, l + 6:r - 5].any(axis=0) for y0, y1 in ((b + 2, b + 5), (t - 4, t - 1), (b - 4, b - 1))]
    strips += [mask[t + 6:b - 5, x0:x1].any(axis=1) for x0, x1 in ((l - 4, l - 1), (r + 2, r + 5), (l + 2, l + 5))]
    return box if any(ticked(s) for s in strips if s.size) else None


PATTERN_MIN = 4   # parallel lines: a convex polygon has two sides in one direction at most (three with a diagonal)


def _outline_polygon(mask: np.ndarray, n: int) -> tuple[np.ndarray | None, list[tuple[float, float, float, float]]]:
    """The figure's polygon and the fill pattern drawn in it. Lines are the Hough peaks of ``mask`` (0.25°,
    ``nesy.see.lines.refit_line``); ≥ ``PATTERN_MIN`` of them parallel (within 1°) are a hatching or a grid, evenly spaced
    (every gap a whole number of the smallest), and only the two outermost of those can be sides. The
    polygon is the largest (perimeter) convex ``n``-gon bounded by ``n`` of the ``n`` + 3 strongest other
    lines whose every side is drawn (``side_drawn``'s measure, ≥ 0.85) and ≥ 10 px long — so a diagonal,
    an altitude or a median, a longer line than some side, is read as what it is, not as a side. Returns
    (corners or None, pattern) where each pattern is (c, s, d0, g): the lines x·c + y·s = d0 + k·g."""
    from itertools import combinations
    from skimage.transform import hough_line, hough_line_peaks
    from ..see.lines import drawn_fraction, polygon_corners, refit_line
    theta = np.deg2rad(np.arange(-90.0, 90.0, 0.25))
    hs, ang, dist = hough_line(mask, theta=theta)
    _, angles, dists = hough_line_peaks(hs, ang, dist, num_peaks=6 * n + 24, min_distance=9, min_angle=12,
                                        threshold=0.2 * hs.max())
    ys, xs = np.nonzero(mask)
    px, py = xs.astype(float), ys.astype(float)
    lines = [refit_line(px, py, t, d) for t, d in zip(angles, dists)]
    # parallel families: each line's direction group, normals aligned with the group's first
    pattern, inner = [], set()
    done = set()
    for i, (c0, s0, _) in enumerate(lines):
        if i in done:
            continue
        grp = []
        for j, (c, s, d) in enumerate(lines):
            if j not in done and abs(c * c0 + s * s0) >= math.cos(math.radians(1.0)):
                sg = 1.0 if c * c0 + s * s0 > 0 else -1.0
                grp.append((sg * d, j))
        done |= {j for _, j in grp}
        if len(grp) < PATTERN_MIN:
            continue
        grp.sort()
        inner |= {j for _, j in grp[1:-1]}
        ds = np.array([d for d, _ in grp])
        gaps = np.diff(ds)
        g = float(gaps[gaps >= 3].min()) if (gaps >= 3).any() else 0.0
        # evenly spaced: every gap a whole number of the smallest
        if g and np.all(np.abs(gaps / g - np.round(gaps / g)) <= 0.15):
            pattern.append((c0, s0, float(ds[0]), g))
    cand = [k for k in range(len(lines)) if k not in inner][:n + 3]
    on = {k: np.abs(px * lines[k][0] + py * lines[k][1] - lines[k][2]) <= 2.0 for k in cand}
    H, W = mask.shape
    best = None
    for sub in combinations(cand, n):
        u = np.zeros(len(px), bool)
        for k in sub:
            u |= on[k]
        if not u.any():
            continue
        P = polygon_corners([lines[k] for k in sub], float(px[u].mean()), float(py[u].mean()))
        if P is None:
            continue
        P = np.array(P)
        if not (np.all(P >= -2) and np.all(P[:, 0] <= W + 2) and np.all(P[:, 1] <= H + 2)):
            continue
        E = np.roll(P, -1, axis=0) - P
        cross = E[:, 0] * np.roll(E, -1, axis=0)[:, 1] - E[:, 1] * np.roll(E, -1, axis=0)[:, 0]
        L = np.hypot(E[:, 0], E[:, 1])
        if L.min() < 10 or not (np.all(cross > 0) or np.all(cross < 0)):
            continue
        if best is not None and L.sum() <= best[0]:
            continue
        drawn = True
        for i in range(n):
            a, b = P[i], P[(i + 1) % n]
            sk = min(0.1, 6.0 / L[i])
            if drawn_fraction(mask, [tuple(a + (b - a) * sk), tuple(b - (b - a) * sk)], reach=2.0) < 0.85:
                drawn = False
                break
        if drawn:
            best = (float(L.sum()), P)
    return (best[1] if best else None), pattern


def _axis_scale(words: list) -> list:
    """``words`` less a coordinate axis's scale (GeoGebra's or a plot's tick labels: ``nesy.see.scales``), which
    are no lengths of the figure."""
    from ..see.scales import tick_labels
    drop = tick_labels([(text, box) for box, text, _score, _lab in words])
    return [w for j, w in enumerate(words) if j not in drop]


def _words(full: np.ndarray, rest: np.ndarray, lines: np.ndarray, span: float
           ) -> list[tuple[tuple[int, int, int, int], str, float, tuple[str, float] | None]]:
    """The words of ``rest`` (text ink, the figure's lines taken out) read by OCR: (box, text, score,
    ``_parse_label`` of a confident reading or of a less confident one in a label's strict form — "7 cm",
    "60°", "B" — else None). Letters are pieces 5 px to 0.2 × ``span`` high, grouped across 0.7 × their
    median height; each word is read with its letters' blurred rim but without ``lines``."""
    import re
    from scipy import ndimage as ndi
    from ..see.lines import read_blob, text_blobs
    from ..see.ocr import MIN_SCORE
    lab, _ = ndi.label(rest, structure=np.ones((3, 3), bool))
    hs = [sl[0].stop - sl[0].start for sl in ndi.find_objects(lab) if sl is not None]
    hs = [h for h in hs if 5 <= h <= 0.2 * span] or [10]
    th = float(np.median(hs))
    # a rule off the figure's sides (a coordinate axis through a vertex, a grid line) is no letter: a piece
    # ≥ 4 letters long and under half a letter thick would join the letters beside it into one long "word"
    rules = [k for k, sl in enumerate(ndi.find_objects(lab), start=1) if sl is not None and
             max(sl[0].stop - sl[0].start, sl[1].stop - sl[1].start) >= 4 * th and
             min(sl[0].stop - sl[0].start, sl[1].stop - sl[1].start) <= 0.4 * th]
    if rules:
        rest = rest & ~np.isin(lab, rules)
    blobs = [b for b in text_blobs(rest, 0.7 * th) if 0.5 * th <= b[3] - b[1] <= 3 * th and b[2] - b[0] <= 12 * th]
    # the blurred rim of each letter is read with it (a 1-px keep cuts a blurred glyph to a hard, wrong shape)
    keep = ndi.binary_dilation(rest, iterations=3) & ~lines
    out = []
    for box in blobs:
        text, score = read_blob(full, box, keep, stretch=True)
        strict = re.fullmatch(r"\s*(\d+(?:[.,]\d+)?\s*(cm|mm|m|°)|[A-Z])\s*", text) is not None
        out.append((box, text, score, _parse_label(text) if score >= MIN_SCORE or (strict and score >= 0.5) else None))
    return out


def verify_other(full: np.ndarray, scene: SceneGraph) -> Verdict:
    """Read a polygon figure drawn by another tool, scale- and orientation-free (the module docstring says
    what is read). Every check names what could not be seen; a circle, segment or tangent figure is not
    read this way and fails saying so."""
    from scipy import ndimage as ndi
    import re
    from ..see.lines import drawn_fraction, hough_polygon, ink
    from ..see.ocr import MIN_SCORE
    from .geometry import _givens, plane_figure
    fg = plane_figure(scene)
    gs = _givens(scene)
    fs = (scene.attr("figure_span") or {}).get("text", "")
    names = [nm for nm, _, _ in fg.vertices]
    n = len(names)
    checks: list[Check] = []
    if fg.kind == "circle" and fg.circle is not None and len(fg.contacts) != 1 and (
            not fg.vertices or (not fg.contacts and fg.point is None and _chords(fg))):
        # a circle alone, with the two tangents from a point, or with chords (their ends its only vertices)
        return _other_tangents(full, scene, fg, gs, fs)
    if fg.kind not in _POLYGONS or n < 3:
        checks.append(Check("other_tool_figure", (fg.kind,), "not read", "a polygon's corners", 0, False, fs))
        return Verdict(tuple(checks), rounds=1)
    # a figure drawn in a chart's axes box is read inside it (less the spines and their ticks)
    box = _plot_frame(ink(full) >= 0.35)
    if box is not None:
        t, b, l, r = box
        full = full[t + 6:b - 5, l + 6:r - 5]
    # small figures (text under ~10 px) are read at twice their size: OCR and the stroke bands need it
    if max(full.shape[:2]) < 460:
        from PIL import Image
        f = 600 / max(full.shape[:2])
        full = np.asarray(Image.fromarray(np.ascontiguousarray(full[..., :3])).resize(
            (int(round(full.shape[1] * f)), int(round(full.shape[0] * f))), Image.Resampling.BICUBIC))
    level = ink(full)
    mask = level >= 0.35
    P, pattern = _outline_polygon(mask, n)
    if P is None:
        # no polygon with every side drawn: the strongest lines' one, whose undrawn sides are reported
        P = hough_polygon(mask, n)
    if P is None:
        checks.append(Check("polygon", (str(n),), "no convex polygon of straight sides", f"{n} sides", 0, False, fs))
        return Verdict(tuple(checks), rounds=1)
    P = np.asarray(P)
    H, W = mask.shape
    # stroke width: twice the median depth of the side pixels
    depth = ndi.distance_transform_edt(mask)
    yy, xx = np.mgrid[0:H, 0:W]
    near_side = np.zeros_like(mask)
    L = [float(np.linalg.norm(P[(i + 1) % n] - P[i])) for i in range(n)]
    if min(L) < 2.0:
        # corners found on top of each other (a blank or scrambled image): no polygon was seen
        checks.append(Check("polygon", (str(n),), "corners on top of each other", f"{n} sides", 0, False, fs))
        return Verdict(tuple(checks), rounds=1)
    span = float(np.ptp(P, axis=0).max())
    for i in range(n):
        near_side |= _seg_dist(xx + 0.0, yy + 0.0, P[i], P[(i + 1) % n]) <= 1.0
    sw = 2.0 * float(np.median(depth[near_side & mask])) if (near_side & mask).any() else 2.0
    band = sw / 2 + 2.5
    side_band = np.zeros_like(mask)
    for i in range(n):
        side_band |= _seg_dist(xx + 0.0, yy + 0.0, P[i], P[(i + 1) % n]) <= band
    for i in range(n):
        a, b = P[i], P[(i + 1) % n]
        sk = min(0.1, (sw + 4) / max(L[i], 1.0))
        frac = drawn_fraction(mask, [tuple(a + (b - a) * sk), tuple(b - (b - a) * sk)], reach=2.0)
        checks.append(Check("side_drawn", (str(i),), round(frac, 3), 0.85, 0, frac >= 0.85, fs))
    if pattern:
        # the hatching's lines inside the polygon are no ink of the figure's (marks, circles, text)
        from skimage.draw import polygon as fill_polygon
        hatch = np.zeros_like(mask)
        rr, cc = fill_polygon(P[:, 1], P[:, 0], mask.shape)
        hatch[rr, cc] = True
        on = np.zeros_like(mask)
        for c, s_, d0, g in pattern:
            k = (xx * c + yy * s_ - d0) / g
            on |= np.abs(k - np.round(k)) * g <= min(3.0, g / 2)
        hatch &= on & ~side_band
        mask &= ~hatch
        level = np.where(hatch, 0.0, level)
    # a stated diagonal (two: both) drawn corner to corner
    if n == 4 and fg.diagonal is not None:
        want = 1 + (getattr(fg, "diagonal2", None) is not None)
        got = sorted((drawn_fraction(mask, [tuple(P[i] + (P[i + 2] - P[i]) * 0.1), tuple(P[i + 2] - (P[i + 2] - P[i]) * 0.1)],
                                     reach=2.0) for i in (0, 1)), reverse=True)
        checks.append(Check("diagonal_drawn", (str(want),), round(got[want - 1], 3), 0.85, 0, got[want - 1] >= 0.85,
                            " ".join(g["span"]["text"] for g in gs if g["role"] == "diagonal") or fs))
    # observed angles and sides, corner i between sides i−1 and i
    obs_ang = [_angle_at(P[i - 1], P[i], P[(i + 1) % n]) for i in range(n)]
    side_len = {frozenset(k): v for k, v in fg.sides}
    angles = dict(fg.angles)
    fits = []
    for r in range(n):
        for sgn in (1, -1):
            sig = [names[(r + sgn * i) % n] for i in range(n)]
            exp_ang = [angles[sig[i]] for i in range(n)]
            exp_len = [side_len[frozenset(sig[i] + sig[(i + 1) % n])] for i in range(n)]
            s = sum(L) / sum(exp_len)
            ea = max(abs(o - e) for o, e in zip(obs_ang, exp_ang))
            er = max(abs(o / s - e) / e for o, e in zip(L, exp_len))
            fits.append((max(ea / OTHER_ANGLE_TOL, er / OTHER_RATIO_TOL), sig, exp_ang, exp_len, s))
    fits.sort(key=lambda f: f[0])
    # text: the ink off the sides, grouped into words, each read by OCR
    # (text is read from fainter ink: coloured or blurred letters keep ≥ 0.25 where a stroke keeps 0.35)
    # a diagonal drawn corner to corner is a line of the figure too: left in, it runs into the corners'
    # letters and joins them into one long "word" no label reading takes (a rectangle's W beside its
    # diagonal's end went unread)
    text_lines = side_band.copy()
    if n == 4:
        for i in (0, 1):
            if drawn_fraction(mask, [tuple(P[i] + (P[i + 2] - P[i]) * 0.1),
                                     tuple(P[i + 2] - (P[i + 2] - P[i]) * 0.1)], reach=2.0) >= 0.85:
                text_lines |= _seg_dist(xx + 0.0, yy + 0.0, P[i], P[i + 2]) <= band
    rest = (level >= 0.25) & ~text_lines
    # a vertex dot (blurred into the letter beside it) is no text
    for i in range(n):
        rest &= np.hypot(xx - P[i][0], yy - P[i][1]) > 2 * band
    lab, nl = ndi.label(rest, structure=np.ones((3, 3), bool))
    # pieces touching a side are marks, arcs, vertex dots (or text run into a line): not read as text
    touch = np.unique(lab[ndi.binary_dilation(text_lines, iterations=1) & rest])
    corner = np.zeros_like(mask)
    for i in range(n):
        rc = 0.3 * min(L[i], L[i - 1])
        corner |= np.hypot(xx - P[i][0], yy - P[i][1]) <= rc
    touch = [k for k in touch if k > 0 and corner[lab == k].mean() >= 0.5]
    rest = rest & ~np.isin(lab, touch + _tick_pieces(lab, side_band, P, sw, span))
    words = _axis_scale(_words(full, rest, text_lines, span))
    # the corners' letters as read: corner i → the letters written beside it
    letters: dict[int, list[str]] = {}
    for box, text, score, lab_ in words:
        if lab_ is not None and lab_[0] == "letter":
            bx, by = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
            i = int(np.argmin([math.hypot(bx - x, by - y) for x, y in P]))
            if math.hypot(bx - P[i][0], by - P[i][1]) <= 0.3 * span:
                letters.setdefault(i, []).append(text.strip()[0].upper())
    # the naming of the corners: the best fit of shape, and among the namings the shape cannot tell apart
    # (every one within tolerance: a regular polygon's rotations and mirror images) the one the letters read
    # agree with most
    alike = [f for f in fits if f[0] <= max(1.0, fits[0][0])]
    _, sig, exp_ang, exp_len, s = max(alike, key=lambda f: (sum(f[1][i] in ls for i, ls in letters.items()),
                                                             -f[0]))
    law = "angle" if fg.kind == "triangle" else "interior_angle"
    phrase_angles = " ".join(dict.fromkeys(g["span"]["text"] for g in gs if "angle" in g["role"])) or fs
    phrase_sides = " ".join(dict.fromkeys(g["span"]["text"] for g in gs if "angle" not in g["role"])) or fs
    for i in range(n):
        checks.append(Check(law, (sig[i], "deg"), round(obs_ang[i], 2), round(exp_ang[i], 2), OTHER_ANGLE_TOL,
                            abs(obs_ang[i] - exp_ang[i]) <= OTHER_ANGLE_TOL, phrase_angles))
    for i in range(n):
        o = L[i] / s
        checks.append(Check("side_ratio", (sig[i] + sig[(i + 1) % n], fg.unit), round(o, 3), round(exp_len[i], 3),
                            f"{OTHER_RATIO_TOL:.0%}", abs(o - exp_len[i]) <= OTHER_RATIO_TOL * exp_len[i], phrase_sides))
    checks += _other_circles(fg, scene, P, sig, level >= 0.25, side_band, band, fs)
    # a figure named by the text ("hexagon ABCDEF") has its letters in that order round it, either way and
    # from any corner (C and D swapped names another hexagon); the letters read must fit one such naming.
    # (Which corner takes which letter is the text's only where it names the figure: "a right triangle with
    # legs 3 cm and 4 cm" leaves the letters to the drawer. A corner read with two letters is not counted.)
    fig = next((e for e in scene.entities if e.id == "figure"), None)
    stated = fig.name if fig is not None and isinstance(fig.name, str) else ""
    if len(stated) == n and sorted(stated) == sorted(names):
        read = {i: ls[0] for i, ls in letters.items() if len(set(ls)) == 1 and ls[0] in stated}
        fit = any(all(stated[(r + sgn * i) % n] == ch for i, ch in read.items())
                  for r in range(n) for sgn in (1, -1))
        if len(read) >= 2:
            got = "".join(read[i] if i in read else "?" for i in range(n))
            checks.append(Check("vertex_order", (stated,), got, f"{stated} round the figure", 0, fit, fs))
    for box, text, score, lab_ in words:
        bx, by = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
        if lab_ is None and score >= 0.5 and _beside_side_middle(P, bx, by, span) is not None:
            lab_ = _length_in_context(text)
        if lab_ is None:
            # text where a side's length is written (beside the middle of a side) that cannot be read is
            # a length the figure states and the reader cannot check: a cannot-read failure, never a pass
            # (a word's shape: wider than tall — a lone mark, a dot, a vertex's blot is no label)
            k = _beside_side_middle(P, bx, by, span)
            if score >= MIN_SCORE and any(w.lower() not in ("crn", "cmn", "cms") for w in re.findall(r"[A-Za-z]{3,}", text)):
                continue   # words read with confidence ("Exercise 7B", "Figure 3"): a caption, read, no length
            if k is not None and text.strip() and box[2] - box[0] >= 1.2 * (box[3] - box[1]):
                checks.append(Check("length_label", (sig[k] + sig[(k + 1) % n], text), "not read",
                                    round(exp_len[k], 3), 0, False, phrase_sides))
            continue
        kind, v = lab_
        if kind == "letter":
            continue
        elif kind == "deg":
            i = int(np.argmin([math.hypot(bx - x, by - y) for x, y in P]))
            checks.append(Check("angle_label", (sig[i], text), v, round(exp_ang[i], 2), OTHER_DEG_TOL,
                                abs(v - exp_ang[i]) <= OTHER_DEG_TOL, phrase_angles))
        else:
            i = int(np.argmin([float(_seg_dist(np.array([bx]), np.array([by]), P[k], P[(k + 1) % n])[0])
                               for k in range(n)]))
            e = exp_len[i]
            tol = OTHER_VALUE_TOL[0] + OTHER_VALUE_TOL[1] * e
            ok = abs(v - e) <= tol
            if kind == "num":
                # a bare number ("50" — a degree sign OCR lost): the nearest side's length or corner's angle
                j = int(np.argmin([math.hypot(bx - x, by - y) for x, y in P]))
                ok = ok or abs(v - exp_ang[j]) <= OTHER_DEG_TOL
            checks.append(Check("length_label", (sig[i] + sig[(i + 1) % n], text), v, round(e, 3), round(tol, 3),
                                ok, phrase_sides))
    # named facts ("AB = 5 cm", "angle A = 60°") on the corners named by their letters
    by_name = {}
    for i, ls in letters.items():
        if len(set(ls)) == 1:
            by_name.setdefault(ls[0], []).append(i)
    # a diagonal the text names ("its diagonal AC") joins the corners read with those letters: the other
    # diagonal drawn (BD) passed the count above (the letters of a figure drawn by another tool are its only
    # naming of the corners; read once each, they fix which diagonal is which)
    if n == 4 and len(names) == 4:
        for k in scene.attr("diagonals_named") or []:
            pair = (names[0], names[2]) if k == "p" else (names[1], names[3])
            at = [by_name.get(ch, []) for ch in pair]
            if any(len(x) != 1 for x in at):
                continue
            a_, b_ = P[at[0][0]], P[at[1][0]]
            frac = drawn_fraction(mask, [tuple(a_ + (b_ - a_) * 0.1), tuple(b_ - (b_ - a_) * 0.1)], reach=2.0)
            checks.append(Check("named_diagonal_drawn", ("".join(pair),), round(frac, 3), 0.85, 0, frac >= 0.85,
                                " ".join(g["span"]["text"] for g in gs if g["role"] == "diagonal") or fs))
    for g in gs:
        tgt = g.get("target")
        if not tgt:
            continue
        want = list(tgt)
        idx = [by_name.get(ch, []) for ch in want]
        if any(len(x) != 1 for x in idx):
            checks.append(Check("vertex_label", tuple(want), {ch: len(x) for ch, x in zip(want, idx)},
                                "each letter read once beside a corner", 0, False, g["span"]["text"]))
            continue
        ii = [x[0] for x in idx]
        if g["unit"] == "deg" and len(ii) == 1:
            o = obs_ang[ii[0]]
            checks.append(Check("named_angle", (tgt, "deg"), round(o, 2), float(g["value"]), OTHER_ANGLE_TOL,
                                abs(o - float(g["value"])) <= OTHER_ANGLE_TOL, g["span"]["text"]))
        elif len(ii) == 2:
            o = float(np.linalg.norm(P[ii[0]] - P[ii[1]])) / s
            e = float(g["value"])
            checks.append(Check("named_side", (tgt, g["unit"]), round(o, 3), e, f"{OTHER_RATIO_TOL:.0%}",
                                abs(o - e) <= OTHER_RATIO_TOL * e, g["span"]["text"]))
    # right-angle squares: ink at a corner joining its two sides, as far along both (a square, not an arc)
    for i in range(n):
        sq = _corner_mark(mask, P, i, band)
        if sq:
            checks.append(Check("right_angle_mark", (sig[i],), round(exp_ang[i], 2), 90.0, 0.5,
                                abs(exp_ang[i] - 90.0) <= 0.5, phrase_angles))
    # a triangle drawn in a style that marks its angles (an arc or square spanning some corner) marks its
    # right angle too (the textbook convention: Jurgensen, Brown & Jurgensen, *Geometry*; ISO 80000-2 has no
    # rule, so this is read only where the figure itself marks angles): a right corner left bare while
    # another corner is marked says the mark was put at the wrong corner
    if fg.kind == "triangle":
        marked = [_spanned(mask & ~side_band, P, i, band, L) for i in range(n)]
        for i in range(n):
            if abs(exp_ang[i] - 90.0) <= 0.5 and not marked[i] and any(marked):
                checks.append(Check("right_angle_mark", (sig[i],), "unmarked",
                                    "marked, as the figure marks its other angles", 0, False, phrase_angles))
    return Verdict(tuple(checks), rounds=1)


def _other_circles(fg, scene: SceneGraph, P: np.ndarray, sig: list[str], mask: np.ndarray, side_band: np.ndarray,
                   band: float, fs: str) -> list[Check]:
    """A circle the text states with the polygon (incircle, circumcircle, a stated circle) on another tool's
    figure: it must be drawn, and be THE stated one. General rule: the stated circle is fixed by the
    polygon itself (the incircle touches every side, the circumcircle runs through every corner), so the
    solved figure is mapped onto the corners read (a similarity, either handedness: image y runs down)
    and the circle must be drawn where that puts it — ≥ 80 % of its arc (off the sides, where a tangent
    point or a corner lies on a side's stroke) has ink within a stroke's reach (half the stroke + 2.5 px,
    plus 2 % of the radius for the reading of the corners). A circle of another size (the circumcircle for
    the incircle, one too small to touch the sides, none at all) leaves that arc bare. The ink near the
    arc is then fitted (least squares) and its radius compared with the predicted one (``OTHER_RATIO_TOL``)
    and its centre's offset with the stroke's reach."""
    out: list[Check] = []
    wanted = [(k, getattr(fg, k)) for k in ("incircle", "circumcircle", "circle") if getattr(fg, k, None)]
    if not wanted:
        return out
    byname = {nm: (x, y) for nm, x, y in fg.vertices}
    if any(nm not in byname for nm in sig):
        return out
    src = np.array([complex(*byname[nm]) for nm in sig])
    dst = np.array([complex(float(p[0]), float(p[1])) for p in P])
    best = None
    for refl in (False, True):
        z = np.conj(src) if refl else src
        A = np.column_stack([z, np.ones_like(z)])
        (a, b), *_ = np.linalg.lstsq(A, dst, rcond=None)
        res = float(np.abs(A @ np.array([a, b]) - dst).max())
        if best is None or res < best[0]:
            best = (res, refl, a, b)
    _, refl, a, b = best
    H, W = mask.shape
    for key, c in wanted:
        phrase = (scene.attr(key) or {}).get("text", "") or fs
        zc = complex(c[0], c[1])
        zc = a * (np.conj(zc) if refl else zc) + b
        cx, cy, r = float(zc.real), float(zc.imag), float(abs(a) * c[2])
        reach = band + 0.02 * r
        t = np.linspace(0, 2 * np.pi, max(90, int(2 * np.pi * r / 2)), endpoint=False)
        xs, ys = cx + r * np.cos(t), cy + r * np.sin(t)
        inside = (xs >= 0) & (xs < W) & (ys >= 0) & (ys < H)
        free = inside.copy()
        free[inside] = ~side_band[ys[inside].astype(int), xs[inside].astype(int)]
        if free.sum() < 12:
            out.append(Check(key, ("drawn",), "not read", "a circle", 0, False, phrase))
            continue
        ri = int(math.ceil(reach))
        from scipy import ndimage as ndi
        near = ndi.binary_dilation(mask & ~side_band, structure=np.ones((2 * ri + 1, 2 * ri + 1), bool))
        cov = float(near[ys[free].astype(int), xs[free].astype(int)].mean())
        out.append(Check(f"{key}_drawn", ("arc ink",), round(cov, 3), 0.8, 0, cov >= 0.8, phrase))
        if cov < 0.8:
            continue
        yy, xx = np.nonzero(mask & ~side_band)
        d = np.hypot(xx + 0.5 - cx, yy + 0.5 - cy)
        sel = np.abs(d - r) <= reach
        fit = _fit_circle(xx[sel] + 0.5, yy[sel] + 0.5) if sel.sum() >= 12 else None
        if fit is None:
            out.append(Check(key, ("fit",), "not read", "a circle", 0, False, phrase))
            continue
        fx, fy, fr = fit
        out.append(Check(f"{key}_radius_ratio", (fg.unit,), round(fr / r, 3), 1.0, f"{OTHER_RATIO_TOL:.0%}",
                         abs(fr / r - 1.0) <= OTHER_RATIO_TOL, phrase))
        dc = math.hypot(fx - cx, fy - cy)
        out.append(Check(f"{key}_centre", ("px",), round(dc, 2), 0.0, round(reach, 2), dc <= reach, phrase))
    return out


def _spanned(off_sides: np.ndarray, P: np.ndarray, i: int, band: float, L: list[float]) -> bool:
    """Whether some piece of ink off the sides (``off_sides``) inside corner ``i`` (within 0.35 of its
    shorter side) reaches from one side of the corner to the other — an angle arc or a right-angle square
    does; a label written in the corner touches one side at most."""
    from scipy import ndimage as ndi
    n = len(P)
    c = P[i]
    R = 0.35 * min(L[i], L[i - 1])
    H, W = off_sides.shape
    x0, x1 = max(0, int(c[0] - R) - 1), min(W, int(c[0] + R) + 2)
    y0, y1 = max(0, int(c[1] - R) - 1), min(H, int(c[1] + R) + 2)
    if x1 <= x0 or y1 <= y0:
        return False
    yy, xx = np.mgrid[y0:y1, x0:x1]
    sub = off_sides[y0:y1, x0:x1] & (np.hypot(xx - c[0], yy - c[1]) <= R)
    lab, k = ndi.label(sub, structure=np.ones((3, 3), bool))
    if k == 0:
        return False
    du = _seg_dist(xx + 0.0, yy + 0.0, c, P[(i + 1) % n])
    dv = _seg_dist(xx + 0.0, yy + 0.0, c, P[i - 1])
    reach = band + 2.0
    for j in range(1, k + 1):
        m = lab == j
        if m.sum() >= 4 and float(du[m].min()) <= reach and float(dv[m].min()) <= reach:
            return True
    return False


def _corner_mark(mask: np.ndarray, P: np.ndarray, i: int, band: float) -> bool:
    """Whether a right-angle square is drawn in corner ``i``: for some size q (from 6 px, or 2.5 stroke
    widths, to 0.3 of the shorter adjacent side) both its inner edges — from q along one side, parallel to
    the other, to the square's far corner — are drawn (≥ 90 % of points with ink within 1.5 px). An arc
    or a letter crosses such an edge once at most."""
    from ..see.lines import drawn_fraction
    n = len(P)
    c = P[i]
    u, v = P[(i + 1) % n] - c, P[i - 1] - c
    lu, lv = float(np.linalg.norm(u)), float(np.linalg.norm(v))
    u, v = u / lu, v / lv
    R = 0.3 * min(lu, lv)
    sn = abs(float(u[0] * v[1] - u[1] * v[0]))          # sine of the corner's angle
    off = band + 2.0

    def edge(a: np.ndarray, d: np.ndarray, q: float) -> float | None:
        # the edge from a (on one side) along d, without its points within ``off`` of either side line
        ts = np.arange(0.0, q + 0.5, 1.0)
        pts = a[None, :] + ts[:, None] * d[None, :]
        rel = pts - c
        du = np.abs(rel[:, 0] * u[1] - rel[:, 1] * u[0])
        dv = np.abs(rel[:, 0] * v[1] - rel[:, 1] * v[0])
        keep = (du > off) & (dv > off)
        # at least half of the edge clear of the sides (else an arc near a sharp corner fits it)
        if keep.sum() < max(6, 0.5 * len(ts)):
            return None
        on = drawn_fraction(mask, [tuple(p) for p in pts[keep]], reach=1.5, step=1.0)
        # a thin straight edge: blank on both sides of it (a letter or an arc's crossing is not)
        nrm = np.array([-d[1], d[0]])
        # (not next to the far corner, where the other edge runs)
        mid = keep & (ts <= q - 3.0 / max(sn, 0.3) - 1.0)
        if mid.sum() < 3:
            return None
        side = [drawn_fraction(mask, [tuple(p + sgn * 3.0 * nrm) for p in pts[mid]], reach=1.0, step=1.0)
                for sgn in (1, -1)]
        return on if max(side) <= 0.34 else 0.0
    q = max(6.0, off / max(sn, 0.2))
    while q <= R:
        e1 = edge(c + q * u, v, q)
        if e1 is not None and e1 >= 0.9:
            e2 = edge(c + q * v, u, q)
            if e2 is not None and e2 >= 0.9:
                # and the square's edges stop at its far corner (an arc they touch runs on)
                f = c + q * u + q * v
                beyond = [f + k * d for k in (3.0, 4.0, 5.0) for d in (u, v)]
                if sum(drawn_fraction(mask, [tuple(b), tuple(b)], reach=1.0) > 0 for b in beyond) <= 1:
                    return True
        q += 1.0
    return False


def _main_circle(level: np.ndarray) -> tuple[float, float, float] | None:
    """The figure's circle (x, y, r px): the strongest circle of a Hough transform (scikit-image, votes
    normalised by circumference, so a tangent line's few votes do not outweigh a circle's) on the ink
    (≥ 0.2) brought to 240 px across, radius 10 px to half the image; refitted (``_fit_circle``) to the
    full-size ink within 3 px + 3 % of it."""
    from scipy import ndimage as ndi
    from skimage.transform import hough_circle, hough_circle_peaks
    f = min(1.0, 240 / max(level.shape))
    small = ndi.zoom(level, f, order=1) >= 0.2
    radii = np.arange(10, max(11, int(0.5 * min(small.shape))))
    _, cxs, cys, rs = hough_circle_peaks(hough_circle(small, radii), radii, total_num_peaks=1)
    if not len(rs):
        return None
    cx, cy, r = cxs[0] / f, cys[0] / f, rs[0] / f
    yy, xx = np.nonzero(level >= 0.35)
    sel = np.abs(np.hypot(xx - cx, yy - cy) - r) <= 3 + 0.03 * r
    return _fit_circle(xx[sel] + 0.5, yy[sel] + 0.5) if sel.sum() >= 20 else None


def _chords(fg) -> list[tuple[str, float]]:
    """The stated chords of a circle figure: its sides (name, length) whose two ends are vertices on the
    stated circle (within 0.1 % of its radius); every side must be one, else [] (not a chord figure)."""
    if fg.circle is None or not fg.sides:
        return []
    cx, cy, R = fg.circle
    at = {nm: (x, y) for nm, x, y in fg.vertices}
    out = []
    for nm, L in fg.sides:
        ends = [at.get(ch) for ch in nm]
        if len(nm) != 2 or any(e is None or abs(math.hypot(e[0] - cx, e[1] - cy) - R) > 1e-3 * R for e in ends):
            return []
        out.append((nm, float(L)))
    return out


def _other_tangents(full: np.ndarray, scene: SceneGraph, fg, gs: list[dict[str, Any]], fs: str) -> Verdict:
    """A circle and the tangents to it from an external point P, drawn by another tool, read by shape with
    no layout, scale or orientation known. The circle is ``_main_circle`` (≥ 80 % of its circumference
    drawn); the straight lines are the Hough peaks of the ink off it (``nesy.see.lines.refit_line``); a line is a tangent
    when its distance from the centre is the radius within a stroke's reach (half the stroke + 2.5 px, plus
    2 % of the radius), and a line through the centre is a radius or OP.
    Checked: as many tangents as the text states, each drawn from its contact point to P, where they meet;
    OP over the radius as the text's (``OTHER_RATIO_TOL``); every length written beside a segment (OP, a
    drawn radius, a tangent PT) is that segment's stated length; a letter P is read at P. A secant misses
    the radius by its chord's sagitta, far more than the reach."""
    from scipy import ndimage as ndi
    from skimage.transform import hough_line, hough_line_peaks
    from ..see.lines import drawn_fraction, ink, refit_line
    checks: list[Check] = []
    level = ink(full)
    mask = level >= 0.35
    H, W = mask.shape
    c = _main_circle(level)
    if c is None:
        return Verdict((Check("circle", ("drawn",), "not read", "a circle", 0, False, fs),), rounds=1)
    cx, cy, r = c
    depth = ndi.distance_transform_edt(mask)
    yy, xx = np.mgrid[0:H, 0:W]
    ring = np.abs(np.hypot(xx + 0.5 - cx, yy + 0.5 - cy) - r) <= 1.0
    sw = 2.0 * float(np.median(depth[ring & mask])) if (ring & mask).any() else 2.0
    reach = sw / 2 + 2.5 + 0.02 * r
    t = np.linspace(0, 2 * np.pi, 360, endpoint=False)
    cov = drawn_fraction(mask, [(cx + r * math.cos(a), cy + r * math.sin(a)) for a in t] + [(cx + r, cy)],
                         reach=sw / 2 + 2.0, step=1.0)
    checks.append(Check("circle_drawn", ("arc ink",), round(cov, 3), 0.8, 0, cov >= 0.8, fs))
    on_circle = np.abs(np.hypot(xx + 0.5 - cx, yy + 0.5 - cy) - r) <= sw / 2 + 2.0
    off = mask & ~on_circle
    hs, ang, dist = hough_line(off, theta=np.deg2rad(np.arange(-90.0, 90.0, 0.25)))
    _, angles, dists = hough_line_peaks(hs, ang, dist, num_peaks=12, min_distance=9, min_angle=12,
                                        threshold=max(0.3 * hs.max(), 0.25 * r))
    ys, xs = np.nonzero(off)
    tangents, through, chords = [], [], []
    for th_, d in zip(angles, dists):
        cc, ss, d = refit_line(xs.astype(float), ys.astype(float), th_, d)
        dc = abs(cx * cc + cy * ss - d)
        if abs(dc - r) <= reach:
            tangents.append((cc, ss, d))
        elif dc <= reach:
            through.append((cc, ss, d))
        if dc < r - reach:
            # a chord: the line drawn across the circle from where it meets it to where it meets it again
            # (a radius or a dashed perpendicular stops inside; a diameter is a chord through the centre)
            foot = np.array([cx, cy]) - (cx * cc + cy * ss - d) * np.array([cc, ss])
            half = math.sqrt(r * r - dc * dc)
            E1, E2 = foot - half * np.array([-ss, cc]), foot + half * np.array([-ss, cc])
            if drawn_fraction(mask, [tuple(E1 + (E2 - E1) * 0.05), tuple(E2 - (E2 - E1) * 0.05)], reach=2.0) >= 0.85:
                chords.append((E1, E2))
    phrase = next((g["span"]["text"] for g in gs if g["role"] == "distance"), fs)
    stated = _chords(fg) if fg.vertices and not fg.contacts else []
    O = np.array([cx, cy])
    segs: list[tuple[str, np.ndarray, np.ndarray, float]] = []
    R0 = fg.circle[2]
    if stated:
        # chords: as many drawn across the circle as stated, each as long, over the radius, as the text's
        # (a chord of length L in a circle of radius R: the perpendicular from the centre bisects it, so
        # it lies sqrt(R² − L²/4) from the centre — Euclid, *Elements* III.3)
        chord_phrase = " ".join(g["span"]["text"] for g in gs if g.get("target") in {nm for nm, _ in stated}) or fs
        checks.append(Check("chord_count", ("lines",), len(chords), len(stated), 0, len(chords) == len(stated),
                            chord_phrase))
        if len(chords) != len(stated):
            return Verdict(tuple(checks), rounds=1)
        used = set()
        drawn_l = [float(np.linalg.norm(E2 - E1)) / r for E1, E2 in chords]   # each chord's length over r
        for nm, L in sorted(stated, key=lambda c: -c[1]):
            k = min((k for k in range(len(chords)) if k not in used), key=lambda k: abs(drawn_l[k] - L / R0))
            used.add(k)
            o = drawn_l[k]
            checks.append(Check("chord_ratio", (nm, "L/r"), round(o, 3), round(L / R0, 3), f"{OTHER_RATIO_TOL:.0%}",
                                abs(o - L / R0) <= OTHER_RATIO_TOL * L / R0, chord_phrase))
            segs.append((nm, chords[k][0], chords[k][1], L))
    want = len(fg.contacts)
    checks.append(Check("tangent_count", ("lines",), len(tangents), want, 0, len(tangents) == want, fs))
    if want and len(tangents) != want:
        return Verdict(tuple(checks), rounds=1)
    # the stated distance OP (units)
    px0 = float(np.hypot(fg.point[0] - fg.circle[0], fg.point[1] - fg.circle[1])) if fg.point else 0.0
    if want >= 2:
        (c1, s1, d1), (c2, s2, d2) = tangents[:2]
        det = c1 * s2 - s1 * c2
        if abs(det) < math.sin(math.radians(2)):
            checks.append(Check("tangent_meet", ("P",), "parallel", "one point", 0, False, phrase))
            return Verdict(tuple(checks), rounds=1)
        P = np.array([(d1 * s2 - s1 * d2) / det, (c1 * d2 - d1 * c2) / det])
        o = float(np.linalg.norm(P - O)) / r
        checks.append(Check("point_distance_ratio", ("OP/r",), round(o, 3), round(px0 / R0, 3),
                            f"{OTHER_RATIO_TOL:.0%}", abs(o - px0 / R0) <= OTHER_RATIO_TOL * px0 / R0, phrase))
        segs.append(("OP", O, P, px0))
        for k, (cc, ss, d) in enumerate(tangents[:2]):
            T = O - (cx * cc + cy * ss - d) * np.array([cc, ss])
            frac = drawn_fraction(mask, [tuple(T + (P - T) * 0.05), tuple(P - (P - T) * 0.05)], reach=2.0)
            checks.append(Check("tangent_drawn", (str(k),), round(frac, 3), 0.85, 0, frac >= 0.85, fs))
            segs.append(("PT", T, P, math.sqrt(max(px0 * px0 - R0 * R0, 0.0))))
    # a radius: a line through the centre drawn from it to the circle one way (not the line OP)
    for cc, ss, d in through:
        for sg in (1.0, -1.0):
            E = O + sg * r * np.array([-ss, cc])
            if any(nm == "OP" and _dist_line(E, a, b) <= reach for nm, a, b, _ in segs):
                continue
            if drawn_fraction(mask, [tuple(O + (E - O) * 0.1), tuple(E - (E - O) * 0.1)], reach=2.0) >= 0.85:
                segs.append(("radius", O, E, R0))
    if stated:
        # the centre's dot: a filled dot inside the circle (ink deeper than any stroke or letter's: depth ≥
        # the stroke's + 1.5 px, at least 3.5) is the centre's, and sits at the centre (within 0.12 r); one
        # drawn elsewhere inside marks the centre where it is not (chord ends lie on the circle, outside 0.9 r)
        deep = (depth >= max(sw / 2 + 1.5, 3.5)) & (np.hypot(xx + 0.5 - cx, yy + 0.5 - cy) < 0.9 * r)
        dl, nd = ndi.label(deep)
        if nd:
            # the deepest such blob is the dot (letters blurred together can pass the depth, never a dot's)
            peak = ndi.maximum(depth, dl, range(1, nd + 1))
            y, x = ndi.center_of_mass(deep, dl, int(np.argmax(peak)) + 1)
            far = round(math.hypot(x + 0.5 - cx, y + 0.5 - cy) / r, 2)
            checks.append(Check("centre_dot", ("O",), far, "within 0.12 r of the centre", 0, far <= 0.12, fs))
    # text: the ink off the circle and the lines (a dash lies wholly on its line, a letter does not)
    drawn = on_circle.copy()
    for cc, ss, d in tangents + through:
        drawn |= np.abs(xx * cc + yy * ss - d) <= sw / 2 + 2.0
    for E1, E2 in chords:
        drawn |= _seg_dist(xx + 0.0, yy + 0.0, E1, E2) <= sw / 2 + 2.0
    rest = (level >= 0.25) & ~drawn
    lab, _ = ndi.label((level >= 0.25), structure=np.ones((3, 3), bool))
    big = [k for k, sl in enumerate(ndi.find_objects(lab), start=1)
           if sl is not None and max(sl[0].stop - sl[0].start, sl[1].stop - sl[1].start) > 0.3 * r]
    rest &= ~np.isin(lab, big)
    centre = dict(scene.attributes).get("centre") if stated else None
    for box, text, _, lab_ in _words(full, rest, drawn, 2 * r):
        bx, by = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
        if centre == "O" and text.strip() in ("0", "o", "O"):
            lab_ = ("letter", 0.0)      # a lone round glyph where the centre is named O is its letter, no length
            text = "O"
        if lab_ is None:
            continue
        kind, v = lab_
        if kind == "letter" and centre and text.strip()[0] == centre:
            # the centre's letter is written at the centre (beside its dot), not elsewhere in the circle
            dO = math.hypot(bx - cx, by - cy) / r
            checks.append(Check("centre_label", (centre,), round(dO, 2), "within 0.3 r of the centre", 0, dO <= 0.3,
                                fs))
        elif kind == "letter" and text.strip()[0] == "P" and want >= 2:
            dP, dO = math.hypot(bx - P[0], by - P[1]), math.hypot(bx - cx, by - cy)
            checks.append(Check("point_label", ("P",), round(dP / r, 2), "nearer P than O", 0, dP < dO, phrase))
        elif kind in ("len", "num") and segs:
            k = int(np.argmin([float(_seg_dist(np.array([bx]), np.array([by]), a, b)[0]) for _, a, b, _ in segs]))
            nm, _, _, e = segs[k]
            tol = OTHER_VALUE_TOL[0] + OTHER_VALUE_TOL[1] * e
            checks.append(Check("length_label", (nm, text), v, round(e, 3), round(tol, 3), abs(v - e) <= tol,
                                " ".join(g["span"]["text"] for g in gs) or fs))
    return Verdict(tuple(checks), rounds=1)

