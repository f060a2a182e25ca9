"""The order of two bodies said of one of them without "than" (issue 9, requests-7 astronomy-08: "Phobos is the
inner one and Deimos is more far away" was refused as an ordinal over planets): "X is the inner/outer one",
"X lies farther out", "X is closer in" order X against the one other body of its kind about the same centre;
with more than two such bodies it is refused naming the phrase. "planet Mars", "the moon Titan" name the body
after them (they drew a second, generic planet beside Mars, verified)."""
from __future__ import annotations

import pytest

from nesy.errors import InputError, UnsatisfiableError
from nesy.pipeline import generate, parse


def _closer(text: str) -> set[tuple[str, str]]:
    s = parse(text, allow_unknown=True)
    return {(r.source, r.target) for r in s.relations if r.kind == "closer"}


@pytest.mark.parametrize("text,pair", [
    ("Jupiter with two of its moons, Io and Callisto; Callisto lies farther out.", ("io", "callisto")),
    ("Saturn and the moons Titan and Rhea, where Rhea orbits closer in.", ("rhea", "titan")),
    ("The Sun with Venus and Mars. Venus is the inner one.", ("venus", "mars")),
    ("Show Neptune and Uranus around the Sun, Neptune is the outer planet.", ("uranus", "neptune")),
    ("Mars with its moons Deimos and Phobos: Deimos is further away from Mars.", ("phobos", "deimos")),
])
def test_the_pair_is_ordered(text, pair) -> None:
    assert pair in _closer(text)


def test_three_bodies_are_not_guessed() -> None:
    with pytest.raises(InputError, match="is the inner one"):
        parse("Jupiter with Io, Europa and Ganymede; Europa is the inner one.", allow_unknown=True)


def test_a_stated_order_against_the_data_is_impossible() -> None:
    with pytest.raises(UnsatisfiableError):
        generate("Draw Mars with its two moons Phobos and Deimos; Deimos is the inner one.")


@pytest.mark.parametrize("text,want", [
    ("Draw planet Mars with its two moons, Phobos and Deimos.", ["mars", "phobos", "deimos"]),
    ("the planet Venus and the planet Mars around the Sun", ["star", "venus", "mars"]),
    ("The Saturn system: the moon Titan and the moon Rhea.", ["saturn", "titan", "rhea"]),
])
def test_a_common_noun_before_a_name_is_that_body(text, want) -> None:
    assert [e.id for e in parse(text, allow_unknown=True).entities] == want
