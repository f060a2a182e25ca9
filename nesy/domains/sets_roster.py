"""Sets: how sets given by their members (roster notation) relate, and requests to show it.

A set written as a roster, ``A = {a, b, c}``, has exactly the listed members (Rosen, *Discrete Mathematics
and Its Applications*, 7th ed., §2.1: "a set is determined by its elements"; two sets are equal iff they
have the same elements). So between two roster sets the Euler relation follows from the members (§2.1,
Def. 4 and §2.2, Def. 5): A ⊆ B when every member of A is in B; A and B disjoint when they share none;
otherwise they overlap. The derived relations join the scene with the span of both rosters, so a stated
relation that contradicts them is impossible, naming both. Two rosters with the same members are one set
drawn twice: not drawn, by name (an Euler diagram gives each set its own curve and region).

"draw A, B and C showing how they are related" asks for these relations: read as nothing more to draw
when every two sets of the scene are related (stated or derived); else handed back as not drawn.
"""
from __future__ import annotations

import re

__all__ = ["derived_relations", "RELATED"]

RELATED = re.compile(
    r"(?:\b(?:and\s+)?(?:showing|show|to\s+show|that\s+shows?|which\s+shows?|illustrating|illustrate|to\s+illustrate"
    r"|displaying|display|indicating|indicate|so\s+(?:that\s+)?(?:it|one|you|we)\s+(?:can\s+)?sees?)\s+)?"
    r"\b(?:how|the\s+way)\s+(?:they|these(?:\s+sets)?|those|the(?:\s+(?:two|three|four))?\s+sets|all\s+of\s+them|"
    r"(?-i:(?:[A-Z][A-Za-z0-9_]{0,15}(?:\s*,\s*|\s+and\s+))+[A-Z][A-Za-z0-9_]{0,15}))\s+(?:are\s+|is\s+)?"
    r"(?:related|relate|connected|connect|fit\s+together|compare)(?:\s+to\s+(?:each\s+other|one\s+another))?"
    r"|\b(?:(?:and\s+)?(?:showing|show|illustrating|with)\s+)?(?:their|the)\s+relationships?(?:\s+(?:between|among)\s+"
    r"(?:them|the\s+sets|these\s+sets))?", re.IGNORECASE)


def derived_relations(members: list[tuple[str, str, int, int, int, int]]) -> tuple[list[tuple], list[tuple[int, int]]]:
    """From ``PreRead.members`` (element, set, element span, roster span): the relations between every
    two roster sets (kind, a, b, start, end; the span runs over both rosters) and the spans of pairs of
    equal sets (not drawn)."""
    elems: dict[str, set[str]] = {}
    span: dict[str, tuple[int, int]] = {}
    for x, s, _a, _b, ra, rb in members:
        elems.setdefault(s, set()).add(x)
        span.setdefault(s, (ra, rb))
    names = sorted(elems, key=lambda s: span[s])
    rels: list[tuple] = []
    equal: list[tuple[int, int]] = []
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            lo, hi = min(span[a][0], span[b][0]), max(span[a][1], span[b][1])
            A, B = elems[a], elems[b]
            if A == B:
                equal.append((lo, hi))
            elif A <= B:
                rels.append(("inside", a, b, lo, hi))
            elif B <= A:
                rels.append(("inside", b, a, lo, hi))
            elif not A & B:
                rels.append(("outside", a, b, lo, hi))
            else:
                rels.append(("overlaps", a, b, lo, hi))
    return rels, equal
