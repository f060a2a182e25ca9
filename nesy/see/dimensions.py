"""Dimension lines read by shape: the line a value label is written on or beside ("12 cm" between two
arrowheads or ticks), and how long it is drawn.

A technical drawing states a length by a dimension line parallel to it, ending in arrowheads or ticks at
the two points it measures, with the value written over, under or beside its middle (ISO 129-1:2018,
§§ 5–7; ASME Y14.5-2018 § 1.7). ``dimension_span`` finds that line for a text box found by OCR and
returns where it ends, so a verifier can compare the written value with the drawn length.

What is read (pixels only, image px; y grows downwards), for a label box of height h:

- **the line**: the nearest row (a column for ``vertical=True``) to the box's middle, past its core (a
  quarter of h) and within 1.2 h of the box, above or below it (left or right of it), whose ink covers
  ≥ 90 % of the label's middle half — a text line beside it has gaps between glyphs and does not; the rows
  inked together with it are its band. The first such band whose ends read (below) is the line.
- **its ends**: walking from the label's middle outwards along the band, over gaps of ≤ 2 px, until the
  ink stops. Each column's ink is followed away from the band both ways (gaps of 1 px bridged, up to
  1.5 h): a *mark* reaches ≥ m px (m = max(1, h/10)) beyond the band on both sides and < 1.5 h on each
  (an arrowhead's base, a tick); a stroke reaching 1.5 h or more one way is a line *crossing* the
  dimension line (the lens, a grid line, a ray), not a mark. The first mark met on each side is the end:
  where the ink stops within 0.75 h past it, the end is the last inked column (the point of an
  arrowhead, a tick); where the line runs on past it, it is the middle of the mark (two dimension lines
  meeting end to end, their heads and a shared tick).
- No mark on a side (a plain line, a ray, the principal axis, a frame): no dimension line; None.
"""
from __future__ import annotations

import numpy as np

__all__ = ["dimension_span"]

NEAR = 1.2       # the line lies within this many label heights of the label's box
COVER = 0.9      # share of the label's middle half the line's band covers
CAP = 1.5        # a mark reaches less than this many label heights from the line (a crossing stroke more)


def _reach(col: np.ndarray, cap: int) -> int:
    """How far ink runs from index 0 of ``col`` (bridging 1-px gaps), at most ``cap``."""
    n = 0
    miss = 0
    for k in range(min(cap, len(col))):
        if col[k]:
            n = k + 1
            miss = 0
        else:
            miss += 1
            if miss > 1:
                break
    return n


def dimension_span(ink: np.ndarray, box: tuple[int, int, int, int], *, vertical: bool = False,
                   exclude=None) -> tuple[float, float] | None:
    """(start, end) px along the dimension line that the label in ``box`` = (x0, y0, x1, y1) is written on
    or beside (x for a horizontal line, y for a vertical one with ``vertical=True``), or None when there is
    none (see the module docstring). ``ink``: (H, W) bool, the figure's ink. ``exclude``: ranges (lo, hi) of
    rows (columns when vertical) that hold lines known not to be one (a diagram's principal axis, whose
    marked points would read as a dimension line's ticks; a lens symbol, whose heads would)."""
    x0, y0, x1, y1 = (int(v) for v in box)
    if vertical:
        ink = ink.T
        x0, y0, x1, y1 = y0, x0, y1, x1
    H, W = ink.shape
    h = max(4, y1 - y0) if not vertical else max(4, x1 - x0)   # the label's text height
    w = x1 - x0
    if w < 2:
        return None
    mid = slice(max(0, x0 + w // 4), min(W, x1 - w // 4 + 1))
    if mid.stop - mid.start < 2:
        return None
    near = int(np.ceil(NEAR * h))
    # from the box's middle outwards, from just inside its edge (an OCR box may take in a line drawn close
    # under the text) to 1.2 h past it; the first band of rows that reads as a dimension line is it
    yc = (y0 + y1) / 2
    half = (y1 - y0) / 2
    start = max(1, int(half - h / 4))
    tried: set[int] = set()
    for d in range(start, int(half) + near + 1):
        for y in (int(np.floor(yc - d)), int(np.ceil(yc + d))):
            if not 0 <= y < H or y in tried or any(lo <= y <= hi for lo, hi in exclude or ()):
                continue
            if ink[y, mid].mean() < COVER:
                continue
            a = b = y
            while a > 0 and ink[a - 1, mid].mean() >= COVER:
                a -= 1
            while b < H - 1 and ink[b + 1, mid].mean() >= COVER:
                b += 1
            tried.update(range(a, b + 1))
            if b - a + 1 > max(3, 0.5 * h):
                continue   # a filled block, not a line
            span = _walk(ink, a, b, (x0 + x1) // 2, h)
            if span is not None:
                return span
    return None


def _walk(ink: np.ndarray, a: int, b: int, xc: int, h: int) -> tuple[float, float] | None:
    """The ends of the line in rows a..b, walked from column ``xc`` both ways (the module docstring)."""
    W = ink.shape[1]
    cap = int(np.ceil(CAP * h))
    m = max(1, int(round(h / 10)))
    join = max(3, int(0.4 * h))   # the pieces of one end: an arrowhead's base, its narrow point, a tick
    band = ink[a:b + 1]
    up = ink[:a][::-1]
    down = ink[b + 1:]
    ends = []
    for step in (-1, 1):
        x = xc
        last = None
        miss = 0
        marks: list[list[int]] = []
        while 0 <= x < W:
            if band[:, x].any():
                last = x
                miss = 0
                u, dn = _reach(up[:, x], cap), _reach(down[:, x], cap)
                if m <= u < cap and m <= dn < cap:
                    if marks and abs(x - marks[-1][1]) <= join:
                        marks[-1][1] = x
                    else:
                        marks.append([x, x])
            else:
                miss += 1
                if miss > 2:
                    break
            x += step
        if last is None or not marks:
            return None
        first = marks[0]
        width = abs(first[1] - first[0]) + 1
        beyond = abs(last - first[1])
        if beyond <= max(4, 2 * width, 0.75 * h):
            ends.append(float(last) + (1.0 if step > 0 else 0.0))
        else:
            ends.append((first[0] + first[1]) / 2 + 0.5)
    lo, hi = sorted(ends)
    return lo, hi
