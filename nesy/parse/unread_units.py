"""Units whose number was not read, for every science that reads lengths: "forty-nine square centimetres", "half a
centimetre", "a dozen cm", "several metres".

A unit is the mark of a measure. Where the number before it was not read as one, the measure was silently dropped
and a square of the default side drawn and verified as "a square whose area is forty-nine square centimetres"
(requests-11 geometry-03); "a 3 cm letter is held half a metre in front of it", with "half a metre" unread, drew the
letter 3 cm from the lens (requests-11 optics-05). A unit word left outside every quantity the reader took, with a
number word (or digits) before it, is refused naming the phrase; a unit after a preposition ("lengths in cm",
"measured in millimetres") states no measure and is let be.
"""
from __future__ import annotations

import re
from typing import Any

from .words import number_rx

__all__ = ["unread_measures"]

_UNIT_WORD_RX = re.compile(r"(?i)(?<![A-Za-z])(?:(?:square|sq\.?|cubic)\s+)?(?:centimet(?:re|er)s?|millimet(?:re|er)s?|"
                           r"met(?:re|er)s?|inch(?:es)?|cm|mm|degrees?)(?![A-Za-z])")
_WORD_BEFORE_RX = re.compile(r"(?P<w>[\w\-'.,]+)\s*$")
_SOME_RX = re.compile(r"(?i)half|quarter|third|dozen|couple|few|several|some|many|fraction")


def unread_measures(text: str, used: Any) -> list[tuple[str, int, int]]:
    """The unit phrases of ``text`` outside the spans marked in ``used`` (a boolean array over the text) that a
    number word or digits stand before: (phrase with its number, start, end)."""
    num = re.compile(r"(?i)" + number_rx())
    out = []
    for m in _UNIT_WORD_RX.finditer(text):
        if used[m.start():m.end()].any():
            continue
        before = text[max(0, m.start() - 40):m.start()]
        w = _WORD_BEFORE_RX.search(before)
        if not w:
            continue
        word = w.group("w").rstrip(",.")
        a = m.start() - len(before) + w.start()
        if word.lower() in ("a", "an") and (w2 := _WORD_BEFORE_RX.search(before[:w.start()])):
            word, a = w2.group("w"), m.start() - len(before) + w2.start()      # "half a centimetre"
        if num.fullmatch(word) or re.search(r"\d", word) or \
                any(num.fullmatch(p) or _SOME_RX.fullmatch(p) for p in word.split("-") if p):   # "twenty-ish"
            # the number's own words before it: "one and a half centimetres"
            while (w3 := _WORD_BEFORE_RX.search(text[max(0, a - 30):a])) and \
                    (num.fullmatch(w3.group("w")) or w3.group("w").lower() in ("and", "a") or
                     _SOME_RX.fullmatch(w3.group("w"))) and not used[a - 1]:
                a = a - len(text[max(0, a - 30):a]) + w3.start()
            out.append((text[a:m.end()], a, m.end()))
    return out
