"""Ray diagrams drawn by matplotlib (benchmarks/other_tools/optics.py), verified from their pixels by
``nesy.see.rays`` through the optics verifier: a correct figure passes (clean and degraded), each kind of
injected error fails on the check that names it, an unreadable page fails saying what was not seen, and
nesy's own figures keep the palette reader."""
from __future__ import annotations

import io

import numpy as np
import pytest

from _other_tools import other_tools_module


pytest.importorskip("matplotlib")


def _bench():
    mod = other_tools_module("optics")
    return {c["id"]: c for c in mod.cases()}


@pytest.fixture(scope="module")
def cases():
    return _bench()


@pytest.fixture(scope="module")
def dom():
    from nesy.registry import get_domain
    return get_domain("optics")


def _scene(text):
    from nesy.pipeline import parse
    return parse(text, domain="optics", allow_unknown=True)


def _verify(dom, case, wrong=None, style="clean"):
    from nesy.see.degrade import degrade
    return dom.verify(degrade(case["draw"](wrong), style), _scene(case["text"]))


def _failed(v) -> set[str]:
    return {c.law for c in v.failed()}


@pytest.mark.parametrize("cid,style", [("conv_real_far", "clean"), ("conv_virtual", "jpeg90"),
                                       ("concave_real", "blur1"), ("diverging_bw", "resize0.5"),
                                       ("convex_mirror", "clean"), ("axes_concave", "jpeg90"),
                                       ("axes_diverging", "blur1")])
def test_correct_other_tool_figure_passes(dom, cases, cid, style):
    v = _verify(dom, cases[cid], None, style)
    assert v.passed, [f"{c.law}{c.args}: {c.observed} vs {c.expected}" for c in v.failed()]
    # the figure was read by shape: the image and the parallel ray were measured, not skipped
    assert {"image_position", "image_height", "image_stroke", "ray_through"} <= {c.law for c in v.checks}


@pytest.mark.parametrize("cid,wrong,law", [
    ("conv_real_far", "image_distance", "image_position"),
    ("concave_virtual", "image_distance", "image_position"),
    ("conv_real_enlarged", "image_flipped", "image_orientation"),
    ("convex_mirror", "image_flipped", "image_orientation"),
    ("diverging", "object_moved", "image_position"),
    ("conv_virtual", "no_element", "element_found"),
    ("concave_real", "ray_off_focus", "ray_through"),
    ("conv_colour_2", "ray_off_focus", "ray_through"),
    ("axes_conv_real", "image_flipped", "image_orientation"),
    ("concave_real", "image_duplicated", "one_image"),
])
def test_each_wrong_fails_on_its_check(dom, cases, cid, wrong, law):
    v = _verify(dom, cases[cid], wrong)
    assert not v.passed
    assert law in _failed(v), [f"{c.law}{c.args}: {c.observed}" for c in v.failed()]


def test_figure_of_another_text_fails(dom, cases):
    """The same figure read against a text whose image is virtual: the real image (inverted, on the far side)
    is refused — a solid stroke alone would not refuse it (another tool may draw a virtual image solid)."""
    from nesy.see.degrade import degrade
    png = degrade(cases["conv_real_far"]["draw"](None), "clean")
    # f = 10 cm, object at 30 cm is real; the same drawing read as an object at 5 cm is wrong in every way
    v = dom.verify(png, _scene("an object 5 cm in front of a convex lens with f = 10 cm"))
    assert not v.passed and {"image_position", "image_orientation"} <= _failed(v)


def test_blank_page_fails_naming_the_axis(dom, cases):
    from PIL import Image
    buf = io.BytesIO()
    Image.new("RGB", (400, 300), "white").save(buf, format="PNG")
    v = dom.verify(buf.getvalue(), _scene(cases["conv_real_far"]["text"]))
    assert not v.passed and _failed(v) == {"axis_found"}


def test_reader_sees_the_parts(cases):
    from PIL import Image
    from nesy.see.rays import read_ray_diagram
    rgb = np.asarray(Image.open(io.BytesIO(cases["conv_virtual"]["draw"](None))).convert("RGB"))
    d = read_ray_diagram(rgb)
    assert d.axis_y is not None and d.element_x is not None and not d.missing
    obj = [a for a in d.arrows if a.solid and a.height > 0]
    img = [a for a in d.arrows if a.dashed]
    assert len(obj) == 1 and len(img) == 1
    # the virtual image of f = 10 cm, d_o = 5 cm: twice as tall, twice as far, on the object's side
    assert img[0].x < obj[0].x < d.element_x
    assert abs(img[0].height / obj[0].height - 2.0) < 0.15
    assert abs((d.element_x - img[0].x) / (d.element_x - obj[0].x) - 2.0) < 0.15
    with pytest.raises(ValueError, match="rgb must be"):
        read_ray_diagram(np.zeros((10, 10)))


def test_nesy_figure_keeps_the_palette_reader(dom, monkeypatch):
    """nesy's own figure (recognised by its layout, without a legend) never takes the shape path, clean or
    degraded."""
    import nesy.domains.optics as optics
    from nesy.see.degrade import degrade

    def boom(*a, **k):
        raise AssertionError("shape reader used on a nesy figure")
    monkeypatch.setattr(optics, "_verify_by_shape", boom)
    text = "a converging lens of focal length 10 cm with an object 30 cm from it"
    scene = _scene(text)
    png = dom.render(dom.solve(scene), scene).png
    for style in ("clean", "jpeg90"):
        assert dom.verify(degrade(png, style), scene).passed
