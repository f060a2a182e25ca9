"""A lone capitalised word that is no element symbol ("Hi!", "Hey", "Ok") is a word, not a formula: it was
refused as an "unknown element symbol" (requests-5 crystal-10 began "Hi! For my materials science lecture …")."""
from __future__ import annotations

import pytest

from nesy.errors import InputError
from nesy.pipeline import parse


@pytest.mark.parametrize("text", [
    "Hi! Could you draw one conventional face-centred cubic unit cell of gold, lattice constant 0.4078 nm?",
    "Hey, draw the NaCl unit cell, a = 5.64 Å",
    "Ok so: the bcc unit cell of iron, a = 2.87 Å",
])
def test_a_capitalised_word_is_no_formula(text: str) -> None:
    s = parse(text, strict=False)
    assert s.domain == "crystal"


def test_a_formula_with_an_unknown_symbol_is_still_refused() -> None:
    with pytest.raises(InputError, match="unknown element symbol"):
        parse("the rock-salt structure of NaXl, a = 5.6 Å", domain="crystal", strict=False)
