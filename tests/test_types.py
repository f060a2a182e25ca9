"""Round trips of the frozen stage values."""
from nesy.pipeline import generate
from nesy.types import Layout, Rendering, SceneGraph, Verdict


def test_round_trip_of_every_stage_value():
    res = generate("A cell with a nucleus and two mitochondria", domain="cell", controls=False)
    assert SceneGraph.from_dict(res.scene.to_dict()) == res.scene
    assert Layout.from_dict(res.layout.to_dict()) == res.layout
    assert Verdict.from_dict(res.verdict.to_dict()) == res.verdict
    assert Rendering.from_dict(res.rendering.to_dict()) == res.rendering
    g = res.scene.to_networkx()
    assert g.number_of_nodes() == 4
    assert sum(1 for *_, d in g.edges(data=True) if d["kind"] == "inside") == 3
