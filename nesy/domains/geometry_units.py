"""Lengths in any unit the shared quantity reader knows: "4 miles from the command post", "a 100-foot
hallway", "sides 3 ft, 4 ft and 5 ft", "an area of 12 square yards".

The geometry reader's own pattern knows mm, cm, m and inches; a number followed by another word that
``nesy.parse.quantities.unit_of`` (pint) reads as a length (mile, foot, yard, km, nautical mile …) is that
length, labelled as written ("4 miles") and scaled to the drawing through the unit's exact factor to the
metre (pint's definitions: 1 ft = 0.3048 m, 1 yd = 0.9144 m, 1 mi = 1609.344 m; NIST SP 811, appendix B).
A word that is no length (hours, kg) is left to the rest of the reader.
"""
from __future__ import annotations

import re
from fractions import Fraction

__all__ = ["LengthFactors", "unit_after"]

_AFTER = re.compile(r"[ \t\u00a0]*(?:-[ \t]*)?(?P<sqw>(?i:square|sq\.?)\s+)?(?P<w>[A-Za-z]+)(?![A-Za-z])"
                    r"(?P<sq>²|\^\s*2(?!\d|\.\d))?")


def _length_factor_mm(word: str) -> Fraction | None:
    """Millimetres in one ``word`` of length (pint, through the shared reader), or None."""
    from ..parse.quantities import _factor, dimension_of, unit_of
    u = unit_of(word) or (unit_of(word.lower()) if word[:1].isupper() else None)
    if not u or dimension_of(u) != "[length]":
        return None
    return _factor(u) * 1000


def unit_after(text: str, end: int) -> tuple[str, int, bool] | None:
    """The length unit written right after a number ending at ``end``: (the word as written, where the unit
    ends, whether it is squared — "square feet", "ft²"), or None when the next word is no length."""
    m = _AFTER.match(text, end)
    if not m or m.group("w").lower() in ("in", "and", "by", "x"):
        return None      # "in" (the inch or a preposition) is the geometry pattern's own
    if _length_factor_mm(m.group("w")) is None:
        return None
    return m.group("w"), m.end(), bool(m.group("sqw") or m.group("sq"))


class LengthFactors(dict):
    """Millimetres per unit, by the unit as the figure keeps it: the fixed ones given, any other length
    word looked up once in pint (``KeyError`` for a word that is no length)."""

    def __missing__(self, key: str) -> float:
        f = _length_factor_mm(key)
        if f is None:
            raise KeyError(key)
        self[key] = float(f)
        return self[key]
