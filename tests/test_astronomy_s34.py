"""Session 34 (requests-17 astronomy-06, -09, -10): a counted group whose members are named is those members;
a minor planet's catalogue number is its designation; a distance after "circling P" is the a of P's moon
(nesy/domains/astronomy_members.py, rules 1-5). Each rule: phrasings other than the failing request, and near
phrasings that must not change."""
import pytest

from nesy.domains.astronomy import parse_astronomy
from nesy.errors import InputError


def _bodies(text):
    d = parse_astronomy(text, allow_unknown=True)
    return [(b["id"], b["parent"], b["a"]) for b in d.to_dict()["attributes"]["bodies"]], [u.text for u in d.unknown]


@pytest.mark.parametrize("text,ids,a", [
    ("Crossword theme figure: three asteroids round the Sun — 433 Eros (a = 1.458 AU), 3 Juno (a = 2.669 AU) and "
     "2 Pallas (a = 2.773 AU). Draw them to scale, names Eros, Juno, Pallas.",
     ["eros", "juno", "pallas"], [1.458, 2.669, 2.773]),
    ("Two minor planets orbit the Sun: (1) Ceres at 2.77 AU and (4) Vesta at 2.36 AU.", ["ceres", "vesta"], [2.77, 2.36]),
    ("Draw three asteroids: Hygiea at 3.14 AU, Psyche at 2.92 AU and Bennu at 1.13 AU.",
     ["hygiea", "psyche", "bennu"], [3.14, 2.92, 1.13]),
])
def test_counted_group_is_its_named_members(text, ids, a):
    bodies, unknown = _bodies(text)
    assert [b[0] for b in bodies] == ids and [b[2] for b in bodies] == a
    assert not any(w.isdigit() for w in unknown)       # the catalogue numbers are read, as designations


@pytest.mark.parametrize("text,ids", [
    ("two planets and Mars", ["planet1", "planet2", "mars"]),                 # no list mark: three bodies
    ("Mars and two asteroids at 2 and 3 AU", ["mars", "asteroid1", "asteroid2"]),
    ("three planets at 1, 2 and 3 AU", ["planet1", "planet2", "planet3"]),
    ("Jupiter and its 4 Galilean moons", ["jupiter", "io", "europa", "ganymede", "callisto"]),  # 4 is a count
])
def test_near_phrasings_keep_their_bodies(text, ids):
    assert [b[0] for b in _bodies(text)[0]] == ids


def test_list_disagreeing_with_its_count_is_refused():
    with pytest.raises(InputError, match="announces 2"):
        parse_astronomy("two asteroids round the Sun: Eros at 1.46 AU.", allow_unknown=True)


@pytest.mark.parametrize("text,ids", [
    ("Io circles Jupiter and Titan circles Saturn; draw both planets round the Sun.",
     {"io", "jupiter", "titan", "saturn"}),
    ("Mars and Venus at 1.5 and 0.7 AU; the two planets orbit the Sun.", {"mars", "venus"}),
    ("There was a moon named Ganymede. Saturn and Jupiter orbit the Sun.", {"ganymede", "saturn", "jupiter"}),
    ("A moon called Titan; Jupiter and Saturn round the Sun.", {"titan", "jupiter", "saturn"}),
    ("There once was a moon named Ganymede,\n" + " " * 32 + "\nAnd Titan's own track\n" + " " * 24 +
     "\nBoth planets round the Sun, Jupiter in the lead (the inner one). Draw it!",
     {"ganymede", "jupiter", "titan", "saturn"}),
])
def test_definite_group_and_named_moon_refer_back(text, ids):
    assert {b[0] for b in _bodies(text)[0]} == ids


@pytest.mark.parametrize("text,match", [
    ("Draw both planets round the Sun with Mars.", "refers back to 2"),
    ("Mars has a moon named Titan.", "Titan orbits Saturn"),
    ("Io circles Jupiter and Titan circles Saturn; both planets round the Sun, Saturn (the inner one).", "is said of"),
])
def test_reference_that_disagrees_is_refused(text, match):
    with pytest.raises(InputError, match=match):
        parse_astronomy(text, allow_unknown=True)


@pytest.mark.parametrize("text,moon", [
    ("Eris orbits the Sun at about 67.86 AU and has one known moon, Dysnomia, circling Eris roughly 37,300 km away. "
     "Sketch the Sun, Eris and Dysnomia.", "dysnomia"),
    ("Eris orbits the Sun at 67.86 AU; its moon Dysnomia circles Eris at 37,300 km.", "dysnomia"),
    ("Mars orbits the Sun at 1.52 AU and has one moon, Phobos, circling Mars roughly 9,376 km away.", "phobos"),
])
def test_distance_after_circling_is_the_moons(text, moon):
    bodies, unknown = _bodies(text)
    planet = bodies[0]
    assert planet[2] in (67.86, 1.52) and unknown == []
    assert any(b[0] == moon and b[1] == planet[0] and b[2] < 0.001 for b in bodies)


def test_moons_named_in_apposition():
    bodies, unknown = _bodies("Pluto lies at 39.5 AU and has two small moons, Nix and Hydra.")
    assert [b[:2] for b in bodies] == [("pluto", None), ("nix", "pluto"), ("hydra", "pluto")] and unknown == []


def test_distance_from_a_circled_body_without_its_moon_is_refused():
    with pytest.raises(InputError, match="which moon of Eris"):
        parse_astronomy("Eris at 67.86 AU has a moon. Something circles Eris at 37,000 km.", allow_unknown=True)
