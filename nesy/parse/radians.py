"""Angles written in radians, read as the degrees every science's grammar reads.

"angle B = π/3 rad", "a ramp inclined at π/6 radians", "2π/3 rad", "1.047 rad", "0.5 radians": the radian is the
SI coherent unit of plane angle (1 rad = 180/π degrees; BIPM, The International System of Units, 9th ed. (2019),
Table 4), and nesy's grammars read angles in degrees. Each such angle is read as its value in degrees, a
``Correction`` of kind "unit" (shown beside the figure, every position still the user's): a multiple of π
exactly ("π/3 rad" as "60°", "π/7 rad" as "25.714286°"), a decimal to the precision it is written with
("1.047 rad" as "59.989°": nesy.solve.precision holds it to its last digit). Only a number with the unit
written ("rad", "radian(s)") is read: "π/3" alone is left to the grammars that read it.
"""
from __future__ import annotations

import math
import re
from fractions import Fraction

__all__ = ["radians"]

_RAD = r"(?:rad(?:ians?)?|radians?)(?![\w])"
_PI = re.compile(rf"(?i)(?<![\w.])(?:(?P<k>\d+(?:\.\d+)?)\s*)?(?:π|pi)(?![\w])\s*(?:/\s*(?P<d>\d+))?\s*{_RAD}")
_DEC = re.compile(rf"(?i)(?<![\w.π/])(?P<x>\d+(?:\.\d+)?|\.\d+)\s*{_RAD}")


def _fmt(deg: Fraction, digits: int) -> str:
    if deg.denominator == 1:
        return f"{deg.numerator}°"
    return f"{float(deg):.{digits}f}".rstrip("0").rstrip(".") + "°"


def radians(text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, "<degrees>°", "unit")`` for each angle ``text`` writes in radians."""
    out: list[tuple[int, int, str, str]] = []
    for m in _PI.finditer(text):
        k = Fraction(m.group("k")) if m.group("k") else Fraction(1)
        d = int(m.group("d")) if m.group("d") else 1
        if d == 0:
            continue
        out.append((m.start(), m.end(), _fmt(k * 180 / d, 6), "unit"))
    for m in _DEC.finditer(text):
        if any(a < m.end() and m.start() < b for a, b, *_ in out):
            continue
        x = m.group("x")
        dec = len(x.split(".")[1]) if "." in x else 0
        deg = float(x) * 180.0 / math.pi
        # as many decimals as keep the written precision (half a unit in the last digit, in degrees)
        out.append((m.start(), m.end(), f"{deg:.{max(dec + 1, 3)}f}".rstrip("0").rstrip(".") + "°", "unit"))
    return sorted(out)
