"""Held-out other tools' set figures (benchmarks/other_tools_heldout/sets.py). Mechanisms, each with a
figure that failed before and a wrong version still caught:

- which reader: nesy draws every set in its own palette colour, so a figure whose palette-like pixels
  leave some set's colour (nearly) empty is another tool's — slate outlines near #004488 or pastel fills
  near #ddaa33 had sent graphviz clusters and a pastel Venn with a universe to the palette reader,
  which saw no sets (``sets._palette_figure``);
- a name written above its circle or joined to it by a leader line names the unnamed curve nearest
  it when that is plain (``curves.assign_names``): a structure-only naming had let the pastel
  universe figure with x drawn in B pass;
- a mark of the page's own colour ringed by ink (a bold letter's counter) is a gap, not a dot."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from nesy.pipeline import parse
from nesy.registry import get_domain
from nesy.see import ocr

ROOT = Path(__file__).resolve().parents[2] / "benchmarks" / "other_tools_heldout" / "sets.py"


def _case(cid: str) -> dict:
    spec = importlib.util.spec_from_file_location("heldout_sets", ROOT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return next(c for c in mod.cases() if c["id"] == cid)


def _verify(case, wrong):
    scene = parse(case["text"], domain="sets", allow_unknown=True)
    return get_domain("sets").verify(case["draw"](wrong), scene)


@pytest.mark.skipif(not ocr.available(), reason="the names are read by the ocr extra")
@pytest.mark.parametrize("cid", ["ho-sets-graphviz-clusters", "ho-sets-universe-pastel"])
def test_figure_near_two_palette_colours_is_read_by_shape(cid):
    case = _case(cid)
    assert _verify(case, None).passed
    for w in case["wrongs"]:
        assert not _verify(case, w).passed, w


def test_bold_letter_counter_is_no_dot():
    """The counter of the whiteboard figure's bold "P" (page colour ringed by the letter's ink) was read
    as an element dot: a mark of the page's own colour is a gap, not a dot (``curves._is_dot``)."""
    import io

    import numpy as np
    from PIL import Image

    from nesy.see.curves import read_curves
    rgb = np.asarray(Image.open(io.BytesIO(_case("ho-sets-whiteboard")["draw"](None))).convert("RGB"))
    rd = read_curves(rgb)
    assert not any(160 <= d.x <= 186 and 120 <= d.y <= 149 for d in rd.dots)
