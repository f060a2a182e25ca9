"""Geometry as textbook word problems write it (issue 9): lengths in any unit the shared quantity reader knows
("4 miles", "12 ft", "a 2 km side"), circles given by their equations (centre and radius by completing the
square, several circles in one figure), and a rectangle given by the four lines that bound it ("x = -5" is a
position, not a negative length). Values asserted on figure.json and the verdict, what is drawn."""
from __future__ import annotations

import json

import pytest

from nesy.errors import InputError
from nesy.pipeline import generate


def _fig(tmp_path, text, complete=True):
    res = generate(text, out_dir=tmp_path, controls=False, raise_on_fail=False)
    assert res.verdict.passed, res.verdict
    assert res.complete is complete, [n.text for n in res.not_drawn]
    return json.loads((tmp_path / "figure.json").read_text()), res


# --- lengths in feet, yards, miles, kilometres: read, labelled as written, scaled to the drawing

@pytest.mark.parametrize("text, sides, label", [
    ("A right triangle ABC with legs AB = 6 ft and BC = 8 ft.", {"AB": 6, "BC": 8, "CA": 10}, "6 ft"),
    ("Draw a square with sides of 2 miles.", {"AB": 2, "BC": 2}, "2 miles"),
    ("A triangle with sides 5, 12 and 13 yards.", None, "13 yards"),
])
def test_lengths_in_other_units_are_read_and_labelled_as_written(tmp_path, text, sides, label):
    fig, res = _fig(tmp_path, text)
    if sides is None:         # unnamed sides: the three lengths, whichever side each is drawn as
        assert sorted(fig["sides"].values()) == pytest.approx([5, 12, 13])
        sides = {}
    for s, v in sides.items():
        got = fig["sides"].get(s, fig["sides"].get(s[::-1]))
        assert got == pytest.approx(v, rel=1e-6), (s, fig["sides"])
    assert label in [lb.text for lb in res.layout.labels]


def test_mixed_length_units_are_scaled_to_one_drawing(tmp_path):
    fig, _ = _fig(tmp_path, "Triangle PQR with PQ = 1 km, QR = 600 m and RP = 800 m.")
    assert fig["unit"] == "km"
    assert fig["sides"]["QR"] == pytest.approx(0.6)
    assert fig["sides"]["RP"] == pytest.approx(0.8)
    assert fig["angles_deg"]["R"] == pytest.approx(90)


# --- circles given by equations

@pytest.mark.parametrize("text, centre, r", [
    ("Draw the circle x^2 + y^2 - 6x + 4y - 12 = 0.", (3, -2), 5),
    ("Sketch the circle (x - 1)^2 + (y + 2)^2 = 9.", (1, -2), 3),
    ("Graph the circle 2x^2 + 2y^2 = 50.", (0, 0), 5),
])
def test_circle_equation_gives_centre_and_radius(tmp_path, text, centre, r):
    fig, _ = _fig(tmp_path, text)
    assert fig["kind"] == "circle"
    assert fig["circle"] == pytest.approx([centre[0], centre[1], r])


def test_several_circles_from_their_equations_are_all_drawn(tmp_path):
    fig, res = _fig(tmp_path, "Sketch the circles x^2 + y^2 = 25 and x^2 - 4x + y^2 = 0.")
    assert fig["circles"] == [pytest.approx([0, 0, 5]), pytest.approx([2, 0, 2])]
    assert any(e.id == "circle_2" and e.kind == "circle" for e in res.scene.entities)
    laws = {(c.law, tuple(c.args)) for c in res.verdict.checks if c.passed}
    assert ("circle_radius", ("circle_2", "units")) in laws and ("circle_centres", ("circle_2", "units")) in laws


def test_an_equation_with_no_points_is_refused_by_name():
    with pytest.raises(InputError, match=r"x\^2 \+ y\^2 \+ 9 = 0"):
        generate("Draw the circle x^2 + y^2 + 9 = 0.", controls=False)


# --- a rectangle bounded by lines x = a, y = b

def test_lines_bound_a_rectangle_at_their_corners(tmp_path):
    fig, _ = _fig(tmp_path, "Draw the region bounded by the lines x = 1, x = 4, y = -2 and y = 5.")
    assert fig["kind"] == "rectangle"
    assert {k: tuple(v) for k, v in fig["vertices"].items()} == {"A": (1, -2), "B": (4, -2), "C": (4, 5), "D": (1, 5)}


def test_negative_coordinates_are_positions_and_unread_curves_are_listed(tmp_path):
    fig, res = _fig(tmp_path, "R is a square bounded by the lines x = -3, x = 3, y = 0 and y = -6, with a semicircle "
                              "y = √(9 - x^2) on top.", complete=False)
    assert fig["kind"] == "square"
    assert sorted(tuple(v) for v in fig["vertices"].values()) == [(-3, -6), (-3, 0), (3, -6), (3, 0)]
    assert any("9 - x^2" in n.text for n in res.not_drawn)


def test_lines_that_bound_no_square_are_refused_as_a_square():
    with pytest.raises(InputError, match="rectangle, not the square"):
        generate("A square bounded by the lines x = 0, x = 6, y = 0 and y = 2.", controls=False)
