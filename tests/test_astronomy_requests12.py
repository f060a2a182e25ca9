"""requests-12 astronomy failures, own phrasings: a singular planet noun that refers to planets the text names
adds no planet — a quantifier ("let each planet go round it", "every planet on its own circle") or a heading's
definite description standing alone in its sentence ("Chapter 3: The Ringed Planet.": the planet named after it;
with several named, listed as not drawn); "1 Sun" is the one star; a period said of one orbit ("taking 2 years for
one orbit", "one orbit takes 3 years", "needs 8 years per revolution", "2.5 years per orbit") is read, so Kepler's
third law holds it against the distance (exit 3 naming both phrases when they disagree); and a period nesy cannot
read about the Sun is refused by name, never listed beside a figure drawn as if it agreed."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from nesy.errors import InputError
from nesy.registry import get_domain

D = get_domain("astronomy")


def _scene(text: str):
    return D.parse(text, allow_unknown=True)


def _ids(text: str) -> list[str]:
    return [e.id for e in _scene(text).entities]


def _cli(tmp_path, text: str) -> tuple[int, str, dict | None]:
    r = subprocess.run([sys.executable, "-m", "nesy", "generate", text, "-o", str(tmp_path), "--no-controls",
                        "--timeout", "120"], capture_output=True, text=True, timeout=180)
    f = tmp_path / "orbits.json"
    return r.returncode, r.stdout + r.stderr, (json.loads(f.read_text()) if f.exists() else None)


# --- a quantifier over the planets named is no planet of its own -------------------------------------------

@pytest.mark.parametrize("text, refs", [
    ("Put the Sun in the middle with Venus at 0.72 AU and Mars at 1.52 AU, and let each planet go around it.",
     ["Venus", "Mars"]),
    ("Sun, Earth (1 AU) and Jupiter (5.2 AU): every planet on its own circle, please.", ["Earth", "Jupiter"]),
    ("Mercury at 0.39 AU, Venus at 0.72 AU and Earth at 1 AU around the Sun; each and every planet gets its own orbit.",
     ["Mercury", "Venus", "Earth"]),
])
def test_each_planet_ranges_over_the_named_ones(text, refs):
    bodies = _scene(text).attr("bodies")
    assert [b["ref"] for b in bodies] == refs


def test_an_indefinite_planet_beside_named_ones_is_still_one_more():
    # negative: "a planet at 3 AU" introduces a body of its own
    bodies = _scene("Mars at 1.52 AU and a planet at 3 AU go around the Sun.").attr("bodies")
    assert [b["ref"] for b in bodies] == ["Mars", None] and bodies[1]["a"] == 3.0


# --- a heading's definite description names the planet the text names ---------------------------------------

@pytest.mark.parametrize("text, planet", [
    ("Chapter 3: The Ringed Planet. Titan at 1,221,870 km and Rhea at 527,108 km.", "saturn"),
    ("Lesson 2 - The Red Planet. Mars goes round the Sun at 1.52 AU.", "mars"),
    ("Slide 9: The Sideways Planet. Around Uranus go Ariel at 190,900 km and Oberon at 583,500 km.", "uranus"),
])
def test_a_heading_planet_is_the_named_one(text, planet):
    ids = _ids(text)
    assert planet in ids
    assert not any(i.startswith("planet") for i in ids), ids


def test_a_heading_over_several_named_planets_is_listed_not_drawn():
    sc = _scene("The Blue Planet. Earth at 1 AU and Mars at 1.52 AU around the Sun.")
    assert [b["ref"] for b in sc.attr("bodies")] == ["Earth", "Mars"]
    assert "Planet" in [u.text for u in sc.unknown]


def test_a_definite_planet_with_its_own_value_stays_a_body():
    # negative: "The planet orbits the Sun at 2 AU" says something of its own body
    bodies = _scene("The planet orbits the Sun at 2 AU, and Jupiter at 5.2 AU.").attr("bodies")
    assert [b["ref"] for b in bodies] == [None, "Jupiter"] and bodies[0]["a"] == 2.0


def test_one_sun_in_a_list_is_the_star():
    sc = _scene("Ingredients: 1 Sun; Earth at 1 AU; Mars at 1.52 AU.")
    assert sc.attr("star")["sun"] is True
    assert "1" not in [u.text for u in sc.unknown]


# --- a period said of one orbit ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, period", [
    ("A planet at 4 AU from the Sun needs 8 years per revolution.", 8.0),
    ("Around the Sun, a world at 4 AU: one full orbit takes 8 years.", 8.0),
    ("A small planet circles the Sun at 4 AU, taking 8 years for a complete orbit.", 8.0),
    ("A planet 4 AU from the Sun, 8 years per orbit.", 8.0),
])
def test_a_period_of_one_orbit_is_read(text, period):
    bodies = _scene(text).attr("bodies")
    assert len(bodies) == 1 and bodies[0]["a"] == 4.0 and bodies[0]["T"] == pytest.approx(period)


@pytest.mark.parametrize("text, phrase", [
    ("Imagine a planet going round the Sun at exactly 1 AU but taking 2 years for one orbit.",
     "taking 2 years for one orbit"),
    ("A planet orbits the Sun at 1 AU; one orbit takes 3 years.", "one orbit takes 3 years"),
    ("Picture a world at 4 AU from the Sun that needs 2 years per revolution.", "needs 2 years per revolution"),
])
def test_a_period_against_keplers_third_law_is_impossible(tmp_path, text, phrase):
    rc, out, _ = _cli(tmp_path, text)
    assert rc == 3, out
    assert phrase in out and "AU" in out and "kepler" in out.lower()


def test_cli_consistent_period_is_drawn_with_it(tmp_path):
    rc, out, orbits = _cli(tmp_path, "A planet at 4 AU from the Sun needs 8 years per revolution.")
    assert rc == 0, out
    sol = orbits["solution"]
    (body,) = [v for v in sol.values()]
    assert body["a_au"] == pytest.approx(4.0) and body["T_yr"] == pytest.approx(8.0)


def test_an_unread_period_about_the_sun_is_refused_by_name():
    # "two years make one orbit" is not read; about the Sun it could contradict the distance (Kepler III), so it
    # is refused naming the phrase rather than listed beside a figure that would look consistent with it
    with pytest.raises(InputError) as e:
        D.parse("A planet at 1 AU from the Sun; two years make one orbit.", allow_unknown=True)
    assert "two years" in str(e.value)


def test_an_unread_period_about_an_unknown_star_stays_listed():
    # negative: one body about a star of unknown mass, its distance given: the period contradicts nothing
    sc = _scene("A hot Jupiter at 0.05 AU circles its star in just over four days.")
    assert [b["a"] for b in sc.attr("bodies")] == [0.05]


@pytest.mark.parametrize("text", [
    "A planet at 1 AU from the Sun; a probe needs 2 years to reach it.",
    "Mars at 1.52 AU around the Sun; 2 years later we look again.",
])
def test_a_time_that_is_not_one_orbit_is_no_period(text):
    # negative: read as a period it would set T (and make these impossible); unread, it is refused by name
    with pytest.raises(InputError) as e:
        D.parse(text, allow_unknown=True)
    assert "2 years" in str(e.value)


@pytest.mark.parametrize("text, ref, period", [
    ("Draw its orbit next to Earth's (1 AU, 1 year) around the Sun.", "Earth", 1.0),
    ("Draw Mars (1.52 AU, 1.88 years) around the Sun.", "Mars", 1.88),
    ("Around the Sun: Venus at 0.72 AU and 225 days.", "Venus", 225 / 365.25),
])
def test_a_time_listed_after_a_distance_is_that_bodys_period(text, ref, period):
    (b,) = [b for b in _scene(text).attr("bodies") if b["ref"] == ref]
    assert b["T"] == pytest.approx(period, rel=1e-3)


def test_a_time_after_a_distance_that_says_when_is_no_period():
    # negative: "2 AU, 3 years later" dates something; unread about the Sun, it is refused by name
    with pytest.raises(InputError) as e:
        D.parse("A planet at 2 AU from the Sun, 3 years later seen again.", allow_unknown=True)
    assert "3 years" in str(e.value)
