"""The drawing of ``nesy.automata.v1``: states at their centres (``automata_layers``: columns by breadth-first
distance from the start state) → a black-and-white state diagram as Sipser or Hopcroft–Ullman draw one
(a ``Layout``, pixels, y down).

States are circles with their names inside, accepting states a double circle (a second, inner circle);
the start state gets an arrow from nowhere labelled "start", from the left; transitions are black arrows
with filled arrowheads and their symbols beside them — straight from one column to the next, two opposite
ones curved apart, a back edge or one that skips columns an arc around the states between (``edge_bends``);
self-loops sit above the state when that is free, else below (else on the freest side). The diagram reads
left to right (Sipser, *Introduction to the Theory of Computation*, 3rd ed., ch. 1; Hopcroft, Motwani &
Ullman, 3rd ed., §2.2.3). No colours and no legend.

The geometry of every element is given by the functions here from the state centres (and the scene's
columns) alone (an edge's path and bend, a loop on a compass side, the start arrow on a compass side, the
places an edge's label may take), so ``automata_verify`` predicts from the centres it *measures* where
each must be drawn.
"""
from __future__ import annotations

import math
from typing import Any

from ..resources import load_yaml
from ..types import Label, Shape

__all__ = ["COMPASS", "bend_choices", "draw_diagram", "edge_bends", "edge_path", "loop_path", "start_arrow", "head", "label_spots",
           "outer_radius", "state_radius"]

Pt = tuple[float, float]
# the sides a loop or the start arrow may take (screen coordinates: y down), by name
COMPASS: dict[str, Pt] = {"N": (0.0, -1.0), "S": (0.0, 1.0), "W": (-1.0, 0.0), "E": (1.0, 0.0),
                          "NW": (-math.sqrt(0.5), -math.sqrt(0.5)), "NE": (math.sqrt(0.5), -math.sqrt(0.5)),
                          "SW": (-math.sqrt(0.5), math.sqrt(0.5)), "SE": (math.sqrt(0.5), math.sqrt(0.5))}


def _style() -> dict[str, Any]:
    return load_yaml("layout", "automata.yaml")


def _unit(dx: float, dy: float) -> Pt:
    h = math.hypot(dx, dy) or 1.0
    return dx / h, dy / h


def state_radius(names: list[str]) -> float:
    """State circle radius (px): the style's, grown so the longest name fits inside the inner circle
    of an accepting state."""
    st = _style()
    cw = float(load_yaml("layout", "style.yaml")["char_width"])
    longest = max((len(q) for q in names), default=1)
    need = longest * float(st["name_size"]) * cw / 2 + 6 + float(st["accept_gap"])
    return float(max(float(st["node_radius"]), math.ceil(need)))


def outer_radius(r: float) -> float:
    """Where edges end: just outside the state circle's stroke (px)."""
    return r + float(_style()["state_width"]) / 2 + 1.0


def head(tip: Pt, d: Pt) -> list[Pt]:
    """The filled arrowhead with its point at ``tip``, pointing along unit ``d``."""
    st = _style()
    L, w = float(st["arrow_length"]), float(st["arrow_half_width"])
    bx, by = tip[0] - L * d[0], tip[1] - L * d[1]
    return [tip, (bx - w * d[1], by + w * d[0]), (bx + w * d[1], by - w * d[0])]


def edge_path(ca: Pt, cb: Pt, rb: float, bend: float | bool = 0.0) -> tuple[list[Pt], Pt]:
    """The path of an edge from the state at ``ca`` to the one at ``cb`` (circles of outer radius
    ``rb``), from circle to circle, and the arrow's direction at its end: straight when ``bend`` is 0,
    else a quadratic Bézier arc whose middle lies ``bend`` px to the left of the direction of travel as
    seen on the page (negative: to the right); ``True`` is the style's ``bulge``, the bend of each of two
    opposite edges between neighbours, which so curve apart."""
    if bend is True:
        bend = float(_style()["bulge"])
    u = _unit(cb[0] - ca[0], cb[1] - ca[1])
    if not bend:
        pts = [(ca[0] + rb * u[0], ca[1] + rb * u[1]), (cb[0] - rb * u[0], cb[1] - rb * u[1])]
        return pts, u
    # left of travel on the page (y down): a rightward edge bows up, a leftward one down
    nrm = (u[1], -u[0])
    h = float(bend)
    mid = ((ca[0] + cb[0]) / 2 + h * 2 * nrm[0], (ca[1] + cb[1]) / 2 + h * 2 * nrm[1])
    pts: list[Pt] = []
    for j in range(0, 201):
        t = j / 200
        p = ((1 - t) ** 2 * ca[0] + 2 * t * (1 - t) * mid[0] + t * t * cb[0],
             (1 - t) ** 2 * ca[1] + 2 * t * (1 - t) * mid[1] + t * t * cb[1])
        if math.hypot(p[0] - ca[0], p[1] - ca[1]) > rb and math.hypot(p[0] - cb[0], p[1] - cb[1]) > rb:
            pts.append(p)
    pts = [pts[0]] + pts[4:-4:4] + [pts[-1]]
    return pts, _unit(pts[-1][0] - pts[-2][0], pts[-1][1] - pts[-2][1])


def bend_choices() -> list[float]:
    """Every bend (px) an edge may take, in the order they are tried: ±1, ±2, … ``bulge``."""
    st = _style()
    step = float(st["bulge"])
    return [s * j * step for j in range(1, int(st["max_bends"]) + 1) for s in (1.0, -1.0)]


def edge_bends(C: dict[str, Pt], edges: list[tuple[str, str, list[str]]], cols: dict[str, int],
               rb: float) -> dict[int, float]:
    """The bend (px, ``edge_path``) of every edge between two states: straight from a column to the
    next (or within a column) when it clears every other state and its opposite is not drawn; two
    opposite edges between neighbours curve apart by ``bulge``; every other edge — a back edge, or a
    forward one over more than one column — takes, after the straight edges and the arcs of shorter span,
    the arc that keeps ``clearance`` px from every other state, runs along no edge already placed and is
    smallest, each crossing of an edge already placed counting as ``cross_cost`` bulges more, to the left of travel (a back edge below, a long forward
    edge above) when that is as good (Sipser ch. 1; HMU §2.2.3). Depends only on the
    centres ``C`` (as drawn or as measured), the columns and the edges."""
    from shapely.geometry import LineString, Point
    st = _style()
    clear = float(st["clearance"])
    cross_cost = int(st["cross_cost"])
    discs = {q: Point(*c).buffer(rb + clear) for q, c in C.items()}
    pairs = {(a, b) for a, b, _ in edges if a != b}
    out: dict[int, float] = {}
    placed: list[Any] = []

    def hits(a: str, b: str, pts: list[Pt]) -> int:
        ln = LineString(pts)
        return sum(ln.intersects(g) for q, g in discs.items() if q not in (a, b))

    def runs_along(pts: list[Pt]) -> int:
        g = LineString(pts).buffer(6.0)
        return sum(g.intersection(o).length > 24.0 for o in placed)

    def crosses(pts: list[Pt]) -> int:
        ln = LineString(pts)
        return sum(ln.intersects(o) for o in placed)

    # straight edges first, then the arcs, shortest span first, each around what is already placed
    arcs: list[int] = []
    for k, (a, b, _) in enumerate(edges):
        if a == b or a not in C or b not in C:
            continue
        span = cols.get(b, 0) - cols.get(a, 0)
        if span in (0, 1) and (b, a) not in pairs:
            pts, _ = edge_path(C[a], C[b], rb, 0.0)
            if hits(a, b, pts) == 0:
                out[k] = 0.0
                placed.append(LineString(pts))
                continue
        arcs.append(k)
    arcs.sort(key=lambda k: (abs(cols.get(edges[k][1], 0) - cols.get(edges[k][0], 0)), k))
    for k in arcs:
        a, b, _ = edges[k]
        best = None
        for i, h in enumerate(bend_choices()):
            pts, _ = edge_path(C[a], C[b], rb, h)
            # a crossing is worth ``cross_cost`` bulges of a wider arc; ties: the smaller arc, left of travel
            cost = (hits(a, b, pts), runs_along(pts), crosses(pts) * cross_cost + i // 2, i)
            if best is None or cost < best[0]:
                best = (cost, h, pts)
        out[k] = best[1]
        placed.append(LineString(best[2]))
    return out


def loop_path(c: Pt, rb: float, side: str) -> tuple[list[Pt], Pt]:
    """A self-loop on the ``side`` (a ``COMPASS`` key) of the state at ``c``: a circle of ``loop_radius``
    that leaves the state and comes back clockwise, arrow aimed at the state's centre."""
    st = _style()
    lr = float(st["loop_radius"])
    u = COMPASS[side]
    m = (c[0] + (rb + lr * 0.6) * u[0], c[1] + (rb + lr * 0.6) * u[1])
    back = math.atan2(c[1] - m[1], c[0] - m[0])
    pts = []
    for j in range(0, 73):
        ang = back + 2 * math.pi * j / 72
        p = (m[0] + lr * math.cos(ang), m[1] + lr * math.sin(ang))
        if math.hypot(p[0] - c[0], p[1] - c[1]) > rb:
            pts.append(p)
    d = _unit(c[0] - pts[-3][0], c[1] - pts[-3][1])
    tip = (c[0] - rb * d[0], c[1] - rb * d[1])
    return pts[:-1] + [tip], d


def start_arrow(c: Pt, rb: float, side: str) -> tuple[list[Pt], Pt, Label]:
    """The start arrow coming from the ``side`` of the state at ``c``: its shaft (tail → circle), its
    direction, and the word "start" beyond its tail."""
    st = _style()
    u = COMPASS[side]
    L = float(st["start_length"]) + float(st["arrow_length"])
    tip = (c[0] + rb * u[0], c[1] + rb * u[1])
    tail = (c[0] + (rb + L) * u[0], c[1] + (rb + L) * u[1])
    size = float(st["label_size"])
    w = len(st["start_word"]) * size * float(load_yaml("layout", "style.yaml")["char_width"])
    # the word's centre beyond the tail: half its width (or height) plus a gap, along the side
    reach = 6 + abs(u[0]) * w / 2 + abs(u[1]) * size * 0.45
    cx, cy = tail[0] + reach * u[0], tail[1] + reach * u[1]
    lb = Label(st["start_word"], float(round(cx)), float(round(cy + size * 0.35)), size, "middle", "#000000", math=True)
    return [tail, tip], (-u[0], -u[1]), lb


def label_spots(pts: list[Pt], text: str) -> list[Pt]:
    """The places the label ``text`` of an edge may take (centre of its text), in order of preference:
    beside the path's middle, then further along, on either side — first outside an arc (a loop's label
    beyond the loop), beside a straight edge to the left of travel (above a left-to-right edge, as the
    textbooks write it) — a little further out each time, far enough out that its box clears the path
    whichever way the path runs."""
    from shapely.geometry import LineString
    size = float(_style()["label_size"])
    w = len(text) * size * float(load_yaml("layout", "style.yaml")["char_width"])
    h = size * 0.8
    path = LineString(pts)
    cm = ((pts[0][0] + pts[-1][0]) / 2, (pts[0][1] + pts[-1][1]) / 2)
    out = []
    for frac in (0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78):
        p = path.interpolate(frac, normalized=True)
        q0 = path.interpolate(max(0.0, frac - 0.03), normalized=True)
        q1 = path.interpolate(min(1.0, frac + 0.03), normalized=True)
        tu = _unit(q1.x - q0.x, q1.y - q0.y)
        nrm = (-tu[1], tu[0])
        ext = abs(nrm[0]) * w / 2 + abs(nrm[1]) * h / 2
        o = (p.x - cm[0], p.y - cm[1])
        first = -1 if math.hypot(*o) < 3 else (1 if o[0] * nrm[0] + o[1] * nrm[1] > 0 else -1)
        for side in (first, -first):
            for off in (6.0, 12.0, 20.0):
                out.append((p.x + side * (off + ext) * nrm[0], p.y + side * (off + ext) * nrm[1]))
    return out


def edge_label(text: str, spot: Pt) -> Label:
    """The label of an edge centred on ``spot``, at whole pixels (so its text is drawn at one phase)."""
    size = float(_style()["label_size"])
    return Label(text, float(round(spot[0])), float(round(spot[1] + size * 0.35)), size, "middle", "#000000", math=True)


def _text_box(lb: Label):
    from shapely.geometry import box
    cw = float(load_yaml("layout", "style.yaml")["char_width"])
    w = len(lb.text) * lb.size * cw
    x0 = lb.x - (w if lb.anchor == "end" else w / 2 if lb.anchor == "middle" else 0)
    return box(x0, lb.y - lb.size * 0.8, x0 + w, lb.y + lb.size * 0.25)


def draw_diagram(states: list[str], C: dict[str, Pt], edges: list[tuple[str, str, list[str]]], acc: set[str],
                 start: set[str], ring_centre: Pt, cols: dict[str, int]) -> tuple[list[Shape], list[Label], dict[str, Any], int]:
    """Shapes, labels, extras (where loops and start arrows went, each edge's bend) and the number of
    labels that could not be placed clear of everything, for states at centres ``C`` in columns ``cols``
    (``automata_layers.columns``); ``ring_centre`` is the middle of the diagram."""
    from shapely.geometry import LineString, Point
    st = _style()
    ink = "#000000"
    r = state_radius(states)
    rb = outer_radius(r)
    ew = float(st["edge_width"])
    prims: list[Shape] = []
    paths: dict[int, Any] = {}
    label_of: dict[int, str] = {}
    discs = {q: Point(*C[q]).buffer(rb + 3) for q in states}

    def outward(q: str) -> Pt:
        c = C[q]
        if math.hypot(c[0] - ring_centre[0], c[1] - ring_centre[1]) < 1e-6:
            return (0.0, -1.0)
        return _unit(c[0] - ring_centre[0], c[1] - ring_centre[1])

    def sides_for(q: str, first: str) -> list[str]:
        o = outward(q)
        rest = sorted((k for k in COMPASS if k != first),
                      key=lambda k: (-(COMPASS[k][0] * o[0] + COMPASS[k][1] * o[1]), k))
        return [first] + rest

    def add_edge(k: int, a: str, b: str, pts: list[Pt], d: Pt) -> None:
        hd = head(pts[-1], d)
        shaft = pts[:-1] + [((hd[1][0] + hd[2][0]) / 2 + d[0], (hd[1][1] + hd[2][1]) / 2 + d[1])]
        xs, ys = [p[0] for p in shaft], [p[1] for p in shaft]
        prims.append(Shape(f"edge{k}:{a}->{b}", "polyline", (min(xs), min(ys), max(xs), max(ys)), stroke=ink,
                           stroke_width=ew, z=1, cls="edge", points=tuple(shaft)))
        hx, hy = [p[0] for p in hd], [p[1] for p in hd]
        prims.append(Shape(f"_head{k}", "polygon", (min(hx), min(hy), max(hx), max(hy)), fill=ink, stroke=ink,
                           stroke_width=1, z=1, cls="edge", points=tuple(hd)))
        paths[k] = LineString(pts)

    bends = edge_bends(C, edges, cols, rb)
    for k, (a, b, syms) in enumerate(edges):
        if a == b:
            continue
        pts, d = edge_path(C[a], C[b], rb, bends[k])
        add_edge(k, a, b, pts, d)
        if syms:
            label_of[k] = ", ".join(syms)
    # loops: above the state when that side is free of every other edge and state, else the freest side
    loop_side: dict[str, str] = {}
    for k, (a, b, syms) in enumerate(edges):
        if a != b:
            continue
        best = None
        # above, else below (as textbooks draw them), else the side nearest the outside of the ring;
        # a start state's left is kept for its start arrow
        order = ["N", "S"] + [k for k in sides_for(a, "N") if k not in ("N", "S")]
        if a in start:
            order = [k for k in order if k != "W"] + ["W"]
        for side in order:
            pts, d = loop_path(C[a], rb, side)
            g = LineString(pts).buffer(ew + 4)
            bad = sum(g.intersects(p) for p in paths.values()) + sum(g.intersects(discs[q]) for q in states if q != a)
            if best is None or bad < best[0]:
                best = (bad, side, pts, d)
            if bad == 0:
                break
        _, side, pts, d = best
        loop_side[a] = side
        add_edge(k, a, b, pts, d)
        if syms:
            label_of[k] = ", ".join(syms)
    # start arrows: from the left (the textbooks' side) when free, else the freest side
    start_side: dict[str, str] = {}
    marks = []
    for q in states:
        if q not in start:
            continue
        best = None
        for side in sides_for(q, "W"):
            shaft, d, lb = start_arrow(C[q], rb, side)
            g = LineString(shaft).buffer(ew + 6).union(_text_box(lb).buffer(3))
            bad = sum(g.intersects(p) for p in paths.values()) + sum(g.intersects(discs[s]) for s in states if s != q)
            if best is None or bad < best[0]:
                best = (bad, side, shaft, d, lb)
            if bad == 0:
                break
        _, side, shaft, d, lb = best
        start_side[q] = side
        hd = head(shaft[-1], d)
        end = ((hd[1][0] + hd[2][0]) / 2 + d[0], (hd[1][1] + hd[2][1]) / 2 + d[1])
        prims.append(Shape(f"_start_{q}", "line", (*shaft[0], *end), stroke=ink, stroke_width=ew, z=2, cls="marker"))
        hx, hy = [p[0] for p in hd], [p[1] for p in hd]
        prims.append(Shape(f"_starthead_{q}", "polygon", (min(hx), min(hy), max(hx), max(hy)), fill=ink, stroke=ink,
                           stroke_width=1, z=2, cls="marker", points=tuple(hd)))
        marks.append(LineString(shaft).buffer(ew + 3))
        marks.append(_text_box(lb).buffer(2))
    sw = float(st["state_width"])
    for q in states:
        x, y = C[q]
        prims.append(Shape(q, "circle", (x - r, y - r, x + r, y + r), fill="#ffffff", stroke=ink, stroke_width=sw,
                           z=3, cls="state"))
        if q in acc:
            g = r - float(st["accept_gap"])
            prims.append(Shape(f"_accept_{q}", "circle", (x - g, y - g, x + g, y + g), fill="none", stroke=ink,
                               stroke_width=float(st["accept_width"]), z=4, cls="marker"))
    # edge labels: the first spot whose box touches nothing else
    labels: list[Label] = []
    boxes: list[Any] = []
    collisions = 0
    for k in sorted(label_of):
        txt = label_of[k]
        path = paths[k]
        others = [paths[j].buffer(ew + 2) for j in paths if j != k]
        # a label right beside another edge reads as that edge's: kept ``label_gap`` px off them when it can be
        near = [paths[j].buffer(ew + float(st["label_gap"])) for j in paths if j != k]
        best, best_bad = None, None
        for spot in label_spots(list(path.coords), txt):
            lb = edge_label(txt, spot)
            bx = _text_box(lb).buffer(1.5)
            bad = (sum(bx.intersects(o) for o in others) + sum(bx.intersects(o) for o in discs.values()) +
                   sum(bx.intersects(o) for o in marks) + sum(bx.intersects(o) for o in boxes) +
                   (1 if bx.intersects(path.buffer(ew)) else 0), sum(bx.intersects(o) for o in near))
            if best_bad is None or bad < best_bad:
                best, best_bad = (lb, bx), bad
            if bad == (0, 0):
                break
        collisions += 1 if best_bad[0] else 0
        labels.append(best[0])
        boxes.append(best[1])
    size = float(st["name_size"])
    # a state's name as HMU sets it: q₀ (italic letter, upright numeral index as a subscript; Label.math)
    names = [Label(q, float(round(C[q][0])), float(round(C[q][1] + size * 0.35)), size, "middle", "#000000",
                   math=True) for q in states]
    starts = [start_arrow(C[q], rb, start_side[q])[2] for q in states if q in start_side]
    extras = {"loop_sides": loop_side, "start_sides": start_side, "radius": r,
              "bends": {f"{edges[k][0]}->{edges[k][1]}": h for k, h in sorted(bends.items())}}
    return prims, labels + names + starts, extras, collisions
