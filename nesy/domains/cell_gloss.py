"""A counted thing the vocabulary does not name, glossed as one of its kinds: "twelve insulin granules (these are
secretory vesicles)", "8 zymogen granules, i.e. vesicles", "3 Nissl bodies (rough ER)".

The gloss is an apposition that says what the counted things are (Quirk et al., *A Comprehensive Grammar of the
English Language*, 1985, §17.65-17.72: an appositive renames its anchor, it adds no referent), so the count is
the gloss's: twelve vesicles. Read as it stood, the count went with the unknown words and was dropped, and the
gloss's noun was drawn at the default count of an uncounted plural (three vesicles for twelve, and the figure
verified). Rewritten (same offsets, ``cell_clauses``): the words from the count to the gloss's noun are blank
and so is the closing parenthesis, so the count stands before the noun it counts. Only where the anchor names
no thing of the vocabulary itself and the gloss has no count of its own.
"""
from __future__ import annotations

import functools
import re

__all__ = ["glossed_counts"]

# what opens a gloss: "these are", "i.e.", "=", "which are", "a kind of", … (or nothing, in parentheses)
_MARK = (r"(?:(?:these|they|those|which|that|all|both)\s+(?:are|is|=)|this\s+is|i\.?\s?e\.?,?|that\s+is,?|namely|"
         r"=|aka|a\.k\.a\.|also\s+(?:called|known\s+as)|known\s+as|(?:i\.?\s?e\.?\s+)?(?:a|the)\s+(?:kind|type|form)s?\s+of)")


# a word that places or relates: "3 granules (near the vesicles)" says where, it renames nothing
_PLACE = re.compile(r"(?i)\b(?:outside|inside|in|within|into|near|next|beside|around|along|against|touching|between|"
                    r"above|below|under|over|with|without|not|no|than|and|or|but|of)\b")


@functools.lru_cache(maxsize=1)
def _gloss() -> re.Pattern:
    from .cell_aside import _noun_rx
    from ..parse.words import number_rx
    w = r"[A-Za-z][\w'-]*"
    return re.compile(
        rf"(?i)(?<![\w-])(?P<n>\d{{1,3}}|{number_rx()})(?P<anchor>(?:\s+{w}){{1,4}}?)"
        rf"(?:\s*\(\s*(?:{_MARK}\s+)?(?P<pm>(?:{w}\s+){{0,3}}?)(?P<pk>{_noun_rx()})\s*(?P<close>\))"
        rf"|\s*,\s*{_MARK}\s+(?P<cm>(?:{w}\s+){{0,3}}?)(?P<ck>{_noun_rx()})(?=\s*(?:[,.;:!?\n]|$)))")


def glossed_counts(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` to blank so that each glossed count stands before its gloss's noun."""
    from .cell_aside import _COUNTED, _nouns
    out: list[tuple[int, int]] = []
    for m in _gloss().finditer(text):
        if _nouns().search(m.group("anchor")) or _PLACE.search(m.group("anchor")):
            continue   # "12 vesicles (insulin granules)": the anchor names its kind itself (cell_aside)
        mods = m.group("pm") if m.group("pk") else m.group("cm")
        if mods and (_COUNTED.search(mods) or _PLACE.search(mods)):
            continue   # "(two of them vesicles)": a count of its own, not a renaming
        noun = "pk" if m.group("pk") else "ck"
        out.append((m.end("n"), m.start(noun)))
        if m.group("close"):
            out.append(m.span("close"))
    return out
