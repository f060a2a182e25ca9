"""Held-out set 4, cell: three cells drawn by three other tools.

* ``h4-cell-pil-photocopy``  raw PIL ink drawing, then a photocopied-scan look (skew, toner, noise, binding
  shadow) done here with numpy; one label per organelle kind with a leader line to every instance.
* ``h4-cell-svglib-plate``   hand-written SVG rendered by svglib -> reportlab PDF -> pdfium (not resvg):
  flat "infographic" plant cell, bold narrow labels in two margins.
* ``h4-cell-numpy-sdf``      a numpy signed-distance-field renderer (supersampled, soft shading) of a rod
  bacterium, PIL labels.

Every wrong has exactly one error against a fact the text states (commented where it is drawn).
"""
from __future__ import annotations

import io
import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

SCIENCE = "cell"

_LIB = "/usr/share/fonts/truetype/liberation/"
_DJV = "/usr/share/fonts/truetype/dejavu/"


def _png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, format="PNG")
    return buf.getvalue()


def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size)


# ---------------------------------------------------------------------------------------------------------
# 1. PIL ink drawing + photocopy look
# ---------------------------------------------------------------------------------------------------------
_T1 = "An animal cell with a nucleus, two mitochondria, a Golgi apparatus and three lysosomes."


def _photocopy(img: Image.Image, seed: int) -> Image.Image:
    g = img.convert("L")
    g = g.rotate(-1.4, resample=Image.BICUBIC, expand=False, fillcolor=255)
    g = g.filter(ImageFilter.GaussianBlur(0.8))
    a = np.asarray(g).astype(np.float64) / 255.0
    a = a ** 1.7                                   # toner: mid greys go darker
    h, w = a.shape
    a = a * 0.90 + 0.04                            # the paper is not white
    x = np.linspace(0.0, 1.0, w)[None, :]
    y = np.linspace(0.0, 1.0, h)[:, None]
    a = a - 0.22 * np.exp(-x / 0.035) - 0.06 * y   # binding shadow on the left, uneven lamp
    rng = np.random.RandomState(seed)
    a = a + rng.normal(0.0, 0.035, a.shape)
    speck = rng.random_sample(a.shape) < 0.0007
    a[speck] -= 0.6
    a = np.clip(a * 255.0, 0, 255).astype(np.uint8)
    g = Image.fromarray(a, "L").filter(ImageFilter.GaussianBlur(0.5))
    return Image.merge("RGB", (g, g, g.point(lambda v: max(0, v - 6))))


def _blob(cx, cy, rx, ry, n=180, wob=((3, 0.035, 0.4), (5, 0.02, 1.3))):
    pts = []
    for i in range(n):
        t = 2 * math.pi * i / n
        k = 1.0 + sum(a * math.sin(f * t + p) for f, a, p in wob)
        pts.append((cx + rx * k * math.cos(t), cy + ry * k * math.sin(t)))
    return pts


def _draw_photocopy(wrong: str | None) -> bytes:
    S = 2                                          # drawn at 2x, then reduced (smooth ink)
    W, H = 1160, 780
    img = Image.new("L", (W * S, H * S), 255)
    d = ImageDraw.Draw(img)
    ink = 0
    lab = _font(_LIB + "LiberationSerif-Regular.ttf", 26 * S)
    cap = _font(_LIB + "LiberationSerif-Italic.ttf", 24 * S)

    def s(p):
        return (p[0] * S, p[1] * S)

    # cell membrane (double line)
    cx, cy = 575, 375
    d.line([s(p) for p in _blob(cx, cy, 330, 255)] + [s(_blob(cx, cy, 330, 255)[0])], fill=ink, width=5 * S)
    d.line([s(p) for p in _blob(cx, cy, 320, 245)] + [s(_blob(cx, cy, 320, 245)[0])], fill=ink, width=2 * S)

    # nucleus with envelope and pores, chromatin stipple
    nx, ny, nr = 520, 370, 88
    d.ellipse([s((nx - nr, ny - nr)), s((nx + nr, ny + nr))], outline=ink, width=4 * S)
    d.ellipse([s((nx - nr + 9, ny - nr + 9)), s((nx + nr - 9, ny + nr - 9))], outline=ink, width=2 * S)
    rr = random.Random(11)
    for _ in range(70):
        a = rr.uniform(0, 2 * math.pi)
        r = (nr - 20) * math.sqrt(rr.random())
        px, py = nx + r * math.cos(a), ny + r * math.sin(a)
        d.ellipse([s((px - 1.6, py - 1.6)), s((px + 1.6, py + 1.6))], fill=ink)

    def mito(x, y, ang):
        L, R = 62, 24
        ca, sa = math.cos(ang), math.sin(ang)
        outline = []
        for i in range(60):
            t = math.pi * i / 59
            outline.append((L / 2 + R * math.sin(t), R * math.cos(t)))
        for i in range(60):
            t = math.pi * i / 59
            outline.append((-L / 2 - R * math.sin(t), -R * math.cos(t)))
        outline.append(outline[0])
        tr = [s((x + u * ca - v * sa, y + u * sa + v * ca)) for u, v in outline]
        d.line(tr, fill=ink, width=3 * S)
        zig = []
        for i in range(9):
            u = -L / 2 - 8 + i * (L + 16) / 8
            v = (R - 7) * (1 if i % 2 == 0 else -1)
            zig.append(s((x + u * ca - v * sa, y + u * sa + v * ca)))
        d.line(zig, fill=ink, width=2 * S)

    def lyso(x, y):
        d.ellipse([s((x - 20, y - 20)), s((x + 20, y + 20))], outline=ink, width=3 * S)
        for k in range(6):
            a = k * math.pi / 3 + 0.3
            px, py = x + 9 * math.cos(a), y + 9 * math.sin(a)
            d.ellipse([s((px - 2.2, py - 2.2)), s((px + 2.2, py + 2.2))], fill=ink)
        d.ellipse([s((x - 2.2, y - 2.2)), s((x + 2.2, y + 2.2))], fill=ink)

    def golgi(x, y):
        for k in range(5):
            r = 70 - k * 11
            d.arc([s((x - r, y - r * 0.55 + k * 13)), s((x + r, y + r * 0.55 + k * 13))],
                  200, 340, fill=ink, width=4 * S)
        for vx, vy in ((x - 70, y + 8), (x + 72, y + 10), (x + 60, y + 44)):
            d.ellipse([s((vx - 6, vy - 6)), s((vx + 6, vy + 6))], outline=ink, width=2 * S)

    mitos = [(760, 300, 0.45), (700, 525, -0.3)]
    if wrong == "mitochondrion_dropped":
        # breaks "two mitochondria": only one is drawn
        mitos = mitos[:1]
    for m in mitos:
        mito(*m)

    lysos = [(370, 510), (450, 565), (770, 400)]
    if wrong == "lysosome_outside":
        # breaks "three lysosomes" inside the cell: one lysosome lies outside the membrane
        lysos[2] = (965, 560)
    if wrong == "lysosome_extra":
        # breaks "three lysosomes": a fourth one is drawn
        lysos.append((600, 560))
    for p in lysos:
        lyso(*p)

    if wrong != "golgi_dropped":
        # (golgi_dropped breaks "a Golgi apparatus": it is missing, with its label)
        golgi(600, 185)

    # labels with leader lines (one label per kind)
    def label(text, tx, ty, targets, anchor):
        d.text(s((tx, ty)), text, font=lab, fill=ink, anchor=anchor)
        bx = tx + 8 if anchor == "rm" else tx - 8
        for px, py in targets:
            d.line([s((bx, ty)), s((px, py))], fill=ink, width=2 * S)
            d.ellipse([s((px - 3, py - 3)), s((px + 3, py + 3))], fill=ink)

    label("nucleus", 215, 250, [(nx - 60, ny - 50)], "rm")
    label("cell membrane", 215, 120, [(318, 218)], "rm")
    label("mitochondrion", 930, 300, [(m[0] + 30, m[1]) for m in mitos], "lm")
    label("lysosome", 215, 640, [(x - 14, y + 12) for x, y in lysos], "rm")
    if wrong != "golgi_dropped":
        label("Golgi apparatus", 930, 110, [(650, 145)], "lm")

    d.text(s((W / 2, H - 40)), "Fig. 2.4  An animal cell (light microscope drawing)", font=cap, fill=ink,
           anchor="mm")
    img = img.resize((W, H), Image.LANCZOS)
    return _png(_photocopy(img, seed=24))


# ---------------------------------------------------------------------------------------------------------
# 2. hand-written SVG rendered by svglib -> reportlab -> pdfium
# ---------------------------------------------------------------------------------------------------------
_T2 = "A plant cell with a cell wall, a nucleus containing a nucleolus, a large vacuole and three chloroplasts."

_SVGLIB_FONTS_DONE = []


def _svglib_png(svg: str, scale: float) -> bytes:
    from reportlab.graphics import renderPDF
    from svglib.fonts import register_font
    from svglib.svglib import svg2rlg
    import pypdfium2 as pdfium

    if not _SVGLIB_FONTS_DONE:
        register_font("LiberationSansNarrow-Bold", _LIB + "LiberationSansNarrow-Bold.ttf")
        register_font("LiberationSansNarrow", _LIB + "LiberationSansNarrow-Regular.ttf")
        _SVGLIB_FONTS_DONE.append(True)
    drawing = svg2rlg(io.BytesIO(svg.encode("utf-8")))
    pdf = renderPDF.drawToString(drawing)
    doc = pdfium.PdfDocument(pdf)
    page = doc[0]
    img = page.render(scale=scale).to_pil().convert("RGB")
    page.close()
    doc.close()
    return _png(img)


def _draw_svglib(wrong: str | None) -> bytes:
    W = H = 900
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}">',
           f'<rect width="{W}" height="{H}" fill="#f4f1e8"/>',
           '<text x="450" y="58" font-family="LiberationSansNarrow-Bold" font-size="38" '
           'text-anchor="middle" fill="#2f3b2f">PLANT CELL</text>']
    # wall (outer thick) and membrane (inner thin)
    x0, y0, x1, y1 = 240, 120, 660, 800
    if wrong != "no_wall":
        # (no_wall breaks "with a cell wall": only the membrane is drawn)
        out.append(f'<rect x="{x0}" y="{y0}" width="{x1 - x0}" height="{y1 - y0}" rx="46" '
                   'fill="#b9d98a" stroke="#3d6b1f" stroke-width="16"/>')
    out.append(f'<rect x="{x0 + 18}" y="{y0 + 18}" width="{x1 - x0 - 36}" height="{y1 - y0 - 36}" rx="34" '
               'fill="#e2f0c6" stroke="#5c8a2e" stroke-width="4"/>')
    # vacuole
    if wrong == "small_vacuole":
        # breaks "a large vacuole": the vacuole is a small one
        out.append('<ellipse cx="470" cy="560" rx="60" ry="48" fill="#a9d3ef" stroke="#2f6f9f" stroke-width="4"/>')
        vac_pt = (470, 560)
    else:
        out.append('<path d="M330 330 C 330 260, 590 260, 590 340 L 590 640 C 590 720, 330 720, 330 640 Z" '
                   'fill="#a9d3ef" stroke="#2f6f9f" stroke-width="4"/>')
        vac_pt = (560, 470)
    # nucleus + nucleolus
    ncx, ncy, nr = 345, 212, 58
    out.append(f'<circle cx="{ncx}" cy="{ncy}" r="{nr}" fill="#d8b4e2" stroke="#6b3f7d" stroke-width="5"/>')
    if wrong == "nucleolus_outside":
        # breaks "a nucleus containing a nucleolus": the nucleolus sits in the cytoplasm, not in the nucleus
        nl = (330, 745)
    else:
        nl = (356, 222)
    out.append(f'<circle cx="{nl[0]}" cy="{nl[1]}" r="20" fill="#7b4a8e"/>')
    # chloroplasts
    chl = [(560, 180, -20), (300, 470, 80), (560, 740, 10)]
    if wrong == "chloroplast_dropped":
        # breaks "three chloroplasts": only two are drawn
        chl = chl[:2]
    for cx, cy, ang in chl:
        out.append(f'<g transform="translate({cx},{cy}) rotate({ang})">'
                   '<ellipse cx="0" cy="0" rx="46" ry="22" fill="#4f9a3a" stroke="#1f4f14" stroke-width="3"/>')
        for k in (-24, -8, 8, 24):
            out.append(f'<rect x="{k - 5}" y="-12" width="10" height="24" rx="2" fill="#2d6b22"/>')
        out.append('</g>')

    def lab(text, tx, ty, pts, anchor):
        out.append(f'<text x="{tx}" y="{ty + 9}" font-family="LiberationSansNarrow-Bold" font-size="27" '
                   f'text-anchor="{anchor}" fill="#222">{text}</text>')
        sx = tx - 8 if anchor == "start" else tx + 8
        for px, py in pts:
            out.append(f'<line x1="{sx}" y1="{ty}" x2="{px}" y2="{py}" stroke="#222" stroke-width="2"/>')
            out.append(f'<circle cx="{px}" cy="{py}" r="4" fill="#222"/>')

    if wrong != "no_wall":
        lab("cell wall", 200, 150, [(244, 200)], "end")
    lab("cell membrane", 200, 330, [(262, 360)], "end")
    lab("nucleus", 200, 230, [(ncx - nr + 6, ncy)], "end")
    lab("nucleolus", 700, 222 if wrong != "nucleolus_outside" else 760,
        [(nl[0] + 16, nl[1])], "start")
    lab("vacuole", 700, 470, [vac_pt], "start")
    lab("chloroplast", 700, 620, [(cx + 30, cy) for cx, cy, _ in chl if cx > 400] +
        [(cx, cy + 30) for cx, cy, _ in chl if cx < 400], "start")
    out.append("</svg>")
    return _svglib_png("\n".join(out), scale=4 / 3)


# ---------------------------------------------------------------------------------------------------------
# 3. numpy signed-distance-field renderer
# ---------------------------------------------------------------------------------------------------------
_T3 = "A prokaryotic cell with five ribosomes and no nucleus."


def _sd_capsule(X, Y, ax, ay, bx, by, r):
    px, py = X - ax, Y - ay
    vx, vy = bx - ax, by - ay
    h = np.clip((px * vx + py * vy) / (vx * vx + vy * vy), 0.0, 1.0)
    return np.hypot(px - vx * h, py - vy * h) - r


def _sd_circle(X, Y, cx, cy, r):
    return np.hypot(X - cx, Y - cy) - r


def _draw_sdf(wrong: str | None) -> bytes:
    W, H, SS = 760, 440, 2
    ys, xs = np.mgrid[0:H * SS, 0:W * SS].astype(np.float64)
    X = (xs + 0.5) / SS
    Y = (ys + 0.5) / SS
    px = 1.0

    def cover(dist):
        return np.clip(0.5 - dist / px, 0.0, 1.0)

    # background: soft vignette, dark-field-ish grey blue
    r = np.hypot((X - W / 2) / W, (Y - H / 2) / H)
    img = np.zeros((H * SS, W * SS, 3))
    img[..., 0] = 0.93 - 0.25 * r
    img[..., 1] = 0.95 - 0.22 * r
    img[..., 2] = 0.97 - 0.15 * r

    def paint(dist, rgb, shade=0.0):
        c = cover(dist)[..., None]
        col = np.array(rgb)[None, None, :]
        if shade:
            inner = np.clip(-dist / 60.0, 0.0, 1.0)[..., None]
            light = np.clip(((W / 2 - X) + (H / 2 - Y)) / 700.0, -0.5, 0.5)[..., None]
            col = col * (1.0 - shade * 0.35 + shade * (0.25 * inner + 0.5 * light))
        img[:] = img * (1 - c) + np.clip(col, 0, 1) * c

    # the cell: capsule with a capsule layer (outer) and membrane (ring)
    ax, ay, bx, by, cr = 200, 215, 520, 215, 120
    d_out = _sd_capsule(X, Y, ax, ay, bx, by, cr)
    paint(d_out, (0.55, 0.72, 0.55), shade=1.0)
    paint(np.abs(d_out + 6) - 3, (0.20, 0.38, 0.22))
    paint(d_out + 14, (0.80, 0.88, 0.74), shade=0.8)

    ribos = [(250, 170), (330, 265), (420, 160), (470, 255), (545, 200)]
    if wrong == "ribosome_dropped":
        # breaks "five ribosomes": four are drawn
        ribos = ribos[:4]
    if wrong == "ribosome_outside":
        # breaks "five ribosomes" in the cell: one ribosome lies outside the cell
        ribos[4] = (700, 95)
    if wrong == "ribosome_extra":
        # breaks "five ribosomes": a sixth one is drawn
        ribos.append((300, 200))
    if wrong == "nucleus_added":
        # breaks "no nucleus": a membrane-bound nucleus is drawn in the cell
        paint(_sd_circle(X, Y, 150, 215, 40), (0.62, 0.48, 0.72), shade=1.0)
        paint(np.abs(_sd_circle(X, Y, 150, 215, 40)) - 2.5, (0.35, 0.20, 0.45))
    for rx_, ry_ in ribos:
        paint(_sd_circle(X, Y, rx_, ry_, 9), (0.30, 0.16, 0.10), shade=1.0)

    arr = (np.clip(img, 0, 1) * 255).astype(np.uint8)
    im = Image.fromarray(arr, "RGB").resize((W, H), Image.BOX)
    d = ImageDraw.Draw(im)
    f = _font(_DJV + "DejaVuSansCondensed.ttf", 22)
    fb = _font(_DJV + "DejaVuSansCondensed-Bold.ttf", 24)
    d.text((W / 2, 28), "prokaryotic cell (no nucleus)", font=fb, fill=(30, 40, 30), anchor="mm")
    # one label, leader lines to each ribosome
    lx, ly = 380, 392
    d.text((lx, ly), "ribosome", font=f, fill=(30, 30, 30), anchor="mm")
    for rx_, ry_ in ribos:
        d.line([(lx, ly - 14), (rx_, ry_ + 9)], fill=(60, 60, 60), width=1)
    if wrong == "nucleus_added":
        d.text((70, 62), "nucleus", font=f, fill=(30, 30, 30), anchor="mm")
        d.line([(80, 76), (130, 182)], fill=(60, 60, 60), width=1)
    d.text((90, 392), "cell membrane", font=f, fill=(30, 30, 30), anchor="mm")
    d.line([(110, 378), (140, 290)], fill=(60, 60, 60), width=1)
    return _png(im)


def cases() -> list[dict]:
    return [
        {"id": "h4-cell-pil-photocopy", "text": _T1, "tool": "PIL + numpy photocopy",
         "style": "bw ink drawing, photocopied scan (skew, toner noise, binding shadow), serif labels, 1160x780",
         "draw": _draw_photocopy,
         "wrongs": ["mitochondrion_dropped", "lysosome_outside", "golgi_dropped", "lysosome_extra"]},
        {"id": "h4-cell-svglib-plate", "text": _T2, "tool": "svglib + reportlab + pdfium",
         "style": "flat infographic plate on cream, thick wall, bold narrow labels in both margins, 900x900",
         "draw": _draw_svglib,
         "wrongs": ["nucleolus_outside", "no_wall", "small_vacuole", "chloroplast_dropped"]},
        {"id": "h4-cell-numpy-sdf", "text": _T3, "tool": "numpy SDF renderer + PIL text",
         "style": "soft-shaded rod bacterium, supersampled distance fields, condensed sans, 760x440",
         "draw": _draw_sdf,
         "wrongs": ["nucleus_added", "ribosome_dropped", "ribosome_outside", "ribosome_extra"]},
    ]
