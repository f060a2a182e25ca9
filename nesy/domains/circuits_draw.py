"""Drawing of ``nesy.circuits.v1``: a placed series-parallel tree → a textbook schematic (``Layout``).

What is drawn (``layout/circuits.yaml`` holds every size, with its source): black conductors on nesy's grid
(``unit`` px per column, ``row`` px per rail), each component a standard symbol centred on its two-unit
segment of a rail — IEEE Std 315-1975 by default (zig-zag resistor), IEC 60617 under the ``symbols: iec``
variant (rectangle resistor) — a cell with its long (+) and short, thick (−) plate and a "+" beside the
long one, meters as circles with A or V, a lamp as a circle with a cross, a switch drawn open or closed;
the label "R1 = 100 Ω" centred above each symbol (set R₁ = 100 Ω, ``Label.math``, under ``designator_math``);
a filled junction dot only where three or more
conductors meet (IEEE 315 §3.3), never on a plain corner; no legend (every part is named on the figure).

The verifier (``circuits_verify``) renders the same symbols through ``symbol`` as its templates, so what
is drawn and what is read cannot drift apart. Shape ids: ``<component>#<part>`` for a component's
strokes (its entity in ``layout.json``), ``_wire_<k>`` and ``_dot_<k>`` for conductors and dots.
"""
from __future__ import annotations

import math
from typing import Any

from ..types import Label, Shape

__all__ = ["symbol", "grid_origin", "draw_schematic", "body_half_width"]


def grid_origin(st: dict[str, Any], margin: float) -> tuple[float, float]:
    """Canvas px of grid point (0, 0) — pixel centres, hence the ½ (1- and 2-px strokes stay crisp)."""
    return margin + float(st["origin_x"]) + 0.5, margin + float(st["origin_y"]) + 0.5


def body_half_width(kind: str, st: dict[str, Any]) -> float:
    """Half the width (px) of a symbol's body along its rail, leads excluded: what interrupts the wire."""
    if kind == "resistor":
        return float(st["iec_box"][0]) / 2 if st.get("resistor_symbol") == "rect" else 24.0
    return {"capacitor": 6.0, "inductor": 24.0, "vsource": 13.0, "isource": 15.0, "ammeter": 15.0,
            "voltmeter": 15.0, "lamp": 15.0, "switch": 19.0}[kind]


def symbol(kind: str, state: str | None, x0: float, x1: float, y: float, st: dict[str, Any], cid: str,
           reverse: bool = False) -> list[Shape]:
    """The symbol of ``kind`` between (x0, y) and (x1, y) px, leads included, in the style's ink. ``reverse``:
    a source turned round, its + terminal (long plate and "+", or the arrow's tail) at the right end."""
    c = (x0 + x1) / 2
    s = -1.0 if reverse else 1.0   # 1: the + terminal at the left end (as drawn by default); -1: at the right
    col, sw = st["ink"], float(st["symbol_width"])
    sh: list[Shape] = []

    def line(tag: str, a: tuple, b: tuple, w: float = sw) -> None:
        sh.append(Shape(f"{cid}#{tag}", "line", (*a, *b), stroke=col, stroke_width=w, z=4, cls=kind))

    def poly(tag: str, pts: list, closed: bool = False, fill: str = "none") -> None:
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        sh.append(Shape(f"{cid}#{tag}", "polygon" if closed else "polyline", (min(xs), min(ys), max(xs), max(ys)),
                        fill=fill, stroke=col, stroke_width=sw, z=4, cls=kind, points=tuple(pts)))

    def circle(tag: str, cx: float, r: float, fill: str = "#ffffff", w: float = sw) -> None:
        sh.append(Shape(f"{cid}#{tag}", "circle", (cx - r, y - r, cx + r, y + r), fill=fill, stroke=col,
                        stroke_width=w, z=3, cls=kind))
    half = body_half_width(kind, st)
    if kind not in ("capacitor", "vsource", "switch"):
        line("lead0", (x0, y), (c - half, y))
        line("lead1", (c + half, y), (x1, y))
    if kind == "resistor":
        if st.get("resistor_symbol") == "rect":          # IEC 60617 S00555
            bw, bh = (float(v) for v in st["iec_box"])
            poly("body", [(c - bw / 2, y - bh / 2), (c + bw / 2, y - bh / 2), (c + bw / 2, y + bh / 2),
                          (c - bw / 2, y + bh / 2)], closed=True, fill="#ffffff")
        else:                                            # IEEE 315: six peaks
            a = float(st["zigzag_amp"])
            pts = [(c - 24, y)] + [(c - 20 + 8 * k, y - a if k % 2 == 0 else y + a) for k in range(6)] + [(c + 24, y)]
            poly("zigzag", pts)
    elif kind == "capacitor":
        pw = float(st["plate_width"])
        line("lead0", (x0, y), (c - 5, y))
        line("lead1", (c + 5, y), (x1, y))
        line("plate0", (c - 5, y - 16), (c - 5, y + 16), pw)
        line("plate1", (c + 5, y - 16), (c + 5, y + 16), pw)
    elif kind == "inductor":
        pts = [(c - 24, y)]
        for k in range(4):
            cx = c - 18 + 12 * k
            for j in range(1, 13):
                ang = math.pi * (1 - j / 12)
                pts.append((cx + 6 * math.cos(ang), y - 9 * math.sin(ang)))
        pts.append((c + 24, y))
        poly("coil", pts)
    elif kind == "vsource":
        lo, sho, th = float(st["cell_plate_long"]) / 2, float(st["cell_plate_short"]) / 2, float(st["cell_plate_thick"])
        line("lead0", (x0, y), (c - 4, y))
        line("lead1", (c + 4, y), (x1, y))
        line("plus", (c - 4 * s, y - lo), (c - 4 * s, y + lo), sw)
        line("minus", (c + 4 * s, y - sho), (c + 4 * s, y + sho), th)
        # "+" below the long plate on its outer side, clear of the label above the rail
        m, px, py = float(st["plus_mark"]) / 2, c - 13 * s, y + 13
        line("plus_h", (px - m, py), (px + m, py), 2)
        line("plus_v", (px, py - m), (px, py + m), 2)
    elif kind in ("isource", "ammeter", "voltmeter", "lamp"):
        r = 15
        circle("body", c, r)
        if kind == "isource":
            # the arrow points from the netlist's n+ to its n- (SPICE: "positive current flows from the positive
            # node, through the source, to the negative node"), so its tail is at the + terminal
            line("shaft", (c - 9 * s, y), (c + 5 * s, y))
            poly("head", [(c + 9 * s, y), (c + 2 * s, y - 5), (c + 2 * s, y + 5)], closed=True, fill=col)
        elif kind == "ammeter":
            poly("A", [(c - 6, y + 8), (c, y - 8), (c + 6, y + 8)])
            line("Abar", (c - 3, y + 2), (c + 3, y + 2), 2)
        elif kind == "voltmeter":
            poly("V", [(c - 6, y - 8), (c, y + 8), (c + 6, y - 8)])
        else:
            d = r / math.sqrt(2)
            line("x0", (c - d, y - d), (c + d, y + d), 2)
            line("x1", (c - d, y + d), (c + d, y - d), 2)
    elif kind == "switch":
        # IEEE 315 §6.1: a blade hinged on one contact; open, it is lifted 30° off the other
        line("lead0", (x0, y), (c - 16, y))
        line("lead1", (c + 16, y), (x1, y))
        circle("pivot", c - 16, 3.0, fill=col, w=1)
        circle("contact", c + 16, 3.0, fill=col, w=1)
        end = (c + 16, y - 16) if state == "open" else (c + 16, y - 3)
        line("blade", (c - 16, y), end, 2)
    else:
        raise ValueError(f"no symbol for kind {kind!r}")
    return sh


def _arms(segments: list[tuple[tuple[float, float], tuple[float, float]]]) -> dict[tuple[float, float], set[str]]:
    """Grid point → the directions ('l', 'r', 'u', 'd') conductors leave it in. A segment's ends leave
    inward; its inner grid points are passed through (both directions)."""
    out: dict[tuple[float, float], set[str]] = {}
    pts = {p for s in segments for p in s}
    for a, b in segments:
        if a[1] == b[1]:
            lo, hi = sorted((a[0], b[0]))
            for p in pts:
                if p[1] == a[1] and lo <= p[0] <= hi:
                    d = out.setdefault(p, set())
                    if p[0] > lo:
                        d.add("l")
                    if p[0] < hi:
                        d.add("r")
        else:
            lo, hi = sorted((a[1], b[1]))
            for p in pts:
                if p[0] == a[0] and lo <= p[1] <= hi:
                    d = out.setdefault(p, set())
                    if p[1] > lo:
                        d.add("u")
                    if p[1] < hi:
                        d.add("d")
    return out


def draw_schematic(tree: dict, comps: dict[str, Any], pos: dict[str, tuple[int, int, int, int]],
                   st: dict[str, Any], margin: float, reversed_: frozenset[str] = frozenset()
                   ) -> tuple[list[Shape], list[Label], float, float]:
    """Shapes and labels of the placed tree; the canvas width and height (px) it needs. ``reversed_``: the
    sources drawn turned round (their + terminal at the right end)."""
    U, RH, stub = float(st["unit"]), float(st["row"]), float(st["stub"])
    ink, ww = st["ink"], float(st["wire_width"])
    ox, oy = grid_origin(st, margin)

    def P(u: float, r: float) -> tuple[float, float]:
        return ox + u * U, oy + r * RH
    shapes: list[Shape] = []
    labels: list[Label] = []
    conductors: list[tuple[tuple[float, float], tuple[float, float]]] = []   # grid-point spans, for dots
    nw = [0]

    def wire(a: tuple, b: tuple) -> None:
        if a == b:
            return
        shapes.append(Shape(f"_wire_{nw[0]}", "line", (*a, *b), stroke=ink, stroke_width=ww, z=1, cls="wire"))
        nw[0] += 1

    def walk(d: dict) -> None:
        x, r, w, _b = pos[d["id"]]
        if d["op"] == "C":
            e = comps[d["id"]]
            (ax, ay), (bx, _) = P(x, r), P(x + w, r)
            conductors.append(((ax, ay), (bx, ay)))
            if e.kind == "wire":
                wire((ax, ay), (bx, ay))
                return
            wire((ax, ay), (ax + stub, ay))
            wire((bx - stub, ay), (bx, ay))
            shapes.extend(symbol(e.kind, e.attr("state"), ax + stub, bx - stub, ay, st, e.id, e.id in reversed_))
            # ``designator_math``: "R1 = 100 Ω" set as R₁ = 100 Ω — the letter italic, its numeral an upright
            # subscript, value and unit roman (Label.math, render.typography; ISO 80000-2 §3)
            labels.append(Label(str(e.attr("display") or e.id), (ax + bx) / 2, ay - float(st["label_rise"]),
                                float(st["label_size"]), "middle", ink, math=bool(st.get("designator_math"))))
            return
        for c in d["children"]:
            walk(c)
        if d["op"] == "S":
            return
        rails = [pos[c["id"]][1] for c in d["children"]]
        lx, rx = x, x + w
        for bus in (lx, rx):
            wire(P(bus, min(rails)), P(bus, max(rails)))
            conductors.append((P(bus, min(rails)), P(bus, max(rails))))
        for c in d["children"]:
            cx, cr, cw, _ = pos[c["id"]]
            for a, b in ((P(lx, cr), P(cx, cr)), (P(cx + cw, cr), P(rx, cr))):
                wire(a, b)
                if a != b:
                    conductors.append((a, b))
    walk(tree)
    # a dot where three or more conductors meet (IEEE 315 §3.3: a junction of connected paths)
    jd = float(st["junction"]) / 2
    for k, (p, dirs) in enumerate(sorted(_arms(conductors).items())):
        if len(dirs) >= 3:
            shapes.append(Shape(f"_dot_{k}", "circle", (p[0] - jd, p[1] - jd, p[0] + jd, p[1] + jd), fill=ink,
                                stroke="none", stroke_width=0, z=2, cls="wire"))
    _x, _r, Wu, Bu = pos[tree["id"]]
    W = math.ceil(ox + Wu * U + margin + 20)
    H = math.ceil(oy + Bu * RH + margin + 24)
    return shapes, labels, float(W), float(H)
