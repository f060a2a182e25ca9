"""Held-out set 8 of other tools' figures (benchmarks/other_tools_heldout8; development data since session 54).
Mechanisms, each with a figure that failed before and a wrong version still caught:

- sets: members written as bare words in their regions, with no dots — how textbooks, slides and sketches
  write a Venn diagram — are the elements' marks (``curves.word_elements``); a surely read word inside a curve
  that names nothing of the text is a member the text does not have; a word lost where it touches an outline
  under blur is found by the text detector; an i's tittle inside a word is no element dot;
- sets: a set class as thick as a fill is another tool's translucent fill, not nesy's outline
  (``sets._palette_figure``: a blurred pastel slide had gone to the palette reader);
- a hand-drawn universe frame photographed askew is a quadrilateral (``curves._quads``) and hand-drawn
  circles are read at a tolerance that grows with the figure (``SKETCH_TOL``); only ellipses compete in
  the RANSAC (a line pair through a long straight side had crowded them out);
- the page: ruled paper's lines are taken off for the set reader (``paper.unrule``), a scan set askew is turned level
  (``paper.deskew``), the desk beyond a photographed sheet is painted over (``paper.off_sheet``), and a
  label split by the OCR from its unit ("8" beside "cm") is kept with the figure (``page.figure_box``);
- geometry: a drawn diagonal is a line, not text (the corner letter beside its end was unread);
- mechanics: a scale bar's value written beside the bar is no force, and a figure with a force scale bar
  draws its forces to that scale (``arrow_to_scale``: a spring force drawn half the weight is caught); a
  small block carrying its mass label is a body, not a label's frame;
- optics: a glyph of a label on the axis is no image arrow; a tick crossing the axis is no arrow;
- automata: of two circles read as one letter, the surer reading keeps it, and the unsure one takes the one
  name left when a serif italic draws the two alike (Computer Modern's v read "U" beside a u);
- very large exports are read reduced (``page._working_size``).
"""
from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

import numpy as np
import pytest

from nesy.pipeline import parse
from nesy.registry import get_domain
from nesy.see import ocr
from nesy.see.degrade import degrade

ROOT = Path(__file__).resolve().parents[2] / "benchmarks" / "other_tools_heldout8"

pytestmark = pytest.mark.skipif(not ocr.available(), reason="needs the OCR extra")


@lru_cache(maxsize=None)
def _cases(science: str) -> dict:
    spec = importlib.util.spec_from_file_location(f"heldout8_{science}", ROOT / f"{science}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return {c["id"]: c for c in mod.cases()}


def _verify(science: str, cid: str, wrong: str | None = None, style: str = "clean"):
    case = _cases(science)[cid]
    scene = parse(case["text"], domain=science, allow_unknown=True)
    return get_domain(science).verify(degrade(case["draw"](wrong), style), scene)


def _failed(v) -> set[str]:
    return {c.law for c in v.failed()}


@pytest.mark.parametrize("style", ["clean", "blur1"])
def test_sets_members_written_as_words_on_a_slide(style):
    assert _verify("sets", "h8-sets-svg-slide", style=style).passed
    v = _verify("sets", "h8-sets-svg-slide", "blue_in_P_only", style)
    assert not v.passed and "element_of" in _failed(v)


def test_sets_a_word_member_the_text_does_not_have_is_caught():
    v = _verify("sets", "h8-sets-svg-slide", "extra_purple_in_Q")
    assert not v.passed and "names_read" in _failed(v)


def test_sets_pencil_sketch_on_squared_paper():
    assert _verify("sets", "h8-sets-pencil-photo").passed
    v = _verify("sets", "h8-sets-pencil-photo", "3_in_U_only")
    assert not v.passed


def test_sets_member_lost_against_an_outline_under_blur():
    assert _verify("sets", "h8-sets-mpl-default-large", style="blur1").passed
    v = _verify("sets", "h8-sets-mpl-default-large", "6_dropped", "blur1")
    assert not v.passed and "visible" in _failed(v)


def test_geometry_letter_beside_a_diagonal_and_a_split_label():
    assert _verify("geometry", "h8-geometry-mpl-textbook").passed
    v = _verify("geometry", "h8-geometry-mpl-textbook", "wx_label_8")
    assert not v.passed and "length_label" in _failed(v)


def test_mechanics_scale_bar_beside_its_value_and_arrows_to_scale():
    assert _verify("mechanics", "h8-mechanics-mpl-slide").passed
    v = _verify("mechanics", "h8-mechanics-mpl-slide", "spring_arrow_half")
    assert not v.passed and "arrow_to_scale" in _failed(v)


def test_mechanics_small_block_with_its_mass_written_in_it():
    assert _verify("mechanics", "h8-mechanics-opencv-textbook-scan").passed
    v = _verify("mechanics", "h8-mechanics-opencv-textbook-scan", "block_2kg_dropped")
    assert not v.passed


def test_optics_label_glyph_on_the_axis_is_no_image():
    assert _verify("optics", "h8-optics-reportlab-slide").passed


def test_optics_scan_set_askew_has_its_axis_found():
    v = _verify("optics", "h8-optics-svg-textbook-scan")
    assert "axis_found" not in _failed(v) and "one_image" not in _failed(v)


def test_automata_italic_v_read_as_the_u_beside_it():
    assert _verify("automata", "h8-automata-mpl-textbook").passed
    v = _verify("automata", "h8-automata-mpl-textbook", "u_v_reversed")
    assert not v.passed and "edge_drawn" in _failed(v)


@pytest.mark.parametrize("factor", [2.4])
def test_very_large_copies_are_read(factor):
    import io
    from PIL import Image
    case = _cases("geometry")["h8-geometry-mpl-default"]
    scene = parse(case["text"], domain="geometry", allow_unknown=True)

    def scaled(png: bytes) -> bytes:
        im = Image.open(io.BytesIO(png)).convert("RGB")
        im = im.resize((int(im.width * factor), int(im.height * factor)), Image.Resampling.LANCZOS)
        buf = io.BytesIO()
        im.save(buf, "PNG")
        return buf.getvalue()
    dom = get_domain("geometry")
    assert dom.verify(scaled(case["draw"](None)), scene).passed
    assert not dom.verify(scaled(case["draw"](case["wrongs"][0])), scene).passed


# ---- the page's paper, on synthetic figures (fast, no OCR needed for these functions)

def _squared_paper(h=480, w=640, pitch=24, tilt=0.0):
    import cv2
    img = np.full((h, w, 3), 246, np.uint8)
    for y in range(-h, 2 * h, pitch):
        cv2.line(img, (0, y), (w, int(round(y + w * np.tan(np.radians(tilt))))), (212, 214, 222), 1, cv2.LINE_AA)
    for x in range(0, w, pitch):
        cv2.line(img, (x, 0), (x, h), (212, 214, 222), 1, cv2.LINE_AA)
    return img


def test_unrule_takes_the_ruling_off_and_keeps_the_drawing():
    import cv2
    from nesy.see.paper import unrule
    img = _squared_paper(tilt=0.6)
    cv2.circle(img, (320, 240), 150, (60, 60, 60), 3, cv2.LINE_AA)
    out = unrule(img)
    assert out is not img
    # the circle's stroke stays dark all round; the grid between is paper
    yy, xx = np.mgrid[0:480, 0:640]
    ring = np.abs(np.hypot(xx - 320, yy - 240) - 150) <= 1
    assert out[ring].mean() < 120
    away = np.hypot(xx - 320, yy - 240) > 170
    assert (out[away].astype(int).mean(axis=-1) >= 240).mean() > 0.98
    assert (img[away].astype(int).mean(axis=-1) >= 240).mean() < 0.95   # it had lines there


def test_unrule_leaves_a_figure_of_a_few_long_lines_alone():
    import cv2
    from nesy.see.paper import unrule
    img = np.full((400, 600, 3), 255, np.uint8)
    for y in (100, 200, 300):   # three level lines: a drawing's, not a ruling (fewer than a family)
        cv2.line(img, (20, y), (580, y), (200, 200, 200), 1)
    assert unrule(img) is img


def test_deskew_levels_a_scan_and_leaves_a_drawn_slope():
    import cv2
    from nesy.see.paper import deskew
    img = np.full((500, 900, 3), 250, np.uint8)
    for y in (150, 250, 400):
        cv2.line(img, (50, y), (850, y), (20, 20, 20), 2)
    M = cv2.getRotationMatrix2D((450, 250), 0.6, 1.0)
    tilted = cv2.warpAffine(img, M, (900, 500), borderMode=cv2.BORDER_REPLICATE)
    out = deskew(tilted)
    assert out is not tilted
    rows = (out[:, 100:800].astype(int).mean(axis=-1) < 128).mean(axis=1)
    assert rows.max() > 0.9          # a line runs level across again
    one = np.full((500, 900, 3), 250, np.uint8)
    cv2.line(one, (50, 240), (850, 260), (20, 20, 20), 2)   # one line at 1.4°: a drawn slope
    assert deskew(one) is one


def test_off_sheet_paints_the_desk_along_an_edge():
    from nesy.see.paper import off_sheet
    img = np.full((300, 400, 3), 240, np.uint8)
    img[260:, :] = 40                       # the desk below the sheet, cut by the crop
    img[100:103, 50:350] = 30               # a drawn line stays
    out = off_sheet(img)
    assert out[280, 200].min() > 200 and out[101, 200].max() < 60


def test_set9_an_extra_member_read_unsurely_is_still_caught():
    # set 9 (measured held out, development data since): SmartArt-like circles with the members written as
    # words; the extra "v" in B reads "V" at 0.89 (clean) and 0.67 (blurred) — a short word written like
    # the members, naming none of them, is a member the text does not have
    path = ROOT.parent / "other_tools_heldout9" / "sets.py"
    spec = importlib.util.spec_from_file_location("heldout9_sets", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    case = next(c for c in mod.cases() if c["id"] == "h9-sets-smartart")
    scene = parse(case["text"], domain="sets", allow_unknown=True)
    dom = get_domain("sets")
    for style in ("clean", "blur1"):
        assert dom.verify(degrade(case["draw"](None), style), scene).passed
        v = dom.verify(degrade(case["draw"]("extra_v_in_B"), style), scene)
        assert not v.passed and "names_read" in _failed(v)
