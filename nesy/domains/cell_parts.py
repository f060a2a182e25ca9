"""Part and whole in nesy.cell.v1: the centrosome and its centrioles.

A centrosome is the cell's microtubule-organising centre: a pair of centrioles, at right angles to each
other, in a cloud of pericentriolar material (Alberts et al., *Molecular Biology of the Cell* 6th ed. (MBoC),
ch. 16, Fig. 16-47: each centriole a cylinder of nine triplet microtubules ≈ 0.2 µm across and ≈ 0.4 µm
long). So "a pair of centrioles" / "two centrioles" is two *centrioles* (the kind ``centriole``), never two
centrosomes, and "a centrosome" is one centrosome drawn with its two centrioles as detail.

Hands ``CellDomain`` three things: the detail drawn in a centrosome or a centriole (``part_detail``), the
scene the solver lays out with the centrioles of one container paired side by side (``paired_scene``: a
look, never checked as a stated relation), and the containment rule that only centrioles lie inside a
centrosome (``check_centrosome``, from ``solvers/cell.yaml`` ``containment`` ``holds``).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..types import Relation, SceneGraph, Shape

__all__ = ["part_detail", "paired_scene", "check_centrosome", "is_end_on", "PAIR_LAW"]

PAIR_LAW = "centriole_pair"


def _parents(scene: SceneGraph) -> dict[str, str]:
    """Entity → the container its inside relation names (the innermost is not needed here: siblings are
    those whose stated or default container is the same)."""
    out: dict[str, str] = {}
    for r in scene.relations:
        if r.kind in ("inside", "element_of") and r.source not in out:
            out[r.source] = r.target
    return out


def _groups(scene: SceneGraph) -> dict[str | None, list[str]]:
    par = _parents(scene)
    groups: dict[str | None, list[str]] = {}
    for e in scene.entities:
        if e.kind == "centriole":
            groups.setdefault(par.get(e.id), []).append(e.id)
    return groups


def is_end_on(scene: SceneGraph, eid: str) -> bool:
    """Whether centriole ``eid`` is the second of its pair, drawn end-on (its partner lies at right angles
    to it, seen lengthwise: MBoC Fig. 16-47)."""
    for ids in _groups(scene).values():
        if eid in ids:
            return ids.index(eid) % 2 == 1
    return False


def paired_scene(scene: SceneGraph) -> SceneGraph:
    """``scene`` with the centrioles of one container taken two by two as side-by-side pairs (adjacent:
    the two centrioles of a centrosome lie together, MBoC ch. 16). The relations carry no span, so an
    impossible layout names the law ``centriole_pair``, and the verifier (which reads the user's scene)
    never checks them as stated."""
    extra = []
    for ids in _groups(scene).values():
        for a, b in zip(ids[0::2], ids[1::2]):
            extra.append(Relation("adjacent", a, b, None))
    if not extra:
        return scene
    return replace(scene, relations=tuple(scene.relations) + tuple(extra))


def check_centrosome(scene: SceneGraph, rules) -> None:
    """Refuse a stated nesting of anything but a centriole inside a centrosome (the ``holds`` rule of
    ``solvers/cell.yaml``), naming the phrase and the law, as the region solver refuses its own rules."""
    from ..solve.regions import check_containment
    holds = [r for r in rules.containment.get("rules", []) if "holds" in r]
    if not holds:
        return
    kind = {e.id: e.kind for e in scene.entities}
    for rule in holds:
        for outer, inner in rule["holds"].items():
            rels = tuple(r for r in scene.relations if not (kind.get(r.target) == outer and kind.get(r.source) in inner))
            table = {"relations": rules.containment.get("relations", []),
                     "rules": [{"law": rule["law"], "leaves": [outer]}]}
            check_containment(replace(scene, relations=rels), replace(rules, containment=table))


def part_detail(sid: str, kind: str, box, st: dict[str, Any], z: int, end_on: bool = False) -> list[Shape]:
    """What is drawn for a centriole (its own outline is unpainted): lengthwise, a cylinder as long as its
    box and ``centriole_width`` of it across; end-on, a disc of that width (MBoC Fig. 16-47). For a
    centrosome (its fill the pericentriolar material): its two centrioles at right angles, in its outline
    colour, when the text does not name them as entities of their own."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    f = float(st["detail"].get("centriole_width", 0.45))
    if kind == "centriole":
        k = st["kinds"]["centriole"]
        d = f * min(w, h)
        if end_on:
            return [Shape(f"_{sid}_end", "ellipse", (cx - d / 2, cy - d / 2, cx + d / 2, cy + d / 2),
                          k["fill"], k["stroke"], 1, z + 1, "detail")]
        return [Shape(f"_{sid}_side", "rect", (x0, cy - d / 2, x1, cy + d / 2), k["fill"], k["stroke"], 1,
                      z + 1, "detail")]
    if kind == "centrosome":
        k = st["kinds"]["centrosome"]
        s = 0.4 * min(w, h)   # each centriole's length inside the pericentriolar cloud
        d = max(2.0, f * s)
        g = 0.12 * min(w, h)
        return [Shape(f"_{sid}_c1", "rect", (cx - s - g / 2, cy - d / 2, cx - g / 2, cy + d / 2), k["stroke"],
                      k["stroke"], 1, z + 1, "detail"),
                Shape(f"_{sid}_c2", "rect", (cx + g / 2, cy - s / 2, cx + g / 2 + d, cy + s / 2), k["stroke"],
                      k["stroke"], 1, z + 1, "detail")]
    return []
