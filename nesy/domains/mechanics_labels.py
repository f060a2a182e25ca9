"""The words a mechanics figure writes, and reading them back from its pixels.

A free-body diagram of a word problem shows the *given* values as the text wrote them ("m = 5 kg",
"F = 40 N at 30°", "μₖ = 0.2", "g = 9.8 m/s²"), the *asked* quantity as a marked unknown ("a = ?",
"T = ?"), and every other quantity as its symbol ("W = mg", "N", "f") — never a number the text did not
give. ``wanted_labels(scene, sol)`` lists them (from the scene graph alone, so layout and verifier agree
on what must be written); the layout places them; ``read_labels`` finds each one in the image's text
ink (``regionbase.text_ink``) by drawing the expected text with nesy's own font and rasteriser at every
line of ink (``regionbase.text_mismatch``) and reports where it sits, so the verifier can check that
the label is the given value, that it is next to the arrow or body it names, and that the figure
writes no other text.

Hands ``Want`` lists to ``solve_mechanics`` and ``Check``s to ``verify_mechanics``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

import numpy as np

from ..types import Check, SceneGraph

__all__ = ["Want", "written", "wanted_labels", "read_labels", "read_values", "LABEL_TOLERANCE", "NEAR_PX",
           "FORCE_SYMBOLS", "VALUE_REL", "line_work", "LINE_WORK_PX"]

# ink of the drawn text vs the expected text, as a fraction of the text's ink (regionbase.text_mismatch):
# the very text 0.0; one character changed ("5 kg" → "6 kg") ≥ 0.1
LABEL_TOLERANCE = 0.05
NEAR_PX = 90.0          # a label names the arrow/body whose tip/centre is at most this far from its box
FORCE_SYMBOLS = {"weight": "W", "normal": "N", "friction": "f", "tension": "T", "applied": "F", "spring": "Fₛ",
                 "weight2": "W₂", "tension2": "T"}


@dataclass(frozen=True)
class Want:
    """One label: ``key`` ("force:normal", "accel:body1", "mass:body1", "angle", "given:mu", "scale"),
    its ``text``, font ``size`` (px) and ``near``: the key of the drawn thing it must sit next to
    ("force:normal", "accel:body1", "body:body1") or None."""
    key: str
    text: str
    size: float
    near: str | None


_SUP = {"^2": "²", "^3": "³", "**2": "²"}


def _plain(value: str) -> str:
    """An exact value ("1/5", "49/5") as a short decimal when it has one ("0.2", "9.8")."""
    from fractions import Fraction
    v = Fraction(value)
    d = v.denominator
    while d % 2 == 0:
        d //= 2
    while d % 5 == 0:
        d //= 5
    return f"{float(v):g}" if d == 1 and len(f"{float(v):g}") < 12 else str(v)


def written(span_text: str, value: dict | None = None, unit: str = "") -> str:
    """The last quantity of ``span_text`` as the user wrote it, in label form: the number as written and
    the unit as written ("5-kg" → "5 kg", "30 degrees" → "30°", "9.8 m/s^2" → "9.8 m/s²"). A phrase the
    quantity reader cannot read alone (markup cut off by the span) gives the attribute ``value``
    (``{"value": "30", …}``) in ``unit``."""
    from ..parse.quantities import find_quantities
    qs = find_quantities(span_text)
    if not qs:
        if value is None or value.get("value") is None:
            return ""
        v = _plain(str(value["value"]))
        return v + unit if unit == "°" else f"{v} {unit}".strip()
    q = qs[-1]
    from ..parse.words import numeral
    num = re.sub(r"\s+", "", numeral(span_text[q.number_span[0]:q.number_span[1]]))   # "three quarters" → "0.75"
    unit = q.unit_text.strip()
    if q.unit == "degree" or unit in ("°", "º", "deg", "degree", "degrees"):
        return num + "°"
    if re.fullmatch(r"[A-Za-z]{4,}(?:\s+per\s+[A-Za-z]+)?(?:\s+squared)?", unit):
        from ..parse.quantities import ureg
        unit = format(ureg().Unit(q.unit), "~P")     # "kilograms" → "kg": a label writes the unit's symbol
    for a, b in _SUP.items():
        unit = unit.replace(a, b)
    if q.dimensionality == "[length] / [time]" and span_text[q.unit_span[1]:q.unit_span[1] + 1] == "2":
        unit += "²"
    return f"{num} {unit}"


def _number_at(span_text: str, value: str) -> str:
    """The number in ``span_text`` equal to ``value`` (a pair phrase "0.5 and 0.3" holds two), as written."""
    from fractions import Fraction
    for m in re.finditer(r"\d+(?:\.\d+)?|\.\d+", span_text):
        if Fraction(m.group(0)) == Fraction(value):
            return m.group(0)
    return _plain(value)


VECTOR_ARROW = "\u20d7"   # combining right arrow above: N⃗ (render.typography keeps it on its letter)


def _vec(sym: str, mark: str) -> str:
    """``sym`` marked as a vector (its letter with ``mark`` over it), when it is one symbol ("N", "T₁");
    a name of the text's own ("Fn") stays as written."""
    from ..render.typography import is_variable
    return sym[0] + mark + sym[1:] if mark and is_variable(sym) else sym


def wanted_labels(scene: SceneGraph, sol: Any, *, size: float, unit_n: float | None) -> list[Want]:
    """Every label the figure of ``scene`` (solved as ``sol``) writes; ``unit_n``: the scale bar's
    newtons, None when the figure is not drawn to scale. An arrow's label that names the vector is
    marked as one (``vector_mark`` of ``layout/mechanics.yaml``: N⃗, W⃗ = mg⃗, as Halliday, Resnick &
    Walker write vectors); a magnitude ("W = 49 N", "f = ?") is a scalar and stays plain."""
    from ..render.style import science_style
    v = VECTOR_ARROW if science_style("mechanics").get("vector_mark", "arrow") == "arrow" else ""
    asked = {a["quantity"] for a in scene.attr("asked") or []}
    forces = scene.attr("forces") or {}
    syms = {k: v["symbol"] for k, v in (scene.attr("symbols") or {}).items()}
    msym = syms.get("mass", "m")
    # two bodies (an Atwood machine, a body on a table pulled by a hanging one): each symbol's subscript
    pulley = sol.scene == "pulley" or len(sol.bodies) == 2
    out: list[Want] = []
    for bi, (bid, _m, acc, fs) in enumerate(sol.bodies):
        for kind, mag, _ang in fs:
            if mag <= 1e-9:
                continue
            base = kind.rstrip("2")
            sym = FORCE_SYMBOLS[kind]
            f = forces.get(base) or {}
            if base == "weight":
                text = (f"W{v}₁ = m₁g{v}" if kind == "weight" else f"W{v}₂ = m₂g{v}") if pulley \
                    else f"W{v} = {msym}g{v}"
                if "weight" in asked and kind == "weight":
                    text = "W = ?"
                elif f.get("value") is not None and not pulley:
                    text = f"W = {written(f['span']['text'], f, 'N')}"
            elif scene.attr("ropes") and base == "tension":
                sym = "T₁" if kind == "tension" else "T₂"
                text = f"{sym} = ?" if "tension" in asked else _vec(sym, v)
            elif kind == "tension2":
                text = _vec("T", v)
            elif base in asked:
                text = f"{sym} = ?"
            elif f.get("value") is not None:
                text = f"{sym} = {written(f['span']['text'], f, 'N')}"
            else:
                text = _vec(syms.get(base, sym), v)
            owner = "applied" if "applied" in forces else "tension"      # whose direction the angle gives
            aa = scene.attr("applied_angle")
            if kind == owner and aa and sol.scene in ("horizontal", "incline") and written(aa["span"]["text"]):
                # a stated angle is written; a direction in words ("pushes straight down") is the arrow's
                text += f" at {written(aa['span']['text'])}"
            out.append(Want(f"force:{kind}", text, size, f"force:{kind}"))
        # the acceleration: given or asked, drawn when the body accelerates
        if (scene.attr("accel") or "accel" in asked) and float(np.hypot(*acc)) > 1e-9:
            if bi == 0:
                text = f"a = {written(scene.attr('accel')['span']['text'], scene.attr('accel'), 'm/s²')}" if scene.attr("accel") else "a = ?"
            else:
                text = _vec("a", v)
            out.append(Want(f"accel:{bid}", text, size, f"accel:{bid}"))
        masses = scene.attr("masses") or []
        sub = ("₁", "₂")[bi] if pulley else ""
        if "mass" in asked and bi == 0:
            text = f"m{sub} = ?"
        elif bi < len(masses):
            text = f"m{sub} = {written(masses[bi]['span']['text'], masses[bi], 'kg')}"
        else:
            text = f"m{sub}" if pulley else msym
        out.append(Want(f"mass:{bid}", text, size, f"body:{bid}"))
    if sol.scene == "incline":
        inc = scene.attr("incline")
        text = written(inc["span"]["text"], inc, "°") if inc else syms.get("angle", f"{sol.incline:g}°")
        out.append(Want("angle", text, size, None))
    for i, r in enumerate(scene.attr("ropes") or [], start=1):
        out.append(Want(f"rope:{i}", written(r["span"]["text"], r, "°"), size, f"rope:{i}"))
    if sol.scene == "incline" and (scene.attr("slope_length") or "length" in syms):
        sl = scene.attr("slope_length")
        out.append(Want("length", f"L = {written(sl['span']['text'], sl, 'm')}" if sl else syms["length"], size, None))
    # values with no arrow of their own, in a column of givens (and asked ones with nothing drawn)
    mu = scene.attr("mu")
    if mu:
        sym = {"kinetic": "μₖ", "static": "μₛ"}.get(mu.get("kind") or "", "μ")
        out.append(Want("given:mu", f"{sym} = {_number_at(mu['span']['text'], mu['value'])}", size, None))
    elif "mu" in asked:
        out.append(Want("given:mu", "μ = ?", size, None))
    mo = scene.attr("mu_other")
    if mo:
        sym = {"kinetic": "μₖ", "static": "μₛ"}.get(mo.get("kind") or "", "μ")
        out.append(Want("given:mu_other", f"{sym} = {_number_at(mo['span']['text'], mo['value'])}", size, None))
    if scene.attr("frictionless") and sol.scene in ("horizontal", "incline"):
        out.append(Want("given:frictionless", "frictionless", size, None))
    for key, sym, unit in (("g", "g", "m/s²"), ("k", "k", "N/m"), ("extension", "x", "m")):
        a = scene.attr(key)
        if a:
            out.append(Want(f"given:{key}", f"{sym} = {written(a['span']['text'], a, unit)}", size, None))
        elif key in asked:
            out.append(Want(f"given:{key}", f"{sym} = ?", size, None))
    drawn = {w.key for w in out}
    for kind in ("tension", "normal", "friction", "applied", "weight"):
        if kind in asked and f"force:{kind}" not in drawn and kind in forces:
            # asked, but zero in the drawing (nothing needs it): still marked as the unknown
            out.append(Want(f"given:{kind}", f"{FORCE_SYMBOLS[kind]} = ?", size, None))
    if "net" in asked:
        out.append(Want("given:net", "ΣF = ?", size, None))
    if "accel" in asked and not any(w.key.startswith("accel:") for w in out):
        out.append(Want("given:accel", "a = ?", size, None))    # the body does not accelerate in any drawing
    if unit_n is not None:
        out.append(Want("scale", f"{unit_n:g} N", size - 1, None))
    elif sol.bodies and any(f[1] > 1e-9 for b in sol.bodies for f in b[3]):
        # the text fixes no magnitude of some arrow (no mass, no force given): the lengths are nesy's
        # choice, only their ratios are the laws' — the figure says so where the givens are, as a
        # textbook's "not to scale" does (issue 12: an assumed scale is stated in the figure)
        out.append(Want("given:not_to_scale", "not to scale", size, None))
    return out


def _lines(ink: np.ndarray, level: float = 40.0, across: int = 11) -> list[tuple[int, int, int, int, int]]:
    """Lines of text ink: (x0, y0, x1, y1, pixels) of the ink (darker than ``level``) of each group of
    dark grey pixels whose gaps are under ``across`` − 1 px across and 3 px down (one label; nesy keeps
    labels ≥ 12 px apart)."""
    from scipy import ndimage
    m = ink > level
    grown = ndimage.binary_dilation(m, structure=np.ones((3, across), bool))
    lab, n = ndimage.label(grown, structure=np.ones((3, 3)))
    out = []
    for i, sl in enumerate(ndimage.find_objects(lab), start=1):
        if sl is None:
            continue
        sub = m[sl] & (lab[sl] == i)
        ys, xs = np.nonzero(sub)
        if len(xs) < 6:
            continue
        out.append((sl[1].start + int(xs.min()), sl[0].start + int(ys.min()), sl[1].start + int(xs.max()) + 1,
                    sl[0].start + int(ys.max()) + 1, int(len(xs))))
    return out


def _dist(line: tuple[int, int, int, int, int], pt: tuple[float, float] | None) -> float:
    """px from point ``pt`` to the box of a line of text (0 inside; 0 without a point)."""
    if pt is None:
        return 0.0
    x0, y0, x1, y1, _n = line
    return float(np.hypot(max(x0 - pt[0], 0, pt[0] - x1), max(y0 - pt[1], 0, pt[1] - y1)))


LINE_WORK_PX = 30   # ink longer than this (px, either way) is line work: a 14-px glyph is at most ~18 px


def line_work(ink: np.ndarray, drawn: np.ndarray | None, level: float = 40.0) -> np.ndarray:
    """Where ``ink`` (text darkness, 0–255) is line work, not text: each 8-connected piece of ink darker
    than ``level`` that touches ``drawn`` (what is drawn in the style's colours, dilated by the 2 px a label
    keeps clear of it: hatching on the floor's surface line, an arrow of the grey palette) or is longer
    than ``LINE_WORK_PX`` either way (the wedge's legs with their hatching and the angle arc, a ceiling),
    grown by 1 px to take its anti-aliased rim. Labels are placed clear of all of it, so no glyph is
    taken."""
    from scipy import ndimage
    m = ink > level
    lab, n = ndimage.label(m, structure=np.ones((3, 3), bool))
    if not n:
        return np.zeros(ink.shape, bool)
    out = np.zeros(n + 1, bool)
    for i, sl in enumerate(ndimage.find_objects(lab), start=1):
        if sl is not None and max(sl[0].stop - sl[0].start, sl[1].stop - sl[1].start) > LINE_WORK_PX:
            out[i] = True
    if drawn is not None:
        out[np.unique(lab[drawn & m])] = True
    out[0] = False
    return ndimage.binary_dilation(out[lab], iterations=1)


def read_labels(rgb: np.ndarray, wants: list[Want], anchors: dict[str, tuple[float, float]],
                phrases: dict[str, str], drawn: np.ndarray | None = None) -> list[Check]:
    """Find each wanted label in the text ink of nesy's exact image ``rgb`` (the figure area) and check
    it: ``label_text`` (the drawn ink is the expected text within ``LABEL_TOLERANCE``), ``label_near``
    (its box within ``NEAR_PX`` of the measured point ``anchors[want.near]``) and ``no_other_text``
    (no line of text the scene does not call for: a value the text did not give is never written).
    Black line work (``line_work``) is no text: it is taken out of the ink first."""
    from .regionbase import _text_template, text_ink, text_mismatch
    ink = text_ink(rgb)
    ink = np.where(line_work(ink, drawn), 0, ink).astype(ink.dtype)
    lines = _lines(ink)
    cand: list[tuple[float, int, int]] = []
    for wi, w in enumerate(wants):
        tpl = _text_template(w.text, w.size, "start", 0.0, 0.0, math=True)
        if tpl is None:
            continue
        t, dx, dy = tpl
        tw, th = t.shape[1] - 8, t.shape[0] - 8
        for li, (x0, y0, x1, y1, _n) in enumerate(lines):
            if abs((x1 - x0) - tw) > 4 or abs((y1 - y0) - th) > 4:
                continue
            miss = text_mismatch(ink, w.text, w.size, x0 - dx - 4, y0 - dy - 4, "start", search=2, math=True)
            cand.append((round(miss, 2), _dist(lines[li], anchors.get(w.near or "")), miss, wi, li))
    # the best-matching ink first; of equal texts ("T" on both sides of a pulley) the one nearer its arrow
    cand.sort()
    got: dict[int, tuple[float, int]] = {}
    taken: set[int] = set()
    for _r, _d, miss, wi, li in cand:
        if wi in got or li in taken or miss > LABEL_TOLERANCE:
            continue
        got[wi] = (miss, li)
        taken.add(li)
    checks: list[Check] = []
    for wi, w in enumerate(wants):
        phrase = phrases.get(w.key, "")
        if wi not in got:
            checks.append(Check("label_text", (w.key,), "not found", w.text, LABEL_TOLERANCE, False, phrase))
            continue
        miss, li = got[wi]
        checks.append(Check("label_text", (w.key,), round(miss, 3), w.text, LABEL_TOLERANCE, True, phrase))
        if w.near is not None:
            pt = anchors.get(w.near)
            if pt is None:
                checks.append(Check("label_near", (w.key, w.near), "nothing drawn", NEAR_PX, 0, False, phrase))
                continue
            d = _dist(lines[li], pt)
            checks.append(Check("label_near", (w.key, w.near), round(d, 1), f"≤ {NEAR_PX:g} px", 0,
                                d <= NEAR_PX, phrase))
    extra = [lines[i] for i in range(len(lines)) if i not in taken and lines[i][4] >= 12]
    checks.append(Check("no_other_text", ("labels",), len(extra), 0, 0, not extra,
                        ", ".join(f"ink at ({x0}, {y0})" for x0, y0, *_ in extra[:3])))
    return checks


# ---------------------------------------------------------------------------------------------
# another tool's figure: the values its labels write, read by OCR (nesy.see.ocr.read_page)

# a force label's symbol → the force it names ("W = 49 N", "mg = 49 N", "Fn = 42 N", "T = 19.6 N")
_SYMBOL_KIND = {"w": "weight", "mg": "weight", "fg": "weight", "n": "normal", "fn": "normal", "r": "normal",
                "f": "friction", "ff": "friction", "fk": "friction", "fs": "friction", "t": "tension",
                "ft": "tension", "fa": "applied", "p": "applied", "fp": "applied"}
_FORCE_RX = re.compile(r"(?:(?<![A-Za-z])(?P<sym>[A-Za-z]{1,2})\s*[=:]\s*)?(?P<num>\d+(?:\.\d+)?)\s*N(?![A-Za-z])")
_MASS_RX = re.compile(r"(?P<num>\d+(?:\.\d+)?)\s*kg(?![A-Za-z])")
_ANGLE_RX = re.compile(r"(?P<num>\d+(?:\.\d+)?)\s*(?:°|º|˚|deg)")
_MU_RX = re.compile(r"(?:μ|µ|u|p)\s*[ks]?\s*[=:]\s*(?P<num>\d*\.\d+|\d+)")
_G_RX = re.compile(r"(?<![A-Za-z])g\s*[=:]\s*(?P<num>\d+(?:\.\d+)?)")
# a spring constant: newtons per metre (or per centimetre, kilonewtons per metre) — a force per length, so
# its number is no force ("k = 200 N/m" names no 200 N force)
_K_RX = re.compile(r"(?:(?<![A-Za-z])k\s*[=:]\s*)?(?P<num>\d+(?:\.\d+)?)\s*(?P<kilo>k?)N\s*"
                   r"(?:/\s*(?P<len>c?m)|[·.\s]\s*(?P<len2>c?m)\s*(?:⁻¹|\^?-1))(?![A-Za-z])")
#: a number alone — or after an equals sign whose name the recogniser read as another line (a label written
#: along a slanted arrow, "F [N] = 80", read as "F[N]" and "=80")
_BARE_RX = re.compile(r"^\s*(?:[=:≈]\s*)?(?P<num>\d{1,3}(?:\.\d+)?)\s*[°º˚oO]?\s*$")
VALUE_REL = 0.025    # a force label may be rounded, or computed with g = 9.8 or 10 m/s² (≤ 2 % off 9.80665)
MIN_VALUE_SCORE = 0.8


def _half_unit(num: str) -> float:
    return 0.5 * 10.0 ** -(len(num.split(".")[1]) if "." in num else 0)


_BRACKET_UNIT_RX = re.compile(r"(?P<sym>[A-Za-zμ][\w]{0,3})\s*[\[(]\s*(?P<unit>N/m|N|kg|m/s²|m/s2|m|°)\s*[\])]"
                              r"\s*[=:]\s*(?P<num>-?\d+(?:\.\d+)?)")


def read_values(texts, scene: SceneGraph, sol: Any) -> list[Check]:
    """``label_value`` checks for the values another tool's figure writes: every number the OCR reads
    (``texts``: ``nesy.see.ocr.read_page`` lines, trusted from ``MIN_VALUE_SCORE``) with a unit or
    symbol that names a quantity must be that quantity — "5 kg" a stated mass, "30°" the incline (or a
    stated angle), "k = 200 N/m" the spring constant (stated, or the spring's force over its stated
    extension; a force per length, never a force), "μ = 0.4" the stated coefficient, "W = 49 N" / "49 N"
    the solved force of that symbol (or of any force when the symbol is not read) within half a unit of
    the last digit written or ``VALUE_REL``; a line holding a number alone (an angle whose ° was not read)
    must be a stated value; a plot's axis scale is no value (``nesy.see.scales``).
    A figure may write no values at all: then there is nothing to check."""
    masses = [float(Fraction(m["value"])) for m in scene.attr("masses") or [] if m.get("value") is not None]
    angles = [float(sol.incline)] if sol.scene == "incline" else []
    aa = scene.attr("applied_angle")
    if aa and aa.get("value") is not None:
        angles.append(float(Fraction(aa["value"])))
    for r in scene.attr("ropes") or []:
        if r.get("value") is not None:
            angles.append(float(Fraction(r["value"])))
    mus = [float(Fraction(scene.attr(k)["value"])) for k in ("mu", "mu_other") if scene.attr(k)]
    mags: dict[str, list[float]] = {}
    for _bid, _m, _acc, fs in sol.bodies:
        for kind, mag, _ang in fs:
            if mag > 1e-9:
                mags.setdefault(kind.rstrip("2"), []).append(float(mag))
    every = sorted(v for vs in mags.values() for v in vs)
    # the spring constant in N/m: stated, or the spring's force over its stated extension (Hooke's law,
    # F = k x; Halliday, Resnick & Walker, Fundamentals of Physics, ch. 7)
    ks: list[float] = []
    if scene.attr("k") and scene.attr("k").get("value") is not None:
        ks.append(float(Fraction(scene.attr("k")["value"])))
    elif scene.attr("extension") and scene.attr("extension").get("value") is not None and mags.get("spring"):
        x = float(Fraction(scene.attr("extension")["value"]))
        ks += [f / x for f in mags["spring"] if x > 0]
    checks: list[Check] = []

    def check(text: str, num: str, want: list[float], rel: float, what: str) -> None:
        v = float(num)
        tol = [_half_unit(num) + rel * w_ + 1e-9 for w_ in want]
        ok = any(abs(v - w_) <= t for w_, t in zip(want, tol))
        near = min(want, key=lambda w_: abs(v - w_)) if want else "none stated"
        checks.append(Check("label_value", (what, text), v, round(near, 3) if want else near,
                            round(min(tol), 3) if tol else 0, ok, text))

    # a plot's axis scales (tick numbers along a row or a column, ``nesy.see.scales``) state no value
    from ..see.scales import tick_labels
    ticks = tick_labels([(text, box) for text, box, _score in texts])
    for j, (text, _box, score) in enumerate(texts):
        if score < MIN_VALUE_SCORE or j in ticks:
            continue
        t = text.replace(",", ".").replace("−", "-")
        # a quantity written with its unit in brackets before the value (ISO 80000-1's Q/[Q] way: "F [N] = 80",
        # "m [kg] = 10") is the value in that unit
        t = _BRACKET_UNIT_RX.sub(lambda m: f"{m.group('sym')} = {m.group('num')} {m.group('unit')}", t)
        used = False
        for m in _MASS_RX.finditer(t):
            check(text, m.group("num"), masses, 0.0, "mass")
            used = True
        for m in _ANGLE_RX.finditer(t):
            check(text, m.group("num"), angles, 0.0, "angle")
            used = True
        for m in _MU_RX.finditer(t):
            check(text, m.group("num"), mus, 0.0, "mu")
            used = True
        for m in _G_RX.finditer(t):
            check(text, m.group("num"), [9.8, 9.81, 10.0], 0.0, "g")
            used = True
        for m in _K_RX.finditer(t):
            per_cm = "cm" in (m.group("len"), m.group("len2"))
            per_m = (1000.0 if m.group("kilo") else 1.0) * (100.0 if per_cm else 1.0)
            num = m.group("num")
            v = float(num) * per_m
            tol = [(_half_unit(num) * per_m) + 1e-9 for _k in ks]
            ok = any(abs(v - k_) <= t_ for k_, t_ in zip(ks, tol))
            near = min(ks, key=lambda k_: abs(v - k_)) if ks else "none stated"
            checks.append(Check("label_value", ("spring constant", text), v, round(near, 3) if ks else near,
                                round(min(tol), 3) if tol else 0, ok, text))
            used = True
        t = _K_RX.sub(" ", t)
        for m in _FORCE_RX.finditer(t):
            sym = m.group("sym") or ""
            kind = "applied" if sym == "F" else _SYMBOL_KIND.get(sym.lower())
            want = mags.get(kind, []) if kind else every
            check(text, m.group("num"), want or every, VALUE_REL, kind or "force")
            used = True
        b = _BARE_RX.match(t)
        if not used and b:
            num = b.group("num")
            known = angles + masses + mus + every
            # "30°" read without its degree sign may come back as "300" or "30o": the last character dropped
            alt = num[:-1] if len(num) >= 3 and num.endswith("0") and "." not in num else None
            v = float(num)
            ok = any(abs(v - k) <= _half_unit(num) + 1e-9 for k in known) or \
                (alt is not None and any(abs(float(alt) - k) <= 0.5 for k in angles))
            checks.append(Check("label_value", ("number", text), v, "a stated value", 0, ok, text))
    return checks
