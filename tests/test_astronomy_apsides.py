"""nesy.astronomy.v1: an orbit given by its nearest and farthest distances (issue 9). Apsides give a = (q+Q)/2 and
e = (Q−q)/(Q+q) (Murray & Dermott §2.4), never a second semi-major axis; "the inner one … the outer one" and
"one … the other" are the planets of the list. Several wordings per kind."""
from __future__ import annotations

import pytest

from nesy.errors import InputError, UnsatisfiableError
from nesy.registry import get_domain
from nesy.render.svg import render_layout

D = get_domain("astronomy")


def _orbits(text: str) -> dict[str, tuple]:
    return {b["id"]: (b["a"], b["e"]) for b in (dict(x) for x in D.parse(text).attr("bodies"))}


@pytest.mark.parametrize("text,body,a,e", [
    ("Draw a planet orbiting a star with perihelion 0.5 AU and aphelion 1.5 AU.", "planet1", 1.0, 0.5),
    ("A comet around the Sun: perihelion distance 0.59 AU, aphelion 35 AU.", "comet1", 17.795, 34.41 / 35.59),
    ("Sketch an exoplanet whose closest approach to its star is 2 AU and whose farthest distance is 6 AU.",
     "planet1", 4.0, 0.5),
    ("A planet goes round a star; its distance ranges from 1 to 3 AU.", "planet1", 2.0, 0.5),
    ("A planet with semi-major axis 2 AU comes within 1 AU of its star.", "planet1", 2.0, 0.5),
    ("A planet of a star has eccentricity 0.5 and an aphelion of 3 AU.", "planet1", 2.0, 0.5),
    ("A planet around a star at 1 AU at periastron and 5 AU at apoastron", "planet1", 3.0, 2 / 3),
    ("a star and a planet: apastron = 4 AU, periapsis = 1 AU", "planet1", 2.5, 0.6),
])
def test_apsides_give_a_and_e(text: str, body: str, a: float, e: float) -> None:
    got = _orbits(text)[body]
    assert got[0] == pytest.approx(a) and got[1] == pytest.approx(e)


@pytest.mark.parametrize("text,orbits", [
    ("A star with two planets: the inner one on a circular orbit at 0.5 AU, the outer one with perihelion 2 AU and "
     "aphelion 4 AU.", {"planet1": (0.5, 0.0), "planet2": (3.0, 1 / 3)}),
    ("two planets around a star: one at 1 AU on a circular orbit, the other with periapsis 2 AU and apoapsis 4 AU",
     {"planet1": (1.0, 0.0), "planet2": (3.0, 1 / 3)}),
    ("two planets around a star, one with periapsis 2 AU and apoapsis 4 AU, the other on a circular orbit at 1 AU",
     {"planet1": (3.0, 1 / 3), "planet2": (1.0, 0.0)}),
])
def test_the_inner_one_and_the_other_are_the_listed_planets(text: str, orbits: dict) -> None:
    got = _orbits(text)
    for k, (a, e) in orbits.items():
        assert got[k][0] == pytest.approx(a) and got[k][1] == pytest.approx(e)


@pytest.mark.parametrize("text,named", [
    ("a planet around a star with perihelion 3 AU and aphelion 1 AU", ["perihelion 3 AU", "aphelion 1 AU"]),
    ("A planet with a = 2 AU and perihelion 0.5 AU and aphelion 3 AU around a star", ["2 AU", "perihelion 0.5 AU"]),
    ("a planet on a circular orbit around a star, perihelion 1 AU and aphelion 2 AU", ["circular", "aphelion 2 AU"]),
    ("a star's planet has semi-major axis 1 AU and aphelion 2.5 AU", ["semi-major axis 1 AU", "aphelion 2.5 AU"]),
])
def test_apsides_that_contradict_are_impossible_naming_the_phrases(text: str, named: list[str]) -> None:
    with pytest.raises(UnsatisfiableError) as ei:
        D.parse(text)
    phrases = [p["text"] for p in ei.value.to_dict()["phrases"]]
    assert all(n in phrases for n in named), phrases


def test_one_apsis_alone_is_refused_naming_it() -> None:
    with pytest.raises(InputError, match="'perihelion 1 AU'"):
        D.parse("a planet around a star with perihelion 1 AU")


def test_apsides_orbit_is_drawn_and_verified() -> None:
    scene = D.parse("A star with two planets: the inner one on a circular orbit at 0.5 AU, the outer one with "
                    "periastron 1 AU and apoastron 3 AU.")
    layout = D.solve(scene)
    sol = layout.extra("solution")
    assert sol["planet2"]["a_au"] == pytest.approx(2.0) and sol["planet2"]["e"] == pytest.approx(0.5)
    assert sol["planet1"]["e"] == 0.0
    png = render_layout(layout, controls=False).png
    assert D.verify(png, scene).passed


@pytest.mark.parametrize("text,phrase", [
    ("a satellite orbiting Earth with perigee 7000 km and apogee 42000 km", "perigee 7000 km"),
    ("The Moon orbits the Earth; its perigee is 363 300 km and apogee 405 500 km.", "its perigee is 363 300 km"),
])
def test_apsides_about_a_planet_are_refused_naming_them(text: str, phrase: str) -> None:
    from nesy.errors import UnsupportedError
    with pytest.raises(UnsupportedError, match=f"'{phrase}'"):
        D.parse(text)


def test_named_planet_apsides_fit_its_fact_sheet_orbit() -> None:
    got = _orbits("Mars with its perihelion 1.38 AU and aphelion 1.67 AU around the Sun")["mars"]
    assert got[0] == pytest.approx(1.525) and got[1] == pytest.approx(0.29 / 3.05)


@pytest.mark.parametrize("text, n", [
    ("An exoplanet system: one star and three planets orbiting it at 0.05 AU, 0.1 AU and 0.2 AU.", 3),
    ("An exoplanet system with one star and two planets at 1 AU and 2 AU.", 2),
    ("a planet system of a star and 2 planets at 1 and 2 AU", 2),
])
def test_a_planet_word_naming_the_system_draws_no_planet(text, n):
    # "an exoplanet system" names the system: it drew a fourth planet at a default 1 AU
    from nesy.pipeline import parse
    scene = parse(text)
    assert sum(1 for e in scene.entities if e.kind == "planet") == n
