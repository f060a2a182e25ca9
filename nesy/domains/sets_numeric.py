"""Sets defined by a property of numbers over a universe of numbers: "U = {1, 2, …, 10}: P the primes in U, E the
even numbers in U, S the perfect squares in U", "A is the set of multiples of 3 in U", "F = the factors of 12".

A property that picks numbers is a definition, not a relation between the named sets: read as words the sets
grammar knows ("in U"), it drew P inside E inside S with every number outside all three, and verified. The members
follow from the definitions (Rosen, *Discrete Mathematics and Its Applications*, 7th ed.: §4.1 divisibility —
multiples, factors, even and odd; §4.3 primes — an integer p > 1 whose only positive factors are 1 and p; a
perfect square is n = k² for an integer k, a perfect cube n = k³), computed over the universe the text lists or
gives as a range ("{1, 2, …, 10}", "the whole numbers from 1 to 20"). With no such universe the property is left
to the grammar (which lists it as not drawn): nesy never guesses which numbers exist.

``numeric_definitions`` rewrites each definition as the roster it stands for ("P = {2, 3, 5, 7}"), every new
character mapped back onto the definition's own words, so the shared reading and its spans stay on the user's
text (``sets_symbols.unspace``).
"""
from __future__ import annotations

import math
import re

__all__ = ["numeric_definitions"]

_NAME = r"(?-i:[A-Z][A-Za-z0-9_]{0,15})"
_ELLIPSIS = r"(?:…|\.\.\.|\.\.|⋯)"
# "U = {1, 2, …, 10}", "U = {2, 4, ..., 20}", "U = {1, 2, 3, 4, 5, 6}"
_RANGE_SET = re.compile(rf"(?P<u>{_NAME})\s*(?:=|:|is)\s*\{{\s*(?P<a>\d+)\s*,\s*(?P<b>\d+)\s*,\s*{_ELLIPSIS}\s*,?\s*"
                        rf"(?P<n>\d+)\s*\}}")
_LIST_SET = re.compile(rf"(?P<u>{_NAME})\s*(?:=|:|is)\s*\{{(?P<l>\s*\d+(?:\s*,\s*\d+)+)\s*\}}")
# "U is the whole numbers from 1 to 20", "U = the integers 1 to 12", "U: numbers 1–30"
_RANGE_WORDS = re.compile(rf"(?i:(?P<u>{_NAME})\s*(?:=|:|is|be|,)\s*(?:the\s+set\s+of\s+)?(?:all\s+)?(?:the\s+)?"
                          rf"(?:whole\s+numbers|natural\s+numbers|positive\s+integers|integers|numbers)\s+(?:from\s+)?"
                          rf"(?P<a>\d+)\s*(?:to|through|–|-|and)\s*(?P<n>\d+)(?:\s+inclusive)?)")
_PRED = (r"(?P<pred>prime\s+numbers|primes|even\s+numbers|evens|even\s+ones|odd\s+numbers|odds|odd\s+ones|"
         r"(?:perfect\s+)?squares|square\s+numbers|(?:perfect\s+)?cubes|cube\s+numbers|"
         r"multiples\s+of\s+(?P<m>\d+)|(?:factors|divisors)\s+of\s+(?P<f>\d+)|"
         r"numbers\s+(?P<cmp>greater|bigger|larger|less|smaller)\s+than\s+(?P<t>\d+))")
_DEF = re.compile(rf"(?<![\w{{])(?P<x>{_NAME})\s*(?:=|:|,|\bis\b|\bare\b|\bbe\b|\bdenotes\b|\bfor\b)?\s*"
                  rf"(?i:(?:the\s+set\s+of\s+)?(?:all\s+)?(?:the\s+)?{_PRED}"
                  rf"(?:\s+(?:in|of|from|within)\s+(?P<u>(?-i:[A-Z][A-Za-z0-9_]{{0,15}})))?)(?![\w}}])")


def _prime(n: int) -> bool:
    return n > 1 and all(n % k for k in range(2, math.isqrt(n) + 1))


def _holds(m: re.Match, n: int) -> bool:
    p = m.group("pred").lower()
    if p.startswith("prime"):
        return _prime(n)
    if p.startswith("even"):
        return n % 2 == 0
    if p.startswith("odd"):
        return n % 2 == 1
    if "square" in p:
        return n >= 0 and math.isqrt(n) ** 2 == n
    if "cube" in p:
        r = round(abs(n) ** (1 / 3))
        return any((r + d) ** 3 == n for d in (-1, 0, 1))
    if m.group("m"):
        return int(m.group("m")) > 0 and n % int(m.group("m")) == 0
    if m.group("f"):
        return n > 0 and int(m.group("f")) % n == 0
    t = int(m.group("t"))
    return n > t if m.group("cmp").lower() in ("greater", "bigger", "larger") else n < t


def _universes(text: str) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for m in _RANGE_SET.finditer(text):
        a, b, n = int(m.group("a")), int(m.group("b")), int(m.group("n"))
        if b > a and (n - a) % (b - a) == 0 and (n - a) // (b - a) <= 500:
            out[m.group("u")] = list(range(a, n + 1, b - a))
    for m in _LIST_SET.finditer(text):
        out.setdefault(m.group("u"), [int(x) for x in re.findall(r"\d+", m.group("l"))])
    for m in _RANGE_WORDS.finditer(text):
        a, n = int(m.group("a")), int(m.group("n"))
        if a <= n and n - a <= 500:
            out.setdefault(m.group("u"), list(range(a, n + 1)))
    return out


def numeric_definitions(text: str) -> tuple[str, list[int]] | None:
    """``text`` with every set defined by a property of numbers over a stated universe rewritten as its roster,
    and for each character of the result the index of the user's character it stands for; None when there is
    none (see the module docstring)."""
    us = _universes(text)
    if not us:
        return None
    cuts: list[tuple[int, int, str]] = []
    for m in _DEF.finditer(text):
        u = m.group("u") or (next(iter(us)) if len(us) == 1 else None)
        if u not in us or m.group("x") == u or m.group("x") in us:
            continue
        members = [n for n in us[u] if _holds(m, n)]
        if not members:
            continue
        cuts.append((m.start(), m.end(), f"{m.group('x')} = {{{', '.join(map(str, members))}}}"))
    if not cuts:
        return None
    out: list[str] = []
    back: list[int] = []
    k = 0
    for a, b, new in cuts:
        out.extend(text[k:a])
        back.extend(range(k, a))
        out.extend(new)
        back.extend(min(a + i, b - 1) for i in range(len(new)))
        k = b
    out.extend(text[k:])
    back.extend(range(k, len(text)))
    return "".join(out), back
