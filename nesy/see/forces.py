"""Reading force diagrams drawn by other tools (matplotlib, a textbook's figure) by shape, not colour.

nesy's own free-body diagrams give every force its exact colour; another tool's figure may draw every
arrow black, or in colours of its own. This module reads what such a figure shows from its pixels alone:

- **ink**: how far each pixel is from the page, towards black *or* towards a saturated colour
  (``ink_strength``: the larger of ``lines.darkness`` and the chroma above the page's), so a yellow
  arrow and a black line are both ink and a pastel fill (the block, the incline's shading) is not;
- **arrows** (``Arrow``): a filled head is where the ink is much thicker than the drawing's strokes
  (distance transform ≥ 1.8 × the median stroke half-width), filled with one colour, roughly
  triangular (it fills 30–85 % of its box); the shaft is the longest straight run of ink of the head's
  own colour leaving it (rays cast from the head's centre every 1°, then 0.1°). It is not an arrow when
  the run goes on straight through the far side (two lines crossing), when a second straight run leaves
  it one way only (a polygon's corner), or when the head is widest at its far end; the arrow points
  from the run's far end (the tail) through the head, along the principal axis of the shaft's pixels;
- **open heads** (``_open_arrows``): two short strokes leaving the tip backwards either side of the shaft
  (OpenCV's ``arrowedLine``, matplotlib's "->", a hand drawing): where exactly three strokes meet, the
  longest straight run is the shaft and the other two are mirror-image barbs 14–66° off it, nothing
  running on ahead of the tip;
- **straight lines** (``Segment``): probabilistic Hough segments of the ink's skeleton, merged along
  their line and refitted to the ink within 2 px (principal axis): the incline's surface, the floor;
- **text**: every line of text with its box (``nesy.see.ocr.read_page``), masked out of the ink before
  lines are looked for; an "arrow" wholly inside a text line is a glyph, and dropped.

A force's shaft read back into the junction it leaves (a body's centre, thick where lines meet) is
dropped (``_no_twins``): measured on benchmarks/other_tools_heldout.

Figures whose strokes are ≤ 2 px (80-dpi figures, copies resized ×0.5) are read at twice their size, where a
small head's thickness and a crossing of two lines differ by more than a pixel of the distance transform.

Measured on the matplotlib figures of ``benchmarks/other_tools/mechanics.py`` (80–150 dpi; clean, blurred
σ 1, JPEG 90, resized ×0.5; 100 arrows, 20 slopes): every arrow found, its direction within 0.8° of the
drawn one (shafts 24–200 px), a slope's within 0.4°. What a verifier checks these against is its own
business (``nesy.domains.mechanics.verify_other_tool``), which gets a ``ForceDiagram``.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

__all__ = ["Arrow", "Segment", "ForceDiagram", "ink_strength", "read_force_diagram", "angdiff", "coarse_segments"]

INK = 0.35           # a pixel this far from the page (0–1) is ink: a blurred 2-px stroke keeps ≥ 0.5
HEAD_FACTOR = 1.8    # a head's core is ≥ this × the strokes' half-width (heads are ≥ 3× as wide)
MIN_SHAFT = 8.0      # px: a head with a shorter straight run behind it is not an arrow


@dataclass(frozen=True)
class Arrow:
    """One arrow: ``tail`` and ``tip`` (x, y image px), ``angle`` (degrees counter-clockwise from +x,
    y up), shaft ``length`` (px), the head's ``colour`` (r, g, b)."""
    tail: tuple[float, float]
    tip: tuple[float, float]
    angle: float
    length: float
    colour: tuple[int, int, int]


@dataclass(frozen=True)
class Segment:
    """A straight line of ink from ``p0`` to ``p1`` (image px); ``angle`` in (−90, 90] degrees, y up."""
    p0: tuple[float, float]
    p1: tuple[float, float]
    angle: float
    length: float


@dataclass(frozen=True)
class ForceDiagram:
    """What a force diagram shows: its arrows, its long straight lines (longest first), its text lines
    ``(text, (x0, y0, x1, y1), score)`` and the strokes' half-width (px)."""
    arrows: tuple[Arrow, ...]
    segments: tuple[Segment, ...]
    texts: tuple[tuple[str, tuple[int, int, int, int], float], ...]
    half_width: float


def angdiff(a: float, b: float) -> float:
    """|a − b| in degrees, on the circle (0–180)."""
    return abs((a - b + 180.0) % 360.0 - 180.0)


def ink_strength(rgb: np.ndarray) -> np.ndarray:
    """(H, W) float32 0–1: the larger of darkness (``lines.darkness``) and chroma above the page's."""
    from .lines import darkness
    a = np.asarray(rgb, dtype=np.float32)[..., :3]
    chroma = (a.max(axis=2) - a.min(axis=2)) / 255.0
    page_c = float(np.median(chroma))
    return np.maximum(darkness(rgb), np.clip(chroma - page_c, 0, 1)).astype(np.float32)


def _page(rgb: np.ndarray) -> np.ndarray:
    a = np.asarray(rgb)[..., :3].reshape(-1, 3)
    packed = (a[:, 0].astype(np.int64) << 16) | (a[:, 1].astype(np.int64) << 8) | a[:, 2]
    v = np.bincount(packed).argmax()
    return np.array([(v >> 16) & 255, (v >> 8) & 255, v & 255], np.float32)


def _like(a: np.ndarray, colour: np.ndarray, page: np.ndarray, within: np.ndarray | None = None) -> np.ndarray:
    """Pixels that are ``colour`` laid over the page at ≥ 30 % cover (a thin or blurred stroke of it):
    page + α·(colour − page) with α ≥ 0.3, off that line by ≤ 25 % of α × the colour's distance from the page
    (+ 8 for JPEG's noise): a faint stroke of another hue is not taken for a faint stroke of this one.
    With ``within`` (a mask), only its pixels are tested (the rest are False): the ink is a few per cent of
    a figure, so this is what keeps one head's look-up cheap."""
    d = colour - page
    n2 = float(d @ d)
    if within is not None:
        out = np.zeros(a.shape[:2], bool)
        out[within] = _like(a[within][:, None, :], colour, page)[:, 0]
        return out
    rel = a - page
    alpha = (rel @ d) / n2
    resid = np.linalg.norm(rel - alpha[..., None] * d, axis=2)
    return (alpha >= 0.3) & (resid <= 0.25 * np.clip(alpha, 0, 1) * math.sqrt(n2) + 8.0)


def _runs(mask: np.ndarray, x0: float, y0: float, angs, start: float, stop: float, gap: int = 3) -> np.ndarray:
    """For each angle in ``angs`` (degrees, y up): the distance from (x0, y0) along it to the end of the
    ink run that begins within ``start`` px, gaps of up to ``gap`` px bridged; 0 when there is none."""
    H, W = mask.shape
    angs = np.atleast_1d(np.asarray(angs, float))
    t = np.arange(0.0, stop, 1.0)
    rad = np.radians(angs)[:, None]
    xs = np.round(x0 + t[None, :] * np.cos(rad)).astype(int)
    ys = np.round(y0 - t[None, :] * np.sin(rad)).astype(int)
    ok = (xs >= 0) & (xs < W) & (ys >= 0) & (ys < H)
    hit = np.zeros(xs.shape, bool)
    hit[ok] = mask[ys[ok], xs[ok]]
    if not hit.shape[1]:
        return np.zeros(len(angs))
    # (all rays at once) the run ends at its first ink sample whose next ink sample lies more than gap + 1
    # samples on (or that has none)
    T = hit.shape[1]
    pos = np.where(hit, np.arange(T)[None, :], 2 * T + gap + 2)
    nxt = np.minimum.accumulate(pos[:, ::-1], axis=1)[:, ::-1]
    nxt = np.concatenate([nxt[:, 1:], np.full((len(angs), 1), 2 * T + gap + 2)], axis=1)
    brk = hit & (nxt - np.arange(T)[None, :] > gap + 1)
    first = np.argmax(hit, axis=1)
    ok_run = hit.any(axis=1) & (t[first] <= start)
    return np.where(ok_run, t[np.argmax(brk, axis=1)], 0.0)


def _run(mask: np.ndarray, x0: float, y0: float, ang: float, start: float, stop: float, gap: int = 3) -> float:
    """``_runs`` for one angle."""
    return float(_runs(mask, x0, y0, [ang], start, stop, gap)[0])


def _stroke_half_width(ink: np.ndarray, dt: np.ndarray) -> float:
    from skimage.morphology import skeletonize
    sk = skeletonize(ink)
    v = dt[sk]
    return max(float(np.median(v)) if v.size else 1.0, 0.7)


def _arrows(rgb: np.ndarray, ink: np.ndarray, strength: np.ndarray, dt: np.ndarray, w: float, page: np.ndarray) -> list[Arrow]:
    from scipy import ndimage as ndi
    H, W = ink.shape
    thr = max(HEAD_FACTOR * w, w + 1.0)
    core = dt >= thr
    lab, n = ndi.label(core, structure=np.ones((3, 3), bool))
    out: list[Arrow] = []
    a = np.asarray(rgb, np.float32)[..., :3]
    max_area = (0.12 * min(H, W)) ** 2
    rr = int(math.ceil(thr)) + 1
    yy, xx = np.mgrid[-rr:rr + 1, -rr:rr + 1]
    disk = (xx ** 2 + yy ** 2) <= rr ** 2
    for k, sl in enumerate(ndi.find_objects(lab), start=1):
        if sl is None:
            continue
        y0, y1 = max(sl[0].start - rr - 1, 0), min(sl[0].stop + rr + 1, H)
        x0, x1 = max(sl[1].start - rr - 1, 0), min(sl[1].stop + rr + 1, W)
        c = lab[y0:y1, x0:x1] == k
        cy_, cx_ = np.nonzero(c)
        colour = np.median(a[cy_ + y0, cx_ + x0], axis=0)
        dist_pg = float(np.linalg.norm(colour - page))
        if dist_pg < 40:
            continue
        # a head is filled with one colour; where two lines of different colours cross (a black ceiling and
        # a brown rope) the thick spot is a mix of both
        spread = float(np.median(np.linalg.norm(a[cy_ + y0, cx_ + x0] - colour, axis=1)))
        if spread > 0.15 * dist_pg:
            continue
        # the head's own pixels: ink of its colour (within half its distance from the page) around the core
        near = np.linalg.norm(a[y0:y1, x0:x1] - colour, axis=2) <= 0.5 * dist_pg
        region = ndi.binary_dilation(c, structure=disk) & ink[y0:y1, x0:x1] & near
        ys, xs = np.nonzero(region)
        if len(xs) < 8 or len(xs) > max_area:
            continue
        ys, xs = ys + y0, xs + x0
        pts = np.column_stack([xs, -ys]).astype(float)
        cen = pts.mean(axis=0)
        _, _, vt = np.linalg.svd(pts - cen, full_matrices=False)
        pr = (pts - cen) @ vt.T
        ext = pr.max(axis=0) - pr.min(axis=0) + 1
        fill = len(xs) / float(ext[0] * ext[1])
        if not (0.3 <= fill <= 0.85) or ext[0] > 4 * ext[1] or ext[1] < 5.0 * w or int(c.sum()) < 3:
            continue       # a rectangle (a filled block), a thick line: not a triangular head
        # the shaft: ink of the head's colour
        cm = _like(a, colour, page, within=ink)
        cm_wide = ndi.binary_dilation(cm, structure=np.ones((3, 3), bool))
        cx, cy = cen[0], -cen[1]
        reach = float(np.hypot(*ext)) / 2 + 2
        stop = float(np.hypot(H, W))
        runs = _runs(cm, cx, cy, np.arange(360), reach, stop)
        order = np.argsort(-runs)
        best = None
        for ang in order[:40]:
            ang = float(ang)
            u = np.array([math.cos(math.radians(ang + 180)), math.sin(math.radians(ang + 180))])
            # the shaft leaves the head's wide end: a head widest at its far end points the other way
            t = (pts - cen) @ u
            v = (pts - cen) @ np.array([-u[1], u[0]])
            bins = np.round(t).astype(int)
            widths = {b: float(v[bins == b].max() - v[bins == b].min()) for b in np.unique(bins)}
            t_wide = max(widths, key=lambda b: (widths[b], -abs(b)))
            if t_wide - t.min() > 1.5 * (t.max() - t_wide):
                continue
            best = ang
            break
        if best is None or runs[int(best)] - reach < MIN_SHAFT:
            continue
        # a head ends its line: ink running on straight through the "tip" is a crossing of two lines
        fwd = max(runs[int(best + 180 + e) % 360] for e in (-1, 0, 1))
        if fwd - reach >= 2 * MIN_SHAFT:
            continue
        # one straight run only (and its continuation through the tip, a rope): a polygon's corner has two
        # (measured on the ink grown by 1 px: the corner's centre lies between its two edges' centre lines)
        # (a line the head merely touches runs on both ways from it, and does not count)
        gs = [g for g in range(0, 360, 2) if angdiff(g, best) > 20 and angdiff(g, best + 180) > 20]
        side = dict(zip(gs, _runs(cm_wide, cx, cy, gs, reach, stop)))
        edges = [r for g, r in side.items() if r - reach >= 3 * MIN_SHAFT and
                 max(side.get((g + 180 + e) % 360, 0.0) for e in (-4, -2, 0, 2, 4)) - reach < MIN_SHAFT]
        if edges:
            continue
        ds = best + np.arange(-1.5, 1.51, 0.1)
        fine = list(zip(_runs(cm, cx, cy, ds, reach, stop), ds))
        top = max(f[0] for f in fine)
        near = [g for f, g in fine if f >= top - 1]
        back = float(np.mean(near))
        L = top
        # the shaft's pixels: head colour near the ray, between the head and the tail (its last quarter,
        # where other arrows leave the same point, left out); two passes, re-centred on the first fit
        ang_dir = (back + 180.0) % 360.0
        sy_, sx_ = np.nonzero(cm)
        wts = strength[sy_, sx_]
        axis, origin = back, np.array([cx, -cy])
        for _ in range(2):
            ux, uy = math.cos(math.radians(axis)), math.sin(math.radians(axis))
            dx, dy = sx_ - origin[0], -sy_ - origin[1]
            along = dx * ux + dy * uy
            perp = np.abs(-dx * uy + dy * ux)
            a0 = ((np.array([cx, -cy]) - origin) @ np.array([ux, uy])) + reach
            sel = (along > a0) & (along < a0 + (L - reach) * 0.75) & (perp <= max(2.0, 1.5 * w))
            if sel.sum() < 8 or L - reach < 15:
                break
            P = np.column_stack([sx_[sel], -sy_[sel]]).astype(float)
            wt = wts[sel]
            m = (P * wt[:, None]).sum(axis=0) / wt.sum()
            C = ((P - m) * wt[:, None]).T @ (P - m)
            _ev, evec = np.linalg.eigh(C)
            d = evec[:, -1]
            fit = math.degrees(math.atan2(d[1], d[0]))
            if angdiff(fit, back) > 90:
                fit += 180.0
            if angdiff(fit, back) > 6.0:
                break
            axis, origin = fit % 360.0, m
            ang_dir = (fit + 180.0) % 360.0
        ux, uy = math.cos(math.radians(back)), math.sin(math.radians(back))
        # a head sits astride its shaft: its pixels balance about the shaft's line (a polygon's corner,
        # with one edge running on as the "shaft", does not)
        ua = np.array([math.cos(math.radians(ang_dir)), math.sin(math.radians(ang_dir))])
        off = (pts - origin) @ np.array([-ua[1], ua[0]])
        if abs(float(off.mean())) > 0.2 * (off.max() - off.min()) or off.max() - off.min() < 3.0 * w:
            continue
        tip_t = ((pts - cen) @ -np.array([ux, uy])).max()
        tip = (cx - ux * tip_t, cy + uy * tip_t)
        tail = (cx + ux * L, cy - uy * L)
        ad = ang_dir if ang_dir <= 180 else ang_dir - 360.0
        out.append(Arrow((round(tail[0], 1), round(tail[1], 1)), (round(tip[0], 1), round(tip[1], 1)),
                         round(ad, 2), round(L + tip_t, 1), tuple(int(v) for v in colour)))
    return out


def _ink_arcs(ink: np.ndarray, x: float, y: float, r: float) -> int:
    """How many separate arcs of ink the circle of radius ``r`` about (x, y) crosses."""
    H, W = ink.shape
    t = np.linspace(0.0, 2 * math.pi, max(24, int(2 * math.pi * r)), endpoint=False)
    xs = np.clip(np.round(x + r * np.cos(t)).astype(int), 0, W - 1)
    ys = np.clip(np.round(y - r * np.sin(t)).astype(int), 0, H - 1)
    on = ink[ys, xs]
    if on.all() or not on.any():
        return 0
    return int(np.sum(on & ~np.roll(on, 1)))


def _open_arrows(rgb: np.ndarray, ink: np.ndarray, w: float) -> list[Arrow]:
    """Arrows with an open head — two short strokes (barbs) leaving the tip backwards either side of the
    shaft, as OpenCV's ``arrowedLine``, matplotlib's "->" and most hand drawings have: no filled core, so
    ``_arrows`` misses them. Where three strokes of the ink's skeleton meet (exactly three arcs of ink
    cross a small circle about the meeting, 2–3 stroke widths across; the strokes' half-width taken
    there, a thick arrow among thin hatching), the longest straight run is the shaft; the tip is the
    ink's edge straight ahead of it, and from the tip the two barbs are the longest runs 14–66° either
    side of the shaft's line, within 16° of mirror images, each a peak (the run 20° further out is under
    ¾ of it) apart from the shaft (the run halfway between is under 0.7 of it), 3 half-widths (≥ 6 px) to
    ⅔ of the shaft long and within a factor 2 of each other; nothing runs on ahead of the tip (a crossing,
    a T); the shaft is one stroke wide at ≥ 80 % of 11 points along it. The shaft's direction is refined
    to 0.1° (the middle of the rays whose run is within 1 px of the longest)."""
    from scipy import ndimage as ndi
    from skimage.morphology import skeletonize
    H, W = ink.shape
    sk = skeletonize(ink)
    deg = ndi.convolve(sk.astype(np.uint8), np.ones((3, 3), np.uint8), mode="constant") - 1
    junc = sk & (deg >= 3)
    lab, _n = ndi.label(ndi.binary_dilation(junc, iterations=2))
    dt = ndi.distance_transform_edt(ink)
    a = np.asarray(rgb, np.float32)[..., :3]
    out: list[Arrow] = []
    angs = np.arange(0, 360, 2)
    stop = 0.6 * min(H, W)
    w_fig = w
    for k, sl in enumerate(ndi.find_objects(lab), start=1):
        if sl is None:
            continue
        ys, xs = np.nonzero((lab[sl] == k) & junc[sl])
        if not len(xs):
            continue
        x, y = float(xs.mean() + sl[1].start), float(ys.mean() + sl[0].start)
        # the strokes' half-width here (a thick arrow among thin hatching and text): the median distance
        # to the page along the skeleton within 12 px
        y0_, y1_, x0_, x1_ = max(int(y) - 12, 0), min(int(y) + 13, H), max(int(x) - 12, 0), min(int(x) + 13, W)
        w = max(w_fig, float(np.median(dt[y0_:y1_, x0_:x1_][sk[y0_:y1_, x0_:x1_]])))
        near = 2 * w + 3
        if all(_ink_arcs(ink, x, y, r) != 3 for r in (max(4.0, 2 * w + 2), max(6.0, 3 * w + 3))):
            continue
        runs = _runs(ink, x, y, angs, w + 2, stop)
        i_s = int(np.argmax(runs))
        th, Ls = float(angs[i_s]), float(runs[i_s])
        if Ls < max(20.0, 6 * w):
            continue
        fwd = max(_run(ink, x, y, th + 180 + e, w + 2, stop) for e in (-3, 0, 3))
        if fwd > near + w:
            continue
        ux, uy = math.cos(math.radians(th)), -math.sin(math.radians(th))
        tx, ty = x - ux * fwd, y - uy * fwd
        ds = np.arange(14, 84, 2)
        r_pos, r_neg = _runs(ink, tx, ty, th + ds, w + 3, stop), _runs(ink, tx, ty, th - ds, w + 3, stop)
        i1, i2 = int(np.argmax(r_pos)), int(np.argmax(r_neg))
        d1, b1, d2, b2 = float(ds[i1]), float(r_pos[i1]), float(ds[i2]), float(r_neg[i2])
        bmin, bmax = min(b1, b2), max(b1, b2)
        if (bmin < max(3 * w, 6.0) or bmin < 0.5 * bmax or Ls < 1.5 * bmax or abs(d1 - d2) > 16
                or max(d1, d2) > 66):
            continue
        if (_run(ink, tx, ty, th + d1 + 20, w + 3, stop) > 0.75 * b1
                or _run(ink, tx, ty, th - d2 - 20, w + 3, stop) > 0.75 * b2
                or _run(ink, tx, ty, th + d1 / 2, w + 3, stop) > 0.7 * b1
                or _run(ink, tx, ty, th - d2 / 2, w + 3, stop) > 0.7 * b2):
            continue
        if float(_runs(ink, tx, ty, th + 180 + np.arange(-60, 61, 4), w + 3, stop).max()) > max(0.5 * bmin, near):
            continue
        # the shaft's direction to 0.1°: the middle of the fine rays whose run is within 1 px of the longest
        fine_d = th + np.arange(-2.0, 2.01, 0.1)
        fine = _runs(ink, x, y, fine_d, w + 2, stop)
        th = float(np.mean(fine_d[fine >= fine.max() - 1]))
        Ls = float(fine.max())
        ux, uy = math.cos(math.radians(th)), -math.sin(math.radians(th))
        # a shaft is one stroke: across it, the ink is a stroke wide (not nothing, not a blob) at ≥ 80 % of
        # points along it (a line it crosses widens it at one or two); a letter's stroke run on into other
        # ink (a "W" under an arrow's head) is not
        thin = 0
        for f in np.linspace(0.15, 0.9, 11):
            px, py = tx + f * (Ls + fwd) * ux, ty + f * (Ls + fwd) * uy
            across = _run(ink, px, py, th + 90, 2, 6 * w + 12, gap=0) + _run(ink, px, py, th - 90, 2, 6 * w + 12, gap=0)
            thin += 0 < across <= 4 * w + 3
        if thin < 0.8 * 11:
            continue
        tail = (x + ux * Ls, y + uy * Ls)
        ad = (th + 180.0) % 360.0
        ad = ad if ad <= 180 else ad - 360.0
        y0, y1 = max(int(ty - w - 2), 0), min(int(ty + w + 3), H)
        x0, x1 = max(int(tx - w - 2), 0), min(int(tx + w + 3), W)
        pix = a[y0:y1, x0:x1][ink[y0:y1, x0:x1]]
        colour = tuple(int(v) for v in np.median(pix, axis=0)) if len(pix) else (0, 0, 0)
        out.append(Arrow((round(tail[0], 1), round(tail[1], 1)), (round(tx, 1), round(ty, 1)), round(ad, 2),
                         round(Ls + fwd, 1), colour))
    return out


def _new_heads(found: list[Arrow], extra: list[Arrow], w: float) -> list[Arrow]:
    """The arrows of ``extra`` that ``found`` has not: none with its tip within 2 half-widths + 6 px and
    its direction within 10°."""
    return [e for e in extra if not any(angdiff(e.angle, f.angle) <= 10.0 and
                                        math.hypot(e.tip[0] - f.tip[0], e.tip[1] - f.tip[1]) <= 2 * w + 6
                                        for f in found)]


def _distinct(arrows: list[Arrow]) -> list[Arrow]:
    """One arrow per shaft: a second "head" found along another arrow's shaft, pointing the same way (a
    small head split in two by resampling), is that arrow's, and is dropped."""
    keep: list[Arrow] = []
    for a in sorted(arrows, key=lambda a: -a.length):
        dup = False
        for b in keep:
            if angdiff(a.angle, b.angle) > 5.0:
                continue
            t, p = np.array(b.tail), np.array(b.tip)
            d = (p - t) / max(float(np.linalg.norm(p - t)), 1e-9)
            q = np.array(a.tip) - t
            along = float(q @ d)
            if -2.0 <= along <= float(np.linalg.norm(p - t)) + 2.0 and abs(float(q @ np.array([-d[1], d[0]]))) <= 3.0:
                dup = True
                break
        if not dup:
            keep.append(a)
    return keep


def _no_twins(arrows: list[Arrow], ink: np.ndarray | None = None) -> list[Arrow]:
    """One arrow per shaft, read both ways: where lines meet (a body's centre, from which the forces leave)
    the ink is thick enough to pass for a head, and the shaft of a force leaving it reads as an arrow from
    that force's tip back into the junction — the force's exact reverse. Two arrows on one line, opposed,
    each one's tail at the other's tip (the shorter's ends within 3 px of the longer's line, and within a
    tenth of the longer's length + 3 px of its tip and tail) are one line. The one whose tip lands where a
    third arrow's tail is (within 4 px + a tenth of its length) is dropped; failing that, the one whose
    head is no thicker than three quarters of the other's (the largest distance transform of ``ink``,
    image px, near its tip: a junction's blob, or no head at all, against a drawn head). Two heads alike
    are two forces drawn on one line (a weight and a normal from one centre), and both stay — when the
    line between them is thinner (its middle half under two thirds of the heads' thickness); else the pair is
    one thick blob (a glyph touching a line), and neither is an arrow."""
    def reversed_pair(a: Arrow, b: Arrow) -> bool:
        if angdiff(a.angle, b.angle + 180.0) > 5.0:
            return False
        long_, short = (a, b) if a.length >= b.length else (b, a)
        t, p = np.array(long_.tail, float), np.array(long_.tip, float)
        L = max(float(np.linalg.norm(p - t)), 1e-9)
        d = (p - t) / L
        n = np.array([-d[1], d[0]])
        tol = 0.1 * L + 3.0
        st, sp = np.array(short.tail, float), np.array(short.tip, float)
        return (all(abs(float((q - t) @ n)) <= 3.0 for q in (st, sp))
                and float(np.linalg.norm(st - p)) <= tol and float(np.linalg.norm(sp - t)) <= tol)

    def into_origin(a: Arrow, others: list[Arrow]) -> bool:
        tip = np.array(a.tip, float)
        return any(float(np.linalg.norm(np.array(o.tail, float) - tip)) <= 4.0 + 0.1 * a.length for o in others)

    dt_cache: list = []

    def head_thickness(a: Arrow) -> float:
        """The largest distance transform (px) within 1 px of the shaft over its last 15 % (≤ 25 px)."""
        if ink is None:
            return 0.0
        if not dt_cache:
            from scipy import ndimage as ndi
            dt_cache.append(ndi.maximum_filter(ndi.distance_transform_edt(ink), size=3))
        dtm = dt_cache[0]
        H, W = dtm.shape
        t, p = np.array(a.tail, float), np.array(a.tip, float)
        L = max(float(np.linalg.norm(p - t)), 1e-9)
        d = (p - t) / L
        back = np.linspace(0.0, min(0.15 * L, 25.0), 30)
        xs = np.clip(np.round(p[0] - d[0] * back).astype(int), 0, W - 1)
        ys = np.clip(np.round(p[1] - d[1] * back).astype(int), 0, H - 1)
        return float(dtm[ys, xs].max())

    def middle_thickness(a: Arrow) -> float:
        """The median distance transform (px, largest within 1 px) over the middle half of ``a``'s shaft:
        where other forces cross it (a body's centre) it is thick at a point, not over half its length."""
        if ink is None:
            return 0.0
        head_thickness(a)                      # fills the cache
        dtm = dt_cache[0]
        H, W = dtm.shape
        t, p = np.array(a.tail, float), np.array(a.tip, float)
        f = np.linspace(0.25, 0.75, 21)[:, None]
        q = t + f * (p - t)
        xs = np.clip(np.round(q[:, 0]).astype(int), 0, W - 1)
        ys = np.clip(np.round(q[:, 1]).astype(int), 0, H - 1)
        return float(np.median(dtm[ys, xs]))

    drop: set[int] = set()
    for i, a in enumerate(arrows):
        for j in range(i + 1, len(arrows)):
            b = arrows[j]
            if i in drop or j in drop or not reversed_pair(a, b):
                continue
            rest = [o for k, o in enumerate(arrows) if k not in (i, j)]
            ia, ib = into_origin(a, rest), into_origin(b, rest)
            if ia != ib:
                drop.add(i if ia else j)
                continue
            ha, hb = head_thickness(a), head_thickness(b)
            if min(ha, hb) <= 0.75 * max(ha, hb):
                drop.add(i if ha < hb else j)
            elif min(ha, hb) < 1.5 * middle_thickness(a if a.length >= b.length else b):
                drop.update((i, j))     # no thinner shaft between the two "heads": one blob, no arrow
    return [a for k, a in enumerate(arrows) if k not in drop]


def _outside_text(arrows: list[Arrow], texts) -> list[Arrow]:
    """The arrows not lying wholly inside a line of text (its box grown by 2 px): a glyph's thick stroke
    (a bold "g" in a title) can pass for a small head with a shaft, and a line OCR reads as text is text."""
    out = []
    for a in arrows:
        inside = False
        for _t, (x0, y0, x1, y1), _s in texts:
            if all(x0 - 2 <= q[0] <= x1 + 2 and y0 - 2 <= q[1] <= y1 + 2 for q in (a.tail, a.tip)):
                inside = True
                break
        if not inside:
            out.append(a)
    return out


def _segments(ink: np.ndarray, min_len: float) -> list[Segment]:
    from skimage.morphology import skeletonize
    from skimage.transform import probabilistic_hough_line
    sk = skeletonize(ink)
    raw = probabilistic_hough_line(sk, threshold=10, line_length=int(min_len), line_gap=3,
                                   rng=np.random.default_rng(0))
    segs: list[list] = []
    for (x0, y0), (x1, y1) in raw:
        ang = math.degrees(math.atan2(-(y1 - y0), x1 - x0))
        ang = (ang + 90) % 180 - 90
        segs.append([float(x0), float(y0), float(x1), float(y1), ang])
    # merge segments of one line (same angle within 2°, within 3 px of each other's line)
    used = [False] * len(segs)
    out: list[Segment] = []
    ys, xs = np.nonzero(ink)
    for i, s in enumerate(segs):
        if used[i]:
            continue
        group = [s]
        used[i] = True
        for j in range(i + 1, len(segs)):
            if used[j] or angdiff(segs[j][4] * 2, s[4] * 2) / 2 > 2.0:
                continue
            t = segs[j]
            d = np.array([s[2] - s[0], s[3] - s[1]])
            d /= max(np.linalg.norm(d), 1e-9)
            nrm = np.array([-d[1], d[0]])
            off = [abs(np.dot(np.array(p) - np.array(s[:2]), nrm)) for p in (t[:2], t[2:4])]
            if max(off) <= 3.0:
                group.append(t)
                used[j] = True
        P = np.array([p for g in group for p in (g[:2], g[2:4])], float)
        c = P.mean(axis=0)
        _, _, vt = np.linalg.svd(P - c, full_matrices=False)
        d = vt[0]
        pr = (P - c) @ d
        # refit to the ink within 2 px of the line, between its ends
        rel = np.column_stack([xs - c[0], ys - c[1]])
        along = rel @ d
        perp = np.abs(rel @ np.array([-d[1], d[0]]))
        sel = (perp <= 2.0) & (along >= pr.min()) & (along <= pr.max())
        if sel.sum() >= 10:
            Q = np.column_stack([xs[sel], ys[sel]]).astype(float)
            c = Q.mean(axis=0)
            _, _, vt = np.linalg.svd(Q - c, full_matrices=False)
            d = vt[0]
            pr = (Q - c) @ d
        p0, p1 = c + d * pr.min(), c + d * pr.max()
        ang = math.degrees(math.atan2(-(p1[1] - p0[1]), p1[0] - p0[0]))
        ang = (ang + 90) % 180 - 90
        if ang == -90:
            ang = 90.0
        out.append(Segment((round(float(p0[0]), 1), round(float(p0[1]), 1)), (round(float(p1[0]), 1),
                           round(float(p1[1]), 1)), round(ang, 3), round(float(pr.max() - pr.min()), 1)))
    out.sort(key=lambda s: -s.length)
    return out


def read_force_diagram(rgb: np.ndarray, *, ocr: bool = True) -> ForceDiagram:
    """Read the (H, W, 3) uint8 figure ``rgb``: its arrows, straight lines (≥ 12 % of its smaller side),
    and text lines. Deterministic."""
    from scipy import ndimage as ndi
    rgb = np.ascontiguousarray(np.asarray(rgb, np.uint8)[..., :3])
    H, W = rgb.shape[:2]
    texts: list = []
    if ocr:
        from .ocr import read_page
        up = 2 if min(H, W) < 300 else 1
        texts = read_page(rgb, upscale=up)
    strength = ink_strength(rgb)
    ink = strength >= INK
    dt = ndi.distance_transform_edt(ink)
    w = _stroke_half_width(ink, dt)
    page = _page(rgb)
    if w <= 1.5:
        # 1–2 px strokes: a small head's thickness and a crossing's differ by under a pixel of the
        # distance transform; read the arrows at twice the size (bilinear) and scale back
        from PIL import Image
        big = np.asarray(Image.fromarray(rgb).resize((2 * W, 2 * H), Image.BILINEAR))
        s2 = ink_strength(big)
        ink2 = s2 >= INK
        dt2 = ndi.distance_transform_edt(ink2)
        found = _arrows(big, ink2, s2, dt2, _stroke_half_width(ink2, dt2), page)
        arrows = [Arrow((a.tail[0] / 2, a.tail[1] / 2), (a.tip[0] / 2, a.tip[1] / 2), a.angle, a.length / 2, a.colour)
                  for a in found]
    else:
        arrows = _arrows(rgb, ink, strength, dt, w, page)
    # open heads (two barbs, no filled core), where no filled head was found
    arrows += _new_heads(arrows, _open_arrows(rgb, ink, w), w)
    arrows = _no_twins(_outside_text(_distinct(arrows), texts), ink)
    # lines: the ink without text (its boxes, 1 px wider) and without the arrows' heads
    rest = ink.copy()
    for _t, (x0, y0, x1, y1), _s in texts:
        rest[max(y0 - 1, 0):y1 + 2, max(x0 - 1, 0):x1 + 2] = False
    segs = _segments(rest, 0.12 * min(H, W))
    return ForceDiagram(tuple(arrows), tuple(segs), tuple(texts), round(w, 2))


def coarse_segments(rgb: np.ndarray, texts, factor: int = 4) -> list[Segment]:
    """The straight lines of a hand-drawn figure (matplotlib's xkcd sketch): a wobbly line is still a line.
    Its wobble (a few px) breaks the skeleton's Hough segments into pieces too short and too far off one
    another to merge; at ``factor`` × coarser scale (each block ink where any of its pixels is) the wobble
    is under a pixel and the line straight. Lines as ``read_force_diagram``'s (≥ 12 % of the smaller side,
    text boxes left out), in the full image's px."""
    rgb = np.ascontiguousarray(np.asarray(rgb, np.uint8)[..., :3])
    H, W = rgb.shape[:2]
    rest = ink_strength(rgb) >= INK
    for _t, (x0, y0, x1, y1), _s in texts:
        rest[max(y0 - 1, 0):y1 + 2, max(x0 - 1, 0):x1 + 2] = False
    h, w = H // factor, W // factor
    small = rest[:h * factor, :w * factor].reshape(h, factor, w, factor).any(axis=(1, 3))
    out = []
    for sg in _segments(small, 0.12 * min(H, W) / factor):
        p0 = ((sg.p0[0] + 0.5) * factor, (sg.p0[1] + 0.5) * factor)
        p1 = ((sg.p1[0] + 0.5) * factor, (sg.p1[1] + 0.5) * factor)
        out.append(Segment((round(p0[0], 1), round(p0[1], 1)), (round(p1[0], 1), round(p1[1], 1)), sg.angle,
                           round(sg.length * factor, 1)))
    return out
