"""Held-out set 3 — cell figures drawn by other tools (written by an outside helper).

Three cases:
  h3-cell-svg-textbook   hand-written SVG rendered by resvg (resvg_py), radial gradients, leader lines
  h3-cell-reportlab-bw   reportlab PDF page rasterised by pdfium, black-and-white print with stipple/hatch
  h3-cell-opencv-dark    OpenCV drawing primitives + Hershey fonts on a dark "slide"

Every figure is deterministic: jitter comes from random.Random(seed), PDFs are written with invariant=1,
and every PNG is re-saved through PIL as RGB with no text chunks.
"""
from __future__ import annotations

import io
import math
import random

from PIL import Image

SCIENCE = "cell"

_TT = "/usr/share/fonts/truetype"
_LIB = _TT + "/liberation"
_DJV = _TT + "/dejavu"


def _png(img: Image.Image) -> bytes:
    """Re-save through PIL: RGB, no text chunks, fixed compression."""
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
# Case 1: SVG textbook cell (resvg), 1200 x 800, colour, gradients, leader-line labels in two columns.
# ----------------------------------------------------------------------------------------------------
_T1 = ("A eukaryotic cell with a nucleus containing a nucleolus, an endoplasmic reticulum, "
       "a Golgi apparatus, three mitochondria and two vesicles.")


def _blob(cx, cy, rx, ry, n=90, wob=((3, 9.0, 0.4), (5, 5.0, 1.3), (7, 3.0, 2.2))):
    pts = []
    for i in range(n):
        t = 2 * math.pi * i / n
        k = 1.0 + sum(a / 300.0 * math.sin(f * t + p) for f, a, p in wob)
        pts.append((cx + rx * k * math.cos(t), cy + ry * k * math.sin(t)))
    d = "M %.1f %.1f " % pts[0] + " ".join("L %.1f %.1f" % p for p in pts[1:]) + " Z"
    return d


def _mito_svg(cx, cy, ang):
    rx, ry = 50, 23
    zz = []
    for i in range(9):
        x = -38 + i * 9.5
        y = -12 if i % 2 == 0 else 12
        zz.append("%s %.1f %.1f" % ("M" if i == 0 else "L", x, y))
    return (f'<g transform="translate({cx},{cy}) rotate({ang})">'
            f'<ellipse rx="{rx}" ry="{ry}" fill="url(#gmito)" stroke="#a0461c" stroke-width="3"/>'
            f'<ellipse rx="{rx - 7}" ry="{ry - 7}" fill="none" stroke="#c8662e" stroke-width="1.5"/>'
            f'<path d="{" ".join(zz)}" fill="none" stroke="#8a3a14" stroke-width="2.2" '
            f'stroke-linejoin="round"/></g>')


def _draw_svg_textbook(wrong):
    W, H = 1200, 800
    cx, cy = 560, 395
    nuc = (470, 380, 104)
    nucleolus = (492, 360, 30)
    if wrong == "nucleolus_outside":
        # breaks "a nucleus containing a nucleolus": the nucleolus lies in the cytoplasm
        nucleolus = (345, 225, 30)
    mitos = [(300, 560, 18), (720, 235, -28), (800, 395, 76)]
    if wrong == "mito_dropped":
        # breaks "three mitochondria": only two are drawn
        mitos = mitos[:2]
    ves = [(640, 628, 15), (800, 592, 12)]
    if wrong == "vesicle_outside":
        # breaks "two vesicles" being in the cell: one vesicle sits outside the membrane
        ves = [(640, 628, 15), (905, 735, 12)]
    golgi = wrong != "golgi_dropped"  # golgi_dropped breaks "a Golgi apparatus"

    s = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}">',
         '<defs>',
         '<radialGradient id="gcyto" cx="45%" cy="40%" r="65%">'
         '<stop offset="0" stop-color="#fff3ec"/><stop offset="1" stop-color="#f6cdbd"/></radialGradient>',
         '<radialGradient id="gnuc" cx="40%" cy="35%" r="70%">'
         '<stop offset="0" stop-color="#d9c8f2"/><stop offset="1" stop-color="#8f72c4"/></radialGradient>',
         '<radialGradient id="gmito" cx="40%" cy="35%" r="70%">'
         '<stop offset="0" stop-color="#ffd08f"/><stop offset="1" stop-color="#f08a3c"/></radialGradient>',
         '<radialGradient id="gves" cx="35%" cy="35%" r="70%">'
         '<stop offset="0" stop-color="#e9fbe0"/><stop offset="1" stop-color="#7cc36a"/></radialGradient>',
         '</defs>',
         f'<rect width="{W}" height="{H}" fill="#fdfaf3"/>',
         f'<text x="{W / 2}" y="46" text-anchor="middle" font-family="Liberation Sans" font-weight="bold" '
         f'font-size="30" fill="#333">Eukaryotic cell</text>']
    # membrane
    s.append(f'<path d="{_blob(cx, cy, 380, 288)}" fill="url(#gcyto)" stroke="#c2607a" stroke-width="7"/>')
    s.append(f'<path d="{_blob(cx, cy, 370, 278)}" fill="none" stroke="#e79bb0" stroke-width="2"/>')
    # rough ER: wavy bands around the right of the nucleus
    for k, r in enumerate((136, 156, 176)):
        pts = []
        for i in range(60):
            a = math.radians(-70 + 150 * i / 59)
            rr = r + 5 * math.sin(i * 0.9 + k)
            pts.append((nuc[0] + rr * math.cos(a), nuc[1] + rr * math.sin(a)))
        d = "M %.1f %.1f " % pts[0] + " ".join("L %.1f %.1f" % p for p in pts[1:])
        s.append(f'<path d="{d}" fill="none" stroke="#5b8fd0" stroke-width="9" stroke-linecap="round"/>')
        s.append(f'<path d="{d}" fill="none" stroke="#bcd6f5" stroke-width="4" stroke-linecap="round"/>')
        for i in range(3, 60, 6):  # ribosome dots on the rough ER
            px, py = pts[i]
            s.append(f'<circle cx="{px:.1f}" cy="{py:.1f}" r="2.6" fill="#2f4f8a"/>')
    # nucleus
    s.append(f'<circle cx="{nuc[0]}" cy="{nuc[1]}" r="{nuc[2]}" fill="url(#gnuc)" stroke="#5d3f96" '
             'stroke-width="5"/>')
    for i in range(14):  # nuclear pores
        a = 2 * math.pi * i / 14 + 0.1
        s.append(f'<circle cx="{nuc[0] + nuc[2] * math.cos(a):.1f}" cy="{nuc[1] + nuc[2] * math.sin(a):.1f}" '
                 'r="3" fill="#fdfaf3"/>')
    s.append(f'<circle cx="{nucleolus[0]}" cy="{nucleolus[1]}" r="{nucleolus[2]}" fill="#4a2a7a"/>')
    # golgi: stacked crescents
    if golgi:
        gx, gy = 715, 520
        for i in range(4):
            off = i * 14
            s.append(f'<path d="M {gx - 62 + i * 4} {gy - 20 + off} Q {gx} {gy - 52 + off} {gx + 62 - i * 4} '
                     f'{gy - 20 + off}" fill="none" stroke="#d6a21a" stroke-width="10" stroke-linecap="round"/>')
            s.append(f'<path d="M {gx - 62 + i * 4} {gy - 20 + off} Q {gx} {gy - 52 + off} {gx + 62 - i * 4} '
                     f'{gy - 20 + off}" fill="none" stroke="#f7dc7c" stroke-width="4" stroke-linecap="round"/>')
    for m in mitos:
        s.append(_mito_svg(*m))
    for vx, vy, vr in ves:
        s.append(f'<circle cx="{vx}" cy="{vy}" r="{vr}" fill="url(#gves)" stroke="#3f8a33" stroke-width="2.5"/>')

    # labels with leader lines: (text, anchor x, y, [targets])
    def label(tx, ty, txt, targets, side):
        anchor = "end" if side == "L" else "start"
        s.append(f'<text x="{tx}" y="{ty + 7}" text-anchor="{anchor}" font-family="Liberation Sans" '
                 f'font-size="22" fill="#222">{txt}</text>')
        lx = tx + 8 if side == "L" else tx - 8
        for px, py in targets:
            s.append(f'<line x1="{lx}" y1="{ty}" x2="{px}" y2="{py}" stroke="#444" stroke-width="1.6"/>')
            s.append(f'<circle cx="{px}" cy="{py}" r="4" fill="#444"/>')

    label(150, 150, "Nucleolus", [(nucleolus[0] - 12, nucleolus[1] - 10)], "L")
    label(150, 300, "Nucleus", [(nuc[0] - 70, nuc[1] - 20)], "L")
    a_m = math.radians(118)  # a point on the membrane, bottom left
    k_m = 1.0 + (9.0 * math.sin(3 * a_m + 0.4) + 5.0 * math.sin(5 * a_m + 1.3) + 3.0 * math.sin(7 * a_m + 2.2)) / 300
    mpt = (round(cx + 380 * k_m * math.cos(a_m)), round(cy + 288 * k_m * math.sin(a_m)))
    s.append('<text x="40" y="752" font-family="Liberation Sans" font-size="22" fill="#222">Cell membrane</text>')
    s.append(f'<line x1="120" y1="730" x2="{mpt[0]}" y2="{mpt[1]}" stroke="#444" stroke-width="1.6"/>')
    s.append(f'<circle cx="{mpt[0]}" cy="{mpt[1]}" r="4" fill="#444"/>')
    label(150, 640, "Mitochondrion", [(mitos[0][0], mitos[0][1])], "L")
    for (mx, my, _), ly in zip(mitos[1:], (290, 385)):
        label(985, ly, "Mitochondrion", [(mx, my)], "R")
    label(985, 150, "Endoplasmic", [(530, 216)], "R")
    s.append('<text x="985" y="180" font-family="Liberation Sans" font-size="22" fill="#222">reticulum</text>')
    if golgi:
        label(985, 470, "Golgi apparatus", [(735, 500)], "R")
    label(985, 660, "Vesicles", [(v[0], v[1]) for v in ves], "R")
    s.append('</svg>')
    return _svg_png("\n".join(s), [_LIB + "/LiberationSans-Regular.ttf", _LIB + "/LiberationSans-Bold.ttf"])


# ----------------------------------------------------------------------------------------------------
# Case 2: reportlab print, black and white, plant cell with double outline, 800 px wide.
# ----------------------------------------------------------------------------------------------------
_T2 = "A plant cell with a cell wall, a large central vacuole, a nucleus and four chloroplasts."


def _draw_reportlab_plant(wrong):
    serif = _rl_font("H3LibSerif", _LIB + "/LiberationSerif-Regular.ttf")
    serif_i = _rl_font("H3LibSerifIt", _LIB + "/LiberationSerif-Italic.ttf")
    W, H = 420.0, 300.0  # points; rendered at scale 2 -> 840 x 600 px

    def paint(c):
        c.setFillGray(1)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        x0, y0, w, h = 40, 50, 230, 200  # cell outline (PDF y grows upwards)
        wall = wrong != "no_wall"  # no_wall breaks "with a cell wall"
        c.setStrokeGray(0)
        if wall:
            c.setLineWidth(5)
            c.roundRect(x0, y0, w, h, 16, stroke=1, fill=0)
            c.setLineWidth(0.8)
            c.roundRect(x0 + 6, y0 + 6, w - 12, h - 12, 11, stroke=1, fill=0)
        else:
            c.setLineWidth(0.9)
            c.roundRect(x0 + 6, y0 + 6, w - 12, h - 12, 11, stroke=1, fill=0)
        # vacuole
        if wrong == "small_vacuole":
            # breaks "a large central vacuole": the vacuole is a small sac
            vx, vy, vw, vh = x0 + 95, y0 + 85, 40, 30
        else:
            vx, vy, vw, vh = x0 + 32, y0 + 50, 148, 116
        c.setLineWidth(1.1)
        c.setFillGray(0.86)
        c.roundRect(vx, vy, vw, vh, 18 if vw > 60 else 10, stroke=1, fill=1)
        rng = random.Random(41)
        c.setFillGray(0.45)
        for _ in range(int(vw * vh / 55)):  # stipple
            px = vx + 6 + rng.random() * (vw - 12)
            py = vy + 6 + rng.random() * (vh - 12)
            c.circle(px, py, 0.55, stroke=0, fill=1)
        # nucleus pressed against the bottom-right wall
        nx, ny, nr = x0 + 200, y0 + 32, 19
        c.setFillGray(0.55)
        c.circle(nx, ny, nr, stroke=1, fill=1)
        c.setFillGray(0.15)
        c.circle(nx + 4, ny + 3, 6, stroke=0, fill=1)
        # chloroplasts: ellipses with grana stacks
        chl = [(x0 + 200, y0 + 172, 20), (x0 + 36, y0 + 176, -25), (x0 + 32, y0 + 28, 10), (x0 + 115, y0 + 182, 0)]
        if wrong == "five_chloroplasts":
            # breaks "four chloroplasts": a fifth one is drawn
            chl.append((x0 + 205, y0 + 110, 80))
        if wrong == "chloroplast_outside":
            # breaks "four chloroplasts" inside the cell: one lies outside the cell wall
            chl[1] = (x0 + w + 27, y0 + 22, -25)
        for ccx, ccy, ang in chl:
            c.saveState()
            c.translate(ccx, ccy)
            c.rotate(ang)
            c.setFillGray(1)
            c.setLineWidth(1.0)
            c.ellipse(-17, -8, 17, 8, stroke=1, fill=1)
            c.setFillGray(0)
            for gx in (-10, -3, 4, 11):
                for gy in (-2.5, 0, 2.5):
                    c.rect(gx - 2.2, gy - 0.6, 4.4, 1.2, stroke=0, fill=1)
            c.restoreState()
        # labels, leader lines to a right margin column
        c.setFillGray(0)
        c.setStrokeGray(0)
        c.setLineWidth(0.5)
        col = 322

        def lab(ty, txt, px, py):
            c.setFont(serif, 11.5)
            c.drawString(col, ty - 4, txt)
            c.line(col - 4, ty, px, py)
            c.circle(px, py, 1.2, stroke=0, fill=1)

        if wall:
            lab(262, "cell wall", x0 + w - 1, y0 + h - 30)
        else:
            lab(262, "cell membrane", x0 + w - 6, y0 + h - 30)
        lab(205, "chloroplast", chl[0][0] + 10, chl[0][1] + 4)
        lab(150, "vacuole", vx + vw * 0.7, vy + vh * 0.6)
        lab(95, "nucleus", nx + 12, ny + 4)
        c.setFont(serif_i, 11)
        c.drawString(40, 22, "Fig. 3  A plant cell (schematic).")

    return _pdf_png(paint, W, H, 2.0)


# ----------------------------------------------------------------------------------------------------
# Case 3: OpenCV on a dark slide, two animal cells, Hershey labels, 720 x 400.
# ----------------------------------------------------------------------------------------------------
_T3 = ("Two animal cells side by side: the first cell has a nucleus and two mitochondria, "
       "the second cell has a nucleus, a lysosome and a peroxisome.")


def _draw_opencv_two_cells(wrong):
    import cv2
    import numpy as np
    W, H = 720, 400
    img = np.zeros((H, W, 3), np.uint8)
    img[:] = (38, 26, 20)  # BGR very dark blue-grey
    AA = cv2.LINE_AA
    F = cv2.FONT_HERSHEY_DUPLEX
    white = (235, 235, 235)
    c1, c2 = (190, 215), (530, 215)
    ax = (150, 120)
    col_cell = (170, 220, 120)
    for c in (c1, c2):
        cv2.ellipse(img, c, ax, 0, 0, 360, (70, 95, 55), -1, AA)
        cv2.ellipse(img, c, ax, 0, 0, 360, col_cell, 3, AA)

    def rel(c, dx, dy):
        sx = ax[0] / 150.0
        sy = ax[1] / 120.0
        return (int(c[0] + dx * sx), int(c[1] + dy * sy))

    labels = []  # (text, organelle centre, "above" | "below")
    # cell 1: nucleus + two mitochondria
    n1 = rel(c1, -30, -15)
    cv2.circle(img, n1, 34, (170, 90, 60), -1, AA)
    cv2.circle(img, n1, 34, (255, 170, 120), 2, AA)
    labels.append(("nucleus", n1, "below"))
    mitos = [rel(c1, 70, -50), rel(c1, 58, 42)]
    if wrong == "mito_dropped":
        # breaks "two mitochondria": the first cell has only one
        mitos = mitos[:1]
    for i, m in enumerate(mitos):
        cv2.ellipse(img, m, (24, 11), 30 if i == 0 else -20, 0, 360, (40, 120, 230), -1, AA)
        cv2.ellipse(img, m, (24, 11), 30 if i == 0 else -20, 0, 360, (120, 200, 255), 2, AA)
        labels.append(("mitochondrion", m, "above" if i == 0 else "below"))
    # cell 2: nucleus + lysosome + peroxisome
    if wrong != "nucleus2_dropped":  # nucleus2_dropped breaks "the second cell has a nucleus"
        n2 = rel(c2, 25, -10)
        cv2.circle(img, n2, 34, (170, 90, 60), -1, AA)
        cv2.circle(img, n2, 34, (255, 170, 120), 2, AA)
        labels.append(("nucleus", n2, "below"))
    lyso = rel(c2, -75, 38)
    if wrong == "lysosome_to_first":
        # breaks "the second cell has ... a lysosome": the lysosome is in the first cell
        lyso = rel(c1, -85, 50)
    cv2.circle(img, lyso, 13, (150, 60, 200), -1, AA)
    cv2.circle(img, lyso, 13, (230, 160, 255), 2, AA)
    labels.append(("lysosome", lyso, "below"))
    perox, where = rel(c2, 80, 40), "below"
    if wrong == "peroxisome_outside":
        # breaks "the second cell has ... a peroxisome": the peroxisome lies outside both cells
        perox, where = (360, 62), "above"
    cv2.circle(img, perox, 11, (60, 170, 200), -1, AA)
    cv2.circle(img, perox, 11, (160, 240, 255), 2, AA)
    labels.append(("peroxisome", perox, where))
    # labels: small white Hershey text just above or below each organelle
    for txt, (px, py), where in labels:
        (tw, th), _ = cv2.getTextSize(txt, F, 0.45, 1)
        r = 34 if txt == "nucleus" else (16 if txt == "mitochondrion" else 13)
        base = py - r - 8 if where == "above" else py + r + th + 6
        tx = max(4, min(W - tw - 4, px - tw // 2))
        cv2.putText(img, txt, (tx, base), F, 0.45, white, 1, AA)
    cv2.putText(img, "cell 1", (c1[0] - 30, c1[1] - ax[1] - 10), F, 0.6, col_cell, 1, AA)
    cv2.putText(img, "cell 2", (c2[0] - 30, c2[1] - ax[1] - 10), F, 0.6, col_cell, 1, AA)
    cv2.putText(img, "Two animal cells", (12, H - 12), cv2.FONT_HERSHEY_SIMPLEX, 0.5, (150, 150, 150), 1, AA)
    rgb = img[:, :, ::-1].copy()
    return _png(Image.fromarray(rgb))


def cases():
    return [
        {"id": "h3-cell-svg-textbook", "text": _T1, "tool": "svg+resvg", "style": "colour-gradient-leaders",
         "draw": _draw_svg_textbook,
         "wrongs": ["nucleolus_outside", "mito_dropped", "vesicle_outside", "golgi_dropped"]},
        {"id": "h3-cell-reportlab-bw", "text": _T2, "tool": "reportlab+pdfium", "style": "bw-print-serif",
         "draw": _draw_reportlab_plant,
         "wrongs": ["no_wall", "small_vacuole", "five_chloroplasts", "chloroplast_outside"]},
        {"id": "h3-cell-opencv-dark", "text": _T3, "tool": "opencv", "style": "dark-hershey",
         "draw": _draw_opencv_two_cells,
         "wrongs": ["peroxisome_outside", "mito_dropped", "nucleus2_dropped", "lysosome_to_first"]},
    ]
