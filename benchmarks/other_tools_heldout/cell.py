"""Held-out cell figures drawn by other tools (written without reading nesy's figure readers).

Styles: matplotlib xkcd (seeded sketch), matplotlib pastel with serif labels + leader lines, matplotlib
black-and-white hatching with axes/grid left on and a legend box, matplotlib seaborn-like palette with
labels inside shapes at 200 dpi, raw PIL whiteboard line art (thick marker strokes), raw PIL hairline
sketch with a legend.  Every wrong version carries exactly one error against a fact stated in the text.
"""
from __future__ import annotations

import io
import math

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from matplotlib import patches as mp  # noqa: E402
from PIL import Image, ImageDraw, ImageFont  # noqa: E402

SCIENCE = "cell"
_FONTS = "/usr/share/fonts/truetype/dejavu/"


# ----------------------------------------------------------------------------------------- matplotlib

def _png(fig, dpi) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None})
    plt.close(fig)
    return buf.getvalue()


def _m_cell(ax, c, w, h, st, kind="ellipse"):
    if kind == "rect":
        ax.add_patch(mp.FancyBboxPatch((c[0] - w / 2, c[1] - h / 2), w, h, boxstyle="round,pad=0,rounding_size=0.4",
                                       fc=st["cyto"], ec=st["edge"], lw=st["lw"] * 1.6, hatch=st.get("cell_hatch")))
    else:
        ax.add_patch(mp.Ellipse(c, w, h, fc=st["cyto"], ec=st["edge"], lw=st["lw"] * 1.6,
                                hatch=st.get("cell_hatch")))


def _m_nucleus(ax, c, r, st, nucleolus=False):
    ax.add_patch(mp.Circle(c, r, fc=st["nuc"], ec=st["edge"], lw=st["lw"], hatch=st.get("nuc_hatch")))
    ax.add_patch(mp.Circle(c, r * 0.86, fc="none", ec=st["edge"], lw=st["lw"] * 0.5, ls=(0, (3, 2))))
    if nucleolus:
        _m_nucleolus(ax, (c[0] + r * 0.2, c[1] - r * 0.15), r * 0.3, st)


def _m_nucleolus(ax, c, r, st):
    ax.add_patch(mp.Circle(c, r, fc=st["nucleolus"], ec=st["edge"], lw=st["lw"] * 0.6))


def _m_mito(ax, c, ang, st, L=1.5, H=0.62):
    ax.add_patch(mp.Ellipse(c, L, H, angle=ang, fc=st["mito"], ec=st["edge"], lw=st["lw"]))
    t = np.linspace(-0.36 * L, 0.36 * L, 9)
    y = np.where(np.arange(9) % 2 == 0, -0.2 * H, 0.2 * H)
    a = math.radians(ang)
    xs = c[0] + t * math.cos(a) - y * math.sin(a)
    ys = c[1] + t * math.sin(a) + y * math.cos(a)
    ax.plot(xs, ys, color=st["edge"], lw=st["lw"] * 0.6)


def _m_lyso(ax, c, st, r=0.32):
    ax.add_patch(mp.Circle(c, r, fc=st["lyso"], ec=st["edge"], lw=st["lw"], hatch=st.get("lyso_hatch")))
    for dx, dy in ((-0.1, 0.08), (0.09, 0.05), (0.0, -0.11)):
        ax.add_patch(mp.Circle((c[0] + dx * r / 0.32, c[1] + dy * r / 0.32), r * 0.12, fc=st["edge"], ec="none"))


def _m_ribo(ax, c, st, r=0.1):
    ax.add_patch(mp.Circle(c, r, fc=st["ribo"], ec=st["edge"], lw=st["lw"] * 0.4))


def _m_golgi(ax, c, st, w=1.8):
    for k in range(4):
        arc = mp.Arc((c[0], c[1] - 0.9 + 0.22 * k), w - 0.18 * k, 1.4, theta1=30, theta2=150,
                     ec=st["golgi"], lw=st["lw"] * 2.4)
        ax.add_patch(arc)


def _m_er(ax, c, st):
    for k in range(3):
        t = np.linspace(0, 2.6, 80)
        ax.plot(c[0] + t, c[1] + 0.32 * k + 0.1 * np.sin(t * 7), color=st["er"], lw=st["lw"] * 1.4,
                solid_capstyle="round")


def _fig(w_in, h_in, xlim, ylim, axes_on=False, title=None, font=None):
    fig, ax = plt.subplots(figsize=(w_in, h_in))
    ax.set_xlim(*xlim)
    ax.set_ylim(*ylim)
    ax.set_aspect("equal")
    if not axes_on:
        ax.axis("off")
    if title:
        ax.set_title(title, fontsize=12, family=font or "DejaVu Sans")
    return fig, ax


# case 1 — xkcd ---------------------------------------------------------------------------------------

def _draw_xkcd(wrong):
    np.random.seed(7)
    st = dict(cyto="#fff7e6", edge="black", nuc="#c9b3ff", nucleolus="#4b2a8a", mito="#ffb070", lyso="#ff7b7b",
              lw=2.0)
    with plt.xkcd(scale=1.2, length=90, randomness=2):
        plt.rcParams["font.family"] = "DejaVu Sans"
        plt.rcParams["path.sketch"] = (1.2, 90, 2)
        fig, ax = _fig(6.0, 4.4, (-6.2, 6.2), (-4.4, 4.6), title="animal cell")
        _m_cell(ax, (0, 0), 10.4, 7.4, st)
        nuc_c, nuc_r = (-0.6, 0.3), 1.55
        _m_nucleus(ax, nuc_c, nuc_r, st)
        # fact: the nucleus contains the nucleolus
        if wrong == "nucleolus_outside_nucleus":
            _m_nucleolus(ax, (2.0, -2.2), 0.45, st)
        else:
            _m_nucleolus(ax, (-0.3, 0.1), 0.45, st)
        mitos = [((3.0, 1.6), 25), ((3.4, -0.8), -20), ((-3.6, 1.5), -30), ((-3.3, -1.6), 15)]
        if wrong == "mito_dropped":  # fact: 4 mitochondria
            mitos = mitos[:3]
        if wrong == "mito_outside_cell":  # fact: the mitochondria are in the cell
            mitos[1] = ((5.3, -3.7), 10)
        for c, a in mitos:
            _m_mito(ax, c, a, st)
        lysos = [(0.9, 2.6), (0.4, -2.5), (-1.5, -2.4)]
        if wrong == "lysosome_extra":  # fact: 3 lysosomes
            lysos.append((1.6, 0.1))
        for c in lysos:
            _m_lyso(ax, c, st)
        ax.annotate("nucleus", xy=(-1.6, 1.5), xytext=(-4.6, 3.9), fontsize=10,
                    arrowprops=dict(arrowstyle="-", lw=1))
        ax.annotate("mitochondrion", xy=(3.0, 2.0), xytext=(2.6, 4.1), fontsize=10,
                    arrowprops=dict(arrowstyle="-", lw=1))
        out = _png(fig, 150)
    return out


# case 3 — pastel, serif, leader lines --------------------------------------------------------------

def _draw_two_cells(wrong):
    with plt.rc_context({"font.family": "DejaVu Serif"}):
        return _draw_two_cells_serif(wrong)


def _draw_two_cells_serif(wrong):
    st = dict(cyto="#eaf4fb", edge="#2f4858", nuc="#f6d6e6", nucleolus="#86476b", mito="#c9e4c5", lw=1.2)
    fig, ax = _fig(8.0, 3.6, (-8.5, 8.5), (-3.6, 4.0), title="Two cells", font="DejaVu Serif")
    centres = [(-4.2, 0), (4.2, 0)]
    for c in centres:
        _m_cell(ax, c, 7.6, 5.8, st)
    nuclei = [(-4.9, 0.5), (3.6, -0.3)]
    if wrong == "nucleus_dropped":  # fact: each cell has a nucleus
        nuclei = nuclei[:1]
    for c in nuclei:
        _m_nucleus(ax, c, 1.25, st)
    mitos = [((-2.5, 1.2), 30), ((-3.0, -1.7), -15), ((6.0, 1.1), -25), ((5.6, -1.5), 10)]
    if wrong == "mito_moved_to_other_cell":  # fact: each cell has 2 mitochondria (now 1 and 3)
        mitos[1] = ((3.7, 1.9), 5)
    if wrong == "mito_outside_cells":  # fact: the mitochondria are inside the cells
        mitos[3] = ((0.0, -2.5), 90)
    if wrong == "mito_extra":  # fact: 2 mitochondria per cell
        mitos.append(((-6.4, -1.2), 60))
    for c, a in mitos:
        _m_mito(ax, c, a, st, L=1.6, H=0.7)
    kw = dict(fontsize=10, family="DejaVu Serif", color="#2f4858",
              arrowprops=dict(arrowstyle="-", lw=0.7, color="#2f4858"))
    ax.annotate("nucleus", xy=(-5.8, 1.2), xytext=(-8.2, 3.3), **kw)
    ax.annotate("mitochondrion", xy=(-2.3, 1.5), xytext=(-2.6, 3.4), **kw)
    ax.annotate("plasma membrane", xy=(7.6, 1.8), xytext=(5.0, 3.5), **kw)
    return _png(fig, 110)


# case 4 — bw hatching, axes and grid left on, legend box ------------------------------------------

def _draw_golgi_bw(wrong):
    st = dict(cyto="white", edge="black", nuc="white", nuc_hatch="///", nucleolus="black", ribo="black",
              golgi="black", lw=1.0)
    fig, ax = _fig(5.0, 4.2, (-6, 7), (-5, 5), axes_on=True)
    ax.grid(True, lw=0.3, color="#bbbbbb")
    ax.set_axisbelow(True)
    _m_cell(ax, (0, 0), 10.0, 8.0, st)
    nuclei = [(-1.5, 0.8)]
    if wrong == "nucleus_dropped":  # fact: a nucleus
        nuclei = []
    for c in nuclei:
        _m_nucleus(ax, c, 1.7, st)
    golgi = (2.3, -0.6)
    if wrong == "golgi_outside_cell":  # fact: the Golgi apparatus is in the cell
        golgi = (5.7, 3.9)
    _m_golgi(ax, golgi, st)
    ribos = [(-3.8, -1.5), (-2.4, -2.6), (-0.4, -2.9), (1.5, 2.6), (3.2, 1.6), (-3.7, 2.2)]
    if wrong == "ribosome_dropped":  # fact: 6 ribosomes
        ribos = ribos[:5]
    if wrong == "ribosome_extra":
        ribos.append((0.9, -3.3))
    for c in ribos:
        _m_ribo(ax, c, st, r=0.16)
    h = [mp.Patch(fc="white", ec="black", hatch="///", label="nucleus"),
         plt.Line2D([], [], color="black", lw=2.4, label="Golgi apparatus"),
         plt.Line2D([], [], marker="o", ls="", color="black", ms=4, label="ribosome")]
    ax.legend(handles=h, loc="lower right", fontsize=7, prop={"family": "DejaVu Sans Mono", "size": 7},
              frameon=True, edgecolor="black")
    return _png(fig, 96)


# case 6 — seaborn-like palette, labels inside shapes, 200 dpi ------------------------------------------

def _draw_er(wrong):
    st = dict(cyto="#e8eef7", edge="#333344", nuc="#8da0cb", nucleolus="#3b4a7a", ribo="#e78ac3", er="#66c2a5",
              lw=2.6)
    fig, ax = _fig(7.5, 5.2, (-6.3, 6.3), (-4.4, 4.4))
    _m_cell(ax, (0, 0), 11.2, 8.0, st)
    nuclei = [(-2.2, 0.4)]
    if wrong == "nucleus_duplicated":  # fact: a (single) nucleus
        nuclei.append((-2.9, -2.2))
    for k, c in enumerate(nuclei):
        _m_nucleus(ax, c, 1.6 if k == 0 else 1.0, st)
        ax.text(c[0], c[1], "nucleus", ha="center", va="center", fontsize=11, color="white", weight="bold")
    if wrong != "er_dropped":  # fact: a rough ER
        _m_er(ax, (0.3, 0.9), st)
        ax.text(1.6, 2.2, "rough ER", ha="center", fontsize=11, color="#1b7a5a")
    ribos = [(1.0, -1.4), (2.2, -0.8), (3.6, -1.6), (-0.8, -2.6), (4.2, 0.6)]
    if wrong == "ribosome_dropped":  # fact: 5 ribosomes
        ribos = ribos[:4]
    if wrong == "ribosome_outside_cell":  # fact: the ribosomes are in the cell
        ribos[4] = (6.0, 3.6)
    for c in ribos:
        _m_ribo(ax, c, st, r=0.17)
    return _png(fig, 200)


# ---------------------------------------------------------------------------------------------- PIL

def _font(size, name="DejaVuSans.ttf"):
    return ImageFont.truetype(_FONTS + name, size)


def _pil_png(im) -> bytes:
    buf = io.BytesIO()
    im.save(buf, format="PNG")
    return buf.getvalue()


def _p_ellipse(d, c, rx, ry, **kw):
    d.ellipse([c[0] - rx, c[1] - ry, c[0] + rx, c[1] + ry], **kw)


def _p_mito(d, c, ang, col, w):
    L, H = 46, 19
    pts = []
    for k in range(40):
        t = 2 * math.pi * k / 40
        x, y = L * math.cos(t), H * math.sin(t)
        a = math.radians(ang)
        pts.append((c[0] + x * math.cos(a) - y * math.sin(a), c[1] + x * math.sin(a) + y * math.cos(a)))
    d.polygon(pts, outline=col, fill=None, width=w)


# case 2 — whiteboard marker line art, plant cell -----------------------------------------------------

def _draw_plant_whiteboard(wrong):
    W, H = 1000, 640
    im = Image.new("RGB", (W, H), "#fbfbf8")
    d = ImageDraw.Draw(im)
    blk, grn, blu, red = "#1a1a1a", "#1f8a3a", "#1d4fa8", "#b3261e"
    d.text((30, 18), "plant cell", fill=blk, font=_font(30, "DejaVuSans-Bold.ttf"))
    # cell wall + membrane (rounded rectangle, double line)
    d.rounded_rectangle([80, 80, 820, 600], radius=30, outline=blk, width=7)
    d.rounded_rectangle([96, 96, 804, 584], radius=24, outline=blk, width=3)
    if wrong != "vacuole_dropped":  # fact: a central vacuole
        d.rounded_rectangle([320, 170, 640, 470], radius=70, outline=blu, width=6)
        d.text((405, 300), "vacuole", fill=blu, font=_font(26))
    nuc = (205, 200)
    if wrong == "nucleus_outside_cell":  # fact: the cell contains the nucleus
        nuc = (915, 330)
    _p_ellipse(d, nuc, 62, 62, outline=blk, width=6)
    _p_ellipse(d, (nuc[0] + 12, nuc[1] + 8), 20, 20, fill=blk)  # nucleolus, inside the nucleus
    chl = [(200, 470), (720, 200), (720, 460)]
    if wrong == "chloroplast_dropped":  # fact: 3 chloroplasts
        chl = chl[:2]
    if wrong == "chloroplast_extra":
        chl.append((470, 540))
    for c in chl:
        _p_ellipse(d, c, 62, 32, outline=grn, width=6)
        for k in (-28, -10, 8, 26):
            d.line([(c[0] + k, c[1] - 14), (c[0] + k, c[1] + 14)], fill=grn, width=5)
    return _pil_png(im)


# case 5 — hairline sketch with a legend, small ---------------------------------------------------------

def _draw_hairline(wrong):
    W, H = 440, 330
    im = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(im)
    ink = "#202020"
    _p_ellipse(d, (180, 170), 160, 125, outline=ink, width=1)
    _p_ellipse(d, (150, 160), 44, 44, outline=ink, width=1)
    _p_ellipse(d, (150, 160), 38, 38, outline="#777777", width=1)
    lysos = [(250, 95), (95, 245)]
    perox = [(255, 215), (215, 265), (290, 150)]
    if wrong == "peroxisome_dropped":  # fact: 3 peroxisomes
        perox = perox[:2]
    if wrong == "lysosome_extra":  # fact: 2 lysosomes
        lysos.append((75, 120))
    if wrong == "lysosome_outside_cell":  # fact: the lysosomes are in the cell
        lysos[1] = (30, 310)
    for c in lysos:
        _p_ellipse(d, c, 13, 13, outline=ink, width=1, fill="#f2b8b8")
        for dx, dy in ((-4, -3), (4, -1), (0, 5)):
            d.point((c[0] + dx, c[1] + dy), fill=ink)
    for c in perox:
        _p_ellipse(d, c, 12, 12, outline=ink, width=1, fill="#cfe8cf")
        d.rectangle([c[0] - 4, c[1] - 4, c[0] + 4, c[1] + 4], outline=ink, width=1)
    f = _font(11, "DejaVuSansMono.ttf")
    d.rectangle([352, 10, 436, 92], outline=ink, width=1)
    d.text((358, 14), "legend", fill=ink, font=f)
    _p_ellipse(d, (368, 42), 8, 8, outline=ink, width=1, fill="#f2b8b8")
    d.text((380, 36), "lyso.", fill=ink, font=f)
    _p_ellipse(d, (368, 70), 8, 8, outline=ink, width=1, fill="#cfe8cf")
    d.rectangle([365, 67, 371, 73], outline=ink, width=1)
    d.text((380, 64), "perox.", fill=ink, font=f)
    d.text((128, 153), "N", fill=ink, font=_font(13))
    return _pil_png(im)


def cases() -> list[dict]:
    return [
        {"id": "ho-cell-xkcd", "tool": "matplotlib", "style": "xkcd",
         "text": "An animal cell containing a nucleus with a nucleolus, 4 mitochondria and 3 lysosomes.",
         "draw": _draw_xkcd,
         "wrongs": ["mito_dropped", "lysosome_extra", "nucleolus_outside_nucleus", "mito_outside_cell"]},
        {"id": "ho-cell-whiteboard", "tool": "PIL", "style": "whiteboard",
         "text": "A plant cell with a central vacuole, 3 chloroplasts and a nucleus that contains a nucleolus.",
         "draw": _draw_plant_whiteboard,
         "wrongs": ["chloroplast_dropped", "chloroplast_extra", "nucleus_outside_cell", "vacuole_dropped"]},
        {"id": "ho-cell-two-pastel", "tool": "matplotlib", "style": "pastel-serif-leaders",
         "text": "Two cells, each with a nucleus and 2 mitochondria.",
         "draw": _draw_two_cells,
         "wrongs": ["nucleus_dropped", "mito_moved_to_other_cell", "mito_outside_cells", "mito_extra"]},
        {"id": "ho-cell-bw-grid", "tool": "matplotlib", "style": "bw-hatch-axes-legend",
         "text": "One cell containing 6 ribosomes, a Golgi apparatus and a nucleus.",
         "draw": _draw_golgi_bw,
         "wrongs": ["ribosome_dropped", "ribosome_extra", "golgi_outside_cell", "nucleus_dropped"]},
        {"id": "ho-cell-hairline", "tool": "PIL", "style": "hairline-legend",
         "text": "A cell with a nucleus, 2 lysosomes and 3 peroxisomes.",
         "draw": _draw_hairline,
         "wrongs": ["peroxisome_dropped", "lysosome_extra", "lysosome_outside_cell"]},
        {"id": "ho-cell-seaborn", "tool": "matplotlib", "style": "seaborn-palette-inside-labels",
         "text": "An animal cell with a nucleus, a rough ER and 5 ribosomes.",
         "draw": _draw_er,
         "wrongs": ["ribosome_dropped", "er_dropped", "ribosome_outside_cell", "nucleus_duplicated"]},
    ]
