"""A chord of a circle (issue 9; requests-4 geometry-03 "a circle with centre O and radius 4 cm, and a chord AB
of length 6 cm. How far is the chord from O?" was refused): the chord's ends are two named points on the
circle, at d = √(r² − (c/2)²) from the centre (Euclid III.3, I.47); a chord longer than the diameter is
impossible (III.15), named by its phrases; an asked distance is marked and verified from the pixels."""
from __future__ import annotations

import math

import pytest

from nesy.domains import geometry as GM
from nesy.errors import UnsatisfiableError
from nesy.registry import get_domain
from nesy.render.svg import render_layout

D = get_domain("geometry")


@pytest.mark.parametrize("text,r,c,names", [
    ("A circle of radius 5 cm has a chord PQ = 8 cm.", 5, 8, "PQ"),
    ("circle centre O radius 13 mm, chord of length 24 mm", 13, 24, "AB"),
    ("Draw a 6 cm chord in a circle of radius 5 cm.", 5, 6, "AB"),
    ("In a circle with center C and diameter 10 cm, draw the chord XY of length 6 cm", 5, 6, "XY"),
    ("circle radius 4cm, chord MN 4 cm", 4, 4, "MN"),
    ("a chord 10 units long in a circle whose radius is 13 units", 13, 10, "AB"),
])
def test_a_chord_is_two_points_on_the_circle_at_its_distance(text: str, r: float, c: float, names: str) -> None:
    scene = D.parse(text)
    fg = GM.plane_figure(scene)
    assert [v[0] for v in fg.vertices] == list(names)
    assert fg.circle[2] == pytest.approx(r)
    for _, x, y in fg.vertices:
        assert math.hypot(x - fg.circle[0], y - fg.circle[1]) == pytest.approx(r)
    assert dict(fg.sides)[names] == pytest.approx(c)
    assert fg.chord_distance == pytest.approx(math.sqrt(r * r - c * c / 4))


@pytest.mark.parametrize("text", [
    "a circle of radius 3 cm with a chord AB 7 cm long",
    "circle with diameter 8 cm and a chord of length 9 cm",
])
def test_a_chord_longer_than_the_diameter_is_impossible(text: str) -> None:
    with pytest.raises(UnsatisfiableError) as e:
        GM.plane_figure(D.parse(text))
    assert "chord" in str(e.value)


@pytest.mark.parametrize("text,d", [
    ("Draw a circle with centre O and radius 4 cm, and a chord AB of length 6 cm. How far is the chord from O?",
     math.sqrt(7)),
    ("circle radius 5 cm, chord PQ = 8 cm; find the distance of the chord from the centre", 3.0),
])
def test_the_asked_distance_is_marked_and_verified(text: str, d: float) -> None:
    scene = D.parse(text)
    assert scene.unknown == () and scene.attr("asked_distance")
    layout = D.solve(scene)
    assert any(s.id == "chord_distance" for s in layout.shapes)
    v = D.verify(render_layout(layout, controls=False).png, scene)
    assert v.passed, [c for c in v.failed()]
    got = next(c for c in v.checks if c.law == "chord_distance")
    assert float(got.expected) == pytest.approx(d, rel=1e-3)
    assert any(c.law == "chord_ends_on_circle" and c.passed for c in v.checks)


def test_two_chords_are_refused_naming_the_second() -> None:
    from nesy.errors import UnsupportedError
    with pytest.raises(UnsupportedError, match="CD"):
        D.parse("a circle of radius 5 cm with chords AB = 6 cm and CD = 8 cm")


def test_radii_to_the_chords_ends_are_drawn_and_other_segments_reported() -> None:
    """requests-3 geometry-04: 'a chord AB of length 8 cm, and the radii OA and OB' must draw both radii (a
    chord drawn without them claimed a complete figure)."""
    scene = D.parse("Draw a circle with centre O and diameter 10 cm, a chord AB of length 8 cm, and the radii OA "
                    "and OB.")
    fg = GM.plane_figure(scene)
    assert dict(fg.sides) == {"AB": pytest.approx(8.0), "OA": pytest.approx(5.0), "OB": pytest.approx(5.0)}
    layout = D.solve(scene)
    assert {s.id for s in layout.shapes} >= {"radius_OA", "radius_OB"}
    v = D.verify(render_layout(layout, controls=False).png, scene)
    assert v.passed, [c for c in v.failed()]
    assert {c.args[0] for c in v.checks if c.law == "line_drawn"} >= {"radius_OA", "radius_OB"}
    other = D.parse("circle centre O radius 5 cm, chord AB = 6 cm, and the segments OA and AC", allow_unknown=True)
    assert "AC" in [u.text for u in other.unknown]
