"""Held-out set 11, geometry: constructions drawn in the manner of Mathematica, an Excel / LibreOffice XY
chart and Bokeh.

Written by an outside helper without reading how nesy reads figures. Drawn with matplotlib's object API
(Agg) using rc settings that imitate each program's default look; Mathematica, Excel, LibreOffice and Bokeh
were not run. All lengths in centimetres on equal axes.
"""

# ---- helpers (shared by the nine modules of set 11; the same block in each) ----
import io
import math
import shutil
import struct
import subprocess

import numpy as np
from PIL import Image

_KEEP_CHUNKS = (b"IHDR", b"IDAT", b"IEND")


def strip_png(data):
    """Keep only the IHDR, IDAT and IEND chunks of a PNG (no text, time or pHYs chunks)."""
    out, pos = [data[:8]], 8
    while pos < len(data):
        n = struct.unpack(">I", data[pos:pos + 4])[0]
        if data[pos + 4:pos + 8] in _KEEP_CHUNKS:
            out.append(data[pos:pos + 12 + n])
        pos += 12 + n
    return b"".join(out)


def png_bytes(img):
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "PNG", compress_level=6)
    return strip_png(buf.getvalue())


def num(v, nd=1, comma=False):
    s = f"{v:.{nd}f}"
    return s.replace(".", ",") if comma else s


def thin(n):
    """Thousands separated by a thin space (U+2009), e.g. 1 000."""
    s = f"{int(round(n)):,}"
    return s.replace(",", "\u2009")


# rc dictionaries imitating the default looks of plotting programs (all drawn by matplotlib's Agg)
_SANS = ["Liberation Sans", "DejaVu Sans"]
STYLES = {
    # ggplot2 theme_grey: grey panel, white major+minor grid, no axis lines, grey20 ticks
    "ggplot": {"axes.facecolor": "#EBEBEB", "axes.edgecolor": "#EBEBEB", "axes.grid": True,
               "grid.color": "white", "grid.linewidth": 1.1, "axes.axisbelow": True,
               "xtick.color": "#333333", "ytick.color": "#333333", "xtick.labelcolor": "#4D4D4D",
               "ytick.labelcolor": "#4D4D4D", "xtick.major.size": 2.75, "ytick.major.size": 2.75,
               "font.family": "sans-serif", "font.sans-serif": _SANS, "font.size": 11,
               "axes.labelcolor": "black", "axes.titlelocation": "left", "axes.titlesize": 13,
               "legend.frameon": False, "figure.facecolor": "white", "mathtext.default": "regular",
               "axes.prop_cycle": "cycler('color', ['#F8766D', '#7CAE00', '#00BFC4', '#C77CFF'])"},
    # MATLAB classic: grey figure, white axes box, ticks inside on four sides, Helvetica-like
    "matlab": {"figure.facecolor": "#F0F0F0", "axes.facecolor": "white", "axes.edgecolor": "#262626",
               "axes.linewidth": 0.6, "xtick.direction": "in", "ytick.direction": "in",
               "xtick.top": True, "ytick.right": True, "xtick.color": "#262626",
               "ytick.color": "#262626", "font.family": "sans-serif", "font.sans-serif": _SANS,
               "font.size": 10, "axes.titleweight": "bold", "axes.titlesize": 11, "axes.grid": False,
               "legend.fancybox": False, "legend.edgecolor": "#262626", "legend.framealpha": 1,
               "mathtext.default": "regular",
               "axes.prop_cycle": "cycler('color', ['#0072BD', '#D95319', '#EDB120', '#7E2F8E', "
                                  "'#77AC30', '#4DBEEE', '#A2142F'])"},
    # plotly default template: light grey-blue plot area, white grid, no ticks, #2a3f5f text
    "plotly": {"axes.facecolor": "#E5ECF6", "axes.edgecolor": "#E5ECF6", "axes.grid": True,
               "grid.color": "white", "grid.linewidth": 1.0, "axes.axisbelow": True,
               "xtick.major.size": 0, "ytick.major.size": 0, "xtick.color": "#2a3f5f",
               "ytick.color": "#2a3f5f", "axes.labelcolor": "#2a3f5f", "text.color": "#2a3f5f",
               "font.family": "sans-serif", "font.sans-serif": ["DejaVu Sans"], "font.size": 11,
               "axes.titlelocation": "left", "axes.titlesize": 15, "legend.frameon": False,
               "axes.prop_cycle": "cycler('color', ['#636EFA', '#EF553B', '#00CC96', '#AB63FA', "
                                  "'#FFA15A', '#19D3F3', '#FF6692'])"},
    # gnuplot (pngcairo defaults): black border, ticks in and mirrored, purple/green/blue/orange
    "gnuplot": {"axes.edgecolor": "black", "axes.linewidth": 1.0, "xtick.direction": "in",
                "ytick.direction": "in", "xtick.top": True, "ytick.right": True,
                "xtick.major.size": 6, "ytick.major.size": 6, "font.family": "sans-serif",
                "font.sans-serif": ["DejaVu Sans"], "font.size": 11, "legend.frameon": False,
                "axes.titlesize": 12, "lines.linewidth": 1.0,
                "axes.prop_cycle": "cycler('color', ['#9400D3', '#009E73', '#56B4E9', '#E69F00', "
                                   "'#F0E442', '#0072B2', '#E51E10'])"},
    # seaborn darkgrid: #EAEAF2 panel, white grid, no spines, 'deep' palette
    "seaborn": {"axes.facecolor": "#EAEAF2", "axes.edgecolor": "white", "axes.grid": True,
                "grid.color": "white", "axes.axisbelow": True, "xtick.major.size": 0,
                "ytick.major.size": 0, "xtick.color": "#262626", "ytick.color": "#262626",
                "axes.labelcolor": "#262626", "text.color": "#262626", "font.family": "sans-serif",
                "font.sans-serif": ["DejaVu Sans"], "font.size": 12, "legend.frameon": True,
                "legend.facecolor": "#EAEAF2", "legend.edgecolor": "#EAEAF2",
                "axes.prop_cycle": "cycler('color', ['#4C72B0', '#DD8452', '#55A868', '#C44E52', "
                                   "'#8172B3', '#937860'])"},
    # Excel / LibreOffice Calc chart: light horizontal gridlines, grey labels, Office colours
    "excel": {"axes.edgecolor": "#BFBFBF", "axes.linewidth": 0.75, "axes.grid": True,
              "grid.color": "#D9D9D9", "grid.linewidth": 0.75, "axes.axisbelow": True,
              "xtick.major.size": 0, "ytick.major.size": 0, "xtick.color": "#595959",
              "ytick.color": "#595959", "axes.labelcolor": "#595959", "text.color": "#595959",
              "font.family": "sans-serif", "font.sans-serif": _SANS, "font.size": 10,
              "axes.titlesize": 14, "legend.frameon": False,
              "axes.prop_cycle": "cycler('color', ['#4472C4', '#ED7D31', '#A5A5A5', '#FFC000', "
                                 "'#5B9BD5', '#70AD47'])"},
    # Bokeh: white, #E5E5E5 grid and outline, black axis lines with outward ticks, Category10
    "bokeh": {"axes.edgecolor": "#E5E5E5", "axes.grid": True, "grid.color": "#E5E5E5",
              "axes.axisbelow": True, "xtick.direction": "out", "ytick.direction": "out",
              "xtick.major.size": 6, "ytick.major.size": 6, "xtick.color": "black",
              "ytick.color": "black", "xtick.labelcolor": "#444444", "ytick.labelcolor": "#444444",
              "font.family": "sans-serif", "font.sans-serif": _SANS, "font.size": 11,
              "axes.titlesize": 13, "axes.titleweight": "bold", "axes.titlelocation": "left",
              "legend.fancybox": False, "legend.edgecolor": "#E5E5E5",
              "axes.prop_cycle": "cycler('color', ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', "
                                 "'#9467bd', '#8c564b'])"},
    # Vega-Lite: #ddd grid, #888 domain and ticks, bold 11 px titles, tableau10
    "vega": {"axes.edgecolor": "#888888", "axes.linewidth": 1.0, "axes.grid": True,
             "grid.color": "#DDDDDD", "grid.linewidth": 0.8, "axes.axisbelow": True,
             "xtick.color": "#888888", "ytick.color": "#888888", "xtick.labelcolor": "black",
             "ytick.labelcolor": "black", "xtick.major.size": 5, "ytick.major.size": 5,
             "font.family": "sans-serif", "font.sans-serif": ["DejaVu Sans"], "font.size": 10,
             "axes.labelweight": "bold", "axes.titleweight": "bold", "axes.titlesize": 13,
             "legend.frameon": False,
             "axes.prop_cycle": "cycler('color', ['#4c78a8', '#f58518', '#e45756', '#72b7b2', "
                                "'#54a24b', '#eeca3b', '#b279a2'])"},
    # Mathematica: axes through the origin in grey, small ticks, ColorData[97]
    "mathematica": {"axes.edgecolor": "#8C8C8C", "axes.linewidth": 0.8, "xtick.color": "#8C8C8C",
                    "ytick.color": "#8C8C8C", "xtick.labelcolor": "#505050",
                    "ytick.labelcolor": "#505050", "xtick.major.size": 4, "ytick.major.size": 4,
                    "xtick.direction": "inout", "ytick.direction": "inout",
                    "font.family": "sans-serif", "font.sans-serif": ["DejaVu Sans"],
                    "font.size": 10, "axes.grid": False,
                    "axes.prop_cycle": "cycler('color', ['#5E81B5', '#E19C24', '#8FB032', "
                                       "'#EB6235', '#8778B3', '#C56E1A'])"},
    # Origin-like: thick black frame on four sides, ticks in, Arial-like, bold key frame
    "origin": {"axes.edgecolor": "black", "axes.linewidth": 1.5, "xtick.direction": "in",
               "ytick.direction": "in", "xtick.top": True, "ytick.right": True,
               "xtick.major.size": 7, "ytick.major.size": 7, "xtick.major.width": 1.5,
               "ytick.major.width": 1.5, "xtick.minor.visible": True, "ytick.minor.visible": True,
               "xtick.minor.size": 4, "ytick.minor.size": 4, "xtick.minor.top": True,
               "ytick.minor.right": True, "font.family": "sans-serif", "font.sans-serif": _SANS,
               "font.size": 13, "axes.labelsize": 14, "legend.fancybox": False,
               "legend.edgecolor": "black", "legend.framealpha": 1, "mathtext.default": "regular",
               "axes.prop_cycle": "cycler('color', ['#000000', '#FF0000', '#0000FF', '#008000', "
                                  "'#FF00FF', '#808000', '#000080'])"},
    "plain": {"font.family": "sans-serif", "font.sans-serif": ["DejaVu Sans"], "font.size": 11},
}


def _rc(style):
    from cycler import cycler  # noqa: F401  (used by the eval below)
    rc = dict(STYLES[style])
    if "axes.prop_cycle" in rc:
        rc["axes.prop_cycle"] = eval(rc["axes.prop_cycle"])
    rc.setdefault("figure.facecolor", "white")
    rc["svg.hashsalt"] = "h11"
    return rc


def render(style, w, h, build, dpi=100):
    """Draw with matplotlib's object API (no pyplot, rcParams restored) and return PNG bytes, w x h px."""
    import matplotlib
    from matplotlib.figure import Figure
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    with matplotlib.rc_context(_rc(style)):
        fig = Figure(figsize=(w / dpi, h / dpi), dpi=dpi)
        FigureCanvasAgg(fig)
        build(fig)
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None})
    img = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
    if img.size != (w, h):
        img = img.resize((w, h), Image.LANCZOS)
    return png_bytes(img)


def caption(fig, text, y=0.012, size=11, color="black", style="normal"):
    fig.text(0.5, y, text, ha="center", va="bottom", fontsize=size, color=color, fontstyle=style)


def panel_letter(fig, letter, x=0.012, y=0.985, size=14):
    fig.text(x, y, letter, ha="left", va="top", fontsize=size, fontweight="bold", color="black")


def arrow(ax, p0, p1, color="black", lw=2.0, head=14, z=5, style="-|>"):
    ax.annotate("", xy=p1, xytext=p0, zorder=z,
                arrowprops=dict(arrowstyle=style, color=color, lw=lw, mutation_scale=head,
                                shrinkA=0, shrinkB=0))


def rot_text(ax, p0, p1, s, off=0.3, size=11, color="black", z=6, **kw):
    """A label centred beside the segment p0-p1, rotated along it (reading left to right)."""
    (x0, y0), (x1, y1) = p0, p1
    ang = math.degrees(math.atan2(y1 - y0, x1 - x0))
    if ang > 90:
        ang -= 180
    if ang < -90:
        ang += 180
    dx, dy = x1 - x0, y1 - y0
    L = math.hypot(dx, dy) or 1.0
    nx, ny = -dy / L, dx / L
    mx, my = (x0 + x1) / 2 + nx * off, (y0 + y1) / 2 + ny * off
    ax.text(mx, my, s, rotation=ang, rotation_mode="anchor", ha="center", va="center",
            fontsize=size, color=color, zorder=z, **kw)


def sphere_rgba(color, n=96, light=(-0.45, 0.5), spec=0.55, tint=None):
    """An n x n RGBA image of a lit ball (Lambert + Phong), transparent outside the disc."""
    c = np.array([int(color[i:i + 2], 16) for i in (1, 3, 5)], float) / 255.0
    y, x = np.mgrid[1:-1:n * 1j, -1:1:n * 1j]
    r2 = x * x + y * y
    z = np.sqrt(np.clip(1 - r2, 0, 1))
    L = np.array([light[0], light[1], 0.75])
    L /= np.linalg.norm(L)
    lam = np.clip(x * L[0] + y * L[1] + z * L[2], 0, 1)
    rgb = c[None, None, :] * (0.28 + 0.72 * lam[..., None])
    if tint is not None:
        t = np.array([int(tint[i:i + 2], 16) for i in (1, 3, 5)], float) / 255.0
        rgb = rgb * 0.85 + 0.15 * t[None, None, :] * lam[..., None]
    hx = 2 * lam * z - L[2]
    sp = np.clip(hx, 0, 1) ** 24 * spec
    rgb = np.clip(rgb + sp[..., None], 0, 1)
    a = np.clip((1 - np.sqrt(r2)) * n / 2.0, 0, 1)
    return np.dstack([rgb, a])


def ball(ax, x, y, r, color, z=3, **kw):
    ax.imshow(sphere_rgba(color, **kw), extent=(x - r, x + r, y - r, y + r), zorder=z,
              interpolation="bilinear", origin="upper")


def proj_matrix(az_deg, el_deg):
    """Orthographic view (MATLAB's view(az, el) convention): returns (right, up, towards-viewer)."""
    az, el = math.radians(az_deg), math.radians(el_deg)
    right = np.array([math.cos(az), math.sin(az), 0.0])
    view = np.array([math.sin(az) * math.cos(el), -math.cos(az) * math.cos(el), math.sin(el)])
    up = np.cross(view, right)
    return right, up, view


def bezier(p0, c, p1, n=40):
    t = np.linspace(0, 1, n)[:, None]
    p0, c, p1 = np.asarray(p0, float), np.asarray(c, float), np.asarray(p1, float)
    return (1 - t) ** 2 * p0 + 2 * (1 - t) * t * c + t * t * p1


def head(ax, tip, direction, size, color, z=4, width=0.55):
    d = np.asarray(direction, float)
    d /= (np.linalg.norm(d) or 1.0)
    n = np.array([-d[1], d[0]])
    tip = np.asarray(tip, float)
    base = tip - d * size
    pts = [tip, base + n * size * width / 2, base - n * size * width / 2]
    from matplotlib.patches import Polygon
    ax.add_patch(Polygon(pts, closed=True, fc=color, ec=color, lw=0.5, zorder=z))


def edge(ax, p, q, r_p, r_q, bend=0.0, color="black", lw=1.4, hs=0.28, z=3):
    """Curved transition p -> q between state circles; returns the label anchor point and normal."""
    p, q = np.asarray(p, float), np.asarray(q, float)
    m = (p + q) / 2
    d = q - p
    L = np.linalg.norm(d)
    nrm = np.array([-d[1], d[0]]) / L
    c = m + nrm * bend * L
    u0 = (c - p) / np.linalg.norm(c - p)
    u1 = (c - q) / np.linalg.norm(c - q)
    a, b = p + u0 * r_p, q + u1 * (r_q + hs * 0.9)
    pts = bezier(a, c, b)
    ax.plot(pts[:, 0], pts[:, 1], color=color, lw=lw, zorder=z, solid_capstyle="butt")
    head(ax, q + u1 * r_q, -u1, hs, color, z=z + 1)
    mid = bezier(a, c, b, 3)[1]
    return mid, (nrm if bend >= 0 else -nrm)


def loop(ax, p, r, ang_deg=90, color="black", lw=1.4, hs=0.28, z=3):
    """Self-loop on a state circle at angle ang_deg; returns the label anchor (outside the loop)."""
    p = np.asarray(p, float)
    a = math.radians(ang_deg)
    u = np.array([math.cos(a), math.sin(a)])
    lc = p + u * r * 1.35
    lr = r * 0.62
    t = np.linspace(0, 2 * math.pi, 200)
    pts = lc[None, :] + lr * np.stack([np.cos(t), np.sin(t)], 1)
    keep = np.linalg.norm(pts - p[None, :], axis=1) > r
    idx = np.where(keep)[0]
    # order the kept points as one continuous arc
    k = np.argmin(keep)
    order = [(k + i) % len(t) for i in range(len(t))]
    arc = np.array([pts[i] for i in order if keep[i]])
    ax.plot(arc[:-6, 0], arc[:-6, 1], color=color, lw=lw, zorder=z)
    end = arc[-1]
    dirv = end - arc[-7]
    head(ax, end, dirv, hs, color, z=z + 1)
    del idx
    return p + u * (r * 1.35 + lr + 0.22)


def have_dot():
    return shutil.which("dot") is not None


def run_dot(src, fmt="png"):
    return subprocess.run(["dot", "-T" + fmt], input=src.encode(), capture_output=True,
                          check=True, timeout=60).stdout
# ---- end of helpers ----

from matplotlib.patches import Polygon, Rectangle, Circle

SCIENCE = "geometry"


def _bokeh_toolbar(fig, x=0.955):
    ax = fig.add_axes([x - 0.012, 0.45, 0.03, 0.45])
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 10)
    ax.axis("off")
    ax.add_patch(Polygon([[0.2, 9.2], [0.5, 9.8], [0.8, 9.2], [0.5, 8.6]], fc="#1f77b4", ec="none"))
    ax.add_patch(Polygon([[0.5, 9.8], [0.8, 9.2], [0.5, 9.2]], fc="#ff7f0e", ec="none"))
    for i in range(5):
        yy = 7.4 - i * 1.5
        ax.add_patch(Rectangle((0.22, yy - 0.35), 0.56, 0.7, fc="none", ec="#666", lw=1.0,
                               ls="--" if i == 1 else "-"))
        if i in (0, 2):
            ax.plot([0.05, 0.95], [yy - 0.7, yy - 0.7], color="#26aae1", lw=1.0)


def _draw_mathematica(wrong):
    L = np.array([1.0, 1.0])
    K = L + [0.0, 3.0]
    M = L + [4.0, 0.0]
    names = {"K": "K", "L": "L", "M": "M"}
    kl_lab = "3 cm"
    right_mark = True
    if wrong == "lm_drawn_6":  # breaks "LM = 4 cm" (drawn 6 cm, label kept)
        M = L + [6.0, 0.0]
    if wrong == "kl_label_5":  # breaks "KL = 3 cm"
        kl_lab = "5 cm"
    if wrong == "k_m_swapped":  # breaks "KL = 3 cm and LM = 4 cm" (K and M exchanged)
        names = {"K": "M", "L": "L", "M": "K"}
    if wrong == "angle_L_110":  # breaks "the right angle at L" (drawn 110 degrees)
        a = math.radians(110)
        K = L + 3.0 * np.array([math.cos(a), math.sin(a)])
        right_mark = False

    def build(fig):
        ax = fig.add_axes([0.08, 0.08, 0.86, 0.86])
        ax.set_xlim(-0.6, 7.6)
        ax.set_ylim(-0.4, 5.2)
        ax.set_aspect("equal")
        for s in ("top", "right"):
            ax.spines[s].set_visible(False)
        ax.spines["left"].set_position(("data", 0))
        ax.spines["bottom"].set_position(("data", 0))
        ax.set_xticks(range(0, 8))
        ax.set_yticks(range(0, 6))
        ax.add_patch(Polygon([K, L, M], closed=True, fc="#5E81B5", alpha=0.22, ec="none"))
        ax.add_patch(Polygon([K, L, M], closed=True, fc="none", ec="#5E81B5", lw=2.0))
        if right_mark:
            q = 0.35
            ax.plot([L[0] + q, L[0] + q, L[0]], [L[1], L[1] + q, L[1] + q], color="#404040", lw=1.0)
        for key, p, off in (("K", K, (-0.25, 0.15)), ("L", L, (-0.3, -0.35)), ("M", M, (0.15, -0.35))):
            ax.plot([p[0]], [p[1]], "o", color="black", ms=6, zorder=5)
            ax.text(p[0] + off[0], p[1] + off[1], names[key], fontsize=16, fontstyle="italic",
                    fontfamily="DejaVu Serif")
        rot_text(ax, L, K, kl_lab, off=0.28 if K[0] <= L[0] + 1e-9 and wrong != "angle_L_110" else 0.3,
                 size=13, color="#303030")
        rot_text(ax, L, M, "4 cm", off=-0.28, size=13, color="#303030")

    return render("mathematica", 900, 800, build)


def _draw_excel(wrong):
    D = np.array([1.0, 1.0])
    E = D + [6.5, 0.0]
    xF = (6.5 ** 2 + 4.5 ** 2 - 5 ** 2) / (2 * 6.5)
    F = D + [xF, math.sqrt(4.5 ** 2 - xF ** 2)]
    labs = {"DE": "6,5 cm", "EF": "5 cm", "DF": "4,5 cm"}
    names = {"D": "D", "E": "E", "F": "F"}
    if wrong == "df_drawn_6":  # breaks "DF = 4.5 cm" (drawn 6 cm, label kept)
        x6 = (6.5 ** 2 + 6 ** 2 - 5 ** 2) / (2 * 6.5)
        F = D + [x6, math.sqrt(36 - x6 ** 2)]
    if wrong == "ef_label_5.5":  # breaks "EF = 5 cm"
        labs["EF"] = "5,5 cm"
    if wrong == "e_f_swapped":  # breaks "DE = 6.5 cm ... DF = 4.5 cm" (E and F exchanged)
        names = {"D": "D", "E": "F", "F": "E"}
    if wrong == "de_label_5.6":  # breaks "DE = 6.5 cm"
        labs["DE"] = "5,6 cm"

    def build(fig):
        fig.add_artist(Rectangle((0.003, 0.003), 0.994, 0.994, transform=fig.transFigure, fc="none",
                                 ec="#D9D9D9", lw=1.0))
        ax = fig.add_axes([0.1, 0.17, 0.84, 0.7])
        ax.set_xlim(0, 9)
        ax.set_ylim(0, 6)
        ax.set_aspect("equal")
        ax.grid(True, axis="both")
        for s in ("top", "right"):
            ax.spines[s].set_visible(False)
        P = np.array([D, E, F, D])
        ax.plot(P[:, 0], P[:, 1], color="#4472C4", lw=2.25, marker="o", ms=8, label="triangle DEF")
        for key, p, off in (("D", D, (-0.35, -0.35)), ("E", E, (0.15, -0.35)), ("F", F, (-0.1, 0.2))):
            ax.text(p[0] + off[0], p[1] + off[1], names[key], fontsize=13, color="#404040")

        def callout(p, q, txt, to):
            m = (np.asarray(p) + np.asarray(q)) / 2
            ax.annotate(txt, xy=m, xytext=to, fontsize=11, color="#404040", ha="center", va="center",
                        bbox=dict(boxstyle="round,pad=0.35", fc="white", ec="#A5A5A5", lw=0.8),
                        arrowprops=dict(arrowstyle="-", color="#A5A5A5", lw=0.9, shrinkA=0, shrinkB=0))
        callout(D, E, labs["DE"], (4.25, 0.45))
        callout(E, F, labs["EF"], (7.3, 4.2))
        callout(D, F, labs["DF"], (1.0, 4.2))
        ax.set_xlabel("x [cm]")
        ax.set_ylabel("y [cm]")
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.1), frameon=False)
        fig.text(0.5, 0.92, "Triangle", ha="center", fontsize=14, color="#595959")

    return render("excel", 1000, 750, build)


def _draw_bokeh(wrong):
    s = 4.0
    R = s / (2 * math.sin(math.radians(36)))  # circumradius 3.40 cm
    angs = [234, 306, 18, 90, 162]  # A, B, C, D, E (counter-clockwise, AB at the bottom)
    V = {k: np.array([R * math.cos(math.radians(a)), R * math.sin(math.radians(a))]) for k, a in zip("ABCDE", angs)}
    names = {k: k for k in "ABCDE"}
    side_lab = "4 cm"
    order = list("ABCDE")
    if wrong == "vertex_dropped":  # breaks "pentagon" (five vertices)
        order = list("ABCD")
    if wrong == "side_label_5":  # breaks "side 4 cm"
        side_lab = "5 cm"
    if wrong == "c_moved_out":  # breaks "regular" (BC drawn 5 cm)
        u = V["C"] / np.linalg.norm(V["C"])
        ub = u @ V["B"]
        t = ub + math.sqrt(ub * ub - (R * R - 25.0))
        V["C"] = u * t
    if wrong == "d_e_swapped":  # breaks "ABCDE" (vertex order around the polygon)
        names["D"], names["E"] = "E", "D"

    def build(fig):
        ax = fig.add_axes([0.1, 0.08, 0.82, 0.84])
        ax.set_xlim(-5, 5.6)
        ax.set_ylim(-4.4, 5)
        ax.set_aspect("equal")
        for sp in ("top", "right"):
            ax.spines[sp].set_color("#E5E5E5")
        ax.minorticks_on()
        ax.tick_params(which="minor", length=4)
        P = np.array([V[k] for k in order])
        ax.add_patch(Polygon(P, closed=True, fc="#1f77b4", alpha=0.2, ec="none"))
        ax.add_patch(Polygon(P, closed=True, fc="none", ec="#1f77b4", lw=2.5))
        ax.plot(P[:, 0], P[:, 1], "o", color="#1f77b4", ms=9, mec="white", mew=1.2, zorder=5)
        for k in order:
            p = V[k]
            u = p / np.linalg.norm(p)
            ax.text(p[0] + u[0] * 0.45, p[1] + u[1] * 0.45, names[k], ha="center", va="center",
                    fontsize=16, color="#444444", fontweight="bold")
        rot_text(ax, V["A"], V["B"], side_lab, off=-0.35, size=13, color="#444444")
        ax.set_xlabel("x [cm]", fontstyle="italic", color="#444444")
        ax.set_ylabel("y [cm]", fontstyle="italic", color="#444444")
        ax.set_title("regular pentagon", loc="left")
        _bokeh_toolbar(fig)

    return render("bokeh", 1000, 1000, build)


def cases():
    return [
        {"id": "h11-geometry-mathematica", "tool": "matplotlib imitating Mathematica Graphics (Axes -> True)",
         "style": "grey axes through the origin, ColorData[97] polygon, side labels rotated along the sides (900x800)",
         "text": "A right triangle KLM with the right angle at L, KL = 3 cm and LM = 4 cm.",
         "draw": _draw_mathematica, "wrongs": ["lm_drawn_6", "kl_label_5", "k_m_swapped", "angle_L_110"]},
        {"id": "h11-geometry-excel", "tool": "matplotlib imitating an Excel / LibreOffice XY chart with data callouts",
         "style": "chart border, grey gridlines, decimal-comma callouts with leader lines, legend below (1000x750)",
         "text": "A triangle DEF with DE = 6.5 cm, EF = 5 cm and DF = 4.5 cm.",
         "draw": _draw_excel, "wrongs": ["df_drawn_6", "ef_label_5.5", "e_f_swapped", "de_label_5.6"]},
        {"id": "h11-geometry-bokeh", "tool": "matplotlib imitating Bokeh (patch + circle glyphs, toolbar)",
         "style": "white, #E5E5E5 grid and outline, outward ticks, rotated side label, toolbar (1000x1000)",
         "text": "A regular pentagon ABCDE with side 4 cm.",
         "draw": _draw_bokeh, "wrongs": ["vertex_dropped", "side_label_5", "c_moved_out", "d_e_swapped"]},
    ]
