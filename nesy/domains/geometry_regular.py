"""A regular polygon named without its number of sides in the same phrase.

"Draw it as a regular polygon. Facts: twelve equal sides of 2 cm each, twelve equal interior angles of 150°"
names a regular dodecagon: the count stands apart from the name ("twelve sides", "12 corners", "ten
vertices"). Where no count is said, an interior angle fixes one: a regular n-gon has interior angles of
(n − 2)·180°/n ([Euclid] I.32, corollary 1; [Coxeter] §2.1), so θ gives n = 360 / (180 − θ) — "a regular
polygon tile, interior angle exactly 100° at every corner" asks for n = 4.5: no regular polygon exists, an
impossible text naming both phrases (requests-12 impossible-01, geometry-09 were "names no figure").

``regular_polygons`` reads each "regular polygon" not already read with its count (``_NGON_RE``) and returns
the count with the phrase, for ``geometry._claims`` to read as that n-gon; the angle then is checked by the
solver's own law (a count with a disagreeing angle — twelve sides and 140° — is impossible there). Two counts
that differ ("twelve sides … ten angles": a polygon has as many angles as sides) are impossible here. With
neither a count nor an angle, nothing is read (the text names no figure, as before).
"""
from __future__ import annotations

import re
from fractions import Fraction
from typing import Any, Callable

from ..errors import InputError, UnsatisfiableError
from ..parse.words import count_rx, number_rx, read_count, read_quantity

__all__ = ["regular_polygons"]

_NAME = re.compile(r"(?<![\w-])regular\s+polygon(?:al)?s?(?![\w-])", re.IGNORECASE)
_COUNT = re.compile(r"(?<![\w.-])(?P<n>" + count_rx() + r")\s+(?:(?:equal|congruent|identical|equal-length|"
                    r"straight|interior|internal|equal\s+interior)\s+)*(?P<what>sides|edges|corners|vertices|angles)"
                    r"(?![\w-])", re.IGNORECASE)
# a count that says how many there are in all: with "equal" ("twelve equal sides"), or after "has", "with", "of"
# or a list's punctuation ("Facts: 8 sides, each 2 cm") — not "mark three sides red"
_ALL = re.compile(r"(?i)\b(?:equal|congruent|identical|equal-length)\b")
_LEAD = re.compile(r"(?i)(?:\b(?:has|have|having|with|of|its|all)\s+|[:;,(]\s*|^\s*|[.!?]\s+)$")
_DEG = r"(?P<a>" + number_rx() + r")\s*(?:°|º|degrees?(?![\w]))"
_HEDGE = r"(?:(?:exactly|precisely|of|is|are|=|:|measures?|measuring|each|equal\s+to)\s*)*"
_ANGLE = [
    # "interior angle: exactly 100°", "interior angles of 150° each", "each interior angle is 108°"
    re.compile(r"(?<![\w-])(?:(?:each|every|all)\s+)?(?:interior|internal)\s+angles?\s*" + _HEDGE + _DEG,
               re.IGNORECASE),
    # "every angle is 120°", "all angles of 135°"
    re.compile(r"(?<![\w-])(?:each|every|all(?:\s+the)?|all\s+its)\s+(?:corner\s+)?angles?\s*" + _HEDGE + _DEG,
               re.IGNORECASE),
    # "100° at every corner", "135 degrees at each vertex"
    re.compile(r"(?<![\w.-])" + _DEG + r"\s+(?:at|in)\s+(?:every|each|all(?:\s+the)?|all\s+its)\s+"
               r"(?:corners?|vertex|vertices|angles?)(?![\w-])", re.IGNORECASE),
]


# a polygon's angles and vertices are as many as its sides (each vertex joins two sides, each angle is at a vertex)
_SAME_COUNT = {"law": "a polygon has as many angles and vertices as sides",
               "source": "[Euclid] I, Def. 19; [Coxeter] §2.1"}


def _sp(text: str, s: int, e: int) -> dict[str, Any]:
    return {"text": text[s:e], "start": s, "end": e}


def regular_polygons(text: str, free: Callable[[int, int], bool], law: Callable[[str], dict],
                     ngons: list[tuple[int, int, int]] = ()
                     ) -> tuple[list[tuple[int, int, int]], list[tuple[int, int]]]:
    """``([(n, start, end)] for each "regular polygon" whose count the text gives apart, [(start, end)] of the
    count phrases read, or the angle phrase that fixed the count)``. ``free(s, e)``: whether the characters are
    not yet read (a "regular polygon with twelve sides" is ``_NGON_RE``'s); ``ngons``: the (n, start, end) read
    so, checked against the counts said apart. Raises ``UnsatisfiableError`` when the counts differ or the interior
    angle belongs to no regular polygon, naming the phrases."""
    names = [m for m in _NAME.finditer(text) if free(m.start(), m.end())]
    if not names and not ngons:
        return [], []
    counts = []
    for m in _COUNT.finditer(text):
        if not free(m.start(), m.end()):
            continue
        if not (_ALL.search(m.group(0)) or _LEAD.search(text[:m.start()])):
            continue     # "mark three sides red": some of the sides, not how many there are
        try:
            n = read_count(m.group("n"), m.start("n"), what="polygon sides", maximum=10 ** 6)
        except InputError:
            continue
        counts.append((int(n), m))
    if not names:
        # "a regular polygon with twelve equal sides and ten equal angles": the count read with the name
        # (``_NGON_RE``) against the counts said apart
        n0, s0, e0 = ngons[0]
        for n1, m1 in counts:
            if n1 != n0:
                raise UnsatisfiableError(
                    [_sp(text, s0, e0), _sp(text, m1.start(), m1.end())], [_SAME_COUNT],
                    fix=[_sp(text, m1.start(), m1.end())],
                    detail=f"{n0} and {n1}: one regular polygon has one number of sides")
        return [], [(m.start(), m.end()) for _n, m in counts]
    name = names[0]
    nsp = _sp(text, name.start(), name.end())
    if counts:
        n0, m0 = counts[0]
        for n1, m1 in counts[1:]:
            if n1 != n0:
                raise UnsatisfiableError(
                    [_sp(text, m0.start(), m0.end()), _sp(text, m1.start(), m1.end())],
                    [_SAME_COUNT],
                    fix=[_sp(text, m1.start(), m1.end())],
                    detail=f"{n0} and {n1}: one regular polygon has one number of sides")
        return [(n0, name.start(), name.end())], [(m.start(), m.end()) for _n, m in counts]
    for rx in _ANGLE:
        m = next((x for x in rx.finditer(text) if free(x.start(), x.end())), None)
        if m is None:
            continue
        theta = Fraction(read_quantity(m.group("a"), m.start("a"), what="interior angle", unit="°"))
        ext = 180 - theta
        n = Fraction(360) / ext if ext > 0 else None
        if n is None or n.denominator != 1 or n < 3:
            asp = _sp(text, m.start(), m.end())
            raise UnsatisfiableError(
                [nsp, asp], [law("polygon_angle_sum")], fix=[asp],
                detail=f"(n − 2)·180°/n = {float(theta):g}° has no whole n ≥ 3 "
                       f"(n = 360/(180 − {float(theta):g}) = "
                       f"{float(360 / ext) if ext > 0 else float('inf'):.4g}): no regular polygon has interior "
                       f"angles of {float(theta):g}°")
        # "120° at every corner" has no angle word for the measures' reader: read here, with the name (the n-gon
        # has that angle exactly); "interior angles of 108°" stays a stated angle, labelled and checked
        return [(int(n), name.start(), name.end())], [(m.start(), m.end())] if rx is _ANGLE[-1] else []
    return [], []
