"""A count and a value both in words, for ``nesy.circuits.v1``'s tokenizer.

"two twenty ohm resistors", "three ten kilohm resistors", "two forty volt cells": the shared quantity
reader sees one number phrase before the unit ("two twenty") and finds no number in it. When the words after
the first one are a value with its unit ("twenty ohm") and a plural component word follows ("resistors"),
the first word counts the parts and the rest is each one's value: 2 × 20 Ω. A phrase that is one number
("two hundred twenty ohm resistors" = 220 Ω) is never split, and neither is one before a singular noun
("a two twenty volt supply": 220 V as people say it, or a slip — left to the reader, which refuses it).
"""
from __future__ import annotations

import re
from typing import Any, Callable

__all__ = ["counted_word_values"]


def counted_word_values(text: str, used: list[bool], vocab: Callable[[], tuple]) -> list[tuple[int, int, int, tuple]]:
    """``[(count start, count end, count, (value start, value end, value in SI units, unit key))]`` for each
    count word followed by a value in words and a plural component word, at characters not yet ``used``."""
    from ..parse.quantities import find_quantities
    from ..parse.words import count_words
    from .circuits_values import _SI_DIMENSION
    pat, table, _single = vocab()
    out = []
    for q in find_quantities(text):
        if q.value is not None or any(used[q.start:q.end]):
            continue
        first = re.match(r"([A-Za-z]+)\s+", q.text)
        if first is None or first.group(1).lower() not in count_words():
            continue
        n = count_words()[first.group(1).lower()]
        if not isinstance(n, int) or n < 2:
            continue
        rest_at = q.start + first.end()
        rest = find_quantities(text[rest_at:q.end])
        if len(rest) != 1 or rest[0].start != 0 or rest[0].end != q.end - rest_at or rest[0].si is None:
            continue
        unit = _SI_DIMENSION.get(rest[0].si_unit)
        noun = pat.match(text, q.end + len(text[q.end:]) - len(text[q.end:].lstrip()))
        kind: Any = table.get(" ".join(noun.group(0).lower().split())) if noun else None
        if unit is None or kind is None or kind[0] != "KIND" or not kind[1][1]:
            continue   # a singular noun, or none: no count ("a two twenty volt supply")
        out.append((q.start, q.start + len(first.group(1)), n, (rest_at, q.end, float(rest[0].si), unit)))
    return out
