"""Geometry figures drawn by matplotlib in their own layout (issue 10): read by shape, corners named by OCR.

A correct figure passes, clean and as a JPEG; each kind of injected error fails on the check that names it.
Drawers come from ``benchmarks/other_tools/geometry.py``.
"""
from __future__ import annotations


import pytest

from _other_tools import other_tools_module

pytest.importorskip("matplotlib")
pytest.importorskip("rapidocr_onnxruntime")


def _cases() -> dict:
    mod = other_tools_module("geometry")
    return {c["id"]: c for c in mod.cases()}


CASES = _cases()


def _verify(cid: str, wrong: str | None, style: str = "clean"):
    from nesy.pipeline import parse
    from nesy.registry import get_domain
    from nesy.see.degrade import degrade
    c = CASES[cid]
    scene = parse(c["text"], domain="geometry", allow_unknown=True)
    return get_domain("geometry").verify(degrade(c["draw"](wrong), style), scene)


@pytest.mark.parametrize("cid,style", [("sas-colour", "clean"), ("right-bw", "jpeg90")])
def test_correct_figure_passes(cid, style):
    v = _verify(cid, None, style)
    assert v.passed, [c for c in v.failed()]
    # read by the other-tools path: its checks, not nesy's dots
    laws = {c.law for c in v.checks}
    assert "side_ratio" in laws and "point_count" not in laws


@pytest.mark.parametrize("cid,wrong,law", [
    ("sas-colour", "angle", "angle"),            # 60° drawn as 75°
    ("sas-bw", "swap", "named_side"),             # B and C swapped: AB is 7 cm
    ("square-bw", "value", "length_label"),       # "5 cm" written on a 4 cm side
    ("right-bw", "rightmark", "right_angle_mark"),  # the square at a 53° corner
])
def test_wrong_figure_fails_naming_it(cid, wrong, law):
    v = _verify(cid, wrong)
    assert not v.passed
    assert law in {c.law for c in v.failed()}, [(c.law, c.observed) for c in v.failed()]
