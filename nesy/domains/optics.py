"""Geometric optics (``nesy.optics.v1``): a thin lens or spherical mirror, an object arrow and the
image it forms → a principal-ray diagram.

parse: the element ("a converging lens", "a convex mirror", "a lens with f = −10 cm"), quantities
with units mm/cm/m (focal length, radius of curvature, object and image distances and heights,
magnification), object positions ("at the focal point", "between F and 2F") and statements about the
image ("real", "inverted", "twice as large", "30 cm behind the lens") are read by regular expressions
built from ``grammars/optics/grammar.yaml``; every other word must be in the grammar. The
``SceneGraph`` holds the element, the object and the image with their spans, and every stated fact
(``attributes["facts"]``) with the phrase it came from.

solve: Z3 over f, d_o, d_i, h_o, h_i, m (cm) with tracked assertions: the thin-lens / mirror equation
1/f = 1/d_o + 1/d_i (as f·(d_o + d_i) = d_o·d_i, which has no solution for d_o = f: no image), f = R/2,
m = h_i/h_o = −d_i/d_o and the real-is-positive sign convention (``solvers/optics.yaml``, Serway &
Jewett ch. 36; Hecht §5.2.3, §5.4.3). An impossible text raises ``UnsatisfiableError`` naming the
user's phrases and the laws with their sources. The figure uses separate horizontal and vertical
scales (an affine map keeps every incidence: rays stay straight and pass through the same points).

verify: from the PNG pixels alone, the axis, element, object, image and focal points are found by
exact colour; the figure's scale is read from the object arrow; the image's position, height,
orientation and solid/dashed stroke are checked against the equations, and each part of each
principal ray is fitted as a line and checked to pass through its required points. A figure without
nesy's legend panel (another tool's, in its own palette) is read by shape instead (``nesy.see.rays``:
axis, element, arrows, ray segments) and checked with scale-free laws (``_verify_by_shape``).
"""
from __future__ import annotations

import functools
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
from ..parse.words import (alternation as _alt, common_words as _common_words, number_rx, read_quantity,
                           z3_real)
from ..types import (Check, Entity, Label, Layout, Relation, SceneGraph, Shape, Span,
                     Verdict, _freeze)

__all__ = ["OpticsDomain", "parse_optics", "solve_optics", "layout_optics", "verify_optics", "Optics"]

_files = DomainFiles("optics")
_grammar, _data, _style, _law = _files.grammar, _files.data, _files.style, _files.law

MAX_TEXT_CHARS = 20_000
_UNIT_CM = {"mm": 0.1, "cm": 1.0, "m": 100.0, "in": 2.54}  # "in": the inch (2.54 cm exactly, by definition)


@functools.lru_cache(maxsize=1)
def _numbers() -> dict[str, float]:
    return {str(k).lower(): float(v) for k, v in load_yaml("grammars", "common/grammar.yaml")["numbers"].items()}


_SNUM = r"(?P<num>" + number_rx(signed=True) + r")"   # digits or words: "20", "twenty"
_UNIT = r"(?:\s*|-)(?P<unit>mm|cm|m|millimet(?:re|er)s?|centimet(?:re|er)s?|met(?:re|er)s?|inch(?:es)?)(?![\w])(?!\s*(?:/|per\s)\s*[A-Za-zµ])"  # "2 m/s" is a speed
_LEN = _SNUM + _UNIT
_IS = r"\s*(?:of|=|:|is|equal\s+to|equals)?\s*"


@functools.lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern]]:
    """(tag, regex) in priority order: earlier matches claim their characters first."""
    g = _grammar()
    wnums = [k for k in _numbers() if " " not in k and k not in ("a", "an", "no", "zero")]
    rx = lambda s: re.compile(r"(?<![\w'′])(?:" + s + r")(?![\w'′])", re.IGNORECASE)  # noqa: E731
    pats: list[tuple[str, re.Pattern]] = [("INF", rx(_alt(g["infinity"])))]
    pats.append(("FRONT", rx(_alt(g["side_front"]))))
    pats.append(("BACK", rx(_alt(g["side_back"]))))
    for key, phrases in g["positions"].items():
        pats.append(("POS:" + key, rx(_alt(phrases))))
    pats += [
        ("FOCAL", rx(r"(?:(?:focal\s+(?:length|distance))" + _IS + r"|f\s*[=:]\s*)" + _LEN)),
        ("FOCAL", rx(_LEN + r"\s+focal[\s\-]+length")),
        ("RADIUS", rx(r"(?:(?:radius\s+of\s+curvature|curvature\s+radius)" + _IS + r"|r\s*[=:]\s*)" + _LEN)),
        ("RADIUS", rx(_LEN + r"\s+radius\s+of\s+curvature")),
        ("OBJD", rx(r"(?:object\s+distance" + _IS + r"|(?:d_?o|s_?o|u|p)\s*[=:]\s*)" + _LEN)),
        ("IMGD", rx(r"(?:image\s+distance" + _IS + r"|(?:d_?i|s_?i|v|q)\s*[=:]\s*)" + _LEN)),
        ("OBJH", rx(r"(?:object\s+height" + _IS + r"|h_?o\s*[=:]\s*|h\s*[=:]\s*)" + _LEN)),
        ("IMGH", rx(r"(?:image\s+height" + _IS + r"|(?:h_?i|h['′])\s*[=:]\s*)" + _LEN)),
        ("MAG", rx(r"(?:(?:lateral\s+|linear\s+)?magnification" + _IS + r"|m\s*[=:]\s*)" + _SNUM)),
        # optical power in dioptres: f = 1/P (m); "a +5 D lens", "power of -2.5 dioptres"
        ("POWER", rx(r"(?:(?:optical\s+)?power" + _IS + r"|P\s*[=:]\s*)?" + _SNUM
                     + r"(?:\s*|-)(?:D|dpt|dioptres?|diopters?)(?![\w])")),
        ("SIZE", rx(r"(?P<k>" + _alt(g["multipliers"]) + r"|(?:" + number_rx() + r"|" + _alt(wnums)
                    + r")\s+times)\s+(?:as\s+(?:large|big|tall|high)|the\s+(?:size|height)|larger|bigger|taller)"
                    r"(?:\s+(?:as|of|than)\s+(?:the\s+)?object)?")),
        ("SIZE", rx(r"magnified\s+(?:by\s+a\s+factor\s+of\s+)?(?P<k>" + number_rx() + r"|" + _alt(wnums)
                    + r")(?:\s+times)?")),
        ("SAME", rx(r"(?:the\s+)?same\s+size(?:\s+as\s+the\s+object)?")),
        ("HEIGHT", rx(r"(?:(?:a\s+)?height" + _IS + r")" + _LEN)),
        ("HEIGHT", rx(_LEN + r"\s+(?:tall|high)")),
        # "a 3-cm object", "a 2 cm arrow": a length right before the object is its height
        ("HEIGHT", rx(_LEN + r"(?=\s+(?:(?:tall|high|upright|real|luminous|bright|small)\s+)?(?:"
                      + _alt([w for w in g["object_words"] if " " not in w]) + r")\b)")),
        ("DIST", rx(r"(?:(?:a\s+)?distance\s+of\s+)?" + _LEN + r"(?:\s+(?:away(?:\s+from)?|from))?")),
        ("ELEMENT", rx(r"(?:(?:" + _alt(g["element_adjectives"]) + r")\s+)*(?P<el>" + _alt(g["elements"]) + r")")),
        ("OBJECT", rx(_alt(g["object_words"]))),
        ("IMAGE", rx(_alt(g["image_words"]))),
        ("REAL", rx(_alt(g["real"]))),
        ("VIRTUAL", rx(_alt(g["virtual"]))),
        ("INVERTED", rx(_alt(g["inverted"]))),
        ("UPRIGHT", rx(_alt(g["upright"]))),
        ("ENLARGED", rx(_alt(g["enlarged"]))),
        ("REDUCED", rx(_alt(g["reduced"]))),
    ]
    return pats


_WORD_RE = re.compile(r"[A-Za-z]+(?:['’′][a-z]*)?|\d+(?:\.\d+)?")


@dataclass
class _Claim:
    tag: str
    m: Any
    start: int
    end: int
    text: str


def _claims(text: str) -> tuple[list[_Claim], list[tuple[str, int, int]], list[tuple[str, int, int]], int]:
    """Claims in text order, unknown words, bare numbers (no unit) and the count of content words."""
    used = np.zeros(len(text) + 1, dtype=bool)
    claims: list[_Claim] = []
    for tag, rx in _patterns():
        for m in rx.finditer(text):
            if used[m.start():m.end()].any():
                continue
            claims.append(_Claim(tag, m, m.start(), m.end(), m.group(0)))
            used[m.start():m.end()] = True
    g = _grammar()
    known = {str(w).lower() for w in g["neutral"]}
    for key in ("element_adjectives", "object_words", "image_words"):
        known |= {w for p in g[key] for w in re.split(r"[\s\-]+", str(p).lower())}
    unknown: list[tuple[str, int, int]] = []
    bare: list[tuple[str, int, int]] = []
    n_content = 0
    for m in _WORD_RE.finditer(text):
        if used[m.start():m.end()].any():
            n_content += 1
            continue
        w = m.group(0).lower().replace("’", "'")
        if re.fullmatch(r"\d+(?:\.\d+)?", w):
            bare.append((m.group(0), m.start(), m.end()))
            continue
        if w in _common_words():
            continue
        n_content += 1
        if w in known or w.rstrip("s") in known or w.rstrip("'′") in known:
            continue
        unknown.append((m.group(0), m.start(), m.end()))
    claims.sort(key=lambda c: c.start)
    return claims, unknown, bare, n_content


def _score(text: str) -> float:
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT_CHARS:
        return 0.0
    claims, _u, _b, n = _claims(text)
    strong = {"ELEMENT", "FOCAL", "RADIUS", "MAG", "INF", "POWER"} | {c.tag for c in claims if c.tag.startswith("POS:")}
    hits = sum(1 for c in claims if c.tag in strong)
    if not hits:
        return 0.0
    hits += sum(1 for c in claims if c.tag not in strong)
    return min(1.0, hits / max(n, 1)) + 0.01 * hits


def _sp(c: _Claim) -> dict[str, Any]:
    return {"text": c.text, "start": c.start, "end": c.end}


def _length(c: _Claim) -> tuple[float, bool, str]:
    """(value in cm, whether the sign was written, unit as written: mm|cm|m)."""
    s = c.m.group("num")
    u = c.m.group("unit").lower()
    unit = "mm" if u.startswith("mi") or u == "mm" else "cm" if u.startswith("c") else \
        "in" if u.startswith("inch") else "m"
    v = read_quantity(s, c.m.start("num"), what="length", unit=unit, min_abs=Fraction(1, 10 ** 9))
    return float(v) * _UNIT_CM[unit], s[0] in "+-−–", unit


def _k(m: Any) -> float:
    """A size ratio ("twice", "3 times", "magnified 2.5"): the multiplier word or the number, read exactly."""
    word = m.group("k")
    w = word.lower().split()[0]
    g = _grammar()
    if w in g["multipliers"]:
        return float(g["multipliers"][w])
    num = re.sub(r"(?i)\s+times$", "", word)
    if num.lower() in _numbers():
        return _numbers()[num.lower()]
    return float(read_quantity(num, m.start("k"), what="size ratio", max_abs=10 ** 6, min_abs=Fraction(1, 10 ** 6)))


def parse_optics(text: str, *, allow_unknown: bool = False) -> SceneGraph:
    """Parse a lens/mirror description into a ``SceneGraph`` (domain ``"optics"``).

    ``attributes``: ``element`` {kind lens|mirror, type converging|diverging|None, span}, ``unit``
    (the first unit written; the figure's unit), ``facts`` (each stated quantity or statement with
    its value in cm and its span), ``has_image`` (the span of the first image mention).
    Raises ``InputError`` for empty/oversized/binary text, a number without a unit or a
    non-positive distance/height, ``UnknownWordsError`` for words outside the grammar,
    ``UnsupportedError`` for what cannot be drawn (two elements, a virtual object, an image at infinity).
    """
    from ..parse.grammar import check_text
    check_text(text)
    claims, unknown, bare, _ = _claims(text)
    if unknown and not allow_unknown:
        raise UnknownWordsError(unknown, text)
    if bare:
        w, s, e = bare[0]
        raise InputError(f"the number '{w}' at {s}-{e} has no unit; write it with mm, cm or m")
    g = _grammar()
    els = {" ".join(re.split(r"[\s\-]+", str(k).lower())): v for k, v in g["elements"].items()}
    element: dict[str, Any] | None = None
    obj_span = img_span = None
    nouns: list[tuple[int, int, str]] = []   # (start, end, "object" | "image")
    units: list[str] = []
    facts: list[dict[str, Any]] = []
    for c in claims:
        if c.tag == "ELEMENT":
            kind, typ = els[" ".join(re.split(r"[\s\-]+", c.m.group("el").lower()))]
            typ = None if typ == "any" else typ
            if element is None:
                element = {"kind": kind, "type": typ, "span": _sp(c), "type_span": _sp(c) if typ else None}
            elif element["kind"] != kind or (typ and element["type"] and typ != element["type"]):
                raise UnsupportedError(f"one lens or mirror per figure: '{element['span']['text']}' and "
                                       f"'{c.text}' (at {c.start}-{c.end}) are two different elements")
            elif typ and not element["type"]:
                element.update(type=typ, type_span=_sp(c))
        elif c.tag == "OBJECT":
            nouns.append((c.start, c.end, "object"))
            if re.search(r"\breal\b", c.text, re.I):
                facts.append({"what": "object_real", "value": None, "signed": False, "span": _sp(c)})
            obj_span = obj_span or _sp(c)
        elif c.tag == "IMAGE":
            nouns.append((c.start, c.end, "image"))
            img_span = img_span or _sp(c)
        elif c.tag == "INF":
            raise UnsupportedError(f"'{c.text}' at {c.start}-{c.end}: an image at infinity cannot be drawn as an "
                                   "arrow (the object is at the focal point and the rays leave parallel)")

    def before_noun(c: _Claim) -> str | None:
        """"a 2 cm tall object", "a 3 cm arrow": a bare quantity right before its noun."""
        nxt = [n for n in nouns if n[0] >= c.end]
        if nxt and re.fullmatch(r"\s+", text[c.end:nxt[0][0]]) and not re.search(r"away|from$", c.text, re.I):
            return nxt[0][2]
        return None

    adj_tags = {"REAL", "VIRTUAL", "INVERTED", "UPRIGHT", "ENLARGED", "REDUCED"}

    def adjective_of(c: _Claim) -> str | None:
        """"a real, inverted image": statements standing right before their noun belong to it."""
        nxt = [n for n in nouns if n[0] >= c.end]
        if c.tag not in adj_tags or not nxt:
            return None
        gap = list(text[c.end:nxt[0][0]])
        for o in claims:
            if o.tag in adj_tags and c.end <= o.start and o.end <= nxt[0][0]:
                gap[o.start - c.end:o.end - c.end] = " " * (o.end - o.start)
        return nxt[0][2] if re.fullmatch(r"(?:[\s,]|\band\b|\bbut\b)*", "".join(gap), re.I) else None

    def subject(c: _Claim) -> str:
        if before_noun(c):
            return before_noun(c)
        if adjective_of(c):
            return adjective_of(c)
        before = [n for n in nouns if n[1] <= c.start]
        return before[-1][2] if before else "object"

    def add(what: str, c: _Claim, value: Any = None, signed: bool = False) -> None:
        facts.append({"what": what, "value": value, "signed": signed, "span": _sp(c)})

    for c in claims:
        t = c.tag
        if t in ("FOCAL", "RADIUS", "OBJD", "IMGD", "OBJH", "IMGH", "HEIGHT", "DIST"):
            v, signed, unit = _length(c)
            units.append(unit)
            if t == "FOCAL" or t == "RADIUS":
                if v == 0:
                    raise InputError(f"a {'focal length' if t == 'FOCAL' else 'radius of curvature'} cannot be "
                                     f"zero, got '{c.text}' at {c.start}-{c.end}")
                add("f" if t == "FOCAL" else "R", c, v, signed)
                continue
            who = {"OBJD": "object", "OBJH": "object", "IMGD": "image", "IMGH": "image"}.get(t) or subject(c)
            height = t in ("OBJH", "IMGH", "HEIGHT") or (t == "DIST" and before_noun(c) is not None)
            if who == "object" and v <= 0:
                raise InputError(f"the object's {'height' if height else 'distance'} must be positive (a real, "
                                 f"upright object), got '{c.text}' at {c.start}-{c.end}")
            if who == "image" and v == 0:
                raise InputError(f"an image distance or height cannot be zero, got '{c.text}' at {c.start}-{c.end}")
            add(("ho" if who == "object" else "hi") if height else ("do" if who == "object" else "di"), c, v, signed)
        elif t == "POWER":
            p = float(read_quantity(c.m.group("num"), c.m.start("num"), what="optical power", unit="D",
                                    min_abs=Fraction(1, 10 ** 6), max_abs=10 ** 6))
            if p == 0:
                raise InputError(f"an optical power cannot be zero, got '{c.text}' at {c.start}-{c.end}")
            units.append("cm")
            add("f", c, 100.0 / p, c.m.group("num")[0] in "+-−–")  # 1 D = 1/m: f in cm
        elif t == "MAG":
            v = float(read_quantity(c.m.group("num"), c.m.start("num"), what="magnification", max_abs=10 ** 6,
                                    min_abs=Fraction(1, 10 ** 6)))
            if v == 0:
                raise InputError(f"a magnification cannot be zero, got '{c.text}' at {c.start}-{c.end}")
            add("m", c, v, True)
        elif t == "SIZE":
            k = _k(c.m)
            if k <= 0:
                raise InputError(f"a size ratio must be positive, got '{c.text}' at {c.start}-{c.end}")
            add("absm", c, k)
        elif t == "SAME":
            add("absm", c, 1.0)
        elif t in ("REAL", "VIRTUAL", "INVERTED", "UPRIGHT", "ENLARGED", "REDUCED"):
            if subject(c) == "object":
                if t == "REAL":
                    add("object_real", c)
                if t in ("REAL", "UPRIGHT"):
                    continue  # "a real object", "an upright arrow": what every drawn object is
                raise UnsupportedError(f"'{c.text}' at {c.start}-{c.end} describes the object; only real, upright "
                                       "objects are drawn (say it of the image)")
            add(t.lower(), c)
        elif t.startswith("POS:"):
            add("pos", c, t[4:])
        elif t in ("FRONT", "BACK"):
            if subject(c) == "object":
                if t == "BACK":
                    raise UnsupportedError(f"'{c.text}' at {c.start}-{c.end}: a virtual object (behind the element) "
                                           "is not drawn; place the object in front of it")
                continue
            add("side", c, "front" if t == "FRONT" else "back")
    if element is None:
        raise InputError("the text names no lens or mirror; name one (e.g. 'a converging lens with f = 10 cm')")
    if element["kind"] == "lens" and any(f["what"] == "R" for f in facts):
        r = next(f for f in facts if f["what"] == "R")
        raise UnsupportedError(f"'{r['span']['text']}': a lens's focal length needs the lensmaker's equation "
                               "(two radii and the refractive index); give the focal length instead")
    unit = units[0] if units else "cm"
    # the entity's name is the element's kind of focusing; unstated, the sign of f (or R) says it, as the
    # solver reads it ("a lens with f = -10 cm" is a diverging lens): real-is-positive convention
    signs = {float(x["value"]) > 0 for x in facts if x["what"] in ("f", "R") and x["value"]}
    focus = element["type"] or ({True: "converging", False: "diverging"}[signs.pop()] if len(signs) == 1
                                else element["kind"])
    ents = [Entity("element", element["kind"], focus,
                   _freeze({"type": element["type"]}), Span(**element["span"])),
            Entity("object", "object", "object", (), Span(**obj_span) if obj_span else None),
            Entity("image", "image", "image", (), Span(**img_span) if img_span else None)]
    rels = [Relation("images", "element", "object", Span(**element["span"])),
            Relation("forms", "element", "image", Span(**img_span) if img_span else None)]
    attrs = {"element": element, "unit": unit, "facts": facts, "has_image": img_span}
    ignored = tuple(Span(mm.start(), mm.end(), mm.group(0)) for mm in _WORD_RE.finditer(text)
                    if mm.group(0).lower() in _common_words()
                    and not any(c.start <= mm.start() < c.end for c in claims))
    return SceneGraph("optics", text, tuple(ents), tuple(rels), _freeze(attrs), ignored,
                      tuple(Span(s, e, w) for w, s, e in unknown))


# ---------------------------------------------------------------------------------------------
# solve


@dataclass(frozen=True)
class Optics:
    """The solved system (cm, signs by the real-is-positive convention): focal length f, object
    distance d_o, image distance d_i, heights h_o, h_i, magnification m; element kind and unit."""

    kind: str
    f: float
    do: float
    di: float
    ho: float
    hi: float
    m: float
    unit: str
    solve_s: float

    @property
    def real(self) -> bool:
        return self.di > 0


def _val(m, x) -> float:
    import z3
    v = m.eval(x, model_completion=True)
    if z3.is_rational_value(v):
        return v.numerator_as_long() / v.denominator_as_long()
    return float(v.approx(15).as_decimal(15).rstrip("?"))


_SOLVED: dict[SceneGraph, Optics] = {}


def solve_optics(scene: SceneGraph, timeout_s: float = 10.0) -> Optics:
    """Z3 over f, d_o, d_i, h_o, h_i, m (tracked: the lens/mirror equation, f = R/2, magnification,
    sign convention, the text's facts). Raises ``UnsatisfiableError`` with the user's phrases; cached."""
    o = _SOLVED.get(scene)
    if o is None:
        o = _solve(scene, timeout_s)
        if len(_SOLVED) >= 64:
            _SOLVED.pop(next(iter(_SOLVED)))
        _SOLVED[scene] = o
    return o


def _solve(scene: SceneGraph, timeout_s: float) -> Optics:
    import z3
    t0 = time.perf_counter()
    if scene.domain != "optics":
        raise InputError(f"scene.domain must be 'optics', got {scene.domain!r}")
    el = scene.attr("element")
    facts = scene.attr("facts", [])
    unit = scene.attr("unit", "cm")
    mirror = el["kind"] == "mirror"
    ctx = z3.Context()
    s = z3.Solver(ctx=ctx)
    s.set("timeout", max(1, int(timeout_s * 1000)))
    track: dict[str, tuple[list[dict], list[dict], str]] = {}

    def num(v: float):
        return z3_real(v, ctx)  # exact "p/q": Z3 cannot parse every float repr ("1e+300")

    def tr(name: str, expr, phrases: list[dict], lw: list[dict], detail: str = "") -> None:
        track[name] = (phrases, lw, detail)
        s.add(z3.Implies(z3.Bool(name, ctx), expr))

    f, do, di, ho, hi, m = (z3.Real(n, ctx) for n in ("f", "do", "di", "ho", "hi", "m"))
    fa = z3.If(f > 0, f, -f)
    s.add(f != 0, ho > 0)
    eq = "mirror" if mirror else "thin_lens"
    real_obj = [x["span"] for x in facts if x["what"] == "object_real"]
    tr("law:real_object", do > 0, real_obj, [_law("real_object")])
    tr("law:equation", f * (do + di) == do * di, [], [_law(eq)])
    tr("law:magnification", z3.And(m * do == -di, hi == m * ho), [], [_law("magnification")])
    if el["type"]:
        tr("phrase:type", f > 0 if el["type"] == "converging" else f < 0, [el["type_span"]], [_law("sign_convention")],
           f"a {el['type']} {el['kind']} has f {'>' if el['type'] == 'converging' else '<'} 0")
    pos_law = {"at_f": lambda: do == fa, "at_2f": lambda: do == 2 * fa, "inside_f": lambda: do < fa,
               "between_f_2f": lambda: z3.And(do > fa, do < 2 * fa), "beyond_2f": lambda: do > 2 * fa,
               "beyond_f": lambda: do > fa}
    for k, x in enumerate(facts):
        w, v, sp = x["what"], x["value"], x["span"]
        if w in ("f", "R") and not el["type"]:
            x = {**x, "signed": True}  # "a lens with f = 10 cm": the number's own sign says which kind
        name = f"phrase:{k}:{w}"
        if w == "f":
            tr(name, f == num(v) if x["signed"] else z3.Or(f == num(v), f == num(-v)), [sp], [])
        elif w == "R":
            tr(name, 2 * f == num(v) if x["signed"] else z3.Or(2 * f == num(v), 2 * f == num(-v)), [sp],
               [_law("radius")])
        elif w == "do":
            tr(name, do == num(v), [sp], [])
        elif w == "ho":
            tr(name, ho == num(v), [sp], [])
        elif w == "di":
            tr(name, di == num(v) if x["signed"] else z3.Or(di == num(v), di == num(-v)), [sp], [])
        elif w == "hi":
            tr(name, hi == num(v) if x["signed"] else z3.Or(hi == num(v), hi == num(-v)), [sp], [])
        elif w == "m":
            tr(name, m == num(v), [sp], [_law("magnification")])
        elif w == "absm":
            tr(name, m * m == num(v * v), [sp], [_law("magnification")])
        elif w == "real":
            tr(name, di > 0, [sp], [_law("sign_convention")])
        elif w == "virtual":
            tr(name, di < 0, [sp], [_law("sign_convention")])
        elif w == "inverted":
            tr(name, m < 0, [sp], [_law("magnification")])
        elif w == "upright":
            tr(name, m > 0, [sp], [_law("magnification")])
        elif w == "enlarged":
            tr(name, m * m > 1, [sp], [_law("magnification")])
        elif w == "reduced":
            tr(name, m * m < 1, [sp], [_law("magnification")])
        elif w == "pos":
            tr(name, pos_law[v](), [sp], [])
        elif w == "side":
            # the image is real on the side the light leaves towards: behind a lens, in front of a mirror
            out_side = "front" if mirror else "back"
            tr(name, di > 0 if v == out_side else di < 0, [sp], [_law("sign_convention")])
    flags = {n: z3.Bool(n, ctx) for n in track}
    res = s.check(*flags.values())
    if res == z3.unknown:
        from ..errors import SolverTimeoutError
        raise SolverTimeoutError("optics solve", timeout_s)
    if res == z3.unsat:
        core = sorted(str(x) for x in s.unsat_core())
        phrases: list[dict] = []
        lws: list[dict] = []
        details: list[str] = []
        for n in core:
            p, lw, d = track[n]
            phrases += [x for x in p if x not in phrases]
            lws += [x for x in lw if x not in lws]
            if d and d not in details:
                details.append(d)
        if "law:equation" in core:
            # is it the object at the focal point? then say so: the image would be at infinity
            s.push()
            s.add(do == fa, *[flags[n] for n in core if n != "law:equation"])
            at_focus = s.check() == z3.sat
            s.pop()
            s.push()
            s.add(*[flags[n] for n in core if n != "law:equation"], do != fa)
            only_focus = s.check() != z3.sat
            s.pop()
            if at_focus and only_focus:
                details.insert(0, "the object is at the focal point (d_o = |f|): the rays leave parallel and "
                                  "the image is at infinity, so no image forms")
                hs = scene.attr("has_image")
                if hs and hs not in phrases:
                    phrases.append(hs)
        phrases.sort(key=lambda x: x["start"])
        fix: list[dict] = []
        for n in sorted((n for n in core if n.startswith("phrase:")),
                        key=lambda n: -max((x["start"] for x in track[n][0]), default=-1)):
            if s.check(*[fl for kk, fl in flags.items() if kk != n]) == z3.sat:
                fix = list(track[n][0])
                break
        raise UnsatisfiableError(phrases, lws, fix=fix, detail="; ".join(details))
    first = s.model()
    s.add(*flags.values())
    d = _data()["defaults"]
    # nonlinear arithmetic: keep the last model that satisfied everything pinned so far, and fall back
    # on its value when no round default fits (an incremental check may answer "unknown")
    last = [first]

    def pin(var, cands: list[float]) -> None:
        for v in cands:
            if s.check(var == num(v)) == z3.sat:
                last[0] = s.model()
                s.add(var == num(v))
                return
        s.add(var == num(_val(last[0], var)))
    sign = -1.0 if el["type"] == "diverging" else 1.0
    pin(f, [sign * float(v) * _UNIT_CM[unit] for v in d["f_units"]])
    F = abs(_val(last[0], f))
    pin(do, [F * float(k) for k in d["do_over_f"]])
    pin(ho, [float(v) * _UNIT_CM[unit] for v in d["ho_units"]])
    mdl = last[0]
    o = Optics(el["kind"], _val(mdl, f), _val(mdl, do), _val(mdl, di), _val(mdl, ho), _val(mdl, hi), _val(mdl, m),
               unit, time.perf_counter() - t0)
    lim = _data()["limits"]
    if abs(o.m) > float(lim["max_abs_m"]) or abs(o.m) < float(lim["min_abs_m"]):
        raise UnsupportedError(f"the image is {abs(o.m):.3g} times the object's size (d_o = {o.do / _UNIT_CM[unit]:.4g}"
                               f" {unit}, d_i = {o.di / _UNIT_CM[unit]:.4g} {unit}); object and image cannot both "
                               f"be drawn legibly beyond {lim['min_abs_m']}–{lim['max_abs_m']}×")
    return o


# ---------------------------------------------------------------------------------------------
# layout


def _clip(p: tuple[float, float], q: tuple[float, float], box: tuple[float, float, float, float]):
    """Liang–Barsky: the part of segment p→q inside box (x0, y0, x1, y1), or None."""
    x0, y0, x1, y1 = box
    dx, dy = q[0] - p[0], q[1] - p[1]
    t0, t1 = 0.0, 1.0
    for pp, qq in ((-dx, p[0] - x0), (dx, x1 - p[0]), (-dy, p[1] - y0), (dy, y1 - p[1])):
        if pp == 0:
            if qq < 0:
                return None
            continue
        t = qq / pp
        if pp < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
    if t0 >= t1:
        return None
    return (p[0] + t0 * dx, p[1] + t0 * dy), (p[0] + t1 * dx, p[1] + t1 * dy)


def _dashes(sid: str, a, b, colour: str, width: float, z: int) -> list[Shape]:
    st = _style()
    L = math.hypot(b[0] - a[0], b[1] - a[1])
    out: list[Shape] = []
    t, k = 0.0, 0
    while t < L - 1.0:
        e = min(t + float(st["dash"]), L)
        p = (a[0] + (b[0] - a[0]) * t / L, a[1] + (b[1] - a[1]) * t / L)
        q = (a[0] + (b[0] - a[0]) * e / L, a[1] + (b[1] - a[1]) * e / L)
        out.append(Shape(f"_{sid}_{k}", "line", (p[0], p[1], q[0], q[1]), stroke=colour, stroke_width=width, z=z,
                         cls="ray"))
        t += float(st["dash"]) + float(st["gap"])
        k += 1
    return out


def _arrow(sid: str, x: float, y_axis: float, y_tip: float, colour: str, dashed: bool, cls: str) -> list[Shape]:
    st = _style()
    up = y_tip < y_axis
    hl = min(float(st["head_length"]), 0.4 * abs(y_tip - y_axis))
    hw = float(st["head_half_width"])
    yb = y_tip + hl if up else y_tip - hl
    w = float(st["arrow_width"])
    head = Shape(f"{sid}_head", "polygon", (x - hw, min(y_tip, yb), x + hw, max(y_tip, yb)), fill=colour, stroke=colour,
                 stroke_width=1.0, z=6, cls=cls, points=((x, y_tip), (x - hw, yb), (x + hw, yb)))
    if dashed:
        return _dashes(sid, (x, y_axis), (x, yb), colour, w, 6) + [head]
    return [Shape(sid, "line", (x, y_axis, x, yb), stroke=colour, stroke_width=w, z=6, cls=cls), head]


def _frame(o: Optics) -> dict[str, float]:
    """World extents (cm; x along the axis with the element at 0 and the object to the left)."""
    side = -1.0 if o.kind == "mirror" else 1.0
    xi = side * o.di
    xs = [-o.do, xi, o.f, -o.f, 0.0] + ([-2 * o.f] if o.kind == "mirror" else [])
    x0, x1 = min(xs), max(xs)
    span = x1 - x0
    x0, x1 = x0 - 0.12 * span, x1 + 0.12 * span
    # room for the rays to travel on after the element
    if o.kind == "lens":
        x1 = max(x1, 0.35 * (x1 - x0))
    else:
        x0 = min(x0, -0.35 * (x1 - x0))
    ymax = 1.3 * max(o.ho, abs(o.hi))
    return {"x0": x0, "x1": x1, "ymax": ymax, "side": side}


def layout_optics(scene: SceneGraph, *, seed: int = 0, attempt: int = 0, timeout_s: float = 10.0) -> Layout:
    """Solve the scene and draw the ray diagram: axis, element, object and image arrows, focal points
    and the three principal rays (solid), with dashed backward extensions for a virtual image (px, y down)."""
    t0 = time.perf_counter()
    o = solve_optics(scene, timeout_s)
    st = _style()
    base = load_yaml("layout", "style.yaml")
    fr = _frame(o)
    mx, top = float(st["margin_x"]), float(st["top"])
    hh = float(st["plot_half_height"])
    sx = float(st["plot_width"]) / (fr["x1"] - fr["x0"])
    sy = hh / fr["ymax"]
    fig_w = int(math.ceil(2 * mx + float(st["plot_width"])))
    H = int(math.ceil(top + 2 * hh + float(st["bottom"])))
    ya = top + hh

    def P(x: float, y: float) -> tuple[float, float]:
        return mx + (x - fr["x0"]) * sx, ya - y * sy
    if o.do * sx < float(st["min_gap_px"]):
        raise UnsupportedError(f"the object ({o.do / _UNIT_CM[o.unit]:.4g} {o.unit} away) is too close to the element "
                               "to draw beside the image at this scale")
    if abs(o.hi) * sy < float(st["min_image_px"]):
        raise UnsupportedError("the image is too small to draw legibly beside the object")
    side = fr["side"]
    shapes: list[Shape] = []
    labels: list[Label] = []
    xe, _ = P(0, 0)
    shapes.append(Shape("axis", "line", (mx - 20, ya, fig_w - mx + 20, ya), stroke=st["axis_color"], stroke_width=1.0,
                        z=0, cls="axis"))
    # the element, taller than every ray that meets it
    eh = max(o.ho, abs(o.hi)) * 1.15 * sy
    ec = st["element_color"]
    conv = o.f > 0
    if o.kind == "lens":
        if conv:
            shapes.append(Shape("element", "ellipse", (xe - 7, ya - eh, xe + 7, ya + eh), stroke=ec, stroke_width=2, z=2,
                                cls="lens"))
        else:
            pts = ((xe - 9, ya - eh), (xe + 9, ya - eh), (xe + 3, ya), (xe + 9, ya + eh), (xe - 9, ya + eh),
                   (xe - 3, ya), (xe - 9, ya - eh))
            shapes.append(Shape("element", "polyline", (xe - 9, ya - eh, xe + 9, ya + eh), stroke=ec, stroke_width=2,
                                z=2, cls="lens", points=pts))
    else:
        # concave (f > 0): the rim bends towards the object (left); convex: away from it
        k = (10.0 / (eh * eh)) * (-1 if conv else 1)
        pts = tuple((xe + k * (yy * yy), ya + yy) for yy in np.linspace(-eh, eh, 41).tolist())
        shapes.append(Shape("element", "polyline", (min(p[0] for p in pts), ya - eh, max(p[0] for p in pts), ya + eh),
                            stroke=ec, stroke_width=3, z=2, cls="mirror", points=pts))
    # focal points: F at −f and F′ at +f in the unfolded (lens) frame; a mirror folds F′ onto F, and adds C
    fr_pts = {"F": -o.f, "F′": o.f} if o.kind == "lens" else {"F": -o.f, "C": -2 * o.f}
    r = float(st["focus_radius"])
    for name, x in fr_pts.items():
        px, py = P(x, 0)
        shapes.append(Shape(f"focus_{name}", "circle", (px - r, py - r, px + r, py + r), fill=st["focus_colors"][name],
                            stroke=st["focus_colors"][name], stroke_width=1.0, z=7, cls="focus"))
        labels.append(Label(name, px, py + 20, float(st["label_size"]), "middle"))
    # object and image arrows
    ox, oy = P(-o.do, o.ho)
    shapes += _arrow("object", ox, ya, oy, st["object_color"], False, "object")
    ix, iy = P(side * o.di, o.hi)
    shapes += _arrow("image", ix, ya, iy, st["image_color"], not o.real, "image")
    labels.append(Label("object", ox, oy - 6, float(st["label_size"]), "middle"))
    labels.append(Label(("real" if o.real else "virtual") + " image", ix, (iy - 6) if o.hi > 0 else (iy + 16),
                        float(st["label_size"]), "middle"))
    # the three principal rays, in the unfolded frame (x' = x for a lens, x' = −x after a mirror)
    box_in = (fr["x0"], -fr["ymax"], 0.0, fr["ymax"])
    out_end = fr["x1"] if o.kind == "lens" else -fr["x0"]
    box_out = (0.0, -fr["ymax"], out_end, fr["ymax"])
    Pt = (-o.do, o.ho)
    far = 10 * (fr["x1"] - fr["x0"])
    y3 = o.hi  # the focal ray meets the element at the image height
    rays = {
        "centre": (Pt, (0.0, 0.0), (0.0, 0.0), (far, -o.ho / o.do * far)),
        "parallel": (Pt, (0.0, o.ho), (0.0, o.ho), (far, o.ho - o.ho / o.f * far)),
        "focal": (Pt, (0.0, y3), (0.0, y3), (far, y3)),
    }
    w = float(st["ray_width"])
    for name, (a, b, c, d) in rays.items():
        cols = st["ray_colors"][name]
        seg = _clip(a, b, box_in)
        if seg:
            shapes.append(Shape(f"ray_{name}_in", "line", (*P(*seg[0]), *P(*seg[1])), stroke=cols["in"], stroke_width=w,
                                z=3, cls="ray"))
        seg = _clip(c, d, box_out)
        if seg:
            p0, p1 = P(side * seg[0][0], seg[0][1]), P(side * seg[1][0], seg[1][1])
            shapes.append(Shape(f"ray_{name}_out", "line", (*p0, *p1), stroke=cols["out"], stroke_width=w, z=3,
                                cls="ray"))
        if not o.real:
            # the backward extension: from where the ray leaves the element back to the virtual image
            p0, p1 = P(side * c[0], c[1]), P(side * o.di, o.hi)
            if math.hypot(p1[0] - p0[0], p1[1] - p0[1]) > 4:
                shapes += _dashes(f"ext_{name}", p0, p1, cols["ext"], w, 1)
    unit = o.unit
    cu = _UNIT_CM[unit]
    title = (f"{'converging' if conv else 'diverging'} {o.kind}: f = {o.f / cu:.4g} {unit}, d_o = {o.do / cu:.4g} "
             f"{unit}, d_i = {o.di / cu:.4g} {unit}, m = {o.m:.3g}")
    labels.append(Label(title, fig_w / 2, float(st["title_size"]) + 8, float(st["title_size"]), "middle"))
    labels.append(Label(f"scale: 1 {unit} = {sx * cu:.3g} px across, {sy * cu:.3g} px up",
                        fig_w / 2, float(st["title_size"]) * 2 + 12, 11.0, "middle"))
    legend: list[tuple[str, str]] = [("object", st["object_color"]),
                                     (("real image (solid)" if o.real else "virtual image (dashed)"), st["image_color"]),
                                     (o.kind, ec)]
    legend += [(f"focal point {n}" if n != "C" else "centre of curvature C", st["focus_colors"][n]) for n in fr_pts]
    legend += [("ray through the " + ("centre" if o.kind == "lens" else "vertex"), st["ray_colors"]["centre"]["in"]),
               ("ray parallel → through F" + ("′" if o.kind == "lens" else ""), st["ray_colors"]["parallel"]["in"]),
               ("ray through F → parallel", st["ray_colors"]["focal"]["in"])]
    if not o.real:
        legend.append(("backward extensions (dashed)", st["ray_colors"]["parallel"]["ext"]))
    H = max(H, 30 + 22 * len(legend))
    W = fig_w + int(base["legend_width"]) + 60
    extras = {"figure_width": fig_w, "px_per_cm_x": sx, "px_per_cm_y": sy, "axis_y": ya, "element_x": xe,
              "solution": {"kind": o.kind, "f_cm": o.f, "do_cm": o.do, "di_cm": o.di, "ho_cm": o.ho, "hi_cm": o.hi,
                           "m": o.m, "real": o.real, "unit": unit}}
    stats = {"solve_s": round(time.perf_counter() - t0, 4), "z3_s": round(o.solve_s, 4), "real": o.real}
    return Layout("optics", W, H, tuple(shapes), tuple(labels), tuple(legend), tuple(sorted(stats.items())),
                  _freeze(extras))


# ---------------------------------------------------------------------------------------------
# verify (pixels only)


def _mask(img, colour: str) -> np.ndarray:
    """Pixels of ``colour`` as the reader sees them (``img``: the ``nesy.see.LabelMap`` of ``_read``).
    A degraded copy cannot tell a ray's "in" colour from its "out" colour (they differ by 4 in one
    channel, for exact reading only): each is then the whole ray, split by ``_ray_parts``."""
    return img.mask(colour.upper())


def _read(rgb: np.ndarray):
    """The diagram read into the optics style's colours (nesy.see.classify): arrows, foci filled
    (cored); axis and element outline thin strokes (faint mixes count); rays 2-px strokes read at half
    contrast. On a degraded copy a ray's in/out colours are one class (``same``: 4 apart in one channel,
    split by ``_ray_parts``), its extension colour is declared its tint (JPEG's chroma rule tells them
    apart by luma), specks under 4 px² dropped."""
    from ..see import classify, drop_small
    st = _style()
    filled = [st["object_color"], st["image_color"], *st["focus_colors"].values()]
    lines = [st["axis_color"], st["element_color"]]
    rays = [c for r in st["ray_colors"].values() for c in (r["in"], r["out"], r["ext"])]
    pal = {c.upper(): c for c in dict.fromkeys(filled + lines + rays)}
    same = [(r["in"].upper(), r["out"].upper()) for r in st["ray_colors"].values()]
    lm = classify(rgb, pal, core=12.0, core_classes=[c.upper() for c in filled],
                  lines=[c.upper() for c in lines], same=same,
                  tints=[(r["in"].upper(), r["ext"].upper()) for r in st["ray_colors"].values()])
    if not lm.exact:
        for k in range(1, len(lm.names) + 1):
            m = lm.labels == k
            lm.labels[m & ~drop_small(m, 4)] = 0
    return lm


def _solid_and_dashes(core: np.ndarray, pale: np.ndarray, scale: float = 1.0) -> tuple[np.ndarray, np.ndarray]:
    """One ray's pixels on a degraded copy, split into (solid, dashes). ``core``: pixels of the ray's
    own colour — the solid stroke (JPEG cuts it into pieces of any length, so length does not decide
    for them; a dash's colour is pale and keeps its luma, which the reader's chroma rule measures).
    ``pale``: of its extension's colour, which is the ray's mixed with the page, so blur, JPEG and
    resampling turn a solid ray's rim — or the whole centre of a blurred ray (α ≈ 0.6) — into it, and
    the colour cannot say which is which; the shape can. A dash is drawn ``dash`` px long and
    ``ray_width`` wide, with ``gap`` px of page between dashes; blurred (σ ≤ 1.5 px: ≤ 2 px more at each
    end) its 8-connected piece spans at most dash + 2 × ray_width + 2 px (× ``scale``) in x and in y.
    A pale pixel in a longer piece (core and pale together) is the solid ray's; every other pale pixel
    is a dash. (The one dash that starts where the ray leaves the element may join the ray's piece: it
    adds ≤ one dash of pixels to the line fit.)"""
    from scipy import ndimage as ndi
    from ..see import drop_small
    st = _style()
    longest = (float(st["dash"]) + 2 * float(st["ray_width"]) + 2) * max(scale, 1.0)
    # specks: ``_read`` drops pieces under 4 px²; on an enlarged copy they are scale² larger
    core = drop_small(core, 4 * max(scale, 1.0) ** 2)
    lab, n = ndi.label(core | pale, structure=np.ones((3, 3), bool))
    long_ = np.zeros(n + 1, bool)
    for k, sl in enumerate(ndi.find_objects(lab), start=1):
        if sl is not None and max(sl[0].stop - sl[0].start, sl[1].stop - sl[1].start) > longest:
            long_[k] = True
    rim = pale & long_[lab]
    return core | rim, pale & ~rim


def _ray_parts(img, cols: dict[str, str], xe: float, mirror: bool, obj_tip,
               solid: np.ndarray | None = None, scale: float = 1.0) -> dict[str, np.ndarray]:
    """The "in" and "out" pixels of one principal ray. Exact: by their colours. Degraded (one class):
    for a lens, left and right of the element's centre x ``xe``; for a mirror (both parts on its
    front), the two straight arms meeting at the mirror, told apart by their angle about the meeting
    point (the pixel nearest the mirror); the arm whose line passes nearer the object tip is "in"."""
    m = img.mask(cols["in"].upper())
    if img.exact:
        return {"in": m, "out": img.mask(cols["out"].upper())}
    if solid is not None:
        m = solid
    ys, xs = np.nonzero(m)
    if not mirror:
        left = np.zeros_like(m)
        left[:, : int(xe)] = True
        return {"in": m & left, "out": m & ~left}
    if len(xs) < 12:
        return {"in": m, "out": np.zeros_like(m)}
    k = int(np.argmin(np.abs(xs + 0.5 - xe)))
    mx, my = xs[k], ys[k]
    # directions are read > 12 canvas px (× ``scale``) from the meeting point: a blurred 2–4 px stroke
    # there spreads ±10° at most, under the angle between two arms of a principal ray
    far = np.hypot(xs - mx, ys - my) > 12 * max(scale, 1.0)
    ang = np.arctan2(ys - my, xs - mx)
    a = np.sort(ang[far])
    if len(a) < 2:
        return {"in": m, "out": np.zeros_like(m)}
    gaps = np.diff(np.concatenate([a, [a[0] + 2 * np.pi]]))
    j = int(np.argmax(gaps))
    cut0, cut1 = a[j], a[(j + 1) % len(a)]          # the emptiest direction: between the two arms
    # split the circle of directions at the widest gap and at the gap opposite it
    rel = np.mod(ang - cut1, 2 * np.pi)
    span = np.mod(cut0 - cut1, 2 * np.pi)
    srt = np.sort(rel[far])
    inner = np.diff(srt)
    if not len(inner):
        return {"in": m, "out": np.zeros_like(m)}
    i2 = int(np.argmax(inner))
    mid = 0.5 * (srt[i2] + srt[i2 + 1])
    arm1 = rel <= mid
    if not img.exact:
        # near the meeting point the direction is noise: those pixels go to the arm whose line (fitted
        # on its far pixels) passes nearer
        lines = []
        for sel in (arm1 & far, ~arm1 & far):
            pm = np.zeros_like(m)
            pm[ys[sel], xs[sel]] = True
            lines.append(_fit_line(pm))
        if all(ln is not None for ln in lines):
            P = np.column_stack([xs + 0.5, ys + 0.5])
            dd = [np.abs((P - ln[0]) @ np.array([-ln[1][1], ln[1][0]])) for ln in lines]
            arm1 = np.where(far, arm1, dd[0] <= dd[1])
    parts = []
    for sel in (arm1, ~arm1):
        pm = np.zeros_like(m)
        pm[ys[sel], xs[sel]] = True
        parts.append(pm)
    def miss(pm):
        ln = _fit_line(pm)
        return np.inf if ln is None else _dist(ln, obj_tip)
    first = min(parts, key=miss)
    second = parts[1] if first is parts[0] else parts[0]
    return {"in": first, "out": second}


def _fit_line(mask: np.ndarray):
    """Total-least-squares line through a mask's pixels: (centre, unit direction, rms off-line px,
    extent along the line (t0, t1), coverage of that extent) or None for fewer than 6 pixels."""
    ys, xs = np.nonzero(mask)
    if len(xs) < 6:
        return None
    P = np.column_stack([xs + 0.5, ys + 0.5]).astype(float)
    c = P.mean(axis=0)
    _u, _s, vt = np.linalg.svd(P - c, full_matrices=False)
    d = vt[0]
    t = (P - c) @ d
    off = (P - c) @ np.array([-d[1], d[0]])
    t0, t1 = float(t.min()), float(t.max())
    bins = np.unique(np.floor(t - t0).astype(int))
    cover = len(bins) / max(1.0, (t1 - t0) + 1)
    return c, d, float(np.sqrt((off ** 2).mean())), (t0, t1), cover


def _dist(line, p) -> float:
    c, d = line[0], line[1]
    v = np.asarray(p, float) - c
    return float(abs(v[0] * d[1] - v[1] * d[0]))


def _arrow_obs(mask: np.ndarray, y_axis: float):
    """(x of the shaft, y of the tip farthest from the axis, fill of the shaft column 0–1) or None."""
    ys, xs = np.nonzero(mask)
    if len(xs) < 6:
        return None
    x = float(np.median(xs)) + 0.5
    far = np.argmax(np.abs(ys + 0.5 - y_axis))
    y_tip = float(ys[far]) + (1.0 if ys[far] + 0.5 > y_axis else 0.0)
    col = mask[:, int(x)]
    lo, hi = sorted((int(y_axis), int(y_tip)))
    span = col[lo:hi + 1]
    # the head is solid either way: measure the shaft only (the part nearer the axis)
    if y_tip < y_axis:
        shaft = span[-max(1, int(len(span) * 0.6)):]
    else:
        shaft = span[: max(1, int(len(span) * 0.6))]
    return x, y_tip, float(shaft.mean()) if len(shaft) else 0.0


def _said(facts: list, *whats: str) -> str:
    """The user's words for the scene's facts of the named kinds (``scene.attr("facts")``), for a check."""
    return "; ".join(x["span"]["text"] for x in facts if x["what"] in whats)


def verify_optics(png: bytes, scene: SceneGraph) -> Verdict:
    """Check the figure's pixels against the equations: element, axis, object and image found by
    colour; with the scale read off the object arrow, the image's position, height, orientation and
    stroke (solid real / dashed virtual), the focal points, and every principal ray's line through
    its required points; virtual images' backward extensions dashed and reaching the image."""
    from ..see import frame_column, hex_rgb, legend_scale, to_canvas
    from .regionbase import figure_area, read_png
    full = read_png(png)
    frame = load_yaml("layout", "style.yaml")["frame"]
    if not (full == np.array(hex_rgb(frame), np.uint8)).all(axis=2).all(axis=0).any() \
            and frame_column(full, frame) is None:
        # no legend panel: not a figure nesy drew (another tool's, in its own palette): read by shape
        return _verify_by_shape(full, scene)
    img = _read(figure_area(full))
    st = _style()
    tol = dict(st["tolerance"])
    if not img.exact:
        # a degraded copy: pixel tolerances × the image's scale (legend swatch pitch) + 1 px of edge
        # uncertainty (blur σ ≤ 1.5, JPEG, resampling); coverage fractions are ratios and stay
        sc = legend_scale(full, load_yaml("layout", "style.yaml")["frame"])
        if sc < 0.97:
            # a shrunk copy: its 2-px rays are ≤ 1 px, mixed with the page and read as their own pale
            # extension colour; brought back to canvas size they are 2-px strokes again (tolerances as at 1×)
            img = _read(to_canvas(figure_area(full), sc))
            sc = 1.0
        for k in ("point_px", "position_px", "height_px", "parallel_px"):
            tol[k] = float(tol[k]) * max(sc, 1.0) + 1.0
    o = solve_optics(scene)
    facts = scene.attr("facts", [])
    el = scene.attr("element")
    checks: list[Check] = []

    axm = _mask(img, st["axis_color"])
    rows = axm.sum(axis=1)
    ok_axis = rows.max() > 0.3 * img.labels.shape[1]
    checks.append(Check("axis_found", ("axis",), int(rows.max()), "a horizontal line", 0, bool(ok_axis), ""))
    elm = _mask(img, st["element_color"])
    if not img.exact:   # the lens/mirror outline is one stroke: stray pixels of its colour are not it
        from ..see import keep_major
        elm = keep_major(elm, 0.3)
    checks.append(Check("element_found", ("element",), int(elm.sum()), "> 20 px", 0, int(elm.sum()) > 20,
                        el["span"]["text"]))
    obj = _mask(img, st["object_color"])
    ya = float(np.argmax(rows)) + 0.5
    oa = _arrow_obs(obj, ya) if ok_axis else None
    checks.append(Check("object_found", ("object",), None if oa is None else [round(oa[0], 1), round(oa[1], 1)],
                        "an arrow", 0, oa is not None and oa[1] < ya, _said(facts, "do", "ho")))
    if not (ok_axis and int(elm.sum()) > 20 and oa is not None and oa[1] < ya):
        return Verdict(tuple(checks))
    exs = np.nonzero(elm)[1]
    if el["kind"] == "lens":  # a symmetric outline: its centre is midway between its extremes
        xe = (float(exs.min()) + float(exs.max())) / 2 + 0.5
    else:  # the vertex: mid-stroke in the rows beside the axis (the median skips rows the rays cover)
        mids = [(float(r.min()) + float(r.max())) / 2 + 0.5 for r in
                (np.nonzero(row)[0] for row in elm[max(0, int(ya) - 8): int(ya) + 9]) if len(r)]
        xe = float(np.median(mids)) if mids else float(exs.mean()) + 0.5
    ox, oty, ofill = oa
    sx = (xe - ox) / o.do
    sy = (ya - oty) / o.ho
    checks.append(Check("object_solid", ("object",), round(ofill, 3), ">= solid_min", tol["solid_min"],
                        ofill >= float(tol["solid_min"]), ""))
    side = -1.0 if o.kind == "mirror" else 1.0
    # the image, where the equation puts it in the figure's scale
    im = _mask(img, st["image_color"])
    ia = _arrow_obs(im, ya)
    img_phrase = _said(facts, "di", "real", "virtual", "side")
    if ia is None:
        checks.append(Check("image_found", ("image",), 0, "an arrow", 0, False, img_phrase))
        return Verdict(tuple(checks))
    ix, ity, ifill = ia
    ex_x = xe + side * o.di * sx
    ex_y = ya - o.hi * sy
    # the scale is read off the object to ±1 px, so the tolerance grows with the image/object ratio
    pt = float(tol["position_px"])
    ptx = pt + abs(o.di) / o.do
    hty = float(tol["height_px"]) + abs(o.m)
    checks.append(Check("image_position", ("image", "element"), round(ix, 2), round(ex_x, 2), round(ptx, 2),
                        abs(ix - ex_x) <= ptx, img_phrase or "1/f = 1/d_o + 1/d_i"))
    checks.append(Check("image_height", ("image",), round(ya - ity, 2), round(ya - ex_y, 2), round(hty, 2),
                        abs(ity - ex_y) <= hty, _said(facts, "hi", "m", "absm", "enlarged", "reduced")))
    checks.append(Check("image_orientation", ("image",), "inverted" if ity > ya else "upright",
                        "inverted" if o.m < 0 else "upright", 0, (ity > ya) == (o.m < 0), _said(facts, "inverted", "upright", "m")))
    want_solid = o.real
    stroke_ok = ifill >= float(tol["solid_min"]) if want_solid else ifill <= float(tol["dashed_max"])
    checks.append(Check("image_stroke", ("image",), round(ifill, 3), "solid" if want_solid else "dashed",
                        tol["solid_min"] if want_solid else tol["dashed_max"], stroke_ok, _said(facts, "real", "virtual")))
    # focal points (and the centre of curvature of a mirror)
    fpts = {"F": -o.f, "F′": o.f} if o.kind == "lens" else {"F": -o.f, "C": -2 * o.f}
    seen_f: dict[str, tuple[float, float]] = {}
    for name, x in fpts.items():
        fm = _mask(img, st["focus_colors"][name])
        if not img.exact:   # a focus is one dot: its largest piece (rims of other strokes share its hue)
            from ..see import keep_major
            fm = keep_major(fm, 0.99)
        ys, xs = np.nonzero(fm)
        exp = xe + x * sx
        ftol = pt + abs(x) / o.do
        if len(xs) == 0:
            checks.append(Check("focal_point", (name,), None, round(exp, 2), pt, False, _said(facts, "f", "R")))
            continue
        fx, fy = float(xs.mean()) + 0.5, float(ys.mean()) + 0.5
        seen_f[name] = (fx, fy)
        checks.append(Check("focal_point", (name,), round(fx, 2), round(exp, 2), round(ftol, 2),
                            abs(fx - exp) <= ftol and abs(fy - ya) <= pt, _said(facts, "f", "R")))
    # the principal rays: each part a straight line through its required points
    ptol = float(tol["point_px"])
    E = (xe, ya)
    T_obj = (ox, oty)
    T_img = (ix, ity)
    f_in = seen_f.get("F", (xe - o.f * sx, ya))
    f_out = seen_f.get("F′" if o.kind == "lens" else "F", (xe + side * o.f * sx, ya))
    need = {
        "centre": ({"object tip": T_obj, "element centre": E}, {"element centre": E, "image tip": T_img}),
        "parallel": ({"object tip": T_obj, "parallel": None}, {"F′" if o.kind == "lens" else "F": f_out,
                                                              "image tip": T_img}),
        "focal": ({"object tip": T_obj, "F": f_in}, {"parallel": None, "image tip": T_img}),
    }
    for name, (req_in, req_out) in need.items():
        cols = st["ray_colors"][name]
        solid = dashes = None
        if not img.exact:
            solid, dashes = _solid_and_dashes(img.mask(cols["in"].upper()), img.mask(cols["ext"].upper()), sc)
        parts = _ray_parts(img, cols, xe, o.kind == "mirror", T_obj, solid, 1.0 if img.exact else sc)
        if not img.exact:
            # pixels JPEG left unreadable along a solid 2-px ray: gaps up to 4 px are bridged (a dashed
            # stroke's gaps are 5 px, and only solid rays are closed)
            from scipy import ndimage as ndi
            parts = {k: ndi.binary_closing(v, iterations=2) & ndi.binary_dilation(v, iterations=2) | v
                     for k, v in parts.items()}
        for part, req in (("in", req_in), ("out", req_out)):
            line = _fit_line(parts[part])
            args = (f"ray_{name}", part)
            if line is None:
                checks.append(Check("ray_found", args, 0, "a line", 0, False, ""))
                continue
            rms_tol = 1.5 if img.exact else 2.0   # a blurred 2-px stroke is ≈ 1 px wider
            checks.append(Check("ray_straight", args, round(line[2], 3), 0.0, rms_tol, line[2] <= rms_tol, ""))
            checks.append(Check("ray_solid", args, round(line[4], 3), ">= solid_min", tol["solid_min"],
                                line[4] >= float(tol["solid_min"]), ""))
            for what, p in req.items():
                if p is None:
                    dy = abs(line[1][1]) * (line[3][1] - line[3][0])
                    checks.append(Check("ray_parallel_to_axis", args, round(dy, 2), 0.0, tol["parallel_px"],
                                        dy <= float(tol["parallel_px"]), ""))
                else:
                    dd = _dist(line, p)
                    checks.append(Check("ray_through", args + (what,), round(dd, 2), 0.0, ptol, dd <= ptol,
                                        _said(facts, "f", "R") if what in ("F", "F′") else ""))
        ext = _mask(img, cols["ext"])
        if not img.exact:
            # degraded: the extension is the ray's dash-sized pieces (``_solid_and_dashes``), whatever
            # their shade. Pixels within 3 px of the solid ray are its blurred rim, and a dash is ≥ 8 px
            # (6 × 2 drawn)
            from scipy import ndimage as ndi
            from ..see import drop_small
            near = ndi.binary_dilation(parts["in"] | parts["out"] | img.mask(cols["in"].upper()), iterations=3)
            ext = drop_small(dashes & ~near, 8)
        n_ext = int(ext.sum())
        if o.real:
            checks.append(Check("no_extension", (f"ray_{name}",), n_ext, 0, 0, n_ext == 0, _said(facts, "real")))
            continue
        line = _fit_line(ext)
        if line is not None and not img.exact:
            # JPEG leaves some pale dashes only 2–7 px readable (dropped above as specks): the dashes
            # on the line of the well-read ones (within 2.5 px: half a blurred 2-px stroke + 1 px) are
            # the extension too, so its ends are where it was drawn
            c, d = line[0], line[1]
            bits = drop_small(dashes & ~near, 2)
            yy, xx = np.nonzero(bits)
            off = np.abs((np.column_stack([xx + 0.5, yy + 0.5]) - c) @ np.array([-d[1], d[0]]))
            on = np.zeros_like(bits)
            on[yy[off <= 2.5], xx[off <= 2.5]] = True
            line = _fit_line(ext | on)
        if line is None or line[3][1] - line[3][0] < 25:
            continue  # hidden behind the ray itself (a diverging lens's central ray), or too short to judge
        c, d, _rms, (t0, t1), cover = line
        ends = [c + t0 * d, c + t1 * d]
        reach = min(math.hypot(*(e - np.asarray(T_img))) for e in ends)
        checks.append(Check("extension_dashed", (f"ray_{name}",), round(cover, 3), "dashed", tol["dashed_max"],
                            cover <= float(tol["dashed_max"]), _said(facts, "virtual")))
        # degraded: the three extensions and the dashed image arrow meet at the image tip, where blur/JPEG
        # mix their pale colours — the last two dashes (2 × (dash + gap) px) may not read as this ray's
        rtol = ptol + 4 + (0.0 if img.exact else 2.0 * (float(st["dash"]) + float(st["gap"])))
        checks.append(Check("extension_reaches_image", (f"ray_{name}",), round(reach, 2), 0.0, round(rtol, 2),
                            reach <= rtol, _said(facts, "virtual")))
    return Verdict(tuple(checks), rounds=1)


def _verify_by_shape(rgb: np.ndarray, scene: SceneGraph) -> Verdict:
    """A ray diagram another tool drew (no nesy legend panel), read by shape (``nesy.see.rays``) and checked
    with scale-free laws: the figure's own scale is not known, so the horizontal scale is the object's
    distance from the element in px over d_o, and heights are compared as ratios to the object's.

    Checks: axis, element and object found, one element and one image arrow; the image arrow at the x the equation puts it
    (x_e ∓ d_i · scale, on the side its sign says), its height m · h_o(px), its orientation (sign of m),
    its stroke (solid real, dashed virtual), and the ray that arrives parallel to the axis leaving (or
    seeming to leave) through the focal point.

    Tolerances follow the reading error δ of one stroke's position (``RayDiagram.measurement_px``: 1 px +
    half the shaft width): the image x depends on three readings (element, object, image), the object's
    two through the scale, weighted by |d_i|/d_o — δ·(2 + |d_i|/d_o) + δ; a height on two tips, the
    object's weighted by |m| — (δ + 1.5)·(1 + |m|) (a filled head's point is anti-aliased away by up to
    1.5 px); the focal crossing of a ray on the scale as for the image, plus the crossing's shift from a
    δ error at the element, δ / |slope|. A figure with an injected error is off by far more (a 30 % shift
    of a distance is ≥ 10 δ in every case of ``benchmarks/other_tools/optics.py``)."""
    from ..see.rays import read_ray_diagram
    o = solve_optics(scene)
    facts = scene.attr("facts", [])
    el = scene.attr("element")
    checks: list[Check] = []

    d = read_ray_diagram(rgb)
    why = "; ".join(d.missing)
    checks.append(Check("axis_found", ("axis",), d.axis_y is not None, "a horizontal line", 0, d.axis_y is not None,
                        why if d.axis_y is None else ""))
    if d.axis_y is None:
        return Verdict(tuple(checks))
    ya, xe = d.axis_y, d.element_x
    checks.append(Check("element_found", ("element",), None if xe is None else round(xe, 1),
                        "a stroke crossing the axis", 0, xe is not None, el["span"]["text"]))
    if xe is None:
        return Verdict(tuple(checks))
    checks.append(Check("one_element", ("element",), d.n_elements, 1, 0, d.n_elements == 1, el["span"]["text"]))
    # the object: the solid upright arrow (a virtual image on its side is dashed, a real one inverted);
    # with several, the leftmost (light travels left to right in a ray diagram)
    cands = [a for a in d.arrows if a.height > 0 and a.solid]
    obj = cands[0] if cands else None
    checks.append(Check("object_found", ("object",), None if obj is None else [round(obj.x, 1), round(obj.tip_y, 1)],
                        "a solid upright arrow", 0, obj is not None and abs(obj.x - xe) > d.element_half,
                        _said(facts, "do", "ho")))
    if obj is None or abs(obj.x - xe) <= d.element_half:
        return Verdict(tuple(checks))
    rest = [a for a in d.arrows if a is not obj and abs(a.x - xe) > d.element_half]
    img_phrase = _said(facts, "di", "real", "virtual", "side")
    if not rest:
        checks.append(Check("image_found", ("image",), 0, "an arrow", 0, False, img_phrase))
        return Verdict(tuple(checks))
    im = max(rest, key=lambda a: abs(a.height))
    checks.append(Check("one_image", ("image",), len(rest), 1, 0, len(rest) == 1, img_phrase))
    delta = d.measurement_px
    s_o = 1.0 if obj.x > xe else -1.0          # the object's side of the element
    side = -1.0 if o.kind == "mirror" else 1.0  # a mirror's real image is on the object's side
    sx = abs(xe - obj.x) / o.do                # px per cm, horizontally
    ex_x = xe - s_o * side * o.di * sx
    ptx = delta * (3 + abs(o.di) / o.do)
    checks.append(Check("image_position", ("image", "element"), round(im.x, 2), round(ex_x, 2), round(ptx, 2),
                        abs(im.x - ex_x) <= ptx, img_phrase or "1/f = 1/d_o + 1/d_i"))
    ex_h = o.m * obj.height
    hty = (delta + 1.5) * (1 + abs(o.m))
    checks.append(Check("image_height", ("image",), round(im.height, 2), round(ex_h, 2), round(hty, 2),
                        abs(im.height - ex_h) <= hty, _said(facts, "hi", "m", "absm", "enlarged", "reduced")))
    checks.append(Check("image_orientation", ("image",), "upright" if im.height > 0 else "inverted",
                        "inverted" if o.m < 0 else "upright", 0, (im.height < 0) == (o.m < 0),
                        _said(facts, "inverted", "upright", "m")))
    from ..see.rays import DASHED_MAX, SOLID_MIN
    stroke_ok = im.solid if o.real else im.dashed
    checks.append(Check("image_stroke", ("image",), round(im.fill, 3), "solid" if o.real else "dashed",
                        SOLID_MIN if o.real else DASHED_MAX, stroke_ok, _said(facts, "real", "virtual")))
    # the ray arriving parallel to the axis at the object's tip height leaves the element through
    # (converging) or as if from (diverging) the focal point: its outgoing segment starts at the element at
    # that height, on the side light leaves to (a lens: the far side; a mirror: back to the object's side)
    hy = obj.tip_y
    out_side = -s_o if o.kind == "lens" else s_o
    xF = xe - s_o * side * o.f * sx
    reach = d.element_half + max(12.0, 0.3 * abs(xe - obj.x))   # crossing rays cut the ray into pieces
    outs = []
    for sg in d.segments:
        near_x = min(sg.x0, sg.x1) if out_side > 0 else max(sg.x0, sg.x1)
        mid = (sg.x0 + sg.x1) / 2
        if (mid - xe) * out_side <= 0 or abs(near_x - xe) > reach:
            continue
        if max(abs(sg.y0 - hy), abs(sg.y1 - hy)) <= 2 * delta + 1 or sg.distance(xe, hy) > 2 * delta + 1:
            continue   # the incoming ray (level with the tip), or a ray through another point
        outs.append(sg)
    name = "F′" if o.kind == "lens" else "F"
    if not outs:
        checks.append(Check("ray_found", ("ray_parallel", "out"), 0, "a line leaving the element at the "
                            "object's height", 0, False, _said(facts, "f", "R")))
        return Verdict(tuple(checks), rounds=1)
    seed = max(outs, key=lambda sg: sg.length)
    # the whole ray: every segment on the seed's line (rays crossing it cut it into pieces; a virtual
    # image's dashed extension continues it backwards), fitted as one line (total least squares)
    on = [sg for sg in d.segments if max(seed.distance(sg.x0, sg.y0), seed.distance(sg.x1, sg.y1)) <= 2.0]
    P = np.array([(sg.x0 + t * (sg.x1 - sg.x0), sg.y0 + t * (sg.y1 - sg.y0)) for sg in on
                  for t in np.linspace(0, 1, max(2, int(sg.length // 4)))])
    c = P.mean(axis=0)
    u = np.linalg.svd(P - c, full_matrices=False)[2][0]
    from ..see.rays import Segment
    ray = Segment(float(c[0]), float(c[1]), float(c[0] + u[0]), float(c[1] + u[1]))
    xc = ray.x_at(ya)
    slope = abs(u[1]) / max(abs(u[0]), 1e-9)
    ftol = delta * (3 + abs(o.f) / o.do) + delta / max(slope, 1e-3)
    checks.append(Check("ray_through", ("ray_parallel", "out", name), None if xc is None else round(xc, 2),
                        round(xF, 2), round(ftol, 2), xc is not None and abs(xc - xF) <= ftol, _said(facts, "f", "R")))
    return Verdict(tuple(checks), rounds=1)


# ---------------------------------------------------------------------------------------------
# the plug-in


@register("nesy.optics.v1")
class OpticsDomain(ExactRender):
    """Thin lenses and spherical mirrors: the lens/mirror equation, magnification, principal rays."""

    name = "nesy.optics.v1"
    key = "optics"

    def score(self, text: str) -> float:
        """Fraction (0–1, plus a small bonus per hit) of the content words that are optics vocabulary."""
        return _score(text)

    def parse(self, text: str, *, allow_unknown: bool = False) -> SceneGraph:
        return parse_optics(text, allow_unknown=allow_unknown)

    def solve(self, scene: SceneGraph, *, seed: int = 0, attempt: int = 0, feedback: Verdict | None = None,
              timeout_s: float = 10.0) -> Layout:
        """The diagram is determined by the equations; ``seed``/``attempt`` change nothing."""
        return layout_optics(scene, seed=seed, attempt=attempt, timeout_s=timeout_s)

    def verify(self, png: bytes, scene: SceneGraph) -> Verdict:
        return verify_optics(png, scene)

    def artifacts(self, layout: Layout, scene: SceneGraph) -> dict[str, bytes]:
        """``optics.json``: the solved f, d_o, d_i, heights (cm) and magnification."""
        import json
        return {"optics.json": json.dumps(layout.extra("solution"), indent=1, sort_keys=True).encode()}
