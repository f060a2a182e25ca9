"""Organelles scattered through the cytoplasm, as textbooks draw a cell (issue 12).

The region solver (``nesy.solve.regions``) lays the children of a container out in rows (shelves): right
for sets, but a cell drawn so shows its mitochondria as a chart, 5 × 2, and its ribosomes queued after the
lysosomes. Alberts et al., *Molecular Biology of the Cell* 6th ed., Fig. 1-30 / 12-1, and Campbell
*Biology* 11th ed., Fig. 6.8 scatter each kind through the cytoplasm, the mitochondria at every angle.

``scatter`` takes the solved layout (every size, the cell, its nucleus and whatever the text places) and
re-places the small organelles nothing pins down — those in ``layout/cell.yaml`` ``scatter.kinds`` that lie
straight in a cell, hold nothing and are said nothing of but where they lie, apart from what, or next to
which placed organelle ('mitochondria near the nucleus') — by seeded blue-noise sampling (Mitchell's
best candidate, all kinds in one pool so no kind forms a row) in the free cytoplasm, each elongated one
(``scatter.turn``) turned by a seeded angle. The chosen positions are then checked by Z3 as the same kind of
tagged linear rows the solver uses (``LinSystem``), with each organelle's centre pinned: inside its cell
(half-planes of a polygon inscribed in the cell's outline, shrunk by the law's margin), clear of the placed
organelles and of each other by the solver's gap (along the separating axis of each pair: the line
between their nearest points, exact for convex outlines), within ``adjacent_max`` of what it is said to be
near. A cell whose organelles cannot all be placed, or whose rows Z3 refuses, keeps the solver's
arrangement. The same text and seed give the same figure.
"""
from __future__ import annotations

import math
import random
from dataclasses import replace
from typing import Any

from ..solve.linear import LinSystem
from ..solve.regions import RegionSolution
from ..types import SceneGraph

__all__ = ["scatter", "turned_outline", "turn_shape"]


def turned_outline(box, angle: float, n: int = 48) -> tuple[tuple[float, float], ...]:
    """Vertices of the ellipse inscribed in ``box`` (its unturned box, px) turned by ``angle`` (radians)
    about its centre."""
    x0, y0, x1, y1 = box
    cx, cy, a, b = (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2, (y1 - y0) / 2
    c, s = math.cos(angle), math.sin(angle)
    out = []
    for k in range(n):
        t = 2 * math.pi * k / n
        u, v = a * math.cos(t), b * math.sin(t)
        out.append((round(cx + u * c - v * s, 3), round(cy + u * s + v * c, 3)))
    return tuple(out)


def turn_shape(sh, centre: tuple[float, float], angle: float):
    """A detail shape (line / polyline / polygon / small ellipse) turned by ``angle`` about ``centre``."""
    cx, cy = centre
    c, s = math.cos(angle), math.sin(angle)

    def rot(p):
        u, v = p[0] - cx, p[1] - cy
        return (round(cx + u * c - v * s, 3), round(cy + u * s + v * c, 3))
    if sh.kind == "line":
        (ax, ay), (bx, by) = rot(sh.box[:2]), rot(sh.box[2:])
        return replace(sh, box=(ax, ay, bx, by))
    if sh.kind in ("polyline", "polygon"):
        pts = tuple(rot(p) for p in sh.points)
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        return replace(sh, points=pts, box=(min(xs), min(ys), max(xs), max(ys)))
    x0, y0, x1, y1 = sh.box
    mx, my = rot(((x0 + x1) / 2, (y0 + y1) / 2))
    if sh.kind in ("ellipse", "circle") and abs((x1 - x0) - (y1 - y0)) < 1e-6:
        return replace(sh, box=(mx - (x1 - x0) / 2, my - (y1 - y0) / 2, mx + (x1 - x0) / 2, my + (y1 - y0) / 2))
    pts = turned_outline(sh.box, angle) if sh.kind == "ellipse" else tuple(
        rot(p) for p in ((x0, y0), (x1, y0), (x1, y1), (x0, y1)))
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return replace(sh, kind="polygon", points=pts, box=(min(xs), min(ys), max(xs), max(ys)))


def _outline(form: str, box, radius: float = 0.0, quad: int = 16):
    from shapely.geometry import Point, box as sbox
    from shapely import affinity
    x0, y0, x1, y1 = box
    if form == "rect":
        return sbox(x0, y0, x1, y1)
    if form == "rounded":
        r = min(radius, (x1 - x0) / 2, (y1 - y0) / 2)
        return sbox(x0 + r, y0 + r, x1 - r, y1 - r).buffer(r, quad_segs=8)
    c = Point((x0 + x1) / 2, (y0 + y1) / 2).buffer(1.0, quad_segs=quad)   # a (4·quad)-gon inscribed in the ellipse
    return affinity.scale(c, (x1 - x0) / 2, (y1 - y0) / 2)


def _halfplanes(poly) -> list[tuple[float, float, float]]:
    """(nx, ny, b) of a convex polygon's edges, outward normals: inside ⇔ nx·x + ny·y ≤ b for all."""
    from shapely.geometry.polygon import orient
    pts = list(orient(poly, 1.0).exterior.coords)[:-1]   # counter-clockwise (y down: clockwise on screen)
    out = []
    for (ax, ay), (bx, by) in zip(pts, pts[1:] + pts[:1]):
        ex, ey = bx - ax, by - ay
        L = math.hypot(ex, ey)
        if L < 1e-9:
            continue
        nx, ny = ey / L, -ex / L
        out.append((nx, ny, nx * ax + ny * ay))
    return out


def _supports(pts, planes) -> list[float]:
    """max over ``pts`` of n·p for the normal n of every plane."""
    import numpy as np
    return [float(v) for v in (np.array(pts, float) @ np.array([(nx, ny) for nx, ny, _ in planes], float).T).max(axis=0)]


def _support(pts, dx: float, dy: float) -> float:
    return max(px * dx + py * dy for px, py in pts)


def scatter(scene: SceneGraph, sol: RegionSolution, style: dict[str, Any], margins: dict[str, float],
            shape_of: dict[str, str], seed: int = 0, attempt: int = 0,
            timeout_s: float = 5.0) -> tuple[RegionSolution, dict[str, float], dict[str, Any]]:
    """The solution with the free small organelles of every cell re-placed through its cytoplasm, the
    angle (radians) of each turned one, and stats (``scattered``: organelles moved; ``scatter_kept``:
    cells left as solved). ``scene``: the scene as solved (with the relations the solve added: a stated
    place binds, a look without a phrase does not). ``shape_of``: entity id → its drawn outline
    (ellipse | rect | rounded)."""
    import time
    cfg = style.get("scatter") or {}
    if not cfg.get("on", True):
        return sol, {}, {}
    t0 = time.perf_counter()
    movable_kinds = set(cfg.get("kinds", []))
    kinds = {e.id: e.kind for e in scene.entities}
    ents = {e.id: e for e in scene.entities}
    parent = sol.parent
    has_kids = {p for p in parent.values() if p is not None}
    m_in = float(margins.get("inside", 6))
    gap = float(margins.get("gap", 8))
    amax = float(margins.get("adjacent_max", 14))
    st_kinds = style["kinds"]
    boxes = dict(sol.boxes)
    angles: dict[str, float] = {}
    moved = kept = 0
    for cell in sorted((e.id for e in scene.entities if e.kind == "cell" and e.id in boxes), key=str):
        kids = sorted((i for i, p in parent.items() if p == cell and i in boxes), key=str)
        near: dict[str, set[str]] = {}
        fixed_by_text: set[str] = set()
        for r in scene.relations:
            if r.span is None and r.kind in ("adjacent", "central"):
                continue   # a look of the solve (cell_fill.central_view's ring), not a phrase
            for a, b in ((r.source, r.target), (r.target, r.source)):
                if a not in kids:
                    continue
                if r.kind in ("inside", "element_of") and b == cell and a == r.source:
                    continue
                if r.kind == "outside":
                    continue   # kept clear of everything by the gap
                if r.kind == "adjacent" and b in kids and b != a:
                    near.setdefault(a, set()).add(b)
                    continue
                fixed_by_text.add(a)
        free = [i for i in kids if kinds[i] in movable_kinds and i not in has_kids and i not in fixed_by_text
                and not any(ents[i].attr(a) for a in ("centre", "eccentric", "fills", "size"))]
        # said near another free organelle: both stay where the solver put them
        free = [i for i in free if not (near.get(i, set()) & set(free))]
        if not free:
            continue
        # first every free organelle; failing that, those said to be near something stay where the solver
        # put them (its arrangement keeps them near) and the rest are scattered; failing that, the cell as
        # solved
        done = None
        for trial in (free, [i for i in free if i not in near]):
            for k in range(int(cfg.get("tries", 3))):   # a few seeded streams before giving up
                if trial and done is None:
                    done = _scatter_cell(cell, kids, trial, near, boxes, ents, kinds, shape_of, st_kinds, style,
                                         cfg, m_in, gap, amax, seed, attempt, timeout_s, k,
                                         scene=scene, parent=parent, margins=margins)
        if done is None:
            kept += 1
            continue
        for i, (box, ang) in done.items():
            boxes[i] = box
            if ang:
                angles[i] = ang
        moved += len(done)
    stats = {"scattered": moved, "scatter_kept": kept, "scatter_s": round(time.perf_counter() - t0, 4)}
    return replace(sol, boxes=boxes), angles, stats


def _scatter_cell(cell, kids, free, near, boxes, ents, kinds, shape_of, st_kinds, style, cfg, m_in, gap, amax,
                  seed, attempt, timeout_s, stream: int = 0, scene: SceneGraph | None = None,
                  parent: dict[str, str | None] | None = None,
                  margins: dict[str, float] | None = None) -> dict[str, tuple[tuple, float]] | None:
    """id → (new box, angle) of the organelles ``free`` of one cell scattered through its cytoplasm around the
    others (as solved), checked by Z3; None when they cannot all be placed or Z3 refuses."""
    from shapely.geometry import Polygon
    fset = set(free)
    anchored = [i for i in kids if i not in fset]
    cb = boxes[cell]
    if ents[cell].attr("cell_wall"):
        t = float(st_kinds["cell_wall"].get("thickness", 6))
        cb = (cb[0] + t, cb[1] + t, cb[2] - t, cb[3] - t)
    form = shape_of.get(cell, "ellipse")
    sw_cell = float(st_kinds["cell"].get("stroke_width", 2))
    # a 32-gon inscribed in the cell's outline, shrunk by the law's margin: inside it is inside the cell
    region = _outline(form, cb, quad=8).buffer(-(m_in + sw_cell / 2), join_style=2)
    if region.is_empty or region.geom_type != "Polygon":
        return None
    planes = _halfplanes(region)
    obstacles = []   # (id, convex polygon, its outline's half stroke, its discs)
    for i in anchored:
        k = st_kinds[kinds[i]]
        hull = _outline(shape_of.get(i, k.get("shape", "ellipse")), boxes[i]).convex_hull
        obstacles.append((i, hull, float(k.get("stroke_width", 1)) / 2, _disc(hull)))
    # an ER drawn as a network round its nucleus (cell_er) has its network's room kept instead of its box
    # and the corridor of its join
    nets = _er_networks(scene, parent, cell, cb, form, anchored, boxes, kinds, shape_of, st_kinds, style, margins) \
        if scene is not None and parent is not None and margins is not None else {}
    obstacles = [o for o in obstacles if o[0] not in nets]
    for i, pieces in nets.items():
        obstacles += [(f"{i}_net{j}", g, 0.0, _disc(g)) for j, g in enumerate(pieces)]
    obstacles += _er_corridors(ents, kinds, [i for i in anchored if i not in nets], boxes, style)
    rng = random.Random(f"nesy.cell.scatter:{seed}:{attempt}:{cell}:{len(free)}:{stream}")
    # those said to be near something first (they have the least room), then the largest
    order = sorted(free, key=lambda i: (i not in near, -(boxes[i][2] - boxes[i][0]) * (boxes[i][3] - boxes[i][1]),
                                        _natkey(i)))
    turn_kinds = set(cfg.get("turn", []))
    # id → (cx, cy, polygon, its vertices about its centre, half stroke, its discs)
    placed: dict[str, tuple[float, float, Any, tuple, float, tuple]] = {}
    angles: dict[str, float] = {}
    for i in order:
        w, h = boxes[i][2] - boxes[i][0], boxes[i][3] - boxes[i][1]
        ang = rng.uniform(-math.pi / 2, math.pi / 2) if kinds[i] in turn_kinds else 0.0
        rel = turned_outline((-w / 2, -h / 2, w / 2, h / 2), ang, 48) if ang else \
            tuple(_outline(shape_of.get(i, st_kinds[kinds[i]].get("shape", "ellipse")),
                           (-w / 2, -h / 2, w / 2, h / 2)).exterior.coords)[:-1]
        hs = float(st_kinds[kinds[i]].get("stroke_width", 1)) / 2
        nb = [boxes[j] for j in sorted(near.get(i, ()))]
        spot = _best_spot(rng, rel, hs, region, planes, obstacles, placed, gap, nb, amax,
                          int(cfg.get("candidates", 16)), 3000 if nb else 600)
        if spot is None:
            return None
        cx, cy = spot
        poly = Polygon([(cx + u, cy + v) for u, v in rel])
        placed[i] = (cx, cy, poly, rel, hs, _disc(poly))
        angles[i] = ang
    if not _z3_check(placed, planes, obstacles, gap, {i: [boxes[j] for j in sorted(near.get(i, ()))]
                                                     for i in placed}, amax, timeout_s):
        return None
    out = {}
    for i, (cx, cy, *_) in placed.items():
        w, h = boxes[i][2] - boxes[i][0], boxes[i][3] - boxes[i][1]
        out[i] = ((cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2), angles[i])
    return out


def _natkey(s: str) -> tuple:
    import re
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", s))


def _er_corridors(ents, kinds, anchored, boxes, style) -> list:
    """The stretch between each ER and its nucleus, kept free: the ER's join to the nuclear envelope
    (``cell_draw.er_joins``) is drawn there after the organelles are placed."""
    from shapely.geometry import LineString, box as sbox
    from shapely.ops import nearest_points
    d = style.get("detail", {})
    out = []
    nucs = [i for i in anchored if kinds[i] == "nucleus"]
    for i in anchored:
        if kinds[i] != "er" or not nucs:
            continue
        g = sbox(*boxes[i])
        n = min(nucs, key=lambda j: g.distance(_outline("ellipse", boxes[j])))
        p, q = nearest_points(g, _outline("ellipse", boxes[n]))
        if p.distance(q) < 0.5:
            continue
        wide = (boxes[i][3] - boxes[i][1]) / 2 + float(d.get("er_join_clearance", 3)) + 4
        corridor = LineString([p, q]).buffer(wide, cap_style=2)
        out.append((f"{i}_join", corridor, 0.0, _disc(corridor)))
    return out


def _er_networks(scene, parent, cell, cb, form, anchored, boxes, kinds, shape_of, st_kinds, style,
                 margins) -> dict[str, list]:
    """ER id → the convex pieces of the network it is drawn as (``cell_er.plan_network`` on the organelles
    as solved, each grown by 0.5 px so the drawing, which sees them all, finds the same plan free), for
    each ER of this cell that is drawn so."""
    from ..resources import load_yaml
    from .cell_er import eligible_er, plan_network, reserve_pieces
    out: dict[str, list] = {}
    ers = sorted((i for i in anchored if kinds[i] == "er"), key=_natkey)
    nucs = [i for i in anchored if kinds[i] == "nucleus"]
    if not ers or not nucs or "er_network" not in style.get("detail", {}):
        return out
    ratio = tuple(float(v) for v in load_yaml("solvers", "cell.yaml")["sizes"]["er"]["ratio"])
    extra: list = []
    for i in ers:
        if not eligible_er(scene, i, parent):
            continue

        def centre(b):
            return ((b[0] + b[2]) / 2, (b[1] + b[3]) / 2)
        n = min(nucs, key=lambda j: (math.dist(centre(boxes[j]), centre(boxes[i])), _natkey(j)))
        obst = [_outline(shape_of.get(j, st_kinds[kinds[j]].get("shape", "ellipse")), boxes[j]).buffer(0.5)
                for j in anchored if j not in (i, n)] + extra
        got = plan_network(boxes[n], cb, form, obst, style, margins, ratio)
        if got is None:
            continue
        out[i] = reserve_pieces(got[0], style)
        extra.append(got[1])
    return out


def _disc(g) -> tuple[float, float, float, float]:
    """Centre of polygon ``g``, the radius of a disc about it that holds ``g`` and of one that ``g`` holds."""
    c = g.centroid
    return (c.x, c.y, max(math.hypot(x - c.x, y - c.y) for x, y in g.exterior.coords),
            max(0.0, g.exterior.distance(c)) if g.contains(c) else 0.0)


def _best_spot(rng, rel, hs, region, planes, obstacles, placed, gap, near, amax, keep, tries=600):
    """Mitchell's best candidate: of ``keep`` valid random centres, the one farthest from what is placed
    (organelles, placed ones and the cell's outline alike). Valid: the outline ``rel`` (vertices about its
    centre) inside every half-plane of the region, ``gap`` px (plus both half strokes) from each obstacle and
    placed organelle, and within ``amax`` px (box to box) of each box in ``near``. None when 600 tries
    find no valid centre."""
    import numpy as np
    import shapely
    from shapely.geometry import Polygon
    x0, y0, x1, y1 = region.bounds
    P = np.array(rel, float)
    N = np.array([(nx, ny) for nx, ny, _ in planes], float)
    B = np.array([b for _, _, b in planes], float)
    hsup = (P @ N.T).max(axis=0)
    rx, ry = float(np.abs(P[:, 0]).max()), float(np.abs(P[:, 1]).max())
    R = float(np.hypot(P[:, 0], P[:, 1]).max())
    ring = np.vstack([P, P[:1]])
    r_in = float(Polygon(P).exterior.distance(Polygon(P).centroid))
    others = [(g, h_, dc) for _, g, h_, dc in obstacles] + [(p[2], p[4], p[5]) for p in placed.values()]
    if near:   # sample where the box can reach what it is said to be near
        x0 = max(x0, min(b[0] for b in near) - amax - rx)
        x1 = min(x1, max(b[2] for b in near) + amax + rx)
        y0 = max(y0, min(b[1] for b in near) - amax - ry)
        y1 = min(y1, max(b[3] for b in near) + amax + ry)
    if x1 <= x0 or y1 <= y0:
        return None
    # the tries drawn at once (the same stream of numbers as one by one)
    C = np.array([(rng.uniform(x0, x1), rng.uniform(y0, y1)) for _ in range(tries)])
    slack = B[None, :] - (C @ N.T + hsup[None, :])
    ok = (slack >= 0.05).all(axis=1)   # the centre is rounded to 0.01 px below
    for b in near:
        ok &= np.maximum.reduce([b[0] - (C[:, 0] + rx), (C[:, 0] - rx) - b[2], b[1] - (C[:, 1] + ry),
                                 (C[:, 1] - ry) - b[3]]) <= amax - 0.5
    edge = slack.min(axis=1)
    if others:
        D = np.array([dc for _, _, dc in others], float)          # (ox, oy, outer radius, inner radius)
        H = np.array([h_ for _, h_, _ in others], float)
        dist = np.hypot(C[:, None, 0] - D[None, :, 0], C[:, None, 1] - D[None, :, 1])
        rough = dist - R - D[None, :, 2]        # at most the distance between the outlines
        need = gap + hs + H + 0.5
        # at least the distance: the two inner discs are that far apart — too near for sure
        ok &= ~((dist - r_in - D[None, :, 3]) < need[None, :]).any(axis=1)
    best, found = None, 0
    for k in np.flatnonzero(ok):
        cx, cy = float(C[k, 0]), float(C[k, 1])
        clear = math.inf
        if others:
            close = np.flatnonzero(rough[k] < need)
            far = rough[k] - hs - H
            clear = float(far.min())
            if len(close):
                poly = shapely.polygons(ring + (cx, cy))
                bad = False
                for j in close:
                    dd = poly.distance(others[j][0])
                    if dd < need[j]:
                        bad = True
                        break
                    clear = min(clear, dd - hs - H[j])
                if bad:
                    continue
        score = min(clear, 1.5 * float(edge[k]) + gap)
        found += 1
        if best is None or score > best[0]:
            best = (score, (round(cx, 2), round(cy, 2)))
        if found >= keep:
            break
    return None if best is None else best[1]


def _z3_check(placed, planes, obstacles, gap, near, amax, timeout_s: float) -> bool:
    """Z3's verdict on the chosen centres, as tagged linear rows (``LinSystem``): each centre pinned;
    inside the cell (law organelle_inside_cell), clear of the placed organelles and of each other by
    ``gap`` px along the pair's separating axis (law no_overlap; pairs whose enclosing discs are that far
    apart need no row), within ``amax`` of what it is said to be near (law adjacent)."""
    from shapely.ops import nearest_points
    s = LinSystem()
    var = {}
    for i, (cx, cy, _, rel, hs, _) in placed.items():
        vx, vy = s.var(f"{i}.cx", lb=-1e6), s.var(f"{i}.cy", lb=-1e6)
        var[i] = (vx, vy)
        s.eq({vx: 1.0}, cx, "law:scatter")
        s.eq({vy: 1.0}, cy, "law:scatter")
        for (nx, ny, b), h in zip(planes, _supports(rel, planes)):
            s.le({vx: nx, vy: ny}, b - h, "law:organelle_inside_cell")
        rx = max(abs(u) for u, _ in rel)
        ry = max(abs(v) for _, v in rel)
        for bx in near.get(i, []):   # box gap to what it is said to be near ≤ amax on both axes
            s.le({vx: -1.0}, amax + rx - bx[0], "law:adjacent")     # bx0 - (cx + rx) ≤ amax
            s.le({vx: 1.0}, amax + rx + bx[2], "law:adjacent")      # (cx - rx) - bx2 ≤ amax
            s.le({vy: -1.0}, amax + ry - bx[1], "law:adjacent")
            s.le({vy: 1.0}, amax + ry + bx[3], "law:adjacent")

    def radius(pts, c):
        return max(math.hypot(x - c[0], y - c[1]) for x, y in pts)
    ids = list(placed)
    for i in ids:
        cx, cy, poly, rel, hs, _ = placed[i]
        R = radius(rel, (0.0, 0.0))
        for oid, g, h_, (ox, oy, orad, _) in obstacles:
            if math.hypot(cx - ox, cy - oy) - R - orad >= gap + hs + h_ + 1:
                continue
            p, q = nearest_points(g, poly)
            L = p.distance(q)
            if L < 1e-9:
                return False
            dx, dy = (q.x - p.x) / L, (q.y - p.y) / L
            # min over the organelle of d·x ≥ max over the obstacle of d·x + gap
            hO = _support(list(g.exterior.coords), dx, dy)
            vx, vy = var[i]
            s.le({vx: -dx, vy: -dy}, -(hO + gap + hs + h_) - _support(rel, -dx, -dy), "law:no_overlap")
    for a_ in range(len(ids)):
        for b_ in range(a_ + 1, len(ids)):
            i, j = ids[a_], ids[b_]
            ci, cj = placed[i], placed[j]
            Ri, Rj = radius(ci[3], (0.0, 0.0)), radius(cj[3], (0.0, 0.0))
            need = gap + ci[4] + cj[4]
            if math.hypot(ci[0] - cj[0], ci[1] - cj[1]) - Ri - Rj >= need + 1:
                continue
            p, q = nearest_points(ci[2], cj[2])
            L = p.distance(q)
            if L < 1e-9:
                return False
            dx, dy = (q.x - p.x) / L, (q.y - p.y) / L
            (ix, iy), (jx, jy) = var[i], var[j]
            # d·c_j − h_j(−d) ≥ d·c_i + h_i(d) + gap
            s.le({jx: -dx, jy: -dy, ix: dx, iy: dy}, -(need + _support(ci[3], dx, dy) + _support(cj[3], -dx, -dy)),
                 "law:no_overlap")
    ok, _ = s.z3_check(timeout_s)
    return ok
