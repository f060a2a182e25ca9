"""Held-out set 4, astronomy: three figures drawn by three other tools.

* ``h4-astronomy-mpl-arcs-pdf``  matplotlib ``seaborn-v0_8-bright``, saved by matplotlib's PDF backend and
  rasterised by pdfium: the Sun as a disc at distance 0, orbits as arcs at their AU radii on a
  distance axis (the "arc" layout of planetarium posters).
* ``h4-astronomy-numpy-sdf``     a numpy signed-distance-field renderer: glowing Mars with a terminator,
  faint orbit rings at the real radii (Phobos 9 376 km, Deimos 23 460 km, Mars 3 390 km), white labels.
* ``h4-astronomy-svglib-halley`` hand-written SVG rendered by svglib -> reportlab PDF -> pdfium: a two-colour
  (navy + orange) print of Halley's orbit to scale, the Sun at the focus, perihelion / aphelion marked.

Every wrong has exactly one error against a fact the text states (commented where it is drawn).
"""
from __future__ import annotations

import io
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

SCIENCE = "astronomy"

_LIB = "/usr/share/fonts/truetype/liberation/"
_DJV = "/usr/share/fonts/truetype/dejavu/"


def _png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, format="PNG")
    return buf.getvalue()


def _pdf_to_png(pdf: bytes, scale: float) -> bytes:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    page = doc[0]
    img = page.render(scale=scale).to_pil().convert("RGB")
    page.close()
    doc.close()
    return _png(img)


# ---------------------------------------------------------------------------------------------------------
# 1. matplotlib arcs, PDF backend -> pdfium
# ---------------------------------------------------------------------------------------------------------
_T1 = "Mercury orbits the Sun at 0.39 AU, Venus at 0.72 AU and Earth at 1 AU."


def _draw_arcs(wrong: str | None) -> bytes:
    import matplotlib
    import matplotlib.pyplot as plt
    from matplotlib.figure import Figure
    from matplotlib.patches import Arc, Circle

    planets = [["Mercury", 0.39, "0.39 AU", 0.39], ["Venus", 0.72, "0.72 AU", 0.72], ["Earth", 1.0, "1 AU", 1.0]]
    # columns: name, drawn radius, distance label, label position
    if wrong == "venus_too_far":
        # breaks "Venus at 0.72 AU": Venus's orbit is drawn at 0.9 AU (its label still says 0.72 AU)
        planets[1][1] = planets[1][3] = 0.90
    if wrong == "earth_label":
        # breaks "Earth at 1 AU": Earth's distance label reads 1.5 AU
        planets[2][2] = "1.5 AU"
    if wrong == "mercury_dropped":
        # breaks "Mercury orbits the Sun": Mercury and its orbit are missing
        planets = planets[1:]
    if wrong == "names_swapped":
        # breaks "Mercury at 0.39 AU, Venus at 0.72 AU": the two inner planets' names are swapped
        planets[0][0], planets[1][0] = "Venus", "Mercury"

    with plt.style.context("seaborn-v0_8-bright"), matplotlib.rc_context(
            {"font.family": "DejaVu Sans", "pdf.compression": 6}):
        cyc = plt.rcParams["axes.prop_cycle"].by_key()["color"]
        fig = Figure(figsize=(13.0, 5.6))
        ax = fig.add_axes([0.04, 0.14, 0.93, 0.76])
        ax.set_xlim(-0.08, 1.18)
        ax.set_ylim(-0.2218, 0.2218)
        ax.set_aspect("equal")
        ax.add_patch(Circle((0, 0), 0.055, color="#f5b700", zorder=3))
        ax.text(0.0, -0.1, "Sun", fontsize=15, ha="center", va="center", fontweight="bold")
        cols = {"Mercury": cyc[3], "Venus": cyc[2], "Earth": cyc[0]}
        sizes = {"Mercury": 0.016, "Venus": 0.026, "Earth": 0.028}
        for i, (name, r, lab, _) in enumerate(planets):
            theta = min(40.0, math.degrees(math.asin(0.2 / r)))
            ax.add_patch(Arc((0, 0), 2 * r, 2 * r, theta1=-theta, theta2=theta, lw=2.0, color="#555555"))
            ax.add_patch(Circle((r, 0), sizes[name], color=cols[name], zorder=4))
            up = 0.10 if i % 2 == 0 else -0.10
            ax.text(r + 0.025, up, name, fontsize=15, ha="left", va="center", fontweight="bold",
                    color=cols[name])
            ax.text(r + 0.025, up - 0.045, lab, fontsize=13, ha="left", va="center", color="#333333")
        ax.spines[["left", "top", "right"]].set_visible(False)
        ax.set_yticks([])
        ax.set_xticks([0, 0.2, 0.4, 0.6, 0.8, 1.0])
        ax.tick_params(labelsize=12)
        ax.set_xlabel("distance from the Sun (AU)", fontsize=13)
        ax.grid(False)
        fig.suptitle("The inner planets - orbital distances", fontsize=17, x=0.04, ha="left")
        buf = io.BytesIO()
        fig.savefig(buf, format="pdf", metadata={"CreationDate": None, "Producer": None, "Creator": None})
    return _pdf_to_png(buf.getvalue(), scale=100 / 72)


# ---------------------------------------------------------------------------------------------------------
# 2. numpy SDF, Mars and its moons to scale
# ---------------------------------------------------------------------------------------------------------
_T2 = "Mars has two moons, Phobos and Deimos, in order of distance from Mars."


def _draw_sdf(wrong: str | None) -> bytes:
    W = H = 820
    SS = 2
    ys, xs = np.mgrid[0:H * SS, 0:W * SS].astype(np.float64)
    X = (xs + 0.5) / SS
    Y = (ys + 0.5) / SS
    cx, cy = 410.0, 430.0
    unit = 50.0                      # pixels per Mars radius (3 390 km)
    r_ph, r_de = 9376 / 3390 * unit, 23460 / 3390 * unit
    rr = np.hypot(X - cx, Y - cy)
    img = np.zeros((H * SS, W * SS, 3))
    img[...] = np.array([0.02, 0.03, 0.07])
    # seeded faint star field
    rng = np.random.RandomState(5)
    for _ in range(160):
        sx, sy = rng.uniform(4, W - 4), rng.uniform(4, H - 4)
        br = rng.uniform(0.25, 0.8)
        y0, x0 = int(sy * SS) - 4, int(sx * SS) - 4
        win = (slice(y0, y0 + 9), slice(x0, x0 + 9))
        d2 = np.hypot(X[win] - sx, Y[win] - sy)
        img[win] += (br * np.clip(1.2 - d2, 0, 1))[..., None] * np.array([0.9, 0.9, 1.0])

    def ring(radius, col, width=1.2):
        c = np.clip(width - np.abs(rr - radius), 0.0, 1.0)[..., None]
        img[:] = img * (1 - c) + np.array(col) * c

    moons = [("Phobos", r_ph, -35.0), ("Deimos", r_de, 20.0)]
    if wrong == "order_swapped":
        # breaks "Phobos and Deimos, in order of distance": Deimos is on the inner orbit, Phobos the outer
        moons = [("Deimos", r_ph, -35.0), ("Phobos", r_de, 20.0)]
    if wrong == "deimos_dropped":
        # breaks "two moons, Phobos and Deimos": Deimos and its orbit are missing
        moons = moons[:1]
    for _, r, _ in moons:
        ring(r, (0.45, 0.55, 0.75))
    # Mars: glow, disc with limb darkening and a terminator
    glow = np.exp(-np.clip(rr - unit, 0, None) / 14.0) * (rr > unit)
    img += glow[..., None] * np.array([0.35, 0.12, 0.05])
    inside = np.clip(unit - rr + 0.5, 0.0, 1.0)[..., None]
    mu = np.sqrt(np.clip(1 - (rr / unit) ** 2, 0, 1))
    lx = np.clip(((X - cx) * -0.6 + (Y - cy) * -0.5) / unit + 0.55, 0.0, 1.0)
    shade = (0.35 + 0.65 * mu) * (0.25 + 0.75 * lx)
    mars = np.stack([0.80 * shade, 0.36 * shade, 0.18 * shade], axis=-1)
    img[:] = img * (1 - inside) + mars * inside
    moon_pos = []
    for name, r, ang in moons:
        a = math.radians(ang)
        mx, my = cx + r * math.cos(a), cy + r * math.sin(a)
        moon_pos.append((name, mx, my, r))
        # a lumpy body: an ellipse whose radius wobbles with angle
        th = np.arctan2(Y - my, X - mx)
        rad = (7.5 if name == "Phobos" else 6.0) * (1 + 0.18 * np.sin(3 * th + 1.0) + 0.1 * np.cos(5 * th))
        dist = np.hypot(X - mx, Y - my)
        c = np.clip(rad - dist + 0.5, 0.0, 1.0)[..., None]
        img[:] = img * (1 - c) + np.array([0.72, 0.68, 0.62]) * c
    arr = (np.clip(img, 0, 1) * 255).astype(np.uint8)
    im = Image.fromarray(arr, "RGB").resize((W, H), Image.BOX)
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(_LIB + "LiberationSans-Regular.ttf", 24)
    fb = ImageFont.truetype(_LIB + "LiberationSans-Bold.ttf", 28)
    planet = "Mars"
    if wrong == "planet_renamed":
        # breaks "Mars has two moons": the planet is labelled Earth
        planet = "Earth"
    d.text((cx, cy + unit + 26), planet, font=fb, fill=(255, 235, 220), anchor="mm")
    for name, mx, my, r in moon_pos:
        if wrong == "phobos_unlabelled" and name == "Phobos":
            # breaks "Phobos" being named: Phobos is drawn but carries no label
            continue
        d.text((mx - 16, my - 16), name, font=f, fill=(235, 240, 255), anchor="rd")
    d.text((24, 30), "The moons of Mars (orbit radii to scale)", font=ImageFont.truetype(
        _LIB + "LiberationSans-Italic.ttf", 22), fill=(200, 205, 220), anchor="lm")
    return _png(im)


# ---------------------------------------------------------------------------------------------------------
# 3. svglib two-colour print of Halley's orbit
# ---------------------------------------------------------------------------------------------------------
_T3 = "Halley's Comet orbits the Sun with semi-major axis 17.8 AU and eccentricity 0.97."

_SVGLIB_FONTS_DONE = []


def _svglib_png(svg: str, scale: float) -> bytes:
    from reportlab.graphics import renderPDF
    from svglib.fonts import register_font
    from svglib.svglib import svg2rlg

    if not _SVGLIB_FONTS_DONE:
        register_font("LiberationSerif", _LIB + "LiberationSerif-Regular.ttf")
        register_font("LiberationSerif-Italic", _LIB + "LiberationSerif-Italic.ttf")
        register_font("LiberationSerif-Bold", _LIB + "LiberationSerif-Bold.ttf")
        _SVGLIB_FONTS_DONE.append(True)
    drawing = svg2rlg(io.BytesIO(svg.encode("utf-8")))
    return _pdf_to_png(renderPDF.drawToString(drawing), scale)


def _draw_halley(wrong: str | None) -> bytes:
    W, H = 1500, 760
    navy, orange = "#1b2f5e", "#e07a1f"
    a, e = 17.8, 0.97
    if wrong == "e_drawn_0_9":
        # breaks "eccentricity 0.97": the orbit is drawn with e = 0.9 (labels unchanged)
        e = 0.9
    ppa = 1300 / (2 * 17.8)           # pixels per AU (fixed by the true orbit)
    cxe, cye = 100 + 17.8 * ppa, 360  # ellipse centre
    A = a * ppa
    B = a * math.sqrt(1 - e * e) * ppa
    C = a * e * ppa
    sun = (cxe - C, cye)
    if wrong == "sun_at_centre":
        # breaks "orbits the Sun" on an ellipse with the Sun at a focus: the Sun sits at the centre
        sun = (cxe, cye)
    a_lab = "a = 17.8 AU"
    if wrong == "a_label":
        # breaks "semi-major axis 17.8 AU": the label reads 7.8 AU
        a_lab = "a = 7.8 AU"
    name = "Halley's Comet"
    if wrong == "renamed":
        # breaks "Halley's Comet": the comet is labelled Encke's Comet
        name = "Encke's Comet"
    # comet position on the ellipse (parametric angle) and tail away from the Sun
    t = math.radians(140)
    kx, ky = cxe + A * math.cos(t), cye - B * math.sin(t)
    ux, uy = kx - sun[0], ky - sun[1]
    n = math.hypot(ux, uy)
    ux, uy = ux / n, uy / n
    tail = f"M {kx:.1f} {ky:.1f} L {kx + 90 * ux - 14 * uy:.1f} {ky + 90 * uy + 14 * ux:.1f} " \
           f"L {kx + 96 * ux + 10 * uy:.1f} {ky + 96 * uy - 10 * ux:.1f} Z"
    peri_x, aph_x = cxe - A, cxe + A
    svg = f"""<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}">
<rect width="{W}" height="{H}" fill="#fbf8f1"/>
<text x="40" y="48" font-family="LiberationSerif-Bold" font-size="30" fill="{navy}">Orbit of {name}</text>
<line x1="{peri_x - 20:.1f}" y1="{cye}" x2="{aph_x + 20:.1f}" y2="{cye}" stroke="{navy}" stroke-width="1"
      stroke-dasharray="6 5"/>
<ellipse cx="{cxe:.1f}" cy="{cye}" rx="{A:.1f}" ry="{B:.1f}" fill="none" stroke="{navy}" stroke-width="3"/>
<line x1="{cxe - 7:.1f}" y1="{cye - 7}" x2="{cxe + 7:.1f}" y2="{cye + 7}" stroke="{navy}" stroke-width="2"/>
<line x1="{cxe - 7:.1f}" y1="{cye + 7}" x2="{cxe + 7:.1f}" y2="{cye - 7}" stroke="{navy}" stroke-width="2"/>
<circle cx="{sun[0]:.1f}" cy="{sun[1]}" r="11" fill="{orange}" stroke="{navy}" stroke-width="1.5"/>
<text x="{sun[0] + 22:.1f}" y="{sun[1] + 40}" font-family="LiberationSerif-Bold" font-size="24" fill="{navy}"
      text-anchor="start">Sun</text>
<path d="{tail}" fill="{orange}" opacity="0.85"/>
<circle cx="{kx:.1f}" cy="{ky:.1f}" r="6" fill="{navy}"/>
<text x="{kx - 10:.1f}" y="{ky - 18:.1f}" font-family="LiberationSerif-Italic" font-size="24" fill="{navy}"
      text-anchor="end">{name}</text>
<line x1="{cxe:.1f}" y1="{cye + B + 40:.1f}" x2="{aph_x:.1f}" y2="{cye + B + 40:.1f}" stroke="{orange}"
      stroke-width="2"/>
<path d="M {cxe:.1f} {cye + B + 40:.1f} l 14 -6 l 0 12 Z" fill="{orange}"/>
<path d="M {aph_x:.1f} {cye + B + 40:.1f} l -14 -6 l 0 12 Z" fill="{orange}"/>
<line x1="{cxe:.1f}" y1="{cye + 12}" x2="{cxe:.1f}" y2="{cye + B + 48:.1f}" stroke="{orange}" stroke-width="1"/>
<line x1="{aph_x:.1f}" y1="{cye + 12}" x2="{aph_x:.1f}" y2="{cye + B + 48:.1f}" stroke="{orange}"
      stroke-width="1"/>
<text x="{(cxe + aph_x) / 2:.1f}" y="{cye + B + 72:.1f}" font-family="LiberationSerif" font-size="24"
      fill="{navy}" text-anchor="middle">{a_lab}</text>
<text x="{W - 40}" y="48" font-family="LiberationSerif" font-size="24" fill="{navy}"
      text-anchor="end">{a_lab},  e = 0.97</text>
<text x="{peri_x + 34:.1f}" y="{cye - 14}" font-family="LiberationSerif-Italic" font-size="20" fill="{navy}"
      text-anchor="start">perihelion 0.53 AU</text>
<text x="{aph_x - 16:.1f}" y="{cye - 14}" font-family="LiberationSerif-Italic" font-size="20" fill="{navy}"
      text-anchor="end">aphelion 35.1 AU</text>
<line x1="60" y1="{H - 40}" x2="{60 + 5 * ppa:.1f}" y2="{H - 40}" stroke="{navy}" stroke-width="4"/>
<text x="{70 + 5 * ppa:.1f}" y="{H - 33}" font-family="LiberationSerif" font-size="20" fill="{navy}">5 AU</text>
</svg>"""
    return _svglib_png(svg, scale=4 / 3)


def cases() -> list[dict]:
    return [
        {"id": "h4-astronomy-mpl-arcs-pdf", "text": _T1, "tool": "matplotlib PDF backend + pdfium",
         "style": "seaborn-v0_8-bright, orbits as arcs at their AU radii on a distance axis, Sun at 0, "
                  "1300x560",
         "draw": _draw_arcs,
         "wrongs": ["venus_too_far", "earth_label", "mercury_dropped", "names_swapped"]},
        {"id": "h4-astronomy-numpy-sdf", "text": _T2, "tool": "numpy SDF renderer + PIL text",
         "style": "night render: seeded star field, glowing shaded Mars, faint orbit rings to scale, "
                  "Liberation Sans, 820x820",
         "draw": _draw_sdf,
         "wrongs": ["order_swapped", "deimos_dropped", "planet_renamed", "phobos_unlabelled"]},
        {"id": "h4-astronomy-svglib-halley", "text": _T3, "tool": "svglib + reportlab + pdfium",
         "style": "two-colour print (navy + orange), ellipse to scale with the Sun at the focus, a-dimension, "
                  "5 AU scale bar, Liberation Serif, 1500x760",
         "draw": _draw_halley,
         "wrongs": ["sun_at_centre", "e_drawn_0_9", "a_label", "renamed"]},
    ]
