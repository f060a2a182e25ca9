"""Vertex names given in words, for ``nesy.geometry.v1``: "Label it WXYZ.", "a rectangle labelled PQRS", "call the
corners K, L, M and N", "name the vertices P, Q and R", "with vertices W, X, Y, Z".

A polygon is named by its vertices' capitals in order round it (Jurgensen, Brown & Jurgensen, *Geometry*, §1-2 and
§3-1: "polygon ABCDE … named by listing its vertices in order"); "square WXYZ" and "a square, label it WXYZ" name
the same figure. Read only after the figure's word, the request "Label it WXYZ." was passed over and the square was
drawn as ABCD and said verified (requests-15 geometry-09). The letters count only when they are as many distinct
capitals as the figure has vertices; a request that names a different number for "it"/"the vertices", or names
other than a name already given after the figure's word, is refused naming the phrase, never one of them chosen.
"""
from __future__ import annotations

import re

from ..errors import UnsupportedError

__all__ = ["name_phrases", "stated_names"]

_OBJ = (r"(?:(?:it|them|this|these|(?:the|its|their|all|each|every)\s+(?:\w+\s+)?(?:corners?|vertices|vertex|points?|"
        r"shape|figure|square|rectangle|triangle|polygon|quadrilateral|parallelogram|rhombus|trapezoid|trapezium|kite|"
        r"pentagon|hexagon|octagon))\s+)")
_VERB = r"(?:label(?:l?ed|s)?|name[ds]?|call(?:ed|s)?|letter(?:ed|s)?|mark(?:ed|s)?)"
_LETTERS = r"(?P<l>[A-Z]{2,12}|[A-Z](?:\s*(?:,\s*(?:and\s+)?|and\s+|&\s*|-)\s*[A-Z]){1,11})"
# the whole list, never a part of it (a list cut short by backtracking named 3 vertices of 4: "vertices: A, B, C, D
# (in order)"), and no point given by its coordinates ("D (2, 3)") or a value ("A = …")
_WHOLE = r"(?!\s*(?:,|and\b|&|-)\s*[A-Z](?![A-Za-z]))(?!\s*(?:=|\(\s*[-−\d]))"
_RXS = [
    # "Label it WXYZ", "labelled PQRS", "call the corners K, L, M and N", "name them 'P, Q, R'"
    re.compile(rf"(?<![A-Za-z])(?i:{_VERB})\s+(?i:{_OBJ})?(?i:(?:as|with)\s+)?(?i:(?:the\s+)?(?:letters|names)\s+)?"
               rf"[:\"'“‘(]?\s*{_LETTERS}(?![A-Za-z]){_WHOLE}"),
    # "with vertices W, X, Y, Z", "the corners are P, Q, R and S", "vertices: KLMN"
    re.compile(rf"(?<![A-Za-z])(?i:vertices|corners|points)\s*(?i:(?:are|is|labelled|labeled|named|called|:)\s*)?"
               rf"[\"'“‘(]?\s*{_LETTERS}(?![A-Za-z]){_WHOLE}"),
]


def name_phrases(text: str) -> list[tuple[str, int, int, bool]]:
    """Each phrase that states vertex names: (letters, start, end, whether it says they are the vertices)."""
    found: list[tuple[str, int, int, bool]] = []
    for i, rx in enumerate(_RXS):
        for m in rx.finditer(text):
            letters = "".join(re.findall(r"[A-Z]", m.group("l")))
            explicit = i == 1 or re.search(r"(?i)\b(?:it|them|corners?|vertices|vertex)\b", m.group(0)) is not None
            found.append((letters, m.start(), m.end(), explicit))
    return found


def stated_names(text: str, nverts: int, given_name: str | None) -> tuple[str | None, list[tuple[int, int]]]:
    """The vertex names the text states in words for a figure of ``nverts`` vertices (``None`` when it states
    none), and the spans of the phrases that state them. ``given_name`` is the name read after the figure's word
    ("square ABCD"); ``UnsupportedError`` when the words name a different one or a wrong number of vertices."""
    found = name_phrases(text)
    if nverts < 2:
        return None, []
    names: str | None = None
    spans: list[tuple[int, int]] = []
    for letters, a, b, explicit in sorted(found, key=lambda f: f[1]):
        if len(letters) != nverts or len(set(letters)) != nverts:
            if explicit and len(letters) >= 3:
                raise UnsupportedError(f"'{text[a:b]}' at {a}-{b} names {len(letters)} vertices; the figure has "
                                       f"{nverts}")
            continue
        if (names and letters != names) or (given_name and letters != given_name):
            raise UnsupportedError(f"'{text[a:b]}' at {a}-{b} names the vertices {letters}, but the text also names "
                                   f"them {names or given_name}; give one name")
        names = letters
        spans.append((a, b))
    return names, spans
