"""Held-out set 3 — geometry figures drawn by other tools.

Three cases:
  h3-geometry-reportlab-serif  reportlab PDF (pdfium raster), black and white, serif italic vertex letters,
                               angle arc, parallelogram drawn to scale (680 x 460)
  h3-geometry-opencv-slide     OpenCV on a dark slate "slide", Hershey labels, circle with a chord (800 x 600)
  h3-geometry-svg-pencil       hand-written SVG with seeded pencil jitter, tick marks, rendered by resvg
                               (520 x 540)

Lengths and angles to scale. Deterministic; every PNG re-saved through PIL as RGB with no text chunks.
"""
from __future__ import annotations

import io
import math
import random

from PIL import Image

SCIENCE = "geometry"

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
# Case 1: reportlab parallelogram ABCD, AB = 7 cm, AD = 4 cm, angle DAB = 60°
# ----------------------------------------------------------------------------------------------------
_T1 = "A parallelogram ABCD with AB = 7 cm, AD = 4 cm and angle DAB = 60 degrees."


def _draw_reportlab_parallelogram(wrong):
    serif = _rl_font("H3LibSerif", _LIB + "/LiberationSerif-Regular.ttf")
    serif_i = _rl_font("H3LibSerifIt", _LIB + "/LiberationSerif-Italic.ttf")
    W, H = 340.0, 230.0
    u = 30.0  # points per cm
    ab, ad, ang = 7.0, 4.0, 60.0
    if wrong == "angle_drawn_80":
        # breaks "angle DAB = 60 degrees": the angle is drawn as 80° (its label still says 60°)
        ang = 80.0
    if wrong == "AD_drawn_5_5":
        # breaks "AD = 4 cm": AD is drawn 5.5 cm long (its label still says 4 cm)
        ad = 5.5
    A = (28.0, 42.0)
    B = (A[0] + ab * u, A[1])
    D = (A[0] + ad * u * math.cos(math.radians(ang)), A[1] + ad * u * math.sin(math.radians(ang)))
    C = (B[0] + D[0] - A[0], B[1] + D[1] - A[1])
    names = {"A": A, "B": B, "C": C, "D": D}
    if wrong == "B_D_swapped":
        # breaks the vertex order ABCD (AB = 7 cm, AD = 4 cm): the letters B and D are swapped
        names = {"A": A, "B": D, "C": C, "D": B}
    ang_text = "60°"
    if wrong == "angle_label":
        # breaks "angle DAB = 60 degrees": the label reads 45°
        ang_text = "45°"

    def paint(c):
        c.setFillGray(1)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillGray(0)
        c.setStrokeGray(0)
        c.setLineWidth(1.4)
        p = c.beginPath()
        p.moveTo(*A)
        p.lineTo(*B)
        p.lineTo(*C)
        p.lineTo(*D)
        p.close()
        c.drawPath(p, stroke=1, fill=0)
        # angle arc at A
        c.setLineWidth(0.8)
        r = 22
        c.arc(A[0] - r, A[1] - r, A[0] + r, A[1] + r, 0, ang)
        mid = math.radians(ang / 2)
        c.setFont(serif, 11)
        c.drawString(A[0] + 27 * math.cos(mid), A[1] + 27 * math.sin(mid) - 4, ang_text)
        # vertex letters, pushed away from the centre
        cx = (A[0] + C[0]) / 2
        cy = (A[1] + C[1]) / 2
        c.setFont(serif_i, 15)
        for nm, (x, y) in names.items():
            dx, dy = x - cx, y - cy
            dn = math.hypot(dx, dy)
            c.drawCentredString(x + 13 * dx / dn, y + 13 * dy / dn - 5, nm)
        # side labels
        c.setFont(serif, 12)
        c.drawCentredString((A[0] + B[0]) / 2, A[1] - 17, "7 cm")
        mx, my = (A[0] + D[0]) / 2, (A[1] + D[1]) / 2
        c.drawRightString(mx - 8, my - 4, "4 cm")
        c.setFont(serif_i, 10)
        c.drawString(18, 10, "Figure 1. Parallelogram ABCD (drawn to scale).")

    return _pdf_png(paint, W, H, 2.0)


# ----------------------------------------------------------------------------------------------------
# Case 2: OpenCV dark slide, circle (centre O, r = 4 cm) and chord PQ = 6 cm
# ----------------------------------------------------------------------------------------------------
_T2 = "A circle with centre O and radius 4 cm; the chord PQ has length 6 cm."


def _draw_opencv_circle(wrong):
    import cv2
    import numpy as np
    W, H = 800, 600
    img = np.full((H, W, 3), (52, 44, 40), np.uint8)  # BGR dark slate
    k = 55.0  # px per cm
    O = (400.0, 320.0)
    R = 4.0
    AA = cv2.LINE_AA
    F = cv2.FONT_HERSHEY_DUPLEX
    cyan = (230, 210, 120)
    orange = (70, 160, 245)
    white = (240, 240, 240)
    sh = 4  # sub-pixel shift
    pt = lambda p: (int(round(p[0] * 16)), int(round(p[1] * 16)))
    cv2.circle(img, pt(O), int(R * k * 16), cyan, 3, AA, sh)
    half = 3.0
    if wrong == "chord_diameter":
        # breaks "the chord PQ has length 6 cm": PQ is drawn through O (a diameter, 8 cm), label unchanged
        half = R
    d = math.sqrt(R * R - half * half)
    phi = math.radians(20)  # chord direction
    t = (math.cos(phi), math.sin(phi))
    n = (-math.sin(phi), math.cos(phi))  # towards the lower half of the image
    M = (O[0] + d * k * n[0], O[1] + d * k * n[1])
    P = (M[0] - half * k * t[0], M[1] - half * k * t[1])
    Q = (M[0] + half * k * t[0], M[1] + half * k * t[1])
    cv2.line(img, pt(P), pt(Q), orange, 3, AA, sh)
    for p, nm, off in ((P, "P", (-34, 12)), (Q, "Q", (12, 20))):
        cv2.circle(img, pt(p), 5 * 16, orange, -1, AA, sh)
        cv2.putText(img, nm, (int(p[0] + off[0]), int(p[1] + off[1])), F, 1.0, white, 2, AA)
    chord_text = "6 cm"
    if wrong == "chord_label":
        # breaks "PQ has length 6 cm": the label reads 5 cm
        chord_text = "5 cm"
    lab = (M[0] + 18 * n[0] - 30, M[1] + 18 * n[1] + 26)
    cv2.putText(img, chord_text, (int(lab[0]), int(lab[1])), F, 0.9, orange, 2, AA)
    Odraw = O
    if wrong == "O_off_centre":
        # breaks "a circle with centre O": the point O is marked away from the centre
        Odraw = (O[0] + 85, O[1] - 60)
    # dashed perpendicular from O to the chord's midpoint
    if d > 0.01:
        for s_ in np.arange(0, 1, 0.1):
            a_ = (Odraw[0] + (M[0] - Odraw[0]) * s_, Odraw[1] + (M[1] - Odraw[1]) * s_)
            b_ = (Odraw[0] + (M[0] - Odraw[0]) * (s_ + 0.05), Odraw[1] + (M[1] - Odraw[1]) * (s_ + 0.05))
            cv2.line(img, pt(a_), pt(b_), (170, 170, 170), 1, AA, sh)
    # radius to a point on the upper left of the circle
    ra = math.radians(215)
    Rp = (O[0] + R * k * math.cos(ra), O[1] + R * k * math.sin(ra))
    cv2.line(img, pt(Odraw), pt(Rp), white, 2, AA, sh)
    r_text = "r = 4 cm"
    if wrong == "radius_label":
        # breaks "radius 4 cm": the label reads 3 cm
        r_text = "r = 3 cm"
    mid = ((Odraw[0] + Rp[0]) / 2, (Odraw[1] + Rp[1]) / 2)
    cv2.putText(img, r_text, (int(mid[0]) - 60, int(mid[1]) - 22), F, 0.9, white, 2, AA)
    cv2.circle(img, pt(Odraw), 6 * 16, white, -1, AA, sh)
    cv2.putText(img, "O", (int(Odraw[0]) + 12, int(Odraw[1]) - 10), F, 1.0, white, 2, AA)
    cv2.putText(img, "Circle, centre O, with chord PQ", (24, 44), cv2.FONT_HERSHEY_SIMPLEX, 0.9, (200, 200, 200), 2, AA)
    return _png(Image.fromarray(img[:, :, ::-1].copy()))


# ----------------------------------------------------------------------------------------------------
# Case 3: SVG pencil sketch, regular hexagon ABCDEF with side 3 cm
# ----------------------------------------------------------------------------------------------------
_T3 = "A regular hexagon ABCDEF with side 3 cm."


def _draw_svg_hexagon(wrong):
    W, H = 520, 540
    u = 50.0  # px per cm
    cx, cy = 262.0, 285.0
    s3 = 3.0 * u
    pts = {}
    for i, nm in enumerate("ABCDEF"):
        a = math.radians(240 + 60 * i)  # A top-left, then clockwise on screen
        pts[nm] = [cx + s3 * math.cos(a), cy + s3 * math.sin(a)]
    if wrong == "irregular":
        # breaks "regular": vertex D is pulled outwards, so the sides and angles are no longer equal
        pts["D"][0] += 32
        pts["D"][1] += 34
    order = list("ABCDEF")
    if wrong == "pentagon":
        # breaks "hexagon ABCDEF": the vertex F is missing, the figure is a pentagon ABCDE
        order = list("ABCDE")
    labels = {nm: nm for nm in order}
    if wrong == "letters_swapped":
        # breaks the vertex order ABCDEF: the letters C and D are swapped
        labels["C"], labels["D"] = "D", "C"
    side_text = "3 cm"
    if wrong == "side_label":
        # breaks "side 3 cm": the label reads 4 cm
        side_text = "4 cm"
    rng = random.Random(314)

    def pencil(p, q):
        out = []
        for rep in range(2):
            n = 8
            pts_ = []
            for i in range(n + 1):
                t = i / n
                x = p[0] + (q[0] - p[0]) * t + rng.uniform(-1.2, 1.2)
                y = p[1] + (q[1] - p[1]) * t + rng.uniform(-1.2, 1.2)
                pts_.append((x, y))
            # overshoot a little at the ends, as a hand does
            dx, dy = q[0] - p[0], q[1] - p[1]
            L = math.hypot(dx, dy)
            ex = 4 + rng.uniform(0, 3)
            pts_[0] = (pts_[0][0] - dx / L * ex, pts_[0][1] - dy / L * ex)
            pts_[-1] = (pts_[-1][0] + dx / L * ex, pts_[-1][1] + dy / L * ex)
            d = "M " + " L ".join(f"{x:.1f} {y:.1f}" for x, y in pts_)
            out.append(f'<path d="{d}" fill="none" stroke="#3a3a3a" stroke-opacity="{0.85 if rep == 0 else 0.45}" '
                       f'stroke-width="{2.2 if rep == 0 else 1.2}" stroke-linecap="round" stroke-linejoin="round"/>')
        return out

    s = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}">',
         f'<rect width="{W}" height="{H}" fill="#fbfaf5"/>']
    for y in range(70, H, 32):  # faint ruled lines of an exercise book
        s.append(f'<line x1="0" y1="{y}" x2="{W}" y2="{y}" stroke="#cfe0ef" stroke-width="1"/>')
    s.append(f'<line x1="44" y1="0" x2="44" y2="{H}" stroke="#f0b8b8" stroke-width="1.2"/>')
    for i in range(len(order)):
        p, q = pts[order[i]], pts[order[(i + 1) % len(order)]]
        s.extend(pencil(p, q))
        # one tick mark per side (equal sides)
        mx, my = (p[0] + q[0]) / 2, (p[1] + q[1]) / 2
        dx, dy = q[0] - p[0], q[1] - p[1]
        L = math.hypot(dx, dy)
        nx, ny = -dy / L, dx / L
        s.append(f'<line x1="{mx - nx * 8:.1f}" y1="{my - ny * 8:.1f}" x2="{mx + nx * 8:.1f}" y2="{my + ny * 8:.1f}" '
                 'stroke="#3a3a3a" stroke-width="1.6"/>')
    font = 'font-family="Liberation Sans Narrow" font-style="italic"'
    for nm in order:
        x, y = pts[nm]
        dx, dy = x - cx, y - cy
        L = math.hypot(dx, dy)
        s.append(f'<text x="{x + dx / L * 24:.1f}" y="{y + dy / L * 24 + 9:.1f}" text-anchor="middle" {font} '
                 f'font-size="28" fill="#1d3557">{labels[nm]}</text>')
    A, B = pts["A"], pts["B"]
    s.append(f'<text x="{(A[0] + B[0]) / 2:.1f}" y="{A[1] - 18:.1f}" text-anchor="middle" {font} font-size="26" '
             f'fill="#1d3557">{side_text}</text>')
    s.append(f'<text x="60" y="50" {font} font-size="24" fill="#1d3557">regular hexagon</text>')
    s.append('</svg>')
    return _svg_png("\n".join(s), [_LIB + "/LiberationSansNarrow-Italic.ttf"])


def cases():
    return [
        {"id": "h3-geometry-reportlab-serif", "text": _T1, "tool": "reportlab+pdfium", "style": "bw-serif-angle-arc",
         "draw": _draw_reportlab_parallelogram,
         "wrongs": ["angle_drawn_80", "AD_drawn_5_5", "angle_label", "B_D_swapped"]},
        {"id": "h3-geometry-opencv-slide", "text": _T2, "tool": "opencv", "style": "dark-slide-hershey",
         "draw": _draw_opencv_circle, "wrongs": ["chord_diameter", "chord_label", "radius_label", "O_off_centre"]},
        {"id": "h3-geometry-svg-pencil", "text": _T3, "tool": "svg+resvg", "style": "pencil-jitter-ruled-paper",
         "draw": _draw_svg_hexagon, "wrongs": ["irregular", "pentagon", "side_label", "letters_swapped"]},
    ]
