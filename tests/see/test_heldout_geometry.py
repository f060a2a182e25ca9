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
