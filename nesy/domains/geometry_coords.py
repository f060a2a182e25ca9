"""A triangle given by its vertices' coordinates: "Plot the triangle with vertices A(0, 0), B(4, 0) and
C(0, 3)", "triangle PQR with P = (1, 2), Q = (5, 2), R = (3, 6)", "a triangle with vertices at (0,0),
(6,0) and (2,5)".

The coordinates are the figure: each side's length is the distance between its ends (Pythagoras, Euclid
I.47: √(Δx² + Δy²)), given to the triangle's construction as a named side (SSS), and the constructed
triangle is placed at the stated coordinates (``place``), so figure.json's vertices are the text's points.
The numbers inside the brackets are coordinates, not lengths or angles: ``coordinate_points`` finds them,
so the quantity reader passes them over (a 0 or a negative coordinate is no "non-positive length").
"""
from __future__ import annotations

import math
import re
from fractions import Fraction

__all__ = ["coordinate_points", "place"]

_N = r"[-−–]?\s*\d+(?:\.\d+)?"
_PT = re.compile(r"(?:(?<![A-Za-z])(?P<name>[A-Z])\s*(?:=\s*|at\s+)?)?\(\s*(?P<x>" + _N + r")\s*[,;]\s*(?P<y>" + _N
                 + r")\s*\)")


def _num(s: str) -> Fraction:
    return Fraction(re.sub(r"\s", "", s).replace("−", "-").replace("–", "-"))


def coordinate_points(text: str) -> list[tuple[str | None, Fraction, Fraction, int, int]]:
    """(name or None, x, y, start, end) of every point written as coordinates, in order."""
    return [(m.group("name"), _num(m.group("x")), _num(m.group("y")), m.start(), m.end()) for m in _PT.finditer(text)]


def place(pts: list[tuple[str, float, float]], coords: dict[str, list[float]]) -> list[tuple[str, float, float]]:
    """The constructed triangle at the text's coordinates, when it is congruent to them (it is: its sides
    are their distances); else the construction as it is."""
    out = [(n, float(coords[n][0]), float(coords[n][1])) for n, _, _ in pts if n in coords]
    if len(out) != len(pts):
        return pts
    for i in range(len(pts)):
        a, b = pts[i], pts[(i + 1) % len(pts)]
        c, d = out[i], out[(i + 1) % len(out)]
        if abs(math.dist(a[1:], b[1:]) - math.dist(c[1:], d[1:])) > 1e-6 * max(1.0, math.dist(a[1:], b[1:])):
            return pts
    return out
