"""A value after a body's name belongs to that body (requests-9 astronomy-01/-04: an unknown name was skipped and
its value went to the body before it, "Mars's a is given twice"). Vesta and the IAU dwarf planets are known
([SBDB] in solvers/astronomy.yaml); a name nesy has no data for is refused, naming it."""
import pytest

from nesy.domains.astronomy import parse_astronomy
from nesy.errors import UnsupportedError


def _a(text):
    return [(b["name"], b["a"]) for b in parse_astronomy(text, allow_unknown=True).to_dict()["attributes"]["bodies"]]


@pytest.mark.parametrize("text,bodies", [
    ("Draw Venus (0.72 AU) and the asteroid Vesta (2.36 AU) around the Sun", [("Venus", 0.72), ("Vesta", 2.36)]),
    ("Pluto 39.5 AU, Eris 67.7 AU and Makemake 45.4 AU", [("Pluto", 39.5), ("Eris", 67.7), ("Makemake", 45.4)]),
    ("dwarf planet Haumea at 43.1 AU and Jupiter at 5.2 AU", [("Haumea", 43.1), ("Jupiter", 5.2)]),
])
def test_named_small_bodies_take_their_own_values(text, bodies):
    assert _a(text) == bodies


@pytest.mark.parametrize("text,name", [
    ("Ceres 2.77 AU, Pluto 39.5 AU, Sedna 506 AU", "Sedna"),
    ("Venus 0.72 AU; Hygiea 3.14 AU", "Hygiea"),
])
def test_an_unknown_name_keeps_its_value_from_the_body_before(text, name):
    with pytest.raises(UnsupportedError, match=name):
        parse_astronomy(text, allow_unknown=True)


def test_a_named_asteroid_keeps_its_name_and_its_value():
    # "the asteroid Pallas": the name after the kind word names the body (requests-10); its value is its own
    assert _a("Earth (1 AU), Mars (1.52 AU) and the asteroid Pallas (2.77 AU)") == \
        [("Earth", 1.0), ("Mars", 1.52), ("Pallas", 2.77)]


def test_a_generic_body_keeps_its_name():
    assert _a("Mercury at 0.39 AU, the comet at 2.2 AU") == [("Mercury", 0.39), ("comet 1", 2.2)]
    # a named comet keeps its own name (requests-10 astronomy-06)
    assert _a("Mercury at 0.39 AU, the comet Encke at 2.2 AU") == [("Mercury", 0.39), ("Encke", 2.2)]
