"""Held-out set 4, mechanics: three figures drawn by three other tools.

* ``h4-mechanics-pil-twocolour``  raw PIL two-colour print (black + blue spot colour): a block pushed along a
  hatched floor, the stated forces' arrows to scale (5 px per newton), serif labels.
* ``h4-mechanics-mpl-talk``       matplotlib ``seaborn-v0_8-talk``: a block on a table joined by a string over
  a pulley at the table's edge to a hanging block, tension arrows, big "talk" fonts.
* ``h4-mechanics-numpy-sdf``      a numpy signed-distance-field renderer (supersampled, soft shading and a
  drop shadow): a block on a ramp at 35 degrees, the angle to scale, PIL text.

Every wrong has exactly one error against a fact the text states (commented where it is drawn).
"""
from __future__ import annotations

import io
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFont

SCIENCE = "mechanics"

_LIB = "/usr/share/fonts/truetype/liberation/"
_DJV = "/usr/share/fonts/truetype/dejavu/"


def _png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, format="PNG")
    return buf.getvalue()


# ---------------------------------------------------------------------------------------------------------
# 1. PIL two-colour print, pushed block with friction
# ---------------------------------------------------------------------------------------------------------
_T1 = "A 6 kg block is pushed along a horizontal floor by a 30 N force, with a friction force of 12 N."


def _draw_twocolour(wrong: str | None) -> bytes:
    W, H, SS = 1000, 620, 2
    blue = (28, 84, 160)
    black = (22, 22, 22)
    paper = (253, 252, 248)
    img = Image.new("RGB", (W * SS, H * SS), paper)
    d = ImageDraw.Draw(img)

    def s(*p):
        return tuple(v * SS for v in p)

    floor_y = 430
    d.line([s(60, floor_y), s(W - 60, floor_y)], fill=black, width=3 * SS)
    for x in range(70, W - 60, 22):
        d.line([s(x, floor_y), s(x - 16, floor_y + 16)], fill=black, width=2 * SS)
    # block (blue tint, black outline)
    bx0, bx1, by0 = 420, 580, floor_y - 120
    d.rectangle([s(bx0, by0), s(bx1, floor_y)], fill=(214, 228, 246), outline=black, width=3 * SS)

    def arrow(x0, y0, x1, y1, col, width=6):
        d.line([s(x0, y0), s(x1, y1)], fill=col, width=width * SS)
        ang = math.atan2(y1 - y0, x1 - x0)
        hl, hw = 24, 11
        bx, by = x1 - hl * math.cos(ang), y1 - hl * math.sin(ang)
        d.polygon([s(x1, y1), s(bx + hw * math.sin(ang), by - hw * math.cos(ang)),
                   s(bx - hw * math.sin(ang), by + hw * math.cos(ang))], fill=col)

    k = 5.0                                      # px per newton
    F, fr = 30.0, 12.0
    cy = (by0 + floor_y) / 2
    # applied push, from the left, ends at the block's left face
    arrow(bx0 - k * F - 6, cy, bx0 - 6, cy, blue)
    if wrong != "friction_dropped":
        # (friction_dropped breaks "with a friction force of 12 N": no friction arrow)
        arrow(bx0 - 4, floor_y - 7, bx0 - 4 - k * fr, floor_y - 7, blue, 5)
    # normal and weight (black)
    mx = (bx0 + bx1) / 2
    arrow(mx, by0, mx, by0 - 150, black, 4)
    arrow(mx, cy + 24, mx, cy + 174, black, 4)
    img = img.resize((W, H), Image.LANCZOS)
    d = ImageDraw.Draw(img)
    fs = ImageFont.truetype(_LIB + "LiberationSerif-Regular.ttf", 28)
    fi = ImageFont.truetype(_LIB + "LiberationSerif-Italic.ttf", 28)
    fb = ImageFont.truetype(_LIB + "LiberationSerif-Bold.ttf", 30)
    m_lab, F_lab, f_lab = "6 kg", "F = 30 N", "f = 12 N"
    if wrong == "mass_label":
        # breaks "A 6 kg block": the block is labelled 8 kg
        m_lab = "8 kg"
    if wrong == "force_label":
        # breaks "a 30 N force": the push is labelled 20 N
        F_lab = "F = 20 N"
    if wrong == "friction_label":
        # breaks "a friction force of 12 N": the friction is labelled 21 N
        f_lab = "f = 21 N"
    d.text((mx, cy), m_lab, font=fb, fill=black, anchor="mm")
    d.text((bx0 - k * F / 2 - 6, cy - 30), F_lab, font=fi, fill=blue, anchor="mm")
    if wrong != "friction_dropped":
        d.text((bx0 - 4 - k * fr / 2, floor_y + 40), f_lab, font=fi, fill=blue, anchor="mm")
    d.text((mx + 22, by0 - 140), "N", font=fi, fill=black, anchor="lm")
    d.text((mx + 22, floor_y + 80), "W = mg", font=fi, fill=black, anchor="lm")
    d.text((40, 40), "Figure 5.3", font=ImageFont.truetype(_LIB + "LiberationSerif-Bold.ttf", 26), fill=blue,
           anchor="lm")
    d.text((180, 40), "Forces on a block pushed across a rough floor.", font=fs, fill=black, anchor="lm")
    return _png(img)


# ---------------------------------------------------------------------------------------------------------
# 2. matplotlib seaborn-v0_8-talk, table and pulley
# ---------------------------------------------------------------------------------------------------------
_T2 = ("A 3 kg block sits on a horizontal table and is connected by a string over a pulley to a hanging "
       "2 kg block.")


def _draw_mpl(wrong: str | None) -> bytes:
    import matplotlib
    import matplotlib.pyplot as plt
    from matplotlib.figure import Figure
    from matplotlib.patches import Circle, FancyArrowPatch, Rectangle

    with plt.style.context("seaborn-v0_8-talk"), matplotlib.rc_context({"font.family": "DejaVu Sans"}):
        cyc = plt.rcParams["axes.prop_cycle"].by_key()["color"]
        fig = Figure(figsize=(11.0, 7.0), dpi=100)
        ax = fig.add_axes([0.02, 0.02, 0.96, 0.88])
        ax.set_xlim(0, 11)
        ax.set_ylim(0, 7)
        ax.set_aspect("equal")
        ax.axis("off")
        # table top and legs
        ty = 4.0
        ax.add_patch(Rectangle((0.6, ty - 0.3), 7.4, 0.3, fc="#c8a27a", ec="#5b3b1e", lw=2))
        for lx in (1.0, 6.8):
            ax.add_patch(Rectangle((lx, 0.4), 0.3, ty - 0.7, fc="#c8a27a", ec="#5b3b1e", lw=2))
        ax.plot([0.2, 10.8], [0.4, 0.4], color="#444444", lw=2)
        # pulley at the table's right edge
        px, py, pr = 8.35, ty + 0.15, 0.35
        m_table, m_hang = "3 kg", "2 kg"
        if wrong == "table_mass":
            # breaks "A 3 kg block": the block on the table is labelled 4 kg
            m_table = "4 kg"
        if wrong == "hanging_mass":
            # breaks "a hanging 2 kg block": the hanging block is labelled 5 kg
            m_hang = "5 kg"
        # block on the table
        b1 = (3.2, ty, 1.6, 1.1)
        ax.add_patch(Rectangle(b1[:2], b1[2], b1[3], fc=cyc[0], ec="black", lw=2, alpha=0.85))
        ax.text(b1[0] + b1[2] / 2, b1[1] + b1[3] / 2, m_table, ha="center", va="center", fontsize=22,
                color="white", fontweight="bold")
        sy = py  # string height on the table side (level with the top of the pulley wheel)
        if wrong == "hanging_on_table":
            # breaks "a hanging 2 kg block": the 2 kg block sits on the table too, nothing hangs
            b2 = (5.8, ty, 1.2, 0.9)
            ax.plot([b1[0] + b1[2], b2[0]], [ty + 0.5, ty + 0.5], color="#333333", lw=2)
            ax.plot([b2[0] + b2[2], px], [ty + 0.5, sy + pr], color="#333333", lw=2)
            ax.plot([px + pr, px + pr], [sy, sy - 0.6], color="#333333", lw=2)
        else:
            b2 = (px + pr - 0.6, 1.3, 1.2, 0.9)
            if wrong == "pulley_missing":
                # breaks "over a pulley": the string just bends over the table's corner, no pulley is drawn
                ax.plot([b1[0] + b1[2], 8.0], [ty + 0.5, ty + 0.5], color="#333333", lw=2)
                ax.plot([8.0, 8.0 + 0.0], [ty + 0.5, b2[1] + b2[3]], color="#333333", lw=2)
                b2 = (8.0 - 0.6, 1.3, 1.2, 0.9)
            else:
                ax.plot([b1[0] + b1[2], px], [ty + 0.5, py + pr], color="#333333", lw=2)
                ax.plot([px + pr, px + pr], [py, b2[1] + b2[3]], color="#333333", lw=2)
            ax.add_patch(FancyArrowPatch((b2[0] + b2[2] / 2, b2[1] + b2[3]),
                                         (b2[0] + b2[2] / 2, b2[1] + b2[3] + 0.9), arrowstyle="-|>",
                                         mutation_scale=22, color=cyc[2], lw=3))
            ax.text(b2[0] + b2[2] / 2 + 0.55, b2[1] + b2[3] + 0.6, "T", fontsize=22, color=cyc[2],
                    fontstyle="italic")
        ax.add_patch(Rectangle(b2[:2], b2[2], b2[3], fc=cyc[1], ec="black", lw=2, alpha=0.85))
        ax.text(b2[0] + b2[2] / 2, b2[1] + b2[3] / 2, m_hang, ha="center", va="center", fontsize=20,
                color="white", fontweight="bold")
        if wrong != "pulley_missing":
            ax.add_patch(Circle((px, py), pr, fc="#dddddd", ec="black", lw=2))
            ax.add_patch(Circle((px, py), 0.06, fc="black"))
            ax.plot([px, 8.0], [py, ty], color="black", lw=2)
            ax.text(px + 0.55, py + 0.45, "pulley", fontsize=16)
        # tension on the table block
        ax.add_patch(FancyArrowPatch((b1[0] + b1[2], ty + 0.8), (b1[0] + b1[2] + 1.0, ty + 0.8),
                                     arrowstyle="-|>", mutation_scale=22, color=cyc[2], lw=3))
        ax.text(b1[0] + b1[2] + 0.5, ty + 1.0, "T", fontsize=22, color=cyc[2], fontstyle="italic",
                ha="center")
        fig.suptitle("Block on a table connected over a pulley", fontsize=22, x=0.03, ha="left")
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=100, metadata={"Software": None})
    return _png(Image.open(buf))


# ---------------------------------------------------------------------------------------------------------
# 3. numpy SDF render, block on a ramp
# ---------------------------------------------------------------------------------------------------------
_T3 = "A 4 kg block rests on a ramp inclined at 35 degrees."


def _draw_sdf(wrong: str | None) -> bytes:
    W, H, SS = 900, 560, 2
    ys, xs = np.mgrid[0:H * SS, 0:W * SS].astype(np.float64)
    X = (xs + 0.5) / SS
    Y = (ys + 0.5) / SS
    img = np.zeros((H * SS, W * SS, 3))
    top = np.array([0.93, 0.95, 0.98])
    bot = np.array([0.80, 0.84, 0.90])
    t = (Y / H)[..., None]
    img[:] = top * (1 - t) + bot * t

    def cover(dist):
        return np.clip(0.5 - dist, 0.0, 1.0)

    def sd_poly(pts):
        # signed distance to a convex polygon (either winding): negative inside
        area = sum(pts[i][0] * pts[(i + 1) % len(pts)][1] - pts[(i + 1) % len(pts)][0] * pts[i][1]
                   for i in range(len(pts)))
        if area < 0:
            pts = pts[::-1]
        dmax = None
        dist_edge = None
        n = len(pts)
        for i in range(n):
            (x0, y0), (x1, y1) = pts[i], pts[(i + 1) % n]
            ex, ey = x1 - x0, y1 - y0
            L = math.hypot(ex, ey)
            nx, ny = ey / L, -ex / L
            side = (X - x0) * nx + (Y - y0) * ny
            dmax = side if dmax is None else np.maximum(dmax, side)
            h = np.clip(((X - x0) * ex + (Y - y0) * ey) / (L * L), 0, 1)
            de = np.hypot(X - x0 - ex * h, Y - y0 - ey * h)
            dist_edge = de if dist_edge is None else np.minimum(dist_edge, de)
        return np.where(dmax > 0, dist_edge, -dist_edge)

    def paint(dist, rgb, grad=None):
        c = cover(dist)[..., None]
        col = np.array(rgb)[None, None, :] * (1.0 if grad is None else grad[..., None])
        img[:] = img * (1 - c) + np.clip(col, 0, 1) * c

    ang = 35.0
    if wrong == "angle_drawn_50":
        # breaks "inclined at 35 degrees": the ramp is drawn at 50 degrees (label still 35 degrees)
        ang = 50.0
    ground = 470.0
    x0, x1 = 130.0, 730.0
    a = math.radians(ang)
    run = x1 - x0
    rise = min(run * math.tan(a), 380.0)
    if run * math.tan(a) > 380.0:
        x0 = x1 - rise / math.tan(a)
    # ground
    paint(ground - Y, (0.55, 0.58, 0.55))
    # ramp wedge: (x0, ground) -> (x1, ground) -> (x1, ground - rise); orientation as screen ccw
    wedge = [(x0, ground), (x1, ground - rise), (x1, ground)]
    shade = 0.75 + 0.25 * np.clip((X - x0) / run, 0, 1)
    paint(sd_poly(wedge), (0.72, 0.62, 0.48), shade)
    paint(np.abs(sd_poly(wedge)) - 1.2, (0.30, 0.24, 0.16))
    # block on the slope (or on the floor)
    bw, bh = 130.0, 86.0
    if wrong == "block_on_floor":
        # breaks "block rests on a ramp": the block sits on the flat floor left of the ramp
        cxb, cyb, rot = 40.0 + bw / 2, ground - bh / 2, 0.0
    else:
        sdist = 0.5 * math.hypot(x1 - x0, rise)         # along the slope from the bottom corner
        ux, uy = math.cos(a), -math.sin(a)
        nx, ny = -math.sin(a), -math.cos(a)           # outward normal (up-left)
        cxb = x0 + ux * sdist + nx * bh / 2
        cyb = ground + uy * sdist + ny * bh / 2
        rot = a
    cr, sr = math.cos(rot), math.sin(rot)
    corners = [(-bw / 2, bh / 2), (bw / 2, bh / 2), (bw / 2, -bh / 2), (-bw / 2, -bh / 2)]
    pts = [(cxb + u * cr + v * sr, cyb - u * sr + v * cr) for u, v in corners]
    # soft drop shadow, then the block with a vertical gradient
    sh = sd_poly([(p[0] + 6, p[1] + 6) for p in pts])
    sc = np.clip(1 - np.clip(sh + 6, 0, 12) / 12, 0, 1)[..., None] * 0.25
    img[:] = img * (1 - sc)
    grad = 1.05 - 0.3 * np.clip((Y - (cyb - bh)) / (2 * bh), 0, 1)
    paint(sd_poly(pts), (0.20, 0.45, 0.78), grad)
    paint(np.abs(sd_poly(pts)) - 1.2, (0.08, 0.18, 0.35))
    # angle arc at the bottom corner
    r_arc = 95.0
    th = np.arctan2(ground - Y, X - x0)
    ring = np.abs(np.hypot(X - x0, Y - ground) - r_arc) - 1.4
    ring = np.where((th >= 0) & (th <= a), ring, 10.0)
    paint(ring, (0.1, 0.1, 0.1))
    arr = (np.clip(img, 0, 1) * 255).astype(np.uint8)
    im = Image.fromarray(arr, "RGB").resize((W, H), Image.BOX)
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(_DJV + "DejaVuSans.ttf", 28)
    fb = ImageFont.truetype(_DJV + "DejaVuSans-Bold.ttf", 30)
    ang_lab = "35°"
    if wrong == "angle_label":
        # breaks "inclined at 35 degrees": the angle is labelled 45 degrees
        ang_lab = "45°"
    m_lab = "4 kg"
    if wrong == "mass_label":
        # breaks "A 4 kg block": the block is labelled 6 kg
        m_lab = "6 kg"
    half = a / 2
    d.text((x0 + (r_arc + 40) * math.cos(half), ground - (r_arc + 40) * math.sin(half) + 4), ang_lab, font=f,
           fill=(20, 20, 20), anchor="mm")
    d.text((cxb, cyb), m_lab, font=fb, fill=(255, 255, 255), anchor="mm")
    d.text((30, 36), "Block at rest on an inclined plane", font=ImageFont.truetype(
        _DJV + "DejaVuSans-Oblique.ttf", 24), fill=(40, 40, 60), anchor="lm")
    return _png(im)


def cases() -> list[dict]:
    return [
        {"id": "h4-mechanics-pil-twocolour", "text": _T1, "tool": "PIL",
         "style": "two-colour print (black + blue), hatched floor, F and f arrows to scale (5 px/N), N and W unscaled, Liberation Serif, "
                  "1000x620",
         "draw": _draw_twocolour,
         "wrongs": ["mass_label", "force_label", "friction_label", "friction_dropped"]},
        {"id": "h4-mechanics-mpl-talk", "text": _T2, "tool": "matplotlib",
         "style": "seaborn-v0_8-talk, wooden table, pulley at the edge, filled blocks with white mass labels, "
                  "1100x700",
         "draw": _draw_mpl,
         "wrongs": ["table_mass", "hanging_mass", "pulley_missing", "hanging_on_table"]},
        {"id": "h4-mechanics-numpy-sdf", "text": _T3, "tool": "numpy SDF renderer + PIL text",
         "style": "soft-shaded render, gradient sky, drop shadow, angle arc to scale, DejaVu Sans, 900x560",
         "draw": _draw_sdf,
         "wrongs": ["angle_drawn_50", "angle_label", "mass_label", "block_on_floor"]},
    ]
