"""Held-out set 7, circuits: figures drawn by other tools and reaching the scorer in new ways.

h7-circuits-schemdraw-fax        schemdraw drawn onto a matplotlib Axes, received as a 1-bit fax
h7-circuits-rich-terminal        a box-drawing text schematic printed with rich, exported by rich as an SVG
                                 terminal window, rasterised by resvg, with a drop shadow
h7-circuits-tikzpil-watermark    circuitikz-style schematic drawn with PIL in Computer Modern, draft watermark

Every draw(wrong) returns PNG bytes (RGB); draw(None) is the correct figure of the case's text, and each
wrong name injects exactly one error against a stated fact (see the "# breaks" comments).
"""

SCIENCE = "circuits"

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


def _fax(img, header, seed, page_w=1216, page_h=None, top=70):
    """A received fax: the page at standard resolution (half the vertical lines), 1-bit Floyd-Steinberg
    dither, a transmission header line, horizontal streaks and a little skew; returned as RGB."""
    rng = np.random.RandomState(seed)
    g = img.convert("L")
    scale = min(1.0, (page_w - 90) / g.width)
    g = g.resize((max(1, round(g.width * scale)), max(1, round(g.height * scale))), Image.LANCZOS)
    if page_h is None:
        page_h = g.height + top + 120
    page = Image.new("L", (page_w, page_h), 255)
    page.paste(g, ((page_w - g.width) // 2, top + 30))
    # the scanner's tone curve: paper goes white, mid tones darken
    lut = [255 if v > 228 else int(max(0, min(255, (v - 20) * 1.05))) for v in range(256)]
    page = page.point(lut)
    # standard resolution: 98 lines per inch against 204 dots -> each scan line doubled
    half = page.resize((page_w, page_h // 2), Image.BOX)
    page = half.resize((page_w, (page_h // 2) * 2), Image.NEAREST)
    bw = page.convert("1")  # Floyd-Steinberg error diffusion
    bw = bw.convert("L")
    d = ImageDraw.Draw(bw)
    f = _font("lmono", 17)
    d.text((28, 14), header, font=f, fill=0)
    arr = np.asarray(bw).copy()
    # a speck of dirt on the sender's scanner glass: a broken vertical streak down the margin;
    # and two scan lines lost in transmission (white dropouts)
    x = rng.randint(30, 70)
    col = rng.rand(arr.shape[0]) < 0.55
    arr[top:, x] = np.where(col[top:], 0, arr[top:, x])
    for _ in range(2):
        y = rng.randint(top, arr.shape[0] - 10)
        arr[y:y + 2, :] = np.where(rng.rand(2, arr.shape[1]) < 0.85, 255, arr[y:y + 2, :])
    # toner-free specks: isolated black dots
    n = 260
    ys = rng.randint(0, arr.shape[0], n)
    xs = rng.randint(0, arr.shape[1], n)
    arr[ys, xs] = 0
    out = Image.fromarray(arr, "L").rotate(0.45, resample=Image.NEAREST, expand=False, fillcolor=255)
    return out.convert("RGB")


def _drop_shadow(win, bg, pad=70, offset=(0, 22), blur=26, opacity=0.55, radius=12):
    """Composite an (already framed) window with rounded corners and a soft drop shadow onto `bg`
    (a colour or a callable giving a background image of the needed size)."""
    W, H = win.size
    cw, ch = W + 2 * pad, H + 2 * pad + offset[1]
    if callable(bg):
        canvas = bg((cw, ch)).convert("RGB")
    else:
        canvas = Image.new("RGB", (cw, ch), bg)
    m = _rounded_mask((W, H), radius)
    sh = Image.new("L", (cw, ch), 0)
    sh.paste(m.point(lambda v: int(v * opacity)), (pad + offset[0], pad + offset[1]))
    sh = sh.filter(ImageFilter.GaussianBlur(blur))
    canvas = Image.composite(Image.new("RGB", (cw, ch), (0, 0, 0)), canvas, sh)
    canvas.paste(win.convert("RGB"), (pad, pad), m)
    return canvas


def _mac_window(content, title, bar_h=30, bg=(255, 255, 255)):
    """A macOS-style window: title bar with the three traffic lights and a centred title."""
    W = content.width
    H = content.height + bar_h
    win = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(win)
    for y in range(bar_h):
        v = int(236 - 18 * y / bar_h)
        d.line([(0, y), (W, y)], fill=(v, v, v + 1))
    d.line([(0, bar_h - 1), (W, bar_h - 1)], fill=(190, 190, 190))
    for i, col in enumerate([(255, 95, 87), (254, 188, 46), (40, 200, 64)]):
        cx = 20 + 20 * i
        d.ellipse([cx - 6, bar_h // 2 - 6, cx + 6, bar_h // 2 + 6], fill=col,
                  outline=tuple(int(c * 0.85) for c in col))
    d.text((W // 2, bar_h // 2), title, font=_font("lsans-b", 13), fill=(70, 70, 70), anchor="mm")
    win.paste(content, (0, bar_h))
    return win


def _watermark(img, text, seed, size=70, alpha=62, angle=28, colour=(90, 90, 90), footer=None):
    """Stock-site watermark: `text` tiled diagonally in semi-transparent grey over the whole figure."""
    base = img.convert("RGBA")
    W, H = base.size
    D = int(math.hypot(W, H)) + 40
    layer = Image.new("RGBA", (D, D), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    f = _font("sans-b", size)
    tw = d.textlength(text, font=f)
    step_x = int(tw + size * 1.6)
    step_y = int(size * 3.1)
    rng = random.Random(seed)
    off = rng.randint(0, step_x // 2)
    for row, y in enumerate(range(0, D, step_y)):
        x0 = -off - (row % 2) * step_x // 2
        for x in range(x0, D, step_x):
            d.text((x, y), text, font=f, fill=colour + (alpha,))
    layer = layer.rotate(angle, resample=Image.BICUBIC)
    layer = layer.crop(((D - W) // 2, (D - H) // 2, (D - W) // 2 + W, (D - H) // 2 + H))
    out = Image.alpha_composite(base, layer)
    if footer:
        d2 = ImageDraw.Draw(out)
        f2 = _font("sans", 15)
        tw2 = d2.textlength(footer, font=f2)
        d2.rectangle([W - tw2 - 24, H - 30, W, H], fill=(30, 30, 30, 200))
        d2.text((W - tw2 - 12, H - 15), footer, font=f2, fill=(240, 240, 240, 255), anchor="lm")
    return out.convert("RGB")
# ---- end of helpers ----


# ---------------------------------------------------------------------------------------------
# case 1: 5 V battery, R1 = 10, R2 = 20, R3 = 30 ohm in parallel (schemdraw on a matplotlib Axes, faxed)
# ---------------------------------------------------------------------------------------------
TEXT1 = "A 5 V battery with three resistors in parallel: R1 = 10 Ω, R2 = 20 Ω and R3 = 30 Ω."


def _draw_case1(wrong):
    import schemdraw
    import schemdraw.elements as elm
    from matplotlib.figure import Figure
    fig = Figure(figsize=(9.0, 5.4), dpi=110, facecolor="white")
    ax = fig.add_axes([0.02, 0.02, 0.96, 0.96])
    ax.set_aspect("equal")
    ax.axis("off")
    d = schemdraw.Drawing(canvas=ax, show=False)
    d.config(unit=3.6, fontsize=17, font="Liberation Serif", lw=2.0)
    vlab = "9 V" if wrong == "battery_label_9" else "5 V"  # breaks "A 5 V battery"
    bat = d.add(elm.Battery().up().label(vlab, loc="top", ofst=0.35).reverse())
    r1lab = "R1\n100 Ω" if wrong == "r1_label_100" else "R1\n10 Ω"  # breaks "R1 = 10 Ω"
    rungs = [("R1", r1lab), ("R2", "R2\n20 Ω"), ("R3", "R3\n30 Ω")]
    if wrong == "r2_dropped":
        rungs = [rungs[0], rungs[2]]  # breaks "three resistors in parallel ... R2 = 20 Ω"
    series_first = None
    if wrong == "r3_in_series":
        series_first = rungs.pop()  # breaks "three resistors in parallel" (R3 moved into the supply line)
    if series_first:
        d.add(elm.Resistor().right().label(series_first[1], loc="top", ofst=0.2))
    else:
        d.add(elm.Line().right(3.2))
    tops = []
    for i, (name, lab) in enumerate(rungs):
        if i > 0:
            d.add(elm.Line().right(3.2))
        tops.append(d.here)
        if i < len(rungs) - 1:
            d.add(elm.Dot())
        d.push()
        d.add(elm.Resistor().down().label(lab, loc="bottom", ofst=0.25))
        if i < len(rungs) - 1:
            d.add(elm.Dot())
        d.pop()
    # bottom rail back to the battery
    last = tops[-1]
    d.add(elm.Line().at((last[0], bat.start[1])).left().to(bat.start))
    d.draw(show=False)
    ax.autoscale_view()
    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    ax.set_xlim(x0 - 0.8, x1 + 0.8)
    ax.set_ylim(y0 - 0.8, y1 + 0.8)
    return _mpl_img(fig, 110)


def _case1(wrong):
    img = _draw_case1(wrong)
    page = Image.new("RGB", (img.width + 120, img.height + 200), "white")
    page.paste(img, (60, 120))
    dd = ImageDraw.Draw(page)
    dd.text((60, 40), "Worksheet 4, question 2", font=_font("lserif-b", 30), fill=(0, 0, 0))
    return _png(_fax(page, "NOV-19-2024 08:55   PHYSICS PREP ROOM   +1 555 0187            P.01/03", seed=771,
                     page_w=1216))


# ---------------------------------------------------------------------------------------------
# case 2: 4.5 V battery, an open switch and two lamps in series (rich terminal SVG -> resvg)
# ---------------------------------------------------------------------------------------------
TEXT2 = "A 4.5 V battery, an open switch and two lamps in series."


def _schematic_text(wrong):
    """The schematic as rich markup, built on a character grid so that the columns line up."""
    Wd, Hd = 56, 15
    ch = [[" "] * Wd for _ in range(Hd)]
    st = [["w"] * Wd for _ in range(Hd)]

    def put(r, c, text, style="w"):
        for i, t in enumerate(text):
            ch[r][c + i] = t
            st[r][c + i] = style

    put(0, 0, "$", "p")
    put(0, 2, "cat lab3/circuit.txt")
    put(2, 10, "S1", "s")
    if wrong == "switch_closed":
        put(4, 11, "o───o", "s")  # breaks "an open switch" (drawn closed)
    else:
        put(3, 13, "╱", "s")
        put(4, 11, "o   o", "s")
    put(4, 3, "┌" + "─" * 7)
    for r in range(5, 9):
        put(r, 3, "│")
        put(r, 52, "│")
    if wrong == "lamps_in_parallel":
        # breaks "two lamps in series" (LP2 on a branch across LP1)
        put(2, 25, "LP1", "l")
        put(4, 16, "────┬─────")
        put(4, 26, "⊗", "l")
        put(4, 27, "─────┬" + "─" * 19 + "┐")
        put(5, 20, "│")
        put(5, 32, "│")
        put(6, 20, "└─────")
        put(6, 26, "⊗", "l")
        put(6, 27, "─────┘")
        put(7, 25, "LP2", "l")
    else:
        lamps = [("LP1", 23), ("LP2", 41)]
        if wrong == "lamp_dropped":
            lamps = lamps[:1]  # breaks "two lamps"
        put(4, 16, "─" * 36 + "┐")
        for name, c in lamps:
            put(2, c - 1, name, "l")
            put(4, c, "⊗", "l")
    put(8, 24, "│", "b")
    put(9, 3, "└" + "─" * 20)
    put(9, 24, "┤ ├", "b")
    put(9, 27, "─" * 25 + "┘")
    put(10, 24, "│", "b")
    put(11, 23, "+   −", "b")
    vlab = "V1 = 6 V" if wrong == "battery_label_6" else "V1 = 4.5 V"  # breaks "A 4.5 V battery"
    put(12, 20, vlab, "b")
    put(14, 0, "$", "p")
    colours = {"w": "#d0d0d0", "p": "bold #98c379", "s": "bold #56b6c2", "l": "bold #e5c07b", "b": "bold #e06c75"}
    lines = []
    for r in range(Hd):
        out, cur, run = "", None, ""
        for c in range(Wd):
            if st[r][c] != cur:
                if run:
                    out += f"[{colours[cur]}]{run}[/]"
                cur, run = st[r][c], ""
            run += ch[r][c]
        if run:
            out += f"[{colours[cur]}]{run}[/]"
        lines.append(out.rstrip())
    return lines


def _draw_case2(wrong):
    import resvg_py
    from rich.console import Console
    con = Console(record=True, width=57, file=io.StringIO(), color_system="truecolor", force_terminal=True,
                  legacy_windows=False)
    for line in _schematic_text(wrong):
        con.print(line, highlight=False, soft_wrap=True)
    svg = con.export_svg(title="bash — lab3")
    # this machine has no Fira Code: the terminal font falls back to DejaVu Sans Mono, the title to Liberation
    svg = svg.replace("Fira Code, monospace", "DejaVu Sans Mono").replace("font-family: arial", "font-family: Liberation Sans")
    fonts = [f"{_TT}/dejavu/DejaVuSansMono.ttf", f"{_TT}/dejavu/DejaVuSansMono-Bold.ttf",
             f"{_TT}/liberation/LiberationSans-Bold.ttf", f"{_TT}/liberation/LiberationSans-Regular.ttf"]
    png = resvg_py.svg_to_bytes(svg_string=svg, font_files=fonts, skip_system_fonts=True, zoom=1.5)
    rgba = Image.open(io.BytesIO(bytes(png))).convert("RGBA")
    return rgba


def _case2(wrong):
    rgba = _draw_case2(wrong)
    # rich's window already has rounded corners: put it on a light desktop with a soft shadow
    W, H = rgba.size
    pad, off = 60, 20
    canvas = Image.new("RGB", (W + 2 * pad, H + 2 * pad + off), (231, 233, 238))
    sh = Image.new("L", canvas.size, 0)
    sh.paste(rgba.getchannel("A").point(lambda v: int(v * 0.55)), (pad, pad + off))
    sh = sh.filter(ImageFilter.GaussianBlur(22))
    canvas = Image.composite(Image.new("RGB", canvas.size, (0, 0, 0)), canvas, sh)
    canvas.paste(rgba.convert("RGB"), (pad, pad), rgba.getchannel("A"))
    return _png(canvas)


# ---------------------------------------------------------------------------------------------
# case 3: 12 V battery with a 4 ohm resistor and a 2 uF capacitor in parallel (circuitikz-like PIL)
# ---------------------------------------------------------------------------------------------
TEXT3 = "A 12 V battery with a 4 Ω resistor and a 2 µF capacitor in parallel."


def _zigzag_v(d, x, y0, y1, S, w=2.4):
    """A vertical zigzag resistor body between y0 and y1 (y0 < y1), leads to the ends."""
    L = y1 - y0
    a, b = y0 + 0.25 * L, y1 - 0.25 * L
    pts = [(x, y0), (x, a)]
    n = 6
    for i in range(n):
        yy = a + (b - a) * (i + 0.5) / n
        pts.append((x + (18 * S if i % 2 == 0 else -18 * S), yy))
    pts += [(x, b), (x, y1)]
    d.line(pts, fill=(0, 0, 0), width=int(w * S), joint="curve")


def _zigzag_h(d, y, x0, x1, S, w=2.4):
    L = x1 - x0
    a, b = x0 + 0.25 * L, x1 - 0.25 * L
    pts = [(x0, y), (a, y)]
    n = 6
    for i in range(n):
        xx = a + (b - a) * (i + 0.5) / n
        pts.append((xx, y + (18 * S if i % 2 == 0 else -18 * S)))
    pts += [(b, y), (x1, y)]
    d.line(pts, fill=(0, 0, 0), width=int(w * S), joint="curve")


def _cap_v(d, x, y0, y1, S, w=2.4):
    m = (y0 + y1) / 2
    d.line([(x, y0), (x, m - 9 * S)], fill=(0, 0, 0), width=int(w * S))
    d.line([(x, m + 9 * S), (x, y1)], fill=(0, 0, 0), width=int(w * S))
    d.line([(x - 30 * S, m - 9 * S), (x + 30 * S, m - 9 * S)], fill=(0, 0, 0), width=int(3.2 * S))
    d.line([(x - 30 * S, m + 9 * S), (x + 30 * S, m + 9 * S)], fill=(0, 0, 0), width=int(3.2 * S))


def _cap_h(d, y, x0, x1, S, w=2.4):
    m = (x0 + x1) / 2
    d.line([(x0, y), (m - 9 * S, y)], fill=(0, 0, 0), width=int(w * S))
    d.line([(m + 9 * S, y), (x1, y)], fill=(0, 0, 0), width=int(w * S))
    d.line([(m - 9 * S, y - 30 * S), (m - 9 * S, y + 30 * S)], fill=(0, 0, 0), width=int(3.2 * S))
    d.line([(m + 9 * S, y - 30 * S), (m + 9 * S, y + 30 * S)], fill=(0, 0, 0), width=int(3.2 * S))


def _label(d, x, y, parts):
    """TeX-like label: parts are (text, font key, size, dy)."""
    xx = x
    for t, key, size, dy in parts:
        f = _font(key, size)
        d.text((xx, y + dy), t, font=f, fill=(0, 0, 0), anchor="ls")
        xx += d.textlength(t, font=f)


def _draw_case3(wrong):
    S = 2
    W, H = 1000, 620
    img = Image.new("RGB", (W * S, H * S), "white")
    d = ImageDraw.Draw(img)
    lw = int(2.4 * S)
    xb, xr, xc = 150, 460, 720
    yt, yb = 150, 470
    xb, xr, xc, yt, yb = [v * S for v in (xb, xr, xc, yt, yb)]
    # battery on the left, long plate (+) on top
    m = (yt + yb) / 2
    d.line([(xb, yt), (xb, m - 12 * S)], fill=(0, 0, 0), width=lw)
    d.line([(xb, m + 12 * S), (xb, yb)], fill=(0, 0, 0), width=lw)
    d.line([(xb - 34 * S, m - 12 * S), (xb + 34 * S, m - 12 * S)], fill=(0, 0, 0), width=int(2.6 * S))
    d.line([(xb - 17 * S, m + 12 * S), (xb + 17 * S, m + 12 * S)], fill=(0, 0, 0), width=int(5 * S))
    series_cap = wrong == "capacitor_in_series"  # breaks "... capacitor in parallel" (C in the supply line)
    # top and bottom rails
    if series_cap:
        _cap_h(d, yt, xb, xr, S)
    else:
        d.line([(xb, yt), (xr, yt)], fill=(0, 0, 0), width=lw)
    d.line([(xb, yb), (xr, yb)], fill=(0, 0, 0), width=lw)
    if not series_cap:
        d.line([(xr, yt), (xc, yt)], fill=(0, 0, 0), width=lw)
        d.line([(xr, yb), (xc, yb)], fill=(0, 0, 0), width=lw)
    # the resistor rung
    if wrong == "resistor_dropped":
        pass  # breaks "a 4 Ω resistor ... in parallel" (no resistor)
    else:
        _zigzag_v(d, xr, yt, yb, S)
    if not series_cap:
        if wrong == "capacitor_drawn_as_resistor":
            _zigzag_v(d, xc, yt, yb, S)  # breaks "a 2 µF capacitor" (drawn with the resistor symbol)
        else:
            _cap_v(d, xc, yt, yb, S)
        if wrong != "resistor_dropped":
            for y in (yt, yb):
                d.ellipse([xr - 6 * S, y - 6 * S, xr + 6 * S, y + 6 * S], fill=(0, 0, 0))
    img = img.resize((W, H), Image.LANCZOS)
    d = ImageDraw.Draw(img)
    xb, xr, xc, yt, yb = [v / S for v in (xb, xr, xc, yt, yb)]
    m = (yt + yb) / 2
    _label(d, xb - 122, m + 12, [("12", "cmr", 30, 0), (" V", "cmr", 30, 0)])
    _label(d, xb + 42, m - 22, [("+", "cmr", 26, 0)])
    clab = "20" if wrong == "c_label_20" else "2"  # breaks "a 2 µF capacitor"
    cparts = [("C", "cmmi", 32, 0), ("1", "cmr", 22, 7), (" = " + clab + " ", "cmr", 30, 0), ("μ", "stix-i", 30, 0),
              ("F", "cmr", 30, 0)]
    rparts = [("R", "cmmi", 32, 0), ("1", "cmr", 22, 7), (" = 4 ", "cmr", 30, 0), ("Ω", "stix", 30, 0)]
    if series_cap:
        _label(d, (xb + xr) / 2 - 60, yt - 44, cparts)
    else:
        _label(d, xc + 44, m + 10, cparts)
    if wrong != "resistor_dropped":
        _label(d, xr + 34, m + 10, rparts)
    return img


def _case3(wrong):
    img = _draw_case3(wrong)
    return _png(_watermark(img, "DRAFT — not for distribution", seed=773, size=46, alpha=55, angle=20,
                           colour=(190, 30, 30)))


def cases():
    return [
        {"id": "h7-circuits-schemdraw-fax", "text": TEXT1, "tool": "schemdraw (matplotlib Axes canvas)",
         "style": "received fax: 1-bit Floyd-Steinberg, standard resolution, header line",
         "draw": _case1,
         "wrongs": ["r3_in_series", "r2_dropped", "r1_label_100", "battery_label_9"]},
        {"id": "h7-circuits-rich-terminal", "text": TEXT2,
         "tool": "rich Console.export_svg (box-drawing text schematic) -> resvg",
         "style": "terminal window screenshot (rounded frame) with a drop shadow",
         "draw": _case2,
         "wrongs": ["switch_closed", "lamps_in_parallel", "lamp_dropped", "battery_label_6"]},
        {"id": "h7-circuits-tikzpil-watermark", "text": TEXT3,
         "tool": "circuitikz-style schematic in PIL (Computer Modern cmr10/cmmi10 + STIX, supersampled x2)",
         "style": "draft with a tiled diagonal red watermark",
         "draw": _case3,
         "wrongs": ["capacitor_in_series", "resistor_dropped", "c_label_20", "capacitor_drawn_as_resistor"]},
    ]
