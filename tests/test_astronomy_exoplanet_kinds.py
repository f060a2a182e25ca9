"""Kinds of exoplanet named after a Solar System planet ("a hot Jupiter", "two super-Earths", "a mini-Neptune",
"an Earth-sized planet") describe a planet of another system: each is one generic planet, never Jupiter,
Earth or Neptune themselves (they were drawn as the Solar System planet with its reference orbit)."""
from __future__ import annotations

import pytest

from nesy.pipeline import parse


def _planets(text: str) -> list[tuple[str, float | None]]:
    s = parse(text, allow_unknown=True)
    a = {b["id"]: b.get("a") for b in (dict(x) for x in dict(s.attributes)["bodies"])}
    return [(e.id, a.get(e.id)) for e in s.entities if e.kind == "planet"]


@pytest.mark.parametrize("text,want", [
    ("A star with a warm Neptune at 0.3 AU.", [("planet1", 0.3)]),
    ("Show a red dwarf and its super-Earth, 0.06 AU from the star.", [("planet1", 0.06)]),
    ("two mini-Neptunes orbiting a star at 0.1 and 0.25 AU", [("planet1", 0.1), ("planet2", 0.25)]),
    ("A hot Jupiter at 0.05 AU and an Earth-sized planet at 0.9 AU around a K dwarf.",
     [("planet1", 0.05), ("planet2", 0.9)]),
])
def test_an_exoplanet_kind_is_a_generic_planet(text, want) -> None:
    assert _planets(text) == want


def test_the_solar_system_planet_is_still_itself() -> None:
    assert [p for p, _ in _planets("Jupiter and Neptune around the Sun.")] == ["jupiter", "neptune"]
