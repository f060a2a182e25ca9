"""The crystal verifier (``nesy.crystal.v1``): a figure's pixels checked against the cell the scene implies.

nesy's own figure is read where nesy's camera, re-derived from the scene, puts every atom (``_read_drawn``):
each ball that is not hidden must be read as its species (either palette, clean or degraded), counted per
species and per depth layer; no species-coloured mark where nothing is drawn; the cell edges, axes, sticks,
interstitial marks and the key's balls and words where they belong. A figure in which nesy's atoms are not
found is another tool's, read by shape (``_verify_other``, ``nesy.see.atoms``): as a plan view, or as a
cell drawn in 3-D through the camera recovered from its own atoms (``crystal_views``, ``nesy.see.cell3d``).
Hands the pipeline a ``Verdict``.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..resources import load_yaml
from ..types import Check, Layout, SceneGraph, Verdict
from .crystal import _projection, crystal_geometry, solve_crystal

__all__ = ["verify_crystal"]


def verify_crystal(png: bytes, scene: SceneGraph) -> Verdict:
    """Check the figure's pixels against the cell the scene implies. nesy's own figure (either palette, clean or
    degraded) is read where nesy's camera, re-derived from the scene, puts every atom (``_read_drawn``); a
    figure drawn by another tool, in which nesy's atoms are not where its camera puts them, is read by shape
    (``_verify_other``, ``nesy.see.atoms``)."""
    from .regionbase import read_png
    rgb = read_png(png)
    v = _read_drawn(rgb, scene)
    if v is not None:
        return v
    # another tool's figure (on a page, a slide: cropped to it)
    from ..see.page import figure_of
    return _verify_other(figure_of(rgb, text=scene.text), scene)


# ---------------------------------------------------------------------------------------------
# reading nesy's own figure: every ball where nesy's camera, re-derived from the scene, puts it

_LAYOUTS: dict[SceneGraph, tuple[Layout, Layout, Any]] = {}

#: reading tolerances (canvas px / CIELAB ΔE / fractions). A degraded copy (blur σ ≤ 1, JPEG ≥ 75, resize
#: ≥ 0.5 and back) smears colour ≤ 2 canvas px across every edge (measured on the suite), so its pixels are
#: read only where the shape they belong to reaches ≥ ``EDGE_PX`` px in every direction.
EDGE_PX = 2
SEEN_EXACT, SEEN_DEGRADED = 0.9, 0.6     # share of a ball's read pixels in its own class for it to be seen
MIN_PX = 6                               # a ball with fewer readable pixels than this is hidden (not counted)
DECISIVE_DE = 3.0                        # a pixel votes only if its nearest class beats the next by this ΔE
EXTRA_DE = 15.0                          # a pixel off every shape farther than this from the page is ink
LINE_INK = (150, 60)                     # darkness (0–255) a line pixel needs: exact / degraded
LINE_SEEN = (0.9, 0.5)                   # share of a line's pixels that must be that dark: exact / degraded
SURE_OCR = 0.85                          # OCR confidence a word needs to name a species on another tool's figure
VALUE_OCR = 0.7                          # ... and a lattice constant's label to be checked
KEY_TEXT_TOL = (0.12, 0.35)              # text ink difference (see.lines.text_mismatch) of a word of the figure:
                                         # exact (a changed character is ≳ 0.1) / degraded (the word is there)


def _drawn_layouts(scene: SceneGraph) -> tuple[Layout, Layout, Any]:
    """The scene's figure in the colour and the grey palette (one geometry: a variant never moves a thing)
    and the ownership map of its shapes and of both palettes' labels, cached per scene."""
    hit = _LAYOUTS.get(scene)
    if hit is None:
        from ..render.style import variant
        from .crystal_draw import ownership
        with variant(palette="colour"):
            lc = solve_crystal(scene)
        with variant(palette="grey"):
            lg = solve_crystal(scene)
        hit = (lc, lg, ownership(lc, lg.labels))
        if len(_LAYOUTS) >= 16:
            _LAYOUTS.pop(next(iter(_LAYOUTS)))
        _LAYOUTS[scene] = hit
    return hit


def _fit_canvas(rgb: np.ndarray, W: int, H: int, sc: float, ox: float, oy: float) -> np.ndarray:
    """The part of ``rgb`` that would be nesy's W × H canvas at image scale ``sc`` and offset (ox, oy),
    resampled to exactly W × H (page white where the image does not reach)."""
    from PIL import Image
    w, h = int(round(W * sc)), int(round(H * sc))
    x0, y0 = int(round(ox)), int(round(oy))
    crop = np.full((h, w, 3), 255, np.uint8)
    sx0, sy0 = max(x0, 0), max(y0, 0)
    sx1, sy1 = min(x0 + w, rgb.shape[1]), min(y0 + h, rgb.shape[0])
    if sx1 > sx0 and sy1 > sy0:
        crop[sy0 - y0: sy1 - y0, sx0 - x0: sx1 - x0] = rgb[sy0:sy1, sx0:sx1, :3]
    if (w, h) == (W, H):
        return crop
    res = Image.Resampling.BOX if sc > 1 else Image.Resampling.BILINEAR
    return np.asarray(Image.fromarray(crop).resize((W, H), res))


def _class_colours(species: list[str]) -> tuple[list[str], dict[str, np.ndarray], dict[str, list[tuple[int, int]]]]:
    """The classes a ball pixel can be read as — every species in each palette, the page and ink — with the
    CIELAB colour of each for every ball part: (names, part → (K, 3) Lab, part → [(class, palette)])."""
    from ..render.style import VARIANTS
    from ..see import rgb_to_lab
    from .crystal_draw import sphere_colours, species_colours
    names = list(species)
    labs: dict[str, list] = {r: [] for r in ("body", "hl1", "hl2")}
    who: dict[str, list[tuple[int, int]]] = {r: [] for r in labs}
    for v, pal in enumerate(VARIANTS["palette"]):
        cols = species_colours(species, pal)
        for k, el in enumerate(names):
            sc = sphere_colours(cols[el])
            for r in labs:
                labs[r].append(_hex(sc[r]))
                who[r].append((k, v))
    for r in labs:   # the page and ink (a deleted ball, text): class -1
        for c in ("#FFFFFF", "#000000"):
            labs[r].append(_hex(c))
            who[r].append((-1, -1))
    return names, {r: rgb_to_lab(np.array(v, np.uint8)) for r, v in labs.items()}, who


def _hex(c: str) -> tuple[int, int, int]:
    c = c.lstrip("#")
    return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)


@dataclass
class _Reading:
    seen: dict[str, bool]            # ball id → read as its own species where it should be
    share: dict[str, float]          # ball id → share of its voting pixels in its own class
    palette: dict[str, int]          # ball id → the palette most of its own pixels were read in
    checkable: list[str]             # ball ids with enough readable pixels


def _read_balls(can: np.ndarray, own, balls: list[list[Any]], species: list[str], exact: bool,
                ids: set[str] | None = None, rings: bool = True) -> _Reading:
    """Read each ball of ``balls`` (id, class, x, y, r, layer) on the canvas-scale image ``can``: every pixel of
    it the ownership map gives to one of its parts (body, lighter disc, specular spot), away from the part's
    edges and from text, is classed by the nearest colour of that part among every species in every palette,
    the page and ink."""
    from scipy import ndimage as ndi
    from ..see import rgb_to_lab
    names, labs, who = _class_colours(species)
    code = own.code
    e = 0 if exact else EDGE_PX
    inner = np.ones(code.shape, bool) if e == 0 else (
        ndi.minimum_filter(code, size=2 * e + 1) == ndi.maximum_filter(code, size=2 * e + 1))
    text = own.text if exact else ndi.binary_dilation(own.text, iterations=e + 1)
    usable = inner & ~text & (code > 0)
    want = {b[0]: b for b in balls if b[1] in names and (ids is None or b[0] in ids)}
    owner = np.array(own.owner)
    lab = rgb_to_lab(can)
    tot: dict[str, int] = {}
    mine: dict[str, int] = {}
    votes: dict[str, int] = {}
    pal: dict[str, list[int]] = {}
    for part in ("body", "hl1", "hl2"):
        codes = [k for k in range(len(own.owner)) if own.role[k] == part and own.owner[k] in want]
        if not codes:
            continue
        sel = usable & np.isin(code, codes)
        ys, xs = np.nonzero(sel)
        if not len(ys):
            continue
        px = lab[ys, xs]
        d = np.linalg.norm(px[:, None, :] - labs[part][None, :, :], axis=2)
        cls = np.array([w[0] for w in who[part]])
        vv = np.array([w[1] for w in who[part]])
        best = np.argmin(d, axis=1)
        ob = owner[code[ys, xs]]
        for bid, n in zip(*np.unique(ob, return_counts=True)):
            tot[str(bid)] = tot.get(str(bid), 0) + int(n)
        for bid in sorted(set(ob.tolist())):
            m = ob == bid
            k = names.index(want[bid][1])
            dm = d[m]
            own_d = np.where(cls == k, dm, np.inf).min(axis=1)
            oth_d = np.where(cls != k, dm, np.inf).min(axis=1)
            decisive = np.abs(own_d - oth_d) >= DECISIVE_DE
            is_own = (own_d < oth_d) & decisive
            votes[bid] = votes.get(bid, 0) + int(decisive.sum())
            mine[bid] = mine.get(bid, 0) + int(is_own.sum())
            pal.setdefault(bid, []).extend(vv[best[m]][is_own].tolist())
    thr = SEEN_EXACT if exact else SEEN_DEGRADED
    checkable = [b for b in want if tot.get(b, 0) >= MIN_PX]
    share = {b: (mine.get(b, 0) / votes[b]) if votes.get(b) else 0.0 for b in checkable}
    if exact:
        # a crisp copy is read exactly: every part of a ball (its outline too) in its own species' colour for that
        # part, in one palette — a ball painted over in a neighbour's colour keeps the class but not the parts
        bad = _exact_parts(can, own, want, names)
        for b in checkable:
            if b in bad:
                share[b] = min(share[b], bad[b])
    # a ball most of whose pixels do not vote (between two classes) is not read as seen
    seen = {b: share[b] >= thr and votes.get(b, 0) >= 0.5 * tot[b] for b in checkable}
    if not exact and rings:
        # where a ball lies over another of its own species, the class cannot tell them apart: there its
        # outline must show as a ring darker than its body (a ball left out shows the one behind instead)
        for b in _ringless(lab, own, want, e):
            if b in seen:
                seen[b] = False
    palette = {b: (max(set(pal[b]), key=pal[b].count) if pal.get(b) else -1) for b in checkable}
    return _Reading(seen, share, palette, checkable)


RING_MIN_PX = 8        # outline pixels over a same-species ball needed to read the ring there
RING_DARKER = 0.15     # the ring's L* below the body's, as a share of the drawn difference (blur σ ≤ 1 and a
                       # halving keep ≥ 0.25 of a 1-px ring's contrast against a body of its own colour)


def _ringless(lab: np.ndarray, own, want: dict[str, list[Any]], e: int) -> list[str]:
    """Balls whose outline, where it runs over another ball of the same species, is not darker than their own
    body by ``RING_DARKER`` of the drawn L* difference (``RING_MIN_PX`` such pixels at least; text left out)."""
    from scipy import ndimage as ndi
    from .crystal_draw import sphere_colours, species_colours
    from ..see import rgb_to_lab
    code = own.code
    owner, role = np.array(own.owner), np.array(own.role)
    ball_of = np.where(np.isin(role, ["body", "outline", "hl1", "hl2"]), owner, "")
    els = {b: v[1] for b, v in want.items()}
    near_text = ndi.binary_dilation(own.text, iterations=e + 2)
    inner = ndi.minimum_filter(code, size=2 * e + 1) == ndi.maximum_filter(code, size=2 * e + 1)
    out = []
    for b, el in els.items():
        ks = [k for k in range(len(own.owner)) if own.owner[k] == b]
        ring_k = [k for k in ks if own.role[k] == "outline"]
        body_k = [k for k in ks if own.role[k] == "body"]
        if not ring_k or not body_k:
            continue
        others = [k for k in range(len(own.owner)) if ball_of[k] and ball_of[k] != b and els.get(ball_of[k]) == el]
        if not others:
            continue
        ring = np.isin(code, ring_k)
        ring &= ndi.binary_dilation(np.isin(code, others), iterations=e + 1) & ~near_text
        body = np.isin(code, body_k) & inner & ~near_text
        if ring.sum() < RING_MIN_PX or body.sum() < MIN_PX:
            continue
        sc = sphere_colours(species_colours([x for x in set(els.values())], "colour")[el])
        lb, lo = (float(v[0]) for v in rgb_to_lab(np.array([_hex(sc["body"]), _hex(sc["outline"])], np.uint8)))
        if float(lab[..., 0][ring].mean()) > float(lab[..., 0][body].mean()) - RING_DARKER * (lb - lo):
            out.append(b)
    return out


def _exact_parts(can: np.ndarray, own, want: dict[str, list[Any]], names: list[str]) -> dict[str, float]:
    """For each ball, the smallest share over its parts (body, outline, lighter disc, spot; ≥ ``MIN_PX`` pixels
    each, off the text) of pixels exactly in its species' colour for that part in either palette."""
    from ..render.style import VARIANTS
    from .crystal_draw import sphere_colours, species_colours
    pals = [species_colours(names, p) for p in VARIANTS["palette"]]
    packed = (can[..., 0].astype(np.int64) << 16) | (can[..., 1].astype(np.int64) << 8) | can[..., 2]
    usable = (own.code > 0) & ~own.text
    out: dict[str, float] = {}
    for k in range(1, len(own.owner)):
        bid, part = own.owner[k], own.role[k]
        if bid not in want or part not in ("body", "outline", "hl1", "hl2"):
            continue
        m = usable & (own.code == k)
        n = int(m.sum())
        if n < MIN_PX:
            continue
        ok = {(lambda c: (c[0] << 16) | (c[1] << 8) | c[2])(_hex(sphere_colours(p[want[bid][1]])[part])) for p in pals}
        share = float(np.isin(packed[m], list(ok)).mean())
        out[bid] = min(out.get(bid, 1.0), share)
    return out


def _extra_blobs(img: np.ndarray, free: np.ndarray, species: list[str], min_area: float) -> list[tuple[float, float, int]]:
    """Blobs (x, y, area px) of species-coloured pixels (either palette) in ``free`` (where nothing is drawn):
    a pixel counts when its nearest colour among the species' bodies and lighter discs, the page, ink, bonds
    and the cell edges is a species' and it is more than ``EXTRA_DE`` (or 0.6 of that colour's own distance,
    for pale colours) from the page."""
    from scipy import ndimage as ndi
    from ..render.style import VARIANTS
    from ..see import rgb_to_lab
    from .crystal_draw import species_colours
    st = load_yaml("layout", "crystal.yaml")
    from .crystal_draw import sphere_colours
    # a ball's body and its lighter disc (a piece of a ball pasted alone is still a ball's)
    cols = [sphere_colours(c)[part] for pal in VARIANTS["palette"] for c in species_colours(species, pal).values()
            for part in ("body", "hl1")]
    n = len(cols)
    cols += ["#FFFFFF", "#000000", st["bond_color"], st["unit_cell_color"],
             st["variants"]["palette"]["grey"].get("bond_color", st["bond_color"])]
    ref = rgb_to_lab(np.array([_hex(c) for c in cols], np.uint8))
    ys, xs = np.nonzero(free & (np.abs(img[..., :3].astype(np.int16) - 255).max(axis=2) > 12))
    if not len(ys):
        return []
    px = rgb_to_lab(img[ys, xs])
    d = np.linalg.norm(px[:, None, :] - ref[None, :, :], axis=2)
    # a pale species (Pt #D0D0E0 is 12 ΔE from the page) counts from 0.6 of its own distance to the page
    near = np.argmin(d, axis=1)
    page_de = np.linalg.norm(ref[:n] - ref[n], axis=1)
    need = np.minimum(EXTRA_DE, 0.6 * page_de)
    hit = (near < n) & (d[:, n] > need[np.minimum(near, n - 1)])
    m = np.zeros(free.shape, bool)
    m[ys[hit], xs[hit]] = True
    lab_, k = ndi.label(m, structure=np.ones((3, 3), bool))
    out = []
    for i, sl in enumerate(ndi.find_objects(lab_), start=1):
        if sl is None:
            continue
        area = int((lab_[sl] == i).sum())
        if area >= min_area:
            out.append(((sl[1].start + sl[1].stop - 1) / 2, (sl[0].start + sl[0].stop - 1) / 2, area))
    return out


def _read_drawn(rgb: np.ndarray, scene: SceneGraph) -> Verdict | None:
    """Read nesy's own drawing of the scene, or None when the image is not one (another tool's figure).

    The canvas is placed on the image by its size (a resized copy) — or, where the image's sides do not keep
    the canvas' ratio, by its height or width against one side (something added beside it) — and the
    placement that finds the most balls is kept; it is nesy's figure when at least half of the balls that
    are not hidden are read as their own species and at least half of its axis letters are where nesy writes
    them. Checked (tolerances above): every species' visible atoms
    seen where the camera puts them, in all and per depth layer (``projected_count``, ``depth_count``); no
    species-coloured blob where nothing is drawn, on the canvas or beside it (``extra_atoms``); one palette
    for every atom (``palette``); the cell edges, the axes and the sticks inked along their length
    (``unit_cell_outline``, ``axes``, ``bonds_drawn``); each interstitial mark's ring drawn
    (``interstitial_count``); the key's balls in their species' colours (``key``)."""
    from scipy import ndimage as ndi
    lay, _lg, own = _drawn_layouts(scene)
    W, H = lay.width, lay.height
    Hi, Wi = rgb.shape[:2]
    balls = [list(b) for b in lay.extra("balls")]
    species = sorted({b[1] for b in balls if b[1] != "interstitial"})
    sc0 = 0.5 * (Wi / W + Hi / H)
    hyps = [(sc0, 0.0, 0.0)]
    sh, sw = Hi / H, Wi / W
    if abs(Wi - W * sh) > 2:
        hyps += [(sh, Wi - W * sh, 0.0), (sh, 0.0, 0.0)]
    if abs(Hi - H * sw) > 2:
        hyps += [(sw, 0.0, Hi - H * sw), (sw, 0.0, 0.0)]
    exact_colours = {_hex(c) for s in lay.shapes for c in (s.fill, s.stroke) if c.startswith("#")}
    exact_colours |= {_hex(c) for s in _lg.shapes for c in (s.fill, s.stroke) if c.startswith("#")}
    exact_colours |= {(255, 255, 255)}
    placed = []
    for sc, ox, oy in hyps:
        if sc <= 0:
            continue
        can = _fit_canvas(rgb, W, H, sc, ox, oy)
        exact = False
        if (Wi, Hi) == (W, H) and ox == 0 and oy == 0:
            flat = can.reshape(-1, 3)[~own.text.reshape(-1)]
            packed = (flat[:, 0].astype(np.int64) << 16) | (flat[:, 1].astype(np.int64) << 8) | flat[:, 2]
            allowed = np.array([(r << 16) | (g << 8) | b for r, g, b in exact_colours], np.int64)
            exact = bool(np.isin(packed, allowed).mean() >= 0.999)
        placed.append((sc, ox, oy, can, exact, _read_balls(can, own, balls, species, exact, rings=False)))
    # the ring test (the costly part) only takes balls away from the seen ones: where no placement sees half
    # its balls without it, none does with it — another tool's figure, known without reading a ring
    if all(sum(rd.seen.values()) < max(1, (len(rd.checkable) + 1) // 2) for *_x, rd in placed):
        return None
    best = None
    for sc, ox, oy, can, exact, rd in placed:
        if not exact and best is not None and sum(rd.seen.values()) <= best[0]:
            continue   # with its rings it sees no more than the best so far: never kept (ties keep the first)
        if not exact:
            rd = _read_balls(can, own, balls, species, exact)
        n_seen = sum(rd.seen.values())
        if best is None or n_seen > best[0]:
            best = (n_seen, sc, ox, oy, can, exact, rd)
    n_seen, sc, ox, oy, can, exact, rd = best
    if n_seen < max(1, (len(rd.checkable) + 1) // 2):
        return None
    # nesy's furniture, whatever the structure: the names a₁, a₂, a₃ at the heads of its axes. Another tool's
    # figure whose discs happen to cover nesy's atom places (touching balls) has none there
    from ..see.lines import BLUR, darkness, text_mismatch
    ink = darkness(can)
    axis_names = {str(v) for v in load_yaml("layout", "crystal.yaml")["axes"]["names"]}
    letters = [lb for lb in lay.labels if lb.text in axis_names]
    near = sum(text_mismatch(ink, lb.text, lb.size, lb.x, lb.y, lb.anchor, search=3, blur=0.0 if exact else BLUR,
                             italic=lb.italic, math_=lb.math)[0] <= KEY_TEXT_TOL[1] for lb in letters)
    if letters and 2 * near < len(letters):
        return None
    checks: list[Check] = []
    spans = scene.attr("spans", {}) or {}
    struct = (spans.get("structure") or spans.get("space_group") or spans.get("formula") or {}).get("text", "")
    layer_axis = lay.extra("depth_axis")
    for el in species:
        mine = [b for b in balls if b[1] == el and b[0] in rd.checkable]
        got = sum(rd.seen[b[0]] for b in mine)
        hidden = sum(1 for b in balls if b[1] == el and b[0] not in rd.checkable)
        ent = next((e for e in scene.entities if e.kind == "species" and e.name == el), None)
        miss = [b[0] for b in mine if not rd.seen[b[0]]]
        checks.append(Check("projected_count", (el,), got, len(mine), 0, got == len(mine),
                            (ent.span.text if ent and ent.span else struct) +
                            (f"; not seen where the camera puts them: {', '.join(miss[:6])}" if miss else "") +
                            (f"; {hidden} hidden behind nearer atoms" if hidden else "")))
        layers = sorted({b[5] for b in mine})
        if len(layers) > 1:
            for L in layers:
                at = [b for b in mine if b[5] == L]
                g = sum(rd.seen[b[0]] for b in at)
                checks.append(Check("depth_count", (el, f"{layer_axis} = {L:g}"), g, len(at), 0, g == len(at), struct))
    # nothing species-coloured where nothing is drawn (an atom too many, moved or enlarged)
    e = 0 if exact else EDGE_PX
    drawn = own.code > 0
    free = ~ndi.binary_dilation(drawn, iterations=e + 1) & ~(own.text if exact else
                                                               ndi.binary_dilation(own.text, iterations=e + 2))
    rmin = min(b[4] for b in balls if b[1] != "interstitial")
    min_area = max(12.0, 0.05 * math.pi * rmin * rmin)   # a sliver of a pasted ball counts
    blobs = _extra_blobs(can, free, species, min_area)
    # the image beyond the placed canvas (a strip added beside it), read at image scale
    outside = np.ones(rgb.shape[:2], bool)
    x0, y0 = int(round(ox)), int(round(oy))
    outside[max(y0, 0): max(y0 + int(round(H * sc)), 0), max(x0, 0): max(x0 + int(round(W * sc)), 0)] = False
    if outside.any():
        blobs += _extra_blobs(rgb[..., :3], outside, species, min_area * sc * sc)
    checks.append(Check("extra_atoms", tuple(species), len(blobs), 0, 0, not blobs,
                        "species-coloured marks where the cell has no atom" + (
                            ": at " + ", ".join(f"({x:.0f}, {y:.0f})" for x, y, _ in blobs[:4]) if blobs else "")))
    pals = sorted({rd.palette[b] for b in rd.checkable if rd.seen.get(b)})
    checks.append(Check("palette", tuple(species), len(pals), 1, 0, len(pals) <= 1,
                        "atoms read in more than one palette (colour and grey)" if len(pals) > 1 else ""))
    # lines: the cell edges, the axes and the sticks, inked along their visible length
    dark = 255.0 - can.astype(np.float32).mean(axis=2)
    ink_min, share_min = LINE_INK[0 if exact else 1], LINE_SEEN[0 if exact else 1]
    notext = ~(own.text if exact else ndi.binary_dilation(own.text, iterations=e + 2))
    for cls, law in (("unit_cell", "unit_cell_outline"), ("axis", "axes"), ("bond", "bonds_drawn")):
        codes = [k for k in range(len(own.owner)) if own.cls[k] == cls]
        if not codes:
            continue
        m = np.isin(own.code, codes) & notext
        need = ink_min if cls != "bond" else ink_min * 0.55   # the sticks are mid grey
        frac = float((dark[m] >= need).mean()) if m.any() else 1.0
        checks.append(Check(law, (cls,), round(frac, 3), f"≥ {share_min}", 0, frac >= share_min,
                            (spans.get("bonds") or {}).get("text", "") if cls == "bond" else ""))
    # interstitial marks: a dark ring where each visible one is
    marks = [b for b in balls if b[1] == "interstitial"]
    if marks:
        got = n_vis = 0
        for b in marks:
            codes = [k for k in range(len(own.owner)) if own.owner[k] == b[0] and own.role[k] == "outline"]
            m = np.isin(own.code, codes) & notext
            if m.sum() < 4:
                continue
            n_vis += 1
            got += float(dark[m].mean()) >= (120 if exact else 45)
        checks.append(Check("interstitial_count", tuple(scene.attr("interstitial", []) or []), int(got), n_vis, 0,
                            got == n_vis, (spans.get("interstitial") or {}).get("text", "")))
    # the key: each species' ball in its colour
    keys = [[f"_key_{el}", el, 0, 0, 0, None] for el in species]
    kr = _read_balls(can, own, keys, species, exact)
    bad = [k[1] for k in keys if k[0] in kr.checkable and not kr.seen[k[0]]]
    checks.append(Check("key", tuple(species), len(bad), 0, 0, not bad,
                        f"key balls not in their species' colour: {', '.join(bad)}" if bad else ""))
    # the words of the key (species symbols, lattice constants) and the axis letters: their ink against nesy's
    # own rendering of the same text there (no OCR)
    tol = KEY_TEXT_TOL[0 if exact else 1]
    for lb in lay.labels:
        miss, _ = text_mismatch(ink, lb.text, lb.size, lb.x, lb.y, lb.anchor, search=3, blur=0.0 if exact else BLUR,
                                italic=lb.italic, math_=lb.math)
        what = "symbol" if lb.text in species else ("axis" if lb.text in axis_names else "constants")
        checks.append(Check("label", (what, lb.text), round(miss, 3), f"<= {tol}", 0, miss <= tol, ""))
    return Verdict(tuple(checks), rounds=1)


def _verify_other(rgb: np.ndarray, scene: SceneGraph) -> Verdict:
    """Verify a unit cell drawn by another tool (no nesy legend panel): atoms are read as discs whatever their
    colours (``nesy.see.atoms``), grouped by their own fill colour and size, and the expected projection is
    fitted onto them (one scale, one offset; x right, y up as a plot draws it). Checked, scale-free: every
    projected site holds a disc and every disc in the cell sits on a site (``atom_positions``), each group of
    discs is one species at the sites the structure gives it (``species_pattern`` — a group is named by the
    species most of its discs stand for, so the figure's own colours need no key), the count per species
    (``projected_count``), the heights a plan view writes beside its atoms (``written_height``,
    ``crystal_views.written_heights``) and the cell outline drawn along the fitted cell edges
    (``unit_cell_outline``). Discs outside the fitted cell (a legend's markers) are not atoms of the cell. A
    cell drawn in 3-D, which no plan view explains, is read through its own camera instead
    (``crystal_views.read_cell3d``)."""
    from ..see.atoms import drawn_fraction_along, fit_lattice, ink_mask, read_discs
    geom = crystal_geometry(scene)
    uvw = tuple(int(v) for v in scene.attr("zone_axis", [0, 0, 1]))
    pr = _projection(geom, uvw, tuple(scene.attr("interstitial", []) or []))
    spans = scene.attr("spans", {}) or {}
    structure_phrase = (spans.get("structure") or spans.get("space_group") or {}).get("text", "")
    checks: list[Check] = []
    discs, cols = read_discs(rgb)
    exp = np.array([[x, y] for _, x, y in pr.atoms])
    fit = fit_lattice(np.array([[d.x, d.y] for d in discs]), exp, pr.min_dist) if len(discs) > 1 else None
    n_exp = len(pr.atoms)
    page = _page(rgb)
    plan = _plan_reading(rgb, discs, fit, pr, scene, structure_phrase, geom, uvw, page) if fit is not None and \
        len(fit.pairs) >= min(2, n_exp) else None
    # a cell drawn in 3-D (perspective, oblique, axonometric) is read through its own camera where the plan
    # view does not explain the discs: whichever reading leaves fewer atoms unexplained is the figure's. A
    # text that asks for a view along a zone axis asks for that projection: it is read as one only
    cell3d = None
    if (plan is None or plan[1] > 0) and "zone_axis" not in spans:
        from .crystal_views import read_cell3d
        species_span = {e.name: e.span.text for e in scene.entities if e.kind == "species" and e.span}
        cell3d = read_cell3d(rgb, discs, cols, geom, structure_phrase, species_span)
        if cell3d is not None and plan is not None and cell3d.wrong >= plan[1]:
            cell3d = None
    if cell3d is not None:
        checks += cell3d.checks
        segs, on = cell3d.edges, list(cell3d.inside)
    elif plan is not None:
        checks += plan[0]
        segs, on = plan[2], plan[3]
    else:
        checks.append(Check("atoms_seen", ("discs",), len(discs), f"a lattice of {n_exp} atoms", 0, False,
                            "could not see the atoms of a unit cell: no set of round marks fits the "
                            "projected lattice"))
        return Verdict(tuple(checks), rounds=1)
    frac, n_pts = drawn_fraction_along(ink_mask(rgb), segs, on) if len(segs) else (0.0, 0)
    # where touching atoms cover the whole outline (a space-filling drawing) there is nothing to see, and
    # nothing that contradicts it; a dashed outline inks ≳ 0.6 of its length, a missing one ≈ 0
    seen = n_pts >= 10
    checks.append(Check("unit_cell_outline", ("unit_cell",), round(frac, 3) if seen else "covered by the atoms",
                        "≥ 0.5 of the edges inked", 0.5, frac >= 0.5 or not seen,
                        "" if seen else "the cell edges run under touching atoms everywhere"))
    checks += _figure_words(rgb, scene)
    return Verdict(tuple(checks), rounds=1)


def _columns(geom: Any, uvw: tuple[int, int, int], pr: Any) -> list[dict[str, set[float]]]:
    """For each projected site of ``pr``: species → the heights (fractions of the repeat along ``uvw``, in
    [0, 1)) of the closed cell's sites that project onto it."""
    from .crystal import _basis, _images
    M = geom.matrix()
    n, e1, e2 = _basis(M, list(uvw))
    imgs, idx = _images(np.asarray(geom.frac))
    cart = imgs @ M
    rep = float(np.linalg.norm(np.asarray(uvw, float) @ M))
    xy = np.stack([cart @ e1, cart @ e2], axis=1)
    h = np.mod(np.round((cart @ n) / rep, 6), 1.0)
    out: list[dict[str, set[float]]] = []
    for _el, x, y in pr.atoms:
        col: dict[str, set[float]] = {}
        for k in np.nonzero(np.linalg.norm(xy - [x, y], axis=1) < 1e-3)[0]:
            col.setdefault(geom.species[idx[k]], set()).add(float(h[k]))
        out.append(col)
    return out


def _page(rgb: np.ndarray) -> list[tuple[str, tuple[int, int, int, int], float]]:
    """The figure's words as OCR reads them (text, box px, confidence); none without the ``ocr`` extra."""
    from ..see import ocr
    if not ocr.available():
        return []
    return ocr.read_page(rgb, upscale=2 if max(rgb.shape[:2]) < 600 else 1)


def _plan_reading(rgb: np.ndarray, discs: list, fit: Any, pr: Any, scene: SceneGraph, structure_phrase: str,
                  geom: Any, uvw: tuple[int, int, int], page: list) -> tuple[list[Check], int, np.ndarray, list]:
    """The plan-view reading (the fitted projection along the zone axis): its checks, how many things
    disagree (missing + extra + wrong species), the cell outline (px) and the discs inside the cell."""
    checks: list[Check] = []
    n_exp = len(pr.atoms)
    exp = np.array([[x, y] for _, x, y in pr.atoms])
    P = fit.to_px(exp)
    # the cell's region: the fitted sites' box, grown by the largest matched disc (an atom drawn partly
    # outside the cell still belongs to it; a legend or a title beside the cell does not)
    m = max(discs[j].r for _, j in fit.pairs) + fit.tol
    x0, y0 = P.min(axis=0) - m
    x1, y1 = P.max(axis=0) + m
    inside = [k for k, d in enumerate(discs) if x0 <= d.x <= x1 and y0 <= d.y <= y1]
    site_of = {j: i for i, j in fit.pairs if j in inside}
    missing = [i for i in range(n_exp) if i not in site_of.values()]
    extra = [j for j in inside if j not in site_of]
    checks.append(Check("atom_positions", tuple(sorted({a[0] for a in pr.atoms})), len(missing) + len(extra), 0,
                        round(fit.tol, 2), not missing and not extra,
                        f"{len(missing)} site(s) without a disc, {len(extra)} disc(s) off every site "
                        f"(tolerance {fit.tol:.1f} px); {structure_phrase}".strip()))
    # each fill group stands for the species most of its discs sit on
    votes: dict[int, dict[str, int]] = {}
    for j, i in site_of.items():
        votes.setdefault(discs[j].group, {}).setdefault(pr.atoms[i][0], 0)
        votes[discs[j].group][pr.atoms[i][0]] += 1
    name = {g: max(sorted(v), key=lambda el: v[el]) for g, v in votes.items()}
    wrong_sp = sum(1 for j, i in site_of.items() if name.get(discs[j].group) != pr.atoms[i][0])
    checks.append(Check("species_pattern", tuple(sorted({a[0] for a in pr.atoms})), wrong_sp, 0, 0, wrong_sp == 0,
                        "sites drawn as another species than the structure puts there; " + structure_phrase))
    # a projection puts a column's atoms at one place: the heights written beside them say which
    from .crystal_views import written_heights
    checks += written_heights(rgb, page, discs, site_of, name, _columns(geom, uvw, pr), structure_phrase)
    for el, n in pr.counts:
        got = sum(1 for j in inside if name.get(discs[j].group) == el)
        ent = next((e for e in scene.entities if e.kind == "species" and e.name == el), None)
        checks.append(Check("projected_count", (el,), got, n, 0, got == n, ent.span.text if ent and ent.span else ""))
    unnamed = sum(1 for j in inside if discs[j].group not in name)
    if unnamed:
        checks.append(Check("projected_count", ("unassigned",), unnamed, 0, 0, False,
                            "discs of a colour found at no site of the structure"))
    segs = np.array([[*fit.to_px(np.array([[xa, ya]]))[0], *fit.to_px(np.array([[xb, yb]]))[0]]
                     for xa, ya, xb, yb in pr.outline])
    return checks, len(missing) + len(extra) + wrong_sp, segs, [discs[j] for j in inside]


def _figure_words(rgb: np.ndarray, scene: SceneGraph, page: list | None = None) -> list[Check]:
    """Another tool's figure says in words what it shows (a legend, labels on the balls, a title, a dimension
    line): every element it names must be one the text names (``species_label``) — a figure of polonium whose
    legend says "Te", or a bcc iron cell whose centre is labelled "Cr", is another crystal however well its
    balls sit — and every lattice constant it writes ("a = 5.64 Å", read by the crystal grammar's own reading
    of a length) must be the one the text states, to the digits either writes (``lattice_constant_label``).
    Read by OCR (``nesy.see.ocr.read_page``); without the ``ocr`` extra the figure's words are not read and
    nothing is checked here."""
    from ..see import ocr
    from ..see.atoms import species_named
    if not ocr.available():
        return []
    # (a sure reading only: a blurred or halved label read at low confidence names nothing — 'O' read as 'Os')
    page = _page(rgb) if page is None else page
    lines = [t for t, _box, sc in page if sc >= SURE_OCR]
    # (the figure may name what the text names: its species, or a structure type named by a compound, "CsCl type")
    stated = {e.name for e in scene.entities if e.kind == "species" and e.name} | species_named([scene.text or ""])
    # a word one character away from a word of the text is that word misread ('SrTiOs' for 'SrTiO3', a
    # halved copy's 3 read as s): OCR substitutes a character, it does not name another crystal
    said = {w for w in re.findall(r"[A-Za-z0-9]{3,}", scene.text or "")}

    def as_said(tok: str) -> str:
        near = [w for w in said if len(w) == len(tok) and sum(a != b for a, b in zip(w, tok)) == 1]
        return near[0] if len(near) == 1 else tok

    words = [re.sub(r"[A-Za-z0-9]{3,}", lambda m: as_said(m.group()), w) for w in lines]
    foreign = sorted(species_named(words) - stated)
    checks = [Check("species_label", tuple(foreign) or ("labels",), foreign, [], 0, not foreign,
                    "an element the figure names that the text does not: the figure shows another crystal"
                    if foreign else "")]
    # (the lines as read, not as said: a number is never corrected towards the text's)
    spans = scene.attr("spans", {}) or {}
    lattice = scene.attr("lattice", {}) or {}
    # (a value is read at a lower confidence than a name: a blurred print's "α = 2.51 A" at 0.75 still says
    # 2.51 — OCR's doubt there is over the italic a, and a digit it is unsure of drops the line's confidence
    # far lower)
    valued = [t for t, _box, sc in page if sc >= VALUE_OCR]
    for axis, val, step in _constants(valued):
        if axis not in spans or axis not in lattice:
            continue   # a constant the text does not state: the figure may give the material's own
        step = max([step] + [st for ax, _v, st in _constants([spans[axis]["text"]]) if ax == axis])
        ok = abs(val - float(lattice[axis])) <= 0.5 * step + 1e-9
        checks.append(Check("lattice_constant_label", (axis,), round(val, 4), float(lattice[axis]),
                            round(0.5 * step, 4), ok, spans[axis]["text"]))
    return checks


_LATIN = {"α": "a", "β": "b", "γ": "c"}
_GREEK_EDGE = re.compile(r"([αβγ])(\s*=\s*\d+(?:[.,]\d+)?\s*(?:Å|A|pm|nm)(?![A-Za-z]))")


def _constants(lines: list[str]) -> list[tuple[str, float, float]]:
    """The lattice constants written in ``lines`` ("a = 5.64 Å", "a = 564 pm"), read as the crystal grammar reads
    a text: (axis, value Å, the place of its last written digit in Å — a written value is good to half of it)."""
    from .crystal import _claims
    out: list[tuple[str, float, float]] = []
    for line in lines:
        # an italic a read as the Greek α (or b as β, c as γ) before a length: the cell's angles are in
        # degrees, so "α = 4.08 Å" is the edge a written in italics
        line = _GREEK_EDGE.sub(lambda m: _LATIN[m.group(1)] + m.group(2), line)
        claims, _unknown, _n = _claims(line, strict=False)
        for c in claims:
            if c.tag != "QTY" or not c.value.get("labelled"):
                continue
            num = re.search(r"\d+(?:[.,](\d+))?", c.text[c.text.find("=") + 1:] if "=" in c.text else c.text)
            dec = len(num.group(1) or "") if num else 0
            scale = c.value["value"] / c.value["given"] if c.value["given"] else 1.0
            out.append((c.value["axis"], float(c.value["value"]), 10.0 ** -dec * scale))
    return out
