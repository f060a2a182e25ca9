"""Held-out set 11, sets: Venn / Euler diagrams drawn in the manner of Vega-Lite, MATLAB and seaborn.

Written by an outside helper without reading how nesy reads figures. Drawn with matplotlib's object API
(Agg) using rc settings that imitate each program's default look; Vega-Lite, MATLAB and seaborn were not
run.
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

from matplotlib.patches import Circle, Rectangle
from matplotlib.lines import Line2D

SCIENCE = "sets"


def _draw_vega(wrong):
    A, rA, B, rB = (-1.2, 0.0), 2.0, (1.3, 0.0), 1.6
    el = {"1": (-2.3, 0.9), "2": (-2.6, -0.4), "3": (-1.6, -1.2), "4": (0.25, 0.55), "5": (0.25, -0.55),
          "6": (1.95, 0.0)}
    if wrong == "4_in_A_only":  # breaks "4 in B" (4 is in both)
        el["4"] = (-1.3, 0.3)
    if wrong == "6_in_both":  # breaks "6 not in A"
        el["6"] = (0.25, 0.0)
    if wrong == "3_dropped":  # breaks "A = {1, 2, 3, 4, 5}"
        del el["3"]
    if wrong == "extra_7_in_B":  # breaks "B = {4, 5, 6}"
        el["7"] = (2.0, -0.85)

    def build(fig):
        ax = fig.add_axes([0.05, 0.06, 0.72, 0.8])
        ax.set_xlim(-3.6, 3.3)
        ax.set_ylim(-2.35, 2.35)
        ax.set_aspect("equal")
        ax.set_xticks([])
        ax.set_yticks([])
        for s in ax.spines.values():
            s.set_color("#DDDDDD")
        ax.add_patch(Circle(A, rA, fc="#4c78a8", ec="#4c78a8", alpha=0.3, lw=2, zorder=2))
        ax.add_patch(Circle(B, rB, fc="#f58518", ec="#f58518", alpha=0.3, lw=2, zorder=2))
        ax.add_patch(Circle(A, rA, fc="none", ec="#4c78a8", lw=2, zorder=3))
        ax.add_patch(Circle(B, rB, fc="none", ec="#f58518", lw=2, zorder=3))
        ax.text(-2.9, 1.75, "A", fontsize=16, fontweight="bold", color="#4c78a8")
        ax.text(2.55, 1.25, "B", fontsize=16, fontweight="bold", color="#f58518")
        for k, (x, y) in el.items():
            ax.text(x, y, k, ha="center", va="center", fontsize=15, zorder=5)
        fig.text(0.41, 0.93, "Venn diagram", ha="center", fontsize=13, fontweight="bold")
        h = [Line2D([0], [0], marker="o", ls="none", ms=10, mfc=c, mec=c, alpha=0.7)
             for c in ("#4c78a8", "#f58518")]
        leg = fig.legend(h, ["A", "B"], title="set", loc="upper left", bbox_to_anchor=(0.79, 0.85),
                         fontsize=10, title_fontsize=11, frameon=False)
        leg.get_title().set_fontweight("bold")

    return render("vega", 900, 600, build)


def _draw_matlab(wrong):
    V, rV, W, rW = (3.0, 3.5), 2.0, (7.3, 3.5), 1.5
    el = {"10": (2.3, 4.1), "20": (3.5, 2.8), "40": (7.0, 3.4), "30": (5.3, 6.1), "50": (9.0, 1.0)}
    if wrong == "W_crosses_U":  # breaks "W is a subset of U"
        W = (9.9, 3.5)
        el["40"] = (9.6, 3.4)
    if wrong == "30_in_V":  # breaks "V = {10, 20}"
        el["30"] = (2.6, 2.6)
    if wrong == "50_dropped":  # breaks "U = {10, 20, 30, 40, 50}"
        del el["50"]
    if wrong == "V_W_overlap":  # breaks "V and W are subsets ... (disjoint, no common element)"
        W = (6.1, 3.5)

    def build(fig):
        ax = fig.add_axes([0.13, 0.11, 0.775, 0.815])
        ax.set_xlim(-0.5, 12)
        ax.set_ylim(-0.5, 8)
        ax.set_aspect("equal")
        ax.add_patch(Rectangle((0, 0), 10, 7, fc="none", ec="black", lw=1.5))
        ax.add_patch(Circle(V, rV, fc="#0072BD", ec="#0072BD", alpha=0.25, lw=1.5))
        ax.add_patch(Circle(V, rV, fc="none", ec="#0072BD", lw=1.5))
        ax.add_patch(Circle(W, rW, fc="#D95319", ec="#D95319", alpha=0.25, lw=1.5))
        ax.add_patch(Circle(W, rW, fc="none", ec="#D95319", lw=1.5))
        ax.text(0.25, 6.45, "U", fontsize=16)
        ax.text(V[0] - 1.9, V[1] + 1.7, "V", fontsize=16, color="#0072BD")
        ax.text(W[0] + 1.1, W[1] + 1.2, "W", fontsize=16, color="#D95319")
        for k, (x, y) in el.items():
            ax.text(x, y, k, ha="center", va="center", fontsize=14)
        ax.set_title("Venn diagram")
        ax.set_xlabel("x")
        ax.set_ylabel("y")

    return render("matlab", 1120, 840, build)


def _draw_seaborn(wrong):
    r = 1.6
    C = {"P": (-1.0, 0.6), "Q": (1.0, 0.6), "R": (0.0, -1.1)}
    el = {"1": (-1.15, -0.7), "2": (-1.95, 1.05), "3": (-0.15, 1.2), "4": (1.95, 1.05),
          "5": (1.15, -0.7), "6": (-0.45, -2.15)}
    if wrong == "1_in_P_only":  # breaks "R = {5, 6, 1}" (1 is in P and R)
        el["1"] = (-2.0, 0.15)
    if wrong == "2_in_P_and_Q":  # breaks "Q = {3, 4, 5}" (2 is only in P)
        el["2"] = (0.0, 1.68)
    if wrong == "6_dropped":  # breaks "R = {5, 6, 1}"
        del el["6"]
    if wrong == "4_in_R_only":  # breaks "Q = {3, 4, 5}"
        el["4"] = (0.55, -2.05)
    col = {"P": "#4C72B0", "Q": "#DD8452", "R": "#55A868"}

    def build(fig):
        ax = fig.add_axes([0.1, 0.15, 0.8, 0.78])
        ax.set_xlim(-3.4, 3.4)
        ax.set_ylim(-3.0, 2.6)
        ax.set_aspect("equal")
        for k, c in C.items():
            ax.add_patch(Circle(c, r, fc=col[k], ec=col[k], alpha=0.25, lw=2.2, zorder=2))
            ax.add_patch(Circle(c, r, fc="none", ec=col[k], lw=2.2, zorder=3))
        ax.text(-2.55, 2.05, "P", fontsize=18, color=col["P"], fontweight="bold")
        ax.text(2.35, 2.05, "Q", fontsize=18, color=col["Q"], fontweight="bold")
        ax.text(1.45, -2.55, "R", fontsize=18, color=col["R"], fontweight="bold")
        for k, (x, y) in el.items():
            ax.text(x, y, k, ha="center", va="center", fontsize=16, zorder=5)
        ax.set_xlabel("")
        h = [Line2D([0], [0], marker="o", ls="none", ms=11, mfc=col[k], mec=col[k], alpha=0.6) for k in col]
        ax.legend(h, list(col), title="set", loc="upper right", fontsize=12)
        caption(fig, "Figure 2: Three sets; each number is an element.", size=13)

    return render("seaborn", 1000, 800, build)


def cases():
    return [
        {"id": "h11-sets-vegalite", "tool": "matplotlib imitating Vega-Lite (arc marks, tableau10, symbol legend)",
         "style": "light #ddd view border, bold title, legend 'set' at the right (900x600)",
         "text": "Let A = {1, 2, 3, 4, 5} and B = {4, 5, 6}.",
         "draw": _draw_vega, "wrongs": ["4_in_A_only", "6_in_both", "3_dropped", "extra_7_in_B"]},
        {"id": "h11-sets-matlab", "tool": "matplotlib imitating MATLAB (rectangle + circles, text)",
         "style": "grey figure, boxed axes with inward ticks, bold title, MATLAB colour order (1120x840)",
         "text": "Let U = {10, 20, 30, 40, 50}, V = {10, 20} and W = {40}; V and W are subsets of U.",
         "draw": _draw_matlab, "wrongs": ["W_crosses_U", "30_in_V", "50_dropped", "V_W_overlap"]},
        {"id": "h11-sets-seaborn", "tool": "matplotlib with a seaborn-darkgrid look",
         "style": "#EAEAF2 panel, white grid, deep palette, legend, caption line (1000x800)",
         "text": "Let P = {1, 2, 3}, Q = {3, 4, 5} and R = {5, 6, 1}.",
         "draw": _draw_seaborn, "wrongs": ["1_in_P_only", "2_in_P_and_Q", "6_dropped", "4_in_R_only"]},
    ]
