"""Automata phrasings met in outsider requests (issue 9, seventh set), each read as a kind, never as one sentence:

* a one-line transition table whose key to its marks is given ("(→ = start, * = final)") and that is followed by
  another sentence ("… | q2. Draw it."), with both marks on one row ("→*A");
* a state named first and its inputs after it, moving or staying: "In Idle, job goes to Busy and tick stays in
  Idle" — a stay that names another state is refused, never drawn;
* a language over an alphabet given as plain letters: "words of x and y", "strings over 0, 1 and 2",
  "sequences made of the letters a or b".
"""
from __future__ import annotations

import itertools

import pytest

from nesy.errors import UnsupportedError
from nesy.pipeline import parse


def _delta(scene) -> set[tuple[str, str, str]]:
    return {(t["source"], t["symbol"], t["target"]) for t in scene.attr("transitions")}


def _marks(scene) -> tuple[list[str], list[str]]:
    return ([e.id for e in scene.entities if e.attr("start")], [e.id for e in scene.entities if e.attr("accepting")])


@pytest.mark.parametrize("text", [
    "Here is δ (-> = initial state, * = final): state | x | y ; ->*A | B | A ; B | A | B. Draw its diagram.",
    "The transition table, with → marking the start and * the accepting states: δ | x | y ; →*A | B | A ; B | A | B. "
    "Please draw it.",
    "Table (* accepting, > start): state | x | y ; >*A | B | A ; B | A | B.",
])
def test_one_line_table_with_its_key_and_a_sentence_after_it(text):
    scene = parse(text, domain="automata")
    assert _delta(scene) == {("A", "x", "B"), ("A", "y", "A"), ("B", "x", "A"), ("B", "y", "B")}
    assert _marks(scene) == (["A"], ["A"])


@pytest.mark.parametrize("text", [
    "A state machine with states Idle and Busy, starting in Idle. In Idle, job goes to Busy and tick stays in Idle; "
    "in Busy, done goes to Idle and job stays in Busy.",
    "States Idle, Busy; Idle is the start state. At Busy, done moves to Idle, job remains in Busy. "
    "At Idle, tick stays in the same state, job moves to Busy.",
    "FSM: states Idle and Busy, initial state Idle. From Idle, job → Busy and tick stays; "
    "from Busy, job stays and done → Idle.",
])
def test_a_state_named_first_then_its_inputs_moving_or_staying(text):
    scene = parse(text, domain="automata")
    assert _delta(scene) == {("Idle", "job", "Busy"), ("Idle", "tick", "Idle"),
                             ("Busy", "done", "Idle"), ("Busy", "job", "Busy")}
    assert _marks(scene)[0] == ["Idle"]


def test_a_stay_that_names_another_state_is_refused():
    with pytest.raises(UnsupportedError, match="stays"):
        parse("States Idle and Busy, start Idle. In Idle, job stays in Busy and tick goes to Idle; "
              "in Busy, job goes to Idle and tick goes to Busy.", domain="automata")


def _accepts(scene, w: str) -> bool:
    delta = {(t["source"], t["symbol"]): t["target"] for t in scene.attr("transitions")}
    q = next(e.id for e in scene.entities if e.attr("start"))
    for c in w:
        q = delta[(q, c)]
    return bool(next(e for e in scene.entities if e.id == q).attr("accepting"))


@pytest.mark.parametrize("text,alphabet,language", [
    ("Build an automaton accepting just the words of x and y whose length is a multiple of 2.", "xy",
     lambda w: len(w) % 2 == 0),
    ("DFA for strings over 0, 1 and 2 that end with 21", "012", lambda w: w.endswith("21")),
    ("a DFA recognising sequences made of the letters a or b that contain bb", "ab", lambda w: "bb" in w),
])
def test_a_language_over_letters_listed_plainly(text, alphabet, language):
    scene = parse(text, domain="automata")
    assert {t["symbol"] for t in scene.attr("transitions")} == set(alphabet)
    for n in range(6):
        for w in map("".join, itertools.product(alphabet, repeat=n)):
            assert _accepts(scene, w) == language(w), w


def test_one_letter_is_no_alphabet():
    # "strings of a" lists one letter: no alphabet is read from it, and none is guessed
    with pytest.raises(UnsupportedError, match="alphabet"):
        parse("a DFA accepting the words of a whose length is even", domain="automata")
