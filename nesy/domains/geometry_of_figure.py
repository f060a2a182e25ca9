"""A measure said of a named figure, for ``nesy.geometry.v1``: "the diagonal AC of square ABCD is 10√2 cm",
"the diagonal of a square is 8 cm", "the altitude of triangle ABC from A is 4 cm", "the hypotenuse of right
triangle PQR is 13 cm", "the circumradius of square ABCD measures 4 cm".

The role word comes first and the figure word stands between it and the value, so the nearest marker before
the value is the figure, not the role: read that way the value was a side (requests-19 geometry-07: the
square's diagonal drawn as its side, 14.142 instead of 10, and verified). The role governs the value when
only "[XY] of (the|a) [kind] <figure> [NAME] [from/to …] is" stands between them.

``segment_role`` also says what a two-letter name of a quadrilateral is: AC and BD of ABCD join opposite
corners (diagonals), AB, BC, CD, DA adjacent ones (sides) — a length is a diagonal's by its name whatever
the word before it, and a "diagonal" named by two adjacent corners is refused by name.
"""
from __future__ import annotations

import re

from ..errors import UnsupportedError

__all__ = ["role_of_figure", "segment_role", "check_diagonal"]

# between the role word and the figure word: an optional segment name, "of"/"in", a determiner, an adjective
_BEFORE_RX = re.compile(r"\s*(?:(?P<seg>[A-Z]{1,2})\s+)?(?:of|in)\s+(?:(?:the|a|an|this|that|my|its|our)\s+)?"
                        r"(?:(?:regular|equilateral|isosceles|scalene|right|right[\s\-]+angled|given)\s+)?$",
                        re.IGNORECASE)
# between the figure word and the value: its name, a vertex or side it is drawn from or to, a verb
_AFTER_RX = re.compile(r"\s*(?:[A-Z]{1,12}\s*)?(?:,\s*)?(?:(?i:from|to|onto|on|at|upon)\s+(?:the\s+)?"
                       r"(?:(?i:vertex|side|corner)\s+)?[A-Z]{1,2}\s*)?(?:,\s*)?"
                       r"(?i:is|was|=|:|measures|equals|has\s+(?:a\s+)?length(?:\s+of)?|of\s+length)\s*"
                       r"(?i:(?:exactly|precisely)\s+)?$")


def role_of_figure(text: str, role_start: int, role_end: int, fig_start: int, fig_end: int,
                   g0: int) -> tuple[bool, str | None]:
    """Whether the role word at ``role_start:role_end`` governs the value at ``g0`` across the figure word
    at ``fig_start:fig_end`` ("the diagonal AC of square ABCD is …"), and the segment name written after the
    role word ("AC"), if any."""
    m = _BEFORE_RX.fullmatch(text, role_end, fig_start)
    if m is None or not re.search(r"(?i)\b(?:of|in)\b", text[role_end:fig_start]):
        return False, None
    if _AFTER_RX.fullmatch(text, fig_end, g0) is None:
        return False, None
    seg = m.group("seg")
    return True, seg if seg and len(seg) == 2 else None


def segment_role(V: list[str], seg: str) -> str | None:
    """'side' when ``seg`` joins adjacent corners of the polygon ``V``, 'diagonal' when it joins others,
    None when a letter is not a corner."""
    if len(seg) != 2 or seg[0] == seg[1] or not set(seg) <= set(V):
        return None
    i, j = V.index(seg[0]), V.index(seg[1])
    return "side" if (i - j) % len(V) in (1, len(V) - 1) else "diagonal"


def check_diagonal(V: list[str], g: dict) -> None:
    """Refuse a length said to be a diagonal whose name joins two adjacent corners ("the diagonal AB of
    square ABCD"), naming the phrase: a side is no diagonal."""
    t = g.get("target")
    if g.get("role") == "diagonal" and t and segment_role(V, t) == "side":
        sp = g["span"]
        raise UnsupportedError(f"'{sp['text']}' at {sp['start']}-{sp['end']}: {t} joins adjacent corners of "
                               f"{''.join(V)}, a side, not a diagonal (its diagonals are {V[0]}{V[2]} and {V[1]}{V[3]})")


# after an unread noun, the words that make the value its own: a name, "of/from/to … NAME", a verb
_SUBJECT_TAIL_RX = re.compile(
    r"(?:\s+[A-Z]{1,2}(?![A-Za-z]))?(?:\s*,?\s+(?i:of|from|to|onto|in|at|on|through|upon)\s+"
    r"(?:(?i:the|a|an|this|its|vertex|corner|side|right|triangle|square|rectangle|polygon|quadrilateral|"
    r"parallelogram|rhombus|trapezoid|trapezium|kite)\s+)*[A-Z]{1,12}(?![A-Za-z]))*\s*,?\s*"
    r"(?i:is|was|=|:|measures|equals|has\s+(?:a\s+)?length(?:\s+of)?|of\s+length)\s*(?i:(?:exactly|precisely|about)\s+)?$")


def unread_subject(text: str, lo: int, g0: int, unknown: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """Where the noun phrase starts and ends when the value at ``g0`` is said of a word nesy does not read
    ("the median AM of triangle ABC is 4 cm", "the bisector from A is 4 cm"): the line it measures is not
    drawn, so the value is no side's; None when the value's subject is read (or no unread word is in its
    clause)."""
    for w, a, b in sorted((u for u in unknown if lo <= u[1] and u[2] <= g0), key=lambda u: -u[1]):
        if _SUBJECT_TAIL_RX.fullmatch(text, b, g0):
            d = re.search(r"(?i)\b(?:the|a|an|its)\s+(?:[a-z]+\s+)?$", text[lo:a])
            nm = re.match(r"\s+[A-Z]{1,2}(?![A-Za-z])", text[b:g0])
            return (lo + d.start() if d else a), b + (nm.end() if nm else 0)
    return None
