"""nesy.see.lines — the reader of black-and-white line figures that the geometry and automata verifiers use."""
from __future__ import annotations

import io

import numpy as np
import pytest

from nesy.see.degrade import STYLES, degrade
from nesy.see.lines import dark, darkness, drawn_fraction, is_crisp_bw, ring_response, text_mismatch


def _svg_png(body: str, w: int = 200, h: int = 120) -> bytes:
    from nesy.render.svg import svg_to_png
    return svg_to_png(f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" shape-rendering="crispEdges" '
                      f'font-family="DejaVu Sans"><rect width="{w}" height="{h}" fill="#ffffff"/>{body}</svg>')


def _rgb(png: bytes) -> np.ndarray:
    from PIL import Image
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))


FIG = ('<circle cx="60" cy="60" r="26" fill="none" stroke="#000000" stroke-width="2"/>'
       '<line x1="100" y1="20" x2="190" y2="100" stroke="#000000" stroke-width="2"/>'
       '<text x="150" y="40" font-size="16" text-anchor="middle" fill="#000000">q0</text>')


def test_crisp_test_tells_nesys_png_from_degraded_copies():
    png = _svg_png(FIG)
    assert is_crisp_bw(_rgb(png))
    for st in ("blur1", "jpeg90", "jpeg75", "resize2", "shift+1", "shift-8", "shift+8"):
        assert not is_crisp_bw(_rgb(degrade(png, st))), st
    assert not is_crisp_bw(np.zeros((0, 0, 3), np.uint8))


def test_darkness_reads_a_shifted_page_alike():
    png = _svg_png(FIG)
    a, b = darkness(_rgb(png)), darkness(_rgb(degrade(png, "shift-8")))
    assert np.abs(a - b).max() < 0.05
    assert dark(_rgb(png)).sum() == dark(_rgb(degrade(png, "shift-8"))).sum()


def test_text_mismatch_names_the_text():
    ink = darkness(_rgb(_svg_png(FIG)))
    assert text_mismatch(ink, "q0", 16, 150, 40)[0] == pytest.approx(0.0, abs=1e-6)
    assert text_mismatch(ink, "q1", 16, 150, 40)[0] >= 0.1          # one character changed
    assert text_mismatch(ink, "q0", 16, 60, 100)[0] >= 0.9          # not there
    assert text_mismatch(ink, "", 16, 150, 40)[0] == 0.0


def test_ring_response_finds_a_whole_circle_and_half_of_one():
    m = dark(_rgb(_svg_png(FIG)))
    resp = ring_response(m, 26)
    assert resp[59:62, 59:62].max() >= 0.95
    half = m.copy()
    half[:, 60:] = False
    assert 0.4 <= ring_response(half, 26)[59:62, 59:62].max() <= 0.62
    assert resp[5:15, 150:160].max() < 0.3


def test_drawn_fraction_along_a_stroke():
    m = dark(_rgb(_svg_png(FIG)))
    assert drawn_fraction(m, [(100, 20), (190, 100)]) == 1.0
    assert drawn_fraction(m, [(100, 100), (190, 20)]) < 0.2
    assert drawn_fraction(m, [(5, 5)]) == 1.0


@pytest.mark.parametrize("style", sorted(STYLES))
def test_degraded_text_still_reads_loosely(style):
    png = degrade(_svg_png(FIG), style)
    rgb = _rgb(png)
    if rgb.shape[1] != 200:
        from nesy.see import to_canvas
        rgb = to_canvas(rgb, rgb.shape[1] / 200)
    assert text_mismatch(darkness(rgb), "q0", 16, 150, 40, blur=1.2)[0] <= 0.35
