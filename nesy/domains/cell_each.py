"""A distributive header before a list: "each guard cell: 1 nucleus, 5 chloroplasts", "per cell - one nucleus,
two mitochondria", "In every nucleus: 2 nucleoli".

"each X:" heads a list of what every X holds, as "each X has …" does (the quantifier distributes over the members
of the set: Huddleston & Pullum, *The Cambridge Grammar of the English Language*, 2002, ch. 5 §9.2). The shared
grammar reads "each X has …" right, but not the colon form: it drew one nucleus in one guard cell of two and dealt
five chloroplasts out between them, and the figure verified (a wrong count). The header is rewritten as
"each X has" (its head noun kept) and the scene's spans are mapped back to the user's words
(``cell_members.map_back``). Only where a count, an article or "no" opens the list (a list, not a title).

Hands ``CellDomain.parse`` the rewritten text and its position map.
"""
from __future__ import annotations

import functools
import re

__all__ = ["each_lists"]


@functools.lru_cache(maxsize=1)
def _header() -> re.Pattern:
    from .cell_aside import _noun_rx
    from .cell_members import typed_cell_rx
    from ..parse.words import number_rx
    return re.compile(
        rf"(?i)(?<![\w-])(?P<h>(?:(?:in|for|inside|within)\s+)?(?:each|every|per)\s+(?P<n>{typed_cell_rx()}|"
        rf"(?:{_noun_rx()})))(?P<c>\s*(?::|[-–—]\s)\s*)"
        rf"(?=(?:\d|(?:{number_rx()})\b|an?\b|no\b|one\b|single\b))")


def each_lists(text: str) -> tuple[str, list[tuple[int, int, int, int]]] | None:
    """``text`` with each "each X:" header rewritten as "each X has ", and the map of the rewritten chunks
    ``(new_start, new_end, old_start, old_end)`` (``cell_members.map_back``); None when there is none."""
    edits = [(m.start(), m.end(), f"{'E' if m.group('h')[:1].isupper() else 'e'}ach {m.group('n')} has ")
             for m in _header().finditer(text)]
    if not edits:
        return None
    from .cell_members import rewrite
    return rewrite(text, edits)   # (regex matches never overlap: no edit is skipped)
