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


@pytest.mark.parametrize("text,bodies", [
    ("Ceres 2.77 AU, Pluto 39.5 AU, Sedna 506 AU", [("Ceres", 2.77), ("Pluto", 39.5), ("Sedna", 506.0)]),
    ("Venus 0.72 AU; Hygiea 3.14 AU", [("Venus", 0.72), ("Hygiea", 3.14)]),
    # requests-14 astronomy-08/-09: a name opening its value's clause, in a telegram or after a colon
    ("DRAW JUPITER AT 5.2 AU STOP GONGGONG AT ABOUT 67 AU STOP", [("Jupiter", 5.2), ("Gonggong", 67.0)]),
    ("ERIS AT ABOUT 68 AU STOP SEDNA MUCH FARTHER OUT AT ABOUT 506 AU STOP", [("Eris", 68.0), ("Sedna", 506.0)]),
    ("Earth at 1 AU and Mars at 1.52 AU around the Sun; Quaoar's semi-major axis is 43.7 AU.",
     [("Earth", 1.0), ("Mars", 1.52), ("Quaoar", 43.7)]),
    ("Draw Mars at 1.5 AU around the Sun. Orcus orbits at 39.4 AU.", [("Mars", 1.5), ("Orcus", 39.4)]),
])
def test_an_unknown_name_keeps_its_own_value_and_is_drawn_under_it(text, bodies):
    # a value after a name nesy has no data for is that body's, never the body's named before it
    assert _a(text) == bodies


@pytest.mark.parametrize("text,name", [
    ("Draw Mars at 1.5 AU around the Sun. Sedna is much farther out than Mars.", "Sedna"),
])
def test_an_unknown_name_without_a_value_is_refused_by_name(text, name):
    with pytest.raises(UnsupportedError, match=name):
        parse_astronomy(text, allow_unknown=True)


@pytest.mark.parametrize("text,bodies", [
    # an imperative opening the clause is no body ("Imagine a planet at 2 AU")
    ("Draw Earth at 1 AU around the Sun. Imagine a comet at 3 AU.", [("Earth", 1.0), ("comet 1", 3.0)]),
    ("Draw Earth at 1 AU. Then add Mars at 1.5 AU.", [("Earth", 1.0), ("Mars", 1.5)]),
])
def test_a_word_opening_a_clause_is_no_body_without_a_predicate(text, bodies):
    assert _a(text) == bodies


def test_a_named_asteroid_keeps_its_name_and_its_value():
    # "the asteroid Pallas": the name after the kind word names the body (requests-10); its value is its own
    assert _a("Earth (1 AU), Mars (1.52 AU) and the asteroid Pallas (2.77 AU)") == \
        [("Earth", 1.0), ("Mars", 1.52), ("Pallas", 2.77)]


def test_a_generic_body_keeps_its_name():
    assert _a("Mercury at 0.39 AU, the comet at 2.2 AU") == [("Mercury", 0.39), ("comet 1", 2.2)]
    # a named comet keeps its own name (requests-10 astronomy-06)
    assert _a("Mercury at 0.39 AU, the comet Encke at 2.2 AU") == [("Mercury", 0.39), ("Encke", 2.2)]


@pytest.mark.parametrize("text", [
    "DRAW JUPITER AT 5.2 AU STOP THREE AT 9 AU STOP",
    "Alt text: 'Two dwarf planets beyond Neptune orbit the Sun: Haumea at 43.1 AU and Makemake at 45.4 AU.'",
])
def test_a_number_word_is_never_a_bodys_name(text):
    try:
        names = [n for n, _ in _a(text)]
    except Exception as e:   # refused: never for a body called "Two"
        assert "'Two'" not in str(e) and "'THREE'" not in str(e)
    else:
        assert not any(n.lower() in ("two", "three") for n in names)
