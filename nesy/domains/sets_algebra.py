"""Sets: a set defined as the intersection of others, and a pair's own relation said after their shared one.

* "S = R ∩ H", "S is the intersection of R and H", "S is the set of elements in both R and H", "the squares
  S = R ∩ H ∩ K": S is drawn as a subset of each set it is the intersection of (Rosen, *Discrete Mathematics
  and Its Applications* 7th ed., §2.2 Def. 2: x ∈ A ∩ B iff x ∈ A and x ∈ B), and those sets then meet (a
  drawn S is not empty). A union ("S = A ∪ B") is not read here: a set drawn round A and B would be more than
  their union, so it is left to the grammar, which lists it as not drawn.
* "R and H are subsets of Q and overlap each other": the second predicate, with "each other", relates the two
  subjects (R overlaps H), never the object of the first (Q).
"""
from __future__ import annotations

import re

from .sets_roster import LINK, roster_items

__all__ = ["read_intersections", "read_each_other"]

_NAME = r"(?-i:[A-Z][A-Za-z0-9_]{0,15})"
_ITEMS = rf"{_NAME}(?:\s*,\s*(?:and\s+)?{_NAME})*\s*,?\s*and\s+{_NAME}"
_DEFINED = re.compile(
    rf"(?<![\w{{])(?P<s>{_NAME})\s*(?:=|:=|(?:is|be|equals|denotes)\s+)\s*"
    rf"(?:(?P<sym>{_NAME}(?:\s*∩\s*{_NAME})+)"
    rf"|(?:the\s+)?(?:intersection|common\s+part|overlap)\s+of\s+(?:both\s+)?(?P<of>{_ITEMS})"
    rf"|(?:the\s+)?set\s+of\s+(?:(?:all|the)\s+)?(?:elements|members|things|points|those)\s+(?:that\s+are\s+|which\s+are\s+|lying\s+|)?"
    rf"(?:in|of|belonging\s+to)\s+(?:both\s+|each\s+of\s+|all\s+of\s+)(?P<both>{_ITEMS}))(?![\w])",
    re.IGNORECASE)


# the same, the intersection first: "R ∩ H = S", "the intersection of R and H is S", "the set of elements in both
# R and H is called S"
_DEFINED_AFTER = re.compile(
    rf"(?:(?P<sym>(?<![\w{{]){_NAME}(?:\s*∩\s*{_NAME})+)"
    rf"|(?:the\s+)?(?:intersection|common\s+part|overlap)\s+of\s+(?:both\s+)?(?P<of>{_ITEMS})"
    rf"|(?:the\s+)?set\s+of\s+(?:(?:all|the)\s+)?(?:elements|members|things|points|those)\s+(?:that\s+are\s+|which\s+are\s+|lying\s+|)?"
    rf"(?:in|of|belonging\s+to)\s+(?:both\s+|each\s+of\s+|all\s+of\s+)(?P<both>{_ITEMS}))"
    rf"\s*(?:=|(?:is|will\s+be)\s+(?:(?:called|named|denoted|labell?ed)\s+(?:by\s+|as\s+)?)?)\s*(?P<s>{_NAME})(?![\w])",
    re.IGNORECASE)


def read_intersections(text: str, chars: list[str], pre, names: set[str], blank) -> None:
    """Add "S inside each set it is the intersection of" and "those sets overlap" to ``pre.relations``."""
    for m in [*_DEFINED.finditer("".join(chars)), *_DEFINED_AFTER.finditer("".join(chars))]:
        s = m.group("s")
        if not chars[m.start()].strip():
            continue          # read already by the first form
        parts = re.findall(_NAME, m.group("sym") or m.group("of") or m.group("both"))
        if s not in names or not set(parts) <= names or s in parts or len(set(parts)) < 2:
            continue
        for p in dict.fromkeys(parts):
            pre.relations.append(("inside", s, p, m.start(), m.end()))
        for k, a in enumerate(parts):
            for b in parts[k + 1:]:
                if a != b:
                    pre.relations.append(("overlaps", a, b, m.start(), m.end()))
        if m.start("s") > m.start():
            blank(chars, m.start(), m.start("s"))
        else:
            blank(chars, m.end("s"), m.end())


_NEG = r"(?:do\s+not|don'?t|never|cannot|can'?t|must\s+not|should\s+not)"
_EACH_OTHER = re.compile(
    rf"(?<![\w{{])(?P<a>{_NAME})\s+(?:and|&)\s+(?:(?:the|set|class)\s+)?(?:(?-i:[a-z][a-z\-]{{2,20}})\s+)?(?P<b>{_NAME})\s+(?:are|both|lie|sit|were)\b[^.;:]*?"
    rf"(?P<tail>(?:,\s*)?\band\s+(?:both\s+|also\s+)?(?P<neg>{_NEG}\s+)?(?P<v>overlap|intersect|meet|touch|cross)"
    rf"(?:\s+with)?\s+(?:each\s+other|one\s+another))(?![\w])", re.IGNORECASE)


def read_each_other(text: str, chars: list[str], pre, names: set[str], blank) -> None:
    """Add the relation of "A and B are … and overlap each other" between A and B; blank that predicate."""
    for m in _EACH_OTHER.finditer("".join(chars)):
        a, b = m.group("a"), m.group("b")
        if not {a, b} <= names or a == b:
            continue
        neg = bool(m.group("neg"))
        if not neg and m.group("v").lower() == "touch":
            continue          # touching is no statement about common members
        pre.relations.append(("outside" if neg else "overlaps", a, b, m.start("tail"), m.end("tail")))
        blank(chars, m.start("tail"), m.end("tail"))


# "Put K in V and draw T apart from K", "… and keep B separate": an imperative after "and" opens a new clause;
# read as the end of the one before, its first set is never a second object of that clause's relation
_IMPERATIVE_AND = re.compile(r"(?<=[\w)])(?P<and>\s*,?\s+and)(?=\s+(?:then\s+)?(?:draw|keep|put|place|make|show|let)\s)",
                             re.IGNORECASE)


def read_imperative_and(chars: list[str], pre) -> None:
    """Turn the "and" before an imperative into a clause break (read, nothing to draw)."""
    for m in _IMPERATIVE_AND.finditer("".join(chars)):
        a, b = m.start("and"), m.end("and")
        k = b - 3
        pre.ignored.append((k, b))
        chars[k:b] = [";", " ", " "]


# "A ∩ B = {3, 4}", "A & B == {3, 4}", "A ∩ C = ∅", "A & C == set()", "A.intersection(C) == set()": the intersection
# of two named sets given as a set (Rosen §2.2 Def. 2; Python's ``&`` and ``set.intersection`` are ∩, ``set()`` and
# ``{}`` the empty set). Empty: the two are disjoint (Def. 5). Members listed: the two share them, so they meet.
_EMPTY = r"(?:∅|Ø|\{\s*\}|set\(\s*\)|frozenset\(\s*\))"
_GIVEN_CAP = re.compile(
    rf"(?<![\w{{.])(?P<a>{_NAME})\s*(?:∩|&|\.intersection\(\s*(?=[A-Z]))\s*(?P<b>{_NAME})\s*\)?\s*(?:==|=)\s*"
    rf"(?:(?P<empty>{_EMPTY})|\{{(?P<items>[^{{}}]*)\}})")
# roster notation as ``sets_words`` reads it, "A = {1, 2, 3}", not preceded by an operator ("A ∩ B = {3, 4}" is
# no roster of B)
_ROSTER = re.compile(rf"(?<![\w{{.])(?P<n>{_NAME}){LINK}\{{(?P<items>[^{{}}]*)\}}")
_OPERATOR_BEFORE = re.compile(r"(?:∩|∪|&|\||∖|\\|-|\^|\.(?:intersection|union|difference)\(\s*)\s*$")


def rosters(text: str) -> dict[str, tuple[set[str], int, int]]:
    """Each set written ``A = {…}`` with plain members: its members and the roster's span (the first one)."""
    out: dict[str, tuple[set[str], int, int]] = {}
    for m in _ROSTER.finditer(text):
        if _OPERATOR_BEFORE.search(text[:m.start()]):
            continue
        items = roster_items(m.group("items"))
        if items is not None:
            out.setdefault(m.group("n"), ({x for x, _a, _b in items}, m.start(), m.end()))
    return out


def after_operator(text: str, at: int) -> bool:
    """Whether the name at ``at`` is the second operand of a set operation ("A ∩ B = {3, 4}": B)."""
    return bool(_OPERATOR_BEFORE.search(text[:at]))


def read_given_intersections(text: str, chars: list[str], pre, blank) -> None:
    """Read ``_GIVEN_CAP``: disjoint (empty) or overlapping (members) — ``pre.relations``; with both sets written
    as rosters the stated intersection must be theirs (it is then said twice), else the text is impossible,
    naming the three statements. Blanked for the shared grammar (which would refuse the braces)."""
    from ..errors import UnsatisfiableError
    given = rosters(text)
    for m in _GIVEN_CAP.finditer("".join(chars)):
        a, b = m.group("a"), m.group("b")
        if a == b:
            continue
        listed = [] if m.group("empty") else roster_items(m.group("items"), m.start("items"))
        if listed is None:
            continue   # not a plain list of members: the shared grammar refuses the braces by name
        stated = {x for x, _a, _b in listed}
        if a in given and b in given:
            have = given[a][0] & given[b][0]
            if have != stated:
                ph = [{"text": text[s:e], "start": s, "end": e} for s, e in (given[a][1:], given[b][1:])]
                me = {"text": m.group(), "start": m.start(), "end": m.end()}
                shown = "{" + ", ".join(sorted(have)) + "}" if have else "∅"
                raise UnsatisfiableError(sorted(ph + [me], key=lambda p: p["start"]), [], [me],
                                         f"the members listed make {a} ∩ {b} = {shown}")
        for n in (a, b):
            if n in given and not stated <= given[n][0]:
                ph = [{"text": text[given[n][1]:given[n][2]], "start": given[n][1], "end": given[n][2]}]
                me = {"text": m.group(), "start": m.start(), "end": m.end()}
                raise UnsatisfiableError(sorted(ph + [me], key=lambda p: p["start"]), [], [me],
                                         f"{a} ∩ {b} holds members {n} does not list")
        pre.relations.append(("outside" if not stated else "overlaps", a, b, m.start(), m.end()))
        if not (a in given and b in given):
            # the members named are in both sets: drawn in their common region
            for x, xa, xb in sorted({x: (x, xa, xb) for x, xa, xb in listed}.values(), key=lambda t: t[1]):
                for n in (a, b):
                    pre.loose_members.append((x, n, xa, xb, m.start(), m.end()))
        blank(chars, m.start(), m.end())
