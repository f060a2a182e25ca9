"""Solve stage for region domains (cells, sets): scene graph → exact layout of nested outlines.

Design (see ../shared/FINDINGS.md for why a plain Z3 encoding of pairwise non-overlap does not
scale): containment makes a forest; inside each container the children sit in the cells of a grid.
Z3 makes the *combinatorial* choice — which child goes in which grid cell — only for containers
whose children carry positional or overlap relations (integer arithmetic, small). Given the grid,
every law is *linear* over the entity boxes (``laws.py``): Z3 proves the whole linear system
feasible (or returns an unsat core in the user's phrases), and HiGHS polishes the same rows for
compactness. Siblings in different grid cells cannot meet, so non-overlap costs no disjunction.
"""
from __future__ import annotations

import math
import random
import time
from dataclasses import dataclass, field
from typing import Any, Callable

from ..errors import SolverTimeoutError, UnsatisfiableError, UnsupportedError
from ..types import Relation, SceneGraph
from .containment import forbidden
from .laws import LAWS, Box, inner_rect
from .linear import LinSystem

__all__ = ["RegionRules", "solve_regions", "RegionSolution", "tag_of", "check_containment"]


@dataclass
class RegionRules:
    """What a region domain tells the engine: shapes, sizes, margins, label room and its law sources."""

    shape_of: Callable[[str], str]                     # kind → ellipse | rect | point
    sizes: dict[str, dict[str, Any]]
    margins: dict[str, float]
    laws: dict[str, dict[str, str]]                    # law id → {doc, source}
    label_room: Callable[[Any], tuple[float, float]] = lambda e: (0.0, 0.0)  # (width, height) px
    size_order: list[dict[str, Any]] = field(default_factory=list)
    default_inside_law: str = "contained"
    exempt_nucleus: tuple[str, ...] = ()
    corner_radius: float = 0.0                         # px, for shape "rounded"
    containment: dict[str, Any] = field(default_factory=dict)  # which kinds may lie inside which (containment.py)
    # "adjacent" to its own container ("vesicles near the plasma membrane"): a child held within this
    # fraction of the container's height of the container's outline (0: refused, as before)
    boundary_band: float = 0.0
    # an entity's outline when it differs from its kind's (a walled plant cell drawn as a rectangle):
    # entity → shape; None: every entity takes ``shape_of(kind)``
    shape_of_entity: Callable[[Any], str | None] | None = None
    # an entity's box as a fraction of its container's box on both axes (how much of it the entity covers):
    # id → (lo, hi, inset px of the container's drawn inside on each side, tag of the phrase or law)
    dim_ratio: dict[str, tuple[float, float, float, str]] = field(default_factory=dict)
    # px by which two cells related by "shares_wall" overlap: the thickness of the one wall between them
    shared_wall: float = 0.0


@dataclass
class RegionSolution:
    boxes: dict[str, tuple[float, float, float, float]]
    parent: dict[str, str | None]
    width: float
    height: float
    stats: dict[str, Any]
    lens: dict[str, tuple[str, str]]
    right_members: frozenset = frozenset()  # right-hand members of overlapping pairs


def tag_of(rel: Relation | None, law: str) -> str:
    """The tag of a constraint: the user's phrase when there is one, else the domain law."""
    if rel is not None and rel.span is not None:
        return f"phrase:{rel.span.start}:{rel.span.end}"
    return f"law:{law}"


def _explain_tags(tags: list[str], scene: SceneGraph, rules: RegionRules) -> tuple[list[dict], list[dict]]:
    phrases, laws = [], []
    for t in tags:
        if t.startswith("phrase:"):
            _, a, b = t.split(":")
            a, b = int(a), int(b)
            phrases.append({"text": scene.text[a:b], "start": a, "end": b})
        else:
            lid = t[4:]
            base = lid.split(".")[0]
            info = rules.laws.get(lid) or rules.laws.get(base) or {}
            laws.append({"law": lid, "source": info.get("source", "nesy layout rule"),
                         "doc": info.get("doc", "")})
    phrases.sort(key=lambda p: p["start"])
    return phrases, laws


def _unsat(scene: SceneGraph, rules: RegionRules, core: list[str], fix: list[str], detail: str) -> UnsatisfiableError:
    phrases, laws = _explain_tags(core, scene, rules)
    fixp, _ = _explain_tags(fix, scene, rules)
    return UnsatisfiableError(phrases, laws, fixp, detail)


def check_containment(scene: SceneGraph, rules: RegionRules) -> None:
    """Refuse a stated nesting its kinds forbid (a cell inside a nucleus, a set inside an element),
    naming the user's phrase and the law, before anything is laid out."""
    nest = set(rules.containment.get("relations", []))
    kind = {e.id: e.kind for e in scene.entities}
    for r in scene.relations:
        if r.kind not in nest:
            continue
        hit = forbidden(rules.containment, kind[r.source], kind[r.target])
        if hit is not None:
            rule, why = hit
            phrase = tag_of(r, rule["law"])
            core = sorted({phrase, f"law:{rule['law']}"})
            raise _unsat(scene, rules, core, [phrase], why)


def _tree(scene: SceneGraph, rules: RegionRules) -> tuple[dict[str, str | None], dict[str, Relation | None],
                                                          dict[str, tuple[str, str]], list[Relation]]:
    """Parent of every entity (innermost container), the relation that put it there, lens pairs."""
    ids = [e.id for e in scene.entities]
    conts: dict[str, list[Relation]] = {i: [] for i in ids}
    for r in scene.relations:
        if r.kind in ("inside", "element_of"):
            conts[r.source].append(r)
    # cycles: a chain of containments that returns to its start is a contradiction
    def walk(start: str) -> list[Relation] | None:
        stack = [(start, [])]
        seen = set()
        while stack:
            node, path = stack.pop()
            for r in conts.get(node, []):
                if r.target == start:
                    return path + [r]
                if r.target not in seen:
                    seen.add(r.target)
                    stack.append((r.target, path + [r]))
        return None
    for i in ids:
        cyc = walk(i)
        if cyc:
            core = sorted({tag_of(r, rules.default_inside_law) for r in cyc})
            raise _unsat(scene, rules, core, core[:1], "containment runs in a circle")

    anc_cache: dict[str, set[str]] = {}

    def ancestors(i: str) -> set[str]:
        if i not in anc_cache:
            out: set[str] = set()
            for r in conts[i]:
                out.add(r.target)
                out |= ancestors(r.target)
            anc_cache[i] = out
        return anc_cache[i]

    parent: dict[str, str | None] = {}
    via: dict[str, Relation | None] = {}
    lens: dict[str, tuple[str, str]] = {}
    implied: list[Relation] = []
    overl = {frozenset((r.source, r.target)) for r in scene.relations if r.kind == "overlaps"}
    for i in ids:
        cs = conts[i]
        inner = [r for r in cs if not any(r.target in ancestors(o.target) for o in cs if o is not r)]
        targets = sorted({r.target for r in inner})
        if not targets:
            parent[i], via[i] = None, None
        elif len(targets) == 1:
            parent[i] = targets[0]
            via[i] = next(r for r in inner if r.target == targets[0])
        elif len(targets) == 2:
            a, b = targets
            lens[i] = (a, b)
            via[i] = None
            if frozenset((a, b)) not in overl:  # x ∈ A and x ∈ B: A and B must intersect
                ra = next(r for r in inner if r.target == a)
                rb = next(r for r in inner if r.target == b)
                span = ra.span if ra.span is not None else rb.span
                implied.append(Relation("overlaps", a, b, span))
                overl.add(frozenset((a, b)))
            parent[i] = "__lens__"
        else:
            raise UnsupportedError(
                f"'{i}' is placed inside {len(targets)} regions that do not nest ({', '.join(targets)}); "
                "nesy draws an entity in at most two overlapping regions")
    # lens members sit in the common parent of their two regions
    for i, (a, b) in lens.items():
        pa, pb = parent.get(a), parent.get(b)
        parent[i] = pa if pa == pb else pa
    # outside/overlap against one's own container is a contradiction
    def chain(i: str) -> list[Relation]:
        out, node = [], i
        while node is not None and parent.get(node) not in (None,) and via.get(node) is not None:
            out.append(via[node])
            node = parent[node]
        return out
    for r in scene.relations:
        if r.kind in ("outside", "overlaps"):
            for a, b in ((r.source, r.target), (r.target, r.source)):
                if b in ancestors(a):
                    path = []
                    node = a
                    while node != b and node is not None:
                        if via.get(node) is None:
                            break
                        path.append(via[node])
                        node = parent.get(node)
                    core = sorted({tag_of(x, rules.default_inside_law) for x in path} | {tag_of(r, r.kind)})
                    raise _unsat(scene, rules, core, [tag_of(r, r.kind)],
                                 f"'{a}' is inside '{b}', so it cannot be {'outside' if r.kind == 'outside' else 'partly outside'} it")
    _check_disjoint(scene, rules, ids, conts, ancestors, implied)
    return parent, via, lens, implied


def _check_disjoint(scene: SceneGraph, rules: RegionRules, ids: list[str], conts: dict[str, list[Relation]],
                    ancestors: Callable[[str], set[str]], implied: list[Relation]) -> None:
    """A stated 'outside' (disjoint) pair that other phrases make meet is a contradiction: two regions
    cannot be disjoint when they (or regions inside them) are said to overlap, or when one entity lies
    in both (Rosen §2.2: A ∩ B = ∅ and C ⊆ A, D ⊆ B imply C ∩ D = ∅). The grid layout never encodes
    'outside' as a row, so without this check the overlap would be drawn and verification fail."""
    def path(x: str, y: str, depth: int = 0) -> list[Relation]:   # containment phrases from x up to y
        for r0 in conts[x]:
            if depth < 64 and (r0.target == y or y in ancestors(r0.target)):
                return [r0] + ([] if r0.target == y else path(r0.target, y, depth + 1))
        return []
    over = [r for r in list(scene.relations) + implied if r.kind == "overlaps"]
    for r in scene.relations:
        if r.kind != "outside" or r.source == r.target:
            continue
        a, b = r.source, r.target
        A = {a} | {i for i in ids if a in ancestors(i)}
        B = {b} | {i for i in ids if b in ancestors(i)}
        hit: tuple[list[Relation], str] | None = None
        for o in over:
            for x, y in ((o.source, o.target), (o.target, o.source)):
                if hit is None and x in A and y in B:
                    hit = ([o] + path(x, a) + path(y, b),
                           f"'{a}' and '{b}' meet where '{x}' overlaps '{y}', so they cannot be disjoint")
        for c in sorted((A & B) - {a, b}):
            if hit is None:
                hit = (path(c, a) + path(c, b), f"'{c}' lies in both '{a}' and '{b}', so they cannot be disjoint")
        if hit is not None:
            core = sorted({tag_of(x, x.kind if x.kind != "inside" else rules.default_inside_law) for x in hit[0]}
                          | {tag_of(r, r.kind)})
            raise _unsat(scene, rules, core, [tag_of(r, r.kind)], hit[1])


SHELF = 1 << 20  # column codes >= SHELF mean "k-th in a shelf row" rather than a grid column


def _grid_dims(n: int) -> tuple[int, int]:
    c = max(1, math.ceil(math.sqrt(n)))
    return math.ceil(n / c), c


def _assign_grid(group: list[str], rels: list[tuple[str, str, str, str]], seed: int, attempt: int,
                 timeout_s: float, scene: SceneGraph, rules: RegionRules,
                 sizes: dict[str, float], narrow: int = 0) -> dict[str, tuple[int, int]]:
    """Grid cell (row, col) of every child of one container; Z3 decides when relations constrain it.

    ``rels``: (kind, a, b, tag) with a, b in ``group`` (kinds left_of, above, overlaps, adjacent).
    """
    n = len(group)
    order = sorted(group, key=lambda i: (-sizes.get(i, 0.0), _natkey(i)))
    if attempt:
        random.Random(seed * 7919 + attempt).shuffle(order)
    if not rels:
        # shelves: rows are independent strips (no shared columns), biggest children first so
        # similar sizes share a row; one child much larger than the rest (a nucleus among
        # mitochondria) gets a row of its own
        # ``narrow``: fewer children per row, tried when the first arrangement cannot hold the sizes
        if n > 4 and not attempt and sizes.get(order[0], 0) >= 2.0 * sizes.get(order[1], 0):
            C = max(1, _grid_dims(n - 1)[1] - narrow)
            out = {order[0]: (0, SHELF)}
            out.update({i: (1 + k // C, SHELF + 1 + k % C) for k, i in enumerate(order[1:])})
            return out
        C = max(1, _grid_dims(n)[1] - narrow)
        return {i: (k // C, SHELF + k % C) for k, i in enumerate(order)}
    import z3
    # a grid cell has eight neighbours: more regions than that next to one region is a layout limit,
    # said with its phrases at once (Z3 takes minutes to refute the pigeonhole)
    nb: dict[str, dict[str, str]] = {}   # region → its stated neighbours → the phrase's tag
    for kind, a, b, tag in rels:
        if kind == "adjacent" and a != b:
            nb.setdefault(a, {}).setdefault(b, tag)
            nb.setdefault(b, {}).setdefault(a, tag)
    crowd = next((i for i in sorted(nb) if len(nb[i]) > 8), None)
    if crowd is not None:
        phrases = sorted(set(nb[crowd].values()))
        texts = [next((r.span.text for r in scene.relations if r.span and tag_of(r, r.kind) == t), t)
                 for t in phrases]
        raise UnsupportedError(
            f"{'; '.join(repr(x) for x in dict.fromkeys(texts))}: nesy's layout draws at most 8 regions next to "
            f"one region ({len(nb[crowd])} are asked next to '{crowd}')")
    R, C = _grid_dims(n)
    need_c = 1 + _longest_chain([(a, b) for k, a, b, _ in rels if k == "left_of"])
    need_r = 1 + _longest_chain([(a, b) for k, a, b, _ in rels if k == "above"])
    C = max(C, need_c, 2 if any(k == "overlaps" for k, *_ in rels) else 1)
    R = max(R, need_r)
    while R * C < n:
        R += 1
    t0 = time.perf_counter()
    for _grow in range(2 * n + 2):
        ctx = z3.Context()  # a fresh context per solve: the same input gives the same model
        s = z3.Solver(ctx=ctx)
        s.set("timeout", max(1, int(timeout_s * 1000)))
        s.set("random_seed", seed + attempt)
        row = {i: z3.Int(f"r_{i}", ctx) for i in group}
        col = {i: z3.Int(f"c_{i}", ctx) for i in group}
        for i in group:
            s.add(row[i] >= 0, row[i] < R, col[i] >= 0, col[i] < C)
        s.add(z3.Distinct([row[i] * C + col[i] for i in group]))
        lits: dict[str, Any] = {}
        for kind, a, b, tag in rels:
            lit = lits.setdefault(tag, z3.Bool(f"g{len(lits)}", ctx))
            if kind == "left_of":
                s.add(z3.Implies(lit, col[a] < col[b]))
            elif kind == "above":
                s.add(z3.Implies(lit, row[a] < row[b]))
            elif kind == "overlaps":
                s.add(z3.Implies(lit, z3.And(row[a] == row[b],
                                              z3.Or(col[b] == col[a] + 1, col[a] == col[b] + 1))))
            elif kind == "centre":   # an inner cell of the container's grid
                s.add(z3.Implies(lit, z3.And(row[a] > 0, row[a] < R - 1, col[a] > 0, col[a] < C - 1)))
            elif kind == "rim":   # a border cell of the container's grid
                s.add(z3.Implies(lit, z3.Or(row[a] == 0, row[a] == R - 1, col[a] == 0, col[a] == C - 1)))
            elif kind == "adjacent":
                # neighbouring cells, diagonals included (the drawn test is the larger of the two axis
                # gaps, regionbase.check_relation): a nucleus has eight neighbours, not four
                s.add(z3.Implies(lit, _neighbours(row, col, a, b)))
        res = s.check(*lits.values())
        if res == z3.sat:
            m = s.model()
            return {i: (m.eval(row[i]).as_long(), m.eval(col[i]).as_long()) for i in group}
        if res == z3.unknown:
            raise SolverTimeoutError("Z3 grid placement", round(time.perf_counter() - t0, 3))
        core_lits = {str(c) for c in s.unsat_core()}
        core = [t for t, l in lits.items() if str(l) in core_lits]
        # a bigger grid cannot help relations that contradict each other: test once with slack
        if R * C >= 4 * n + 4:
            fix = _grid_fix(group, rels, core, seed)
            raise _unsat(scene, rules, sorted(core), fix,
                         "no arrangement of these regions satisfies all of these relative positions")
        R, C = R + 1, C + 1
    raise SolverTimeoutError("Z3 grid placement", round(time.perf_counter() - t0, 3))


def _check_overlap_chains(group_rels, rels, tag_of) -> None:
    """nesy's region layout draws overlapping siblings as a chain, each overlapping the one before and
    after it (A–B–C). Three or more that overlap one another pairwise (a three-set Venn diagram), or one
    that overlaps three others, is possible geometry that this layout cannot draw: say so (an
    ``UnsupportedError`` naming the phrases), never answer it as an impossible specification."""
    import networkx as nx
    for p, rs in group_rels.items():
        g = nx.Graph()
        for kind, a, b, tag in rs:
            if kind == "overlaps":
                g.add_edge(a, b, tag=tag)
        bad = [n for n in g if g.degree(n) > 2]
        cyc = nx.cycle_basis(g) if not bad else []
        if not bad and not cyc:
            continue
        comp = nx.node_connected_component(g, bad[0] if bad else cyc[0][0])
        phrases = []
        for r in rels:
            if r.kind == "overlaps" and {r.source, r.target} <= comp:
                t = r.span.text if r.span else f"{r.source} overlaps {r.target}"
                if t not in phrases:
                    phrases.append(t)
        what = ("sets that all overlap one another (a three-set Venn diagram)" if cyc
                else f"'{bad[0]}' overlapping {g.degree(bad[0])} others")
        raise UnsupportedError(
            f"{'; '.join(repr(x) for x in phrases)}: nesy's layout draws overlapping regions as a chain, each "
            f"overlapping the one before and after it (A overlaps B, B overlaps C); {what} is possible but not "
            "drawn yet")


def _neighbours(row, col, a, b):
    """Z3: grid cells of ``a`` and ``b`` touch, side or corner (king's move; the cells are distinct)."""
    import z3
    return z3.And(row[a] - row[b] <= 1, row[b] - row[a] <= 1, col[a] - col[b] <= 1, col[b] - col[a] <= 1)


def _grid_fix(group, rels, core, seed) -> list[str]:
    """Smallest set of core phrases whose removal leaves the positional relations satisfiable."""
    import itertools
    import z3
    user = [t for t in core if t.startswith("phrase:")]
    n = len(group)
    for k in range(1, min(3, len(user)) + 1):
        for drop in itertools.combinations(user, k):
            ctx = z3.Context()
            s = z3.Solver(ctx=ctx)
            s.set("timeout", 2000)
            row = {i: z3.Int(f"r_{i}", ctx) for i in group}
            col = {i: z3.Int(f"c_{i}", ctx) for i in group}
            for i in group:
                s.add(row[i] >= 0, row[i] < n, col[i] >= 0, col[i] < n)
            s.add(z3.Distinct([row[i] * n + col[i] for i in group]))
            for kind, a, b, tag in rels:
                if tag in drop:
                    continue
                if kind == "left_of":
                    s.add(col[a] < col[b])
                elif kind == "above":
                    s.add(row[a] < row[b])
                elif kind == "overlaps":
                    s.add(row[a] == row[b], z3.Or(col[b] == col[a] + 1, col[a] == col[b] + 1))
                elif kind == "adjacent":
                    s.add(_neighbours(row, col, a, b))
            if s.check() == z3.sat:
                return list(drop)
    return []


def _longest_chain(edges: list[tuple[str, str]]) -> int:
    import networkx as nx
    g = nx.DiGraph(edges)
    if not nx.is_directed_acyclic_graph(g):
        return len(g)
    return nx.dag_longest_path_length(g) if len(g) else 0


def _natkey(s: str) -> tuple:
    import re
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", s))


def _inflation(scene: SceneGraph, rules: RegionRules, sol: RegionSolution) -> float:
    """How many times its minimum drawn width the median leaf is drawn (1 = tight)."""
    has_child = {p for p in sol.parent.values() if p}
    ratios = []
    for e in scene.entities:
        if e.id in has_child or e.id not in sol.boxes:
            continue
        mw = float(rules.sizes.get(e.kind, {}).get("min_px", [10, 10])[0])
        x0, _, x1, _ = sol.boxes[e.id]
        ratios.append((x1 - x0) / max(mw, 1.0))
    ratios.sort()
    return ratios[len(ratios) // 2] if ratios else 1.0


class _Infeasible(Exception):
    def __init__(self, core: list[str], system: LinSystem):
        self.core, self.system = core, system


def solve_regions(scene: SceneGraph, rules: RegionRules, *, seed: int = 0, attempt: int = 0,
                  timeout_s: float = 20.0, margin_scale: float = 1.0) -> RegionSolution:
    """Lay out ``scene``'s entities as nested outlines. Raises UnsatisfiableError with the core.

    The row arrangement of unconstrained siblings is a combinatorial choice too: when the first
    (near-square) one cannot hold the sizes the laws require, narrower rows are tried before the
    specification is called impossible.
    """
    check_containment(scene, rules)
    first: _Infeasible | None = None
    best: RegionSolution | None = None
    t0 = time.perf_counter()
    for narrow in range(4):
        try:
            sol = _solve_once(scene, rules, seed=seed, attempt=attempt, timeout_s=timeout_s,
                              margin_scale=margin_scale, narrow=narrow)
        except _Infeasible as e:
            first = first or e
            if best is not None or time.perf_counter() - t0 > timeout_s:
                break
            continue
        if best is None or sol.width * sol.height < best.width * best.height:
            best = sol
        # a barely feasible arrangement blows the figure up (fixed px gaps against size ratios):
        # while the smallest leaves are drawn far above their minimum size, try narrower rows
        if _inflation(scene, rules, sol) < 3.0 or time.perf_counter() - t0 > timeout_s:
            break
    if best is not None:
        return best
    assert first is not None
    fix = _smallest_fix(first.system, first.core, timeout_s)
    raise _unsat(scene, rules, first.core, fix, "the sizes and placements these phrases require cannot all hold")


def _solve_once(scene: SceneGraph, rules: RegionRules, *, seed: int, attempt: int, timeout_s: float,
                margin_scale: float, narrow: int) -> RegionSolution:
    t_start = time.perf_counter()
    parent, via, lens, implied = _tree(scene, rules)
    rels = list(scene.relations) + implied
    kinds = {e.id: e.kind for e in scene.entities}
    ents = {e.id: e for e in scene.entities}
    m_in = rules.margins.get("inside", 6) * margin_scale
    gap = rules.margins.get("gap", 8) * margin_scale
    children: dict[str | None, list[str]] = {}
    for e in scene.entities:
        if e.id not in lens:
            children.setdefault(parent[e.id], []).append(e.id)
    sys_ = LinSystem()
    boxes: dict[str, Box] = {}
    for e in scene.entities:
        sh = "rect" if rules.shape_of(e.kind) == "point" else rules.shape_of(e.kind)
        if rules.shape_of_entity is not None:
            sh = rules.shape_of_entity(e) or sh
        boxes[e.id] = Box(sys_.var(f"{e.id}.x0"), sys_.var(f"{e.id}.y0"), sys_.var(f"{e.id}.x1"),
                          sys_.var(f"{e.id}.y1"), sh, rules.corner_radius)
    margin = 24.0
    canvas = Box(sys_.var("canvas.x0"), sys_.var("canvas.y0"), sys_.var("canvas.x1"),
                 sys_.var("canvas.y1"), "rect")
    sys_.eq({canvas.x0: 1.0}, 0.0, "law:layout")
    sys_.eq({canvas.y0: 1.0}, 0.0, "law:layout")

    # sibling-level relations for the grid choice
    def lift(a: str, b: str) -> tuple[str, str] | None:
        pa = [a]
        while parent.get(pa[-1]) not in (None,) and pa[-1] not in lens:
            pa.append(parent[pa[-1]])
        pb = [b]
        while parent.get(pb[-1]) not in (None,) and pb[-1] not in lens:
            pb.append(parent[pb[-1]])
        for x in pa:
            for y in pb:
                if parent.get(x) == parent.get(y) and x != y and x not in lens and y not in lens:
                    return x, y
        return None

    group_rels: dict[str | None, list[tuple[str, str, str, str]]] = {}
    rim: dict[str, tuple[str, str]] = {}   # child → (its container, tag): adjacent to its own container
    for r in rels:
        if r.kind == "shares_wall" and parent.get(r.source) == parent.get(r.target):
            # two walled cells of a tissue side by side: neighbouring columns of one row, like an overlapping
            # pair (their facing sides free of the grid lines), one wall between them (below)
            group_rels.setdefault(parent.get(r.source), []).append(("overlaps", r.source, r.target,
                                                                    tag_of(r, "layout")))
            continue
        if r.kind in ("central", "centred"):   # in an inner cell of its container's grid (centred: on its centre)
            group_rels.setdefault(r.target, []).append(("centre", r.source, r.source, tag_of(r, "layout")))
            continue
        # (or above / below its own container: "vesicles just beneath the plasma membrane")
        if r.kind in ("adjacent", "above") and rules.boundary_band > 0:
            a, b = (r.source, r.target) if parent.get(r.source) == r.target else (r.target, r.source)
            if parent.get(a) == b and a not in lens:
                rim.setdefault(a, (b, tag_of(r, r.kind)))
                group_rels.setdefault(b, []).append(("rim", a, a, tag_of(r, r.kind)))
                continue
        if r.kind in ("left_of", "above", "overlaps", "adjacent"):
            pair = lift(r.source, r.target)
            if pair is None:
                if r.kind in ("overlaps", "adjacent"):
                    raise UnsupportedError(
                        f"'{r.span.text if r.span else r.kind}': nesy draws '{r.kind}' only between "
                        "regions that share their container")
                continue
            if r.kind in ("overlaps", "adjacent") and pair != (r.source, r.target):
                raise UnsupportedError(
                    f"'{r.span.text if r.span else r.kind}': nesy draws '{r.kind}' only between "
                    "regions that share their container")
            group_rels.setdefault(parent.get(pair[0]), []).append((r.kind, pair[0], pair[1], tag_of(r, r.kind)))

    _check_overlap_chains(group_rels, rels, tag_of)

    # nominal sizes for ordering (bigger first reads well)
    nominal = {i: max(float(rules.sizes.get(kinds[i], {}).get("min_px", [20, 20])[0]),
                      400.0 * float(rules.sizes.get(kinds[i], {}).get("ratio", [0, 0])[0])) for i in kinds}
    t_grid = time.perf_counter()
    cells: dict[str, tuple[int, int]] = {}
    dims: dict[str | None, tuple[int, int]] = {}
    for p, group in children.items():
        assign = _assign_grid(group, group_rels.get(p, []), seed, attempt, timeout_s, scene, rules, nominal,
                              narrow)
        cells.update(assign)
        shelf = any(c >= SHELF for _, c in assign.values())
        dims[p] = (1 + max(r for r, _ in assign.values()),
                   1 if shelf else 1 + max(c for _, c in assign.values()))
    t_grid = time.perf_counter() - t_grid

    overlap_pairs: dict[str, str] = {}  # left member → right member
    for p, rs in group_rels.items():
        for kind, a, b, tag in rs:
            if kind == "overlaps":
                l, rgt = (a, b) if cells[a][1] < cells[b][1] else (b, a)
                overlap_pairs[l] = rgt
    right_of_pair = {v: k for k, v in overlap_pairs.items()}

    # grids
    for p, group in children.items():
        R, C = dims[p]
        X = [sys_.var(f"{p}.X{k}") for k in range(C + 1)]
        Y = [sys_.var(f"{p}.Y{k}") for k in range(R + 1)]
        for k in range(C):
            sys_.le({X[k]: 1.0, X[k + 1]: -1.0}, 0.0, "law:layout")
        for k in range(R):
            sys_.le({Y[k]: 1.0, Y[k + 1]: -1.0}, 0.0, "law:layout")
        host = canvas if p is None else boxes[p]
        lw, lh = (0.0, 0.0) if p is None else rules.label_room(ents[p])
        (ix0, cx0), (iy0, cy0), (ix1, cx1), (iy1, cy1) = inner_rect(host)
        mm = margin if p is None else m_in
        hdr = lh
        sys_.le({**ix0, X[0]: -1.0}, -mm - cx0, "law:layout")               # inner.x0 + m <= X0
        sys_.le({**iy0, Y[0]: -1.0}, -(mm + hdr) - cy0, "law:layout")
        sys_.le({**{k: -v for k, v in ix1.items()}, X[C]: 1.0}, -mm + cx1, "law:layout")  # XC + m <= inner.x1
        sys_.le({**{k: -v for k, v in iy1.items()}, Y[R]: 1.0}, -mm + cy1, "law:layout")
        shelf_rows: dict[int, list[tuple[int, str]]] = {}
        for i in group:
            r, c = cells[i]
            if c >= SHELF:
                shelf_rows.setdefault(r, []).append((c, i))
        for r, items in shelf_rows.items():
            items.sort()
            for (_, u), (_, v) in zip(items, items[1:]):
                sys_.le({boxes[u].x1: 1.0, boxes[v].x0: -1.0}, -gap, "law:layout")
        for i in group:
            r, c = cells[i]
            b = boxes[i]
            t = tag_of(via.get(i), rules.default_inside_law) if p is not None else "law:layout"
            if t.startswith("law:") and p is not None and ents[i].span is not None:
                t = f"phrase:{ents[i].span.start}:{ents[i].span.end}"  # its container by law: name its mention
            if c >= SHELF:
                items = shelf_rows[r]
                if items[0][1] == i:
                    sys_.le({X[0]: 1.0, b.x0: -1.0}, -gap / 2, t)
                if items[-1][1] == i:
                    sys_.le({b.x1: 1.0, X[C]: -1.0}, -gap / 2, t)
                sys_.le({Y[r]: 1.0, b.y0: -1.0}, -gap / 2, t)
                sys_.le({b.y1: 1.0, Y[r + 1]: -1.0}, -gap / 2, t)
                continue
            c0, c1 = c, c + 1
            if i not in right_of_pair:
                sys_.le({X[c0]: 1.0, b.x0: -1.0}, -gap / 2, t)
            if i not in overlap_pairs:
                sys_.le({b.x1: 1.0, X[c1]: -1.0}, -gap / 2, t)
            sys_.le({Y[r]: 1.0, b.y0: -1.0}, -gap / 2, t)
            sys_.le({b.y1: 1.0, Y[r + 1]: -1.0}, -gap / 2, t)
        # two members of one row not stated to overlap stay apart, even where each overlaps a region between them
        # ("A = {1, 2}; B = {2, 3}; C = {3, 4}": A and C each lose the grid line on B's side — left free, A ran
        # across B into C, and the figure failed verification three times)
        pairs = {(a, b) for a, b in overlap_pairs.items()}
        free = [i for i in group if cells[i][1] < SHELF and (i in overlap_pairs or i in right_of_pair)]
        for u in free:
            for v in group:
                ru, cu = cells[u]
                rv, cv = cells[v]
                if v != u and rv == ru and cv < SHELF and cu < cv and (u, v) not in pairs:
                    sys_.le({boxes[u].x1: 1.0, boxes[v].x0: -1.0}, -gap, "law:layout")
        for v in group:
            if v in free:
                continue
            for u in free:
                ru, cu = cells[u]
                rv, cv = cells[v]
                if rv == ru and cv < SHELF and cv < cu and (v, u) not in pairs:
                    sys_.le({boxes[v].x1: 1.0, boxes[u].x0: -1.0}, -gap, "law:layout")
        if p is not None:  # contents centred in their container (a look, weighted low)
            for lo_, hi_, g0, g1 in ((host.x0, host.x1, X[0], X[C]), (host.y0, host.y1, Y[0], Y[R])):
                dv = sys_.var(f"{p}.centre_dev")
                sys_.le({g0: 1.0, g1: 1.0, lo_: -1.0, hi_: -1.0, dv: -2.0}, 0.0, "law:layout")
                sys_.le({g0: -1.0, g1: -1.0, lo_: 1.0, hi_: 1.0, dv: -2.0}, 0.0, "law:layout")
                sys_.objective[dv] = 0.2
        # objective: compact containers, small grids
        for lo_, hi_ in ((X[0], X[C]), (Y[0], Y[R])):  # tight grids, so centring moves the contents
            sys_.objective[hi_] = sys_.objective.get(hi_, 0.0) + 0.5
            sys_.objective[lo_] = sys_.objective.get(lo_, 0.0) - 0.5

    # children held near their container's outline: in a border cell of its grid, the box within
    # boundary_band × the container's height of the container's box on that side (every point of the
    # box's near side is then at most that far from the outline inside the box)
    for i, (p, t) in rim.items():
        R, C = dims[p]
        r_, c_ = cells[i]
        b, host = boxes[i], boxes[p]
        q = rules.boundary_band
        if r_ == 0:
            row = {b.y0: 1.0, host.y0: q - 1.0, host.y1: -q}
        elif r_ == R - 1:
            row = {host.y1: 1.0 - q, host.y0: q, b.y1: -1.0}
        elif c_ == 0:
            row = {b.x0: 1.0, host.x0: -1.0, host.y1: -q, host.y0: q}
        else:
            row = {host.x1: 1.0, b.x1: -1.0, host.y1: -q, host.y0: q}
        sys_.le(row, 0.0, t)

    # every entity: sizes, aspect, size ratio to its reference, label room
    def nearest(i: str, kind: str) -> str | None:
        node = parent.get(i)
        if node == "__lens__":
            node = lens[i][0]
        while node is not None:
            if kinds[node] == kind:
                return node
            node = parent.get(node)
            if node == "__lens__":
                break
        return None

    for e in scene.entities:
        b = boxes[e.id]
        sz = rules.sizes.get(e.kind, {})
        mw, mh = sz.get("min_px", [10, 10])
        lw, lh = rules.label_room(e)
        LAWS["min_size"].z3(sys_, b, f"law:min_size.{e.kind}" if (lw, lh) == (0, 0) else "law:label_room",
                            w=max(mw, lw + 4 * m_in) if lw else mw, h=max(mh, lh + mh * 0.6) if lh else mh)
        if "aspect" in sz and rules.shape_of(e.kind) != "point":
            lo, hi = sz["aspect"]
            if lw:  # a label may need a wider outline than the aspect law of unlabelled shapes
                hi = max(hi, 4.0)
            LAWS["aspect"].z3(sys_, b, f"law:aspect.{e.kind}", lo=lo, hi=hi)
        if "ref" in sz:
            ref = nearest(e.id, sz["ref"])
            if ref is not None:
                lo, hi = sz["ratio"]
                LAWS["size_ratio"].z3(sys_, b, boxes[ref], f"law:size_ratio.{e.kind}", lo=lo, hi=hi)
        if e.id in rules.dim_ratio and parent.get(e.id) in boxes:
            lo, hi, inset, t = rules.dim_ratio[e.id]
            hb = boxes[parent[e.id]]
            for v0, v1, h0, h1 in ((b.x0, b.x1, hb.x0, hb.x1), (b.y0, b.y1, hb.y0, hb.y1)):
                # lo·(H - 2·inset) <= v1 - v0 <= hi·(H - 2·inset)
                sys_.le({v1: -1.0, v0: 1.0, h1: lo, h0: -lo}, 2 * inset * lo, t)
                sys_.le({v1: 1.0, v0: -1.0, h1: -hi, h0: hi}, -2 * inset * hi, t)
        w = 1.0 / (1 + _depth(e.id, parent))
        sys_.objective[b.x1] = sys_.objective.get(b.x1, 0.0) + w
        sys_.objective[b.x0] = sys_.objective.get(b.x0, 0.0) - w
        sys_.objective[b.y1] = sys_.objective.get(b.y1, 0.0) + w
        sys_.objective[b.y0] = sys_.objective.get(b.y0, 0.0) - w
    for so in rules.size_order:
        for e in scene.entities:
            if e.kind != so["small"]:
                continue
            cell = _root_of(e.id, parent, lens)
            for f in scene.entities:
                if f.kind == so["large"] and _root_of(f.id, parent, lens) == cell:
                    a, bb = boxes[e.id], boxes[f.id]
                    sys_.le({a.x1: 1.0, a.x0: -1.0, bb.x1: -so["max"], bb.x0: so["max"]}, 0.0,
                            f"law:size_order.{so['small']}")
    # user relations that are linear rows on the entities themselves
    for r in rels:
        a, b = r.source, r.target
        t = tag_of(r, r.kind)
        if r.kind == "left_of":
            LAWS["left_of"].z3(sys_, boxes[a], boxes[b], t, gap=gap)
        elif r.kind == "above" and (rim.get(a, (None,))[0] == b or rim.get(b, (None,))[0] == a):
            continue   # beneath its container's outline: the rim rows above
        elif r.kind == "above":
            LAWS["above"].z3(sys_, boxes[a], boxes[b], t, gap=gap)
        elif r.kind == "larger":
            LAWS["larger"].z3(sys_, boxes[a], boxes[b], t, ratio=1.25)
        elif r.kind == "centred" and parent.get(a) == b:
            # its centre on its container's centre (the grid's middle cell alone may sit off it)
            sys_.eq({boxes[a].x0: 1.0, boxes[a].x1: 1.0, boxes[b].x0: -1.0, boxes[b].x1: -1.0}, 0.0, t)
            sys_.eq({boxes[a].y0: 1.0, boxes[a].y1: 1.0, boxes[b].y0: -1.0, boxes[b].y1: -1.0}, 0.0, t)
        elif r.kind == "shares_wall" and (overlap_pairs.get(a) == b or overlap_pairs.get(b) == a):
            # the left cell's right side lies the shared wall's thickness into the right cell (one wall drawn
            # over both), the same height; each one's contents clear of the wall
            l, rgt = (a, b) if overlap_pairs.get(a) == b else (b, a)
            t_w = rules.shared_wall
            sys_.eq({boxes[l].x1: 1.0, boxes[rgt].x0: -1.0}, t_w, t)
            sys_.eq({boxes[l].y0: 1.0, boxes[rgt].y0: -1.0}, 0.0, t)
            sys_.eq({boxes[l].y1: 1.0, boxes[rgt].y1: -1.0}, 0.0, t)
            for ch in children.get(l, []):
                sys_.le({boxes[ch].x1: 1.0, boxes[rgt].x0: -1.0}, -m_in, t)
            for ch in children.get(rgt, []):
                sys_.le({boxes[l].x1: 1.0, boxes[ch].x0: -1.0}, -m_in, t)
        elif r.kind == "overlaps":
            l, rgt = (a, b) if overlap_pairs.get(a) == b else (b, a)
            depth = rules.margins.get("overlap", 24) * margin_scale
            LAWS["overlaps"].z3(sys_, boxes[l], boxes[rgt], t, depth=depth)
            for ch in children.get(l, []):
                sys_.le({boxes[ch].x1: 1.0, boxes[rgt].x0: -1.0}, -m_in, t)
            for ch in children.get(rgt, []):
                sys_.le({boxes[l].x1: 1.0, boxes[ch].x0: -1.0}, -m_in, t)
            # labels sit in the parts the two outlines do not share (left's top-left, right's top-right)
            inset = rules.corner_radius * (1 - 2 ** -0.5) + 6 + m_in
            lw_l, lw_r = rules.label_room(ents[l])[0], rules.label_room(ents[rgt])[0]
            if lw_l:
                sys_.le({boxes[l].x0: 1.0, boxes[rgt].x0: -1.0}, -(inset + lw_l), "law:label_room")
            if lw_r:
                sys_.le({boxes[l].x1: 1.0, boxes[rgt].x1: -1.0}, -(inset + lw_r), "law:label_room")
        elif r.kind == "adjacent":
            if rim.get(a, (None,))[0] == b or rim.get(b, (None,))[0] == a:
                continue   # near its container's outline: the rows above
            l, rgt = (a, b) if cells[a][1] <= cells[b][1] else (b, a)
            ca, cb = cells[l], cells[rgt]
            amax = rules.margins.get("adjacent_max", 14) * margin_scale
            # side neighbours close the gap along their axis; corner neighbours along both
            if ca[1] != cb[1]:
                sys_.le({boxes[rgt].x0: 1.0, boxes[l].x1: -1.0}, amax, t)
            if ca[0] != cb[0]:
                top, bot = (l, rgt) if ca[0] < cb[0] else (rgt, l)
                sys_.le({boxes[bot].y0: 1.0, boxes[top].y1: -1.0}, amax, t)
    for i, (a, b) in lens.items():
        r_a = next((r for r in rels if r.source == i and r.target == a), None)
        r_b = next((r for r in rels if r.source == i and r.target == b), None)
        LAWS["inside"].z3(sys_, boxes[i], boxes[a], tag_of(r_a, "contained"), margin=m_in,
                          header=rules.label_room(ents[a])[1])
        LAWS["inside"].z3(sys_, boxes[i], boxes[b], tag_of(r_b, "contained"), margin=m_in,
                          header=rules.label_room(ents[b])[1])
    # lens members of the same pair stack vertically
    by_pair: dict[tuple[str, str], list[str]] = {}
    for i, pr in lens.items():
        by_pair.setdefault(pr, []).append(i)
    for pr, ms in by_pair.items():
        ms.sort(key=_natkey)
        for u, v in zip(ms, ms[1:]):
            sys_.le({boxes[u].y1: 1.0, boxes[v].y0: -1.0}, -gap / 2, "law:layout")

    t_z3 = time.perf_counter()
    ok, core = sys_.z3_check(timeout_s)
    t_z3 = time.perf_counter() - t_z3
    if not ok:
        raise _Infeasible(core, sys_)
    t_lp = time.perf_counter()
    x = sys_.highs_solve(timeout_s)
    t_lp = time.perf_counter() - t_lp
    out = {i: (x[b.x0], x[b.y0], x[b.x1], x[b.y1]) for i, b in boxes.items()}
    W, H = x[canvas.x1], x[canvas.y1]
    stats = {"grid_s": round(t_grid, 4), "z3_s": round(t_z3, 4), "lp_s": round(t_lp, 4),
             "solve_s": round(time.perf_counter() - t_start, 4), "rows": len(sys_.rows),
             "vars": len(sys_.names), "attempt": attempt}
    return RegionSolution(out, parent, W, H, stats, lens, frozenset(overlap_pairs.values()))


def _depth(i: str, parent: dict[str, str | None]) -> int:
    d, node = 0, parent.get(i)
    while node is not None and node != "__lens__" and d < 64:
        d += 1
        node = parent.get(node)
    return d


def _root_of(i: str, parent: dict[str, str | None], lens: dict) -> str:
    node = i
    while parent.get(node) not in (None, "__lens__"):
        node = parent[node]
    return node


def _smallest_fix(sys_: LinSystem, core: list[str], timeout_s: float) -> list[str]:
    """Fewest user phrases (not laws) whose removal makes the linear system feasible."""
    import itertools
    user = [t for t in core if t.startswith("phrase:")]
    budget = 24
    for k in range(1, min(3, len(user)) + 1):
        for drop in itertools.combinations(user, k):
            budget -= 1
            if budget < 0:
                return []
            ok, _ = sys_.z3_check(min(timeout_s, 5.0), frozenset(drop))
            if ok:
                return list(drop)
    return []
