"""Held-out geometry figures drawn by other tools (outside helper, session 37).

Five texts nesy reads in the geometry science: matplotlib ``classic`` style with side labels rotated along the
sides, a raw PIL black-and-white textbook triangle with tick marks, a 200 dpi matplotlib engineering drawing
with dimension lines, a raw PIL "blueprint" (white on blue with a faint grid), and a small matplotlib
``fivethirtyeight`` parallelogram. Every figure is drawn to scale (1 cm of the text = a fixed length).
``draw(None)`` is the correct figure; ``draw(name)`` has exactly one error against a stated fact.
"""
from __future__ import annotations

import io
import math

from PIL import Image, ImageDraw, ImageFont

SCIENCE = "geometry"

_FONTS = "/usr/share/fonts/truetype"


def _clean_png(raw: bytes) -> bytes:
    im = Image.open(io.BytesIO(raw))
    im.load()
    out = io.BytesIO()
    im.convert("RGB").save(out, format="PNG")
    return out.getvalue()


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


def _img_png(img: Image.Image) -> bytes:
    out = io.BytesIO()
    img.save(out, format="PNG")
    return _clean_png(out.getvalue())


def _unit(p, q):
    dx, dy = q[0] - p[0], q[1] - p[1]
    n = math.hypot(dx, dy)
    return dx / n, dy / n


# ---------------------------------------------------------------------------------------------------------
# 1. matplotlib "classic": pale yellow fill, bold vertex letters, side labels rotated along the sides
# ---------------------------------------------------------------------------------------------------------
TEXT_1 = "Triangle PQR with PQ = 6 cm, QR = 8 cm and a right angle at Q."


def _draw_1(wrong: str | None) -> bytes:
    import matplotlib.pyplot as plt
    from matplotlib.patches import Polygon
    with plt.style.context("classic"), plt.rc_context({"font.family": "DejaVu Sans", "font.size": 14}):
        Q, P, R = (0.0, 0.0), (0.0, 6.0), (8.0, 0.0)
        right_at = "Q"
        if wrong == "right_at_P":
            # breaks "a right angle at Q": the right angle is at P (PQ = 6 and QR = 8 still hold)
            P = (0.0, 6.0)
            s = math.sqrt(8.0 ** 2 - 6.0 ** 2)
            R = (s, 6.0)
            right_at = "P"
        if wrong == "qr_drawn_6":
            # breaks "QR = 8 cm": QR is drawn 6 cm long (labelled 8 cm)
            R = (6.0, 0.0)
        names = {"P": P, "Q": Q, "R": R}
        if wrong == "swap_P_R":
            # breaks "PQ = 6 cm, QR = 8 cm": the letters P and R are exchanged, so PQ is the 8 cm side
            names = {"P": R, "Q": Q, "R": P}
        fig = _new_fig(6.0, 5.0)
        ax = fig.add_axes((0, 0, 1, 1))
        ax.set_xlim(-2.0, 10.0)
        ax.set_ylim(-1.8, 8.2)
        ax.set_aspect("equal")
        ax.axis("off")
        ax.add_patch(Polygon([P, Q, R], closed=True, facecolor="#fff3b0", edgecolor="#7a3b00", lw=2.5))
        # right-angle mark
        v = {"Q": (Q, P, R), "P": (P, Q, R)}[right_at]
        u1, u2 = _unit(v[0], v[1]), _unit(v[0], v[2])
        k = 0.6
        c = v[0]
        ax.plot([c[0] + k * u1[0], c[0] + k * (u1[0] + u2[0]), c[0] + k * u2[0]],
                [c[1] + k * u1[1], c[1] + k * (u1[1] + u2[1]), c[1] + k * u2[1]], color="#7a3b00", lw=1.5)
        g = ((P[0] + Q[0] + R[0]) / 3, (P[1] + Q[1] + R[1]) / 3)
        for name, p in names.items():
            u = _unit(g, p)
            ax.text(p[0] + 0.55 * u[0], p[1] + 0.55 * u[1], name, ha="center", va="center",
                    fontweight="bold", fontsize=17)

        def side(a, b, text):
            m = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
            u = _unit(g, m)
            ang = math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))
            if ang > 90 or ang < -90:
                ang += 180
            if ang > 90:
                ang -= 180
            ax.text(m[0] + 0.5 * u[0], m[1] + 0.5 * u[1], text, rotation=ang, ha="center", va="center",
                    rotation_mode="anchor", color="#003f7f")

        side(P, Q, "6 cm")
        qr = "8 cm"
        if wrong == "qr_label_10":
            # breaks "QR = 8 cm": the side is labelled 10 cm
            qr = "10 cm"
        side(Q, R, qr)
        return _fig_png(fig, 120, facecolor="white")


# ---------------------------------------------------------------------------------------------------------
# 2. raw PIL, black and white textbook: tick marks on the equal sides, angle arc, serif italic letters
# ---------------------------------------------------------------------------------------------------------
TEXT_2 = "An isosceles triangle ABC with AB = AC = 7 cm and angle A = 40 degrees."


def _draw_2(wrong: str | None) -> bytes:
    W, H = 640, 600
    S = 68.0  # px per cm
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    it = ImageFont.truetype(f"{_FONTS}/liberation/LiberationSerif-Italic.ttf", 34)
    rm = ImageFont.truetype(f"{_FONTS}/liberation/LiberationSerif-Regular.ttf", 26)
    apex = 40.0
    ab, ac = 7.0, 7.0
    if wrong == "apex_60":
        # breaks "angle A = 40 degrees": the apex angle is drawn 60° (still labelled 40°)
        apex = 60.0
    if wrong == "not_isosceles":
        # breaks "AB = AC = 7 cm": AC is drawn 5 cm long (still labelled 7 cm)
        ac = 5.0
    A = (W / 2, 70.0)
    h = math.radians(apex / 2)
    B = (A[0] - S * ab * math.sin(h), A[1] + S * ab * math.cos(h))
    C = (A[0] + S * ac * math.sin(h), A[1] + S * ac * math.cos(h))
    d.line([A, B, C, A], fill=0, width=3, joint="curve")
    # angle arc at A
    r = 70
    a0 = math.degrees(math.atan2(B[1] - A[1], B[0] - A[0]))
    a1 = math.degrees(math.atan2(C[1] - A[1], C[0] - A[0]))
    d.arc((A[0] - r, A[1] - r, A[0] + r, A[1] + r), start=min(a0, a1), end=max(a0, a1), fill=0, width=2)
    lab = "40°" if wrong != "angle_label_50" else "50°"
    # (wrong "angle_label_50" breaks "angle A = 40 degrees": the arc is labelled 50°)
    d.text((A[0], A[1] + r + 22), lab, font=rm, fill=0, anchor="mm")
    # equal-side tick marks (one tick each)
    for p, q in ((A, B), (A, C)):
        m = ((p[0] + q[0]) / 2, (p[1] + q[1]) / 2)
        u = _unit(p, q)
        n = (-u[1], u[0])
        d.line([(m[0] - 12 * n[0], m[1] - 12 * n[1]), (m[0] + 12 * n[0], m[1] + 12 * n[1])], fill=0, width=3)
    # vertex letters
    d.text((A[0], A[1] - 30), "A", font=it, fill=0, anchor="mm")
    d.text((B[0] - 24, B[1] + 14), "B", font=it, fill=0, anchor="mm")
    d.text((C[0] + 24, C[1] + 14), "C", font=it, fill=0, anchor="mm")
    # side values outside the triangle, beside each equal side
    for p, q, t in ((A, B, "7 cm"), (A, C, "7 cm" if wrong != "ac_label_5" else "5 cm")):
        # (wrong "ac_label_5" breaks "AB = AC = 7 cm": AC is labelled 5 cm)
        m = ((p[0] + q[0]) / 2, (p[1] + q[1]) / 2)
        side = -1 if q is B else 1
        d.text((m[0] + side * 62, m[1] - 10), t, font=rm, fill=0, anchor="mm")
    return _img_png(img)


# ---------------------------------------------------------------------------------------------------------
# 3. matplotlib engineering drawing, 200 dpi: dimension lines with extension lines and double arrows
# ---------------------------------------------------------------------------------------------------------
TEXT_3 = "A rectangle ABCD with AB = 9 cm and BC = 4 cm; draw the diagonal AC."


def _draw_3(wrong: str | None) -> bytes:
    import matplotlib.pyplot as plt
    with plt.style.context("fast"), plt.rc_context({"font.family": "Liberation Sans Narrow", "font.size": 12}):
        w, h = 9.0, 4.0
        if wrong == "bc_drawn_6":
            # breaks "BC = 4 cm": BC is drawn 6 cm long (labelled 4 cm)
            h = 6.0
        A, B, C, D = (0.0, 0.0), (w, 0.0), (w, h), (0.0, h)
        fig = _new_fig(6.0, 3.6 if h == 4.0 else 4.6)
        ax = fig.add_axes((0, 0, 1, 1))
        ax.set_xlim(-1.6, 11.4)
        ax.set_ylim(-2.2, h + 1.0)
        ax.set_aspect("equal")
        ax.axis("off")
        ax.plot([A[0], B[0], C[0], D[0], A[0]], [A[1], B[1], C[1], D[1], A[1]], color="#1f4e9c", lw=2.0)
        if wrong == "diagonal_BD":
            # breaks "draw the diagonal AC": the other diagonal, BD, is drawn
            ax.plot([B[0], D[0]], [B[1], D[1]], color="#1f4e9c", lw=1.3, ls=(0, (6, 3)))
        elif wrong != "no_diagonal":
            # (wrong "no_diagonal" breaks "draw the diagonal AC": no diagonal at all)
            ax.plot([A[0], C[0]], [A[1], C[1]], color="#1f4e9c", lw=1.3, ls=(0, (6, 3)))
        for name, p, off in (("A", A, (-0.35, -0.35)), ("B", B, (0.35, -0.35)), ("C", C, (0.35, 0.35)),
                             ("D", D, (-0.35, 0.35))):
            ax.text(p[0] + off[0], p[1] + off[1], name, ha="center", va="center", fontsize=14)
        dim = dict(arrowstyle="<|-|>", color="black", lw=0.8, shrinkA=0, shrinkB=0, mutation_scale=10)
        # horizontal dimension under AB
        y = -1.3
        ax.plot([0, 0], [-0.15, y - 0.25], color="black", lw=0.6)
        ax.plot([w, w], [-0.15, y - 0.25], color="black", lw=0.6)
        ax.annotate("", (0, y), (w, y), arrowprops=dim)
        ab = "9 cm" if wrong != "ab_label_8" else "8 cm"
        # (wrong "ab_label_8" breaks "AB = 9 cm": the dimension reads 8 cm)
        ax.text(w / 2, y, ab, ha="center", va="center", backgroundcolor="white")
        # vertical dimension right of BC
        x = w + 1.2
        ax.plot([w + 0.15, x + 0.25], [0, 0], color="black", lw=0.6)
        ax.plot([w + 0.15, x + 0.25], [h, h], color="black", lw=0.6)
        ax.annotate("", (x, 0), (x, h), arrowprops=dim)
        ax.text(x, h / 2, "4 cm", ha="center", va="center", rotation=90, backgroundcolor="white")
        return _fig_png(fig, 200, facecolor="white")


# ---------------------------------------------------------------------------------------------------------
# 4. raw PIL "blueprint": white lines on blue, faint grid, narrow sans labels
# ---------------------------------------------------------------------------------------------------------
TEXT_4 = "A circle with centre O and radius 3 cm; a chord AB of length 4 cm."


def _draw_4(wrong: str | None) -> bytes:
    W = H = 560
    S = 70.0
    img = Image.new("RGB", (W, H), (22, 62, 128))
    d = ImageDraw.Draw(img)
    for g in range(0, W, 35):
        d.line([(g, 0), (g, H)], fill=(45, 88, 158), width=1)
        d.line([(0, g), (W, g)], fill=(45, 88, 158), width=1)
    f = ImageFont.truetype(f"{_FONTS}/liberation/LiberationSansNarrow-Regular.ttf", 26)
    fb = ImageFont.truetype(f"{_FONTS}/liberation/LiberationSansNarrow-Bold.ttf", 28)
    ink = (235, 245, 255)
    O = (280.0, 270.0)
    r = 3.0 * S
    d.ellipse((O[0] - r, O[1] - r, O[0] + r, O[1] + r), outline=ink, width=3)
    chord = 4.0
    if wrong == "chord_drawn_5":
        # breaks "a chord AB of length 4 cm": the chord is drawn 5 cm long (labelled 4 cm)
        chord = 5.0
    half = chord / 2
    dist = math.sqrt(3.0 ** 2 - half ** 2)
    A = (O[0] - half * S, O[1] + dist * S)
    B = (O[0] + half * S, O[1] + dist * S)
    d.line([A, B], fill=ink, width=3)
    for p in (A, B):
        d.ellipse((p[0] - 5, p[1] - 5, p[0] + 5, p[1] + 5), fill=ink)
    d.text((A[0] - 18, A[1] + 16), "A", font=fb, fill=ink, anchor="mm")
    d.text((B[0] + 18, B[1] + 16), "B", font=fb, fill=ink, anchor="mm")
    d.text(((A[0] + B[0]) / 2, A[1] - 20), "4 cm" if wrong != "chord_label_6" else "6 cm", font=f, fill=ink,
           anchor="mm")
    # (wrong "chord_label_6" breaks "a chord AB of length 4 cm": the chord is labelled 6 cm)
    # radius drawn up and to the right, labelled beside it
    t = math.radians(-50)
    E = (O[0] + r * math.cos(t), O[1] + r * math.sin(t))
    d.line([O, E], fill=ink, width=2)
    rl = "r = 3 cm" if wrong != "radius_label_2" else "r = 2 cm"
    # (wrong "radius_label_2" breaks "radius 3 cm": the radius is labelled 2 cm)
    d.text(((O[0] + E[0]) / 2 + 40, (O[1] + E[1]) / 2 + 6), rl, font=f, fill=ink, anchor="mm")
    Op = O
    if wrong == "o_off_centre":
        # breaks "a circle with centre O": the point named O is 1.3 cm away from the centre
        Op = (O[0] - 1.3 * S, O[1] - 0.4 * S)
    d.ellipse((Op[0] - 6, Op[1] - 6, Op[0] + 6, Op[1] + 6), fill=ink)
    d.text((Op[0] - 20, Op[1] - 18), "O", font=fb, fill=ink, anchor="mm")
    return _img_png(img)


# ---------------------------------------------------------------------------------------------------------
# 5. matplotlib fivethirtyeight, 80 dpi: thick strokes on the grey panel, filled angle wedge, bold labels
# ---------------------------------------------------------------------------------------------------------
TEXT_5 = "A parallelogram ABCD with AB = 8 cm, AD = 5 cm and angle A = 70 degrees."


def _draw_5(wrong: str | None) -> bytes:
    import matplotlib.pyplot as plt
    from matplotlib.patches import Polygon, Wedge
    with plt.style.context("fivethirtyeight"), plt.rc_context({"font.family": "Liberation Sans",
                                                                "font.weight": "bold", "font.size": 15}):
        ang, ab, ad = 70.0, 8.0, 5.0
        if wrong == "angle_90":
            # breaks "angle A = 70 degrees": the angle at A is drawn 90° (a rectangle, still labelled 70°)
            ang = 90.0
        if wrong == "ad_drawn_3":
            # breaks "AD = 5 cm": AD is drawn 3 cm long (labelled 5 cm)
            ad = 3.0
        t = math.radians(ang)
        A = (0.0, 0.0)
        B = (ab, 0.0)
        D = (ad * math.cos(t), ad * math.sin(t))
        C = (B[0] + D[0], B[1] + D[1])
        fig = _new_fig(7.0, 5.0)
        ax = fig.add_axes((0, 0, 1, 1))
        ax.set_xlim(-1.6, 11.4)
        ax.set_ylim(-1.6, 7.7)
        ax.set_aspect("equal")
        ax.axis("off")
        ax.add_patch(Polygon([A, B, C, D], closed=True, facecolor="none", edgecolor="#008fd5", lw=4))
        ax.add_patch(Wedge(A, 1.1, 0, ang, facecolor="#fc4f30", alpha=0.55, edgecolor="none"))
        al = "70°" if wrong != "angle_label_110" else "110°"
        # (wrong "angle_label_110" breaks "angle A = 70 degrees": the angle is labelled 110°)
        ax.text(1.55 * math.cos(t / 2), 1.55 * math.sin(t / 2), al, ha="center", va="center", color="#b02a10")
        for name, p, off in (("A", A, (-0.45, -0.4)), ("B", B, (0.45, -0.4)), ("C", C, (0.45, 0.35)),
                             ("D", D, (-0.45, 0.35))):
            ax.text(p[0] + off[0], p[1] + off[1], name, ha="center", va="center", fontsize=18)
        abl = "8 cm" if wrong != "ab_label_6" else "6 cm"
        # (wrong "ab_label_6" breaks "AB = 8 cm": AB is labelled 6 cm)
        ax.text(ab / 2, -0.6, abl, ha="center", va="center", color="#333333")
        m = (D[0] / 2, D[1] / 2)
        ax.text(m[0] - 0.8 * math.sin(t), m[1] + 0.8 * math.cos(t), "5 cm", ha="center", va="center",
                color="#333333")
        return _fig_png(fig, 80)


def cases() -> list[dict]:
    return [
        {"id": "h2-geometry-classic-right-triangle", "text": TEXT_1, "tool": "matplotlib",
         "style": "classic rcParams, rotated side labels", "draw": _draw_1,
         "wrongs": ["right_at_P", "qr_drawn_6", "qr_label_10", "swap_P_R"]},
        {"id": "h2-geometry-pil-bw-isosceles", "text": TEXT_2, "tool": "PIL", "style": "bw textbook, tick marks",
         "draw": _draw_2,
         "wrongs": ["apex_60", "not_isosceles", "ac_label_5", "angle_label_50"]},
        {"id": "h2-geometry-engineering-rectangle", "text": TEXT_3, "tool": "matplotlib",
         "style": "engineering dimension lines, 200 dpi", "draw": _draw_3,
         "wrongs": ["diagonal_BD", "no_diagonal", "bc_drawn_6", "ab_label_8"]},
        {"id": "h2-geometry-pil-blueprint-chord", "text": TEXT_4, "tool": "PIL", "style": "blueprint white on blue",
         "draw": _draw_4,
         "wrongs": ["chord_drawn_5", "chord_label_6", "radius_label_2", "o_off_centre"]},
        {"id": "h2-geometry-538-parallelogram", "text": TEXT_5, "tool": "matplotlib",
         "style": "fivethirtyeight, 80 dpi", "draw": _draw_5,
         "wrongs": ["angle_90", "ad_drawn_3", "angle_label_110", "ab_label_6"]},
    ]
