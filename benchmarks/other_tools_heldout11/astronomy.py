"""Held-out set 11, astronomy: orbit diagrams drawn in the manner of plotly, gnuplot and an Excel /
LibreOffice Calc XY-scatter chart.

Written by an outside helper without reading how nesy reads figures. Drawn with matplotlib's object API
(Agg) using rc settings that imitate each program's default look; plotly, gnuplot, Excel and LibreOffice
were not run. Orbits are drawn to scale on equal axes (AU, or thousands of km for moons).
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

from matplotlib.patches import Circle, Ellipse, Rectangle, Wedge
from matplotlib.lines import Line2D

SCIENCE = "astronomy"


def _modebar(fig, x=0.62, y=0.955):
    """plotly's mode bar: a row of small grey icons at the top right."""
    ax = fig.add_axes([x, y - 0.02, 0.36, 0.04])
    ax.set_xlim(0, 10)
    ax.set_ylim(0, 1)
    ax.axis("off")
    for i in range(8):
        cx = 1.0 + i * 1.1
        if i == 0:
            ax.add_patch(Rectangle((cx - 0.25, 0.3), 0.5, 0.4, fc="#C7D2E3", ec="none"))
        elif i in (1, 2):
            ax.add_patch(Circle((cx, 0.5), 0.17, fc="none", ec="#C7D2E3", lw=1.2))
        elif i in (3, 4):
            ax.plot([cx - 0.2, cx + 0.2], [0.5, 0.5], color="#C7D2E3", lw=1.6)
            if i == 3:
                ax.plot([cx, cx], [0.3, 0.7], color="#C7D2E3", lw=1.6)
        else:
            ax.add_patch(Rectangle((cx - 0.2, 0.3), 0.4, 0.4, fc="none", ec="#C7D2E3", lw=1.2))


def _draw_plotly(wrong):
    pl = [("Venus", 0.72, 40.0, "#636EFA"), ("Mars", 1.52, 160.0, "#EF553B"), ("Jupiter", 5.2, 290.0, "#00CC96")]
    lab = {"Venus": "0.72", "Mars": "1.52", "Jupiter": "5.2"}
    names = ["Venus", "Mars", "Jupiter"]
    if wrong == "jupiter_orbit_at_4":  # breaks "Jupiter at 5.2 AU" (drawn at 4 AU, label kept)
        pl[2] = ("Jupiter", 4.0, 290.0, "#00CC96")
    if wrong == "mars_dropped":  # breaks "Mars at 1.52 AU"
        pl = [pl[0], pl[2]]
        names = ["Venus", "Jupiter"]
    if wrong == "venus_label_0.27":  # breaks "Venus orbits the Sun at 0.72 AU"
        lab["Venus"] = "0.27"
    if wrong == "venus_mars_swapped":  # breaks "Venus at 0.72 AU, Mars at 1.52 AU" (names swapped)
        pl = [("Mars", 0.72, 40.0, "#636EFA"), ("Venus", 1.52, 160.0, "#EF553B"), pl[2]]
        names = ["Mars", "Venus", "Jupiter"]

    def build(fig):
        ax = fig.add_axes([0.08, 0.1, 0.62, 0.8])
        ax.set_xlim(-6.2, 6.2)
        ax.set_ylim(-6.2, 6.2)
        ax.set_aspect("equal")
        for s in ax.spines.values():
            s.set_visible(False)
        ax.axhline(0, color="white", lw=2.2, zorder=0.5)
        ax.axvline(0, color="white", lw=2.2, zorder=0.5)
        t = np.linspace(0, 2 * np.pi, 400)
        handles, labels = [], []
        for (n, r, ang, c) in pl:
            ax.plot(r * np.cos(t), r * np.sin(t), color=c, lw=2)
            x, y = r * math.cos(math.radians(ang)), r * math.sin(math.radians(ang))
            ax.plot([x], [y], "o", color=c, ms=9, mec="white", mew=1)
            ax.text(x + 0.25, y + 0.25, n, fontsize=11, color="#2a3f5f")
            handles.append(Line2D([0], [0], color=c, lw=2, marker="o", ms=7))
            labels.append(f"{n} (a = {lab[n]} AU)")
        ax.plot([0], [0], "o", color="#FECB52", ms=14, mec="#E8A600", zorder=5)
        ax.text(0.2, -0.55, "Sun", fontsize=10)
        handles.append(Line2D([0], [0], color="none", marker="o", ms=10, mfc="#FECB52", mec="#E8A600"))
        labels.append("Sun")
        order = [labels.index(f"{n} (a = {lab[n]} AU)") for n in ("Venus", "Mars", "Jupiter") if n in names]
        fig.legend([handles[i] for i in order] + [handles[-1]], [labels[i] for i in order] + ["Sun"],
                   loc="upper left", bbox_to_anchor=(0.72, 0.88), fontsize=11, title="planet",
                   frameon=False)
        ax.set_xlabel("x [AU]")
        ax.set_ylabel("y [AU]")
        fig.text(0.08, 0.94, "Orbits around the Sun (to scale)", fontsize=15, color="#2a3f5f")
        _modebar(fig)

    return render("plotly", 1100, 800, build)


def _draw_gnuplot(wrong):
    # JPL planetary satellite mean elements, semi-major axes in km
    moons = [("Mimas", 185539, 20.0), ("Enceladus", 238042, 110.0), ("Tethys", 294672, 200.0),
             ("Dione", 377415, 300.0)]
    planet = "Saturn"
    if wrong == "tethys_dione_swapped":  # breaks "in order of distance" (Tethys inside Dione)
        moons[2], moons[3] = ("Dione", 294672, 200.0), ("Tethys", 377415, 300.0)
    if wrong == "enceladus_dropped":  # breaks "moons Mimas, Enceladus, Tethys and Dione"
        moons = [m for m in moons if m[0] != "Enceladus"]
    if wrong == "dione_named_rhea":  # breaks "Dione"
        moons = [(("Rhea",) + m[1:]) if m[0] == "Dione" else m for m in moons]
    if wrong == "planet_named_jupiter":  # breaks "Saturn has moons"
        planet = "Jupiter"
    cols = ["#9400D3", "#009E73", "#56B4E9", "#E69F00"]

    def build(fig):
        ax = fig.add_axes([0.07, 0.1, 0.6, 0.84])
        ax.set_xlim(-420, 420)
        ax.set_ylim(-420, 420)
        ax.set_aspect("equal")
        ax.set_xticks(range(-400, 401, 100))
        ax.set_yticks(range(-400, 401, 100))
        t = np.linspace(0, 2 * np.pi, 500)
        hs, ls = [], []
        for i, (n, a, ang) in enumerate(moons):
            r = a / 1000.0
            ax.plot(r * np.cos(t), r * np.sin(t), color=cols[i], lw=1.2)
            x, y = r * math.cos(math.radians(ang)), r * math.sin(math.radians(ang))
            ax.plot([x], [y], marker="o", color=cols[i], ms=7)
            ax.text(x + 12, y + 12, n, fontsize=11)
            hs.append(Line2D([0], [0], color=cols[i], lw=1.2))
            ls.append(f"{n}  {thin(a)} km")
        # Saturn (equatorial radius 60 268 km) and its main rings (74 500 - 136 780 km), to scale
        ax.add_patch(Wedge((0, 0), 136.78, 0, 360, width=136.78 - 74.5, fc="#D9CDB0", ec="#A89A70", lw=0.6))
        ax.add_patch(Circle((0, 0), 60.268, fc="#E3C16F", ec="#8C6A1E", lw=1.0, zorder=3))
        ax.text(0, 0, planet, ha="center", va="center", fontsize=10, zorder=4)
        leg = fig.legend(hs, ls, loc="upper left", bbox_to_anchor=(0.68, 0.92), markerfirst=False,
                         fontsize=11, title=f"moons of {planet}: semi-major axis", title_fontsize=11)
        leg._legend_box.align = "right"
        ax.set_xlabel("x [10³ km]")
        ax.set_ylabel("y [10³ km]")

    return render("gnuplot", 1200, 700, build)


def _draw_excel(wrong):
    a, e = 3.84, 0.58
    a_lab, e_lab, name = "3,84", "0,58", "Faye"
    sun_at_centre = False
    if wrong == "sun_at_centre":  # breaks "orbits the Sun" (Kepler's first law: the Sun at a focus)
        sun_at_centre = True
    if wrong == "ellipse_e_0.2":  # breaks "eccentricity 0.58" (drawn e = 0.2, label kept)
        e = 0.2
    if wrong == "a_label_4.83":  # breaks "semi-major axis 3.84 AU"
        a_lab = "4,83"
    if wrong == "named_Biela":  # breaks "Comet Faye"
        name = "Biela"
    b = a * math.sqrt(1 - e * e)
    c = a * e
    cx = 0.0 if sun_at_centre else -c  # ellipse centre; the Sun is at the origin

    def build(fig):
        fig.add_artist(Rectangle((0.003, 0.003), 0.994, 0.994, transform=fig.transFigure, fc="none",
                                 ec="#D9D9D9", lw=1.0))
        ax = fig.add_axes([0.09, 0.16, 0.86, 0.72])
        ax.set_xlim(-7.5, 4.5)
        ax.set_ylim(-4.2, 4.2)
        ax.set_aspect("equal", adjustable="box")
        ax.set_xticks(range(-7, 5))
        ax.set_yticks(range(-4, 5))
        ax.grid(True, axis="both")
        for s in ("top", "right"):
            ax.spines[s].set_visible(False)
        ax.spines["left"].set_position(("data", 0))
        ax.spines["bottom"].set_position(("data", 0))
        ax.tick_params(labelsize=10)
        t = np.linspace(0, 2 * np.pi, 720)
        ax.plot(cx + a * np.cos(t), b * np.sin(t), color="#4472C4", lw=2.25, label=f"Comet {name}")
        ax.plot([cx + a], [0], marker="D", color="#4472C4", ms=7, ls="none")
        ax.plot([0], [0], marker="o", color="#ED7D31", ms=13, ls="none", label="Sun")
        ax.text(-7.3, 3.45, f"a = {a_lab} AU\ne = {e_lab}", fontsize=11, color="#404040", va="top",
                bbox=dict(boxstyle="square,pad=0.4", fc="white", ec="#BFBFBF", lw=0.75))
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.07), ncol=2, fontsize=10, frameon=False)
        fig.text(0.5, 0.93, f"Orbit of comet {name}", ha="center", fontsize=14, color="#595959")
        ax.text(4.45, 0.15, "x [AU]", ha="right", fontsize=10)
        ax.text(0.12, 4.0, "y [AU]", ha="left", fontsize=10)

    return render("excel", 1000, 700, build)


def cases():
    return [
        {"id": "h11-astronomy-plotly", "tool": "matplotlib imitating plotly (default template, mode bar)",
         "style": "#E5ECF6 plot area, white grid and zero lines, values in the legend (1100x800)",
         "text": "Venus orbits the Sun at 0.72 AU, Mars at 1.52 AU and Jupiter at 5.2 AU.", "draw": _draw_plotly,
         "wrongs": ["jupiter_orbit_at_4", "mars_dropped", "venus_label_0.27", "venus_mars_swapped"]},
        {"id": "h11-astronomy-gnuplot", "tool": "matplotlib imitating gnuplot (parametric circles, key)",
         "style": "black border, mirrored inward ticks, key with thin-space thousands (1200x700)",
         "text": "Saturn has moons Mimas, Enceladus, Tethys and Dione, in order of distance from Saturn.",
         "draw": _draw_gnuplot,
         "wrongs": ["tethys_dione_swapped", "enceladus_dropped", "dione_named_rhea", "planet_named_jupiter"]},
        {"id": "h11-astronomy-excel", "tool": "matplotlib imitating an Excel / LibreOffice XY (scatter) chart",
         "style": "Office colours, grey gridlines and chart border, decimal-comma text box, legend below (1000x700)",
         "text": "Comet Faye orbits the Sun with semi-major axis 3.84 AU and eccentricity 0.58.",
         "draw": _draw_excel, "wrongs": ["sun_at_centre", "ellipse_e_0.2", "a_label_4.83", "named_Biela"]},
    ]
