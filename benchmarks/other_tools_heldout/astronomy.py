"""Held-out orbit diagrams drawn by other tools (astronomy).

Written by an outside helper (set B) without reading nesy's figure readers or verifiers. Styles: matplotlib
xkcd (seeded sketch), matplotlib with AU axes and gridlines, matplotlib pastel with a legend box, matplotlib
serif on cream with ellipses, raw PIL night-sky line art, PIL whiteboard marker sketch.
"""
from __future__ import annotations

import io
import logging
import math

SCIENCE = "astronomy"

logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)

_DEJAVU = "/usr/share/fonts/truetype/dejavu/"


def _mpl():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    return matplotlib, plt


def _save(fig, dpi) -> bytes:
    _, plt = _mpl()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None})
    plt.close(fig)
    return buf.getvalue()


def _rc(params):
    """Run a draw function inside matplotlib rc_context so its fonts never leak into other modules."""
    def deco(fn):
        def wrapped(wrong):
            _, plt = _mpl()
            with plt.rc_context(params):
                return fn(wrong)
        return wrapped
    return deco


def _pil_png(img) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


def _font(name, size):
    from PIL import ImageFont
    return ImageFont.truetype(_DEJAVU + name, size)


# ---------------------------------------------------------------- case 1: xkcd, inner planets
TEXT1 = "The Sun with Mercury, Venus, Earth and Mars."
WRONGS1 = ["swap_venus_earth",   # order outward Mercury, Venus, Earth, Mars (named planets, stated list)
           "drop_mars",          # Mars stated, missing
           "duplicate_earth"]    # Earth drawn twice (an extra 5th planet labelled Earth)


def _draw1(wrong):
    import numpy as np
    matplotlib, plt = _mpl()
    np.random.seed(7)
    names = ["Mercury", "Venus", "Earth", "Mars"]
    if wrong == "swap_venus_earth":
        names = ["Mercury", "Earth", "Venus", "Mars"]
    if wrong == "drop_mars":
        names = names[:3]
    if wrong == "duplicate_earth":
        names = names + ["Earth"]
    cols = ["#8c8c8c", "#d9a441", "#2b6cb0", "#c0392b", "#2b6cb0"]
    with plt.xkcd(scale=1, length=100, randomness=2):
        fig, ax = plt.subplots(figsize=(6.4, 6.4))
        ax.set_aspect("equal")
        ax.axis("off")
        ax.add_patch(plt.Circle((0, 0), 0.45, color="#f5b800", zorder=3))
        ax.annotate("Sun", (0, -0.45), (0.0, -1.05), ha="center", fontsize=14,
                    arrowprops=dict(arrowstyle="-", lw=1))
        angs = [40, 150, 250, 320, 95]
        for i, nm in enumerate(names):
            r = 1.2 + 0.95 * i
            ax.add_patch(plt.Circle((0, 0), r, fill=False, lw=1.5, color="black"))
            a = math.radians(angs[i])
            x, y = r * math.cos(a), r * math.sin(a)
            ax.add_patch(plt.Circle((x, y), 0.2, color=cols[i], zorder=3))
            ax.text(x + 0.28, y + 0.22, nm, fontsize=13)
        ax.set_xlim(-5.6, 5.6)
        ax.set_ylim(-5.6, 5.6)
        ax.set_title("Inner planets (not to scale)", fontsize=14)
        fig.tight_layout()
        data = _save(fig, 110)
    return data


# ---------------------------------------------------------------- case 2: PIL whiteboard, Jupiter's moons
TEXT2 = "Jupiter with four moons: Io, Europa, Ganymede and Callisto."
WRONGS2 = ["drop_europa",        # four moons stated, Europa named: only three drawn
           "five_moons",         # "four moons": an extra, fifth moon on its own orbit
           "ganymede_as_titan"]  # named moon Ganymede relabelled Titan


def _draw2(wrong):
    from PIL import Image, ImageDraw
    W, H = 900, 700
    img = Image.new("RGB", (W, H), (250, 250, 245))
    d = ImageDraw.Draw(img)
    cx, cy = 430, 360
    f = _font("DejaVuSans.ttf", 22)
    blue, black, red = (30, 70, 170), (20, 20, 20), (180, 40, 40)
    names = ["Io", "Europa", "Ganymede", "Callisto"]
    if wrong == "drop_europa":
        names = ["Io", "Ganymede", "Callisto"]
    if wrong == "ganymede_as_titan":
        names = ["Io", "Europa", "Titan", "Callisto"]
    radii = [95, 145, 205, 285]
    if wrong == "drop_europa":
        radii = [95, 205, 285]
    angs = [-30, 200, 70, 320]
    if wrong == "drop_europa":
        angs = [-30, 70, 320]
    labs = list(names)
    if wrong == "five_moons":
        radii = radii + [330]
        angs = angs + [150]
        labs = labs + [None]
    for r in radii:  # marker-drawn ellipses, slightly squashed like a board sketch
        d.ellipse([cx - r, cy - r * 0.9, cx + r, cy + r * 0.9], outline=blue, width=3)
    d.ellipse([cx - 48, cy - 48, cx + 48, cy + 48], outline=red, width=5)
    for k in range(-2, 3):  # bands
        d.line([cx - 44 + abs(k) * 6, cy + k * 14, cx + 44 - abs(k) * 6, cy + k * 14], fill=red, width=2)
    d.text((cx - 40, cy + 55), "Jupiter", font=f, fill=black)
    for r, a, nm in zip(radii, angs, labs):
        x = cx + r * math.cos(math.radians(a))
        y = cy - r * 0.9 * math.sin(math.radians(a))
        d.ellipse([x - 11, y - 11, x + 11, y + 11], fill=black)
        if nm:
            d.text((x + 14, y - 30), nm, font=f, fill=black)
    d.text((20, 18), "Galilean moons", font=_font("DejaVuSans-Bold.ttf", 26), fill=black)
    return _pil_png(img)


# ---------------------------------------------------------------- case 3: AU axes with gridlines
TEXT3 = "a star with three planets at 0.5 AU, 1.2 AU and 3 AU"
WRONGS3 = ["planet3_at_2AU",     # planet 3 stated at 3 AU, orbit drawn at 2 AU
           "drop_planet2",       # three planets stated, two drawn
           "planet1_planet2_swapped"]  # planet 1 stated at 0.5 AU drawn at 1.2 AU and vice versa


def _draw3(wrong):
    _, plt = _mpl()
    import numpy as np
    a = {"planet 1": 0.5, "planet 2": 1.2, "planet 3": 3.0}
    if wrong == "planet3_at_2AU":
        a["planet 3"] = 2.0
    if wrong == "drop_planet2":
        del a["planet 2"]
    if wrong == "planet1_planet2_swapped":
        a["planet 1"], a["planet 2"] = 1.2, 0.5
    pal = {"planet 1": "#4c72b0", "planet 2": "#55a868", "planet 3": "#c44e52"}
    fig, ax = plt.subplots(figsize=(7.5, 7.0))
    ax.set_aspect("equal")
    ax.grid(True, color="#dddddd", lw=0.8)
    ax.set_axisbelow(True)
    t = np.linspace(0, 2 * np.pi, 400)
    ax.plot([0], [0], marker="*", ms=22, color="#f0a30a", mec="#b36b00", zorder=4)
    ax.text(0.12, 0.12, "star", fontsize=11)
    ang = {"planet 1": 60, "planet 2": 200, "planet 3": 35}
    for nm, r in a.items():
        ax.plot(r * np.cos(t), r * np.sin(t), color=pal[nm], lw=1.6)
        th = math.radians(ang[nm])
        x, y = r * math.cos(th), r * math.sin(th)
        ax.plot([x], [y], "o", ms=9, color=pal[nm], zorder=4)
        true_a = {"planet 1": 0.5, "planet 2": 1.2, "planet 3": 3.0}[nm]
        lab = f"{nm}\n{true_a:g} AU" if wrong != "planet1_planet2_swapped" else f"{nm}\n{r:g} AU"
        ax.annotate(lab, (x, y), (x + 0.25, y + 0.2), fontsize=10)
    ax.set_xlim(-3.4, 3.4)
    ax.set_ylim(-3.4, 3.4)
    ax.set_xlabel("x (AU)")
    ax.set_ylabel("y (AU)")
    ax.set_title("Planetary system, to scale")
    fig.tight_layout()
    return _save(fig, 100)


# ---------------------------------------------------------------- case 4: pastel with legend box
TEXT4 = "Earth and the Moon orbiting the Sun"
WRONGS4 = ["moon_orbits_sun",    # stated: the Moon goes with Earth; drawn on its own heliocentric orbit
           "drop_moon"]          # the Moon stated, missing


@_rc({"font.family": "DejaVu Sans"})
def _draw4(wrong):
    _, plt = _mpl()
    import numpy as np
    fig, ax = plt.subplots(figsize=(6.0, 5.0), facecolor="#fbf7f0")
    ax.set_facecolor("#fbf7f0")
    ax.set_aspect("equal")
    ax.axis("off")
    t = np.linspace(0, 2 * np.pi, 400)
    R = 3.0
    ax.plot(R * np.cos(t), R * np.sin(t), color="#9ecae1", lw=2.5, label="Earth's orbit")
    ax.add_patch(plt.Circle((0, 0), 0.55, color="#fdd49e", ec="#fdae6b", lw=2, zorder=3))
    ax.text(0, -0.9, "Sun", ha="center", fontsize=12, color="#7f4f24")
    ex, ey = R * math.cos(math.radians(30)), R * math.sin(math.radians(30))
    ax.add_patch(plt.Circle((ex, ey), 0.22, color="#6baed6", zorder=4))
    ax.text(ex + 0.3, ey - 0.45, "Earth", fontsize=12, color="#08519c")
    if wrong == "moon_orbits_sun":
        r2 = 4.2
        ax.plot(r2 * np.cos(t), r2 * np.sin(t), color="#d9d9d9", lw=1.8, ls="--", label="Moon's orbit")
        mx, my = r2 * math.cos(math.radians(120)), r2 * math.sin(math.radians(120))
        ax.add_patch(plt.Circle((mx, my), 0.12, color="#969696", zorder=4))
        ax.text(mx + 0.2, my + 0.1, "Moon", fontsize=12, color="#525252")
    elif wrong != "drop_moon":
        r2 = 0.75
        ax.plot(ex + r2 * np.cos(t), ey + r2 * np.sin(t), color="#bdbdbd", lw=1.5, ls="--", label="Moon's orbit")
        mx, my = ex + r2 * math.cos(math.radians(110)), ey + r2 * math.sin(math.radians(110))
        ax.add_patch(plt.Circle((mx, my), 0.1, color="#969696", zorder=4))
        ax.text(mx - 0.3, my + 0.2, "Moon", fontsize=12, color="#525252")
    ax.legend(loc="lower left", frameon=True, fontsize=9, facecolor="white")
    ax.set_xlim(-4.8, 4.8)
    ax.set_ylim(-4.8, 4.8)
    fig.tight_layout()
    return _save(fig, 90)


# ---------------------------------------------------------------- case 5: serif on cream, ellipses
TEXT5 = "Saturn is beyond Jupiter"
WRONGS5 = ["order_swapped",      # stated: Saturn beyond Jupiter; Saturn drawn on the inner orbit
           "drop_jupiter"]       # Jupiter stated, missing


@_rc({"font.family": "DejaVu Serif"})
def _draw5(wrong):
    _, plt = _mpl()
    import numpy as np
    fig, ax = plt.subplots(figsize=(4.0, 2.8), facecolor="#fffdf4")
    ax.set_facecolor("#fffdf4")
    ax.set_aspect("equal")
    ax.axis("off")
    t = np.linspace(0, 2 * np.pi, 400)
    inner, outer = "Jupiter", "Saturn"
    if wrong == "order_swapped":
        inner, outer = "Saturn", "Jupiter"
    orbits = [(5.2, inner, 150), (9.5, outer, 20)]
    if wrong == "drop_jupiter":
        orbits = [(9.5, "Saturn", 20)]
    e = 0.05
    for a, nm, th in orbits:
        b = a * math.sqrt(1 - e * e)
        c = a * e
        ax.plot(c + a * np.cos(t), b * np.sin(t), color="#333333", lw=0.9)
        x, y = c + a * math.cos(math.radians(th)), b * math.sin(math.radians(th))
        ax.plot([x], [y], "o", ms=6, color="#5a4630")
        ax.text(x, y + 0.9, nm, fontsize=9, ha="center", style="italic")
    ax.plot([0], [0], "o", ms=10, color="#e8a317", mec="#333333", mew=0.6)
    ax.text(0, -1.7, "Sun", ha="center", fontsize=9)
    ax.set_xlim(-10.5, 11)
    ax.set_ylim(-10, 10.5)
    fig.tight_layout(pad=0.2)
    return _save(fig, 200)


# ---------------------------------------------------------------- case 6: PIL night sky, ratio
TEXT6 = "a star with three planets, the third three times as far as the first"
WRONGS6 = ["third_twice_first",  # stated ratio 3 between third and first orbit radii; drawn 2
           "drop_planet2",       # three planets stated, two drawn
           "drop_star"]          # a star stated, centre left empty


def _draw6(wrong):
    from PIL import Image, ImageDraw
    W, H = 620, 620
    img = Image.new("RGB", (W, H), (10, 14, 35))
    d = ImageDraw.Draw(img)
    cx, cy = W // 2, H // 2 + 10
    f = _font("DejaVuSansMono.ttf", 15)
    r1 = 85
    radii = [r1, 2 * r1, 3 * r1]
    if wrong == "third_twice_first":
        radii = [r1, 1.5 * r1, 2 * r1]
    names = ["planet 1", "planet 2", "planet 3"]
    angs = [20, 135, 250]
    if wrong == "drop_planet2":
        radii, names, angs = [radii[0], radii[2]], [names[0], names[2]], [angs[0], angs[2]]
    for r in radii:
        d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=(200, 200, 220), width=1)
    if wrong != "drop_star":
        d.ellipse([cx - 16, cy - 16, cx + 16, cy + 16], fill=(255, 214, 80))
        d.text((cx + 12, cy + 14), "star", font=f, fill=(255, 230, 140))
    for r, a, nm in zip(radii, angs, names):
        x = cx + r * math.cos(math.radians(a))
        y = cy - r * math.sin(math.radians(a))
        d.ellipse([x - 7, y - 7, x + 7, y + 7], fill=(120, 190, 255))
        d.text((x + 10, y - 20), nm, font=f, fill=(230, 230, 255))
    d.text((12, 10), "a3 = 3 a1", font=f, fill=(180, 180, 200))
    return _pil_png(img)


# ---------------------------------------------------------------- case 7: monospace hairline, outer planets
TEXT7 = "The Sun with Jupiter, Saturn, Uranus and Neptune."
WRONGS7 = ["swap_uranus_neptune",  # named planets out of order: Neptune drawn inside Uranus
           "drop_saturn"]          # Saturn stated, missing


@_rc({"font.family": "DejaVu Sans Mono"})
def _draw7(wrong):
    _, plt = _mpl()
    import numpy as np
    names = ["Jupiter", "Saturn", "Uranus", "Neptune"]
    if wrong == "swap_uranus_neptune":
        names = ["Jupiter", "Saturn", "Neptune", "Uranus"]
    radii = [1.0, 1.8, 2.6, 3.4]
    if wrong == "drop_saturn":
        names = ["Jupiter", "Uranus", "Neptune"]
        radii = [1.0, 2.6, 3.4]
    fig, ax = plt.subplots(figsize=(4.2, 4.2))
    ax.set_aspect("equal")
    ax.axis("off")
    t = np.linspace(0, 2 * np.pi, 500)
    for r, nm in zip(radii, names):
        ax.plot(r * np.cos(t), r * np.sin(t), color="black", lw=0.4)
        ax.plot([r], [0], "o", ms=4, color="black")
        ax.text(r, -0.12, nm, rotation=-90, va="top", ha="center", fontsize=8)
    ax.plot([0], [0], "o", ms=9, mfc="white", mec="black", mew=0.6)
    ax.text(0, 0.2, "Sun", ha="center", fontsize=8)
    ax.set_xlim(-3.6, 3.9)
    ax.set_ylim(-3.8, 3.7)
    fig.tight_layout(pad=0.1)
    return _save(fig, 110)


def cases() -> list[dict]:
    return [
        {"id": "heldout-astronomy-01", "text": TEXT1, "tool": "matplotlib", "style": "xkcd",
         "draw": _draw1, "wrongs": WRONGS1},
        {"id": "heldout-astronomy-02", "text": TEXT2, "tool": "pil", "style": "whiteboard",
         "draw": _draw2, "wrongs": WRONGS2},
        {"id": "heldout-astronomy-03", "text": TEXT3, "tool": "matplotlib", "style": "au-axes-grid",
         "draw": _draw3, "wrongs": WRONGS3},
        {"id": "heldout-astronomy-04", "text": TEXT4, "tool": "matplotlib", "style": "pastel-legend",
         "draw": _draw4, "wrongs": WRONGS4},
        {"id": "heldout-astronomy-05", "text": TEXT5, "tool": "matplotlib", "style": "serif-ellipse",
         "draw": _draw5, "wrongs": WRONGS5},
        {"id": "heldout-astronomy-06", "text": TEXT6, "tool": "pil", "style": "night-sky",
         "draw": _draw6, "wrongs": WRONGS6},
        {"id": "heldout-astronomy-07", "text": TEXT7, "tool": "matplotlib", "style": "mono-hairline",
         "draw": _draw7, "wrongs": WRONGS7},
    ]
