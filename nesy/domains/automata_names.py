"""Automata: whether an undeclared lower-case name is an English word rather than a state's name.

A text that declares no states names them where it uses them ("q0 to q1", "A to B"); a lower-case
English word joined to another by "to" ("the students had to design a DFA") is prose, not a move. English
here is the shared lemma table (``grammars/common/lemma_lookup.json.gz``), its forms and lemmas.
"""
from __future__ import annotations

import functools

__all__ = ["english_word"]


@functools.lru_cache(maxsize=1)
def _english() -> frozenset[str]:
    from ..parse.lemmas import lemma_table
    return frozenset(w.lower() for kv in lemma_table().items() for w in kv)


def english_word(word: str) -> bool:
    """Whether lower-cased ``word`` (three letters or more) is an English word form."""
    return len(word) >= 3 and word.isalpha() and word.lower() in _english()
