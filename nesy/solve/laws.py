"""Primitive laws: a table of small functions, each with a Z3 face and a numeric face.

The *Z3 face* adds linear rows over entity boxes ``(x0, y0, x1, y1)`` (pixels, y down) to a
``LinSystem``; the *numeric face* checks the same law on drawn shapely geometry. The faces must
agree: whatever satisfies the rows satisfies the numeric check (``tests/solve/test_laws.py``).
The drawn outline of an ellipse entity is the ellipse inscribed in its box; what it contains must
lie in its *inner rectangle*, the box shrunk by 1/√2 about its centre (that rectangle's corners lie
on the ellipse), so containment stays linear and exact.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Callable

from .linear import LinSystem

__all__ = ["Box", "LAWS", "Law", "inner_rect"]

K = 1.0 / math.sqrt(2.0)


@dataclass(frozen=True)
class Box:
    """Variable indices of an entity's box and the outline drawn in it (ellipse | rect | point)."""

    x0: int
    y0: int
    x1: int
    y1: int
    shape: str = "ellipse"
    radius: float = 0.0  # corner radius of a rounded rectangle (px)


Expr = tuple[dict[int, float], float]  # Σ coef·var + constant


def inner_rect(b: Box) -> tuple[Expr, Expr, Expr, Expr]:
    """Linear expressions ``(coefs, constant)`` of x0, y0, x1, y1 of the rectangle guaranteed
    inside ``b``'s outline."""
    if b.shape == "rect":
        return ({b.x0: 1.0}, 0.0), ({b.y0: 1.0}, 0.0), ({b.x1: 1.0}, 0.0), ({b.y1: 1.0}, 0.0)
    if b.shape == "rounded":  # a corner arc of radius r stays within r(1 - 1/√2) of the corner's diagonal
        d = b.radius * (1.0 - K)
        return ({b.x0: 1.0}, d), ({b.y0: 1.0}, d), ({b.x1: 1.0}, -d), ({b.y1: 1.0}, -d)
    # ellipse: centre ± half-width/√2
    a, c = 0.5 + 0.5 * K, 0.5 - 0.5 * K
    return (({b.x0: a, b.x1: c}, 0.0), ({b.y0: a, b.y1: c}, 0.0), ({b.x0: c, b.x1: a}, 0.0),
            ({b.y0: c, b.y1: a}, 0.0))


def _sub(p: dict[int, float], q: dict[int, float]) -> dict[int, float]:
    out = dict(p)
    for v, c in q.items():
        out[v] = out.get(v, 0.0) - c
    return out


@dataclass(frozen=True)
class Law:
    name: str
    z3: Callable[..., None]
    check: Callable[..., tuple[bool, Any]]
    doc: str


def inside_z3(s: LinSystem, a: Box, b: Box, tag: str, margin: float = 4.0, header: float = 0.0) -> None:
    """Require that A lies inside B's outline, with margin ``margin`` px (``header`` px kept free on top)."""
    (ix0, cx0), (iy0, cy0), (ix1, cx1), (iy1, cy1) = inner_rect(b)
    s.le(_sub(ix0, {a.x0: 1.0}), -margin - cx0, tag)            # ix0 + m <= a.x0
    s.le(_sub(iy0, {a.y0: 1.0}), -(margin + header) - cy0, tag)
    s.le(_sub({a.x1: 1.0}, ix1), -margin + cx1, tag)            # a.x1 + m <= ix1
    s.le(_sub({a.y1: 1.0}, iy1), -margin + cy1, tag)


def inside_check(ga, gb, margin: float = 4.0, **_: Any) -> tuple[bool, float]:
    """Numeric face of inside: A within B and at least ``margin`` px from B's boundary."""
    d = gb.exterior.distance(ga) if gb.contains(ga) else -ga.difference(gb).area
    return bool(gb.contains(ga) and d >= margin * 0.98), round(float(d), 3)


def left_of_z3(s: LinSystem, a: Box, b: Box, tag: str, gap: float = 2.0) -> None:
    """Require that A lies entirely left of B, with gap ``gap`` px."""
    s.le({a.x1: 1.0, b.x0: -1.0}, -gap, tag)


def left_of_check(ga, gb, gap: float = 2.0, **_: Any) -> tuple[bool, float]:
    d = gb.bounds[0] - ga.bounds[2]
    return bool(d >= gap * 0.98), round(float(d), 3)


def above_z3(s: LinSystem, a: Box, b: Box, tag: str, gap: float = 2.0) -> None:
    """Require that A lies entirely above B (smaller y), with gap ``gap`` px."""
    s.le({a.y1: 1.0, b.y0: -1.0}, -gap, tag)


def above_check(ga, gb, gap: float = 2.0, **_: Any) -> tuple[bool, float]:
    d = gb.bounds[1] - ga.bounds[3]
    return bool(d >= gap * 0.98), round(float(d), 3)


def disjoint_z3(s: LinSystem, a: Box, b: Box, tag: str, gap: float = 2.0, side: str = "left") -> None:
    """Require that A and B do not meet: A on ``side`` (left|above) of B with gap ``gap`` px."""
    (left_of_z3 if side == "left" else above_z3)(s, a, b, tag, gap)


def disjoint_check(ga, gb, gap: float = 2.0, **_: Any) -> tuple[bool, float]:
    d = ga.distance(gb)
    return bool(d >= gap * 0.98), round(float(d), 3)


def overlaps_z3(s: LinSystem, a: Box, b: Box, tag: str, depth: float = 20.0) -> None:
    """Require that A (left) and B (right) overlap by ``depth`` px on a shared axis, neither inside the other."""
    s.le({b.x0: 1.0, a.x1: -1.0}, -depth, tag)            # b.x0 + depth <= a.x1
    s.le({a.x0: 1.0, b.x0: -1.0}, -depth, tag)            # a.x0 + depth <= b.x0
    s.le({a.x1: 1.0, b.x1: -1.0}, -depth, tag)            # a.x1 + depth <= b.x1
    s.eq({a.y0: 0.5, a.y1: 0.5, b.y0: -0.5, b.y1: -0.5}, 0.0, tag)   # same centre line
    s.le({b.y1: 1.0, b.y0: -1.0, a.y1: -1.0, a.y0: 1.0}, -depth / 2, tag)  # A taller: no shared edges


def overlaps_check(ga, gb, depth: float = 20.0, **_: Any) -> tuple[bool, float]:
    inter = ga.intersection(gb).area
    ok = inter > 0 and not ga.within(gb) and not gb.within(ga)
    return bool(ok), round(float(inter), 1)


def larger_z3(s: LinSystem, a: Box, b: Box, tag: str, ratio: float = 1.25) -> None:
    """Require that A is at least ``ratio`` times B in width and in height."""
    s.le({b.x1: ratio, b.x0: -ratio, a.x1: -1.0, a.x0: 1.0}, 0.0, tag)
    s.le({b.y1: ratio, b.y0: -ratio, a.y1: -1.0, a.y0: 1.0}, 0.0, tag)


def larger_check(ga, gb, ratio: float = 1.25, **_: Any) -> tuple[bool, float]:
    wa, ha = ga.bounds[2] - ga.bounds[0], ga.bounds[3] - ga.bounds[1]
    wb, hb = gb.bounds[2] - gb.bounds[0], gb.bounds[3] - gb.bounds[1]
    r = min(wa / max(wb, 1e-9), ha / max(hb, 1e-9))
    return bool(r >= ratio * 0.98), round(float(r), 3)


def size_ratio_z3(s: LinSystem, a: Box, ref: Box, tag: str, lo: float = 0.0, hi: float = 1.0) -> None:
    """Require lo ≤ width(A)/width(ref) ≤ hi (the ratio of major axes)."""
    s.le({ref.x1: lo, ref.x0: -lo, a.x1: -1.0, a.x0: 1.0}, 0.0, tag)
    s.le({a.x1: 1.0, a.x0: -1.0, ref.x1: -hi, ref.x0: hi}, 0.0, tag)


def size_ratio_check(ga, gref, lo: float = 0.0, hi: float = 1.0, **_: Any) -> tuple[bool, float]:
    r = (ga.bounds[2] - ga.bounds[0]) / max(gref.bounds[2] - gref.bounds[0], 1e-9)
    return bool(lo * 0.98 <= r <= hi * 1.02), round(float(r), 3)


def aspect_z3(s: LinSystem, a: Box, tag: str, lo: float = 1.0, hi: float = 1.0) -> None:
    """Require lo ≤ width(A)/height(A) ≤ hi."""
    s.le({a.y1: lo, a.y0: -lo, a.x1: -1.0, a.x0: 1.0}, 0.0, tag)
    s.le({a.x1: 1.0, a.x0: -1.0, a.y1: -hi, a.y0: hi}, 0.0, tag)


def aspect_check(ga, lo: float = 1.0, hi: float = 1.0, **_: Any) -> tuple[bool, float]:
    r = (ga.bounds[2] - ga.bounds[0]) / max(ga.bounds[3] - ga.bounds[1], 1e-9)
    return bool(lo * 0.98 <= r <= hi * 1.02), round(float(r), 3)


def min_size_z3(s: LinSystem, a: Box, tag: str, w: float = 1.0, h: float = 1.0) -> None:
    """Require width(A) ≥ w and height(A) ≥ h (px): legibility and label room."""
    s.le({a.x0: 1.0, a.x1: -1.0}, -w, tag)
    s.le({a.y0: 1.0, a.y1: -1.0}, -h, tag)


def min_size_check(ga, w: float = 1.0, h: float = 1.0, **_: Any) -> tuple[bool, float]:
    bw, bh = ga.bounds[2] - ga.bounds[0], ga.bounds[3] - ga.bounds[1]
    return bool(bw >= w * 0.98 and bh >= h * 0.98), round(float(min(bw - w, bh - h)), 3)


LAWS: dict[str, Law] = {
    "inside": Law("inside", inside_z3, inside_check, inside_z3.__doc__),
    "left_of": Law("left_of", left_of_z3, left_of_check, left_of_z3.__doc__),
    "above": Law("above", above_z3, above_check, above_z3.__doc__),
    "disjoint": Law("disjoint", disjoint_z3, disjoint_check, disjoint_z3.__doc__),
    "overlaps": Law("overlaps", overlaps_z3, overlaps_check, overlaps_z3.__doc__),
    "larger": Law("larger", larger_z3, larger_check, larger_z3.__doc__),
    "size_ratio": Law("size_ratio", size_ratio_z3, size_ratio_check, size_ratio_z3.__doc__),
    "aspect": Law("aspect", aspect_z3, aspect_check, aspect_z3.__doc__),
    "min_size": Law("min_size", min_size_z3, min_size_check, min_size_z3.__doc__),
}
