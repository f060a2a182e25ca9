"""Sets: a set's outline named as a place — "overlapping F's lower right edge", "straddling P's right-hand edge",
"touching the left side of M" — is the set itself: a Venn circle's edge is where the set's region begins (Venn 1880:
each class is the whole region inside its closed curve), so a circle across the edge of F overlaps F. The part of
the edge ("lower right") says where on the page, which nesy's layout does not promise; it is kept in the account as
not drawn, and the relation is read on the set's name.
"""
from __future__ import annotations

import re

__all__ = ["edge_possessives"]

_EDGE = re.compile(r"(?<![\w{])(?P<x>(?-i:[A-Z][A-Za-z0-9_]{0,15}))['’]s\s+(?P<where>(?:(?:lower|upper|left|right|top|bottom|"
                   r"outer|inner|near|far)(?:[\s-]hand)?[\s-]+){0,2})(?:edge|side|rim|boundary|border|outline|perimeter)\b",
                   re.IGNORECASE)


def edge_possessives(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` for each "X's … edge" (above)."""
    return [(m.start(), m.end(), m.group("x")) for m in _EDGE.finditer(text)]
