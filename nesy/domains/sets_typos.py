"""Sets: a misspelt relation verb between two sets — "U is overlaping with T", "A intersets B", "P is disjont from Q".

The shared corrector (``nesy.parse.spelling``) never corrects a word some grammar lists, and another
science lists common misspellings of "overlapping" as words it reads; left unread, the sets grammar then
reads the 'with' after it as containment ("U … with T": T inside U) — a wrong figure. Here a word between
two set names is read as a relation verb of the sets grammar when it is no English word (not in the shipped
lemma table, ``nesy.parse.lemmas``), has six letters or more, and lies within one edit (Damerau–Levenshtein)
of exactly one single-word relation phrase of ``grammars/sets/grammar.yaml`` (the rule the shared corrector
applies to a science's own words). The clause becomes that relation; nothing is guessed when two phrases
are as close.
"""
from __future__ import annotations

import functools
import re

__all__ = ["read_typo_relations"]

_NAME = r"(?-i:[A-Z][A-Za-z0-9_]{0,15})"
_RX = re.compile(rf"(?P<a>{_NAME})\s+(?:(?:is|are)\s+)?(?P<w>[a-z]{{6,}})\s+(?:(?:with|from|to)\s+)?(?:set\s+)?(?P<b>{_NAME})(?![\w])")


@functools.lru_cache(maxsize=1)
def _phrases() -> dict[str, str]:
    """Single-word relation phrases of the sets grammar (six letters or more) → canonical kind."""
    from ..resources import load_yaml
    g = load_yaml("grammars", "sets/grammar.yaml")
    out: dict[str, str] = {}
    for kind, v in g["relations"].items():
        phrases = v["phrases"] if isinstance(v, dict) else v
        canon = v.get("canonical", kind) if isinstance(v, dict) else kind
        if isinstance(v, dict) and v.get("invert"):
            continue    # an inverted phrase ("contains") swaps its sets: not read from a guess
        for p in phrases:
            if re.fullmatch(r"[a-z]{6,}", str(p)):
                out[str(p)] = canon
    return out


def read_typo_relations(text: str, chars: list[str], pre, names: set[str], blank) -> None:
    """Add "A <misspelt verb> B" as the verb's relation and blank the verb and its preposition."""
    from ..parse.lemmas import lemma_table
    from ..parse.spelling import _distance
    table = lemma_table()
    for m in _RX.finditer("".join(chars)):
        a, b, w = m.group("a"), m.group("b"), m.group("w")
        if a not in names or b not in names or a == b or w in table or w in _phrases():
            continue
        near = {k for p, k in _phrases().items() if _distance(w, p, 1) <= 1}
        if len(near) != 1:
            continue
        kind = near.pop()
        if kind not in ("overlaps", "outside", "inside"):
            continue
        pre.relations.append((kind, a, b, m.start(), m.end()))
        blank(chars, m.end("a"), m.start("b"))
