"""The endoplasmic reticulum drawn as textbooks draw it: a network around the nucleus (issue 12).

Alberts et al., *Molecular Biology of the Cell* 6th ed. (MBoC), ch. 12, Fig. 12-35 / 12-36, and Campbell
*Biology* 11th ed., Fig. 6.8 / 6.11 draw the ER as several stacked, curved, flattened cisternae (the rough
ER: sheets studded with ribosomes on their cytosolic faces) continuous with the outer nuclear membrane and
wrapping partly round the nucleus, with branching tubules (the smooth ER, no ribosomes) further out.

``plan_network`` chooses where such a network goes round a nucleus: a direction and a wrap angle from a
fixed list of candidates (``layout/cell.yaml`` ``detail.er_network``) ranked by a score that depends on the
geometry alone (more sheets, a wider wrap, a shorter leader to the nearer label margin), the first whose
drawn footprint lies inside the cell, keeps ``clearance`` px from every obstacle and keeps the ER's width
within its law (solvers/cell.yaml ``sizes.er``). Because the ranking ignores the obstacles, the scatter
(``cell_scatter``, which reserves the chosen footprint before it places the small organelles) and the
drawing (``er_network``, with every organelle placed) choose the same network. ``er_network`` hands
``cell_draw.arrange`` the shapes with each such ER drawn as its network — the ER's own (unpainted) outline
becomes the network's footprint, so leaders and ``layout.json`` see the drawn ER — and the ids it drew;
an ER the text places or sizes, an ER of a cell without a nucleus, or one with no room keeps the folded
band of ``cell_draw`` (joined to the envelope by ``cell_draw.er_joins``). The verifier reads the network as
one region of the ER's colours: every sheet is joined to the next and the innermost to the envelope.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from typing import Any

from ..types import SceneGraph, Shape

__all__ = ["ErPlan", "plan_network", "network_parts", "er_network", "eligible_er", "reserve_pieces"]


@dataclass(frozen=True)
class ErPlan:
    """A network round the nucleus in ``nuc_box`` (px): sheets facing direction ``phi`` (radians, y down),
    each wrapping ``half`` radians either side of it; ``n`` rough-ER sheets; smooth-ER tubules or not, at
    ``reach`` times their length in layout/cell.yaml."""
    nuc_box: tuple[float, float, float, float]
    phi: float
    half: float
    n: int
    tubules: bool
    reach: float = 1.0


def _p(st: dict[str, Any]) -> dict[str, Any]:
    return st["detail"]["er_network"]


def _pt(plan: ErPlan, th: float, d: float) -> tuple[float, float]:
    """The point at angle ``th`` on the ellipse of the nucleus grown by ``d`` px on both semi-axes."""
    x0, y0, x1, y1 = plan.nuc_box
    a, b = (x1 - x0) / 2 + d, (y1 - y0) / 2 + d
    return ((x0 + x1) / 2 + a * math.cos(th), (y0 + y1) / 2 + b * math.sin(th))


def _normal(plan: ErPlan, th: float, d: float) -> tuple[float, float]:
    x0, y0, x1, y1 = plan.nuc_box
    a, b = (x1 - x0) / 2 + d, (y1 - y0) / 2 + d
    nx, ny = math.cos(th) / a, math.sin(th) / b
    L = math.hypot(nx, ny)
    return nx / L, ny / L


def _speed(plan: ErPlan, th: float, d: float) -> float:
    """px of arc per radian of ``th`` on the grown ellipse."""
    x0, y0, x1, y1 = plan.nuc_box
    a, b = (x1 - x0) / 2 + d, (y1 - y0) / 2 + d
    return math.hypot(a * math.sin(th), b * math.cos(th))


# the sheets' ends and connections, as fractions of the wrap: a little uneven, as drawn by hand
_ENDS = ((0.0, 0.06), (0.1, 0.0), (0.04, 0.14), (0.16, 0.06), (0.08, 0.2))
_LINKS = (0.55, -0.5, 0.25, -0.3)
# one join to the envelope: two would close a pocket of cytosol between the sheet, the joins and the nucleus,
# read as a second cell on an enlarged copy
_JOINS = (-0.45,)


def network_parts(plan: ErPlan, st: dict[str, Any], ribosomes: bool = True) -> dict[str, list]:
    """The network's parts (px): ``sheets`` (centre lines of the rough-ER cisternae, innermost first),
    ``joins`` (quads from the innermost sheet to the outer nuclear membrane, the first two points on the
    membrane side), ``links`` (quads joining each sheet to the next, with the two short sides between the
    sheets), ``tubules`` (branching centre lines of the smooth ER), ``ribosomes`` (dot centres on the
    sheets' outer faces; left out unless ``ribosomes``) and the widths."""
    p = _p(st)
    t, gap, g0 = float(p["sheet"]), float(p["gap"]), float(p["envelope_gap"])
    er_sw = float(st["kinds"]["er"]["stroke_width"])
    back = er_sw / 2 + float(st["kinds"]["nucleus"]["stroke_width"]) / 2 + 0.5
    d = [g0 + t / 2 + i * (t + gap) for i in range(plan.n)]
    sheets, spans = [], []
    for i in range(plan.n):
        e0, e1 = _ENDS[i % len(_ENDS)]
        lo, hi = plan.phi - plan.half * (1 - e0), plan.phi + plan.half * (1 - e1)
        m = max(8, int(_speed(plan, plan.phi, d[i]) * (hi - lo) / 4))
        sheets.append([_pt(plan, lo + (hi - lo) * k / m, d[i]) for k in range(m + 1)])
        spans.append((lo, hi))

    def quad(th: float, d0: float, d1: float, w: float):
        dth = w / 2 / _speed(plan, th, (d0 + d1) / 2)
        return [_pt(plan, th - dth, d0), _pt(plan, th + dth, d0), _pt(plan, th + dth, d1), _pt(plan, th - dth, d1)]
    joins = []
    for f in _JOINS:
        th = plan.phi + f * plan.half
        dth = t / 2 / _speed(plan, th, 0.0)
        inner = []
        for s in (-1, 1):   # against the outside of the envelope's outline, along its normal
            (ex, ey), (nx, ny) = _pt(plan, th + s * dth, 0.0), _normal(plan, th + s * dth, 0.0)
            inner.append((ex + back * nx, ey + back * ny))
        outer = [_pt(plan, th + dth, d[0]), _pt(plan, th - dth, d[0])]
        joins.append((inner + outer, [(inner[0], _pt(plan, th - dth, d[0] - t / 2)),
                                      (inner[1], _pt(plan, th + dth, d[0] - t / 2))]))
    links = []
    lw = float(p["link_width"])
    for i in range(plan.n - 1):
        f = _LINKS[i % len(_LINKS)]
        th = plan.phi + f * plan.half
        q = quad(th, d[i], d[i + 1], lw)
        sides = [(_pt(plan, th + s * lw / 2 / _speed(plan, th, d[i]), d[i] + t / 2),
                  _pt(plan, th + s * lw / 2 / _speed(plan, th, d[i + 1]), d[i + 1] - t / 2)) for s in (-1, 1)]
        links.append((q, sides))
    tubules = []
    if plan.tubules:
        k = int(p["tubules"])
        lo, hi = spans[-1]
        trunk, branch = float(p["tubule_trunk"]) * plan.reach, float(p["tubule_branch"]) * plan.reach
        ang = math.radians(float(p["branch_angle"]))
        for j in range(k):
            th = lo + (hi - lo) * (j + 0.5) / k + (0.04 if j % 2 else -0.04) * plan.half
            sx, sy = _pt(plan, th, d[-1])
            nx, ny = _normal(plan, th, d[-1])
            ex, ey = sx + nx * (t / 2 + trunk), sy + ny * (t / 2 + trunk)
            lines = [[(sx, sy), (ex, ey)]]
            for s in (-1, 1):
                c, sn = math.cos(s * ang), math.sin(s * ang)
                bx, by = nx * c - ny * sn, nx * sn + ny * c
                L = branch * (1.0 if s < 0 else 0.75)
                lines.append([(ex, ey), (ex + bx * L, ey + by * L)])
            tubules.append(lines)
    # ribosomes on each sheet's outer (cytosolic) face, not where a link, join or tubule leaves it
    pitch = float(st["detail"]["er_ribosome_pitch"])
    ribs = []
    for i in range(plan.n if ribosomes else 0):
        lo, hi = spans[i]
        r = d[i] + t / 2
        sp = _speed(plan, (lo + hi) / 2, r)
        cap = (t / 2 + 1) / sp
        m = int(((hi - lo) - 2 * cap) * sp // pitch)
        busy = [plan.phi + _LINKS[i % len(_LINKS)] * plan.half] if i < plan.n - 1 else []
        if i == plan.n - 1 and plan.tubules:
            k = int(p["tubules"])
            busy = [lo + (hi - lo) * (j + 0.5) / k + (0.04 if j % 2 else -0.04) * plan.half for j in range(k)]
        for j in range(m + 1):
            th = lo + cap + j * pitch / sp
            if any(abs(th - b) * _speed(plan, th, r) < max(lw, float(p["tubule_width"])) / 2 + 3 for b in busy):
                continue
            ribs.append(_pt(plan, th, r))
    return {"sheets": sheets, "joins": joins, "links": links, "tubules": tubules, "ribosomes": ribs,
            "sheet": t, "tubule_width": float(p["tubule_width"])}


def _footprint(parts: dict[str, list], st: dict[str, Any]):
    """What the network covers (px), as (its outline, what it covers with its joins to the envelope): its
    sheets, links and tubules with their outlines and the ribosomes on the sheets' faces. The outline is
    the ER's own (its joins are drawn up to the envelope, as ``cell_draw.er_joins`` draws the band's)."""
    from shapely.geometry import LineString, Point, Polygon
    from shapely.ops import unary_union
    t = parts["sheet"]
    sw = float(st["kinds"]["er"]["stroke_width"])
    geoms = [LineString(s).buffer(t / 2, quad_segs=4) for s in parts["sheets"]]
    geoms += [Polygon(q) for q, _ in parts["links"]]
    geoms += [LineString(ln).buffer(parts["tubule_width"] / 2, quad_segs=4) for tb in parts["tubules"] for ln in tb]
    body = unary_union(geoms).buffer(sw / 2 + 0.25, quad_segs=2)
    own = unary_union([body] + [Point(q).buffer(1.5 + 0.25 + 0.25, quad_segs=2) for q in parts["ribosomes"]])
    return own, unary_union([own] + [Polygon(q).buffer(sw / 2 + 0.25, quad_segs=2) for q, _ in parts["joins"]])


def _candidates(nuc_box, cell_box, st: dict[str, Any]) -> list[tuple[float, ErPlan]]:
    """Every plan round the nucleus, best first, ranked by geometry alone (obstacles play no part)."""
    p = _p(st)
    sc = p["score"]
    t, gap, g0 = float(p["sheet"]), float(p["gap"]), float(p["envelope_gap"])
    nd = int(p["directions"])
    out = []
    for n in (int(v) for v in p["cisternae"]):
        depth = g0 + n * t + (n - 1) * gap + 2
        for half_deg in (float(v) for v in p["wrap"]):
            for tub, reach in [(True, float(f)) for f in p["tubule_reach"]] + [(False, 0.0)]:
                for k in range(nd):
                    plan = ErPlan(tuple(nuc_box), 2 * math.pi * k / nd, math.radians(half_deg), n, tub, reach)
                    # the extent from sampled points of the sheets' outer edge (cheap; the footprint is
                    # checked exactly when the plan is tried)
                    far = depth + (float(p["tubule_trunk"]) + float(p["tubule_branch"])) * reach
                    xs = [_pt(plan, plan.phi + plan.half * f, dd)[0] for f in (-1, -0.5, 0, 0.5, 1)
                          for dd in (0.0, far)]
                    lead = max(min(min(xs) - cell_box[0], cell_box[2] - max(xs)), 0.0)
                    s = float(sc["sheet"]) * n + float(sc["degree"]) * half_deg + float(sc["tubules"]) * reach \
                        - float(sc["leader"]) * (lead + _nucleus_lead(plan, cell_box))
                    out.append((round(-s, 6), k, plan))
    out.sort(key=lambda v: (v[0], v[1], -v[2].n, -v[2].half, -v[2].reach))
    return [(-s, plan) for s, _, plan in out]


def _nucleus_lead(plan: ErPlan, cell_box) -> float:
    """px between the nucleus and the nearer side of its cell whose face of the nucleus (the 120° of its
    outline facing that side) the network leaves at least 30° of: the nucleus's own leader comes from
    there (the cell's width when the network hides both faces)."""
    x0, _, x1, _ = plan.nuc_box
    best = cell_box[2] - cell_box[0]
    for side, gap in ((math.pi, x0 - cell_box[0]), (0.0, cell_box[2] - x1)):
        free = 0
        for k in range(-60, 61, 5):   # 5° steps over the face
            th = side + math.radians(k)
            off = abs((th - plan.phi + math.pi) % (2 * math.pi) - math.pi)
            free += 5 if off > plan.half else 0
        if free > 30:
            best = min(best, max(gap, 0.0))
    return best


def plan_network(nuc_box, cell_box, cell_form: str, obstacles: list, st: dict[str, Any],
                 margins: dict[str, float], ratio: tuple[float, float]) -> tuple[ErPlan, Any] | None:
    """The best-ranked plan (``_candidates``) whose footprint lies in the cell (``cell_box``, px, its outline
    ``cell_form``, less the law's ``inside`` margin), keeps ``clearance`` px from every geometry in
    ``obstacles`` and spans ``ratio`` (the ER's size law: its width over the cell's) with 3 px to spare;
    with the network's outline (without its joins to the envelope). None when no plan fits."""
    from shapely.ops import unary_union
    from shapely.prepared import prep
    from shapely.strtree import STRtree
    from .cell_scatter import _outline
    sw_cell = float(st["kinds"]["cell"].get("stroke_width", 2))
    region = _outline(cell_form, cell_box, quad=8).buffer(-(float(margins.get("inside", 6)) + sw_cell / 2),
                                                          join_style=2)
    if region.is_empty:
        return None
    inside = prep(region)
    clear = float(_p(st)["clearance"])
    tree = STRtree(obstacles) if obstacles else None
    blocked = unary_union(obstacles) if obstacles else None
    cw = cell_box[2] - cell_box[0]
    lo, hi = ratio[0] * cw + 3, ratio[1] * cw - 3
    for _, plan in _candidates(nuc_box, cell_box, st):
        # a quick look first (discs along the centre lines), the exact footprint only for a plan that passes
        if not _may_fit(network_parts(plan, st, ribosomes=False), region, blocked, clear, lo, hi):
            continue
        own, foot = _footprint(network_parts(plan, st), st)
        x0, _, x1, _ = foot.bounds
        if not lo <= x1 - x0 <= hi or own.geom_type != "Polygon" or not inside.contains(foot):
            continue
        if tree is not None and len(tree.query(foot, predicate="dwithin", distance=clear)):
            continue
        return plan, own
    return None


def _may_fit(parts: dict[str, list], region, blocked, clear: float, lo: float, hi: float) -> bool:
    """Whether discs along the network's centre lines (each as wide as its part, less 1 px) leave the cell
    ``region``, come within ``clear`` px of ``blocked`` or span a width outside ``lo``..``hi`` px (each
    is a necessary condition of the exact footprint's fit: a plan refused here never fits)."""
    import numpy as np
    import shapely
    pts, rad = [], []
    for c in parts["sheets"]:
        pts += c
        rad += [parts["sheet"] / 2] * len(c)
    for tb in parts["tubules"]:
        for (x0, y0), (x1, y1) in tb:
            k = max(1, int(math.dist((x0, y0), (x1, y1)) // 2))
            pts += [(x0 + (x1 - x0) * j / k, y0 + (y1 - y0) * j / k) for j in range(k + 1)]
            rad += [parts["tubule_width"] / 2] * (k + 1)
    P, R = np.array(pts, float), np.array(rad, float) - 1.0
    if (P[:, 0] + R).max() - (P[:, 0] - R).min() > hi:
        return False
    if (P[:, 0] + R).max() - (P[:, 0] - R).min() + 6 < lo:
        return False
    geo = shapely.points(P)
    if not shapely.contains_xy(region, P[:, 0], P[:, 1]).all():
        return False
    if (shapely.distance(region.exterior, geo) < R).any():
        return False
    return blocked is None or bool((shapely.distance(blocked, geo) >= R + clear).all())


def reserve_pieces(plan: ErPlan, st: dict[str, Any]) -> list:
    """Convex pieces (px) covering the network of ``plan``: wedges of the sheets' band round the nucleus
    and each tubule's hull — what the scatter keeps its organelles clear of."""
    from shapely.geometry import MultiPoint
    parts = network_parts(plan, st)
    p = _p(st)
    t, gap, g0 = float(p["sheet"]), float(p["gap"]), float(p["envelope_gap"])
    pad = 2.0 + float(st["kinds"]["er"]["stroke_width"]) / 2
    depth = g0 + plan.n * t + (plan.n - 1) * gap + pad
    out = []
    m = max(2, int(math.ceil(2 * plan.half / math.radians(12))))
    a0 = plan.phi - plan.half - 0.2
    step = (2 * plan.half + 0.4) / m
    for k in range(m):
        pts = [_pt(plan, a0 + step * (k + f), dd) for f in (0, 0.5, 1) for dd in (0.0, depth)]
        out.append(MultiPoint(pts).convex_hull)
    w = parts["tubule_width"] / 2 + pad
    for tb in parts["tubules"]:
        out.append(MultiPoint([q for ln in tb for q in ln]).convex_hull.buffer(w, quad_segs=2))
    return out


def eligible_er(scene: SceneGraph, er_id: str, parent: dict[str, str | None]) -> bool:
    """Whether the ER ``er_id`` may be drawn as a network round its nucleus: the text says nothing of its
    place or size but that it lies in its cell, next to or outside a nucleus (a network round the nucleus
    keeps those true); anything else it says is kept by the band the solver placed."""
    e = next(x for x in scene.entities if x.id == er_id)
    if any(e.attr(a) for a in ("centre", "eccentric", "fills", "size")) or er_id in set(parent.values()):
        return False
    kinds = {x.id: x.kind for x in scene.entities}
    for r in scene.relations:
        if er_id not in (r.source, r.target) or r.span is None:
            continue
        other = r.target if r.source == er_id else r.source
        if r.kind in ("inside", "element_of") and r.source == er_id and other == parent.get(er_id):
            continue
        if r.kind in ("adjacent", "outside") and kinds.get(other) == "nucleus":
            continue
        return False
    return True


def er_network(scene: SceneGraph, shapes: list[Shape], parent: dict[str, str | None],
               st: dict[str, Any]) -> tuple[list[Shape], set[str]]:
    """``shapes`` with every eligible ER (``eligible_er``) of a cell with a nucleus drawn as its network
    (the solved outlines, before the canvas is laid out), and the ids so drawn."""
    from shapely.geometry import LineString, Polygon
    from shapely.ops import unary_union
    from ..resources import load_yaml
    law = load_yaml("solvers", "cell.yaml")
    ratio = tuple(float(v) for v in law["sizes"]["er"]["ratio"])
    k = st["kinds"]["er"]
    by_id = {s.id: s for s in shapes}
    kinds = {e.id: e.kind for e in scene.entities}
    done: set[str] = set()
    extra_obstacles: list = []
    for e in sorted((x for x in scene.entities if x.kind == "er"), key=lambda x: _natkey(x.id)):
        cell = parent.get(e.id)
        if e.id not in by_id or cell not in by_id or not eligible_er(scene, e.id, parent):
            continue
        me = by_id[e.id]
        nucs = [n.id for n in scene.entities if n.kind == "nucleus" and parent.get(n.id) == cell and n.id in by_id]
        if not nucs:
            continue
        eb = me.box
        nuc = min(nucs, key=lambda i: (math.dist(_centre(by_id[i].box), _centre(eb)), _natkey(i)))
        anc = set()
        a = cell
        while a is not None:
            anc |= {a, f"{a}_wall"}
            a = parent.get(a)
        below = _below(nuc, parent)
        obstacles = [s.geometry(32) for s in shapes if not s.id.startswith("_") and s.cls != "leader"
                     and s.id not in anc and s.id != e.id and s.id != nuc and s.id not in below
                     and kinds.get(s.id) != "cell" and s.cls not in ("cell", "cell_wall")] + extra_obstacles
        cs = by_id[cell]
        got = plan_network(by_id[nuc].box, cs.box, cs.kind, obstacles, st, law["margins"], ratio)
        if got is None:
            continue
        plan, foot = got
        parts = network_parts(plan, st)
        z, sw = me.z, float(k["stroke_width"])
        fill, stroke = k["fill"], k["stroke"]
        old = re.compile(rf"_{re.escape(e.id)}_(band|rib[ul]\d+)")
        shapes = [s for s in shapes if not old.fullmatch(s.id)]
        new: list[Shape] = []
        t = parts["sheet"]
        # the smooth ER under the sheets (z - 1), so the outer sheet's fill covers a tubule's mouth
        for j, tb in enumerate(parts["tubules"]):
            g = unary_union([LineString(ln).buffer(parts["tubule_width"] / 2, quad_segs=4) for ln in tb])
            new.append(_poly(f"_{e.id}_tubule{j}", g, fill, stroke, sw, z - 1))
        for i, c in enumerate(parts["sheets"]):
            g = LineString(c).buffer(t / 2, quad_segs=4)
            new.append(_poly(f"_{e.id}_band" + (str(i) if i else ""), g, fill, stroke, sw, z))
        # joins and links: fill over the sheets' outlines at their mouths, outlined along their sides only
        for nm, group in (("join", parts["joins"]), ("link", parts["links"])):
            for j, (q, sides) in enumerate(group):
                tag = f"_{e.id}_{nm}" + (str(j + 1) if j else "") if nm == "join" else f"_{e.id}_link{j}"
                new.append(_poly(tag, Polygon(q), fill, "none", 0, z))
                for si, (p0, p1) in enumerate(sides):
                    xs, ys = (p0[0], p1[0]), (p0[1], p1[1])
                    new.append(Shape(f"{tag}_side{si}", "polyline", (min(xs), min(ys), max(xs), max(ys)), "none",
                                     stroke, sw, z, "detail", points=(p0, p1)))
        for j, (x, y) in enumerate(parts["ribosomes"]):
            new.append(Shape(f"_{e.id}_rib{j}", "ellipse", (x - 1.5, y - 1.5, x + 1.5, y + 1.5), stroke, stroke,
                             0.5, z + 1, "detail"))
        ring = tuple((round(x, 3), round(y, 3)) for x, y in foot.simplify(0.3).exterior.coords[:-1])
        xs, ys = [q[0] for q in ring], [q[1] for q in ring]
        shapes = [replace(s, kind="polygon", box=(min(xs), min(ys), max(xs), max(ys)), points=ring)
                  if s.id == e.id else s for s in shapes] + new
        extra_obstacles.append(foot)
        done.add(e.id)
    return shapes, done


def _poly(sid: str, g, fill: str, stroke: str, sw: float, z: int) -> Shape:
    pts = tuple((round(x, 3), round(y, 3)) for x, y in g.exterior.coords[:-1])
    return Shape(sid, "polygon", tuple(round(v, 3) for v in g.bounds), fill, stroke, sw, z, "detail", points=pts)


def _centre(b) -> tuple[float, float]:
    return ((b[0] + b[2]) / 2, (b[1] + b[3]) / 2)


def _below(i: str, parent: dict[str, str | None]) -> set[str]:
    out = set()
    for j in parent:
        a = parent.get(j)
        while a is not None:
            if a == i:
                out.add(j)
                break
            a = parent.get(a)
    return out


def _natkey(s: str) -> tuple:
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", s))
