"""requests-9 automata failures, own phrasings: a symbol given once for a chain of arrows, an unlabelled
transition in an automaton refused, coordinated ε-targets, 'toggles between', rows of a table."""
from __future__ import annotations

import pytest

from nesy.domains import automata as A
from nesy.errors import NesyError


def _trans(text: str) -> set[tuple]:
    sc = A.parse_automaton(text, allow_unknown=True)
    return {(t["source"], t["symbol"], t["target"]) for t in sc.attr("transitions")}


@pytest.mark.parametrize("text,want", [
    ("States A, B, C; A is the start state and C is accepting; A -> B -> C -> A (all transitions on 1).",
     {("A", "1", "B"), ("B", "1", "C"), ("C", "1", "A")}),
    ("Nodes x, y, z; x is initial, z is final. x → y → z, each arrow reads b.",
     {("x", "b", "y"), ("y", "b", "z")}),
    ("A DFA over {a}: s0 start, s1 accepting, s0 -> s1 -> s0, with every edge labelled by a.",
     {("s0", "a", "s1"), ("s1", "a", "s0")}),
    ("Alphabet {0}. p is the start and accepting; p → q → p, every transition labelled 0.",
     {("p", "0", "q"), ("q", "0", "p")}),
])
def test_chain_symbol_given_once(text, want):
    assert _trans(text) == want


@pytest.mark.parametrize("text", [
    "Alphabet {0,1}. q0 is the start, q1 accepting. q0 → q1 → q0.",
    "States u, v over {a, b}; u start, v accepting; u -> v.",
    "Over the alphabet {x, y}: start state m, final state n; m → n → m.",
])
def test_unlabelled_transition_of_an_automaton_refused(text):
    with pytest.raises(NesyError) as e:
        A.parse_automaton(text)
    assert "→" in str(e.value) or "->" in str(e.value)


@pytest.mark.parametrize("text,want", [
    ("An ε-NFA. p has ε-transitions to q and to r; q goes to f on 0; r goes to f on 1; p is the start; f is accepting.",
     {("p", "ε", "q"), ("p", "ε", "r"), ("q", "0", "f"), ("r", "1", "f")}),
    ("ε-NFA: from A there are ε-moves to B and C; B goes to D on x; C goes to D on y; A start; D final.",
     {("A", "ε", "B"), ("A", "ε", "C"), ("B", "x", "D"), ("C", "y", "D")}),
    ("NFA: from u there is an epsilon move into v or w; v loops on a; u is initial; v and w are accepting.",
     {("u", "ε", "v"), ("u", "ε", "w"), ("v", "a", "v")}),
    ("λ-NFA: from k0 there are λ-moves to k1, to k2 and to k3; k1 goes to k3 on c; k0 start; k3 accepting.",
     {("k0", "ε", "k1"), ("k0", "ε", "k2"), ("k0", "ε", "k3"), ("k1", "c", "k3")}),
])
def test_coordinated_targets_of_a_move_each_get_it(text, want):
    assert _trans(text) == want


@pytest.mark.parametrize("text,want", [
    ("A machine with states OFF and ON, start in OFF, input p toggles between them. Accepting state ON.",
     {("OFF", "p", "ON"), ("ON", "p", "OFF")}),
    ("States X and Y; Y is the start and X is accepting; on 1 it switches between the two states.",
     {("X", "1", "Y"), ("Y", "1", "X")}),
    ("Two states, idle and busy; idle is initial and accepting; reading t, busy flips between them.",
     {("idle", "t", "busy"), ("busy", "t", "idle")}),
])
def test_toggles_between_two_states_is_both_ways(text, want):
    assert _trans(text) == want
