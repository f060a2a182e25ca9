"""Held-out orbit figures (benchmarks/other_tools_heldout/astronomy.py, issue 10): a distance ratio the
text states is scale-free, so another tool's figure is held to its value (``shape_ratio_check``) — the
third planet drawn at twice the first's distance for 'three times as far' is caught, the correct figure
passes."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _cases():
    spec = importlib.util.spec_from_file_location("heldout_astronomy",
                                                  ROOT / "benchmarks" / "other_tools_heldout" / "astronomy.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return {c["id"]: c for c in mod.cases()}


def _verify(case, wrong, style="clean"):
    from nesy.pipeline import parse
    from nesy.registry import get_domain
    from nesy.see.degrade import degrade
    scene = parse(case["text"], domain="astronomy", allow_unknown=True)
    return get_domain("astronomy").verify(degrade(case["draw"](wrong), style), scene)


def test_stated_distance_ratio_value_is_checked():
    case = _cases()["heldout-astronomy-06"]
    v = _verify(case, None)
    assert v.passed, [(c.law, c.observed) for c in v.failed()]
    assert any(c.law == "distance_ratio" and c.passed for c in v.checks)
    v = _verify(case, "third_twice_first")
    assert any(c.law == "distance_ratio" and not c.passed for c in v.checks)
    assert not v.passed
