"""nesy.geometry.v1: special triangles named by their angles ("30-60-90", "45-45-90", "30°-60°-90°",
"30/60/90") with one side → every side (Euclid I.32, I.18–19; law of sines), and "the short/long leg".
Several wordings; one figure is drawn and verified from its pixels."""
from __future__ import annotations

import math

import pytest

from nesy.domains.geometry import plane_figure
from nesy.errors import UnsatisfiableError
from nesy.registry import get_domain
from nesy.render.svg import render_layout

D = get_domain("geometry")
R3 = math.sqrt(3)


@pytest.mark.parametrize("text,sides", [
    ("a 30-60-90 triangle whose hypotenuse is 12 cm", (6.0, 6 * R3, 12.0)),
    ("a 30°-60°-90° triangle with the short leg 3 cm", (3.0, 3 * R3, 6.0)),
    ("a 30-60-90 triangle, long leg 6 cm", (6 / R3, 6.0, 12 / R3)),
    ("Draw a 45-45-90 triangle with legs of 4 cm.", (4.0, 4.0, 4 * math.sqrt(2))),
    ("construct a 30/60/90 right triangle, hypotenuse 8 cm", (4.0, 4 * R3, 8.0)),
    ("a 90-60-30 triangle with the shortest side 2 cm", (2.0, 2 * R3, 4.0)),
    ("a 30-30-120 triangle with the longest side 9 cm", (9 / R3, 9 / R3, 9.0)),
    ("sketch a 60-60-60 triangle with sides 4 cm", (4.0, 4.0, 4.0)),
])
def test_angle_triple_with_one_side_gives_every_side(text: str, sides: tuple) -> None:
    scene = D.parse(text, allow_unknown=True)
    assert not scene.unknown          # "short", "longest": read as which side
    f = plane_figure(scene)
    assert sorted(v for _k, v in f.sides) == pytest.approx(sorted(sides))
    # the angles ascend with the sides (Euclid I.18–19)
    ang = dict(f.angles)
    assert [ang[v] for v in sorted(ang, key=lambda v: ang[v])] == pytest.approx(sorted(ang.values()))


def test_angle_triple_that_is_no_triangle_is_impossible_naming_it() -> None:
    with pytest.raises(UnsatisfiableError) as ei:
        plane_figure(D.parse("a 30-60-80 triangle with a side of 5 cm"))
    assert "30-60-80" in [p["text"] for p in ei.value.to_dict()["phrases"]]


def test_angle_triple_triangle_is_drawn_and_verified() -> None:
    scene = D.parse("a 30-60-90 triangle whose hypotenuse is 10 cm")
    layout = D.solve(scene)
    assert D.verify(render_layout(layout, controls=False).png, scene).passed


@pytest.mark.parametrize("text, sides", [
    ("a triangle with sides 30 cm, 40 cm and 50 cm (a 30-40-50 one)", [30, 40, 50]),
    ("a right triangle with legs 3 cm and 4 cm (a 30-40-50 one)", [3, 4, 5]),
    ("sides of 60 mm, 80 mm and 100 mm: the 30-40-50 triangle", [60, 80, 100]),
])
def test_a_triple_that_could_be_angles_restates_the_stated_sides(text, sides):
    """A triple of multiples of 5 that is not 180° in all is read as the sides' ratio where the text states
    lengths in that ratio (it had called the stated sides an impossible triangle of angles)."""
    from nesy.domains.geometry_special import angle_triples, ratio_triples
    assert not angle_triples(text)
    assert [sorted(n) for _, _, n in ratio_triples(text)] == [[30.0, 40.0, 50.0]]
    f = plane_figure(D.parse(text, allow_unknown=True))
    assert sorted(v for _k, v in f.sides) == pytest.approx(sorted(sides))
