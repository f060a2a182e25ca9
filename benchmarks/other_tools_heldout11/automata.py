"""Held-out set 11, automata: state diagrams drawn by Graphviz dot (the real program, when the `dot`
binary is on PATH), in the manner of a Mermaid flowchart, and in the manner of ggplot2/ggraph.

Written by an outside helper without reading how nesy reads figures. The Graphviz case runs `dot -Tpng`
(a caption is added with Pillow); if `dot` is absent it falls back to a matplotlib imitation of dot's look.
The Mermaid and ggraph looks are imitations drawn with matplotlib's object API (Agg); Mermaid and R were
not run.
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
from PIL import ImageDraw, ImageFont

SCIENCE = "automata"


def _dfa_spec(wrong):
    accept = {"q1"}
    start = "q0"
    edges = [("q0", "q1", "1"), ("q1", "q2", "0"), ("q2", "q1", "1"), ("q0", "q0", "0")]
    if wrong == "q1_not_accepting":  # breaks "q1 is accepting"
        accept = set()
    if wrong == "start_on_q2":  # breaks "q0 is the start state"
        start = "q2"
    if wrong == "q2_q1_reversed":  # breaks "q2 goes to q1 on 1"
        edges[2] = ("q1", "q2", "1")
    if wrong == "q0_loop_label_1":  # breaks "q0 loops on 0"
        edges[3] = ("q0", "q0", "1")
    return start, accept, edges


def _caption_png(png, text):
    """Put a caption line under a PNG (Pillow, DejaVu Sans)."""
    img = Image.open(io.BytesIO(png)).convert("RGB")
    w, h = img.size
    W = max(w, 560)
    out = Image.new("RGB", (W, h + 44), "white")
    out.paste(img, ((W - w) // 2, 0))
    try:
        font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 17)
    except OSError:
        font = ImageFont.load_default()
    d = ImageDraw.Draw(out)
    tw = d.textlength(text, font=font)
    d.text(((W - tw) / 2, h + 12), text, fill="black", font=font)
    return png_bytes(out)


def _draw_dot(wrong):
    start, accept, edges = _dfa_spec(wrong)
    cap = "Figure 6: state diagram produced by Graphviz dot."
    if have_dot():
        lines = ["digraph DFA {", "  rankdir=LR; dpi=200;", '  node [shape=circle, fontname="Helvetica"];',
                 '  edge [fontname="Helvetica"];', '  __start [shape=none, label="", width=0, height=0];']
        for s in ("q0", "q1", "q2"):
            lines.append(f'  {s} [shape={"doublecircle" if s in accept else "circle"}];')
        lines.append(f"  __start -> {start};")
        for a, b, lab in edges:
            lines.append(f'  {a} -> {b} [label="{lab}"];')
        lines.append("}")
        png = run_dot("\n".join(lines))
        return _caption_png(png, cap)
    # fallback: matplotlib imitation of dot's default look (Times, black, LR)
    pos = {"q0": (0.0, 0.0), "q1": (2.2, 0.0), "q2": (4.4, 0.0)}

    def build(fig):
        ax = fig.add_axes([0, 0.1, 1, 0.9])
        ax.set_xlim(-1.6, 5.2)
        ax.set_ylim(-1.3, 1.5)
        ax.set_aspect("equal")
        ax.axis("off")
        r = 0.36
        for s, p in pos.items():
            ax.add_patch(Circle(p, r, fc="white", ec="black", lw=1.0))
            if s in accept:
                ax.add_patch(Circle(p, r + 0.06, fc="none", ec="black", lw=1.0))
            ax.text(p[0], p[1], s, ha="center", va="center", fontsize=14, fontfamily="Liberation Serif")
        sp = np.array(pos[start])
        arrow(ax, tuple(sp - [1.1, 0]), tuple(sp - [r + (0.06 if start in accept else 0), 0]), lw=1.0, head=12)
        for a, b, lab in edges:
            if a == b:
                at = loop(ax, pos[a], r, 90, lw=1.0, hs=0.14)
                ax.text(at[0], at[1], lab, ha="center", va="bottom", fontsize=14, fontfamily="Liberation Serif")
            else:
                bend = 0.25 if pos[a][0] < pos[b][0] else 0.25
                mid, n = edge(ax, pos[a], pos[b], r, r + (0.06 if b in accept else 0), bend=bend, lw=1.0, hs=0.14)
                at = mid + n * 0.15
                ax.text(at[0], at[1], lab, ha="center", va="center", fontsize=14, fontfamily="Liberation Serif")
        caption(fig, cap, size=12)

    return render("plain", 900, 380, build)


def _draw_mermaid(wrong):
    pos = {"idle": (2.5, 0.0), "busy": (6.0, 0.0), "done": (9.5, 0.0)}
    start, accept = "idle", {"done"}
    edges = [("idle", "busy", "start", 0.0), ("busy", "done", "finish", 0.0), ("done", "idle", "reset", 0.22)]
    loops = [("busy", "tick")]
    if wrong == "done_not_accepting":  # breaks "done is accepting"
        accept = set()
    if wrong == "start_on_busy":  # breaks "idle is the start state"
        start = "busy"
    if wrong == "busy_loop_dropped":  # breaks "busy loops on tick"
        loops = []
    if wrong == "done_idle_label_finish":  # breaks "done goes to idle on reset"
        edges[2] = ("done", "idle", "finish", 0.22)
    stroke, fill, ink = "#9370DB", "#ECECFF", "#333333"

    def lab(ax, p, t):
        ax.text(p[0], p[1], t, ha="center", va="center", fontsize=14, color=ink, zorder=8,
                bbox=dict(boxstyle="square,pad=0.2", fc="#E8E8E8", ec="none", alpha=0.85))

    def build(fig):
        ax = fig.add_axes([0, 0, 1, 1])
        ax.set_xlim(-0.6, 11.2)
        ax.set_ylim(-3.2, 2.6)
        ax.set_aspect("equal")
        ax.axis("off")
        r = 0.75
        for s, p in pos.items():
            ax.add_patch(Circle(p, r, fc=fill, ec=stroke, lw=1.2, zorder=3))
            if s in accept:
                ax.add_patch(Circle(p, r + 0.12, fc="none", ec=stroke, lw=1.2, zorder=3))
            ax.text(p[0], p[1], s, ha="center", va="center", fontsize=15, color=ink, zorder=4)
        # small filled start circle (Mermaid 'f-circ' shape) and its link
        sp = np.array(pos[start])
        st = np.array([0.2, 0.0]) if start == "idle" else np.array([7.7, 1.9])
        ax.add_patch(Circle(tuple(st), 0.16, fc="black", ec="black", zorder=3))
        d = sp - st
        d /= np.linalg.norm(d)
        rr = r + (0.12 if start in accept else 0)
        ax.plot([st[0] + d[0] * 0.16, sp[0] - d[0] * (rr + 0.2)], [st[1] + d[1] * 0.16, sp[1] - d[1] * (rr + 0.2)],
                color=ink, lw=1.6)
        head(ax, sp - d * rr, d, 0.22, ink)
        for a, b, t, bend in edges:
            ra = r + (0.12 if a in accept else 0)
            rb = r + (0.12 if b in accept else 0)
            mid, n = edge(ax, pos[a], pos[b], ra, rb, bend=bend, color=ink, lw=1.6, hs=0.22)
            lab(ax, mid, t)
        for s, t in loops:
            at = loop(ax, pos[s], r, 90, color=ink, lw=1.6, hs=0.22)
            lab(ax, at + [0, 0.05], t)

    return render("plain", 1100, 540, build)


def _draw_ggraph(wrong):
    pos = {"r0": (0.0, 0.0), "r1": (3.0, 1.5), "r2": (3.0, -1.5), "r3": (6.0, 0.0)}
    start, accept = "r0", {"r3"}
    edges = [("r0", "r1", "a"), ("r0", "r2", "b"), ("r1", "r3", "b"), ("r2", "r3", "a")]
    loops = [("r3", "a")]
    if wrong == "r3_not_accepting":  # breaks "r3 is accepting"
        accept = set()
    if wrong == "r0_r2_dropped":  # breaks "r0 goes to r2 on b"
        edges = [e for e in edges if e[:2] != ("r0", "r2")]
    if wrong == "r1_r3_label_a":  # breaks "r1 goes to r3 on b"
        edges = [("r1", "r3", "a") if e[:2] == ("r1", "r3") else e for e in edges]
    if wrong == "r2_r3_reversed":  # breaks "r2 goes to r3 on a"
        edges = [("r3", "r2", "a") if e[:2] == ("r2", "r3") else e for e in edges]
    role_col = {"start": "#F8766D", "accepting": "#00BFC4", "other": "#7CAE00"}

    def role(s):
        return "start" if s == start else ("accepting" if s in accept else "other")

    def build(fig):
        ax = fig.add_axes([0.07, 0.1, 0.72, 0.83])
        ax.set_xlim(-1.8, 7.6)
        ax.set_ylim(-2.7, 3.0)
        ax.set_aspect("equal")
        ax.minorticks_on()
        ax.grid(True, which="minor", color="white", lw=0.55)
        ax.tick_params(which="minor", length=0)
        for s in ax.spines.values():
            s.set_visible(False)
        r = 0.42
        for s, p in pos.items():
            ax.add_patch(Circle(p, r, fc=role_col[role(s)], ec="black", lw=1.0, zorder=3))
            if s in accept:
                ax.add_patch(Circle(p, r + 0.1, fc="none", ec="black", lw=1.0, zorder=3))
            ax.text(p[0], p[1], s, ha="center", va="center", fontsize=14, zorder=4)
        sp = np.array(pos[start])
        arrow(ax, tuple(sp - [1.5, 0]), tuple(sp - [r, 0]), color="#333333", lw=1.3, head=14)
        ax.text(sp[0] - 1.55, sp[1] + 0.15, "start", fontsize=12, ha="left", va="bottom", color="#333333")
        for a, b, t in edges:
            ra = r + (0.1 if a in accept else 0)
            rb = r + (0.1 if b in accept else 0)
            mid, n = edge(ax, pos[a], pos[b], ra, rb, bend=0.12, color="#333333", lw=1.3, hs=0.2)
            at = mid + n * 0.25
            ax.text(at[0], at[1], t, ha="center", va="center", fontsize=14, color="black",
                    bbox=dict(boxstyle="round,pad=0.15", fc="white", ec="none"))
        for s, t in loops:
            rr = r + (0.1 if s in accept else 0)
            at = loop(ax, pos[s], rr, 0, color="#333333", lw=1.3, hs=0.2)
            ax.text(at[0] + 0.05, at[1], t, ha="left", va="center", fontsize=14)
        ax.set_xlabel("x")
        ax.set_ylabel("y")
        hs = [Line2D([0], [0], marker="o", ls="none", ms=13, mfc=role_col[k], mec="black") for k in role_col]
        fig.legend(hs, list(role_col), title="role", loc="center left", bbox_to_anchor=(0.8, 0.55),
                   frameon=False, fontsize=12, title_fontsize=13)

    return render("ggplot", 1100, 750, build)


def cases():
    return [
        {"id": "h11-automata-graphviz-dot", "tool": "Graphviz dot -Tpng (real program, dpi=200) + Pillow caption",
         "style": "dot defaults: rankdir=LR, circle / doublecircle, invisible start node, Times-like labels, caption line",
         "text": "A DFA with states q0, q1 and q2; q0 is the start state and q1 is accepting; q0 goes to q1 on 1, q1 goes to q2 on 0, q2 goes to q1 on 1, and q0 loops on 0.",
         "draw": _draw_dot, "wrongs": ["q1_not_accepting", "start_on_q2", "q2_q1_reversed", "q0_loop_label_1"]},
        {"id": "h11-automata-mermaid", "tool": "matplotlib imitating a Mermaid flowchart (LR)",
         "style": "#ECECFF nodes with #9370DB stroke, (((done))) double circle, f-circ start, grey edge-label boxes (1100x540)",
         "text": "A finite automaton with states idle, busy and done; idle is the start state and done is accepting; idle goes to busy on start, busy goes to done on finish, done goes to idle on reset, and busy loops on tick.",
         "draw": _draw_mermaid, "wrongs": ["done_not_accepting", "start_on_busy", "busy_loop_dropped", "done_idle_label_finish"]},
        {"id": "h11-automata-ggraph", "tool": "matplotlib imitating ggplot2 + ggraph (theme_grey left on)",
         "style": "grey panel with grid, nodes filled by role with a 'role' legend, double ring, edge labels (1100x750)",
         "text": "An NFA with states r0, r1, r2 and r3; r0 is the start state and r3 is accepting; r0 goes to r1 on a, r0 goes to r2 on b, r1 goes to r3 on b, r2 goes to r3 on a, and r3 loops on a.",
         "draw": _draw_ggraph, "wrongs": ["r3_not_accepting", "r0_r2_dropped", "r1_r3_label_a", "r2_r3_reversed"]},
    ]
