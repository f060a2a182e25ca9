"""Clipped component words in telegraphic circuit texts, for ``nesy.circuits.v1``'s tokenizer.

Notes, chat and lab logbooks name parts the way schematics label them: "9V bat, R 1k, R 2k, C 10uF - all
series", "12V src", "batt 6 V", "res 220", "cap 100n", "btry 9V". Such a word is a clipping (the word's
start: "bat", "batt", "res", "cond", "ind") or a contraction (its consonants: "src", "btry", "rsstr") of a
component word, or a schematic's class letter written alone before its value ("R 1k", "C 10uF", "L 2mH": the
letters of IEEE Std 315-1975 / IEC 60617 reference designations, R resistor, C capacitor, L inductor).

A word is read as a part only where a value stands right beside it (the value says it is a component and
which: "bat 9V" is a voltage source) and only when the word fits one component word and that word's
kind takes the value's unit; otherwise it stays unknown and is reported as not drawn. The KIND tokens it
hands ``circuits._tokens`` are those the grammar's own words give.
"""
from __future__ import annotations

import re
from typing import Any, Iterable

__all__ = ["abbreviated_kinds"]

_LETTERS = {"R": "resistor", "C": "capacitor", "L": "inductor"}
# unit words are no clipped part ("volt" is no voltmeter, "amp" no ammeter)
_UNIT_WORDS = frozenset({"volt", "volts", "amp", "amps", "ampere", "ohm", "ohms", "farad", "henry", "watt", "watts",
                         "milli", "micro", "kilo", "mega"})
_VOWELS = set("aeiou")
_WORD = re.compile(r"(?<![\w.])[A-Za-z]+(?![\w])")


def _is_subsequence(w: str, full: str) -> bool:
    it = iter(full)
    return all(ch in it for ch in w)


def _fits(w: str, full: str) -> bool:
    """Whether ``w`` (lower case) is a clipping or a consonant contraction of the word ``full``."""
    if len(w) < 3 or len(w) >= len(full) or w[0] != full[0]:
        return False
    return full.startswith(w) or (not (set(w) & _VOWELS) and _is_subsequence(w, full))


def abbreviated_kinds(text: str, values: Iterable[Any], known: frozenset[str],
                      kind_words: dict[str, str], unit_kinds: dict[str, tuple[str, ...]],
                      free: Any) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` of every clipped component word or lone class letter of ``text`` with a value
    beside it (see the module docstring). ``values``: the VALUE tokens read so far; ``known``: the words the
    grammar or the common filler list knows (never read as clippings); ``kind_words``: each single-word
    component name (lower case) → its kind; ``unit_kinds``: the value unit → the kinds that take it;
    ``free(start, end)``: whether no token holds those characters."""
    vals = sorted(values, key=lambda t: t.start)
    out: list[tuple[int, int, str]] = []
    for m in _WORD.finditer(text):
        s, e, w = m.start(), m.end(), m.group(0)
        if not free(s, e) or w.lower() in known or w.lower() in _UNIT_WORDS:
            continue
        after = next((v for v in vals if v.start >= e), None)
        before = next((v for v in reversed(vals) if v.end <= s), None)
        beside = [v for v, gap in ((after, text[e:after.start] if after else None),
                                   (before, text[before.end:s] if before else None))
                  if v is not None and re.fullmatch(r"\s*[:=]?\s*", gap)]
        if w in _LETTERS:
            beside = [v for v in beside if v is after]   # "R 1k": the letter labels the value after it
            kinds = {_LETTERS[w]}
        else:
            kinds = {k for full, k in kind_words.items() if _fits(w.lower(), full)}
        if len(kinds) != 1 or not beside:
            continue
        kind = kinds.pop()
        unit = beside[0].value["unit"]
        takes = unit_kinds.get(unit, ()) + (("source",) if unit in ("V", "A") else ())
        if kind in takes:
            out.append((s, e, kind))
    return out
