"""Held-out set 3 — finite-automaton figures drawn by other tools.

Three cases:
  h3-automata-networkx-muted    networkx drawing functions on matplotlib (`seaborn-v0_8-muted`), curved edges,
                                edge-label boxes, accepting state as an extra ring (900 x 620)
  h3-automata-graphviz-svg-dark graphviz `dot` (rankdir TB) written as SVG and rasterised by resvg, dark theme,
                                Liberation Mono
  h3-automata-reportlab-serif   reportlab PDF (pdfium raster), hand-placed states, black and white, serif

Deterministic; every PNG re-saved through PIL as RGB with no text chunks.
"""
from __future__ import annotations

import io
import math
import re
import subprocess

from PIL import Image

SCIENCE = "automata"

_TT = "/usr/share/fonts/truetype"
_LIB = _TT + "/liberation"
_DJV = _TT + "/dejavu"


def _png(img: Image.Image) -> bytes:
    if img.mode in ("RGBA", "LA", "P"):
        img = img.convert("RGBA")
        bg = Image.new("RGBA", img.size, (255, 255, 255, 255))
        bg.alpha_composite(img)
        img = bg
    img = img.convert("RGB")
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False, compress_level=6)
    return buf.getvalue()


def _mpl_png(fig, dpi) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    FigureCanvasAgg(fig)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None})
    buf.seek(0)
    return _png(Image.open(buf))


def _pdf_png(paint, w_pt: float, h_pt: float, scale: float) -> bytes:
    from reportlab.pdfgen import canvas
    import pypdfium2 as pdfium
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(w_pt, h_pt), invariant=1, pageCompression=0)
    paint(c)
    c.showPage()
    c.save()
    pdf = pdfium.PdfDocument(buf.getvalue())
    try:
        page = pdf[0]
        img = page.render(scale=scale).to_pil()
        page.close()
    finally:
        pdf.close()
    return _png(img)


def _rl_font(name: str, path: str) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, path))
    return name


# ----------------------------------------------------------------------------------------------------
# Case 1: networkx + matplotlib (seaborn-v0_8-muted)
# ----------------------------------------------------------------------------------------------------
_T1 = ("A DFA with states s0, s1 and s2; s0 is the start state and s2 is accepting. "
       "s0 goes to s1 on a, s1 goes to s2 on b, s2 goes to s0 on a, and s1 loops on a.")


def _draw_networkx(wrong):
    import matplotlib.pyplot as plt
    import networkx as nx
    from matplotlib.figure import Figure
    edges = [("s0", "s1", "a"), ("s1", "s2", "b"), ("s2", "s0", "a"), ("s1", "s1", "a")]
    accepting = {"s2"}
    if wrong == "edge_reversed":
        # breaks "s1 goes to s2 on b": the edge is drawn from s2 to s1
        edges[1] = ("s2", "s1", "b")
    if wrong == "symbol_changed":
        # breaks "s0 goes to s1 on a": the edge is labelled b
        edges[0] = ("s0", "s1", "b")
    if wrong == "accepting_moved":
        # breaks "s2 is accepting": s1 carries the accepting ring instead of s2
        accepting = {"s1"}
    if wrong == "loop_dropped":
        # breaks "s1 loops on a": the self-loop is missing
        edges = edges[:3]
    G = nx.DiGraph()
    G.add_nodes_from(["s0", "s1", "s2"])
    for u, v, lab in edges:
        G.add_edge(u, v, label=lab)
    pos = {"s0": (0.0, 0.0), "s1": (2.4, 0.0), "s2": (1.2, -1.75)}
    with plt.style.context("seaborn-v0_8-muted"):
        cyc = plt.rcParams["axes.prop_cycle"].by_key()["color"]
        fig = Figure(figsize=(9, 6.6))
        ax = fig.add_axes([0.02, 0.02, 0.96, 0.86])
        ax.set_xlim(-1.3, 3.4)
        ax.set_ylim(-2.45, 1.75)
        ax.set_aspect("equal")
        ax.axis("off")
        ns = 2600
        nx.draw_networkx_nodes(G, pos, ax=ax, node_size=ns, node_color=cyc[0], edgecolors="#1f2d3d",
                               linewidths=2.0)
        acc = [n for n in G.nodes if n in accepting]
        ax.scatter([pos[n][0] for n in acc], [pos[n][1] for n in acc], s=ns * 1.55, facecolors="none",
                   edgecolors="#1f2d3d", linewidths=2.0, zorder=0.5)
        nx.draw_networkx_labels(G, pos, ax=ax, font_size=17, font_color="white", font_weight="bold")
        straight = [(u, v) for u, v, _ in edges if u != v]
        loops = [(u, v) for u, v, _ in edges if u == v]
        nx.draw_networkx_edges(G, pos, ax=ax, edgelist=straight, node_size=ns * 1.6, arrowstyle="-|>",
                               arrowsize=24, width=2.0, edge_color="#333", connectionstyle="arc3,rad=0.18")
        if loops:
            nx.draw_networkx_edges(G, pos, ax=ax, edgelist=loops, node_size=ns, arrowstyle="-|>", arrowsize=22,
                                   width=2.0, edge_color="#333")
        lab = {(u, v): d["label"] for u, v, d in G.edges(data=True) if u != v}
        nx.draw_networkx_edge_labels(G, pos, edge_labels=lab, ax=ax, font_size=16, connectionstyle="arc3,rad=0.18",
                                     bbox=dict(boxstyle="round,pad=0.25", fc="#fff7d6", ec="#c9a227"))
        for u, v, l_ in edges:
            if u == v:
                ax.text(pos[u][0], pos[u][1] + 0.78, l_, ha="center", va="center", fontsize=16,
                        bbox=dict(boxstyle="round,pad=0.25", fc="#fff7d6", ec="#c9a227"))
        ax.annotate("", xy=(pos["s0"][0] - 0.36, pos["s0"][1]), xytext=(pos["s0"][0] - 1.15, pos["s0"][1]),
                    arrowprops=dict(arrowstyle="-|>", lw=2.0, color="#333", mutation_scale=22))
        ax.text(pos["s0"][0] - 1.15, pos["s0"][1] + 0.14, "start", fontsize=13, color="#333")
        fig.suptitle("DFA over {a, b}", fontsize=17, y=0.96)
        return _mpl_png(fig, 100)


# ----------------------------------------------------------------------------------------------------
# Case 2: graphviz dot -> SVG -> resvg, dark theme
# ----------------------------------------------------------------------------------------------------
_T2 = ("An automaton over {0, 1} with states A and B, start A, accepting B: A goes to B on 1, "
       "B goes to A on 0, A loops on 0 and B loops on 1.")


def _draw_graphviz_svg(wrong):
    import resvg_py
    start = "A"
    if wrong == "start_on_B":
        # breaks "start A": the start arrow points at B
        start = "B"
    b_shape = "doublecircle"
    if wrong == "B_not_accepting":
        # breaks "accepting B": B is drawn as a plain circle
        b_shape = "circle"
    edges = [("A", "B", "1"), ("B", "A", "0"), ("A", "A", "0"), ("B", "B", "1")]
    if wrong == "edge_reversed":
        # breaks "B goes to A on 0": the 0-edge is drawn from A to B
        edges[1] = ("A", "B", "0")
    if wrong == "loop_B_dropped":
        # breaks "B loops on 1": the self-loop on B is missing
        edges = edges[:3]
    lines = ['digraph M {', ' rankdir=TB; bgcolor="#0f172a"; pad=0.3; nodesep=0.8; ranksep=0.9;',
             ' node [shape=circle fontname="Liberation Mono" fontsize=18 fontcolor="#e2e8f0" color="#38bdf8" '
             'penwidth=2.2 width=0.7 fixedsize=true];',
             ' edge [color="#94a3b8" fontcolor="#fbbf24" fontname="Liberation Mono" fontsize=18 penwidth=1.6 '
             'arrowsize=0.9];',
             ' __start [shape=plaintext label="start" fontcolor="#94a3b8" fontsize=14 fixedsize=false];',
             f' A; B [shape={b_shape}];',
             f' __start -> {start};']
    for u, v, s in edges:
        lines.append(f' {u} -> {v} [label=" {s}"];')
    lines.append('}')
    svg = subprocess.run(["dot", "-Tsvg"], input="\n".join(lines).encode(), capture_output=True,
                         check=True).stdout.decode()
    # resvg refuses graphviz's "262pt" root size: give it the same numbers as user units
    svg = re.sub(r'(width|height)="([0-9.]+)pt"', lambda m: '%s="%s"' % (m.group(1), m.group(2)), svg, count=2)
    raw = resvg_py.svg_to_bytes(svg_string=svg, zoom=2.5, skip_system_fonts=True,
                                font_files=[_LIB + "/LiberationMono-Regular.ttf"])
    return _png(Image.open(io.BytesIO(bytes(raw))))


# ----------------------------------------------------------------------------------------------------
# Case 3: reportlab, black and white, serif
# ----------------------------------------------------------------------------------------------------
_T3 = ("A finite automaton with states p, q, r and t; p is initial; r and t are accepting; "
       "p goes to q on x, q goes to r on y, q goes to t on z.")


def _draw_reportlab_fa(wrong):
    serif = _rl_font("H3LibSerif", _LIB + "/LiberationSerif-Regular.ttf")
    serif_i = _rl_font("H3LibSerifIt", _LIB + "/LiberationSerif-Italic.ttf")
    W, H = 420.0, 250.0
    pos = {"p": (95.0, 130.0), "q": (215.0, 130.0), "r": (335.0, 195.0), "t": (335.0, 65.0)}
    rr = 19.0
    accepting = {"r", "t"}
    if wrong == "t_not_accepting":
        # breaks "r and t are accepting": t is drawn as a plain state
        accepting = {"r"}
    edges = [("p", "q", "x"), ("q", "r", "y"), ("q", "t", "z")]
    states = ["p", "q", "r", "t"]
    if wrong == "symbol_changed":
        # breaks "q goes to t on z": the edge is labelled y
        edges[2] = ("q", "t", "y")
    if wrong == "edge_reversed":
        # breaks "p goes to q on x": the arrow points from q to p
        edges[0] = ("q", "p", "x")
    if wrong == "t_dropped":
        # breaks "states p, q, r and t": the state t (and its incoming edge) is missing
        states = ["p", "q", "r"]
        edges = edges[:2]

    def arrow(c, x1, y1, x2, y2):
        c.line(x1, y1, x2, y2)
        a = math.atan2(y2 - y1, x2 - x1)
        p = c.beginPath()
        p.moveTo(x2, y2)
        p.lineTo(x2 - 9 * math.cos(a) + 3.6 * math.sin(a), y2 - 9 * math.sin(a) - 3.6 * math.cos(a))
        p.lineTo(x2 - 9 * math.cos(a) - 3.6 * math.sin(a), y2 - 9 * math.sin(a) + 3.6 * math.cos(a))
        p.close()
        c.drawPath(p, stroke=0, fill=1)

    def paint(c):
        c.setFillGray(1)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillGray(0)
        c.setStrokeGray(0)
        c.setLineWidth(1.2)
        for s in states:
            x, y = pos[s]
            c.circle(x, y, rr, stroke=1, fill=0)
            if s in accepting:
                c.circle(x, y, rr - 4, stroke=1, fill=0)
            c.setFont(serif_i, 17)
            c.drawCentredString(x, y - 5.5, s)
        # start arrow into p
        px, py = pos["p"]
        arrow(c, px - rr - 48, py, px - rr - 1, py)
        c.setFont(serif, 11)
        c.drawString(px - rr - 48, py + 6, "start")
        for u, v, sym in edges:
            (x1, y1), (x2, y2) = pos[u], pos[v]
            d = math.hypot(x2 - x1, y2 - y1)
            ux, uy = (x2 - x1) / d, (y2 - y1) / d
            arrow(c, x1 + ux * rr, y1 + uy * rr, x2 - ux * (rr + 1), y2 - uy * (rr + 1))
            mx, my = (x1 + x2) / 2, (y1 + y2) / 2
            nx_, ny_ = -uy, ux
            if ny_ < 0:
                nx_, ny_ = -nx_, -ny_
            c.setFont(serif_i, 15)
            c.drawCentredString(mx + nx_ * 11, my + ny_ * 11 - 4, sym)
        c.setFont(serif, 10.5)
        c.drawString(18, 14, "Figure 3.  Transition diagram; accepting states are drawn with a double circle.")

    return _pdf_png(paint, W, H, 2.4)


def cases():
    return [
        {"id": "h3-automata-networkx-muted", "text": _T1, "tool": "networkx+matplotlib",
         "style": "seaborn-v0_8-muted-curved-edges", "draw": _draw_networkx,
         "wrongs": ["edge_reversed", "symbol_changed", "accepting_moved", "loop_dropped"]},
        {"id": "h3-automata-graphviz-svg-dark", "text": _T2, "tool": "graphviz-dot+svg+resvg", "style": "dark-mono",
         "draw": _draw_graphviz_svg, "wrongs": ["start_on_B", "B_not_accepting", "edge_reversed", "loop_B_dropped"]},
        {"id": "h3-automata-reportlab-serif", "text": _T3, "tool": "reportlab+pdfium", "style": "bw-serif-italic",
         "draw": _draw_reportlab_fa, "wrongs": ["t_not_accepting", "symbol_changed", "edge_reversed", "t_dropped"]},
    ]
