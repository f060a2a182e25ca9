"""How people name a crystal's substance and type (issue 9): an element by its name with a phase before it
("grey tin (α-Sn) has the diamond structure" drew carbon, verified), a structure type said of a substance
nesy does not know (refused, never the prototype's own element), acronyms ('XRD' read as element symbols),
a type named by its prototype material ("cesium chloride type") or restated by its Bravais lattice ("the
CsCl structure (simple cubic …)"), and the reference lattice constants of the common cubic metals."""
from __future__ import annotations

import pytest

from nesy.errors import InputError
from nesy.pipeline import parse


def _elements(text: str) -> list[str]:
    return sorted(e.id for e in parse(text, strict=False).entities if e.id != "structure")


@pytest.mark.parametrize("text,els", [
    ("Grey tin (α-Sn) has the diamond structure with lattice parameter 6.49 Å. Draw its conventional cell.",
     ["Sn"]),
    ("gray tin crystallises in the diamond cubic structure, a = 6.489 Å", ["Sn"]),
    ("alpha-Fe is bcc with a = 2.87 Å", ["Fe"]),
    ("the conventional cell of γ-Fe, fcc, a = 3.65 Å", ["Fe"]),
    ("Draw the bcc cell of niobium, a = 3.30 Å", ["Nb"]),
])
def test_an_element_by_name_or_phase(text: str, els: list[str]) -> None:
    assert _elements(text) == els


@pytest.mark.parametrize("text", [
    "Unobtainium has the diamond structure with a = 5 Å.",
    "Our new Heusler alloy crystallises in the bcc structure, a = 2.9 Å.",
    "Draw the XYZ compound in the rock salt structure",
])
def test_a_type_said_of_an_unknown_substance_is_refused(text: str) -> None:
    with pytest.raises(InputError, match="does not know"):
        parse(text, strict=False)


@pytest.mark.parametrize("text,els", [
    ("Draw the diamond structure, a = 3.57 Å, for my class.", ["C"]),
    ("Silicon has the diamond structure", ["Si"]),
])
def test_a_type_alone_or_of_a_known_substance_is_drawn(text: str, els: list[str]) -> None:
    assert _elements(text) == els


@pytest.mark.parametrize("text,els", [
    ("We are writing up our XRD results on germanium: diamond cubic, a = 5.658 Å.", ["Ge"]),
    ("From our HRTEM and EDX data, NaCl rock salt, a = 5.64 Å", ["Cl", "Na"]),
    ("CsCl unit cell, DFT relaxed, a = 4.12 Å", ["Cl", "Cs"]),
])
def test_an_acronym_is_a_word(text: str, els: list[str]) -> None:
    assert _elements(text) == els


def test_a_formula_with_a_lower_case_unknown_symbol_is_still_refused() -> None:
    with pytest.raises(InputError, match="unknown element symbol"):
        parse("NaXl rock salt, a = 5.6 Å", domain="crystal", strict=False)


@pytest.mark.parametrize("text,els", [
    ("CsI unit cell, cesium chloride type, lattice constant 0.457 nm", ["Cs", "I"]),
    ("KBr, NaCl-type, a = 6.60 Å", ["Br", "K"]),
    ("GaAs has the zinc sulfide structure type, a = 5.65 Å", ["As", "Ga"]),
    ("MgO crystallises in the sodium chloride type lattice with a = 4.21 Å", ["Mg", "O"]),
])
def test_a_type_named_by_its_prototype_material(text: str, els: list[str]) -> None:
    assert _elements(text) == els


@pytest.mark.parametrize("text", [
    "Caesium bromide adopts the CsCl structure (simple cubic Br with Cs at the cube centre), a = 4.29 Å.",
    "NaCl: rock salt, i.e. an fcc lattice with a two-atom basis, a = 5.64 Å",
    "Si diamond structure (two interpenetrating fcc lattices), a = 5.431 Å",
])
def test_a_type_restated_by_its_own_lattice_is_one_type(text: str) -> None:
    assert parse(text, strict=False).domain == "crystal"


@pytest.mark.parametrize("text", ["the CsCl structure, fcc, a = 4.1 Å", "bcc fcc iron"])
def test_a_lattice_that_is_not_the_types_own_is_refused(text: str) -> None:
    with pytest.raises(InputError, match="more than one structure type"):
        parse(text, domain="crystal", strict=False)


@pytest.mark.parametrize("text,el,a", [
    ("Draw the conventional cubic cell of lithium metal, which is bcc.", "Li", 3.509),
    ("the bcc unit cell of potassium", "K", 5.328),
    ("palladium, fcc", "Pd", 3.890),
])
def test_reference_lattice_constants_of_cubic_metals(text: str, el: str, a: float) -> None:
    from nesy.domains.crystal import crystal_geometry
    s = parse(text, strict=False)
    assert [e.id for e in s.entities if e.id != "structure"] == [el]
    assert crystal_geometry(s).structure().lattice.a == pytest.approx(a, abs=1e-3)
