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
