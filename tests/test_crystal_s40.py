"""Session 40: a cubic cell's edge from the density and the molar mass (requests-20 crystal-10 was refused: "too
little understood" for 'density', '8.96 g', 'molar mass' …): a³ = Z·M/(N_A·ρ) (Callister §3.5, Eq. 3.8), Z counted
from the cell built; a stated a that the density contradicts is refused naming the three phrases."""
from __future__ import annotations

import re

import pytest

from nesy.cli import main
from nesy.errors import UnsatisfiableError
from nesy.pipeline import parse

N_A = 6.02214076e23


def _a_drawn(text: str, tmp_path) -> float:
    assert main(["generate", text, "-o", str(tmp_path)]) in (0, 7)
    return float(re.search(r"_cell_length_a\s+([\d.]+)", (tmp_path / "structure.cif").read_text()).group(1))


@pytest.mark.parametrize("text, z, rho, molar", [
    ("bcc iron, density 7.87 g/cm3, atomic weight 55.85 g/mol", 2, 7.87, 55.85),
    ("An fcc aluminium crystal has a density of 2.70 g cm^-3 and a molar mass of 26.98 g/mol. Draw the unit cell.",
     4, 2.70, 26.98),
    ("Rock salt NaCl: ρ = 2.165 g/cm³, formula mass 58.44 g/mol. Sketch its cell.", 4, 2.165, 58.44),
])
def test_density_and_molar_mass_give_the_cubic_edge(text, z, rho, molar, tmp_path):
    want = (z * molar / (N_A * rho) * 1e24) ** (1 / 3)
    assert _a_drawn(text, tmp_path) == pytest.approx(want, rel=1e-3)


def test_a_stated_edge_the_density_contradicts_is_refused_naming_the_phrases():
    from nesy.pipeline import generate
    with pytest.raises(UnsatisfiableError, match="density"):
        generate("fcc copper with a = 4.2 Å, density 8.96 g/cm^3 and molar mass 63.55 g/mol", controls=False)


@pytest.mark.parametrize("text, listed", [
    ("Copper crystallizes in an fcc lattice with a = 361.5 pm and a density of 8.96 g/cm^3. Draw the unit cell.",
     "8.96"),
    ("Tungsten crystallizes in a body-centred cubic lattice with a = 316.5 pm. Draw the unit cell and find its "
     "density (M = 183.84 g/mol).", "183.84"),
])
def test_one_of_the_two_alone_is_listed_not_drawn(text, listed):
    s = parse(text, allow_unknown=True)
    assert any(listed in n.text for n in s.not_drawn) and "density" not in (s.attr("density") or {})


@pytest.mark.parametrize("text, crystal", [
    ("a representative field of fixed U2OS cells stained for DNA, containing 30 nuclei", False),
    ("Draw a U2OS cell with its nucleus.", False),
    ("the CaF2 unit cell", True),
    ("a CsCl cell with Cs at the body centre", True),
])
def test_a_formula_before_bare_cells_is_a_crystal_only_for_a_reference_material(text, crystal):
    # "U2OS cells" (a cell line spelling U, O and S) went to crystal in the corpus comparison
    from nesy.domains.crystal import CrystalDomain
    assert CrystalDomain().figure_kind(text) is crystal
