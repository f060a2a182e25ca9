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

__all__ = ["counted_ones", "ditto_counts", "counted_more", "counted_none"]

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
            continue
        # "Micrograph of nuclei: six large ones and four small ones": the plural a colon's list opens with, uncounted
        # (the heading's noun is what the list counts)
        colon = text.rfind(":", start, m.start())
        head = re.search(r"(?i)(?<![\w-])([a-z][a-z-]*(?:s|i|a|ae))\s*:\s*$", text[start:colon + 1]) if colon >= 0 else None
        if head is not None and head.group(1).lower() not in _NOT_NOUNS and not re.search(r"[.;!?]", text[colon:m.start()]):
            out.append((m.start("ones"), m.end("ones"), head.group(1)))
    return out


# "Two mitochondria, please, and ditto for chloroplasts", "three lysosomes, and the same for vacuoles", "4 nuclei and
# likewise for the nucleoli": the count just said, said again of another noun (ditto, "the aforesaid", OED s.v.)
# (not "the same number of nuclei in each of the 3 quadrants": a count split over places, read by its science)
_DITTO = re.compile(r"(?i)(?P<mark>\bditto\s+(?:for|with)|\b(?:and\s+)?the\s+same\s+for|\blikewise\s+"
                    r"(?:for|with))\s+(?:the\s+)?(?P<noun>[a-z][a-z-]*(?:s|i|a|ae))(?![\w-])")
_COUNT_BEFORE = re.compile(r"(?i)(?<![\w.])(?P<n>\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                           r"\s+(?:[\w.-]+\s+){0,2}?[a-z][a-z-]*(?:s|i|a|ae)(?![\w-])")


def ditto_counts(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, "<n> <noun>")`` for each "ditto for <noun>" after a count in its sentence."""
    if not re.search(r"(?i)\bditto\b|\bthe\s+same\s+for\b|\blikewise\s+(?:for|with)\b", text):
        return []
    out = []
    for m in _DITTO.finditer(text):
        start = max((x.end() for x in re.finditer(r"[.!?]\s", text[:m.start()])), default=0)
        prior = list(_COUNT_BEFORE.finditer(text, start, m.start()))
        if prior:
            out.append((m.start(), m.end(), f"{prior[-1].group('n')} {m.group('noun')}"))
    return out


# "ten nuclei and two more in the centre", "three resistors, and two more in parallel": "more" with its noun left out,
# then a place — the noun is the last counted plural before it (as for "ones"); read without it, "two more in the
# centre" was taken as two of the ten placed there (10 nuclei drawn for 12, requests-34 microscopy-03)
# (a plural count only — "one more right in the middle" is one more of the thing, read by the science; and never a
# place's noun: "at its eight corners and two more …" are not more corners)
_PLACE_NOUNS = frozenset("""corners faces edges sides rows columns halves quadrants regions parts places positions sites
    points times steps lines rings layers centres centers ends holes""".split())
_MORE = re.compile(r"(?i)(?<![\w.])(?:\d{1,4}(?<!(?<!\d)1)|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several)"
                   r"\s+(?P<more>more|additional|extra|further)(?=\s+(?:in|at|on|near|inside|outside|around|along|by|within|"
                   r"beside|close\s+to|next\s+to|towards?|across|between|among|out|right|just|scattered|spread|placed|"
                   r"lying|sitting|clustered|grouped|arranged)\b)")


def counted_more(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, "more <noun>")`` for each counted "more" whose noun is left out before a place."""
    if "more" not in text.lower() and not re.search(r"(?i)\b(?:additional|extra|further)\b", text):
        return []
    out = []
    for m in _MORE.finditer(text):
        start = max((x.end() for x in re.finditer(r"[.!?;]\s", text[:m.start()])), default=0)
        prior = [c for c in _COUNTED.finditer(text, start, m.start())
                 if c.group("noun").lower() not in _NOT_NOUNS | _PLACE_NOUNS]
        if not prior:   # "2. Put in 10 nuclei. 3. Add 4 more near the edge": "more" of the sentence before
            prior = [c for c in _COUNTED.finditer(text, max(0, start - 300), m.start())
                     if c.group("noun").lower() not in _NOT_NOUNS | _PLACE_NOUNS]
        if prior:
            out.append((m.start("more"), m.end("more"), f"{m.group('more')} {prior[-1].group('noun')}"))
    return out


# "the leftmost cell has two mitochondria, the middle one has none": "none" with its noun left out is "no <noun>",
# the last counted plural before it (refused as an unread negation before, requests-34 cell-10)
_NONE = re.compile(r"(?i)\b(?:has|have|had|holds?|held|contains?|contained|gets?|got|with|carries|carry)\s+(?P<none>none)"
                   r"(?!\s+(?:of|at\s+all\s+of))(?![\w-])")


def counted_none(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, "no <noun>")`` for each "has none" after a count of a plural in its sentence."""
    if "none" not in text.lower():
        return []
    out = []
    for m in _NONE.finditer(text):
        start = max((x.end() for x in re.finditer(r"[.!?]\s", text[:m.start()])), default=0)
        prior = [c for c in _COUNTED.finditer(text, start, m.start()) if c.group("noun").lower() not in _NOT_NOUNS]
        if prior:
            out.append((m.start("none"), m.end("none"), f"no {prior[-1].group('noun')}"))
    return out
