"""Session 41: crystal and astronomy readings found by the twenty-first held-out set, each phrased otherwise here.

Crystal: a radius said "of" its element ("the metallic radius of aluminium is 143 pm") fixes a one-element cell's
edge (fcc a = 2√2·r, Callister §3.4) and is never the lattice constant itself; a cation's and an anion's radii fix
a two-species cell's edge through their contact (rock salt a = 2(r₊ + r₋), Callister §12.2); ions written with their
charges name one charge-balanced compound; a structure or substance the text denies is no second structure.
Astronomy: a group of planets less those excepted; the two ends of an orbit said with bare superlatives.
"""
from __future__ import annotations

import math

import pytest

from nesy.errors import InputError, NesyError, UnsatisfiableError, UnsupportedError
from nesy.pipeline import parse


def _cell(text: str):
    from nesy.domains.crystal import crystal_geometry
    s = parse(text, allow_unknown=True)
    assert s.domain == "crystal"
    return s, crystal_geometry(s)


# ---- crystal: radii


@pytest.mark.parametrize("text, formula, a", [
    # one element: a = 2√2·r (fcc), 4r/√3 (bcc)
    ("The metallic radius of aluminium is 143 pm; aluminium is fcc.", "Al", 2 * math.sqrt(2) * 1.43),
    ("Tungsten is bcc; the radius of a W atom is 0.137 nm.", "W", 4 * 1.37 / math.sqrt(3)),
    ("Nickel is fcc; its atoms have radii of 1.25 Å.", "Ni", 2 * math.sqrt(2) * 1.25),
])
def test_a_radius_said_of_its_element_fixes_the_edge(text, formula, a):
    s, g = _cell(text)
    assert s.attr("formula") == formula
    assert "a" not in s.attr("lattice")          # the radius is no lattice constant
    assert g.a == pytest.approx(a, rel=1e-6)


@pytest.mark.parametrize("text, formula, a", [
    # rock salt: the ions touch along the edge, a = 2(r₊ + r₋)
    ("NaCl has the rock salt structure; the Na⁺ and Cl⁻ ions (radii 102 pm and 181 pm) touch along the cube edge.",
     "NaCl", 2 * (1.02 + 1.81)),
    # caesium chloride: along the body diagonal, a√3 = 2(r₊ + r₋)
    ("CsCl structure: the ionic radii of Cs⁺ and Cl⁻ are 1.74 and 1.81 Å.", "CsCl", 2 * (1.74 + 1.81) / math.sqrt(3)),
    # each ion's radius in a clause of its own
    ("KBr, rock salt: the K⁺ radius is 138 pm and the Br⁻ radius is 196 pm.", "KBr", 2 * (1.38 + 1.96)),
])
def test_two_ionic_radii_fix_the_edge_through_their_contact(text, formula, a):
    s, g = _cell(text)
    assert s.attr("formula") == formula
    assert "a" not in s.attr("lattice")
    assert g.a == pytest.approx(a, rel=1e-6)


@pytest.mark.parametrize("text", [
    "Rock salt NaCl; the ionic radius of Cl⁻ is 181 pm.",      # one ion's radius: which atoms touch is not said
    "Iron is bcc, with radii 124 pm and 126 pm.",              # two radii, one species
])
def test_radii_that_fix_no_contact_are_refused_naming_them(text):
    with pytest.raises(UnsupportedError, match=r"radi"):
        _cell(text)


# ---- crystal: ions, denials


@pytest.mark.parametrize("text, formula", [
    ("caesium chloride structure with Cs+ and Br- ions", "CsBr"),
    ("Structure type fluorite; ions Sr²⁺ and F⁻; a = 5.80 Å.", "SrF2"),
    ("zinc blende, ions Zn2+ and S2-, a = 5.41 Å", "ZnS"),
])
def test_ions_with_charges_name_one_compound(text, formula):
    assert parse(text, allow_unknown=True).attr("formula") == formula


def test_ions_whose_compound_the_structure_cannot_hold_are_impossible():
    with pytest.raises(UnsatisfiableError):
        _cell("rock salt; ions Al³⁺ and O²⁻; a = 4.2 Å")


@pytest.mark.parametrize("text, formula, structure", [
    ("MgO adopts rock salt, not the caesium chloride structure, a = 4.21 Å", "MgO", "rock_salt"),
    ("Draw nickel, never iron: fcc, a = 3.52 Å", "Ni", "fcc"),
    ("Germanium - diamond structure - a = 5.658 Å; it is NOT fluorite.", "Ge", "diamond"),
    ("Two salts, KF and CsBr. Draw KF (rock salt, a = 5.35 Å), not CsBr.", "KF", "rock_salt"),
])
def test_a_denied_structure_or_substance_is_no_second_structure(text, formula, structure):
    s = parse(text, allow_unknown=True)
    assert (s.attr("formula"), s.attr("structure")) == (formula, structure)


def test_a_denied_structure_alone_is_refused_naming_it():
    with pytest.raises(UnsupportedError, match="not the fluorite structure"):
        parse("Draw a cell that is not the fluorite structure, a = 5.5 Å", allow_unknown=True)


# ---- astronomy


def _bodies(text: str) -> dict[str, tuple]:
    s = parse(text, allow_unknown=True)
    assert s.domain == "astronomy"
    return {b["name"]: (b["a"], b["e"]) for b in s.attr("bodies")}


@pytest.mark.parametrize("text, left", [
    ("Draw all the planets except Mars and Jupiter.", {"Mercury", "Venus", "Earth", "Saturn", "Uranus", "Neptune"}),
    ("Apart from Earth, show all eight planets.", {"Mercury", "Venus", "Mars", "Jupiter", "Saturn", "Uranus",
                                                    "Neptune"}),
    ("Show the gas giants other than Saturn, orbiting the Sun.", {"Jupiter"}),
])
def test_a_group_of_planets_less_those_excepted(text, left):
    assert set(_bodies(text)) == left


def test_a_name_after_but_that_heads_a_clause_is_no_exception():
    assert "Neptune" in _bodies("Draw all the planets, but Neptune is dashed.")


@pytest.mark.parametrize("text", [
    "all the inner planets except Saturn",        # Saturn is no inner planet: it cannot be left out of them
    "Draw Venus and Mars, excluding Mars.",        # no group read: Mars would be drawn
])
def test_an_exception_nesy_cannot_apply_is_refused(text):
    with pytest.raises(InputError):
        parse(text, allow_unknown=True)


@pytest.mark.parametrize("text, name, a, e", [
    ("An asteroid: nearest the Sun at 2 AU, furthest at 4 AU.", "asteroid 1", 3.0, 1 / 3),
    ("A comet, farthest from the Sun at 12 AU and closest at 0.5 AU.", "comet 1", 6.25, 0.92),
])
def test_the_two_ends_of_an_orbit_said_with_superlatives(text, name, a, e):
    got = _bodies(text)[name]
    assert got == (pytest.approx(a), pytest.approx(e))


def test_a_lone_superlative_ranks_a_planet_and_gives_its_distance():
    assert _bodies("Mercury, closest to the Sun at 0.39 AU, and Venus at 0.72 AU.")["Mercury"][0] == 0.39


def test_a_bodys_size_in_grouped_digits_is_listed_not_refused():
    s = parse("Saturn is 9.5 AU from the Sun (its radius is 58 232 km, which we skip).", allow_unknown=True)
    assert [n.text for n in s.not_drawn if "km" in n.text] == ["58 232 km"]
