"""A stated number of nearest neighbours (a coordination number) or of atoms per cell is held against the structure
type: "the diamond cubic cell of silicon, in which every atom has 8 nearest neighbours" (requests-24 impossible-04)
and "bcc Cu, 4 atoms/cell" (requests-23 impossible-03) were drawn with the number listed as not drawn; they are
impossible, and the answer names the conflicting phrases. Numbers the structure has are read as restating it."""
from __future__ import annotations

import pytest

from nesy.errors import UnsatisfiableError
from nesy.pipeline import parse


@pytest.mark.parametrize("text, phrase", [
    ("The diamond cubic cell of germanium, a = 5.658 Å, where each atom has 6 nearest neighbours.",
     "6 nearest neighbours"),
    ("An fcc aluminium cell with coordination number 8.", "coordination number 8"),
    ("Rock salt KCl in which every ion is 8-fold coordinated.", "8-fold coordinated"),
    ("simple cubic polonium, 2 atoms/cell, a = 3.35 Å", "2 atoms/cell"),
])
def test_a_number_the_structure_cannot_have_conflicts(text, phrase):
    with pytest.raises(UnsatisfiableError) as e:
        parse(text, allow_unknown=True)
    assert phrase in str(e.value)


@pytest.mark.parametrize("text", [
    "The bcc cell of iron, where each atom has 8 nearest neighbours.",
    "Rock salt NaCl, coordination number 6, a = 5.64 Å",
    "fluorite CaF2 with each F 4-fold coordinated",
    "fcc Cu with 4 atoms/cell, a = 3.61 Å",
])
def test_a_number_the_structure_has_is_read(text):
    sg = parse(text, allow_unknown=True)
    assert sg.domain == "crystal" and not [n for n in sg.not_drawn if any(ch.isdigit() for ch in n.text)]
