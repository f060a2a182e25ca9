"""requests-10 crystal notations, own phrasings: IUPAC compound names ("thallium(I) bromide" → TlBr), a
prototype formula naming a structure type ("structure type: CsCl (B2)"), allotrope names ("ferrite",
"austenite", "grey tin"), a decimal comma before three digits ("4,086 Å"), and a molecule refused as outside
nesy's sciences. What a user relies on is the cell nesy draws (structure.cif)."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest

from nesy.domains.crystal import parse_crystal
from nesy.errors import NesyError, OutOfScopeError


def _cli(text: str, tmp_path) -> tuple[int, str, str]:
    out = tmp_path / "out"
    r = subprocess.run([sys.executable, "-m", "nesy", "generate", text, "-o", str(out)], capture_output=True, text=True,
                       timeout=300)
    cif = (out / "structure.cif").read_text() if (out / "structure.cif").exists() else ""
    return r.returncode, cif, r.stderr


def _cif(cif: str, key: str) -> str:
    m = re.search(rf"^{re.escape(key)}\s+(.+)$", cif, re.MULTILINE)
    return m.group(1).strip().strip("'") if m else ""


# ---- compound names ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,formula,structure", [
    ("thallium(I) bromide in the caesium chloride structure, a = 3.97 Å", "TlBr", "cesium_chloride"),
    ("iron(II) oxide crystallises in the rock salt structure with a = 4.33 Å", "FeO", "rock_salt"),
    ("potassium bromide, rock salt type, a = 6.60 Å", "KBr", "rock_salt"),
    ("calcium fluoride with the fluorite structure, a = 5.46 Å", "CaF2", "fluorite"),
    ("gallium arsenide, a = 5.65 Å", "GaAs", "zinc_blende"),
    ("copper(I) chloride, zinc blende, a = 5.42 Å", "CuCl", "zinc_blende"),
])
def test_compound_names(text, formula, structure):
    sc = parse_crystal(text)
    assert (sc.attr("formula"), sc.attr("structure")) == (formula, structure)


@pytest.mark.parametrize("text,named", [
    ("iron oxide, rock salt, a = 4.33 Å", "iron oxide"),              # which oxide? nesy never picks
    ("sodium(II) chloride, rock salt, a = 5.6 Å", "sodium(II) chloride"),
])
def test_ambiguous_or_wrong_oxidation_refused_by_name(text, named):
    with pytest.raises(NesyError, match=re.escape(named)):
        parse_crystal(text)


def test_compound_name_and_type_cli(tmp_path):
    rc, cif, err = _cli("material: silver(I) iodide\nstructure type: ZnS (B3)\na: 6.50 Å", tmp_path)
    assert rc in (0, 7), err
    assert _cif(cif, "_chemical_formula_sum") == "Ag4 I4"
    assert _cif(cif, "_symmetry_space_group_name_H-M") == "F-43m" and float(_cif(cif, "_cell_length_a")) == 6.5


# ---- a prototype formula as a structure type -----------------------------------------------------------
@pytest.mark.parametrize("text,formula,structure", [
    ("Draw thallium(I) bromide, which has the CsCl (B2) structure, a = 3.97 Å", "TlBr", "cesium_chloride"),
    ("unit cell of potassium bromide, structure type NaCl, a = 6.60 Å", "KBr", "rock_salt"),
    ("CuCl, a ZnS-type crystal with a = 5.42 Å", "CuCl", "zinc_blende"),
    ("CsCl (B2) with a = 4.12 Å", "CsCl", "cesium_chloride"),   # the prototype alone is the compound drawn
])
def test_prototype_formula_names_the_type(text, formula, structure):
    sc = parse_crystal(text)
    assert (sc.attr("formula"), sc.attr("structure")) == (formula, structure)


def test_prototype_with_another_types_designation_refused():
    with pytest.raises(NesyError, match="B1"):
        parse_crystal("thallium(I) bromide, structure type: CsCl (B1), a = 3.97 Å")


# ---- allotropes ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,el,structure", [
    ("ferrite unit cell with a = 2.866 Å", "Fe", "bcc"),
    ("draw austenite, lattice parameter 3.59 Å", "Fe", "fcc"),
    ("the conventional cell of grey tin, a = 6.49 Å", "Sn", "diamond"),
    ("γ-Fe, a = 3.65 Å", "Fe", "fcc"),
])
def test_allotropes(text, el, structure):
    sc = parse_crystal(text)
    assert (sc.attr("formula"), sc.attr("structure")) == (el, structure)


def test_allotrope_with_a_contradicting_type_refused():
    with pytest.raises(NesyError):
        parse_crystal("austenite, body-centred cubic, a = 3.59 Å")


def test_allotrope_not_drawn_refused_by_name():
    with pytest.raises(NesyError, match="white tin"):
        parse_crystal("white tin with a = 5.83 Å")


def test_allotrope_cli(tmp_path):
    rc, cif, err = _cli("Lab 3: sketch the unit cell of alpha-iron (ferrite), body-centred cubic, a = 0.2866 nm",
                        tmp_path)
    assert rc in (0, 7), err
    assert _cif(cif, "_chemical_formula_sum") == "Fe2" and float(_cif(cif, "_cell_length_a")) == pytest.approx(2.866)


# ---- a decimal comma ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,a", [
    ("nickel fcc with a = 3,524 Å", 3.524),
    ("copper, face-centred cubic, lattice constant 361,5 pm", 3.615),
    ("a silver cell, cubic face centred, lattice parameter is 4,086 Å", 4.086),
    ("silver fcc a = 1,500 pm", 15.0),            # the thousands reading is the one a cell can have
])
def test_decimal_comma_reading(text, a):
    sc = parse_crystal(text)
    assert sc.attr("lattice")["a"] == pytest.approx(a) and sc.attr("structure") == "fcc"


def test_decimal_comma_choice_is_recorded():
    r = parse_crystal("nickel fcc with a = 3,524 Å").attr("readings")
    assert r and r[0]["text"] == "3,524" and r[0]["read_as"] == "3.524"


def test_comma_with_no_plausible_reading_refused_by_name():
    with pytest.raises(NesyError, match="5,640 pm"):   # 0.0564 Å or 56.4 Å: neither is a cell nesy draws
        parse_crystal("copper fcc with a = 5,640 pm")


def test_decimal_comma_cli(tmp_path):
    rc, cif, err = _cli("picture of the gold crystal cell, it is cubic face centred, lattice parameter 4,078 Å",
                        tmp_path)
    assert rc in (0, 7), err
    assert float(_cif(cif, "_cell_length_a")) == pytest.approx(4.078) and _cif(cif, "_chemical_formula_sum") == "Au4"


def test_crowded_cell_names_the_length(tmp_path):
    rc, _cif_text, err = _cli("silver fcc a = 4086 Å", tmp_path)
    assert rc == 2 and "a = 4086 Å" in err


# ---- molecules are no crystals -------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["draw the methane molecule CH4 in 3D", "ball and stick picture of glucose, C6H12O6",
                                  "a water molecule, H2O"])
def test_molecule_out_of_scope_lists_sciences(text):
    with pytest.raises(OutOfScopeError, match="nesy draws: .*crystal"):
        parse_crystal(text, allow_unknown=True)


def test_word_molecule_beside_a_crystal_is_no_refusal():
    sc = parse_crystal("NaCl molecule in the rock salt structure, a = 5.64 Å", allow_unknown=True)
    assert sc.attr("formula") == "NaCl"
