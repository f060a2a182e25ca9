"""A component noun that modifies a group noun after it (``nesy.circuits.v1``): "the resistor pair", "this
capacitor bank", "the resistor chain", "that resistor network".

In an English noun-noun compound the last noun is the head and the nouns before it modify it (Huddleston & Pullum,
*The Cambridge Grammar of the English Language*, 2002, ch. 19 §4.2): "the resistor pair" names the pair the resistors
make, a group, as "the pair of resistors" does — not one resistor. Read as "the resistor", the phrase was refused as
meaning any one of the two resistors (circuits-08 of requests-22: "the input voltage applied across the resistor
pair"). ``collective_nouns(toks, text, make)`` makes each "determiner + singular component noun + group noun" one
``GROUP`` token (the group the previous clause made), the group nouns being the grammar's ``group_ref_nouns``.

``place_ones``: "the upper resistor is 4 kΩ and the lower one 6 kΩ" — "one" after a definite article and a place
word is the pronoun one, standing for the noun of the phrase before it (one-anaphora: Huddleston & Pullum 2002,
ch. 5 §9.4, "the lower one" = "the lower resistor"), not a count of one more part; read as a count, the phrase
introduced a third resistor.

``absolute_clauses``: "… connected to a 47 Ω resistor and a 68 Ω resistor, the two resistors being placed one after
the other": after a comma, a definite phrase that refers back to parts already named followed by "being" (or a
finite "are") is an absolute clause of its own — a subject with a nonfinite verb, saying something of those parts
(Quirk, Greenbaum, Leech & Svartvik 1985, §15.58 "absolute clauses"; Huddleston & Pullum 2002, ch. 14 §9.3) — not
one more item of the list before the comma. Read as a list item, the two resistors were joined to themselves
(refused as no series-parallel circuit). The comma becomes a clause break, as a full stop there reads.
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["collective_nouns", "place_ones", "absolute_clauses"]


def collective_nouns(toks: list[Any], text: str, grammar: dict, make: Any) -> list[Any]:
    """``toks`` with "BACK KIND(singular) <group noun>" one ``GROUP`` token; ``grammar``: the circuits grammar."""
    nouns = sorted({str(n).lower() for n in grammar.get("group_ref_nouns", []) if " " not in str(n)}, key=len,
                   reverse=True)
    if not nouns:
        return toks
    rx = re.compile(r"[ \t]+(?:" + "|".join(map(re.escape, nouns)) + r")(?![\w-])", re.I)
    out: list[Any] = []
    k = 0
    while k < len(toks):
        t = toks[k]
        if t.tag == "BACK" and k + 1 < len(toks) and toks[k + 1].tag == "KIND" and not toks[k + 1].value[1] \
                and not text[t.end:toks[k + 1].start].strip():
            m = rx.match(text, toks[k + 1].end)
            if m and not (k + 2 < len(toks) and toks[k + 2].start < m.end()):
                out.append(make("GROUP", None, t.start, m.end(), text[t.start:m.end()]))
                k += 2
                continue
        out.append(t)
        k += 1
    return out


def place_ones(toks: list[Any], text: str, make: Any) -> list[Any]:
    """``toks`` with the "one" of "the <place> one" a singular ``KIND`` token of the last singular component noun
    before it that has a place word too ("the upper resistor … the lower one")."""
    from .circuits_divider import PLACES
    place = "|".join(map(re.escape, PLACES))
    out = list(toks)
    for k in range(1, len(out)):
        t, d = out[k], out[k - 1]
        if t.tag != "COUNT" or t.text.lower() != "one" or d.tag != "BACK" or \
                not re.fullmatch(rf"(?i)\s+(?:{place})\s+", text[d.end:t.start]):
            continue
        prev = [q for q in out[:k - 1] if q.tag == "KIND" and not q.value[1]
                and re.search(rf"(?i)(?<![\w-])(?:{place})\s+$", text[max(0, q.start - 20):q.start])]
        if prev:
            out[k] = make("KIND", prev[-1].value, t.start, t.end, t.text)
    return out


_ABS_VERB = re.compile(r"(?i)\s*(?:both\s+|all\s+|each\s+)?(?:being|are|were)(?![\w-])")


def absolute_clauses(ms: list[tuple[str, Any, int, int]], text: str) -> list[tuple[str, Any, int, int]]:
    """``ms`` (mentions) with the comma before an absolute clause about parts named before a clause break."""
    out = list(ms)
    for k in range(1, len(out) - 1):
        it, nxt = out[k], out[k + 1]
        if it[0] == "AND" and text[it[2]:it[3]] == "," and nxt[0] == "COMP" and isinstance(nxt[1], dict) \
                and nxt[1].get("det") == "back" and nxt[1].get("plural") and _ABS_VERB.match(text, nxt[3]) \
                and any(x[0] == "COMP" for x in out[:k]):
            out[k] = ("SEP", None, it[2], it[3])
    return out
