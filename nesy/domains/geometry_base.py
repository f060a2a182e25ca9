"""Which side of a triangle is drawn as its base (issue 12: figures as textbooks draw them).

A constructed triangle comes out with its first side AB along the x axis. Textbooks draw the side a
figure is *about* horizontal at the bottom with the opposite vertex above it (Kiselev, *Planimetry*,
§§ 38–45 and the figures of the altitude and the isosceles triangle; Jurgensen, Brown & Jurgensen,
*Geometry*, ch. 4): the side a height falls onto (the height then stands vertical), the base of an
isosceles triangle (its axis of symmetry vertical), and for a right triangle its longer leg (the right
angle at a bottom corner, the other leg vertical). Any other triangle keeps AB as its base.

Only the figure's position on the page changes — a rotation (never a reflection: the vertices keep their
order round the figure), so every length and angle the solver fixed is unchanged.
"""
from __future__ import annotations

import math
from typing import Any

__all__ = ["base_side", "base_down"]


def _dist(p, q) -> float:
    return math.hypot(p[1] - q[1], p[2] - q[2])


def base_side(scene: Any, pts: list[tuple[str, float, float]], gs: list[dict[str, Any]]) -> tuple[str, str] | None:
    """The pair of vertex names whose side is drawn as the base, or None to keep AB."""
    names = [p[0] for p in pts]
    if len(pts) != 3:
        return None
    by = {p[0]: p for p in pts}

    def opposite(v: str) -> tuple[str, str]:
        a, b = [n for n in names if n != v]
        return a, b
    # the side a height falls onto (stated, or asked to be drawn)
    targets = [g.get("target") for g in gs if g.get("role") == "height"]
    drawn = scene.attr("altitude_drawn")
    if drawn:
        targets.append(drawn.get("target"))
    for t in targets:
        if t and len(t) == 2 and set(t) <= set(names) and t[0] != t[1]:
            return t[0], t[1]
        if t and len(t) == 1 and t in by:
            return opposite(t)
    if targets:                          # a height with no target: the base (the side opposite the first vertex)
        return opposite(names[0])
    # a right triangle (stated, or by its sides: 3, 4, 5): its longer leg (the right angle at a bottom corner)
    right = scene.attr("right_at")
    if not isinstance(right, str):
        for i in range(3):
            v, a, b = pts[i], pts[i - 1], pts[(i + 1) % 3]
            ux, uy, wx, wy = a[1] - v[1], a[2] - v[2], b[1] - v[1], b[2] - v[2]
            if abs(ux * wx + uy * wy) <= 1e-9 * max(1.0, _dist(v, a) * _dist(v, b)):
                right = v[0]
    if isinstance(right, str) and right in by:
        legs = [(n, _dist(by[right], by[n])) for n in names if n != right]
        longer = max(legs, key=lambda x: x[1])[0]
        return right, longer
    # an isosceles triangle: the side that is not one of the two equal ones
    sides = {(names[i], names[j]): _dist(pts[i], pts[j]) for i, j in ((0, 1), (1, 2), (0, 2))}
    vals = list(sides.items())
    for k, (s, L) in enumerate(vals):
        others = [v for i, (_, v) in enumerate(vals) if i != k]
        if abs(others[0] - others[1]) <= 1e-9 * max(1.0, others[0]) and abs(L - others[0]) > 1e-6 * max(1.0, L):
            return s
    return None


def base_down(pts: list[tuple[str, float, float]], base: tuple[str, str] | None) -> list[tuple[str, float, float]]:
    """``pts`` turned about the origin so that side ``base`` is horizontal and the third vertex above it
    (y up, as the construction's coordinates are)."""
    if base is None or len(pts) != 3:
        return pts
    by = {p[0]: p for p in pts}
    p, q = by[base[0]], by[base[1]]
    (r,) = [x for x in pts if x[0] not in base]
    th = -math.atan2(q[2] - p[2], q[1] - p[1])
    c, s = math.cos(th), math.sin(th)

    def turn(x: float, y: float) -> tuple[float, float]:
        return c * x - s * y, s * x + c * y
    if turn(r[1], r[2])[1] < turn(p[1], p[2])[1]:     # the third vertex below: half a turn more
        c, s = -c, -s
    out = [(nm, *turn(x, y)) for nm, x, y in pts]
    # the base's lower-left end at the origin, as the construction had A
    ox = min(o[1] for o in out if o[0] in base)
    oy = min(o[2] for o in out if o[0] in base)
    return [(nm, round(x - ox, 12), round(y - oy, 12)) for nm, x, y in out]
