"""Values stated by comparison with another value, worked out before any science reads the text.

"a real image three times as far from the lens as the object, which is placed 20 cm in front of it", "the
length PQ is 2 cm longer than the width QR, and QR is 5 cm", "the second is half the first", "one's 2.2k, the
other's three times that", "twice as many nuclei as the control image, which had 9", "two more sides than a
hexagon". Read word by word, a science finds a plain value next to a word it does not know ("2 cm" … "longer")
or an equality with its factor dropped ("as far from the lens as the object"), and draws a wrong figure that
looks complete. ``read_comparatives`` works each such value out from the value the text states for the other
side and writes it in the comparison's place as a plain stated value ("60 cm from the lens", "PQ is 7 cm",
"18 nuclei"), padded with spaces so that every later offset is unchanged: each science then reads it where it
reads any stated value, with its own checks.

Counts ("twice as many X as Y", "N more/fewer X than Y", "X, N fewer than Y"): ``nesy.parse.relative_counts``.
Measures, here:

- a factor with "as … as": "three times as far from the lens as the object", "half as far behind the mirror as
  the object is in front of it", "twice as long as QR" (``as_adjectives`` of ``grammars/common/comparisons.yaml``;
  "twice as large as the object" is a magnification, left to the science);
- a difference: "2 cm longer than the width QR", "0.017 nm shorter than that of caesium bromide, 0.429 nm";
- a factor of another value: "half the first", "half of Uranus's distance", "three times that", "39.5 times
  greater" (than the value just stated).

A comparison may take its other side from one worked out before it ("YZ is 1 cm longer than XY, and XZ is 1 cm
longer than YZ"; "10 N less than half the crate's weight"): the text is read again over its rewriting, and a value
that is itself the difference of a comparison ("YZ is 1 cm longer …") is never taken as that side's value. A
factor may carry a difference ("twice Saturn's plus 0.03 AU"); a place may stand between the comparative and
"than" ("6 cm farther from the lens than the focal point does": "18 cm from the lens"); the other side may be
written as a value in its own noun phrase ("that of a 2 kg bag", "one tenth the size of a 100 µF one", "than
58.8 N"), or named by a point the text states another way ("the focal point": the focal length,
``side_aliases``) or by a measure of a thing ("the object distance": "the object is 30 cm from the lens").
When the other side is "that of" a thing the text names nowhere else, its value in a relative clause is read
with the comparison ("0.300 Å longer than that of bcc iron, which is 2.865 Å": 3.165 Å; iron is not drawn).

The other side's value is found where the text states it, before or after the comparison: right after it ("that
of caesium bromide, 0.429 nm", "the object, which is placed 20 cm in front of it"), or where the text names it
again with a value ("QR is 5 cm", "the object is 36 cm from the mirror", "the first is 1 kΩ", "Uranus, at 19.2
AU"); "that" is the value just stated. A side stated with two different values is refused naming the phrase; a
side whose value the text does not give is left to the science, which may know it ("twice as far from the Sun as
Earth"). A hedged comparison ("a bit less than half the radius of Titan's", "about twice as far") states no
value and is never rewritten.

``unread_comparisons`` finds the comparisons left in the text whose factor or comparative word the science did
not read: drawn without it, the rest would be read as the plain value or as an equality (a wrong figure), so
the pipeline refuses them by name (``nesy.pipeline.parse``).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Iterable

__all__ = ["read_comparatives", "comparative_readings", "unread_comparisons", "is_comparison"]

# words that end the noun phrase of the other side ("as the object, which …", "than QR and …")
_STOP = frozenset("""and or but which that who whose is are was were be has have had lies lie sits stands in on at
from to with by for while whereas so then if when where as than it its plus minus does do did , . ; : ( ) !""".split()) - {"its"}
# a comparison stated only roughly is no value: "a bit less than half", "about twice as far"
_HEDGE = re.compile(r"(?i)(?:\b(?:less|more|fewer|greater|other|rather)\s+than|\b(?:about|roughly|nearly|almost|"
                    r"approximately|around|over|under|some|at\s+least|at\s+most|a\s+bit|a\s+little|up\s+to|"
                    r"not\s+quite|just\s+over|just\s+under|ca\.|circa|~|≈))\s*$")
# between a name and the value it is given: "QR is 5 cm", "the object, which is placed 20 cm", "Uranus, at
# 19.2 AU", "the first is 1 kΩ", "Earth orbits the Sun at 1 AU", "Neptune, at a distance of 30 AU"
_LINK = re.compile(
    r"(?i)(?:['’]s?\b)?(?:\s*(?:[,:=(]|(?:orbits?|orbiting|circles?)\s+(?:the\s+)?[A-Z][\w-]*|"
    r"(?:is|are|was|were|be|being|been|which|who|has|had|have|of|at|a|an|the|its|placed|put|set|located|"
    r"positioned|situated|lies|lie|lying|sits|sitting|stands|standing|measures|measure|measuring|measured|"
    r"equals|equal|to|exactly|just|only|now|mean|average|distance|radius|length|width|height|value|"
    r"resistance|mass|weight|weighs|weighing|rated|about)(?![\w'-])|(?<![\w])[^\W\d_](?=\s*=)))*\s*")
# a function of a number, not a value compared with ("5 times the square root of 3 cm", "twice the sine of 30°")
_FUNCTIONS = frozenset("""root roots square cube sum product difference quotient ratio sine cosine tangent sin cos tan
log logarithm reciprocal inverse power exponential""".split())
# comparatives of size: a magnification where the science reads one ("an image 3 times larger than the object")
_SIZE = frozenset({"larger", "bigger", "greater", "taller", "higher", "smaller", "more", "less", "lower"})
_SENTENCE_END = re.compile(r"(?<!\d)[.!?](?!\d)|[;\n]")


@functools.lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    from ..resources import load_yaml
    d = load_yaml("grammars", "common/comparisons.yaml")
    return {**d, "factor_words": {k: Fraction(str(v)) for k, v in d["factor_words"].items()}}


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _factor_rx() -> str:
    """A factor: "a third", "one quarter", "two thirds", "3 times", "three times", "twice", "half"."""
    from .words import number_rx
    d = _data()
    nums = r"a|an|one|two|three|four|five|six|seven|eight|nine|\d+"
    # (a fraction in digits or a glyph, "⅖ of its weight", "2/5 of", or a percentage, "40 % of")
    return (rf"(?P<fac>(?:(?P<fnum>{nums})[\s-]+(?P<fden>{_alt(d['fraction_denominators'])})"
            rf"|(?P<tnum>{number_rx()})[\s-]*times|(?P<fw>{_alt(d['factor_words'])})"
            r"|(?P<frac>(?<![\d.])\d{1,3}\s*[/⁄]\s*\d{1,3}|[¼½¾⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])(?=\s+of\b)"
            r"|(?P<pct>(?<![\d.])\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per\s*cent)(?=\s+of\b))(?![\w-]))")


def _factor(m: re.Match) -> Fraction | None:
    from ..errors import InputError
    from .words import read_number
    d = _data()
    try:
        if m.group("fden"):
            num = m.group("fnum").lower()
            return Fraction(1 if num in ("a", "an") else read_number(num), d["fraction_denominators"][
                m.group("fden").lower()])
        if m.group("tnum"):
            return Fraction(read_number(m.group("tnum")))
        if m.group("frac"):
            return Fraction(read_number(m.group("frac")))
        if m.group("pct"):
            return Fraction(m.group("pct")) / 100
        return d["factor_words"][m.group("fw").lower()]
    except (InputError, KeyError, ZeroDivisionError):
        return None


@dataclass(frozen=True)
class _Value:
    """A value the text states: exact ``value`` in the unit written ``unit`` (``si`` its SI magnitude, or
    None for a bare "2.2k"), at ``start``-``end``."""
    value: Fraction
    unit: str
    si: Fraction | None
    dim: str
    start: int
    end: int


@dataclass(frozen=True)
class _Ref:
    """The other side of a comparison: its words at ``start``-``end``, and the words it is named by."""
    start: int
    end: int
    words: tuple[str, ...]


def _quantities(text: str) -> list[_Value]:
    from .quantities import find_quantities
    out = []
    for q in find_quantities(text):
        if q.value is None or q.si is None:
            continue
        out.append(_Value(q.value, q.unit_text, q.si, q.dimensionality, q.start, q.end))
    return out


def _ref_after(text: str, at: int) -> _Ref | None:
    """The noun phrase of the other side starting at ``at`` ("the width QR", "that of caesium bromide",
    "Uranus's distance", "the first", "that"), up to five words, ending before a clause or a value."""
    m = re.match(r"\s*(?:(?:that|those)\s+of\s+)?", text[at:])
    i = at + m.end()
    words: list[tuple[str, int, int]] = []
    for w in re.finditer(r"[^\W\d_][\w'’-]*|\S", text[i:]):
        tok = w.group()
        if tok.lower() in _STOP or not re.match(r"[^\W\d_]", tok) or len(words) == 5:
            break
        if words and tok.lower() in ("the", "a", "an") and words[-1][0].lower() != "of":
            break
        if tok.lower() == "of" and (not words or any(x.lower() == "of" for x, _, _ in words)):
            break
        words.append((tok, i + w.start(), i + w.end()))
        if re.search(r"['’]s$", tok) and len(words) > 1 and words[0][0].lower() not in ("the", "a", "an"):
            break
    while words and words[-1][0] in ("of", "the", "a", "an"):
        words.pop()
    if not words or any(w.lower() in _FUNCTIONS for w, _, _ in words):
        return None               # "5 times the square root of 3 cm": a function of a number, no other side
    return _Ref(at + (len(text[at:]) - len(text[at:].lstrip())), words[-1][2], tuple(w for w, _, _ in words))


def _keys(ref: _Ref) -> list[str]:
    """The word a side is named by elsewhere: its label ("QR", "R1"), its possessor ("Uranus's distance":
    Uranus), an order word ("the first") or its head noun ("the object")."""
    ws = list(ref.words)
    if "of" in (w.lower() for w in ws):
        ws = ws[[w.lower() for w in ws].index("of") + 1:]      # "the radius of Titan's": Titan's
    ws = [w for w in ws if w not in ("the", "The", "a", "an", "its", "their", "his", "her")]
    if not ws:
        return []
    for w in ws:
        if re.search(r"['’]s$", w):
            return [re.sub(r"['’]s$", "", w)]
    labels = [w for w in ws if re.fullmatch(r"[A-Z][A-Z0-9]*[0-9A-Z]|[A-Z]\d+|[A-Z]", w)]
    if labels:
        # ("its width BC": BC, or the width where the text states it so: "the width is 2.5 cm")
        return [labels[-1]] + [w for w in ws if w.lower() in _data()["measure_dims"]][:1]
    alias = _data()["side_aliases"].get(" ".join(ws).lower())
    if alias:
        return [alias]            # "the focal point": the text states it as the focal length
    if len(ws) >= 2 and ws[-1].lower() in _data()["measure_dims"]:
        # "the object distance", "the image height": the measure of the thing named before it, which the text
        # may state as "the object is 30 cm from the lens"
        return [ws[-1], ws[-2]]
    return [ws[-1]]


def _mention_rx(key: str) -> re.Pattern:
    if re.fullmatch(r"[A-Z][\w]*", key) and (key.isupper() or re.search(r"\d", key)):
        return re.compile(rf"(?<![\w]){re.escape(key)}(?![\w])")                  # a label: as written
    stem = key.lower()
    for suf in ("es", "s"):
        if stem.endswith(suf) and len(stem) - len(suf) >= 3:
            stem = stem[:-len(suf)]
            break
    return re.compile(rf"(?i)(?<![\w]){re.escape(stem)}(?:s|es)?(?:['’]s?)?(?![\w])")


def _value_at(text: str, at: int, values: list[_Value], limit: int) -> _Value | None:
    """The value stated right after ``at`` across only linking words ("is", ", which is placed", ", at a
    distance of"), before ``limit``."""
    link = _LINK.match(text, at)
    end = link.end() if link else at
    for v in values:
        if v.start == end and v.end <= limit:
            return v
    return None


def _compared(text: str, v: _Value) -> bool:
    """Whether the value ``v`` is the difference of a comparison ("YZ is 1 cm longer than XY": 1 cm is no value
    of YZ) — never the other side's value, which a later pass reads once the comparison is worked out."""
    return bool(re.match(rf"(?i)\s+(?:{_alt(_data()['comparatives'])})\b(?:\s+[^\W\d_][\w'-]*){{0,4}}?\s+than\b",
                         text[v.end:]))


def _inline(text: str, at: int, values: list[_Value]) -> tuple[_Value, int] | None:
    """The other side's value written inside its own noun phrase at ``at``, and where that phrase ends: "that of a
    2 kg bag", "the size of a 100 µF one", "the resistance of a 1 kΩ resistor", "5 cm" (a value right after
    "than")."""
    d = _data()
    head = re.match(rf"(?i)\s*(?:(?:that|those|the\s+(?:size|value|magnitude|amount|{_alt(d['measure_dims'])}))\s+of\s+)?"
                    r"(?:(?:a|an|the|one)\s+)?", text[at:])
    v0 = next((v for v in values if v.start == at + head.end()), None)
    if v0 is None or _compared(text, v0):
        return None
    noun = re.match(r"(?:[\s-]+(?!(?:and|or|but|which|that|who|is|are|was|were|of|on|in|at|with|from|to|for|by|plus|"
                    r"minus|does|do|did)\b)[^\W\d_][\w'-]*){0,2}", text[v0.end:])
    return v0, v0.end + noun.end()


def _value_before(text: str, at: int, values: list[_Value]) -> _Value | None:
    """The value written right before a name at ``at``, at most one word between: "a 10 kg box", "the 2.2 kΩ
    resistor", "a 10-kg wooden crate"."""
    return next((u for u in values if u.end <= at and re.fullmatch(r"\s*(?:-\s*)?(?:[^\W\d_][\w-]*\s+)?",
                                                                     text[u.end:at])), None)


def _sentence_bounds(text: str, at: int) -> tuple[int, int]:
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
    end = _SENTENCE_END.search(text, at)
    return (starts[-1] if starts else 0), (end.start() if end else len(text))


def _previous(text: str, at: int, values: list[_Value], dim: str | None) -> _Value | None:
    """The value stated last before ``at`` ("one's 2.2k, the other's three times that"; "Earth at 1 AU, while
    Pluto's distance is 39.5 times greater"), in its sentence or the one before."""
    a, _ = _sentence_bounds(text, at)
    a0, _ = _sentence_bounds(text, max(a - 1, 0))
    for lo in (a, a0):
        before = [v for v in values if lo <= v.start and v.end <= at and (dim is None or v.dim == dim)]
        if dim is None:
            # a resistance said the way electronics does, "2.2k", "4.7M" (the ohm left out)
            before += [_Value(Fraction(b.group(1)), b.group(2), None, "", lo + b.start(), lo + b.end())
                       for b in re.finditer(r"(?<![\w.])(\d+(?:\.\d+)?)([kKMGmµu])(?![\w])", text[lo:at])]
        if before:
            last = max(before, key=lambda v: v.start)
            # (the difference of a comparison not yet worked out: "that" is its result, read in a later pass)
            return None if _compared(text, last) else last
    return None


def _stated(text: str, ref: _Ref, span: tuple[int, int], values: list[_Value],
            dim: str | None) -> tuple[list[_Value], int, bool]:
    """The values the text states for the side ``ref``: right after it (then the end of the phrase grows over an
    apposition, or the relative clause is kept: the third item), else wherever it is named again."""
    _, sent_end = _sentence_bounds(text, ref.end)
    app = re.match(r"\s*(?:,\s*|\(\s*|=\s*)", text[ref.end:])     # "three times R1 = 4 Ω": R1's value
    if app:
        v = next((v for v in values if v.start == ref.end + app.end()), None)
        if v is not None and (dim is None or v.dim == dim):
            close = re.match(r"\s*\)", text[v.end:])
            return [v], v.end + (close.end() if close else 0), False
    rel = re.match(r"\s*,?\s*(?:which|who|that)\s+(?:is|was|are|were|lies|sits|stands|has|had)\b", text[ref.end:])
    if rel:
        v = _value_at(text, ref.end, values, sent_end)
        if v is None:
            # "the object, which is placed 20 cm in front of it": a verb between
            m = re.match(r"(?:\s+[^\W\d_][\w-]*){0,2}", text[ref.end + rel.end():])
            v = _value_at(text, ref.end + rel.end() + m.end(), values, sent_end)
        if v is not None and (dim is None or v.dim == dim):
            return [v], span[1], True
    found: dict[tuple, _Value] = {}
    for key in _keys(ref):
        for m in _mention_rx(key).finditer(text):
            if span[0] <= m.start() < span[1] or ref.start <= m.start() < ref.end:
                continue
            _, lim = _sentence_bounds(text, m.end())
            v = _value_at(text, m.end(), values, lim)
            # (or a value right before the name: "a 10 kg box", "the 2.2 kΩ resistor", "a 10-kg wooden crate")
            v = v or _value_before(text, m.start(), values)
            if v is not None and (dim is None or v.dim == dim) and not _compared(text, v):
                found.setdefault((v.si if v.si is not None else v.value, v.dim), v)
    return list(found.values()), span[1], False


def _other_thing(text: str, ref: _Ref, base: _Value, phrase: tuple[int, int]) -> int | None:
    """Where a comparison with "that of" another thing ends when that thing's value follows it in a relative
    clause and the text names it nowhere else ("0.300 Å longer than that of bcc iron, which is 2.865 Å"): the
    value belongs to a thing not drawn, and left standing it would read as a second value of the one drawn. None
    where the thing is named elsewhere (it is drawn, its value stays: "2.5 kΩ more than that of R1, which is 1 kΩ"),
    or the side is not "that of" anything."""
    if not re.match(r"(?i)(?:that|those)\s+of\b", text[ref.start:ref.end]):
        return None
    for key in _keys(ref):
        if any(not (phrase[0] <= k.start() < base.end) for k in _mention_rx(key).finditer(text)):
            return None
    return base.end


def _of_what(text: str, ref: _Ref, span: tuple[int, int], values: list[_Value],
             dim: str | None) -> tuple[list[_Value], int]:
    """``_stated`` for a side named by the measure it is ("the box's weight", "Titan's radius", "the first"): the
    values of that measure only; a weight not stated is the mass's weight, W = m·g (``standard_gravity``)."""
    d = _data()
    head = next((d["measure_dims"][w.lower()] for w in ref.words if w.lower() in d["measure_dims"]), None)
    vals, end, _ = _stated(text, ref, span, values, dim or head)
    if not vals and head == "[mass] * [length] / [time] ** 2":
        g = Fraction(str(d["standard_gravity"]))
        masses, end, _ = _stated(text, ref, span, values, "[mass]")
        if not masses and _POSSESSIVE.match(" ".join(ref.words)):
            masses = _only_value(text, span, values, "[mass]")
        vals = [_Value(m.si * g, "N", m.si * g, head, m.start, m.end) for m in masses]
    elif not vals and head and _POSSESSIVE.match(" ".join(ref.words)):
        vals = _only_value(text, span, values, dim or head)
    return vals, end


# "half of its weight", "a third of their mass": a possessive pronoun names no thing by its words; with one body
# in the text it is that body's (the one value of the measure the text states, outside the comparison)
_POSSESSIVE = re.compile(r"(?i)(?:its|his|her|their)\b")


def _only_value(text: str, span: tuple[int, int], values: list[_Value], dim: str) -> list[_Value]:
    """The one value of dimension ``dim`` the text states outside the comparison at ``span`` (none when it states
    several different ones: the pronoun's owner is then not known; none when the comparison is said of each of
    several things, "two strings, each carrying half its weight", which one value in its place would not say)."""
    if re.search(r"(?i)\b(?:each|both|apiece|every)\b[^.;:]*$", text[max(0, span[0] - 40):span[0]]):
        return []
    vals = {(v.si if v.si is not None else v.value): v for v in values
            if v.dim == dim and not (span[0] <= v.start < span[1]) and not _compared(text, v)}
    return list(vals.values()) if len(vals) == 1 else []


def _first_of_kind(text: str, ref: _Ref, at: int, values: list[_Value]) -> _Value | None:
    """The value of "the first" (or "the former") where the text gives no value named so: the first value stated
    for the noun of the thing compared ("a 2.2 kΩ resistor …, a second resistor twice the first": 2.2 kΩ), that
    noun read from "a second / another / the other <noun>" just before the comparison at ``at``; None otherwise."""
    words = [w.lower() for w in ref.words if w.lower() not in ("the", "a", "an")]
    if words not in (["first"], ["former"], ["first", "one"]):
        return None
    subj = re.search(r"(?i)\b(?:second|another|other|2nd|next)\s+([^\W\d_][\w-]*)\s*,?\s*(?:(?:is|was|of|with|that\s+is|"
                     r"which\s+is|equal\s+to|rated\s+at)\s+)?$", text[:at])
    if subj is None:
        return None
    for mm in _mention_rx(subj.group(1)).finditer(text, 0, subj.start(1)):
        v = _value_before(text, mm.start(), values)
        if v is None:
            _, lim = _sentence_bounds(text, mm.end())
            v = _value_at(text, mm.end(), values, lim)
        if v is not None:
            return v
    return None


def _fmt(v: Fraction) -> str:
    """``v`` written plainly: a whole number as it is, exactly where six significant figures hold it, else to
    six."""
    if v.denominator == 1:
        return str(v.numerator)
    d, twos, fives = v.denominator, 0, 0
    while d % 2 == 0:
        d, twos = d // 2, twos + 1
    while d % 5 == 0:
        d, fives = d // 5, fives + 1
    if d == 1 and max(twos, fives) <= 6:
        places = max(twos, fives)
        s = f"{float(v):.{places}f}" if places else str(v.numerator // v.denominator)
        if len(s.replace("-", "").replace(".", "").lstrip("0")) <= 6:
            return s              # exact, as a person would write it ("0.412", "9.6", "60")
    # (else six significant figures: "24.5166" for a quarter of 10 kg × 9.80665 m/s²)
    return f"{float(v):.6g}"


@dataclass
class _Rewrite:
    start: int
    end: int
    new: str


def _in(base: _Value, result_si: Fraction) -> Fraction:
    """``result_si`` in the unit ``base`` is written in."""
    return result_si * base.value / base.si


def _one(text: str, phrase: tuple[int, int], vals: list[_Value]) -> _Value | None:
    from ..errors import InputError
    if len(vals) > 1:
        a, b = phrase
        raise InputError(f"'{text[a:b]}' at {a}-{b} compares with a value the text gives more than once "
                         f"({', '.join(repr(text[v.start:v.end]) for v in vals)}): give the value itself")
    return vals[0] if vals else None


def _positive(text: str, phrase: tuple[int, int], v: Fraction, unit: str) -> None:
    from ..errors import InputError
    if v <= 0:
        a, b = phrase
        raise InputError(f"'{text[a:b]}' at {a}-{b} gives {_fmt(v)} {unit}, not a positive value: give the value")


def _measures(text: str) -> list[_Rewrite]:
    """The rewrites of every measure stated by comparison in ``text`` whose other side the text gives."""
    d = _data()
    values = _quantities(text)
    fac = _factor_rx()
    cmp_ = _alt(d["comparatives"])
    out: list[_Rewrite] = []

    def hedged(at: int) -> bool:
        h = _HEDGE.search(text[max(0, at - 30):at])
        # ("10 N less than half the crate's weight" is exact: a difference from the factor, read in a later pass)
        return bool(h) and not (re.match(r"(?i)(?:less|more|fewer|greater)\s", h.group()) and any(
            v.end <= at and re.fullmatch(r"\s*", text[v.end:max(0, at - 30) + h.start()]) for v in values))

    # "three times as far from the lens as the object", "half as far behind the mirror as the object is …"
    for m in re.finditer(rf"(?i)(?<![\w-]){fac}\s+as\s+(?P<adj>{_alt(d['as_adjectives'])})"
                         r"(?P<pp>(?:\s+(?!as\b)[^\W\d_][\w'-]*){0,4}?)\s+as\s+", text):
        f = _factor(m)
        if f is None or hedged(m.start()):
            continue
        ref = _ref_after(text, m.end())
        if ref is None or ref.words[0].lower() in ("possible", "usual", "before", "ever", "needed", "required"):
            continue
        dim = "[mass]" if m.group("adj").lower() == "heavy" else (
            None if m.group("adj").lower() == "strong" else "[length]")
        clause = re.match(r"\s+(?:is|are|was|were|lies|sits|stands|appears|stood|lay)\b[^,;.]*?"
                          r"(?=\s*(?:[,;.]|\band\b|$))", text[ref.end:])
        end = ref.end + (clause.end() if clause and not re.search(r"\d", clause.group()) else 0)
        vals, end2, keep = _stated(text, ref, (m.start(), end), values, dim)
        base = _one(text, (m.start(), end), vals)
        if base is None:
            continue
        v = f * base.value
        _positive(text, (m.start(), end), v, base.unit)
        new = f"{_fmt(v)} {base.unit}{m.group('pp')}"
        if keep:
            out.append(_Rewrite(m.start(), ref.start, new + ", and "))
        else:
            out.append(_Rewrite(m.start(), max(end, end2), new))
    # "2 cm longer than the width QR", "0.017 nm shorter than that of caesium bromide, 0.429 nm", "6 cm farther
    # from the lens than the focal point does", "1.5 kg more than that of a 2 kg bag"
    for q in values:
        # ("4.3 AU closer in than Saturn", "2 AU farther out than Mars": the particle says nothing more; a place
        # said between, "farther from the lens than", stays with the value)
        m = re.match(rf"(?i)\s+(?P<cmp>{cmp_})(?:\s+(?:in|out|away)(?!\s+from\b))?(?P<pp>\s+(?:from|behind|beyond|"
                     r"above|below|in\s+front\s+of|away\s+from)(?:\s+(?!than\b)[^\W\d_][\w'-]*){1,3}?)?\s+than\s+",
                     text[q.end:])
        if m is None or hedged(q.start) or q.si is None:
            continue
        at = q.end + m.end()
        inl = _inline(text, at, values)
        if inl is not None:
            (base, end), ref = inl, None
            if base.dim != q.dim:
                continue
        else:
            ref = _ref_after(text, at)
            if ref is None:
                continue
            phrase = (q.start, ref.end)
            vals, end, keep = _stated(text, ref, phrase, [v for v in values if v != q], q.dim)
            base = _one(text, phrase, vals)
            if base is not None and keep:
                end = _other_thing(text, ref, base, phrase) or end
        if base is None or not base.si:
            continue
        phrase = (q.start, end)
        v = _in(base, base.si + d["comparatives"][m.group("cmp").lower()] * q.si)
        _positive(text, phrase, v, base.unit)
        aux = re.match(r"\s+(?:does|do|did|is|are|was|were)(?=\s*(?:[,.;:!?]|$))", text[end:])
        out.append(_Rewrite(q.start, end + (aux.end() if aux else 0), f"{_fmt(v)} {base.unit}{m.group('pp') or ''}"))
    # "39.5 times greater (than …)", "three times further"
    for m in re.finditer(rf"(?i)(?<![\w-]){fac}\s+(?P<cmp>{cmp_})\b(?P<than>\s+than\s+)?", text):
        f = _factor(m)
        if f is None or hedged(m.start()) or m.group("fden") or m.group("fw"):
            continue
        sign = d["comparatives"][m.group("cmp").lower()]
        if m.group("cmp").lower() in _SIZE:
            # "3 times larger than the object", "an image twice bigger": a size ratio (a magnification), the
            # science's own; only a measure named before it is compared ("Pluto's distance is 39.5 times greater")
            clause = re.split(r"[,;:.!?]|\b(?:and|but|while|whereas)\b", text[:m.start()])[-1]
            if m.group("than") or not re.search(rf"(?i)\b(?:{_alt(d['measure_nouns'])})\b", clause):
                continue
        if m.group("than"):
            ref = _ref_after(text, m.end())
            if ref is None:
                continue
            vals, end = _of_what(text, ref, (m.start(), ref.end), values, None)
            base = _one(text, (m.start(), ref.end), vals)
        else:
            base, end = _previous(text, m.start(), values, None), m.end("cmp")
        if base is None:
            continue
        v = base.value * f if sign > 0 else base.value / f
        out.append(_Rewrite(m.start(), end, f"{_fmt(v)} {base.unit}" if base.si is not None else f"{_fmt(v)}{base.unit}"))
    # "one and a half focal lengths from it", "two radii away": a measure counted in another the text states
    # (the focal length, the radius) — never one bounded by a range or an inequality ("between one and two focal
    # lengths", "within one focal length", the science's own positions)
    from ..errors import InputError
    from .words import number_rx, read_number
    for m in re.finditer(rf"(?i)(?<![\w.-])(?P<k>{number_rx()})\s+(?P<noun>{_alt(d['counted_measures'])})(?![\w-])", text):
        if re.search(r"(?i)\b(?:between|and|within|inside|outside|beyond|than|past|over|under|to|or|up\s+to)\s+$",
                     text[:m.start()]) or hedged(m.start()) or re.match(r"(?i)\s*(?:and|or|to)\b", text[m.end():]):
            continue
        try:
            k = Fraction(read_number(m.group("k")))
        except InputError:
            continue
        singular = d["counted_measures"][m.group("noun").lower()]
        ref = _Ref(m.start("noun"), m.end("noun"), tuple(singular.split()))
        vals, _end, _ = _stated(text, ref, (m.start(), m.end()), values, "[length]")
        base = _one(text, (m.start(), m.end()), vals)
        if base is None or k <= 0:
            continue
        out.append(_Rewrite(m.start(), m.end(), f"{_fmt(k * base.value)} {base.unit}"))
    # "half the first", "half of Uranus's distance", "three times that"
    for m in re.finditer(rf"(?i)(?<![\w-]){fac}\s+(?:of\s+)?(?=(?:the|that|this|its|[A-Z][\w-]*['’]s?|[A-Z]+\d+|(?-i:[A-Z]{{2,}}))(?![\w]))",
                         text):
        f = _factor(m)
        if f is None or hedged(m.start()):
            continue
        this = re.match(r"(?i)(?:that|this)(?![\w'’-])(?!\s+of\b)", text[m.end():])
        inl = None if this else _inline(text, m.end(), values)
        ref = None if this or inl else _ref_after(text, m.end())
        if inl is not None:
            # "twice that of a 2.5 kg bag", "one tenth the size of a 100 µF one": the other side's value inside
            # its own noun phrase
            base, end = inl
        elif this:
            base, end = _previous(text, m.start(), values, None), m.end() + this.end()
        elif ref is not None:
            vals, end = _of_what(text, ref, (m.start(), ref.end), values, None)
            base = _one(text, (m.start(), ref.end), vals)
            if base is None:
                base = _first_of_kind(text, ref, m.start(), values)
            elif base.start >= ref.end:
                end = _other_thing(text, ref, base, (m.start(), ref.end)) or end
        else:
            continue
        if base is None:
            continue
        v = f * base.value
        # "twice Saturn's plus 0.03 AU", "half the crate's weight minus 5 N": a difference after the factor
        tail = re.match(r"(?i)\s*,?\s*(?P<op>plus|minus|\+|−|-)\s*", text[end:])
        add = next((u for u in values if tail and u.start == end + tail.end()), None)
        if add is not None and base.si is not None and add.dim == base.dim and add.si is not None:
            v = _in(base, base.si * f + (add.si if tail.group("op").lower() in ("plus", "+") else -add.si))
            end = add.end
            _positive(text, (m.start(), end), v, base.unit)
        said = f"{_fmt(v)} {base.unit}" if base.si is not None else f"{_fmt(v)}{base.unit}"
        if ref is not None and re.fullmatch(r"\s*=\s*", text[ref.end:base.start]):
            # "R2 is three times R1 = 4 Ω": R1's own value stays R1's ("R2 is 12 Ω, and R1 = 4 Ω")
            out.append(_Rewrite(m.start(), ref.start, said + ", and "))
            continue
        out.append(_Rewrite(m.start(), end, said))
    return out


def read_comparatives(text: str) -> str:
    """``text`` with every count and measure stated by comparison with a value the text gives rewritten as
    the plain value, padded so that every offset is unchanged (see the module). Raises ``InputError`` naming a
    comparison nesy cannot work out: a count against one the text does not give, a side stated twice with
    different values, a result that is no count or not positive, or one too long to write in its place."""
    return comparative_readings(text)[0]


def comparative_readings(text: str) -> tuple[str, list[tuple[int, int, str]]]:
    """``read_comparatives``'s text, and each comparison it rewrote: (start, end, what it is read as), for the
    figure's record ("'three times as far from the lens as the object' read as '60 cm from the lens'")."""
    from ..errors import InputError
    from .relative_counts import relative_counts
    readings: list[tuple[int, int, str]] = []
    text = relative_counts(text, readings)
    taken: list[tuple[int, int]] = []
    out = text
    # a value worked out may be the other side of a further comparison ("its focal length is half that [the
    # 40 cm radius]. The object sits one and a half focal lengths from it"): read again over the rewritten text
    for _pass in range(3):
        before = out
        for r in _measures(before):
            for a, b in taken:
                if a < r.end < b and not before[r.end:b].strip():
                    r.end = b         # (over the padding of a value worked out in an earlier pass)
            if any(r.start < b and a < r.end and not (r.start <= a and b <= r.end) for a, b in taken):
                continue              # one phrase, one reading: the first form that read it
            if any(r.start <= a and b <= r.end for a, b in taken):
                # a comparison with a value worked out in an earlier pass ("10 N less than half the crate's
                # weight"): the whole phrase is read, its part's reading is superseded
                if (r.start, r.end) in taken:
                    continue
                taken = [(a, b) for a, b in taken if not (r.start <= a and b <= r.end)]
                readings[:] = [x for x in readings if not (r.start <= x[0] and x[1] <= r.end)]
            if len(r.new) > r.end - r.start:
                raise InputError(f"'{text[r.start:r.end]}' at {r.start}-{r.end} gives {r.new.strip(' ,')}, which "
                                 "nesy cannot write in its place: give the value")
            taken.append((r.start, r.end))
            out = out[:r.start] + r.new.ljust(r.end - r.start) + out[r.end:]
            said = r.new.strip().removesuffix(", and").rstrip(" ,")
            readings.append((r.start, r.start + len(text[r.start:r.end].rstrip(" ,")), said))
        if out == before:
            break
    return out, sorted(readings)


def is_comparison(phrase: str) -> bool:
    """Whether ``phrase`` states a value by comparison with another ("three times as far … as", "2 cm longer
    than", "half the first", "one more state than", "twice as many nuclei as")."""
    d = _data()
    fac, cmp_ = re.sub(r"\(\?P<\w+>", "(?:", _factor_rx()), _alt(d["comparatives"])
    return bool(re.search(rf"(?i)(?<![\w-])(?:{fac}\s+as\s+\w|{fac}\s+(?:{cmp_})\b|\b(?:{cmp_}|fewer)(?:\s+[^\W\d_][\w-]*)?"
                          rf"\s+than\b|\bas\s+many\b|{fac}\s+(?:of\s+)?(?:the|that|this|its|[A-Z])\b)", phrase))


def unread_comparisons(text: str, unread: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The comparisons left in ``text`` (after ``read_comparatives``) whose factor or comparative word lies
    in an ``unread`` span: "three times as far … as the object" with "times" unread, "2 cm longer than QR" with
    "longer than" unread — drawn without it, the rest reads as an equality or as the plain value. A factor of
    another value ("one fifth of the sledge's weight") counts only where a number in it was read; a hedged
    comparison never. (start, end) of each phrase."""
    d = _data()
    gaps = bytearray(len(text) + 1)
    for a, b in unread:
        gaps[a:b] = b"\x01" * (b - a)

    def missed(a: int, b: int) -> bool:
        return any(gaps[a:b])

    def read(a: int, b: int) -> bool:
        return not all(gaps[i] for i in range(a, b) if not text[i].isspace())

    fac = _factor_rx()
    cmp_ = _alt(d["comparatives"])
    out: list[tuple[int, int]] = []
    for m in re.finditer(rf"(?i)(?<![\w-]){fac}\s+as\s+[^\W\d_][\w-]*(?:\s+(?!as\b)[^\W\d_][\w'-]*){{0,4}}?\s+as\s+"
                         r"(?:the\s+|a\s+|an\s+)?[^\W\d_][\w'’-]*", text):
        if missed(*m.span("fac")) and not _HEDGE.search(text[max(0, m.start() - 30):m.start()]):
            out.append(m.span())
    from .words import number_rx
    # (a number with its unit, or alone: "2 cm longer than QR", "3 more than R1" — never "one end higher than the
    # other", whose number counts a thing)
    quantities = {v.start: v.end for v in _quantities(text)}
    for m in re.finditer(rf"(?i)(?<![\w.])(?P<num>{number_rx()})(?P<unit>\s*[^\W\d_][\w°/.]*)?\s+(?P<cmp>{cmp_})"
                         r"\s+(?P<than>than)\s+(?:(?:that|those)\s+of\s+)?(?:the\s+|a\s+|an\s+)?[^\W\d_][\w'’-]*", text):
        if m.group("unit") and quantities.get(m.start()) != m.end("unit"):
            continue
        # the comparative or its "than" unread: "1 kΩ more than the one before" with "more" read as a filler and
        # "than" unread was drawn as R = 1 kΩ (requests-27 circuits-05)
        if (missed(*m.span("cmp")) or missed(*m.span("than"))) and read(*m.span("num")) and \
                not _HEDGE.search(text[max(0, m.start() - 30):m.start()]):
            out.append(m.span())
    for m in re.finditer(rf"(?i)(?<![\w-]){fac}\s+(?:{cmp_})\b", text):
        if missed(*m.span("fac")) and not _HEDGE.search(text[max(0, m.start() - 30):m.start()]):
            out.append(m.span())
    for m in re.finditer(rf"(?i)(?<![\w-]){fac}\s+(?:of\s+)?(?:the|that|this|its|[A-Z][\w-]*['’]s?)(?![\w])", text):
        num = m.span("tnum") if m.group("tnum") else m.span("fnum") if m.group("fnum") and \
            re.match(r"\d", m.group("fnum")) else None
        # (or a factor of a measure named right after it: "each carrying half its weight" — unread, the rope was
        # drawn with the whole weight)
        of_measure = re.match(rf"(?i)(?:\s+[\w'’-]+){{0,2}}?\s+(?:{_alt(d['measure_dims'])})\b", text[m.end():])
        if (num and read(*num) or of_measure) and missed(*m.span("fac")) and \
                not _HEDGE.search(text[max(0, m.start() - 30):m.start()]):
            out.append(m.span())
    # each phrase through the whole of its other side ("2 cm longer than the width QR")
    out = [(a, max(b, (_ref_after(text, b - len(re.search(r"[\w'’-]+$", text[a:b]).group())) or _Ref(0, b, ())).end))
           for a, b in out]
    out.sort()
    return [s for i, s in enumerate(out) if not any(a <= s[0] and s[1] <= b and (a, b) != s for a, b in out)]
