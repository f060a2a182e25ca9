"""Sets: one member placed by a sentence of its own — "the number 7 is an element of both A and C", "7 lies in
A", "the element x belongs to A and to B", "the point p is inside P".

A member said to be in several sets is in each of them (Rosen, *Discrete Mathematics and Its Applications*,
7th ed., §2.2 Def. 3: x ∈ A ∩ B iff x ∈ A and x ∈ B), and its sets then share it — a stated fact the layout
must meet (an element of two disjoint sets is impossible). Unlike a roster (``sets_roster``), such a
sentence does not list *all* of a set's members: nothing follows about how the sets relate beyond that
they share this one. A number or a lower-case letter, with or without "the number/element …" before it,
names the member; the clause is read whole and blanked for the shared grammar, whose element names are
letters only (a number there would be read as nothing, or worse, as a set).
"""
from __future__ import annotations

import re

__all__ = ["read_loose_members"]

_NAME = r"(?-i:[A-Z][A-Za-z0-9_]{0,15})"
_RX = re.compile(
    rf"(?:\b(?:the\s+)?(?:number|element|member|integer|letter|point|value|digit|object)\s+)?"
    rf"(?<![\w{{,.=])(?P<x>\d{{1,6}}|(?-i:[a-z]\d{{0,3}}))(?![\w}}])\s+"
    rf"(?:(?:is|lies|sits|belongs|falls|appears)\s+(?:also\s+)?)"
    rf"(?:(?:an?\s+)?(?:element|member)s?\s+of|in(?:side)?|to|within|into)\s+"
    rf"(?P<sets>(?:both\s+|each\s+of\s+|all\s+of\s+)?{_NAME}(?:\s*(?:,|and|&)\s*(?:(?:of|in|to)\s+)?{_NAME})*)(?![\w])",
    re.IGNORECASE)


def read_loose_members(text: str, chars: list[str], pre, names: set[str], blank) -> None:
    """Add (member, set, member span, clause span) to ``pre.loose_members`` and blank the clause."""
    for m in _RX.finditer("".join(chars)):
        sets = [s for s in re.findall(_NAME, m.group("sets"))]
        if not sets or any(s not in names for s in sets) or m.group("x") in names:
            continue
        for s in sets:
            pre.loose_members.append((m.group("x"), s, m.start("x"), m.end("x"), m.start(), m.end()))
        blank(chars, m.start(), m.end())
