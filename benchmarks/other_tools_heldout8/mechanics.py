"""Held-out figures by other tools, set 8 — mechanics.

  * a text-to-image-generator look: a rendered wooden block on a tiled floor with glossy 3-D force arrows
    (numpy + OpenCV), forces at 12 px per newton;
  * black-and-white textbook line art (OpenCV strokes, serif labels), an Atwood machine, forces at 3 px per
    newton, printed at 200 dpi and scanned;
  * a 16:9 lecture slide built as one matplotlib figure (title bar, bullets, free-body diagram), exported at
    1920 x 1080 and shrunk to 960 px.
Weights are W = m g with g = 9.81 m/s^2.
"""

SCIENCE = "mechanics"

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

_G = 9.81


# ============================================================== case 1: text-to-image look

_T1 = "A 2 kg block is pushed along a horizontal floor by a 15 N force, with a friction force of 5 N."
_W1 = ["friction_same_direction", "friction_label_8", "applied_drawn_30N", "mass_label_4"]


def _draw_aigen(wrong=None):
    import cv2
    if wrong not in [None] + _W1:
        raise ValueError(wrong)
    W, H = 1216, 832
    seed = 819
    m, Fa, fr = 2.0, 15.0, 5.0
    Wt = m * _G                          # 19.62 N
    Nn = Wt                              # no vertical acceleration
    s = 12.0                             # px per newton
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    floor_y = 560.0
    # backdrop wall and a perspective tiled floor
    t = np.clip(yy / floor_y, 0, 1)[..., None]
    can = np.array([214, 224, 236], np.float32) * (1 - t) + np.array([184, 196, 214], np.float32) * t
    can += ((_fbm(H, W, seed, base=4, octaves=4) - 0.5) * 10)[..., None]
    fl = yy >= floor_y
    depth = np.clip((yy - floor_y) / (H - floor_y), 0, 1)
    zf = 1.0 / (0.08 + depth)
    u = (xx - W / 2) / (W / 2) * (1.0 / (0.35 + depth * 0.65))
    tile = ((np.floor(u * 3.0) + np.floor(zf * 0.9)) % 2).astype(np.float32)
    wood = _fbm(H, W, seed + 2, base=10, octaves=4)
    floorc = np.array([168, 128, 92], np.float32) * (0.82 + 0.12 * tile + 0.14 * wood)[..., None]
    floorc *= (0.78 + 0.3 * depth)[..., None]
    can = np.where(fl[..., None], floorc, can)
    can = cv2.GaussianBlur(can, (0, 0), 0.8)

    # the block (front face + top + side, slight 3/4 view)
    bx0, bx1, by0, by1 = 470.0, 730.0, 380.0, floor_y
    dx, dy = 46.0, -30.0
    shadow = np.zeros((H, W), np.float32)
    cv2.ellipse(shadow, (int((bx0 + bx1) / 2 + 22), int(floor_y + 6)), (170, 26), 0, 0, 360, 1.0, -1, cv2.LINE_AA)
    can = _shadow(can, shadow, 0, 0, 16, 0.55)
    grain = _fbm(H, W, seed + 3, base=30, octaves=3)
    streak = 0.5 + 0.5 * np.sin(yy * 0.21 + 6.0 * grain)

    def face(poly, base, light):
        mk = _mask_from((W, H), lambda d, k: d.polygon([(x * k, y * k) for x, y in poly], fill=255))
        col = np.array(base, np.float32) * (light * (0.82 + 0.22 * streak))[..., None]
        return mk, col

    for poly, base, light in (([(bx0, by0), (bx1, by0), (bx1 + dx, by0 + dy), (bx0 + dx, by0 + dy)], (222, 170, 108), 1.08),
                              ([(bx1, by0), (bx1 + dx, by0 + dy), (bx1 + dx, by1 + dy), (bx1, by1)], (180, 128, 76), 0.8),
                              ([(bx0, by0), (bx1, by0), (bx1, by1), (bx0, by1)], (206, 152, 92), 1.0)):
        mk, col = face(poly, base, light)
        can = _over(can, col, mk)
    can += _nrng(seed, "grain").normal(0, 2.0, (H, W, 1)).astype(np.float32)
    img = np.clip(can + 0.5, 0, 255).astype(np.float32)

    # glossy 3-D arrows: a shaded shaft (cylinder-like gradient across its width) and a cone-like head
    def arrow(canv, x0, y0, x1, y1, col):
        L = math.hypot(x1 - x0, y1 - y0)
        ux, uy = (x1 - x0) / L, (y1 - y0) / L
        nx, ny = -uy, ux
        hl = min(40.0, 0.45 * L)
        hw, sw = hl * 0.55, min(8.0, hl * 0.2)
        bxp, byp = x1 - ux * hl, y1 - uy * hl
        shaft = [(x0 + nx * sw, y0 + ny * sw), (bxp + nx * sw, byp + ny * sw), (bxp - nx * sw, byp - ny * sw),
                 (x0 - nx * sw, y0 - ny * sw)]
        head = [(x1, y1), (bxp + nx * hw, byp + ny * hw), (bxp - nx * hw, byp - ny * hw)]
        mk = _mask_from((W, H), lambda d, k: (d.polygon([(x * k, y * k) for x, y in shaft], fill=255),
                                             d.polygon([(x * k, y * k) for x, y in head], fill=255)))
        canv = _shadow(canv, mk, 6, 8, 6, 0.35)
        across = ((xx - x0) * nx + (yy - y0) * ny) / hw
        shade = 0.55 + 0.55 * np.clip(1 - np.abs(across + 0.25) * 1.3, 0, 1) ** 1.5
        spec = np.clip(1 - np.abs(across + 0.35) * 6.0, 0, 1) ** 2
        c = np.array(col, np.float32) * shade[..., None] + 255 * 0.55 * spec[..., None]
        return _over(canv, c, mk)

    cx, cy = (bx0 + bx1) / 2, (by0 + by1) / 2
    fa_len = (30.0 if wrong == "applied_drawn_30N" else Fa) * s  # breaks "a 15 N force" (drawn as 30 N)
    img = arrow(img, bx0 - 8 - fa_len, cy, bx0 - 8, cy, (60, 110, 220))
    fdir = 1 if wrong == "friction_same_direction" else -1  # breaks "a friction force of 5 N" (along the push)
    fx0 = bx0 + 20
    img = arrow(img, fx0, floor_y + 30, fx0 + fdir * fr * s, floor_y + 30, (230, 150, 40))
    img = arrow(img, cx, cy, cx, cy + Wt * s, (210, 60, 60))
    img = arrow(img, cx + 40, cy, cx + 40, cy - Nn * s, (60, 170, 90))
    pil = Image.fromarray(np.clip(img + 0.5, 0, 255).astype(np.uint8))
    d = ImageDraw.Draw(pil)
    f = _font("dejavu/DejaVuSans.ttf", 30)
    fbd = _font("dejavu/DejaVuSans-Bold.ttf", 40)
    d.text((cx - 40, cy - 45), "4 kg" if wrong == "mass_label_4" else "2 kg", font=fbd, fill=(70, 40, 16),
           anchor="mm")  # breaks "A 2 kg block" (when wrong)
    d.text((bx0 - 8 - fa_len / 2, cy - 40), "F = 15 N", font=f, fill=(30, 40, 80), anchor="mm")
    flab = "f = 8 N" if wrong == "friction_label_8" else "f = 5 N"  # breaks "a friction force of 5 N" (when wrong)
    d.text((fx0 + fdir * fr * s / 2, floor_y + 80), flab, font=f, fill=(60, 36, 10),
           anchor="mm")
    d.text((cx - 22, cy + Wt * s + 24), "W = 19.6 N", font=f, fill=(80, 20, 20), anchor="rm")
    d.text((cx + 70, cy - Nn * s + 10), "N = 19.6 N", font=f, fill=(20, 70, 40), anchor="lm")
    d.line([(60, 780), (60 + 10 * s, 780)], fill=(40, 40, 50), width=4)
    d.text((60 + 10 * s + 14, 780), "10 N", font=_font("dejavu/DejaVuSans.ttf", 24), fill=(40, 40, 50), anchor="lm")
    return _png(pil)


# ============================================================== case 2: textbook Atwood machine, scanned

_T2 = "Two blocks of 2 kg and 7 kg hang from a string over a pulley."
_W2 = ["m2_label_5", "block_2kg_dropped", "string_missing", "pulley_missing"]


def _draw_textbook(wrong=None):
    import cv2
    if wrong not in [None] + _W2:
        raise ValueError(wrong)
    m1, m2 = 2.0, 7.0
    T = 2 * m1 * m2 * _G / (m1 + m2)      # 30.52 N
    W1, W2 = m1 * _G, m2 * _G             # 19.62 N, 68.67 N
    s = 3.0                               # px per newton
    S = 2
    Wd, Hd = 1100, 1400
    img = np.full((Hd * S, Wd * S), 255, np.uint8)

    def P(x, y):
        return (int(round(x * S * 16)), int(round(y * S * 16)))

    def line(p, q, w=2.0):
        cv2.line(img, P(*p), P(*q), 0, max(1, int(round(w * S))), cv2.LINE_AA, 4)

    def arrow(p, q, w=2.0):
        line(p, q, w)
        a = math.atan2(q[1] - p[1], q[0] - p[0])
        tri = np.array([P(*q), P(q[0] - 18 * math.cos(a) + 7 * math.sin(a), q[1] - 18 * math.sin(a) - 7 * math.cos(a)),
                        P(q[0] - 18 * math.cos(a) - 7 * math.sin(a), q[1] - 18 * math.sin(a) + 7 * math.cos(a))])
        cv2.fillPoly(img, [tri], 0, cv2.LINE_AA, 4)

    # ceiling with hatching
    line((250, 150), (850, 150), 3)
    for x in range(260, 850, 22):
        line((x, 150), (x + 18, 124), 1.2)
    px, py, pr = 550.0, 300.0, 90.0
    if wrong != "pulley_missing":  # breaks "over a pulley"
        line((px, 150), (px, py), 3)          # bracket
        cv2.circle(img, P(px, py), int(pr * S * 16), 0, int(3 * S), cv2.LINE_AA, 4)
        cv2.circle(img, P(px, py), int((pr - 14) * S * 16), 0, int(1.2 * S), cv2.LINE_AA, 4)
        cv2.circle(img, P(px, py), int(9 * S * 16), 0, -1, cv2.LINE_AA, 4)
    # blocks: equal density, so side grows as m^(1/3)
    a1 = 120.0 * (m1 / m2) ** (1 / 3)
    a2 = 120.0
    lx, rx = px - pr, px + pr
    top1, top2 = 640.0, 860.0
    if wrong != "string_missing":  # breaks "from a string"
        cv2.ellipse(img, P(px, py), (int(pr * S * 16), int(pr * S * 16)), 0, 180, 360, 0, int(2 * S), cv2.LINE_AA, 4)
        line((lx, py), (lx, top1), 2)
        line((rx, py), (rx, top2), 2)
    if wrong != "block_2kg_dropped":  # breaks "Two blocks of 2 kg and 7 kg"
        cv2.rectangle(img, P(lx - a1 / 2, top1), P(lx + a1 / 2, top1 + a1), 0, int(2.4 * S), cv2.LINE_AA, 4)
        arrow((lx - 26, top1), (lx - 26, top1 - T * s))
        arrow((lx, top1 + a1), (lx, top1 + a1 + W1 * s))
    cv2.rectangle(img, P(rx - a2 / 2, top2), P(rx + a2 / 2, top2 + a2), 0, int(2.4 * S), cv2.LINE_AA, 4)
    arrow((rx + 26, top2), (rx + 26, top2 - T * s))
    arrow((rx, top2 + a2), (rx, top2 + a2 + W2 * s))
    # force scale bar
    line((120, 1240), (120 + 20 * s, 1240), 2)
    line((120, 1232), (120, 1248), 1.5)
    line((120 + 20 * s, 1232), (120 + 20 * s, 1248), 1.5)
    im = Image.fromarray(img).resize((Wd, Hd), Image.LANCZOS)
    d = ImageDraw.Draw(im)
    fi = _font("liberation/LiberationSerif-Italic.ttf", 36)
    fr_ = _font("liberation/LiberationSerif-Regular.ttf", 34)
    fsub = _font("liberation/LiberationSerif-Regular.ttf", 24)

    def sym(x, y, main, sub, anchor="lm"):
        d.text((x, y), main, font=fi, fill=0, anchor=anchor)
        w_ = d.textlength(main, font=fi)
        x0 = x if anchor[0] == "l" else x - w_
        d.text((x0 + w_ + 1, y + 12), sub, font=fsub, fill=0, anchor="lm")

    if wrong != "block_2kg_dropped":
        d.text((lx, top1 + a1 / 2), "2 kg", font=fr_, fill=0, anchor="mm")
        sym(lx - 40, top1 - T * s / 2, "T", "", "rm")
        d.text((lx + 14, top1 + a1 + W1 * s - 6), "m", font=fi, fill=0, anchor="lm")
        d.text((lx + 14 + d.textlength("m", font=fi), top1 + a1 + W1 * s + 4), "1", font=fsub, fill=0, anchor="lm")
        d.text((lx + 14 + d.textlength("m", font=fi) + 13, top1 + a1 + W1 * s - 6), "g", font=fi, fill=0, anchor="lm")
    d.text((rx, top2 + a2 / 2), "5 kg" if wrong == "m2_label_5" else "7 kg", font=fr_, fill=0,
           anchor="mm")  # breaks "7 kg" (when wrong)
    sym(rx + 40, top2 - T * s / 2, "T", "", "lm")
    d.text((rx + 14, top2 + a2 + W2 * s - 10), "m", font=fi, fill=0, anchor="lm")
    d.text((rx + 14 + d.textlength("m", font=fi), top2 + a2 + W2 * s), "2", font=fsub, fill=0, anchor="lm")
    d.text((rx + 14 + d.textlength("m", font=fi) + 13, top2 + a2 + W2 * s - 10), "g", font=fi, fill=0, anchor="lm")
    d.text((120 + 20 * s + 14, 1240), "20 N", font=fsub, fill=0, anchor="lm")
    d.text((120, 1320), "Fig. 5.12", font=_font("liberation/LiberationSerif-Bold.ttf", 30), fill=0, anchor="lm")
    d.text((255, 1320), "Forces drawn to scale.", font=_font("liberation/LiberationSerif-Italic.ttf", 30), fill=0,
           anchor="lm")
    return _png(_scan(im.convert("RGB"), 821, angle=0.5, blur=0.75, grain=6.0, jpeg_q=88))


# ============================================================== case 3: matplotlib slide

_T3 = "A 2 kg mass hangs from a spring with spring constant 80 N/m."
_W3 = ["mass_label_3", "k_label_40", "spring_arrow_half", "string_instead_of_spring"]


def _draw_slide(wrong=None):
    from matplotlib.figure import Figure
    from matplotlib.patches import FancyArrowPatch, Rectangle
    if wrong not in [None] + _W3:
        raise ValueError(wrong)
    m, k = 2.0, 80.0
    Wt = m * _G                          # 19.62 N
    Fs = Wt                              # at rest: F_s = W
    fig = Figure(figsize=(19.2, 10.8), dpi=100, facecolor="white")
    fig.patches.append(Rectangle((0, 0.86), 1, 0.14, transform=fig.transFigure, color="#1b5e20", zorder=0))
    fig.patches.append(Rectangle((0, 0.855), 1, 0.006, transform=fig.transFigure, color="#a5d6a7", zorder=0))
    fig.text(0.04, 0.93, "Hooke's law", color="white", fontsize=44, fontweight="bold", va="center")
    for i, (b, line) in enumerate([(True, "Free-body diagram of"), (False, "the hanging mass"),
                                   (True, "Arrows drawn to scale"), (True, "g = 9.81 m/s\u00b2")]):
        y = 0.72 - i * 0.075 - (0.02 if i >= 2 else 0) - (0.02 if i >= 3 else 0)
        if b:
            fig.text(0.045, y, "\u25a0", color="#2e7d32", fontsize=18, va="center")
        fig.text(0.07, y, line, fontsize=30, va="center", color="#263238")
    fig.text(0.04, 0.04, "PHYS 101 \u00b7 Forces", fontsize=16, color="#90a4ae")
    fig.text(0.96, 0.04, "9", fontsize=16, color="#90a4ae", ha="right")
    ax = fig.add_axes([0.45, 0.03, 0.5, 0.8])
    ax.set_xlim(-2.5, 2.5)
    ax.set_ylim(-3.4, 3.95)
    ax.set_aspect("equal")
    ax.axis("off")
    # ceiling
    ax.plot([-1.6, 1.6], [3.6, 3.6], color="k", lw=3)
    for x in np.arange(-1.5, 1.6, 0.2):
        ax.plot([x, x + 0.15], [3.6, 3.78], color="k", lw=1.2)
    top, bot = 3.6, 0.9
    if wrong == "string_instead_of_spring":
        ax.plot([0, 0], [top, bot], color="k", lw=2)  # breaks "hangs from a spring" (drawn as a string)
    else:
        n = 9
        ys = np.linspace(top - 0.25, bot + 0.25, 2 * n + 1)
        xs = [0.0] + [(-0.35 if i % 2 else 0.35) for i in range(1, 2 * n)] + [0.0]
        ax.plot([0, 0] + xs + [0, 0], [top, top - 0.25] + list(ys) + [bot + 0.25, bot], color="#37474f", lw=2.5)
    ax.text(-0.6, (top + bot) / 2, "k = 40 N/m" if wrong == "k_label_40" else "k = 80 N/m", fontsize=26,
            va="center", ha="right")  # breaks "spring constant 80 N/m" (when wrong)
    ax.add_patch(Rectangle((-0.6, -0.3), 1.2, 1.2, fc="#90caf9", ec="#0d47a1", lw=2.5))
    ax.text(0, 0.3, "3 kg" if wrong == "mass_label_3" else "2 kg", fontsize=28, ha="center", va="center",
            fontweight="bold", color="#0d47a1")  # breaks "A 2 kg mass" (when wrong)
    sc = 0.1                              # axis units per newton
    fs_len = Fs * sc * (0.5 if wrong == "spring_arrow_half" else 1.0)  # breaks "A 2 kg mass hangs from a spring" (F_s = W/2)
    ax.add_patch(FancyArrowPatch((0.85, 0.3), (0.85, 0.3 + fs_len), arrowstyle="-|>", mutation_scale=40, lw=4,
                                 color="#2e7d32"))
    ax.add_patch(FancyArrowPatch((0, -0.3), (0, -0.3 - Wt * sc), arrowstyle="-|>", mutation_scale=40, lw=4,
                                 color="#c62828"))
    ax.text(1.05, 0.3 + fs_len / 2 + 0.3, "$F_s$ = 19.6 N", fontsize=24, color="#2e7d32", va="center")
    ax.text(0.25, -0.3 - Wt * sc / 2 - 0.5, "$W$ = 19.6 N", fontsize=24, color="#c62828", va="center")
    ax.plot([-2.3, -2.3 + 10 * sc], [-3.1, -3.1], color="k", lw=3)
    ax.text(-2.3 + 10 * sc + 0.15, -3.1, "10 N", fontsize=20, va="center")
    im = _mpl_image(fig, dpi=100)
    return _png(im.resize((960, 540), Image.LANCZOS))


def cases():
    return [
        dict(id="h8-mechanics-aigen-block", text=_T1, tool="numpy + OpenCV (wood block, tiled floor, glossy arrows)",
             style="text-to-image look: rendered 3/4-view block, soft shadows, 3-D arrows at 12 px/N, plain labels "
                   "(1216x832)",
             draw=_draw_aigen, wrongs=list(_W1)),
        dict(id="h8-mechanics-opencv-textbook-scan", text=_T2, tool="OpenCV strokes + PIL serif text",
             style="black-and-white textbook Atwood machine at 200 dpi, hatched ceiling, forces at 3 px/N, "
                   "scanned 0.5 deg (1100x1400)",
             draw=_draw_textbook, wrongs=list(_W2)),
        dict(id="h8-mechanics-mpl-slide", text=_T3, tool="matplotlib (whole slide as one Figure)",
             style="16:9 slide, green title bar, bullets, coil spring free-body diagram, shrunk to 960 px (960x540)",
             draw=_draw_slide, wrongs=list(_W3)),
    ]
