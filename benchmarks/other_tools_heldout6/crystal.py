"""Held-out figures by other tools, set 6: crystal.

Three cases, each drawn by a tool and in a style that sets 1-5 did not use:
  h6-crystal-mpl-hires        matplotlib (seaborn-v0_8-deep), 2400 px wide high-resolution render
  h6-crystal-platypus-scan    reportlab platypus page (heading, body text, figure, caption) -> pdfium, then
                              a yellowed textbook scan (halftone dots, paper stains, 1.6 degree skew)
  h6-crystal-mpl-negative     matplotlib (seaborn-v0_8-dark-palette) printed as a negative (inverted contrast)

Sites are exact: the figures project the conventional cells orthographically from 3-D fractional coordinates.
draw(None) is the correct figure of the case's text; draw(name) has exactly one error, named in a comment
at its branch. Deterministic: no randomness except the seeded scan; PNGs are re-saved through PIL as RGB.
"""

import io
import math
import os

import numpy as np
from PIL import Image, ImageFilter, ImageFont, ImageOps


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


def _pdf_to_img(pdf_bytes, dpi):
    """Rasterise page 1 of a PDF with pdfium at `dpi`."""
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf_bytes)
    try:
        img = doc[0].render(scale=dpi / 72.0).to_pil().convert("RGB")
    finally:
        doc.close()
    return img


def _negative(img):
    """Inverted contrast: every channel v -> 255 - v (white strokes on black, complementary colours)."""
    return ImageOps.invert(img.convert("RGB"))


# ---------------------------------------------------------------- cases
SCIENCE = "crystal"


def _rot(azim_deg, elev_deg):
    """Rotation: turn the crystal by `azim` about z, then tilt the view down by `elev`; returns a function
    (x, y, z) -> (screen x, screen y, depth), depth growing away from the viewer."""
    a, e = math.radians(azim_deg), math.radians(elev_deg)

    def f(p):
        x, y, z = p
        x1 = x * math.cos(a) - y * math.sin(a)
        y1 = x * math.sin(a) + y * math.cos(a)
        # the viewer looks along +y1, tilted down by e: view direction (0, cos e, -sin e), screen up
        # (0, sin e, cos e)
        sy = z * math.cos(e) + y1 * math.sin(e)
        depth = y1 * math.cos(e) - z * math.sin(e)
        return x1, sy, depth
    return f


_CUBE_EDGES = [((0, 0, 0), (1, 0, 0)), ((0, 0, 0), (0, 1, 0)), ((0, 0, 0), (0, 0, 1)), ((1, 0, 0), (1, 1, 0)),
               ((1, 0, 0), (1, 0, 1)), ((0, 1, 0), (1, 1, 0)), ((0, 1, 0), (0, 1, 1)), ((0, 0, 1), (1, 0, 1)),
               ((0, 0, 1), (0, 1, 1)), ((1, 1, 0), (1, 1, 1)), ((1, 0, 1), (1, 1, 1)), ((0, 1, 1), (1, 1, 1))]
_CORNERS = [(i, j, k) for i in (0, 1) for j in (0, 1) for k in (0, 1)]
_FACES = [(0.5, 0.5, 0), (0.5, 0.5, 1), (0.5, 0, 0.5), (0.5, 1, 0.5), (0, 0.5, 0.5), (1, 0.5, 0.5)]


# ================================================================ case 1: matplotlib 2400 px
HIRES_TEXT = "Silver is face-centred cubic with a = 4.09 \u00c5."
HIRES_WRONGS = ["face_centres_dropped", "named_Au", "a_label_3.61", "extra_body_centre"]


def _draw_hires(wrong=None):
    import matplotlib.pyplot as plt
    from matplotlib.figure import Figure
    from matplotlib.patches import Circle, FancyArrowPatch

    sites = list(_CORNERS) + list(_FACES)
    if wrong == "face_centres_dropped":
        # breaks "face-centred cubic": the six face-centre atoms are missing (a simple cubic cell)
        sites = list(_CORNERS)
    if wrong == "extra_body_centre":
        # breaks "face-centred cubic": an extra atom sits at the body centre (1/2, 1/2, 1/2)
        sites = sites + [(0.5, 0.5, 0.5)]
    label_el = "Ag"
    if wrong == "named_Au":
        # breaks "Silver" (Ag): the legend names the element Au
        label_el = "Au"
    a_txt = "4.09"
    if wrong == "a_label_3.61":
        # breaks "a = 4.09 Å": the dimension reads 3.61 Å
        a_txt = "3.61"

    P = _rot(-32, 21)
    L = 5.3  # cube edge on the canvas, in axes units (axes span 16 x 12)
    ox, oy = 4.9, 2.6

    def S(p):
        x, y, d = P((p[0] - 0.5, p[1] - 0.5, p[2] - 0.5))
        return ox + 3.1 + L * x, oy + 3.0 + L * y, d

    with plt.style.context("seaborn-v0_8-deep"):
        fig = Figure(figsize=(8, 6), dpi=300, facecolor="white")
        ax = fig.add_axes([0, 0, 1, 1])
        ax.set_xlim(0, 16)
        ax.set_ylim(0, 12)
        ax.set_aspect("equal")
        ax.axis("off")
        back = max(_CORNERS, key=lambda c: S(c)[2])
        for p, q in _CUBE_EDGES:
            (x0, y0, _), (x1, y1, _) = S(p), S(q)
            hidden = back in (p, q)
            ax.plot([x0, x1], [y0, y1], color="#4c566a", lw=1.3, ls=(0, (5, 4)) if hidden else "-", zorder=1)
        base, rim = "#b9bec7", "#5b6170"
        for p in sorted(sites, key=lambda s: -S(s)[2]):
            x, y, dep = S(p)
            r = 0.52
            ax.add_patch(Circle((x, y), r, facecolor=base, edgecolor=rim, lw=1.0, zorder=3))
            for k, (f, col) in enumerate([(0.75, "#cdd1d8"), (0.5, "#e0e3e8"), (0.28, "#f2f3f6"), (0.12, "#ffffff")]):
                ax.add_patch(Circle((x - (1 - f) * r * 0.35, y + (1 - f) * r * 0.35), r * f, facecolor=col,
                                    edgecolor="none", zorder=3))
        # dimension line along the front bottom edge (the bottom edge nearest the viewer)
        e0, e1 = min([(p, q) for p, q in _CUBE_EDGES if p[2] == 0 and q[2] == 0],
                     key=lambda pq: S(pq[0])[2] + S(pq[1])[2])
        (x0, y0, _), (x1, y1, _) = S(e0), S(e1)
        nx, ny = (y1 - y0), -(x1 - x0)
        n = math.hypot(nx, ny)
        off = 1.05
        dx, dy = nx / n * off, ny / n * off
        if dy > 0:
            dx, dy = -dx, -dy
        ax.add_patch(FancyArrowPatch((x0 + dx, y0 + dy), (x1 + dx, y1 + dy), arrowstyle="<|-|>", mutation_scale=16,
                                     color="#1f2a44", lw=1.4, zorder=2))
        for (xa, ya) in ((x0, y0), (x1, y1)):
            ax.plot([xa + dx * 0.2, xa + dx * 1.15], [ya + dy * 0.2, ya + dy * 1.15], color="#1f2a44", lw=0.8)
        ang = math.degrees(math.atan2(y1 - y0, x1 - x0))
        ax.text((x0 + x1) / 2 + dx * 1.45, (y0 + y1) / 2 + dy * 1.45, "a = %s \u00c5" % a_txt, rotation=ang,
                ha="center", va="center", fontsize=15, color="#1f2a44", family="DejaVu Serif")
        ax.text(0.5, 11.3, "Silver: face-centred cubic unit cell", fontsize=17, fontweight="bold",
                color="#1f2a44", ha="left", va="center")
        ax.text(0.5, 10.6, "conventional cell, atoms at exact fractional positions", fontsize=10.5,
                color="#5b6170", ha="left", va="center")
        # legend
        ax.add_patch(Circle((13.2, 1.4), 0.32, facecolor=base, edgecolor=rim, lw=1.0))
        ax.add_patch(Circle((13.12, 1.48), 0.16, facecolor="#f2f3f6", edgecolor="none"))
        ax.text(13.75, 1.4, label_el, fontsize=17, va="center", ha="left", color="#1f2a44")
        img = _mpl_png(fig, 300)
    return _png(img)


# ================================================================ case 2: platypus page, scanned
SCAN_TEXT = "Gallium arsenide has the zinc blende structure with a = 5.65 \u00c5."
SCAN_WRONGS = ["eight_As", "Ga_As_swapped", "a_label_5.43", "Ga_named_In"]

_TET = [(0.25, 0.25, 0.25), (0.75, 0.75, 0.25), (0.75, 0.25, 0.75), (0.25, 0.75, 0.75)]
_TET_OTHER = [(0.75, 0.75, 0.75), (0.25, 0.25, 0.75), (0.25, 0.75, 0.25), (0.75, 0.25, 0.25)]


def _gaas_drawing(wrong, width_pt):
    from reportlab.graphics.shapes import Drawing, Line, Circle, String, Polygon
    from reportlab.lib.colors import HexColor

    fcc = list(_CORNERS) + list(_FACES)
    tet = list(_TET)
    if wrong == "eight_As":
        # breaks "zinc blende": As is drawn on all eight tetrahedral sites (a fluorite-type pattern)
        tet = tet + list(_TET_OTHER)
    names = {"fcc": "Ga", "tet": "As"}
    cols = {"Ga": ("#d8843a", "#7a3d0c"), "As": ("#8e6bbf", "#3f2466")}
    if wrong == "Ga_As_swapped":
        # breaks "gallium arsenide, zinc blende" (Ga on the fcc sites, As in the tetrahedral holes):
        # the two species are swapped
        names = {"fcc": "As", "tet": "Ga"}
    legend_names = {"Ga": "Ga", "As": "As"}
    if wrong == "Ga_named_In":
        # breaks "Gallium arsenide": the legend names the cation In
        legend_names["Ga"] = "In"
    a_txt = "5.65"
    if wrong == "a_label_5.43":
        # breaks "a = 5.65 Å": the dimension reads 5.43 Å
        a_txt = "5.43"

    H = width_pt * 0.74
    d = Drawing(width_pt, H)
    P = _rot(-24, 16)
    L = width_pt * 0.46
    cx0, cy0 = width_pt * 0.40, H * 0.53

    def S(p):
        x, y, dd = P((p[0] - 0.5, p[1] - 0.5, p[2] - 0.5))
        return cx0 + L * x, cy0 + L * y, dd

    back = max(_CORNERS, key=lambda c: S(c)[2])
    for p, q in _CUBE_EDGES:
        (x0, y0, _), (x1, y1, _) = S(p), S(q)
        ln = Line(x0, y0, x1, y1, strokeColor=HexColor("#333333"), strokeWidth=0.8)
        if back in (p, q):
            ln.strokeDashArray = [3, 2.5]
        d.add(ln)
    atoms = [(p, names["fcc"]) for p in fcc] + [(p, names["tet"]) for p in tet]
    # bonds: every tetrahedral-site atom to its four nearest fcc-site neighbours (distance sqrt(3)/4 a)
    for t in tet:
        for f in fcc:
            if abs(sum((t[i] - f[i]) ** 2 for i in range(3)) - 3 / 16) < 1e-9:
                (x0, y0, _), (x1, y1, _) = S(t), S(f)
                d.add(Line(x0, y0, x1, y1, strokeColor=HexColor("#8a8a8a"), strokeWidth=2.2))
    for p, el in sorted(atoms, key=lambda s: -S(s[0])[2]):
        x, y, _ = S(p)
        r = 7.5 if el == "Ga" else 9.5
        fill, rim = cols[el]
        d.add(Circle(x, y, r, fillColor=HexColor(fill), strokeColor=HexColor(rim), strokeWidth=0.8))
        d.add(Circle(x - r * 0.3, y + r * 0.3, r * 0.32, fillColor=HexColor("#ffffff"), strokeColor=None,
                     fillOpacity=0.75))
    # dimension line under the front bottom edge (the bottom edge nearest the viewer)
    e0, e1 = min([(p, q) for p, q in _CUBE_EDGES if p[2] == 0 and q[2] == 0],
                 key=lambda pq: S(pq[0])[2] + S(pq[1])[2])
    (x0, y0, _), (x1, y1, _) = S(e0), S(e1)
    if x0 > x1:
        (x0, y0), (x1, y1) = (x1, y1), (x0, y0)
    off = -18
    d.add(Line(x0, y0 + off, x1, y1 + off, strokeColor=HexColor("#111111"), strokeWidth=0.8))
    for (xa, ya) in ((x0, y0), (x1, y1)):
        d.add(Line(xa, ya - 6, xa, ya + off - 4, strokeColor=HexColor("#111111"), strokeWidth=0.5))
    ang = math.atan2(y1 - y0, x1 - x0)
    for (xa, ya), sgn in (((x0, y0 + off), 1), ((x1, y1 + off), -1)):
        tipx, tipy = xa, ya
        bx, by = tipx + sgn * 7 * math.cos(ang), tipy + sgn * 7 * math.sin(ang)
        px, py = -math.sin(ang) * 2.4, math.cos(ang) * 2.4
        d.add(Polygon([tipx, tipy, bx + px, by + py, bx - px, by - py], fillColor=HexColor("#111111"),
                      strokeColor=None))
    d.add(String((x0 + x1) / 2, (y0 + y1) / 2 + off - 14, "a = %s \u00c5" % a_txt, fontName="H6Serif",
                 fontSize=11, textAnchor="middle"))
    # legend
    lx, ly = width_pt * 0.80, H * 0.62
    for k, el in enumerate(("Ga", "As")):
        fill, rim = cols[el]
        yy = ly - k * 24
        d.add(Circle(lx, yy, 7.5 if el == "Ga" else 9.5, fillColor=HexColor(fill), strokeColor=HexColor(rim),
                     strokeWidth=0.8))
        d.add(String(lx + 16, yy - 4, legend_names[el], fontName="H6Serif", fontSize=12))
    return d


def _draw_scan(wrong=None):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for nm, key in (("H6Serif", "lserif"), ("H6SerifB", "lserif-b"), ("H6SerifI", "lserif-i"), ("H6Sans", "lsans"),
                    ("H6SansB", "lsans-b")):
        if nm not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(nm, _font_path(key)))
    body = ParagraphStyle("b", fontName="H6Serif", fontSize=9.6, leading=12.6, alignment=TA_JUSTIFY,
                          spaceAfter=5)
    head = ParagraphStyle("h", fontName="H6SansB", fontSize=12.5, leading=16, spaceAfter=6)
    cap = ParagraphStyle("c", fontName="H6Serif", fontSize=8.6, leading=11, spaceBefore=2, spaceAfter=8)
    run = ParagraphStyle("r", fontName="H6Sans", fontSize=7.5, leading=9, spaceAfter=10)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=(150 * mm, 205 * mm), leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=12 * mm, bottomMargin=12 * mm, invariant=1, title="", author="",
                            creator="", producer="")
    story = [
        Paragraph("86 &nbsp;&nbsp;&nbsp; STRUCTURES OF SIMPLE SOLIDS", run),
        Paragraph("3.4 &nbsp; The zinc blende structure", head),
        Paragraph("Many compound semiconductors crystallise in the zinc blende structure. The cations occupy the "
                  "sites of a face-centred cubic lattice, at the corners and the face centres of the cubic cell. "
                  "The anions fill one half of the tetrahedral holes, so that each atom has four neighbours of "
                  "the other kind at the corners of a regular tetrahedron.", body),
        _gaas_drawing(wrong, 120 * mm),
        Paragraph("<font name='H6SerifB'>Figure 3.7</font> &nbsp;The unit cell of gallium arsenide. The bonds join "
                  "each anion to its four nearest cations; hidden edges of the cube are dashed.", cap),
        Paragraph("Seen along a cube diagonal, the structure is a stacking of close-packed double layers. The "
                  "arrangement is the same as that of diamond, except that the two interpenetrating lattices are "
                  "occupied by different elements, so the structure lacks a centre of symmetry.", body),
        Paragraph("The cubic cell contains four formula units. Because every bond is shared between a cation and "
                  "an anion, the bond length is one quarter of the cube diagonal.", body),
    ]
    doc.build(story)
    page = _pdf_to_img(buf.getvalue(), dpi=170)
    return _png(_yellowed_scan(page, seed=72, angle=1.6))


# ================================================================ case 3: matplotlib negative
NEG_TEXT = "Titanium is hexagonal close-packed with a = 2.95 \u00c5 and c = 4.68 \u00c5."
NEG_WRONGS = ["mid_layer_dropped", "c_drawn_equal_to_a", "named_Zr", "a_label_3.95"]


def _draw_negative(wrong=None):
    import matplotlib.pyplot as plt
    from matplotlib.figure import Figure
    from matplotlib.patches import Circle, FancyArrowPatch

    a, c = 2.95, 4.68
    c_draw = c
    if wrong == "c_drawn_equal_to_a":
        # breaks "c = 4.68 Å" (c/a = 1.59): the prism is drawn with c equal to a (label unchanged)
        c_draw = a
    el = "Ti"
    if wrong == "named_Zr":
        # breaks "Titanium": the legend names the element Zr
        el = "Zr"
    a_txt = "2.95"
    if wrong == "a_label_3.95":
        # breaks "a = 2.95 Å": the dimension reads 3.95 Å
        a_txt = "3.95"

    hexv = [(a * math.cos(math.radians(60 * k)), a * math.sin(math.radians(60 * k))) for k in range(6)]
    bottom = [(x, y, 0.0) for x, y in hexv] + [(0.0, 0.0, 0.0)]
    top = [(x, y, c_draw) for x, y in hexv] + [(0.0, 0.0, c_draw)]
    mid = []
    for k in (0, 2, 4):  # centroids of alternate triangles (centre, vertex k, vertex k+1): the B layer
        (x1, y1), (x2, y2) = hexv[k], hexv[(k + 1) % 6]
        mid.append(((x1 + x2) / 3.0, (y1 + y2) / 3.0, c_draw / 2))
    if wrong == "mid_layer_dropped":
        # breaks "hexagonal close-packed": the middle (B) layer is missing, leaving a simple hexagonal stack
        mid = []

    P = _rot(18, 17)
    sc = 1.15  # axes units per Å

    def S(p):
        x, y, d = P((p[0], p[1], p[2] - c / 2))
        return 6.3 + sc * x, 5.0 + sc * y, d

    with plt.style.context("seaborn-v0_8-dark-palette"):
        cols = plt.rcParams["axes.prop_cycle"].by_key()["color"]
        fig = Figure(figsize=(12, 10), dpi=100, facecolor="white")
        ax = fig.add_axes([0, 0, 1, 1])
        ax.set_xlim(0, 12)
        ax.set_ylim(0, 10)
        ax.set_aspect("equal")
        ax.axis("off")
        ring_b = [S(p) for p in bottom[:6]]
        ring_t = [S(p) for p in top[:6]]
        back_k = {k for k in range(6) if ring_b[k][2] > 0.35 * a}
        for ring in (ring_b, ring_t):
            for k in range(6):
                (x0, y0, d0), (x1, y1, d1) = ring[k], ring[(k + 1) % 6]
                hid = ring is ring_b and (k in back_k and (k + 1) % 6 in back_k)
                ax.plot([x0, x1], [y0, y1], color="#222222", lw=1.6, ls=(0, (4, 3)) if hid else "-", zorder=1)
        for k in range(6):
            (x0, y0, d0), (x1, y1, _) = ring_b[k], ring_t[k]
            ax.plot([x0, x1], [y0, y1], color="#222222", lw=1.6, ls=(0, (4, 3)) if k in back_k else "-",
                    zorder=1)
        atom_col = cols[0]
        mid_col = cols[0]
        allp = [(p, atom_col) for p in bottom + top] + [(p, mid_col) for p in mid]
        for p, col in sorted(allp, key=lambda s: -S(s[0])[2]):
            x, y, _ = S(p)
            ax.add_patch(Circle((x, y), 0.34, facecolor=col, edgecolor="#111111", lw=1.2, zorder=3))
        # a: along the front bottom edge; c: along the left vertical edge
        front = min(range(6), key=lambda k: ring_b[k][2] + ring_b[(k + 1) % 6][2])
        (x0, y0, _), (x1, y1, _) = ring_b[front], ring_b[(front + 1) % 6]
        ax.add_patch(FancyArrowPatch((x0, y0 - 0.75), (x1, y1 - 0.75), arrowstyle="<|-|>", mutation_scale=18,
                                     color="#222222", lw=1.4))
        ax.text((x0 + x1) / 2, (y0 + y1) / 2 - 1.15, "a = %s \u00c5" % a_txt, ha="center", va="center", fontsize=19,
                color="#222222")
        left = min(range(6), key=lambda k: ring_b[k][0])
        (x0, y0, _), (x1, y1, _) = ring_b[left], ring_t[left]
        ax.add_patch(FancyArrowPatch((x0 - 0.7, y0), (x1 - 0.7, y1), arrowstyle="<|-|>", mutation_scale=18,
                                     color="#222222", lw=1.4))
        ax.text(x0 - 1.0, (y0 + y1) / 2, "c = 4.68 \u00c5", ha="right", va="center", fontsize=19, color="#222222")
        ax.text(0.4, 9.45, "Hexagonal close-packed titanium", fontsize=22, fontweight="bold", color="#222222",
                va="center")
        ax.add_patch(Circle((10.1, 1.0), 0.3, facecolor=atom_col, edgecolor="#111111", lw=1.2))
        ax.text(10.6, 1.0, el, fontsize=20, va="center", color="#222222")
        img = _mpl_png(fig, 100)
    return _png(_negative(img))


def cases():
    return [
        {"id": "h6-crystal-mpl-hires", "text": HIRES_TEXT, "tool": "matplotlib (seaborn-v0_8-deep)",
         "style": "high-resolution render, 2400 px wide, shaded balls, dashed hidden edges (2400x1800)",
         "draw": _draw_hires, "wrongs": list(HIRES_WRONGS)},
        {"id": "h6-crystal-platypus-scan", "text": SCAN_TEXT, "tool": "reportlab platypus -> PDF -> pdfium",
         "style": "textbook page scanned: yellowed paper, halftone dots, 1.6 degree skew, binding shadow (1004x1373)",
         "draw": _draw_scan, "wrongs": list(SCAN_WRONGS)},
        {"id": "h6-crystal-mpl-negative", "text": NEG_TEXT, "tool": "matplotlib (seaborn-v0_8-dark-palette)",
         "style": "negative: inverted contrast, light lines on black, complementary colours (1200x1000)",
         "draw": _draw_negative, "wrongs": list(NEG_WRONGS)},
    ]
