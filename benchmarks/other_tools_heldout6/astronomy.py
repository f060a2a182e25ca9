"""Held-out figures by other tools, set 6: astronomy.

Three cases, each drawn by a tool and in a style that sets 1-5 did not use:
  h6-astronomy-mpl-poster     matplotlib (fast) poster: big title, small to-scale orbit diagram, much white space
  h6-astronomy-pil-hires      PIL, supersampled x2, 2400 px wide high-resolution render of Saturn's moons
  h6-astronomy-pil-scan       PIL ink drawing of a comet orbit, then a yellowed textbook scan (halftone, skew)

Distances are to scale: orbits at their stated or real radii, the comet's ellipse with b = a*sqrt(1 - e^2)
and the Sun at a focus. draw(None) is the correct figure of the case's text; draw(name) has exactly one
error, named in a comment at its branch. Deterministic: seeded noise only; PNGs re-saved through PIL as RGB.
"""

import io
import math
import os

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont


# ---------------------------------------------------------------- helpers (copied into every module of this set)


FONT_DIR = "/usr/share/fonts/truetype"
_FONT_FILES = {
    "sans": "dejavu/DejaVuSans.ttf", "sans-b": "dejavu/DejaVuSans-Bold.ttf",
    "sans-i": "dejavu/DejaVuSans-Oblique.ttf", "sans-bi": "dejavu/DejaVuSans-BoldOblique.ttf",
    "cond": "dejavu/DejaVuSansCondensed.ttf", "cond-b": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "mono": "dejavu/DejaVuSansMono.ttf", "mono-b": "dejavu/DejaVuSansMono-Bold.ttf",
    "serif": "dejavu/DejaVuSerif.ttf", "serif-i": "dejavu/DejaVuSerif-Italic.ttf",
    "serif-b": "dejavu/DejaVuSerif-Bold.ttf", "serif-bi": "dejavu/DejaVuSerif-BoldItalic.ttf",
    "lsans": "liberation/LiberationSans-Regular.ttf", "lsans-b": "liberation/LiberationSans-Bold.ttf",
    "lsans-i": "liberation/LiberationSans-Italic.ttf", "lsans-bi": "liberation/LiberationSans-BoldItalic.ttf",
    "lserif": "liberation/LiberationSerif-Regular.ttf", "lserif-i": "liberation/LiberationSerif-Italic.ttf",
    "lserif-b": "liberation/LiberationSerif-Bold.ttf", "lserif-bi": "liberation/LiberationSerif-BoldItalic.ttf",
    "narrow": "liberation/LiberationSansNarrow-Regular.ttf", "narrow-b": "liberation/LiberationSansNarrow-Bold.ttf",
    "narrow-i": "liberation/LiberationSansNarrow-Italic.ttf", "narrow-bi": "liberation/LiberationSansNarrow-BoldItalic.ttf",
    "lmono": "liberation/LiberationMono-Regular.ttf", "lmono-b": "liberation/LiberationMono-Bold.ttf",
}


def _font_path(name):
    return os.path.join(FONT_DIR, _FONT_FILES[name])


def _font(name, size):
    return ImageFont.truetype(_font_path(name), int(round(size)))


def _png(img):
    """PNG bytes of an RGB copy, with no text chunks (only IHDR, IDAT, IEND)."""
    buf = io.BytesIO()
    img.convert("RGB").save(buf, format="PNG")
    return buf.getvalue()


def _text_c(d, xy, s, font, fill, anchor="mm"):
    d.text((round(xy[0]), round(xy[1])), s, font=font, fill=fill, anchor=anchor)


def _lowfreq(rng, h, w, cells=24):
    """Smooth noise in [0, 1]: a small random field scaled up bicubically."""
    small = rng.rand(max(2, h // cells), max(2, w // cells)).astype(np.float32)
    im = Image.fromarray((small * 255).astype(np.uint8)).resize((w, h), Image.BICUBIC)
    return np.asarray(im, dtype=np.float32) / 255.0


def _screen(h, w, angle_deg, period):
    """A round-dot halftone threshold screen (values in [0, 1]) at the given angle and period (px)."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    t = math.radians(angle_deg)
    u = xx * math.cos(t) + yy * math.sin(t)
    v = -xx * math.sin(t) + yy * math.cos(t)
    return 0.5 - 0.25 * (np.cos(2 * np.pi * u / period) + np.cos(2 * np.pi * v / period))


def _mpl_png(fig, dpi):
    """Rasterise a matplotlib Figure (Agg) and re-save it through PIL."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    FigureCanvasAgg(fig)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None})
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def _yellowed_scan(img, seed, angle=1.8, period=4.2):
    """An old textbook page scanned: each colour channel reproduced as a rotated dot screen, printed on
    yellowed paper with low-frequency stains, rotated by `angle` degrees, slightly blurred, with a darker
    binding edge on the left and sensor noise."""
    rng = np.random.RandomState(seed)
    a = np.asarray(img.convert("RGB"), dtype=np.float32) / 255.0
    h, w, _ = a.shape
    out = np.empty_like(a)
    for ch, ang in zip(range(3), (15.0, 75.0, 45.0)):
        ink = 1.0 - a[..., ch]
        cov = np.clip((ink - _screen(h, w, ang, period)) * 3.0 + 0.5, 0.0, 1.0)
        cov = np.where(ink > 0.93, 1.0, np.where(ink < 0.04, 0.0, cov))
        out[..., ch] = 1.0 - cov
    paper = np.array([0.955, 0.905, 0.765], dtype=np.float32)
    stain = _lowfreq(rng, h, w, 60)[..., None]
    paper_img = paper[None, None, :] * (0.93 + 0.07 * stain)
    fibres = rng.normal(0.0, 0.018, size=(h, w, 1)).astype(np.float32)
    ink_dark = np.array([0.16, 0.14, 0.12], dtype=np.float32)
    res = paper_img * (out + (1.0 - out) * ink_dark[None, None, :]) + fibres
    xs = np.linspace(0.0, 1.0, w, dtype=np.float32)[None, :, None]
    res *= 1.0 - 0.22 * np.exp(-xs / 0.035)
    page = Image.fromarray((np.clip(res, 0, 1) * 255).astype(np.uint8))
    bg = tuple(int(c * 255 * 0.96) for c in paper)
    page = page.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=bg)
    page = page.filter(ImageFilter.GaussianBlur(0.6))
    arr = np.asarray(page, dtype=np.float32) + rng.normal(0.0, 3.0, size=(h, w, 1)).astype(np.float32)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


# ---------------------------------------------------------------- cases
SCIENCE = "astronomy"


# ================================================================ case 1: matplotlib poster
POSTER_TEXT = "Jupiter orbits the Sun at 5.2 AU and Saturn at 9.5 AU."
POSTER_WRONGS = ["saturn_orbit_at_7", "jupiter_label_6.2", "jupiter_dropped", "names_swapped"]


def _draw_poster(wrong=None):
    import matplotlib.pyplot as plt
    from matplotlib.figure import Figure
    from matplotlib.patches import Circle

    bodies = [["Jupiter", 5.2, 5.2, "5.2 AU", 38.0, "#c8793a", 0.30],
              ["Saturn", 9.5, 9.5, "9.5 AU", 148.0, "#b59a4e", 0.26]]
    if wrong == "saturn_orbit_at_7":
        # breaks "Saturn at 9.5 AU": Saturn's orbit is drawn at 7 AU (label unchanged)
        bodies[1][2] = 7.0
    if wrong == "jupiter_label_6.2":
        # breaks "Jupiter ... at 5.2 AU": the label reads 6.2 AU
        bodies[0][3] = "6.2 AU"
    if wrong == "jupiter_dropped":
        # breaks "Jupiter orbits the Sun": Jupiter and its orbit are missing
        bodies = bodies[1:]
    if wrong == "names_swapped":
        # breaks "Jupiter ... at 5.2 AU and Saturn at 9.5 AU": the two names are swapped
        bodies[0][0], bodies[1][0] = "Saturn", "Jupiter"

    with plt.style.context("fast"):
        fig = Figure(figsize=(20, 14), dpi=100, facecolor="white")
        fig.text(0.05, 0.90, "The gas giants", fontsize=66, fontweight="bold", color="#14213d", va="center")
        fig.text(0.053, 0.835, "Orbits around the Sun, drawn to scale", fontsize=26, color="#5c677d", va="center")
        fig.add_artist(plt.Line2D([0.053, 0.16], [0.80, 0.80], color="#fca311", lw=8, transform=fig.transFigure))
        fig.text(0.053, 0.07, "Astronomy Society open evening  \u2022  poster 2", fontsize=15, color="#8d99ae")
        ax = fig.add_axes([0.46, 0.10, 0.46, 0.657])
        ax.set_xlim(-10.8, 10.8)
        ax.set_ylim(-10.8, 10.8)
        ax.set_aspect("equal")
        ax.axis("off")
        ax.add_patch(Circle((0, 0), 0.42, facecolor="#ffb703", edgecolor="#fb8500", lw=2, zorder=4))
        ax.text(0.0, -1.15, "Sun", ha="center", va="center", fontsize=20, color="#14213d")
        for name, a_lab, a_draw, lab, ang, col, rad in bodies:
            ax.add_patch(Circle((0, 0), a_draw, facecolor="none", edgecolor="#8d99ae", lw=2.2))
            t = math.radians(ang)
            x, y = a_draw * math.cos(t), a_draw * math.sin(t)
            ax.add_patch(Circle((x, y), rad * 1.5, facecolor=col, edgecolor="#333333", lw=1.2, zorder=4))
            ax.text(x + 0.75 * math.cos(t) + 0.3, y + 0.75 * math.sin(t) + 0.3, "%s\n%s" % (name, lab),
                    fontsize=21, color="#14213d", ha="left" if math.cos(t) > 0 else "right", va="bottom",
                    linespacing=1.1)
        # scale bar: 5 AU
        ax.plot([5.3, 10.3], [-10.2, -10.2], color="#14213d", lw=3)
        for xx in (5.3, 10.3):
            ax.plot([xx, xx], [-10.45, -9.95], color="#14213d", lw=2)
        ax.text(7.8, -9.7, "5 AU", ha="center", va="bottom", fontsize=17, color="#14213d")
        img = _mpl_png(fig, 100)
    return _png(img)


# ================================================================ case 2: PIL 2400 px
HIRES_TEXT = ("Saturn has five large moons: Mimas, Enceladus, Tethys, Dione and Rhea, in order of distance "
              "from Saturn.")
HIRES_WRONGS = ["tethys_dione_swapped", "enceladus_dropped", "rhea_named_titan", "planet_named_jupiter"]

# semi-major axes in thousands of km (real values); Saturn's equatorial radius 60.27 thousand km
_MOONS = [("Mimas", 185.52, 62.0), ("Enceladus", 237.95, 18.0), ("Tethys", 294.62, -28.0), ("Dione", 377.40, -62.0),
          ("Rhea", 527.07, 32.0)]


def _draw_hires(wrong=None):
    S = 2
    W, H = 2400, 1800
    img = Image.new("RGB", (W * S, H * S), (252, 252, 250))
    d = ImageDraw.Draw(img)
    k = 1.55  # px per 1000 km
    cx, cy = 1000, 905

    moons = [list(m) for m in _MOONS]
    if wrong == "tethys_dione_swapped":
        # breaks "in order of distance: ... Tethys, Dione ...": the names of Tethys and Dione are swapped
        moons[2][0], moons[3][0] = "Dione", "Tethys"
    if wrong == "enceladus_dropped":
        # breaks "five large moons: ... Enceladus ...": Enceladus and its orbit are missing
        moons = [m for m in moons if m[0] != "Enceladus"]
    if wrong == "rhea_named_titan":
        # breaks "... and Rhea": the outermost moon is labelled Titan
        moons[-1][0] = "Titan"
    planet = "Saturn"
    if wrong == "planet_named_jupiter":
        # breaks "Saturn has five large moons": the planet is labelled Jupiter
        planet = "Jupiter"

    def Q(x, y):
        return (x * S, y * S)

    # faint rings of the scale grid every 100 000 km
    for r in range(100, 600, 100):
        rr = r * k
        d.ellipse([Q(cx - rr, cy - rr), Q(cx + rr, cy + rr)], outline=(232, 234, 238), width=1 * S)
    for name, a, ang in moons:
        rr = a * k
        d.ellipse([Q(cx - rr, cy - rr), Q(cx + rr, cy + rr)], outline=(70, 96, 140), width=3 * S)
    # Saturn to scale, with faint bands
    R = 60.27 * k
    d.ellipse([Q(cx - R, cy - R), Q(cx + R, cy + R)], fill=(226, 196, 140), outline=(150, 115, 60), width=2 * S)
    for yy, col in ((-0.55, (206, 170, 110)), (-0.15, (214, 182, 124)), (0.3, (200, 162, 100)), (0.62, (214, 182, 124))):
        hw = R * math.sqrt(max(0.0, 1 - yy * yy)) - 4
        d.line([Q(cx - hw, cy + yy * R), Q(cx + hw, cy + yy * R)], fill=col, width=int(0.13 * R * S))
    fsz = _font("lsans-b", 40 * S)
    d.text(Q(cx, cy + R + 40), planet, font=fsz, fill=(60, 45, 20), anchor="mm")

    fn = _font("lsans", 38 * S)
    for name, a, ang in moons:
        rr = a * k
        t = math.radians(ang)
        x, y = cx + rr * math.cos(t), cy - rr * math.sin(t)
        mr = 15
        d.ellipse([Q(x - mr, y - mr), Q(x + mr, y + mr)], fill=(170, 178, 190), outline=(60, 66, 80), width=2 * S)
        d.ellipse([Q(x - mr * 0.55, y - mr * 0.6), Q(x + mr * 0.05, y - mr * 0.05)], fill=(214, 220, 228))
        lx = x + 30 * math.cos(t) + 26
        ly = y - 30 * math.sin(t) - 22
        d.text(Q(lx, ly), name, font=fn, fill=(25, 35, 60), anchor="lm")

    ft = _font("lsans-b", 58 * S)
    d.text(Q(1860, 120), "The five large", font=ft, fill=(25, 35, 60), anchor="lm")
    d.text(Q(1860, 190), "inner moons", font=ft, fill=(25, 35, 60), anchor="lm")
    fs = _font("lsans", 30 * S)
    for i, line in enumerate(("Orbits and planet to scale;", "moon discs enlarged.")):
        d.text(Q(1862, 270 + 42 * i), line, font=fs, fill=(80, 90, 110), anchor="lm")
    # scale bar: 100 000 km
    x0, y0 = 1900, 1660
    L = 100 * k
    d.line([Q(x0, y0), Q(x0 + L, y0)], fill=(25, 35, 60), width=5 * S)
    for xx in (x0, x0 + L):
        d.line([Q(xx, y0 - 14), Q(xx, y0 + 14)], fill=(25, 35, 60), width=4 * S)
    d.text(Q(x0 + L / 2, y0 - 40), "100 000 km", font=fs, fill=(25, 35, 60), anchor="mm")
    img = img.resize((W, H), Image.LANCZOS)
    return _png(img)


# ================================================================ case 3: PIL ink drawing, scanned
SCAN_TEXT = "A comet orbits the Sun with semi-major axis 5 AU and eccentricity 0.8."
SCAN_WRONGS = ["sun_at_centre", "ellipse_drawn_e_0.5", "a_label_3", "e_label_0.6"]


def _draw_scan(wrong=None):
    S = 2
    W, H = 1300, 960
    img = Image.new("RGB", (W * S, H * S), "white")
    d = ImageDraw.Draw(img)
    k = 80.0  # px per AU
    a, e = 5.0, 0.8
    e_draw = e
    if wrong == "ellipse_drawn_e_0.5":
        # breaks "eccentricity 0.8": the ellipse (and the Sun's focus) is drawn with e = 0.5 (labels unchanged)
        e_draw = 0.5
    b = a * math.sqrt(1 - e_draw ** 2)
    c = a * e_draw
    cx, cy = 650, 440

    def Q(x, y):
        return (x * S, y * S)

    ink = (20, 20, 20)
    # major axis, dashed
    x = cx - a * k - 30
    while x < cx + a * k + 30:
        d.line([Q(x, cy), Q(min(x + 14, cx + a * k + 30), cy)], fill=(110, 110, 110), width=2 * S)
        x += 24
    pts = [Q(cx + a * k * math.cos(t / 400 * 2 * math.pi), cy + b * k * math.sin(t / 400 * 2 * math.pi))
           for t in range(401)]
    d.line(pts, fill=ink, width=4 * S, joint="curve")
    # centre mark
    d.line([Q(cx - 10, cy - 10), Q(cx + 10, cy + 10)], fill=ink, width=2 * S)
    d.line([Q(cx - 10, cy + 10), Q(cx + 10, cy - 10)], fill=ink, width=2 * S)
    # the Sun at the left focus
    sx = cx - c * k
    if wrong == "sun_at_centre":
        # breaks "orbits the Sun" (Kepler: the Sun at a focus): the Sun is drawn at the ellipse's centre
        sx = cx
    for rr, col in ((24, (120, 120, 120)), (19, (175, 175, 175)), (12, (215, 215, 215))):
        d.ellipse([Q(sx - rr, cy - rr), Q(sx + rr, cy + rr)], fill=col, outline=ink if rr == 24 else None,
                  width=2 * S)
    f = _font("lserif", 30 * S)
    fi = _font("lserif-i", 30 * S)
    d.text(Q(sx, cy + 52), "Sun", font=f, fill=ink, anchor="mm")
    # the comet on the orbit, its tail pointing away from the Sun
    t = math.radians(118)
    px, py = cx + a * k * math.cos(t), cy - b * k * math.sin(t)
    ux, uy = px - sx, py - cy
    n = math.hypot(ux, uy)
    ux, uy = ux / n, uy / n
    for i in range(9):
        w = 16 - i * 1.5
        d.line([Q(px + ux * 10, py + uy * 10), Q(px + ux * (60 + 9 * i) - uy * (i - 4) * 3,
                                                   py + uy * (60 + 9 * i) + ux * (i - 4) * 3)],
               fill=(150, 150, 150), width=max(1, int(w / 6)) * S)
    d.ellipse([Q(px - 11, py - 11), Q(px + 11, py + 11)], fill=(60, 60, 60), outline=ink, width=2 * S)
    d.text(Q(px - 20, py - 34), "comet", font=f, fill=ink, anchor="rm")
    # perihelion / aphelion
    d.text(Q(cx - a * k - 14, cy - 30), "perihelion", font=fi, fill=ink, anchor="rm")
    d.text(Q(cx + a * k + 14, cy - 30), "aphelion", font=fi, fill=ink, anchor="lm")
    # semi-major axis dimension: centre to aphelion, below the ellipse
    a_txt = "a = 5 AU"
    if wrong == "a_label_3":
        # breaks "semi-major axis 5 AU": the dimension reads 3 AU
        a_txt = "a = 3 AU"
    yd = cy + b * k + 50
    for xx in (cx, cx + a * k):
        d.line([Q(xx, cy + 16 if xx == cx else cy + 8), Q(xx, yd + 14)], fill=(90, 90, 90), width=1 * S)
    d.line([Q(cx, yd), Q(cx + a * k, yd)], fill=ink, width=2 * S)
    for xx, sgn in ((cx, 1), (cx + a * k, -1)):
        d.polygon([Q(xx, yd), Q(xx + sgn * 18, yd - 7), Q(xx + sgn * 18, yd + 7)], fill=ink)
    d.text(Q(cx + a * k / 2, yd + 30), a_txt, font=f, fill=ink, anchor="mm")
    e_txt = "e = 0.8"
    if wrong == "e_label_0.6":
        # breaks "eccentricity 0.8": the label reads e = 0.6
        e_txt = "e = 0.6"
    d.text(Q(cx + 60, cy - 60), e_txt, font=f, fill=ink, anchor="lm")
    # 1 AU scale bar
    d.line([Q(1100, 915), Q(1100 + k, 915)], fill=ink, width=3 * S)
    d.text(Q(1100 + k / 2, 891), "1 AU", font=_font("lserif", 24 * S), fill=ink, anchor="mm")
    fb = _font("lserif-b", 28 * S)
    d.text(Q(60, 915), "Fig. 12.4", font=fb, fill=ink, anchor="lm")
    d.text(Q(200, 915), "Elliptical orbit of a comet about the Sun.", font=_font("lserif", 28 * S), fill=ink,
           anchor="lm")
    img = img.resize((W, H), Image.LANCZOS)
    return _png(_yellowed_scan(img, seed=93, angle=-2.2))


def cases():
    return [
        {"id": "h6-astronomy-mpl-poster", "text": POSTER_TEXT, "tool": "matplotlib (fast)",
         "style": "poster: huge title, small to-scale orbit diagram, much white space (2000x1400)",
         "draw": _draw_poster, "wrongs": list(POSTER_WRONGS)},
        {"id": "h6-astronomy-pil-hires", "text": HIRES_TEXT, "tool": "PIL (supersampled x2)",
         "style": "high-resolution render, 2400 px wide, thin orbits at real radii, scale bar (2400x1800)",
         "draw": _draw_hires, "wrongs": list(HIRES_WRONGS)},
        {"id": "h6-astronomy-pil-scan", "text": SCAN_TEXT, "tool": "PIL ink drawing",
         "style": "yellowed textbook scan: halftone greys, paper stains, -2.2 degree skew (1300x960)",
         "draw": _draw_scan, "wrongs": list(SCAN_WRONGS)},
    ]
