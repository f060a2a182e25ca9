"""Held-out crystal figures drawn by other tools (outside helper, session 37).

Five texts nesy reads in the crystal science, each one cubic unit cell: matplotlib ``mplot3d`` perspective
ball model (rock salt), a raw PIL oblique (cabinet) projection in black and white with shaded spheres (bcc),
a matplotlib [001] plan view with fractional heights written beside the atoms (fcc), a raw PIL axonometric
flat-colour drawing with element symbols inside the discs (CsCl), and matplotlib ``mplot3d`` on
``dark_background`` with tetrahedral bonds (zinc blende). ``draw(None)`` is the correct figure; ``draw(name)``
changes exactly one stated fact: the structure (an atom dropped or added so the pattern is another lattice,
or one site's species swapped), the element, or the lattice constant.
"""
from __future__ import annotations

import io
import itertools
import math

from PIL import Image, ImageDraw, ImageFont

SCIENCE = "crystal"

_FONTS = "/usr/share/fonts/truetype"


def _clean_png(raw: bytes) -> bytes:
    im = Image.open(io.BytesIO(raw))
    im.load()
    out = io.BytesIO()
    im.convert("RGB").save(out, format="PNG")
    return out.getvalue()


def _fig_png(fig, dpi: int, **kw) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None}, **kw)
    return _clean_png(buf.getvalue())


def _new_fig(w: float, h: float):
    from matplotlib.figure import Figure
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    fig = Figure(figsize=(w, h))
    FigureCanvasAgg(fig)
    return fig


def _img_png(img: Image.Image) -> bytes:
    out = io.BytesIO()
    img.save(out, format="PNG")
    return _clean_png(out.getvalue())


_CORNERS = [tuple(float(v) for v in c) for c in itertools.product((0, 1), repeat=3)]
_FACES = [(0.5, 0.5, 0.0), (0.5, 0.5, 1.0), (0.5, 0.0, 0.5), (0.5, 1.0, 0.5), (0.0, 0.5, 0.5), (1.0, 0.5, 0.5)]
_EDGES_12 = [e for e in itertools.product((0, 0.5, 1), repeat=3) if sum(1 for v in e if v == 0.5) == 1]
_CUBE_EDGES = [(a, b) for a, b in itertools.combinations(_CORNERS, 2)
               if sum(1 for i in range(3) if a[i] != b[i]) == 1]


def _ball_axes(fig, rect, elev, azim):
    ax = fig.add_axes(rect, projection="3d")
    ax.set_proj_type("persp", focal_length=1.6)
    ax.view_init(elev=elev, azim=azim)
    ax.computed_zorder = False
    ax.set_xlim(-0.1, 1.1)
    ax.set_ylim(-0.1, 1.1)
    ax.set_zlim(-0.1, 1.1)
    ax.set_box_aspect((1, 1, 1))
    ax.set_axis_off()
    return ax


def _depth(p, elev, azim):
    e, a = math.radians(elev), math.radians(azim)
    return p[0] * math.cos(e) * math.cos(a) + p[1] * math.cos(e) * math.sin(a) + p[2] * math.sin(e)


# ---------------------------------------------------------------------------------------------------------
# 1. matplotlib mplot3d perspective ball model, rock salt, legend box, dimension text on one edge
# ---------------------------------------------------------------------------------------------------------
TEXT_1 = "The unit cell of sodium chloride (rock salt), a = 5.64 Å."


def _draw_1(wrong: str | None) -> bytes:
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D
    elev, azim = 16, -28
    with plt.rc_context({"font.family": "Liberation Sans", "font.size": 13}):
        fig = _new_fig(7.0, 6.0)
        ax = _ball_axes(fig, (0.0, 0.0, 0.78, 1.0), elev, azim)
        sites = []
        for p in itertools.product((0, 0.5, 1), repeat=3):
            s = "Na" if int(round(sum(2 * v for v in p))) % 2 == 0 else "Cl"
            sites.append((tuple(float(v) for v in p), s))
        if wrong == "body_centre_Na":
            # breaks "sodium chloride (rock salt)": the body-centre site holds Na instead of Cl
            sites = [(p, "Na" if p == (0.5, 0.5, 0.5) else s) for p, s in sites]
        if wrong == "face_Na_missing":
            # breaks "rock salt": the Na on the front face centre is missing (not the rock-salt pattern)
            sites = [(p, s) for p, s in sites if p != (0.5, 0.0, 0.5)]
        for a, b in _CUBE_EDGES:
            ax.plot(*zip(a, b), color="#555555", lw=1.0, zorder=0)
        style = {"Na": dict(s=260, c="#7b3fa0", edgecolors="#3d1f50"),
                 "Cl": dict(s=620, c="#3dbb5a", edgecolors="#1d5e2c")}
        for z, (p, s) in enumerate(sorted(sites, key=lambda ps: _depth(ps[0], elev, azim))):
            ax.scatter([p[0]], [p[1]], [p[2]], depthshade=False, linewidths=1.0, zorder=z + 1, **style[s])
        cat = "Na" if wrong != "legend_K" else "K"
        # (wrong "legend_K" breaks "sodium chloride": the cation is named K in the key)
        handles = [Line2D([], [], marker="o", ls="", ms=10, mfc="#7b3fa0", mec="#3d1f50", label=f"{cat}$^+$"),
                   Line2D([], [], marker="o", ls="", ms=15, mfc="#3dbb5a", mec="#1d5e2c", label="Cl$^-$")]
        fig.legend(handles=handles, loc="upper right", bbox_to_anchor=(0.98, 0.92), frameon=True,
                   title="NaCl" if wrong != "legend_K" else "KCl", labelspacing=1.2, borderpad=0.8)
        a = "5.64" if wrong != "a_label_6_29" else "6.29"
        # (wrong "a_label_6_29" breaks "a = 5.64 Å": the cell edge reads 6.29 Å)
        fig.text(0.84, 0.18, f"a = {a} Å", ha="center", fontsize=14)
        fig.text(0.84, 0.13, "rock-salt structure", ha="center", fontsize=10, color="#444444")
        return _fig_png(fig, 100, facecolor="white")


# ---------------------------------------------------------------------------------------------------------
# 2. raw PIL oblique (cabinet) projection, black and white, radial-gradient spheres, dashed hidden edges
# ---------------------------------------------------------------------------------------------------------
TEXT_2 = "Draw the body-centred cubic unit cell of tungsten with lattice constant 3.16 Å."


def _sphere(img: Image.Image, c, r, shade=(70, 70, 70), light=(250, 250, 250)):
    d = ImageDraw.Draw(img)
    steps = 18
    for k in range(steps):
        t = k / (steps - 1)
        rr = r * (1 - 0.8 * t)
        off = (-0.35 * r * t, -0.35 * r * t)
        col = tuple(int(shade[i] + (light[i] - shade[i]) * t) for i in range(3))
        d.ellipse((c[0] + off[0] - rr, c[1] + off[1] - rr, c[0] + off[0] + rr, c[1] + off[1] + rr), fill=col)
    d.ellipse((c[0] - r, c[1] - r, c[0] + r, c[1] + r), outline=(0, 0, 0), width=2)


def _dashed(d: ImageDraw.ImageDraw, a, b, dash=10, gap=7, fill=(0, 0, 0), width=2):
    L = math.hypot(b[0] - a[0], b[1] - a[1])
    ux, uy = (b[0] - a[0]) / L, (b[1] - a[1]) / L
    s = 0.0
    while s < L:
        e = min(s + dash, L)
        d.line([(a[0] + ux * s, a[1] + uy * s), (a[0] + ux * e, a[1] + uy * e)], fill=fill, width=width)
        s = e + gap


def _draw_2(wrong: str | None) -> bytes:
    W, H = 700, 660
    img = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(img)
    S = 330.0
    O = (150.0, 520.0)
    k = 0.5  # cabinet: depth axis at 45°, half length

    def P(x, y, z):  # x right, y depth, z up
        return (O[0] + S * x + S * k * y * math.cos(math.radians(45)),
                O[1] - S * z - S * k * y * math.sin(math.radians(45)))

    hidden = (0.0, 1.0, 0.0)  # back-bottom-left corner is hidden
    for a, b in _CUBE_EDGES:
        pa, pb = P(*a), P(*b)
        if hidden in (a, b):
            _dashed(d, pa, pb)
        else:
            d.line([pa, pb], fill=(0, 0, 0), width=2)
    atoms = list(_CORNERS)
    if wrong == "fcc_instead":
        # breaks "body-centred cubic": atoms sit at the six face centres instead of the body centre (fcc)
        atoms += _FACES
    elif wrong != "no_body_centre":
        # (wrong "no_body_centre" breaks "body-centred cubic": no atom at the body centre — simple cubic)
        atoms.append((0.5, 0.5, 0.5))
    # painter's order: far (large y) first, then low z first
    for p in sorted(atoms, key=lambda q: (-q[1], q[0] + q[2])):
        _sphere(img, P(*p), 30)
    f = ImageFont.truetype(f"{_FONTS}/liberation/LiberationSerif-Regular.ttf", 28)
    fb = ImageFont.truetype(f"{_FONTS}/liberation/LiberationSerif-Bold.ttf", 30)
    el = "W" if wrong != "element_Mo" else "Mo"
    # (wrong "element_Mo" breaks "tungsten": the atoms are labelled Mo)
    d.text((30, 24), f"{el} (bcc)", font=fb, fill=(0, 0, 0), anchor="la")
    # dimension arrow under the front bottom edge
    y = O[1] + 60
    d.line([(O[0], y), (O[0] + S, y)], fill=(0, 0, 0), width=2)
    for x0, sgn in ((O[0], 1), (O[0] + S, -1)):
        d.polygon([(x0, y), (x0 + sgn * 16, y - 7), (x0 + sgn * 16, y + 7)], fill=(0, 0, 0))
        d.line([(x0, O[1] + 36), (x0, y + 12)], fill=(0, 0, 0), width=1)
    a = "3.16" if wrong != "a_label_3_61" else "3.61"
    # (wrong "a_label_3_61" breaks "lattice constant 3.16 Å": the dimension reads 3.61 Å)
    d.text((O[0] + S / 2, y + 30), f"a = {a} Å", font=f, fill=(0, 0, 0), anchor="mm")
    return _img_png(img)


# ---------------------------------------------------------------------------------------------------------
# 3. matplotlib [001] plan view (projection), heights written beside atoms, axes in units of a, 150 dpi
# ---------------------------------------------------------------------------------------------------------
TEXT_3 = "Face-centred cubic aluminium, a = 4.05 Å."


def _draw_3(wrong: str | None) -> bytes:
    import matplotlib.pyplot as plt
    from matplotlib.patches import Circle, Rectangle
    with plt.style.context("tableau-colorblind10"), plt.rc_context({"font.family": "Liberation Serif",
                                                                     "font.size": 12}):
        fig = _new_fig(5.0, 5.4)
        ax = fig.add_axes((0.14, 0.12, 0.8, 0.74))
        ax.set_xlim(-0.18, 1.18)
        ax.set_ylim(-0.18, 1.18)
        ax.set_aspect("equal")
        ax.set_xticks([0, 0.5, 1])
        ax.set_xticklabels(["0", "½", "1"])
        ax.set_yticks([0, 0.5, 1])
        ax.set_yticklabels(["0", "½", "1"])
        ax.set_xlabel("x / a")
        ax.set_ylabel("y / a")
        ax.add_patch(Rectangle((0, 0), 1, 1, facecolor="none", edgecolor="#333333", lw=1.4))
        atoms = [((x, y), "") for x in (0, 1) for y in (0, 1)]   # corners: heights 0 and 1, unmarked
        atoms.append(((0.5, 0.5), ""))                            # top/bottom face centres, heights 0 and 1
        side_h = "½" if wrong != "side_heights_0" else ""
        # (wrong "side_heights_0" breaks "face-centred cubic": the side-face atoms are at height 0, i.e. the
        #  edge centres (½,0,0)… — not an fcc pattern)
        side = [((0.5, 0.0), side_h), ((0.5, 1.0), side_h), ((0.0, 0.5), side_h), ((1.0, 0.5), side_h)]
        if wrong == "no_face_centres":
            # breaks "face-centred cubic": only the corners are drawn (simple cubic)
            atoms = atoms[:4]
            side = []
        for (x, y), h in atoms + side:
            ax.add_patch(Circle((x, y), 0.075, facecolor="#a2c8ec" if not h else "#ff800e",
                                edgecolor="#006ba4", lw=1.3, zorder=3))
            if h:
                ax.text(x + 0.09, y + 0.07, h, fontsize=13, zorder=4)
        el = "Al" if wrong != "element_Cu" else "Cu"
        # (wrong "element_Cu" breaks "aluminium": the title names Cu)
        a = "4.05" if wrong != "a_label_3_61" else "3.61"
        # (wrong "a_label_3_61" breaks "a = 4.05 Å": the title reads 3.61 Å)
        fig.text(0.5, 0.955, f"{el}, face-centred cubic, a = {a} Å", ha="center", fontsize=14)
        fig.text(0.5, 0.905, "projection on (001); unmarked atoms at z = 0, 1", ha="center", fontsize=10,
                 color="#555555")
        return _fig_png(fig, 150, facecolor="white")


# ---------------------------------------------------------------------------------------------------------
# 4. raw PIL axonometric, flat colours, element symbols inside the discs, legend box, small (560 px)
# ---------------------------------------------------------------------------------------------------------
TEXT_4 = "The cesium chloride structure of CsCl with a = 4.12 Å."


def _draw_4(wrong: str | None) -> bytes:
    W, H = 560, 560
    img = Image.new("RGB", (W, H), (246, 244, 238))
    d = ImageDraw.Draw(img)
    S = 250.0
    az, el = math.radians(20), math.radians(14)

    def V(x, y, z):  # axonometric: turn about z by az, tilt by el; returns (screen x, screen up, depth)
        x, y, z = x - 0.5, y - 0.5, z - 0.5
        u = x * math.cos(az) - y * math.sin(az)
        v = x * math.sin(az) + y * math.cos(az)
        return u, z * math.cos(el) + v * math.sin(el), -v * math.cos(el) + z * math.sin(el)

    def P(x, y, z):
        u, up, _ = V(x, y, z)
        return (W / 2 + 20 + S * u, 300 - S * up)

    for a, b in _CUBE_EDGES:
        d.line([P(*a), P(*b)], fill=(90, 90, 90), width=3)
    sites = [(c, "Cs") for c in _CORNERS]
    centre = (0.5, 0.5, 0.5)
    if wrong == "centre_Cs":
        # breaks "cesium chloride structure of CsCl": the body centre holds Cs (a bcc Cs lattice, no Cl)
        sites.append((centre, "Cs"))
    elif wrong != "centre_missing":
        # (wrong "centre_missing" breaks "CsCl": no Cl at the body centre — simple cubic Cs only)
        sites.append((centre, "Cl"))
    if wrong == "corner_Cl":
        # breaks "cesium chloride structure": one corner site holds Cl instead of Cs
        sites[6] = (sites[6][0], "Cl")
    col = {"Cs": ((240, 140, 40), (150, 80, 10), 31), "Cl": ((80, 190, 90), (30, 110, 40), 27)}
    f = ImageFont.truetype(f"{_FONTS}/liberation/LiberationSans-Bold.ttf", 18)
    # far atoms first (painter's order by depth toward the viewer)
    for p, s in sorted(sites, key=lambda ps: V(*ps[0])[2]):
        fill, line, r = col[s]
        c = P(*p)
        d.ellipse((c[0] - r, c[1] - r, c[0] + r, c[1] + r), fill=fill, outline=line, width=3)
        d.text(c, s, font=f, fill=(255, 255, 255), anchor="mm")
    fl = ImageFont.truetype(f"{_FONTS}/liberation/LiberationSans-Regular.ttf", 19)
    d.rectangle((14, 14, 200, 100), fill=(255, 255, 255), outline=(120, 120, 120), width=2)
    d.text((26, 26), "CsCl structure", font=f, fill=(40, 40, 40))
    a = "4.12" if wrong != "a_label_4_50" else "4.50"
    # (wrong "a_label_4_50" breaks "a = 4.12 Å": the key reads 4.50 Å)
    d.text((26, 62), f"a = {a} Å", font=fl, fill=(40, 40, 40))
    return _img_png(img)


# ---------------------------------------------------------------------------------------------------------
# 5. matplotlib mplot3d on dark_background, zinc blende with Zn–S bonds, 120 dpi
# ---------------------------------------------------------------------------------------------------------
TEXT_5 = "A zinc blende (ZnS) unit cell with a = 5.41 Å."


def _draw_5(wrong: str | None) -> bytes:
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D
    elev, azim = 14, -74
    with plt.style.context("dark_background"), plt.rc_context({"font.family": "DejaVu Sans", "font.size": 12}):
        fig = _new_fig(6.4, 5.6)
        ax = _ball_axes(fig, (0.0, 0.0, 0.8, 1.0), elev, azim)
        zn = list(_CORNERS) + list(_FACES)
        s_sites = [(0.25, 0.25, 0.25), (0.75, 0.75, 0.25), (0.75, 0.25, 0.75), (0.25, 0.75, 0.75)]
        if wrong == "s_missing":
            # breaks "zinc blende (ZnS)": one of the four tetrahedral S atoms is missing
            s_sites = s_sites[:3]
        if wrong == "s_all_eight":
            # breaks "zinc blende": all eight tetrahedral sites hold S (the fluorite pattern, not zinc blende)
            s_sites = [p for p in itertools.product((0.25, 0.75), repeat=3)]
        for a, b in _CUBE_EDGES:
            ax.plot(*zip(a, b), color="#9a9a9a", lw=0.9, zorder=0)
        items = [(p, "Zn") for p in zn] + [(p, "S") for p in s_sites]
        bonds = []
        for sp in s_sites:
            for zp in zn:
                if abs(math.dist(sp, zp) - math.sqrt(3) / 4) < 1e-6:
                    bonds.append((sp, zp))
        for sp, zp in bonds:
            ax.plot(*zip(sp, zp), color="#d8d8d8", lw=2.0, zorder=0.5)
        style = {"Zn": dict(s=300, c="#8fa3c8", edgecolors="#dfe8ff"),
                 "S": dict(s=420, c="#f2d43d", edgecolors="#fff5b0")}
        for z, (p, s) in enumerate(sorted(items, key=lambda ps: _depth(ps[0], elev, azim))):
            ax.scatter([p[0]], [p[1]], [p[2]], depthshade=False, linewidths=1.0, zorder=z + 1, **style[s])
        an = "S" if wrong != "legend_Se" else "Se"
        # (wrong "legend_Se" breaks "ZnS": the anion is named Se in the key)
        handles = [Line2D([], [], marker="o", ls="", ms=11, mfc="#8fa3c8", mec="#dfe8ff", label="Zn"),
                   Line2D([], [], marker="o", ls="", ms=13, mfc="#f2d43d", mec="#fff5b0", label=an)]
        fig.legend(handles=handles, loc="upper right", bbox_to_anchor=(0.98, 0.95), frameon=False,
                   labelspacing=1.3)
        a = "5.41" if wrong != "a_label_5_65" else "5.65"
        # (wrong "a_label_5_65" breaks "a = 5.41 Å": the label reads 5.65 Å)
        fig.text(0.83, 0.12, f"zinc blende\na = {a} Å", ha="center", fontsize=12)
        return _fig_png(fig, 120, facecolor="black")


def cases() -> list[dict]:
    return [
        {"id": "h2-crystal-mplot3d-rocksalt", "text": TEXT_1, "tool": "matplotlib",
         "style": "mplot3d perspective ball model", "draw": _draw_1,
         "wrongs": ["body_centre_Na", "face_Na_missing", "legend_K", "a_label_6_29"]},
        {"id": "h2-crystal-pil-cabinet-bcc", "text": TEXT_2, "tool": "PIL",
         "style": "bw oblique cabinet projection, shaded spheres", "draw": _draw_2,
         "wrongs": ["no_body_centre", "fcc_instead", "element_Mo", "a_label_3_61"]},
        {"id": "h2-crystal-plan-view-fcc", "text": TEXT_3, "tool": "matplotlib",
         "style": "[001] plan view with heights, axes in units of a", "draw": _draw_3,
         "wrongs": ["no_face_centres", "side_heights_0", "element_Cu", "a_label_3_61"]},
        {"id": "h2-crystal-pil-axonometric-cscl", "text": TEXT_4, "tool": "PIL",
         "style": "flat-colour axonometric, symbols inside discs", "draw": _draw_4,
         "wrongs": ["centre_Cs", "corner_Cl", "centre_missing", "a_label_4_50"]},
        {"id": "h2-crystal-dark-mplot3d-zincblende", "text": TEXT_5, "tool": "matplotlib",
         "style": "mplot3d dark_background with bonds", "draw": _draw_5,
         "wrongs": ["s_missing", "s_all_eight", "legend_Se", "a_label_5_65"]},
    ]
