"""The values another tool's ray diagram writes ("f = 8 cm", "dₒ = 30 cm", "30 cm" between two arrowheads,
"m = −0.5"), read by OCR (``nesy.see.ocr.read_page``) and checked against the scene the text states, and the
length each dimension line is drawn (``nesy.see.dimensions``) against the value written on it (issue 10).

A label states a value, whatever tool drew it; a value the text contradicts is a wrong figure:

- **a named value** ("f = 8 cm", "R = 40 cm", "d_o = 30 cm", "u = 30 cm", "v = 15 cm", "h_o = 3 cm",
  "m = −0.5"): the magnitude of that quantity in the solved system (signs follow one of two conventions, real-
  is-positive or New Cartesian: Hecht, *Optics*, 5th ed., §5.2.3; Serway & Jewett ch. 36 — so only the
  magnitude is compared; ``optics_signs``). Heights only when the text fixes them (an object or image height
  stated: with f and dₒ that fixes both, m = −dᵢ/dₒ); otherwise the figure chose them. Likewise a distance or
  magnification the text leaves open (``optics.Optics.chosen``: "a concave mirror, f = 20 cm" gives no dₒ) is
  the figure's choice and is not judged.
- **a value on a dimension line** (named or not; its text the value alone — a caption labels no line): the
  length the line is drawn, on the figure's own scale (horizontally the object's distance from the element
  in px over dₒ; vertically the object's drawn height over hₒ when the text fixes it, or the horizontal
  scale — a figure drawn to one scale), must be the value written.
- **a bare value with no line** ("object at 30 cm" in a title): one of the lengths the figure draws — f, 2f
  (= R of a mirror), dₒ, |dᵢ|, dₒ + |dᵢ|, |dₒ − |dᵢ|| and, when the text fixes them, hₒ and |hᵢ|; with no
  height stated, a value that is no such distance may be a height the figure chose and is not judged.
- A row of ≥ 3 bare values in one unit (a ruler along the axis) is a scale, not a statement of lengths:
  its values must be spaced as the figure's scale spaces them.

Values are compared within half a unit of the last digit written and 1 % (a rounded label). A value that
contradicts the scene is read a second time on its own crop (``_reread_shows``); only a second reading that
shows the right value clears it. Lengths are read to δ, the reading error of a stroke
(``RayDiagram.measurement_px``): each end within δ + 2 px (an arrowhead stopped short of its point, a tick's
width), the scale within 2δ over dₒ.

Without the ``ocr`` extra nothing is read and nothing is checked here (the figure may write no values at all).
"""
from __future__ import annotations

import re
from typing import Any

import numpy as np

from ..types import Check

__all__ = ["read_texts", "label_checks", "parse_values", "MIN_SCORE"]

MIN_SCORE = 0.8      # an OCR reading under this confidence decides nothing
VALUE_REL = 0.01     # a label may be rounded: 1 % beyond half a unit of its last digit

_UNIT_CM = {"mm": 0.1, "cm": 1.0, "m": 100.0}
# a symbol and its value: "f = 8 cm", "dₒ=30cm", "R: 40 cm", "m = -0.5" (a magnification has no unit)
_NAMED = re.compile(r"(?<![A-Za-z0-9])(?P<sym>[A-Za-z][A-Za-z0-9_'′ₒᵢ₁₂。.]{0,3}?|focal\s*length|radius)"
                    r"\s*(?:[=:]|is)\s*(?P<num>[-+]?\d+(?:\.\d+)?)\s*(?P<unit>mm|cm|m)?(?![A-Za-z0-9])", re.IGNORECASE)
_BARE = re.compile(r"(?<![\w.])(?P<num>[-+]?\d+(?:\.\d+)?)\s*(?P<unit>mm|cm|m)(?![A-Za-z0-9])")
# a symbol as written or read → the quantity it names (Hecht s_o, s_i; Halliday u, v; d_o, d_i; h_o, h_i)
_SYMBOL = {"f": "f", "focallength": "f", "r": "R", "radius": "R", "do": "do", "u": "do", "so": "do", "s": "do",
           "di": "di", "v": "di", "si": "di", "s'": "di", "ho": "ho", "hi": "hi", "h'": "hi", "m": "m",
           # a lens's surface radii (the lensmaker's R₁, R₂): named, and not a length the diagram draws
           "r1": "R_surface", "r2": "R_surface"}


def read_texts(rgb: np.ndarray) -> list[tuple[str, tuple[int, int, int, int], float]]:
    """The figure's lines of text as OCR reads them (text, box px, confidence); [] without the ``ocr`` extra.
    A small figure is read at twice its size (PP-OCR's detector misses text under ~10 px high)."""
    from ..see import ocr
    if not ocr.available():
        return []
    up = 2 if min(rgb.shape[:2]) < 300 else 1
    return ocr.read_page(np.ascontiguousarray(rgb[..., :3]), upscale=up)


def _symbol(raw: str) -> str | None:
    s = raw.lower()
    for a, b in (("ₒ", "o"), ("ᵢ", "i"), ("。", "o"), ("′", "'"), ("₁", "1"), ("₂", "2"), ("_", ""), (" ", ""),
                 (".", "")):
        s = s.replace(a, b)
    if len(s) == 2 and s[0] in "dhs" and s[1] == "0":   # "d0", "h0": a subscript o read as a zero
        s = s[0] + "o"
    return _SYMBOL.get(s)


def parse_values(text: str) -> list[dict[str, Any]]:
    """The values a line of label text writes: dicts with ``what`` (the quantity a symbol names: f, R, do,
    di, ho, hi, m; None for a bare value), ``value`` (cm for a length, as written for m), ``num`` (the digits
    written) and ``span`` (start, end in the text)."""
    t = text.replace("−", "-").replace("–", "-")
    t = re.sub(r"(?<=\d),(?=\d)", ".", t)
    out = []
    taken = []
    for mm in _NAMED.finditer(t):
        what = _symbol(mm.group("sym"))
        unit = mm.group("unit")
        if what is None:
            continue
        if what == "m":
            if unit:
                continue   # "m = 2 cm" is no magnification
            val = float(mm.group("num"))
        else:
            if not unit:
                continue   # a length needs its unit
            val = float(mm.group("num")) * _UNIT_CM[unit.lower()]
        out.append({"what": what, "value": val, "num": mm.group("num").lstrip("+-"), "unit": unit,
                     "span": mm.span()})
        taken.append(mm.span())
    for mm in _BARE.finditer(t):
        if any(a <= mm.start() < b for a, b in taken):
            continue
        out.append({"what": None, "value": float(mm.group("num")) * _UNIT_CM[mm.group("unit").lower()],
                    "num": mm.group("num").lstrip("+-"), "unit": mm.group("unit"), "span": mm.span()})
    return out


def _half_unit(num: str, unit: str | None) -> float:
    """Half a unit of the last digit written, in cm for a length (in its own terms for a magnification)."""
    q = 0.5 * 10.0 ** -(len(num.split(".")[1]) if "." in num else 0)
    return q * (_UNIT_CM[unit.lower()] if unit else 1.0)


def label_checks(rgb: np.ndarray, texts, o: Any, d: Any, obj: Any, facts: list) -> list[Check]:
    """``label_value`` and ``dimension_length`` checks for the values the figure writes (module docstring).
    ``rgb``: the figure (the image the reader was given); ``texts``: ``read_texts(rgb)``; ``o``: the solved
    system (``optics.Optics``, cm); ``d``: the ``RayDiagram`` read from ``rgb``; ``obj``: its object arrow."""
    from ..see.dimensions import dimension_span
    from ..see.rays import INK_LEVEL, background_grid, contrast
    said = {x["what"] for x in facts}
    heights = bool(said & {"ho", "hi"})
    f, do, di = abs(o.f), abs(o.do), abs(o.di)
    want = {"f": f, "R": 2 * f if o.kind == "mirror" else None, "do": do, "di": di,
            "ho": abs(o.ho) if heights else None, "hi": abs(o.hi) if heights else None, "m": abs(o.m)}
    # a value the text leaves open (``Optics.chosen``) is the figure's own choice, as nesy's is: not judged
    chosen = set(getattr(o, "chosen", ())) | ({"R"} if "f" in getattr(o, "chosen", ()) else set())
    want = {k: (None if k in chosen else v) for k, v in want.items()}
    lengths = [f, 2 * f, do, di, do + di, abs(do - di)] + ([abs(o.ho), abs(o.hi)] if heights else [])
    ox, oy = d.origin
    sx = abs(d.element_x - obj.x) / o.do            # px per cm, horizontally
    sy = abs(obj.height) / abs(o.ho) if heights else None
    delta = d.measurement_px
    con = contrast(rgb)
    ink = (con >= INK_LEVEL) & ~background_grid(con)
    band = (d.axis_band[0] + oy - 2, d.axis_band[1] + oy + 2)
    # vertical strokes that are no dimension lines: the element and the arrows standing on the axis
    cols = [(int(d.element_x - d.element_half) + ox - 2, int(d.element_x + d.element_half) + ox + 2)]
    cols += [(int(a.x - a.width) + ox - 2, int(a.x + a.width) + ox + 2) for a in d.arrows]
    checks: list[Check] = []
    rows = []
    for text, box, score in texts:
        if score < MIN_SCORE:
            continue
        for v in parse_values(text):
            rows.append((text, box, v))
    # a ruler: ≥ 3 bare values of one unit on one row — a scale (checked as one), not lengths stated
    ruler = _ruler([r for r in rows if r[2]["what"] is None])
    for text, box, v in rows:
        if id(v) in ruler:
            continue
        what, val = v["what"], v["value"]
        tol_v = _half_unit(v["num"], v["unit"]) + VALUE_REL * abs(val) + 1e-9
        if what is not None:
            w = want.get(what)
            if w is not None:
                ok = abs(abs(val) - w) <= tol_v or _reread_shows(rgb, box, what, w, tol_v)
                checks.append(Check("label_value", (what, text), round(abs(val), 4), round(w, 4), round(tol_v, 4),
                                    ok, text))
            if what == "m":
                continue
        # a dimension's text is its value alone ("12 cm", "f = 8 cm"); a caption holding words or several
        # values ("Concave mirror, f = 10 cm, object at 5 cm") labels no line
        alone = _alone(text, v)
        span = dimension_span(ink, box, exclude=[band]) if alone else None
        vert = None
        if span is None and alone:
            vert = dimension_span(ink, box, vertical=True, exclude=cols)
        if span is not None or vert is not None:
            lo, hi = span if span is not None else vert
            scales = [sx] if span is not None else [s for s in (sx, sy) if s]
            # each scale's reading and tolerance; the one that fits best is the figure's (vertical: one
            # scale for all lengths, or the object's drawn height over the height the text states)
            reads = []
            for s in scales:
                got = (hi - lo) / s
                tol = (2 * delta + 4) / s + got * 2 * delta / (o.do * sx) + tol_v
                reads.append((abs(got - abs(val)) - tol, got, tol))
            _, got, tol = min(reads)
            ok = abs(got - abs(val)) <= tol or _reread_shows(rgb, box, what, got, tol)
            checks.append(Check("dimension_length", ("vertical" if span is None else "horizontal", text),
                                round(got, 3), round(abs(val), 3), round(tol, 3), ok, text))
            continue
        if what is None:
            def member(x: float) -> bool:
                return any(abs(abs(x) - L) <= tol_v + VALUE_REL * L for L in lengths)
            ok = member(val) or any(r["what"] is None and member(r["value"]) for r in _reread(rgb, box))
            if not ok and (not heights or chosen):
                # no distance the figure draws: a height the figure chose (none stated), or a distance the text
                # leaves open that the figure chose otherwise than nesy did — not judged
                continue
            near = min(lengths, key=lambda L: abs(abs(val) - L))
            checks.append(Check("label_value", ("length", text), round(abs(val), 4), round(near, 4),
                                round(tol_v, 4), ok, text))
    if ruler:
        checks += _ruler_checks(rows, ruler, sx, delta)
    return checks


def _reread(rgb: np.ndarray, box: tuple[int, int, int, int]) -> list[dict[str, Any]]:
    """The values of the line in ``box`` read again, on its own crop (2 px margin) at three times its size by
    the line recogniser (``nesy.see.ocr.read_line``), trusted from ``MIN_SCORE``; [] when not read."""
    from ..see import ocr
    x0, y0, x1, y1 = box
    H, W = rgb.shape[:2]
    crop = np.ascontiguousarray(rgb[max(0, y0 - 2):min(H, y1 + 3), max(0, x0 - 2):min(W, x1 + 3), :3])
    text, score = ocr.read_line(crop, upscale=3)
    return parse_values(text) if score >= MIN_SCORE else []


def _reread_shows(rgb: np.ndarray, box: tuple[int, int, int, int], what: str | None, want: float, tol: float) -> bool:
    """Whether the line in ``box``, read again (``_reread``), writes ``want`` (within ``tol``) for the quantity
    ``what`` (None: a bare value). A reading that contradicts the scene is read twice before it fails: a
    misread digit of a right label is rescued only by a second reading that shows the right value, never by
    a reading that shows nothing."""
    return any(r["what"] == what and abs(abs(r["value"]) - want) <= tol for r in _reread(rgb, box))


def _alone(text: str, v: dict) -> bool:
    """Whether the value ``v`` (``parse_values``) is all the line ``text`` writes: its characters, spaces and
    punctuation aside, are ≥ 80 % of the line's."""
    core = re.sub(r"[\s,;:()\[\]]", "", text)
    a, b = v["span"]
    t = text.replace("−", "-").replace("–", "-")
    mine = re.sub(r"[\s,;:()\[\]]", "", t[a:b])
    return len(core) > 0 and len(mine) >= 0.8 * len(core)


def _ruler(bare: list) -> set[int]:
    """ids of the bare values that stand in a row of ≥ 3 of one unit (a scale along the axis)."""
    out: set[int] = set()
    by_row: list[list] = []
    for r in bare:
        _, (x0, y0, x1, y1), v = r
        yc = (y0 + y1) / 2
        for g in by_row:
            _, (_, a0, _, a1), gv = g[0]
            if abs((a0 + a1) / 2 - yc) <= 0.5 * (a1 - a0) and gv["unit"] == v["unit"]:
                g.append(r)
                break
        else:
            by_row.append([r])
    for g in by_row:
        if len(g) >= 3:
            out |= {id(r[2]) for r in g}
    return out


def _ruler_checks(rows: list, ruler: set[int], sx: float, delta: float) -> list[Check]:
    """A ruler's values against their positions: the fitted px per cm of its labels' centres must be the
    figure's scale ``sx`` within 2δ over the ruler's length."""
    # each value at its place in its line (OCR may read neighbouring tick labels as one line)
    pts = [(b[0] + (b[2] - b[0]) * (v["span"][0] + v["span"][1]) / 2 / max(len(t), 1), v["value"])
           for t, b, v in rows if id(v) in ruler]
    xs = np.array([p[0] for p in pts])
    vs = np.array([p[1] for p in pts])
    if np.ptp(vs) <= 0:
        return [Check("ruler_scale", ("ruler",), None, round(sx, 3), 0, False, "")]
    slope = abs(float(np.polyfit(vs, xs, 1)[0]))
    tol = (4 * delta) / float(np.ptp(vs)) + 0.02 * sx
    return [Check("ruler_scale", ("ruler",), round(slope, 3), round(sx, 3), round(tol, 3), abs(slope - sx) <= tol, "")]
