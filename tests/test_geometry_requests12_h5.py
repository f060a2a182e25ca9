"""requests-12 geometry (helper H5), own phrasings: a length written with a square root ("3√3 cm", "√32 cm",
"2 root 3 cm", "5 times the square root of 3 cm"; geometry-06 refused at '3'), checked against the other
measures; a regular polygon whose count stands apart from its name ("a regular polygon … twelve equal sides",
geometry-09 "names no figure") or is fixed by its interior angle, and one whose interior angle belongs to no
regular polygon (impossible-01, 100°: impossible, naming both phrases)."""
from __future__ import annotations

import math
from fractions import Fraction

import pytest

from nesy.errors import InputError, UnsatisfiableError


def _scene(text: str):
    from nesy.pipeline import parse
    return parse(text, domain="geometry", allow_unknown=True)


def _solved(text: str):
    from nesy.registry import get_domain
    d = get_domain("geometry")
    s = _scene(text)
    return s, d.solve(s)


@pytest.mark.parametrize("text,role,value,label", [
    ("HOST: Picture an equilateral triangle whose height is 3√3 centimeters. GUEST: Which makes each side "
     "exactly 6 centimeters.", "height", 3 * math.sqrt(3), "3√3 cm"),
    ("An equilateral triangle with height 2 root 3 cm and sides of 4 cm.", "height", 2 * math.sqrt(3), "2√3 cm"),
    ("a square whose diagonal is √32 cm and whose side is 4 cm", "diagonal", math.sqrt(32), "√32 cm"),
    ("Draw an equilateral triangle of height five times the square root of 3 cm and side 10 cm.", "height",
     5 * math.sqrt(3), "5√3 cm"),
    ("a square with diagonal 3·√2 cm", "diagonal", 3 * math.sqrt(2), "3√2 cm"),
])
def test_surds_read(text, role, value, label):
    g = next(g for g in _scene(text).attr("given") if g["role"] == role)
    assert float(Fraction(g["value"])) == pytest.approx(value, rel=1e-9) and g["text"] == label
    _solved(text)      # agrees with the other measures: no conflict


@pytest.mark.parametrize("text", [
    "an equilateral triangle with height 2√3 cm and side 6 cm",     # 2√3 is the height of side 4
    "a square with diagonal √33 cm and side 4 cm",
])
def test_surd_that_disagrees_is_impossible(text):
    with pytest.raises(UnsatisfiableError):
        _solved(text)


def test_root_of_a_root_never_read_as_its_digits():
    # "√32 cm" was read as 32 cm; a form nesy does not read is refused, never its digits drawn
    s = _scene("a square with diagonal √32 cm")
    assert float(Fraction(next(g["value"] for g in s.attr("given")))) == pytest.approx(math.sqrt(32))


def _n(text: str) -> int:
    s = _scene(text)
    return s.attr("n") if s.attr("n") is not None else sum(1 for e in s.entities if e.kind == "point")


@pytest.mark.parametrize("text,n", [
    ("Draw it as a regular polygon. Facts: twelve equal sides of 2 cm each, twelve equal interior angles of 150°.", 12),
    ("A regular polygon: 8 sides, each 2 cm long.", 8),
    ("Sketch a regular polygon with side 3 cm; each interior angle is 108°.", 5),
    ("regular polygon tile, side 1 cm, 120 degrees at every corner", 6),
    ("Please draw a regular polygon. It has ten equal sides of 1.5 cm.", 10),
])
def test_regular_polygon_count(text, n):
    s, _ = _solved(text)
    assert s.attr("figure") == "polygon" and _n(text) == n


@pytest.mark.parametrize("text", [
    "DRAWING SPEC - Part: regular polygon tile. Interior angle: exactly 100° at every corner. All sides equal.",
    "a regular polygon whose interior angles are 130°, side 2 cm",
    "Regular polygon, side 4 cm, every angle is 170.5 degrees",
    "a regular polygon with twelve equal sides and ten equal angles, side 1 cm",
    "a regular polygon: twelve equal sides of 2 cm, interior angles of 140°",
])
def test_regular_polygon_impossible(text):
    with pytest.raises(UnsatisfiableError):
        _solved(text)


def test_some_sides_are_no_count():
    # "mark three sides red" says nothing of how many sides there are: the angle (135°) fixes eight
    text = "Draw a regular polygon of side 2 cm with interior angles of 135° and mark three sides red"
    assert _n(text) == 8
