"""The object's distance given as a multiple of the focal length (session 48): "at three times the focal length",
"at 3f" — d_o = k|f|. Unread before: the figure was drawn at a default distance (requests-27 optics-06, d_o = 50 cm
for 60 cm)."""
from __future__ import annotations

import pytest

from nesy.domains.optics import solve_optics
from nesy.pipeline import parse


@pytest.mark.parametrize("text, do, di", [
    ("Concave mirror whose radius of curvature is 40 cm. Put a 3 cm object at three times the focal length and show "
     "the image.", 60.0, 30.0),
    ("A converging lens, f = 10 cm, object 2 cm tall at 3f.", 30.0, 15.0),
    ("A converging lens of focal length 8 cm; the object stands at 4 times the focal length.", 32.0, 32.0 * 8 / 24),
])
def test_object_at_a_multiple_of_the_focal_length(text: str, do: float, di: float) -> None:
    s = parse(text, domain="optics")
    o = solve_optics(s)
    assert o.do == pytest.approx(do) and o.di == pytest.approx(di)


def test_twice_the_focal_length_stays_the_centre_of_curvature() -> None:
    """Guard: "at twice the focal length" is the 2F position, read as before."""
    s = parse("A converging lens of focal length 10 cm, the object at twice the focal length.", domain="optics")
    assert solve_optics(s).do == pytest.approx(20.0)
