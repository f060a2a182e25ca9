"""Held-out set 3 — astronomy figures drawn by other tools.

Three cases:
  h3-astronomy-opencv-space     OpenCV on a black star field, Hershey labels (Galilean moons, 1200 x 760)
  h3-astronomy-mpl-polar        matplotlib polar axes in AU, `seaborn-v0_8-poster` style (inner planets to scale)
  h3-astronomy-reportlab-comet  reportlab black-and-white page, elliptical comet orbit to scale (pdfium)

Deterministic (seeded star field, invariant PDF); every PNG re-saved through PIL as RGB with no text chunks.
"""
from __future__ import annotations

import io
import math
import random

from PIL import Image

SCIENCE = "astronomy"

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


def _mpl_png(fig, dpi) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    FigureCanvasAgg(fig)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None})
    buf.seek(0)
    return _png(Image.open(buf))


# ----------------------------------------------------------------------------------------------------
# Case 1: OpenCV star field, Galilean moons
# ----------------------------------------------------------------------------------------------------
_T1 = ("Jupiter has four large moons: Io, Europa, Ganymede and Callisto, "
       "in order of distance from Jupiter.")


def _draw_opencv_jupiter(wrong):
    import cv2
    import numpy as np
    W, H = 1200, 760
    img = np.zeros((H, W, 3), np.uint8)
    rng = random.Random(77)
    for _ in range(260):  # background stars
        x, y = rng.randrange(W), rng.randrange(H)
        v = rng.randrange(90, 230)
        img[y, x] = (v, v, v)
    AA = cv2.LINE_AA
    cx, cy = 600, 395
    # Jupiter with cloud bands
    band = np.zeros_like(img)
    cv2.circle(band, (cx, cy), 42, (120, 175, 215), -1, AA)
    for i, (dy, col) in enumerate(((-24, (90, 130, 175)), (-8, (70, 110, 160)), (10, (95, 140, 190)), (26, (80, 120, 170)))):
        cv2.rectangle(band, (cx - 45, cy + dy - 4), (cx + 45, cy + dy + 3), col, -1)
    mask = np.zeros((H, W), np.uint8)
    cv2.circle(mask, (cx, cy), 42, 255, -1, AA)
    img[mask > 0] = band[mask > 0]
    cv2.circle(img, (cx, cy), 42, (150, 200, 235), 1, AA)
    F = cv2.FONT_HERSHEY_DUPLEX
    if wrong != "jupiter_unlabelled":  # jupiter_unlabelled breaks the stated name "Jupiter": no label
        cv2.putText(img, "Jupiter", (cx - 42, cy + 70), F, 0.75, (210, 225, 240), 1, AA)
    moons = [("Io", 95, 35), ("Europa", 155, 150), ("Ganymede", 235, 245), ("Callisto", 335, 325)]
    if wrong == "swap_europa_ganymede":
        # breaks the stated order: Ganymede is drawn on the second orbit and Europa on the third
        moons = [("Io", 95, 35), ("Ganymede", 155, 150), ("Europa", 235, 245), ("Callisto", 335, 325)]
    if wrong == "io_renamed":
        # breaks the stated name "Io": the innermost moon is labelled Amalthea
        moons[0] = ("Amalthea", 95, 35)
    if wrong == "callisto_dropped":
        # breaks "four large moons ... Callisto": the outermost moon and its orbit are missing
        moons = moons[:3]
    for name, r, deg in moons:
        n = max(60, int(2 * math.pi * r / 7))
        for i in range(0, n, 2):  # dotted orbit
            t0, t1 = 2 * math.pi * i / n, 2 * math.pi * (i + 1) / n
            p0 = (int(cx + r * math.cos(t0)), int(cy + r * math.sin(t0)))
            p1 = (int(cx + r * math.cos(t1)), int(cy + r * math.sin(t1)))
            cv2.line(img, p0, p1, (110, 110, 110), 1, AA)
        t = math.radians(deg)
        mx, my = int(round(cx + r * math.cos(t))), int(round(cy - r * math.sin(t)))
        cv2.circle(img, (mx, my), 9, (200, 220, 235), -1, AA)
        (tw, th), _ = cv2.getTextSize(name, F, 0.7, 1)
        lx = mx + 14 if math.cos(t) >= -0.2 else mx - 14 - tw
        ly = my - 12
        cv2.putText(img, name, (lx, ly), F, 0.7, (255, 255, 255), 1, AA)
    cv2.putText(img, "The Galilean moons of Jupiter", (24, 40), F, 0.9, (200, 200, 200), 1, AA)
    cv2.putText(img, "orbits not to scale", (W - 250, H - 22), cv2.FONT_HERSHEY_SIMPLEX, 0.6, (150, 150, 150), 1, AA)
    return _png(Image.fromarray(img[:, :, ::-1].copy()))


# ----------------------------------------------------------------------------------------------------
# Case 2: matplotlib polar plot in AU, 900 x 900
# ----------------------------------------------------------------------------------------------------
_T2 = "Venus orbits the Sun at 0.72 AU, Earth at 1 AU and Mars at 1.52 AU, drawn to scale."


def _draw_mpl_polar(wrong):
    import numpy as np
    import matplotlib.pyplot as plt
    from matplotlib.figure import Figure
    planets = [["Venus", 0.72, "0.72 AU", 40, "#d9a441"], ["Earth", 1.0, "1 AU", 160, "#2f7ed8"],
               ["Mars", 1.52, "1.52 AU", 285, "#c1440e"]]
    if wrong == "mars_radius":
        # breaks "Mars at 1.52 AU, drawn to scale": Mars's orbit is drawn at 2.0 AU (label unchanged)
        planets[2][1] = 2.0
    if wrong == "earth_label":
        # breaks "Earth at 1 AU": the label reads 1.2 AU
        planets[1][2] = "1.2 AU"
    if wrong == "venus_earth_swapped":
        # breaks which planet is at 0.72 AU and which at 1 AU: the names are swapped
        planets[0][0], planets[1][0] = "Earth", "Venus"
    if wrong == "venus_dropped":
        # breaks "Venus orbits the Sun": Venus and its orbit are missing
        planets = planets[1:]
    rmax = 2.2 if wrong == "mars_radius" else 1.75
    with plt.style.context("seaborn-v0_8-poster"):
        fig = Figure(figsize=(9, 9))
        ax = fig.add_subplot(projection="polar")
        th = np.linspace(0, 2 * np.pi, 361)
        for name, r, lab, deg, col in planets:
            ax.plot(th, np.full_like(th, r), color=col, lw=2.2)
            t = math.radians(deg)
            ax.plot([t], [r], "o", color=col, ms=16, mec="k", mew=1)
            ax.annotate(f"{name}\n{lab}", xy=(t, r), xytext=(t + 0.16, r + 0.2), fontsize=17, ha="center",
                        arrowprops=dict(arrowstyle="-", color="#555", lw=1))
        ax.plot([0], [0], marker="*", color="#f5c000", ms=34, mec="#a07000")
        ax.annotate("Sun", xy=(0, 0), xytext=(math.radians(225), 0.28), fontsize=17, ha="center")
        ax.set_rmax(rmax)
        ticks = [0.5, 1.0, 1.5] + ([2.0] if rmax > 2 else [])
        ax.set_rticks(ticks)
        ax.set_yticklabels([f"{t:g} AU" for t in ticks], fontsize=13)
        ax.set_rlabel_position(100)
        ax.set_xticklabels([])
        ax.set_title("Orbits of Venus, Earth and Mars (to scale)", fontsize=20, pad=24)
        return _mpl_png(fig, 100)


# ----------------------------------------------------------------------------------------------------
# Case 3: reportlab black and white, comet orbit, 700 x 600
# ----------------------------------------------------------------------------------------------------
_T3 = "A comet orbits the Sun on an elliptical orbit with semi-major axis 3 AU and eccentricity 0.6."


def _draw_reportlab_comet(wrong):
    serif = _rl_font("H3LibSerif", _LIB + "/LiberationSerif-Regular.ttf")
    serif_i = _rl_font("H3LibSerifIt", _LIB + "/LiberationSerif-Italic.ttf")
    W, H = 350.0, 300.0
    au = 40.0  # points per AU
    a, e = 3.0, 0.6
    if wrong == "e_drawn_0_2":
        # breaks "eccentricity 0.6": the orbit is drawn with e = 0.2 (Sun still at its focus, label unchanged)
        e = 0.2
    b = a * math.sqrt(1 - e * e)
    cxo, cyo = 165.0, 168.0
    sun = (cxo + a * e * au, cyo)
    if wrong == "sun_at_centre":
        # breaks Kepler's first law for the stated ellipse: the Sun sits at the centre, not at a focus
        sun = (cxo, cyo)
    a_text = "a = 3 AU"
    if wrong == "a_label":
        # breaks "semi-major axis 3 AU": the label reads 5 AU
        a_text = "a = 5 AU"
    e_text = "e = 0.6"
    if wrong == "e_label":
        # breaks "eccentricity 0.6": the label reads e = 0.3
        e_text = "e = 0.3"

    def paint(c):
        c.setFillGray(1)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setStrokeGray(0)
        c.setLineWidth(1.3)
        c.ellipse(cxo - a * au, cyo - b * au, cxo + a * au, cyo + b * au, stroke=1, fill=0)
        # major axis, dashed
        c.setLineWidth(0.5)
        c.setDash(3, 2)
        c.line(cxo - a * au - 8, cyo, cxo + a * au + 8, cyo)
        c.setDash()
        # semi-major axis dimension above the axis, from centre to perihelion side
        yd = cyo + 12
        c.setLineWidth(0.6)
        c.line(cxo, yd, cxo + a * au, yd)
        for xe, sg in ((cxo, 1), (cxo + a * au, -1)):
            p = c.beginPath()
            p.moveTo(xe, yd)
            p.lineTo(xe + sg * 6, yd + 2.2)
            p.lineTo(xe + sg * 6, yd - 2.2)
            p.close()
            c.setFillGray(0)
            c.drawPath(p, stroke=0, fill=1)
        c.line(cxo, cyo - 3, cxo, yd + 4)
        c.setFont(serif_i, 11)
        c.drawCentredString(cxo + a * au / 2, yd + 5, a_text)
        c.circle(cxo, cyo, 1.2, stroke=0, fill=1)
        # Sun
        c.setFillGray(0)
        c.circle(sun[0], sun[1], 5.5, stroke=0, fill=1)
        for k in range(8):
            t = k * math.pi / 4
            c.line(sun[0] + 7.5 * math.cos(t), sun[1] + 7.5 * math.sin(t),
                   sun[0] + 11 * math.cos(t), sun[1] + 11 * math.sin(t))
        c.setFont(serif, 11)
        c.drawCentredString(sun[0], sun[1] - 22, "Sun")
        # comet with a tail pointing away from the Sun
        t = math.radians(125)
        px, py = cxo + a * au * math.cos(t), cyo + b * au * math.sin(t)
        dx, dy = px - sun[0], py - sun[1]
        dn = math.hypot(dx, dy)
        ux, uy = dx / dn, dy / dn
        c.setFillGray(0.6)
        p = c.beginPath()
        p.moveTo(px - uy * 3.5, py + ux * 3.5)
        p.lineTo(px + ux * 26 - uy * 7, py + uy * 26 + ux * 7)
        p.lineTo(px + ux * 24 + uy * 5, py + uy * 24 - ux * 5)
        p.lineTo(px + uy * 3.5, py - ux * 3.5)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFillGray(0)
        c.circle(px, py, 3.2, stroke=0, fill=1)
        c.drawString(px - 46, py - 4, "comet")
        c.setFont(serif, 9.5)
        c.drawRightString(cxo - a * au - 4, cyo + 4, "aphelion")
        c.drawString(cxo + a * au + 4, cyo + 4, "perihelion")
        c.setFont(serif_i, 11)
        c.drawString(cxo - 70, cyo - 42, e_text)
        # scale bar
        c.setLineWidth(1)
        c.line(262, 28, 262 + au, 28)
        c.line(262, 25, 262, 31)
        c.line(262 + au, 25, 262 + au, 31)
        c.setFont(serif, 9.5)
        c.drawCentredString(262 + au / 2, 33, "1 AU")
        c.setFont(serif_i, 10)
        c.drawString(18, 12, "Fig. 4.  Orbit of a comet around the Sun, drawn to scale.")

    return _pdf_png(paint, W, H, 2.0)


def cases():
    return [
        {"id": "h3-astronomy-opencv-space", "text": _T1, "tool": "opencv", "style": "dark-starfield-hershey",
         "draw": _draw_opencv_jupiter,
         "wrongs": ["swap_europa_ganymede", "callisto_dropped", "io_renamed", "jupiter_unlabelled"]},
        {"id": "h3-astronomy-mpl-polar", "text": _T2, "tool": "matplotlib", "style": "seaborn-v0_8-poster-polar",
         "draw": _draw_mpl_polar, "wrongs": ["mars_radius", "earth_label", "venus_earth_swapped", "venus_dropped"]},
        {"id": "h3-astronomy-reportlab-comet", "text": _T3, "tool": "reportlab+pdfium", "style": "bw-textbook-serif",
         "draw": _draw_reportlab_comet, "wrongs": ["sun_at_centre", "e_drawn_0_2", "e_label", "a_label"]},
    ]
