"""A perimeter or an area is no side (requests-dev geometry-07 "An equilateral triangle has a perimeter of 18 cm"
drew sides of 18 cm, geometry-13 "a square whose area is 49 cm²" sides of 49, both verified): an equal-sided
figure's side is P / n, a square's √A; where they do not fix the sides the phrase is refused, named."""
from __future__ import annotations

import pytest

from nesy.domains import geometry as GM
from nesy.errors import UnsupportedError
from nesy.registry import get_domain
from nesy.render.svg import render_layout

D = get_domain("geometry")


@pytest.mark.parametrize("text,n,side,unit", [
    ("equilateral triangle, perimeter = 27 mm", 3, 9.0, "mm"),
    ("Draw a square with a perimeter of 20 cm", 4, 5.0, "cm"),
    ("regular hexagon with perimeter 30 cm", 6, 5.0, "cm"),
    ("a square whose area is 49 cm²", 4, 7.0, "cm"),
    ("Draw a square of area 2 cm^2.", 4, 2 ** 0.5, "cm"),
    ("the perimeter of a regular pentagon is 25 cm; draw it", 5, 5.0, "cm"),
])
def test_perimeter_and_area_give_the_side(text: str, n: int, side: float, unit: str) -> None:
    fg = GM.plane_figure(D.parse(text))
    assert len(fg.vertices) == n and fg.unit == unit
    for _, L in fg.sides:
        assert L == pytest.approx(side, rel=1e-6)


def test_derived_side_is_drawn_labelled_and_verified() -> None:
    scene = D.parse("An equilateral triangle has a perimeter of 18 cm.")
    layout = D.solve(scene)
    assert any(lb.text == "6 cm" for lb in layout.labels)
    assert not any("18" in lb.text for lb in layout.labels)
    v = D.verify(render_layout(layout, controls=False).png, scene)
    assert v.passed, [c for c in v.failed()]


@pytest.mark.parametrize("text,phrase", [
    ("a rectangle with perimeter 20 cm", "perimeter 20 cm"),
    ("a triangle with area 12 cm²", "area 12 cm²"),
    ("a scalene triangle whose perimeter is 12 cm", "perimeter is 12 cm"),
])
def test_a_perimeter_or_area_that_does_not_fix_the_sides_is_refused_naming_it(text: str, phrase: str) -> None:
    with pytest.raises(UnsupportedError, match=phrase):
        D.parse(text)
