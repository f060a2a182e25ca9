"""Counts written as tally marks: a tally sheet read as the number of things it tallies.

A bench count is often kept in tally marks, one stroke per thing, in groups of five ("quadrant 1: |||",
"field B: |||| ||", "卌 ||"). Each run of strokes is a number; the text says what one stroke stands for ("one per
tally mark", "each mark is a nucleus", "Tally of nuclei:"). Read as they stood, the strokes were no words at all
and the labels ("quadrant 1") counts of nothing.

``read_tallies`` finds the lines whose value is a run of tally marks — after a label and a colon or dash, or alone
on a line — adds their strokes and rewrites the block as one statement, "<total> <noun>", mapped back to the whole
block; the phrase that says what a mark stands for is read into it (blanked). The noun is the one the text names
for a mark: the plural noun before "one per (tally) mark" / "one for each mark" in its sentence, the noun after
"each (tally) mark is (a|one)", or the noun of a heading "Tally of <noun>" / "<noun> tally". Where the strokes lie
(the labels: "quadrant 1", "field B") is not drawn, and listed so (the figure shows the total, not where each
stroke's thing was). A tally whose thing the text never names is refused, naming it: nesy does not guess what
was counted.
"""
from __future__ import annotations

import re

__all__ = ["read_tallies", "TALLY", "TALLY_PLACE", "TALLY_KEY"]

TALLY = "tally marks, read as their count"
TALLY_PLACE = "where the tallied things were (nesy draws their total, not each label's share)"
TALLY_KEY = "what one tally mark stands for, read into the count"

# one stroke "|", "｜", "ǀ", "𝍷"; five "卌", "𝍸"; groups of strokes separated by spaces
_MARKS = r"(?:[|｜ǀ𝍷卌𝍸]+(?:[ \t]+[|｜ǀ𝍷卌𝍸]+)*)"
# "quadrant 1: |||", "field B - ||||", "  |||| ||": a line whose value is tally marks
_LINE = re.compile(rf"(?m)^[ \t]*(?:(?P<label>[^\n:|｜ǀ𝍷卌𝍸]{{1,40}}?)[ \t]*(?:[:=—–-])[ \t]*)?(?P<marks>{_MARKS})[ \t]*$")
_NOUN = r"(?P<noun>[A-Za-z][a-z-]{2,}(?:[ \t]+[a-z][a-z-]{2,})?)"
# "all of these nuclei in it (one per tally mark)": the plural noun before the key, in the key's sentence
_PER_MARK = re.compile(r"(?i)\(?[ \t]*(?:one|1|a[ \t]+single[ \t]+one)[ \t]+(?:per|for[ \t]+each|for[ \t]+every|each[ \t]+)"
                       r"[ \t]*(?:tally[ \t]+)?(?:mark|stroke|line|tick|tally)[ \t]*\)?")
# "each (tally) mark is a nucleus", "1 mark = 1 nucleus", "every stroke stands for one cell"
_MARK_IS = re.compile(r"(?i)(?:each|every|one|1|a)[ \t]+(?:tally[ \t]+)?(?:mark|stroke|tick)[ \t]+(?:is|=|means|"
                      r"stands[ \t]+for|represents|counts)[ \t]+(?:a|an|one|1)[ \t]+" + _NOUN)
# "Tally of nuclei", "nuclei tally", "tally (nuclei)"
_HEAD = re.compile(r"(?i)tally[ \t]+(?:of|for)[ \t]+" + _NOUN + r"|" + _NOUN.replace("noun", "noun2")
                   + r"[ \t]+tally|tally[ \t]*\([ \t]*" + _NOUN.replace("noun", "noun3") + r"[ \t]*\)")


def _strokes(marks: str) -> int:
    return sum(5 if ch in "卌𝍸" else 1 for ch in marks if not ch.isspace())


def _noun(text: str) -> tuple[str | None, list[tuple[int, int]]]:
    """What one mark stands for, and the spans of the phrases that say so (read into the count)."""
    m = _MARK_IS.search(text)
    if m:
        return m.group("noun"), [m.span()]
    for m in _PER_MARK.finditer(text):
        sent = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        before = text[sent:m.start()]
        nouns = [w for w in re.findall(r"[A-Za-z][a-z-]{2,}", before) if w.lower().endswith(("s", "i", "a", "ae"))
                 and w.lower() not in _NOT_NOUNS]
        if nouns:
            a = m.start() - (len(text[:m.start()]) - len(text[:m.start()].rstrip(" \t")))
            return nouns[-1], [(a, m.end())]
    m = _HEAD.search(text)
    if m:
        return m.group("noun") or m.group("noun2") or m.group("noun3"), []
    return None, []


# words ending like a plural that are no noun a mark stands for ("this", "its", "is", "was", "these", "those")
_NOT_NOUNS = frozenset({"this", "its", "is", "was", "has", "these", "those", "thus", "plus", "as", "us", "yes",
                        "across", "always", "perhaps", "tally", "marks", "strokes", "ticks", "lines", "via", "data",
                        "extra", "area", "idea", "formula"})


def read_tallies(text: str) -> tuple[list[tuple[int, int, list]], list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """``(edits, no_content, not_drawn)`` for ``text``: the tally block rewritten as "<total> <noun>" (an edit
    ``(a, b, [statement])``), the key phrase blanked, each label listed as not drawn; ([], [], []) when the text
    holds no tally marks. ``InputError`` names the marks when the text never says what a mark stands for."""
    lines = [m for m in _LINE.finditer(text) if "|" in m.group("marks") or re.search("[｜ǀ𝍷卌𝍸]", m.group("marks"))]
    if not lines:
        return [], [], []
    noun, keys = _noun(text)
    if noun is None:
        from ..errors import InputError
        m = lines[0]
        raise InputError(f"the tally marks '{m.group('marks')}' at {m.start('marks')}-{m.end('marks')} count "
                         "nothing nesy can tell: say what one mark stands for (e.g. 'one nucleus per tally mark')")
    total = sum(_strokes(m.group("marks")) for m in lines)
    # the first line says the total, the others nothing (the lines between them, if any, stay as they are)
    edits = [(m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.end(), [f"{total} {noun}."] if k == 0 else [])
             for k, m in enumerate(lines)] + [(x, y, []) for x, y in keys]
    no_content = [(m.start("marks"), m.end("marks"), TALLY) for m in lines] + [(x, y, TALLY_KEY) for x, y in keys]
    not_drawn = [(m.start("label"), m.start("label") + len(m.group("label").rstrip()), TALLY_PLACE)
                 for m in lines if m.group("label") and m.group("label").strip()]
    return edits, no_content, not_drawn
