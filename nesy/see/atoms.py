"""Reading ball drawings of a unit cell made by other tools (matplotlib scatter or ``Circle`` patches, textbook
black-and-white plates), whatever their colours: atoms are found by shape, told apart by their own fill colour
and size, and placed on the expected lattice by a fitted scale and offset.

What it hands to a science's verifier:

- ``read_discs(rgb)``: every filled disc (a coloured, grey or black fill, its rim any colour) and every open
  disc (a ring around a page-coloured interior) — centre, radius (px) and a *group*: discs of one fill
  colour and one size. Lines (cell outline, bonds, axes) and text are thinner than the opening that keeps
  discs, and what survives must be round to count; a symbol written on a ball is taken as part of its fill;
- ``fit_lattice(centres, expected, spacing)``: the scale (px per Å) and offset mapping the expected
  projected positions (Å, y up) onto the image (px, y down) that places the most expected sites on a disc —
  every disc paired with every site as a hypothesis, at scales from the discs' nearest-neighbour spacings —
  then refined by least squares over the matched pairs;
- ``drawn_fraction_along(ink, segments, discs)``: how much of each expected line (the cell outline) has ink
  on it, outside the discs drawn over it.

Tolerances (see the functions) follow what a drawing's measurement allows: a disc centre is its pixels'
centroid, good to about a pixel on a crisp copy and to ~2 px after blur or JPEG; a halved copy halves
everything, so the position tolerance is a fraction of the drawn spacing with a pixel floor.
"""
from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass

import numpy as np

__all__ = ["Disc", "read_discs", "fit_lattice", "Fit", "ink_mask", "drawn_fraction_along", "page_colour",
           "species_named"]

INK_DE = 15.0        # ΔE from the page: a pixel this far is ink (anti-aliased 1-px rims stay above it)
GROUP_DE = 18.0      # ΔE between two fill colours told apart (tab10, pastel and grey fills differ by ≥ 25)
ROUND_FILL = (0.80, 1.12)  # area / area of the circle on the box's larger side: a disc ≈ 1, a square 1.27
RING = (0.85, 1.15)  # a disc's edge lies between these multiples of its radius (from the area) about its centroid
ROUND_ASPECT = 0.78  # box side ratio of a disc (a blurred or partly covered one stays above)
LABEL_GLYPHS = 6     # holes a label written on a ball leaves in its fill at most (a symbol, a height: a few glyphs)
SIZE_SPLIT = 1.3     # two radius modes of one colour at least this far apart are two groups (species)


@dataclass(frozen=True)
class Disc:
    """A disc in image px (y down): centre, radius (from its area), fill group and whether it is open."""

    x: float
    y: float
    r: float
    group: int
    open: bool = False


def page_colour(rgb: np.ndarray) -> np.ndarray:
    """The page's colour: the most common colour of the image's border (a figure's margin)."""
    a = np.asarray(rgb, dtype=np.uint8)[..., :3]
    border = np.concatenate([a[0], a[-1], a[:, 0], a[:, -1]]).astype(np.int32) // 4
    packed = (border[:, 0] << 12) | (border[:, 1] << 6) | border[:, 2]
    vals, counts = np.unique(packed, return_counts=True)
    v = int(vals[np.argmax(counts)])
    return np.array([(v >> 12) * 4 + 2, ((v >> 6) & 63) * 4 + 2, (v & 63) * 4 + 2], np.uint8)


def ink_mask(rgb: np.ndarray, lab: np.ndarray | None = None) -> np.ndarray:
    """(H, W) bool: pixels at least ``INK_DE`` from the page colour."""
    from . import rgb_to_lab
    lab = rgb_to_lab(np.asarray(rgb, np.uint8)[..., :3]) if lab is None else lab
    bg = rgb_to_lab(page_colour(rgb)[None, :])[0]
    return np.linalg.norm(lab - bg, axis=2) > INK_DE


def _disk(r: int) -> np.ndarray:
    y, x = np.mgrid[-r:r + 1, -r:r + 1]
    return x * x + y * y <= r * r + r


def _round_parts(m: np.ndarray, min_r: float, max_r: float, touch_border: bool = True,
                 split: bool = True) -> list[tuple[float, float, float]]:
    """Components of ``m`` that are discs once their own holes are filled (a label or glyph drawn on an
    atom): (x, y, r), r from the area; with ``split``, a component that is several overlapping discs gives
    each (``_overlapping``)."""
    from scipy import ndimage as ndi
    lab, _ = ndi.label(m)
    H, W = m.shape
    out = []
    for k, sl in enumerate(ndi.find_objects(lab), start=1):
        if sl is None:
            continue
        h, w = sl[0].stop - sl[0].start, sl[1].stop - sl[1].start
        if max(h, w) < 2 * min_r:
            continue
        if not touch_border and (sl[0].start == 0 or sl[1].start == 0 or sl[0].stop == H or sl[1].stop == W):
            continue
        part = ndi.binary_fill_holes(lab[sl] == k)
        # touching discs leave page-coloured gaps between them: read as overlapping from the unfilled part
        if min(h, w) / max(h, w) < ROUND_ASPECT or max(h, w) > 2 * max_r:
            if split:
                out += [(x + sl[1].start, y + sl[0].start, r) for x, y, r in _overlapping(lab[sl] == k, min_r)]
            continue
        area = float(part.sum())
        R = max(h, w) / 2.0
        if not ROUND_FILL[0] <= area / (math.pi * R * R) <= ROUND_FILL[1]:
            if split:
                out += [(x + sl[1].start, y + sl[0].start, r) for x, y, r in _overlapping(lab[sl] == k, min_r)]
            continue
        r = math.sqrt(area / math.pi)
        if not (min_r <= r <= max_r):
            continue
        ys, xs = np.nonzero(part)
        cx, cy = float(xs.mean()), float(ys.mean())
        # between two circles about its centroid: no pixel of it beyond, no gap in it within (a square
        # with its corners bitten off has the area of a disc, not its edge)
        yy, xx = np.mgrid[0:h, 0:w]
        rad = np.hypot(xx - cx, yy - cy)
        if rad[part].max() > RING[1] * r + 1.0 or (not part.all() and rad[~part].min() < RING[0] * r - 1.0):
            continue
        out.append((cx + sl[1].start, cy + sl[0].start, r))
    return out


def _written_on(m: np.ndarray, ink: np.ndarray, se: np.ndarray) -> np.ndarray:
    """``m`` (one fill colour) with a label written on it taken as part of it, so that the opening by ``se``
    that keeps discs does not cut a ball apart along the few pixels between a large symbol and its rim: the
    holes of ``m`` that are mostly ink, less than half of the shape they lie in (``m`` with its inked holes,
    opened by ``se``: the cell's lines do not join the balls into one) and at most ``LABEL_GLYPHS`` in it (a
    symbol or a height, a few characters) are filled. A shape with more holes is a pattern (hatching, a
    stipple) whose colour is none of its parts', and keeps them; a hole that is most of its shape (the fill
    inside an outline ring of this colour) or of page colour (an open ring, the cell inside its outline)
    stays open."""
    from scipy import ndimage as ndi
    holes = ndi.binary_fill_holes(m) & ~m
    hl, n_h = ndi.label(holes)
    if not n_h:
        return m
    idx = np.arange(1, n_h + 1)
    inked = ndi.mean(ink, hl, idx) >= 0.5
    shape, n_s = ndi.label(ndi.binary_opening(m | np.isin(hl, idx[inked]), structure=se))
    area = np.bincount(shape.ravel(), minlength=n_s + 1)
    of = ndi.maximum(shape, hl, idx).astype(int)
    fill = inked & (of > 0) & (ndi.sum(holes, hl, idx) < 0.5 * area[of])
    glyphs = np.bincount(of[fill], minlength=n_s + 1)
    return m | np.isin(hl, idx[fill & (glyphs[of] <= LABEL_GLYPHS)])


def _overlapping(part: np.ndarray, min_r: float) -> list[tuple[float, float, float]]:
    """Discs of one fill that overlap (touching spheres drawn in one colour): the peaks of the distance to
    the part's edge are their centres (a disc's centre is farther from the union's edge than any other of
    its points), each with that distance as its radius. Accepted only when those discs, together, are the
    part — within 8 % of its area either way — so a thick line or a glyph (a ridge of peaks) is not read as
    atoms."""
    from scipy import ndimage as ndi
    dt = ndi.distance_transform_edt(np.pad(part, 1))[1:-1, 1:-1]
    if dt.max() < min_r:
        return []
    k = max(int(2 * min_r) | 1, 3)
    # peaks at least 2 × min_r deep (a bond stick is thinner) and a radius apart (a ridge's peaks are denser)
    peaks = np.argwhere((dt == ndi.maximum_filter(dt, size=k)) & (dt >= max(2 * min_r, 0.5 * dt.max())))
    cand = sorted(((float(dt[y, x]), float(x), float(y)) for y, x in peaks), reverse=True)
    acc: list[tuple[float, float, float]] = []
    for r, x, y in cand:
        if all(math.hypot(x - a, y - b) > max(r, c) for a, b, c in acc):
            acc.append((x, y, r))
    if len(acc) < 2 or len(acc) > 12:
        return []
    yy, xx = np.mgrid[0:part.shape[0], 0:part.shape[1]]
    union = np.zeros(part.shape, bool)
    for x, y, r in acc:
        union |= (xx - x) ** 2 + (yy - y) ** 2 <= (r + 0.5) ** 2
    n = float(part.sum())
    if (part & ~union).sum() > 0.08 * n or (union & ~part).sum() > 0.08 * n:
        return []
    return [(x, y, r + 0.5) for x, y, r in acc]


def _colour_groups(lab: np.ndarray, solid: np.ndarray, max_groups: int = 8) -> list[np.ndarray]:
    """Fill colours (Lab) of the solid ink, most common first: greedy clusters of radius ``GROUP_DE``."""
    px = lab[solid]
    if not len(px):
        return []
    q = np.round(px / 6.0).astype(np.int32)
    keys, inv, counts = np.unique(q, axis=0, return_inverse=True, return_counts=True)
    inv = inv.ravel()
    left = np.ones(len(px), bool)
    centres: list[np.ndarray] = []
    floor = max(12, int(0.004 * len(px)))
    while left.any() and len(centres) < max_groups:
        c_counts = np.bincount(inv[left], minlength=len(keys))
        k = int(np.argmax(c_counts))
        if c_counts[k] < floor // 4:
            break
        seed = px[left & (inv == k)].mean(axis=0)
        near = left & (np.linalg.norm(px - seed, axis=1) < GROUP_DE)
        if near.sum() >= floor:
            centres.append(px[near].mean(axis=0))
        left &= ~near
    return centres


def read_discs(rgb: np.ndarray, *, min_r: float = 3.0) -> tuple[list[Disc], list[np.ndarray]]:
    """Every disc drawn in ``rgb`` ((H, W, 3) uint8) and the fill colour (Lab) of each group (an open disc's
    group has the page colour). Groups: one fill colour, split where its radii fall into two modes
    ``SIZE_SPLIT`` apart (a black-and-white plate tells species by size). A smaller disc of another group
    concentric with a larger one is the atom in front (the larger shows only as a ring behind it) and hides
    it; any other disc inside a larger one (a glyph's hole, a highlight) is dropped. Touching discs of one
    colour are split at their centres (``_overlapping``)."""
    from scipy import ndimage as ndi

    from . import rgb_to_lab
    a = np.asarray(rgb, np.uint8)[..., :3]
    lab = rgb_to_lab(a)
    ink = ink_mask(a, lab)
    H, W = ink.shape
    max_r = 0.3 * min(H, W)
    # lines and text strokes up to ~4 px wide do not hold this disc; atoms (r ≥ 3 px) do
    se = _disk(2)
    solid = ndi.binary_opening(ink, structure=se)
    cents = _colour_groups(lab, solid)
    raw: list[tuple[float, float, float, int, bool]] = []
    if cents:
        C = np.stack(cents)
        d = np.linalg.norm(lab[:, :, None, :] - C[None, None, :, :], axis=3)
        near = np.argmin(d, axis=2)
        close = d.min(axis=2) < GROUP_DE * 1.4
        for g in range(len(cents)):
            m = _written_on(ink & close & (near == g), ink, se)
            m = ndi.binary_opening(m, structure=se)
            raw += [(x, y, r, g, False) for x, y, r in _round_parts(m, min_r, max_r)]
    # open discs: page-coloured interiors enclosed by a ring
    g_open = len(cents)
    raw += [(x, y, r + 1.0, g_open, True) for x, y, r in _round_parts(~ink, min_r, max_r, touch_border=False,
                                                                           split=False)]
    cents = list(cents)
    raw = _shaded_balls(raw, solid, lab, cents, min_r, max_r)
    # a disc inside a larger one: concentric, it is drawn on top of it (a plan view drawn atom by atom,
    # back to front: the larger disc behind shows only as a ring) and the larger is hidden; off-centre, it is
    # a glyph's hole or a highlight on the larger one and is dropped
    raw.sort(key=lambda t: -t[2])
    hidden: set[int] = set()
    drop: set[int] = set()
    for i, t in enumerate(raw):
        for j in range(i):
            k = raw[j]
            dd = math.hypot(t[0] - k[0], t[1] - k[1])
            if dd < k[2]:
                if dd <= 0.2 * k[2] and t[3] != k[3] and t[2] < 0.9 * k[2]:
                    hidden.add(j)
                else:
                    drop.add(i)
                break
    kept = [t for i, t in enumerate(raw) if i not in drop and i not in hidden]
    # drop specks far smaller than the drawn atoms (glyph holes outside any disc, JPEG blobs)
    if kept:
        big = max(t[2] for t in kept)
        kept = [t for t in kept if t[2] >= 0.25 * big]
    cols = list(cents[:g_open]) + [rgb_to_lab(page_colour(a)[None, :])[0]] + list(cents[g_open:])
    # split a group by size where its radii fall in two modes
    discs: list[Disc] = []
    next_g = len(cols)
    for g in sorted({t[3] for t in kept}):
        mem = sorted((t for t in kept if t[3] == g), key=lambda t: t[2])
        rs = [t[2] for t in mem]
        cut = None
        if len(rs) > 1:
            ratios = [rs[i + 1] / rs[i] for i in range(len(rs) - 1)]
            i = int(np.argmax(ratios))
            if ratios[i] >= SIZE_SPLIT:
                cut = i + 1
        for i, t in enumerate(mem):
            gg = g
            if cut is not None and i >= cut:
                gg = next_g
            discs.append(Disc(t[0], t[1], t[2], gg, t[4]))
        if cut is not None:
            cols.append(cols[g])
            next_g += 1
    discs.sort(key=lambda d: (d.y, d.x))
    return discs, cols


def _shaded_balls(raw: list[tuple[float, float, float, int, bool]], solid: np.ndarray, lab: np.ndarray,
                  cents: list[np.ndarray], min_r: float, max_r: float) -> list[tuple[float, float, float, int, bool]]:
    """A shaded ball (a radial gradient, a highlight, a rim darker than its middle) is read by colour in
    pieces — a darker crescent, a light highlight read as an open disc — none of them the ball, each off its
    centre. Where the ink's own round shape (its holes filled) holds such pieces and no disc of its size, the
    shape is the ball and replaces them; its group is its mean colour's (a new one, after the open group,
    when no shaded ball before had that colour). A ball read whole, or a smaller atom drawn concentric on a
    larger one (a plan view's column), already holds a disc of the shape's size and is left as read."""
    from scipy import ndimage as ndi
    shapes = _round_parts(ndi.binary_fill_holes(solid), min_r, max_r, split=False)
    if not shapes or not raw:
        return raw
    out = list(raw)
    n_flat = len(cents)
    shade_cols: list[np.ndarray] = []
    H, W = solid.shape
    yy, xx = np.mgrid[0:H, 0:W]
    for x, y, r in shapes:
        inside = [k for k, t in enumerate(out) if math.hypot(t[0] - x, t[1] - y) < r]
        if not inside or any(out[k][2] >= 0.85 * r for k in inside):
            continue
        if any(math.hypot(out[k][0] - x, out[k][1] - y) <= 0.15 * r for k in inside):
            continue   # a concentric smaller disc: an atom drawn on a larger one, not a shaded ball
        x0, x1, y0, y1 = int(max(x - r, 0)), int(min(x + r + 1, W)), int(max(y - r, 0)), int(min(y + r + 1, H))
        m = (xx[y0:y1, x0:x1] - x) ** 2 + (yy[y0:y1, x0:x1] - y) ** 2 <= r * r
        col = lab[y0:y1, x0:x1][m].mean(axis=0)
        g = next((i for i, c in enumerate(shade_cols) if np.linalg.norm(c - col) < GROUP_DE), None)
        if g is None:
            shade_cols.append(col)
            g = len(shade_cols) - 1
        out = [t for k, t in enumerate(out) if k not in inside] + [(x, y, r, n_flat + 1 + g, False)]
    cents.extend(shade_cols)
    return out


@dataclass(frozen=True)
class Fit:
    """Image px = offset + scale × (x, −y) of the expected Å positions; ``pairs``: (site, disc) indices
    matched within ``tol`` px; ``tol``: the matching tolerance used."""

    scale: float
    offset: tuple[float, float]
    pairs: tuple[tuple[int, int], ...]
    tol: float

    def to_px(self, xy: np.ndarray) -> np.ndarray:
        xy = np.asarray(xy, float).reshape(-1, 2)
        return np.stack([self.offset[0] + self.scale * xy[:, 0], self.offset[1] - self.scale * xy[:, 1]], axis=1)


def _match(xy: np.ndarray, O: np.ndarray, tol: np.ndarray | float) -> list[tuple[int, int]]:
    """One-to-one (site, disc) pairs within ``tol`` (one for all sites, or one per site), nearest first."""
    if not len(xy) or not len(O):
        return []
    d = np.linalg.norm(xy[:, None] - O[None], axis=2)
    tol = np.broadcast_to(np.asarray(tol, float), (len(xy),))
    order = np.argsort(d, axis=None, kind="stable")
    order = order[: int(np.searchsorted(d.ravel()[order], tol.max(), side="right"))]
    used_s, used_o, out = set(), set(), []
    for f in order:
        i, j = divmod(int(f), d.shape[1])
        if d[i, j] > tol[i]:
            continue
        if i in used_s or j in used_o:
            continue
        used_s.add(i)
        used_o.add(j)
        out.append((i, j))
    return sorted(out)


def fit_lattice(centres: np.ndarray, expected: np.ndarray, spacing: float, *, rel_tol: float = 0.06,
                floor_px: float = 2.5) -> Fit | None:
    """Fit ``expected`` (N × 2, Å, y up) to the disc ``centres`` (M × 2, px, y down). ``spacing``: the
    closest expected projected distance (Å). Hypotheses: scales = each disc's nearest-neighbour distance over
    ``spacing``; offsets = each (site, disc) pairing; the one placing most sites within 15 % of a spacing
    wins (ties: smaller residual), then scale and offset are refined by least squares over its pairs. The
    final matching tolerance is ``rel_tol`` of the drawn spacing, at least ``floor_px`` — a centre's
    measurement error, far below the half spacing any misplaced atom is off by. None when nothing fits."""
    O = np.asarray(centres, float).reshape(-1, 2)
    E = np.asarray(expected, float).reshape(-1, 2)
    if len(O) < 1 or len(E) < 1:
        return None
    F = np.stack([E[:, 0], -E[:, 1]], axis=1)
    if len(O) > 1:
        dO = np.linalg.norm(O[:, None] - O[None], axis=2)
        np.fill_diagonal(dO, np.inf)
        nn = dO.min(axis=1)
        # the closest drawn spacing may be the expected closest one or, where a site is missing, one of
        # the next few expected distances
        dE = np.linalg.norm(E[:, None] - E[None], axis=2)
        dists = sorted({round(float(v), 3) for v in dE[dE > 1e-6]})
        dists = [v for v in dists if v <= 2.01 * spacing][:4] or [spacing]
        scales = sorted({round(float(v) / e, 2) for v in nn for e in dists})
    else:
        return None
    best = None
    for s in scales:
        if s <= 0:
            continue
        T = (O[:, None, :] - s * F[None, :, :]).reshape(-1, 2)          # candidate offsets
        T = np.unique(np.round(T, 1), axis=0)
        tol = 0.15 * s * spacing
        P = T[:, None, :] + s * F[None, :, :]                            # K × N × 2
        d = np.linalg.norm(P[:, :, None, :] - O[None, None, :, :], axis=3).min(axis=2)   # K × N
        hit = d <= tol
        score = hit.sum(axis=1)
        resid = np.where(hit, d, 0).sum(axis=1) / np.maximum(score, 1) / (s * spacing)
        k = int(np.lexsort((resid, -score))[0])
        cand = (int(score[k]), -float(resid[k]), s, T[k])
        if best is None or cand[:2] > best[:2]:
            best = cand
    if best is None or best[0] < 2:
        return None
    _, _, s, t = best
    pairs = _match(t + s * F, O, 0.15 * s * spacing)
    for _ in range(2):
        if len(pairs) < 2:
            break
        A = np.zeros((2 * len(pairs), 3))
        b = np.zeros(2 * len(pairs))
        for n, (i, j) in enumerate(pairs):
            A[2 * n] = [F[i, 0], 1, 0]
            A[2 * n + 1] = [F[i, 1], 0, 1]
            b[2 * n], b[2 * n + 1] = O[j]
        sol = np.linalg.lstsq(A, b, rcond=None)[0]
        s, t = float(sol[0]), sol[1:]
        pairs = _match(t + s * F, O, 0.15 * s * spacing)
    tol = max(floor_px, rel_tol * s * spacing)
    pairs = _match(t + s * F, O, tol)
    return Fit(float(s), (float(t[0]), float(t[1])), tuple(pairs), float(tol))


def drawn_fraction_along(ink: np.ndarray, segments: np.ndarray, discs: list[Disc], *, reach: float = 2.0,
                         step: float = 1.5) -> tuple[float, int]:
    """(share, n): of the n points sampled every ``step`` px along ``segments`` (K × 4 px: x0, y0, x1, y1)
    outside every disc (an atom drawn over the line hides it), the share that has ink within ``reach`` px.
    (0.0, 0) when the discs cover every point."""
    from scipy import ndimage as ndi
    grown = ndi.binary_dilation(ink, structure=_disk(max(int(round(reach)), 1)))
    H, W = ink.shape
    hits = total = 0
    for x0, y0, x1, y1 in np.asarray(segments, float).reshape(-1, 4):
        n = max(int(math.hypot(x1 - x0, y1 - y0) / step), 2)
        for f in np.linspace(0, 1, n):
            x, y = x0 + f * (x1 - x0), y0 + f * (y1 - y0)
            if any(math.hypot(x - d.x, y - d.y) <= d.r + reach for d in discs):
                continue
            xi, yi = int(round(x)), int(round(y))
            if not (0 <= xi < W and 0 <= yi < H):
                total += 1
                continue
            total += 1
            hits += bool(grown[yi, xi])
    return (hits / total if total else 0.0), total


# ---------------------------------------------------------------------------------------------
# species named in the figure's words (a legend, labels on the balls, a title): an element the figure names is
# a claim about what the cell holds, so a figure of Po labelled "Te" is wrong however well its balls sit

_FORMULA = re.compile(r"^(?:[A-Z][a-z]?\d*)+$")
_SYMBOL = re.compile(r"[A-Z][a-z]?")
# element symbols that are also English words opening a sentence or a title
_ENGLISH = frozenset({"In", "As", "At", "Be", "He", "No", "Am", "Ho", "Os", "Es", "Mo", "Co"})


@functools.lru_cache(maxsize=1)
def _elements() -> tuple[frozenset, dict[str, str]]:
    """Every element's symbol, and its English names (lower case; IUPAC 2016 spellings plus the older British
    'caesium', 'aluminium', 'sulphur') → symbol, from pymatgen's periodic table."""
    from pymatgen.core.periodic_table import Element
    symbols = frozenset(e.symbol for e in Element)
    names = {e.long_name.lower(): e.symbol for e in Element}
    names.update({"caesium": "Cs", "aluminium": "Al", "sulphur": "S"})
    return symbols, names


def species_named(words: list[str]) -> set[str]:
    """The element symbols the figure's words name: a two-letter symbol or a formula with a lower-case letter
    ("Na", "Cl⁻", "NaCl", "CsCl"), or an element's name ("sodium", "Iron"). A lone capital letter ("C", "B") or
    an all-capital word ("BCC", "FCC", "SC") is no claim: axis names, corners and acronyms read the same."""
    symbols, names = _elements()
    out: set[str] = set()
    for text in words:
        found = list(re.finditer(r"[A-Za-z]+\d*", text))
        toks = [m.group() for m in found]
        # a symbol with a bracketed note straight after it ("Mo (bcc)", "Co (hcp)") labels a figure: it is no
        # word of a sentence
        noted = {m.group() for m in found if re.match(r"\s*\(", text[m.end():])}
        for tok in toks:
            # OCR's l/I confusion: a capital I straight after a capital that makes a symbol with l is that l
            # ("CsCI" → "CsCl", "AI" → "Al"); no symbol is a capital followed by a capital I
            tok = re.sub(r"(?<=[A-Z])I", lambda m: "l", tok) if re.search(r"[A-Z]I", tok) else tok
            if tok in _ENGLISH and len(toks) > 1 and tok not in noted:
                continue   # "In the cell", "As drawn": a word of a sentence, not indium or arsenic
            if tok.lower() in names:
                out.add(names[tok.lower()])
                continue
            if not _FORMULA.match(tok) or not re.search(r"[a-z]", tok):
                continue
            parts = _SYMBOL.findall(tok)
            if all(p in symbols for p in parts):
                out.update(parts)
    return out
