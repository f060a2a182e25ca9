"""Session 33: outsiders' crystal requests (scientific notation in cm, a worksheet's blanks with answers,
'like NaCl', a pasted CIF, asides before the figure sentence), each mechanism with phrasings of its kind."""
from __future__ import annotations

import pytest

from nesy.errors import InputError, UnsatisfiableError, UnsupportedError
from nesy.pipeline import parse


def _read(text: str):
    s = parse(text, allow_unknown=True)
    a = dict(s.attributes)
    return a["structure"], a["formula"], dict(a["lattice"]), [n.text for n in s.not_drawn]


# --- a power of ten with centimetres (or metres spelt out) after it: 1 Å = 10⁻⁸ cm

@pytest.mark.parametrize("text, structure, formula, a", [
    ("Molybdenum is body-centred cubic with a = 3.147 × 10⁻⁸ cm. Show its cubic unit cell.", "bcc", "Mo", 3.147),
    ("Draw bcc tungsten, a = 3.165e-8 cm.", "bcc", "W", 3.165),
    ("Copper is fcc, lattice constant 3.615 x 10^-8 cm.", "fcc", "Cu", 3.615),
    ("Aluminium, fcc, a = 4.05 × 10⁻⁸ centimetres", "fcc", "Al", 4.05),
    ("Rock salt NaCl with a = 5.64 × 10^-10 metres.", "rock_salt", "NaCl", 5.64),
])
def test_a_power_of_ten_in_centimetres_is_a_lattice_constant(text, structure, formula, a) -> None:
    st, f, lat, _nd = _read(text)
    assert (st, f) == (structure, formula)
    assert lat["a"] == pytest.approx(a)


def test_plain_centimetres_are_still_no_lattice_constant() -> None:
    # "a = 4.05 cm" is no crystal's cell: refused, never read as 4.05 × 10⁸ Å or 4.05 Å
    with pytest.raises(InputError, match="has no unit"):
        parse("Aluminium, fcc, a = 4.05 cm")


# --- a worksheet: "______ structure (answer: rock-salt, like NaCl)", "a = ____ Å (answer: 6.60)"

@pytest.mark.parametrize("text, structure, formula, a", [
    ("Q7. Potassium bromide, KBr, crystallises in the ______ structure (answer: rock-salt, like NaCl) with "
     "a = ____ Å (answer: 6.60). Draw the unit cell for the answer key.", "rock_salt", "KBr", 6.60),
    ("Q3. Caesium iodide, CsI, has the ____ structure (answer: CsCl-type, like CsCl), a = ___ pm (answer: 456.7). "
     "Draw the cell.", "cesium_chloride", "CsI", 4.567),
    ("Worksheet: silicon has the ______ structure (answer: diamond, as in C), a = _____ Å (ans: 5.431).",
     "diamond", "Si", 5.431),
    ("KBr adopts the rock-salt structure, like NaCl, with a = 6.60 Å.", "rock_salt", "KBr", 6.60),
    ("LiF (like NaCl) is rock salt, a = 4.03 Å. Draw it.", "rock_salt", "LiF", 4.03),
])
def test_like_a_prototype_names_its_type_and_a_blank_takes_its_answer(text, structure, formula, a) -> None:
    st, f, lat, _nd = _read(text)
    assert (st, f) == (structure, formula)
    assert lat["a"] == pytest.approx(a)


def test_like_a_prototype_of_another_type_is_refused_naming_both() -> None:
    with pytest.raises(InputError, match="like NaCl"):
        parse("KBr has the CsCl structure, like NaCl.", allow_unknown=True)


def test_would_like_is_no_comparison() -> None:
    st, f, _lat, _nd = _read("I'd like KCl drawn, rock salt, a = 6.29 Å.")
    assert (st, f) == ("rock_salt", "KCl")


# --- a pasted CIF

_TLCL = ("data_TlCl\n_cell_length_a 3.842\n_cell_angle_alpha 90\n_symmetry_space_group_name_H-M 'P m -3 m'\n"
         "# thallium(I) chloride, CsCl-type: Tl at 0 0 0, Cl at 1/2 1/2 1/2\nPlease turn this into a unit-cell picture.")


@pytest.mark.parametrize("text, structure, formula, lattice", [
    (_TLCL, "cesium_chloride", "TlCl", {"a": 3.842}),
    ("data_Cu\n_symmetry_space_group_name_H-M 'F m -3 m'\n_cell_length_a   3.615\n_cell_angle_alpha 90.0\n"
     "# copper, fcc\ndraw it", "fcc", "Cu", {"a": 3.615}),
    ("data_KCl\n_cell_length_a 6.29(1)\n_symmetry_Int_Tables_number 225\n_chemical_formula_sum 'K Cl'\n# rock salt\n"
     "Draw the cell.", "rock_salt", "KCl", {"a": 6.29}),
    ("data_Mg\n_cell_length_a 3.209\n_cell_length_c 5.211\n_cell_angle_gamma 120\n"
     "_symmetry_space_group_name_H-M 'P 63/m m c'\n# magnesium, hcp. Draw its cell.", "hcp", "Mg",
     {"a": 3.209, "c": 5.211}),
])
def test_a_cif_is_read_by_its_items(text, structure, formula, lattice) -> None:
    st, f, lat, nd = _read(text)
    assert (st, f) == (structure, formula)
    assert lat == pytest.approx(lattice)
    assert "P" not in nd


def test_a_cif_space_group_letter_is_no_phosphorus() -> None:
    s = parse(_TLCL, allow_unknown=True)
    assert {e.id for e in s.entities} == {"structure", "Tl", "Cl"}
    assert dict(dict(s.attributes)["space_group"])["number"] == 221


def test_a_cif_angle_the_cell_does_not_have_is_refused() -> None:
    with pytest.raises(UnsatisfiableError, match="_cell_angle_gamma 90"):
        parse("data_Mg\n_cell_length_a 3.209\n_cell_length_c 5.211\n_cell_angle_gamma 90\n"
              "_symmetry_space_group_name_H-M 'P 63/m m c'\n# magnesium, hcp. Draw its cell.", allow_unknown=True)


def test_sites_other_than_the_types_own_are_still_refused() -> None:
    # Cl at the origin and Tl in the body centre: not the CsCl type's listed sites in the formula's order
    with pytest.raises(UnsupportedError, match="not both"):
        parse(_TLCL.replace("Tl at 0 0 0, Cl at 1/2 1/2 1/2", "Cl at 0 0 0, Tl at 1/2 1/2 1/2"), allow_unknown=True)


# --- asides before the figure sentence: their words are unread, the figure drawn from the rest

@pytest.mark.parametrize("text, structure, formula, a, aside", [
    ("LAB SAFETY SHEET - iron filings: keep away from oxidisers, sweep up spills, do not inhale. Figure 2 shows the "
     "crystal of alpha-iron (ferrite): body-centred cubic, a = 2.8665 Å.", "bcc", "Fe", 2.8665, "sweep up spills"),
    # ("Editor's note to the art desk:" names the document, a heading since session 51: the aside left unread is
    # the draft's remark)
    ("Editor's note to the art desk: the caption reads 'Figure 3 | The face-centred cubic cell of platinum "
     "(a = 0.3924 nm)'. Please supply the drawing to match (cubic, not hexagonal, whatever the draft said).",
     "fcc", "Pt", 3.924, "draft"),
    ("Reminder: goggles on at all times, wash hands before leaving. Fig. 4 shows copper, fcc, a = 3.615 Å.",
     "fcc", "Cu", 3.615, "goggles"),
    ("Printer queue jammed again, sorry about yesterday. Draw rock salt NaCl with a = 5.64 Å.",
     "rock_salt", "NaCl", 5.64, "Printer queue jammed"),
])
def test_an_aside_is_listed_not_drawn_and_the_figure_sentence_is_drawn(text, structure, formula, a, aside) -> None:
    st, f, lat, nd = _read(text)
    assert (st, f) == (structure, formula)
    assert lat["a"] == pytest.approx(a)
    assert aside in nd
    assert not any(x.isdigit() for x in nd)   # "Figure 2" is the caption's label, no value left unread


def test_a_negated_aside_denies_nothing_drawn_but_a_negated_species_still_refuses() -> None:
    from nesy.registry import get_domain
    d = get_domain("crystal")
    assert d.denies_nothing_drawn("not inhale")
    assert not d.denies_nothing_drawn("no labels")
    assert not d.denies_nothing_drawn("without sodium")


def test_safety_sheet_figure_is_generated_and_verified(tmp_path) -> None:
    from nesy.pipeline import generate
    out = generate("LAB SAFETY SHEET - iron filings: keep away from oxidisers, sweep up spills, do not inhale. "
                   "Figure 2 shows the crystal of alpha-iron (ferrite): body-centred cubic, a = 2.8665 Å.",
                   out_dir=tmp_path, controls=False)
    assert out.passed and not out.complete
    assert {e.id for e in out.scene.entities} == {"structure", "Fe"}
