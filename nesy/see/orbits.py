"""Orbit diagrams drawn by other tools, read by shape and label text, whatever their colours.

What is read from the pixels (no palette, no layout):

- **ink**: every pixel that differs from the page colour (the median of the image border) by more than
  ``INK_DIFF`` in some channel — pale pastel fills and faint blurred grey strokes included;
- **discs** (the star, planets, moons): filled round blobs. A stroke (orbit circle, letter) is thin, so
  the Euclidean distance of its pixels to the page stays near half its width; a disc's centre lies its
  radius away. Cores where that distance is at least ``max(1.5, 1.6 × stroke half-width)`` px are
  discs; the stroke half-width is measured on the figure itself (median over thin ink). Letters that
  blur or resampling thicken into blots are told apart: a disc is round, stands free of other ink just
  outside its edge, is filled with one colour (``MAX_SPREAD``), and does not run on into a line of text;
- **rings** (orbits): around a centre, the radii where the thin ink (discs and text removed) forms a
  circle — a radial histogram peak whose pixels cover ≥ ``RING_COVER`` of the angles (dashes, dots and
  the gaps where bodies and labels cross it included);
- **labels**: the ink left once discs and ring bands are removed, grouped into text lines and read with
  the OCR recogniser (``nesy.see.ocr.read_line``), each line attached to the disc whose edge is nearest.

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


@dataclass(frozen=True)
class Ring:
    """A circle of thin ink about a centre: radius (px) and the share of angles its pixels cover."""
    r: float
    cover: float


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
        # moon rings, a label) that touch it; a thick blot inside a word is ringed by more letters
        if _ring_ink(ink, d.x, d.y, d.r + 1.0, d.r + 2.5) > 0.45:
            continue
        # and it is filled with one colour: blurred letters merge into a blot of mixed ink and page
        if rgb is not None and _spread(rgb, d.x, d.y, max(1.0, 0.6 * (d.r - 0.5))) > MAX_SPREAD:
            continue
        discs.append(d)
    return discs, hw, edt


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
        if h < 5 or h > 80 or w < 4 or sub.sum() < 8:
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
    discs, hw, edt = _discs(ink, img)
    H, W = ink.shape
    yy, xx = np.mgrid[0:H, 0:W]

    def disc_px(ds: list[Disc]) -> np.ndarray:
        m = np.zeros_like(ink)
        for d in ds:
            x0, x1 = max(0, int(d.x - d.r - 3)), min(W, int(d.x + d.r + 4))
            y0, y1 = max(0, int(d.y - d.r - 3)), min(H, int(d.y + d.r + 4))
            m[y0:y1, x0:x1] |= np.hypot(xx[y0:y1, x0:x1] - d.x, yy[y0:y1, x0:x1] - d.y) <= d.r + 2.0
        return m
    on_disc = disc_px(discs)
    line = ink & ~on_disc
    band = max(1.5, 1.5 * hw + 0.5)
    rings = []
    diag = math.hypot(H, W)
    for d in discs:
        rings.append(rings_about(line, d.x, d.y, r_min=d.r + 2, r_max=diag, band=band))
    # label text: the ink that is neither a disc nor on a ring band
    on_ring = np.zeros_like(ink)
    for d, rs in zip(discs, rings):
        if not rs:
            continue
        rr = np.hypot(xx - d.x, yy - d.y)
        for r in rs:
            on_ring |= np.abs(rr - r.r) <= band + 0.5
    rest = ink & ~on_disc & ~on_ring
    # a small blot that runs on into a line of letters is a letter thickened by resampling ("o", "e"),
    # not a moon: a moon stands apart from its label (further than the letter gap)
    glyph = [k for k, d in enumerate(discs) if d.r <= 4 * max(hw, 1.0) and _in_text(rest, d, hw)]
    if glyph:
        discs = [d for k, d in enumerate(discs) if k not in glyph]
        rings = [r for k, r in enumerate(rings) if k not in glyph]
        on_disc = disc_px(discs)
        rest = ink & ~on_disc & ~on_ring
    labels: list[TextLabel] = []
    if ocr:
        from .ocr import read_line
        canvas = np.where((on_disc | on_ring)[..., None], page.astype(np.uint8), rgb[..., :3]).astype(np.uint8)
        if page.mean() < 128:
            canvas = 255 - canvas  # light text on a dark page: the recogniser reads dark on light
        for (x0, y0, x1, y1) in _text_lines(rest, hw):
            pad = max(3, (y1 - y0) // 3)
            crop = canvas[max(0, y0 - pad):min(H, y1 + pad), max(0, x0 - pad):min(W, x1 + pad)]
            up = 2 if (y1 - y0) >= 14 else 3 if (y1 - y0) >= 9 else 4
            # read twice: with the orbit lines erased (a line under a word confuses the recogniser) and as
            # drawn (erasing a circle that crosses a word takes bits of its letters); both are kept
            reads = [read_line(crop, upscale=up)]
            orig = rgb[max(0, y0 - pad):min(H, y1 + pad), max(0, x0 - pad):min(W, x1 + pad), :3]
            if on_ring[max(0, y0 - pad):min(H, y1 + pad), max(0, x0 - pad):min(W, x1 + pad)].any():
                reads.append(read_line(np.ascontiguousarray(255 - orig if page.mean() < 128 else orig), upscale=up))
            for text, score in reads:
                if text.strip():
                    labels.append(TextLabel(text.strip(), float(score), (x0, y0, x1, y1)))
    # a small blot inside a confidently read word is part of a letter (a "J" or "e" thickened by
    # resampling), not a moon: moons are drawn beside their labels, never inside them
    def in_word(d: Disc) -> bool:
        return any(lb.score >= 0.7 and len(re.sub(r"[^A-Za-z]", "", lb.text)) >= 2
                   and lb.box[0] <= d.x <= lb.box[2] and lb.box[1] <= d.y <= lb.box[3]
                   and d.r <= 0.6 * (lb.box[3] - lb.box[1]) for lb in labels)
    keep = [k for k, d in enumerate(discs) if not in_word(d)]
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


def _on(d: float, radii: list[float], tol: float) -> int | None:
    """Index of the circle a body at distance d lies on: the nearest, within ``tol`` px and nearer to it
    than to any other circle (less than half the gap to its neighbour)."""
    if not radii:
        return None
    k = int(np.argmin([abs(d - r) for r in radii]))
    gaps = [abs(radii[k] - r) for j, r in enumerate(radii) if j != k]
    lim = min([tol] + [0.45 * g for g in gaps])
    return k if abs(d - radii[k]) <= lim else None


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
        reach = rs[-1].r + tol
        inside = sum(1 for j, e in enumerate(discs) if j != i and math.hypot(e.x - d.x, e.y - d.y) <= reach)
        key = (inside, rs[-1].r)
        if best is None or key > best:
            best, centre = key, i
    orbit_r = [r.r for r in rings[centre]] if centre is not None else []
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
            own = [r.r for r in rs if centre is None or r.r < 0.8 * math.hypot(d.x - discs[centre].x,
                                                                               d.y - discs[centre].y)]
            if _on(dist, own, tol) is not None:
                moons[j] = (i, dist)
                break
    # a small disc beside a planet whose moon circles did not survive (a faint dotted circle, blurred):
    # a moon of the nearest larger disc within 5 of its radii, when it lies on none of the centre's circles
    c0 = discs[centre] if centre is not None else None
    for j, e in enumerate(discs):
        if j == centre or j in moons:
            continue
        if c0 is not None and _on(math.hypot(e.x - c0.x, e.y - c0.y), orbit_r, tol) is not None:
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
            k = _on(math.hypot(e.x - c.x, e.y - c.y), orbit_r, tol)
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
