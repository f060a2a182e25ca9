"""Ruled paper: the faint printed lines of squared (graph) paper, lined exercise-book paper or a chart's grid,
taken off a figure drawn over them, so the readers see the drawing and not the paper.

A sketch photographed on squared paper has hundreds of faint straight lines crossing every curve; a reader
looking for closed curves, a circuit's wires or a triangle's sides finds the grid instead. The ruling is
told from the drawing by what printed ruling is (ISO 216 exercise books, graph paper, matplotlib's grid):

1. **Long and straight.** Ink (darker than the local paper, found by a grey closing of ``PAPER_WINDOW`` px
   that removes thin lines, and averaged over ``AVERAGE`` px along the run so grain cancels) that, smeared ``SMEAR`` px across, runs straight for ``RUN`` of the image's side
   (``RUN_MAX`` px at most, so a photographed page's ~1° perspective tilt still leaves a run) in one
   direction.
2. **An even family.** At least ``FAMILY`` such lines in one direction, each spanning ≥ ``SPAN`` of the
   image, spread over ≥ ``SPREAD`` of it at one pitch (``EVEN`` of them one or two pitches, within ``PITCH_TOL``,
   from a neighbour; only those are the paper's): one long line is a drawing's (an axis, a wire, a side); an evenly spaced family of
   them is the paper's.
3. **Faint.** The family's median darkness is at most ``FAINT`` of the drawing's darkest ink (its 99th
   percentile): printed ruling is light; a pencil or pen stroke is several times darker.

Only the ruling's own pixels no darker than ``KEEP`` × its median darkness are painted with the local paper
colour; where the drawing's stroke crosses a rule (darker) the stroke stays whole. A figure with no such
family is returned unchanged (the same array).
"""
from __future__ import annotations

import numpy as np

__all__ = ["deskew", "off_sheet", "unrule"]

PAPER_WINDOW = 9    # px: grey closing window (wider than a rule and a pencil stroke, narrower than a grid cell)
LIGHT = 6.0         # 0–255 grey: darker than the local paper by this is ink (scan grain and JPEG ≲ 3)
SMEAR = 3           # px across a line: a rule tilted by a photo's perspective stays one run
RUN = 0.25          # × the image's side along the run: the opening length
RUN_MAX = 120       # px: at most (a 1-px rule tilted 1° drifts a px every 57 px; smeared 3 px it keeps ≥ 170)
SPAN = 0.7          # × the image's side: a rule of the paper runs nearly across it (a chart's 3-D pane grid does not)
FAMILY = 5          # parallel long lines in one direction that make a ruling
PITCH_TOL = 0.2     # a gap within this of a whole number of pitches (a photo's perspective changes the pitch a little)
EVEN = 0.7          # share of the long lines that must be so (the rest are the drawing's)
SPREAD = 0.5        # × the image's side across the rules: the family covers at least this much
FAINT = 0.45        # the ruling's median darkness at most this share of the drawing's darkest ink
AVERAGE = 31        # px along a run over which the darkness is averaged before it is thresholded
KEEP = 2.0          # a pixel of a rule darker than this × the ruling's median darkness is the drawing's


def _family(d: np.ndarray, axis: int) -> np.ndarray | None:
    """The long straight runs along ``axis`` (1: horizontal, 0: vertical) of the darkness ``d`` when they
    make a family (≥ FAMILY spanning ≥ SPAN of the image), as a mask; None otherwise. The darkness is first
    averaged over ``AVERAGE`` px along the run: a rule keeps its darkness, scan grain and paper texture
    (random from pixel to pixel) average to nothing."""
    from scipy import ndimage as ndi
    ink = ndi.uniform_filter1d(d, AVERAGE, axis=axis) > LIGHT
    H, W = ink.shape
    along = W if axis == 1 else H
    L = int(min(max(RUN * along, 20), RUN_MAX))
    smear = np.ones((SMEAR, 1) if axis == 1 else (1, SMEAR), bool)
    sm = ndi.binary_dilation(ink, structure=smear)
    runs = ndi.binary_opening(sm, structure=np.ones((1, L) if axis == 1 else (L, 1), bool))
    lab, n = ndi.label(runs, structure=np.ones((3, 3), bool))
    if n < FAMILY:
        return None
    keep = np.zeros(n + 1, bool)
    for k, sl in enumerate(ndi.find_objects(lab), start=1):
        if sl is None:
            continue
        span = (sl[1].stop - sl[1].start) if axis == 1 else (sl[0].stop - sl[0].start)
        across = (sl[0].stop - sl[0].start) if axis == 1 else (sl[1].stop - sl[1].start)
        # a rule is long and thin: across it at most its tilt (≤ 3 % of its length) and the smear
        keep[k] = span >= SPAN * along and across <= 0.03 * span + 3 * SMEAR
    if keep.sum() < FAMILY:
        return None
    # printed ruling is evenly spaced across the sheet: a rule lies one pitch (or two, where the drawing hides
    # one) from the rule before or after it; the long lines that do not (a drawn side, a floor, the sheet's
    # edge) are the drawing's and stay
    pos = []
    for k, sl in enumerate(ndi.find_objects(lab), start=1):
        if sl is not None and keep[k]:
            a = sl[0] if axis == 1 else sl[1]
            pos.append(((a.start + a.stop) / 2, k))
    pos.sort()
    xs = np.array([p for p, _ in pos])
    gaps = np.diff(xs)
    gaps = gaps[gaps > 2 * SMEAR]          # one rule found twice (its two edges) is one
    if len(gaps) < FAMILY - 1:
        return None
    pitch = float(np.median(gaps))

    def fits(g: float) -> bool:
        m = g / pitch
        return 0.5 <= m <= 2.5 and abs(m - round(m)) <= PITCH_TOL
    member = [(j > 0 and fits(xs[j] - xs[j - 1])) or (j + 1 < len(xs) and fits(xs[j + 1] - xs[j]))
              for j in range(len(xs))]
    on = xs[np.array(member, bool)]
    across = H if axis == 1 else W
    if len(on) < FAMILY or len(on) < EVEN * len(xs) or on[-1] - on[0] < SPREAD * across:
        return None
    rule = np.zeros(n + 1, bool)
    for (_, k), m in zip(pos, member):
        rule[k] = m
    return rule[lab] & (d > LIGHT)


def unrule(rgb: np.ndarray) -> np.ndarray:
    """``rgb`` with the paper's ruling painted over (module docstring); ``rgb`` itself when it has none."""
    from scipy import ndimage as ndi
    a = np.asarray(rgb)[..., :3]
    H, W = a.shape[:2]
    if min(H, W) < 60:
        return rgb
    g = a.astype(np.float32).mean(axis=2)
    paper = ndi.grey_closing(g, size=(PAPER_WINDOW, PAPER_WINDOW))
    d = paper - g
    ink = d > LIGHT
    if not ink.any():
        return rgb
    rules = np.zeros_like(ink)
    for axis in (1, 0):
        fam = _family(d, axis)
        if fam is not None:
            rules |= fam
    if rules.sum() < 50:
        return rgb
    level = float(np.median(d[rules]))
    darkest = float(np.percentile(d[ink], 99))
    if level > FAINT * darkest:
        return rgb    # the long lines are as dark as the drawing: they are the drawing's
    paint = ndi.binary_dilation(rules, iterations=1) & (d <= KEEP * level)
    out = np.array(a, dtype=np.uint8, copy=True)
    # the local paper's colour, per channel (a grey closing of each channel, as for the darkness)
    for c in range(3):
        ch = ndi.grey_closing(a[..., c], size=(PAPER_WINDOW, PAPER_WINDOW))
        out[..., c][paint] = ch[paint]
    return out


DESKEW_MAX = 2.5     # degrees: a scan or photo set askew by at most this much is straightened (a drawn slope is more)
DESKEW_MIN = 0.15    # degrees: less is no tilt (a long line's pixel steps)
DESKEW_SIDE = 700    # px: the longer side of the copy the tilt is measured on
DESKEW_INK = 0.12    # share of that copy that may be ink (line work); more is a photo or a rendering
DESKEW_AGREE = 0.5   # share of the long near-level lines' length within DESKEW_MIN of the tilt found


def deskew(rgb: np.ndarray) -> np.ndarray:
    """``rgb`` turned level when it was scanned or photographed askew: a textbook scan's page is set 0.3–1°
    off, so a ray diagram's axis, a floor or a wire is no longer level and readers that look for level (or
    upright) lines miss it. The tilt is that of the figure's long straight lines within ``DESKEW_MAX`` of
    level or upright (found by a probabilistic Hough transform, ≥ a quarter of the image long): their
    length-weighted median (each line's angle refitted to its pixels), taken when it is at least ``DESKEW_MIN``
    and shared (within ``DESKEW_MIN``) by two lines or more and ``DESKEW_AGREE`` of their length — the axis, the dimension lines and a frame of a scan
    lean together; a ray drawn at a slight slope beside a level axis does not move it. ``rgb`` itself when
    it is level."""
    import cv2
    a = np.ascontiguousarray(np.asarray(rgb)[..., :3])
    H, W = a.shape[:2]
    if min(H, W) < 60:
        return rgb
    # found on a copy reduced to DESKEW_SIDE px (an angle to ≈ 0.1° still) with at most DESKEW_INK of it ink:
    # a photograph or a rendering full of texture has no line work to level by
    f = max(1, int(np.ceil(max(H, W) / DESKEW_SIDE)))
    h, w = H // f, W // f
    g = a[:h * f, :w * f].astype(np.float32).mean(axis=2).reshape(h, f, w, f).mean(axis=(1, 3))
    page = float(np.median(g))
    ink = np.abs(g - page) > 40
    if ink.mean() > DESKEW_INK or not ink.any():
        return rgb
    from skimage.morphology import skeletonize
    ink = skeletonize(ink).astype(np.uint8) * 255
    segs = cv2.HoughLinesP(ink, 1, np.pi / 1800, threshold=max(30, int(0.1 * min(h, w))),
                           minLineLength=int(0.25 * min(h, w)), maxLineGap=3)
    if segs is None:
        return rgb
    ys, xs = np.nonzero(ink)
    P = np.c_[xs, ys].astype(np.float64)
    ang, wt, where = [], [], []
    for x0, y0, x1, y1 in np.asarray(segs).reshape(-1, 4):
        # the Hough segment's angle is coarse (a 0.4° line breaks into level runs a px apart): refined by a
        # total-least-squares fit to the line work within 2 px of it, twice
        p0 = np.array([x0, y0], float)
        d = np.array([x1 - x0, y1 - y0], float)
        d /= max(float(np.hypot(*d)), 1e-9)
        for _ in range(2):
            rel = P - p0
            near = np.abs(rel[:, 0] * d[1] - rel[:, 1] * d[0]) <= 2.0
            if near.sum() < 10:
                break
            Q = P[near]
            p0 = Q.mean(axis=0)
            _, _, vt = np.linalg.svd(Q - p0, full_matrices=False)
            d = vt[0]
        t = float(np.degrees(np.arctan2(d[1], d[0])))
        t = (t + 90.0) % 180.0 - 90.0            # −90…90
        for off in (0.0, 90.0, -90.0):           # level, or upright (taken as its lean from upright)
            if abs(t - off) <= DESKEW_MAX:
                ang.append(t - off)
                wt.append(float(np.hypot(x1 - x0, y1 - y0)))
                # which line: its distance from the origin across it (two Hough pieces of one line agree)
                where.append((off != 0.0, round(float(p0[0] * d[1] - p0[1] * d[0]) / 4.0)))
    if not ang:
        return rgb
    ang, wt = np.asarray(ang), np.asarray(wt)
    order = np.argsort(ang)
    cum = np.cumsum(wt[order])
    theta = float(ang[order][np.searchsorted(cum, cum[-1] / 2)])
    agree = np.abs(ang - theta) <= DESKEW_MIN
    lines = {where[j] for j in np.flatnonzero(agree)}
    if abs(theta) < DESKEW_MIN or len(lines) < 2 or wt[agree].sum() < DESKEW_AGREE * wt.sum():
        return rgb    # level, or one line alone (a drawn slope), or lines that do not lean together
    M = cv2.getRotationMatrix2D((W / 2, H / 2), theta, 1.0)
    return cv2.warpAffine(a, M, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)


OFF_SHEET = 0.02     # share of the image: a dark area this large at its edge is what lies beyond a photographed sheet


def off_sheet(rgb: np.ndarray, margin: int = 0) -> np.ndarray:
    """``rgb`` with what lies beyond a photographed sheet painted in the sheet's colour: a phone photo of a page
    shows the desk or the board round it, and a crop to the drawing keeps a strip of it along an edge — a
    dark band the readers would take for the darkest ink (every pencil stroke then reads faint) or for a
    drawn bar. Such an area is solid (it survives an opening by a 9-px square, which no stroke or letter
    does), ≥ ``OFF_SHEET`` of the image, differs from the page (the image's median grey) by > 40, and reaches
    the image's edge (within ``margin`` px: the page-coloured border a crop was padded with). ``rgb`` itself
    when there is none."""
    from scipy import ndimage as ndi
    a = np.asarray(rgb)[..., :3]
    H, W = a.shape[:2]
    if min(H, W) < 60:
        return rgb
    g = a.astype(np.float32).mean(axis=2)
    page = float(np.median(g))
    solid = ndi.binary_opening(np.abs(g - page) > 40, structure=np.ones((9, 9), bool))
    if not solid.any():
        return rgb
    lab, n = ndi.label(solid)
    m = margin + 2
    edge = np.zeros_like(solid)
    edge[:m + 1, :] = edge[-m - 1:, :] = True
    edge[:, :m + 1] = edge[:, -m - 1:] = True
    hit = np.unique(lab[edge & solid])
    hit = [k for k in hit if k > 0]
    if not hit:
        return rgb
    areas = np.bincount(lab.ravel(), minlength=n + 1)
    hit = [k for k in hit if areas[k] >= OFF_SHEET * H * W]
    if not hit:
        return rgb
    beyond = ndi.binary_dilation(np.isin(lab, hit), iterations=3)
    out = np.array(a, dtype=np.uint8, copy=True)
    out[beyond] = np.median(a[~beyond].reshape(-1, 3), axis=0).astype(np.uint8)
    return out

