"""Digits grouped in threes by a space ("384 400 km", the SI's way of writing large numbers): one quantity, never
its last group alone (session 41; requests-21 astronomy-06 read "71 492 km" as 492 km and refused it as unread)."""
from __future__ import annotations

from fractions import Fraction

import pytest

from nesy.parse.quantities import find_quantities


@pytest.mark.parametrize("text, number, value", [
    ("the Moon is 384 400 km from the Earth", "384 400 km", Fraction(384400)),
    ("light covers 299 792.458 km each second", "299 792.458 km", Fraction("299792.458")),
    ("a run of 1 500 000 m", "1 500 000 m", Fraction(1500000)),
    ("Saturn's radius, 58\u202f232 km, is not drawn", "58\u202f232 km", Fraction(58232)),
])
def test_a_space_grouped_number_is_one_quantity(text, number, value):
    qs = find_quantities(text)
    assert len(qs) == 1
    q = qs[0]
    assert text[q.span[0]:q.span[1]] == number
    assert q.value == value


def test_separate_numbers_stay_separate():
    # a number of four digits, or groups that are not three digits, are not one grouped number
    qs = find_quantities("sides of 12 cm and 2024 450 mm; 3 cm, 40 mm")
    assert [q.value for q in qs] == [12, 450, 3, 40]


@pytest.mark.parametrize("text, value", [
    ("2 470 Ω resistors in series", 470),        # a count before a quantity of a plural noun: not one number
    ("R1 1 2 330 Ω", 330),                       # a netlist's node numbers before the value
    ("R2 2 0 470 Ω", 470),                       # no grouped number opens with 0
])
def test_a_count_or_a_run_of_numbers_is_not_grouped(text, value):
    assert [q.value for q in find_quantities(text)] == [value]
