"""Held-out other tools' set figures (benchmarks/other_tools_heldout/sets.py). Mechanisms, each with a
figure that failed before and a wrong version still caught:

- which reader: nesy draws every set in its own palette colour, so a figure whose palette-like pixels
  leave some set's colour (nearly) empty is another tool's — slate outlines near #004488 or pastel fills
  near #ddaa33 had sent graphviz clusters and a pastel Venn with a universe to the palette reader,
  which saw no sets (``sets._palette_figure``);
- a name written above its circle or joined to it by a leader line names the unnamed curve nearest
  it when that is plain (``curves.assign_names``): a structure-only naming had let the pastel
  universe figure with x drawn in B pass;
- a mark of the page's own colour ringed by ink (a bold letter's counter) is a gap, not a dot;
- an element dot drawn touching its name (xkcd's white halo, a whiteboard marker) is split from the
  name's ink: a disc at least twice the name's stroke wide is a dot (``curves._dots_within``);
- sets filled with hatching or stipple are read where the texture averages into a tone
  (``curves._texture_curves``);
- at half size a nested frame's side merges with its container's: one of two opposite sides may run
  on past its corners (``curves._rectangles``);
- a small letter blurred into a disc beside a dot, fainter than the dot, is part of its name
  (``curves._glyphs_beside_dots``)."""
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


@pytest.mark.skipif(not ocr.available(), reason="the names are read by the ocr extra")
@pytest.mark.parametrize("cid,wrong", [("ho-sets-xkcd", "x_outside_B"), ("ho-sets-whiteboard", "y_outside_P")])
def test_dot_touching_its_name_is_split_from_it(cid, wrong):
    """The dot and its letter made one boundary piece, read as a word: the element was not seen."""
    case = _case(cid)
    assert _verify(case, None).passed
    assert not _verify(case, wrong).passed


def test_dot_split_keeps_the_name_and_skips_letters():
    """The split gives one dot (the filled disc), not the letter beside it."""
    import io

    import numpy as np
    from PIL import Image

    from nesy.see.curves import read_curves
    rgb = np.asarray(Image.open(io.BytesIO(_case("ho-sets-whiteboard")["draw"](None))).convert("RGB"))
    rd = read_curves(rgb)
    assert len(rd.dots) == 1
    assert abs(rd.dots[0].x - 210) <= 2 and abs(rd.dots[0].y - 320) <= 2


@pytest.mark.skipif(not ocr.available(), reason="the names are read by the ocr extra")
def test_hatched_sets_are_read_as_tones():
    """Hatched circles gave no curve at all (their outlines are cut into short arcs by the hatch)."""
    case = _case("ho-sets-bw-hatch")
    assert _verify(case, None).passed
    for w in case["wrongs"]:
        assert not _verify(case, w).passed, w


def test_texture_curves_find_the_hatched_circles():
    import io

    import numpy as np
    from PIL import Image

    from nesy.see.curves import read_curves
    rgb = np.asarray(Image.open(io.BytesIO(_case("ho-sets-bw-hatch")["draw"](None))).convert("RGB"))
    rd = read_curves(rgb)
    cs = sorted(c.params[0] for c in rd.curves)
    assert len(cs) == 3
    # centres 3 data units = 109 px apart, radius 72.7 px; the coarse read knows them to about f/2 px
    assert all(abs(b - a - 109) <= 4 for a, b in zip(cs, cs[1:]))
    assert all(abs(np.mean(c.params[2:4]) - 72.7) <= 3 for c in rd.curves)


@pytest.mark.skipif(not ocr.available(), reason="the names are read by the ocr extra")
def test_nested_frames_at_half_size():
    """At half size the Cats cluster's bottom merged with Mammals' 3 px below it: no rectangle was
    found for Cats."""
    from nesy.see.degrade import degrade
    case = _case("ho-sets-graphviz-clusters")
    scene = parse(case["text"], domain="sets", allow_unknown=True)
    dom = get_domain("sets")
    assert dom.verify(degrade(case["draw"](None), "resize0.5"), scene).passed
    for w in case["wrongs"]:
        assert not dom.verify(degrade(case["draw"](w), "resize0.5"), scene).passed, w


@pytest.mark.skipif(not ocr.available(), reason="the names are read by the ocr extra")
def test_blurred_letter_beside_a_dot_is_no_dot():
    """Blurred by 1 px, the 13-px "x" beside its square marker filled a disc and was read as a third
    dot (an extra, unnamed one)."""
    from nesy.see.degrade import degrade
    case = _case("ho-sets-vertical-mono")
    scene = parse(case["text"], domain="sets", allow_unknown=True)
    dom = get_domain("sets")
    assert dom.verify(degrade(case["draw"](None), "blur1"), scene).passed
    for w in case["wrongs"]:
        assert not dom.verify(degrade(case["draw"](w), "blur1"), scene).passed, w
