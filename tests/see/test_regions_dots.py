"""Dots and small closed objects a leader line touches (issue 10): ``nesy.see.regions.read_regions``
keeps them under blur and a 0.5× resize, and does not turn a bare line into a dot."""
from __future__ import annotations

import numpy as np
import pytest

from nesy.see.regions import read_regions


def _page(draw_fn, size=(240, 320)) -> np.ndarray:
    from PIL import Image, ImageDraw
    im = Image.new("RGB", (size[1], size[0]), "white")
    draw_fn(ImageDraw.Draw(im))
    return np.asarray(im)


def _blur(rgb: np.ndarray, sigma: float = 1.0) -> np.ndarray:
    from scipy import ndimage as ndi
    a = rgb.astype(np.float32)
    return np.clip(np.stack([ndi.gaussian_filter(a[..., c], sigma) for c in range(3)], axis=2) + 0.5,
                   0, 255).astype(np.uint8)


def _half(rgb: np.ndarray) -> np.ndarray:
    from PIL import Image
    im = Image.fromarray(rgb)
    return np.asarray(im.resize((im.width // 2, im.height // 2), Image.LANCZOS))


def _cell(d, *, dots=(), lines=(), rings=()):
    d.ellipse((40, 30, 280, 210), outline="black", width=2)
    for x, y in dots:
        d.ellipse((x - 2.5, y - 2.5, x + 2.5, y + 2.5), fill="black")
    for x, y, r in rings:
        d.ellipse((x - r, y - r, x + r, y + r), outline="black", width=2)
    for seg in lines:
        d.line(seg, fill="black", width=1)


def _dots_near(rr, x, y, tol=4.0) -> int:
    return sum(1 for r in rr.regions if r.area < 120 and np.hypot(r.centre[0] - x, r.centre[1] - y) <= tol)


def _near(rr, x, y, tol=4.0) -> int:
    return sum(1 for r in rr.regions if np.hypot(r.centre[0] - x, r.centre[1] - y) <= tol)


# a leader line from outside the cell, across the membrane, ending on the dot
TOUCHED = dict(dots=[(150, 100), (200, 150)], lines=[((5, 120), (148, 101))])


@pytest.mark.parametrize("degrade", [_blur, _half], ids=["blur1", "resize0.5"])
def test_dot_touched_by_leader_line_is_kept(degrade):
    rgb = degrade(_page(lambda d: _cell(d, **TOUCHED)))
    s = 0.5 if degrade is _half else 1.0
    rr = read_regions(rgb, ocr=False)
    assert _dots_near(rr, 150 * s, 100 * s) == 1     # the touched dot, once
    assert _dots_near(rr, 200 * s, 150 * s) == 1     # the free one, as before


@pytest.mark.parametrize("degrade", [lambda x: x, _blur, _half], ids=["clean", "blur1", "resize0.5"])
def test_a_bare_leader_line_makes_no_dot(degrade):
    # the same line ending on nothing, crossing the membrane: no dot anywhere along it
    rgb = degrade(_page(lambda d: _cell(d, lines=[((5, 120), (148, 101)), ((60, 200), (250, 60))])))
    rr = read_regions(rgb, ocr=False)
    assert not [r for r in rr.regions if r.dot]


def test_zigzag_inside_an_outline_makes_no_dot():
    # cristae: a 1-px zigzag as dark as the outline it sits in (a vertex is no dot)
    def draw(d):
        _cell(d)
        d.ellipse((120, 90, 200, 130), outline="black", width=2)
        d.line([(130, 110), (140, 100), (150, 120), (160, 100), (170, 120), (180, 100), (190, 110)],
               fill="black", width=1)
    for rgb in (_page(draw), _blur(_page(draw))):
        assert not [r for r in read_regions(rgb, ocr=False).regions if r.dot]


def test_small_ring_touched_by_blurred_leader_line_is_kept():
    # a lysosome (a small ring, too small for a face of its own once blurred) the label's line ends
    # on: the line's blurred edge band is wider than 2 × BRIDGE, so only BRIDGE_WIDE encloses it
    rgb = _blur(_page(lambda d: _cell(d, rings=[(150, 100, 6)], lines=[((5, 120), (144, 101))])))
    rr = read_regions(rgb, ocr=False)
    assert _near(rr, 150, 100) >= 1
    cell = max(rr.regions, key=lambda r: r.area)
    ring = next(r for r in rr.regions if np.hypot(r.centre[0] - 150, r.centre[1] - 100) <= 4)
    assert ring.parent is not None and rr.regions[ring.parent] is cell


def test_deterministic():
    rgb = _blur(_page(lambda d: _cell(d, **TOUCHED)))
    a, b = read_regions(rgb, ocr=False), read_regions(rgb, ocr=False)
    assert [(r.obs.x0, r.obs.y0, r.area, r.dot) for r in a.regions] == \
        [(r.obs.x0, r.obs.y0, r.area, r.dot) for r in b.regions]
