"""Optics mechanisms from the requests-16 held-out failures (session 33), each with varied phrasings: a
photographer's lens named by its focal length ("my 50 mm prime"); a statement said of what is seen ("its flame
appears upside down on a card") is the image's; a negated aside the reader reads nothing of ("never point the
instrument at the sun") is listed, not refused; keys that carry their unit ("focal_length_cm = -20"); a length in
brackets right after the element restates its focal length; a spreadsheet formula that works out a stated value
is passed over, any other is refused by name."""
from __future__ import annotations

import json

import pytest

from nesy.domains.optics import solve_optics
from nesy.errors import InputError, UnknownWordsError
from nesy.pipeline import generate, parse


def _facts(text: str) -> dict[str, float]:
    s = parse(text, allow_unknown=True)
    assert s.domain == "optics"
    out: dict[str, float] = {}
    for f in s.attr("facts"):
        out.setdefault(f["what"], f["value"])
    return out


def _solved(text: str):
    return solve_optics(parse(text, allow_unknown=True))


# --- a photographer's lens: "my 50 mm prime" is the lens and its focal length, never a distance ---------------
@pytest.mark.parametrize("text, f, do, ho", [
    # requests-16 optics-01: called impossible ("50 mm" vs "2 m away")
    ("Photo forum question: my 50 mm prime (treat it as a thin converging lens, f = 5 cm) is focused on my friend "
     "standing 2 m away, and she is 170 cm tall. Can someone draw the ray diagram showing where the image lands "
     "and how big it is?", 5, 200, 170),
    ("I shoot with an 85 mm portrait lens; my sister, 160 cm tall, stands 3 m away. Draw the ray diagram.",
     8.5, 300, 160),
    ("A 200 mm telephoto is aimed at a 1.8 m tall man 10 m away. Draw the image.", 20, 1000, 180),
    ("My 50mm prime is focused on a tree 5 m away; the tree is 4 m tall. Where is the image?", 5, 500, 400),
])
def test_camera_lens_named_by_focal_length(text, f, do, ho):
    o = _solved(text)
    assert o.kind == "lens" and abs(o.f - f) < 1e-9 and abs(o.do - do) < 1e-9 and abs(o.ho - ho) < 1e-9
    assert o.di > 0      # a real image on the sensor


def test_prime_alone_is_no_lens():
    # "F prime" is the second focal point, never an element: the mirror stays the only element
    got = parse("Mark F and F prime for a concave mirror of focal length 10 cm, object 30 cm away.",
                allow_unknown=True)
    assert dict(got.attr("element"))["kind"] == "mirror"


# --- what is seen upside down is the image ----------------------------------------------------------------------
@pytest.mark.parametrize("text, f, do, di", [
    # requests-16 optics-06: refused ("'upside down' describes the object")
    ("Exhibit label, THE FLOATING FLAME: a 2 cm candle stands 20 cm in front of a concave mirror of focal length "
     "15 cm, and its flame appears upside down on a card held further out. Visitors keep asking for a printed "
     "diagram.", 15, 20, 60),
    ("A 3 cm bulb is 30 cm from a converging lens with f = 10 cm; the bulb shows up inverted on the wall behind it. "
     "Draw the rays.", 10, 30, 15),
    ("A candle 40 cm from a convex lens (f = 15 cm) is seen upside down on a sheet of paper. Draw it.", 15, 40, 24),
])
def test_upside_down_on_a_card_is_the_image(text, f, do, di):
    s = parse(text, allow_unknown=True)
    whats = {x["what"] for x in s.attr("facts")}
    assert {"inverted", "real"} <= whats
    o = solve_optics(s)
    assert abs(o.f - f) < 1e-9 and abs(o.do - do) < 1e-9 and abs(o.di - di) < 1e-6


def test_seen_upright_in_the_mirror_is_the_image():
    o = _solved("A pencil 5 cm in front of a concave mirror of focal length 10 cm looks upright and enlarged in the "
                "mirror. Draw the ray diagram.")
    assert o.di < 0 and o.m > 1


def test_seen_inverted_on_a_card_where_no_real_image_forms_is_impossible():
    from nesy.errors import UnsatisfiableError
    with pytest.raises(UnsatisfiableError):
        _solved("A candle 5 cm in front of a concave mirror of focal length 10 cm appears inverted on a card.")


def test_not_inverted_is_upright():
    from nesy.errors import UnsatisfiableError
    with pytest.raises(UnsatisfiableError):   # a real object beyond F forms an inverted image
        _solved("A converging lens f = 10 cm, object 30 cm away; the image is not inverted.")


def test_an_object_said_upside_down_is_still_refused():
    with pytest.raises(Exception, match="describes the object"):
        parse("An upside down candle 30 cm from a converging lens, f = 10 cm.", allow_unknown=True)


# --- a negated aside: listed as not drawn, never refused; a negation in a read clause still refused -------------
@pytest.mark.parametrize("text, aside", [
    # requests-16 optics-07
    ("Lab sheet - never point the instrument at the sun. Model the microscope objective as a single thin converging "
     "lens, f = 4.0 mm, with the specimen 4.2 mm in front of it. Draw where the intermediate image forms.",
     "never point the instrument at the sun"),
    ("Warning: never stare at the sun through any optical instrument. A converging lens, f = 10 cm, object 30 cm "
     "away.", "never stare at the sun"),
    ("Do not leave the kit out in the rain. A diverging lens with f = 15 cm, object 20 cm away.",
     "not leave the kit out in the rain"),
])
def test_negated_aside_is_listed_not_refused(text, aside):
    s = parse(text, allow_unknown=True)
    assert any(aside in n.text for n in s.not_drawn), s.not_drawn
    solve_optics(s)


def test_microscope_aside_draws_the_stated_lens():
    o = _solved("Lab sheet - never point the instrument at the sun. Model the microscope objective as a single thin "
                "converging lens, f = 4.0 mm, with the specimen 4.2 mm in front of it. Draw where the intermediate "
                "image forms.")
    assert abs(o.f - 0.4) < 1e-9 and abs(o.do - 0.42) < 1e-9 and abs(o.di - 8.4) < 1e-6 and abs(o.m + 20) < 1e-6


@pytest.mark.parametrize("text", [
    "Don't draw the rays. A converging lens, f = 10 cm, object 30 cm away.",
    "A converging lens, f = 10 cm, object 30 cm away. The image is never real.",
    "Never look through the lens. A converging lens, f = 10 cm, object 30 cm away.",
    "Never show dashed rays. A converging lens, f = 10 cm, object 30 cm away.",
    # "not" was passed over as a common word: a real image was drawn and verified
    "A converging lens f = 10 cm, object 30 cm away; the image is not real.",
    "A converging lens f = 10 cm, object 30 cm away, and no screen is used.",
])
def test_negation_that_may_deny_something_drawn_is_refused(text):
    with pytest.raises(UnknownWordsError, match="negation"):
        parse(text, allow_unknown=True)


# --- keys that carry their unit -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, kind, f, do, ho", [
    # requests-16 optics-09: refused ("the number '20' has no unit")
    ('[mirror]\ntype = "convex"\nfocal_length_cm = -20\n[object]\ndistance_cm = 30\nheight_cm = 5\n'
     "# draw the ray diagram for this", "mirror", -20, 30, 5),
    ("[lens]\nkind: converging\nfocal_length_mm: 100\n[object]\ndistance_mm: 150\nheight_mm: 20", "lens", 10, 15, 2),
    ("element = concave mirror\nf_cm = 12\nobject_distance_cm = 30\nobject_height_cm = 4", "mirror", 12, 30, 4),
    ("lens: diverging\nfocal length (cm): 15\nobject distance (cm): 25", "lens", -15, 25, None),
])
def test_keys_with_units(text, kind, f, do, ho):
    o = _solved(text)
    assert o.kind == kind and abs(o.f - f) < 1e-9 and abs(o.do - do) < 1e-9
    if ho is not None:
        assert abs(o.ho - ho) < 1e-9


def test_ini_convex_mirror_end_to_end(tmp_path):
    r = generate('[mirror]\ntype = "convex"\nfocal_length_cm = -20\n[object]\ndistance_cm = 30\nheight_cm = 5\n'
                 "# draw the ray diagram for this", out_dir=tmp_path, seed=0)
    assert r.verdict.passed
    sol = json.loads((tmp_path / "optics.json").read_text())
    assert abs(sol["di_cm"] + 12) < 1e-6 and abs(sol["hi_cm"] - 2) < 1e-6 and sol["real"] is False


# --- a length in brackets after the element; a spreadsheet formula --------------------------------------------------
@pytest.mark.parametrize("text, f, do", [
    # requests-16 optics-10: refused ("the number '1' has no unit")
    ("=1/5 gives f in metres for a +5 D converging lens (0.2 m). The object is at 0.3 m. Work out and draw the "
     "image.", 20, 30),
    ("=100/8 gives the focal length of the converging lens (12.5 cm); a candle stands 30 cm away.", 12.5, 30),
    ("=1/4 gives f in metres for a +4 D lens (0.25 m). The object is 0.4 m away.", 25, 40),
    ("A converging lens (20 cm) with the object 30 cm away.", 20, 30),
])
def test_bracketed_focal_length_and_worked_formula(text, f, do):
    o = _solved(text)
    assert abs(o.f - f) < 1e-9 and abs(o.do - do) < 1e-9


@pytest.mark.parametrize("text", [
    "=1/(1/10-1/30) gives v for a converging lens with f = 10 cm and the object 30 cm away.",
    "=1/4 is f for a converging lens; the object is 40 cm away.",
])
def test_formula_whose_value_is_stated_nowhere_is_refused(text):
    with pytest.raises(InputError, match="spreadsheet formula"):
        parse(text, allow_unknown=True)


def test_mirror_named_by_a_bracketed_length_is_asked_about():
    with pytest.raises(InputError, match="focal length or its radius"):
        parse("A concave mirror (20 cm) with the object 30 cm away.", allow_unknown=True)
