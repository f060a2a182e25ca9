"""Sets: sets of numbers named by what their members are, and how such sets relate.

"E is the set of even numbers and M the set of multiples of 4", "P = {primes less than 20}", "the
natural numbers N inside the integers Z", "U = {1, 2, ..., 10}" name their members by a property, a
number system or a progression (vocabulary: ``grammars/sets/numbers.yaml``). How two such sets relate
is then no longer the text's to state but follows from the numbers (Rosen, *Discrete Mathematics and
Its Applications*, 7th ed., §2.1 and §4.1: every multiple of 4 is even since 2 | 4 and divisibility is
transitive; N ⊂ Z ⊂ Q ⊂ R; the irrationals are the reals that are not rational). Drawing them apart
because the text did not say would draw a false figure, so the relation is derived:

* a set of integers (a property, a bound, a progression, a system of integers) is decided on the
  integers −W … W (``WINDOW``): a member of one set not in the other is a witness, exact; containment
  and disjointness follow from finding none, exact for the periodic properties (parity, multiples: a
  period k ≤ ``MAX_K`` ≪ W) and for the finite ones (factors, bounded sets), and for primes, squares,
  cubes and triangular numbers against them (each of these meets every residue class it meets at all
  below W, Dirichlet's theorem for the primes);
* Q, R, C and the irrationals by the chain of number systems (Rosen §2.1).

A set with finitely many members (bounded, factors of k, a set "in U" for a listed U) is handed back as
a roster, so its members are drawn as dots in their regions; a set with infinitely many is related by
``relation``. Two descriptions with the same members are one set (not drawn, as two equal rosters).
"""
from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, field

from ..resources import load_yaml

__all__ = ["NumberSet", "parse_description", "expand_roster", "relation", "find_definitions",
           "WINDOW", "MAX_K", "MAX_DOTS"]

WINDOW = 5000     # integers −W … W decide how two sets of integers relate
MAX_K = 1000      # the largest k of "multiples of k" / "factors of k" read (k ≪ WINDOW keeps the decision exact)
MAX_DOTS = 40     # a finite set with more members is related, not drawn member by member
_NUMW = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
         "forty": 40, "fifty": 50, "hundred": 100}
_INT = r"(?:[+-]?\d{1,5}|" + "|".join(sorted(_NUMW, key=len, reverse=True)) + ")"


@dataclass(frozen=True)
class NumberSet:
    """A set of numbers: ``base`` 'int' (integers from ``lo`` to ``hi``, None = unbounded, satisfying
    every ``preds`` (kind, k)), or a system 'Q', 'I' (irrationals), 'R', 'C'; ``within`` names a listed
    set its members are taken from ("the even numbers in U")."""

    base: str = "int"
    lo: int | None = None
    hi: int | None = None
    preds: tuple[tuple[str, int], ...] = ()
    within: str | None = None
    step: tuple[int, int] | None = None     # a progression a, a+d, …: (a mod d, d)

    def finite(self) -> bool:
        return self.base == "int" and (self.lo is not None and self.hi is not None
                                       or any(k == "factor" for k, _ in self.preds))

    def holds(self, x: int) -> bool:
        if (self.lo is not None and x < self.lo) or (self.hi is not None and x > self.hi):
            return False
        if self.step is not None and x % self.step[1] != self.step[0]:
            return False
        return all(_PRED[k](x, n) for k, n in self.preds)

    def window(self) -> frozenset[int]:
        lo = -WINDOW if self.lo is None else max(self.lo, -WINDOW)
        hi = WINDOW if self.hi is None else min(self.hi, WINDOW)
        return frozenset(x for x in range(lo, hi + 1) if self.holds(x))


def _is_prime(x: int) -> bool:
    return x > 1 and all(x % d for d in range(2, math.isqrt(x) + 1))


def _is_power(x: int, p: int) -> bool:
    if x < 0:
        return p % 2 == 1 and _is_power(-x, p)
    r = round(x ** (1.0 / p)) if x > 0 else 0
    return any((r + d) ** p == x for d in (-1, 0, 1))


_PRED = {
    "even": lambda x, k: x % 2 == 0,
    "odd": lambda x, k: x % 2 != 0,
    "prime": lambda x, k: _is_prime(x),
    "composite": lambda x, k: x > 1 and not _is_prime(x),
    "square": lambda x, k: x >= 0 and _is_power(x, 2),
    "cube": lambda x, k: _is_power(x, 3),
    "triangular": lambda x, k: x >= 0 and _is_power(8 * x + 1, 2),
    "multiple": lambda x, k: x % k == 0,
    "factor": lambda x, k: x > 0 and k % x == 0,
    "positive": lambda x, k: x > 0,
    "negative": lambda x, k: x < 0,
}


@functools.lru_cache(maxsize=1)
def _vocab() -> dict:
    return load_yaml("grammars", "sets/numbers.yaml")


def _num(s: str) -> int | None:
    s = s.strip().lower()
    if re.fullmatch(r"[+-]?\d{1,5}", s):
        return int(s)
    return _NUMW.get(s)


def _alts(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def parse_description(desc: str) -> NumberSet | None:
    """A description of numbers ("even numbers less than 20", "multiples of 3 in U", "the integers",
    "prime numbers between 1 and 30") as a ``NumberSet``; None when any word of it is not read (it is
    then no description of numbers nesy reads, and the set keeps its other reading)."""
    v = _vocab()
    rest = " " + re.sub(r"\s+", " ", desc.strip().lower()) + " "
    base, lo, hi, within = "int", 1, None, None
    preds: list[tuple[str, int]] = []
    said_numbers = False
    for name, sysd in v["systems"].items():
        m = re.search(rf"\s(?:{_alts(sysd['words'])})\s", rest)
        if m:
            base = sysd["base"]
            if base == "int":
                lo = sysd.get("lo")
            rest = rest[:m.start()] + " " + rest[m.end():]
            said_numbers = True
            break
    for kind, pd in v["properties"].items():
        words = pd["words"]
        if kind in ("multiple", "factor"):
            m = re.search(rf"\s(?:{_alts(words)})\s+({_INT})\s", rest)
            if m:
                k = _num(m.group(1))
                if k is None or not 0 < abs(k) <= MAX_K:
                    return None
                preds.append((kind, abs(k)))
                rest = rest[:m.start()] + " " + rest[m.end():]
                said_numbers = True
            continue
        m = re.search(rf"\s(?:{_alts(words)})\s", rest)
        if m:
            preds.append((kind, 0))
            rest = rest[:m.start()] + " " + rest[m.end():]
            # a plural property word is a noun of its own ("primes", "perfect squares"); "even" needs one
            said_numbers = said_numbers or m.group().strip().endswith("s")
    if any(k == "negative" for k, _ in preds) and base == "int":
        lo = None
    bd = v["bounds"]
    bounded = False
    for m in list(re.finditer(rf"\s(?:{_alts(bd['range'])})\s+({_INT})\s+(?:to|and|through|-|–)\s+({_INT})\s", rest)):
        a, b = _num(m.group(1)), _num(m.group(2))
        lo, hi = (a, b) if a <= b else (b, a)
        rest = rest.replace(m.group(), " ", 1)
        bounded = True
    for kind in ("lt", "le", "gt", "ge"):
        for m in list(re.finditer(rf"\s(?:{_alts(bd[kind])})\s*({_INT})\s", rest)):
            n = _num(m.group(1))
            if kind == "lt":
                hi = n - 1
            elif kind == "le":
                hi = n
            elif kind == "gt":
                lo = n + 1
            else:
                lo = n
            rest = rest.replace(m.group(), " ", 1)
            bounded = True
    m = re.search(r"\s(?:in|of|from|within|inside)\s+(?-i:([A-Z][A-Za-z0-9_]{0,15}|ξ))\s", " " + desc.strip() + " ")
    if m:
        within = m.group(1)
        rest = re.sub(rf"\s(?:in|of|from|within|inside)\s+{re.escape(within.lower())}\s", " ", rest, count=1)
    if base != "int" and (preds or bounded or within):
        return None      # "positive reals", "rationals less than 1": not read (no window decides them)
    if any(kind == "factor" for kind, _ in preds):
        lo = 1 if lo is None or lo < 1 else lo
    nouns = set(v["nouns"])
    left = [w for w in re.findall(r"[a-z]+|\S", rest) if w not in nouns and w not in
            ("the", "all", "of", "that", "which", "are", "is", "whose", "those")]
    said_numbers = said_numbers or bool(set(re.findall(r"[a-z]+", desc.lower())) & nouns)
    system = base != "int" or lo != 1 or any(w in desc.lower() for w in ("natural", "counting", "positive integers"))
    if left or not said_numbers or not (preds or system or hi is not None or within):
        return None     # "numbers" alone says nothing of which
    return NumberSet(base, lo, hi, tuple(sorted(preds)), within)


def expand_roster(items: list[str]) -> list[str] | NumberSet | None:
    """A roster with an ellipsis ("1, 2, ..., 10", "2, 4, 6, …", "1, 3, 5, ..., 19") read as the
    progression its first members start (Rosen §2.1: "{1, 3, 5, 7, 9}" … "{1, 2, 3, …, 99}"): the listed
    members when it ends, a ``NumberSet`` when it goes on; None when it is no progression of integers."""
    dots = [k for k, x in enumerate(items) if x.strip() in ("...", "…", "..", "....")]
    if len(dots) != 1:
        return None
    k = dots[0]
    head = [_num(x) for x in items[:k]]
    tail = [_num(x) for x in items[k + 1:]]
    if not head or any(x is None for x in head + tail) or len(tail) > 1 or (len(head) < 2 and not tail):
        return None
    # "{1, ..., 20}": one member before the ellipsis counts on by one
    d = head[1] - head[0] if len(head) > 1 else 1
    if d <= 0 or any(head[i + 1] - head[i] != d for i in range(len(head) - 1)):
        return None
    if not tail:
        return NumberSet("int", head[0], None, (), None, (head[0] % d, d))
    end = tail[0]
    if end < head[-1] or (end - head[0]) % d or (end - head[0]) // d > 10 * MAX_DOTS:
        return None
    return [str(x) for x in range(head[0], end + 1, d)]


def relation(a: NumberSet, b: NumberSet) -> str | None:
    """How ``a`` relates to ``b``: 'inside' (a ⊊ b), 'contains' (b ⊊ a), 'equal', 'outside' (disjoint),
    'overlaps'; None when a set of a relation nesy does not decide ("within" a listed set)."""
    if a.within or b.within:
        return None
    rank = {"int": 0, "Q": 1, "R": 2, "C": 3}
    if a.base == "int" and b.base == "int":
        A, B = a.window(), b.window()
        if A == B:
            return "equal"
        if A <= B:
            return "inside"
        if B <= A:
            return "contains"
        return "overlaps" if A & B else "outside"
    if a.base == b.base:
        return "equal"
    if "I" in (a.base, b.base):
        other = b if a.base == "I" else a
        if other.base in ("int", "Q"):
            return "outside"
        return "inside" if a.base == "I" else "contains"
    return "inside" if rank[a.base] < rank[b.base] else "contains"


@dataclass
class Definition:
    """A set named by a description of numbers: the name, its span, the description's span."""

    name: str
    numbers: NumberSet
    name_span: tuple[int, int]
    desc_span: tuple[int, int]
    members: list[str] = field(default_factory=list)


_NAME = r"(?-i:[A-Z][A-Za-z0-9_]{0,15}|ξ)"
# a name and its description are linked by a verb or sign ("E is", "E =", "E:", "let E be", "E denotes"), or
# by "the set of" alone ("M the set of multiples of 3")
_SETOF = r"(?:set|collection)\s+(?:of|containing)\s+"
_LINK = (r"\s*(?:(?:=|:|\bis\b|\bare\b|\bbe\b|\bdenotes?\b|\bstands?\s+for\b|\brepresents?\b|\bconsists?\s+of\b|"
         rf"\bcontains?\b)\s*(?:(?:the|a)\s+)?(?:{_SETOF})?|,\s*the\s+(?:{_SETOF})?|(?:the|a)\s+{_SETOF})(?:all\s+)?(?:the\s+)?")
# capitalised words that open a sentence or an instruction: never a set's name
_NOT_NAME = frozenset("Draw Let Show Make Put Use Sketch Plot Create Consider Suppose Given Find The A An In If "
                      "Then For So And Sets Set Venn Euler".split())
_STOPS = re.compile(r"\s*(?:[.;:!?,()]|\band\s+" + _NAME + r"\b|\band\s+(?:let|the|a)\b|\bso\b|\bwhile\b|\bbut\b"
                    r"|\bwith\b|\bdraw\b|$)")


def _longest(text: str, a: int) -> tuple[NumberSet, int] | None:
    """The longest run of words from ``a`` (within its clause) that is a description of numbers."""
    stop = _STOPS.search(text, a)
    end = stop.start() if stop else len(text)
    words = list(re.finditer(r"\S+", text[a:end]))
    for n in range(len(words), 0, -1):
        b = a + words[n - 1].end()
        ns = parse_description(text[a:b])
        if ns is not None:
            return ns, b
    return None


def find_definitions(text: str) -> list[Definition]:
    """Every set ``text`` names by a description of numbers: "NAME is/=/: [the set of] DESC" and
    "[the] DESC NAME" / "DESC (NAME)" (an apposition)."""
    out: list[Definition] = []
    taken: list[tuple[int, int]] = []
    for m in re.finditer(rf"(?<![\w{{]){_NAME}(?![\w}}])", text):
        link = re.compile(_LINK, re.IGNORECASE).match(text, m.end())
        if not link and re.search(r"\bset\s+$", text[:m.start()]):
            # "the set E of even integers"
            link = re.compile(r"\s+of\s+(?:all\s+)?(?:the\s+)?", re.IGNORECASE).match(text, m.end())
        if not link and (out and re.search(r"(?:,|\band)\s*$", text[:m.start()])
                         or re.search(r"(?:^|[:;]|\}\s*,)\s*$", text[:m.start()])):
            # "Let P be the primes and O the odd numbers": the verb of the first definition is left out; so also
            # after a colon or a listed universe, "U = {1, 2, …, 10}: P the primes in U, E the even numbers in U"
            # (the description that must follow is the guard)
            link = re.compile(r"\s+the\s+", re.IGNORECASE).match(text, m.end())
        # ("A = multiples of 4": with '=' the letter A is a set's name, no article)
        if not link or (m.group() in _NOT_NAME and not (m.group() == "A" and link.group().lstrip().startswith("="))) \
                or re.match(r"\s*\{", text[m.end():]):
            continue
        brace = re.match(r"\{\s*(?:all\s+)?(?:the\s+)?", text[link.end():], re.IGNORECASE)
        if brace:   # "P = {primes less than 20}": a description in braces (a roster of one item that is no member)
            close = text.find("}", link.end())
            inner = text[link.end() + brace.end():close].strip() if close > 0 else ""
            ns_ = parse_description(inner) if inner and "{" not in inner else None
            got = (ns_, close + 1) if ns_ is not None else None
        else:
            got = _longest(text, link.end())
        if got is None:
            continue
        ns, b = got
        if re.fullmatch(r"[A-Z][a-z]+", text[link.end():b]):
            continue    # "Odds: Naturals ⊆ Integers": a capitalised word alone is a set's name, no description
        out.append(Definition(m.group(), ns, (m.start(), m.end()), (link.end(), b)))
        taken.append((m.start(), b))
    # an apposition: "the natural numbers N", "rationals (Q)", "the factors of 12 (F)" — a short name
    # (one to three characters) right after the longest description of numbers that ends there
    for m in re.finditer(rf"(?<=[\w)])\s*(\(\s*)?(?-i:([A-Z][A-Za-z0-9]{{0,2}}|ξ))(?(1)\s*\))(?![\w{{}}])", text):
        if any(a <= m.start(2) < b for a, b in taken) or m.group(2) in _NOT_NAME:
            continue
        starts = [w.start() for w in re.finditer(r"(?<![\w-])[\w-]", text[max(0, m.start() - 80):m.start()])]
        base = max(0, m.start() - 80)
        for st in starts:
            a = base + st
            if any(x <= a < y for x, y in taken) or re.search(r"[.;:!?,(){}=]", text[a:m.start()]):
                continue
            ns = parse_description(text[a:m.start()])
            if ns is not None:
                out.append(Definition(m.group(2), ns, (m.start(2), m.end(2)), (a, m.start())))
                taken.append((a, m.end()))
                break
    seen: set[str] = set()
    uniq = []
    for d in sorted(out, key=lambda d: d.name_span):
        if d.name not in seen:
            seen.add(d.name)
            uniq.append(d)
    return uniq
