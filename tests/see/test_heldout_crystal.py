"""Other tools' crystal figures name their species in words (a legend, labels on the balls): an element the
figure names that the text does not is another crystal (``crystal_verify._species_labels``). On the held-out
set of other tools' figures (benchmarks/other_tools_heldout/crystal.py) every relabelled cell — simple cubic
Po labelled 'Te', fcc Cu labelled 'Ni', diamond Si labelled 'Ge', a bcc Fe centre labelled 'Cr' — passed."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from nesy.pipeline import parse
from nesy.registry import get_domain
from nesy.see import ocr
from nesy.see.atoms import species_named

ROOT = Path(__file__).resolve().parents[2] / "benchmarks" / "other_tools_heldout" / "crystal.py"


def _case(cid: str) -> dict:
    spec = importlib.util.spec_from_file_location("heldout_crystal", ROOT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return next(c for c in mod.cases() if c["id"] == cid)


def test_species_named_reads_symbols_formulas_and_names_not_acronyms():
    assert species_named(["Simple cubic Po", "Na⁺", "Cl-", "CsCl type", "Iron", "caesium"]) == {"Po", "Na", "Cl", "Cs", "Fe"}
    assert species_named(["BCC", "FCC", "SC", "x", "y", "C", "Unit cell", "In the cell", "a = 5.64 Å"]) == set()


@pytest.mark.skipif(not ocr.available(), reason="the figure's words are read by the ocr extra")
@pytest.mark.parametrize("cid, wrong", [("ho-crystal-sc-xkcd", "species_label_Te"),
                                        ("ho-crystal-fcc-axes", "species_label_Ni")])
def test_a_figure_naming_another_element_fails(cid, wrong):
    case = _case(cid)
    scene = parse(case["text"], domain="crystal", allow_unknown=True)
    dom = get_domain("crystal")
    assert dom.verify(case["draw"](None), scene).passed
    v = dom.verify(case["draw"](wrong), scene)
    assert not v.passed
    assert any(c.law == "species_label" for c in v.failed())


def test_a_label_written_on_a_ball_is_part_of_its_fill():
    """Rock salt drawn by PIL with bold symbols ('Na', 'Cl') inside its balls: the opening that keeps discs cut the
    smaller Na balls apart along the few pixels between the symbol and the rim, and no Na was read
    (``atoms._written_on``). Every site is read now; the swapped site is still read as the other species."""
    import numpy as np

    from nesy.domains.regionbase import read_png
    from nesy.see.atoms import read_discs
    case = _case("ho-crystal-nacl-pil")
    discs, _ = read_discs(read_png(case["draw"](None)))
    assert len(discs) == 9
    assert len({d.group for d in discs}) == 2
    small = sorted((d.x, d.y) for d in discs if d.r < 28)
    assert np.allclose(small, [(130, 110), (130, 490), (320, 300), (510, 110), (510, 490)], atol=1.5)
    scene = parse(case["text"], domain="crystal", allow_unknown=True)
    dom = get_domain("crystal")
    v = dom.verify(case["draw"]("site_species_swapped"), scene)
    assert not v.passed and any(c.law == "species_pattern" for c in v.failed())


def test_a_hatched_fill_is_no_label():
    """Hatching leaves many holes in a ball's outline colour: they are a pattern, not a label, and are not filled
    (filling them read a hatched CsCl centre as the grey species and passed a figure whose centre is Cs)."""
    from nesy.domains.regionbase import read_png
    from nesy.see.degrade import degrade
    case = _case("ho-crystal-cscl-bw")
    scene = parse(case["text"], domain="crystal", allow_unknown=True)
    dom = get_domain("crystal")
    for style in ("clean", "blur1"):
        assert not dom.verify(degrade(case["draw"]("centre_same_species"), style), scene).passed


def test_lattice_constants_written_in_the_figure_are_read_with_their_digits():
    from nesy.domains.crystal_verify import _constants
    assert _constants(["a = 6.54 A", "a =5.6A", "a = 564 pm", "x / a", "Cs, z=0", "heights in units of a"]) == [
        ("a", 6.54, 0.01), ("a", 5.6, 0.1), ("a", 5.64, 0.01)]


@pytest.mark.skipif(not ocr.available(), reason="the figure's words are read by the ocr extra")
def test_a_figure_writing_another_lattice_constant_fails():
    """The PIL rock salt figure writes 'a = 6.54 Å' under its cell where the text states a = 5.64 Å."""
    case = _case("ho-crystal-nacl-pil")
    scene = parse(case["text"], domain="crystal", allow_unknown=True)
    dom = get_domain("crystal")
    v = dom.verify(case["draw"](None), scene)
    assert v.passed, [c for c in v.failed()]
    assert any(c.law == "lattice_constant_label" and c.passed for c in v.checks)
    v = dom.verify(case["draw"]("a_value_changed"), scene)
    assert [c.law for c in v.failed()] == ["lattice_constant_label"]
