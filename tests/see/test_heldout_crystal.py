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
