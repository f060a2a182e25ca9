"""Held-out figures by other tools, set 8 — sets.

  * matplotlib exactly as a notebook saves it (defaults: C0/C1/C2, alpha circles, savefig dpi=300), 1920 px;
  * a 16:9 lecture slide (title bar, bullets beside the figure) written as SVG, rendered by resvg and shrunk
    to a 960 px thumbnail;
  * a pencil sketch on squared paper, photographed at an angle (uneven light, perspective, JPEG).
"""

SCIENCE = "sets"

# ---- helpers (copied into this module so that it is self-contained) ----
import io
import math
import random
import zlib

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

_FONTS = "/usr/share/fonts/truetype/"


def _font(name, size):
    """A TrueType font from the system font folder, e.g. 'dejavu/DejaVuSans.ttf'."""
    return ImageFont.truetype(_FONTS + name, max(1, int(round(size))))


def _flatten(img, bg=(255, 255, 255)):
    """Any PIL image -> a fresh RGB image (alpha composited on bg, no info dict carried over)."""
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        base = Image.new("RGBA", rgba.size, bg + (255,))
        img = Image.alpha_composite(base, rgba)
    img = img.convert("RGB")
    return Image.frombytes("RGB", img.size, img.tobytes())


def _png(img):
    """PNG bytes, mode RGB, only IHDR/IDAT/IEND."""
    img = _flatten(img)
    buf = io.BytesIO()
    img.save(buf, format="PNG", compress_level=6)
    return buf.getvalue()


def _jpeg_roundtrip(img, quality):
    buf = io.BytesIO()
    _flatten(img).save(buf, format="JPEG", quality=quality)
    buf.seek(0)
    out = Image.open(buf)
    out.load()
    return _flatten(out)


def _key_seed(seed, key):
    """A seed per (case, entity), independent of PYTHONHASHSEED."""
    return (seed * 1000003 + zlib.crc32(key.encode("utf-8"))) % (2 ** 32)


def _rng(seed, key):
    return random.Random(_key_seed(seed, key))


def _nrng(seed, key):
    return np.random.RandomState(_key_seed(seed, key))

def _mpl_image(fig, dpi="figure", **kw):
    """Render a matplotlib Figure (no pyplot) to an RGB PIL image through savefig(format='png')."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, **kw)
    buf.seek(0)
    im = Image.open(buf)
    im.load()
    return _flatten(im)

def _smooth_noise(n, rng, amp, corr=6):
    """A smooth random walk of n samples, amplitude amp (pixels)."""
    if n <= 1:
        return [0.0] * n
    knots = max(2, n // corr + 2)
    vals = [rng.uniform(-1, 1) for _ in range(knots)]
    out = []
    for i in range(n):
        t = i / (n - 1) * (knots - 1)
        k = min(int(t), knots - 2)
        f = t - k
        f = f * f * (3 - 2 * f)
        out.append(amp * (vals[k] * (1 - f) + vals[k + 1] * f))
    return out


class _Ink:
    """Hand-drawn strokes and hand lettering as darkness layers per colour; compose() multiplies them
    onto paper. Every call takes its own seeded generator, so dropping one stroke changes nothing else."""

    def __init__(self, size):
        self.size = size
        self.layers = {}

    def _layer(self, color):
        if color not in self.layers:
            self.layers[color] = Image.new("L", self.size, 0)
        return self.layers[color]

    def path(self, pts, color, width, rng, jitter=1.2, passes=2, dens=210, step=5.0, closed=False,
             overshoot=0.0):
        pts = [tuple(map(float, p)) for p in pts]
        if closed:
            pts = pts + [pts[0]]
        if overshoot:
            (x0, y0), (x1, y1) = pts[0], pts[1]
            L = math.hypot(x1 - x0, y1 - y0) or 1
            pts[0] = (x0 - (x1 - x0) / L * overshoot, y0 - (y1 - y0) / L * overshoot)
            (x0, y0), (x1, y1) = pts[-2], pts[-1]
            L = math.hypot(x1 - x0, y1 - y0) or 1
            pts[-1] = (x1 + (x1 - x0) / L * overshoot, y1 + (y1 - y0) / L * overshoot)
        dense = []
        for (x0, y0), (x1, y1) in zip(pts[:-1], pts[1:]):
            L = math.hypot(x1 - x0, y1 - y0)
            n = max(1, int(L / step))
            for i in range(n):
                t = i / n
                dense.append((x0 + (x1 - x0) * t, y0 + (y1 - y0) * t))
        dense.append(pts[-1])
        lay = self._layer(color)
        d = ImageDraw.Draw(lay)
        for p in range(passes):
            nx = _smooth_noise(len(dense), rng, jitter)
            ny = _smooth_noise(len(dense), rng, jitter)
            q = [(x + a, y + b) for (x, y), a, b in zip(dense, nx, ny)]
            tmp = Image.new("L", self.size, 0)
            ImageDraw.Draw(tmp).line(q, fill=int(dens * (1.0 if p == 0 else 0.7)), width=max(1, int(round(width))),
                                     joint="curve")
            self.layers[color] = ImageChops.lighter(self.layers[color], tmp)

    def ellipse(self, cx, cy, rx, ry, color, width, rng, rot=0.0, wobble=0.03, **kw):
        n = max(24, int((rx + ry) * 0.6))
        start = rng.uniform(0, 2 * math.pi)
        ph = [rng.uniform(0, 2 * math.pi) for _ in range(3)]
        pts = []
        for i in range(n + 2):
            t = start + 2 * math.pi * i / n * 1.04
            r = 1 + wobble * math.sin(2 * t + ph[0]) + wobble * 0.6 * math.sin(3 * t + ph[1])
            x, y = rx * r * math.cos(t), ry * r * math.sin(t)
            c, s = math.cos(rot), math.sin(rot)
            pts.append((cx + x * c - y * s, cy + x * s + y * c))
        self.path(pts, color, width, rng, **kw)

    def dot(self, x, y, r, color, dens=220):
        lay = self._layer(color)
        tmp = Image.new("L", self.size, 0)
        ImageDraw.Draw(tmp).ellipse([x - r, y - r, x + r, y + r], fill=dens)
        self.layers[color] = ImageChops.lighter(lay, tmp)

    def text(self, xy, s, font, color, rng, tilt=5.0, dens=225, anchor="mm", wander=1.2):
        """Hand lettering: every glyph turned, shifted and spaced a little differently."""
        widths = [font.getlength(ch) * rng.uniform(0.96, 1.07) for ch in s]
        total = sum(widths)
        asc, desc = font.getmetrics()
        x, y = xy
        if anchor[0] == "m":
            x -= total / 2
        elif anchor[0] == "r":
            x -= total
        if anchor[1] == "m":
            y -= (asc + desc) / 2
        elif anchor[1] == "b":
            y -= asc
        lay = self._layer(color)
        for ch, wdt in zip(s, widths):
            if ch != " ":
                g = Image.new("L", (int(font.size * 2), int(font.size * 2)), 0)
                ImageDraw.Draw(g).text((font.size * 0.5, font.size * 0.3), ch, font=font, fill=dens)
                g = g.rotate(rng.uniform(-tilt, tilt), resample=Image.BICUBIC)
                ox = int(round(x - font.size * 0.5 + rng.uniform(-wander, wander) * 0.6))
                oy = int(round(y - font.size * 0.3 + rng.uniform(-wander, wander)))
                box = (ox, oy, ox + g.size[0], oy + g.size[1])
                reg = lay.crop(box)
                lay.paste(ImageChops.lighter(reg, g), box)
            x += wdt

    def compose(self, paper, grain_seed=None, grain=0.35):
        out = np.asarray(paper.convert("RGB"), np.float32)
        gr = None
        if grain_seed is not None:
            rs = np.random.RandomState(grain_seed)
            w, h = self.size
            g = rs.uniform(0, 1, (h, w)).astype(np.float32)
            g = np.asarray(Image.fromarray((g * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6)),
                           np.float32) / 255.0
            gr = (1 - grain) + grain * 2 * g
        for color in sorted(self.layers):
            a = np.asarray(self.layers[color], np.float32) / 255.0
            if gr is not None:
                a = np.clip(a * gr, 0, 1)
            c = np.array(color, np.float32)
            out = out * (1 - a[..., None]) + (out * c / 255.0) * a[..., None]
        return Image.fromarray(np.clip(out + 0.5, 0, 255).astype(np.uint8))

def _paper(w, h, seed, kind="squared", step=38, tint=(250, 249, 243), line=(150, 185, 215), margin=None):
    """Notebook paper: 'squared' (5 mm grid), 'lined' (ruled lines and a red margin) or 'plain';
    faint fibre texture."""
    rs = np.random.RandomState(seed)
    arr = np.ones((h, w, 3), np.float32) * np.array(tint, np.float32)
    fib = rs.normal(0, 1, (h // 4 + 2, w // 4 + 2)).astype(np.float32)
    fib = np.asarray(Image.fromarray(fib).resize((w, h), Image.BICUBIC))
    arr += fib[..., None] * 2.2
    im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    d = ImageDraw.Draw(im)
    if kind == "squared":
        for x in range(step // 2, w, step):
            d.line([(x, 0), (x, h)], fill=line, width=1)
        for y in range(step // 2, h, step):
            d.line([(0, y), (w, y)], fill=line, width=1)
    elif kind == "lined":
        for y in range(int(step * 2.5), h, step):
            d.line([(0, y), (w, y)], fill=line, width=2)
        if margin:
            d.line([(margin, 0), (margin, h)], fill=(226, 120, 120), width=2)
    return im

def _photo(page, seed, out_size, corners, table=(104, 84, 66), light_dir=(0.8, 0.3), light=0.22,
           hotspot=(0.3, 0.25), jpeg_q=84, blur=0.8, noise=3.0):
    """A phone photo of a sheet on a table: perspective (page corners -> `corners`, tl tr br bl),
    the sheet's shadow, uneven light with a hotspot and vignette, lens blur, sensor noise, JPEG."""
    import cv2
    W, H = out_size
    rs = np.random.RandomState(seed)
    pw, ph = page.size
    # table: wood-like streaks
    streak = rs.normal(0, 1, (H // 16 + 2, 6)).astype(np.float32)
    streak = cv2.resize(streak, (W, H), interpolation=cv2.INTER_CUBIC)
    fine = cv2.resize(rs.normal(0, 1, (H // 3 + 2, W // 40 + 2)).astype(np.float32), (W, H),
                      interpolation=cv2.INTER_CUBIC)
    bg = np.ones((H, W, 3), np.float32) * np.array(table, np.float32)
    bg += (streak * 9 + fine * 4)[..., None] * np.array([1.0, 0.85, 0.7], np.float32)
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    dst = np.float32(corners)
    M = cv2.getPerspectiveTransform(src, dst)
    pg = np.asarray(page.convert("RGB"), np.float32)
    warped = cv2.warpPerspective(pg, M, (W, H), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_CONSTANT,
                                 borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), M, (W, H), flags=cv2.INTER_LINEAR,
                               borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    sh = cv2.GaussianBlur(np.roll(np.roll(mask, 10, axis=0), 7, axis=1), (0, 0), 9)
    bg = bg * (1 - 0.45 * sh[..., None])
    comp = bg * (1 - mask[..., None]) + np.clip(warped, 0, 255) * mask[..., None]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    u, v = xx / W - 0.5, yy / H - 0.5
    grad = 1.0 - light * (0.5 + light_dir[0] * u + light_dir[1] * v)
    hs = 0.10 * np.exp(-(((xx / W - hotspot[0]) ** 2) + ((yy / H - hotspot[1]) ** 2)) / 0.05)
    vig = 1.0 - 0.28 * (u * u + v * v) * 2
    comp = comp * (grad * vig + hs)[..., None]
    comp = comp * np.array([1.0, 0.985, 0.95], np.float32)  # warm indoor light
    comp = cv2.GaussianBlur(comp, (0, 0), blur)
    comp += rs.normal(0, noise, (H, W, 1)).astype(np.float32)
    im = Image.fromarray(np.clip(comp + 0.5, 0, 255).astype(np.uint8))
    return _jpeg_roundtrip(im, jpeg_q)
# ---- end of helpers ----


# ============================================================== case 1: matplotlib defaults, large

_T1 = "Let A = {1, 2, 5}, B = {2, 3, 5} and C = {5, 6}."
_W1 = ["5_outside_C", "6_dropped", "2_in_A_only", "3_in_B_and_C"]


def _draw_mpl_default(wrong=None):
    from matplotlib.figure import Figure
    from matplotlib.patches import Circle
    if wrong not in [None] + _W1:
        raise ValueError(wrong)
    fig = Figure()  # the default 6.4 x 4.8 in
    ax = fig.subplots()
    centres = {"A": (-0.6, 0.35), "B": (0.6, 0.35), "C": (0.0, -0.65)}
    for i, (name, (x, y)) in enumerate(centres.items()):
        ax.add_patch(Circle((x, y), 1.0, alpha=0.3, color=f"C{i}"))
    ax.text(-1.55, 1.25, "A", fontsize=16)
    ax.text(1.45, 1.25, "B", fontsize=16)
    ax.text(0.95, -1.55, "C", fontsize=16)
    pos = {"1": (-1.1, 0.65), "2": (-0.2, 0.8), "5": (0.0, 0.05), "3": (1.1, 0.6), "6": (0.0, -1.2)}
    if wrong == "5_outside_C":
        pos["5"] = (0.2, 0.8)  # breaks "C = {5, 6}" (5 left out of C)
    if wrong == "6_dropped":
        del pos["6"]  # breaks "C = {5, 6}"
    if wrong == "2_in_A_only":
        pos["2"] = (-1.1, 0.15)  # breaks "B = {2, 3, 5}"
    if wrong == "3_in_B_and_C":
        pos["3"] = (0.75, -0.45)  # breaks "B = {2, 3, 5}" and "C = {5, 6}" (3 put into C)
    for s, (x, y) in pos.items():
        ax.text(x, y, s, ha="center", va="center")
    ax.set_xlim(-2, 2)
    ax.set_ylim(-1.9, 1.6)
    ax.set_aspect("equal")
    ax.axis("off")
    ax.set_title("Venn diagram")
    return _png(_mpl_image(fig, dpi=300))


# ============================================================== case 2: SVG slide -> resvg -> 960 px

_T2 = "Let P = {red, green, blue} and Q = {blue, yellow}."
_W2 = ["blue_in_P_only", "yellow_dropped", "green_in_both", "extra_purple_in_Q"]


def _draw_slide(wrong=None):
    import resvg_py
    if wrong not in [None] + _W2:
        raise ValueError(wrong)
    words = {"red": (1110, 520), "green": (1150, 640), "blue": (1400, 580), "yellow": (1650, 580)}
    if wrong == "blue_in_P_only":
        words["blue"] = (1175, 760)  # breaks "Q = {blue, yellow}" (blue left out of Q)
    if wrong == "yellow_dropped":
        del words["yellow"]  # breaks "Q = {blue, yellow}"
    if wrong == "green_in_both":
        words["green"] = (1400, 680)  # breaks "P = {red, green, blue}" / Q (green put into Q)
    if wrong == "extra_purple_in_Q":
        words["purple"] = (1660, 690)  # breaks "Q = {blue, yellow}" (an element Q does not have)
    els = "\n".join(f'<text x="{x}" y="{y}" class="el">{w}</text>' for w, (x, y) in words.items())
    svg = f"""<svg xmlns="http://www.w3.org/2000/svg" width="1920" height="1080" viewBox="0 0 1920 1080">
<defs>
  <linearGradient id="bar" x1="0" y1="0" x2="1" y2="0">
    <stop offset="0" stop-color="#0b5563"/><stop offset="1" stop-color="#157a8c"/>
  </linearGradient>
  <style>
    .t {{ font-family: 'Liberation Sans'; font-size: 64px; font-weight: bold; fill: #ffffff; }}
    .b {{ font-family: 'Liberation Sans'; font-size: 40px; fill: #26323a; }}
    .el {{ font-family: 'Liberation Sans'; font-size: 46px; fill: #1d1d1d; text-anchor: middle; }}
    .set {{ font-family: 'Liberation Serif'; font-style: italic; font-size: 84px; fill: #26323a; }}
    .f {{ font-family: 'Liberation Sans'; font-size: 26px; fill: #7a8a94; }}
  </style>
</defs>
<rect width="1920" height="1080" fill="#fbfbf8"/>
<rect width="1920" height="170" fill="url(#bar)"/>
<text x="80" y="110" class="t">Sets and Venn diagrams</text>
<rect x="0" y="170" width="1920" height="8" fill="#f2a541"/>
<text x="90" y="330" class="b">&#8226; Two sets, drawn as circles</text>
<text x="90" y="420" class="b">&#8226; Every element is written</text>
<text x="126" y="470" class="b">in the region it belongs to</text>
<text x="90" y="560" class="b">&#8226; Shared elements sit</text>
<text x="126" y="610" class="b">in the overlap</text>
<circle cx="1240" cy="600" r="300" fill="#e4572e" fill-opacity="0.28" stroke="#b8401f" stroke-width="5"/>
<circle cx="1560" cy="600" r="300" fill="#29a19c" fill-opacity="0.28" stroke="#1d7673" stroke-width="5"/>
<text x="960" y="350" class="set">P</text>
<text x="1800" y="350" class="set">Q</text>
{els}
<text x="80" y="1045" class="f">Discrete Mathematics &#183; Lecture 2</text>
<text x="1840" y="1045" class="f" text-anchor="end">4</text>
</svg>"""
    png = resvg_py.svg_to_bytes(svg_string=svg, font_dirs=["/usr/share/fonts/truetype"], skip_system_fonts=True)
    im = Image.open(io.BytesIO(bytes(png)))
    im.load()
    im = _flatten(im).resize((960, 540), Image.LANCZOS)
    return _png(im)


# ============================================================== case 3: pencil on squared paper, photographed

_T3 = "Let U = {1, 2, 3, 4, 5, 6, 7, 8}, A = {1, 2, 3} and B = {6, 7}; A and B are subsets of U."
_W3 = ["A_B_overlap", "3_in_U_only", "8_dropped", "B_crosses_U"]


def _draw_pencil(wrong=None):
    if wrong not in [None] + _W3:
        raise ValueError(wrong)
    seed = 806
    PW, PH = 1500, 1120
    ink = _Ink((PW, PH))
    g = (58, 58, 66)
    f = _font("liberation/LiberationSansNarrow-Italic.ttf", 54)
    fb = _font("liberation/LiberationSansNarrow-BoldItalic.ttf", 74)
    # U: a hand-ruled rectangle
    ux0, uy0, ux1, uy1 = 170, 190, 1330, 960
    ink.path([(ux0, uy0), (ux1, uy0 + 4)], g, 3, _rng(seed, "U1"), overshoot=14)
    ink.path([(ux1, uy0 + 4), (ux1 - 3, uy1)], g, 3, _rng(seed, "U2"), overshoot=14)
    ink.path([(ux1 - 3, uy1), (ux0 + 2, uy1 - 3)], g, 3, _rng(seed, "U3"), overshoot=14)
    ink.path([(ux0 + 2, uy1 - 3), (ux0, uy0)], g, 3, _rng(seed, "U4"), overshoot=14)
    ink.text((215, 250), "U", fb, g, _rng(seed, "Ulab"))
    # A and B
    ax_, ay_, ar = 540, 560, 250
    bx_, by_, br = 1010, 590, 200
    if wrong == "A_B_overlap":
        bx_ = 870  # breaks "A and B" having no common element: the circles overlap
    b_shift = (0, 0)
    if wrong == "B_crosses_U":
        b_shift = (0, 300)  # breaks "B ... subsets of U" (B crosses U's edge)
    ink.ellipse(ax_, ay_, ar, ar * 0.96, g, 3, _rng(seed, "A"), passes=2)
    ink.ellipse(bx_ + b_shift[0], by_ + b_shift[1], br, br * 0.95, g, 3, _rng(seed, "B"), passes=2)
    ink.text((ax_ - 200, ay_ - 250), "A", fb, g, _rng(seed, "Alab"))
    ink.text((1010 + 170 + b_shift[0], 590 - 215 + b_shift[1]), "B", fb, g, _rng(seed, "Blab"))
    pos = {"1": (470, 470), "2": (620, 520), "3": (520, 660),
           "6": (960, 560), "7": (1040, 650),
           "4": (290, 880), "5": (800, 310), "8": (1260, 860)}
    if wrong == "3_in_U_only":
        pos["3"] = (560, 880)  # breaks "A = {1, 2, 3}"
    if wrong == "8_dropped":
        del pos["8"]  # breaks "U = {1, 2, 3, 4, 5, 6, 7, 8}"
    if wrong == "B_crosses_U":
        pos["6"] = (960, 820)
        pos["7"] = (1060, 885)
    for s, (x, y) in pos.items():
        ink.text((x, y), s, f, g, _rng(seed, "el" + s))
    paper = _paper(PW, PH, seed, kind="squared", step=38, tint=(246, 246, 240), line=(170, 196, 222))
    page = ink.compose(paper, grain_seed=seed + 1, grain=0.45)
    page = page.resize((1230, 918), Image.LANCZOS)
    corners = [(92, 64), (1184, 104), (1214, 884), (62, 904)]
    return _png(_photo(page, seed, (1280, 960), corners, light_dir=(0.9, 0.5), light=0.28, hotspot=(0.7, 0.2)))


def cases():
    return [
        dict(id="h8-sets-mpl-default-large", text=_T1, tool="matplotlib (defaults: Figure(), C0-C2, alpha 0.3)",
             style="notebook default figure saved with dpi=300, very large (1920x1440)",
             draw=_draw_mpl_default, wrongs=list(_W1)),
        dict(id="h8-sets-svg-slide", text=_T2, tool="hand-written SVG slide -> resvg",
             style="16:9 lecture slide, teal title bar, bullets beside the Venn diagram, shrunk to 960 px (960x540)",
             draw=_draw_slide, wrongs=list(_W2)),
        dict(id="h8-sets-pencil-photo", text=_T3, tool="PIL pencil strokes + OpenCV perspective",
             style="pencil sketch on squared paper, hand lettering, phone photo (uneven light, perspective) "
                   "(1280x960)",
             draw=_draw_pencil, wrongs=list(_W3)),
    ]
