"""The subject of "X orbits Y at D" owns D, and a period stated for an unnamed body gives its semi-major axis by
Kepler's third law (a³ = T² in AU and years about the Sun; Carroll & Ostlie, An Introduction to Modern
Astrophysics, §2.3). Own phrasings, not the acceptance sentences."""
from __future__ import annotations

import pytest

from nesy.domains import astronomy as AS
from nesy.errors import UnsatisfiableError, UnsupportedError


def _bodies(text: str) -> dict[str, dict]:
    return {b["id"]: b for b in AS.parse_astronomy(text, allow_unknown=True).attr("bodies", [])}


@pytest.mark.parametrize("text,planet,a_au,moon", [
    ("Jupiter circles the Sun at 5.2 AU, and Europa circles Jupiter at approximately 0.671 million km.",
     "jupiter", 5.2, "europa"),
    ("Earth orbits the Sun at 1 AU and the Moon orbits Earth at roughly 384,400 km.", "earth", 1.0, "moon"),
    ("Mars orbits the Sun at 1.52 AU and Phobos orbits Mars at about 9,376 km.", "mars", 1.52, "phobos"),
    ("Saturn goes round the Sun at 9.54 AU and Titan goes round Saturn at 1.22 × 10^6 km.", "saturn", 9.54, "titan"),
])
def test_distance_belongs_to_the_subject_of_orbits(text, planet, a_au, moon):
    b = _bodies(text)
    assert b[planet]["a"] == pytest.approx(a_au)   # the planet keeps its own distance, not the moon's
    assert b[moon]["kind"] == "moon" and b[moon]["parent"] == planet


def test_named_moon_distance_far_from_its_reference_is_impossible():
    # Titan's a = 1 221 870 km [JPL-SAT]; 3 million km is not Titan's orbit
    with pytest.raises(UnsatisfiableError) as e:
        AS.parse_astronomy("Saturn orbits the Sun at 9.5 AU and Titan orbits Saturn at 3 million km.")
    assert "3 million km" in str(e.value) and "Titan" in str(e.value)


def test_lowercase_the_moon_after_a_named_moon_is_that_moon():
    b = _bodies("Saturn orbits the Sun at 9.5 AU and Titan orbits Saturn at about 1.22 million km; "
                "the moon's orbit may be exaggerated.")
    assert set(b) == {"saturn", "titan"}


@pytest.mark.parametrize("text,T", [
    ("An asteroid orbits the Sun with a period of 8 years. Draw it together with Earth's orbit.", 8.0),
    ("A minor planet takes 27 years to orbit the Sun; show it with Earth.", 27.0),
    ("A newly discovered asteroid goes round the Sun once every 1.5 years, drawn with Earth.", 1.5),
])
def test_period_of_unnamed_body_gives_a_by_kepler(text, T):
    sc = AS.parse_astronomy(text, allow_unknown=True)
    b = {x["id"]: x for x in sc.attr("bodies", [])}
    ast = next(x for x in b.values() if str(x["name"]).startswith("asteroid"))
    assert ast["T"] == pytest.approx(T) and ast["a"] is None
    assert b["earth"]["T"] is None          # Earth keeps its reference orbit; the period is not Earth's
    orb = AS.solve_orbits(sc)
    a = dict(zip(orb.ids, orb.a))
    # Kepler III about the Sun, derived (within the solver's stated tolerance on T²/a³)
    assert a[ast["id"]] ** 3 == pytest.approx(T ** 2, rel=0.05)
    assert a["earth"] == pytest.approx(1.0, rel=0.01)


def test_period_alone_about_another_star_is_refused_naming_the_phrase():
    with pytest.raises(UnsupportedError) as e:
        AS.parse_astronomy("An asteroid circles a red dwarf star once every 3 years.")
    assert "every 3 years" in str(e.value) and "Kepler" in str(e.value)


def test_sun_named_inside_the_period_phrase_is_the_star():
    sc = AS.parse_astronomy("A comet takes 76 years to orbit the Sun.")
    assert sc.attr("star")["sun"] is True
    orb = AS.solve_orbits(sc)
    assert orb.a[0] ** 3 == pytest.approx(76.0 ** 2, rel=0.05)
