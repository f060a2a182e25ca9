"""Sets: a set that crosses a nested pair — "P inside Q, and R crossing both (partly inside P, partly
outside Q)" — drawn as circles placed by a seeded search.

The grid solver (``nesy.solve.regions``) draws an overlap only between sets with the same container, so
a set overlapping both a subset and its superset is beyond it. Such a scene (a few sets, no elements, no
universe, relations among sets only: inside, overlaps, outside) is drawn here: each set a circle, every
stated relation exact — a subset's circle inside its superset's with a margin, overlapping circles sharing
a lens while each keeps a part of its own (a proper overlap: Rosen, *Discrete Mathematics and Its
Applications*, 7th ed., §2.2; Rodgers, JVLC 2014, §2: each zone of the diagram has area), stated
disjoint and unrelated pairs apart. A pair the relations force to meet without saying so (R overlaps P,
P ⊆ Q: R meets Q) must be stated, else the scene is not taken (the grid solver then refuses it by
name): the figure would show a relation the text never states.

Candidate placements are drawn at random with a fixed seed (``seed``), all at once, and the one with the
largest margin on every constraint kept; a group said to share members (``scene.attributes["common"]``)
must show its common region. Hands a ``RegionSolution`` to the drawing (``sets_draw.shapes_for``).
"""
from __future__ import annotations

import itertools

from ..solve.regions import RegionSolution
from ..types import SceneGraph

__all__ = ["cross_sets", "cross_solution"]

MARGIN = 14.0      # px between a subset's circle and its superset's, and between sets drawn apart
LENS = 0.3         # an overlap's lens depth, and each set's own part, as a share of the smaller radius
PAD = 30.0         # px around the figure
SAMPLES = 60000


def _containers(scene: SceneGraph, sets: list[str]) -> dict[str, set[str]]:
    """Each set's containers, transitively."""
    up: dict[str, set[str]] = {s: set() for s in sets}
    for r in scene.relations:
        if r.kind == "inside" and r.source in up and r.target in up:
            up[r.source].add(r.target)
    changed = True
    while changed:
        changed = False
        for s in sets:
            more = set().union(*(up[t] for t in up[s])) - up[s] if up[s] else set()
            if more:
                up[s] |= more
                changed = True
    return up


def cross_sets(scene: SceneGraph) -> dict[frozenset, str] | None:
    """The pair relations ("inside:a", "overlaps", "outside") of a scene this module draws, or None."""
    sets = [e.id for e in scene.entities if e.kind == "set"]
    if not 3 <= len(sets) <= 4 or len(sets) != len(scene.entities) or scene.attr("counts") or \
            any(e.attr("universe") or e.attr("empty") for e in scene.entities):
        return None
    if any(r.kind not in ("inside", "overlaps", "outside") for r in scene.relations):
        return None
    up = _containers(scene, sets)
    if any(s in up[s] for s in sets):
        return None
    pair: dict[frozenset, str] = {}
    for a, b in itertools.combinations(sets, 2):
        if b in up[a]:
            pair[frozenset((a, b))] = f"inside:{a}"
        elif a in up[b]:
            pair[frozenset((a, b))] = f"inside:{b}"
    for r in scene.relations:
        k = frozenset((r.source, r.target))
        if r.kind in ("overlaps", "outside"):
            if pair.get(k, r.kind) != r.kind:
                return None   # said two ways: the region solver reports it
            pair[k] = r.kind
    parent = {s: min(up[s], key=lambda t: len(up[t]), default=None) for s in sets}
    crossing = any(kind == "overlaps" and parent[a] != parent[b] for k, kind in pair.items() for a, b in [tuple(k)])
    if not crossing:
        return None
    # a set that overlaps a subset meets each of that subset's containers: only when the text says how
    for k, kind in list(pair.items()):
        if kind != "overlaps":
            continue
        a, b = tuple(k)
        for x, y in ((a, b), (b, a)):
            for c in up[y]:
                if c != x and frozenset((x, c)) not in pair:
                    return None
    for a, b in itertools.combinations(sets, 2):
        pair.setdefault(frozenset((a, b)), "apart")
    return pair


def cross_solution(scene: SceneGraph, pair: dict[frozenset, str], seed: int = 0) -> RegionSolution | None:
    """Circles (boxes, px) for the sets of ``pair`` (``cross_sets``), or None when no sample fits."""
    import numpy as np
    from shapely.geometry import Point
    sets = [e.id for e in scene.entities if e.kind == "set"]
    n = len(sets)
    rng = np.random.default_rng(seed)
    r = rng.uniform(45.0, 150.0, (SAMPLES, n))
    c = rng.uniform(0.0, 420.0, (SAMPLES, n, 2))
    idx = {s: i for i, s in enumerate(sets)}
    slack = np.full(SAMPLES, np.inf)
    for k, kind in pair.items():
        a, b = (idx[s] for s in sorted(k))
        d = np.linalg.norm(c[:, a] - c[:, b], axis=1)
        ra, rb = r[:, a], r[:, b]
        small = np.minimum(ra, rb)
        if kind.startswith("inside:"):
            i, o = (a, b) if kind[7:] == sets[a] else (b, a)
            ri, ro = r[:, i], r[:, o]
            s = np.minimum((ro - d - ri - MARGIN) / ro, (0.72 * ro - ri) / ro)
        elif kind == "overlaps":
            s = np.minimum((ra + rb - d) / small - LENS, (d - np.abs(ra - rb)) / small - LENS)
        else:   # outside, apart
            s = (d - ra - rb - MARGIN) / small
        slack = np.minimum(slack, s)
    groups = [list(g["sets"]) for g in (scene.attr("common", []) or [])]
    for j in np.argsort(-slack)[:200]:
        if slack[j] < 0:
            return None
        discs = {s: Point(*c[j, idx[s]]).buffer(float(r[j, idx[s]]), 64) for s in sets}
        ok = True
        for g in groups:
            common = discs[g[0]]
            for s in g[1:]:
                common = common.intersection(discs[s])
            ok = ok and common.area > 0.05 * min(discs[s].area for s in g)
        if ok:
            x0 = min(c[j, i, 0] - r[j, i] for i in range(n)) - PAD
            y0 = min(c[j, i, 1] - r[j, i] for i in range(n)) - PAD
            boxes = {s: (float(c[j, idx[s], 0] - r[j, idx[s]] - x0), float(c[j, idx[s], 1] - r[j, idx[s]] - y0),
                         float(c[j, idx[s], 0] + r[j, idx[s]] - x0), float(c[j, idx[s], 1] + r[j, idx[s]] - y0))
                     for s in sets}
            w = max(b[2] for b in boxes.values()) + PAD
            h = max(b[3] for b in boxes.values()) + PAD
            up = _containers(scene, sets)
            parent = {s: min(up[s], key=lambda t: len(up[t]), default=None) for s in sets}
            return RegionSolution(boxes, parent, w, h, {"cross": sets, "solve_s": 0.0, "attempt": 0}, {}, frozenset())
    return None
