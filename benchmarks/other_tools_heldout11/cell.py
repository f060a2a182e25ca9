"""Held-out set 11, cell: figures drawn in the manner of plotting programs (ggplot2, Bokeh, Mathematica).

Written by an outside helper without reading how nesy reads figures. All three figures are drawn with
matplotlib's object API (Agg) using rc settings that imitate the named program's default look; the named
programs themselves were not run. Lengths are in micrometres on the figure's own axes / scale bar.
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

from matplotlib.patches import Ellipse, Polygon, Circle, FancyBboxPatch

SCIENCE = "cell"


def _blob(cx, cy, rx, ry, k=(0.04, 0.03), phase=0.7, n=240):
    t = np.linspace(0, 2 * np.pi, n, endpoint=False)
    f = 1 + k[0] * np.sin(3 * t + phase) + k[1] * np.cos(5 * t + 2 * phase)
    return np.stack([cx + rx * f * np.cos(t), cy + ry * f * np.sin(t)], 1)


def _er(ax, x0, y0, color, z=3):
    """Rough ER: four stacked wavy cisternae (closed thin bands)."""
    for i in range(4):
        xs = np.linspace(x0, x0 + 4.2, 80)
        base = y0 + i * 0.85
        ys = base + 0.22 * np.sin((xs - x0) * 2.4 + i)
        band = np.concatenate([np.stack([xs, ys + 0.22], 1), np.stack([xs[::-1], ys[::-1] - 0.22], 1)])
        ax.add_patch(Polygon(band, closed=True, fc=color, ec="#1d6f72", lw=0.8, alpha=0.85, zorder=z))


def _repel(ax, xy, txt, xytext, size=10):
    """ggrepel geom_label_repel look: white rounded label, grey segment to the point."""
    ax.annotate(txt, xy=xy, xytext=xytext, fontsize=size, zorder=9, ha="center", va="center",
                bbox=dict(boxstyle="round,pad=0.25,rounding_size=0.15", fc="white", ec="#333333",
                          lw=0.6),
                arrowprops=dict(arrowstyle="-", color="#333333", lw=0.7, shrinkA=0, shrinkB=2))


def _draw_ggplot(wrong):
    # organelle geometry in micrometres (animal cell about 22 um x 16 um)
    mitos = [(5.0, 3.2, 30), (4.4, -4.2, -20), (-6.4, -4.4, 12)]
    ribos = [(7.6, 0.2), (-7.6, 2.4), (0.2, -5.9), (1.6, 5.7)]
    nucleus = (-2.6, 1.0)
    if wrong == "mitochondrion_dropped":  # breaks "three mitochondria"
        mitos = mitos[:2]
    if wrong == "ribosome_extra":  # breaks "four ribosomes"
        ribos = ribos + [(-3.4, -6.2)]
    if wrong == "nucleus_outside_cell":  # breaks "a cell with a nucleus" (nucleus inside the cell)
        nucleus = (-14.0, 6.6)
    cols = {"nucleus": "#F8766D", "mitochondrion": "#7CAE00", "ER": "#00BFC4", "ribosome": "#C77CFF"}

    def build(fig):
        ax = fig.add_axes([0.08, 0.12, 0.66, 0.78])
        ax.set_xlim(-17, 17)
        ax.set_ylim(-11, 11)
        ax.set_aspect("equal")
        ax.set_xticks(range(-15, 16, 5))
        ax.set_yticks(range(-10, 11, 5))
        ax.set_xticks(np.arange(-17.5, 17.6, 2.5), minor=True)
        ax.set_yticks(np.arange(-10, 10.1, 2.5), minor=True)
        ax.grid(True, which="minor", color="white", lw=0.55)
        ax.tick_params(which="minor", length=0)
        for s in ax.spines.values():
            s.set_visible(False)
        cell = _blob(0, 0, 11.0, 8.0)
        ax.add_patch(Polygon(cell, closed=True, fc="#FFF5E6", ec="#555555", lw=1.6, zorder=2))
        ax.add_patch(Circle(nucleus, 3.0, fc=cols["nucleus"], ec="#8B3A33", lw=1.2, alpha=0.9, zorder=3))
        for (x, y, a) in mitos:
            ax.add_patch(Ellipse((x, y), 2.6, 1.1, angle=a, fc=cols["mitochondrion"], ec="#3D5700",
                                 lw=1.0, zorder=3))
            ax.add_patch(Ellipse((x, y), 1.9, 0.45, angle=a, fc="none", ec="#3D5700", lw=0.6, zorder=4))
        if wrong != "er_dropped":  # breaks "an endoplasmic reticulum"
            _er(ax, 1.0, -1.6, cols["ER"])
        for (x, y) in ribos:
            ax.add_patch(Circle((x, y), 0.32, fc=cols["ribosome"], ec="#5B2A80", lw=0.8, zorder=4))
        ax.set_xlabel("x (µm)")
        ax.set_ylabel("y (µm)")
        ax.set_title("Animal cell, schematic to scale", fontsize=13, loc="left")
        # direct labels with segments, one per kind (ggrepel look)
        _repel(ax, (nucleus[0] - 1.6, nucleus[1] + 2.5), "nucleus",
               (nucleus[0] - 4.5, min(nucleus[1] + 6.6, 10.0)))
        if mitos:
            _repel(ax, mitos[0][:2], "mitochondrion", (10.5, 8.8))
        if wrong != "er_dropped":
            _repel(ax, (3.1, 1.0), "ER", (13.6, 3.4))
        _repel(ax, ribos[2], "ribosome", (3.6, -9.6))
        # legend (key) to the right: fill = organelle
        handles = [Polygon([[0, 0]], fc=cols[k], ec="#333333", lw=0.5) for k in cols]
        leg = fig.legend(handles, list(cols), title="organelle", loc="center left",
                         bbox_to_anchor=(0.76, 0.55), fontsize=11, title_fontsize=12,
                         handlelength=1.2, handleheight=1.2, frameon=False)
        leg._legend_box.align = "left"
        fig.text(0.985, 0.015, "Figure 1: cell drawn to scale (1 grid square = 2.5 µm)", ha="right",
                 va="bottom", fontsize=10, color="#4D4D4D")
        panel_letter(fig, "(a)", size=15)

    return render("ggplot", 1200, 800, build)


def _bokeh_toolbar(fig, x=0.955, y0=0.86):
    """Bokeh's vertical toolbar at the right of the plot: logo and five tool icons (drawn small)."""
    ax = fig.add_axes([x - 0.012, 0.35, 0.03, 0.58])
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 10)
    ax.axis("off")
    ax.add_patch(Polygon([[0.2, 9.2], [0.5, 9.8], [0.8, 9.2], [0.5, 8.6]], fc="#1f77b4", ec="none"))
    ax.add_patch(Polygon([[0.5, 9.8], [0.8, 9.2], [0.5, 9.2]], fc="#ff7f0e", ec="none"))
    for i, k in enumerate(["pan", "box", "wheel", "save", "reset"]):
        yy = 7.6 - i * 1.3
        if k == "pan":
            ax.plot([0.2, 0.8], [yy, yy], color="#666", lw=1.2)
            ax.plot([0.5, 0.5], [yy - 0.4, yy + 0.4], color="#666", lw=1.2)
        elif k == "box":
            ax.add_patch(Polygon([[0.2, yy - 0.35], [0.8, yy - 0.35], [0.8, yy + 0.35], [0.2, yy + 0.35]],
                                 fc="none", ec="#666", lw=1.0, ls="--"))
        elif k == "wheel":
            ax.add_patch(Circle((0.45, yy + 0.05), 0.22, fc="none", ec="#666", lw=1.2))
            ax.plot([0.6, 0.8], [yy - 0.15, yy - 0.4], color="#666", lw=1.4)
        elif k == "save":
            ax.add_patch(Polygon([[0.25, yy - 0.4], [0.75, yy - 0.4], [0.75, yy + 0.4], [0.25, yy + 0.4]],
                                 fc="#999", ec="#666", lw=0.8))
        else:
            ax.add_patch(Circle((0.5, yy), 0.3, fc="none", ec="#666", lw=1.2))
        if i in (0, 2):
            ax.plot([0.05, 0.95], [yy - 0.62, yy - 0.62], color="#26aae1", lw=1.0)


def _draw_bokeh(wrong):
    L = {"c": (-12.0, 0.0), "nucleus": (-13.6, 1.6), "vac": [(-7.6, -3.0, 2.7, 2.0), (-16.4, -3.3, 2.2, 1.6)]}
    R = {"c": (12.0, 0.0), "nucleus": (10.8, 1.4), "lys": [(16.2, 3.2), (15.6, -3.4), (8.6, -4.3)]}
    left_has_nucleus = right_has_nucleus = True
    if wrong == "vacuole_in_right_cell":  # breaks "the left cell has two vacuoles" (one moved right)
        L["vac"] = L["vac"][:1]
        R_vac = [(16.8, -0.2, 2.2, 1.6)]
    else:
        R_vac = []
    if wrong == "lysosome_dropped":  # breaks "three lysosomes"
        R["lys"] = R["lys"][:2]
    if wrong == "right_nucleus_missing":  # breaks "the right cell has a nucleus"
        right_has_nucleus = False
    swap = wrong == "cells_swapped"  # breaks "the left cell has ... vacuoles, the right cell ... lysosomes"

    def sx(x):
        return -x if swap else x

    def build(fig):
        ax = fig.add_axes([0.06, 0.1, 0.87, 0.8])
        ax.set_xlim(-25, 25)
        ax.set_ylim(-10, 10)
        ax.set_aspect("equal")
        for s in ("top", "right"):
            ax.spines[s].set_color("#E5E5E5")
        for s in ("left", "bottom"):
            ax.spines[s].set_color("black")
        ax.minorticks_on()
        ax.tick_params(which="minor", length=4)
        ax.set_xlabel("x [µm]", fontstyle="italic", color="#444444")
        ax.set_ylabel("y [µm]", fontstyle="italic", color="#444444")
        ax.set_title("cells", loc="left")
        for cc, k in ((L["c"], (0.05, 0.03)), (R["c"], (0.03, 0.05))):
            ax.add_patch(Polygon(_blob(sx(cc[0]), cc[1], 9.0, 7.2, k=k), closed=True, fc="#c6dbef",
                                 ec="#1f77b4", lw=2.0, alpha=0.6, zorder=2))
        if left_has_nucleus:
            ax.add_patch(Circle((sx(L["nucleus"][0]), L["nucleus"][1]), 2.8, fc="#9467bd", ec="#5b3f7a",
                                lw=1.2, alpha=0.85, zorder=3))
        for (x, y, a, b) in L["vac"] + R_vac:
            ax.add_patch(Ellipse((sx(x), y), 2 * a, 2 * b, fc="#9edae5", ec="#17becf", lw=1.4, zorder=3))
        if right_has_nucleus:
            ax.add_patch(Circle((sx(R["nucleus"][0]), R["nucleus"][1]), 2.8, fc="#9467bd", ec="#5b3f7a",
                                lw=1.2, alpha=0.85, zorder=3))
        for (x, y) in R["lys"]:
            ax.add_patch(Circle((sx(x), y), 0.95, fc="#d62728", ec="#8c1a1a", lw=1.0, alpha=0.9, zorder=3))
        # callouts with leader lines (Bokeh Label + Segment glyphs)
        def call(xy, txt, xyt):
            ax.annotate(txt, xy=xy, xytext=xyt, fontsize=11, color="#444444", zorder=8, ha="center",
                        va="center", arrowprops=dict(arrowstyle="-", color="#444444", lw=0.9,
                                                     shrinkA=3, shrinkB=0))
        call((sx(L["nucleus"][0]), L["nucleus"][1] + 2.8), "nucleus", (sx(-15.5), 8.6))
        if L["vac"]:
            v = L["vac"][0]
            call((sx(v[0]), v[1] - v[3]), "vacuole", (sx(v[0] + 1.5), -8.9))
        if R_vac:
            v = R_vac[0]
            call((sx(v[0]), v[1] - v[3]), "vacuole", (sx(v[0] + 2.5), -8.9))
        if right_has_nucleus:
            call((sx(R["nucleus"][0]), R["nucleus"][1] + 2.8), "nucleus", (sx(9.0), 8.6))
        lz = R["lys"][0]
        call((sx(lz[0]), lz[1] + 0.95), "lysosome", (sx(19.5), 8.6))
        _bokeh_toolbar(fig)

    return render("bokeh", 1400, 700, build)


def _draw_mathematica(wrong):
    nucleus, nucleolus = (-9.0, 2.5), (-8.3, 3.1)
    chl = [(-12.5, 9.0, 10), (-2.0, 9.6, -5), (8.5, 9.0, 8), (14.0, 2.0, 80), (12.0, -8.6, -12),
           (0.5, -9.5, 4), (-12.0, -8.4, -15)]
    if wrong == "nucleolus_outside_nucleus":  # breaks "a nucleus containing a nucleolus"
        nucleolus = (-9.5, -5.0)
    if wrong == "chloroplast_extra":  # breaks "seven chloroplasts"
        chl = chl + [(-15.0, 1.0, 85)]
    c97 = ["#5E81B5", "#E19C24", "#8FB032", "#EB6235", "#8778B3"]

    def build(fig):
        ax = fig.add_axes([0.04, 0.12, 0.92, 0.8])
        ax.set_xlim(-21, 21)
        ax.set_ylim(-15.5, 15.5)
        ax.set_aspect("equal")
        ax.axis("off")
        if wrong != "cell_wall_missing":  # breaks "a cell wall"
            ax.add_patch(FancyBboxPatch((-18.0, -13.0), 36.0, 26.0, boxstyle="round,pad=0,rounding_size=2.2",
                                        fc="#D9E6C3", ec="#5A7A2A", lw=3.0, zorder=1))
        ax.add_patch(FancyBboxPatch((-17.0, -12.0), 34.0, 24.0, boxstyle="round,pad=0,rounding_size=1.8",
                                    fc="#F7F3E3", ec="#7A6A3A", lw=1.2, zorder=2))
        if wrong != "vacuole_dropped":  # breaks "a vacuole"
            ax.add_patch(Ellipse((3.5, -0.5), 17.0, 11.0, fc=c97[0], ec="#3E5C8C", lw=1.2, alpha=0.45, zorder=3))
        ax.add_patch(Circle(nucleus, 3.6, fc=c97[4], ec="#4F4479", lw=1.2, alpha=0.8, zorder=4))
        ax.add_patch(Circle(nucleolus, 1.1, fc="#3D3466", ec="none", zorder=5))
        for (x, y, a) in chl:
            ax.add_patch(Ellipse((x, y), 3.2, 1.6, angle=a, fc=c97[2], ec="#4E6A14", lw=1.0, zorder=4))
            ax.add_patch(Ellipse((x, y), 2.2, 0.5, angle=a, fc="none", ec="#4E6A14", lw=0.6, zorder=5))
        # Callout[] look: small grey labels with thin leader lines
        def call(xy, txt, xyt):
            ax.annotate(txt, xy=xy, xytext=xyt, fontsize=12, color="#303030", zorder=8, ha="center",
                        va="center", arrowprops=dict(arrowstyle="-", color="#7F7F7F", lw=0.8,
                                                     shrinkA=4, shrinkB=0))
        if wrong != "cell_wall_missing":
            call((18.0, 8.0), "cell wall", (19.6, 12.0))
        call((nucleus[0] - 2.5, nucleus[1] + 2.6), "nucleus", (-17.0, 14.0))
        call(nucleolus, "nucleolus", (-3.0, 14.0) if wrong != "nucleolus_outside_nucleus" else (-4.0, -14.2))
        if wrong != "vacuole_dropped":
            call((9.0, 2.5), "vacuole", (6.0, 14.0))
        call(chl[4][:2], "chloroplast", (16.5, -14.2))
        # scale bar 5 um
        ax.plot([-18.0, -13.0], [-14.4, -14.4], color="black", lw=2.5)
        ax.text(-15.5, -14.0, "5 µm", ha="center", va="bottom", fontsize=11)
        caption(fig, "Figure 3: A plant cell; all lengths to scale.", size=12)
        panel_letter(fig, "(b)", size=14)

    return render("mathematica", 1000, 800, build)


def cases():
    return [
        {"id": "h11-cell-ggplot2", "tool": "matplotlib imitating ggplot2 theme_grey + ggrepel labels",
         "style": "grey panel, white major/minor grid, fill legend 'organelle', tag (a), caption (1200x800)",
         "text": "An animal cell with a nucleus, three mitochondria, an endoplasmic reticulum and four ribosomes.",
         "draw": _draw_ggplot,
         "wrongs": ["mitochondrion_dropped", "ribosome_extra", "nucleus_outside_cell", "er_dropped"]},
        {"id": "h11-cell-bokeh", "tool": "matplotlib imitating Bokeh (Category10, toolbar)",
         "style": "white, #E5E5E5 grid, italic axis labels in [µm], callouts with leader lines (1400x700)",
         "text": "Two cells side by side: the left cell has a nucleus and two vacuoles, the right cell has a nucleus and three lysosomes.",
         "draw": _draw_bokeh,
         "wrongs": ["vacuole_in_right_cell", "lysosome_dropped", "right_nucleus_missing", "cells_swapped"]},
        {"id": "h11-cell-mathematica", "tool": "matplotlib imitating Mathematica Graphics + Callout",
         "style": "no axes, ColorData[97] fills, grey callout leaders, scale bar, caption, panel (b) (1000x800)",
         "text": "A plant cell with a cell wall, a nucleus containing a nucleolus, a vacuole and seven chloroplasts.",
         "draw": _draw_mathematica,
         "wrongs": ["nucleolus_outside_nucleus", "chloroplast_extra", "cell_wall_missing", "vacuole_dropped"]},
    ]
