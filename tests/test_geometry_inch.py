""""in" after a number is the inch where the word after it is one no preposition "in" takes: "a circle of radius
1½ in with a square inscribed in it" (requests-24 geometry-06: the inch was read as the preposition, the radius
drawn as 1.5 of no unit and the figure verified, exit 0). "3 in the plane" keeps its preposition."""
from __future__ import annotations

import pytest

from nesy.pipeline import parse


def _given(text: str) -> list[tuple[str, str]]:
    sg = parse(text, domain="geometry", allow_unknown=True)
    return [(g["text"], g["unit"]) for g in sg.attr("given")]


@pytest.mark.parametrize("text, want", [
    ("A circle of radius 1½ in with a square inscribed in it.", [("1½ in", "in")]),
    ("A segment 2.5 in long.", [("2.5 in", "in")]),
    ("A square of side 2 in, with its diagonals drawn.", [("2 in", "in")]),
])
def test_inch_before_a_word(text, want):
    assert _given(text) == want


def test_in_the_plane_is_a_preposition():
    assert [u for _, u in _given("A triangle with sides 3, 4 and 5 cm in the plane")] == ["cm", "cm", "cm"]
