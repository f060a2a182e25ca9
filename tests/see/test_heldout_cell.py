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


@pytest.mark.skipif(not ocr.available(), reason="legend labels are found by the ocr extra")
def test_legend_box_and_inner_dots_are_no_organelles():
    """A legend box (swatches left of their labels) is no cell, and the dots drawn in every lysosome are
    its decoration (``cell_figure``): failed before as 2 cells and 12 lysosomes; an extra lysosome is
    still counted."""
    case = _case("ho-cell-hairline")
    for style in ("clean", "blur1"):
        assert _verify(case, None, style).passed, style
    v = _verify(case, "lysosome_extra", "clean")
    assert not v.passed
    assert any(c.law == "count_exact" and c.args == ("lysosome",) for c in v.failed())


@pytest.mark.skipif(not ocr.available(), reason="labels are erased by the ocr extra")
def test_er_stack_is_one_object_and_dashed_ring_is_decoration():
    """The rough ER drawn as three parallel bands is one ER, and the dashes of the nucleus's inner circle
    are its decoration (``cell_figure``): failed before as 2 ERs and 2 nuclei; a second nucleus and a
    dropped ER are still caught."""
    case = _case("ho-cell-seaborn")
    assert _verify(case, None, "clean").passed
    for w in ("nucleus_duplicated", "er_dropped"):
        assert not _verify(case, w, "clean").passed, w


def test_stack_merge_and_decorations_on_a_drawn_forest():
    """``cell_figure`` on a read figure without OCR: three parallel alike bands become one region; three
    alike dots in a disc are its decoration candidates, a lone dot is not."""
    import numpy as np
    from PIL import Image, ImageDraw
    from nesy.domains.cell_figure import decorations, merge_stacks
    from nesy.see.regions import read_regions
    im = Image.new("RGB", (400, 300), "white")
    d = ImageDraw.Draw(im)
    d.ellipse([10, 10, 390, 290], outline="black", width=2)
    for k in range(3):
        d.rectangle([90, 100 + 22 * k, 220, 112 + 22 * k], fill="#66c2a5", outline="#333333")
    d.ellipse([230, 150, 330, 250], outline="black", width=2, fill="#f2b8b8")
    for x, y in ((260, 180), (295, 190), (275, 220)):
        d.ellipse([x - 3, y - 3, x + 3, y + 3], fill="black")
    rr = read_regions(np.asarray(im), ocr=False)
    bands = sum(1 for r in rr.regions if r.aspect >= 4)
    assert bands == 3
    merge_stacks(rr)
    live = set(rr.roots) | {c for r in rr.regions for c in r.children}
    assert sum(1 for i in live if rr.regions[i].aspect >= 4) == 0   # one stack of aspect ≈ 1.6
    disc = next(i for i in live if 5000 < rr.regions[i].area < 9000)
    assert len(decorations(rr).get(disc, set())) == 3
