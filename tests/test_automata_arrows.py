"""Transitions written as arrows with the symbol inside ("1 →a→ 2", "1 -a-> 2", "1 --a--> 2", "q0 —b→ q1"),
between numeric or named states, declared or not, beside the other notations (δ(1, a) = 2, (1, a) → 2,
"1 on a goes to 2"); a chain of such arrows is one transition per link; a chain of plain arrows ("A → B → C")
stays a chain of states. A DFA the text leaves partial ("no other transitions") is drawn without a dead
state, and automaton.json says which moves it lacks."""
from __future__ import annotations

import pytest

from nesy.domains.automata import automaton_notes
from nesy.pipeline import parse

WANT = [("1", "a", "2"), ("2", "b", "3"), ("3", "a", "2")]


def _tr(s):
    return sorted((t["source"], t["symbol"], t["target"]) for t in s.attr("transitions"))


@pytest.mark.parametrize("text", [
    "Automaton with states 1, 2 and 3; 1 is the start state; 3 is accepting. 1 -a-> 2, 2 -b-> 3, 3 -a-> 2.",
    "DFA: start state 1, accepting: 3. 1 --a--> 2; 2 --b--> 3; 3 --a--> 2 (no other transitions)",
    "Nodes: 1, 2, 3. Initial = 1. Accepting: {3}. 1 →a→ 2 and 2 →b→ 3 and 3 →a→ 2.",
    "Draw the DFA 1 →a→ 2 →b→ 3, 3 →a→ 2; start 1, accept 3; no other moves",
    "states 1,2,3. 1 on a goes to 2, 2 on b goes to 3, 3 on a goes to 2. initial state 1, final state 3",
    "δ(1, a) = 2, δ(2, b) = 3, δ(3, a) = 2; start 1; final state 3",
    "(1, a) → 2, (2, b) → 3, (3, a) → 2. Start = 1, F = {3}.",
    "states 1, 2, 3: 1→a→2, 2→b→3, 3→a→2; start = 1; final = {3}",
])
def test_numeric_states_with_the_symbol_written_in_the_arrow(text):
    s = parse(text, domain="automata", allow_unknown=True)
    assert [e.id for e in s.entities] == ["1", "2", "3"]
    assert _tr(s) == WANT
    assert [e.id for e in s.entities if e.attr("start")] == ["1"]
    assert [e.id for e in s.entities if e.attr("accepting")] == ["3"]
    assert not s.not_drawn
    # partial: no dead state is drawn, and the output says which moves are missing
    assert automaton_notes(s)["partial"]["missing"] == [["1", "b"], ["2", "a"], ["3", "b"]]


def test_named_states_and_symbol_lists_inside_arrows():
    s = parse("q0 —a→ q1 —b→ q2, q2 →a,b→ q2; q0 start; q2 accepting", domain="automata", allow_unknown=True)
    assert _tr(s) == [("q0", "a", "q1"), ("q1", "b", "q2"), ("q2", "a", "q2"), ("q2", "b", "q2")]
    assert "partial" in automaton_notes(s)


@pytest.mark.parametrize("text,edges", [
    ("A → B → C, start A, C accepting", [("A", None, "B"), ("B", None, "C")]),
    ("q0 → q1 → q2; q0 is initial; q2 is final", [("q0", None, "q1"), ("q1", None, "q2")]),
])
def test_a_chain_of_plain_arrows_stays_a_chain_of_states(text, edges):
    assert _tr(parse(text, domain="automata", allow_unknown=True)) == edges


@pytest.mark.parametrize("text, n_trans", [
    ("States: s0, s1, s2; start s0; accepting s2; s0 on b to s1, s1 on a to s2.", 2),
    ("States Q = {s0, s1, s2}; start s0; accepting F = {s1, s2}; s0 on a to s1, s1 on b to s2.", 2),
    ("q0 on 0 into q1; q1 on 1 to q0; q0 is the start state and q1 is accepting", 2),
    ("A DFA: q0 on a,b to q1; q1 on a to q1; q1 is accepting; q0 is the start.", 3),
])
def test_a_move_written_without_a_verb(text, n_trans):
    # "s0 on b to s1": the symbol is b, never a state 'b' (which made a listed-states text impossible)
    from nesy.pipeline import parse
    scene = parse(text, domain="automata")
    states = sorted(e.name or e.id for e in scene.entities)
    assert "b" not in states and "Q" not in states
    assert len(scene.relations) == n_trans
