"""Input symbols that are words (issue 9, requests-6 automata-08): "coin", "push", "tick", "reset", "toggle".

Kinds of phrasing, each written several ways: a label before its arrow ("coin: Locked → Unlocked"), the input
met while in a state ("a push while Locked stays in Locked"), the label in brackets after the arrow
("A -> B (flip)"), the symbol fronted or after the move; quantifiers are never symbols ("…on tick, and every
state goes to Red on reset"); a bare mark before a colon ("Locked initial:"). A transition read without its
symbol while an unread word stands in its clause is refused, never drawn unlabelled (it would verify and be
wrong)."""
from __future__ import annotations

import pytest

from nesy.domains import automata as A
from nesy.errors import UnsupportedError


def _t(s):
    return sorted((t["source"], t["symbol"], t["target"]) for t in s.attr("transitions"))


TURN = [("Locked", "coin", "Unlocked"), ("Locked", "push", "Locked"), ("Unlocked", "coin", "Unlocked"),
        ("Unlocked", "push", "Locked")]


@pytest.mark.parametrize("text", [
    "FSM with states Locked and Unlocked (Locked initial). coin: Locked → Unlocked; push: Unlocked → Locked; "
    "push: Locked → Locked; coin: Unlocked → Unlocked.",
    "turnstile machine, states Locked, Unlocked; start Locked. coin: Locked -> Unlocked, push: Unlocked -> Locked; "
    "a push while Locked stays in Locked; a coin when in Unlocked keeps it in Unlocked",
    "state machine: states Locked and Unlocked, Locked is the start state; Locked -> Unlocked (coin), "
    "Unlocked -> Locked (push), Locked -> Locked (push), Unlocked -> Unlocked (on coin)",
    "A turnstile FSM, states Locked and Unlocked, Locked is the start state. On coin Locked goes to Unlocked, "
    "on push Unlocked goes to Locked. Locked loops on push and Unlocked loops on coin.",
    "states Locked, Unlocked; Locked initial: inserting a coin in Locked goes to Unlocked, a push in Unlocked goes "
    "to Locked, a push when in Locked stays in Locked, a coin while in Unlocked stays in Unlocked",
])
def test_word_symbols_in_every_form(text) -> None:
    assert _t(A.parse_automaton(text, allow_unknown=True)) == TURN


@pytest.mark.parametrize("text,want", [
    # one label heads the arrows after it up to ';'
    ("vending machine states S0, S5, S10 (S0 start, S10 accepting); nickel: S0 → S5, S5 → S10; dime: S0 → S10",
     [("S0", "dime", "S10"), ("S0", "nickel", "S5"), ("S5", "nickel", "S10")]),
    ("An FSM, states Idle, Run; Idle is initial. go: Idle→Run, stop: Run→Idle; a stop while Idle keeps the "
     "machine in Idle.", [("Idle", "go", "Run"), ("Idle", "stop", "Idle"), ("Run", "stop", "Idle")]),
    ("FSM for a switch: states Off and On, Off initial; toggle: Off → On; toggle: On → Off",
     [("Off", "toggle", "On"), ("On", "toggle", "Off")]),
    # a quantifier is never a symbol of the list before it
    ("state machine for a traffic light with states Red, Green, Yellow; start in Red. Red goes to Green on tick, "
     "Green goes to Yellow on tick, Yellow goes to Red on tick, and every state goes to Red on reset.",
     [("Green", "reset", "Red"), ("Green", "tick", "Yellow"), ("Red", "reset", "Red"), ("Red", "tick", "Green"),
      ("Yellow", "reset", "Red"), ("Yellow", "tick", "Red")]),
])
def test_labels_heading_arrows_and_quantifiers(text, want) -> None:
    assert _t(A.parse_automaton(text, allow_unknown=True)) == want


@pytest.mark.parametrize("text,start", [
    ("DFA over {0,1} with states p and q, p start, q accepting. p goes to q on 1, p loops on 0, q loops on 0 and 1",
     "p"),
    ("a DFA with states A, B; A initial: A goes to B on a, B loops on a", "A"),
])
def test_a_bare_mark_ends_the_declaration(text, start) -> None:
    s = A.parse_automaton(text)
    assert [e.id for e in s.entities if e.attr("start")] == [start]


@pytest.mark.parametrize("text", [
    "Transitions: A → B, B → C. A graph with nodes A, B, C.",
    "Edges: 1 -> 2, 2 -> 3",
    "A graph of a road network: Home → Work, Work → Gym, Gym → Home.",
])
def test_headers_and_titles_are_not_symbols(text) -> None:
    assert all(t[1] is None for t in _t(A.parse_automaton(text, allow_unknown=True)))


@pytest.mark.parametrize("text,word", [
    ("State machine with states Locked and Unlocked: Locked → Unlocked when you drop a coin; Unlocked → Locked.",
     "drop"),
    ("FSM with states A and B; A → B after a beep, B → A", "beep"),
])
def test_unlabelled_transition_beside_an_unread_word_is_refused(text, word) -> None:
    with pytest.raises(UnsupportedError, match=word):
        A.parse_automaton(text, allow_unknown=True)


@pytest.mark.parametrize("text,want", [
    ("a DFA over {a,b}: states q0 q1; q0 start; q1 accepting; q0 -a-> q1, q0 -b-> q0, q1 -a,b-> q1",
     ["q0", "q1"]),
    ("DFA with states q0 q1 q2, q0 is the start state, q2 is accepting; q0 goes to q1 on a, q1 goes to q2 on b, "
     "q2 loops on a and b", ["q0", "q1", "q2"]),
    ("nodes 1 2 3 4; 1 → 2, 2 → 3, 3 → 4, 4 → 1", ["1", "2", "3", "4"]),
    ("a state machine, states A B C. A -> B (flip), B -> C (flop)", ["A", "B", "C"]),
])
def test_names_listed_with_spaces_alone(text, want) -> None:
    assert [e.id for e in A.parse_automaton(text, allow_unknown=True).entities] == want


@pytest.mark.parametrize("text", [
    "NFA, states p and q, p initial, q final: p goes to itself on either symbol and to q on 1. Alphabet {0,1}.",
    "NFA over {0,1} with states p, q; p start; q accepting; p loops on every symbol; p goes to q on 1",
    "NFA over {0, 1}: states p, q; start p; accept q; p goes to p on both symbols, p goes to q on 1",
])
def test_either_or_every_symbol_is_the_alphabet(text) -> None:
    assert _t(A.parse_automaton(text, allow_unknown=True)) == [("p", "0", "p"), ("p", "1", "p"), ("p", "1", "q")]
