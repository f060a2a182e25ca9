"""Transitions written with the symbol fronted before the verb and a list of targets, then a comma and the next
clause ("s0 on a goes to s0 and s1, s0 on b goes to s0"): every target of the list is a transition (requests-19
automata-06 lost s0 →a s1 and verified the smaller machine). A list of subjects of the next clause ends with
"and"/"or" ("q1, q2 and q3 on b go to q4"); after a bare comma only the name before the verb is its subject."""
from __future__ import annotations

import pytest

from nesy.pipeline import generate, parse


def _edges(text: str) -> set[tuple[str, str, str]]:
    scene = parse(text, allow_unknown=True)
    assert scene.domain == "automata"
    return {(t["source"], str(t["symbol"]), t["target"]) for t in scene.attr("transitions")}


@pytest.mark.parametrize("text, edge, also", [
    ("NFA with states p0, p1, p2; start p0, accepting p2. p0 on x goes to p0 and p1, p0 on y goes to p0, "
     "p1 on y goes to p2", ("p0", "x", "p1"), ("p0", "y", "p0")),
    ("Draw an NFA: states A, B, C, start A, final C; A on 1 moves to A and B, A on 0 moves to A, B on 0 moves to C",
     ("A", "1", "B"), ("A", "0", "A")),
    ("nfa states u, v, w (start u, accept w): u reading a goes to u or v, u reading b goes to u, v reading b goes to w",
     ("u", "a", "v"), ("u", "b", "u")),
])
def test_every_target_before_a_comma_and_the_next_clause_is_a_transition(text, edge, also):
    e = _edges(text)
    assert edge in e and also in e
    # the list's last target is no subject of the next clause
    assert (edge[2], also[1], also[2]) not in e


def test_a_list_of_subjects_with_and_still_shares_the_clause():
    e = _edges("DFA with states q0, q1, q2, q3: start q0, accept q3; q0 on a goes to q1, q1 and q2 on b go to q3, "
               "q0 on b goes to q2")
    assert {("q0", "a", "q1"), ("q1", "b", "q3"), ("q2", "b", "q3"), ("q0", "b", "q2")} <= e
    assert ("q0", "a", "q2") not in e


# --- a language defined by name in LaTeX set-builder notation, then used by its name (requests-19 automata-09) ---
@pytest.mark.parametrize("text, accepts, rejects", [
    (r"Let $L = \{ w \in \{a,b\}^* : w \text{ starts with } a \text{ and ends with } b \}$. Draw a DFA for $L$.",
     ["ab", "aab", "abab"], ["", "a", "ba", "aba"]),
    ("L = {w ∈ {0,1}* : w has an even number of 0s}. Draw the minimal DFA that accepts L.",
     ["", "1", "00", "0101"], ["0", "10", "000"]),
    ("Let L = {w ∈ {a,b}^* : w ends with ab}. Draw a DFA that recognises L.", ["ab", "aab", "bab"], ["", "a", "ba"]),
])
def test_a_named_set_builder_language_is_built_and_its_name_read(text, accepts, rejects):
    res = generate(text, domain="automata", rounds=1)
    assert res.passed and not res.scene.not_drawn
    start = next(e.id for e in res.scene.entities if e.attr("start"))
    acc = {e.id for e in res.scene.entities if e.attr("accepting")}
    delta = {(t["source"], t["symbol"]): t["target"] for t in res.scene.attr("transitions")}

    def run(w):
        q = start
        for ch in w:
            q = delta.get((q, ch))
            if q is None:
                return False
        return q in acc
    assert all(run(w) for w in accepts) and not any(run(w) for w in rejects)
