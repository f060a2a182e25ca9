"""What another tool draws around and inside a cell figure that is no organelle, read off the region forest
of ``nesy.see.regions`` before it is matched to the scene (``CellDomain._observe_other``).

- a legend box: a box holding ≥ 2 text lines, each region in it a swatch with its label to its right
  (``legend_boxes``): dropped with what it holds; or a legend with no box: a column of alike swatches at
  the top level, each with its label to its right;
- a stack of parallel strokes (the ER's cisternae, the Golgi's): alike bands, each ≥ 4 × as long as wide,
  side by side within a band's width of each other, are one object (``merge_stacks``), where the scene names
  a kind drawn so;
- a plot's axes left on (matplotlib's frame, ticks and grid): a drawn rectangle with numbers (tick labels)
  along its outside (``drop_axes``): the frame, the plot area's background inside it and the tick glyphs
  go, what is drawn in it stays;
- an organelle's inner decoration (dots in a lysosome, thylakoid strokes, the dashes of a dashed inner
  circle, and the shorter pieces JPEG cuts such dashes into): small leaf children alike to each other, ≥ 3
  in one region or the same few in every one of alike siblings (``decorations``). The matcher drops them
  only where that fits the entity's expected contents better, so an extra organelle among its fellows is
  still counted, and an organelle inside them is not found rather than passed.

Hands back indices into (or a modified) ``RegionRead``.
"""
from __future__ import annotations

import math
import re

import numpy as np

__all__ = ["legend_boxes", "merge_stacks", "decorations", "drop_axes", "wall_profile"]


def _rect_fill(r) -> float:
    """How much of its bounding box a region's mask fills (a drawn rectangle ≈ 1, an ellipse π/4)."""
    o = r.obs
    return o.area / max((o.x1 - o.x0) * (o.y1 - o.y0), 1)


def _alike(a, b, area_ratio: float = 2.0) -> bool:
    """Two regions of about one size (areas within ``area_ratio``) and one colour (ΔRGB ≤ 40)."""
    lo, hi = sorted((a.area, b.area))
    return hi <= area_ratio * max(lo, 1) and max(abs(x - y) for x, y in zip(a.colour, b.colour)) <= 40


def legend_boxes(rr) -> set[int]:
    """Indices of regions that are legend boxes, and of all regions within them (module docstring):
    box-like (≥ 75 % of its bounding box: corners rounded, as matplotlib's are, and a swatch touching
    the outline cuts the box's face on a blurred copy; the text and swatch tests below tell it from a
    labelled organelle) holding the centres of ≥ 2 text lines, each of its children a
    swatch with a text line starting right of it (within 3 line heights) on its row, or a remnant of a
    blurred glyph (its centre in a line's box)."""
    out: set[int] = set()
    lines = [b for _, b in getattr(rr, "lines", [])]
    live = set(rr.roots) | {c for r in rr.regions for c in r.children}   # not dropped (``drop_axes``)
    for i, r in enumerate(rr.regions):
        o = r.obs
        if i not in live or r.dot or _rect_fill(r) < 0.75:
            continue
        inner = [b for b in lines if o.x0 <= (b[0] + b[2]) / 2 <= o.x1 and o.y0 <= (b[1] + b[3]) / 2 <= o.y1]
        if len(inner) < 2:
            continue
        ok = True
        for k in r.children:
            c = rr.regions[k].obs
            cx, cy = (c.x0 + c.x1) / 2, (c.y0 + c.y1) / 2
            if any(b[0] - 2 <= cx <= b[2] + 2 and b[1] - 2 <= cy <= b[3] + 2 for b in inner):
                continue   # what erasing a blurred glyph left: part of the label, not a swatch
            if not any(b[1] - 2 <= cy <= b[3] + 2 and -2 <= b[0] - c.x1 <= 3 * (b[3] - b[1]) for b in inner):
                ok = False
                break
        if ok:
            out.add(i)
    out.update(_legend_column(rr, lines, live))
    # a swatch the box's outline cut off (a marker on a blurred copy) lies within the box all the same
    for i in list(out):
        L = rr.regions[i].obs
        out.update(k for k, r in enumerate(rr.regions) if k != i and k in live and L.x0 <= r.obs.x0
                   and r.obs.x1 <= L.x1 and L.y0 <= r.obs.y0 and r.obs.y1 <= L.y1)
    return out


def _legend_column(rr, lines: list, live: set[int]) -> set[int]:
    """A legend with no frame (matplotlib's ``frameon=False``, a slide's key): ≥ 2 top-level regions
    alike in size and shape (box-like swatches, areas within 2 ×), their left edges aligned (within a
    quarter of a swatch's width) and stacked one above the other, each with a text line starting right of
    it (within 3 line heights) on its row, and no region inside any of them. Stated objects are never
    drawn so: an organelle lies inside its cell, not at the top level beside a word."""
    cands = []
    for i in rr.roots:
        r = rr.regions[i]
        o = r.obs
        if i not in live or r.children or _rect_fill(r) < 0.6:
            continue
        cy = (o.y0 + o.y1) / 2
        if any(b[1] - 2 <= cy <= b[3] + 2 and -2 <= b[0] - o.x1 <= 3 * (b[3] - b[1]) for b in lines):
            cands.append(i)
    out: set[int] = set()
    for i in cands:
        a = rr.regions[i]
        col = [k for k in cands if _alike_shape(a, rr.regions[k])
               and abs(rr.regions[k].obs.x0 - a.obs.x0) <= 0.25 * (a.obs.x1 - a.obs.x0)]
        rows = {round(rr.regions[k].obs.y0 / max(a.obs.y1 - a.obs.y0, 1)) for k in col}
        if len(col) >= 2 and len(rows) >= 2:
            out.update(col)
    return out


def _alike_shape(a, b) -> bool:
    """Two regions of about one size (areas within 2 ×) and outline (aspects within 25 %), any colour."""
    lo, hi = sorted((a.area, b.area))
    return hi <= 2 * max(lo, 1) and abs(math.log(max(a.aspect, 1e-3) / max(b.aspect, 1e-3))) <= 0.25


_TICK = re.compile(r"^[-−–]?\d+([.,]\d+)?$")


def drop_axes(rr) -> None:
    """Removes, in place, a plot's axes (module docstring): a region that is a drawn axis-aligned
    rectangle (≥ 97 % of its bounding box: square corners, which no organelle and no rounded cell
    has) with ≥ 2 numbers read by OCR (tick labels) within 3 of their heights outside its bottom or left
    edge. Its children move up; a child spanning the frame (its box within 5 % of the frame's on every
    side) is the plot area's background cut off from the page, and goes the same way; top-level regions
    wholly outside the frame within those 3 line heights are the tick labels' glyphs OCR did not erase."""
    ticks = [b for t, b in getattr(rr, "lines", []) if _TICK.match(t.strip())]
    if len(ticks) < 2:
        return
    h = float(np.median([b[3] - b[1] for b in ticks]))
    for i in list(rr.roots):
        r = rr.regions[i]
        o = r.obs
        if r.dot or _rect_fill(r) < 0.97:
            continue
        below = [b for b in ticks
                 if o.x0 - 3 * h <= b[0] and b[2] <= o.x1 + 3 * h and 0 <= b[1] - o.y1 <= 3 * h]
        left = [b for b in ticks if o.y0 - h <= b[1] and b[3] <= o.y1 + h and 0 <= o.x0 - b[2] <= 3 * h]
        if len(below) < 2 and len(left) < 2:
            continue
        w, ht = o.x1 - o.x0, o.y1 - o.y0
        lift = [i]
        for k in r.children:
            c = rr.regions[k].obs
            if max(c.x0 - o.x0, o.x1 - c.x1) <= 0.05 * w and max(c.y0 - o.y0, o.y1 - c.y1) <= 0.05 * ht:
                lift.append(k)
        roots = [k for k in rr.roots if k != i]
        for j in lift:
            for k in rr.regions[j].children:
                if k not in lift:
                    rr.regions[k].parent = None
                    roots.append(k)
            rr.regions[j].children = []
        pad = 3 * h
        rr.roots[:] = [k for k in roots if not (
            rr.regions[k].parent is None and k not in lift and _outside_within(rr.regions[k].obs, o, pad))]
        return


def _outside_within(c, o, pad: float) -> bool:
    """Whether box ``c`` lies wholly outside box ``o`` and within ``pad`` px of it."""
    outside = c.x1 <= o.x0 or c.x0 >= o.x1 or c.y1 <= o.y0 or c.y0 >= o.y1
    near = c.x0 >= o.x0 - pad and c.x1 <= o.x1 + pad and c.y0 >= o.y0 - pad and c.y1 <= o.y1 + pad
    return outside and near


def merge_stacks(rr) -> None:
    """Merges, in place, each stack of parallel bands among siblings into one region (module docstring):
    elongated (aspect ≥ 4), alike (areas within 1.5 ×, one colour), axes within 15°, each next to another
    across its length (centres apart along the normal by ≤ 2.5 band widths and along the axis by ≤ a
    third of the length)."""
    from .regionbase import Observed
    from ..see.regions import Region, _axes
    groups_of = [rr.roots] + [r.children for r in rr.regions]
    for sibs in groups_of:
        bands = [k for k in sibs if not rr.regions[k].dot and rr.regions[k].aspect >= 4.0]
        if len(bands) < 2:
            continue
        parent = {k: k for k in bands}

        def find(k):
            while parent[k] != k:
                parent[k] = parent[parent[k]]
                k = parent[k]
            return k
        for x in range(len(bands)):
            for y in range(x + 1, len(bands)):
                a, b = rr.regions[bands[x]], rr.regions[bands[y]]
                if not _alike(a, b, 1.5):
                    continue
                d = abs(a.angle - b.angle) % 180.0
                if min(d, 180.0 - d) > 15.0:
                    continue
                (ax, ay), (bx, by) = a.centre, b.centre
                t = math.radians(a.angle)
                along = abs((bx - ax) * math.cos(t) + (by - ay) * math.sin(t))
                across = abs(-(bx - ax) * math.sin(t) + (by - ay) * math.cos(t))
                if across <= 2.5 * max(a.minor, b.minor) and along <= max(a.major, b.major) / 3:
                    parent[find(bands[x])] = find(bands[y])
        stacks: dict[int, list[int]] = {}
        for k in bands:
            stacks.setdefault(find(k), []).append(k)
        for ks in stacks.values():
            if len(ks) < 2:
                continue
            obs = [rr.regions[k].obs for k in ks]
            x0, y0 = min(o.x0 for o in obs), min(o.y0 for o in obs)
            m = np.zeros((max(o.y1 for o in obs) - y0, max(o.x1 for o in obs) - x0), bool)
            for o in obs:
                m[o.y0 - y0: o.y1 - y0, o.x0 - x0: o.x1 - x0] |= o.mask
            # the gaps between the bands are the object's inside
            from scipy import ndimage as ndi
            m = ndi.binary_closing(np.pad(m, 8), structure=np.ones((9, 9), bool))[8:-8, 8:-8] | m
            major, minor, ang = _axes(m)
            colour = tuple(int(v) for v in np.median([rr.regions[k].colour for k in ks], axis=0))
            first = rr.regions[ks[0]]
            merged = Region(Observed(m, x0, y0), colour, major, minor, ang, hole=first.hole,
                            parent=first.parent, children=[c for k in ks for c in rr.regions[k].children])
            rr.regions[ks[0]] = merged
            for k in ks[1:]:
                sibs.remove(k)
            for c in merged.children:
                rr.regions[c].parent = ks[0]


def decorations(rr) -> dict[int, set[int]]:
    """Region index → the children that may be its inner decoration (module docstring): leaf children of
    at most a quarter of its area, grouped by likeness; a group of ≥ 3, or one that an alike sibling of
    the region repeats (as many members, alike to these); with it, its smaller pieces (``_fragment_of``)."""
    groups: dict[int, list[list[int]]] = {}
    smalls: dict[int, list[int]] = {}
    for i, r in enumerate(rr.regions):
        small = smalls[i] = [k for k in r.children
                             if not rr.regions[k].children and rr.regions[k].area <= 0.25 * r.area]
        gs: list[list[int]] = []
        for k in small:
            for g in gs:
                if all(_alike(rr.regions[k], rr.regions[j]) for j in g):
                    g.append(k)
                    break
            else:
                gs.append([k])
        groups[i] = gs
    out: dict[int, set[int]] = {}
    sib_of = [rr.roots] + [r.children for r in rr.regions]
    for sibs in sib_of:
        for i in sibs:
            for g in groups.get(i, []):
                keep = len(g) >= 3
                if not keep:
                    for j in sibs:
                        if j == i or not _alike(rr.regions[i], rr.regions[j], 1.5):
                            continue
                        if any(len(h) == len(g) and _alike(rr.regions[g[0]], rr.regions[h[0]]) for h in groups.get(j, [])):
                            keep = True
                            break
                if keep:
                    out.setdefault(i, set()).update(g)
                    out[i].update(k for k in smalls[i] if k not in out[i] and _fragment_of(rr, k, g, i))
    return out


def _fragment_of(rr, k: int, g: list[int], i: int) -> bool:
    """Whether region ``k`` is a smaller piece of the decoration ``g`` drawn in region ``i``: no larger
    than its largest member, in the members' ink mixed with ``i``'s fill (ΔRGB ≤ 40 of a point between
    the two colours) — a dash JPEG or blur cut short is thinner, so its anti-aliasing lightens it towards
    the fill, and it no longer looks alike to the whole dashes."""
    r = rr.regions[k]
    if r.area > max(rr.regions[j].area for j in g):
        return False
    ink = np.median([rr.regions[j].colour for j in g], axis=0)
    fill = np.array(rr.regions[i].colour, float)
    c = np.array(r.colour, float)
    d = fill - ink
    t = float(np.clip(np.dot(c - ink, d) / max(float(np.dot(d, d)), 1e-9), 0.0, 1.0))
    return float(np.abs(c - (ink + t * d)).max()) <= 40


def wall_profile(rgb, obs, major: float, rays: int = 48) -> tuple[int, float]:
    """What is drawn across a region's outline: (lines, px) — the median over ``rays`` rays from the
    region's centre of the number of separate ink runs, and of their total width, within a window of
    ±6 % of ``major`` (≥ 8 px) about where the ray leaves the region. Ink is any colour 50 (max channel)
    from the colour just inside the window (the cytoplasm's) and from the page's; runs a pixel apart are one
    (anti-aliasing). A double outline gives 2 runs; a wall drawn as a thick coloured band one wide run; a
    membrane's line one thin run. Rays that meet no outline (the region at the image's edge) are skipped."""
    H, W = rgb.shape[:2]
    ys, xs = np.nonzero(obs.mask)
    if not len(xs):
        return 0, 0.0
    cx, cy = float(xs.mean() + obs.x0), float(ys.mean() + obs.y0)
    page = np.median(np.concatenate([rgb[0], rgb[-1], rgb[:, 0], rgb[:, -1]]), axis=0).astype(float)
    half = max(8.0, 0.06 * major)
    runs_l, widths = [], []
    for k in range(rays):
        th = 2 * math.pi * k / rays
        dx, dy = math.cos(th), math.sin(th)
        # where the ray leaves the region's mask
        r_out, r = None, 0.0
        while True:
            x, y = int(round(cx + r * dx)) - obs.x0, int(round(cy + r * dy)) - obs.y0
            if not (0 <= x < obs.mask.shape[1] and 0 <= y < obs.mask.shape[0]):
                break
            if obs.mask[y, x]:
                r_out = r
            r += 1.0
        if r_out is None:
            continue
        rs = np.arange(r_out - 2 * half, r_out + half + 1, 1.0)
        px = np.round(cx + rs * dx).astype(int)
        py = np.round(cy + rs * dy).astype(int)
        if px.min() < 0 or py.min() < 0 or px.max() >= W or py.max() >= H:
            continue
        prof = rgb[py, px].astype(float)
        inside = np.median(prof[: int(half) // 2 + 1], axis=0)   # the cytoplasm, well inside the outline
        win = prof[int(half):]
        ink = (np.abs(win - inside).max(axis=1) > 50) & (np.abs(win - page).max(axis=1) > 50)
        # a run ends at two or more non-ink pixels in a row
        n, w, gap, on = 0, 0, 2, False
        for v in ink:
            if v:
                if not on and gap >= 2:
                    n += 1
                on, gap = True, 0
                w += 1
            else:
                on = False
                gap += 1
        runs_l.append(n)
        widths.append(w)
    if not runs_l:
        return 0, 0.0
    return int(np.median(runs_l)), float(np.median(widths))
