"""Free-body diagrams drawn by matplotlib (benchmarks/other_tools/mechanics.py), read by shape and OCR:
a correct figure passes, each kind of wrong one fails on the check that names it, a degraded copy
still passes; the shape reader (nesy.see.forces) measures arrows and the surface to within its stated
error."""
from __future__ import annotations

import io

import numpy as np
import pytest

from _other_tools import other_tools_module

pytest.importorskip("matplotlib")
pytest.importorskip("skimage")


def _cases() -> dict:
    mod = other_tools_module("mechanics")
    return {c["id"]: c for c in mod.cases()}


CASES = _cases()


def _rgb(png: bytes) -> np.ndarray:
    from PIL import Image
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))


def _scene(cid: str):
    from nesy.pipeline import parse
    return parse(CASES[cid]["text"], domain="mechanics", allow_unknown=True)


def _angles(cid: str, wrong: str | None = None, style: str = "clean") -> list[float]:
    from nesy.see.degrade import degrade
    from nesy.see.forces import read_force_diagram
    fd = read_force_diagram(_rgb(degrade(CASES[cid]["draw"](wrong), style)), ocr=False)
    return sorted(a.angle for a in fd.arrows), fd


@pytest.mark.parametrize("style", ["clean", "blur1", "jpeg90", "resize0.5"])
def test_reader_measures_arrows_and_incline(style):
    # 30° incline rising right: normal at 120°, friction up the slope at 30°, weight at −90°
    from nesy.see.forces import angdiff
    angs, fd = _angles("incline-mu-colour", None, style)
    assert len(angs) == 3
    for got, want in zip(angs, [-90.0, 30.0, 120.0]):
        assert angdiff(got, want) <= 2.0, (style, angs)
    slanted = [s for s in fd.segments if 3 <= abs(s.angle) <= 87]
    assert any(abs(s.angle - 30.0) <= 0.5 for s in slanted[:2]), [s.angle for s in fd.segments[:4]]


def test_reader_sees_a_reversed_normal_and_black_arrows():
    from nesy.see.forces import angdiff
    angs, _ = _angles("incline-mu-colour", "normal_into")
    assert any(angdiff(a, -60.0) <= 2.0 for a in angs) and not any(angdiff(a, 120.0) <= 10 for a in angs)
    # black textbook style: three black arrows, no polygon corner taken for a head
    angs, _ = _angles("incline-friction-bw-small")
    assert len(angs) == 3 and all(min(angdiff(a, w) for w in (-90, 30, 120)) <= 2.0 for a in angs), angs


def test_correct_figure_passes_and_degraded_copy_too():
    from nesy.registry import get_domain
    from nesy.see.degrade import degrade
    dom = get_domain("mechanics")
    sc = _scene("incline-rough-mirror")           # rises to the left: the directions are mirrored
    png = CASES["incline-rough-mirror"]["draw"](None)
    v = dom.verify(png, sc)
    assert v.passed, [c for c in v.failed()]
    laws = {c.law for c in v.checks}
    assert {"incline_angle", "weight_vertical", "normal_perpendicular", "friction_along_surface"} <= laws
    v = dom.verify(degrade(png, "jpeg90"), sc)
    assert v.passed, [c for c in v.failed()]


@pytest.mark.parametrize("cid, wrong, law", [
    ("incline-friction-bw-small", "angle", "incline_angle"),
    ("incline-mu-colour", "weight_perp", "weight_vertical"),
    ("incline-mu-colour", "normal_into", "normal_perpendicular"),
    ("hanging-colour", "tension_missing", "arrow_drawn"),
    ("incline-mu-colour", "block_inside", "body_on_surface"),
    ("floor-pull-colour", "label_value", "label_value"),
])
def test_each_kind_of_wrong_figure_fails_naming_its_check(cid, wrong, law):
    from nesy.registry import get_domain
    v = get_domain("mechanics").verify(CASES[cid]["draw"](wrong), _scene(cid))
    assert not v.passed
    assert law in {c.law for c in v.failed()}, [f"{c.law}{c.args}" for c in v.failed()]


def test_reader_on_empty_and_tiny_images():
    from nesy.see.forces import read_force_diagram
    for shape in [(1, 1, 3), (6, 9, 3)]:
        fd = read_force_diagram(np.full(shape, 255, np.uint8))
        assert fd.arrows == () and fd.segments == () and fd.texts == ()


def test_nothing_readable_fails_saying_so():
    # a blank page with no legend: no surface line to measure, so the verdict fails on what is missing
    from PIL import Image
    from nesy.registry import get_domain
    buf = io.BytesIO()
    Image.new("RGB", (320, 240), "white").save(buf, format="PNG")
    v = get_domain("mechanics").verify(buf.getvalue(), _scene("incline-mu-colour"))
    assert not v.passed and {c.law for c in v.failed()} == {"surface_drawn"}
    v = get_domain("mechanics").verify(buf.getvalue(), _scene("hanging-colour"))
    assert not v.passed and "arrow_drawn" in {c.law for c in v.failed()}
