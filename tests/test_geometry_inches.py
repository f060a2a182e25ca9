"""Lengths in inches, and a circle's r = / d = symbols (dev geometry-17: "Circle, r = 2.5 in." was taken
for no science at all)."""
from __future__ import annotations

from fractions import Fraction

import pytest

from nesy.domains.geometry import GeometryDomain, parse_geometry, plane_figure


@pytest.mark.parametrize("text,kind,radius", [
    ("Circle, r = 2.5 in.", "circle", Fraction(5, 2)),
    ("circle with d = 4 in", "circle", Fraction(2)),
    ("Draw a circle whose radius is 1.5 inches.", "circle", Fraction(3, 2)),
    ("a circle, r=3cm", "circle", Fraction(3)),
])
def test_a_circle_by_its_symbol_or_in_inches(text: str, kind: str, radius: Fraction) -> None:
    assert GeometryDomain().score(text) > 0
    s = parse_geometry(text)
    assert s.attr("figure") == kind
    fg = plane_figure(s)
    assert fg.circle[2] == pytest.approx(float(radius))


@pytest.mark.parametrize("text,unit,side", [
    ("a square with side 2 inches", "in", 2.0),
    ("triangle with sides 3 in, 4 in and 5 in", "in", 5.0),
    ("Square ABCD, AB = 1.25 inch.", "in", 1.25),
])
def test_inches_are_a_length_unit(text: str, unit: str, side: float) -> None:
    s = parse_geometry(text)
    assert s.attr("unit") == unit
    fg = plane_figure(s)
    assert max(v for _k, v in fg.sides) == pytest.approx(side)


def test_in_before_a_word_stays_a_preposition() -> None:
    s = parse_geometry("Draw a circle of radius 3 in the middle of the page", allow_unknown=True)
    assert s.attr("unit") != "in"
