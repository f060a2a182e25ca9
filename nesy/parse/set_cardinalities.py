"""Set sizes stated as "has N elements" beside the size of an intersection or union: cardinalities.

"A: 5 elements; B: 4 elements; A ∩ B: 2 elements; A ∪ B: 9 elements", "A has 5 elements, B has 4 and A ∩ B has
2 elements" state |A| = 5, |B| = 4, |A ∩ B| = 2, |A ∪ B| = 9 — the sizes of sets and of the regions they share
(Rosen, *Discrete Mathematics and Its Applications*, 7th ed., §2.1 Def. 4 "the cardinality of S … |S|", §2.2 eq.
(1) inclusion–exclusion). Read as members to draw, "A has 5 elements" and "A ∩ B has 2 elements" became 5 dots in A
and 2 more in B, none in both (11 members for 7), and the union's "9 elements" 9 more. When the text gives a size
of an intersection or a union this way, every such statement is rewritten in the cardinality notation the sets
science reads by inclusion–exclusion ("n(A ∩ B) = 2", ``nesy.domains.sets_counts``), so contradictory sizes are
refused with their phrases and consistent ones drawn as region counts. A text that gives only single sets' sizes
("A has 3 elements") keeps them as members to draw, as before.

The intersection and the union are also said in words: "2 in common", "they have 2 elements in common", "A and B
share 2 members", "2 elements are in both", "4 members belong to both P and Q", "the intersection has 2 elements",
"their union has 9 elements", "the cardinality of A is 5" — read so only beside a set's size in the same text ("M and F have 15 in common"
alone names a member, 15). "Both", "they" and "in common" name every set whose size is given (two or three);
"A and B" names those two.
"""
from __future__ import annotations

import re

from .words import number_rx, read_number

__all__ = ["set_cardinalities"]

_SET = r"(?<![\w'])[A-Z](?![\w'])"
_EXPR = rf"(?P<x>(?-i:{_SET}(?:\s*[∩∪]\s*{_SET}){{0,2}}))"   # (capitals only, whatever the case of the rest)
_N = rf"(?P<n>{number_rx(words=True)})"
_NOUN = r"(?:elements?|members?|items?|objects?|things?)"
_HAS = r"(?:has|have|contains?|holds?|includes?|consists\s+of|comprises|is\s+made\s+up\s+of)"
_HAS1 = r"(?:has|contains|holds|includes|consists\s+of|comprises|is\s+made\s+up\s+of)"   # one set: "A has", never "… and B have"
_SIZE = re.compile(rf"(?:\b(?:the\s+)?set\s+)?{_EXPR}\s*(?::|=|\b{_HAS1}\b)\s*(?:exactly\s+|just\s+|only\s+)?{_N}"
                   rf"(?:\s+(?:distinct\s+|different\s+)?{_NOUN}\b)?(?!\s*[-\w.,/]*\d)", re.IGNORECASE)
# "the cardinality of A is 5", "A has cardinality 5", "the size of B is 4"
_CARD = re.compile(rf"\b(?:the\s+)?(?:cardinality|size|order)\s+of\s+(?:(?:the\s+)?set\s+)?{_EXPR}\s+(?:is|=|equals)\s+{_N}\b"
                   rf"|(?:\b(?:the\s+)?set\s+)?{_EXPR.replace('?P<x>', '?P<x2>')}\s+has\s+(?:cardinality|size)\s+"
                   rf"{_N.replace('?P<n>', '?P<n2>')}\b", re.IGNORECASE)
def _pair(k: str) -> str:
    return rf"(?P<p{k}>(?-i:{_SET})(?:\s*,\s*(?-i:{_SET}))?\s*,?\s+and\s+(?-i:{_SET}))"


def _all(k: str) -> str:
    """They, both, the two sets, "A and B" (its letters a group ``p<k>``)."""
    return (rf"(?:they|them|both(?:\s+(?:sets|of\s+them))?|the\s+(?:(?:two|three)\s+)?sets(?!\s+[A-Z]\b)|all\s+three(?:\s+sets)?|"
            rf"(?:the\s+)?sets\s+{_pair(k + 's')}|{_pair(k)})")


# what two or three sets share, and what they hold together
_WORDED = [
    ("∩", re.compile(rf"\b(?:the\s+|their\s+)?intersection(?:\s+of\s+(?:(?:the\s+)?sets\s+)?{_pair('a')})?\s+(?:{_HAS}|is\s+of\s+size)\s+"
                     rf"(?:exactly\s+)?{_N}(?:\s+{_NOUN}\b)?", re.IGNORECASE)),
    ("∪", re.compile(rf"\b(?:the\s+|their\s+)?union(?:\s+of\s+(?:(?:the\s+)?sets\s+)?{_pair('a')})?\s+(?:{_HAS}|is\s+of\s+size)\s+"
                     rf"(?:exactly\s+)?{_N}(?:\s+{_NOUN}\b)?", re.IGNORECASE)),
    ("∪", re.compile(rf"\b{_all('a')}\s+(?:have|has|hold|contain)\s+{_N}\s+{_NOUN}\s+(?:between\s+them|together|in\s+total|altogether)",
                     re.IGNORECASE)),
    ("∩", re.compile(rf"\b{_all('a')}\s+(?:have|has|share)\s+(?:exactly\s+)?{_N}(?:\s+{_NOUN})?\s+in\s+common\b"
                     rf"|\b{_all('b')}\s+share\s+(?:exactly\s+)?{_N.replace('?P<n>', '?P<n2>')}(?:\s+{_NOUN}\b)?", re.IGNORECASE)),
    # (a number after "of" is no count of members: "multiples of 4 in U and B")
    ("∩", re.compile(rf"(?<![\w.,])(?<!\bof\s)(?<!element\s)(?<!number\s)(?<!member\s){_N}(?:\s+(?:of\s+(?:them|these|the\s+{_NOUN}))|\s+{_NOUN})?\s+(?:(?:are|is|lie|lies)\s+)?"
                     rf"(?:in\s+common|common\s+to\s+{_all('a')}|(?:(?:are|is|lie|lies)\s+)?shared(?:\s+by\s+{_all('b')})?"
                     rf"|in\s+(?:both(?:\s+(?:sets|of\s+them))?(?:\s+{_pair('d')})?|all\s+three(?:\s+sets)?)"
                     rf"|(?:belong\s+to|belongs\s+to|lie\s+in|lies\s+in)\s+{_all('c')})(?![\w-])", re.IGNORECASE)),
]


_NOTATION = re.compile(r"(?:\|\s*[A-Z]\s*\||(?<![\w])n\s*\(\s*[A-Z]\s*\))\s*=\s*\d")


def _value(s: str) -> int | None:
    try:
        v = read_number(s)
    except Exception:    # a malformed number: not a size (the readers after refuse it by its words)
        return None
    return int(v) if v is not None and v.denominator == 1 and v >= 0 else None


def _named(m: re.Match) -> list[str]:
    p = next((v for k, v in m.groupdict().items() if k.startswith("p") and v), None)
    return re.findall(r"(?<![\w'])[A-Z](?![\w'])", p) if p else []


def set_cardinalities(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "n(X) = N") for each set size of ``text`` when one of them is an intersection's or a union's."""
    found = list(_SIZE.finditer(text))
    # a bare number after a lone set ("A: 5") counts only when "elements"/"members" is said somewhere near
    found = [m for m in found if re.search(rf"(?i)\b{_NOUN}\b", m.group(0))
             or any(re.search(r"(?i)\b(?:elements?|members?)\b", o.group(0)) for o in found)]
    out: list[tuple[int, int, str]] = []
    for m in found:
        v = _value(m.group("n"))
        if v is not None:
            x = re.sub(r"\s*([∩∪])\s*", r" \1 ", m.group("x"))
            out.append((m.start(), m.end(), f"n({x}) = {v}"))
    for m in _CARD.finditer(text):
        v = _value(m.group("n") or m.group("n2"))
        if v is not None and not any(a < m.end() and m.start() < b for a, b, _ in out):
            out.append((m.start(), m.end(), f"n({m.group('x') or m.group('x2')}) = {v}"))
    # the sets whose sizes are given, in words or already in notation ("|A| = 7", "n(B) = 5")
    said = sorted([(a, e) for a, _, e in out] + [(m.start(), m.group()) for m in _NOTATION.finditer(text)])
    sized = list(dict.fromkeys(x for _, e in said if "∩" not in e and "∪" not in e
                               for x in re.findall(r"(?-i:[A-Z])", e) if x not in ("U",)))
    for op, rx in _WORDED:
        for m in rx.finditer(text):
            if any(a < m.end() and m.start() < b for a, b, _ in out):
                continue
            if not sized:
                break        # no set's size is given: "M and F have 15 in common" names a member, no count
            names = _named(m) or sized
            v = _value(m.group("n") or m.groupdict().get("n2") or "")
            if len(names) not in (2, 3) or v is None:
                continue     # "they have 2 in common" with no sets sized: which sets is not said here
            x = f" {op} ".join(names)
            out.append((m.start(), m.end(), f"n({x}) = {v}"))
    if not any(("∩" in e or "∪" in e) for *_, e in out):
        return []
    return sorted(out)
