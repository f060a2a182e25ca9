"""Held-out set 7, crystal: figures drawn by other tools and reaching the scorer in new ways.

h7-crystal-mpl3d-notebook      matplotlib mplot3d plot_surface spheres (dark theme) in a dark notebook screenshot
h7-crystal-mpl-multipanel      two-panel paper figure: (a) pymatgen XRD pattern (unrelated panel), (b) the cell
h7-crystal-reportlab-watermark reportlab canvas with radial-gradient balls -> pdfium, stock-site watermark

Every draw(wrong) returns PNG bytes (RGB); draw(None) is the correct figure of the case's text, and each
wrong name injects exactly one error against a stated fact (see the "# breaks" comments).
Atom positions are the exact fractional coordinates of the structure times the stated lattice constants.
"""

SCIENCE = "crystal"

# ---- helpers (copied into this module so that it is self-contained) ----
import io
import math
import os
import random
import subprocess
import tempfile

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

_TT = "/usr/share/fonts/truetype"


def _mpl_font_dir():
    import matplotlib
    return os.path.join(matplotlib.get_data_path(), "fonts", "ttf")


_FONT_FILES = {
    "sans": f"{_TT}/dejavu/DejaVuSans.ttf",
    "sans-b": f"{_TT}/dejavu/DejaVuSans-Bold.ttf",
    "sans-i": f"{_TT}/dejavu/DejaVuSans-Oblique.ttf",
    "cond": f"{_TT}/dejavu/DejaVuSansCondensed.ttf",
    "cond-b": f"{_TT}/dejavu/DejaVuSansCondensed-Bold.ttf",
    "mono": f"{_TT}/dejavu/DejaVuSansMono.ttf",
    "mono-b": f"{_TT}/dejavu/DejaVuSansMono-Bold.ttf",
    "serif": f"{_TT}/dejavu/DejaVuSerif.ttf",
    "serif-i": f"{_TT}/dejavu/DejaVuSerif-Italic.ttf",
    "lsans": f"{_TT}/liberation/LiberationSans-Regular.ttf",
    "lsans-b": f"{_TT}/liberation/LiberationSans-Bold.ttf",
    "lsans-i": f"{_TT}/liberation/LiberationSans-Italic.ttf",
    "lserif": f"{_TT}/liberation/LiberationSerif-Regular.ttf",
    "lserif-b": f"{_TT}/liberation/LiberationSerif-Bold.ttf",
    "lserif-i": f"{_TT}/liberation/LiberationSerif-Italic.ttf",
    "lmono": f"{_TT}/liberation/LiberationMono-Regular.ttf",
    "narrow": f"{_TT}/liberation/LiberationSansNarrow-Regular.ttf",
    "narrow-b": f"{_TT}/liberation/LiberationSansNarrow-Bold.ttf",
}
_FONT_CACHE = {}


def _font(key, size):
    k = (key, int(size))
    if k not in _FONT_CACHE:
        if key in ("cmr", "cmmi", "cmb", "cmss", "cmtt", "stix", "stix-i", "stix-b"):
            name = {"cmr": "cmr10.ttf", "cmmi": "cmmi10.ttf", "cmb": "cmb10.ttf", "cmss": "cmss10.ttf",
                    "cmtt": "cmtt10.ttf", "stix": "STIXGeneral.ttf", "stix-i": "STIXGeneralItalic.ttf",
                    "stix-b": "STIXGeneralBol.ttf"}[key]
            path = os.path.join(_mpl_font_dir(), name)
        else:
            path = _FONT_FILES[key]
        _FONT_CACHE[k] = ImageFont.truetype(path, int(size))
    return _FONT_CACHE[k]


def _png(img):
    """PIL image -> PNG bytes, RGB, only IHDR/IDAT/IEND."""
    buf = io.BytesIO()
    img.convert("RGB").save(buf, format="PNG", optimize=False, compress_level=6)
    return buf.getvalue()


def _rounded_mask(size, r):
    m = Image.new("L", size, 0)
    ImageDraw.Draw(m).rounded_rectangle([0, 0, size[0] - 1, size[1] - 1], radius=r, fill=255)
    return m


def _text_c(d, xy, s, font, fill, anchor="mm"):
    d.text(xy, s, font=font, fill=fill, anchor=anchor)


def _mpl_img(fig, dpi, facecolor=None):
    """Render a matplotlib Figure (Agg) to a PIL RGB image; no pyplot state is touched."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    FigureCanvasAgg(fig)
    buf = io.BytesIO()
    kw = {}
    if facecolor is not None:
        kw["facecolor"] = facecolor
    fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None}, **kw)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def _pdf_to_img(pdf_bytes, scale):
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf_bytes)
    try:
        page = doc[0]
        bm = page.render(scale=scale, may_draw_forms=False)
        img = bm.to_pil().convert("RGB")
        page.close()
    finally:
        doc.close()
    return img


def _code_png(code, style, size=15):
    from pygments import highlight
    from pygments.formatters import ImageFormatter
    from pygments.lexers import PythonLexer
    data = highlight(code, PythonLexer(), ImageFormatter(style=style, font_name="DejaVu Sans Mono",
                                                           font_size=size, line_numbers=False,
                                                           image_pad=10, line_pad=5))
    return Image.open(io.BytesIO(data)).convert("RGB")


def _notebook_dark(fig_img, code, count, tab, style="one-dark", width=1240, timing="0.6s"):
    """A screenshot of a dark-theme notebook editor (VS Code-like): a tab bar, the code cell that made
    the figure (highlighted by pygments' ImageFormatter), its execution count, and the output below."""
    bg = (30, 30, 30)
    code_img = _code_png(code, style)
    code_bg = code_img.getpixel((2, 2))
    left = 74
    inner_w = width - left - 30
    out_img = fig_img
    if out_img.width > inner_w - 20:
        s = (inner_w - 20) / out_img.width
        out_img = out_img.resize((round(out_img.width * s), round(out_img.height * s)), Image.LANCZOS)
    tab_h = 36
    code_h = code_img.height + 16
    H = tab_h + 18 + code_h + 36 + out_img.height + 40
    im = Image.new("RGB", (width, H), bg)
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, width, tab_h], fill=(37, 37, 38))
    d.rectangle([0, 0, 230, tab_h], fill=bg)
    d.line([(0, 0), (230, 0)], fill=(0, 122, 204), width=2)
    d.text((16, tab_h // 2), tab, font=_font("sans", 13), fill=(220, 220, 220), anchor="lm")
    d.text((212, tab_h // 2), "×", font=_font("sans", 14), fill=(160, 160, 160), anchor="mm")
    y = tab_h + 18
    d.rectangle([left, y, left + inner_w, y + code_h], fill=code_bg, outline=(62, 62, 66))
    d.rectangle([left - 4, y, left - 2, y + code_h], fill=(0, 122, 204))
    im.paste(code_img, (left + 8, y + 8))
    d.text((left - 12, y + 14), f"[{count}]", font=_font("mono", 13), fill=(133, 133, 133), anchor="ra")
    d.text((left + 8, y + code_h + 14), "✓", font=_font("sans", 13), fill=(80, 180, 90), anchor="lm")
    d.text((left + 26, y + code_h + 14), timing, font=_font("sans", 12), fill=(140, 140, 140), anchor="lm")
    y2 = y + code_h + 36
    im.paste(out_img, (left + 10, y2))
    return im


def _watermark(img, text, seed, size=70, alpha=62, angle=28, colour=(90, 90, 90), footer=None):
    """Stock-site watermark: `text` tiled diagonally in semi-transparent grey over the whole figure."""
    base = img.convert("RGBA")
    W, H = base.size
    D = int(math.hypot(W, H)) + 40
    layer = Image.new("RGBA", (D, D), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    f = _font("sans-b", size)
    tw = d.textlength(text, font=f)
    step_x = int(tw + size * 1.6)
    step_y = int(size * 3.1)
    rng = random.Random(seed)
    off = rng.randint(0, step_x // 2)
    for row, y in enumerate(range(0, D, step_y)):
        x0 = -off - (row % 2) * step_x // 2
        for x in range(x0, D, step_x):
            d.text((x, y), text, font=f, fill=colour + (alpha,))
    layer = layer.rotate(angle, resample=Image.BICUBIC)
    layer = layer.crop(((D - W) // 2, (D - H) // 2, (D - W) // 2 + W, (D - H) // 2 + H))
    out = Image.alpha_composite(base, layer)
    if footer:
        d2 = ImageDraw.Draw(out)
        f2 = _font("sans", 15)
        tw2 = d2.textlength(footer, font=f2)
        d2.rectangle([W - tw2 - 24, H - 30, W, H], fill=(30, 30, 30, 200))
        d2.text((W - tw2 - 12, H - 15), footer, font=f2, fill=(240, 240, 240, 255), anchor="lm")
    return out.convert("RGB")
# ---- end of helpers ----



def _view(p, az, el):
    """Orthographic view: rotate by `az` about z, tilt the camera up by `el` (degrees).
    Returns (u, v, depth); larger depth is further from the viewer."""
    a, e = math.radians(az), math.radians(el)
    x, y, z = p
    x1 = x * math.cos(a) - y * math.sin(a)
    y1 = x * math.sin(a) + y * math.cos(a)
    return x1, z * math.cos(e) + y1 * math.sin(e), y1 * math.cos(e) - z * math.sin(e)


def _cube_edges():
    v = [(i, j, k) for i in (0, 1) for j in (0, 1) for k in (0, 1)]
    return [(p, q) for p in v for q in v if p < q and sum(abs(p[t] - q[t]) for t in range(3)) == 1]


# ---------------------------------------------------------------------------------------------
# case 1: CsBr, caesium chloride structure, a = 4.29 A (mplot3d, dark, in a notebook)
# ---------------------------------------------------------------------------------------------
TEXT1 = "Caesium bromide has the caesium chloride structure with a = 4.29 Å."

_CODE1 = '''from pymatgen.core import Structure
s = Structure.from_file(CIF)                     # conventional cell from the course's CIF folder
fig = plt.figure(figsize=(7.4, 6.2))
ax = fig.add_subplot(projection="3d", facecolor="#1e1e1e")
for site in with_periodic_images(s):            # corners repeated on the cell faces
    ball(ax, site.coords, 0.45 * IONIC_RADIUS[site.specie], COLOUR[site.specie])
cell_edges(ax, s.lattice)
ax.set_title(f"{s.composition.reduced_formula}  (CsCl type)   a = {s.lattice.a:.2f} Å")'''


def _draw_case1(wrong):
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    a = 4.29
    fig = Figure(figsize=(7.4, 6.2), dpi=100, facecolor="#1e1e1e")
    ax = fig.add_subplot(1, 1, 1, projection="3d", facecolor="#1e1e1e")
    ax.view_init(elev=18, azim=-58)
    ax.set_box_aspect((1, 1, 1))
    for axis in (ax.xaxis, ax.yaxis, ax.zaxis):
        axis.set_pane_color((0.16, 0.16, 0.17, 1.0))
        axis._axinfo["grid"]["color"] = (0.32, 0.32, 0.34, 1.0)
        axis.label.set_color("#cccccc")
        axis.set_tick_params(colors="#aaaaaa", labelsize=9)
    ax.set_xlabel("x (Å)")
    ax.set_ylabel("y (Å)")
    ax.set_zlabel("z (Å)")
    corners = [(i * a, j * a, k * a) for i in (0, 1) for j in (0, 1) for k in (0, 1)]
    centre = [(a / 2, a / 2, a / 2)]
    col = {"Cs": "#b085f5", "Br": "#e0655a"}
    rad = {"Cs": 0.45 * 1.74, "Br": 0.45 * 1.96}  # Shannon ionic radii (CN 8): Cs+ 1.74, Br- 1.96 A
    at_corner, at_centre = "Cs", "Br"
    if wrong == "cs_br_swapped":
        at_corner, at_centre = "Br", "Cs"  # breaks "caesium chloride structure" (Cs 1a at the corners, Br 1b)
    sites = [(p, at_corner) for p in corners]
    if wrong == "br_centre_dropped":
        pass  # breaks "caesium chloride structure" (no Br at the body centre: simple cubic Cs)
    else:
        sites += [(p, at_centre) for p in centre]
    u, v = np.mgrid[0:2 * np.pi:22j, 0:np.pi:14j]
    for (x, y, z), el in sites:
        r = rad[el]
        ax.plot_surface(x + r * np.cos(u) * np.sin(v), y + r * np.sin(u) * np.sin(v), z + r * np.cos(v),
                        color=col[el], shade=True, linewidth=0, antialiased=True)
    for p, q in _cube_edges():
        ax.plot([p[0] * a, q[0] * a], [p[1] * a, q[1] * a], [p[2] * a, q[2] * a], color="#d8d8d8", lw=1.4)
    ax.set_xlim(-0.6, a + 0.6)
    ax.set_ylim(-0.6, a + 0.6)
    ax.set_zlim(-0.6, a + 0.6)
    name = "CsI" if wrong == "named_CsI" else "CsBr"  # breaks "Caesium bromide"
    alab = "4.12" if wrong == "a_label_4.12" else "4.29"  # breaks "a = 4.29 Å"
    ax.set_title(f"{name}  (CsCl type)   a = {alab} Å", color="#eeeeee", fontsize=15, pad=12)
    hand = [Line2D([], [], marker="o", ls="", color=col["Cs"], markersize=12, label="Cs"),
            Line2D([], [], marker="o", ls="", color=col["Br"], markersize=13, label="Br")]
    leg = ax.legend(handles=hand, loc="upper left", frameon=True, fontsize=12, facecolor="#2a2a2a",
                    edgecolor="#555555", labelcolor="#eeeeee")
    return _mpl_img(fig, 100)


def _case1(wrong):
    img = _draw_case1(wrong)
    return _png(_notebook_dark(img, _CODE1, 7, "halides.ipynb", style="monokai", timing="0.9s"))


# ---------------------------------------------------------------------------------------------
# case 2: MgO rock salt, a = 4.21 A: (a) XRD pattern (unrelated panel), (b) the unit cell
# ---------------------------------------------------------------------------------------------
TEXT2 = "Magnesium oxide has the rock-salt structure with a = 4.21 Å."
_XRD = {}


def _xrd_mgo():
    if "p" not in _XRD:
        from pymatgen.analysis.diffraction.xrd import XRDCalculator
        from pymatgen.core import Lattice, Structure
        s = Structure.from_spacegroup("Fm-3m", Lattice.cubic(4.21), ["Mg", "O"], [[0, 0, 0], [0.5, 0.5, 0.5]])
        p = XRDCalculator("CuKa").get_pattern(s, two_theta_range=(20, 90))
        _XRD["p"] = (list(p.x), list(p.y), [h[0]["hkl"] for h in p.hkls])
    return _XRD["p"]


def _draw_case2(wrong):
    import matplotlib.patches as patches
    from matplotlib.figure import Figure
    a = 4.21
    fig = Figure(figsize=(12.0, 5.6), dpi=100, facecolor="white")
    rc = dict(family="DejaVu Serif")
    # (a) the powder pattern, Gaussian peaks of FWHM 0.25 degrees
    ax1 = fig.add_axes([0.065, 0.2, 0.38, 0.68])
    xs, ys, hk = _xrd_mgo()
    tt = np.linspace(20, 90, 3500)
    prof = np.zeros_like(tt)
    for x0, y0 in zip(xs, ys):
        prof += y0 * np.exp(-4 * math.log(2) * ((tt - x0) / 0.25) ** 2)
    ax1.plot(tt, prof, color="#1f3b73", lw=1.3)
    for x0, y0, h in zip(xs, ys, hk):
        ax1.text(x0, y0 + 3, "(" + "".join(str(abs(i)) for i in h) + ")", ha="center", fontsize=10, **rc)
    ax1.set_xlim(20, 90)
    ax1.set_ylim(0, 115)
    ax1.set_xlabel("2θ (degrees)", fontsize=12, **rc)
    ax1.set_ylabel("intensity (a.u.)", fontsize=12, **rc)
    ax1.tick_params(labelsize=10, direction="in", top=True, right=True)
    ax1.set_title("(a)", loc="left", fontsize=14, fontweight="bold", **rc)
    # (b) the conventional cell, orthographic view
    ax2 = fig.add_axes([0.5, 0.04, 0.48, 0.88])
    ax2.set_aspect("equal")
    ax2.axis("off")
    az, el = 24, 17
    fcc = [(0, 0, 0), (0.5, 0.5, 0), (0.5, 0, 0.5), (0, 0.5, 0.5)]
    octa = [(0.5, 0.5, 0.5), (0.5, 0, 0), (0, 0.5, 0), (0, 0, 0.5)]

    def expand(base):
        pts = set()
        for b in base:
            for sh in [(i, j, k) for i in (0, 1) for j in (0, 1) for k in (0, 1)]:
                q = tuple(round(b[t] + sh[t], 3) for t in range(3))
                if all(0 <= c <= 1 for c in q):
                    pts.add(q)
        return sorted(pts)

    mg_sites, o_sites = expand(fcc), expand(octa)  # 14 and 13 sites in the drawn cell
    if wrong == "mg_o_swapped":
        mg_sites, o_sites = o_sites, mg_sites  # breaks "rock-salt structure" (Mg 4a, O 4b swapped)
    if wrong == "edge_oxygens_dropped":
        o_sites = [(0.5, 0.5, 0.5)]  # breaks "rock-salt structure" (O missing from the 12 edge centres)
    col = {"Mg": "#7cb342", "O": "#e53935"}
    rad = {"Mg": 0.42 * 0.72, "O": 0.42 * 1.40}  # Shannon radii (CN 6): Mg2+ 0.72, O2- 1.40 A
    atoms = [(p, "Mg") for p in mg_sites] + [(p, "O") for p in o_sites]
    # nearest-neighbour Mg-O bonds (a/2)
    for p, e1 in atoms:
        for q, e2 in atoms:
            if e1 == "Mg" and e2 == "O" and abs(sum((p[t] - q[t]) ** 2 for t in range(3)) - 0.25) < 1e-6:
                P = _view(tuple(c * a for c in p), az, el)
                Q = _view(tuple(c * a for c in q), az, el)
                ax2.plot([P[0], Q[0]], [P[1], Q[1]], color="#9e9e9e", lw=1.2, zorder=1)
    for p, q in _cube_edges():
        P = _view(tuple(c * a for c in p), az, el)
        Q = _view(tuple(c * a for c in q), az, el)
        ax2.plot([P[0], Q[0]], [P[1], Q[1]], color="#263238", lw=1.6, zorder=2)
    order = sorted(atoms, key=lambda t: -_view(tuple(c * a for c in t[0]), az, el)[2])
    for i, (p, el_) in enumerate(order):
        u, v, _ = _view(tuple(c * a for c in p), az, el)
        r = rad[el_]
        ax2.add_patch(patches.Circle((u, v), r, fc=col[el_], ec="#212121", lw=1.0, zorder=3 + i))
        ax2.add_patch(patches.Circle((u - 0.3 * r, v + 0.3 * r), 0.28 * r, fc="white", ec="none", alpha=0.55,
                                     zorder=3 + i))
    # dimension along the front bottom edge (0,0,0)-(1,0,0), drawn below it
    P = _view((0, 0, 0), az, el)
    Q = _view((a, 0, 0), az, el)
    off = -0.95
    ax2.annotate("", xy=(Q[0], Q[1] + off), xytext=(P[0], P[1] + off),
                 arrowprops=dict(arrowstyle="<|-|>", color="#263238", lw=1.2, shrinkA=0, shrinkB=0))
    alab = "3.95" if wrong == "a_label_3.95" else "4.21"  # breaks "a = 4.21 Å"
    ax2.text((P[0] + Q[0]) / 2, (P[1] + Q[1]) / 2 + off - 0.38, f"a = {alab} Å", ha="center", va="center",
             fontsize=13, **rc)
    us = [_view(tuple(c * a for c in p), az, el) for p, _ in atoms]
    ax2.set_xlim(min(t[0] for t in us) - 1.2, max(t[0] for t in us) + 3.2)
    ax2.set_ylim(min(t[1] for t in us) - 1.6, max(t[1] for t in us) + 0.9)
    lx = max(t[0] for t in us) + 1.0
    ly = max(t[1] for t in us) - 0.4
    for k, e in enumerate(("Mg", "O")):
        ax2.add_patch(patches.Circle((lx, ly - 0.9 * k), rad[e], fc=col[e], ec="#212121", lw=1.0))
        ax2.text(lx + 0.75, ly - 0.9 * k, e, va="center", fontsize=13, **rc)
    name = "CaO" if wrong == "named_CaO" else "MgO"  # breaks "Magnesium oxide"
    ax2.set_title(f"(b)   {name}, rock salt", loc="left", fontsize=14, fontweight="bold", **rc)
    fig.text(0.065, 0.035, "Figure 3.  (a) Simulated X-ray powder pattern (Cu Kα).  (b) Conventional unit cell.",
             fontsize=12, **rc)
    return _mpl_img(fig, 100)


def _case2(wrong):
    return _png(_draw_case2(wrong))


# ---------------------------------------------------------------------------------------------
# case 3: Cd hcp, a = 2.98 A, c = 5.62 A (reportlab -> pdfium, watermarked)
# ---------------------------------------------------------------------------------------------
TEXT3 = "Cadmium is hexagonal close-packed with a = 2.98 Å and c = 5.62 Å."


def _draw_case3(wrong):
    from reportlab.lib.colors import Color, HexColor
    from reportlab.pdfgen import canvas as rl_canvas
    a, c = 2.98, 5.62
    c_draw = a if wrong == "c_drawn_equal_a" else c  # breaks "c = 5.62 Å" (prism drawn with c = a)
    PW, PH = 620, 560
    buf = io.BytesIO()
    cv = rl_canvas.Canvas(buf, pagesize=(PW, PH), invariant=1, pageCompression=0)
    cv.setFillColor(HexColor("#fdfcf8"))
    cv.rect(0, 0, PW, PH, stroke=0, fill=1)
    s = 52.0  # points per angstrom
    ox, oy = 250, 118
    az, el = 17, 16
    hexv = [(a * math.cos(math.radians(60 * k)), a * math.sin(math.radians(60 * k))) for k in range(6)]

    def P(x, y, z):
        u, v, d = _view((x, y, z), az, el)
        return ox + s * u, oy + s * v, d

    # edges of the hexagonal prism: back ones dashed
    edges = []
    for z in (0, c_draw):
        for k in range(6):
            edges.append(((*hexv[k], z), (*hexv[(k + 1) % 6], z)))
    for k in range(6):
        edges.append(((*hexv[k], 0), (*hexv[k], c_draw)))
    def y1(x, y):  # horizontal distance away from the viewer
        t = math.radians(az)
        return x * math.sin(t) + y * math.cos(t)

    for p, q in edges:
        A, B = P(*p), P(*q)
        if p[2] != q[2]:
            back = y1(p[0], p[1]) > 0.5 * a  # vertical edge behind the prism
        else:
            back = p[2] == 0 and y1(p[0], p[1]) + y1(q[0], q[1]) > 0  # rear edges of the bottom hexagon
        cv.setStrokeColor(HexColor("#5d6d7e") if back else HexColor("#1b2631"))
        cv.setLineWidth(1.0 if back else 1.7)
        cv.setDash(4, 3) if back else cv.setDash()
        cv.line(A[0], A[1], B[0], B[1])
    cv.setDash()
    atoms = [(*v, z) for z in (0, c_draw) for v in hexv + [(0.0, 0.0)]]
    if wrong == "mid_layer_dropped":
        pass  # breaks "hexagonal close-packed" (the B layer at c/2 is missing)
    else:
        r3 = a / math.sqrt(3)
        atoms += [(r3 * math.cos(math.radians(t)), r3 * math.sin(math.radians(t)), c_draw / 2) for t in (30, 150, 270)]
    R = 0.36 * s
    for x, y, z in sorted(atoms, key=lambda t: -_view(t, az, el)[2]):
        X, Y, _ = P(x, y, z)
        cv.saveState()
        pth = cv.beginPath()
        pth.circle(X, Y, R)
        cv.clipPath(pth, stroke=0, fill=0)
        cv.radialGradient(X - 0.35 * R, Y + 0.35 * R, 1.35 * R,
                          [HexColor("#f4f6f7"), HexColor("#aab7b8"), HexColor("#4d5656")], [0, 0.45, 1],
                          extend=True)
        cv.restoreState()
        cv.setStrokeColor(HexColor("#2c3e50"))
        cv.setLineWidth(0.8)
        cv.circle(X, Y, R, stroke=1, fill=0)
    # dimension lines: a along the front basal edge, c along the right vertical edge
    cv.setStrokeColor(HexColor("#922b21"))
    cv.setFillColor(HexColor("#922b21"))
    cv.setLineWidth(1.1)
    k0 = min(range(6), key=lambda k: P(*hexv[k], 0)[1] + P(*hexv[(k + 1) % 6], 0)[1])
    A, B = P(*hexv[k0], 0), P(*hexv[(k0 + 1) % 6], 0)
    dy = -34
    cv.line(A[0], A[1] + dy, B[0], B[1] + dy)
    for E in (A, B):
        cv.line(E[0], E[1] - 10, E[0], E[1] + dy - 6)
    cv.setFont("Helvetica", 15)
    cv.drawCentredString((A[0] + B[0]) / 2, (A[1] + B[1]) / 2 + dy - 20, "a = 2.98 Å")
    kr = max(range(6), key=lambda k: P(*hexv[k], 0)[0])
    A, B = P(*hexv[kr], 0), P(*hexv[kr], c_draw)
    dx = 40
    cv.line(A[0] + dx, A[1], B[0] + dx, B[1])
    for E in (A, B):
        cv.line(E[0] + 14, E[1], E[0] + dx + 6, E[1])
    clab = "4.94" if wrong == "c_label_4.94" else "5.62"  # breaks "c = 5.62 Å"
    cv.drawString(A[0] + dx + 10, (A[1] + B[1]) / 2 - 5, f"c = {clab} Å")
    name = "Zinc" if wrong == "named_Zn" else "Cadmium"  # breaks "Cadmium"
    sym = "Zn" if wrong == "named_Zn" else "Cd"
    cv.setFillColor(HexColor("#1b2631"))
    cv.setFont("Helvetica-Bold", 20)
    cv.drawString(30, PH - 42, f"{name} ({sym}), hexagonal close-packed")
    # legend
    lx, ly = 48, PH - 84
    cv.saveState()
    pth = cv.beginPath()
    pth.circle(lx, ly, 11)
    cv.clipPath(pth, stroke=0, fill=0)
    cv.radialGradient(lx - 4, ly + 4, 15, [HexColor("#f4f6f7"), HexColor("#aab7b8"), HexColor("#4d5656")],
                      [0, 0.45, 1], extend=True)
    cv.restoreState()
    cv.setFont("Helvetica", 15)
    cv.drawString(lx + 20, ly - 5, sym)
    cv.showPage()
    cv.save()
    return _pdf_to_img(buf.getvalue(), 2.0)


def _case3(wrong):
    img = _draw_case3(wrong)
    return _png(_watermark(img, "PREVIEW", seed=723, size=86, alpha=58,
                           footer="crystalstock.example  ·  image #30418  ·  licence required"))


def cases():
    return [
        {"id": "h7-crystal-mpl3d-notebook", "text": TEXT1,
         "tool": "matplotlib mplot3d (plot_surface spheres) + pygments notebook frame",
         "style": "dark notebook editor screenshot, dark 3-D axes",
         "draw": _case1,
         "wrongs": ["br_centre_dropped", "cs_br_swapped", "a_label_4.12", "named_CsI"]},
        {"id": "h7-crystal-mpl-multipanel", "text": TEXT2,
         "tool": "matplotlib (two axes) + pymatgen XRDCalculator for panel (a)",
         "style": "two-panel paper figure; the asked figure is panel (b)",
         "draw": _case2,
         "wrongs": ["mg_o_swapped", "edge_oxygens_dropped", "a_label_3.95", "named_CaO"]},
        {"id": "h7-crystal-reportlab-watermark", "text": TEXT3,
         "tool": "reportlab canvas (radialGradient balls) -> pdfium",
         "style": "stock-image preview with a tiled diagonal watermark",
         "draw": _case3,
         "wrongs": ["mid_layer_dropped", "c_drawn_equal_a", "named_Zn", "c_label_4.94"]},
    ]
