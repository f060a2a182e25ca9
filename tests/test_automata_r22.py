"""requests-22 automata refusals, fixed by mechanism (``automata_lang_forms``), asserted in other words than the
requests: a residue said by its distance from a multiple ("length is one more than a multiple of three", "two less
than a multiple of 4"); "numerals" for numbers ("the binary numerals that are multiples of 3"); "anything" /
"everything" as the strings a condition is said of; the plain passive with the condition extraposed ("those strings
… are accepted whose length …, all other strings being rejected"). Each language is checked on every string up to
length 6 against a predicate written here."""
from __future__ import annotations

import itertools

import pytest

from nesy.pipeline import parse


def _run(text: str):
    sc = parse(text, allow_unknown=True, domain="automata")
    start = sc.attr("starts")[0]["state"]
    acc = {a["state"] for a in sc.attr("accepts")}
    moves: dict[tuple[str, str], set[str]] = {}
    for t in sc.attr("transitions"):
        moves.setdefault((t["source"], t["symbol"]), set()).add(t["target"])

    def run(w: str) -> bool:
        qs = {start}
        for c in w:
            qs = {r for q in qs for r in moves.get((q, c), ())}
        return bool(qs & acc)
    return run


def _agrees(text: str, sigma: str, pred) -> None:
    run = _run(text)
    for k in range(7):
        for w in map("".join, itertools.product(sigma, repeat=k)):
            assert run(w) == pred(w), w


@pytest.mark.parametrize("text, sigma, pred", [
    ("A machine is wanted by which those strings over {a, b} are acceptd whose length is one more than a multiple of "
     "three, all other strings being rejected.", "ab", lambda w: len(w) % 3 == 1),
    ("Draw a DFA over {a, b} accepting strings whose length is one more than a multiple of 3.", "ab",
     lambda w: len(w) % 3 == 1),
    ("Draw a DFA over {a, b} accepting strings in which the number of a's is two less than a multiple of 4.", "ab",
     lambda w: w.count("a") % 4 == 2),
    ("Draw a DFA over {0, 1} accepting the strings whose length is two more than a multiple of three.", "01",
     lambda w: len(w) % 3 == 2),
])
def test_distance_from_a_multiple_is_a_residue(text, sigma, pred):
    _agrees(text, sigma, pred)


@pytest.mark.parametrize("text, sigma, pred", [
    ("Draw a DFA that recognises the binary numerals that are multiples of 3.", "01",
     lambda w: w != "" and int(w, 2) % 3 == 0),
    ("so, an NFA, alphabet a and b, that accepts anything whose second-to-last symbol is an a. Three states is enough. "
     "Draw it.", "ab", lambda w: len(w) >= 2 and w[-2] == "a"),
    ("A DFA over {0, 1} that accepts everything ending in 01.", "01", lambda w: w.endswith("01")),
])
def test_numerals_and_anything_name_the_strings(text, sigma, pred):
    run = _run(text)
    for k in range(1, 7):
        for w in map("".join, itertools.product(sigma, repeat=k)):
            assert run(w) == pred(w), w


def test_passive_accepted_with_extraposed_condition():
    _agrees("Design a DFA over {a, b}: those strings are accepted that contain aa, all other strings being rejected.",
            "ab", lambda w: "aa" in w)


# ------------------------------------------------------------------ a remainder construction beside the language
_RESIDUE = ("A classic example recognises the binary numerals that are multiples of 3: its three states correspond to the "
            "remainders 0, 1 and 2, the remainder-0 state is both the start state and the only accepting state, and "
            "reading a bit b in the state for remainder r leads to the state for remainder {rule} mod 3. Draw this "
            "automaton.")


@pytest.mark.parametrize("text", [
    "In the theory of computation, a deterministic finite automaton (DFA) is a finite-state machine that accepts or "
    "rejects a given string of symbols by running through a state sequence uniquely determined by the string. "
    + _RESIDUE.format(rule="(2r + b)"),
    _RESIDUE.format(rule="(2r + b)"),
    "Draw a DFA recognising the binary numbers divisible by 3; its three states represent the remainders 0, 1 and 2, "
    "the state for remainder 0 is the start state and the only accepting state, and on reading the bit x in the state "
    "for remainder y the machine goes to the state for remainder (2y + x) mod 3.",
])
def test_remainder_construction_agrees_and_is_read(text):
    run = _run(text)
    for k in range(1, 8):
        for w in map("".join, itertools.product("01", repeat=k)):
            assert run(w) == (int(w, 2) % 3 == 0), w
    sc = parse(text, allow_unknown=True, domain="automata")
    assert not sc.not_drawn
    assert any("construction" in n for n in sc.attr("language")["notes"])


def test_remainder_construction_that_disagrees_is_refused():
    from nesy.errors import UnsupportedError
    with pytest.raises(UnsupportedError, match="accept different languages"):
        parse(_RESIDUE.format(rule="(2r + 1)"), allow_unknown=True, domain="automata")


def test_definition_with_a_number_is_not_set_aside():
    from nesy.domains.automata_residues import definition_spans
    assert definition_spans("A DFA is a machine with 3 states. Draw one over {a, b} accepting strings ending in a.") == []
    t = "In theory, a DFA is a machine that reads strings. Draw one."
    assert [t[a:b] for a, b in definition_spans(t)] == ["In theory, a DFA is a machine that reads strings."]
