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


@pytest.mark.parametrize("style", ["clean", "resize0.5"])
def test_right_angle_mark_moved_onto_a_marked_corner_fails(style):
    # the square drawn inside the 30° corner, over its arc: no square is read there, but the figure marks
    # its angles and leaves the right corner bare
    v = _verify("hypotenuse-bw", "rightmark", style)
    assert not v.passed
    assert [c.args for c in v.failed() if c.law == "right_angle_mark"] == [("C",)]


def test_a_right_corner_is_not_required_marked_where_no_angle_is_marked():
    # a right triangle in the colour style: lengths written, no arc and no square anywhere
    from nesy.pipeline import parse
    from nesy.registry import get_domain
    mod = other_tools_module("geometry")
    png = mod._draw([(0.0, 0.0), (4.0, 0.0), (0.0, 3.0)], ["A", "B", "C"], style="colour", rot=15.0,
                    side_labels=[(0, 1, "4 cm"), (2, 0, "3 cm")])
    scene = parse("A right triangle with legs 3 cm and 4 cm.", domain="geometry", allow_unknown=True)
    v = get_domain("geometry").verify(png, scene)
    assert v.passed, [(c.law, c.observed) for c in v.failed()]
    assert not any(c.law == "right_angle_mark" for c in v.checks)


@pytest.mark.parametrize("cid,style", [("isosceles-colour", "blur1"), ("square-colour", "blur1"),
                                       ("sas-colour", "resize0.5")])
def test_changed_value_in_small_blurred_text_fails(cid, style):
    """A written length changed in small coloured text blurred or halved ('8 cm' for '6 cm'): before, the
    label was read as 'Btm' / '4' + '(+1' / '8cn', none a value, and the figure passed with it unchecked.
    Now it is read (contrast stretched, enlarged smoothly) and found wrong, or said to be unreadable where a
    length is written — never passed."""
    v = _verify(cid, "value", style)
    assert not v.passed
    assert "length_label" in {c.law for c in v.failed()}, [(c.law, c.observed) for c in v.failed()]


@pytest.mark.parametrize("cid,style", [("isosceles-colour", "blur1"), ("sas-colour", "resize0.5")])
def test_correct_small_blurred_length_label_is_read(cid, style):
    v = _verify(cid, None, style)
    assert v.passed, [(c.law, c.observed) for c in v.failed()]
    assert "length_label" in {c.law for c in v.checks}
