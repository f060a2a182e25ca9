"""requests-12 (and requests-9) automata failures, own phrasings: a state that is "both the start state and the
only accepting state" (or "the sole final state and the start state") is read with both marks; an accept mark
that marks a state but is left unread ("A is the start state and the one accepting state") is refused naming it,
never drawn as an empty accepting set; a bracketed gloss after an input symbol ("input p (press)", "symbol c (a
coin)") is the symbol's meaning in the story: its words are listed as not drawn and the clause around it is read;
and a move verb left unread where no move was read at all ("input p toggles back and forth between them") is
refused, never drawn as a machine without transitions that claims to be verified."""
from __future__ import annotations

import json

import pytest

from nesy.cli import main
from nesy.errors import UnsupportedError
from nesy.registry import get_domain

D = get_domain("automata")


def _read(text: str):
    sc = D.parse(text, allow_unknown=True)
    return ([e.id for e in sc.entities if e.attr("start")], [e.id for e in sc.entities if e.attr("accepting")],
            sorted((t["source"], t["symbol"], t["target"]) for t in sc.attr("transitions")), [u.text for u in sc.unknown])


def _accepts(auto: dict, word: str) -> bool:
    (q,) = auto["start"]
    for ch in word:
        (q,) = [t["to"] for t in auto["transitions"] if t["from"] == q and t["symbol"] == ch]
    return q in auto["accepting"]


@pytest.mark.parametrize("text, start, acc", [
    ("states p and q; p is the start state and the only accepting one; p goes to q on a; q goes to p on a.",
     "p", "p"),
    ("states A, B and C; A is the sole final state and the start state; A goes to B on 0; B goes to C on 0; "
     "C goes to A on 0.", "A", "A"),
    ("states s0, s1; s0 is initial and the only final state; s0 goes to s1 on x; s1 goes to s0 on x.", "s0", "s0"),
])
def test_the_only_accepting_state_beside_the_start_mark(text, start, acc):
    st, ac, _t, _u = _read(text)
    assert st == [start] and ac == [acc]


@pytest.mark.parametrize("text, word", [
    ("states A and B; A is the start state and the one accepting state; A goes to B on x; B goes to A on x.",
     "accepting"),
    ("states q0, q1; q0 is the start state; q1 is the final-most accepting node; q0 goes to q1 on a.", "accepting"),
])
def test_an_unread_accept_mark_is_refused_by_name(text, word):
    with pytest.raises(UnsupportedError) as e:
        D.parse(text, allow_unknown=True)
    assert f"'{word}'" in str(e.value)


def test_an_accept_word_in_a_drawing_remark_is_not_refused():
    # negative: "Accepting states are drawn with two circles" marks no state of the text
    st, ac, _t, _u = _read("states q0 and q1; q0 is the start state; q1 is accepting; q0 goes to q1 on a; q1 loops "
                           "on a. Accepting states are drawn with two circles.")
    assert st == ["q0"] and ac == ["q1"]


@pytest.mark.parametrize("text, trans, gloss", [
    ("states OFF and ON; OFF is the start state; ON is accepting; input p (press) toggles between them.",
     [("OFF", "p", "ON"), ("ON", "p", "OFF")], ["press"]),
    ("states Locked and Open; Locked is the start state; Open is accepting; symbol c (a coin) takes Locked to Open, "
     "and symbol t (for turn) takes Open to Locked.", [("Locked", "c", "Open"), ("Open", "t", "Locked")],
     ["coin", "turn"]),
    ("states S and T; S is the start state and T is accepting; S goes to T on b (for bell); T goes to S on b.",
     [("S", "b", "T"), ("T", "b", "S")], ["bell"]),
])
def test_a_gloss_after_a_symbol_is_listed_and_the_clause_read(text, trans, gloss):
    _s, _a, t, unknown = _read(text)
    assert t == sorted(trans)
    assert [u for u in unknown if u in gloss] == gloss


def test_a_bracket_of_automaton_words_is_no_gloss():
    # negative: "(start)" after a name is the start mark, read as such
    st, _a, _t, _u = _read("states q0 (start) and q1 (accepting); q0 goes to q1 on a; q1 goes to q0 on a.")
    assert st == ["q0"]


@pytest.mark.parametrize("text", [
    "states OFF and ON; OFF is the start state; ON is accepting; input p toggles back and forth between them.",
    "states OFF and ON; OFF is the start state; ON is accepting; every p press toggles the lamp between them.",
    "states OFF and ON; OFF is the start state; ON is accepting; on p it toggles its light, back and forth.",
])
def test_an_unread_move_with_no_move_read_is_refused(text):
    with pytest.raises(UnsupportedError) as e:
        D.parse(text, allow_unknown=True)
    assert "'toggles'" in str(e.value)


@pytest.mark.parametrize("text, accepts, rejects", [
    ("Two states, A and B; A is both the start state and the only accepting state; on x each state stays where it "
     "is, on y it switches to the other one.", ["", "yy", "xyyx"], ["y", "xyx"]),
    ("A lamp as a finite state machine: states OFF and ON, start in OFF, input p (press) toggles between them. "
     "Accepting state ON.", ["p", "ppp"], ["", "pp"]),
])
def test_cli_language_of_the_machine_drawn(tmp_path, text, accepts, rejects):
    out = tmp_path / "o"
    rc = main(["generate", text, "-o", str(out), "--no-controls", "--timeout", "120", "--domain", "automata"])
    assert rc in (0, 7)
    auto = json.loads((out / "automaton.json").read_text())
    assert all(_accepts(auto, w) for w in accepts) and not any(_accepts(auto, w) for w in rejects)
    assert json.loads((out / "verdict.json").read_text())["status"].startswith("verified")
