"""Strukturbericht designations name the prototype of the compound the text names (issue 9, requests-6
crystal-09): "B2 (CsCl-type) NiAl" was refused as two structures ('B2' read as the formula of boron). A
designation beside a word of structure ("B2-ordered", "the B2 structure", "Strukturbericht B2") or a structure
type in brackets is the structure type (AFLOW prototype library, Mehl et al. 2017); the compound drawn is the
named one, never the prototype's elements; "B2" alone, or in "B2O3", stays a formula."""
from __future__ import annotations

import pytest

from nesy.pipeline import parse


@pytest.mark.parametrize("text,formula,structure", [
    ("B2 (CsCl-type) NiAl intermetallic, a = 2.887 Å: Ni at the cube corners, Al at the body centre",
     "NiAl", "cesium_chloride"),
    ("NiAl in the B2 structure, a = 2.887 Å", "NiAl", "cesium_chloride"),
    ("the B2-ordered FeAl phase with a = 2.91 Å", "FeAl", "cesium_chloride"),
    ("CuZn, Strukturbericht B2, a = 2.95 Å", "CuZn", "cesium_chloride"),
    ("B1 (rock salt) MgO, a = 4.21 Å", "MgO", "rock_salt"),
    ("sodium chloride, B1 structure", "NaCl", "rock_salt"),
    ("copper, A1-type, a = 3.615 Å", "Cu", "fcc"),
    ("Draw the unit cell of NaCl (B1) with a = 5.64 Å.", "NaCl", "rock_salt"),
    ("zincblende GaAs (B3), lattice constant 5.65 Å", "GaAs", "zinc_blende"),
])
def test_designation_is_the_prototype_of_the_named_compound(text, formula, structure) -> None:
    s = parse(text, domain="crystal", allow_unknown=True)
    assert (s.attr("formula"), s.attr("structure")) == (formula, structure)


def test_a_lone_b2_is_still_a_formula() -> None:
    from nesy.errors import NesyError
    with pytest.raises(NesyError, match="B2O3"):
        parse("B2O3 glass, a = 5 Å", domain="crystal", allow_unknown=True)


def test_a_designation_that_disagrees_with_the_stated_type_is_refused() -> None:
    from nesy.errors import NesyError
    with pytest.raises(NesyError, match="B1"):
        parse("B1 (CsCl-type) NiAl, a = 2.887 Å", domain="crystal", allow_unknown=True)


@pytest.mark.parametrize("text,phrase", [
    ("L1_2 Ni3Al, a = 3.57 Å", "L1_2"),
    ("Cu3Au (L12 structure), a = 3.75 Å", "L12"),
    ("the C15 Laves phase MgCu2, a = 7.05 Å", "C15"),
])
def test_a_designation_nesy_has_no_reference_for_is_refused_naming_it(text, phrase) -> None:
    from nesy.errors import UnsupportedError
    with pytest.raises(UnsupportedError, match=phrase):
        parse(text, domain="crystal")
