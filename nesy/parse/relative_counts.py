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

A count may also be given by difference: "four mitochondria and one more lysosome than there are mitochondria"
(5 lysosomes), "two fewer ribosomes than lysosomes" ("less" too). And the counted noun may be left out when it
is the one just counted: "12 nuclei in the left half and twice as many in the right half" (24 nuclei in the
right half): the base is then the last count before it in its sentence, and the noun that count names.
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
# "one more lysosome than there are mitochondria", "two fewer ribosomes than lysosomes" (the number: ``_diff_rx``)
_DIFF = (r"\s+(?P<dir>more|fewer|less)\s+(?P<x>[^\W\d_][\w-]*)\s+than\s+(?:there\s+are\s+)?(?:the\s+)?"
         r"(?P<y>[^\W\d_][\w-]*)\b")
# "twice as many in the right half": no noun after "many"; the last count before it names what is counted
_ELIDED = re.compile(rf"(?i)\b{_FACTOR}\s*\bas\s+many(?:\s+(?P<x>[^\W\d_][\w-]*))??\b"
                     r"(?=\s*(?:$|[,.;:)]|(?:in|on|at|inside|within|around|near|along|across|per|for|towards?)\b))")
_FUNCTION = frozenset({"in", "on", "at", "inside", "within", "around", "near", "along", "across", "per", "for",
                       "toward", "towards", "and", "or", "of", "with", "each", "the", "a", "an", "to", "is", "are"})
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
        factor = _factor(m)
        if factor is None:
            continue              # "many times as many": no factor nesy can read; left to the grammar
        member = _member(m)
        end = m.end() if member else m.end("y")   # a noun's words after it are not the count's
        base = _base(text, m.group("x") if member else m.group("y"), m.start(), end, member)
        out = _put(out, text, m.start(), end, m.group("x"), m.group("y"), base, factor, 0)
    for m in re.finditer(rf"(?i)(?<![\w.])(?P<d>{number_rx()}){_DIFF}", text):
        if m.group("y").lower() in _NOT_A_NOUN:
            continue
        try:
            d = read_number(m.group("d"))
        except InputError:
            continue
        sign = 1 if m.group("dir").lower() == "more" else -1
        base = _base(text, m.group("y"), m.start(), m.end(), None)
        out = _put(out, text, m.start(), m.end(), m.group("x"), m.group("y"), base, 1, sign * d)
    for m in _ELIDED.finditer(text):
        factor = _factor(m)
        if factor is None:
            continue
        if m.group("x") and m.group("x").lower() in _FUNCTION:
            continue              # "as many in the right half" is read with x empty (the lazy group)
        head = re.split(r"[.;!?](?:\s|$)", text[:m.start()])[-1]
        prior = [p for p in re.finditer(rf"(?i)(?<![\w.])({number_rx()})\s+([^\W\d_][\w-]*)"
                                        rf"(?:\s+([^\W\d_][\w-]*))?", head)]
        at = f"'{text[m.start():m.end()]}' at {m.start()}-{m.end()}"
        if not prior:
            if m.group("f") or m.group("n"):
                raise InputError(f"{at} counts against a number the text does not give before it: give the count")
            continue
        last = prior[-1]
        # "12 nuclei in …" (the noun right after the number) or "12 bright nuclei" (one word before it)
        noun = last.group(3) if last.group(3) and last.group(3).lower() not in _FUNCTION else last.group(2)
        if m.group("x") and _stem(m.group("x")) != _stem(noun):
            continue              # "twice as many mitochondria in …" after "3 nuclei": not the counted noun
        out = _put(out, text, m.start(), m.end(), m.group("x") or noun, noun, [last], factor, 0)
    return out


def _factor(m: re.Match) -> Fraction | int | None:
    """The factor of "<factor> as many": 2 for "twice", 3 for "three times", 1 for none; None when it cannot
    be read ("many times")."""
    from ..errors import InputError
    from .words import read_number
    if m.group("n"):
        try:
            return read_number(m.group("n"))
        except InputError:
            return None
    f = m.group("f")
    return _WORD_FACTORS[f.lower() if f else None]


def _base(text: str, noun: str, start: int, end: int, member: str | None) -> list[re.Match]:
    """The counts of ``noun`` the text states outside ``start``-``end`` ("3 lysosomes", "three lysosomes"),
    narrowed to the one said of ``member`` where there are several."""
    from .words import number_rx
    stem = _stem(noun)
    base = [b for b in re.finditer(rf"(?i)(?<![\w.])({number_rx()})\s+(?:[a-z-]+\s+)?({re.escape(stem)}\w*)\b",
                                   text) if not (start <= b.start() < end)]
    if member is not None and len(base) > 1:
        # the count said of that member: in the clause that names it ("the left one has 2 nuclei")
        said = [b for b in base if _owner(text, b.start()) == member]
        base = said if len(said) == 1 else base
    return base


def _put(out: str, text: str, start: int, end: int, x: str, y: str, base: list[re.Match],
         factor: Fraction | int, add: Fraction | int) -> str:
    """``out`` with ``text[start:end]`` rewritten as "<n> <x>", n = factor × (the one base count) + add, padded
    to the same length; refused (``InputError``) when the base is not stated exactly once or n is no count."""
    from ..errors import InputError
    from .words import read_number
    start += len(text[start:end]) - len(text[start:end].lstrip())   # " as many …" with no factor: the word only
    at = f"'{text[start:end]}' at {start}-{end}"
    if len(base) != 1:
        raise InputError(f"{at} counts '{x}' against the number of '{y}', which the text "
                         f"{'does not give' if not base else 'gives more than once'}: give the number of {x}")
    n = Fraction(read_number(base[0].group(1))) * Fraction(factor) + Fraction(add)
    if n.denominator != 1 or n < 1:
        raise InputError(f"{at} gives {n} {x}, not a whole number of at least one: give the number")
    new = f"{int(n)} {x}"
    if len(new) > end - start:
        # "… and as many in the right half": the coordinator before it becomes the comma of a list, so that the
        # count fits in the same characters ("…, 12 nuclei in the right half")
        co = re.search(r"(?:\s*,\s*|\s+and\s+)$", text[:start])
        if co is not None and len(new) + 2 <= end - co.start():
            start, new = co.start(), ", " + new
    if len(new) > end - start:
        raise InputError(f"{at} gives {int(n)} {x}, which nesy cannot write in its place: give the number")
    return out[:start] + new.ljust(end - start) + out[end:]


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
