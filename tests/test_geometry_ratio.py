"""nesy.geometry.v1: a dashed triple that restates a triangle ("(the classic 3-4-5 one)", "a 5-12-13 triangle",
"(a 30-60-90 one)") is read as what it says — the sides' ratio, or the angles when the numbers sum to 180 —
checked against the stated values (impossible, naming both, when it contradicts them), and never read as bare
lengths in 'units' beside centimetres (nesy/domains/geometry_ratio.py, geometry_special).

Phrasings are this file's own (none is an acceptance request)."""
from __future__ import annotations

import math
import re

import pytest

from nesy.errors import UnsatisfiableError, UnsupportedError
from nesy.registry import get_domain

D = get_domain("geometry")


@pytest.mark.parametrize("text,want", [
    ("a right triangle with legs of 6 cm and 8 cm (it's a 3-4-5 triangle)", [6, 8]),
    ("right-angled triangle, legs 5 cm and 12 cm, the famous 5-12-13 one", [5, 12]),
    ("a triangle with sides 9 cm, 12 cm and 15 cm (a 3:4:5 triangle)", [9, 12, 15]),
    ("a right triangle with hypotenuse 13 cm and a leg of 5 cm (5-12-13)", [5, 13]),
])
def test_side_ratio_restating_the_sides_draws_them(text: str, want: list[float]) -> None:
    s = D.parse(text)
    g = s.attr("given")
    assert sorted(float(x["value"]) for x in g if x["unit"] != "deg") == want
    assert all(x["unit"] == "cm" for x in g if x["unit"] != "deg")   # never 'units' beside cm


@pytest.mark.parametrize("text", [
    "a right triangle with legs 3 cm and 5 cm (the classic 3-4-5 one)",
    "a triangle with sides 4 cm, 4 cm and 5 cm (a 3-4-5 triangle)",
    "a right triangle with legs of 5 cm and 10 cm, a 5-12-13 triangle",
])
def test_side_ratio_contradicting_the_sides_is_impossible_naming_both(text: str) -> None:
    with pytest.raises(UnsatisfiableError) as e:
        D.parse(text)
    quoted = [p["text"] for p in e.value.phrases]
    assert any(re.search(r"\d-\d|\d:\d", q) for q in quoted) and len(quoted) >= 2, quoted


def test_side_ratio_without_a_right_angle_is_impossible_with_one() -> None:
    with pytest.raises(UnsatisfiableError, match="right"):
        D.parse("a right triangle with sides 4 cm, 5 cm and 6 cm (a 4-5-6 triangle)")


def test_side_ratio_alone_gives_the_sides() -> None:
    g = D.parse("a 5-12-13 triangle").attr("given")
    assert sorted(float(x["value"]) for x in g) == [5, 12, 13]


def test_side_ratio_with_too_little_is_refused_naming_it() -> None:
    with pytest.raises(UnsupportedError, match="3-4-5"):
        D.parse("a 3-4-5 triangle with one side 6 cm")


@pytest.mark.parametrize("text", [
    "a right triangle with hypotenuse 10 cm (a 30-60-90 one)",
    "a right triangle with hypotenuse 8 cm (a 30-60-90 triangle)",
    "right triangle, hypotenuse 6 cm, the classic 45-45-90 one",
])
def test_angle_triple_aside_gives_the_angles(text: str) -> None:
    g = D.parse(text).attr("given")
    angles = sorted(float(x["value"]) for x in g if x["unit"] == "deg")
    assert len(angles) == 3 and math.isclose(sum(angles), 180) and angles[-1] == 90
    assert [x["role"] for x in g if x["unit"] != "deg"] == ["hypotenuse"]



def test_ratio_at_the_end_of_the_text_is_read() -> None:
    g = D.parse("a right triangle with legs 3 cm and 4 cm, 3-4-5").attr("given")
    assert sorted(float(x["value"]) for x in g) == [3, 4] and {x["unit"] for x in g} == {"cm"}


def test_bare_number_beside_lengths_is_refused_naming_it() -> None:
    from nesy.errors import InputError
    with pytest.raises(InputError, match=r"'7' at \d+-\d+"):
        D.parse("a triangle ABC with AB = 5 cm, BC = 6 cm and CA = 7")
