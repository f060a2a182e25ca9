"""Places in a string said as places on the page ("leftmost", "third symbol from the left", "first (leftmost) symbol
is the same as its last (rightmost) symbol") are read as the language's positions (requests-34 automata-04, -07, -08
as development data were refused)."""
import itertools

import pytest

from nesy.pipeline import parse


def _run(scene, w):
    delta = {(t["source"], t["symbol"]): t["target"] for t in scene.attr("transitions")}
    q = next(e.id for e in scene.entities if e.attr("start"))
    for c in w:
        q = delta[(q, c)]
    return bool(next(e for e in scene.entities if e.id == q).attr("accepting"))


@pytest.mark.parametrize("text, pred, alphabet", [
    ("Over {a, b}: accept the strings whose third symbol from the left is b.",
     lambda w: len(w) >= 3 and w[2] == "b", "ab"),
    ("Strings over {a, b} whose leftmost symbol is a and whose rightmost symbol is b.",
     lambda w: w[:1] == "a" and w[-1:] == "b", "ab"),
    ("Automaton over {0, 1} that accepts a non-empty string when its first (leftmost) symbol is the same as its last "
     "(rightmost) symbol.", lambda w: len(w) > 0 and w[0] == w[-1], "01"),
])
def test_language_by_place(text, pred, alphabet):
    scene = parse(text, domain="automata")
    assert not scene.not_drawn or [n.text for n in scene.not_drawn] == ["non-empty"]
    for n in range(8):
        for w in map("".join, itertools.product(alphabet, repeat=n)):
            assert _run(scene, w) == pred(w), w


def test_a_gapped_second_move_is_read():
    # requests-33 automata-04 as development data: "…, and q1 back to q0" was left unread and q1 had no move on 1
    s = parse("Draw a DFA over {0, 1} with states q0 and q1; q0 is the start state and the only accepting state. On "
              "0, q0 loops back to itself; ditto q1. On 1, q0 goes to q1, and q1 back to q0.", domain="automata")
    assert not s.not_drawn
    assert sorted((r.source, r.target) for r in s.relations if r.kind == "transition") == [
        ("q0", "q0"), ("q0", "q1"), ("q1", "q0"), ("q1", "q1")]


def test_a_refusal_quotes_the_users_words():
    # (requests-34 automata-01: the refusal quoted the reading, "no b before an a", at the user's offsets)
    from nesy.errors import NesyError
    import pytest as _pt
    text = ("DFA over {a, b} accepting exactly the strings where every a comes before every b, i.e. no b anywhere to "
            "the left of an a.")
    with _pt.raises(NesyError) as e:
        parse(text, domain="automata")
    assert "'accepting exactly the strings where every a comes before every b, i.e. no b anywhere to the left of an " \
           "a' at 16-120" in str(e.value)
