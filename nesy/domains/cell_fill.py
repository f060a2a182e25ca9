"""How much of its cell an organelle covers, and where in it: the solver's side and the pixel checks.

Reads the statements of ``cell_size`` (``fills``: a drawn area-fraction range; ``eccentric``: off the cell's
centre) and the size word of a vacuole ("a big vacuole", "a small vacuole": ``layout/cell.yaml``
``fills.size_words``), and the look of a plant cell's central vacuole (``central_vacuole.area``). Hands
``CellDomain.solve`` the box ratios of each such organelle (``RegionRules.dim_ratio``: a fraction of its
container's inside on both axes, so the drawn area lies in the range), the scene view that puts a central
vacuole in the middle of its cell with the other organelles in the ring around it, and the cell shapes
(a walled or plant cell, or one said to be mostly filled, is a rectangle: ``walled_shape``).
Checks from the pixels: the organelle's area over its cell's (``fills``), its centre's distance from its
cell's centre (``eccentric``).
"""
from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

from ..types import Check, Relation, SceneGraph, Span

__all__ = ["fill_targets", "central_view", "eccentric_view", "box_shape", "dim_ratios", "fill_checks",
           "tissue_view", "ECCENTRIC_MIN"]

# An off-centre organelle's centre lies at least this fraction of its cell's width (or height) from the
# cell's centre: a quarter of the way from the centre to the outline (a figure convention, stated once).
ECCENTRIC_MIN = 0.125
# "in the centre / middle": its centre within this fraction of the cell's width (and height) of the cell's
CENTRE_MAX = 0.1


def _style() -> dict:
    from ..render.style import science_style
    return science_style("cell")


def _parent(scene: SceneGraph) -> dict[str, str]:
    par: dict[str, str] = {}
    for r in scene.relations:
        if r.kind in ("inside", "element_of") and r.source not in par:
            par[r.source] = r.target
    return par


def fill_targets(scene: SceneGraph) -> dict[str, dict[str, Any]]:
    """Entity → {lo, hi, phrase, start, end, how}: the area fraction of its cell the text says it covers
    (a ``fills`` statement, or a vacuole's size word)."""
    words = _style()["fills"]["size_words"]
    out: dict[str, dict[str, Any]] = {}
    for e in scene.entities:
        f = e.attr("fills")
        if f:
            out[e.id] = dict(f)
        elif e.kind == "vacuole" and e.attr("size") in words and e.span is not None:
            lo, hi = words[e.attr("size")]
            out[e.id] = {"lo": float(lo), "hi": float(hi), "phrase": e.span.text, "start": e.span.start,
                         "end": e.span.end, "how": f"a {e.attr('size')} vacuole drawn as {lo:.0%}–{hi:.0%} "
                                                   "of the cell's area"}
    return out


def box_shape(scene: SceneGraph, targets: dict[str, dict]) -> dict[str, str]:
    """Cell id → its outline when not an ellipse: a walled or plant cell, and a cell a stated organelle
    covers most of (an ellipse's grid cannot hold half its area), are rectangles."""
    shape = _style().get("walled_shape", "rect")
    par = _parent(scene)
    full = {par.get(i) for i, t in targets.items() if float(t["lo"]) >= 0.3}
    return {e.id: shape for e in scene.entities if e.kind == "cell"
            and (e.attr("cell_wall") or e.attr("type") == "plant" or e.id in full)}


def dim_ratios(scene: SceneGraph, targets: dict[str, dict], shapes: dict[str, str],
               look: dict[str, tuple[float, float]] | None = None) -> dict[str, tuple[float, float, float, str]]:
    """``RegionRules.dim_ratio`` of each organelle with a target: its box's fraction of its cell's inside
    on both axes so that the drawn area lies in [lo, hi] (a rounded rectangle in a rectangle covers
    between 0.92 a² and a², an ellipse in an ellipse a²). ``look``: extra targets tagged as the layout's."""
    st = _style()
    par = _parent(scene)
    kinds = {e.id: e for e in scene.entities}
    t_wall = float(st["kinds"]["cell_wall"].get("thickness", 6))
    out: dict[str, tuple[float, float, float, str]] = {}
    items = [(i, float(t["lo"]), float(t["hi"]), f"phrase:{t['start']}:{t['end']}") for i, t in targets.items()]
    items += [(i, lo, hi, "law:layout") for i, (lo, hi) in (look or {}).items() if i not in targets]
    for i, lo, hi, tag in items:
        # aimed inside the range, so the pixels' anti-aliased rims and outlines keep it there
        lo, hi = min(lo + 0.03, (lo + hi) / 2), max(hi - 0.02, (lo + hi) / 2)
        p = par.get(i)
        if p is None or p not in kinds:
            continue
        rect = shapes.get(p) == "rect"
        c_lo = _rounded_cover() if rect and kinds[i].kind == "vacuole" else (math.pi / 4 if rect else 1.0)
        c_hi = 1.0 if rect and kinds[i].kind == "vacuole" else (math.pi / 4 if rect else 1.0)
        inset = (t_wall if kinds[p].attr("cell_wall") else 0.0) + 2.0
        out[i] = (math.sqrt(lo / c_lo), math.sqrt(hi / c_hi), inset, tag)
    return out


def _rounded_cover() -> float:
    """The area of a square rounded with corner radius ``vacuole_corner`` × its side, over the square's."""
    k = float(_style().get("vacuole_corner", 0.3))
    return 1.0 - (4.0 - math.pi) * k * k


def central_view(scene: SceneGraph, vac: str, ring: bool = True) -> SceneGraph:
    """``scene`` with ``vac`` (a central vacuole, or an organelle said to be in the middle) in an inner cell of
    its cell's grid and, with ``ring``, every other organelle of that cell near the cell's outline (the ring
    around it): a look, dropped when it cannot hold."""
    par = _parent(scene)
    cell = par.get(vac)
    if cell is None:
        return scene
    have = {(r.source, r.target) for r in scene.relations if r.kind == "adjacent"}
    c = next((e for e in scene.entities if e.id == vac), None)
    ce = dict(c.attr("centre")) if c is not None and c.attr("centre") else None
    extra = [Relation("centred", vac, cell, Span(ce["start"], ce["end"], ce["phrase"])) if ce
             else Relation("central", vac, cell, None)]
    for e in scene.entities:
        if not ring:
            break
        if par.get(e.id) == cell and e.id != vac and (e.id, cell) not in have and (cell, e.id) not in have:
            extra.append(Relation("adjacent", e.id, cell, None))
    return replace(scene, relations=tuple(scene.relations) + tuple(extra))


def eccentric_view(scene: SceneGraph) -> SceneGraph:
    """``scene`` with each organelle said to be off-centre held near its container's outline (its phrase)."""
    par = _parent(scene)
    have = {(r.source, r.target) for r in scene.relations if r.kind == "adjacent"}
    extra = []
    for e in scene.entities:
        ec = e.attr("eccentric")
        if ec and par.get(e.id) and (e.id, par[e.id]) not in have:
            ec = dict(ec)
            extra.append(Relation("adjacent", e.id, par[e.id], Span(ec["start"], ec["end"], ec["phrase"])))
    return replace(scene, relations=tuple(scene.relations) + tuple(extra)) if extra else scene


def tissue_view(scene: SceneGraph, shapes: dict[str, str]) -> SceneGraph:
    """``scene`` with walled (rectangular) cells said to lie next to each other drawn as a tissue: one row,
    one wall between neighbours (``shares_wall``, the stated phrase kept as its tag) — when those cells form
    one chain (A–B–C); any other arrangement keeps its ``adjacent`` relations."""
    walled = {e.id for e in scene.entities if e.kind == "cell" and e.attr("cell_wall") and shapes.get(e.id) == "rect"}
    par = _parent(scene)
    pairs = [r for r in scene.relations if r.kind == "adjacent" and r.source in walled and r.target in walled
             and par.get(r.source) is None and par.get(r.target) is None]
    if not pairs:
        return scene
    import networkx as nx
    g = nx.Graph()
    g.add_edges_from((r.source, r.target) for r in pairs)
    if any(d > 2 for _, d in g.degree()) or nx.cycle_basis(g):
        return scene
    keep = [r for r in scene.relations if r not in pairs]
    return replace(scene, relations=tuple(keep) + tuple(replace(r, kind="shares_wall") for r in pairs))


def fill_checks(scene: SceneGraph, seen: dict[str, Any], targets: dict[str, dict]) -> list[Check]:
    """From the pixels: each stated fill as the organelle's area over its cell's (± 0.03), each off-centre
    organelle's centre offset from its cell's centre (≥ ``ECCENTRIC_MIN`` of the cell's width or height)."""
    par = _parent(scene)
    out: list[Check] = []
    for i, t in sorted(targets.items()):
        a, c = seen.get(i), seen.get(par.get(i, ""))
        if a is None or c is None:
            out.append(Check("fills", (i, par.get(i, "")), "not found", [t["lo"], t["hi"]], 0.03, False,
                             t["phrase"]))
            continue
        f = a.area / max(c.area, 1)
        ok = float(t["lo"]) - 0.03 <= f <= float(t["hi"]) + 0.03
        out.append(Check("fills", (i, par[i]), round(f, 3), [t["lo"], t["hi"]], 0.03, ok, t["phrase"]))
    for e in scene.entities:
        ce = e.attr("centre")
        if not ce:
            continue
        ce = dict(ce)
        a, c = seen.get(e.id), seen.get(par.get(e.id, ""))
        if a is None or c is None:
            out.append(Check("centre", (e.id, par.get(e.id, "")), "not found", f"<= {CENTRE_MAX}", 0, False,
                             ce["phrase"]))
            continue
        dx = abs((a.x0 + a.x1) - (c.x0 + c.x1)) / 2 / max(c.x1 - c.x0, 1)
        dy = abs((a.y0 + a.y1) - (c.y0 + c.y1)) / 2 / max(c.y1 - c.y0, 1)
        d = max(dx, dy)
        out.append(Check("centre", (e.id, par[e.id]), round(d, 3), f"<= {CENTRE_MAX}", 0, d <= CENTRE_MAX,
                         ce["phrase"]))
    for e in scene.entities:
        ec = e.attr("eccentric")
        if not ec:
            continue
        ec = dict(ec)
        a, c = seen.get(e.id), seen.get(par.get(e.id, ""))
        if a is None or c is None:
            out.append(Check("eccentric", (e.id, par.get(e.id, "")), "not found", f">= {ECCENTRIC_MIN}", 0,
                             False, ec["phrase"]))
            continue
        dx = abs((a.x0 + a.x1) - (c.x0 + c.x1)) / 2 / max(c.x1 - c.x0, 1)
        dy = abs((a.y0 + a.y1) - (c.y0 + c.y1)) / 2 / max(c.y1 - c.y0, 1)
        d = max(dx, dy)
        out.append(Check("eccentric", (e.id, par[e.id]), round(d, 3), f">= {ECCENTRIC_MIN}", 0,
                         d >= ECCENTRIC_MIN, ec["phrase"]))
    return out
