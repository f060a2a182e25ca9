"""``nesy.see.kinds``: a region matched to a kind must have that kind's outline and, for kinds of one size,
the size of its fellows — a mitochondrion-shaped region matched to a lysosome or a ribosome fails."""
from __future__ import annotations

import numpy as np
import pytest

from nesy.see.kinds import ASPECT_SLACK, axes_of, kind_checks

SIZES = {
    "cell": {"aspect": [1.0, 1.6]},
    "mitochondrion": {"ref": "cell", "ratio": [0.033, 0.3], "aspect": [2.0, 3.0]},
    "lysosome": {"ref": "cell", "ratio": [0.01, 0.1], "aspect": [1.0, 1.2]},
    "ribosome": {"ref": "cell", "ratio": [0.001, 0.05], "aspect": [1.0, 1.0]},
}


def ellipse(a: float, b: float, angle: float = 0.0) -> np.ndarray:
    """A filled ellipse of full axes ``a`` × ``b`` px turned by ``angle`` degrees."""
    r = int(max(a, b)) // 2 + 3
    yy, xx = np.mgrid[-r:r + 1, -r:r + 1].astype(float)
    t = np.radians(angle)
    u, v = xx * np.cos(t) + yy * np.sin(t), -xx * np.sin(t) + yy * np.cos(t)
    return (u / (a / 2)) ** 2 + (v / (b / 2)) ** 2 <= 1


def failed(checks):
    return {(c[0], c[1][0]) for c in checks if not c[5]}


@pytest.mark.parametrize("a, b, angle", [(40, 40, 0), (60, 20, 30), (25, 12, 100)])
def test_axes_of_a_filled_ellipse(a, b, angle):
    major, minor = axes_of(ellipse(a, b, angle))
    assert major == pytest.approx(a, rel=0.08) and minor == pytest.approx(b, rel=0.12)


@pytest.mark.parametrize("kind, a, b, ok", [
    ("lysosome", 16, 15, True),           # round, as drawn
    ("lysosome", 46, 20, False),          # a mitochondrion's oval matched to a lysosome
    ("mitochondrion", 46, 20, True),
    ("mitochondrion", 18, 18, False),     # a lysosome's disc matched to a mitochondrion
])
def test_aspect_of_the_matched_kind(kind, a, b, ok):
    checks = kind_checks([("x1", kind, ellipse(a, b, 20))], SIZES)
    assert [c[5] for c in checks if c[0] == "kind_aspect"] == [ok]


def test_narrow_regions_dots_and_the_cell_are_not_read_for_aspect():
    """A 0.5× lysosome (3 px) has no measurable aspect; a ribosome is a dot a leader line may stretch
    (its size against its fellows is checked instead); a cell may be drawn in any outline."""
    checks = kind_checks([("l1", "lysosome", ellipse(8, 3)), ("r1", "ribosome", ellipse(14, 8)),
                          ("c1", "cell", ellipse(300, 80))], SIZES)
    assert not [c for c in checks if c[0] == "kind_aspect"]


def test_the_slack_is_a_factor_each_way():
    lo, hi = SIZES["lysosome"]["aspect"]
    b = 20
    inside = kind_checks([("l1", "lysosome", ellipse(b * hi * ASPECT_SLACK * 0.95, b))], SIZES)
    outside = kind_checks([("l1", "lysosome", ellipse(b * hi * ASPECT_SLACK * 1.15, b))], SIZES)
    assert inside[0][5] and not outside[0][5]


def test_one_ribosome_much_larger_than_the_others_fails():
    dots = [(f"ribosome{i}", "ribosome", ellipse(7, 7)) for i in range(1, 6)]
    assert not failed(kind_checks(dots, SIZES))
    big = dots + [("ribosome6", "ribosome", ellipse(18, 17))]
    assert failed(kind_checks(big, SIZES)) == {("kind_uniform", "ribosome6")}


def test_ribosomes_drawn_a_pixel_apart_pass():
    """Pixel rounding: dots of 5, 6 and 7 px are one size."""
    dots = [(f"r{i}", "ribosome", ellipse(d, d)) for i, d in enumerate((5, 6, 7, 6, 5))]
    assert not failed(kind_checks(dots, SIZES))


def test_too_few_to_compare_and_kinds_of_many_sizes_are_not_compared():
    two = [("r1", "ribosome", ellipse(6, 6)), ("r2", "ribosome", ellipse(18, 18))]
    assert not [c for c in kind_checks(two, SIZES) if c[0] == "kind_uniform"]
    lys = [(f"l{i}", "lysosome", ellipse(d, d)) for i, d in enumerate((10, 10, 30))]
    assert not [c for c in kind_checks(lys, SIZES) if c[0] == "kind_uniform"]


def test_empty_input():
    assert kind_checks([], SIZES) == []
