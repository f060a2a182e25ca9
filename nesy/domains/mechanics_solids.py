"""The pulley and the hanging bodies of another tool's pulley figure, read by shape (``nesy.see.bodies``).

An Atwood machine is two bodies hanging from one string over a pulley; the table (or slope) pulley one body
on the surface and one hanging from the string over a pulley at its edge (Halliday, Resnick & Walker,
*Fundamentals of Physics*, ch. 5; Serway & Jewett, *Physics for Scientists and Engineers*, ch. 5 — the
systems ``mechanics._pulley`` and ``mechanics_table`` solve). The arrows of such a figure say nothing of
either: a figure with the pulley left out, the string merely draped over a beam, or with a third block
hung on, has the same arrows. So the figure itself is read:

- ``pulley_drawn``: a wheel — a disc or a ring, whatever is drawn inside it (an axle, spokes) and whatever
  holds it (a rod, a hatched bracket) — at least one; the pulley is the highest;
- ``hanging_bodies``: the blocks and other wheels (a body drawn as a ball) lying wholly below the pulley's
  centre — what hangs from the string — as many as the scene hangs there: both bodies of an Atwood
  machine, the one hanging body of a table pulley (the body on the table is level with the pulley's top
  and not counted). A body the text does not state is a wrong figure, as is a missing one.
- ``string_joins`` (when the figure is given): each of those hanging bodies is joined to the pulley by
  ink — the string over it — one connected stroke from the body's outline to the wheel's (an arrow drawn on
  the string is part of it; ink is taken from ``STRING_INK`` of the page's distance, a faint or blurred
  thin string included, and closed over a one-pixel gap). Bodies floating under a wheel with no string
  (their tension arrows drawn, the string left out) are no Atwood machine.

A rod holding the pulley by its axle (a dot at the wheel's centre), or a spoke, reads as an arrow into the
axle; such an "arrow" is no force (``off_axles``).

A body hanging from a rope or a spring (``hanging_checks``) is read the same way:

- ``hanging_bodies``: the blocks and wheels reaching below the top quarter of the largest one (the body;
  a ceiling block, a hook's eye are above that) — one, as the scene has one body (two balls on the
  spring's end are a wrong figure);
- ``support_joins``: the body is joined by ink to what holds it — a support wider than the body above it (a
  ceiling, a beam) or the figure's top edge — one connected stroke, as ``string_joins`` (a body under a ceiling
  with its rope left out, its tension arrow drawn, hangs from nothing);
- ``spring_drawn`` (when the text hangs it from a spring): the support above the body is no straight line.
  A spring is drawn as a zig-zag or a coil about its axis — its ink spreads across it — and a rope as one
  straight stroke (Hooke's law, F = k x, is the spring's: Halliday, Resnick & Walker, ch. 7). The support
  is the ink above the body, within three quarters of its width of its centre, from its top up to the
  ceiling (the first row inked across most of that strip) or the first gap, less text and arrows (an
  arrow drawn along the spring; an undetected one leaves a spring's zig-zag ≥ 30 % of the ink); it is
  straight when ≥ ``STRAIGHT_SHARE`` of that ink lies within a stroke's width (2 half-widths + 3 px) of
  its principal axis (a rope: all of it; a zig-zag or coil: 0.2–0.7, an arrow along it included).
"""
from __future__ import annotations

import math
import re
from typing import Any

import numpy as np

from ..types import Check, SceneGraph

__all__ = ["pulley_checks", "off_axles", "hanging_checks"]

_PULLEY = re.compile(r"(?i)\b(?:pulleys?|atwood)\b")


def off_axles(arrows: list[Any], solids: list[Any]) -> list[Any]:
    """The arrows that are no part of a wheel: a rod holding a pulley (or a spoke) ending in the axle's dot
    reads as a shaft with a filled head (``nesy.see.forces``), and is no force — an arrow whose tip is
    within 0.3 of a wheel's radius of its centre, or which lies wholly on the wheel (both ends within its
    radius + 3 px)."""
    wheels = [s for s in solids if s.kind == "wheel"]

    def at_axle(a: Any) -> bool:
        for w in wheels:
            r = (w.box[2] - w.box[0] + w.box[3] - w.box[1]) / 4
            d_tip, d_tail = (float(np.hypot(p[0] - w.centre[0], p[1] - w.centre[1])) for p in (a.tip, a.tail))
            if d_tip <= 0.3 * r or max(d_tip, d_tail) <= r + 3.0:
                return True
        return False
    return [a for a in arrows if not at_axle(a)]


STRING_INK = 0.2        # ink strength (0–1, ``forces.ink_strength``) from which a pixel may be the string


def _ring_labels(lab: np.ndarray, box: tuple[int, int, int, int], pad: int = 2) -> set[int]:
    """The ink components (``lab``'s nonzero labels) on the outline of ``box`` grown by ``pad`` px."""
    H, W = lab.shape
    x0, y0 = max(box[0] - pad, 0), max(box[1] - pad, 0)
    x1, y1 = min(box[2] + pad, W - 1), min(box[3] + pad, H - 1)
    sub = lab[y0:y1 + 1, x0:x1 + 1].copy()
    inner = sub[2 * pad + 1:-2 * pad - 1, 2 * pad + 1:-2 * pad - 1]
    inner[...] = 0          # the box's inside (a label, a fill's texture) is not its outline
    return set(np.unique(sub).tolist()) - {0}


def _ink_components(rgb: np.ndarray) -> np.ndarray:
    """The connected strokes of ink a string may be (``STRING_INK`` and stronger, a one-pixel gap closed), labelled."""
    from scipy import ndimage as ndi
    from ..see.forces import ink_strength
    ink = ndi.binary_dilation(ink_strength(rgb) >= STRING_INK, np.ones((3, 3), bool))
    return ndi.label(ink, np.ones((3, 3), int))[0]


def _string_joined(rgb: np.ndarray, pulley: Any, bodies: list[Any]) -> list[bool]:
    """Whether each of ``bodies`` is joined to ``pulley`` by one connected stroke of ink (module text)."""
    lab = _ink_components(rgb)
    wheel = _ring_labels(lab, pulley.box)
    return [bool(_ring_labels(lab, b.box) & wheel) for b in bodies]


def pulley_checks(solids: list[Any], scene: SceneGraph, n_bodies: int, rgb: np.ndarray | None = None) -> list[Check]:
    """The ``pulley_drawn``, ``hanging_bodies`` and (given the figure ``rgb``) ``string_joins`` checks of
    another tool's figure of a pulley ``scene`` with ``n_bodies`` bodies (the one on a table or slope, if
    any, is not hanging), from its ``solids`` (``nesy.see.bodies.read_solids``)."""
    m = _PULLEY.search(scene.text or "")
    p_phrase = m.group(0) if m else ""
    ms = scene.attr("masses") or []
    b_phrase = " and ".join(x["span"]["text"] for x in ms if isinstance(x, dict) and x.get("span"))
    n_hang = n_bodies - (1 if scene.attr("table_pulley") else 0)
    wheels = [s for s in solids if s.kind == "wheel"]
    checks = [Check("pulley_drawn", ("pulley",), len(wheels), "≥ 1 wheel", 0, bool(wheels), p_phrase)]
    if not wheels:
        return checks
    pulley = min(wheels, key=lambda s: s.centre[1])
    hanging = [s for s in solids if s is not pulley and s.box[1] > pulley.centre[1]]
    checks.append(Check("hanging_bodies", ("below the pulley",), len(hanging), n_hang, 0, len(hanging) == n_hang,
                        b_phrase))
    if rgb is not None and hanging:
        joined = _string_joined(rgb, pulley, hanging)
        loose = [f"the body at ({b.centre[0]:.0f}, {b.centre[1]:.0f}) px" for b, j in zip(hanging, joined) if not j]
        checks.append(Check("string_joins", ("string", "pulley"), "; ".join(loose) or "every body joined",
                            "each hanging body joined to the pulley by the string", 0, not loose,
                            p_phrase or "hang from a string over a pulley"))
    return checks


STRAIGHT_SHARE = 0.8     # share of the support's ink on its axis from which it is one straight line


def _support_share(rgb: np.ndarray, body: Any, texts, arrows, half_width: float) -> float | None:
    """The share of the support's ink (above ``body``; see the module's text) within a stroke's width of
    its principal axis, or None when no support of at least three stroke widths' length is seen."""
    from ..see.forces import INK, ink_strength
    H, W = rgb.shape[:2]
    ink = ink_strength(rgb) >= INK
    for _t, (x0, y0, x1, y1), _s in texts:
        ink[max(y0 - 1, 0):y1 + 2, max(x0 - 1, 0):x1 + 2] = False
    band_w = 2.0 * half_width + 3.0
    raw = ink.copy()
    if arrows:
        # arrows (an arrow drawn along the spring) are no part of the support: their shafts blanked
        for a in arrows:
            t, p = np.array(a.tail, float), np.array(a.tip, float)
            L = float(np.linalg.norm(p - t))
            if L < 1.0:
                continue
            d = (p - t) / L
            m = band_w + 2
            y0, y1 = max(int(min(t[1], p[1]) - m), 0), min(int(max(t[1], p[1]) + m) + 1, H)
            x0, x1 = max(int(min(t[0], p[0]) - m), 0), min(int(max(t[0], p[0]) + m) + 1, W)
            yy, xx = np.mgrid[y0:y1, x0:x1]
            rel_x, rel_y = xx - t[0], yy - t[1]
            along = rel_x * d[0] + rel_y * d[1]
            perp = np.abs(-rel_x * d[1] + rel_y * d[0])
            ink[y0:y1, x0:x1] &= ~((along >= -2) & (along <= L + 2) & (perp <= band_w))
    bx0, by0, bx1, _by1 = body.box
    cx, half = (bx0 + bx1) / 2, 0.75 * (bx1 - bx0 + 1)
    c0, c1 = max(int(cx - half), 0), min(int(math.ceil(cx + half)), W - 1)
    strip, seen = ink[:, c0:c1 + 1], raw[:, c0:c1 + 1]
    gap = int(math.ceil(band_w))
    top, empty = by0, 0
    for y in range(by0 - 1, -1, -1):
        n = int(seen[y].sum())          # (an arrow over the support is ink of it here)
        if n >= 0.6 * strip.shape[1]:
            break                       # the ceiling
        empty = empty + 1 if n == 0 else 0
        if empty > gap:
            break
        if n:
            top = y
    if by0 - top < 3 * band_w:
        return None
    ys, xs = np.nonzero(strip[top:by0])
    if len(xs) < 10:
        return None
    P = np.column_stack([xs, ys]).astype(float)
    P -= P.mean(axis=0)
    d = np.linalg.svd(P, full_matrices=False)[2][0]
    off = np.abs(P @ np.array([-d[1], d[0]]))
    return float((off <= band_w).mean())


def hanging_checks(rgb: np.ndarray, texts, arrows, half_width: float, solids: list[Any], scene: SceneGraph,
                   sol: Any) -> list[Check]:
    """The ``hanging_bodies`` and ``spring_drawn`` checks of another tool's figure of a body hanging from a
    rope or spring (``sol.scene == "hanging"``), from its ``solids`` (``nesy.see.bodies.read_solids``)."""
    ms = scene.attr("masses") or []
    b_phrase = " and ".join(x["span"]["text"] for x in ms if isinstance(x, dict) and x.get("span"))
    n = len(sol.bodies)
    body = max(solids, key=lambda s: s.area, default=None)
    # (a hook's eye or a small bracket just above the body, overlapping its top edge, is not counted)
    hanging = [s for s in solids if body is not None and s.box[3] > body.box[1] + 0.25 * (body.box[3] - body.box[1])]
    checks = [Check("hanging_bodies", ("hanging",), len(hanging), n, 0, len(hanging) == n, b_phrase)]
    spring = any(k.startswith("spring") for _b, _m, _a, fs in sol.bodies for k, _f, _g in fs)
    if spring and body is not None:
        sp = (scene.attr("k") or scene.attr("extension") or {}).get("span", {}).get("text", "")
        share = _support_share(rgb, body, texts, arrows, half_width)
        if share is None:
            checks.append(Check("spring_drawn", ("spring",), "no support seen above the body", "a spring", 0, False,
                                sp))
        else:
            checks.append(Check("spring_drawn", ("spring", "share of ink on its axis"), round(share, 3),
                                f"< {STRAIGHT_SHARE:g} (a zig-zag or coil)", 0, share < STRAIGHT_SHARE, sp))
    if body is not None:
        held = _held_from_above(rgb, body)
        checks.append(Check("support_joins", ("support", "body"), "joined" if held else "nothing holds the body",
                            "the body joined by its rope or spring to what it hangs from", 0, held,
                            b_phrase or "hangs from"))
    return checks


def _held_from_above(rgb: np.ndarray, body: Any) -> bool:
    """Whether ``body`` is joined by one connected stroke of ink (``STRING_INK``, a one-pixel gap closed) to what
    it hangs from: a support wider than the body above its top (a ceiling, a beam, a bracket's bar), or the
    figure's top edge (a rope running out of the picture). A tension arrow drawn up from the body is no support:
    it is no wider than a stroke and its head."""
    lab = _ink_components(rgb)
    mine = _ring_labels(lab, body.box)
    top = body.box[1]
    bw = body.box[2] - body.box[0] + 1
    for k in mine:
        ys, xs = np.nonzero(lab[:top] == k)
        if ys.size and (ys.min() <= 1 or xs.max() - xs.min() + 1 >= 1.2 * bw):
            return True
    return False
