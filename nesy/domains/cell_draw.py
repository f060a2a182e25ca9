"""Drawing of nesy.cell.v1 as textbooks draw a cell: organelle detail, labels with leader lines, the canvas.

Hands ``CellDomain.to_layout`` the finished ``Layout``: the solved outline of every entity (kept: the
verifier reads each kind from its filled region, and ``layout.json`` from these outlines), the
recognisable detail inside each organelle as decoration (``_``-prefixed shapes in the organelle's own
outline colour, so the verifier's reading of the organelle includes it), one label per kind in a margin
left or right of the cells with a straight leader line to one organelle of that kind, and a "not to scale"
note under the cells where small organelles are drawn above scale. An ER of a cell with a nucleus is
redrawn as a network round the nucleus before the labels are placed (``cell_er.er_network``); one the text
places keeps its folded band, joined to the envelope (``er_joins``). Conventions (``layout/cell.yaml``):
Alberts et al., *Molecular Biology of the Cell* 6th ed. (MBoC) and Campbell *Biology* 11th ed. Fig. 6.8.

The canvas is the cells' bounding box with a margin of ``label_margin(scene)`` px on the left and on the
right (a function of the scene's label texts alone) and ``margin_top`` / ``margin_bottom`` px above and
below, so a verifier that knows the scene but not the layout reads the scale of a resized copy from the
width of white beside the cells (``scale_from_margins``).
"""
from __future__ import annotations

import math
import re
from dataclasses import replace
from typing import Any

from ..resources import load_yaml
from ..types import Label, SceneGraph, Shape

__all__ = ["detail_shapes", "er_joins", "on_band", "label_texts", "label_margin", "arrange", "scale_from_margins"]


def _ellipse_y(box, x: float, top: bool, inset: float = 0.0) -> float:
    """y of the ellipse in ``box`` (inset by ``inset`` px) at abscissa ``x`` (top or bottom branch)."""
    x0, y0, x1, y1 = box
    a, b = (x1 - x0) / 2 - inset, (y1 - y0) / 2 - inset
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    t = max(0.0, 1.0 - ((x - cx) / max(a, 1e-6)) ** 2)
    return cy - b * math.sqrt(t) if top else cy + b * math.sqrt(t)


def _cristae(sid: str, box, colour: str, z: int, d: dict[str, Any]) -> list[Shape]:
    """Folds of the inner membrane (MBoC Fig. 14-8; Campbell Fig. 6.17): folds ``cristae_width`` px thick
    (thick enough to be seen at the figure's size) reaching ``cristae_depth`` of the way across, alternately
    from the top and the bottom, every ``cristae_pitch`` px. A fold never reaches the far membrane, so the
    matrix (the fill) stays one region; on a degraded copy a fold is a gap the verifier bridges
    (``CellDomain.observe``)."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    pitch = float(d["cristae_pitch"])
    cw = float(d.get("cristae_width", 1))
    n = int((w - 2 * pitch) // pitch) + 1
    if h < 8 or n < 1:
        return []
    out = []
    start = (x0 + x1) / 2 - (n - 1) * pitch / 2
    for i in range(n):
        x = round(start + i * pitch) + (0.5 if round(cw) % 2 else 0.0)   # crisp: an odd width on a pixel centre
        top = i % 2 == 0
        yb = _ellipse_y(box, x, top, 1.5)
        inner = abs(_ellipse_y(box, x, not top, 1.5) - yb)
        depth = float(d["cristae_depth"]) * inner
        if depth < 2:
            continue
        ye = yb + (depth if top else -depth)
        out.append(Shape(f"_{sid}_crista{i}", "line", (x, yb, x, ye), "none", colour, cw, z, "detail"))
    return out


def _golgi(sid: str, box, fill: str, stroke: str, sw: float, z: int, d: dict[str, Any]) -> list[Shape]:
    """A stack of curved cisternae (MBoC Fig. 13-26): ``golgi_cisternae`` flattened sacs, each a band
    bowed by a quarter of the stack's height, stacked edge to edge so the stack reads as one region."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    n = int(d["golgi_cisternae"])
    sag = 0.25 * h
    t = (h - sag) / n
    cx = (x0 + x1) / 2
    out = []
    for i in range(n):
        # the inner cisternae are a little shorter, as drawn in the textbooks (not below 60 % of the stack)
        half = w / 2 * max(0.6, 1.0 - 0.07 * abs(i - (n - 1) / 2))
        xs = [cx - half + 2 * half * k / 16 for k in range(17)]

        def yy(x: float, top: bool) -> float:
            u = (x - cx) / (w / 2)
            return y0 + i * t + (0 if top else t) + sag * (1 - u * u)
        pts = [(x, yy(x, True)) for x in xs] + [(x, yy(x, False)) for x in reversed(xs)]
        out.append(Shape(f"_{sid}_cisterna{i}", "polygon", (min(xs), y0, max(xs), y1), fill, stroke, sw, z,
                         "detail", points=tuple(pts)))
    return out


def _er_band(box, d: dict[str, Any]) -> tuple[float, Any]:
    """The folded band ``_er`` draws in ``box``: its thickness (px) and its midline y as a function of x."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    th = max(7.0, 0.45 * h)   # px: the band keeps a fill core ≥ 4 px inside its outlines
    amp = max(0.0, (h - th) / 2 - 1.5)
    cy = (y0 + y1) / 2
    folds = float(d["er_folds"])
    return th, (lambda x: cy + amp * math.sin(2 * math.pi * folds / 2 * (x - x0) / w))


def on_band(er_box, kids: dict[str, tuple[float, float, float, float]], d: dict[str, Any]
            ) -> tuple[dict[str, tuple[float, float, float, float]], float] | None:
    """Boxes for the things the text puts in (on) an ER drawn as its folded band — "ER with 10 ribosomes stuck on
    it": ribosomes stud the rough ER's membrane (MBoC Fig. 12-36) — spread evenly along the band's midline, each
    wholly on the band and ≥ 2 px from the next, in one lane or two (above and below the midline); and the folds
    the band is drawn with (``er_folds``, or fewer — down to none — where steep folds leave them no room). The
    solver's grid in the ER's box puts some in the folds' gaps, off the drawn band, where the figure would show
    them outside the ER the text puts them in. None when they do not fit on the band."""
    x0, y0, x1, y1 = er_box
    ids = sorted(kids, key=lambda i: ((kids[i][0] + kids[i][2]) / 2, (kids[i][1] + kids[i][3]) / 2))
    if not ids:
        return {}, float(d["er_folds"])
    cw = max(b[2] - b[0] for b in kids.values())
    end = cw / 2 + 3.0   # px kept clear at each end of the band: a box against its end cap is open to the page
    w = x1 - x0 - 2 * end
    folds = float(d["er_folds"])
    # (down to a straight band, folds 0, where even one fold leaves them no room)
    for f in sorted({folds, *(float(k) for k in range(0, int(folds)))}, reverse=True):
        th, mid = _er_band(er_box, {**d, "er_folds": f})
        for lanes in (1, 2):
            per = -(-len(ids) // lanes)
            if w <= 0 or w / per < cw + 2.0:
                continue   # ≥ 2 px between neighbours of a lane
            out: dict[str, tuple[float, float, float, float]] = {}
            for k, i in enumerate(ids):
                lane, j = (0, k) if lanes == 1 else (k % 2, k // 2)
                bw, bh = kids[i][2] - kids[i][0], kids[i][3] - kids[i][1]
                cx = x0 + end + (j + (0.5 if lanes == 1 else 0.25 + 0.5 * lane)) * w / per
                cy = mid(cx) + (0.0 if lanes == 1 else (-1 if lane == 0 else 1) * (bh / 2 + 1.25))
                out[i] = (cx - bw / 2, cy - bh / 2, cx + bw / 2, cy + bh / 2)
            # each box wholly on the band, clear of the dots that stud its outlines (1.5 px) wherever the fold
            # slopes under it, and ≥ 2 px from every other
            bs = list(out.values())
            on = all(abs(mid(x) - y) <= th / 2 - 2.5 for b in bs for x in (b[0], (b[0] + b[2]) / 2, b[2])
                     for y in (b[1], b[3]))
            apart = all(a[2] + 2 <= b[0] or b[2] + 2 <= a[0] or a[3] + 2 <= b[1] or b[3] + 2 <= a[1]
                        for k, a in enumerate(bs) for b in bs[k + 1:])
            if on and apart:
                return out, f
    return None


def _er(sid: str, box, fill: str, stroke: str, sw: float, z: int, d: dict[str, Any]) -> list[Shape]:
    """The rough ER (MBoC Fig. 12-36): one band (≥ 7 px thick) folded ``er_folds`` times across the box, studded with
    ribosomes (dots of the ER's outline colour on its outer membrane, every ``er_ribosome_pitch`` px)."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    th, band = _er_band(box, d)
    m = 48
    xs = [x0 + 0.5 + (w - 1) * k / m for k in range(m + 1)]   # the full box width: its size is read
    mid = [band(x) for x in xs]
    up = [(x, y - th / 2) for x, y in zip(xs, mid)]
    lo = [(x, y + th / 2) for x, y in zip(xs, mid)]
    out = [Shape(f"_{sid}_band", "polygon", (x0, y0, x1, y1), fill, stroke, sw, z, "detail",
                 points=tuple(up + lo[::-1]))]
    pitch = float(d["er_ribosome_pitch"])
    step = max(1, int(round(pitch / ((w - 1) / m))))
    for j, (p, q) in enumerate(zip(up[1:-1:step], lo[1:-1:step])):
        for tag, (x, y) in (("u", p), ("l", q)):
            out.append(Shape(f"_{sid}_rib{tag}{j}", "ellipse", (x - 1.5, y - 1.5, x + 1.5, y + 1.5), stroke,
                             stroke, 0.5, z + 1, "detail"))
    return out


def _envelope(sid: str, box, colour: str, z: int, d: dict[str, Any]) -> list[Shape]:
    """The inner nuclear membrane (MBoC Fig. 12-8): arcs ``envelope_inset`` px inside the outline, broken
    by eight pores."""
    x0, y0, x1, y1 = box
    ins = float(d["envelope_inset"])
    a, b = (x1 - x0) / 2 - ins, (y1 - y0) / 2 - ins
    if a < 6 or b < 6:
        return []
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    out = []
    for k in range(8):
        t0 = 2 * math.pi * k / 8 + 0.12
        t1 = 2 * math.pi * (k + 1) / 8 - 0.12
        pts = tuple((cx + a * math.cos(t0 + (t1 - t0) * j / 8), cy + b * math.sin(t0 + (t1 - t0) * j / 8))
                    for j in range(9))
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        out.append(Shape(f"_{sid}_envelope{k}", "polyline", (min(xs), min(ys), max(xs), max(ys)), "none",
                         colour, 1, z, "detail", points=pts))
    return out


def _grana(sid: str, box, colour: str, z: int, d: dict[str, Any]) -> list[Shape]:
    """Grana (Taiz Fig. 7.16): ``thylakoid_stacks`` stacks of three short thylakoid lines, across the middle."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    n = int(d["thylakoid_stacks"])
    if h < 12 or w < 24:
        return []
    out = []
    cy = (y0 + y1) / 2
    for i in range(n):
        cx = x0 + w * (i + 1) / (n + 1)
        hw = min(w / (2 * (n + 1)) - 1, 5)
        for j in (-1, 0, 1):
            y = cy + 3 * j
            out.append(Shape(f"_{sid}_granum{i}_{j + 1}", "line", (cx - hw, y, cx + hw, y), "none", colour, 1.5,
                             z, "detail"))
    return out


def detail_shapes(sid: str, kind: str, box, st: dict[str, Any], z: int) -> list[Shape]:
    """Decoration drawn inside organelle ``sid`` of ``kind`` (its solved ``box``, px), in its own colours."""
    k = st["kinds"][kind]
    d = st["detail"]
    if kind == "mitochondrion":
        return _cristae(sid, box, k["stroke"], z + 1, d)
    if kind == "golgi":
        return _golgi(sid, box, k["fill"], k["stroke"], k["stroke_width"], z, d)
    if kind == "er":
        return _er(sid, box, k["fill"], k["stroke"], k["stroke_width"], z, d)
    if kind == "nucleus":
        return _envelope(sid, box, k["stroke"], z + 1, d)
    if kind == "chloroplast":
        return _grana(sid, box, k["stroke"], z + 1, d)
    return []


def er_joins(scene: SceneGraph, shapes: list[Shape], parent: dict[str, str | None],
             st: dict[str, Any], networked: set[str] | frozenset[str] = frozenset()) -> list[Shape]:
    """Join each ER's folded band to the nuclear envelope of its cell (MBoC ch. 12, Fig. 12-2: the ER
    membrane is continuous with the outer nuclear membrane, its lumen with the perinuclear space): a
    straight stretch of the band, as thick as the band, in the ER's colours and studded with its ribosomes,
    from the point of the band nearest the nucleus to the nucleus's outline. The stretch is the shortest
    one that touches no other organelle (``er_join_clearance`` px around it); an ER with no such path, or in
    a cell without a nucleus, is drawn as it was; the ERs in ``networked`` (drawn as a network round the nucleus,
    ``cell_er.er_network``) are left alone. Returns ``shapes`` with the joins added and the band's
    ribosomes where a join leaves it taken away (a row of dots across the junction, blurred, would cut
    the ER in two)."""
    from shapely.geometry import LineString, Point
    by_id = {s.id: s for s in shapes}
    kinds = {e.id: e.kind for e in scene.entities}
    k = st["kinds"]["er"]
    d = st["detail"]
    clear = float(d.get("er_join_clearance", 3))
    pitch = float(d["er_ribosome_pitch"])
    ents = {s.id: s.geometry(32) for s in shapes if not s.id.startswith("_") and s.cls != "leader"}
    out: list[Shape] = []
    drop: set[str] = set()
    for e in scene.entities:
        band = by_id.get(f"_{e.id}_band")
        if e.kind != "er" or band is None or e.id in networked:
            continue
        nucs = [n for n in scene.entities if n.kind == "nucleus" and parent.get(n.id) == parent.get(e.id)
                and n.id in by_id]
        if not nucs:
            continue
        pts = list(band.points)
        m = len(pts) // 2 - 1
        up, lo = pts[:m + 1], pts[m + 1:][::-1]
        th = min(math.dist(up[0], lo[0]), math.dist(up[-1], lo[-1]))
        poly = band.geometry()
        anc, a = set(), parent.get(e.id)
        while a is not None:
            anc |= {a, f"{a}_wall"}
            a = parent.get(a)
        # what the text states about the ER's place and size stays true of the ER with its join (the
        # verifier reads the two as one region): (axis, sign, bound) on the join's extent, px
        bounds: list[tuple[int, int, float]] = []
        skip = False
        for r in scene.relations:
            if e.id not in (r.source, r.target) or r.source == r.target:
                continue
            other = r.target if r.source == e.id else r.source
            ob = by_id.get(other)
            if r.kind in ("left_of", "above") and ob is not None:
                ax_ = 0 if r.kind == "left_of" else 1
                # against the nucleus it joins, the join may end at the envelope's extreme point
                slack = 1.5 if kinds.get(other) == "nucleus" else 3.0
                if r.source == e.id:
                    bounds.append((ax_, 1, ob.box[ax_] - slack))
                else:
                    bounds.append((ax_, -1, ob.box[ax_ + 2] + slack))
            elif r.kind == "larger" and r.target == e.id or r.kind == "overlaps":
                skip = True
        cell = by_id.get(parent.get(e.id) or "")
        hi = float(load_yaml("solvers", "cell.yaml")["sizes"]["er"]["ratio"][1])
        max_w = hi * (cell.box[2] - cell.box[0]) - 2 if cell is not None else float("inf")
        if skip:
            continue
        # the join ends against the outside of the envelope's outline, not on it: an ER pixel within the
        # nucleus's outline would be read as ER inside the nucleus on a blurred or enlarged copy
        back = float(k.get("stroke_width", 1)) / 2 + float(st["kinds"]["nucleus"]["stroke_width"]) / 2 + 0.5
        starts = [((up[0][0] + lo[0][0]) / 2, (up[0][1] + lo[0][1]) / 2),
                  ((up[-1][0] + lo[-1][0]) / 2, (up[-1][1] + lo[-1][1]) / 2)] + up[::4] + lo[::4]
        best = None
        for n in nucs:
            nb = by_id[n.id].box
            cx, cy = (nb[0] + nb[2]) / 2, (nb[1] + nb[3]) / 2
            ax, ay = (nb[2] - nb[0]) / 2, (nb[3] - nb[1]) / 2
            rim = [(cx + ax * math.cos(2 * math.pi * j / 180), cy + ay * math.sin(2 * math.pi * j / 180))
                   for j in range(180)]
            others = [g for i, g in ents.items() if i not in anc and i not in (e.id, n.id)
                      and kinds.get(i) != "nucleolus"]
            env = by_id[n.id].geometry(64).buffer(1.0)   # the nucleus with its outline
            for s0 in starts:
                near = min(rim, key=lambda q: math.dist(q, s0))
                paths = [[s0, near]]
                # the envelope's extreme points, reached straight or with one right-angle bend (a stated
                # 'ER left of the nucleus' holds of the ER with its join only when the join meets the
                # nucleus's left end, level with it)
                for t in rim[::45]:
                    paths += [[s0, t], [s0, (s0[0], t[1]), t], [s0, (t[0], s0[1]), t]]
                for path in paths:
                    path = [q for i, q in enumerate(path) if i == 0 or math.dist(q, path[i - 1]) > 0.5]
                    if len(path) < 2:
                        continue
                    line = LineString(path)
                    L = line.length
                    if L - back <= 1.0 or (best is not None and L >= best[0]):
                        continue
                    # leaves the band at its start and enters no other organelle on the way
                    if line.intersection(poly).length > th / 2 + 1.5:
                        continue
                    corridor = line.buffer(th / 2 + clear, cap_style=2, join_style=2)
                    if any(corridor.intersects(g) for g in others):
                        continue
                    (px, py), (qx, qy) = path[-2], path[-1]
                    d = math.dist((px, py), (qx, qy))
                    if d <= back + 0.5:
                        continue
                    end = (qx - back * (qx - px) / d, qy - back * (qy - py) / d)
                    body = LineString(path[:-1] + [end]).buffer(th / 2, cap_style=2, join_style=2)
                    if body.intersects(env):
                        continue   # a join meeting the envelope at a slant would cut into it
                    if not _join_keeps(body.bounds, band.box, bounds, max_w):
                        continue
                    best = (L, path[:-1] + [end])
        if best is None:
            continue
        path = best[1]
        (x0, y0), (x1, y1) = path[0], path[1]
        d0 = math.dist(path[0], path[1])
        # begins inside the band (1.5 px back), ends against the nucleus's outline
        path = [(x0 - 1.5 * (x1 - x0) / d0, y0 - 1.5 * (y1 - y0) / d0)] + path[1:]
        line = LineString(path)
        body = line.buffer(th / 2, cap_style=2, join_style=2)
        z = band.z
        ring = tuple(body.exterior.coords)[:-1]
        out.append(Shape(f"_{e.id}_join", "polygon", body.bounds, k["fill"], "none", 0, z, "detail", points=ring))
        near = body.buffer(2.0)
        drop |= {s.id for s in shapes if s.id.startswith(f"_{e.id}_rib")
                 and near.contains(Point((s.box[0] + s.box[2]) / 2, (s.box[1] + s.box[3]) / 2))}
        for tag, off in (("a", th / 2), ("b", -th / 2)):
            side = line.offset_curve(off, join_style=2)
            pts = tuple(side.coords)
            out.append(Shape(f"_{e.id}_join_{tag}", "polyline", side.bounds, "none", k["stroke"],
                             k["stroke_width"], z, "detail", points=pts))
            # ribosomes on the outer faces, from one pitch past the band to one pitch before the envelope
            for j in range(int((th + pitch) // pitch) + 1, int((side.length - pitch) // pitch) + 1):
                q = side.interpolate(j * pitch)
                out.append(Shape(f"_{e.id}_join_rib{tag}{j}", "ellipse", (q.x - 1.5, q.y - 1.5, q.x + 1.5, q.y + 1.5),
                                 k["stroke"], k["stroke"], 0.5, z + 1, "detail"))
    return [s for s in shapes if s.id not in drop] + out


def _join_keeps(body_bounds, band_box, bounds: list[tuple[int, int, float]], max_w: float) -> bool:
    """Whether the ER band (``band_box``) with a join covering ``body_bounds`` (px) stays within ``bounds``
    (axis, +1: its extent at most the bound, -1: at least) and ``max_w`` px wide (its outline included)."""
    lo = (body_bounds[0] - 0.5, body_bounds[1] - 0.5)
    hi = (body_bounds[2] + 0.5, body_bounds[3] + 0.5)
    for ax, sign, b in bounds:
        if (sign > 0 and hi[ax] > b) or (sign < 0 and lo[ax] < b):
            return False
    return max(hi[0], band_box[2]) - min(lo[0], band_box[0]) <= max_w


# ---- labels -------------------------------------------------------------------------------------

def label_texts(scene: SceneGraph, st: dict[str, Any]) -> list[tuple[str, str]]:
    """(kind, text) of every label the figure carries, in the style's kind order: one per kind, plural
    with the count when the scene has several ("mitochondria (12)"); "cell wall" for walled cells."""
    counts: dict[str, int] = {}
    for e in scene.entities:
        counts[e.kind] = counts.get(e.kind, 0) + 1
    walls = sum(1 for e in scene.entities if e.kind == "cell" and e.attr("cell_wall"))
    if walls:
        counts["cell_wall"] = walls
    out = []
    for k in st["kinds"]:
        n = counts.get(k, 0)
        if not n:
            continue
        one, many = st["names"].get(k, [k, k + "s"])
        out.append((k, one if n == 1 else (many if k in ("golgi", "er") else f"{many} ({n})")))
    return out


def _text_width(text: str, size: float) -> float:
    return len(text) * size * float(load_yaml("layout", "style.yaml")["char_width"])


def label_margin(scene: SceneGraph, st: dict[str, Any]) -> float:
    """Width (px) of the white margin left and right of the cells: the longest label plus ``margin_pad``
    and 8 px of page. Depends on the scene only, so the verifier can recompute it."""
    size = float(st["label_size"])
    longest = max((_text_width(t, size) for _, t in label_texts(scene, st)), default=0.0)
    return float(math.ceil(longest + float(st["margin_pad"]) + 8))


def scale_from_margins(img_w: int, span_px: float, scene: SceneGraph, st: dict[str, Any]) -> float:
    """Image px per canvas px: the white beside the cells (image width less the cells' width, px) over
    the two margins nesy draws (``label_margin``)."""
    m = label_margin(scene, st)
    return max((img_w - span_px) / max(2 * m, 1.0), 1e-3)


def _label_box(text: str, x: float, y: float, size: float, anchor: str):
    from shapely.geometry import box
    w = _text_width(text, size)
    x0 = x - w if anchor == "end" else x
    return box(x0 - 1, y - size * 0.8, x0 + w + 1, y + size * 0.25)


def arrange(scene: SceneGraph, shapes: list[Shape], parent: dict[str, str | None], st: dict[str, Any],
            note: bool) -> tuple[list[Shape], list[Label], int, int, dict[str, int]]:
    """Translate ``shapes`` onto the labelled canvas and add the labels, their leader lines and the note.
    Returns (shapes, labels, width, height, stats) with stats ``leader_crossings`` (leaders that could
    not avoid crossing another organelle: 0 in every figure tested) and ``labels_unplaced``."""
    from shapely.geometry import LineString, Point
    from shapely.strtree import STRtree
    from .cell_er import er_network
    shapes, networked = er_network(scene, shapes, parent, st)
    shapes = er_joins(scene, shapes, parent, st, networked=networked)
    M = label_margin(scene, st)
    T, B = float(st["margin_top"]), float(st["margin_bottom"])
    xs0 = min(s.box[0] for s in shapes)
    ys0 = min(s.box[1] for s in shapes)
    xs1 = max(s.box[2] for s in shapes)
    ys1 = max(s.box[3] for s in shapes)
    dx, dy = M - xs0, T - ys0

    def mv(s: Shape) -> Shape:
        b = s.box
        return replace(s, box=(b[0] + dx, b[1] + dy, b[2] + dx, b[3] + dy),
                       points=tuple((x + dx, y + dy) for x, y in s.points))
    shapes = [mv(s) for s in shapes]
    W = int(round(2 * M + (xs1 - xs0)))
    span_h = ys1 - ys0
    H = int(math.ceil(T + span_h + B))
    size = float(st["label_size"])
    gap = float(st["label_gap"])
    pitch = float(st["label_pitch"])
    pad = float(st["margin_pad"])
    kind_of = {e.id: e.kind for e in scene.entities}
    lclear = float(st["leader"].get("clearance", 0))
    lpast = float(st["leader"].get("past", 0))
    lpen = float(st["leader"].get("penalty", 0))
    ents = [s for s in shapes if not s.id.startswith("_")]
    geo = {s.id: s.geometry(32) for s in ents}
    for s in shapes:   # an ER's joins to the envelope are part of the ER: other leaders keep off them
        m = re.fullmatch(r"_(.+)_join\d*", s.id)
        if m and m.group(1) in geo:
            geo[m.group(1)] = geo[m.group(1)].union(s.geometry())
    ids = list(geo)
    tree = STRtree([geo[i] for i in ids])

    def ancestors(i: str) -> set[str]:
        out, n = set(), parent.get(i)
        while n is not None:
            out.add(n)
            out.add(f"{n}_wall")
            n = parent.get(n)
        return out

    # baselines of the label slots, down each margin over the cells' height
    n_slots = max(1, int((span_h - 4) // pitch) + 1)
    slots = {side: [T + 10 + k * pitch for k in range(n_slots)] for side in ("left", "right")}
    used: dict[str, set[int]] = {"left": set(), "right": set()}
    labels: list[Label] = []
    leaders: list[Any] = []
    boxes: list[Any] = []
    out_shapes: list[Shape] = []
    crossings = unplaced = 0
    texts = label_texts(scene, st)

    def targets(kind: str) -> list[tuple[str, Any]]:
        if kind == "cell_wall":
            return [(f"{e.id}_wall", geo[f"{e.id}_wall"]) for e in scene.entities
                    if e.kind == "cell" and f"{e.id}_wall" in geo]
        return [(e.id, geo[e.id]) for e in scene.entities if e.kind == kind and e.id in geo]

    # kinds with fewest organelles first (their leaders have the least choice), ties in style order
    order = sorted(texts, key=lambda kt: len(targets(kt[0])))
    for kind, text in order:
        best = None
        for side in ("left", "right"):
            x_text = M - pad if side == "left" else W - M + pad
            x_lead = x_text + gap if side == "left" else x_text - gap
            cands = targets(kind)
            # the organelles nearest this margin
            cands = sorted(cands, key=lambda t: t[1].bounds[0] if side == "left" else -t[1].bounds[2])[:6]
            for tid, g in cands:
                allowed = {tid} | ancestors(tid)
                if kind == "cell":
                    allowed.add(f"{tid}_wall")
                ring = g.exterior if hasattr(g, "exterior") else g.boundary
                L = ring.length
                for j in range(24):
                    p = ring.interpolate(L * j / 24)
                    facing = (p.x - g.centroid.x) * (-1 if side == "left" else 1)
                    if facing < 0:
                        continue
                    free = [k for k in range(n_slots) if k not in used[side]]
                    free.sort(key=lambda k: abs(slots[side][k] - 4 - p.y))
                    for k in free[:5]:
                        y = slots[side][k]
                        seg = LineString([(x_lead, y - 4), (p.x, p.y)])
                        cost = seg.length + 0.5 * abs(y - 4 - p.y)
                        if best is not None and cost >= best[0]:
                            continue
                        bad = sum(1 for q in tree.query(seg) if ids[q] not in allowed and
                                  seg.intersects(geo[ids[q]]))
                        lb = _label_box(text, x_text, y, size, "end" if side == "left" else "start")
                        bad += sum(1 for o in leaders if seg.intersects(o) or lb.intersects(o))
                        bad += sum(1 for o in boxes if seg.intersects(o) or lb.intersects(o))
                        # a look: a leader grazing an organelle of another kind, or one that, continued past
                        # its end, runs into one, seems to point at it (REVIEW issue 12: 'lysosomes (2)'
                        # pointing down a row of ribosomes)
                        if seg.length > 1e-6:
                            (sx, sy), (ex, ey) = seg.coords
                            ux, uy = (ex - sx) / seg.length, (ey - sy) / seg.length
                            past = LineString([(ex, ey), (ex + ux * lpast, ey + uy * lpast)])
                            hits = set(tree.query(seg, predicate="dwithin", distance=lclear).tolist()) | \
                                set(tree.query(past, predicate="intersects").tolist())
                            cost += lpen * sum(1 for q in hits if ids[q] not in allowed
                                               and kind_of.get(ids[q]) != kind)
                        key = (bad * 1e6 + cost)
                        if best is None or key < best[0]:
                            best = (key, side, k, seg, lb, x_text, y, bad)
        if best is None:
            unplaced += 1
            continue
        _, side, k, seg, lb, x_text, y, bad = best
        crossings += int(bad > 0)
        used[side].add(k)
        leaders.append(seg)
        boxes.append(lb)
        (ax, ay), (bx, by) = seg.coords
        out_shapes.append(Shape(f"_leader_{kind}", "line", (ax, ay, bx, by), "none", st["leader"]["colour"],
                                float(st["leader"]["width"]), 100, "leader"))
        labels.append(Label(text, x_text, y, size, "end" if side == "left" else "start", st["label_ink"]))
    if note:
        nt = st["note"]
        labels.append(Label(nt["text"], W - 8, H - 10, float(nt["size"]), "end", st["label_ink"]))
    labels.sort(key=lambda lb: (lb.x, lb.y))
    return shapes + out_shapes, labels, W, H, {"leader_crossings": crossings, "labels_unplaced": unplaced}
