"""Held-out figures by other tools, set 8 — cell.

Three cells drawn the way other tools / people draw them:
  * a text-to-image-generator look (soft 3-D shading, gradient background, plain-font labels), numpy + OpenCV;
  * a hand-drawn sketch in matplotlib's xkcd mode;
  * black-and-white textbook line art (stippling, hatching, serif labels) at 300 dpi, then scanned.
"""

SCIENCE = "cell"

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

def _scan(img, seed, angle, blur=0.75, grain=6.0, paper=(243, 240, 230), ink=0.92, shade=0.07,
          specks=25, jpeg_q=88):
    """A flatbed scan of a printed page: paper tone, ink density, tilt (degrees), optics blur,
    sensor grain, uneven lamp, a few dust specks, JPEG at a fixed quality."""
    a = np.asarray(_flatten(img), dtype=np.float32) / 255.0
    p = np.array(paper, np.float32) / 255.0
    out = p * (1.0 - ink * (1.0 - a))
    im = Image.fromarray(np.clip(out * 255.0 + 0.5, 0, 255).astype(np.uint8))
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=tuple(paper))
    im = im.filter(ImageFilter.GaussianBlur(blur))
    w, h = im.size
    rs = np.random.RandomState(seed)
    arr = np.asarray(im, np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    lamp = 1.0 - shade * (((xx / w) - 0.35) ** 2 + 0.6 * ((yy / h) - 0.45) ** 2) - 0.025 * (xx / w)
    arr = arr * lamp[..., None] + rs.normal(0.0, grain, (h, w, 1)).astype(np.float32)
    for _ in range(specks):
        x, y = rs.randint(0, w), rs.randint(0, h)
        r = rs.uniform(0.5, 1.2)
        v = rs.uniform(110, 170)
        y0, y1, x0, x1 = max(0, int(y - 3)), min(h, int(y + 4)), max(0, int(x - 3)), min(w, int(x + 4))
        d = np.hypot(xx[y0:y1, x0:x1] - x, yy[y0:y1, x0:x1] - y)
        m = np.clip(r + 0.5 - d, 0, 1)[..., None]
        arr[y0:y1, x0:x1] = arr[y0:y1, x0:x1] * (1 - m) + v * m
    im = Image.fromarray(np.clip(arr + 0.5, 0, 255).astype(np.uint8))
    return _jpeg_roundtrip(im, jpeg_q) if jpeg_q else im

def _fbm(h, w, seed, base=8, octaves=4):
    """Fractal value noise in [0, 1], built from seeded random grids resized with bicubic filtering."""
    import cv2
    rs = np.random.RandomState(seed)
    out = np.zeros((h, w), np.float32)
    amp, tot = 1.0, 0.0
    for o in range(octaves):
        gh, gw = base * 2 ** o + 2, int(base * 2 ** o * w / h) + 2
        g = rs.uniform(0, 1, (gh, gw)).astype(np.float32)
        out += amp * cv2.resize(g, (w, h), interpolation=cv2.INTER_CUBIC)
        tot += amp
        amp *= 0.5
    out /= tot
    out = (out - out.min()) / (out.max() - out.min() + 1e-6)
    return out


def _shade(mask, base, light=(-0.55, -0.65, 0.55), height=18.0, amb=0.38, kd=0.75, ks=0.55, shin=28.0,
           rim=0.0):
    """Soft 3-D 'rendered' shading of a flat shape: a smooth dome height field (the mask blurred by about
    half its inner radius), normals from its gradient, Lambert + Blinn-Phong.  mask: float32 [0,1] (H, W).
    Returns RGB float (H, W, 3), zero outside the shape's box."""
    import cv2
    H, W = mask.shape
    out = np.zeros((H, W, 3), np.float32)
    ys, xs = np.nonzero(mask > 0.01)
    if len(xs) == 0:
        return out
    m8 = (mask > 0.5).astype(np.uint8)
    R = max(float(cv2.distanceTransform(m8, cv2.DIST_L2, 5).max()), 1.0)
    pad = int(R) + 6
    y0, y1 = max(0, ys.min() - pad), min(H, ys.max() + pad + 1)
    x0, x1 = max(0, xs.min() - pad), min(W, xs.max() + pad + 1)
    crop = mask[y0:y1, x0:x1].astype(np.float32)
    ch, cw = crop.shape
    sig = max(1.0, R * 0.45)
    k = max(1, int(sig // 3))
    small = cv2.resize(crop, (max(2, cw // k), max(2, ch // k)), interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(small, (0, 0), sig / k)
    hgt = cv2.resize(small, (cw, ch), interpolation=cv2.INTER_LINEAR)
    if k > 1:
        hgt = cv2.GaussianBlur(hgt, (0, 0), 0.8 * k)
    hgt = hgt / max(float(hgt.max()), 1e-6) * min(height, R)
    gy, gx = np.gradient(hgt)
    n = np.dstack([-gx, -gy, np.ones_like(gx)])
    n /= np.linalg.norm(n, axis=2, keepdims=True)
    L = np.array(light, np.float32)
    L /= np.linalg.norm(L)
    Hh = L + np.array([0, 0, 1], np.float32)
    Hh /= np.linalg.norm(Hh)
    diff = np.clip((n * L).sum(2), 0, 1)
    spec = np.clip((n * Hh).sum(2), 0, 1) ** shin
    b = np.array(base, np.float32)
    col = b * (amb + kd * diff)[..., None] + 255.0 * ks * spec[..., None]
    if rim:
        col += rim * 255.0 * ((1 - n[..., 2]) ** 2)[..., None]
    out[y0:y1, x0:x1] = col
    return out


def _over(canvas, rgb, alpha):
    """canvas, rgb: float32 (H, W, 3); alpha float32 (H, W)."""
    a = np.clip(alpha, 0, 1)[..., None]
    return canvas * (1 - a) + rgb * a


def _shadow(canvas, mask, dx, dy, blur, strength, color=(20, 20, 40)):
    import cv2
    m = np.roll(np.roll(mask, int(dy), axis=0), int(dx), axis=1)
    m = cv2.GaussianBlur(m, (0, 0), blur) * strength
    return _over(canvas, np.ones_like(canvas) * np.array(color, np.float32), m)


def _mask_from(size, draw_fn, ss=4):
    """An antialiased float mask drawn by draw_fn(ImageDraw, scale) at ss x supersampling."""
    w, h = size
    im = Image.new("L", (w * ss, h * ss), 0)
    draw_fn(ImageDraw.Draw(im), ss)
    im = im.resize((w, h), Image.LANCZOS)
    return np.asarray(im, np.float32) / 255.0
# ---- end of helpers ----


# ============================================================== case 1: text-to-image look (numpy / OpenCV)

_T1 = "An animal cell with a nucleus containing a nucleolus, five mitochondria and two lysosomes."
_W1 = ["nucleolus_outside_nucleus", "mitochondrion_dropped", "lysosome_extra", "mitochondrion_outside_cell"]


def _draw_aigen(wrong=None):
    import cv2
    if wrong not in [None] + _W1:
        raise ValueError(wrong)
    W, H = 1024, 1024
    seed = 801
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    top, bot = np.array([226, 238, 244], np.float32), np.array([168, 186, 214], np.float32)
    t = (yy / H)[..., None]
    can = top * (1 - t) + bot * t
    glow = np.exp(-(((xx - 260) ** 2) + ((yy - 180) ** 2)) / (2 * 330.0 ** 2))
    can += 22 * glow[..., None]
    tex = _fbm(H, W, seed, base=6, octaves=5)
    can += ((tex - 0.5) * 16)[..., None] * np.array([1.0, 0.95, 1.1], np.float32)

    # the cell: a soft irregular outline
    cx, cy, rx, ry = 512, 540, 300, 310
    pts = []
    for i in range(180):
        a = 2 * math.pi * i / 180
        r = 1 + 0.02 * math.sin(3 * a + 0.7) + 0.02 * math.sin(5 * a + 2.1)
        pts.append((cx + rx * r * math.cos(a), cy + ry * r * math.sin(a)))
    cell = _mask_from((W, H), lambda d, s: d.polygon([(x * s, y * s) for x, y in pts], fill=255))
    can = _shadow(can, cell, 14, 20, 22, 0.35, (40, 40, 80))
    body = _shade(cell, (250, 214, 206), height=70, amb=0.62, kd=0.42, ks=0.22, shin=10)
    body *= (0.95 + 0.1 * tex)[..., None]
    can = _over(can, body, cell * 0.93)
    inner = cv2.GaussianBlur(cv2.erode((cell > 0.5).astype(np.uint8), np.ones((15, 15), np.uint8)).astype(np.float32),
                             (0, 0), 2)
    ring = np.clip(cell - inner, 0, 1)
    memb = _shade(cell, (214, 112, 138), height=70, amb=0.6, kd=0.5, ks=0.5, shin=20, rim=0.25)
    can = _over(can, memb, ring)

    def capsule(x, y, L, Wd, ang):
        c, s = math.cos(math.radians(ang)), math.sin(math.radians(ang))

        def f(d, k):
            n = 40
            poly = []
            for i in range(n):
                a = 2 * math.pi * i / n
                px, py = (L / 2 - Wd / 2) * (1 if math.cos(a) > 0 else -1) + Wd / 2 * math.cos(a), Wd / 2 * math.sin(a)
                poly.append(((x + px * c - py * s) * k, (y + px * s + py * c) * k))
            d.polygon(poly, fill=255)
        return _mask_from((W, H), f)

    def disc(x, y, rx_, ry_):
        return _mask_from((W, H), lambda d, k: d.ellipse([(x - rx_) * k, (y - ry_) * k, (x + rx_) * k, (y + ry_) * k],
                                                         fill=255))

    # nucleus and nucleolus
    nx, ny = 495, 520
    nuc = disc(nx, ny, 108, 98)
    can = _shadow(can, nuc, 8, 11, 9, 0.35)
    ncol = _shade(nuc, (150, 112, 206), height=40, amb=0.45, kd=0.7, ks=0.35, shin=22)
    ncol *= (0.88 + 0.24 * _fbm(H, W, seed + 1, base=24, octaves=3))[..., None]
    can = _over(can, ncol, nuc)
    nring = np.clip(nuc - cv2.GaussianBlur(cv2.erode((nuc > 0.5).astype(np.uint8), np.ones((9, 9), np.uint8))
                                           .astype(np.float32), (0, 0), 1.5), 0, 1)
    can = _over(can, np.ones_like(can) * np.array([92, 60, 150], np.float32), nring * 0.8)
    nol_xy = (525, 500)
    if wrong == "nucleolus_outside_nucleus":
        nol_xy = (395, 680)  # breaks "a nucleus containing a nucleolus"
    nol = disc(nol_xy[0], nol_xy[1], 32, 29)
    can = _shadow(can, nol, 4, 6, 5, 0.35)
    can = _over(can, _shade(nol, (96, 48, 146), height=16, amb=0.45, kd=0.7, ks=0.6, shin=30), nol)

    # mitochondria (x, y, angle)
    def polar(deg, r):
        return (cx + rx * r * math.cos(math.radians(deg)), cy + ry * r * math.sin(math.radians(deg)))
    mitos = [polar(a, 0.7) + (a + 90,) for a in (215, 320, 165, 15, 100)]
    if wrong == "mitochondrion_dropped":
        mitos = mitos[:3] + mitos[4:]  # breaks "five mitochondria"
    if wrong == "mitochondrion_outside_cell":
        mitos[1] = (905, 165, -30)  # breaks "five mitochondria" inside the cell
    for i, (x, y, a) in enumerate(mitos):
        m = capsule(x, y, 112, 50, a)
        can = _shadow(can, m, 6, 9, 7, 0.35)
        col = _shade(m, (238, 132, 72), height=16, amb=0.45, kd=0.7, ks=0.45, shin=26)
        can = _over(can, col, m)
        # cristae: folds across the long axis
        c, s = math.cos(math.radians(a)), math.sin(math.radians(a))
        fold = Image.new("L", (W, H), 0)
        fd = ImageDraw.Draw(fold)
        zz = []
        for k in range(9):
            u = -40 + 10 * k
            v = (15 if k % 2 else -15)
            zz.append((x + u * c - v * s, y + u * s + v * c))
        fd.line(zz, fill=255, width=4, joint="curve")
        fm = cv2.GaussianBlur(np.asarray(fold, np.float32) / 255.0, (0, 0), 1.2) * m
        can = _over(can, np.ones_like(can) * np.array([168, 66, 38], np.float32), fm * 0.85)

    # lysosomes
    lys = [polar(60, 0.62), polar(270, 0.62)]
    if wrong == "lysosome_extra":
        lys = lys + [polar(130, 0.55)]  # breaks "two lysosomes"
    for (x, y) in lys:
        m = disc(x, y, 25, 25)
        can = _shadow(can, m, 4, 6, 5, 0.4)
        can = _over(can, _shade(m, (150, 200, 82), height=25, amb=0.42, kd=0.75, ks=0.8, shin=40), m)

    # soft focus, a touch of film grain
    can = cv2.GaussianBlur(can, (0, 0), 0.7)
    can += (_nrng(seed, "grain").normal(0, 2.2, (H, W, 1))).astype(np.float32)
    img = np.clip(can + 0.5, 0, 255).astype(np.uint8)

    # plain-font labels with thin leader lines
    def leader(p0, p1):
        cv2.line(img, tuple(int(v) for v in p0), tuple(int(v) for v in p1), (48, 48, 70), 2, cv2.LINE_AA)
        cv2.circle(img, tuple(int(v) for v in p1), 5, (48, 48, 70), -1, cv2.LINE_AA)

    m2 = mitos[1]
    mem = (cx + rx * 1.0 * math.cos(math.radians(140)), cy + ry * 0.985 * math.sin(math.radians(140)))
    l1 = lys[1]
    labels = [("cell membrane", (30, 905), "l", (190, 890), mem),
              ("nucleus", (30, 470), "l", (150, 470), (392, 505)),
              ("nucleolus", (860, 520), "l", (855, 520), (nol_xy[0] + 20, nol_xy[1])),
              ("mitochondrion", (780, 60), "l", (860, 90), (m2[0] + 15, m2[1] - 10)),
              ("lysosome", (780, 250), "l", (775, 262), (l1[0] + 20, l1[1] - 5))]
    for text, xy, _, p0, p1 in labels:
        leader(p0, p1)
    pil = Image.fromarray(img)
    glow = Image.new("L", (W, H), 0)
    gd = ImageDraw.Draw(glow)
    f = _font("dejavu/DejaVuSans.ttf", 27)
    for text, xy, _, p0, p1 in labels:
        gd.text(xy, text, font=f, fill=255, anchor="lm", stroke_width=6)
    glow = glow.filter(ImageFilter.GaussianBlur(5))
    white = Image.new("RGB", (W, H), (250, 250, 252))
    pil = Image.composite(white, pil, glow.point(lambda v: int(v * 0.75)))
    d = ImageDraw.Draw(pil)
    for text, xy, _, p0, p1 in labels:
        d.text(xy, text, font=f, fill=(34, 34, 52), anchor="lm")
    return _png(pil)


# ============================================================== case 2: matplotlib xkcd sketch

_T2 = ("Two cells side by side: the left cell has a nucleus and a Golgi apparatus, "
       "the right cell has a nucleus and four ribosomes.")
_W2 = ["golgi_in_right_cell", "ribosome_dropped", "right_nucleus_missing", "left_cell_two_nuclei"]


def _draw_xkcd(wrong=None):
    import matplotlib.pyplot as plt
    from matplotlib.figure import Figure
    from matplotlib.patches import Arc, Circle, Ellipse
    if wrong not in [None] + _W2:
        raise ValueError(wrong)
    with plt.xkcd(scale=1.2, length=90, randomness=2):
        with plt.rc_context({"font.family": "DejaVu Sans", "font.size": 15}):
            fig = Figure(figsize=(10, 5), dpi=100)
            ax = fig.add_axes([0, 0, 1, 1])
            ax.set_xlim(0, 10)
            ax.set_ylim(-0.2, 4.8)
            ax.set_aspect("equal")
            ax.axis("off")
            ax.add_patch(Ellipse((2.55, 2.3), 4.3, 3.5, fc="#fde9d9", ec="k", lw=2.2))
            ax.add_patch(Ellipse((7.45, 2.3), 4.3, 3.5, fc="#e3f1e1", ec="k", lw=2.2))
            # left cell: nucleus, Golgi apparatus
            ax.add_patch(Circle((2.0, 2.6), 0.62, fc="#c9b5e8", ec="k", lw=2))
            if wrong == "left_cell_two_nuclei":
                ax.add_patch(Circle((1.6, 1.35), 0.45, fc="#c9b5e8", ec="k", lw=2))  # breaks "the left cell has a nucleus"
            gx, gy = 3.35, 1.65
            if wrong == "golgi_in_right_cell":
                gx, gy = 8.15, 2.35  # breaks "the left cell has ... a Golgi apparatus"
            for k in range(4):
                ax.add_patch(Arc((gx, gy - 0.9 + 0.16 * k), 1.5 - 0.12 * k, 1.6 - 0.1 * k, theta1=50, theta2=130,
                                 color="#c0392b", lw=3.2))
            ax.annotate("Golgi apparatus", xy=(gx, gy - 0.05), xytext=(gx - 1.2, 4.45 if gx > 5 else 0.05),
                        arrowprops=dict(arrowstyle="->", color="k", lw=1.5))
            ax.annotate("nucleus", xy=(1.75, 3.1), xytext=(0.2, 4.45),
                        arrowprops=dict(arrowstyle="->", color="k", lw=1.5))
            # right cell: nucleus, four ribosomes
            if wrong != "right_nucleus_missing":  # breaks "the right cell has a nucleus"
                ax.add_patch(Circle((6.85, 2.75), 0.62, fc="#c9b5e8", ec="k", lw=2))
                ax.annotate("nucleus", xy=(6.7, 3.3), xytext=(5.6, 4.45),
                            arrowprops=dict(arrowstyle="->", color="k", lw=1.5))
            ribos = [(8.5, 3.25), (8.95, 2.2), (7.9, 1.2), (6.55, 1.45)]
            if wrong == "ribosome_dropped":
                ribos = ribos[:1] + ribos[2:]  # breaks "four ribosomes"
            for (x, y) in ribos:
                ax.add_patch(Circle((x, y), 0.1, fc="#1f3a93", ec="#1f3a93", lw=1))
            ax.annotate("ribosomes", xy=(7.9, 1.1), xytext=(8.1, 0.0),
                        arrowprops=dict(arrowstyle="->", color="k", lw=1.5))
            img = _mpl_image(fig, dpi=100)
    return _png(img)


# ============================================================== case 3: textbook line art, 300 dpi, scanned

_T3 = "A plant cell with a cell wall, a nucleus, a large vacuole and six chloroplasts."
_W3 = ["cell_wall_missing", "chloroplast_dropped", "chloroplast_outside_cell", "vacuole_small"]


def _draw_textbook(wrong=None):
    if wrong not in [None] + _W3:
        raise ValueError(wrong)
    S = 2  # supersampling
    W, H = 1680, 1200
    im = Image.new("L", (W * S, H * S), 255)
    d = ImageDraw.Draw(im)

    def P(x, y):
        return (x * S, y * S)

    def line(pts, w=1.6):
        d.line([P(*p) for p in pts], fill=0, width=max(1, int(round(w * S))), joint="curve")

    def ellipse_pts(cx, cy, rx, ry, ang=0.0, n=120):
        c, s = math.cos(math.radians(ang)), math.sin(math.radians(ang))
        return [(cx + rx * math.cos(2 * math.pi * i / n) * c - ry * math.sin(2 * math.pi * i / n) * s,
                 cy + rx * math.cos(2 * math.pi * i / n) * s + ry * math.sin(2 * math.pi * i / n) * c)
                for i in range(n + 1)]

    x0, y0, x1, y1 = 140, 120, 1140, 960
    if wrong != "cell_wall_missing":  # breaks "a cell wall"
        # wall hatching between the two outlines, then the outlines
        band = Image.new("L", im.size, 0)
        bd = ImageDraw.Draw(band)
        bd.rounded_rectangle([P(x0, y0), P(x1, y1)], radius=60 * S, fill=255)
        bd.rounded_rectangle([P(x0 + 24, y0 + 24), P(x1 - 24, y1 - 24)], radius=40 * S, fill=0)
        hat = Image.new("L", im.size, 255)
        hd = ImageDraw.Draw(hat)
        for k in range(-H, W, 11):
            hd.line([P(k, 0), P(k + H, H)], fill=0, width=int(1.0 * S))
        im.paste(hat, (0, 0), band)
        d.rounded_rectangle([P(x0, y0), P(x1, y1)], radius=60 * S, outline=0, width=int(2.2 * S))
        d.rounded_rectangle([P(x0 + 24, y0 + 24), P(x1 - 24, y1 - 24)], radius=40 * S, outline=0, width=int(1.8 * S))
    # cell membrane just inside the wall
    d.rounded_rectangle([P(x0 + 31, y0 + 31), P(x1 - 31, y1 - 31)], radius=34 * S, outline=0, width=int(1.3 * S))

    # large vacuole (tonoplast outline, a few dashes of sap)
    vx, vy, vrx, vry = 600, 560, 300, 265
    if wrong == "vacuole_small":
        vrx, vry = 105, 92  # breaks "a large vacuole"
    vp = [(vx + vrx * (1 + 0.04 * math.sin(3 * t)) * math.cos(t), vy + vry * (1 + 0.03 * math.cos(4 * t)) * math.sin(t))
          for t in [2 * math.pi * i / 160 for i in range(161)]]
    line(vp, 1.8)
    line([(p[0] + (vx - p[0]) * 0.06, p[1] + (vy - p[1]) * 0.06) for p in vp], 0.9)

    # nucleus: stippled
    nxc, nyc, nr = 995, 300, 78
    line(ellipse_pts(nxc, nyc, nr, nr * 0.92), 2.0)
    rs = _nrng(803, "stipple")
    for _ in range(420):
        a, r = rs.uniform(0, 2 * math.pi), nr * 0.9 * math.sqrt(rs.uniform(0, 1))
        x, y = nxc + r * math.cos(a), nyc + 0.92 * r * math.sin(a)
        d.ellipse([P(x - 1.3, y - 1.3), P(x + 1.3, y + 1.3)], fill=0)

    # chloroplasts with grana
    chl = [(245, 245, 30), (520, 212, 0), (232, 560, 90), (270, 850, -30), (640, 888, 0), (1040, 640, 90)]
    if wrong == "chloroplast_dropped":
        chl = chl[:3] + chl[4:]  # breaks "six chloroplasts"
    if wrong == "chloroplast_outside_cell":
        chl[2] = (78, 560, 90)  # breaks "six chloroplasts" inside the cell
    for (x, y, a) in chl:
        line(ellipse_pts(x, y, 50, 23, a), 1.8)
        c, s = math.cos(math.radians(a)), math.sin(math.radians(a))
        for u in (-26, 0, 26):
            for v in (-7, 0, 7):
                p0 = (x + (u - 8) * c - v * s, y + (u - 8) * s + v * c)
                p1 = (x + (u + 8) * c - v * s, y + (u + 8) * s + v * c)
                line([p0, p1], 1.4)

    # labels: serif, right margin, leader lines
    f = _font("liberation/LiberationSerif-Regular.ttf", 36 * S)
    lab = []
    if wrong != "cell_wall_missing":
        lab.append(("cell wall", 170, (x1 - 10, 190)))
    lab += [("nucleus", 330, (nxc + nr - 4, nyc + 10)),
            ("vacuole", 560, (vx + vrx * 0.7, vy + 20)),
            ("chloroplast", 760, (1040, 665))]
    for text, ly, (px, py) in lab:
        line([(1230, ly), (px, py)], 1.2)
        d.text(P(1245, ly), text, font=f, fill=0, anchor="lm")
    fc = _font("liberation/LiberationSerif-Italic.ttf", 32 * S)
    fb = _font("liberation/LiberationSerif-Bold.ttf", 32 * S)
    d.text(P(140, 1080), "Fig. 4.3", font=fb, fill=0, anchor="lm")
    d.text(P(275, 1080), "Structure of a plant cell (schematic).", font=fc, fill=0, anchor="lm")
    im = im.resize((W, H), Image.LANCZOS).convert("RGB")
    return _png(_scan(im, 803, angle=0.55, blur=0.8, grain=6.5, jpeg_q=90))


def cases():
    return [
        dict(id="h8-cell-aigen-render", text=_T1, tool="numpy + OpenCV (shaded height fields) + PIL text",
             style="text-to-image look: soft 3-D shading, gradient background, plain-font labels (1024x1024)",
             draw=_draw_aigen, wrongs=list(_W1)),
        dict(id="h8-cell-mpl-xkcd", text=_T2, tool="matplotlib xkcd mode",
             style="hand-drawn xkcd sketch, DejaVu Sans fallback font (1000x500)",
             draw=_draw_xkcd, wrongs=list(_W2)),
        dict(id="h8-cell-textbook-scan", text=_T3, tool="PIL ink line art (2x supersampled)",
             style="black-and-white textbook print at 300 dpi, stipple + hatching, serif labels, scanned 0.55 deg "
                   "(1680x1200)",
             draw=_draw_textbook, wrongs=list(_W3)),
    ]
