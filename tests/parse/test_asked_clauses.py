"""A sentence that both gives data and asks (issue 9, word problems): only its asked clause is blanked
(``nesy.parse.asked``); the givens stay to be drawn. SciGenBench's "If R = 11 and L = 5.4 mH, find the
frequency at which the current is one-half its value at zero frequency" read "zero frequency" as a count of
none and refused the circuit; "When the object is 20 cm from the lens, where is the image formed?" read the
question as a statement."""
from __future__ import annotations

import pytest

from nesy.parse.account import questions
from nesy.pipeline import parse


@pytest.mark.parametrize("text,asked", [
    ("If R = 10 Ω and the battery gives 5 V, find the current at zero frequency.",
     "find the current at zero frequency."),
    ("Given that the battery is 9 V, what is the current through the lamp?", "what is the current through the lamp?"),
    ("When the object is 20 cm from the lens, where is the image formed?", "where is the image formed?"),
    ("A 12 V battery and a 4 Ω resistor are connected, determine the current through it.",
     "determine the current through it."),
    ("Assuming the orbit is circular with radius 7000 km, find the period.", "find the period."),
    ("Calculate the acceleration of the block if the incline is at 30 degrees.", "Calculate the acceleration of the block"),
    ("What is the current if the battery is 9 V?", "What is the current"),
    ("an object sits 25 cm from the lens, and then estimate the image distance.", "estimate the image distance."),
    ("Battery is 6 V and resistor 3 Ω , compute current please.", "compute current please."),
    ("When the lens is convex, where is the image?", "where is the image?"),
])
def test_only_the_asked_clause_is_blanked(text: str, asked: str) -> None:
    assert [text[a:b] for a, b in questions(text)] == [asked]


@pytest.mark.parametrize("text", [
    "Find the cell with 3 mitochondria.",                       # a number in the clause is data
    "Draw a cell with 3 mitochondria, and identify the nucleus.",   # "identify" asks to show it
    "Eight capacitors are combined in parallel, which charges the capacitors to 5 V.",  # a relative clause
    "The work done by the 5 N force is found using the formula.",
    "Could you draw a 9 V battery with a 10 Ω resistor and find the current?",  # a request for the figure
    "If the battery is 9 V, the lamp is lit.",
])
def test_nothing_is_blanked_where_no_clause_only_asks(text: str) -> None:
    assert questions(text) == []


@pytest.mark.parametrize("text", [
    "Where is the image, is it real or virtual, and how big is it?",   # a question throughout
    "What is the image, and how big is it?",
    "How far is the planet, and what is its period?",
])
def test_a_question_of_several_clauses_is_blanked_whole(text: str) -> None:
    assert questions(text) == [(0, len(text))]


def test_the_givens_of_an_asking_sentence_are_drawn():
    s = parse("A series circuit has a 5 Ω resistor and a 2 mH inductor. If the source is 10 V, find the current at "
              "zero frequency.", strict=False)
    assert sorted(e.kind for e in s.entities if e.kind in ("resistor", "inductor", "vsource")) == \
        ["inductor", "resistor", "vsource"]
    assert s.not_drawn == ()
    o = parse("When the object is 20 cm from a converging lens of focal length 10 cm, where is the image formed?",
              strict=False)
    assert o.domain == "optics" and o.not_drawn == ()
