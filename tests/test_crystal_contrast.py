"""Structures named only to be set beside the one drawn (issue 9, requests-7 crystal-09: "I want to contrast bcc
and fcc metals. For the bcc example please draw tungsten …" was refused as two structure types): a structure
type or material inside a contrast clause ("contrast bcc and fcc", "unlike fcc copper", "as opposed to rock
salt", "compared with NaCl") is not the structure asked for when the text names one outside such clauses;
with none outside, several types are still refused."""
from __future__ import annotations

import pytest

from nesy.errors import InputError, UnsupportedError
from nesy.pipeline import parse


def _cell(text: str) -> tuple[str, list[str]]:
    s = parse(text, strict=False)
    st = next(e for e in s.entities if e.id == "structure")
    return dict(st.attributes)["prototype"], sorted(e.id for e in s.entities if e.id != "structure")


@pytest.mark.parametrize("text,want", [
    ("Unlike fcc copper, iron is bcc: draw alpha-iron with a = 2.87 Å.", ("bcc", ["Fe"])),
    ("To compare fcc and bcc packing, draw molybdenum in its bcc cell, a = 3.147 Å.", ("bcc", ["Mo"])),
    ("Draw aluminium, fcc with a = 4.05 Å, as opposed to bcc sodium.", ("fcc", ["Al"])),
    ("Sketch the CsCl structure (a = 4.12 Å) rather than rock salt.", ("cesium_chloride", ["Cl", "Cs"])),
])
def test_the_structure_outside_the_contrast_is_drawn(text, want) -> None:
    assert _cell(text) == want


def test_two_types_with_none_outside_a_contrast_are_refused() -> None:
    with pytest.raises((InputError, UnsupportedError), match="bcc"):
        parse("Draw bcc and fcc iron.", strict=False)
