"""A count said of every cell after its noun, for ``nesy.cell.v1``: "four chloroplasts per cell", "one vacuole
apiece", "three lysosomes for each cell" — read as the phrase the cell grammar reads
for every cell, "in each cell".

English puts a distributive after the counted noun (Huddleston & Pullum, *The Cambridge Grammar of the English
Language*, 2002, ch. 5 §9.2, *each* / *apiece* "floated" after the object; *per* + a bare noun, ch. 7 §6 on
*per*): "Three plant cells, each with a single nucleus, one vacuole apiece and four chloroplasts per cell" has twelve
chloroplasts. Left to the words one by one, "per" was unread and "apiece" ended the scope of "each with": four
chloroplasts were drawn in all, a figure that looks complete (requests-32 cell-06 as development data).
``postposed_each`` rewrites the distributive as "in each cell"; a rate against another thing ("two mitochondria per
nucleus") is no such phrase and stays.
"""
from __future__ import annotations

import re

__all__ = ["postposed_each", "same_as_first", "per_side", "fronted_each"]

_RX = re.compile(
    r"(?i)(?<![\w.])(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|a\s+single)\s+"
    r"(?:(?!(?:and|or|with|of|in|a|an|the)\s)[a-z-]+\s+){0,2}?(?!(?:and|or|with|of|in|a|an|the)\s)[a-z-]+\s+"
    r"(?P<d>apiece|per\s+(?:(?:plant|animal|single)\s+)?cell|for\s+(?:each|every)\s+cell|in\s+every\s+cell)(?![\w-])")


def postposed_each(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, "in each cell")`` for each distributive after a counted noun (see the module)."""
    if not re.search(r"(?i)\b(?:apiece|per|for\s+(?:each|every)|in\s+every)\b", text):
        return []
    return [(m.start("d"), m.end("d"), "in each cell") for m in _RX.finditer(text)]


# "The first has a nucleus, three mitochondria and two lysosomes; the second cell is the same as the first": the
# second holds what the first is said to hold (requests-33 cell-03 as development data: the second cell was drawn
# empty, exit 7). Read as the first's own clause said again of the second.
_FIRST = re.compile(r"(?i)\bthe\s+first(?:\s+cell|\s+one)?\s+(?:has|contains|holds|with)\s+(?P<what>[^.;:]+)")
_SAME = re.compile(r"(?i)\bthe\s+(?P<which>second|other|next|last|right|left|third)(?:\s+cell|\s+one)?\s+(?:is|looks)\s+"
                   r"(?:exactly\s+|just\s+)?(?:the\s+same\s+as|identical\s+to|like)\s+the\s+first(?:\s+cell|\s+one)?(?![\w-])")


def same_as_first(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, "the <which> cell has <what>")`` for "the second (cell) is the same as the first" after the
    first's contents are said."""
    out = []
    for m in _SAME.finditer(text):
        first = [f for f in _FIRST.finditer(text, 0, m.start())]
        if first:
            what = first[-1].group("what").strip().rstrip(",")
            out.append((m.start(), m.end(), f"the {m.group('which').lower()} cell has {what}"))
    return out


# "a pair of chloroplasts on each side of the vacuole", "three lysosomes on each side of the nucleus", "a
# mitochondrion on either side of it": the count is each side's (Huddleston & Pullum 2002, ch. 5 §9.2: *each*
# distributes over the sides, as in "three windows on each side" = six; "one on either side" is two), so twice it
# are drawn beside the thing named — read whole as "<2N> <noun> next to <it>". A plural count "on either side" or
# "on both sides" ("two centrosomes on either side of it") is the count in all, one share on each side: left as it is. Read word by word, "on each side" was unread and N were
# drawn in all (requests-38 cell-08 as development data: four chloroplasts for eight, verified)
_SIDE = re.compile(
    r"(?i)(?<![\w.])(?P<n>\d{1,3}|one|two|three|four|five|six|a\s+pair\s+of|a\s+couple\s+of|a|an|a\s+single)\s+"
    r"(?P<np>(?:(?!(?:and|or|with|of|in|on|the)\s)[a-z-]+\s+){0,2}?(?!(?:and|or|with|of|in|on|the)\s)[a-z-]+)\s+"
    r"on\s+(?P<q>each|either|both)\s+sides?\s+of\s+(?P<of>(?:the|its|their|this|that)\s+[a-z-]+|it|them)(?![\w-])")
_SMALL = {"a": 1, "an": 1, "one": 1, "a single": 1, "a pair of": 2, "a couple of": 2, "two": 2, "three": 3,
          "four": 4, "five": 5, "six": 6}


def per_side(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, "<2N> <noun> next to <it>")`` for each count said of each of two sides (see above)."""
    if not re.search(r"(?i)\bon\s+(?:each|either|both)\s+sides?\s+of\b", text):
        return []
    from ..parse.lemmas import lemma_table
    out = []
    for m in _SIDE.finditer(text):
        key = re.sub(r"\s+", " ", m.group("n").lower())
        n = int(key) if key.isdigit() else _SMALL[key]
        if m.group("q").lower() != "each" and n > 1:
            continue      # "two centrosomes on either side of it": one on each side, the two said in all
        words = m.group("np").split()
        head = words[-1]
        if n * 2 > 1 and not head.lower().endswith("s"):
            # the plural of a noun counted singly ("a mitochondrion on each side": two mitochondria)
            plural = {v: k for k, v in lemma_table().items() if v == head.lower() and k != v}
            head = next((k for k in sorted(plural) if k.endswith(("s", "a", "i"))), head + "s")
        out.append((m.start(), m.end(), f"{2 * n} {' '.join(words[:-1] + [head])} next to {m.group('of')}"))
    return out


# "Two cells. In each cell a nucleus and four lysosomes": a fronted distributive with no colon after it opens its
# list as "In each cell:" does (Huddleston & Pullum 2002, ch. 5 §9.2) — read word by word, one nucleus and four
# lysosomes were drawn in all (verified); read as the colon's list, in every cell
_FRONTED = re.compile(r"(?i)(?:(?<=^)|(?<=[.;:!?]\s)|(?<=[.;:!?]))\s*(?P<p>(?:in|inside|within)\s+(?:each|every)\s+"
                      r"(?:(?:plant|animal|single)\s+)?cell)(?=\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|"
                      r"ten|\d{1,3})\b)")


def fronted_each(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, "<phrase>:")`` for each sentence-initial "in each cell" before its list with no colon."""
    return [(m.start("p"), m.end("p"), m.group("p") + ":") for m in _FRONTED.finditer(text)]
