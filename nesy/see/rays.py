"""Ray diagrams read by shape, whatever their colours: the figures of thin lenses and mirrors that other
tools draw (matplotlib textbook plots in any palette, black and white or colour), for the optics verifier.

What is read (pixels only, image px; y grows downwards):

- **ink**: every pixel that differs from the page (the most common colour) by ≥ ``INK_LEVEL`` of full
  contrast in some channel — a black line, a pale colour and a grey dashed line alike (a 1-px line blurred
  with σ = 1 keeps ≈ 40 % of its contrast; JPEG's ringing next to text stays under 12 %) — less a plot's
  background grid (``background_grid``: faint full-length rows and columns, ≥ 3 of them, lighter than the
  axis; seaborn's ``whitegrid`` draws grid and frame at exactly the ink level).
- **the principal axis**: the row with the most ink, and the band of rows beside it with ≥ half as much
  (a blurred or resampled 1-px line is 2–3 rows); it must run over ``AXIS_MIN`` of the width. A hairline
  (under a pixel wide) spread over two rows at under ``INK_LEVEL`` each is read on the two rows' summed
  contrast.
- **vertical strokes standing on the axis**: for every column, how far ink reaches away from the axis band
  upwards and downwards (starting within 3 px of the band, bridging gaps up to ``GAP`` px: the gaps of a
  dashed stroke), and the share of that reach that is ink (its fill). Columns are read over a window
  (±1 px for arrows, ±3 px for the element, so the slanted sides of a thin lens outline or the arc of a
  mirror near its vertex count as vertical).
- **the element** (lens or mirror): the columns whose reach is long both ways (``min(up, down)``), the
  longest such; its x is the middle of those columns (a lens outline and a hatched mirror line are
  symmetric about it; an arc's columns gather at its vertex).
- **arrows** (object, image): runs of adjacent columns reaching far one way only, with a head (ink wider
  than the shaft on both sides of it in the far part: text stems beside the axis have none). Shaft x: the
  middle of the columns reaching ≥ 60 % of the farthest; tip: the farthest reach of the shaft's own
  columns, cut back to the head's point where the head is seen (``_head_span``: a label written over the
  tip is not the arrow's; a ray starting or meeting there, joined to the axis, is); stroke, read on the
  shaft below the head (``Arrow.stroke_readable``: an arrow that is all head has none): the contrast
  profile along the shaft — solid when it never dips (every row ≥ 65 % of its strong contrast) and
  ≥ ``SOLID_MIN`` of it is strong, dashed when it dips at least once and ≤ ``DASHED_MAX`` is strong;
  anything else is neither. After a first pass the bridged gap shrinks to
  twice the solid shafts' stroke width, so a small figure does not bridge from a tip to a ray beyond it.
  Where no head is seen, a solid shaft ends where its ink stops: a piece past one gap is a label written
  over its point. An "arrow" that is all head standing on a marker disc (its base mirrored across the axis,
  ``_mirrored_base``) is the dot and a glyph under it.
- **ray segments**: the ink left after the axis band, the element's columns, its traced stroke (a mirror's
  arc where it leaves those columns) and the arrows' boxes are removed, as straight segments (probabilistic
  Hough with a fixed seed, segments ≥ 3 % of the width: no glyph is that long).

- **the element's stroke** (``element_trace``, ``RayDiagram.element_bend``): followed row by row from the
  axis outwards on the ink opened with a vertical line (rays and hatching taken away); which way its ends
  bend tells a concave mirror from a convex one.
- **dots on the axis** (``axis_dots``): filled marker discs centred on the axis line, thicker than it
  (focal points, centres of curvature), not at the element or an arrow's foot; read on the ink and on the
  strokes' cores (a halved copy's 3-px disc).
- **the element's width** (``element_widths``, ``RayDiagram.lens_ends``, ``RayDiagram.lens_outline``): row
  by row from the axis out; a lens symbol's ends narrowing to points (converging) or widening to flat ends
  (diverging); a lens drawn as its section thicker at the axis than at its ends (converging) or thinner
  (diverging).

Positions are in the read region's px: a plot frame's inside when one was cropped to (``RayDiagram.origin``:
its top-left in the image given).

``read_ray_diagram`` returns a ``RayDiagram`` with what it saw and, for every part it could not see, a
reason (``missing``); it judges nothing. ``measurement_px`` is the reading error of a stroke's position,
from which the verifier sets its tolerances.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

__all__ = ["Arrow", "frame_box", "Segment", "RayDiagram", "read_ray_diagram", "ink_mask", "contrast", "INK_LEVEL", "SOLID_MIN",
           "DASHED_MAX"]

INK_LEVEL = 0.2      # share of full contrast (0–1, per channel) from the page that counts as ink
AXIS_MIN = 0.4       # the axis runs over at least this share of the image width
GAP = 7              # px: gaps bridged along a vertical stroke (a dashed stroke's gap at ≤ 130 dpi is ≤ 6.4 px)
SOLID_MIN = 0.9      # fill of a solid shaft (anti-aliased ends and crossing rays leave ≥ 0.9)
DASHED_MAX = 0.92    # fill of a dashed shaft (matplotlib's "--": 70 % ink; a short shaft may show one gap
                     # in 15 rows), which must also show a gap
ARROW_FILL_MIN = 0.55  # a shaft is at least this much ink (dotted ":" strokes are ≈ 0.3 and not read as arrows)


@dataclass(frozen=True)
class Arrow:
    """A vertical arrow standing on the axis: shaft x, tip y (px), reach from the axis (px, > 0 up),
    shaft fill (0–1) and shaft width (px, columns)."""

    x: float
    tip_y: float
    height: float
    fill: float
    width: int
    gaps: int = 0
    shaft: float = 0.0   # px from the axis to the head's base (the stroke's readable part)

    @property
    def stroke_readable(self) -> bool:
        """Whether the shaft below the head is long enough to show a dashed stroke's dash and gap (matplotlib's
        "--" repeats every 5.3 line widths): ≥ max(8 px, 6 shaft widths). A head standing on the axis with no
        shaft says nothing of its stroke."""
        return self.shaft >= max(8.0, 6.0 * self.width)

    @property
    def dashed(self) -> bool:
        """At least one gap along the shaft, and no more ink than a dashed stroke has."""
        return self.gaps >= 1 and self.fill <= DASHED_MAX

    @property
    def solid(self) -> bool:
        return self.gaps == 0 and self.fill >= SOLID_MIN


@dataclass(frozen=True)
class Segment:
    """A straight ray segment between two end points (px)."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def length(self) -> float:
        return float(np.hypot(self.x1 - self.x0, self.y1 - self.y0))

    def distance(self, x: float, y: float) -> float:
        """Perpendicular distance (px) from (x, y) to the segment's infinite line."""
        dx, dy = self.x1 - self.x0, self.y1 - self.y0
        n = np.hypot(dx, dy) or 1.0
        return float(abs((x - self.x0) * dy - (y - self.y0) * dx) / n)

    def x_at(self, y: float) -> float | None:
        """Where the segment's line crosses the row y (None for a horizontal line)."""
        dy = self.y1 - self.y0
        if abs(dy) < 1e-9:
            return None
        return float(self.x0 + (y - self.y0) * (self.x1 - self.x0) / dy)


@dataclass(frozen=True)
class RayDiagram:
    """What ``read_ray_diagram`` saw. ``axis_y``/``element_x`` None when not seen; ``arrows``: every
    arrow standing on the axis (left to right); ``segments``: ray segments; ``element_half``: half the
    width (px) of the element's columns; ``element_reach``: its shorter reach from the axis (px);
    ``n_elements``: strokes crossing the axis at least half as far both ways (1 for one lens or mirror);
    ``measurement_px``: reading error of one stroke's position; ``missing``: what could not be seen, why."""

    width: int
    height: int
    axis_y: float | None = None
    axis_band: tuple[int, int] = (0, 0)
    element_x: float | None = None
    element_half: float = 0.0
    element_reach: float = 0.0
    n_elements: int = 0
    arrows: tuple[Arrow, ...] = ()
    segments: tuple[Segment, ...] = ()
    measurement_px: float = 2.0
    missing: tuple[str, ...] = field(default_factory=tuple)
    element_trace: tuple[tuple[float, float, float], ...] = ()
    axis_dots: tuple[float, ...] = ()
    element_widths: tuple[tuple[float, float], ...] = ()
    element_hollow: tuple[float, ...] = ()   # the distances (as element_widths') of rows where the element is
    # two strokes with the page between them (an outline's sides)
    origin: tuple[int, int] = (0, 0)   # (x, y) px of this reading's top-left in the image given (a plot frame's
    # inside when one was cropped to): every x and y above is relative to it

    def lens_ends(self) -> str | None:
        """What a lens drawn as a stroke with marks at its ends says of its kind: "converging" when the marks
        narrow outwards to a point (outward arrowheads, a biconvex outline's tips), "diverging" when they
        widen to a flat end (inward arrowheads, a biconcave outline's flared rims) — Hecht ch. 5's symbols.
        Read on ``element_widths``: on each side, the outermost run of ≥ 4 rows (gaps ≤ 3 rows) wider than the
        stroke (its median width + 2 px) and reaching the stroke's end (within 3 rows or ¾ of its own length:
        an outward arrowhead's point), the widths of every row from it to the end fitted against the distance
        from the axis; a side states a
        kind when the fit's slope is ≥ 0.3 px/px either way. None when no side states one or two sides
        disagree."""
        if not self.element_widths:
            return None
        line = float(np.median([w for _, w in self.element_widths]))
        said = set()
        for sg in (1.0, -1.0):
            rows = sorted((d * sg, w) for d, w in self.element_widths if d * sg > 0)
            if not rows:
                continue
            wide = [(d, w) for d, w in rows if w > line + 2]
            if len(wide) < 4:
                continue
            grp = [wide[-1]]
            for d, w in reversed(wide[:-1]):
                if grp[-1][0] - d > 4:
                    break
                grp.append((d, w))
            if len(grp) < 4 or rows[-1][0] - grp[0][0] > max(3.0, 0.75 * (grp[0][0] - grp[-1][0] + 1)):
                continue   # marks at the end (an arrowhead's point, thinner than the stroke's width + 2 px,
                # may run on for a few rows), not a ray crossing the stroke half-way
            # the fit: every row from the mark's inner edge to the stroke's end (an anti-aliased head's rows
            # that read narrow, and its point, with the rest)
            end = [(d, w) for d, w in rows if d >= grp[-1][0]]
            ds = np.array([d for d, _ in end])
            ws = np.array([w for _, w in end])
            slope = float(np.polyfit(ds, ws, 1)[0])
            if abs(slope) >= 0.3:
                said.add("diverging" if slope > 0 else "converging")
        return said.pop() if len(said) == 1 else None

    def lens_outline(self, stroke: float) -> str | None:
        """What a lens drawn as its cross-section says of its kind: "converging" when the outline is thicker at
        the axis than towards its ends (biconvex, plano-convex), "diverging" when it is thinner at the axis
        (biconcave, plano-concave) — a thin lens converges when it is thicker at its centre than at its edge
        (Hecht, *Optics*, 5th ed., §5.2.3; the lensmaker's formula, 1/f = (n − 1)(1/R₁ − 1/R₂)).

        Read on ``element_widths`` (the element's outer width row by row, the outline's fill or the page
        between its two sides alike), over the element's reach R from the axis: the median width near the
        axis (0.1–0.35 R), half-way (0.4–0.55 R) and towards the ends (0.6–0.9 R: an end's own cap or point
        and the rows at the axis line are left out). A section is hollow at the axis (two sides with the page
        between them in half its rows there, ``element_hollow``; ≥ 5 px wide) or, filled, ≥ 8 px and ≥ 3 ×
        ``stroke`` wide (``stroke``: the drawing's stroke width — a lens symbol is one stroke wide). It states a
        kind when the width at the ends differs from that at the axis by ≥ max(4 px, 15 %) and half-way has
        moved the same way by ≥ 15 % of that (a section's sides curve all along; a symbol's arrowheads
        widen it only at its ends). None otherwise."""
        if not self.element_widths:
            return None
        rows = [(abs(d), w) for d, w in self.element_widths]
        R = max(d for d, _ in rows)
        def band(a: float, b: float) -> float | None:
            ws = [w for d, w in rows if a * R <= d <= b * R]
            return float(np.median(ws)) if len(ws) >= 3 else None
        w_in, w_mid, w_out = band(0.1, 0.35), band(0.4, 0.55), band(0.6, 0.9)
        if w_in is None or w_mid is None or w_out is None:
            return None
        inner = [d for d, _ in rows if 0.1 * R <= d <= 0.35 * R]
        hollow = sum(1 for d in self.element_hollow if 0.1 * R <= abs(d) <= 0.35 * R) >= 0.5 * len(inner)
        if w_in < (5.0 if hollow else max(8.0, 3.0 * stroke)):
            return None
        change = w_out - w_in
        if abs(change) < max(4.0, 0.15 * w_in):
            return None
        if (w_mid - w_in) * np.sign(change) < 0.15 * abs(change):
            return None
        return "diverging" if change > 0 else "converging"

    def element_bend(self, toward: float) -> float | None:
        """How far (px) the element's stroke bends towards the x ``toward`` (a point on one side of it) from
        its vertex at the axis to its ends: the median x of the stroke's edge on that side over the farthest
        quarter of its trace, less the median over the nearest quarter, signed positive towards ``toward``.
        The edge on the asked side is read (a mirror's hatching lies behind it, on the other side). None
        when the trace is too short (under 8 rows each way) to say."""
        if self.element_x is None or self.axis_y is None:
            return None
        sg = 1.0 if toward > self.element_x else -1.0
        out = []
        for half in (-1.0, 1.0):
            tr = [(abs(y - self.axis_y), xr if sg > 0 else xl) for y, xl, xr in self.element_trace
                  if (y - self.axis_y) * half > 0]
            if len(tr) < 8:
                return None
            tr.sort()
            k = max(2, len(tr) // 4)
            near = float(np.median([x for _, x in tr[:k]]))
            far = float(np.median([x for _, x in tr[-k:]]))
            out.append((far - near) * sg)
        return float(np.mean(out))


def contrast(rgb: np.ndarray) -> np.ndarray:
    """(H, W) float 0–1: the largest per-channel difference from the page colour (the most common colour,
    read to 8 levels per channel), over full contrast."""
    a = np.asarray(rgb)[..., :3].astype(np.int16)
    flat = a.reshape(-1, 3)
    q = (flat[:, 0] >> 3) * 1024 + (flat[:, 1] >> 3) * 32 + (flat[:, 2] >> 3)
    mode = np.bincount(q).argmax()
    page = flat[q == mode].mean(axis=0)
    return np.abs(a - page).max(axis=2) / 255.0


def ink_mask(rgb: np.ndarray) -> np.ndarray:
    """(H, W) bool: pixels ≥ ``INK_LEVEL`` of full contrast away from the page colour in some channel."""
    return contrast(rgb) >= INK_LEVEL


def _gaps(profile: np.ndarray) -> int:
    """Dips in a shaft's contrast profile: runs of rows under 65 % of its strong contrast with strong rows
    on both sides (a dashed stroke's gaps; a solid stroke has none)."""
    if not len(profile):
        return 0
    ref = float(np.percentile(profile, 90))
    strong = profile >= 0.65 * ref
    idx = np.flatnonzero(strong)
    if len(idx) < 2:
        return 0
    inner = ~strong[idx[0]:idx[-1] + 1]
    return int(np.count_nonzero(np.diff(np.concatenate([[0], inner.astype(np.int8)])) == 1))


def _fill(profile: np.ndarray) -> float:
    """Share of a shaft's rows (contrast profile along its centre, from the axis) at ≥ 65 % of its own
    strong contrast (90th percentile). A solid vertical stroke keeps one contrast all
    along (blur, JPEG, resampling treat each row alike); a dashed one dips in every gap, even where
    resampling leaves no page-white pixel."""
    if not len(profile):
        return 0.0
    ref = float(np.percentile(profile, 90))
    if ref <= 0:
        return 0.0
    strong = profile >= 0.65 * ref
    # the stroke's anti-aliased end next to the axis (≤ 2 rows: a shaft that starts a pixel off the axis,
    # blurred) is no gap, as ``_gaps`` counts only dips between strong rows; a longer gap there is (a tick
    # and the label under it)
    k = 0
    while k < min(2, len(strong) - 1) and not strong[k]:
        k += 1
    return float(strong[k:].mean())


def _reach(strip: np.ndarray, gap: int, start: int = 3) -> tuple[int, float]:
    """For a 1-D run of rows moving away from the axis (index 0 next to the band): how far ink reaches
    (px; 0 if the first ink is more than ``start`` px away), bridging gaps ≤ ``gap``, and its fill."""
    ys = np.flatnonzero(strip)
    if not len(ys) or ys[0] > start:
        return 0, 0.0
    brk = np.flatnonzero(np.diff(ys) > gap + 1)
    last = ys[brk[0]] if len(brk) else ys[-1]
    n = int(last) + 1
    return n, float((ys <= last).sum()) / n


def _column_reach(ink: np.ndarray, band: tuple[int, int], window: int, gap: int = GAP) -> tuple[np.ndarray, ...]:
    """Per column: (reach up, fill up, reach down, fill down), ink max-projected over ±``window`` columns,
    gaps ≤ ``gap`` px bridged."""
    from scipy import ndimage as ndi
    proj = ndi.maximum_filter1d(ink, size=2 * window + 1, axis=1) if window else ink
    top, bot = band
    up = proj[:top][::-1]
    down = proj[bot + 1:]
    W = ink.shape[1]
    out = np.zeros((4, W))
    for x in range(W):
        out[0, x], out[1, x] = _reach(up[:, x], gap)
        out[2, x], out[3, x] = _reach(down[:, x], gap)
    return out[0], out[1], out[2], out[3]


def _runs(flags: np.ndarray, max_gap: int = 1) -> list[tuple[int, int]]:
    """(start, stop) of runs of True, joining runs separated by ≤ ``max_gap`` False."""
    idx = np.flatnonzero(flags)
    if not len(idx):
        return []
    cuts = np.flatnonzero(np.diff(idx) > max_gap + 1)
    starts = np.concatenate([[idx[0]], idx[cuts + 1]])
    stops = np.concatenate([idx[cuts], [idx[-1]]]) + 1
    return list(zip(starts.tolist(), stops.tolist()))


def _has_head(ink: np.ndarray, x0: int, x1: int, tip_y: int, axis_y: float) -> bool:
    """Ink on both sides of the shaft [x0, x1) near the tip, wider than the shaft: an arrowhead."""
    h = abs(tip_y - axis_y)
    lo, hi = sorted((int(tip_y), int(round(tip_y + np.sign(axis_y - tip_y) * max(4, 0.45 * h)))))
    rows = ink[max(lo, 0):hi + 1]
    reach = max(3, x1 - x0)
    # [x0, x1) is the shaft read through a ±1 px window: the stroke itself is [x0 + 1, x1 - 1)
    left = rows[:, max(0, x0 - reach):x0 + 1].any()
    right = rows[:, x1 - 1:x1 + reach].any()
    return bool(left and right)


def _head_span(strip: np.ndarray, c0: int, c1: int, h: int, net: np.ndarray | None = None,
               gap: int = GAP) -> tuple[int, int] | None:
    """An arrow's head on its stroke ``strip`` (rows moving away from the axis, index 0 next to the band;
    the shaft's own columns [c0, c1)) read within ``h`` rows: (base, point) as distances from the axis
    (px), or None when no head is seen. In each row the ink run through the shaft's columns is compared with
    the shaft's own run (its median edges over the near 40 % of the stroke); a head row reaches past both
    edges by ≥ m = max(2 px, half the shaft's width) and ≤ m + 4 shaft widths (a ray crossing the shaft
    runs on far). The head is the group of such rows (gaps of ≤ 2 rows joined: rays meeting at a real
    image's tip cross its head) with the most ink outside the shaft,
    and its point the last row, going on from it, whose run still meets the shaft's columns with no gap.
    Past the point, across a gap of ≤ ``gap`` rows, the tip goes on onto ink of the drawing's line network
    ``net`` (the ink joined to the axis and the short flat pieces of dashed lines: rays, or their backward
    extensions, which start or meet at the point an arrow marks — matplotlib stops an arrow's head 2 pt
    short of it), never onto other free-standing marks (a label written over the tip)."""
    h = min(h, strip.shape[0])
    if h < 4:
        return None
    runs = []
    for k in range(h):
        row = strip[k]
        runs.append(_run_through(row, c0, c1))
    base = [r for r in runs[:max(2, int(0.4 * h))] if r is not None]
    if len(base) < 2:
        return None
    lb = float(np.median([r[0] for r in base]))
    rb = float(np.median([r[1] for r in base]))
    m = max(2.0, 0.5 * (rb - lb))
    cap = m + 4.0 * max(rb - lb, 2.0)   # a head reaches a few shaft widths out; a ray crossing runs on
    wide = np.array([r is not None and m <= lb - r[0] <= cap and m <= r[1] - rb <= cap for r in runs])
    groups = _runs(wide, max_gap=2)
    if not groups:
        # no row wider than the stroke by the axis: an arrow that is all head (a short image, its shaft
        # under the head's length) narrows from the axis to its point — then it has no shaft at all
        # (read on the ink standing on the axis without a break: what lies past a gap — a label — is not it)
        k = 0
        while k < h and runs[k] is not None:
            k += 1
        ws = [r[1] - r[0] for r in runs[:k]]
        n3 = max(1, len(ws) // 3)
        if len(ws) >= 6 and ws[0] >= 4 and (np.median(ws[-n3:]) <= 0.5 * np.median(ws[:n3]) or _tapers(ws)):
            return 0, _past_point(net, k, lb, rb, gap, k)
        return None

    def outside(g: tuple[int, int]) -> float:
        return float(sum(max(0.0, lb - r[0]) + max(0.0, r[1] - rb) for r in runs[g[0]:g[1]]
                         if r is not None and r[1] - r[0] <= rb - lb + 2 * cap))
    k0, k1 = max(groups, key=outside)
    if k1 - k0 < 2:
        return None
    # the base: back from the first wide row while ink still stands on both sides within the head's
    # width (a head's outlined base edge need not join the shaft's end)
    L = min(runs[k][0] for k in range(k0, k1) if wide[k])
    R = max(runs[k][1] for k in range(k0, k1) if wide[k])
    cl, cr = int(np.floor(lb - m)), int(np.ceil(rb + m - 1))
    while k0 > 0 and strip[k0 - 1, L:cl + 1].any() and strip[k0 - 1, cr:R].any():
        k0 -= 1
    k = k1
    while k < h and runs[k] is not None:
        k += 1
    return k0, _past_point(net, k, lb, rb, gap, k - k0)


def _run_through(row: np.ndarray, c0: int, c1: int) -> tuple[int, int] | None:
    """The ink run of ``row`` through its columns [c0, c1), grown over the ink joined to it on either side;
    None when none of those columns is inked."""
    cols = np.flatnonzero(row[c0:c1]) + c0
    if not len(cols):
        return None
    a, b, W = int(cols[0]), int(cols[-1]) + 1, row.shape[0]
    while a > 0 and row[a - 1]:
        a -= 1
    while b < W and row[b]:
        b += 1
    return a, b


def _widens(strip: np.ndarray, c0: int, c1: int, h: int) -> bool:
    """Whether the stroke ``strip`` (rows from the axis; its columns [c0, c1)) widens near its tip as a head
    does: in two rows running of its far 45 % (≥ 4), the ink run through its columns reaches past them on
    both sides by 1 px to 4 stroke widths + 2 px — a ray crossing there runs on further, or (slanted) only
    for a row."""
    cap = 4 * max(c1 - c0, 1) + 2
    prev = False
    for k in range(max(0, h - max(4, int(0.45 * h))), min(h, strip.shape[0])):
        row = strip[k]
        run = _run_through(row, c0, c1)
        if run is None:
            continue
        a, b = run
        if 1 <= c0 - a <= cap and 1 <= b - c1 <= cap:
            if prev:
                return True
            prev = True
        else:
            prev = False
    return False


def _tapers(ws: list[int]) -> bool:
    """Whether widths read from the axis outwards narrow like a head: from the widest of the near third
    (≥ 6 px) steadily (no row more than 2 px wider than the one before) over ≥ 3 rows to half of it — rays
    meeting at a small image's point (blurred into it) may widen it again past there."""
    n3 = max(1, len(ws) // 3)
    i = int(np.argmax(ws[:n3]))
    w = ws[i]
    if w < 6:
        return False
    for j in range(i + 1, len(ws)):
        if ws[j] > ws[j - 1] + 2:
            return False
        if ws[j] <= 0.5 * w:
            return j - i >= 3
    return False


def _past_point(net: np.ndarray | None, k: int, lb: float, rb: float, gap: int, head: int) -> int:
    """The tip past a head's point ``k`` (rows from the axis): onto the ``net`` ink (``_head_span``) over the
    shaft's columns [lb, rb) within ``gap`` rows, through its last row; ``k`` when there is none, or when
    that ink runs on for more rows than max(3, half the head's length ``head``): a line passing the point is
    thinner; a longer run is another mark joined to the lines (a blurred label touching a ray)."""
    if net is None:
        return k
    lo, hi = int(np.floor(lb)), int(np.ceil(rb))
    for j in range(k, min(k + gap + 1, net.shape[0])):
        if net[j, lo:hi].any():
            j0 = j
            while j < net.shape[0] and net[j, lo:hi].any():
                j += 1
            return j if j - j0 <= max(3.0, 0.5 * head) else k
    return k


def _mirrored_base(ink: np.ndarray, band: tuple[int, int], c0: int, c1: int, sign: int) -> bool:
    """Whether the ink an arrow that is all head stands on (its columns [c0, c1), on side ``sign`` of the axis
    band: -1 up, 1 down) is a disc centred on the axis: on the other side the runs through those columns on
    the first 3 rows past the band are ≥ 4 px and ≥ 60 % as wide as on this side, and go on for ≥ 0.35 of
    that width (a disc's half-height is half its width). A head standing on the axis is one-sided: across
    the axis there is the axis line, at most its own base edge drawn over it (a row or two), nothing like a
    disc's other half."""
    top, bot = band
    H = ink.shape[0]

    def widths(ys) -> list[int]:
        out = []
        for y in ys:
            r = _run_through(ink[y], c0, c1) if 0 <= y < H else None
            if r is None:
                break
            out.append(r[1] - r[0])
        return out
    up = range(top - 1, -1, -1)
    down = range(bot + 1, H)
    here = widths(up if sign < 0 else down)[:3]
    there = widths(down if sign < 0 else up)
    if len(here) < 3 or len(there) < 2:
        return False
    w_here, w_there = float(np.median(here)), float(np.median(there[:3]))
    return w_here >= 4 and w_there >= max(4.0, 0.6 * w_here) and len(there) >= 0.35 * w_there


def _find_arrows(ink, con, band, axis_y, u1, d1, gap: int, lmin: float, ex0: int, ex1: int, net=None):
    """Arrows standing on the axis from the per-column reaches ``u1``/``d1`` (±1 px window, gaps ≤ ``gap``
    bridged): (arrows left to right, their boxes (x0, y0, x1, y1) px). ``net``: the ink joined to the axis
    (``_head_span``)."""
    top, bot = band
    W = ink.shape[1]
    up_flag = (u1 >= lmin) & (d1 <= np.maximum(0.3 * u1, lmin))
    down_flag = (d1 >= lmin) & (u1 <= np.maximum(0.3 * d1, lmin))
    if ex0 >= 0:
        pad = 4
        up_flag[max(0, ex0 - pad):ex1 + pad + 1] = False
        down_flag[max(0, ex0 - pad):ex1 + pad + 1] = False
    arrows: list[Arrow] = []
    boxes: list[tuple[int, int, int, int]] = []
    for flags, reach, sign in ((up_flag, u1, -1), (down_flag, d1, 1)):
        for a, b in _runs(flags):
            r = reach[a:b]
            shaft = np.flatnonzero(r >= 0.6 * r.max()) + a
            s0, s1 = int(shaft.min()), int(shaft.max()) + 1
            x = (s0 + s1) / 2
            # the tip: the reach of the stroke's own columns (the ±1 window would add the rows a slanted
            # ray covers in the neighbouring columns where it passes the tip)
            edge = top if sign < 0 else bot + 1
            strip = ink[:top][::-1] if sign < 0 else ink[bot + 1:]
            h = float(max(_reach(strip[:, xx], gap)[0] for xx in range(s0 + 1, min(W, max(s0 + 2, s1 - 1)))))
            if h < lmin:
                continue
            c0, c1 = s0 + 1, max(s0 + 2, s1 - 1)
            nstrip = None if net is None else (net[:top][::-1] if sign < 0 else net[bot + 1:])
            head = _head_span(strip, c0, c1, int(h), nstrip, gap)
            if head is not None:
                # the arrow ends at its head's point: ink beyond it across a gap (the label written over
                # the tip, a ray passing just past it) is not the arrow's
                h = float(head[1])
                opp = float((d1 if sign < 0 else u1)[s0:s1].max())
                if h < lmin and opp > 0.3 * h:
                    continue   # a dot on the axis and the label under it, joined across the gap: its point is
                    # the dot's far edge, the dot reaching as far the other way
                if head[0] == 0 and _mirrored_base(ink, band, c0, c1, sign):
                    continue   # "all head" from the axis, but its base is half of a disc centred on the axis
                    # (a marker dot) and what runs on from it a label's glyph under the dot
            else:
                # no head seen: the tip is where the stroke's ink stops. A solid shaft (no gap from the axis)
                # bridged across one gap onto a piece beyond it has taken in a label written over its
                # point (a dashed shaft has gaps all along, and its last dash is its own)
                col = strip[:int(h), c0:c1].any(axis=1)
                solid = _reach(col, 1)[0]
                if 0.6 * h <= solid < h:
                    past = np.flatnonzero(col[solid:])
                    j = solid + int(past[0]) if len(past) else int(h)
                    on_net = nstrip is not None and nstrip[j:int(h), c0:c1].any()
                    if j + _reach(col[j:], 1)[0] >= int(h) and not on_net:
                        h = float(solid)   # (onto the lines' network — rays or their dashed extensions
                        # meeting at the point the arrow marks — the tip goes on, as past a head's point)
            tip_y = edge - h if sign < 0 else edge + h
            if not _has_head(ink, s0, s1, int(tip_y) if sign < 0 else int(tip_y) - 1, axis_y):
                continue
            back = float((d1 if sign < 0 else u1)[s0:s1].max())
            if back >= 3 and back >= 0.25 * h:
                continue   # the stroke crosses the axis: a tick marking a point (C, F, 2F — a label under
                # it may join it across a gap), where an arrow stands on the axis with nothing across it
            if head is None and not _widens(strip, c0, c1, int(h)):
                continue   # ink on both sides at the tip, but only of a line running on across it (a ray
                # at the tip of a dot and its label joined across gaps): no head
            # the shaft's stroke: the contrast profile of its strongest own column (a 1-px shaft may fall
            # between two), its fill over the near 60 % (the head is solid either way) and its gaps up to
            # 85 % (a short dashed shaft's last gap lies just before the head; a gap beyond its point, before
            # a label, is no dash)
            cols_c = con[:top, c0:c1][::-1] if sign < 0 else con[bot + 1:, c0:c1]
            prof = cols_c.max(axis=1) if cols_c.shape[1] else np.zeros(0)
            near, upto = prof[:max(1, int(0.6 * h))], prof[:max(1, int(0.85 * h))]
            if head is not None and len(prof):
                # up to the head's base, the head standing for one strong row: a gap just before the head
                # is a dash's, the head's own anti-aliased or outlined base edge none
                upto = np.concatenate([prof[:min(head[0], int(0.85 * h))], [prof.max()]])
            if _fill(near) < ARROW_FILL_MIN:
                continue   # ink joined across gaps (a tick and the label under it): no drawn shaft
            arrows.append(Arrow(x=x, tip_y=float(tip_y), height=float(-sign * (abs(axis_y - tip_y))),
                                fill=_fill(near), width=max(1, s1 - s0 - 2), gaps=_gaps(upto),
                                shaft=float(head[0]) if head is not None else float(h)))
            boxes.append((s0, min(edge, int(tip_y)) - 1, s1, max(edge, int(tip_y)) + 1))
    arrows.sort(key=lambda a: a.x)
    return arrows, boxes


def _stroke_width(con: np.ndarray, a: Arrow, band: tuple[int, int]) -> float:
    """A shaft's stroke width (px): median over its near half of the columns at ≥ 50 % of the row's peak."""
    top, bot = band
    n = max(1, int(0.5 * abs(a.height)))
    rows = range(top - n, top) if a.height > 0 else range(bot + 1, bot + 1 + n)
    xc = int(a.x)
    ws = []
    for y in rows:
        seg = con[y, max(0, xc - 6):xc + 7]
        if seg.max() > 0:
            ws.append(int((seg >= 0.5 * seg.max()).sum()))
    return float(np.median(ws)) if ws else 1.0


def frame_box(ink: np.ndarray) -> tuple[int, int, int, int] | None:
    """The plot frame (matplotlib's axes box: four spines) as (top, bottom, left, right) px of its lines,
    or None. Its outermost long rows and columns must meet at the corners: each spine covers ≥ 90 % of the
    span between the other two (a principal axis drawn edge to edge is a long row too, but no vertical
    line ends on it)."""
    H, W = ink.shape
    rows = np.flatnonzero(ink.sum(axis=1) >= 0.5 * W)
    cols = np.flatnonzero(ink.sum(axis=0) >= 0.3 * H)
    if len(rows) < 2 or len(cols) < 2:
        return None
    t, b, l, r = int(rows.min()), int(rows.max()), int(cols.min()), int(cols.max())
    if b - t < 0.2 * H or r - l < 0.2 * W:
        return None
    def cover(a: np.ndarray) -> float:
        return float(a.mean()) if a.size else 0.0
    near = 3   # a spine read within 3 px (its width, blurred)
    ok = all(cover(ink[max(0, y - 1):y + 2, l:r + 1].any(axis=0)) >= 0.9 for y in (t, b)) and \
        all(cover(ink[t:b + 1, max(0, x - 1):x + 2].any(axis=1)) >= 0.9 for x in (l, r))
    if not ok:
        return None
    # the verticals reach both horizontals (a principal axis drawn edge to edge is not one of them: then
    # the outermost long rows would be an axis and a spine, and a lens standing on the axis is too short)
    for x in (l, r):
        ys = np.flatnonzero(ink[:, max(0, x - 1):x + 2].any(axis=1))
        run = ys[(ys >= t - near) & (ys <= b + near)]
        if not len(run) or run.min() > t + near or run.max() < b - near:
            return None
    # a frame holds the diagram: at most a quarter of the ink lies outside it, 12 px clear of it (tick marks,
    # tick labels, axis labels and a title). A rectangle drawn *inside* a diagram — the axis, the lens, a
    # real image's arrow and the ray that leaves the lens level with that image's tip always make one —
    # leaves the object and half the rays outside.
    m = 12
    inside = int(ink[max(0, t - m):b + m + 1, max(0, l - m):r + m + 1].sum())
    if int(ink.sum()) - inside > 0.25 * int(ink.sum()):
        return None
    return t, b, l, r


GRID_TONE_MAX = 0.4   # a background grid line is fainter than this (share of full contrast)


def _faint_only(faint: list, every: list) -> list:
    """The faint lines that are no darker line's blurred rim (within 2 px of a long line that is not faint)."""
    strong = [l[0] for l in every if l not in faint]
    return [l for l in faint if all(abs(l[0] - s) > 2 for s in strong)]


def background_grid(con: np.ndarray) -> np.ndarray:
    """(H, W) bool: the pixels of a plot's background grid (matplotlib's ``whitegrid`` / ``grid(True)``, graph
    paper), to be taken out of the ink before the diagram is read. A grid line is a straight row or column of
    faint tone (contrast ≥ ``INK_LEVEL``/2, its median < ``GRID_TONE_MAX`` and ≤ 0.6 × the darkest long row's,
    so the principal axis drawn in the same orientation stays) running over half the page's width (a row) or
    over 90 % of the horizontal lines' span (a column; half the page's height when none). Lines one blurred
    stroke wide (adjacent rows or columns) count once; a grid is ≥ 3 such lines. Only each line's own tone
    is taken (its pixels ≤ 1.5 × its median + 0.05 within 1 px of it): a darker stroke crossing it stays
    whole. No grid: nothing is taken."""
    H, W = con.shape
    faint = con >= 0.5 * INK_LEVEL
    out = np.zeros((H, W), bool)

    def long_lines(mask: np.ndarray, c: np.ndarray, need: float) -> list[tuple[int, int, int, float]]:
        # (index, run start, run stop, median tone) of each line whose longest run (gaps ≤ 2) is ≥ need
        found = []
        for i in range(mask.shape[0]):
            runs = _runs(mask[i], max_gap=2)
            if not runs:
                continue
            a, b = max(runs, key=lambda r: r[1] - r[0])
            if b - a >= need:
                on = mask[i, a:b]
                found.append((i, a, b, float(np.median(c[i, a:b][on]))))
        return found

    rows = long_lines(faint, con, 0.5 * W)
    if not rows:
        return out
    dark = max(t for *_, t in rows)
    grid_rows = _faint_only([r for r in rows if r[3] < GRID_TONE_MAX and r[3] <= 0.6 * dark], rows)
    if len(grid_rows) >= 2:
        span = max(r[0] for r in grid_rows) - min(r[0] for r in grid_rows)
        need_c = max(0.9 * span, 0.2 * H)
    else:
        need_c = 0.5 * H
    cols = long_lines(faint.T, con.T, need_c)
    darkc = max([t for *_, t in cols] + [dark])
    grid_cols = _faint_only([c for c in cols if c[3] < GRID_TONE_MAX and c[3] <= 0.6 * darkc], cols)
    def count(lines: list) -> int:
        # lines, adjacent rows (columns) of one blurred stroke counted once
        idx = sorted(l[0] for l in lines)
        return sum(1 for i, v in enumerate(idx) if i == 0 or v - idx[i - 1] > 1)
    if count(grid_rows) + count(grid_cols) < 3:
        return out
    for lines, view, cv in ((grid_rows, out, con), (grid_cols, out.T, con.T)):
        for i, a, b, tone in lines:
            lo, hi = max(0, i - 1), min(view.shape[0], i + 2)
            view[lo:hi, a:b] |= (cv[lo:hi, a:b] <= 1.5 * tone + 0.05)
    return out


def _trace_element(ink: np.ndarray, band: tuple[int, int], x0: float, reach: float, stop: int | None = None
                   ) -> tuple[tuple[float, float, float], ...]:
    """The element's stroke followed row by row from the axis band outwards, both ways, up to ``reach`` px:
    in each row the ink run overlapping ±3 px of the stroke's last x, kept as (y, left edge, right edge) when
    it is no wider than the stroke (the median run width + 2 px) — a row where a ray or a hatch line runs
    into the stroke is skipped, and the stroke's x is carried on from the last clean row. The ink is first
    opened with a 7-px vertical line: an element stroke is near vertical and keeps it; a ray or a hatch line
    (slanted more than a stroke's width per 7 rows) crossing the element is taken away, so the trace cannot
    turn off along one. ``stop``: end a side after that many rows in a row with no stroke (its end)."""
    from scipy import ndimage as ndi
    ink = ndi.binary_opening(ink, structure=np.ones((7, 1), bool))
    H, W = ink.shape
    rows = []
    for step, start in ((-1, band[0] - 1), (1, band[1] + 1)):
        xp = x0
        cand = []
        for k in range(int(reach)):
            y = start + step * k
            if not 0 <= y < H:
                break
            lo, hi = int(max(0, xp - 40)), int(min(W, xp + 41))
            row = ink[y, lo:hi]
            runs = [(a + lo, b + lo) for a, b in _runs(row, max_gap=0)]
            hit = [(a, b) for a, b in runs if a <= xp + 3 and b >= xp - 3]
            if not hit:
                cand.append((y, None))
                if stop is not None and len(cand) >= stop and all(r is None for _, r in cand[-stop:]):
                    break
                continue
            a, b = min(hit, key=lambda r: abs((r[0] + r[1]) / 2 - xp))
            cand.append((y, (a, b)))
            if b - a <= 12:
                xp = (a + b - 1) / 2
        widths = [r[1] - r[0] for _, r in cand if r is not None]
        if not widths:
            continue
        wmax = float(np.median(widths)) + 2
        rows += [(y + 0.5, float(r[0]), float(r[1])) for y, r in cand if r is not None and r[1] - r[0] <= wmax]
    return tuple(rows)


def _element_widths(ink: np.ndarray, band: tuple[int, int], x0: float, half: float, hollow: list | None = None
                    ) -> tuple[tuple[float, float], ...]:
    """The element's width row by row: (distance from the axis (px, > 0 up), width (px)) of the ink run
    through its x in each row from the axis band outwards, both ways, until the run ends (a gap of over
    2 rows). A row whose run is cut by the window (±(4 half-widths + 20) px: a ray crossing the element
    runs on) is left out; so are the 3 rows next to the band (the axis line's own run). ``hollow``, when
    given, receives the distances of the rows whose run has a gap of ≥ 2 px inside (an outline's two sides
    with the page between them)."""
    H, W = ink.shape
    xc = int(round(x0 - 0.5))
    win = int(4 * half + 20)
    lo, hi = max(0, xc - win), min(W, xc + win + 1)
    out = []
    for step, start in ((-1, band[0] - 1), (1, band[1] + 1)):
        miss = 0
        for k in range(H):
            y = start + step * k
            if not 0 <= y < H:
                break
            row = ink[y, lo:hi]
            c = xc - lo
            near = np.flatnonzero(row[max(0, c - int(half) - 2):c + int(half) + 3])
            if not len(near):
                miss += 1
                if miss > 2:
                    break
                continue
            miss = 0
            a = b = max(0, c - int(half) - 2) + int(near[0])
            while a > 0 and row[a - 1]:
                a -= 1
            b = max(0, c - int(half) - 2) + int(near[-1])
            while b < len(row) - 1 and row[b + 1]:
                b += 1
            if k < 3 or a == 0 or b == len(row) - 1:
                continue
            out.append((float(-step * (k + 1)), float(b - a + 1)))
            if hollow is not None and _has_gap(row[a:b + 1], 2):
                hollow.append(float(-step * (k + 1)))
    return tuple(out)


def _has_gap(run: np.ndarray, n: int) -> bool:
    """Whether ``run`` (1-D bool) holds n or more consecutive False between its ends."""
    k = 0
    for v in run:
        k = 0 if v else k + 1
        if k >= n:
            return True
    return False


def _axis_dots(ink: np.ndarray, band: tuple[int, int], axis_y: float, ex0: int, ex1: int, arrows,
               min_rows: int = 1) -> tuple[float, ...]:
    """x (px) of the dots marked on the axis (focal points, centres of curvature): filled discs on the axis
    line, wider than it. The axis line's own thickness t is the median height of its ink run over the
    columns; the ink is opened with a (t + 2)-px square, which no line of width t survives and a marker
    disc does. A piece kept is a dot when it is centred on the axis (within 0.6 px: a marker is drawn
    centred on the point it marks, where the wedge a ray makes crossing the axis — blurred wide enough to
    survive — lies to one side), taller than the square (a stretch of axis line thickened by JPEG's ringing
    is just the square's height; ``min_rows`` rows taller) and no wider than 3 squares; the element's
    columns and the arrows' shafts (standing on the axis) are not dots."""
    from scipy import ndimage as ndi
    H, W = ink.shape
    top, bot = band
    ya = int(round(axis_y - 0.5))
    col = ink
    th = []
    for x in range(0, W, 2):
        if not col[ya, x]:
            continue
        a = ya
        while a > 0 and col[a - 1, x]:
            a -= 1
        b = ya
        while b < H - 1 and col[b + 1, x]:
            b += 1
        th.append(b - a + 1)
    if not th:
        return ()
    k = int(np.median(th)) + 2
    if k > max(12, 0.03 * H):
        # the "axis" is a filled area, not a line (a chat bubble, a panel): no marker stands out of it, and a
        # square that size would make the opening's cost (and memory) explode
        return ()
    y0, y1 = max(0, top - 3 * k), min(H, bot + 3 * k + 1)
    opened = ndi.binary_opening(ink[y0:y1], structure=np.ones((k, k), bool))
    lab, n = ndi.label(opened)
    out = []
    for i, sl in enumerate(ndi.find_objects(lab), start=1):
        if sl is None:
            continue
        ys, xs = np.nonzero(lab[sl] == i)
        cy, cx = ys.mean() + sl[0].start + y0 + 0.5, xs.mean() + sl[1].start + 0.5
        wd = sl[1].stop - sl[1].start
        if abs(cy - axis_y) > 0.6 or wd > 3 * k or sl[0].stop - sl[0].start < k + min_rows:
            continue
        if ex0 >= 0 and ex0 - 3 * k <= cx <= ex1 + 3 * k:
            continue
        if any(abs(cx - a.x) <= max(6.0, 2.0 * a.width) + k for a in arrows):
            continue
        out.append(float(cx))
    return tuple(sorted(out))


def read_ray_diagram(rgb: np.ndarray) -> RayDiagram:
    """Read a ray diagram's axis, element, arrows and ray segments by shape (see the module docstring)."""
    rgb = np.asarray(rgb)
    if rgb.ndim != 3 or rgb.shape[2] < 3:
        raise ValueError(f"rgb must be an (H, W, 3) array, got shape {rgb.shape}")
    con = contrast(rgb)
    ink = (con >= INK_LEVEL) & ~background_grid(con)
    box = frame_box(ink)
    origin = (0, 0)
    if box is not None:
        # a plot frame (spines, ticks, tick labels outside it): the diagram is what lies inside
        t, b, l, r = box
        k = 4   # past the spine's own width, blurred
        if b - t > 4 * k and r - l > 4 * k:
            rgb, con, ink = rgb[t + k:b - k + 1, l + k:r - k + 1], con[t + k:b - k + 1, l + k:r - k + 1], \
                ink[t + k:b - k + 1, l + k:r - k + 1]
            origin = (l + k, t + k)
    H, W = rgb.shape[:2]
    rows = ink.sum(axis=1)
    if rows.max() < AXIS_MIN * W and H > 1:
        # a hairline axis (under a pixel wide, off the pixel grid) is spread over two rows at under INK_LEVEL
        # each; the two rows' contrasts together are its own: those rows are its ink
        pair = (con[:-1] + con[1:]) >= INK_LEVEL
        prow = pair.sum(axis=1)
        if prow.max() >= AXIS_MIN * W:
            y = int(np.argmax(prow))
            ink = ink.copy()
            ink[y:y + 2] |= pair[y] & (con[y:y + 2] > 0.25 * INK_LEVEL)
            rows = ink.sum(axis=1)
    if rows.max() < AXIS_MIN * W:
        return RayDiagram(W, H, origin=origin,
                          missing=(f"no horizontal line over {AXIS_MIN:.0%} of the width (the axis)",))
    ya_row = int(np.argmax(rows))
    top = bot = ya_row
    while top > 0 and rows[top - 1] >= 0.5 * rows[ya_row]:
        top -= 1
    while bot < H - 1 and rows[bot + 1] >= 0.5 * rows[ya_row]:
        bot += 1
    ys = np.arange(top, bot + 1)
    axis_y = float((ys * rows[top:bot + 1]).sum() / rows[top:bot + 1].sum()) + 0.5
    band = (top, bot)
    missing: list[str] = []

    # the element: the columns reaching far from the axis both ways
    u3, _fu3, d3, _fd3 = _column_reach(ink, band, 3)
    both = np.minimum(u3, d3)
    # arrows: single columns (±1) reaching far one way
    u1, _fu1, d1, _fd1 = _column_reach(ink, band, 1)
    one = np.maximum(u1, d1)
    tall = float(one.max())
    element_x = None
    element_half = 0.0
    reach_el = float(both.max())
    ex0 = ex1 = -1
    n_elements = 0
    if reach_el >= max(10.0, 0.5 * tall):
        c = int(np.argmax(both))
        cols = np.flatnonzero(both >= 0.5 * reach_el)
        cols = cols[np.abs(cols - c) <= max(12, 0.05 * W)]
        ex0, ex1 = int(cols.min()), int(cols.max())
        element_x = (ex0 + ex1) / 2 + 0.5
        element_half = (ex1 - ex0) / 2 + 0.5
        # every stroke crossing the axis as far both ways (a second lens or mirror), its sides joined
        n_elements = len(_runs(both >= 0.5 * reach_el, max_gap=int(max(12, 0.05 * W))))
    else:
        missing.append("no stroke crossing the axis that reaches as far both ways as the arrows (the lens or "
                       "mirror)")

    # arrows: runs of columns reaching ≥ 8 px (and ≥ 5 % of the tallest stroke: a small image beside a tall
    # lens symbol) one way, clear of the
    # element. Gaps are bridged up to GAP px first; then up to twice the solid shafts' stroke width (a
    # dashed stroke's gap is ≈ 1.6 × its width in matplotlib), so a smaller or resampled figure does not
    # bridge from an arrow's tip to a ray passing a few px beyond it
    lmin = max(8.0, 0.05 * max(tall, reach_el))
    from scipy import ndimage as ndi
    lab, _n = ndi.label(ink, structure=np.ones((3, 3), bool))
    keep = set(np.unique(lab[top:bot + 1][ink[top:bot + 1]]).tolist())
    # and the free-standing pieces of a dashed line (a virtual image's rays extended back, meeting at its
    # tip): pieces wider than tall and ≤ 3 px tall, where a label's letters are taller (even halved)
    for i, sl in enumerate(ndi.find_objects(lab), start=1):
        if sl is not None:
            hh, ww = sl[0].stop - sl[0].start, sl[1].stop - sl[1].start
            if hh <= 3 and ww > hh:
                keep.add(i)
    keep.discard(0)
    net = np.isin(lab, sorted(keep))
    arrows, boxes = _find_arrows(ink, con, band, axis_y, u1, d1, GAP, lmin, ex0, ex1, net)
    solid_w = [_stroke_width(con, a, band) for a in arrows if a.solid]
    if solid_w:
        gap = int(np.clip(np.ceil(2 * np.median(solid_w)), 2, GAP))
        if gap < GAP:
            u1, _f, d1, _g = _column_reach(ink, band, 1, gap)
            arrows, boxes = _find_arrows(ink, con, band, axis_y, u1, d1, gap, lmin, ex0, ex1, net)
    if not arrows:
        missing.append("no arrow standing on the axis (object, image)")
    widths = [a.width for a in arrows] or [2]
    measurement = 1.0 + 0.5 * float(np.median(widths))

    # ray segments: what is left
    rest = ink.copy()
    rest[max(0, top - 1):bot + 2] = False
    if ex0 >= 0:
        rest[:, max(0, ex0 - 2):ex1 + 3] = False
    for x0, y0, x1, y1 in boxes:
        rest[max(0, y0):max(0, y1), max(0, x0):max(0, x1)] = False
    # and the element's own stroke where it leaves its columns (a mirror's arc curving away from its vertex):
    # its traced rows, 1 px either side — no ray (rows where a ray crosses it are not traced, and keep the ray)
    if element_x is not None:
        for y, xl, xr in _trace_element(ink, band, element_x, H, stop=4):
            rest[int(y), max(0, int(xl) - 1):int(xr) + 2] = False
    trace = _trace_element(ink, band, element_x, reach_el) if element_x is not None else ()
    from skimage.transform import probabilistic_hough_line
    lines = probabilistic_hough_line(rest, threshold=10, line_length=max(20, int(0.03 * W)), line_gap=6,
                                     theta=np.linspace(-np.pi / 2, np.pi / 2, 720, endpoint=False),
                                     rng=np.random.default_rng(0))
    segs = tuple(Segment(float(p[0]) + 0.5, float(p[1]) + 0.5, float(q[0]) + 0.5, float(q[1]) + 0.5)
                 for p, q in lines)
    dots = _axis_dots(ink, band, axis_y, ex0, ex1, arrows)
    # the same on the strokes' cores (≥ half the axis line's own contrast): a disc of ≤ 3 px (a halved copy)
    # is no taller than the square the soft rows of a blurred or hand-drawn (wobbling) axis set; on the
    # cores those rows fall away, and JPEG's ringing with them (so the square's height suffices)
    vals = con[top:bot + 1][ink[top:bot + 1]]
    if len(vals):
        core = con >= max(INK_LEVEL, 0.5 * float(np.percentile(vals, 90)))
        more = _axis_dots(core, band, axis_y, ex0, ex1, arrows, min_rows=0)
        dots = tuple(sorted(dots + tuple(x for x in more if all(abs(x - y) > 4 for y in dots))))
    hollow: list[float] = []
    widths = _element_widths(ink, band, element_x, element_half, hollow) if element_x is not None else ()
    return RayDiagram(W, H, origin=origin, axis_y=axis_y, axis_band=band, element_x=element_x,
                      element_half=element_half,
                      element_widths=widths, element_hollow=tuple(hollow),
                      n_elements=n_elements, element_trace=trace, axis_dots=dots,
                      element_reach=reach_el, arrows=tuple(arrows), segments=segs, measurement_px=measurement,
                      missing=tuple(missing))
