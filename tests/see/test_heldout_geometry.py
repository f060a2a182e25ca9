"""Held-out geometry figures (benchmarks/other_tools_heldout/geometry.py, issue 10) read by
``geometry_verify.verify_other``: a circle the text states with the polygon (incircle, circumcircle) must
be drawn where the polygon puts it — the correct figure passes; the other circle, one too small, or none
is caught."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytest.importorskip("matplotlib")
ROOT = Path(__file__).resolve().parents[2]


def _cases():
    spec = importlib.util.spec_from_file_location("heldout_geometry",
                                                  ROOT / "benchmarks" / "other_tools_heldout" / "geometry.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return {c["id"]: c for c in mod.cases()}


def _verify(case, wrong, style="clean"):
    from nesy.pipeline import parse
    from nesy.registry import get_domain
    from nesy.see.degrade import degrade
    scene = parse(case["text"], domain="geometry", allow_unknown=True)
    return get_domain("geometry").verify(degrade(case["draw"](wrong), style), scene)


@pytest.mark.parametrize("cid,key,wrongs", [
    ("ho-geometry-pil-thick-incircle", "incircle", ["circumcircle_instead", "circle_too_small"]),
    ("ho-geometry-mpl-pastel-circumcircle", "circumcircle", ["incircle_instead", "no_circle"]),
])
def test_stated_circle_must_be_the_right_one(cid, key, wrongs):
    case = _cases()[cid]
    v = _verify(case, None)
    assert v.passed, [(c.law, c.observed) for c in v.failed()]
    assert any(c.law == f"{key}_drawn" and c.passed for c in v.checks)
    for w in wrongs:
        v = _verify(case, w)
        assert not v.passed, w
        assert any(c.law == f"{key}_drawn" and not c.passed for c in v.checks), w


def _failed(v) -> set[str]:
    return {c.law for c in v.failed()}


def test_figure_in_a_chart_is_read_inside_its_axes_box():
    """matplotlib with its axes, ticks and grid left on: the ticked axes box is the chart's, not the
    rectangle's (read before as the polygon); the stated diagonal, a longer line than a side, is read as a
    diagonal and must be drawn."""
    case = _cases()["ho-geometry-mpl-axes-rectangle"]
    v = _verify(case, None)
    assert v.passed, [(c.law, c.observed) for c in v.failed()]
    assert any(c.law == "diagonal_drawn" and c.passed for c in v.checks)
    assert "diagonal_drawn" in _failed(_verify(case, "no_diagonal"))
    assert "side_ratio" in _failed(_verify(case, "square_4x4"))
    assert "length_label" in _failed(_verify(case, "label_8"))


@pytest.mark.parametrize("style", ["clean", "resize0.5"])
def test_hatching_is_no_side(style):
    """A hatched fill's parallel lines (longer than the hexagon's sides) are a pattern, not sides; halved
    and blurred into a dark tone it is no dot of nesy's own drawing either."""
    case = _cases()["ho-geometry-mpl-hatched-hexagon"]
    v = _verify(case, None, style)
    assert v.passed, [(c.law, c.observed) for c in v.failed()]
    for w in case["wrongs"]:
        assert not _verify(case, w, style).passed, w


def test_tangents_from_a_point_are_read_by_shape():
    """A circle with the two tangents from P drawn by another tool: two lines at the radius's distance
    from the centre, meeting at P as far out as the text says, and the written lengths on OP and the
    radius; one tangent, secants, P too near and a wrong radius label are each caught by their check."""
    case = _cases()["ho-geometry-mpl-hairline-tangents"]
    v = _verify(case, None)
    assert v.passed, [(c.law, c.observed) for c in v.failed()]
    assert {c.args[0] for c in v.checks if c.law == "length_label" and c.passed} == {"OP", "radius"}
    for w, law in [("one_tangent", "tangent_count"), ("secants", "tangent_count"),
                   ("P_at_4_6", "point_distance_ratio"), ("radius_label_5", "length_label")]:
        assert law in _failed(_verify(case, w)), w
