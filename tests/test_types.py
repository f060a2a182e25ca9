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


def test_a_check_holds_plain_json_values_whatever_numpy_gave_it():
    import json

    import numpy as np

    from nesy.types import Check
    c = Check("ray_parallel_to_axis", ("ray1",), np.float64(1.5), (np.int64(2), np.float32(0.5)), np.float64("nan"),
              np.bool_(True))
    assert c.passed is True and type(c.passed) is bool
    assert json.loads(json.dumps(c.to_dict(), allow_nan=False)) == {
        "law": "ray_parallel_to_axis", "args": ["ray1"], "observed": 1.5, "expected": [2, 0.5],
        "tolerance": "nan", "passed": True, "phrase": ""}
    assert Check.from_dict(c.to_dict()) == c
