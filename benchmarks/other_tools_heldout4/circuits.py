"""Held-out set 4, circuits: three schematics drawn by three other tools.

* ``h4-circuits-schemdraw-svglib``  schemdraw (its SVG backend, per-drawing "gruvbox light" colours) rendered by
  svglib -> reportlab PDF -> pdfium instead of matplotlib or resvg.
* ``h4-circuits-pil-phosphor``      raw PIL "green phosphor" oscilloscope-screen look: green strokes on black
  with a blurred glow, scanlines and a vignette, DejaVu Sans Mono.
* ``h4-circuits-skimage-cad``       scikit-image anti-aliased lines and circles on a white CAD sheet with a dot
  grid, IEC box resistors, junction dots, Liberation Mono.

Every wrong has exactly one error against a fact the text states (commented where it is drawn).
"""
from __future__ import annotations

import io
import math

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

SCIENCE = "circuits"

_LIB = "/usr/share/fonts/truetype/liberation/"
_DJV = "/usr/share/fonts/truetype/dejavu/"


def _png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, format="PNG")
    return buf.getvalue()


# ---------------------------------------------------------------------------------------------------------
# 1. schemdraw SVG -> svglib -> pdfium
# ---------------------------------------------------------------------------------------------------------
_T1 = "A 9 V battery with R1 = 2 Ω in series with R2 = 3 Ω and R3 = 6 Ω in parallel."

_SVGLIB_FONTS_DONE = []


def _draw_schemdraw(wrong: str | None) -> bytes:
    import re

    import schemdraw
    import schemdraw.elements as elm
    from reportlab.graphics import renderPDF
    from svglib.fonts import register_font
    from svglib.svglib import svg2rlg
    import pypdfium2 as pdfium

    if not _SVGLIB_FONTS_DONE:
        register_font("DejaVu Sans", _DJV + "DejaVuSans.ttf")
        _SVGLIB_FONTS_DONE.append(True)
    bg, fg = "#ebdbb2", "#3c3836"
    d = schemdraw.Drawing(canvas="svg", show=False)
    d.config(color=fg, bgcolor=bg, fontsize=17, font="DejaVu Sans", lw=2.2, unit=3)
    r1 = "R1 = 2 Ω"
    if wrong == "R1_value":
        # breaks "R1 = 2 Ω": R1 is labelled 4 Ω
        r1 = "R1 = 4 Ω"
    d += elm.Battery().at((0, 0)).to((0, 3)).label("9 V", loc="bottom", ofst=0.3)
    if wrong == "R2_R3_series":
        # breaks "R2 ... and R3 ... in parallel": R1, R2 and R3 are all drawn in one series chain
        d += elm.Resistor().at((0, 3)).to((3, 3)).label(r1)
        d += elm.Resistor().at((3, 3)).to((6, 3)).label("R2 = 3 Ω")
        d += elm.Resistor().at((6, 3)).to((6, 0)).label("R3 = 6 Ω", loc="bottom", ofst=0.25)
        d += elm.Line().at((6, 0)).to((0, 0))
    elif wrong == "R1_into_parallel":
        # breaks "R1 = 2 Ω in series with" the pair: R1 is a third branch in parallel with R2 and R3
        d += elm.Line().at((0, 3)).to((4, 3))
        xs = [(4, r1), (7.5, "R2 = 3 Ω"), (11, "R3 = 6 Ω")]
        for x, lab in xs:
            d += elm.Resistor().at((x, 3)).to((x, 0)).label(lab, loc="bottom", ofst=0.25)
        d += elm.Line().at((4, 3)).to((11, 3))
        d += elm.Line().at((11, 0)).to((0, 0))
        d += elm.Dot().at((4, 3))
        d += elm.Dot().at((7.5, 3))
        d += elm.Dot().at((4, 0))
        d += elm.Dot().at((7.5, 0))
    else:
        d += elm.Resistor().at((0, 3)).to((3, 3)).label(r1)
        d += elm.Line().at((3, 3)).to((4, 3))
        d += elm.Resistor().at((4, 3)).to((4, 0)).label("R2 = 3 Ω", loc="bottom", ofst=0.25)
        if wrong == "R3_dropped":
            # breaks "R3 = 6 Ω in parallel": the R3 branch is missing
            d += elm.Line().at((4, 0)).to((0, 0))
        else:
            d += elm.Line().at((4, 3)).to((7.5, 3))
            d += elm.Resistor().at((7.5, 3)).to((7.5, 0)).label("R3 = 6 Ω", loc="bottom", ofst=0.25)
            d += elm.Line().at((7.5, 0)).to((0, 0))
            d += elm.Dot().at((4, 3))
            d += elm.Dot().at((4, 0))
    svg = d.get_imagedata("svg").decode("utf-8")
    # svglib does not paint the CSS background colour and rejects "stroke-dasharray:-": give it a rect and
    # drop the empty dash pattern; width/height in pt are fine for svglib
    m = re.search(r'viewBox="([-\d.e]+) ([-\d.e]+) ([-\d.e]+) ([-\d.e]+)"', svg)
    vx, vy, vw, vh = (float(v) for v in m.groups())
    svg = svg.replace("stroke-dasharray:-;", "")
    pad = 24.0
    svg = re.sub(r'viewBox="[^"]+"', f'viewBox="{vx - pad} {vy - pad - 30} {vw + 2 * pad} {vh + 2 * pad + 30}"',
                 svg, count=1)
    svg = re.sub(r'height="[^"]+" width="[^"]+"',
                 f'height="{vh + 2 * pad + 30}pt" width="{vw + 2 * pad}pt"', svg, count=1)
    head = svg.index(">", svg.index("<svg")) + 1
    svg = (svg[:head] + f'<rect x="{vx - pad}" y="{vy - pad - 30}" width="{vw + 2 * pad}" '
           f'height="{vh + 2 * pad + 30}" fill="{bg}"/>'
           f'<text x="{vx}" y="{vy - 14}" font-family="DejaVu Sans" font-size="18" fill="{fg}">'
           "Fig. 2  Series-parallel circuit</text>" + svg[head:])
    drawing = svg2rlg(io.BytesIO(svg.encode("utf-8")))
    doc = pdfium.PdfDocument(renderPDF.drawToString(drawing))
    page = doc[0]
    img = page.render(scale=2.0).to_pil().convert("RGB")
    page.close()
    doc.close()
    return _png(img)


# ---------------------------------------------------------------------------------------------------------
# 2. PIL green phosphor screen, RC series
# ---------------------------------------------------------------------------------------------------------
_T2 = "A 12 V battery, a 100 µF capacitor and a 1 kΩ resistor in series."


def _draw_phosphor(wrong: str | None) -> bytes:
    W, H, SS = 960, 600, 2
    g = (80, 255, 120)
    layer = Image.new("RGB", (W * SS, H * SS), (0, 0, 0))
    d = ImageDraw.Draw(layer)

    def s(x, y):
        return (x * SS, y * SS)

    def wire(pts, width=3):
        d.line([s(*p) for p in pts], fill=g, width=width * SS, joint="curve")

    def zigzag_h(x0, x1, y):
        n = 6
        pts = [(x0, y)]
        step = (x1 - x0 - 20) / n
        for i in range(n):
            pts.append((x0 + 10 + step * (i + 0.5), y + (-16 if i % 2 == 0 else 16)))
        pts.append((x1 - 10, y))
        pts.append((x1, y))
        wire(pts)

    def zigzag_v(x, y0, y1):
        n = 6
        pts = [(x, y0)]
        step = (y1 - y0 - 20) / n
        for i in range(n):
            pts.append((x + (-16 if i % 2 == 0 else 16), y0 + 10 + step * (i + 0.5)))
        pts.append((x, y1 - 10))
        pts.append((x, y1))
        wire(pts)

    L, R, T, B = 170, 650, 150, 470
    # battery on the left: long and short plates, + at the top
    my = (T + B) / 2
    wire([(L, T), (L, my - 14)])
    wire([(L, my + 14), (L, B)])
    d.line([s(L - 36, my - 14), s(L + 36, my - 14)], fill=g, width=3 * SS)
    d.line([s(L - 18, my + 14), s(L + 18, my + 14)], fill=g, width=6 * SS)
    cx = (L + R) / 2
    labels = []
    cap_lab = "C = 100 µF"
    if wrong == "cap_label":
        # breaks "a 100 µF capacitor": the capacitor is labelled 10 µF
        cap_lab = "C = 10 µF"
    if wrong == "C_parallel_R":
        # breaks "in series": the capacitor is drawn in parallel with the resistor (a branch beside it)
        wire([(L, T), (R, T)])
        zigzag_v(R, T, B)
        wire([(R, T), (R + 100, T), (R + 100, my - 10)])
        wire([(R + 100, my + 10), (R + 100, B), (R, B)])
        d.line([s(R + 70, my - 10), s(R + 130, my - 10)], fill=g, width=4 * SS)
        d.line([s(R + 70, my + 10), s(R + 130, my + 10)], fill=g, width=4 * SS)
        for p in ((R, T), (R, B)):
            d.ellipse([s(p[0] - 6, p[1] - 6), s(p[0] + 6, p[1] + 6)], fill=g)
        labels.append(((R - 30, my), "R = 1 kΩ", "rm"))
        labels.append(((R + 140, my), cap_lab, "lm"))
        wire([(L, B), (R, B)])
    else:
        # top: capacitor (two plates) in the middle of the top wire
        if wrong == "capacitor_as_resistor":
            # breaks "a 100 µF capacitor": the capacitor is drawn with a resistor's zigzag symbol
            wire([(L, T), (cx - 50, T)])
            zigzag_h(cx - 50, cx + 50, T)
            wire([(cx + 50, T), (R, T)])
        else:
            wire([(L, T), (cx - 10, T)])
            wire([(cx + 10, T), (R, T)])
            d.line([s(cx - 10, T - 32), s(cx - 10, T + 32)], fill=g, width=4 * SS)
            d.line([s(cx + 10, T - 32), s(cx + 10, T + 32)], fill=g, width=4 * SS)
        labels.append(((cx, T - 58), cap_lab, "mm"))
        if wrong == "resistor_dropped":
            # breaks "a 1 kΩ resistor": the right side is a plain wire, no resistor
            wire([(R, T), (R, B)])
        else:
            wire([(R, T), (R, my - 60)])
            zigzag_v(R, my - 60, my + 60)
            wire([(R, my + 60), (R, B)])
            labels.append(((R + 34, my), "R = 1 kΩ", "lm"))
        wire([(L, B), (R, B)])
    labels.append(((L - 50, my), "12 V", "rm"))
    # glow: blur the strokes and add them back
    glow = layer.filter(ImageFilter.GaussianBlur(7 * SS))
    img = ImageChops.add(layer, glow)
    img = img.resize((W, H), Image.LANCZOS)
    d2 = ImageDraw.Draw(img)
    f = ImageFont.truetype(_DJV + "DejaVuSansMono.ttf", 26)
    fh = ImageFont.truetype(_DJV + "DejaVuSansMono-Bold.ttf", 22)
    for (x, y), t, anc in labels:
        d2.text((x, y), t, font=f, fill=g, anchor=anc)
    d2.text((L + 30, my - 30), "+", font=f, fill=g, anchor="mm")
    d2.text((28, 30), "CH1  RC SERIES LOOP", font=fh, fill=(60, 200, 95), anchor="lm")
    d2.text((W - 28, 30), "RUN", font=fh, fill=(60, 200, 95), anchor="rm")
    # scanlines and vignette
    a = np.asarray(img).astype(np.float64)
    a[1::3] *= 0.72
    yy, xx = np.mgrid[0:H, 0:W]
    vig = 1.0 - 0.45 * (((xx - W / 2) / (W / 2)) ** 2 + ((yy - H / 2) / (H / 2)) ** 2) / 2
    a = a * vig[..., None] + np.array([0, 10, 4])
    return _png(Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB"))


# ---------------------------------------------------------------------------------------------------------
# 3. scikit-image CAD sheet, parallel resistors with an ammeter
# ---------------------------------------------------------------------------------------------------------
_T3 = "A 5 V battery with two 10 Ω resistors in parallel and an ammeter in series."


def _draw_skimage(wrong: str | None) -> bytes:
    from skimage.draw import circle_perimeter_aa, disk, line_aa

    W, H = 900, 560
    img = np.ones((H, W, 3))
    ink = np.array([0.05, 0.05, 0.08])

    def seg(p, q, width=3):
        (x0, y0), (x1, y1) = p, q
        L = max(math.hypot(x1 - x0, y1 - y0), 1e-9)
        nx, ny = -(y1 - y0) / L, (x1 - x0) / L
        for o in range(width):
            off = o - (width - 1) / 2
            rr, cc, val = line_aa(int(round(y0 + ny * off)), int(round(x0 + nx * off)),
                                  int(round(y1 + ny * off)), int(round(x1 + nx * off)))
            ok = (rr >= 0) & (rr < H) & (cc >= 0) & (cc < W)
            rr, cc, v = rr[ok], cc[ok], val[ok][:, None]
            img[rr, cc] = img[rr, cc] * (1 - v) + ink * v

    def poly(pts, width=3):
        for p, q in zip(pts, pts[1:]):
            seg(p, q, width)

    def dot(p):
        rr, cc = disk((p[1], p[0]), 6, shape=(H, W))
        img[rr, cc] = ink

    def ring(p, r):
        for dr in (-1, 0, 1):
            rr, cc, val = circle_perimeter_aa(int(p[1]), int(p[0]), r + dr, shape=(H, W))
            img[rr, cc] = img[rr, cc] * (1 - val[:, None]) + ink * val[:, None]

    def box_v(x, yc):
        # IEC resistor: a 28 x 80 box, wires meet it top and bottom
        poly([(x - 14, yc - 40), (x + 14, yc - 40), (x + 14, yc + 40), (x - 14, yc + 40), (x - 14, yc - 40)], 3)

    # dot grid
    for gx in range(20, W, 20):
        for gy in range(20, H, 20):
            img[gy, gx] = (0.70, 0.74, 0.80)
    L, T, B = 120, 150, 450
    my = (T + B) / 2
    labels = []
    # battery (vertical, long plate on top)
    poly([(L, T), (L, my - 12)])
    poly([(L, my + 12), (L, B)])
    seg((L - 34, my - 12), (L + 34, my - 12), 3)
    seg((L - 17, my + 12), (L + 17, my + 12), 7)
    batt = "5 V"
    if wrong == "battery_label":
        # breaks "A 5 V battery": the battery is labelled 9 V
        batt = "9 V"
    labels.append(((L - 48, my), batt, "rm"))
    xa = 270                              # ammeter on the top wire
    x1, x2 = 470, 690                     # the two parallel branches
    x_top = x1 if wrong == "R2_dropped" else x2
    if wrong == "ammeter_in_parallel":
        # breaks "an ammeter in series": the ammeter is a third branch, in parallel with the resistors
        poly([(L, T), (x_top, T)])
        xa_b = 340
        poly([(xa_b, T), (xa_b, my - 30)])
        ring((xa_b, my), 30)
        poly([(xa_b, my + 30), (xa_b, B)])
        labels.append(((xa_b, my), "A", "mm"))
        for p in ((xa_b, T), (xa_b, B)):
            dot(p)
    else:
        poly([(L, T), (xa - 30, T)])
        ring((xa, T), 30)
        labels.append(((xa, T), "A", "mm"))
        poly([(xa + 30, T), (x_top, T)])
    if wrong == "resistors_series":
        # breaks "two 10 Ω resistors in parallel": the two resistors are in series on one branch
        poly([(x2, T), (x2, my - 110)])
        box_v(x2, my - 70)
        poly([(x2, my - 30), (x2, my + 30)])
        box_v(x2, my + 70)
        poly([(x2, my + 110), (x2, B)])
        poly([(x2, B), (L, B)])
        labels.append(((x2 + 30, my - 70), "R1 = 10 Ω", "lm"))
        labels.append(((x2 + 30, my + 70), "R2 = 10 Ω", "lm"))
    else:
        branches = [(x1, "R1 = 10 Ω"), (x2, "R2 = 10 Ω")]
        if wrong == "R2_dropped":
            # breaks "two 10 Ω resistors": only R1 is drawn
            branches = branches[:1]
        for x, lab in branches:
            poly([(x, T), (x, my - 40)])
            box_v(x, my)
            poly([(x, my + 40), (x, B)])
            labels.append(((x + 30, my), lab, "lm"))
        xr = branches[-1][0]
        poly([(xr, B), (L, B)])
        if len(branches) == 2:
            dot((x1, T))
            dot((x1, B))
    im = Image.fromarray((np.clip(img, 0, 1) * 255).astype(np.uint8), "RGB")
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(_LIB + "LiberationMono-Regular.ttf", 24)
    fb = ImageFont.truetype(_LIB + "LiberationMono-Bold.ttf", 30)
    for (x, y), t, anc in labels:
        d.text((x, y), t, font=fb if t == "A" else f, fill=(12, 12, 20), anchor=anc)
    d.text((L + 28, my - 30), "+", font=f, fill=(12, 12, 20), anchor="mm")
    d.rectangle([W - 300, H - 70, W - 20, H - 20], outline=(12, 12, 20), width=2)
    d.text((W - 290, H - 45), "DWG E-103  rev A", font=ImageFont.truetype(_LIB + "LiberationMono-Regular.ttf",
                                                                          20), fill=(12, 12, 20), anchor="lm")
    return _png(im)


def cases() -> list[dict]:
    return [
        {"id": "h4-circuits-schemdraw-svglib", "text": _T1, "tool": "schemdraw SVG backend + svglib + pdfium",
         "style": "gruvbox-light colours (per drawing), junction dots, DejaVu Sans, caption, ~700x450 "
                  "(the wrongs' widths differ)",
         "draw": _draw_schemdraw,
         "wrongs": ["R1_value", "R2_R3_series", "R3_dropped", "R1_into_parallel"]},
        {"id": "h4-circuits-pil-phosphor", "text": _T2, "tool": "PIL + numpy",
         "style": "green-phosphor screen: glowing strokes on black, scanlines, vignette, DejaVu Sans Mono, "
                  "960x600",
         "draw": _draw_phosphor,
         "wrongs": ["capacitor_as_resistor", "C_parallel_R", "cap_label", "resistor_dropped"]},
        {"id": "h4-circuits-skimage-cad", "text": _T3, "tool": "scikit-image draw + PIL text",
         "style": "white CAD sheet, dot grid, IEC box resistors, ringed ammeter, drawing-number box, "
                  "Liberation Mono, 900x560",
         "draw": _draw_skimage,
         "wrongs": ["ammeter_in_parallel", "resistors_series", "R2_dropped", "battery_label"]},
    ]
