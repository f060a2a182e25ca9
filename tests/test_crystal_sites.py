"""Crystal texts in words: site descriptions, "the same structure as X", cell-edge names, atom counts per
cell and questions about the cell (nesy/domains/crystal_sites.py, crystal_phrases.py)."""
from __future__ import annotations

import numpy as np
import pytest

from nesy import pipeline
from nesy.domains import crystal as C
from nesy.errors import InputError, UnsatisfiableError, UnsupportedError
from nesy.registry import get_domain

D = get_domain("crystal")


def _sites(scene) -> dict[str, set[tuple[float, ...]]]:
    """Element → the set of its positions in the built conventional cell (fractions, mod 1)."""
    g = C.crystal_geometry(scene)
    out: dict[str, set] = {}
    for el, f in zip(g.species, g.frac):
        out.setdefault(el, set()).add(tuple(round(float(x) % 1.0, 4) % 1.0 for x in f))
    return out


CORNER = {(0.0, 0.0, 0.0)}
CENTRE = {(0.5, 0.5, 0.5)}
FACES = {(0.0, 0.5, 0.5), (0.5, 0.0, 0.5), (0.5, 0.5, 0.0)}


# ---------------------------------------------------------------- site descriptions

@pytest.mark.parametrize("text", [
    "caesium chloride structure with a = 4.12 Å: Cs+ ions sit at the corners of the cube, Cl- ions at its centre",
    "CsCl-type cell, a = 4.12 Å, the body centre is occupied by Cl and the corners are occupied by Cs",
    "cesium chloride structure (a = 412 pm) with caesium atoms at the cube vertices and chlorine in the centre of the cell",
])
def test_site_words_with_the_named_type(text: str) -> None:
    s = D.parse(text)
    assert s.attr("structure") == "cesium_chloride"
    assert {e.name for e in s.entities if e.kind == "species"} == {"Cs", "Cl"}
    got = _sites(s)
    assert got["Cs"] == CORNER and got["Cl"] == CENTRE


@pytest.mark.parametrize("text", [
    "CsCl structure with Cl at the corners and Cs at the body centre, a = 4.12 Å",
    "the CsCl type: chloride ions occupy the cube corners and caesium ions sit in the body centre; a=4.12 Å",
])
def test_the_other_origin_is_the_same_structure_drawn_as_written(text: str) -> None:
    s = D.parse(text)
    assert s.attr("structure") == "cesium_chloride" and s.attr("material") == "CsCl"
    got = _sites(s)
    assert got["Cl"] == CORNER and got["Cs"] == CENTRE


@pytest.mark.parametrize("text,proto,formula", [
    ("Na at the corners and face centres, Cl at the body centre and the edge centres", "rock_salt", "NaCl"),
    ("Fe atoms at the corners and the body centre, a = 2.87 Å", "bcc", "Fe"),
    ("Cu atoms on the corners and on the face centres", "fcc", "Cu"),
    ("Sr at the corners, Ti in the body centre and O at the face centres", "perovskite", "SrTiO3"),
    ("Cl- ions form a ccp lattice with Na+ ions in all the octahedral holes, a = 5.64 Å", "rock_salt", "NaCl"),
    ("S atoms at the fcc positions and Zn atoms in half the tetrahedral holes", "zinc_blende", "ZnS"),
    ("Ca at the fcc positions with F in the tetrahedral holes", "fluorite", "CaF2"),
    ("Fe at the corners and Al at the body centre, a = 2.91 Å", "cesium_chloride", "FeAl"),
])
def test_site_words_without_a_type_find_the_type(text: str, proto: str, formula: str) -> None:
    s = D.parse(text)
    assert s.attr("structure") == proto
    assert sorted(C._parse_formula(s.attr("formula"))) == sorted(C._parse_formula(formula))


def test_positions_of_no_type_are_built_in_the_group_spglib_finds() -> None:
    s = D.parse("Cu at the corners and Au at the face centres, a = 3.75 Å")
    assert s.attr("structure") is None and s.attr("space_group")["number"] == 221
    got = _sites(s)
    assert got["Cu"] == CORNER and got["Au"] == FACES


def test_octahedral_holes_follow_a_shifted_array() -> None:
    # the array's lattice point at the body centre: its octahedral holes are the corners and face centres
    s = D.parse("NaCl: Cl at the body centre and edge centres, Na in the octahedral holes")
    got = _sites(s)
    assert got["Na"] == CORNER | FACES


@pytest.mark.parametrize("text", [
    "rock salt NaCl with Cl only at the corners",
    "caesium chloride structure with Cs at the corners and Cl at the face centres",
    "fluorite CaF2 with Ca at the corners and F at the body centre",
    "CaF2 with Ca at the corners and face centres and F in the octahedral holes",
])
def test_sites_that_contradict_the_type_or_formula_are_impossible(text: str) -> None:
    with pytest.raises(UnsatisfiableError) as e:
        D.parse(text)
    said = {p["text"] for p in e.value.phrases}
    assert any(t.split()[0] in x for x in said for t in ["Cl", "Cs", "Ca", "F"])
    assert e.value.exit_code == 3


def test_two_elements_on_one_site_are_impossible() -> None:
    with pytest.raises(UnsatisfiableError) as e:
        D.parse("Na at the corners and Cl at the corners, a = 5 Å")
    assert len(e.value.phrases) == 2


def test_holes_without_an_array_name_the_phrase() -> None:
    with pytest.raises(InputError, match="octahedral holes"):
        D.parse("Li in the octahedral holes, a = 4 Å")


def test_positions_of_no_type_keep_every_stated_position() -> None:
    # the body centre alone is no orbit of F-43m: the cell is built in the lower group spglib finds
    s = D.parse("S at the fcc positions, Zn in half the tetrahedral holes and Cu at the body centre, a = 5.4 Å")
    assert s.attr("structure") is None
    got = _sites(s)
    assert got["Cu"] == CENTRE and got["S"] == CORNER | FACES
    assert got["Zn"] == {(0.25, 0.25, 0.25), (0.75, 0.75, 0.25), (0.75, 0.25, 0.75), (0.25, 0.75, 0.75)}


def test_sites_in_words_and_wyckoff_sites_together_are_refused() -> None:
    with pytest.raises(UnsupportedError, match="not both"):
        D.parse("space group Pm-3m with Cs at 1a and Cl at the body centre, a = 4.1 Å")


# ---------------------------------------------------------------- "same structure as", lengths, counts, questions

@pytest.mark.parametrize("text,proto,formula", [
    ("Germanium crystallizes in the same structure as diamond, a = 5.658 Å", "diamond", "Ge"),
    ("Silver has the same crystal structure as copper; a = 4.09 Å", "fcc", "Ag"),
    ("KCl is isostructural with NaCl, a = 6.29 Å", "rock_salt", "KCl"),
    ("GaAs adopts the same structure as zinc blende", "zinc_blende", "GaAs"),
])
def test_same_structure_as(text: str, proto: str, formula: str) -> None:
    s = D.parse(text)
    assert s.attr("structure") == proto and s.attr("formula") == formula


@pytest.mark.parametrize("phrase", ["its cubic cell edge is 316.5 pm", "a cell edge of 3.165 Å", "edge length 0.3165 nm",
                                    "the unit cell edge = 3.165 Å", "a cube of side 3.165 Å",
                                    "the edge of the unit cell is 3.165 Å", "cell length 3.165 angstrom"])
def test_names_of_the_cell_edge_are_the_lattice_constant(phrase: str) -> None:
    text = f"Tungsten is body-centred cubic; {phrase}."
    s = D.parse(text)
    assert s.attr("lattice")["a"] == pytest.approx(3.165)
    sp = s.attr("spans")["a"]
    assert text[sp["start"]:sp["end"]] in phrase


@pytest.mark.parametrize("text,n", [
    ("draw the 8-atom conventional cell of diamond", 8),
    ("fcc copper, 4 atoms per unit cell", 4),
    ("bcc iron: a cubic cell containing two atoms", 2),
    ("hcp magnesium, the hexagonal prism with 6 atoms", 6),
    ("hcp Mg with 2 atoms per cell", 2),
])
def test_a_stated_atom_count_is_checked(text: str, n: int) -> None:
    s = D.parse(text)
    assert s.attr("atom_count") == n


@pytest.mark.parametrize("text", ["draw the 4-atom conventional cell of diamond", "bcc Fe with 4 atoms per unit cell",
                                  "simple cubic polonium, a cell containing eight atoms"])
def test_a_wrong_atom_count_is_impossible(text: str) -> None:
    with pytest.raises(UnsatisfiableError) as e:
        D.parse(text)
    assert any("atom" in p["text"] for p in e.value.phrases)


@pytest.mark.parametrize("text", [
    "Tungsten is body-centred cubic with a = 3.165 Å. Draw the cell and say how many atoms belong to it.",
    "Draw bcc iron and state the number of atoms per unit cell.",
    "Copper crystallises face-centred cubic (a = 3.61 Å); show the cell and work out the packing fraction.",
    "Aluminium crystallises fcc with a = 4.05 Å; find its coordination number and atomic packing factor.",
    "Nickel crystallizes in the fcc structure. Draw its conventional cell and how many atoms are in it?",
])
def test_questions_and_crystallisation_verbs_leave_nothing_undrawn(text: str) -> None:
    s = pipeline.parse(text)
    assert s.domain == "crystal"
    assert not s.not_drawn, s.not_drawn


def test_the_caesium_chloride_cell_described_by_sites_verifies() -> None:
    from nesy.render.svg import render_layout
    s = D.parse("caesium chloride structure, a = 4.12 Å, Cl on the cube corners and Cs in the body centre")
    lay = D.solve(s)
    png = render_layout(lay, controls=False).png
    v = D.verify(png, s)
    assert v.passed, [c for c in v.failed()]
    arr = np.asarray(C.crystal_geometry(s).frac)
    assert len(arr) == 2


@pytest.mark.parametrize("text,phrase", [
    ("NiAs: Ni in the octahedral holes of an hcp array of As, a = 3.6 Å", "hcp array"),
    ("Li+ ions in the tetrahedral holes of a bcc lattice of S, a = 5 Å", "bcc lattice"),
    ("hcp Mg with Mg at the corners and the body centre", "Mg at the corners"),
])
def test_holes_and_sites_of_a_non_cubic_array_are_refused_naming_the_phrase(text: str, phrase: str) -> None:
    with pytest.raises(UnsupportedError, match=phrase):
        D.parse(text)


@pytest.mark.parametrize("text", [
    "caesium chloride structure, a = 4.12 Å: Cs at the corners and Cl the body centre",
    "CsCl type, a = 4.12 Å, with caesium on the cube corners; chlorine fills the remaining site",
    "a = 4.12 Å, caesium chloride structure, Cs+ on the corners (Cl- elsewhere)",
])
def test_a_lone_element_fills_the_site_the_words_leave(text: str) -> None:
    s = D.parse(text, allow_unknown=True)
    assert s.attr("structure") == "cesium_chloride" and s.attr("formula") == "CsCl"
    got = _sites(s)
    assert got["Cs"] == CORNER and got["Cl"] == CENTRE


def test_a_lone_element_with_no_site_left_is_refused_naming_it() -> None:
    with pytest.raises(UnsupportedError, match="'Cu'"):
        D.parse("Fe at the corners and the body centre, and Cu", allow_unknown=True)
    # (", like Cu" compares with copper's type, fcc, which the described bcc sites contradict: refused naming it)
    with pytest.raises(UnsatisfiableError, match="like Cu"):
        D.parse("Fe at the corners and the body centre, like Cu", allow_unknown=True)


@pytest.mark.parametrize("text", ["A at the corners and B at the body centre, a = 4 Å",
                                  "an AB compound with A on the cube corners and B in the centre of the cell",
                                  "M in the octahedral holes of a ccp array of X"])
def test_letters_standing_for_species_are_refused_not_drawn_as_elements(text: str) -> None:
    with pytest.raises(InputError, match="not an element symbol"):
        D.parse(text, allow_unknown=True)


@pytest.mark.parametrize("text,el,where", [
    ("rock salt NaCl, Na at the face centres", "Na", FACES),
    ("rock salt NaCl with Cl at the corners", "Cl", CORNER),
    ("zinc blende ZnS with Zn at the corners", "Zn", CORNER),
])
def test_a_partial_description_agrees_with_the_type(text: str, el: str, where: set) -> None:
    # without "only" the words name some of the element's positions; the type gives the rest
    s = D.parse(text)
    assert where <= _sites(s)[el] and len(_sites(s)[el]) == 4


def test_only_makes_the_description_exact() -> None:
    D.parse("rock salt NaCl with Cl at the corners")
    with pytest.raises(UnsatisfiableError):
        D.parse("rock salt NaCl with Cl only at the corners")
