"""Held-out set 11, mechanics: free-body diagrams drawn in the manner of gnuplot, seaborn (darkgrid) and
Origin.

Written by an outside helper without reading how nesy reads figures. Drawn with matplotlib's object API
(Agg) using rc settings that imitate each program's default look; gnuplot, seaborn and Origin were not run.
Forces from W = m g (g = 9.81 m/s^2), Hooke's law F = k x, and equilibrium; arrows to a stated scale.
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

from matplotlib.patches import Polygon, Rectangle, Circle, Arc
from matplotlib.lines import Line2D

SCIENCE = "mechanics"
G = 9.81


def _spring(x, y0, y1, n=12, w=0.06):
    ys = np.linspace(y0, y1, 2 * n + 3)
    xs = np.full_like(ys, x)
    xs[2:-2] = x + w * np.array([1 if i % 2 == 0 else -1 for i in range(len(ys) - 4)])
    return xs, ys


def _draw_gnuplot(wrong):
    m, k = 3.0, 150.0
    W = m * G  # 29.43 N
    ext = W / k  # 0.196 m
    L0, r = 0.30, 0.05
    sc = 0.01  # metres of arrow per newton
    w_lab, m_lab = "29.4", "3"
    spring = True
    fs_dir = 1
    if wrong == "spring_force_down":  # breaks "hangs from a spring" (the spring pulls the ball up)
        fs_dir = -1
    if wrong == "weight_label_14.7":  # breaks "3 kg" (W = m g = 29.4 N)
        w_lab = "14.7"
    if wrong == "mass_label_5":  # breaks "A 3 kg ball"
        m_lab = "5"
    if wrong == "spring_dropped":  # breaks "hangs from a spring"
        spring = False
    yb = -(L0 + ext) - r  # ball centre

    def build(fig):
        ax = fig.add_axes([0.16, 0.08, 0.8, 0.86])
        ax.set_xlim(-0.45, 0.45)
        ax.set_ylim(-1.0, 0.08)
        ax.set_aspect("equal")
        ax.add_patch(Rectangle((-0.3, 0.0), 0.6, 0.04, fc="none", ec="black", hatch="////", lw=1.0))
        ax.plot([-0.3, 0.3], [0, 0], color="black", lw=1.5)
        hs, ls = [], []
        if spring:
            xs, ys = _spring(0.0, 0.0, -(L0 + ext))
            ax.plot(xs, ys, color="#9400D3", lw=1.5)
            hs.append(Line2D([0], [0], color="#9400D3", lw=1.5))
            ls.append("spring, k = 150 N/m")
        ax.plot([-0.25, 0.25], [-L0, -L0], color="#56B4E9", lw=1.0, ls=(0, (6, 4)))
        ax.text(0.26, -L0, "natural length", fontsize=10, va="center")
        ax.annotate("", xy=(-0.2, -(L0 + ext)), xytext=(-0.2, -L0),
                    arrowprops=dict(arrowstyle="<->", lw=0.9, shrinkA=0, shrinkB=0))
        ax.text(-0.215, -L0 - ext / 2, "x = 0.196 m", ha="right", va="center", fontsize=10)
        ax.add_patch(Circle((0, yb), r, fc="#E69F00", ec="black", lw=1.0, zorder=4))
        hs.append(Line2D([0], [0], marker="o", ls="none", mfc="#E69F00", mec="black", ms=10))
        ls.append(f"ball, m = {m_lab} kg")
        if spring:
            xa = 0.11  # drawn beside the spring so that it stays visible; it acts on the ball
            tip = (xa, yb + fs_dir * W * sc)
            arrow(ax, (xa, yb), tip, color="#009E73", lw=2.0, head=14)
            ax.plot([r * 0.9, xa], [yb, yb], color="#009E73", lw=0.8, ls=":")
            ax.text(xa + 0.02, (yb + tip[1]) / 2, "F$_s$", fontsize=13, color="#009E73")
            hs.append(Line2D([0], [0], color="#009E73", lw=2.0))
            ls.append("F$_s$ = 29.4 N")
        arrow(ax, (0, yb - r), (0, yb - r - W * sc), color="#E51E10", lw=2.0, head=14)
        ax.text(0.02, yb - r - W * sc / 2, "W", fontsize=13, color="#E51E10")
        hs.append(Line2D([0], [0], color="#E51E10", lw=2.0))
        ls.append(f"W = {w_lab} N")
        ax.plot([0.2, 0.3], [-0.93, -0.93], color="black", lw=2)
        ax.text(0.25, -0.92, "10 N", ha="center", va="bottom", fontsize=10)
        ax.legend(hs, ls, loc="lower left", markerfirst=False, fontsize=11)
        ax.set_xlabel("x [m]")
        ax.set_ylabel("y [m]")
        ax.set_title("Mass on a spring (equilibrium)")

    return render("gnuplot", 800, 1000, build)


def _draw_seaborn(wrong):
    m, F, ang = 10.0, 60.0, 20.0
    W = m * G  # 98.1 N
    N = W - F * math.sin(math.radians(ang))  # 77.6 N
    ang_draw = ang
    f_lab, m_lab = "60", "10"
    if wrong == "pull_drawn_40deg":  # breaks "at 20 degrees" (drawn at 40, label kept)
        ang_draw = 40.0
    if wrong == "pull_label_80":  # breaks "a force of 60 N"
        f_lab = "80"
    if wrong == "mass_label_16":  # breaks "A 10 kg box"
        m_lab = "16"
    if wrong == "pull_below_horizontal":  # breaks "above the horizontal"
        ang_draw = -20.0
    a = math.radians(ang_draw)
    tip = (F * math.cos(a), F * math.sin(a))

    def build(fig):
        ax = fig.add_axes([0.1, 0.1, 0.85, 0.82])
        ax.set_xlim(-90, 110)
        ax.set_ylim(-125, 110)
        ax.set_aspect("equal")
        for s in ax.spines.values():
            s.set_visible(False)
        h = 24
        ax.add_patch(Rectangle((-h, -h), 2 * h, 2 * h, fc="#C8C8D8", ec="#4C4C66", lw=1.5, zorder=3))
        ax.text(-13, 12, f"{m_lab} kg", ha="center", va="center", fontsize=14, zorder=7)
        ax.plot([-85, 105], [-h, -h], color="#4C4C66", lw=2.0, zorder=2)
        for xx in range(-80, 106, 10):
            ax.plot([xx, xx - 6], [-h, -h - 6], color="#4C4C66", lw=0.8, zorder=2)
        arrow(ax, (0, 0), tip, color="#4C72B0", lw=2.6, head=18, z=6)
        rot_text(ax, (0, 0), tip, f"F [N] = {f_lab}", off=7, size=13, color="#4C72B0")
        arrow(ax, (0, 0), (0, -W), color="#C44E52", lw=2.6, head=18, z=6)
        ax.text(4, -W + 8, "W [N] = 98.1", fontsize=13, color="#C44E52")
        arrow(ax, (0, 0), (0, N), color="#55A868", lw=2.6, head=18, z=6)
        ax.text(4, N - 6, "N [N] = 77.6", fontsize=13, color="#55A868")
        ax.plot([0, 45], [0, 0], color="#262626", lw=0.9, ls="--", zorder=5)
        lo, hi = (0, ang_draw) if ang_draw >= 0 else (ang_draw, 0)
        ax.add_patch(Arc((0, 0), 70, 70, theta1=lo, theta2=hi, color="#262626", lw=1.0, zorder=5))
        ym = 35 * math.sin(math.radians(ang_draw / 2)) + (3 if ang_draw >= 0 else -9)
        ax.text(37, ym, "20°", fontsize=12)
        ax.plot([60, 90], [-110, -110], color="#262626", lw=2.5)
        ax.text(75, -106, "30 N", ha="center", va="bottom", fontsize=11)
        ax.set_xlabel("F$_x$ [N]")
        ax.set_ylabel("F$_y$ [N]")

    return render("seaborn", 1200, 800, build)


def _draw_origin(wrong):
    m, th = 5.0, 30.0
    W = m * G  # 49.05 N
    N = W * math.cos(math.radians(th))  # 42.48 N
    f = W * math.sin(math.radians(th))  # 24.53 N (static friction, up the slope)
    th_draw, ang_lab = th, "30°"
    f_dir, n_vertical = 1, False
    if wrong == "friction_down_slope":  # breaks "rests on a ramp" (static friction acts up the slope)
        f_dir = -1
    if wrong == "ramp_drawn_45":  # breaks "inclined at 30 degrees" (drawn 45, label kept)
        th_draw = 45.0
    if wrong == "angle_label_60":  # breaks "inclined at 30 degrees"
        ang_lab = "60°"
    if wrong == "normal_vertical":  # breaks "rests on a ramp" (normal force perpendicular to it)
        n_vertical = True
    t = math.radians(th_draw)
    u = np.array([math.cos(t), math.sin(t)])
    nrm = np.array([-math.sin(t), math.cos(t)])
    base = 8.0
    top = base * math.tan(t)
    s = 1.0  # block side (m)
    c = u * 4.6 / math.cos(t) * math.cos(t) + nrm * s / 2  # block centre, 4.6 m up the slope
    sc = 0.05  # m of arrow per N

    def build(fig):
        ax = fig.add_axes([0.1, 0.17, 0.86, 0.76])
        ax.set_xlim(-0.5, 9.5)
        ax.set_ylim(-0.8, 8.6)
        ax.set_aspect("equal")
        ax.add_patch(Polygon([[0, 0], [base, 0], [base, top]], closed=True, fc="#E0E0E0", ec="black", lw=1.5))
        corners = [c + (-u - nrm) * s / 2, c + (u - nrm) * s / 2, c + (u + nrm) * s / 2, c + (-u + nrm) * s / 2]
        ax.add_patch(Polygon(corners, closed=True, fc="#9999FF", ec="black", lw=1.5, zorder=3))
        ax.text(c[0], c[1], "5 kg", rotation=th_draw, rotation_mode="anchor", ha="center", va="center",
                fontsize=12, zorder=4)
        ax.add_patch(Arc((0, 0), 2.4, 2.4, theta1=0, theta2=th_draw, lw=1.2))
        ax.text(1.35 * math.cos(t / 2) + 0.1, 1.35 * math.sin(t / 2) - 0.15, ang_lab, fontsize=13)
        # weight from the centre, straight down
        arrow(ax, c, c + np.array([0, -W * sc]), color="#FF0000", lw=2.2, head=16, z=6)
        ax.text(c[0] + 0.12, c[1] - W * sc + 0.1, "W = 49,05 N", fontsize=12, color="#FF0000")
        # normal force from the contact face
        p0 = c - nrm * s / 2
        nd = np.array([0.0, 1.0]) if n_vertical else nrm
        arrow(ax, c, c + nd * N * sc, color="#0000FF", lw=2.2, head=16, z=6)
        rot_text(ax, c, c + nd * N * sc, "N = 42,48 N", off=0.3, size=12, color="#0000FF")
        # static friction along the surface, at the contact face
        q1 = p0 + u * f_dir * f * sc
        arrow(ax, p0, q1, color="#008000", lw=2.2, head=16, z=6)
        rot_text(ax, p0, q1, "f$_s$ = 24,53 N", off=-0.3, size=12, color="#008000")
        ax.plot([6.2, 7.2], [-0.45, -0.45], color="black", lw=2.5)
        ax.text(6.7, -0.38, "20 N", ha="center", va="bottom", fontsize=11)
        ax.set_xlabel("x [m]")
        ax.set_ylabel("y [m]")
        caption(fig, "Figure 5: Block at rest on an inclined plane (forces to scale).", size=13)
        panel_letter(fig, "(b)", size=15)

    return render("origin", 1000, 820, build)


def cases():
    return [
        {"id": "h11-mechanics-gnuplot", "tool": "matplotlib imitating gnuplot (enhanced-text subscripts, key)",
         "style": "portrait, black border, mirrored inward ticks, values in the key (label before sample) (800x1000)",
         "text": "A 3 kg ball hangs from a spring with spring constant 150 N/m.",
         "draw": _draw_gnuplot, "wrongs": ["spring_force_down", "weight_label_14.7", "mass_label_5", "spring_dropped"]},
        {"id": "h11-mechanics-seaborn", "tool": "matplotlib with a seaborn-darkgrid look (force components in N)",
         "style": "#EAEAF2 panel, white grid, deep palette, 'F [N] = 60' rotated along the pull (1200x800)",
         "text": "A 10 kg box is pulled along a horizontal floor by a force of 60 N at 20 degrees above the horizontal.",
         "draw": _draw_seaborn, "wrongs": ["pull_drawn_40deg", "pull_label_80", "mass_label_16", "pull_below_horizontal"]},
        {"id": "h11-mechanics-origin", "tool": "matplotlib imitating an Origin graph",
         "style": "thick frame, inward ticks, decimal-comma labels rotated along the slope, caption, (b) (1000x820)",
         "text": "A 5 kg block rests on a ramp inclined at 30 degrees.",
         "draw": _draw_origin, "wrongs": ["friction_down_slope", "ramp_drawn_45", "angle_label_60", "normal_vertical"]},
    ]
