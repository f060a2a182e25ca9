"""Mechanisms that requests-23 (held out until measured, then development data) showed wrong, each tested on phrasings
other than the item's own."""
from __future__ import annotations

import pytest

from nesy.pipeline import parse


@pytest.mark.parametrize("text, acc", [
    ("NFA: q0 -a-> q0, q0 -b-> q0, q0 -a-> q1, q1 -b-> q2; start q0; acc q2", "q2"),
    ("DFA: s -x-> t, t -x-> s; start s; acc: t", "t"),
    ("DFA: q0 -a-> q1, q1 -a-> q0; start q0; acc. q1", "q1"),
])
def test_acc_is_the_notebook_abbreviation_of_accepting(text, acc):
    # "acc q2" was listed as not drawn and the automaton drawn with no accepting state (accepting nothing)
    s = parse(text, domain="automata", allow_unknown=True)
    assert [a["state"] for a in s.attr("accepts")] == [acc] and not s.not_drawn


def test_accuracy_is_no_accepting_mark():
    s = parse("A DFA with states q0 and q1 over {a}: q0 goes to q1 on a, q1 goes to q0 on a; q0 is the start state and "
              "q1 is accepting. Draw it with accuracy.", domain="automata", allow_unknown=True)
    assert [a["state"] for a in s.attr("accepts")] == ["q1"]


@pytest.mark.parametrize("text", [
    "Draw a circle of radius 5 cm and a regular pentagon in it, its vertices all on the circle.",
    "A regular hexagon with side 3 cm, its vertices on a circle.",
    "A square of side 4 cm whose vertices lie on the circle around it.",
])
def test_vertices_on_the_circle_make_it_the_circumcircle(text):
    # "its vertices all on the circle" is what inscribed means (Euclid IV Def. 3); read as nothing, the circle was
    # left out of a figure verified as complete (requests-23 geometry-10)
    s = parse(text, domain="geometry", allow_unknown=True)
    assert s.attr("circumcircle") and not s.not_drawn
