"""Held-out set 7, astronomy: figures drawn by other tools and reaching the scorer in new ways.

h7-astronomy-mpl-notebook       matplotlib (own dark rcParams, AU axes) in a dark notebook screenshot
h7-astronomy-reportlab-window   reportlab canvas -> pdfium, shown in a PDF viewer window with a drop shadow
h7-astronomy-pil-watermark      PIL drawing with Pillow's built-in scalable font, stock-site watermark

Every draw(wrong) returns PNG bytes (RGB); draw(None) is the correct figure of the case's text, and each
wrong name injects exactly one error against a stated fact (see the "# breaks" comments).
"""

SCIENCE = "astronomy"

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


def _pdf_to_img(pdf_bytes, scale):
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf_bytes)
    try:
        page = doc[0]
        bm = page.render(scale=scale, may_draw_forms=False)
        img = bm.to_pil().convert("RGB")
        page.close()
    finally:
        doc.close()
    return img


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
# case 1: Saturn 9.5 AU, Uranus 19.2 AU, Neptune 30.1 AU, to scale on AU axes (dark notebook)
# ---------------------------------------------------------------------------------------------
TEXT1 = "Saturn orbits the Sun at 9.5 AU, Uranus at 19.2 AU and Neptune at 30.1 AU."

_CODE1 = '''orbits = pd.read_csv("outer_planets.csv")      # columns: name, a_AU, colour
fig, ax = plt.subplots(figsize=(7.6, 7.2))
ax.set_aspect("equal")
for name, a, colour in orbits.itertuples(index=False):
    ax.add_patch(plt.Circle((0, 0), a, fill=False, color=colour, lw=1.6))
    ax.plot(*polar(a, PHASE[name]), "o", color=colour, ms=9)
    ax.annotate(f"{name}  {a} AU", polar(a, PHASE[name]), xytext=(8, 8), textcoords="offset points")
ax.plot(0, 0, "*", color="gold", ms=18)
ax.set(xlabel="x (AU)", ylabel="y (AU)", xlim=(-34, 34), ylim=(-34, 34))'''


def _draw_case1(wrong):
    from matplotlib.figure import Figure
    import matplotlib.patches as patches
    rc = {"axes.facecolor": "#1b1d23", "figure.facecolor": "#1b1d23", "axes.edgecolor": "#6b7080",
          "text.color": "#e6e6e6", "axes.labelcolor": "#d0d0d0", "xtick.color": "#a9adb8",
          "ytick.color": "#a9adb8", "grid.color": "#343846", "font.family": "DejaVu Sans", "font.size": 12}
    import matplotlib
    with matplotlib.rc_context(rc):
        fig = Figure(figsize=(7.6, 7.2), dpi=100)
        ax = fig.add_subplot(1, 1, 1)
        ax.set_aspect("equal")
        ax.grid(True, lw=0.7)
        planets = [("Saturn", 9.5, 9.5, "#e9c46a", 40), ("Uranus", 19.2, 19.2, "#8fd3e8", 155),
                   ("Neptune", 30.1, 30.1, "#6c8cff", 300)]
        if wrong == "uranus_orbit_at_25":
            planets[1] = ("Uranus", 25.0, 19.2, "#8fd3e8", 155)  # breaks "Uranus at 19.2 AU" (drawn at 25 AU)
        if wrong == "neptune_label_39.5":
            planets[2] = ("Neptune", 30.1, 39.5, "#6c8cff", 300)  # breaks "Neptune at 30.1 AU" (label)
        if wrong == "saturn_dropped":
            planets = planets[1:]  # breaks "Saturn orbits the Sun"
        if wrong == "uranus_neptune_swapped":
            # breaks "Uranus at 19.2 AU and Neptune at 30.1 AU" (the two names swapped)
            planets[1] = ("Neptune", 19.2, 19.2, "#8fd3e8", 155)
            planets[2] = ("Uranus", 30.1, 30.1, "#6c8cff", 300)
        for name, r, lab, col, ph in planets:
            ax.add_patch(patches.Circle((0, 0), r, fill=False, ec=col, lw=1.6))
            x, y = r * math.cos(math.radians(ph)), r * math.sin(math.radians(ph))
            ax.plot(x, y, "o", color=col, ms=9)
            ax.annotate(f"{name}  {lab:g} AU", (x, y), xytext=(8, 8), textcoords="offset points", color=col,
                        fontsize=13, fontweight="bold")
        ax.plot(0, 0, "*", color="gold", ms=18)
        ax.annotate("Sun", (0, 0), xytext=(8, -16), textcoords="offset points", color="gold", fontsize=12)
        ax.set_xlabel("x (AU)")
        ax.set_ylabel("y (AU)")
        ax.set_xlim(-34, 34)
        ax.set_ylim(-34, 34)
        img = _mpl_img(fig, 100)
    return _notebook_dark(img, _CODE1, 23, "outer_planets.ipynb", style="github-dark", timing="0.3s")


def _case1(wrong):
    return _png(_draw_case1(wrong))


# ---------------------------------------------------------------------------------------------
# case 2: Pluto's moons Charon, Nix, Hydra in order of distance (to scale), reportlab in a viewer window
# ---------------------------------------------------------------------------------------------
TEXT2 = "Pluto has moons Charon, Nix and Hydra, in order of distance from Pluto."
# semi-major axes (km): Charon 19 591, Nix 48 694, Hydra 64 738 (Brozovic et al. 2015); radii Pluto 1 188 km,
# Charon 606 km (New Horizons); Nix and Hydra are ~20 km bodies, drawn as dots.


def _draw_case2(wrong):
    from reportlab.lib.colors import HexColor
    from reportlab.pdfgen import canvas as rl_canvas
    PW, PH = 560, 560
    k = 3.7 / 1000.0  # points per km
    buf = io.BytesIO()
    cv = rl_canvas.Canvas(buf, pagesize=(PW, PH), invariant=1, pageCompression=0)
    cv.setFillColor(HexColor("#ffffff"))
    cv.rect(0, 0, PW, PH, stroke=0, fill=1)
    cx, cy = 280, 268
    moons = [("Charon", 19591, 606, 35), ("Nix", 48694, 25, 118), ("Hydra", 64738, 25, 208)]
    if wrong == "nix_hydra_swapped":
        moons = [("Charon", 19591, 606, 35), ("Hydra", 48694, 25, 118), ("Nix", 64738, 25, 208)]
        # breaks "Charon, Nix and Hydra, in order of distance" (Hydra drawn inside Nix)
    if wrong == "nix_dropped":
        moons = [m for m in moons if m[0] != "Nix"]  # breaks "moons Charon, Nix and Hydra"
    if wrong == "hydra_named_styx":
        moons = [m if m[0] != "Hydra" else ("Styx",) + m[1:] for m in moons]  # breaks "Hydra"
    for name, a, r, ph in moons:
        cv.setStrokeColor(HexColor("#7f8c8d"))
        cv.setLineWidth(0.9)
        cv.setDash(3, 2)
        cv.circle(cx, cy, a * k, stroke=1, fill=0)
        cv.setDash()
        x = cx + a * k * math.cos(math.radians(ph))
        y = cy + a * k * math.sin(math.radians(ph))
        cv.setFillColor(HexColor("#8e7f74"))
        cv.circle(x, y, max(r * k, 3.2), stroke=0, fill=1)
        cv.setFillColor(HexColor("#1c2833"))
        cv.setFont("Times-Roman", 15)
        cv.drawString(x + 7, y + 6, name)
    planet = "Eris" if wrong == "planet_named_eris" else "Pluto"  # breaks "Pluto has moons"
    cv.setFillColor(HexColor("#c8a27a"))
    cv.circle(cx, cy, max(1188 * k, 4.4), stroke=0, fill=1)
    cv.setFillColor(HexColor("#1c2833"))
    cv.setFont("Times-Bold", 15)
    cv.drawString(cx + 9, cy - 17, planet)
    # 20 000 km scale bar
    cv.setLineWidth(1.4)
    cv.setStrokeColor(HexColor("#1c2833"))
    x0, y0 = 36, 34
    cv.line(x0, y0, x0 + 20000 * k, y0)
    cv.line(x0, y0 - 4, x0, y0 + 4)
    cv.line(x0 + 20000 * k, y0 - 4, x0 + 20000 * k, y0 + 4)
    cv.setFont("Times-Roman", 12)
    cv.drawString(x0, y0 + 8, "20 000 km")
    cv.setFont("Times-Italic", 13)
    cv.drawString(36, PH - 34, "Orbits to scale (bodies enlarged where smaller than 3 pt)")
    cv.showPage()
    cv.save()
    return _pdf_to_img(buf.getvalue(), 1.75)


def _case2(wrong):
    img = _draw_case2(wrong)
    # the viewer: a grey canvas around the page, a thin toolbar strip
    W = img.width + 80
    H = img.height + 80 + 36
    content = Image.new("RGB", (W, H), (236, 236, 236))
    d = ImageDraw.Draw(content)
    d.rectangle([0, 0, W, 36], fill=(246, 246, 246))
    d.line([(0, 36), (W, 36)], fill=(205, 205, 205))
    d.text((16, 18), "◧  ▾", font=_font("sans", 15), fill=(110, 110, 110), anchor="lm")
    d.ellipse([W - 34, 10, W - 22, 22], outline=(110, 110, 110), width=2)
    d.line([(W - 24, 20), (W - 17, 27)], fill=(110, 110, 110), width=2)
    d.text((W // 2, 18), "100%", font=_font("lsans", 13), fill=(110, 110, 110), anchor="mm")
    content.paste(img, (40, 36 + 40))
    d.rectangle([39, 75, 40 + img.width, 76 + img.height], outline=(200, 200, 200))
    win = _mac_window(content, "moons_fig2.pdf — Page 1 of 1")

    def wallpaper(size):
        w, h = size
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        r = 40 + 50 * xx / w + 30 * yy / h
        g = 70 + 60 * yy / h
        b = 120 + 70 * xx / w
        return Image.fromarray(np.dstack([r, g, b]).astype(np.uint8), "RGB")

    return _png(_drop_shadow(win, wallpaper, pad=60, offset=(0, 20), blur=24, opacity=0.6))


# ---------------------------------------------------------------------------------------------
# case 3: Comet Tempel 1, a = 3.1 AU, e = 0.51 (PIL, Pillow's built-in font, watermarked)
# ---------------------------------------------------------------------------------------------
TEXT3 = "Comet Tempel 1 orbits the Sun with semi-major axis 3.1 AU and eccentricity 0.51."


def _draw_case3(wrong):
    SS = 2
    W, H = 1200, 780
    img = Image.new("RGB", (W * SS, H * SS), (248, 248, 244))
    d = ImageDraw.Draw(img)
    k = 105.0  # px per AU
    a, e = 3.1, 0.51
    e_draw = 0.2 if wrong == "ellipse_e_0.2" else e  # breaks "eccentricity 0.51" (drawn with e = 0.2)
    b = a * math.sqrt(1 - e_draw ** 2)
    c = a * e_draw
    cx, cy = 600, 452
    t = np.linspace(0, 2 * np.pi, 720)
    pts = [((cx + k * a * math.cos(v)) * SS, (cy - k * b * math.sin(v)) * SS) for v in t]
    d.line(pts + [pts[0]], fill=(30, 60, 120), width=3 * SS)
    # major axis, dashed
    x0, x1 = cx - k * a, cx + k * a
    xx = x0
    while xx < x1:
        d.line([(xx * SS, cy * SS), (min(xx + 10, x1) * SS, cy * SS)], fill=(120, 120, 120), width=SS)
        xx += 18
    sun = (cx + k * c, cy)  # the Sun at the right-hand focus, a e from the centre
    if wrong == "sun_at_centre":
        sun = (cx, cy)  # breaks "orbits the Sun" on an ellipse (Sun at the focus): drawn at the centre
    r = 15
    d.ellipse([(sun[0] - r) * SS, (sun[1] - r) * SS, (sun[0] + r) * SS, (sun[1] + r) * SS], fill=(250, 190, 40),
              outline=(200, 120, 0), width=2 * SS)
    # the comet near aphelion side with a tail pointing away from the Sun
    v = math.radians(150)
    px, py = cx + k * a * math.cos(v), cy - k * b * math.sin(v)
    ux, uy = px - sun[0], py - sun[1]
    L = math.hypot(ux, uy)
    ux, uy = ux / L, uy / L
    for i in range(14):
        s = 14 + 6 * i
        col = int(120 + 9 * i)
        d.ellipse([(px + ux * s - 3) * SS, (py + uy * s - 3) * SS, (px + ux * s + 3) * SS, (py + uy * s + 3) * SS],
                  fill=(col, col + 10, 255))
    d.ellipse([(px - 7) * SS, (py - 7) * SS, (px + 7) * SS, (py + 7) * SS], fill=(70, 110, 200))
    img = img.resize((W, H), Image.LANCZOS)
    d = ImageDraw.Draw(img)
    F = lambda s: ImageFont.load_default(size=s)  # Pillow's built-in scalable font
    name = "Tempel 2" if wrong == "named_tempel_2" else "Tempel 1"  # breaks "Comet Tempel 1"
    d.text((px - 20, py - 30), name, font=F(26), fill=(30, 60, 120), anchor="rb")
    d.text((sun[0] + 4, sun[1] + 22), "Sun", font=F(22), fill=(150, 90, 0), anchor="mt")
    # a as a dimension along the top: from the centre to the right vertex
    yd = cy - k * b - 40
    d.line([(cx, yd), (cx + k * a, yd)], fill=(60, 60, 60), width=2)
    for xe in (cx, cx + k * a):
        d.line([(xe, yd - 9), (xe, yd + 9)], fill=(60, 60, 60), width=2)
    alab = "4.1" if wrong == "a_label_4.1" else "3.1"  # breaks "semi-major axis 3.1 AU"
    d.text((cx + k * a / 2, yd - 8), f"a = {alab} AU", font=F(24), fill=(40, 40, 40), anchor="mb")
    d.text((30, 28), "Comet orbit", font=F(30), fill=(20, 20, 20))
    d.text((30, 68), "e = 0.51   (drawn to scale)", font=F(22), fill=(60, 60, 60))
    # 1 AU scale bar
    d.line([(40, H - 50), (40 + k, H - 50)], fill=(40, 40, 40), width=3)
    d.text((40, H - 58), "1 AU", font=F(20), fill=(40, 40, 40), anchor="lb")
    return img


def _case3(wrong):
    img = _draw_case3(wrong)
    return _png(_watermark(img, "© AstroStock", seed=733, size=60, alpha=60, angle=24, colour=(70, 70, 110),
                           footer="astrostock.example  ·  preview image  ·  #TMP-0051"))


def cases():
    return [
        {"id": "h7-astronomy-mpl-notebook", "text": TEXT1,
         "tool": "matplotlib (own dark rcParams) + pygments notebook frame",
         "style": "dark notebook editor screenshot, orbits on AU axes",
         "draw": _case1,
         "wrongs": ["uranus_orbit_at_25", "neptune_label_39.5", "saturn_dropped", "uranus_neptune_swapped"]},
        {"id": "h7-astronomy-reportlab-window", "text": TEXT2,
         "tool": "reportlab canvas -> pdfium, in a PDF-viewer window",
         "style": "window screenshot with rounded frame and drop shadow on a wallpaper",
         "draw": _case2,
         "wrongs": ["nix_hydra_swapped", "nix_dropped", "hydra_named_styx", "planet_named_eris"]},
        {"id": "h7-astronomy-pil-watermark", "text": TEXT3,
         "tool": "PIL (supersampled x2) with Pillow's built-in scalable font",
         "style": "stock-image preview with a tiled diagonal watermark",
         "draw": _case3,
         "wrongs": ["sun_at_centre", "ellipse_e_0.2", "a_label_4.1", "named_tempel_2"]},
    ]
