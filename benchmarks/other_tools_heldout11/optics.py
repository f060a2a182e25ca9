"""Held-out set 11, optics: ray diagrams drawn in the manner of MATLAB, ggplot2 and Origin.

Written by an outside helper without reading how nesy reads figures. Drawn with matplotlib's object API
(Agg) using rc settings that imitate each program's default look; MATLAB, R/ggplot2 and Origin were not run.
Distances and heights are in centimetres on equal axes, from 1/f = 1/d_o + 1/d_i and m = -d_i/d_o.
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

from matplotlib.patches import Ellipse, Polygon, Arc
from matplotlib.lines import Line2D

SCIENCE = "optics"


def _lens(ax, x, h, kind, fc="#BFD9F2", ec="#3A6EA5", z=2):
    """A lens outline of height h: biconvex (converging) or biconcave (diverging)."""
    y = np.linspace(-h / 2, h / 2, 80)
    if kind == "converging":
        bulge = 0.45 * np.sqrt(1 - (2 * y / h) ** 2)
        pts = np.concatenate([np.stack([x - bulge, y], 1), np.stack([x + bulge[::-1], y[::-1]], 1)])
    else:
        w = 0.12 + 0.45 * (2 * y / h) ** 2
        pts = np.concatenate([np.stack([x - w, y], 1), np.stack([x + w[::-1], y[::-1]], 1)])
    ax.add_patch(Polygon(pts, closed=True, fc=fc, ec=ec, lw=1.2, alpha=0.8, zorder=z))


def _dim(ax, x0, x1, y, txt, color="black", size=11):
    ax.annotate("", xy=(x1, y), xytext=(x0, y), arrowprops=dict(arrowstyle="<->", color=color, lw=0.9,
                                                                shrinkA=0, shrinkB=0))
    ax.text((x0 + x1) / 2, y - 0.15, txt, ha="center", va="top", fontsize=size, color=color)


def _draw_matlab(wrong):
    f, do, ho = 6.0, 18.0, 2.0
    di = 1 / (1 / f - 1 / do)  # 9 cm
    hi = -ho * di / do  # -1 cm (inverted)
    img_x, img_h = di, hi
    lens_kind, f_lab = "converging", "6"
    if wrong == "image_upright":  # breaks "18 cm from a converging lens" (m = -d_i/d_o = -0.5, inverted)
        img_h = -hi
    if wrong == "image_at_12":  # breaks "focal length 6 cm" with "18 cm" (1/f = 1/d_o + 1/d_i gives 9 cm; drawn at 12)
        img_x = 12.0
    if wrong == "lens_drawn_diverging":  # breaks "converging lens"
        lens_kind = "diverging"
    if wrong == "f_label_9":  # breaks "focal length 6 cm"
        f_lab = "9"

    def build(fig):
        ax = fig.add_axes([0.07, 0.13, 0.88, 0.77])
        ax.set_xlim(-22, 16)
        ax.set_ylim(-4.5, 4.5)
        ax.set_aspect("equal")
        ax.axhline(0, color="black", lw=0.8, ls="--")
        _lens(ax, 0, 7.0, lens_kind)
        xo, yo = -do, ho
        c1, c2, c3 = "#EDB120", "#77AC30", "#7E2F8E"
        # ray 1: parallel, then through F'
        ax.plot([xo, 0], [yo, yo], color=c1, lw=1.5)
        ax.plot([0, 16], [yo, yo + (16 - 0) * (0 - yo) / (f - 0)], color=c1, lw=1.5)
        # ray 2: through the centre
        ax.plot([xo, 16], [yo, yo + (16 - xo) * (0 - yo) / (0 - xo)], color=c2, lw=1.5)
        # ray 3: through F, then parallel
        y3 = yo + (0 - xo) * (0 - yo) / (-f - xo)
        ax.plot([xo, 0], [yo, y3], color=c3, lw=1.5)
        ax.plot([0, 16], [y3, y3], color=c3, lw=1.5)
        arrow(ax, (xo, 0), (xo, yo), color="#0072BD", lw=2.5, head=16)
        arrow(ax, (img_x, 0), (img_x, img_h), color="#D95319", lw=2.5, head=16)
        for xf, nm in ((-f, "F"), (f, "F'"), (-2 * f, "2F"), (2 * f, "2F'")):
            ax.plot([xf], [0], "k.", ms=9)
            ax.text(xf, -0.35, nm, ha="center", va="top", fontsize=11)
        ax.text(-f - 0.2, 0.6, f"f = {f_lab} cm", ha="right", fontsize=11)
        ax.text(xo - 0.4, yo / 2, "h$_o$ = 2 cm", ha="right", va="center", fontsize=11)
        _dim(ax, xo, 0, -3.3, "d$_o$ = 18 cm")
        ax.set_xlabel("x (cm)")
        ax.set_ylabel("y (cm)")
        ax.set_title("Ray diagram")
        hs = [Line2D([0], [0], color="#0072BD", lw=2.5), Line2D([0], [0], color="#D95319", lw=2.5),
              Line2D([0], [0], color=c1, lw=1.5), Line2D([0], [0], color=c2, lw=1.5),
              Line2D([0], [0], color=c3, lw=1.5)]
        ax.legend(hs, ["object", "image", "ray 1", "ray 2", "ray 3"], loc="upper right", fontsize=9)

    return render("matlab", 1400, 700, build)


def _mirror_hit(p0, p1, cx, R, sign):
    """First intersection of the ray p0->p1 with the circle (centre (cx,0), radius R), near x = 0."""
    p0, p1 = np.asarray(p0, float), np.asarray(p1, float)
    d = p1 - p0
    d /= np.linalg.norm(d)
    o = p0 - np.array([cx, 0.0])
    b = o @ d
    c = o @ o - R * R
    disc = b * b - c
    ts = [-b - math.sqrt(disc), -b + math.sqrt(disc)]
    t = min(t for t in ts if t > 0)
    return p0 + t * d


def _draw_ggplot(wrong):
    f, do, ho = 10.0, 15.0, 3.0  # convex mirror: f = -10 cm
    di = 1 / (1 / -f - 1 / do)  # -6 cm: virtual, 6 cm behind the mirror
    hi = -ho * di / do  # +1.2 cm, upright
    img_x, img_h = -di, hi  # x > 0 is behind the mirror
    concave = False
    ho_lab = "3"
    if wrong == "image_in_front":  # breaks "convex mirror" image behind the mirror (virtual)
        img_x = di
    if wrong == "image_inverted":  # breaks "convex mirror" (virtual image, m = +0.4, upright)
        img_h = -hi
    if wrong == "mirror_drawn_concave":  # breaks "convex mirror"
        concave = True
    if wrong == "ho_label_5":  # breaks "3 cm tall"
        ho_lab = "5"
    R = 2 * f
    cx = -R if concave else R
    xo, yo = -do, ho
    ray_c, ext_c = "#F8766D", "#00BFC4"

    def build(fig):
        ax = fig.add_axes([0.07, 0.13, 0.72, 0.78])
        ax.set_xlim(-18, 22)
        ax.set_ylim(-6.5, 6.5)
        ax.set_aspect("equal")
        ax.minorticks_on()
        ax.grid(True, which="minor", color="white", lw=0.55)
        ax.tick_params(which="minor", length=0)
        for s in ax.spines.values():
            s.set_visible(False)
        ax.axhline(0, color="#333333", lw=0.8)
        yy = np.linspace(-6, 6, 200)
        xx = cx - np.sign(cx) * np.sqrt(R * R - yy ** 2)
        ax.plot(xx, yy, color="black", lw=2.4, zorder=4)
        for yv in np.arange(-5.6, 5.7, 0.8):  # hatching on the back (silvered) side
            xv = cx - np.sign(cx) * math.sqrt(R * R - yv * yv)
            sx = 0.6 if not concave else -0.6
            ax.plot([xv, xv + sx], [yv, yv + 0.5], color="black", lw=0.8, zorder=4)
        # ray 1: parallel to the axis; reflected as if from F (behind the mirror, x = +f)
        h1 = _mirror_hit((xo, yo), (0, yo), cx, R, 1)
        ax.plot([xo, h1[0]], [yo, h1[1]], color=ray_c, lw=1.4)
        Fx = f if not concave else -f
        d1 = h1 - np.array([Fx, 0.0])
        d1 /= np.linalg.norm(d1)
        out = h1 + d1 * 18 if not concave else h1 - d1 * 18
        ax.plot([h1[0], out[0]], [h1[1], out[1]], color=ray_c, lw=1.4)
        ax.plot([h1[0], Fx], [h1[1], 0], color=ext_c, lw=1.2, ls="--")
        # ray 2: aimed at C, reflected back along itself; extension to C
        h2 = _mirror_hit((xo, yo), (cx, 0), cx, R, 1)
        ax.plot([xo, h2[0]], [yo, h2[1]], color=ray_c, lw=1.4)
        ax.plot([h2[0], cx], [h2[1], 0], color=ext_c, lw=1.2, ls="--")
        # ray 3: aimed at F behind the mirror, reflected parallel
        h3 = _mirror_hit((xo, yo), (f, 0), cx, R, 1)
        ax.plot([xo, h3[0]], [yo, h3[1]], color=ray_c, lw=1.4)
        ax.plot([h3[0], -18], [h3[1], h3[1]], color=ray_c, lw=1.4)
        ax.plot([h3[0], 22], [h3[1], h3[1]], color=ext_c, lw=1.2, ls="--")
        arrow(ax, (xo, 0), (xo, yo), color="#333333", lw=2.6, head=16, z=6)
        arrow(ax, (img_x, 0), (img_x, img_h), color="#7CAE00", lw=2.6, head=16, z=6)
        for x, nm in ((Fx, "F"), (cx, "C")):
            ax.plot([x], [0], "o", color="black", ms=5, zorder=6)
            ax.text(x, -0.4, nm, ha="center", va="top", fontsize=12)
        ax.text(xo - 0.9, yo / 2, f"h$_o$ = {ho_lab} cm", ha="right", va="center", fontsize=11, rotation=90)
        _dim(ax, xo, 0, -4.6, "d$_o$ = 15 cm", color="#333333")
        _dim(ax, 0, Fx, -2.2, "f = 10 cm", color="#333333")
        ax.set_xlabel("distance along the axis (cm)")
        ax.set_ylabel("height (cm)")
        ax.set_title("Ray diagram", loc="left")
        hs = [Line2D([0], [0], color="#333333", lw=2.6), Line2D([0], [0], color="#7CAE00", lw=2.6),
              Line2D([0], [0], color=ray_c, lw=1.4), Line2D([0], [0], color=ext_c, lw=1.2, ls="--")]
        fig.legend(hs, ["object", "image", "ray", "extension"], title="line", loc="center left",
                   bbox_to_anchor=(0.8, 0.55), frameon=False, fontsize=11)

    return render("ggplot", 1200, 700, build)


def _draw_origin(wrong):
    f, do, ho = 6.0, 4.0, 1.5
    di = 1 / (1 / f - 1 / do)  # -12 cm: virtual, on the object's side
    hi = -ho * di / do  # +4.5 cm, upright
    img_x, img_h = di, hi
    do_lab, f_lab = "4", "6"
    if wrong == "image_on_far_side":  # breaks "4 cm from a converging lens of focal length 6 cm" (d_i = -12 cm, object side)
        img_x = -di
    if wrong == "image_inverted":  # breaks "4 cm from ... focal length 6 cm" (m = +3, upright)
        img_h = -hi
    if wrong == "do_label_8":  # breaks "placed 4 cm from"
        do_lab = "8"
    if wrong == "f_label_3":  # breaks "focal length of 6 cm"
        f_lab = "3"
    xo, yo = -do, ho

    def build(fig):
        ax = fig.add_axes([0.08, 0.17, 0.88, 0.75])
        ax.set_xlim(-16, 15)
        ax.set_ylim(-2.5, 6)
        ax.set_aspect("equal")
        ax.axhline(0, color="black", lw=0.8)
        _lens(ax, 0, 7.0, "converging", fc="#D8E6F5", ec="black")
        # ray 1: parallel, then through F' (+f); back-extension dashed to the image
        ax.plot([xo, 0], [yo, yo], color="#FF0000", lw=1.6)
        ax.plot([0, 15], [yo, yo - 15 * yo / f], color="#FF0000", lw=1.6)
        ax.plot([0, -16], [yo, yo + 16 * yo / f], color="#FF0000", lw=1.2, ls=(0, (5, 4)))
        # ray 2: through the centre, undeviated; back-extension
        s = yo / xo
        ax.plot([xo, 15], [yo, s * 15], color="#0000FF", lw=1.6)
        ax.plot([xo, -16], [yo, s * -16], color="#0000FF", lw=1.2, ls=(0, (5, 4)))
        arrow(ax, (xo, 0), (xo, yo), color="black", lw=2.6, head=16, z=6)
        ax.annotate("", xy=(img_x, img_h), xytext=(img_x, 0), zorder=6,
                    arrowprops=dict(arrowstyle="-|>", color="#008000", lw=2.4, ls="--", mutation_scale=16,
                                    shrinkA=0, shrinkB=0))
        for x, nm in ((-f, "F"), (f, "F'")):
            ax.plot([x], [0], "s", color="black", ms=5)
            ax.text(x, -0.3, nm, ha="center", va="top", fontsize=13)
        ax.text(xo + 0.25, yo + 0.25, "h$_o$ = 1,5 cm", fontsize=12)
        ax.annotate("", xy=(0, -1.6), xytext=(xo, -1.6), arrowprops=dict(arrowstyle="<->", lw=1.0))
        ax.text(xo / 2, -1.75, f"d$_o$ = {do_lab} cm", ha="center", va="top", fontsize=12)
        ax.text(f + 0.3, 0.35, f"f = {f_lab} cm", fontsize=12)
        ax.set_xlabel("x [cm]")
        ax.set_ylabel("y [cm]")
        hs = [Line2D([0], [0], color="black", lw=2.6), Line2D([0], [0], color="#008000", lw=2.4, ls="--"),
              Line2D([0], [0], color="#FF0000", lw=1.6), Line2D([0], [0], color="#0000FF", lw=1.6)]
        ax.legend(hs, ["object", "image", "ray 1", "ray 2"], loc="upper right", fontsize=11)
        caption(fig, "Figure 4: Converging lens used as a magnifying glass.", size=13)
        panel_letter(fig, "(c)", size=15)

    return render("origin", 1100, 640, build)


def cases():
    return [
        {"id": "h11-optics-matlab", "tool": "matplotlib imitating MATLAB (plot, quiver-like arrows, legend)",
         "style": "grey figure, boxed axes, MATLAB colour order, TeX-style d_o / h_o labels, dimension line (1400x700)",
         "text": "An object 2 cm tall is placed 18 cm from a converging lens with focal length 6 cm.",
         "draw": _draw_matlab, "wrongs": ["image_upright", "image_at_12", "lens_drawn_diverging", "f_label_9"]},
        {"id": "h11-optics-ggplot2", "tool": "matplotlib imitating ggplot2 theme_grey",
         "style": "grey panel, white grid, hue palette, 'line' legend, rotated h_o label (1200x700)",
         "text": "An object 3 cm tall stands 15 cm in front of a convex mirror with focal length 10 cm.",
         "draw": _draw_ggplot, "wrongs": ["image_in_front", "image_inverted", "mirror_drawn_concave", "ho_label_5"]},
        {"id": "h11-optics-origin", "tool": "matplotlib imitating an Origin graph",
         "style": "thick black frame, inward major/minor ticks, framed legend, decimal comma, caption, (c) (1100x640)",
         "text": "An object 1.5 cm tall is placed 4 cm from a converging lens of focal length 6 cm.",
         "draw": _draw_origin, "wrongs": ["image_on_far_side", "image_inverted", "do_label_8", "f_label_3"]},
    ]
