"""Held-out figures by other tools, set 6: cell.

Three cases, each drawn by a tool and in a style that sets 1-5 did not use:
  h6-cell-mpl-slide        matplotlib (seaborn-v0_8-pastel) as a 16:9 lecture slide with a coloured title bar
  h6-cell-cmyk-print       PIL drawing printed through an own CMYK separation + halftone + misregistration model
  h6-cell-whiteboard       PIL marker strokes on a whiteboard, then photographed (keystone, glare, JPEG)

draw(None) is the correct figure of the case's text; draw(name) has exactly one error, named in a comment
at its branch. Deterministic: all jitter and noise are seeded; PNGs are re-saved through PIL as RGB.
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


# ---------------------------------------------------------------- cases
SCIENCE = "cell"


# ================================================================ case 1: matplotlib slide
SLIDE_TEXT = ("An animal cell with a nucleus, three mitochondria, a Golgi apparatus and a centriole next to "
              "the nucleus.")
SLIDE_WRONGS = ["mitochondrion_dropped", "centriole_far_from_nucleus", "golgi_outside_cell", "second_nucleus"]


def _draw_slide(wrong=None):
    import matplotlib.pyplot as plt
    from matplotlib.figure import Figure
    from matplotlib.patches import Ellipse, Circle, Rectangle, FancyBboxPatch

    with plt.style.context("seaborn-v0_8-pastel"):
        fig = Figure(figsize=(16, 9), dpi=100, facecolor="white")
        # coloured title bar across the top of the slide
        fig.patches.append(Rectangle((0, 0.885), 1, 0.115, transform=fig.transFigure, facecolor="#1f6f8b",
                                     edgecolor="none", zorder=0))
        fig.patches.append(Rectangle((0, 0.878), 1, 0.007, transform=fig.transFigure, facecolor="#f2a541",
                                     edgecolor="none", zorder=0))
        fig.text(0.03, 0.942, "Lecture 4  \u2022  The animal cell", color="white", fontsize=34,
                 fontweight="bold", va="center", ha="left", family="DejaVu Sans")
        fig.text(0.03, 0.025, "BIO 101  Cell biology", color="#6b7b86", fontsize=14, va="center")
        fig.text(0.97, 0.025, "12", color="#6b7b86", fontsize=14, va="center", ha="right")
        ax = fig.add_axes([0.02, 0.06, 0.96, 0.80])
        ax.set_xlim(0, 16)
        ax.set_ylim(0, 8.2)
        ax.set_aspect("equal")
        ax.axis("off")

        cx, cy, rx, ry = 7.6, 4.1, 4.6, 3.3
        ax.add_patch(Ellipse((cx, cy), 2 * rx, 2 * ry, facecolor="#fde8d6", edgecolor="#c46a3c", lw=5, zorder=1))

        def nucleus(x, y, r):
            ax.add_patch(Circle((x, y), r, facecolor="#cdb4e6", edgecolor="#6a3d9a", lw=4, zorder=3))
            ax.add_patch(Circle((x, y), r - 0.12, facecolor="none", edgecolor="#6a3d9a", lw=1.5, ls=(0, (4, 3)),
                                zorder=3))

        nucleus(6.9, 4.3, 1.3)
        if wrong == "second_nucleus":
            # breaks "a nucleus": a second nucleus is drawn in the cytoplasm
            nucleus(10.3, 4.4, 0.75)

        def mito(x, y, ang):
            ax.add_patch(Ellipse((x, y), 1.15, 0.52, angle=ang, facecolor="#ffb3a7", edgecolor="#c0392b", lw=3,
                                 zorder=3))
            t = np.linspace(-0.42, 0.42, 9)
            zz = np.where(np.arange(9) % 2 == 0, -0.13, 0.13)
            a = math.radians(ang)
            ax.plot(x + t * math.cos(a) - zz * math.sin(a), y + t * math.sin(a) + zz * math.cos(a),
                    color="#c0392b", lw=1.8, zorder=4)

        mitos = [(4.3, 5.4, 20), (3.9, 3.2, -15), (5.6, 1.6, 10)]
        if wrong == "mitochondrion_dropped":
            # breaks "three mitochondria": only two are drawn
            mitos = mitos[:2]
        for m in mitos:
            mito(*m)

        # Golgi apparatus: a stack of four curved cisternae
        gx, gy = 9.6, 2.2
        if wrong == "golgi_outside_cell":
            # breaks "an animal cell with ... a Golgi apparatus" (inside the cell): the stack sits outside
            gx, gy = 12.9, 0.75
        for i in range(4):
            xs = np.linspace(gx - 0.75 + i * 0.1, gx + 0.75 - i * 0.1, 30)
            ys = gy - 0.42 + i * 0.28 + 0.22 * ((xs - gx) / 0.75) ** 2
            ax.plot(xs, ys, color="#2e8b57", lw=8, solid_capstyle="round", zorder=3)
            ax.plot(xs, ys, color="#b8f0cf", lw=3, solid_capstyle="round", zorder=3)

        # centriole: a pair of short cylinders at right angles
        ccx, ccy = 8.55, 5.25
        if wrong == "centriole_far_from_nucleus":
            # breaks "a centriole next to the nucleus": it is drawn at the far side of the cell
            ccx, ccy = 10.75, 5.45
        ax.add_patch(Rectangle((ccx - 0.3, ccy - 0.1), 0.6, 0.2, facecolor="#f7d774", edgecolor="#8a6d0b", lw=2,
                               zorder=4))
        ax.add_patch(Rectangle((ccx + 0.15, ccy - 0.05), 0.2, 0.6, facecolor="#f7d774", edgecolor="#8a6d0b", lw=2,
                               zorder=4))

        kw = dict(fontsize=24, color="#1d2b36", family="DejaVu Sans", zorder=6)
        lk = dict(color="#44545f", lw=1.6, zorder=5)
        ax.text(0.2, 4.1, "mitochondria", ha="left", va="center", **kw)
        for (x, y, a) in mitos:
            ax.plot([2.75, x - 0.55], [4.1, y], **lk)
        ax.text(0.25, 7.2, "nucleus", ha="left", va="center", **kw)
        ax.plot([1.55, 6.0], [7.05, 5.25], **lk)
        ax.text(12.9, 7.0, "cell membrane", ha="left", va="center", **kw)
        ax.plot([12.8, cx + rx * math.cos(math.radians(50))], [7.0, cy + ry * math.sin(math.radians(50))], **lk)
        ax.text(12.9, 5.6, "centriole", ha="left", va="center", **kw)
        ax.plot([12.8, ccx + 0.4], [5.6, ccy + 0.1], **lk)
        ax.text(12.9, 2.2, "Golgi apparatus", ha="left", va="center", **kw)
        if wrong == "golgi_outside_cell":
            ax.plot([12.8, gx - 0.2], [2.2, gy + 0.5], **lk)
        else:
            ax.plot([12.8, gx + 0.8], [2.2, gy - 0.05], **lk)
        ax.add_patch(FancyBboxPatch((0.3, 0.35), 3.1, 0.75, boxstyle="round,pad=0.08", facecolor="#eef6f8",
                                    edgecolor="#1f6f8b", lw=1.2))
        ax.text(1.85, 0.72, "not to scale", ha="center", va="center", fontsize=15, color="#1f6f8b")
        img = _mpl_png(fig, 100)
    return _png(img)


# ================================================================ case 2: CMYK print
CMYK_TEXT = "A eukaryotic cell with a nucleus, an endoplasmic reticulum, four ribosomes and two vesicles."
CMYK_WRONGS = ["ribosome_extra", "vesicle_outside_cell", "er_missing", "vesicle_dropped"]


def _draw_cmyk(wrong=None):
    S = 2  # drawn at twice the size, then reduced (anti-aliasing) before printing
    W, H = 1240, 820
    img = Image.new("RGB", (W * S, H * S), "white")
    d = ImageDraw.Draw(img)

    def P(x, y):
        return (x * S, y * S)

    cx, cy, rx, ry = 480, 430, 400, 300
    blob = []
    for i in range(360):
        t = math.radians(i)
        k = 1 + 0.035 * math.sin(3 * t + 0.4) + 0.025 * math.cos(5 * t)
        blob.append(P(cx + rx * k * math.cos(t), cy + ry * k * math.sin(t)))
    d.polygon(blob, fill=(255, 236, 200))
    d.line(blob + [blob[0]], fill=(214, 120, 40), width=9 * S, joint="curve")

    nx, ny, nr = 380, 420, 105
    if wrong != "er_missing":
        # endoplasmic reticulum: four wavy ribbons wrapped round the nucleus
        for rr in (140, 175, 210, 245):
            pts = []
            for i in range(0, 111):
                t = math.radians(-55 + i)
                r = rr + 6 * math.sin(8 * t)
                pts.append(P(nx + r * math.cos(t), ny + r * math.sin(t)))
            d.line(pts, fill=(40, 110, 190), width=16 * S, joint="curve")
            d.line(pts, fill=(150, 205, 245), width=8 * S, joint="curve")
    else:
        # breaks "an endoplasmic reticulum": the ER (and its label) is missing
        pass
    d.ellipse([P(nx - nr, ny - nr), P(nx + nr, ny + nr)], fill=(205, 120, 190), outline=(120, 30, 110), width=6 * S)
    d.ellipse([P(nx - nr + 12, ny - nr + 12), P(nx + nr - 12, ny + nr - 12)], outline=(120, 30, 110), width=2 * S)

    ribos = [(600, 612), (652, 662), (706, 616), (640, 566)]
    if wrong == "ribosome_extra":
        # breaks "four ribosomes": a fifth ribosome is drawn
        ribos.append((562, 668))
    for (x, y) in ribos:
        d.ellipse([P(x - 9, y - 9), P(x + 9, y + 9)], fill=(30, 40, 120))

    ves = [(742, 360), (792, 500)]
    if wrong == "vesicle_outside_cell":
        # breaks "a eukaryotic cell with ... two vesicles" (inside): one vesicle is outside the membrane
        ves = [(742, 360), (912, 548)]
    if wrong == "vesicle_dropped":
        # breaks "two vesicles": only one is drawn
        ves = [(742, 360)]
    for (x, y) in ves:
        d.ellipse([P(x - 21, y - 21), P(x + 21, y + 21)], fill=(190, 235, 170), outline=(30, 130, 50), width=5 * S)
        d.ellipse([P(x - 13, y - 13), P(x + 13, y + 13)], outline=(30, 130, 50), width=2 * S)

    f = _font("lserif", 30 * S)
    fb = _font("lserif-b", 32 * S)
    ink = (20, 20, 20)
    lab_x = 965

    def leader(x0, y0, x1, y1):
        d.line([P(x0, y0), P(x1, y1)], fill=ink, width=2 * S)
        d.ellipse([P(x1 - 4, y1 - 4), P(x1 + 4, y1 + 4)], fill=ink)

    d.text(P(lab_x, 140), "plasma membrane", font=f, fill=ink, anchor="lm")
    bx, by = blob[310]
    leader(lab_x - 10, 140, bx / S, by / S)
    if wrong != "er_missing":
        d.text(P(lab_x, 250), "endoplasmic", font=f, fill=ink, anchor="lm")
        d.text(P(lab_x, 284), "reticulum", font=f, fill=ink, anchor="lm")
        leader(lab_x - 10, 262, nx + 245 * math.cos(math.radians(-30)) + 6, ny + 245 * math.sin(math.radians(-30)))
    d.text(P(lab_x, 430), "vesicles" if len(ves) > 1 else "vesicle", font=f, fill=ink, anchor="lm")
    for (x, y) in ves:
        leader(lab_x - 10, 430, x + 16, y)
    d.text(P(lab_x, 640), "ribosomes", font=f, fill=ink, anchor="lm")
    for (x, y) in ribos:
        leader(lab_x - 10, 640, x + 8, y)
    d.text(P(40, 52), "nucleus", font=f, fill=ink, anchor="lm")
    leader(150, 62, nx - 62, ny - 84)
    d.text(P(40, 790), "Fig. 2.1", font=fb, fill=(190, 20, 90), anchor="lm")
    d.text(P(170, 790), "A eukaryotic cell (schematic)", font=f, fill=ink, anchor="lm")

    img = img.resize((W, H), Image.LANCZOS)
    return _png(_cmyk_print(img, seed=61))


# ================================================================ case 3: whiteboard photo
BOARD_TEXT = ("Two cells side by side: the left cell has a nucleus and two lysosomes, the right cell has a nucleus "
              "and a peroxisome.")
BOARD_WRONGS = ["lysosome_moved_to_right_cell", "peroxisome_moved_to_left_cell", "right_nucleus_missing",
                "cells_stacked"]


def _draw_board(wrong=None):
    W, H = 1280, 800
    board = Image.new("RGB", (W, H), (240, 242, 240))
    m = _Marker(board, seed=303, width=7)
    BLK, BLUE, RED, GRN, ORG = (28, 30, 38), (25, 62, 170), (190, 30, 45), (20, 120, 62), (215, 110, 20)

    m.text((W / 2, 52), "Two cells side by side", BLK, size=40)
    if wrong == "cells_stacked":
        # breaks "two cells side by side" (left / right): the cells are drawn one above the other
        cells = [((640, 250), 300, 145), ((640, 605), 300, 145)]
    else:
        cells = [((330, 470), 240, 215), ((950, 470), 240, 215)]
    (c1, rx1, ry1), (c2, rx2, ry2) = cells
    m.ellipse(c1, rx1, ry1, BLUE, width=8)
    m.ellipse(c2, rx2, ry2, BLUE, width=8)

    def at(c, rx, ry, fx, fy):
        return (c[0] + fx * rx, c[1] + fy * ry)

    items = []  # (kind, position, radius)
    items.append(("nucleus", at(c1, rx1, ry1, -0.15, -0.15), 0.34 * min(rx1, ry1) + 8))
    lys = [at(c1, rx1, ry1, 0.40, 0.45), at(c1, rx1, ry1, -0.50, 0.50)]
    pero = at(c2, rx2, ry2, -0.45, 0.45)
    if wrong == "lysosome_moved_to_right_cell":
        # breaks "the left cell has ... two lysosomes": one lysosome is drawn in the right cell
        lys = [at(c1, rx1, ry1, 0.40, 0.45), at(c2, rx2, ry2, 0.35, 0.50)]
    if wrong == "peroxisome_moved_to_left_cell":
        # breaks "the right cell has ... a peroxisome": the peroxisome is drawn in the left cell
        pero = at(c1, rx1, ry1, 0.50, -0.35)
    if wrong != "right_nucleus_missing":
        items.append(("nucleus", at(c2, rx2, ry2, 0.17, -0.12), 0.34 * min(rx2, ry2) + 8))
    else:
        # breaks "the right cell has a nucleus": the right cell is drawn without one
        pass
    for p in lys:
        items.append(("lysosome", p, 24))
    items.append(("peroxisome", pero, 27))

    for kind, (x, y), r in items:
        if kind == "nucleus":
            m.ellipse((x, y), r, r * 0.9, RED, width=7)
        elif kind == "lysosome":
            m.ellipse((x, y), r, r, GRN, width=6)
            for dx, dy in ((-7, -4), (6, -6), (0, 7)):
                m.stroke([(x + dx - 1, y + dy), (x + dx + 1, y + dy)], GRN, width=6)
        else:
            m.ellipse((x, y), r, r * 0.85, ORG, width=6)
            m.stroke([(x - 9, y - 8), (x + 9, y - 8), (x + 9, y + 8), (x - 9, y + 8), (x - 9, y - 8)], ORG, width=5)

    # labels with arrows, placed outside the cells
    stacked = wrong == "cells_stacked"
    for kind, (x, y), r in items:
        if kind == "nucleus":
            if stacked:
                lx, ly = (150 if x < 640 else 1130), y - 20
                m.text((lx, ly - 32), "nucleus", BLK, size=32)
                m.arrow((lx + (50 if lx < 640 else -50), ly - 10), (x - (r + 6 if lx < 640 else -r - 6), y), BLK, width=5)
            else:
                m.text((x, 165), "nucleus", BLK, size=32)
                m.arrow((x, 190), (x, y - r - 8), BLK, width=5)
    lys_pts = [p for k, p, r in items if k == "lysosome"]
    per_pts = [p for k, p, r in items if k == "peroxisome"]
    if stacked:
        m.text((150, 330), "lysosomes", BLK, size=32)
        for (x, y) in lys_pts:
            m.arrow((240, 336), (x - 26, y - 6), BLK, width=5)
        m.text((1140, 700), "peroxisome", BLK, size=32)
        for (x, y) in per_pts:
            m.arrow((1060, 690), (x + 30, y + 6), BLK, width=5)
    else:
        m.text((250, 755), "lysosomes", BLK, size=32)
        for (x, y) in lys_pts:
            m.arrow((250, 730), (x + (-10 if x > 250 else 10), y + 28), BLK, width=5)
        m.text((830, 755), "peroxisome", BLK, size=32)
        for (x, y) in per_pts:
            m.arrow((830, 730), (x, y + 30), BLK, width=5)
    return _png(_whiteboard_photo(board, seed=304))


def cases():
    return [
        {"id": "h6-cell-mpl-slide", "text": SLIDE_TEXT, "tool": "matplotlib (seaborn-v0_8-pastel)",
         "style": "16:9 lecture slide, coloured title bar, large labels (1600x900)",
         "draw": _draw_slide, "wrongs": list(SLIDE_WRONGS)},
        {"id": "h6-cell-cmyk-print", "text": CMYK_TEXT, "tool": "PIL + numpy CMYK separation / halftone model",
         "style": "offset print: CMYK rosette, plates out of register, serif labels (1240x820)",
         "draw": _draw_cmyk, "wrongs": list(CMYK_WRONGS)},
        {"id": "h6-cell-whiteboard", "text": BOARD_TEXT, "tool": "PIL marker strokes + photo model",
         "style": "whiteboard marker drawing photographed: keystone, glare, frame, JPEG (1432x952)",
         "draw": _draw_board, "wrongs": list(BOARD_WRONGS)},
    ]
