"""A part placed after another that the text named before, for ``nesy.circuits.v1`` (a wording read).

"Next, after the 100 Ω, put a 220 Ω and a 330 Ω in parallel with each other", "following the switch, add a 1 kΩ
resistor": a fronted phrase of order (Huddleston & Pullum, *The Cambridge Grammar of the English Language*, 2002,
ch. 7 §2, prepositions of time and order: *after*, *following*, *past*) puts what the clause adds next along the
chain, in series with the part it names. Read as a list, "the 100 Ω, … a 220 Ω and a 330 Ω in parallel with each
other" had put all three in parallel (requests-38 circuits-09 as development data: the 100 Ω drawn in the parallel
block, verified). Read as "<the part> is in series with …": the clause's own parts keep their own connection.
"""
from __future__ import annotations

import re

__all__ = ["fronted_after"]

_RX = re.compile(
    r"(?i)\b(?:after|following|past|beyond)\s+(?P<x>(?:the|that|this)\s+[^,;:.()]{1,40}?)\s*,\s*"
    r"(?P<v>(?:(?:we|you)\s+)?(?:put|place|add|connect|insert|wire|attach|comes?|there\s+(?:is|are|comes?))\s+)"
    r"(?=(?:a|an|one|two|three|four|five|\d)\b)")


def fronted_after(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, "<the part> is in series with ")`` for each fronted "after <the part>, put …" (see above)."""
    return [(m.start(), m.end(), f"{m.group('x')} is in series with ") for m in _RX.finditer(text)]
