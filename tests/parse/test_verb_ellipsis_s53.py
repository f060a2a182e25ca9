"""A clause said again of another subject ("as does Z", "so is the vacuole", "ditto q1") is read as the clause with
that subject (nesy.parse.verb_ellipsis); a comparison with a generic or quantified phrase ("as do most cells") and a
predicate whose pronoun would point elsewhere are left alone."""
import pytest

from nesy.parse.verb_ellipsis import verb_ellipsis
from nesy.pipeline import parse


def _rels(text, domain):
    s = parse(text, domain=domain)
    assert not s.not_drawn
    return {(r.kind, r.source, r.target) for r in s.relations}


def test_as_does_a_planet():
    assert {("orbits", "mercury", "star"), ("orbits", "venus", "star")} <= _rels(
        "Mercury orbits the Sun, as does Venus. Draw them.", "astronomy")


def test_so_is_an_organelle():
    assert ("inside", "vacuole1", "cell1") in _rels(
        "A cell with a nucleus inside it. The nucleus is inside the cell, and so is the vacuole.", "cell")


def test_ditto_a_state_with_a_fronted_symbol():
    # requests-33 automata-04 as development data: q1's loop on 0 was not drawn
    s = parse("Draw a DFA over {0, 1} with states q0 and q1; q0 is the start state and the only accepting state. "
              "On 0, q0 loops back to itself; ditto q1. On 1, q0 goes to q1.", domain="automata")
    assert {(r.source, r.target) for r in s.relations if r.kind == "transition"} >= {("q0", "q0"), ("q1", "q1")}


@pytest.mark.parametrize("text", [
    "The cell has a nucleus, as do most cells.",          # a comparison with cells in general: nothing to draw
    "A 470 Ω resistor goes straight across it; so does a 1 kΩ resistor.",   # "it" would point to the 1 kΩ one
    "Two mitochondria, and ditto for chloroplasts.",      # no subject: a count said again (ones_anaphora)
])
def test_left_alone(text):
    assert verb_ellipsis(text) == []


def test_the_clause_is_written_with_the_new_subject():
    assert verb_ellipsis("Tungsten is body-centred cubic, and so is molybdenum.") == [
        (32, 52, "and molybdenum is body-centred cubic")]
