"""Crystal structures (``nesy.crystal.v1``): a text naming a structure → a drawing of its unit cell.

parse: notation (``a = 5.64 Å``, ``[001]``, ``Fm-3m``, ``Al at 4a``, ``SrTiO3``) is read by regular
expressions over the raw text, the rest word by word against ``grammars/crystal/grammar.yaml``; the
``SceneGraph`` holds one entity per species and one for the structure, and every quantity's span.

solve: the conventional cell is built with pymatgen (``Structure.from_spacegroup``); Z3 holds the
user's lattice constants, the metric of the crystal system, the stoichiometry of the structure type,
the space group spglib finds, and the minimum-distance law (``solvers/crystal.yaml``) as tracked
assertions, so an impossible text raises ``UnsatisfiableError`` naming the user's phrases. The cell is
drawn by ``crystal_draw`` as textbooks draw it: a perspective ball-and-stick view of the whole conventional
cell, or the orthographic projection along the zone axis the text names; shaded balls in the Jmol colours
(kept apart for colour-blind readers) or, in the grey variant, grey levels with the symbols on the atoms;
the cell edges, the a, b, c axes and a one-line key of the species. No legend panel.

verify (``crystal_verify``): nesy's own figure is read where nesy's camera, re-derived from the scene, puts every atom: each ball
that is not hidden must be read as its species (either palette, clean or degraded), counted per species and
per depth layer; no species-coloured mark where nothing is drawn; the cell edges, axes, sticks, interstitial
marks and the key's balls and words where they belong (``_read_drawn``). A figure in which nesy's atoms are
not found is another tool's, read by shape (``_verify_other``, ``nesy.see.atoms``).
"""
from __future__ import annotations

import functools
import itertools
import math
import re
import time
import warnings
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..errors import InputError, NesyError, UnknownWordsError, UnsatisfiableError, UnsupportedError
from ..registry import register
from .kit import DomainFiles, ExactRender
from .crystal_phrases import LENGTH_NAME as _LENGTH_NAME
from ..parse.words import (common_words as _common_words, number_rx, number_words_rx, phrase_rx as _phrase_rx,
                           read_quantity, z3_real)
from ..parse.correction_marks import marks
from ..parse.account import KEPT_FUNCTION_WORDS
from ..types import Entity, Layout, Relation, SceneGraph, Span, Verdict, _freeze

__all__ = ["CrystalDomain", "parse_crystal", "solve_crystal", "crystal_geometry", "verify_crystal",
           "Geometry"]

_files = DomainFiles("crystal")
_grammar, _data, _style, _law = _files.grammar, _files.data, _files.style, _files.law

MAX_TEXT_CHARS = 20_000

# ---------------------------------------------------------------------------------------------
# data


@functools.lru_cache(maxsize=1)
def _vocab() -> tuple[re.Pattern, dict[str, tuple[str, Any]], frozenset[str]]:
    """One case-insensitive regex of every grammar phrase (longest first), its (tag, value) table,
    and the set of single words the grammar accepts."""
    g = _grammar()
    table: dict[str, tuple[str, Any]] = {}

    def add(p: str, tag: str, val: Any) -> None:
        table.setdefault(" ".join(re.split(r"[\s\-]+", str(p).lower().strip())), (tag, val))
    for key, phrases in g["structure_types"].items():
        for p in phrases:
            add(p, "STRUCT", key)
    for p in g["bonds_off"]:
        add(p, "BONDS", False)
    for p in g["bonds_on"]:
        add(p, "BONDS", True)
    for p in g["interstitial"]:
        add(p, "INTER", None)
    for p in g["octahedral"]:
        add(p, "OCTA", None)
    for p in g["tetrahedral"]:
        add(p, "TETRA", None)
    for p, f in g["compounds"].items():
        add(p, "FORMULA", f)
    for p, s in g["elements"].items():
        add(p, "FORMULA", s)
    for p in g["keywords"]:
        add(p, "KEY", None)
    keys = sorted(table, key=lambda k: (-len(k), k))
    rx = re.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(_phrase_rx(k) for k in keys) + r")(?![A-Za-z0-9])",
                    re.IGNORECASE)
    single = {w for k in table for w in k.split()} | {str(w).lower() for w in g["neutral"]}
    return rx, table, frozenset(single)


@functools.lru_cache(maxsize=1)
def _structure_names() -> dict[str, str]:
    """Structure-type phrase (lower case, single spaces) → structure type key."""
    return {" ".join(re.split(r"[\s\-]+", str(p).lower())): k
            for k, ps in _grammar()["structure_types"].items() for p in ps}


@functools.lru_cache(maxsize=1)
def _material_names() -> dict[str, str]:
    """Names and formulas of the reference materials → their structure type ("copper", "Cu" → fcc)."""
    g, mats = _grammar(), _data()["materials"]
    out = {f: m["prototype"] for f, m in mats.items()}
    for table in (g["compounds"], g["elements"]):
        for name, f in table.items():
            if str(f) in mats:
                out[str(name).lower()] = mats[str(f)]["prototype"]
    return out


@functools.lru_cache(maxsize=1)
def _symbols() -> frozenset[str]:
    return frozenset(str(s) for s in _grammar()["symbols"])


# ---------------------------------------------------------------------------------------------
# parse

_NUM = number_rx(signed=True, words=False)   # one whole number, read by parse/words.py ("٥" is 5)
# a number in words only before a unit that is no letter of a formula: "five point four three angstroms",
# "five hundred and forty pm" ("four A atoms" is no 4 Å)
_NUM_WORDS = rf"{number_words_rx()}(?=\s*(?:Å|Å|Å|[Åå]ngstr[öo]m|[Aa]ngstr[öo]m|pm(?![A-Za-z])|nm(?![A-Za-z])))"
_A_RANGE = (0.5, 10_000.0)   # Å: a lattice constant outside this is no crystal nesy can draw
# (metres only after a power of ten: "6.49 × 10⁻¹⁰ m" is 6.49 Å — Kittel, 8th ed., gives α-Sn 6.49 Å)
# "millimicron" (mμ) is the nanometre's pre-1960 name: 1 mμ = 10⁻⁹ m (BIPM SI Brochure, 9th ed., 2019, §3: the
# prefix is not combined with the micron, withdrawn by the 13th CGPM, 1967)
# (centimetres likewise: the CGS texts give a = 3.147 × 10⁻⁸ cm for Mo, 1 Å = 10⁻⁸ cm — BIPM SI Brochure, 9th ed.,
# 2019, Table 8, the ångström)
_UNIT = (r"(?P<unit>Å|Å|Å|[Åå]ngstr[öo]ms?|[Aa]ngstr[öo]ms?|picomet(?:re|er)s?|nanomet(?:re|er)s?|pm|nm|milli-?microns?|m[μµ](?![A-Za-z])|A(?![A-Za-z])"
         r"|centimet(?:re|er)s?|met(?:re|er)s?|cm(?![A-Za-z²³/])|m(?![A-Za-z²³/]))")
# (the SI names spelled out: "137 picometres", "0.405 nanometers" — BIPM SI Brochure, 9th ed., 2019, Table 7)
_UNIT_SCALE = {"pm": 0.01, "nm": 10.0, **{f"{p}met{e}{s}": k for p, k in (("pico", 0.01), ("nano", 10.0))
                                         for e in ("re", "er") for s in ("", "s")},
               "m": 1e10, "millimicron": 10.0, "millimicrons": 10.0, "milli-micron": 10.0,
               "milli-microns": 10.0, "mμ": 10.0, "mµ": 10.0, "cm": 1e8, "centimetre": 1e8, "centimetres": 1e8,
               "centimeter": 1e8, "centimeters": 1e8, "metre": 1e10, "metres": 1e10, "meter": 1e10, "meters": 1e10}
# units written only after a power of ten: no lattice constant is written in plain metres or centimetres
_POWER_ONLY = frozenset(k for k in _UNIT_SCALE if k[0] in "cm" and not k.startswith(("mi", "mμ", "mµ")))
_POWER_OF_TEN = re.compile(r"[eE][-−+]?\d|[×xX*·]\s*10")
_QTY_RE = re.compile(  # "a = 5.6 Å", "lattice constant of 5.6 Å", "its cubic cell edge is 316.5 pm"
    r"(?:(?<![A-Za-z])(?P<axis>[abc])(?:\s*=\s*|\s+equals\s+|\s+equal\s+to\s+)"
    rf"|(?<![A-Za-z])(?P<name>{_LENGTH_NAME})"
    r"(?:(?P<axis2>[abc])\s*=\s*)?)?"
    rf"(?P<num>{_NUM}|{_NUM_WORDS})(?:\s*|\s*~\s*){_UNIT}(?![A-Za-z])")
# (between the number and its unit, "~" is LaTeX's tie, an unbreakable space — "$a = 2.91$~\AA" is a = 2.91 Å
# (L. Lamport, LaTeX: A Document Preparation System, 2nd ed., 1994: "~" is an interword space at which no line
# break occurs); never "about", which stands before a number: requests-17 crystal-03 was refused as "no unit")
# a structured record's key that carries its unit ("a_angstrom": 4.567, "lattice_constant_pm = 429"), and the
# front end's reading of it, value first ("4.567 a angstrom"): the value is that lattice constant in that unit
_KEY = r"(?P<axis>[abc])|(?P<name>lattice[\s_]+(?:constant|parameter))"
_KEYED_RE = re.compile(
    rf"(?:(?<![A-Za-z])(?:{_KEY})[\s_]+(?:in[\s_]+)?{_UNIT}[\"']?\s*[:=]\s*(?P<num>{_NUM})"
    rf"|(?<![\w.])(?P<num2>{_NUM})\s+(?:(?P<axis3>[abc])|lattice[\s_]+(?:constant|parameter))[\s_]+(?P<unit2>"
    rf"Å|Å|Å|[Åå]ngstr[öo]ms?|[Aa]ngstr[öo]ms?|pm|nm))(?![A-Za-z])(?P<axis2>(?!))?")
# a tag question ("4.18 is nickel oxide, isn't it?"): a negated auxiliary and a pronoun asking for agreement, no
# negation of anything drawn (Quirk et al. 1985, §11.8)
_TAG_QUESTION = re.compile(r"(?i),\s*(?:is|are|was|were|does|do|did|has|have|had|can|could|will|would|should)n['’]?t\s+"
                           r"(?:it|they|he|she|that|this|there|we|you|I)\s*(?=\?)")
# what marks a restatement as a correction of what came before it
_CORRECTED = re.compile(r"(?i)\b" + marks("always", "meant", extra=(r"I\s+mean", "rather", "actually", r"I\s+was\s+wrong",
                                                                    r"should\s+(?:have\s+)?(?:be|said|read)")) + r"\b")
# a worksheet's blank with its answer given: "a = ____ Å (answer: 6.60)" is a = 6.60 Å
_BLANK_RE = re.compile(rf"(?<![A-Za-z])(?P<axis>[abc])\s*=\s*_{{2,}}\s*{_UNIT}\s*\(\s*(?i:answer|ans\.?|key|solution)\s*"
                       rf"[:=]?\s*(?P<num>{_NUM})\s*\)(?P<axis2>(?!))?(?P<name>(?!))?")
_BARE_AXIS_RE = re.compile(rf"(?<![A-Za-z])(?P<axis>[abc])\s*=\s*(?P<num>{_NUM})")
_ZONE_RE = re.compile(r"[\[<]\s*([-−]?\d)\s*,?\s*([-−]?\d)\s*,?\s*([-−]?\d)\s*[\]>]")
_SG_KEY_RE = re.compile(r"(?<![A-Za-z])space[\s\-]+group\s*(?:no\.?\s*|number\s*|#\s*|:\s*)?"
                        r"(?P<sg>[^\s,;]+)", re.IGNORECASE)
_SG_SYM_RE = re.compile(r"(?<![\w/\-])(?P<sg>[PIFCABR][\-−0-9a-z_/\u0304\u0305₀-₉]*[0-9a-z\u0304\u0305₀-₉])"
                        r"(?![\w/])")
_FRAC = r"[-−]?\d+(?:\.\d+)?(?:/\d+)?"
_SITE_W_RE = re.compile(r"(?<![A-Za-z])(?P<el>[A-Z][a-z]?)\s+(?:at|on|in|occupies|occupying)\s+"
                        r"(?:the\s+)?(?:(?:[Ww]yckoff\s+)?(?:site|position)s?\s+)?"
                        r"(?P<w>\d{1,3}[a-z])(?![A-Za-z0-9])")
# "Cl at (1/2, 1/2, 1/2)", and as a CIF's comment or atom list writes it, "Cl at 1/2 1/2 1/2"
_SITE_X_RE = re.compile(rf"(?<![A-Za-z])(?P<el>[A-Z][a-z]?)\s+(?:at|on)\s+(?:\(\s*(?P<x>{_FRAC})\s*,\s*"
                        rf"(?P<y>{_FRAC})\s*,\s*(?P<z>{_FRAC})\s*\)|(?P<x2>{_FRAC})[ \t]+(?P<y2>{_FRAC})[ \t]+"
                        rf"(?P<z2>{_FRAC})(?![\w/.]))")
# a formula, or an element's phase written before it ("α-Sn", "γ-Fe", "alpha-Fe": the phase's structure is
# the one the text states)
_FORMULA_RE = re.compile(r"(?:(?<=[αβγδε]-)|(?<=alpha-)|(?<=beta-)|(?<=gamma-)|(?<=delta-)|(?<![A-Za-z0-9_/\-]))"
                         r"(?P<f>(?:[A-Z][a-z]?\d*){1,10})(?![A-Za-z0-9])")
# a negation right before an element or compound ("without sodium", "no Cl", "except the chlorine")
_DENIED = re.compile(r"(?i)\b(?:without|no|not|never|minus|except|excluding|leave\s+out)\s+(?:(?:the|any|a|an)\s+)?$")
_WORD_RE = re.compile(r"[A-Za-zÀ-ÿ]+(?:'[a-z]+)?|\d+(?:\.\d+)?")


def _comma_reading(num: str, start: int, unit: str, scale: float, strict: bool) -> tuple[float, dict | None]:
    """The value of ``num`` ("4,086") in ``unit``: the decimal-comma or the thousands reading, whichever puts the
    lattice constant in ``lattice_constant_plausible`` (``solvers/crystal.yaml``, with its source), and the choice
    made (``{"text", "start", "end", "read_as", "why"}``). Both or neither plausible: ``InputError`` naming it."""
    rng = _data()["lattice_constant_plausible"]
    dec, thou = float(num.replace(",", ".")), float(num.replace(",", ""))
    ok = [v for v in (dec, thou) if rng["min"] <= v * scale <= rng["max"]]
    where = f"'{num} {unit}' at {start}-{start + len(num)}"
    if len(ok) != 1:
        if not strict:
            return dec, None
        raise InputError(f"{where} can be read as {dec:g} {unit} (a decimal comma) or {thou:g} {unit} (a thousands "
                         f"separator), and {'both are' if ok else 'neither is'} a lattice constant nesy can tell apart "
                         f"(lattice constants lie within {rng['min']:g}–{rng['max']:g} Å; {rng['source']}); write it "
                         "with a decimal point")
    v = ok[0]
    return v, {"text": num, "start": start, "end": start + len(num), "read_as": f"{v:g}",
               "why": f"{'decimal comma' if v == dec else 'thousands separator'}: {v * scale:g} Å lies within "
                      f"{rng['min']:g}–{rng['max']:g} Å, {(thou if v == dec else dec) * scale:g} Å does not ({rng['source']})"}


def _num(s: str) -> float:
    s = s.replace("−", "-").replace("–", "-")
    if "/" in s:
        p, q = s.split("/")
        if float(q) == 0:
            raise InputError(f"fraction {s!r} divides by zero")
        return float(p) / float(q)
    return float(s)


def _norm_sg(sym: str) -> str:
    sub = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
    s = sym.replace("−", "-")
    s = re.sub(r"(\d)[\u0304\u0305]", r"-\1", s)
    s = re.sub(r"(\d)([₀-₉])", lambda m: m.group(1) + "_" + m.group(2).translate(sub), s)
    return s


@functools.lru_cache(maxsize=256)
def _space_group(sym: str) -> tuple[str, int] | None:
    """``(standard symbol, number)`` of a Hermann–Mauguin symbol or number, or None if not one."""
    from pymatgen.symmetry.groups import SpaceGroup
    if re.fullmatch(r"\d{1,3}", sym):
        n = int(sym)
        if not 1 <= n <= 230:
            return None
        return SpaceGroup.from_int_number(n).symbol, n
    s = _norm_sg(sym)
    variants = [s] + [s[:i] + "-" + s[i:] for i in range(1, len(s)) if s[i].isdigit() and s[i - 1] != "-"
                      and s[i - 1] != "_"]
    for v in variants:
        try:
            g = SpaceGroup(v)
        except Exception:
            continue
        return SpaceGroup.from_int_number(g.int_number).symbol, int(g.int_number)
    return None


# a formula written before the cell it names ("the CsCl cell", "NaCl unit cell", "CaF2 lattice")
_FORMULA_CELL = re.compile(r"(?<![\w\-/])(?P<f>(?:[A-Z][a-z]?\d*){2,6})[\s\-]+(?:unit[\s\-]+)?(?:cells?|lattices?|crystals?)\b")


def _parse_formula(f: str) -> list[tuple[str, int]]:
    """``"SrTiO3"`` → ``[("Sr", 1), ("Ti", 1), ("O", 3)]`` (order kept; repeated symbols summed)."""
    out: dict[str, int] = {}
    for el, n in re.findall(r"([A-Z][a-z]?)(\d*)", f):
        out[el] = out.get(el, 0) + (int(n) if n else 1)
    return list(out.items())


@dataclass
class _Claim:
    tag: str
    value: Any
    start: int
    end: int
    text: str


def _span(c: _Claim) -> dict[str, Any]:
    return {"text": c.text, "start": c.start, "end": c.end}


class _Keyed:
    """A ``_KEYED_RE`` match read through ``_QTY_RE``'s group names (either order of key and value)."""

    def __init__(self, m: re.Match) -> None:
        self._m = m
        self.re = m.re

    def group(self, name: Any = 0) -> Any:
        m = self._m
        if name == "num":
            return m.group("num") or m.group("num2")
        if name == "unit":
            return m.group("unit") or m.group("unit2")
        if name == "axis":
            return m.group("axis") or m.group("axis3")
        if name == "name":
            return m.group("name") or ("lattice" if not (m.group("axis") or m.group("axis3")) else None)
        return m.group(name)

    def start(self, name: Any = 0) -> int:
        m = self._m
        if name == "num":
            return m.start("num") if m.group("num") else m.start("num2")
        return m.start(name)

    def end(self, name: Any = 0) -> int:
        return self._m.end(name)


def _claims(text: str, *, strict: bool) -> tuple[list[_Claim], list[tuple[str, int, int]], int]:
    """Read notation and vocabulary out of ``text``: the claims, the unknown words and the number of
    content words. ``strict`` raises InputError on malformed notation (parse); ``score`` is lenient."""
    claims: list[_Claim] = []
    used = np.zeros(len(text) + 1, dtype=bool)

    def free(s: int, e: int) -> bool:
        return not used[s:e].any()

    def take(tag: str, val: Any, s: int, e: int) -> None:
        claims.append(_Claim(tag, val, s, e, text[s:e]))
        used[s:e] = True

    # a CIF's data items ("_cell_length_a 3.842", "_symmetry_space_group_name_H-M 'P m -3 m'"): crystal_cif
    from .crystal_cif import cif_items
    cif_words = 0   # a CIF item is one statement, however many words its tag spells ("_cell_length_a 3.842")
    for s, e, tag, v in cif_items(text, _symbols(), free):
        cif_words += max(0, len(_WORD_RE.findall(text[s:e])) - 1)
        if tag == "SG":
            sg = _space_group(v) if strict else (v, 0)
            if sg is None:
                raise InputError(f"space group must be a Hermann–Mauguin symbol (e.g. 'Fm-3m') or a number "
                                 f"1–230, got '{v}' in '{text[s:e]}' at {s}-{e}")
            v = sg
        elif tag == "QTY" and strict and not _A_RANGE[0] <= v["value"] <= _A_RANGE[1]:
            raise InputError(f"lattice constant {v['axis']} '{text[s:e]}' at {s}-{e} is {v['value']:g} Å; a crystal's "
                             f"lattice constants lie between {_A_RANGE[0]:g} and {_A_RANGE[1]:g} Å")
        take(tag, v, s, e)
    # "the distance between neighbouring K and Cl ions is 3.1465 Å", "atoms of radius 137 pm": no lattice constant,
    # the nearest-neighbour distance the cell's edge follows from (crystal_contact)
    from . import crystal_contact
    from .crystal_sites import _sites as _site_words
    names = {**{str(k).lower(): str(x) for k, x in _grammar()["elements"].items()},
             **{str(k).lower(): str(x) for k, x in _site_words()["ion_names"].items()}}
    for s, e, v in crystal_contact.contact_phrases(text, names, _symbols(), free):
        if strict and not 0 < v["d"] <= _A_RANGE[1]:
            raise InputError(f"the distance '{text[s:e]}' at {s}-{e} is {v['d']:g} Å; a distance between atoms "
                             f"is positive and below {_A_RANGE[1]:g} Å")
        take("CONTACT", v, s, e)
        for x in v.get("touch_spans", []) + ([v["along_span"]] if v.get("along_span") else []):
            # "touching along the body diagonal": read with the radius
            if free(x["start"], x["end"]):
                take("CONTACT_WORDS", None, x["start"], x["end"])
    # "a density of 8.96 g/cm^3 and a molar mass of 63.55 g/mol": the cell's edge follows (crystal_density)
    from .crystal_density import density_phrases
    for s, e, tag, v in density_phrases(text, free):
        take(tag, v, s, e)
    for m in list(_QTY_RE.finditer(text)) + list(_KEYED_RE.finditer(text)) + list(_BLANK_RE.finditer(text)):
        if not free(m.start(), m.end()):
            continue
        if m.re is _KEYED_RE:
            m = _Keyed(m)
        axis = m.group("axis") or m.group("axis2") or "a"
        unit = m.group("unit")
        if unit in _POWER_ONLY and not _POWER_OF_TEN.search(m.group("num")):
            continue   # "2 m", "8 cm": no lattice constant is written in plain metres or centimetres
        scale = _UNIT_SCALE.get(unit, 1.0)
        reading = None
        try:
            val = float(read_quantity(m.group("num"), m.start("num"), what=f"lattice constant {axis}", unit=unit))
            if re.fullmatch(r"\d{1,3},\d{3}", m.group("num")):
                # "4,086 Å": a decimal comma or a thousands separator; only one reading is a lattice constant
                val, reading = _comma_reading(m.group("num"), m.start("num"), unit, scale, strict)
        except InputError:
            if strict:
                raise
            continue
        if strict and val <= 0:
            raise InputError(f"lattice constant {axis} must be a positive length, got {m.group('num')} "
                             f"{unit} at {m.start()}-{m.end()} ('{m.group(0)}')")
        if strict and not _A_RANGE[0] <= val * scale <= _A_RANGE[1]:
            raise InputError(f"lattice constant {axis} '{m.group(0)}' at {m.start()}-{m.end()} is {val * scale:g} Å; "
                             f"a crystal's lattice constants lie between {_A_RANGE[0]:g} and {_A_RANGE[1]:g} Å")
        take("QTY", {"axis": axis, "value": val * scale, "given": val, "unit": unit,
                     "labelled": bool(m.group("axis") or m.group("axis2") or m.group("name")),
                     **({"reading": reading} if reading else {})},
             m.start(), m.end())
    # a lattice constant in a unit or a number form crystal's own pattern does not list ("0.4086 nanometres",
    # "zero point four zero eight six nanometres", "408.6 picometres"): the shared quantity reader (pint), after
    # a lattice constant's name or "a =" — never a length said of something else
    from ..parse.markup import normalize
    from ..parse.quantities import locate_quantities
    for q, (qs, qe) in locate_quantities(normalize(text)) if re.search(r"\d|(?i:point)", text) else []:
        if q.dimensionality != "[length]" or not free(qs, qe):
            continue
        before = text[max(0, qs - 60):qs]
        lead = re.search(rf"(?:(?<![A-Za-z])(?P<axis>[abc])\s*=\s*|(?<![A-Za-z]){_LENGTH_NAME})\Z", before)
        ang = q.si * 10 ** 10      # exact (a Fraction): "1e308 AU" is no float
        if lead is None or not _A_RANGE[0] <= ang <= _A_RANGE[1]:
            continue
        ang = float(ang)
        a0 = qs - (len(before) - lead.start())
        axis = lead.group("axis") or "a"
        take("QTY", {"axis": axis, "value": ang, "given": float(q.value), "unit": q.unit_text, "labelled": True},
             a0, qe)
    for m in _BARE_AXIS_RE.finditer(text):
        if free(m.start(), m.end()) and strict:
            raise InputError(f"lattice constant '{m.group(0)}' at {m.start()}-{m.end()} has no unit; "
                             "write it with Å, angstrom, pm or nm (e.g. 'a = 5.64 Å')")
    for m in _ZONE_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        uvw = [int(g.replace("−", "-")) for g in m.groups()]
        if strict and not any(uvw):
            raise InputError(f"zone axis must not be [000], got '{m.group(0)}' at {m.start()}-{m.end()}")
        take("ZONE", uvw, m.start(), m.end())
    for m in _SG_KEY_RE.finditer(text):
        raw = m.group("sg").rstrip(".):")
        e = m.start("sg") + len(raw)
        if not free(m.start(), e):
            continue
        sg = _space_group(raw) if strict else (raw, 0)
        if sg is None:
            raise InputError(f"space group must be a Hermann–Mauguin symbol (e.g. 'Fm-3m') or a number "
                             f"1–230, got '{raw}' at {m.start('sg')}-{e}")
        take("SG", sg, m.start(), e)
    for m in _SG_SYM_RE.finditer(text):
        raw = m.group("sg")
        if not free(m.start(), m.end()) or not re.search(r"\d", raw) or not re.search(r"[-/_m]|\u0304", raw):
            continue
        sg = _space_group(raw) if strict else (raw, 0)
        if sg is not None:
            take("SG", sg, m.start(), m.end())
    # phrases in words: site descriptions, "the same structure as X", atom counts, questions
    from . import crystal_phrases, crystal_sites
    g = _grammar()
    for s, e, v in crystal_phrases.same_structure(text, _structure_names(), _material_names(), free):
        if v["structure"] is None and strict:
            raise InputError(f"'{text[s:e]}' at {s}-{e}: no structure type is known for '{v['named']}'")
        take("STRUCT", v["structure"], s, e)
    # names: "structure type: CsCl (B2)" (a type, not the compound), "thallium(I) bromide" (TlBr), "ferrite"
    # (Fe, bcc) — crystal_names, with the tables' sources in grammars/crystal/names.yaml
    from . import crystal_names
    designations = {str(k): str(x) for k, x in g.get("strukturbericht", {}).items()}
    changed: list[tuple[int, int]] = []   # forms named only as what the element turns from or into
    elements = {str(k).lower(): str(x) for k, x in g["elements"].items()}
    try:
        for s, e, v, proto in crystal_names.prototype_types(text, designations, free):
            take("STRUCT", v, s, e)
            if proto is not None:
                take("PROTOFORM", proto, s, e)
        for s, e, v in crystal_names.compound_names(text, elements, free):
            take("FORMULA" if v is not None else "QUESTION", v, s, e)
        for s, e, (el, key) in crystal_names.allotropes(text, free, changed):
            take("FORMULA", el, s, e)
            take("STRUCT", key, s, e)
    except (InputError, UnsupportedError):
        if strict:
            raise
    for s, e in changed:
        used[s:e] = True   # "white tin turns into grey tin": not the cell drawn; listed as not drawn below
    if strict:
        crystal_phrases.refuse_unsupported_designation(text, [str(x) for x in g.get("strukturbericht_unsupported", [])],
                                                       _symbols())
    for s, e, v in crystal_phrases.strukturbericht(text, {str(k): str(x) for k, x in g.get("strukturbericht", {}).items()},
                                                   _structure_names(), free):
        take("STRUCT", v, s, e)   # "B2 (CsCl-type) NiAl": the prototype of the named compound, not a formula B2
    for s, e, n in crystal_phrases.neighbour_counts(text, free):
        take("NEIGHBOURS", n, s, e)   # "every atom has 8 nearest neighbours": checked against the structure
    for s, e, n in crystal_phrases.element_counts(text, free, _symbols()):
        take("ELCOUNT", n, s, e)   # "4 K and 4 Cl per cell": each element's count, checked against the sites
    for s, e, n in crystal_phrases.atom_counts(text, free):
        take("COUNT", n, s, e)
    for s, e in crystal_phrases.questions(text, free):
        take("QUESTION", None, s, e)
    for m in _TAG_QUESTION.finditer(text):
        if free(m.start(), m.end()):
            take("QUESTION", None, m.start(), m.end())   # "…, isn't it?": asks for agreement, denies nothing
    for s, e, v in crystal_sites.empty_sites(text, free):
        take("EMPTY", v, s, e)   # "nothing goes in the middle of the cube": a position no atom may fill
    generic = frozenset(chr(c) for c in range(ord("A"), ord("Z") + 1))   # "A at the corners, B in the centre"
    for s, e, v in crystal_sites.site_phrases(text, {str(k).lower(): str(x) for k, x in g["elements"].items()},
                                              _symbols() | generic, free):
        bad = [x for x in (v["el"], v["host"]) if x is not None and x not in _symbols()]
        if bad:
            if strict:
                # a letter standing for a species ("B" would be drawn as boron): refused, never guessed
                raise InputError(f"'{bad[0]}' in '{text[s:e]}' at {s}-{e} is not an element symbol; nesy draws "
                                 "named elements (e.g. 'Cs at the corners and Cl in the body centre')")
            continue
        take("SITED", v, s, e)
    for rx, kind in ((_SITE_W_RE, "w"), (_SITE_X_RE, "x")):
        for m in rx.finditer(text):
            if not free(m.start(), m.end()):
                continue
            el = m.group("el")
            if el not in _symbols():
                if strict:
                    raise InputError(f"unknown element symbol '{el}' at {m.start()}-{m.start() + len(el)}")
                continue
            val = m.group("w") if kind == "w" else [_num(m.group(k) or m.group(k + "2")) for k in "xyz"]
            take("SITE", {"el": el, "kind": kind, "site": val}, m.start(), m.end())
    rx, table, single = _vocab()
    for m in rx.finditer(text):
        if free(m.start(), m.end()):
            key = " ".join(re.split(r"[\s\-]+", m.group(0).lower()))
            tag, val = table[key]
            take(tag, val, m.start(), m.end())
    common = _common_words()
    kelvin = set(crystal_phrases.temperature_units(text))
    for m in _FORMULA_RE.finditer(text):
        f = m.group("f")
        if not free(m.start(), m.end()) or (m.start(), m.end()) in kelvin:
            continue   # "at 4 K": a temperature's unit, not potassium
        parts = _parse_formula(f)
        if len(parts) == 1 and not re.search(r"\d", f) and (f.lower() in common or f.lower() in single):
            continue  # "A", "In", "No", "As" at the start of a sentence are words
        bad = [el for el, _ in parts if el not in _symbols()]
        if bad and len(parts) == 1 and not re.search(r"\d", f):
            continue  # "Hi!", "Ok", "Hey": one capitalised word that is no element is a word, read as words are
        if bad and f.isalpha() and f.isupper():
            continue  # "XRD", "TEM", "DFT", "EDX": capitals without a digit or a lower-case letter are an acronym
        if len(f) >= 3 and f.isalpha() and f.isupper() and \
                re.search(r"(?i)\b(?:the|our|my|your|their|an?|this|that)\s+$", text[max(0, m.start() - 8):m.start()]) and \
                not re.match(r"(?i)[\s-]+(?:structure|lattice|cell|crystal|unit|type|prototype|phase|compound|salt)\b",
                             text[m.end():]):
            continue  # "for the SOP", "our QC": capitals after a determiner and before no noun are a noun themselves
            # (an acronym), never a formula ("the KCN structure" stays one)
        if bad:
            if strict:
                raise InputError(f"unknown element symbol{'s' if len(bad) > 1 else ''} "
                                 f"{', '.join(repr(b) for b in bad)} in '{f}' at {m.start()}-{m.end()}")
            continue
        take("FORMULA", f, m.start(), m.end())
    for m in _SPECIMEN_RE.finditer(text):
        a_ = max([x.end() for x in re.finditer(r"[.;!?](?:\s|$)|\n", text[:m.start()])] or [0])
        z_ = re.search(r"[.;!?](?:\s|$)|\n", text[m.end():])
        clause = text[a_:m.end() + (z_.start() if z_ else len(text))]
        if free(m.start(), m.end()) and _SPECIMEN_NOUN.search(clause) and not _POWER_OF_TEN.search(m.group("num")):
            take("SPECIMEN", None, m.start(), m.end())   # "natural cube, 4 cm": the specimen's size, not the cell
    for m in _FIGURE_LABEL.finditer(text):
        if free(m.start(), m.end()):
            take("LABEL", None, m.start(), m.end())   # "Figure 2", "Fig. 3b": the caption's own number, no count
    unknown: list[tuple[str, int, int]] = []
    n_content = 0
    silent = _unread_sentences(text, used)
    for m in _WORD_RE.finditer(text):
        if used[m.start():m.end()].any():
            n_content += 1
            continue
        w = m.group(0).lower()
        if w in common and w not in KEPT_FUNCTION_WORDS and any(a <= m.start() < b for a, b in silent):
            unknown.append((m.group(0), m.start(), m.end()))   # (the front end drops those it knows carry nothing)
            continue
        if w in common:
            continue
        n_content += 1
        if w in single or re.sub(r"['’]s$", "", w) in single:
            continue   # "its cubic cell's edge": a possessive is its noun
        if w.isalpha() and strict:
            from ..parse.nlp import get_nlp
            lem = get_nlp()(w)[0].lemma_.lower()
            if lem in single:
                continue
        unknown.append((m.group(0), m.start(), m.end()))
    unknown = sorted(unknown + [(text[s:e], s, e) for s, e in changed], key=lambda u: u[1])
    claims.sort(key=lambda c: c.start)
    return claims, unknown, n_content - cif_words


# what a cell figure draws besides the grammar's words: a negation of one of these is never vouched for
_FIGURE_PARTS = frozenset({"draw", "drawn", "show", "shown", "label", "colour", "color", "axis", "axes", "key",
                           "legend", "ball", "sphere", "stick", "line", "edge", "arrow", "text", "name", "symbol",
                           "shade", "shading", "grey", "gray", "perspective", "view", "projection", "picture",
                           "figure", "diagram", "cell", "atom", "ion", "bond", "corner", "face", "centre", "center"})
# a figure's own label in a caption: "Figure 2 shows …", "Fig. 3b:", "Figure 3 |"
# A length in millimetres, centimetres or inches said of a specimen in its clause ("HALITE natural cube, 4 cm", "a
# 12 mm pyrite crystal") is the size of the piece of mineral, never the unit cell: a lattice constant is some Å and
# never written in plain cm or mm (a cell edge is 2-30 Å for the structures nesy draws; Kittel, Introduction to
# Solid State Physics, 8th ed., Table 1.3), and a crystal's faces show its symmetry at any size (Steno's law of
# constant angles). Read so it is not drawn (the figure is the cell); read as an unread measure it refused the
# request (requests-17 crystal-02). Without a specimen noun in its clause ("the cell drawn 10 cm wide") a plain
# length is left unread and refused as before.
_SPECIMEN_RE = re.compile(r"(?<![\w.,])(?P<num>\d+(?:\.\d+)?(?:\s*[×x]\s*\d+(?:\.\d+)?){0,2})\s*(?:mm|cm|"
                          r"millimet(?:re|er)s?|centimet(?:re|er)s?|inch(?:es)?|in\.)(?![A-Za-z²³/])")
_SPECIMEN_NOUN = re.compile(r"(?i)\b(?:natural|specimens?|samples?|pieces?|clusters?|chunks?|boules?|ingots?|geodes?|"
                            r"gem(?:stone)?s?|cubes?|octahedr(?:on|a|ons)|crystals?|minerals?|points?|plates?|blades?)\b")
_FIGURE_LABEL = re.compile(r"(?<![A-Za-z])(?:[Ff]ig(?:ure)?\.?|FIG(?:URE)?\.?|[Pp]late|[Pp]anel)\s*S?\d{1,3}[a-z]?(?![\w.]\d)")
_SENTENCE_END = re.compile(r"[.;:!?](?=\s|$)|\n")


def _unread_sentences(text: str, used: np.ndarray) -> list[tuple[int, int]]:
    """The sentences (or lines) of ``text`` nothing of which was read: their common words ("sweep up spills",
    "keep away from") are reported unread with the rest, since nothing there is of a crystal — the front end
    keeps the function words that carry nothing out of the count, and can tell such a sentence for an aside.
    Its negations, quantifiers and prepositions (``KEPT_FUNCTION_WORDS``) stay passed over, as in every sentence."""
    out, a = [], 0
    for e in sorted({m.end() for m in _SENTENCE_END.finditer(text)} | {len(text)}):
        if not used[a:e].any():
            out.append((a, e))
        a = e
    return out


def _score(text: str) -> float:
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT_CHARS:
        return 0.0
    try:
        claims, _unknown, n_content = _claims(text, strict=False)
    except InputError:
        return 0.0
    hits = 0
    for c in claims:
        if c.tag == "FORMULA" and len(_parse_formula(c.value)) == 1 and len(re.sub(r"\d", "", c.value)) == 1:
            continue  # "B", "S2": single capital letters are set and point names elsewhere
        if c.tag == "QTY" and not c.value["labelled"] and c.value["unit"] == "A":
            continue
        hits += 1
    return hits / max(n_content, 1) if hits else 0.0


def _described_sites(by: dict[str, list[_Claim]], st: _Claim | None, fc: _Claim | None, sg: _Claim | None,
                     mentioned: list[_Claim]) -> dict[str, Any]:
    """The cell the site descriptions of the text build (``crystal_sites.resolve``), with the formula the
    text names held to the described composition; ``mentioned``: lone element symbols of the text, each of
    which must be a species of the cell."""
    from . import crystal_sites
    if by["SITE"] or sg is not None:
        c = (by["SITE"] or [sg])[0]
        raise UnsupportedError(f"give the sites either in words ('{by['SITED'][0].text}') or with a space group "
                               f"and Wyckoff sites ('{c.text}' at {c.start}-{c.end}), not both")
    descs = [{**c.value, "span": _span(c)} for c in by["SITED"]]
    els = [el for el, _ in _parse_formula(fc.value)] if fc else []
    for c in mentioned:
        els += [el for el, _ in _parse_formula(c.value) if el not in els]
    def ratio(f: str) -> dict[str, float]:
        parts = _parse_formula(f)
        tot = sum(n for _, n in parts)
        return {el: n / tot for el, n in parts}

    def agrees(o: dict[str, Any]) -> bool:
        want, got = ratio(fc.value), ratio(o["formula"])
        return set(want) == set(got) and all(abs(want[k] - got[k]) < 1e-9 for k in want)

    # a reference material's formula with no structure type named ("the CsCl unit cell … Cs at the body centre"):
    # the sites the text leaves out are its structure type's (Cl on the corners), as for a named type — used only
    # when the described positions alone do not give the formula
    mat = _data()["materials"].get(fc.value) if fc is not None and st is None else None
    first_err: UnsupportedError | None = None
    try:
        out = crystal_sites.resolve(descs, prototype=st.value if st else None,
                                    structure_span=_span(st) if st else None, formula_els=els, law=_law)
    except UnsupportedError as e:
        if mat is None:
            raise
        out, first_err = None, e
    if mat is not None and (out is None or not agrees(out)):
        try:
            alt = crystal_sites.resolve(descs, prototype=mat["prototype"], structure_span=_span(fc),
                                        formula_els=els, law=_law)
        except NesyError:
            alt = None
        if alt is not None and agrees(alt):
            out = alt
        elif out is None:
            raise first_err
    if fc is not None:
        want, got = ratio(fc.value), ratio(out["formula"])
        if set(want) != set(got) or any(abs(want[k] - got[k]) > 1e-9 for k in want):
            raise UnsatisfiableError([_span(fc)] + [_span(c) for c in by["SITED"]], [_law("stoichiometry")],
                                     detail=f"the described positions give {out['formula']}, not {fc.value}")
        # the text's formula names the compound; the species keep their described order
    drawn = {x["el"] for x in out["species"]}
    left = [c for c in mentioned if not {el for el, _ in _parse_formula(c.value)} <= drawn]
    if left:
        raise UnsupportedError("one structure per figure: the described cell has no place for " +
                               ", ".join(f"'{c.text}' at {c.start}-{c.end}" for c in left))
    return out


# The cubic Bravais lattices by the centring letter of a cubic space group's symbol (ITA, Table 2.1.1.1:
# P primitive, I body-centred, F face-centred), as prototype keys of solvers/crystal.yaml.
_CUBIC_LATTICE = {"P": "simple_cubic", "I": "bcc", "F": "fcc"}


def _lattice_of_type(structs: list["_Claim"], data: dict[str, Any]) -> list["_Claim"]:
    """Drop a Bravais lattice named beside a structure type built on it: "the CsCl structure (simple cubic Br
    with Cs at the cube centre)", "rock salt, an fcc lattice with a two-atom basis" describe one structure
    (Kittel, *Introduction to Solid State Physics*, 8th ed., ch. 1: NaCl is fcc with a basis, CsCl simple cubic
    with a basis). A lattice that is not the type's own (CsCl … fcc) is kept, and refused as two types."""
    protos = data["prototypes"]
    kinds = {c.value for c in structs if c.value}
    based = [k for k in kinds if k not in _CUBIC_LATTICE.values() and k in protos]
    if len(based) != 1:
        return structs
    sg = protos[based[0]]["space_group"]
    own = _CUBIC_LATTICE.get(str(sg["symbol"])[0]) if 195 <= int(sg["number"]) <= 230 else None
    return [c for c in structs if c.value != own or own is None]


# a clause that sets another structure or material beside the one drawn: "I want to contrast bcc and fcc
# metals", "unlike fcc copper", "as opposed to rock salt", "compared with NaCl", "versus CsCl"
_CONTRAST = re.compile(r"(?i)\b(?:contrast(?:s|ed|ing)?|compar(?:e|es|ed|ing)|unlike|versus|vs\.?|rather\s+than|"
                       r"instead\s+of|as\s+opposed\s+to|differ(?:s|ent)?\s+from)\b[^.;:!?,]*")


def _contrasted(by: dict[str, list["_Claim"]], text: str) -> None:
    """Drop (in place) the structure types and materials named only in a contrast clause (``_CONTRAST``)
    when the text names another one outside such clauses: that one is what the figure draws ("… contrast bcc
    and fcc metals. For the bcc example draw tungsten"). With none outside, nothing is dropped and several
    named types are refused as before."""
    zones = [(m.start(), m.end()) for m in _CONTRAST.finditer(text)]
    if not zones:
        return
    for tag in ("STRUCT", "FORMULA"):
        out = [c for c in by[tag] if not any(a <= c.start and c.end <= b for a, b in zones)]
        if out:
            by[tag] = out


# a negation right before a structure type or a substance: "NOT zinc blende", "not the tungsten", "isn't bcc",
# "rather than CsCl", "and no kind of rock salt"
_DENIES_OTHER = re.compile(r"(?i)\b(?:not|never|no|isn['’]t|aren['’]t|rather\s+than|instead\s+of)\s+"
                           r"(?:(?:the|a|an|any)\s+)?(?:(?:kind|sort|type|form)\s+of\s+)?$")


def _denied_others(claims: list["_Claim"], text: str) -> tuple[list["_Claim"], list[tuple[int, int]]]:
    """``claims`` without the structure types and substances the text denies ("silicon, diamond structure … NOT zinc
    blende", "draw copper, not tungsten") where it names another one it does not deny: a denial says what the
    figure is not, so it names no second structure. Every mention of a denied one is set aside. A denied element of
    the substance drawn ("rock salt NaCl, not sodium") is kept, and refused as a denial of the cell's atoms. Also
    hands back the spans of the negations read."""
    out = claims
    negs: list[tuple[int, int]] = []
    for tag in ("STRUCT", "FORMULA"):
        cs = [c for c in out if c.tag == tag and c.value is not None]
        denied = {c.value for c in cs if _DENIES_OTHER.search(text, max(0, c.start - 40), c.start)}
        kept = {c.value for c in cs} - denied
        if denied and not kept and tag == "STRUCT":
            c = next(c for c in cs if c.value in denied)
            neg = _DENIES_OTHER.search(text, max(0, c.start - 40), c.start)
            raise UnsupportedError(f"'{text[neg.start():c.end]}' at {neg.start()}-{c.end} says which structure the "
                                   "cell is not, and the text names none that it is; name the structure to draw")
        if not denied or not kept:
            continue
        if tag == "FORMULA":
            own = {el for f in kept for el, _n in _parse_formula(f)}
            denied = {f for f in denied if not {el for el, _n in _parse_formula(f)} <= own}
        for c in out:
            neg = _DENIES_OTHER.search(text, max(0, c.start - 40), c.start) if c.tag == tag and c.value in denied \
                else None
            if neg is not None:
                negs.append((neg.start(), neg.end()))
        out = [c for c in out if not (c.tag == tag and c.value in denied)]
    return out, negs


# "X has / adopts / crystallises in / is the diamond structure": the verb that says X is built that way
_HAS_TYPE = re.compile(r"(?i)\b(?:has|have|having|adopts?|adopting|adopted|takes?|taking|forms?|crystalli[sz](?:es|ed|e)"
                       r"(?:\s+in(?:to)?)?|is|are|with|in)\s+(?:in\s+)?(?:the|a|an)?\s*$")


def _unread_subject(text: str, st: "_Claim | None", unknown: list[tuple[str, int, int]]) -> None:
    """Refuse a structure type said of a substance nesy does not read ("Grey tin has the diamond structure"
    before 'tin' was known, "Unobtainium adopts the bcc structure"): the prototype's own element (carbon
    for diamond) would be drawn in its place, a wrong figure that verifies. Only the words of the type's
    sentence before its verb count; "Draw the diamond structure" names no other substance."""
    if st is None:
        return
    a = max([m.end() for m in re.finditer(r"[.;!?](?:\s|$)", text[:st.start])] or [0])
    verb = _HAS_TYPE.search(text[a:st.start])
    if verb is None:
        return
    subj = [u for u in unknown if a <= u[1] < a + verb.start()]
    if subj:
        raise InputError(f"'{st.text}' at {st.start}-{st.end} is said of "
                         + ", ".join(f"'{w}' at {s}-{e}" for w, s, e in subj)
                         + ", which nesy does not know as an element or compound; give its formula or element "
                         "symbol (e.g. 'Si has the diamond structure')")


# "a caffeine molecule", "molecular model": a molecule, which is no crystal's unit cell
_MOLECULE = re.compile(r"(?i)\bmolecul(?:e|es|ar)\b")


def _refuse_molecule(text: str, formula: str, fc: "_Claim") -> None:
    """Refuse, as outside nesy's sciences and listing them, a formula with no structure that the text calls a
    molecule ("a caffeine molecule, C8H10N4O2") or that is organic (carbon with hydrogen): a molecular model
    is chemistry's figure, not a crystal's unit cell."""
    from ..errors import OutOfScopeError
    from ..registry import _sciences
    mol = _MOLECULE.search(text)
    els = {el for el, _n in _parse_formula(formula)}
    if mol is None and not {"C", "H"} <= els:
        return
    what = (f"'{mol.group(0)}' at {mol.start()}-{mol.end()} asks for a molecule" if mol else
            f"'{fc.text}' at {fc.start}-{fc.end} is an organic molecule's formula")
    raise OutOfScopeError(f"nesy draws: {_sciences()}; {what} ('{fc.text}'), a figure of chemistry that nesy does not "
                          "draw: its crystal science draws unit cells of crystal structures (e.g. the rock salt "
                          "structure of NaCl with a = 5.64 Å)", words=[mol.group(0) if mol else fc.text])


def _sites_of_type(sites: list["_Claim"], prototype: str, formula: str | None, data: dict[str, Any]) -> bool:
    """Whether the sites a text gives by coordinates are exactly the structure type's own, species by species in
    the formula's order ("CsCl-type TlCl: Tl at 0 0 0, Cl at 1/2 1/2 1/2"): then they describe the type named and
    are no second structure. Any other sites (another origin, another species) are not matched here."""
    if formula is None or any(c.value["kind"] != "x" for c in sites):
        return False
    proto_sites = data["prototypes"][prototype]["sites"]
    parts = _parse_formula(formula)
    if len(parts) != len(proto_sites) or len(sites) != len(proto_sites):
        return False
    want = {(parts[k][0], tuple(round(float(x) % 1.0, 6) for x in site["coords"])) for k, site in enumerate(proto_sites)}
    got = {(c.value["el"], tuple(round(float(x) % 1.0, 6) for x in c.value["site"])) for c in sites}
    return want == got


def _check_angles(angles: list["_Claim"], sg_number: int | None) -> None:
    """Hold a CIF's cell angles (``_cell_angle_gamma 120``) to the cell drawn: α = β = 90° for every cell nesy
    builds, γ = 120° on hexagonal axes (trigonal and hexagonal groups, 143–194) and 90° otherwise (ITA, Table
    2.1.2.1, the lattice parameters of each crystal family). An angle the cell does not have is refused, never
    drawn over."""
    if not angles or sg_number is None:
        return
    want = {"alpha": 90.0, "beta": 90.0, "gamma": 120.0 if 143 <= sg_number <= 194 else 90.0}
    for c in angles:
        name, deg = c.value
        if abs(deg - want[name]) > 0.05:
            raise UnsatisfiableError([_span(c)], [{"law": "cell angles of the crystal family",
                                                   "source": "ITA, Table 2.1.2.1"}],
                                     detail=f"the cell drawn (space group {sg_number}) has {name} = {want[name]:g}°, "
                                            f"not {deg:g}°")


def parse_crystal(text: str, *, allow_unknown: bool = False) -> SceneGraph:
    """Parse a crystal description (a telegram in capitals read in lower case with its formulas restored,
    ``crystal_phrases.telegram_case``, its spans still the text's own); see ``_parse_crystal``."""
    from ..parse.grammar import check_text
    check_text(text)
    # "nearest-neighbour distance a√3/2 = 2.482 Å": a distance derived from a, checked — no second a (crystal_derived)
    from .crystal_derived import check_derived, derived_lengths
    found = derived_lengths(text)
    if found:
        blank = text
        for f in found:
            blank = blank[:f["start"]] + " " * (f["end"] - f["start"]) + blank[f["end"]:]
        scene = parse_crystal(blank, allow_unknown=allow_unknown)
        check_derived(found, dict(scene.attr("lattice") or {}), scene.attr("spans") or {}, text)
        return _spans_of(scene, text)
    from .crystal_phrases import telegram_case
    low = telegram_case(text, _symbols(), _telegram_words())
    if low is None:
        return _parse_crystal(text, allow_unknown=allow_unknown)
    return _spans_of(_parse_crystal(low, allow_unknown=allow_unknown), text)


@functools.lru_cache(maxsize=1)
def _telegram_words() -> frozenset[str]:
    """The lower-case words a telegram's capitals never hide a formula in: English and crystal words, element
    names — less the formulas the grammar names types by ("CsCl type", "NaCl structure")."""
    from .crystal_phrases import _caps_formula
    formulas = {p.split()[0] for p in _structure_names() if len(p.split()) > 1
                and p.split()[-1] in ("type", "structure") and _caps_formula(p.split()[0].upper(), _symbols())}
    return (_vocab()[2] | _common_words() | frozenset(str(k).lower() for k in _grammar()["elements"])) - formulas


def _spans_of(v: Any, src: str) -> Any:
    """``v`` (a scene or a value in it) with every span's text read again from ``src`` (same positions)."""
    import dataclasses
    if isinstance(v, Span):
        return Span(v.start, v.end, src[v.start:v.end])
    if dataclasses.is_dataclass(v) and not isinstance(v, type):
        return dataclasses.replace(v, **{f.name: (src if f.name == "text" and isinstance(v, SceneGraph)
                                                  else _spans_of(getattr(v, f.name), src))
                                         for f in dataclasses.fields(v) if f.init})
    if isinstance(v, tuple):
        if v and all(isinstance(x, tuple) and len(x) == 2 and isinstance(x[0], str) for x in v):
            d = dict(v)
            if {"start", "end", "text"} <= set(d) and isinstance(d["start"], int) and isinstance(d["end"], int):
                d["text"] = src[d["start"]:d["end"]]
                return tuple(sorted((k, x if k == "text" else _spans_of(x, src)) for k, x in d.items()))
        return tuple(_spans_of(x, src) for x in v)
    if isinstance(v, dict):
        if {"start", "end", "text"} <= set(v) and isinstance(v["start"], int) and isinstance(v["end"], int):
            return {**v, "text": src[v["start"]:v["end"]]}
        return {k: _spans_of(x, src) for k, x in v.items()}
    if isinstance(v, list):
        return [_spans_of(x, src) for x in v]
    return v


def _parse_crystal(text: str, *, allow_unknown: bool = False) -> SceneGraph:
    """Parse a crystal description into a ``SceneGraph`` (domain ``"crystal"``).

    Lattice constants are stored in Å (``attributes["lattice"]``), the zone axis as integer
    ``[u, v, w]`` (default ``[0, 0, 1]``); ``attributes["spans"]`` holds the span of every phrase that
    carries a constraint. Raises ``InputError`` for empty/oversized/binary text, non-positive
    lengths and unknown element symbols, ``UnknownWordsError`` for words outside the grammar.
    """
    from ..parse.grammar import check_text
    check_text(text)
    claims, unknown, _ = _claims(text, strict=True)
    claims, negs = _denied_others(claims, text)
    unknown = [u for u in unknown if not any(a <= u[1] and u[2] <= b for a, b in negs)]   # read: a denial
    if unknown and not allow_unknown:
        raise UnknownWordsError(unknown, text)
    data = _data()
    for c in claims:
        # "rock salt, but without sodium", "no chlorine ions": the cell drawn with its atoms would show what
        # the text denies — refused naming the phrase, never drawn as if the negation were not there
        neg = _DENIED.search(text, 0, c.start) if c.tag in ("FORMULA", "SITED") else None
        if neg is not None:
            raise UnsupportedError(f"'{text[neg.start():c.end]}' at {neg.start()}-{c.end} denies atoms of the cell; "
                                   "nesy draws a structure's cell with all its atoms")
    by = {t: [c for c in claims if c.tag == t] for t in
          ("QTY", "ZONE", "SG", "SITE", "STRUCT", "FORMULA", "BONDS", "INTER", "OCTA", "TETRA", "SITED",
           "COUNT", "QUESTION", "PROTOFORM", "ANGLE", "EMPTY", "CONTACT", "DENSITY", "MOLAR", "NEIGHBOURS",
           "ELCOUNT")}
    from .crystal_names import prototype_named_types
    proto_of = {str(v["default"]): k for k, v in data["prototypes"].items()}
    for c in prototype_named_types(by["FORMULA"], len(by["STRUCT"]), text, proto_of):
        # "CsBr adopts which structure? caesium chloride": the type, named by its prototype, not a second compound
        by["FORMULA"].remove(c)
        by["STRUCT"].append(_Claim("STRUCT", proto_of[c.value], c.start, c.end, c.text))
    if not by["FORMULA"]:   # "CsCl (B2), a = 4.12 Å": the prototype is the compound when no other is named
        by["FORMULA"] = [_Claim("FORMULA", c.value, c.start, c.end, c.text) for c in by["PROTOFORM"]]
    spans: dict[str, Any] = {}

    def one(tag: str, what: str) -> _Claim | None:
        cs = by[tag]
        vals = {repr(c.value) for c in cs}
        if len(vals) > 1:
            raise InputError(f"the text names more than one {what}: " +
                             ", ".join(f"'{c.text}' at {c.start}-{c.end}" for c in cs))
        return cs[0] if cs else None

    _contrasted(by, text)
    by["STRUCT"] = _lattice_of_type(by["STRUCT"], data)
    st = one("STRUCT", "structure type")
    sg = one("SG", "space group")
    zone = one("ZONE", "zone axis")
    bonds = by["BONDS"][-1].value if by["BONDS"] else False
    formulas = by["FORMULA"]
    compounds = {c.value for c in formulas if len(_parse_formula(c.value)) > 1}
    if len(compounds) == 1:
        # "cesium chloride, with Cs+ … and Cl- …": a lone symbol of the compound's own elements names
        # one of its species, not a second structure
        elements = {el for el, _n in _parse_formula(next(iter(compounds)))}
        formulas = [c for c in formulas if c.value in compounds
                    or not {el for el, _n in _parse_formula(c.value)} <= elements]
    if not compounds and len({c.value for c in formulas}) == 2 and all(
            len(_parse_formula(c.value)) == 1 and c.value == c.text and len(c.text) <= 3 for c in formulas):
        # "ions: Mg²⁺, O²⁻": a cation and an anion written with their charges name one compound (MgO), never two
        # structures (crystal_names.ion_formula)
        from .crystal_names import ion_formula
        ion = ion_formula([(c.value, c.start, c.end) for c in formulas], text)
        if ion is not None:
            f, s0, e0 = ion
            fc_ion = _Claim("FORMULA", f, s0, e0, text[s0:e0])
            formulas = [fc_ion]
            by["FORMULA"] = [fc_ion]
            compounds = {f}
    mentioned: list[_Claim] = []
    if by["SITED"] and not compounds:
        # "Cs at the corners and Cl the body centre": with the cell described in words, lone element symbols
        # name its species (they fill the sites the words leave), not more structures
        mentioned, formulas = formulas, []
    if len({c.value for c in formulas}) > 1:
        # "Cs in gold, Cl in green", "Mg small and silver": a metal's name that is also a colour's, said of how
        # another structure's atoms are drawn, is their colour — not a second structure
        colour = [c for c in formulas if _AS_COLOUR.search(text[max(0, c.start - 40):c.start])
                  and c.text.lower() in _COLOUR_METALS or c.text.lower() in _COLOUR_METALS
                  and re.match(r"[\s-]*(?:colou?red|toned?|tinted)\b", text[c.end:], re.I)]
        if colour and len({c.value for c in formulas if c not in colour}) == 1:
            formulas = [c for c in formulas if c not in colour]
            said = [(c.text, c.start, c.end) for c in colour]
            if not allow_unknown:
                raise UnknownWordsError(said, text)
            unknown = sorted(unknown + said, key=lambda u: u[1])   # listed as not drawn: nesy colours by element
    if len({c.value for c in formulas}) > 1:
        raise UnsupportedError("one structure per figure: the text names " +
                               ", ".join(f"'{c.text}' at {c.start}-{c.end}" for c in formulas))
    fc = formulas[0] if formulas else None
    lattice: dict[str, float] = {}
    units: dict[str, str] = {}
    bare = [c for c in by["QTY"] if not c.value["labelled"]]
    if len(bare) > 1:
        raise InputError("more than one length without a name (a, b, c): " +
                         ", ".join(f"'{c.text}' at {c.start}-{c.end}" for c in bare))
    for c in by["QTY"]:
        ax = c.value["axis"]
        if ax in lattice and abs(lattice[ax] - c.value["value"]) > 1e-12 and _CORRECTED.search(
                text, spans[ax]["end"], c.start):
            # "a = 4.18 Å … my mistake - calcium oxide, a = 4.81 Å": a value restated after a correction replaces
            # the one it corrects (the later self-repair wins, Levelt 1983, Cognition 14)
            spans.setdefault("corrected", []).append(spans[ax])
        elif ax in lattice and abs(lattice[ax] - c.value["value"]) > 1e-12:
            prev = spans[ax]
            raise UnsatisfiableError(
                [prev, _span(c)], [{"law": "one value per lattice constant", "source": "definition"}],
                fix=[_span(c)], detail=f"{ax} is given twice")
        lattice[ax] = c.value["value"]
        units[ax] = c.value["unit"]
        spans[ax] = _span(c)
    radii = [c for c in by["CONTACT"] if c.value["kind"] == "radius" and c.value.get("pair")]
    if len(by["CONTACT"]) == 2 and len(radii) == 2 and radii[0].value["pair"][0] != radii[1].value["pair"][0]:
        # "the Na⁺ radius is 102 pm and the Cl⁻ radius is 181 pm": each ion's radius, said apart, are the two radii
        # of a cation–anion contact, d = r₊ + r₋ (crystal_contact; Callister & Rethwisch §12.2)
        r0, r1 = radii
        v = {"kind": "radii", "given": [r0.value["given"], r1.value["given"]], "unit": r1.value["unit"],
             "d": (r0.value["d"] + r1.value["d"]) / 2, "pair": [r0.value["pair"][0], r1.value["pair"][0]],
             "along": r0.value.get("along") or r1.value.get("along")}
        for k in ("along_span", "touch_spans"):
            if r0.value.get(k) or r1.value.get(k):
                v[k] = r0.value.get(k) or r1.value.get(k)
        by["CONTACT"] = [_Claim("CONTACT", v, r0.start, r1.end, text[r0.start:r1.end])]
    contact = one("CONTACT", "nearest-neighbour distance or atomic radius")
    if contact is not None:
        spans["contact"] = _span(contact)
    rho, molar = one("DENSITY", "density"), one("MOLAR", "molar mass")   # both or neither (crystal_density)
    if rho is not None and molar is not None:
        spans["density"], spans["molar"] = _span(rho), _span(molar)
    inter: list[str] = []
    if by["INTER"] or by["OCTA"] or by["TETRA"]:
        if by["OCTA"]:
            inter.append("octahedral")
        if by["TETRA"]:
            inter.append("tetrahedral")
        if not inter:
            inter = ["octahedral", "tetrahedral"]
        cs = by["INTER"] + by["OCTA"] + by["TETRA"]
        s, e = min(c.start for c in cs), max(c.end for c in cs)
        spans["interstitial"] = {"text": text[s:e], "start": s, "end": e}

    # which structure: a type, a formula, a space group with sites — and what each implies
    prototype = st.value if st else None
    formula = fc.value if fc else None
    material = None
    described = _described_sites(by, st, fc, sg, mentioned) if by["SITED"] else None
    if described is not None:
        prototype, formula = described["prototype"], formula or described["formula"]
        if formula in data["materials"] and data["materials"][formula]["prototype"] == prototype:
            material = formula
        spans["sites"] = [_span(c) for c in by["SITED"]]
        if not st:
            spans["structure"] = _span(by["SITED"][0])
    elif formula is not None and formula in data["materials"]:
        material = formula
        if prototype is None and not by["SITE"] and sg is None:
            prototype = data["materials"][formula]["prototype"]
        elif prototype is None and sg is not None and not by["SITE"]:
            prototype = data["materials"][formula]["prototype"]
    if prototype is not None and formula is None and not by["SITE"]:
        _unread_subject(text, st, unknown)
        formula = data["prototypes"][prototype]["default"]
        material = formula if formula in data["materials"] else None
    if prototype is not None and material is not None and data["materials"][material]["prototype"] != prototype:
        material = None  # e.g. "fcc Fe": no reference lattice constant for that phase
    if st:
        spans["structure"] = _span(st)
    elif fc and prototype is not None:
        spans["structure"] = _span(fc)
    if fc:
        spans["formula"] = _span(fc)
    if sg:
        spans["space_group"] = _span(sg)
    if zone:
        spans["zone_axis"] = _span(zone)
    if by["BONDS"]:
        spans["bonds"] = _span(by["BONDS"][-1])

    species: list[dict[str, Any]] = []
    if described is not None:
        species = described["species"]
    elif by["SITE"] and prototype is not None and sg is not None and _sites_of_type(by["SITE"], prototype, formula, data):
        # "CsCl-type: Tl at 0 0 0, Cl at 1/2 1/2 1/2" with its space group: the type's own sites, said again
        proto = data["prototypes"][prototype]
        parts = _parse_formula(formula)
        for k, site in enumerate(proto["sites"]):
            species.append({"el": parts[k][0], "coords": [float(x) for x in site["coords"]], "wyckoff": site["wyckoff"],
                            "role": site["role"], "span": _span(by["SITE"][k])})
        spans["sites"] = [_span(c) for c in by["SITE"]]
    elif by["SITE"]:
        if sg is None:
            raise InputError("atomic sites (" + ", ".join(f"'{c.text}'" for c in by["SITE"]) +
                             ") need a space group, e.g. 'space group Fm-3m'")
        if prototype is not None:
            raise UnsupportedError(f"give either a structure type ('{st.text if st else formula}') or "
                                   "explicit sites, not both")
        for k, c in enumerate(by["SITE"]):
            v = c.value
            if v["kind"] == "w":
                table = data["wyckoff"].get(sg.value[1])
                if table is None:
                    raise UnsupportedError(
                        f"Wyckoff letters are tabulated for space groups {sorted(data['wyckoff'])}; for "
                        f"{sg.value[0]} give coordinates, e.g. '{v['el']} at (0, 0, 0)' ('{c.text}' at "
                        f"{c.start}-{c.end})")
                if v["site"] not in table:
                    raise InputError(f"Wyckoff position '{v['site']}' at {c.start}-{c.end} is not one of "
                                     f"{sorted(table)} of {sg.value[0]} ({sg.value[1]})")
                coords = [float(x) for x in table[v["site"]]]
                wy = v["site"]
            else:
                coords, wy = [float(x) for x in v["site"]], None
            species.append({"el": v["el"], "coords": coords, "wyckoff": wy, "role": f"site{k}",
                            "span": _span(c)})
        els = []
        for s in species:
            if s["el"] not in els:
                els.append(s["el"])
        formula = formula or "".join(els)
    elif prototype is not None:
        proto = data["prototypes"][prototype]
        parts = _parse_formula(formula)
        for k, site in enumerate(proto["sites"]):
            el = parts[k][0] if k < len(parts) else None
            species.append({"el": el, "coords": [float(x) for x in site["coords"]], "wyckoff": site["wyckoff"],
                            "role": site["role"], "span": _span(fc) if fc else spans.get("structure")})
    elif formula is not None:
        _refuse_molecule(text, formula, fc)
        raise UnsupportedError(f"no structure is known for '{formula}' at {fc.start}-{fc.end}; name a "
                               "structure type (e.g. 'fcc', 'rock salt') or give a space group and sites")
    elif sg is not None:
        raise InputError(f"space group '{sg.text}' needs atoms: name a structure or give sites "
                         "(e.g. 'Al at 4a')")
    else:
        # nothing of a crystal in the text (no structure, formula, element or space group): what it asks for
        # may lie outside every science ("a ball-and-stick model of the caffeine molecule"), so say what
        # nesy draws as well as what a crystal needs
        from ..errors import OutOfScopeError
        from ..registry import _sciences
        raise OutOfScopeError("the text names no crystal structure: name one (e.g. 'rock salt NaCl', 'bcc Fe') "
                              f"or a space group with sites; nesy draws: {_sciences()}")

    if by["EMPTY"] and species:
        # "(Nothing goes in the middle of the cube.)": a denied position must be empty in the cell drawn
        from .crystal_sites import check_empty
        sym = (sg.value[0] if sg else described["space_group"]["symbol"]
               if described is not None and described.get("space_group") else
               data["prototypes"][prototype]["space_group"]["symbol"] if prototype else None)
        if sym is not None:
            check_empty([{**c.value, "span": _span(c)} for c in by["EMPTY"]], species, sym,
                        spans.get("structure") or spans.get("formula"))
        spans["empty"] = [_span(c) for c in by["EMPTY"]]
    _check_angles(by["ANGLE"], sg.value[1] if sg else described["space_group"]["number"]
                  if described is not None and described.get("space_group") else
                  data["prototypes"][prototype]["space_group"]["number"] if prototype else None)
    count = None
    if by["COUNT"]:
        from . import crystal_phrases
        c = one("COUNT", "number of atoms per cell")
        count = crystal_phrases.check_count({**_span(c), "n": c.value}, prototype, species,
                                            spans.get("structure") or spans.get("formula"),
                                            _law("structure_type"))
        spans["atom_count"] = _span(c)
    for c in by["ELCOUNT"]:
        from . import crystal_phrases
        crystal_phrases.check_element_counts({**_span(c), "n": c.value}, species,
                                             spans.get("structure") or spans.get("formula"), _law("structure_type"))
        spans.setdefault("element_counts", []).append(_span(c))
    if by["NEIGHBOURS"]:
        from . import crystal_phrases
        c = one("NEIGHBOURS", "number of nearest neighbours")
        crystal_phrases.check_coordination({**_span(c), "n": c.value}, prototype,
                                           data["prototypes"].get(prototype) if prototype else None,
                                           spans.get("structure") or spans.get("formula"), _law("coordination"))
        spans["neighbours"] = _span(c)
    attrs: dict[str, Any] = {
        "structure": prototype, "formula": formula, "material": material,
        "space_group": ({"symbol": sg.value[0], "number": sg.value[1]} if sg else
                        described["space_group"] if described is not None else None),
        "lattice": lattice, "units": units,
        "zone_axis": zone.value if zone else [0, 0, 1],
        "bonds": bool(bonds), "interstitial": inter, "spans": spans,
        "sites": species,
    }
    if count is not None:
        attrs["atom_count"] = count
    if contact is not None:
        attrs["contact"] = dict(contact.value)
    if rho is not None and molar is not None:
        attrs["density"] = {"rho": rho.value["rho"], "M": molar.value["M"]}
    readings = [c.value["reading"] for c in by["QTY"] if c.value.get("reading")]
    if readings:   # "4,086 Å" read as 4.086 Å: the choice, and why, kept with the scene
        attrs["readings"] = readings
    if described is not None and described["assumed"]:
        attrs["assumed"] = list(described["assumed"])
    if prototype is not None:
        p = data["prototypes"][prototype]
        attrs["implied_space_group"] = dict(p["space_group"])
    entities: list[Entity] = []
    relations: list[Relation] = []
    sspan = spans.get("structure") or spans.get("space_group") or spans.get("formula")
    entities.append(Entity("structure", "structure", formula,
                           _freeze({"prototype": prototype, "material": material}),
                           Span(sspan["start"], sspan["end"], sspan["text"]) if sspan else None))
    seen: set[str] = set()
    for s in species:
        el = s["el"]
        if el is None or el in seen:
            continue
        seen.add(el)
        sp = s["span"]
        entities.append(Entity(el, "species", el,
                               _freeze({"roles": [x["role"] for x in species if x["el"] == el],
                                        "wyckoff": [x["wyckoff"] for x in species if x["el"] == el]}),
                               Span(sp["start"], sp["end"], sp["text"]) if sp else None))
        relations.append(Relation("part_of", el, "structure",
                                  Span(sp["start"], sp["end"], sp["text"]) if sp else None))
    unread = {(s, e) for _w, s, e in unknown}
    ignored = tuple(Span(m.start(), m.end(), m.group(0)) for m in _WORD_RE.finditer(text)
                    if m.group(0).lower() in _common_words() and (m.start(), m.end()) not in unread
                    and not any(c.start <= m.start() < c.end for c in claims))
    return SceneGraph("crystal", text, tuple(entities), tuple(relations), _freeze(attrs), ignored,
                      tuple(Span(s, e, w) for w, s, e in unknown))


# ---------------------------------------------------------------------------------------------
# solve: Z3 over the lattice, the stoichiometry, the symmetry and the minimum-distance law

_SYSTEMS = ((195, "cubic"), (168, "hexagonal"), (143, "trigonal"), (75, "tetragonal"),
            (16, "orthorhombic"), (3, "monoclinic"), (1, "triclinic"))


def _system(sg_number: int) -> str:
    return next(name for lo, name in _SYSTEMS if sg_number >= lo)


def _z3_check(s, track: dict[str, tuple[list[dict], list[dict], str]], timeout_s: float) -> None:
    """Check the solver under every tracked indicator; on unsat raise ``UnsatisfiableError`` with the
    core's phrases and laws, and as the fix the last-mentioned phrase whose removal restores sat."""
    import z3
    flags = {name: z3.Bool(name) for name in track}
    res = s.check(*flags.values())
    if res == z3.unknown:
        from ..errors import SolverTimeoutError
        raise SolverTimeoutError("crystal solve", timeout_s)
    if res == z3.sat:
        return
    core = sorted(str(x) for x in s.unsat_core())
    phrases: list[dict] = []
    laws: list[dict] = []
    details: list[str] = []
    for name in core:
        p, law, dtl = track[name]
        phrases += [x for x in p if x not in phrases]
        laws += [x for x in law if x not in laws]
        if dtl and dtl not in details:
            details.append(dtl)
    phrases.sort(key=lambda x: x["start"])
    fix: list[dict] = []
    user = sorted((n for n in core if n.startswith("phrase:") and track[n][0]),
                  key=lambda n: -max(x["start"] for x in track[n][0]))
    for n in user:
        if s.check(*[f for k, f in flags.items() if k != n]) == z3.sat:
            fix = list(track[n][0])
            break
    raise UnsatisfiableError(phrases, laws, fix=fix, detail="; ".join(details))


@dataclass(frozen=True)
class Geometry:
    """The solved crystal: lattice constants (Å), species and fractional sites of the conventional
    cell, the space group found, and the structure itself (a pymatgen ``Structure``)."""

    a: float
    b: float
    c: float
    gamma: float            # degrees
    sg_symbol: str
    sg_number: int
    species: tuple[str, ...]        # one per site of the conventional cell
    frac: tuple[tuple[float, float, float], ...]
    solve_s: float

    def structure(self):
        from pymatgen.core import Lattice, Structure
        lat = Lattice.from_parameters(self.a, self.b, self.c, 90.0, 90.0, self.gamma)
        return Structure(lat, list(self.species), [list(f) for f in self.frac])

    def matrix(self) -> np.ndarray:
        """Rows a1, a2, a3 in Cartesian Å."""
        return np.asarray(self.structure().lattice.matrix, dtype=float)


def _metric_coeffs(d: np.ndarray, gamma: float) -> tuple[float, float, float, float]:
    """d² = a²·P + b²·Q + c²·R + a·b·S for a fractional difference ``d`` (α = β = 90°)."""
    cg = math.cos(math.radians(gamma))
    cg = 0.0 if abs(cg) < 1e-12 else cg
    return float(d[0] ** 2), float(d[1] ** 2), float(d[2] ** 2), float(2 * cg * d[0] * d[1])


@functools.lru_cache(maxsize=64)
def _sg_object(symbol: str):
    """pymatgen's ``SpaceGroup`` (its construction costs ~1 s for the cubic groups, so it is cached)."""
    from pymatgen.symmetry.groups import SpaceGroup
    return SpaceGroup(symbol)


def _build(sg_symbol: str, a: float, b: float, c: float, gamma: float, sites: list[dict[str, Any]]):
    """The conventional cell, as pymatgen's ``Structure.from_spacegroup`` builds it (orbits of the
    given sites under the group's operations), with the group object cached. Lengths in Å."""
    from pymatgen.core import Lattice, Structure
    sg = _sg_object(sg_symbol)
    lat = Lattice.from_parameters(a, b, c, 90.0, 90.0, gamma)
    if not sg.is_compatible(lat):
        raise UnsupportedError(f"lattice ({a:g}, {b:g}, {c:g} Å, γ = {gamma:g}°) is incompatible with {sg_symbol}")
    species: list[str] = []
    coords: list[np.ndarray] = []
    for site in sites:
        for p in sg.get_orbit(np.asarray(site["coords"], dtype=float), tol=1e-5):
            species.append(site["el"])
            coords.append(np.mod(np.round(p, 9), 1.0))
    return Structure(lat, species, coords)


_GEOMETRY: dict[SceneGraph, Geometry] = {}


def crystal_geometry(scene: SceneGraph, timeout_s: float = 10.0) -> Geometry:
    """Solve the scene's crystal: Z3 checks every law as a tracked assertion; raises
    ``UnsatisfiableError`` with the user's phrases in the unsat core, else returns the geometry
    (cached per scene: solve and verify see the same one)."""
    g = _GEOMETRY.get(scene)
    if g is None:
        g = _solve_geometry(scene, timeout_s)
        if len(_GEOMETRY) >= 64:
            _GEOMETRY.pop(next(iter(_GEOMETRY)))
        _GEOMETRY[scene] = g
    return g


def _solve_geometry(scene: SceneGraph, timeout_s: float) -> Geometry:
    import z3
    from pymatgen.core import Element
    from pymatgen.symmetry.analyzer import SpacegroupAnalyzer
    t0 = time.perf_counter()
    if scene.domain != "crystal":
        raise InputError(f"scene.domain must be 'crystal', got {scene.domain!r}")
    data = _data()
    spans: dict[str, Any] = scene.attr("spans", {}) or {}
    sites: list[dict[str, Any]] = scene.attr("sites", [])
    proto_key = scene.attr("structure")
    stated = scene.attr("space_group")
    implied = scene.attr("implied_space_group")
    material = scene.attr("material")
    lattice: dict[str, float] = dict(scene.attr("lattice", {}) or {})
    formula = scene.attr("formula")
    gen = stated if (stated and not proto_key) else (implied or stated)
    if gen is None:
        raise InputError("scene has neither a structure type nor a space group")
    sg_symbol, sg_number = gen["symbol"], int(gen["number"])
    system = _system(sg_number)
    if system in ("monoclinic", "triclinic", "trigonal"):
        raise UnsupportedError(f"{system} space groups ({sg_symbol}) are not drawn yet; cubic, tetragonal, "
                               "hexagonal and orthorhombic are")
    gamma = 120.0 if system == "hexagonal" else 90.0
    for k, v in lattice.items():
        if not (isinstance(v, (int, float)) and math.isfinite(v) and v > 0):
            raise InputError(f"lattice constant {k} must be a positive length in Å, got {v!r}")

    missing = [x["role"] for x in sites if x["el"] is None]
    build_sites = [{"el": x["el"], "coords": x["coords"]} for x in sites if x["el"] is not None]
    if not build_sites:
        raise InputError("no atoms to place")

    s = z3.Solver()
    s.set("timeout", max(1, int(timeout_s * 1000)))
    a, b, c = z3.Reals("a b c")
    track: dict[str, tuple[list[dict], list[dict], str]] = {}  # name → (phrases, laws, detail)

    def tr(name: str, expr, phrases: list[dict], laws: list[dict], detail: str = "") -> None:
        # tracked assertion: a Boolean indicator per phrase/law, so a core can be re-checked without one
        track[name] = (phrases, laws, detail)
        s.add(z3.Implies(z3.Bool(name), expr))

    def ph(key: str) -> list[dict]:
        return [spans[key]] if key in spans else []

    # ---- stage 1: what the text alone says (lengths, metric, stoichiometry, stated symmetry)
    s.add(a > 0, b > 0, c > 0)
    for ax, var in (("a", a), ("b", b), ("c", c)):
        if ax in lattice:
            tr(f"phrase:{ax}", var == z3_real(lattice[ax]), ph(ax), [])
    metric = []
    if system in ("cubic", "tetragonal", "hexagonal"):
        metric.append(b == a)
    if system == "cubic":
        metric.append(c == a)
    if metric:
        tr("law:metric", z3.And(*metric), [], [_law("metric")], f"{sg_symbol} is {system}")
    if proto_key is not None and formula:
        # N_el = k × (count in the formula) and N_el = Σ multiplicities of the sites it occupies
        parts = _parse_formula(formula)
        k = z3.Int("k")
        s.add(k >= 1)
        n_el = {el: z3.Int(f"N_{el}") for el, _ in parts}
        n_sp = z3.Int("n_species")
        tr("phrase:formula", z3.And(n_sp == len(parts), *[n_el[el] == k * cnt for el, cnt in parts]),
           ph("formula"), [_law("stoichiometry")])
        mult: dict[str, int] = {el: 0 for el, _ in parts}
        for site in sites:
            if site["el"] is not None:
                mult[site["el"]] = mult.get(site["el"], 0) + int(re.match(r"\d+", site["wyckoff"]).group(0))
        detail = (f"{data['prototypes'][proto_key]['name']} has sites "
                  + ", ".join(f"{x['role']} {x['wyckoff']}" for x in sites))
        if missing:
            detail += f"; no element of {formula} is left for the {', '.join(missing)} site(s)"
        tr("phrase:structure",
           z3.And(n_sp == len({x["role"] for x in sites}), *[n_el[el] == mult[el] for el in n_el]),
           ph("structure"), [_law("structure_type"), _law("stoichiometry")], detail)
    G = z3.Int("G")  # the crystal's space-group number
    if stated:
        tr("phrase:space_group", G == int(stated["number"]), ph("space_group"), [_law("symmetry")])
    if implied:
        tr("phrase:structure_sg", G == int(implied["number"]), ph("structure"), [_law("structure_type")],
           f"{proto_key} is {implied['symbol']} ({implied['number']})")
    _z3_check(s, track, timeout_s)

    # ---- stage 2: the cited reference lattice constants where the text gives none
    ref = data["materials"].get(material) if material else None
    trial = dict(lattice)
    contact = scene.attr("contact")
    if contact:
        # "the distance between neighbouring K and Cl ions is 3.1465 Å", "radius 137 pm, touching along the body
        # diagonal": d² = k·a² (crystal_contact; law nearest_neighbour), a derived where the text gives none
        a_contact = _contact_law(contact, ph("contact") + ph("structure"), sg_symbol, system, build_sites, a, tr,
                                 exact="a" not in lattice)
        trial.setdefault("a", a_contact)
    dens = scene.attr("density")
    if dens:
        # "a density of 8.96 g/cm^3 and a molar mass of 63.55 g/mol": a³ = Z·M/(N_A·ρ) (crystal_density)
        from .crystal_density import density_law
        unit_cell = _build(sg_symbol, 1.0, 1.0, 1.0, 90.0, build_sites)
        a_density = density_law(float(dens["rho"]), float(dens["M"]), ph("density") + ph("molar"), formula,
                                [str(x) for x in unit_cell.species], system, sg_symbol, a, tr)
        if "a" not in trial:
            # drawn at the edge the law gives (the band only tests a stated edge against the text's precision)
            trial["a"] = a_density
            tr("derived:a_density", a == z3.RealVal(repr(a_density)), ph("density") + ph("molar"), [])
    if "a" not in trial:
        if ref is None:
            raise InputError(f"no reference lattice constant is known for {formula} in {sg_symbol}; "
                             "state it, e.g. 'a = 4.05 Å'")
        if system == "cubic" or not ({"b", "c"} & set(trial)):
            trial["a"] = float(ref["a"])
            tr("default:a", a == z3.RealVal(repr(trial["a"])), [],
               [{"law": f"reference lattice constant of {material}: a = {trial['a']} Å", "source": ref["source"]}])
        else:
            raise InputError("give the lattice constant a as well as " + ", ".join(sorted(trial)))
    if system in ("cubic", "tetragonal", "hexagonal"):
        trial.setdefault("b", trial["a"])
    if system == "cubic":
        trial.setdefault("c", trial["a"])
    if "c" not in trial:
        if ref is not None and "c" in ref:
            trial["c"] = trial["a"] * float(ref["c"]) / float(ref["a"])
            tr("default:c/a", c * z3.RealVal(repr(float(ref["a"]))) == a * z3.RealVal(repr(float(ref["c"]))), [],
               [{"law": f"reference axial ratio of {material}: c/a = {float(ref['c']) / float(ref['a']):.4f}",
                 "source": ref["source"]}])
        else:
            raise InputError(f"{system} {sg_symbol} needs the lattice constant c, e.g. 'c = 5.2 Å'")
    if "b" not in trial:
        raise InputError(f"{system} {sg_symbol} needs the lattice constant b, e.g. 'b = 5.2 Å'")
    _z3_check(s, track, timeout_s)

    # ---- stage 3: the built cell — the symmetry spglib finds, and the minimum-distance law
    st = _build(sg_symbol, trial["a"], trial["b"], trial["c"], gamma, build_sites)
    try:
        found = int(SpacegroupAnalyzer(st, symprec=float(data["laws"]["symmetry"]["symprec"])).get_space_group_number())
    except Exception as e:  # pymatgen's SymmetryUndeterminedError (spglib found no group) and kin
        from ..errors import UnsupportedError
        raise UnsupportedError(f"spglib could not determine the symmetry of the cell these positions build "
                               f"({type(e).__name__}: {e}); give positions that are exactly on or clearly off "
                               f"the special positions, or name the structure type") from None
    site_phr = [x["span"] for x in sites if x.get("span")] if not proto_key else []
    tr("law:symmetry", G == found, site_phr, [_law("symmetry")], f"spglib finds {found} in the built cell")

    # minimum distance: every candidate contact of every species pair, as a polynomial in a, b, c
    f_law = float(data["laws"]["min_distance"]["f"])
    radius = {el: _slater_radius(el) for el in set(map(str, st.species))}
    frac = np.mod(np.asarray(st.frac_coords, dtype=float), 1.0)
    els = [str(x) for x in st.species]
    M = np.asarray(st.lattice.matrix, dtype=float)
    shifts = np.array(list(itertools.product((-1, 0, 1), repeat=3)), dtype=float)
    contacts: dict[tuple[str, str], list[tuple[float, np.ndarray]]] = {}
    for i in range(len(els)):
        for j in range(i, len(els)):
            d = frac[j] - frac[i] + shifts
            if i == j:
                d = d[np.any(shifts != 0, axis=1)]
            dist = np.linalg.norm(d @ M, axis=1)
            pair = tuple(sorted((els[i], els[j])))
            contacts.setdefault(pair, []).extend(zip(dist.tolist(), d))
    len_phr = [p for k in ("a", "b", "c") for p in ph(k)]
    for pair, lst in sorted(contacts.items()):
        dmin = min(x for x, _ in lst)
        seen: set[tuple[float, ...]] = set()
        need = f_law * (radius[pair[0]] + radius[pair[1]])
        terms = []
        for dist, d in lst:
            if dist > 1.5 * dmin + 1e-9:
                continue
            P, Q, R, S = (round(v, 9) for v in _metric_coeffs(d, gamma))
            if (P, Q, R, S) in seen:
                continue
            seen.add((P, Q, R, S))
            d2 = (z3.RealVal(repr(P)) * a * a + z3.RealVal(repr(Q)) * b * b + z3.RealVal(repr(R)) * c * c
                  + z3.RealVal(repr(S)) * a * b)
            terms.append(d2 >= z3.RealVal(repr(need * need)))
        tr(f"law:min_distance:{pair[0]}-{pair[1]}", z3.And(*terms), len_phr, [_law("min_distance")],
           f"closest {pair[0]}–{pair[1]} distance {dmin:.3f} Å < {f_law:g} × ({radius[pair[0]]:.2f} + "
           f"{radius[pair[1]]:.2f}) Å = {need:.3f} Å" if dmin < need else "")
    _z3_check(s, track, timeout_s)
    m = s.model()

    def val(v) -> float:
        x = m.eval(v, model_completion=True)
        return float(x.as_fraction()) if z3.is_rational_value(x) else float(x.as_decimal(17).rstrip("?"))
    A, B, C = val(a), val(b), val(c)
    if max(abs(A - trial["a"]), abs(B - trial["b"]), abs(C - trial["c"])) > 1e-9:
        st = _build(sg_symbol, A, B, C, gamma, build_sites)
    frac = np.mod(np.round(np.asarray(st.frac_coords, dtype=float), 9), 1.0)
    return Geometry(A, B, C, gamma, sg_symbol, found, tuple(str(x) for x in st.species),
                    tuple(tuple(float(v) for v in f) for f in frac), time.perf_counter() - t0)


# a distance between atoms and a cell edge both given are each written rounded (to 3–4 significant figures): the
# law d² = k·a² holds them to within this share of d
CONTACT_REL_TOL = 0.005


# metals whose names are colours' too, and the words that put a colour on something drawn
_COLOUR_METALS = frozenset({"gold", "silver", "copper", "platinum"})
_AS_COLOUR = re.compile(r"(?i)(?:\b(?:in|as|coloured|colored|painted|shown\s+in|drawn\s+in)|"
                        r"\b(?:small|large|big|tiny|round|shiny|dark|light|pale)\s+and)\s+"
                        r"(?:(?:dark|light|pale|bright|deep|metallic|shiny|soft)\s+)?$")


def _contact_law(contact: dict[str, Any], phrases: list[dict], sg_symbol: str, system: str,
                 build_sites: list[dict[str, Any]], a, tr, exact: bool = True) -> float:
    """Hold the text's nearest-neighbour distance (or hard-sphere radius) to the cell: the tracked law
    d² = k·a² (``solvers/crystal.yaml`` ``nearest_neighbour``, Kittel ch. 1; Callister §3.4), k exact from the
    cell built at a = 1; the direction the spheres are said to touch along must be the nearest-neighbour one.
    ``exact``: the edge follows from d alone (the text gives no a); otherwise the text's a and d are held to
    agree within ``CONTACT_REL_TOL``. Returns the edge a = d/√k in Å."""
    import z3
    from . import crystal_contact as cc
    span = phrases[0]
    where = f"'{span['text']}' at {span['start']}-{span['end']}"
    if system != "cubic":
        raise UnsupportedError(f"{where}: nesy derives a cell edge from a distance between atoms for cubic cells; "
                               f"{sg_symbol} is {system}: give its lattice constants (e.g. 'a = 3.21 Å, c = 5.21 Å')")
    unit = _build(sg_symbol, 1.0, 1.0, 1.0, 90.0, build_sites)
    els = [str(x) for x in unit.species]
    pair = contact.get("pair")
    if contact["kind"] == "radius" and (pair is None or len(set(els)) > 1):
        # (one species' radius in a cell of several says nothing of which atoms touch: never a guessed contact)
        if len(set(els)) > 1:
            raise UnsupportedError(f"{where}: a radius fixes the cell edge of a one-element cell of touching spheres; "
                                   f"this cell holds {', '.join(sorted(set(els)))}: give the lattice constant, the "
                                   "nearest-neighbour distance, or the radii of both ions")
        pair = [els[0], els[0]]
    if contact["kind"] == "radii":
        # a cation's and an anion's radius: they touch (d = r₊ + r₋), in a cell of exactly those two species
        if len(set(els)) != 2 or (pair is not None and set(pair) != set(els)):
            raise UnsupportedError(f"{where}: two radii fix the edge of a cell of two species in contact (a cation and "
                                   f"an anion); this cell holds {', '.join(sorted(set(els)))}: give the lattice "
                                   "constant or the nearest-neighbour distance")
        pair = sorted(set(els))
    if pair is not None and not set(pair) <= set(els):
        raise InputError(f"{where} names {', '.join(sorted(set(pair) - set(els)))}, which the cell drawn does not hold")
    k2, fam, found = cc.nearest(els, [tuple(f) for f in unit.frac_coords], pair)
    law = _law("nearest_neighbour")
    along = contact.get("along")
    if along is not None and fam != along:
        asp = contact.get("along_span")
        extra = [dict(asp)] if asp else []
        raise UnsatisfiableError(phrases + extra, [law],
                                 detail=f"in this cell the nearest {found[0]}–{found[1]} neighbours lie along "
                                        f"{cc.direction_name(fam) if fam else 'several directions'}, not along "
                                        f"{cc.direction_name(along)}, so the spheres cannot touch there")
    d = float(contact["d"])
    what = {"radius": "2 × the radius", "radii": "the sum of the two radii"}.get(contact["kind"],
                                                                                "the nearest-neighbour distance")
    # (within CONTACT_REL_TOL of d: a text giving both a and d writes each rounded — "a = 3.615 Å ... 2.556 Å
    # apart" is fcc copper, √(1/2) × 3.615 = 2.5562; exact equality called it impossible)
    tol = 0.0 if exact else CONTACT_REL_TOL
    lo, hi = z3_real(d * (1 - tol)), z3_real(d * (1 + tol))
    ka2 = z3.RealVal(k2.numerator) * a * a
    den = z3.RealVal(k2.denominator)
    tr("phrase:contact", z3.And(ka2 >= den * lo * lo, ka2 <= den * hi * hi),
       phrases, [law], f"{what} d = {d:g} Å between {found[0]} and {found[1]} is √({k2}) × a"
                       + (f" (within {tol:.1%})" if tol else ""))
    return d / math.sqrt(float(k2))


# ---------------------------------------------------------------------------------------------
# projection (Å, in the plane ⟂ the zone axis; x along the first in-plane lattice direction, y up)


@dataclass(frozen=True)
class Projection:
    atoms: tuple[tuple[str, float, float], ...]          # visible (front) atom per column: el, x, y (Å)
    bonds: tuple[tuple[float, float, float, float], ...]  # projected segments (Å)
    outline: tuple[tuple[float, float, float, float], ...]
    sites: tuple[tuple[str, float, float], ...]           # interstitial: kind, x, y (Å)
    centre: tuple[float, float]
    order: int                                            # projected rotation order of the atoms
    counts: tuple[tuple[str, int], ...]
    min_dist: float                                       # closest projected atom spacing (Å)


def _basis(M: np.ndarray, uvw: list[int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    n = np.asarray(uvw, dtype=float) @ M
    n /= np.linalg.norm(n)
    cands = [M[i] - (M[i] @ n) * n for i in range(3)]
    norms = [round(float(np.linalg.norm(v) / np.linalg.norm(M[i])), 6) for i, v in enumerate(cands)]
    i = max(range(3), key=lambda k: (norms[k], -k))
    e1 = cands[i] / np.linalg.norm(cands[i])
    e2 = np.cross(n, e1)
    return n, e1, e2


def _images(frac: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Fractional positions inside the closed cell [0, 1]³ (faces, edges and corners repeated) and
    the index of the site each comes from."""
    out, idx = [], []
    for k, f in enumerate(frac):
        for s in itertools.product((0, 1), repeat=3):
            g = f + np.asarray(s, dtype=float)
            if np.all(g <= 1 + 1e-9):
                out.append(g)
                idx.append(k)
    return np.asarray(out), np.asarray(idx)


def _interstitials(geom: Geometry, kinds: list[str]) -> list[tuple[str, np.ndarray]]:
    """Empty octahedral/tetrahedral holes in the closed cell (Cartesian Å), by the rule of
    ``solvers/crystal.yaml`` ``interstitial``; the whole structure first, then each species' sublattice."""
    p = _data()["interstitial"]
    M = geom.matrix()
    frac = np.asarray(geom.frac)
    els = np.asarray(geom.species)
    shifts = np.array(list(itertools.product((-1, 0, 1, 2), repeat=3)), dtype=float)
    allf = (frac[None, :, :] + shifts[:, None, :]).reshape(-1, 3)
    alle = np.tile(els, len(shifts))
    allc = allf @ M
    g = int(p["grid"])
    grid = np.array(list(itertools.product(range(g + 1), repeat=3)), dtype=float) / g
    gc = grid @ M
    d_all = np.linalg.norm(gc[:, None, :] - allc[None, :, :], axis=2)
    empty = d_all.min(axis=1) > 1e-3
    ideal = {"octahedral": (6, (90.0, 180.0)), "tetrahedral": (4, (109.4712,))}
    hosts = [np.ones(len(alle), bool)] + [alle == e for e in sorted(set(els.tolist()))]
    out: list[tuple[str, np.ndarray]] = []
    for gi in np.nonzero(empty)[0]:
        for host in hosts:
            d = d_all[gi][host]
            order = np.argsort(d, kind="stable")
            hit = None
            for kind in ("octahedral", "tetrahedral"):
                n, angles = ideal[kind]
                if len(d) <= n or d[order[n]] < float(p["shell_gap"]) * d[order[n - 1]]:
                    continue
                nb = allc[host][order[:n]]
                if np.linalg.norm(nb.mean(axis=0) - gc[gi]) > float(p["centroid_tol"]):
                    continue
                v = nb - gc[gi]
                v /= np.linalg.norm(v, axis=1)[:, None]
                cosm = np.clip(v @ v.T, -1, 1)
                ang = np.degrees(np.arccos(cosm[np.triu_indices(n, 1)]))
                tol = float(p["angle_tol"][kind])
                if all(min(abs(x - t) for t in angles) <= tol for x in ang):
                    hit = kind
                    break
            if hit is not None:
                if hit in kinds:
                    out.append((hit, gc[gi]))
                break
    return out


@functools.lru_cache(maxsize=32)
def _projection(geom: Geometry, uvw: tuple[int, int, int], inter: tuple[str, ...]) -> Projection:
    M = geom.matrix()
    n, e1, e2 = _basis(M, list(uvw))
    frac = np.asarray(geom.frac)
    imgs, idx = _images(frac)
    cart = imgs @ M
    els = [geom.species[k] for k in idx]
    xy = np.stack([cart @ e1, cart @ e2], axis=1)
    depth = cart @ n
    front: list[int] = []  # one atom per projected column (within 1e-4 Å): the one nearest the viewer
    for k in sorted(range(len(cart)), key=lambda k: (-round(float(depth[k]), 9), els[k])):
        if all(np.linalg.norm(xy[k] - xy[j]) > 1e-4 for j in front):
            front.append(k)
    vis = sorted(front, key=lambda k: (els[k], round(xy[k, 0], 6), round(xy[k, 1], 6)))
    atoms = tuple((els[k], float(xy[k, 0]), float(xy[k, 1])) for k in vis)
    counts: dict[str, int] = {}
    for el, _, _ in atoms:
        counts[el] = counts.get(el, 0) + 1
    # bonds: first coordination shell of the periodic structure, between drawn atoms
    shifts = np.array(list(itertools.product((-1, 0, 1), repeat=3)), dtype=float)
    per = ((frac[None, :, :] + shifts[:, None, :]).reshape(-1, 3)) @ M
    dd = np.linalg.norm((frac @ M)[:, None, :] - per[None, :, :], axis=2)
    dmin = float(dd[dd > 1e-6].min())
    cut = float(_data()["bonds"]["tol"]) * dmin
    dc = np.linalg.norm(cart[:, None, :] - cart[None, :, :], axis=2)
    segs: set[tuple[float, float, float, float]] = set()
    for i, j in zip(*np.nonzero((dc > 1e-6) & (dc <= cut + 1e-9))):
        if i >= j:
            continue
        p, q = xy[i], xy[j]
        if np.linalg.norm(p - q) < 1e-3:
            continue
        s = tuple(round(float(v), 4) + 0.0 for v in (*p, *q))
        s2 = (s[2], s[3], s[0], s[1])
        segs.add(min(s, s2))
    corners = np.array(list(itertools.product((0, 1), repeat=3)), dtype=float) @ M
    cxy = np.stack([corners @ e1, corners @ e2], axis=1)
    edges: set[tuple[float, float, float, float]] = set()
    for i, j in itertools.combinations(range(8), 2):
        if bin(i ^ j).count("1") != 1:
            continue
        p, q = cxy[i], cxy[j]
        if np.linalg.norm(p - q) < 1e-3:
            continue
        s = tuple(round(float(v), 4) + 0.0 for v in (*p, *q))
        edges.add(min(s, (s[2], s[3], s[0], s[1])))
    centre_c = M.sum(axis=0) / 2
    centre = (float(centre_c @ e1), float(centre_c @ e2))
    sites: dict[tuple[float, float], str] = {}
    if inter:
        for kind, pc in _interstitials(geom, list(inter)):
            p = np.array([pc @ e1, pc @ e2])
            if all(np.linalg.norm(p - np.asarray(q)) > 1e-4 for q in sites):
                sites[(float(p[0]), float(p[1]))] = kind
    pts = np.array([[x, y] for _, x, y in atoms])
    md = float("inf")
    if len(pts) > 1:
        dm = np.linalg.norm(pts[:, None] - pts[None], axis=2)
        md = float(dm[np.triu_indices(len(pts), 1)].min())
    order = _rotation_order(atoms, centre, tol=1e-3)
    return Projection(atoms, tuple(sorted(segs)), tuple(sorted(edges)),
                      tuple(sorted((k, x, y) for (x, y), k in sites.items())), centre, order,
                      tuple(sorted(counts.items())), md)


def _rotate(pts: np.ndarray, centre: tuple[float, float], deg: float) -> np.ndarray:
    t = math.radians(deg)
    R = np.array([[math.cos(t), -math.sin(t)], [math.sin(t), math.cos(t)]])
    c = np.asarray(centre)
    return (pts - c) @ R.T + c


def _rotation_mismatch(atoms: list[tuple[str, float, float]], centre: tuple[float, float], n: int) -> float:
    """Largest distance from a rotated atom (by 360°/n about ``centre``) to the nearest atom of its
    species (same units as the coordinates)."""
    worst = 0.0
    for el in sorted({a[0] for a in atoms}):
        pts = np.array([[x, y] for e, x, y in atoms if e == el])
        rot = _rotate(pts, centre, 360.0 / n)
        d = np.linalg.norm(rot[:, None] - pts[None], axis=2).min(axis=1)
        worst = max(worst, float(d.max()))
    return worst


def _rotation_order(atoms: tuple[tuple[str, float, float], ...], centre: tuple[float, float], tol: float) -> int:
    """Largest n in (6, 4, 3, 2) whose 360°/n rotation about ``centre`` maps the atoms onto themselves (1 if none)."""
    for n in (6, 4, 3, 2):
        if _rotation_mismatch(list(atoms), centre, n) <= tol:
            return n
    return 1


# ---------------------------------------------------------------------------------------------
# layout


def solve_crystal(scene: SceneGraph, *, timeout_s: float = 10.0) -> Layout:
    """Solve the scene (see ``crystal_geometry``) and draw the cell (``crystal_draw.draw_crystal``): a perspective
    ball-and-stick view of the whole conventional cell, or the projection along the zone axis the text names."""
    from .crystal_draw import draw_crystal
    t0 = time.perf_counter()
    geom = crystal_geometry(scene, timeout_s)
    inter = tuple(scene.attr("interstitial", []) or [])
    sites = _interstitials(geom, list(inter)) if inter else []
    if inter and not sites:
        sp = (scene.attr("spans", {}) or {})
        raise UnsatisfiableError([x for x in (sp.get("interstitial"), sp.get("structure")) if x],
                                 [_law("interstitial")],
                                 detail=f"{scene.attr('formula')} has no empty {' or '.join(inter)} hole: "
                                        "every such hole is occupied")
    lay = draw_crystal(scene, geom, _display_radii(list(geom.species)), sites)
    stats = dict(lay.stats)
    stats.update(solve_s=round(time.perf_counter() - t0, 4), z3_and_build_s=round(geom.solve_s, 4))
    return Layout(lay.domain, lay.width, lay.height, lay.shapes, lay.labels, lay.legend,
                  tuple(sorted(stats.items())), lay.extras)


# ---------------------------------------------------------------------------------------------
# verify (pixels only)


def verify_crystal(png: bytes, scene: SceneGraph) -> Verdict:
    """Check the figure's pixels against the cell the scene implies (``crystal_verify.verify_crystal``)."""
    from .crystal_verify import verify_crystal as _verify
    return _verify(png, scene)


# ---------------------------------------------------------------------------------------------
# the plug-in


@register("nesy.crystal.v1")
class CrystalDomain(ExactRender):
    """Crystal structures: projected conventional unit cells (pymatgen + Z3)."""

    name = "nesy.crystal.v1"
    key = "crystal"
    # the measures this science draws from the text (an unread one is refused: nesy.parse.quantities.unread_quantities)
    drawn_quantities = ("m",)                 # lattice constants (a temperature may name a transition, not the phase drawn)

    def score(self, text: str) -> float:
        """Fraction (0–1) of the text's content words that are crystal vocabulary or notation."""
        return _score(text)

    def figure_kind(self, text: str) -> bool:
        """Whether the text asks for a compound's cell by its formula: "the CsCl cell", "a NaCl unit cell",
        "CaF2 lattice" — a formula of two or more element symbols right before "(unit) cell", "lattice" or
        "crystal" names a crystal's cell, never a biological cell ("the CsCl cell with Cs at the body centre")."""
        syms, mats = _symbols(), _data()["materials"]
        for m in _FORMULA_CELL.finditer(text):
            f = m.group("f")
            els = re.findall(r"([A-Z][a-z]?)\d*", f)
            # a reference material, or a formula with a count ("CaF2"): "HeLa", "NK" and "CD4 T" cells are
            # cell lines and lymphocytes whose names happen to spell element symbols
            # (a formula that is no reference material names a crystal only before "unit cell", "lattice" or
            # "crystal": "U2OS cells", "a U2OS cell" are a cell line whose name spells U, O and S)
            bare_cell = re.match(r"(?i)cells?$", m.group(0)[len(f):].strip(" -"))
            if len(set(els)) >= 2 and all(e in syms for e in els) and (
                    f in mats or (re.search(r"[a-z]?\d", f) and not bare_cell)) \
                    and "".join(re.findall(r"[A-Z][a-z]?\d*", f)) == f:
                return True
        return False

    def parse(self, text: str, *, allow_unknown: bool = False) -> SceneGraph:
        return parse_crystal(text, allow_unknown=allow_unknown)

    def denies_nothing_drawn(self, phrase: str) -> bool:
        """Whether an unread negated ``phrase`` ("never rusts", "doesn't dissolve") denies only a behaviour
        the cell figure never shows (``undrawn_properties`` of the grammar): listed as not drawn, it
        leaves nothing drawn that the text denies. Any other word in it (an element, a site) is not vouched for."""
        from ..parse.lemmas import lemma_table
        from ..pipeline import NEGATION
        props = {str(w) for w in _grammar().get("undrawn_properties", [])}
        lem = lemma_table()
        aux = {"do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "ever", "really",
               "even", "not", "it", "that", "this", "which"}
        words = [w for w in re.findall(r"[A-Za-z']+", phrase) if not NEGATION.fullmatch(w)]
        content = [w.lower() for w in words if w.lower() not in aux]
        if bool(content) and all(lem.get(w, w) in props or w.rstrip("s") in props or w.rstrip("es") in props
                                 or w.removesuffix("ed") in props for w in content):
            return True
        # "do not inhale", "never eat in the lab": a phrase none of whose words is a crystal's (the grammar's
        # words, an element, a formula) or names a part of the figure (labels, colours, axes) denies nothing drawn
        single = _vocab()[2] | {str(k).lower() for k in _grammar()["elements"]}
        return bool(content) and not any(
            w in single or lem.get(w, w) in single or w.rstrip("s") in single or w in _FIGURE_PARTS
            or lem.get(w, w) in _FIGURE_PARTS or w.rstrip("s") in _FIGURE_PARTS for w in content) \
            and not any(re.fullmatch(r"(?:[A-Z][a-z]?\d*)+", w) for w in words)

    def solve(self, scene: SceneGraph, *, seed: int = 0, attempt: int = 0, feedback: Verdict | None = None,
              timeout_s: float = 10.0) -> Layout:
        """Deterministic: ``seed``, ``attempt`` and ``feedback`` do not change an exact projection."""
        return solve_crystal(scene, timeout_s=timeout_s)

    def verify(self, png: bytes, scene: SceneGraph) -> Verdict:
        return verify_crystal(png, scene)

    def artifacts(self, layout: Layout, scene: SceneGraph) -> dict[str, bytes]:
        """``structure.cif``: the solved conventional cell, written by pymatgen's CifWriter (symmetrised)."""
        from pymatgen.io.cif import CifWriter
        st = crystal_geometry(scene).structure()
        return {"structure.cif": str(CifWriter(st, symprec=float(_data()["laws"]["symmetry"]["symprec"]))).encode()}


def _slater_radius(el: str) -> float:
    """The Slater (1964) empirical atomic radius of ``el`` in Å (pymatgen's ``Element.atomic_radius``); an
    ``UnsupportedError`` for the elements that table leaves out (noble gases, At, Fr, the transuranics beyond
    Am), whose minimum-distance law nesy therefore cannot state."""
    from pymatgen.core import Element
    r = Element(el).atomic_radius
    if r is None:
        from ..errors import UnsupportedError
        raise UnsupportedError(f"nesy has no cited atomic radius for {el} (Slater 1964 lists none), so it cannot "
                               "state the minimum-distance law for its crystal")
    return float(r)


def _display_radii(species: list[str]) -> dict[str, float]:
    """Drawn radius of each species (Å): the ion's Shannon (1976, Acta Cryst. A32, 751) *crystal* radius
    for six-fold coordination, the value pymatgen's ``Species.ionic_radius`` returns (Na⁺ 1.16, Cl⁻ 1.67,
    Cs⁺ 1.81 Å; the crystal radii are the effective ionic radii + 0.14 Å for a cation and − 0.14 Å for an
    anion, and Shannon found them closer to the physical size of the ions), when the composition has a
    charge-balanced guess of oxidation states (rock salt draws Cl⁻ larger than Na⁺, as it is; in CsCl the
    two are nearly alike); otherwise the Slater (1964) atomic radius (metals, covalent solids)."""
    from collections import Counter

    from pymatgen.core import Composition, Element, Species
    # ``species``: one entry per site of the cell, so the guess sees the formula (CaF2, SrTiO3); the elements
    # alone ("CaF", "OSrTi") have no charge-balanced guess, and F⁻ and O²⁻ had been drawn at Slater's small
    # atomic radii (0.50, 0.60 Å) beside Ca and Ti at theirs
    counts = Counter(species)
    out = {el: _slater_radius(el) for el in sorted(counts)}
    if len(counts) < 2:
        return out
    try:
        guesses = Composition(dict(counts)).oxi_state_guesses(max_sites=-1)
    except Exception:  # pymatgen raises several kinds here for exotic compositions
        return out
    if not guesses:
        return out
    for el, oxi in guesses[0].items():
        try:
            with warnings.catch_warnings():     # "No ionic radius for As3-!": none tabulated, Slater's kept
                warnings.simplefilter("ignore", UserWarning)
                r = Species(el, int(round(oxi))).ionic_radius
        except (ValueError, KeyError):
            r = None
        if r:
            out[el] = float(r)
    return out
