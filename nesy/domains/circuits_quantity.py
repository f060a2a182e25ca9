"""A zero that is the value of a quantity, not a count of parts, for ``nesy.circuits.v1``.

A word problem states quantities besides its parts, and some of them are zero: "the current at zero frequency",
"the initial current is 0", "with zero initial charge". In count position a zero asks for no part, and nesy refuses
such a count ("no lamps" — nesy draws what is there). A zero that counts no part, though — no part word (or a
value and a part word) follows it — is the value of a quantity the text states (the frequency, the initial current):
it is no part and no value of one, so the figure does not draw it and lists it as not drawn, with the quantity word
beside it ("zero frequency", "current is 0").

``zero_quantity`` hands ``circuits._tokens`` the phrase to report, or ``None`` when the zero stands before a part.

A part's symbol set to a number without a unit ("If R = 11 and L = 5.4 mH") gives the part (read by its name) but
not its value: the unit is not said, and nesy does not guess it (11 Ω is likely, never stated). ``unitless_values``
hands ``circuits._tokens`` the numbers to list as not drawn instead of reading them as counts.
"""
from __future__ import annotations

import re
from typing import Any, Callable

from ..parse.words import read_count

__all__ = ["zero_quantity", "unitless_values"]

_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")
_STATED_BEFORE = re.compile(r"([A-Za-z]+)\s+(?:is|was|are|were|=|equals|of|becomes)\s+\Z", re.IGNORECASE)


def zero_quantity(text: str, start: int, end: int, toks: list[Any], free: Callable[[int, int], bool]
                  ) -> tuple[str, int, int] | None:
    """The phrase (text, start, end) stating a zero quantity around the number at ``start``-``end`` of ``text``,
    or ``None`` when the number is no zero or counts a part (a part word, or a value and a part word, follows)."""
    try:
        if read_count(text[start:end], start, minimum=0) != 0:
            return None
    except Exception:   # not a whole number at all: the count's own refusal stands
        return None
    after = sorted((t for t in toks if t.start >= end), key=lambda t: t.start)[:2]
    gap = text[end:after[0].start] if after else ""
    if after and not re.search(r"[.;?!]", gap.rstrip(".")) and (
            after[0].tag == "KIND" or after[0].tag == "VALUE" and len(after) > 1 and after[1].tag == "KIND"):
        if not re.search(r"[A-Za-z]", gap):   # "zero resistors": a count of none, refused as before
            return None
    s, e = start, end
    body = text[start:end].rstrip(".")   # "is 0." ends the sentence: the full stop is no decimal point
    e = start + len(body)
    w = _WORD_AFTER.match(text, e)
    if w and free(w.start(1), w.end(1)):
        e = w.end(1)
    else:
        b = _STATED_BEFORE.search(text, 0, start)
        if b and free(b.start(1), b.end(1)):
            s = b.start(1)
    return text[s:e], s, e


def unitless_values(toks: list[Any], text: str) -> list[Any]:
    """The count tokens of ``toks`` (sorted by position) that are a bare number set equal to a part's symbol:
    a NAME, "=", a number in digits with no unit after it."""
    out = []
    for a, eq, n in zip(toks, toks[1:], toks[2:]):
        if a.tag == "NAME" and eq.tag == "PUNCT" and eq.value == "=" and n.tag == "COUNT" and re.fullmatch(
                r"\d+(?:\.\d+)?", n.text.strip()) and not text[a.end:eq.start].strip() and not text[eq.end:n.start].strip():
            out.append(n)
    return out
