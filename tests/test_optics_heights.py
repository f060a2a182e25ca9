"""nesy.optics.v1: a length said with a height word (tall, high, long, height, size, "of … height", a
"2 cm feature") is the object's height wherever it sits in the sentence, never its distance (requests-4
optics-10 "an object of 5 cm height placed 20 cm from it" and optics-03 "take a 2 cm feature" were read as
two distances and refused as impossible)."""
from __future__ import annotations

import pytest

from nesy.domains import optics as OP
from nesy.registry import get_domain
from nesy.render.svg import render_layout

D = get_domain("optics")


def _facts(text: str) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {}
    for f in D.parse(text).attr("facts"):
        out.setdefault(f["what"], []).append(f["value"])
    return out


@pytest.mark.parametrize("text,ho,do", [
    ("a convex lens, f = 10 cm, with a candle of 3 cm height standing 25 cm away", 3.0, 25.0),
    ("Concave mirror of focal length 15 cm. Put an arrow of 4 cm height 40 cm in front of it.", 4.0, 40.0),
    ("an object of size 1.5 cm sits 30 cm from a converging lens of focal length 12 cm", 1.5, 30.0),
    ("diverging lens f = -10 cm; object 20 cm away, size: 2 cm", 2.0, 20.0),
    ("A 2 cm long object is placed perpendicular to the principal axis of a convex lens of focal length "
     "10 cm, 15 cm from it.", 2.0, 15.0),
    ("a needle 3 cm long is held 12 cm in front of a concave mirror with f = 8 cm", 3.0, 12.0),
    ("a 6 cm-height toy stands 50 cm from a lens with f = 20 cm", 6.0, 50.0),
    ("my face, take a 1 cm feature, is 5 cm in front of a concave mirror of radius of curvature 30 cm", 1.0, 5.0),
    ("converging lens (f 8 cm), object distance 20 cm, it has a size of 5 mm", 0.5, 20.0),
])
def test_a_length_with_a_height_word_is_the_objects_height(text: str, ho: float, do: float) -> None:
    f = _facts(text)
    assert f["ho"] == [pytest.approx(ho)]
    assert f["do"] == [pytest.approx(do)]


def test_an_image_said_with_a_height_word_stays_the_images() -> None:
    f = _facts("a convex lens f = 10 cm, object 30 cm away and 2 cm tall; the image is 1 cm in height")
    assert f["ho"] == [pytest.approx(2.0)] and f["hi"] == [pytest.approx(1.0)]


def test_object_of_given_height_is_drawn_and_verified_at_its_distance() -> None:
    scene = D.parse("Draw a diverging lens whose focal length is 20 cm and an object of 5 cm height placed "
                    "20 cm from it")
    layout = D.solve(scene)
    png = render_layout(layout, controls=False).png
    v = D.verify(png, scene)
    assert v.passed, [c for c in v.failed()]
    sol = OP.solve_optics(scene)
    assert (sol.do, sol.ho) == (pytest.approx(20.0), pytest.approx(5.0))
    assert sol.di == pytest.approx(-10.0) and sol.hi == pytest.approx(2.5)
