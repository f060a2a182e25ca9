"""The free-body diagram drawn apart from the space diagram, and what the verifier reads of it (issue 12).

Textbooks draw the situation and the free-body diagram as two figures side by side: the *space diagram*
(the incline with its block and angle, the lamp on its cord) and, beside it, the body alone with every
force on it drawn from it — Halliday, Resnick & Walker, *Fundamentals of Physics* (10th ed.), §5-1
("Free-Body Diagrams": the body alone, its forces as vectors from it) and the sample problems of ch. 5–6
(a block on a ramp: "(a) … (b) A free-body diagram for the block", with x along the ramp and y across it);
Hibbeler, *Engineering Mechanics: Statics* (14th ed.), §3.2 and §5.2 ("Draw Outlined Shape. Imagine the
body to be isolated or cut 'free' from its constraints"). The space diagram then carries no force arrow,
so none crosses the slope, the wedge or another body.

When (``layout/mechanics.yaml`` ``free_body``): ``asked`` (default) — the text asks for a free-body
(or force) diagram, or an arrow drawn from the body's centre on the space diagram would cross its
surface, its support or another body (the weight of a block on a slope always does); ``always``. Two
bodies (an Atwood machine, a block pulled by a hanging one) get one free-body diagram each, left to right;
a body nothing supports is already alone.

``plan`` places the free-body diagram right of the space diagram (the body's outline or a dot, the
tilted x–y axes of HRW along and across the surface when ``fbd_axes``); ``checks`` reads it back from the
pixels: no force arrow crosses the surface (rule 2, every one-body figure), nothing of the space diagram
within the free-body diagram's reach (the body drawn alone), and each axis along or across the measured
surface through the point of application.
"""
from __future__ import annotations

import math
import re
from dataclasses import replace
from typing import Any

import numpy as np

from ..types import Check, SceneGraph, Shape

__all__ = ["asked", "would_cross", "wanted", "plan", "axis_wants", "checks", "AXIS_LABELS"]

# "free-body diagram", "free body diagram", "free-body", "FBD", "force diagram"
_ASKED = re.compile(r"(?i)\bfree[\s-]*body\b|\bFBDs?\b|\bforce\s+diagrams?\b")
AXIS_LABELS = ("x", "y")


def asked(scene: SceneGraph) -> bool:
    """Whether the text asks for a free-body diagram."""
    return bool(_ASKED.search(scene.text or ""))


def would_cross(centre: tuple[float, float], vectors: list[tuple[float, float]], shapes: list[Shape],
                own: str) -> bool:
    """Whether an arrow from ``centre`` along one of ``vectors`` (px, y down) crosses the surface, the
    support or a body other than ``own``."""
    from shapely.geometry import LineString
    geos = [s.geometry() for s in shapes if s.cls in ("surface", "support") or (s.cls == "body" and s.id != own)]
    for dx, dy in vectors:
        seg = LineString([centre, (centre[0] + dx, centre[1] + dy)])
        if any(seg.intersects(g) for g in geos):
            return True
    return False


def wanted(scene: SceneGraph, scene_kind: str, st: dict[str, Any], crossing: bool) -> bool:
    """Whether the figure draws the free-body diagrams apart (``st["free_body"]``: "asked" or "always")."""
    mode = str(st.get("free_body", "asked"))
    if mode not in ("asked", "always"):
        raise ValueError(f"layout/mechanics.yaml free_body must be 'asked' or 'always', got {mode!r}")
    if scene_kind == "free":
        return False
    return mode == "always" or crossing or asked(scene)


def _axes_on(scene_kind: str, st: dict[str, Any]) -> bool:
    return bool(st.get("fbd_axes", True)) and scene_kind in ("incline", "horizontal")


def plan(space: list[Shape], deco: list[Shape], body: Shape, centre: tuple[float, float],
         vectors: list[tuple[float, float]], scene_kind: str, incline_deg: float, st: dict[str, Any],
         axes: bool = True) -> tuple[list[Shape], list[Shape], tuple[float, float], dict[str, tuple[float, float]], list[float]]:
    """The free-body diagram right of the space diagram (``space`` + ``deco``): (shapes, decoration, its
    centre — where the forces start —, the axes' positive ends {"axis:x": (x, y), …}, each axis's half
    length in px [x, y], [] without axes: the farthest arrow's projection on it + ``axis_overhang``). The body is drawn as its outline moved there (``fbd_body: box``) or
    not at all (``dot``: the point of application alone, the particle of HRW and Knight)."""
    every = space + deco
    x_hi = max(s.box[2] for s in every)
    y_lo = min(s.box[1] for s in every)
    y_hi = max(s.box[3] for s in every)
    hl = float(st["head_length"])
    lmax = max((math.hypot(dx, dy) for dx, dy in vectors), default=0.0)
    th = math.radians(incline_deg)
    e = (math.cos(th), -math.sin(th))               # along the surface, up the slope (image px, y down)
    n = (-math.sin(th), -math.cos(th))              # across it, away from the surface
    axes = axes and _axes_on(scene_kind, st)
    half: list[float] = []
    boxed = str(st.get("fbd_body", "dot")) == "box"
    # the body's outline reaches this far from its centre (an axis runs past it as past an arrow)
    body_r = max(abs(v - c_) for v, c_ in zip(body.box, (centre[0], centre[1]) * 2)) if boxed else 0.0
    if axes:
        half = [max([abs(dx * u[0] + dy * u[1]) for dx, dy in vectors] + [body_r]) + float(st["axis_overhang"])
                for u in (e, n)]
    # nothing of the space diagram within the longest arrow's (and the axes') reach of the centre
    ext = max(lmax + hl, max(half, default=0.0) + 4, (body.box[2] - body.box[0]) * 0.75)
    fx = x_hi + float(st["fbd_gap"]) + ext
    fy = (y_lo + y_hi) / 2
    dxs, dys = fx - centre[0], fy - centre[1]
    shapes: list[Shape] = []
    if boxed:
        from .mechanics import _shift
        shapes.append(replace(_shift(body, dxs, dys), id=f"_fbd_{body.id}"))
    fdeco: list[Shape] = []
    tips: dict[str, tuple[float, float]] = {}
    if axes:
        aw = float(st["axis_width"])
        col = st["line_color"]
        gap = float(st["axis_gap"])
        for name, u, A in zip(AXIS_LABELS, (e, n), half):
            # each half starts past the tip of an arrow along it (``axis_gap`` px of page round the
            # arrowhead's point: JPEG mixes a point next to black line work into neither)
            start = {}
            for sgn in (1, -1):
                along = [dx * u[0] * sgn + dy * u[1] * sgn for dx, dy in vectors
                         if abs(dx * u[1] - dy * u[0]) < 1.5 and dx * u[0] * sgn + dy * u[1] * sgn > 0]
                start[sgn] = max(along) + gap if along else 0.0
            p0 = (fx - A * u[0], fy - A * u[1])
            q0 = (fx - start[-1] * u[0], fy - start[-1] * u[1])
            q1 = (fx + start[1] * u[0], fy + start[1] * u[1])
            p1 = (fx + A * u[0], fy + A * u[1])
            # the positive half ends in an open arrowhead (two strokes of ``axis_head`` px at ±25°)
            ah = float(st["axis_head"])
            wings = []
            for sgn in (1, -1):
                a = math.atan2(-u[1], -u[0]) + sgn * math.radians(25)
                wings.append((p1[0] + ah * math.cos(a), p1[1] + ah * math.sin(a)))
            for sid, pts in ((f"_fbd_axis_{name}", (q1, p1, wings[0], p1, wings[1])), (f"_fbd_axis_{name}_neg", (p0, q0))):
                xs, ys = [p[0] for p in pts], [p[1] for p in pts]
                fdeco.append(Shape(sid, "polyline", (min(xs), min(ys), max(xs), max(ys)),
                                   stroke=col, stroke_width=aw, z=1, cls="decoration", points=pts))
            tips[f"axis:{name}"] = p1
    return shapes, fdeco, (fx, fy), tips, half


def axis_wants(size: float):
    """The axes' labels: italic x at the positive end of the axis along the surface, y across it."""
    from .mechanics_labels import Want
    return [Want(f"axis:{a}", a, size, f"axis:{a}") for a in AXIS_LABELS]


def checks(img, rgb: np.ndarray, st: dict[str, Any], fbd: dict[str, Any], anchors: dict[str, tuple[float, float]],
           bid: str, tips: list[tuple[str, float, float, float]], surf_ang: float | None, scale: float,
           scene_kind: str, ropes: bool) -> list[Check]:
    """What the verifier reads of the free-body diagram, in image px (canvas × ``scale``): ``tips`` are
    the measured arrows of the one body (kind, tip x, tip y, length px) from its point of application
    ``anchors["body:" + bid]``; the surface is read only in a scene that has one (``scene_kind`` incline,
    horizontal or wall: elsewhere a JPEG'd green arrow's dark rim may take its colour), a rope only where
    the figure has one (``ropes``). ``arrow_clear``: no pixel of the surface within 6 px of an arrow's
    shaft (a 3-px arrow on its 2-px white halo keeps the surface 3.5 px from its axis where it crosses
    it). With the free-body diagram drawn apart (``fbd["separate"]``): ``fbd_isolated`` — no pixel of
    the surface or a rope within the longest arrow's reach + 8 px of the point of application (the body
    drawn alone) — and ``fbd_axis`` per axis: dark ink along the line through the point of application
    at the measured surface's angle (x) and 90° to it (y), where no coloured class lies within 6 px."""
    from scipy import ndimage
    from .mechanics import _cored, _mask
    out: list[Check] = []
    c = anchors.get(f"body:{bid}")
    if c is None:
        return out
    if scene_kind in ("incline", "horizontal", "wall"):
        ys, xs = np.nonzero(_cored(_mask(img, st["surface_color"]), rgb, st["surface_color"]))
        surf = np.column_stack([xs, ys]).astype(float)
    else:
        surf = np.zeros((0, 2))
    k = 6.0 * max(scale, 1.0)
    for kind, tx, ty, L in tips if len(surf) else []:
        if L <= 0:
            clear = float("inf")
        else:
            a = np.array(c)
            d = np.array([tx, ty]) - a
            t = np.clip((surf - a) @ d / float(d @ d), 0.0, 1.0)
            clear = float(np.min(np.hypot(*(surf - (a + t[:, None] * d)).T)))
        out.append(Check("arrow_clear", (kind, "surface px"), round(min(clear, 9999.0), 1), f"> {k:g}", 0,
                         clear > k, "free-body diagram"))
    if not fbd.get("separate"):
        return out
    reach = max((L for *_x, L in tips), default=0.0) + 8.0 * max(scale, 1.0)
    pts = surf
    if ropes:
        rm = _cored(_mask(img, st["rope_color"]), rgb, st["rope_color"])   # a rope's core, not a mix of other inks
        pts = np.vstack([surf, np.column_stack(np.nonzero(rm)[::-1]).astype(float)])
    near = float(np.min(np.hypot(pts[:, 0] - c[0], pts[:, 1] - c[1]))) if len(pts) else float("inf")
    out.append(Check("fbd_isolated", (bid, "px"), round(min(near, 9999.0), 1), f"> {reach:.0f}", 0,
                     near > reach, "free-body diagram"))
    if fbd.get("axes") and surf_ang is not None:
        # what is drawn in colour there: the arrows, the dot, the body (the major pieces of each colour: a
        # resampled copy classes a few rim pixels of the black axis as some colour)
        cols = list(st["force_colors"].values()) + list(st["dot_colors"]) + \
            [st["body_color"], st["body_stroke"], st["accel_color"]]
        coloured = np.zeros(img.labels.shape, bool)
        for col in cols:
            coloured |= _mask(img, col)
        coloured = ndimage.binary_dilation(coloured, iterations=int(round(6 * max(scale, 1.0))))
        dark = rgb[..., :3].astype(np.int16).mean(axis=2) <= 200
        dark = ndimage.maximum_filter(dark, size=3)
        h, w = dark.shape
        for name, ang, A in zip(AXIS_LABELS, (surf_ang, surf_ang + 90.0), fbd["axis_px"]):
            A *= scale
            u = np.array([math.cos(math.radians(ang)), -math.sin(math.radians(ang))])
            ts = np.arange(-A + 2, A - 2, 1.0)
            px = np.rint(c[0] + ts * u[0]).astype(int)
            py = np.rint(c[1] + ts * u[1]).astype(int)
            ok = (px >= 0) & (px < w) & (py >= 0) & (py < h)
            px, py = px[ok], py[ok]
            free = ~coloured[py, px]
            n_free = int(free.sum())
            frac = float(dark[py, px][free].mean()) if n_free else 0.0
            out.append(Check("fbd_axis", (name, "deg"), round(frac, 3), f"≥ 0.8 of {n_free} px", 0,
                             n_free >= 20 and frac >= 0.8, "free-body diagram"))
    return out
