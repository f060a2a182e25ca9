"""Held-out figures by other tools, set 6: mechanics.

Three cases, each drawn by a tool and in a style that sets 1-5 did not use:
  h6-mechanics-pil-scan          PIL ink drawing (forces to a stated scale), then a yellowed textbook scan
  h6-mechanics-chromium-slide    HTML + inline SVG printed by headless Chromium as a 16:9 slide (PDF, pdfium)
  h6-mechanics-mpl-negative      matplotlib (seaborn-v0_8, grey panel with grid) printed as a negative

Angles are drawn at their stated values; where a force scale is stated on the figure, every arrow follows it.
draw(None) is the correct figure of the case's text; draw(name) has exactly one error, named in a comment
at its branch. Deterministic: seeded noise only; PNGs are re-saved through PIL as RGB.
"""

import io
import math
import os
import shutil
import signal
import subprocess
import tempfile

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps


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


def _yellowed_scan(img, seed, angle=1.8, period=4.2):
    """An old textbook page scanned: each colour channel reproduced as a rotated dot screen, printed on
    yellowed paper with low-frequency stains, rotated by `angle` degrees, slightly blurred, with a darker
    binding edge on the left and sensor noise."""
    rng = np.random.RandomState(seed)
    a = np.asarray(img.convert("RGB"), dtype=np.float32) / 255.0
    h, w, _ = a.shape
    out = np.empty_like(a)
    for ch, ang in zip(range(3), (15.0, 75.0, 45.0)):
        ink = 1.0 - a[..., ch]
        cov = np.clip((ink - _screen(h, w, ang, period)) * 3.0 + 0.5, 0.0, 1.0)
        cov = np.where(ink > 0.93, 1.0, np.where(ink < 0.04, 0.0, cov))
        out[..., ch] = 1.0 - cov
    paper = np.array([0.955, 0.905, 0.765], dtype=np.float32)
    stain = _lowfreq(rng, h, w, 60)[..., None]
    paper_img = paper[None, None, :] * (0.93 + 0.07 * stain)
    fibres = rng.normal(0.0, 0.018, size=(h, w, 1)).astype(np.float32)
    ink_dark = np.array([0.16, 0.14, 0.12], dtype=np.float32)
    res = paper_img * (out + (1.0 - out) * ink_dark[None, None, :]) + fibres
    xs = np.linspace(0.0, 1.0, w, dtype=np.float32)[None, :, None]
    res *= 1.0 - 0.22 * np.exp(-xs / 0.035)
    page = Image.fromarray((np.clip(res, 0, 1) * 255).astype(np.uint8))
    bg = tuple(int(c * 255 * 0.96) for c in paper)
    page = page.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=bg)
    page = page.filter(ImageFilter.GaussianBlur(0.6))
    arr = np.asarray(page, dtype=np.float32) + rng.normal(0.0, 3.0, size=(h, w, 1)).astype(np.float32)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


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
SCIENCE = "mechanics"
G = 9.81


# ================================================================ case 1: PIL ink, scanned
SCAN_TEXT = ("A 10 kg crate is pushed across a horizontal floor by a 60 N force at 20 degrees below the "
             "horizontal.")
SCAN_WRONGS = ["force_above_horizontal", "angle_drawn_40", "force_label_80", "mass_label_15"]


def _draw_scan(wrong=None):
    S = 2
    W, H = 1300, 1000
    img = Image.new("RGB", (W * S, H * S), "white")
    d = ImageDraw.Draw(img)
    m, F, ang = 10.0, 60.0, 20.0
    k = 3.0  # px per newton (stated by the scale bar)
    ink = (15, 15, 15)

    def P(x, y):
        return (x * S, y * S)

    def arrow(x0, y0, x1, y1, w=4, head=24):
        d.line([P(x0, y0), P(x1, y1)], fill=ink, width=w * S)
        a = math.atan2(y1 - y0, x1 - x0)
        d.polygon([P(x1, y1), P(x1 - head * math.cos(a - 0.32), y1 - head * math.sin(a - 0.32)),
                   P(x1 - head * math.cos(a + 0.32), y1 - head * math.sin(a + 0.32))], fill=ink)

    floor = 650
    d.line([P(120, floor), P(1180, floor)], fill=ink, width=4 * S)
    for x in range(130, 1180, 26):
        d.line([P(x, floor + 4), P(x - 20, floor + 26)], fill=ink, width=2 * S)
    cx0, cx1, top = 640, 860, 430
    d.rectangle([P(cx0, top), P(cx1, floor)], fill=(210, 210, 210), outline=ink, width=4 * S)
    for yy in (top + 18, floor - 18):
        d.line([P(cx0 + 10, yy), P(cx1 - 10, yy)], fill=(120, 120, 120), width=2 * S)
    mass_txt = "10 kg"
    if wrong == "mass_label_15":
        # breaks "A 10 kg crate": the crate is labelled 15 kg
        mass_txt = "15 kg"
    d.text(P(750, 478), mass_txt, font=_font("lserif-b", 40 * S), fill=ink, anchor="mm")

    # the push: its head on the crate's left face, pointing down and to the right at 20 degrees
    ang_draw = ang
    if wrong == "angle_drawn_40":
        # breaks "at 20 degrees below the horizontal": the force is drawn at 40 degrees (label unchanged)
        ang_draw = 40.0
    sgn = 1  # +1: pointing downwards (screen y grows down)
    if wrong == "force_above_horizontal":
        # breaks "20 degrees below the horizontal": the force is drawn 20 degrees above the horizontal
        sgn = -1
    hx, hy = cx0 - 4, (480 if sgn > 0 else floor - 90)
    L = F * k
    a = math.radians(ang_draw)
    tx, ty = hx - L * math.cos(a), hy - sgn * L * math.sin(a)
    arrow(tx, ty, hx, hy, w=5)
    # dashed horizontal reference and the angle arc at the tail
    x = tx
    while x < tx + 140:
        d.line([P(x, ty), P(min(x + 10, tx + 140), ty)], fill=ink, width=2 * S)
        x += 17
    r = 80
    box = [P(tx - r, ty - r), P(tx + r, ty + r)]
    if sgn > 0:
        d.arc(box, start=0, end=ang_draw, fill=ink, width=2 * S)
    else:
        d.arc(box, start=-ang_draw, end=0, fill=ink, width=2 * S)
    lab = (tx + (r + 40) * math.cos(a / 2), ty + sgn * (r + 36) * math.sin(a / 2))
    fl = _font("lserif", 34 * S)
    fi = _font("lserif-i", 36 * S)
    d.text(P(*lab), "20\u00b0", font=fl, fill=ink, anchor="mm")
    f_txt = "F = 60 N"
    if wrong == "force_label_80":
        # breaks "a 60 N force": the label reads 80 N
        f_txt = "F = 80 N"
    d.text(P(tx - 16, ty - 10 if sgn > 0 else ty - 36), f_txt, font=fi, fill=ink, anchor="rm")

    # weight and normal force to the same scale
    Wt = m * G
    Nn = Wt + F * math.sin(math.radians(ang))
    arrow(700, 540, 700, 540 + Wt * k, w=4)
    d.text(P(720, 540 + Wt * k - 14), "W = mg", font=fi, fill=ink, anchor="lm")
    arrow(820, floor, 820, floor - Nn * k, w=4)
    d.text(P(842, floor - Nn * k + 14), "N", font=fi, fill=ink, anchor="lm")
    # scale bar
    d.line([P(140, 930), P(140 + 20 * k, 930)], fill=ink, width=4 * S)
    for xx in (140, 140 + 20 * k):
        d.line([P(xx, 920), P(xx, 940)], fill=ink, width=2 * S)
    d.text(P(215, 930), "20 N", font=_font("lserif", 28 * S), fill=ink, anchor="lm")
    d.text(P(60, 60), "Fig. 4.12", font=_font("lserif-b", 32 * S), fill=ink, anchor="lm")
    d.text(P(210, 60), "Pushing a crate: the forces on the crate.", font=_font("lserif", 32 * S), fill=ink,
           anchor="lm")
    img = img.resize((W, H), Image.LANCZOS)
    return _png(_yellowed_scan(img, seed=41, angle=2.6))


# ================================================================ case 2: Chromium slide
SLIDE_TEXT = "A 4 kg block is pulled up a ramp inclined at 25 degrees by a force of 30 N."
SLIDE_WRONGS = ["ramp_drawn_40", "force_label_20", "mass_label_6", "force_missing"]

_SLIDE_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page { size: 10in 5.625in; margin: 0; }
html, body { margin: 0; padding: 0; }
body { width: 10in; height: 5.625in; font-family: 'Liberation Sans'; color: #1d2939; position: relative;
       overflow: hidden; background: #ffffff; }
.bar { position: absolute; left: 0; top: 0; width: 10in; height: 0.82in; background: #0e7c66; }
.bar h1 { margin: 0; position: absolute; left: 0.4in; top: 0.16in; font-size: 30pt; color: #ffffff; }
.accent { position: absolute; left: 0; top: 0.82in; width: 10in; height: 0.06in; background: #f4b942; }
.notes { position: absolute; left: 0.45in; top: 1.25in; width: 3.0in; font-size: 17pt; line-height: 1.5; }
.notes li { margin-bottom: 0.12in; }
.fig { position: absolute; left: 3.55in; top: 1.05in; width: 6.2in; height: 4.3in; }
.foot { position: absolute; left: 0.4in; bottom: 0.18in; font-size: 10pt; color: #667085; }
.num { position: absolute; right: 0.4in; bottom: 0.18in; font-size: 10pt; color: #667085; }
</style></head><body>
<div class="bar"><h1>Forces on an inclined plane</h1></div><div class="accent"></div>
<ul class="notes"><li>Draw every force on the block</li><li>Resolve along and across the slope</li>
<li>The pull acts along the slope</li></ul>
<svg class="fig" viewBox="0 0 620 430" xmlns="http://www.w3.org/2000/svg" font-family="Liberation Sans">
<defs><marker id="ah" viewBox="0 0 10 10" refX="8" refY="5" markerUnits="userSpaceOnUse" markerWidth="16"
 markerHeight="16" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="context-stroke"/></marker></defs>
%BODY%
</svg>
<div class="foot">MECH 1 &nbsp;&bull;&nbsp; Lecture 6</div><div class="num">14</div>
</body></html>
"""


def _draw_slide(wrong=None):
    m, F, ang = 4.0, 30.0, 25.0
    ang_draw = ang
    if wrong == "ramp_drawn_40":
        # breaks "inclined at 25 degrees": the ramp is drawn at 40 degrees (label unchanged)
        ang_draw = 40.0
    m_txt = "4 kg"
    if wrong == "mass_label_6":
        # breaks "A 4 kg block": the block is labelled 6 kg
        m_txt = "6 kg"
    f_txt = "F = 30 N"
    if wrong == "force_label_20":
        # breaks "a force of 30 N": the label reads 20 N
        f_txt = "F = 20 N"
    a = math.radians(ang_draw)
    x0, y0 = 40, 400  # foot of the ramp (bottom-left corner)
    base = 540
    hgt = base * math.tan(a)
    if hgt > 360:
        base = 360 / math.tan(a)
        hgt = 360
    out = ['<polygon points="%.1f,%.1f %.1f,%.1f %.1f,%.1f" fill="#d9e8e3" stroke="#0e5c4c" stroke-width="3"/>'
           % (x0, y0, x0 + base, y0, x0 + base, y0 - hgt)]
    out.append('<line x1="10" y1="%.1f" x2="610" y2="%.1f" stroke="#0e5c4c" stroke-width="3"/>' % (y0, y0))
    r = 70
    out.append('<path d="M %.1f %.1f A %d %d 0 0 0 %.1f %.1f" fill="none" stroke="#b54708" stroke-width="2.5"/>'
               % (x0 + r, y0, r, r, x0 + r * math.cos(a), y0 - r * math.sin(a)))
    out.append('<text x="%.1f" y="%.1f" font-size="24" fill="#b54708">25\u00b0</text>'
               % (x0 + r + 10, y0 - 10))
    # the block, 96 x 64, its base on the slope at 55 % of the way up
    s = 0.52 * base / math.cos(a)
    ux, uy = math.cos(a), -math.sin(a)  # up the slope
    nx, ny = -math.sin(a), -math.cos(a)  # away from the slope
    bx, by = x0 + s * ux, y0 + s * uy
    bw, bh = 140, 84
    corners = [(bx - bw / 2 * ux, by - bw / 2 * uy), (bx + bw / 2 * ux, by + bw / 2 * uy),
               (bx + bw / 2 * ux + bh * nx, by + bw / 2 * uy + bh * ny), (bx - bw / 2 * ux + bh * nx, by - bw / 2 * uy + bh * ny)]
    out.append('<polygon points="%s" fill="#f4b942" stroke="#7a4f01" stroke-width="3"/>'
               % " ".join("%.1f,%.1f" % c for c in corners))
    cx, cy = bx + bh / 2 * nx, by + bh / 2 * ny
    lx, ly = cx - 0.27 * bw * ux + 0.2 * bh * nx, cy - 0.27 * bw * uy + 0.2 * bh * ny
    out.append('<text x="%.1f" y="%.1f" font-size="23" font-weight="bold" text-anchor="middle" '
               'dominant-baseline="central" transform="rotate(%.1f %.1f %.1f)">%s</text>'
               % (lx, ly, -ang_draw, lx, ly, m_txt))
    k = 3.5  # px per newton
    if wrong != "force_missing":
        fx0, fy0 = bx + bw / 2 * ux + bh / 2 * nx, by + bw / 2 * uy + bh / 2 * ny
        fx1, fy1 = fx0 + F * k * ux, fy0 + F * k * uy
        out.append('<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#c4320a" stroke-width="5" '
                   'marker-end="url(#ah)"/>' % (fx0, fy0, fx1, fy1))
        out.append('<text x="%.1f" y="%.1f" font-size="24" fill="#c4320a" font-style="italic">%s</text>'
                   % (fx1 - 40, fy1 - 22, f_txt))
    else:
        # breaks "pulled ... by a force of 30 N": the pulling force is missing
        pass
    Wt = m * G
    out.append('<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#1d2939" stroke-width="4" '
               'marker-end="url(#ah)"/>' % (cx, cy, cx, cy + Wt * k))
    out.append('<text x="%.1f" y="%.1f" font-size="22" font-style="italic">W = mg</text>' % (cx + 10, cy + Wt * k))
    Nn = Wt * math.cos(a)
    out.append('<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#1d2939" stroke-width="4" '
               'marker-end="url(#ah)"/>' % (cx, cy, cx + Nn * k * nx, cy + Nn * k * ny))
    out.append('<text x="%.1f" y="%.1f" font-size="22" font-style="italic" text-anchor="end">N</text>'
               % (cx + Nn * k * nx - 8, cy + Nn * k * ny + 4))
    html = _SLIDE_HTML.replace("%BODY%", "\n".join(out))
    return _png(_pdf_to_img(_chromium_pdf(html), dpi=160))


# ================================================================ case 3: matplotlib negative
NEG_TEXT = "A 3 kg block hangs from a spring with spring constant 150 N/m."
NEG_WRONGS = ["mass_label_5", "k_label_250", "string_instead_of_spring", "second_block"]


def _draw_negative(wrong=None):
    import matplotlib.pyplot as plt
    from matplotlib.figure import Figure
    from matplotlib.patches import Rectangle, FancyArrowPatch

    m, kspring = 3.0, 150.0
    with plt.style.context("seaborn-v0_8"):
        fig = Figure(figsize=(9, 11), dpi=100)
        ax = fig.add_axes([0.06, 0.04, 0.88, 0.86])
        ax.set_xlim(0, 9)
        ax.set_ylim(0, 11)
        ax.set_aspect("equal")
        ax.set_xticklabels([])
        ax.set_yticklabels([])
        fig.text(0.06, 0.945, "A mass on a spring, at rest", fontsize=24, fontweight="bold", va="center")
        # ceiling
        ax.add_patch(Rectangle((2.0, 10.0), 5.0, 0.28, facecolor="#555555", edgecolor="#222222", lw=1.5))
        for x in np.arange(2.1, 7.0, 0.3):
            ax.plot([x, x + 0.25], [10.28, 10.62], color="#222222", lw=1.2)
        top, bot = 10.0, 5.6
        if wrong == "string_instead_of_spring":
            # breaks "hangs from a spring": a straight string is drawn instead of the coil
            ax.plot([4.5, 4.5], [top, bot], color="#222222", lw=2.5)
        else:
            n = 14
            ys = np.linspace(top - 0.5, bot + 0.5, 2 * n + 1)
            xs = [4.5] + [4.5 + (0.55 if i % 2 else -0.55) for i in range(1, 2 * n)] + [4.5]
            ax.plot([4.5, 4.5] + xs + [4.5, 4.5], [top, top - 0.5] + list(ys) + [bot + 0.5, bot], color="#222222",
                    lw=2.5, solid_joinstyle="round")
        k_txt = "k = 150 N/m"
        if wrong == "k_label_250":
            # breaks "spring constant 150 N/m": the label reads 250 N/m
            k_txt = "k = 250 N/m"
        ax.text(5.35, 7.8, k_txt, fontsize=20, va="center")
        m_txt = "3 kg"
        if wrong == "mass_label_5":
            # breaks "A 3 kg block": the block is labelled 5 kg
            m_txt = "5 kg"
        ax.add_patch(Rectangle((3.5, 3.6), 2.0, 2.0, facecolor="#4c72b0", edgecolor="#1b2a49", lw=2.5))
        ax.text(4.5, 4.6, m_txt, fontsize=24, ha="center", va="center", color="white", fontweight="bold")
        if wrong == "second_block":
            # breaks "A 3 kg block": a second block hangs below the first
            ax.plot([3.9, 3.9], [3.6, 2.9], color="#222222", lw=2.5)
            ax.add_patch(Rectangle((2.9, 0.9), 2.0, 2.0, facecolor="#4c72b0", edgecolor="#1b2a49", lw=2.5))
        # forces on the block: spring force up, weight down (equal: at rest), 1 unit = 12 N
        L = m * G / 12.0
        ax.add_patch(FancyArrowPatch((3.75, 5.6), (3.75, 5.6 + L), arrowstyle="-|>", mutation_scale=26,
                                     color="#c44e52", lw=3.5))
        ax.text(3.55, 5.6 + L - 0.2, "F$_s$", fontsize=22, color="#c44e52", ha="right", va="center")
        ax.add_patch(FancyArrowPatch((5.2, 3.6), (5.2, 3.6 - L), arrowstyle="-|>", mutation_scale=26,
                                     color="#c44e52", lw=3.5))
        ax.text(5.45, 3.6 - L + 0.25, "W = mg", fontsize=22, color="#c44e52", ha="left", va="center")
        img = _mpl_png(fig, 100)
    return _png(_negative(img))


def cases():
    return [
        {"id": "h6-mechanics-pil-scan", "text": SCAN_TEXT, "tool": "PIL ink drawing (supersampled x2)",
         "style": "yellowed textbook scan: halftone greys, paper stains, 2.6 degree skew, forces at 3 px/N (1300x1000)",
         "draw": _draw_scan, "wrongs": list(SCAN_WRONGS)},
        {"id": "h6-mechanics-chromium-slide", "text": SLIDE_TEXT, "tool": "headless Chromium print-to-PDF + pdfium",
         "style": "16:9 slide: coloured title bar, bullet list, large SVG figure, forces at 3.5 px/N (1600x900)",
         "draw": _draw_slide, "wrongs": list(SLIDE_WRONGS)},
        {"id": "h6-mechanics-mpl-negative", "text": NEG_TEXT, "tool": "matplotlib (seaborn-v0_8)",
         "style": "negative: inverted grey panel and grid, light strokes on dark (900x1100)",
         "draw": _draw_negative, "wrongs": list(NEG_WRONGS)},
    ]
