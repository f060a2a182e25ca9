"""requests-21 automata failures, fixed by mechanism (``automata_lang_combine``, ``automata_lang_forms``,
``automata_lang_read``), asserted in other words than the requests:

- a language less another: "every string … apart from those ending with 10", "except the ones …, and the ones …"
  (each excluded), "other than pq and qp" (a finite list excluded) (automata-06);
- languages named and pointed at: "L₁ = …, L₂ = …; a DFA for the former", "L1 ∩ L2", "in L1 but not in L2",
  "the complement of L2"; none pointed at, or an operation nesy does not build, refused (automata-07);
- an aside on leading zeros: agreeing ("leading zeros permitted") read, "no leading zeros" applied (automata-08);
- a finite list of strings: "precisely the strings cd, dc and cc and no other strings" (automata-09);
- two bounds of one length or count said once: "between 3 and 5 symbols long", "at least 1 and at most 4",
  "at least one and at most three b's" (automata-10).
"""
from __future__ import annotations

import itertools

import pytest

from nesy.domains.automata import parse_automaton
from nesy.errors import NesyError, UnsupportedError


def _lang(text: str):
    """The accepting function of the automaton nesy reads from ``text`` (a language, no states named)."""
    sc = parse_automaton(text, allow_unknown=True)
    assert sc.attr("language"), "not read as a language"
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
    return run, sc


def _same(text: str, sigma: str, pred, n: int = 6) -> None:
    run, _sc = _lang(text)
    for k in range(n + 1):
        for w in map("".join, itertools.product(sigma, repeat=k)):
            assert run(w) == bool(pred(w)), (text, w)


# -- a language less another ---------------------------------------------------------------------------------------

def test_every_string_apart_from_those_ending_with():
    _same("Design a DFA recognising every binary string apart from those ending with 10.",
          "01", lambda w: not w.endswith("10"))


def test_two_sets_excluded_are_both_excluded():
    # "and the ones …" after the exception is another set excluded, not a condition on the first
    _same("a DFA for all strings over {x, y} except the ones beginning with y and the ones of odd length",
          "xy", lambda w: not w.startswith("y") and len(w) % 2 == 0)


def test_condition_less_a_condition():
    _same("DFA: words over {p, q} that end in q, excluding those that contain pp",
          "pq", lambda w: w.endswith("q") and "pp" not in w)


def test_a_finite_list_excluded():
    _same("A DFA for every word over {p, q} other than pq and qp", "pq", lambda w: w not in ("pq", "qp"))


# -- named languages -----------------------------------------------------------------------------------------------

_DEFS = "Consider L₁ = words over {c, d} with an even number of d's and L₂ = words over {c, d} that end in c. "


def test_the_former_is_the_first_named():
    _same(_DEFS + "Construct a DFA for the former.", "cd", lambda w: w.count("d") % 2 == 0)


def test_named_languages_intersected():
    _same(_DEFS + "Give a DFA for L1 ∩ L2.", "cd", lambda w: w.count("d") % 2 == 0 and w.endswith("c"))


def test_named_languages_difference_and_complement():
    _same(_DEFS + "Give a DFA for the strings in L1 but not in L2.", "cd",
          lambda w: w.count("d") % 2 == 0 and not w.endswith("c"))
    _same(_DEFS + "Draw a DFA for the complement of L2.", "cd", lambda w: not w.endswith("c"))


def test_named_languages_none_pointed_at_is_refused():
    with pytest.raises(UnsupportedError, match="does not say which"):
        parse_automaton(_DEFS + "Draw a DFA.", allow_unknown=True)


def test_an_operation_not_built_is_refused_not_drawn_as_one_of_them():
    with pytest.raises(UnsupportedError, match="operation on the named languages"):
        parse_automaton(_DEFS + "Draw a DFA for L1L2.", allow_unknown=True)


# -- leading zeros -------------------------------------------------------------------------------------------------

def test_leading_zeros_permitted_agrees_with_the_default():
    _same("a DFA for binary numbers divisible by 4 (leading zeros permitted)", "01",
          lambda w: int(w or "0", 2) % 4 == 0)


def test_no_leading_zeros_is_applied():
    run, sc = _lang("a DFA for binary numbers that are multiples of 5, with no leading zeros")
    assert run("0") and run("101") and run("1010")
    assert not run("0101") and not run("00") and not run("") and not run("110")
    assert any("leading zeros" in n for n in sc.attr("language")["notes"])


# -- a finite list of strings --------------------------------------------------------------------------------------

def test_a_finite_list_of_strings():
    _same("a DFA over {c, d} accepting precisely the strings cd, dc and cc and no other strings", "cd",
          lambda w: w in ("cd", "dc", "cc"))


def test_a_list_of_what_strings_contain_is_not_a_finite_list():
    # "containing only …" says what the strings are made of: never read as the list {a, b}
    with pytest.raises(NesyError):
        run, _sc = _lang("strings over {a, b, c} containing only a and b")
        assert not (run("a") and run("b") and not run("ab"))
        raise UnsupportedError("read, but not as a list")


# -- two bounds said once ------------------------------------------------------------------------------------------

def test_length_between_in_symbols_long():
    _same("words over {0, 1} between 3 and 5 symbols long", "01", lambda w: 3 <= len(w) <= 5)


def test_length_at_least_and_at_most_with_one_subject():
    _same("strings over {p, q} whose length is at least 1 and at most 4, any symbols allowed", "pq",
          lambda w: 1 <= len(w) <= 4)


def test_count_at_least_and_at_most_with_one_symbol():
    _same("strings over {a, b} with at least one and at most three b's", "ab", lambda w: 1 <= w.count("b") <= 3)


def test_length_bounds_in_symbols():
    _same("a DFA over {m, n} for the words with length >= 1 and <= 2", "mn", lambda w: 1 <= len(w) <= 2)
