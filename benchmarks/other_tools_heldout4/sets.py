"""Held-out set 4, sets: three figures drawn by three other tools.

* ``h4-sets-graphviz-osage``   graphviz ``osage`` (cluster packing) to its own PNG renderer: sets as rounded
  filled clusters, elements as circled nodes.
* ``h4-sets-pil-twocolour``    raw PIL "two-colour textbook print": black plus one red spot colour, the sets
  shaded with a halftone dot screen (denser where they overlap), serif bold italic letters.
* ``h4-sets-mpl-colorblind``   matplotlib ``seaborn-v0_8-colorblind`` written as SVG by matplotlib's SVG
  backend and rasterised by resvg; hatched regions, elements as text.

Every wrong has exactly one error against a fact the text states (commented where it is drawn).
"""
from __future__ import annotations

import io
import math
import re
import subprocess

import numpy as np
from PIL import Image, ImageDraw, ImageFont

SCIENCE = "sets"

_LIB = "/usr/share/fonts/truetype/liberation/"


def _png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, format="PNG")
    return buf.getvalue()


# ---------------------------------------------------------------------------------------------------------
# 1. graphviz osage
# ---------------------------------------------------------------------------------------------------------
_T1 = "Let A = {1, 2, 3} and B = {4, 5}; A and B are disjoint."


def _draw_osage(wrong: str | None) -> bytes:
    a_elems = ["1", "2", "3"]
    b_elems = ["4", "5"]
    if wrong == "three_in_B":
        # breaks "A = {1, 2, 3}" (and B = {4, 5}): the element 3 is drawn in B
        a_elems, b_elems = ["1", "2"], ["3", "4", "5"]
    if wrong == "five_dropped":
        # breaks "B = {4, 5}": the element 5 is missing
        b_elems = ["4"]
    if wrong == "extra_six":
        # breaks "A = {1, 2, 3}": an element 6 is drawn in A
        a_elems = ["1", "2", "3", "6"]

    def nodes(prefix, elems):
        return "\n".join(f'    {prefix}{e} [label="{e}"];' for e in elems)

    cluster_b = (
        '  subgraph cluster_B { label="B"; fontsize=30; style="rounded,filled"; fillcolor="#fde3cf";\n'
        '    color="#b35a1f"; penwidth=3; margin=22;\n' + nodes("b", b_elems) + "\n  }\n")
    inner_b = ""
    if wrong == "B_inside_A":
        # breaks "A and B are disjoint": B is drawn nested inside A
        inner_b, cluster_b = cluster_b, ""
    dot = (
        "graph G {\n"
        '  graph [pack=60, packmode="array_c1", bgcolor="#fbfbf7", pad=0.4, dpi=100,\n'
        '         fontname="DejaVu Serif"];\n'
        '  node [shape=circle, style=filled, fillcolor="white", color="#555555", fontname="DejaVu Serif",\n'
        "        fontsize=22, width=0.55, fixedsize=true];\n"
        '  subgraph cluster_A { label="A"; fontsize=30; style="rounded,filled"; fillcolor="#dbe9f6";\n'
        '    color="#1f5f9f"; penwidth=3; margin=22;\n' + nodes("a", a_elems) + "\n" + inner_b + "  }\n"
        + cluster_b + "}\n")
    png = subprocess.run(["osage", "-Tpng"], input=dot.encode(), capture_output=True, check=True).stdout
    return _png(Image.open(io.BytesIO(png)))


# ---------------------------------------------------------------------------------------------------------
# 2. PIL two-colour print with halftone screens
# ---------------------------------------------------------------------------------------------------------
_T2 = "Sets P, Q and R: P and Q overlap, Q and R overlap, and P and R are disjoint."


def _draw_twocolour(wrong: str | None) -> bytes:
    W, H = 1080, 620
    red = np.array([200, 35, 45], dtype=np.float64)
    paper = np.array([250, 247, 238], dtype=np.float64)
    R0 = 150
    centres = {"P": (330, 260), "Q": (550, 260), "R": (770, 260)}
    if wrong == "P_R_overlap":
        # breaks "P and R are disjoint": R is drawn below between P and Q, overlapping P too
        centres["R"] = (450, 400)
    if wrong == "Q_R_disjoint":
        # breaks "Q and R overlap": R is moved right, clear of Q
        centres["R"] = (910, 260)
    if wrong == "P_Q_disjoint":
        # breaks "P and Q overlap": P is moved left, clear of Q
        centres["P"] = (210, 260)
    if wrong == "R_dropped":
        # breaks "Sets P, Q and R": R is not drawn
        del centres["R"]

    ys, xs = np.mgrid[0:H, 0:W].astype(np.float64)
    count = np.zeros((H, W))
    for cx, cy in centres.values():
        count += (np.hypot(xs - cx, ys - cy) <= R0)
    # halftone: a 45-degree dot screen; the dot radius grows with the number of sets covering a point
    u = (xs + ys) / math.sqrt(2)
    v = (xs - ys) / math.sqrt(2)
    period = 9.0
    du = (u % period) - period / 2
    dv = (v % period) - period / 2
    dist = np.hypot(du, dv)
    rad = np.where(count >= 2, 3.6, np.where(count >= 1, 2.0, 0.0))
    ink = np.where(rad > 0, np.clip(rad - dist + 0.5, 0.0, 1.0), 0.0)[..., None]
    arr = paper[None, None, :] * (1 - ink) + red[None, None, :] * ink
    img = Image.fromarray(arr.astype(np.uint8), "RGB")
    d = ImageDraw.Draw(img)
    for cx, cy in centres.values():
        d.ellipse([cx - R0, cy - R0, cx + R0, cy + R0], outline=(20, 20, 20), width=3)
    f = ImageFont.truetype(_LIB + "LiberationSerif-BoldItalic.ttf", 44)
    for name, (cx, cy) in centres.items():
        off = {"P": (-125, -135), "Q": (0, -178), "R": (125, -135)}[name]
        if wrong == "P_R_overlap" and name == "R":
            off = (175, 60)
        d.text((cx + off[0], cy + off[1]), name, font=f, fill=(20, 20, 20), anchor="mm")
    fc = ImageFont.truetype(_LIB + "LiberationSerif-Regular.ttf", 22)
    d.text((40, H - 30), "Figure 1.7", font=ImageFont.truetype(_LIB + "LiberationSerif-Bold.ttf", 22),
           fill=(200, 35, 45), anchor="lm")
    d.text((160, H - 30), "Three sets P, Q and R.", font=fc, fill=(20, 20, 20), anchor="lm")
    return _png(img)


# ---------------------------------------------------------------------------------------------------------
# 3. matplotlib (seaborn-v0_8-colorblind) -> SVG -> resvg
# ---------------------------------------------------------------------------------------------------------
_T3 = "Let E = {2, 4, 6, 8} and F = {4, 8}; F is a subset of E."


def _draw_mpl(wrong: str | None) -> bytes:
    import matplotlib
    import matplotlib.pyplot as plt
    from matplotlib.figure import Figure
    from matplotlib.patches import Ellipse
    import resvg_py

    pos = {"2": (-2.6, 0.9), "6": (-2.2, -1.1), "4": (1.0, 0.6), "8": (2.05, -0.55)}
    f_centre, f_w, f_h = (1.4, -0.1), 3.4, 3.2
    if wrong == "F_crosses_E":
        # breaks "F is a subset of E": F pokes out through E's boundary (4 and 8 stay in E and F)
        f_centre = (3.3, -0.1)
        pos["4"], pos["8"] = (2.45, 0.5), (2.6, -0.6)
    if wrong == "six_in_F":
        # breaks "F = {4, 8}": 6 is drawn inside F
        pos["6"] = (0.75, -0.95)
    if wrong == "eight_outside_F":
        # breaks "F = {4, 8}": 8 lies in E but outside F
        pos["8"] = (-0.8, -1.55)
    if wrong == "two_dropped":
        # breaks "E = {2, 4, 6, 8}": the element 2 is missing
        del pos["2"]

    with plt.style.context("seaborn-v0_8-colorblind"), matplotlib.rc_context(
            {"svg.hashsalt": "h4-sets", "hatch.linewidth": 0.8, "font.family": "DejaVu Sans"}):
        cyc = plt.rcParams["axes.prop_cycle"].by_key()["color"]
        fig = Figure(figsize=(8.2, 6.0), dpi=100)
        ax = fig.add_subplot(111)
        ax.set_xlim(-5.2, 5.4)
        ax.set_ylim(-3.6, 3.7)
        ax.set_aspect("equal")
        ax.axis("off")
        ax.add_patch(Ellipse((0, 0), 8.6, 5.6, facecolor="none", edgecolor=cyc[0], hatch="//", lw=2.5))
        ax.add_patch(Ellipse(f_centre, f_w, f_h, facecolor="white", edgecolor=cyc[1], hatch="\\\\", lw=2.5))
        ax.add_patch(Ellipse(f_centre, f_w, f_h, facecolor="none", edgecolor=cyc[1], lw=2.5))
        ax.text(-3.6, 2.55, "E", fontsize=30, color=cyc[0], fontweight="bold", ha="center", va="center")
        ax.text(f_centre[0], f_centre[1] + f_h / 2 + 0.35, "F", fontsize=30, color=cyc[1], fontweight="bold",
                ha="center", va="center")
        for k, (x, y) in pos.items():
            ax.text(x, y, k, fontsize=24, ha="center", va="center",
                    bbox=dict(boxstyle="circle,pad=0.25", fc="white", ec="#444444", lw=1.0))
        ax.set_title("Subset F of E", fontsize=16, loc="left", color="#333333")
        buf = io.StringIO()
        fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None})
    # this resvg build rejects "pt" sizes: drop the unit (1 pt = 1 user unit) and zoom 100/72 to 100 dpi
    svg = re.sub(r'width="([\d.]+)pt" height="([\d.]+)pt"', r'width="\1" height="\2"', buf.getvalue(), count=1)
    png = resvg_py.svg_to_bytes(svg_string=svg, skip_system_fonts=True, zoom=100 / 72)
    return _png(Image.open(io.BytesIO(bytes(png))))


def cases() -> list[dict]:
    return [
        {"id": "h4-sets-graphviz-osage", "text": _T1, "tool": "graphviz osage",
         "style": "cluster packing, rounded filled clusters as sets, circled elements, DejaVu Serif, ~960x320",
         "draw": _draw_osage,
         "wrongs": ["three_in_B", "five_dropped", "extra_six", "B_inside_A"]},
        {"id": "h4-sets-pil-twocolour", "text": _T2, "tool": "PIL + numpy halftone",
         "style": "two-colour print (black + red spot colour), halftone dot screens, serif bold italic, 1080x620",
         "draw": _draw_twocolour,
         "wrongs": ["P_R_overlap", "Q_R_disjoint", "P_Q_disjoint", "R_dropped"]},
        {"id": "h4-sets-mpl-colorblind", "text": _T3, "tool": "matplotlib SVG backend + resvg",
         "style": "seaborn-v0_8-colorblind, hatched ellipses, circled element labels, 820x600",
         "draw": _draw_mpl,
         "wrongs": ["F_crosses_E", "six_in_F", "eight_outside_F", "two_dropped"]},
    ]
