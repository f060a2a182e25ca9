"""Held-out figures by other tools, set 6: sets.

Three cases, each drawn by a tool and in a style that sets 1-5 did not use:
  h6-sets-chromium-print-page   hand-written HTML + inline SVG printed to PDF by headless Chromium (paged
                                media, two-column textbook page with body text), rasterised by pdfium
  h6-sets-mpl-thumbnail         matplotlib (petroff8) three-set diagram reduced to a 300 px web thumbnail (JPEG)
  h6-sets-reportlab-poster      reportlab graphics -> PDF -> pdfium, a poster with a lot of white space

draw(None) is the correct figure of the case's text; draw(name) has exactly one error, named in a comment
at its branch. Deterministic: no randomness; PNGs are re-saved through PIL as RGB.
"""

import io
import math
import os
import shutil
import signal
import subprocess
import tempfile

import numpy as np
from PIL import Image, ImageFont


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
SCIENCE = "sets"


# ================================================================ case 1: Chromium print page
PAGE_TEXT = "Let A = {a, b, c} and B = {c, d}."
PAGE_WRONGS = ["c_in_A_only", "d_dropped", "b_in_both", "extra_e_in_B"]

_PAGE_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page { size: 180mm 232mm; margin: 14mm 15mm 16mm 15mm; }
body { font-family: 'Liberation Serif'; font-size: 10.6pt; line-height: 1.38; color: #1b1b1b; margin: 0; }
.run { font-family: 'Liberation Sans'; font-size: 8.5pt; letter-spacing: 0.06em; color: #555;
       border-bottom: 0.6pt solid #888; padding-bottom: 2mm; margin-bottom: 5mm; display: flex;
       justify-content: space-between; }
h2 { font-family: 'Liberation Sans'; font-size: 14pt; margin: 0 0 3mm 0; color: #7a2a0c; }
.cols { display: grid; grid-template-columns: 1fr 1fr; column-gap: 7mm; }
p { margin: 0 0 2.6mm 0; text-align: justify; hyphens: auto; }
.ex { border-left: 2pt solid #c0541b; background: #fbf1ea; padding: 2mm 3mm; margin: 3mm 0; }
.ex b { font-family: 'Liberation Sans'; color: #7a2a0c; }
figure { margin: 0 0 3mm 0; border-top: 0.6pt solid #999; border-bottom: 0.6pt solid #999; padding: 2mm 0; }
figcaption { font-family: 'Liberation Sans'; font-size: 8.6pt; color: #333; margin-top: 1mm; }
figcaption b { color: #7a2a0c; }
.foot { position: fixed; bottom: 0; width: 100%; text-align: center; font-family: 'Liberation Sans';
        font-size: 8.5pt; color: #555; }
</style></head><body>
<div class="run"><span>CHAPTER 1 &nbsp; SETS AND VENN DIAGRAMS</span><span>7</span></div>
<h2>1.3 &nbsp; Venn diagrams</h2>
<div class="cols"><div>
<p>A Venn diagram draws every set as a closed curve, usually a circle or an ellipse, and every element as a
point with its name written beside it. An element lies inside the curve of each set it belongs to and
outside the curve of every set it does not belong to.</p>
<p>When two sets share elements, their curves are drawn so that they overlap, and the shared elements are
placed in the lens-shaped region common to both curves. Elements that belong to only one of the sets are
placed in the part of that set's curve that lies outside the other one.</p>
<div class="ex"><b>Example 1.4</b><br>Let A = {a, b, c} and B = {c, d}. Draw a Venn diagram of the two
sets.</div>
<p><i>Solution.</i> Only one element is shared, so the circles overlap in a small region that holds a
single point. The two elements that lie in A alone are drawn on the left, and the one that lies in B alone
on the right (Figure 1.2).</p>
<p>The size of a circle carries no meaning; it is chosen only so that the names fit.</p>
</div><div>
<figure>
<svg viewBox="0 0 440 300" width="100%" xmlns="http://www.w3.org/2000/svg">
<circle cx="165" cy="150" r="105" fill="rgba(230,120,50,0.16)" stroke="#c0541b" stroke-width="2.6"/>
<circle cx="285" cy="150" r="95" fill="rgba(40,110,200,0.16)" stroke="#1d5fb0" stroke-width="2.6"/>
<text x="78" y="52" font-family="DejaVu Serif" font-style="italic" font-size="30" fill="#c0541b">A</text>
<text x="352" y="60" font-family="DejaVu Serif" font-style="italic" font-size="30" fill="#1d5fb0">B</text>
%ELEMENTS%
</svg>
<figcaption><b>Figure 1.2</b> &nbsp;Venn diagram of the sets A and B of Example 1.4.</figcaption>
</figure>
<p>Reading a diagram back is just as easy: the elements of A are the points inside its circle, whether or
not they are also inside the other one.</p>
<p>With three or more sets the curves must be placed so that every combination of memberships that occurs
has a region of its own.</p>
</div></div>
<div class="foot">7</div>
</body></html>
"""


def _draw_page(wrong=None):
    els = {"a": (105, 122), "b": (115, 196), "c": (228, 152), "d": (332, 150)}
    if wrong == "c_in_A_only":
        # breaks "B = {c, d}" (c in B): c is drawn in A outside B
        els["c"] = (160, 150)
    if wrong == "d_dropped":
        # breaks "B = {c, d}": d is missing
        del els["d"]
    if wrong == "b_in_both":
        # breaks "B = {c, d}" (b not in B): b is drawn in the overlap of A and B
        els["b"] = (232, 196)
    if wrong == "extra_e_in_B":
        # breaks "B = {c, d}": an extra element e is drawn in B
        els["e"] = (336, 206)
    parts = []
    for name, (x, y) in els.items():
        parts.append('<circle cx="%d" cy="%d" r="4.2" fill="#222"/>' % (x, y))
        parts.append('<text x="%d" y="%d" font-family="DejaVu Serif" font-style="italic" font-size="25" '
                     'fill="#111">%s</text>' % (x + 9, y + 9, name))
    html = _PAGE_HTML.replace("%ELEMENTS%", "\n".join(parts))
    img = _pdf_to_img(_chromium_pdf(html), dpi=140)
    return _png(img)


# ================================================================ case 2: matplotlib thumbnail
THUMB_TEXT = "Let A = {1, 2, 3}, B = {3, 4, 5} and C = {3, 5, 6}."
THUMB_WRONGS = ["3_outside_C", "5_outside_C", "6_dropped", "2_moved_into_B"]


def _draw_thumb(wrong=None):
    import matplotlib.pyplot as plt
    from matplotlib.figure import Figure
    from matplotlib.patches import Circle

    els = {"1": (4.3, 7.0), "2": (4.4, 5.2), "3": (7.5, 5.0), "4": (10.6, 6.9), "5": (9.3, 4.0), "6": (7.5, 1.45)}
    if wrong == "3_outside_C":
        # breaks "C = {3, 5, 6}" (3 in C): 3 is drawn in A and B but outside C
        els["3"] = (7.5, 7.3)
    if wrong == "5_outside_C":
        # breaks "C = {3, 5, 6}" (5 in C): 5 is drawn in B only
        els["5"] = (10.7, 5.3)
    if wrong == "6_dropped":
        # breaks "C = {3, 5, 6}": 6 is missing
        del els["6"]
    if wrong == "2_moved_into_B":
        # breaks "B = {3, 4, 5}" (2 not in B): 2 is drawn in the overlap of A and B
        els["2"] = (7.5, 7.3)
    with plt.style.context("petroff8"):
        cols = plt.rcParams["axes.prop_cycle"].by_key()["color"]
        fig = Figure(figsize=(15, 10), dpi=100, facecolor="white")
        ax = fig.add_axes([0, 0, 1, 1])
        ax.set_xlim(0, 15)
        ax.set_ylim(0, 10)
        ax.set_aspect("equal")
        ax.axis("off")
        for (x, y), c in zip([(5.8, 6.0), (9.2, 6.0), (7.5, 3.2)], cols[:3]):
            ax.add_patch(Circle((x, y), 2.6, facecolor=c, alpha=0.28, edgecolor="none"))
            ax.add_patch(Circle((x, y), 2.6, facecolor="none", edgecolor=c, lw=7))
        ax.text(3.0, 8.9, "A", fontsize=64, fontweight="bold", color=cols[0], ha="center", va="center")
        ax.text(12.0, 8.9, "B", fontsize=64, fontweight="bold", color=cols[1], ha="center", va="center")
        ax.text(4.3, 1.3, "C", fontsize=64, fontweight="bold", color=cols[2], ha="center", va="center")
        for n, (x, y) in els.items():
            ax.text(x, y, n, fontsize=58, color="#111111", ha="center", va="center", fontweight="bold")
        img = _mpl_png(fig, 100)
    return _png(_thumbnail(img, 300))


# ================================================================ case 3: reportlab poster
POSTER_TEXT = "Let X = {1, 2} and Y = {3, 4}; X and Y are disjoint, and both are subsets of U."
POSTER_WRONGS = ["Y_outside_U", "X_Y_overlap", "3_in_X", "4_dropped"]


def _draw_poster(wrong=None):
    from reportlab.pdfgen import canvas
    from reportlab.lib.colors import Color, HexColor
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for nm, key in (("H6Sans", "lsans"), ("H6SansB", "lsans-b"), ("H6SerifI", "lserif-i"), ("H6Serif", "lserif")):
        if nm not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(nm, _font_path(key)))
    W, H = 900, 600  # points; rendered at 144 dpi -> 1800 x 1200 px
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1, pageCompression=0)
    c.setFillColor(HexColor("#ffffff"))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(HexColor("#0b3d2e"))
    c.setFont("H6SansB", 40)
    c.drawString(60, H - 90, "Disjoint subsets")
    c.setFillColor(HexColor("#4f6f64"))
    c.setFont("H6Sans", 15)
    c.drawString(62, H - 118, "Discrete Mathematics Club  \u2022  poster 3 of 8")
    c.setStrokeColor(HexColor("#2bb37b"))
    c.setLineWidth(5)
    c.line(62, H - 136, 170, H - 136)

    # the universe U
    ux, uy, uw, uh = 300, 170, 390, 240
    c.setStrokeColor(HexColor("#243b35"))
    c.setLineWidth(2.2)
    c.setFillColor(HexColor("#f5faf7"))
    c.roundRect(ux, uy, uw, uh, 10, stroke=1, fill=1)
    c.setFillColor(HexColor("#243b35"))
    c.setFont("H6SerifI", 30)
    c.drawString(ux + uw - 34, uy + uh - 36, "U")

    r = 72
    xc, yc = (ux + 105, uy + 112), (ux + 282, uy + 112)
    if wrong == "X_Y_overlap":
        # breaks "X and Y are disjoint": the two circles are drawn overlapping
        xc, yc = (ux + 150, uy + 112), (ux + 240, uy + 112)
    if wrong == "Y_outside_U":
        # breaks "both are subsets of U" (Y inside U): Y is drawn outside the rectangle of U
        xc = (ux + 195, uy + 112)
        yc = (ux + uw + 120, uy + 112)
    for (x, y), col, name, dx in ((xc, "#e4572e", "X", -70), (yc, "#2e86ab", "Y", 52)):
        cc = HexColor(col)
        c.setFillColor(Color(cc.red, cc.green, cc.blue, alpha=0.18))
        c.setStrokeColor(cc)
        c.setLineWidth(2.6)
        c.circle(x, y, r, stroke=1, fill=1)
        c.setFillColor(cc)
        c.setFont("H6SerifI", 28)
        c.drawString(x + dx, y + 62, name)

    els = {"1": (xc[0] - 26, xc[1] + 14), "2": (xc[0] + 8, xc[1] - 30),
           "3": (yc[0] - 10, yc[1] + 16), "4": (yc[0] + 22, yc[1] - 26)}
    if wrong == "X_Y_overlap":
        els = {"1": (xc[0] - 46, xc[1] + 14), "2": (xc[0] - 36, xc[1] - 30),
               "3": (yc[0] + 22, yc[1] + 16), "4": (yc[0] + 36, yc[1] - 26)}
    if wrong == "3_in_X":
        # breaks "Y = {3, 4}" (3 in Y, not in X): 3 is drawn inside X
        els["3"] = (xc[0] + 30, xc[1] + 22)
    if wrong == "4_dropped":
        # breaks "Y = {3, 4}": 4 is missing
        del els["4"]
    c.setFont("H6Serif", 24)
    for n, (x, y) in els.items():
        c.setFillColor(HexColor("#1a1a1a"))
        c.circle(x, y, 3.2, stroke=0, fill=1)
        c.drawString(x + 7, y - 8, n)

    c.setFillColor(HexColor("#7d8f88"))
    c.setFont("H6Sans", 11)
    c.drawString(62, 40, "Print: 90 \u00d7 60 cm  \u2022  all diagrams drawn with the same circle size")
    c.showPage()
    c.save()
    return _png(_pdf_to_img(buf.getvalue(), dpi=144))


def cases():
    return [
        {"id": "h6-sets-chromium-print-page", "text": PAGE_TEXT, "tool": "headless Chromium print-to-PDF + pdfium",
         "style": "textbook page: two columns of body text, example box, figure with caption (992x1280)",
         "draw": _draw_page, "wrongs": list(PAGE_WRONGS)},
        {"id": "h6-sets-mpl-thumbnail", "text": THUMB_TEXT, "tool": "matplotlib (petroff8)",
         "style": "300 px wide web thumbnail (Lanczos reduction, JPEG) (300x200)",
         "draw": _draw_thumb, "wrongs": list(THUMB_WRONGS)},
        {"id": "h6-sets-reportlab-poster", "text": POSTER_TEXT, "tool": "reportlab canvas -> PDF -> pdfium",
         "style": "poster with a lot of white space, big title, small figure (1800x1200)",
         "draw": _draw_poster, "wrongs": list(POSTER_WRONGS)},
    ]
