"""A count of "ones" names the things just counted: "six bright nuclei, and six dim ones too", "two 10 Ω resistors
and three larger ones" — "ones" is the plural pro-form of a count noun (Huddleston & Pullum, *The Cambridge Grammar
of the English Language*, 2002, ch. 5 §9.4, *one* as a pro-form), standing for the head noun of the last counted
noun phrase before it.

Read word by word, "six dim ones" counted nothing: the six were dropped and the figure drawn with half the nuclei,
verified (requests-33 microscopy-04 as development data). ``counted_ones`` writes the noun in the pro-form's place;
"ones" after no counted noun ("the ones that are zero") is left as it is.
"""
from __future__ import annotations

import re

__all__ = ["counted_ones"]

_ONES = re.compile(r"(?i)(?<![\w.])(?P<n>\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                   r"a\s+few|several|many)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<ones>ones)(?![\w-])")
_COUNTED = re.compile(r"(?i)(?<![\w.])(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
                      r"many|a\s+few)\s+(?:[\w.-]+\s+){0,3}?(?P<noun>[a-z][a-z-]*(?:s|i|a|ae))(?![\w-])")
_NOT_NOUNS = frozenset({"ones", "is", "was", "has", "as", "this", "its", "his", "thus", "plus", "minus", "versus",
                        "across", "perhaps", "always", "besides", "sometimes", "times", "degrees", "via", "extra",
                        "area", "data"})


def counted_ones(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, noun)`` for each "ones" after a count that names the last counted plural noun before it."""
    if "ones" not in text.lower():
        return []
    out = []
    for m in _ONES.finditer(text):
        start = max(0, max((x.end() for x in re.finditer(r"[.!?;]\s", text[:m.start()])), default=0) - 200)
        prior = [c for c in _COUNTED.finditer(text, start, m.start()) if c.group("noun").lower() not in _NOT_NOUNS]
        if prior:
            out.append((m.start("ones"), m.end("ones"), prior[-1].group("noun")))
    return out
