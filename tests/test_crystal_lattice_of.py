"""A species placed by the Bravais lattice it forms ("a primitive cubic arrangement of Cl⁻ ions", "an fcc array of
Cl⁻", "a bcc lattice of Fe atoms"): on that lattice's points of the conventional cubic cell (simple cubic: corners;
bcc: corners and body centre; fcc: corners and face centres — Kittel ch. 1). Read as nothing, requests-22 crystal-06
("a primitive cubic arrangement of Cl⁻ ions with one Cs⁺ ion at the body centre") was refused as an impossible
formula: the described positions gave Cs alone."""
from __future__ import annotations

import pytest

from nesy.pipeline import parse


def _sites(text):
    s = parse(text, domain="crystal")
    return s.attr("formula"), {(dict(x)["el"], dict(x)["mult"]) for x in s.attr("sites")}


@pytest.mark.parametrize("text, formula, sites", [
    ("Caesium chloride has a primitive cubic arrangement of Cl⁻ ions with one Cs⁺ ion at the body centre.", "CsCl",
     {("Cs", 1), ("Cl", 1)}),
    ("Draw NaCl with an fcc array of Cl⁻ ions and Na⁺ in all the octahedral holes.", "NaCl", {("Na", 4), ("Cl", 4)}),
    ("A bcc lattice of Fe atoms with a = 2.87 Å.", "Fe", {("Fe", 2)}),
    ("A face-centred cubic lattice of Cu atoms.", "Cu", {("Cu", 4)}),
])
def test_a_species_on_the_lattice_it_forms(text, formula, sites):
    assert _sites(text) == (formula, sites)


def test_the_lattice_and_a_site_that_clash_are_impossible():
    # the Cl lattice's corners and Cs "at the corners" too: two species on one site
    from nesy.errors import UnsatisfiableError
    with pytest.raises(UnsatisfiableError):
        parse("A simple cubic arrangement of Cl⁻ ions with Cs⁺ ions at the corners.", domain="crystal")
