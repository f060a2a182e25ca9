"""Plane geometry (``nesy.geometry.v1``): a text describing a ruler-and-compass figure → an exact drawing.

parse: quantities (``7 cm``, ``40°``, ``AB = 5 cm``, ``angle C = 90°``, ``sides 3, 4 and 5 cm``) are read
by regular expressions, the words around them against ``grammars/geometry/grammar.yaml``: the main
figure (triangle, square, rectangle, regular n-gon, circle, segment), triangle kinds (right, isosceles,
equilateral, scalene; a triangle named by its angles, "30-60-90": ``geometry_special``), attached circles (incircle, circumcircle), tangents from a point, and the role
of every quantity (side, leg, base, hypotenuse, angle, included angle, radius, diagonal, distance …).

solve: construct what can be constructed, prove with Z3 what must be proved. Z3 (a fresh
``z3.Context`` per solve) is given linear real arithmetic only: the stated measures and the linear laws
of ``solvers/geometry.yaml`` (I.20 triangle inequality, I.32 angle sum, I.18–19 side–angle order, the
flags …) as tracked assertions. As soon as its model pins measures that fix the figure, the figure is
constructed in closed form (law of sines, II.12–13 law of cosines, I.47 Pythagoras, III.18 tangents,
regular polygons) and the construction returns to Z3 as a lemma tracked under its law, so an impossible
text still raises ``UnsatisfiableError`` with an unsat core in the user's phrases and the laws with
their sources — decided in milliseconds, never a nonlinear search. Measures the text leaves open are
fixed by defaults, withdrawn when they conflict. The constructed coordinates are drawn into a
``Layout`` (pixels, y down) in textbook style by ``geometry_draw``: black line work, small vertex dots
with their letters outside, right-angle squares, arcs with their values at stated angles, ticks on
equal sides, given lengths beside their sides; its stats name the construction and Z3's logic.

verify (``geometry_verify``): from the PNG pixels alone, by shape and position: every point is a
filled dot, named by the letter beside it (compared with the letter as nesy draws it); every side
length and angle against the scene's measures, every side, mark, arc and tick drawn, circles fitted to
their strokes (radius, incircle tangency, circumcircle through the vertices), tangency of tangents.
"""
from __future__ import annotations

import dataclasses
import functools
import itertools
import math
import re
import time
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Callable

import numpy as np

from ..errors import InputError, SolverTimeoutError, UnknownWordsError, UnsatisfiableError, UnsupportedError, NothingToDrawError
from ..registry import register
from .kit import DomainFiles, ExactRender
from ..parse.words import (common_words as _common_words, count_rx, norm as _norm, number_rx, number_value,
                           number_words_rx, numeral as _numeral, phrase_rx as _phrase_rx, read_count, surd_rx)
from ..types import (Entity, Label, Layout, Relation, SceneGraph, Span,
                     Verdict, _freeze)

__all__ = ["GeometryDomain", "parse_geometry", "solve_geometry", "plane_figure", "verify_geometry",
           "Figure"]

_files = DomainFiles("geometry")
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
        table.setdefault(_norm(p), (tag, val))
    for kind, ps in g["figures"].items():
        for p in ps:
            add(p, "FIG", kind)
    for p, n in g["polygons"].items():
        add(p, "NGON", int(n))
        add(p + "s", "NGON", int(n))
    for flag, ps in g["flags"].items():
        for p in ps:
            add(p, "FLAG", flag)
    for key in ("incircle", "circumcircle", "tangent"):
        for p in g[key]:
            add(p, key.upper(), None)
    for role, ps in g["roles"].items():
        for p in ps:
            add(p, "ROLE", role)
    for role, ps in g["post_roles"].items():
        for p in ps:
            add(p, "POST", role)
    keys = sorted(table, key=lambda k: (-len(k), k))
    rx = re.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(_phrase_rx(k) for k in keys) + r")(?![A-Za-z0-9])",
                    re.IGNORECASE)
    single = {w for k in table for w in k.split()} | {str(w).lower() for w in g["neutral"]}
    return rx, table, frozenset(single)


# ---------------------------------------------------------------------------------------------
# parse

_NUM = r"(?P<neg>[-−–](?=\d|\.\d))?(?P<num>" + number_rx() + r")"   # digits or words: "70", "seventy", "twenty-five"
_LEN_UNITS = {"cm": "cm", "mm": "mm", "m": "m", "unit": "units", "units": "units",
              "centimetre": "cm", "centimetres": "cm", "centimeter": "cm", "centimeters": "cm",
              "millimetre": "mm", "millimetres": "mm", "millimeter": "mm", "millimeters": "mm",
              "metre": "m", "metres": "m", "meter": "m", "meters": "m",
              "in": "in", "inch": "in", "inches": "in", '"': "in", "″": "in"}
from .geometry_units import LengthFactors as _LengthFactors
# any other length word pint reads ("miles", "ft", "km") is looked up on first use (geometry_units)
_TO_MM = _LengthFactors({"mm": 1.0, "cm": 10.0, "m": 1000.0, "units": 1.0, "in": 25.4})   # 1 in = 25.4 mm exactly (NIST SP 811)
# "in" is a unit only where no word follows it ("r = 2.5 in.", "sides 3 in, 4 in and 5 in") or a word no
# preposition "in" takes ("a circle of radius 1½ in with a square inscribed", "2 in long"): "3 in the plane" keeps its
# preposition
_UNIT_RX = (r"(?P<unit>°|º|degrees?|deg(?![a-z])|centimet(?:re|er)s?|millimet(?:re|er)s?|met(?:re|er)s?"
            r"|inch(?:es)?|in(?=\s*(?:[.,;:)]|(?:and|or|with|by|as|so|for|from|which|that|where|long|wide|high|tall|each|apart|"
            r"across)\b|$))|cm|mm|m|units?|(?<=\d)[\"″](?=\s|[.,;:)]|$))(?![A-Za-z])")
# ('1.5"', "2″": the inch mark against its number; one closing a quotation is no unit, see ``_qty_unit``)
# a sentence's full stop may follow a quantity ("… and AC = 5 cm."); a decimal point may not
# "49 cm²", "49 cm^2": a squared unit marks an area (geometry_measures)
# "10π cm", "25 pi cm²": a multiple of π (a circle's circumference or area, geometry_measures)
# "3√3 cm", "√32 cm", "3 root 3 cm", "the square root of 2 cm": a multiple of a square root (parse.words.surd_value)
# "49 square centimetres", "49 sq cm": the word before the unit marks an area as "²" after it does
_QTY_RE = re.compile(rf"(?<![\w.])(?P<root>(?:√|(?i:sqrt)(?![A-Za-z]))\s*(?:\(\s*)?(?=\d)|(?i:(?:the\s+)?square\s+root\s+of)\s+(?=\d))?"
                     rf"{_NUM}(?(root)(?:\s*\))?)(?P<surd>{surd_rx()})?(?P<pi>\s*(?:π|(?i:pi)(?![A-Za-z])))?(?:\s*(?P<sqw>(?i:square|sq\.?)\s*(?=[a-z]))?"
                     rf"{_UNIT_RX}(?P<sq>²|\^\s*2(?!\d|\.\d))?)?(?!\w|\.\d)")
# a word number with no unit is a measure only inside a list of them or right after a label ("angle A is sixty")
_LIST_NEXT_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|by\s+|x\s+|×\s*|&\s*)\s*" + number_rx() + r"(?![\w.])",
                           re.IGNORECASE)
_SEP_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|by\s+|x\s+|×\s*|&\s*)\s*$", re.IGNORECASE)
# the side count is read whole by the shared count reader ("-3-gon", "2.5-gon" are refused, not read as 3 and 5)
_NGON_RE = re.compile(r"(?<![\w.])(?:regular\s+)?(?P<n>" + count_rx() + r")[\s\-]*(?:gon|sided\s+(?:regular\s+)?"
                      r"polygon)(?![A-Za-z])|(?<![A-Za-z])(?:regular\s+)?polygon\s+with\s+(?P<n2>" + count_rx()
                      + r")\s+(?:equal\s+)?sides(?![A-Za-z])", re.IGNORECASE)
_SIDE_LAB_RE = re.compile(r"(?<![A-Za-z])(?:side\s+)?\|?(?P<p>[A-Z])(?P<q>[A-Z])\|?(?![A-Za-z])\s*"
                          r"(?:=|:|is|measures|measuring|of\s+length|has\s+length|of)?\s*"
                          r"(?=\d|" + number_words_rx() + ")")
_SIDE_APPOSED_RE = re.compile(r"(?<![A-Za-z])(?P<p>[A-Z])(?P<q>[A-Z])(?![A-Za-z])(?:\s+[a-z]+){1,5}\s*,\s*"
                              r"(?=\d+(?:[.,]\d+)?\s*(?:cm|mm|m|km|in|inches|ft|units?)\s+long\b)")
_POINT_FROM_RE = re.compile(r"(?<![A-Za-z])(?P<p>[A-Z])\s+(?:(?:is|lies|sits|stands)\s+)?(?:(?:straight|directly|right|"
                            r"vertically|exactly)\s+)?(?:above|below|under|over|to\s+the\s+(?:left|right)\s+of|"
                            r"left\s+of|right\s+of)\s+(?P<q>[A-Z])(?![A-Za-z])\s*,?\s*(?:at\s+|by\s+)?"
                            r"(?=\d+(?:[.,]\d+)?\s*(?:cm|mm|m|km|in|inches|ft|units?)\b)")
_ANG_LAB_RE = re.compile(r"(?<![A-Za-z])(?:[Aa]ngle|∠)\s*(?:at\s+)?(?:vertex\s+)?(?P<v>[A-Z]{1,3})(?![A-Za-z])\s*"
                         r"(?:=|:|is|of|measures|measuring)?\s*(?=\d|" + number_words_rx() + ")")
# a right angle said at a vertex: "right angle at A", "right-angled at B", "the angle at A is a right angle",
# "angle A is right", "∠A = a right angle" (the vertex's letter in capitals only: "at a" is no vertex)
_RIGHT_AT_RE = re.compile(
    r"(?<![A-Za-z])(?i:right[\s\-]+angle(?:d)?\s+at\s+(?:(?:the\s+)?vertex\s+|corner\s+)?)(?P<v>[A-Z])(?![A-Za-z])"
    r"|(?<![A-Za-z])(?i:(?:the\s+)?(?:interior\s+)?(?:angle|∠)\s*(?:at\s+)?(?:(?:the\s+)?vertex\s+|corner\s+)?)"
    r"(?P<v2>[A-Z])(?![A-Za-z])(?i:\s*(?:is|=|:|measures)\s*(?:a\s+|exactly\s+a\s+)?right(?:\s+angle)?)(?![\w\-])")
# two sides said perpendicular: "AB ⊥ AD", "AB is perpendicular to AD" — a right angle where they meet
_PERP_RE = re.compile(r"(?<![A-Za-z])(?P<s>[A-Z]{2})\s*(?:⊥|(?i:(?:is\s+|are\s+)?perpendicular\s+(?:to|with)))\s*"
                      r"(?P<t>[A-Z]{2})(?![A-Za-z])")
# the keyword in any case, the name in capitals only: "a square with side 4 cm" names no square "with"
_NAME_RE = re.compile(r"(?<![A-Za-z])(?i:triangle|square|rectangle|quadrilateral|segment|pentagon|hexagon|polygon|"
                      r"parallelogram|rhombus|rhomboid|trapezoid|trapezium|kite|deltoid|"
                      r"point|centre|center)\s+(?P<name>[A-Z]{1,12})(?![A-Za-z])")
_WORD_RE = re.compile(r"[A-Za-zÀ-ÿ]+(?:'[a-z]+)?")


@dataclass
class _Claim:
    tag: str
    value: Any
    start: int
    end: int
    text: str


def _claims(text: str, *, strict: bool) -> tuple[list[_Claim], list[tuple[str, int, int]], int]:
    """Read notation and vocabulary out of ``text``: the claims (sorted by position), the unknown
    words, and the number of content words."""
    claims: list[_Claim] = []
    used = np.zeros(len(text) + 1, dtype=bool)

    def free(s: int, e: int) -> bool:
        return not used[s:e].any()

    def take(tag: str, val: Any, s: int, e: int, mark: bool = True) -> None:
        claims.append(_Claim(tag, val, s, e, text[s:e]))
        if mark:
            used[s:e] = True

    for m in _NGON_RE.finditer(text):
        g = "n" if m.group("n") else "n2"
        n = read_count(m.group(g), m.start(g), what="polygon sides", maximum=10 ** 6)
        take("NGON", n, m.start(), m.end())
    from .geometry_regular import regular_polygons
    # "a regular polygon … twelve equal sides", "a regular polygon … 100° at every corner" (geometry_regular)
    reg, reg_counts = regular_polygons(text, free, _law, [(c.value, c.start, c.end) for c in claims if c.tag == "NGON"
                                                           and re.search(r"(?i)polygon", c.text)])
    for n, s_, e_ in reg:
        take("NGON", n, s_, e_)
    for s_, e_ in reg_counts:
        used[s_:e_] = True
    for m in _RIGHT_AT_RE.finditer(text):
        take("RIGHT_AT", m.group("v") or m.group("v2"), m.start(), m.end())
    for m in _PERP_RE.finditer(text):
        common = set(m.group("s")) & set(m.group("t"))
        if free(m.start(), m.end()) and len(common) == 1 and len(set(m.group("s") + m.group("t"))) == 3:
            take("RIGHT_PERP", common.pop(), m.start(), m.end())
    for m in _NAME_RE.finditer(text):   # names do not consume the text: "segment AB of length 6 cm"
        take("NAME", m.group("name"), m.start("name"), m.end(), mark=False)
    for m in re.finditer(r"(?<![A-Za-z])(?P<p>[A-Z]{2})\s*(?P<op>[+\-−–])\s*(?P<q>[A-Z]{2})\s*(?:=|is|equals|measures)?\s*"
                         r"(?=\d|" + number_words_rx() + ")", text):
        # "AB + AC = 13 cm", "AC − AB = 3.5 cm": a sum or difference of two sides (geometry_sums)
        if free(m.start(), m.end()):
            take("SIDE_SUM", (m.group("p"), "+" if m.group("op") == "+" else "-", m.group("q")), m.start(), m.end())
    for m in re.finditer(r"(?<![A-Za-z])[A-Z]{2}(?:\s*[+\-−–]\s*[A-Z]{2}){2,}\s*(?:=|is|equals|measures)?\s*(?=\d|"
                         + number_words_rx() + ")", text):
        # "AB + AC = 13 cm", "AC − AB = 3.5 cm": a sum or difference of sides is no side's length; read as
        # one it drew a wrong triangle and verified it — refused by name until it is constructed
        qm = _QTY_RE.match(text, m.end())
        end = qm.end() if qm else m.end()
        if strict:
            raise UnsupportedError(f"'{text[m.start():end]}' at {m.start()}-{end}: a sum or difference of sides is "
                                   "not drawn; give the sides themselves (or two sides and an angle)")
        take("SIDE_SUM", None, m.start(), m.end())
    for m in _SIDE_LAB_RE.finditer(text):
        if free(m.start(), m.end()) and m.group("p") != m.group("q"):
            take("SIDE_LAB", m.group("p") + m.group("q"), m.start(), m.end())
    for rx in (_SIDE_APPOSED_RE, _POINT_FROM_RE):
        # "PQ along the bottom, 12 cm long": the side's length set off after a few words about it; "R straight
        # above Q, 5 cm up": a point placed from another at a distance, the side between them
        for m in rx.finditer(text):
            if free(m.start(), m.end()) and m.group("p") != m.group("q"):
                take("SIDE_LAB", m.group("p") + m.group("q"), m.start(), m.end())
    from .geometry_symbols import angle_symbols, between_angles, side_symbols, triangle_vertices
    tri_names = triangle_vertices(text)
    if tri_names:
        # the textbook's symbols: "a = 8 cm" is BC, "B = 60°" the angle at B, "the angle C between them" C's
        # (geometry_symbols)
        for s0, e0, side in side_symbols(text, tri_names):
            if free(s0, e0):
                take("SIDE_LAB", side, s0, e0)
        for s0, e0, v in between_angles(text, tri_names) + angle_symbols(text, tri_names):
            if free(s0, e0):
                take("ANG_LAB", v, s0, e0)
    for m in _ANG_LAB_RE.finditer(text):
        if free(m.start(), m.end()):
            v = m.group("v")
            take("ANG_LAB", v[1] if len(v) == 3 else v[0] if len(v) == 1 else None, m.start(), m.end())
    from .geometry_special import angle_triples, aside_extent, ratio_triples
    for s0, e0, nums in angle_triples(text):   # "a 30-60-90 triangle": its three angles, in degrees
        if free(s0, e0):
            for num, a, b in nums:
                take("QTY", {"value": _qty_value(num), "unit": "deg", "num": num, "triple": True}, a, b, mark=False)
            x0, x1 = aside_extent(text, s0, e0)
            used[x0:x1] = True
    for s0, e0, _nums in ratio_triples(text):   # "(the classic 3-4-5 one)": the sides' ratio (geometry_ratio)
        if free(s0, e0):
            x0, x1 = aside_extent(text, s0, e0)
            used[x0:x1] = True
    # the textbook's symbols of a circle's measures, lower case before a number: "r = 2.5 in", "d = 8 cm"
    # (an upper-case R or D names a point)
    for m in re.finditer(r"(?<![\w.′'])(?P<sym>[rd])\s*=\s*(?=\d)", text):
        if free(m.start(), m.end()):
            take("ROLE", "radius" if m.group("sym") == "r" else "diameter", m.start(), m.start() + 1)
    for m in re.finditer(r"[△▵∆Δ](?=\s*[A-Z]{3}(?![A-Za-z]))", text):
        # "△ABC", "ΔPQR" (LaTeX \triangle ABC): the triangle sign (U+25B3) before three vertex letters names the
        # triangle, as geometry textbooks write it; the letters are read as the figure's name below
        if free(m.start(), m.end()):
            take("FIG", "triangle", m.start(), m.end())
    from .geometry_equations import equations
    for eq in equations(text):
        # "x^2 - 8x + y^2 = 0", "x = -5": coordinates and coefficients, no lengths (geometry_equations); a
        # variable equal to a length ("x = 5 cm") is a measure, read below
        from .geometry_units import unit_after
        if free(eq.start, eq.end) and not re.match(r"\s*(?:" + _UNIT_RX + r")", text[eq.end:]) \
                and unit_after(text, eq.end) is None:
            take("EQ", eq, eq.start, eq.end)
    from .geometry_equations import bounded_rectangle
    box_ = bounded_rectangle([c.value for c in claims if c.tag == "EQ"])
    if box_:
        # "(the region) bounded by the lines x = …": the rectangle's sides, drawn (geometry_equations)
        first = min(q.start for q in box_[1])
        bm = re.search(r"(?i)(?<![A-Za-z])(?:(?:the\s+)?region\s+)?bounded\s+by\s+(?:the\s+)?(?:(?:straight\s+)?lines?\s+)?$",
                       text[:first])
        if bm and free(bm.start(), first):
            used[bm.start():first] = True
    from .geometry_coords import coordinate_points
    pts_xy = coordinate_points(text)
    if len(pts_xy) >= 3:          # "A(0, 0), B(4, 0), C(0, 3)": coordinates, not lengths (geometry_coords)
        for nm, x_, y_, s0, e0 in pts_xy:
            take("POINT_XY", (nm, x_, y_), s0, e0)
    from .optics_formula import formulas
    for f in formulas(text):   # "=SQRT(20^2+21^2) returns 29": a spreadsheet cell's operands, no lengths
        if free(f.start, f.end):
            take("SHEET", f, f.start, f.end)
    from .geometry_prose import formula_spans
    for s0, e0 in formula_spans(text):      # "sin 30° = 1/2": what the figure shows, not a measure of it
        if free(s0, e0):
            take("FORMULA", None, s0, e0)
    from ..parse.scales import scale_values
    for s0, e0 in scale_values(text):     # "(soil pH 6.5)": a value on another scale, no length; its number is
        num_ = re.search(r"\d+(?:\.\d+)?", text[s0:e0])   # passed over, its words listed as not drawn
        if num_ and free(s0 + num_.start(), s0 + num_.end()):
            used[s0 + num_.start():s0 + num_.end()] = True
    from .geometry_tags import label_numbers
    for s0, e0 in label_numbers(text):    # "photo #3", "9 Down", "step 2": numbers that name, not measure
        if free(s0, e0):
            used[s0:e0] = True
    from ..parse.sexagesimal import dms_angles
    for a in dms_angles(text):     # "36°52′": one angle in degrees and minutes of arc, never 36° and a stray 52
        if free(a.start, a.end):
            take("QTY", {"value": a.degrees, "unit": "deg", "num": a.text, "shown": a.text, "sq": False, "pi": False},
                 a.start, a.end)
    for m in _QTY_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        unit = m.group("unit")
        if unit == '"':
            from ..parse.quantities import _quotes_closed
            if not _quotes_closed(text, m.start("unit")):
                continue      # 'label it "5"': the quotation mark closes, no inch
        if unit is not None:
            u = unit.lower()
            unit = "deg" if (u in ("°", "º") or u.startswith("deg")) else _LEN_UNITS[u]
        num = m.group("num")
        q_end, sq_other = m.end(), False
        if unit is None and not m.group("pi"):
            # "4 miles", "a 100-foot hallway": a length unit beyond mm, cm, m and inches (geometry_units)
            from .geometry_units import unit_after
            ua = unit_after(text, m.end())
            if ua is not None:
                unit, q_end, sq_other = ua
        if not num[0].isdigit() and unit is None and not (m.start() > 0 and used[m.start() - 1]) \
                and not _LIST_NEXT_RE.match(text, m.end()):
            continue    # "the two tangents": a count, not a measure; "seventy, sixty and eighty degrees" is one
        try:
            val = _qty_value(num)
        except InputError:
            if strict:
                raise InputError(f"'{m.group(0)}' at {m.start()}-{m.end()} is not a finite number that can be "
                                 "drawn") from None
            continue
        if m.group("neg"):
            if strict:
                raise InputError(f"a length or angle must be positive, got '{m.group(0)}' at "
                                 f"{m.start()}-{m.end()}")
            continue
        if m.group("root") and m.group("surd"):
            if strict:
                raise InputError(f"'{m.group(0)}' at {m.start()}-{m.end()}: a root of a root; write the length as "
                                 "k√n or in decimals")
            continue
        if m.group("root"):
            # "√32 cm", "sqrt(2) cm": the root of the number
            from ..parse.words import surd_value
            if val.denominator != 1:
                if strict:
                    raise InputError(f"'{m.group(0)}' at {m.start()}-{m.end()}: write the root of a whole number "
                                     "(k√n) or the length in decimals")
                continue
            num = "√" + _numeral(m.group("num"))
            val, _exact = surd_value(Fraction(1), int(val))
        elif m.group("surd"):
            # "3√3 cm": the number times √n (nesy.parse.words.surd_value); labelled as written
            from ..parse.words import surd_value
            val, _exact = surd_value(val, int(m.group("rad") or m.group("rad2")))
            num = _numeral(m.group("num")) + "√" + (m.group("rad") or m.group("rad2"))
        else:
            num = m.group("num")
        take("QTY", {"value": val, "unit": unit, "num": num, "sq": bool(m.group("sq") or m.group("sqw") or sq_other),
                     "pi": bool(m.group("pi"))}, m.start(), q_end)
    if strict:
        # "forty-nine square centimetres" with its number unread: refused by name, never a default drawn
        from ..parse.unread_units import unread_measures
        for w_, a_, b_ in unread_measures(text, used)[:1]:
            raise InputError(f"'{w_}' at {a_}-{b_}: a measure nesy could not read; write it as a number in digits "
                             f"and a unit in mm, cm, m or inches (e.g. '49 cm²', '1.5 cm')")
    rx, table, single = _vocab()
    from .geometry_objects import scale_requests, shape_objects
    for tag, val, s0, e0 in shape_objects(text, single, _common_words()):
        if free(s0, e0):       # "a triangular garden bed": the triangle, and the object it is
            take(tag, val, s0, e0)
    for s0, e0 in scale_requests(text):   # "Scale drawing of …": nesy's figures are drawn to scale
        if free(s0, e0):
            used[s0:e0] = True
    from .geometry_objects import title_objects
    fig_words = frozenset(k for k, (tag, _v) in table.items() if tag in ("FIG", "NGON") and " " not in k)
    for s0, e0 in title_objects(text, fig_words):   # "Quilting block template: a square …": what the figure is
        used[s0:e0] = True
    for m in re.finditer(r"(?i)(?<![A-Za-z])square(?=[\s\-]+(?:corners?|angles?|edges?|ends?)\b)[\s\-]+\w+", text):
        # "square corners", "square-edged": the adjective (at right angles), no square figure; a rectangle's or a
        # square's own corners are right, any other figure's are not read (parse: "SQUARE_CORNERS")
        if free(m.start(), m.end()):
            take("SQUARE_CORNERS", None, m.start(), m.end())
    for m in rx.finditer(text):
        if free(m.start(), m.end()):
            tag, val = table[_norm(m.group(0))]
            take(tag, val, m.start(), m.end())
    from .geometry_rightwords import right_scene
    kite_line = [c for c in claims if c.tag == "FIG" and c.value == "kite"]   # a kite on a string: no quadrilateral
    if not re.search(r"(?i)\bkite(?:'s)?\s+(?:string|line)\b|\bstrings?\b|\bfl(?:ies|ying|own)\b", text):
        kite_line = []
    wp = right_scene(text, [(c.start, c.end, c.value["unit"]) for c in claims if c.tag == "QTY"]) \
        if not any(c.tag in ("FIG", "NGON") and c.value != "triangle" and c not in kite_line for c in claims) else None
    if wp is not None:
        claims[:] = [c for c in claims if c not in kite_line]
        # "a 5 m ladder leans against a wall …": the right triangle of the word problem (geometry_rightwords)
        if not any(c.tag == "FIG" for c in claims):
            take("FIG", "triangle", wp.span[0], wp.span[1], mark=False)
        if not any(c.tag == "RIGHT_AT" for c in claims):
            take("RIGHT_AT", wp.base, wp.span[0], wp.span[1], mark=False)
        take("WP", wp, wp.span[0], wp.span[1], mark=False)
        for s0, e0 in wp.words:      # the scene's words are read: its sides, corners and setting
            used[s0:e0] = True
    from .geometry_tags import undrawn_diagonal
    for s0, e0 in undrawn_diagonal(text, [(c.tag, c.value, c.start, c.end) for c in claims]):
        # "the diagonal AC is 13 cm - don't draw it", "(no need to draw the diagonal)": measured, not drawn; a
        # figure word inside the request names what is not drawn, no measure of its own
        claims[:] = [c for c in claims if not (s0 <= c.start and c.end <= e0)]
        take("HIDE", "diagonal", s0, e0)
    common = _common_words()
    unknown: list[tuple[str, int, int]] = []
    n_content = 0
    for m in _WORD_RE.finditer(text):
        if used[m.start():m.end()].any():
            n_content += 1
            continue
        w = m.group(0)
        lw = w.lower()
        if lw in common:
            continue
        if re.fullmatch(r"[A-Z]{1,12}", w):   # point, side and figure names: P, AB, ABC
            continue
        n_content += 1
        if lw in single or (lw.endswith("s") and lw[:-1] in single):
            continue
        unknown.append((w, m.start(), m.end()))
    claims.sort(key=lambda c: (c.start, c.end))
    return claims, unknown, n_content


def _qty_value(num: str) -> Fraction:
    """The exact value of a quantity's number: digits exactly, other forms ("seventy", "1e3") through
    ``number_value``; ``InputError`` when it has no finite value."""
    try:
        if re.fullmatch(r"\d+(?:\.\d+)?", num):
            return Fraction(num)
        return Fraction(number_value(num))
    except (ValueError, ArithmeticError) as e:      # InputError is a ValueError; OverflowError for 1e999
        raise InputError(str(e)) from None


def _score(text: str) -> float:
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT_CHARS:
        return 0.0
    words = [w.lower() for w in _WORD_RE.findall(text)]
    g = _grammar()
    strong = {str(w) for w in g["strong"]}
    weak = {str(w) for w in g["weak"]}
    n_strong = sum(1 for w in words if w in strong) + len(_NGON_RE.findall(text))
    n_strong -= len(re.findall(r"(?i)\bsquare[\s\-]+waves?\b", text))      # a circuit's signal
    if "=" in text and re.search(r"[xy]", text):
        # "x^2 - 8x + y^2 = 0", "bounded by x = -5, x = 5, y = 0, y = -10": a circle or a rectangle given by its
        # equations (geometry_equations)
        from .geometry_equations import bounded_rectangle, equations
        eqs_ = equations(text)
        n_strong += sum(1 for q in eqs_ if q.kind == "circle") + (1 if bounded_rectangle(eqs_) else 0)
    if re.search(r"(?i)(?:tri|rect|circ|agon)[a-z]*ar\b|gonal\b", text):
        # "a triangular garden bed": an object named by its shape (never a solid, "a rectangular block")
        from .geometry_objects import shape_objects
        n_strong += len(shape_objects(text, _vocab()[2], _common_words()))
    if re.search(r"(?i)\bcircles?\b", text) and (re.search(r"(?i)\b(?:radius|diameter|circumference|area)\b", text) and (
            re.search(r"\d(?:\s*(?:π|pi))?\s*(?:cm|mm|m|units?|inch(?:es)?|centimet(?:re|er)s?|millimet(?:re|er)s?)(?![A-Za-z])", text)
            or re.search(r"(?i)\b(?:radius|diameter|circumference|area)\s*(?:of\s+|=\s*|is\s+)?\d", text))
            or re.search(r"(?<![\w.])[rd]\s*=\s*\d", text)):
        n_strong += 1      # "a circle of radius 3 cm", "… radius 3", "Circle, r = 2.5 in.": a ruler-and-compass circle
    # "a square, 3 inches on each side", "a regular hexagon, 4 cm per side": a figure and the length of each side
    n_strong += len(re.findall(r"(?i)\d(?:\.\d+)?\s*(?:cm|mm|m|in|inch(?:es)?|centimet(?:re|er)s?|millimet(?:re|er)s?)"
                               r"\s+(?:on\s+)?(?:per|each|every|a)\s+side(?![A-Za-z])", text))
    # a segment named by its two end points and given a length ("AB = 3 cm"): geometry's own notation
    n_strong += len(re.findall(r"(?<![\w])[A-Z]{2}\s*=\s*\d", text))
    from .geometry_symbols import side_symbols, triangle_vertices
    tri_names = triangle_vertices(text)
    if tri_names:     # "triangle PQR with p = 6 cm": a side in the textbook's symbol (geometry_symbols)
        try:
            n_strong += len(side_symbols(text, tri_names))
        except UnsupportedError:
            n_strong += 1
    from .geometry_rightwords import right_scene
    scene_ = right_scene(text, []) if re.search(r"(?i)\b(?:against|elevation|depression|kite)\b", text) else None
    if not n_strong and scene_ is None:
        return 0.0
    common = _common_words()
    content = [w for w in words if w not in common] or words
    hits = n_strong + sum(1 for w in words if w in weak)
    share = min(1.0, hits / max(len(content), 1))
    if scene_ is not None:
        # a ladder against a wall, a kite's string, an angle of elevation, with lengths and no masses or forces:
        # the right triangle of a word problem (geometry_rightwords), as clear a claim as the figure's own word
        # (registry.CHEAP_FULL)
        return max(share, 0.3)
    return share


@dataclass
class _Given:
    role: str                 # side | angle | leg | base | hypotenuse | … (see grammar roles)
    target: str | None        # "AB" for a named side, "C" for a named angle, None if unnamed
    value: Fraction           # in the figure's unit (lengths) or degrees (angles)
    unit: str                 # "deg" or the length unit as written
    text: str                 # the quantity as written ("7 cm")
    span: dict[str, Any]      # the whole phrase ("sides 3, 4 and 5 cm")
    own: dict[str, Any]       # the quantity alone ("5 cm")


def _sp(text: str, s: int, e: int) -> dict[str, Any]:
    return {"text": text[s:e], "start": s, "end": e}


# a measure whose own noun phrase is the circle's: "a circle whose area is …", "the circle's circumference",
# "a circle of area …", "the area of the circle"
_OF_CIRCLE_BEFORE = re.compile(r"(?i)\bcircles?(?:['’]s)?(?:\s+(?:whose|with|of|has|having|that|which|its|an?|the|"
                               r"has|is))*\s*$")
_OF_CIRCLE_AFTER = re.compile(r"(?i)^\s*(?:area|circumference)\s+of\s+(?:the|this|that|its)\s+(?:\w+\s+)?circle\b")


def _said_of_circle(text: str, start: int, end: int) -> bool:
    """Whether the area or circumference at ``text[start:end]`` is said of a circle, not of the figure."""
    head = re.match(r"(?i)\s*(?:the\s+|its\s+|an?\s+)?(?=area|circumference)", text[start:end])
    at = start + (head.end() if head else 0)
    return bool(_OF_CIRCLE_BEFORE.search(text[max(0, at - 60):at]) or _OF_CIRCLE_AFTER.match(text[at:]))


def parse_geometry(text: str, *, allow_unknown: bool = False) -> SceneGraph:
    """Parse a plane-geometry description into a ``SceneGraph`` (domain ``"geometry"``).

    ``attributes``: ``figure`` (triangle | square | rectangle | polygon | circle | segment), ``n``
    (number of vertices), ``flags`` (right/isosceles/equilateral/scalene → span), ``given`` (one dict
    per stated measure: role, target, value in the display unit or degrees, spans), ``incircle``,
    ``circumcircle``, ``tangents`` (spans or None), ``unit`` (the display unit), ``names``.
    Raises ``InputError`` for empty/oversized/binary text and non-positive measures,
    ``UnknownWordsError`` for words outside the grammar, ``UnsupportedError`` for figures not drawn.
    """
    from ..parse.grammar import check_text
    check_text(text)
    from .geometry_tags import spelt_names, upper_vertex_names
    text = spelt_names(text)            # "triangle a b c … hypotenuse a b" (dictated): "triangle abc", "hypotenuse ab"
    text = upper_vertex_names(text)     # "triangle abc … angle a … side ab": the names, as capitals (same length)
    claims, unknown, _ = _claims(text, strict=True)
    from .geometry_chord import asked_distance
    asked = asked_distance(text) if re.search(r"(?i)\bchords?\b", text) else None
    if asked:   # "How far is the chord from O?": the question is marked on the figure, its words are read
        unknown = [u for u in unknown if not (asked["start"] <= u[1] < asked["end"])]
    from .geometry_prose import check_formula
    formulas = []
    for c in [c for c in claims if c.tag == "FORMULA"]:
        ok = check_formula(c.text)
        if ok is None:           # a relation or ratio nesy does not check: reported as not drawn
            unknown.append((c.text, c.start, c.end))
        elif not ok:
            raise InputError(f"'{c.text}' at {c.start}-{c.end} is false: the figure cannot illustrate it")
        else:                    # a true trigonometric value: recorded with the figure
            formulas.append(_sp(text, c.start, c.end))
    from .geometry_names import name_phrases
    for _l, a_, b_, _x in name_phrases(text):     # "call the corners K, L, M and N": read (geometry_names)
        unknown = [u for u in unknown if not (a_ <= u[1] < b_)]
    from .geometry_quad_parse import misspelt_quads
    for w, a, b, kind in misspelt_quads(unknown):     # "paralellogram", "trapezuim": the figure, read
        claims.append(_Claim("FIG", kind, a, b, w))
        unknown = [u for u in unknown if u[1] != a]
    claims.sort(key=lambda c: (c.start, c.end))
    if unknown and not allow_unknown:
        raise UnknownWordsError(unknown, text)
    data = _data()

    # the main figure: triangle > polygon > circle > segment
    figs = [c for c in claims if c.tag in ("FIG", "NGON")]
    kinds = []
    for c in figs:
        if c.tag == "NGON":
            kinds.append(("polygon", int(c.value), c))
        elif c.value == "triangle":
            kinds.append(("triangle", 3, c))
        elif c.value in ("square", "rectangle", "parallelogram", "rhombus", "trapezoid", "kite"):
            kinds.append((c.value, 4, c))
        else:
            kinds.append((c.value, 0, c))
    incs = [c for c in claims if c.tag == "INCIRCLE"]
    circs = [c for c in claims if c.tag == "CIRCUMCIRCLE"]
    tans = [c for c in claims if c.tag == "TANGENT"]
    flags = {c.value: _sp(text, c.start, c.end) for c in claims if c.tag == "FLAG"}
    rank = {"triangle": 0, "square": 1, "rectangle": 1, "polygon": 1, "parallelogram": 1, "rhombus": 1,
            "trapezoid": 1, "kite": 1, "circle": 2, "segment": 3}
    # figures given by their equations (geometry_equations): four axis-parallel lines bound a rectangle, an
    # equation of a circle is a circle, when no figure word names the figure itself
    from .geometry_equations import bounded_rectangle
    eqs = [c for c in claims if c.tag == "EQ"]
    box = bounded_rectangle([c.value for c in eqs])
    eq_circles = [c for c in eqs if c.value.kind == "circle"]
    if not kinds and box:
        kinds.append(("rectangle", 4, next(c for c in eqs if c.value is box[1][0])))
    if not kinds and eq_circles:
        kinds.append(("circle", 0, eq_circles[0]))
    if not kinds and flags and any(f in flags for f in ("isosceles", "equilateral", "scalene")):
        c = next(c for c in claims if c.tag == "FLAG")
        kinds.append(("triangle", 3, c))
    if not kinds:
        if incs or circs:
            raise InputError("an inscribed or circumscribed circle needs a figure to belong to, e.g. "
                             "'a triangle with sides 3, 4 and 5 cm and its incircle'")
        from .geometry_unnamed import unnamed_figures
        named = unnamed_figures(text)
        if named:
            # "Rhombus ABCD …", "a paralellogram …": say which figure was named and that nesy does not draw it
            w, a, b, fig_ = named[0]
            as_ = "" if w.lower() in (fig_, fig_ + "s") else f" (read as '{fig_}')"
            art = "an" if fig_[0] in "aeiou" else "a"
            raise UnsupportedError(f"'{w}' at {a}-{b}{as_}: {art} {fig_} is not a figure nesy draws; it draws triangles, "
                                   "squares, rectangles, parallelograms, rhombi, trapezoids, kites, regular "
                                   "polygons, circles and line segments")
        raise NothingToDrawError("the text names no figure: name one, e.g. 'a triangle with sides 3, 4 and 5 cm', "
                         "'a regular hexagon with side 2 cm', 'a circle of radius 3 cm'")
    top = min(kinds, key=lambda k: (rank[k[0]], k[2].start))
    others = {k for k, _, _ in kinds if rank[k] == rank[top[0]]} - {top[0]}
    if top[0] == "polygon":
        ns = {n for k, n, _ in kinds if k == "polygon"}
        if len(ns) > 1:
            raise UnsupportedError("one figure per drawing: the text names polygons with " +
                                   " and ".join(str(n) for n in sorted(ns)) + " sides")
    if others - {"square", "rectangle"} or (top[0] in ("square", "rectangle") and "polygon" in others):
        raise UnsupportedError("one main figure per drawing: the text names " +
                               ", ".join(sorted({top[0]} | others)))
    figure, n, fc = top
    if figure == "rectangle" and "square" in others:
        figure = "square"
    for c in claims:
        if c.tag == "SQUARE_CORNERS" and figure not in ("square", "rectangle"):
            unknown.append((c.text, c.start, c.end))   # right angles at corners of a figure whose angles are read
    if figure == "polygon":
        if n < 3:
            raise InputError(f"a polygon needs at least 3 sides, got {n} ('{fc.text}' at {fc.start}-{fc.end})")
        if n == 3:
            figure = "triangle"
        elif n > int(data["max_polygon_sides"]):
            raise UnsupportedError(f"regular polygons are drawn with at most {data['max_polygon_sides']} sides, "
                                   f"got {n} ('{fc.text}')")
    if figure == "trapezoid" and not set(flags) - {"isosceles", "right"}:
        pass       # an isosceles or a right trapezoid (geometry_quad)
    elif figure != "triangle" and any(f in flags for f in ("isosceles", "equilateral", "scalene", "right")):
        if "right" not in flags or set(flags) - {"right"}:
            raise UnsupportedError(f"'{', '.join(flags)}' describes a triangle, not a {figure}")
        rf = flags.pop("right")
        if figure not in ("square", "rectangle") and (
                re.match(r"(?i)right[\s\-]+angled", rf["text"]) or
                re.match(r"(?i)[\s\-]+(?:[A-Z]{3,}\s+)?(?:kite|deltoid|rhombus|rhomboid|parallelogram|[a-z]*gon|polygon)\b",
                         text[rf["end"]:])):
            # "a right kite", "a right-angled parallelogram": a right angle somewhere, never silently dropped
            raise UnsupportedError(f"'{rf['text']}' at {rf['start']}-{rf['end']}: say at which vertex the {figure}'s "
                                   "right angle is (e.g. 'a right angle at A')")
    if figure == "circle" and (incs or circs):
        raise UnsupportedError("an inscribed or circumscribed circle needs a polygon to belong to")
    if figure in ("segment",) and (incs or circs or tans):
        raise UnsupportedError("a segment has no inscribed circle or tangents")
    if tans and figure != "circle":
        raise UnsupportedError("tangent lines are drawn to a circle, e.g. 'a circle of radius 3 cm and the "
                               "two tangents from a point P 7 cm from its centre'")

    # the roles of the quantities: the nearest role word before (or post-word after) a quantity group
    given: list[_Given] = []
    markers = [c for c in claims if c.tag in ("ROLE", "SIDE_LAB", "SIDE_SUM", "ANG_LAB", "INCIRCLE", "CIRCUMCIRCLE",
                                              "TANGENT", "FIG", "NGON")]
    qtys = [c for c in claims if c.tag == "QTY"]
    groups: list[list[_Claim]] = []
    for q in qtys:
        if q.value.get("triple"):   # "30-60-90 triangle": the angles of the triangle, one group
            if groups and groups[-1][-1].value.get("triple") and q.start - groups[-1][-1].end <= 3:
                groups[-1].append(q)
            else:
                groups.append([q])
            continue
        if groups and not groups[-1][-1].value.get("triple"):
            prev = groups[-1][-1]
            gap = text[prev.end:q.start]
            if _SEP_RE.fullmatch(gap) or gap == "" or re.fullmatch(r"\s*,?\s*(?:and\s+)?", gap):
                pu, qu = prev.value["unit"], q.value["unit"]
                if not ((pu == "deg") != (qu == "deg") and pu is not None and qu is not None):
                    groups[-1].append(q)
                    continue
        groups.append([q])
    names = [c for c in claims if c.tag == "NAME"]
    point_name = next((c.value for c in names if re.match(r"(?i)point", text[max(0, c.start - 6):c.start].strip())
                       and len(c.value) == 1), "P")
    centre_name = next((c.value for c in names if re.match(r"(?i)cent", text[max(0, c.start - 7):c.start].strip())
                        and len(c.value) == 1), "O")
    posts = [c for c in claims if c.tag == "POST"]
    height_ref, g0_prev_end = None, -100
    lines_left: list[dict[str, Any]] = []     # values of lines nesy does not draw ("the median … is 4 cm")
    wp_roles = next((c.value.roles for c in claims if c.tag == "WP"), {})
    for grp in groups:
        unit = next((q.value["unit"] for q in reversed(grp) if q.value["unit"]), None)
        g0, g1 = grp[0].start, grp[-1].end
        prev_m = [m for m in markers if m.end <= g0]
        role, target, ctx = None, None, None
        mk = prev_m[-1] if prev_m else None
        if grp[0].value.get("triple"):
            mk = None     # "hypotenuse 10 cm (a 30-60-90 triangle)": the triangle's angles, no role word's
        if mk is not None and mk.tag in ("FIG", "NGON") and len(prev_m) >= 2 and prev_m[-2].tag == "ROLE" \
                and prev_m[-2].value in ("perimeter", "area") \
                and re.fullmatch(r"(?i)\s*(?:of\s+)?(?:(?:the|a|an|this|that|my|its)\s+)?(?:regular\s+|equilateral\s+)?",
                                 text[prev_m[-2].end:mk.start]):
            mk = prev_m[-2]      # "the perimeter of a regular pentagon is 25 cm": the measure, not the figure
        seg_of = None
        if mk is not None and mk.tag in ("FIG", "NGON") and len(prev_m) >= 2 and prev_m[-2].tag == "ROLE" \
                and prev_m[-2].value not in ("perimeter", "area", "length"):
            # "the diagonal AC of square ABCD is 10√2 cm", "the altitude of triangle ABC from A is 4 cm": the
            # role word's value, across the figure it belongs to (geometry_of_figure)
            from .geometry_of_figure import role_of_figure
            gov, seg_of = role_of_figure(text, prev_m[-2].start, prev_m[-2].end, mk.start, mk.end, g0)
            if gov:
                mk = prev_m[-2]
        post = next((p for p in posts if 0 <= p.start - g1 <= 3), None)
        if post is None and figure == "circle":
            # "Q lies 13 cm from C" where C is the named centre: the point's distance (geometry_tangent)
            from .geometry_tangent import from_centre
            fc_ = from_centre(text, g1, centre_name)
            if fc_ is not None:
                post = _Claim("POST", "distance", fc_[0], fc_[1], text[fc_[0]:fc_[1]])
        from .geometry_chord import CHORD_AFTER_RX
        ch = CHORD_AFTER_RX.match(text, g1)
        if ch and post is None:      # "a 6 cm chord": the chord's length (geometry_chord)
            role, span = "chord", _sp(text, g0, ch.end())
        if post is not None:
            role = post.value
            span = _sp(text, g0, post.end)
            if role == "length":
                role = None
        wp_role = wp_roles.get(g0) if len(grp) == 1 else None
        if wp_role is not None:
            # a ladder's, a wall's, the ground's length, the angle with the ground (geometry_rightwords)
            role, target = wp_role
            span = _sp(text, g0, post.end if post is not None else g1)
        if mk is not None and mk.tag in ("SIDE_LAB", "ANG_LAB") and any(
                mk.end <= gg[0].start and gg[-1].end <= g0 for gg in groups if gg is not grp):
            mk = None     # "AC = 6 cm and the median from A is 4 cm": a label names the value right after it only
        if mk is not None and role is None and not ch:
            between = text[mk.end:g0]
            if len(between) <= 40 and not re.search(r"[.;]", between):
                if mk.tag == "ROLE":
                    role = mk.value
                    hm = prev_m[-2] if len(prev_m) >= 2 else None
                    hb = re.fullmatch(r"(?i)\s*(?:to|onto|on|upon)\s+(?:the\s+|its\s+)?(?P<adj>longer|shorter|longest|"
                                      r"shortest)?\s*", text[hm.end:mk.start]) if hm is not None else None
                    if hb and role in ("base", "side", "hypotenuse") and hm.tag == "ROLE" and hm.value == "height":
                        # "the altitude to the base 12 cm", "the height to the hypotenuse 4.8 cm", "the height to
                        # the longer side 3 cm": the height's value; the word after "to" names its base
                        target = "hyp" if role == "hypotenuse" else (hb.group("adj") or "").lower() or None
                        role = "height"
                        mk = hm
                    if seg_of and role in ("side", "diagonal", "hypotenuse", "leg", "base"):
                        # "the diagonal AC of square ABCD": the segment the role word names
                        role, target = ("diagonal" if role == "diagonal" else "side"), seg_of
                    if role == "height" and figure not in ("rectangle", "square"):   # "altitude from A", "height to BC"
                        from .geometry_altitude import target_of
                        target = target or target_of(between)
                    if role == "length":   # "sides of length 3, 4, 5": the role word before "length"
                        pm = [m for m in prev_m[:-1] if m.tag == "ROLE" and mk.start - m.end <= 12]
                        role = pm[-1].value if pm else None
                elif mk.tag == "SIDE_SUM":
                    p_, op_, q_ = mk.value
                    if figure != "triangle":
                        raise UnsupportedError(f"'{text[mk.start:g1]}' at {mk.start}-{g1}: a sum or difference of "
                                               "sides is drawn for a triangle only")
                    role, target = ("side_sum" if op_ == "+" else "side_diff"), p_ + q_
                elif mk.tag == "SIDE_LAB":
                    role, target = "side", mk.value
                    hm = prev_m[-2] if len(prev_m) >= 2 else None
                    if hm is not None and hm.tag == "ROLE" and hm.value == "diagonal" and not text[hm.end:mk.start].strip():
                        role = "diagonal"    # "the diagonal AC = 10 cm": a diagonal by its word, checked by its name
                    if hm is not None and hm.tag == "ROLE" and hm.value == "height" and \
                            re.fullmatch(r"(?i)\s*(?:(?:drawn|dropped)\s+)?(?:(?:from|at)\s+(?:vertex\s+)?[A-Z]\s+)?"
                                         r"(?:to|onto|on|upon)\s+(?:the\s+)?(?:side\s+)?", text[hm.end:mk.start]):
                        role = "height"      # "the height to BC is 4 cm": BC is the base, not 4 cm long
                        mk = hm
                elif mk.tag == "ANG_LAB":
                    role, target = "angle", mk.value
                span = _sp(text, mk.start, g1)
        if role == "height" and len(grp) == 1 and re.match(r"(?i)\s*(?:long\s+)?(?:side|base|edge)\b", text[g1:]) \
                and re.search(r"(?i)\b(?:to|onto|on|upon)\s+(?:the\s+)?$", text[mk.end:g0]):
            # "the height to the 8 cm side is 5 cm": 8 cm names the side; the height's value follows
            height_ref = (grp[0].value["value"], mk)
            g0_prev_end = g1
            continue
        if height_ref is not None and mk is not None and mk.tag == "ROLE" and mk.value == "side" \
                and 0 <= mk.start - g0_prev_end <= 12:
            role, target = "height", f"len:{height_ref[0]}"
            span = _sp(text, height_ref[1].start, g1)
            height_ref = None
        g0_prev_end = g1
        if role is None and not ch and wp_role is None and (post is None or post.value == "length") \
                and (grp[0].value["unit"] or unit) != "deg":   # a line's length only ("the tile … is 60° not 45°")
            # "the median AM of triangle ABC is 4 cm": the value of a line nesy does not draw, never a side's
            # (geometry_of_figure); reported as not drawn with its position
            from .geometry_of_figure import unread_subject
            lo_ = max([0] + [m_.end() for m_ in re.finditer(r"[.;:!?\n]", text[:g0])]
                      + [gg[-1].end for gg in groups if gg[-1].end <= g0])
            us_ = unread_subject(text, lo_, g0, unknown)
            if us_ is not None:
                e_ = post.end if post is not None else g1
                # the line's name and its value are what is left out; the figure's words between them are read
                us_, ne_ = us_
                unknown = [u for u in unknown if not (us_ <= u[1] < ne_)] + [(text[us_:ne_], us_, ne_),
                                                                             (text[g0:e_], g0, e_)]
                lines_left.append(_sp(text, us_, e_))
                continue
        if len(grp) == 1 and (target is None or role == "angle") and not ch and wp_role is None \
                and figure not in ("circle", "segment") \
                and (grp[0].value["unit"] or unit) not in ("deg", None) and not grp[0].value.get("sq") \
                and (role in (None, "side") or (role == "angle" and mk is not None)):
            # "the side AB between them is 8 cm", "AB, the side joining them, = 8 cm", "AB has a length of 8 cm":
            # the letters in the phrase name the side (geometry_included)
            from .geometry_included import named_side
            lo = max([0] + [m_.end() for m_ in re.finditer(r"[.;:!?\n]", text[:g0])]
                     + [gg[-1].end for gg in groups if gg[-1].end <= g0])
            if role == "angle":
                lo = max(lo, mk.end)      # "angle B = 60° and AB, which is 8 cm long": AB's, not the angle's
            lab = named_side(text, lo, g0, [x.target for x in given if x.role == "angle" and x.target],
                             role_at=mk.start if mk is not None and mk.tag == "ROLE" and role == "side" else None)
            if lab is not None:
                a_ = text.rfind(lab, lo, g0)
                if a_ < 0 or (mk is not None and mk.tag == "ROLE" and mk.start >= lo):
                    a_ = min(x_ for x_ in (a_, mk.start if mk is not None else a_) if x_ >= 0)
                role, target, span = "side", lab, _sp(text, a_, g1)
        if role is None and not ch:
            span = _sp(text, g0, g1) if post is None else span
        said_length = (post is not None and post.value == "length") or (
            mk is not None and mk.tag == "ROLE" and mk.value == "length" and len(text[mk.end:g0]) <= 40)
        if role is None and figure == "circle" and said_length:
            # "a circle of radius 4 cm with a chord of length 6 cm": a circle has no length; the value is
            # of the thing before "length" — a tangent's, or something nesy does not draw (left unread,
            # so it is reported as not drawn), never a second radius (a false impossibility)
            tan = [c for c in claims if c.tag == "TANGENT" and 0 <= g0 - c.end <= 40]
            if not tan:
                a = mk.start if mk is not None and mk.tag == "ROLE" else g0
                unknown.append((text[a:g1], a, g1))
                continue
            role = "tangent_length"
        # "radius" of which circle: the last circle-like word before the quantity
        if role in ("radius", "diameter"):
            circ = [m for m in prev_m if m.tag in ("INCIRCLE", "CIRCUMCIRCLE", "FIG", "NGON")]
            if circ and circ[-1].tag == "INCIRCLE":
                ctx = "in"
            elif circ and circ[-1].tag == "CIRCUMCIRCLE":
                ctx = "circum"
            elif circ and circ[-1].tag == "FIG" and circ[-1].value == "circle" and figure != "circle":
                # "a circle of radius 5 cm … inscribe a square in it": the polygon's own circle (geometry_inscribed)
                from .geometry_inscribed import circle_role
                ctx = circle_role(text)
        for q in grp:
            u = q.value["unit"] or unit
            r = role
            if r is None:
                r = "angle" if u == "deg" else None
            if r in ("angle", "included_angle", "apex_angle", "base_angle", "interior_angle", "acute_angle",
                     "obtuse_angle"):
                if u not in ("deg", None):
                    raise InputError(f"an angle must be in degrees, got '{q.text}' at {q.start}-{q.end}")
                u = "deg"
            elif u == "deg" and (ang := next((m for m in reversed(prev_m) if m.tag == "ROLE" and "angle" in m.value
                                              and g0 - m.end <= 40 and not re.search(r"[.;]", text[m.end:g0])), None)):
                # "the angle between the two short sides is 90°": the angle's value, not a side's
                r, u = ang.value, "deg"
            elif u == "deg":
                raise InputError(f"'{q.text}' at {q.start}-{q.end} is an angle where a length "
                                 f"({r or 'side'}) is expected")
            if q.value.get("sq"):
                r = "area"           # "49 cm²": an area, never a side (geometry_measures)
            if r is None:
                r = {"circle": "radius", "segment": "length"}.get(figure, "side")
            if r == "radius" and ctx:
                r = "inradius" if ctx == "in" else "circumradius"
            if r == "diameter" and ctx:
                r = "in_diameter" if ctx == "in" else "circum_diameter"
            if q.value["value"] <= 0:
                raise InputError(f"a length or angle must be positive, got '{q.text}' at {q.start}-{q.end}")
            if u == "deg" and q.value["value"] >= 360:
                raise InputError(f"an angle must be below 360°, got '{q.text}' at {q.start}-{q.end}")
            _check_magnitude(q.value["value"], u or "units", _sp(text, q.start, q.end))
            pi = bool(q.value.get("pi"))
            if pi and u == "deg":
                raise InputError(f"'{q.text}' at {q.start}-{q.end}: an angle in degrees is not a multiple of π")
            given.append(_Given(r, target, q.value["value"], u or "units",
                                q.value.get("shown") or
                                f"{_numeral(q.value['num'])}{'π' if pi else ''}{'°' if u == 'deg' else ' ' + (u or 'units')}",
                                span, _sp(text, q.start, q.end)))
            given[-1].triple = bool(q.value.get("triple"))
            given[-1].pi = pi
    from .geometry_prose import chained_sides, each_sides
    for labs, at in chained_sides(text):      # "AB = AD = 5 cm": each side of the chain has the value
        src = next((x for x in given if x.target and x.span["start"] == at and x.role == "side"), None)
        for lab in labs if src is not None else []:
            given.append(dataclasses.replace(src, target=lab))
            given[-1].triple = False
    for labs, at in each_sides(text):         # "PQ and PR are each 8 cm": every side named has the value
        src = next((x for x in given if x.target is None and at in (x.span["start"], x.own["start"])
                    and x.role in ("side", "length")), None)
        if src is not None:
            given.remove(src)
            for lab in labs:
                given.append(dataclasses.replace(src, target=lab, role="side"))
                given[-1].triple = False
    # "a perimeter of 18 cm", "area 49 cm²": the side of an equal-sided figure (geometry_measures)
    for x in given:
        if x.role == "perimeter" and figure == "triangle" and "equilateral" not in flags and \
                any(y.role not in ("perimeter", "area") for y in given):
            continue     # with another measure, a + b + c is a linear measure of its own (geometry_sums)
        if x.role in ("perimeter", "area") and figure == "rectangle":
            # "a rectangle of area 24 cm² with one side 4 cm": the other side, A / a (geometry_measures)
            from .geometry_measures import rectangle_side
            rectangle_side(x, given, _TO_MM)
            continue
        if x.role in ("area", "circumference") and figure != "circle" and (incs or circs) \
                and _said_of_circle(text, x.span["start"], x.span["end"]):
            # "square ABCD is inscribed in a circle whose area is 50π cm²": the circle's radius (r = √(A/π)), the
            # circumradius (or inradius) of the figure — never the figure's own area
            from .geometry_measures import as_side
            as_side(x, "circle", n, flags)
            x.role = "circumradius" if circs else "inradius"
            x.pi = False
            continue
        if x.role in ("perimeter", "area", "circumference"):
            from .geometry_measures import as_side
            as_side(x, figure, n, flags)
            x.pi = False
    for x in given:
        if getattr(x, "pi", False):   # "a side of 2π cm": the length, its label as written
            x.value = x.value * Fraction(math.pi).limit_denominator(10 ** 9)
    # a stated in-/circumradius or tangent length draws its circle or tangents
    for x in given:
        if x.role in ("inradius", "in_diameter") and not incs:
            incs = [_Claim("INCIRCLE", None, x.span["start"], x.span["end"], x.span["text"])]
        if x.role in ("circumradius", "circum_diameter") and not circs:
            circs = [_Claim("CIRCUMCIRCLE", None, x.span["start"], x.span["end"], x.span["text"])]
        if x.role == "tangent_length" and not tans:
            tans = [_Claim("TANGENT", None, x.span["start"], x.span["end"], x.span["text"])]
    from .geometry_quoted import restated_in_quote
    again = restated_in_quote(text, given)     # "'… legs 5 and 12 …?' … AC = 5 cm, BC = 12 cm": said again
    given = [x for x in given if not any(x is y for y in again)]
    from .optics_formula import unread_formula
    odd = unread_formula([c.value for c in claims if c.tag == "SHEET"],
                         [float(m.group(0)) for x in given for m in [re.search(r"\d+(?:\.\d+)?", x.text)] if m])
    if odd is not None:
        # a length given only by a calculation is never drawn at another value (optics_formula)
        raise InputError(f"'{odd.text}' at {odd.start}-{odd.end}: a spreadsheet formula whose value the text states "
                         "nowhere with a unit; write the value it gives with its unit (e.g. 'AB = 29 mm')")
    length_units = [x.unit for x in given if x.unit != "deg"]
    disp = length_units[0] if length_units else "units"
    if "units" in length_units and any(u not in ("units",) for u in length_units):
        units = [x for x in given if x.unit == "units"]
        where = ", ".join(f"'{x.own['text']}' at {x.own['start']}-{x.own['end']}" for x in units)
        physical = ", ".join(sorted(set(length_units) - {"units"}))
        if all(re.search(r"(?i)units?\b", x.own["text"]) for x in units):   # "4 units": written so
            raise InputError(f"{where}: the text mixes 'units' with physical lengths ({physical}); use one kind")
        # a bare number is read as 'units' only where no length has a unit: here it is a length left without one
        raise InputError(f"{where}: a number without a unit beside lengths in {physical}; give every length its unit")
    for x in given:
        if x.unit != "deg":
            x.value = x.value * Fraction(_TO_MM[x.unit]).limit_denominator() / Fraction(_TO_MM[disp]).limit_denominator()
    from .geometry_ratio import check_ratios
    from .geometry_special import ratio_triples
    check_ratios(ratio_triples(text), given, figure, flags, text, _law,
                 lambda *a: _Given(*a))   # "legs 3 cm and 4 cm (a 3-4-5 triangle)": checked, or the sides
    contacts: list[str] = []
    if figure == "circle" and tans:
        # "OP = 5 cm", "find PT", "OT = 3": with tangents, a named segment is the point's distance, a
        # tangent's length or a radius, known by its letters (geometry_tangent)
        from .geometry_tangent import contact_names, segment_role
        contacts = contact_names(text, centre_name, point_name)
        for x in given:
            if x.role == "side" and x.target:
                x.role = segment_role(x.target, centre_name, point_name, contacts) or x.role
    if figure == "circle":
        # "a chord AB of length 6 cm", "AB = 6 cm": a named length of a circle is a chord (geometry_chord)
        for x in given:
            if x.role == "side" and x.target:
                x.role = "chord"
        targets = {x.target for x in given if x.role == "chord" and x.target}
        chords = [x for x in given if x.role == "chord"]
        if len(targets) > 1 or len(chords) > 1:
            x = chords[1]
            raise UnsupportedError(f"'{x.span['text']}' at {x.span['start']}-{x.span['end']}: one chord per circle is "
                                   "drawn (its two ends on the circle, from the radius and the chord's length)")
    nverts = {"triangle": 3, "square": 4, "rectangle": 4, "polygon": n, "segment": 2, "circle": 0}.get(figure, 4)
    vnames = [chr(ord("A") + i) for i in range(nverts)]
    wp_ = next((c.value for c in claims if c.tag == "WP"), None)
    if wp_ is not None and figure == "triangle":
        vnames = [wp_.foot, wp_.base, wp_.top]     # the corners as the word problem names them (geometry_rightwords)
    fig_name = next((c.value for c in names if len(c.value) == nverts and nverts >= 2
                     and len(set(c.value)) == nverts), None)
    if figure != "circle":
        # "Label it WXYZ.", "call the corners K, L, M and N": the names the words give (geometry_names)
        from .geometry_names import stated_names
        fig_name = stated_names(text, nverts, fig_name)[0] or fig_name
    if not fig_name and figure != "circle" and nverts >= 3:
        # "a triangular chamber, PQR. Two walls, PQ and PR, …": the figure's vertex name written apart from its
        # keyword, known by a side of it the text names too
        from .geometry_prose import vertex_name
        fig_name = vertex_name(text, nverts)
    if fig_name:
        vnames = list(fig_name)
    chord = next((x for x in given if x.role == "chord"), None) if figure == "circle" else None
    if chord is not None:
        vnames = list(chord.target) if chord.target and len(set(chord.target)) == 2 else ["A", "B"]
        if chord.target and len(set(chord.target)) != 2:
            raise InputError(f"'{chord.span['text']}' at {chord.span['start']}-{chord.span['end']}: a chord joins "
                             "two different points")
        nverts = 2
        if not chord.target:
            chord.target = "".join(vnames)
    xy = [c for c in claims if c.tag == "POINT_XY"]
    if xy and figure == "triangle" and len(xy) == 3:
        # each side the distance of its ends (I.47); the figure is placed at the points (geometry_coords)
        names_xy = [c.value[0] for c in xy]
        if all(names_xy) and len(set(names_xy)) == 3:
            vnames = names_xy if set(names_xy) != set(vnames) else vnames
        coords = {vnames[i]: [float(xy[i].value[1]), float(xy[i].value[2])] for i in range(3)} if not all(names_xy) \
            else {c.value[0]: [float(c.value[1]), float(c.value[2])] for c in xy}
        for i in range(3):
            p_, q_ = vnames[i], vnames[(i + 1) % 3]
            d2 = (Fraction(coords[p_][0]) - Fraction(coords[q_][0])) ** 2 + (Fraction(coords[p_][1]) - Fraction(coords[q_][1])) ** 2
            if d2 == 0:
                raise InputError(f"'{xy[i].text}' at {xy[i].start}-{xy[i].end}: two vertices at one point")
            r_ = math.isqrt(d2.numerator), math.isqrt(d2.denominator)
            L = Fraction(*r_) if r_[0] ** 2 == d2.numerator and r_[1] ** 2 == d2.denominator else \
                Fraction(math.sqrt(d2)).limit_denominator(10 ** 9)
            sp_ = _sp(text, xy[0].start, xy[-1].end)
            given.append(_Given("side", p_ + q_, L, disp, f"{float(L):.4g} {disp}", sp_, sp_))
            given[-1].triple = False
        coords_attr = coords
    else:
        coords_attr = None
        for c in xy:
            unknown.append((c.text, c.start, c.end))
    eq_used: list[Any] = []
    centre_xy = None
    extra_circles: list[dict[str, Any]] = []
    if figure in ("square", "rectangle") and box and coords_attr is None:
        # the corners where the lines meet; each side the distance between two parallels
        corners, lines = box
        w, h = corners[1][0] - corners[0][0], corners[2][1] - corners[1][1]
        sp_ = _sp(text, min(q.start for q in lines), max(q.end for q in lines))
        if figure == "square" and w != h:
            raise InputError(f"'{sp_['text']}' at {sp_['start']}-{sp_['end']}: these lines bound a {w} by {h} "
                             f"rectangle, not the square '{fc.text}' at {fc.start}-{fc.end}")
        coords_attr = {vnames[i]: [float(x_), float(y_)] for i, (x_, y_) in enumerate(corners)}
        for side_, L in ((vnames[0] + vnames[1], w), (vnames[1] + vnames[2], h)):
            given.append(_Given("side", side_, L, disp, f"{_numeral(str(L))} {disp}", sp_, sp_))
            given[-1].triple = False
        eq_used += lines
    elif figure == "circle" and eq_circles:
        # the circle's centre and radius by completing the square (geometry_equations)
        e0 = eq_circles[0].value
        sp_ = _sp(text, e0.start, e0.end)
        if e0.r2 <= 0:
            raise InputError(f"'{e0.text}' at {e0.start}-{e0.end} is no circle: completing the square gives "
                             f"r² = {e0.r2}, not a positive number")
        rn, rd = math.isqrt(e0.r2.numerator), math.isqrt(e0.r2.denominator)
        if rn * rn == e0.r2.numerator and rd * rd == e0.r2.denominator:
            r_, lab_ = Fraction(rn, rd), _numeral(str(Fraction(rn, rd)))
        else:
            r_, lab_ = Fraction(math.sqrt(e0.r2)).limit_denominator(10 ** 9), f"√{e0.r2}"
        given.append(_Given("radius", None, r_, disp, f"{lab_} {disp}", sp_, sp_))
        given[-1].triple = False
        centre_xy = [float(e0.cx), float(e0.cy)]
        eq_used.append(e0)
        for c2 in eq_circles[1:]:
            # "between the circles x^2 + y^2 = 64 and x^2 - 8x + y^2 = 0": each further circle drawn at its own
            # centre and radius, in the same coordinates
            e2 = c2.value
            if e2.r2 <= 0:
                raise InputError(f"'{e2.text}' at {e2.start}-{e2.end} is no circle: completing the square gives "
                                 f"r² = {e2.r2}, not a positive number")
            extra_circles.append({"cx": str(e2.cx), "cy": str(e2.cy), "r2": str(e2.r2),
                                  "span": _sp(text, e2.start, e2.end)})
            eq_used.append(e2)
    for c in [c for c in claims if c.tag == "EQ"]:
        if not any(c.value is q for q in eq_used):   # a second circle, a curve, a line bounding nothing drawn
            unknown.append((c.text, c.start, c.end))
    for x in given:
        if x.target and x.target.startswith("adj:"):    # the side next to a named one (geometry_measures)
            t_ = x.target[4:]
            i_, j_ = (vnames.index(t_[0]), vnames.index(t_[1])) if set(t_) <= set(vnames) else (0, 1)
            k_ = max(i_, j_) if abs(i_ - j_) == 1 else 0
            x.target = vnames[k_] + vnames[(k_ + 1) % len(vnames)]
    if figure == "trapezoid":
        from .geometry_quad_parse import bases_first
        vnames = bases_first(text, vnames, given)    # "bases AD and BC": the parallels drawn as AB' ∥ C'D'
    if figure == "triangle":
        from .geometry_special import place_triple
        place_triple(given, text, vnames, flags, unknown)   # "30-60-90": which angle where, "the short leg"
        from .geometry_symbols import included_vertex
        included_vertex(given, vnames)      # "AB = 5 cm, BC = 7 cm and the included angle 40°": the angle at B
    for x in given:
        if x.target and x.role == "side" and (len(set(x.target) - set(vnames)) or figure == "circle"):
            raise InputError(f"side '{x.target}' at {x.span['start']}-{x.span['end']} is not a side of "
                             f"{''.join(vnames) or 'the figure'}")
        if x.target and x.role == "angle" and x.target not in vnames:
            raise InputError(f"angle at '{x.target}' ({x.span['start']}-{x.span['end']}) is not a vertex of "
                             f"{''.join(vnames)}")
    for c in claims:
        if c.tag == "RIGHT_PERP":     # "AB ⊥ AD": a right angle at A when A is a vertex; else not drawn, listed
            if c.value in vnames:
                c.tag = "RIGHT_AT"
            else:
                unknown.append((c.text, c.start, c.end))
    right_at = [c for c in claims if c.tag == "RIGHT_AT"]
    if right_at:
        flags.setdefault("right", _sp(text, right_at[0].start, right_at[0].end))
    for c in right_at[0 if figure not in ("triangle", "trapezoid") else 1:]:
        # a right angle at a vertex is that angle's measure, 90°, whatever the figure: solved and verified as
        # stated (a kite's "right angle at A" was drawn at 60° and passed); a triangle's or trapezoid's first one
        # is its kind's own law, any further one a stated angle too (two right angles in a triangle: impossible)
        if c.value not in vnames:
            raise InputError(f"'{c.text}' at {c.start}-{c.end}: {c.value} is not a vertex of {''.join(vnames)}")
        if not any(x.role == "angle" and x.target == c.value and x.value == 90 for x in given):
            sp_ = _sp(text, c.start, c.end)
            given.append(_Given("angle", c.value, Fraction(90), "deg", "90°", sp_, sp_))
    leg_at = None
    if not right_at and figure == "triangle":
        # "legs AB = 3 cm and BC = 4 cm": the named legs meet at the right angle (B), whatever lengths
        # they have — not wherever the stated lengths first fit
        m = re.search(r"(?i)\blegs?\b", text)
        legs = [x.target for x in given if m and x.role == "side" and x.target and len(x.target) == 2
                and x.span["start"] >= m.start() and x.span["start"] - m.end() <= 40]
        common = set(legs[0]) & set(legs[1]) if len(legs) == 2 else set()
        if len(common) == 1:
            leg_at = common.pop()
            flags.setdefault("right", _sp(text, m.start(), m.end()))
        elif flags.get("right"):
            # "AB is 9 cm and BC is 12 cm. The angle between them is a right angle": the right angle is the one
            # the two sides stated last before it include (their common vertex, B) — never wherever it fits
            r0 = flags["right"]["start"]
            a0 = max(text.rfind(".", 0, r0), text.rfind(";", 0, r0)) + 1
            b0 = min([i for i in (text.find(".", r0), text.find(";", r0)) if i >= 0] or [len(text)])
            if re.search(r"(?i)\bbetween\s+(?:them|these|those|the(?:se)?\s+two(?:\s+(?:sides|legs|edges))?)\b",
                         text[a0:b0]):
                sides = [x.target for x in given if x.role == "side" and x.target and len(x.target) == 2
                         and x.span["start"] < r0]
                common = set(sides[-2]) & set(sides[-1]) if len(sides) >= 2 else set()
                if len(common) == 1:
                    leg_at = common.pop()
    attrs: dict[str, Any] = {
        "figure": figure, "n": nverts, "vertices": vnames, "flags": flags,
        "right_at": right_at[0].value if right_at else leg_at,
        "given": [{"role": x.role, "target": x.target, "value": str(x.value), "unit": x.unit, "text": x.text,
                   "span": x.span, "own": x.own} for x in given],
        "incircle": _sp(text, incs[0].start, incs[0].end) if incs else None,
        "circumcircle": _sp(text, circs[0].start, circs[0].end) if circs else None,
        "tangents": _sp(text, tans[0].start, tans[0].end) if tans else None,
        "unit": disp, "figure_span": _sp(text, fc.start, fc.end),
        "point": point_name, "centre": centre_name,
    }
    if lines_left:
        attrs["lines_left_out"] = lines_left   # listed as not drawn, no default stands in (parts_left_out)
    if contacts:
        attrs["contact_names"] = contacts     # the tangents' points of contact as the text names them
        from .geometry_tangent import one_tangent
        if one_tangent(text, contacts):
            attrs["tangent_count"] = 1        # "draw a tangent touching the circle at T": that one only
    if formulas:
        attrs["formulas"] = formulas
    if coords_attr:
        attrs["coords"] = coords_attr
    if centre_xy:
        attrs["centre_xy"] = centre_xy
    if extra_circles:
        attrs["extra_circles"] = extra_circles
    if figure == "triangle" and not any(x.role == "height" for x in given):
        # "… and the altitude from C to AB": a height asked for without its length is drawn, its length measured
        from .geometry_altitude import asked_altitude
        alt_ask = asked_altitude(text, [c for c in claims if c.tag == "ROLE" and c.value == "height"])
        if alt_ask:
            attrs["altitude_drawn"] = alt_ask
    if nverts == 4 and not any(x.role == "diagonal" or (x.target and len(x.target) == 2 and (
            frozenset(x.target) in (frozenset((vnames[0], vnames[2])), frozenset((vnames[1], vnames[3]))))) for x in given):
        # "a square with its diagonal", "and draw both diagonals": drawn, their lengths measured
        dg = [c for c in claims if c.tag == "ROLE" and c.value == "diagonal"]
        if dg:
            both = any(c.text.lower().endswith("s") or re.search(r"(?i)\b(?:both|two)\s+(?:of\s+its\s+)?$",
                                                                   text[max(0, c.start - 14):c.start]) for c in dg)
            named = {frozenset(m.group(0)) for c in dg for m in re.finditer(r"(?<![A-Za-z])[A-Z]{2}(?![A-Za-z])",
                                                                             text[c.end:c.end + 16])}
            want = {k for k, pair in (("p", (vnames[0], vnames[2])), ("q", (vnames[1], vnames[3])))
                    if frozenset(pair) in named}
            attrs["diagonals_drawn"] = sorted(want) if want else (["p", "q"] if both else ["p"])
            if want:
                attrs["diagonals_named"] = sorted(want)   # "its diagonal AC": that one, not either
    if any(c.tag == "HIDE" for c in claims):
        attrs["diagonals_hidden"] = True     # asked not to be drawn: its length is a given, no line is drawn
        attrs.pop("diagonals_drawn", None)
        attrs.pop("diagonals_named", None)
    if chord is not None:
        attrs["chord"] = {"target": chord.target, "span": chord.span}
        if asked:
            attrs["asked_distance"] = asked
        # "the radii OA and OB": segments from the centre to the chord's ends are drawn; any other named
        # segment is reported, never silently passed over (geometry_chord)
        from .geometry_chord import named_segments
        radii, other = named_segments(text, centre_name, vnames)
        if radii:
            attrs["radii"] = radii
        unknown += other
    fspan = Span(fc.start, fc.end, fc.text)
    entities = [Entity("figure", figure, fig_name, _freeze({"n": nverts}), fspan)]
    relations: list[Relation] = []
    for v in vnames:
        entities.append(Entity(f"vertex_{v}", "point", v, (), None))
        relations.append(Relation("vertex_of", f"vertex_{v}", "figure", fspan))
    for key, kind in (("incircle", "incircle"), ("circumcircle", "circumcircle")):
        if attrs[key]:
            s = attrs[key]
            entities.append(Entity(key, kind, None, (), Span(s["start"], s["end"], s["text"])))
            relations.append(Relation("inscribed_in" if key == "incircle" else "circumscribes", key, "figure",
                                      Span(s["start"], s["end"], s["text"])))
    for i, c2 in enumerate(extra_circles, start=2):
        s2 = c2["span"]
        entities.append(Entity(f"circle_{i}", "circle", None, (), Span(s2["start"], s2["end"], s2["text"])))
    if attrs["tangents"]:
        s = attrs["tangents"]
        sp = Span(s["start"], s["end"], s["text"])
        entities.append(Entity("point_P", "point", point_name, (), None))
        for i in range(1, attrs.get("tangent_count", 2) + 1):
            entities.append(Entity(f"tangent_{i}", "tangent", None, (), sp))
            relations.append(Relation("tangent_to", f"tangent_{i}", "figure", sp))
            relations.append(Relation("passes_through", f"tangent_{i}", "point_P", sp))
    ignored = tuple(Span(m.start(), m.end(), m.group(0)) for m in _WORD_RE.finditer(text)
                    if m.group(0).lower() in _common_words()
                    and not any(c.start <= m.start() < c.end for c in claims))
    ignored += tuple(Span(f["start"], f["end"], f["text"]) for f in formulas)   # checked true (figure.json)
    return SceneGraph("geometry", text, tuple(entities), tuple(relations), _freeze(attrs), ignored,
                      tuple(Span(s, e, w) for w, s, e in unknown))


# ---------------------------------------------------------------------------------------------
# solve
#
# Z3 is handed linear real arithmetic only: the stated measures, the flags, the angle sum (I.32),
# the triangle inequality (I.20), the side–angle order (I.18–19) … each tracked under the user's
# phrase or the law it encodes. The nonlinear laws (sines, cosines, Pythagoras, tangent lengths,
# regular polygons, in- and circumradius) are never given to Z3 as polynomials: whenever the linear
# model pins enough measures to fix the figure, the figure is constructed in closed form, and the
# construction enters Z3 as a lemma tracked under its law — "these exact measures imply those
# values (± a relative tolerance)". Z3 thus still proves every conflict (an unsat core of phrases and
# laws), in milliseconds. Measures the text leaves open are fixed by defaults, withdrawn when they
# conflict.


@dataclass(frozen=True)
class Figure:
    """The solved figure in its own unit (y up): vertex coordinates, circles, tangents and the
    measures to check. ``construction`` names the closed-form construction that fixed it;
    ``z3_logic`` the logic of everything Z3 was asked ("QF_LRA": linear only)."""

    kind: str
    vertices: tuple[tuple[str, float, float], ...]
    circle: tuple[float, float, float] | None          # stated circle: centre x, y, radius
    incircle: tuple[float, float, float] | None
    circumcircle: tuple[float, float, float] | None
    point: tuple[float, float] | None                  # external point of tangents
    contacts: tuple[tuple[float, float], ...]          # points of tangency
    sides: tuple[tuple[str, float], ...]               # "AB" → length
    angles: tuple[tuple[str, float], ...]              # "A" → degrees
    diagonal: float | None
    unit: str
    solve_s: float
    construction: str = ""
    z3_logic: str = ""
    chord_distance: float | None = None                # a chord's distance from the centre (geometry_chord)
    diagonal2: float | None = None                     # a quadrilateral's second diagonal BD, when given
    altitude: tuple | None = None                      # a stated height: (from vertex, foot (x, y), length, base)
    extra_circles: tuple[tuple[float, float, float], ...] = ()   # further circles given by equations (x, y, r)


def _Problem(timeout_s: float):
    """The tracked Z3 problem of a geometry solve (see nesy/solve/tracked.py)."""
    from ..solve.tracked import TrackedProblem
    return TrackedProblem(timeout_s, stage="geometry solve", law_of=_law)


def _val_of(P: Any, g: dict[str, Any]) -> Any:
    """A stated measure as a Z3 term: its exact value, or — written with decimals or marked approximate
    ("EF ≈ 9.90 cm" for 7√2, "about 36.9°") — a term held to that precision (nesy/solve/precision.py),
    preferred at the value as written (``_Lazy.solve``), so a rounded restatement of a derived measure is
    not a false conflict while one off by more than its rounding still is."""
    from ..solve.precision import half_width
    v = g["value"] if isinstance(g["value"], Fraction) else Fraction(str(g["value"]))
    h = half_width(g.get("span"), v, own=g.get("own")) if not getattr(P, "exact_stated", False) else 0
    if not h:
        return P.val(v)
    x = P.real(f"stated_{len(getattr(P, 'stated_prefer', []))}")
    P.s.add(x >= P.val(v - h), x <= P.val(v + h))
    if not hasattr(P, "stated_prefer"):
        P.stated_prefer = []
    P.stated_prefer.append(x == P.val(v))
    return x


def _check_magnitude(value: Fraction, unit: str, span: dict[str, Any]) -> None:
    """Refuse a measure too large or too small to draw (bounds in solvers/geometry.yaml), naming the
    phrase and its character offsets."""
    lo, hi = (Fraction(str(x)) for x in _data()["magnitude"])
    what = "an angle" if unit == "deg" else "a length"
    shown = f"{float(value):.3g}" if value < 10 ** 300 else f"about 10^{len(str(value.numerator)) - len(str(value.denominator))}"
    if not lo <= value <= hi:
        raise InputError(f"'{span['text']}' at {span['start']}-{span['end']}: {what} of {shown} cannot be drawn; "
                         f"measures must lie between {float(lo):g} and {float(hi):g} (in the unit written)")


def _givens(scene: SceneGraph) -> list[dict[str, Any]]:
    """The scene's stated measures with exact values, each checked to be a drawable magnitude."""
    out = []
    for g in scene.attr("given", []) or []:
        g = dict(g)
        own = g.get("own") or g.get("span") or {"text": str(g.get("value")), "start": 0, "end": 0}
        try:
            g["value"] = Fraction(str(g["value"]))
        except (ValueError, ZeroDivisionError, OverflowError) as e:
            raise InputError(f"'{own['text']}' at {own['start']}-{own['end']}: value {g['value']!r} is not a "
                             f"finite number ({e})") from None
        if g["value"] <= 0:
            raise InputError(f"a length or angle must be positive, got '{own['text']}' at {own['start']}-{own['end']}")
        _check_magnitude(g["value"], g.get("unit", ""), own)
        out.append(g)
    return out


_ROLES_OK = {
    "triangle": {"side", "leg", "base", "hypotenuse", "angle", "included_angle", "apex_angle", "base_angle", "height",
                 "acute_angle", "obtuse_angle", "side_sum", "side_diff", "perimeter",
                 "inradius", "circumradius", "in_diameter", "circum_diameter", "length"},
    "square": {"side", "diagonal", "inradius", "circumradius", "in_diameter", "circum_diameter", "width",
               "height", "length", "angle", "interior_angle"},
    "rectangle": {"side", "diagonal", "width", "height", "length", "circumradius", "circum_diameter", "inradius",
                  "in_diameter", "angle", "interior_angle"},
    "polygon": {"side", "interior_angle", "angle", "inradius", "circumradius", "in_diameter", "circum_diameter",
                "radius", "diameter", "length"},
    "circle": {"radius", "diameter", "distance", "tangent_length", "chord"},
    **{q: __import__("nesy.domains.geometry_quad", fromlist=["ROLES"]).ROLES
       for q in ("parallelogram", "rhombus", "trapezoid", "kite")},
    "segment": {"length", "side"},
}


def _check_roles(scene: SceneGraph, gs: list[dict[str, Any]]) -> None:
    fig = scene.attr("figure")
    for g in gs:
        if g["role"] not in _ROLES_OK[fig]:
            raise UnsupportedError(f"'{g['span']['text']}' ({g['role'].replace('_', ' ')}) at "
                                   f"{g['span']['start']}-{g['span']['end']} does not apply to a {fig}")
        if g["role"] == "diagonal" and g.get("target") and len(scene.attr("vertices") or []) == 4:
            from .geometry_of_figure import check_diagonal
            check_diagonal(list(scene.attr("vertices")), g)     # "the diagonal AB of ABCD": a side, refused


@dataclass
class _Built:
    """One closed-form construction: from the exact measures ``ante`` (name → value) the law ``law``
    (or, per derived measure, ``laws``) gives ``cands``: 0, 1 or 2 figures, each a dict of every
    measure (floats; lengths in the figure's unit, angles in degrees). ``how`` names the construction."""

    ante: dict[str, Fraction]
    cands: list[dict[str, float]]
    law: str
    how: str
    laws: dict[str, str] = dataclasses.field(default_factory=dict)


class _Lazy:
    """A figure's linear tracked problem and the loop that adds construction lemmas until the linear
    model is a constructed figure (or Z3 proves the text impossible).

    ``xs``: the measures (name → Z3 real) constructions read and derive; ``construct(pinned)`` gives
    a ``_Built`` from exact pinned measures, or None when they do not fix the figure; ``defaults``:
    linear assertions tried in order while the figure is not fixed; ``scan_targets``: measures no
    construction takes directly (a triangle's stated inradius), solved for by a 1-D numeric search
    over ``scan_range(name, pinned)`` of another measure, whose root becomes a default.
    ``relations``: pairs of measures whose equality, when the linear laws force it, a construction may
    use (key ``"w=h"`` in the pinned measures; the lemma then assumes it too).
    ``rebuild()`` makes a fresh problem of the same text (to confirm a smallest fix)."""

    max_rounds = 200

    def __init__(self, P: Any, xs: dict[str, Any], construct: Callable[[dict[str, Fraction]], _Built | None],
                 *, hint: str):
        self.P, self.xs, self.construct, self.hint = P, xs, construct, hint
        self.tol = float(_data()["construction_tolerance"])
        self.sels: list[Any] = []
        self.defaults: list[Any] = []
        self.active: list[str] = []
        self.learned: list[_Built] = []
        self.scan_targets: tuple[str, ...] = ()
        self.relations: list[tuple[str, str]] = []
        self.prefer: list[Any] = []
        self.tried: list[Any] = []             # choices under which no default fixed the figure
        self.sticky: set[str] = set()          # numeric roots: other defaults give way to them
        self.blocks: set[str] = set()          # the defaults that set a reading of the choices aside
        self.scan_range: Callable[[str, dict[str, Fraction]], tuple[float, float] | None] = lambda k, pin: None
        self.rebuild: Callable[[], "_Lazy"] | None = None
        self._n = 0                            # lemmas added
        self._nd = 0                           # defaults added

    def choice(self, name: str, options: list[Any], phrases=(), laws=()) -> None:
        """Track "one of ``options``" under ``name``; which one the model takes is a selector, so a
        measure counts as pinned only under the model's choices."""
        z3 = self.P.z3
        if len(options) == 1:
            self.P.add(name, options[0], phrases, laws)
            return
        sels = [z3.Bool(f"sel:{name}:{i}", self.P.ctx) for i in range(len(options))]
        self.P.s.add(*(z3.Implies(s, o) for s, o in zip(sels, options)))
        self.sels += sels
        self.prefer.append(sels[0])          # the measures in the order written, when the laws allow
        self.P.add(name, z3.Or(*sels), phrases, laws)

    def _within(self, x: Any, v: float) -> Any:
        t = self.tol * max(1.0, abs(v))
        return self.P.z3.And(x >= self.P.val(Fraction(v - t)), x <= self.P.val(Fraction(v + t)))

    def _lemma(self, b: _Built) -> None:
        """Assert the construction as an implication tracked under its law(s)."""
        z3 = self.P.z3
        self._n += 1
        ante = z3.And(*[self.xs[k.split("=")[0]] == self.xs[k.split("=")[1]] if "=" in k else self.xs[k] == self.P.val(v)
                        for k, v in b.ante.items()])
        derived = [k for k in self.xs if k not in b.ante]
        if not b.cands:
            self.P.add(f"law:{b.law}:{self._n}", z3.Not(ante), laws=[b.law])
        elif len(b.cands) == 1:
            groups: dict[str, list[str]] = {}
            for k in derived:
                groups.setdefault(b.laws.get(k, b.law), []).append(k)
            for law, ks in groups.items():
                self.P.add(f"law:{law}:{self._n}",
                           z3.Implies(ante, z3.And(*[self._within(self.xs[k], b.cands[0][k]) for k in ks])), laws=[law])
        elif derived:
            laws = list(dict.fromkeys([b.law] + [b.laws.get(k, b.law) for k in derived]))
            self.P.add(f"law:{b.law}:{self._n}", z3.Implies(ante, z3.Or(*[
                z3.And(*[self._within(self.xs[k], c[k]) for k in derived]) for c in b.cands])), laws=laws)

    def _fits(self, M: dict[str, Fraction], b: _Built) -> dict[str, float] | None:
        if any((M[k.split("=")[0]] != M[k.split("=")[1]]) if "=" in k else M[k] != v for k, v in b.ante.items()):
            return None
        for c in b.cands:
            if all(abs(float(M[k]) - c[k]) <= 1.001 * self.tol * max(1.0, abs(c[k])) for k in self.xs if k not in b.ante):
                return c
        return None

    def _add_default(self, expr: Any, sticky: bool = False) -> None:
        self._nd += 1
        name = f"default:{self._nd}"
        self.P.add(name, expr)
        self.active.append(name)
        if sticky:
            self.sticky.add(name)

    def _drop_default(self, name: str) -> None:
        self.P.drop(name)
        self.active.remove(name)

    def _scan(self, pin: dict[str, Fraction]) -> tuple[list[Any], bool]:
        """Defaults for one more measure, found numerically (every root of a 241-point scan refined by
        bisection) so that a construction shows a stated measure it cannot take directly (e.g. the
        angle that gives two sides a stated inradius), and whether any construction was reached."""
        extra = [k for k in self.scan_targets if k in pin]
        roots: list[Any] = []
        reached = False
        if not extra:
            return roots, reached
        for k in self.xs:
            if k in pin or (rng := self.scan_range(k, pin)) is None:
                continue
            lo, hi = rng

            def f(t: float) -> float | None:
                b = self.construct({**pin, k: Fraction(t)})
                if b is None or not b.cands:
                    return None
                e = next((e for e in extra if e not in b.ante), None)
                return None if e is None else b.cands[0][e] - float(pin[e])
            prev = None
            for i in range(241):
                t = lo + (hi - lo) * (i + 0.5) / 241
                v = f(t)
                if v is None:
                    continue
                reached = True
                if prev is not None and (v > 0) != (prev[1] > 0):
                    (a, fa), (c, fc) = prev, (t, v)
                    for _ in range(80):
                        m = (a + c) / 2
                        fm = f(m)
                        if fm is None:
                            break
                        if (fm > 0) == (fa > 0):
                            a, fa = m, fm
                        else:
                            c, fc = m, fm
                    roots.append(self.xs[k] == self.P.val(Fraction(a if abs(fa) <= abs(fc) else c)))
                prev = (t, v)
        return roots[:8], reached

    def _confirm(self, names: list[str]) -> bool:
        """Whether the tracked phrases and laws ``names`` alone admit a constructed figure."""
        if self.rebuild is None:
            return self.P.is_sat(*[self.P.flags[n] for n in names if n in self.P.flags])
        other = self.rebuild()
        keep = set(names)
        for n in list(other.P.flags):
            if n not in keep:
                other.P.drop(n)
        try:
            return other.solve(raise_unsat=False) is not None
        except (UnsupportedError, SolverTimeoutError):
            return False

    def _unfixed(self, pin: dict[str, Fraction]) -> UnsupportedError:
        spans = []
        for n, (ps, _) in self.P.track.items():
            spans += [p for p in ps if p not in spans]
        said = "; ".join(f"'{p['text']}' at {p['start']}-{p['end']}" for p in sorted(spans, key=lambda p: p["start"]))
        return UnsupportedError(f"nesy can neither construct a figure from these measures nor prove them impossible "
                                f"({said or 'none'}); {self.hint}")

    def _pinned(self, M: dict[str, Fraction], skel: list[Any], *, defaults: bool = True) -> dict[str, Fraction]:
        """The measures every model (under the choices ``skel``, and the defaults unless told not)
        gives the value they have in ``M``, and the forced equalities of ``relations``."""
        z3, s = self.P.z3, self.P.s
        s.push()                   # the flags as facts for this round: one assumption per check, not dozens
        s.add(*[f for n, f in self.P.flags.items() if defaults or n not in self.active], *skel)

        def forced(e: Any) -> bool:
            res = s.check(e)
            if res == z3.unknown:
                raise SolverTimeoutError(self.P.stage, self.P.timeout_s)
            return res == z3.unsat
        try:
            pin = {k: M[k] for k, x in self.xs.items() if forced(x != self.P.val(M[k]))}
            pin.update({f"{p}={q}": Fraction(1) for p, q in self.relations if forced(self.xs[p] != self.xs[q])})
        finally:
            s.pop()
        return pin

    def solve(self, *, raise_unsat: bool = True) -> tuple[dict[str, float], _Built] | None:
        """The constructed figure's measures and its construction; raises ``UnsatisfiableError``
        (or returns None when ``raise_unsat`` is false) when the text is impossible."""
        z3 = self.P.z3
        pending: list[Any] = list(self.defaults)
        scanned: set[tuple] = set()
        for p in self.prefer + getattr(self.P, "stated_prefer", []):
            self._add_default(p)
        for _ in range(self.max_rounds):
            if not self.P.is_sat():
                core = set(self.P.core())
                mine = [n for n in self.active if n in core]          # in the order they were added
                if mine:
                    self._drop_default(([n for n in mine if n not in self.sticky] or mine)[-1])
                    continue
                for n in list(self.active):
                    self._drop_default(n)
                if not raise_unsat:
                    return None
                self.P.check(confirm=self._confirm)
            m = self.P.s.model()
            M = {k: Fraction(m.eval(x, model_completion=True).as_fraction()) for k, x in self.xs.items()}
            for b in self.learned:
                if (c := self._fits(M, b)) is not None:
                    return c, b
            skel = [s for s in self.sels if z3.is_true(m.eval(s, model_completion=True))]
            pin = self._pinned(M, skel)
            b = self.construct(pin)
            if b is not None:
                if any(b.ante == o.ante for o in self.learned):
                    raise self._unfixed(pin)         # the lemma of these measures is in place: cannot recur
                self.learned.append(b)
                if (c := self._fits(M, b)) is not None:
                    return c, b
                self._lemma(b)
                continue
            if any(k in pin for k in self.scan_targets):
                # a numeric root about the defaults kept so far, then about the text alone (a default
                # may be what blocks); each pinned set is searched once
                roots, reached = [], False
                for pn in (pin, self._pinned(M, skel, defaults=False)):
                    key = (tuple(map(str, skel)), tuple(sorted(pn.items())))
                    if key not in scanned:
                        scanned.add(key)
                        rs, hit = self._scan(pn)
                        roots, reached = roots + rs, reached or hit
                if roots:
                    pending = [(d, True) for d in roots] + pending
                elif reached:   # searched, no root: the latest default makes the stated measure unreachable
                    mine = [n for n in self.active if n not in self.sticky and n not in self.blocks]
                    if mine:
                        self._drop_default(mine[-1])
                        continue
            if pending:
                d = pending.pop(0)
                self._add_default(*d) if isinstance(d, tuple) else self._add_default(d)
                continue
            if skel and len(self.tried) < 6:       # another reading of the text's choices, defaults afresh
                for n in [n for n in self.active if n not in self.blocks]:
                    self._drop_default(n)
                self.tried.append(skel)
                self._add_default(z3.Not(z3.And(*skel)), sticky=True)
                self.blocks.add(self.active[-1])
                pending = list(self.defaults)
                continue
            raise self._unfixed(pin)
        raise self._unfixed({})

    def logic(self) -> str:
        """"QF_LRA" when every assertion Z3 was given is linear real arithmetic, else "nonlinear"."""
        z3 = self.P.z3
        g = z3.Goal(ctx=self.P.ctx)
        g.add(*self.P.s.assertions())
        return "QF_LRA" if z3.Probe("is-qflra", self.P.ctx)(g) else "nonlinear"


# --- triangle: sides a, b, c opposite the angles A, B, C at the vertices V[0], V[1], V[2]

_ADJ = {"A": ("b", "c"), "B": ("a", "c"), "C": ("a", "b")}       # the sides that meet at each angle


def _tri_measures(a: float, b: float, c: float, exact: dict[str, Fraction] | None = None) -> dict[str, float] | None:
    """Every measure of the triangle with sides a, b, c: angles (degrees) from tan A = 4·area/(b²+c²−a²)
    (law of cosines over Heron's area, stable for needle triangles), r = area/s, R = abc/(4·area).
    Angles given in ``exact`` are kept as stated."""
    x, y, z = sorted((a, b, c), reverse=True)
    q = (x + (y + z)) * (z - (x - y)) * (z + (x - y)) * (x + (y - z))    # Kahan's Heron: 16·area²
    if not (q > 0 and min(a, b, c) > 0):
        return None
    area = math.sqrt(q) / 4
    out = {"a": a, "b": b, "c": c,
           "A": math.degrees(math.atan2(4 * area, b * b + c * c - a * a)),
           "B": math.degrees(math.atan2(4 * area, a * a + c * c - b * b)),
           "C": math.degrees(math.atan2(4 * area, a * a + b * b - c * c)),
           "r": area / ((a + b + c) / 2), "R": a * b * c / (4 * area)}
    for k, v in (exact or {}).items():
        if k in "ABC":
            out[k] = float(v)
    return out


def _sin(deg: Fraction | float) -> float:
    return math.sin(math.radians(float(deg)))


def _tri_build(known: dict[str, Fraction]) -> _Built | None:
    """The closed-form triangle of the exact measures ``known`` (a, b, c, A, B, C, r, R and forced
    equalities of sides such as "b=c"), by the first construction that applies: the right angle with
    two sides (I.47), SSS and SAS (law of cosines, II.12–13), two angles and a side (law of sines), SSA
    (law of sines: 0, 1 or 2 triangles), the three angles with R (law of sines) or r (incircle).
    None when the measures do not fix a triangle."""
    S = {k: known[k] for k in "abc" if k in known}
    A = {k: known[k] for k in "ABC" if k in known}
    via: dict[str, set[str]] = {k: {k} for k in [*S, *A]}      # the known entries each value rests on
    for rel in [k for k in known if "=" in k]:                   # equal sides subtend equal angles (I.5)
        p, q = rel.split("=")
        for u, w in ((p, q), (q, p)):
            for src, dst, box in ((u, w, S), (u.upper(), w.upper(), A)):
                if src in box and dst not in box:
                    box[dst], via[dst] = box[src], via[src] | {rel}
        (T,) = set("ABC") - {p.upper(), q.upper()}
        if T in A and p.upper() not in A:
            A[p.upper()] = A[q.upper()] = (180 - A[T]) / 2
            via[p.upper()] = via[q.upper()] = via[T] | {rel}

    def ante(*keys: str) -> dict[str, Fraction]:
        return {s: known[s] for k in keys for s in sorted(via.get(k, {k}))}
    for X in [X for X in "ABC" if A.get(X) == 90]:
        p, q = _ADJ[X]
        h = X.lower()
        if p in S and q in S:
            cand = _tri_measures(*_abc({p: float(S[p]), q: float(S[q]), h: math.hypot(S[p], S[q])}), {X: A[X]})
            return _Built(ante(p, q, X), [cand] if cand else [], "pythagoras",
                          "two legs and the right angle (Pythagoras)", {k: "law_of_cosines" for k in "ABC"})
        if h in S and (p in S or q in S):
            leg, other = (p, q) if p in S else (q, p)
            if S[h] <= S[leg]:
                return _Built(ante(h, leg, X), [], "pythagoras", "hypotenuse and a leg (Pythagoras)")
            o = math.sqrt(float(S[h] ** 2 - S[leg] ** 2))
            cand = _tri_measures(*_abc({h: float(S[h]), leg: float(S[leg]), other: o}), {X: A[X]})
            return _Built(ante(h, leg, X), [cand] if cand else [], "pythagoras", "hypotenuse and a leg (Pythagoras)",
                          {k: "law_of_cosines" for k in "ABC"})
    if len(S) == 3:
        cand = _tri_measures(float(S["a"]), float(S["b"]), float(S["c"]))
        return _Built(ante("a", "b", "c"), [cand] if cand else [], "law_of_cosines", "three sides (law of cosines)",
                      {"r": "incircle", "R": "circumcircle"})
    for X in "ABC":
        p, q = _ADJ[X]
        if X in A and p in S and q in S:
            sp, sq = float(S[p]), float(S[q])
            h = math.sqrt(max(0.0, sp * sp + sq * sq - 2 * sp * sq * math.cos(math.radians(float(A[X])))))
            cand = _tri_measures(*_abc({p: sp, q: sq, X.lower(): h}), {X: A[X]})
            return _Built(ante(p, q, X), [cand] if cand else [], "law_of_cosines",
                          "two sides and the included angle (law of cosines)", {"r": "incircle", "R": "circumcircle"})
    laws = {"r": "incircle", "R": "circumcircle"}
    if len(A) == 2:
        (third,) = set("ABC") - set(A)
        if 180 - sum(A.values()) <= 0:
            return None
        laws[third] = "angle_sum"
        A[third], via[third] = 180 - sum(A.values()), set().union(*(via[k] for k in A))
    if len(A) == 3:
        base = _tri_measures(*(_sin(A[k]) for k in "ABC"), A)      # the shape: sides = sines of the angles
        if base is None:
            return None
        if S:
            s = next(k for k in "cab" if k in S)
            f, keys, law, how = float(S[s]) / base[s], (s,), "law_of_sines", "two angles and a side (law of sines)"
        elif "R" in known:
            f, keys, law, how = float(known["R"]) / base["R"], ("R",), "law_of_sines", \
                "the angles and the circumradius (law of sines: a = 2R sin A)"
        elif "r" in known:
            f, keys, law, how = float(known["r"]) / base["r"], ("r",), "incircle", "the angles and the inradius"
        else:
            return None
        cand = {k: (v * f if k in "abcrR" else v) for k, v in base.items()}
        return _Built(ante(*keys, "A", "B", "C"), [cand], law, how, laws)
    for X in A:                                       # SSA: the angle X, its opposite side and another
        x = X.lower()
        if x not in S:
            continue
        for y in [y for y in "abc" if y != x and y in S]:
            P_, px, qy = float(A[X]), float(S[x]), float(S[y])
            sy = qy * _sin(P_) / px
            cands = []
            if sy <= 1 + 1e-15:
                Y1 = math.degrees(math.asin(min(1.0, sy)))
                for Y in dict.fromkeys([Y1, 180 - Y1]):
                    Z = 180 - P_ - Y
                    if Y > 0 and Z > 1e-12:
                        z = px * _sin(Z) / _sin(P_)
                        (zk,) = set("abc") - {x, y}
                        c = _tri_measures(*_abc({x: px, y: qy, zk: z}), {X: A[X]})
                        if c:
                            cands.append(c)
            return _Built(ante(x, y, X), cands, "law_of_sines",
                          "two sides and an angle opposite one of them (law of sines)", laws)
    tol = float(_data()["construction_tolerance"])
    if "R" in known:                                   # not fixed, yet a side and its opposite angle fix R
        for X in [X for X in "ABC" if X in A and X.lower() in S]:
            exp = 2 * float(known["R"]) * _sin(A[X])
            if abs(float(S[X.lower()]) - exp) > tol * max(1.0, exp):
                return _Built(ante(X.lower(), X, "R"), [], "law_of_sines",
                              "a side, its opposite angle and the circumradius (law of sines: a = 2R sin A)")
    return None


def _abc(d: dict[str, float]) -> tuple[float, float, float]:
    return d["a"], d["b"], d["c"]


def _triangle(P: Any, scene: SceneGraph, gs: list[dict[str, Any]]) -> _Lazy:
    z3 = P.z3
    V = scene.attr("vertices")
    flags = scene.attr("flags", {}) or {}
    opp = {V[0]: "a", V[1]: "b", V[2]: "c"}                 # side opposite each vertex
    side_of = {frozenset((V[1], V[2])): "a", frozenset((V[0], V[2])): "b", frozenset((V[0], V[1])): "c"}
    L = {k: P.real(k) for k in "abc"}
    D = {v: P.real(f"deg_{v}") for v in V}
    xs = {**L, **{"ABC"[i]: D[V[i]] for i in range(3)}}
    if any(g["role"] in ("inradius", "in_diameter") for g in gs):
        xs["r"] = P.real("inradius")
    if any(g["role"] in ("circumradius", "circum_diameter") for g in gs):
        xs["R"] = P.real("circumradius")
    from .geometry_altitude import HEIGHT_KEYS, height_key, tri_build_h
    heights = any(g["role"] == "height" for g in gs)
    if heights:          # a stated height (altitude): the three heights are measures (geometry_altitude)
        xs.update({k: P.real(k) for k in HEIGHT_KEYS})
    sums = [g for g in gs if g["role"] in ("side_sum", "side_diff")]
    build = tri_build_h if heights else _tri_build
    for g in sums:      # "AB + AC = 13 cm": the sum is a measure of its own, linear in the sides (geometry_sums)
        s1, s2 = side_of[frozenset(g["target"][:2])], side_of[frozenset(g["target"][2:])]
        key = ("s:" if g["role"] == "side_sum" else "d:") + s1 + s2
        xs[key] = P.real(key)
        P.s.add(xs[key] == ((P.real(s1) + P.real(s2)) if key[0] == "s" else (P.real(s1) - P.real(s2))))
        g["_key"] = key
    if any(g["role"] == "perimeter" for g in gs):       # a + b + c (geometry_sums)
        xs["per"] = P.real("per")
        P.s.add(xs["per"] == P.real("a") + P.real("b") + P.real("c"))
        sums = sums or [None]
    if sums:
        from .geometry_sums import with_sums
        build = with_sums(build)
    lz = _Lazy(P, xs, build, hint="give three sides, two sides and the angle between them, or two angles "
                                       "and a side")
    sides = [L["a"], L["b"], L["c"]]
    a, b, c = sides
    P.s.add(*(x > 0 for x in sides))
    P.add("law:triangle_inequality", z3.And(a < b + c, b < a + c, c < a + b), laws=["triangle_inequality"])
    P.add("law:angle_sum", z3.And(D[V[0]] + D[V[1]] + D[V[2]] == 180, *(D[v] > 0 for v in V)), laws=["angle_sum"])
    order = []
    for u, w in itertools.combinations(V, 2):
        su, sw = L[opp[u]], L[opp[w]]
        order += [(su > sw) == (D[u] > D[w]), (su == sw) == (D[u] == D[w])]
    P.add("law:side_angle_order", z3.And(*order), laws=["side_angle_order"])
    free_sides = [k for k in "abc"]
    free_angles = list(V)
    right_v = scene.attr("right_at")
    # (a right angle given by its measure, "E = 90°", is the right angle "legs" are said of)
    right90 = next((x["target"] for x in gs if x["role"] == "angle" and x["target"] in V and
                    str(x["value"]) in ("90", "90.0")), None)
    hv = right_v or right90 or V[2]          # the right angle of "hypotenuse" and "legs"
    unl_sides: list[dict] = []
    unl_angles: list[dict] = []
    legs_given = [x for x in gs if x["role"] == "leg"]
    k = 0
    for g in gs:
        k += 1
        r, val, sp = g["role"], _val_of(P, g), [g["span"]]
        name = f"phrase:{k}:{r}"
        if r == "side" and g["target"]:
            s = side_of[frozenset(g["target"])]
            P.add(name, L[s] == val, sp)
            free_sides = [x for x in free_sides if x != s]
        elif r in ("side", "length"):
            unl_sides.append(g)
        elif r == "angle" and g["target"]:
            v = g["target"]
            P.add(name, D[v] == val, sp)
            free_angles = [x for x in free_angles if x != v]
        elif r in ("angle", "acute_angle", "obtuse_angle"):
            unl_angles.append(g)
            if r != "angle":     # "one of whose acute angles is 30°": the kind is a stated fact too
                P.add(name + ":kind", val < 90 if r == "acute_angle" else val > 90, sp)
        elif r in ("side_sum", "side_diff"):
            P.add(name, xs[g["_key"]] == val, sp, ["triangle_inequality"])
        elif r == "perimeter":
            P.add(name, xs["per"] == val, sp, ["triangle_inequality"])
        elif r == "height" and g["target"] in ("hyp", "longer", "longest", "shorter", "shortest"):
            # onto the hypotenuse (opposite the right angle), or onto the longest / shortest side
            if g["target"] == "hyp":
                P.add(name, z3.And(xs["h" + opp[hv]] == val, D[hv] == 90), sp, ["height", "right_triangle"])
            else:
                big = g["target"] in ("longer", "longest")
                lz.choice(name, [z3.And(xs["h" + s] == val, *[(L[s] >= L[o]) if big else (L[s] <= L[o])
                                                              for o in "abc" if o != s]) for s in "abc"], sp, ["height"])
        elif r == "height" and str(g["target"]).startswith("len:"):
            # "the height to the 8 cm side": onto whichever side has that length
            ref = P.val(Fraction(g["target"][4:]))
            lz.choice(name, [z3.And(L[s] == ref, xs["h" + s] == val) for s in "abc"], sp, ["height"])
        elif r == "height":
            hk = height_key(list(V), g["target"])
            x = hk[1]
            P.add(name, xs[hk] == val, sp, ["height"])
            # the perpendicular is the shortest line from the vertex to the base's line (I.19)
            P.add(name + ":short", z3.And(*(xs[hk] <= L[s] for s in "abc" if s != x)), sp, ["height"])
        elif r == "hypotenuse":               # the side opposite the right angle
            P.add(name, z3.And(L[opp[hv]] == val, D[hv] == 90), sp, ["right_triangle"])
            free_sides = [x for x in free_sides if x != opp[hv]]
        elif r == "leg" and g.get("target"):
            # "the remaining leg, EF, is 12 cm": a leg named by its vertices is that side
            s = side_of[frozenset(g["target"])]
            P.add(name, L[s] == val, sp)
            free_sides = [x for x in free_sides if x != s]
        elif r == "leg":
            if "right" in flags or right90 or any(x["role"] == "hypotenuse" for x in gs):   # the sides at the right angle
                legs = [opp[v] for v in V if v != hv]
                if len(legs_given) == 1:
                    lz.choice(name, [z3.And(L[s] == val, D[hv] == 90) for s in legs], sp, ["right_triangle"])
                else:
                    P.add(name, z3.And(L[legs[legs_given.index(g) % 2]] == val, D[hv] == 90), sp, ["right_triangle"])
            else:   # isosceles: the two equal sides meet at the apex (first vertex)
                P.add(name, z3.And(L["b"] == val, L["c"] == val), sp, ["isosceles"])
        elif r == "base":
            P.add(name, L["a"] == val, sp, ["isosceles"])
        elif r == "apex_angle":
            P.add(name, D[V[0]] == val, sp, ["isosceles"])
        elif r == "base_angle" and len({x["value"] for x in gs if x["role"] == "base_angle"}) == 2:
            # "base angles 60° and 45°": the angles at the base's two ends, not an isosceles triangle's pair
            j = [x for x in gs if x["role"] == "base_angle"].index(g)
            P.add(name, D[V[1 + j % 2]] == val, sp)
        elif r == "base_angle":
            P.add(name, z3.And(D[V[1]] == val, D[V[2]] == val), sp, ["isosceles"])
        elif r == "included_angle":
            # between the two stated sides: sides b, c meet at A
            P.add(name, D[V[0]] == val, sp)
        elif r in ("inradius", "in_diameter"):
            P.add(name, xs["r"] == (val if r == "inradius" else val / 2), sp, ["incircle"])
        elif r in ("circumradius", "circum_diameter"):
            P.add(name, xs["R"] == (val if r == "circumradius" else val / 2), sp, ["circumcircle"])
    inc_sides = any(g["role"] == "included_angle" for g in gs)
    # unnamed sides: with an included angle they are b and c (meeting at A); otherwise any sides
    if unl_sides:
        slots = ["b", "c"] if inc_sides else [s for s in free_sides]
        if len(unl_sides) == 1 and len(slots) == 3 and "equilateral" in flags:
            slots = ["a"]
        if len(unl_sides) > len(slots):
            raise InputError(f"a triangle has three sides; the text gives {len(unl_sides)} unnamed side lengths "
                             f"besides {3 - len(free_sides)} named ones")
        options = [z3.And(*(L[s] == _val_of(P, g) for s, g in zip(perm, unl_sides)))
                   for perm in itertools.permutations(slots, len(unl_sides))]
        if inc_sides:
            options = options[:1]
        lz.choice("phrase:sides", options, _spans(unl_sides))
    if unl_angles:
        slots = free_angles
        if right_v and right_v in slots:
            slots = [v for v in slots if v != right_v] if not any(g["value"] == 90 for g in unl_angles) else slots
        if len(unl_angles) > len(slots):
            raise InputError(f"a triangle has three angles; the text gives {len(unl_angles)} unnamed angles "
                             f"besides {3 - len(free_angles)} named ones")
        options = [z3.And(*(D[v] == _val_of(P, g) for v, g in zip(perm, unl_angles)))
                   for perm in itertools.permutations(slots, len(unl_angles))]
        lz.choice("phrase:angles", options, _spans(unl_angles))
    if "right" in flags:
        if right_v:
            P.add("phrase:right", D[right_v] == 90, [flags["right"]], ["right_triangle"])
        else:
            lz.choice("phrase:right", [D[v] == 90 for v in (V[2], V[0], V[1])], [flags["right"]], ["right_triangle"])
    if "isosceles" in flags:
        has_leg = any(g["role"] in ("leg", "base", "apex_angle", "base_angle") for g in gs) and "right" not in flags
        if has_leg:
            P.add("phrase:isosceles", L["b"] == L["c"], [flags["isosceles"]], ["isosceles"])
        else:
            lz.choice("phrase:isosceles", [b == c, a == b, a == c], [flags["isosceles"]], ["isosceles"])
    if "equilateral" in flags:
        P.add("phrase:equilateral", z3.And(a == b, b == c), [flags["equilateral"]], ["equilateral"])
    if "scalene" in flags:
        P.add("phrase:scalene", z3.And(a != b, b != c, a != c), [flags["scalene"]], ["scalene"])
    d = _data()["defaults"]
    stated = [g["value"] for g in gs if g["role"] in ("side", "leg", "base", "hypotenuse", "length")]
    base_len = (sum(stated) / len(stated)) if stated else Fraction(str(d["triangle_side"]))
    if not stated and "r" not in xs and "R" not in xs:
        lz.defaults.append(c == P.val(base_len))
    side_d = [L[s] == P.val(base_len) for s in ("c", "b", "a")]
    # the shapes of solvers/geometry.yaml, one angle at a time; last, two angles share what the third
    # leaves 2 : 3 (a scalene shape beside any stated angle)
    angle_d = [D[v] == P.val(Fraction(str(x))) for shape in d["triangle_angles"] for v, x in zip(V, shape)]
    angle_d += [5 * D[V[(i + 1) % 3]] + 2 * D[V[i]] == 360 for i in range(3)]
    # with two lengths the third side comes first (SSS); otherwise the shape does, so that a stated
    # angle or radius never meets a needle made of equal default sides
    lz.defaults += (side_d + angle_d) if len(stated) >= 2 else (angle_d + side_d)
    if heights:
        # a base and its height fix the triangle once an angle at the base does (z = h / sin Y): that
        # angle first, so that the apex's default never meets the height
        lz.defaults[:0] = [D[V[1]] == P.val(Fraction(str(x))) for x in (60, 50, 70, 45)]
    if "r" in xs:    # the incircle lies inside: its diameter is shorter than every side
        P.add("law:incircle", z3.And(*(2 * xs["r"] < x for x in sides)), laws=["incircle"])
    if "R" in xs:    # every side is a chord of the circumcircle, so at most its diameter
        P.add("law:circumcircle", z3.And(*(x <= 2 * xs["R"] for x in sides)), laws=["circumcircle"])
    if "r" in xs and "R" in xs:      # OI² = R(R − 2r) ≥ 0
        P.add("law:euler_inequality", xs["R"] >= 2 * xs["r"], laws=["euler_inequality"])
    lz.scan_targets = ("r", "R")
    lz.relations = [("b", "c"), ("a", "b"), ("a", "c")]

    def rng(key: str, pin: dict[str, Fraction]) -> tuple[float, float] | None:
        if key in "ABC":
            return 0.0, float(180 - sum(v for k_, v in pin.items() if k_ in "ABC"))
        return None
    lz.scan_range = rng
    return lz


def _spans(gs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for g in gs:
        if g["span"] not in out:
            out.append(g["span"])
    return out


def _construct_triangle(scene: SceneGraph, vals: dict[str, float]) -> tuple[list, dict, dict]:
    V = scene.attr("vertices")
    a, b, c = vals["a"], vals["b"], vals["c"]
    A = math.radians(vals["A"])          # the angle at V[0], between AB (along x) and AC
    pts = [(V[0], 0.0, 0.0), (V[1], c, 0.0), (V[2], b * math.cos(A), b * math.sin(A))]
    return pts, {}, {}


def _angle_at(p, q, r) -> float:
    """Angle pqr at q, degrees."""
    v1 = np.array(p, float) - np.array(q, float)
    v2 = np.array(r, float) - np.array(q, float)
    cs = float(v1 @ v2 / (np.linalg.norm(v1) * np.linalg.norm(v2)))
    return math.degrees(math.acos(max(-1.0, min(1.0, cs))))


def _incircle(pts) -> tuple[float, float, float]:
    P = np.array([[x, y] for _, x, y in pts])
    n = len(P)
    if n == 3:
        a = np.linalg.norm(P[1] - P[2])
        b = np.linalg.norm(P[0] - P[2])
        c = np.linalg.norm(P[0] - P[1])
        cen = (a * P[0] + b * P[1] + c * P[2]) / (a + b + c)
        area = abs(np.cross(P[1] - P[0], P[2] - P[0])) / 2
        return float(cen[0]), float(cen[1]), float(area / ((a + b + c) / 2))
    cen = P.mean(axis=0)
    r = min(_dist_line(cen, P[i], P[(i + 1) % n]) for i in range(n))
    return float(cen[0]), float(cen[1]), float(r)


def _circumcircle(pts) -> tuple[float, float, float]:
    P = np.array([[x, y] for _, x, y in pts])
    if len(P) == 3:
        (ax, ay), (bx, by), (cx, cy) = P
        d = 2 * (ax * (by - cy) + bx * (cy - ay) + cx * (ay - by))
        ux = ((ax * ax + ay * ay) * (by - cy) + (bx * bx + by * by) * (cy - ay) + (cx * cx + cy * cy) * (ay - by)) / d
        uy = ((ax * ax + ay * ay) * (cx - bx) + (bx * bx + by * by) * (ax - cx) + (cx * cx + cy * cy) * (bx - ax)) / d
        return float(ux), float(uy), float(math.hypot(ax - ux, ay - uy))
    cen = P.mean(axis=0)
    return float(cen[0]), float(cen[1]), float(np.linalg.norm(P[0] - cen))


def _dist_line(p, a, b) -> float:
    p, a, b = (np.asarray(x, float) for x in (p, a, b))
    return float(abs(np.cross(b - a, p - a)) / np.linalg.norm(b - a))


# --- square and rectangle: width w, height h, diagonal d

def _quad_build(known: dict[str, Fraction]) -> _Built | None:
    """Two of width, height and diagonal give the third by Pythagoras (I.47): d² = w² + h²; with w = h
    (a square) one of them gives the others."""
    how = "two of width, height and diagonal (Pythagoras)"
    if "w=h" in known and not ("w" in known and "h" in known):
        k = next((k for k in ("w", "h", "d") if k in known), None)
        if k is None:
            return None
        v = float(known[k])
        side = v / math.sqrt(2) if k == "d" else v
        return _Built({k: known[k], "w=h": known["w=h"]}, [{"w": side, "h": side, "d": side * math.sqrt(2), k: v}],
                      "pythagoras", "a side or the diagonal of a square (Pythagoras: d = side·√2)")
    if "w" in known and "h" in known:
        w, h = float(known["w"]), float(known["h"])
        return _Built({"w": known["w"], "h": known["h"]}, [{"w": w, "h": h, "d": math.hypot(w, h)}], "pythagoras", how)
    for s, o in (("w", "h"), ("h", "w")):
        if s in known and "d" in known:
            ante = {s: known[s], "d": known["d"]}
            if known["d"] <= known[s]:
                return _Built(ante, [], "pythagoras", how)
            return _Built(ante, [{s: float(known[s]), "d": float(known["d"]),
                                  o: math.sqrt(float(known["d"] ** 2 - known[s] ** 2))}], "pythagoras", how)
    return None


def _quad(P: Any, scene: SceneGraph, gs: list[dict[str, Any]]) -> _Lazy:
    z3 = P.z3
    fig = scene.attr("figure")
    fs = scene.attr("figure_span")
    w, h, d = P.real("w"), P.real("h"), P.real("d")
    lz = _Lazy(P, {"w": w, "h": h, "d": d}, _quad_build, hint="give two of width, height and diagonal")
    lz.relations = [("w", "h")]
    P.s.add(w > 0, h > 0, d > 0)
    if fig == "square":
        P.add("phrase:square", w == h, [fs], ["square"])
    unl: list[dict] = []
    V = scene.attr("vertices")
    for k, g in enumerate(gs):
        r, val, sp, name = g["role"], _val_of(P, g), [g["span"]], f"phrase:{k}:{g['role']}"
        if r == "side" and g["target"]:
            i, j = V.index(g["target"][0]), V.index(g["target"][1])
            if (i - j) % 4 in (1, 3):
                horiz = min(i, j) in (0, 2) and (i - j) % 4 in (1, 3) and {i, j} in ({0, 1}, {2, 3})
                P.add(name, (w if horiz else h) == val, sp)
            else:
                P.add(name, d == val, sp)
        elif r in ("side", "length") and fig == "square":
            P.add(name, w == val, sp, ["square"])
        elif r in ("side",):
            unl.append(g)
        elif r in ("width", "length") and any(o["role"] == "side" and o["target"] for o in gs):
            # "ABCD whose length AB is 7.5 cm; the width is 2.5 cm": a width not named by its vertices is whichever
            # side the named ones leave
            unl.append(g)
        elif r in ("width", "length"):
            P.add(name, w == val, sp)
        elif r == "height":
            P.add(name, h == val, sp)
        elif r == "diagonal":
            P.add(name, d == val, sp, ["pythagoras"])
        elif r in ("circumradius", "circum_diameter"):
            P.add(name, d == (2 * val if r == "circumradius" else val), sp, ["circumcircle"])
        elif r in ("inradius", "in_diameter"):
            P.add(name, w == (2 * val if r == "inradius" else val), sp, ["incircle"])
        elif r in ("angle", "interior_angle"):
            P.add(name, val == 90, sp, ["rectangle" if fig == "rectangle" else "square"])
    if unl:
        vals = [_val_of(P, g) for g in unl]
        if len(unl) == 1:
            lz.choice("phrase:sides", [w == vals[0], h == vals[0]], _spans(unl), ["rectangle"])
        else:
            if len(unl) == 2:
                expr = z3.And(w == vals[0], h == vals[1])
            else:   # four sides listed: opposite sides equal
                vs = [g["value"] for g in unl]
                expr = z3.And(w == vals[0], h == vals[1], *(P.val(vs[i]) == P.val(vs[i % 2]) for i in range(len(vs))))
            P.add("phrase:sides", expr, _spans(unl), ["rectangle"])
    if scene.attr("incircle"):
        P.add("phrase:incircle", w == h, [scene.attr("incircle"), fs], ["pitot"])
    dd = _data()["defaults"]
    lz.defaults.append(w == P.val(Fraction(str(dd["polygon_side"]))) if fig == "square" else w == P.val(Fraction(5)))
    lz.defaults.append(h == P.val(Fraction(str(dd["rectangle_ratio"]))) * w)
    return lz


# --- regular polygon: side s, circumradius R, inradius r

def _polygon(P: Any, scene: SceneGraph, gs: list[dict[str, Any]]) -> _Lazy:
    z3 = P.z3
    n = int(scene.attr("n"))
    fs = scene.attr("figure_span")
    s, R, r, th = P.real("s"), P.real("R"), P.real("r"), P.real("theta")
    sn, cn = math.sin(math.pi / n), math.cos(math.pi / n)

    def build(known: dict[str, Fraction]) -> _Built | None:
        """One of side, circumradius, inradius gives the others: s = 2R sin(180°/n), r = R cos(180°/n)."""
        for k, to_R in (("s", lambda v: v / (2 * sn)), ("R", lambda v: v), ("r", lambda v: v / cn)):
            if k in known:
                Rv = to_R(float(known[k]))
                return _Built({k: known[k]}, [{"s": 2 * Rv * sn, "R": Rv, "r": Rv * cn, k: float(known[k])}],
                              "regular_polygon", f"regular {n}-gon from its {dict(s='side', R='circumradius', r='inradius')[k]}")
        return None
    lz = _Lazy(P, {"s": s, "R": R, "r": r}, build, hint="give the side, the circumradius or the inradius")
    P.s.add(s > 0, R > 0, r > 0)
    P.add("law:polygon_angle_sum", n * th == (n - 2) * 180, [fs], ["polygon_angle_sum"])
    for k, g in enumerate(gs):
        rl, val, sp, name = g["role"], _val_of(P, g), [g["span"]], f"phrase:{k}:{g['role']}"
        if rl in ("side", "length"):
            P.add(name, s == val, sp)
        elif rl in ("angle", "interior_angle"):
            P.add(name, th == val, sp)
        elif rl in ("circumradius", "radius"):
            P.add(name, R == val, sp, ["circumcircle"])
        elif rl in ("circum_diameter", "diameter"):
            P.add(name, 2 * R == val, sp, ["circumcircle"])
        elif rl == "inradius":
            P.add(name, r == val, sp, ["incircle"])
        elif rl == "in_diameter":
            P.add(name, 2 * r == val, sp, ["incircle"])
    lz.defaults.append(s == P.val(Fraction(str(_data()["defaults"]["polygon_side"]))))
    return lz


# --- circle: radius r, and for tangents the distance of the point and the tangent length t

def _circle_build(known: dict[str, Fraction], tangents: bool, chord: bool = False) -> _Built | None:
    """The radius alone fixes a circle; with tangents, two of radius, distance and tangent length give
    the third: t² = dist² − r² (III.18, I.47); with a chord, the radius and the chord's length c give its
    distance from the centre √(r² − (c/2)²) (III.3, I.47; ``geometry_chord``)."""
    if chord:
        if "r" not in known or "c" not in known:
            return None
        ante = {"r": known["r"], "c": known["c"]}
        r_, c_ = float(known["r"]), float(known["c"])
        if c_ > 2 * r_:
            return _Built(ante, [], "chord", "the radius and the chord (the perpendicular from the centre bisects it)")
        return _Built(ante, [{"r": r_, "c": c_, "cd": math.sqrt(r_ * r_ - c_ * c_ / 4)}], "chord",
                      "the radius and the chord (the perpendicular from the centre bisects it)")
    how = "two of radius, distance and tangent length (tangent ⟂ radius, Pythagoras)"
    if not tangents:
        return _Built({"r": known["r"]}, [{"r": float(known["r"])}], "positive_length", "the radius") \
            if "r" in known else None
    for (p, q), third in ((("r", "dist"), "t"), (("r", "t"), "dist"), (("t", "dist"), "r")):
        if p in known and q in known:
            ante = {p: known[p], q: known[q]}
            v = {k: float(x) for k, x in ante.items()}
            if third == "dist":
                v["dist"] = math.hypot(v["r"], v["t"])
            else:
                big, small = v["dist"], v[p if q == "dist" else q]
                if big <= small:
                    return _Built(ante, [], "tangent_length", how)
                v[third] = math.sqrt(big * big - small * small)
            return _Built(ante, [v], "tangent_length", how)
    return None


def _circle(P: Any, scene: SceneGraph, gs: list[dict[str, Any]]) -> _Lazy:
    z3 = P.z3
    r, dd, t = P.real("r"), P.real("dist"), P.real("t")
    tang = scene.attr("tangents")
    chord = scene.attr("chord")
    if chord and tang:
        raise UnsupportedError(f"'{chord['span']['text']}': a chord and tangents are not drawn on one circle")
    cc = P.real("c")
    xs = {"r": r, "dist": dd, "t": t} if tang else {"r": r, "c": cc} if chord else {"r": r}
    lz = _Lazy(P, xs, lambda kn: _circle_build(kn, bool(tang), bool(chord)),
               hint="give the radius (and the point's distance or the tangent length)")
    P.s.add(r > 0)
    if chord:
        # no chord is longer than the diameter (III.15)
        P.add("law:chord", z3.And(cc > 0, cc <= 2 * r), [chord["span"]], ["chord"])
    for k, g in enumerate(gs):
        rl, val, sp, name = g["role"], _val_of(P, g), [g["span"]], f"phrase:{k}:{g['role']}"
        if rl == "radius":
            P.add(name, r == val, sp)
        elif rl == "diameter":
            P.add(name, 2 * r == val, sp, ["diameter"])
        elif rl == "distance":
            P.add(name, dd == val, sp)
        elif rl == "tangent_length":
            P.add(name, t == val, sp, ["tangent_length"])
        elif rl == "chord":
            P.add(name, cc == val, sp)
    if tang or any(g["role"] in ("distance", "tangent_length") for g in gs):
        if not tang:
            raise UnsupportedError("a distance from the centre is drawn with the tangents from that point; "
                                   "add e.g. 'and the tangents from P'")
        P.add("law:tangent_external", dd > r, [tang], ["tangent_external"])
        P.s.add(t > 0)
    d = _data()["defaults"]
    lz.defaults.append(r == P.val(Fraction(str(d["circle_radius"]))))
    if tang:
        lz.defaults.append(dd == r * P.val(Fraction(str(d["tangent_distance"]))))
    return lz


def _segment(P: Any, scene: SceneGraph, gs: list[dict[str, Any]]) -> _Lazy:
    L = P.real("L")
    lz = _Lazy(P, {"L": L}, lambda kn: _Built(dict(kn), [{"L": float(kn["L"])}], "positive_length", "the length")
               if "L" in kn else None, hint="give its length")
    P.s.add(L > 0)
    for k, g in enumerate(gs):
        P.add(f"phrase:{k}:length", L == _val_of(P, g), [g["span"]])
    lz.defaults.append(L == P.val(Fraction(str(_data()["defaults"]["segment_length"]))))
    return lz


def _quadrilateral(P: Any, scene: SceneGraph, gs: list[dict[str, Any]]) -> _Lazy:
    from .geometry_quad import build_quad
    return build_quad(P, scene, gs)


_BUILDERS = {"triangle": _triangle, "square": _quad, "rectangle": _quad, "polygon": _polygon, "circle": _circle,
             "segment": _segment, "parallelogram": _quadrilateral, "rhombus": _quadrilateral,
             "trapezoid": _quadrilateral, "kite": _quadrilateral}

_FIGURES: dict[SceneGraph, Figure] = {}


def plane_figure(scene: SceneGraph, timeout_s: float = 10.0) -> Figure:
    """Solve the scene's figure (cached per scene, so solve and verify see the same one). Raises
    ``UnsatisfiableError`` with the user's phrases and the laws when the text is impossible."""
    f = _FIGURES.get(scene)
    if f is None:
        f = _solve_figure(scene, timeout_s)
        if len(_FIGURES) >= 64:
            _FIGURES.pop(next(iter(_FIGURES)))
        _FIGURES[scene] = f
    return f


def _solve_figure(scene: SceneGraph, timeout_s: float) -> Figure:
    t0 = time.perf_counter()
    if scene.domain != "geometry":
        raise InputError(f"scene.domain must be 'geometry', got {scene.domain!r}")
    fig = scene.attr("figure")
    gs = _givens(scene)
    _check_roles(scene, gs)
    builder = _BUILDERS[fig]

    exact = [False]

    def make() -> _Lazy:
        P_ = _Problem(timeout_s)
        P_.exact_stated = exact[0]
        lz_ = builder(P_, scene, gs)
        lz_.rebuild = make
        return lz_
    lz = make()
    try:
        vals, built = lz.solve()
    except (UnsupportedError, UnsatisfiableError):
        # measures held to their written precision ("≈ 6.0 cm") that no construction reached: the text read with
        # each stated value exact, as written — a figure, or the conflict of the values as written
        if not getattr(lz.P, "stated_prefer", None):
            raise
        exact[0] = True
        lz = make()
        vals, built = lz.solve()
    V = list(scene.attr("vertices"))
    circle = inc = circ = point = chord_d = diag2 = alt = None
    radii: list[tuple[str, float]] = []
    contacts: list[tuple[float, float]] = []
    diagonal = None
    if fig == "triangle":
        pts, _, _ = _construct_triangle(scene, vals)
        if scene.attr("coords"):
            from .geometry_coords import place
            pts = place(pts, dict(scene.attr("coords")))
        else:      # the side the figure is about drawn as its base, horizontal (geometry_base)
            from .geometry_base import base_down, base_side
            pts = base_down(pts, base_side(scene, pts, gs))
        if any(g["role"] == "height" for g in gs):
            from .geometry_altitude import triangle_altitude
            alt = triangle_altitude(scene, pts, gs)
        elif scene.attr("altitude_drawn"):
            from .geometry_altitude import triangle_altitude
            alt = triangle_altitude(scene, pts, [{"role": "height", "value": None,
                                                  "target": scene.attr("altitude_drawn")["target"]}])
    elif fig in ("square", "rectangle"):
        w, h = vals["w"], vals["h"]
        pts = [(V[0], 0.0, 0.0), (V[1], w, 0.0), (V[2], w, h), (V[3], 0.0, h)]
        if scene.attr("coords"):       # bounded by lines x = a, y = b: at the text's corners (geometry_equations)
            from .geometry_coords import place
            pts = place(pts, dict(scene.attr("coords")))
        drawn_d = list(scene.attr("diagonals_drawn") or [])
        if (any(g["role"] == "diagonal" for g in gs) or "p" in drawn_d) and not scene.attr("diagonals_hidden"):
            diagonal = vals["d"]
        if "q" in drawn_d:
            diag2 = vals["d"]
    elif fig in ("parallelogram", "rhombus", "trapezoid", "kite"):
        from .geometry_quad import altitude_of, quad_points  # noqa: I001
        pts = quad_points(V, vals)
        from .geometry_quad import drawn_diagonals
        diagonal, diag2 = drawn_diagonals(V, vals, gs)
        if scene.attr("diagonals_hidden"):
            diagonal = diag2 = None
        drawn_d = list(scene.attr("diagonals_drawn") or [])   # asked for without their lengths: drawn, measured
        if "p" in drawn_d and diagonal is None:
            diagonal = vals["p"]
        if "q" in drawn_d and diag2 is None:
            diag2 = vals["q"]
        if any(g["role"] == "height" for g in gs):
            alt = altitude_of(fig, V, pts, next(g for g in gs if g["role"] == "height"))
    elif fig == "polygon":
        n = len(V)
        R = vals["R"]
        pts = [(V[k], R * math.cos(-math.pi / 2 - math.pi / n + 2 * math.pi * k / n),
                R * math.sin(-math.pi / 2 - math.pi / n + 2 * math.pi * k / n)) for k in range(n)]
    elif fig == "circle":
        r = vals["r"]
        cxy = scene.attr("centre_xy") or (0.0, 0.0)     # an equation's centre (geometry_equations)
        circle = (float(cxy[0]), float(cxy[1]), r)
        pts = []
        if scene.attr("chord"):
            from .geometry_chord import chord_points
            pts, chord_d = chord_points(r, vals["c"], V)
            radii = [(nm, r) for nm in (scene.attr("radii") or [])]
        if scene.attr("tangents"):
            D = vals["dist"]
            point = (D, 0.0)
            ph = math.acos(r / D)
            contacts = [(r * math.cos(ph), r * math.sin(ph)), (r * math.cos(ph), -r * math.sin(ph))]
            contacts = contacts[:scene.attr("tangent_count", 2)]
        if cxy != (0.0, 0.0):    # constructed about the origin, moved to the equation's centre
            dx, dy = circle[0], circle[1]
            pts = [(nm, x_ + dx, y_ + dy) for nm, x_, y_ in pts]
            point = (point[0] + dx, point[1] + dy) if point else None
            contacts = [(x_ + dx, y_ + dy) for x_, y_ in contacts]
    else:
        pts = [(V[0], 0.0, 0.0), (V[1], vals["L"], 0.0)]
    if scene.attr("incircle"):
        inc = _incircle(pts)
    if scene.attr("circumcircle"):
        circ = _circumcircle(pts)
    n = len(pts)
    sides = []
    if n >= 2:
        for i in range(n if n > 2 else 1):
            p, q = pts[i], pts[(i + 1) % n]
            sides.append((p[0] + q[0], math.hypot(p[1] - q[1], p[2] - q[2])))
    sides += radii            # a chord's radii to its ends: each the radius (geometry_chord)
    angles = []
    if n >= 3:
        for i in range(n):
            p, q, r_ = pts[i - 1], pts[i], pts[(i + 1) % n]
            angles.append((q[0], _angle_at(p[1:], q[1:], r_[1:])))
    fg = Figure(fig, tuple(pts), circle, inc, circ, point, tuple(contacts), tuple(sides), tuple(angles), diagonal,
                scene.attr("unit", "units"), time.perf_counter() - t0, built.how, lz.logic(), chord_d, diag2, alt,
                tuple((float(Fraction(c["cx"])), float(Fraction(c["cy"])), math.sqrt(Fraction(c["r2"])))
                      for c in scene.attr("extra_circles") or []))
    _numeric_check(scene, fg, gs)
    return fg


def _numeric_check(scene: SceneGraph, fg: Figure, gs: list[dict[str, Any]]) -> None:
    """The constructed coordinates must show every stated measure (the direct face of the laws)."""
    sides = dict(fg.sides)
    angles = dict(fg.angles)
    bad = []
    for g in gs:
        v = float(g["value"])
        if g["target"] and g["role"] == "side" and fg.kind in ("triangle", "parallelogram", "rhombus", "trapezoid",
                                                               "kite"):
            t = g["target"]
            got = sides.get(t, sides.get(t[::-1]))
            if got is not None and abs(got - v) > 1e-6 * max(1, v):
                bad.append(g)
        if g["target"] and g["role"] == "angle" and g["target"] in angles:
            if abs(angles[g["target"]] - v) > 1e-6:
                bad.append(g)
    if bad:
        raise UnsatisfiableError([g["span"] for g in bad], [_law("law_of_cosines")],
                                 detail="the constructed triangle cannot show these measures")


# ---------------------------------------------------------------------------------------------
# layout


def _text_box(lb: Label):
    from .geometry_draw import text_box
    return text_box(lb)


def solve_geometry(scene: SceneGraph, *, timeout_s: float = 10.0) -> Layout:
    """The figure drawn to scale in textbook style (``geometry_draw``): black sides, vertex dots and
    letters, right-angle squares, arcs at stated angles, equal-side ticks, given lengths beside their
    sides, circles and tangents; labels placed clear of every line and of each other."""
    from .geometry_draw import draw_figure
    t0 = time.perf_counter()
    fg = plane_figure(scene, timeout_s)
    return draw_figure(scene, fg, _givens(scene), t0)


# ---------------------------------------------------------------------------------------------
# verify (pixels only)


def verify_geometry(png: bytes, scene: SceneGraph) -> Verdict:
    """Check the figure's pixels against the scene (``geometry_verify``): every point found as a dot
    and named by its letter, every side length and angle, every side drawn, right-angle squares,
    angle arcs, equal-side ticks and given lengths, circles fitted to their strokes (radius, incircle
    tangency, circumcircle through the vertices) and tangents."""
    from .geometry_verify import verify
    return verify(png, scene)


# ---------------------------------------------------------------------------------------------
# the plug-in


@register("nesy.geometry.v1")
class GeometryDomain(ExactRender):
    """Plane geometry: triangles, quadrilaterals, regular polygons, circles and tangents (Z3 over the reals)."""

    name = "nesy.geometry.v1"
    key = "geometry"
    # the measures this science draws from the text (an unread one is refused: nesy.parse.quantities.unread_quantities)
    drawn_quantities = ("m", "m**2", "deg")   # lengths, areas, angles

    def score(self, text: str) -> float:
        """Fraction (0–1) of the text's content words that are plane-geometry vocabulary; 0 unless a
        word only geometry uses (triangle, hexagon, incircle, tangent …) occurs."""
        return _score(text)

    def parse(self, text: str, *, allow_unknown: bool = False) -> SceneGraph:
        scene = parse_geometry(text, allow_unknown=allow_unknown)
        _category_labels(text, scene)
        return scene

    def parts_left_out(self, text: str, scene: SceneGraph) -> list[tuple[int, int]]:
        """Spans of values said of a line nesy does not draw ("the median from A is 4 cm",
        ``geometry_of_figure.unread_subject``), as the parse of ``text`` recorded them in ``scene``: listed as not
        drawn, never a side's value nor a default's."""
        return [(sp["start"], sp["end"]) for sp in scene.attr("lines_left_out") or []]

    def figure_kind(self, text: str) -> bool:
        """Whether ``text`` names a plane figure by its equations — "the circle x^2 - 8x + y^2 = 0", "the
        lines x = -5, x = 5, y = 0 and y = -10" bounding a rectangle (``geometry_equations``): detection's
        evidence, whatever other science's words the problem is worded in ("polar coordinates", "integral").
        So does a request to draw a triangle by its vertex letters ("Draw △ABC", "sketch triangle PQR") in a text
        with no mass or force (a ramp, a ladder or a tower named in it is the triangle's setting, not statics)."""
        from .geometry_rightwords import MECHANICS_RX
        if re.search(r"(?i)\b(?:draw|sketch|construct|show|plot)\s+(?:(?:the|a)\s+)?(?:right\s+)?(?:[△▵∆Δ]\s*|triangles?\s+)"
                     r"(?-i:[A-Z]{3})(?![A-Za-z])", text) and not MECHANICS_RX.search(text):
            return True
        if "=" not in text or not re.search(r"(?i)\b(?:circles?|lines?)\b", text):
            return False
        from .geometry_equations import bounded_rectangle, equations
        eqs = equations(text)
        return (bool(re.search(r"(?i)\bcircles?\b", text)) and any(q.kind == "circle" for q in eqs)) or (
            bool(re.search(r"(?i)\blines?\b", text)) and bounded_rectangle(eqs) is not None)

    def denies_nothing_drawn(self, phrase: str) -> bool:
        """Whether an unread negated ``phrase`` ("don't add the seam allowance") names nothing the figure draws
        (``geometry_tags.denies_nothing_drawn``): listed as not drawn, the figure shows nothing it denies."""
        from .geometry_tags import denies_nothing_drawn
        rx, table, _single = _vocab()
        return denies_nothing_drawn(phrase, frozenset(w for k in table for w in k.split()))

    def solve(self, scene: SceneGraph, *, seed: int = 0, attempt: int = 0, feedback: Verdict | None = None,
              timeout_s: float = 10.0) -> Layout:
        """Deterministic: a figure fixed by its measures has one drawing; ``seed`` and ``attempt`` are unused."""
        return solve_geometry(scene, timeout_s=timeout_s)

    def verify(self, png: bytes, scene: SceneGraph) -> Verdict:
        return verify_geometry(png, scene)

    def artifacts(self, layout: Layout, scene: SceneGraph) -> dict[str, bytes]:
        """``figure.json``: the solved coordinates (figure unit, y up) and measures."""
        import json
        fg = plane_figure(scene)
        d = {"kind": fg.kind, "unit": fg.unit, "vertices": {n: [x, y] for n, x, y in fg.vertices},
             "sides": dict(fg.sides), "angles_deg": dict(fg.angles), "circle": fg.circle, "incircle": fg.incircle,
             "circumcircle": fg.circumcircle, "point": fg.point, "contacts": [list(c) for c in fg.contacts],
             "construction": fg.construction}
        if fg.extra_circles:
            d["circles"] = [list(fg.circle)] + [list(c) for c in fg.extra_circles]   # every circle (x, y, r)
        if scene.attr("formulas"):
            # the trigonometric values the text writes, each checked true (geometry_prose)
            d["formulas"] = [{"text": f["text"], "holds": True} for f in scene.attr("formulas")]
        if fg.point and fg.circle:
            # the named points of a tangents figure: centre, external point, contacts (geometry_tangent)
            d["vertices"][scene.attr("centre", "O")] = [fg.circle[0], fg.circle[1]]
            d["vertices"][scene.attr("point", "P")] = list(fg.point)
            for nm, c in zip(scene.attr("contact_names") or [], fg.contacts):
                d["vertices"][nm] = list(c)
        if fg.chord_distance is not None:
            d["chord_distance"] = fg.chord_distance      # the chord's distance from the centre (figure unit)
            # the centre is a named point of a chord figure (its radii OA, OB join it to the chord's ends)
            d["vertices"][scene.attr("centre", "O")] = [fg.circle[0], fg.circle[1]]
        return {"figure.json": json.dumps(d, indent=1).encode()}


# a shape labelled with a word for a category ("a large rectangle labelled Animals", "two circles labelled Mammals and
# Fish"): the regions of an Euler diagram, whose labels name sets — never the vertices geometry names with capitals
_CATEGORY_LABEL = re.compile(r"(?i:\b(?:circles?|rectangles?|ovals?|ellipses?|boxe?s?|regions?|squares?)\s+"
                             r"(?:labell?ed|called|named|marked|titled))\s+['\"‘“]?(?P<w>[A-Z][a-z]{2,})")


def _category_labels(text: str, scene: SceneGraph) -> None:
    """Refuse a text whose shapes are labelled with words for categories the geometry reading left unread: the
    figure would show the shapes without what they stand for (an Euler diagram is the sets science's)."""
    unread = {text[s.start:s.end] for s in scene.unknown}
    hits = [m for m in _CATEGORY_LABEL.finditer(text) if m.group("w") in unread]
    if hits:
        from ..errors import UnsupportedError
        m = hits[0]
        raise UnsupportedError(
            f"'{m.group(0)}' at {m.start()}-{m.end()}: a shape labelled with a category's name is a region of an Euler "
            f"or Venn diagram, not a figure of plane geometry; write it as sets, e.g. '{m.group('w')} is inside …', "
            f"'{m.group('w')} and … overlap'")
