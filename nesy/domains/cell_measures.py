"""Sizes of a cell and its organelles in units of length, read as sizes and drawn in proportion.

"an animal cell roughly 25 µm across with one nucleus 8 µm in diameter", "a liver cell ~20 µm wide", "Cell
diameter 18 ± 2 µm, nucleus 5.5 µm", "a 60 µm × 30 µm plant cell", "nucleus 6 × 10^-6 m across", "two
mitochondria roughly 1.5 µm long", "one vacuole of 3–4 µm", "a 20 µm cell". Read word by word, the grammar of
nesy.cell.v1 finds a number it cannot count and a unit it does not know, and refuses the text. Each such
statement is read here (``find_measures``, a statement of ``cell_size``: blanked before the grammar reads the
rest, offsets kept) and put on the thing it is said of (``apply_measure``): the cell or organelle named right
after it ("a 20 µm cell") or the last one named before it in its sentence ("nucleus 8 µm in diameter"), as the
attribute ``measured`` {um, lo_um, hi_um, dim (diameter | length | box), phrase, start, end}.

What a stated size means for the figure (``measured_fills``): a thing inside another is smaller than it — a
nucleus stated wider than its cell is impossible, refused naming both phrases (``organelle_smaller``, MBoC ch.
1: an organelle lies inside its cell). A round organelle (a diameter or a width) inside a container whose size
is stated too is drawn covering the area fraction (d / D)² of it (the existing ``fills`` statement, checked from
the pixels), within the stated precision (nesy.solve.precision) and the drawing's own ± 30 %; a fraction under
``min_fill`` (a 0.5 µm lysosome in a 20 µm cell: 0.06 %) cannot be drawn legibly and is drawn at the legible
minimum — the scene says so (``measured.to_scale`` false), never silently. Lengths ("1.5 µm long") are
recorded, not drawn to scale (a mitochondrion's drawn length is its legible minimum).
"""
from __future__ import annotations

import re
from fractions import Fraction
from typing import Any

from ..solve.precision import approx_rx
from ..types import SceneGraph

__all__ = ["find_measures", "apply_measure", "measured_fills"]

_UNIT = {"nm": Fraction(1, 1000), "µm": Fraction(1), "μm": Fraction(1), "um": Fraction(1), "micron": Fraction(1),
         "microns": Fraction(1), "micrometre": Fraction(1), "micrometres": Fraction(1), "micrometer": Fraction(1),
         "micrometers": Fraction(1), "mm": Fraction(1000), "m": Fraction(10 ** 6)}
_NUM = (r"(?:\d+(?:\.\d+)?(?:\s*(?:[x×·]\s*10\s*\^?\s*[-−]?\d+|×\s*10[⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+|[eE][-−+]?\d+))?)")
# (case-sensitive: "0.074 M" is a molar concentration, not 74 mm)
_U = r"(?-i:nm|µm|μm|um|microns?|micromet(?:re|er)s?|mm|m)(?![\w²³])"
_APPROX = approx_rx()
_DIMWORD = (r"(?P<dim>across|wide|in\s+diameter|diameter|in\s+width|in\s+size|long|in\s+length|thick|in\s+thickness|"
            r"tall|high)")
# "25 µm across", "~20 µm wide", "8 µm in diameter", "3–4 µm", "60 µm × 30 µm", "1.0 µm long each"
_MEASURE = re.compile(
    rf"(?i)(?<![\w.])(?:(?P<key>diameter|width|length|size)\s*(?:of\s+|is\s+|=\s*|:\s*|,\s*)?)?(?:of\s+)?{_APPROX}?"
    rf"(?P<a>{_NUM})\s*(?:(?P<u1>{_U})\s*)?(?:(?P<sep>[–-]|to|[x×])\s*(?P<b>{_NUM})\s*)?(?P<u>{_U})"
    rf"(?:\s+{_DIMWORD})?(?:\s+(?:each|apiece))?")


def _val(s: str) -> Fraction:
    from ..parse.words import read_number
    return Fraction(read_number(s.replace("x", "×")))


def find_measures(text: str) -> list[dict]:
    """Every size statement of ``text`` in a unit of length: ``{start, end, what: "measure", um, lo_um, hi_um,
    dim}``."""
    from ..solve.precision import half_width
    out: list[dict] = []
    for m in _MEASURE.finditer(text):
        u = m.group("u").replace("μ", "µ")
        if u == "m" and not re.match(r"\d", m.group("a")) or m.group("u1") and m.group("u1") != m.group("u"):
            continue
        try:
            a = _val(m.group("a")) * _UNIT[u]
            b = _val(m.group("b")) * _UNIT[u] if m.group("b") else None
        except (ValueError, ZeroDivisionError, KeyError):
            continue
        if a <= 0 or (b is not None and b <= 0):
            continue
        dimw = (m.group("dim") or m.group("key") or "").lower()
        dim = "length" if re.match(r"long|length|thick|tall|high", dimw) else "diameter"
        if b is not None and m.group("sep") in ("x", "×", "X"):
            um, lo, hi, dim = max(a, b), max(a, b), max(a, b), "box"        # "60 µm × 30 µm": the longer side
        elif b is not None:
            um, lo, hi = (a + b) / 2, min(a, b), max(a, b)                  # "3–4 µm": a range
        else:
            h = half_width({"text": m.group(0), "start": m.start()}, a / _UNIT[u], context=text) * _UNIT[u]
            um, lo, hi = a, a - h, a + h
        out.append({"start": m.start(), "end": m.end(), "what": "measure", "um": um, "lo_um": lo, "hi_um": hi,
                    "dim": dim})
    return out


def apply_measure(scene: SceneGraph, text: str, f: dict, ents: list, idx: dict) -> bool:
    """Put the size statement ``f`` on the thing it is said of (in ``ents``, by id ``idx``); False when it is
    said of nothing (left unread)."""
    from .cell_size import _with
    named = [e for e in ents if e.span is not None]
    after = [e for e in named if f["end"] <= e.span.start <= f["end"] + 2 and not text[f["end"]:e.span.start].strip()]
    before = [e for e in named if e.span.end <= f["start"] and not re.search(r"[.;!?]", text[e.span.end:f["start"]])]
    within = [e for e in named if e.span.start <= f["start"] and f["end"] <= e.span.end]
    if within:                           # "a 30 µm plant cell": inside the mention, before its noun
        tgt = [e for e in within if e.span == within[0].span]
    elif after:
        first = min(e.span.start for e in after)
        tgt = [e for e in after if e.span.start == first]
    elif before:
        last = max(e.span.end for e in before)
        tgt = [e for e in before if e.span.end == last]
    else:
        return False
    val = {"um": str(f["um"]), "lo_um": str(f["lo_um"]), "hi_um": str(f["hi_um"]), "dim": f["dim"],
           "phrase": text[f["start"]:f["end"]], "start": f["start"], "end": f["end"]}
    for e in tgt:
        ents[idx[e.id]] = _with(ents[idx[e.id]], "measured", val)
    return True


def _law(key: str) -> dict[str, str]:
    from ..resources import load_yaml
    x = load_yaml("solvers", "cell.yaml")["laws"][key]
    return {"law": x["doc"], "source": x["source"]}


def measured_fills(scene: SceneGraph) -> SceneGraph:
    """``scene`` with each round organelle whose size and whose container's size are stated drawn in
    proportion (a ``fills`` statement of the area fraction (d / D)²); refuses a thing stated no smaller than
    its container (``UnsatisfiableError`` naming both phrases)."""
    from dataclasses import replace
    from ..errors import UnsatisfiableError
    from ..resources import load_yaml
    from .cell_size import _with
    sized = {e.id: dict(e.attr("measured")) for e in scene.entities if e.attr("measured")}
    if not sized:
        return scene
    st = load_yaml("layout", "cell.yaml").get("measured", {})
    min_fill, slack = float(st.get("min_fill", 0.02)), float(st.get("slack", 0.3))
    par = {}
    for r in scene.relations:
        if r.kind in ("inside", "element_of") and r.source not in par:
            par[r.source] = r.target
    ents = list(scene.entities)
    idx = {e.id: k for k, e in enumerate(ents)}
    for i, m in sized.items():
        p = par.get(i)
        if p not in sized:
            continue
        c = sized[p]
        if Fraction(m["lo_um"]) >= Fraction(c["hi_um"]):
            ph = [{"text": m["phrase"], "start": m["start"], "end": m["end"]},
                  {"text": c["phrase"], "start": c["start"], "end": c["end"]}]
            raise UnsatisfiableError(sorted(ph, key=lambda x: x["start"]), [_law("organelle_smaller")],
                                     detail=f"{ents[idx[i]].kind} {float(Fraction(m['um'])):g} µm inside "
                                            f"{ents[idx[p]].kind} {float(Fraction(c['um'])):g} µm")
        if m["dim"] != "diameter" or c["dim"] == "length" or ents[idx[i]].attr("fills"):
            continue
        lo = float(Fraction(m["lo_um"]) / Fraction(c["hi_um"])) ** 2
        hi = float(Fraction(m["hi_um"]) / Fraction(c["lo_um"])) ** 2
        mid = float(Fraction(m["um"]) / Fraction(c["um"])) ** 2
        # (and within the drawing law's size ratio of the kind to its container, solvers/cell.yaml ``sizes``:
        # a nucleus a fifth of a 50 µm plant cell is drawn at the law's least, not to scale)
        law = (load_yaml("solvers", "cell.yaml").get("sizes") or {}).get(ents[idx[i]].kind) or {}
        r_lo, r_hi = (float(x) for x in law.get("ratio", (0.0, 1.0)))
        if mid < min_fill or mid > 0.8 or not (r_lo <= mid ** 0.5 <= r_hi):
            m["to_scale"] = False
            ents[idx[i]] = _with(ents[idx[i]], "measured", m)
            continue
        lo, hi = max(min(lo, mid * (1 - slack)), (r_lo * 1.05) ** 2), min(max(hi, mid * (1 + slack)), (r_hi * 0.95) ** 2)
        if lo >= hi:
            m["to_scale"] = False
            ents[idx[i]] = _with(ents[idx[i]], "measured", m)
            continue
        val = {"lo": round(lo, 4), "hi": round(hi, 4),
               "how": f"{m['phrase']} in a {c['phrase']} container: (d / D)² = {mid:.3g} of its area",
               "phrase": m["phrase"], "start": m["start"], "end": m["end"]}
        m["to_scale"] = True
        ents[idx[i]] = _with(_with(ents[idx[i]], "measured", m), "fills", val)
    return replace(scene, entities=tuple(ents))
