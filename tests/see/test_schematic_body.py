"""A through symbol's body tells a coil from a zigzag or a box (``nesy.see.schematic._body``), so an inductor
drawn as a resistor — labelled "5 mH" all the same — is caught (held-out set 2's pencil sketch passed it)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from nesy.see import ocr
from nesy.see.schematic import _body

W = 2.0   # stroke width, px


def _mask(points, h=41, axis=20, width=2):
    """A polyline (x, y offset from the axis) rasterised into an (h, 80) mask, with wire stubs on the axis."""
    from PIL import Image, ImageDraw
    im = Image.new("1", (80, h), 0)
    d = ImageDraw.Draw(im)
    d.line([(0, axis), (10, axis)], fill=1, width=width)
    d.line([(70, axis), (79, axis)], fill=1, width=width)
    d.line([(x, axis + y) for x, y in points], fill=1, width=width)
    return np.asarray(im, bool)


def test_zigzag_and_box_are_two_sided():
    zig = [(10, 0)] + [(15 + 10 * k, (-8 if k % 2 == 0 else 8)) for k in range(5)] + [(70, 0)]
    assert _body(_mask(zig), 20, W) == "two-sided"
    box = _mask([(10, 0), (15, 0), (15, -7), (65, -7), (65, 7), (15, 7), (15, 0)]) | _mask([(65, 0), (70, 0)])
    assert _body(box, 20, W) == "two-sided"


def test_humps_on_one_side_are_a_coil_and_loops_are_never_a_resistor():
    t = np.linspace(0, np.pi, 12)
    humps = [(10, 0)] + [(15 + 12 * k + 12 * s / np.pi, -9 * np.sin(s)) for k in range(4) for s in t] + [(70, 0)]
    assert _body(_mask(humps), 20, W) == "coil"
    loops = [(10, 0)]
    for k in range(4):
        c = 18 + 12 * k
        loops += [(c + 7 * np.cos(a), -2 - 9 * np.sin(a)) for a in np.linspace(-np.pi / 2, 2 * np.pi - np.pi / 2, 16)]
    loops += [(70, 0)]
    assert _body(_mask(loops), 20, W) is None


@pytest.mark.skipif(not ocr.available(), reason="the circuit's labels are read by the ocr extra")
def test_an_inductor_drawn_as_a_resistor_is_caught():
    from nesy.pipeline import parse
    from nesy.registry import get_domain
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "other_tools_heldout2" / "circuits.py"
    spec = importlib.util.spec_from_file_location("heldout2_circuits", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    case = next(c for c in mod.cases() if c["id"] == "h2-circuits-pil-pencil-notebook")
    scene = parse(case["text"], domain="circuits", allow_unknown=True)
    dom = get_domain("circuits")
    assert dom.verify(case["draw"](None), scene).passed
    v = dom.verify(case["draw"]("inductor_as_resistor"), scene)
    assert any(c.law == "component_shape" and c.args == ("L1", "inductor") and not c.passed for c in v.checks)
