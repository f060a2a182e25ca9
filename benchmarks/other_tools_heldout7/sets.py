"""Held-out set 7, sets: figures drawn by other tools and reaching the scorer in new ways.

h7-sets-sympy-notebook   sympy plot_implicit (interval-arithmetic region fills) in a dark notebook screenshot
h7-sets-opencv-rotated   OpenCV drawing set sideways on a scanned textbook page (rotated 90 degrees)
h7-sets-mpl-webp-small   matplotlib saved straight to WebP at quality 30, 400 px wide

Every draw(wrong) returns PNG bytes (RGB); draw(None) is the correct figure of the case's text, and each
wrong name injects exactly one error against a stated fact (see the "# breaks" comments).
"""

SCIENCE = "sets"

# ---- helpers (copied into this module so that it is self-contained) ----
import io
import math
import os
import random
import subprocess
import tempfile

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

_TT = "/usr/share/fonts/truetype"


def _mpl_font_dir():
    import matplotlib
    return os.path.join(matplotlib.get_data_path(), "fonts", "ttf")


_FONT_FILES = {
    "sans": f"{_TT}/dejavu/DejaVuSans.ttf",
    "sans-b": f"{_TT}/dejavu/DejaVuSans-Bold.ttf",
    "sans-i": f"{_TT}/dejavu/DejaVuSans-Oblique.ttf",
    "cond": f"{_TT}/dejavu/DejaVuSansCondensed.ttf",
    "cond-b": f"{_TT}/dejavu/DejaVuSansCondensed-Bold.ttf",
    "mono": f"{_TT}/dejavu/DejaVuSansMono.ttf",
    "mono-b": f"{_TT}/dejavu/DejaVuSansMono-Bold.ttf",
    "serif": f"{_TT}/dejavu/DejaVuSerif.ttf",
    "serif-i": f"{_TT}/dejavu/DejaVuSerif-Italic.ttf",
    "lsans": f"{_TT}/liberation/LiberationSans-Regular.ttf",
    "lsans-b": f"{_TT}/liberation/LiberationSans-Bold.ttf",
    "lsans-i": f"{_TT}/liberation/LiberationSans-Italic.ttf",
    "lserif": f"{_TT}/liberation/LiberationSerif-Regular.ttf",
    "lserif-b": f"{_TT}/liberation/LiberationSerif-Bold.ttf",
    "lserif-i": f"{_TT}/liberation/LiberationSerif-Italic.ttf",
    "lmono": f"{_TT}/liberation/LiberationMono-Regular.ttf",
    "narrow": f"{_TT}/liberation/LiberationSansNarrow-Regular.ttf",
    "narrow-b": f"{_TT}/liberation/LiberationSansNarrow-Bold.ttf",
}
_FONT_CACHE = {}


def _font(key, size):
    k = (key, int(size))
    if k not in _FONT_CACHE:
        if key in ("cmr", "cmmi", "cmb", "cmss", "cmtt", "stix", "stix-i", "stix-b"):
            name = {"cmr": "cmr10.ttf", "cmmi": "cmmi10.ttf", "cmb": "cmb10.ttf", "cmss": "cmss10.ttf",
                    "cmtt": "cmtt10.ttf", "stix": "STIXGeneral.ttf", "stix-i": "STIXGeneralItalic.ttf",
                    "stix-b": "STIXGeneralBol.ttf"}[key]
            path = os.path.join(_mpl_font_dir(), name)
        else:
            path = _FONT_FILES[key]
        _FONT_CACHE[k] = ImageFont.truetype(path, int(size))
    return _FONT_CACHE[k]


def _png(img):
    """PIL image -> PNG bytes, RGB, only IHDR/IDAT/IEND."""
    buf = io.BytesIO()
    img.convert("RGB").save(buf, format="PNG", optimize=False, compress_level=6)
    return buf.getvalue()


def _rounded_mask(size, r):
    m = Image.new("L", size, 0)
    ImageDraw.Draw(m).rounded_rectangle([0, 0, size[0] - 1, size[1] - 1], radius=r, fill=255)
    return m


def _text_c(d, xy, s, font, fill, anchor="mm"):
    d.text(xy, s, font=font, fill=fill, anchor=anchor)


def _mpl_img(fig, dpi, facecolor=None):
    """Render a matplotlib Figure (Agg) to a PIL RGB image; no pyplot state is touched."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    FigureCanvasAgg(fig)
    buf = io.BytesIO()
    kw = {}
    if facecolor is not None:
        kw["facecolor"] = facecolor
    fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None}, **kw)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def _code_png(code, style, size=15):
    from pygments import highlight
    from pygments.formatters import ImageFormatter
    from pygments.lexers import PythonLexer
    data = highlight(code, PythonLexer(), ImageFormatter(style=style, font_name="DejaVu Sans Mono",
                                                           font_size=size, line_numbers=False,
                                                           image_pad=10, line_pad=5))
    return Image.open(io.BytesIO(data)).convert("RGB")


def _notebook_dark(fig_img, code, count, tab, style="one-dark", width=1240, timing="0.6s"):
    """A screenshot of a dark-theme notebook editor (VS Code-like): a tab bar, the code cell that made
    the figure (highlighted by pygments' ImageFormatter), its execution count, and the output below."""
    bg = (30, 30, 30)
    code_img = _code_png(code, style)
    code_bg = code_img.getpixel((2, 2))
    left = 74
    inner_w = width - left - 30
    out_img = fig_img
    if out_img.width > inner_w - 20:
        s = (inner_w - 20) / out_img.width
        out_img = out_img.resize((round(out_img.width * s), round(out_img.height * s)), Image.LANCZOS)
    tab_h = 36
    code_h = code_img.height + 16
    H = tab_h + 18 + code_h + 36 + out_img.height + 40
    im = Image.new("RGB", (width, H), bg)
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, width, tab_h], fill=(37, 37, 38))
    d.rectangle([0, 0, 230, tab_h], fill=bg)
    d.line([(0, 0), (230, 0)], fill=(0, 122, 204), width=2)
    d.text((16, tab_h // 2), tab, font=_font("sans", 13), fill=(220, 220, 220), anchor="lm")
    d.text((212, tab_h // 2), "×", font=_font("sans", 14), fill=(160, 160, 160), anchor="mm")
    y = tab_h + 18
    d.rectangle([left, y, left + inner_w, y + code_h], fill=code_bg, outline=(62, 62, 66))
    d.rectangle([left - 4, y, left - 2, y + code_h], fill=(0, 122, 204))
    im.paste(code_img, (left + 8, y + 8))
    d.text((left - 12, y + 14), f"[{count}]", font=_font("mono", 13), fill=(133, 133, 133), anchor="ra")
    d.text((left + 8, y + code_h + 14), "✓", font=_font("sans", 13), fill=(80, 180, 90), anchor="lm")
    d.text((left + 26, y + code_h + 14), timing, font=_font("sans", 12), fill=(140, 140, 140), anchor="lm")
    y2 = y + code_h + 36
    im.paste(out_img, (left + 10, y2))
    return im


def _rotated_page(block, header_left, header_right, body, caption, seed, page=(1000, 1360),
                  font="lserif", page_no="87"):
    """A portrait book page on which a wide figure (`block`, with its caption under it) is set
    sideways: turned 90 degrees counter-clockwise, as books print landscape figures."""
    W, H = page
    pg = Image.new("RGB", (W, H), (252, 251, 247))
    d = ImageDraw.Draw(pg)
    fh = _font(font + "-i", 17)
    d.text((80, 52), header_left, font=fh, fill=(60, 60, 60))
    d.text((W - 80, 52), header_right, font=fh, fill=(60, 60, 60), anchor="ra")
    d.line([(80, 80), (W - 80, 80)], fill=(120, 120, 120), width=1)
    fb = _font(font, 19)
    y = 104
    for line in body:
        d.text((80, y), line, font=fb, fill=(25, 25, 25))
        y += 29
    # the figure block with its caption, laid out landscape and turned
    cap_f = _font(font, 20)
    bw = block.width
    cap_lines = []
    words = caption.split()
    cur = ""
    for w in words:
        t = (cur + " " + w).strip()
        if d.textlength(t, font=cap_f) > bw - 20:
            cap_lines.append(cur)
            cur = w
        else:
            cur = t
    cap_lines.append(cur)
    bh = block.height + 24 + 28 * len(cap_lines)
    land = Image.new("RGB", (bw, bh), (252, 251, 247))
    land.paste(block, (0, 0))
    dl = ImageDraw.Draw(land)
    for i, line in enumerate(cap_lines):
        dl.text((10, block.height + 14 + 28 * i), line, font=cap_f, fill=(25, 25, 25))
    turned = land.rotate(90, expand=True)
    avail_top = y + 20
    avail_h = H - 90 - avail_top
    sc = min(1.0, (W - 160) / turned.width, avail_h / turned.height)
    if sc < 1.0:
        turned = turned.resize((round(turned.width * sc), round(turned.height * sc)), Image.LANCZOS)
    pg.paste(turned, ((W - turned.width) // 2, avail_top + (avail_h - turned.height) // 2))
    d.text((W // 2, H - 50), page_no, font=_font(font, 18), fill=(60, 60, 60), anchor="mm")
    # a flatbed scan of the page: faint paper grain, a touch of blur
    rng = np.random.RandomState(seed)
    a = np.asarray(pg, np.float32)
    a += rng.normal(0, 2.2, a.shape[:2])[..., None]
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    return out.filter(ImageFilter.GaussianBlur(0.45))
# ---- end of helpers ----


import pickle
import warnings

# ---------------------------------------------------------------------------------------------
# case 1: A = {2, 4, 6, 8}, B = {3, 6, 9}: sympy's implicit-region plot inside a dark notebook
# ---------------------------------------------------------------------------------------------
TEXT1 = "Let A = {2, 4, 6, 8} and B = {3, 6, 9}."

_CODE1 = '''from sympy import symbols, plot_implicit, And, Not
x, y = symbols("x y")
inA = (x + 1.2)**2 + y**2 < 4
inB = (x - 1.2)**2 + y**2 < 4
p = plot_implicit(And(inA, Not(inB)), line_color="#f4a261", show=False)
p.extend(plot_implicit(And(inB, Not(inA)), line_color="#8ecae6", show=False))
p.extend(plot_implicit(And(inA, inB), line_color="#90be6d", show=False))
for s, (ex, ey) in layout(A | B).items():   # one text label per element
    p.append(label(s, ex, ey))
p.show()'''

_BASE1 = {}


def _sympy_regions():
    """The three regions, filled by sympy's adaptive interval plotting (computed once per process and
    kept as a pickled matplotlib figure)."""
    if "fig" not in _BASE1:
        from matplotlib.figure import Figure
        from sympy import And, Not, plot_implicit, symbols
        x, y = symbols("x y")
        inA = (x + 1.2) ** 2 + y ** 2 < 4
        inB = (x - 1.2) ** 2 + y ** 2 < 4
        fig = Figure(figsize=(7.2, 4.6), dpi=100)
        ax = fig.add_subplot(1, 1, 1)
        th = np.linspace(0, 2 * np.pi, 240)
        rng = dict(show=False, depth=1)
        # sympy's adaptive sampler jitters its grid with numpy's global generator: seed it for this call
        # only, and give the caller its generator state back afterwards
        rng_state = np.random.get_state()
        np.random.seed(7171)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            p = plot_implicit(And(inA, Not(inB)), (x, -4.6, 4.6), (y, -2.8, 2.8), line_color="#f4a261",
                              fig=fig, ax=ax, aspect_ratio=(1, 1),
                              markers=[{"args": [-1.2 + 2 * np.cos(th), 2 * np.sin(th)], "color": "#3d3d3d",
                                        "lw": 1.6},
                                       {"args": [1.2 + 2 * np.cos(th), 2 * np.sin(th)], "color": "#3d3d3d",
                                        "lw": 1.6}], **rng)
            p.extend(plot_implicit(And(inB, Not(inA)), (x, -4.6, 4.6), (y, -2.8, 2.8), line_color="#8ecae6", **rng))
            p.extend(plot_implicit(And(inA, inB), (x, -4.6, 4.6), (y, -2.8, 2.8), line_color="#90be6d", **rng))
            p.process_series()
        np.random.set_state(rng_state)
        ax.set_xlim(-4.6, 4.6)
        ax.set_ylim(-2.8, 2.8)
        ax.set_aspect("equal")
        ax.axis("off")
        _BASE1["fig"] = pickle.dumps(fig)
    return pickle.loads(_BASE1["fig"])


def _draw_case1(wrong):
    fig = _sympy_regions()
    ax = fig.axes[0]
    els = {"2": (-2.45, 1.0), "4": (-2.7, -0.25), "8": (-1.95, -1.3), "6": (0.0, -0.2), "3": (2.3, 0.8),
           "9": (2.45, -0.75)}
    if wrong == "6_in_A_only":
        els["6"] = (-1.55, 0.35)  # breaks "B = {3, 6, 9}" (6 is in B as well as in A)
    if wrong == "8_dropped":
        del els["8"]  # breaks "A = {2, 4, 6, 8}"
    if wrong == "3_in_A_and_B":
        els["3"] = (0.0, 0.95)  # breaks "A = {2, 4, 6, 8}" (3 is not in A)
    if wrong == "extra_10_in_B":
        els["10"] = (1.95, -1.45)  # breaks "B = {3, 6, 9}" (no 10)
    for s, (ex, ey) in els.items():
        ax.annotate(s, (ex, ey), ha="center", va="center", fontsize=17, color="#1d1d1d")
    ax.annotate("A", (-3.45, 1.75), fontsize=20, fontweight="bold", color="#b5651d", ha="center", va="center")
    ax.annotate("B", (3.45, 1.75), fontsize=20, fontweight="bold", color="#2a7fa6", ha="center", va="center")
    img = _mpl_img(fig, 100, facecolor="white")
    return _notebook_dark(img, _CODE1, 14, "venn_sympy.ipynb", style="one-dark", timing="2.1s")


def _case1(wrong):
    return _png(_draw_case1(wrong))


# ---------------------------------------------------------------------------------------------
# case 2: P = {a, e, i}, Q = {a, b}, both subsets of U: OpenCV, printed sideways on a book page
# ---------------------------------------------------------------------------------------------
TEXT2 = "Let P = {a, e, i} and Q = {a, b}; P and Q are both subsets of U."


def _draw_case2(wrong):
    import cv2
    W, H = 1100, 700
    img = np.full((H, W, 3), 255, np.uint8)
    pc, pax = (430, 350), (270, 200)
    qc, qax = (720, 350), (220, 180)
    if wrong == "Q_crosses_U":
        qc, qax = (720, 250), (220, 262)  # breaks "Q is a subset of U" (Q crosses U's edge)
    # translucent fills (BGR)
    for (c, axs, col) in ((pc, pax, (170, 170, 250)), (qc, qax, (250, 205, 160))):
        layer = img.copy()
        cv2.ellipse(layer, c, axs, 0, 0, 360, col, -1, cv2.LINE_AA)
        img = cv2.addWeighted(layer, 0.45, img, 0.55, 0)
    cv2.rectangle(img, (40, 40), (W - 40, H - 60), (40, 40, 40), 3, cv2.LINE_AA)
    cv2.ellipse(img, pc, pax, 0, 0, 360, (40, 40, 180), 3, cv2.LINE_AA)
    cv2.ellipse(img, qc, qax, 0, 0, 360, (170, 90, 30), 3, cv2.LINE_AA)
    font_i = cv2.FONT_HERSHEY_COMPLEX | cv2.FONT_ITALIC
    cv2.putText(img, "U", (62, 100), font_i, 1.9, (40, 40, 40), 3, cv2.LINE_AA)
    cv2.putText(img, "P", (pc[0] - 250, pc[1] - 165), font_i, 1.7, (40, 40, 180), 3, cv2.LINE_AA)
    qlab = (qc[0] + 170, qc[1] - 150) if wrong != "Q_crosses_U" else (qc[0] + 185, qc[1] - 170)
    cv2.putText(img, "Q", qlab, font_i, 1.7, (170, 90, 30), 3, cv2.LINE_AA)
    els = {"a": (600, 350), "e": (300, 280), "i": (330, 440), "b": (820, 350)}
    if wrong == "a_in_P_only":
        els["a"] = (430, 365)  # breaks "Q = {a, b}" (a is in Q as well)
    if wrong == "b_in_P_and_Q":
        els["b"] = (600, 262)  # breaks "P = {a, e, i}" (b is not in P)
    if wrong == "i_dropped":
        del els["i"]  # breaks "P = {a, e, i}"
    for s, (x, y) in els.items():
        cv2.circle(img, (x, y), 6, (30, 30, 30), -1, cv2.LINE_AA)
        cv2.putText(img, s, (x + 12, y + 12), cv2.FONT_HERSHEY_COMPLEX, 1.3, (30, 30, 30), 2, cv2.LINE_AA)
    return Image.fromarray(img[:, :, ::-1].copy(), "RGB")


_BODY2 = [
    "A set is a subset of another when each of its elements also",
    "belongs to the other. In a Venn diagram the universal set U is",
    "drawn as a rectangle; every set under discussion lies inside it,",
    "and a shared element is written in the overlap of its two sets.",
]


def _case2(wrong):
    fig = _draw_case2(wrong)
    page = _rotated_page(fig, "2.3  Subsets and the universal set", "DISCRETE MATHEMATICS", _BODY2,
                         "Figure 2.7  Venn diagram for Example 2.4.", seed=712, page_no="41")
    return _png(page)


# ---------------------------------------------------------------------------------------------
# case 3: A = {1, 2, 3}, B = {2, 3, 4}, C = {7} disjoint from both: matplotlib -> WebP q=30, 400 px
# ---------------------------------------------------------------------------------------------
TEXT3 = "Let A = {1, 2, 3}, B = {2, 3, 4} and C = {7}; C is disjoint from A and B."


def _draw_case3(wrong):
    import matplotlib.patches as patches
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    fig = Figure(figsize=(5.0, 3.3), dpi=80, facecolor="#fbfaf6")
    FigureCanvasAgg(fig)
    ax = fig.add_axes([0.01, 0.01, 0.98, 0.98])
    ax.set_xlim(-2.9, 5.3)
    ax.set_ylim(-2.25, 3.05)
    ax.set_aspect("equal")
    ax.axis("off")
    circ = {"A": ((-0.95, 0.3), 1.55, "#e76f51"), "B": ((0.95, 0.3), 1.55, "#2a9d8f"),
            "C": ((3.95, -0.55), 0.85, "#7b5ea7")}
    if wrong == "C_overlaps_B":
        circ["C"] = ((2.95, -0.6), 0.85, "#7b5ea7")  # breaks "C is disjoint from A and B"
    for k, (c, r, col) in circ.items():
        ax.add_patch(patches.Circle(c, r, fc=col, alpha=0.22, ec="none"))
        ax.add_patch(patches.Circle(c, r, fc="none", ec=col, lw=2.2))
    ax.text(-2.35, 2.05, "A", fontsize=16, fontweight="bold", color="#e76f51", ha="center")
    ax.text(2.35, 2.05, "B", fontsize=16, fontweight="bold", color="#2a9d8f", ha="center")
    cc = circ["C"][0]
    ax.text(cc[0] + 0.75, cc[1] + 0.85, "C", fontsize=16, fontweight="bold", color="#7b5ea7", ha="center")
    els = {"1": (-1.75, 0.3), "2": (0.0, 0.95), "3": (0.0, 0.1), "4": (1.75, 0.3), "7": (3.95, -0.55)}
    if wrong == "C_overlaps_B":
        els["7"] = (3.25, -0.8)
    if wrong == "7_in_B":
        els["7"] = (1.55, -0.65)  # breaks "C = {7}" (7 drawn in B, C left empty)
    if wrong == "4_in_A_and_B":
        els["4"] = (0.0, -0.65)  # breaks "A = {1, 2, 3}" (4 is not in A)
    if wrong == "1_dropped":
        del els["1"]  # breaks "A = {1, 2, 3}"
    for s, (x, y) in els.items():
        ax.text(x, y, s, fontsize=14, ha="center", va="center", color="#222222")
    buf = io.BytesIO()
    fig.savefig(buf, format="webp", dpi=80, facecolor=fig.get_facecolor(), pil_kwargs={"quality": 30})
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def _case3(wrong):
    return _png(_draw_case3(wrong))


def cases():
    return [
        {"id": "h7-sets-sympy-notebook", "text": TEXT1,
         "tool": "sympy plot_implicit (adaptive interval fills) + pygments ImageFormatter notebook frame",
         "style": "dark notebook editor screenshot, code cell above the output",
         "draw": _case1,
         "wrongs": ["6_in_A_only", "8_dropped", "3_in_A_and_B", "extra_10_in_B"]},
        {"id": "h7-sets-opencv-rotated", "text": TEXT2, "tool": "OpenCV (Hershey fonts, addWeighted fills)",
         "style": "textbook page with the figure set sideways (rotated 90 degrees), scanned",
         "draw": _case2,
         "wrongs": ["a_in_P_only", "b_in_P_and_Q", "Q_crosses_U", "i_dropped"]},
        {"id": "h7-sets-mpl-webp-small", "text": TEXT3, "tool": "matplotlib savefig(format='webp', quality=30)",
         "style": "small web copy, 400 px wide, heavy WebP compression",
         "draw": _case3,
         "wrongs": ["C_overlaps_B", "7_in_B", "4_in_A_and_B", "1_dropped"]},
    ]
