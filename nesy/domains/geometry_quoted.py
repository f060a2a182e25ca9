"""Numbers of a quoted question that the text then states as the figure's lengths, for ``nesy.geometry.v1``:
"Stack Exchange: 'Is a triangle with legs 5 and 12 really right-angled?' Triangle ABC with the right angle at C,
AC = 5 cm, BC = 12 cm."

A question quoted from elsewhere names the figure loosely; where the text then gives the figure with units, each
bare number inside the quotation that equals one of those lengths is the same length said again, not a second
measure (requests-11 geometry-02 was refused as "a number without a unit beside lengths in cm"). Only that case
is read so: a bare number outside a quotation, or one in it that matches no stated length, is still refused as a
length left without its unit; bare numbers that are the figure's only lengths are drawn in units as before.
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["restated_in_quote"]

# a quotation: straight or curly quotes, opened after a space or punctuation and closed before one
_QUOTE_RX = re.compile(r"(?:(?<=^)|(?<=[\s:(\-–—]))(?:'(?P<a>[^'\n]{3,}?)'|\"(?P<b>[^\"\n]{3,}?)\"|"
                       r"‘(?P<c>[^’\n]{3,}?)’|“(?P<d>[^”\n]{3,}?)”)(?=[\s.,;:)?!\-–—]|$)")


def restated_in_quote(text: str, given: list[Any]) -> list[Any]:
    """The bare-number givens (unit "units") of ``given`` that stand inside a quotation of ``text`` and equal a
    length the text states with its unit outside every quotation; [] unless every bare number is such."""
    quotes = [(m.start(), m.end()) for m in _QUOTE_RX.finditer(text)]
    if not quotes:
        return []

    def quoted(x: Any) -> bool:
        return any(a <= x.own["start"] and x.own["end"] <= b for a, b in quotes)

    bare = [x for x in given if x.unit == "units"]
    stated = [x for x in given if x.unit not in ("units", "deg") and not quoted(x)]
    if not bare or not stated:
        return []
    ok = [x for x in bare if quoted(x) and any(x.value == y.value for y in stated)]
    return ok if len(ok) == len(bare) else []
