"""Sets: the classic three-set Venn diagram — three circles whose centres form a triangle, so all seven
regions (A only, A∩B only, …, A∩B∩C) exist (Venn, "On the Diagrammatic and Mechanical Representation
of Propositions and Reasonings", Phil. Mag. 1880, Fig. 2; Rosen, *Discrete Mathematics and Its
Applications*, 7th ed., §2.2, Fig. 3).

The grid solver (``nesy.solve.regions``) draws overlapping sets as a chain; three sets that pairwise
overlap are drawn here instead, exactly: circles of radius ``R`` px whose centres lie ``D = 0.6 R`` px
from the figure's centre at 90°, 210° and 330° (pairwise centre distance D·√3 ≈ 1.04 R < 2R, and every
centre is closer than R to the other two circles' common point, so each of the seven regions has area).
Each element is a dot inside exactly the circles of the sets it is stated to be in. Hands a
``RegionSolution`` to the drawing (``sets_draw.shapes_for``), with ``stats["venn3"]`` naming the sets.
"""
from __future__ import annotations

import math

from ..solve.regions import RegionSolution
from ..types import SceneGraph

__all__ = ["venn3_sets", "venn3_solution"]

R = 95.0            # circle radius, px
D = 0.6 * R         # centre distance from the figure's centre, px
PAD = 40.0          # room around the circles for names, px
ELEM_STEP = 18.0    # vertical spacing of dots sharing a region, px


def venn3_sets(scene: SceneGraph) -> tuple[str, str, str] | None:
    """The three sets of a scene that is a three-set Venn diagram: exactly three sets, each two stated
    (or implied) to overlap, nothing else related between them, elements only in these sets."""
    sets = [e.id for e in scene.entities if e.kind == "set"]
    if len(sets) != 3 or any(e.attr("universe") or e.attr("empty") for e in scene.entities if e.kind == "set"):
        return None
    over = set()
    member: dict[str, set[str]] = {}
    elems = {e.id for e in scene.entities if e.kind == "element"}
    for r in scene.relations:
        if r.kind == "element_of" or r.kind == "inside" and r.source in elems:
            member.setdefault(r.source, set()).add(r.target)
    for ms in member.values():   # an element in two sets: they overlap
        over |= {frozenset((a, b)) for a in ms for b in ms if a != b}
    for r in scene.relations:
        if r.kind == "overlaps" and r.source in sets and r.target in sets:
            over.add(frozenset((r.source, r.target)))
        elif (r.kind == "element_of" or r.kind == "inside" and r.source in elems) and r.target in sets:
            continue
        else:
            return None
    return tuple(sets) if len(over) == 3 else None  # type: ignore[return-value]


def _circles() -> list[tuple[float, float]]:
    c = R + D + PAD
    return [(c + D * math.cos(math.radians(a)), c - D * math.sin(math.radians(a))) for a in (90.0, 210.0, 330.0)]


def venn3_solution(scene: SceneGraph, sets: tuple[str, str, str]) -> RegionSolution:
    """Boxes (px) of the three circles and of every element dot, in the region of exactly its sets."""
    from shapely.geometry import Point
    from shapely.ops import polylabel
    centres = _circles()
    disc = {s: Point(*c).buffer(R, 128) for s, c in zip(sets, centres)}
    boxes = {s: (cx - R, cy - R, cx + R, cy + R) for s, (cx, cy) in zip(sets, centres)}
    size = 2 * (R + D + PAD)
    height = R + D + PAD + D / 2 + R + PAD
    member: dict[str, frozenset[str]] = {}
    elems = {e.id for e in scene.entities if e.kind == "element"}
    for r in scene.relations:
        if r.kind == "element_of" or r.kind == "inside" and r.source in elems:
            member[r.source] = member.get(r.source, frozenset()) | {r.target}
    by_region: dict[frozenset[str], list[str]] = {}
    for e in scene.entities:
        if e.kind == "element":
            by_region.setdefault(member.get(e.id, frozenset()), []).append(e.id)
    parent: dict[str, str | None] = {s: None for s in sets}
    names = _name_boxes(scene, sets)
    for region, dots in sorted(by_region.items(), key=lambda kv: sorted(kv[0])):
        if region:
            shape = disc[sorted(region)[0]]
            for s in region:
                shape = shape.intersection(disc[s])
            for s in sets:
                if s not in region:
                    shape = shape.difference(disc[s])
            # a dot and its number keep off the sets' names ("Basketball" fills much of its own part)
            free = shape.difference(names).buffer(-8)
            shape = free if free.area > 200.0 else shape.buffer(-8)
            p = polylabel(shape if shape.geom_type == "Polygon" else max(shape.geoms, key=lambda g: g.area), 0.5)
        else:          # in none of the three: beside them, inside the figure
            p = Point(size - PAD / 2, size / 2)
        n = len(dots)
        for k, i in enumerate(dots):
            y = p.y + (k - (n - 1) / 2) * ELEM_STEP
            # the dot's box: its centre is the box's left edge + 5 px (``sets_draw.shapes_for``)
            boxes[i] = (p.x - 5 - 6, y, p.x + 5 - 6, y)
            parent[i] = sorted(region)[0] if len(region) == 1 else (None if not region else "__lens__")
    stats = {"venn3": list(sets), "solve_s": 0.0, "attempt": 0}
    return RegionSolution(boxes, parent, size + 20, height, stats, {}, frozenset())


def _name_boxes(scene: SceneGraph, sets: tuple[str, str, str]):
    """The union of the three names' boxes (``label_positions``), grown by the room a dot and its
    number need beside them (px): a dot's number is written right of it, so the box grows most leftward."""
    from shapely.geometry import box
    from shapely.ops import unary_union
    from ..render.style import science_style
    from ..resources import load_yaml
    st = science_style("sets")
    size = float(st["label_size"])
    cw = float(load_yaml("layout", "style.yaml")["char_width"])
    gap = float(st["element_label_gap"])
    text = {e.id: (e.name or e.id) for e in scene.entities}
    out = []
    for s, (x, y, _) in label_positions(sets).items():
        w = len(text[s]) * size * cw
        # the widest number written beside a dot: four digits
        out.append(box(x - w / 2 - gap - 4 * size * cw - 4, y - size - 6, x + w / 2 + 8, y + 0.35 * size + 6))
    return unary_union(out)


def label_positions(sets: tuple[str, str, str]) -> dict[str, tuple[float, float, str]]:
    """Where each set's name goes: in the part of its circle no other circle covers, on the side away
    from the others (x, baseline y, anchor), px."""
    centres = _circles()
    c = R + D + PAD
    out = {}
    for s, (x, y) in zip(sets, centres):
        ux, uy = (x - c) / D, (y - c) / D
        px, py = x + ux * R * 0.62, y + uy * R * 0.62
        out[s] = (px, py + 5, "middle")
    return out
