"""Held-out set 4, crystal: three unit cells drawn by three other tools.

* ``h4-crystal-skimage-ortho``   scikit-image anti-aliased primitives (``line_aa``, ``disk``) composited in
  numpy: an orthographic ball-and-stick bcc Na cell (azimuth 28 deg, elevation 20 deg), PIL text.
* ``h4-crystal-pil-blueprint``   raw PIL blueprint: white lines on blue with a grid, a cabinet (oblique)
  projection of rock-salt KCl, hidden edges dashed, dimension line and an engineering title block.
* ``h4-crystal-mpl-layers``      matplotlib ``seaborn-v0_8-paper`` with Computer Modern mathtext: the diamond
  cell of Ge cut into its four atomic layers z = 0, 1/4, 1/2, 3/4 (plan views, axes in units of a).

Every wrong has exactly one error against a fact the text states (commented where it is drawn).
"""
from __future__ import annotations

import io
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFont

SCIENCE = "crystal"

_LIB = "/usr/share/fonts/truetype/liberation/"
_DJV = "/usr/share/fonts/truetype/dejavu/"


def _png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, format="PNG")
    return buf.getvalue()


# ---------------------------------------------------------------------------------------------------------
# 1. scikit-image orthographic ball-and-stick, bcc Na
# ---------------------------------------------------------------------------------------------------------
_T1 = "Sodium is body-centred cubic with a = 4.23 Å."


def _draw_skimage(wrong: str | None) -> bytes:
    from skimage.draw import disk, line_aa

    W, H = 700, 720
    img = np.ones((H, W, 3)) * np.array([0.97, 0.97, 0.95])
    az, el = math.radians(28), math.radians(20)
    s = 300.0
    ox, oy = 345.0, 375.0

    def proj(x, y, z):
        # rotate about z by az, then tilt by el; screen u right, v down; depth = towards the viewer
        x, y, z = x - 0.5, y - 0.5, z - 0.5
        xr = x * math.cos(az) - y * math.sin(az)
        yr = x * math.sin(az) + y * math.cos(az)
        v = z * math.cos(el) - yr * math.sin(el)
        depth = yr * math.cos(el) + z * math.sin(el)
        return ox + s * xr, oy - s * v, -depth

    def line(p, q, col, width=2):
        for dx in range(-(width // 2), width - width // 2):
            for dy in range(-(width // 2), width - width // 2):
                rr, cc, val = line_aa(int(round(p[1])) + dy, int(round(p[0])) + dx,
                                      int(round(q[1])) + dy, int(round(q[0])) + dx)
                ok = (rr >= 0) & (rr < H) & (cc >= 0) & (cc < W)
                rr, cc, val = rr[ok], cc[ok], val[ok][:, None]
                img[rr, cc] = img[rr, cc] * (1 - val) + np.array(col) * val

    corners = [(x, y, z) for x in (0, 1) for y in (0, 1) for z in (0, 1)]
    edges = [(a, b) for a in corners for b in corners if a < b and sum(abs(i - j) for i, j in zip(a, b)) == 1]
    for a, b in edges:
        line(proj(*a), proj(*b), (0.35, 0.35, 0.38), 2)

    atoms = list(corners) + [(0.5, 0.5, 0.5)]
    if wrong == "centre_dropped":
        # breaks "body-centred cubic": the body-centre atom is missing (the cell is simple cubic)
        atoms = list(corners)
    if wrong == "face_atoms_added":
        # breaks "body-centred cubic": atoms are added at the six face centres too
        atoms += [(0.5, 0.5, 0), (0.5, 0.5, 1), (0.5, 0, 0.5), (0.5, 1, 0.5), (0, 0.5, 0.5), (1, 0.5, 0.5)]
    # bonds from the body centre to the corners (ball-and-stick), behind the balls
    if (0.5, 0.5, 0.5) in atoms:
        for c in corners:
            line(proj(0.5, 0.5, 0.5), proj(*c), (0.62, 0.55, 0.30), 3)
    base = np.array([0.86, 0.66, 0.18])
    order = sorted(atoms, key=lambda a: proj(*a)[2], reverse=True)
    R = 30
    for a in order:
        u, v, _ = proj(*a)
        rr, cc = disk((v, u), R, shape=(H, W))
        dx = (cc - u + 0.35 * R) / R
        dy = (rr - v + 0.35 * R) / R
        hl = np.clip(1.0 - np.hypot(dx, dy), 0.0, 1.0)[:, None]
        edge = np.clip((R - np.hypot(cc - u, rr - v)) / 1.5, 0.0, 1.0)[:, None]
        col = base * (0.55 + 0.45 * hl) + 0.35 * hl ** 4
        img[rr, cc] = img[rr, cc] * (1 - edge) + np.clip(col, 0, 1) * edge
    # dimension arrow beside the lowest bottom edge, pushed away from the cell centre
    bottom = [(a, b) for a, b in edges if a[2] == 0 and b[2] == 0]
    a_, b_ = max(bottom, key=lambda e: proj(*e[0])[1] + proj(*e[1])[1])
    p0, p1 = proj(*a_), proj(*b_)
    cxy = proj(0.5, 0.5, 0.5)
    nx_, ny_ = (p1[1] - p0[1]), -(p1[0] - p0[0])
    n = math.hypot(nx_, ny_)
    mid = ((p0[0] + p1[0]) / 2, (p0[1] + p1[1]) / 2)
    sgn_ = 1 if (mid[0] - cxy[0]) * nx_ + (mid[1] - cxy[1]) * ny_ > 0 else -1
    off = 58 * sgn_
    q0 = (p0[0] + nx_ / n * off, p0[1] + ny_ / n * off)
    q1 = (p1[0] + nx_ / n * off, p1[1] + ny_ / n * off)
    line(q0, q1, (0.1, 0.1, 0.1), 2)
    for end, other in ((q0, q1), (q1, q0)):
        ang = math.atan2(other[1] - end[1], other[0] - end[0])
        for sgn in (-1, 1):
            t = (end[0] + 16 * math.cos(ang + sgn * 0.4), end[1] + 16 * math.sin(ang + sgn * 0.4))
            line(end, t, (0.1, 0.1, 0.1), 2)
    im = Image.fromarray((np.clip(img, 0, 1) * 255).astype(np.uint8), "RGB")
    d = ImageDraw.Draw(im)
    fm = ImageFont.truetype(_DJV + "DejaVuSansMono.ttf", 24)
    fb = ImageFont.truetype(_DJV + "DejaVuSansMono-Bold.ttf", 28)
    a_txt = "a = 4.23 Å"
    if wrong == "a_changed":
        # breaks "a = 4.23 Å": the lattice constant label reads 3.23 Å
        a_txt = "a = 3.23 Å"
    el_txt = "Na"
    if wrong == "element_K":
        # breaks "Sodium": the cell is labelled K (potassium)
        el_txt = "K"
    mx, my = (q0[0] + q1[0]) / 2, (q0[1] + q1[1]) / 2
    d.text((mx + nx_ / n * 30 * sgn_, my + ny_ / n * 30 * sgn_), a_txt, font=fm, fill=(20, 20, 20), anchor="mm")
    d.text((W / 2, 42), f"{el_txt}  (bcc, Im-3m)", font=fb, fill=(20, 20, 20), anchor="mm")
    # legend ball
    lx, ly = 560, 105
    d.ellipse([lx - 14, ly - 14, lx + 14, ly + 14], fill=(219, 168, 46), outline=(120, 90, 20))
    d.text((lx + 26, ly), el_txt, font=fm, fill=(20, 20, 20), anchor="lm")
    return _png(im)


# ---------------------------------------------------------------------------------------------------------
# 2. PIL blueprint, rock-salt KCl in cabinet projection
# ---------------------------------------------------------------------------------------------------------
_T2 = "Potassium chloride has the rock-salt structure with a = 6.29 Å."


def _draw_blueprint(wrong: str | None) -> bytes:
    W, H, SS = 1000, 760, 2
    bg = (22, 68, 138)
    line_c = (236, 242, 250)
    img = Image.new("RGB", (W * SS, H * SS), bg)
    d = ImageDraw.Draw(img)
    for x in range(0, W, 20):
        d.line([(x * SS, 0), (x * SS, H * SS)], fill=(40, 88, 158) if x % 100 else (58, 104, 172), width=SS)
    for y in range(0, H, 20):
        d.line([(0, y * SS), (W * SS, y * SS)], fill=(40, 88, 158) if y % 100 else (58, 104, 172), width=SS)

    s = 340.0
    ox, oy = 150.0, 590.0
    k = 0.5

    def P(x, y, z):
        return ((ox + s * x + s * k * y * math.cos(math.radians(40))) * SS,
                (oy - s * z - s * k * y * math.sin(math.radians(40))) * SS)

    def dashed(p, q, dash=10, gap=8, width=2):
        L = math.hypot(q[0] - p[0], q[1] - p[1])
        n = int(L // ((dash + gap) * SS)) + 1
        for i in range(n):
            t0 = i * (dash + gap) * SS / L
            t1 = min(1.0, t0 + dash * SS / L)
            if t0 >= 1:
                break
            d.line([(p[0] + (q[0] - p[0]) * t0, p[1] + (q[1] - p[1]) * t0),
                    (p[0] + (q[0] - p[0]) * t1, p[1] + (q[1] - p[1]) * t1)], fill=line_c, width=width * SS)

    corners = [(x, y, z) for x in (0, 1) for y in (0, 1) for z in (0, 1)]
    for a in corners:
        for b in corners:
            if a < b and sum(abs(i - j) for i, j in zip(a, b)) == 1:
                hidden = (0, 1, 0) in (a, b)       # the back-bottom-left corner is hidden
                if hidden:
                    dashed(P(*a), P(*b))
                else:
                    d.line([P(*a), P(*b)], fill=line_c, width=3 * SS)

    K_sites, Cl_sites = [], []
    for x in (0, 0.5, 1):
        for y in (0, 0.5, 1):
            for z in (0, 0.5, 1):
                n_half = sum(1 for v in (x, y, z) if v == 0.5)
                (K_sites if n_half in (0, 2) else Cl_sites).append((x, y, z))
    if wrong == "centre_Cl_dropped":
        # breaks "rock-salt structure": the Cl at the body centre is missing
        Cl_sites.remove((0.5, 0.5, 0.5))
    if wrong == "face_site_swapped":
        # breaks "rock-salt structure": the front-face centre holds Cl instead of K
        K_sites.remove((0.5, 0, 0.5))
        Cl_sites.append((0.5, 0, 0.5))

    sites = [(p, "K") for p in K_sites] + [(p, "Cl") for p in Cl_sites]
    sites.sort(key=lambda t: (-t[0][1], t[0][2], t[0][0]))   # back to front
    for (x, y, z), sp in sites:
        cx, cy = P(x, y, z)
        if sp == "Cl":
            r = 22 * SS
            d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=bg, outline=line_c, width=3 * SS)
            for hh in (-10, 0, 10):
                hw = math.sqrt(max(0.0, 22 ** 2 - hh ** 2)) * 0.75
                d.line([(cx - hw * SS, cy + hh * SS), (cx + hw * SS, cy + hh * SS)], fill=line_c, width=SS)
        else:
            r = 12 * SS
            d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=line_c, outline=line_c)

    # dimension line below the front bottom edge
    y_dim = 650
    x0, x1 = ox, ox + s
    d.line([(x0 * SS, (oy + 12) * SS), (x0 * SS, (y_dim + 12) * SS)], fill=line_c, width=SS)
    d.line([(x1 * SS, (oy + 12) * SS), (x1 * SS, (y_dim + 12) * SS)], fill=line_c, width=SS)
    d.line([(x0 * SS, y_dim * SS), (x1 * SS, y_dim * SS)], fill=line_c, width=2 * SS)
    for xe, sg in ((x0, 1), (x1, -1)):
        d.polygon([(xe * SS, y_dim * SS), ((xe + sg * 18) * SS, (y_dim - 6) * SS),
                   ((xe + sg * 18) * SS, (y_dim + 6) * SS)], fill=line_c)
    img = img.resize((W, H), Image.LANCZOS)
    d = ImageDraw.Draw(img)
    fm = ImageFont.truetype(_LIB + "LiberationMono-Regular.ttf", 22)
    fb = ImageFont.truetype(_LIB + "LiberationMono-Bold.ttf", 26)
    a_txt = "a = 6.29 Å"
    if wrong == "a_changed":
        # breaks "a = 6.29 Å": the dimension reads 6.92 Å
        a_txt = "a = 6.92 Å"
    formula = "KCl"
    if wrong == "formula_NaCl":
        # breaks "Potassium chloride": the title block names NaCl
        formula = "NaCl"
    d.rectangle([ox + 30, y_dim + 8, ox + s - 30, y_dim + 40], fill=bg)
    d.text((ox + s / 2, y_dim + 24), a_txt, font=fm, fill=line_c, anchor="mm")
    # title block
    tb = (690, 560, 975, 735)
    d.rectangle(tb, outline=line_c, width=2)
    d.line([(tb[0], 610), (tb[2], 610)], fill=line_c, width=2)
    d.line([(tb[0], 660), (tb[2], 660)], fill=line_c, width=1)
    d.text((tb[0] + 12, 585), f"{formula}  ROCK SALT", font=fb, fill=line_c, anchor="lm")
    d.text((tb[0] + 12, 635), "Fm-3m    " + a_txt, font=fm, fill=line_c, anchor="lm")
    d.ellipse([tb[0] + 14, 680, tb[0] + 30, 696], fill=line_c)
    d.text((tb[0] + 42, 688), "K", font=fm, fill=line_c, anchor="lm")
    d.ellipse([tb[0] + 120, 676, tb[0] + 144, 700], outline=line_c, width=2)
    d.text((tb[0] + 156, 688), "Cl", font=fm, fill=line_c, anchor="lm")
    d.text((tb[0] + 12, 718), "SHEET 1/1   SCALE 1:1e-8", font=ImageFont.truetype(
        _LIB + "LiberationMono-Regular.ttf", 15), fill=line_c, anchor="lm")
    return _png(img)


# ---------------------------------------------------------------------------------------------------------
# 3. matplotlib layer sections of diamond Ge
# ---------------------------------------------------------------------------------------------------------
_T3 = "Germanium has the diamond structure with a = 5.66 Å."


def _draw_layers(wrong: str | None) -> bytes:
    import matplotlib
    import matplotlib.pyplot as plt
    from matplotlib.figure import Figure
    from matplotlib.patches import Circle, Rectangle

    layers = {
        "0": [(0, 0), (1, 0), (0, 1), (1, 1), (0.5, 0.5)],
        "1/4": [(0.25, 0.25), (0.75, 0.75)],
        "1/2": [(0.5, 0), (0, 0.5), (1, 0.5), (0.5, 1)],
        "3/4": [(0.75, 0.25), (0.25, 0.75)],
    }
    if wrong == "basis_dropped":
        # breaks "diamond structure": the layers at z = 1/4 and 3/4 are empty (only the fcc lattice is left)
        layers["1/4"], layers["3/4"] = [], []
    if wrong == "extra_centre":
        # breaks "diamond structure": an extra atom at (1/2, 1/2, 1/2)
        layers["1/2"] = layers["1/2"] + [(0.5, 0.5)]
    elem = "Ge"
    if wrong == "element_Si":
        # breaks "Germanium": the figure names Si
        elem = "Si"
    a_txt = "5.66"
    if wrong == "a_changed":
        # breaks "a = 5.66 Å": the label reads 6.56 Å
        a_txt = "6.56"

    rc = {"font.family": "serif", "font.serif": ["cmr10"], "mathtext.fontset": "cm",
          "axes.unicode_minus": False, "axes.formatter.use_mathtext": True}
    with plt.style.context("seaborn-v0_8-paper"), matplotlib.rc_context(rc):
        fig = Figure(figsize=(14.0, 4.6), dpi=100)
        axs = fig.subplots(1, 4)
        for ax, (z, pts) in zip(axs, layers.items()):
            ax.add_patch(Rectangle((0, 0), 1, 1, fill=False, lw=1.6, ec="#333333"))
            for x, y in pts:
                ax.add_patch(Circle((x, y), 0.085, fc="#7d8fa6", ec="#1b2a3a", lw=1.2, clip_on=False, zorder=3))
            ax.set_xlim(-0.15, 1.15)
            ax.set_ylim(-0.15, 1.15)
            ax.set_aspect("equal")
            ax.set_xticks([0, 0.25, 0.5, 0.75, 1])
            ax.set_yticks([0, 0.25, 0.5, 0.75, 1])
            ax.set_xticklabels(["$0$", r"$\frac{1}{4}$", r"$\frac{1}{2}$", r"$\frac{3}{4}$", "$1$"], fontsize=12)
            ax.set_yticklabels(["$0$", r"$\frac{1}{4}$", r"$\frac{1}{2}$", r"$\frac{3}{4}$", "$1$"], fontsize=12)
            ax.set_xlabel("$x/a$", fontsize=13)
            zz = {"0": "0", "1/4": r"\frac{1}{4}", "1/2": r"\frac{1}{2}", "3/4": r"\frac{3}{4}"}[z]
            ax.set_title(f"$z = {zz}\\,a$" if z != "0" else "$z = 0$", fontsize=16)
        axs[0].set_ylabel("$y/a$", fontsize=13)
        fig.suptitle(rf"$\mathrm{{{elem}}}$ (diamond structure, $Fd\bar{{3}}m$),  $a = {a_txt}\ \mathrm{{\AA}}$"
                     "  - atomic layers of the cubic cell", fontsize=17)
        fig.subplots_adjust(left=0.05, right=0.98, bottom=0.14, top=0.80, wspace=0.25)
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=100, metadata={"Software": None})
    return _png(Image.open(buf))


def cases() -> list[dict]:
    return [
        {"id": "h4-crystal-skimage-ortho", "text": _T1, "tool": "scikit-image draw + numpy + PIL text",
         "style": "orthographic ball-and-stick (az 28, el 20), shaded balls, dimension arrow, DejaVu Sans Mono, "
                  "700x720",
         "draw": _draw_skimage,
         "wrongs": ["centre_dropped", "face_atoms_added", "element_K", "a_changed"]},
        {"id": "h4-crystal-pil-blueprint", "text": _T2, "tool": "PIL",
         "style": "blueprint (white on blue, grid), cabinet projection, hatched Cl, title block, Liberation Mono, "
                  "1000x760",
         "draw": _draw_blueprint,
         "wrongs": ["centre_Cl_dropped", "face_site_swapped", "formula_NaCl", "a_changed"]},
        {"id": "h4-crystal-mpl-layers", "text": _T3, "tool": "matplotlib",
         "style": "seaborn-v0_8-paper, Computer Modern mathtext, four layer sections z = 0..3/4 in units of a, "
                  "1400x460",
         "draw": _draw_layers,
         "wrongs": ["basis_dropped", "extra_centre", "element_Si", "a_changed"]},
    ]
