"""Special triangles named by their angles in ``nesy.geometry.v1``: "a 30-60-90 triangle", "a 45-45-90
triangle", "a 30°-60°-90° triangle", "a 30/60/90 triangle".

The name lists the triangle's three angles in degrees; with one side given, the law of sines fixes every
other side (Euclid I.32 for the angle sum; for the two classic set squares, sides 1 : √3 : 2 and
1 : 1 : √2 — Jacobs, *Geometry*, 3rd ed., §7.4 "special right triangles"). ``angle_triples`` hands
``parse_geometry`` the three angles, each with its own span, read exactly as "a triangle with angles 30°,
60° and 90°": the solver proves the sum and constructs the figure; the verifier checks each angle from the
pixels. A triple that is no triangle's (sum ≠ 180°) is left to the solver, which names the phrase.
"""
from __future__ import annotations

import re

__all__ = ["TRIPLE_RX", "angle_triples", "ratio_triples", "aside_extent"]

_A = r"(\d{1,3}(?:\.\d+)?)\s*(?:°|º|deg(?:rees?)?)?"
# three numbers joined by dashes, slashes or colons that name a triangle: right before the word triangle
# ("30-60-90 right triangle"), or as an aside that restates one ("(the classic 3-4-5 one)", "(a 5-12-13 triple)")
TRIPLE_RX = re.compile(r"(?<![\w.])" + _A + r"\s*[-–/:]\s*" + _A + r"\s*[-–/:]\s*" + _A
                       + r"(?=[\s\-]+(?:(?:right|degrees?|special|right-angled|classic|pythagorean|famous|"
                       r"well-known|standard)[\s\-]+)*(?:triangles?|ones?|triples?|triads?)\b|\s*(?:[).;,]|$))", re.IGNORECASE)


def _triples(text: str) -> list[tuple[int, int, list[tuple[str, int, int]], bool]]:
    """Each triple naming a triangle, with whether it names the angles: a degree sign, a sum of 180 (a
    "30-60-90", "45-45-90" triangle), or numbers as angles are written (multiples of 5, one of 30 or more: a
    "30-60-80 triangle" is an impossible triangle of angles, never guessed to be sides); otherwise the three
    numbers are the sides' ratio ("3-4-5", "5-12-13", "8-15-17")."""
    out = []
    for m in TRIPLE_RX.finditer(text):
        nums = [(m.group(i), m.start(i), m.end(i)) for i in (1, 2, 3)]
        vals = [float(n) for n, _, _ in nums]
        angles = bool(re.search(r"°|º|deg", m.group(0), re.I)) or abs(sum(vals) - 180) < 1e-9 or (
            all(v == int(v) and int(v) % 5 == 0 for v in vals) and max(vals) >= 30
            and not _restates_lengths(vals, text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]))
        out.append((m.start(), m.end(), nums, angles))
    return out


_LENGTH = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s*(?:mm|cm|dm|km|m|in|inch(?:es)?|ft|feet|units?)\b", re.IGNORECASE)


def _restates_lengths(vals: list[float], rest: str) -> bool:
    """Whether a triple that could be angles as written ("30-40-50") is rather the sides the rest of the text
    states: two or more lengths there, each one of the triple's numbers times one common scale ("sides 30 cm,
    40 cm and 50 cm (a 30-40-50 one)", "legs 3 cm and 4 cm (a 30-40-50 one)")."""
    stated = sorted(float(x) for x in _LENGTH.findall(rest))
    if not 2 <= len(stated) <= 3 or min(vals) <= 0:
        return False
    scales = {round(x / v, 9) for x, v in zip(stated, sorted(vals))}   # two legs: the two shortest numbers
    return len(scales) == 1


_ASIDE_BEFORE = re.compile(r"(?i)\b(?:classic|classical|famous|well-known|standard|usual|familiar|pythagorean)\s+$")
_ASIDE_AFTER = re.compile(r"(?i)\s+(?:ones?|triples?|triads?)\b")


def aside_extent(text: str, s: int, e: int) -> tuple[int, int]:
    """The span of a triple with the aside's own words around it ("the classic 3-4-5 one"): read with it."""
    b = _ASIDE_BEFORE.search(text, 0, s)
    a = _ASIDE_AFTER.match(text, e)
    return (b.start() if b else s), (a.end() if a else e)


def angle_triples(text: str) -> list[tuple[int, int, list[tuple[str, int, int]]]]:
    """(start, end, [(number as written, start, end) × 3]) for each angle triple naming a triangle."""
    return [(a, b, nums) for a, b, nums, angles in _triples(text) if angles]


def ratio_triples(text: str) -> list[tuple[int, int, tuple[float, float, float]]]:
    """(start, end, the three numbers) for each triple that names a triangle by its sides' ratio ("3-4-5")."""
    return [(a, b, tuple(float(n) for n, _, _ in nums)) for a, b, nums, angles in _triples(text) if not angles]


_SHORT = re.compile(r"(?i)\b(?:short|shorter|shortest|small|smaller|smallest)\s+$")
_LONG = re.compile(r"(?i)\b(?:long|longer|larger|big|bigger)\s+$")
_LONGEST = re.compile(r"(?i)\b(?:longest|largest|biggest)\s+$")


def place_triple(given: list, text: str, vnames: list[str], flags: dict, unknown: list) -> None:
    """Name the vertices of an angle triple (in place): the angles ascending at the first, second and third
    vertex, so "the short leg" is the side opposite the smallest angle, "the long leg" the one opposite the
    middle angle and "the longest side" the one opposite the largest (Euclid I.18–19: the greater side
    subtends the greater angle). A triple with a 90° angle makes the triangle right-angled (its legs are the
    sides at that angle). ``given``: ``parse_geometry``'s ``_Given`` list; ``unknown``: its unread words, from
    which the size words read here are removed. A triple beside other vertex-named angles is left unplaced."""
    triple = [x for x in given if x.role == "angle" and x.target is None and getattr(x, "triple", False)]
    if len(triple) != 3 or len(vnames) != 3 or any(x.role == "angle" and x.target for x in given):
        return
    for x, v in zip(sorted(triple, key=lambda x: x.value), vnames):
        x.target = v
    if any(x.value == 90 for x in triple):
        s = triple[0].span
        flags.setdefault("right", dict(s))
    small, mid, big = sorted(triple, key=lambda x: x.value)
    opp = {small.target: "".join(v for v in vnames if v != small.target),
           mid.target: "".join(v for v in vnames if v != mid.target),
           big.target: "".join(v for v in vnames if v != big.target)}
    for x in given:
        if x.role not in ("leg", "side") or x.target:
            continue
        before = text[:x.span["start"]]
        for rx, v in ((_SHORT, small.target), (_LONG, mid.target), (_LONGEST, big.target)):
            m = rx.search(before)
            if m:
                x.role, x.target = "side", opp[v]
                unknown[:] = [u for u in unknown if not (m.start() <= u[1] < m.end())]
                break
