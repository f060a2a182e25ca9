"""Held-out set 11, circuits: schematics drawn in the manner of a LibreOffice Calc / Excel sheet drawing
layer, a plotly figure with a table trace, and a Vega-Lite chart.

Written by an outside helper without reading how nesy reads figures. Drawn with matplotlib's object API
(Agg) using rc settings that imitate each program's default look; LibreOffice, Excel, plotly and Vega-Lite
were not run. Labels use engineering notation ("4k7", "10u"), thin-space thousands ("1 000 Ω") in a key
table, and ASCII units ("1000 ohm").
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

SCIENCE = "circuits"


def _seg(p, q, frac=0.36):
    p, q = np.asarray(p, float), np.asarray(q, float)
    m = (p + q) / 2
    d = q - p
    L = np.linalg.norm(d)
    u = d / L
    return p, q, m, u, np.array([-u[1], u[0]]), L * frac / 2


def resistor(ax, p, q, color="black", lw=2.0, kind="zigzag", frac=0.36):
    p, q, m, u, n, h = _seg(p, q, frac)
    a, b = m - u * h, m + u * h
    ax.plot([p[0], a[0]], [p[1], a[1]], color=color, lw=lw)
    ax.plot([b[0], q[0]], [b[1], q[1]], color=color, lw=lw)
    if kind == "zigzag":
        k = 6
        pts = [a]
        for i in range(k):
            t = (i + 0.5) / k
            pts.append(a + (b - a) * t + n * h * 0.32 * (1 if i % 2 == 0 else -1))
        pts.append(b)
        P = np.array(pts)
        ax.plot(P[:, 0], P[:, 1], color=color, lw=lw)
    else:
        w = h * 0.35
        box = [a + n * w, b + n * w, b - n * w, a - n * w]
        ax.add_patch(Polygon(box, closed=True, fc="white", ec=color, lw=lw, zorder=3))


def capacitor(ax, p, q, color="black", lw=2.0, gap=0.12, plate=0.45):
    p, q, m, u, n, h = _seg(p, q)
    a, b = m - u * gap, m + u * gap
    ax.plot([p[0], a[0]], [p[1], a[1]], color=color, lw=lw)
    ax.plot([b[0], q[0]], [b[1], q[1]], color=color, lw=lw)
    for c in (a, b):
        ax.plot([c[0] - n[0] * plate, c[0] + n[0] * plate], [c[1] - n[1] * plate, c[1] + n[1] * plate],
                color=color, lw=lw * 1.4)


def battery(ax, p, q, color="black", lw=2.0, gap=0.12):
    """p is the negative end, q the positive end (long plate)."""
    p, q, m, u, n, h = _seg(p, q)
    a, b = m - u * gap, m + u * gap
    ax.plot([p[0], a[0]], [p[1], a[1]], color=color, lw=lw)
    ax.plot([b[0], q[0]], [b[1], q[1]], color=color, lw=lw)
    ax.plot([a[0] - n[0] * 0.22, a[0] + n[0] * 0.22], [a[1] - n[1] * 0.22, a[1] + n[1] * 0.22], color=color,
            lw=lw * 2.2)
    ax.plot([b[0] - n[0] * 0.5, b[0] + n[0] * 0.5], [b[1] - n[1] * 0.5, b[1] + n[1] * 0.5], color=color, lw=lw)
    s = b + u * 0.25 + n * 0.45
    ax.text(s[0], s[1], "+", ha="center", va="center", fontsize=13, color=color)


def meter(ax, p, q, letter, color="black", lw=2.0, r=0.38):
    p, q, m, u, n, h = _seg(p, q)
    ax.plot([p[0], (m - u * r)[0]], [p[1], (m - u * r)[1]], color=color, lw=lw)
    ax.plot([(m + u * r)[0], q[0]], [(m + u * r)[1], q[1]], color=color, lw=lw)
    ax.add_patch(Circle(m, r, fc="white", ec=color, lw=lw, zorder=3))
    ax.text(m[0], m[1], letter, ha="center", va="center", fontsize=14, zorder=4, color=color)


def wire(ax, pts, color="black", lw=2.0):
    P = np.asarray(pts, float)
    ax.plot(P[:, 0], P[:, 1], color=color, lw=lw, solid_joinstyle="miter")


def dot(ax, p, color="black"):
    ax.plot([p[0]], [p[1]], "o", color=color, ms=7)


def _draw_calc(wrong):
    v_lab, r_lab = "9V", "4k7"
    if wrong == "r_label_47k":  # breaks "a 4.7 kΩ resistor" (47 kΩ)
        r_lab = "47k"
    if wrong == "battery_label_6V":  # breaks "A 9 V battery"
        v_lab = "6V"

    def build(fig):
        # spreadsheet background: column letters, row numbers, cell grid
        bg = fig.add_axes([0, 0, 1, 1])
        bg.set_xlim(0, 1300)
        bg.set_ylim(800, 0)
        bg.axis("off")
        bg.add_patch(Rectangle((0, 0), 1300, 26, fc="#EFEFEF", ec="#C0C0C0"))
        bg.add_patch(Rectangle((0, 0), 46, 800, fc="#EFEFEF", ec="#C0C0C0"))
        for i, x in enumerate(range(46, 1300, 104)):
            bg.plot([x, x], [0, 800], color="#D4D4D4", lw=0.8)
            bg.text(x + 52, 13, chr(65 + i), ha="center", va="center", fontsize=10, color="#333333",
                    fontfamily="Liberation Sans")
        for j, y in enumerate(range(26, 800, 22)):
            bg.plot([0, 1300], [y, y], color="#D4D4D4", lw=0.8)
            bg.text(23, y + 11, str(j + 1), ha="center", va="center", fontsize=9, color="#333333",
                    fontfamily="Liberation Sans")
        ax = fig.add_axes([0.12, 0.1, 0.76, 0.8])
        ax.set_xlim(-1, 11)
        ax.set_ylim(-1, 7)
        ax.set_aspect("equal")
        ax.axis("off")
        col = "#000080"
        battery(ax, (0, 0), (0, 6), color=col)
        ax.text(-0.75, 3, f"B1\n{v_lab}", ha="right", va="center", fontsize=15, color=col,
                fontfamily="Liberation Sans")
        if wrong == "c_parallel_to_r":  # breaks "in series" (C across R)
            wire(ax, [(0, 6), (2, 6)], color=col)
            resistor(ax, (2, 6), (8, 6), color=col)
            wire(ax, [(2, 6), (2, 4.2)], color=col)
            capacitor(ax, (2, 4.2), (8, 4.2), color=col)
            wire(ax, [(8, 4.2), (8, 6), (10, 6), (10, 0), (0, 0)], color=col)
            dot(ax, (2, 6), col)
            dot(ax, (8, 6), col)
            ax.text(5, 4.9, "C1  10u", ha="center", va="bottom", fontsize=15, color=col,
                    fontfamily="Liberation Sans")
        else:
            resistor(ax, (0, 6), (10, 6), color=col)
            if wrong == "c_dropped":  # breaks "a 10 µF capacitor"
                wire(ax, [(10, 6), (10, 0)], color=col)
            else:
                capacitor(ax, (10, 6), (10, 0), color=col)
                ax.text(10.75, 3, "C1\n10u", ha="left", va="center", fontsize=15, color=col,
                        fontfamily="Liberation Sans")
            wire(ax, [(10, 0), (0, 0)], color=col)
        ax.text(5, 6.55, f"R1  {r_lab}", ha="center", va="bottom", fontsize=15, color=col,
                fontfamily="Liberation Sans")
        # selected-shape handles, as in the Calc drawing layer
        for (hx, hy) in ((0.04, 0.04), (0.96, 0.04), (0.04, 0.96), (0.96, 0.96)):
            fig.add_artist(Rectangle((0.12 + 0.76 * hx - 0.004, 0.1 + 0.8 * hy - 0.006), 0.008, 0.012,
                                     transform=fig.transFigure, fc="#729FCF", ec="#3465A4", lw=0.6))

    return render("excel", 1300, 800, build)


def _draw_plotly(wrong):
    vals = {"R1": "1\u2009000 Ω", "R2": "2\u2009200 Ω", "R3": "4\u2009700 Ω", "V1": "12 V"}
    if wrong == "r2_value_22k":  # breaks "R2 = 2.2 kΩ"
        vals["R2"] = "22\u2009000 Ω"
    if wrong == "v_label_21":  # breaks "A 12 V battery"
        vals["V1"] = "21 V"
    col = "#2a3f5f"

    def build(fig):
        ax = fig.add_axes([0.04, 0.08, 0.6, 0.8])
        ax.set_xlim(-1.5, 9.5)
        ax.set_ylim(-1.2, 5.8)
        ax.set_aspect("equal")
        ax.set_xticklabels([])
        ax.set_yticklabels([])
        for s in ax.spines.values():
            s.set_visible(False)
        battery(ax, (0, 0), (0, 4.5), color=col)
        ax.text(-0.7, 2.25, "V$_1$", ha="right", va="center", fontsize=16, color=col)
        branches = [("R1", 3.0), ("R2", 5.5), ("R3", 8.0)]
        x_top0 = 0
        if wrong == "r2_dropped":  # breaks "R1, R2 and R3 in parallel" (R2 missing)
            branches = [b for b in branches if b[0] != "R2"]
        if wrong == "r3_in_series":  # breaks "in parallel" (R3 in the supply line)
            branches = [("R1", 5.5), ("R2", 8.0)]
            resistor(ax, (0, 4.5), (3.6, 4.5), color=col, frac=0.6)
            ax.text(1.8, 4.95, "R$_3$", ha="center", va="bottom", fontsize=16, color=col)
            x_top0 = 3.6
        xs = [b[1] for b in branches]
        wire(ax, [(x_top0, 4.5), (max(xs), 4.5)], color=col)
        wire(ax, [(0, 0), (max(xs), 0)], color=col)
        for name, x in branches:
            resistor(ax, (x, 4.5), (x, 0), color=col, frac=0.5)
            ax.text(x + 0.45, 2.25, f"R$_{name[1]}$", ha="left", va="center", fontsize=16, color=col)
            if x != max(xs):
                dot(ax, (x, 4.5), col)
                dot(ax, (x, 0), col)
        # table trace (plotly go.Table look) with the values
        tb = fig.add_axes([0.67, 0.3, 0.3, 0.45])
        tb.set_xlim(0, 2)
        tb.set_ylim(0, 5)
        tb.axis("off")
        tb.add_patch(Rectangle((0, 4), 2, 1, fc="#C8D4E3", ec="white", lw=2))
        tb.text(0.5, 4.5, "part", ha="center", va="center", fontsize=13, color=col)
        tb.text(1.5, 4.5, "value", ha="center", va="center", fontsize=13, color=col)
        for i, k in enumerate(["V1", "R1", "R2", "R3"]):
            y = 3 - i
            tb.add_patch(Rectangle((0, y), 2, 1, fc="#EBF0F8", ec="white", lw=2))
            tb.text(0.5, y + 0.5, f"{k[0]}$_{k[1]}$", ha="center", va="center", fontsize=13, color=col)
            tb.text(1.5, y + 0.5, vals[k], ha="center", va="center", fontsize=13, color=col)
        fig.text(0.04, 0.93, "Circuit", fontsize=16, color=col)

    return render("plotly", 1200, 800, build)


def _draw_vega(wrong):
    r2_lab = "2200 ohm"
    if wrong == "r2_label_220":  # breaks "R2 = 2200 Ω"
        r2_lab = "220 ohm"
    col = "#4c78a8"

    def build(fig):
        ax = fig.add_axes([0.06, 0.06, 0.88, 0.82])
        ax.set_xlim(-2, 12)
        ax.set_ylim(-1.5, 9.5)
        ax.set_aspect("equal")
        ax.set_xticks([])
        ax.set_yticks([])
        for s in ax.spines.values():
            s.set_color("#DDDDDD")
        battery(ax, (0, 0), (0, 7), color=col)
        ax.text(-0.7, 3.5, "5 V", ha="right", va="center", fontsize=14)
        if wrong == "r1_r2_parallel":  # breaks "R1 and R2 in series"
            wire(ax, [(0, 7), (8, 7)], color=col)
            resistor(ax, (4, 7), (4, 0), color=col)
            resistor(ax, (8, 7), (8, 0), color=col)
            wire(ax, [(8, 0), (0, 0)], color=col)
            dot(ax, (4, 7), col)
            dot(ax, (4, 0), col)
            ax.text(4.45, 3.5, "R1 = 1000 ohm", ha="left", va="center", fontsize=14)
            r2a, r2b = (8, 7), (8, 0)
        else:
            resistor(ax, (0, 7), (8, 7), color=col)
            ax.text(4, 7.6, "R1 = 1000 ohm", ha="center", va="bottom", fontsize=14)
            if wrong == "voltmeter_in_series":  # breaks "a voltmeter across R2" (drawn in series)
                resistor(ax, (8, 7), (8, 3.5), color=col, frac=0.6)
                meter(ax, (8, 3.5), (8, 0), "V", color=col)
                wire(ax, [(8, 0), (0, 0)], color=col)
                r2a, r2b = (8, 7), (8, 3.5)
            else:
                resistor(ax, (8, 7), (8, 0), color=col)
                wire(ax, [(8, 0), (0, 0)], color=col)
                r2a, r2b = (8, 7), (8, 0)
        ax.text(r2a[0] - 0.45, (r2a[1] + r2b[1]) / 2, "R2 = " + r2_lab, ha="right", va="center", fontsize=14,
                rotation=90)
        if wrong == "voltmeter_across_r1":  # breaks "a voltmeter across R2" (across R1)
            wire(ax, [(1.2, 7), (1.2, 8.6)], color=col)
            wire(ax, [(6.8, 7), (6.8, 8.6)], color=col)
            meter(ax, (1.2, 8.6), (6.8, 8.6), "V", color=col)
            dot(ax, (1.2, 7), col)
            dot(ax, (6.8, 7), col)
        elif wrong != "voltmeter_in_series":
            wire(ax, [(8, 7), (10.5, 7)], color=col)
            meter(ax, (10.5, 7), (10.5, 0), "V", color=col)
            wire(ax, [(10.5, 0), (8, 0)], color=col)
            dot(ax, (8, 7), col)
            dot(ax, (8, 0), col)
        fig.text(0.5, 0.93, "Circuit", ha="center", fontsize=13, fontweight="bold")

    return render("vega", 1000, 900, build)


def cases():
    return [
        {"id": "h11-circuits-calc-sheet", "tool": "matplotlib imitating a LibreOffice Calc / Excel sheet with a drawing-layer schematic",
         "style": "column letters, row numbers, cell grid, navy schematic with engineering notation (9V, 4k7, 10u), selection handles (1300x800)",
         "text": "A 9 V battery, a 4.7 kΩ resistor and a 10 µF capacitor in series.",
         "draw": _draw_calc, "wrongs": ["c_parallel_to_r", "r_label_47k", "c_dropped", "battery_label_6V"]},
        {"id": "h11-circuits-plotly-table", "tool": "matplotlib imitating plotly (shapes + go.Table trace)",
         "style": "#E5ECF6 plot area, subscripted names on the schematic, values only in a table with thin-space thousands (1200x800)",
         "text": "A 12 V battery with R1 = 1 kΩ, R2 = 2.2 kΩ and R3 = 4.7 kΩ in parallel.",
         "draw": _draw_plotly, "wrongs": ["r3_in_series", "r2_dropped", "r2_value_22k", "v_label_21"]},
        {"id": "h11-circuits-vegalite", "tool": "matplotlib imitating Vega-Lite (rule/text marks)",
         "style": "#ddd view border, tableau blue wires, ASCII 'ohm' labels, R2 label rotated (1000x900)",
         "text": "A 5 V battery with R1 = 1000 Ω and R2 = 2200 Ω in series, and a voltmeter across R2.",
         "draw": _draw_vega, "wrongs": ["voltmeter_across_r1", "voltmeter_in_series", "r1_r2_parallel", "r2_label_220"]},
    ]
