"""Groups announced before they are given, for ``nesy.circuits.v1``.

"24 V across two parallel pairs connected one after the other - first 100 Ω ∥ 100 Ω, then 220 Ω ∥ 330 Ω": the
text first says what the load is made of (a count of parallel or series groups and how the groups are joined),
then gives each group. The announcement names no part (read as one, "two" counted nothing and was refused); it
is a statement about the circuit the groups make, as "two branches in parallel" is (``circuits_branches``).
``announced_groups`` finds it (blanked before reading, kept as read); ``check_announced`` then holds it against
the circuit read: some group of the tree must join exactly that many groups of that kind in that way
(series: one after the other, one current; parallel: side by side, one voltage — Alexander & Sadiku,
*Fundamentals of Electric Circuits*, 5th ed., §2.5–2.6). Any other reading is refused naming the announcement —
never a figure whose structure disagrees with what the text announced.
"""
from __future__ import annotations

import re

from ..errors import UnsupportedError
from ..types import SceneGraph

__all__ = ["announced_groups", "check_announced"]

_N = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}
_HOW_S = r"in\s+series|one\s+after\s+(?:the\s+other|another)|in\s+a\s+(?:row|chain)|behind\s+each\s+other|in\s+cascade"
_HOW_P = r"in\s+parallel|side\s+by\s+side"
_RX = re.compile(r"(?i)(?<![\w-])(?P<n>two|three|four|five|six|[2-6])\s+(?P<k>parallel|series)\s+"
                 r"(?:pairs|combinations|groups|networks|blocks|banks|sets|sections|stages|combos)\s+"
                 r"(?:(?:connected|wired|placed|joined|arranged)\s+)?(?:(?P<s>" + _HOW_S + r")|(?P<p>" + _HOW_P + r"))"
                 r"(?=\s*(?:[-–—:]|,))")


def announced_groups(text: str) -> list[tuple[int, int, int, str, str]]:
    """``(start, end, n, kind op, how op)`` of each announcement ("S"/"P" as in the circuit's tree), only where
    the groups follow it after a dash, colon or comma."""
    return [(m.start(), m.end(), _N[m.group("n").lower()], "P" if m.group("k").lower() == "parallel" else "S",
             "S" if m.group("s") else "P") for m in _RX.finditer(text)]


def check_announced(scene: SceneGraph, found: list[tuple[int, int, int, str, str]], text: str) -> None:
    """Raises ``UnsupportedError`` naming an announcement that no group of the circuit read matches."""
    from .circuits import SOURCES
    tree = scene.attr("tree")
    sources = {e.id for e in scene.entities if e.kind in SOURCES}

    def nodes(d):
        yield d
        for c in d.get("children") or ():
            yield from nodes(c)
    for a, b, n, kind, how in found:
        ok = False
        for d in nodes(tree) if isinstance(tree, dict) else ():
            # (the source across the groups closes the loop: not one of them)
            kids = [c for c in d.get("children") or () if not (c.get("op") == "C" and c.get("id") in sources)]
            groups = [c for c in kids if c.get("op") == kind and len(c.get("children") or ()) >= 2]
            if d.get("op") == how and len(groups) == n == len(kids):
                ok = True
        if not ok:
            raise UnsupportedError(f"'{text[a:b]}' at {a}-{b} announces {n} {'parallel' if kind == 'P' else 'series'} "
                                   "groups joined so, but the groups the text gives are not read that way; give each "
                                   "group with its operator, e.g. '(100 Ω ∥ 100 Ω) in series with (220 Ω ∥ 330 Ω)'")
