"""How many members two roster sets share, said in words (``nesy.sets.v1`` wording).

"A = {3, 6, 9, 12, 15, 18} and B = {2, 4, …, 20}. They share 3 of the 13 elements in the union", "A and B have 2
members in common", "both sets share exactly one element": a count of the intersection (and of the union), never a
member named "3". Read by the shared grammar, "share 3" had been the sets sharing the member 3 — which the rosters
deny, so a correct text was called impossible.

With both sets given by their members the counts follow from them (Rosen, *Discrete Mathematics and Its
Applications*, 7th ed., §2.2 Def. 3 and 4: x ∈ A ∩ B iff x ∈ A and x ∈ B; x ∈ A ∪ B iff x ∈ A or x ∈ B; members
compared as values, "1e3" = "1 000", ``sets_roster.roster_items``): a count that agrees is a restatement, read as the
relation it implies ("A and B overlap", or "… are disjoint" for none shared); one that disagrees is impossible,
naming both rosters and the phrase. A bare "they share 3" (no noun, no "in common", no "of the …") is left to the
grammar, as before: it may name a member.
"""
from __future__ import annotations

import re

from .sets_roster import LINK, ROSTER_NAME, roster_items

__all__ = ["shared_counts"]

_NOUN = r"(?:elements?|members?|numbers?|items?|values?|entries)"
_NUM = r"(?:\d{1,4}|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_NAME = r"(?-i:[A-Z][A-Za-z0-9_]{0,15})"
_SHARE = re.compile(
    rf"\b(?P<who>they|both(?:\s+sets)?|the\s+two(?:\s+sets)?|(?P<a>{_NAME})\s+and\s+(?P<b>{_NAME}))\s+"
    rf"(?:share|have|has)\s+(?:exactly\s+|just\s+|only\s+|precisely\s+)?(?P<n>{_NUM})"
    rf"(?:\s+of\s+(?:the|their)\s+(?P<m>{_NUM})\s+{_NOUN}(?:\s+(?:in|of)\s+(?:the|their)\s+union)?"
    rf"(?:\s+in\s+common)?|\s+{_NOUN}(?:\s+in\s+common)?|\s+in\s+common)(?![\w-])", re.IGNORECASE)
_ROSTER = re.compile(rf"(?P<name>{ROSTER_NAME}){LINK}\{{(?P<inner>[^{{}}]*)\}}")


def _count(word: str) -> int:
    from ..parse.words import read_number
    return int(read_number(word))


def shared_counts(text: str) -> list[tuple[int, int, str]]:
    """(start, end, read as) of each stated count of what two roster sets share (see the module).

    Raises ``UnsatisfiableError`` when a count disagrees with the sets' members."""
    from ..errors import UnsatisfiableError
    rosters: dict[str, tuple[set[str], int, int]] = {}
    for m in _ROSTER.finditer(text):
        items = roster_items(m.group("inner"), m.start("inner"))
        if items is not None and m.group("name") not in rosters:
            rosters[m.group("name")] = ({label for label, _a, _b in items}, m.start(), m.end())
    if len(rosters) < 2:
        return []
    out = []
    for m in _SHARE.finditer(text):
        if m.group("a"):
            pair = [m.group("a"), m.group("b")]
        elif len(rosters) == 2:
            pair = list(rosters)
        else:
            continue       # "they" among three or more sets: which two is not said here
        if not all(p in rosters for p in pair) or pair[0] == pair[1]:
            continue
        (ma, sa, ea), (mb, sb, eb) = rosters[pair[0]], rosters[pair[1]]
        n, inter, union = _count(m.group("n")), len(ma & mb), len(ma | mb)
        total = _count(m.group("m")) if m.group("m") else None
        if n != inter or (total is not None and total != union):
            said = f"{n} shared" + (f" of {total}" if total is not None else "")
            raise UnsatisfiableError(
                [{"text": text[sa:ea], "start": sa, "end": ea}, {"text": text[sb:eb], "start": sb, "end": eb},
                 {"text": m.group(0), "start": m.start(), "end": m.end()}],
                [{"law": "x ∈ A ∩ B iff x ∈ A and x ∈ B; x ∈ A ∪ B iff x ∈ A or x ∈ B",
                  "source": "Rosen, Discrete Mathematics and Its Applications, 7th ed., §2.2 Def. 3-4"}],
                fix=[{"text": m.group(0), "start": m.start(), "end": m.end()}],
                detail=f"{pair[0]} ∩ {pair[1]} has {inter} members and {pair[0]} ∪ {pair[1]} {union}; the text says "
                       f"{said}")
        rel = "overlap" if inter else "are disjoint"
        out.append((m.start(), m.end(), f"{pair[0]} and {pair[1]} {rel}"))
    return out
