"""A run of planets named by its ends, less the ones excepted after it, and "the other planet" of two named
(nesy/domains/astronomy_ranges.py): "Sun and every planet out to Mars but Venus" drew the Sun, Mars and Venus
(exit 0, verified); "Earth at 1 AU, the other planet at 5.2 AU" drew a third, unnamed planet (requests-32
astronomy-01, -07 as development data). The sentences here are new ones of the same forms."""
from __future__ import annotations

import pytest

from nesy.errors import InputError
from nesy.pipeline import parse


def _bodies(text: str) -> list[str]:
    s = parse(text, allow_unknown=True)
    return [e.name or e.id for e in s.entities]


@pytest.mark.parametrize("text,want", [
    ("The Sun and every planet out to Jupiter except Earth.", ["Sun", "Mercury", "Venus", "Mars", "Jupiter"]),
    ("Draw the Sun with all the planets from Mars to Uranus, but not Saturn.", ["Sun", "Mars", "Jupiter", "Uranus"]),
    ("The Sun and the giant planets Saturn through Neptune.", ["Sun", "Saturn", "Uranus", "Neptune"]),
    ("Sun, and the planets up to Earth.", ["Sun", "Mercury", "Venus", "Earth"]),
])
def test_a_run_of_planets_less_its_exceptions(text, want):
    assert _bodies(text) == want


def test_an_exception_outside_the_run_is_refused():
    with pytest.raises(InputError, match="Saturn"):
        parse("The Sun and every planet out to Mars except Saturn.", allow_unknown=True)


def test_a_distance_between_two_planets_is_no_run():
    from nesy.domains.astronomy_ranges import planet_ranges
    assert planet_ranges("The Sun, Earth at 1 AU and Mars at 1.52 AU; from Earth to Mars is 0.52 AU.") == []


@pytest.mark.parametrize("text,left_out", [
    # a denial after a group is the group's exception: it was blanked as "a thing named only in a denial", and the
    # whole group drawn (nesy/parse/documents.py, ``_denials``)
    ("Draw the Sun with all the planets, but not Uranus.", "Uranus"),
    ("The gas giants but not Jupiter, around the Sun.", "Jupiter"),
])
def test_a_denial_after_a_group_leaves_its_member_out(text, left_out):
    got = _bodies(text)
    assert left_out not in got and len(got) > 1


def test_the_other_planet_of_two_named():
    assert _bodies("Just the Sun, Venus and Saturn. Venus at 0.72 AU and the other planet at 9.58 AU.") == \
        ["Sun", "Venus", "Saturn"]


def test_the_other_moon_of_two_named():
    assert _bodies("Jupiter with two moons, Io and Europa. Io is the inner one; the other moon lies farther out.") == \
        ["Jupiter", "Io", "Europa"]


def test_no_other_planets_or_moons_keeps_the_ones_named():
    # (requests-32 astronomy-03 as development data: "no other planets or moons" was read as "no moons" of Earth, and
    # the Moon refused as impossible)
    assert _bodies("Earth and the Moon only. No Sun, and no other planets or moons.") == ["Earth", "Moon"]
