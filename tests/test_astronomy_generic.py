"""Mentions that name no new body (issue 9): a moon group that only describes the moons named beside it
("just Io and Callisto, the innermost and outermost Galilean moons" drew all four, verified), an indefinite
body announced before it is introduced ("… how stretched a comet orbit is … Take a comet with perihelion …"
drew two comets), a comparison's yardstick ("compared with a planet" drew a planet), a named dwarf planet
("the dwarf planet Ceres" drew an unnamed planet), and "X has no moons" (refused as a count of none)."""
from __future__ import annotations

import pytest

from nesy.errors import NesyError, UnsatisfiableError
from nesy.pipeline import parse


def _bodies(text: str) -> list[str]:
    return [e.id for e in parse(text, strict=False).entities if e.id != "star"]


@pytest.mark.parametrize("text,moons", [
    ("Jupiter with only Europa and Ganymede (both Galilean moons) around the Sun", {"europa", "ganymede"}),
    ("Sun, Jupiter and two Galilean moons, Io and Europa", {"io", "europa"}),
    ("the Sun and jupiter and its 2 galilean moons europa and callisto", {"europa", "callisto"}),
    ("Draw the Sun with Jupiter, plus just Ganymede and Callisto, the outermost Galilean moons.",
     {"ganymede", "callisto"}),
])
def test_a_group_describing_named_moons_adds_none(text: str, moons: set[str]) -> None:
    got = set(_bodies(text)) - {"jupiter"}
    assert got == moons


@pytest.mark.parametrize("text", [
    "the Sun, Jupiter and its Galilean moons",
    "the Sun, Jupiter and the Galilean moons; label Io.",
    "Sun, Jupiter with the four Galilean moons Io, Europa, Ganymede and Callisto",
])
def test_the_whole_group_is_still_all_four(text: str) -> None:
    assert {"io", "europa", "ganymede", "callisto"} <= set(_bodies(text))


@pytest.mark.parametrize("text,kind", [
    ("I want to show a comet to my class. Draw a comet with perihelion 1 AU and aphelion 10 AU around the Sun.",
     "comet"),
    ("We need a planet in this figure. A planet at 2 AU around a yellow star, please.", "planet"),
    ("My students should see how eccentric a comet can be! Sketch a comet around the Sun: perihelion 0.6 AU, aphelion 8 AU.",
     "comet"),
])
def test_an_announced_body_is_the_one_introduced_later(text: str, kind: str) -> None:
    assert [b for b in _bodies(text) if b.startswith(kind)] == [f"{kind}1"]


def test_two_bodies_in_one_sentence_stay_two() -> None:
    assert _bodies("a planet at 1 AU and a planet at 2 AU around a star") == ["planet1", "planet2"]
    assert _bodies("A star with a planet. A second planet at 2 AU.") == ["planet1", "planet2"]


@pytest.mark.parametrize("text", [
    "A comet's orbit is far more eccentric than a planet's: draw a comet with perihelion 0.6 AU and aphelion 8 AU.",
    "Show a comet with perihelion 0.5 AU and aphelion 5 AU, compared with a planet.",
    "draw a comet (perihelion 1 AU and aphelion 9 AU), unlike a planet",
])
def test_a_comparison_yardstick_is_not_drawn(text: str) -> None:
    s = parse(text, strict=False)
    assert [e.kind for e in s.entities if e.id != "star"] == ["comet"]
    assert any("planet" in u.text for u in s.unknown)


@pytest.mark.parametrize("text", [
    "Show where the dwarf planet Ceres (2.77 AU) orbits, between Mars and Jupiter.",
    "ceres and the earth around the sun",
])
def test_ceres_is_a_named_body(text: str) -> None:
    assert "ceres" in _bodies(text) and not any(b.startswith("planet") for b in _bodies(text))


@pytest.mark.parametrize("text,present", [
    ("Venus have no moon. Please draw Venus and the Earth around the Sun, and the Moon around the Earth.",
     ["venus", "earth", "moon"]),
    ("Mercury and Venus have no moons; Earth has the Moon. Draw them around the Sun.",
     ["mercury", "venus", "earth", "moon"]),
    ("Draw Mars around the Sun; it has zero moons in this sketch", ["mars"]),
])
def test_no_moons_is_a_fact_not_a_count(text: str, present: list[str]) -> None:
    assert _bodies(text) == present


def test_no_moons_against_a_moon_is_impossible() -> None:
    with pytest.raises(UnsatisfiableError):
        parse("Earth has no moon. Draw the Sun, Earth and the Moon.", strict=False)

