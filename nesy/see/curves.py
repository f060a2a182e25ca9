"""Closed curves of a set (Euler/Venn) diagram drawn by another tool, read by shape, named by OCR.

nesy's own sets figures are read by their exact outline colours (``nesy.domains.sets``). A figure drawn
by matplotlib (or by hand) has its own palette: black or coloured outlines that cross each other (so one
connected piece of ink may hold several curves), or translucent fills whose overlaps mix colours, and
names written inside a set's own region or just beside its curve. This module reads such a figure
without knowing any colour:

1. **Boundaries.** The page colour is the most common one; a pixel is a boundary pixel where the
   colour changes fast (CIELAB gradient after a σ = 0.8 px blur above ``EDGE_DE`` ΔE/px): an outline
   gives a band along its stroke, a translucent fill a band along its rim, and a fill's rim crossing
   another fill is a boundary too. Small pieces (under ``GLYPH_FRAC`` of the image's longer side) are
   text glyphs or element dots; the rest are curves.
2. **Curves.** An axis-aligned rectangle (a universe) is a piece whose bounding box perimeter is
   ≥ ``COVER`` covered by its boundary pixels. Ellipses (circles included, any rotation) are found by
   RANSAC on the thinned boundary: conics through 5 points of one arc between crossings (or of two
   arcs), refitted to their inliers (Sampson distance ≤ ``TOL`` px) by least squares, kept when those
   cover ≥ ``COVER`` of the ellipse's perimeter in 72 angular bins; of several such, the one whose
   outline lies within ``TIGHT`` px of the boundary most of the way round wins (a conic straddling two
   crossing curves does not); its inliers are removed and the search repeats. Each curve's filled region is rasterised from its fitted outline.
3. **Dots and words.** A small piece whose ink fills a disc is an element dot; the other small pieces
   are grouped into words. Given the scene's names, a word is first compared with each name drawn by
   nesy's own renderer (``name_by_template``: nesy's grey figure is named so, with no OCR); a word no
   name matches is read by OCR (``nesy.see.ocr.read_line``) on a white page, when OCR is installed.
4. **Names.** ``assign_names`` gives each curve the word that names one of the scene's sets, by the
   least total distance (Hungarian) from each word to each curve's *own region* (inside it and outside
   every curve that does not hold it all), in units of the curve's radius, so a name written inside a
   set's own lune and a name written just beside its curve both count; a dot takes the nearest word
   naming an element.

Tolerances are measurement errors, not leniency: ``TOL`` = 3 px is the half-width of a blurred 2-px
stroke's boundary band; ``COVER`` = 0.8 leaves a fifth of a curve to labels and crossings drawn over it.
What cannot be read is returned as unread (a curve without a name, a word not matched), never guessed.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..errors import MissingExtraError

__all__ = ["Curve", "Dot", "Word", "Reading", "read_curves", "name_by_template", "assign_names", "EDGE_DE", "TOL", "COVER"]

EDGE_DE = 4.0        # ΔE per px: the gradient of a white→alpha-0.25 fill edge after σ 0.8 is ≳ 8, JPEG-90 noise ≲ 1.5
GLYPH_FRAC = 0.085   # pieces smaller than this share of the image's longer side are text or dots
TOL = 3.0            # px: inlier distance to a fitted outline
MAX_PIECES = 1500    # separate marks on one page beyond which it is no set diagram (a diagram with its words
                     # has a few hundred): read nothing, fail at once, instead of fitting and OCR-ing each
MAX_WORDS = 120      # word groups read by OCR at most (each read costs ~0.1–0.3 s)
MAX_RUNS = 200       # long straight runs per direction beyond which no rectangle is sought (quadratic)
COVER = 0.8          # share of a curve's perimeter its inliers must cover
TIGHT = 1.5          # px: a skeleton point of a drawn outline lies this close to its fit (rasterising ±1 px)
TIGHT_COVER = 0.5    # share of the perimeter that must be that close (a conic straddling two curves is not)
MAX_CURVES = 12
MAX_RECTS = 24       # rectangles beyond which a page is a grid or a table of boxes (each pair of long lines
                     # frames one), no set diagram's frames: none is read
TEXTURE = 0.6        # share of the large marks off every curve above which a textured reading is tried
                     # (hatched sets: ≥ 0.77, clean or degraded; outlines with long words: ≤ 0.47)
TEXTURE_FLAT = 0.25  # at the scale a texture is read at, the share of its large marks left off the curves
TEXTURE_SCALES = (2, 3, 4, 6)   # block sizes (px) tried, finest first
QUAD_FIT = 0.04     # a drawn frame's filled loop and its four-sided polygon differ by at most this share of its area
SKETCH_TOL = 0.006  # × the image's longer side: a hand-drawn outline's wobble about its ellipse (≈ 6 px at 1000 px)
SKETCH_LEFT = 0.3   # share of the large marks off every curve above which the sketch tolerance is tried
CORE = 0.6          # share of a dot's radius that must be solid ink (a bold letter's counter lies within it)


@dataclass
class Curve:
    """One closed curve: ``kind`` "ellipse" (params cx, cy, a, b, θ in px and radians) or "rect"
    (params x0, y0, x1, y1 px); ``region``: (H, W) bool, inside it; ``name``: the scene name read for it."""
    kind: str
    params: tuple
    region: np.ndarray
    name: str | None = None

    @property
    def radius(self) -> float:
        return float(np.sqrt(max(self.region.sum(), 1) / np.pi))


@dataclass
class Dot:
    """An element dot: centre (x, y) px, its pixels ``mask`` (H, W) bool, the name read for it."""
    x: float
    y: float
    mask: np.ndarray
    name: str | None = None


@dataclass
class Word:
    """A word read by OCR: text, box (x0, y0, x1, y1 px, end exclusive), confidence 0–1."""
    text: str
    box: tuple[int, int, int, int]
    score: float


@dataclass
class Reading:
    curves: list[Curve] = field(default_factory=list)
    dots: list[Dot] = field(default_factory=list)
    words: list[Word] = field(default_factory=list)
    pieces: int = 0          # separate marks on the page; above MAX_PIECES nothing else is read
    unread: int = 0          # words neither a template named nor OCR could read (no OCR installed)


def page_colour(rgb: np.ndarray) -> np.ndarray:
    """The most common colour (quantised to 4 levels a channel), as uint8 RGB."""
    q = (rgb[..., :3].astype(np.int64) // 4).reshape(-1, 3)
    key = (q[:, 0] << 12) | (q[:, 1] << 6) | q[:, 2]
    k = int(np.bincount(key).argmax())
    return (np.array([(k >> 12) & 63, (k >> 6) & 63, k & 63]) * 4 + 2).astype(np.uint8)


def boundaries(rgb: np.ndarray) -> np.ndarray:
    """(H, W) bool: pixels where the colour changes by more than ``EDGE_DE`` ΔE per px."""
    from scipy import ndimage as ndi
    from . import rgb_to_lab
    lab = rgb_to_lab(rgb[..., :3])
    g = np.zeros(lab.shape[:2], np.float32)
    for c in range(3):
        ch = ndi.gaussian_filter(lab[..., c], 0.8)
        g += ndi.sobel(ch, 0) ** 2 + ndi.sobel(ch, 1) ** 2
    return np.sqrt(g) / 8.0 > EDGE_DE


# ---------------------------------------------------------------------------------------- conics
def _conic_batch(P: np.ndarray) -> np.ndarray:
    """(N, k, 2) points → (N, 6) conics a x² + b xy + c y² + d x + e y + f = 0 (least squares, SVD)."""
    x, y = P[..., 0], P[..., 1]
    D = np.stack([x * x, x * y, y * y, x, y, np.ones_like(x)], axis=-1)
    _, v = np.linalg.eigh(np.einsum("nki,nkj->nij", D, D))   # the null direction of D: DᵀD's smallest
    return v[:, :, 0]


def _sampson(C: np.ndarray, pts: np.ndarray) -> np.ndarray:
    """(N, 6) conics, (M, 2) points → (N, M) first-order distances |Q| / |∇Q| in the points' units."""
    a, b, c, d, e, f = (C[:, i:i + 1] for i in range(6))
    x, y = pts[None, :, 0], pts[None, :, 1]
    q = a * x * x + b * x * y + c * y * y + d * x + e * y + f
    gx = 2 * a * x + b * y + d
    gy = b * x + 2 * c * y + e
    return np.abs(q) / np.maximum(np.hypot(gx, gy), 1e-9)


def _ellipse_params(C: np.ndarray) -> tuple[float, float, float, float, float] | None:
    """A conic → (cx, cy, a, b, θ) when it is a real ellipse, else None."""
    a, b, c, d, e, f = C
    den = b * b - 4 * a * c
    if den >= 0:
        return None
    cx = (2 * c * d - b * e) / den
    cy = (2 * a * e - b * d) / den
    M = np.array([[a, b / 2], [b / 2, c]])
    val = a * cx * cx + b * cx * cy + c * cy * cy + d * cx + e * cy + f
    w, V = np.linalg.eigh(M)
    if val == 0 or np.any(-val / w <= 0):
        return None
    ax = np.sqrt(-val / w)
    th = float(np.arctan2(V[1, 0], V[0, 0]))
    return float(cx), float(cy), float(ax[0]), float(ax[1]), th


def _ellipse_points(p, n: int = 360) -> np.ndarray:
    cx, cy, a, b, th = p
    t = np.linspace(0, 2 * np.pi, n, endpoint=False)
    x, y = a * np.cos(t), b * np.sin(t)
    return np.c_[cx + x * np.cos(th) - y * np.sin(th), cy + x * np.sin(th) + y * np.cos(th)]


def _coverage(p, pts: np.ndarray, tol: float) -> tuple[float, np.ndarray]:
    """Share of the ellipse's perimeter (72 bins of its parameter) with a boundary point within ``tol``
    px, and the mask of those points."""
    from scipy.spatial import cKDTree
    ring = _ellipse_points(p, 720)
    d, _ = cKDTree(pts).query(ring, distance_upper_bound=tol)
    near = np.isfinite(d)
    cover = near.reshape(72, 10).any(axis=1).mean()
    dd, _ = cKDTree(ring).query(pts, distance_upper_bound=tol + 0.5)
    return float(cover), np.isfinite(dd)


def _fill_ellipse(p, shape) -> np.ndarray:
    """(H, W) bool: pixel centres inside the ellipse ``p``."""
    cx, cy, a, b, th = p
    H, W = shape
    r = max(a, b) + 1
    y0, y1 = max(int(cy - r), 0), min(int(cy + r) + 2, H)
    x0, x1 = max(int(cx - r), 0), min(int(cx + r) + 2, W)
    m = np.zeros(shape, bool)
    if y0 >= y1 or x0 >= x1:
        return m
    yy, xx = np.mgrid[y0:y1, x0:x1]
    dx, dy = xx - cx, yy - cy
    u = dx * np.cos(th) + dy * np.sin(th)
    v = -dx * np.sin(th) + dy * np.cos(th)
    m[y0:y1, x0:x1] = (u / a) ** 2 + (v / b) ** 2 <= 1.0
    return m


def _arcs(thin: np.ndarray) -> list[np.ndarray]:
    """Pieces of a 1-px skeleton between its junctions, as (k, 2) x, y arrays (longest first)."""
    from scipy import ndimage as ndi
    nb = ndi.convolve(thin.astype(np.uint8), np.ones((3, 3), np.uint8), mode="constant") - 1
    junction = thin & (nb >= 3)
    cut = thin & ~ndi.binary_dilation(junction, iterations=2)
    lab, n = ndi.label(cut, structure=np.ones((3, 3), bool))
    out = []
    for k, sl in enumerate(ndi.find_objects(lab), start=1):
        ys, xs = np.nonzero(lab[sl] == k)
        if len(xs) >= 8:
            out.append(np.c_[xs + sl[1].start, ys + sl[0].start].astype(np.float64))
    out.sort(key=len, reverse=True)
    return out


def _find_ellipses(thin: np.ndarray, min_axis: float, rng: np.random.Generator,
                   tol: float = TOL) -> list[tuple]:
    """RANSAC ellipses on a skeleton (see the module docstring); ``tol``: the inlier distance (px), the
    tight distance scaled with it."""
    tight_px = TIGHT * tol / TOL
    pts_all = np.c_[np.nonzero(thin)[1], np.nonzero(thin)[0]].astype(np.float64)
    alive = np.ones(len(pts_all), bool)
    found: list[tuple] = []
    H, W = thin.shape
    while len(found) < MAX_CURVES and alive.sum() >= 20:
        pts = pts_all[alive]
        m = np.zeros_like(thin)
        m[pts[:, 1].astype(int), pts[:, 0].astype(int)] = True
        arcs = _arcs(m)
        if not arcs:
            break
        samples = []
        long = [a for a in arcs if len(a) >= 12][:24]
        for a in long:  # five points spread along one arc
            for _ in range(12):
                idx = np.sort(rng.choice(len(a), 5, replace=False))
                samples.append(a[idx])
        for i in range(len(long)):  # two arcs of the same curve, split by a crossing
            for j in range(i + 1, len(long)):
                for _ in range(3):
                    s = np.r_[long[i][rng.choice(len(long[i]), 3, replace=False)],
                              long[j][rng.choice(len(long[j]), 2, replace=False)]]
                    samples.append(s)
        if not samples:
            break
        S = np.array(samples)
        mu, sc = pts.mean(axis=0), max(pts.std(), 1.0)
        C = _conic_batch((S - mu) / sc)
        # only ellipses compete: a line pair fitted to five points of a long straight side (a universe frame
        # the rectangle finder did not take — drawn by hand, photographed askew) holds that side's many
        # points and would crowd every ellipse out of the best candidates
        C = C[C[:, 1] ** 2 - 4 * C[:, 0] * C[:, 2] < 0]
        if not len(C):
            break
        sub = (pts - mu) / sc
        if len(sub) > 3000:
            sub = sub[rng.choice(len(sub), 3000, replace=False)]
        cands: list[tuple[int, int]] = []
        for k0 in range(0, len(C), 512):
            d = _sampson(C[k0:k0 + 512], sub) * sc
            n_in = (d <= tol).sum(axis=1)
            cands += [(int(n_in[k]), k0 + int(k)) for k in np.argsort(-n_in)[:16]]
        cands.sort(reverse=True)
        # the best-supported conics, refitted; of those that are a whole curve (≥ COVER of the perimeter
        # within TOL) the tightest wins: a true outline lies within TIGHT px nearly all round, a conic
        # straddling two crossing curves only in places
        hit = None
        for n_in, k in cands[:16]:
            p = _ellipse_params(C[k])
            if p is None or min(p[2], p[3]) * sc < min_axis:
                continue
            p = _refit(C[k], pts, mu, sc, tol)
            if p is None or min(p[2], p[3]) < min_axis or max(p[2], p[3]) > 2 * max(H, W):
                continue
            cover, used = _coverage(p, pts, tol)
            if cover < COVER:
                continue
            tight, _ = _coverage(p, pts, tight_px)
            if hit is None or tight > hit[0] + 1e-9:
                hit = (tight, p, used)
        if hit is None or hit[0] < TIGHT_COVER:
            break
        found.append(hit[1])
        idx = np.flatnonzero(alive)
        alive[idx[hit[2]]] = False
    return found


def _refit(conic: np.ndarray, pts: np.ndarray, mu: np.ndarray, sc: float, tol: float = TOL):
    """Least-squares ellipse through the points within ``tol`` of ``conic`` (normalised by mu, sc), three
    rounds; (cx, cy, a, b, θ) in image px or None."""
    p = None
    for _ in range(3):
        d = _sampson(conic[None], (pts - mu) / sc)[0] * sc
        inl = pts[d <= tol]
        if len(inl) < 10:
            return None
        conic = _conic_batch(((inl - mu) / sc)[None])[0]
        p = _ellipse_params(conic)
        if p is None:
            return None
    cx, cy, a, b, th = p
    return cx * sc + mu[0], cy * sc + mu[1], a * sc, b * sc, th


def _segments(m: np.ndarray, length: int, axis: int) -> list[tuple[float, int, int]]:
    """Straight boundary runs at least ``length`` px long along ``axis`` (1: horizontal, 0: vertical):
    (position across, start, end) in px."""
    from scipy import ndimage as ndi
    st = np.ones((1, length) if axis == 1 else (length, 1), bool)
    runs = ndi.binary_opening(m, structure=st)
    lab, _ = ndi.label(runs, structure=np.ones((3, 3), bool))
    out = []
    for k, sl in enumerate(ndi.find_objects(lab), start=1):
        if sl is None:
            continue
        across, along = (sl[0], sl[1]) if axis == 1 else (sl[1], sl[0])
        out.append(((across.start + across.stop - 1) / 2, along.start, along.stop - 1))
    return out


def _rectangles(big: np.ndarray) -> list[tuple[float, float, float, float]]:
    """Axis-aligned rectangles (x0, y0, x1, y1 px, centre lines) made of four straight boundary runs,
    each at least a fifth of the image's shorter side long, that meet at four corners within 3·TOL px
    (a crossing curve adds pixels to a side, never removes them); one of two opposite sides may run on
    past its corners, where it merged with a line parallel to it."""
    H, W = big.shape
    L = max(30, int(0.2 * min(H, W)))
    hs, vs = _segments(big, L, 1), _segments(big, L, 0)
    if len(hs) > MAX_RUNS or len(vs) > MAX_RUNS:
        return []   # a page ruled with hundreds of long lines (a grid, a table) frames no set diagram
    slack = 3 * TOL
    out = []
    for i, (yt, ax0, ax1) in enumerate(hs):
        for yb, bx0, bx1 in hs[i + 1:]:
            if yb - yt < L:
                continue
            if abs(ax0 - bx0) <= slack and abs(ax1 - bx1) <= slack:
                x0, x1 = (ax0 + bx0) / 2, (ax1 + bx1) / 2
            elif bx0 <= ax0 + slack and bx1 >= ax1 - slack or ax0 <= bx0 + slack and ax1 >= bx1 - slack:
                # one side runs on past the corners: it merged with a parallel line a few px away (a
                # nested frame's side beside its container's at half size); the shorter run is the side
                x0, x1 = max(ax0, bx0), min(ax1, bx1)
            else:
                continue
            left = [v for v in vs if abs(v[0] - x0) <= slack and v[1] <= yt + slack and v[2] >= yb - slack]
            right = [v for v in vs if abs(v[0] - x1) <= slack and v[1] <= yt + slack and v[2] >= yb - slack]
            if left and right:
                lx = min(left, key=lambda v: abs(v[0] - x0))[0]
                rx = min(right, key=lambda v: abs(v[0] - x1))[0]
                out.append((lx, yt, rx, yb))
            else:
                r = _rounded(big, vs, yt, yb, x0, x1, slack)
                if r is not None:
                    out.append(r)
    if len(out) > 4 * MAX_RECTS:
        return []
    # a frame drawn with a thick stroke shows two boundary lines per side: keep the outer rectangle
    out.sort(key=lambda r: -(r[2] - r[0]) * (r[3] - r[1]))
    keep: list[tuple[float, float, float, float]] = []
    for r in out:
        if not any(abs(r[0] - k[0]) <= slack and abs(r[1] - k[1]) <= slack and abs(r[2] - k[2]) <= slack
                   and abs(r[3] - k[3]) <= slack for k in keep):
            keep.append(r)
    return keep if len(keep) <= MAX_RECTS else []


def _rounded(big: np.ndarray, vs: list, yt: float, yb: float, x0: float, x1: float,
             slack: float) -> tuple[float, float, float, float] | None:
    """A rectangle with rounded corners (a slide's or a diagram editor's rounded box) whose top and bottom
    sides run from ``x0`` to ``x1`` at ``yt`` and ``yb``: each vertical side stands a corner's radius r out
    from the horizontal sides' ends and runs from r below the top to r above the bottom, the two radii alike
    (within ``slack``) and at most a quarter of the shorter side, and the boundary passes through each corner arc's midpoint (a
    quarter circle of radius r). Returns (x0, y0, x1, y1) of the box or None."""
    H, W = big.shape
    rmax = 0.25 * min(x1 - x0, yb - yt)

    def side(xe: float, out_sign: int) -> list[tuple[float, float]]:
        got = []
        for v in vs:
            r = out_sign * (v[0] - xe)
            if slack < r <= rmax and abs(v[1] - (yt + r)) <= slack and abs(v[2] - (yb - r)) <= slack:
                got.append((v[0], r))
        return got
    k = 1.0 - 1.0 / np.sqrt(2.0)
    for lx, rl in side(x0, -1):
        for rx, rr in side(x1, 1):
            if abs(rl - rr) > slack:
                continue
            r = 0.5 * (rl + rr)
            mids = [(lx + k * r, yt + k * r), (rx - k * r, yt + k * r),
                    (lx + k * r, yb - k * r), (rx - k * r, yb - k * r)]
            d = int(np.ceil(slack))
            if all(big[max(0, int(y) - d): min(H, int(y) + d + 1), max(0, int(x) - d): min(W, int(x) + d + 1)].any()
                   for x, y in mids):
                return (lx, yt, rx, yb)
    return None


def _is_dot(rgb: np.ndarray, sl, piece: np.ndarray, page: np.ndarray) -> bool:
    """A small piece is an element dot when its ink (``_piece_ink``: ΔE from the colour around it over half
    its largest, which is ≥ 40) fills a disc (``_disc_ink``) and is not of the page's own colour."""
    from . import rgb_to_lab
    h, w = piece.shape
    if not (0.6 <= h / max(w, 1) <= 1.6) or max(h, w) < 4:
        return False
    got = _piece_ink(rgb, sl, piece, page)
    if got is None:
        return False
    ink, lab = got
    if ink.sum() < 4:
        return False
    # a mark of the page's own colour ringed by ink is a gap — the counter of a bold letter ("P", "o"),
    # the page between strokes — not a dot drawn on the page
    page_lab = rgb_to_lab(page[None, None])[0, 0]
    if np.linalg.norm(np.median(lab[ink], axis=0) - page_lab) < 10:
        return False
    return _disc_ink(ink)


def _quads(big: np.ndarray, min_side: float) -> list[np.ndarray]:
    """Frames drawn askew or by hand (a universe photographed at a slant, sketched with a ruler): a large
    boundary piece that closes a loop whose outline is four straight sides — its filled loop matches the
    convex quadrilateral of ``cv2.approxPolyDP`` (2 % of the perimeter) within ``QUAD_FIT`` of its area and
    each side is ≥ ``min_side`` px. Returns the quadrilaterals' filled regions. A piece where curves cross
    (a frame touched by a circle) closes several loops and is left to the other finders."""
    import cv2
    from scipy import ndimage as ndi
    out = []
    closed = ndi.binary_closing(np.pad(big, 3), iterations=2)[3:-3, 3:-3]
    lab, n = ndi.label(closed, structure=np.ones((3, 3), bool))
    for k, sl in enumerate(ndi.find_objects(lab), start=1):
        if sl is None:
            continue
        piece = lab[sl] == k
        filled = ndi.binary_fill_holes(piece)
        inner = filled & ~piece
        if inner.sum() < 4 * piece.sum():
            continue   # no large loop inside: an open stroke, a line
        # the loop's inner region; one hole only (a frame crossed by another curve has several)
        hl, nh = ndi.label(inner)
        if nh != 1:
            continue
        cs, _ = cv2.findContours(filled.astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
        if len(cs) != 1:
            continue
        c = cs[0]
        poly = cv2.approxPolyDP(c, 0.02 * cv2.arcLength(c, True), True)
        if len(poly) != 4 or not cv2.isContourConvex(poly):
            continue
        P = poly[:, 0, :].astype(np.float64)
        sides = np.hypot(*(np.roll(P, -1, axis=0) - P).T)
        if sides.min() < min_side:
            continue
        reg = np.zeros(piece.shape, np.uint8)
        cv2.fillPoly(reg, [poly], 1)
        reg = reg.astype(bool)
        if abs(int(reg.sum()) - int(filled.sum())) > QUAD_FIT * filled.sum():
            continue
        full = np.zeros(big.shape, bool)
        full[sl] = reg
        out.append(full)
    return out


def _box(c: Curve, shape: tuple[int, int], pad: int) -> tuple[slice, slice]:
    """The slices of the image holding curve ``c``'s region with ``pad`` px around it (from its
    parameters: a rectangle's corners, an ellipse's centre and larger semi-axis), so that work on one
    curve's region costs its size, not the page's (a page of hundreds of boxes has hundreds of curves)."""
    H, W = shape
    if c.kind == "rect":
        x0, y0, x1, y1 = c.params
    else:
        cx, cy, a, b, _ = c.params
        r = max(a, b)
        x0, y0, x1, y1 = cx - r, cy - r, cx + r, cy + r
    return (slice(max(0, int(y0) - pad - 1), min(H, int(np.ceil(y1)) + pad + 2)),
            slice(max(0, int(x0) - pad - 1), min(W, int(np.ceil(x1)) + pad + 2)))


def _rims(curves: list[Curve], shape: tuple[int, int]) -> np.ndarray:
    """The union of the curves' rims: each region's pixels that touch its outside (computed within each
    curve's box; the same pixels as eroding the whole page)."""
    from scipy import ndimage as ndi
    rim = np.zeros(shape, bool)
    for c in curves:
        sl = _box(c, shape, 2)
        reg = c.region[sl]
        rim[sl] |= reg & ~ndi.binary_erosion(reg)
    return rim


def _take_band(big: np.ndarray, c: Curve, width: int, grow: int) -> None:
    """Take the band of curve ``c`` (its region's outermost ``width`` px) grown by ``grow`` px out of
    ``big``, within the curve's box (the same pixels as eroding and dilating the whole page)."""
    from scipy import ndimage as ndi
    sl = _box(c, big.shape, width + grow + 2)
    reg = c.region[sl]
    band = reg & ~ndi.binary_erosion(reg, iterations=width)
    big[sl] &= ~ndi.binary_dilation(band, iterations=grow)


def _fit_curves(big: np.ndarray, glyph_px: float, seed: int, tol: float = TOL) -> list[Curve]:
    """The closed curves of the large boundary pieces ``big`` (modified: each rectangle's band is taken
    out): rectangles of straight sides first (axis-aligned, then drawn askew: ``_quads``), then RANSAC
    ellipses on the thinned bands (closing merges a thick stroke's two sides); ``tol`` the inlier distance."""
    from scipy import ndimage as ndi
    from skimage.morphology import skeletonize
    H, W = big.shape
    curves = []
    for x0, y0, x1, y1 in _rectangles(big):
        reg = np.zeros((H, W), bool)
        reg[int(round(y0)):int(round(y1)) + 1, int(round(x0)):int(round(x1)) + 1] = True
        curves.append(Curve("rect", (x0, y0, x1, y1), reg))
    for c in curves:
        _take_band(big, c, int(2 * tol), int(2 * tol))
    for reg in _quads(big, max(30, 0.2 * min(H, W))):
        ys, xs = np.nonzero(reg)
        curves.append(Curve("rect", (float(xs.min()), float(ys.min()), float(xs.max()), float(ys.max())), reg))
        _take_band(big, curves[-1], int(2 * tol), int(3 * tol))
    closed = ndi.binary_closing(np.pad(big, 3), iterations=2)[3:-3, 3:-3]
    thin = skeletonize(closed)
    rng = np.random.default_rng(seed)
    for p in _find_ellipses(thin, max(0.5 * glyph_px / 2, 6.0), rng, tol):
        curves.append(Curve("ellipse", p, _fill_ellipse(p, (H, W))))
    return curves


def _unexplained(big: np.ndarray, curves: list[Curve]) -> float:
    """Share of the large boundary pieces' pixels farther than TOL + 3 px from every curve's rim (the
    half-width of a thick stroke's boundary band and its blur)."""
    from scipy import ndimage as ndi
    n = int(big.sum())
    if not n:
        return 0.0
    rim = _rims(curves, big.shape)
    near = ndi.binary_dilation(rim, iterations=int(TOL) + 3) if rim.any() else rim
    return float((big & ~near).sum()) / n


def _texture_curves(rgb: np.ndarray, seed: int) -> list[Curve]:
    """The closed curves of a figure whose sets are filled with a texture (hatching, cross-hatching,
    stipple), read where the texture is a flat tone: the page averaged over f × f blocks, at f = 2, 3,
    4, 6 px in turn — a block as wide as the texture's period averages its strokes into a tone, as a
    translucent fill shows one, while outlines and the steps between tones stay. The first scale at
    which the curves found explain all but ``TEXTURE_FLAT`` of that scale's large boundary pieces (the
    texture no longer draws edges of its own) is read; its curves are mapped back to full size, so a
    curve's position is known to about f/2 px. Empty when no scale does."""
    from scipy import ndimage as ndi
    H, W = rgb.shape[:2]
    for f in TEXTURE_SCALES:
        h, w = H // f, W // f
        if min(h, w) < 40:
            break
        sm = rgb[:h * f, :w * f].reshape(h, f, w, f, 3).mean(axis=(1, 3)).astype(np.uint8)
        edge = boundaries(sm)
        lab, n = ndi.label(edge, structure=np.ones((3, 3), bool))
        if n > MAX_PIECES:
            continue
        glyph_px = GLYPH_FRAC * max(h, w)
        big = np.zeros_like(edge)
        for k, sl in enumerate(ndi.find_objects(lab), start=1):
            if sl is not None and max(sl[0].stop - sl[0].start, sl[1].stop - sl[1].start) >= glyph_px:
                big[sl] |= lab[sl] == k
        curves = _fit_curves(big.copy(), glyph_px, seed)
        if not curves or _unexplained(big, curves) > TEXTURE_FLAT:
            continue
        out = []
        c0 = (f - 1) / 2   # block i covers full-size pixels i·f … i·f + f − 1
        for c in curves:
            if c.kind == "rect":
                x0, y0, x1, y1 = (v * f + c0 for v in c.params)
                reg = np.zeros((H, W), bool)
                reg[int(round(y0)):int(round(y1)) + 1, int(round(x0)):int(round(x1)) + 1] = True
                out.append(Curve("rect", (x0, y0, x1, y1), reg))
            else:
                cx, cy, a, b, th = c.params
                p = (cx * f + c0, cy * f + c0, a * f, b * f, th)
                out.append(Curve("ellipse", p, _fill_ellipse(p, (H, W))))
        return out
    return []


def _glyphs_beside_dots(dots: list[Dot], rgb: np.ndarray, page: np.ndarray) -> list[Dot]:
    """Dots that are a blurred letter of the name beside a dot: a small letter ("x") blurred by a pixel
    or so fills a disc, but its strokes, thinner than the blur, lose contrast while a dot's solid core
    keeps it (a 1.5-px stroke under σ = 1 px blur keeps ~0.55 of its contrast, a 6-px dot all of it). Of
    two dots closer than the smaller one's width, one whose strongest ΔE from the page is under 0.8 of
    the other's is such a letter; two dots of one marker are equally strong and both stay."""
    from . import rgb_to_lab
    if len(dots) < 2:
        return []
    page_lab = rgb_to_lab(page[None, None])[0, 0]
    peak, rad = [], []
    for d in dots:
        ys, xs = np.nonzero(d.mask)
        y0, x0 = ys.min(), xs.min()
        crop = rgb_to_lab(rgb[y0: ys.max() + 1, x0: xs.max() + 1])
        peak.append(float(np.linalg.norm(crop - page_lab, axis=-1)[d.mask[y0: ys.max() + 1, x0: xs.max() + 1]].max()))
        rad.append(float(np.sqrt(len(xs) / np.pi)))
    out = []
    for i, a in enumerate(dots):
        for j, b in enumerate(dots):
            gap = float(np.hypot(a.x - b.x, a.y - b.y)) - rad[i] - rad[j]
            if i != j and gap < 2 * min(rad[i], rad[j]) and peak[i] < 0.8 * peak[j] and a not in out:
                out.append(a)
    return out


def _disc_ink(ink: np.ndarray) -> bool:
    """Whether a mark's ink (bool, any box) fills a disc: ≥ 85 % of the disc inscribed in the ink's box
    is ink and ≥ 85 % of the ink lies in that disc grown by 1 px (letters, "o" and "x" among them, fail
    one or the other), and the disc's core (``CORE`` of its radius) is solid, ≥ 97 % ink: a bold letter
    as round as a dot ("e", "a", "o" in a heavy face) keeps its counter or its slit there, a dot does not."""
    ys, xs = np.nonzero(ink)
    if len(xs) < 4:
        return False
    ink = ink[ys.min(): ys.max() + 1, xs.min(): xs.max() + 1]
    h, w = ink.shape
    if not (0.7 <= h / w <= 1.4):
        return False
    yy, xx = np.mgrid[0:h, 0:w]
    r = min(h, w) / 2
    d = np.hypot(yy + 0.5 - h / 2, xx + 0.5 - w / 2)
    disc = d <= max(r - 0.5, 1.0)
    return (ink[disc].mean() >= 0.85 and ink[d <= r + 1].sum() >= 0.85 * ink.sum()
            and ink[d <= max(CORE * r, 1.0)].mean() >= 0.97)


def _piece_ink(rgb: np.ndarray, sl, piece: np.ndarray,
               page: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray] | None:
    """The ink of a small boundary piece, in its box: pixels whose ΔE from the colour around the box
    (``page`` where nothing is around it) is over half the largest (the 50 % crossing of a blurred edge is
    where the crisp edge was, so a blurred letter keeps the gaps between its strokes and a dot stays a
    disc), and the box's CIELAB colours; None when the piece is faint (largest ΔE < 40)."""
    from scipy import ndimage as ndi
    from . import rgb_to_lab
    h, w = piece.shape
    y0, x0 = sl[0].start, sl[1].start
    pad = 2
    Y0, X0 = max(y0 - pad, 0), max(x0 - pad, 0)
    crop = rgb[Y0: y0 + h + pad, X0: x0 + w + pad]
    lab = rgb_to_lab(crop)
    ring = np.ones(crop.shape[:2], bool)
    ring[y0 - Y0: y0 - Y0 + h, x0 - X0: x0 - X0 + w] = False
    if ring.any():
        around = np.median(lab[ring], axis=0)
    elif page is not None:
        around = rgb_to_lab(page[None, None])[0, 0]
    else:
        return None
    lab = lab[y0 - Y0: y0 - Y0 + h, x0 - X0: x0 - X0 + w]
    de = np.linalg.norm(lab - around, axis=-1)
    if de.max() < 40:
        return None
    return (de > 0.5 * de.max()) & ndi.binary_fill_holes(piece), lab


def _dots_within(rgb: np.ndarray, sl, piece: np.ndarray,
                 page: np.ndarray) -> tuple[list[np.ndarray], np.ndarray]:
    """Element dots drawn touching their name: a marker's halo (matplotlib's xkcd style strokes text and
    markers in white) or a thick pen joins the dot's boundary band with its letter's into one piece.
    Each connected piece of the ink (``_piece_ink``) that is not the page's colour, fills a disc
    (``_disc_ink``) and is at least twice as wide as the stroke of the rest of the ink is a dot — an
    i's tittle or a full stop is about one stroke wide. Returns each dot's ink, in the piece's box, and
    the piece's pixels nearer the other ink than every dot (the name's own boundary, read as a word)."""
    from scipy import ndimage as ndi
    from skimage.morphology import skeletonize
    from . import rgb_to_lab
    got = _piece_ink(rgb, sl, piece)
    if got is None:
        return [], piece
    ink, lab = got
    comp, n = ndi.label(ink, structure=np.ones((3, 3), bool))
    if n < 2:
        return [], piece
    page_lab = rgb_to_lab(page[None, None])[0, 0]
    out = []
    for k in range(1, n + 1):
        c = comp == k
        ys, xs = np.nonzero(c)
        if max(np.ptp(ys), np.ptp(xs)) + 1 < 4 or not _disc_ink(c):
            continue
        if np.linalg.norm(np.median(lab[c], axis=0) - page_lab) < 10:
            continue
        rest = ink & ~c
        if not rest.any():
            continue
        stroke = 2 * float(np.median(ndi.distance_transform_edt(rest)[skeletonize(rest)]))
        if min(np.ptp(ys), np.ptp(xs)) + 1 >= 2 * max(stroke, 1.0):
            out.append(c)
    if out:
        dots = np.logical_or.reduce(out)
        rest = ink & ~dots
        if rest.any():
            piece = piece & (ndi.distance_transform_edt(~rest) < ndi.distance_transform_edt(~dots))
        else:
            piece = np.zeros_like(piece)
    return out, piece


def _read_word(rgb: np.ndarray, box: tuple[int, int, int, int], keep: np.ndarray) -> tuple[str, float]:
    """OCR of one word: its pixels (``keep``) copied grey onto a white page with a margin, the rest page,
    scaled so the text is ~32 px high (the recogniser reads small text poorly)."""
    from .ocr import read_line
    x0, y0, x1, y1 = box
    h, w = y1 - y0, x1 - x0
    pad = max(int(0.5 * h), 4)
    src = rgb[y0:y1, x0:x1, :3].min(axis=-1).astype(np.float32)
    # the word's own background (a translucent fill) becomes white, its ink keeps its darkness
    bg = np.median(src[~keep[y0:y1, x0:x1]]) if (~keep[y0:y1, x0:x1]).any() else 255.0
    g = np.clip(src * 255.0 / max(bg, 1.0), 0, 255)
    g = np.where(keep[y0:y1, x0:x1] | (g < 200), g, 255)
    crop = np.full((h + 2 * pad, w + 2 * pad), 255, np.float32)
    crop[pad:pad + h, pad:pad + w] = g
    crop = np.repeat(crop[..., None], 3, axis=-1).astype(np.uint8)
    up = max(1, min(4, int(round(32 / max(h, 1)))))
    return read_line(crop, upscale=up)


def name_by_template(dk: np.ndarray, box: tuple[int, int, int, int], names: list[str], size: float,
                     tol: float) -> str | None:
    """The one of ``names`` whose text, as nesy's renderer draws it at ``size`` px, matches the ink
    (``lines.darkness``) of the word at ``box`` within ``tol`` (``lines.text_mismatch``); None when none
    does, or when two do. The name's anchor is put where its own ink would start at the top-left of
    the ink found in the box, at each quarter-pixel phase (the renderer places text at sub-pixel
    positions), with a ±2-px search. No OCR: this is how nesy's own undegraded figure is named. A name
    written as a variable (``render.typography.is_variable``: A, x) is compared in italic, as drawn."""
    from ..render.typography import is_variable
    from .lines import text_mismatch, text_template
    x0, y0, x1, y1 = box
    H, W = dk.shape
    crop = dk[max(y0 - 2, 0): min(y1 + 2, H), max(x0 - 2, 0): min(x1 + 2, W)]
    ys, xs = np.nonzero(crop > 0.02)
    if not len(xs):
        return None
    ix, iy = max(x0 - 2, 0) + int(xs.min()), max(y0 - 2, 0) + int(ys.min())
    hits: list[tuple[float, str]] = []
    for n in names:
        best = np.inf
        for fx in (0.0, 0.25, 0.5, 0.75):
            for fy in (0.0, 0.25, 0.5, 0.75):
                tpl = text_template(n, size, "start", fx, fy, is_variable(n))
                if tpl is None:
                    continue
                t, dx, dy = tpl
                # the template's ink starts 2 px into its crop, whose top-left is (dx, dy) from the anchor
                v, _ = text_mismatch(dk, n, size, ix - dx - 2 + fx, iy - dy - 2 + fy, "start", search=2,
                                     italic=is_variable(n))
                best = min(best, v)
        if best <= tol:
            hits.append((best, n))
    hits.sort()
    if len(hits) == 1 or (len(hits) > 1 and hits[1][0] > 2 * hits[0][0] + 0.05):
        return hits[0][1]
    return None


def read_curves(rgb: np.ndarray, *, seed: int = 0, names: list[str] | None = None, size: float = 0.0,
                tol: float = 0.0, _screened: bool = False) -> Reading:
    """Read the closed curves, element dots and words of a set diagram (module docstring). With
    ``names``, each word is first compared with those names drawn by nesy's renderer at ``size`` px
    (``name_by_template``; nesy's own figure is named so, without OCR); a word none of them matches is
    read by OCR when the OCR extra is installed, and left unread when it is not."""
    from scipy import ndimage as ndi
    rgb = np.ascontiguousarray(rgb[..., :3])
    H, W = rgb.shape[:2]
    page = page_colour(rgb)
    edge = boundaries(rgb)
    lab, n = ndi.label(edge, structure=np.ones((3, 3), bool))
    big = np.zeros_like(edge)
    small = np.zeros_like(edge)
    if n > MAX_PIECES and not _screened:
        # thousands of specks: a fill screened into dots (a fax's ordered dither, a print's halftone) is read
        # as the tone the eye sees — the copy smoothed over the screen's period (σ = 1.5 px) — once
        soft = np.stack([ndi.gaussian_filter(rgb[..., i].astype(float), 1.5) for i in range(3)], axis=2)
        return read_curves(np.clip(np.round(soft), 0, 255).astype(np.uint8), seed=seed, names=names, size=size,
                           tol=tol, _screened=True)
    out = Reading(pieces=int(n))
    if n > MAX_PIECES:
        return out
    glyph_px = GLYPH_FRAC * max(H, W)
    for k, sl in enumerate(ndi.find_objects(lab), start=1):
        if sl is None:
            continue
        piece = lab[sl] == k
        h, w = piece.shape
        if max(h, w) >= glyph_px:
            big[sl] |= piece
        elif _is_dot(rgb, sl, piece, page):
            m = np.zeros((H, W), bool)
            m[sl] = ndi.binary_fill_holes(piece)
            ys, xs = np.nonzero(m)
            out.dots.append(Dot(float(xs.mean()), float(ys.mean()), m))
        else:
            dots, piece = _dots_within(rgb, sl, piece, page)
            for c in dots:
                m = np.zeros((H, W), bool)
                m[sl] = ndi.binary_dilation(c, iterations=1)
                ys, xs = np.nonzero(m)
                out.dots.append(Dot(float(xs.mean()), float(ys.mean()), m))
            small[sl] |= piece
    for d in _glyphs_beside_dots(out.dots, rgb, page):
        out.dots.remove(d)
        small |= d.mask & edge
    big0 = big.copy()
    out.curves = _fit_curves(big, glyph_px, seed)   # takes each frame's band out of big
    sk = max(TOL, SKETCH_TOL * max(H, W))
    if sk > TOL and _unexplained(big, out.curves) > SKETCH_LEFT:
        # most of the large marks lie off the curves found at a printed stroke's tolerance: a hand-drawn
        # figure's outlines wobble by more than a pen's blur — read again at a tolerance that grows with the
        # figure, and take that reading when it leaves fewer marks unexplained
        big2 = big0.copy()
        sketch = _fit_curves(big2, glyph_px, seed, sk)
        if sketch and _unexplained(big2, sketch) < _unexplained(big, out.curves):
            out.curves, big = sketch, big2
    textured = False
    if _unexplained(big, out.curves) > TEXTURE:
        # most of the large marks lie off every curve found: the sets may be filled with a texture
        # (hatching, stipple) whose strokes hide the outlines among their own junctions; the texture's
        # reading is taken when it finds more curves (long words written large also leave marks off
        # the curves — measured ≤ 0.47 of them — and read no better coarsened)
        tex = _texture_curves(rgb, seed)
        if len(tex) > len(out.curves):
            out.curves, textured = tex, True
    # ink of the large pieces that no curve explains is text written against a curve (a texture's
    # strokes are not)
    if out.curves and not textured:
        rim = _rims(out.curves, (H, W))
        small |= big & ~ndi.binary_dilation(rim, iterations=int(TOL) + 3)
    # words: the small pieces grouped across gaps of half their height
    if small.any():
        hs = [s[0].stop - s[0].start for s in ndi.find_objects(ndi.label(small, structure=np.ones((3, 3), bool))[0])
              if s is not None]
        gap = max(2, int(round(0.45 * float(np.median(hs)))))
        grown = ndi.binary_dilation(small, structure=np.ones((max(gap // 2, 1) * 2 + 1, 2 * gap + 1), bool))
        glab, _ = ndi.label(grown)
        dk = None
        for k, sl in enumerate(ndi.find_objects(glab), start=1):
            if sl is None or len(out.words) >= MAX_WORDS:
                continue
            keep = small[sl] & (glab[sl] == k)
            ys, xs = np.nonzero(keep)
            if len(xs) < 6:
                continue
            box = (int(sl[1].start + xs.min()), int(sl[0].start + ys.min()),
                   int(sl[1].start + xs.max() + 1), int(sl[0].start + ys.max() + 1))
            if names:
                if dk is None:
                    from .lines import darkness
                    dk = darkness(rgb)
                hit = name_by_template(dk, box, names, size, tol)
                if hit is not None:
                    out.words.append(Word(hit, box, 1.0))
                    continue
            kmask = np.zeros((H, W), bool)
            kmask[sl] = ndi.binary_dilation(keep, iterations=1)
            try:
                text, score = _read_word(rgb, box, kmask)
            except MissingExtraError:   # no OCR installed: the word stays unread, and is counted
                out.unread += 1
                continue
            if text.strip():
                out.words.append(Word(text.strip(), box, score))
    # a "dot" lying within a word's box, between its first and last glyph, is that word's own mark — the
    # tittle of an i or j, a full stop, the dot of "·" — never an element dot beside a label (a label is
    # written beside its dot, so the dot lies outside the label's box)
    for d in list(out.dots):
        for w in out.words:
            x0, y0, x1, y1 = w.box
            if x0 < d.x < x1 - 1 and y0 - 0.5 * (y1 - y0) < d.y < y1 and len(_norm(w.text)) >= 2:
                out.dots.remove(d)
                break
    return out


# ---------------------------------------------------------------------------------------- names
_CONFUSE = str.maketrans({"0": "O", "1": "I", "l": "I", "|": "I", "5": "S", "8": "B", "×": "x", "Х": "X"})


def _norm(s: str) -> str:
    return "".join(ch for ch in s if ch.isalnum())


def match_name(text: str, names: list[str]) -> str | None:
    """The scene name a reading shows: exact, then ignoring case, then through OCR's common confusions
    (O/0, I/l/1, S/5, B/8), then for a name of ≥ 4 letters within 40 % of its letters edited — only when
    one name fits best."""
    t = _norm(text)
    if not t:
        return None
    for key in (lambda s: s, lambda s: s.lower(), lambda s: s.translate(_CONFUSE).upper()):
        hit = [n for n in names if key(_norm(n)) == key(t)]
        if len(hit) == 1:
            return hit[0]
        if len(hit) > 1:
            return None
    # a longer name misread in a letter or two ("Rirds", "Birels" for "Birds"): the one nearest name within
    # 40 % of its letters, and strictly nearer than any other
    d = sorted((_edits(_norm(n).lower(), t.lower()), n) for n in names if len(_norm(n)) >= 4)
    if d and d[0][0] <= int(0.4 * len(_norm(d[0][1]))) and (len(d) == 1 or d[1][0] > d[0][0]):
        return d[0][1]
    return None


def _edits(a: str, b: str) -> int:
    """Levenshtein distance (insertions, deletions, substitutions)."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def own_regions(curves: list[Curve]) -> list[np.ndarray]:
    """Each curve's own region: inside it and outside every curve that does not hold all of it."""
    out = []
    for i, c in enumerate(curves):
        own = c.region.copy()
        for j, d in enumerate(curves):
            if j != i and not (c.region <= d.region).all():
                own &= ~d.region
        out.append(own if own.any() else c.region)
    return out


def word_costs(curves: list[Curve], words: list[Word], reach: float = 0.8) -> np.ndarray:
    """(words, curves) cost of a word naming a curve: its distance (px) to the curve's own region over
    the curve's radius; 1e6 beyond ``reach``."""
    from scipy import ndimage as ndi
    cost = np.full((len(words), len(curves)), 1e6)
    if not words or not curves:
        return cost
    dist = [ndi.distance_transform_edt(~o) for o in own_regions(curves)]
    for i, w in enumerate(words):
        x0, y0, x1, y1 = w.box
        for j, c in enumerate(curves):
            v = float(dist[j][y0:y1, x0:x1].min()) / max(c.radius, 1.0)
            if v <= reach:
                cost[i, j] = v
    return cost


def foreign_names(reading: Reading, unused: list[Word], *, min_score: float = 0.9,
                  reach: float = 0.8) -> dict[int, str]:
    """Curves left unnamed that carry a confidently read word naming nothing of the scene (a set
    labelled "D" where the text has "C"): curve index → that word. Only words with a letter, read at
    ``min_score`` or better, count — a garbled reading of the right name decides nothing."""
    free = [j for j, c in enumerate(reading.curves) if c.name is None]
    words = [w for w in unused if w.score >= min_score and any(ch.isalpha() for ch in w.text)]
    if not free or not words:
        return {}
    cost = word_costs(reading.curves, words, reach)
    out: dict[int, str] = {}
    for i, w in enumerate(words):
        j = int(np.argmin(cost[i]))
        if cost[i, j] < 1e6 and j in free and j not in out:
            out[j] = w.text
    return out


FOREIGN_SCORE = 0.8   # a dot's label read this surely, naming nothing of the scene, says the dot is another element


def _gap(dot: Dot, w: Word) -> float:
    """px from a dot's centre to a word's box (0 inside it)."""
    x0, y0, x1, y1 = w.box
    return float(np.hypot(max(x0 - dot.x, 0, dot.x - x1), max(y0 - dot.y, 0, dot.y - y1)))


def _sure_words(words: list[Word], min_score: float) -> list[Word]:
    """The words read at ``min_score`` or better that hold a letter or digit."""
    return [w for w in words if w.score >= min_score and any(ch.isalnum() for ch in w.text)]


def foreign_dots(reading: Reading, unused: list[Word], *, min_score: float = FOREIGN_SCORE) -> dict[int, str]:
    """Dots left unnamed whose label, read confidently, names nothing of the scene (an element "e" where
    the text lists a-d): dot index → that word. The word is the dot's when it lies within three word
    heights of it (as ``assign_names`` names dots) and no other dot is nearer to it; such a dot is never
    given to a missing element by structure — its label says it is another one."""
    words = _sure_words(unused, min_score)
    if not words or not reading.dots:
        return {}
    out: dict[int, str] = {}
    for w in words:
        d = sorted((_gap(dot, w), i) for i, dot in enumerate(reading.dots))
        i = d[0][1]
        if d[0][0] <= 3 * (w.box[3] - w.box[1]) and reading.dots[i].name is None and i not in out:
            out[i] = w.text
    return out


def assign_names(reading: Reading, set_names: list[str], element_names: list[str], *,
                 reach: float = 0.8, frame_names: set[str] | None = None) -> list[Word]:
    """Name the reading's curves and dots in place; returns the words that name nothing of the scene. A word names a curve at cost = its distance (px) to the curve's own region / the curve's
    radius, at most ``reach`` (a name is written in its set's own region or just beside its curve);
    the least total cost wins (Hungarian). A dot takes the word naming an element nearest to it within
    three word heights. ``frame_names``: where given, the only set names a frame — a rectangle holding
    every other curve — may take (the sets the text puts every other set in): a set's name written inside
    the page's frame, beside its own circle, names the circle."""
    from scipy.optimize import linear_sum_assignment
    curves = reading.curves
    framed = {j for j, c in enumerate(curves) if frame_names is not None and c.kind == "rect"
              and all((d.region <= c.region).all() for d in curves)}
    el_words = [(w, match_name(w.text, element_names)) for w in reading.words]
    # a word showing an element's name letter for letter names no set through OCR's confusions ("8" is not B)
    set_words = [(w, None if e is not None and not _exactly_other(w.text, e, set_names)
                  else match_name(w.text, set_names)) for w, e in el_words]
    unused = [w for (w, s), (_, e) in zip(set_words, el_words) if s is None and e is None]
    sw = [(w, n) for w, n in set_words if n is not None]
    if curves and sw:
        cost = word_costs(curves, [w for w, _ in sw], reach)
        for j in framed:
            for i, (_w, n) in enumerate(sw):
                if n not in frame_names:
                    cost[i, j] = 1e6
        r, cidx = linear_sum_assignment(cost)
        taken: set[str] = set()
        for i, j in sorted(zip(r, cidx), key=lambda t: cost[t[0], t[1]]):
            if cost[i, j] < 1e6 and sw[i][1] not in taken:
                curves[j].name = sw[i][1]
                taken.add(sw[i][1])
        # a name written further out (above its circle, or joined to it by a leader line) still names
        # the curve it is nearest to, when that is plain: among the curves no word named, the one whose
        # own region is nearest the word, at most 2/3 as far as any other — a read name decides the
        # naming, so a structure-only guess cannot hide a figure that puts a dot in the wrong set
        free = [j for j, c in enumerate(curves) if c.name is None]
        rest = [(w, n) for w, n in sw if n not in taken]

        if free and rest:
            from scipy import ndimage as ndi
            own = own_regions(curves)
            dist = {j: ndi.distance_transform_edt(~own[j]) for j in free}
            picks = []
            for w, n in rest:
                x0, y0, x1, y1 = w.box
                d = sorted((float(dist[j][y0:y1, x0:x1].min()), j) for j in free
                           if j not in framed or n in frame_names)
                if len(d) == 1 or d and d[0][0] <= (2 / 3) * d[1][0]:
                    picks.append((d[0][0], d[0][1], n))
            for _, j, n in sorted(picks):
                if curves[j].name is None and n not in taken:
                    curves[j].name = n
                    taken.add(n)
    ew = [(w, n) for w, n in el_words if n is not None]
    used: set[int] = set()
    # (at the OCR's own least confidence that decides: a dot's one-letter label reads at 0.8-0.9)
    own_label = _sure_words(unused, FOREIGN_SCORE)

    for dot in reading.dots:
        # a dot whose nearest word, read surely, names nothing of the scene is labelled as another element
        # ("e" where the text lists a-d): a farther name is not its (``foreign_dots`` reports it)
        near = min(((_gap(dot, w), w) for w in reading.words), key=lambda t: t[0], default=None)
        if near is not None and near[1] in own_label and near[0] <= 3 * (near[1].box[3] - near[1].box[1]):
            continue
        best = None
        for i, (w, n) in enumerate(ew):
            if i in used:
                continue
            d = _gap(dot, w)
            if d <= 3 * (w.box[3] - w.box[1]) and (best is None or d < best[0]):
                best = (d, i)
        if best is not None:
            used.add(best[1])
            dot.name = ew[best[1]][1]
    return unused


def word_elements(reading: Reading, set_names: list[str], element_names: list[str], *,
                  margin: float = 0.25) -> dict[str, list[Word]]:
    """Elements written as their bare name in the region they belong to, with no dot — the usual way a
    textbook, a slide or a hand sketch writes a Venn diagram's members ("1", "red" inside the circles): each
    element name → the words that show it and are no dot's label (a word within three of its heights of a
    dot labels that dot, as ``assign_names`` reads it) and no set's name, lying within the diagram (the
    curves' joint box grown by ``margin`` of its size on each side: a slide's page number or a caption's
    number far from the curves is no member). Several words for one name are returned as such (an element
    written twice is two marks, not one)."""
    if not reading.curves:
        return {}
    xs0, ys0, xs1, ys1 = [], [], [], []
    for c in reading.curves:
        ys, xs = np.nonzero(c.region)
        if len(xs):
            xs0.append(xs.min()), ys0.append(ys.min()), xs1.append(xs.max()), ys1.append(ys.max())
    if not xs0:
        return {}
    X0, Y0, X1, Y1 = min(xs0), min(ys0), max(xs1), max(ys1)
    mx, my = margin * (X1 - X0), margin * (Y1 - Y0)
    hs = [w.box[3] - w.box[1] for w in reading.words if w.score >= 0.9] or [w.box[3] - w.box[1] for w in reading.words]
    low = 0.5 * float(np.median(hs)) if hs else 0.0
    out: dict[str, list[Word]] = {}
    for w in reading.words:
        n = match_name(w.text, element_names)
        if n is None or _exactly_other(w.text, n, set_names):
            continue
        if w.score < 0.5 or w.box[3] - w.box[1] < low:
            continue   # a speck read as "I" (a margin's remnant) is no member written
        if any(_gap(d, w) <= 3 * (w.box[3] - w.box[1]) for d in reading.dots):
            continue
        x0, y0, x1, y1 = w.box
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        if X0 - mx <= cx <= X1 + mx and Y0 - my <= cy <= Y1 + my:
            out.setdefault(n, []).append(w)
    return out


def _exactly_other(text: str, name: str, others: list[str]) -> bool:
    """Whether a word read as ``name`` rather names one of ``others``: it matches one of them and does not
    show ``name`` letter for letter (a written "8" is element 8, not set B through OCR's 8/B confusion)."""
    o = match_name(text, others)
    return o is not None and not (_norm(text) == _norm(name) and _norm(text) != _norm(o))


def word_mask(w: Word, shape: tuple[int, int]) -> np.ndarray:
    """A word standing for an element, as a mark: the middle half of its box (a word written in its region
    may touch a neighbouring outline with a corner of its box; where it is written is its middle)."""
    x0, y0, x1, y1 = w.box
    qx, qy = (x1 - x0) / 4, (y1 - y0) / 4
    m = np.zeros(shape, bool)
    m[int(round(y0 + qy)): max(int(round(y1 - qy)), int(round(y0 + qy)) + 1),
      int(round(x0 + qx)): max(int(round(x1 - qx)), int(round(x0 + qx)) + 1)] = True
    return m
