"""Measures of a whole figure, for ``nesy.geometry.v1``: "an equilateral triangle has a perimeter of 18 cm",
"a square whose area is 49 cm²", "a regular hexagon with perimeter 30 cm".

A perimeter or an area is no side; read as one, "a perimeter of 18 cm" drew an equilateral triangle of side
18 cm and verified it (requests-dev geometry-07, -13). A figure whose n sides are equal has side s = P / n
(the perimeter is the sum of the sides); a square of area A has side s = √A (Euclid, *Elements*, I.46–47:
the square on a side; the area of a square is the square of its side). The side so derived is what the
figure draws and labels (the perimeter or area phrase is its source); for a figure whose sides are not all
equal a perimeter or area alone does not fix the sides, and it is refused naming the phrase.

``as_side`` turns such a measure into the figure's side before the lengths are converted to the display
unit (an area is in the unit squared: "49 cm²" is read with its squared unit, ``geometry._QTY_RE``).
"""
from __future__ import annotations

import math
from fractions import Fraction
from typing import Any

from ..errors import UnsupportedError

__all__ = ["as_side"]


def _equal_sided(figure: str, flags: dict[str, Any]) -> bool:
    return figure in ("square", "polygon", "rhombus") or (figure == "triangle" and "equilateral" in flags)


def as_side(g: Any, figure: str, n: int, flags: dict[str, Any]) -> None:
    """Turn ``g`` (a ``_Given`` with role "perimeter" or "area"; changed in place) into the figure's side:
    P / n for a figure with n equal sides, √A for a square. ``UnsupportedError`` names the phrase otherwise."""
    sp = g.span
    what = g.role
    if what == "perimeter" and _equal_sided(figure, flags) and n >= 3:
        v = g.value / n
    elif what == "area" and figure == "square":
        root = math.isqrt(g.value.numerator), math.isqrt(g.value.denominator)
        if root[0] ** 2 == g.value.numerator and root[1] ** 2 == g.value.denominator:
            v = Fraction(root[0], root[1])
        else:
            v = Fraction(math.sqrt(g.value)).limit_denominator(10 ** 6)
    else:
        need = ("a figure with equal sides (an equilateral triangle, a square, a rhombus, a regular polygon)"
                if what == "perimeter" else "a square")
        raise UnsupportedError(f"'{sp['text']}' at {sp['start']}-{sp['end']}: {'a perimeter' if what == 'perimeter' else 'an area'} fixes the sides only of {need}; "
                               f"give the sides of this {figure}")
    g.role = "side"
    g.value = v
    g.text = f"{float(v):g} {g.unit}"
