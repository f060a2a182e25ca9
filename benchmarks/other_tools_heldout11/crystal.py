"""Held-out set 11, crystal: unit cells drawn in the manner of MATLAB scatter3, Mathematica Graphics3D and
gnuplot splot.

Written by an outside helper without reading how nesy reads figures. Drawn with matplotlib (mplot3d for the
MATLAB and gnuplot looks, a hand-made orthographic projection with shaded ball images for the Mathematica
look) using rc settings that imitate each program; MATLAB, Mathematica and gnuplot were not run. Atom sites
are at exact fractional coordinates times the stated lattice constant (in angstrom).
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

from matplotlib.lines import Line2D
from matplotlib.patches import Patch

SCIENCE = "crystal"

_CORNERS = [(i, j, k) for i in (0, 1) for j in (0, 1) for k in (0, 1)]
_FACES = [(0.5, 0.5, 0), (0.5, 0.5, 1), (0.5, 0, 0.5), (0.5, 1, 0.5), (0, 0.5, 0.5), (1, 0.5, 0.5)]
_EDGES = [((0, 0, 0), (1, 0, 0)), ((0, 1, 0), (1, 1, 0)), ((0, 0, 1), (1, 0, 1)), ((0, 1, 1), (1, 1, 1)),
          ((0, 0, 0), (0, 1, 0)), ((1, 0, 0), (1, 1, 0)), ((0, 0, 1), (0, 1, 1)), ((1, 0, 1), (1, 1, 1)),
          ((0, 0, 0), (0, 0, 1)), ((1, 0, 0), (1, 0, 1)), ((0, 1, 0), (0, 1, 1)), ((1, 1, 0), (1, 1, 1))]


def _cell_lines(ax, a, color="black", lw=1.0):
    for p, q in _EDGES:
        ax.plot([p[0] * a, q[0] * a], [p[1] * a, q[1] * a], [p[2] * a, q[2] * a], color=color, lw=lw)


def _draw_matlab(wrong):
    a = 3.61
    name = "Cu"
    a_lab = "3.61"
    sites = list(_CORNERS) + list(_FACES)
    if wrong == "front_face_centre_dropped":  # breaks "face-centred cubic" (a face centre missing)
        sites.remove((0.5, 0, 0.5))
    if wrong == "body_centre_added":  # breaks "face-centred cubic" (no atom at the body centre)
        sites.append((0.5, 0.5, 0.5))
    if wrong == "a_label_3.16":  # breaks "a = 3.61 Å"
        a_lab = "3.16"
    if wrong == "named_Ni":  # breaks "Copper"
        name = "Ni"

    def build(fig):
        ax = fig.add_axes([0.08, 0.08, 0.84, 0.84], projection="3d")
        ax.view_init(elev=30, azim=-127.5)
        ax.set_proj_type("ortho")
        for axis in (ax.xaxis, ax.yaxis, ax.zaxis):
            axis.set_pane_color((1, 1, 1, 1))
            axis._axinfo["grid"].update(color=(0.85, 0.85, 0.85, 1), linewidth=0.6)
            axis.line.set_color("#262626")
        _cell_lines(ax, a, color="black", lw=1.0)
        P = np.array(sites, float) * a
        ax.scatter(P[:, 0], P[:, 1], P[:, 2], s=420, c="#D95319", edgecolors="black", linewidths=0.6,
                   depthshade=False, alpha=1.0)
        ax.set_xlim(0, a)
        ax.set_ylim(0, a)
        ax.set_zlim(0, a)
        ax.set_box_aspect((1, 1, 1))
        ticks = [0, 1, 2, 3]
        ax.set_xticks(ticks)
        ax.set_yticks(ticks)
        ax.set_zticks(ticks)
        ax.set_xlabel("x (Å)")
        ax.set_ylabel("y (Å)")
        ax.set_zlabel("z (Å)")
        ax.set_title(f"{name}, fcc, a = {a_lab} Å", fontweight="bold", fontsize=12)
        ax.legend([Line2D([0], [0], marker="o", ls="none", mfc="#D95319", mec="black", ms=10)], [name],
                  loc="upper right", fontsize=10)

    return render("matlab", 1120, 840, build)


def _draw_mathematica(wrong):
    a = 2.87
    a_lab = "2,87"
    sites = list(_CORNERS) + [(0.5, 0.5, 0.5)]
    if wrong == "body_centre_dropped":  # breaks "body-centred cubic"
        sites.remove((0.5, 0.5, 0.5))
    if wrong == "corner_dropped":  # breaks "body-centred cubic" (a corner atom missing)
        sites.remove((1, 0, 1))
    if wrong == "a_label_3.87":  # breaks "a = 2.87 Å"
        a_lab = "3,87"
    if wrong == "face_centre_added":  # breaks "body-centred cubic" (no atom at a face centre)
        sites.append((0.5, 0.5, 1))
    vp = np.array([2.6, -1.5, 1.1])
    w = vp / np.linalg.norm(vp)
    right = np.cross([0, 0, 1.0], w)
    right /= np.linalg.norm(right)
    up = np.cross(w, right)

    def P(p):
        p = np.asarray(p, float) * a - a / 2
        return p @ right, p @ up, p @ w

    def build(fig):
        ax = fig.add_axes([0.05, 0.12, 0.7, 0.82])
        ax.set_xlim(-3.3, 3.3)
        ax.set_ylim(-3.3, 3.3)
        ax.set_aspect("equal")
        ax.axis("off")
        rb = 0.45  # ball radius in angstrom (0.36 of the touching radius a*sqrt(3)/4 = 1.24 A)
        # bounding box (Boxed -> True), thin grey
        lo, hi = -rb / a, 1 + rb / a
        for p, q in _EDGES:
            p2 = [lo if c == 0 else hi for c in p]
            q2 = [lo if c == 0 else hi for c in q]
            (x0, y0, _), (x1, y1, _) = P(p2), P(q2)
            ax.plot([x0, x1], [y0, y1], color="#B0B0B0", lw=0.7, zorder=1)
        # cell edges behind and in front of the balls
        items = []
        for p, q in _EDGES:
            (x0, y0, d0), (x1, y1, d1) = P(p), P(q)
            items.append(((d0 + d1) / 2 - 0.01, "e", (x0, y0, x1, y1)))
        for s in sites:
            x, y, d = P(s)
            items.append((d, "b", (x, y)))
        items.sort(key=lambda t: t[0])
        for z, (d, k, g) in enumerate(items):
            if k == "e":
                ax.plot([g[0], g[2]], [g[1], g[3]], color="#404040", lw=1.3, zorder=2 + z)
            else:
                ball(ax, g[0], g[1], rb, "#D47A3A", z=2 + z, tint="#8AA0FF")
        # dimension label along the front bottom edge (0,0,0)-(1,0,0), rotated along it
        (x0, y0, _), (x1, y1, _) = P((0, -0.28, 0)), P((1, -0.28, 0))
        ax.plot([x0, x1], [y0, y1], color="#505050", lw=0.9, zorder=100)
        for (xa, ya, xb, yb) in ((x0, y0, x1, y1), (x1, y1, x0, y0)):
            arrow(ax, ((xa + xb) / 2, (ya + yb) / 2), (xa, ya), color="#505050", lw=0.9, head=10, z=100)
        rot_text(ax, (x0, y0), (x1, y1), f"a = {a_lab} Å", off=-0.22, size=14, color="#303030")
        fig.legend([Patch(fc="#D47A3A", ec="#7A4420")], ["Fe"], loc="upper left", bbox_to_anchor=(0.78, 0.8),
                   frameon=False, fontsize=14, handlelength=1.2, handleheight=1.2)
        caption(fig, "Figure 2: Conventional unit cell (balls not to scale).", size=12)
        panel_letter(fig, "(a)", size=15)

    return render("mathematica", 900, 900, build)


def _draw_gnuplot(wrong):
    a = 5.64
    cat, a_lab = "Na", "5.64"
    na = list(_CORNERS) + list(_FACES)
    cl = [(0.5, 0, 0), (0.5, 1, 0), (0.5, 0, 1), (0.5, 1, 1), (0, 0.5, 0), (1, 0.5, 0), (0, 0.5, 1),
          (1, 0.5, 1), (0, 0, 0.5), (1, 0, 0.5), (0, 1, 0.5), (1, 1, 0.5), (0.5, 0.5, 0.5)]
    if wrong == "body_centre_cl_dropped":  # breaks "rock-salt structure" (Cl at the body centre)
        cl.remove((0.5, 0.5, 0.5))
    if wrong == "face_na_as_cl":  # breaks "rock-salt structure" (face centre is Na, drawn Cl)
        na.remove((0.5, 0, 0.5))
        cl.append((0.5, 0, 0.5))
    if wrong == "a_label_4.64":  # breaks "a = 5.64 Å"
        a_lab = "4.64"
    if wrong == "named_K":  # breaks "Sodium chloride"
        cat = "K"

    def build(fig):
        ax = fig.add_axes([0.0, 0.07, 0.92, 0.85], projection="3d")
        ax.view_init(elev=30, azim=-60)
        ax.set_proj_type("ortho")
        for axis in (ax.xaxis, ax.yaxis, ax.zaxis):
            axis.set_pane_color((1, 1, 1, 0))
            axis.pane.set_edgecolor((1, 1, 1, 0))
            axis._axinfo["grid"].update(color=(1, 1, 1, 0), linewidth=0)
            axis.line.set_color("black")
            axis._axinfo["tick"].update(inward_factor=0.4, outward_factor=0.0)
        _cell_lines(ax, a, color="black", lw=1.0)
        A = np.array(na, float) * a
        B = np.array(cl, float) * a
        ax.scatter(A[:, 0], A[:, 1], A[:, 2], s=90, c="#9400D3", marker="o", depthshade=False,
                   label=cat)
        ax.scatter(B[:, 0], B[:, 1], B[:, 2], s=260, c="#009E73", marker="o", depthshade=False,
                   label="Cl")
        # gnuplot's ticslevel 0.5: the base plane sits half the z range below the data
        ax.set_xlim(0, 6)
        ax.set_ylim(0, 6)
        ax.set_zlim(-3, 6)
        ax.set_box_aspect((1, 1, 1.5))
        ax.set_xticks([0, 1, 2, 3, 4, 5, 6])
        ax.set_yticks([0, 1, 2, 3, 4, 5, 6])
        ax.set_zticks([0, 1, 2, 3, 4, 5, 6])
        ax.set_xlabel("x [Å]")
        ax.set_ylabel("y [Å]")
        fig.text(0.5, 0.95, f"{cat}Cl (rock salt), a = {a_lab} Å", ha="center", fontsize=12)
        fig.legend(loc="upper right", bbox_to_anchor=(0.97, 0.93), markerfirst=False, fontsize=11,
                  frameon=False)

    return render("gnuplot", 1024, 768, build)


def cases():
    return [
        {"id": "h11-crystal-matlab-scatter3", "tool": "matplotlib mplot3d imitating MATLAB scatter3/plot3",
         "style": "grey figure, 3-D axes with grid, view(-37.5, 30), bold title with a, legend (1120x840)",
         "text": "Copper is face-centred cubic with a = 3.61 Å.", "draw": _draw_matlab,
         "wrongs": ["front_face_centre_dropped", "body_centre_added", "a_label_3.16", "named_Ni"]},
        {"id": "h11-crystal-mathematica3d", "tool": "matplotlib (orthographic projection, shaded ball images) imitating Mathematica Graphics3D",
         "style": "Boxed, ViewPoint {1.3,-2.4,2}, tinted lighting, 'a = 2,87 Å' rotated along an edge, caption, (a) (900x900)",
         "text": "Iron is body-centred cubic with a = 2.87 Å.", "draw": _draw_mathematica,
         "wrongs": ["body_centre_dropped", "corner_dropped", "a_label_3.87", "face_centre_added"]},
        {"id": "h11-crystal-gnuplot-splot", "tool": "matplotlib mplot3d imitating gnuplot splot",
         "style": "view 60,30, ticslevel 0.5 gap, pt 7 points, key top right (label before sample) (1024x768)",
         "text": "Sodium chloride has the rock-salt structure with a = 5.64 Å.", "draw": _draw_gnuplot,
         "wrongs": ["body_centre_cl_dropped", "face_na_as_cl", "a_label_4.64", "named_K"]},
    ]
