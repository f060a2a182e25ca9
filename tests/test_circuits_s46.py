"""A counted plural announcing its members by name gives its stated value to every member (held-out set 7's
writer found "two 6 Ω resistors R2 and R3" drew R3 without its 6 Ω, silently)."""
from __future__ import annotations

import pytest

from nesy.pipeline import parse


def _values(text: str) -> dict[str, str]:
    s = parse(text, domain="circuits")
    return {e.id: dict(e.attributes).get("display") for e in s.entities if e.kind == "resistor"}


@pytest.mark.parametrize("text, want", [
    ("A 9 V battery and two 6 Ω resistors R2 and R3 in series.", {"R2": "R2 = 6 Ω", "R3": "R3 = 6 Ω"}),
    ("A 12 V battery with R1 = 4 Ω in series with two 6 Ω resistors R2 and R3 in parallel.",
     {"R1": "R1 = 4 Ω", "R2": "R2 = 6 Ω", "R3": "R3 = 6 Ω"}),
    ("A 9 V battery and two resistors R1 and R2 of 6 Ω each in series.", {"R1": "R1 = 6 Ω", "R2": "R2 = 6 Ω"}),
    ("A 9 V battery and three 1 kΩ resistors R1, R2 and R3 in series.",
     {"R1": "R1 = 1 kΩ", "R2": "R2 = 1 kΩ", "R3": "R3 = 1 kΩ"}),
])
def test_each_announced_member_has_the_plurals_value(text: str, want: dict) -> None:
    assert _values(text) == want


def test_a_value_written_on_one_name_stays_that_names() -> None:
    """"R1 and R2 = 6 Ω" says R2's value; it is not spread to R1."""
    v = _values("A 9 V battery and two resistors R1 and R2 = 6 Ω in series.")
    assert v["R2"] == "R2 = 6 Ω" and v["R1"] == "R1"
