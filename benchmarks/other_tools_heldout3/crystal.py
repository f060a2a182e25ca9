"""Held-out set 3 — crystal figures drawn by other tools.

Three cases:
  h3-crystal-pymatgen-reportlab  site list from pymatgen (Structure.from_spacegroup), drawn as a cabinet
                                 projection on a reportlab PDF page, rasterised by pdfium (perovskite SrTiO3)
  h3-crystal-svg-hcp             hand-written SVG, hexagonal prism of hcp Mg with shaded spheres (resvg)
  h3-crystal-mpl-110             matplotlib `seaborn-v0_8-ticks`, projection of bcc Cr along [110] in Å axes

Deterministic; every PNG re-saved through PIL as RGB with no text chunks.
"""
from __future__ import annotations

import io
import math

from PIL import Image

SCIENCE = "crystal"

_TT = "/usr/share/fonts/truetype"
_LIB = _TT + "/liberation"
_DJV = _TT + "/dejavu"


def _png(img: Image.Image) -> bytes:
    if img.mode in ("RGBA", "LA", "P"):
        img = img.convert("RGBA")
        bg = Image.new("RGBA", img.size, (255, 255, 255, 255))
        bg.alpha_composite(img)
        img = bg
    img = img.convert("RGB")
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False, compress_level=6)
    return buf.getvalue()


def _svg_png(svg: str, fonts: list[str]) -> bytes:
    import resvg_py
    raw = resvg_py.svg_to_bytes(svg_string=svg, skip_system_fonts=True, font_files=fonts)
    return _png(Image.open(io.BytesIO(bytes(raw))))


def _pdf_png(paint, w_pt: float, h_pt: float, scale: float) -> bytes:
    from reportlab.pdfgen import canvas
    import pypdfium2 as pdfium
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(w_pt, h_pt), invariant=1, pageCompression=0)
    paint(c)
    c.showPage()
    c.save()
    pdf = pdfium.PdfDocument(buf.getvalue())
    try:
        page = pdf[0]
        img = page.render(scale=scale).to_pil()
        page.close()
    finally:
        pdf.close()
    return _png(img)


def _rl_font(name: str, path: str) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, path))
    return name


def _mpl_png(fig, dpi) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    FigureCanvasAgg(fig)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None})
    buf.seek(0)
    return _png(Image.open(buf))


# ----------------------------------------------------------------------------------------------------
# Case 1: pymatgen + reportlab, SrTiO3 perovskite, 900 x 720
# ----------------------------------------------------------------------------------------------------
_T1 = "Strontium titanate has the cubic perovskite structure with a = 3.905 Å."


def _cell_sites(struct):
    """All sites of one conventional cell including boundary images (frac coords in [0, 1])."""
    out = []
    for site in struct:
        f = [round(float(v) % 1.0, 6) for v in site.frac_coords]
        choices = [[v] + ([1.0] if abs(v) < 1e-6 else []) for v in f]
        for x in choices[0]:
            for y in choices[1]:
                for z in choices[2]:
                    out.append((site.species_string, (x, y, z)))
    return out


def _draw_perovskite(wrong):
    from pymatgen.core import Lattice, Structure
    a = 3.905
    species = ["Sr", "Ti", "O"]
    coords = [[0, 0, 0], [0.5, 0.5, 0.5], [0.5, 0.5, 0]]
    if wrong == "O_on_edges":
        # breaks the perovskite O site (3c, face centres): O is put on the edge centres (3d) instead
        coords[2] = [0.5, 0, 0]
    if wrong == "Ti_missing":
        # breaks the perovskite B site: no Ti at the body centre
        species, coords = species[::2], coords[::2]
    struct = Structure.from_spacegroup("Pm-3m", Lattice.cubic(a), species, coords)
    sites = _cell_sites(struct)
    A_name = "Sr"
    if wrong == "element_Ba":
        # breaks the stated compound (strontium titanate): the A-site atoms are named Ba
        A_name = "Ba"
    a_text = "a = 3.905 Å"
    if wrong == "a_changed":
        # breaks "a = 3.905 Å": the lattice constant label reads 4.005 Å
        a_text = "a = 4.005 Å"
    sans = _rl_font("H3DejaVuSans", _DJV + "/DejaVuSans.ttf")
    sans_b = _rl_font("H3DejaVuSansB", _DJV + "/DejaVuSans-Bold.ttf")
    W, H = 520.0, 390.0  # points; rendered at scale 2 -> 1040 x 780 px
    L = 180.0
    ox, oy = 80.0, 72.0
    dx, dy = 0.5 * math.cos(math.radians(35)), 0.5 * math.sin(math.radians(35))

    def P(x, y, z):
        return ox + L * (x + y * dx), oy + L * (z + y * dy)

    style = {"Sr": ((0.27, 0.70, 0.35), 17), "Ba": ((0.27, 0.70, 0.35), 17),
             "Ti": ((0.30, 0.45, 0.80), 11), "O": ((0.88, 0.20, 0.18), 9)}

    def paint(c):
        c.setFillColorRGB(1, 1, 1)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        # cube edges: the three meeting at the back-bottom-left corner (0, 1, 0) are hidden
        corners = [(x, y, z) for x in (0, 1) for y in (0, 1) for z in (0, 1)]
        for p in corners:
            for q in corners:
                if p < q and sum(abs(u - v) for u, v in zip(p, q)) == 1:
                    hidden = (0, 1, 0) in (p, q)
                    c.setStrokeColorRGB(0.35, 0.35, 0.35)
                    c.setLineWidth(1.1)
                    c.setDash(4, 3) if hidden else c.setDash()
                    (x1, y1), (x2, y2) = P(*p), P(*q)
                    c.line(x1, y1, x2, y2)
        c.setDash()
        # atoms, back to front (large y first, then low z)
        for el, (x, y, z) in sorted(sites, key=lambda t: (-t[1][1], t[1][0], t[1][2])):
            name = A_name if el == "Sr" else el
            (r, g, b), rad = style[name]
            px, py = P(x, y, z)
            c.setFillColorRGB(r, g, b)
            c.setStrokeColorRGB(0.1, 0.1, 0.1)
            c.setLineWidth(0.8)
            c.circle(px, py, rad, stroke=1, fill=1)
            c.setFillColorRGB(min(1, r + 0.45), min(1, g + 0.45), min(1, b + 0.45))
            c.circle(px - rad * 0.35, py + rad * 0.35, rad * 0.3, stroke=0, fill=1)
        # dimension line under the front bottom edge
        (x1, y1), (x2, y2) = P(0, 0, 0), P(1, 0, 0)
        yy = y1 - 30
        c.setStrokeColorRGB(0, 0, 0)
        c.setLineWidth(0.8)
        c.line(x1, yy, x2, yy)
        for xe, sgn in ((x1, 1), (x2, -1)):
            c.line(xe, yy - 5, xe, yy + 5)
            p = c.beginPath()
            p.moveTo(xe, yy)
            p.lineTo(xe + sgn * 8, yy + 3)
            p.lineTo(xe + sgn * 8, yy - 3)
            p.close()
            c.setFillColorRGB(0, 0, 0)
            c.drawPath(p, stroke=0, fill=1)
        c.setFont(sans, 12)
        c.drawCentredString((x1 + x2) / 2, yy - 16, a_text)
        # legend
        lx, ly = 430, 250
        for i, el in enumerate((A_name, "Ti", "O")):
            (r, g, b), rad = style[el]
            c.setFillColorRGB(r, g, b)
            c.setStrokeColorRGB(0.1, 0.1, 0.1)
            c.circle(lx, ly - i * 32, min(rad, 12), stroke=1, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.setFont(sans, 13)
            c.drawString(lx + 20, ly - i * 32 - 4.5, el)
        # title with subscript 3
        c.setFont(sans_b, 15)
        t1 = A_name + "TiO"
        c.drawString(24, H - 32, t1)
        w1 = c.stringWidth(t1, sans_b, 15)
        c.setFont(sans_b, 10)
        c.drawString(24 + w1 + 1, H - 36, "3")
        c.setFont(sans, 13)
        c.drawString(24 + w1 + 10, H - 32, "  cubic perovskite (Pm-3m) unit cell")

    return _pdf_png(paint, W, H, 2.0)


# ----------------------------------------------------------------------------------------------------
# Case 2: SVG hexagonal prism, hcp Mg, 1000 x 780
# ----------------------------------------------------------------------------------------------------
_T2 = "Magnesium is hexagonal close-packed with a = 3.21 Å and c = 5.21 Å."


def _draw_svg_hcp(wrong):
    W, H = 1000, 780
    a_px = 190.0
    c_over_a = 5.21 / 3.21
    if wrong == "squashed":
        # breaks "c = 5.21 Å" drawn to scale with a = 3.21 Å: the prism is drawn with c = a
        c_over_a = 1.0
    c_px = a_px * c_over_a
    el = "Mg"
    if wrong == "element_Zn":
        # breaks the stated element (magnesium): the atoms are labelled Zn
        el = "Zn"
    c_text = "c = 5.21 Å"
    if wrong == "c_label":
        # breaks "c = 5.21 Å": the label reads 6.21 Å
        c_text = "c = 6.21 Å"
    ox, oy = 440.0, 600.0
    tilt = 0.32
    rot = 10.0  # the prism is turned 10° about c so no atom hides behind another

    def P(x, y, z):  # x right, y towards the viewer (drawn downwards), z up; lengths in units of a
        return ox + a_px * x, oy + a_px * tilt * y - c_px * z

    hexv = [(math.cos(math.radians(60 * k + rot)), math.sin(math.radians(60 * k + rot))) for k in range(6)]
    atoms = []
    for z in (0.0, 1.0):
        for (x, y) in hexv + [(0.0, 0.0)]:
            atoms.append((x, y, z))
    if wrong != "middle_missing":  # middle_missing breaks hcp's B layer at c/2 (becomes simple hexagonal)
        for k in (1, 3, 5):
            ang = math.radians(60 * k - 30 + rot)
            r = 1 / math.sqrt(3)
            atoms.append((r * math.cos(ang), r * math.sin(ang), 0.5))
    s = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}">',
         '<defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">'
         '<stop offset="0" stop-color="#f4f1fb"/><stop offset="1" stop-color="#dcd6ec"/></linearGradient>'
         '<radialGradient id="ball" cx="35%" cy="32%" r="70%"><stop offset="0" stop-color="#ffffff"/>'
         '<stop offset="0.25" stop-color="#c9b8f0"/><stop offset="1" stop-color="#5b3fa0"/></radialGradient>'
         '<marker id="ar" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" '
         'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#333"/></marker></defs>',
         f'<rect width="{W}" height="{H}" fill="url(#bg)"/>',
         f'<text x="40" y="58" font-family="Liberation Serif" font-size="34" fill="#2a2340">Hexagonal '
         f'close-packed {"magnesium" if el == "Mg" else "zinc"} ({el})</text>']
    # prism edges
    def edge(p, q, dashed):
        (x1, y1), (x2, y2) = P(*p), P(*q)
        da = ' stroke-dasharray="7 6"' if dashed else ""
        s.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#3b3350" '
                 f'stroke-width="2"{da}/>')

    for k in range(6):
        (x1, y1), (x2, y2) = hexv[k], hexv[(k + 1) % 6]
        mid = math.sin(math.radians(60 * k + 30 + rot))
        edge((x1, y1, 0), (x2, y2, 0), mid < -0.1)  # bottom edges behind the prism are dashed
        edge((x1, y1, 1), (x2, y2, 1), False)
        edge((x1, y1, 0), (x1, y1, 1), y1 < -0.3)  # vertical edges at the back are dashed
    for p in sorted(atoms, key=lambda t: (t[1], t[2])):
        px, py = P(*p)
        s.append(f'<circle cx="{px:.1f}" cy="{py:.1f}" r="30" fill="url(#ball)" stroke="#3a2a66" '
                 'stroke-width="1.2"/>')
    # dimension a: along the front-bottom edge between hex vertices 1 and 2 (y > 0), offset downwards
    (xa1, ya1), (xa2, ya2) = P(hexv[1][0], hexv[1][1], 0), P(hexv[2][0], hexv[2][1], 0)
    off = 62
    s.append(f'<line x1="{xa1:.1f}" y1="{ya1 + off:.1f}" x2="{xa2:.1f}" y2="{ya2 + off:.1f}" stroke="#333" '
             'stroke-width="1.6" marker-start="url(#ar)" marker-end="url(#ar)"/>')
    for xa, ya in ((xa1, ya1), (xa2, ya2)):
        s.append(f'<line x1="{xa:.1f}" y1="{ya + 30:.1f}" x2="{xa:.1f}" y2="{ya + off + 8:.1f}" stroke="#777" '
                 'stroke-width="1"/>')
    s.append(f'<text x="{(xa1 + xa2) / 2:.1f}" y="{ya1 + off + 34:.1f}" text-anchor="middle" '
             'font-family="Liberation Serif" font-style="italic" font-size="28" fill="#222">a = 3.21 Å</text>')
    # dimension c: right of vertex 0 (x = 1, y = 0)
    (xc, yc0), (_, yc1) = P(hexv[0][0], hexv[0][1], 0), P(hexv[0][0], hexv[0][1], 1)
    xd = xc + 70
    s.append(f'<line x1="{xd:.1f}" y1="{yc0:.1f}" x2="{xd:.1f}" y2="{yc1:.1f}" stroke="#333" stroke-width="1.6" '
             'marker-start="url(#ar)" marker-end="url(#ar)"/>')
    for yy in (yc0, yc1):
        s.append(f'<line x1="{xc + 32:.1f}" y1="{yy:.1f}" x2="{xd + 8:.1f}" y2="{yy:.1f}" stroke="#777" '
                 'stroke-width="1"/>')
    s.append(f'<text x="{xd + 16:.1f}" y="{(yc0 + yc1) / 2 + 10:.1f}" font-family="Liberation Serif" '
             f'font-style="italic" font-size="28" fill="#222">{c_text}</text>')
    # key
    s.append('<circle cx="80" cy="728" r="16" fill="url(#ball)" stroke="#3a2a66"/>')
    s.append(f'<text x="106" y="738" font-family="Liberation Serif" font-size="26" fill="#222">{el} atom</text>')
    s.append('</svg>')
    return _svg_png("\n".join(s), [_LIB + "/LiberationSerif-Regular.ttf", _LIB + "/LiberationSerif-Italic.ttf"])


# ----------------------------------------------------------------------------------------------------
# Case 3: matplotlib seaborn-v0_8-ticks, bcc Cr projected along [110], 700 x 460
# ----------------------------------------------------------------------------------------------------
_T3 = "Body-centred cubic chromium with a = 2.88 Å, viewed along [110]."


def _draw_mpl_110(wrong):
    import matplotlib.pyplot as plt
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    a = 2.88
    el = "Cr"
    if wrong == "element_Fe":
        # breaks the stated element (chromium): atoms and title say Fe
        el = "Fe"
    a_lab = "a = 2.88 Å"
    if wrong == "a_label":
        # breaks "a = 2.88 Å": the label reads 3.88 Å
        a_lab = "a = 3.88 Å"
    wu = a * math.sqrt(2)  # repeat along [1-10]
    zone = "[110]"
    if wrong == "zone_001":
        # breaks "viewed along [110]": the figure is the [001] projection (square a x a cell, one centre atom)
        wu = a
        zone = "[110]"
    layer0, layer1 = [], []
    for i in range(-1, 3):
        for j in range(-1, 3):
            layer0.append((i * wu, j * a))
            if wrong == "zone_001":
                layer1.append((i * wu + wu / 2, j * a + a / 2))
            else:
                if wrong != "centre_missing":  # centre_missing breaks bcc: the body-centre column is gone
                    layer0.append((i * wu + wu / 2, j * a + a / 2))
                layer1.append((i * wu + wu / 2, j * a))
                layer1.append((i * wu, j * a + a / 2))
    xmax, ymax = 2 * wu, 2 * a
    keep = lambda p: -1e-6 <= p[0] <= xmax + 1e-6 and -1e-6 <= p[1] <= ymax + 1e-6
    layer0 = sorted(set(p for p in layer0 if keep(p)))
    layer1 = sorted(set(p for p in layer1 if keep(p)))
    with plt.style.context("seaborn-v0_8-ticks"):
        fig = Figure(figsize=(7.0, 4.6))
        ax = fig.add_axes([0.11, 0.13, 0.63, 0.76])
        ax.set_aspect("equal")
        ax.set_xlim(-1.3, xmax + 0.6)
        ax.set_ylim(-0.6, ymax + 0.6)
        ax.plot([0, wu, wu, 0, 0], [0, 0, a, a, 0], color="#333", lw=2.0, zorder=1)
        ax.plot([wu, 2 * wu], [0, 0], color="#999", lw=0.8, ls=":", zorder=1)
        ax.plot([0, 0], [a, 2 * a], color="#999", lw=0.8, ls=":", zorder=1)
        ax.scatter([p[0] for p in layer0], [p[1] for p in layer0], s=420, c="#3d6fb6", edgecolors="#1b2f52",
                   linewidths=1.2, zorder=3)
        ax.scatter([p[0] for p in layer1], [p[1] for p in layer1], s=420, c="#f2f2f2", edgecolors="#3d6fb6",
                   linewidths=2.0, zorder=3)
        ax.annotate("", xy=(-0.75, 0), xytext=(-0.75, a),
                    arrowprops=dict(arrowstyle="<->", color="#b22222", lw=1.4))
        ax.text(-0.88, a / 2, "a", ha="right", va="center", color="#b22222", fontsize=13, style="italic")
        fig.text(0.77, 0.30, a_lab, color="#b22222", fontsize=13)
        ax.set_xlabel(r"$[\bar{1}10]$ (Å)", fontsize=11)
        ax.set_ylabel("[001] (Å)", fontsize=11, labelpad=22)
        ax.set_title(f"bcc {el} viewed along {zone}", fontsize=14, pad=12)
        handles = [Line2D([], [], marker="o", ls="", ms=13, mfc="#3d6fb6", mec="#1b2f52", label=f"{el}, height 0"),
                   Line2D([], [], marker="o", ls="", ms=13, mfc="#f2f2f2", mec="#3d6fb6", mew=2,
                          label=f"{el}, height ½")]
        fig.legend(handles=handles, loc="center left", bbox_to_anchor=(0.76, 0.55), frameon=False, fontsize=11,
                   labelspacing=1.4)
        return _mpl_png(fig, 100)


def cases():
    return [
        {"id": "h3-crystal-pymatgen-reportlab", "text": _T1, "tool": "pymatgen+reportlab+pdfium",
         "style": "cabinet-projection-colour", "draw": _draw_perovskite,
         "wrongs": ["O_on_edges", "Ti_missing", "element_Ba", "a_changed"]},
        {"id": "h3-crystal-svg-hcp", "text": _T2, "tool": "svg+resvg", "style": "shaded-spheres-prism",
         "draw": _draw_svg_hcp, "wrongs": ["middle_missing", "squashed", "element_Zn", "c_label"]},
        {"id": "h3-crystal-mpl-110", "text": _T3, "tool": "matplotlib", "style": "seaborn-v0_8-ticks-plan-view",
         "draw": _draw_mpl_110, "wrongs": ["zone_001", "centre_missing", "a_label", "element_Fe"]},
    ]
