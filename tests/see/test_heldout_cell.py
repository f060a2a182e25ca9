"""Held-out other tools' cell figures (benchmarks/other_tools_heldout/cell.py) read by shape
(``nesy.see.regions``). Mechanisms, each with a figure that failed before and a wrong one still caught:

- an organelle drawn so densely (cristae zigzags) that a shrunk copy leaves no face inside it is one
  solid piece of the edge map, thicker than any line's band (``regions._dense_blobs``): a mitochondrion
  added against the membrane passed at resize 0.5 before;
- pieces of an organelle's inside cut by strokes drawn in it are its fill, not more organelles."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from nesy.pipeline import parse
from nesy.registry import get_domain
from nesy.see import ocr
from nesy.see.degrade import degrade

ROOT = Path(__file__).resolve().parents[2] / "benchmarks" / "other_tools_heldout" / "cell.py"


def _case(cid: str) -> dict:
    spec = importlib.util.spec_from_file_location("heldout_cell", ROOT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return next(c for c in mod.cases() if c["id"] == cid)


def _verify(case, wrong, style):
    scene = parse(case["text"], domain="cell", allow_unknown=True)
    return get_domain("cell").verify(degrade(case["draw"](wrong), style), scene)


@pytest.mark.skipif(not ocr.available(), reason="labels are erased by the ocr extra")
def test_two_cells_wrongs_caught_clean():
    case = _case("ho-cell-two-pastel")
    for w in ("nucleus_dropped", "mito_extra"):
        assert not _verify(case, w, "clean").passed


@pytest.mark.skipif(not ocr.available(), reason="labels are erased by the ocr extra")
def test_extra_mitochondrion_against_membrane_caught_when_shrunk():
    case = _case("ho-cell-two-pastel")
    v = _verify(case, "mito_extra", "resize0.5")
    assert not v.passed
    assert any(c.law == "count_exact" for c in v.failed())
