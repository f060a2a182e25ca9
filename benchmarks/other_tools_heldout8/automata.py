"""Held-out figures by other tools, set 8 — automata.

  * graphviz `dot -Tpng` with its defaults (Times 14, 96 dpi), as a scientist writes the DOT file: a very
    small image;
  * a 16:9 lecture slide written as SVG with graphviz's own SVG output embedded, rendered by resvg and shrunk
    to 960 px;
  * black-and-white textbook state diagram in matplotlib (Computer Modern, thin strokes), 200 dpi.
"""

SCIENCE = "automata"

# ---- helpers (copied into this module so that it is self-contained) ----
import io
import math
import random
import zlib

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

_FONTS = "/usr/share/fonts/truetype/"


def _font(name, size):
    """A TrueType font from the system font folder, e.g. 'dejavu/DejaVuSans.ttf'."""
    return ImageFont.truetype(_FONTS + name, max(1, int(round(size))))


def _flatten(img, bg=(255, 255, 255)):
    """Any PIL image -> a fresh RGB image (alpha composited on bg, no info dict carried over)."""
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        base = Image.new("RGBA", rgba.size, bg + (255,))
        img = Image.alpha_composite(base, rgba)
    img = img.convert("RGB")
    return Image.frombytes("RGB", img.size, img.tobytes())


def _png(img):
    """PNG bytes, mode RGB, only IHDR/IDAT/IEND."""
    img = _flatten(img)
    buf = io.BytesIO()
    img.save(buf, format="PNG", compress_level=6)
    return buf.getvalue()


def _jpeg_roundtrip(img, quality):
    buf = io.BytesIO()
    _flatten(img).save(buf, format="JPEG", quality=quality)
    buf.seek(0)
    out = Image.open(buf)
    out.load()
    return _flatten(out)


def _key_seed(seed, key):
    """A seed per (case, entity), independent of PYTHONHASHSEED."""
    return (seed * 1000003 + zlib.crc32(key.encode("utf-8"))) % (2 ** 32)


def _rng(seed, key):
    return random.Random(_key_seed(seed, key))


def _nrng(seed, key):
    return np.random.RandomState(_key_seed(seed, key))

def _mpl_image(fig, dpi="figure", **kw):
    """Render a matplotlib Figure (no pyplot) to an RGB PIL image through savefig(format='png')."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, **kw)
    buf.seek(0)
    im = Image.open(buf)
    im.load()
    return _flatten(im)
# ---- end of helpers ----


def _dot(src, fmt, engine="dot"):
    import subprocess
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([engine, "-T" + fmt], input=src.encode("utf-8"), capture_output=True, timeout=60,
                           cwd=tmp, check=True)
    return r.stdout


# ============================================================== case 1: graphviz defaults, very small

_T1 = ("An NFA with states k0, k1 and k2; k0 is the start state and k2 is accepting; k0 goes to k1 on a, "
       "k1 goes to k2 on b, k0 loops on a and k0 loops on b.")
_W1 = ["k2_not_accepting", "start_on_k1", "k1_k2_label_a", "k0_loop_b_dropped"]


def _draw_graphviz_default(wrong=None):
    if wrong not in [None] + _W1:
        raise ValueError(wrong)
    start = "k1" if wrong == "start_on_k1" else "k0"  # breaks "k0 is the start state" (when wrong)
    acc = "circle" if wrong == "k2_not_accepting" else "doublecircle"  # breaks "k2 is accepting" (when wrong)
    lab12 = "a" if wrong == "k1_k2_label_a" else "b"  # breaks "k1 goes to k2 on b" (when wrong)
    loops = '    k0 -> k0 [label="a"];\n'
    if wrong != "k0_loop_b_dropped":  # breaks "k0 loops on b" when dropped
        loops += '    k0 -> k0 [label="b"];\n'
    src = ("digraph nfa {\n    rankdir=LR;\n    node [shape=circle];\n    start [shape=point];\n"
           f"    k2 [shape={acc}];\n    start -> {start};\n"
           '    k0 -> k1 [label="a"];\n'
           f'    k1 -> k2 [label="{lab12}"];\n' + loops + "}\n")
    im = Image.open(io.BytesIO(_dot(src, "png")))
    im.load()
    return _png(_flatten(im))


# ============================================================== case 2: SVG slide with graphviz SVG inside

_T2 = ("A finite automaton with states locked and open; locked is the start state and open is accepting; "
       "locked goes to open on coin, open goes to locked on push, locked loops on push, and open loops on coin.")
_W2 = ["open_not_accepting", "start_on_open", "coin_edge_reversed", "locked_loop_label_coin"]


def _draw_slide(wrong=None):
    import re
    import resvg_py
    if wrong not in [None] + _W2:
        raise ValueError(wrong)
    start = "open" if wrong == "start_on_open" else "locked"  # breaks "locked is the start state" (when wrong)
    per = 1 if wrong == "open_not_accepting" else 2  # breaks "open is accepting" (when wrong)
    e1 = "open -> locked" if wrong == "coin_edge_reversed" else "locked -> open"  # breaks "locked goes to open on coin"
    l_loop = "coin" if wrong == "locked_loop_label_coin" else "push"  # breaks "locked loops on push" (when wrong)
    src = f"""digraph turnstile {{
    rankdir=LR; bgcolor="transparent"; nodesep=0.6; ranksep=1.6;
    node [shape=circle, style=filled, fillcolor="#ede7f6", color="#4a148c", penwidth=2.2,
          fontname="Liberation Sans", fontsize=18, width=1.3, fixedsize=true];
    edge [color="#37474f", penwidth=1.8, fontname="Liberation Sans", fontsize=17, fontcolor="#4a148c"];
    st [shape=none, label="start", style="", fontcolor="#37474f", width=0.6, fontsize=16];
    locked; open [peripheries={per}];
    st -> {start};
    {e1} [label="coin"];
    open -> locked [label="push"];
    locked -> locked [label="{l_loop}"];
    open -> open [label="coin"];
}}
"""
    g = _dot(src, "svg").decode("utf-8")
    g = re.sub(r"<\?xml[^>]*\?>", "", g)
    g = re.sub(r"<!DOCTYPE[^>]*>", "", g, flags=re.S)
    g = re.sub(r"<!--.*?-->", "", g, flags=re.S)
    m = re.search(r'<svg width="([\d.]+)pt" height="([\d.]+)pt"', g)
    gw, gh = float(m.group(1)), float(m.group(2))
    boxw, boxh = 1020.0, 700.0
    sc = min(boxw / gw, boxh / gh)
    w, h = gw * sc, gh * sc
    x, y = 820 + (boxw - w) / 2, 230 + (boxh - h) / 2
    g = g.replace(m.group(0), f'<svg x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}"', 1)
    svg = f"""<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
 width="1920" height="1080" viewBox="0 0 1920 1080">
<style>
  .t {{ font-family: 'Liberation Sans'; font-size: 64px; font-weight: bold; fill: #ffffff; }}
  .b {{ font-family: 'Liberation Sans'; font-size: 40px; fill: #263238; }}
  .f {{ font-family: 'Liberation Sans'; font-size: 26px; fill: #90a4ae; }}
</style>
<rect width="1920" height="1080" fill="#ffffff"/>
<rect width="1920" height="160" fill="#4a148c"/>
<rect x="0" y="160" width="1920" height="10" fill="#ce93d8"/>
<text x="80" y="105" class="t">Finite automata: a turnstile</text>
<circle cx="100" cy="318" r="9" fill="#8e24aa"/><text x="130" y="332" class="b">States are circles</text>
<circle cx="100" cy="418" r="9" fill="#8e24aa"/><text x="130" y="432" class="b">Double circle:</text>
<text x="130" y="482" class="b">accepting state</text>
<circle cx="100" cy="568" r="9" fill="#8e24aa"/><text x="130" y="582" class="b">Arrow from "start":</text>
<text x="130" y="632" class="b">the start state</text>
<text x="80" y="1045" class="f">CS 241 &#183; Lecture 5</text>
<text x="1840" y="1045" class="f" text-anchor="end">14</text>
{g}
</svg>"""
    png = resvg_py.svg_to_bytes(svg_string=svg, font_dirs=["/usr/share/fonts/truetype"], skip_system_fonts=True)
    im = Image.open(io.BytesIO(bytes(png)))
    im.load()
    return _png(_flatten(im).resize((960, 540), Image.LANCZOS))


# ============================================================== case 3: textbook state diagram, matplotlib

_T3 = ("A DFA with states s, t, u and v; s is the start state; u and v are accepting; s goes to t on 0, "
       "t goes to u on 1, u goes to v on 0, and v goes to s on 1.")
_W3 = ["v_not_accepting", "start_on_t", "u_v_reversed", "t_u_label_0"]


def _draw_textbook(wrong=None):
    import matplotlib
    from matplotlib.figure import Figure
    from matplotlib.patches import Circle, FancyArrowPatch
    if wrong not in [None] + _W3:
        raise ValueError(wrong)
    pos = {"s": (0.0, 3.0), "t": (4.0, 3.0), "u": (4.0, 0.0), "v": (0.0, 0.0)}
    acc = {"u", "v"}
    if wrong == "v_not_accepting":
        acc = {"u"}  # breaks "u and v are accepting"
    start = "t" if wrong == "start_on_t" else "s"  # breaks "s is the start state" (when wrong)
    edges = [("s", "t", "0"), ("t", "u", "1"), ("u", "v", "0"), ("v", "s", "1")]
    if wrong == "u_v_reversed":
        edges[2] = ("v", "u", "0")  # breaks "u goes to v on 0"
    if wrong == "t_u_label_0":
        edges[1] = ("t", "u", "0")  # breaks "t goes to u on 1"
    r = 0.5
    with matplotlib.rc_context({"font.family": "serif", "font.serif": ["cmr10"], "mathtext.fontset": "cm",
                                "axes.formatter.use_mathtext": True}):
        fig = Figure(figsize=(6.8, 4.6), dpi=200)
        ax = fig.add_axes([0, 0.1, 1, 0.9])
        ax.set_xlim(-2.3, 6.3)
        ax.set_ylim(-1.0, 4.0)
        ax.set_aspect("equal")
        ax.axis("off")
        for nm, (x, y) in pos.items():
            ax.add_patch(Circle((x, y), r, fill=False, ec="k", lw=0.9))
            if nm in acc:
                ax.add_patch(Circle((x, y), r - 0.09, fill=False, ec="k", lw=0.9))
            ax.text(x, y, f"${nm}$", fontsize=17, ha="center", va="center")
        for a, b, lab in edges:
            (xa, ya), (xb, yb) = pos[a], pos[b]
            dx, dy = xb - xa, yb - ya
            L = math.hypot(dx, dy)
            ux, uy = dx / L, dy / L
            p0 = (xa + ux * r, ya + uy * r)
            p1 = (xb - ux * r, yb - uy * r)
            ax.add_patch(FancyArrowPatch(p0, p1, arrowstyle="-|>", mutation_scale=13, lw=0.9, color="k",
                                         shrinkA=0, shrinkB=0))
            mx, my = (xa + xb) / 2, (ya + yb) / 2
            cx, cy = 2.0, 1.5
            ox, oy = mx - cx, my - cy
            n = math.hypot(ox, oy)
            ax.text(mx + ox / n * 0.32, my + oy / n * 0.32, f"${lab}$", fontsize=15, ha="center", va="center")
        sx, sy = pos[start]
        sg = -1 if sx < 2.0 else 1       # the start arrow comes in from outside the square
        ax.add_patch(FancyArrowPatch((sx + sg * 1.5, sy), (sx + sg * r, sy), arrowstyle="-|>", mutation_scale=13,
                                     lw=0.9, color="k", shrinkA=0, shrinkB=0))
        ax.text(sx + sg * 1.55, sy + 0.05, "start", fontsize=13, ha="right" if sg < 0 else "left", va="center")
        fig.text(0.08, 0.05, r"$\mathbf{Figure\ 2.3}$", fontsize=11, va="center")
        fig.text(0.3, 0.05, "A state diagram.", fontsize=11, va="center")
        img = _mpl_image(fig, dpi=200)
    return _png(img)


def cases():
    return [
        dict(id="h8-automata-graphviz-default-small", text=_T1, tool="graphviz dot -Tpng (defaults: Times 14, 96 dpi)",
             style="graphviz defaults as a scientist writes the DOT file, very small (374x163; wrongs 319-374 px wide)",
             draw=_draw_graphviz_default, wrongs=list(_W1)),
        dict(id="h8-automata-svg-slide", text=_T2, tool="graphviz dot -Tsvg embedded in a hand-written SVG slide -> resvg",
             style="16:9 lecture slide, purple title bar, bullets, diagram at right, shrunk to 960 px (960x540)",
             draw=_draw_slide, wrongs=list(_W2)),
        dict(id="h8-automata-mpl-textbook", text=_T3, tool="matplotlib (Computer Modern, FancyArrowPatch)",
             style="black-and-white textbook state diagram, thin strokes, caption, 200 dpi (1360x920)",
             draw=_draw_textbook, wrongs=list(_W3)),
    ]
