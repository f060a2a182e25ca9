"""Session 38, crystal: a cell described by its sites ("the centre of each of the 6 faces", "nothing in the middle of
the cube"), a cell edge derived from a nearest-neighbour distance or a hard-sphere radius (Kittel ch. 1; Callister
§3.4), the SI length names spelled out, and a heading that names only the field (nesy.domains.crystal_sites,
crystal_contact, crystal_phrases; nesy.parse.account)."""
from __future__ import annotations

import math
import re
import subprocess
import sys

import pytest

from nesy.domains.crystal import crystal_geometry
from nesy.errors import NesyError, UnsatisfiableError, UnsupportedError
from nesy.pipeline import parse


def _cell(text: str):
    s = parse(text, domain="crystal", allow_unknown=True)
    return s, crystal_geometry(s)


def _counts(g) -> dict[str, int]:
    out: dict[str, int] = {}
    for el in g.species:
        out[el] = out.get(el, 0) + 1
    return out


# ---- a position said as "<centre word> of <quantifier> <part>" ---------------------------------------------------
@pytest.mark.parametrize("text, structure, counts", [
    ("Nickel atoms at the 8 corners of the cube and at the centre of every face, a = 3.52 Å", "fcc", {"Ni": 4}),
    ("Put Cu at each corner and one Cu in the middle of each of the six faces; a = 3.61 Å", "fcc", {"Cu": 4}),
    ("Fe atoms sit at the corners and at the midpoint of the unit cube, a = 2.87 Å", "bcc", {"Fe": 2}),
    ("Na at the corners and the centres of all the faces, Cl at the midpoints of all twelve edges and in the centre "
     "of the cell, a = 5.64 Å", "rock_salt", {"Na": 4, "Cl": 4}),
])
def test_the_centre_of_each_face_is_a_face_centre(text, structure, counts):
    s, g = _cell(text)
    assert s.attr("structure") == structure
    assert _counts(g) == counts
    assert not s.not_drawn


# ---- a position said to be empty ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, structure", [
    ("Po atoms at the corners only; the body centre stays empty. a = 3.35 Å", "simple_cubic"),
    ("Cu atoms at the corners and face centres, nothing in the middle of the cube, a = 3.61 Å", "fcc"),
    ("W atoms on the corners and the body centre of the cube; the face centres are left vacant. a = 3.16 Å", "bcc"),
])
def test_an_empty_position_is_read_and_kept_empty(text, structure):
    s, g = _cell(text)
    assert s.attr("structure") == structure
    assert not s.not_drawn


@pytest.mark.parametrize("text, phrase", [
    ("Fe at the corners and at the body centre, but leave the body centre empty, a = 2.87 Å", "leave the body centre empty"),
    ("bcc tungsten with no atom at the centre of the cell", "no atom at the centre of the cell"),
    ("Cu at the corners and in the middle of each face; no atoms sit at the face centres", "no atoms sit at the face centres"),
])
def test_an_atom_on_a_position_said_empty_is_impossible(text, phrase):
    with pytest.raises(UnsatisfiableError) as e:
        _cell(text)
    assert phrase in str(e.value)


# ---- a nearest-neighbour distance is no lattice constant ----------------------------------------------------------
@pytest.mark.parametrize("text, a", [
    ("Sodium chloride in the rock salt structure; the Na-Cl distance is 2.82 Å.", 5.64),
    ("Draw CsBr in the caesium chloride structure; the nearest-neighbour separation between Cs and Br ions is 3.72 Å",
     2 * 3.72 / math.sqrt(3)),
    ("Germanium, diamond structure, bond length 2.45 Å", 4 * 2.45 / math.sqrt(3)),
    ("Copper is fcc. The distance between adjacent Cu atoms is 255.6 pm; find the lattice constant yourself.",
     2.556 * math.sqrt(2)),
])
def test_the_cell_edge_follows_from_the_nearest_neighbour_distance(text, a):
    s, g = _cell(text)
    assert g.a == pytest.approx(a, rel=1e-6)
    assert not s.not_drawn


def test_a_distance_that_contradicts_the_stated_edge_is_impossible():
    with pytest.raises(UnsatisfiableError) as e:
        _cell("fcc aluminium with a = 4.05 Å and a nearest-neighbour distance of 3.2 Å")
    assert "nearest-neighbour distance of 3.2 Å" in str(e.value) and "a = 4.05 Å" in str(e.value)


# ---- hard spheres of radius r touching along a direction ----------------------------------------------------------
@pytest.mark.parametrize("text, a", [
    ("Draw bcc iron whose atoms have a radius of 124 picometres and touch along the body diagonal", 4 * 1.24 / math.sqrt(3)),
    ("An fcc cell of nickel: hard spheres of radius 1.25 Å touching along the face diagonals", 2 * 1.25 * math.sqrt(2)),
    ("Simple cubic polonium, atomic radius 168 pm, neighbouring atoms touching along the cube edge", 3.36),
])
def test_the_cell_edge_follows_from_touching_spheres(text, a):
    s, g = _cell(text)
    assert g.a == pytest.approx(a, rel=1e-6)
    assert not s.not_drawn


@pytest.mark.parametrize("text, phrase", [
    ("bcc chromium with atoms of radius 1.25 Å touching along the face diagonal", "along the face diagonal"),
    ("face-centred cubic gold: spheres of radius 144 pm that touch along the cube edges", "along the cube edges"),
    ("Simple cubic Po, atoms of radius 1.68 Å touching along the body diagonal", "along the body diagonal"),
])
def test_touching_along_a_direction_the_neighbours_do_not_lie_on_is_impossible(text, phrase):
    with pytest.raises(UnsatisfiableError) as e:
        _cell(text)
    assert phrase in str(e.value)


def test_one_radius_of_a_two_element_cell_is_refused_by_name():
    with pytest.raises(UnsupportedError, match="radius of 1.0 Å"):
        _cell("rock salt NaCl, atoms with a radius of 1.0 Å")


# ---- the SI names spelled out ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, a", [
    ("Copper is fcc with a cube edge of 361.5 picometres", 3.615),
    ("bcc iron, lattice constant 0.2866 nanometers", 2.866),
    ("Aluminium, fcc, a = 404.95 picometers", 4.0495),
])
def test_spelled_out_picometres_and_nanometres(text, a):
    s, g = _cell(text)
    assert g.a == pytest.approx(a, rel=1e-9)


# ---- what the user gets: structure.cif ----------------------------------------------------------------------------
def _generate(text: str, out) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "nesy", "generate", text, "-o", str(out)], capture_output=True,
                          text=True, timeout=300)


def test_generate_writes_the_fcc_cell_the_site_steps_describe(tmp_path):
    r = _generate("Nickel crystal, unit cell of edge 3.52 Å: one Ni atom on each of the eight corners, one Ni atom in "
                  "the middle of every face, and leave the centre of the cube empty.", tmp_path / "o")
    assert r.returncode == 0, r.stderr
    cif = (tmp_path / "o" / "structure.cif").read_text()
    assert re.search(r"_symmetry_space_group_name_H-M\s+'?Fm-3m", cif)
    assert re.search(r"_cell_length_a\s+3\.52", cif)


def test_generate_derives_the_edge_from_the_ion_distance(tmp_path):
    r = _generate("Lithium fluoride has the rock salt structure and the spacing between neighbouring Li and F ions "
                  "is 2.0135 Å. Draw its unit cell.", tmp_path / "o")
    assert r.returncode == 0, r.stderr
    cif = (tmp_path / "o" / "structure.cif").read_text()
    assert re.search(r"_cell_length_a\s+4\.02700", cif)


# ---- a heading that names only the field is an aside --------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Weekly brain teaser from the campus crystallography club: I am the metal of pennies, face-centred cubic, cube "
    "edge 361.5 pm. Draw my unit cell. (Answer: copper, Cu.)",
    "Homework help wanted for my crystallography night class. Simple cubic, cube edge 335 pm, discovered by the "
    "Curies. Draw the cell. (Answer: Po.)",
    "Brain teaser from the crystallography summer camp: face-centred cubic, cube edge 404.95 pm, shiny, used for soda "
    "cans and kitchen foil. Draw my unit cell. (Answer: aluminium, Al.)",
])
def test_a_heading_naming_only_the_field_does_not_refuse_the_text(text):
    s = parse(text, domain="crystal", allow_unknown=True)   # refused before: its words counted against the sentences read
    assert s.attr("structure") in ("fcc", "bcc", "simple_cubic")
