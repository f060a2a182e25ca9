"""Orbit diagrams drawn by matplotlib the way people script them, not the way nesy draws them.

Three styles, each with its own palette, fonts, sizes and label convention:

- ``colour``: a yellow-orange star disc, thin grey orbit circles *evenly spaced* (not to scale), planets
  as filled discs in a tab10-like palette with sizes by rough planet size, sans-serif names written just
  outside each disc (radially outward);
- ``bw``: textbook black and white — a black star disc, black dashed orbit circles, planets as grey or
  black discs with a black edge, serif names above-right of each disc;
- ``log``: radii on a log scale of the real distances (as a person does so that Mercury and Neptune fit
  on one page), pastel discs, coloured solid orbits, monospace names below each disc.

A planet with its moons (a text naming no star: "Jupiter with four moons") is drawn the way books do:
the planet at the centre and one circle per moon around it; a system with moons draws small moon circles
around the planet's disc. Bodies sit at angles from a seeded random generator, distances and sizes come
from a small table of facts in this file (not from nesy). Wrong versions change exactly one fact: two
planets' (or moons') places swapped, a planet or moon dropped, a planet or moon duplicated, a moon drawn
around the wrong body, a label written on the wrong body.
"""
from __future__ import annotations

import io
import math
import random

SCIENCE = "astronomy"

# semi-major axes (AU) and radii (km) of the planets; moons' distances (1000 km): public fact sheets
_A = {"Mercury": 0.387, "Venus": 0.723, "Earth": 1.0, "Mars": 1.524, "Jupiter": 5.20, "Saturn": 9.57,
      "Uranus": 19.17, "Neptune": 30.18}
_R = {"Mercury": 2440, "Venus": 6052, "Earth": 6371, "Mars": 3390, "Jupiter": 69911, "Saturn": 58232,
      "Uranus": 25362, "Neptune": 24622}
_MOON_A = {"Io": 422, "Europa": 671, "Ganymede": 1070, "Callisto": 1883, "Phobos": 9.4, "Deimos": 23.5,
           "Moon": 384}
_TAB = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf"]
_PASTEL = ["#fbb4ae", "#b3cde3", "#ccebc5", "#decbe4", "#fed9a6", "#e5d8bd", "#fddaec", "#b3de69"]

_STYLE = {
    "colour": {"star": "#ffa500", "orbit": "#9a9a9a", "ls": "-", "font": "DejaVu Sans", "label": "out",
               "edge": None, "fills": _TAB, "star_label": True},
    "bw": {"star": "#000000", "orbit": "#000000", "ls": "--", "font": "DejaVu Serif", "label": "ne",
           "edge": "#000000", "fills": ["#808080", "#000000", "#c0c0c0", "#404040"] * 2, "star_label": False},
    "dark": {"star": "#fff3b0", "orbit": "#5a6a8a", "ls": "-", "font": "Liberation Sans", "label": "ne",
             "edge": None, "fills": ["#ff6b6b", "#4ecdc4", "#ffe66d", "#a29bfe", "#fd79a8", "#55efc4"] * 2,
             "star_label": True, "bg": "#0b0f1a", "fg": "#e8e8e8"},
    "log": {"star": "#e8c000", "orbit": None, "ls": "-", "font": "DejaVu Sans Mono", "label": "below",
            "edge": "#555555", "fills": _PASTEL, "star_label": True},
}


def _png(fig) -> bytes:
    import matplotlib.pyplot as plt
    buf = io.BytesIO()
    fig.savefig(buf, format="png", facecolor=fig.get_facecolor())
    plt.close(fig)
    return buf.getvalue()


def _label(ax, x, y, r, text, st, fs, cx=0.0, cy=0.0):
    """A name beside a disc of radius r (data units) at (x, y), in the style's convention."""
    if st["label"] == "out":       # radially outward from the centre
        d = math.hypot(x - cx, y - cy) or 1.0
        ux, uy = (x - cx) / d, (y - cy) / d
        ax.text(x + ux * (r + 0.25), y + uy * (r + 0.25), text, ha="center", va="center", fontsize=fs,
                family=st["font"], color=st.get("fg", "black"))
    elif st["label"] == "ne":
        ax.text(x + r * 0.8 + 0.05, y + r * 0.8 + 0.05, text, ha="left", va="bottom", fontsize=fs, family=st["font"],
                color=st.get("fg", "black"))
    else:
        ax.text(x, y - r - 0.12, text, ha="center", va="top", fontsize=fs, family=st["font"],
                color=st.get("fg", "black"))


def _system(planets, style, *, seed, size=(7.5, 7.5), dpi=110, radii="even", wrong=None, moons=None,
            star_name="Sun", fs=11, labelled=True):
    """A star with its planets on circles. ``planets``: names (inner to outer by the facts), ``moons``:
    planet → list of moon names drawn on small circles around the planet's disc; ``labelled=False``
    leaves the planets unnamed (a figure whose planets cannot be told apart)."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import Circle
    st = _STYLE[style]
    rng = random.Random(seed)
    moons = {k: list(v) for k, v in (moons or {}).items()}
    names = list(planets)
    order = sorted(names, key=lambda n: _A[n])
    # the radius each planet is drawn at (data units, the outermost at 5)
    if radii == "even":
        rad = {n: 1.3 + 3.7 * (i + 1) / len(order) for i, n in enumerate(order)}
    else:
        lo, hi = math.log(_A[order[0]]), math.log(_A[order[-1]])
        rad = {n: 1.4 + 3.6 * ((math.log(_A[n]) - lo) / (hi - lo) if hi > lo else 1.0) for n in order}
    labels = {n: n for n in names}
    kind, _, arg = (wrong or "").partition(":")
    if kind == "swap":
        a, b = arg.split(",")
        rad[a], rad[b] = rad[b], rad[a]
    elif kind == "drop":
        if arg in names:
            names.remove(arg)
        else:
            for v in moons.values():
                if arg in v:
                    v.remove(arg)
    elif kind == "dupmoon":
        moons[arg].append(moons[arg][-1] if moons[arg] else "moon")
    elif kind == "moonto":             # the first moon of one planet drawn around another
        src, dst = arg.split(">")
        moons.setdefault(dst, []).append(moons[src].pop(0))
    elif kind == "labelswap":
        a, b = arg.split(",")
        labels[a], labels[b] = labels[b], labels[a]
    fig = plt.figure(figsize=size, dpi=dpi, facecolor=st.get("bg", "white"))
    ax = fig.add_axes([0, 0, 1, 1])
    ax.set_facecolor(st.get("bg", "white"))
    ax.set_xlim(-6.3, 6.3)
    ax.set_ylim(-6.3 * size[1] / size[0], 6.3 * size[1] / size[0])
    ax.set_aspect("equal")
    ax.axis("off")
    star_r = 0.42 if style != "bw" else 0.32
    ax.add_patch(Circle((0, 0), star_r, color=st["star"], zorder=3))
    if st["star_label"]:
        ax.text(0, -star_r - 0.12, star_name, ha="center", va="top", fontsize=fs, family=st["font"],
                color=st.get("fg", "black"))
    for i, n in enumerate(order):
        if n not in names:
            continue
        oc = st["orbit"] or st["fills"][i % len(st["fills"])]
        ax.add_patch(Circle((0, 0), rad[n], fill=False, ec=oc if st["orbit"] else _darker(oc), lw=1.2,
                            ls=st["ls"], zorder=1))
    for i, n in enumerate(order):
        if n not in names:
            continue
        t = rng.uniform(0, 2 * math.pi)
        x, y = rad[n] * math.cos(t), rad[n] * math.sin(t)
        r = 0.12 + 0.05 * math.log2(_R[n] / 2000.0)
        r = min(max(r, 0.13), 0.3)
        ax.add_patch(Circle((x, y), r, fc=st["fills"][i % len(st["fills"])], ec=st["edge"] or "none", lw=0.8,
                            zorder=4))
        lab = labels[n] if kind != "labelsun" or arg != n else None
        for j, mo in enumerate(moons.get(n, [])):
            mr = r + 0.22 * (j + 1)
            ax.add_patch(Circle((x, y), mr, fill=False, ec="#777777", lw=0.6, ls=":", zorder=2))
            u = rng.uniform(0, 2 * math.pi)
            ax.add_patch(Circle((x + mr * math.cos(u), y + mr * math.sin(u)), 0.06, fc="#555555", zorder=5))
        rr = r + 0.22 * len(moons.get(n, [])) if moons.get(n) else r
        if lab and labelled:
            _label(ax, x, y, rr, lab, st, fs)
        if kind == "dup" and arg == n:  # the planet drawn twice on its orbit, the copy labelled too
            x2, y2 = -x, -y
            ax.add_patch(Circle((x2, y2), r, fc=st["fills"][i % len(st["fills"])], ec=st["edge"] or "none", lw=0.8,
                                zorder=4))
            if labelled:
                _label(ax, x2, y2, r, n, st, fs)
    if kind == "labelsun":             # the planet's name written beside the star instead of its disc
        ax.text(star_r * 0.7 + 0.05, star_r * 0.7 + 0.05, arg, ha="left", va="bottom", fontsize=fs, family=st["font"],
                color=st.get("fg", "black"))
    return _png(fig)


def _darker(hexc: str) -> str:
    r, g, b = (int(hexc[k:k + 2], 16) for k in (1, 3, 5))
    return "#%02x%02x%02x" % (int(r * 0.6), int(g * 0.6), int(b * 0.6))


def _moon_system(planet, moon_names, style, *, seed, size=(6.5, 6.5), dpi=110, labelled=True, wrong=None, fs=11):
    """A planet at the centre with one circle per moon (inner to outer by the facts when named)."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import Circle
    st = _STYLE[style]
    rng = random.Random(seed)
    names = list(moon_names)
    order = sorted(names, key=lambda n: _MOON_A.get(n, 0)) if all(n in _MOON_A for n in names) else names
    rad = {n: 1.6 + 3.4 * (i + 1) / len(order) for i, n in enumerate(order)}
    labels = {n: n for n in names}
    pname = planet
    kind, _, arg = (wrong or "").partition(":")
    extra = []
    if kind == "swap":
        a, b = arg.split(",")
        rad[a], rad[b] = rad[b], rad[a]
    elif kind == "drop":
        names.remove(arg)
    elif kind == "dupmoon":             # a second moon disc on the outermost circle
        extra.append(order[-1])
    elif kind == "labelswap":
        a, b = arg.split(",")
        labels[a], labels[b] = labels[b], labels[a]
    elif kind == "planetlabel":
        pname = arg
    fig = plt.figure(figsize=size, dpi=dpi)
    ax = fig.add_axes([0, 0, 1, 1])
    ax.set_xlim(-6, 6)
    ax.set_ylim(-6, 6)
    ax.set_aspect("equal")
    ax.axis("off")
    pr = 0.6
    ax.add_patch(Circle((0, 0), pr, fc=st["fills"][1] if style != "bw" else "#909090", ec=st["edge"] or "none",
                        zorder=3))
    _label(ax, 0, -0.05, pr, pname, {**st, "label": "below"}, fs + 1)
    for i, n in enumerate(order):
        if n not in names:
            continue
        oc = st["orbit"] or _darker(st["fills"][i % len(st["fills"])])
        ax.add_patch(Circle((0, 0), rad[n], fill=False, ec=oc, lw=1.0, ls=st["ls"], zorder=1))
    taken = []
    for i, n in enumerate(order + extra):
        if n not in names:
            continue
        t = rng.uniform(0, 2 * math.pi)
        if i >= len(order):            # the duplicate: opposite its twin
            t = taken[order.index(n)] + math.pi
        taken.append(t)
        x, y = rad[n] * math.cos(t), rad[n] * math.sin(t)
        r = 0.2
        ax.add_patch(Circle((x, y), r, fc=st["fills"][(i + 3) % len(st["fills"])], ec=st["edge"] or "none",
                            lw=0.8, zorder=4))
        if labelled and i < len(order):
            _label(ax, x, y, r, labels[n], st, fs)
    return _png(fig)


def cases() -> list[dict]:
    inner = ["Mercury", "Venus", "Earth", "Mars"]
    outer = ["Jupiter", "Saturn", "Uranus", "Neptune"]
    eight = inner + outer
    gal = ["Io", "Europa", "Ganymede", "Callisto"]
    out = [
        {"id": "inner-colour", "text": "the inner planets Mercury, Venus, Earth and Mars orbiting the Sun",
         "tool": "matplotlib", "style": "colour",
         "draw": lambda w: _system(inner, "colour", seed=1, wrong=w),
         "wrongs": ["swap:Venus,Earth", "drop:Mars", "labelsun:Venus"]},
        {"id": "inner-bw", "text": "the inner planets Mercury, Venus, Earth and Mars orbiting the Sun",
         "tool": "matplotlib", "style": "bw",
         "draw": lambda w: _system(inner, "bw", seed=2, size=(6.5, 6.0), dpi=130, wrong=w, fs=10),
         "wrongs": ["swap:Mercury,Mars", "drop:Venus", "labelswap:Earth,Mars", "dup:Earth"]},
        {"id": "outer-log", "text": "the four outer planets Jupiter, Saturn, Uranus and Neptune orbiting the Sun",
         "tool": "matplotlib", "style": "log",
         "draw": lambda w: _system(outer, "log", seed=3, radii="log", size=(8, 7), dpi=100, wrong=w, fs=12),
         "wrongs": ["swap:Saturn,Uranus", "drop:Neptune", "labelswap:Jupiter,Neptune"]},
        {"id": "eight-log", "text": "the eight planets Mercury, Venus, Earth, Mars, Jupiter, Saturn, Uranus and "
                                    "Neptune orbiting the Sun",
         "tool": "matplotlib", "style": "log",
         "draw": lambda w: _system(eight, "log", seed=4, radii="log", size=(9, 9), dpi=110, wrong=w, fs=10),
         "wrongs": ["swap:Jupiter,Saturn", "drop:Uranus", "labelsun:Earth"]},
        {"id": "eight-bw", "text": "the eight planets Mercury, Venus, Earth, Mars, Jupiter, Saturn, Uranus and "
                                   "Neptune orbiting the Sun",
         "tool": "matplotlib", "style": "bw",
         "draw": lambda w: _system(eight, "bw", seed=5, size=(9, 8.5), dpi=110, wrong=w, fs=10),
         "wrongs": ["swap:Earth,Mars", "drop:Mercury", "labelswap:Venus,Saturn"]},
        {"id": "earth-moon-colour", "text": "the Earth and the Moon orbiting the Sun",
         "tool": "matplotlib", "style": "colour",
         "draw": lambda w: _system(["Earth"], "colour", seed=6, moons={"Earth": ["Moon"]}, dpi=120, wrong=w),
         "wrongs": ["drop:Moon", "dupmoon:Earth", "labelsun:Earth"]},
        {"id": "earth-mars-moons-colour",
         "text": "Earth with the Moon and Mars with its two moons Phobos and Deimos orbiting the Sun",
         "tool": "matplotlib", "style": "colour",
         "draw": lambda w: _system(["Earth", "Mars"], "colour", seed=7, dpi=120,
                                   moons={"Earth": ["Moon"], "Mars": ["Phobos", "Deimos"]}, wrong=w),
         "wrongs": ["moonto:Mars>Earth", "drop:Deimos", "swap:Earth,Mars"]},
        {"id": "jupiter-moons-colour", "text": "Jupiter with four moons", "tool": "matplotlib", "style": "colour",
         "draw": lambda w: _moon_system("Jupiter", ["m1", "m2", "m3", "m4"], "colour", seed=8, labelled=False,
                                        wrong=w),
         "wrongs": ["drop:m2", "dupmoon:x", "planetlabel:Saturn"]},
        {"id": "galilean-bw", "text": "Jupiter and its four Galilean moons Io, Europa, Ganymede and Callisto",
         "tool": "matplotlib", "style": "bw",
         "draw": lambda w: _moon_system("Jupiter", gal, "bw", seed=9, dpi=120, wrong=w, fs=10),
         "wrongs": ["swap:Io,Ganymede", "drop:Callisto", "dupmoon:x"]},
        {"id": "mars-moons-log", "text": "Mars with its two moons Phobos and Deimos", "tool": "matplotlib",
         "style": "log",
         "draw": lambda w: _moon_system("Mars", ["Phobos", "Deimos"], "log", seed=10, size=(6, 6), dpi=100,
                                        wrong=w, fs=12),
         "wrongs": ["labelswap:Phobos,Deimos", "drop:Phobos", "dupmoon:x"]},
        {"id": "relations-dark", "text": "Venus is closer to the Sun than Earth, and Mars is farther out than Earth",
         "tool": "matplotlib", "style": "dark",
         "draw": lambda w: _system(["Venus", "Earth", "Mars"], "dark", seed=11, size=(7, 6), dpi=120, wrong=w, fs=12),
         "wrongs": ["swap:Venus,Earth", "drop:Earth", "labelswap:Earth,Mars"]},
    ]
    return out
