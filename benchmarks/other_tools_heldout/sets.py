"""Held-out Euler/Venn figures drawn by other tools (written without reading nesy's figure readers).

Styles: matplotlib xkcd (seeded sketch), matplotlib pastel translucent fills with a universe rectangle and
leader-line labels, matplotlib black-and-white hatching with serif labels, matplotlib thick-stroke
monospace ellipses in a vertical layout at 72 dpi, raw PIL whiteboard marker sketch, graphviz ``dot``
top-to-bottom nested clusters (rounded rectangles as sets).  Every wrong version carries exactly one error
against a fact stated in the text.
"""
from __future__ import annotations

import io
import subprocess

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from matplotlib import patches as mp  # noqa: E402
from PIL import Image, ImageDraw, ImageFont  # noqa: E402

SCIENCE = "sets"
_FONTS = "/usr/share/fonts/truetype/dejavu/"


def _png(fig, dpi) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None})
    plt.close(fig)
    return buf.getvalue()


def _fig(w, h, xlim, ylim):
    fig, ax = plt.subplots(figsize=(w, h))
    ax.set_xlim(*xlim)
    ax.set_ylim(*ylim)
    ax.set_aspect("equal")
    ax.axis("off")
    return fig, ax


def _dot(ax, p, name, color="black", fs=12, family="DejaVu Sans", ms=6):
    ax.plot([p[0]], [p[1]], "o", color=color, ms=ms)
    ax.text(p[0] + 0.18, p[1] + 0.12, name, fontsize=fs, family=family, color=color, style="italic")


# case 1 — xkcd: A contains B, A and C disjoint, x in B ---------------------------------------------------

def _draw_xkcd(wrong):
    np.random.seed(11)
    with plt.xkcd(scale=1.0, length=100, randomness=2):
        plt.rcParams["font.family"] = "DejaVu Sans"
        plt.rcParams["path.sketch"] = (1.0, 100, 2)
        fig, ax = _fig(6.5, 4.2, (-4.6, 7.0), (-4.2, 3.6))
        A, rA = (-1.0, 0.0), 3.0
        B, rB = (-0.4, -0.6), 1.3
        C, rC = (4.6, 0.3), 1.6
        if wrong == "B_outside_A":  # fact: A contains B
            B = (2.9, -2.8)
        if wrong == "C_overlaps_A":  # fact: A and C are disjoint
            C = (2.8, 0.3)
        names = {"A": "A", "B": "B"}
        if wrong == "labels_A_B_swapped":  # fact: A contains B (the big set is now called B)
            names = {"A": "B", "B": "A"}
        ax.add_patch(mp.Circle(A, rA, fc="#cde7ff", ec="#1f5fa8", lw=2.2))
        ax.add_patch(mp.Circle(B, rB, fc="#ffd9a8", ec="#b35c00", lw=2.2))
        ax.add_patch(mp.Circle(C, rC, fc="#d6f5d6", ec="#2b7a2b", lw=2.2))
        ax.text(A[0] - 2.0, A[1] + 2.0, names["A"], fontsize=18, color="#1f5fa8")
        ax.text(B[0] - 0.3, B[1] + 0.5, names["B"], fontsize=16, color="#b35c00")
        ax.text(C[0] - 0.2, C[1] + 0.7, "C", fontsize=16, color="#2b7a2b")
        x = (B[0] + 0.1, B[1] - 0.4)
        if wrong == "x_outside_B":  # fact: x is an element of B
            x = (-2.6, -1.2)
        _dot(ax, x, "x", fs=14)
        out = _png(fig, 120)
    return out


# case 2 — PIL whiteboard: P overlaps Q, R ⊂ Q, P ∩ R = ∅, y ∈ P ------------------------------------------

def _draw_whiteboard(wrong):
    W, H = 820, 560
    im = Image.new("RGB", (W, H), "#f7f7f2")
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(_FONTS + "DejaVuSans-Bold.ttf", 34)
    fe = ImageFont.truetype(_FONTS + "DejaVuSerif-Italic.ttf", 30)
    P, Q, R = (280, 300), (470, 300), (545, 300)
    rP, rQ, rR = 150, 150, 55
    if wrong == "P_Q_disjoint":  # fact: P overlaps Q
        P = (150, 300)
    if wrong == "R_overlaps_P":  # fact: P and R are disjoint (R stays inside Q)
        R = (400, 300)
    if wrong == "R_outside_Q":  # fact: R is a subset of Q
        R = (705, 300)
    cols = {"P": "#c0392b", "Q": "#1f4e9c", "R": "#1e7b34"}
    for name, c, r in (("P", P, rP), ("Q", Q, rQ), ("R", R, rR)):
        d.ellipse([c[0] - r, c[1] - r, c[0] + r, c[1] + r], outline=cols[name], width=6)
    d.text((P[0] - 120, P[1] - 185), "P", fill=cols["P"], font=f)
    d.text((Q[0] + 100, Q[1] - 185), "Q", fill=cols["Q"], font=f)
    d.text((R[0] - 12, R[1] - 20), "R", fill=cols["R"], font=f)
    y = (P[0] - 70, P[1] + 20)
    if wrong == "y_outside_P":  # fact: y is a member of P
        y = (720, 110)
    d.ellipse([y[0] - 8, y[1] - 8, y[0] + 8, y[1] + 8], fill="#222222")
    d.text((y[0] + 12, y[1] - 34), "y", fill="#222222", font=fe)
    return _pil(im)


def _pil(im) -> bytes:
    buf = io.BytesIO()
    im.save(buf, format="PNG")
    return buf.getvalue()


# case 3 — pastel translucent fills, universe rectangle, leader-line labels -------------------------------

def _draw_universe(wrong):
    fig, ax = _fig(6.4, 4.6, (-0.8, 11.5), (-0.8, 8.0))
    uw = 10.0
    B, rB = (6.2, 3.5), 2.2
    if wrong == "B_crosses_U":  # fact: U contains B (B now sticks out of U)
        uw = 7.2
    if wrong == "A_B_disjoint":  # fact: A overlaps B
        B, rB = (8.2, 3.5), 1.5
    ax.add_patch(mp.Rectangle((0, 0), uw, 7.0, fc="#fbfbfb", ec="#555555", lw=1.4))
    ax.text(0.25, 6.35, "U", fontsize=16, color="#555555")
    A, rA = (3.8, 3.5), 2.2
    ax.add_patch(mp.Circle(A, rA, fc="#8dd3c7", ec="#2a7f73", lw=1.5, alpha=0.55))
    ax.add_patch(mp.Circle(B, rB, fc="#fdb462", ec="#b86e12", lw=1.5, alpha=0.55))
    kw = dict(fontsize=14, arrowprops=dict(arrowstyle="-", lw=0.8, color="#444444"))
    ax.annotate("A", xy=(A[0] - 1.4, A[1] + 1.7), xytext=(0.9, 7.4), color="#2a7f73", **kw)
    ax.annotate("B", xy=(B[0] + rB * 0.7, B[1] + rB * 0.7), xytext=(B[0] + rB + 0.6, 7.4), color="#b86e12", **kw)
    x = (2.6, 3.2)
    if wrong == "x_in_B_only":  # fact: x is in A
        x = (B[0] + rB * 0.5, 3.2)
    if wrong == "x_outside_A_and_B":  # fact: x is in A
        x = (1.0, 1.0)
    _dot(ax, x, "x", fs=13, ms=5)
    return _png(fig, 130)


# case 4 — black and white hatching, serif: A–B–C chain ------------------------------------------------

def _draw_bw_chain(wrong):
    sets = {"A": (0.0, 0.0), "B": (3.0, 0.0), "C": (6.0, 0.0)}
    ylo = -2.6
    if wrong == "A_C_overlap":  # fact: A and C are disjoint (C still overlaps B)
        sets["C"], ylo = (1.5, -2.6), -4.9
    fig, ax = _fig(6.0, 2.8 * (5.9 - ylo) / 5.9, (-2.6, 10.2), (ylo, 3.3))
    if wrong == "B_C_disjoint":  # fact: B overlaps C
        sets["C"] = (7.6, 0.0)
    if wrong == "C_dropped":  # fact: C is a set (of the figure)
        del sets["C"]
    hatch = {"A": "///", "B": "\\\\\\", "C": "..."}
    for n, c in sets.items():
        ax.add_patch(mp.Circle(c, 2.0, fc="none", ec="black", lw=1.3, hatch=hatch[n]))
        lab = (c[0] + 2.3, c[1] - 1.6) if c[1] < 0 else (c[0], c[1] + 2.25)
        ax.text(*lab, n, ha="center", fontsize=16, family="DejaVu Serif", style="italic")
    return _png(fig, 100)


# case 5 — graphviz dot top-to-bottom, nested clusters as sets -------------------------------------------

def _draw_graphviz(wrong):
    names = {"Mammals": "Mammals", "Fish": "Fish"}
    if wrong == "labels_Mammals_Fish_swapped":  # fact: Mammals includes Dogs and Cats
        names = {"Mammals": "Fish", "Fish": "Mammals"}

    def cl(key, label, inner="", fill="#eef3fb"):
        return (f'subgraph cluster_{key} {{ label="{label}"; style="rounded,filled"; fillcolor="{fill}"; '
                f'color="#34495e"; penwidth=2; fontname="DejaVu Sans"; fontsize=18;\n'
                f'  n_{key} [shape=point, style=invis, width=0.9];\n{inner} }}\n')

    dogs = cl("Dogs", "Dogs", fill="#fdebd0")
    cats = cl("Cats", "Cats", fill="#e8f8f5")
    if wrong == "Dogs_inside_Cats":  # fact: Dogs and Cats are disjoint
        cats = cl("Cats", "Cats", inner=dogs, fill="#e8f8f5")
        dogs = ""
    if wrong == "Dogs_dropped":  # fact: Mammals includes Dogs
        dogs = ""
    inside_m = dogs + cats
    outside = ""
    if wrong == "Cats_outside_Mammals":  # fact: Mammals includes Cats
        inside_m, outside = dogs, cats
    fish = cl("Fish", names["Fish"], fill="#f4ecf7")
    if wrong == "Fish_inside_Mammals":  # fact: Fish has nothing in common with Mammals
        inside_m += fish
        fish = ""
    src = ("digraph G { rankdir=TB; graph [bgcolor=white, pad=0.3, nodesep=0.6, ranksep=0.6, dpi=96];\n"
           + cl("Mammals", names["Mammals"], inner=inside_m, fill="#fbfcfe") + outside + fish + "}\n")
    return subprocess.run(["dot", "-Tpng"], input=src.encode(), capture_output=True, check=True).stdout


# case 6 — thick-stroke monospace ellipses, vertical layout, 72 dpi --------------------------------------

def _draw_vertical(wrong):
    fig, ax = _fig(4.6, 5.6, (-3.4, 3.6), (-3.2, 3.4))
    ax.add_patch(mp.Ellipse((0, 1.0), 5.2, 3.0, fc="none", ec="#6a3d9a", lw=4))
    ax.add_patch(mp.Ellipse((0, -0.8), 5.2, 3.0, fc="none", ec="#e6550d", lw=4))
    ax.text(-3.1, 2.6, "S1", fontsize=15, family="DejaVu Sans Mono", color="#6a3d9a", weight="bold")
    ax.text(-3.1, -2.9, "S2", fontsize=15, family="DejaVu Sans Mono", color="#e6550d", weight="bold")
    x, y = (-0.3, 0.1), (0.4, -1.7)
    if wrong == "x_in_S1_only":  # fact: x is an element of S2 too
        x = (-0.3, 1.9)
    if wrong == "y_in_S1_only":  # fact: y lies in S2
        y = (0.6, 1.9)
    if wrong == "y_outside_both":  # fact: y lies in S2
        y = (2.9, -2.8)
    for p, n in ((x, "x"), (y, "y")):
        ax.plot([p[0]], [p[1]], "s", color="black", ms=6)
        ax.text(p[0] + 0.2, p[1] + 0.05, n, fontsize=13, family="DejaVu Sans Mono")
    return _png(fig, 72)


def cases() -> list[dict]:
    return [
        {"id": "ho-sets-xkcd", "tool": "matplotlib", "style": "xkcd",
         "text": "A contains B. A and C are disjoint. x is an element of B.",
         "draw": _draw_xkcd, "wrongs": ["B_outside_A", "C_overlaps_A", "labels_A_B_swapped", "x_outside_B"]},
        {"id": "ho-sets-whiteboard", "tool": "PIL", "style": "whiteboard",
         "text": "P overlaps Q. R is a subset of Q. P and R are disjoint. y is a member of P.",
         "draw": _draw_whiteboard, "wrongs": ["P_Q_disjoint", "R_overlaps_P", "R_outside_Q", "y_outside_P"]},
        {"id": "ho-sets-universe-pastel", "tool": "matplotlib", "style": "pastel-universe-leaders",
         "text": "The universe U contains A and B. A overlaps B. x is in A.",
         "draw": _draw_universe, "wrongs": ["B_crosses_U", "A_B_disjoint", "x_in_B_only", "x_outside_A_and_B"]},
        {"id": "ho-sets-bw-hatch", "tool": "matplotlib", "style": "bw-hatch-serif",
         "text": "A, B and C are sets. A overlaps B. B overlaps C. A and C are disjoint.",
         "draw": _draw_bw_chain, "wrongs": ["A_C_overlap", "B_C_disjoint", "C_dropped"]},
        {"id": "ho-sets-graphviz-clusters", "tool": "graphviz", "style": "dot-TB-clusters",
         "text": "Mammals includes Dogs and Cats. Dogs and Cats are disjoint. Fish has nothing in common with Mammals.",
         "draw": _draw_graphviz,
         "wrongs": ["Cats_outside_Mammals", "Fish_inside_Mammals", "Dogs_inside_Cats", "Dogs_dropped",
                    "labels_Mammals_Fish_swapped"]},
        {"id": "ho-sets-vertical-mono", "tool": "matplotlib", "style": "thick-mono-vertical-72dpi",
         "text": "S1 meets S2. x is an element of S1 and of S2. y lies in S2.",
         "draw": _draw_vertical, "wrongs": ["x_in_S1_only", "y_in_S1_only", "y_outside_both"]},
    ]
