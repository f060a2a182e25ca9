"""A count written into a compound adjective, for ``nesy.circuits.v1``: "a three-resistor divider", "a two-lamp
circuit", "a 3-capacitor network". The compound says how many parts of that kind the circuit has; it names no new
part (the parts are the ones the text names). ``compound_counts`` finds them (blanked before reading, kept as
read); ``check_compound_counts`` then holds each against the circuit read: the same number is read (it agrees),
another is refused naming the phrase — never a count dropped while the figure verifies.
"""
from __future__ import annotations

import re

from ..errors import UnsupportedError
from ..types import SceneGraph

__all__ = ["compound_counts", "check_compound_counts"]

_KINDS = {"resistor": "resistor", "capacitor": "capacitor", "lamp": "lamp", "bulb": "lamp", "inductor": "inductor"}
_RX = re.compile(r"(?i)(?<![\w-])(?P<n>two|three|four|five|six|seven|eight|[2-9])-(?P<k>resistor|capacitor|lamp|bulb|"
                 r"inductor)(?=\s+(?:voltage\s+|current\s+|series\s+|parallel\s+)?(?:divider|circuit|network|chain|loop|"
                 r"ladder|string|combination|arrangement|setup|set-up)\b)")
_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}


def compound_counts(text: str) -> list[tuple[int, int, int, str]]:
    """``(start, end, n, kind)`` of each count-kind compound before a word for the circuit."""
    out = []
    for m in _RX.finditer(text):
        n = _WORDS.get(m.group("n").lower()) or int(m.group("n"))
        out.append((m.start(), m.end(), n, _KINDS[m.group("k").lower()]))
    return out


def check_compound_counts(scene: SceneGraph, found: list[tuple[int, int, int, str]], text: str) -> None:
    """Raises ``UnsupportedError`` naming a compound whose count is not the number of parts of its kind read."""
    for a, b, n, kind in found:
        have = sum(e.kind == kind for e in scene.entities)
        if have != n:
            raise UnsupportedError(f"'{text[a:b]}' at {a}-{b} says the circuit has {n} {kind}s, but the text names "
                                   f"{have}; make the two agree")
