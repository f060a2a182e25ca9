"""requests-11 geometry failures, own phrasings: a side named by its letters inside its phrase ("the side AB between
them is 8 cm", "AB, the side joining them, = 5 cm", "AB measures exactly 8 cm") or as the included side of two stated
angles; a unit whose number was not read is refused, never a default figure drawn; a rectangle's other side from its
area or perimeter and one side; bare numbers of a quoted question that the text then states with units."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from nesy.domains import geometry as GM
from nesy.errors import NesyError
from nesy.registry import get_domain

D = get_domain("geometry")


def _sides(text: str) -> dict[str, float]:
    return dict(GM.plane_figure(D.parse(text, allow_unknown=True)).sides)


def _side(sides: dict[str, float], lab: str) -> float:
    return sides.get(lab, sides.get(lab[::-1]))


# --- a side named in its phrase -------------------------------------------------------------------------

@pytest.mark.parametrize("text,lab,val", [
    ("Triangle ABC: angle A = 40°, angle B = 70°, and side AB (between them) is 6 cm.", "AB", 6),
    ("In triangle PQR the angle at P is 50° and the angle at Q is 60°; side PQ, the included side, measures 7 cm.",
     "PQ", 7),
    ("Triangle ABC has angle A = 45° and angle B = 60°. AB, the side joining them, = 5 cm.", "AB", 5),
    ("Triangle ABC has angle A = 45° and angle B = 60°, and the side between them is 5 cm.", "AB", 5),
    ("Triangle ABC with angle A = 45°, angle B = 60°; AB measures exactly 8 cm.", "AB", 8),
    ("Triangle ABC with angle A = 45°, angle B = 60°; AB has a length of 8 cm.", "AB", 8),
    ("Triangle ABC with angle A = 45°, angle B = 60° and AB, which is 8 cm long.", "AB", 8),
    ("Triangle XYZ: angle Y is 30°, angle Z is 100°, and the side YZ between them is 4 cm.", "YZ", 4),
])
def test_the_letters_in_a_side_phrase_name_the_side(text, lab, val):
    s = _sides(text)
    assert _side(s, lab) == pytest.approx(val, rel=1e-9)


@pytest.mark.parametrize("text", [
    "Triangle ABC with angle A = 45°, angle B = 60°; AB and BC are 8 cm.",              # two sides, one value
    "Triangle ABC with angle A = 45°, angle B = 60°; side BC, the one between them, is 8 cm.",   # BC is not between
])
def test_a_side_phrase_naming_two_sides_is_refused(text):
    with pytest.raises(NesyError):
        D.parse(text, allow_unknown=True)


def test_a_side_without_letters_stays_any_side():
    # negative: "a side of 5 cm" names no side; one side is 5 cm, no letters are invented for it
    sc = D.parse("Triangle ABC has angle A = 45° and angle B = 60°, and a side of 5 cm.", allow_unknown=True)
    g = [x for x in sc.attr("given") if x["role"] == "side"]
    assert len(g) == 1 and g[0]["target"] is None


def test_cli_included_side_is_drawn_at_its_length(tmp_path):
    text = "In triangle KLM, angle K is 50°, angle L is 40° and the side KL between them is 10 cm. Construct it."
    r = subprocess.run([sys.executable, "-m", "nesy", "generate", text, "-o", str(tmp_path), "--timeout", "120"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode in (0, 7), r.stderr
    fig = json.loads((tmp_path / "figure.json").read_text())
    assert _side(fig["sides"], "KL") == pytest.approx(10, rel=1e-6)


# --- a unit whose number was not read --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A square whose area is a few square centimetres.",
    "A square with sides of several centimetres.",
    "A circle whose radius is half a dozen-odd millimetres, roughly twenty-ish mm.",
])
def test_a_unit_without_a_read_number_is_refused(text):
    with pytest.raises(NesyError, match="could not read"):
        D.parse(text, allow_unknown=True)


@pytest.mark.parametrize("text,side", [
    ("A square whose area is 49 cm².", 7),
    ("Draw a square of area 36 cm².", 6),
    ("A square with side 4 cm, drawn in cm.", 4),          # negative: "in cm" states no measure
])
def test_a_square_by_its_area(text, side):
    s = _sides(text)
    assert set(round(v, 9) for v in s.values()) == {side}


# --- a rectangle by its area or perimeter and one side ---------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("A rectangle with area 24 cm² and one side 4 cm.", [4, 6]),
    ("Rectangle ABCD has AB = 8 cm and an area of 20 cm².", {"AB": 8, "BC": 2.5}),
    ("A rectangle whose area is 30 cm² and whose height is 2.5 cm.", [2.5, 12]),
    ("A rectangle with perimeter 20 cm and one side 6 cm.", [4, 6]),
    ("Rectangle ABCD: BC = 4 cm, area 18 cm².", {"BC": 4, "CD": 4.5}),
])
def test_a_rectangle_by_its_area_and_a_side(text, want):
    s = _sides(text)
    if isinstance(want, dict):
        for k, v in want.items():
            assert _side(s, k) == pytest.approx(v, rel=1e-9)
    else:
        assert sorted(set(round(v, 9) for v in s.values())) == want


@pytest.mark.parametrize("text", [
    "A rectangle with area 24 cm².",                               # negative: an area alone fixes no rectangle
    "A rectangle with perimeter 10 cm and one side 6 cm.",         # no rectangle has them
])
def test_a_rectangle_area_alone_is_refused(text):
    with pytest.raises(NesyError):
        D.parse(text, allow_unknown=True)


# --- a quoted question restated with units ---------------------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("My teacher asked \"can a triangle have sides 3, 4 and 5?\" so: draw triangle ABC with AB = 3 cm, BC = 4 cm "
     "and CA = 5 cm.", {"AB": 3, "BC": 4, "CA": 5}),
    ("Forum post: “Is the 6 and 8 triangle right-angled?” Draw triangle PQR, right angle at Q, PQ = 6 cm, "
     "QR = 8 cm.", {"PQ": 6, "QR": 8, "RP": 10}),
    ("Quiz: 'is a triangle with legs 9 and 12 right-angled?' Triangle ABC, right angle at C, AC = 9 cm, BC = 12 cm.",
     {"AC": 9, "BC": 12, "AB": 15}),
])
def test_numbers_of_a_quoted_question_said_again_with_units(text, want):
    s = _sides(text)
    for k, v in want.items():
        assert _side(s, k) == pytest.approx(v, rel=1e-9)


@pytest.mark.parametrize("text", [
    "Quiz: 'a triangle with legs 5 and 13' - draw triangle ABC with right angle at C, AC = 5 cm, BC = 12 cm.",
    "Triangle ABC with legs 5 and 12, right angle at C, AC = 5 cm, BC = 12 cm.",      # not quoted
])
def test_bare_numbers_that_are_not_said_again_are_refused(text):
    with pytest.raises(NesyError, match="without a unit"):
        D.parse(text, allow_unknown=True)
