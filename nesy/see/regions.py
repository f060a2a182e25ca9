"""Closed regions of a figure read without knowing its colours: for figures drawn by other tools.

nesy's region verifiers read objects by the exact colours of nesy's palettes. A figure drawn by another
tool (matplotlib patches in tab10 or pastel, black outlines in a textbook's black and white) has its own
colours, so this module reads *shape*: every closed region, whatever draws it — a filled patch (with or
without an edge), an unfilled outline, a dot — and how the regions nest. What it hands on is a
containment forest of ``Region``\\ s (a filled mask as ``regionbase.Observed``, the colour inside, the
major and minor axis), which a science matches to its scene by structure (``nesy.domains.cell``).

How it reads (``read_regions``):

1. The page colour is the median of the image's border pixels.
2. Text is erased first: every line ``nesy.see.ocr.read_page`` finds, when OCR is installed, has the
   ink components that lie wholly inside its box (padded 4 px) painted over with the box's own
   surrounding colour. A stroke that leaves the box (an outline the label touches, the leader line)
   is kept. Without OCR nothing is erased: labels then stay as extra regions, which makes a figure
   fail rather than pass.
3. Edges: a pixel is an edge where some channel varies by more than ``EDGE`` (0–255) within its 3 × 3
   neighbourhood after a light Gaussian smoothing (σ = 0.7 px, which takes out JPEG q ≥ 75 noise
   while keeping a 1-px line). Either a colour step or a drawn line makes edges, so a filled patch, a
   black outline and a filled patch with a black edge all bound a face.
4. Faces are the 4-connected pieces of non-edge pixels; those touching the image border are the page.
   A face's region is the face with its holes filled, grown 1 px (half the edge band), so an object's
   region includes whatever is drawn inside it. Faces too thin to be an object (an inscribed radius
   under 1.2 px) or long and thin without enclosing anything (aspect > 6: a band of a thick outline cut
   by a leader line) are dropped. A leader line that ends on an object joins it to the page unless
   the closing bridges the line's edge band; blurred (σ = 1 px) the band grows past ``2 × BRIDGE``,
   so each face is closed a second time with ``BRIDGE_WIDE``, and what only that sees is added
   where it is no region yet (``_late_holes``).
5. Dots: small, solid components of the edge map (a ribosome drawn as a 3–8 px disc has no face of
   its own) are regions too. Thin open strokes (leader lines, cristae and ER lines drawn inside an
   organelle, letters OCR missed stay only if solid) are not solid and are dropped. A dot a stroke
   touches shares the stroke's component and would go with it: inside dropped components dots are
   found again by their ink, which a dot wider than the blur keeps and a thin line loses
   (``_touched_dots``).
6. Containment: a region's parent is the smallest larger region holding ≥ 90 % of it, or holding a
   dot in an inlet of its face (a dot whose edge band joins the holder's outline, ``_bay``). A region whose
   only child fills it to within max(3 px, 6 %) on every side is one object drawn twice (a filled
   patch with a thick edge, a cell wall band around the membrane, a dot's ring and core): the pair
   becomes one region, the outer mask with the inner colour. Siblings give up the pixels they share
   (an edge pixel between two touching objects belongs to neither).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

__all__ = ["Region", "RegionRead", "read_regions", "EDGE"]

EDGE = 12.0          # 0–255: the smallest channel step seen as an edge (pastel on pastel is ≥ 20)
SMOOTH = 0.7         # px: Gaussian σ before edges are taken (JPEG noise)
MIN_FACE = 16        # px²: a face smaller than this is a gap between edges, not an object
MIN_DOT = 6          # px²: the smallest dot (a 3-px disc after a 2× downscale)
BRIDGE = 3.5         # px: slits up to 2 × this wide (a leader line's edge band) are closed over
BRIDGE_WIDE = 4.5    # px: the bridge for a leader line blurred (σ 1 px) to a ≈ 8-px edge band (``_late_holes``)
DOT_EDGE = 40.0      # 0–255: dots are read on edges this strong (a dot is a dark or saturated mark)
BAND_MAX = 4.0      # px: the inscribed radius of an outline's edge band (a 1.5 px line: ≈ 3)
BAND = 2             # px: how far the edge band reaches past a drawn boundary (σ 0.7 + a 3 × 3 range)


@dataclass
class Region:
    """One closed region: ``obs`` its filled mask (``regionbase.Observed``), ``colour`` the median RGB
    inside it, ``major``/``minor`` its axes (px, from second moments), ``angle`` of the major axis
    (degrees), ``parent`` the index of the region holding it (None at the top), ``children``."""
    obs: object
    colour: tuple[int, int, int]
    major: float
    minor: float
    angle: float
    dot: bool = False
    hole: bool = False
    parent: int | None = None
    children: list[int] = field(default_factory=list)

    @property
    def area(self) -> int:
        return self.obs.area

    @property
    def aspect(self) -> float:
        return self.major / max(self.minor, 1e-6)

    @property
    def centre(self) -> tuple[float, float]:
        ys, xs = np.nonzero(self.obs.mask)
        return float(xs.mean() + self.obs.x0), float(ys.mean() + self.obs.y0)


@dataclass
class RegionRead:
    """What ``read_regions`` saw: the regions (a forest, ``roots`` at the top), the page colour, how
    many text lines were erased and how many thin strokes were dropped; ``lines`` every text line OCR
    read (erased or not) as (text, (x0, y0, x1, y1) px), so a reader can tell a legend's entries (a swatch left of its
    label) from objects."""
    regions: list[Region]
    roots: list[int]
    page: tuple[int, int, int]
    text_lines: int
    dropped_strokes: int
    lines: list = field(default_factory=list)


def _axes(mask) -> tuple[float, float, float]:
    ys, xs = np.nonzero(mask)
    if len(xs) < 3:
        return float(max(mask.shape)), float(min(mask.shape)), 0.0
    c = np.cov(np.stack([xs, ys]).astype(float)) + np.eye(2) / 12.0   # + a pixel's own spread
    w, v = np.linalg.eigh(c)
    major, minor = 4 * np.sqrt(max(w[1], 1e-9)), 4 * np.sqrt(max(w[0], 1e-9))
    ang = float(np.degrees(np.arctan2(v[1, 1], v[0, 1]))) % 180.0
    return float(major), float(minor), ang


# capital letters erased when read alone: not a loop (O, Q, D, C, G, U: a round organelle), a zigzag (M, W,
# V: a mitochondrion's cristae) or one stroke (I, J, L, T: a line or a tubule)
_LONE = set("ABEFHKNPRSXYZ")


def _erase_text(rgb: np.ndarray, page, kept: list | None = None) -> tuple[np.ndarray, int]:
    """``rgb`` with the glyphs of every OCR'd text line painted over (see the module docstring); every
    line read (erased or not) is appended to ``kept`` as (text, box)."""
    from scipy import ndimage as ndi
    try:
        from .ocr import available, read_page
        if not available():
            return rgb, 0
        lines = read_page(rgb)
    except Exception:  # noqa: BLE001 — no OCR means no erasing; labels then make the figure fail
        return rgb, 0
    out = rgb.copy()
    H, W = rgb.shape[:2]
    n = 0
    if kept is not None:   # where text is, however surely read: a legend's labels on a small copy
        kept.extend((text, tuple(int(v) for v in box)) for text, box, _ in lines)
    for text, (x0, y0, x1, y1), score in lines:
        # a label line: confident, ≥ 2 letters or digits, wider than tall and of a label's height
        # (the detector also boxes round shapes as "O") — or a one-letter label ("N" on a nucleus) read
        # surely, of a letter no drawn shape resembles (``_LONE``: no loop, zigzag or single stroke)
        lone = len(text.strip()) == 1 and text.strip() in _LONE and score >= 0.95
        if not lone and (score < 0.8 or sum(ch.isalnum() for ch in text) < 2 or (x1 - x0) < 1.5 * (y1 - y0)) \
                or (y1 - y0) > max(40, 0.08 * H):
            continue
        P = 4
        X0, Y0, X1, Y1 = max(x0 - P, 0), max(y0 - P, 0), min(x1 + P, W), min(y1 + P, H)
        if X1 - X0 < 3 or Y1 - Y0 < 3:
            continue
        sub = out[Y0:Y1, X0:X1].astype(np.int16)
        ring = np.concatenate([sub[0], sub[-1], sub[:, 0], sub[:, -1]])
        local = np.median(ring, axis=0)
        ink = np.abs(sub - local).max(axis=2) > 40
        lab, k = ndi.label(ink, structure=np.ones((3, 3), bool))
        if not k:
            continue
        edge_labels = set(np.unique(np.concatenate([lab[0], lab[-1], lab[:, 0], lab[:, -1]])).tolist())
        erase = np.isin(lab, [j for j in range(1, k + 1) if j not in edge_labels])
        # the anti-aliased rim of each glyph goes with it
        erase = ndi.binary_dilation(erase, iterations=1) & (np.abs(sub - local).max(axis=2) > 8)
        erase &= ~np.isin(lab, list(edge_labels - {0}))
        sub[erase] = local
        out[Y0:Y1, X0:X1] = sub.astype(np.uint8)
        n += 1
    return out, n


def read_regions(rgb: np.ndarray, *, ocr: bool = True) -> RegionRead:
    """The closed regions of the (H, W, 3) uint8 image ``rgb`` and how they nest (module docstring)."""
    from scipy import ndimage as ndi
    from ..domains.regionbase import Observed
    rgb = np.ascontiguousarray(np.asarray(rgb, dtype=np.uint8)[..., :3])
    H, W = rgb.shape[:2]
    border = np.concatenate([rgb[0], rgb[-1], rgb[:, 0], rgb[:, -1]])
    page = tuple(int(v) for v in np.median(border, axis=0))
    text_lines = 0
    lines: list = []
    if ocr:
        rgb, text_lines = _erase_text(rgb, page, lines)
    a = rgb.astype(np.float32)
    sm = np.stack([ndi.gaussian_filter(a[..., c], SMOOTH, mode="nearest") for c in range(3)], axis=2)
    rng = (ndi.maximum_filter(sm, size=(3, 3, 1)) - ndi.minimum_filter(sm, size=(3, 3, 1))).max(axis=2)
    edge = rng > EDGE
    four = np.array([[0, 1, 0], [1, 1, 1], [0, 1, 0]], bool)
    lab, n = ndi.label(~edge, structure=four)
    touching = set(np.unique(np.concatenate([lab[0], lab[-1], lab[:, 0], lab[:, -1]])).tolist())
    regions: list[Region] = []
    sizes = ndi.sum_labels(np.ones_like(lab), lab, index=np.arange(1, n + 1)) if n else []
    K = int(np.ceil(BRIDGE_WIDE)) + 1
    late: list[Region] = []
    for k, sl in enumerate(ndi.find_objects(lab), start=1):
        if sl is None or sizes[k - 1] < MIN_FACE:
            continue
        page_face = k in touching
        ys, xs = sl
        y0, x0 = max(ys.start - 2, 0), max(xs.start - 2, 0)
        y1, x1 = min(ys.stop + 2, H), min(xs.stop + 2, W)
        face = lab[y0:y1, x0:x1] == k
        if page_face:
            # the page: closed where it touches the image border, so what it surrounds is a hole
            face = np.pad(face, K + 1, constant_values=True)
        else:
            face = np.pad(face, K + 1)
            if ndi.distance_transform_edt(face).max() < 1.2:
                continue
        closed = _close(face, BRIDGE)
        filled = ndi.binary_fill_holes(closed)
        wide = _close(face, BRIDGE_WIDE)
        wide_holes = ndi.binary_fill_holes(wide) & ~wide
        if not page_face:
            major, minor, ang = _axes(filled)
            if filled.sum() < 1.3 * face.sum() and major > 6 * max(minor, 1):
                continue   # a long thin band enclosing nothing: a cut outline, not an object
            grown = ndi.distance_transform_edt(~filled) <= BAND
            colour = tuple(int(v) for v in np.median(rgb[y0:y1, x0:x1][face[K + 1:-K - 1, K + 1:-K - 1]], axis=0))
            major, minor, ang = _axes(grown)
            regions.append(Region(Observed(grown, x0 - K - 1, y0 - K - 1), colour, major, minor, ang))
        # what the face surrounds: each hole is an object, whatever is drawn inside it (an outline
        # split by cristae, a patch) — the slits leader lines cut are bridged by the closing
        regions.extend(_hole_regions(rgb, filled & ~closed, x0 - K - 1, y0 - K - 1, page))
        # a leader line blurred wider than the bridge still cuts what it ends on off from its
        # surroundings (a mitochondrion, a lysosome, a nucleus crossed by the nucleolus's line):
        # holes seen only through a wider bridge are kept aside for ``_late_holes``
        late.extend(_hole_regions(rgb, wide_holes, x0 - K - 1, y0 - K - 1, page))
    _late_holes(regions, late)
    # dots: small solid components of a strict edge map (a ribosome drawn as a 3–14 px disc has no
    # face of its own; at DOT_EDGE a dot's band and a neighbour's do not merge); open strokes (leader
    # lines, cristae, ER lines) are not solid and are dropped
    strong = rng > DOT_EDGE
    elab, en = ndi.label(strong, structure=np.ones((3, 3), bool))
    cap = max(12, int(0.08 * min(H, W)))
    dropped = 0
    rejected = np.zeros(en + 1, bool)     # components that hold no dot of their own (strokes, big)

    def add_dot(filled, ox: int, oy: int) -> None:
        major, minor, ang = _axes(filled)
        r_in = ndi.distance_transform_edt(np.pad(filled, 1))[1:-1, 1:-1].max()
        inner = ndi.binary_erosion(filled, iterations=max(1, int(r_in // 2))) if r_in >= 2 else filled
        pix = _pixels(rgb, inner if inner.any() else filled, ox, oy)
        colour = tuple(int(v) for v in np.median(pix, axis=0))
        drawn = ndi.distance_transform_edt(np.pad(filled, 1))[1:-1, 1:-1] > 1   # the band's reach off
        if drawn.sum() >= MIN_DOT // 2:
            filled = drawn
            major, minor, ang = _axes(filled)
        regions.append(Region(Observed(filled, ox, oy), colour, major, minor, ang, dot=True))

    for k, sl in enumerate(ndi.find_objects(elab), start=1):
        if sl is None:
            continue
        h, w = sl[0].stop - sl[0].start, sl[1].stop - sl[1].start
        if max(h, w) > cap:
            rejected[k] = True
            continue
        m = elab[sl] == k
        filled = ndi.binary_fill_holes(m)
        if filled.sum() < MIN_DOT:
            rejected[k] = True      # a dot too faint (resized) for a band of its own: read by its ink
            continue
        major, minor, ang = _axes(filled)
        r_in = ndi.distance_transform_edt(np.pad(filled, 1))[1:-1, 1:-1].max()
        if 2 * r_in < 0.3 * major or filled.sum() < 0.45 * h * w:
            dropped += 1
            rejected[k] = True
            continue    # an open stroke or a glyph OCR missed, not a dot
        add_dot(filled, sl[1].start, sl[0].start)
    # dots a stroke touches (a leader line ending on a ribosome, a line drawn to a nucleolus) share its
    # edge component, which is then dropped above: they are found again as ink, by width
    for (ys, xs), filled in _touched_dots(rgb, elab, rejected, cap):
        add_dot(filled, xs, ys)
    _dense_blobs(rgb, edge, regions, page)
    read = _nest(regions, page, text_lines, dropped)
    read.lines = lines
    return read


DENSE = 6.5          # px: the inscribed radius of edge ink no line's band reaches (a blurred outline: ≤ 5)


def _dense_blobs(rgb, edge, regions: list[Region], page) -> None:
    """Objects drawn so densely that no face is left inside them: a small organelle whose inner
    decoration (cristae zigzags, hatching) fills it once the figure is shrunk or blurred is one solid
    piece of the edge map. Rule: edge ink thicker than any line's band (inscribed radius > ``DENSE``)
    is an object — its thick core grown back by ``DENSE`` within the edge map, shrunk by ``BAND`` to
    its drawn boundary — when its fill shows through its strokes (its core's colour is off the mix of
    ink and surroundings: a crossing of lines is on it) and unless a region already read covers it (a face, hole or dot of at most 6 ×
    its size overlapping ≥ 30 % of it: the same object seen twice, e.g. a mitochondrion read as a hole
    whose band is as thick). Adds to ``regions``; an object that touches another's outline (an
    organelle against the membrane, which cuts it off from its container's face) is kept this way."""
    from scipy import ndimage as ndi
    from ..domains.regionbase import Observed
    d = ndi.distance_transform_edt(np.pad(edge, 1))[1:-1, 1:-1]
    core = d > DENSE
    if not core.any():
        return
    lab, n = ndi.label(core, structure=np.ones((3, 3), bool))
    H, W = edge.shape
    R = int(np.ceil(DENSE)) + 2
    for k, sl in enumerate(ndi.find_objects(lab), start=1):
        if sl is None:
            continue
        y0, x0 = max(sl[0].start - R, 0), max(sl[1].start - R, 0)
        y1, x1 = min(sl[0].stop + R, H), min(sl[1].stop + R, W)
        c = lab[y0:y1, x0:x1] == k
        if c.sum() < 3:
            continue    # a pixel or two past DENSE: where two lines' bands meet (a leader line's end)
        blob = (ndi.distance_transform_edt(~c) <= DENSE + 1) & edge[y0:y1, x0:x1]
        blob = ndi.binary_fill_holes(blob)
        # its fill shows through its strokes: the colour at its core is no mix of the ink and what is
        # around it (off the RGB segment from the darkest ink there to the surrounding colour by > 15);
        # where lines cross (a leader line over a double wall) the core is ink blurred into the page,
        # which lies on that segment
        ring = (ndi.distance_transform_edt(~blob) <= 4) & ~blob & ~edge[y0:y1, x0:x1]
        if not ring.any():
            continue
        sub = rgb[y0:y1, x0:x1].astype(float)
        core_c = np.median(sub[c], axis=0)
        around = np.median(sub[ring], axis=0)
        px = sub[blob]
        ink = px[np.argsort(px.sum(axis=1))[: max(1, len(px) // 20)]].mean(axis=0)
        v = around - ink
        t = float(np.clip(np.dot(core_c - ink, v) / max(np.dot(v, v), 1e-6), 0.0, 1.0))
        if np.linalg.norm(core_c - (ink + t * v)) <= 15:
            continue
        blob = ndi.distance_transform_edt(np.pad(blob, 1))[1:-1, 1:-1] > BAND
        if blob.sum() < 4 * MIN_FACE:
            continue
        ob = Observed(blob, x0, y0)
        if any(r.obs.overlap(ob) >= 0.3 * ob.area and r.area <= 6 * ob.area for r in regions):
            continue
        major, minor, ang = _axes(blob)
        inner = ndi.binary_erosion(blob, iterations=2)
        pix = _pixels(rgb, inner if inner.any() else blob, x0, y0)
        colour = tuple(int(v) for v in np.median(pix, axis=0)) if len(pix) else page
        regions.append(Region(ob, colour, major, minor, ang))


INK_REL = 0.7        # a dot's ink: ≥ this share of the figure's darkest marks (``_touched_dots``)
RING_REL = 0.7       # the stroke touching a dot: its ink ≤ this share of the dot's (``_touched_dots``)


def _touched_dots(rgb, elab, rejected, cap: int):
    """Dots inside the rejected components of the strict edge map (``elab`` labels, ``rejected`` a
    flag per label): compact marks whose *ink* — how much darker than their surroundings they are,
    the black top-hat of each channel over a ``cap``-px window, the largest channel — reaches
    ``INK_REL`` of the figure's strongest ink (its 99.9th percentile). A filled dot keeps its full ink
    under blur and resizing because it is wider than the blur; a 1-px leader line or an outline loses
    half of it (σ = 1 px spreads it over ≈ 2.5 px; a 0.5× resize averages it with the page), so a
    relative threshold separates them where the edge map, in which both are one band, cannot. Where a
    line keeps its full ink (a clean figure) the mark left is long and thin and fails the shape test.
    Yields ((y0, x0), mask) of each dot, drawn as the part of its edge component within 2 px of its ink."""
    from scipy import ndimage as ndi
    if not rejected.any():
        return
    a = rgb.astype(np.float32)
    sm = np.stack([ndi.gaussian_filter(a[..., c], SMOOTH, mode="nearest") for c in range(3)], axis=2)
    ink = (ndi.grey_closing(sm, size=(cap, cap, 1)) - sm).max(axis=2)
    top = float(np.percentile(ink, 99.9))
    if top < 2 * DOT_EDGE:
        return          # no dark marks at all
    dark = (ink >= INK_REL * top) & rejected[elab]
    lab, n = ndi.label(dark, structure=np.ones((3, 3), bool))
    for k, sl in enumerate(ndi.find_objects(lab), start=1):
        if sl is None:
            continue
        # a dot wider than twice the edge band has no edge in its middle: its ink is a ring, filled
        core = ndi.binary_fill_holes(lab[sl] == k)
        h, w = core.shape
        if max(h, w) > cap or core.sum() < 2 or core.sum() < 0.45 * h * w:
            continue      # a line or a glyph: not compact
        major, minor, _ = _axes(core)
        if major > 2.0 * max(minor, 1.0):
            continue      # a short stroke of a line, not a dot
        P = 5
        y0, x0 = max(sl[0].start - P, 0), max(sl[1].start - P, 0)
        y1, x1 = min(sl[0].stop + P, rgb.shape[0]), min(sl[1].stop + P, rgb.shape[1])
        c = np.zeros((y1 - y0, x1 - x0), bool)
        c[sl[0].start - y0: sl[0].stop - y0, sl[1].start - x0: sl[1].stop - x0] = core
        # the stroke it sits on must be fainter than the dot: ink nearly as dark as the mark running on
        # past it (a clean outline's corner, a crista's vertex) makes it a part of that line
        dist = ndi.distance_transform_edt(~c)
        near, _ = ndi.label(ink[y0:y1, x0:x1] >= RING_REL * ink[sl][core].max(), structure=np.ones((3, 3), bool))
        if (np.isin(near, np.setdiff1d(near[c], [0])) & (dist > 2.5)).any():
            continue
        band = rejected[elab[y0:y1, x0:x1]] & (elab[y0:y1, x0:x1] > 0)
        blob = ndi.binary_fill_holes((dist <= 2) & band | c)
        if blob.sum() < MIN_DOT:
            continue
        yield (y0, x0), blob


def _hole_regions(rgb, holes, ox0: int, oy0: int, page) -> list[Region]:
    """The objects a face surrounds: each piece of ``holes`` (a crop placed at (ox0, oy0)), shrunk
    back to its drawn boundary, with the colour inside it."""
    from scipy import ndimage as ndi
    from ..domains.regionbase import Observed
    out = []
    for hm, oy, ox in _split_holes(holes):
        oy, ox = oy0 + oy, ox0 + ox
        hm = ndi.distance_transform_edt(np.pad(hm, 1))[1:-1, 1:-1] > BAND   # back to the drawn boundary
        if hm.sum() < MIN_FACE:
            continue
        major, minor, ang = _axes(hm)
        inner = ndi.binary_erosion(hm, iterations=2)
        pix = _pixels(rgb, inner if inner.any() else hm, ox, oy)
        colour = tuple(int(v) for v in np.median(pix, axis=0)) if len(pix) else page
        out.append(Region(Observed(hm, ox, oy), colour, major, minor, ang, hole=True))
    return out


def _late_holes(regions: list[Region], late: list[Region]) -> None:
    """Adds to ``regions`` what only the wider bridge saw (``late``): a hole that is no region yet
    (it shares under 30 % of the union with every region and holds none of a fifth its size) is an
    object a blurred leader line had cut open; a hole that holds a face region whole and is ≥ 1.2 ×
    its size, with a part thicker than an outline's band outside it, is that face before the line cut
    it (a nucleus whose nucleolus the line joined to the page), and the face takes the hole's outline."""
    from ..domains.regionbase import Observed
    for h in late:
        H = h.obs
        if H.area < 4 * MIN_FACE:
            continue     # dots are read by their ink (``_touched_dots``); a wide bridge splits them
        new = True
        for r in regions:
            if r.dot:
                continue
            R = r.obs
            ov = H.overlap(R)
            if not ov:
                continue
            if ov >= 0.3 * (H.area + R.area - ov):
                new = False
                if not r.hole and H.area >= 1.2 * R.area and ov >= 0.9 * R.area and _residue(h, [r]) > BAND_MAX:
                    x0, y0 = min(H.x0, R.x0), min(H.y0, R.y0)
                    m = np.zeros((max(H.y1, R.y1) - y0, max(H.x1, R.x1) - x0), bool)
                    m[H.y0 - y0: H.y1 - y0, H.x0 - x0: H.x1 - x0] |= H.mask
                    m[R.y0 - y0: R.y1 - y0, R.x0 - x0: R.x1 - x0] |= R.mask
                    r.obs = Observed(m, x0, y0)
                    r.major, r.minor, r.angle = _axes(m)
                break
            if ov >= 0.9 * R.area and R.area >= 0.2 * H.area:
                new = False
                break
        if new:
            regions.append(h)


def _split_holes(holes):
    """Connected pieces of ``holes`` (boolean), each split where it narrows to a neck under 2 × (BAND +
    1.5) px: two objects whose edge bands touch (a ribosome beside a mitochondrion) are two holes.
    Yields (filled mask, y0, x0) crops."""
    from scipy import ndimage as ndi
    four = np.array([[0, 1, 0], [1, 1, 1], [0, 1, 0]], bool)
    hl, _ = ndi.label(holes, structure=four)
    for j, hs in enumerate(ndi.find_objects(hl), start=1):
        if hs is None:
            continue
        hm = ndi.binary_fill_holes(hl[hs] == j)
        if hm.sum() < MIN_FACE or min(hm.shape) < 4:
            continue
        d = ndi.distance_transform_edt(np.pad(hm, 1))[1:-1, 1:-1]
        # a convex object keeps one core at every depth; two objects joined by a neck part at some depth
        for t in (BAND + 1.5, BAND + 2.5, BAND + 3.5):
            cores, k = ndi.label(d > t, structure=np.ones((3, 3), bool))
            if k >= 2:
                break
        if k < 2:
            yield hm, hs[0].start, hs[1].start
            continue
        _, (iy, ix) = ndi.distance_transform_edt(cores == 0, return_indices=True)
        owner = cores[iy, ix]
        for c in range(1, k + 1):
            part = hm & (owner == c)
            if part.any():
                yield part, hs[0].start, hs[1].start


def _close(m, r: float):
    """Morphological closing of the boolean ``m`` by a disc of radius ``r`` px (bridges gaps ≤ 2r wide
    in every direction, diagonal leader lines included), never removing a pixel of ``m``."""
    from scipy import ndimage as ndi
    dil = ndi.distance_transform_edt(~m) <= r
    return (ndi.distance_transform_edt(dil) > r) | m


def _pixels(rgb, mask, ox: int, oy: int):
    """The pixels of ``rgb`` under ``mask`` placed at (ox, oy), clipped to the image."""
    H, W = rgb.shape[:2]
    h, w = mask.shape
    y0, x0, y1, x1 = max(oy, 0), max(ox, 0), min(oy + h, H), min(ox + w, W)
    if y0 >= y1 or x0 >= x1:
        return np.zeros((0, 3), np.uint8)
    return rgb[y0:y1, x0:x1][mask[y0 - oy: y1 - oy, x0 - ox: x1 - ox]]


def _holds(p: Region, c: Region) -> bool:
    P, C = p.obs, c.obs
    if C.x0 < P.x0 - 1 or C.y0 < P.y0 - 1 or C.x1 > P.x1 + 1 or C.y1 > P.y1 + 1:
        return False
    return P.overlap(C) >= 0.9 * C.area


def _bay(p: Region, c: Region):
    """``p``'s mask with its inlet filled, when the dot ``c`` (≤ 5 % of ``p``) sits in that inlet (else
    None): a dot nearer its holder's outline than two edge bands shares the outline's band, so the
    holder's face goes round it as an inlet, not a hole. The face closed by a disc of the dot's radius +
    ``BAND`` + 1 px (an inlet no wider than the dot and its bands) holds ≥ 90 % of it; a dot outside a
    convex outline gains nothing from the closing. The inlet added is the closing within that radius of
    the dot. Only dots: a face cut off an object's inside (a mitochondrion's tip) is no object to place."""
    from scipy import ndimage as ndi
    from ..domains.regionbase import Observed
    P, C = p.obs, c.obs
    if C.x0 < P.x0 or C.y0 < P.y0 or C.x1 > P.x1 or C.y1 > P.y1:
        return None      # an inlet lies within its holder's box
    r = c.major / 2 + BAND + 1
    # the closing within r of the object depends on the face within 3 r of it: a crop around it
    M = int(math.ceil(3 * r)) + 2
    ox, oy = C.x0 - M, C.y0 - M
    h, w = C.y1 - C.y0 + 2 * M, C.x1 - C.x0 + 2 * M
    face = np.zeros((h, w), bool)
    ax0, ay0, ax1, ay1 = max(ox, P.x0), max(oy, P.y0), min(ox + w, P.x1), min(oy + h, P.y1)
    face[ay0 - oy: ay1 - oy, ax0 - ox: ax1 - ox] = P.mask[ay0 - P.y0: ay1 - P.y0, ax0 - P.x0: ax1 - P.x0]
    dot = np.zeros((h, w), bool)
    dot[M: M + C.mask.shape[0], M: M + C.mask.shape[1]] = C.mask
    closed = _close(face, r)
    if (closed & dot).sum() < 0.9 * C.area:
        return None
    inlet = closed & (ndi.distance_transform_edt(~dot) <= r) & ~face
    # the holder's mask with the inlet added, on the union of the two boxes
    x0, y0 = min(P.x0, ox), min(P.y0, oy)
    m = np.zeros((max(P.y1, oy + h) - y0, max(P.x1, ox + w) - x0), bool)
    m[P.y0 - y0: P.y1 - y0, P.x0 - x0: P.x1 - x0] = P.mask
    m[oy - y0: oy + h - y0, ox - x0: ox + w - x0] |= inlet
    return Observed(m, x0, y0)


def _nest(regions: list[Region], page, text_lines: int, dropped: int) -> RegionRead:
    # a blob whose centre lies in a face or hole of about its own size is that object seen twice
    small = [r for r in regions if not r.dot]
    keep = []
    for r in regions:
        if r.dot:
            cx, cy = r.centre
            ix, iy = int(round(cx)), int(round(cy))
            if any(o.area <= 8 * r.area and o.obs.x0 <= ix < o.obs.x1 and o.obs.y0 <= iy < o.obs.y1
                   and o.obs.mask[iy - o.obs.y0, ix - o.obs.x0] for o in small):
                continue
        keep.append(r)
    regions = keep
    order = sorted(range(len(regions)), key=lambda i: -regions[i].area)
    regions = [regions[i] for i in order]
    for i, c in enumerate(regions):
        best = None
        for j in range(i - 1, -1, -1):       # smaller first: the nearest holder
            p = regions[j]
            if p.area >= c.area and _holds(p, c):
                best = j
                break
            grown = _bay(p, c) if c.dot and c.area <= 0.05 * p.area else None
            if grown is not None:
                p.obs = grown    # the inlet is the holder's inside, as a hole would be
                best = j
                break
        c.parent = best
    alive = [True] * len(regions)
    # a face of its parent's own colour that reaches the parent's outline is a piece of the parent's
    # inside cut off by a stroke drawn in it (cristae, ER lines), not an object
    for i, c in enumerate(regions):
        if c.dot and c.parent is not None:
            # a blob of its parent's own colour, or one at the rim of a small parent, is a part of
            # the parent's shape (a mitochondrion's rounded tip), not a dot of its own
            p = regions[c.parent]
            if max(abs(x - y) for x, y in zip(c.colour, p.colour)) <= 40 or \
                    (p.area < 30 * c.area and _touches_rim(p, c, 1.5)):
                alive[i] = False
            continue
        if c.parent is None or c.hole:
            continue
        p = regions[c.parent]
        if c.area < 0.25 * p.area and max(abs(x - y) for x, y in zip(c.colour, p.colour)) <= 30 \
                and _touches_rim(p, c, BAND + 2):
            alive[i] = False

    def kids(j):
        return [i for i, r in enumerate(regions) if alive[i] and r.parent == j]
    # an object's inner decoration is its texture: when every child of a region is a plain face (no
    # hole, no dot, no children) of the region's own colour and of each other's, and the region is a
    # hole (what a face surrounds: an object seen from outside), they are its inside cut into pieces
    # by strokes drawn in it (cristae zigzags, hatching, a dashed line), not objects — the region keeps
    # them as its fill. A real object inside another is itself a hole of its container's face (it has
    # an outline the face goes round), never a plain face, so it is not taken for a piece.
    for j in range(len(regions)):
        p = regions[j]
        if not alive[j] or p.dot or not p.hole:
            continue
        ks = kids(j)
        if len(ks) < 2 or any(regions[i].hole or regions[i].dot or kids(i) for i in ks):
            continue
        cs = [regions[i].colour for i in ks]
        same = all(max(abs(x - y) for x, y in zip(c, p.colour)) <= 30 for c in cs) and \
            all(max(abs(x - y) for x, y in zip(c, cs[0])) <= 30 for c in cs)
        if same:
            for i in ks:
                alive[i] = False
            p.colour = tuple(int(v) for v in np.median(np.array(cs), axis=0))
    # a hole is what a face surrounds, so it doubles the objects found as faces: a hole whose inside
    # is its children up to a thin band (their outlines, ≤ BAND_MAX px from them) is dissolved and its
    # children move up; a hole with a thick part its children do not explain (a cell whose cytoplasm
    # face a leader line cut off) absorbs its largest child face instead
    for j in range(len(regions) - 1, -1, -1):
        p = regions[j]
        ks = kids(j)
        if not (p.hole or p.dot) or not ks:
            continue
        if _residue(p, [regions[i] for i in ks]) <= BAND_MAX:
            alive[j] = False
            for i in ks:
                regions[i].parent = p.parent
            continue
        big = max(ks, key=lambda i: regions[i].area)
        c = regions[big]
        if not c.hole and c.area >= 0.5 * p.area:
            alive[big] = False
            p.colour = c.colour
            for g in kids(big):
                regions[g].parent = j
    changed = True
    while changed:
        changed = False
        for j, p in enumerate(regions):
            if not alive[j]:
                continue
            ks = kids(j)
            if len(ks) != 1:
                continue
            c = regions[ks[0]]
            P, C = p.obs, c.obs
            tol = max(3.0, 0.06 * min(P.x1 - P.x0, P.y1 - P.y0))
            if max(C.x0 - P.x0, C.y0 - P.y0, P.x1 - C.x1, P.y1 - C.y1) <= tol:
                alive[ks[0]] = False
                p.colour = c.colour
                p.dot = p.dot and c.dot
                for g in kids(ks[0]):
                    regions[g].parent = j
                changed = True
    keep = [i for i in range(len(regions)) if alive[i]]
    new = {old: k for k, old in enumerate(keep)}
    out = [regions[i] for i in keep]
    for r in out:
        r.parent = new.get(r.parent) if r.parent is not None else None
        r.children = []
    for k, r in enumerate(out):
        if r.parent is not None:
            out[r.parent].children.append(k)
    roots = [k for k, r in enumerate(out) if r.parent is None]
    for group in [roots] + [r.children for r in out]:
        _part_siblings([out[k] for k in group])
    return RegionRead(out, roots, page, text_lines, dropped)


def _touches_rim(p: Region, c: Region, d: float) -> bool:
    """Whether ``c`` comes within ``d`` px of the edge of ``p``'s mask."""
    from scipy import ndimage as ndi
    P, C = p.obs, c.obs
    pad = int(d) + 2
    x0, y0 = C.x0 - pad, C.y0 - pad
    h, w = C.y1 - C.y0 + 2 * pad, C.x1 - C.x0 + 2 * pad
    inside = np.zeros((h, w), bool)
    ax0, ay0, ax1, ay1 = max(x0, P.x0), max(y0, P.y0), min(x0 + w, P.x1), min(y0 + h, P.y1)
    if ax0 < ax1 and ay0 < ay1:
        inside[ay0 - y0: ay1 - y0, ax0 - x0: ax1 - x0] = P.mask[ay0 - P.y0: ay1 - P.y0, ax0 - P.x0: ax1 - P.x0]
    cm = np.zeros((h, w), bool)
    cm[pad: pad + C.mask.shape[0], pad: pad + C.mask.shape[1]] = C.mask
    near = ndi.distance_transform_edt(~cm) <= d
    return bool((near & ~inside).any())


def _residue(p: Region, ks: list[Region]) -> float:
    """How thick (px, the largest inscribed radius) the part of ``p`` outside all of ``ks`` is."""
    from scipy import ndimage as ndi
    P = p.obs
    rest = P.mask.copy()
    for c in ks:
        C = c.obs
        ax0, ay0 = max(P.x0, C.x0), max(P.y0, C.y0)
        ax1, ay1 = min(P.x1, C.x1), min(P.y1, C.y1)
        if ax0 < ax1 and ay0 < ay1:
            rest[ay0 - P.y0: ay1 - P.y0, ax0 - P.x0: ax1 - P.x0] &= ~C.mask[ay0 - C.y0: ay1 - C.y0, ax0 - C.x0: ax1 - C.x0]
    if not rest.any():
        return 0.0
    return float(ndi.distance_transform_edt(np.pad(rest, 1)).max())


def _part_siblings(rs: list[Region]) -> None:
    """Siblings give up the pixels they share (an edge pixel between touching objects is neither's)."""
    for i in range(len(rs)):
        for j in range(i + 1, len(rs)):
            A, B = rs[i].obs, rs[j].obs
            if A.overlap(B) == 0:
                continue
            ax0, ay0 = max(A.x0, B.x0), max(A.y0, B.y0)
            ax1, ay1 = min(A.x1, B.x1), min(A.y1, B.y1)
            a = A.mask[ay0 - A.y0: ay1 - A.y0, ax0 - A.x0: ax1 - A.x0]
            b = B.mask[ay0 - B.y0: ay1 - B.y0, ax0 - B.x0: ax1 - B.x0]
            both = a & b
            if both.sum() > 0.2 * min(A.area, B.area):
                continue   # a real overlap, not a shared edge
            a &= ~both
            b &= ~both
            A.area, B.area = int(A.mask.sum()), int(B.mask.sum())
