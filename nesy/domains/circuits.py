"""Electric circuits (``nesy.circuits.v1``): a text describing a circuit → a schematic.

parse: values with units ("4.7 kΩ", "10 µF", "9 V") and names ("R1", "SW2") are read by regular
expressions, every other phrase against ``grammars/circuits/grammar.yaml``. Clauses such as "R1 and
R2 in parallel, in series with R3 across a 9 V battery" are folded left to right into a
series-parallel tree (stored in ``attributes["tree"]``); a series chain holding a source is closed into
a loop. The ``SceneGraph`` has one entity per component and per series/parallel group, and
``member`` relations carrying the phrase that made each connection.

solve: Z3 holds the circuit's laws (Kirchhoff's voltage and current laws per group, ideal sources,
Ohm's law, ammeters in series and voltmeters in parallel; ``solvers/circuits.yaml``) as tracked
assertions, so a short across an ideal source or "an ammeter in parallel with the lamp" raises
``UnsatisfiableError`` naming the user's phrases. A second Z3 problem (``Optimize``) places the tree
on a grid: series elements side by side on one rail, parallel branches in disjoint rows between two
vertical buses — no wire crosses another by construction, and every wire is axis-parallel. The
schematic is drawn as textbooks draw it (``circuits_draw``: black IEEE 315 / IEC 60617 symbols, labels
on the figure, junction dots only where three conductors meet, no legend).

verify: from the PNG pixels alone the netlist is read back (``circuits_verify``) — each component by
its symbol's shape at its grid site and named by its label (compared with nesy's own rendering of the
text; no OCR on the crisp PNG), electrical nodes as the connected conductors, a component's terminals
as the conductors at its two leads — and compared with the scene's netlist by graph isomorphism (kinds,
values and names). A figure whose rails are not on nesy's grid is another tool's, read by shape and
OCR (``verify_schematic``, ``nesy.see.schematic``).
"""
from __future__ import annotations

import functools
import math
import re
from fractions import Fraction
import time
from dataclasses import dataclass, field, replace
from typing import Any

from ..errors import InputError, SolverTimeoutError, UnknownWordsError, UnsatisfiableError, UnsupportedError, NothingToDrawError
from ..registry import register
from ..solve.precision import approx_rx
from ..resources import load_yaml
from .kit import DomainFiles, ExactRender
from ..parse.words import MAX_COUNT, count_rx, number_rx, read_count, read_quantity, z3_real
from ..types import Check, Entity, Layout, Relation, SceneGraph, Span, Verdict, _freeze

__all__ = ["CircuitsDomain", "parse_circuit", "check_circuit", "solve_circuit", "verify_circuit", "netlist",
           "spice_netlist", "format_value", "verify_schematic"]

_files = DomainFiles("circuits")
_grammar, _data, _style, _law = _files.grammar, _files.data, _files.style, _files.law

SOURCES = ("vsource", "isource")
KINDS = ("resistor", "capacitor", "inductor", "vsource", "isource", "switch", "ammeter", "voltmeter", "lamp",
         "wire")

# ---------------------------------------------------------------------------------------------
# data


@functools.lru_cache(maxsize=1)
def _common() -> tuple[frozenset[str], dict[str, int]]:
    c = load_yaml("grammars", "common/grammar.yaml")
    words: set[str] = set()
    for key in ("filler", "copulas", "coordinators", "pairwise", "distributive"):
        for w in c.get(key, []):
            words.update(str(w).lower().split())
    nums = {str(k).lower(): int(v) for k, v in c.get("numbers", {}).items() if " " not in str(k)}
    return frozenset(words), nums


def _key(p: str) -> str:
    return " ".join(str(p).lower().split())


@functools.lru_cache(maxsize=1)
def _vocab() -> tuple[re.Pattern, dict[str, tuple[str, Any]], frozenset[str]]:
    """One regex of every grammar phrase (longest first), its (tag, value) table, the single words."""
    g = _grammar()
    table: dict[str, tuple[str, Any]] = {}

    def add(p: str, tag: str, val: Any) -> None:
        table.setdefault(_key(p), (tag, val))
    for kind, d in g["kinds"].items():
        for p in d["one"]:
            add(p, "KIND", (kind, False))
        for p in d["many"]:
            add(p, "KIND", (kind, True))
    for op, ps in [*g["operators"].items(), *g.get("upright", {}).items()]:
        for p in ps:
            add(p, "OP", op)
    for op, ps in g["operators"].items():   # "connected in parallel with each other": the verb before the phrase
        for p in ps:
            if op != "link" and _key(p).startswith("in "):
                for v in g.get("connect_verbs", []):
                    add(f"{v} {p}", "OP", op)
    for p in g["group_refs"]:
        add(p, "GROUP", None)
    for d in g.get("group_ref_dets", []):
        for n in g.get("group_ref_nouns", []):
            add(f"{d} {n}", "GROUP", None)
    for p in g.get("pronouns", []):
        add(p, "IT", None)
    for st, ps in g["states"].items():
        for p in ps:
            add(p, "STATE", st)
    for p in g["new_words"]:
        add(p, "NEW", None)
    for p in g["back_words"]:
        add(p, "BACK", None)
    for p in g["each_words"]:
        add(p, "EACH", None)
    keys = sorted(table, key=lambda k: (-len(k), k))

    def rx(k: str) -> str:
        return r"\s+".join(re.escape(x) for x in k.split())
    # a word stops at letters and digits; a symbol ("||", "∥") stands between them unspaced ("R2||R3", "6Ω||3Ω")
    words = [k for k in keys if re.search(r"[a-z0-9]", k)]
    symbols = [k for k in keys if not re.search(r"[a-z0-9]", k)]
    pat = re.compile(r"(?<![A-Za-z0-9|])(?:" + "|".join(rx(k) for k in words) + r")(?![A-Za-z0-9|])"
                     + (r"|(?<![|∥‖])(?:" + "|".join(rx(k) for k in symbols) + r")(?![|∥‖])" if symbols else ""),
                     re.IGNORECASE)
    single = {w for k in table for w in re.findall(r"[a-z]+", k)} | {str(w).lower() for w in g["neutral"]}
    return pat, table, frozenset(single)


# ---------------------------------------------------------------------------------------------
# values

_PREFIX = {"p": 1e-12, "n": 1e-9, "u": 1e-6, "µ": 1e-6, "μ": 1e-6, "m": 1e-3, "": 1.0, "k": 1e3, "K": 1e3,
           "M": 1e6, "G": 1e9, "pico": 1e-12, "nano": 1e-9, "micro": 1e-6, "milli": 1e-3, "kilo": 1e3, "mega": 1e6,
           "giga": 1e9}
_UNITS = {"Ω": "ohm", "Ω": "ohm", "ohm": "ohm", "ohms": "ohm", "hm": "ohm", "hms": "ohm", "F": "F", "farad": "F", "farads": "F",
          "H": "H", "henry": "H", "henries": "H", "henrys": "H", "V": "V", "volt": "V", "volts": "V",
          "A": "A", "amp": "A", "amps": "A", "ampere": "A", "amperes": "A"}
_UNIT_KIND = {"ohm": ("resistor", "lamp"), "F": ("capacitor",), "H": ("inductor",), "V": ("vsource",),
              "A": ("isource",)}
_SYMBOL = {"ohm": "Ω", "F": "F", "H": "H", "V": "V", "A": "A", "W": "W"}
_VALUE_RE = re.compile(
    # "12-volt", "6.73-V", "1 kilohm", "10 microfarads": a hyphen before the unit, prefixes written out
    r"(?<![A-Za-z0-9.])(?P<num>" + number_rx(signed=True, words=False) + r")(?:\s*|-)"
    # "1 k-ohm", "2.2 kilo-ohms": a hyphen between the prefix and the unit
    r"(?P<pre>(?i:pico|nano|micro|milli|kilo|mega|giga)(?=[a-z]|-[a-z])|[pnuµμmkKMG]?)(?:\s|(?<=[a-zµμKMG])-(?=[a-zA-ZΩΩ]))?"
    r"(?P<unit>Ω|Ω|ohms?|Ohms?|(?<=kilo|mega|Kilo|Mega)hms?|farads?|henr(?:y|ys|ies)|volts?|amperes?|amps?|F|H|V|A)"
    r"(?![A-Za-z0-9])(?!\s*(?:/|per\s)\s*[A-Za-zµ])")  # "2 A/s", "5 V/m": a rate or a field, no component
_NAME_RE = re.compile(r"(?<![A-Za-z0-9])(?P<name>(?:SW|AM|VM|LP|BT|[RCLVBEISAXW])\d{1,3})(?![A-Za-z0-9])")
# "R = 225 ohms", "R_L = 1 kΩ", "V_s = 12 V" (LaTeX "$V_s = 12\\,\\mathrm{V}$" after the shared math reader): a
# quantity's symbol names its part; a voltage symbol only with a subscript that names a source (V_out is an output)
_LETTER_NAME_RE = re.compile(r"(?<![A-Za-z0-9])(?P<name>[RLC](?:_\{?(?!(?:eq|equiv|tot|total|T)\b)[A-Za-z0-9]{1,8}\}?)?"
                             r"|V_\{?(?:s|S|src|sup|supply|in|IN|cc|CC|dd|DD|batt|bat|b|B|0)\}?)"
                             r"(?![A-Za-z0-9])(?=\s*=\s*[-+]?\d)")
# reference designators (IEEE Std 315-1975 / ASME Y14.44-2008: BT battery, SW switch, LP lamp)
_NAME_KIND = {"SW": "switch", "AM": "ammeter", "VM": "voltmeter", "LP": "lamp", "BT": "vsource", "R": "resistor",
              "C": "capacitor",
              "L": "inductor", "V": "vsource", "B": "vsource", "E": "vsource", "I": "isource", "S": "switch",
              "A": "ammeter", "X": "lamp", "W": "wire"}


def _name_kind(name: str) -> str | None:
    """The kind a part's name says ("R2" resistor, "SW1" switch, "LP1" lamp): its leading capitals, else its
    first letter; None for a name that says none."""
    return _NAME_KIND.get(re.match(r"[A-Z]*", name).group(0)) or _NAME_KIND.get(name[:1])
_WORD_RE = re.compile(r"[A-Za-zÀ-ÿ]+(?:'[a-z]+)?|\d+(?:\.\d+)?")
# a count is one whole number expression, read by read_count: "twenty-five", "6/2", "-3", "Ⅳ", "3 three"
_COUNT_RE = re.compile(r"(?<![A-Za-z0-9.])(?:" + count_rx() + r")(?![A-Za-z0-9])")
_PUNCT_RE = re.compile(r"[,;.:()=&+]")
_CLAUSE_OPENER = re.compile(r"\s*(?:where|wherein|whereby|in\s+which|such\s+that)\s+(?:the|both|all|each|it|they)\b",
                            re.IGNORECASE)
# a whole number in digits right before a value's number, a space between: "2 20 Ω" (not "3 1.5 V")
_DIGIT_COUNT_BEFORE = re.compile(r"(?<![\w.,])(\d+)[ \t]+\Z")
# a whole number and a multiplication sign right before a value: "3 × 330 Ω", "2x 10 µF", "4 * 1 kΩ"
_TIMES_COUNT_BEFORE = re.compile(r"(?<![\w.,×*])(\d+)\s*(?:×|\*|[xX])\s*\Z")
# bare numbers listed right before a value ("100, 200 and " of "100, 200 and 300 ohms"); a list needs a comma
# or "and" after each number and begins after a word or punctuation (not inside another quantity)
_BARE_LIST = re.compile(r"(?<![\w.])(?:\d+(?:\.\d+)?\s*(?:,\s*(?:and\s+|&\s*)?|and\s+|&\s*))+\Z")


# "some resistance from the students", "much resistance", "little capacitance": the quantity noun used as a mass
# noun (a quantifier of amount before it, no value after) names no part — a part is counted ("a resistance of
# 10 Ω", "two resistances"); read as one, an extra resistor with no value had verified
_MASS_QUANTITY = re.compile(
    r"(?i)\b(?:some|much|little|more|less|any|no|a\s+lot\s+of|lots\s+of|a\s+bit\s+of|plenty\s+of|a\s+little|"
    r"a\s+great\s+deal\s+of)\s+(resistance|capacitance|inductance|reactance)\b"
    r"(?!\s*(?:value\s+)?(?:is|was|of|=|:|equals|being)?\s*[-+]?\d)")
_POSSESSED_QUANTITY = re.compile(
    r"(?:\b(?:its|their|whose)|(?<=[A-Za-z0-9])(?:'s|’s|s'|’))\s+(?:(?:own|actual|exact|calculated|computed|"
    r"derived|correct|resulting|true)\s+)?(resistances?)\b(?!\s*(?:value\s+)?(?:is|was|of|=|:|equals|being)?\s*[-+]?\d)",
    re.IGNORECASE)


def format_value(value: float, unit: str) -> str:
    """``4700, "ohm"`` → ``"4.7 kΩ"``: engineering prefix, up to four significant digits."""
    sym = _SYMBOL[unit]
    if value == 0:
        return f"0 {sym}"
    for p, s in (("G", 1e9), ("M", 1e6), ("k", 1e3), ("", 1.0), ("m", 1e-3), ("µ", 1e-6), ("n", 1e-9), ("p", 1e-12)):
        if abs(value) >= s * 0.9999:
            return f"{value / s:.4g} {p}{sym}"
    return f"{value / 1e-12:.4g} p{sym}"


def _unit_of(u: str) -> str:
    return _UNITS.get(u, _UNITS.get(u.lower(), u))


# ---------------------------------------------------------------------------------------------
# parse: tokens


@dataclass
class _Tok:
    tag: str            # VALUE NAME KIND OP GROUP STATE NEW BACK EACH COUNT PUNCT
    value: Any
    start: int
    end: int
    text: str


def _label_number(text: str, t: "_Tok", toks: list["_Tok"], grammar: frozenset[str], common: frozenset[str]) -> bool:
    """Whether the count token ``t`` is a label's number ("Figure 2", "year 9"): the word right before it is no
    word of the grammar, nor a filler word unless capitalised ("Figure", "Step"), and no part, value or name
    follows it in its clause."""
    before = re.search(r"([A-Za-z]+)\.?\s*(?:no\.\s*|#\s*)?$", text[max(0, t.start - 30):t.start], re.IGNORECASE)
    if before is None:
        return False
    w = before.group(1)
    if w.lower() in grammar or (w.lower() in common and not w[0].isupper()):
        return False
    nxt = next((x for x in sorted(toks, key=lambda x: x.start) if x.start >= t.end), None)
    return nxt is None or nxt.tag not in ("KIND", "VALUE", "NAME") or re.search(r"[.:;,!?)\-–—]", text[t.end:nxt.start]) is not None


@functools.lru_cache(maxsize=1)
def _kind_words() -> dict[str, str]:
    """Each one-word component word of the grammar ("cap", "resistors", "battery") → its kind."""
    _pat, table, _single = _vocab()
    return {k: v[1][0] for k, v in table.items() if v[0] == "KIND" and " " not in k}


def _tokens(text: str, *, strict: bool) -> tuple[list[_Tok], list[tuple[str, int, int]], int]:
    """The text as tokens, the unknown words and the number of content words."""
    toks: list[_Tok] = []
    used = [False] * (len(text) + 1)

    def take(tag: str, val: Any, s: int, e: int) -> None:
        toks.append(_Tok(tag, val, s, e, text[s:e]))
        for i in range(s, e):
            used[i] = True

    def free(s: int, e: int) -> bool:
        return not any(used[s:e])
    for m in _VALUE_RE.finditer(text):
        unit = _unit_of(m.group("unit"))
        num_text, num_start = m.group("num"), m.start("num")
        dash = re.match(r"[-−–]\s+", num_text)
        if dash and (num_start == 0 or not text[num_start - 1].isalnum()):
            # "three resistors in parallel - 2 Ω, 4 Ω and 8 Ω": a spaced dash separates, it is no sign
            num_text, num_start = num_text[dash.end():], num_start + dash.end()
        try:
            num = float(read_quantity(num_text, num_start, what=f"value in {m.group('unit')}",
                                      unit=m.group("pre") + m.group("unit"), positive=True, min_abs=1e-12))
        except InputError:
            if strict:
                raise
            num = 1.0  # scoring only: the parse reports it
        pre = m.group("pre")
        if unit == "A" and m.group("unit") == "A" and pre == "" and not re.match(r"\s*[A-Z]?", text[m.end():m.end()]):
            pass
        if pre == "m" and unit == "ohm" and m.group("pre") == "M":
            pre = "M"
        val = num * _PREFIX[pre if pre in _PREFIX else pre.lower()]
        run = _DIGIT_COUNT_BEFORE.search(text, 0, num_start)
        if strict and run is not None and re.fullmatch(r"\d+", num_text.strip()) and free(run.start(), run.end()):
            # "2 20 Ω resistors": two of 20 Ω, or 220 Ω with a space (or a typo)? nesy does not guess
            a = run.start()
            raise InputError(f"'{text[a:m.end()]}' at {a}-{m.end()} is ambiguous: {run.group(1)} parts of "
                             f"{num_text.strip()} {m.group('pre')}{m.group('unit')} each, or one value written with a "
                             f"space; write the count in words ('two {num_text.strip()} {m.group('pre')}{m.group('unit')} "
                             "resistors') or the value without the space")
        take("VALUE", {"value": val, "unit": unit}, num_start, m.end())
        # "100, 200 and 300 ohms": the unit written once, after the last number of a list, is every one's
        lst = _BARE_LIST.search(text, 0, num_start)
        if lst is not None and num:
            for b_ in re.finditer(r"\d+(?:\.\d+)?", lst.group(0)):
                bs, be = lst.start() + b_.start(), lst.start() + b_.end()
                if free(bs, be) and float(b_.group(0)) > 0:
                    take("VALUE", {"value": float(b_.group(0)) * val / num, "unit": unit}, bs, be)
    # "two twenty ohm resistors": a count word, then a value in words whose unit it carries (circuits_counted)
    from .circuits_counted import counted_word_values
    for s_, e_, n, (vs, ve, val, unit) in counted_word_values(text, used, _vocab):
        take("COUNT", n, s_, e_)
        take("VALUE", {"value": val, "unit": unit}, vs, ve)
    # "with bands brown-black-red": the IEC 60062 colour code (circuits_colours); a tolerance is not drawn
    from .circuits_colours import colour_values
    try:
        bands, tolerances = colour_values(text, used)
    except InputError:
        if strict:
            raise
        bands, tolerances = [], []   # scoring only: the parse reports it
    for s_, e_, val, unit in bands:
        toks.append(_Tok("VALUE", {"value": val, "unit": unit}, s_, e_, text[s_:e_]))
    # "SMD resistors marked 472 and 103", "coded 4R7": the printed code is the value (circuits_smd)
    from .circuits_smd import smd_values
    for s_, e_, val, unit in smd_values(text, used):
        toks.append(_Tok("VALUE", {"value": val, "unit": unit}, s_, e_, text[s_:e_]))
    # "a second resistor of equal resistance", "R2 equal to R1": the value is another part's (circuits_same)
    from .circuits_same import same_spans
    for s_, e_, ref in same_spans(text, used):
        take("SAME", ref, s_, e_)
    # "an AA cell", "a CR2032 coin cell", "a car battery": a standard designation fixes the voltage (circuits_standard)
    from .circuits_standard import standard_values
    for s_, e_, val, unit in standard_values(text, used):
        if val is None:     # "a 9 V PP3 battery": the name agrees with the value written; read, no second value
            used[s_:e_] = [True] * (e_ - s_)
        else:
            take("VALUE", {"value": val, "unit": unit}, s_, e_)
    # "24v", "4k7", "10k", "47nf", "2 megohms": read, never left for a default (circuits_values)
    from .circuits_values import extra_values
    for s_, e_, val, unit in extra_values(text, used):
        toks.append(_Tok("VALUE", {"value": val, "unit": unit}, s_, e_, text[s_:e_]))
    # any other quantity the shared reader finds ("5.09 × 10^-5 C of charge", "7.70 Hz", "56 µs") is no
    # component: it is reported (not drawn), never read as a count
    from ..parse.quantities import find_quantities
    others: list[tuple[str, int, int]] = list(tolerances)
    for q in find_quantities(text):
        if free(q.start, q.end) and q.value is not None:
            others.append((q.text, q.start, q.end))
            for i in range(q.start, q.end):
                used[i] = True
    for m in _NAME_RE.finditer(text):
        if free(m.start(), m.end()):
            take("NAME", m.group("name"), m.start(), m.end())
    letters = []
    for m in _LETTER_NAME_RE.finditer(text):  # "R = 225 ohms, L = 0.8 H": a quantity's symbol names its part
        if free(m.start(), m.end()):
            take("NAME", re.sub(r"[_{}]", "", m.group("name")), m.start(), m.end())   # "V_s" drawn as "Vs"
            letters.append((m.start(), m.end()))
    from .circuits_declared import letter_references   # "R = 10 kΩ. C = 100 nF. R and C in series"
    for a, b in letter_references(text, letters):
        if free(a, b):
            take("NAME", text[a:b], a, b)
    pat, table, single = _vocab()
    # "the cap-divider test", "a resistor-capacitor circuit": component words in a compound that names no part
    # (circuits_mentions), reported as not drawn
    from .circuits_mentions import hyphen_compounds
    compounds = [(text[a:b], a, b) for a, b in hyphen_compounds(text, _kind_words()) if free(a, b)]
    for _w, a, b in compounds:
        for i in range(a, b):
            used[i] = True
    # "label the resistor with its resistance", "R1's resistance": a quantity of a part named before, no
    # further part; its words are read (not drawn), never a second resistor. (A value after it, "its resistance
    # is 0.5 Ω", keeps the word a part's, as before.)
    for m in _POSSESSED_QUANTITY.finditer(text):
        if free(m.start(1), m.end(1)):
            for i in range(m.start(1), m.end(1)):
                used[i] = True
    mass = [mm.span(1) for mm in _MASS_QUANTITY.finditer(text)]
    for m in pat.finditer(text):
        if free(m.start(), m.end()) and m.span() not in mass:
            tag, val = table[_key(m.group(0))]
            take(tag, val, m.start(), m.end())
    common, nums = _common()
    # "9V bat, R 1k, C 10uF", "12V src": a clipped component word or a lone class letter beside its value
    from .circuits_abbrev import abbreviated_kinds
    kind_words = {k: v[0] for k, v in table.items() if v[0] == "KIND" and " " not in k and not v[1][1]}
    kind_words = {k: table[k][1][0] for k in kind_words}
    for s_, e_, kind in abbreviated_kinds(text, [t for t in toks if t.tag == "VALUE"], single | common | frozenset(nums),
                                          kind_words, _UNIT_KIND, free):
        take("KIND", (kind, False), s_, e_)
    # "3 × 330 Ω", "2x 10 µF", "4 * 1 kΩ": a whole number times a value is that many parts of that value (the
    # multiplication sign as a count, as parts lists write it: "3 × 330 Ω" = three 330 Ω resistors)
    for t in [t for t in toks if t.tag == "VALUE"]:
        mx = _TIMES_COUNT_BEFORE.search(text, 0, t.start)
        if mx is None:
            continue
        had = [c for c in toks if c.tag == "COUNT" and (c.start, c.end) == mx.span(1)]   # "3" read as a count
        if had and free(mx.end(1), mx.end()):
            toks.remove(had[0])
            for i in range(mx.start(), mx.end(1)):
                used[i] = False
        if free(mx.start(), mx.end()):
            take("COUNT", read_count(mx.group(1), mx.start(), maximum=MAX_COUNT), mx.start(), mx.end())
    # claimed characters are masked (offsets kept) so that a run of numbers stops at a value ("3 1.5 V")
    masked = "".join("\0" if u else ch for ch, u in zip(text, used))
    for m in _COUNT_RE.finditer(masked):
        if free(m.start(), m.end()) and m.group(0).strip():
            try:
                n = read_count(m.group(0), m.start(), maximum=MAX_COUNT)
            except InputError:
                # "at zero frequency", "the initial current is 0": a quantity's value, no count (circuits_quantity)
                from .circuits_quantity import zero_quantity
                zq = zero_quantity(text, m.start(), m.end(), toks, free)
                if zq is not None:
                    others.append(zq)
                    for i in range(zq[1], zq[2]):
                        used[i] = True
                    continue
                if strict:
                    raise
                n = 2  # scoring only: the parse reports it
            take("COUNT", n, m.start(), m.end())
    # "Figure 2:", "Fig. 7.", "my year 9 class", "Exercise 3 -": a number right after a word nesy does not know,
    # and before no part it could count, labels that word; it counts nothing (both are reported, not drawn)
    labels = [t for t in toks if t.tag == "COUNT" and t.text[:1].isdigit() and _label_number(text, t, toks, single, common)]
    for t in labels:
        toks.remove(t)
        for i in range(t.start, t.end):
            used[i] = False
    for m in _WORD_RE.finditer(text):
        w = m.group(0).lower()
        if not free(m.start(), m.end()) or w not in nums or w in ("a", "an"):
            continue
        if nums[w] > 1:  # "both", "several"
            take("COUNT", nums[w], m.start(), m.end())
        elif nums[w] == 0 and strict:
            after = sorted((t for t in toks if t.start >= m.end()), key=lambda t: t.start)[:2]
            if after and (after[0].tag == "KIND" or after[0].tag == "VALUE" and len(after) > 1
                          and after[1].tag == "KIND"):
                read_count(m.group(0), m.start())  # "no lamps", "no 1.5 V cells": refused, nesy draws what is there
    for m in _PUNCT_RE.finditer(text):
        if m.group(0) == "." and re.search(r"(?i)(?<![\w.])(?:approx|appr|ca|abt|est)$", text[:m.start()]):
            continue      # an abbreviation's point ("approx. 470 Ω"): no sentence ends there
        if free(m.start(), m.end()):
            # ", where the resistor and the capacitor are in series": a comma before a relative adverb opens a
            # clause of its own, as ";" does (the list before it is then an inventory: circuits_chain)
            p_ = ";" if m.group(0) == "," and _CLAUSE_OPENER.match(text, m.end()) else m.group(0)
            take("PUNCT", p_, m.start(), m.end())
    unknown: list[tuple[str, int, int]] = []
    n_content = 0
    for m in _WORD_RE.finditer(text):
        if any(used[m.start():m.end()]):
            n_content += 1
            continue
        w = m.group(0).lower()
        if w in common or w in nums:
            continue
        n_content += 1
        if w in single:
            continue
        if strict and w.isalpha():
            from ..parse.nlp import get_nlp
            if get_nlp()(w)[0].lemma_.lower() in single:
                continue
        unknown.append((m.group(0), m.start(), m.end()))
    # a bar nesy did not read as "||" ("|||", "R1 | R2") is no gap between parts: a list would chain them in series
    unknown += [(m.group(0), m.start(), m.end()) for m in re.finditer(r"[|∥‖¦]+", text) if free(m.start(), m.end())]
    # "R = 11", "C = 4": a part's symbol set to a number without its unit; the part is read by its name, the number
    # is listed as not drawn (nesy never guesses a unit), never a count (circuits_quantity)
    from .circuits_quantity import unitless_values
    for t in unitless_values(sorted(toks, key=lambda t: t.start), text):
        toks.remove(t)
        others.append((t.text, t.start, t.end))
    unknown = sorted(unknown + others + compounds, key=lambda u: u[1])
    toks.sort(key=lambda t: t.start)
    from .circuits_adverbs import manner_adverbs   # "connected directly across", "wired straight across"
    unknown = manner_adverbs(unknown, toks, text)
    from .circuits_verbs import source_verbs       # "two batteries in parallel supply a resistor": the verb
    toks = source_verbs(toks, _Tok)
    from .circuits_attached import attached_parallel   # "a resistor with a capacitor across it": R || C
    toks = attached_parallel(toks, text, _Tok)
    from .circuits_listed import definite_listed   # "These resistors, 10 Ω, 15 Ω and 20 Ω, are in series"
    toks = definite_listed(toks, text, _Tok)
    return toks, unknown, n_content


# ---------------------------------------------------------------------------------------------
# parse: the series-parallel tree


@dataclass
class _Node:
    op: str                               # "C" component, "S" series, "P" parallel
    id: str = ""
    children: list["_Node"] = field(default_factory=list)
    attach: list[dict] = field(default_factory=list)   # phrases that put this node into its parent
    parent: "_Node | None" = None
    default: bool = False      # a plural's parts chained by default ("two resistors"), no connection said

    def leaves(self) -> list[str]:
        return [self.id] if self.op == "C" else [x for c in self.children for x in c.leaves()]


@dataclass
class _Comp:
    id: str
    kind: str
    name: str | None
    value: float | None
    unit: str | None
    state: str | None
    span: dict


def _sp(s: int, e: int, text: str) -> dict:
    while e > s and text[e - 1] in " \t\n,;":
        e -= 1
    return {"text": text[s:e], "start": s, "end": e}


class _Builder:
    """Folds the token stream into a forest of series-parallel trees (see the module docstring)."""

    def __init__(self, text: str):
        self.text = text
        self.comps: dict[str, _Comp] = {}
        self.order: list[str] = []
        self.forest: list[_Node] = []
        self.leaf: dict[str, _Node] = {}
        self.last: _Node | None = None
        self.n = 0
        # components a counted plural introduced without values ("two capacitors"), in order: a value stated
        # later on its own ("One has 2.13 µF and the other 4.04 µF") is theirs, not a further component
        self.waiting: list[str] = []
        # the components each mention named, by where the mention starts ("it" refers to one)
        self.mentioned: dict[int, list[str]] = {}
        # the place of each resistor of a divider named without its parts ("top", "bottom": circuits_divider)
        self.places: dict[str, str] = {}

    # components ---------------------------------------------------------------------------
    def new_comp(self, kind: str, name: str | None, value: dict | None, state: str | None, span: dict) -> str:
        cid = f"_c{self.n}"
        self.n += 1
        self.comps[cid] = _Comp(cid, kind, name, value["value"] if value else None,
                                value["unit"] if value else None, state, span)
        self.order.append(cid)
        node = _Node("C", cid)
        self.leaf[cid] = node
        self.forest.append(node)
        return cid

    def by_name(self, name: str) -> str | None:
        return next((c.id for c in self.comps.values() if c.name == name), None)

    # tree surgery ---------------------------------------------------------------------------
    def root_of(self, node: _Node) -> _Node:
        while node.parent is not None:
            node = node.parent
        return node

    def group(self, ids: list[str], span: dict) -> _Node:
        """The node whose leaves are exactly ``ids`` (splitting a run of siblings off if needed)."""
        roots = {id(self.root_of(self.leaf[i])) for i in ids}
        if len(roots) > 1:
            raise UnsupportedError(f"'{span['text']}' at {span['start']}-{span['end']} groups components of "
                                   "separate parts of the circuit; connect them first")
        node = self.leaf[ids[0]]
        want = set(ids)
        while not want <= set(node.leaves()):
            node = node.parent
        if set(node.leaves()) == want:
            return node
        idx = [k for k, c in enumerate(node.children) if set(c.leaves()) & want]
        if (idx == list(range(idx[0], idx[-1] + 1))
                and set(x for k in idx for x in node.children[k].leaves()) == want):
            sub = _Node(node.op, children=[node.children[k] for k in idx], default=node.default)
            for c in sub.children:
                c.parent = sub
            node.children[idx[0]:idx[-1] + 1] = [sub]
            sub.parent = node
            return sub
        raise UnsupportedError(f"'{span['text']}' at {span['start']}-{span['end']}: those components are not "
                               "one series or parallel group of the circuit, so they cannot be treated as one")

    def _holds(self, op: str, items: list[_Node], span: dict) -> _Node | None:
        """The node of ``items`` when the circuit already connects them that way ("R1 and R2 in
        parallel across a battery. The battery across both resistors."): siblings of one parallel
        group, consecutive members of one series chain, or the two elements of a whole loop (in series
        and in parallel at once). The phrase is recorded on them; None when the connection is new."""
        for outer in items:
            # "C1 = 100n across R2 (in parallel with R2)": R2 is already a member of the group the phrase names,
            # joined that way — the phrase says again what the circuit has, and adds nothing
            rest = [it for it in items if it is not outer]
            if outer.op == op and rest and all(it.parent is outer for it in rest):
                for it in rest:
                    it.attach = it.attach + [span]
                return outer
        par = items[0].parent
        if par is None or any(it.parent is not par for it in items):
            return None
        idx = sorted(par.children.index(it) for it in items)
        ok = (op == "P" and par.op == "P"
              or op == "S" and par.op == "S" and idx == list(range(idx[0], idx[-1] + 1))
              or op == "S" and par.op == "P" and par.parent is None and len(par.children) == len(items) == 2)
        if not ok:
            return None
        for it in items:
            it.attach = it.attach + [span]
        return self.group([x for it in items for x in it.leaves()], span)

    def _insert(self, items: list[_Node], roots: list[int], span: dict) -> _Node | None:
        """New parts joined in series with two parts that are already neighbours go between them
        ("A battery and a lamp in series. A switch between the battery and the lamp."): neighbours in
        one series chain, or the two elements of a whole loop (the new parts join the side without
        the source). None when the parts are not two neighbours."""
        fresh = [it for it, r in zip(items, roots) if it.parent is None and roots.count(r) == 1]
        old = [it for it in items if all(it is not f for f in fresh)]
        if not fresh or len(old) != 2 or old[0].parent is None or old[0].parent is not old[1].parent:
            return None
        par = old[0].parent
        i, j = sorted(par.children.index(it) for it in old)
        if par.op == "S" and j == i + 1:
            at = j
        elif par.op == "P" and par.parent is None and len(par.children) == 2:
            side = next((c for c in par.children if not any(self.comps[x].kind in SOURCES for x in c.leaves())),
                        par.children[1])
            chain = _Node("S", children=[side], attach=side.attach)
            side.attach, side.parent = [], chain
            par.children[par.children.index(side)] = chain
            chain.parent = par
            par, at = chain, 0
        else:
            return None
        for f in fresh:
            self.forest.remove(f)
            f.parent = par
            f.attach = f.attach + [span]
        par.children[at:at] = fresh
        return par

    def combine(self, op: str, items: list[_Node], span: dict) -> _Node:
        if len(items) == 1:
            return items[0]
        if op == "link":
            srcs = [any(self.comps[i].kind in SOURCES for i in it.leaves()) for it in items]
            op = "P" if any(srcs) and not all(srcs) else "S"
        roots = [id(self.root_of(it)) for it in items]
        if len(set(roots)) < len(roots):
            held = self._holds(op, items, span)
            if held is None and op == "S":
                held = self._insert(items, roots, span)
            if held is not None:
                return held
            raise UnsupportedError(f"'{span['text']}' at {span['start']}-{span['end']} connects a part of the "
                                   "circuit to another part of the same group; nesy draws series-parallel "
                                   "circuits only")
        inner = [it for it in items if it.parent is not None]
        if len(inner) > 1:
            raise UnsupportedError(f"'{span['text']}' at {span['start']}-{span['end']} connects two parts inside "
                                   "the circuit to each other; nesy draws series-parallel circuits only")
        for it in items:
            if it.parent is None and it in self.forest:
                self.forest.remove(it)
        new = _Node(op, children=list(items))
        if inner:
            x = inner[0]
            par = x.parent
            par.children[par.children.index(x)] = new
            new.parent = par
            new.attach = x.attach
            x.attach = []
        else:
            self.forest.append(new)
        for it in items:
            it.parent = new
            it.attach = it.attach + [span]
        return new


# ("three resistors called R1, R2 and R3", "a resistor labelled R4": a naming word joins the name to its part)
# (an approximation marker after the link word stays in the mention: "a resistor of about 470 Ω" is one resistor,
# its value held to the marker's precision by nesy.solve.precision — read as a gap, the value had become a second
# resistor and the first one valueless)
_GAP_OK = re.compile(r"[\s(=:]*(?:(?:of|rated at|rated|valued at|with a value of|with value|called|named|labell?ed|"
                     r"designated|marked)[\s(=:]*)?(?:" + approx_rx() + r"\s*)?",
                     re.IGNORECASE)


def _neutral_gap(gap: str, *, modifiers: bool = False) -> bool:
    """Whether ``gap`` holds only words that qualify a component without a constraint ("identical")."""
    words = re.findall(r"[A-Za-z]+", gap)
    if not words or re.search(r"[,;.:()]", gap):
        return False
    neutral = {str(w).lower() for w in _grammar()["neutral"]} | set(_grammar().get("qualifiers", []))
    if all(w.lower() in neutral for w in words):
        return True
    if not modifiers:
        return False
    # "a 5 V bench supply", "a 100 µF electrolytic capacitor", "a 9 V PP3 battery": up to two words nesy does
    # not know, between a value and its component, modify the component (they are reported as not drawn)
    _pat, _table, single = _vocab()
    common, nums = _common()
    return len(words) <= 2 and re.fullmatch(r"\s*(?:[A-Za-z][\w-]*\s+){1,2}", gap) is not None and all(
        w.lower() in neutral or (w.lower() not in single and w.lower() not in common and w.lower() not in nums)
        for w in re.findall(r"[\w-]+", gap))


# an ordinal after "the" names a part introduced before by its place among those of its kind, in the order
# the text introduced them ("the second resistor"; "the last lamp": the latest); "a second resistor" is new
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": -1}


def _mentions(toks: list[_Tok], text: str) -> list[tuple[str, Any, int, int]]:
    """Group tokens into mentions (component phrases) and operators: ``(tag, payload, start, end)``.
    tags: COMP (payload: dict), OP, GROUP, SEP (clause end), AND."""
    out: list[tuple[str, Any, int, int]] = []
    cur: dict[str, Any] | None = None

    def flush() -> None:
        nonlocal cur
        if cur is not None and cur.get("kind") == "source":
            cur["kind"] = _source_kind(cur)
        if cur is not None and not (cur.get("kind") or cur.get("name") or cur.get("value")) and cur.get("count") \
                and (cur.get("det") == "back" or _key(cur["count"][1].text) in _back_counts()) \
                and _listed_before(out) == cur["count"][0] and not any(x[0] in ("OP", "GROUP") for x in out):
            # "all three", "both", "the two" after parts listed in sentences of their own ("R1 = 1 kΩ; R2 = 2 kΩ -
            # both in series", "A lamp. A cell. The two in series."): every part listed so far, gathered into its
            # clause — the sentences only listed them, joining nothing
            out[:] = [("AND", ",", x[2], x[3]) if x[0] == "SEP" else x for x in out]
        if cur is not None and (cur.get("kind") or cur.get("name") or cur.get("value")):
            out.append(("COMP", cur, cur["start"], cur["end"]))
        elif cur is not None and cur.get("count") and cur.get("det") == "back" and \
                _listed_before(out) == cur["count"][0]:
            pass   # "…, all three in series", "the three in parallel": every part listed so far, counted right
        elif cur is not None and cur.get("count") and cur.get("det") == "back" and re.fullmatch(
                r"(?i)one\s+of\s+(?:the|these|those|all)\s+\S+", text[cur["start"]:cur["count"][1].end]):
            # "one of the two is 40 Ω": the counted parts named before, as "one of them" (circuits_apposed)
            a_ = cur["count"][1].start
            out.append(("GROUP", None, a_, cur["count"][1].end))
        elif cur is not None and cur.get("count") and cur["count"][0] != 1 and not (
                _key(cur["count"][1].text) in _back_counts() and cur.get("det") is None):
            # ("both" after what it counts, "R1 and R2 are both across it", repeats the list: nothing missing)
            ct = cur["count"][1]  # a count is never dropped: the components it counts would be missing
            n = _listed_before(out) if cur.get("det") == "back" else None
            if n is not None:   # "a cell and two resistors, all four in series": the count disagrees with the list
                raise InputError(f"'{ct.text}' at {ct.start}-{ct.end} counts {ct.value} parts, but the text lists {n} "
                                 "before it: say which parts it means")
            raise InputError(f"'{ct.text}' at {ct.start}-{ct.end} counts nothing nesy can tell: put the count "
                             "right before its component, e.g. 'eight capacitors'")
        cur = None

    def start(t: _Tok) -> dict:
        nonlocal cur
        if cur is None:
            cur = {"start": t.start, "end": t.end}
        return cur
    # a bracket of definite mentions only, after a clause ("… with a 100 nF capacitor across it (the resistor and
    # capacitor in parallel)"), restates that clause: its own clause, never a continuation of the one before
    restating: set[int] = set()
    for mb in re.finditer(r"\(\s*(?:the|both)\s[^()]*\)", text, re.IGNORECASE):
        inner = [u for u in toks if mb.start() < u.start < mb.end() - 1]
        if inner and not any(u.tag in ("NEW", "VALUE", "COUNT", "NAME") for u in inner) and \
                any(u.tag == "OP" for u in inner) and mb.start() > 0 and text[:mb.start()].strip():
            restating |= {mb.start(), mb.end() - 1}
    i = 0
    prev_end = 0
    while i < len(toks):
        t = toks[i]
        gap = text[prev_end:t.start]
        if t.tag == "PUNCT" and t.value in "()" and t.start in restating:
            flush()
            out.append(("SEP", None, t.start, t.end))
            prev_end = t.end
            i += 1
            continue
        # "a battery of emf 6 V", "a cell with an emf of 1.5 V": the source word names the same source
        j = i + 1 if (t.tag == "NEW" and i + 1 < len(toks) and not text[t.end:toks[i + 1].start].strip()) else i
        if (cur is not None and cur.get("kind") in SOURCES + ("source",) and cur.get("value") is None
                and toks[j].tag == "KIND" and toks[j].value[0] == "source"
                and re.fullmatch(r"\s*(?:of|with|having|whose)\s*", gap, re.IGNORECASE)):
            cur["end"] = toks[j].end
            prev_end = toks[j].end
            i = j + 1
            continue
        prev_end = t.end
        if t.tag == "PUNCT" and t.value in ",/" and cur is not None and i + 1 < len(toks) and \
                toks[i + 1].tag == "RATING" and not text[t.end:toks[i + 1].start].strip():
            i += 1
            continue
        if t.tag == "RATING":   # "a 12 V, 2 A supply": read past the rating (circuits_stated), not drawn
            if cur is not None and re.fullmatch(r"[\s,/]*", gap):
                prev_end = t.end
            i += 1
            continue
        if cur is not None and not _GAP_OK.fullmatch(gap) and not (
                t.tag == "KIND" and not cur.get("kind") and _neutral_gap(gap, modifiers=cur.get("value") is not None)) and not (
                t.tag == "VALUE" and not cur.get("kind") and cur.get("value") is None and not cur.get("name")
                and _neutral_gap(gap)):   # "four identical 40 Ω resistors": the qualifier before the value
            flush()  # "eight identical capacitors": neutral adjectives stay inside the mention
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.tag == "BACK" and _key(t.text) in _group_pronouns() and nxt is not None and nxt.tag == "OP" \
                and _PRONOUN_GAP.fullmatch(text[t.end:nxt.start]):
            flush()   # "These are in series with R3": the group the previous clause made
            out.append(("GROUP", None, t.start, t.end))
        elif t.tag == "IT":
            flush()   # a reference only next to a connecting phrase ("across it", "it is in series with")
            prev = out[-1] if out else None
            if (prev is not None and prev[0] == "OP" and not text[prev[3]:t.start].strip()) or (
                    nxt is not None and nxt.tag == "OP" and _PRONOUN_GAP.fullmatch(text[t.end:nxt.start])):
                out.append(("IT", None, t.start, t.end))
        elif t.tag == "NEW" and cur is not None and cur.get("det") == "back" and not (
                cur.get("kind") or cur.get("name") or cur.get("value") or cur.get("count")) \
                and _key(t.text) in _ORDINALS and not gap.strip():
            cur["ordinal"] = _ORDINALS[_key(t.text)]   # "the second resistor": one named before, by its place
        elif t.tag in ("NEW", "BACK"):
            if cur is not None and (cur.get("kind") or cur.get("name") or cur.get("value")):
                flush()
            c = start(t)
            if c.get("det") != "each":   # "each of the lamps" stays distributive
                c["det"] = "new" if t.tag == "NEW" else "back"
        elif t.tag == "COUNT":
            if cur is not None and (cur.get("kind") or cur.get("name") or cur.get("value")):
                flush()
            start(t)["count"] = (t.value, t)
        elif t.tag == "STATE":
            c = start(t)
            c["state"] = t.value
            c["end"] = max(c["end"], t.end)
        elif t.tag == "SAME" and cur is not None and cur.get("value") is None and (cur.get("kind") or cur.get("name")):
            cur["same"] = (t.value, t)     # "a second resistor of equal resistance": circuits_same
            cur["end"] = t.end
        elif t.tag == "VALUE":
            if cur is not None and cur.get("value") is not None:
                flush()
            c = start(t)
            c["value"] = t.value
            c["vtok"] = t
            c["end"] = t.end
        elif t.tag == "KIND" and cur is not None and cur.get("kind") == t.value[0] and not cur.get("plural") \
                and i > 0 and toks[i - 1].tag == "KIND" and re.fullmatch(r"\s*-?\s*", gap) \
                and (not t.value[1] or (cur.get("count") and cur["count"][0] > 1)) and not (   # ("a battery supplies")
                    nxt is not None and nxt.tag in ("NEW", "COUNT", "VALUE", "NAME", "KIND")
                    and not text[t.end:nxt.start].strip()):   # ("a cell supplies a resistor": a verb)
            # "a heater resistor", "a bulb-lamp": a noun of the same kind qualifying the next (a compound noun,
            # its head last; Huddleston & Pullum 2002, ch. 19 §4) is one part, never two
            cur["plural"] = t.value[1]
            cur["end"] = t.end
        elif t.tag == "KIND":
            if cur is not None and cur.get("kind"):
                flush()
            if cur is not None and cur.get("det") == "back" and not cur.get("ordinal"):
                o = re.search(r"\b(first|last|1st)\s+$", text[cur["start"]:t.start], re.IGNORECASE)
                if o:   # "the first lamp", "the last resistor"
                    cur["ordinal"] = _ORDINALS[o.group(1).lower()]
                from .circuits_divider import PLACES
                pl = re.search(r"(?<![\w-])(" + "|".join(map(re.escape, PLACES)) + r")\s+$", text[cur["start"]:t.start],
                               re.IGNORECASE)
                if pl:   # "the bottom resistor": a divider's part by its place (circuits_divider)
                    cur["place"] = PLACES[pl.group(1).lower()]
            c = start(t)
            c["kind"], c["plural"] = t.value
            c["end"] = t.end
            prev_c = out[-2] if len(out) >= 2 and out[-1][0] == "AND" else (out[-1] if out else None)
            if "det" not in c and prev_c is not None and prev_c[0] == "COMP" and \
                    prev_c[1].get("det") == "back" and prev_c[1].get("kind") and not prev_c[1].get("plural") and \
                    re.fullmatch(r"(?i)\s*and\s*", text[prev_c[3]:t.start]):
                c["det"] = "back"   # "the resistor and capacitor": the article is shared by both nouns
            elif "det" not in c and not c.get("plural") and not (c.get("count") or c.get("value") or c.get("name")) \
                    and _styled_mention(text, c["start"], t.end):
                c["det"] = "back"   # "Capacitor in blue, resistor as a zigzag": how a part named before is drawn
        elif t.tag == "NAME":
            if cur is not None and cur.get("name"):
                flush()
            c = start(t)
            c["name"] = t.value
            c["end"] = t.end
            shared = _chained_value(toks, i, text)
            if shared is not None and c.get("value") is None:
                # "R2 = R3 = 470 Ω": each name in the chain is given the value at its end; the names stay a list
                c["value"], c["vtok"] = shared.value, shared
                flush()
                eq = toks[i + 1]
                out.append(("AND", ",", eq.start, eq.end))
                prev_end = eq.end
                i += 2
                continue
        elif t.tag == "EACH":
            if cur is not None and (cur.get("kind") or cur.get("name") or cur.get("value")):
                cur["end"] = t.end           # "two 10 Ω resistors each": after the phrase it qualifies
                if cur.get("value") is not None:
                    cur["value_each"] = True     # "R1 and R2 (6 Ω each)": the parts listed before share it
            else:
                start(t)["det"] = "each"     # "each capacitor": the ones already introduced
        elif t.tag == "PUNCT" and t.value in "(=":
            pass
        elif t.tag == "PUNCT" and t.value == ")":
            if cur is not None:
                cur["end"] = t.end
        elif t.tag == "GROUP" and re.search(r"(?i)\b(?:in|inside|within)\s+$", text[:t.start]) and nxt is not None \
                and nxt.tag in ("NEW", "COUNT", "VALUE", "KIND", "BACK", "NAME") and not text[t.end:nxt.start].strip(" ,"):
            # "In that block a 470 Ω resistor is in parallel with a 1 kΩ resistor": where the clause's parts are, a
            # heading — never an operand of its connection (read so, the 1 kΩ had been put across the whole
            # circuit and the 470 Ω in series, verified)
            flush()
        else:
            flush()
            if t.tag == "OP":
                out.append(("OP", t.value, t.start, t.end))
            elif t.tag == "GROUP":
                out.append(("GROUP", None, t.start, t.end))
            elif t.tag == "PUNCT" and t.value in ";.:":
                out.append(("SEP", None, t.start, t.end))
            else:
                out.append(("AND", t.value if t.tag == "PUNCT" else "and", t.start, t.end))
            if t.tag == "GROUP" and nxt is not None and nxt.tag == "KIND" and nxt.value[1] and re.fullmatch(
                    r"\s+of\s+(?:the\s+)?", text[t.end:nxt.start], re.IGNORECASE):
                i += 1   # "that pair of resistors": the group, not the resistors again
                out[-1] = ("GROUP", None, t.start, nxt.end)
        i += 1
    flush()
    # "a parallel group: 4 Ω || 12 Ω", "a series chain of: …": a colon after a prefix phrase opens its members,
    # it ends no clause
    return [x for k, x in enumerate(out) if not (
        x[0] == "SEP" and text[x[2]:x[3]] == ":" and 0 < k < len(out) - 1 and out[k - 1][0] == "OP"
        and out[k - 1][1] in ("par_pre", "ser_pre") and out[k + 1][0] == "COMP")]


def _chained_value(toks: list[_Tok], i: int, text: str) -> _Tok | None:
    """The VALUE token ending a chain of equalities that starts at the NAME ``toks[i]`` and holds one more name
    at least ("R2 = R3 = 470 Ω", "R1 = R2 = R3 = 1 kΩ"); None otherwise."""
    k, names = i + 1, 0
    while k + 1 < len(toks) and toks[k].tag == "PUNCT" and toks[k].value == "=" \
            and not text[toks[k - 1].end:toks[k + 1].start].replace("=", "").strip():
        if toks[k + 1].tag == "NAME":
            names += 1
            k += 2
            continue
        return toks[k + 1] if toks[k + 1].tag == "VALUE" and names else None
    return None


_AND_GAP = re.compile(r"\s*,?\s*(?:and|&)\s*", re.IGNORECASE)
# … and with the preposition said again before the next value: "two capacitors of 10 nF and of 22 nF"
_AND_OF_GAP = re.compile(r"\s*,?\s*(?:and|&)\s*(?:of\s+)?", re.IGNORECASE)
# between a pronoun and its connecting phrase: "these are", "it is also", "this is then"
_PRONOUN_GAP = re.compile(r"\s*(?:(?:is|are|was|were|then|also|now|all|both|itself|being|be|each|sit|sits|lie|lies|go|goes|,)\s*)*",
                          re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _group_pronouns() -> frozenset[str]:
    return frozenset(_key(w) for w in _grammar().get("group_pronouns", []))


def _names_then_values(ms: list[tuple[str, Any, int, int]], text: str) -> list[tuple[str, Any, int, int]]:
    """"Two resistors R1 and R2 of 100 and 220 ohms", "three capacitors C1, C2 and C3 of 1, 2 and 3 µF": a counted
    plural, its n names, then "of" and n values — each value is its name's, in order ("respectively" said or
    understood, Quirk et al. 1985 §13.44). Read token by token, the names took none of them but the first, and the
    other values became parts of their own (it drew three resistors for "two resistors")."""
    out = list(ms)
    k = 0
    while k < len(out):
        t, m, _s, _e = out[k]
        if not (t == "COMP" and m.get("count") and m.get("name") and m.get("kind") and m.get("value") is None):
            k += 1
            continue
        n, kind = m["count"][0], m["kind"]
        units = {u for u, ks in _UNIT_KIND.items() if kind in ks}
        names, j = [k], k + 1
        while j < len(out) and len(names) < n and out[j][0] in ("COMP", "AND"):
            c = out[j][1]
            if out[j][0] == "COMP":
                if not c.get("name") or c.get("count") or c.get("kind") not in (None, kind):
                    break
                names.append(j)
            j += 1
        last = out[names[-1]][1]
        if len(names) != n or n < 2 or last.get("value") is None or last["value"]["unit"] not in units or \
                not re.search(r"\bof\b", text[out[names[-1]][2]:out[names[-1]][3]], re.IGNORECASE):
            k += 1
            continue
        vals, q = [(last["value"], last.get("vtok"))], names[-1] + 1
        while q < len(out) and len(vals) < n:
            c = out[q][1]
            if out[q][0] == "AND":
                q += 1
                continue
            if out[q][0] == "COMP" and c.get("value") is not None and not c.get("name") and not c.get("count") \
                    and c.get("kind") in (None, kind) and c["value"]["unit"] in units:
                vals.append((c["value"], c.get("vtok")))
                q += 1
            else:
                break
        if len(vals) != n:
            k += 1
            continue
        r = q + 1 if q < len(out) and out[q][0] == "AND" else q
        # one more bare value of the list ("of 100, 220 and 330 ohms" for two names): refused, never a third part
        if r < len(out) and out[r][0] == "COMP" and out[r][1].get("value") is not None and not any(
                out[r][1].get(x) for x in ("name", "count", "kind", "det")) and out[r][1]["value"]["unit"] in units \
                and (r != q or _AND_OF_GAP.fullmatch(text[out[r - 1][3]:out[r][2]])):
            a_, b_ = out[k][2], out[r][3]
            raise InputError(f"'{text[a_:b_]}' at {a_}-{b_} names {n} parts but gives more values: make them agree")
        for idx, (v, vt) in zip(names, vals):
            out[idx] = ("COMP", {**out[idx][1], "value": v, "vtok": vt}, out[idx][2], out[idx][3])
        out[names[-1]] = (out[names[-1]][0], out[names[-1]][1], out[names[-1]][2], out[q - 1][3])
        del out[names[-1] + 1:q]
        k = names[-1] + 1
    return out


def _listed_values(ms: list[tuple[str, Any, int, int]], text: str) -> list[tuple[str, Any, int, int]]:
    """"Three resistors, 10 Ω, 15 Ω and 20 Ω", "two capacitors of 2.13 µF and 4.04 µF", "Two resistors,
    R1 = 33 ohm and R2 = 100 ohm": a counted plural followed by a list of values (or names) of its kind
    gives them to its components, one each, in order — they are not further components. A list of
    another length is refused, naming the phrase."""
    ms = _names_then_values(ms, text)
    out: list[tuple[str, Any, int, int]] = []
    i = 0
    while i < len(ms):
        tag, m, s0, e0 = ms[i]
        if (tag == "COMP" and m.get("det") == "each" and m.get("kind") is None and m.get("name") is None
                and m.get("value") is not None):
            # "3 resistors in parallel, each 1 kΩ": the value of every one of the last plural of its kind
            host = next((k for k in range(len(out) - 1, -1, -1) if out[k][0] == "COMP" and out[k][1].get("plural")
                         and m["value"]["unit"] in {u for u, ks in _UNIT_KIND.items() if out[k][1].get("kind") in ks}),
                        None)
            if host is not None and out[host][1].get("value") is None and not out[host][1].get("listed"):
                h = dict(out[host][1])
                h["value"], h["vtok"] = m["value"], m["vtok"]
                out[host] = ("COMP", h, out[host][2], out[host][3])
                if out and out[-1][0] == "AND":
                    out.pop()
                i += 1
                continue
            # "R1 and R2 (6 Ω each)": the value of every one of the parts listed right before
            run_k = []
            k = len(out) - 1
            while k >= 0 and out[k][0] in ("COMP", "AND"):
                if out[k][0] == "COMP":
                    run_k.append(k)
                k -= 1
            units_ok = all(out[k][1].get("value") is None and not _many(out[k][1]) and (
                (out[k][1].get("kind") or _NAME_KIND.get(re.match(r"[A-Z]*", out[k][1].get("name") or "").group(0))
                 or _NAME_KIND.get((out[k][1].get("name") or " ")[0])) in _UNIT_KIND.get(m["value"]["unit"], ()))
                for k in run_k)
            if host is None and len(run_k) >= 2 and units_ok:
                for k in run_k:
                    out[k] = ("COMP", {**out[k][1], "value": m["value"], "vtok": m["vtok"]}, out[k][2], out[k][3])
                if out and out[-1][0] == "AND":
                    out.pop()
                i += 1
                continue
        if tag == "COMP" and m.get("value_each") and not _many(m):
            k = len(out) - 1
            while k >= 0 and out[k][0] in ("COMP", "AND"):
                o = out[k][1]
                okind = o.get("kind") or (_NAME_KIND.get(re.match(r"[A-Z]*", o["name"]).group(0))
                                          or _NAME_KIND.get(o["name"][0]) if o.get("name") else None) if out[k][0] == "COMP" else None
                if out[k][0] == "COMP" and (o.get("value") is not None or _many(o)
                                            or okind not in _UNIT_KIND.get(m["value"]["unit"], ())):
                    break
                if out[k][0] == "COMP":
                    out[k] = ("COMP", {**o, "value": m["value"], "vtok": m["vtok"]}, out[k][2], out[k][3])
                k -= 1
        out.append(ms[i])
        i += 1
        if tag != "COMP" or not _many(m) or m.get("kind") is None or m.get("name") or (
                not m.get("count") and m.get("value") is None):
            continue
        # "resistors of 2 Ω and 4 Ω": with no count, the list says how many
        kind, n = m["kind"], m["count"][0] if m.get("count") else None
        units = {u for u, ks in _UNIT_KIND.items() if kind in ks}
        own = [(m["value"], None)] if m.get("value") is not None else []
        run: list[tuple[Any, Any]] = []
        each = False
        j = i
        # "three resistors in parallel, 1 kΩ, 2.2 kΩ and 4.7 kΩ" / "… in parallel: 10 Ω and 20 Ω" / "… in
        # parallel with values 1 kΩ, …": the list after the operator still gives the counted parts' values
        post, saved = None, ms
        if n is not None and own == [] and j + 1 < len(ms) and ms[j][0] == "OP" and (
                ms[j][1] in ("par_post", "ser_post") or ms[j][1] in ("par_in", "ser_in", "seq_in") and re.match(
                    r"\s*(?:values?|ratings?)\b(?:\s+of\b)?", text[ms[j][3]:], re.IGNORECASE)):
            nxt = ms[j + 1]
            if (nxt[0] == "AND" and nxt[1] == ",") or (nxt[0] == "SEP" and text[nxt[2]:nxt[3]] == ":") or (
                    nxt[0] == "COMP" and ms[j][1].endswith("_in")) or (
                    nxt[0] == "COMP" and re.fullmatch(r"\s*[-–—(]\s*", text[ms[j][3]:nxt[2]])):
                post = ms[j]
                if ms[j][1].endswith("_in"):
                    post = ("OP", ms[j][1].replace("_in", "_post"), ms[j][2], ms[j][3])
                j += 1
                if nxt[0] == "SEP" or (nxt[0] == "COMP"):
                    # a colon or "with values" opens the list: read it as the comma that usually does
                    ms = ms[:j] + [("AND", ",", nxt[2], nxt[2])] + (ms[j + 1:] if nxt[0] == "SEP" else ms[j:])
        while j < len(ms):
            if ms[j][0] == "AND" and j + 1 < len(ms) and ms[j + 1][0] == "COMP":
                sep, q = ms[j][1], j + 1
            elif ms[j][0] == "COMP" and _AND_OF_GAP.fullmatch(text[ms[j - 1][3]:ms[j][2]]):
                sep, q = "and", j  # "15 Ω and 20 Ω", "of 10 nF and of 22 nF": the word "and" is no token of its own
            else:
                break
            if not run and not own and sep != ",":
                break  # "two resistors and 12 V …": a list after the noun starts with a comma
            c = ms[q][1]
            if c.get("kind") not in (None, kind) or c.get("count") or c.get("det") or \
                    (c.get("value") is None and c.get("name") is None) or \
                    (c.get("value") is not None and c["value"]["unit"] not in units):
                break
            run.append((c.get("value"), c.get("name")))
            each = bool(c.get("value_each"))
            j = q + 1
        if not own and len(run) == 1 and each and run[0][0] is not None and n:
            run = run * n       # "2 resistors, 100 Ω each, in parallel": one value said of every one
        names_ = [x for x in run if x[0] is None and x[1] is not None]
        if not own and names_ and len(run) == 2 * len(names_) and run[:len(names_)] == names_ and all(
                x[0] is not None and x[1] is None for x in run[len(names_):]):
            # "Two resistors, R1 and R2, of 100 and 220 ohms (respectively)": the names, then as many values — each
            # value is its name's, in order (Quirk et al. 1985 §13.44, "respectively" said or understood)
            run = [(v[0], nm[1]) for nm, v in zip(names_, run[len(names_):])]
        if post is not None and len(own + run) != n:
            if len(own + run) >= 2:
                a, b_ = s0, ms[j - 1][3]
                raise InputError(f"'{text[a:b_]}' at {a}-{b_} announces {n} but lists {len(own + run)}: make them agree")
            ms = saved   # not this plural's list after all: the operator and the parts stay as written
            continue
        if not run:
            continue
        vals = own + run
        if n is None:
            n = len(vals)
            m = {**m, "count": (n, m["vtok"])}
        if len(vals) != n:
            a, b_ = s0, ms[j - 1][3]
            raise InputError(f"'{text[a:b_]}' at {a}-{b_} announces {n} but lists {len(vals)}: make them agree")
        m = dict(m)
        m["listed"] = vals
        m["end"] = ms[j - 1][3]
        out[-1] = ("COMP", m, s0, m["end"])
        if post is not None:
            out.append(post)
        i = j
    return out


# between a component and its value stated after it: "the battery, which is 6 V", "R2 is 12 Ω", "a lamp whose
# resistance is 10 Ω"
def _source_kind(m: dict) -> str:
    """The kind a mention of a "source" names: its value's unit says which ("a 2 A source" is a current
    source); "the source" refers back to the circuit's sources (kind "source", resolved by ``_refer_back``);
    a new one with no value is a voltage source (drawn with its name only)."""
    if m.get("value") is not None:
        return "isource" if m["value"]["unit"] == "A" else "vsource"
    if _anaphoric(m):
        return "source"
    return "vsource"


def _many(m: dict) -> bool:
    """A mention of several components: a plural kind, or a count of two or more before a singular one
    ("three resistor 1 ohm, 2 ohm, 3 ohm", as non-native writers put it)."""
    return bool(m.get("plural") or m.get("count") and m["count"][0] >= 2)


# (or opening a sentence: "A 5 V battery and a 1 kΩ resistor; resistor is connected over battery" — the article a
# writer drops makes no new part)
_BARE_OPENS = re.compile(r"(?:\A|[.;:!?]\s*|\n\s*)\Z")
_BARE_AFTER_OP = re.compile(r"\b(?:with|across|to|by|from|into|through|parallel|series|on|onto|over|at|against)\s+\Z", re.IGNORECASE)


def _resolve(b: _Builder, m: dict, text: str) -> list[str]:
    """Component ids for a mention: new ones, or a back-reference by name or by 'the <kind>'."""
    if m.get("assign") is not None:
        # "the battery, which is 6 V": the value of the component the mention names
        val = m["assign"]
        ids = _resolve(b, {k: v for k, v in m.items() if k != "assign"}, text)
        for i in ids:
            c = b.comps[i]
            if c.kind in SOURCES and c.kind != _UNIT_KIND.get(val["unit"], ("",))[0] or \
                    c.kind not in _UNIT_KIND.get(val["unit"], ()) and c.kind not in SOURCES:
                raise InputError(f"a {_style()['kind_names'][c.kind]} takes no value in {_SYMBOL[val['unit']]}, "
                                 f"got '{m['vtok'].text}' at {m['vtok'].start}-{m['vtok'].end}")
            if c.value is not None and abs(c.value - val["value"]) > 1e-12 * max(1.0, abs(c.value)):
                sp = _sp(m["start"], m["end"], text)
                raise UnsatisfiableError([c.span, sp], [{"law": "one value per component", "source": "definition"}],
                                         fix=[sp], detail=f"{c.name or 'a component'} is given two values")
            c.value, c.unit = val["value"], val["unit"]
            if i in b.waiting:
                b.waiting.remove(i)
        return ids
    if m.get("ref"):
        return list(m["ref"])   # bound by _fold_clause ("a voltmeter across each resistor")
    if m.get("ante") is not None:
        return list(b.mentioned[m["ante"]])   # "it" (_bind_pronouns)
    span = _sp(m["start"], m["end"], text)
    kind = m.get("kind")
    name = m.get("name")
    value = m.get("value")
    if name is not None:
        nk = _NAME_KIND.get(re.match(r"[A-Z]+", name).group(0)) or _NAME_KIND.get(name[0])
        kind = kind or nk
    if kind is None and value is not None:
        kind = _UNIT_KIND[value["unit"]][0]
    if value is not None and kind in KINDS and value["unit"] not in {k for k, ks in _UNIT_KIND.items() if kind in ks}:
        allowed = [f"{_SYMBOL[u]}" for u, ks in _UNIT_KIND.items() if kind in ks]
        raise InputError(f"a {_style()['kind_names'][kind]} takes a value in {' or '.join(allowed) or 'no unit'}, "
                         f"got '{m['vtok'].text}' at {m['vtok'].start}-{m['vtok'].end}")
    if m.get("count") and m["count"][0] == 1 and not m.get("plural"):
        m = {k: v for k, v in m.items() if k != "count"}  # "one lamp": a single component, as "a lamp"
    if name is None and kind is not None and _anaphoric(m):
        same = _refer_back(b, m, kind, value, span)
        if same is not None:
            return same
    if name is None and kind in KINDS and value is None and not m.get("det") and not m.get("count") \
            and not m.get("plural") and (_BARE_AFTER_OP.search(text, 0, m["start"])
                                         or _BARE_OPENS.search(text, 0, m["start"])):
        same = [c.id for c in b.comps.values() if c.kind == kind]
        if len(same) == 1:
            # "… and one 2 Ω in series with battery": a bare noun after a connecting phrase names the one part
            # of its kind the text has (a second battery would be a source the text never gave)
            return same
    if kind == "source":   # "the source" before any source: a new one
        kind = "vsource"
    if m.get("kind") is None and name is None and value is not None and not m.get("plural") and \
            m.get("det") != "new" and (not m.get("count") or m["count"][0] == 1):
        waiting = [i for i in b.waiting if b.comps[i].kind == kind and b.comps[i].value is None]
        if waiting:  # "Two capacitors … One has 2.13 µF and the other has 4.04 µF": theirs, in order
            c = b.comps[waiting[0]]
            c.value, c.unit = value["value"], value["unit"]
            b.waiting.remove(c.id)
            return [c.id]
    if m.get("plural") and not m.get("count") and value is not None and not m.get("listed") and b.order:
        prev = b.comps[b.order[-1]]
        gap = text[prev.span["end"]:span["start"]]
        if (prev.kind == kind and prev.name is None and prev.value is not None
                and re.fullmatch(r"(?i:(?:the|these|those|both|its|their)\s+)?[\d.,\s]*[^\s\d]{0,5}",
                                 prev.span["text"] or "")
                and re.fullmatch(r"\s*(?:,\s*)?(?:and|&|,)\s*", gap)):
            # "10 Ω, 20 Ω and 30 Ω resistors", "4Ω and 6Ω resistors": the plural names the kind of the whole
            # list of values, one component each (the last value is one more, never two)
            # ("the 10 µF and 22 µF capacitors": the article before the list is the list's, not the first value's)
            m = {k: v for k, v in m.items() if k != "plural"}
    if m.get("plural") or m.get("count"):
        n = m["count"][0] if m.get("count") else 2
        # a count of two or more before a singular kind ("three resistor", as non-native writers put
        # it) counts that kind: the number says how many, whatever the noun's inflection
        if name is not None:
            raise InputError(f"'{span['text']}' at {span['start']}-{span['end']}: a name belongs to one component")
        if n > _style()["max_per_kind"]:
            raise UnsupportedError(f"at most {_style()['max_per_kind']} components of one kind, got {n} "
                                   f"('{span['text']}')")
        if m.get("listed"):
            return [b.new_comp(kind, nm, v, m.get("state"), span) for v, nm in m["listed"]]
        ids = [b.new_comp(kind, None, value, m.get("state"), span) for _ in range(n)]
        if m.get("divider") and len(ids) == 2:   # a divider named without its parts: top, then bottom
            b.places.update({ids[0]: "top", ids[1]: "bottom"})
        elif value is None:
            b.waiting += ids
        return ids
    if name is not None:
        old = b.by_name(name)
        if old is not None:
            c = b.comps[old]
            if kind != c.kind and m.get("kind"):
                raise InputError(f"'{name}' at {span['start']}-{span['end']} was a {c.kind} at "
                                 f"{c.span['start']}-{c.span['end']} and is now called a {kind}")
            if value is not None:
                if c.value is not None and (abs(c.value - value["value"]) > 1e-12 * max(1.0, abs(c.value))):
                    raise UnsatisfiableError([c.span, span], [{"law": "one value per component",
                                                               "source": "definition"}], fix=[span],
                                             detail=f"{name} is given two values")
                c.value, c.unit = value["value"], value["unit"]
            if m.get("state"):
                c.state = m["state"]
            return [old]
        if name in _NAME_KIND and not m.get("kind"):
            # "A 6 V battery drives 30 mA through a single resistor. R is 200 Ω": the bare quantity symbol of a
            # kind (R, C, L) names the one part of that kind the text has, as a physics problem writes it
            same = [c for c in b.comps.values() if c.kind == kind and c.name is None]
            if len(same) == 1 and not any(c.kind == kind and c.name for c in b.comps.values()):
                c = same[0]
                c.name = name
                if value is not None:
                    c.value, c.unit = value["value"], value["unit"]
                return [c.id]
        return [b.new_comp(kind, name, value, m.get("state"), span)]
    if kind is None:
        raise InputError(f"'{span['text']}' at {span['start']}-{span['end']} names no component")
    return [b.new_comp(kind, None, value, m.get("state"), span)]


def _restate(b: _Builder, ids: list[str], m: dict) -> list[str]:
    """``ids``, with the state the mention gives them ("the open switch"), as a name would."""
    if m.get("state"):
        for i in ids:
            b.comps[i].state = m["state"]
    return ids


@functools.lru_cache(maxsize=1)
def _back_counts() -> frozenset[str]:
    return frozenset(_key(w) for w in _grammar().get("back_counts", []))


def _listed_before(out: list) -> int | None:
    """How many parts the mentions in ``out`` introduce ("a 12 V source, a 4.7 kΩ resistor and a 10 µF capacitor":
    3; "two lamps and a cell": 3), for "all three" after them to be checked against; None when some mention's
    number is unknown (a plural without a count) or none introduces a part."""
    n, names = 0, set()
    for k, (tag, m, _s, _e) in enumerate(out):
        if tag != "COMP" or _anaphoric(m) or m.get("ref") or m.get("ante") is not None:
            continue
        prev = out[k - 1] if k else None
        if prev is not None and prev[0] == "COMP" and prev[1].get("name") and prev[1].get("value") is None and \
                m.get("value") is not None and not any(m.get(x) for x in ("name", "kind", "count", "det")):
            continue   # "R1 is 47 Ω": the value of the part just named, no part of its own
        if m.get("name"):
            if m["name"] in names:
                continue
            names.add(m["name"])
        if m.get("plural") and not m.get("count"):
            return None
        n += m["count"][0] if m.get("count") else 1
    return n or None


# how a part is drawn, said right after its bare noun: "in (dark) blue", "as a zigzag", "drawn dashed", "shown in red"
_STYLE_AFTER = re.compile(r"(?i)\s+(?:(?:drawn|shown|coloured|colored|painted|rendered)\b|in\s+(?:[a-z]+\s+)?(?P<c>[a-z]+)\b"
                          r"|as\s+(?:a|an)\s+(?:[a-z-]+\s+)?(?:zig-?zag|box|rectangle|symbol|outline|icon|line|circle)s?\b)")


def _styled_mention(text: str, start: int, end: int) -> bool:
    """Whether a part's bare noun (no article, count, value or name) opens its clause and is followed by how it
    is drawn ("Capacitor in blue", "resistor as a zigzag", "battery drawn long-and-short"): the part named
    before, styled — never one more part (drawn as one, a second capacitor with no value had verified)."""
    before = text[:start]
    k = max(before.rfind(c) for c in ",;:.\n(")
    if before[k + 1:].strip():
        return False
    m = _STYLE_AFTER.match(text, end)
    if not m:
        return False
    if m.group("c") is not None:
        from ..parse.presentation import is_style_word
        return is_style_word(m.group("c"))
    return True


def _anaphoric(m: dict) -> bool:
    """A definite or distributive mention ("the lamp", "the two lamps", "both lamps", "each lamp",
    "these lamps"): it names components already introduced, when there are any."""
    return m.get("det") in ("back", "each") or bool(m.get("count")) and _key(m["count"][1].text) in _back_counts()


def _restated_in_brackets(b: _Builder, same: list[str], span: dict) -> str | None:
    """In a bracket that restates the clause just before it ("… a second 10 kΩ resistor with a 100 nF capacitor
    across it (the resistor and capacitor in parallel)"), "the resistor" is the one resistor that clause names:
    the bracket is an aside about what was just said. None when the mention is in no bracket, or that clause
    names none or several of the kind (then the mention stays ambiguous and is refused)."""
    text = b.text
    open_ = text.rfind("(", 0, span["start"])
    if open_ < 0 or ")" in text[open_:span["start"]]:
        return None
    bounds = [m.end() for m in re.finditer(r"->|→|[;,]\s|\.\s", text[:open_])]
    start = bounds[-1] if bounds else 0
    inside = [i for i in same if start <= b.comps[i].span["start"] < open_]
    return inside[0] if len(inside) == 1 else None


def _refer_back(b: _Builder, m: dict, kind: str, value: dict | None, span: dict) -> list[str] | None:
    """The components of ``kind`` (with that value, if the mention gives one) that an anaphoric
    mention names: as many as its count says ("both": 2, "the three": 3), one for a singular "the",
    all of them for a plural with no count or for "each". None when no such component exists yet
    (a first mention starts new ones); InputError, naming the phrase, when the number does not fit
    or several groups fit."""
    same = [c.id for c in b.comps.values() if (c.kind in SOURCES if kind == "source" else c.kind == kind)]
    placed = [i for i in same if b.places.get(i) == m.get("place")] if m.get("place") else []
    if len(placed) == 1 and not m.get("count") and not m.get("plural"):
        # "the bottom resistor (is 1 kΩ)": the part of a divider named without its parts, in that place
        c = b.comps[placed[0]]
        if value is not None and c.value is not None and abs(c.value - value["value"]) > 1e-12 * max(1.0, abs(c.value)):
            raise UnsatisfiableError([c.span, span], [{"law": "one value per component", "source": "definition"}],
                                     fix=[span], detail=f"the {m['place']} resistor is given two values")
        if value is not None:
            c.value, c.unit = value["value"], value["unit"]
        return _restate(b, placed, m)
    if value is not None:
        same = [i for i in same if b.comps[i].value is not None and b.comps[i].unit == value["unit"]
                and abs(b.comps[i].value - value["value"]) <= 1e-12 * max(1.0, abs(value["value"]))]
    if not same:
        return None
    where = f"'{span['text']}' at {span['start']}-{span['end']}"
    noun = _style()["kind_names"].get(kind, kind)
    nouns = noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")
    if m.get("ordinal") and not m.get("count") and not m.get("plural"):
        k = m["ordinal"]
        if k == -1 or k <= len(same):
            return _restate(b, [same[k - 1 if k > 0 else -1]], m)
        raise InputError(f"{where} names a {noun} by its place, but the text has introduced only {len(same)}: "
                         "name the components (e.g. R1, R2), or say 'a' for a new one")
    if m.get("count"):
        n = m["count"][0]
    elif m.get("plural") or m.get("det") == "each":
        n = len(same)
    else:
        n = 1
    if n == len(same) and (n > 1 or not m.get("plural")):
        return _restate(b, same, m)
    if n > len(same) or m.get("plural") and len(same) == 1:
        raise InputError(f"{where} refers to {n if n > len(same) else 'several'} {nouns}, but the text has "
                         f"introduced {len(same)}: name the components (e.g. C1, C2), or say 'a'/'two' for new ones")
    # fewer than all of them: the one mention that introduced exactly that many
    groups: dict[int, list[str]] = {}
    for i in same:
        groups.setdefault(b.comps[i].span["start"], []).append(i)
    fits = [g for g in groups.values() if len(g) == n]
    if n > 1 and len(fits) == 1:
        return _restate(b, fits[0], m)
    if n == 1 and not m.get("plural"):
        one = _restated_in_brackets(b, same, span)
        if one is not None:
            return _restate(b, [one], m)
    raise InputError(f"{where} could mean any {n if n > 1 else 'one'} of the {len(same)} {nouns}; use their "
                     "names (e.g. R1, R2)")


# parts that a list before "in parallel with X"/"across X" puts each across X (two-terminal loads; a
# switch, an ammeter or a wire listed so is a part of a chain: "a lamp and a switch across the battery")
_EACH_ACROSS = frozenset({"resistor", "capacitor", "inductor", "lamp"})

_OPS = {"par_post": ("post", "P"), "ser_post": ("post", "S"), "par_in": ("in", "P"), "ser_in": ("in", "S"),
        "link": ("in", "link"), "par_pre": ("pre", "P"), "ser_pre": ("pre", "S"), "par_tight": ("tight", "P"),
        "seq_in": ("in", "S")}


def _fold_clause(b: _Builder, items: list[tuple[str, Any, int, int]], text: str) -> None:
    """Fold one clause; a clause with "each <kind>" naming several components already introduced and
    new components besides ("a voltmeter across each resistor") is folded once per component, so
    each gets its own new ones. With no new component ("the battery across each lamp") "each" names
    them together."""
    from .circuits_loop import source_named_again   # "a cell, C1 and R1, each across the cell"
    items = source_named_again(items, text)
    each = [k for k, it in enumerate(items) if it[0] == "COMP" and it[1].get("det") == "each"
            and not it[1].get("name")]
    if len(each) == 1:
        m = items[each[0]][1]
        kind = m.get("kind") or (_UNIT_KIND[m["value"]["unit"]][0] if m.get("value") else None)
        ids = _refer_back(b, m, kind, m.get("value"), _sp(m["start"], m["end"], text)) if kind else None
        others = [it[1] for k, it in enumerate(items) if it[0] == "COMP" and k != each[0]]
        if ids and len(ids) > 1 and others and not any(
                _anaphoric(o) or (o.get("name") and b.by_name(o["name"])) for o in others):
            for i in ids:
                one = list(items)
                one[each[0]] = ("COMP", {**m, "ref": [i]}, *items[each[0]][2:])
                _fold(b, one, text)
            return
    _fold(b, items, text)


# a link in the passive voice: what comes after it drives what comes before ("the circuit is driven by …")
_PASSIVE_LINK = re.compile(r"(?:\bby|\bfrom)\Z", re.IGNORECASE)


def _fold(b: _Builder, items: list[tuple[str, Any, int, int]], text: str) -> None:
    """Fold one clause. Link operators ("connected to", "powered by", …) bind loosest: "a 24 V supply
    connected to R1 in series with R2" is the supply across (R1 in series with R2), so the clause is
    split at them and each part is folded on its own (``_fold_part``)."""
    parts: list[list[tuple[str, Any, int, int]]] = [[]]
    links: list[tuple[str, Any, int, int]] = []
    def lone_source(part) -> bool:
        """A single source before "across"/"in parallel with": it is across everything after it."""
        if len(part) != 1 or part[0][0] != "COMP":
            return False
        m = part[0][1]
        kind = m.get("kind")
        if kind is None and m.get("name"):
            kind = _name_kind(m["name"])
        if kind is None and m.get("value") is not None:
            kind = _UNIT_KIND.get(m["value"]["unit"], [None])[0]
        return kind in SOURCES + ("source",) and not m.get("plural") and not m.get("count")

    def infix_follows(k: int) -> bool:
        for x in items[k + 1:]:
            if x[0] == "OP" and _OPS[x[1]][1] == "link":
                return False
            if x[0] == "OP" and _OPS[x[1]][0] == "in":
                return True
        return False

    whole = False
    for k, it in enumerate(items):
        # "a 24 V supply across R1 in series with R2 || R3": the supply is across the whole chain after it
        if it[0] == "OP" and (_OPS[it[1]][1] == "link" or (
                it[1] == "par_in" and not links and lone_source(parts[-1]) and infix_follows(k))):
            if not parts[-1]:
                # "The circuit is driven by an ac source", "the voltage supplied by the battery": a passive link
                # opening its clause, after a circuit was described, attaches the source to the whole circuit
                if not (k == 0 and not links and b.last is not None and _PASSIVE_LINK.search(text[it[2]:it[3]])):
                    raise InputError(f"'{text[it[2]:it[3]]}' at {it[2]}-{it[3]} has nothing before it to connect")
                whole = True
            parts.append([])
            links.append(it)
        else:
            parts[-1].append(it)
    result = _fold_part(b, parts[0], text)
    if result is None and whole:
        result = b.root_of(b.last)
    c_start = items[0][2] if items else 0
    for lk, part in zip(links, parts[1:]):
        right = _fold_part(b, part, text) if part else None
        if right is None:
            continue
        if result is None:
            raise InputError(f"'{text[lk[2]:lk[3]]}' at {lk[2]}-{lk[3]} has nothing before it to connect")
        result = b.combine("link", [b.root_of(result) if result.parent is None else result, right],
                           _sp(c_start, part[-1][3], text))
    if result is not None:
        b.last = result


def _fold_part(b: _Builder, items: list[tuple[str, Any, int, int]], text: str) -> _Node | None:
    """Fold a clause (or a part between link operators) left to right: ``list (infix list)*`` with
    postfix/prefix operators. A list after "in series with" is one chain with what came before
    ("a battery in series with R1 and R2": battery — R1 — R2). A prefix combination ("a parallel
    combination of R2 and R3") takes the members up to the first one joined by "and", so it is one
    element of a longer list ("in series with R1 and a parallel combination of R2 and R3"). "that
    combination" inside a clause means everything folded so far in it."""
    acc: _Node | None = None
    infix: tuple[str, int] | None = None
    lst: list[tuple[str, list[str] | _Node, int, int]] = []     # ("ids", ids) or ("node", node)
    prefix: tuple[str, int, int] | None = None                  # (op, start, index of its first member)
    tight: tuple[list, int, int] | None = None                  # "A ||": (A's operands, start, op end)
    c_start = items[0][2] if items else 0
    seq = False                                                  # the last infix was a sequence word ("then")
    again: list[str] | None = None                               # a part to be named again ("… to the capacitor")

    def operand(entry) -> _Node:
        kind, v, s, e = entry
        if kind == "node":
            return v
        if kind == "tight":   # "R2 || R3": one parallel element, built when it is used
            return b.combine("P", [operand(x) for x in v], _sp(s, e, text))
        if len(v) == 1:
            return b.leaf[v[0]]
        span = _sp(s, e, text)
        if all(b.leaf[i].parent is None for i in v):
            node = b.combine("S", [b.leaf[i] for i in v], span)
            node.default = True    # ("two resistors": in series until a phrase says how they are connected)
            return node
        return b.group(v, span)

    def merge_tight() -> None:
        """The "||" operator binds tighter than every worded operator ("R1 in series with R2 || R3" is R1 + (R2 ∥ R3),
        as in the usual notation R1 + R2‖R3): the operand after it joins the one before it at once."""
        nonlocal tight
        if tight is None:
            return
        left, ts, _ = tight
        tight = None
        last = lst.pop()
        right = last[1] if last[0] == "tight" else [last]
        lst.append(("tight", left + right, ts, last[3]))

    def close_prefix(end: int) -> None:
        nonlocal lst, prefix
        if prefix is None:
            return
        op, ps, k = prefix
        prefix = None
        members = lst[k:]
        if not members:
            raise InputError(f"'{text[ps:end].strip()}' at {ps}-{end} names no components to combine")
        node = b.combine(op, [operand(x) for x in members], _sp(ps, end, text))
        lst = lst[:k] + [("node", node, ps, end)]

    def close_list(end: int, before: str | None = None) -> _Node | list[_Node] | None:
        nonlocal lst
        close_prefix(end)
        if not lst:
            return None
        s0 = lst[0][2]
        ids_all = [i for x in lst if x[0] == "ids" for i in x[1]]
        if before == "P" and acc is None and infix is None and len(ids_all) >= 2 and all(
                x[0] == "ids" for x in lst) and all(
                b.leaf[i].parent is None and b.leaf[i] in b.forest and b.comps[i].kind in _EACH_ACROSS
                for i in ids_all):
            # "R1 and R2 in parallel with the battery", "two resistors across a 9 V battery": each listed
            # part is across what follows, never a chain of them (which the text does not say)
            node = b.combine("P", [b.leaf[i] for i in ids_all], _sp(s0, end, text))
            lst = []
            return node
        if len(lst) == 1:
            node = operand(lst[0])
        elif all(x[0] == "ids" and all(b.leaf[i].parent is not None or b.leaf[i] not in b.forest for i in x[1])
                 for x in lst):
            node = b.group([i for x in lst for i in x[1]], _sp(s0, end, text))
        else:
            fresh = all(x[0] == "ids" and all(b.leaf[i].parent is None and b.leaf[i] in b.forest for i in x[1])
                        for x in lst)
            nodes = [operand(x) for x in lst]
            # "X in parallel with A and B": A and B are each in parallel with X (a current divider),
            # not a chain A — B across X
            if infix is not None and infix[0] == "P":
                node = nodes  # type: ignore
            else:
                node = b.combine("S", nodes, _sp(s0, end, text)) if fresh or infix is None else nodes  # type: ignore
                if fresh and infix is None and isinstance(node, _Node) and all(len(x[1]) == 1 for x in lst):
                    node.default = True   # "A and B" with no connection said: a chain until one is
        lst = []
        return node

    def finish(end: int) -> _Node | None:
        """Everything folded so far, as one node; the state is reset."""
        nonlocal acc, infix
        right = close_list(end)
        if isinstance(right, list):
            right = b.combine(infix[0] if infix else "S", ([acc] if acc is not None else []) + right,
                              _sp(infix[1] if infix else c_start, end, text))
            acc, infix = None, None
        if right is not None and acc is not None:
            if infix is None:
                right = b.combine("S", [acc, right], _sp(c_start, end, text))
            else:
                right = b.combine(infix[0], [acc, right], _sp(infix[1], end, text))
        result = right if right is not None else acc
        acc, infix = None, None
        return result

    end = c_start
    prev_end = c_start
    for k, (tag, val, s, e) in enumerate(items):
        if tag == "COMP":
            if (val.get("plural") or val.get("count")) and val.get("name"):
                # "two resistors R1 and R2": the count announces that many names of that kind
                n = val["count"][0] if val.get("count") else 2
                follow = items[k + 1:k + n]
                if len(follow) < n - 1 or not all(x[0] == "COMP" and x[1].get("name") and not x[1].get("plural")
                                                  and not x[1].get("count") for x in follow):
                    sp = _sp(s, e, text)
                    raise InputError(f"'{sp['text']}' at {sp['start']}-{sp['end']} announces {n} components, so "
                                     f"name {n} of them (e.g. 'two resistors R1 and R2')")
                val = {x: y for x, y in val.items() if x not in ("plural", "count")}
            n_before = b.n
            ids = _resolve(b, val, text)
            # a part named again without "the" ("… and R3 in series with battery"): no new part was made
            named_again = val.get("det") == "back" or (b.n == n_before and not val.get("det"))
            b.mentioned.setdefault(val.get("start", s), ids)
            if again is not None and ids == again:
                again = None      # the part named again after "in parallel to" (above)
                end = e
                prev_end = e
                continue
            again = None
            if any(x[0] == "ids" and x[1] == ids for x in lst) or (lst and val.get("det") == "back" and all(
                    any(x[0] == "node" and i in x[1].leaves() for x in lst) for i in ids)) or (
                    not lst and acc is not None and infix is not None and infix[0] == "S"
                    and named_again and all(i in acc.leaves() for i in ids)):
                # (and "24 V supply, a 10 Ω resistor in series with the battery": the battery is the supply
                # already in the chain, named again as the resistor's anchor)
                prev_end = e
                continue  # the same component named again ("R1, where R1 = 2 kΩ"; "… in parallel with each
                # other and with the source": a part of the group just made)
            joined_by_and = re.search(r"\band\b|&", text[prev_end:s], re.IGNORECASE) is not None
            if prefix is not None and tight is None and len(ids) > 1 and all(
                    b.leaf[i].parent is None for i in ids):
                # "a parallel combination of two lamps": the counted components are its members
                lst.extend(("ids", [i], s, e) for i in ids)
            else:
                lst.append(("ids", ids, s, e))
            merge_tight()
            if prefix is not None and len(lst) - prefix[2] >= 2 and joined_by_and:
                close_prefix(e)   # "a parallel combination of R1 and R2" ends at the member after "and"
        elif tag == "GROUP":
            if lst or (acc is not None and (infix is None or b.last is None or b.root_of(acc) is b.root_of(b.last))):
                # "R1 and R2 in parallel, and that combination …": everything folded so far in the clause
                node = finish(s)
                lst = [("node", node, c_start, e)]
            else:
                # (after "R3 is parallel to" it is the infix's other side: "both of them", the earlier group)
                if b.last is None:
                    raise InputError(f"'{text[s:e]}' at {s}-{e} refers to an earlier group, but there is none")
                nxt_op = items[k + 1][1] if k + 1 < len(items) and items[k + 1][0] == "OP" else None
                parallel = infix is not None and infix[0] == "P" or nxt_op is not None and _OPS[nxt_op][1] == "P"
                lst.append(("node", _earlier_group(b, parallel, _sp(s, e, text)), s, e))
            merge_tight()
        elif tag == "OP":
            pos, op = _OPS[val]
            if tight is not None:
                raise InputError(f"'{text[tight[1]:tight[2]]}' at {tight[1]}-{tight[2]} needs a component "
                                 "after it")
            if pos == "tight" and not lst:
                pos = "in"     # nothing to bind tightly to: an ordinary "in parallel with"
            nxt_it = items[k + 1] if k + 1 < len(items) else None
            if pos == "in" and op == "P" and nxt_it is not None and nxt_it[0] == "COMP" and len(lst) >= 2 \
                    and nxt_it[1].get("det") == "back" and nxt_it[1].get("kind") and not any(
                        nxt_it[1].get(f) for f in ("name", "value", "count", "plural")) \
                    and all(x[0] == "ids" and len(x[1]) == 1 for x in lst[-2:]) \
                    and b.comps[lst[-2][1][0]].kind == nxt_it[1]["kind"] \
                    and b.comps[lst[-1][1][0]].kind != nxt_it[1]["kind"]:
                # "a 10 µF capacitor with a 1 kΩ resistor in parallel to the capacitor": the part just named
                # is across the one named before it, which "the capacitor" names again
                y, x = lst.pop(), lst.pop()
                lst.append(("tight", [x, y], x[2], e))
                again = x[1]
                end = e
                prev_end = e
                continue
            if pos == "in" and op == "P" and seq and acc is not None and len(lst) == 1 and lst[0][0] == "ids" \
                    and len(lst[0][1]) == 1 and not re.search(r"[,;]", text[lst[0][3]:s]):
                # "…, followed by R2 in parallel with C1", "then a 2 kΩ resistor across the capacitor": the
                # parallel phrase joins the one part after the sequence word, not the chain before it
                pos = "tight"
            if pos == "pre" and (nxt_it is None or nxt_it[0] not in ("COMP", "GROUP")) and lst:
                pos = "post"   # "R2 and R3 as a parallel pair": no member after the phrase, it closes the list before
            if pos == "tight":
                last = lst.pop()
                tight = (last[1] if last[0] == "tight" else [last], last[2], e)
            elif pos == "pre":
                close_prefix(s)
                prefix = (op, s, len(lst))
            elif pos == "post":
                close_prefix(s)
                # "three resistors in parallel", "a battery with two lamps in parallel": each of the
                # counted components is one member
                lst = [y for x in lst for y in (
                    [("ids", [i], x[2], x[3]) for i in x[1]]
                    if x[0] == "ids" and len(x[1]) > 1 and all(b.leaf[i].parent is None for i in x[1]) else [x])]
                if not lst or (len(lst) == 1 and lst[0][0] == "ids" and len(lst[0][1]) == 1):
                    if acc is not None and infix is None:
                        lst.insert(0, ("node", acc, s, e))
                        acc = None
                    elif op == "S" and acc is None and infix is None and lst and b.forest and any(
                            r is not b.leaf[lst[0][1][0]] for r in b.forest) and b.leaf[lst[0][1][0]].parent is None:
                        # "…, with an ammeter in series": in series with the circuit already described; the
                        # part stays apart and joins the loop in series with its load (parse_circuit)
                        b.leaf[lst[0][1][0]].attach = b.leaf[lst[0][1][0]].attach + [_sp(lst[0][2], e, text)]
                        lst = []
                        end = e
                        prev_end = e
                        continue
                    elif acc is not None and infix is not None and infix[0] == op and len(lst) == 1:
                        # "R1 and then R2, one after the other", "R1 in parallel with R2, both in parallel":
                        # the operator restates how the infix already joined them
                        end = e
                        prev_end = e
                        continue
                    else:
                        raise InputError(f"'{text[s:e]}' at {s}-{e} needs two or more components before it")
                from .circuits_loop import listed_source, nested_pair
                # "a battery, an ammeter, R1, and R2 and R3 in parallel": the last "and"-pair is the group
                cut = nested_pair(lst, text) if op == "P" else 0
                head, lst = lst[:cut], lst[cut:]
                s0 = lst[0][2]
                src_k = listed_source(b, lst) if op == "P" else None
                if src_k is not None:
                    # "a battery 24 V, a 12 Ω and a 6 Ω in parallel[, then a 2 Ω]": the source listed with the
                    # parts the group joins is across them, not a member (circuits_loop)
                    rest = [x for k2, x in enumerate(lst) if k2 != src_k]
                    node = b.combine(op, [operand(x) for x in rest], _sp(rest[0][2], e, text))
                    lst = [lst[src_k], ("node", node, rest[0][2], e)]
                else:
                    nodes = [operand(x) for x in lst]
                    if len(nodes) == 1 and nodes[0].op not in ("C", op) and lst[0][0] == "ids" and len(lst[0][1]) > 1:
                        # "A battery and two resistors. The two resistors are in parallel.": the phrase says how
                        # parts already grouped are connected — the grouping a plural made by default takes it;
                        # a connection the text stated otherwise is refused (never silently kept)
                        g0 = nodes[0]
                        if not g0.default or any(c.op != "C" for c in g0.children):
                            said = g0.children[0].attach[-1] if g0.children[0].attach else _sp(s0, e, text)
                            raise InputError(f"'{text[s0:e]}' at {s0}-{e} connects parts that the text joined "
                                             f"otherwise before ('{said['text']}' at {said['start']}-{said['end']})")
                        g0.op, g0.default = op, False
                        g0.attach = g0.attach + [_sp(s0, e, text)]
                    node = b.combine(op, nodes, _sp(s0, e, text))
                    lst = [("node", node, s0, e)]
                lst = head + lst
            else:
                from .circuits_loop import source_before_infix
                if op == "P" and acc is None and infix is None and source_before_infix(b, lst, text):
                    lst.pop(0)   # "a 12 V battery, R1 in parallel with R2": the battery stays apart, in the loop
                right = close_list(s, before=op)
                left = acc
                if right is not None:
                    if isinstance(right, list):
                        if infix is None or infix[0] != "S" or left is None:
                            raise InputError(f"'{text[s:e]}' at {s}-{e}: say how the components before it are "
                                             "connected ('in series' or 'in parallel')")
                        left = b.combine("S", [left] + right, _sp(infix[1], s, text))
                    elif infix is not None and left is not None:
                        left = b.combine(infix[0], [left, right], _sp(infix[1], s, text))
                    elif left is None:
                        left = right
                    else:
                        left = b.combine("S", [left, right], _sp(c_start, s, text))
                if left is None and val == "seq_in" and b.last is not None:
                    left = b.root_of(b.last)   # "…; after it R2 …", "…. Then R3.": next after the previous clause's
                    # "A 12 V supply feeds a 1 kΩ resistor; next comes a 2.2 kΩ resistor": when that clause closed a
                    # loop (a source across its one load), the next part follows the load, in series: put after the
                    # whole loop, it was drawn across the source
                    srcs = [c for c in left.children if c.op == "C" and b.comps[c.id].kind in SOURCES]
                    if left.op == "P" and len(left.children) == 2 and len(srcs) == 1:
                        left = next(c for c in left.children if c is not srcs[0])
                if left is None:
                    raise InputError(f"'{text[s:e]}' at {s}-{e} has nothing before it to connect")
                acc = left
                infix = (op, acc_start(items, acc, s))
                seq = val == "seq_in"
        end = e
        prev_end = e
    if tight is not None:
        raise InputError(f"'{text[tight[1]:tight[2]]}' at {tight[1]}-{tight[2]} needs a component after it")
    return finish(end)


def _earlier_group(b: _Builder, parallel: bool, span: dict) -> _Node:
    """The group an earlier clause made, that "both of them"/"the combination" names. Put in parallel with a
    part, a series chain that holds its source ("a 6 V battery, 2 Ω and 4 Ω in series, and a 3 Ω resistor
    parallel to both of them") is the loop, so the group meant is its load: the chain without the source (in
    parallel with the whole chain, the part would be one more element of a single series loop)."""
    ref = b.root_of(b.last)
    # only a phrase that counts the load's parts says so ("both of them" after a source and two resistors); "them",
    # "the combination" may be the source's chain itself ("a battery and a 1 Ω resistor in series, a lamp across
    # them": one loop of all three)
    said = _GROUP_COUNT.search(span["text"])
    src = [c for c in ref.children if c.op == "C" and b.comps[c.id].kind in SOURCES]
    rest = [i for c in ref.children if all(c is not x for x in src) for i in c.leaves()]
    if parallel and ref.op == "S" and said:
        n = _GROUP_COUNTS[said.group(0).lower()]
        if len(src) == 1 and len(rest) == n and len(ref.leaves()) != n:
            return b.group(rest, span)
    # Put in series with a part, a loop (a source across its load) is never meant whole: in series with the loop,
    # the part would end up across the source once the loop closes. The group meant is the load ("two capacitors
    # in parallel, a cell across them, plus a 100 Ω resistor in series with the pair": R — (C1 ∥ C2) around the
    # cell), and a count that says otherwise is not guessed at.
    if not parallel and ref.op == "P" and len(src) == 1 and rest:
        n = _GROUP_COUNTS[said.group(0).lower()] if said else len(rest)
        if n != len(rest):
            # ("…, which then feeds a 220 Ω and a 330 Ω resistor connected in parallel; the pair returns to the
            # battery": the one group of the load with that many parts)
            subs = [x for x in _nodes(ref) if x.op != "C" and len(x.leaves()) == n
                    and not any(b.comps[i].kind in SOURCES for i in x.leaves())]
            if len(subs) == 1:
                return subs[0]
            raise UnsupportedError(f"'{span['text']}' at {span['start']}-{span['end']} names "
                                   f"{_GROUP_COUNTS[said.group(0).lower()]} parts, but the group before it has "
                                   f"{len(rest)} besides its source: name the parts it is in series with")
        return b.group(rest, span)
    return ref


def _nodes(n: _Node) -> list[_Node]:
    """``n`` and every node below it."""
    return [n] + [x for c in n.children for x in _nodes(c)]


_GROUP_COUNTS = {"both": 2, "two": 2, "pair": 2, "three": 3, "four": 4}
_GROUP_COUNT = re.compile(r"\b(?:both|two|pair|three|four)\b", re.IGNORECASE)


def acc_start(items: list, acc: _Node, op_start: int) -> int:
    """Where the phrase of an infix operation starts: the start of the clause."""
    return items[0][2] if items else op_start


# "… across the battery and put an ammeter in series with the resistor": an imperative verb of placing after "and"
# begins a clause of its own (a coordinated clause, not one more member of the list before it)
_CLAUSE_VERB = re.compile(r"[\s,]*(?:and|&)\s+(?:then\s+|also\s+)?(?:put|place|add|connect|insert|attach|wire|hook\s+up|"
                          r"include)\s*", re.I)


def _new_one(m: dict) -> bool:
    """A mention that introduces one new part: "a lamp", "another resistor", "one 3 Ω resistor"."""
    return m.get("det") == "new" or (m.get("det") is None and not m.get("plural") and bool(m.get("count"))
                                     and m["count"][0] == 1 and _key(m["count"][1].text) == "one") or (
        # notes drop the article ("battery 6V, …, and capacitor 100nF parallel to R2"): a bare singular kind with
        # its own value is a part introduced there, as "a 100 nF capacitor" would be
        m.get("det") is None and not m.get("plural") and not m.get("count") and bool(m.get("kind"))
        and m.get("value") is not None)


def _clauses(ms: list[tuple[str, Any, int, int]], text: str = "") -> list[list[tuple[str, Any, int, int]]]:
    out: list[list] = [[]]
    for k, m in enumerate(ms):
        nxt = ms[k + 1] if k + 1 < len(ms) else None
        if m[0] == "SEP" or (m[0] == "AND" and nxt is not None and nxt[0] == "COMP"
                             and _new_one(nxt[1]) and any(x[0] == "OP" for x in out[-1]) and (
                                 m[1] == "," or _CLAUSE_VERB.fullmatch(text[m[2]:nxt[2]]) is not None)):
            out.append([])
        elif m[0] == "COMP" and nxt is not None and nxt[0] == "COMP" and nxt[1].get("det") == "new" and any(
                x[0] == "OP" for x in out[-1]) and _CLAUSE_VERB.fullmatch(text[m[3]:nxt[2]]) is not None:
            out[-1].append(m)
            out.append([])
        elif m[0] == "AND" and (not out[-1]):
            continue
        else:
            out[-1].append(m)
    res = []
    for cl in out:
        # an AND right before an operator or at the ends joins nothing
        cl = [m for k, m in enumerate(cl) if not (m[0] == "AND" and (k + 1 == len(cl) or cl[k + 1][0] == "OP"))]
        cl = [m for m in cl if m[0] != "AND"]
        if cl:
            res.append(cl)
    return res


def _close_loop(b: _Builder, root: _Node) -> _Node:
    """A series chain holding a source is a closed loop: P(source, S(the rest, in loop order))."""
    if root.op != "S":
        return root
    k = next((j for j, c in enumerate(root.children) if c.op == "C" and b.comps[c.id].kind in SOURCES), None)
    if k is None:
        k = next((j for j, c in enumerate(root.children)
                  if any(b.comps[i].kind in SOURCES for i in c.leaves())), None)
    if k is None:
        return root
    src = root.children[k]
    rest = root.children[k + 1:] + root.children[:k]
    if len(rest) == 1:
        other = rest[0]
    else:
        other = _Node("S", children=rest)
        for c in rest:
            c.parent = other
    new = _Node("P", children=[other, src])
    for c in new.children:
        c.parent = new
    new.attach = root.attach
    return new


def _normalise(node: _Node) -> _Node:
    """Flatten S-in-S and P-in-P, unwrap one-child groups; attach phrases accumulate."""
    if node.op == "C":
        return node
    kids: list[_Node] = []
    for c in node.children:
        c = _normalise(c)
        if c.op == node.op:
            for g in c.children:
                g.attach = c.attach + g.attach
                kids.append(g)
        else:
            kids.append(c)
    if len(kids) == 1:
        kids[0].attach = node.attach + kids[0].attach
        kids[0].parent = node.parent
        return kids[0]
    node.children = kids
    for c in kids:
        c.parent = node
    return node


def _dedupe(phrases: list[dict]) -> list[dict]:
    out: list[dict] = []
    for p in phrases:
        if p not in out:
            out.append(p)
    return out


# the count nouns a summing-up clause may use ("So 3 resistors and one battery"), by the kinds they count
_SUMMARY_NOUNS = {**{w: "resistor" for w in ("resistor", "resistors")},
                  **{w: "capacitor" for w in ("capacitor", "capacitors")},
                  **{w: "inductor" for w in ("inductor", "inductors", "coil", "coils")},
                  **{w: "lamp" for w in ("lamp", "lamps", "bulb", "bulbs", "light bulb", "light bulbs")},
                  **{w: "switch" for w in ("switch", "switches")},
                  **{w: "source" for w in ("battery", "batteries", "cell", "cells", "source", "sources", "supply",
                                           "supplies", "power supply", "power supplies", "voltage source",
                                           "voltage sources")},
                  **{w: "ammeter" for w in ("ammeter", "ammeters")},
                  **{w: "voltmeter" for w in ("voltmeter", "voltmeters")}}


def _kind_count(scene: SceneGraph, kind: str) -> tuple[int, list[dict]]:
    """How many parts of ``kind`` (a "source": voltage or current) the circuit read has, and their phrases."""
    kinds = ("vsource", "isource") if kind == "source" else (kind,)
    es = [e for e in scene.entities if e.kind in kinds]
    return len(es), [{"text": e.span.text, "start": e.span.start, "end": e.span.end} for e in es if e.span]


def parse_circuit(text: str, *, allow_unknown: bool = False) -> SceneGraph:
    """Parse a circuit description into a ``SceneGraph`` (domain ``"circuits"``).

    ``attributes["tree"]``: the series-parallel tree (nested ``{"op", "id", "children", "attach"}``
    dicts; ``op`` C/S/P, ``attach`` the phrases that connected the node). Component values are stored
    in SI units (Ω, F, H, V, A). Raises ``InputError`` for empty/oversized/binary text and
    malformed values, ``UnknownWordsError`` for words outside the grammar, ``UnsupportedError`` for
    circuits that are not series-parallel.
    """
    from ..parse.grammar import check_text
    check_text(text)
    # "not in series but in parallel": the connection stated after "but"; a denied one alone is refused
    from .circuits_negated import denied_connections
    read = denied_connections(text)
    if read != text:
        return _retext(parse_circuit(read, allow_unknown=allow_unknown), text)
    # "V1 1 0 DC 24 / R1 1 2 2k / .end": a SPICE netlist, its elements connected by their nodes (circuits_netlist)
    from .circuits_netlist import find_netlist, netlist_scene
    net = find_netlist(text)
    if net is not None:
        return netlist_scene(text, net, allow_unknown=allow_unknown)
    # "R2 = ____ kΩ … (answer: 5 kΩ)": the answer written into its blank, the answer phrase kept as read
    from .circuits_blank import fill_blanks
    filled, answers = fill_blanks(text)
    if answers:
        scene = parse_circuit(_blank(filled, answers), allow_unknown=allow_unknown)
        # (the answer's value is drawn, on its part: read, not left out)
        return _retext(scene, text, {"answers": [{"text": text[a:b], "start": a, "end": b} for a, b, _ in answers]})
    # "find the total resistance", "Vout = ?", "no switch, nothing else": asked or absent, no part
    # (circuits_asked); their words are blanked (offsets kept) and kept as read
    from .circuits_asked import split_asked
    bridge = _BRIDGE.search(text)
    if bridge:
        raise UnsupportedError(
            f"'{bridge.group(0)}' at {bridge.start()}-{bridge.end()}: a Wheatstone bridge is no series-parallel circuit "
            "(its middle arm joins the midpoints of two dividers, so no grouping into series and parallel pairs "
            "describes it: it needs a Y-Δ transformation or Kirchhoff's laws, e.g. Irwin & Nelms, Basic Engineering "
            "Circuit Analysis, ch. 2); nesy draws "
            "series-parallel circuits only")
    asked = split_asked(text)
    # "… in series with a 23 V battery. What is the current in a 30 Ω resistor?": a part only the question names,
    # joined to nothing, is not drawn (circuits_questioned)
    from .circuits_questioned import question_parts
    from .circuits_ac import ac_sources   # "driven by an ac source of 170 V": no AC kind to draw it with
    out = question_parts(text) + ac_sources(text)
    asked = sorted([a for a in asked if not any(o[0] < a[1] and a[0] < o[1] for o in out)] + out)
    # "(a) 13.3 ms (b) 2.5 ms …": a multiple-choice question's options, candidate answers, no part (circuits_options)
    from .circuits_options import answer_options
    asked = sorted([a for a in asked if not any(o[0] < a[1] and a[0] < o[1] for o in answer_options(text))]
                   + answer_options(text))
    from .circuits_asked import formula_spans   # "R3 = 1/(1/R1+1/R2) gives 20": a worked formula, no part
    asked = sorted(asked + [f for f in formula_spans(text) if not any(a < f[1] and f[0] < b for a, b, _ in asked)])
    from ..parse.expressions import symbolic_expressions   # "cut-off 1/(2πRC)": its "2" counts nothing, no "R" part
    asked = sorted(asked + [(a0, b0, "formula") for a0, b0 in symbolic_expressions(text)
                            if not any(a < b0 and a0 < b for a, b, _ in asked)])
    # "output taken across the 4.7 kΩ": where a divider's output is, which the schematic does not draw
    from .circuits_output import output_phrases
    # (a question before it keeps it asked: "find Vout across R2"; "Vout across R2" alone is a statement)
    from .circuits_output import valued_outputs   # "the output is 6 V": the output's value, no second source
    outputs = [o for o in output_phrases(text) if not any(a < o[0] < b for a, b, _ in asked)]
    outputs += [o for o in valued_outputs(text) if not any(a < o[1] and o[0] < b for a, b, _ in asked + outputs)]
    asked = sorted([q for q in asked if not any(q[0] < b and a < q[1] for a, b, _ in outputs)] + outputs)
    # "draw the internal resistance as a separate resistor in series": how to draw a part already named
    from .circuits_internal import drawing_instructions
    asked = sorted(asked + [d for d in drawing_instructions(text) if not any(a < d[1] and d[0] < b for a, b, _ in asked)])
    from .circuits_internal import ideal_parts   # "a 9 V supply of negligible internal resistance": ideal, as drawn
    # (the whole statement: "the internal resistance of the cell" inside it is no quantity asked for)
    ideal = [d for d in ideal_parts(text) if not any(a < d[1] and d[0] < b and not (d[0] <= a and b <= d[1])
                                                     for a, b, _ in asked)]
    asked = sorted([q for q in asked if not any(d[0] <= q[0] and q[1] <= d[1] for d in ideal)] + ideal)
    # "… in parallel back to the battery": the loop closing, which every chain with a source does (circuits_loop)
    from .circuits_loop import loop_returns
    asked = sorted(asked + [d for d in loop_returns(text) if not any(a < d[1] and d[0] < b for a, b, _ in asked)])
    # "two branches in parallel: the first branch is …, the second …" (circuits_branches): the markers are
    # blanked and the branches folded as parallel paths
    from .circuits_branches import branch_markers
    announce, markers = branch_markers(_blank(text, asked))
    from .circuits_asked import named_groups
    made, group_refs = named_groups(text)
    # "giving an equivalent resistance of 15 Ω", "R_eq = 6 Ω": a fact about the resistors, checked (circuits_equiv)
    from .circuits_equiv import check_equivalent, split_equivalent
    equiv = [e for e in split_equivalent(text) if not any(a < e["end"] and e["start"] < b for a, b, _ in asked)]
    # "…, 2.85 kΩ total, about 8.42 mA.": the current the source drives, stated alone as a result (checked by
    # Ohm's law, circuits_equiv.check_current); no current source
    from .circuits_equiv import check_current, split_current
    currents = [c for c in split_current(text) if not any(a < c["end"] and c["start"] < b for a, b, _ in asked)
                and not any(e["start"] < c["end"] and c["start"] < e["end"] for e in equiv)
                and re.search(r"(?i)\d\s*(?:k|m)?V\b|\bvolts?\b|\bbatter(?:y|ies)\b|\bsupply\b", text)]
    # "a three-resistor divider": a count of the parts, no part (circuits_compound); checked once read
    from .circuits_compound import check_compound_counts, compound_counts
    compounds = [c for c in compound_counts(text) if not any(a < c[1] and c[0] < b for a, b, _ in asked)]
    asked = sorted(asked + [(a, b, "count") for a, b, _n, _k in compounds])
    # "two parallel pairs connected one after the other - first …, then …": what the groups make (circuits_announced)
    from .circuits_announced import announced_groups, check_announced
    announced = [g for g in announced_groups(text) if not any(a < g[1] and g[0] < b for a, b, _ in asked)]
    asked = sorted(asked + [(a, b, "announced") for a, b, *_r in announced])
    # "a 1.2 kΩ (1200 Ω) resistor", "100 µF (= 1.0 × 10^-4 F, i.e. 0.1 mF)": the value said again in another unit,
    # no second part (nesy.parse.echoed); kept as read
    from ..parse.echoed import inline_unit_echoes, unit_echoes   # (also "a 1 kΩ resistor, i.e. 1000 Ω")
    for a, b, _w in inline_unit_echoes(text, disagreeing=True):
        # "a 1 kΩ resistor, i.e. 1200 Ω": one value said as two that differ — never a second part
        raise UnsatisfiableError([{"text": text[a:b], "start": a, "end": b}],
                                 [{"law": "one value per component", "source": "definition"}],
                                 detail=f"'{text[a:b]}' at {a}-{b} restates a value as another")
    asked = sorted(asked + [(a, b, "restated") for a, b, _w in unit_echoes(text) + inline_unit_echoes(text)
                            if not any(a0 < b and a < b0 for a0, b0, _ in asked)])
    # "…, that is, one resistor only", "So 3 resistors and one battery, nothing else": a count of what the text
    # listed, no part (nesy.parse.summary_counts); checked once read
    from ..parse.summary_counts import check_summary_counts, summary_counts
    # (its "nothing else" is part of it, not a separate statement of what is absent)
    summaries = [f for f in summary_counts(text, _SUMMARY_NOUNS) if not any(
        a < f["end"] and f["start"] < b and not (why == "absent" and f["start"] <= a and b <= f["end"])
        for a, b, why in asked)]
    asked = sorted([q for q in asked if not any(f["start"] <= q[0] and q[1] <= f["end"] for f in summaries)]
                   + [(f["start"], f["end"], "count") for f in summaries])
    # "R2 and R3 (both 2 kΩ)": one value said of several named parts (circuits_shared); given to each once read
    from .circuits_shared import apply_shared, shared_values
    shared = [f for f in shared_values(text) if not any(a < f["end"] and f["start"] < b for a, b, _ in asked)
              and not any(e["start"] < f["end"] and f["start"] < e["end"] for e in equiv + currents)]
    blanks = asked + made + [(a, b, "branch") for a, b in ([announce] if announce else []) + markers] + [
        (e["start"], e["end"], "equivalent") for e in equiv] + [(c["start"], c["end"], "current") for c in currents] + [
        (f["start"], f["end"], "shared") for f in shared]
    if blanks:
        scene = _parse_circuit(_blank(text, blanks), allow_unknown=allow_unknown,
                               branches=(announce, markers) if markers else None, group_refs=group_refs)
        if shared:
            scene = apply_shared(scene, shared, format_value)
        extra = tuple(Span(a, b, text[a:b]) for a, b, why in asked if why not in ("output", "question", "ac", "worked"))
        # an output (or a part only a question names, a worked result) is stated content the figure lacks: not
        # drawn, never ignored
        shown = tuple(Span(a, b, text[a:b]) for a, b, why in asked if why in ("output", "question", "ac", "worked"))
        scene = replace(scene, ignored=tuple(sorted(scene.ignored + extra, key=lambda s: (s.start, s.end))),
                        unknown=tuple(sorted(scene.unknown + shown, key=lambda s: (s.start, s.end))))
        check_compound_counts(scene, compounds, text)
        check_summary_counts(summaries, lambda kind: _kind_count(scene, kind), text)
        check_announced(scene, announced, text)
        from .circuits_denied import check_denied   # "… neither a resistor nor a switch" with a resistor drawn
        check_denied(scene, asked, text)
        attrs: dict[str, Any] = {}
        if currents:
            ok_i, unchecked_i = check_current(scene, currents, text)
            if unchecked_i and not allow_unknown:
                raise UnknownWordsError([(c["text"], c["start"], c["end"]) for c in unchecked_i], text)
            scene = replace(scene, unknown=tuple(sorted(scene.unknown + tuple(
                Span(c["start"], c["end"], c["text"]) for c in unchecked_i), key=lambda s: (s.start, s.end))))
            if ok_i:
                attrs["current"] = ok_i   # (read and checked, as an agreeing equivalent is)
        if equiv:
            from .circuits_equiv import derive_from_equivalent   # "… equivalent resistance of 6 Ω. One is 10 Ω"
            scene = derive_from_equivalent(scene, equiv, text)
            ok, unchecked, _r = check_equivalent(scene, equiv, text)
            if unchecked and not allow_unknown:
                raise UnknownWordsError([(e["text"], e["start"], e["end"]) for e in unchecked], text)
            scene = replace(scene, unknown=tuple(sorted(scene.unknown + tuple(
                Span(e["start"], e["end"], e["text"]) for e in unchecked), key=lambda s: (s.start, s.end))))
            if ok:
                attrs["equivalent"] = ok
        return _retext(scene, text, attrs)
    return _parse_circuit(text, allow_unknown=allow_unknown)


def _retext(scene: SceneGraph, text: str, attrs: dict[str, Any] | None = None) -> SceneGraph:
    """``scene`` read from a copy of ``text`` with phrases blanked: every span's text taken from ``text``
    (and ``attrs`` added to its attributes)."""
    def fix(x: Any) -> Any:
        if isinstance(x, dict):
            y = {k: fix(v) for k, v in x.items()}
            if isinstance(y.get("start"), int) and isinstance(y.get("end"), int) and isinstance(y.get("text"), str):
                y["text"] = text[y["start"]:y["end"]]
            return y
        if isinstance(x, list):
            return [fix(v) for v in x]
        return x
    d = fix(scene.to_dict())
    d["text"] = text
    d["attributes"].update(attrs or {})
    return SceneGraph.from_dict(d)


# "a Wheatstone bridge", "a Wheatstone brige" (a typo), "a bridge circuit": a bridge network
_BRIDGE = re.compile(r"\bwheat\s?stone(?:\s+(?:bridge|brige|bridg|bride|network|circuit))?|"
                     r"\b(?:bridge|brige)\s+(?:circuit|network)\b|\bbalanced\s+bridge\b", re.IGNORECASE)


def _blank(text: str, spans: list[tuple[int, int, str]]) -> str:
    chars = list(text)
    for a, b, _ in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def _parse_circuit(text: str, *, allow_unknown: bool, branches: tuple | None = None,
                   group_refs: list[tuple[int, int]] = ()) -> SceneGraph:
    toks, unknown, _ = _tokens(text, strict=True)
    from .circuits_symbols import symbol_values   # "a battery of emf ε = 12 V": the symbol names its value
    toks, unknown = symbol_values(toks, unknown, text, _Tok)
    from .circuits_collective import collective_nouns   # "the resistor pair": the group, not one resistor
    toks = collective_nouns(toks, text, _grammar(), _Tok)
    from .circuits_collective import place_ones   # "the upper resistor … the lower one": the lower resistor
    toks = place_ones(toks, text, _Tok)
    if group_refs:   # "that battery" after "… to make a battery": the group made (circuits_asked.named_groups)
        toks = [t for t in toks if not any(a <= t.start and t.end <= b for a, b in group_refs)] + [
            _Tok("GROUP", None, a, b, text[a:b]) for a, b in group_refs]
        toks.sort(key=lambda t: t.start)
    # "a current of 2 A flows through R1", "the voltage across R2 is 3 V": quantities of parts, no parts
    from .circuits_stated import split_stated
    from .circuits_drops import listed_drops   # "drops of 2 V, 3 V and 5 V across them": one per part
    toks, drops = listed_drops(text, toks)
    toks, unknown, stated = split_stated(text, toks, unknown)
    stated = drops + stated
    if unknown and not allow_unknown:
        raise UnknownWordsError(unknown, text)
    from .circuits_placed import refuse_unread_place   # "… behind each other", "over R2 stands C1": never guessed
    refuse_unread_place(unknown, toks, text)
    b = _Builder(text)
    from .circuits_refs import attribute_values, bind_pronouns, trailing_values
    from .circuits_internal import internal_resistances
    from .circuits_collective import absolute_clauses   # "…, the two resistors being in series": its own clause
    ms = internal_resistances(attribute_values(absolute_clauses(_mentions(toks, text), text), text), text)
    from .circuits_declared import announced_values   # "two 6 Ω resistors R2 and R3": each one 6 Ω
    ms = announced_values(ms, text)
    from .circuits_same import same_values    # "a second resistor of equal resistance": the first's value
    ms = same_values(ms, text)
    from .circuits_apposed import restated_values   # "a resistor banded brown-black-orange (that's 10 kΩ)": one part
    ms = restated_values(ms, text)
    from .circuits_apposed import deferred_values   # "2 resistors in parallel, 10 ohm each": the plural's values
    ms = deferred_values(ms, text)
    from .circuits_apposed import bracketed_restatements, punctuated_values
    ms = punctuated_values(bracketed_restatements(ms, text), text)   # "a cell (battery)", "R1 — 4 Ω —"
    from .circuits_meters import meter_after_quantity   # "measure the voltage across R2 with a voltmeter"
    ms = meter_after_quantity(ms, text)
    from .circuits_declared import headed_values   # "Supply: 5 V."
    ms = headed_values(ms, text)
    from .circuits_fronted import fronted_connections   # "a cell, and across it a 150 Ω resistor"
    ms = bind_pronouns(fronted_connections(_listed_values(trailing_values(ms, text), text), text), text)
    from .circuits_declared import declared_values   # "R1 = 4 Ω, R2 = 6 Ω. R1 in series with R2 …"
    ms = declared_values(ms, text)
    from .circuits_declared import named_members   # "two resistors in parallel …: R1 = 10 kΩ and R2 = 5.6 kΩ"
    ms = named_members(ms, text)
    from .circuits_apposed import apposed_values   # "two resistors, one 1 kΩ and the other 47 kΩ"
    ms = apposed_values(ms, text)
    from .circuits_apposed import one_of_values   # "Two resistors … One of them is 10 Ω."
    ms = one_of_values(ms, text)
    from .circuits_asked import drop_topic_plurals
    ms = drop_topic_plurals(ms, text)
    from .circuits_forward import forward_plurals   # "inserting the batteries: put two 1.5 V cells …"
    ms = forward_plurals(ms, text)
    from .circuits_chain import arrow_ops, inventory, with_adjuncts   # "Parts: one 9 V battery, … Plan: battery -> 1 kΩ"
    ms = with_adjuncts(inventory(arrow_ops(ms, text), text), text)
    from .circuits_divider import bare_dividers   # "A voltage divider runs from a 10 V supply. The bottom resistor …"
    ms = bare_dividers(ms, text)
    if branches is not None:
        from .circuits_branches import fold_branches
        ms = fold_branches(ms, text, *branches)
    for cl in _clauses(ms, text):
        _fold_clause(b, cl, text)
    if not b.comps:
        raise NothingToDrawError("the text names no circuit component: name some, e.g. 'a 9 V battery and a lamp in series'")
    roots = list(b.forest)
    has_src = [any(b.comps[i].kind in SOURCES for i in r.leaves()) for r in roots]
    if len(roots) > 1 and sum(has_src) == 1:
        # a loop (a source across its load) and parts mentioned apart ("…, with an ammeter measuring the
        # current"): the parts join the loop in series with its load, not in series with the source's
        # own parallel group (which closing the loop would turn into parts across the source)
        loop = roots[has_src.index(True)]
        loads = [c for c in loop.children if not any(b.comps[i].kind in SOURCES for i in c.leaves())]
        rest = [r for r, h in zip(roots, has_src) if not h]
        # (a voltmeter mentioned apart is across the loop, as closing it makes it: it measures across)
        if loop.op == "P" and len(loads) == 1 and not any(b.comps[i].kind == "voltmeter"
                                                          for r in rest for i in r.leaves()):
            load = loads[0]
            chain = _Node("S", children=[load, *rest])
            loop.children[loop.children.index(load)] = chain
            chain.parent = loop
            for x in (load, *rest):
                x.parent = chain
            roots = [loop]
    if len(roots) > 1:  # separately mentioned parts form one series loop
        root = _Node("S", children=roots)
        for r in roots:
            r.parent = root
            r.attach = r.attach + [_sp(0, len(text), text)] if False else r.attach
    else:
        root = roots[0]
    return _scene_of(b, root, text, toks, stated, unknown)


def _scene_of(b: _Builder, root: _Node, text: str, toks: list[_Tok], stated: list,
              unknown: list[tuple[str, int, int]]) -> SceneGraph:
    """The ``SceneGraph`` of the components in ``b`` connected as ``root``: the loop closed, unnamed parts
    numbered per kind, the tree and its groups as entities and ``member`` relations."""
    from .circuits_refs import resolve_stated
    root = _normalise(root)
    root = _normalise(_close_loop(b, root))
    # names: user names kept; the rest numbered per kind, skipping names already taken
    st = _style()
    taken = {c.name for c in b.comps.values() if c.name}
    counters: dict[str, int] = {}
    for cid in b.order:
        c = b.comps[cid]
        if c.name is None:
            pre = st["name_prefix"][c.kind]
            k = counters.get(pre, 0)
            while True:
                k += 1
                if f"{pre}{k}" not in taken:
                    break
            counters[pre] = k
            c.name = f"{pre}{k}"
            taken.add(c.name)
    ids = {cid: b.comps[cid].name for cid in b.order}
    stated_d = resolve_stated(b, stated, text)
    shown: dict[str, list[str]] = {}
    for st in stated_d:
        shown.setdefault(st["target"], []).append(format_value(st["value"], st["unit"]))
    entities: list[Entity] = []
    relations: list[Relation] = []
    gid = [0]

    def dump(n: _Node) -> dict:
        if n.op == "C":
            return {"op": "C", "id": ids[n.id], "attach": _dedupe(n.attach)}
        gid[0] += 1
        g = f"g{gid[0]}"
        d = {"op": n.op, "id": g, "attach": _dedupe(n.attach), "children": [dump(c) for c in n.children]}
        return d
    tree = dump(root)

    def walk(d: dict) -> None:
        if d["op"] == "C":
            return
        entities.append(Entity(d["id"], "series" if d["op"] == "S" else "parallel"))
        for c in d["children"]:
            ph = c["attach"][-1] if c["attach"] else None
            relations.append(Relation("member", c["id"], d["id"],
                                      Span(ph["start"], ph["end"], ph["text"]) if ph else None))
            walk(c)
    for cid in b.order:
        c = b.comps[cid]
        disp = f"{c.name} = {format_value(c.value, c.unit)}" if c.value is not None else c.name
        if c.name in shown:   # what the text states it carries, on its label ("R1 = 100 Ω, 2 A")
            disp = ", ".join([disp] + shown[c.name])
        attrs = {"value": c.value, "unit": c.unit, "state": c.state or ("closed" if c.kind == "switch" else None),
                 "display": disp}
        entities.append(Entity(c.name, c.kind, c.name, _freeze(attrs),
                               Span(c.span["start"], c.span["end"], c.span["text"])))
    walk(tree)
    common, _ = _common()
    ignored = tuple(Span(m.start(), m.end(), m.group(0)) for m in _WORD_RE.finditer(text)
                    if m.group(0).lower() in common and not any(t.start <= m.start() < t.end for t in toks))
    attrs_g: dict[str, Any] = {"tree": tree}
    if stated_d:
        attrs_g["stated"] = stated_d
    return SceneGraph("circuits", text, tuple(entities), tuple(relations), _freeze(attrs_g), ignored,
                      tuple(Span(s, e, w) for w, s, e in unknown))


def _score(text: str) -> float:
    if not isinstance(text, str) or not text.strip() or len(text) > 20_000:
        return 0.0
    from .circuits_netlist import find_netlist
    try:
        if find_netlist(text) is not None:
            return 1.0   # a SPICE netlist: its element lines are the circuit's parts
    except InputError:
        return 1.0       # a netlist nesy refuses, for a reason that names it
    try:
        toks, _unknown, n_content = _tokens(text, strict=False)
    except InputError:
        return 0.0
    weak = {"cell", "cells", "key", "short", "supply", "coil", "coils", "wire", "wires", "lamp", "lamps", "switch",
            "resistance", "source"}
    hits = 0
    for t in toks:
        if t.tag == "KIND" and _key(t.text) not in weak:
            hits += 1
        elif t.tag == "VALUE" and t.value["unit"] in ("ohm", "F", "H") and t.text.strip()[-1] not in "FH":
            hits += 1
        elif t.tag == "VALUE" and re.search(r"(Ω|Ω|ohm|volt|[kmµu]?[FH])$", t.text, re.IGNORECASE) and \
                re.search(r"[µuμnpm]F$|[µuμm]H$|Ω|Ω|ohm|volt", t.text):
            hits += 1
    if not hits:
        # weak words only ("a switch in parallel with a 5 V supply"): circuit-like when they come with
        # series/parallel wording or a voltage/current value, scored below any clear hit
        kinds = [t for t in toks if t.tag == "KIND"]
        volts = any(t.tag == "VALUE" and re.search(r"\d\s*(V|A|mA|volts?|amps?)$", t.text, re.IGNORECASE)
                    for t in toks)
        if kinds and (volts or re.search(r"\b(series|parallel)\b", text, re.IGNORECASE)):
            return 0.5 / max(n_content, 1)
    return hits / max(n_content, 1) if hits else 0.0


# ---------------------------------------------------------------------------------------------
# laws (Z3)


def _tree(scene: SceneGraph) -> dict:
    t = scene.attr("tree")
    if not t:
        raise InputError("scene has no circuit tree (attributes['tree']); parse a circuit text first")
    return t


def _comp_info(scene: SceneGraph) -> dict[str, Entity]:
    return {e.id: e for e in scene.entities if e.kind in KINDS}


def check_circuit(scene: SceneGraph, timeout_s: float = 10.0) -> dict[str, tuple[float, float]]:
    """Check every law with Z3 (tracked assertions); return each component's (voltage V, current A)
    in one solution. Raises ``UnsatisfiableError`` naming the user's phrases and the laws."""
    import z3
    ctx = z3.Context()
    s = z3.Solver(ctx=ctx)
    s.set("timeout", int(timeout_s * 1000))
    comps = _comp_info(scene)
    track: dict[str, tuple[list[dict], list[dict], str]] = {}
    V: dict[str, Any] = {}
    I: dict[str, Any] = {}
    par: dict[str, Any] = {}
    ser: dict[str, Any] = {}

    def tr(name: str, expr, phrases: list[dict], laws: list[dict], detail: str = "") -> None:
        track[name] = (phrases, laws, detail)
        s.add(z3.Implies(z3.Bool(name, ctx), expr))

    def R(x: float):
        return z3_real(x, ctx)  # exact "p/q": Z3 cannot parse every float repr ("1e+300")

    def walk(d: dict) -> None:
        n = d["id"]
        V[n], I[n] = z3.Real(f"v_{n}", ctx), z3.Real(f"i_{n}", ctx)
        par[n], ser[n] = z3.Bool(f"par_{n}", ctx), z3.Bool(f"ser_{n}", ctx)
        if d["op"] == "C":
            return
        kids = d["children"]
        for c in kids:
            walk(c)
        for c in kids:
            c_ph = c["attach"]
            if d["op"] == "P":
                tr(f"m:{n}:{c['id']}", z3.And(V[c["id"]] == V[n], par[c["id"]]), c_ph, [_law("kvl_parallel")])
            else:
                tr(f"m:{n}:{c['id']}", z3.And(I[c["id"]] == I[n], ser[c["id"]]), c_ph, [_law("kcl_series")])
        if d["op"] == "P":
            tr(f"sum:{n}", I[n] == z3.Sum([I[c["id"]] for c in kids]), [], [_law("kcl_parallel")])
        else:
            tr(f"sum:{n}", V[n] == z3.Sum([V[c["id"]] for c in kids]), [], [_law("kvl_series")])
    tree = _tree(scene)
    walk(tree)
    tr("closed", I[tree["id"]] == 0, [], [_law("kcl_parallel")])
    for cid, e in comps.items():
        if cid not in V:
            continue
        ph = [e.span.to_dict()] if e.span else []
        val = e.attr("value")
        if e.kind == "vsource":
            tr(f"c:{cid}", V[cid] == R(val) if val is not None else V[cid] > 0, ph, [_law("ideal_voltage_source")],
               f"{cid} holds {format_value(val, 'V') if val is not None else 'a nonzero voltage'}")
        elif e.kind == "isource":
            tr(f"c:{cid}", I[cid] == R(val) if val is not None else I[cid] > 0, ph, [_law("ideal_current_source")],
               f"{cid} drives {format_value(val, 'A') if val is not None else 'a nonzero current'}")
        elif e.kind == "resistor" and val is not None:
            tr(f"c:{cid}", V[cid] == R(val) * I[cid], ph, [_law("ohm")])
        elif e.kind == "resistor":
            # a resistor of no stated value still obeys Ohm's law with some resistance > 0: its voltage and
            # current have one sign (without it a stated drop could stand against the current, and a value
            # derived from that solution was wrong: circuits_derived)
            r_free = z3.Real(f"r_{cid}", ctx)
            tr(f"c:{cid}", z3.And(r_free > 0, V[cid] == r_free * I[cid]), ph, [_law("ohm")])
        elif e.kind in ("wire", "ammeter") or (e.kind == "switch" and e.attr("state") != "open"):
            tr(f"c:{cid}", V[cid] == 0, ph, [_law("wire")], f"{cid} has no voltage across it")
        elif e.kind == "voltmeter" or (e.kind == "switch" and e.attr("state") == "open"):
            tr(f"c:{cid}", I[cid] == 0, ph, [_law("open")], f"{cid} carries no current")
        if e.kind == "ammeter":
            tr(f"conv:{cid}", z3.Not(par[cid]), ph, [_law("ammeter_series")], f"ammeter {cid} is in parallel")
        if e.kind == "voltmeter":
            tr(f"conv:{cid}", z3.Not(ser[cid]), ph, [_law("voltmeter_parallel")], f"voltmeter {cid} is in series")
    # what the text states a part carries: |I|, |V| or |V·I| of that part (circuits_stated)
    from ..solve.precision import half_width
    prefer: list = []
    for k, st in enumerate(scene.attr("stated") or ()):
        n = st["target"]
        if n not in V:
            continue
        x = {"I": I[n], "V": V[n], "P": V[n] * I[n]}[st["q"]]
        law = {"I": "stated_current", "V": "stated_voltage", "P": "power"}[st["q"]]
        sp_ = {"text": st["text"], "start": st["start"], "end": st["end"]}
        # a value marked approximate or with its uncertainty ("about 8.2 mA" for 8.16 mA) is held to that
        # precision (nesy/solve/precision.py), preferred as written where the laws allow
        # (a plain decimal stays exact here: a current or power that derives an unknown part's value, "0.05 A",
        # fixes it)
        h = float(half_width(sp_, Fraction(repr(float(st["value"]))), context=scene.text, marked_only=True))
        v_ = float(st["value"])
        held = z3.Or(x == R(v_), x == -R(v_)) if not h else z3.Or(
            z3.And(x >= R(v_ - h), x <= R(v_ + h)), z3.And(x <= R(h - v_), x >= R(-v_ - h)))
        if h:
            prefer.append(z3.Or(x == R(v_), x == -R(v_)))
        tr(f"q:{k}", held, [sp_], [_law(law)], f"the text states {format_value(st['value'], st['unit'])} for {n}")
    flags = [z3.Bool(nm, ctx) for nm in track]
    res = s.check(*flags)
    if res == z3.unknown:
        raise SolverTimeoutError("circuit law check", timeout_s)
    if res == z3.unsat:
        core = sorted(str(x) for x in s.unsat_core())
        # conventions first: they make the clearest report
        conv = [n for n in core if n.startswith("conv:")]
        if conv:
            s2 = z3.Solver(ctx=ctx)
            for a in s.assertions():
                s2.add(a)
            keep = [n for n in track if not n.startswith("c:") and not n.startswith("sum:") and n != "closed"]
            if s2.check(*[z3.Bool(n, ctx) for n in keep]) == z3.unsat:
                core = sorted(str(x) for x in s2.unsat_core())
        phrases: list[dict] = []
        laws: list[dict] = []
        details: list[str] = []
        for nm in core:
            p, lw, dt = track[nm]
            phrases += [x for x in p if x not in phrases]
            laws += [x for x in lw if x not in laws]
            if dt and dt not in details:
                details.append(dt)
        phrases.sort(key=lambda x: (x["start"], x["end"]))
        # the smallest fix: the latest connecting phrase whose removal restores sat
        fix: list[dict] = []
        # a stated current, voltage or power that the circuit contradicts is the first to go
        conn = [n for n in core if n.startswith("q:")] + sorted(
            (n for n in core if n.startswith("m:") and track[n][0]), key=lambda n: -max(x["start"] for x in track[n][0]))
        for nm in conn:
            if s.check(*[z3.Bool(k, ctx) for k in track if k != nm]) == z3.sat:
                fix = [track[nm][0][-1]]
                break
        raise UnsatisfiableError(phrases, laws, fix=fix, detail="; ".join(details))
    s.add(*flags)
    for p_ in prefer:
        if s.check(p_) == z3.sat:
            s.add(p_)
    s.check()
    m = s.model()

    def val(x) -> float:
        r = m.eval(x, model_completion=True)
        return float(r.as_fraction()) if z3.is_rational_value(r) else float(r.as_decimal(12).rstrip("?"))
    return {cid: (val(V[cid]), val(I[cid])) for cid in comps if cid in V}


# ---------------------------------------------------------------------------------------------
# netlist


def netlist(scene: SceneGraph):
    """The circuit as a ``networkx.MultiGraph``: nodes are electrical nodes (ints), edges components
    (``key`` = name, attributes ``kind``, ``value``, ``unit``). Wires are contracted into their node."""
    import networkx as nx
    comps = _comp_info(scene)
    g = nx.MultiGraph()
    counter = [0]

    def fresh() -> int:
        counter[0] += 1
        return counter[0] - 1

    def place(d: dict, a: int, b: int, flip: bool = False) -> None:
        if d["op"] == "C":
            e = comps[d["id"]]
            g.add_edge(a, b, key=d["id"], kind=e.kind, value=e.attr("value"), unit=e.attr("unit"),
                       state=e.attr("state"), ends=(b, a) if flip else (a, b),   # ends: a source's + first
                       flip=flip)   # flip: the + terminal is the b end, the right one as drawn (circuits_draw)
        elif d["op"] == "P":
            for c in d["children"]:
                place(c, a, b, flip)
        else:
            kids = d["children"]
            nodes = [a] + [fresh() for _ in kids[:-1]] + [b]
            for k, c in enumerate(kids):
                place(c, nodes[k], nodes[k + 1], flip)

    def holds(d: dict, key: str) -> bool:
        return d.get("id") == key if d["op"] == "C" else any(holds(c, key) for c in d["children"])

    def loaded(d: dict) -> bool:   # a part other than a source or a wire in the branch
        return comps[d["id"]].kind not in ("vsource", "isource", "wire") if d["op"] == "C" else any(
            loaded(c) for c in d["children"])
    a, b = fresh(), fresh()
    g.add_nodes_from([a, b])
    tree = _tree(scene)
    # The loop closes through the top-level parallel: the branch holding the first source carries the
    # current from b to a inside it (its sources' + towards a), a branch with a load from a to b, so a
    # source in series with that load faces the other way (its − towards a). Then cells named one after
    # the other aid each other around the loop ("two 1.5 V cells in series" drive 3 V), and a branch of
    # sources alone (batteries side by side) shares the first source's polarity.
    order = sorted(comps, key=lambda k: (re.sub(r"\d+", "", k), int(re.sub(r"\D", "", k) or 0)))
    main = next((k for kind in ("vsource", "isource") for k in order if comps[k].kind == kind), None)
    if tree["op"] == "P" and main is not None:
        for c in tree["children"]:
            place(c, a, b, flip=not holds(c, main) and loaded(c))
    else:
        place(tree, a, b)
    # wires join their two nodes into one (union-find); the other edges are re-added with their keys
    # (nx.contracted_nodes drops multigraph keys, and a list of edges taken before one contraction
    # names nodes a later one has removed: two wires in one chain crashed here)
    root = {n: n for n in g.nodes}

    def find(n: int) -> int:
        while root[n] != n:
            root[n] = root[root[n]]
            n = root[n]
        return n
    for u, v, d in g.edges(data=True):
        if d["kind"] == "wire":
            root[find(u)] = find(v)
    h = nx.MultiGraph()
    h.add_nodes_from(sorted({find(n) for n in g.nodes}))
    for u, v, k, d in g.edges(keys=True, data=True):
        if d["kind"] != "wire":
            h.add_edge(find(u), find(v), key=k, **{**d, "ends": (find(d["ends"][0]), find(d["ends"][1]))})
    # an undirected edge forgets which way it was placed: ``ends`` keeps it, so sources placed one after
    # the other along a path aid each other (two 1.5 V cells in series give 3 V), never oppose
    number = {n: i for i, n in enumerate(sorted(h.nodes))}
    g = nx.relabel_nodes(h, number)
    for _u, _v, _k, d in g.edges(keys=True, data=True):
        d["ends"] = (number[d["ends"][0]], number[d["ends"][1]])
    return g


def spice_netlist(scene: SceneGraph) -> str:
    """A SPICE-like netlist: one line per component (``R1 1 2 4700``), node 0 the first node."""
    g = netlist(scene)
    lines = [f"* {scene.text[:70]!s}".replace("\n", " "), "* nesy.circuits.v1"]
    # a value the text does not state is written as a symbol ({R1}), never as a made-up number: the
    # figure draws that component with its name only
    unstated = sorted(k for _u, _v, k, d in g.edges(keys=True, data=True)
                      if d["value"] is None and d["kind"] in ("resistor", "capacitor", "inductor", "vsource",
                                                              "isource", "lamp"))
    if unstated:
        lines.append(f"* value not stated in the text: {', '.join(unstated)}")
    derived = sorted((e for e in scene.entities if e.attr("derived")), key=lambda e: e.id)
    for how in sorted({str(e.attr("derived_by") or "Ohm's and Kirchhoff's laws from the stated values") for e in derived}):
        # nesy.domains.circuits_derived; circuits_equiv (from a stated equivalent resistance)
        lines.append(f"* derived by {how}: " + ", ".join(
            f"{e.id} = {format_value(e.attr('value'), e.attr('unit'))}" for e in derived
            if str(e.attr("derived_by") or "Ohm's and Kirchhoff's laws from the stated values") == how))
    for _u, _v, k, d in sorted(g.edges(keys=True, data=True), key=lambda x: x[2]):
        u, v = d["ends"]   # SPICE's n+ n-: a source's positive terminal first
        val = d["value"] if d["value"] is not None else "{" + k + "}"
        if d["kind"] == "resistor":
            lines.append(f"R{k} {u} {v} {val}".replace("RR", "R"))
        elif d["kind"] == "capacitor":
            lines.append(f"C{k} {u} {v} {val}".replace("CC", "C"))
        elif d["kind"] == "inductor":
            lines.append(f"L{k} {u} {v} {val}".replace("LL", "L"))
        elif d["kind"] == "vsource":
            # a battery named by its own designator ("BT1", "B1") takes SPICE's V before it, and says so
            lines.append(f"V{k} {u} {v} DC {val}".replace("VV", "V") + ("" if k.startswith("V") else " ; battery"))
        elif d["kind"] == "isource":
            lines.append(f"I{k} {u} {v} DC {val}".replace("II", "I"))
        elif d["kind"] == "ammeter":
            lines.append(f"V{k} {u} {v} DC 0 ; ammeter")
        elif d["kind"] == "voltmeter":
            lines.append(f"R{k} {u} {v} 1e12 ; voltmeter")
        elif d["kind"] == "lamp":
            lines.append(f"R{k} {u} {v} {val} ; lamp")
        elif d["kind"] == "switch":
            lines.append(f"R{k} {u} {v} {'1e12' if d.get('state') == 'open' else '1e-3'} ; switch")
    lines = [re.sub(r"(?<= )(\d+\.\d+(?:e-?\d+)?)(?= |$)", lambda m: f"{float(m.group(1)):.6g}", x) for x in lines]
    lines.append(".end")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------
# placement (Z3 Optimize) and drawing


def _edge_bus(d: dict, side: int) -> bool:
    """Whether a node has a vertical bus at its left (side 0) or right (side -1) edge."""
    if d["op"] == "C":
        return False
    if d["op"] == "P":
        return True
    return _edge_bus(d["children"][side], side)


def _place(tree: dict, comps: dict[str, Entity], timeout_s: float) -> dict[str, tuple[int, int, int, int]]:
    """Grid placement: ``id → (x, rail row, width, bottom row)`` in grid units. Series elements sit
    side by side on one rail; a parallel group's branches sit in disjoint row bands between its two
    buses (a branch with a bus at its edge is kept one unit in), so no two wires cross."""
    import z3
    ctx = z3.Context()
    o = z3.Optimize(ctx=ctx)
    o.set("timeout", int(timeout_s * 1000))
    w_ = _data()["placement"]
    X, Rw, W, B = {}, {}, {}, {}
    pen = []

    def I(x: int):
        return z3.IntVal(x, ctx)

    def walk(d: dict) -> None:
        n = d["id"]
        X[n], Rw[n], W[n], B[n] = (z3.Int(f"{p}_{n}", ctx) for p in "xrwb")
        o.add(X[n] >= 0, Rw[n] >= 0, B[n] >= Rw[n])
        if d["op"] == "C":
            o.add(W[n] == 2, B[n] == Rw[n])
            return
        kids = d["children"]
        for c in kids:
            walk(c)
        ids = [c["id"] for c in kids]
        if d["op"] == "S":
            o.add(X[ids[0]] == X[n], W[n] == z3.Sum([W[i] for i in ids]))
            for a, b in zip(ids, ids[1:]):
                o.add(X[b] == X[a] + W[a])
            for i in ids:
                o.add(Rw[i] == Rw[n], B[n] >= B[i])
            return
        for c in kids:
            i = c["id"]
            pl, pr = int(_edge_bus(c, 0)), int(_edge_bus(c, -1))
            o.add(X[i] >= X[n] + pl, X[i] + W[i] <= X[n] + W[n] - pr, Rw[i] >= Rw[n], B[n] >= B[i])
            slack = (X[i] - X[n]) - (X[n] + W[n] - X[i] - W[i])       # centre the branch
            pen.append(w_["w_centre"] * z3.If(slack >= 0, slack, -slack))
        o.add(z3.Or(*[Rw[i] == Rw[n] for i in ids]))
        for k, a in enumerate(ids):
            for b in ids[k + 1:]:
                o.add(z3.Or(Rw[b] >= B[a] + 1, Rw[a] >= B[b] + 1))
                pen.append(w_["w_order"] * z3.If(Rw[b] < Rw[a], I(1), I(0)))
        srcs = [c["id"] for c in kids if c["op"] == "C" and comps[c["id"]].kind in SOURCES]
        for sid in srcs:
            for i in ids:
                if i != sid:
                    pen.append(w_["w_source_low"] * z3.If(Rw[i] > Rw[sid], I(1), I(0)))
    walk(tree)
    r = tree["id"]
    o.add(X[r] == 0, Rw[r] == 0)
    o.minimize(w_["w_width"] * W[r] + w_["w_height"] * B[r] + z3.Sum(pen) if pen else
               w_["w_width"] * W[r] + w_["w_height"] * B[r])
    res = o.check()
    if res != z3.sat:
        raise SolverTimeoutError("circuit placement", timeout_s)
    m = o.model()
    return {n: tuple(m.eval(v[n], model_completion=True).as_long() for v in (X, Rw, W, B)) for n in X}


def solve_circuit(scene: SceneGraph, *, timeout_s: float = 10.0) -> Layout:
    """Check the laws, place the tree with Z3 and draw the schematic (pixels, y down)."""
    t0 = time.perf_counter()
    sol = check_circuit(scene, timeout_s)
    t_law = time.perf_counter() - t0
    tree = _tree(scene)
    comps = _comp_info(scene)
    pos = _place(tree, comps, timeout_s)
    from ..render.style import science_style
    from .circuits_draw import draw_schematic
    st = science_style("circuits")
    margin = float(load_yaml("layout", "style.yaml")["margin"])
    # a source the netlist turned round (its + at the right end) is drawn turned round: the plates and the
    # "+" show the polarity the netlist (circuit.cir) gives it
    reversed_ = frozenset(k for _u, _v, k, d in netlist(scene).edges(keys=True, data=True)
                          if d.get("flip") and d["kind"] in SOURCES)
    shapes, labels, W, H = draw_schematic(tree, comps, pos, st, margin, reversed_=reversed_)
    fig_w = int(W)
    _x, _r, Wu, Bu = pos[tree["id"]]
    extras = {"figure_width": fig_w, "grid": {k: list(v) for k, v in pos.items()},
              "operating_point": {k: {"V": v, "A": i} for k, (v, i) in sol.items()}}
    stats = {"solve_s": round(time.perf_counter() - t0, 4), "law_check_s": round(t_law, 4),
             "components": len(comps), "grid_width": Wu, "grid_rows": Bu + 1}
    # no legend: every component is named and valued beside its symbol
    return Layout("circuits", int(W), int(H), tuple(shapes), tuple(labels), (), tuple(sorted(stats.items())),
                  _freeze(extras))


# ---------------------------------------------------------------------------------------------
# verify (pixels only)


def _crossings(mask) -> int:
    """Wire crossings drawn without a junction dot: a pixel with wire arms in all four directions
    whose 7×7 neighbourhood is not filled (a dot fills it; a bare '+' leaves the corners empty)."""
    import numpy as np
    from scipy import ndimage
    H, Wd = mask.shape
    if H < 16 or Wd < 16:
        return 0
    m = mask
    arm = 6
    hit = np.zeros_like(m)
    core = m[arm:H - arm, arm:Wd - arm]
    ok = core.copy()
    for dy, dx in ((0, arm), (0, -arm), (arm, 0), (-arm, 0)):
        ok &= m[arm + dy:H - arm + dy, arm + dx:Wd - arm + dx]
    for dy, dx in ((3, 3), (-3, -3), (3, -3), (-3, 3)):
        ok &= ~m[arm + dy:H - arm + dy, arm + dx:Wd - arm + dx]
    hit[arm:H - arm, arm:Wd - arm] = ok
    return int(ndimage.label(hit, structure=np.ones((3, 3)))[1])


def _label_mismatch(ink, e, cx: float, ry: float, *, exact: bool, text: str | None = None) -> float:
    """``text_mismatch`` of the label drawn above the symbol centred at (cx, rail y ry). On a degraded
    copy the ink and the template are both blurred (σ = 1.5 px: the widest blur the reader is specified
    for), so the comparison no longer depends on how the copy was blurred or resampled."""
    import math
    from .regionbase import text_mismatch
    st = _style()
    size, rise = float(st["label_size"]), float(st["label_rise"])
    x, y = math.floor(cx) + 0.5, math.floor(ry - rise) + 0.5
    t = str(e.attr("display") or e.id) if text is None else text
    # drawn as the label is (``designator_math``: R₁ = 100 Ω; read from the style the drawing used)
    from .circuits_verify import _style as drawn_style
    return text_mismatch(ink, t, size, x, y, blur=0.0 if exact else 1.5,
                         math=bool(drawn_style().get("designator_math")))


# a label is read when its drawn ink differs from the expected text's by at most this fraction of
# that text's ink (the very text: 0.0; one character changed, "R1" for "R2" or "9 V" for "8 V": ≥ 0.1)
LABEL_TOLERANCE = 0.05


# On a degraded copy (ink and template both blurred σ = 1.5 px, at canvas scale) the very text differs
# by up to ≈ 0.21 (0.9× resampling is the worst), and one character changed ("R1"→"R7", "9 V"→"8 V") by
# as little as 0.07–0.17: the two overlap, so on a degraded copy this check only says that the label
# drawn there is the component's and not missing, another component's or garbled (≥ 0.3). A changed
# value is read by OCR (nesy.see.ocr, the ``ocr`` extra; without it verifying a degraded copy is refused
# with MissingExtraError, never passed unread). benchmarks/bench_reader.py counts relabels as wrong figures.
LABEL_TOLERANCE_DEGRADED = 0.25
# Degraded, with OCR: ink within this is the label unless OCR reads other numbers; between this and the
# degraded tolerance OCR must confirm it (a changed character usually lands here; some measured as low as
# 0.05, and only OCR catches those).
LABEL_TOLERANCE_SURE = 0.15


def _ocr_glyphs(expected: str, read: str) -> str:
    """``read`` with the two misreadings of nesy's 13-px labels that change no value undone, where the
    expected label has the glyph: a leading "5" for the "S" of a switch's name ("51" for "S1") and a "0"
    right after a unit prefix for "Ω" ("10 k0" for "10 kΩ"; a "0" after a digit or a space stays a digit,
    so "10 0" is never taken for "10 Ω"). Any other digit the reading shows still has to be the label's."""
    if expected.startswith("S") and read.startswith("5"):
        read = "S" + read[1:]
    if "Ω" in expected:
        read = re.sub(r"(?<=[kMGmµu])0(?![\d.,])", "Ω", read)
    return read


def _label_checks(rgb, scene: SceneGraph, where: dict[str, tuple[float, float]], exact: bool = True,
                  ink=None) -> list[Check]:
    """Each found component's label, read above its symbol (``where``: name → symbol centre x, rail y px):
    the figure's label must be that component's (name and value). ``ink``: the label ink (conductors and
    symbols taken out); by default every grey pixel."""
    from ..see import text_ink as page_ink
    from .regionbase import text_ink
    if ink is None:
        ink = text_ink(rgb) if exact else page_ink(rgb)
    comps = _comp_info(scene)
    shown = {n: str(comps[n].attr("display") or n) for n in where}
    tol = LABEL_TOLERANCE if exact else LABEL_TOLERANCE_DEGRADED
    # a degraded copy: the template cannot tell one changed digit (see LABEL_TOLERANCE_DEGRADED); with
    # the ``ocr`` extra the label's line is also read (nesy.see.ocr) and its numbers must be the scene's
    ocr = None
    if not exact:
        # Without a line reader a changed digit on a degraded copy is unseen (see LABEL_TOLERANCE_DEGRADED):
        # rather than pass a figure whose values it cannot read, nesy asks for the extra that reads them.
        # The core install reads label lines with nesy's own recogniser (nesy.see.learned).
        from ..errors import require_extra
        from ..see import ocr
        if not ocr.can_read_line():
            require_extra("rapidocr_onnxruntime", "ocr", "verifying the labels of a circuit image that is not "
                          "nesy's own crisp PNG (a changed value is only seen by reading the text)")
    st = _style()
    size, rise = float(st["label_size"]), float(st["label_rise"])
    out: list[Check] = []
    for name, (cx, ry) in where.items():
        e = comps[name]
        miss = _label_mismatch(ink, e, cx, ry, exact=exact, text=shown[name])
        seen: str = shown[name]
        ok = miss <= tol
        if not ok:
            other = min(((_label_mismatch(ink, e, cx, ry, exact=exact, text=t), t) for n, t in shown.items()
                         if n != name), default=(math.inf, ""))
            seen = other[1] if other[0] <= tol else f"unreadable (ink differs by {miss:.2f})"
        elif ocr is not None:
            y = math.floor(ry - rise) + 0.5
            half = 0.5 * len(shown[name]) * size * 0.62 + 10
            crop = rgb[max(int(y - 1.3 * size), 0): int(y + 0.5 * size), max(int(cx - half), 0): int(cx + half)]
            read, score = ocr.read_line(crop)
            same = ocr.same_label(shown[name], _ocr_glyphs(shown[name], read), score)
            # the ink alone is sure up to LABEL_TOLERANCE_SURE; between that and the degraded tolerance a
            # changed digit is possible, so there the reading must confirm the label
            if same is False or (same is None and miss > LABEL_TOLERANCE_SURE):
                ok, seen = False, f"{read or 'nothing'} (read by OCR, confidence {score:.2f}; ink differs by {miss:.2f})"
        out.append(Check("component_label", (name, e.kind), seen, shown[name],
                         tol if exact else f"{tol} ink; numbers equal when OCR reads the name",
                         ok, e.span.text if e.span else ""))
    return out


def verify_circuit(png: bytes, scene: SceneGraph) -> Verdict:
    """Verify a schematic from its pixels: nesy's own figure (its conductors on nesy's grid) by the
    symbols at its grid sites, their labels and the netlist of its conductors (``circuits_verify``);
    any other drawing by shape and OCR (``verify_schematic``); then the pairs the text plainly states are
    checked against the circuit read (``circuits_pairs``: a misread the pixels cannot see)."""
    from dataclasses import replace
    from .circuits_pairs import stated_pair_checks
    from .circuits_mentions import mention_checks
    v = _verify_drawing(png, scene)
    return replace(v, checks=tuple(v.checks) + tuple(stated_pair_checks(scene))
                   + tuple(mention_checks(scene, _kind_words())))


def _verify_drawing(png: bytes, scene: SceneGraph) -> Verdict:
    from .circuits_verify import nesy_drawn, verify_own
    from .regionbase import read_png
    from ..see import scale_from_size, to_canvas
    from ..see.lines import is_crisp_bw
    full = read_png(png)
    # nesy's crisp PNG is read at its own scale; anything else (blurred, JPEG, resized, re-exposed) is
    # first brought back to the canvas the scene draws on (a crisp box-filtered resize included)
    if is_crisp_bw(full) and nesy_drawn(full):
        return verify_own(full, scene, full, True)
    rgb = full
    try:
        lay = solve_circuit(scene)
        rgb = to_canvas(full, scale_from_size(full.shape[1], full.shape[0], (lay.width, lay.height)))
    except (UnsatisfiableError, SolverTimeoutError):
        pass
    if not nesy_drawn(rgb):
        # not nesy's grid: another tool's drawing (on a page, a slide: cropped to it), read by shape
        # (nesy.see.schematic)
        from ..see.page import figure_of
        return verify_schematic(figure_of(full, text=scene.text), scene)
    return verify_own(full, scene, rgb, False)


# ---------------------------------------------------------------------------------------------
# verify a schematic drawn by another tool (read by shape, nesy.see.schematic)


# a source is drawn as plates (a cell) or a circle (schemdraw's SourceV), which reads as a body on the wire
_SHAPES = {"plates": ("vsource", "capacitor"),
           "through": ("resistor", "lamp", "inductor", "ammeter", "voltmeter", "vsource", "isource")}
# the through-symbol body each kind is never drawn as (nesy.see.schematic._body)
_UNLIKE_BODY = {"inductor": "two-sided", "resistor": "coil"}
_LETTER_KIND = {"R": "resistor", "C": "capacitor", "L": "inductor", "V": "vsource", "B": "vsource", "E": "vsource"}
_UNIT_OF_KIND = {"resistor": "ohm", "lamp": "ohm", "capacitor": "F", "inductor": "H", "vsource": "V", "isource": "A"}


def _same_value(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1e-12)


def verify_schematic(rgb, scene: SceneGraph) -> Verdict:
    """Verify a schematic another tool drew (``nesy.see.schematic``): it must be read as a graph (every
    symbol between two wires, no wire left joining nothing), every symbol named by its label as one of the
    scene's components — its value the scene's, its shape its kind's (plates for a source or capacitor,
    a body for a resistor or lamp) — every component drawn once, and the labelled netlist isomorphic to the
    scene's (kinds and values; names too where a label shows one), so a dropped part, a changed value,
    series↔parallel or two labels exchanged across the topology each fail a named check. Labels are read
    by OCR (the ``ocr`` extra); without it this raises MissingExtraError rather than pass unread values."""
    import networkx as nx
    from networkx.algorithms.isomorphism import categorical_multiedge_match
    from ..errors import require_extra
    require_extra("rapidocr_onnxruntime", "ocr", "reading the labels of a circuit drawn by another tool")
    from ..see.schematic import read_schematic
    sch = read_schematic(rgb)
    want = netlist(scene)
    comps = _comp_info(scene)
    checks: list[Check] = []
    syms = sch.symbols
    bad = [s for s in syms if -1 in s.ends or s.ends[0] == s.ends[1]]
    problems = list(sch.problems) + [f"the symbol at ({s.box[0]:.0f}, {s.box[1]:.0f}) px is not between two "
                                     "wires" for s in bad]
    if not syms:
        problems.append("no component symbol found on any wire")
    checks.append(Check("schematic_read", ("schematic",),
                        f"{len(syms)} symbols, {sch.n_nodes} nodes" + ("; " + "; ".join(problems) if problems else ""),
                        "every symbol between two wires, every wire at a symbol", 0, not problems, ""))
    # each symbol → the scene component its label names (or, unnamed, the one of its kind and value)
    match: dict[int, str] = {}
    taken: set[str] = set()
    # the names the text itself writes ("R1 = 5 Ω"); the others are nesy's own, which a figure need not use —
    # a symbol whose designator is none of the scene's ("BT1" for the text's battery, KiCad's way) is matched
    # by its kind and value, as an unnamed one is
    said = {c for c in comps if re.search(rf"(?<![A-Za-z0-9]){re.escape(c)}(?![0-9])", scene.text or "")}
    for i, s in enumerate(syms):
        kind = None
        if s.name and s.name[0] in _LETTER_KIND:
            kind = _LETTER_KIND[s.name[0]]
        cid = None
        if s.name and s.name in comps:
            cid = s.name
        elif (s.name is None or s.name not in comps) and s.value is not None:
            cands = [c for c, e in comps.items() if c not in taken and _same_value(e.attr("value"), s.value)
                     and (s.unit is None or _UNIT_OF_KIND.get(e.kind) == s.unit)
                     and (kind is None or e.kind == kind) and (s.name is None or c not in said)]
            cands.sort(key=lambda c: (comps[c].kind not in _SHAPES[s.shape], c))
            cid = cands[0] if cands else None
        elif s.name is None:
            # no name, no number: only a part the text gives no value (a lamp, a switch) can be it, and only
            # one of them of this symbol's shape
            cands = [c for c, e in comps.items() if c not in taken and e.kind != "wire" and e.attr("value") is None
                     and e.kind in _SHAPES[s.shape]]
            cid = cands[0] if len(cands) == 1 else None
        shown = " / ".join(s.texts) or "no label"
        where = f"symbol at ({s.box[0]:.0f}, {s.box[1]:.0f}) px"
        if cid is None:
            checks.append(Check("component_label", (where, s.shape), shown, "a component of the text", 0, False, ""))
            continue
        e = comps[cid]
        if cid in taken:
            checks.append(Check("component_label", (cid, e.kind), f"{shown} (drawn twice)",
                                str(e.attr("display") or cid), 0, False, e.span.text if e.span else ""))
            continue
        taken.add(cid)
        match[i] = cid
        if e.attr("value") is None:
            ok = s.value is None     # the text gives no value: the figure shows none either
        else:
            ok = _same_value(s.value, e.attr("value")) and (s.unit is None or s.unit == _UNIT_OF_KIND.get(e.kind))
        checks.append(Check("component_label", (cid, e.kind), shown, str(e.attr("display") or cid),
                            "numbers equal (read by OCR)", ok, e.span.text if e.span else ""))
        # a resistor drawn where the text has an inductor (or a coil for a resistor) is another part, whatever
        # its label says: the body's shape tells a coil from a zigzag or box where it can (``Symbol.body``)
        unlike = _UNLIKE_BODY.get(e.kind)
        checks.append(Check("component_shape", (cid, e.kind), s.shape if not s.body else f"{s.shape} ({s.body})",
                            next((k for k, v in _SHAPES.items() if e.kind in v), "?"), 0,
                            e.kind in _SHAPES[s.shape] and (unlike is None or s.body != unlike),
                            e.span.text if e.span else ""))
    for cid, e in comps.items():
        if cid not in taken and e.kind != "wire":
            checks.append(Check("component_present", (cid, e.kind), "not seen", str(e.attr("display") or cid), 0,
                                False, e.span.text if e.span else ""))
    # the netlist: nodes are the wire pieces, edges the symbols with their matched kind and value
    # names take part for the components whose label shows one (an unnamed "10 Ω" may be either 10 Ω part)
    g = nx.MultiGraph()
    named = {match[i] for i, s in enumerate(syms) if s.name and i in match}
    for i, s in enumerate(syms):
        if i not in match or -1 in s.ends:
            continue
        e = comps[match[i]]
        g.add_edge(s.ends[0], s.ends[1], key=match[i], kind=e.kind, value=e.attr("value"),
                   name=match[i] if match[i] in named else None)
    w = want.copy()
    for _u, _v, k, d in w.edges(keys=True, data=True):
        d["name"] = k if k in named else None
    n_seen = g.number_of_nodes()
    checks.append(Check("node_count", ("nodes",), n_seen, w.number_of_nodes(), 0, n_seen == w.number_of_nodes(), ""))
    iso = nx.is_isomorphic(g, w, edge_match=categorical_multiedge_match(["kind", "value", "name"], [None] * 3))
    seen = f"{g.number_of_edges()} components, {n_seen} nodes"
    if not iso and nx.is_isomorphic(g, w, edge_match=categorical_multiedge_match(["kind"], [None])):
        seen += " (the same shape, with components in other places)"
    checks.append(Check("netlist_isomorphic", ("netlist",), seen,
                        f"{w.number_of_edges()} components, {w.number_of_nodes()} nodes", 0, bool(iso),
                        scene.text[:80]))
    return Verdict(tuple(checks), rounds=1)


# ---------------------------------------------------------------------------------------------
# the plug-in


# "R1 is a 10 Ω resistor", "V1 (a 5 V battery)", "R1, a 10 Ω resistor,": a name and, in apposition, the part it
# names. Where the reader made two parts of them — the named one without its value and an unnamed one with it —
# the figure would show a part the text never gave (a verified figure with two resistors for one, session 31):
# refused, naming the phrase and the wording that is read.
_APPOSED = re.compile(r"(?<![\w])(?P<name>[A-Z]{1,2}\d{1,3})\s*(?:is\s+|,\s*|\(\s*)(?P<art>an?|the)\s+"
                      r"(?P<rest>[^.;:()]{0,40}?)\b(?P<noun>resistors?|batter(?:y|ies)|sources?|capacitors?|inductors?|"
                      r"lamps?|bulbs?|cells?|switch(?:es)?|ammeters?|voltmeters?)\b")


def _refuse_split_apposition(scene: SceneGraph, text: str) -> None:
    for m in _APPOSED.finditer(text):
        named = [e for e in scene.entities if e.name == m.group("name") and e.attr("value") is None]
        if not named:
            continue
        other = [e for e in scene.entities if e.kind == named[0].kind and e.name != m.group("name")
                 and e.span is not None and m.start("art") <= e.span.start < m.end("noun") + 1]
        if other:
            a, b = m.start(), m.end("noun")
            raise InputError(f"'{text[a:b]}' at {a}-{b} names one part twice, and nesy read two: write the name "
                             f"after the part, e.g. '{m.group('art')} {m.group('rest')}{m.group('noun')} {m.group('name')}'")


@register("nesy.circuits.v1")
class CircuitsDomain(ExactRender):
    """Electric circuits: series-parallel schematics (Z3 laws and placement, pixel netlist check)."""

    name = "nesy.circuits.v1"
    key = "circuits"
    # the measures this science draws from the text (an unread one is refused: nesy.parse.quantities.unread_quantities)
    drawn_quantities = ("V", "ohm", "F", "A")

    def score(self, text: str) -> float:
        """Fraction (0–1) of the text's content words that are circuit vocabulary or values."""
        return _score(text)

    def parse(self, text: str, *, allow_unknown: bool = False) -> SceneGraph:
        from .circuits_derived import derive_resistances, derive_sources   # "2 A through a single resistor" of a 12 V cell: 6 Ω
        scene = derive_sources(derive_resistances(parse_circuit(text, allow_unknown=allow_unknown)))
        _refuse_split_apposition(scene, text)
        return scene

    def parts_left_out(self, text: str, scene: SceneGraph) -> list[tuple[int, int]]:
        """Spans of ``text`` whose measures are read and left out on purpose (listed as not drawn, so no default value
        stands in for them): a part only a question names (``circuits_questioned``), an AC source and its values
        (``circuits_ac``), a multiple-choice question's answer options (``circuits_options``)."""
        from .circuits_ac import ac_sources
        from .circuits_options import answer_options
        from .circuits_questioned import question_parts
        from .circuits_output import valued_outputs   # (an output's value: no output terminals carry it)
        from .circuits_asked import worked_spans       # ("I = 24 / 12 = 2.0 A": a worked result, no part)
        return [(a, b) for a, b, _why in question_parts(text) + ac_sources(text) + answer_options(text)
                + valued_outputs(text) + worked_spans(text)]

    def solve(self, scene: SceneGraph, *, seed: int = 0, attempt: int = 0, feedback: Verdict | None = None,
              timeout_s: float = 10.0) -> Layout:
        """Deterministic: the Z3 placement is optimal and unique for a scene; ``seed`` is unused."""
        return solve_circuit(scene, timeout_s=timeout_s)

    def verify(self, png: bytes, scene: SceneGraph) -> Verdict:
        return verify_circuit(png, scene)

    def artifacts(self, layout: Layout, scene: SceneGraph) -> dict[str, bytes]:
        """``circuit.cir``: a SPICE-like netlist of the scene's circuit."""
        return {"circuit.cir": spice_netlist(scene).encode()}
