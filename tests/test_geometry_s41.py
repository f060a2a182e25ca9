"""Session 41: a circle's area or circumference said of the circle a figure is inscribed in (or circumscribes) is
the circle's — its radius — never the figure's own area."""
import json
from fractions import Fraction

import pytest

from nesy.pipeline import generate, parse


def _given(text):
    return [(dict(g)["role"], float(Fraction(dict(g)["value"]))) for g in dict(parse(text, allow_unknown=True).attributes)["given"]]


@pytest.mark.parametrize("text, role, r", [
    ("Square PQRS is inscribed in a circle whose area is 32π cm².", "circumradius", 32 ** 0.5),
    ("Square PQRS inscribed in a circle; the area of the circle is 18π cm².", "circumradius", 18 ** 0.5),
    ("A regular hexagon ABCDEF is inscribed in a circle of circumference 12π cm.", "circumradius", 6.0),
    ("An equilateral triangle ABC is circumscribed about a circle with circumference 4π cm.", "inradius", 2.0),
])
def test_a_measure_of_the_circle_is_the_circles_radius(text, role, r):
    [(got_role, got)] = _given(text)
    assert got_role == role and got == pytest.approx(r, rel=1e-6)


def test_the_figures_own_area_stays_its_own():
    assert _given("A square ABCD of area 36 cm² is inscribed in a circle.") == [("side", 6.0)]


def test_generate_draws_the_square_the_circle_fixes(tmp_path):
    r = generate("Square ABCD is inscribed in a circle whose area is 50π cm². Find the side. Draw it.",
                 out_dir=tmp_path / "o", controls=False)
    assert r.passed
    fig = json.loads((tmp_path / "o" / "figure.json").read_text())
    assert fig["circumcircle"][2] == pytest.approx(50 ** 0.5, rel=1e-6)
    assert all(v == pytest.approx(10.0, rel=1e-6) for v in fig["sides"].values())
