"""Kinds of phrasing requests-11 failed on in automata, each on phrasings other than the items' own, read from
what the CLI writes (scene.json, verdict.json) or the exit code: a stated number of states is a constraint on
the automaton built from a described language (fewer than its minimal DFA: impossible, exit 3, Myhill–Nerode;
more: a DFA of that many equivalent states; "at most n": the minimal one), a number before "states" in a wording
nesy does not read is refused, never dropped; and an aside "(zero counts)" that agrees with a multiple-of
condition is read."""
from __future__ import annotations

import json

import pytest

from nesy.cli import main


def _run(tmp_path, text: str, *extra: str) -> tuple[int, dict | None, dict | None]:
    out = tmp_path / "o"
    rc = main(["generate", text, "-o", str(out), "--no-controls", "--timeout", "120", *extra])
    if not (out / "scene.json").exists():
        return rc, None, None
    return rc, json.loads((out / "scene.json").read_text()), json.loads((out / "verdict.json").read_text())


@pytest.mark.parametrize("text", [
    "Give me a DFA with just two states that accepts the strings over {a} whose length is a multiple of 3.",
    "A 2-state DFA over {0,1} that accepts binary numbers divisible by 3.",
    "Build a DFA with no more than 2 states over {0,1} that accepts binary numbers divisible by 3.",
    "Using at most three states, draw a DFA over {a, b} accepting the strings that end in abb.",
])
def test_fewer_states_than_the_minimal_dfa_is_impossible(tmp_path, text, capsys):
    rc, _s, _v = _run(tmp_path, text)
    assert rc == 3
    err = capsys.readouterr().err
    assert "states" in err and "minimal DFA" in err


@pytest.mark.parametrize("text, n", [
    ("A DFA with exactly four states that accepts the strings over {a, b} ending in b.", 4),
    ("Draw a DFA using at most 4 states for binary strings ending in 01.", 3),
    ("A three-state DFA over {a, b} that accepts strings with a number of b's divisible by 3.", 3),
    ("Build a DFA with 3 states over {0,1} for the binary numbers divisible by 3.", 3),
])
def test_a_stated_number_of_states_is_drawn_and_checked(tmp_path, text, n):
    rc, scene, verdict = _run(tmp_path, text)
    assert rc == 0
    assert len([e for e in scene["entities"] if e["kind"] == "state"]) == n
    checks = {c["law"]: c for c in verdict["checks"]}
    assert checks["stated_states"]["passed"] and checks["language_equivalent"]["passed"]


def test_a_count_of_states_in_another_wording_is_refused_not_dropped(tmp_path, capsys):
    rc, _s, _v = _run(tmp_path, "A DFA over {a} that accepts the strings of even length, between 2 and 5 states.",
                      "--domain", "automata")
    assert rc == 2
    assert "states" in capsys.readouterr().err


def test_without_a_count_the_minimal_dfa_is_drawn(tmp_path):
    # negative: no number of states stated, nothing is constrained or padded
    rc, scene, verdict = _run(tmp_path, "A DFA over {a, b} that accepts the strings ending in b.")
    assert rc == 0
    assert len(scene["entities"]) == 2
    assert not any(c["law"] == "stated_states" for c in verdict["checks"])


@pytest.mark.parametrize("text, n", [
    ("Strings over {a, b} in which the number of a's is a multiple of four (zero counts). Draw the DFA.", 4),
    ("A DFA over {0,1} for strings whose number of 1s is divisible by 3 (0 is included).", 3),
    ("A DFA over {x, y} for strings with an even number of x's (none counts too).", 2),
])
def test_zero_counts_agrees_with_a_multiple(tmp_path, text, n):
    rc, scene, _v = _run(tmp_path, text, "--domain", "automata")
    assert rc == 0
    assert len(scene["entities"]) == n


def test_zero_counts_beside_an_odd_count_is_refused(tmp_path, capsys):
    rc, _s, _v = _run(tmp_path, "Strings over {a, b} whose number of b's is odd (zero counts). Draw the DFA.",
                      "--domain", "automata")
    assert rc == 2
    assert "(zero counts)" in capsys.readouterr().err


@pytest.mark.parametrize("text, a, b", [
    ("A DFA over {0,1} accepting the strings where each 1 is directly followed by a 0.", "1", "0"),
    ("DFA over {x, y, z} for strings in which every x is followed by a y.", "x", "y"),
    ("Automaton over {p, q} for the language where every p is immediately followed by a q (the empty string is "
     "accepted).", "p", "q"),
])
def test_every_s_followed_by_t(tmp_path, text, a, b):
    rc, scene, verdict = _run(tmp_path, text)
    assert rc == 0
    assert len(scene["entities"]) == 3          # waiting for nothing, waiting for t, dead
    checks = {c["law"]: c for c in verdict["checks"]}
    assert checks["language_equivalent"]["passed"] and checks["language_strings"]["passed"]


def test_every_s_followed_by_s_accepts_no_s(tmp_path):
    # negative: "every a is followed by an a" is never met by a finite string holding an a
    from nesy.domains.automata_lang import build
    text = "DFA over {a,b} for strings in which every a is followed by an a."
    ph = {"text": "strings in which every a is followed by an a", "start": 20, "end": 64}
    lang = build(text, ph, ["a", "b"])
    assert lang.dfa.accepts("bbb") and lang.dfa.accepts("") and not lang.dfa.accepts("aa")
    assert not lang.dfa.accepts("ab")
