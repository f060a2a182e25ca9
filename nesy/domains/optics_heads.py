"""Arrowheads on the rays of ``nesy.optics.v1``: which way the light goes (issue 12).

Hecht, *Optics* (5th ed.), ch. 5 (the ray diagrams of §5.2.3 and §5.4.3) and Halliday, Resnick & Walker,
*Fundamentals of Physics*, ch. 34 put a small filled arrowhead on each ray, part way along each of its
solid segments — the incident one and the refracted (lens) or reflected (mirror) one — pointing the way
the light travels; the dashed backward extensions that locate a virtual image carry none (no light runs
along them). Drawn here: one head per solid segment, in the segment's own colour (the ray's class: a reader
that knows the palette never takes it for another object), near the segment's middle where it is clear of
the arrows, the element, the axis and its marked points, the other rays and the other heads; none on a
segment too short to carry one legibly (``ray_head_min_part_px``).

The verifier reads each head back from the segment's pixels (``read_heads``): ink off the segment's line
by more than a stroke, bunched within a head's length along it, on both sides of it. A head's direction is
where it narrows (its apex), and must be the light's: towards the element on the incident segment, away
from it on the refracted/reflected one. Only such compact bunches are taken out of the segment before its
line is judged, so a bent or doubled ray still fails as it did.
"""
from __future__ import annotations

import math

import numpy as np

from ..types import Shape

__all__ = ["head_points", "place_heads", "read_heads"]


def head_points(st: dict, c: tuple[float, float], d: tuple[float, float]) -> tuple[tuple[float, float], ...]:
    """The head's triangle (apex, base corners; px) centred at ``c`` (half its length each way along the
    unit direction ``d`` of the light)."""
    hl, hw = float(st["ray_head_length"]), float(st["ray_head_half_width"])
    ax, ay = c[0] + d[0] * hl / 2, c[1] + d[1] * hl / 2
    bx, by = c[0] - d[0] * hl / 2, c[1] - d[1] * hl / 2
    nx, ny = -d[1], d[0]
    return ((ax, ay), (bx + nx * hw, by + ny * hw), (bx - nx * hw, by - ny * hw))


def _seg_dist(p, a, b) -> float:
    ax, ay, bx, by = a[0], a[1], b[0], b[1]
    dx, dy = bx - ax, by - ay
    L2 = dx * dx + dy * dy
    t = 0.0 if L2 == 0 else max(0.0, min(1.0, ((p[0] - ax) * dx + (p[1] - ay) * dy) / L2))
    return math.hypot(p[0] - ax - t * dx, p[1] - ay - t * dy)


def _in_box(p, box, pad: float) -> bool:
    return box[0] - pad <= p[0] <= box[2] + pad and box[1] - pad <= p[1] <= box[3] + pad


# where along a segment a head is tried, in order: its middle first
_FRACTIONS = (0.5, 0.44, 0.56, 0.38, 0.62, 0.32, 0.68, 0.26, 0.74, 0.2, 0.8)


def place_heads(st: dict, parts: list[tuple[str, tuple, tuple, str]], boxes: list, segs: list,
                y_axis: float) -> list[Shape]:
    """One head per solid ray segment. ``parts``: (id, start, end, colour) with the light running start →
    end (px); ``boxes``: (x0, y0, x1, y1) to keep clear of (arrows, element, marked points, names);
    ``segs``: every drawn ray stroke ((x0, y0, x1, y1), dashes included). Each head goes at the first of
    ``_FRACTIONS`` of its segment that is clear by ``ray_head_clear_px``, else where it meets the fewest
    things. None when the style turns heads off (``ray_heads: false``)."""
    if not st.get("ray_heads", True):
        return []
    hl, hw = float(st["ray_head_length"]), float(st["ray_head_half_width"])
    clear = float(st["ray_head_clear_px"])
    out: list[Shape] = []
    placed: list[tuple[float, float]] = []
    for sid, a, b, colour in parts:
        L = math.hypot(b[0] - a[0], b[1] - a[1])
        if L < float(st["ray_head_min_part_px"]):
            continue
        d = ((b[0] - a[0]) / L, (b[1] - a[1]) / L)
        best, key = None, None
        for k, f in enumerate(_FRACTIONS):
            if min(f * L, (1 - f) * L) < hl + clear:
                continue
            c = (a[0] + f * (b[0] - a[0]), a[1] + f * (b[1] - a[1]))
            r = hw + clear
            n = sum(1 for bx in boxes if _in_box(c, bx, r))
            n += sum(1 for g in segs if (g[0], g[1], g[2], g[3]) != (a[0], a[1], b[0], b[1])
                     and (g[0], g[1], g[2], g[3]) != (b[0], b[1], a[0], a[1])
                     and _seg_dist(c, (g[0], g[1]), (g[2], g[3])) < r)
            n += sum(1 for p in placed if math.hypot(p[0] - c[0], p[1] - c[1]) < hl + 2 * clear)
            n += 1 if abs(c[1] - y_axis) < r else 0
            kk = (n, k)
            if key is None or kk < key:
                best, key = c, kk
            if n == 0:
                break
        if best is None:
            continue
        pts = head_points(st, best, d)
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        out.append(Shape(f"_head_{sid}", "polygon", (min(xs), min(ys), max(xs), max(ys)), fill=colour, stroke=colour,
                         stroke_width=1.0, z=4, cls="ray", points=pts))
        placed.append(best)
    return out


def read_heads(mask: np.ndarray, line, st: dict, scale: float = 1.0, exact: bool = True,
               shade: np.ndarray | None = None) -> tuple[np.ndarray, list[tuple[float, tuple[float, float], int]]]:
    """The heads on one ray segment's pixels. ``mask``: the segment's pixels; ``line``: its fitted line
    (``optics._fit_line``: centre, unit direction, …); ``shade``: the image's ink (0–1, contrast with the
    page) for a degraded copy, where a class mask's edge is noise. Returns (the mask without the heads'
    off-line pixels, [(t of the head's middle along the line, the unit vector from its base to its apex (px,
    y down), off-line pixels)]).

    A head: pixels more than a stroke off the line (the stroke's half-width as measured, the median over
    the line of its farthest pixel, + 1 px × ``scale``), bunched within a head's length along the line
    (+ 4 px) with ≥ 25 % of them on each side (15 % on a degraded copy: resampling can give one flank's
    pale edge another class), at least ``ray_head_min_px`` of them (× scale²), and its middle a head's
    length or more from either end of the segment's pixels. Its direction: across the line, the segment's ink
    (its pixels, or on a degraded copy the shade over them and a pixel round them) summed step by step
    along it is a head's width — the stroke's at the apex, rising over the head's length to the base and
    dropping back at once: which way it narrows is read by fitting that shape both ways round
    (``_apex_side``; blur rounds the drop, but over ≤ 2 px, not the head's length). A head whose way
    cannot be told has the zero vector."""
    if line is None or not mask.any():
        return mask, []
    sc = max(scale, 1.0)
    c, d = line[0], line[1]
    ys, xs = np.nonzero(mask)
    P = np.column_stack([xs + 0.5, ys + 0.5])
    t = (P - c) @ d
    off = (P - c) @ np.array([-d[1], d[0]])
    hl, hw = float(st["ray_head_length"]), float(st["ray_head_half_width"])
    # the stroke's own half-width: the median, over the line's 1-px steps, of the farthest pixel off it
    aoff = np.abs(off)
    steps = np.floor(t - t.min()).astype(int)
    reach = np.zeros(steps.max() + 1)
    np.maximum.at(reach, steps, np.where(aoff <= (hw + 3.0) * sc, aoff, 0.0))
    half = float(np.median(reach[np.unique(steps)]))
    thr = half + sc
    wide = aoff > thr
    # the wide pixels bunched along the line: a gap of > 3 px (× scale) starts a new bunch
    idx = np.nonzero(wide)[0]
    if not len(idx):
        return mask, []
    order = idx[np.argsort(t[idx])]
    groups: list[list[int]] = [[int(order[0])]]
    for i in order[1:]:
        if t[i] - t[groups[-1][-1]] > 3.0 * sc:
            groups.append([])
        groups[-1].append(int(i))
    heads: list[tuple[float, tuple[float, float], int]] = []
    keep = mask.copy()
    min_px = float(st["ray_head_min_px"]) * sc * sc
    H, W = mask.shape
    for g in groups:
        g = np.asarray(g)
        tg, og = t[g], off[g]
        if len(g) < min_px or tg.max() - tg.min() > (hl + 4.0) * sc:
            continue
        if min((og > 0).mean(), (og < 0).mean()) < (0.25 if exact else 0.15):
            continue
        tc = 0.5 * (tg.min() + tg.max())
        if min(tc - t.min(), t.max() - tc) < hl * sc:
            # at an end of the segment: where it meets the object's or image's arrowhead, the element or
            # the page's edge, whose blurred ink a degraded copy may give the ray's class; nesy draws a head
            # at least a head's length and the clearance from either end (``place_heads``)
            continue
        # what is summed across the line: the segment's pixels, or the shade over them and round them
        if shade is None or exact:
            nb = int(math.ceil(4.0 * hl * sc)) + 1
            k = np.floor(t - (tc - 2.0 * hl * sc)).astype(int)
            near = (k >= 0) & (k < nb) & (aoff <= (hw + 2.0) * sc)
            prof = np.bincount(k[near], minlength=nb).astype(float)
        else:
            from scipy import ndimage as ndi
            R = int(math.ceil((2.0 * hl + hw + 4.0) * sc))
            px, py = int(c[0] + tc * d[0]), int(c[1] + tc * d[1])
            x0, y0, x1, y1 = max(px - R, 0), max(py - R, 0), min(px + R + 1, W), min(py + R + 1, H)
            around = ndi.binary_dilation(mask[y0:y1, x0:x1], iterations=max(1, int(round(sc))))
            src = np.where(around, shade[y0:y1, x0:x1], 0.0)
            prof = _profile(src, c - np.array([x0, y0]), d, tc, 2.0 * hl * sc, (hw + 2.0) * sc, y1 - y0, x1 - x0)
        sgn = _apex_side(prof, hl * sc)   # 0: a head whose way cannot be told (its check fails)
        heads.append((float(tc), (float(sgn * d[0]), float(sgn * d[1])), int(len(g))))
        # the head's flanks, a head's length either side of its wide part (its apex lies one way): what
        # stands off the stroke there is the head, and the stroke's own pixels stay
        flank = (t >= tg.min() - hl * sc) & (t <= tg.max() + hl * sc) & (aoff > half + 0.5)
        keep[ys[flank], xs[flank]] = False
    return keep, heads


def _profile(src: np.ndarray, c, d, tc: float, half: float, across: float, H: int, W: int) -> np.ndarray:
    """``src`` summed across the line (``across`` px each side) at each 1-px step along it, from ``tc −
    half`` to ``tc + half`` (steps: the line's direction ``d`` from its centre ``c``)."""
    n = int(math.ceil(2 * half)) + 1
    ts = tc - half + np.arange(n)
    us = np.arange(-across, across + 0.5, 1.0)
    # sample points: along × across, nearest pixel
    px = c[0] + ts[:, None] * d[0] - us[None, :] * d[1]
    py = c[1] + ts[:, None] * d[1] + us[None, :] * d[0]
    ix, iy = np.floor(px).astype(int), np.floor(py).astype(int)
    ok = (ix >= 0) & (ix < W) & (iy >= 0) & (iy < H)
    vals = np.zeros(ix.shape)
    vals[ok] = src[iy[ok], ix[ok]]
    return vals.sum(axis=1)


def _apex_side(prof: np.ndarray, length: float) -> float:
    """+1 when the head in ``prof`` (its width along the line, see ``read_heads``) points towards the
    profile's end, −1 towards its start, 0 when it cannot tell. The profile above its lower quartile is
    fitted, by least squares at every place along it, with a head ``length`` long each way round — a ramp
    from its full width at the base to nothing at the apex, blurred by a [¼ ½ ¼] step — and the way that
    leaves the smaller residual wins, by at least a quarter (the two differ 3–10 times on nesy's figures,
    clean or degraded)."""
    e = np.asarray(prof, float)
    e = e - float(np.percentile(e, 25))
    n = len(e)
    if n < 5 or e.max() <= 0:
        return 0.0
    i = np.arange(n)
    ee = float(e @ e)
    best: dict[int, float] = {}
    for sgn in (1, -1):
        u = (i[None, :] - i[:, None]) * sgn            # row b: the head's base at b
        r = np.where((u >= 0) & (u <= length), 1.0 - u / length, 0.0)
        r = 0.5 * r + 0.25 * np.pad(r, ((0, 0), (1, 0)))[:, :-1] + 0.25 * np.pad(r, ((0, 0), (0, 1)))[:, 1:]
        rr, er = (r * r).sum(axis=1), r @ e
        ok = (rr > 0) & (er > 0)
        best[sgn] = float((ee - er[ok] ** 2 / rr[ok]).min()) if ok.any() else math.inf
    lo, hi = sorted((best[1], best[-1]))
    if not math.isfinite(lo) or hi < 1.25 * lo:
        return 0.0
    return 1.0 if best[1] < best[-1] else -1.0
