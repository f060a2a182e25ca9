"""Automata: places in a string said as places on the page — "the leftmost symbol", "the third symbol from the left",
"an a to the right of a b", "its first (leftmost) symbol is the same as its last (rightmost) symbol".

A string is written left to right, so its leftmost symbol is its first and its rightmost its last; "from the left"
counts from the start, "from the right" from the end; "to the right of" is after, "to the left of" before (Sipser,
*Introduction to the Theory of Computation*, 3rd ed., §0.2: a string is a finite sequence of symbols, written in
order). Each is written in the words the language reader reads ("first", "last", "from the end", "after",
"before"); "the first symbol is the same as the last" is "start and end with the same symbol".
"""
from __future__ import annotations

import functools
import re

__all__ = ["position_words", "gapped_moves"]

_SUBS = [
    # a gloss of a place by its other name: "its first (leftmost) symbol" — said once
    (re.compile(r"(?i)\s*\((?:the\s+)?(?:leftmost|rightmost|left-most|right-most|first|last)(?:\s+one)?\)"), ""),
    (re.compile(r"(?i)\bleft-?most\b"), "first"),
    (re.compile(r"(?i)\bright-?most\b"), "last"),
    (re.compile(r"(?i)(?<=symbol)\s+from\s+the\s+left\b"), ""),
    (re.compile(r"(?i)(?<=symbol)\s+from\s+the\s+right\b"), " from the end"),
    (re.compile(r"(?i)\b(?:anywhere\s+)?to\s+the\s+right\s+of\b"), "after"),
    (re.compile(r"(?i)\b(?:anywhere\s+)?to\s+the\s+left\s+of\b"), "before"),
]
# "(whose|its) first (leftmost) symbol is the same as (its|the) last (rightmost) (symbol)": the string starts and ends
# with one symbol (a gloss in brackets after "first" or "last" allowed)
_SAME = re.compile(r"(?i)\b(?:when|whenever|if|where|whose|in\s+which)\s+(?:its\s+|the\s+)?first\s+(?:\([^)]*\)\s+)?"
                   r"symbol\s+(?:is\s+the\s+same\s+as|equals|is\s+equal\s+to|matches)\s+(?:its\s+|the\s+)?last"
                   r"(?:\s+\([^)]*\))?(?:\s+symbol|\s+one)?\b")


def position_words(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, new)`` edits writing places in a string in the language reader's words (above)."""
    if not re.search(r"(?i)\b(?:left|right|first\s+symbol)", text):
        return []
    out: list[tuple[int, int, str]] = []
    for rx, new in _SUBS:
        for m in rx.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b, _ in out):
                out.append((m.start(), m.end(), new))
    found = []
    m = _SAME.search(text)
    if m:   # the whole clause rewritten once; the place words inside it go with it
        out = [e for e in out if not (m.start() <= e[0] and e[1] <= m.end())]
        found.append((m.start(), m.end(), "that start and end with the same symbol"))
    return sorted(out + found)


# "On 1, q0 goes to q1, and q1 back to q0": the verb said once for both moves (gapping: Huddleston & Pullum 2002,
# ch. 15 §4.2) — written out again ("and q1 goes back to q0") so the second move is read as the first is
@functools.lru_cache(maxsize=1)
def _gap_rx() -> tuple[re.Pattern, re.Pattern]:
    """(the gapped second move, the verb of a move before it): the move verbs of grammar.yaml and the particles of
    ``automata._TO`` that the transition reader itself reads."""
    from .automata import _TO, _alts, _grammar
    name = r"(?-i:[A-Za-z]{1,2}\d{0,2}|[A-Z][a-z]{2,12})"
    gap = re.compile(rf"(?P<lead>(?:,|;)\s*and\s+|;\s*)(?P<s>{name})\s+(?P<to>{_TO})\s+(?P<t>{name})"
                     r"(?=\s*(?:[.;,]|$|\s+(?:on|and)\b))")
    moved = re.compile(rf"(?i)\b(?P<v>{_alts(_grammar()['move_verbs'])})\s+{_TO}(?![A-Za-z])")
    return gap, moved


def gapped_moves(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, "<verb> <to>")`` inserting the verb of the move before it into a gapped second move."""
    gap, moved = _gap_rx()
    out = []
    for m in gap.finditer(text):
        clause = re.split(r"[.!?]\s", text[:m.start()])[-1]
        v = list(moved.finditer(clause))
        if not v:
            continue
        out.append((m.start("to"), m.end("to"), f"{v[-1].group('v')} {m.group('to')}"))
    return out
