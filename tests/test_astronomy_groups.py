"""'all eight planets', 'all the planets', 'all of the outer planets' around the Sun are the Solar System's named
planets (IAU 2006 Resolution B5), never unnamed 'planet 1 … planet 8' at invented distances (requests-dev
astronomy-01 drew eight unnamed planets and verified them)."""
from __future__ import annotations

import pytest

from nesy.errors import InputError
from nesy.registry import get_domain

D = get_domain("astronomy")
EIGHT = ["Mercury", "Venus", "Earth", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune"]


@pytest.mark.parametrize("text,names", [
    ("Solar system overview: the Sun in the middle and all eight planets on their orbits.", EIGHT),
    ("Draw the Sun with all the planets", EIGHT),
    ("all 8 planets around the sun", EIGHT),
    ("the sun and all of the outer planets", EIGHT[4:]),
    ("Sun plus all the inner planets", EIGHT[:4]),
])
def test_all_the_planets_are_the_named_planets(text: str, names: list[str]) -> None:
    scene = D.parse(text, allow_unknown=True)
    assert [e.name for e in scene.entities if e.kind == "planet"] == names


def test_a_wrong_count_of_all_the_planets_is_refused_naming_it() -> None:
    with pytest.raises(InputError, match="all seven planets"):
        D.parse("the Sun with all seven planets")


@pytest.mark.parametrize("text", [
    "Please make picture of the solar system with all 8 planet around the Sun in the correct order.",
    "draw all eight planet orbiting the Sun",
])
def test_all_n_planet_singular_is_the_whole_group(text):
    """requests-6 astronomy-10 (after its one run): a learner's "all 8 planet" drew eight unnamed planets
    planet1…planet8 and verified; it is the Sun's eight planets by name."""
    from nesy.pipeline import parse
    s = parse(text)
    assert sorted(e.name for e in s.entities if e.kind == "planet") == sorted(EIGHT)
