"""Crystal: the kinds of phrasing the eleventh held-out set (requests-11) failed on, each on phrasings of its
own — a temperature in kelvin ("at 4 K") is no potassium; a negated behaviour the cell never shows ("Why gold
never rusts") is listed as not drawn, while a negation of what the cell does show still refuses; a form named
only as what the element turns from or into ("white tin turns into grey tin") is not the cell drawn; a
lattice constant in metres with a power of ten ("6.49 × 10⁻¹⁰ m"). What a user relies on is the cell nesy
draws (structure.cif) and what it lists as not drawn."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest

from nesy.errors import NesyError
from nesy.pipeline import parse


def _scene(text: str):
    return parse(text, allow_unknown=True)


def _cell(sg) -> tuple[str, str, float]:
    lat = sg.attr("lattice") or {}
    return sg.attr("formula"), sg.attr("structure"), lat.get("a")


# ---- a temperature in kelvin ------------------------------------------------------------------------------
@pytest.mark.parametrize("text,formula,structure,a", [
    ("Noble-gas solids are van der Waals crystals. Argon freezes into an fcc lattice with a = 5.26 Å (at 4 K). "
     "Unit cell, please - just the argon atoms.", "Ar", "fcc", 5.26),
    ("At 300 K copper is fcc with a = 3.61 Å; draw its cell.", "Cu", "fcc", 3.61),
    ("Potassium chloride KCl, rock salt, a = 6.29 Å, measured at T = 295 K. Draw the cell.", "KCl", "rock_salt", 6.29),
    ("Solid neon is fcc with a lattice constant a = 4.46 Å below 20 K. Draw its unit cell.", "Ne", "fcc", 4.46),
])
def test_a_temperature_in_kelvin_is_no_potassium(text, formula, structure, a):
    sg = _scene(text)
    assert sg.domain == "crystal"
    f, st, got = _cell(sg)
    assert (f, st) == (formula, structure) and abs(got - a) < 1e-9
    assert any(re.search(r"\d\s*K$", n.text) for n in sg.not_drawn)   # the temperature: said, not drawn


def test_a_count_of_potassium_is_no_temperature():
    # "4 K and 4 Cl": atoms of K, never read as a temperature (refused as before: two elements named apart)
    with pytest.raises(NesyError, match="'K'"):
        _scene("A rock salt cell with 4 K and 4 Cl, a = 6.29 Å.")


# ---- a negated behaviour the cell never shows ---------------------------------------------------------------
def test_a_title_denying_a_behaviour_is_not_about_the_cell():
    sg = _scene("MUSEUM LABEL - 'Why gold never rusts'. Gold atoms pack in a face-centred cubic lattice; the cube "
                "edge is 4.08 ångströms. [Show the conventional unit cell of gold.]")
    assert _cell(sg) == ("Au", "fcc", pytest.approx(4.08))


@pytest.mark.parametrize("text,phrase", [
    ("Platinum never tarnishes. It is fcc with a = 3.92 Å; draw the cell.", "never tarnishes"),
    ("Gold never rusts, and it is fcc with a = 4.08 Å. Draw the cell.", "never rusts"),
    ("Silver does not corrode in air; silver is fcc, a = 4.09 Å. Draw its cell.", "corrode"),
])
def test_a_negated_behaviour_is_listed_not_refused(text, phrase):
    sg = _scene(text)
    assert sg.domain == "crystal" and sg.attr("structure") == "fcc"
    assert any(phrase in n.text for n in sg.not_drawn)


@pytest.mark.parametrize("text", [
    "Gold is fcc with a = 4.08 Å, but never with atoms at the face centres.",
    "Gold never rusts at the cube corners; it is fcc with a = 4.08 Å.",
])
def test_a_negation_of_what_the_cell_shows_still_refuses(text):
    with pytest.raises(NesyError):
        _scene(text)


def test_only_behaviour_words_are_vouched_for():
    from nesy.registry import get_domain
    d = get_domain("nesy.crystal.v1")
    assert d.denies_nothing_drawn("never rusts") and d.denies_nothing_drawn("does not dissolve")
    assert not d.denies_nothing_drawn("no sodium") and not d.denies_nothing_drawn("not bcc")
    assert not d.denies_nothing_drawn("never rusts at the corners")


# ---- a form named only as what the element turns from or into ----------------------------------------------
@pytest.mark.parametrize("text", [
    "Tin pest! Below 13 °C white tin turns into grey tin (α-Sn), which has the diamond structure with a lattice "
    "parameter of 6.49 × 10⁻¹⁰ m. Can you draw the grey-tin cell?",
    "Grey tin, diamond structure, a = 6.49 Å, forms from white tin in the cold. Draw grey tin.",
    "In the cold, white tin slowly changes into grey tin: the diamond structure, a = 6.49 Å. Draw the grey tin cell.",
])
def test_a_form_only_turned_from_is_not_the_cell(text):
    sg = _scene(text)
    assert _cell(sg) == ("Sn", "diamond", pytest.approx(6.49))
    assert any("white tin" in n.text for n in sg.not_drawn)


@pytest.mark.parametrize("text", [
    "Draw white tin and grey tin.",                                       # white tin asked for itself
    "Grey tin turns into white tin. Draw the white tin cell, a = 5.83 Å.",  # named twice: the subject
])
def test_a_form_nesy_does_not_draw_asked_for_is_refused(text):
    with pytest.raises(NesyError, match="white tin"):
        parse(text, domain="crystal", allow_unknown=True)


# ---- metres with a power of ten --------------------------------------------------------------------------
def test_metres_with_a_power_of_ten(tmp_path):
    out = tmp_path / "out"
    r = subprocess.run([sys.executable, "-m", "nesy", "generate", "Copper is fcc with a = 3.61e-10 m. Draw it.",
                        "-o", str(out)], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    cif = (out / "structure.cif").read_text()
    assert re.search(r"_cell_length_a\s+3\.61", cif)


def test_plain_metres_are_no_lattice_constant():
    from nesy.domains.crystal import _claims
    claims, _u, _n = _claims("Copper is fcc; the sample is 2 m long.", strict=False)
    assert not [c for c in claims if c.tag == "QTY"]


# ---- a negation before the cell's own atoms ----------------------------------------------------------------
@pytest.mark.parametrize("text,phrase", [
    ("Sodium chloride is rock salt with a = 5.64 Å, but without sodium. Draw it.", "without sodium"),
    ("Sodium chloride, rock salt, a = 5.64 Å; no chlorine ions please.", "no chlorine"),
    ("Caesium chloride, a = 4.12 Å, with no Cl in the body centre.", "no Cl"),
])
def test_a_negation_of_the_cells_atoms_is_refused(text, phrase):
    with pytest.raises(NesyError, match=phrase):
        _scene(text)


def test_an_atom_named_without_negation_is_drawn():
    sg = _scene("Sodium chloride is rock salt with a = 5.64 Å, with sodium at the corners. Draw it.")
    assert sg.attr("formula") == "NaCl"
