"""Geometry lengths that are not sides (issue 9, requests-19): a diagonal, an altitude or a hypotenuse said "of" a
named figure ("the diagonal AC of square ABCD is …") governs its value across the figure word; a length of a line
nesy does not draw (a median, a bisector) is listed as not drawn, never put on a side; the right triangle of a word
problem (a ladder against a wall, a kite's string, an angle of elevation) is geometry when no mass or force is
named, drawn with its legs, hypotenuse and angle where the words put them. Values asserted on figure.json, the
verdict and the not-drawn list."""
from __future__ import annotations

import json
import math

import pytest

from nesy.errors import UnsupportedError
from nesy.pipeline import generate
from nesy.registry import detect_domain


def _fig(tmp_path, text, complete=True):
    res = generate(text, out_dir=tmp_path, controls=False, raise_on_fail=False)
    assert res.verdict.passed, res.verdict
    assert res.complete is complete, [n.text for n in res.not_drawn]
    return json.loads((tmp_path / "figure.json").read_text()), res


def _side(fig, s):
    return fig["sides"].get(s, fig["sides"].get(s[::-1]))


# --- a measure said of a named figure: the role word governs across the figure word

@pytest.mark.parametrize("text, side", [
    ("The diagonal PR of square PQRS is 6√2 cm.", 6),
    ("The diagonal of square WXYZ is 12 cm.", 12 / math.sqrt(2)),
    ("The diagonal BD of square ABCD measures 9 cm.", 9 / math.sqrt(2)),
    ("The length of diagonal AC of square ABCD is 7 cm.", 7 / math.sqrt(2)),
])
def test_a_squares_diagonal_fixes_its_side_as_d_over_root_2(tmp_path, text, side):
    fig, _ = _fig(tmp_path, text)
    assert fig["kind"] == "square"
    for s in fig["sides"].values():
        assert s == pytest.approx(side, rel=1e-6)


def test_a_rectangles_diagonal_and_one_side_give_the_other_by_pythagoras(tmp_path):
    fig, _ = _fig(tmp_path, "The diagonal of rectangle KLMN is 17 cm and KL = 8 cm.")
    assert _side(fig, "KL") == pytest.approx(8)
    assert _side(fig, "LM") == pytest.approx(15)


def test_an_altitude_of_a_named_triangle_is_a_height_not_a_side(tmp_path):
    fig, res = _fig(tmp_path, "The altitude of isosceles triangle ABC from A is 4 cm and BC = 6 cm.")
    given = {(g["role"], g["target"]) for g in res.scene.attr("given")}
    assert ("height", "A") in given and ("side", None) not in given
    assert sorted(fig["sides"].values()) == pytest.approx([5, 5, 6])


def test_a_diagonal_named_by_adjacent_corners_is_refused_by_name():
    with pytest.raises(UnsupportedError, match=r"diagonal BC of square ABCD is 5 cm.*BC joins adjacent corners"):
        generate("The diagonal BC of square ABCD is 5 cm.", controls=False)


# --- a length of a line nesy does not draw is left out, never a side's

@pytest.mark.parametrize("text, left", [
    ("In triangle ABC, AB = 5 cm, AC = 6 cm, BC = 7 cm and the median from A is 4 cm.", "median"),
    ("Triangle PQR has PQ = 5 cm, PR = 6 cm, angle P = 50° and the bisector from P is 4 cm long.", "bisector"),
])
def test_a_length_of_an_undrawn_line_is_listed_not_drawn(tmp_path, text, left):
    fig, res = _fig(tmp_path, text, complete=False)
    said = [n.text for n in res.not_drawn]
    assert any(left in t for t in said) and any("4 cm" in t for t in said), said
    for s in fig["sides"].values():
        assert s != pytest.approx(4)


# --- right triangles of word problems

@pytest.mark.parametrize("text", [
    "A 6 m ladder leans against a wall, reaching 5 m up the wall. How far is its foot from the wall?",
    "A kite flies on a 60 m string at 35° to the horizontal. How high is the kite?",
    "From a point 4 miles from the base of a tower, the angle of elevation of the top is 12°. How tall is the tower?",
    "A 17 ft ladder PR rests against a house; its foot P stands 8 ft from the base of the house Q.",
])
def test_a_right_triangle_word_problem_is_geometry(text):
    assert detect_domain(text).key == "geometry"


@pytest.mark.parametrize("text", [
    "A 10 kg ladder 5 m long leans against a frictionless wall at 60° to the floor. Find the forces on it.",
    "A uniform ladder of mass 20 kg rests against a smooth wall; the coefficient of friction with the floor is 0.4.",
])
def test_a_ladder_with_masses_or_forces_stays_mechanics(text):
    assert detect_domain(text).key == "mechanics"


def test_a_ladder_with_named_corners_is_drawn_as_the_text_names_them(tmp_path):
    fig, _ = _fig(tmp_path, "A 17 ft ladder PR rests against a house; its foot P stands 8 ft from the base of the "
                            "house Q. How far up the house does it reach?")
    assert _side(fig, "PR") == pytest.approx(17)
    assert _side(fig, "PQ") == pytest.approx(8)
    assert _side(fig, "QR") == pytest.approx(15)
    assert fig["angles_deg"]["Q"] == pytest.approx(90)


def test_a_ladder_reaching_up_a_wall_puts_the_height_on_the_upright_leg(tmp_path):
    fig, _ = _fig(tmp_path, "A 10 m ladder leans against a wall and reaches 8 m up the wall. How far is its foot "
                            "from the wall?")
    assert sorted(fig["sides"].values()) == pytest.approx([6, 8, 10])
    assert sorted(fig["angles_deg"].values())[-1] == pytest.approx(90)


def test_an_angle_of_elevation_is_at_the_observer_with_the_distance_on_the_ground(tmp_path):
    fig, _ = _fig(tmp_path, "From a point 30 m from the foot of a tree, the angle of elevation of its top is 40°. "
                            "How tall is the tree?")
    ang = fig["angles_deg"]
    assert sorted(ang.values()) == pytest.approx([40, 50, 90])
    at40 = next(v for v, a in ang.items() if a == pytest.approx(40))
    at90 = next(v for v, a in ang.items() if a == pytest.approx(90))
    assert _side(fig, at40 + at90) == pytest.approx(30)


def test_a_kite_string_is_the_hypotenuse_and_no_quadrilateral(tmp_path):
    fig, _ = _fig(tmp_path, "A kite string is 50 m long and makes an angle of 40° with the ground. How high is "
                            "the kite?")
    assert fig["kind"] == "triangle"
    assert max(fig["sides"].values()) == pytest.approx(50)
    assert sorted(fig["angles_deg"].values()) == pytest.approx([40, 50, 90])
