"""requests-14 crystal failures, own phrasings: the millimicron (= nm) as a unit of a; a structured record's key
carrying its unit ("a_angstrom": 4.567, the front end's "4.567 a angstrom"); "a equals"; a telegram in capitals
read in lower case with its formulas restored ("ALPHA SN" is tin, "CSCL" caesium chloride; STOP a full stop); a
structure type named by its prototype compound in a structure context ("adopts which structure? caesium
chloride"); a lattice constant restated after a correction replaces the earlier one; a compound named in a question
that asks for no figure, and a tag question, are read as asides; a mineral specimen's words."""
from __future__ import annotations

import pytest

from nesy.errors import InputError, UnsatisfiableError, UnsupportedError
from nesy.registry import get_domain

D = get_domain("crystal")


def _read(text: str) -> tuple[list[str], float | None, str | None]:
    g = D.parse(text, allow_unknown=True)
    a = dict(g.attributes)
    return (sorted(e.id for e in g.entities if e.id != "structure"), dict(a.get("lattice") or {}).get("a"),
            a.get("structure"))


@pytest.mark.parametrize("text, els, a, proto", [
    ("The edge of the unit cube measures 0.564 millimicron. Draw the unit cell of sodium chloride.",
     ["Cl", "Na"], 5.64, "rock_salt"),
    ("Copper is face-centred cubic, its cell edge 0.3615 millimicrons.", ["Cu"], 3.615, "fcc"),
    ("Draw KCl (rock salt) with a = 0.629 mμ.", ["Cl", "K"], 6.29, "rock_salt"),
])
def test_the_millimicron_is_the_nanometre(text, els, a, proto):
    got = _read(text)
    assert got[0] == els and got[1] == pytest.approx(a) and got[2] == proto


@pytest.mark.parametrize("text, els, a", [
    ("CsI; CsCl (B2); 4.567 a angstrom; conventional cubic cell.", ["Cs", "I"], 4.567),
    ('{"compound": "KBr", "structure": "rock salt", "a_angstrom": 6.6}', ["Br", "K"], 6.6),
    ("compound: NaCl; a_pm: 564", ["Cl", "Na"], 5.64),
    ("NaCl; 0.564 lattice constant nm", ["Cl", "Na"], 5.64),
])
def test_a_key_carrying_its_unit_gives_the_lattice_constant(text, els, a):
    got = _read(text)
    assert got[0] == els and got[1] == pytest.approx(a)


@pytest.mark.parametrize("text, a", [
    ("Draw copper, fcc, a equals 3.61 Å.", 3.61),
    ("Grey tin, diamond structure, a equal to six point four nine angstrom.", 6.49),
])
def test_a_equals(text, a):
    assert _read(text)[1] == pytest.approx(a)


@pytest.mark.parametrize("text, els, a, proto", [
    ("DRAW GREY TIN UNIT CELL STOP ALPHA SN STOP DIAMOND STRUCTURE STOP A EQUALS SIX POINT FOUR NINE ANGSTROM STOP",
     ["Sn"], 6.49, "diamond"),
    ("PLEASE DRAW CSCL UNIT CELL STOP A EQUALS 4.12 ANGSTROM STOP", ["Cl", "Cs"], 4.12, "cesium_chloride"),
    ("DRAW FLUORITE CAF2 CELL STOP A EQUALS 5.46 ANGSTROM STOP", ["Ca", "F"], 5.46, "fluorite"),
    ("BCC IRON STOP A EQUALS 2.87 ANGSTROM STOP DRAW THE CELL STOP", ["Fe"], 2.87, "bcc"),
])
def test_a_telegram_in_capitals(text, els, a, proto):
    got = _read(text)
    assert got[0] == els and got[1] == pytest.approx(a) and got[2] == proto
    g = D.parse(text, allow_unknown=True)
    assert all(text[s.start:s.end] == s.text for s in g.ignored + g.unknown)   # spans are the user's text


def test_a_text_in_mixed_case_keeps_its_formulas_as_written():
    # "Sn" and "SN" differ only in capitals: a mixed-case text is read as written (S and N are two elements)
    with pytest.raises((InputError, UnsupportedError)):
        D.parse("Draw grey tin and SN in one cell, a = 6.49 Å.", allow_unknown=True)


@pytest.mark.parametrize("text, els, a, proto", [
    ("Caesium bromide adopts which structure? caesium chloride. Illustrate it: the CsBr cubic cell with a = 429 pm.",
     ["Br", "Cs"], 4.29, "cesium_chloride"),
    ("Potassium bromide is isostructural with sodium chloride; draw its cell with a = 6.60 Å.", ["Br", "K"], 6.6,
     "rock_salt"),
    ("Thallium(I) chloride crystallises like caesium chloride. Draw TlCl, a = 3.84 Å.", ["Cl", "Tl"], 3.84,
     "cesium_chloride"),
])
def test_a_prototype_compound_in_a_structure_context_names_the_type(text, els, a, proto):
    got = _read(text)
    assert got[0] == els and got[1] == pytest.approx(a) and got[2] == proto


@pytest.mark.parametrize("text", [
    "Draw CsBr and CsCl cells.",
    "Compare KCl with sodium chloride and draw both.",
])
def test_two_compounds_without_a_structure_context_are_still_two(text):
    with pytest.raises(UnsupportedError, match="one structure per figure"):
        D.parse(text, allow_unknown=True)


@pytest.mark.parametrize("text, a", [
    ("Draw CaO, rock salt, a = 4.18 Å. Sorry, a = 4.81 Å.", 4.81),
    ("Copper, fcc, a = 3.16 Å - my mistake, a = 3.61 Å.", 3.61),
    ("Rock-salt MgO with a = 4.12 Å; correction: a = 4.21 Å.", 4.21),
])
def test_a_value_restated_after_a_correction_replaces_it(text, a):
    assert _read(text)[1] == pytest.approx(a)


def test_two_values_without_a_correction_still_conflict():
    with pytest.raises(UnsatisfiableError):
        D.parse("Draw copper fcc with a = 3.16 Å and a = 3.61 Å.", allow_unknown=True)


@pytest.mark.parametrize("text, els", [
    ("A: Can you draw CaO? Rock salt structure, a = 4.81 Å.\nB: That is not iron oxide, is it?", ["Ca", "O"]),
    ("Draw MgO in rock salt, a = 4.21 Å. 4.18 would be nickel oxide, wouldn't it?", ["Mg", "O"]),
])
def test_an_ambiguous_compound_in_an_aside_question_is_no_second_cell(text, els):
    assert _read(text)[0] == els


def test_an_ambiguous_compound_asked_for_is_still_refused():
    with pytest.raises(InputError, match="more than one oxidation state"):
        D.parse("Can you draw iron oxide in the rock salt structure?", allow_unknown=True)


def test_a_specimen_label_is_read_as_words_of_the_science():
    g = D.parse("Native copper specimen: copper is fcc with a = 3.615 Å.", allow_unknown=True)
    assert not any(u.text.lower() in ("native", "specimen") for u in g.unknown)


@pytest.mark.parametrize("text", [
    "Lead is fcc; the cubic cell's edge is 4.95 Å.",
    "Draw the unit cell of copper (fcc); the lattice's constant a = 3.61 Å.",
])
def test_a_possessive_is_read_as_its_noun(text):
    g = D.parse(text, allow_unknown=True)
    assert not any(u.text.lower().endswith("'s") for u in g.unknown)
