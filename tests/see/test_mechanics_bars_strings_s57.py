"""Mechanics figures of other tools (sets 8 and 10, development data): a force scale bar whose tick the
recogniser read into its value's line ("⊢—⊣ 10 N" read as "T10N", or one box over bar and value) is the figure's
scale, no force; bodies drawn under a pulley with the string left out are no Atwood machine."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from nesy.pipeline import parse
from nesy.registry import get_domain
from nesy.see import ocr
from nesy.see.degrade import degrade

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
needs_ocr = pytest.mark.skipif(not ocr.available(), reason="labels are read by the ocr extra")


def _verify(folder: str, cid: str, wrong=None, style="clean"):
    spec = importlib.util.spec_from_file_location(f"{folder}_mechanics", BENCH / folder / "mechanics.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    case = next(c for c in mod.cases() if c["id"] == cid)
    scene = parse(case["text"], domain="mechanics", allow_unknown=True)
    return get_domain("mechanics").verify(degrade(case["draw"](wrong), style), scene)


@needs_ocr
@pytest.mark.parametrize("style", ["clean", "blur1"])
def test_a_scale_bar_read_into_its_value_is_the_scale(style):
    v = _verify("other_tools_heldout10", "h10-mechanics-photocopy", style=style)
    assert v.passed, [(c.law, c.args, c.observed) for c in v.failed()]
    assert any(c.law == "arrow_to_scale" for c in v.checks)     # the bar was found: the arrows are held to it


@needs_ocr
def test_bodies_under_a_pulley_without_the_string_are_caught():
    assert _verify("other_tools_heldout8", "h8-mechanics-opencv-textbook-scan").passed
    v = _verify("other_tools_heldout8", "h8-mechanics-opencv-textbook-scan", "string_missing")
    assert "string_joins" in {c.law for c in v.failed()}


def test_a_body_under_a_ceiling_with_its_rope_left_out_is_caught():
    v = _verify("other_tools_heldout5", "h5-mechanics-svg-chromium", "string_missing")
    assert "support_joins" in {c.law for c in v.failed()}
    v = _verify("other_tools_heldout5", "h5-mechanics-svg-chromium")
    assert "support_joins" not in {c.law for c in v.failed()}
