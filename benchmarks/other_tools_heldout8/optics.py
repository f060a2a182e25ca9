"""Held-out figures by other tools, set 8 — optics.

  * black-and-white textbook ray diagram (hand-written SVG rendered by resvg at 200 dpi), then scanned:
    concave mirror, object outside C;
  * a hand-drawn sketch in matplotlib's xkcd mode: diverging lens;
  * a 16:9 PowerPoint-like slide (reportlab canvas -> pdfium, shrunk to 960 px): converging lens used as a
    magnifier.
All images are where 1/f = 1/d_o + 1/d_i puts them, with m = -d_i/d_o, heights at the scale of the distances.
"""

SCIENCE = "optics"

# ---- helpers (copied into this module so that it is self-contained) ----
import io
import math
import random
import zlib

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

_FONTS = "/usr/share/fonts/truetype/"


def _font(name, size):
    """A TrueType font from the system font folder, e.g. 'dejavu/DejaVuSans.ttf'."""
    return ImageFont.truetype(_FONTS + name, max(1, int(round(size))))


def _flatten(img, bg=(255, 255, 255)):
    """Any PIL image -> a fresh RGB image (alpha composited on bg, no info dict carried over)."""
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        base = Image.new("RGBA", rgba.size, bg + (255,))
        img = Image.alpha_composite(base, rgba)
    img = img.convert("RGB")
    return Image.frombytes("RGB", img.size, img.tobytes())


def _png(img):
    """PNG bytes, mode RGB, only IHDR/IDAT/IEND."""
    img = _flatten(img)
    buf = io.BytesIO()
    img.save(buf, format="PNG", compress_level=6)
    return buf.getvalue()


def _jpeg_roundtrip(img, quality):
    buf = io.BytesIO()
    _flatten(img).save(buf, format="JPEG", quality=quality)
    buf.seek(0)
    out = Image.open(buf)
    out.load()
    return _flatten(out)


def _key_seed(seed, key):
    """A seed per (case, entity), independent of PYTHONHASHSEED."""
    return (seed * 1000003 + zlib.crc32(key.encode("utf-8"))) % (2 ** 32)


def _rng(seed, key):
    return random.Random(_key_seed(seed, key))


def _nrng(seed, key):
    return np.random.RandomState(_key_seed(seed, key))

def _mpl_image(fig, dpi="figure", **kw):
    """Render a matplotlib Figure (no pyplot) to an RGB PIL image through savefig(format='png')."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, **kw)
    buf.seek(0)
    im = Image.open(buf)
    im.load()
    return _flatten(im)

def _scan(img, seed, angle, blur=0.75, grain=6.0, paper=(243, 240, 230), ink=0.92, shade=0.07,
          specks=25, jpeg_q=88):
    """A flatbed scan of a printed page: paper tone, ink density, tilt (degrees), optics blur,
    sensor grain, uneven lamp, a few dust specks, JPEG at a fixed quality."""
    a = np.asarray(_flatten(img), dtype=np.float32) / 255.0
    p = np.array(paper, np.float32) / 255.0
    out = p * (1.0 - ink * (1.0 - a))
    im = Image.fromarray(np.clip(out * 255.0 + 0.5, 0, 255).astype(np.uint8))
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=tuple(paper))
    im = im.filter(ImageFilter.GaussianBlur(blur))
    w, h = im.size
    rs = np.random.RandomState(seed)
    arr = np.asarray(im, np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    lamp = 1.0 - shade * (((xx / w) - 0.35) ** 2 + 0.6 * ((yy / h) - 0.45) ** 2) - 0.025 * (xx / w)
    arr = arr * lamp[..., None] + rs.normal(0.0, grain, (h, w, 1)).astype(np.float32)
    for _ in range(specks):
        x, y = rs.randint(0, w), rs.randint(0, h)
        r = rs.uniform(0.5, 1.2)
        v = rs.uniform(110, 170)
        y0, y1, x0, x1 = max(0, int(y - 3)), min(h, int(y + 4)), max(0, int(x - 3)), min(w, int(x + 4))
        d = np.hypot(xx[y0:y1, x0:x1] - x, yy[y0:y1, x0:x1] - y)
        m = np.clip(r + 0.5 - d, 0, 1)[..., None]
        arr[y0:y1, x0:x1] = arr[y0:y1, x0:x1] * (1 - m) + v * m
    im = Image.fromarray(np.clip(arr + 0.5, 0, 255).astype(np.uint8))
    return _jpeg_roundtrip(im, jpeg_q) if jpeg_q else im
# ---- end of helpers ----


# ============================================================== case 1: textbook SVG, scanned

_T1 = "An object 4 cm tall stands 30 cm in front of a concave mirror of focal length 12 cm."
_W1 = ["image_at_16cm", "image_upright", "mirror_drawn_convex", "do_label_36"]


def _draw_textbook(wrong=None):
    import resvg_py
    if wrong not in [None] + _W1:
        raise ValueError(wrong)
    f, do, ho = 12.0, 30.0, 4.0
    di = 1.0 / (1.0 / f - 1.0 / do)          # 20 cm (real)
    hi = -di / do * ho                       # -2.667 cm (inverted)
    k = 32.0                                 # px per cm (200 dpi)
    mx, ay = 1250.0, 330.0                   # mirror vertex, principal axis

    def X(xcm):                              # xcm: distance in front of the mirror (cm)
        return mx - k * xcm

    def Y(ycm):
        return ay - k * ycm

    Rm = 2 * f * k
    xi_draw, hi_draw = di, hi
    if wrong == "image_at_16cm":
        xi_draw = 16.0  # breaks "30 cm ... focal length 12 cm" (image at 16, not 20 cm)
    if wrong == "image_upright":
        hi_draw = -hi  # breaks "30 cm in front of a concave mirror" (upright)
    el = []
    # principal axis
    el.append(f'<line x1="{X(34.5)}" y1="{ay}" x2="{mx + 40}" y2="{ay}" stroke="#000" stroke-width="1.1"/>')
    # mirror: arc of radius 2f, concave toward the object, hatched behind
    hh = 5.2 * k
    sag = Rm - math.sqrt(Rm * Rm - hh * hh)
    sgn = 1
    if wrong == "mirror_drawn_convex":
        sgn = -1  # breaks "a concave mirror" (drawn bulging toward the object)
    x_edge = mx - sgn * sag
    sweep = 1 if sgn == 1 else 0
    el.append(f'<path d="M {x_edge} {ay - hh} A {Rm} {Rm} 0 0 {sweep} {x_edge} {ay + hh}" fill="none" '
              f'stroke="#000" stroke-width="3"/>')
    for t in np.linspace(-hh + 6, hh - 6, 23):
        xs = mx - sgn * (Rm - math.sqrt(Rm * Rm - t * t)) + 2
        el.append(f'<line x1="{xs}" y1="{ay + t}" x2="{xs + 14}" y2="{ay + t - 11}" stroke="#000" stroke-width="1"/>')
    # C, F marks
    for name, xc in (("C", 2 * f), ("F", f)):
        el.append(f'<line x1="{X(xc)}" y1="{ay - 6}" x2="{X(xc)}" y2="{ay + 6}" stroke="#000" stroke-width="1.3"/>')
        el.append(f'<text x="{X(xc)}" y="{ay + 30}" class="it" text-anchor="middle">{name}</text>')

    def arrow(x, y0, y1, w=2.2, dash=False):
        d = ' stroke-dasharray="7 5"' if dash else ""
        tip = 14 if y1 < y0 else -14
        return (f'<line x1="{x}" y1="{y0}" x2="{x}" y2="{y1 + tip * 0.6}" stroke="#000" stroke-width="{w}"{d}/>'
                f'<path d="M {x} {y1} L {x - 6} {y1 + tip} L {x + 6} {y1 + tip} Z" fill="#000"/>')

    el.append(arrow(X(do), ay, Y(ho)))
    el.append(arrow(X(xi_draw), ay, Y(hi_draw)))
    el.append(f'<text x="{X(do) - 12}" y="{Y(ho) + 6}" class="it" text-anchor="end">object</text>')
    el.append(f'<text x="{X(do) + 12}" y="{Y(ho / 2) + 8}" class="rm">4 cm</text>')
    el.append(f'<text x="{X(xi_draw) - 12}" y="{Y(hi_draw / 2) + 10}" class="it" text-anchor="end">image</text>')

    def ray(pts, mid=0.5):
        d = " ".join(f"{'M' if i == 0 else 'L'} {x:.2f} {y:.2f}" for i, (x, y) in enumerate(pts))
        s = f'<path d="{d}" fill="none" stroke="#000" stroke-width="1.2"/>'
        # arrowheads halfway along each segment
        for (x0, y0), (x1, y1) in zip(pts[:-1], pts[1:]):
            a = math.atan2(y1 - y0, x1 - x0)
            cx, cy = x0 + (x1 - x0) * mid, y0 + (y1 - y0) * mid
            p1 = (cx - 12 * math.cos(a) + 5 * math.sin(a), cy - 12 * math.sin(a) - 5 * math.cos(a))
            p2 = (cx - 12 * math.cos(a) - 5 * math.sin(a), cy - 12 * math.sin(a) + 5 * math.cos(a))
            s += f'<path d="M {cx:.2f} {cy:.2f} L {p1[0]:.2f} {p1[1]:.2f} L {p2[0]:.2f} {p2[1]:.2f} Z" fill="#000"/>'
        return s

    def hit(ycm):  # where a ray at height ycm meets the mirror surface
        t = -k * ycm
        return mx - (Rm - math.sqrt(Rm * Rm - t * t)), ay + t

    tipo = (X(do), Y(ho))
    tipi = (X(di), Y(hi))
    # 1: parallel to the axis, reflected through F
    h1 = hit(ho)
    far1 = (X(33.0), h1[1] + (tipi[1] - h1[1]) * (X(33.0) - h1[0]) / (tipi[0] - h1[0]))
    el.append(ray([tipo, h1, far1], 0.5))
    # 2: through F, reflected parallel to the axis
    h2 = hit(hi)
    el.append(ray([tipo, (h2[0], h2[1]), (X(33.0), h2[1])], 0.5))
    # 3: to the vertex, reflected symmetrically about the axis
    far3 = (X(33.0), ay + (ay - tipo[1]) * 33.0 / do)
    el.append(ray([tipo, (mx, ay), far3], 0.5))

    # dimension lines: d_o and f
    def dim(xa, xb, y, text):
        return (f'<line x1="{xa}" y1="{y}" x2="{xb}" y2="{y}" stroke="#000" stroke-width="0.9"/>'
                f'<path d="M {xa} {y} L {xa + 11} {y - 4} L {xa + 11} {y + 4} Z" fill="#000"/>'
                f'<path d="M {xb} {y} L {xb - 11} {y - 4} L {xb - 11} {y + 4} Z" fill="#000"/>'
                f'<line x1="{xa}" y1="{y - 9}" x2="{xa}" y2="{y + 9}" stroke="#000" stroke-width="0.9"/>'
                f'<line x1="{xb}" y1="{y - 9}" x2="{xb}" y2="{y + 9}" stroke="#000" stroke-width="0.9"/>'
                f'<rect x="{(xa + xb) / 2 - 62}" y="{y - 16}" width="124" height="30" fill="#fff"/>'
                f'<text x="{(xa + xb) / 2}" y="{y + 8}" class="rm" text-anchor="middle">{text}</text>')

    dolab = "36 cm" if wrong == "do_label_36" else "30 cm"  # breaks "30 cm in front of" (when wrong)
    el.append(dim(X(do), mx, 560, "<tspan class='it'>d</tspan><tspan class='sub' dy='6'>o</tspan>"
                                  f"<tspan dy='-6'> = {dolab}</tspan>"))
    el.append(dim(X(f), mx, 500, "<tspan class='it'>f</tspan> = 12 cm"))
    el.append(f'<line x1="{X(f)}" y1="{ay + 36}" x2="{X(f)}" y2="{500 - 9}" stroke="#000" stroke-width="0.6" '
              f'stroke-dasharray="3 3"/>')
    el.append(f'<line x1="{X(do)}" y1="{ay + 8}" x2="{X(do)}" y2="{560 - 9}" stroke="#000" stroke-width="0.6" '
              f'stroke-dasharray="3 3"/>')
    el.append('<text x="60" y="625" class="bd">Fig. 23.7</text>'
              '<text x="200" y="625" class="cap">Locating the image with three principal rays.</text>')
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="1400" height="660" viewBox="0 0 1400 660">'
           '<style>.it{font-family:"Liberation Serif";font-style:italic;font-size:30px}'
           '.rm{font-family:"Liberation Serif";font-size:28px}.sub{font-family:"Liberation Serif";'
           'font-style:italic;font-size:20px}.bd{font-family:"Liberation Serif";font-weight:bold;font-size:28px}'
           '.cap{font-family:"Liberation Serif";font-size:28px}</style>'
           '<rect width="1400" height="660" fill="#fff"/>' + "".join(el) + "</svg>")
    png = resvg_py.svg_to_bytes(svg_string=svg, font_dirs=["/usr/share/fonts/truetype"], skip_system_fonts=True)
    im = Image.open(io.BytesIO(bytes(png)))
    im.load()
    return _png(_scan(_flatten(im), 813, angle=-0.4, blur=0.7, grain=6.0, jpeg_q=88))


# ============================================================== case 2: matplotlib xkcd, diverging lens

_T2 = "An object 3 cm tall is placed 12 cm from a diverging lens with focal length 6 cm."
_W2 = ["image_on_far_side", "image_inverted", "image_at_8cm", "lens_drawn_converging"]


def _draw_xkcd(wrong=None):
    import matplotlib.pyplot as plt
    from matplotlib.figure import Figure
    from matplotlib.patches import Polygon
    if wrong not in [None] + _W2:
        raise ValueError(wrong)
    f, do, ho = 6.0, 12.0, 3.0
    di = 1.0 / (-1.0 / f - 1.0 / do)     # -4 cm: virtual, on the object's side
    hi = -di / do * ho                   # +1 cm: upright
    xi, yi = di, hi                      # image at x = -4 (lens at x = 0, object at x = -12)
    if wrong == "image_on_far_side":
        xi = -di  # breaks "12 cm from a diverging lens" (image beyond the lens)
    if wrong == "image_inverted":
        yi = -hi  # breaks "3 cm tall ... diverging lens" (inverted)
    if wrong == "image_at_8cm":
        xi = -8.0  # breaks "12 cm ... focal length 6 cm" (image at 8, not 4 cm)
    with plt.xkcd(scale=0.8, length=120, randomness=2):
        with plt.rc_context({"font.family": "DejaVu Sans", "font.size": 14}):
            fig = Figure(figsize=(11, 5.5), dpi=100)
            ax = fig.add_axes([0.02, 0.04, 0.96, 0.92])
            ax.set_xlim(-14.5, 9.5)
            ax.set_ylim(-4.4, 7.5)
            ax.set_aspect("equal")
            ax.axis("off")
            ax.plot([-14, 9], [0, 0], color="k", lw=1.3)
            # lens: biconcave (diverging) outline
            yy = np.linspace(-4, 4, 40)
            if wrong == "lens_drawn_converging":
                xr = 0.5 - 0.5 * (yy / 4) ** 2  # breaks "a diverging lens" (drawn biconvex)
                pts = np.r_[np.c_[xr, yy], np.c_[-xr[::-1], yy[::-1]]]
            else:
                xr = 0.25 + 0.55 * (yy / 4) ** 2
                pts = np.r_[np.c_[xr, yy], np.c_[-xr[::-1], yy[::-1]]]
            ax.add_patch(Polygon(pts, closed=True, fc="#cfe8ff", ec="k", lw=2))
            for xf, nm in ((-f, "F"), (f, "F'")):
                ax.plot([xf], [0], "ko", ms=5)
                ax.text(xf, -0.9, nm, ha="center", fontsize=16)
            # object and image arrows
            ax.annotate("", xy=(-do, ho), xytext=(-do, 0), arrowprops=dict(arrowstyle="-|>", lw=3, color="#c0392b"))
            ax.text(-do - 0.4, ho / 2, "3 cm", ha="right", va="center", fontsize=14)
            ax.annotate("", xy=(xi, yi), xytext=(xi, 0),
                        arrowprops=dict(arrowstyle="-|>", lw=2.5, color="#27ae60", linestyle="--"))
            ax.text(xi + 0.3, yi + (0.4 if yi > 0 else -0.9), "image", fontsize=13, color="#1e8449")
            # rays
            b = "#1f4e9c"
            ax.plot([-do, 0, 9], [ho, ho, ho + 9 * ho / f], color=b, lw=1.6)        # parallel -> as if from F
            ax.plot([-f, 0], [0, ho], color=b, lw=1.2, ls=":")
            ax.plot([-do, 0, 9], [ho, ho - do * ho / (do + f), ho - do * ho / (do + f)], color="#8e44ad", lw=1.6)
            ax.plot([-5.0, 0], [ho - do * ho / (do + f)] * 2, color="#8e44ad", lw=1.2, ls=":")
            ax.plot([-do, 9], [ho, -9 * ho / do], color="#d35400", lw=1.6)          # through the centre
            # dimension: d_o and f
            ax.annotate("", xy=(-do, -2.4), xytext=(0, -2.4), arrowprops=dict(arrowstyle="<->", lw=1.3))
            ax.text(-do / 2, -3.3, "12 cm", ha="center", fontsize=14)
            ax.text(3.5, 5.8, "f = 6 cm", fontsize=15)
            img = _mpl_image(fig, dpi=100)
    return _png(img)


# ============================================================== case 3: PowerPoint-like slide (reportlab)

_T3 = "An object 1 cm tall is placed 5 cm from a converging lens of focal length 8 cm."
_W3 = ["image_on_far_side", "image_inverted", "image_height_1cm", "f_label_10"]


def _draw_slide(wrong=None):
    import pypdfium2 as pdfium
    from reportlab.pdfgen import canvas
    if wrong not in [None] + _W3:
        raise ValueError(wrong)
    f, do, ho = 8.0, 5.0, 1.0
    di = 1.0 / (1.0 / f - 1.0 / do)     # -13.33 cm: virtual
    hi = -di / do * ho                  # +2.667 cm: upright, magnified
    xi, yi = di, hi
    if wrong == "image_on_far_side":
        xi = -di  # breaks "5 cm from a converging lens of focal length 8 cm" (image beyond the lens)
    if wrong == "image_inverted":
        yi = -hi  # breaks "1 cm tall ... 5 cm ... 8 cm" (inverted)
    if wrong == "image_height_1cm":
        yi = ho  # breaks "1 cm tall ... 5 cm ... 8 cm" (m = 1, not 2.67)
    Wp, Hp = 960.0, 540.0                # 13.333 x 7.5 in in points
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(Wp, Hp), invariant=1)
    c.setFillColorRGB(1, 1, 1)
    c.rect(0, 0, Wp, Hp, stroke=0, fill=1)
    c.setFillColorRGB(0.77, 0.35, 0.07)
    c.rect(0, Hp - 78, Wp, 78, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica-Bold", 34)
    c.drawString(40, Hp - 52, "The magnifying glass")
    c.setFillColorRGB(0.2, 0.2, 0.2)
    c.setFont("Helvetica", 19)
    y = Hp - 140
    for bullet, line in ((True, "Principal rays from the"), (False, "object's tip"), (True, "Dashed lines: rays"),
                         (False, "traced backwards"), (True, "Distances drawn to scale")):
        if bullet:
            y -= 12
            c.setFillColorRGB(0.77, 0.35, 0.07)
            c.circle(48, y + 6, 3.5, stroke=0, fill=1)
            c.setFillColorRGB(0.2, 0.2, 0.2)
        c.drawString(60, y, line)
        y -= 26
    # the diagram: 1 cm = 21 pt, lens at x0
    k, x0, ay = 21.0, 640.0, 215.0

    def X(xcm):
        return x0 + k * xcm

    def Y(ycm):
        return ay + k * ycm

    c.setStrokeColorRGB(0.3, 0.3, 0.3)
    c.setLineWidth(1)
    c.line(X(-15.5), ay, X(14.5), ay)
    # lens: biconvex shape
    p = c.beginPath()
    hh = 4.2 * k
    p.moveTo(x0, ay + hh)
    p.curveTo(x0 + 16, ay + hh * 0.5, x0 + 16, ay - hh * 0.5, x0, ay - hh)
    p.curveTo(x0 - 16, ay - hh * 0.5, x0 - 16, ay + hh * 0.5, x0, ay + hh)
    p.close()
    c.setFillColorRGB(0.78, 0.89, 0.97)
    c.setStrokeColorRGB(0.16, 0.38, 0.6)
    c.setLineWidth(1.6)
    c.drawPath(p, stroke=1, fill=1)
    c.setFillColorRGB(0.15, 0.15, 0.15)
    c.setFont("Helvetica", 15)
    for xf, nm in ((-f, "F"), (f, "F\u2032")):
        c.circle(X(xf), ay, 2.6, stroke=0, fill=1)
        c.drawCentredString(X(xf), ay - 20, nm)

    def arrow(xa, ya, xb, yb, col, w=2.2, dash=None):
        c.setStrokeColorRGB(*col)
        c.setFillColorRGB(*col)
        c.setLineWidth(w)
        if dash:
            c.setDash(*dash)
        a = math.atan2(yb - ya, xb - xa)
        c.line(xa, ya, xb - 9 * math.cos(a), yb - 9 * math.sin(a))
        c.setDash()
        q = c.beginPath()
        q.moveTo(xb, yb)
        q.lineTo(xb - 11 * math.cos(a) + 4.5 * math.sin(a), yb - 11 * math.sin(a) - 4.5 * math.cos(a))
        q.lineTo(xb - 11 * math.cos(a) - 4.5 * math.sin(a), yb - 11 * math.sin(a) + 4.5 * math.cos(a))
        q.close()
        c.drawPath(q, stroke=0, fill=1)

    arrow(X(-do), ay, X(-do), Y(ho), (0.75, 0.1, 0.1))
    arrow(X(xi), ay, X(xi), Y(yi), (0.1, 0.5, 0.2), w=1.8, dash=(5, 3))
    c.setFillColorRGB(0.1, 0.45, 0.2)
    c.setFont("Helvetica-Oblique", 14)
    c.drawCentredString(X(xi), Y(yi) + (8 if yi > 0 else -18), "image")
    c.setFillColorRGB(0.7, 0.1, 0.1)
    c.setFont("Helvetica", 13)
    c.drawString(X(-do) + 5, Y(ho / 2) - 8, "1 cm")
    # rays (true paths solid, backward extensions dashed)
    blue, purple, orange = (0.12, 0.35, 0.75), (0.5, 0.2, 0.6), (0.85, 0.45, 0.05)
    c.setLineWidth(1.3)
    c.setStrokeColorRGB(*blue)
    c.line(X(-do), Y(ho), x0, Y(ho))
    c.line(x0, Y(ho), X(14), Y(ho - 14 * ho / f))
    c.setStrokeColorRGB(*purple)
    c.line(X(-do), Y(ho), X(14), Y(-14 * ho / do))
    c.setStrokeColorRGB(*orange)
    yl = ho * f / (f - do)               # height where the ray from F meets the lens
    c.line(X(-do), Y(ho), x0, Y(yl))
    c.line(x0, Y(yl), X(14), Y(yl))
    c.setDash(4, 3)
    c.setLineWidth(1.0)
    c.setStrokeColorRGB(*orange)
    c.line(X(-f), ay, X(-do), Y(ho))
    c.line(x0, Y(yl), X(di), Y(yl))
    c.setStrokeColorRGB(*blue)
    c.line(x0, Y(ho), X(di), Y(ho - di * ho / f))
    c.setStrokeColorRGB(*purple)
    c.line(X(-do), Y(ho), X(di), Y(-di * ho / do))
    c.setDash()
    # dimensions
    c.setStrokeColorRGB(0.25, 0.25, 0.25)
    c.setFillColorRGB(0.15, 0.15, 0.15)
    c.setLineWidth(0.8)
    flab = "f = 10 cm" if wrong == "f_label_10" else "f = 8 cm"  # breaks "focal length 8 cm" (when wrong)
    for (xa, xb, yd, lab) in ((X(-do), x0, ay - 45, "5 cm"), (x0, X(f), ay - 45, flab)):
        c.line(xa, yd, xb, yd)
        c.line(xa, yd - 5, xa, yd + 5)
        c.line(xb, yd - 5, xb, yd + 5)
        c.setFont("Helvetica", 14)
        c.drawCentredString((xa + xb) / 2, yd - 17, lab)
    c.setFont("Helvetica", 11)
    c.setFillColorRGB(0.55, 0.55, 0.55)
    c.drawString(40, 18, "PHYS 1020  |  Geometric optics")
    c.drawRightString(Wp - 40, 18, "12")
    c.showPage()
    c.save()
    pdf = pdfium.PdfDocument(buf.getvalue())
    page = pdf[0]
    im = _flatten(page.render(scale=2.0).to_pil())
    page.close()
    pdf.close()
    return _png(im.resize((960, 540), Image.LANCZOS))


def cases():
    return [
        dict(id="h8-optics-svg-textbook-scan", text=_T1, tool="hand-written SVG -> resvg (200 dpi)",
             style="black-and-white textbook ray diagram, hatched mirror, serif italic labels, dimension lines, "
                   "figure caption, scanned -0.4 deg (1400x660)",
             draw=_draw_textbook, wrongs=list(_W1)),
        dict(id="h8-optics-mpl-xkcd", text=_T2, tool="matplotlib xkcd mode",
             style="hand-drawn xkcd sketch, coloured rays, dotted back-extensions (1100x550)",
             draw=_draw_xkcd, wrongs=list(_W2)),
        dict(id="h8-optics-reportlab-slide", text=_T3, tool="reportlab canvas -> pdfium",
             style="16:9 PowerPoint-like slide, orange title bar, bullets, ray diagram at right, shrunk to 960 px "
                   "(960x540)",
             draw=_draw_slide, wrongs=list(_W3)),
    ]
