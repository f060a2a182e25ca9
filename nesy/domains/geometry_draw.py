"""The drawing of ``nesy.geometry.v1``: a solved ``Figure`` → a textbook ``Layout`` (pixels, y down).

Black line work on white, as a geometry textbook draws it: sides, small filled vertex dots with their
letters outside the figure, right-angle squares at right angles, an arc with its value at every stated
angle, tick marks on sides that are equal (one tick for the first group of equal sides, two for the
second …), given lengths written beside their sides, and circles, tangents, radii and the centre as the
text asks for them. No legend and no scale bar: the figure is drawn to scale (``box`` px for its longest
extent) and labelled where things are. Every element has an id the verifier and the benchmarks name.

Hands ``geometry.solve_geometry`` the ``Layout``; ``geometry_verify`` reads it back from the pixels.
"""
from __future__ import annotations

import math
from typing import Any

import numpy as np

from ..errors import UnsupportedError
from ..render.typography import is_variable
from ..resources import load_yaml
from ..types import Label, Layout, SceneGraph, Shape, _freeze

__all__ = ["draw_figure", "side_marks", "stated_angles", "length_labels", "text_box"]

LENGTH_ROLES = ("side", "leg", "base", "hypotenuse", "length", "width", "height", "chord")
# a height is a side of a rectangle only; of a triangle or a quadrilateral it is drawn (and labelled) apart
_SIDE_HEIGHT = ("square", "rectangle")


def _style() -> dict[str, Any]:
    return load_yaml("layout", "geometry.yaml")


def text_box(lb: Label):
    """The box (shapely) a label's text covers, from the style's average glyph advance (px)."""
    from shapely.geometry import box
    cw = float(load_yaml("layout", "style.yaml")["char_width"])
    w = len(lb.text) * lb.size * cw
    x0 = lb.x - (w if lb.anchor == "end" else w / 2 if lb.anchor == "middle" else 0)
    return box(x0, lb.y - lb.size * 0.8, x0 + w, lb.y + lb.size * 0.25)


def _edges(names: list[str]) -> list[tuple[str, str]]:
    n = len(names)
    return [(names[i], names[(i + 1) % n]) for i in range(n if n > 2 else 1)] if n >= 2 else []


def side_marks(fg) -> dict[str, int]:
    """Side ("AB") → number of equal-side ticks: sides of equal length (to 1e-6, relative) form groups;
    each group of two or more gets the next count (1, 2, 3 …) in the order its first side is drawn."""
    sides = list(fg.sides)
    if fg.kind not in ("triangle", "square", "rectangle", "polygon", "parallelogram", "rhombus", "trapezoid", "kite"):
        return {}
    groups: list[list[str]] = []
    for s, L in sides:
        for g in groups:
            if abs(dict(sides)[g[0]] - L) <= 1e-6 * max(1.0, L):
                g.append(s)
                break
        else:
            groups.append([s])
    out: dict[str, int] = {}
    k = 0
    for g in groups:
        if len(g) >= 2:
            k += 1
            for s in g:
                out[s] = k
    return out


def _tol(g: dict[str, Any], v: float) -> float:
    """How far a drawn measure may lie from a stated one it is matched to: its written precision
    ("9.90 cm" for 7√2; nesy/solve/precision.py), at least 10⁻⁶ relative."""
    from ..solve.precision import half_width
    return max(1e-6 * max(1.0, abs(v)), float(half_width(g.get("span"), str(g["value"]), own=g.get("own"))))


def stated_angles(scene: SceneGraph, fg, gs: list[dict[str, Any]]) -> dict[str, float]:
    """Vertex → degrees of every angle the text states (targeted or matched by value)."""
    names = [nm for nm, _, _ in fg.vertices]
    angles = dict(fg.angles)
    out: dict[str, float] = {}
    for g in gs:
        if g["role"] == "angle" and g["target"]:
            out[g["target"]] = float(g["value"])
        elif g["role"] in ("angle", "included_angle", "apex_angle", "base_angle", "interior_angle", "acute_angle",
                           "obtuse_angle"):
            v = float(g["value"])
            cands = [nm for nm in names if abs(angles.get(nm, -1) - v) <= _tol(g, v) and nm not in out]
            if g["role"] in ("included_angle", "apex_angle"):
                cands = [names[0]] if names else cands
            for c in cands[: 2 if g["role"] == "base_angle" else 1]:
                out[c] = v
    return out


def length_labels(fg, gs: list[dict[str, Any]]) -> dict[str, str]:
    """Side ("AB") → the length the text gives for it, as the text writes it ("5 cm"): a named side
    its own, an unnamed length the first unlabelled side of that length."""
    sides = dict(fg.sides)
    out: dict[str, str] = {}
    gs = [g for g in gs if g["role"] != "height" or fg.kind in _SIDE_HEIGHT]
    for g in gs:
        if g["role"] not in LENGTH_ROLES:
            continue
        t = g["target"]
        if t and (t in sides or t[::-1] in sides):
            out[t if t in sides else t[::-1]] = g["text"]
    for g in gs:
        if g["role"] not in LENGTH_ROLES or (g["target"] and (g["target"] in sides or g["target"][::-1] in sides)):
            continue
        v = float(g["value"])
        for s, L in fg.sides:
            if s not in out and abs(L - v) <= _tol(g, v):
                out[s] = g["text"]
                break
    return out


def draw_figure(scene: SceneGraph, fg, gs: list[dict[str, Any]], t0: float) -> Layout:
    """The figure ``fg`` (its own unit, y up) drawn to scale into a textbook layout."""
    import time
    from shapely.geometry import LineString, Point
    st = _style()
    ink = st["ink"]
    xs = [x for _, x, _ in fg.vertices]
    ys = [y for _, _, y in fg.vertices]
    for c in (fg.circle, fg.incircle, fg.circumcircle, *fg.extra_circles):
        if c:
            xs += [c[0] - c[2], c[0] + c[2]]
            ys += [c[1] - c[2], c[1] + c[2]]
    if fg.point:
        xs.append(fg.point[0])
        ys.append(fg.point[1])
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    ext = max(x1 - x0, y1 - y0, 1e-9)
    ppu = float(st["box"]) / ext
    pad = float(st["pad"])
    fig_w = int(math.ceil(2 * pad + (x1 - x0) * ppu))
    W = max(fig_w, int(st["min_width"]))        # a tall figure is centred on a page-wide canvas
    H = int(math.ceil(2 * pad + (y1 - y0) * ppu))
    left = pad + (W - fig_w) // 2

    def P(x: float, y: float) -> tuple[float, float]:
        return left + (x - x0) * ppu, pad + (y1 - y) * ppu

    def line(id_: str, p, q, width: float, cls: str) -> None:
        shapes.append(Shape(id_, "line", (float(p[0]), float(p[1]), float(q[0]), float(q[1])), stroke=ink,
                            stroke_width=width, z=1, cls=cls))
        obstacles.append(LineString([tuple(p), tuple(q)]).buffer(width / 2 + 2))

    def poly(id_: str, pts, width: float, cls: str) -> None:
        pts = tuple((float(x), float(y)) for x, y in pts)
        bx = (min(p[0] for p in pts), min(p[1] for p in pts), max(p[0] for p in pts), max(p[1] for p in pts))
        shapes.append(Shape(id_, "polyline", bx, stroke=ink, stroke_width=width, z=1, cls=cls, points=pts))
        obstacles.append(LineString(pts).buffer(width / 2 + 2))

    shapes: list[Shape] = []
    labels: list[Label] = []
    obstacles: list[Any] = []
    vp = {name: P(x, y) for name, x, y in fg.vertices}
    names = [name for name, _, _ in fg.vertices]
    n = len(names)
    edges = _edges(names)
    sw, aw, mw = float(st["side_width"]), float(st["aux_width"]), float(st["mark_width"])
    for a_, b_ in edges:
        line(f"side_{a_}{b_}", vp[a_], vp[b_], sw, "side")
    if fg.diagonal is not None:
        line(f"diagonal_{names[0]}{names[2]}", vp[names[0]], vp[names[2]], aw, "diagonal")
    if getattr(fg, "diagonal2", None) is not None:
        line(f"diagonal_{names[1]}{names[3]}", vp[names[1]], vp[names[3]], aw, "diagonal")
    alt_px = None
    if getattr(fg, "altitude", None):
        # a stated height: the perpendicular from its vertex to its foot (the base extended to the foot when
        # it falls outside), and the right angle at the foot
        X, foot, _, base = fg.altitude
        F = np.asarray(P(*foot))
        top = np.asarray(vp[X])
        line("altitude", top, F, aw, "aux")
        e0, e1 = np.asarray(vp[base[0]]), np.asarray(vp[base[1]])
        Lb = float(np.linalg.norm(e1 - e0)) or 1.0
        tb = float((F - e0) @ (e1 - e0)) / Lb ** 2
        if tb < -1e-6 or tb > 1 + 1e-6:
            line("base_extension", e0 if tb < 0 else e1, F, aw, "aux")
        u = (top - F) / (np.linalg.norm(top - F) or 1)
        w = (e1 - e0) / Lb
        if tb > 0.5:
            w = -w
        s_ = float(st["right_mark"])
        poly("right_altitude", [F + u * s_, F + (u + w) * s_, F + w * s_], mw, "mark")
        alt_px = (top, F)
    cw = float(st["circle_width"])
    for key, c in (("incircle", fg.incircle), ("circumcircle", fg.circumcircle), ("circle", fg.circle),
                   *((f"circle_{i}", c2) for i, c2 in enumerate(fg.extra_circles, start=2))):
        if c:
            cx, cy = P(c[0], c[1])
            r = c[2] * ppu
            shapes.append(Shape(key, "circle", (cx - r, cy - r, cx + r, cy + r), fill="none", stroke=ink,
                                stroke_width=cw, z=0, cls="circle" if key.startswith("circle") else key))
            obstacles.append(Point(cx, cy).buffer(r + cw / 2 + 2).difference(Point(cx, cy).buffer(max(r - cw / 2 - 2, 0))))
    dots: list[tuple[str, tuple[float, float]]] = [(f"vertex_{nm}", vp[nm]) for nm in names]
    if fg.circle:
        O = P(fg.circle[0], fg.circle[1])
        dots.append(("centre", O))
        if fg.point:
            Pp = P(*fg.point)
            dots.append(("point", Pp))
            for i, (tx, ty) in enumerate(fg.contacts, start=1):
                T = P(tx, ty)
                line(f"tangent_{i}", Pp, T, float(st["tangent_width"]), "tangent")
                line(f"radius_{i}", O, T, aw, "aux")
                dots.append((f"contact_{i}", T))
                # the radius meets the tangent at a right angle (III.18): its square at T
                u = np.subtract(O, T) / (np.linalg.norm(np.subtract(O, T)) or 1)
                w = np.subtract(Pp, T) / (np.linalg.norm(np.subtract(Pp, T)) or 1)
                s_ = float(st["right_mark"])
                T_ = np.asarray(T)
                poly(f"right_T{i}", [T_ + u * s_, T_ + (u + w) * s_, T_ + w * s_], mw, "mark")
            line("distance", O, Pp, aw, "aux")
        else:
            T = P(fg.circle[0] + fg.circle[2] * math.cos(math.radians(135)),
                  fg.circle[1] + fg.circle[2] * math.sin(math.radians(135)))
            if any(g["role"] == "diameter" for g in gs) and not any(g["role"] == "radius" for g in gs):
                # a stated diameter is drawn as one, through the centre, and its length labelled beside it
                # (a radius labelled "d = 8 cm" reads as a radius of 8 cm)
                T0 = P(fg.circle[0] - fg.circle[2] * math.cos(math.radians(135)),
                       fg.circle[1] - fg.circle[2] * math.sin(math.radians(135)))
                line("radius_1", T0, T, aw, "aux")
            else:
                line("radius_1", O, T, aw, "aux")
        # (the pipeline hands the science the text with its questions blanked, and the scene the whole text)
        from .geometry_chord import asked_distance
        if fg.chord_distance is not None and fg.chord_distance > 0 and (
                scene.attr("asked_distance") or asked_distance(scene.text)):
            # the asked distance: the perpendicular from the centre to the chord's midpoint M, its right angle
            M = np.mean([vp[nm] for nm in names], axis=0)
            line("chord_distance", O, M, aw, "aux")
            u = np.subtract(O, M) / (np.linalg.norm(np.subtract(O, M)) or 1)
            w = np.subtract(vp[names[1]], M) / (np.linalg.norm(np.subtract(vp[names[1]], M)) or 1)
            s_ = float(st["right_mark"])
            poly("right_chord", [M + u * s_, M + (u + w) * s_, M + w * s_], mw, "mark")
        for seg in scene.attr("radii") or []:
            # "the radii OA and OB": from the centre to a chord's end (geometry_chord)
            line(f"radius_{seg}", O, vp[seg[1]], aw, "aux")
    # equal sides: ticks across each side's middle — or, where an incircle touches the side there, a
    # third of the way along (the ticks would merge with the point of contact)
    ticks = side_marks(fg)
    tl, tg, tw = float(st["tick_length"]), float(st["tick_gap"]), float(st["tick_width"])
    tick_at: dict[str, float] = {}
    for a_, b_ in edges:
        k = ticks.get(a_ + b_, 0)
        if not k:
            continue
        p, q = np.asarray(vp[a_]), np.asarray(vp[b_])
        L = float(np.linalg.norm(q - p)) or 1.0
        u = (q - p) / L
        nrm = np.array([-u[1], u[0]])
        t = 0.5
        if fg.incircle:
            t0 = float((np.asarray(P(fg.incircle[0], fg.incircle[1])) - p) @ u) / L
            t = next((c for c in (0.5, 0.35, 0.65, 0.25, 0.75) if abs(c - t0) * L >= 16 + k * tg), 0.5)
        tick_at[a_ + b_] = t
        mid = p + (q - p) * t
        for j in range(k):
            c = mid + u * (j - (k - 1) / 2) * tg
            line(f"tick_{a_}{b_}_{j + 1}", c - nrm * tl / 2, c + nrm * tl / 2, tw, "mark")
    # angles: right angles get a square, stated ones an arc (their value is labelled below)
    angles = dict(fg.angles)
    stated = stated_angles(scene, fg, gs)
    ar = float(st["angle_arc_radius"])
    arcs: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    for i, nm in enumerate(names if n >= 3 else []):
        p = np.asarray(vp[nm])
        u = np.asarray(vp[names[i - 1]]) - p
        w = np.asarray(vp[names[(i + 1) % n]]) - p
        u, w = u / np.linalg.norm(u), w / np.linalg.norm(w)
        if abs(angles[nm] - 90) < 1e-6:
            s_ = float(st["right_mark"])
            poly(f"right_{nm}", [p + u * s_, p + (u + w) * s_, p + w * s_], mw, "mark")
            continue
        if nm not in stated:
            continue
        a0 = math.atan2(u[1], u[0])
        da = (math.atan2(w[1], w[0]) - a0 + math.pi) % (2 * math.pi) - math.pi
        poly(f"arc_{nm}", [(p[0] + ar * math.cos(a0 + da * t / 24), p[1] + ar * math.sin(a0 + da * t / 24))
                           for t in range(25)], mw, "mark")
        arcs[nm] = (u, w)
    rr = float(st["dot_radius"])
    for id_, (x, y) in dots:
        shapes.append(Shape(id_, "circle", (x - rr + 0.5, y - rr + 0.5, x + rr - 0.5, y + rr - 0.5), fill=ink,
                            stroke=ink, stroke_width=1, z=3, cls="vertex"))
        obstacles.append(Point(x, y).buffer(rr + 3))

    size, msize = float(st["label_size"]), float(st["measure_size"])
    placed: list[Any] = []
    cen = np.mean([vp[nm] for nm in names], axis=0) if names else np.array(P(fg.circle[0], fg.circle[1]))

    def place(text: str, anchor_pt, direction, base_off: float, sz: float) -> Label | None:
        d = np.asarray(direction, float)
        d = d / (np.linalg.norm(d) or 1.0)
        perp = np.array([-d[1], d[0]])
        offs = [base_off + k for k in (0, 4, 8, 14, 22, 32, 46, 64, 86, 112, 140)]
        cands = [(sg * off, sh) for sg in (1, -1) for off in offs for sh in (0, 8, -8, 16, -16, 28, -28)]
        cands.sort(key=lambda c: (c[0] < 0, abs(c[0]) - base_off + 1.5 * abs(c[1])))
        for off, sh in cands:
            x, y = np.asarray(anchor_pt) + d * off + perp * sh
            # the text's visual centre on the candidate point (cap height ≈ 0.72 em)
            # a point's letter is a variable, set in italic; a length or an angle's value stays upright; an
            # equation ("h = 4 cm", "r = 3 cm") has its symbol italic and its value upright (Label.math, ISO 80000-2)
            lb = Label(text, round(float(x), 2), round(float(y + sz * 0.36), 2), sz, "middle",
                       italic=is_variable(text), math="=" in text)
            bb = text_box(lb)
            if any(bb.intersects(o) for o in obstacles) or any(bb.intersects(o) for o in placed):
                continue
            if bb.bounds[0] < 2 or bb.bounds[2] > W - 2 or bb.bounds[1] < 2 or bb.bounds[3] > H - 2:
                continue
            placed.append(bb.buffer(2))
            return lb
        return None

    def add_label(text: str, anchor_pt, direction, base_off: float, sz: float, what: str) -> None:
        lb = place(text, anchor_pt, direction, base_off, sz)
        if lb is None:
            raise UnsupportedError(f"no room for the label '{text}' clear of the figure")
        labels.append(lb)
        roles.append(what)

    roles: list[str] = []
    # vertex letters, outside the figure: away from the centroid (a segment's: above its ends)
    for nm in names:
        p = np.asarray(vp[nm])
        d = p - cen if np.linalg.norm(p - cen) > 1 else np.array([0.0, -1.0])
        if fg.kind == "segment":
            d = np.array([d[0] / (abs(d[0]) or 1), 0.0])
        add_label(nm, p, d, rr + size * 0.55, size, f"vertex:{nm}")
    if fg.circle:
        O = np.asarray(P(fg.circle[0], fg.circle[1]))
        add_label(scene.attr("centre", "O"), O, (-1, 1), rr + size * 0.5, size, "centre")
        if fg.point:
            add_label(scene.attr("point", "P"), np.asarray(P(*fg.point)), (1, 0), rr + size * 0.5, size, "point")
            for nm, c in zip(scene.attr("contact_names") or [], fg.contacts):
                # a named point of contact: its letter outside the circle, away from the centre
                Tc = np.asarray(P(*c))
                add_label(nm, Tc, Tc - O, rr + size * 0.55, size, f"contact:{nm}")
    # given lengths beside their sides, on the outer side
    for s, text in length_labels(fg, gs).items():
        a_, b_ = s[0], s[1]
        p, q = np.asarray(vp[a_]), np.asarray(vp[b_])
        mid = (p + q) / 2
        nrm = np.array([-(q - p)[1], (q - p)[0]])
        if fg.kind == "segment":
            nrm = np.array([0.0, 1.0])
        elif nrm @ (mid - cen) < 0:
            nrm = -nrm
        add_label(text, mid, nrm, 12, msize, f"side:{s}")
    if alt_px is not None:
        top, F = alt_px
        v = top - F
        nrm = np.array([-v[1], v[0]])
        alt_text = next((g["text"] for g in gs if g["role"] == "height"), None)
        if alt_text is None:      # a height asked for without its length: its measured length
            alt_text = f"{fg.altitude[2]:.3g} {fg.unit}"
        add_label(f"h = {alt_text}", (top + F) / 2, nrm, 12, msize, "altitude")
    for nm, (u, w) in arcs.items():
        bis = u + w
        if np.linalg.norm(bis) < 1e-9:
            bis = np.array([-u[1], u[0]])
        add_label(f"{stated[nm]:g}°", np.asarray(vp[nm]), bis, ar + 14, msize, f"angle:{nm}")
    if fg.circle:
        O = np.asarray(P(fg.circle[0], fg.circle[1]))
        rtext = next((g["text"] for g in gs if g["role"] == "radius"), None)
        dtext = next((g["text"] for g in gs if g["role"] == "diameter"), None)
        rlabel = f"r = {rtext}" if rtext else f"d = {dtext}" if dtext else None
        if fg.point:
            T = np.asarray(P(*fg.contacts[0]))
            if rlabel:
                add_label(rlabel, (O + T) / 2, -np.array([-(T - O)[1], (T - O)[0]]), 12, msize, "radius")
            Pp = np.asarray(P(*fg.point))
            dt = next((g["text"] for g in gs if g["role"] == "distance"), None)
            if dt:
                add_label(dt, (O + Pp) / 2, (0, 1), 12, msize, "distance")
        elif rlabel:
            T = np.asarray(next(s for s in shapes if s.id == "radius_1").box[2:])
            # beside the radius; on its other side where a further circle crosses there (geometry_equations)
            lb = None
            # beside the radius's middle, across it (as a side's length is), then the diagonals
            v_ = T - O
            across = np.array([-v_[1], v_[0]]) / (np.linalg.norm(v_) or 1.0)
            for d_ in (across, -across, (1.0, 1.0), (-1.0, 1.0), (1.0, -1.0)):
                lb = place(rlabel, (O + T) / 2, np.array(d_), 12, msize)
                if lb is not None:
                    break
            if lb is None:
                raise UnsupportedError(f"no room for the label '{rlabel}' clear of the figure")
            labels.append(lb)
            roles.append("radius")
        if any(s.id == "chord_distance" for s in shapes):
            M = np.mean([vp[nm] for nm in names], axis=0)
            add_label(f"d = {fg.chord_distance:.3g} {fg.unit}", (O + M) / 2, np.array([-1.0, 0.0]), 12, msize,
                      "chord_distance")
    extras = {"px_per_unit": ppu, "unit": fg.unit, "vertices_px": {nm: list(vp[nm]) for nm in names},
              "dots": {id_: [float(x), float(y)] for id_, (x, y) in dots}, "label_roles": roles,
              "ticks": ticks, "tick_at": tick_at, "arcs": sorted(arcs)}
    stats = {"solve_s": round(time.perf_counter() - t0, 4), "z3_s": round(fg.solve_s, 4),
             "vertices": n, "labels": len(labels), "construction": fg.construction, "z3_logic": fg.z3_logic}
    return Layout("geometry", W, H, tuple(shapes), tuple(labels), (), tuple(sorted(stats.items())), _freeze(extras))
