"""nesy.automata.v1 laid out left to right as Sipser (ch. 1) and Hopcroft–Ullman (§2.2.3) draw a DFA: the
start state at the left, each state in the column of its breadth-first distance from the start state,
edges from one column to the next straight, back edges and long edges arcs that pass through no state —
and the figure still verified from its pixels (REVIEW.md, automata: "layout not left to right")."""
from __future__ import annotations

from dataclasses import replace

import networkx as nx
import pytest
from shapely.geometry import LineString, Point

from nesy.domains.automata import merged_edges
from nesy.domains.automata_layers import columns, order_columns
from nesy.pipeline import generate
from nesy.registry import get_domain
from nesy.render.svg import render_layout

ENDS_01 = "a DFA over {0,1} accepting strings that end in 01"
CHAIN = ("A DFA with states q0, q1, q2, q3 and q4; q0 is the start state; q4 is accepting; q0 goes to q1 on a; "
         "q1 goes to q2 on a; q2 goes to q3 on a; q3 goes to q4 on a; q4 goes to q0 on b; q2 goes to q0 on b")
BRANCH = ("An NFA with states q0, q1, q2, q3, q4 and q5; q0 is the start state; q3 and q5 are accepting; "
          "q0 goes to q1 on a; q0 goes to q2 on b; q1 goes to q3 on a; q2 goes to q4 on b; q4 goes to q5 on b; "
          "q3 goes to q0 on b; q2 goes to q1 on a; q5 loops on a")


def _bfs(scene) -> dict[str, int]:
    """Breadth-first distance from the start state, computed here independently of the layout code."""
    g = nx.DiGraph()
    g.add_nodes_from(e.id for e in scene.entities)
    g.add_edges_from((t["source"], t["target"]) for t in scene.attr("transitions") or [])
    s = next(e.id for e in scene.entities if e.attr("start"))
    return dict(nx.single_source_shortest_path_length(g, s))


@pytest.fixture(scope="module", params=[ENDS_01, CHAIN, BRANCH], ids=["ends-in-01", "chain-5", "branch-6"])
def fig(request):
    return generate(request.param, domain="automata", controls=False)


def test_verified(fig):
    assert fig.verdict.passed, [(c.law, c.args, c.observed) for c in fig.verdict.failed()]


def test_start_state_alone_at_the_left(fig):
    c = fig.layout.extra("centres")
    s = next(e.id for e in fig.scene.entities if e.attr("start"))
    assert all(c[s][0] < c[q][0] - 50 for q in c if q != s), c
    assert fig.layout.extra("start_sides") == {s: "W"}


def test_x_grows_with_breadth_first_distance(fig):
    c = fig.layout.extra("centres")
    d = _bfs(fig.scene)
    assert set(d) == set(c)
    order = sorted(c, key=lambda q: d[q])
    xs = [c[q][0] for q in order]
    assert xs == sorted(xs), [(q, d[q], c[q][0]) for q in order]
    # one column per distance: states at the same distance share x, a further one is further right
    for a in c:
        for b in c:
            if d[a] == d[b]:
                assert abs(c[a][0] - c[b][0]) < 1e-6
            elif d[a] < d[b]:
                assert c[a][0] < c[b][0] - 50


def test_no_edge_passes_through_a_state(fig):
    c = fig.layout.extra("centres")
    r = fig.layout.extra("radius")
    edges = [s for s in fig.layout.shapes if s.cls == "edge" and s.kind == "polyline"]
    assert edges
    for s in edges:
        a, b = s.id.split(":", 1)[1].split("->")
        line = LineString(s.points)
        for q, xy in c.items():
            if q not in (a, b):
                assert line.distance(Point(*xy)) > r + 4, (s.id, q)


def test_edges_to_the_next_column_straight_back_edges_curved(fig):
    c = fig.layout.extra("centres")
    d = _bfs(fig.scene)
    pairs = {(a, b) for a, b, _ in merged_edges(fig.scene) if a != b}
    for key, h in fig.layout.extra("bends").items():
        a, b = key.split("->")
        if d[b] == d[a] + 1 and (b, a) not in pairs:
            assert h == 0, key
        if d[b] < d[a] or d[b] > d[a] + 1:
            assert h != 0, key
        if d[b] < d[a]:   # a back edge bows away from the straight line between its states
            s = next(s for s in fig.layout.shapes if s.kind == "polyline" and s.id.endswith(f":{key}"))
            chord = LineString([c[a], c[b]])
            assert max(chord.distance(Point(p)) for p in s.points) > 25, key


def test_chain_reads_in_one_row():
    scene = get_domain("automata").parse(CHAIN)
    lay = get_domain("automata").solve(scene)
    c = lay.extra("centres")
    assert len({round(y) for _, y in c.values()}) == 1
    assert [q for q, _ in sorted(c.items(), key=lambda t: t[1][0])] == ["q0", "q1", "q2", "q3", "q4"]


def test_deterministic_bytes():
    D = get_domain("automata")
    pngs = {render_layout(D.solve(D.parse(BRANCH)), controls=False).png for _ in range(2)}
    assert len(pngs) == 1


def test_columns_unreachable_states_last_and_barycentre_order():
    states = ["s", "x", "a", "b", "c", "d"]
    edges = [("s", "a", ["0"]), ("s", "b", ["1"]), ("a", "d", ["0"]), ("b", "c", ["1"]), ("x", "s", ["0"])]
    col = columns(states, edges, {"s"})
    assert col == {"s": 0, "a": 1, "b": 1, "c": 2, "d": 2, "x": 3}
    row = order_columns(states, edges, col)
    # c follows b and d follows a: the order that crosses nothing
    assert (row["a"] < row["b"]) == (row["d"] < row["c"])


def test_a_back_edge_drawn_straight_through_a_state_fails():
    D = get_domain("automata")
    scene = D.parse(CHAIN)
    lay = D.solve(scene)
    from nesy.domains.automata_draw import edge_path, head, outer_radius
    c = lay.extra("centres")
    k = next(s.id for s in lay.shapes if s.id.endswith(":q4->q0"))
    hid = "_head" + k.split(":")[0][4:]
    pts, d = edge_path(tuple(c["q4"]), tuple(c["q0"]), outer_radius(lay.extra("radius")), 0.0)
    shapes = tuple(replace(s, points=tuple(pts[:-1])) if s.id == k else
                   replace(s, points=tuple(head(pts[-1], d))) if s.id == hid else s for s in lay.shapes)
    assert not D.verify(render_layout(replace(lay, shapes=shapes), controls=False).png, scene).passed


def test_layers_of_no_states_and_of_many():
    from nesy.domains.automata_layers import layered_centres
    assert layered_centres([], [], set(), 160.0, 130.0) == ({}, {}, {})
    n = 200
    states = [f"s{i}" for i in range(n)]
    edges = [(f"s{i}", f"s{i + 1}", ["a"]) for i in range(n - 1)] + [(f"s{i}", "s0", ["b"]) for i in range(0, n, 7)]
    C, col, row = layered_centres(states, edges, {"s0"}, 160.0, 130.0)
    assert [col[q] for q in states] == list(range(n)) and set(row.values()) == {0}
    assert [C[q][0] for q in states] == [160.0 * i for i in range(n)]
