"""Held-out set 4, optics: three ray diagrams drawn by three other tools.

* ``h4-optics-mpl-notebook``     matplotlib ``seaborn-v0_8-notebook``: converging lens drawn as a thin biconvex
  outline on cm axes, three principal rays, dimension bars under the axis.
* ``h4-optics-skimage-cad``      scikit-image anti-aliased lines on a white "CAD" sheet with a 1 cm dot grid:
  concave mirror (true circular arc, R = 2f), C and F marked, monospace labels.
* ``h4-optics-pil-twocolour``    raw PIL two-colour print (black + green spot colour): a magnifying glass,
  the virtual image found by dashed back-extensions, serif labels.

Image positions come from 1/f = 1/do + 1/di (real-is-positive), heights from m = -di/do.
Every wrong has exactly one error against a fact the text states (commented where it is drawn).
"""
from __future__ import annotations

import io
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFont

SCIENCE = "optics"

_LIB = "/usr/share/fonts/truetype/liberation/"
_DJV = "/usr/share/fonts/truetype/dejavu/"


def _png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, format="PNG")
    return buf.getvalue()


def _image(f: float, do: float, ho: float) -> tuple[float, float]:
    di = 1.0 / (1.0 / f - 1.0 / do)
    return di, -di / do * ho


# ---------------------------------------------------------------------------------------------------------
# 1. matplotlib, converging lens, real image
# ---------------------------------------------------------------------------------------------------------
_T1 = "An object 3 cm tall is placed 30 cm from a converging lens of focal length 10 cm."


def _draw_mpl(wrong: str | None) -> bytes:
    import matplotlib
    import matplotlib.pyplot as plt
    from matplotlib.figure import Figure
    from matplotlib.patches import Ellipse, FancyArrow, Polygon

    f, do, ho = 10.0, 30.0, 3.0
    di, hi = _image(f, do, ho)            # 15 cm, -1.5 cm
    f_lab = "f = 10 cm"
    if wrong == "image_too_far":
        # breaks the lens equation for do = 30 cm, f = 10 cm: the image is drawn at 20 cm (and 2 cm tall)
        di, hi = 20.0, -2.0
    if wrong == "image_upright":
        # breaks the real, inverted image of an object beyond 2F: the image is drawn upright
        hi = -hi
    if wrong == "f_label":
        # breaks "focal length 10 cm": the label reads f = 12 cm (F still drawn at 10 cm)
        f_lab = "f = 12 cm"
    with plt.style.context("seaborn-v0_8-notebook"), matplotlib.rc_context({"font.family": "DejaVu Sans"}):
        cyc = plt.rcParams["axes.prop_cycle"].by_key()["color"]
        fig = Figure(figsize=(12.0, 5.2), dpi=100)
        ax = fig.add_axes([0.06, 0.14, 0.92, 0.72])
        ax.set_xlim(-36, 26)
        ax.set_ylim(-4.2, 4.6)
        ax.axhline(0, color="#444444", lw=1.2)
        if wrong == "lens_diverging":
            # breaks "converging lens": the lens is drawn biconcave (diverging)
            ax.add_patch(Polygon([(-0.9, 4.0), (0.9, 4.0), (0.25, 0), (0.9, -4.0), (-0.9, -4.0), (-0.25, 0)],
                                 closed=True, fc="#cfe3f5", ec="#2b5d8a", lw=1.8))
        else:
            ax.add_patch(Ellipse((0, 0), 1.6, 8.0, fc="#cfe3f5", ec="#2b5d8a", lw=1.8))
        for x, lab in ((-f, "F"), (f, "F′"), (-2 * f, "2F"), (2 * f, "2F′")):
            ax.plot([x], [0], "o", color="#222222", ms=6)
            ax.text(x, -0.55, lab, ha="center", va="top", fontsize=14)
        ax.add_patch(FancyArrow(-do, 0, 0, ho, width=0.35, head_width=1.1, head_length=0.45,
                                length_includes_head=True, color=cyc[2]))
        ax.text(-do, ho + 0.35, "object, 3 cm", ha="center", va="bottom", fontsize=13, color=cyc[2])
        ax.add_patch(FancyArrow(di, 0, 0, hi, width=0.35, head_width=1.1, head_length=0.45,
                                length_includes_head=True, color=cyc[3]))
        ax.text(di, hi - 0.3 if hi < 0 else hi + 0.3, "image", ha="center", va="top" if hi < 0 else "bottom",
                fontsize=13, color=cyc[3])
        # three rays from the object tip to the image tip
        tip, itip = (-do, ho), (di, hi)
        ray = dict(color=cyc[0], lw=1.4)
        ax.plot([tip[0], 0, itip[0]], [ho, ho, itip[1]], **ray)
        ax.plot([tip[0], itip[0]], [ho, itip[1]], **ray)
        ax.plot([tip[0], 0, itip[0]], [ho, itip[1], itip[1]], **ray)
        # dimension bars
        ax.annotate("", xy=(0, -3.0), xytext=(-do, -3.0), arrowprops=dict(arrowstyle="<->", color="#333333"))
        ax.text(-do / 2, -3.25, "dₒ = 30 cm", ha="center", va="top", fontsize=13)
        ax.annotate("", xy=(di, -3.0), xytext=(0, -3.0), arrowprops=dict(arrowstyle="<->", color="#333333"))
        ax.text(di / 2, -3.25, f"dᵢ = {di:g} cm", ha="center", va="top", fontsize=13)
        ax.annotate("", xy=(f, 4.1), xytext=(0, 4.1), arrowprops=dict(arrowstyle="<->", color="#333333"))
        ax.text(f / 2, 4.25, f_lab, ha="center", va="bottom", fontsize=13)
        ax.set_xlabel("position along the axis (cm)", fontsize=12)
        ax.set_yticks([-3, 0, 3])
        ax.set_ylabel("height (cm)", fontsize=12)
        fig.suptitle("Converging lens: real image", fontsize=16, x=0.06, ha="left")
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=100, metadata={"Software": None})
    return _png(Image.open(buf))


# ---------------------------------------------------------------------------------------------------------
# 2. scikit-image CAD sheet, concave mirror
# ---------------------------------------------------------------------------------------------------------
_T2 = "A concave mirror with focal length 10 cm; an object stands 15 cm in front of it."


def _draw_skimage(wrong: str | None) -> bytes:
    from skimage.draw import disk, line_aa

    W, H = 1000, 500
    k = 25.0                      # px per cm
    X0, Y0 = 900.0, 250.0         # mirror vertex on screen
    img = np.ones((H, W, 3))

    def P(x, y):
        return X0 + k * x, Y0 - k * y

    def seg(p, q, col=(0.0, 0.0, 0.0), width=1, dash=None):
        (x0, y0), (x1, y1) = p, q
        L = math.hypot(x1 - x0, y1 - y0)
        pieces = [(0.0, 1.0)]
        if dash:
            step = (dash[0] + dash[1]) / max(L, 1e-9)
            pieces = [(t, min(1.0, t + dash[0] / L)) for t in np.arange(0.0, 1.0, step)]
        for t0, t1 in pieces:
            a = (x0 + (x1 - x0) * t0, y0 + (y1 - y0) * t0)
            b = (x0 + (x1 - x0) * t1, y0 + (y1 - y0) * t1)
            for o in range(width):
                off = o - (width - 1) / 2
                nx, ny = -(y1 - y0) / max(L, 1e-9), (x1 - x0) / max(L, 1e-9)
                rr, cc, val = line_aa(int(round(a[1] + ny * off)), int(round(a[0] + nx * off)),
                                      int(round(b[1] + ny * off)), int(round(b[0] + nx * off)))
                ok = (rr >= 0) & (rr < H) & (cc >= 0) & (cc < W)
                rr, cc, v = rr[ok], cc[ok], val[ok][:, None]
                img[rr, cc] = img[rr, cc] * (1 - v) + np.array(col) * v

    # dot grid every cm
    for gx in range(-36, 3):
        for gy in range(-9, 10):
            x, y = P(gx, gy)
            if 0 <= x < W and 0 <= y < H:
                img[int(y), int(x)] = (0.72, 0.76, 0.82)
    f, do, ho = 10.0, 15.0, 2.0
    di, hi = _image(f, do, ho)            # 30 cm, -4 cm
    f_lab = "f = 10 cm"
    if wrong == "image_at_20":
        # breaks the mirror equation for f = 10 cm, do = 15 cm: the image is drawn 20 cm from the mirror
        di, hi = 20.0, -8.0 / 3.0
    if wrong == "image_upright":
        # breaks the real inverted image of an object between F and C: the image is drawn upright
        hi = -hi
    if wrong == "f_label":
        # breaks "focal length 10 cm": the label reads f = 12 cm
        f_lab = "f = 12 cm"
    R = 2 * f
    seg(P(-36, 0), P(2, 0), (0.3, 0.3, 0.3), 1)
    # mirror: arc of the circle of radius R about C (concave towards the object)
    convex = wrong == "mirror_convex"
    # (mirror_convex breaks "concave mirror": the arc bulges towards the object)
    pts = []
    for i in range(81):
        y = -6.5 + 13.0 * i / 80
        x = math.sqrt(R * R - y * y) - R
        pts.append(P(-x if convex else x, y))
    for p, q in zip(pts, pts[1:]):
        seg(p, q, (0.05, 0.05, 0.05), 3)
    for p in pts[::5]:
        seg(p, (p[0] + 10, p[1] + 10), (0.3, 0.3, 0.3), 1)   # hatching on the back
    for x, lab in ((-f, "F"), (-R, "C")):
        cx, cy = P(x, 0)
        rr, cc = disk((cy, cx), 4.5, shape=(H, W))
        img[rr, cc] = 0.0

    def xm(y):
        x = math.sqrt(R * R - y * y) - R
        return -x if convex else x

    tip, itip = (-do, ho), (-di, hi)
    red, blue = (0.80, 0.12, 0.10), (0.05, 0.30, 0.70)
    # ray 1: parallel to the axis, reflected through the image tip (through F for the true image)
    h1 = (xm(ho), ho)
    ux, uy = itip[0] - h1[0], itip[1] - h1[1]
    n = math.hypot(ux, uy)
    seg(P(*tip), P(*h1), red, 2)
    seg(P(*h1), P(itip[0] + 1.5 * ux / n, itip[1] + 1.5 * uy / n), red, 2)
    # ray 2: the ray that meets the mirror at the image tip's height returns parallel to the axis
    # (for the true image it is the ray through F)
    h2 = (xm(itip[1]), itip[1])
    seg(P(*tip), P(*h2), blue, 2)
    seg(P(*h2), P(itip[0] - 1.5, itip[1]), blue, 2)
    # object and image arrows
    for (x, y), col in ((tip, (0.0, 0.45, 0.15)), (itip, (0.45, 0.1, 0.55))):
        seg(P(x, 0), P(x, y), col, 4)
        sgn = 1 if y > 0 else -1
        seg(P(x, y), P(x - 0.35, y - sgn * 0.6), col, 3)
        seg(P(x, y), P(x + 0.35, y - sgn * 0.6), col, 3)
    im = Image.fromarray((np.clip(img, 0, 1) * 255).astype(np.uint8), "RGB")
    d = ImageDraw.Draw(im)
    fm = ImageFont.truetype(_LIB + "LiberationMono-Regular.ttf", 19)
    fb = ImageFont.truetype(_LIB + "LiberationMono-Bold.ttf", 22)
    for x, lab in ((-f, "F"), (-R, "C")):
        px, py = P(x, 0)
        d.text((px, py + 16), lab, font=fb, fill=(0, 0, 0), anchor="mm")
    ox, oy = P(tip[0], tip[1])
    d.text((ox, oy - 16), "OBJECT", font=fm, fill=(0, 100, 40), anchor="mm")
    ix, iy = P(itip[0], itip[1])
    d.text((ix, iy + (24 if itip[1] < 0 else -24)), "IMAGE", font=fm, fill=(110, 25, 140), anchor="mm")
    d.text((24, 24), "CONCAVE MIRROR  |  " + f_lab + "  |  do = 15 cm", font=fb, fill=(0, 0, 0), anchor="lm")
    # dimension line for the object distance, under the axis
    y_dim = Y0 + 175
    x_o, x_m = P(-do, 0)[0], X0
    d.line([(x_o, y_dim), (x_m, y_dim)], fill=(0, 0, 0), width=1)
    for xe in (x_o, x_m):
        d.line([(xe, y_dim - 8), (xe, y_dim + 8)], fill=(0, 0, 0), width=1)
    d.text(((x_o + x_m) / 2, y_dim + 16), "do = 15 cm", font=fm, fill=(0, 0, 0), anchor="mm")
    y_dim2 = Y0 + 215
    x_i = P(-di, 0)[0]
    d.line([(x_i, y_dim2), (x_m, y_dim2)], fill=(0, 0, 0), width=1)
    for xe in (x_i, x_m):
        d.line([(xe, y_dim2 - 8), (xe, y_dim2 + 8)], fill=(0, 0, 0), width=1)
    d.text(((x_i + x_m) / 2, y_dim2 + 16), f"di = {di:.0f} cm", font=fm, fill=(0, 0, 0), anchor="mm")
    d.text((W - 24, 24), "SCALE 1 cm : 25 px", font=fm, fill=(90, 90, 90), anchor="rm")
    return _png(im)


# ---------------------------------------------------------------------------------------------------------
# 3. PIL two-colour print, magnifying glass (virtual image)
# ---------------------------------------------------------------------------------------------------------
_T3 = "An object is placed 6 cm from a convex lens with focal length 10 cm."


def _draw_twocolour(wrong: str | None) -> bytes:
    W, H, SS = 1160, 560, 2
    k = 30.0
    X0, Y0 = 620.0, 330.0
    green = (0, 122, 76)
    black = (25, 25, 25)
    img = Image.new("RGB", (W * SS, H * SS), (252, 251, 246))
    d = ImageDraw.Draw(img)

    def P(x, y):
        return ((X0 + k * x) * SS, (Y0 - k * y) * SS)

    def dashed(p, q, col, width=2, dash=9, gap=7):
        L = math.hypot(q[0] - p[0], q[1] - p[1])
        t = 0.0
        while t < L:
            t1 = min(L, t + dash * SS)
            d.line([(p[0] + (q[0] - p[0]) * t / L, p[1] + (q[1] - p[1]) * t / L),
                    (p[0] + (q[0] - p[0]) * t1 / L, p[1] + (q[1] - p[1]) * t1 / L)], fill=col, width=width * SS)
            t = t1 + gap * SS

    def arrow(x, y0, y1, col, width=4):
        d.line([P(x, y0), P(x, y1)], fill=col, width=width * SS)
        sgn = 1 if y1 > y0 else -1
        tx, ty = P(x, y1)
        d.polygon([(tx, ty), (tx - 8 * SS, ty + sgn * 16 * SS), (tx + 8 * SS, ty + sgn * 16 * SS)], fill=col)

    f, do, ho = 10.0, 6.0, 2.0
    di, hi = _image(f, do, ho)          # -15 cm (virtual, object side), +5 cm (upright)
    f_lab = "f = 10 cm"
    if wrong == "image_other_side":
        # breaks the virtual image of an object inside f: the image is drawn 15 cm beyond the lens (real side)
        di = 15.0
    if wrong == "image_inverted":
        # breaks the upright virtual image of a magnifier: the image is drawn inverted
        hi = -hi
    if wrong == "image_at_10":
        # breaks the lens equation for do = 6 cm, f = 10 cm: the virtual image is drawn 10 cm from the lens
        di, hi = -10.0, 10.0 / 6.0 * ho
    if wrong == "f_label":
        # breaks "focal length 10 cm": the label reads f = 12 cm
        f_lab = "f = 12 cm"
    d.line([P(-19, 0), P(17, 0)], fill=black, width=2 * SS)
    # convex lens (biconvex outline)
    lens = []
    for i in range(41):
        y = -5.5 + 11.0 * i / 40
        lens.append(P(0.55 * math.sqrt(max(0.0, 1 - (y / 5.5) ** 2)), y))
    for i in range(41):
        y = 5.5 - 11.0 * i / 40
        lens.append(P(-0.55 * math.sqrt(max(0.0, 1 - (y / 5.5) ** 2)), y))
    d.polygon(lens, fill=(214, 236, 224), outline=black)
    d.line(lens + [lens[0]], fill=black, width=2 * SS)
    for x in (-f, f):
        cx, cy = P(x, 0)
        d.ellipse([cx - 5 * SS, cy - 5 * SS, cx + 5 * SS, cy + 5 * SS], fill=black)
    # rays (green): the parallel ray and the central ray, aimed so that they meet (or, extended back as
    # dashed lines, appear to come from) the drawn image tip. Convention: x < 0 is the object side, so a
    # virtual image (di < 0) sits at x = di.
    tip = (-do, ho)
    itip = (di, hi)
    virtual = itip[0] < 0
    x_end = 16.5
    h1 = (0.0, ho)
    d1 = (h1[0] - itip[0], h1[1] - itip[1]) if virtual else (itip[0] - h1[0], itip[1] - h1[1])
    end1 = (x_end, h1[1] + (x_end - h1[0]) * d1[1] / d1[0])
    d2 = (-itip[0], -itip[1]) if virtual else (itip[0], itip[1])
    end2 = (x_end, x_end * d2[1] / d2[0])
    d.line([P(*tip), P(*h1)], fill=green, width=3 * SS)
    d.line([P(*h1), P(*end1)], fill=green, width=3 * SS)
    d.line([P(*tip), P(0, 0)], fill=green, width=3 * SS)
    d.line([P(0, 0), P(*end2)], fill=green, width=3 * SS)
    if virtual:
        dashed(P(*h1), P(*itip), green)
        dashed(P(0, 0), P(*itip), green)
    arrow(tip[0], 0, tip[1], black)
    arrow(itip[0], 0, itip[1], green, 3)
    img = img.resize((W, H), Image.LANCZOS)
    d = ImageDraw.Draw(img)
    fs = ImageFont.truetype(_DJV + "DejaVuSerif.ttf", 20)
    fi = ImageFont.truetype(_DJV + "DejaVuSerif-Italic.ttf", 20)
    fb = ImageFont.truetype(_DJV + "DejaVuSerif-Bold.ttf", 24)

    def Q(x, y):
        return X0 + k * x, Y0 - k * y

    for x, lab in ((-f, "F"), (f, "F′")):
        px, py = Q(x, 0)
        d.text((px, py + 20), lab, font=fi, fill=black, anchor="mm")
    ox, oy = Q(*tip)
    d.text((ox, oy - 18), "object", font=fs, fill=black, anchor="mm")
    ix, iy = Q(*itip)
    d.text((ix - 10, iy + (-20 if itip[1] > 0 else 20)), "image (virtual)" if virtual else "image",
           font=fs, fill=green, anchor="mm")
    # dimension lines
    for (xa, xb, yy, lab) in ((-do, 0, -1.6, "dₒ = 6 cm"), (0, f, -1.6, f_lab),
                              (itip[0], 0, -3.2, f"dᵢ = {abs(di):g} cm")):
        pa, pb = Q(xa, yy), Q(xb, yy)
        d.line([pa, pb], fill=black, width=1)
        for p in (pa, pb):
            d.line([(p[0], p[1] - 7), (p[0], p[1] + 7)], fill=black, width=1)
        d.text(((pa[0] + pb[0]) / 2, pa[1] + 16), lab, font=fs, fill=black, anchor="mm")
    d.text((30, 34), "Fig. 14.6", font=fb, fill=green, anchor="lm")
    d.text((168, 34), "A convex lens used as a magnifying glass", font=fs, fill=black, anchor="lm")
    return _png(img)


def cases() -> list[dict]:
    return [
        {"id": "h4-optics-mpl-notebook", "text": _T1, "tool": "matplotlib",
         "style": "seaborn-v0_8-notebook, cm axes, biconvex lens outline, F/F′/2F/2F′, dimension arrows, "
                  "1200x520",
         "draw": _draw_mpl,
         "wrongs": ["image_too_far", "image_upright", "f_label", "lens_diverging"]},
        {"id": "h4-optics-skimage-cad", "text": _T2, "tool": "scikit-image draw + PIL text",
         "style": "white CAD sheet with a 1 cm dot grid, hatched circular-arc mirror, C and F, Liberation Mono "
                  "capitals, 1000x500",
         "draw": _draw_skimage,
         "wrongs": ["image_at_20", "image_upright", "f_label", "mirror_convex"]},
        {"id": "h4-optics-pil-twocolour", "text": _T3, "tool": "PIL",
         "style": "two-colour print (black + green), dashed back-extensions to a virtual image, DejaVu Serif, "
                  "1160x560",
         "draw": _draw_twocolour,
         "wrongs": ["image_other_side", "image_inverted", "image_at_10", "f_label"]},
    ]
