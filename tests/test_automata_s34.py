"""Kinds of phrasing outsider requests (session 34, requests-17) failed on in automata, each tested on phrasings other
than the items' own: a bracketed aside after the input a machine reads ("reads a binary number (most significant bit
first) and accepts it when …"); a regular expression followed by a bare bracketed gloss ("a*b* (any a's followed by
any b's)"), which must say the same language; "any a's" as "any number of a's"; and a purpose clause closing the
description (", for my compilers class") that says nothing of the language."""
from __future__ import annotations

import itertools

import pytest

from nesy.domains.automata_alias import accepts
from nesy.errors import NesyError
from nesy.pipeline import parse


def _parse(text: str):
    return parse(text, allow_unknown=True)


def _all(sigma, n=7):
    return ["".join(w) for k in range(n + 1) for w in itertools.product(sigma, repeat=k)]


def _lang(scene, sigma, n=7) -> set[str]:
    trans = scene.attr("transitions")
    st = {a["state"] for a in scene.attr("starts")}
    acc = {a["state"] for a in scene.attr("accepts")}
    return {w for w in _all(sigma, n) if accepts(trans, st, acc, w)}


def _val(w: str, msb: bool = True) -> int:
    return int((w if msb else w[::-1]) or "0", 2)


# ------------------------------------------------------------ a bracketed aside after the input read (05)
@pytest.mark.parametrize("text, pred", [
    ("Make a DFA which takes a binary number (read least significant bit first) and accepts it iff the number is "
     "divisible by 5.", lambda w: _val(w, msb=False) % 5 == 0),
    ("Construct a DFA that reads a binary number (high-order bit first) and accepts it exactly when the number is a "
     "multiple of 4.", lambda w: _val(w) % 4 == 0),
    ("a DFA that processes a binary integer (msb first) and accepts it when it is divisible by 6",
     lambda w: _val(w) % 6 == 0),
    # near phrasings that read the same without the bracket
    ("DFA that reads a binary number, most significant bit first, and accepts it when the number is divisible by 3.",
     lambda w: _val(w) % 3 == 0),
    ("Build a DFA that reads a binary number and accepts it when the number is divisible by 7.",
     lambda w: _val(w) % 7 == 0),
])
def test_aside_after_the_input_read(text, pred):
    assert _lang(_parse(text), "01") == {w for w in _all("01") if pred(w)}


@pytest.mark.parametrize("text, word", [
    ("Build a DFA that reads a binary number (in octal) and accepts it when the number is divisible by 3.", "octal"),
    ("a DFA that reads a binary number (most significant bit first) (least significant bit first) and accepts it "
     "when the number is divisible by 3", "significant"),
])
def test_aside_after_the_input_that_is_not_read_is_refused(text, word):
    with pytest.raises(NesyError) as e:
        _parse(text)
    assert word in str(e.value)


# ------------------------------------------------------------ a regex and its bare bracketed gloss (08)
@pytest.mark.parametrize("text, sigma, pred", [
    ("DFA for the regular expression 0*1* (any 0s followed by any 1s)", "01",
     lambda w: "10" not in w),
    ("DFA for the regex ab*a (an a, then any b's, then an a)", "ab",
     lambda w: len(w) >= 2 and w[0] == "a" and w[-1] == "a" and set(w[1:-1]) <= {"b"}),
    ("an NFA for the regex b*a* (zero or more b's followed by zero or more a's)", "ab", lambda w: "ab" not in w),
    # "any a's" on its own (no expression): any number of a's
    ("DFA for strings of any a's followed by any b's over {a, b}", "ab", lambda w: "ba" not in w),
])
def test_regex_with_bare_bracketed_gloss(text, sigma, pred):
    assert _lang(_parse(text), sigma) == {w for w in _all(sigma) if pred(w)}


@pytest.mark.parametrize("text, word", [
    # the gloss says another language: refused naming it, never one of the two chosen
    ("finite automaton for the regex a*b* (any b's followed by any a's)", "any b's followed by any a's"),
    ("DFA for the regular expression 0*1* (one or more 0s followed by any 1s)", "one or more 0s"),
    # a bracket that is no language in words is not a gloss: still refused naming it
    ("finite automaton for the regex a*b* (see the lecture notes)", "lecture"),
])
def test_bracket_after_regex_that_disagrees_or_is_no_gloss_is_refused(text, word):
    with pytest.raises(NesyError) as e:
        _parse(text)
    assert word in str(e.value)


# ------------------------------------------------------------ a purpose clause closing the description (02)
@pytest.mark.parametrize("text, sigma, pred", [
    ("DFA for strings over {a,b} ending in ab — for our theory of computation homework", "ab",
     lambda w: w.endswith("ab")),
    ("I want a DFA accepting binary strings with an even number of 0s, for a lecture tomorrow", "01",
     lambda w: w.count("0") % 2 == 0),
    ("an NFA for binary strings containing 101, for my students", "01", lambda w: "101" in w),
])
def test_purpose_clause_is_no_condition(text, sigma, pred):
    assert _lang(_parse(text), sigma) == {w for w in _all(sigma) if pred(w)}


@pytest.mark.parametrize("text, word", [
    # a closing 'for …' that names a symbol or a language word is a condition, not a purpose: never dropped
    ("DFA over {a,b} accepting strings ending in ab, for the strings b", "b"),
    ("DFA for strings over {a,b} ending in ab, for the alphabet letters", "alphabet"),
    # a purpose clause in the middle of the description is not blanked
    ("a DFA for binary strings, for my class, that contain 11", "class"),
])
def test_closing_for_that_is_not_a_purpose_is_not_dropped(text, word):
    with pytest.raises(NesyError) as e:
        _parse(text)
    assert word in str(e.value)
