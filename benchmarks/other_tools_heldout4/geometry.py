"""Held-out set 4, geometry: three figures drawn by three other tools.

* ``h4-geometry-pil-photocopy``  raw PIL textbook exercise figure, then a photocopied-scan look done here
  with numpy (skew, toner, noise, binding shadow): isosceles triangle with tick marks on the equal sides.
* ``h4-geometry-mpl-petroff6``   matplotlib ``petroff6`` with Computer Modern text (cmr10 + cm mathtext), a
  "LaTeX article" look: square with its diagonal, right-angle marks.
* ``h4-geometry-svglib-exam``    hand-written SVG rendered by svglib -> reportlab PDF -> pdfium: an exam sheet
  on 5 mm squared paper, right triangle with the right angle at E.

All figures are to scale (1 cm = a fixed number of pixels). Every wrong has exactly one error against a fact
the text states (commented where it is drawn).
"""
from __future__ import annotations

import io
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

SCIENCE = "geometry"

_LIB = "/usr/share/fonts/truetype/liberation/"
_DJV = "/usr/share/fonts/truetype/dejavu/"


def _png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, format="PNG")
    return buf.getvalue()


# ---------------------------------------------------------------------------------------------------------
# 1. PIL + photocopy, isosceles triangle
# ---------------------------------------------------------------------------------------------------------
_T1 = "An isosceles triangle ABC with AB = AC = 5 cm and BC = 6 cm."


def _photocopy(img: Image.Image, seed: int) -> Image.Image:
    g = img.convert("L")
    g = g.rotate(1.1, resample=Image.BICUBIC, expand=False, fillcolor=255)
    g = g.filter(ImageFilter.GaussianBlur(0.7))
    a = np.asarray(g).astype(np.float64) / 255.0
    a = a ** 1.5
    h, w = a.shape
    a = a * 0.88 + 0.06
    x = np.linspace(0.0, 1.0, w)[None, :]
    y = np.linspace(0.0, 1.0, h)[:, None]
    a = a - 0.25 * np.exp(-(1.0 - x) / 0.03) - 0.05 * (1.0 - y)   # binding shadow on the right
    rng = np.random.RandomState(seed)
    a = a + rng.normal(0.0, 0.04, a.shape)
    a[rng.random_sample(a.shape) < 0.0005] -= 0.55
    a = np.clip(a * 255.0, 0, 255).astype(np.uint8)
    g = Image.fromarray(a, "L").filter(ImageFilter.GaussianBlur(0.45))
    return Image.merge("RGB", (g, g, g))


def _draw_photocopy(wrong: str | None) -> bytes:
    W, H, S = 900, 640, 2
    k = 80.0                                   # px per cm
    img = Image.new("L", (W * S, H * S), 255)
    d = ImageDraw.Draw(img)
    base_y = 520.0
    bc = 6.0
    if wrong == "base_drawn_8":
        # breaks "BC = 6 cm" (to scale): BC is drawn 8 cm long while AB and AC stay 5 cm (label still 6 cm)
        bc = 8.0
    Bx = W / 2 - bc / 2 * k
    Cx = W / 2 + bc / 2 * k
    hgt = math.sqrt(25.0 - (bc / 2) ** 2)
    Ax = W / 2
    if wrong == "apex_off_centre":
        # breaks "AB = AC": the apex is shifted so that AB is drawn 4.4 cm and AC 5.8 cm (labels unchanged)
        Ax = W / 2 - 1.2 * k
    A, B, C = (Ax, base_y - hgt * k), (Bx, base_y), (Cx, base_y)
    d.line([(A[0] * S, A[1] * S), (B[0] * S, B[1] * S), (C[0] * S, C[1] * S), (A[0] * S, A[1] * S)],
           fill=0, width=4 * S, joint="curve")

    def tick(P, Q, n=1):
        mx, my = (P[0] + Q[0]) / 2, (P[1] + Q[1]) / 2
        L = math.hypot(Q[0] - P[0], Q[1] - P[1])
        ux, uy = (Q[0] - P[0]) / L, (Q[1] - P[1]) / L
        nx, ny = -uy, ux
        for i in range(n):
            o = (i - (n - 1) / 2) * 9
            cx, cy = mx + ux * o, my + uy * o
            d.line([((cx - nx * 13) * S, (cy - ny * 13) * S), ((cx + nx * 13) * S, (cy + ny * 13) * S)],
                   fill=0, width=3 * S)

    tick(A, B)
    tick(A, C)
    img = img.resize((W, H), Image.LANCZOS)
    d = ImageDraw.Draw(img)
    fv = ImageFont.truetype(_LIB + "LiberationSerif-Italic.ttf", 40)
    fl = ImageFont.truetype(_LIB + "LiberationSerif-Regular.ttf", 32)
    fh = ImageFont.truetype(_LIB + "LiberationSerif-Bold.ttf", 30)
    names = {"A": A, "B": B, "C": C}
    if wrong == "names_swapped":
        # breaks "AB = AC": A and B are swapped, so the apex (equal sides) is B
        names = {"B": A, "A": B, "C": C}
    for nm, (x, y) in names.items():
        if (x, y) == A:
            d.text((x, y - 30), nm, font=fv, fill=0, anchor="mm")
        elif (x, y) == B:
            d.text((x - 30, y + 18), nm, font=fv, fill=0, anchor="mm")
        else:
            d.text((x + 30, y + 18), nm, font=fv, fill=0, anchor="mm")
    bc_lab = "6 cm"
    if wrong == "bc_label":
        # breaks "BC = 6 cm": the base is labelled 8 cm
        bc_lab = "8 cm"
    d.text(((B[0] + C[0]) / 2, base_y + 36), bc_lab, font=fl, fill=0, anchor="mm")
    d.text(((A[0] + B[0]) / 2 - 62, (A[1] + B[1]) / 2 - 10), "5 cm", font=fl, fill=0, anchor="mm")
    d.text(((A[0] + C[0]) / 2 + 62, (A[1] + C[1]) / 2 - 10), "5 cm", font=fl, fill=0, anchor="mm")
    d.text((60, 50), "Exercise 7B", font=fh, fill=0, anchor="lm")
    d.text((60, 92), "4.  Triangle ABC is isosceles.", font=fl, fill=0, anchor="lm")
    return _png(_photocopy(img, seed=7))


# ---------------------------------------------------------------------------------------------------------
# 2. matplotlib petroff6 + Computer Modern, square with a diagonal
# ---------------------------------------------------------------------------------------------------------
_T2 = "A square ABCD with side 4 cm and its diagonal AC."


def _draw_mpl(wrong: str | None) -> bytes:
    import matplotlib
    import matplotlib.pyplot as plt
    from matplotlib.figure import Figure

    w, h = 4.0, 4.0
    if wrong == "not_square":
        # breaks "a square with side 4 cm": BC is drawn 3 cm (a 4 x 3 rectangle)
        h = 3.0
    A, B, C, D = (0.0, 0.0), (w, 0.0), (w, h), (0.0, h)
    side = r"$4\ \mathrm{cm}$"
    if wrong == "side_label":
        # breaks "side 4 cm": the side is labelled 5 cm
        side = r"$5\ \mathrm{cm}$"
    rc = {"font.family": "serif", "font.serif": ["cmr10"], "mathtext.fontset": "cm",
          "axes.unicode_minus": False, "axes.formatter.use_mathtext": True}
    with plt.style.context("petroff6"), matplotlib.rc_context(rc):
        cyc = plt.rcParams["axes.prop_cycle"].by_key()["color"]
        fig = Figure(figsize=(4.8, 4.8), dpi=100)
        ax = fig.add_axes([0.02, 0.02, 0.96, 0.88])
        ax.set_xlim(-1.2, 5.2)
        ax.set_ylim(-1.3, 5.1)
        ax.set_aspect("equal")
        ax.axis("off")
        ax.fill([A[0], B[0], C[0], D[0]], [A[1], B[1], C[1], D[1]], color=cyc[0], alpha=0.10)
        ax.plot([A[0], B[0], C[0], D[0], A[0]], [A[1], B[1], C[1], D[1], A[1]], color="black", lw=2.2)
        if wrong == "diagonal_BD":
            # breaks "its diagonal AC": the other diagonal, BD, is drawn
            ax.plot([B[0], D[0]], [B[1], D[1]], color=cyc[1], lw=2.2)
        elif wrong != "no_diagonal":
            # (no_diagonal breaks "its diagonal AC": no diagonal is drawn)
            ax.plot([A[0], C[0]], [A[1], C[1]], color=cyc[1], lw=2.2)
        s = 0.3
        for (px, py), (dx, dy) in ((A, (1, 1)), (B, (-1, 1)), (C, (-1, -1)), (D, (1, -1))):
            ax.plot([px + dx * s, px + dx * s, px], [py, py + dy * s, py + dy * s], color="black", lw=1.0)
        for nm, (px, py), (ox, oy) in (("A", A, (-0.3, -0.3)), ("B", B, (0.3, -0.3)),
                                      ("C", C, (0.3, 0.3)), ("D", D, (-0.3, 0.3))):
            ax.text(px + ox, py + oy, f"${nm}$", fontsize=19, ha="center", va="center")
        ax.text(w / 2, -0.5, side, fontsize=16, ha="center", va="center")
        fig.text(0.5, 0.955, r"Figure 3.  Square $ABCD$ and the diagonal $AC$", fontsize=13, ha="center",
                 va="center")
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=100, metadata={"Software": None})
    return _png(Image.open(buf))


# ---------------------------------------------------------------------------------------------------------
# 3. svglib exam sheet, right triangle DEF
# ---------------------------------------------------------------------------------------------------------
_T3 = "A right triangle DEF with the right angle at E, DE = 5 cm and EF = 12 cm."

_SVGLIB_FONTS_DONE = []


def _svglib_png(svg: str, scale: float) -> bytes:
    from reportlab.graphics import renderPDF
    from svglib.fonts import register_font
    from svglib.svglib import svg2rlg
    import pypdfium2 as pdfium

    if not _SVGLIB_FONTS_DONE:
        register_font("LiberationSansNarrow", _LIB + "LiberationSansNarrow-Regular.ttf")
        register_font("LiberationSansNarrow-Bold", _LIB + "LiberationSansNarrow-Bold.ttf")
        register_font("LiberationSansNarrow-Italic", _LIB + "LiberationSansNarrow-Italic.ttf")
        _SVGLIB_FONTS_DONE.append(True)
    drawing = svg2rlg(io.BytesIO(svg.encode("utf-8")))
    doc = pdfium.PdfDocument(renderPDF.drawToString(drawing))
    page = doc[0]
    img = page.render(scale=scale).to_pil().convert("RGB")
    page.close()
    doc.close()
    return _png(img)


def _draw_svglib(wrong: str | None) -> bytes:
    W, H = 760, 520
    k = 40.0                        # px per cm
    ex, ey = 110.0, 420.0           # E
    de, ef = 5.0, 12.0
    ang = 90.0                      # angle DEF
    if wrong == "angle_not_right":
        # breaks "the right angle at E": angle DEF is drawn as 70 degrees (no right-angle mark)
        ang = 70.0
    if wrong == "ef_drawn_9":
        # breaks "EF = 12 cm" (to scale): EF is drawn 9 cm long (label still 12 cm)
        ef = 9.0
    E = (ex, ey)
    F = (ex + ef * k, ey)
    D = (ex + de * k * math.cos(math.radians(ang)), ey - de * k * math.sin(math.radians(ang)))
    names = {"D": D, "E": E, "F": F}
    if wrong == "names_swapped":
        # breaks "DE = 5 cm and EF = 12 cm": D and F are swapped, so DE is the 12 cm leg
        names = {"F": D, "E": E, "D": F}
    ef_lab = "12 cm"
    if wrong == "ef_label":
        # breaks "EF = 12 cm": the leg is labelled 13 cm
        ef_lab = "13 cm"
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}">',
           f'<rect width="{W}" height="{H}" fill="#ffffff"/>']
    for x in range(0, W + 1, 20):
        out.append(f'<line x1="{x}" y1="0" x2="{x}" y2="{H}" stroke="#cfe0ef" stroke-width="0.8"/>')
    for y in range(0, H + 1, 20):
        out.append(f'<line x1="0" y1="{y}" x2="{W}" y2="{y}" stroke="#cfe0ef" stroke-width="0.8"/>')
    out.append('<rect x="0" y="0" width="760" height="58" fill="#ffffff"/>')
    out.append('<text x="24" y="38" font-family="LiberationSansNarrow-Bold" font-size="26" fill="#111">'
               'Question 3</text>')
    out.append('<text x="150" y="38" font-family="LiberationSansNarrow" font-size="22" fill="#333">'
               '(2 marks)</text>')
    out.append('<line x1="0" y1="58" x2="760" y2="58" stroke="#333" stroke-width="1.5"/>')
    out.append(f'<path d="M {D[0]:.1f} {D[1]:.1f} L {E[0]:.1f} {E[1]:.1f} L {F[0]:.1f} {F[1]:.1f} Z" '
               'fill="none" stroke="#222" stroke-width="3" stroke-linejoin="round"/>')
    if ang == 90.0:
        out.append(f'<path d="M {ex + 20} {ey} L {ex + 20} {ey - 20} L {ex} {ey - 20}" fill="none" '
                   'stroke="#222" stroke-width="1.8"/>')
    for nm, (x, y) in names.items():
        if (x, y) == D:
            px, py = x - 22, y - 8
        elif (x, y) == E:
            px, py = x - 22, y + 26
        else:
            px, py = x + 20, y + 26
        out.append(f'<text x="{px:.1f}" y="{py:.1f}" font-family="LiberationSansNarrow-Italic" font-size="30" '
                   f'text-anchor="middle" fill="#111">{nm}</text>')
    mdx, mdy = (D[0] + E[0]) / 2, (D[1] + E[1]) / 2
    out.append(f'<text x="{mdx - 14:.1f}" y="{mdy + 8:.1f}" font-family="LiberationSansNarrow" font-size="24" '
               'text-anchor="end" fill="#111">5 cm</text>')
    out.append(f'<text x="{(E[0] + F[0]) / 2:.1f}" y="{ey + 34:.1f}" font-family="LiberationSansNarrow" '
               f'font-size="24" text-anchor="middle" fill="#111">{ef_lab}</text>')
    out.append("</svg>")
    return _svglib_png("\n".join(out), scale=4 / 3)


def cases() -> list[dict]:
    return [
        {"id": "h4-geometry-pil-photocopy", "text": _T1, "tool": "PIL + numpy photocopy",
         "style": "textbook exercise figure, photocopied scan (skew, toner noise, binding shadow), tick marks, "
                  "Liberation Serif italic vertices, 900x640",
         "draw": _draw_photocopy,
         "wrongs": ["apex_off_centre", "bc_label", "base_drawn_8", "names_swapped"]},
        {"id": "h4-geometry-mpl-petroff6", "text": _T2, "tool": "matplotlib",
         "style": "petroff6, Computer Modern (cmr10 + cm mathtext) LaTeX look, pale fill, right-angle marks, "
                  "480x480",
         "draw": _draw_mpl,
         "wrongs": ["diagonal_BD", "no_diagonal", "not_square", "side_label"]},
        {"id": "h4-geometry-svglib-exam", "text": _T3, "tool": "svglib + reportlab + pdfium",
         "style": "exam sheet on 5 mm squared paper, header rule, Liberation Sans Narrow, 760x520",
         "draw": _draw_svglib,
         "wrongs": ["angle_not_right", "ef_drawn_9", "names_swapped", "ef_label"]},
    ]
