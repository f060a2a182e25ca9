"""Arrows between phrases — a flowchart or process diagram ("start → enter password → check password →
success"), not an automaton: a state is named by one token ("q0", "S", "Locked"), and an arrow whose
end is a run of two plain words that are no automaton vocabulary ("enter password") links steps of a
process. ``automata`` uses this to keep such a text from scoring as an automaton (detection) and to
refuse it by name when it reaches the automata reader: as out of scope when the text names no
automaton, as a multi-word state name when it does.
"""
from __future__ import annotations

import re
from typing import Callable

__all__ = ["flow_phrase"]

ARROW = re.compile(r"→|-->|->|⟶|=>|⇒")
_WORD = re.compile(r"[^\W\d_]{2,}(?:-[^\W\d_]+)*|\S+")
# where a node phrase of an arrow chain ends, besides another arrow
_STOP = re.compile(r"[,;:.()\[\]{}]")


def _plain(tok: str, known: Callable[[str], bool]) -> bool:
    """A word of two letters or more, no digit, not automaton vocabulary (so not a state name like 'q0'
    nor syntax like 'on')."""
    return re.fullmatch(r"[^\W\d_]{2,}(?:-[^\W\d_]+)*", tok) is not None and not known(tok.lower())


def flow_phrase(text: str, known: Callable[[str], bool]) -> dict | None:
    """The first arrow end that is a phrase of two or more plain words (``{text, start, end}`` of that
    phrase), or None. ``known(word)``: whether a lower-case word is automaton vocabulary."""
    for m in ARROW.finditer(text):
        # left end: the words after the last stop or arrow before it; right end: up to the next one
        a = max([k.end() for k in _STOP.finditer(text, 0, m.start())] +
                [k.end() for k in ARROW.finditer(text, 0, m.start())] + [0])
        nxt = [k.start() for k in _STOP.finditer(text, m.end())][:1] + \
              [k.start() for k in ARROW.finditer(text, m.end())][:1]
        b = min(nxt + [len(text)])
        left = list(_WORD.finditer(text, a, m.start()))
        right = list(_WORD.finditer(text, m.end(), b))
        if len(left) >= 2 and all(_plain(w.group(0), known) for w in left[-2:]):
            return {"text": text[left[-2].start():left[-1].end()], "start": left[-2].start(), "end": left[-1].end()}
        if len(right) >= 2 and all(_plain(w.group(0), known) for w in right[:2]):
            return {"text": text[right[0].start():right[1].end()], "start": right[0].start(), "end": right[1].end()}
    return None
