"""Held-out figures by other tools, set 6: geometry.

Three cases, each drawn by a tool and in a style that sets 1-5 did not use:
  h6-geometry-opencv-thumbnail  raw OpenCV drawing (anti-aliased lines, Hershey text) reduced to a 300 px thumbnail
  h6-geometry-sympy-hires       sympy.geometry solves the triangle from ASA, sympy.plotting draws it (matplotlib
                                backend, sympy's axes through the origin), 2400 px wide
  h6-geometry-cmyk-print        PIL drawing printed through an own CMYK separation + halftone + misregistration model

Every figure is to scale: the rectangle 8 x 3, the ASA triangle with C solved by sympy, the SSS triangle with
F from the two circle equations. draw(None) is the correct figure of the case's text; draw(name) has exactly
one error, named in a comment at its branch. Deterministic; PNGs are re-saved through PIL as RGB.
"""

import io
import math
import os

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont


# ---------------------------------------------------------------- helpers (copied into every module of this set)


FONT_DIR = "/usr/share/fonts/truetype"
_FONT_FILES = {
    "sans": "dejavu/DejaVuSans.ttf", "sans-b": "dejavu/DejaVuSans-Bold.ttf",
    "sans-i": "dejavu/DejaVuSans-Oblique.ttf", "sans-bi": "dejavu/DejaVuSans-BoldOblique.ttf",
    "cond": "dejavu/DejaVuSansCondensed.ttf", "cond-b": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "mono": "dejavu/DejaVuSansMono.ttf", "mono-b": "dejavu/DejaVuSansMono-Bold.ttf",
    "serif": "dejavu/DejaVuSerif.ttf", "serif-i": "dejavu/DejaVuSerif-Italic.ttf",
    "serif-b": "dejavu/DejaVuSerif-Bold.ttf", "serif-bi": "dejavu/DejaVuSerif-BoldItalic.ttf",
    "lsans": "liberation/LiberationSans-Regular.ttf", "lsans-b": "liberation/LiberationSans-Bold.ttf",
    "lsans-i": "liberation/LiberationSans-Italic.ttf", "lsans-bi": "liberation/LiberationSans-BoldItalic.ttf",
    "lserif": "liberation/LiberationSerif-Regular.ttf", "lserif-i": "liberation/LiberationSerif-Italic.ttf",
    "lserif-b": "liberation/LiberationSerif-Bold.ttf", "lserif-bi": "liberation/LiberationSerif-BoldItalic.ttf",
    "narrow": "liberation/LiberationSansNarrow-Regular.ttf", "narrow-b": "liberation/LiberationSansNarrow-Bold.ttf",
    "narrow-i": "liberation/LiberationSansNarrow-Italic.ttf", "narrow-bi": "liberation/LiberationSansNarrow-BoldItalic.ttf",
    "lmono": "liberation/LiberationMono-Regular.ttf", "lmono-b": "liberation/LiberationMono-Bold.ttf",
}


def _font_path(name):
    return os.path.join(FONT_DIR, _FONT_FILES[name])


def _font(name, size):
    return ImageFont.truetype(_font_path(name), int(round(size)))


def _png(img):
    """PNG bytes of an RGB copy, with no text chunks (only IHDR, IDAT, IEND)."""
    buf = io.BytesIO()
    img.convert("RGB").save(buf, format="PNG")
    return buf.getvalue()


def _text_c(d, xy, s, font, fill, anchor="mm"):
    d.text((round(xy[0]), round(xy[1])), s, font=font, fill=fill, anchor=anchor)


def _lowfreq(rng, h, w, cells=24):
    """Smooth noise in [0, 1]: a small random field scaled up bicubically."""
    small = rng.rand(max(2, h // cells), max(2, w // cells)).astype(np.float32)
    im = Image.fromarray((small * 255).astype(np.uint8)).resize((w, h), Image.BICUBIC)
    return np.asarray(im, dtype=np.float32) / 255.0


def _screen(h, w, angle_deg, period):
    """A round-dot halftone threshold screen (values in [0, 1]) at the given angle and period (px)."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    t = math.radians(angle_deg)
    u = xx * math.cos(t) + yy * math.sin(t)
    v = -xx * math.sin(t) + yy * math.cos(t)
    return 0.5 - 0.25 * (np.cos(2 * np.pi * u / period) + np.cos(2 * np.pi * v / period))


def _mpl_png(fig, dpi):
    """Rasterise a matplotlib Figure (Agg) and re-save it through PIL."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    FigureCanvasAgg(fig)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None})
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def _thumbnail(img, width=300, quality=82):
    """A web thumbnail: Lanczos-downscaled to `width` px and passed once through JPEG."""
    h = int(round(img.height * width / img.width))
    small = img.convert("RGB").resize((width, h), Image.LANCZOS)
    buf = io.BytesIO()
    small.save(buf, format="JPEG", quality=quality, subsampling=2)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def _cmyk_print(img, seed, period=5.0, shifts=((2, 1), (-1, 2), (1, -1), (0, 0))):
    """Offset print: RGB separated into C, M, Y, K (full grey-component replacement), each plate screened
    at its classic angle (C 15°, M 75°, Y 0°, K 45°), the plates printed slightly out of register
    (`shifts` in px) with process-ink colours on off-white paper, with a little dot gain."""
    rng = np.random.RandomState(seed)
    a = np.asarray(img.convert("RGB"), dtype=np.float32) / 255.0
    h, w, _ = a.shape
    k = 1.0 - a.max(axis=2)
    den = np.maximum(1.0 - k, 1e-4)
    plates = [(1.0 - a[..., 0] - k) / den, (1.0 - a[..., 1] - k) / den, (1.0 - a[..., 2] - k) / den, k]
    inks = np.array([[0.0, 0.64, 0.90], [0.91, 0.05, 0.55], [1.0, 0.93, 0.05], [0.13, 0.12, 0.13]],
                    dtype=np.float32)
    paper = np.array([0.975, 0.968, 0.94], dtype=np.float32)
    res = np.ones((h, w, 3), dtype=np.float32) * paper[None, None, :]
    for plate, ang, (dx, dy), ink in zip(plates, (15.0, 75.0, 0.0, 45.0), shifts, inks):
        plate = np.clip(plate, 0.0, 1.0)
        cov = np.clip((plate - _screen(h, w, ang, period)) * 3.5 + 0.5, 0.0, 1.0)
        cov = np.where(plate > 0.95, 1.0, np.where(plate < 0.03, 0.0, cov))
        cov = np.asarray(Image.fromarray((cov * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5)),
                         dtype=np.float32) / 255.0
        cov = np.roll(np.roll(cov, dy, axis=0), dx, axis=1)
        res *= 1.0 - cov[..., None] * (1.0 - ink[None, None, :])
    res += rng.normal(0.0, 0.012, size=(h, w, 1)).astype(np.float32)
    return Image.fromarray((np.clip(res, 0, 1) * 255).astype(np.uint8))


# ---------------------------------------------------------------- cases
SCIENCE = "geometry"


# ================================================================ case 1: OpenCV thumbnail
THUMB_TEXT = "A rectangle PQRS with PQ = 8 cm and QR = 3 cm."
THUMB_WRONGS = ["qr_drawn_5cm", "pq_label_6", "sheared_parallelogram", "p_q_swapped"]


def _draw_thumb(wrong=None):
    import cv2

    W, H = 1500, 1000
    img = np.full((H, W, 3), 255, np.uint8)
    k = 120.0  # px per cm
    pq, qr = 8.0, 3.0
    qr_draw = qr
    if wrong == "qr_drawn_5cm":
        # breaks "QR = 3 cm": the side QR is drawn 5 cm long (label unchanged)
        qr_draw = 5.0
    shear = 0.0
    if wrong == "sheared_parallelogram":
        # breaks "A rectangle": the corners are 70 degrees / 110 degrees (a parallelogram with the same sides)
        shear = qr_draw * math.cos(math.radians(70))
    h = qr_draw * math.sin(math.radians(70)) if shear else qr_draw
    x0 = (W - pq * k) / 2
    y0 = H / 2 + h * k / 2 + 40
    P = (x0, y0)
    Q = (x0 + pq * k, y0)
    R = (x0 + pq * k + shear * k, y0 - h * k)
    Sv = (x0 + shear * k, y0 - h * k)
    pts = np.array([P, Q, R, Sv], np.float64)
    fill = np.array([[int(round(x * 16)), int(round(y * 16))] for x, y in pts], np.int32)
    cv2.fillPoly(img, [fill], (250, 236, 214), lineType=cv2.LINE_AA, shift=4)  # BGR: pale blue
    cv2.polylines(img, [fill], True, (120, 60, 20), 9, lineType=cv2.LINE_AA, shift=4)
    if not shear:
        for c, (dx, dy) in ((P, (1, -1)), (Q, (-1, -1)), (R, (-1, 1)), (Sv, (1, 1))):
            m = 38
            a = (int(c[0] + dx * m), int(c[1]))
            b = (int(c[0] + dx * m), int(c[1] + dy * m))
            e = (int(c[0]), int(c[1] + dy * m))
            cv2.polylines(img, [np.array([a, b, e], np.int32)], False, (120, 60, 20), 4, lineType=cv2.LINE_AA)
    names = ["P", "Q", "R", "S"]
    if wrong == "p_q_swapped":
        # breaks "rectangle PQRS" (P, Q, R, S in order round the boundary): P and Q are swapped
        names = ["Q", "P", "R", "S"]
    font = cv2.FONT_HERSHEY_DUPLEX
    offs = [(-75, 70), (25, 70), (25, -20), (-75, -20)]
    for (x, y), n, (dx, dy) in zip(pts, names, offs):
        cv2.putText(img, n, (int(x + dx), int(y + dy)), font, 3.0, (30, 30, 30), 6, cv2.LINE_AA)
    pq_txt = "8 cm"
    if wrong == "pq_label_6":
        # breaks "PQ = 8 cm": the label reads 6 cm
        pq_txt = "6 cm"
    (tw, th), _ = cv2.getTextSize(pq_txt, font, 2.6, 5)
    cv2.putText(img, pq_txt, (int((P[0] + Q[0]) / 2 - tw / 2), int(y0 + 100)), font, 2.6, (40, 40, 180), 5,
                cv2.LINE_AA)
    cv2.putText(img, "3 cm", (int((Q[0] + R[0]) / 2 + 30), int((Q[1] + R[1]) / 2 + th / 2)), font, 2.6,
                (40, 40, 180), 5, cv2.LINE_AA)
    pil = Image.fromarray(cv2.cvtColor(img, cv2.COLOR_BGR2RGB))
    return _png(_thumbnail(pil, 300))


# ================================================================ case 2: sympy plot, 2400 px
SYMPY_TEXT = "A triangle ABC with angle A = 40 degrees, angle B = 60 degrees and AB = 7 cm."
SYMPY_WRONGS = ["angle_B_drawn_75", "ab_label_9", "a_b_swapped", "angle_A_label_50"]


def _draw_sympy(wrong=None):
    import sympy as sp
    from sympy.geometry import Triangle
    from sympy.plotting import plot_parametric
    import matplotlib.pyplot as plt
    from matplotlib.patches import Arc

    angB = 60
    if wrong == "angle_B_drawn_75":
        # breaks "angle B = 60 degrees": the triangle is solved and drawn with B = 75 degrees (label unchanged)
        angB = 75
    tri = Triangle(asa=(40, 7, angB))
    # sympy puts A at the origin and B on the x axis; shift the triangle into the first quadrant
    A, B, C = [(float(v.x) + 1.0, float(v.y) + 1.0) for v in tri.vertices]
    t = sp.symbols("t")
    segs = []
    for (x0, y0), (x1, y1) in ((A, B), (B, C), (C, A)):
        segs.append((x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, (t, 0, 1)))
    p = plot_parametric(*segs, show=False, size=(8, 16 / 3), aspect_ratio=(1, 1), line_color="#1a5fb4", axis_center=(0, 0),
                        xlim=(-0.7, 9.3), ylim=(-0.5, 6.0), xlabel="x / cm", ylabel="y / cm")
    try:
        p.process_series()
        fig, ax = p.fig, p.ax
        for ln in ax.get_lines():
            ln.set_linewidth(2.6)
        names = ["A", "B", "C"]
        if wrong == "a_b_swapped":
            # breaks "angle A = 40 degrees, angle B = 60 degrees": the letters A and B are swapped
            names = ["B", "A", "C"]
        for (x, y), n, (dx, dy) in zip((A, B, C), names, ((-0.35, -0.45), (0.2, -0.45), (0.0, 0.3))):
            ax.text(x + dx, y + dy, n, fontsize=17, fontstyle="italic", family="DejaVu Serif", ha="center",
                    va="center")
        ax.add_patch(Arc(A, 1.6, 1.6, theta1=0, theta2=40, color="#c01c28", lw=1.8))
        ax.add_patch(Arc(B, 1.6, 1.6, theta1=180 - angB, theta2=180, color="#c01c28", lw=1.8))
        a_txt = "40\u00b0"
        if wrong == "angle_A_label_50":
            # breaks "angle A = 40 degrees": the label reads 50°
            a_txt = "50\u00b0"
        ax.text(A[0] + 1.15 * math.cos(math.radians(20)), A[1] + 1.15 * math.sin(math.radians(20)), a_txt,
                fontsize=13, color="#c01c28", ha="center", va="center")
        ax.text(B[0] - 1.15 * math.cos(math.radians(angB / 2)), B[1] + 1.15 * math.sin(math.radians(angB / 2)),
                "60\u00b0", fontsize=13, color="#c01c28", ha="center", va="center")
        ab_txt = "7 cm"
        if wrong == "ab_label_9":
            # breaks "AB = 7 cm": the label reads 9 cm
            ab_txt = "9 cm"
        ax.text((A[0] + B[0]) / 2, A[1] - 0.42, ab_txt, fontsize=14, color="#1a5fb4", ha="center", va="center")
        ax.set_title("Triangle from angle-side-angle (sympy.geometry)", fontsize=12)
        img = _mpl_png(fig, 300)
    finally:
        plt.close(p.fig)
    return _png(img)


# ================================================================ case 3: CMYK print
CMYK_TEXT = "A triangle DEF with DE = 7 cm, EF = 5 cm and DF = 6 cm."
CMYK_WRONGS = ["ef_drawn_4cm", "df_label_8", "e_f_swapped", "vertex_F_unlabelled"]


def _draw_cmyk(wrong=None):
    S = 2
    W, H = 1100, 780
    img = Image.new("RGB", (W * S, H * S), "white")
    d = ImageDraw.Draw(img)
    de, ef, df = 7.0, 5.0, 6.0
    ef_draw = ef
    if wrong == "ef_drawn_4cm":
        # breaks "EF = 5 cm": F is placed so that EF is 4 cm (label unchanged)
        ef_draw = 4.0
    fx = (df ** 2 - ef_draw ** 2 + de ** 2) / (2 * de)
    fy = math.sqrt(df ** 2 - fx ** 2)
    k = 100.0
    ox, oy = (W - de * k) / 2, 650

    def Q(x, y):
        return ((ox + x * k) * S, (oy - y * k) * S)

    Dp, Ep, Fp = (0.0, 0.0), (de, 0.0), (fx, fy)
    d.polygon([Q(*Dp), Q(*Ep), Q(*Fp)], fill=(200, 236, 246))
    d.line([Q(*Dp), Q(*Ep), Q(*Fp), Q(*Dp)], fill=(0, 84, 150), width=7 * S, joint="curve")
    for p in (Dp, Ep, Fp):
        x, y = Q(*p)
        d.ellipse([x - 9 * S, y - 9 * S, x + 9 * S, y + 9 * S], fill=(20, 20, 20))
    fv = _font("serif-bi", 46 * S)
    names = {"D": Dp, "E": Ep, "F": Fp}
    if wrong == "e_f_swapped":
        # breaks "DE = 7 cm, EF = 5 cm, DF = 6 cm": the letters E and F are swapped
        names = {"D": Dp, "F": Ep, "E": Fp}
    offs = {Dp: (-0.42, -0.32), Ep: (0.42, -0.32), Fp: (0.0, 0.5)}
    for n, p in names.items():
        if wrong == "vertex_F_unlabelled" and n == "F":
            # breaks "A triangle DEF": the vertex F carries no letter
            continue
        dx, dy = offs[p]
        d.text(Q(p[0] + dx, p[1] + dy), n, font=fv, fill=(20, 20, 20), anchor="mm")
    fl = _font("sans-b", 36 * S)

    def side_label(p0, p1, text, col, out=0.55):
        mx, my = (p0[0] + p1[0]) / 2, (p0[1] + p1[1]) / 2
        nx, ny = (p1[1] - p0[1]), -(p1[0] - p0[0])
        n = math.hypot(nx, ny)
        nx, ny = nx / n, ny / n
        cx, cy = (Dp[0] + Ep[0] + Fp[0]) / 3, (Dp[1] + Ep[1] + Fp[1]) / 3
        if (mx - cx) * nx + (my - cy) * ny < 0:  # make the normal point away from the centroid
            nx, ny = -nx, -ny
        d.text(Q(mx + nx * out, my + ny * out), text, font=fl, fill=col, anchor="mm")

    df_txt = "6 cm"
    if wrong == "df_label_8":
        # breaks "DF = 6 cm": the label reads 8 cm
        df_txt = "8 cm"
    side_label(Dp, Ep, "7 cm", (200, 20, 110))
    side_label(Ep, Fp, "5 cm", (200, 20, 110), out=0.75)
    side_label(Dp, Fp, df_txt, (200, 20, 110), out=0.75)
    ft = _font("sans-b", 40 * S)
    d.rectangle([0, 0, W * S, 92 * S], fill=(0, 120, 190))
    d.text((40 * S, 46 * S), "Exercise 3", font=ft, fill="white", anchor="lm")
    d.text((300 * S, 46 * S), "Construct the triangle from its three sides", font=_font("sans", 30 * S),
           fill=(255, 240, 120), anchor="lm")
    d.text((40 * S, 748 * S), "Drawn to scale with ruler and compasses.", font=_font("serif-i", 26 * S),
           fill=(60, 60, 60), anchor="lm")
    img = img.resize((W, H), Image.LANCZOS)
    return _png(_cmyk_print(img, seed=63, shifts=((-2, 1), (1, 2), (2, -1), (0, 0))))


def cases():
    return [
        {"id": "h6-geometry-opencv-thumbnail", "text": THUMB_TEXT, "tool": "OpenCV (cv2 drawing, Hershey duplex)",
         "style": "300 px wide web thumbnail (Lanczos reduction, JPEG) (300x200)",
         "draw": _draw_thumb, "wrongs": list(THUMB_WRONGS)},
        {"id": "h6-geometry-sympy-hires", "text": SYMPY_TEXT, "tool": "sympy.geometry + sympy.plotting (matplotlib backend)",
         "style": "CAS plot with sympy's axes through the origin, cm ticks, 2400 px wide (2400x1600)",
         "draw": _draw_sympy, "wrongs": list(SYMPY_WRONGS)},
        {"id": "h6-geometry-cmyk-print", "text": CMYK_TEXT, "tool": "PIL + numpy CMYK separation / halftone model",
         "style": "offset-printed workbook: CMYK rosette, plates out of register, coloured header band (1100x780)",
         "draw": _draw_cmyk, "wrongs": list(CMYK_WRONGS)},
    ]
