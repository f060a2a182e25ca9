"""Word tables, phrase patterns and the one reader of numbers and counts that every science uses.

The notation-heavy parsers (crystal, astronomy, geometry, mechanics, circuits, …) match grammar
phrases with regexes over the raw text; the region grammar (cells, sets) and microscopy tag spaCy
tokens. All of them read a number the same way, here:

- ``number_rx`` / ``count_rx`` are regex fragments that match a *whole* numeric expression greedily
  ("1,000", "2.5", "-3", "6/2", "10^9", "1.5×10^8", "٥", "Ⅳ", "½", "twenty-five", "three hundred and
  five", "three-dozen", "a million"), so no part of it is ever read alone;
- ``scan_numbers`` finds every such expression in a text, with its character offsets;
- ``read_number`` gives its exact value (a ``Fraction``); ``read_count`` and ``read_quantity`` check
  it for its role and raise ``InputError`` quoting the phrase and its offsets: a count must be a whole
  number from 1 to a drawable maximum, a quantity finite and of a drawable magnitude;
- ``z3_real`` hands a value to Z3 as an exact rational, never as a float string.

Unicode digits (any ``Nd`` character: "٥", "５") are read explicitly with ``unicodedata.decimal``;
Unicode Roman numerals ("Ⅳ"), vulgar fractions ("½") and superscript exponents ("10⁹") by their
Unicode values. ASCII Roman numerals ("IV") are a count only in ``count_rx(roman=True)`` and where a
parser sees a noun right after them.
"""
from __future__ import annotations

import functools
import math
import re
import unicodedata
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from ..errors import InputError
from ..resources import load_yaml

__all__ = ["surd_rx", "surd_value", "common_words", "phrase_rx", "norm", "alternation", "number_words_rx", "number_rx", "number_value",
           "count_rx", "Number", "scan_numbers", "read_number", "numeral", "read_count", "read_quantity", "count_words",
           "z3_real", "exact", "MAX_COUNT", "MAX_ENTITIES", "MAX_MAGNITUDE"]

MAX_COUNT = 400          # most entities of one kind nesy will draw from one phrase
MAX_ENTITIES = 2000      # most entities one text may ask for in all (the scene schema's limit)
MAX_MAGNITUDE = 10 ** 12  # largest |value| of a quantity, in the unit the text gives it


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
# numbers: one grammar of numeric expressions, one reader

_UNIT_WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
               "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
               "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TEN_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
              "ninety": 90}
_SCALES = {"thousand": 10 ** 3, "million": 10 ** 6, "billion": 10 ** 9, "trillion": 10 ** 12}
_SUPER = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER_TR = str.maketrans(_SUPER + "⁻⁺", "0123456789-+")
_VULGAR = "¼½¾⅐⅑⅒⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
_ROMAN_U = "\u2160-\u2188"
_SEP = r"[\s\-]+"
_DIGIT_WORDS = "zero|oh|one|two|three|four|five|six|seven|eight|nine"
_DIGIT_VALUE = {"oh": 0, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9}


def _alt_words(ws) -> str:
    return "|".join(re.escape(w) for w in sorted(ws, key=lambda w: (-len(w), w)))


# fractions in words: a denominator after a numerator word ("a quarter", "three quarters", "one third")
_DENOMS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
           "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8,
           "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10}
_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9}
_LETTER_AFTER = r"(?![^\W\d_])(?!-[^\W\d_])"     # a whole word, and not the head of "half-wave"


def _proper_fractions_rx(plural_only: bool = False) -> str:
    """Proper fractions in words, a numerator word below its denominator: "three quarters", "two thirds"
    and (unless ``plural_only``) "a half", "one third", "an eighth"; never "two halves", "four quarters"."""
    one = _alt_words([n for n, v in _NUMERATORS.items() if v == 1])
    alts = [] if plural_only else [rf"(?:{one}){_SEP}(?:{_alt_words([p for p in _DENOMS if not p.endswith('s')])})"]
    for d in sorted(set(_DENOMS.values())):
        nums = [n for n, v in _NUMERATORS.items() if 2 <= v < d]
        dens = [p for p, v in _DENOMS.items() if v == d and p.endswith("s")]
        if nums and dens:
            alts.append(rf"(?:{_alt_words(nums)}){_SEP}(?:{_alt_words(dens)})")
    return rf"(?:{'|'.join(alts)}){_LETTER_AFTER}"


def _fraction_words_rx() -> str:
    """A fraction in words: a numerator word and a denominator ("a half", "three quarters", "one third")."""
    return _proper_fractions_rx()


@functools.lru_cache(maxsize=1)
def number_words_rx() -> str:
    """A regex fragment (no groups, case-insensitive) for a cardinal written in words, matched whole:
    "seven", "twenty-five", "twenty five", "two hundred and five", "a hundred", "three thousand",
    "a million", "a dozen", "three-dozen", "half a dozen". A run such as "five twenty" also matches
    as one expression, so that it is refused as a whole (``read_number``) rather than read in parts.

    Fractions and mixed numbers in words are numbers too, matched only where they cannot be an
    ordinal or a noun: "one and a half", "two and three quarters" (a cardinal, "and", a fraction);
    "half a" / "half an" before a word ("half a metre" is 1/2 of a metre, so the unit comes right
    after the number); a fraction before "of" ("three quarters of a kilogram", "a third of an AU":
    "of a" / "of an" is part of the number, so again the unit follows it). "a third planet", "the
    fourth vertex" and "half of the cells" are no numbers."""
    small = _alt_words(list(_UNIT_WORDS) + list(_TEN_WORDS))
    scale = _alt_words(list(_SCALES) + ["hundred"])
    frac = _fraction_words_rx()
    # "a dozen and a half": a dozen and half a dozen (18), not 12.5
    word = (rf"(?:(?:{scale})(?:{_SEP}and(?={_SEP}(?:{small})(?![^\W\d_])))?|{small}|"
            rf"dozen(?:{_SEP}and{_SEP}a{_SEP}half(?![^\W\d_]))?|dozens|baker['’]s{_SEP}dozen)")
    # ("a baker's dozen": thirteen, OED s.v. baker's dozen)
    lead = rf"(?:(?:half{_SEP})?an?{_SEP}(?=(?:{scale}|dozen|baker['’]s)(?![^\W\d_])))?"
    mixed = rf"(?:{_SEP}and{_SEP}{frac})?"
    of_a = rf"(?:{_SEP}of{_SEP}an?(?={_SEP}[^\W\d_]))?"
    part = rf"(?:{frac}(?={_SEP}of(?![^\W\d_])){of_a})"                     # "three quarters of a"
    # a proper fraction with a plural denominator is no ordinal, before any word: "three quarters kg",
    # "two-thirds full" ("two halves", "four quarters" are things counted, not fractions)
    # never the second number of a list "one and three quarters": that is one mixed number (a list reader that
    # tries "one" and then "and" must find no number after it)
    not_mixed = "".join(rf"(?<!{w} and )" for w in list(_UNIT_WORDS) + list(_TEN_WORDS) + ["hundred", "thousand"])
    part = rf"(?:(?<!\d and ){not_mixed}(?:{part}|{_proper_fractions_rx(plural_only=True)}))"
    half_a = rf"(?:half{_SEP}an?(?={_SEP}(?!(?:{scale}|dozen)(?![^\W\d_]))[^\W\d_]))"   # "half a metre"
    # a decimal read aloud: "five point four three", "zero point seven five" (one digit word after "point" each)
    point = rf"{_SEP}point(?:{_SEP}(?:{_DIGIT_WORDS}))+(?![^\W\d_])"
    main = rf"(?:{lead}{word}(?:{_SEP}{word})*(?:{point}|{mixed}))"
    # "a score of nuclei", "four score": twenty each (OED s.v. score, n. 12); never "score" alone ("the score")
    score = rf"(?:(?:an?|{small}){_SEP}score(?![^\W\d_]))"
    return rf"(?i:(?<![^\W\d_])(?:{score}|{part}|{half_a}|{main})(?![^\W\d_]))"


# a decimal comma, as much of Europe writes it ("4,05 Å", "2,5 cm", "1,5 million km"): one comma with one, two
# or four and more digits after it (three are a thousands separator, "1,500 km"), right before a unit or scale
# word (not "and", "or", "to" … : "angles 40,60 and 80" is a list), and not one number of a list written without spaces ("3,4,5 cm": neither "3,4" nor "4,5")
_DECIMAL_CORE = r"\d+,(?:\d{1,2}|\d{4,})"
_DECIMAL_COMMA = (rf"(?<!\d,){_DECIMAL_CORE}(?![\d,.])"
                  r"(?=\s?(?!(?i:and|or|to|by|of|in|on|at|for|x|then|but)\b)(?:[^\W\d_]|[°µμΩ%′″'\"]))")


def _digits_rx() -> str:
    """Digits: an integer (thousands separators "1,000" / "1_000"), a decimal, a vulgar fraction
    ("2½", "½"), an exponent ("1e9", "10^9", "10**9", "1.5×10^8", "10⁹") and a scale word
    ("3 million", "two dozen" is a word number)."""
    intp = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:_\d+)+|\d+"
    mant = rf"(?:{_DECIMAL_COMMA}|(?:{intp})(?:\.\d+|\.(?=\s+(?-i:[a-z])))?[{_VULGAR}]?|\.\d+|[{_VULGAR}])"
    exp = r"(?:[eE][-+−]?\d+(?![\w]))"
    power = (rf"(?:\s*[×xX*·⋅]\s*10\s*(?:\^|\*\*)\s*[-+−]?\d+|\s*[×·⋅]\s*10[⁻⁺]?[{_SUPER}]+"
             rf"|\s*(?:\^|\*\*)\s*[-+−]?\d+|[⁻⁺]?[{_SUPER}]+)")
    scale = rf"(?:{_SEP}(?i:{_alt_words(list(_SCALES) + ['hundred', 'dozen'])})(?![^\W\d_]))"
    one = rf"(?:{mant}{exp}?{power}?{scale}?)"
    # a mixed number: "2 1/2", "2 and a half", "1 and three quarters" (the fraction proper: checked when read)
    mixed = (rf"(?:\d+[ \u00a0]\d{{1,2}}[/⁄]\d{{1,2}}(?![\d/⁄.,])|"
             rf"\d+{_SEP}and{_SEP}{_fraction_words_rx()})")
    return rf"(?:{mixed}|{one}(?:\s*[/⁄]\s*{one})?)"


def number_rx(signed: bool = False, words: bool = True) -> str:
    """A regex fragment (no groups) for one whole number expression: digits in any of the forms of
    ``_digits_rx`` (optionally signed), a Unicode Roman numeral ("Ⅳ"), "∞", a lone superscript, or
    (``words``) a cardinal in words (``number_words_rx``)."""
    # a sign is written against its digit ("-3"): "- 3" is a bullet or a dash between words, no minus
    sign = r"(?:(?<![\w.])[-−–+](?=\d|\.\d|∞))?" if signed else ""
    w = f"|{number_words_rx()}" if words else ""
    return rf"(?:{sign}(?:{_digits_rx()}|∞)|[{_ROMAN_U}]+|[{_SUPER}]+{w})"


_ROMAN_ASCII = r"(?<![\w])(?=[MDCLXVI]{2,}(?![\w]))M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?![\w])"


def count_rx(roman: bool = False) -> str:
    """A regex fragment (no groups) for a count in front of a noun: one number expression, signed so
    that "-3" is read (and refused) whole, or in parentheses "(3)"; several in a row ("3 three")
    match as one run, refused as an ambiguous count by ``read_count``. ``roman``: also "IV", "XII"
    (two letters or more, upper case)."""
    n = number_rx(signed=True) + (rf"|{_ROMAN_ASCII}" if roman else "")
    one = rf"(?:\(\s*(?:{n})\s*\)|(?:{n}))"
    return rf"(?:{one}(?:\s+{one})*)"


@functools.lru_cache(maxsize=8)
def _compiled(kind: str) -> re.Pattern:
    # a number starts a word: "x3" and "R1" hold none
    if kind == "number":
        return re.compile(rf"(?<![\w.])(?:{number_rx(signed=True)})")
    if kind == "roman":
        return re.compile(rf"(?<![\w.])(?:{number_rx(signed=True)}|{_ROMAN_ASCII})")
    raise KeyError(kind)


@dataclass(frozen=True)
class Number:
    """One numeric expression in a text: its characters, offsets and exact value.

    ``value`` is ``None`` when the expression has no finite value; ``problem`` then says why
    ("divides by zero", "is infinite", "is not a well-formed number")."""
    text: str
    start: int
    end: int
    value: Fraction | None
    form: str = "digits"       # digits | words | roman | superscript
    problem: str = ""

    def where(self) -> str:
        return f"{_quote(self.text)} at {self.start}-{self.end}"


def _quote(s: str) -> str:
    """A phrase in quotes, shortened in the middle when long (a 300-digit number)."""
    s = s.strip()
    return f"'{s}'" if len(s) <= 40 else f"'{s[:24]}…{s[-8:]}' ({len(s)} characters)"


def scan_numbers(text: str, *, roman: bool = False, start: int = 0, end: int | None = None) -> list[Number]:
    """Every numeric expression in ``text[start:end]``, left to right, each matched whole (greedy)."""
    rx = _compiled("roman" if roman else "number")
    out = []
    for m in rx.finditer(text, start, len(text) if end is None else end):
        if m.group(0).strip():
            out.append(_number(m.group(0), m.start()))
    return out


def _dec(s: str) -> int:
    """An integer written in any script's decimal digits (and "_" / "," separators)."""
    digits = [unicodedata.decimal(ch) for ch in s if ch not in ",_"]
    if len(digits) > 400:
        raise OverflowError(s[:20] + "…")
    return int("".join(map(str, digits))) if digits else 0


def _roman_value(s: str) -> int | None:
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    s = unicodedata.normalize("NFKC", s).upper()
    if not s or any(ch not in vals for ch in s):
        return None
    if not re.fullmatch(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})", s):
        return None
    total = 0
    for a, b in zip(s, s[1:] + " "):
        total += -vals[a] if b != " " and vals[b] > vals[a] else vals[a]
    return total


def _below100(ws: list[str], i: int) -> tuple[int, int] | None:
    if i < len(ws) and ws[i] in _UNIT_WORDS and ws[i] != "zero":
        return _UNIT_WORDS[ws[i]], i + 1
    if i < len(ws) and ws[i] in _TEN_WORDS:
        v = _TEN_WORDS[ws[i]]
        if i + 1 < len(ws) and ws[i + 1] in _UNIT_WORDS and 0 < _UNIT_WORDS[ws[i + 1]] < 10:
            return v + _UNIT_WORDS[ws[i + 1]], i + 2
        return v, i + 1
    return None


def _below1000(ws: list[str], i: int) -> tuple[int, int] | None:
    v = 0
    if i + 1 < len(ws) and ws[i] in _UNIT_WORDS and 0 < _UNIT_WORDS[ws[i]] < 10 and ws[i + 1] == "hundred":
        v, i = _UNIT_WORDS[ws[i]] * 100, i + 2
    elif i < len(ws) and ws[i] == "hundred":
        v, i = 100, i + 1
    else:
        return _below100(ws, i)
    if i < len(ws) and ws[i] == "and":
        r = _below100(ws, i + 1)
        return None if r is None else (v + r[0], r[1])
    r = _below100(ws, i)
    return (v + r[0], r[1]) if r is not None else (v, i)


def _cardinal(ws: list[str]) -> int | None:
    """The value of a cardinal in words (lower case, split on spaces/hyphens), or None if malformed."""
    if ws == ["zero"]:
        return 0
    total, i, last_scale = 0, 0, None
    while i < len(ws):
        if ws[i] in _SCALES and i == 0:
            r: tuple[int, int] | None = (1, 0)
        else:
            r = _below1000(ws, i)
        if r is None:
            return None
        v, i = r
        if i < len(ws) and ws[i] in _SCALES:
            sc = _SCALES[ws[i]]
            if last_scale is not None and sc >= last_scale:
                return None
            total, last_scale, i = total + v * sc, sc, i + 1
            if i < len(ws) and ws[i] == "and":
                i += 1
                if i == len(ws):
                    return None
            continue
        if i < len(ws):
            return None
        return total + v
    return total


def _fraction_value(ws: list[str]) -> Fraction | None:
    """"a half", "three quarters", "one third" as an exact fraction, or None (also for "two halves")."""
    if len(ws) == 2 and ws[0] in _NUMERATORS and ws[1] in _DENOMS and _NUMERATORS[ws[0]] < _DENOMS[ws[1]]:
        return Fraction(_NUMERATORS[ws[0]], _DENOMS[ws[1]])
    return None


def _words_value(s: str) -> int | Fraction | None:
    ws = [w for w in re.split(_SEP, s.lower().strip()) if w]
    if not ws:
        return None
    if "point" in ws:                              # "five point four three" = 5.43
        i = ws.index("point")
        whole = _words_value(" ".join(ws[:i])) if i else None
        digits = ws[i + 1:]
        if whole is None or not digits or any(d not in _DIGIT_VALUE for d in digits):
            return None
        return whole + Fraction(int("".join(str(_DIGIT_VALUE[d]) for d in digits)), 10 ** len(digits))
    if len(ws) > 2 and ws[-2] == "of" and ws[-1] in ("a", "an"):
        return _fraction_value(ws[:-2])            # "three quarters of a" (kilogram)
    if len(ws) == 2 and ws[0] == "half" and ws[1] in ("a", "an"):
        return Fraction(1, 2)                      # "half a" (metre)
    if len(ws) == 3 and ws[:2] == ["half", "a"] and ws[2] in _SCALES:
        return Fraction(_SCALES[ws[2]], 2)         # "half a million"
    if len(ws) >= 4 and ws[-3] == "and" and ws[-1] in _DENOMS and ws[-4] != "dozen":
        f = _fraction_value(ws[-2:])               # "one and a half", "two and three quarters"
        whole = _words_value(" ".join(ws[:-3])) if f is not None else None
        return None if whole is None or f >= 1 else whole + f
    if _fraction_value(ws) is not None:
        return _fraction_value(ws)
    if ws[-4:] == ["dozen", "and", "a", "half"]:
        v = _words_value(" ".join(ws[:-3]))      # "a dozen and a half", "two dozen and a half"
        return None if v is None else v + 6
    if ws[-1] == "score" and len(ws) == 2:
        v = 1 if ws[0] in ("a", "an") else _cardinal(ws[:1])
        return None if v is None else v * 20        # "a score" = 20, "four score" = 80 (OED)
    if ws[-1] in ("dozen", "dozens"):
        if ws[-1] == "dozens":
            return None
        head = ws[:-1]
        if head in (["a", "baker's"], ["a", "baker’s"], ["baker's"], ["baker’s"]):
            return 13                              # a baker's dozen (OED)
        if head in ([], ["a"], ["an"]):
            return 12
        if head == ["half", "a"]:
            return 6
        v = _cardinal(head)
        return None if v is None else v * 12
    if ws[0] in ("a", "an"):
        ws = ws[1:]
        if not ws or ws[0] not in _SCALES and ws[0] != "hundred":
            return None
    return _cardinal(ws)


def _split_words(body: str) -> list[str]:
    """A malformed run of number words as the longest well-formed numbers it is made of, left to right
    ("twenty-five five" → ["twenty-five", "five"]), or [] when it is not made of them."""
    toks = [m for m in re.finditer(r"[^\s\-]+", body)]
    out, i = [], 0
    while i < len(toks):
        for j in range(len(toks), i, -1):
            piece = body[toks[i].start():toks[j - 1].end()]
            if _words_value(piece) is not None:
                out.append(piece)
                i = j
                break
        else:
            return []
    return out if len(out) > 1 else []


def _digits_value(s: str) -> Fraction:
    """The exact value of one digits expression without a sign or "/" (see ``_digits_rx``)."""
    s = s.strip()
    scale = 1
    m = re.search(rf"{_SEP}([A-Za-z]+)$", s)
    if m:
        scale = 12 if m.group(1).lower() == "dozen" else (_SCALES.get(m.group(1).lower()) or 100)
        s = s[:m.start()]
    # exponent forms: "1.5×10^8", "10^9", "10**9", "10⁹", "1e9"
    base, power = s, None
    m = re.fullmatch(rf"(.+?)\s*[×xX*·⋅]\s*10\s*(?:\^|\*\*)\s*([-+−]?\d+)", s) or \
        re.fullmatch(rf"(.+?)\s*[×·⋅]\s*10([⁻⁺]?[{_SUPER}]+)", s)
    if m:
        base, power, ten = m.group(1), m.group(2), True
    else:
        m = re.fullmatch(rf"(.+?)\s*(?:\^|\*\*)\s*([-+−]?\d+)", s) or re.fullmatch(rf"(.+?)([⁻⁺]?[{_SUPER}]+)", s)
        ten = False
        if m:
            base, power = m.group(1), m.group(2)
    b = _mantissa(base)
    if power is not None:
        p = int(_dec(power.translate(_SUPER_TR).replace("−", "-").lstrip("+-")))
        if abs(p) > 400:
            raise OverflowError(s)
        p = -p if power.translate(_SUPER_TR).replace("−", "-").startswith("-") else p
        if ten:
            b = b * Fraction(10) ** p
        else:
            if b == 0 and p < 0:
                raise ZeroDivisionError(s)
            if b.denominator == 1 and abs(b.numerator) > 1 and abs(p) * math.log10(abs(b.numerator)) > 400:
                raise OverflowError(s)
            b = b ** p
    return b * scale


def _mantissa(s: str) -> Fraction:
    if re.fullmatch(_DECIMAL_CORE, s):
        s = s.replace(",", ".")        # "4,05": a decimal comma (see ``_DECIMAL_COMMA``)
    m = re.fullmatch(rf"(\d[\d,_]*)?(?:\.(\d*))?([{_VULGAR}])?(?:[eE]([-+−]?\d+))?", s)
    if not m or not (m.group(1) or m.group(2) or m.group(3)):
        raise ValueError(s)
    v = Fraction(_dec(m.group(1) or "0"))
    if m.group(2):
        v += Fraction(_dec(m.group(2)), 10 ** len(m.group(2)))
    if m.group(3):
        v += Fraction(unicodedata.numeric(m.group(3))).limit_denominator(10)
    if m.group(4):
        e = _dec(m.group(4).replace("−", "-").lstrip("+-"))
        if e > 400:
            raise OverflowError(s)
        v *= Fraction(10) ** (-e if m.group(4)[0] in "-−" else e)
    return v


def _number(s: str, start: int) -> Number:
    """Read one matched expression (see ``number_rx``) into a ``Number`` (never raises)."""
    end = start + len(s)
    body = s.strip()
    neg = False
    if body[:1] in "-−–+":
        neg = body[0] != "+"
        body = body[1:].strip()
    if body.startswith("(") and body.endswith(")"):
        body = body[1:-1].strip()
    if body == "∞":
        return Number(s, start, end, None, "digits", "is infinite")
    if re.fullmatch(rf"[{_ROMAN_U}]+|[MDCLXVI]+", body):
        v = _roman_value(body)
        return Number(s, start, end, None if v is None else Fraction(-v if neg else v), "roman",
                      "" if v is not None else "is not a well-formed Roman numeral")
    if re.fullmatch(rf"[{_SUPER}]+", body):
        return Number(s, start, end, None, "superscript", "is a superscript with no number before it")
    if re.match(r"[A-Za-z]", body):
        v = _words_value(body)
        if v is None:
            parts = _split_words(body)
            why = (f"gives {len(parts)} numbers in a row ({', '.join(repr(p) for p in parts)}); write the count once"
                   if parts else "is not one well-formed number")
            return Number(s, start, end, None, "words", why)
        return Number(s, start, end, Fraction(-v if neg else v), "words")
    m = re.fullmatch(rf"(\d+)(?:\s+(\d+)[/⁄](\d+)|{_SEP}and{_SEP}(.+))", body)
    if m:                                          # a mixed number: "2 1/2", "2 and a half"
        f = (Fraction(int(m.group(2)), int(m.group(3))) if m.group(2) and int(m.group(3))
             else _fraction_value([w for w in re.split(_SEP, (m.group(4) or "").lower()) if w]))
        if f is None or not 0 < f < 1:
            return Number(s, start, end, None, "digits", "is not a well-formed mixed number")
        v = _dec(m.group(1)) + f
        return Number(s, start, end, -v if neg else v, "digits")
    parts = re.split(r"\s*[/⁄]\s*", body)
    try:
        vals = [_digits_value(p) for p in parts]
    except ZeroDivisionError:
        return Number(s, start, end, None, "digits", "divides by zero")
    except OverflowError:
        return Number(s, start, end, None, "digits", "is too large to be a number nesy can draw")
    except (ValueError, TypeError):
        return Number(s, start, end, None, "digits", "is not a well-formed number")
    v = vals[0]
    if len(vals) == 2:
        if vals[1] == 0:
            return Number(s, start, end, None, "digits", "divides by zero")
        v = v / vals[1]
    return Number(s, start, end, -v if neg else v, "digits")


def _scan_alone(s: str, roman: bool = False) -> list[Number]:
    """The numbers of ``s``, a number a science's reader cut out of the text: a fraction in words that is
    a number only before its noun ("half a" metre, "three quarters of a" kilogram) is read alone too."""
    nums = scan_numbers(s, roman=roman)
    body = s.strip()
    if (len(nums) != 1 or nums[0].text.strip() != body) and re.fullmatch(r"[^\W\d_]+(?:[\s\-]+[^\W\d_]+)+", body):
        v = _words_value(body)
        if v is not None:
            a = len(s) - len(s.lstrip())
            return [Number(body, a, a + len(body), Fraction(v), "words")]
    return nums


def read_number(text: str, start: int = 0) -> Fraction:
    """The exact value of ``text``, which must be one whole number expression ("6/2", "1,000",
    "twenty-five", "1.5×10^8"). Raises ``InputError`` quoting it (offsets from ``start``) when it is
    not exactly one number or has no finite value."""
    s = str(text)
    body = s.strip()
    if re.fullmatch(_DECIMAL_CORE, body):
        return _mantissa(body)         # "4,05" cut out of "4,05 Å" by a science's reader: a decimal comma
    nums = _scan_alone(s)
    if len(nums) != 1 or nums[0].text.strip() != body:
        raise InputError(f"{_quote(s)} at {start}-{start + len(s)} is not one number")
    n = nums[0]
    if n.value is None:
        raise InputError(f"{_quote(s)} at {start}-{start + len(s)} {n.problem}")
    return n.value


def numeral(text: str) -> str:
    """A number as a figure's label writes it: in numerals, whatever words the text used ("one hundred
    and fifty" → "150", "three quarters of a" → "0.75", "one and a half" → "1.5", "2 1/2" → "2.5",
    "one third" → "1/3"); a number written in digits stays as written ("2.50", "1.5×10^8", "3 million").
    Raises ``InputError`` when ``text`` is not one number."""
    body = str(text).strip()
    if not re.match(r"[^\W\d_]", body) and not re.fullmatch(rf"[-−–+]?\d+(?:\s+\d+[/⁄]\d+|{_SEP}and{_SEP}.+)", body):
        return body
    v = read_number(body)
    sign, v = ("-" if v < 0 else ""), abs(v)
    if v.denominator == 1:
        return f"{sign}{v.numerator}"
    d, twos, fives = v.denominator, 0, 0
    while d % 2 == 0:
        d, twos = d // 2, twos + 1
    while d % 5 == 0:
        d, fives = d // 5, fives + 1
    if d != 1:
        return f"{sign}{v.numerator}/{v.denominator}"          # no finite decimal: "1/3"
    places = max(twos, fives)
    return sign + _decimal(v, places)                            # "0.75", "1.5"


def _decimal(v: Fraction, places: int) -> str:
    digits = str(v.numerator * 10 ** places // v.denominator).rjust(places + 1, "0")
    return (digits[:-places] + "." + digits[-places:]).rstrip("0").rstrip(".")


def number_value(text: str) -> float:
    """The value of a number matched by ``number_rx``, as a float: "20", "−3.5", "twenty-five", "6/2".
    (Use ``read_number`` for the exact value.) Raises ``InputError`` (a ``ValueError``) for a number
    with no finite value."""
    return float(read_number(text))


@functools.lru_cache(maxsize=1)
def count_words() -> dict[str, int]:
    """Count phrases of the common grammar that are not numbers: "a", "single", "both", "a pair of",
    "several", "no" … → their count (lower case, single spaces)."""
    c = load_yaml("grammars", "common/grammar.yaml")
    return {norm(k): int(v) for k, v in c.get("numbers", {}).items()}


_NONE_MSG = ("asks for none: nesy draws what is there, so leave out what is absent (count must be at "
             "least 1)")


def read_count(phrase: str | Number, start: int = 0, *, what: str = "", maximum: int = MAX_COUNT,
               minimum: int = 1, roman: bool = True) -> int:
    """The count a phrase in count position asks for ("3", "twenty-five", "three-dozen", "(3)",
    "Ⅳ", "a", "both"), checked: a whole number from ``minimum`` to ``maximum``. ``start`` is the
    phrase's offset in the user's text. Raises ``InputError`` quoting the phrase and its offsets for a
    negative, zero, fractional, infinite, undefined ("3/0") or too large count, and for several
    numbers in a row ("3 three": an ambiguous count)."""
    if isinstance(phrase, Number):
        nums, s, start = [phrase], phrase.text, phrase.start
    else:
        s = str(phrase)
        key = norm(s)
        key = "single" if key in ("a single", "one single") else key
        if key in count_words() and not re.fullmatch(number_words_rx(), s.strip()):
            nums = [Number(s, start, start + len(s), Fraction(count_words()[key]), "words")]
        else:
            nums = _scan_alone(s, roman=roman)
            nums = [Number(n.text, start + n.start, start + n.end, n.value, n.form, n.problem) for n in nums]
    at = f"{_quote(s)} at {start}-{start + len(s)}"
    kind = f" of {what}" if what else ""
    if not nums:
        raise InputError(f"{at} is not a count{kind}")
    if len(nums) > 1:
        raise InputError(f"{at} gives {len(nums)} numbers in a row for one count{kind} "
                         f"({', '.join(repr(n.text) for n in nums)}); write the count once")
    n = nums[0]
    if n.value is None:
        raise InputError(f"{at} is not a count{kind}: it {n.problem}")
    v = n.value
    if v < 0:
        raise InputError(f"{at} is a negative count{kind}: a count is a whole number of at least {max(minimum, 1)}")
    if v.denominator != 1:
        raise InputError(f"{at} is not a whole number: a count{kind} must be a whole number")
    if v < minimum:
        if v == 0:
            raise InputError(f"{at} {_NONE_MSG}")
        raise InputError(f"{at} asks for {v}{kind}; at least {minimum} are needed")
    if v > maximum:
        shown = v if v < 10 ** 15 else f"of {len(str(v))} digits"
        raise InputError(f"count {shown}{kind} at {start}-{start + len(s)} ({_quote(s)}) exceeds the drawable "
                         f"maximum of {maximum}")
    return int(v)


def read_quantity(phrase: str | Number, start: int = 0, *, what: str = "value", unit: str = "",
                  positive: bool = False, nonnegative: bool = False, max_abs: float | int = MAX_MAGNITUDE,
                  min_abs: float | int | Fraction | None = None) -> Fraction:
    """The exact value of a quantity's number (``phrase`` is the number only, at offset ``start``),
    checked: finite, ``|x| ≤ max_abs`` in the text's ``unit``, ``> 0`` when ``positive``, ``≥ 0`` when
    ``nonnegative``, and ``|x| ≥ min_abs`` unless zero. Raises ``InputError`` quoting the phrase."""
    if isinstance(phrase, Number):
        n = phrase
    else:
        s = str(phrase)
        nums = _scan_alone(s)
        if re.fullmatch(_DECIMAL_CORE, s.strip()):     # "4,05" cut out of "4,05 Å": a decimal comma
            a = len(s) - len(s.lstrip())
            nums = [Number(s.strip(), a, a + len(s.strip()), _mantissa(s.strip()), "digits")]
        if len(nums) != 1 or nums[0].text.strip() != s.strip():
            raise InputError(f"{_quote(s)} at {start}-{start + len(s)} is not one number for the {what}")
        n0 = nums[0]
        n = Number(n0.text, start + n0.start, start + n0.end, n0.value, n0.form, n0.problem)
    u = f" {unit}" if unit else ""
    if n.value is None:
        raise InputError(f"the {what} {n.where()} {n.problem}")
    v = n.value
    if abs(v) > max_abs:
        raise InputError(f"the {what} {n.where()} is too large to draw: |{what}| must be at most "
                         f"{_fmt(max_abs)}{u}")
    if positive and v <= 0:
        raise InputError(f"the {what} {n.where()} must be positive")
    if nonnegative and v < 0:
        raise InputError(f"the {what} {n.where()} must not be negative")
    if min_abs is not None and v != 0 and abs(v) < Fraction(min_abs):
        raise InputError(f"the {what} {n.where()} is too small to draw: it must be at least "
                         f"{_fmt(min_abs)}{u}")
    return v


def _fmt(x: Any) -> str:
    f = float(x)
    return f"{f:g}" if f != int(f) or abs(f) >= 1e7 else f"{int(f)}"


def exact(x: Any) -> Fraction:
    """``x`` (int, Fraction, float, Decimal or a number string) as an exact ``Fraction``; a float
    by its shortest decimal ("0.1" → 1/10). Raises ``ValueError`` for a non-finite value."""
    if isinstance(x, Fraction):
        return x
    if isinstance(x, bool):
        return Fraction(int(x))
    if isinstance(x, int):
        return Fraction(x)
    if isinstance(x, float):
        if not math.isfinite(x):
            raise ValueError(f"not a finite number: {x!r}")
        return Fraction(repr(x))
    if isinstance(x, str):
        return read_number(x)
    f = float(x)  # numpy scalars, Decimal
    if not math.isfinite(f):
        raise ValueError(f"not a finite number: {x!r}")
    return Fraction(str(x)) if not hasattr(x, "item") else Fraction(repr(float(x)))


def z3_real(x: Any, ctx: Any = None):
    """``x`` as a Z3 real numeral of its exact rational value ("p/q"), never a float string."""
    import z3
    return z3.RealVal(str(exact(x)), ctx)


# a hedge or a stress before a stated quantity ("exactly 1 year", "about 4 AU", "~0.3", "roughly 12"): it qualifies
# the value and never hides it; read with the value by the quantity patterns that place ``hedge_rx()`` before it
_HEDGES = (r"exactly", r"precisely", r"just", r"about", r"around", r"approximately", r"approx\.?", r"roughly",
           r"nearly", r"almost", r"some", r"circa", r"ca\.", r"close\s+to", r"of\s+order", r"on\s+the\s+order\s+of")


def hedge_rx() -> str:
    """A regex fragment (no groups) for an optional hedge and the space after it, before a number."""
    return r"(?:(?:(?<![\w-])(?:" + "|".join(_HEDGES) + r")(?![\w-])|[~≈∼]|≃)\s*)?"


# a square-root factor right after a number: "3√3", "3 √3", "3·√3", "3√(3)", "3 sqrt 3", "3 root 3", "3 times the
# square root of 3" — the number times √n (a height of an equilateral triangle of side 6 is 3√3). One group: rad
_SURD = (r"(?:\s*(?:·|⋅|\*|×)?\s*(?:√|(?i:sqrt|root)(?![A-Za-z])|(?i:times\s+(?:the\s+)?square\s+root\s+of|square\s+root\s+of))"
         r"\s*(?:\(\s*(?P<rad>\d+)\s*\)|(?P<rad2>\d+)(?![\d.])))")


def surd_rx() -> str:
    """A regex fragment for a square-root factor after a number ("√3", " root 3", " times the square root of
    3"), with the groups ``rad`` / ``rad2`` (the radicand, digits); optional by the caller's ``?``."""
    return _SURD


def surd_value(k: Fraction, n: int) -> tuple[Fraction, bool]:
    """k·√n as a Fraction and whether it is exact: a perfect square's root exactly, any other to 10⁻⁹ relative
    (``Fraction.limit_denominator(10**9)`` of the float root, as a multiple of π is read) — a value drawn and
    checked to that precision, labelled as written."""
    import math
    if n < 0:
        raise ValueError(f"no real square root of {n}")
    r = math.isqrt(n)
    if r * r == n:
        return Fraction(k) * r, True
    return Fraction(k) * Fraction(math.sqrt(n)).limit_denominator(10 ** 9), False
