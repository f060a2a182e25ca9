"""Optics mechanisms from the requests-15 held-out failures (session 32), each with varied phrasings: a height
written with a learner's "of" ("15 mm of height", called impossible as a second distance); a loupe, jeweller's
loupe or hand magnifier is a converging lens whose power in dioptres gives f = 1/P; the lens held "above" or
"over" the object; a length before the object's noun at the end of its clause is its height ("above a 2 mm
gem"), and "2 cm above the axis" is a height."""
from __future__ import annotations

import json

import pytest

from nesy.domains.optics import parse_optics, solve_optics
from nesy.pipeline import generate


def _facts(text: str) -> dict[str, float]:
    return {f["what"]: f["value"] for f in parse_optics(text, allow_unknown=True).attr("facts")}


@pytest.mark.parametrize("text, want", [
    # requests-15 optics-07: called impossible ("15 mm"; "30 cm" conflict)
    ("Good afternoon, I need a figure of a convergent lens with focal distance of 20 cm. The object has 15 mm of "
     "height and stays at 30 cm of the lens. Thank you very much.", {"f": 20, "ho": 1.5, "do": 30}),
    ("A converging lens of focal length 10 cm; an object of 2 cm of height is at 25 cm of the lens.",
     {"f": 10, "ho": 2, "do": 25}),
    ("Concave mirror with focal distance 15 cm, the object has 3 cm of size and is at 40 cm of the mirror.",
     {"f": 15, "ho": 3, "do": 40}),
    ("Diverging lens f = 12 cm. Object with 4 cm of height stays at 20 cm from the lens.",
     {"f": 12, "ho": 4, "do": 20}),
])
def test_height_with_of_is_a_height(text, want):
    got = _facts(text)
    for k, v in want.items():
        assert abs(got[k] - v) < 1e-9, got
    solve_optics(parse_optics(text, allow_unknown=True))      # possible: no UnsatisfiableError


@pytest.mark.parametrize("text, f, do, ho, di", [
    # requests-15 optics-02: "the text names no lens or mirror"
    ("Stamp collector here. My loupe is marked +10 dioptres. I hold it 8 cm above a detail of the stamp that is "
     "5 mm tall. What does the image look like? A ray diagram would be great.", 10, 8, 0.5, -40),
    ("A jeweller's loupe of +20 D is held 4 cm above a 2 mm gem. Draw the ray diagram.", 5, 4, 0.2, -20),
    ("My magnifying glass has a power of 5 dioptres; I hold it 15 cm over a 1 cm tall letter.", 20, 15, 1, -60),
    ("A hand lens of 8 D, object 10 cm away, 4 mm tall.", 12.5, 10, 0.4, -50),
])
def test_loupe_is_a_converging_lens_of_power(text, f, do, ho, di):
    s = parse_optics(text, allow_unknown=True)
    assert s.attr("element")["kind"] == "lens" and s.attr("element")["type"] == "converging"
    o = solve_optics(s)
    assert abs(o.f - f) < 1e-6 and abs(o.do - do) < 1e-6 and abs(o.ho - ho) < 1e-6 and abs(o.di - di) < 1e-6


def test_above_the_axis_is_a_height_not_a_distance():
    got = _facts("An object 2 cm above the axis, 30 cm from a converging lens with f = 10 cm")
    assert got["ho"] == 2 and got["do"] == 30


def test_generate_loupe(tmp_path):
    r = generate("Stamp collector here. My loupe is marked +10 dioptres. I hold it 8 cm above a detail of the "
                 "stamp that is 5 mm tall.", out_dir=tmp_path, controls=False, timeout_s=180)
    assert r.passed
    o = json.loads((tmp_path / "optics.json").read_text())
    assert o["f_cm"] == 10 and o["do_cm"] == 8 and o["di_cm"] == -40 and o["m"] == 5 and not o["real"]


def test_below_or_above_the_image_or_lens_stays_unread():
    # only the lens held over the thing it looks at is read; "2 cm below it" is no reading nesy makes
    for text, word in (("A converging lens f = 10 cm, object 30 cm away, the image 2 cm below it", "below"),
                       ("A converging lens f = 10 cm, object 30 cm away, the image 2 cm above the lens", "above")):
        from nesy.pipeline import parse
        assert word in [n.text for n in parse(text, allow_unknown=True).not_drawn]
