"""Plane geometry (``nesy.geometry.v1``): a text describing a ruler-and-compass figure → an exact drawing.

parse: quantities (``7 cm``, ``40°``, ``AB = 5 cm``, ``angle C = 90°``, ``sides 3, 4 and 5 cm``) are read
by regular expressions, the words around them against ``grammars/geometry/grammar.yaml``: the main
figure (triangle, square, rectangle, regular n-gon, circle, segment), triangle kinds (right, isosceles,
equilateral, scalene), attached circles (incircle, circumcircle), tangents from a point, and the role
of every quantity (side, leg, base, hypotenuse, angle, included angle, radius, diagonal, distance …).

solve: Z3 over the reals (a fresh ``z3.Context`` per solve) holds the measures the text gives and the
laws of ``solvers/geometry.yaml`` (Euclid I.20 triangle inequality, I.32 angle sum, II.12–13 law of
cosines, I.47 Pythagoras, III.16–18 tangents …) as tracked assertions; an impossible text raises
``UnsatisfiableError`` naming the user's phrases and the laws with their sources. Measures the text
leaves open are fixed by defaults that never contradict it; coordinates are then constructed from the
model and drawn into a ``Layout`` (pixels, y down) with one exactly coloured marker per vertex and a
scale bar, so the verifier can measure the figure.

verify: from the PNG pixels alone: vertex markers by their exact colours, the scale bar's length
(px per unit), every side length and angle against the scene's measures, circles fitted to their
stroke pixels (radius, incircle tangency, circumcircle through the vertices), tangency of tangents.
"""
from __future__ import annotations

import functools
import itertools
import math
import re
import time
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

import numpy as np

from ..errors import InputError, UnknownWordsError, UnsatisfiableError, UnsupportedError
from ..registry import register
from ..resources import load_yaml
from .kit import DomainFiles, ExactRender
from ..parse.words import (common_words as _common_words, norm as _norm, number_rx, number_value, number_words_rx,
                           phrase_rx as _phrase_rx)
from ..types import (Check, Entity, Label, Layout, Relation, SceneGraph, Shape, Span,
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

_NUM = r"(?P<neg>[-−–]\s*)?(?P<num>" + number_rx() + r")"   # digits or words: "70", "seventy", "twenty-five"
_LEN_UNITS = {"cm": "cm", "mm": "mm", "m": "m", "unit": "units", "units": "units",
              "centimetre": "cm", "centimetres": "cm", "centimeter": "cm", "centimeters": "cm",
              "millimetre": "mm", "millimetres": "mm", "millimeter": "mm", "millimeters": "mm",
              "metre": "m", "metres": "m", "meter": "m", "meters": "m"}
_TO_MM = {"mm": 1.0, "cm": 10.0, "m": 1000.0, "units": 1.0}
_UNIT_RX = (r"(?P<unit>°|º|degrees?|deg(?![a-z])|centimet(?:re|er)s?|millimet(?:re|er)s?|met(?:re|er)s?"
            r"|cm|mm|m|units?)(?![A-Za-z])")
_QTY_RE = re.compile(rf"(?<![\w.]){_NUM}(?:\s*{_UNIT_RX})?(?![\w.])")
# a word number with no unit is a measure only inside a list of them or right after a label ("angle A is sixty")
_LIST_NEXT_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|by\s+|x\s+|×\s*|&\s*)\s*" + number_rx() + r"(?![\w.])",
                           re.IGNORECASE)
_SEP_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|by\s+|x\s+|×\s*|&\s*)\s*$", re.IGNORECASE)
_NGON_RE = re.compile(r"(?<![A-Za-z0-9])(?:regular\s+)?(?P<n>\d+)[\s\-]*(?:gon|sided\s+(?:regular\s+)?polygon)"
                      r"(?![A-Za-z])|(?<![A-Za-z])(?:regular\s+)?polygon\s+with\s+(?P<n2>\d+)\s+(?:equal\s+)?sides"
                      r"(?![A-Za-z])", re.IGNORECASE)
_SIDE_LAB_RE = re.compile(r"(?<![A-Za-z])(?:side\s+)?\|?(?P<p>[A-Z])(?P<q>[A-Z])\|?(?![A-Za-z])\s*"
                          r"(?:=|:|is|measures|measuring|of\s+length|has\s+length|of)?\s*"
                          r"(?=\d|" + number_words_rx() + ")")
_ANG_LAB_RE = re.compile(r"(?<![A-Za-z])(?:[Aa]ngle|∠)\s*(?:at\s+)?(?:vertex\s+)?(?P<v>[A-Z]{1,3})(?![A-Za-z])\s*"
                         r"(?:=|:|is|of|measures|measuring)?\s*(?=\d|" + number_words_rx() + ")")
_RIGHT_AT_RE = re.compile(r"(?<![A-Za-z])right\s+angle\s+at\s+(?:vertex\s+)?(?P<v>[A-Z])(?![A-Za-z])",
                          re.IGNORECASE)
# the keyword in any case, the name in capitals only: "a square with side 4 cm" names no square "with"
_NAME_RE = re.compile(r"(?<![A-Za-z])(?i:triangle|square|rectangle|quadrilateral|segment|pentagon|hexagon|polygon|"
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
        n = int(m.group("n") or m.group("n2"))
        take("NGON", n, m.start(), m.end())
    for m in _RIGHT_AT_RE.finditer(text):
        take("RIGHT_AT", m.group("v"), m.start(), m.end())
    for m in _NAME_RE.finditer(text):   # names do not consume the text: "segment AB of length 6 cm"
        take("NAME", m.group("name"), m.start("name"), m.end(), mark=False)
    for m in _SIDE_LAB_RE.finditer(text):
        if free(m.start(), m.end()) and m.group("p") != m.group("q"):
            take("SIDE_LAB", m.group("p") + m.group("q"), m.start(), m.end())
    for m in _ANG_LAB_RE.finditer(text):
        if free(m.start(), m.end()):
            v = m.group("v")
            take("ANG_LAB", v[1] if len(v) == 3 else v[0] if len(v) == 1 else None, m.start(), m.end())
    for m in _QTY_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        unit = m.group("unit")
        if unit is not None:
            u = unit.lower()
            unit = "deg" if (u in ("°", "º") or u.startswith("deg")) else _LEN_UNITS[u]
        num = m.group("num")
        if not num[0].isdigit() and unit is None and not (m.start() > 0 and used[m.start() - 1]) \
                and not _LIST_NEXT_RE.match(text, m.end()):
            continue    # "the two tangents": a count, not a measure; "seventy, sixty and eighty degrees" is one
        val = Fraction(num) if num[0].isdigit() else Fraction(int(number_value(num)))
        if m.group("neg"):
            if strict:
                raise InputError(f"a length or angle must be positive, got '{m.group(0)}' at "
                                 f"{m.start()}-{m.end()}")
            continue
        take("QTY", {"value": val, "unit": unit, "num": m.group("num")}, m.start(), m.end())
    rx, table, single = _vocab()
    for m in rx.finditer(text):
        if free(m.start(), m.end()):
            tag, val = table[_norm(m.group(0))]
            take(tag, val, m.start(), m.end())
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


def _score(text: str) -> float:
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT_CHARS:
        return 0.0
    words = [w.lower() for w in _WORD_RE.findall(text)]
    g = _grammar()
    strong = {str(w) for w in g["strong"]}
    weak = {str(w) for w in g["weak"]}
    n_strong = sum(1 for w in words if w in strong) + len(_NGON_RE.findall(text))
    n_strong -= len(re.findall(r"(?i)\bsquare[\s\-]+waves?\b", text))      # a circuit's signal
    if re.search(r"(?i)\bcircles?\b", text) and re.search(r"(?i)\b(?:radius|diameter)\b", text) and \
            re.search(r"\d\s*(?:cm|mm|m|units?|centimet(?:re|er)s?|millimet(?:re|er)s?)(?![A-Za-z])", text):
        n_strong += 1      # "a circle of radius 3 cm": a ruler-and-compass circle
    if not n_strong:
        return 0.0
    common = _common_words()
    content = [w for w in words if w not in common] or words
    hits = n_strong + sum(1 for w in words if w in weak)
    return min(1.0, hits / max(len(content), 1))


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
    claims, unknown, _ = _claims(text, strict=True)
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
        elif c.value in ("square", "rectangle"):
            kinds.append((c.value, 4, c))
        else:
            kinds.append((c.value, 0, c))
    incs = [c for c in claims if c.tag == "INCIRCLE"]
    circs = [c for c in claims if c.tag == "CIRCUMCIRCLE"]
    tans = [c for c in claims if c.tag == "TANGENT"]
    flags = {c.value: _sp(text, c.start, c.end) for c in claims if c.tag == "FLAG"}
    rank = {"triangle": 0, "square": 1, "rectangle": 1, "polygon": 1, "circle": 2, "segment": 3}
    if not kinds and flags and any(f in flags for f in ("isosceles", "equilateral", "scalene")):
        c = next(c for c in claims if c.tag == "FLAG")
        kinds.append(("triangle", 3, c))
    if not kinds:
        if incs or circs:
            raise InputError("an inscribed or circumscribed circle needs a figure to belong to, e.g. "
                             "'a triangle with sides 3, 4 and 5 cm and its incircle'")
        raise InputError("the text names no figure: name one, e.g. 'a triangle with sides 3, 4 and 5 cm', "
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
    if figure == "polygon":
        if n < 3:
            raise InputError(f"a polygon needs at least 3 sides, got {n} ('{fc.text}' at {fc.start}-{fc.end})")
        if n == 3:
            figure = "triangle"
        elif n > int(data["max_polygon_sides"]):
            raise UnsupportedError(f"regular polygons are drawn with at most {data['max_polygon_sides']} sides, "
                                   f"got {n} ('{fc.text}')")
    if figure != "triangle" and any(f in flags for f in ("isosceles", "equilateral", "scalene", "right")):
        if "right" not in flags or set(flags) - {"right"}:
            raise UnsupportedError(f"'{', '.join(flags)}' describes a triangle, not a {figure}")
        flags.pop("right")
    if figure == "circle" and (incs or circs):
        raise UnsupportedError("an inscribed or circumscribed circle needs a polygon to belong to")
    if figure in ("segment",) and (incs or circs or tans):
        raise UnsupportedError("a segment has no inscribed circle or tangents")
    if tans and figure != "circle":
        raise UnsupportedError("tangent lines are drawn to a circle, e.g. 'a circle of radius 3 cm and the "
                               "two tangents from a point P 7 cm from its centre'")

    # the roles of the quantities: the nearest role word before (or post-word after) a quantity group
    given: list[_Given] = []
    markers = [c for c in claims if c.tag in ("ROLE", "SIDE_LAB", "ANG_LAB", "INCIRCLE", "CIRCUMCIRCLE",
                                              "TANGENT", "FIG", "NGON")]
    qtys = [c for c in claims if c.tag == "QTY"]
    groups: list[list[_Claim]] = []
    for q in qtys:
        if groups:
            prev = groups[-1][-1]
            gap = text[prev.end:q.start]
            if _SEP_RE.fullmatch(gap) or gap == "" or re.fullmatch(r"\s*,?\s*(?:and\s+)?", gap):
                pu, qu = prev.value["unit"], q.value["unit"]
                if not ((pu == "deg") != (qu == "deg") and pu is not None and qu is not None):
                    groups[-1].append(q)
                    continue
        groups.append([q])
    posts = [c for c in claims if c.tag == "POST"]
    for grp in groups:
        unit = next((q.value["unit"] for q in reversed(grp) if q.value["unit"]), None)
        g0, g1 = grp[0].start, grp[-1].end
        prev_m = [m for m in markers if m.end <= g0]
        role, target, ctx = None, None, None
        mk = prev_m[-1] if prev_m else None
        post = next((p for p in posts if 0 <= p.start - g1 <= 3), None)
        if post is not None:
            role = post.value
            span = _sp(text, g0, post.end)
            if role == "length":
                role = None
        if mk is not None and role is None:
            between = text[mk.end:g0]
            if len(between) <= 40 and not re.search(r"[.;]", between):
                if mk.tag == "ROLE":
                    role = mk.value
                    if role == "length":   # "sides of length 3, 4, 5": the role word before "length"
                        pm = [m for m in prev_m[:-1] if m.tag == "ROLE" and mk.start - m.end <= 12]
                        role = pm[-1].value if pm else None
                elif mk.tag == "SIDE_LAB":
                    role, target = "side", mk.value
                elif mk.tag == "ANG_LAB":
                    role, target = "angle", mk.value
                span = _sp(text, mk.start, g1)
        if role is None:
            span = _sp(text, g0, g1) if post is None else span
        # "radius" of which circle: the last circle-like word before the quantity
        if role in ("radius", "diameter"):
            circ = [m for m in prev_m if m.tag in ("INCIRCLE", "CIRCUMCIRCLE", "FIG", "NGON")]
            if circ and circ[-1].tag == "INCIRCLE":
                ctx = "in"
            elif circ and circ[-1].tag == "CIRCUMCIRCLE":
                ctx = "circum"
        for q in grp:
            u = q.value["unit"] or unit
            r = role
            if r is None:
                r = "angle" if u == "deg" else None
            if r in ("angle", "included_angle", "apex_angle", "base_angle", "interior_angle"):
                if u not in ("deg", None):
                    raise InputError(f"an angle must be in degrees, got '{q.text}' at {q.start}-{q.end}")
                u = "deg"
            elif u == "deg":
                raise InputError(f"'{q.text}' at {q.start}-{q.end} is an angle where a length "
                                 f"({r or 'side'}) is expected")
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
            given.append(_Given(r, target, q.value["value"], u or "units",
                                f"{q.value['num']}{'°' if u == 'deg' else ' ' + (u or 'units')}",
                                span, _sp(text, q.start, q.end)))
    # a stated in-/circumradius or tangent length draws its circle or tangents
    for x in given:
        if x.role in ("inradius", "in_diameter") and not incs:
            incs = [_Claim("INCIRCLE", None, x.span["start"], x.span["end"], x.span["text"])]
        if x.role in ("circumradius", "circum_diameter") and not circs:
            circs = [_Claim("CIRCUMCIRCLE", None, x.span["start"], x.span["end"], x.span["text"])]
        if x.role == "tangent_length" and not tans:
            tans = [_Claim("TANGENT", None, x.span["start"], x.span["end"], x.span["text"])]
    length_units = [x.unit for x in given if x.unit != "deg"]
    disp = length_units[0] if length_units else "units"
    if "units" in length_units and any(u not in ("units",) for u in length_units):
        raise InputError("the text mixes 'units' with physical lengths (" +
                         ", ".join(sorted(set(length_units))) + "); use one kind")
    for x in given:
        if x.unit != "deg":
            x.value = x.value * Fraction(_TO_MM[x.unit]).limit_denominator() / Fraction(_TO_MM[disp]).limit_denominator()
    names = [c for c in claims if c.tag == "NAME"]
    nverts = {"triangle": 3, "square": 4, "rectangle": 4, "polygon": n, "segment": 2, "circle": 0}[figure]
    vnames = [chr(ord("A") + i) for i in range(nverts)]
    fig_name = next((c.value for c in names if len(c.value) == nverts and nverts >= 2
                     and len(set(c.value)) == nverts), None)
    if fig_name:
        vnames = list(fig_name)
    for x in given:
        if x.target and x.role == "side" and (len(set(x.target) - set(vnames)) or figure == "circle"):
            raise InputError(f"side '{x.target}' at {x.span['start']}-{x.span['end']} is not a side of "
                             f"{''.join(vnames) or 'the figure'}")
        if x.target and x.role == "angle" and x.target not in vnames:
            raise InputError(f"angle at '{x.target}' ({x.span['start']}-{x.span['end']}) is not a vertex of "
                             f"{''.join(vnames)}")
    right_at = [c for c in claims if c.tag == "RIGHT_AT"]
    if right_at:
        flags.setdefault("right", _sp(text, right_at[0].start, right_at[0].end))
    point_name = next((c.value for c in names if re.match(r"(?i)point", text[max(0, c.start - 6):c.start].strip())
                       and len(c.value) == 1), "P")
    centre_name = next((c.value for c in names if re.match(r"(?i)cent", text[max(0, c.start - 7):c.start].strip())
                        and len(c.value) == 1), "O")
    attrs: dict[str, Any] = {
        "figure": figure, "n": nverts, "vertices": vnames, "flags": flags,
        "right_at": right_at[0].value if right_at else None,
        "given": [{"role": x.role, "target": x.target, "value": str(x.value), "unit": x.unit, "text": x.text,
                   "span": x.span, "own": x.own} for x in given],
        "incircle": _sp(text, incs[0].start, incs[0].end) if incs else None,
        "circumcircle": _sp(text, circs[0].start, circs[0].end) if circs else None,
        "tangents": _sp(text, tans[0].start, tans[0].end) if tans else None,
        "unit": disp, "figure_span": _sp(text, fc.start, fc.end),
        "point": point_name, "centre": centre_name,
    }
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
    if attrs["tangents"]:
        s = attrs["tangents"]
        sp = Span(s["start"], s["end"], s["text"])
        entities.append(Entity("point_P", "point", point_name, (), None))
        for i in (1, 2):
            entities.append(Entity(f"tangent_{i}", "tangent", None, (), sp))
            relations.append(Relation("tangent_to", f"tangent_{i}", "figure", sp))
            relations.append(Relation("passes_through", f"tangent_{i}", "point_P", sp))
    ignored = tuple(Span(m.start(), m.end(), m.group(0)) for m in _WORD_RE.finditer(text)
                    if m.group(0).lower() in _common_words()
                    and not any(c.start <= m.start() < c.end for c in claims))
    return SceneGraph("geometry", text, tuple(entities), tuple(relations), _freeze(attrs), ignored,
                      tuple(Span(s, e, w) for w, s, e in unknown))


# ---------------------------------------------------------------------------------------------
# solve


@dataclass(frozen=True)
class Figure:
    """The solved figure in its own unit (y up): vertex coordinates, circles, tangents and the
    measures to check. ``measures`` maps a name ("side AB", "angle C", "inradius") to its value."""

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


def _Problem(timeout_s: float):
    """The tracked Z3 problem of a geometry solve (see nesy/solve/tracked.py)."""
    from ..solve.tracked import TrackedProblem
    return TrackedProblem(timeout_s, stage="geometry solve", law_of=_law,
                          trig_tolerance=str(_data().get("trig_tolerance", "1e-9")))


def _givens(scene: SceneGraph) -> list[dict[str, Any]]:
    out = []
    for g in scene.attr("given", []) or []:
        g = dict(g)
        g["value"] = Fraction(g["value"])
        out.append(g)
    return out


_ROLES_OK = {
    "triangle": {"side", "leg", "base", "hypotenuse", "angle", "included_angle", "apex_angle", "base_angle",
                 "inradius", "circumradius", "in_diameter", "circum_diameter", "length"},
    "square": {"side", "diagonal", "inradius", "circumradius", "in_diameter", "circum_diameter", "width",
               "height", "length", "angle", "interior_angle"},
    "rectangle": {"side", "diagonal", "width", "height", "length", "circumradius", "circum_diameter", "inradius",
                  "in_diameter", "angle", "interior_angle"},
    "polygon": {"side", "interior_angle", "angle", "inradius", "circumradius", "in_diameter", "circum_diameter",
                "radius", "diameter", "length"},
    "circle": {"radius", "diameter", "distance", "tangent_length"},
    "segment": {"length", "side"},
}


def _check_roles(scene: SceneGraph, gs: list[dict[str, Any]]) -> None:
    fig = scene.attr("figure")
    for g in gs:
        if g["role"] not in _ROLES_OK[fig]:
            raise UnsupportedError(f"'{g['span']['text']}' ({g['role'].replace('_', ' ')}) at "
                                   f"{g['span']['start']}-{g['span']['end']} does not apply to a {fig}")


def _triangle(P: _Problem, scene: SceneGraph, gs: list[dict[str, Any]]) -> dict[str, float]:
    z3 = P.z3
    V = scene.attr("vertices")
    flags = scene.attr("flags", {}) or {}
    opp = {V[0]: "a", V[1]: "b", V[2]: "c"}                 # side opposite each vertex
    side_of = {frozenset((V[1], V[2])): "a", frozenset((V[0], V[2])): "b", frozenset((V[0], V[1])): "c"}
    L = {k: P.real(k) for k in "abc"}
    D = {v: P.real(f"deg_{v}") for v in V}
    C = {v: P.real(f"cos_{v}") for v in V}
    sides = [L["a"], L["b"], L["c"]]
    a, b, c = sides
    P.s.add(*(x > 0 for x in sides))
    P.s.add(*(z3.And(C[v] > -1, C[v] < 1) for v in V))
    P.add("law:triangle_inequality", z3.And(a < b + c, b < a + c, c < a + b), laws=["triangle_inequality"])
    P.add("law:angle_sum", z3.And(D[V[0]] + D[V[1]] + D[V[2]] == 180, *(D[v] > 0 for v in V)), laws=["angle_sum"])
    order = []
    for u, w in itertools.combinations(V, 2):
        su, sw = L[opp[u]], L[opp[w]]
        order += [(su > sw) == (D[u] > D[w]), (su == sw) == (D[u] == D[w]),
                  (D[u] > D[w]) == (C[u] < C[w]), (D[u] == D[w]) == (C[u] == C[w])]
    order += [(D[v] == 90) == (C[v] == 0) for v in V] + [(D[v] < 90) == (C[v] > 0) for v in V]
    P.add("law:side_angle_order", z3.And(*order), laws=["side_angle_order"])
    free_sides = [k for k in "abc"]
    free_angles = list(V)
    right_v = scene.attr("right_at")
    unl_sides: list[dict] = []
    unl_angles: list[dict] = []
    k = 0
    for g in gs:
        k += 1
        r, val, sp = g["role"], P.val(g["value"]), [g["span"]]
        name = f"phrase:{k}:{r}"
        if r == "side" and g["target"]:
            s = side_of[frozenset(g["target"])]
            P.add(name, L[s] == val, sp)
            free_sides = [x for x in free_sides if x != s]
        elif r in ("side", "length"):
            unl_sides.append(g)
        elif r == "angle" and g["target"]:
            v = g["target"]
            P.add(name, z3.And(D[v] == val, C[v] == P.const(math.cos(math.radians(float(g["value"]))), f"k{k}")),
                  sp)
            free_angles = [x for x in free_angles if x != v]
        elif r == "angle":
            unl_angles.append(g)
        elif r == "hypotenuse":
            hv = right_v or V[2]
            P.add(name, L[opp[hv]] == val, sp, ["right_triangle"])
            free_sides = [x for x in free_sides if x != opp[hv]]
        elif r == "leg":
            if "right" in flags:
                hv = right_v or V[2]
                legs = [opp[v] for v in V if v != hv]
                P.add(name, z3.Or(*(L[s] == val for s in legs)) if len([x for x in gs if x["role"] == "leg"]) == 1
                      else L[legs[[x for x in gs if x["role"] == "leg"].index(g) % 2]] == val, sp, ["right_triangle"])
            else:   # isosceles: the two equal sides meet at the apex (first vertex)
                P.add(name, z3.And(L["b"] == val, L["c"] == val), sp, ["isosceles"])
        elif r == "base":
            P.add(name, L["a"] == val, sp, ["isosceles"])
        elif r == "apex_angle":
            P.add(name, z3.And(D[V[0]] == val, C[V[0]] == P.const(math.cos(math.radians(float(g["value"]))), f"k{k}")),
                  sp, ["isosceles"])
        elif r == "base_angle":
            cv = P.const(math.cos(math.radians(float(g["value"]))), f"k{k}")
            P.add(name, z3.And(D[V[1]] == val, D[V[2]] == val, C[V[1]] == cv, C[V[2]] == cv), sp, ["isosceles"])
        elif r == "included_angle":
            # between the two stated sides: sides b, c meet at A
            P.add(name, z3.And(D[V[0]] == val, C[V[0]] == P.const(math.cos(math.radians(float(g["value"]))), f"k{k}")),
                  sp)
        elif r in ("inradius", "in_diameter"):
            rr = val if r == "inradius" else val / 2
            s_ = (a + b + c) / 2
            P.add(name, 16 * rr * rr * s_ * s_ == (a + b + c) * (-a + b + c) * (a - b + c) * (a + b - c), sp,
                  ["incircle"])
        elif r in ("circumradius", "circum_diameter"):
            R = val if r == "circumradius" else val / 2
            P.add(name, R * R * (a + b + c) * (-a + b + c) * (a - b + c) * (a + b - c) == a * a * b * b * c * c, sp,
                  ["circumcircle"])
    inc_sides = any(g["role"] == "included_angle" for g in gs)
    # unnamed sides: with an included angle they are b and c (meeting at A); otherwise any sides
    if unl_sides:
        slots = ["b", "c"] if inc_sides else [s for s in free_sides]
        if len(unl_sides) == 1 and len(slots) == 3 and "equilateral" in flags:
            slots = ["a"]
        if len(unl_sides) > len(slots):
            raise InputError(f"a triangle has three sides; the text gives {len(unl_sides)} unnamed side lengths "
                             f"besides {3 - len(free_sides)} named ones")
        options = []
        for perm in itertools.permutations(slots, len(unl_sides)):
            options.append(z3.And(*(L[s] == P.val(g["value"]) for s, g in zip(perm, unl_sides))))
        if inc_sides:
            options = options[:1]
        spans = []
        for g in unl_sides:
            if g["span"] not in spans:
                spans.append(g["span"])
        P.add("phrase:sides", z3.Or(*options), spans)
    if unl_angles:
        slots = free_angles
        if right_v and right_v in slots:
            slots = [v for v in slots if v != right_v] if not any(g["value"] == 90 for g in unl_angles) else slots
        if len(unl_angles) > len(slots):
            raise InputError(f"a triangle has three angles; the text gives {len(unl_angles)} unnamed angles "
                             f"besides {3 - len(free_angles)} named ones")
        options = []
        consts = {i: P.const(math.cos(math.radians(float(g["value"]))), f"ku{i}") for i, g in enumerate(unl_angles)}
        for perm in itertools.permutations(slots, len(unl_angles)):
            options.append(z3.And(*(z3.And(D[v] == P.val(g["value"]), C[v] == consts[i])
                                    for i, (v, g) in enumerate(zip(perm, unl_angles)))))
        spans = []
        for g in unl_angles:
            if g["span"] not in spans:
                spans.append(g["span"])
        P.add("phrase:angles", z3.Or(*options), spans)
    if "right" in flags:
        hv = right_v
        P.add("phrase:right", D[hv] == 90 if hv else z3.Or(*(D[v] == 90 for v in V)), [flags["right"]],
              ["right_triangle"])
        pyth = [z3.Implies(D[v] == 90, L[opp[v]] * L[opp[v]] == sum(L[opp[w]] * L[opp[w]] for w in V if w != v))
                for v in V]
        P.add("law:pythagoras", z3.And(*pyth), laws=["pythagoras"])
    if "isosceles" in flags:
        has_leg = any(g["role"] in ("leg", "base", "apex_angle", "base_angle") for g in gs) and "right" not in flags
        P.add("phrase:isosceles", L["b"] == L["c"] if has_leg else z3.Or(a == b, b == c, a == c), [flags["isosceles"]],
              ["isosceles"])
    if "equilateral" in flags:
        P.add("phrase:equilateral", z3.And(a == b, b == c), [flags["equilateral"]], ["equilateral"])
    if "scalene" in flags:
        P.add("phrase:scalene", z3.And(a != b, b != c, a != c), [flags["scalene"]], ["scalene"])
    P.check()
    cos_law = [L[opp[v]] * L[opp[v]] == sum(L[opp[w]] * L[opp[w]] for w in V if w != v)
               - 2 * L[opp[V[(i + 1) % 3]]] * L[opp[V[(i + 2) % 3]]] * C[v] for i, v in enumerate(V)]
    P.add("law:law_of_cosines", z3.And(*cos_law), laws=["law_of_cosines"])
    P.check()
    d = _data()["defaults"]
    stated = [g["value"] for g in gs if g["role"] in ("side", "leg", "base", "hypotenuse", "length")]
    base_len = (sum(stated) / len(stated)) if stated else Fraction(str(d["triangle_side"]))
    if not stated and not any(g["role"] in ("inradius", "circumradius", "in_diameter", "circum_diameter")
                              for g in gs):
        P.try_default(c == P.val(base_len))
    for s in ("c", "b", "a"):
        P.try_default(L[s] == P.val(base_len))
    for v in V:
        P.try_default(z3.And(D[v] == 60, C[v] == P.val(Fraction(1, 2))))
    vals = P.model_values({**L, **{f"deg_{v}": D[v] for v in V}})
    return vals


def _construct_triangle(scene: SceneGraph, vals: dict[str, float]) -> tuple[list, dict, dict]:
    V = scene.attr("vertices")
    a, b, c = vals["a"], vals["b"], vals["c"]
    cos_a = (b * b + c * c - a * a) / (2 * b * c)
    cos_a = max(-1.0, min(1.0, cos_a))
    pts = [(V[0], 0.0, 0.0), (V[1], c, 0.0), (V[2], b * cos_a, b * math.sqrt(max(0.0, 1 - cos_a * cos_a)))]
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


def _quad(P: _Problem, scene: SceneGraph, gs: list[dict[str, Any]]) -> dict[str, float]:
    z3 = P.z3
    fig = scene.attr("figure")
    fs = scene.attr("figure_span")
    w, h, d = P.real("w"), P.real("h"), P.real("d")
    P.s.add(w > 0, h > 0, d > 0)
    P.add("law:pythagoras", d * d == w * w + h * h, laws=["pythagoras"])
    if fig == "square":
        P.add("phrase:square", w == h, [fs], ["square"])
    unl: list[dict] = []
    V = scene.attr("vertices")
    for k, g in enumerate(gs):
        r, val, sp, name = g["role"], P.val(g["value"]), [g["span"]], f"phrase:{k}:{g['role']}"
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
        vals = [P.val(g["value"]) for g in unl]
        spans = []
        for g in unl:
            if g["span"] not in spans:
                spans.append(g["span"])
        if len(unl) == 1:
            expr = z3.Or(w == vals[0], h == vals[0])
        elif len(unl) == 2:
            expr = z3.And(w == vals[0], h == vals[1])
        else:   # four sides listed: opposite sides equal
            vs = [g["value"] for g in unl]
            expr = z3.And(w == vals[0], h == vals[1], *(P.val(vs[i]) == P.val(vs[i % 2]) for i in range(len(vs))))
        P.add("phrase:sides", expr, spans, ["rectangle"])
    if scene.attr("incircle"):
        P.add("phrase:incircle", w == h, [scene.attr("incircle"), fs], ["pitot"])
    P.check()
    dd = _data()["defaults"]
    P.try_default(w == P.val(Fraction(str(dd["polygon_side"]))) if fig == "square"
                  else w == P.val(Fraction(5)))
    P.try_default(h == w * P.val(Fraction(str(dd["rectangle_ratio"]))))
    return P.model_values({"w": w, "h": h, "d": d})


def _polygon(P: _Problem, scene: SceneGraph, gs: list[dict[str, Any]]) -> dict[str, float]:
    z3 = P.z3
    n = int(scene.attr("n"))
    fs = scene.attr("figure_span")
    s, R, r, th = P.real("s"), P.real("R"), P.real("r"), P.real("theta")
    P.s.add(s > 0, R > 0, r > 0)
    P.add("law:polygon_angle_sum", th * n == (n - 2) * 180, [fs], ["polygon_angle_sum"])
    sn = P.const(math.sin(math.pi / n), "sin_n")
    cn = P.const(math.cos(math.pi / n), "cos_n")
    P.add("law:regular_polygon", z3.And(s == 2 * R * sn, r == R * cn), laws=["regular_polygon"])
    for k, g in enumerate(gs):
        rl, val, sp, name = g["role"], P.val(g["value"]), [g["span"]], f"phrase:{k}:{g['role']}"
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
    P.check()
    P.try_default(s == P.val(Fraction(str(_data()["defaults"]["polygon_side"]))))
    return P.model_values({"s": s, "R": R, "r": r, "theta": th})


def _circle(P: _Problem, scene: SceneGraph, gs: list[dict[str, Any]]) -> dict[str, float]:
    z3 = P.z3
    r, dd, t = P.real("r"), P.real("dist"), P.real("t")
    P.s.add(r > 0)
    tang = scene.attr("tangents")
    for k, g in enumerate(gs):
        rl, val, sp, name = g["role"], P.val(g["value"]), [g["span"]], f"phrase:{k}:{g['role']}"
        if rl == "radius":
            P.add(name, r == val, sp)
        elif rl == "diameter":
            P.add(name, 2 * r == val, sp, ["diameter"])
        elif rl == "distance":
            P.add(name, dd == val, sp)
        elif rl == "tangent_length":
            P.add(name, t == val, sp, ["tangent_length"])
    if tang or any(g["role"] in ("distance", "tangent_length") for g in gs):
        if not tang:
            raise UnsupportedError("a distance from the centre is drawn with the tangents from that point; "
                                   "add e.g. 'and the tangents from P'")
        P.add("law:tangent_external", dd > r, [tang], ["tangent_external"])
        P.add("law:tangent_length", z3.And(t > 0, t * t == dd * dd - r * r), laws=["tangent_length"])
    P.check()
    d = _data()["defaults"]
    P.try_default(r == P.val(Fraction(str(d["circle_radius"]))))
    P.try_default(dd == r * P.val(Fraction(str(d["tangent_distance"]))))
    return P.model_values({"r": r, "dist": dd, "t": t})


def _segment(P: _Problem, scene: SceneGraph, gs: list[dict[str, Any]]) -> dict[str, float]:
    L = P.real("L")
    P.s.add(L > 0)
    for k, g in enumerate(gs):
        P.add(f"phrase:{k}:length", L == P.val(g["value"]), [g["span"]])
    P.check()
    P.try_default(L == P.val(Fraction(str(_data()["defaults"]["segment_length"]))))
    return P.model_values({"L": L})


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
    P = _Problem(timeout_s)
    V = list(scene.attr("vertices"))
    circle = inc = circ = point = None
    contacts: list[tuple[float, float]] = []
    diagonal = None
    if fig == "triangle":
        vals = _triangle(P, scene, gs)
        pts, _, _ = _construct_triangle(scene, vals)
    elif fig in ("square", "rectangle"):
        vals = _quad(P, scene, gs)
        w, h = vals["w"], vals["h"]
        pts = [(V[0], 0.0, 0.0), (V[1], w, 0.0), (V[2], w, h), (V[3], 0.0, h)]
        if any(g["role"] == "diagonal" for g in gs):
            diagonal = vals["d"]
    elif fig == "polygon":
        vals = _polygon(P, scene, gs)
        n = len(V)
        R = vals["s"] / (2 * math.sin(math.pi / n))
        pts = [(V[k], R * math.cos(-math.pi / 2 - math.pi / n + 2 * math.pi * k / n),
                R * math.sin(-math.pi / 2 - math.pi / n + 2 * math.pi * k / n)) for k in range(n)]
    elif fig == "circle":
        vals = _circle(P, scene, gs)
        r = vals["r"]
        circle = (0.0, 0.0, r)
        pts = []
        if scene.attr("tangents"):
            D = vals["dist"]
            point = (D, 0.0)
            ph = math.acos(r / D)
            contacts = [(r * math.cos(ph), r * math.sin(ph)), (r * math.cos(ph), -r * math.sin(ph))]
    else:
        vals = _segment(P, scene, gs)
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
    angles = []
    if n >= 3:
        for i in range(n):
            p, q, r_ = pts[i - 1], pts[i], pts[(i + 1) % n]
            angles.append((q[0], _angle_at(p[1:], q[1:], r_[1:])))
    fg = Figure(fig, tuple(pts), circle, inc, circ, point, tuple(contacts), tuple(sides), tuple(angles), diagonal,
                scene.attr("unit", "units"), time.perf_counter() - t0)
    _numeric_check(scene, fg, gs)
    return fg


def _numeric_check(scene: SceneGraph, fg: Figure, gs: list[dict[str, Any]]) -> None:
    """The constructed coordinates must show every stated measure (the direct face of the laws)."""
    sides = dict(fg.sides)
    angles = dict(fg.angles)
    bad = []
    for g in gs:
        v = float(g["value"])
        if g["target"] and g["role"] == "side" and fg.kind == "triangle":
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


def _nice(x: float) -> float:
    e = math.floor(math.log10(x))
    for m in (1, 2, 5, 10):
        if m * 10 ** e >= x:
            return m * 10 ** e
    return 10 ** (e + 1)


def _fmt(v: float) -> str:
    s = f"{v:.3g}"
    return s


def _text_box(lb: Label):
    from shapely.geometry import box
    cw = float(load_yaml("layout", "style.yaml")["char_width"])
    w = len(lb.text) * lb.size * cw
    x0 = lb.x - (w if lb.anchor == "end" else w / 2 if lb.anchor == "middle" else 0)
    return box(x0, lb.y - lb.size * 0.8, x0 + w, lb.y + lb.size * 0.25)


def solve_geometry(scene: SceneGraph, *, timeout_s: float = 10.0) -> Layout:
    """The figure drawn into pixels: sides, vertex markers (one exact colour each), circles, tangents,
    angle arcs, dimension labels placed clear of every line and of each other, and a scale bar."""
    from shapely.geometry import LineString, Point
    t0 = time.perf_counter()
    fg = plane_figure(scene, timeout_s)
    st = _style()
    base = load_yaml("layout", "style.yaml")
    xs = [x for _, x, _ in fg.vertices]
    ys = [y for _, _, y in fg.vertices]
    for c in (fg.circle, fg.incircle, fg.circumcircle):
        if c:
            xs += [c[0] - c[2], c[0] + c[2]]
            ys += [c[1] - c[2], c[1] + c[2]]
    if fg.point:
        xs.append(fg.point[0])
        ys.append(fg.point[1])
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    boxpx = float(st["box"])
    ext = max(x1 - x0, y1 - y0, 1e-9)
    ppu = boxpx / ext
    pad = float(st["pad"])
    fig_w = int(math.ceil(2 * pad + (x1 - x0) * ppu))
    bar_units = _nice(max(x1 - x0, y1 - y0) / 5)
    bar_px = bar_units * ppu
    H = int(math.ceil(2 * pad + (y1 - y0) * ppu + 40))
    W = fig_w + int(base["legend_width"])

    def P(x: float, y: float) -> tuple[float, float]:
        return pad + (x - x0) * ppu, pad + (y1 - y) * ppu

    shapes: list[Shape] = []
    labels: list[Label] = []
    legend: list[tuple[str, str]] = []
    obstacles = []        # shapely geometries labels must not touch
    vp = {name: P(x, y) for name, x, y in fg.vertices}
    names = [name for name, _, _ in fg.vertices]
    n = len(names)
    gs = _givens(scene)
    unit = fg.unit
    size = float(st["label_size"])
    sw = float(st["side_width"])
    edges = [(names[i], names[(i + 1) % n]) for i in range(n if n > 2 else 1)] if n >= 2 else []
    for a_, b_ in edges:
        p, q = vp[a_], vp[b_]
        shapes.append(Shape(f"side_{a_}{b_}", "line", (*p, *q), stroke=st["side_color"], stroke_width=sw, z=1,
                            cls="side"))
        obstacles.append(LineString([p, q]).buffer(sw))
    if fg.diagonal is not None:
        p, q = vp[names[0]], vp[names[2]]
        shapes.append(Shape(f"diagonal_{names[0]}{names[2]}", "line", (*p, *q), stroke=st["aux_color"],
                            stroke_width=float(st["aux_width"]), z=0, cls="diagonal"))
        obstacles.append(LineString([p, q]).buffer(2))
    cw = float(st["circle_width"])
    for key, c, col in (("incircle", fg.incircle, st["incircle_color"]),
                        ("circumcircle", fg.circumcircle, st["circumcircle_color"]),
                        ("circle", fg.circle, st["circle_color"])):
        if c:
            cx, cy = P(c[0], c[1])
            r = c[2] * ppu
            shapes.append(Shape(key, "circle", (cx - r, cy - r, cx + r, cy + r), fill="none", stroke=col,
                                stroke_width=cw, z=0, cls=key))
            obstacles.append(Point(cx, cy).buffer(r + cw).difference(Point(cx, cy).buffer(max(r - cw, 0))))
            legend.append((key if key != "circle" else "circle", col))
    if fg.circle and fg.point:
        O = P(fg.circle[0], fg.circle[1])
        Pp = P(*fg.point)
        for i, (tx, ty) in enumerate(fg.contacts, start=1):
            T = P(tx, ty)
            shapes.append(Shape(f"tangent_{i}", "line", (*Pp, *T), stroke=st["tangent_color"],
                                stroke_width=float(st["tangent_width"]), z=1, cls="tangent"))
            obstacles.append(LineString([Pp, T]).buffer(2))
            shapes.append(Shape(f"radius_{i}", "line", (*O, *T), stroke=st["aux_color"],
                                stroke_width=float(st["aux_width"]), z=0, cls="aux"))
            obstacles.append(LineString([O, T]).buffer(2))
            rr = float(st["vertex_radius"])
            shapes.append(Shape(f"contact_{i}", "circle", (T[0] - rr, T[1] - rr, T[0] + rr, T[1] + rr),
                                fill=st["contact_color"], stroke=st["contact_color"], stroke_width=1, z=3,
                                cls="vertex"))
            obstacles.append(Point(T).buffer(rr + 2))
        shapes.append(Shape("distance", "line", (*O, *Pp), stroke=st["aux_color"],
                            stroke_width=float(st["aux_width"]), z=0, cls="aux"))
        obstacles.append(LineString([O, Pp]).buffer(2))
        legend.append(("tangent", st["tangent_color"]))
        legend.append(("point of tangency", st["contact_color"]))
    elif fg.circle:
        O = P(fg.circle[0], fg.circle[1])
        T = P(fg.circle[0] + fg.circle[2] * math.cos(math.radians(135)),
              fg.circle[1] + fg.circle[2] * math.sin(math.radians(135)))
        shapes.append(Shape("radius_1", "line", (*O, *T), stroke=st["aux_color"], stroke_width=float(st["aux_width"]),
                            z=0, cls="aux"))
        obstacles.append(LineString([O, T]).buffer(2))
    rr = float(st["vertex_radius"])
    cols = list(st["vertex_colors"])
    for i, nm in enumerate(names):
        x, y = vp[nm]
        shapes.append(Shape(f"vertex_{nm}", "circle", (x - rr, y - rr, x + rr, y + rr), fill=cols[i], stroke=cols[i],
                            stroke_width=1, z=3, cls="vertex"))
        obstacles.append(Point(x, y).buffer(rr + 2))
    if fg.circle:
        O = P(fg.circle[0], fg.circle[1])
        shapes.append(Shape("centre", "circle", (O[0] - rr, O[1] - rr, O[0] + rr, O[1] + rr), fill=st["centre_color"],
                            stroke=st["centre_color"], stroke_width=1, z=3, cls="vertex"))
        obstacles.append(Point(O).buffer(rr + 2))
        if fg.point:
            Pp = P(*fg.point)
            shapes.append(Shape("point", "circle", (Pp[0] - rr, Pp[1] - rr, Pp[0] + rr, Pp[1] + rr),
                                fill=st["point_color"], stroke=st["point_color"], stroke_width=1, z=3, cls="vertex"))
            obstacles.append(Point(Pp).buffer(rr + 2))
    # scale bar under the figure
    by = pad + (y1 - y0) * ppu + 34
    bx = pad
    shapes.append(Shape("scale_bar", "line", (bx, by, bx + bar_px, by), stroke=st["scale_bar_color"],
                        stroke_width=float(st["scale_bar_width"]), z=2, cls="scale"))
    bar_unit = "unit" if (unit == "units" and bar_units == 1) else unit
    labels.append(Label(f"{_fmt(bar_units)} {bar_unit}", bx + bar_px + 8, by + 5, size - 2, "start"))
    obstacles.append(LineString([(bx, by), (bx + bar_px, by)]).buffer(3))
    obstacles.append(_text_box(labels[-1]))
    legend.append(("scale bar", st["scale_bar_color"]))

    placed = [_text_box(lb) for lb in labels]
    cen = np.mean([vp[nm] for nm in names], axis=0) if names else np.array(P(0, 0))

    def place(text: str, anchor_pt, direction, base_off: float) -> Label | None:
        d = np.asarray(direction, float)
        d = d / (np.linalg.norm(d) or 1.0)
        perp = np.array([-d[1], d[0]])
        offs = [base_off + k for k in (0, 8, 16, 26, 38, 52, 70, 90, 115, 140)]
        cands = [(sg * off, sh) for sg in (1, -1) for off in offs for sh in (0, 12, -12, 24, -24, 36, -36)]
        # nearest first: straight out along the direction, then sideways, the far side last
        cands.sort(key=lambda c: (c[0] < 0, abs(c[0]) - base_off + 1.5 * abs(c[1])))
        for off, sh in cands:
            x, y = np.asarray(anchor_pt) + d * off + perp * sh
            lb = Label(text, float(x), float(y + size * 0.3), size, "middle")
            bb = _text_box(lb)
            if any(bb.intersects(o) for o in obstacles) or any(bb.intersects(o) for o in placed):
                continue
            if bb.bounds[0] < 2 or bb.bounds[2] > fig_w - 2 or bb.bounds[1] < 2 or bb.bounds[3] > H - 2:
                continue
            placed.append(bb)
            return lb
        return None

    def add_label(text: str, anchor_pt, direction, base_off: float) -> None:
        lb = place(text, anchor_pt, direction, base_off)
        if lb is None:
            raise UnsupportedError(f"no room for the label '{text}' clear of the figure")
        labels.append(lb)

    # vertex names, outward from the centroid
    for nm in names:
        p = np.asarray(vp[nm])
        add_label(nm, p, p - cen if np.linalg.norm(p - cen) > 1 else (0, -1), 16)
    if fg.circle:
        O = np.asarray(P(fg.circle[0], fg.circle[1]))
        add_label(scene.attr("centre", "O"), O, (-1, 1), 16)
        if fg.point:
            add_label(scene.attr("point", "P"), np.asarray(P(*fg.point)), (1, 0), 18)
    # side lengths
    given_side_text = {}
    for g in gs:
        if g["role"] == "side" and g["target"]:
            given_side_text[frozenset(g["target"])] = g["text"]
    side_len = dict(fg.sides)
    label_sides = edges if fg.kind in ("triangle", "segment") else edges[:2] if fg.kind == "rectangle" else edges[:1]
    for a_, b_ in label_sides:
        p, q = np.asarray(vp[a_]), np.asarray(vp[b_])
        mid = (p + q) / 2
        nrm = np.array([-(q - p)[1], (q - p)[0]])
        if nrm @ (mid - cen) < 0:
            nrm = -nrm
        if fg.kind == "segment":
            nrm = np.array([0.0, -1.0])
        val = side_len[a_ + b_]
        text = given_side_text.get(frozenset(a_ + b_)) or f"{_fmt(val)} {unit}"
        add_label(text, mid, nrm, 14)
    if fg.diagonal is not None:
        p, q = np.asarray(vp[names[0]]), np.asarray(vp[names[2]])
        mid = (p + q) / 2
        add_label(f"{_fmt(fg.diagonal)} {unit}", mid, np.array([-(q - p)[1], (q - p)[0]]), 14)
    # angles: arcs and labels for the stated ones; right angles get a square mark
    stated_angles: dict[str, float] = {}
    angles = dict(fg.angles)
    for g in gs:
        if g["role"] == "angle" and g["target"]:
            stated_angles[g["target"]] = float(g["value"])
        elif g["role"] in ("angle", "included_angle", "apex_angle", "base_angle", "interior_angle"):
            v = float(g["value"])
            cands = [nm for nm in names if abs(angles.get(nm, -1) - v) < 1e-6 and nm not in stated_angles]
            if g["role"] == "included_angle" or g["role"] == "apex_angle":
                cands = [names[0]] if names else cands
            for c in cands[: 2 if g["role"] == "base_angle" else 1]:
                stated_angles[c] = v
    ar = float(st["angle_arc_radius"])
    for i, nm in enumerate(names if n >= 3 else []):
        p = np.asarray(vp[nm])
        u = np.asarray(vp[names[i - 1]]) - p
        w = np.asarray(vp[names[(i + 1) % n]]) - p
        u, w = u / np.linalg.norm(u), w / np.linalg.norm(w)
        ang = angles[nm]
        if abs(ang - 90) < 1e-6 and (nm in stated_angles or ("right" in (scene.attr("flags") or {})
                                                              and fg.kind == "triangle")):
            s_ = ar * 0.6
            pts_ = [tuple(p + u * s_), tuple(p + (u + w) * s_), tuple(p + w * s_)]
            shapes.append(Shape(f"angle_{nm}", "polyline", (0, 0, 0, 0), stroke=st["aux_color"],
                                stroke_width=float(st["aux_width"]), z=0, cls="aux", points=tuple(pts_)))
            continue
        if nm not in stated_angles:
            continue
        a0 = math.atan2(u[1], u[0])
        a1 = math.atan2(w[1], w[0])
        da = (a1 - a0 + math.pi) % (2 * math.pi) - math.pi
        pts_ = tuple((float(p[0] + ar * math.cos(a0 + da * t / 16)), float(p[1] + ar * math.sin(a0 + da * t / 16)))
                     for t in range(17))
        shapes.append(Shape(f"angle_{nm}", "polyline", (0, 0, 0, 0), stroke=st["aux_color"],
                            stroke_width=float(st["aux_width"]), z=0, cls="aux", points=pts_))
        bis = u + w
        if np.linalg.norm(bis) < 1e-9:
            bis = np.array([-u[1], u[0]])
        add_label(f"{stated_angles[nm]:g}°", p, bis, ar + 18)
    if fg.circle:
        O = np.asarray(P(fg.circle[0], fg.circle[1]))
        rtext = next((g["text"] for g in gs if g["role"] in ("radius",)), None) or f"{_fmt(fg.circle[2])} {unit}"
        if fg.point:
            T = np.asarray(P(*fg.contacts[0]))
            add_label(f"r = {rtext}", (O + T) / 2, np.array([-(T - O)[1], (T - O)[0]]) * -1, 12)
            Pp = np.asarray(P(*fg.point))
            dtext = next((g["text"] for g in gs if g["role"] == "distance"), None) or \
                f"{_fmt(fg.point[0] - fg.circle[0])} {unit}"
            add_label(dtext, (O + Pp) / 2, (0, 1), 14)
        else:
            T = np.asarray(shapes[[s.id for s in shapes].index("radius_1")].box[2:])
            add_label(f"r = {rtext}", (O + T) / 2, np.array([1.0, 1.0]), 12)
    names_vc = [(f"vertex {nm}", cols[i]) for i, nm in enumerate(names)]
    legend = names_vc + legend
    extras = {"figure_width": fig_w, "px_per_unit": ppu, "unit": unit, "scale_bar_units": bar_units,
              "vertices_px": {nm: list(vp[nm]) for nm in names}}
    stats = {"solve_s": round(time.perf_counter() - t0, 4), "z3_s": round(fg.solve_s, 4),
             "vertices": n, "labels": len(labels)}
    return Layout("geometry", W, H, tuple(shapes), tuple(labels), tuple(legend), tuple(sorted(stats.items())),
                  _freeze(extras))


# ---------------------------------------------------------------------------------------------
# verify (pixels only)


def _hex(c: str) -> np.ndarray:
    c = c.lstrip("#")
    return np.array([int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)], dtype=np.int16)


def _mask(img: np.ndarray, colour: str) -> np.ndarray:
    return np.all(img == _hex(colour), axis=2)


def _blobs(mask: np.ndarray, min_area: int = 12) -> list[tuple[float, float, int]]:
    """Connected regions of a mask: (x centre, y centre, area), centre of the bounding box (px)."""
    from scipy import ndimage
    lab, _ = ndimage.label(mask)
    out = []
    for k, sl in enumerate(ndimage.find_objects(lab), start=1):
        if sl is None:
            continue
        area = int((lab[sl] == k).sum())
        if area >= min_area:
            out.append(((sl[1].start + sl[1].stop - 1) / 2, (sl[0].start + sl[0].stop - 1) / 2, area))
    out.sort(key=lambda b: -b[2])
    return out


def _fit_circle(mask: np.ndarray) -> tuple[float, float, float] | None:
    """Least-squares (Kåsa) circle through the pixels of ``mask``: centre x, y and radius (px)."""
    ys, xs = np.nonzero(mask)
    if len(xs) < 20:
        return None
    A = np.column_stack([xs, ys, np.ones_like(xs)]).astype(float)
    bvec = (xs.astype(float) ** 2 + ys.astype(float) ** 2)
    sol, *_ = np.linalg.lstsq(A, bvec, rcond=None)
    cx, cy = sol[0] / 2, sol[1] / 2
    r = math.sqrt(max(sol[2] + cx * cx + cy * cy, 0.0))
    return float(cx), float(cy), float(r)


def _drawn_fraction(img: np.ndarray, colour: str, p, q, skip: float) -> float:
    """Fraction of points sampled along pq (away from its ends by ``skip`` px) that lie within 1 px of
    a pixel of exactly ``colour``."""
    m = _mask(img, colour)
    p, q = np.asarray(p, float), np.asarray(q, float)
    L = float(np.linalg.norm(q - p))
    if L <= 2 * skip + 2:
        return 1.0
    hits = tot = 0
    for t in np.linspace(skip / L, 1 - skip / L, 40):
        x, y = p + (q - p) * t
        xi, yi = int(round(x)), int(round(y))
        win = m[max(yi - 1, 0): yi + 2, max(xi - 1, 0): xi + 2]
        hits += bool(win.any())
        tot += 1
    return hits / max(tot, 1)


def _plain(checks: list[Check]) -> tuple[Check, ...]:
    """Checks with plain Python numbers and booleans (numpy scalars do not serialise to JSON)."""
    def py(x: Any) -> Any:
        if isinstance(x, np.generic):
            return x.item()
        if isinstance(x, (list, tuple)):
            return type(x)(py(v) for v in x)
        return x
    return tuple(Check(c.law, tuple(str(a) for a in c.args), py(c.observed), py(c.expected), py(c.tolerance),
                       bool(c.passed), c.phrase) for c in checks)


def verify_geometry(png: bytes, scene: SceneGraph) -> Verdict:
    """Check the figure's pixels against the scene: each vertex marker by its colour, the scale bar
    (px per unit), every side length (px ÷ scale) and angle, that every side is drawn, circles fitted
    to their stroke (radius, tangency of the incircle to each side, the circumcircle through each
    vertex) and tangents (touching the circle at their contact points, perpendicular to the radius)."""
    from .regionbase import figure_area, read_png
    st = _style()
    img = figure_area(read_png(png)).astype(np.int16)
    fg = plane_figure(scene)
    gs = _givens(scene)
    checks: list[Check] = []
    fs = (scene.attr("figure_span") or {}).get("text", "")
    bar = _blobs(_mask(img, st["scale_bar_color"]), 10)
    bar_units = _nice(max(_extent(fg)) / 5)
    if not bar:
        checks.append(Check("scale_bar", ("scale",), None, "a bar", 0, False, ""))
        return Verdict(_plain(checks), rounds=1)
    _, xs = np.nonzero(_mask(img, st["scale_bar_color"]))
    ppu = (xs.max() - xs.min() + 1) / bar_units
    tol_px = float(st["length_tolerance_px"])
    rel = float(st["length_tolerance_rel"])
    atol = float(st["angle_tolerance_deg"])
    cols = list(st["vertex_colors"])
    names = [nm for nm, _, _ in fg.vertices]
    found: dict[str, tuple[float, float]] = {}
    for i, nm in enumerate(names):
        bl = _blobs(_mask(img, cols[i]), 12)
        ok = len(bl) == 1
        checks.append(Check("vertex_marker", (nm,), len(bl), 1, 0, ok, fs))
        if bl:
            found[nm] = (bl[0][0], bl[0][1])
    stated_side = {}
    for g in gs:
        if g["role"] == "side" and g["target"]:
            stated_side[frozenset(g["target"])] = g["span"]["text"]
    n = len(names)
    edges = [(names[i], names[(i + 1) % n]) for i in range(n if n > 2 else 1)] if n >= 2 else []
    side_len = dict(fg.sides)
    phrase_sides = " ".join(dict.fromkeys(g["span"]["text"] for g in gs if g["role"] in
                                          ("side", "leg", "base", "hypotenuse", "length", "width", "height",
                                           "diagonal")))
    for a_, b_ in edges:
        if a_ not in found or b_ not in found:
            continue
        p, q = np.asarray(found[a_]), np.asarray(found[b_])
        obs = float(np.linalg.norm(q - p)) / ppu
        exp = side_len[a_ + b_]
        tol = tol_px / ppu + rel * exp
        checks.append(Check("side_length", (a_ + b_, fg.unit), round(obs, 4), round(exp, 4), round(tol, 4),
                            abs(obs - exp) <= tol, stated_side.get(frozenset(a_ + b_), phrase_sides)))
        frac = _drawn_fraction(img, st["side_color"], p, q, float(st["vertex_radius"]) + 3)
        checks.append(Check("side_drawn", (a_ + b_,), round(frac, 3), float(st["drawn_fraction"]), 0,
                            frac >= float(st["drawn_fraction"]), fs))
    angles = dict(fg.angles)
    phrase_angles = " ".join(dict.fromkeys(g["span"]["text"] for g in gs if "angle" in g["role"]))
    if n >= 3 and all(nm in found for nm in names):
        for i, nm in enumerate(names):
            obs = _angle_at(found[names[i - 1]], found[nm], found[names[(i + 1) % n]])
            exp = angles[nm]
            law = "angle" if fg.kind == "triangle" else "interior_angle"
            checks.append(Check(law, (nm, "deg"), round(obs, 3), round(exp, 3), atol, abs(obs - exp) <= atol,
                                phrase_angles or fs))
    if fg.diagonal is not None and names[0] in found and names[2] in found:
        obs = float(np.linalg.norm(np.asarray(found[names[2]]) - np.asarray(found[names[0]]))) / ppu
        tol = tol_px / ppu + rel * fg.diagonal
        checks.append(Check("diagonal", (names[0] + names[2], fg.unit), round(obs, 4), round(fg.diagonal, 4),
                            round(tol, 4), abs(obs - fg.diagonal) <= tol,
                            next((g["span"]["text"] for g in gs if g["role"] == "diagonal"), "")))
    ttol = float(st["tangency_tolerance_px"])
    for key, c, colour in (("incircle", fg.incircle, st["incircle_color"]),
                           ("circumcircle", fg.circumcircle, st["circumcircle_color"])):
        if not c:
            continue
        phrase = (scene.attr(key) or {}).get("text", "")
        fit = _fit_circle(_mask(img, colour))
        if fit is None:
            checks.append(Check(key, ("drawn",), 0, "a circle", 0, False, phrase))
            continue
        cx, cy, r = fit
        exp_r = c[2]
        checks.append(Check(f"{key}_radius", (fg.unit,), round(r / ppu, 4), round(exp_r, 4),
                            round(tol_px / ppu + rel * exp_r, 4), abs(r / ppu - exp_r) <= tol_px / ppu + rel * exp_r,
                            phrase))
        if len(found) != n:
            continue
        if key == "incircle":
            worst = max(abs(_dist_line((cx, cy), found[a_], found[b_]) - r) for a_, b_ in edges)
            checks.append(Check("incircle_tangent", tuple(a_ + b_ for a_, b_ in edges), round(worst, 3), 0.0, ttol,
                                worst <= ttol, phrase))
        else:
            worst = max(abs(math.hypot(found[nm][0] - cx, found[nm][1] - cy) - r) for nm in names)
            checks.append(Check("circumcircle_through_vertices", tuple(names), round(worst, 3), 0.0, ttol,
                                worst <= ttol, phrase))
    if fg.circle:
        fit = _fit_circle(_mask(img, st["circle_color"]))
        rphrase = next((g["span"]["text"] for g in gs if g["role"] in ("radius", "diameter")), fs)
        if fit is None:
            checks.append(Check("circle", ("drawn",), 0, "a circle", 0, False, rphrase))
        else:
            cx, cy, r = fit
            exp_r = fg.circle[2]
            tol = tol_px / ppu + rel * exp_r
            checks.append(Check("circle_radius", (fg.unit,), round(r / ppu, 4), round(exp_r, 4), round(tol, 4),
                                abs(r / ppu - exp_r) <= tol, rphrase))
            cb = _blobs(_mask(img, st["centre_color"]), 12)
            if cb:
                dc = math.hypot(cb[0][0] - cx, cb[0][1] - cy)
                checks.append(Check("circle_centre", ("O",), round(dc, 3), 0.0, ttol, dc <= ttol, fs))
            if fg.point:
                tphrase = (scene.attr("tangents") or {}).get("text", "")
                pb = _blobs(_mask(img, st["point_color"]), 12)
                contacts = _blobs(_mask(img, st["contact_color"]), 12)
                checks.append(Check("tangent_count", ("tangent",), len(contacts), 2, 0, len(contacts) == 2, tphrase))
                if pb:
                    px, py = pb[0][0], pb[0][1]
                    dist = math.hypot(px - cx, py - cy) / ppu
                    exp_d = fg.point[0] - fg.circle[0]
                    dphrase = next((g["span"]["text"] for g in gs if g["role"] == "distance"), tphrase)
                    tol = tol_px / ppu + rel * exp_d
                    checks.append(Check("point_distance", (fg.unit,), round(dist, 4), round(exp_d, 4), round(tol, 4),
                                        abs(dist - exp_d) <= tol, dphrase))
                    for i, (tx, ty, _) in enumerate(contacts[:2], start=1):
                        on = abs(math.hypot(tx - cx, ty - cy) - r)
                        dl = abs(_dist_line((cx, cy), (px, py), (tx, ty)) - r)
                        worst = max(on, dl)
                        checks.append(Check("tangency", (f"tangent_{i}",), round(worst, 3), 0.0, ttol, worst <= ttol,
                                            tphrase))
                        frac = _drawn_fraction(img, st["tangent_color"], (px, py), (tx, ty),
                                               float(st["vertex_radius"]) + 3)
                        checks.append(Check("tangent_drawn", (f"tangent_{i}",), round(frac, 3),
                                            float(st["drawn_fraction"]), 0, frac >= float(st["drawn_fraction"]),
                                            tphrase))
                else:
                    checks.append(Check("external_point", (scene.attr("point", "P"),), 0, 1, 0, False, tphrase))
    return Verdict(_plain(checks), rounds=1)


def _extent(fg: Figure) -> tuple[float, float]:
    xs = [x for _, x, _ in fg.vertices]
    ys = [y for _, _, y in fg.vertices]
    for c in (fg.circle, fg.incircle, fg.circumcircle):
        if c:
            xs += [c[0] - c[2], c[0] + c[2]]
            ys += [c[1] - c[2], c[1] + c[2]]
    if fg.point:
        xs.append(fg.point[0])
        ys.append(fg.point[1])
    return max(xs) - min(xs), max(ys) - min(ys)


# ---------------------------------------------------------------------------------------------
# the plug-in


@register("nesy.geometry.v1")
class GeometryDomain(ExactRender):
    """Plane geometry: triangles, quadrilaterals, regular polygons, circles and tangents (Z3 over the reals)."""

    name = "nesy.geometry.v1"
    key = "geometry"

    def score(self, text: str) -> float:
        """Fraction (0–1) of the text's content words that are plane-geometry vocabulary; 0 unless a
        word only geometry uses (triangle, hexagon, incircle, tangent …) occurs."""
        return _score(text)

    def parse(self, text: str, *, allow_unknown: bool = False) -> SceneGraph:
        return parse_geometry(text, allow_unknown=allow_unknown)

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
             "circumcircle": fg.circumcircle, "point": fg.point, "contacts": [list(c) for c in fg.contacts]}
        return {"figure.json": json.dumps(d, indent=1).encode()}
