"""A moon's stated distance from its planet in a Sun-centred figure (requests-8 astronomy-09): "Saturn orbits the
Sun at 9.5 AU and Titan orbits Saturn at about 1.22 million km" drew Titan but dropped its distance (orbits.json
had no entry for it). The distance is kept as the moon's a about its planet, written in orbits.json (AU and km,
``scale: schematic``: its ring is not on the planets' scale) and beside the moon's name, and the caption says the
moon orbits are enlarged, not to scale. A named moon's value is checked against JPL's mean elements (5 %)."""
from __future__ import annotations

import json

import pytest

from nesy.domains.astronomy_draw import moon_km_text, note_text
from nesy.errors import UnsatisfiableError
from nesy.pipeline import parse
from nesy.registry import get_domain

AU_KM = 149_597_870.7   # IAU 2012 Resolution B2


def _moons(text: str) -> dict[str, tuple[str, float]]:
    s = parse(text, allow_unknown=True)
    return {b["id"]: (b["parent"], b["a"] * AU_KM) for b in s.attr("bodies") if b["kind"] == "moon" and b["a"]}


@pytest.mark.parametrize("text,moon,planet,km", [
    ("Saturn orbits the Sun at 9.5 AU and Titan orbits Saturn at about 1.22 million km.", "titan", "saturn",
     1.22e6),
    ("The Earth orbits the Sun at 1 AU and the Moon orbits the Earth at 384,400 km.", "moon", "earth", 384_400),
    ("Draw the Sun with Jupiter at 5.2 AU, and Io going round Jupiter at 421 700 km (not to scale).", "io",
     "jupiter", 421_700),
    ("Mars at 1.52 AU from the Sun; its moon Phobos is 9,376 km from Mars.", "phobos", "mars", 9_376),
    ("Sun, Earth (1 AU) and the Moon (384400 km) in one figure.", "moon", "earth", 384_400),
    ("A planet at 2 AU from its star has a moon at 500,000 km.", "moon1", "planet1", 500_000),
])
def test_moon_distance_is_kept(text, moon, planet, km) -> None:
    got = _moons(text)
    assert moon in got and got[moon][0] == planet
    assert got[moon][1] == pytest.approx(km, rel=1e-3)


def test_planet_keeps_its_own_distance() -> None:
    s = parse("Saturn orbits the Sun at 9.5 AU and Titan orbits Saturn at about 1.22 million km.", allow_unknown=True)
    assert next(b for b in s.attr("bodies") if b["id"] == "saturn")["a"] == pytest.approx(9.5)


def test_named_moon_far_from_its_reference_distance_is_impossible() -> None:
    # Titan: a = 1,221,870 km [JPL-SAT]; 3 million km is no Titan
    with pytest.raises(UnsatisfiableError, match="3 million km"):
        parse("Saturn orbits the Sun at 9.5 AU and Titan orbits Saturn at 3 million km.", allow_unknown=True)


def test_orbits_json_records_the_moon_on_its_own_scale() -> None:
    text = "Jupiter orbits the Sun at 5.2 AU; Europa is at 671,100 km from Jupiter, Ganymede at 1.07 million km."
    s = parse(text, allow_unknown=True)
    dom = get_domain("astronomy")
    lay = dom.solve(s)
    sol = json.loads(dom.artifacts(lay, s)["orbits.json"])["solution"]
    assert sol["jupiter"]["a_au"] == pytest.approx(5.2)
    for mid, km in (("europa", 671_100), ("ganymede", 1.07e6)):
        assert sol[mid]["about"] == "jupiter" and sol[mid]["scale"] == "schematic"
        assert sol[mid]["a_km"] == pytest.approx(km, rel=1e-3)
        assert sol[mid]["a_au"] == pytest.approx(km / AU_KM, rel=1e-3)
    assert "moon orbits enlarged, not to scale" in note_text(s, "linear")
    # the distances are written beside the moons' names
    texts = " ".join(lb.text for lb in lay.labels)
    assert "Europa 671,100 km" in texts and "Ganymede 1.07 million km" in texts


def test_moon_without_a_distance_keeps_the_schematic_caption() -> None:
    s = parse("Draw the Sun, the Earth at 1 AU, and the Moon going round the Earth.", allow_unknown=True)
    assert note_text(s, "linear").endswith("moon orbits schematic")


@pytest.mark.parametrize("a_km,want", [(1.22e6, "1.22 million km"), (384_400, "384,400 km"), (9_376, "9,376 km")])
def test_moon_km_text(a_km, want) -> None:
    assert moon_km_text(a_km / AU_KM) == want


def test_scene_with_a_moon_distance_round_trips_as_a_spec() -> None:
    from nesy.spec import validate_spec
    s = parse("Earth at 1 AU with a moon at 384,400 km and Mars at 1.52 AU.", allow_unknown=True)
    again = validate_spec(json.loads(json.dumps(s.to_dict())))
    moon = next(b for b in again.attr("bodies") if b["kind"] == "moon")
    assert moon["a"] * AU_KM == pytest.approx(384_400, rel=1e-6)
