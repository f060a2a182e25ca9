"""Coordinate adjectives between a count and its noun: "eleven blue, oval nuclei", "three small, bean-shaped
mitochondria".

English separates coordinate adjectives — each describes the noun on its own — with a comma ("a long, winding
road"; *The Chicago Manual of Style*, 17th ed., §6.33; Quirk et al., *A Comprehensive Grammar of the English
Language*, 1985, §17.104). The comma coordinates two descriptions of one noun, never two things, but a science
that reads "<count> <noun>" saw "eleven blue" end at the comma and the count count nothing ("the number 'eleven'
counts nothing"). ``coordinate_adjectives`` finds, with nesy's trained English pipeline, a count followed by
adjectives (or participles: "bean-shaped") joined by commas and then the noun they all modify, and hands back the
commas to blank; the words stay where they are, so every span maps back to the user's text.

A comma before another count ("three red, four blue nuclei") or before a noun ("two nuclei, oval") is a list,
left as it is.
"""
from __future__ import annotations

import re

__all__ = ["coordinate_adjectives"]

_NUM = (r"\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
        r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+dozen|dozen")
_WORD = r"[A-Za-z][A-Za-z'-]*"
# a count, two to four describing words with commas between, then the noun
_RUN = re.compile(rf"(?i)(?<![\w.,-])(?:{_NUM})\s+(?P<adjs>{_WORD}(?:[ \t]*,[ \t]*{_WORD}){{1,3}})"
                  rf"[ \t]+(?P<noun>{_WORD})")


def coordinate_adjectives(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, "")`` for each comma between coordinate adjectives after a count (see the module): the
    noun a concept of a science, the words before it none, and none a function word ("and", "the", "of")."""
    if "," not in text:
        return []
    from .concepts import token_scores
    from .lexicon import no_content
    lex = no_content()
    out: list[tuple[int, int, str]] = []
    for m in _RUN.finditer(text):
        words = re.findall(_WORD, m.group("adjs"))
        if any(lex.classify(w.lower(), w.lower()) == "function" for w in words):
            continue
        if any(re.fullmatch(rf"(?i){_NUM}", w) for w in words):
            continue   # "three red, four blue nuclei": two counts
        scores = token_scores(m.group("noun"))
        top = max(scores.values(), default=0)
        sciences = {k for k, v in scores.items() if v > 0 and v == top}
        if not sciences or any(token_scores(w).get(k, 0) > 0 for w in words for k in sciences):
            continue   # (a describing word may be another science's: "oval" is a region's shape in a Venn)
        out += [(m.start("adjs") + c.start(), m.start("adjs") + c.start() + 1, "")
                for c in re.finditer(",", m.group("adjs"))]
    return out
