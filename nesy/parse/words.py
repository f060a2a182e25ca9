"""Word tables and phrase patterns shared by the notation-heavy domain parsers (crystal, astronomy,
geometry, mechanics, circuits, …), which match grammar phrases with regexes over the raw text."""
from __future__ import annotations

import functools
import re

from ..resources import load_yaml

__all__ = ["common_words", "phrase_rx", "norm", "alternation"]


@functools.lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Every single word of the common grammar (filler, copulas, coordinators, numbers …), lower case."""
    c = load_yaml("grammars", "common/grammar.yaml")
    words: set[str] = set()
    for key in ("filler", "copulas", "coordinators", "pairwise", "distributive"):
        for w in c.get(key, []):
            words.update(str(w).lower().split())
    words.update(str(w).lower() for w in c.get("numbers", {}) if " " not in str(w))
    return frozenset(words)


def phrase_rx(p: str) -> str:
    """A regex for phrase ``p`` that accepts any run of spaces or hyphens between its words."""
    parts = [re.escape(x) for x in re.split(r"[\s\-]+", p.strip()) if x]
    return r"[\s\-]+".join(parts)


def norm(p: str) -> str:
    """A phrase in canonical form: lower case, words joined by single spaces."""
    return " ".join(re.split(r"[\s\-]+", str(p).lower().strip()))


def alternation(phrases) -> str:
    """One regex alternation of ``phrases`` (lower case), longest first, spaces or hyphens between words."""
    ps = sorted({str(p).lower() for p in phrases}, key=lambda p: (-len(p), p))
    return "|".join(r"[\s\-]+".join(re.escape(x) for x in re.split(r"[\s\-]+", p) if x) for p in ps)
