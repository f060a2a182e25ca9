"""Varied phrasing: number words, lists, synonyms and orderings, all drawn from one seeded generator.

The samplers (``nesy.dataset.sampling``) build a scene's facts first and then say them with these
helpers; every random choice comes from the item's own ``numpy.random.Generator`` so the same
(config, seed, index) gives the same sentence on any worker.
"""
from __future__ import annotations

from typing import Any, Sequence

__all__ = ["NUMBER_WORDS", "number", "choose", "join", "count_phrase", "plural", "shuffled", "capitalise",
           "fmt_value"]

NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve")

_IRREGULAR = {"nucleus": "nuclei", "mitochondrion": "mitochondria", "nucleolus": "nucleoli",
              "golgi apparatus": "golgi apparatuses", "endoplasmic reticulum": "endoplasmic reticula",
              "vacuole": "vacuoles"}


def choose(rng: Any, options: Sequence[Any]) -> Any:
    """One of ``options``, uniformly."""
    return options[int(rng.integers(len(options)))]


def number(rng: Any, n: int, words_p: float = 0.5) -> str:
    """``n`` as a digit string or (with probability ``words_p``, for 0–12) as an English word."""
    if 0 <= n < len(NUMBER_WORDS) and rng.random() < words_p:
        return NUMBER_WORDS[n]
    return str(n)


def plural(noun: str) -> str:
    """The English plural of one of the nouns the samplers use."""
    if noun in _IRREGULAR:
        return _IRREGULAR[noun]
    if noun.endswith(("s", "x", "sh", "ch")):
        return noun + "es"
    return noun + "s"


def count_phrase(rng: Any, n: int, noun: str, words_p: float = 0.5) -> str:
    """"a nucleus" / "one nucleus" / "3 mitochondria" / "three mitochondria"."""
    if n == 1:
        art = "an" if noun[0] in "aeiou" else "a"
        return choose(rng, (f"{art} {noun}", f"one {noun}", f"{art} single {noun}")) if rng.random() < 0.5 \
            else f"{art} {noun}"
    return f"{number(rng, n, words_p)} {plural(noun)}"


def join(items: Sequence[str], rng: Any | None = None) -> str:
    """"A", "A and B", "A, B and C" (an Oxford comma at random when ``rng`` is given)."""
    items = list(items)
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    oxford = "," if rng is not None and len(items) > 2 and rng.random() < 0.3 else ""
    return ", ".join(items[:-1]) + f"{oxford} and " + items[-1]


def shuffled(rng: Any, items: Sequence[Any]) -> list[Any]:
    """A permuted copy of ``items``."""
    idx = rng.permutation(len(items))
    return [items[int(i)] for i in idx]


def capitalise(s: str) -> str:
    return s[:1].upper() + s[1:]


def fmt_value(x: float) -> str:
    """A quantity as a person writes it: ``10`` not ``10.0``, at most 4 decimals."""
    if float(x).is_integer():
        return str(int(x))
    return f"{x:.4f}".rstrip("0").rstrip(".")
