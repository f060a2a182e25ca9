"""Held-out figures by other tools, set 6: optics.

Three cases, each drawn by a tool and in a style that sets 1-5 did not use:
  h6-optics-mpl-slide           matplotlib (seaborn-v0_8-deep) as a 16:9 lecture slide with a coloured title bar
  h6-optics-pil-negative        PIL line drawing printed as a negative (inverted contrast)
  h6-optics-chromium-print-page hand-written HTML + inline SVG printed to PDF by headless Chromium (a worked
                                example on a textbook page, body text in two columns), rasterised by pdfium

Every image sits where 1/f = 1/do + 1/di puts it, and object and image heights are drawn at the same scale
as the distances. draw(None) is the correct figure of the case's text; draw(name) has exactly one error,
named in a comment at its branch. Deterministic: no randomness; PNGs are re-saved through PIL as RGB.
"""

import io
import math
import os
import shutil
import signal
import subprocess
import tempfile

import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageOps


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


def _negative(img):
    """Inverted contrast: every channel v -> 255 - v (white strokes on black, complementary colours)."""
    return ImageOps.invert(img.convert("RGB"))


def _chromium_pdf(html):
    """Print an HTML page to PDF with headless Chromium (its paged-media path: @page size, columns, page
    layout), in a private temporary profile; a render that hangs is killed (its own process group) and
    retried. Returns the PDF bytes."""
    exe = shutil.which("chromium") or shutil.which("chromium-browser") or "chromium"
    tmp = tempfile.mkdtemp(prefix="h6chrome")
    try:
        page = os.path.join(tmp, "page.html")
        with open(page, "w", encoding="utf-8") as fh:
            fh.write(html)
        pdf = os.path.join(tmp, "page.pdf")
        for attempt in range(4):
            if os.path.exists(pdf):
                os.remove(pdf)
            cmd = [exe, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                   "--disable-extensions", "--disable-background-networking", "--no-pdf-header-footer",
                   "--user-data-dir=" + os.path.join(tmp, "profile%d" % attempt), "--print-to-pdf=" + pdf,
                   "file://" + page]
            proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                    start_new_session=True)
            try:
                proc.wait(timeout=90)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
                continue
            if os.path.exists(pdf) and os.path.getsize(pdf) > 0:
                with open(pdf, "rb") as fh:
                    return fh.read()
        raise RuntimeError("chromium did not print the page")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _pdf_to_img(pdf_bytes, dpi):
    """Rasterise page 1 of a PDF with pdfium at `dpi`."""
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf_bytes)
    try:
        img = doc[0].render(scale=dpi / 72.0).to_pil().convert("RGB")
    finally:
        doc.close()
    return img


# ---------------------------------------------------------------- cases
SCIENCE = "optics"


def _image_of(f, do, ho):
    di = 1.0 / (1.0 / f - 1.0 / do)
    return di, -ho * di / do


# ================================================================ case 1: matplotlib slide
SLIDE_TEXT = "An object 3 cm tall stands 25 cm in front of a concave mirror with focal length 10 cm."
SLIDE_WRONGS = ["image_at_12cm", "image_upright", "f_label_15", "mirror_drawn_convex"]


def _draw_slide(wrong=None):
    import matplotlib.pyplot as plt
    from matplotlib.figure import Figure
    from matplotlib.patches import Rectangle, FancyArrowPatch

    f, do, ho = 10.0, 25.0, 3.0
    di, hi = _image_of(f, do, ho)  # 16.67 cm in front of the mirror, -2 cm (real, inverted)
    R = 2 * f
    img_x, img_h = -di, hi
    if wrong == "image_at_12cm":
        # breaks "25 cm ... focal length 10 cm" (di = 16.7 cm): the image is drawn 12 cm from the mirror
        img_x = -12.0
    if wrong == "image_upright":
        # breaks the real, inverted image of a concave mirror (object beyond C): the image points up
        img_h = -hi
    f_txt = "f = 10 cm"
    if wrong == "f_label_15":
        # breaks "focal length 10 cm": the label reads 15 cm (F still drawn at 10 cm)
        f_txt = "f = 15 cm"

    with plt.style.context("seaborn-v0_8-deep"):
        cols = plt.rcParams["axes.prop_cycle"].by_key()["color"]
        fig = Figure(figsize=(16, 9), dpi=100, facecolor="white")
        fig.patches.append(Rectangle((0, 0.88), 1, 0.12, transform=fig.transFigure, facecolor="#6a1b4d",
                                     edgecolor="none"))
        fig.text(0.03, 0.94, "Concave mirror: locating the image", color="white", fontsize=34, fontweight="bold",
                 va="center")
        fig.text(0.97, 0.94, "PHYS 102", color="#f3c4e0", fontsize=20, va="center", ha="right")
        fig.text(0.03, 0.03, "Ray diagram to scale (distances and heights in cm)", color="#6c757d", fontsize=15)
        fig.text(0.97, 0.03, "7 / 18", color="#6c757d", fontsize=15, ha="right")
        ax = fig.add_axes([0.03, 0.08, 0.94, 0.77])
        ax.set_xlim(-31.5, 5.5)
        ax.set_ylim(-7.2, 5.9)
        ax.set_aspect("equal")
        ax.axis("off")
        ax.plot([-31, 4.5], [0, 0], color="#444444", lw=1.4)
        # mirror: an arc of radius R = 2f, centre C on the object side (concave towards the object)
        ys = np.linspace(-5.0, 5.0, 200)
        if wrong == "mirror_drawn_convex":
            # breaks "concave mirror": the mirror is drawn bulging towards the object (convex)
            xs = R - np.sqrt(R * R - ys * ys)
            hatch_dir = 1
        else:
            xs = -R + np.sqrt(R * R - ys * ys)
            hatch_dir = 1
        ax.plot(xs, ys, color="#1b4965", lw=5, solid_capstyle="round")
        for y0 in np.arange(-4.8, 5.0, 0.6):
            x0 = np.interp(y0, ys, xs)
            ax.plot([x0, x0 + 0.55 * hatch_dir], [y0, y0 - 0.35], color="#1b4965", lw=1.4)
        ax.text(np.interp(5.0, ys, xs) + 0.6, 5.25, "concave mirror", fontsize=19, color="#1b4965", ha="left")

        for x, name in ((-f, "F"), (-R, "C")):
            ax.plot([x, x], [-0.25, 0.25], color="#222222", lw=2)
            ax.plot(x, 0, "o", color="#222222", ms=6)
            ax.text(x, -0.75, name, fontsize=24, ha="center", va="top", fontweight="bold")

        def arrow(x, h, col, lw=5):
            ax.add_patch(FancyArrowPatch((x, 0), (x, h), arrowstyle="-|>", mutation_scale=30, color=col, lw=lw,
                                         shrinkA=0, shrinkB=0))

        arrow(-do, ho, cols[2])
        ax.text(-do - 0.4, ho + 0.4, "object", fontsize=21, color=cols[2], ha="right")
        ax.text(-do - 0.5, ho / 2, "3 cm", fontsize=18, color=cols[2], ha="right", va="center")
        arrow(img_x, img_h, cols[3])
        ax.text(img_x + 0.5, img_h - 0.3 if img_h < 0 else img_h + 0.3, "image", fontsize=21, color=cols[3],
                ha="left", va="top" if img_h < 0 else "bottom")

        # principal rays, from the top of the object
        tx, ty = -do, ho
        hit1 = -R + math.sqrt(R * R - ty * ty)
        ax.plot([tx, hit1], [ty, ty], color=cols[0], lw=2.2)
        ax.plot([hit1, -di - 6.0], [ty, ty + (hi - ty) * (hit1 + di + 6.0) / (hit1 + di)], color=cols[0], lw=2.2)
        yv = ty + (0 - ty) * (0 - tx) / (-f - tx)  # through F, meets the mirror at height yv, returns parallel
        hit2 = -R + math.sqrt(R * R - yv * yv)
        ax.plot([tx, hit2], [ty, yv], color=cols[1], lw=2.2)
        ax.plot([hit2, -di - 6.0], [yv, yv], color=cols[1], lw=2.2)
        ax.plot([tx, 0], [ty, 0], color=cols[4], lw=2.2)
        ax.plot([0, -di - 6.0], [0, -ty * (di + 6.0) / do], color=cols[4], lw=2.2)

        def dim(x0, x1, y, text):
            ax.add_patch(FancyArrowPatch((x0, y), (x1, y), arrowstyle="<|-|>", mutation_scale=18, color="#333333",
                                         lw=1.5, shrinkA=0, shrinkB=0))
            ax.text((x0 + x1) / 2, y + 0.18, text, fontsize=19, ha="center", va="bottom", color="#222222")

        dim(-do, 0, -4.15, "d$_o$ = 25 cm")
        dim(img_x, 0, -5.3, "d$_i$ = 16.7 cm")
        dim(-f, 0, -6.45, f_txt)
        for x in (-do, img_x, -f):
            ax.plot([x, x], [-0.3 if x != img_x else min(-0.3, img_h - 0.3), -6.6], color="#aaaaaa", lw=0.8,
                    ls=(0, (3, 3)))
        img = _mpl_png(fig, 100)
    return _png(img)


# ================================================================ case 2: PIL negative
NEG_TEXT = "An object 2 cm tall is placed 8 cm from a converging lens of focal length 12 cm."
NEG_WRONGS = ["image_on_far_side", "image_inverted", "image_at_16cm", "do_label_10"]


def _draw_negative(wrong=None):
    S = 2
    W, H = 1500, 820
    img = Image.new("RGB", (W * S, H * S), "white")
    d = ImageDraw.Draw(img)
    f, do, ho = 12.0, 8.0, 2.0
    di, hi = _image_of(f, do, ho)  # -24 cm (virtual, on the object's side), +6 cm (upright)
    k = 26.0  # px per cm
    ox, oy = 750, 480  # lens centre on the canvas

    def Q(x, y):  # x, y in cm (y up) -> canvas px
        return ((ox + x * k) * S, (oy - y * k) * S)

    img_x, img_h = di, hi
    if wrong == "image_on_far_side":
        # breaks the virtual image of an object inside f (image on the object's side): drawn beyond the lens
        img_x = -di
    if wrong == "image_inverted":
        # breaks the upright virtual image (m = +3): the image points down
        img_h = -hi
    if wrong == "image_at_16cm":
        # breaks "8 cm ... focal length 12 cm" (image 24 cm from the lens): the image is drawn at 16 cm
        img_x = -16.0
    do_txt = "d\u2092 = 8 cm"
    if wrong == "do_label_10":
        # breaks "placed 8 cm from the lens": the label reads 10 cm
        do_txt = "d\u2092 = 10 cm"

    ink, blue, red, green, grey = (20, 20, 20), (20, 70, 200), (200, 30, 40), (10, 130, 60), (120, 120, 120)
    d.line([Q(-27.5, 0), Q(27.5, 0)], fill=ink, width=2 * S)
    # biconvex lens outline
    lens = []
    for i in range(41):
        y = -7 + 14 * i / 40
        lens.append(Q(0.9 * math.sqrt(max(0.0, 1 - (y / 7) ** 2)), y))
    for i in range(41):
        y = 7 - 14 * i / 40
        lens.append(Q(-0.9 * math.sqrt(max(0.0, 1 - (y / 7) ** 2)), y))
    d.polygon(lens, fill=(215, 235, 250), outline=(30, 90, 160))
    d.line(lens + [lens[0]], fill=(30, 90, 160), width=3 * S)

    fl = _font("sans", 28 * S)
    fb = _font("sans-b", 30 * S)
    for x, name in ((-f, "F"), (f, "F\u2032")):
        d.ellipse([Q(x - 0.15, 0.15), Q(x + 0.15, -0.15)], fill=ink)
        d.text(Q(x, -0.8), name, font=fb, fill=ink, anchor="mt")

    def dashed(p0, p1, col, w=2, dash=12, gap=9):
        (x0, y0), (x1, y1) = Q(*p0), Q(*p1)
        L = math.hypot(x1 - x0, y1 - y0)
        n = int(L / ((dash + gap) * S)) + 1
        for i in range(n):
            t0 = i * (dash + gap) * S / L
            t1 = min(1.0, t0 + dash * S / L)
            if t0 >= 1:
                break
            d.line([(x0 + (x1 - x0) * t0, y0 + (y1 - y0) * t0), (x0 + (x1 - x0) * t1, y0 + (y1 - y0) * t1)],
                   fill=col, width=w * S)

    def arrow(x, h, col):
        d.line([Q(x, 0), Q(x, h - (0.5 if h > 0 else -0.5))], fill=col, width=5 * S)
        s = 1 if h > 0 else -1
        d.polygon([Q(x, h), Q(x - 0.33, h - s * 0.75), Q(x + 0.33, h - s * 0.75)], fill=col)

    # rays from the top of the object: parallel then through F'; through the centre undeviated
    tx, ty = -do, ho
    d.line([Q(tx, ty), Q(0, ty)], fill=blue, width=3 * S)
    d.line([Q(0, ty), Q(27, ty - ty * 27 / f)], fill=blue, width=3 * S)
    dashed((0, ty), (di, hi), blue)
    d.line([Q(tx, ty), Q(27, -ty * 27 / do)], fill=green, width=3 * S)
    dashed((tx, ty), (di, hi), green)

    arrow(-do, ho, red)
    d.text(Q(-do, -0.8), "object", font=fl, fill=red, anchor="mt")
    d.text(Q(-do - 0.35, ho / 2), "2 cm", font=_font("sans", 24 * S), fill=red, anchor="rm")
    # the image: drawn in a lighter, open style (virtual)
    col_i = (150, 60, 170)
    d.line([Q(img_x, 0), Q(img_x, img_h - (0.5 if img_h > 0 else -0.5))], fill=col_i, width=4 * S)
    s = 1 if img_h > 0 else -1
    d.polygon([Q(img_x, img_h), Q(img_x - 0.35, img_h - s * 0.8), Q(img_x + 0.35, img_h - s * 0.8)], outline=col_i,
              fill=(235, 215, 240))
    if img_h < 0:
        d.text(Q(img_x + 0.6, img_h + 0.2), "virtual image", font=fl, fill=col_i, anchor="lm")
    elif img_x > 0:
        d.text(Q(img_x - 0.5, img_h + 0.7), "virtual image", font=fl, fill=col_i, anchor="rm")
    else:
        d.text(Q(img_x + 0.5, img_h + 0.7), "virtual image", font=fl, fill=col_i, anchor="lm")

    def dim(x0, x1, y, text):
        d.line([Q(x0, y), Q(x1, y)], fill=ink, width=2 * S)
        for x, sgn in ((x0, 1), (x1, -1)):
            d.polygon([Q(x, y), Q(x + sgn * 0.55, y + 0.22), Q(x + sgn * 0.55, y - 0.22)], fill=ink)
            d.line([Q(x, y - 0.45), Q(x, y + 0.45)], fill=ink, width=2 * S)
        d.text(Q((x0 + x1) / 2, y - 0.35), text, font=_font("sans", 26 * S), fill=ink, anchor="mt")

    dim(-do, 0, -2.6, do_txt)
    dim(-f, 0, -4.7, "f = 12 cm")
    dim(img_x, 0, -6.8, "d\u1d62 = 24 cm")
    ft = _font("serif-b", 34 * S)
    d.text((40 * S, 52 * S), "The magnifying glass", font=ft, fill=ink, anchor="lm")
    d.text((40 * S, 96 * S), "converging lens, object inside the focal length", font=_font("serif-i", 24 * S),
           fill=grey, anchor="lm")
    img = img.resize((W, H), Image.LANCZOS)
    return _png(_negative(img))


# ================================================================ case 3: Chromium print page
PAGE_TEXT = "A diverging lens with focal length 8 cm; an object 4 cm tall is placed 24 cm from the lens."
PAGE_WRONGS = ["lens_drawn_converging", "image_beyond_lens", "image_at_12cm", "f_label_6"]

_PAGE_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page { size: 190mm 250mm; margin: 15mm 16mm 15mm 16mm; }
body { font-family: 'DejaVu Serif'; font-size: 9.6pt; line-height: 1.42; color: #222; margin: 0; }
.run { font-family: 'DejaVu Sans'; font-size: 8pt; color: #2b6777; border-bottom: 1.4pt solid #2b6777;
       padding-bottom: 1.5mm; margin-bottom: 5mm; display: flex; justify-content: space-between; }
h3 { font-family: 'DejaVu Sans'; font-size: 12.5pt; color: #2b6777; margin: 0 0 2mm 0; }
.box { background: #eef6f7; border: 0.8pt solid #8fbfc8; border-radius: 2mm; padding: 3mm 4mm; margin-bottom: 4mm; }
.box p { margin: 0 0 2mm 0; }
figure { margin: 2mm 0 1mm 0; }
figcaption { font-family: 'DejaVu Sans'; font-size: 8pt; color: #333; }
.cols { column-count: 2; column-gap: 7mm; text-align: justify; }
.cols p { margin: 0 0 2.4mm 0; }
</style></head><body>
<div class="run"><span>5 &nbsp; LENSES AND IMAGES</span><span>143</span></div>
<div class="box">
<h3>Worked example 5.3</h3>
<p>A diverging lens with focal length 8 cm; an object 4 cm tall is placed 24 cm from the lens. Find the
image by drawing a ray diagram to scale.</p>
<figure>
<svg viewBox="0 0 780 330" width="100%" xmlns="http://www.w3.org/2000/svg" font-family="DejaVu Sans">
<defs><marker id="ah" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="11" markerHeight="11" orient="auto-start-reverse">
<path d="M0,0 L10,5 L0,10 z" fill="context-stroke"/></marker></defs>
%BODY%
</svg>
<figcaption><b>Figure 5.9</b> &nbsp;Ray diagram for the diverging lens (1 square = 1 cm). The refracted ray 1
appears to come from the focal point F on the object's side.</figcaption>
</figure>
</div>
<div class="cols">
<p>A diverging lens spreads a parallel beam so that it appears to come from the focal point on the side of the
incoming light. Two rays are enough to find the image: the ray parallel to the axis, whose refracted part is
drawn back (dashed) through that focal point, and the ray through the centre of the lens, which is not
deviated.</p>
<p>The dashed back-extension and the undeviated ray cross on the same side of the lens as the object. Light
does not actually pass through that point, so the image is virtual: it cannot be caught on a screen, but it
is seen by an eye looking back through the lens.</p>
<p>For a diverging lens the image of a real object is always virtual, upright and smaller than the object,
and it always lies between the lens and the focal point. The thin-lens equation gives the same result when
the focal length is taken as negative.</p>
<p>Notice that the image moves towards the focal point as the object moves away, but it never passes beyond
it.</p>
</div>
</body></html>
"""


def _draw_page(wrong=None):
    f, do, ho = 8.0, 24.0, 4.0
    di = 1.0 / (-1.0 / f - 1.0 / do)  # -6 cm: virtual, on the object's side
    hi = -ho * di / do  # +1 cm, upright
    k = 20.0
    ox, oy = 575, 170

    def X(x):
        return ox + x * k

    def Y(y):
        return oy - y * k

    img_x = di
    if wrong == "image_beyond_lens":
        # breaks the virtual image of a diverging lens (object's side): the image is drawn beyond the lens
        img_x = -di
    if wrong == "image_at_12cm":
        # breaks "focal length 8 cm ... 24 cm" (image 6 cm from the lens): drawn 12 cm from the lens
        img_x = -12.0
    f_txt = "f = 8 cm"
    if wrong == "f_label_6":
        # breaks "focal length 8 cm": the label reads 6 cm (F still drawn at 8 cm)
        f_txt = "f = 6 cm"
    out = []
    # 1 cm grid
    for gx in range(-28, 11):
        out.append('<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#dbe9ec" stroke-width="0.8"/>'
                   % (X(gx), Y(6.5), X(gx), Y(-7.5)))
    for gy in range(-7, 7):
        out.append('<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#dbe9ec" stroke-width="0.8"/>'
                   % (X(-28), Y(gy), X(10), Y(gy)))
    out.append('<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#333" stroke-width="1.4"/>'
               % (X(-28), Y(0), X(10), Y(0)))
    # the lens, 12 cm tall
    hh = 6.0
    if wrong == "lens_drawn_converging":
        # breaks "A diverging lens": the lens is drawn biconvex (converging)
        path = "M %.1f %.1f Q %.1f %.1f %.1f %.1f Q %.1f %.1f %.1f %.1f Z" % (
            X(0), Y(hh), X(1.6), Y(0), X(0), Y(-hh), X(-1.6), Y(0), X(0), Y(hh))
    else:
        path = "M %.1f %.1f L %.1f %.1f Q %.1f %.1f %.1f %.1f L %.1f %.1f Q %.1f %.1f %.1f %.1f Z" % (
            X(-0.7), Y(hh), X(0.7), Y(hh), X(-0.1), Y(0), X(0.7), Y(-hh), X(-0.7), Y(-hh), X(0.1), Y(0),
            X(-0.7), Y(hh))
    out.append('<path d="%s" fill="rgba(120,190,220,0.35)" stroke="#2b6777" stroke-width="2"/>' % path)
    for x, name in ((-f, "F"), (f, "F\u2032")):
        out.append('<circle cx="%.1f" cy="%.1f" r="3.5" fill="#222"/>' % (X(x), Y(0)))
        out.append('<text x="%.1f" y="%.1f" font-size="17" text-anchor="middle" font-weight="bold">%s</text>'
                   % (X(x), Y(0) + 24, name))
    # object
    out.append('<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#c0392b" stroke-width="4" marker-end="url(#ah)"/>'
               % (X(-do), Y(0), X(-do), Y(ho)))
    out.append('<text x="%.1f" y="%.1f" font-size="16" fill="#c0392b" text-anchor="middle">object</text>'
               % (X(-do), Y(ho) - 10))
    out.append('<text x="%.1f" y="%.1f" font-size="14" fill="#c0392b">4 cm</text>' % (X(-do) + 8, Y(ho / 2)))
    # rays
    tx, ty = -do, ho
    out.append('<polyline points="%.1f,%.1f %.1f,%.1f %.1f,%.1f" fill="none" stroke="#1f77b4" stroke-width="2"/>'
               % (X(tx), Y(ty), X(0), Y(ty), X(5), Y(ty + ty / f * 5)))
    out.append('<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#1f77b4" stroke-width="1.6" stroke-dasharray="6 5"/>'
               % (X(0), Y(ty), X(-f), Y(0)))
    out.append('<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#2ca02c" stroke-width="2"/>'
               % (X(tx), Y(ty), X(10), Y(-ty / do * 10)))
    out.append('<text x="%.1f" y="%.1f" font-size="13" fill="#1f77b4">1</text>' % (X(-14), Y(ty) - 6))
    out.append('<text x="%.1f" y="%.1f" font-size="13" fill="#2ca02c">2</text>' % (X(-14), Y(ty * 14 / do) - 8))
    # image (virtual: drawn dashed)
    out.append('<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#8e44ad" stroke-width="3.2" '
               'stroke-dasharray="5 3" marker-end="url(#ah)"/>' % (X(img_x), Y(0), X(img_x), Y(hi)))
    out.append('<text x="%.1f" y="%.1f" font-size="15" fill="#8e44ad" text-anchor="middle">image</text>'
               % (X(img_x), Y(hi) - 12))

    def dim(x0, x1, y, text):
        out.append('<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#222" stroke-width="1.2" '
                   'marker-start="url(#ah)" marker-end="url(#ah)"/>' % (X(x0), Y(y), X(x1), Y(y)))
        out.append('<text x="%.1f" y="%.1f" font-size="15" text-anchor="middle">%s</text>'
                   % ((X(x0) + X(x1)) / 2, Y(y) - 5, text))

    dim(-do, 0, -2.6, "d<tspan font-size=\"11\" dy=\"3\">o</tspan><tspan dy=\"-3\"> = 24 cm</tspan>")
    dim(-f, 0, -4.6, f_txt)
    dim(img_x, 0, -6.6, "d<tspan font-size=\"11\" dy=\"3\">i</tspan><tspan dy=\"-3\"> = 6 cm</tspan>")
    html = _PAGE_HTML.replace("%BODY%", "\n".join(out))
    return _png(_pdf_to_img(_chromium_pdf(html), dpi=130))


def cases():
    return [
        {"id": "h6-optics-mpl-slide", "text": SLIDE_TEXT, "tool": "matplotlib (seaborn-v0_8-deep)",
         "style": "16:9 lecture slide with a coloured title bar, large labels, to-scale ray diagram (1600x900)",
         "draw": _draw_slide, "wrongs": list(SLIDE_WRONGS)},
        {"id": "h6-optics-pil-negative", "text": NEG_TEXT, "tool": "PIL (supersampled x2)",
         "style": "negative print: inverted contrast, light rays on black (1500x820)",
         "draw": _draw_negative, "wrongs": list(NEG_WRONGS)},
        {"id": "h6-optics-chromium-print-page", "text": PAGE_TEXT, "tool": "headless Chromium print-to-PDF + pdfium",
         "style": "textbook page: worked-example box with the figure on a 1 cm grid, two columns of body text (974x1281)",
         "draw": _draw_page, "wrongs": list(PAGE_WRONGS)},
    ]
