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

__all__ = ["derived_relations", "RELATED", "LINK", "ROSTER_NAME", "roster_items"]

# How a roster is tied to its set's name: "A = {…}" (Rosen §2.1), "A == {…}" (code), "A := {…}" / "A ≔ {…}" (a
# definition), "A: {…}" (a "key: value" note) and "A is {…}" / "A is the set {…}" (in words)
LINK = r"\s*(?:==|:=|≔|=|:(?!:)|\s+is\s+(?:the\s+set\s+)?)\s*"
# the name a roster defines: a capital letter and what follows it ("A", "Evens", "S1"), or a lower-case word set
# equal to its roster with "=" ("dogs = {rex, max, bella}", "primes := {2, 3, 5}": a name a program or a note gives)
ROSTER_NAME = r"(?:(?-i:[A-Z][A-Za-z0-9_]{0,15})|(?-i:[a-z][a-z0-9_]{1,15})(?=\s*(?:==|:=|≔|=)\s*\{))"
# one member as written: a name or symbol ("a", "q_1", "Mercury", "-3", "2.5") or one number in any form
# ("...", "…": the ellipsis of a progression, read by ``sets_numbers_read``)
_PLAIN = re.compile(r"[A-Za-z0-9_.\-−]{1,12}|…")

RELATED = re.compile(
    r"(?:\b(?:and\s+)?(?:showing|show|to\s+show|that\s+shows?|which\s+shows?|illustrating|illustrate|to\s+illustrate"
    r"|displaying|display|indicating|indicate|so\s+(?:that\s+)?(?:it|one|you|we)\s+(?:can\s+)?sees?)\s+)?"
    r"\b(?:how|the\s+way)\s+(?:they|these(?:\s+sets)?|those|the(?:\s+(?:two|three|four))?\s+sets|all\s+of\s+them|"
    r"(?-i:(?:[A-Z][A-Za-z0-9_]{0,15}(?:\s*,\s*|\s+and\s+))+[A-Z][A-Za-z0-9_]{0,15}))\s+(?:are\s+|is\s+)?"
    r"(?:related|relate|connected|connect|fit\s+together|compare)(?:\s+to\s+(?:each\s+other|one\s+another))?"
    # "with every relation between them shown", "showing all the relationships among the three sets"
    r"|\b(?:(?:and\s+)?(?:showing|show|illustrating|with)\s+)?(?:their|the|every|each|all(?:\s+(?:of\s+)?the)?)\s+"
    r"relation(?:ship)?s?(?:\s+(?:between|among)\s+(?:them|the(?:\s+(?:two|three|four))?\s+sets|these(?:\s+sets)?|"
    r"the\s+(?:two|three|four)))?(?:\s+(?:shown|drawn|marked|visible|clear))?", re.IGNORECASE)


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


def _value_label(v) -> str:
    """A number's label by its value: "12", "-3", "0.5"; a value with no finite decimal as a fraction ("1/3")."""
    from decimal import Decimal
    d = v.denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    if d != 1:
        return f"{v.numerator}/{v.denominator}"
    return format((Decimal(v.numerator) / Decimal(v.denominator)).normalize(), "f")


def roster_items(inner: str, at: int = 0) -> list[tuple[str, int, int]] | None:
    """The members listed in a roster's braces, ``inner`` starting at ``at`` in the text: (label, start, end)
    each, or None when some item is not a plain member (a description, a phrase: refused by name elsewhere).

    Members are separated by semicolons where the list has any — the decimal comma's convention
    ("{0,5; 1; 1,5}", ISO 80000-1 §7.1.4) — else by commas. A member written as one number in any form
    ("a dozen", "twenty", "3 × 10^1", "1e2", "0,5") is labelled by its value ("12", "20", "30", "100",
    "0.5"): a set is determined by its elements (Rosen §2.1), so 12 written twice two ways is one element."""
    from ..errors import InputError
    from ..parse.words import read_number
    sep = ";" if ";" in inner else ","
    parts = inner.split(sep)
    out: list[tuple[str, int, int]] = []
    k = 0
    for part in parts:
        raw = part.strip()
        a = at + k + (len(part) - len(part.lstrip()))
        k += len(part) + 1
        if not raw:
            if sep == "," and len(parts) > 1:
                return None
            continue
        try:
            v = read_number(raw)
        except InputError:
            v = None
        if v is not None:
            label = _value_label(v)
        elif _PLAIN.fullmatch(raw):
            label = raw
        else:
            return None
        out.append((label, a, a + len(raw)))
    return out
