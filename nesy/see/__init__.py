"""nesy's eyes: read a figure's pixels into the classes a verifier knows, however the image was degraded.

The verify stage of every science starts here. ``classify(rgb, palette)`` turns an RGB image into a
``LabelMap``: each pixel gets the palette class whose colour it shows, or ``BACKGROUND`` / ``INK``
(near-black text and marks) / ``UNKNOWN``. The classes are the science's style colours; the map is
what the science's checks measure (masks, connected components, outlines), so the checks never see
raw RGB values.

Contract of ``classify``:

- A pixel whose colour is *exactly* a palette colour gets that class (nesy's own crisp PNG is read
  exactly as before: the fast path and the robust path agree on every pixel of an untouched figure,
  ``tests/see/test_reader.py`` pins it on every science's suite figures).
- Otherwise the colour is compared in CIELAB (ΔE 1976, perceptual: a ±8 shift on every channel is
  ΔE ≲ 8, JPEG q ≥ 75 chroma error on a 2-px stroke ΔE ≲ 20) with every class, the background and
  the ink colour: it gets the nearest one when that is within ``tol`` ΔE and clearly nearer than the
  second (within half the distance between the two colours — the Voronoi cell of the class), else
* it is tested as an anti-aliased / blurred mix of one class with the background (what blur, resize
  and anti-aliasing make of a thin stroke on the page): ``pixel ≈ bg + α (class − bg)``, residual
  ≤ ``tol``; the class when ``α ≥ 0.5`` (more stroke than page: the 50 % crossing of a blurred edge is
  where the crisp edge was, so measured sizes do not grow or shrink with blur), else background.
- Rims: between two classes A and B blur makes colours on the segment A–B; one that happens to lie
  near a third class C would read as a thin ring of C. A non-exact pixel whose colour is explained
  by such a mix better than by C (segment residual < ΔE to C / 2) is given the nearer of A and B.
- JPEG's chroma subsampling keeps a thin stroke's luma and dilutes its chroma: an unexplained pixel of a
  class's hue, 30–115 % of its chroma and nearer its luma than the page's, is that class; a class and its
  declared pale ``tints`` (same hue) are then told apart by luma. Colours only an exact reading can tell
  apart (``same``, e.g. ΔE ≈ 2) are one class on a degraded copy, for the science to split by geometry.
- Nothing else is guessed: an image in other colours yields mostly ``UNKNOWN``, which the checks
  report as objects not found (never a pass).

Scale: a verifier measuring in pixels multiplies its pixel tolerances and minimum areas by
``scale`` (image px per nesy canvas px), read from the image's size against the canvas the scene
draws on (``scale_from_size``) or from a stroke of known width (``stroke_scale``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

import numpy as np

__all__ = ["BACKGROUND", "INK", "UNKNOWN", "LabelMap", "classify", "rgb_to_lab", "hex_rgb", "mask",
           "components", "drop_small", "keep_major", "majority", "read_colours", "half_max_run", "to_canvas", "text_ink", "blobs", "scale_from_size", "stroke_scale", "frame_column", "blur_sigma"]

BACKGROUND = 0
INK = -1
UNKNOWN = -2

# Default colour tolerance, ΔE76. Measured on nesy's palettes (tests/see): JPEG q75 moves a 2-px
# coloured stroke's centre by up to ≈ 18, a ±8 channel shift by ≤ 9, blur σ = 1.5 keeps the centre of a
# ≥ 4-px fill within ≈ 3; two distinct palette colours of one science are ≥ 20 apart, and a pixel must
# also sit in its class's Voronoi cell, so ``tol`` never decides between two classes.
TOL = 24.0
# The exact fast path (nesy's untouched PNG read by exact colours). tests/see switch it off to prove
# that the robust reading gives every suite figure the same verdict.
FAST_PATH = True
# Luma (JPEG's Y, 0–255) error of a thin stroke under JPEG q ≥ 75 (measured ≲ 12): a pixel that a mix
# also explains is given to a class by the chroma rule only when its luma is the class's within this.
Y_JPEG = 12.0
PURE = 6.0   # a pixel this close to a class is that class, never a rim (±8 shifts stay under it mostly)


def hex_rgb(c: str | Iterable[int]) -> tuple[int, int, int]:
    """'#rrggbb' (or an (r, g, b) triple) → (r, g, b) ints."""
    if isinstance(c, str):
        s = c.lstrip("#")
        if len(s) == 3:
            s = "".join(ch * 2 for ch in s)
        return int(s[0:2], 16), int(s[2:4], 16), int(s[4:6], 16)
    r, g, b = c
    return int(r), int(g), int(b)


def rgb_to_lab(rgb: np.ndarray) -> np.ndarray:
    """(..., 3) uint8 sRGB → (..., 3) float32 CIELAB (D65)."""
    a = np.asarray(rgb, dtype=np.float32) / 255.0
    a = np.where(a <= 0.04045, a / 12.92, ((a + 0.055) / 1.055) ** 2.4)
    m = np.array([[0.4124564, 0.3575761, 0.1804375], [0.2126729, 0.7151522, 0.0721750],
                  [0.0193339, 0.1191920, 0.9503041]], np.float32)
    xyz = a @ m.T / np.array([0.95047, 1.0, 1.08883], np.float32)
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    L = 116 * f[..., 1] - 16
    return np.stack([L, 500 * (f[..., 0] - f[..., 1]), 200 * (f[..., 1] - f[..., 2])], axis=-1).astype(np.float32)


def _packed(rgb: np.ndarray) -> np.ndarray:
    return (rgb[..., 0].astype(np.int32) << 16) | (rgb[..., 1].astype(np.int32) << 8) | rgb[..., 2]


@dataclass
class LabelMap:
    """The classes seen in an image. ``labels``: (H, W) int16 — k ≥ 1 is ``names[k - 1]``;
    ``BACKGROUND`` (0), ``INK`` (-1: near-black text/marks), ``UNKNOWN`` (-2). ``exact``: True when every
    pixel was exactly one of the given colours or a neutral text grey (an untouched nesy PNG; then only
    exact colours have classes, the greys are ``UNKNOWN``). ``scale``: image px per canvas px
    when the caller knew it (else 1.0)."""

    labels: np.ndarray
    names: tuple[str, ...]
    exact: bool
    scale: float = 1.0
    _index: dict[str, int] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._index = {n: k + 1 for k, n in enumerate(self.names)}

    def mask(self, *names: str) -> np.ndarray:
        """Boolean (H, W): pixels of any of the named classes (an unknown name matches nothing)."""
        out = np.zeros(self.labels.shape, bool)
        for n in names:
            k = self._index.get(n)
            if k is not None:
                out |= self.labels == k
        return out

    @property
    def ink(self) -> np.ndarray:
        return self.labels == INK

    def px(self, nominal: float) -> float:
        """A length of ``nominal`` canvas px, in this image's px."""
        return nominal * self.scale

    def area(self, nominal: float) -> float:
        """An area of ``nominal`` canvas px², in this image's px²."""
        return nominal * self.scale * self.scale


def classify(rgb: np.ndarray, palette: Mapping[str, Any], *, background: Any = "#ffffff",
             ink: Any = "#000000", tol: float = TOL, scale: float = 1.0, rims: bool = True,
             core: float | None = None, core_classes: Iterable[str] | None = None,
             lines: Iterable[str] = (), same: Iterable[Iterable[str]] = (),
             tints: Iterable[tuple[str, str]] = ()) -> LabelMap:
    """(H, W, 3) uint8 RGB → ``LabelMap`` of the classes in ``palette`` (name → '#rrggbb' or (r, g, b)).

    Several names may share one colour (they are one class then: the first name gets the pixels and
    ``mask`` of any of them returns them). See the module docstring for the rules and tolerances.

    ``core`` (ΔE, for figures of filled regions): a connected piece of a class with no pixel within
    ``core`` of the class colour is only a rim or a mix of other colours (blur between two fills, the
    inside of a hatched shape) and becomes ``UNKNOWN``. A filled region ≥ 3 px across keeps its true
    colour at its centre under blur σ ≤ 1.5 and JPEG q ≥ 75, so no real object loses its core; thin
    strokes on the page do, so line figures leave ``core`` off, or name the filled classes in
    ``core_classes`` (the others keep every piece).

    ``lines``: classes drawn as strokes ≤ 2 px wide. Blur σ = 1.5 leaves such a stroke's centre at
    only ≈ 25–50 % of its colour over the page, so for them a mix with the page counts from α ≥ 0.2
    (not 0.5): the stroke is found (a little wider; line checks measure its centre, not its width).

    ``same``: groups of classes whose colours only an exact reading can tell apart (optics draws a ray's
    two parts 4 apart in one channel, ΔE ≈ 2 — below any degradation's error). On a degraded copy each
    group is one class, its first name's (its colour: the group's first), so the nearest-class and
    Voronoi rules are not asked to split a pair no measurement can; the caller splits it by geometry.

    ``tints``: (class, tint) pairs where the tint is the class's colour mixed with the page (same hue,
    lighter: optics' dashed extension of a ray). JPEG's chroma subsampling keeps a stroke's luma and
    halves its chroma, which leaves the hue of both alike; for such a pair the chroma rule decides by
    luma (see ``_chroma_diluted``) instead of giving up on two classes of one hue."""
    rgb = np.ascontiguousarray(np.asarray(rgb, dtype=np.uint8)[..., :3])
    names = tuple(palette)
    if rgb.ndim != 3 or rgb.shape[2] != 3:
        raise ValueError(f"rgb must be an (H, W, 3) array, got shape {rgb.shape}")
    same = [tuple(g) for g in same]
    tints = [tuple(t) for t in tints]
    for what, given in (("lines", lines), ("core_classes", core_classes or ()),
                        ("same", [n for g in same for n in g]), ("tints", [n for t in tints for n in t])):
        bad = [n for n in given if n not in palette]
        if bad:
            raise ValueError(f"{what} must name palette classes, got {bad!r} (palette: {list(names)})")
    cols = np.array([hex_rgb(palette[n]) for n in names], dtype=np.int32).reshape(-1, 3)
    bg = np.array(hex_rgb(background), np.int32)
    inkc = np.array(hex_rgb(ink), np.int32)
    # one code per distinct colour; class k+1 per name (a shared colour goes to its first name)
    codes = (cols[:, 0] << 16) | (cols[:, 1] << 8) | cols[:, 2]
    first: dict[int, int] = {}
    for k, c in enumerate(codes.tolist()):
        first.setdefault(c, k + 1)
    bgc = int((bg[0] << 16) | (bg[1] << 8) | bg[2])
    inkcode = int((inkc[0] << 16) | (inkc[1] << 8) | inkc[2])
    pk = _packed(rgb)
    uniq, inv = np.unique(pk.ravel(), return_inverse=True)
    known = {**{inkcode: INK}, **{bgc: BACKGROUND}, **first}  # palette classes win over bg/ink if equal
    lut = np.full(len(uniq), UNKNOWN, np.int16)
    exact_hit = np.zeros(len(uniq), bool)
    for c, lab in known.items():
        j = np.searchsorted(uniq, c)
        if j < len(uniq) and uniq[j] == c:
            lut[j] = lab
            exact_hit[j] = True
    # nesy's own crisp PNG: every pixel a reference colour, or a neutral grey of anti-aliased black
    # text (r = g = b). It is read exactly, as the verifiers always did: text greys are no class.
    grey = (((uniq >> 16) & 255) == ((uniq >> 8) & 255)) & (((uniq >> 8) & 255) == (uniq & 255))
    # (label text drawn across a coloured stroke leaves a few tinted anti-aliasing pixels: up to 64 +
    # 0.01 % of the image may be neither. Any degradation — blur, JPEG, resampling, a ±1 shift —
    # changes thousands of pixels, so it never passes for crisp.)
    counts = np.bincount(inv.ravel(), minlength=len(uniq))
    odd = int(counts[~(exact_hit | grey)].sum())
    exact = FAST_PATH and odd <= 64 + 1e-4 * pk.size
    rest = np.flatnonzero(~exact_hit)
    if not exact and same:
        # degraded: each group of indistinguishable colours is its first member's class (see ``same``)
        for g in same:
            for n in g[1:]:
                cols[names.index(n)] = cols[names.index(g[0])]
        codes = (cols[:, 0] << 16) | (cols[:, 1] << 8) | cols[:, 2]
        first = {}
        for k, c in enumerate(codes.tolist()):
            first.setdefault(c, k + 1)
        lut[:] = UNKNOWN
        exact_hit[:] = False
        for c, lab in {**{inkcode: INK}, **{bgc: BACKGROUND}, **first}.items():
            j = np.searchsorted(uniq, c)
            if j < len(uniq) and uniq[j] == c:
                lut[j] = lab
                exact_hit[j] = True
        rest = np.flatnonzero(~exact_hit)
    if exact:
        lut[rest] = UNKNOWN
    elif len(rest):
        thin = {first[int(codes[names.index(n)])] for n in lines}
        cls = [first[int(c)] if first[int(c)] == k + 1 else 0 for k, c in enumerate(codes)]
        tint_pairs = {frozenset((first[int(codes[names.index(a)])], first[int(codes[names.index(b)])])) for a, b in tints}
        lut[rest] = _assign(uniq[rest], cols, cls, bg, inkc, tol, rims, thin, tint_pairs)
    labels = lut[inv].reshape(pk.shape)
    if core is not None and not exact:
        only = None if core_classes is None else {first[int(codes[names.index(n)])] for n in core_classes}
        labels = _keep_cored(labels, uniq, inv.reshape(pk.shape), lut, cols, codes, first, core, bg, inkc, only)
    lm = LabelMap(labels, names, exact, float(scale))
    if not exact:
        for g in same:   # every member of a merged group reads the group's pixels
            for n in g[1:]:
                lm._index[n] = lm._index[g[0]]
    return lm


def _keep_cored(labels, uniq, inv, lut, cols, codes, first, core: float, bg, inkc, only=None):
    """``labels`` with every class piece that has no pixel within ``core`` ΔE of its colour unknown."""
    from scipy import ndimage as ndi
    u = np.stack([(uniq >> 16) & 255, (uniq >> 8) & 255, uniq & 255], axis=1).astype(np.uint8)
    U = rgb_to_lab(u)
    colour_of = {first[c]: cols[k] for k, c in enumerate(codes.tolist()) if first.get(c) == k + 1}
    allc = rgb_to_lab(np.array([bg, inkc], np.uint8))
    own = np.full(len(uniq), np.inf, np.float32)
    for lab_id, c in colour_of.items():
        sel = lut == lab_id
        if sel.any():
            C = rgb_to_lab(np.array([c], np.uint8))[0]
            # a colour near the page or the ink (a cream fill near white) needs a tighter core, or JPEG
            # ringing around text would seed it: under half its distance to them
            dn = np.linalg.norm(allc - C, axis=1)
            lim = min(core, 0.45 * float(dn[dn > 0.5].min(initial=np.inf)))
            own[sel] = np.linalg.norm(U[sel] - C, axis=1) / lim
    is_core = (own <= 1.0)[inv]
    out = labels.copy()
    for lab_id in np.unique(labels):
        if lab_id <= 0 or (only is not None and int(lab_id) not in only):
            continue
        m = labels == lab_id
        cl, n = ndi.label(m, structure=np.ones((3, 3), bool))
        has = np.zeros(n + 1, bool)
        has[np.unique(cl[m & is_core])] = True
        has[0] = True
        out[m & ~has[cl]] = UNKNOWN
    return out


def _assign(ucodes: np.ndarray, cols: np.ndarray, cls: list[int], bg: np.ndarray, inkc: np.ndarray,
            tol: float, rims: bool, thin: set[int] = frozenset(), tints: set = frozenset()) -> np.ndarray:
    """Labels of the non-exact colours ``ucodes`` (packed RGB): nearest reference in Lab, then mixes.

    Mixes are tested in sRGB values, where blur, resizing, JPEG and anti-aliasing average pixels
    (linear in the stored values, curved in Lab)."""
    u = np.stack([(ucodes >> 16) & 255, (ucodes >> 8) & 255, ucodes & 255], axis=1).astype(np.uint8)
    U = rgb_to_lab(u)                                    # (n, 3)
    keep = [k for k, c in enumerate(cls) if c]           # distinct class colours (a shared one once)
    refs = np.concatenate([cols[keep], bg[None], inkc[None]]).astype(np.uint8)
    R = rgb_to_lab(refs)                                 # (m, 3): classes…, bg, ink
    rl = np.array([cls[k] for k in keep] + [BACKGROUND, INK], np.int16)
    d = np.linalg.norm(U[:, None, :] - R[None, :, :], axis=2)   # (n, m)
    order = np.argsort(d, axis=1)
    n1, n2 = order[:, 0], order[:, 1]
    ar = np.arange(len(U))
    d1, d2 = d[ar, n1], d[ar, n2]
    sep = np.linalg.norm(R[n1] - R[n2], axis=1)
    out = np.full(len(U), UNKNOWN, np.int16)
    # nearest reference, within tol and inside its Voronoi half (not halfway to the second)
    near = (d1 <= tol) & (d2 - d1 >= 0.25 * sep)
    out[near] = rl[n1[near]]
    if not rims:
        return out
    # a mix of two references (a class and the page: a blurred or anti-aliased edge; two classes: the rim
    # blur paints between them). The pixel goes to the end with the larger weight (the 50 % crossing is
    # where the crisp edge was), when the mix explains it clearly better than its nearest colour does.
    Ur = u.astype(np.float32)
    Rr = refs.astype(np.float32)
    own = np.linalg.norm(Ur - Rr[n1], axis=1)
    cand = np.flatnonzero((d1 > PURE) | (out == UNKNOWN))
    if not len(cand):
        return out
    Uc = Ur[cand]
    best_r = np.full(len(cand), np.inf, np.float32)
    best_l = np.full(len(cand), UNKNOWN, np.int16)
    m = len(Rr)
    for i in range(m):
        v = Rr[i + 1:] - Rr[i]                             # (m-i-1, 3)
        if not len(v):
            continue
        w = Uc - Rr[i]                                     # (k, 3)
        vv = np.maximum((v * v).sum(axis=1), 1e-6)
        t = (w @ v.T) / vv                                 # (k, j)
        inner = (t > 0.1) & (t < 0.9)
        r = np.linalg.norm(w[:, None, :] - t[:, :, None] * v[None, :, :], axis=2)
        r = np.where(inner, r, np.inf)
        j = np.argmin(r, axis=1)
        rj = r[np.arange(len(cand)), j]
        tj = t[np.arange(len(cand)), j]
        better = rj < best_r
        best_r[better] = rj[better]
        best_l[better] = np.where(tj[better] < 0.5, rl[i], rl[i + 1 + j[better]])
    # JPEG/shift noise on a mix: residual ≤ tol/2 RGB units (≈ ΔE tol on these colours)
    mix = (best_r <= 0.5 * tol * 1.5) & ((out[cand] == UNKNOWN) | (best_r < 0.5 * own[cand]))
    out[cand[mix]] = best_l[mix]
    # JPEG's chroma subsampling explains a non-pure pixel better than a mix when the hue is the class's
    # (where a mix with the page or between two classes explains the colour too, only when the luma is
    # the class's own within JPEG's error: blur and resampling change a stroke's luma with its chroma —
    # that is the mix — while subsampling keeps it)
    mixed = np.zeros(len(U), bool)
    mixed[cand[mix]] = True
    sel = np.flatnonzero((out == UNKNOWN) | (d1 > PURE))
    _chroma_diluted(out, Ur, Rr, rl, sel, mixed[sel], tints)
    if thin:
        # faint strokes: a mix of a line class with the page at α ≥ 0.2 (see ``classify``)
        Bg = Rr[-2]
        for k, lab_id in enumerate(rl[:-2]):
            if int(lab_id) not in thin:
                continue
            v = Rr[k] - Bg
            vv = max(float(v @ v), 1e-6)
            w = Ur - Bg
            a = (w @ v) / vv
            r = np.linalg.norm(w - a[:, None] * v[None, :], axis=1)
            faint = (out == BACKGROUND) | (out == UNKNOWN)
            hit = faint & (a >= 0.2) & (a < 0.5) & (r <= 0.5 * tol * 1.5)
            out[hit] = lab_id
    return out


def _ycc(a: np.ndarray) -> np.ndarray:
    """sRGB values → JPEG's YCbCr (ITU-R BT.601, full range), float."""
    r, g, b = a[..., 0], a[..., 1], a[..., 2]
    return np.stack([0.299 * r + 0.587 * g + 0.114 * b, -0.168736 * r - 0.331264 * g + 0.5 * b,
                     0.5 * r - 0.418688 * g - 0.081312 * b], axis=-1)


def _chroma_diluted(out: np.ndarray, Ur: np.ndarray, Rr: np.ndarray, rl: np.ndarray, unk: np.ndarray,
                    strict: np.ndarray | None = None, tints: set = frozenset()) -> None:
    """Unknown colours that are a saturated class seen through JPEG's 2 × 2 chroma subsampling: the
    brightness (luma Y) of the stroke kept, its chroma averaged with the page's (none) — same hue, 30–100 %
    of the chroma. Given the class whose hue is within 15° and half the hue gap to its rivals, and whose
    Y is nearest (nearer than the page's, and the nearest of every class within 15° of the pixel's hue).
    Rivals are the other classes, except the class's declared ``tints`` (pairs of labels): a class and
    its pale tint (a stroke and the same hue mixed with white, as optics
    draws a ray and its dashed extension) share a hue but not a luma, which the subsampling keeps, so
    Y tells them apart. Page and ink are achromatic,
    so only classes with chroma ≥ 20 take part."""
    if not len(unk):
        return
    refs = _ycc(Rr[:-2])                                 # classes only
    cmag = np.hypot(refs[:, 1], refs[:, 2])
    sat = np.flatnonzero(cmag >= 20)
    if not len(sat):
        return
    hue = np.arctan2(refs[sat, 2], refs[sat, 1])
    Ys = refs[sat, 0]
    gap = np.full(len(sat), np.pi)
    for i in range(len(sat)):
        dh = np.abs(np.angle(np.exp(1j * (hue - hue[i]))))
        dh[i] = np.inf
        for k in range(len(sat)):   # its tints: told apart by luma
            if frozenset((int(rl[sat[i]]), int(rl[sat[k]]))) in tints:
                dh[k] = np.inf
        gap[i] = dh.min(initial=np.pi)
    p = _ycc(Ur[unk])
    pm = np.hypot(p[:, 1], p[:, 2])
    ph = np.arctan2(p[:, 2], p[:, 1])
    dh = np.abs(np.angle(np.exp(1j * (ph[:, None] - hue[None, :]))))   # (k, s)
    dY = np.abs(p[:, 0:1] - Ys[None, :])                              # (k, s)
    # the class of nearest hue — or, when it has declared tints, the one of nearest luma among it and
    # its tints within 15° of the pixel's hue
    ar = np.arange(len(unk))
    j = np.argmin(dh, axis=1)
    if tints:
        fam = np.eye(len(sat), dtype=bool)
        for a in range(len(sat)):
            for b in range(len(sat)):
                if frozenset((int(rl[sat[a]]), int(rl[sat[b]]))) in tints:
                    fam[a, b] = True
        alt = np.argmin(np.where(fam[j] & (dh <= np.radians(15)), dY, np.inf), axis=1)
        j = np.where(np.isfinite(np.where(fam[j] & (dh <= np.radians(15)), dY, np.inf)[ar, alt]), alt, j)
    ok_h = dh[ar, j] <= np.minimum(np.radians(15), 0.5 * gap[j])
    ratio = pm / cmag[sat][j]
    bgY = _ycc(Rr[-2])[0]
    ok_y = dY[ar, j] < np.abs(p[:, 0] - bgY)
    if strict is not None:   # ``strict`` pixels: the luma must be the class's, within JPEG's error
        ok_y &= ~strict | (dY[ar, j] <= Y_JPEG)
    ok = ok_h & (ratio >= 0.3) & (ratio <= 1.15) & ok_y
    out[unk[ok]] = rl[sat[j[ok]]]


# ------------------------------------------------------------------ convenience for the verifiers

def mask(rgb: np.ndarray, colour: Any, palette: Mapping[str, Any], **kw: Any) -> np.ndarray:
    """Pixels of ``colour`` read against the whole ``palette`` (which must contain it)."""
    lm = classify(rgb, palette, **kw)
    want = hex_rgb(colour)
    names = [n for n in lm.names if hex_rgb(palette[n]) == want]
    return lm.mask(*names)


def components(m: np.ndarray, min_area: float = 1) -> list[tuple[tuple[slice, slice], np.ndarray]]:
    """8-connected components of a boolean mask with at least ``min_area`` px: (slices, crop mask)."""
    from scipy import ndimage as ndi
    lab, _ = ndi.label(m, structure=np.ones((3, 3), bool))
    out = []
    for k, sl in enumerate(ndi.find_objects(lab), start=1):
        if sl is None:
            continue
        crop = lab[sl] == k
        if crop.sum() >= min_area:
            out.append((sl, crop))
    return out


def majority(labels: np.ndarray, size: int = 5) -> np.ndarray:
    """``labels`` with every class pixel (> 0) given the class most of the class pixels in its
    ``size`` × ``size`` window have (ties keep the pixel's own): the few pixels of a thin stroke that
    JPEG's chroma subsampling pushes towards a neighbouring palette hue are outvoted by the stroke
    around them; where two strokes really cross both keep their pixels (each is the majority on its
    own side). Background, ink and unknown pixels are left alone and do not vote."""
    from scipy import ndimage as ndi
    ks = [int(k) for k in np.unique(labels) if k > 0]
    if len(ks) < 2:
        return labels
    counts = np.stack([ndi.uniform_filter((labels == k).astype(np.float32), size, mode="constant") for k in ks])
    best = np.array(ks, labels.dtype)[np.argmax(counts, axis=0)]
    own = np.zeros(labels.shape, np.float32)
    for i, k in enumerate(ks):
        own[labels == k] = counts[i][labels == k]
    out = labels.copy()
    flip = (labels > 0) & (counts.max(axis=0) > own + 1e-6)
    out[flip] = best[flip]
    return out


def drop_small(m: np.ndarray, min_area: float) -> np.ndarray:
    """``m`` without its 8-connected pieces of fewer than ``min_area`` px (specks JPEG ringing and
    blur leave near edges and text; remove them *before* closing gaps, or closing would join them)."""
    from scipy import ndimage as ndi
    if min_area <= 1 or not m.any():
        return m
    lab, n = ndi.label(m, structure=np.ones((3, 3), bool))
    size = np.bincount(lab.ravel(), minlength=n + 1)
    keep = size >= min_area
    keep[0] = False
    return keep[lab]


def keep_major(m: np.ndarray, fraction: float = 0.1) -> np.ndarray:
    """``m`` with only its 8-connected pieces of at least ``fraction`` × the largest piece's size: a
    long stroke (an orbit, an outline) cut into a few pieces by what is drawn over it, without the
    glyph-sized bits that anti-aliased label text leaves in a pale line colour once degraded."""
    from scipy import ndimage as ndi
    if not m.any():
        return m
    lab, n = ndi.label(m, structure=np.ones((3, 3), bool))
    size = np.bincount(lab.ravel(), minlength=n + 1)
    size[0] = 0
    keep = size >= fraction * size.max()
    keep[0] = False
    return keep[lab]


def read_colours(rgb: np.ndarray, *, filled: Iterable[str] = (), lines: Iterable[str] = (),
                 speck: float = 3.0, **kw: Any) -> LabelMap:
    """``classify`` for figures whose classes *are* their colours: each '#rrggbb' in ``filled``
    (markers, discs, bars: cored, 50 % edges) or ``lines`` (1–3 px strokes: faint mixes count) is a
    class named by its upper-case hex, so ``lm.mask(colour.upper())`` reads that colour. On a degraded
    copy, pieces under ``speck`` px are dropped (JPEG ringing, rims)."""
    f = [c.upper() for c in filled]
    ln = [c.upper() for c in lines if c.upper() not in f]
    pal = {c: c for c in dict.fromkeys(f + ln)}
    lm = classify(rgb, pal, core=kw.pop("core", 12.0), core_classes=f, lines=ln, **kw)
    if not lm.exact and speck > 1:
        for k in range(1, len(lm.names) + 1):
            m = lm.labels == k
            lm.labels[m & ~drop_small(m, speck)] = 0
    return lm


def half_max_run(rgb: np.ndarray, rows: slice, x_seed: int, background: Any = "#ffffff") -> tuple[float, float]:
    """The horizontal extent (x of first and last pixel) of the bar through ``x_seed`` in ``rows``, at
    half its contrast to the page: the columns' mean contrast (ΔE to the page), the run around the
    seed above half the peak. Colour-blind on purpose — a bar's ends are where blur, JPEG or resampling
    mixed it with the page, and its hue may read as a neighbouring class there; the half-contrast
    point is where the crisp end was (± ½ px)."""
    band = rgb[rows].astype(np.uint8)
    bg = rgb_to_lab(np.array([hex_rgb(background)], np.uint8))[0]
    c = np.linalg.norm(rgb_to_lab(band) - bg, axis=2).mean(axis=0)
    x_seed = int(min(max(x_seed, 0), len(c) - 1))
    half = 0.5 * float(c[max(x_seed - 2, 0): x_seed + 3].max())
    a = x_seed
    while a > 0 and c[a - 1] >= half:
        a -= 1
    b = x_seed
    while b < len(c) - 1 and c[b + 1] >= half:
        b += 1
    return float(a), float(b)


def to_canvas(rgb: np.ndarray, scale: float) -> np.ndarray:
    """``rgb`` resampled by 1 / ``scale`` (image px per canvas px) back to nesy's canvas size, so the
    science's pixel constants (stroke widths, label offsets, glyph sizes) hold again. Unchanged within
    3 % of 1 (bilinear resampling would only blur)."""
    if abs(scale - 1.0) <= 0.03 or scale <= 0:
        return rgb
    from PIL import Image
    h, w = rgb.shape[:2]
    size = (max(1, int(round(w / scale))), max(1, int(round(h / scale))))
    res = Image.Resampling.BOX if scale > 1 else Image.Resampling.BILINEAR
    return np.asarray(Image.fromarray(np.ascontiguousarray(rgb)).resize(size, res))


def text_ink(rgb: np.ndarray) -> np.ndarray:
    """(H, W) float32 darkness 0–255 of the neutral (grey) pixels — black label text — measured from
    the page's own brightness (the most common grey level) and stretched to the full range, so a
    colour-shifted or re-exposed copy reads the same ink as nesy's PNG (where the page is 255 and this
    equals ``regionbase.text_ink``). Coloured pixels count as no ink."""
    a = rgb.astype(np.int16)
    grey = (a.max(axis=2) - a.min(axis=2)) < 24
    lum = a.mean(axis=2)
    vals = np.round(lum[grey]).astype(np.int64)
    page = float(np.argmax(np.bincount(vals, minlength=256))) if len(vals) else 255.0
    page = max(page, 64.0)
    ink = np.clip((page - lum) * (255.0 / page), 0, 255)
    return np.where(grey, ink, 0.0).astype(np.float32)


def blobs(m: np.ndarray, min_area: float) -> list[tuple[float, float, int]]:
    """(centre x, centre y, area) of each component (bounding-box centre, as nesy's verifiers measure)."""
    return [((sl[1].start + sl[1].stop - 1) / 2, (sl[0].start + sl[0].stop - 1) / 2, int(c.sum()))
            for sl, c in components(m, min_area)]


def scale_from_size(width: int, height: int, canvas: tuple[float, float]) -> float:
    """Image px per canvas px, from the image's size against the canvas it was drawn on (the mean of
    the two axes' ratios, so a resize that kept the aspect gives the factor exactly)."""
    cw, ch = canvas
    return 0.5 * (width / max(cw, 1e-9) + height / max(ch, 1e-9))


def stroke_scale(m: np.ndarray, nominal_width: float) -> float:
    """Image px per canvas px from a stroke drawn ``nominal_width`` canvas px wide: twice the median
    distance-transform value along the stroke's ridge over the nominal width; 1.0 when none is seen."""
    from scipy import ndimage as ndi
    if not m.any():
        return 1.0
    dt = ndi.distance_transform_edt(m)
    ridge = (dt >= ndi.maximum_filter(dt, size=3)) & m
    vals = dt[ridge]
    if not len(vals):
        return 1.0
    return float(max(2.0 * np.median(vals) - 1.0, 0.5) / max(nominal_width, 1e-9))


def frame_column(rgb: np.ndarray, frame: Any, *, tol: float = 18.0, cover: float = 0.9) -> int | None:
    """The first column (x) that is the frame colour over ``cover`` of its height — the legend
    separator, found through blur/JPEG/resize (a blurred 1-px line keeps its centre column within
    ``tol`` ΔE of the frame grey against the page when σ ≤ 1, and its darkest column otherwise)."""
    f = rgb_to_lab(np.array([hex_rgb(frame)], np.uint8))[0]
    H = rgb.shape[0]
    # columns' mean darkness profile: cheap pre-filter before the Lab test
    lab = rgb_to_lab(rgb[:, :, :3]) if rgb.shape[0] * rgb.shape[1] <= 4_000_000 else None
    if lab is None:
        return None
    close = np.linalg.norm(lab - f, axis=2) <= tol
    frac = close.sum(axis=0) / max(H, 1)
    cols = np.flatnonzero(frac >= cover)
    if len(cols):
        return int(cols[0])
    # heavy blur: the separator is a full-height run of grey that is darker than the page
    grey = (np.abs(lab[..., 1]) < 6) & (np.abs(lab[..., 2]) < 6) & (lab[..., 0] < 90) & (lab[..., 0] > 20)
    frac = grey.sum(axis=0) / max(H, 1)
    cols = np.flatnonzero(frac >= cover)
    return int(cols[0]) if len(cols) else None


def blur_sigma(lm: LabelMap) -> float:
    """0 for an exact image, else 1.5 canvas px: the widest blur the reader is specified for — the
    edge uncertainty the checks add to their pixel tolerances (× scale)."""
    return 0.0 if lm.exact else 1.5
