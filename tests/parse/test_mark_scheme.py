"""An exam question's mark scheme (``nesy.parse.mark_scheme``): found from its heading to the end of the text or the
next numbered question; read with the question first, and only where the science refuses it, set aside and listed as
not drawn (with why) while the question alone is drawn. An impossibility is never set aside, and a text with no mark
scheme is refused as before."""
from __future__ import annotations

import pytest

from nesy.errors import InputError, UnsatisfiableError
from nesy.parse.mark_scheme import WHY, mark_scheme_spans
from nesy.pipeline import parse


@pytest.mark.parametrize("text, want", [
    ("Q1 Draw it. [2]\nMark scheme: four states ✓; start state not accepting ✓", ["Mark scheme: four states ✓; start "
                                                                                 "state not accepting ✓"]),
    ("(b) Calculate I. [2]\nMark scheme (b): R(parallel) = 6.0 Ω ✓\n", ["Mark scheme (b): R(parallel) = 6.0 Ω ✓"]),
    ("Draw it.\nMARKING GUIDE\n(i) 6 / 30 = 0.20 ✓\n(ii) 30 nuclei ✓", ["MARKING GUIDE\n(i) 6 / 30 = 0.20 ✓\n(ii) 30 "
                                                                        "nuclei ✓"]),
    ("Q1 Draw A. [2]\nModel answer: a 9 V cell ✓\nQ2 Draw B. [1]", ["Model answer: a 9 V cell ✓"]),
    ("The mark scheme is strict about labels. Draw a 9 V battery and a lamp.", []),
    ("Draw a 9 V battery and a lamp.", []),
])
def test_mark_scheme_spans(text, want):
    assert [text[a:b] for a, b in mark_scheme_spans(text)] == want


@pytest.mark.parametrize("text, science, count", [
    ("(c) In a root-tip squash, 30 cells were counted in one field of view, 6 of which were in mitosis.\n(i) Calculate "
     "the mitotic index. [1]\n(ii) Draw the field of view as a nuclear-stain image, with one nucleus for each cell "
     "counted. [2]\nMark scheme: (i) 6 / 30 = 0.20 (20 %) ✓", "microscopy", ("nucleus", 30)),
])
def test_unreadable_mark_scheme_is_set_aside_and_listed(text, science, count):
    sg = parse(text, allow_unknown=True)
    assert sg.domain == science
    assert sum(1 for e in sg.entities if e.kind == count[0]) == count[1]
    marks = [n for n in sg.not_drawn if n.why == WHY]
    assert len(marks) == 1 and text[marks[0].start:marks[0].end].lower().startswith(("mark scheme", "marking scheme"))


@pytest.mark.parametrize("text", [
    "7. A 24 V supply is connected across a 6.0 Ω resistor in series with a parallel combination of two 12 Ω "
    "resistors.\n(a) Draw the circuit diagram. [2]\n(b) Calculate the current drawn from the supply. [2]\nMark scheme "
    "(b): R(parallel) = 6.0 Ω ✓; R(total) = 12 Ω, I = 24 / 12 = 2.0 A ✓",
    "2. A 12 V battery is connected to two 6 Ω resistors in series.\n(a) Draw the circuit. [2]\nMarking scheme: "
    "R(total) = 12 Ω ✓ (B1); I = 12 / 12 = 1 A ✓",
])
def test_readable_mark_scheme_is_read_and_adds_no_part(text):
    # a mark scheme the science reads is read: its equivalent resistances checked, its worked current no source
    sg = parse(text, allow_unknown=True)
    assert not [n for n in sg.not_drawn if n.why == WHY]
    assert [e.kind for e in sg.entities if e.kind in ("vsource", "isource")] == ["vsource"]
    assert sg.attr("equivalent")


def test_without_a_mark_scheme_the_refusal_stands():
    with pytest.raises(InputError):
        parse("Q3 (a) Construct a deterministic finite automaton over {a, b} that accepts exactly those strings "
              "containing aba as a substring. [4] Four states ✓; start state not accepting ✓; single accepting state "
              "with self-loops on a and b ✓; correct fall-back on b after ab (to the start state) ✓",
              allow_unknown=True)


@pytest.mark.parametrize("text, want", [
    ("Draw it. [2]\nMark scheme: R(total) = 12 Ω ✓ (B1); I = 1 A ✓✓ M1 A1", ["✓", "(B1)", "✓✓", "M1", "A1"]),
    ("A battery B1 in series with R1 ✓ (B1).", []),     # no mark scheme: nothing is a mark
])
def test_mark_codes_only_inside_a_mark_scheme(text, want):
    from nesy.parse.mark_scheme import mark_codes
    assert [text[a:b] for a, b in mark_codes(text)] == want


def test_strict_refuses_the_set_aside_mark_scheme():
    with pytest.raises(InputError):
        parse("(a) Draw a DFA over {a, b} that accepts exactly the strings ending in ab. [3]\nMark scheme: three states "
              "✓; self-loops on b at the start ✓", strict=True)


def test_an_impossibility_is_not_set_aside():
    with pytest.raises(UnsatisfiableError):
        parse("Draw a circuit with two resistors R1 = 2 Ω and R2 = 4 Ω in series; their total resistance is 10 Ω.\n"
              "Mark scheme: self-loops ✓", allow_unknown=True)
