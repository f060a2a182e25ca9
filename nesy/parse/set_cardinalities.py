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
"""
from __future__ import annotations

import re

__all__ = ["set_cardinalities"]

_WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
          "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}
_SET = r"(?<![\w'])[A-Z](?![\w'])"
_EXPR = rf"(?P<x>(?-i:{_SET}(?:\s*[∩∪]\s*{_SET}){{0,2}}))"   # (capitals only, whatever the case of the rest)
_N = r"(?P<n>\d{1,4}|" + "|".join(_WORDS) + r")"
_SIZE = re.compile(rf"{_EXPR}\s*(?::|=|\b(?:has|have|contains?|holds?)\b)\s*(?:exactly\s+)?{_N}"
                   r"(?:\s+(?:elements?|members?|items?)\b)?(?!\s*[-\w.,/]*\d)", re.IGNORECASE)


def set_cardinalities(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "n(X) = N") for each set size of ``text`` when one of them is an intersection's or a union's."""
    found = list(_SIZE.finditer(text))
    # a bare number after a lone set ("A: 5") counts only when "elements"/"members" is said somewhere near
    found = [m for m in found if re.search(r"(?i)\b(?:elements?|members?|items?)\b", m.group(0))
             or any(re.search(r"(?i)\b(?:elements?|members?)\b", o.group(0)) for o in found)]
    if not any(("∩" in m.group("x") or "∪" in m.group("x")) for m in found):
        return []
    out = []
    for m in found:
        n = m.group("n").lower()
        v = int(n) if n.isdigit() else _WORDS[n]
        x = re.sub(r"\s*([∩∪])\s*", r" \1 ", m.group("x"))
        out.append((m.start(), m.end(), f"n({x}) = {v}"))
    return out
