"""Quantities in a text — a number and its unit — read with pint, positioned in the user's text.

``find_quantities(text)`` normalises markup (``nesy.parse.markup``), finds every number with the one
number reader (``nesy.parse.words.scan_numbers``: digits, words, fractions, "1.5e8", "1.5×10^8",
"1.5 x 10^8", "1.5 · 10⁸", "10⁸"), and reads the unit written right after it with pint: symbols and
words ("kg", "kilograms"), prefixes ("kΩ", "µF", "uF", "mA", "nm"), compounds ("m/s^2", "m s⁻²",
"kg·m/s", "N/m", "km/h", "meters per second", "cm³"), degrees ("30°", "30 degrees", "30 deg", "37°C"),
percent, inches and feet, and the astronomy units pint lacks (solar mass, Earth and Jupiter masses and
radii, dioptre: ``grammars/common/units.yaml``, each with its source).

Ambiguity rules:

- A unit is read only right after a number (spaces, one hyphen "5-kg", or nothing "5kg" between).
  Anywhere else a letter is a symbol: "the mass m", "a resistor R", "time t" are never units.
- Only units in the ``accept`` list of ``units.yaml`` are read, with any SI prefix: pint knows "rod",
  "point", "pole" and "drop" as units, but "two rods" is a count of rods. Words in ``stop`` ("in",
  "at", "a", "are", "c", "e") are never units.
- "AU" is the astronomical unit (pint: absorbance unit), "D" the dioptre (pint: debye), "M" molar
  (pint's reading; SciGenBench writes "0.074 M"). "C" is the coulomb; write "°C" for Celsius.
- Units separated by a space combine only when both are symbols ("m s⁻²", "N m"); "5 m long" reads
  "5 m". Unicode superscripts and "^" give powers; a digit glued to a symbol is a power only when the
  symbol is a length ("m2", "cm3").
- A number without a unit is no quantity here (a count or a plain number: ``nesy.parse.reading``);
  percent is a unit. Ranges and uncertainties are not read: "10–20 cm" gives 20 cm and leaves "10" a
  bare number (reported as not understood by the reading); "5 ± 0.1 kg" gives no quantity.

Every ``Quantity`` keeps its exact value (``Fraction``, as written), pint's canonical unit name, its
dimensionality, its magnitude in SI base units (exact for multiplicative units: pint's factors are
decimal literals, recovered from the float to 15 significant digits) and its span in the original text.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, NamedTuple

from ..errors import InputError
from .markup import Normalized, normalize
from .words import Number, number_rx, scan_numbers

__all__ = ["Quantity", "Unread", "find_quantities", "locate_quantities", "read_quantity_text", "unread_quantity", "unread_quantities", "dimension_of", "ureg",
           "unit_of", "UNITS_FILE"]

UNITS_FILE = "common/units.yaml"
_SUPER = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER_TR = str.maketrans(_SUPER + "⁻⁺", "0123456789-+")


@dataclass(frozen=True)
class Quantity:
    """One quantity of a text.

    ``value``: the number as written (exact; ``None`` when it has no finite value, see ``problem``);
    ``unit``: pint's canonical unit ("kilogram", "meter / second ** 2", "degree_Celsius");
    ``dimensionality``: "[mass]", "[length] / [time] ** 2", "dimensionless" (angles, percent);
    ``si``: the magnitude in SI base units ``si_unit`` (exact ``Fraction``; ``None`` with ``value``);
    ``span``: characters of the original text (number and unit), ``text`` those characters;
    ``number_span``/``unit_span``: the two parts, also in the original text."""
    value: Fraction | None
    unit: str
    dimensionality: str
    si: Fraction | None
    si_unit: str
    span: tuple[int, int]
    text: str
    number_span: tuple[int, int]
    unit_span: tuple[int, int]
    unit_text: str
    problem: str = ""

    @property
    def start(self) -> int:
        return self.span[0]

    @property
    def end(self) -> int:
        return self.span[1]

    def magnitude(self) -> float:
        """The value as a float (``nan`` without one)."""
        return float(self.value) if self.value is not None else float("nan")

    def to(self, unit: str) -> Fraction:
        """The value in ``unit`` (a pint expression of the same dimensionality), exact where pint's
        factor is a decimal literal. Raises ``InputError`` for another dimensionality."""
        if self.value is None:
            raise InputError(f"the quantity '{self.text}' at {self.span[0]}-{self.span[1]} {self.problem}")
        r = ureg()
        try:
            target = r.Unit(unit)
        except Exception as e:  # noqa: BLE001 - pint raises several types
            raise InputError(f"unit must be a unit pint knows, got {unit!r} ({e})") from None
        q = r.Quantity(self.value, self.unit)
        try:
            if r.Unit(self.unit).is_compatible_with(target) and _multiplicative(self.unit) and \
                    _multiplicative(unit):
                return self.value * _factor(self.unit) / _factor(target)
            return _dec(q.to(target).magnitude)
        except Exception as e:  # noqa: BLE001
            raise InputError(f"the quantity '{self.text}' at {self.span[0]}-{self.span[1]} cannot be "
                             f"expressed in {unit!r}: {e}") from None

    def to_dict(self) -> dict[str, Any]:
        return {"value": None if self.value is None else str(self.value), "unit": self.unit,
                "dimensionality": self.dimensionality, "si": None if self.si is None else str(self.si),
                "si_unit": self.si_unit, "span": list(self.span), "text": self.text,
                "number_span": list(self.number_span), "unit_span": list(self.unit_span),
                "unit_text": self.unit_text, "problem": self.problem}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Quantity":
        fr = (lambda v: None if v is None else Fraction(v))
        return cls(fr(d["value"]), d["unit"], d["dimensionality"], fr(d["si"]), d["si_unit"],
                   tuple(d["span"]), d["text"], tuple(d["number_span"]), tuple(d["unit_span"]),
                   d["unit_text"], d.get("problem", ""))


# ---------------------------------------------------------------------------------------------
# the registry

@functools.lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    from ..resources import load_yaml
    return load_yaml("grammars", UNITS_FILE)


@functools.lru_cache(maxsize=1)
def ureg():
    """The process-wide pint ``UnitRegistry`` with nesy's additions (built once, ~0.3 s)."""
    import pint
    r = pint.UnitRegistry(autoconvert_offset_to_baseunit=True)
    for d in _table().get("define", []):
        r.define(d["def"])
    return r


@functools.lru_cache(maxsize=1)
def _accept() -> frozenset[str]:
    return frozenset(_table()["accept"])


@functools.lru_cache(maxsize=1)
def _stop() -> frozenset[str]:
    return frozenset(str(s) for s in _table()["stop"])


@functools.lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    from .lexicon import no_content
    return no_content().words["function"]


@functools.lru_cache(maxsize=1)
def _alias_rx() -> tuple[re.Pattern, dict[str, str]]:
    """One regex for the aliases (symbols, case-sensitive) and multi-word unit names (any case)."""
    t = _table()
    syms = {str(k): str(v) for k, v in t.get("alias", {}).items()}
    words = {str(k).lower(): str(v) for k, v in t.get("alias_words", {}).items()}
    parts = []
    for w in sorted(words, key=len, reverse=True):
        body = r"[\s\-]+".join(re.escape(x) for x in w.split())
        parts.append(rf"(?i:{body})(?:e?s)?(?![^\W\d_])")
    for s in sorted(syms, key=len, reverse=True):
        tail = r"(?![^\W\d_])" if s[-1:].isalpha() else ""
        parts.append(re.escape(s) + tail)
    table = dict(syms)
    table.update(words)
    return re.compile("|".join(parts)), table


def _dec(x: Any) -> Fraction:
    """A float conversion factor as the decimal it was written as: the shortest decimal within one ulp
    (pint computes "foot" as 12 × 0.0254 = 0.30479999999999996; the foot is 0.3048 m exactly)."""
    if isinstance(x, Fraction):
        return x
    if isinstance(x, int):
        return Fraction(x)
    f = float(x)
    if not math.isfinite(f):
        raise ValueError(f"not a finite factor: {x!r}")
    tol = math.ulp(f)
    for digits in range(1, 18):
        d = Fraction(f"{f:.{digits}g}")
        if abs(float(d) - f) <= tol:
            return d
    return Fraction(repr(f))


def _factor(unit) -> Fraction:
    """The exact factor of ``unit`` to SI base units: the product of its atoms' decimal factors, so that
    km/h is exactly 1000/3600 m/s."""
    r = ureg()
    u = r.Unit(unit)
    out = Fraction(1)
    for name, exp in u._units.items():
        f, _ = r.get_base_units(name)
        e = Fraction(exp)
        if e.denominator != 1:
            return _dec(r.get_base_units(u)[0])
        out *= _dec(f) ** int(e)
    return out


def _multiplicative(unit: str) -> bool:
    """Whether ``unit`` converts by a factor alone (not an offset scale such as °C)."""
    return "Celsius" not in unit and "Fahrenheit" not in unit


@functools.lru_cache(maxsize=4096)
def unit_of(word: str) -> str | None:
    """The pint expression for one unit written as ``word`` ("kΩ" → "kiloohm", "meters" → "meter",
    "AU" → "astronomical_unit"), or ``None`` when it is not a unit nesy reads (see module docstring)."""
    if not word or word in _stop():
        return None
    if word.islower() and len(word) > 1 and word in _function_words():
        return None  # "13 has", "5 us", "2 am": English words pint would read as units
    rx, table = _alias_rx()
    m = rx.fullmatch(word)
    if m:
        if word in table:
            return table[word]
        spaced = re.sub(r"[\s\-]+", " ", word.lower())
        # the plural's "s" or "es" ("light minutes", "solar radii" is listed whole)
        return table.get(spaced) or table.get(re.sub(r"s$", "", spaced)) or table.get(re.sub(r"es$", "", spaced))
    r = ureg()
    try:
        cands = r.parse_unit_name(word, case_sensitive=True)
    except Exception:  # noqa: BLE001
        return None
    for prefix, name, _suffix in cands:
        if name == "molar" and prefix not in ("", "milli", "micro", "nano", "pico"):
            continue  # "GM" is G·M in a formula, not gigamolar
        if name in _accept():
            return f"{prefix}{name}"
    if word[:1].isupper() and word[1:].islower() and len(word) > 2:
        return unit_of(word.lower())  # "Kilometers" at the start of a sentence
    return None


# ---------------------------------------------------------------------------------------------
# reading a unit expression after a number

_GAP = re.compile(r"[ \t\u00a0\u2009\u202f]{0,3}(?:-(?=[^\W\d_]))?|-")
_LETTER = rf"(?:(?![{_SUPER}])[^\W\d_])"
_ATOM = re.compile(rf"(?:[°º]\s?[CFK](?![^\W\d_])|[°º℃℉%‰Ω]|{_LETTER}+(?:_[A-Za-z]+|[☉⊙⊕])?)")
_POWER = re.compile(rf"\s?(?:\^\s?(?:\(\s?([-+−]?\d)\s?\)|([-+−]?\d))|\*\*\s?([-+−]?\d)|([⁻⁺]?[{_SUPER}]))(?!\d)")
_SEP = re.compile(r"\s?(/|·|⋅|\*|×(?=\s?[^\W\d_]))\s?|\s+(per)\s+|(\s)(?=[^\W\d_])")
_SQUARE = re.compile(r"(?i:(square|sq\.?|cubic)\s+)")
_LENGTHS = frozenset({"meter", "inch", "foot", "yard", "mile"})


_POWER_WORD = re.compile(r"\s+(squared|cubed)(?![^\W\d_])", re.IGNORECASE)


def _power(s: str, i: int) -> tuple[int, int]:
    w = _POWER_WORD.match(s, i)
    if w:                              # "metres per second squared", "centimetres cubed"
        return (2 if w.group(1).lower() == "squared" else 3), w.end()
    m = _POWER.match(s, i)
    if not m:
        return 1, i
    g = next(x for x in m.groups() if x).translate(_SUPER_TR).replace("−", "-")
    try:
        return int(g), m.end()
    except ValueError:
        return 1, i


def _quotes_closed(s: str, i: int) -> bool:
    """Whether every quotation mark '"' of ``s[i]``'s line before ``i`` is closed (inch marks, a '"' right
    after a digit, are no quotation marks): a '"' at ``i`` then opens nothing and closes nothing."""
    line = s.rfind("\n", 0, i) + 1
    return sum(1 for k in range(line, i) if s[k] == '"' and not (k > 0 and s[k - 1].isdigit())) % 2 == 0


# an SI prefix said or written apart from its unit ("100 k ohm", "47 micro farad", "2 kilo ohms", "5 M Ω"): the
# unit spelled out (or Ω), never a symbol ("5 m s" is no millisecond); BIPM SI Brochure (9th ed.) §3
_PREFIX_APART = re.compile(r"(?P<pre>kilo|mega|giga|milli|micro|nano|pico|[kMGmµμunp])[ \t-](?P<unit>Ω|[A-Za-z]{3,})(?![\w])")
_PREFIX_NAMES = {"k": "kilo", "M": "mega", "G": "giga", "m": "milli", "µ": "micro", "μ": "micro", "u": "micro",
                 "n": "nano", "p": "pico"}
_PREFIXED_BASES = frozenset({"ohm", "farad", "volt", "ampere", "henry", "watt", "hertz", "meter", "gram", "second",
                             "joule", "newton", "coulomb", "siemens"})


def _prefix_apart(s: str, i: int) -> tuple[str, int] | None:
    """A prefix apart from its unit at ``s[i]`` (``_PREFIX_APART``): (the prefixed pint unit, end), or None."""
    m = _PREFIX_APART.match(s, i)
    if not m:
        return None
    base = unit_of(m.group("unit"))
    if base not in _PREFIXED_BASES:
        return None
    pre = m.group("pre")
    expr = _PREFIX_NAMES.get(pre, pre.lower()) + base
    try:
        ureg().Unit(expr)
    except Exception:  # noqa: BLE001
        return None
    return expr, m.end()


def _one_unit(s: str, i: int) -> tuple[str, int, bool] | None:
    """One unit at ``s[i]``: (pint expression with its power, end, is-a-symbol), or None."""
    apart = _prefix_apart(s, i)
    if apart:
        return apart[0], apart[1], False
    sq = _SQUARE.match(s, i)
    mult = 1
    if sq:
        mult = 3 if sq.group(1).lower() == "cubic" else 2
        i = sq.end()
    rx, table = _alias_rx()
    m = rx.match(s, i)
    if m and m.group(0) == '"' and not (i > 0 and s[i - 1].isdigit() and _quotes_closed(s, i)):
        m = None   # the inch mark only against its number and closing no quote ('the label "R = 5"')
    expr = None
    if m:
        expr = unit_of(m.group(0))
        end, symbol = m.end(), not m.group(0)[:1].isalpha() or len(m.group(0)) <= 3
    if expr is None:
        m = _ATOM.match(s, i)
        if not m:
            return None
        word = m.group(0)
        expr = unit_of(word)
        if expr is None:
            return None
        end = m.end()
        symbol = len(word) <= 3 or not word.isalpha() or word != word.lower()
    p, end2 = _power(s, end)
    if p == 1 and end < len(s) and s[end] in "23" and (end + 1 == len(s) or not s[end + 1].isalnum()):
        base = re.sub(r"^[a-z]+?(?=meter|inch)", "", str(expr))
        if base in _LENGTHS or str(expr).endswith("meter"):
            p, end2 = int(s[end]), end + 1  # "m2", "cm3"
    power = p * mult
    if power == 0:
        return None
    e = f"({expr})" if " " in str(expr) else str(expr)
    return (e if power == 1 else f"{e} ** {power}"), end2, symbol


def _unit_seq(s: str, j: int, depth: int = 0) -> list[tuple[str, int]]:
    """Unit expressions starting at ``s[j]``, each longer than the last: [(pint expression, end), …].
    "m^3/(kg · s^2)": a parenthesised product after "/" divides as a whole."""
    paren = depth > 0
    first = _one_unit(s, j)
    if first is None:
        return []
    expr, end, symbol = first
    parts, best = [expr], [(expr, end)]
    k = end
    for _ in range(8):
        m = _SEP.match(s, k)
        if not m:
            break
        if m.group(3) is not None and not symbol:
            break
        op = "/" if (m.group(1) == "/" or m.group(2)) else "*"
        nx = m.end()
        if op == "/" and depth < 2 and s[nx:nx + 1] == "(":
            inner = _unit_seq(s, nx + 1 + (s[nx + 1:nx + 2] == " "), depth + 1)
            if not inner:
                break
            e_in, end_in = inner[-1]
            close = re.match(r"\s?\)", s[end_in:])
            if not close:
                break
            parts.append(f"/ ({e_in})")
            k, symbol = end_in + close.end(), True
            best.append((" ".join(parts), k))
            continue
        nxt = _one_unit(s, nx)
        if nxt is None:
            break
        if m.group(3) is not None and not nxt[2]:
            break
        parts.append(f"{op} {nxt[0]}")
        k, symbol = nxt[1], nxt[2]
        best.append((" ".join(parts), k))
    return best if not paren else best[-1:]


def _unit_after(s: str, i: int) -> tuple[str, int, int] | None:
    """The longest unit expression starting at ``s[i]`` after a number: (pint expression, start, end)."""
    g = _GAP.match(s, i)
    j = g.end() if g else i
    r = ureg()
    for e, end in reversed(_unit_seq(s, j)):
        try:
            r.Unit(e)
            return e, j, end
        except Exception:  # noqa: BLE001 - offset units in products, bad compounds
            continue
    return None


# one-letter units that may be written glued to their number ("5m", "3s", "10V"); other letters glued
# to a number are variables ("10t", "4x")
_GLUED_ONE = frozenset("mgsAVWNJKCFLh°%Ω\"″")


def _glued_ok(unit_text: str) -> bool:
    """Whether a unit written with no space after its number is read as one."""
    m = re.match(r"[^\W\d_]+", unit_text)
    word = m.group(0) if m else unit_text[:1]
    if len(word) == 1:
        return word in _GLUED_ONE
    # two capitals ("GM", "MT") are a product of symbols in formulas, not a prefixed unit
    return not (len(word) == 2 and word.isupper())


@functools.lru_cache(maxsize=2048)
def _canonical(expr: str) -> tuple[str, str, str, Fraction | None]:
    r = ureg()
    u = r.Unit(expr)
    name = str(u)
    dim = str(u.dimensionality) or "dimensionless"
    if dim == "dimensionless":
        dim = "dimensionless"
    _, base = r.get_base_units(u)
    return name, dim, str(base) or "dimensionless", _factor(u)


def _make(norm: Normalized, n: Number, unit: tuple[str, int, int]) -> Quantity | None:
    expr, us, ue = unit
    try:
        name, dim, base, factor = _canonical(expr)
    except Exception:  # noqa: BLE001
        return None
    value = n.value
    si: Fraction | None = None
    if value is not None:
        if "Celsius" in name or "Fahrenheit" in name:
            try:
                si = _dec(ureg().Quantity(float(value), name).to_base_units().magnitude)
            except Exception:  # noqa: BLE001 - a value too large for a float
                si = None
        else:
            si = value * factor if factor is not None else None
    ns = norm.span(n.start, n.end)
    uspan = norm.span(us, ue)
    span = (ns[0], max(ns[1], uspan[1]))
    return Quantity(value, name, dim, si, base, span, norm.original[span[0]:span[1]], ns, uspan,
                    norm.original[uspan[0]:uspan[1]], n.problem)


def find_quantities(text: str | Normalized) -> list[Quantity]:
    """Every number-with-unit in ``text`` (a string, or one already normalised), left to right, with
    spans in the original text. Bare numbers are left out. Never raises on a string."""
    norm = text if isinstance(text, Normalized) else normalize(text)
    return [q for q, _ in locate_quantities(norm)]


# digits grouped in threes by a space, as the SI writes large numbers ("71 492 km", "384 400 km", "299 792.458 km";
# BIPM, *The International System of Units*, 9th ed., 2019, §5.4.4: "digits may be divided into groups of three by
# a thin space … never a point or a comma"): one number when a unit follows it. Read digit by digit, "71 492 km"
# was 492 km, and "71" a stray number. Not a run of numbers ("R1 1 2 330 Ω", a netlist's nodes), never one opening
# with 0, and not before a plural noun, where the first number counts what the quantity describes ("2 470 Ω
# resistors", "3 500 km circles"): those stay separate numbers, for the science to read or refuse as ambiguous.
_GROUPED = re.compile(r"(?<![\w.,])(?<!\d[ \u00a0\u2009\u202f])(?!0)\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?:\.\d+)?"
                      r"(?![\d.,]\d|\d)")
# the unit, then a plural noun (not a verb or function word in -s: "71 492 km has", "… km, is")
_COUNTED_AFTER = re.compile(r"\s*[^\s,;.:)]+[ \t]+(?!(?:has|was|is|its|this|thus|always|does|goes|seems|lies|sits|"
                            r"as|us|yes|less|across|towards|afterwards|besides|plus|minus)\b)[A-Za-z-]+[a-rt-z]s\b")


def _grouped(s: str) -> dict[int, re.Match]:
    """The space-grouped numbers of ``s`` (``_GROUPED``), by the position their last group starts at."""
    if not re.search(r"\d[ \u00a0\u2009\u202f]\d{3}", s):
        return {}
    return {m.start() + len(m.group(0)) - len(re.split(r"[ \u00a0\u2009\u202f]", m.group(0))[-1]): m
            for m in _GROUPED.finditer(s) if not _COUNTED_AFTER.match(s, m.end())}


def locate_quantities(norm: Normalized) -> list[tuple[Quantity, tuple[int, int]]]:
    """``find_quantities`` with each quantity's span in the normalised text ``norm.text`` too."""
    s = norm.text
    out = []
    grouped = _grouped(s)
    for n in scan_numbers(s):
        g = grouped.get(n.start)
        if g is not None and n.end <= g.end() and s[n.start:g.end()] == n.text.strip():
            n = Number(g.group(0), g.start(), g.end(), Fraction(re.sub(r"\s", "", g.group(0))), "digits")
        if n.end < len(s) and s[n.end - 1:n.end].isspace():
            n = Number(n.text.rstrip(), n.start, n.start + len(n.text.rstrip()), n.value, n.form, n.problem)
        if n.start and s[n.start - 1] in "^_":
            continue  # "x^2dA", "R_1": an exponent or an index, not a number of something
        sign = 1 if s[n.start:n.start + 1] in "-−+" else 0
        if re.search(r"(?:±|\+/-|\+-)\s*$", s[max(0, n.start - 4):n.start + sign]):
            continue  # "5 ± 0.1 kg": an uncertainty, not a quantity of its own (nesy reads neither)
        u = _unit_after(s, n.end)
        if u is None:
            continue
        if u[1] == n.end and not _glued_ok(s[u[1]:u[2]]):
            continue  # "2GM", "10t", "4xi": a variable written after a coefficient
        q = _make(norm, n, u)
        if q is not None:
            out.append((q, (n.start, u[2])))
    return out


def read_quantity_text(text: str, start: int = 0) -> Quantity:
    """Exactly one quantity that makes up all of ``text`` ("10 kΩ", "3.0 × 10⁸ m/s"), with spans offset
    by ``start``. Raises ``InputError`` quoting the text when it is not one."""
    s = str(text)
    qs = find_quantities(s)
    if len(qs) != 1 or qs[0].span != (len(s) - len(s.lstrip()), len(s.rstrip())):
        raise InputError(f"'{s[:40]}' at {start}-{start + len(s)} is not one quantity (a number and a unit)")
    q = qs[0]
    sh = (lambda sp: (sp[0] + start, sp[1] + start))
    return Quantity(q.value, q.unit, q.dimensionality, q.si, q.si_unit, sh(q.span), q.text, sh(q.number_span),
                    sh(q.unit_span), q.unit_text, q.problem)


# a word that carries a number the number reader may not read in its place: a fraction or a multiple
_NUMBER_LIKE = re.compile(r"(?i)half|halves|quarters?|thirds|fourths|fifths|sixths|sevenths|eighths|ninths|tenths|"
                          r"twice|thrice|double|triple|quadruple")
# words that say a measure without a number a figure could draw: "a dozen cm", "a couple of newtons"
_VAGUE = re.compile(r"(?i)dozens?|couple|few|several")
# … and those that say one only right before the unit: "some degrees", "many metres" ("some 5 cm" has its number)
_VAGUE_BARE = re.compile(r"(?i)some|many|numerous")


_TOKEN = re.compile(r"[^\W_]+|[°%Ω℃]")


def _tokens_before(text: str, start: int, n: int) -> list[re.Match]:
    """The last ``n`` tokens of ``_TOKEN`` that end at or before ``start``, read from a window that grows until it
    holds them (the token at a window's cut edge is not counted), so a long text is never tokenised whole."""
    size = 64
    while True:
        lo = max(0, start - size)
        toks = [m for m in _TOKEN.finditer(text, lo, start) if m.end() <= start]
        if lo > 0 and toks and toks[0].start() == lo:
            toks = toks[1:]                    # may be the tail of a word the window cut
        if len(toks) >= n or lo == 0:
            return toks[-n:] if n else []
        size *= 2


class Unread(NamedTuple):
    """An unread quantity phrase: its span in the text and its unit's dimensionality ("[length]")."""
    start: int
    end: int
    dimensionality: str


def unread_quantity(text: str, start: int, end: int, *, reach: int = 3) -> Unread | None:
    """The span of a quantity phrase that a science's reader left unread at ``text[start:end]``, or None.

    A science that draws a default where the text gives no value (a planet at 1 AU, a mass of 5 kg) must not
    draw it where the text *did* give one it could not read: "a planet at a quarter AU", "an AU and a
    half", "3 AU" left unread. The unread word counts when it carries a number (a number of
    ``scan_numbers``, a fraction or multiple word: "half", "quarters", "twice", or a vague amount: "a dozen",
    "a couple of") and a unit stands within
    ``reach`` words after it ("a quarter AU", "half an astronomical unit") or, for a fraction or multiple
    word, before it ("an AU and a half"). The span runs from the number to the unit; a science that draws a
    default only for one kind of quantity (a distance) compares ``dimensionality``."""
    word = text[start:end].strip()
    fraction = bool(_NUMBER_LIKE.fullmatch(word) or _VAGUE.fullmatch(word))
    nums = [] if fraction or _VAGUE_BARE.fullmatch(word) else scan_numbers(word)
    if not fraction and not _VAGUE_BARE.fullmatch(word) and not (len(nums) == 1 and nums[0].text.strip() == word):
        return None
    after = list(itertools.islice(_TOKEN.finditer(text, end), reach if fraction else 1))
    for w in after:
        u = _unit_after(text, w.start())
        if u is not None and u[1] == w.start():
            return Unread(start, u[2], _dimension(u[0]))
    for w in _tokens_before(text, start, reach) if fraction else []:
        u = _unit_after(text, w.start())
        if u is not None and u[1] == w.start() and u[2] <= start:
            return Unread(w.start(), end, _dimension(u[0]))
    return None


# angles are dimensionless to pint; an unread angle is told apart from an unread ratio by its unit's name
_ANGLES = frozenset({"degree", "radian", "arcminute", "arcsecond", "turn", "gradian", "milliradian"})
_WORD = re.compile(r"[^\W_]+(?:(?:[-'’]|[.,](?=\d))[^\W_]+)*|[°%Ω℃]")


def _dimension(expr: str) -> str:
    try:
        name, dim = _canonical(expr)[:2]
    except Exception:  # noqa: BLE001 - pint raises several types
        return ""
    return "[angle]" if name.split("_")[-1] in _ANGLES or name in _ANGLES else dim


def dimension_of(unit: str) -> str:
    """The dimensionality a quantity in ``unit`` has, as ``Unread.dimensionality`` names it ("cm" →
    "[length]", "kΩ" → pint's dimensionality of the ohm, "°" → "[angle]"); "" for what is not a unit."""
    expr = unit_of(unit) or unit
    return _dimension(expr)


def unread_quantities(text: str, spans: Any, dimensions: Any = None) -> list[Unread]:
    """Every quantity phrase of ``text`` whose number or unit lies in one of ``spans`` ((start, end) pairs:
    what a science's reader left unread), in text order, one per phrase; only those whose dimensionality is
    in ``dimensions`` when it is given (``dimension_of`` names them).

    One rule for every science that draws a value it is given and a default where it is given none (a
    planet at 1 AU, a 5 kg mass, a square of side 3): a measure the text states but the reader could not
    read must be refused by name, never left for the default to stand in for ("a picture frame of three
    quarters of a kilogram" drawn at 5 kg; "forty-nine square centimetres" drawn as a square of side 3).
    A phrase counts when an unread word carries a number (``unread_quantity``: digits, number words,
    fractions and multiples) with its unit beside it, or when an unread unit word has a number, a fraction
    or a vague amount ("a dozen", "several") right before it ("twenty-ish cm" too). A unit after a
    preposition with no number ("lengths in cm") states no measure."""
    want = None if dimensions is None else set(dimensions)
    out: list[Unread] = []
    num = re.compile(r"(?i)" + number_rx())

    def amount(word: str) -> bool:
        return bool(num.fullmatch(word) or re.search(r"\d", word) or _NUMBER_LIKE.fullmatch(word)
                    or _VAGUE.fullmatch(word) or _VAGUE_BARE.fullmatch(word)
                    or any(num.fullmatch(p) or _VAGUE.fullmatch(p) for p in word.split("-") if p))

    words = list(_WORD.finditer(text))
    spans = sorted(spans)
    firsts = [a for a, _b in spans]
    reach_to = list(itertools.accumulate((b for _a, b in spans), max))  # the furthest end of the spans so far
    for i, w in enumerate(words):
        # only a word inside one of the spans; then only a number or amount word, or a unit right after one, is
        # looked at further (pint is asked about no other word: a long text stays linear)
        k = bisect.bisect_right(firsts, w.start()) - 1
        if k < 0 or reach_to[k] < w.end():
            continue
        q = unread_quantity(text, w.start(), w.end()) if amount(w.group(0)) else None
        if q is None and amount(w.group(0)) and not _VAGUE_BARE.fullmatch(w.group(0)) and \
                [n.text.strip() for n in scan_numbers(w.group(0))] != [w.group(0)]:
            # "a dozen-ish kilograms", "twenty-odd cm": an approximate amount, its unit within three words
            for v in words[i + 1:i + 4]:
                u = _unit_after(text, v.start())
                if u is not None and u[1] == v.start():
                    q = Unread(w.start(), u[2], _dimension(u[0]))
                    break
        if q is None:
            j = i - 1
            if j >= 0 and words[j].group(0).lower() in ("a", "an") and j > 0 and amount(words[j - 1].group(0)):
                j -= 1                                     # "half a centimetre"
            if j >= 0 and amount(words[j].group(0)) and not text[words[j].end():words[j + 1].start()].strip():
                u = _unit_after(text, w.start())
                if u is not None and u[1] == w.start():
                    q = Unread(words[j].start(), u[2], _dimension(u[0]))
        if q is None or (want is not None and q.dimensionality not in want):
            continue
        k = next(k for k, v in enumerate(words) if v.start() >= q.start)
        while k > 0 and (amount(words[k - 1].group(0)) or words[k - 1].group(0).lower() in ("and", "a", "an")) \
                and not text[words[k - 1].end():words[k].start()].strip():
            k -= 1                  # the number's own words before it: "three quarters", "two and a half"
        while words[k].group(0).lower() in ("and", "a", "an") and words[k].start() < q.start:
            k += 1
        q = q._replace(start=min(q.start, words[k].start()))
        if not any(o.start < q.end and q.start < o.end for o in out):
            out.append(q)
    return sorted(out)
