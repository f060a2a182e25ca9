"""Figures given by their equations in x and y: "the circle x^2 - 8x + y^2 = 0", "(x-4)^2 + (y+1)^2 = 9",
"a square bounded by the lines x = -5, x = 5, y = 0 and y = -10".

An equation's numbers are coordinates and coefficients, never lengths or angles: ``equations`` finds every
one, so the quantity reader passes them over (a 0 or a negative number in "x = -5" is a position).

- A circle: ``A x² + A y² + D x + E y + F = 0`` (any arrangement of the terms on either side, squares of
  binomials expanded) has, by completing the square, the centre (−D/2A, −E/2A) and the radius
  r = √((D² + E²)/4A² − F/A), in the coordinates' units (Stewart, *Precalculus*, 7th ed., §1.8 "Circles";
  r² ≤ 0 is no circle).
- A line parallel to an axis: ``x = a`` (vertical) or ``y = b`` (horizontal). Two of each bound the
  rectangle with the corners (a₁, b₁), (a₂, b₁), (a₂, b₂), (a₁, b₂); its sides are |a₂ − a₁| and |b₂ − b₁|.

Anything else written as an equation (a semicircle y = √(25 − x²), a sloping line) is left unread, so it is
listed as not drawn.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

__all__ = ["Equation", "equations", "bounded_rectangle"]

_CH = r"[0-9xy \t+\-−–().^²{}/*√]"
_TERM = re.compile(r"\s*(?P<sign>[+\-−–])?\s*(?:(?P<num>\d+(?:\.\d+)?)\s*\*?\s*)?"
                   r"(?:\(\s*(?P<bv>[xy])\s*(?P<bs>[+\-−–])\s*(?P<bn>\d+(?:\.\d+)?)\s*\)\s*(?:\^\s*\{?\s*2\s*\}?|²)"
                   r"|(?P<v>[xy])\s*(?P<sq>\^\s*\{?\s*2\s*\}?|²)?)?\s*")


@dataclass(frozen=True)
class Equation:
    """One equation of the text: what it is ("circle", "vline", "hline"), its span, and its numbers —
    a circle's centre and squared radius, a line's coordinate."""
    kind: str
    start: int
    end: int
    text: str
    cx: Fraction = Fraction(0)
    cy: Fraction = Fraction(0)
    r2: Fraction = Fraction(0)
    at: Fraction = Fraction(0)


def _side(s: str) -> dict[str, Fraction] | None:
    """The coefficients {"xx", "yy", "x", "y", "1"} of one side of an equation, or None if it is not a sum
    of such terms."""
    out = {k: Fraction(0) for k in ("xx", "yy", "x", "y", "1")}
    s = s.strip()
    if not s:
        return None
    i, first = 0, True
    while i < len(s):
        m = _TERM.match(s, i)
        if not m or m.end() == i or not (m.group("num") or m.group("v") or m.group("bv")):
            return None
        if not first and not m.group("sign"):
            return None
        first = False
        sg = -1 if m.group("sign") in ("-", "−", "–") else 1
        c = sg * Fraction(m.group("num") or 1)
        if m.group("bv"):
            v, b = m.group("bv"), Fraction(m.group("bn")) * (-1 if m.group("bs") in ("-", "−", "–") else 1)
            out[v + v] += c
            out[v] += 2 * b * c
            out["1"] += b * b * c
        elif m.group("v"):
            out[m.group("v") * (2 if m.group("sq") else 1)] += c
        else:
            out["1"] += c
        i = m.end()
    return out


def _read(text: str, s: int, e: int) -> Equation | None:
    eq = text[s:e]
    if eq.count("=") != 1:
        return None
    a, b = eq.split("=")
    L, R = _side(a), _side(b)
    if L is None or R is None:
        return None
    c = {k: L[k] - R[k] for k in L}
    if c["xx"] != 0 and c["xx"] == c["yy"]:
        A = c["xx"]
        cx, cy = -c["x"] / (2 * A), -c["y"] / (2 * A)
        return Equation("circle", s, e, eq, cx, cy, cx * cx + cy * cy - c["1"] / A)
    if c["xx"] == 0 and c["yy"] == 0:
        if c["x"] != 0 and c["y"] == 0:
            return Equation("vline", s, e, eq, at=-c["1"] / c["x"])
        if c["y"] != 0 and c["x"] == 0:
            return Equation("hline", s, e, eq, at=-c["1"] / c["y"])
    return None


def equations(text: str) -> list[Equation]:
    """Every equation in x and y the text writes, in order: a circle, an axis-parallel line, or "other" (a
    curve nesy does not draw, e.g. y = √(25 − x²): the reader lists it as not drawn)."""
    out: list[Equation] = []
    for m in re.finditer("=", text):
        # the left side: back over the equation's characters, stopping at a word ("circles x^2")
        s = m.start()
        while s > 0 and re.match(_CH, text[s - 1]) and not (text[s - 1] in "xy" and s >= 2 and text[s - 2].isalpha()):
            s -= 1
        e = m.end()
        while e < len(text) and re.match(_CH, text[e]) and not (text[e] in "xy" and e + 1 < len(text)
                                                                   and text[e + 1].isalpha()):
            e += 1
        # a list's separators and a sentence's full stop are not the equation's
        while s < m.start() and (text[s] in " \t" or (text[s] == "(" and text[s:e].count("(") > text[s:e].count(")"))):
            s += 1
        while e > m.end() and (text[e - 1] in " \t." or (text[e - 1] == ")" and text[s:e].count(")") > text[s:e].count("("))):
            e -= 1
        if not re.search(r"[xy]", text[s:e]):
            continue
        glued = e < len(text) and text[e].isalpha()
        if glued:          # "x = 4tan(3t)": a formula going on in letters, no figure nesy reads
            while e < len(text) and not text[e].isspace():
                e += 1
            out.append(Equation("other", s, e, text[s:e]))
            continue
        eq = _read(text, s, e)
        out.append(eq if eq is not None else Equation("other", s, e, text[s:e]))
    return out


def bounded_rectangle(eqs: list[Equation]) -> tuple[list[tuple[Fraction, Fraction]], list[Equation]] | None:
    """The corners (counter-clockwise from the lower left) of the rectangle two vertical and two horizontal
    lines bound, and those lines; None unless the text gives exactly two distinct of each."""
    vs = [q for q in eqs if q.kind == "vline"]
    hs = [q for q in eqs if q.kind == "hline"]
    if len({q.at for q in vs}) != 2 or len({q.at for q in hs}) != 2:
        return None      # (a line named twice, "… y = 0 … and the line y = 0", is one line)
    x0, x1 = sorted({q.at for q in vs})
    y0, y1 = sorted({q.at for q in hs})
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)], vs + hs
