"""Property tests: any random forest of sets and cell contents solves to a layout shapely agrees with."""
from hypothesis import HealthCheck, given, settings, strategies as st

from nesy.registry import get_domain
from nesy.types import Entity, Relation, SceneGraph


@st.composite
def set_forests(draw):
    n = draw(st.integers(1, 14))
    parents = [draw(st.one_of(st.none(), st.integers(0, i - 1))) if i else None for i in range(n)]
    ents = tuple(Entity(f"S{i}", "set", f"S{i}") for i in range(n))
    rels = [Relation("inside", f"S{i}", f"S{p}") for i, p in enumerate(parents) if p is not None]
    sibs = [(a, b) for a in range(n) for b in range(a + 1, n) if parents[a] == parents[b]]
    for a, b in draw(st.lists(st.sampled_from(sibs), max_size=3, unique=True)) if sibs else []:
        rels.append(Relation(draw(st.sampled_from(["outside", "left_of", "above"])), f"S{a}", f"S{b}"))
    return SceneGraph("sets", "", ents, tuple(rels))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(set_forests(), st.integers(0, 3))
def test_every_solved_set_layout_satisfies_its_relations(scene, seed):
    from nesy.solve.laws import LAWS
    lay = get_domain("sets").solve(scene, seed=seed)
    g = {s.id: s.geometry(64) for s in lay.shapes}
    for r in scene.relations:
        a, b = g[r.source], g[r.target]
        if r.kind == "inside":
            assert b.contains(a)
        elif r.kind == "outside":
            assert a.distance(b) > 0
        elif r.kind == "left_of":
            assert LAWS["left_of"].check(a, b, gap=0.5)[0]
        elif r.kind == "above":
            assert LAWS["above"].check(a, b, gap=0.5)[0]
    # sets the scene does not nest never touch
    anc = {}
    for r in scene.relations:
        if r.kind == "inside":
            anc.setdefault(r.source, set()).add(r.target)

    def ancestors(x):
        out, todo = set(), list(anc.get(x, ()))
        while todo:
            y = todo.pop()
            if y not in out:
                out.add(y)
                todo.extend(anc.get(y, ()))
        return out
    ids = [e.id for e in scene.entities]
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            if a not in ancestors(b) and b not in ancestors(a):
                assert not g[a].intersects(g[b])
    assert lay.stat("numeric_violations") == 0
