"""Session 40: a counted plural, its names, then its values ("Two resistors, R1 and R2, of 100 and 220 ohms
respectively" was refused as "announces 2 but lists 4"; without the commas it drew THREE resistors, R1 with no
value): each value is its name's, in order; more values than names is refused by name, never one more part."""
from __future__ import annotations

import pytest

from nesy.errors import InputError
from nesy.pipeline import parse


def _values(text: str) -> dict[str, float | None]:
    return {e.id: e.attr("value") for e in parse(text).entities if e.kind in ("resistor", "capacitor", "inductor")}


@pytest.mark.parametrize("text, want", [
    ("Two resistors, R1 and R2, of 47 and 68 ohms respectively, in series with a 9 V battery.", {"R1": 47.0, "R2": 68.0}),
    ("Two resistors R1 and R2 of 47 and 68 ohms in series with a 9 V battery.", {"R1": 47.0, "R2": 68.0}),
    ("Three capacitors C1, C2 and C3 of 1 uF, 2 uF and 3 uF in parallel across a 9 V battery.",
     {"C1": 1e-6, "C2": 2e-6, "C3": 3e-6}),
    ("Two resistors R1 and R2 of 47 and 68 ohms and a 10 ohm resistor in series with a 9 V battery.",
     {"R1": 47.0, "R2": 68.0, "R3": 10.0}),
])
def test_names_then_values_pair_in_order(text, want):
    assert _values(text) == pytest.approx(want)


def test_more_values_than_names_is_refused_by_name():
    with pytest.raises(InputError, match="names 2 parts but gives more values"):
        parse("Two resistors R1 and R2 of 47, 68 and 100 ohms in series with a 9 V battery.")
