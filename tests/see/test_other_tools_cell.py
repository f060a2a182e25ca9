"""Cell figures drawn by another tool (matplotlib, its own palette and layout; issue 10) are read by shape
(``nesy.see.regions``) and verified: a correct one passes, also after JPEG; each injected error fails
under the check that names it. Drawers come from ``benchmarks/other_tools/cell.py``."""
from __future__ import annotations


import numpy as np
import pytest

from _other_tools import other_tools_module

pytest.importorskip("matplotlib")


def _cases() -> dict:
    mod = other_tools_module("cell")
    return {c["id"]: c for c in mod.cases()}


CASES = _cases()


def _verify(cid: str, wrong: str | None, style: str = "clean"):
    from nesy.pipeline import parse
    from nesy.registry import get_domain
    from nesy.see.degrade import degrade
    case = CASES[cid]
    scene = parse(case["text"], domain="cell", allow_unknown=True)
    return get_domain("cell").verify(degrade(case["draw"](wrong), style), scene)


def test_regions_nest_outlines_and_dots():
    """An unfilled outline holding an outlined nucleus and two dots: one root region with the nucleus
    and the dots as its children."""
    from nesy.see.regions import read_regions
    import matplotlib
    matplotlib.use("Agg")
    import io
    import matplotlib.pyplot as plt
    from matplotlib.patches import Circle, Ellipse
    from PIL import Image
    fig, ax = plt.subplots(figsize=(4, 3), dpi=100)
    ax.set_xlim(-4, 4), ax.set_ylim(-3, 3), ax.set_aspect("equal"), ax.axis("off")
    ax.add_patch(Ellipse((0, 0), 6, 4, fc="white", ec="black", lw=1.2))
    ax.add_patch(Circle((-1, 0), 0.8, fc="white", ec="black", lw=1.2))
    for x, y in ((1.2, 0.8), (1.6, -0.6)):
        ax.add_patch(Circle((x, y), 0.07, fc="black", ec="none"))
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    rgb = np.asarray(Image.open(buf).convert("RGB"))
    rr = read_regions(rgb, ocr=False)
    assert len(rr.roots) == 1
    cell = rr.regions[rr.roots[0]]
    kids = [rr.regions[k] for k in cell.children]
    assert len(kids) == 3
    big = max(kids, key=lambda r: r.area)
    assert big.area > 20 * min(r.area for r in kids)        # the nucleus and two dots
    assert sum(r.dot for r in kids) == 2 or sum(r.area < 200 for r in kids) == 2


@pytest.mark.parametrize("style", ["clean", "jpeg90"])
def test_correct_colour_figure_passes(style):
    v = _verify("cell-mpl-animal-tab10", None, style)
    assert v.passed, [(c.law, c.args, c.observed) for c in v.failed()]


def test_correct_bw_textbook_figure_passes():
    v = _verify("cell-mpl-plant-bw-leftof", None)
    assert v.passed, [(c.law, c.args, c.observed) for c in v.failed()]


@pytest.mark.parametrize("cid, wrong, laws", [
    ("cell-mpl-animal-tab10", "drop", {"visible", "count_exact"}),
    ("cell-mpl-animal-tab10", "duplicate", {"count_exact"}),
    ("cell-mpl-animal-tab10", "outside", {"count_exact"}),
    ("cell-mpl-plant-bw-leftof", "swap", {"left_of"}),
])
def test_wrong_figure_fails_naming_the_check(cid, wrong, laws):
    v = _verify(cid, wrong)
    assert not v.passed
    assert laws & {c.law for c in v.failed()}, [(c.law, c.args, c.observed) for c in v.failed()]


@pytest.mark.parametrize("cid, style", [("cell-mpl-animal-tab10", "clean"), ("cell-mpl-animal-bw", "jpeg90")])
def test_ribosome_drawn_as_a_mitochondrion_fails(cid, style):
    """One ribosome drawn at a mitochondrion's size: the region matched to it is too large for a ribosome."""
    v = _verify(cid, "as_mitochondrion", style)
    assert not v.passed
    assert {"size_ratio", "kind_aspect", "kind_uniform", "count_exact"} & {c.law for c in v.failed()}


@pytest.mark.parametrize("cid, style", [("cell-mpl-lysosome-bw", "clean"), ("cell-mpl-nucleolus-bw", "jpeg90")])
def test_a_region_of_another_kinds_shape_fails(cid, style):
    """The mitochondrion-shaped region is matched to a lysosome (an oval of aspect 2) or to a ribosome
    (2.5 × the others): size ranges alone, with their pixel slack, let it pass."""
    v = _verify(cid, "as_mitochondrion", style)
    assert not v.passed
    assert {"kind_aspect", "kind_uniform"} & {c.law for c in v.failed()}, [(c.law, c.args) for c in v.failed()]


def test_two_cells_side_by_side_pass_at_another_tools_scale():
    """'Two animal cells side by side' drawn by matplotlib with a gap of a quarter of a cell between them:
    before, ``adjacent`` asked for nesy's canvas gap (35 px) and the correct figure failed at 64 px."""
    v = _verify("cell-mpl-two-set2", None)
    assert v.passed, [(c.law, c.args, c.observed) for c in v.failed()]
    assert "adjacent" in {c.law for c in v.checks}


def test_adjacent_in_another_tools_figure_is_scale_free():
    import numpy as np
    from nesy.domains.cell import _adjacent_scale_free
    from nesy.domains.regionbase import Observed
    box = np.ones((100, 150), bool)
    a = Observed(box, 0, 0)
    assert _adjacent_scale_free("c1", "c2", a, Observed(box, 150 + 40, 0), "").passed        # gap 0.4 of height
    assert not _adjacent_scale_free("c1", "c2", a, Observed(box, 150 + 80, 0), "").passed    # across the page
    assert not _adjacent_scale_free("c1", "c2", a, Observed(box, 100, 0), "").passed         # overlapping
    # the same figure at twice the size gives the same verdicts
    big = np.ones((200, 300), bool)
    assert _adjacent_scale_free("c1", "c2", Observed(big, 0, 0), Observed(big, 300 + 80, 0), "").passed
