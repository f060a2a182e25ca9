"""Held-out figures by other tools, set 6: circuits.

Three cases, each drawn by a tool and in a style that sets 1-5 did not use:
  h6-circuits-whiteboard          PIL marker strokes on a whiteboard, then photographed (keystone, glare, JPEG)
  h6-circuits-schemdraw-cmyk      schemdraw (matplotlib backend, per-element colours) printed through an own
                                  CMYK separation + halftone + misregistration model
  h6-circuits-resvg-poster        hand-written SVG poster rendered by resvg: big title, small schematic, much
                                  white space

draw(None) is the correct figure of the case's text; draw(name) has exactly one error, named in a comment
at its branch. Deterministic: seeded jitter and noise only; PNGs are re-saved through PIL as RGB.
"""

import io
import math
import os
import random

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


class _Marker:
    """Whiteboard-marker strokes with seeded jitter: every stroke a polyline whose points wander by a
    smoothed random offset, drawn with round joins at marker width, its ink slightly uneven."""

    def __init__(self, img, seed, width=7, wobble=1.6):
        self.img = img
        self.d = ImageDraw.Draw(img)
        self.rng = random.Random(seed)
        self.width = width
        self.wobble = wobble

    def _jitter(self, pts):
        n = len(pts)
        out, ox, oy = [], 0.0, 0.0
        for i, (x, y) in enumerate(pts):
            ox = 0.75 * ox + self.rng.uniform(-1, 1) * self.wobble * 0.5
            oy = 0.75 * oy + self.rng.uniform(-1, 1) * self.wobble * 0.5
            out.append((x + ox, y + oy))
        return out

    def _dense(self, pts, step=6.0):
        out = [pts[0]]
        for (x0, y0), (x1, y1) in zip(pts, pts[1:]):
            L = math.hypot(x1 - x0, y1 - y0)
            k = max(1, int(L / step))
            for j in range(1, k + 1):
                out.append((x0 + (x1 - x0) * j / k, y0 + (y1 - y0) * j / k))
        return out

    def stroke(self, pts, colour, width=None, dense=True):
        w = self.width if width is None else width
        p = self._jitter(self._dense(pts) if dense else pts)
        self.d.line(p, fill=colour, width=w, joint="curve")
        r = w / 2.0
        for x, y in (p[0], p[-1]):
            self.d.ellipse([x - r + 0.5, y - r + 0.5, x + r - 0.5, y + r - 0.5], fill=colour)
        # the marker running a little dry: a thinner, lighter streak inside the stroke
        light = tuple(min(255, int(c + (255 - c) * 0.28)) for c in colour)
        k = max(2, len(p) // 3)
        i0 = self.rng.randrange(0, max(1, len(p) - k))
        self.d.line(p[i0:i0 + k], fill=light, width=max(1, w // 4))

    def line(self, a, b, colour, width=None):
        self.stroke([a, b], colour, width)

    def ellipse(self, c, rx, ry, colour, width=None, rot=0.0, overshoot=0.12):
        t0 = self.rng.uniform(0, 2 * math.pi)
        n = max(24, int((rx + ry) / 3))
        pts = []
        for i in range(n + 1):
            t = t0 + (2 * math.pi + overshoot) * i / n
            x, y = rx * math.cos(t), ry * math.sin(t)
            pts.append((c[0] + x * math.cos(rot) - y * math.sin(rot), c[1] + x * math.sin(rot) + y * math.cos(rot)))
        self.stroke(pts, colour, width, dense=False)

    def arrow(self, a, b, colour, width=None, head=18):
        self.line(a, b, colour, width)
        ang = math.atan2(b[1] - a[1], b[0] - a[0])
        for s in (1, -1):
            h = (b[0] - head * math.cos(ang + s * 0.45), b[1] - head * math.sin(ang + s * 0.45))
            self.line(b, h, colour, width)

    def text(self, xy, s, colour, size=34, font="sans-b", anchor="mm"):
        """Hand lettering: each glyph placed separately, tilted and shifted a little."""
        f = _font(font, size)
        total = sum(f.getlength(ch) for ch in s) * 1.04
        x = xy[0] - (total / 2 if anchor[0] == "m" else (total if anchor[0] == "r" else 0))
        for ch in s:
            gw = f.getlength(ch) * 1.04
            if ch != " ":
                tile = Image.new("L", (int(size * 2), int(size * 2)), 0)
                ImageDraw.Draw(tile).text((size, size), ch, font=f, fill=255, anchor="mm")
                tile = tile.rotate(self.rng.uniform(-6, 6), resample=Image.BICUBIC)
                cx = x + gw / 2 + self.rng.uniform(-1.2, 1.2)
                cy = xy[1] + self.rng.uniform(-2.0, 2.0)
                self.img.paste(colour, (int(round(cx - size)), int(round(cy - size))), tile)
            x += gw


def _persp_coeffs(dst, src):
    """Coefficients for Image.transform(PERSPECTIVE) mapping output points dst[i] to input points src[i]."""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    return [float(c) for c in np.linalg.solve(np.array(A, dtype=np.float64), np.array(B, dtype=np.float64))]


def _whiteboard_photo(board, seed, tilt=(18, -10, 24, 14)):
    """A phone photo of a whiteboard: faint ghosts of erased writing, the board in its aluminium frame on
    a wall, a slight keystone, a glare spot from a ceiling light, cool cast, vignette, blur, noise, JPEG."""
    rng = np.random.RandomState(seed)
    w, h = board.size
    b = np.asarray(board.convert("RGB"), dtype=np.float32)
    ghost = _lowfreq(rng, h, w, 90)
    ghost = np.clip((ghost - 0.62) * 2.5, 0, 1)[..., None] * np.array([18, 16, 12], np.float32)
    b = b - ghost
    pad = int(0.06 * w)
    W, H = w + 2 * pad, h + 2 * pad
    photo = Image.new("RGB", (W, H), (196, 188, 170))
    wall = np.asarray(photo, dtype=np.float32) * (0.92 + 0.08 * _lowfreq(rng, H, W, 50)[..., None])
    photo = Image.fromarray(np.clip(wall, 0, 255).astype(np.uint8))
    fd = ImageDraw.Draw(photo)
    fd.rectangle([pad - 14, pad - 14, pad + w + 13, pad + h + 13], fill=(168, 171, 176), outline=(120, 122, 128), width=3)
    fd.rectangle([pad - 4, pad + h + 6, pad + w + 3, pad + h + 20], fill=(150, 152, 158))
    photo.paste(Image.fromarray(np.clip(b, 0, 255).astype(np.uint8)), (pad, pad))
    t1, t2, t3, t4 = tilt
    dst = [(t1, t2 + 6), (W - t3, -t2 + 4), (W - t4 + 4, H - 8), (t4 - 6, H + t2 - 2)]
    src = [(0, 0), (W, 0), (W, H), (0, H)]
    photo = photo.transform((W, H), Image.PERSPECTIVE, _persp_coeffs(dst, src), resample=Image.BICUBIC,
                            fillcolor=(190, 182, 165))
    a = np.asarray(photo, dtype=np.float32)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = 0.68 * W, 0.26 * H
    glare = np.exp(-(((xx - gx) / (0.22 * W)) ** 2 + ((yy - gy) / (0.18 * H)) ** 2))[..., None]
    a = a + (255.0 - a) * 0.42 * glare
    vig = 1.0 - 0.18 * (((xx - W / 2) / (W / 2)) ** 2 + ((yy - H / 2) / (H / 2)) ** 2)[..., None]
    a = a * vig * np.array([0.97, 0.99, 1.02], np.float32)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.0))
    a = np.asarray(img, dtype=np.float32) + rng.normal(0, 4.0, size=(H, W, 1)).astype(np.float32)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=86)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def _cmyk_print(img, seed, period=5.0, shifts=((2, 1), (-1, 2), (1, -1), (0, 0))):
    """Offset print: RGB separated into C, M, Y, K (full grey-component replacement), each plate screened
    at its classic angle (C 15°, M 75°, Y 0°, K 45°), the plates printed slightly out of register
    (`shifts` in px) with process-ink colours on off-white paper, with a little dot gain."""
    rng = np.random.RandomState(seed)
    a = np.asarray(img.convert("RGB"), dtype=np.float32) / 255.0
    h, w, _ = a.shape
    k = 1.0 - a.max(axis=2)
    den = np.maximum(1.0 - k, 1e-4)
    plates = [(1.0 - a[..., 0] - k) / den, (1.0 - a[..., 1] - k) / den, (1.0 - a[..., 2] - k) / den, k]
    inks = np.array([[0.0, 0.64, 0.90], [0.91, 0.05, 0.55], [1.0, 0.93, 0.05], [0.13, 0.12, 0.13]],
                    dtype=np.float32)
    paper = np.array([0.975, 0.968, 0.94], dtype=np.float32)
    res = np.ones((h, w, 3), dtype=np.float32) * paper[None, None, :]
    for plate, ang, (dx, dy), ink in zip(plates, (15.0, 75.0, 0.0, 45.0), shifts, inks):
        plate = np.clip(plate, 0.0, 1.0)
        cov = np.clip((plate - _screen(h, w, ang, period)) * 3.5 + 0.5, 0.0, 1.0)
        cov = np.where(plate > 0.95, 1.0, np.where(plate < 0.03, 0.0, cov))
        cov = np.asarray(Image.fromarray((cov * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5)),
                         dtype=np.float32) / 255.0
        cov = np.roll(np.roll(cov, dy, axis=0), dx, axis=1)
        res *= 1.0 - cov[..., None] * (1.0 - ink[None, None, :])
    res += rng.normal(0.0, 0.012, size=(h, w, 1)).astype(np.float32)
    return Image.fromarray((np.clip(res, 0, 1) * 255).astype(np.uint8))


# ---------------------------------------------------------------- cases
SCIENCE = "circuits"


# ================================================================ case 1: whiteboard photo
BOARD_TEXT = "A 6 V battery with two resistors in series, R1 = 4 \u03a9 and R2 = 8 \u03a9."
BOARD_WRONGS = ["resistors_in_parallel", "r2_label_6", "r1_dropped", "battery_label_9"]


def _draw_board(wrong=None):
    W, H = 1280, 800
    board = Image.new("RGB", (W, H), (241, 242, 240))
    m = _Marker(board, seed=505, width=7)
    BLK, BLUE, RED = (28, 30, 38), (25, 62, 170), (190, 30, 45)
    L, R, T, B = 250, 1030, 210, 640
    m.text((W / 2, 70), "Circuit 2", BLK, size=42)

    def zig_h(x0, x1, y, col):
        pts = [(x0, y)]
        n = 6
        for i in range(n):
            pts.append((x0 + (x1 - x0) * (i + 0.5) / n, y + (-26 if i % 2 == 0 else 26)))
        pts.append((x1, y))
        m.stroke(pts, col, dense=False)

    def zig_v(x, y0, y1, col):
        pts = [(x, y0)]
        n = 6
        for i in range(n):
            pts.append((x + (-26 if i % 2 == 0 else 26), y0 + (y1 - y0) * (i + 0.5) / n))
        pts.append((x, y1))
        m.stroke(pts, col, dense=False)

    # battery on the left side: long (+) and short plates
    yb = (T + B) / 2
    m.line((L, T), (L, yb - 22), BLK)
    m.line((L, yb + 22), (L, B), BLK)
    m.line((L - 60, yb - 22), (L + 60, yb - 22), RED, width=8)
    m.line((L - 30, yb + 22), (L + 30, yb + 22), RED, width=12)
    m.text((L - 90, yb - 52), "+", RED, size=40)
    v_txt = "6 V"
    if wrong == "battery_label_9":
        # breaks "A 6 V battery": the battery is labelled 9 V
        v_txt = "9 V"
    m.text((L - 130, yb + 6), v_txt, RED, size=40)
    m.line((L, B), (R, B), BLK)

    r1 = "R1 = 4 \u03a9"
    r2 = "R2 = 8 \u03a9"
    if wrong == "r2_label_6":
        # breaks "R2 = 8 Ω": the label reads 6 Ω
        r2 = "R2 = 6 \u03a9"
    if wrong == "resistors_in_parallel":
        # breaks "two resistors in series": R1 and R2 are drawn as two parallel branches
        xm = 700
        m.line((L, T), (R, T), BLK)
        zig_v(xm, T, B, BLUE)
        zig_v(R, T, B, BLUE)
        m.text((xm - 150, yb), r1, BLUE, size=36)
        m.text((R + 130, yb), r2, BLUE, size=36)
        for x in (xm,):
            for y in (T, B):
                m.ellipse((x, y), 7, 7, BLK, width=8)
    else:
        if wrong == "r1_dropped":
            # breaks "two resistors ... R1 = 4 Ω": R1 is missing (a plain wire)
            m.line((L, T), (R, T), BLK)
        else:
            m.line((L, T), (520, T), BLK)
            zig_h(520, 760, T, BLUE)
            m.line((760, T), (R, T), BLK)
            m.text((640, T - 75), r1, BLUE, size=36)
        m.line((R, T), (R, yb - 120), BLK)
        zig_v(R, yb - 120, yb + 120, BLUE)
        m.line((R, yb + 120), (R, B), BLK)
        m.text((R + 130, yb), r2, BLUE, size=36)
    return _png(_whiteboard_photo(board, seed=506, tilt=(10, 12, 30, 20)))


# ================================================================ case 2: schemdraw, CMYK print
CMYK_TEXT = "A 12 V battery with R1 = 6 \u03a9 and R2 = 3 \u03a9 in parallel, and a lamp in series."
CMYK_WRONGS = ["lamp_in_parallel", "resistors_in_series", "r1_label_9", "lamp_dropped"]


def _draw_cmyk(wrong=None):
    import matplotlib.pyplot as plt
    import schemdraw
    import schemdraw.elements as elm

    d = schemdraw.Drawing(canvas="matplotlib", show=False)
    d.config(unit=3, fontsize=17, lw=2.6, font="DejaVu Sans", margin=0.9)
    red, orange, blue, purple = "#e4002b", "#d2570a", "#0072ce", "#b0008e"
    r1 = "R1\n6 \u03a9"
    if wrong == "r1_label_9":
        # breaks "R1 = 6 Ω": the label reads 9 Ω
        r1 = "R1\n9 \u03a9"
    d += elm.Battery().at((0, 0)).to((0, 3)).color(red).label("12 V", loc="bottom", ofst=0.35)
    if wrong == "resistors_in_series":
        # breaks "R1 ... and R2 ... in parallel": R1 and R2 are drawn in series with the lamp
        d += elm.Line().at((0, 3)).to((1.0, 3))
        d += elm.Lamp().at((1.0, 3)).right().length(3).color(orange).label("lamp", loc="top")
        d += elm.Resistor().at((4.0, 3)).to((7.0, 3)).color(blue).label(r1, loc="top")
        d += elm.Line().at((7.0, 3)).to((8.5, 3))
        d += elm.Resistor().at((8.5, 3)).to((8.5, 0)).color(purple).label("R2\n3 \u03a9", loc="bottom")
        d += elm.Line().at((8.5, 0)).to((0, 0))
    else:
        if wrong in ("lamp_in_parallel", "lamp_dropped"):
            d += elm.Line().at((0, 3)).to((6, 3))
            if wrong == "lamp_dropped":
                # breaks "and a lamp in series": the lamp is missing
                pass
        else:
            d += elm.Line().at((0, 3)).to((1.5, 3))
            d += elm.Lamp().at((1.5, 3)).right().length(3).color(orange).label("lamp", loc="top")
            d += elm.Line().at((4.5, 3)).to((6, 3))
        d += elm.Dot().at((6, 3))
        d += elm.Resistor().at((6, 3)).to((6, 0)).color(blue).label(r1, loc="bottom")
        d += elm.Line().at((6, 3)).to((9, 3))
        d += elm.Resistor().at((9, 3)).to((9, 0)).color(purple).label("R2\n3 \u03a9", loc="bottom")
        d += elm.Line().at((9, 0)).to((6, 0))
        d += elm.Dot().at((6, 0))
        d += elm.Line().at((6, 0)).to((0, 0))
        if wrong == "lamp_in_parallel":
            # breaks "a lamp in series": the lamp is a third branch in parallel with R1 and R2
            d += elm.Dot().at((9, 3))
            d += elm.Dot().at((9, 0))
            d += elm.Line().at((9, 3)).to((12, 3))
            d += elm.Lamp().at((12, 3)).down().length(3).color(orange).label("lamp", loc="bottom")
            d += elm.Line().at((12, 0)).to((9, 0))
    # an invisible (white) stub right of the last branch, so that its label stays inside the figure's bbox
    xr = 12 if wrong == "lamp_in_parallel" else 9
    d += elm.Line().at((xr + 1.6, 1.5)).to((xr + 1.61, 1.5)).color("white")
    d.draw(show=False)
    mfig = d.fig.fig
    try:
        sch = _mpl_png(mfig, 130)
    finally:
        plt.close(mfig)
    # set the schematic on a printed page with a coloured header
    W, H = 1240, 860
    page = Image.new("RGB", (W, H), "white")
    pd = ImageDraw.Draw(page)
    pd.rectangle([0, 0, W, 84], fill=(0, 150, 200))
    pd.text((40, 42), "Electricity  \u2022  Worksheet 5", font=_font("sans-b", 36), fill="white", anchor="lm")
    pd.text((40, 130), "Question 4.", font=_font("serif-b", 30), fill=(20, 20, 20), anchor="lm")
    pd.text((245, 130), "Find the current through the lamp.", font=_font("serif", 30), fill=(20, 20, 20), anchor="lm")
    s = min((W - 120) / sch.width, (H - 240) / sch.height, 1.0)
    sch = sch.resize((int(sch.width * s), int(sch.height * s)), Image.LANCZOS)
    page.paste(sch, ((W - sch.width) // 2, 180 + (H - 220 - sch.height) // 2))
    return _png(_cmyk_print(page, seed=62))


# ================================================================ case 3: resvg poster
POSTER_TEXT = "A 9 V battery, a 10 mH inductor and a 47 \u00b5F capacitor in series."
POSTER_WRONGS = ["inductor_drawn_as_resistor", "capacitor_parallel_to_inductor", "L_label_100mH", "C_label_4.7uF"]


def _draw_poster(wrong=None):
    import resvg_py

    L, R, T, B = 820, 1420, 420, 820
    yb = (T + B) / 2
    ink = "#1b1f3b"
    out = ['<rect width="1800" height="1200" fill="#ffffff"/>',
           '<text x="90" y="170" font-family="Liberation Sans" font-weight="bold" font-size="96" fill="#1b1f3b">'
           'An LC circuit</text>',
           '<text x="94" y="235" font-family="Liberation Sans" font-size="34" fill="#6b7280">Physics open day '
           '\u2022 station 5</text>',
           '<rect x="94" y="262" width="150" height="10" fill="#7c3aed"/>',
           '<text x="94" y="1120" font-family="Liberation Sans" font-size="22" fill="#9ca3af">Station open '
           'from 10:00 to 16:00.</text>']

    def wire(*pts):
        out.append('<polyline points="%s" fill="none" stroke="%s" stroke-width="5" stroke-linejoin="round"/>'
                   % (" ".join("%.1f,%.1f" % p for p in pts), ink))

    # battery, left side
    wire((L, T), (L, yb - 16))
    wire((L, yb + 16), (L, B))
    out.append('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="%s" stroke-width="6"/>' % (L - 46, yb - 16, L + 46, yb - 16, ink))
    out.append('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="%s" stroke-width="12"/>' % (L - 24, yb + 16, L + 24, yb + 16, ink))
    out.append('<text x="%d" y="%d" font-family="Liberation Sans" font-size="40" fill="%s">+</text>' % (L + 34, yb - 30, ink))
    out.append('<text x="%d" y="%d" font-family="Liberation Sans" font-size="44" text-anchor="end" fill="#b91c1c">9 V</text>'
               % (L - 70, yb + 15))
    wire((L, B), (R, B))

    l_txt = "L = 10 mH"
    if wrong == "L_label_100mH":
        # breaks "a 10 mH inductor": the label reads 100 mH
        l_txt = "L = 100 mH"
    c_txt = "C = 47 \u00b5F"
    if wrong == "C_label_4.7uF":
        # breaks "a 47 µF capacitor": the label reads 4.7 µF
        c_txt = "C = 4.7 \u00b5F"

    def inductor(x0, x1, y):
        if wrong == "inductor_drawn_as_resistor":
            # breaks "a 10 mH inductor": the inductor is drawn as a zigzag resistor (label unchanged)
            pts = [(x0, y)] + [(x0 + (x1 - x0) * (i + 0.5) / 8, y + (-22 if i % 2 == 0 else 22)) for i in range(8)] + [(x1, y)]
            out.append('<polyline points="%s" fill="none" stroke="#7c3aed" stroke-width="5" stroke-linejoin="round"/>'
                       % " ".join("%.1f,%.1f" % p for p in pts))
            return
        n = 5
        w = (x1 - x0) / n
        dpath = "M %.1f %.1f " % (x0, y) + " ".join("a %.1f %.1f 0 0 1 %.1f 0" % (w / 2, w / 2 * 1.1, w) for _ in range(n))
        out.append('<path d="%s" fill="none" stroke="#7c3aed" stroke-width="5"/>' % dpath)

    def capacitor_v(x, y):  # plates horizontal, on a vertical wire
        out.append('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#0f766e" stroke-width="7"/>' % (x - 44, y - 12, x + 44, y - 12))
        out.append('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#0f766e" stroke-width="7"/>' % (x - 44, y + 12, x + 44, y + 12))

    def capacitor_h(x, y):  # plates vertical, on a horizontal wire
        out.append('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#0f766e" stroke-width="7"/>' % (x - 12, y - 44, x - 12, y + 44))
        out.append('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#0f766e" stroke-width="7"/>' % (x + 12, y - 44, x + 12, y + 44))

    xm = (L + R) / 2
    wire((L, T), (xm - 130, T))
    inductor(xm - 130, xm + 130, T)
    wire((xm + 130, T), (R, T))
    out.append('<text x="%.1f" y="%d" font-family="Liberation Sans" font-size="40" text-anchor="middle" fill="#7c3aed">%s</text>'
               % (xm, T + 80, l_txt))
    if wrong == "capacitor_parallel_to_inductor":
        # breaks "in series": the capacitor is drawn across the inductor (in parallel with it)
        wire((xm - 170, T), (xm - 170, T - 130), (xm - 12, T - 130))
        wire((xm + 12, T - 130), (xm + 170, T - 130), (xm + 170, T))
        capacitor_h(xm, T - 130)
        for x in (xm - 170, xm + 170):
            out.append('<circle cx="%.1f" cy="%d" r="9" fill="%s"/>' % (x, T, ink))
        out.append('<text x="%.1f" y="%d" font-family="Liberation Sans" font-size="40" text-anchor="middle" fill="#0f766e">%s</text>'
                   % (xm, T - 195, c_txt))
        wire((R, T), (R, B))
    else:
        wire((R, T), (R, yb - 12))
        capacitor_v(R, yb)
        wire((R, yb + 12), (R, B))
        out.append('<text x="%d" y="%d" font-family="Liberation Sans" font-size="40" fill="#0f766e">%s</text>'
                   % (R + 70, yb + 14, c_txt))
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="1800" height="1200" viewBox="0 0 1800 1200">'
           + "".join(out) + "</svg>")
    fonts = [_font_path(k) for k in ("lsans", "lsans-b", "sans")]
    png = resvg_py.svg_to_bytes(svg_string=svg, skip_system_fonts=True, font_files=fonts, background="#ffffff")
    return _png(Image.open(io.BytesIO(bytes(png))).convert("RGB"))


def cases():
    return [
        {"id": "h6-circuits-whiteboard", "text": BOARD_TEXT, "tool": "PIL marker strokes + photo model",
         "style": "whiteboard marker schematic photographed: keystone, glare, frame, JPEG (1432x952)",
         "draw": _draw_board, "wrongs": list(BOARD_WRONGS)},
        {"id": "h6-circuits-schemdraw-cmyk", "text": CMYK_TEXT, "tool": "schemdraw 0.23 (matplotlib backend)",
         "style": "offset-printed worksheet: CMYK rosette, plates out of register, colour elements (1240x860)",
         "draw": _draw_cmyk, "wrongs": list(CMYK_WRONGS)},
        {"id": "h6-circuits-resvg-poster", "text": POSTER_TEXT, "tool": "hand-written SVG -> resvg",
         "style": "poster: huge title, small schematic, much white space (1800x1200)",
         "draw": _draw_poster, "wrongs": list(POSTER_WRONGS)},
    ]
