"""Session 34 (requests-17 crystal-02, -03): a LaTeX tie "~" between a lattice constant and its unit is a space;
a specimen's size in mm/cm ("natural cube, 4 cm") is not the cell and is read as such. Phrasings of our own, and
near phrasings that must not change."""
import pytest

from nesy.domains.crystal import parse_crystal


@pytest.mark.parametrize("text,a", [
    ("bcc Cr unit cell, a = 2.91~Å", 2.91),
    ("bcc Fe, a = 2.87 ~ Å", 2.87),
    ("bcc Fe, a = 2.87 Å", 2.87),                       # near: unchanged
])
def test_latex_tie_before_unit(text, a):
    assert parse_crystal(text, allow_unknown=True).attr("lattice") == {"a": a}


@pytest.mark.parametrize("text", [
    "A natural halite cube of 3 cm; draw the NaCl rock-salt unit cell, a = 5.64 Å.",
    "A 12 mm crystal of NaCl: rock-salt structure, a = 5.64 Å.",
])
def test_specimen_size_is_not_the_cell(text):
    d = parse_crystal(text, allow_unknown=True)
    assert d.attr("lattice") == {"a": 5.64}
    assert not any(u.text in ("3", "12", "cm", "mm") for u in d.unknown)


def test_plain_length_without_specimen_stays_unread():
    d = parse_crystal("NaCl rock-salt cell, a = 5.64 Å, drawn 10 cm wide.", allow_unknown=True)
    assert {"10", "cm"} <= {u.text for u in d.unknown}
