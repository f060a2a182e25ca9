"""Held-out automata figures drawn by other tools (outside helper, session 37).

Five texts nesy reads in the automata science: graphviz ``dot`` left-to-right in black and white (Liberation
Serif, a "start" arrow), graphviz ``twopi`` radial layout with colour fills, graphviz ``fdp`` (fixed seed) with
edges coloured by symbol, matplotlib ``bmh`` with states on a square and math-text subscripts (q₀ …), and a raw
PIL chalkboard (chalk on dark green). ``draw(None)`` is the correct figure; ``draw(name)`` has exactly one
error against a stated fact (commented at each branch). Graphviz is called through its command-line binaries.
"""
from __future__ import annotations

import io
import math
import subprocess

from PIL import Image, ImageDraw, ImageFont

SCIENCE = "automata"

_FONTS = "/usr/share/fonts/truetype"


def _clean_png(raw: bytes) -> bytes:
    im = Image.open(io.BytesIO(raw))
    im.load()
    out = io.BytesIO()
    im.convert("RGB").save(out, format="PNG")
    return out.getvalue()


def _graphviz(src: str, engine: str, dpi: int) -> bytes:
    raw = subprocess.run([engine, "-Tpng", f"-Gdpi={dpi}"], input=src.encode("utf-8"), capture_output=True,
                         check=True).stdout
    return _clean_png(raw)


def _fig_png(fig, dpi: int, **kw) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None}, **kw)
    return _clean_png(buf.getvalue())


def _new_fig(w: float, h: float):
    from matplotlib.figure import Figure
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    fig = Figure(figsize=(w, h))
    FigureCanvasAgg(fig)
    return fig


# ---------------------------------------------------------------------------------------------------------
# 1. graphviz dot, rankdir=LR, black and white, Liberation Serif, 96 dpi
# ---------------------------------------------------------------------------------------------------------
TEXT_1 = ("A DFA over {0,1} with states s0, s1 and s2. s0 is the initial state and s2 is the only accepting "
          "state. From s0, reading 1 goes to s1 and reading 0 stays in s0. From s1, 1 goes to s2 and 0 goes "
          "back to s0. s2 loops on 0 and 1.")


def _draw_1(wrong: str | None) -> bytes:
    accepting = {"s2"}
    if wrong == "s1_accepting":
        # breaks "s2 is the only accepting state": s1 is drawn accepting too
        accepting.add("s1")
    start = "s0"
    if wrong == "start_on_s1":
        # breaks "s0 is the initial state": the start arrow points at s1
        start = "s1"
    edges = [("s0", "s1", "1"), ("s0", "s0", "0"), ("s1", "s2", "1"), ("s1", "s0", "0"), ("s2", "s2", "0, 1")]
    if wrong == "loop_s0_symbol_1":
        # breaks "reading 0 stays in s0": the self-loop on s0 is labelled 1
        edges[1] = ("s0", "s0", "1")
    if wrong == "s1_s0_reversed":
        # breaks "From s1, … 0 goes back to s0": the 0-edge runs from s0 to s1
        edges[3] = ("s0", "s1", "0")
    lines = ['digraph G {', 'rankdir=LR; bgcolor="white"; pad=0.3; nodesep=0.6; ranksep=0.9;',
             'node [fontname="Liberation Serif", fontsize=18, shape=circle, width=0.75, penwidth=1.4];',
             'edge [fontname="Liberation Serif", fontsize=16, penwidth=1.2, arrowsize=0.9];',
             'start [shape=plaintext, label="start", fontsize=15];']
    for s in ("s0", "s1", "s2"):
        shape = "doublecircle" if s in accepting else "circle"
        lines.append(f'{s} [shape={shape}];')
    lines.append(f'start -> {start};')
    for a, b, sym in edges:
        lines.append(f'{a} -> {b} [label=" {sym} "];')
    lines.append('}')
    return _graphviz("\n".join(lines), "dot", 96)


# ---------------------------------------------------------------------------------------------------------
# 2. graphviz twopi, radial from q, colour fills (start green, accepting gold), Liberation Sans Narrow
# ---------------------------------------------------------------------------------------------------------
TEXT_2 = "An NFA with states p, q, r: start state p, accepting state r; p -a-> p, p -a-> q, q -b-> r."


def _draw_2(wrong: str | None) -> bytes:
    accepting = {"r"}
    if wrong == "r_not_accepting":
        # breaks "accepting state r": r is drawn as an ordinary state
        accepting = set()
    if wrong == "q_accepting":
        # breaks "accepting state r" (the only one named): q is drawn accepting as well
        accepting.add("q")
    edges = [("p", "p", "a"), ("p", "q", "a"), ("q", "r", "b")]
    if wrong == "qr_symbol_a":
        # breaks "q -b-> r": the edge from q to r is labelled a
        edges[2] = ("q", "r", "a")
    if wrong == "p_loop_missing":
        # breaks "p -a-> p": the self-loop on p is missing
        edges = edges[1:]
    fill = {"p": "#b7e4c7", "q": "#dde7f0", "r": "#ffd166"}
    lines = ['digraph N {', 'root=q; ranksep="1.5"; bgcolor="#fbfbf8"; pad="1.0,0.35";',
             'node [fontname="Liberation Sans Narrow", fontsize=20, style=filled, color="#37474f", '
             'penwidth=1.6, width=0.7, fixedsize=true];',
             'edge [fontname="Liberation Sans Narrow", fontsize=18, color="#37474f", fontcolor="#b3261e", '
             'penwidth=1.4];',
             'entry [shape=point, width=0.08, color="#37474f", style=filled];']
    for s in ("p", "q", "r"):
        shape = "doublecircle" if s in accepting else "circle"
        f = fill[s] if (s != "r" or "r" in accepting) else "#dde7f0"
        if s == "q" and "q" in accepting:
            f = "#ffd166"
        lines.append(f'{s} [shape={shape}, fillcolor="{f}"];')
    lines.append('entry -> p [color="#2d6a4f", penwidth=2.0];')
    for a, b, sym in edges:
        lines.append(f'{a} -> {b} [label="{sym}"];')
    lines.append('}')
    return _graphviz("\n".join(lines), "twopi", 110)


# ---------------------------------------------------------------------------------------------------------
# 3. graphviz fdp (seeded), white nodes with thick coloured outlines, edges coloured by symbol, 130 dpi
# ---------------------------------------------------------------------------------------------------------
TEXT_3 = ("A DFA with states A, B, C, D; A is the start state; C and D are accepting; A goes to B on x, "
          "B goes to C on y, B goes to D on x, D goes to A on y.")


def _draw_3(wrong: str | None) -> bytes:
    states = ["A", "B", "C", "D"]
    accepting = {"C", "D"}
    if wrong == "d_not_accepting":
        # breaks "C and D are accepting": D is drawn as an ordinary state
        accepting.discard("D")
    edges = [("A", "B", "x"), ("B", "C", "y"), ("B", "D", "x"), ("D", "A", "y")]
    if wrong == "da_reversed":
        # breaks "D goes to A on y": the y-edge runs from A to D
        edges[3] = ("A", "D", "y")
    if wrong == "bd_symbol_y":
        # breaks "B goes to D on x": the edge from B to D is labelled y
        edges[2] = ("B", "D", "y")
    if wrong == "c_missing":
        # breaks "states A, B, C, D" (and "B goes to C on y"): state C is not drawn
        states.remove("C")
        edges = [e for e in edges if "C" not in e[:2]]
    colour = {"x": "#1565c0", "y": "#c62828"}
    pos = {"A": "0,0", "B": "2.4,0", "C": "4.6,0.9", "D": "2.0,-2.0"}
    lines = ['digraph F {', 'start=11; K=1.4; sep="+18"; bgcolor="white"; pad=0.3; splines=true;',
             'node [fontname="DejaVu Sans", fontsize=17, shape=circle, style=filled, fillcolor="white", '
             'color="#455a64", penwidth=2.6, width=0.65, fixedsize=true];',
             'edge [fontname="DejaVu Sans", fontsize=16, penwidth=1.8, arrowsize=1.0];',
             'in [shape=none, label="", width=0.05, height=0.05, pos="-1.4,0.6"];']
    for s in states:
        shape = "doublecircle" if s in accepting else "circle"
        lines.append(f'{s} [shape={shape}, pos="{pos[s]}"];')
    lines.append('in -> A [color="#455a64", penwidth=2.2];')
    for a, b, sym in edges:
        lines.append(f'{a} -> {b} [label="{sym}", color="{colour[sym]}", fontcolor="{colour[sym]}"];')
    lines.append('}')
    return _graphviz("\n".join(lines), "fdp", 130)


# ---------------------------------------------------------------------------------------------------------
# 4. matplotlib bmh: states on a square, math-text names q₀…q₃, boxed edge labels, serif
# ---------------------------------------------------------------------------------------------------------
TEXT_4 = ("Design a DFA with states q0, q1, q2, q3 where q0 is initial and q3 is final. "
          "Transitions: δ(q0, a) = q1, δ(q1, b) = q2, δ(q2, a) = q3, δ(q3, b) = q0.")


def _draw_4(wrong: str | None) -> bytes:
    import matplotlib.pyplot as plt
    from matplotlib.patches import Circle, FancyArrowPatch
    with plt.style.context("bmh"), plt.rc_context({"font.family": "DejaVu Serif", "mathtext.fontset": "dejavuserif",
                                                    "font.size": 15}):
        pos = {0: (0.0, 3.0), 1: (4.0, 3.0), 2: (4.0, 0.0), 3: (0.0, 0.0)}
        accepting = {3}
        if wrong == "q2_accepting":
            # breaks "q3 is final" (the only final state): q2 is drawn accepting too
            accepting.add(2)
        start = 0
        if wrong == "start_on_q1":
            # breaks "q0 is initial": the start arrow points at q1
            start = 1
        edges = [(0, 1, "a"), (1, 2, "b"), (2, 3, "a"), (3, 0, "b")]
        if wrong == "q1q2_symbol_a":
            # breaks "δ(q1, b) = q2": the edge from q1 to q2 is labelled a
            edges[1] = (1, 2, "a")
        if wrong == "q3q0_reversed":
            # breaks "δ(q3, b) = q0": the b-edge runs from q0 to q3
            edges[3] = (0, 3, "b")
        fig = _new_fig(6.0, 5.0)
        ax = fig.add_axes((0, 0, 1, 1))
        ax.set_xlim(-2.2, 5.6)
        ax.set_ylim(-1.2, 4.3)
        ax.set_aspect("equal")
        ax.axis("off")
        R = 0.5
        for i, (x, y) in pos.items():
            ax.add_patch(Circle((x, y), R, facecolor="#fdfdfd", edgecolor="#348abd", lw=2.0, zorder=3))
            if i in accepting:
                ax.add_patch(Circle((x, y), R - 0.1, facecolor="none", edgecolor="#348abd", lw=1.6, zorder=4))
            ax.text(x, y, f"$q_{i}$", ha="center", va="center", fontsize=19, zorder=5)
        sx, sy = pos[start]
        ax.add_patch(FancyArrowPatch((sx - 1.7, sy + 0.0), (sx - R, sy), arrowstyle="-|>", mutation_scale=18,
                                     color="#a60628", lw=2.0, zorder=2))
        for a, b, sym in edges:
            pa, pb = pos[a], pos[b]
            ax.add_patch(FancyArrowPatch(pa, pb, arrowstyle="-|>", mutation_scale=18, color="#333333", lw=1.5,
                                         shrinkA=27, shrinkB=27, connectionstyle="arc3,rad=-0.18", zorder=2))
            mx, my = (pa[0] + pb[0]) / 2, (pa[1] + pb[1]) / 2
            dx, dy = pb[0] - pa[0], pb[1] - pa[1]
            n = math.hypot(dx, dy)
            # arc3 with rad < 0 bulges to the left of the direction of travel: put the symbol there
            ox, oy = -dy / n, dx / n
            ax.text(mx + 0.6 * ox, my + 0.6 * oy, sym, ha="center", va="center",
                    fontsize=16, bbox=dict(boxstyle="round,pad=0.2", fc="white", ec="#999999", lw=0.8))
        return _fig_png(fig, 100, facecolor="#eeeeee")


# ---------------------------------------------------------------------------------------------------------
# 5. raw PIL chalkboard: chalk-white jittered strokes on dark green, italic sans labels
# ---------------------------------------------------------------------------------------------------------
TEXT_5 = ("A finite automaton with states even and odd; even is the start state and also accepting. "
          "even goes to odd on 1, odd goes to even on 1, even loops on 0 and odd loops on 0.")


class _Chalk:
    def __init__(self, d: ImageDraw.ImageDraw, seed: int):
        import random
        self.d = d
        self.rng = random.Random(seed)

    def poly(self, pts, width=4, colour=(238, 238, 228)):
        jit = [(x + self.rng.uniform(-1.2, 1.2), y + self.rng.uniform(-1.2, 1.2)) for (x, y) in pts]
        self.d.line(jit, fill=colour, width=width, joint="curve")

    def circle(self, c, r, width=4):
        n = 90
        pts = [(c[0] + r * math.cos(2 * math.pi * k / n + 0.3), c[1] + r * math.sin(2 * math.pi * k / n + 0.3))
               for k in range(n + 3)]
        self.poly(pts, width)

    def head(self, tip, direction, size=16, width=4):
        ang = math.atan2(direction[1], direction[0])
        for s in (+1, -1):
            a = ang + math.pi - s * 0.45
            self.poly([tip, (tip[0] + size * math.cos(a), tip[1] + size * math.sin(a))], width)


def _bezier(p0, p1, p2, n=40):
    return [((1 - t) ** 2 * p0[0] + 2 * (1 - t) * t * p1[0] + t * t * p2[0],
             (1 - t) ** 2 * p0[1] + 2 * (1 - t) * t * p1[1] + t * t * p2[1]) for t in (k / n for k in range(n + 1))]


def _draw_5(wrong: str | None) -> bytes:
    W, H = 900, 430
    img = Image.new("RGB", (W, H), (32, 64, 48))
    d = ImageDraw.Draw(img)
    ch = _Chalk(d, seed=5)
    font = ImageFont.truetype(f"{_FONTS}/liberation/LiberationSans-Italic.ttf", 34)
    sym = ImageFont.truetype(f"{_FONTS}/liberation/LiberationSans-Regular.ttf", 32)
    chalk = (238, 238, 228)
    pos = {"even": (300, 245), "odd": (640, 245)}
    R = 62
    accepting = {"even"}
    if wrong == "even_not_accepting":
        # breaks "even is the start state and also accepting": even is drawn with a single ring
        accepting = set()
    start = "even"
    if wrong == "start_on_odd":
        # breaks "even is the start state": the start arrow points at odd
        start = "odd"
    loops = {"even": "0", "odd": "0"}
    if wrong == "even_loop_symbol_1":
        # breaks "even loops on 0": the loop on even is labelled 1
        loops["even"] = "1"
    if wrong == "odd_loop_missing":
        # breaks "odd loops on 0": the loop on odd is missing
        del loops["odd"]
    for s, c in pos.items():
        ch.circle(c, R)
        if s in accepting:
            ch.circle(c, R - 11, width=3)
        d.text(c, s, font=font, fill=chalk, anchor="mm")
    # even -> odd on 1 (upper arc), odd -> even on 1 (lower arc)
    e, o = pos["even"], pos["odd"]
    for (a, b, bend) in ((e, o, -110), (o, e, 110)):
        sgn = 1 if bend > 0 else -1
        p0 = (a[0] + (R * 0.8 if b[0] > a[0] else -R * 0.8), a[1] + sgn * R * 0.55)
        p2 = (b[0] + (-R * 0.8 if b[0] > a[0] else R * 0.8), b[1] + sgn * R * 0.55)
        p1 = ((a[0] + b[0]) / 2, a[1] + bend)
        pts = _bezier(p0, p1, p2)
        ch.poly(pts)
        ch.head(pts[-1], (pts[-1][0] - pts[-3][0], pts[-1][1] - pts[-3][1]))
        d.text(((a[0] + b[0]) / 2, a[1] + bend * 0.55 + sgn * 22), "1", font=sym, fill=chalk, anchor="mm")
    # self-loops on top: a circle arc over each state, arrowhead where it re-enters the state
    for s, lab in loops.items():
        c = pos[s]
        lc, lr = (c[0], c[1] - R - 20), 42
        pts = [(lc[0] + lr * math.cos(math.radians(t)), lc[1] - lr * math.sin(math.radians(t)))
               for t in range(232, -53, -6)]
        ch.poly(pts)
        ch.head(pts[-1], (pts[-1][0] - pts[-3][0], pts[-1][1] - pts[-3][1]))
        d.text((c[0], lc[1] - lr - 24), lab, font=sym, fill=chalk, anchor="mm")
    sx, sy = pos[start]
    if start == "even":
        ch.poly([(sx - R - 120, sy), (sx - R - 4, sy)])
        ch.head((sx - R - 4, sy), (1, 0))
        d.text((sx - R - 130, sy - 28), "start", font=sym, fill=chalk, anchor="lm")
    else:
        ch.poly([(sx + R + 120, sy), (sx + R + 4, sy)])
        ch.head((sx + R + 4, sy), (-1, 0))
        d.text((sx + R + 130, sy - 28), "start", font=sym, fill=chalk, anchor="rm")
    out = io.BytesIO()
    img.save(out, format="PNG")
    return _clean_png(out.getvalue())


def cases() -> list[dict]:
    return [
        {"id": "h2-automata-dot-lr-bw", "text": TEXT_1, "tool": "graphviz", "style": "dot LR, bw, serif",
         "draw": _draw_1, "wrongs": ["s1_accepting", "start_on_s1", "loop_s0_symbol_1", "s1_s0_reversed"]},
        {"id": "h2-automata-twopi-colour", "text": TEXT_2, "tool": "graphviz", "style": "twopi radial, colour fills",
         "draw": _draw_2, "wrongs": ["r_not_accepting", "q_accepting", "qr_symbol_a", "p_loop_missing"]},
        {"id": "h2-automata-fdp-symbol-colours", "text": TEXT_3, "tool": "graphviz",
         "style": "fdp seeded, edges coloured by symbol", "draw": _draw_3,
         "wrongs": ["d_not_accepting", "da_reversed", "bd_symbol_y", "c_missing"]},
        {"id": "h2-automata-bmh-mathtext", "text": TEXT_4, "tool": "matplotlib",
         "style": "bmh, math-text subscripts", "draw": _draw_4,
         "wrongs": ["q2_accepting", "start_on_q1", "q1q2_symbol_a", "q3q0_reversed"]},
        {"id": "h2-automata-pil-chalkboard", "text": TEXT_5, "tool": "PIL", "style": "chalkboard hand-drawn",
         "draw": _draw_5,
         "wrongs": ["even_not_accepting", "start_on_odd", "even_loop_symbol_1", "odd_loop_missing"]},
    ]
