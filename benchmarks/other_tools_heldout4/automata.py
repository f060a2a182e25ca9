"""Held-out set 4, automata: three state diagrams drawn by three other tools.

* ``h4-automata-graphviz-sfdp``   graphviz ``sfdp`` (multiscale force layout) to its own cairo PNG renderer:
  pastel filled states, Liberation Sans Narrow, an invisible "start" node with an arrow.
* ``h4-automata-networkx-darkgrid`` networkx drawing on matplotlib ``seaborn-v0_8-darkgrid`` (grey panel with
  a white grid kept on): curved opposite edges, self-loops, an outer ring for the accepting state.
* ``h4-automata-pil-photocopy``   raw PIL ink drawing with hand-placed states and quadratic-Bezier edges, then a
  photocopied-scan look done here with numpy (skew, toner, noise, binding shadow).

Every wrong has exactly one error against a fact the text states (commented where it is drawn).
"""
from __future__ import annotations

import io
import math
import subprocess

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

SCIENCE = "automata"

_LIB = "/usr/share/fonts/truetype/liberation/"
_DJV = "/usr/share/fonts/truetype/dejavu/"


def _png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, format="PNG")
    return buf.getvalue()


# ---------------------------------------------------------------------------------------------------------
# 1. graphviz sfdp
# ---------------------------------------------------------------------------------------------------------
_T1 = ("A DFA with states q0, q1, q2 and q3; q0 is the start state and q3 is accepting; q0 goes to q1 on a, "
       "q1 goes to q2 on b, q2 goes to q3 on c, and q3 loops on c.")


def _draw_sfdp(wrong: str | None) -> bytes:
    accepting = {"q3"}
    start = "q0"
    edges = [("q0", "q1", "a"), ("q1", "q2", "b"), ("q2", "q3", "c"), ("q3", "q3", "c")]
    if wrong == "q3_plain":
        # breaks "q3 is accepting": q3 is drawn with a single circle
        accepting = set()
    if wrong == "start_on_q1":
        # breaks "q0 is the start state": the start arrow points at q1
        start = "q1"
    if wrong == "q1_q2_reversed":
        # breaks "q1 goes to q2 on b": the edge points from q2 to q1
        edges[1] = ("q2", "q1", "b")
    if wrong == "q2_q3_symbol":
        # breaks "q2 goes to q3 on c": the edge is labelled a
        edges[2] = ("q2", "q3", "a")
    fills = {"q0": "#cde7f0", "q1": "#f6e3b4", "q2": "#e0d4f0", "q3": "#cfeccf"}
    lines = [
        "digraph G {",
        '  graph [bgcolor="#fffdf8", dpi=110, pad=0.35, overlap=false, splines=true, K=2.6, sep="+24", start=3,',
        '         fontname="Liberation Sans Narrow"];',
        '  node [fontname="Liberation Sans Narrow", fontsize=20, style=filled, penwidth=1.8, color="#444444",',
        "        width=0.75, fixedsize=true];",
        '  edge [fontname="Liberation Sans Narrow", fontsize=18, penwidth=1.6, color="#555555", arrowsize=1.1];',
        '  __start [shape=point, width=0.02, label="", style=invis];',
    ]
    for q in ("q0", "q1", "q2", "q3"):
        shape = "doublecircle" if q in accepting else "circle"
        lines.append(f'  {q} [shape={shape}, fillcolor="{fills[q]}"];')
    lines.append(f'  __start -> {start} [label="start", fontsize=16];')
    for a, b, sym in edges:
        lines.append(f'  {a} -> {b} [label=" {sym} "];')
    lines.append("}")
    png = subprocess.run(["sfdp", "-Tpng"], input="\n".join(lines).encode(), capture_output=True,
                         check=True).stdout
    return _png(Image.open(io.BytesIO(png)))


# ---------------------------------------------------------------------------------------------------------
# 2. networkx on matplotlib seaborn-v0_8-darkgrid
# ---------------------------------------------------------------------------------------------------------
_T2 = ("An automaton with states S and T, start S, accepting S: S goes to T on 1, T goes to S on 1, "
       "S loops on 0 and T loops on 0.")


def _draw_networkx(wrong: str | None) -> bytes:
    import matplotlib
    import matplotlib.pyplot as plt
    import networkx as nx
    from matplotlib.figure import Figure
    from matplotlib.patches import Circle, FancyArrowPatch

    edges = [("S", "T", "1"), ("T", "S", "1"), ("S", "S", "0"), ("T", "T", "0")]
    accepting = {"S"}
    start = "S"
    if wrong == "S_plain":
        # breaks "accepting S": S has no accepting ring
        accepting = set()
    if wrong == "start_on_T":
        # breaks "start S": the start arrow points at T
        start = "T"
    if wrong == "T_S_symbol":
        # breaks "T goes to S on 1": the edge is labelled 0
        edges[1] = ("T", "S", "0")
    if wrong == "S_loop_dropped":
        # breaks "S loops on 0": S has no self-loop
        edges = [e for e in edges if e[:2] != ("S", "S")]
    G = nx.MultiDiGraph()
    G.add_nodes_from(["S", "T"])
    pos = {"S": (0.0, 0.0), "T": (3.0, 0.0)}
    with plt.style.context("seaborn-v0_8-darkgrid"), matplotlib.rc_context({"font.family": "DejaVu Sans"}):
        cyc = plt.rcParams["axes.prop_cycle"].by_key()["color"]
        fig = Figure(figsize=(9.0, 5.4), dpi=100)
        ax = fig.add_axes([0.03, 0.04, 0.94, 0.84])
        ax.set_xlim(-1.9, 4.6)
        ax.set_ylim(-1.6, 2.3)
        ax.set_aspect("equal")
        ax.tick_params(labelbottom=False, labelleft=False, length=0)
        r = 0.42
        nx.draw_networkx_nodes(G, pos, ax=ax, node_size=5200, node_color=[cyc[0], cyc[2]], edgecolors="black",
                               linewidths=2)
        nx.draw_networkx_labels(G, pos, ax=ax, font_size=26, font_color="white", font_weight="bold")
        for q in accepting:
            ax.add_patch(Circle(pos[q], r + 0.09, fill=False, ec="black", lw=2, zorder=3))
        # edges drawn by hand on the same axes (networkx's self-loops are tiny at this node size)
        for a, b, sym in edges:
            if a == b:
                x, y = pos[a]
                loop = FancyArrowPatch((x - 0.25, y + r - 0.02), (x + 0.25, y + r - 0.02),
                                       connectionstyle="arc3,rad=-2.2", arrowstyle="-|>", mutation_scale=24,
                                       lw=2, color="#222222", zorder=4)
                ax.add_patch(loop)
                ax.text(x, y + r + 0.78, sym, ha="center", va="center", fontsize=22,
                        bbox=dict(boxstyle="round,pad=0.2", fc="white", ec="none"))
            else:
                (x0, y0), (x1, y1) = pos[a], pos[b]
                sgn = 1 if x1 > x0 else -1
                arr = FancyArrowPatch((x0 + sgn * 0.36, y0 + 0.22 * sgn), (x1 - sgn * 0.36, y1 + 0.22 * sgn),
                                      connectionstyle="arc3,rad=-0.35", arrowstyle="-|>", mutation_scale=24,
                                      lw=2, color="#222222", zorder=4)
                ax.add_patch(arr)
                ax.text((x0 + x1) / 2, 0.82 * sgn, sym, ha="center", va="center", fontsize=22,
                        bbox=dict(boxstyle="round,pad=0.2", fc="white", ec="none"))
        sx, sy = pos[start]
        ax.add_patch(FancyArrowPatch((sx - 1.55, sy), (sx - r - 0.12, sy), arrowstyle="-|>", mutation_scale=24,
                                     lw=2.2, color=cyc[3], zorder=4))
        ax.text(sx - 1.2, sy + 0.2, "start", fontsize=17, color=cyc[3], ha="center", va="bottom")
        fig.suptitle("Parity of 1s (S: even, T: odd)", fontsize=18, x=0.03, ha="left")
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=100, metadata={"Software": None})
    return _png(Image.open(buf))


# ---------------------------------------------------------------------------------------------------------
# 3. PIL ink drawing + photocopy
# ---------------------------------------------------------------------------------------------------------
_T3 = ("A finite automaton with states u, v and w; u is the start state; v and w are accepting; u goes to v on 0, "
       "u goes to w on 1, v goes to w on 1, and w goes to u on 0.")


def _photocopy(img: Image.Image, seed: int) -> Image.Image:
    g = img.convert("L")
    g = g.rotate(-0.9, resample=Image.BICUBIC, expand=False, fillcolor=255)
    g = g.filter(ImageFilter.GaussianBlur(0.6))
    a = np.asarray(g).astype(np.float64) / 255.0
    a = a ** 1.6
    h, w = a.shape
    a = a * 0.90 + 0.05
    y = np.linspace(0.0, 1.0, h)[:, None]
    x = np.linspace(0.0, 1.0, w)[None, :]
    a = a - 0.2 * np.exp(-y / 0.04) - 0.04 * x          # shadow along the top edge (book gutter)
    rng = np.random.RandomState(seed)
    a = a + rng.normal(0.0, 0.03, a.shape)
    a[rng.random_sample(a.shape) < 0.0006] -= 0.5
    a = np.clip(a * 255.0, 0, 255).astype(np.uint8)
    g = Image.fromarray(a, "L").filter(ImageFilter.GaussianBlur(0.4))
    return Image.merge("RGB", (g, g.point(lambda v: max(0, v - 3)), g.point(lambda v: max(0, v - 8))))


def _draw_photocopy(wrong: str | None) -> bytes:
    W, H, S = 860, 600, 2
    img = Image.new("L", (W * S, H * S), 255)
    d = ImageDraw.Draw(img)
    R = 42
    pos = {"u": (230.0, 300.0), "v": (580.0, 150.0), "w": (580.0, 450.0)}
    accepting = {"v", "w"}
    start = "u"
    edges = [("u", "v", "0", 0.0), ("u", "w", "1", -0.22), ("v", "w", "1", 0.0), ("w", "u", "0", -0.22)]
    if wrong == "w_plain":
        # breaks "v and w are accepting": w is drawn with a single circle
        accepting = {"v"}
    if wrong == "start_on_v":
        # breaks "u is the start state": the start arrow points at v
        start = "v"
    if wrong == "v_w_reversed":
        # breaks "v goes to w on 1": the edge points from w to v
        edges[2] = ("w", "v", "1", 0.0)
    if wrong == "u_w_symbol":
        # breaks "u goes to w on 1": the edge is labelled 0
        edges[1] = ("u", "w", "0", -0.22)

    def sc(p):
        return (p[0] * S, p[1] * S)

    def arrowhead(tip, frm):
        ang = math.atan2(tip[1] - frm[1], tip[0] - frm[0])
        L, Wd = 18, 8
        bx, by = tip[0] - L * math.cos(ang), tip[1] - L * math.sin(ang)
        d.polygon([sc(tip), sc((bx + Wd * math.sin(ang), by - Wd * math.cos(ang))),
                   sc((bx - Wd * math.sin(ang), by + Wd * math.cos(ang)))], fill=0)

    labels = []
    for a, b, sym, bend in edges:
        (x0, y0), (x1, y1) = pos[a], pos[b]
        mx, my = (x0 + x1) / 2, (y0 + y1) / 2
        dx, dy = x1 - x0, y1 - y0
        L = math.hypot(dx, dy)
        nx_, ny_ = -dy / L, dx / L
        cx, cy = mx + nx_ * bend * L, my + ny_ * bend * L
        # trim to the circles
        def along(t):
            return ((1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t * t * x1,
                    (1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t * t * y1)
        ts = [i / 200 for i in range(201)]
        pts = [along(t) for t in ts]
        pts = [p for p in pts
               if math.hypot(p[0] - x0, p[1] - y0) > R + 2 and math.hypot(p[0] - x1, p[1] - y1) > R + 2]
        d.line([sc(p) for p in pts], fill=0, width=3 * S)
        arrowhead(pts[-1], pts[-6])
        lx, ly = along(0.5)
        side = -1 if bend < 0 else 1
        labels.append((lx + nx_ * 24 * side, ly + ny_ * 24 * side, sym))
    for q, (x, y) in pos.items():
        d.ellipse([sc((x - R, y - R)), sc((x + R, y + R))], fill=255, outline=0, width=3 * S)
        if q in accepting:
            r2 = R - 8
            d.ellipse([sc((x - r2, y - r2)), sc((x + r2, y + r2))], outline=0, width=2 * S)
    sx, sy = pos[start]
    d.line([sc((sx - R - 90, sy)), sc((sx - R - 4, sy))], fill=0, width=3 * S)
    arrowhead((sx - R - 2, sy), (sx - R - 60, sy))
    img = img.resize((W, H), Image.LANCZOS)
    d = ImageDraw.Draw(img)
    fq = ImageFont.truetype(_DJV + "DejaVuSerif-Italic.ttf", 32)
    fs = ImageFont.truetype(_DJV + "DejaVuSerif.ttf", 28)
    for q, (x, y) in pos.items():
        d.text((x, y), q, font=fq, fill=0, anchor="mm")
    for x, y, sym in labels:
        d.text((x, y), sym, font=fs, fill=0, anchor="mm")
    d.text((sx - R - 60, sy - 22), "start", font=ImageFont.truetype(_DJV + "DejaVuSerif-Italic.ttf", 20),
           fill=0, anchor="mm")
    d.text((W / 2, H - 34), "Figure 2.9  A three-state automaton.", font=ImageFont.truetype(
        _DJV + "DejaVuSerif.ttf", 22), fill=0, anchor="mm")
    return _png(_photocopy(img, seed=29))


def cases() -> list[dict]:
    return [
        {"id": "h4-automata-graphviz-sfdp", "text": _T1, "tool": "graphviz sfdp",
         "style": "multiscale force layout, cairo PNG, pastel fills, doublecircle accepting, Liberation Sans "
                  "Narrow, 110 dpi",
         "draw": _draw_sfdp,
         "wrongs": ["q3_plain", "start_on_q1", "q1_q2_reversed", "q2_q3_symbol"]},
        {"id": "h4-automata-networkx-darkgrid", "text": _T2, "tool": "networkx + matplotlib",
         "style": "seaborn-v0_8-darkgrid (grey panel, white grid), big filled states, outer accepting ring, "
                  "boxed symbols, 900x540",
         "draw": _draw_networkx,
         "wrongs": ["S_plain", "start_on_T", "T_S_symbol", "S_loop_dropped"]},
        {"id": "h4-automata-pil-photocopy", "text": _T3, "tool": "PIL + numpy photocopy",
         "style": "ink diagram with Bezier edges, photocopied scan (skew, toner noise, gutter shadow), "
                  "DejaVu Serif italic, 860x600",
         "draw": _draw_photocopy,
         "wrongs": ["w_plain", "start_on_v", "v_w_reversed", "u_w_symbol"]},
    ]
