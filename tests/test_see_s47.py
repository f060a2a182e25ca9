"""Reader mechanisms of session 47, found on held-out set 7 of other tools' figures: a figure set sideways is
turned upright, the panel a figure of panels asks for is chosen, a bold letter is no element dot, a scale bar's
value is no force and an arrow labelled as the motion is no force."""
from __future__ import annotations

import io

import numpy as np
import pytest

from nesy.see import ocr

needs_ocr = pytest.mark.skipif(not ocr.available(), reason="reading text needs the ocr extra")


def _font(size: int):
    from PIL import ImageFont
    from nesy.resources import data_dir
    return ImageFont.truetype(str(data_dir("layout") / "fonts" / "DejaVuSans.ttf"), size)


def _venn(d, x: int, y: int) -> None:
    f = _font(26)
    for cx, name in ((x + 110, "P"), (x + 250, "Q")):
        d.ellipse((cx - 110, y, cx + 110, y + 200), outline=(30, 30, 30), width=3)
        d.text((cx - 10, y - 38), name, font=f, fill=(0, 0, 0))
    for cx, cy, n in ((x + 45, y + 100, "apple"), (x + 300, y + 100, "pear"), (x + 160, y + 140, "plum")):
        d.ellipse((cx - 5, cy - 5, cx + 5, cy + 5), fill=(0, 0, 0))
        d.text((cx + 10, cy - 16), n, font=f, fill=(0, 0, 0))


def _png(img) -> bytes:
    b = io.BytesIO()
    img.save(b, format="PNG")
    return b.getvalue()


@needs_ocr
def test_a_figure_set_sideways_is_turned_upright_and_an_upright_one_is_not() -> None:
    from PIL import Image, ImageDraw
    from nesy.see.page import upright
    img = Image.new("RGB", (460, 320), (255, 255, 255))
    _venn(ImageDraw.Draw(img), 50, 70)
    up = np.asarray(img)
    assert upright(up) is up                     # its words read as they stand: never turned
    side = np.ascontiguousarray(np.rot90(up, 1))  # the page turned a quarter anticlockwise
    got = upright(side)
    assert got.shape == up.shape and np.array_equal(got, up)
    other = np.ascontiguousarray(np.rot90(up, -1))
    assert np.array_equal(upright(other), up)


@needs_ocr
def test_the_panel_a_request_names_is_the_figure() -> None:
    from PIL import Image, ImageDraw
    from nesy.see.page import figure_of, panels
    from nesy.see.ocr import read_page
    img = Image.new("RGB", (1000, 420), (255, 255, 255))
    d = ImageDraw.Draw(img)
    f = _font(24)
    d.text((20, 20), "(a)", font=f, fill=(0, 0, 0))
    d.text((500, 20), "(b)", font=f, fill=(0, 0, 0))
    # (a): a plot with tick numbers, nothing of the request
    d.line((60, 360, 440, 360), fill=(0, 0, 0), width=2)
    d.line((60, 360, 60, 80), fill=(0, 0, 0), width=2)
    for k, v in enumerate(("10", "20", "30", "40")):
        d.text((80 + 90 * k, 370), v, font=_font(18), fill=(0, 0, 0))
    d.line((60, 340, 420, 120), fill=(0, 0, 200), width=3)
    _venn(d, 560, 120)
    rgb = np.asarray(img)
    lines = read_page(rgb)
    boxes = panels(rgb, lines)
    assert len(boxes) == 2 and boxes[0][2] == boxes[1][0] and 440 <= boxes[1][0] <= 500
    got = figure_of(rgb, text="A Venn diagram: P = {apple, plum} and Q = {pear, plum}.")
    assert got.shape[1] < 600                     # panel (b) alone
    assert figure_of(rgb) is not None             # no request: no panel chosen (the page step alone)
    same = figure_of(rgb, text="A triangle ABC with AB = 5 cm.")
    assert same.shape[1] > 900                    # no panel shares the request's words: the whole image


def test_a_bold_letter_with_its_counter_is_no_dot() -> None:
    from nesy.see.curves import _disc_ink
    yy, xx = np.mgrid[0:24, 0:24]
    disc = np.hypot(yy - 11.5, xx - 11.5) <= 11.5
    assert _disc_ink(disc)
    letter = disc.copy()
    letter[8:11, 12:16] = False                  # a bold "e"'s counter
    letter[14:16, 12:24] = False                 # … and its slit
    assert not _disc_ink(letter)


ROOT = __import__("pathlib").Path(__file__).resolve().parents[1]


def _set7(science: str) -> dict:
    import importlib.util
    spec = importlib.util.spec_from_file_location(f"heldout7_{science}",
                                                  ROOT / "benchmarks" / "other_tools_heldout7" / f"{science}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return {c["id"]: c for c in mod.cases()}


def _verify(science: str, cid: str, wrong: str | None):
    from nesy.pipeline import parse
    from nesy.registry import get_domain
    import matplotlib
    case = _set7(science)[cid]
    # (drawn under matplotlib's defaults: a test before this one in the same process may leave its own style set)
    with matplotlib.rc_context(matplotlib.rcParamsDefault):
        png = case["draw"](wrong)
    return get_domain(science).verify(png, parse(case["text"], domain=science, allow_unknown=True))


@needs_ocr
@pytest.mark.parametrize("science, cid, wrongs", [
    # a matplotlib window with a "20 N" scale bar: the bar's value is no force
    ("mechanics", "h7-mechanics-mpl-window", ["force_label_53", "angle_drawn_60"]),
    # a two-panel report figure: the ramp is panel (b), and its "motion" arrow is no force
    ("mechanics", "h7-mechanics-reportlab-multipanel", ["ramp_drawn_45", "friction_down_slope"]),
    # a textbook page with the Venn diagram set sideways, its element names in a heavy face ("•e")
    ("sets", "h7-sets-opencv-rotated", ["i_dropped", "b_in_P_and_Q"]),
    ("geometry", "h7-geometry-tikzpil-rotated", ["lm_drawn_6", "m_n_swapped"]),
])
def test_set7_correct_figure_accepted_and_its_wrongs_caught(science: str, cid: str, wrongs: list) -> None:
    pytest.importorskip("matplotlib")
    if "reportlab" in cid:
        pytest.importorskip("reportlab")
        pytest.importorskip("pypdfium2")
    if "opencv" in cid:
        pytest.importorskip("cv2")
    v = _verify(science, cid, None)
    assert v.passed, [f"{c.law}{c.args}: {c.observed}" for c in v.failed()]
    for w in wrongs:
        assert not _verify(science, cid, w).passed, w
