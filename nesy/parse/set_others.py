"""Sets related to "the others": "nothing touches C", "C overlaps nothing", "C is disjoint from the rest".

A Venn request often relates one set to every other one without naming them: "A and B overlap but nothing touches
C", "C touches no other set", "C is disjoint from the others / from both / from the rest". The sets grammar relates
named sets, so these were read wrong ("A and B overlap but nothing touches C" drew A and B each overlapping C,
requests-25 sets-05, held out) or refused. ``set_others`` gives the edits that name the others: "C is disjoint from A
and B" (every set named in the text but C; a set is named by one capital letter, never the article "A" before a
lower-case word). The pipeline applies them for the sets science with every position still mapped to the user's
text.
"""
from __future__ import annotations

import re

__all__ = ["set_others"]

_NAME = r"(?<![\w'])(?P<x>[A-Z])(?![\w'])"
_TOUCH = r"(?:touch(?:es)?|overlaps?(?:\s+with)?|meets?|intersects?)"
_FORMS = [
    # "nothing touches C", "nothing else overlaps C"
    re.compile(rf"\bnothing\s+(?:else\s+)?{_TOUCH}\s+{_NAME}"),
    # "C touches nothing", "C overlaps no other set", "C meets none of the others"
    re.compile(rf"{_NAME}\s+(?:(?:does|do)\s+not\s+{_TOUCH}\s+(?:any(?:thing|\s+other\s+sets?|\s+of\s+the\s+others)?)|"
               rf"{_TOUCH}\s+(?:nothing(?:\s+else)?|no\s+other\s+sets?|none\s+of\s+the\s+others))\b"),
    # "C is disjoint from the others", "C is separate from both", "C stays apart from the rest"
    re.compile(rf"{_NAME}\s+(?:is|are|stays?|lies|sits)\s+(?:(?:completely|entirely|fully)\s+)?(?:disjoint|separate|apart)"
               r"\s+from\s+(?:the\s+others|the\s+rest|all\s+(?:of\s+)?the\s+others|both(?:\s+of\s+them)?|either(?:\s+of\s+them)?|"
               r"every\s+other\s+set|the\s+other\s+(?:two|three|sets))\b"),
]


def _names(text: str) -> list[str]:
    out: list[str] = []
    for m in re.finditer(_NAME, text):
        if m.group("x") == "A" and re.match(r"\s+(?!(?:and|or|is|are|was|overlaps?|touch(?:es)?|lies|sits|contains?|"
                                             r"has|inside|intersects?|meets?|must|should|will|stays?)\b)[a-z]",
                                             text[m.end():]) \
                and not re.search(r"(?:,|\band)\s*$", text[:m.start()]):
            continue          # "A set of …": the article
        if m.group("x") == "I" and re.match(r"\s+(?:want|need|have|am|would|meant|mean|'d|think)\b", text[m.end():]):
            continue
        if m.group("x") not in out:
            out.append(m.group("x"))
    return out


def set_others(text: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) for each phrase relating a set to all the others (see the module)."""
    edits: list[tuple[int, int, str]] = []
    names = None
    for rx in _FORMS:
        for m in rx.finditer(text):
            names = names if names is not None else _names(text)
            x = m.group("x")
            if m.start("x") == m.start() and re.search(r"(?:\band|\bor|&)\s*$", text[:m.start()]):
                continue      # "X and Z touch nothing": a coordinated subject, not read here
            others = [n for n in names if n != x]
            if not others or any(a < m.end() and m.start() < b for a, b, _ in edits):
                continue
            listed = others[0] if len(others) == 1 else ", ".join(others[:-1]) + " and " + others[-1]
            edits.append((m.start(), m.end(), f"{x} is disjoint from {listed}"))
    return sorted(edits)
