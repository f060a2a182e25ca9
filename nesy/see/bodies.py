"""Reading the solid shapes of a mechanics figure drawn by any tool: the blocks (rectangles) and the wheels
(discs, rings) — what a pulley system is made of, beside its arrows (``nesy.see.forces``).

A block may be filled (a colour, a pastel, black) or only outlined, a wheel a filled disc or a ring with an
axle, spokes or a second ring inside; strings, arrows, supports and hatching run into both. What is read,
from the pixels alone, in image px:

- **the drawn area**: every pixel off the page colour (the commonest colour) by ≥ ``FILL_DELTA`` in RGB,
  or ink (``forces.ink_strength``): a pastel fill is drawn area though no ink; a seam of page 1–2 px wide
  between drawn pixels (the knockout halo an arrow leaves across a block) is closed;
- **closed outlines**: a hole in the ink (what a closed line encloses), with what it encloses in turn (an
  axle, a label), counts as drawn when it is compact — it fills ≥ ``HOLE_COMPACT`` of the circle on its
  longest chord (a disc 1, a disc notched by a bracket to its axle ≈ 0.95, a square 0.64, a wheel's
  sector between six spokes 0.67, a 4 : 1 box 0.30): the inside of an outlined block or a ring; not the
  long thin gap between a string and the table it runs along (0.1), nor a frame's inside (the hole also
  stays under a fifth of the image);
- **solid shapes**: that area opened by a disc of radius ``OPEN_FACTOR`` × the strokes' half-width (≥ 3
  px), then twice and four times that (``SCALES``: a rod holding a wheel may be thicker than the strokes;
  a piece is read at the finest scale that shows it apart, and must be ≥ 4 opening radii across):
  strings, arrow shafts, hatching and text strokes go; what is as thick as a body stays. Each piece is
  measured against its minimum-area bounding rectangle (rotating calipers on its convex hull): a
  **wheel** fills π/4 ≈ 0.785 of a square box (between ``DISC_EXTENT``; a square rounded by the opening
  fills ≥ 0.94), sides within ``DISC_ASPECT``, convex (≥ 0.9 of its hull), and overlaps the disc of its
  own area about its centre by ≥ ``DISC_IOU`` (intersection over union: a square 0.84); else a
  **block** fills ≥ ``RECT_EXTENT`` of it (a rectangle 1, a rotated one too), sides at most
  ``MAX_ASPECT`` : 1. Long thin pieces (a ceiling bar, a floor band, a table top) and triangles (an
  incline's wedge fills ½, an arrow's head too) are neither;
- an arrow's head (``forces.Arrow``: its tip in the piece, the piece behind the tip on its line — blurred,
  a head is a round blob) is no body;
- pieces smaller than the figure's text (their shorter side under ``TEXT_FACTOR`` × the median height of
  the text lines read by OCR, or under ``MIN_SIDE`` of the image's shorter side), wholly inside a text
  line's box, or mostly text (a label's frame: its text lines cover ≥ 45 % of it, unless that text is a mass —
  "2 kg", "m₁" — which a small block carries) are glyphs and labels, not bodies.

Measured on an Atwood machine drawn by hand-written SVG (resvg: filled blocks, a filled wheel with an axle
and a hatched ceiling; benchmarks/other_tools_heldout3), on PIL and matplotlib drawings (an outlined ring
with an axle on a rod, spokes, balls; tests/see/test_mechanics_solids.py) and on nesy's own pulley
figures (outlined ring, outlined blocks crossed by arrows), clean, blurred σ 1, JPEG 90 and resized ×0.5:
blocks fill 0.88–0.98 of their box, wheels 0.77–0.84.
What a verifier checks these against is its own business (``nesy.domains.mechanics.verify_other_tool``).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np

__all__ = ["Solid", "read_solids"]

FILL_DELTA = 24.0     # RGB distance from the page of a drawn (filled) pixel; JPEG 90 noise on a page is < 10
HOLE_COMPACT = 0.3    # a hole filling ≥ this share of the circle on its longest chord is an outline's inside
OPEN_FACTOR = 2.5     # opening radius, × the strokes' half-width: a 2-px string and a 5-px arrow shaft go
RECT_EXTENT = 0.85    # a block fills at least this much of its minimum-area rectangle
MAX_ASPECT = 4.0      # a block's sides at most this ratio (a ceiling bar or table top is longer)
DISC_EXTENT = (0.70, 0.86)   # a disc fills π/4 of its square box (a square rounded by the opening ≥ 0.94)
DISC_ASPECT = 1.2
DISC_IOU = 0.9        # a wheel overlaps the disc of its area about its centre by this much (∩ / ∪)
SCALES = 3            # openings by OPEN_FACTOR × the half-width, twice and four times that
MIN_SIDE = 0.04       # × the image's shorter side: no body is smaller (a blob where hatching meets a frame is)
_MASS_LABEL = re.compile(r"^\s*(?:m\s*[₀-₉0-9]?\s*=?\s*)?\d+(?:[.,]\d+)?\s*k?g\s*$|^\s*m\s*[₀-₉0-9]?\s*$")
TEXT_FACTOR = 1.2     # a body's shorter side is at least this × the text's median line height


@dataclass(frozen=True)
class Solid:
    """One solid shape: ``kind`` "block" or "wheel", its box (x0, y0, x1, y1), centre (x, y), area (px),
    the share of its minimum-area rectangle it fills, and that rectangle's long : short side ratio."""
    kind: str
    box: tuple[int, int, int, int]
    centre: tuple[float, float]
    area: int
    extent: float
    aspect: float


def _page(rgb: np.ndarray) -> np.ndarray:
    a = rgb.reshape(-1, 3).astype(np.int64)
    v = np.bincount((a[:, 0] << 16) | (a[:, 1] << 8) | a[:, 2]).argmax()
    return np.array([(v >> 16) & 255, (v >> 8) & 255, v & 255], np.float32)


def _min_rect(xs: np.ndarray, ys: np.ndarray) -> tuple[float, float, float, float] | None:
    """(area, long side, short side) of the minimum-area rectangle round the points (rotating calipers
    on the convex hull, px counted inclusively), and the hull's area; None for degenerate points."""
    from scipy.spatial import ConvexHull, QhullError
    P = np.column_stack([xs, ys]).astype(float)
    try:
        hull = P[ConvexHull(P).vertices]
    except (QhullError, ValueError):
        return None
    best = None
    for i in range(len(hull)):
        e = hull[(i + 1) % len(hull)] - hull[i]
        n = float(np.linalg.norm(e))
        if n < 1e-9:
            continue
        u = e / n
        a, b = hull @ u, hull @ np.array([-u[1], u[0]])
        w_, h_ = float(a.max() - a.min() + 1), float(b.max() - b.min() + 1)
        if best is None or w_ * h_ < best[0]:
            best = (w_ * h_, max(w_, h_), min(w_, h_))
    if best is None:
        return None
    x, y = hull[:, 0], hull[:, 1]
    # the hull through pixel centres: grown by half a pixel all round (perimeter / 2 + 1) to compare with
    # a pixel count
    per = float(np.sum(np.hypot(np.diff(np.r_[x, x[:1]]), np.diff(np.r_[y, y[:1]]))))
    h_area = 0.5 * abs(float(np.dot(x, np.roll(y, 1)) - np.dot(y, np.roll(x, 1)))) + per / 2 + 1
    return best[0], best[1], best[2], h_area


def _diameter(m: np.ndarray) -> float:
    """The largest distance between two pixel centres of mask ``m``, + 1 px (its longest chord)."""
    from scipy.spatial import ConvexHull, QhullError
    ys, xs = np.nonzero(m)
    P = np.column_stack([xs, ys]).astype(float)
    try:
        P = P[ConvexHull(P).vertices]
    except (QhullError, ValueError):
        pass
    d = np.hypot(P[:, None, 0] - P[None, :, 0], P[:, None, 1] - P[None, :, 1])
    return float(d.max()) + 1.0 if d.size else 0.0


def _overlap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    """Whether either box holds the other's centre."""
    def holds(p, q):
        cx, cy = (q[0] + q[2]) / 2, (q[1] + q[3]) / 2
        return p[0] <= cx <= p[2] and p[1] <= cy <= p[3]
    return holds(a, b) or holds(b, a)


def _a_head(box: tuple[int, int, int, int], c: tuple[float, float], long_: float, short: float, arrows) -> bool:
    """Whether the piece (box, centre ``c``, sides) is an arrow's head: an arrow's tip lies in its box (+2
    px) with the piece centred on the arrow's line and behind the tip (a triangle's centroid is ⅔ of its
    height back from the tip; blurred, the head is a round blob). A wheel an arrow ends in (a rod into its
    axle) has its centre at the tip, and a block an arrow points at lies ahead of the tip."""
    for a in arrows:
        (tx, ty), (sx, sy) = a.tip, a.tail
        if not (box[0] - 2 <= tx <= box[2] + 2 and box[1] - 2 <= ty <= box[3] + 2):
            continue
        if box[0] - 2 <= sx <= box[2] + 2 and box[1] - 2 <= sy <= box[3] + 2:
            continue            # an "arrow" wholly on the piece (a wheel's spoke) is the piece's own line work
        L = math.hypot(tx - sx, ty - sy)
        if L < 1e-9:
            continue
        u = ((tx - sx) / L, (ty - sy) / L)
        back = (tx - c[0]) * u[0] + (ty - c[1]) * u[1]
        off = abs(-(tx - c[0]) * u[1] + (ty - c[1]) * u[0])
        if back >= 0.2 * long_ and off <= 0.25 * short:
            return True
    return False


def _pieces(solid: np.ndarray, texts, min_side: float, arrows=()) -> list[Solid]:
    """The blocks and wheels among the pieces of the opened mask ``solid`` (see the module's text)."""
    from scipy import ndimage as ndi
    lab, _n = ndi.label(solid)
    out: list[Solid] = []
    for k, sl in enumerate(ndi.find_objects(lab), start=1):
        if sl is None:
            continue
        ys, xs = np.nonzero(lab[sl] == k)
        if len(xs) < min_side * min_side / 2:
            continue
        ys, xs = ys + sl[0].start, xs + sl[1].start
        box = (int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max()))
        mr = _min_rect(xs, ys)
        if mr is None:
            continue
        rect, long_, short, hull = mr
        if short < min_side:
            continue
        # text: a glyph blob inside a text line, or a label's frame mostly filled by its text
        if any(box[0] >= x0 - 2 and box[1] >= y0 - 2 and box[2] <= x1 + 2 and box[3] <= y1 + 2
               for _t, (x0, y0, x1, y1), _s in texts):
            continue
        inner = [(t, (x0, y0, x1, y1)) for t, (x0, y0, x1, y1), _s in texts
                 if min(x1, box[2]) > max(x0, box[0]) and min(y1, box[3]) > max(y0, box[1])]
        covered = sum(max(0, min(x1, box[2]) - max(x0, box[0])) * max(0, min(y1, box[3]) - max(y0, box[1]))
                      for _t, (x0, y0, x1, y1) in inner)
        # (a small block with its mass written in it — "2 kg", "m₁" — is a body, however much of it the label
        # covers: a mass is what a body carries, not what a label's frame holds)
        if covered >= 0.45 * len(xs) and not any(_MASS_LABEL.match(t) for t, _b in inner):
            continue
        centre = (float(xs.mean()), float(ys.mean()))
        if _a_head(box, centre, long_, short, arrows):
            continue
        extent, aspect = len(xs) / rect, long_ / short
        # a disc is the disc of its area about its centre; a square overlaps that disc by 0.84 (its
        # corners stick out, the disc's caps over its sides)
        inter = float((np.hypot(xs - centre[0], ys - centre[1]) <= math.sqrt(len(xs) / math.pi)).sum())
        if (DISC_EXTENT[0] <= extent <= DISC_EXTENT[1] and aspect <= DISC_ASPECT and len(xs) >= 0.9 * hull
                and inter / (2 * len(xs) - inter) >= DISC_IOU):
            kind = "wheel"
        elif extent >= RECT_EXTENT and aspect <= MAX_ASPECT:
            kind = "block"
        else:
            continue
        out.append(Solid(kind, box, centre, int(len(xs)), round(extent, 3),
                         round(aspect, 2)))
    return out


def read_solids(rgb: np.ndarray, texts=(), half_width: float | None = None, arrows=()) -> list[Solid]:
    """The blocks and wheels of the (H, W, 3) uint8 figure ``rgb``, top to bottom. ``texts``: its text
    lines ``(text, (x0, y0, x1, y1), score)`` (``nesy.see.ocr.read_page``); ``half_width``: its strokes'
    half-width in px (measured here when not given); ``arrows``: its arrows (``forces.Arrow``), whose heads
    are no bodies. Deterministic."""
    from scipy import ndimage as ndi
    from .forces import INK, _stroke_half_width, ink_strength
    rgb = np.ascontiguousarray(np.asarray(rgb, np.uint8)[..., :3])
    H, W = rgb.shape[:2]
    ink = ink_strength(rgb) >= INK
    if half_width is None:
        half_width = _stroke_half_width(ink, ndi.distance_transform_edt(ink))
    drawn = (np.linalg.norm(rgb.astype(np.float32) - _page(rgb), axis=2) >= FILL_DELTA) | ink
    # a 1–2 px seam of page between touching shapes (an arrow's knockout halo across a block) is closed
    drawn = ndi.binary_closing(drawn, structure=np.ones((3, 3), bool), border_value=0) | drawn
    r = max(3.0, OPEN_FACTOR * float(half_width))
    # closed outlines: their compact insides count as drawn
    # (enclosed by ink: light line work — a plot's grid — closes nothing, or every grid cell would count)
    holes = ndi.binary_fill_holes(ink) & ~ink
    lab, n = ndi.label(holes)
    for k, sl in enumerate(ndi.find_objects(lab), start=1):
        if sl is None:
            continue
        inside = ndi.binary_fill_holes(lab[sl] == k)      # with what it encloses (an axle, a label)
        area = int(inside.sum())
        if area > 0.2 * H * W:
            continue
        # (a hole narrower than the opening below goes with it whatever its shape: no need to measure it)
        if area <= 4 * r * r or area >= HOLE_COMPACT * (math.pi / 4) * _diameter(inside) ** 2:
            drawn[sl] |= inside
    heights = sorted(b[3] - b[1] for _t, b, _s in texts)
    min_side = max(MIN_SIDE * min(H, W), TEXT_FACTOR * heights[len(heights) // 2] if heights else 0.0)
    # opened at three scales (a rod holding a wheel may be thicker than the strokes): the finest that
    # shows a solid apart from what touches it reads it; a coarser one only what no finer one read
    depth = ndi.distance_transform_edt(drawn)
    out: list[Solid] = []
    for k in range(SCALES):
        rk = r * 2 ** k
        if 4 * rk > max(H, W):
            break
        # opening by a disc of radius rk: the pixels within rk of a point ≥ rk deep in the drawn area
        solid = ndi.distance_transform_edt(depth <= rk) <= rk
        for sd in _pieces(solid, texts, max(min_side, 4 * rk), arrows):
            if not any(_overlap(sd.box, o.box) for o in out):
                out.append(sd)
    out.sort(key=lambda s: (s.centre[1], s.centre[0]))
    return out
