"""Drawing of nesy.sets.v1: a solved region layout → the shapes and labels of an Euler/Venn diagram.

As textbooks draw one (Rosen, *Discrete Mathematics and Its Applications*, §2.1; Rodgers, "A survey of
Euler diagrams", JVLC 2014): each set an unfilled ellipse inscribed in its solved box (the solver keeps
every child inside the rectangle inscribed in its parent's ellipse, centre ± half-axis/√2, so nesting,
overlap and disjointness of the ellipses are those of the boxes, exactly); its name inside its own
region just under the top of the curve; elements as dots with their names to the right; a universal set
(``is_universe``) as a rectangle with its name in the top-left corner. No legend: every curve and dot is
named on the figure (a lettered set's or element's name in italic, as a variable: ``render.typography``; words
and numbers upright), and colour (``layout/sets.yaml``: Paul Tol's colours, colour-blind safe) is a
second cue. The grey variant draws all of it in black.

The colours come from the scene's entity order and the style, never from the layout, so the verifier
recomputes them from the scene alone (``colours(scene, variant="colour")``).
"""
from __future__ import annotations

import colorsys
import functools
import re

from ..render.style import science_style
from ..render.typography import is_variable
from ..resources import load_yaml
from ..solve.regions import RegionSolution
from ..types import Label, SceneGraph, Shape

__all__ = ["palette", "colours", "is_universe", "universe_of", "shapes_for", "label_of"]

K = 2 ** -0.5   # an ellipse's inscribed rectangle spans its centre ± half-axis·K
# directions (unit half-axes) of the points a subset may be grown about (``grow``): its centre first
_DIRS = ((0.0, 0.0), (0.0, 1.0), (-K, K), (K, K), (-1.0, 0.0), (1.0, 0.0), (-K, -K), (K, -K), (0.0, -1.0))


def label_of(e) -> str:
    return e.name or e.id


@functools.lru_cache(maxsize=64)
def _palette(n: int, listed: tuple[str, ...], mono: str | None) -> tuple[str, ...]:
    if mono:
        return (mono,) * n
    st = load_yaml("layout", "sets.yaml")
    frame = load_yaml("layout", "style.yaml")["frame"].lower()
    out = [c.lower() for c in listed[:n]]
    seen = {"#000000", "#ffffff", frame, *out}
    k = 0
    while len(out) < n:   # past the colour-blind-safe list: golden-angle hues (exact, distinct)
        h = (k * st["hue_step"]) % 1.0
        s = st["saturations"][(k // 7) % len(st["saturations"])]
        v = st["values"][(k // 3) % len(st["values"])]
        r, g, b = colorsys.hsv_to_rgb(h, s, v)
        c = "#%02x%02x%02x" % (round(r * 255), round(g * 255), round(b * 255))
        if c not in seen:
            seen.add(c)
            out.append(c)
        k += 1
    return tuple(out)


def palette(n: int, variant: str | None = None) -> tuple[str, ...]:
    """``n`` outline colours: the style's colour-blind-safe list first, then golden-angle hues; in the
    grey variant ``n`` times black. ``variant`` None: the active one (``nesy.render.style``)."""
    st = science_style("sets", palette=variant) if variant else science_style("sets")
    return _palette(n, tuple(st["outline_colours"]), st.get("monochrome"))


def colours(scene: SceneGraph, variant: str | None = None) -> dict[str, str]:
    """Entity id → its colour, from the entity order alone."""
    pal = palette(len(scene.entities), variant)
    return {e.id: pal[k] for k, e in enumerate(scene.entities)}


def universe_of(scene: SceneGraph) -> str | None:
    """The set drawn as the universe: the text calls something universal ("the universe U", "a
    universal set U") and exactly one set holds every other entity (stated or through a chain of
    subsets); None otherwise."""
    words = load_yaml("layout", "sets.yaml")["universe_words"]
    from .sets_count_regions import NO_FRAME   # "no universe box needed" calls nothing universal
    if not re.search(r"\b(" + "|".join(map(re.escape, words)) + r")\b", NO_FRAME.sub(" ", scene.text or ""), re.I):
        return None
    up: dict[str, set[str]] = {}
    for r in scene.relations:
        if r.kind in ("inside", "element_of"):
            up.setdefault(r.source, set()).add(r.target)

    def holds(u: str, i: str, depth: int = 0) -> bool:
        return depth < 64 and any(t == u or holds(u, t, depth + 1) for t in up.get(i, ()))
    ids = [e.id for e in scene.entities]
    cands = [e.id for e in scene.entities if e.kind == "set" and len(ids) > 1
             and all(i == e.id or holds(e.id, i) for i in ids)]
    return cands[0] if len(cands) == 1 else None


def is_universe(scene: SceneGraph, i: str) -> bool:
    return universe_of(scene) == i


def _depth(i: str, parent: dict) -> int:
    d, n = 0, parent.get(i)
    while n is not None and n != "__lens__" and d < 64:
        d, n = d + 1, parent.get(n)
    return d


def shapes_for(scene: SceneGraph, sol: RegionSolution) -> tuple[list[Shape], list[Label]]:
    """The shapes (sets, universe, element dots) and labels of a solved layout, in the active variant."""
    st = science_style("sets")
    col = colours(scene)
    size = st["label_size"]
    uni = universe_of(scene)
    shapes: list[Shape] = []
    labels: list[Label] = []
    venn = None
    if sol.stats.get("venn3"):
        from .sets_venn import label_positions
        venn = label_positions(tuple(sol.stats["venn3"]))
    boxes = grow(scene, sol, st) if st["set_shape"] == "ellipse" and not venn else dict(sol.boxes)
    for e in scene.entities:
        x0, y0, x1, y1 = boxes[e.id]
        if e.kind == "element":
            cx, cy = x0 + 5, (y0 + y1) / 2
            shapes.append(Shape(e.id, "point", (cx, cy, cx, cy), col[e.id], "none",
                                st["element_radius"], 100, "element"))
            labels.append(Label(label_of(e), cx + st["element_label_gap"], cy + size * 0.35, size,
                                italic=is_variable(label_of(e))))
            continue
        d = _depth(e.id, sol.parent)
        if e.id == uni:
            # the rectangle circumscribes the box the solver gave an ellipse: it holds everything the
            # ellipse holds, and stays inside the box, so it meets nothing the ellipse would not
            shapes.append(Shape(e.id, "rect", (x0, y0, x1, y1), "none", col[e.id],
                                st["universe_stroke_width"], d, "set"))
            labels.append(Label(label_of(e), x0 + 6, y0 + 6 + size * 0.8, size, italic=is_variable(label_of(e))))
            continue
        kind = st["set_shape"]
        shapes.append(Shape(e.id, kind, (x0, y0, x1, y1), "none", col[e.id],
                            st["set_stroke_width"], d, "set", float(st["corner_radius"])))
        if venn:   # the classic three-circle diagram: each name in its circle's own part, away from the others
            x, y, _ = venn[e.id]
            cw = load_yaml("layout", "style.yaml")["char_width"]
            labels.append(Label(label_of(e), x - len(label_of(e)) * size * cw / 2, y, size,
                                italic=is_variable(label_of(e))))
        else:
            labels.append(_name_label(label_of(e), boxes[e.id], e.id in sol.right_members, st))
    return shapes, _clear_of_curves(shapes, labels)


def _name_label(text: str, box, right: bool, st: dict) -> Label:
    """A set's name at the top of the rectangle inscribed in its outline (the room the solver reserved
    for it): at its left, or at its right when the left part of the outline is shared (``right``)."""
    x0, y0, x1, y1 = box
    size = st["label_size"]
    if st["set_shape"] == "ellipse":
        cx, cy, hw, hh = (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2, (y1 - y0) / 2
        lx0, lx1, ly0 = cx - hw * K, cx + hw * K, cy - hh * K
    else:
        inset = float(st["corner_radius"]) * (1 - K)
        lx0, lx1, ly0 = x0 + inset, x1 - inset, y0 + inset
    if right:
        return Label(text, lx1 - 6, ly0 + 6 + size * 0.8, size, "end", italic=is_variable(text))
    return Label(text, lx0 + 6, ly0 + 6 + size * 0.8, size, italic=is_variable(text))


def grow(scene: SceneGraph, sol: RegionSolution, st: dict) -> dict[str, tuple[float, float, float, float]]:
    """The solved boxes with each subset's ellipse scaled up about its centre as far as it may go
    (binary search, up to ``grow_max`` ×): still ``grow_inside_px`` inside every set that holds it and
    ``grow_gap_px`` from every set and dot it does not touch. Sets held by no set keep their size. The solver packs children into
    the rectangle inscribed in their parent's ellipse (centre ± half-axis/√2), which leaves a ring of
    empty room inside every ellipse; textbooks draw a subset filling much of its superset
    (Rosen §2.1, Fig. 2). Every pair keeps the relation the solver gave it (holding, held, apart):
    scaling a convex outline about its centre only adds to it, so what it held it still holds; sets
    that overlap another are left as solved (how much they share is the solver's). Parents grow before
    their children, so a child fills its grown parent."""
    from shapely import affinity
    from shapely.geometry import Point
    m_in = float(st["grow_inside_px"])
    gap = float(st["grow_gap_px"])
    fmax = float(st["grow_max"])
    from .regionbase import label_box
    boxes = dict(sol.boxes)
    kinds = {e.id: e.kind for e in scene.entities}
    names = {e.id: label_of(e) for e in scene.entities}
    overl = {r.source for r in scene.relations if r.kind == "overlaps"} | \
            {r.target for r in scene.relations if r.kind == "overlaps"} | {i for i in sol.lens}
    overl |= {p for pr in sol.lens.values() for p in pr}

    unit = Point(0, 0).buffer(1.0, 64)

    def ell(b):
        x0, y0, x1, y1 = b
        return affinity.translate(affinity.scale(unit, (x1 - x0) / 2, (y1 - y0) / 2, origin=(0, 0)),
                                  (x0 + x1) / 2, (y0 + y1) / 2)

    def geom(i):
        x0, y0, x1, y1 = boxes[i]
        if kinds[i] == "element":
            return Point(x0 + 5, (y0 + y1) / 2).buffer(float(st["element_radius"]) + 1)
        return ell(boxes[i])
    order = sorted((i for i in boxes if kinds[i] == "set" and i not in overl and _depth(i, sol.parent) > 0),
                   key=lambda i: (_depth(i, sol.parent), list(kinds).index(i)))
    for i in order:
        g0 = geom(i)
        others = [(j, geom(j)) for j in boxes if j != i]
        holders = [gj.buffer(-m_in) for j, gj in others if gj.contains(g0)]
        apart = [gj for j, gj in others if not gj.contains(g0) and not g0.contains(gj) and not g0.intersects(gj)]
        # the names of the sets that hold it stay clear too (by the distance labels keep from curves)
        names_above = [label_box(_name_label(names[j], boxes[j], j in sol.right_members, st))
                       for j, gj in others if kinds[j] == "set" and gj.contains(g0)]
        x0, y0, x1, y1 = boxes[i]
        cx, cy, hw, hh = (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2, (y1 - y0) / 2

        def scaled(f, px, py):
            return (px + (x0 - px) * f, py + (y0 - py) * f, px + (x1 - px) * f, py + (y1 - py) * f)

        # what the text says of its place and size ("S2 is above S4", "A is larger than B") keeps holding
        said = [(r.kind, r.source, r.target) for r in scene.relations
                if r.kind in ("left_of", "above", "larger") and i in (r.source, r.target)]

        def holds(kind, a, b):
            ax0, ay0, ax1, ay1 = a.bounds
            bx0, by0, bx1, by1 = b.bounds
            if kind == "left_of":
                return ax1 + gap <= bx0
            if kind == "above":
                return ay1 + gap <= by0
            return a.area > b.area

        def ok(f, px, py):
            g = ell(scaled(f, px, py))
            geo = {j: gj for j, gj in others}
            geo[i] = g
            return all(h.contains(g) for h in holders) and all(g.distance(a) >= gap for a in apart) and \
                all(g.distance(n) >= 4.0 for n in names_above) and \
                all(holds(k, geo[a], geo[b]) for k, a, b in said if a in geo and b in geo)
        if not ok(1.0, cx, cy):
            continue
        best = (1.0, cx, cy)
        # the centre of the scaling: the ellipse's own centre, or a point of its curve (a scaling about
        # any point of a convex outline, its curve included, still holds all of it), so a set with its
        # parent's name just above it can grow downwards
        for a, b in _DIRS:
            px, py = cx + hw * a, cy + hh * b
            if not ok(best[0] + 1e-3, px, py):
                continue
            lo, hi = best[0], fmax
            for _ in range(10):
                mid = (lo + hi) / 2
                lo, hi = (mid, hi) if ok(mid, px, py) else (lo, mid)
            best = (lo, px, py)
        if best[0] > 1.001:
            boxes[i] = scaled(*best)
    return boxes


def _clear_of_curves(shapes: list[Shape], labels: list[Label], clear: float = 3.0,
                     step: float = 3.0) -> list[Label]:
    """Each set's name moved, if it must, to the nearest place (``step``-px grid, nearest to where it was
    put first) that lies inside its own curve, ``clear`` px off every curve, dot and other name, and
    out of every set that does not hold it — its own region, where a reader looks for a set's name.
    Needed where sets overlap: an ellipse is not its box, so the other set's curve can cross the
    corner of the box where the name was put. A name with no such place stays where it was."""
    from shapely import prepared
    from .regionbase import label_box
    geo = {s.id: s.geometry(64) for s in shapes if s.kind != "point"}
    dots = [s.geometry().buffer(s.stroke_width) for s in shapes if s.kind == "point"]
    fixed = [label_box(lb) for sh, lb in zip(shapes, labels) if sh.kind == "point"]
    out: list[Label] = []
    for sh, lb in zip(shapes, labels):   # one label per shape, in order
        if sh.kind in ("point", "rect"):
            out.append(lb)
            continue
        mine = geo[sh.id]
        # a set that holds this one: keep off its curve; any other set (those it holds too): keep out
        avoid = [g.boundary if g.contains(mine) else g for i, g in geo.items() if i != sh.id]
        others = avoid + dots + fixed + [label_box(o) for o in out if o is not lb]
        inner = prepared.prep(mine.buffer(-clear - sh.stroke_width / 2))
        free = [prepared.prep(g) for g in others]

        def ok(c: Label) -> bool:
            b = label_box(c)
            return inner.contains(b) and not any(f.intersects(b.buffer(clear)) for f in free)
        if ok(lb):
            out.append(lb)
            continue
        x0, y0, x1, y1 = sh.box
        cands = [(abs(dx) + abs(dy), dx, dy) for dx in _steps(x0 - lb.x, x1 - lb.x, step)
                 for dy in _steps(0.0, y1 - lb.y, step)]
        cands.sort()
        best = lb
        for _, dx, dy in cands:
            c = Label(lb.text, lb.x + dx, lb.y + dy, lb.size, lb.anchor, lb.color, lb.italic)
            if ok(c):
                best = c
                break
        out.append(best)
    return out


def _steps(lo: float, hi: float, step: float) -> list[float]:
    n0, n1 = int(lo // step), int(hi // step) + 1
    return [k * step for k in range(n0, n1)]
