"""A DFA built from a described language (nesy.domains.automata_lang): the drawn automaton accepts exactly
the described strings (checked by brute force on every string up to length 8), is minimal, names its states
q0, q1, … breadth-first; a description with a word nesy does not read, or an example it contradicts, is
refused naming the phrase — never guessed."""
from __future__ import annotations

import itertools
import json

import pytest

from nesy.errors import UnsupportedError
from nesy.pipeline import generate, parse


def _run(scene, w: str) -> bool:
    delta = {(t["source"], t["symbol"]): t["target"] for t in scene.attr("transitions")}
    q = next(e.id for e in scene.entities if e.attr("start"))
    for c in w:
        q = delta[(q, c)]
    return bool(next(e for e in scene.entities if e.id == q).attr("accepting"))


@pytest.mark.parametrize("text,alphabet,language,states", [
    ("DFA over {a,b} that accepts the strings ending in a", "ab", lambda w: w.endswith("a"), 2),
    ("Draw a finite automaton accepting the binary strings with an even number of 0s.", "01",
     lambda w: w.count("0") % 2 == 0, 2),
    ("NFA for strings over {0,1} that contain 101 as a substring", "01", lambda w: "101" in w, 4),
    ("a DFA that recognises binary numbers divisible by 3 (most significant bit first)", "01",
     lambda w: int(w or "0", 2) % 3 == 0, 3),
    ("DFA over the alphabet {a, b} accepting exactly one string: ab", "ab", lambda w: w == "ab", 4),
    ("a DFA over {0,1} that accepts the strings which start with 1 and end with 0, like 10, 110 and 1010", "01",
     lambda w: w.startswith("1") and w.endswith("0"), 4),
    ("a DFA over {a,b} that accepts strings that do not contain aa", "ab", lambda w: "aa" not in w, 3),
    ("a DFA over {a,b} accepting strings of even length or ending with b", "ab",
     lambda w: len(w) % 2 == 0 or w.endswith("b"), 3),
])
def test_the_drawn_automaton_accepts_exactly_the_described_language(text, alphabet, language, states):
    scene = parse(text, domain="automata", allow_unknown=True)
    assert [e.id for e in scene.entities] == [f"q{k}" for k in range(states)]     # minimal, named in order
    assert len(scene.attr("transitions")) == states * len(alphabet)              # complete
    for n in range(9):
        for w in map("".join, itertools.product(alphabet, repeat=n)):
            assert _run(scene, w) == language(w), w
    # every state and transition says where it came from: the language phrase
    assert all(e.span is not None and e.span.text in text for e in scene.entities)


@pytest.mark.parametrize("text,phrase", [
    ("a DFA that accepts strings where every a is followed by b", "that accepts strings where every a"),   # unread
    ("Draw an NFA that recognizes strings containing aa", "that recognizes strings containing aa"),        # no Σ
    ("a DFA over {0,1} accepting the strings that start with 1, like 10 and 01", "accepting the strings"),  # 01
])
def test_a_language_nesy_cannot_build_is_refused_naming_it(text, phrase):
    with pytest.raises(UnsupportedError, match=phrase):
        parse(text, domain="automata", allow_unknown=True)


def test_the_built_automaton_is_drawn_and_verified(tmp_path):
    res = generate("NFA for strings over {0,1} that contain 101 as a substring", out_dir=tmp_path, controls=False)
    assert res.verdict.passed and res.complete
    art = json.loads((tmp_path / "automaton.json").read_text())
    assert art["states"] == ["q0", "q1", "q2", "q3"] and art["accepting"] == ["q3"]
