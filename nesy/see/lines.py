"""Reading black-and-white line figures (textbook geometry, state diagrams) from their pixels.

Where a science draws everything in black on white, colour tells nothing: objects are told apart by
shape and position, and named by the text drawn beside them. This module gives the verifiers of such
figures what they measure with:

- ``darkness(rgb)``: (H, W) float 0–1, how far each pixel is from the page towards black, measured
  from the page's own brightness (a shifted or re-exposed copy reads alike);
- ``dark(rgb)``: the pixels at least half dark — where a crisp stroke was, also after blur (the 50 %
  crossing of a blurred edge is the crisp edge), JPEG and resampling;
- ``is_crisp_bw(rgb)``: whether the image is nesy's untouched PNG (then read exactly, else with a
  wider edge uncertainty and blurred text templates);
- ``ring_response(mask, radius)``: a circle Hough transform for one known radius;
- ``drawn_fraction``: the share of points sampled along a polyline that have ink within ``reach`` px;
- ``text_mismatch``: how far the ink around an anchor is from a text drawn there by nesy's own
  renderer (same font, size, anchor and sub-pixel phase) — 0.0 is the very text, a character changed
  is ≳ 0.1. Used to name what a figure shows (a vertex letter, a state's name, an edge's symbol).

Figures are read at nesy's canvas scale: a degraded copy is first resampled with ``nesy.see.to_canvas``
by the scale its verifier reads (image size, or the size of a known shape).

For figures drawn by other tools (their own layout, palette and fonts; issue 10):

- ``ink(rgb)``: how far each pixel is from the page colour in its most different channel — coloured
  strokes count like black ones, light fills do not;
- ``hough_polygon(mask, n)``: the corners of a convex n-gon from its n strongest straight lines;
- ``text_blobs`` / ``read_blob``: the words of the ink left over, each read by OCR.
"""
from __future__ import annotations

import io
import math
from typing import Sequence

import numpy as np

__all__ = ["darkness", "dark", "drawn_fraction", "text_mismatch", "text_template", "is_crisp_bw", "stray_pieces",
           "ring_response", "ink", "text_blobs", "read_blob", "hough_polygon"]

# a degraded copy's text is compared with its template after both are blurred this much (px): the
# copy's own blur (σ ≤ 1.5) then matters little against it
BLUR = 1.2


def stray_pieces(rest: np.ndarray, exact: bool) -> list[str]:
    """The pieces of ink in ``rest`` (dark pixels no expected element covers) big enough to be something
    drawn: 20 px on nesy's own crisp PNG, 40 px on a degraded copy (compression and blur leave specks);
    each as "x, y: n px" (its box centre). The ``no_stray_ink`` checks of geometry and automata."""
    from scipy import ndimage as ndi
    lab, _ = ndi.label(rest, structure=np.ones((3, 3), bool))
    out = []
    lim = 20 if exact else 40
    for k, sl in enumerate(ndi.find_objects(lab), start=1):
        if sl is None:
            continue
        m = int((lab[sl] == k).sum())
        if m >= lim:
            out.append(f"{(sl[1].start + sl[1].stop) // 2}, {(sl[0].start + sl[0].stop) // 2}: {m} px")
    return out


def darkness(rgb: np.ndarray) -> np.ndarray:
    """(H, W) float32 0–1: 0 is the page, 1 black. The page is the most common brightness; a pixel
    darker than it by d is d / page dark (so a copy whose page is 247 reads as nesy's own)."""
    a = np.asarray(rgb, dtype=np.float32)[..., :3]
    lum = a @ np.array([0.299, 0.587, 0.114], np.float32)
    vals = np.clip(np.round(lum), 0, 255).astype(np.int64).ravel()
    page = float(np.argmax(np.bincount(vals, minlength=256))) if vals.size else 255.0
    page = max(page, 64.0)
    return np.clip((page - lum) / page, 0.0, 1.0).astype(np.float32)


def dark(rgb: np.ndarray, level: float = 0.45) -> np.ndarray:
    """Pixels at least ``level`` dark (see ``darkness``)."""
    return darkness(rgb) >= level


def is_crisp_bw(rgb: np.ndarray) -> bool:
    """Whether the image is nesy's untouched black-on-white PNG: page exactly white, every pixel a
    neutral grey, and its dark pixels pure black — shapes are drawn crisp, only text is anti-aliased.
    Measured (geometry and automata figures): of the near-black pixels (≤ 12) nesy's PNG has 100 % at 0,
    JPEG ≤ 70 %, blur ≤ 25 %; of the dark ones (≤ 102) nesy's 88–95 %, resampled copies ≤ 50 %."""
    a = np.asarray(rgb)[..., :3]
    if a.size == 0:
        return False
    neutral = (a[..., 0] == a[..., 1]) & (a[..., 1] == a[..., 2])
    if not neutral.all():
        return False
    v = a[..., 0]
    if int(np.bincount(v.ravel(), minlength=256).argmax()) != 255:
        return False
    black, darkish = v <= 12, v <= 102
    if not black.any():
        return False
    return float((v[black] == 0).mean()) >= 0.98 and float((v[darkish] == 0).mean()) >= 0.7


def drawn_fraction(mask: np.ndarray, pts: Sequence[tuple[float, float]], *, reach: float = 1.5,
                   step: float = 2.0) -> float:
    """Share of points sampled every ``step`` px along the polyline ``pts`` that have a ``mask``
    pixel within ``reach`` px (1.0 for a polyline shorter than one step). The window of each sample is
    the square of half-side ⌈reach⌉ around its rounded position, clipped to the image; the windows are
    summed from one integral image of the samples' bounding box (readers call this hundreds of times a
    figure, so it is not a loop over samples)."""
    P = np.asarray(pts, float)
    if len(P) < 2:
        return 1.0
    parts = []
    for a, b in zip(P[:-1], P[1:]):
        L = float(np.hypot(*(b - a)))
        k = max(int(L // step), 1)
        parts.append(a[None, :] + (b - a)[None, :] * (np.arange(k) / k)[:, None])
    parts.append(P[-1:])
    S = np.concatenate(parts)
    H, W = mask.shape
    rr = int(math.ceil(reach))
    # np.round, like round(), rounds halves to even
    xi, yi = np.round(S[:, 0]).astype(np.int64), np.round(S[:, 1]).astype(np.int64)
    x0, x1 = np.clip(xi - rr, 0, W), np.clip(xi + rr + 1, 0, W)
    y0, y1 = np.clip(yi - rr, 0, H), np.clip(yi + rr + 1, 0, H)
    ok = (x1 > x0) & (y1 > y0)
    if not ok.any():
        return 0.0
    bx0, bx1, by0, by1 = int(x0[ok].min()), int(x1[ok].max()), int(y0[ok].min()), int(y1[ok].max())
    sat = np.zeros((by1 - by0 + 1, bx1 - bx0 + 1), np.int64)
    sat[1:, 1:] = np.asarray(mask[by0:by1, bx0:bx1], bool).cumsum(0).cumsum(1)
    X0, X1 = np.where(ok, x0, bx0) - bx0, np.where(ok, x1, bx0) - bx0
    Y0, Y1 = np.where(ok, y0, by0) - by0, np.where(ok, y1, by0) - by0
    tot = sat[Y1, X1] - sat[Y0, X1] - sat[Y1, X0] + sat[Y0, X0]
    return float(((tot > 0) & ok).sum()) / len(S)


def ring_response(mask: np.ndarray, radius: float, slack: float = 1.0) -> np.ndarray:
    """For every pixel, the share of the circle of ``radius`` px around its centre that has ``mask``
    within ``slack`` px — a circle Hough transform for one known radius: ≈ 1.0 at the centre of a whole
    drawn circle (wherever between pixels its true centre lies), ≈ 0.5 for half a circle."""
    from scipy import ndimage as ndi
    from scipy.signal import fftconvolve
    k = int(math.ceil(slack))
    yy, xx = np.mgrid[-k:k + 1, -k:k + 1]
    grown = ndi.binary_dilation(mask, structure=(xx * xx + yy * yy) <= slack * slack + 1e-9) if k else mask
    R = int(math.ceil(radius + 1))
    yy, xx = np.mgrid[-R:R + 1, -R:R + 1]
    d = np.hypot(xx, yy)
    ring = (np.abs(d - radius) <= 0.5).astype(np.float32)
    out = fftconvolve(grown.astype(np.float32), ring, mode="same")
    return (out / max(float(ring.sum()), 1.0)).astype(np.float32)


_TEMPLATES: dict[tuple, tuple[np.ndarray, int, int] | None] = {}


def text_template(text: str, size: float, anchor: str, fx: float, fy: float,
                  italic: bool = False, math: bool = False) -> tuple[np.ndarray, int, int] | None:
    """The darkness (0–1) of ``text`` as nesy draws it (its font and rasteriser) with the anchor point at
    sub-pixel phase (``fx``, ``fy``), cropped to its ink plus 2 px; and the crop's top-left relative to
    the anchor's integer pixel. None for text without ink. ``italic``: in the oblique face (``Label.italic``)."""
    key = (text, float(size), anchor, round(fx, 2), round(fy, 2), bool(italic), bool(math))
    if key in _TEMPLATES:
        return _TEMPLATES[key]
    from xml.sax.saxutils import escape
    from PIL import Image
    from ..render.svg import svg_to_png
    from ..resources import load_yaml
    st = load_yaml("layout", "style.yaml")
    W, H = int(size * 0.9 * len(text)) + 40, int(size * 2.5) + 8
    ax = {"start": 12, "middle": W // 2, "end": W - 12}.get(anchor, W // 2)
    by = int(size * 1.6) + 4
    from ..render.typography import text_markup
    slant, content = text_markup(text, italic, math)
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="{st["font_family"]}">'
           f'<rect width="{W}" height="{H}" fill="#ffffff"/><text x="{ax + fx:.2f}" y="{by + fy:.2f}" '
           f'font-size="{size:g}" text-anchor="{anchor}" fill="#000000"{slant}>{content}</text></svg>')
    ink = darkness(np.asarray(Image.open(io.BytesIO(svg_to_png(svg))).convert("RGB")))
    ys, xs = np.nonzero(ink > 0.02)
    if not len(xs):
        out = None
    else:
        pad = 2
        y0, y1 = max(ys.min() - pad, 0), min(ys.max() + 1 + pad, H)
        x0, x1 = max(xs.min() - pad, 0), min(xs.max() + 1 + pad, W)
        out = (ink[y0:y1, x0:x1], x0 - ax, y0 - by)
    if len(_TEMPLATES) > 4096:
        _TEMPLATES.clear()
    _TEMPLATES[key] = out
    return out


def text_mismatch(ink: np.ndarray, text: str, size: float, x: float, y: float, anchor: str = "middle", *,
                  search: int = 3, blur: float = 0.0, ignore: np.ndarray | None = None,
                  italic: bool = False, math_: bool = False) -> tuple[float, tuple[int, int]]:
    """How far the ink (``darkness``) around anchor (``x``, baseline ``y``; px) is from ``text`` drawn
    there at ``size`` px: the smallest, over integer shifts of up to ``search`` px, L1 difference within
    the text's box (its ink + 2 px) divided by the text's own ink; and the shift (dx, dy) that gave it.
    0.0 is the very text; a character changed or missing is ≳ 0.1 on nesy's own PNG; other ink inside
    the box counts. ``blur`` (px): a degraded copy — both are compared blurred this much, and the
    template is also tried a third of a pixel either way (resampling moves text by a fraction of a
    pixel, which an integer search cannot follow). ``ignore``: pixels not compared. ``italic``/``math_``:
    the label's typography (``Label.italic``/``Label.math``, drawn by ``render.typography.text_markup``)."""
    phases = (0.0,) if blur <= 0 else (-1 / 3, 0.0, 1 / 3)
    best, arg = math.inf, (0, 0)
    for ox in phases:
        for oy in phases:
            v, a = _mismatch_at(ink, text, size, x + ox, y + oy, anchor, search, blur, ignore, italic, math_)
            if v < best:
                best, arg = v, a
    return best, arg


def _mismatch_at(ink, text, size, x, y, anchor, search, blur, ignore, italic=False,
                 math_=False) -> tuple[float, tuple[int, int]]:
    fx, fy = x - math.floor(x), y - math.floor(y)
    tpl = text_template(text, size, anchor, fx, fy, italic, math_)
    if tpl is None:
        return 0.0, (0, 0)
    t, dx, dy = tpl
    h, w = t.shape
    H, W = ink.shape
    if blur > 0:
        from scipy import ndimage as ndi
        t = ndi.gaussian_filter(t, blur, mode="constant")
    total = max(float(t.sum()), 1.0)
    bx, by = int(math.floor(x)) + dx, int(math.floor(y)) + dy
    area = np.zeros((h + 2 * search, w + 2 * search), np.float32)
    keep = np.ones_like(area, dtype=bool)
    ya, xa = by - search, bx - search
    sy0, sx0, sy1, sx1 = max(ya, 0), max(xa, 0), min(ya + area.shape[0], H), min(xa + area.shape[1], W)
    if sy0 < sy1 and sx0 < sx1:
        area[sy0 - ya: sy1 - ya, sx0 - xa: sx1 - xa] = ink[sy0:sy1, sx0:sx1]
        if ignore is not None:
            keep[sy0 - ya: sy1 - ya, sx0 - xa: sx1 - xa] = ~ignore[sy0:sy1, sx0:sx1]
    if blur > 0:
        from scipy import ndimage as ndi
        area = ndi.gaussian_filter(area, blur, mode="constant")
    best, arg = math.inf, (0, 0)
    for oy in range(2 * search + 1):
        for ox in range(2 * search + 1):
            d = np.abs(area[oy: oy + h, ox: ox + w] - t)
            v = float(d[keep[oy: oy + h, ox: ox + w]].sum()) if ignore is not None else float(d.sum())
            if v < best:
                best, arg = v, (ox - search, oy - search)
    return best / total, arg


# ---------------------------------------------------------------------------------------------
# Figures drawn by other tools (matplotlib, graphviz…): their own layout, palette and fonts. Nothing is
# known of where things are drawn, so what follows reads by shape alone and names things by OCR.


def ink(rgb: np.ndarray) -> np.ndarray:
    """(H, W) float32 0–1: how far each pixel is from the page colour (the most common colour) in its
    most different channel — black and saturated colours alike count as ink (tab:blue 0.6, tab:orange
    0.95), a light fill (alpha ≈ 0.2 over white) stays below 0.25."""
    a = np.asarray(rgb, dtype=np.int16)[..., :3]
    if a.size == 0:
        return np.zeros(a.shape[:2], np.float32)
    q = (a // 4).reshape(-1, 3)
    key = (q[:, 0].astype(np.int64) << 12) | (q[:, 1].astype(np.int64) << 6) | q[:, 2]
    k = int(np.bincount(key).argmax())
    page = np.array([(k >> 12) & 63, (k >> 6) & 63, k & 63], np.int16) * 4 + 2
    return (np.abs(a - page).max(axis=-1) / 255.0).astype(np.float32)


def text_blobs(mask: np.ndarray, gap: float) -> list[tuple[int, int, int, int]]:
    """Boxes (x0, y0, x1, y1; px, end exclusive) of the groups of ``mask`` pieces lying within ``gap`` px
    of each other across (``gap`` / 2 up and down) — a word's letters, "5 cm" with its space."""
    from scipy import ndimage as ndi
    gx, gy = max(int(round(gap)), 1), max(int(round(gap / 2)), 1)
    # a box dilation, as a separable maximum filter (the same pixels, many times faster)
    grown = ndi.maximum_filter(np.asarray(mask, bool), size=(2 * gy + 1, 2 * gx + 1), mode="constant", cval=False)
    lab, _ = ndi.label(grown)
    out = []
    for k, sl in enumerate(ndi.find_objects(lab), start=1):
        if sl is None:
            continue
        m = mask[sl] & (lab[sl] == k)
        ys, xs = np.nonzero(m)
        if not len(xs):
            continue
        out.append((int(sl[1].start + xs.min()), int(sl[0].start + ys.min()), int(sl[1].start + xs.max() + 1),
                    int(sl[0].start + ys.max() + 1)))
    return out


def read_blob(rgb: np.ndarray, box: tuple[int, int, int, int], keep: np.ndarray | None = None,
              *, stretch: bool = False) -> tuple[str, float]:
    """The text in ``box`` of ``rgb`` read by OCR (``nesy.see.ocr.read_line``), on a white page with a
    margin of half the text's height; ``keep``: only these pixels are copied (the rest is page), so a line
    running past the text is not read with it."""
    from .ocr import read_line
    x0, y0, x1, y1 = box
    h = y1 - y0
    pad = max(int(0.5 * h), 4)
    H, W = rgb.shape[:2]
    crop = np.full((h + 2 * pad, x1 - x0 + 2 * pad, 3), 255, np.uint8)
    src = np.asarray(rgb[y0:y1, x0:x1, :3])
    if keep is not None:
        src = np.where(keep[y0:y1, x0:x1, None], src, 255)
    crop[pad:pad + h, pad:pad + (x1 - x0)] = src
    # grey the colour away (the recogniser was trained on dark text) and bring small text to ~32 px high.
    # ``stretch`` (words: length labels): the contrast is stretched so the darkest ink is black (light or
    # blurred coloured text — matplotlib's tab:purple blurred by σ = 1 px — keeps under half its contrast)
    # and the crop enlarged smoothly (bicubic), not by repeating pixels: on the blurred and halved copies
    # of benchmarks/other_tools/geometry.py '8 cm' read 'Btm' and '8cn' before, '8cm' after. Single glyphs
    # (a state diagram's 'a', '0') read worse so and keep the plain reading
    from PIL import Image, ImageFilter
    g = crop.min(axis=-1).astype(np.float32)
    lo = float(np.percentile(g, 2))
    if stretch and lo < 200:
        g = np.clip((g - lo) / max(255.0 - lo, 1.0) * 255.0, 0, 255)
    g = g.astype(np.uint8)
    up = min(max(1, int(round(32 / max(h, 1)))), 4)
    if stretch and up > 1:
        g = np.asarray(Image.fromarray(g).resize((g.shape[1] * up, g.shape[0] * up), Image.Resampling.BICUBIC))
        up = 1
    text, score = read_line(np.stack([g, g, g], axis=-1), upscale=up)
    if score < 0.9:
        # blurred or resampled glyphs: read again with their edges sharpened (unsharp mask, radius 2 px,
        # 200 %) and keep the surer reading. On the blurred copies of benchmarks/other_tools/automata.py a
        # lone 'a' went from 0.33 to 0.86 confidence and '0' from 0.40 to 0.57; clean text reads the same
        sharp = np.asarray(Image.fromarray(g).filter(ImageFilter.UnsharpMask(radius=2, percent=200, threshold=0)))
        t2, s2 = read_line(np.stack([sharp, sharp, sharp], axis=-1), upscale=up)
        if s2 > score:
            text, score = t2, s2
    return text, score


def refit_line(px: np.ndarray, py: np.ndarray, theta: float, d: float) -> tuple[float, float, float]:
    """The Hough line x·cos θ + y·sin θ = d refitted to the principal axis of the ink pixels (px, py) within
    3 px of it: (c, s, d) with (c, s) its unit normal (the line as given where fewer than 10 pixels lie on it)."""
    c, s = math.cos(theta), math.sin(theta)
    near = np.abs(px * c + py * s - d) <= 3.0
    if near.sum() < 10:
        return c, s, float(d)
    P = np.column_stack([px[near], py[near]])
    m = P.mean(axis=0)
    _, _, vt = np.linalg.svd(P - m, full_matrices=False)
    return float(vt[1][0]), float(vt[1][1]), float(vt[1] @ m)


def polygon_corners(lines: list[tuple[float, float, float]], cx: float, cy: float
                    ) -> list[tuple[float, float]] | None:
    """The corners (x, y px, in order around) of the convex polygon bounded by ``lines`` (each (c, s, d):
    x·c + y·s = d) around the point (cx, cy) inside it: the lines sorted by the direction of their outward
    normals, each neighbouring pair intersected (corner i between lines i and i+1); None where two
    neighbouring sides are within 8° of parallel."""
    norm = []
    for c, s, d in lines:
        if c * cx + s * cy > d:
            c, s, d = -c, -s, -d
        norm.append((math.atan2(s, c), c, s, d))
    norm.sort()
    out = []
    n = len(norm)
    for i in range(n):
        _, c1, s1, d1 = norm[i]
        _, c2, s2, d2 = norm[(i + 1) % n]
        det = c1 * s2 - s1 * c2
        if abs(det) < math.sin(math.radians(8)):
            return None
        out.append(((d1 * s2 - s1 * d2) / det, (c1 * d2 - d1 * c2) / det))
    return out


def hough_polygon(mask: np.ndarray, n: int) -> list[tuple[float, float]] | None:
    """The corners (x, y px, in order around) of the convex ``n``-gon whose sides are the ``n`` strongest
    straight lines of ``mask`` (a Hough transform at 0.25°), each refitted to the mask pixels within 3 px
    of it; None when fewer lines are seen or two neighbouring sides are near parallel."""
    from skimage.transform import hough_line, hough_line_peaks
    theta = np.deg2rad(np.arange(-90.0, 90.0, 0.25))
    hs, ang, dist = hough_line(mask, theta=theta)
    _, angles, dists = hough_line_peaks(hs, ang, dist, num_peaks=n, min_distance=9, min_angle=12,
                                        threshold=0.2 * hs.max())
    if len(angles) < n:
        return None
    ys, xs = np.nonzero(mask)
    px, py = xs.astype(float), ys.astype(float)
    lines = [refit_line(px, py, t, d) for t, d in zip(angles, dists)]
    on = np.zeros(len(px), bool)
    for c, s, d in lines:
        on |= np.abs(px * c + py * s - d) <= 2.0
    return polygon_corners(lines, float(px[on].mean()), float(py[on].mean()))
