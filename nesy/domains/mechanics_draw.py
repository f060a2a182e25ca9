"""The drawn pieces of a mechanics figure (pixels, y down; angles in degrees counter-clockwise, y up).

A free-body diagram as Halliday–Resnick–Walker (*Fundamentals of Physics*, ch. 5–6) and Knight (*Physics
for Scientists and Engineers*, ch. 5–6) draw one: each force an arrow with its tail on the body's centre,
on top of everything it crosses (a white halo under it, so the weight drawn down through the slope's
line or the wedge reads as an arrow, not as part of the support); the support as line work hatched on
its fixed side (Hibbeler, *Engineering Mechanics: Statics*, ch. 5: short 45° strokes); the incline's
angle as an arc at its foot. ``solve_mechanics`` places them; the verifier reads the arrows by colour
and the line work as dark ink.

Hands ``Shape`` lists to ``solve_mechanics``. Shapes whose id starts with ``_`` are decoration (halo,
hatching, the arc): drawn, but no entities of ``layout.json``.
"""
from __future__ import annotations

import math
from typing import Any

from ..types import Shape

__all__ = ["arrow", "hatch", "angle_arc", "arc_label_spot"]


def _poly(sid: str, pts: list[tuple[float, float]], fill: str, z: int, cls: str) -> Shape:
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return Shape(sid, "polygon", (min(xs), min(ys), max(xs), max(ys)), fill=fill, stroke="none", stroke_width=0.0,
                 z=z, cls=cls, points=tuple(pts))


def arrow(sid: str, x: float, y: float, dx: float, dy: float, col: str, st: dict[str, Any],
          z: int) -> tuple[list[Shape], list[Shape]]:
    """A force arrow from (x, y) to (x + dx, y + dy): a shaft line and a filled triangular head whose apex
    is the vector's end, and its halo (``st["halo"]``, ``halo_width`` px round both, drawn just under the
    arrow). Returns (arrow shapes, halo shapes)."""
    L = math.hypot(dx, dy)
    ux, uy = dx / L, dy / L
    hl, hw = float(st["head_length"]), float(st["head_width"]) / 2
    bx, by = x + dx - ux * hl, y + dy - uy * hl
    head = [(x + dx, y + dy), (bx - uy * hw, by + ux * hw), (bx + uy * hw, by - ux * hw)]
    aw = float(st["arrow_width"])
    shapes = [Shape(f"{sid}_shaft", "line", (x, y, bx + ux, by + uy), stroke=col, stroke_width=aw, z=z, cls="arrow"),
              # filled without a stroke: a stroked apex would overshoot the vector's end (miter join)
              _poly(f"{sid}_head", head, col, z, "arrow")]
    h = float(st["halo_width"])
    if h <= 0:
        return shapes, []
    # the head grown by h px all round: scaled about its incentre by (r + h) / r
    a_, b_, c_ = head
    la, lb, lc = (math.dist(b_, c_), math.dist(a_, c_), math.dist(a_, b_))
    per = la + lb + lc
    ix = (la * a_[0] + lb * b_[0] + lc * c_[0]) / per
    iy = (la * a_[1] + lb * b_[1] + lc * c_[1]) / per
    area = abs((b_[0] - a_[0]) * (c_[1] - a_[1]) - (c_[0] - a_[0]) * (b_[1] - a_[1])) / 2
    k = (2 * area / per + h) / (2 * area / per)
    big = [(ix + (px - ix) * k, iy + (py - iy) * k) for px, py in head]
    halo = [Shape(f"_halo_{sid}_shaft", "line", (x, y, bx + ux, by + uy), stroke=st["halo"], stroke_width=aw + 2 * h,
                  z=z, cls="decoration"),
            _poly(f"_halo_{sid}_head", big, st["halo"], z, "decoration")]
    return shapes, halo


def hatch(sid: str, p: tuple[float, float], q: tuple[float, float], side: int, st: dict[str, Any],
          z: int = 1) -> list[Shape]:
    """Hatching along segment p→q on its ``side`` (+1: left of p→q in the image, y down; −1: right):
    strokes of ``hatch_length`` px at 45° to the segment, ``hatch_step`` px apart, each starting on it."""
    L = math.dist(p, q)
    ux, uy = (q[0] - p[0]) / L, (q[1] - p[1]) / L
    nx, ny = uy * side, -ux * side          # the hatched side's normal
    hl, step = float(st["hatch_length"]), float(st["hatch_step"])
    c = math.sqrt(0.5)
    dx, dy = (nx - ux) * c * hl, (ny - uy) * c * hl   # back along the segment and out: 45°
    out = []
    n = max(int((L - step / 2) // step), 0)     # every stroke starts on the segment, half a step in
    for i in range(n + 1):
        t = step * (i + 0.5)
        x0, y0 = p[0] + ux * t, p[1] + uy * t
        out.append(Shape(f"_{sid}_hatch{i}", "line", (x0, y0, x0 + dx, y0 + dy), stroke=st["line_color"],
                         stroke_width=float(st["hatch_width"]), z=z, cls="decoration"))
    return out


def angle_arc(foot: tuple[float, float], theta: float, radius: float, st: dict[str, Any], z: int = 1) -> Shape:
    """The arc marking the angle ``theta`` (degrees) at the foot of a slope rising to the right: centre on
    the foot, from the base (0°) to the slope, ``radius`` px; it starts on the base line (so it is one
    piece of line work with it)."""
    n = max(4, int(math.ceil(theta / 3)))
    pts = [(foot[0] + radius * math.cos(math.radians(theta * i / n)),
            foot[1] - radius * math.sin(math.radians(theta * i / n))) for i in range(n + 1)]
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return Shape("_angle_arc", "polyline", (min(xs), min(ys), max(xs), max(ys)), stroke=st["line_color"],
                 stroke_width=float(st["arc_width"]), z=z, cls="decoration", points=tuple(pts))


def arc_label_spot(theta: float, text_w: float, text_h: float, min_radius: float,
                   max_radius: float) -> tuple[float, float] | None:
    """Where the angle's value goes, measured from the foot (dx right, dy up, px): the smallest distance
    ≥ ``min_radius`` + 6 at which a ``text_w`` × ``text_h`` box, its left edge there and centred on the
    bisector, fits inside the wedge (4 px clear of the base and the slope); the arc's radius is that
    distance − 6. None when the wedge is too thin before ``max_radius`` (a slope of a few degrees)."""
    t = math.tan(math.radians(theta))
    if t <= 0:
        return None
    half = math.radians(theta / 2)
    r = min_radius + 6
    while r <= max_radius:
        x = r * math.cos(half)
        yc = r * math.sin(half)
        lo, hi = yc - text_h / 2, yc + text_h / 2
        # the slope's height above the base at the box's left edge is its lowest over the box
        if lo >= 4 and hi <= x * t - 4:
            return x, yc
        r += 4
    return None
