"""A planet mnemonic (``nesy.astronomy.v1``): "My Very Educated Mother Just Served Us Nachos".

A mnemonic is a sentence whose words' initials are the planets' in order from the Sun (Mercury, Venus, Earth,
Mars, Jupiter, Saturn, Uranus, Neptune — IAU 2006 Resolution B5; "… Nine Pizzas" adds Pluto, the pre-2006
list). Its words name no bodies of their own: they are the planets in that order, so they are read (passed
over, listed as ignored with why), never counted among the words nesy does not understand. A run of at least
five capitalised words whose initials follow that order from Mercury is one; the planets it stands for are the
ones the text asks for ("all eight planets", "the planets in that order").
"""
from __future__ import annotations

import re

__all__ = ["mnemonic_spans", "INITIALS"]

INITIALS = "MVEMJSUNP"      # Mercury … Neptune, Pluto (pre-2006)
MIN_WORDS = 5               # "My Very Educated Mother Just": fewer could be any capitalised phrase

_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def mnemonic_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of capitalised words spelling the planets' initials from Mercury on."""
    words = list(_WORD.finditer(text))
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        k = 0
        while (i + k < len(words) and k < len(INITIALS) and words[i + k].group(0)[0] == INITIALS[k]
               and words[i + k].group(0)[:1].isupper()
               and (k == 0 or re.fullmatch(r"[\s,]*", text[words[i + k - 1].end():words[i + k].start()]))):
            k += 1
        if k >= MIN_WORDS:
            out.append((words[i].start(), words[i + k - 1].end()))
            i += k
        else:
            i += 1
    return out
