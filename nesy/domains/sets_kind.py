"""Sets: phrasings that ask for a set diagram whatever the sets are named after — detection's evidence.

"Every square is a rectangle … Show this as nested sets: Squares, Rectangles, Quadrilaterals" is a
sets figure of shape names; "Draw the sets Metals and Conductors" one of material names. Words of
another science name the sets there, and must not decide the science (``registry._figure_kind`` asks
each domain's ``figure_kind``). What makes a text a set diagram (Rosen, *Discrete Mathematics and Its
Applications*, 7th ed., §2.1–2.2):

* the figure named as sets — "as nested sets", "as (three) sets", "nested/disjoint/overlapping sets",
  "draw the (two) sets …" (not "a set of …", "two sets of lines": a collection, no set diagram);
* inclusion stated as such — "is a (proper) subset of", "are subsets of", "superset of", "a universal set";
* a chain of class inclusions — "every X is a Y and every Y is a Z": the middle class is the subject of
  the next inclusion, which no other science's description does ("every angle is a right angle" names
  no chain).
"""
from __future__ import annotations

import re

__all__ = ["asks_for_sets"]

_N = r"(?:two|three|four|five|2|3|4|5)"
_MARKERS = re.compile(
    rf"(?i)\b(?:as\s+(?:{_N}\s+)?(?:nested\s+|disjoint\s+|overlapping\s+|separate\s+)?sets\b(?!\s+of\b)"
    r"|(?:nested|disjoint|non-?overlapping|overlapping|intersecting)\s+sets\b(?!\s+of\b)"
    rf"|(?:draw|show|sketch|plot|illustrate)\s+(?:(?:the|these|those|both)\s+)?(?:{_N}\s+)?sets\b(?!\s+of\b)"
    rf"|\bthe\s+(?:{_N}\s+)?sets\s+(?-i:[A-Z])"
    r"|(?:is|are)\s+(?:an?\s+)?(?:proper\s+)?(?:subsets?|supersets?)\s+of\b"
    r"|universal\s+set\b)")
_CHAIN = re.compile(r"(?i)\bevery\s+([a-z]{3,})\s+is\s+an?\s+([a-z]{3,})\b[^.;:!?]{0,40}?\bevery\s+(\2)\s+is\s+an?\s+[a-z]{3,}")


def asks_for_sets(text: str) -> bool:
    """True when ``text`` asks for a set diagram by how it speaks of sets, not by what they are named."""
    return bool(_MARKERS.search(text) or _CHAIN.search(text))
