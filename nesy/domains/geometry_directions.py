"""Geometry: a triangle laid out by directions — "A at the bottom left, B 8 cm to the right of A, and C 6 cm
directly above B", "X at the origin, Y 5 cm to the right of X, and Z 12 cm straight up from X", "D is 2 cm to the
right of A and 3 cm above it".

Each placement is a displacement from a vertex already placed: "to the right of" is +x, "to the left of" −x,
"above" / "up from" +y, "below" / "down from" −y, on the page's axes (the drawing convention of coordinate geometry:
Stewart, *Calculus*, 8th ed., App. B, the Cartesian plane). The vertex said to be "at the origin" or "at the bottom
left" (or, when none is, the first one the others are placed from) is (0, 0). When every vertex of a triangle is
placed this way, the placements are the triangle's coordinates, read as such (``geometry_coords``): "A = (0, 0),
B = (8, 0), C = (8, 6), in cm" — every side and angle follows (Euclid I.47), and nothing is left for a side-naming
reader to misassign (requests-34 geometry-01 as development data: "B 8 cm to the right of A … C 6 cm directly above
B" drew AB = 10, verified). A placement this reader cannot finish (a distance "up and to the right" with no angle,
a fourth vertex) leaves the text as it is.
"""
from __future__ import annotations

import re
from fractions import Fraction

__all__ = ["direction_coordinates"]

_V = r"(?-i:[A-Z])(?![\w'’])"
_STEP = (r"(?P<n>\d+(?:\.\d+)?)\s*(?P<u>mm|cm|m|units?)\b\s*"
         r"(?:(?:to\s+the\s+|directly\s+to\s+the\s+)?(?P<h>right|left)(?:\s+of)?"
         r"|(?:directly\s+|straight\s+|vertically\s+|right\s+)?(?P<v>above|below|over|under|up\s+from|down\s+from|"
         r"up|down)(?:\s+from)?)"
         rf"(?:\s+(?P<ref>{_V}|it|that|this)(?![\w]))?")
_TAIL = (r"(?:\s*,?\s+(?:along\s+the\s+(?:bottom|base|top|x-axis|horizontal)|horizontally|vertically|"
         r"on\s+the\s+same\s+(?:level|line)))?")
_PLACED = re.compile(rf"(?<![\w'’])(?P<name>{_V})\s+(?:is\s+|sits\s+|lies\s+|goes\s+|placed\s+|is\s+placed\s+)?"
                     rf"(?P<steps>{_STEP.replace('?P<', '?P<a_')}(?:\s*,?\s+and\s+{_STEP.replace('?P<', '?P<b_')})?){_TAIL}",
                     re.IGNORECASE)
_ANCHOR = re.compile(rf"(?<![\w'’])(?P<name>{_V})\s+(?:is\s+|sits\s+|lies\s+|placed\s+)?at\s+(?:the\s+)?"
                     r"(?:origin(?:\s+\(0,\s*0\))?|(?:bottom|lower)[\s-]left(?:\s+corner|\s+of\s+the\s+(?:page|figure))?)",
                     re.IGNORECASE)
_DIRS = {"right": (1, 0), "left": (-1, 0), "above": (0, 1), "over": (0, 1), "up": (0, 1), "up from": (0, 1),
         "below": (0, -1), "under": (0, -1), "down": (0, -1), "down from": (0, -1)}


def _steps(m: re.Match) -> list[tuple[Fraction, str, tuple[int, int], str | None]] | None:
    out = []
    for p in ("a_", "b_"):
        if not m.group(p + "n"):
            continue
        d = (m.group(p + "h") or m.group(p + "v") or "").lower()
        d = re.sub(r"\s+", " ", d)
        ref = m.group(p + "ref")
        out.append((Fraction(m.group(p + "n")), m.group(p + "u").lower(), _DIRS[d], ref))
    return out or None


def direction_coordinates(text: str) -> list[tuple[int, int, str]]:
    """Edits writing a triangle's direction placements as its vertices' coordinates (empty unless all three are
    placed and every distance has one unit)."""
    if not re.search(r"(?i)\btriangle\b", text) or not re.search(r"(?i)\b(?:right|left|above|below|up|down)\b", text):
        return []
    at: dict[str, tuple[Fraction, Fraction]] = {}
    spans: dict[str, tuple[int, int]] = {}
    for m in _ANCHOR.finditer(text):
        if not at:
            at[m.group("name")] = (Fraction(0), Fraction(0))
            spans[m.group("name")] = (m.start(), m.end())
    places = list(_PLACED.finditer(text))
    units = set()
    pending = []
    for m in places:
        st = _steps(m)
        if st is None:
            continue
        pending.append((m, st))
    # a vertex placed from one that is placed: resolved in as many passes as there are placements
    for _ in range(len(pending) + 1):
        for m, st in pending:
            name = m.group("name")
            if name in at:
                continue
            refs = []
            for k, (_n, _u, _d, ref) in enumerate(st):
                if ref is None or ref.lower() in ("it", "that", "this"):
                    ref = refs[-1] if refs else next((r for *_, r in reversed(st[:k]) if r and r.isupper()), None)
                refs.append(ref)
            if any(r is None for r in refs) or len(set(refs)) != 1:
                continue
            ref = refs[0]
            if ref not in at:
                if not at and not any(ref == x.group("name") for x, _ in pending):
                    at[ref] = (Fraction(0), Fraction(0))     # the vertex the others are placed from
                else:
                    continue
            x, y = at[ref]
            for n, u, (dx, dy), _r in st:
                units.add(u)
                x, y = x + dx * n, y + dy * n
            at[name] = (x, y)
            spans[name] = (m.start(), m.end())
    if len(at) != 3 or len(units) != 1 or len(spans) < 2:
        return []
    unit = units.pop()
    pts = list(at.values())
    (x1, y1), (x2, y2), (x3, y3) = pts
    if (x2 - x1) * (y3 - y1) - (x3 - x1) * (y2 - y1) == 0:
        return []      # three points on one line: no triangle (left to the readers, which refuse it)
    edits = []
    order = sorted(spans.items(), key=lambda kv: kv[1][0])
    for k, (name, (a, b)) in enumerate(order):
        x, y = at[name]
        new = f"{name} = ({_fmt(x)}, {_fmt(y)})" + (f", in {unit}" if k == len(order) - 1 else "")
        edits.append((a, b, new))
    if len(order) == 2:      # the vertex the others were placed from, named only as their reference
        ref = next(n for n in at if n not in spans)
        a, b, new = edits[-1]
        edits[-1] = (a, b, new.replace(f", in {unit}", f", {ref} = ({_fmt(at[ref][0])}, {_fmt(at[ref][1])}), in {unit}"))
    return edits


def _fmt(v: Fraction) -> str:
    return str(int(v)) if v.denominator == 1 else f"{float(v):g}"
