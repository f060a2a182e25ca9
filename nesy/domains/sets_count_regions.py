"""Sets: what a word problem says of its own drawing — the numbers it wants in the regions, and no box.

"… 22 reported Headache, 15 reported Fatigue and 9 reported both. Draw only the two circles (no surrounding
box) with 13, 9 and 6 in the regions." The counts (``sets_counts``) fix every region (inclusion–exclusion,
Rosen, *Discrete Mathematics and Its Applications*, 7th ed., §2.2): Headache only 13, both 9, Fatigue only
6. The numbers the text lists for the regions are then a claim about them, checked, never drawn as more:

* the same numbers as the regions' counts (in any order: which region each goes in is the counts' to
  say) — read, the figure writes them;
* other numbers — impossible, naming the list and the count statements;
* a region the counts leave free ("?") — the list is not drawn (which number is meant there is a guess).

"No surrounding box", "without a frame", "no universe (box) needed", "without a universal set": the figure
has no universe rectangle — true of a word problem without a total (nesy draws the rectangle only for a
stated total), read; with a total it would be drawn, so the phrase is not drawn (and the pipeline refuses
its negation). Without counts the same holds of a figure that draws no universe (``sets_words.read``).
"""
from __future__ import annotations

import re

__all__ = ["read_region_numbers", "check_region_numbers", "NO_FRAME"]

_INT = r"\d{1,6}"
_LIST = rf"(?P<xs>{_INT}(?:\s*,\s*{_INT})*(?:\s*,?\s*(?:and|&)\s+{_INT})?)"
_REGIONS = r"(?:(?:the|its|their|each|all)\s+)?(?:(?:two|three|seven|four|\d)\s+)?(?:regions?|parts|areas|sections|zones)\b"
_REGION_LIST = re.compile(
    rf"(?:\b(?:with|writing|write|put|putting|showing|show|and|having)\s+)?(?:the\s+(?:numbers|counts|values)\s+)?"
    rf"{_LIST}\s+(?:written\s+)?(?:in|inside|into|on)\s+{_REGIONS}"
    rf"|\b(?:region\s+(?:counts|numbers|values)|regions?)\s*(?::|=|of)?\s*{_LIST.replace('?P<xs>', '?P<ys>')}(?![\w.])",
    re.IGNORECASE)
_FRAME = (r"(?:surrounding\s+|outer\s+|enclosing\s+|bounding\s+)?(?:(?:universe|universal[\s\-]+set)\s+)?"
          r"(?:box|rectangle|frame|border|universe|universal[\s\-]+set)(?:es|s)?\b")
# "no universe box needed", "without a universal set", "no need for a surrounding rectangle", "don't draw a
# box", "leave out the universe"
NO_FRAME = re.compile(
    rf"\b(?:(?:no|without(?:\s+(?:a|the|any))?)\s+{_FRAME}(?:\s+(?:is\s+|are\s+)?(?:needed|required|necessary|wanted))?"
    rf"|no\s+need\s+(?:for|of)\s+(?:a|the|any)\s+{_FRAME}"
    rf"|(?:do\s+not|don'?t|never)\s+(?:draw|show|add|include|put)\s+(?:a|the|any)\s+{_FRAME}"
    rf"|leave\s+out\s+(?:a|the|any)\s+{_FRAME})", re.IGNORECASE)
_NO_FRAME = NO_FRAME


def read_region_numbers(chars: list[str], pre, blank) -> None:
    """Set aside (``pre.region_numbers``, ``pre.no_frame``) and blank the phrases above, before the counts
    are read ("6 in the regions" is no count of a set called Regions)."""
    masked = "".join(chars)
    for m in _REGION_LIST.finditer(masked):
        xs = [int(x) for x in re.findall(_INT, m.group("xs") or m.group("ys"))]
        if len(xs) >= 2:
            pre.region_numbers.append((xs, m.start(), m.end()))
            blank(chars, m.start(), m.end())
    for m in _NO_FRAME.finditer("".join(chars)):
        pre.no_frame.append((m.start(), m.end()))
        blank(chars, m.start(), m.end())


def check_region_numbers(text: str, pre, regions: list[dict], total, stmts, unknown: list) -> None:
    """Check the listed numbers against the drawn regions' counts and the "no box" phrases against the
    total (see the module docstring): read ones join ``pre.ignored``, the rest ``unknown``."""
    from ..errors import UnsatisfiableError
    drawn = [r["count"] for r in regions]
    for xs, a, b in pre.region_numbers:
        if any(v is None for v in drawn):
            unknown.append((a, b))
            continue
        if sorted(xs) != sorted(drawn):
            me = {"text": text[a:b], "start": a, "end": b}
            phrases = sorted([me] + [{"text": s.text, "start": s.start, "end": s.end} for s in stmts],
                             key=lambda p: p["start"])
            raise UnsatisfiableError(phrases, [{"law": "inclusion–exclusion: |A ∪ B| = |A| + |B| − |A ∩ B|",
                                                "source": "Rosen, Discrete Mathematics and Its Applications, "
                                                          "7th ed., §2.2"}], [me],
                                     f"the counts put {', '.join(map(str, sorted(drawn, reverse=True)))} in the "
                                     f"regions, not {', '.join(map(str, xs))}")
        pre.ignored.append((a, b))
    for a, b in pre.no_frame:
        (pre.ignored if total is None else unknown).append((a, b))
