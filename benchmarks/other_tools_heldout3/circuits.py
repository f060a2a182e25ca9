"""Held-out set 3 — circuit schematics drawn by other tools.

Three cases:
  h3-circuits-schemdraw-svg   schemdraw with its own SVG backend (canvas='svg'), dark theme, rendered by resvg
  h3-circuits-reportlab-bw    reportlab PDF page (pdfium raster), hand-coded textbook symbols, black and white
  h3-circuits-opencv-notebook OpenCV pencil strokes with seeded jitter on lined paper, labels in PIL
                              (Liberation Sans Narrow Italic)

Deterministic; every PNG re-saved through PIL as RGB with no text chunks.
"""
from __future__ import annotations

import io
import math
import random
import re

from PIL import Image, ImageDraw, ImageFont

SCIENCE = "circuits"

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
# Case 1: schemdraw SVG backend, RL series loop, dark theme
# ----------------------------------------------------------------------------------------------------
_T1 = "A 24 V battery, a 2 H inductor and an 8 Ω resistor in series."


def _draw_schemdraw_svg(wrong):
    import resvg_py
    import schemdraw
    import schemdraw.elements as elm
    bg = "#1e1e2e"
    d = schemdraw.Drawing(canvas="svg", show=False)
    d.config(color="#e6e6e6", bgcolor=bg, font="Liberation Sans", fontsize=15, lw=2.2, unit=3.2, margin=0.6)
    L_lab = "L = 2 H"
    if wrong == "L_label":
        # breaks "a 2 H inductor": the label reads 5 H
        L_lab = "L = 5 H"
    d += (bat := elm.Battery().up().color("#f9e2af").label("24 V", loc="bottom", ofst=0.35))
    if wrong == "inductor_as_resistor":
        # breaks "a 2 H inductor": the inductor is drawn with a resistor symbol (label kept)
        d += elm.Resistor().right().color("#89b4fa").label(L_lab)
    else:
        d += elm.Inductor2(loops=4).right().color("#89b4fa").label(L_lab)
    if wrong == "resistor_dropped":
        # breaks "an 8 Ω resistor in series": the resistor is missing, a plain wire closes the loop
        d += elm.Line().down()
    elif wrong == "R_parallel":
        # breaks "in series": the resistor is drawn across the inductor (in parallel with it)
        top_right = d.here
        d += elm.Line().down()
        d += elm.Line().left()
        d += elm.Line().at(bat.end).up().length(1.6)
        d += elm.Resistor().right().color("#f38ba8").label("R = 8 Ω")
        d += elm.Line().down().to(top_right)
        d += elm.Dot().at(bat.end).color("#e6e6e6")
        d += elm.Dot().at(top_right).color("#e6e6e6")
    else:
        d += elm.Resistor().down().color("#f38ba8").label("R = 8 Ω", loc="bottom")
        d += elm.Line().left()
    if wrong == "resistor_dropped":
        d += elm.Line().left()
    d += elm.Label().at((1.6, -0.8)).label("RL series circuit", fontsize=13, color="#a6adc8")
    svg = d.get_imagedata("svg")
    svg = svg.decode() if isinstance(svg, bytes) else svg
    # resvg refuses schemdraw's "123.456pt" root size: give it the same numbers as user units
    svg = re.sub(r'(width|height)="([0-9.]+)pt"', lambda m: '%s="%.2f"' % (m.group(1), float(m.group(2))), svg,
                 count=2)
    raw = resvg_py.svg_to_bytes(svg_string=svg, skip_system_fonts=True, background=bg, zoom=3.0,
                                font_files=[_LIB + "/LiberationSans-Regular.ttf"])
    return _png(Image.open(io.BytesIO(bytes(raw))))


# ----------------------------------------------------------------------------------------------------
# Case 2: reportlab textbook schematic, 6 V battery, closed switch, lamp and 10 Ω resistor in series
# ----------------------------------------------------------------------------------------------------
_T2 = "A 6 V battery, a closed switch, a lamp and a 10 Ω resistor in series."


def _draw_reportlab_loop(wrong):
    serif = _rl_font("H3LibSerif", _LIB + "/LiberationSerif-Regular.ttf")
    serif_i = _rl_font("H3LibSerifIt", _LIB + "/LiberationSerif-Italic.ttf")
    W, H = 420.0, 260.0
    x0, x1, y0, y1 = 70.0, 280.0, 50.0, 210.0
    R_text = "10 Ω"
    if wrong == "R_value":
        # breaks "a 10 Ω resistor": the label reads 100 Ω
        R_text = "100 Ω"

    def paint(c):
        c.setFillGray(1)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillGray(0)
        c.setStrokeGray(0)
        c.setLineWidth(1.5)
        c.setLineCap(1)
        # --- left side: battery (two cells), centred at y = 130
        by = (y0 + y1) / 2
        c.line(x0, y0, x0, by - 10)
        c.line(x0, by + 10, x0, y1)
        c.setLineWidth(1.5)
        c.line(x0 - 16, by + 10, x0 + 16, by + 10)  # long plate (+)
        c.setLineWidth(3.5)
        c.line(x0 - 8, by - 10, x0 + 8, by - 10)  # short plate (-)
        c.setLineWidth(1.5)
        c.setFont(serif, 13)
        c.drawRightString(x0 - 22, by - 4, "6 V")
        c.setFont(serif, 10)
        c.drawString(x0 + 19, by + 12, "+")
        # --- top side: switch then lamp
        sx0, sx1 = x0 + 40, x0 + 85
        c.line(x0, y1, sx0, y1)
        c.circle(sx0, y1, 2.6, stroke=1, fill=1)
        c.circle(sx1, y1, 2.6, stroke=1, fill=1)
        if wrong == "switch_open":
            # breaks "a closed switch": the switch lever is drawn open
            c.line(sx0, y1, sx1 - 4, y1 + 20)
        else:
            c.line(sx0, y1, sx1, y1 + 1.5)
        c.setFont(serif_i, 12)
        c.drawCentredString((sx0 + sx1) / 2, y1 + 14 if wrong != "switch_open" else y1 + 26, "S")
        lamp_on_top = wrong not in ("lamp_dropped", "lamp_parallel")
        lx, lr = x0 + 150, 13
        if lamp_on_top:
            c.line(sx1, y1, lx - lr, y1)
            c.circle(lx, y1, lr, stroke=1, fill=0)
            k = lr / math.sqrt(2)
            c.line(lx - k, y1 - k, lx + k, y1 + k)
            c.line(lx - k, y1 + k, lx + k, y1 - k)
            c.line(lx + lr, y1, x1, y1)
            c.setFont(serif, 12)
            c.drawCentredString(lx, y1 + 19, "lamp")
        else:
            # lamp_dropped breaks "a lamp": plain wire where the lamp was
            c.line(sx1, y1, x1, y1)
        # --- right side: resistor (zigzag), centred at by
        ry0, ry1 = by - 30, by + 30
        c.line(x1, y1, x1, ry1)
        c.line(x1, ry0, x1, y0)
        p = c.beginPath()
        p.moveTo(x1, ry1)
        n = 6
        for i in range(n):
            yy = ry1 - (i + 0.5) * (ry1 - ry0) / n
            p.lineTo(x1 + (9 if i % 2 == 0 else -9), yy)
        p.lineTo(x1, ry0)
        c.drawPath(p, stroke=1, fill=0)
        c.setFont(serif, 13)
        c.drawString(x1 + 16, by - 4, R_text)
        c.setFont(serif_i, 12)
        c.drawString(x1 + 16, by + 12, "R")
        if wrong == "lamp_parallel":
            # breaks "in series": the lamp sits on a branch across the resistor (in parallel with it)
            bx = x1 + 84
            c.line(x1, ry1 + 14, bx, ry1 + 14)
            c.line(x1, ry0 - 14, bx, ry0 - 14)
            c.line(bx, ry1 + 14, bx, by + lr)
            c.line(bx, by - lr, bx, ry0 - 14)
            c.circle(bx, by, lr, stroke=1, fill=0)
            k = lr / math.sqrt(2)
            c.line(bx - k, by - k, bx + k, by + k)
            c.line(bx - k, by + k, bx + k, by - k)
            c.circle(x1, ry1 + 14, 2, stroke=0, fill=1)
            c.circle(x1, ry0 - 14, 2, stroke=0, fill=1)
            c.setFont(serif, 12)
            c.drawString(bx + 17, by - 4, "lamp")
            c.setFont(serif, 13)
        # --- bottom wire
        c.line(x0, y0, x1, y0)
        c.setFont(serif_i, 10.5)
        c.drawString(24, 16, "Fig. 7.2  A simple series circuit.")

    return _pdf_png(paint, W, H, 2.4)


# ----------------------------------------------------------------------------------------------------
# Case 3: OpenCV pencil sketch on lined paper, 12 V battery, 4 Ω resistor, voltmeter across the resistor
# ----------------------------------------------------------------------------------------------------
_T3 = "A 12 V battery with a 4 Ω resistor, and a voltmeter across the resistor."


def _draw_opencv_notebook(wrong):
    import cv2
    import numpy as np
    W, H = 640, 480
    img = np.full((H, W, 3), (250, 252, 253), np.uint8)
    for y in range(56, H, 28):
        cv2.line(img, (0, y), (W, y), (236, 212, 180), 1)
    cv2.line(img, (52, 0), (52, H), (190, 190, 240), 1)
    rng = random.Random(1234)
    ink = (95, 70, 60)
    AA = cv2.LINE_AA

    def line(p, q, thick=2):
        L = math.hypot(q[0] - p[0], q[1] - p[1])
        n = max(2, int(L / 25))
        pts = []
        for i in range(n + 1):
            t = i / n
            j = 0 if i in (0, n) else 1.4
            pts.append([int((p[0] + (q[0] - p[0]) * t + rng.uniform(-j, j)) * 4),
                        int((p[1] + (q[1] - p[1]) * t + rng.uniform(-j, j)) * 4)])
        cv2.polylines(img, [np.array(pts, np.int32)], False, ink, thick, AA, shift=2)

    def circle(cx, cy, r):
        pts = []
        for i in range(41):
            t = 2 * math.pi * i / 40 + 0.3
            rr = r + rng.uniform(-1.2, 1.2)
            pts.append([int((cx + rr * math.cos(t)) * 4), int((cy + rr * math.sin(t)) * 4)])
        cv2.polylines(img, [np.array(pts, np.int32)], False, ink, 2, AA, shift=2)

    texts = []
    xl, xr, yt, yb = 130, 400, 110, 380
    by = (yt + yb) // 2
    # battery on the left
    line((xl, yt), (xl, by - 12))
    line((xl, by + 12), (xl, yb))
    line((xl - 24, by - 12), (xl + 24, by - 12), 2)
    line((xl - 12, by + 12), (xl + 12, by + 12), 4)
    bat = "12 V"
    if wrong == "battery_value":
        # breaks "a 12 V battery": the label reads 9 V
        bat = "9 V"
    texts.append(((xl - 92, by - 20), bat, 30))
    # top and bottom wires
    line((xl, yt), (xr, yt))
    vm_series = wrong == "voltmeter_series"
    if vm_series:
        # breaks "a voltmeter across the resistor": the voltmeter is in series, in the bottom wire
        mx = (xl + xr) // 2
        line((xl, yb), (mx - 28, yb))
        line((mx + 28, yb), (xr, yb))
        circle(mx, yb, 28)
        texts.append(((mx - 10, yb - 20), "V", 32))
    else:
        line((xl, yb), (xr, yb))
    # resistor on the right (box symbol, as many notebooks draw it)
    ry0, ry1 = by - 55, by + 55
    line((xr, yt), (xr, ry0))
    line((xr, ry1), (xr, yb))
    line((xr - 16, ry0), (xr + 16, ry0))
    line((xr + 16, ry0), (xr + 16, ry1))
    line((xr + 16, ry1), (xr - 16, ry1))
    line((xr - 16, ry1), (xr - 16, ry0))
    R = "4 Ω"
    if wrong == "R_value":
        # breaks "a 4 Ω resistor": the label reads 8 Ω
        R = "8 Ω"
    texts.append(((xr - 80, by - 20), R, 30))
    if not vm_series:
        # voltmeter across the resistor: from the node above it to the node below it
        vx = xr + 120
        line((xr, yt + 30), (vx, yt + 30))
        line((vx, yt + 30), (vx, by - 30))
        circle(vx, by, 30)
        line((vx, by + 30), (vx, yb - 30))
        line((vx, yb - 30), (xr, yb - 30))
        for yy in (yt + 30, yb - 30):
            cv2.circle(img, (xr, yy), 5, ink, -1, AA)
        sym = "V"
        if wrong == "ammeter_symbol":
            # breaks "a voltmeter": the meter across the resistor is marked A (an ammeter)
            sym = "A"
        texts.append(((vx - 11, by - 21), sym, 34))
    pil = Image.fromarray(img[:, :, ::-1].copy())
    d = ImageDraw.Draw(pil)
    col = (60, 70, 95)
    for (x, y), t, size in texts:
        d.text((x, y), t, font=ImageFont.truetype(_LIB + "/LiberationSansNarrow-Italic.ttf", size), fill=col)
    d.text((66, 20), "Q3. measuring the p.d. across R", font=ImageFont.truetype(_LIB + "/LiberationSansNarrow-Italic.ttf", 28),
           fill=col)
    return _png(pil)


def cases():
    return [
        {"id": "h3-circuits-schemdraw-svg", "text": _T1, "tool": "schemdraw(svg backend)+resvg", "style": "dark-theme",
         "draw": _draw_schemdraw_svg,
         "wrongs": ["inductor_as_resistor", "L_label", "R_parallel", "resistor_dropped"]},
        {"id": "h3-circuits-reportlab-bw", "text": _T2, "tool": "reportlab+pdfium", "style": "bw-textbook-serif",
         "draw": _draw_reportlab_loop, "wrongs": ["switch_open", "lamp_dropped", "R_value", "lamp_parallel"]},
        {"id": "h3-circuits-opencv-notebook", "text": _T3, "tool": "opencv+PIL-text", "style": "pencil-lined-paper",
         "draw": _draw_opencv_notebook,
         "wrongs": ["voltmeter_series", "ammeter_symbol", "R_value", "battery_value"]},
    ]
