"""``nesy.see.lines.drawn_fraction`` and ``text_blobs`` computed from an integral image and a separable
maximum filter give what the per-sample windows and the box dilation they replace gave (the readers call
them hundreds of times a figure; issue 10's 0.5 s budget)."""
from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from nesy.see.lines import drawn_fraction, text_blobs


def _drawn_fraction_by_windows(mask, pts, reach=1.5, step=2.0):
    """The definition: every ``step`` px along the polyline, is there ink in the ⌈reach⌉ window (clipped)."""
    P = np.asarray(pts, float)
    if len(P) < 2:
        return 1.0
    samples = []
    for a, b in zip(P[:-1], P[1:]):
        k = max(int(float(np.hypot(*(b - a))) // step), 1)
        samples += [a + (b - a) * t for t in np.arange(k) / k]
    samples.append(P[-1])
    H, W = mask.shape
    rr = int(math.ceil(reach))
    hits = 0
    for x, y in samples:
        xi, yi = int(round(x)), int(round(y))
        y0, y1, x0, x1 = max(yi - rr, 0), min(yi + rr + 1, H), max(xi - rr, 0), min(xi + rr + 1, W)
        hits += y1 > y0 and x1 > x0 and bool(mask[y0:y1, x0:x1].any())
    return hits / len(samples)


@settings(max_examples=150, deadline=None)
@given(st.integers(4, 60), st.integers(4, 60), st.integers(0, 2 ** 31 - 1), st.integers(1, 5),
       st.sampled_from([0.5, 1.0, 1.5, 3.0]), st.sampled_from([0.5, 1.0, 2.0]))
def test_drawn_fraction_is_the_windowed_share(h, w, seed, n, reach, step):
    rng = np.random.default_rng(seed)
    mask = rng.random((h, w)) < rng.choice([0.005, 0.05, 0.3])
    pts = [tuple(p) for p in rng.uniform(-8, max(h, w) + 8, (n, 2))]
    assert drawn_fraction(mask, pts, reach=reach, step=step) == _drawn_fraction_by_windows(mask, pts, reach, step)


def test_drawn_fraction_off_the_image_is_zero():
    m = np.ones((20, 20), bool)
    assert drawn_fraction(m, [(-50, -50), (-30, -40)]) == 0.0
    # entering the image: only the samples whose window reaches it (27 steps of 55/27 px, + the end: x ≈ −1.1,
    # 0.9, 3.0 and 5 of 28)
    assert drawn_fraction(m, [(-50, 5), (5, 5)]) == pytest.approx(4 / 28)


def test_text_blobs_group_a_word_and_part_two():
    m = np.zeros((30, 80), bool)
    m[10:20, 5:10] = m[12:20, 13:18] = True          # "5 c": a gap of 3 px
    m[10:20, 50:56] = True                           # far off: a word of its own
    assert text_blobs(m, 4) == [(5, 10, 18, 20), (50, 10, 56, 20)]
    assert len(text_blobs(m, 1)) == 3
    assert text_blobs(np.zeros((5, 5), bool), 3) == []
