"""Other ways of writing the language conditions (nesy.domains.automata_lang_forms), misspelt words the
spelling corrector reads, coordinated accepting states, and prose "had to design" that is no transition.
Each drawn automaton is checked on every string up to length 6 against the described language."""
from __future__ import annotations

import itertools

import pytest

from nesy.pipeline import parse


def _accepts(scene, w: str) -> bool:
    delta: dict = {}
    for t in scene.attr("transitions"):
        delta.setdefault((t["source"], t["symbol"]), set()).add(t["target"])
    cur = {e.id for e in scene.entities if e.attr("start")}
    for c in w:
        cur = {r for q in cur for r in delta.get((q, c), ())}
    return bool(cur & {e.id for e in scene.entities if e.attr("accepting")})


def _same(text: str, sigma: str, pred) -> None:
    sg = parse(text, domain="automata", allow_unknown=True)
    for n in range(7):
        for w in map("".join, itertools.product(sigma, repeat=n)):
            assert _accepts(sg, w) == pred(w), (text, w)


@pytest.mark.parametrize("text, sigma, pred", [
    ("DFA over {a, b} accepting the strings in which both the number of a's and the number of b's are even",
     "ab", lambda w: w.count("a") % 2 == 0 and w.count("b") % 2 == 0),
    ("a DFA for words over {a,b} where the numbers of a's and b's are both odd", "ab",
     lambda w: w.count("a") % 2 == 1 and w.count("b") % 2 == 1),
    ("DFA over {0,1} accepting strings with an even number of 0s and 1s", "01",
     lambda w: w.count("0") % 2 == 0 and w.count("1") % 2 == 0),
    ("draw a DFA which accepts binary strings whose length is multiple of 4", "01", lambda w: len(w) % 4 == 0),
    ("DFA for binary strings with no two consecutive 1s", "01", lambda w: "11" not in w),
    ("Give a DFA over {a, b} for strings without two b's in a row", "ab", lambda w: "bb" not in w),
    ("automaton over {0,1} accepting words that never have two consecutive zeros", "01", lambda w: "00" not in w),
    ("a DFA over {a, b} that accepts strings which contain bab somewhere as a substring (overlaps allowed)", "ab",
     lambda w: "bab" in w),
    ("dfa accepting bin strings ending w/ 01", "01", lambda w: w.endswith("01")),
])
def test_other_forms_of_a_condition(text: str, sigma: str, pred) -> None:
    _same(text, sigma, pred)


@pytest.mark.parametrize("text, sigma, pred", [
    ("draw a DFA which accept all binary strings whose lenght is a multiple of 3", "01", lambda w: len(w) % 3 == 0),
    ("Design a DFA that accepts binary numbers divisable by 5", "01",
     lambda w: (int(w, 2) if w else 0) % 5 == 0),
    ("DFA over {a,b} acepting strings endig with ba", "ab", lambda w: w.endswith("ba")),
    ("an NFA over {a, b} for strings that contian abb", "ab", lambda w: "abb" in w),
])
def test_misspelt_condition_words(text: str, sigma: str, pred) -> None:
    _same(text, sigma, pred)


@pytest.mark.parametrize("text, want", [
    ("DFA: q0 --a--> q1, q1 --a--> q2, q2 --a--> q0. Start q0; q1 and q2 accepting.", {"q1", "q2"}),
    ("A -0-> B, B -0-> C, C -0-> A. start A; B, C final", {"B", "C"}),
    ("s0 goes to s1 on x, s1 goes to s0 on x; s0 is the start state; s0 and s1 accepting", {"s0", "s1"}),
])
def test_coordinated_accepting_states(text: str, want: set[str]) -> None:
    sg = parse(text, domain="automata", allow_unknown=True)
    assert {e.id for e in sg.entities if e.attr("accepting")} == want


def test_prose_with_to_is_no_transition() -> None:
    sg = parse("The students had to design a DFA over {a, b} that accepts strings ending in b; I want to see it.",
               domain="automata", allow_unknown=True)
    assert all(_accepts(sg, w) == w.endswith("b") for n in range(5) for w in map("".join, itertools.product("ab", repeat=n)))


@pytest.mark.parametrize("text, want", [
    ("States Locked and Unlocked, Locked is the initial state. Inserting a coin in Locked goes to Unlocked, and a coin "
     "in Unlocked stays Unlocked; a push in Unlocked goes to Locked and a push in Locked stays Locked.",
     {("Locked", "coin", "Unlocked"), ("Unlocked", "coin", "Unlocked"), ("Unlocked", "push", "Locked"),
      ("Locked", "push", "Locked")}),
    ("A door with states Open and Closed, Closed is the start state. A push in Closed goes to Open, a pull in Open "
     "goes to Closed, a push in Open stays in Open and a pull in Closed stays in Closed.",
     {("Closed", "push", "Open"), ("Open", "pull", "Closed"), ("Open", "push", "Open"), ("Closed", "pull", "Closed")}),
])
def test_symbol_as_a_noun_before_its_state(text: str, want: set) -> None:
    sg = parse(text, domain="automata", allow_unknown=True)
    assert {(t["source"], t["symbol"], t["target"]) for t in sg.attr("transitions")} == want


@pytest.mark.parametrize("text, start, acc, want", [
    ("Draw the state diagram of this DFA over {0,1} (start P0, accepting P2): state | 0 | 1 P0 | P1 | P0 P1 | P1 | P2 "
     "P2 | P1 | P0", "P0", {"P2"},
     {("P0", "0", "P1"), ("P0", "1", "P0"), ("P1", "0", "P1"), ("P1", "1", "P2"), ("P2", "0", "P1"), ("P2", "1", "P0")}),
    ("DFA transition table (start A, final C): state | a | b A | B | A B | C | A C | C | C", "A", {"C"},
     {("A", "a", "B"), ("A", "b", "A"), ("B", "a", "C"), ("B", "b", "A"), ("C", "a", "C"), ("C", "b", "C")}),
    ("The transition diagram of the DFA:\nδ | x | y\n→u | v | u\n*v | v | u", "u", {"v"},
     {("u", "x", "v"), ("u", "y", "u"), ("v", "x", "v"), ("v", "y", "u")}),
])
def test_table_pasted_on_one_line_or_named_as_a_diagram(text: str, start: str, acc: set, want: set) -> None:
    sg = parse(text, domain="automata", allow_unknown=True)
    assert {e.id for e in sg.entities if e.attr("start")} == {start}
    assert {e.id for e in sg.entities if e.attr("accepting")} == acc
    assert {(t["source"], t["symbol"], t["target"]) for t in sg.attr("transitions")} == want
