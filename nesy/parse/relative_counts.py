"""Counts given relative to another count: "twice as many mitochondria as lysosomes, and it has 3 lysosomes".

Read word by word, "twice" and "many" are no counts, and the plural "mitochondria" alone would be drawn
with the grammar's default for an uncounted plural: a figure with a wrong number that still looks complete.
``relative_counts`` finds "<factor> as many <noun> as <other noun>" (factor: "twice", "thrice", "half",
"N times", or none: "as many … as" is one), looks up the other noun's stated count in the text ("3
lysosomes", "three lysosomes"; it must be stated exactly once), and rewrites the phrase as "<n> <noun>",
padded with spaces so that every later offset is unchanged. A relative count whose base is not stated
once, or whose result is not a whole number, is refused naming the phrase.

The other side may be a member of a group instead of a noun: "the cell on the left has one nucleus; the cell
on the right has twice as many nuclei as the left one" counts the nuclei of the right cell against those of
the left one ("the left one", "the first", "the other cell", "the cell on the left"). The base is then the
count of the same noun the text states, said of that member where it states it more than once.
"""
from __future__ import annotations

import re
from fractions import Fraction

__all__ = ["relative_counts"]

_FACTOR = r"(?P<f>twice|thrice|half|double|triple|(?P<n>\w+)\s+times)?"
_RX = re.compile(rf"(?i)\b{_FACTOR}\s*\bas\s+many\s+(?P<x>[^\W\d_][\w-]*)\s+as\s+(?:there\s+are\s+)?"
                 rf"(?:the\s+)?(?P<y>[^\W\d_][\w-]*)\b"
                 # "as the left one", "as the first cell", "as the cell on the left" (a member: ``_MEMBER``)
                 rf"(?P<tail>\s+(?:one|cell|cells)\b|\s+(?:on|at)\s+the\s+(?P<side>left|right|top|bottom)\b)?")
# a member of a group, named by its place or order ("the left one", "the first", "the other")
_MEMBER = frozenset({"left", "right", "top", "bottom", "upper", "lower", "middle", "first", "second", "third",
                     "fourth", "last", "other", "former", "latter", "left-hand", "right-hand", "leftmost",
                     "rightmost"})
_NOT_A_NOUN = frozenset({"possible", "needed", "necessary", "required", "you", "we", "i", "they", "shown", "drawn",
                         "there", "fit", "will", "can", "before", "usual", "likes", "like"})
_WORD_FACTORS = {"twice": 2, "double": 2, "thrice": 3, "triple": 3, "half": Fraction(1, 2), None: 1}


def _stem(word: str) -> str:
    """A crude common stem of a noun's forms for finding its count ("lysosomes"/"lysosome",
    "mitochondria"/"mitochondrion", "nuclei"/"nucleus")."""
    w = word.lower()
    for suf in ("ia", "ion", "ei", "eus", "es", "s", "a", "um", "us", "i"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return w[:-len(suf)]
    return w


def relative_counts(text: str) -> str:
    """``text`` with each relative count rewritten as an absolute one (see the module); raises
    ``InputError`` naming a relative count nesy cannot resolve."""
    from ..errors import InputError
    from .words import number_rx, read_number
    out = text
    for m in _RX.finditer(text):
        if m.group("y").lower() in _NOT_A_NOUN:
            continue              # "as many cells as possible", "as many as you like"
        f = m.group("f")
        if m.group("n"):
            try:
                factor = read_number(m.group("n"))
            except InputError:
                continue          # "many times as many": no factor nesy can read; left to the grammar
        else:
            factor = _WORD_FACTORS[f.lower() if f else None]
        member = _member(m)
        end = m.end() if member else m.end("y")   # a noun's words after it are not the count's
        at = f"'{text[m.start():end]}' at {m.start()}-{end}"
        stem = _stem(m.group("x") if member else m.group("y"))
        base = [b for b in re.finditer(rf"(?i)(?<![\w.])({number_rx()})\s+(?:[a-z-]+\s+)?({re.escape(stem)}\w*)\b",
                                       text) if not (m.start() <= b.start() < end)]
        if member is not None and len(base) > 1:
            # the count said of that member: in the clause that names it ("the left one has 2 nuclei")
            said = [b for b in base if _owner(text, b.start()) == member]
            base = said if len(said) == 1 else base
        if len(base) != 1:
            raise InputError(f"{at} counts '{m.group('x')}' against the number of '{m.group('y')}', which the text "
                             f"{'does not give' if not base else 'gives more than once'}: give the number of "
                             f"{m.group('x')}")
        n = Fraction(read_number(base[0].group(1))) * Fraction(factor)
        if n.denominator != 1 or n < 1:
            raise InputError(f"{at} gives {n} {m.group('x')}, not a whole number: give the number")
        new = f"{int(n)} {m.group('x')}"
        if len(new) > end - m.start():
            continue
        out = out[:m.start()] + new.ljust(end - m.start()) + out[end:]
    return out


def _member(m: re.Match) -> str | None:
    """The place or order word of a member the relative count is taken against ("the left one": 'left'),
    or None when the other side is a noun."""
    if m.group("side"):
        return m.group("side").lower() if m.group("y").lower() in ("cell", "one") else None
    y = m.group("y").lower()
    return y if y in _MEMBER else None


def _owner(text: str, at: int) -> str | None:
    """The member a count at ``at`` is said of: the last place or order word before it in its sentence
    ("the first has 1 nucleus, the second 2 nuclei": 'second' for "2 nuclei")."""
    head = re.split(r"[.;!?]", text[:at])[-1]
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w-]*", head) if w.lower() in _MEMBER]
    return words[-1] if words else None
