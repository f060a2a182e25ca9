"""Measures of a whole figure, for ``nesy.geometry.v1``: "an equilateral triangle has a perimeter of 18 cm",
"a square whose area is 49 cm²", "a regular hexagon with perimeter 30 cm".

A perimeter or an area is no side; read as one, "a perimeter of 18 cm" drew an equilateral triangle of side
18 cm and verified it (requests-dev geometry-07, -13). A figure whose n sides are equal has side s = P / n
(the perimeter is the sum of the sides); a square of area A has side s = √A (Euclid, *Elements*, I.46–47:
the square on a side; the area of a square is the square of its side). The side so derived is what the
figure draws and labels (the perimeter or area phrase is its source); for a figure whose sides are not all
equal a perimeter or area alone does not fix the sides, and it is refused naming the phrase.

A circle's area or circumference fixes its radius (A = πr², C = 2πr: r = √(A/π), r = C/(2π)); an
equilateral triangle's area its side (A = (√3/4)s²), a regular n-gon's area its side (A = n s² / (4 tan(π/n)));
a value written with π ("circumference 10π cm", "area 25π cm²") is read exactly, so r = 5 cm exactly. A side or
radius derived from a decimal is written with no more significant figures than the stated value has ("area
50.27 cm²" → r = 4.000 cm, not 4.00014 cm): the text does not say more.

A rectangle's area or perimeter with one of its sides fixes the other side (A = a·b: b = A / a; P = 2(a + b):
b = P/2 − a); alone it fixes neither, and it is refused naming the phrase. ``rectangle_side`` does this.

``as_side`` turns such a measure into the figure's side (or radius) before the lengths are converted to the
display unit (an area is in the unit squared: "49 cm²" is read with its squared unit, ``geometry._QTY_RE``).
"""
from __future__ import annotations

import math
import re
from fractions import Fraction
from typing import Any

from ..errors import UnsupportedError

__all__ = ["as_side", "rectangle_side"]


def _equal_sided(figure: str, flags: dict[str, Any]) -> bool:
    return figure in ("square", "polygon", "rhombus") or (figure == "triangle" and "equilateral" in flags)


def _root(x: Fraction) -> Fraction:
    """√x, exact when x is the square of a fraction."""
    a, b = math.isqrt(x.numerator), math.isqrt(x.denominator)
    if a * a == x.numerator and b * b == x.denominator:
        return Fraction(a, b)
    return Fraction(math.sqrt(x)).limit_denominator(10 ** 6)


def _sig_figs(num: str) -> int | None:
    """The significant figures a written decimal states ("50.27" → 4, "0.5" → 1, "12" → 2); None for a number
    not written in plain digits ("fifty")."""
    if not re.fullmatch(r"\d+(?:\.\d+)?", num or ""):
        return None
    digits = num.replace(".", "").lstrip("0")
    return max(len(digits), 1 if "." in num else 2)


def _written(v: Fraction, exact: bool, num: str, unit: str) -> str:
    """The derived length as labelled: exact values as they are, others to the stated significant figures."""
    if exact:
        return f"{float(v):g} {unit}"
    sf = _sig_figs(num) or 3
    t = f"{float(v):#.{sf}g}".rstrip(".")
    return f"{t} {unit}"


def as_side(g: Any, figure: str, n: int, flags: dict[str, Any]) -> None:
    """Turn ``g`` (a ``_Given`` with role "perimeter", "circumference" or "area"; changed in place) into the
    figure's side — P / n for a figure with n equal sides, the side of a square, an equilateral triangle or a
    regular polygon of area A — or a circle's radius. ``UnsupportedError`` names the phrase otherwise."""
    sp = g.span
    what = g.role
    pi = bool(getattr(g, "pi", False))
    k = g.value                    # the number as written; times π where the text writes π
    num = (getattr(g, "text", "") or "").split()[0] if getattr(g, "text", "") else ""
    num = re.sub(r"(?i)\s*(?:π|pi)$", "", num)
    exact = True
    role = "side"
    if figure == "circle" and what in ("area", "perimeter", "circumference"):
        role = "radius"
        if what == "area":         # A = πr²
            if pi:
                v = _root(k)
                exact = v * v == k
            else:
                v, exact = Fraction(math.sqrt(float(k) / math.pi)).limit_denominator(10 ** 9), False
        else:                      # C = 2πr
            if pi:
                v = k / 2
            else:
                v, exact = Fraction(float(k) / (2 * math.pi)).limit_denominator(10 ** 9), False
    elif what == "circumference":
        raise UnsupportedError(f"'{sp['text']}' at {sp['start']}-{sp['end']}: a circumference is a circle's; this "
                               f"is a {figure}: give its sides")
    elif what == "perimeter" and _equal_sided(figure, flags) and n >= 3:
        v = (Fraction(float(k) * math.pi).limit_denominator(10 ** 9) if pi else k) / n
        exact = not pi
    elif what == "area" and (figure in ("square", "polygon") or (figure == "triangle" and "equilateral" in flags)):
        a = float(k) * math.pi if pi else k
        if figure == "square" and not pi:
            v = _root(k)
            exact = v * v == k
        else:
            m = 4 if figure == "square" else 3 if figure == "triangle" else n
            # A = n s² / (4 tan(π/n)): the regular n-gon of side s (n = 3: (√3/4)s², n = 4: s²)
            v = Fraction(math.sqrt(4 * float(a) * math.tan(math.pi / m) / m)).limit_denominator(10 ** 9)
            exact = False
    else:
        need = ("a figure with equal sides (an equilateral triangle, a square, a rhombus, a regular polygon)"
                if what == "perimeter" else "a square, an equilateral triangle, a regular polygon or a circle")
        raise UnsupportedError(f"'{sp['text']}' at {sp['start']}-{sp['end']}: {'a perimeter' if what == 'perimeter' else 'an area'} fixes the sides only of {need}; "
                               f"give the sides of this {figure}")
    g.role = role
    g.value = v
    g.text = _written(v, exact, num, g.unit)


_OTHER_ROLE = {"width": "height", "length": "height", "height": "width"}


def rectangle_side(g: Any, others: list[Any], to_mm: dict[str, float]) -> None:
    """Turn ``g`` (a rectangle's "area" or "perimeter" ``_Given``; changed in place) into the rectangle's other side
    from the one side among ``others`` (b = A / a, b = P/2 − a), in the unit of ``g``; a side named by its letters
    ("AB") gives the side next to it (target "adj:AB", resolved once the vertices are known). ``UnsupportedError``
    names the phrase when not exactly one side is given with it."""
    sp = g.span
    sides = [o for o in others if o is not g and o.role in ("side", "width", "length", "height") and o.unit != "deg"]
    if len(sides) != 1:
        what = "an area" if g.role == "area" else "a perimeter"
        raise UnsupportedError(f"'{sp['text']}' at {sp['start']}-{sp['end']}: {what} fixes a rectangle's sides "
                               "only with one of its sides: give one side with it, or both sides")
    o = sides[0]
    if float(o.value) <= 0:
        return
    ku = Fraction(to_mm[g.unit]).limit_denominator() if g.unit in to_mm else Fraction(1)
    ko = Fraction(to_mm[o.unit]).limit_denominator() if o.unit in to_mm else Fraction(1)
    a = o.value * ko / ku                       # the given side in the unit of g
    if g.role == "area":
        v = g.value / a
    else:
        v = g.value / 2 - a
        if v <= 0:
            raise UnsupportedError(f"'{sp['text']}' at {sp['start']}-{sp['end']}: a perimeter of {g.text} is not more "
                                   f"than twice the side {o.text}: no rectangle has them")
    num = (getattr(g, "text", "") or "").split()[0] if getattr(g, "text", "") else ""
    g.role = _OTHER_ROLE.get(o.role, "side")
    if o.role == "side" and o.target:
        g.target = "adj:" + o.target
    g.value = v
    g.text = _written(v, True, num, g.unit)
