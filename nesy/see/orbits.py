"""Orbit diagrams drawn by other tools, read by shape and label text, whatever their colours.

What is read from the pixels (no palette, no layout):

- **ink**: every pixel that differs from the page colour (the median of the image border) by more than
  ``INK_DIFF`` in some channel — pale pastel fills and faint blurred grey strokes included — less gridlines,
  axes and frames (``_rules``: long thin horizontal or vertical lines);
- **discs** (the star, planets, moons): filled round blobs. A stroke (orbit circle, letter) is thin, so
  the Euclidean distance of its pixels to the page stays near half its width; a disc's centre lies its
  radius away. Cores where that distance is at least ``max(1.5, 1.6 × stroke half-width)`` px are
  discs; the stroke half-width is measured on the figure itself (median over thin ink). Letters that
  blur or resampling thicken into blots are told apart: a disc is round, stands free of other ink just
  outside its edge, is filled with one colour (``MAX_SPREAD``), does not go on in a stroke of its own
  colour nearly as thick as itself (a bold ring's or letter's thicker spot), and does not run on into a
  line of text nor sit inside or between its words, nor in a framed legend (``_frames``). A star marker
  ('*': tapering spikes all round) is a disc too; so is a body drawn as a closed outline unlike an orbit
  (``ellipses.outline_bodies``);
- **rings** (orbits): around a centre, the radii where the thin ink (discs and text removed) forms a
  circle — a radial histogram peak whose pixels cover ≥ ``RING_COVER`` of the angles (dashes, dots and
  the gaps where bodies and labels cross it included) — or an ellipse about it, squashed or with it at a
  focus (``ellipses.ellipses_about``, ``ellipses.as_ellipse``);
- **labels**: the ink left once discs and ring bands are removed, grouped into text lines and read with
  the OCR recogniser (``nesy.see.ocr.read_line``; an upright line turned first), each line attached to the
  disc whose edge is nearest.

``read_orbit_figure`` hands a ``OrbitFigure`` (discs, rings per centre, labels) to the astronomy verifier,
which decides which disc is the star (the one whose outermost ring encloses the most other discs),
which discs are planets (on its rings) and moons (on a ring around a larger disc), and names them by
their labels (``match_name``).
"""
from __future__ import annotations

import difflib
import math
import re
from dataclasses import dataclass, field

import numpy as np

__all__ = ["Disc", "Ring", "TextLabel", "OrbitFigure", "read_orbit_figure", "rings_about", "match_name",
           "INK_DIFF", "RING_COVER"]

INK_DIFF = 24          # 0–255: a pastel fill (#fddaec is 37 from white) is ink; JPEG noise (≤ ~12) is not
RING_COVER = 0.55      # share of the angles a circle's pixels must cover: labels, bodies and dashes leave gaps
MAX_SPREAD = 16.0      # 0–255: a disc's core is one colour (JPEG ±8, blur at a small disc's centre ≲ 12); a blot
                       # of blurred letters mixes ink and page (≥ 23 measured on σ = 1 blur and half size)


@dataclass(frozen=True)
class Disc:
    """A filled round blob: centre (x, y) and radius r in image px."""
    x: float
    y: float
    r: float
    reach: float = 0.0     # px: how far its drawn shape goes (a star marker's spikes) when beyond r

    @property
    def out(self) -> float:
        """The radius (px) the body's drawing covers: its spikes' reach, else r."""
        return max(self.r, self.reach)


@dataclass(frozen=True)
class Ring:
    """A circle of thin ink about a centre: radius (px) and the share of angles its pixels cover; an orbit
    drawn as an ellipse about it (squashed, or with the centre at a focus) carries ``ellipse`` (cx, cy,
    semi-axis x, semi-axis y; px) and its mean semi-axis as r."""
    r: float
    cover: float
    ellipse: tuple[float, float, float, float] | None = None

    def offset(self, d: "Disc", x: float, y: float) -> float:
        """Signed px from the point (x, y) to this ring about the disc d, along the ray from the ring's
        centre (+ outside)."""
        if self.ellipse is None:
            return math.hypot(x - d.x, y - d.y) - self.r
        from .ellipses import radial_offset
        return float(radial_offset(np.array([x]), np.array([y]), self.ellipse)[0])

    def reach(self, d: "Disc") -> float:
        """How far (px) from the disc d the ring goes at most."""
        if self.ellipse is None:
            return self.r
        ex, ey, ax, ay = self.ellipse
        return math.hypot(ex - d.x, ey - d.y) + max(ax, ay)

    def band(self, d: "Disc", xx: np.ndarray, yy: np.ndarray, w: float) -> np.ndarray:
        """Which of the pixels (xx, yy) lie within w px of the ring."""
        if self.ellipse is None:
            return np.abs(np.hypot(xx - d.x, yy - d.y) - self.r) <= w
        from .ellipses import radial_offset
        return np.abs(radial_offset(xx, yy, self.ellipse)) <= w


@dataclass(frozen=True)
class TextLabel:
    """One line of text: what the recogniser read, its confidence and its box (x0, y0, x1, y1) in px."""
    text: str
    score: float
    box: tuple[int, int, int, int]


@dataclass
class OrbitFigure:
    """What an orbit diagram shows: its discs, the thin (line) ink, the stroke half-width (px) and the
    text lines; ``rings[i]`` are the circles about ``discs[i]``."""
    discs: list[Disc]
    rings: list[list[Ring]]
    labels: list[TextLabel]
    half_width: float
    shape: tuple[int, int]
    notes: list[str] = field(default_factory=list)


def _page(rgb: np.ndarray) -> np.ndarray:
    border = np.concatenate([rgb[0], rgb[-1], rgb[:, 0], rgb[:, -1]]).astype(np.int16)
    return np.median(border, axis=0)


def rings_about(line: np.ndarray, cx: float, cy: float, *, r_min: float, r_max: float,
                band: float) -> list[Ring]:
    """Circles of ``line`` ink about (cx, cy) with radius in [r_min, r_max] px: peaks of the radial
    histogram whose ±``band`` px pixels cover ≥ ``RING_COVER`` of the angles (in bins about 6 px of arc,
    24–180 of them), strongest first, none within 2·band of a stronger one; returned by radius."""
    ys, xs = np.nonzero(line)
    if not len(xs) or r_max <= r_min:
        return []
    d = np.hypot(xs - cx, ys - cy)
    keep = (d >= r_min - band) & (d <= r_max + band)
    d, xs, ys = d[keep], xs[keep], ys[keep]
    if not len(d):
        return []
    ang = np.arctan2(ys - cy, xs - cx)
    hist = np.bincount(np.round(d).astype(int), minlength=int(r_max + band) + 3).astype(float)
    sm = np.convolve(hist, np.ones(3) / 3, mode="same")
    peaks = [k for k in range(max(1, int(r_min)), min(len(sm) - 1, int(r_max) + 1))
             if sm[k] > 0 and sm[k] >= sm[k - 1] and sm[k] >= sm[k + 1]]
    cand: list[Ring] = []
    for k in peaks:
        sel = np.abs(d - k) <= band
        if sel.sum() < 8:
            continue
        r = float(d[sel].mean())
        nb = int(min(180, max(24, round(2 * math.pi * r / 6))))
        bins = np.unique(((ang[sel] + math.pi) / (2 * math.pi) * nb).astype(int) % nb)
        cover = len(bins) / nb
        if cover >= RING_COVER:
            cand.append(Ring(r, cover))
    out: list[Ring] = []
    for c in sorted(cand, key=lambda c: -c.cover):
        if all(abs(c.r - o.r) > 2 * band for o in out):
            out.append(c)
    return sorted(out, key=lambda c: c.r)


def _spread(rgb: np.ndarray, cx: float, cy: float, r: float) -> float:
    """Largest per-channel standard deviation of the pixels within r px of (cx, cy) — of the 60 % nearest
    the median colour when r ≥ 9 px (a big disc may carry its name written inside it; blots of blurred
    letters measured ≤ 6.3 px)."""
    H, W = rgb.shape[:2]
    x0, x1 = max(0, int(cx - r - 1)), min(W, int(cx + r + 2))
    y0, y1 = max(0, int(cy - r - 1)), min(H, int(cy + r + 2))
    yy, xx = np.mgrid[y0:y1, x0:x1]
    px = rgb[y0:y1, x0:x1][np.hypot(xx - cx, yy - cy) <= r].astype(float)
    if len(px) < 2:
        return 0.0
    if r >= 9:
        dev = np.abs(px - np.median(px, axis=0)).max(axis=1)
        px = px[dev <= np.quantile(dev, 0.6)]
    return float(px.std(axis=0).max()) if len(px) > 1 else 0.0


def _discs(ink: np.ndarray, rgb: np.ndarray | None = None) -> tuple[list[Disc], float, np.ndarray]:
    from scipy import ndimage as ndi
    # pinholes that JPEG noise leaves in a pale fill (a pastel disc is only ~35 from white) are closed first
    holes = ndi.binary_fill_holes(ink) & ~ink
    lab, _ = ndi.label(holes)
    small = np.bincount(lab.ravel())
    small[0] = 0
    # and so are letters written inside a disc ("Sun" in white on the star): small enclosed holes, never
    # the inside of a circle (a moon circle about a planet encloses far more than 120 px)
    fill = small <= 6
    for k, sl in enumerate(ndi.find_objects(lab), start=1):
        if sl is not None and small[k] <= 120 and sl[0].stop - sl[0].start <= 20 and sl[1].stop - sl[1].start <= 20:
            fill[k] = True
    fill[0] = False
    edt = ndi.distance_transform_edt(ink | fill[lab] & holes)
    # stroke half-width: the typical ridge value of thin ink (local maxima of the distance under 4 px)
    ridge = (edt > 0) & (edt == ndi.maximum_filter(edt, size=3)) & (edt < 4)
    hw = float(np.median(edt[ridge])) if ridge.any() else 1.0
    t = max(1.5, 1.6 * hw)
    lab, n = ndi.label(edt >= t)
    discs: list[Disc] = []
    for k, sl in enumerate(ndi.find_objects(lab), start=1):
        if sl is None:
            continue
        m = lab[sl] == k
        e = np.where(m, edt[sl], 0)
        rmax = float(e.max())
        if rmax < t + 0.3:
            continue  # a thick junction of strokes (a letter, a crossing), not a disc
        # a disc's core is round: its area is near π(R − t)²; a thick bar's is far larger than its width says
        core_r = max(rmax - t, 0.5)
        if m.sum() > 3.5 * math.pi * (core_r + 1.0) ** 2:
            continue
        yy, xx = np.nonzero(e >= rmax - 1.0)
        d = Disc(float(xx.mean() + sl[1].start), float(yy.mean() + sl[0].start), rmax + 0.5)
        # a disc stands free: just outside its edge the page shows, but for the few strokes (its orbit,
        # moon rings, a label) that touch it; a thick blot inside a word is ringed by more letters — unless
        # what rings it are its own tapering spikes (a star marker '*')
        star = _star_marker(ink, d.x, d.y, rmax)
        if not star and _ring_ink(ink, d.x, d.y, d.r + 1.0, d.r + 2.5) > 0.45:
            continue
        # and it is wider than the strokes leaving it: a blob that goes on in a stroke of its own colour more
        # than 0.6 of its own half-width thick is a thicker spot of that stroke (a bold ring, a bold letter, a
        # line thickened by antialiasing or JPEG); an orbit line or a label's letters touching a disc are
        # thinner, or (a small moon on a thick orbit line) of another colour
        if not star and any(w >= 0.6 * rmax and _same_colour(rgb, (int(round(d.x)), int(round(d.y))), at)
                            for _a, _c, w, at in _arms(ink, d.x, d.y, d.r + 1.75, edt)):
            continue
        if star:
            n0 = len(_arms(ink, d.x, d.y, 1.2 * rmax))
            reach = next((rho for rho in np.arange(1.5 * rmax, 4.0 * rmax, 1.0)
                          if len(_arms(ink, d.x, d.y, rho)) < n0), 4.0 * rmax)
            d = Disc(d.x, d.y, d.r, float(reach))
        # and it is filled with one colour: blurred letters merge into a blot of mixed ink and page
        if rgb is not None and _spread(rgb, d.x, d.y, max(1.0, 0.6 * (d.r - 0.5))) > MAX_SPREAD:
            continue
        discs.append(d)
    return discs, hw, edt


def _arms(ink: np.ndarray, cx: float, cy: float, rho: float, edt: np.ndarray | None = None) -> list[tuple]:
    """The runs of ink crossed by the circle of radius ``rho`` px about (cx, cy): (centre angle in radians,
    chord length in px) each — the strokes or spikes leaving a blob there — and, given the distance
    transform ``edt``, the half-width (px) of each (its largest distance on the circle) and that pixel."""
    H, W = ink.shape
    n = max(32, int(round(2 * math.pi * rho)))
    ang = np.arange(n) * (2 * math.pi / n)
    xs = np.clip(np.round(cx + rho * np.cos(ang)).astype(int), 0, W - 1)
    ys = np.clip(np.round(cy + rho * np.sin(ang)).astype(int), 0, H - 1)
    on = ink[ys, xs]
    wid = edt[ys, xs] if edt is not None else np.zeros(n)
    if on.all():
        q = int(np.argmax(wid))
        runs = [(0.0, 2 * math.pi * rho, float(wid.max()), (int(xs[q]), int(ys[q])))]
        return runs if edt is not None else [r[:2] for r in runs]
    out: list[tuple] = []
    if on.any():
        k0 = int(np.flatnonzero(~on)[0])          # start the walk on the page, so no run is cut in two
        on, wid = np.roll(on, -k0), np.roll(wid, -k0)
        i = 0
        while i < n:
            if on[i]:
                j = i
                while j < n and on[j]:
                    j += 1
                mid = (i + j - 1) / 2 + k0
                q = (i + int(np.argmax(wid[i:j])) + k0) % n          # the arm's deepest sample
                out.append((float(mid * 2 * math.pi / n) % (2 * math.pi), float((j - i) * 2 * math.pi * rho / n),
                            float(wid[i:j].max()), (int(xs[q]), int(ys[q]))))
                i = j
            else:
                i += 1
    return out if edt is not None else [r[:2] for r in out]


def _same_colour(rgb: np.ndarray | None, p: tuple[int, int], q: tuple[int, int], tol: float = 40.0) -> bool:
    """Whether pixels p and q (x, y) are one colour (every channel within ``tol`` of 255); True without rgb."""
    if rgb is None:
        return True
    H, W = rgb.shape[:2]
    a = rgb[min(max(p[1], 0), H - 1), min(max(p[0], 0), W - 1)].astype(float)
    b = rgb[min(max(q[1], 0), H - 1), min(max(q[0], 0), W - 1)].astype(float)
    return float(np.abs(a - b).max()) <= tol


def _star_marker(ink: np.ndarray, cx: float, cy: float, r: float) -> bool:
    """Whether the blob with inner radius r px at (cx, cy) is a star marker ('*', a sparkle): 4 or more
    spikes leave it all round (no gap between them over 120°), each narrowing outward — what a round disc
    (no spikes), a stroke or a cross (arms of constant width) or a letter is not."""
    if r < 2.5:
        return False
    near, far = _arms(ink, cx, cy, 1.2 * r), _arms(ink, cx, cy, 1.5 * r)
    if len(near) < 4 or len(far) != len(near):
        return False
    a = sorted(x for x, _w in near)
    gaps = [(a[(k + 1) % len(a)] - a[k]) % (2 * math.pi) for k in range(len(a))]
    if max(gaps) > math.radians(120):
        return False
    wn = [w for _x, w in near]
    return sum(w for _x, w in far) < 0.85 * sum(wn) and max(wn) <= 2.5 * min(wn)


def _rules(ink: np.ndarray, *, span: float = 0.4, thick: int = 5) -> np.ndarray:
    """Gridlines, axes and frames: thin (≤ ``thick`` px across) horizontal or vertical runs of ink at least
    ``span`` of the image across. No orbit, body or label is one. Where such a line crosses a shape (a disc,
    a star's spike, an orbit), the pixels with that shape's ink on both sides of the rule stay."""
    from scipy import ndimage as ndi
    out = np.zeros_like(ink)
    H, W = ink.shape
    row = np.array([[0, 0, 0], [1, 1, 1], [0, 0, 0]], bool)
    for axis, st, n in ((0, row, W), (1, row.T, H)):
        along, _ = ndi.label(ink, structure=st)
        across, _ = ndi.label(ink, structure=st.T)
        la, lc = np.bincount(along.ravel()), np.bincount(across.ravel())
        la[0] = lc[0] = 0
        rule = (la[along] >= span * n) & (lc[across] <= thick)
        if not rule.any():
            continue
        w = int(np.median(lc[across][rule]))
        other = ink & ~rule
        sides = []
        for sgn in (1, -1):          # ink of something else just beyond the rule's width, on each side
            m = np.zeros_like(ink)
            for k in range(1, w + 2):
                m |= np.roll(other, sgn * k, axis=axis)
            sides.append(m)
        out |= rule & ~(sides[0] & sides[1])
    return out


def _frames(ink: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Boxes (x0, y0, x1, y1) px of framed panels — a legend, a note in a box: a component of ink at most
    half the image across whose outline is a rectangle (each side ≥ 80 % drawn, within 2 px of its box;
    rounded corners allowed) and whose pixels are mostly that outline. What such a box holds is a key to
    the figure, never a body in it."""
    from scipy import ndimage as ndi
    H, W = ink.shape
    lab, _ = ndi.label(ink, structure=np.ones((3, 3), bool))
    out = []
    for k, sl in enumerate(ndi.find_objects(lab), start=1):
        if sl is None:
            continue
        h, w = sl[0].stop - sl[0].start, sl[1].stop - sl[1].start
        if h < 16 or w < 16 or h > 0.5 * H or w > 0.5 * W:
            continue
        m = lab[sl] == k
        if m.sum() > 8 * (h + w):
            continue                       # a filled shape or a tangle, not an outline
        sides = (m[:3].any(axis=0), m[-3:].any(axis=0), m[:, :3].any(axis=1), m[:, -3:].any(axis=1))
        if all(float(sd.mean()) >= 0.8 for sd in sides):
            out.append((sl[1].start, sl[0].start, sl[1].stop - 1, sl[0].stop - 1))
    return out


def _ring_ink(ink: np.ndarray, cx: float, cy: float, r0: float, r1: float) -> float:
    """Share of the pixels between radii r0 and r1 about (cx, cy) that are ink."""
    H, W = ink.shape
    x0, x1 = max(0, int(cx - r1 - 1)), min(W, int(cx + r1 + 2))
    y0, y1 = max(0, int(cy - r1 - 1)), min(H, int(cy + r1 + 2))
    yy, xx = np.mgrid[y0:y1, x0:x1]
    rr = np.hypot(xx - cx, yy - cy)
    sel = (rr >= r0) & (rr <= r1)
    return float(ink[y0:y1, x0:x1][sel].mean()) if sel.any() else 1.0


def _text_lines(rest: np.ndarray, hw: float) -> list[tuple[int, int, int, int]]:
    """Boxes of text lines in ``rest`` (ink that is neither disc nor ring): glyphs joined along the line."""
    from scipy import ndimage as ndi
    gap = max(3, int(round(4 * max(hw, 0.75))))
    joined = ndi.binary_dilation(rest, structure=np.ones((1, 2 * gap + 1), bool))
    joined = ndi.binary_dilation(joined, structure=np.ones((3, 1), bool))
    lab, _ = ndi.label(joined)
    boxes = []
    for k, sl in enumerate(ndi.find_objects(lab), start=1):
        if sl is None:
            continue
        h, w = sl[0].stop - sl[0].start, sl[1].stop - sl[1].start
        sub = rest[sl] & (lab[sl] == k)
        if h < 5 or (h > 80 and w - 2 * gap > 40) or w < 4 or sub.sum() < 8:   # tall and narrow: upright text
            continue
        boxes.append((sl[1].start + gap, sl[0].start + 1, sl[1].stop - gap, sl[0].stop - 1))
    return boxes


def _in_text(rest: np.ndarray, d: Disc, hw: float) -> bool:
    """Whether the disc d is joined, within the gap between letters of a word (2 stroke widths), to a run
    of text-like ink at least three of its diameters wide, on the disc's own rows (a letter sits on the
    line of its word; a moon above or below a label does not), holding more ink than the disc itself."""
    from scipy import ndimage as ndi
    gap = max(2, int(round(2 * max(hw, 0.75))))
    R = int(d.r + 6 * d.r + 3 * gap)
    H, W = rest.shape
    x0, x1 = max(0, int(d.x) - R), min(W, int(d.x) + R + 1)
    y0, y1 = max(0, int(d.y - 3 * d.r)), min(H, int(d.y + 3 * d.r) + 1)
    sub = rest[y0:y1, x0:x1].copy()
    yy, xx = np.mgrid[y0:y1, x0:x1]
    mine = np.hypot(xx - d.x, yy - d.y) <= d.r + 2.0
    sub &= ~mine
    joined = ndi.binary_dilation(sub | mine, structure=np.ones((1, 2 * gap + 1), bool))
    lab, _ = ndi.label(joined)
    k = lab[min(max(int(round(d.y)) - y0, 0), y1 - y0 - 1), min(max(int(round(d.x)) - x0, 0), x1 - x0 - 1)]
    if k == 0:
        return False
    comp = lab == k
    cols = np.flatnonzero(comp.any(axis=0))
    width = (cols[-1] - cols[0] + 1 - 2 * gap) if len(cols) else 0
    rows = np.flatnonzero((sub & comp).any(axis=1)) + y0
    on_line = len(rows) > 0 and rows[0] <= d.y <= rows[-1]
    return on_line and width >= 6 * d.r and int((sub & comp).sum()) >= math.pi * d.r * d.r


def read_orbit_figure(rgb: np.ndarray, *, ocr: bool = True) -> OrbitFigure:
    """Read an orbit diagram's discs, rings (about every disc) and label lines from RGB pixels."""
    img = rgb[..., :3].astype(np.int16)
    page = _page(img)
    diff = np.abs(img - page).max(axis=2)
    ink = diff > INK_DIFF
    ink &= ~_rules(ink)
    discs, hw, edt = _discs(ink, img)
    # a legend's markers and letters are no bodies
    frames = _frames(ink)
    discs = [d for d in discs if not any(x0 <= d.x <= x1 and y0 <= d.y <= y1 for x0, y0, x1, y1 in frames)]
    H, W = ink.shape
    yy, xx = np.mgrid[0:H, 0:W]

    def disc_px(ds: list[Disc]) -> np.ndarray:
        m = np.zeros_like(ink)
        for d in ds:
            x0, x1 = max(0, int(d.x - d.out - 3)), min(W, int(d.x + d.out + 4))
            y0, y1 = max(0, int(d.y - d.out - 3)), min(H, int(d.y + d.out + 4))
            m[y0:y1, x0:x1] |= np.hypot(xx[y0:y1, x0:x1] - d.x, yy[y0:y1, x0:x1] - d.y) <= d.out + 2.0
        return m
    on_disc = disc_px(discs)
    # a body drawn as an outline (an open circle with bands inside, thicker than the orbits)
    from .ellipses import as_ellipse, ellipses_about, outline_bodies
    discs += [Disc(x, y, r) for x, y, r in outline_bodies(ink, ~on_disc, hw)]
    on_disc = disc_px(discs)
    line = ink & ~on_disc
    band = max(1.5, 1.5 * hw + 0.5)
    rings = []
    diag = math.hypot(H, W)
    for d in discs:
        rs = rings_about(line, d.x, d.y, r_min=d.out + 2, r_max=diag, band=band)
        for k, r in enumerate(rs):
            if r.cover < 0.9:              # a squashed orbit's flat sides near one circle: the whole ellipse
                el = as_ellipse(line, d.x, d.y, r.r, r.cover, band)
                if el is not None:
                    rs[k] = Ring((el[2] + el[3]) / 2, el[4], el[:4])
        # orbits drawn as ellipses about it (squashed, or with it at a focus), in the ink no circle took
        left = line.copy()
        for r in rs:
            left &= ~r.band(d, xx, yy, band + 0.5)
        rs += [Ring((ax + ay) / 2, cov, (ex, ey, ax, ay))
               for ex, ey, ax, ay, cov in ellipses_about(left, d.x, d.y, r_min=d.out + 2, r_max=diag, band=band,
                                                         cover_min=RING_COVER)]
        kept: list[Ring] = []          # two circles near one squashed orbit both turn into its ellipse
        for r in sorted(rs, key=lambda r: -r.cover):
            if all(abs(r.r - o.r) > 2 * band for o in kept):
                kept.append(r)
        rings.append(sorted(kept, key=lambda r: r.r))
    # label text: the ink that is neither a disc nor on a ring band
    cnt = np.zeros(ink.shape, np.int16)
    own: list[np.ndarray | None] = []
    for d, rs in zip(discs, rings):
        m = None
        for r in rs:
            m = r.band(d, xx, yy, band + 0.5) if m is None else m | r.band(d, xx, yy, band + 0.5)
        own.append(m)
        if m is not None:
            cnt += m
    on_ring = cnt > 0
    rest = ink & ~on_disc & ~on_ring
    # a small blot that runs on into a line of letters is a letter thickened by resampling ("o", "e"),
    # not a moon: a moon stands apart from its label (further than the letter gap). The circles found about
    # the blot itself are left in (the letters about a blot can make one up, and would be erased by it)
    glyph = [k for k, d in enumerate(discs) if d.r <= 4 * max(hw, 1.0)
             and _in_text(rest if own[k] is None else ink & ~on_disc & ((cnt - own[k]) == 0), d, hw)]
    if glyph:
        for k in glyph:
            if own[k] is not None:
                cnt -= own[k]
        discs = [d for k, d in enumerate(discs) if k not in glyph]
        rings = [r for k, r in enumerate(rings) if k not in glyph]
        on_disc = disc_px(discs)
        on_ring = cnt > 0
        rest = ink & ~on_disc & ~on_ring
    labels: list[TextLabel] = []
    if ocr:
        from .ocr import read_line
        canvas = np.where((on_disc | on_ring)[..., None], page.astype(np.uint8), rgb[..., :3]).astype(np.uint8)
        if page.mean() < 128:
            canvas = 255 - canvas  # light text on a dark page: the recogniser reads dark on light

        def read(img: np.ndarray, up: int) -> tuple[str, float]:
            # a line written upright (a name rotated along a radius) is read turned either way, the surer
            if img.shape[0] >= 1.5 * img.shape[1]:
                return max((read_line(np.ascontiguousarray(np.rot90(img, k)), upscale=up) for k in (1, 3)),
                           key=lambda t: t[1])
            return read_line(np.ascontiguousarray(img), upscale=up)
        for (x0, y0, x1, y1) in _text_lines(rest, hw):
            if y1 - y0 >= 1.5 * (x1 - x0):          # upright: its height is the line's length
                pad = max(3, (x1 - x0) // 3)
                up = 2 if (x1 - x0) >= 14 else 3 if (x1 - x0) >= 9 else 4
            else:
                pad = max(3, (y1 - y0) // 3)
                up = 2 if (y1 - y0) >= 14 else 3 if (y1 - y0) >= 9 else 4
            crop = canvas[max(0, y0 - pad):min(H, y1 + pad), max(0, x0 - pad):min(W, x1 + pad)]
            # read twice: with the orbit lines erased (a line under a word confuses the recogniser) and as
            # drawn (erasing a circle that crosses a word takes bits of its letters); both are kept
            reads = [read(crop, up)]
            orig = rgb[max(0, y0 - pad):min(H, y1 + pad), max(0, x0 - pad):min(W, x1 + pad), :3]
            if on_ring[max(0, y0 - pad):min(H, y1 + pad), max(0, x0 - pad):min(W, x1 + pad)].any():
                reads.append(read(255 - orig if page.mean() < 128 else orig, up))
            for text, score in reads:
                if text.strip():
                    labels.append(TextLabel(text.strip(), float(score), (x0, y0, x1, y1)))
    # a small blot inside a confidently read word is part of a letter (a "J" or "e" thickened by
    # resampling), not a moon: moons are drawn beside their labels, never inside them
    def in_word(d: Disc) -> bool:
        return any(lb.score >= 0.7 and len(re.sub(r"[^A-Za-z]", "", lb.text)) >= 2
                   and lb.box[0] <= d.x <= lb.box[2] and lb.box[1] <= d.y <= lb.box[3]
                   and d.r <= 0.6 * (lb.box[3] - lb.box[1]) for lb in labels)
    # and a small blot between two confidently read pieces of one text line, each within 1.5 line heights
    # of it, is a glyph of that line (an '=' or '·' blurred solid): a moon sits beside one label, not inside
    # a line of writing
    rows = [lb.box for lb in labels if lb.score >= 0.7 and re.search(r"[A-Za-z0-9]", lb.text)
            and lb.box[2] - lb.box[0] > lb.box[3] - lb.box[1]]

    def in_line(d: Disc) -> bool:
        def beside(b: tuple[int, int, int, int], gap: float) -> bool:
            h = b[3] - b[1]
            return b[1] <= d.y <= b[3] and d.r <= 0.6 * h and 0 <= gap - d.r <= 1.5 * h
        return (any(beside(b, d.x - b[2]) for b in rows) and any(beside(b, b[0] - d.x) for b in rows))
    # and a blot just left of a confidently read word, closer to it than a space (a quarter of the line's
    # height), on its row and no taller than its letters, is the word's first letter the recogniser left
    # out (the "O" of "Oberon" read "beron"): a body is drawn a space or more from its label
    def word_start(d: Disc) -> bool:
        return any(b[1] <= d.y <= b[3] and d.r <= 0.75 * (b[3] - b[1])
                   and -2.0 <= b[0] - (d.x + d.r) <= 0.25 * (b[3] - b[1]) for b in rows)
    keep = [k for k, d in enumerate(discs) if not in_word(d) and not in_line(d) and not word_start(d)]
    return OrbitFigure([discs[k] for k in keep], [rings[k] for k in keep], labels, hw, (H, W))


_DIGITS = str.maketrans({"0": "o", "1": "i", "5": "s", "|": "l", "!": "i", "$": "s"})


def match_name(read: str, names: list[str], *, min_ratio: float = 0.6, margin: float = 0.12) -> str | None:
    """The name in ``names`` a reading shows, or None: the best by letter similarity (difflib ratio over
    lower-case letters, digits read as look-alike letters: "10" → "io"), accepted at ≥ ``min_ratio`` and
    ``margin`` ahead of the next best — "Farth" is Earth, "Saty" is Saturn, "Mar" could be Mars or Mercury
    only if it is clearly one of them."""
    r = re.sub(r"[^a-z]", "", read.lower().translate(_DIGITS))
    if len(r) < 2:
        return None
    sc = sorted(((difflib.SequenceMatcher(None, r, re.sub(r"[^a-z]", "", n.lower())).ratio(), n) for n in names),
                reverse=True)
    if not sc or sc[0][0] < min_ratio:
        return None
    if len(sc) > 1 and sc[0][0] - sc[1][0] < margin:
        return None
    return sc[0][1]


@dataclass
class Roles:
    """Who is who in an ``OrbitFigure``, by shape alone: ``centre`` (index of the disc the main circles are
    about), ``orbit_r`` (their radii, px), ``on_ring`` (disc index → index into ``orbit_r`` for the discs
    on them), ``moons`` (disc index → (index of the larger disc it circles, its distance px)),
    ``stray`` (discs on no circle), ``label_at`` (label index → the disc it is written beside, or None)."""
    centre: int | None
    orbit_r: list[float]
    on_ring: dict[int, int]
    moons: dict[int, tuple[int, float]]
    stray: list[int]
    label_at: dict[int, int | None]


def _on(d: Disc, rings: list[Ring], x: float, y: float, tol: float) -> int | None:
    """Index of the ring about disc d a body at (x, y) lies on: the nearest, within ``tol`` px and nearer
    to it than to any other ring (less than half the gap to its neighbour along the same ray)."""
    if not rings:
        return None
    off = [r.offset(d, x, y) for r in rings]
    k = int(np.argmin([abs(o) for o in off]))
    gaps = [abs(off[k] - o) for j, o in enumerate(off) if j != k]
    lim = min([tol] + [0.45 * g for g in gaps])
    return k if abs(off[k]) <= lim else None


def roles(fig: OrbitFigure) -> Roles:
    """Sort the discs of a figure into the centre, bodies on its circles, moons and strays, and attach each
    label to a disc. A body lies on a circle when its centre is within max(2.5, 2 × stroke half-width + 1)
    px of it — drawings put the disc centre on the orbit line; blur and resampling move both by ≤ 1 px.
    A moon is a disc on a circle about a larger disc that is not the centre (checked before the centre's
    circles: a moon beside its planet can lie near the planet's own orbit)."""
    discs, rings = fig.discs, fig.rings
    tol = max(2.5, 2 * fig.half_width + 1.0)
    n = len(discs)
    centre = None
    best = None
    for i, (d, rs) in enumerate(zip(discs, rings)):
        if not rs:
            continue
        reach = max(r.reach(d) for r in rs) + tol
        inside = sum(1 for j, e in enumerate(discs) if j != i and math.hypot(e.x - d.x, e.y - d.y) <= reach)
        key = (inside, reach)
        if best is None or key > best:
            best, centre = key, i
    orbit_rings = list(rings[centre]) if centre is not None else []
    orbit_r = [r.r for r in orbit_rings]
    moons: dict[int, tuple[int, float]] = {}
    for j, e in enumerate(discs):
        if j == centre:
            continue
        for i, (d, rs) in enumerate(zip(discs, rings)):
            if i in (j, centre) or d.r <= e.r or not rs:
                continue
            dist = math.hypot(e.x - d.x, e.y - d.y)
            # the planet's own circles, smaller than its distance to the centre (a moon ring never
            # reaches the star)
            own = [r for r in rs if centre is None or r.reach(d) < 0.8 * math.hypot(d.x - discs[centre].x,
                                                                                    d.y - discs[centre].y)]
            if _on(d, own, e.x, e.y, tol) is not None:
                moons[j] = (i, dist)
                break
    # a small disc beside a planet whose moon circles did not survive (a faint dotted circle, blurred):
    # a moon of the nearest larger disc within 5 of its radii, when it lies on none of the centre's circles
    c0 = discs[centre] if centre is not None else None
    for j, e in enumerate(discs):
        if j == centre or j in moons:
            continue
        if c0 is not None and _on(c0, orbit_rings, e.x, e.y, tol) is not None:
            continue
        near = [(math.hypot(e.x - d.x, e.y - d.y), i) for i, d in enumerate(discs)
                if i not in (j, centre) and i not in moons and e.r <= 0.6 * d.r]
        near = [(g, i) for g, i in near if g <= 5 * discs[i].r]
        if near:
            g, i = min(near)
            moons[j] = (i, g)
    on_ring: dict[int, int] = {}
    stray: list[int] = []
    if centre is not None:
        c = discs[centre]
        for j, e in enumerate(discs):
            if j == centre or j in moons:
                continue
            k = _on(c, orbit_rings, e.x, e.y, tol)
            if k is None:
                stray.append(j)
            else:
                on_ring[j] = k
    else:
        stray = list(range(n))
    # a label belongs to the disc whose edge (or outermost moon circle) is nearest its box
    extent = {}
    for i, d in enumerate(discs):
        own = [m[1] for j, m in moons.items() if m[0] == i]
        extent[i] = max([d.r] + [x + discs[j].r for x, j in zip(own, [j for j, m in moons.items() if m[0] == i])])
    label_at: dict[int, int | None] = {}
    for li, lb in enumerate(fig.labels):
        x0, y0, x1, y1 = lb.box
        h = max(y1 - y0, 4)
        best_i, best_g = None, None
        for i, d in enumerate(discs):
            gx = max(x0 - d.x, 0, d.x - x1)
            gy = max(y0 - d.y, 0, d.y - y1)
            g = math.hypot(gx, gy) - (d.r if i == centre else extent[i])
            if best_g is None or g < best_g:
                best_i, best_g = i, g
        label_at[li] = best_i if best_g is not None and best_g <= 2.5 * h + 8 else None
    return Roles(centre, orbit_r, on_ring, moons, stray, label_at)
