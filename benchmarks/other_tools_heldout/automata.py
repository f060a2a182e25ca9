"""Held-out automata figures drawn by other tools (graphviz ``dot`` top-to-bottom, ``circo``, ``neato``;
matplotlib xkcd and pastel/monospace state diagrams; raw PIL whiteboard line art).

Written by an outside helper WITHOUT reading nesy's figure readers or verifiers (nesy/see/, domain verify
files) nor the existing case modules; only the texts were checked with ``nesy.pipeline.parse``.

Each wrong version carries exactly one error against a fact the text states (commented at each name).
Several symbols on one edge are written "a, b" as is usual.
"""
from __future__ import annotations

import io
import math
import os
import subprocess

import numpy as np

SCIENCE = "automata"

_FONT_DIR = "/usr/share/fonts/truetype"


def _png_clean(data: bytes) -> bytes:
    from PIL import Image
    im = Image.open(io.BytesIO(data)).convert("RGB")
    buf = io.BytesIO()
    im.save(buf, format="PNG")
    return buf.getvalue()


# ----------------------------------------------------------------------------------------------------------
# graphviz
# ----------------------------------------------------------------------------------------------------------

def _gv(spec, *, engine="dot", graph_attrs="", node_attrs="", edge_attrs="", dpi=96):
    """spec: dict(states=[...], start=name|None, accepting=set, edges=[(src, dst, label)])."""
    lines = ["digraph fa {", f"  {graph_attrs}", f"  node [{node_attrs}];", f"  edge [{edge_attrs}];"]
    if spec.get("start"):
        lines.append('  __start [shape=point, width=0.01, height=0.01, style=invis, label=""];')
    for s in spec["states"]:
        shape = "doublecircle" if s in spec["accepting"] else "circle"
        lines.append(f'  "{s}" [shape={shape}];')
    if spec.get("start"):
        lines.append(f'  __start -> "{spec["start"]}";')
    for a, b, lab in spec["edges"]:
        lines.append(f'  "{a}" -> "{b}" [label="{lab}"];')
    lines.append("}")
    src = "\n".join(lines)
    out = subprocess.run([engine, "-Tpng", f"-Gdpi={dpi}"], input=src.encode(), capture_output=True,
                         check=True).stdout
    return _png_clean(out)


# ----------------------------------------------------------------------------------------------------------
# hand-made state diagrams (matplotlib / PIL).  layout: {state: (x, y)} in units where a state radius is 0.5
# ----------------------------------------------------------------------------------------------------------

def _edge_geom(P, Q, bend, r=0.5):
    """Quadratic curve from circle P to circle Q, bent sideways by `bend` (0 = straight)."""
    P, Q = np.asarray(P, float), np.asarray(Q, float)
    d = Q - P
    L = np.hypot(*d)
    u = d / L
    n = np.array([-u[1], u[0]])
    M = (P + Q) / 2 + n * bend * L
    a = P + (M - P) / np.hypot(*(M - P)) * r
    b = Q + (M - Q) / np.hypot(*(M - Q)) * r
    t = np.linspace(0, 1, 40)[:, None]
    # control point so that the curve passes near M
    C = 2 * M - (a + b) / 2
    pts = (1 - t) ** 2 * a + 2 * (1 - t) * t * C + t ** 2 * b
    return pts, M + n * 0.28 * (1 if bend >= 0 else -1) if bend else (P + Q) / 2 + n * 0.28


def _loop_geom(P, angle=90.0, r=0.5):
    """Self-loop on the side of P at `angle` degrees."""
    P = np.asarray(P, float)
    u = np.array([math.cos(math.radians(angle)), math.sin(math.radians(angle))])
    c = P + u * (r + 0.22)
    rl = 0.36
    base = math.degrees(math.atan2(-u[1], -u[0]))
    th = np.radians(np.linspace(base + 62, base + 360 - 62, 50))
    pts = np.stack([c[0] + rl * np.cos(th), c[1] + rl * np.sin(th)], 1)
    return pts, c + u * (rl + 0.25)


def _arrowhead(pts, size=0.2, width=0.11):
    tip = pts[-1]
    d = pts[-1] - pts[-4]
    d = d / np.hypot(*d)
    n = np.array([-d[1], d[0]])
    base = tip - d * size
    return np.array([tip, base + n * width, base - n * width])


def _diagram(spec, layout, loops, bends, start_from=180.0):
    """-> list of ('curve', pts, head) ('circle', c, r) ('text', pos, s, scale)"""
    items = []
    for s in spec["states"]:
        c = np.asarray(layout[s], float)
        items.append(("circle", c, 0.5))
        if s in spec["accepting"]:
            items.append(("circle", c, 0.41))
        items.append(("text", c, s, 1.0))
    if spec.get("start"):
        c = np.asarray(layout[spec["start"]], float)
        u = np.array([math.cos(math.radians(start_from)), math.sin(math.radians(start_from))])
        a, b = c + u * 1.35, c + u * 0.5
        pts = np.linspace(a, b, 10)
        items.append(("curve", pts, _arrowhead(pts)))
    for a, b, lab in spec["edges"]:
        if a == b:
            pts, lp = _loop_geom(layout[a], loops.get(a, 90.0))
        else:
            pts, lp = _edge_geom(layout[a], layout[b], bends.get((a, b), 0.0))
        items.append(("curve", pts, _arrowhead(pts)))
        items.append(("text", lp, lab, 0.85))
    return items


def _bounds(items):
    pts = []
    for it in items:
        if it[0] == "circle":
            pts += [it[1] - it[2], it[1] + it[2]]
        elif it[0] == "curve":
            pts += list(it[1])
        else:
            pts.append(it[1])
    a = np.array(pts)
    return a.min(0), a.max(0)


def _mpl(items, *, size=(6, 3.5), dpi=110, lw=1.6, color="k", fill="white", font="DejaVu Sans", fontsize=14,
         xkcd=False, bg="white", legend=None, title=None, pad=0.5):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import Circle, Polygon
    ctx = plt.xkcd(scale=1.5, length=80, randomness=2) if xkcd else matplotlib.rc_context({})
    with ctx:
        np.random.seed(3)
        with matplotlib.rc_context({"font.family": font, "path.sketch": (1.5, 80, 2) if xkcd else None}):
            fig, ax = plt.subplots(figsize=size, dpi=dpi)
            fig.patch.set_facecolor(bg)
            ax.set_facecolor(bg)
            for it in items:
                if it[0] == "circle":
                    ax.add_patch(Circle(it[1], it[2], fc=fill if it[2] >= 0.5 else "none", ec=color, lw=lw,
                                        zorder=2))
                elif it[0] == "curve":
                    ax.plot(it[1][:, 0], it[1][:, 1], color=color, lw=lw, zorder=1)
                    ax.add_patch(Polygon(it[2], closed=True, fc=color, ec=color, lw=0.5, zorder=3))
                elif it[0] == "text":
                    ax.text(it[1][0], it[1][1], it[2], ha="center", va="center", fontsize=fontsize * it[3],
                            color=color, zorder=4, fontfamily=font)
            lo, hi = _bounds(items)
            ax.set_xlim(lo[0] - pad, hi[0] + pad)
            ax.set_ylim(lo[1] - pad, hi[1] + pad)
            ax.set_aspect("equal")
            ax.axis("off")
            if legend:
                ax.text(0.99, 0.02, legend, transform=ax.transAxes, ha="right", va="bottom",
                        fontsize=fontsize * 0.6, color=color, fontfamily=font,
                        bbox=dict(boxstyle="round,pad=0.4", fc="#f3f1fa", ec="#a9a3c9"))
            if title:
                ax.set_title(title, fontsize=fontsize * 0.9, fontfamily=font, color=color)
            buf = io.BytesIO()
            fig.savefig(buf, format="png", dpi=dpi, facecolor=bg, metadata={"Software": None})
            plt.close(fig)
    return buf.getvalue()


def _pil(items, *, scale=90, lw=4, color=(30, 30, 30), bg=(255, 255, 255), font="dejavu/DejaVuSans.ttf",
         fontsize=28, jitter=0.0, seed=0, pad=0.4):
    from PIL import Image, ImageDraw, ImageFont
    lo, hi = _bounds(items)
    lo, hi = lo - pad, hi + pad
    W, H = int((hi[0] - lo[0]) * scale), int((hi[1] - lo[1]) * scale)
    im = Image.new("RGB", (W, H), bg)
    dr = ImageDraw.Draw(im)
    rng = np.random.default_rng(seed)

    def px(p):
        x, y = float((p[0] - lo[0]) * scale), float((hi[1] - p[1]) * scale)
        return (x, y)

    for it in items:
        if it[0] == "circle":
            x, y = px(it[1])
            r = it[2] * scale
            j = rng.normal(0, jitter, 2) if jitter else (0, 0)
            dr.ellipse([x - r + j[0], y - r + j[1], x + r + j[0], y + r + j[1]], outline=color, width=lw)
        elif it[0] == "curve":
            pts = [px(p) for p in it[1]]
            if jitter:
                off = rng.normal(0, jitter, 2)
                pts = [(a + off[0], b + off[1]) for a, b in pts]
            dr.line(pts, fill=color, width=lw, joint="curve")
            dr.polygon([px(p) for p in it[2]], fill=color)
        elif it[0] == "text":
            f = ImageFont.truetype(os.path.join(_FONT_DIR, font), int(fontsize * it[3]))
            dr.text(px(it[1]), it[2], font=f, fill=color, anchor="mm")
    buf = io.BytesIO()
    im.save(buf, format="PNG")
    return buf.getvalue()


# ----------------------------------------------------------------------------------------------------------
# case 1: graphviz dot, top-to-bottom, filled nodes, Helvetica
# ----------------------------------------------------------------------------------------------------------

T1 = ("a DFA with states q0, q1 and q2; q0 is the start state; q2 is accepting; q0 goes to q1 on a; "
      "q1 goes to q2 on b; q2 loops on a and b; q1 loops on a")


def _draw1(wrong):
    acc = set() if wrong == "q2_single" else {"q2"}                 # fact: q2 is accepting
    start = "q1" if wrong == "start_on_q1" else "q0"                # fact: q0 is the start state
    e01 = "b" if wrong == "q0q1_symbol_b" else "a"                  # fact: q0 goes to q1 on a
    e12 = ("q1", "q0", "b") if wrong == "q1q2_redirected" else ("q1", "q2", "b")   # fact: q1 goes to q2 on b
    edges = [("q0", "q1", e01), e12, ("q2", "q2", "a, b")]
    if wrong != "q1_loop_dropped":                                  # fact: q1 loops on a
        edges.append(("q1", "q1", "a"))
    spec = dict(states=["q0", "q1", "q2"], start=start, accepting=acc, edges=edges)
    return _gv(spec, engine="dot", graph_attrs="rankdir=TB; nodesep=0.6; ranksep=0.5;",
               node_attrs='style=filled, fillcolor="#fff6d5", color="#7a5c00", fontname="Helvetica", fontsize=16',
               edge_attrs='fontname="Helvetica", fontsize=14, color="#7a5c00"', dpi=150)


# ----------------------------------------------------------------------------------------------------------
# case 2: raw PIL whiteboard, word-named states side by side
# ----------------------------------------------------------------------------------------------------------

T2 = ("a DFA with states even and odd; even is the start state and is accepting; even goes to odd on 1; "
      "odd goes to even on 1; both states loop on 0")


def _draw2(wrong):
    acc = {"even"}
    if wrong == "even_single":                                      # fact: even is accepting
        acc = set()
    elif wrong == "accepting_on_odd":                               # fact: even (not odd) is accepting
        acc = {"odd"}
    start = "odd" if wrong == "start_on_odd" else "even"            # fact: even is the start state
    edges = [("even", "odd", "1"), ("odd", "even", "1"), ("even", "even", "0")]
    if wrong != "odd_loop_dropped":                                 # fact: both states loop on 0
        edges.append(("odd", "odd", "0"))
    spec = dict(states=["even", "odd"], start=start, accepting=acc, edges=edges)
    layout = {"even": (0, 0), "odd": (3.2, 0)}
    items = _diagram(spec, layout, loops={"even": 90, "odd": 90},
                     bends={("even", "odd"): 0.16, ("odd", "even"): 0.16},
                     start_from=180.0 if start == "even" else 0.0)
    return _pil(items, scale=110, lw=4, color=(160, 30, 30), bg=(253, 253, 250), fontsize=26, jitter=1.0, seed=2,
                font="liberation/LiberationSans-Regular.ttf")


# ----------------------------------------------------------------------------------------------------------
# case 3: graphviz neato, Courier, pastel fills
# ----------------------------------------------------------------------------------------------------------

T3 = ("an NFA with states p, q and r where p is initial and r is final; p goes to p on 0 and 1, "
      "p goes to q on 0, q goes to r on 1")


def _draw3(wrong):
    acc = set() if wrong == "r_single" else {"r"}                   # fact: r is final (accepting)
    pq = "1" if wrong == "pq_symbol_1" else "0"                     # fact: p goes to q on 0
    qr = ("r", "q", "1") if wrong == "qr_reversed" else ("q", "r", "1")   # fact: q goes to r (not r to q)
    ploop = "0" if wrong == "p_loop_missing_1" else "0, 1"          # fact: p goes to p on 0 and 1
    spec = dict(states=["p", "q", "r"], start="p", accepting=acc,
                edges=[("p", "p", ploop), ("p", "q", pq), qr])
    return _gv(spec, engine="neato", graph_attrs="overlap=false; splines=true; model=subset; sep=\"+40\";",
               node_attrs='style=filled, fillcolor="#d7ecff", color="#305070", fontname="Courier", fontsize=18',
               edge_attrs='fontname="Courier", fontsize=16, color="#305070", len=2.4', dpi=115)


# ----------------------------------------------------------------------------------------------------------
# case 4: matplotlib xkcd hand-drawn state diagram
# ----------------------------------------------------------------------------------------------------------

T4 = ("a DFA with states s0 and s1; s0 is the start state and s1 is accepting; s0 goes to s1 on x; "
      "s1 goes to s0 on y; s1 loops on x")


def _draw4(wrong):
    acc = set() if wrong == "s1_single" else {"s1"}                 # fact: s1 is accepting
    start = "s1" if wrong == "start_on_s1" else "s0"                # fact: s0 is the start state
    back = "x" if wrong == "s1s0_symbol_x" else "y"                 # fact: s1 goes to s0 on y
    loop = ("s0", "s0", "x") if wrong == "loop_on_s0" else ("s1", "s1", "x")   # fact: s1 (not s0) loops on x
    spec = dict(states=["s0", "s1"], start=start, accepting=acc,
                edges=[("s0", "s1", "x"), ("s1", "s0", back), loop])
    layout = {"s0": (0, 0), "s1": (3.0, 0)}
    items = _diagram(spec, layout, loops={"s0": 90, "s1": 90}, bends={("s0", "s1"): 0.18, ("s1", "s0"): 0.18},
                     start_from=180.0 if start == "s0" else 0.0)
    return _mpl(items, size=(6.0, 3.4), dpi=100, lw=2.0, xkcd=True, fontsize=17)


# ----------------------------------------------------------------------------------------------------------
# case 5: graphviz circo (states on a circle), serif
# ----------------------------------------------------------------------------------------------------------

T5 = ("a DFA with states A, B, C and D; A is the start state; D is accepting; A goes to B on 0; "
      "B goes to C on 1; C goes to D on 0; D goes to A on 1")


def _draw5(wrong):
    acc = set() if wrong == "d_single" else {"D"}                   # fact: D is accepting
    start = "B" if wrong == "start_on_B" else "A"                   # fact: A is the start state
    states = ["A", "B", "C", "D"]
    cd = ("D", "C", "0") if wrong == "cd_reversed" else ("C", "D", "0")   # fact: C goes to D
    bc = ("B", "C", "0") if wrong == "bc_symbol_0" else ("B", "C", "1")   # fact: B goes to C on 1
    edges = [("A", "B", "0"), bc, cd, ("D", "A", "1")]
    if wrong == "state_C_dropped":                                  # fact: there are four states A, B, C, D
        states = ["A", "B", "D"]
        edges = [("A", "B", "0"), ("D", "A", "1")]
    spec = dict(states=states, start=start, accepting=acc, edges=edges)
    return _gv(spec, engine="circo", graph_attrs="mindist=1.2;",
               node_attrs='fontname="Times-Roman", fontsize=16, width=0.6, fixedsize=true, penwidth=1.4',
               edge_attrs='fontname="Times-Roman", fontsize=16, penwidth=1.2', dpi=120)


# ----------------------------------------------------------------------------------------------------------
# case 6: matplotlib pastel fills, monospace font, legend box and title
# ----------------------------------------------------------------------------------------------------------

T6 = ("an NFA with states q0, q1 and q2; q0 is the start state; q1 and q2 are accepting; q0 goes to q1 on epsilon; "
      "q0 goes to q2 on a; q1 loops on b")


def _draw6(wrong):
    acc = {"q2"} if wrong == "q1_single" else {"q1", "q2"}         # fact: q1 is accepting
    e01 = "a" if wrong == "eps_as_a" else "ε"                       # fact: q0 goes to q1 on epsilon
    loop = ("q2", "q2", "b") if wrong == "loop_on_q2" else ("q1", "q1", "b")   # fact: q1 loops on b
    e02 = ("q2", "q0", "a") if wrong == "q0q2_reversed" else ("q0", "q2", "a")   # fact: q0 goes to q2
    spec = dict(states=["q0", "q1", "q2"], start="q0", accepting=acc, edges=[("q0", "q1", e01), e02, loop])
    layout = {"q0": (0, 0), "q1": (2.8, 1.3), "q2": (2.8, -1.3)}
    items = _diagram(spec, layout, loops={"q1": 0, "q2": 0}, bends={})
    return _mpl(items, size=(5.4, 4.2), dpi=125, lw=1.4, color="#3d3553", fill="#e9e3f7", font="DejaVu Sans Mono",
                fontsize=14, bg="#fdfcfa", title="NFA", legend="double circle = accepting\narrow in = start")


def cases() -> list[dict]:
    return [
        {"id": "ho-automata-dot-tb", "text": T1, "tool": "graphviz", "style": "dot-TB-filled",
         "draw": _draw1, "wrongs": ["q2_single", "start_on_q1", "q0q1_symbol_b", "q1q2_redirected",
                                    "q1_loop_dropped"]},
        {"id": "ho-automata-pil-whiteboard", "text": T2, "tool": "PIL", "style": "whiteboard",
         "draw": _draw2, "wrongs": ["even_single", "accepting_on_odd", "start_on_odd", "odd_loop_dropped"]},
        {"id": "ho-automata-neato", "text": T3, "tool": "graphviz", "style": "neato-courier",
         "draw": _draw3, "wrongs": ["r_single", "pq_symbol_1", "qr_reversed", "p_loop_missing_1"]},
        {"id": "ho-automata-xkcd", "text": T4, "tool": "matplotlib", "style": "xkcd",
         "draw": _draw4, "wrongs": ["s1_single", "start_on_s1", "s1s0_symbol_x", "loop_on_s0"]},
        {"id": "ho-automata-circo", "text": T5, "tool": "graphviz", "style": "circo-serif",
         "draw": _draw5, "wrongs": ["d_single", "start_on_B", "cd_reversed", "bc_symbol_0", "state_C_dropped"]},
        {"id": "ho-automata-mpl-pastel-mono", "text": T6, "tool": "matplotlib", "style": "pastel-mono-legend",
         "draw": _draw6, "wrongs": ["q1_single", "eps_as_a", "loop_on_q2", "q0q2_reversed"]},
    ]
