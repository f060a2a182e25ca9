"""Orbits that are no circle about their body, and bodies drawn as outlines — for ``nesy.see.orbits``.

Another tool may draw an orbit as an ellipse (a board sketch squashes its circles; a textbook puts the star at
a focus, off the ellipse's centre) and the body the orbits go round as an open circle (a planet's outline
with its bands drawn in). What is read here, from a mask of line ink, in image px:

- ``ellipses_about``: axis-aligned ellipses enclosing a point: candidate sizes from peaks of the histogram
  of log-distance to the point (an ellipse's points spread over a few per cent of it), each fitted by least
  squares and refitted on the ink within the stroke band of the fit, kept when that ink covers enough of
  its angles (as a circle must: ``orbits.RING_COVER``);
- ``outline_bodies``: closed round outlines drawn unlike an orbit — a stroke markedly thicker than the
  figure's thin lines, or a pattern (bands, hatching) inside — with no disc inside them.

Both hand plain tuples to ``orbits.read_orbit_figure``, which makes them its rings and discs.
"""
from __future__ import annotations

import math

import numpy as np

__all__ = ["fit_ellipse", "radial_offset", "ellipses_about", "as_ellipse", "outline_bodies"]

MAX_SQUASH = 0.6      # shorter / longer axis of an orbit drawn as an ellipse (a sketch's squash, e ≤ 0.8)
PURITY = 0.7          # share of the ink within 4 px beyond an ellipse's band that lies in it (a thin curve)
MAX_OFFSET = 0.6      # how far (× the longer axis) the ellipse's centre may lie from its body: a focus, e ≤ 0.6


def fit_ellipse(xs: np.ndarray, ys: np.ndarray) -> tuple[float, float, float, float] | None:
    """Least-squares axis-aligned ellipse A x² + C y² + D x + E y = 1 through the points (px, centred on
    their mean for conditioning): (cx, cy, semi-axis x, semi-axis y), or None when they fit no ellipse."""
    if len(xs) < 8:
        return None
    mx, my = float(xs.mean()), float(ys.mean())
    u, v = xs - mx, ys - my
    M = np.column_stack([u * u, v * v, u, v])
    p, *_ = np.linalg.lstsq(M, np.ones(len(u)), rcond=None)
    a2, c2, d, e = (float(x) for x in p)
    if a2 <= 0 or c2 <= 0:
        return None
    x0, y0 = -d / (2 * a2), -e / (2 * c2)
    f = 1 + a2 * x0 * x0 + c2 * y0 * y0
    if f <= 0:
        return None
    return mx + x0, my + y0, math.sqrt(f / a2), math.sqrt(f / c2)


def radial_offset(xs: np.ndarray, ys: np.ndarray, e: tuple[float, float, float, float]) -> np.ndarray:
    """Signed distance (px, + outside) of each point from the ellipse e = (cx, cy, ax, ay), measured along
    the ray from its centre: for a circle, distance from the centre minus the radius."""
    cx, cy, ax, ay = e
    dx, dy = np.asarray(xs, float) - cx, np.asarray(ys, float) - cy
    D = np.hypot(dx, dy)
    s = np.hypot(dx / ax, dy / ay)
    return np.where(s > 0, D - D / np.maximum(s, 1e-9), -min(ax, ay))


def _cover(ang: np.ndarray, r: float) -> float:
    nb = int(min(180, max(24, round(2 * math.pi * r / 6))))
    return len(np.unique(((ang + math.pi) / (2 * math.pi) * nb).astype(int) % nb)) / nb


def _goes_round(dx: float, dy: float, ax: float, ay: float) -> bool:
    """Whether a body at (dx, dy) px from an ellipse's centre is what it goes round: at its centre (a
    drawing's convention: a squashed circle) or at a focus (Kepler's first law: on the longer axis, with
    the shorter axis b = sqrt(a² − c²) for its distance c). A circle about another point is neither."""
    a, b = max(ax, ay), min(ax, ay)
    c = math.hypot(dx, dy)
    if c <= max(3.0, 0.03 * a):
        return True
    along = abs(dx) if ax >= ay else abs(dy)
    if c > MAX_OFFSET * a or along < 0.94 * c:
        return False
    return abs(math.sqrt(max(a * a - c * c, 0.0)) - b) <= 2.0 + 0.01 * a


def _refit(xs: np.ndarray, ys: np.ndarray, e: tuple[float, float, float, float] | None, cx: float, cy: float,
           band: float) -> tuple[tuple[float, float, float, float], float] | None:
    """The ellipse e refitted three times on the ink within band + 1 px of it, and the share of its angles
    the ink within ±band covers — or None when it is no orbit round (cx, cy) (``MAX_SQUASH``,
    ``_goes_round``)."""
    for _ in range(3):
        if e is None:
            return None
        near = np.abs(radial_offset(xs, ys, e)) <= band + 1.0
        if near.sum() < 8:
            return None
        e = fit_ellipse(xs[near].astype(float), ys[near].astype(float))
    if e is None:
        return None
    ex, ey, ax, ay = e
    if min(ax, ay) < MAX_SQUASH * max(ax, ay) or not _goes_round(cx - ex, cy - ey, ax, ay):
        return None
    off = np.abs(radial_offset(xs, ys, e))
    on = off <= band
    # an orbit is a thin curve: of the ink near it, most lies on it (letters a fit runs through spread
    # either side of any curve)
    if on.sum() < 8 or on.sum() < PURITY * (off <= band + 4).sum():
        return None
    return e, _cover(np.arctan2(ys[on] - ey, xs[on] - ex), (ax + ay) / 2)


def as_ellipse(line: np.ndarray, cx: float, cy: float, r: float, cover: float,
               band: float) -> tuple[float, float, float, float, float] | None:
    """A circle of radius r px about (cx, cy) found covering ``cover`` of its angles that is a part of an
    ellipse round the point (a squashed orbit's flatter sides lie near one circle): that ellipse,
    ``(ex, ey, ax, ay, cover)``, when it covers at least 0.1 more, or as much with its axes further apart
    than 2·band; else None (the circle is the orbit)."""
    ys, xs = np.nonzero(line)
    d = np.hypot(xs - cx, ys - cy)
    sel = np.abs(d - r) <= max(3 * band, 0.12 * r)
    xs, ys = xs[sel], ys[sel]
    near = np.abs(np.hypot(xs - cx, ys - cy) - r) <= band + 1.0
    got = _refit(xs, ys, fit_ellipse(xs[near].astype(float), ys[near].astype(float)), cx, cy, band)
    if got is None:
        return None
    (ex, ey, ax, ay), cov = got
    # it covers clearly more; or as much, squashed beyond the band (the circle then misses its far sides)
    if cov >= cover + 0.1 or (cov >= cover and abs(ax - ay) > 2 * band):
        return ex, ey, ax, ay, cov
    return None


def ellipses_about(line: np.ndarray, cx: float, cy: float, *, r_min: float, r_max: float, band: float,
                   cover_min: float) -> list[tuple[float, float, float, float, float]]:
    """Ellipses of ``line`` ink that go round (cx, cy): ``(ex, ey, ax, ay, cover)`` each, by size. An
    ellipse is kept when its axes are within ``MAX_SQUASH`` of each other, the point is at its centre or a
    focus (``_goes_round``), and the ink within ±``band`` px of it covers at least ``cover_min`` of its
    angles; none within 2·band (mean radius) of a stronger one."""
    ys, xs = np.nonzero(line)
    if len(xs) < 8 or r_max <= r_min:
        return []
    d = np.hypot(xs - cx, ys - cy)
    keep = (d >= r_min) & (d <= r_max)
    xs, ys, d = xs[keep], ys[keep], d[keep]
    if len(d) < 8:
        return []
    # sizes: peaks of the log-distance histogram (bins of 1 %) smoothed over ±6 %
    ld = np.log(d)
    lo = float(ld.min())
    k = np.round((ld - lo) / 0.01).astype(int)
    hist = np.bincount(k).astype(float)
    sm = np.convolve(hist, np.ones(13), mode="same")
    peaks = [i for i in range(len(sm)) if sm[i] >= 24 and sm[i] >= sm[max(i - 1, 0)]
             and sm[i] >= sm[min(i + 1, len(sm) - 1)]]
    found: list[tuple[float, float, float, float, float]] = []
    for i in sorted(peaks, key=lambda i: -sm[i]):
        sel = np.abs(k - i) <= 7
        got = _refit(xs, ys, fit_ellipse(xs[sel].astype(float), ys[sel].astype(float)), cx, cy, band)
        if got is None:
            continue
        e, cov = got
        ex, ey, ax, ay = e
        if min(ax, ay) < r_min or max(ax, ay) > r_max or cov < cover_min:
            continue
        if any(abs((ax + ay) / 2 - (f[2] + f[3]) / 2) <= 2 * band for f in found):
            continue
        found.append((ex, ey, ax, ay, cov))
    return sorted(found, key=lambda f: f[2] + f[3])


def outline_bodies(ink: np.ndarray, free: np.ndarray, hw: float) -> list[tuple[float, float, float]]:
    """Bodies drawn as a closed round outline, ``(x, y, radius)`` px each: a component of ``ink`` (within
    ``free``, discs taken out) that encloses page (round: its filled area within 15 % of the ellipse its box
    holds, box sides within 20 %), radius at least 4 stroke widths (no letter's bowl), and drawn unlike a
    thin orbit — its stroke's half-width ≥ 1.6 × the figure's ``hw``, or ink inside it covering ≥ 4 % (bands,
    hatching). An orbit with nothing inside it is no body: the body it goes round is missing."""
    from scipy import ndimage as ndi
    H, W = ink.shape
    lab, _ = ndi.label(ink & free, structure=np.ones((3, 3), bool))
    out = []
    for k, sl in enumerate(ndi.find_objects(lab), start=1):
        if sl is None:
            continue
        h, w = sl[0].stop - sl[0].start, sl[1].stop - sl[1].start
        if min(h, w) < 12 or max(h, w) > 0.35 * min(H, W) or not 0.8 <= h / w <= 1.25:
            continue
        comp = lab[sl] == k
        filled = ndi.binary_fill_holes(comp)
        if filled.sum() < 1.3 * comp.sum() or abs(filled.sum() / (math.pi * h * w / 4) - 1) > 0.15:
            continue
        edt = ndi.distance_transform_edt(comp)
        ridge = comp & (edt == ndi.maximum_filter(edt, size=3))
        half = float(np.median(edt[ridge])) if ridge.any() else 0.5
        R = (h + w) / 4
        if R < 4 * 2 * half:
            continue
        inside = filled & ~ndi.binary_dilation(~filled, iterations=int(math.ceil(2 * half)) + 2)
        pattern = float(ink[sl][inside].mean()) if inside.any() else 0.0
        if half < 1.6 * hw and pattern < 0.04:
            continue
        if (~free[sl] & inside).any():
            continue                      # a disc inside: this is an orbit round it
        out.append(((sl[1].start + sl[1].stop - 1) / 2, (sl[0].start + sl[0].stop - 1) / 2, R))
    return out
