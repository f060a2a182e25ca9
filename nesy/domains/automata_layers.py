"""Where the states of ``nesy.automata.v1`` go: a left-to-right layered layout, as textbooks draw a DFA or
NFA — the start state at the left, every other state in the column of its breadth-first distance from
the start state, the states of a column one above the other.

Sources: Sipser, *Introduction to the Theory of Computation* (3rd ed.), ch. 1 (the state diagrams of
Figs. 1.4–1.36 read left to right from the start state); Hopcroft, Motwani & Ullman, *Introduction to
Automata Theory, Languages, and Computation* (3rd ed.), §2.2.3 (transition diagrams); the layering, and
the barycentre ordering that reduces crossings between neighbouring columns, are the layered drawing of
a digraph of Sugiyama, Tagawa & Toda (1981) as Di Battista, Eades, Tamassia & Tollis, *Graph Drawing*
(1999), ch. 9, give it (§9.1 layer assignment, §9.2.2 the barycentre method).

:func:`columns` depends on the scene alone (states, transitions, start state), so the verifier computes
the same columns from the text as the solver did. :func:`layered_centres` hands the state centres
(pixels, y down, the start state at x = 0) to ``automata_draw``.
"""
from __future__ import annotations

from collections import deque

__all__ = ["columns", "order_columns", "crossings", "layered_centres"]

Edge = tuple[str, str, list[str]]


def _succ(states: list[str], edges: list[Edge]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {q: [] for q in states}
    for a, b, _ in edges:
        if a != b and a in out and b in out and b not in out[a]:
            out[a].append(b)
    return out


def columns(states: list[str], edges: list[Edge], start: set[str] | list[str]) -> dict[str, int]:
    """Column of every state: its breadth-first distance (transitions followed forward) from the start
    state — the first state named when none is the start. States the start cannot reach come last: the
    first of them named starts a new column after the last one, and so on."""
    if not states:
        return {}
    succ = _succ(states, edges)
    first = next((q for q in states if q in start), states[0])
    col: dict[str, int] = {}
    root, base = first, 0
    while root is not None:
        col[root] = base
        todo = deque([root])
        while todo:
            q = todo.popleft()
            for t in succ[q]:
                if t not in col:
                    col[t] = col[q] + 1
                    todo.append(t)
        base = max(col.values()) + 1
        root = next((q for q in states if q not in col), None)
    return col


def _links(edges: list[Edge], col: dict[str, int]) -> list[tuple[str, str]]:
    """The state pairs joined between neighbouring columns (left state first), each once."""
    out: list[tuple[str, str]] = []
    for a, b, _ in edges:
        if a in col and b in col and abs(col[a] - col[b]) == 1:
            p = (a, b) if col[a] < col[b] else (b, a)
            if p not in out:
                out.append(p)
    return out


def crossings(edges: list[Edge], col: dict[str, int], row: dict[str, int]) -> int:
    """How many pairs of edges between the same two neighbouring columns cross (as straight lines)."""
    links = _links(edges, col)
    n = 0
    for i, (a, b) in enumerate(links):
        for c, d in links[i + 1:]:
            if col[a] == col[c] and len({a, b, c, d}) == 4 and (row[a] - row[c]) * (row[b] - row[d]) < 0:
                n += 1
    return n


def order_columns(states: list[str], edges: list[Edge], col: dict[str, int], sweeps: int = 4) -> dict[str, int]:
    """Row of every state within its column (0 = top): first in the order the breadth-first search met
    them (text order), then sweeps left to right and back, each state at the barycentre (mean row) of its
    neighbours in the column before (after); the ordering with fewest crossings wins, the earliest on ties.
    Deterministic: sorts are stable and keyed by text order."""
    n_col = max(col.values(), default=-1) + 1
    text = {q: i for i, q in enumerate(states)}
    # the breadth-first order (a state met earlier sits higher), then text order
    seen: list[str] = []
    succ = _succ(states, edges)
    for root in sorted(states, key=lambda q: (col[q], text[q])):
        if root in seen:
            continue
        todo = deque([root])
        seen.append(root)
        while todo:
            q = todo.popleft()
            for t in succ[q]:
                if t not in seen and col[t] >= col[q]:
                    seen.append(t)
                    todo.append(t)
    layers = [[q for q in seen if col[q] == c] for c in range(n_col)]
    links = _links(edges, col)

    def rows_of(ls: list[list[str]]) -> dict[str, int]:
        return {q: i for layer in ls for i, q in enumerate(layer)}

    best = rows_of(layers)
    best_x = crossings(edges, col, best)
    for _ in range(sweeps):
        if best_x == 0:
            break
        for rng, side in ((range(1, n_col), -1), (range(n_col - 2, -1, -1), 1)):
            for c in rng:
                row = rows_of(layers)
                nb = {q: [row[v] for u, v in links if u == q and col[v] == c + side] +
                      [row[u] for u, v in links if v == q and col[u] == c + side] for q in layers[c]}
                key = {q: (sum(nb[q]) / len(nb[q]) if nb[q] else float(row[q])) for q in layers[c]}
                layers[c] = sorted(layers[c], key=lambda q: (key[q], row[q]))
            row = rows_of(layers)
            x = crossings(edges, col, row)
            if x < best_x:
                best, best_x = row, x
    return best


def layered_centres(states: list[str], edges: list[Edge], start: set[str], column_gap: float,
                    row_gap: float) -> tuple[dict[str, tuple[float, float]], dict[str, int], dict[str, int]]:
    """Centre of every state (px, y down): column c at x = c · ``column_gap``, the states of a column
    ``row_gap`` apart and centred on y = 0; with the columns and rows used."""
    col = columns(states, edges, start)
    row = order_columns(states, edges, col)
    size = {c: sum(1 for q in states if col[q] == c) for c in set(col.values())}
    C = {q: (col[q] * column_gap, (row[q] - (size[col[q]] - 1) / 2) * row_gap) for q in states}
    return C, col, row
