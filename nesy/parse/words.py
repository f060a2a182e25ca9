"""Word tables and phrase patterns shared by the notation-heavy domain parsers (crystal, astronomy,
geometry, mechanics, circuits, …), which match grammar phrases with regexes over the raw text."""
from __future__ import annotations

import functools
import re

from ..resources import load_yaml

__all__ = ["common_words", "phrase_rx", "norm", "alternation", "number_words_rx", "number_rx", "number_value"]


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


# ---------------------------------------------------------------------------------------------
# numbers written as words or digits inside quantities: "twenty cm", "twenty-five degrees", "7.5 cm"

# entries of the common ``numbers`` table that are not cardinals a quantity is written with
_NOT_CARDINAL = frozenset({"a", "an", "single", "no", "both", "several", "dozen", "hundred"})
_MORE_TENS = {"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}


@functools.lru_cache(maxsize=1)
def _cardinals() -> tuple[dict[str, int], dict[str, int]]:
    """(units 0–19, tens 20–90) as single words, from the common grammar's ``numbers`` plus the tens."""
    c = load_yaml("grammars", "common/grammar.yaml")
    units: dict[str, int] = {}
    tens: dict[str, int] = dict(_MORE_TENS)
    for k, v in c.get("numbers", {}).items():
        w = str(k).lower()
        if " " in w or w in _NOT_CARDINAL or float(v) != int(v):
            continue
        v = int(v)
        if 0 <= v < 20:
            units[w] = v
        elif v < 100 and v % 10 == 0:
            tens[w] = v
    return units, tens


def _alt_words(ws) -> str:
    return "|".join(re.escape(w) for w in sorted(ws, key=lambda w: (-len(w), w)))


@functools.lru_cache(maxsize=1)
def number_words_rx() -> str:
    """A regex fragment (no groups, case-insensitive) for a cardinal 0–999 written in words:
    "seven", "seventy", "twenty-five", "twenty five", "two hundred and five", "hundred"."""
    units, tens = _cardinals()
    u = r"(?:" + _alt_words(u for u, v in units.items() if v > 0) + r")"
    t = r"(?:" + _alt_words(tens) + r")"
    sep = r"[\s\-]+"
    below100 = rf"(?:{t}(?:{sep}(?!hundred)(?:" + _alt_words(u for u, v in units.items() if 0 < v < 10) \
        + rf")(?![A-Za-z]))?|{u}|" + _alt_words(w for w, v in units.items() if v == 0) + ")"
    hundreds = rf"(?:(?:{u}){sep})?hundred(?:{sep}(?:and{sep})?{below100}(?![A-Za-z]))?"
    return rf"(?i:(?:{hundreds}|{below100})(?![A-Za-z]))"


def number_rx(signed: bool = False) -> str:
    """A regex fragment (no groups) for a number in digits (optionally signed) or in words 0–999."""
    d = r"(?:[-−+]?\d+(?:\.\d+)?)" if signed else r"(?:\d+(?:\.\d+)?)"
    return rf"(?:{d}|{number_words_rx()})"


def number_value(text: str) -> float:
    """The value of a number matched by ``number_rx``: "20", "−3.5", "twenty-five", "two hundred and five"."""
    s = str(text).strip().replace("−", "-")
    if re.fullmatch(r"[-+]?\d+(?:\.\d+)?", s):
        return float(s)
    units, tens = _cardinals()
    total, cur = 0, 0
    for w in re.split(r"[\s\-]+", s.lower()):
        if not w or w == "and":
            continue
        if w == "hundred":
            cur = (cur or 1) * 100
        elif w in units:
            cur += units[w]
        elif w in tens:
            cur += tens[w]
        else:
            raise ValueError(f"not a number: {text!r}")
    return float(total + cur)
