"""Held-out set 3 — set (Venn / Euler) figures drawn by other tools.

Three cases:
  h3-sets-mpl-petroff     matplotlib, `petroff10` style sheet, translucent circles, legend, elements as text
  h3-sets-opencv-pencil   OpenCV pencil sketch on graph paper, seeded hand jitter, Hershey italic letters
  h3-sets-svg-slide       hand-written SVG on a dark slide (1600 x 900) rendered by resvg

Deterministic: seeded jitter, matplotlib drawn on a matplotlib.figure.Figure inside a style context, every
PNG re-saved through PIL as RGB without text chunks.
"""
from __future__ import annotations

import io
import math
import random

from PIL import Image

SCIENCE = "sets"

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


def _svg_png(svg: str, fonts: list[str]) -> bytes:
    import resvg_py
    raw = resvg_py.svg_to_bytes(svg_string=svg, skip_system_fonts=True, font_files=fonts)
    return _png(Image.open(io.BytesIO(bytes(raw))))


def _mpl_png(fig, dpi) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    FigureCanvasAgg(fig)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None})
    buf.seek(0)
    return _png(Image.open(buf))


# ----------------------------------------------------------------------------------------------------
# Case 1: matplotlib petroff10, 1000 x 650
# ----------------------------------------------------------------------------------------------------
_T1 = "Let S = {1, 2, 3, 4} and T = {3, 4, 5}."


def _draw_mpl_roster(wrong):
    import matplotlib.pyplot as plt
    from matplotlib.figure import Figure
    from matplotlib.patches import Circle, Patch
    from matplotlib.font_manager import FontProperties
    fp = FontProperties(fname=_DJV + "/DejaVuSans.ttf", size=22)
    fpb = FontProperties(fname=_DJV + "/DejaVuSans-Bold.ttf", size=26)
    with plt.style.context("petroff10"):
        cyc = plt.rcParams["axes.prop_cycle"].by_key()["color"]
        fig = Figure(figsize=(10, 6.5))
        ax = fig.add_axes([0.02, 0.02, 0.96, 0.88])
        ax.set_xlim(-4.6, 4.6)
        ax.set_ylim(-2.9, 3.0)
        ax.set_aspect("equal")
        ax.axis("off")
        cS, cT = cyc[0], cyc[1]
        ax.add_patch(Circle((-1.1, 0), 2.1, facecolor=cS, alpha=0.35, edgecolor="none"))
        ax.add_patch(Circle((1.1, 0), 2.1, facecolor=cT, alpha=0.35, edgecolor="none"))
        ax.add_patch(Circle((-1.1, 0), 2.1, facecolor="none", edgecolor=cS, lw=2.5))
        ax.add_patch(Circle((1.1, 0), 2.1, facecolor="none", edgecolor=cT, lw=2.5))
        ax.text(-2.75, 2.05, "S", fontproperties=fpb, ha="center", va="center", color="#222")
        ax.text(2.75, 2.05, "T", fontproperties=fpb, ha="center", va="center", color="#222")
        pos = {"1": (-2.15, 0.6), "2": (-2.15, -0.6), "3": (0.0, 0.55), "4": (0.0, -0.55), "5": (2.15, 0.0)}
        if wrong == "five_in_S":
            # breaks "S = {1, 2, 3, 4}": 5 is drawn in S ∩ T, i.e. as a member of S
            pos["3"], pos["4"], pos["5"] = (0.0, 0.85), (0.0, 0.0), (0.0, -0.85)
        if wrong == "two_in_T":
            # breaks "S = {1, 2, 3, 4}" / "T = {3, 4, 5}": 2 is drawn in T only, not in S
            pos["2"] = (2.15, -0.8)
            pos["5"] = (2.15, 0.5)
        if wrong == "four_dropped":
            # breaks "4 ∈ S and 4 ∈ T": the element 4 is missing
            del pos["4"]
            pos["3"] = (0.0, 0.0)
        if wrong == "extra_six":
            # breaks "T = {3, 4, 5}": an element 6 appears in T
            pos["5"] = (2.15, 0.55)
            pos["6"] = (2.15, -0.6)
        for k, (x, y) in pos.items():
            ax.text(x, y, k, fontproperties=fp, ha="center", va="center", color="#111")
        ax.legend(handles=[Patch(facecolor=cS, alpha=0.5, edgecolor=cS, label="S"),
                           Patch(facecolor=cT, alpha=0.5, edgecolor=cT, label="T")],
                  loc="upper right", frameon=True, fontsize=14, title="sets", title_fontsize=12)
        fig.suptitle("Venn diagram of S and T", fontsize=18, y=0.97)
        return _mpl_png(fig, 100)


# ----------------------------------------------------------------------------------------------------
# Case 2: OpenCV pencil sketch on graph paper, 480 x 360
# ----------------------------------------------------------------------------------------------------
_T2 = "Sets M and N are disjoint and both are subsets of U."


def _jit_poly(rng, pts, amp):
    return [(x + rng.uniform(-amp, amp), y + rng.uniform(-amp, amp)) for x, y in pts]


def _draw_opencv_pencil(wrong):
    import cv2
    import numpy as np
    W, H = 480, 360
    img = np.full((H, W, 3), (246, 250, 252), np.uint8)  # BGR off-white
    for x in range(0, W, 12):
        cv2.line(img, (x, 0), (x, H), (235, 222, 200) if x % 60 else (222, 200, 170), 1)
    for y in range(0, H, 12):
        cv2.line(img, (0, y), (W, y), (235, 222, 200) if y % 60 else (222, 200, 170), 1)
    rng = random.Random(2024)
    pencil = (70, 62, 58)
    AA = cv2.LINE_AA

    def stroke(points, closed):
        for rep in range(2):  # two passes, as a pencil would
            p = _jit_poly(rng, points, 1.3)
            arr = np.array([[int(round(x * 4)), int(round(y * 4))] for x, y in p], np.int32)
            cv2.polylines(img, [arr], closed, pencil, 1 + (rep == 0), AA, shift=2)

    def oval(cx, cy, rx, ry, n=64):
        pts = []
        wob = rng.uniform(0, 6.28)
        for i in range(n):
            t = 2 * math.pi * i / n
            k = 1 + 0.03 * math.sin(3 * t + wob)
            pts.append((cx + rx * k * math.cos(t), cy + ry * k * math.sin(t)))
        return pts

    def rect(x0, y0, x1, y1, n=12):
        pts = [(x0 + (x1 - x0) * i / n, y0) for i in range(n)]
        pts += [(x1, y0 + (y1 - y0) * i / n) for i in range(n)]
        pts += [(x1 - (x1 - x0) * i / n, y1) for i in range(n)]
        pts += [(x0, y1 - (y1 - y0) * i / n) for i in range(n)]
        return pts

    F = cv2.FONT_HERSHEY_SIMPLEX | cv2.FONT_ITALIC
    u = (30, 40, 450, 320)
    m = (140, 190, 80, 70)
    n = (340, 185, 80, 75)
    if wrong == "overlap":
        # breaks "M and N are disjoint": the ovals overlap
        m = (200, 190, 80, 70)
        n = (285, 185, 80, 75)
    if wrong == "N_outside_U":
        # breaks "N is a subset of U": U is drawn around M only; N lies outside it
        u = (30, 40, 250, 320)
        n = (370, 185, 80, 75)
    if wrong == "M_crosses_U":
        # breaks "M is a subset of U": M sticks out through the left edge of U
        m = (85, 190, 80, 70)
    if wrong != "U_dropped":  # U_dropped breaks "subsets of U": the universe U is not drawn
        stroke(rect(*u), True)
        cv2.putText(img, "U", (u[0] + 10, u[1] + 36), F, 1.0, pencil, 2, AA)
    stroke(oval(*m), True)
    stroke(oval(*n), True)
    cv2.putText(img, "M", (m[0] - 12, m[1] + 12), F, 1.1, pencil, 2, AA)
    cv2.putText(img, "N", (n[0] - 12, n[1] + 12), F, 1.1, pencil, 2, AA)
    return _png(Image.fromarray(img[:, :, ::-1].copy()))


# ----------------------------------------------------------------------------------------------------
# Case 3: SVG dark slide, 1600 x 900
# ----------------------------------------------------------------------------------------------------
_T3 = "Sets A, B and C: A and B intersect, C is inside B, and x is in A."


def _draw_svg_slide(wrong):
    W, H = 1600, 900
    A = (620, 480, 260)
    B = (960, 480, 280)
    C = (1085, 490, 100)
    x = (480, 430)
    if wrong == "A_B_disjoint":
        # breaks "A and B intersect": A is moved left so the two circles no longer meet
        A = (420, 480, 240)
    if wrong == "C_crosses_B":
        # breaks "C is inside B": C pokes out through B's boundary
        C = (1205, 490, 100)
    if wrong == "C_in_A":
        # breaks "C is inside B": C sits in the part of A outside B
        C = (545, 590, 90)
    if wrong == "x_outside_A":
        # breaks "x is in A": the point x is in B only
        x = (1110, 340)
    s = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}">',
         f'<rect width="{W}" height="{H}" fill="#14213d"/>',
         '<rect x="0" y="0" width="1600" height="110" fill="#0d1730"/>',
         '<text x="70" y="72" font-family="Liberation Sans" font-weight="bold" font-size="44" '
         'fill="#e5e5e5">Sets A, B and C</text>',
         '<line x1="70" y1="840" x2="1530" y2="840" stroke="#3a4a70" stroke-width="2"/>',
         '<text x="1530" y="875" text-anchor="end" font-family="Liberation Sans" font-size="22" '
         'fill="#8d99ae">Lecture 2 · Relations between sets</text>']
    for (cx, cy, r), fill, stroke in ((A, "#4cc9f0", "#4cc9f0"), (B, "#f72585", "#ff6fae")):
        s.append(f'<circle cx="{cx}" cy="{cy}" r="{r}" fill="{fill}" fill-opacity="0.22" stroke="{stroke}" '
                 'stroke-width="5"/>')
    s.append(f'<circle cx="{C[0]}" cy="{C[1]}" r="{C[2]}" fill="#ffd166" fill-opacity="0.35" stroke="#ffd166" '
             'stroke-width="5"/>')
    lab = 'font-family="Liberation Sans" font-weight="bold" font-size="64"'
    s.append(f'<text x="{A[0] - A[2] * 0.72}" y="{A[1] - A[2] * 0.78}" text-anchor="middle" {lab} '
             f'fill="#4cc9f0">A</text>')
    s.append(f'<text x="{B[0] + B[2] * 0.74}" y="{B[1] - B[2] * 0.78}" text-anchor="middle" {lab} '
             f'fill="#ff6fae">B</text>')
    s.append(f'<text x="{C[0]}" y="{C[1] + 20}" text-anchor="middle" font-family="Liberation Sans" '
             f'font-weight="bold" font-size="54" fill="#ffd166">C</text>')
    s.append(f'<circle cx="{x[0]}" cy="{x[1]}" r="9" fill="#ffffff"/>')
    s.append(f'<text x="{x[0] + 18}" y="{x[1] + 14}" font-family="Liberation Serif" font-style="italic" '
             f'font-size="48" fill="#ffffff">x</text>')
    s.append('</svg>')
    return _svg_png("\n".join(s), [_LIB + "/LiberationSans-Regular.ttf", _LIB + "/LiberationSans-Bold.ttf",
                                   _LIB + "/LiberationSerif-Italic.ttf"])


def cases():
    return [
        {"id": "h3-sets-mpl-petroff", "text": _T1, "tool": "matplotlib", "style": "petroff10-legend",
         "draw": _draw_mpl_roster, "wrongs": ["five_in_S", "two_in_T", "four_dropped", "extra_six"]},
        {"id": "h3-sets-opencv-pencil", "text": _T2, "tool": "opencv", "style": "pencil-graph-paper",
         "draw": _draw_opencv_pencil,
         "wrongs": ["overlap", "N_outside_U", "M_crosses_U", "U_dropped"]},
        {"id": "h3-sets-svg-slide", "text": _T3, "tool": "svg+resvg", "style": "dark-slide",
         "draw": _draw_svg_slide, "wrongs": ["A_B_disjoint", "C_crosses_B", "C_in_A", "x_outside_A"]},
    ]
