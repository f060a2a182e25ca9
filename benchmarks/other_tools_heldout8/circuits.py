"""Held-out figures by other tools, set 8 — circuits.

  * schemdraw exactly as a notebook uses it (default elements and labels, Drawing.save(..., dpi=500) with
    its default transparent background, viewed on white), a very large PNG;
  * a blue ballpoint sketch on lined paper, photographed (own jittered strokes, hand lettering);
  * a text-to-image-generator look: glossy rendered battery, resistor and meter joined by copper tubes
    (numpy + OpenCV).
"""

SCIENCE = "circuits"

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


# ============================================================== case 1: schemdraw defaults, very large

_T1 = "A 9 V battery with R1 = 100 Ω, R2 = 220 Ω and R3 = 330 Ω in series."
_W1 = ["r3_parallel_to_r2", "r2_dropped", "r1_label_150", "battery_label_12"]


def _draw_schemdraw(wrong=None):
    import os
    import tempfile
    import matplotlib.pyplot as plt
    import schemdraw
    import schemdraw.elements as elm
    if wrong not in [None] + _W1:
        raise ValueError(wrong)
    before = set(plt.get_fignums())
    d = schemdraw.Drawing(canvas="matplotlib", show=False)
    vlab = "12 V" if wrong == "battery_label_12" else "9 V"  # breaks "A 9 V battery" (when wrong)
    bat = d.add(elm.Battery().up().label(vlab))
    r1lab = "R1 = 150 Ω" if wrong == "r1_label_150" else "R1 = 100 Ω"  # breaks "R1 = 100 Ω" (when wrong)
    r1 = d.add(elm.Resistor().right().label(r1lab))
    if wrong == "r2_dropped":
        d.add(elm.Line().right())  # breaks "R2 = 220 Ω ... in series" (R2 left out)
        d.add(elm.Resistor().down().label("R3 = 330 Ω"))
    elif wrong == "r3_parallel_to_r2":
        r2 = d.add(elm.Resistor().right().label("R2 = 220 Ω"))
        d.add(elm.Line().at(r1.end).down(1.5))
        d.add(elm.Resistor().right().label("R3 = 330 Ω", loc="bottom"))  # breaks "in series" (R3 across R2)
        d.add(elm.Line().up(1.5))
        d.add(elm.Line().at(r2.end).down().toy(bat.start))
    else:
        d.add(elm.Resistor().right().label("R2 = 220 Ω"))
        d.add(elm.Resistor().down().label("R3 = 330 Ω"))
    d.add(elm.Line().left().tox(bat.start))
    d.draw(show=False)
    with tempfile.TemporaryDirectory() as tmp:
        fn = os.path.join(tmp, "circuit.png")
        d.save(fn, dpi=500)
        im = Image.open(fn)
        im.load()
    for n in set(plt.get_fignums()) - before:
        plt.close(n)
    return _png(_flatten(im))


# ============================================================== case 2: ballpoint on lined paper, photographed

_T2 = "A 3 V battery with two lamps in parallel."
_W2 = ["lamps_in_series", "lamp_dropped", "third_lamp", "battery_label_6"]


def _draw_ballpoint(wrong=None):
    if wrong not in [None] + _W2:
        raise ValueError(wrong)
    seed = 823
    PW, PH = 1500, 1120
    ink = _Ink((PW, PH))
    blue = (28, 52, 150)
    f = _font("dejavu/DejaVuSansCondensed-Oblique.ttf", 46)

    def seg(p, q, key, w=3):
        ink.path([p, q], blue, w, _rng(seed, key), jitter=1.0, passes=1, dens=230, overshoot=4)

    def lamp_v(x, yc, key, r=46):  # a lamp on a vertical branch: circle with a cross
        ink.ellipse(x, yc, r, r, blue, 3, _rng(seed, key + "c"), passes=1, dens=230)
        d = r * 0.7
        seg((x - d, yc - d), (x + d, yc + d), key + "x1", 2)
        seg((x - d, yc + d), (x + d, yc - d), key + "x2", 2)

    def lamp_h(xc, y, key, r=46):
        lamp_v(xc, y, key, r)

    xb, yt, yb = 330, 300, 820
    # battery on the left side: long (+) and short (-) plates
    ym = (yt + yb) / 2
    seg((xb, yt), (xb, ym - 22), "bw1")
    seg((xb - 70, ym - 22), (xb + 70, ym - 22), "bp1", 4)
    seg((xb - 36, ym + 22), (xb + 36, ym + 22), "bp2", 7)
    seg((xb, ym + 22), (xb, yb), "bw2")
    ink.text((xb - 100, ym - 50), "+", f, blue, _rng(seed, "plus"))
    vlab = "6 V" if wrong == "battery_label_6" else "3 V"  # breaks "A 3 V battery" (when wrong)
    ink.text((xb - 150, ym + 5), vlab, f, blue, _rng(seed, "vlab"))
    if wrong == "lamps_in_series":
        # breaks "two lamps in parallel": both lamps in the top wire, one after the other
        seg((xb, yt), (560 - 46, yt), "t1")
        lamp_h(560, yt, "L1s")
        seg((560 + 46, yt), (820 - 46, yt), "t2")
        lamp_h(820, yt, "L2s")
        seg((820 + 46, yt), (1000, yt), "t3")
        seg((1000, yt), (1000, yb), "r")
        seg((1000, yb), (xb, yb), "b")
    else:
        rungs = [(680, "L1"), (1000, "L2")]
        if wrong == "lamp_dropped":
            rungs = rungs[:1]  # breaks "two lamps"
        if wrong == "third_lamp":
            rungs = [(680, "L1"), (840, "L3"), (1000, "L2")]  # breaks "two lamps" (a third lamp)
        xr = max(x for x, _ in rungs)
        seg((xb, yt), (xr, yt), "top" + str(xr))
        seg((xb, yb), (xr, yb), "bot" + str(xr))
        for x, nm in rungs:
            seg((x, yt), (x, ym - 46), nm + "a")
            lamp_v(x, ym, nm)
            seg((x, ym + 46), (x, yb), nm + "b")
            if x != xr:
                ink.dot(x, yt, 7, blue)
                ink.dot(x, yb, 7, blue)
    paper = _paper(PW, PH, seed, kind="lined", step=62, tint=(250, 250, 246), line=(170, 196, 228), margin=170)
    page = ink.compose(paper, grain_seed=None)
    page = page.resize((1224, 914), Image.LANCZOS)
    corners = [(58, 40), (1222, 92), (1188, 930), (36, 900)]
    return _png(_photo(page, seed, (1280, 960), corners, table=(60, 64, 72), light_dir=(0.6, -0.8), light=0.34,
                       hotspot=(0.62, 0.72)))


# ============================================================== case 3: text-to-image look

_T3 = "A 6 V battery, a 2 Ω resistor and an ammeter in series."
_W3 = ["ammeter_parallel_to_resistor", "ammeter_dropped", "resistor_label_5", "battery_label_9"]


def _draw_aigen(wrong=None):
    import cv2
    if wrong not in [None] + _W3:
        raise ValueError(wrong)
    W, H = 1216, 832
    seed = 824
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    t = (yy / H)[..., None]
    can = np.array([40, 58, 84], np.float32) * (1 - t) + np.array([16, 22, 36], np.float32) * t
    glow = np.exp(-(((xx - 560) ** 2) / (2 * 480.0 ** 2) + ((yy - 380) ** 2) / (2 * 300.0 ** 2)))
    can += glow[..., None] * np.array([40, 60, 80], np.float32)
    can += ((_fbm(H, W, seed, base=5, octaves=5) - 0.5) * 14)[..., None]
    x0, y0, x1, y1 = 230, 210, 990, 640
    meter = (x1, (y0 + y1) / 2)
    res = ((x0 + x1) / 2, y0)
    bcx, bcy = x0, (y0 + y1) / 2
    bw, bh = 92, 230
    yt, yb = bcy - bh / 2 - 12, bcy + bh / 2 - 6   # the cell's terminals
    wires = []
    if wrong == "ammeter_parallel_to_resistor":
        # breaks "in series": the meter sits on a branch across the resistor
        meter = (res[0], y0 + 150)
        wires += [[(res[0] - 190, y0), (res[0] - 190, y0 + 150), (meter[0] - 70, y0 + 150)],
                  [(meter[0] + 70, y0 + 150), (res[0] + 190, y0 + 150), (res[0] + 190, y0)]]
        wires += [[(x0, yt), (x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, yb)]]
    elif wrong == "ammeter_dropped":
        meter = None  # breaks "an ammeter in series"
        wires += [[(x0, yt), (x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, yb)]]
    else:
        wires += [[(x0, yt), (x0, y0), (x1, y0), (x1, meter[1] - 70)],
                  [(x1, meter[1] + 70), (x1, y1), (x0, y1), (x0, yb)]]
    for k, wpts in enumerate(wires):
        mk = _mask_from((W, H), lambda d, s: d.line([(x * s, y * s) for x, y in wpts], fill=255, width=14 * s,
                                                    joint="curve"))
        can = _shadow(can, mk, 8, 12, 8, 0.5, (5, 5, 10))
        can = _over(can, _shade(mk, (196, 118, 58), height=7, amb=0.35, kd=0.8, ks=0.7, shin=30), mk)

    def body(mask, base, **kw):
        nonlocal can
        can = _shadow(can, mask, 10, 14, 10, 0.55, (5, 5, 10))
        can = _over(can, _shade(mask, base, **kw), mask)

    # battery: a vertical cylinder cell with a brass top band and a terminal nub
    body(_mask_from((W, H), lambda d, s: d.rounded_rectangle([(bcx - bw / 2) * s, (bcy - bh / 2) * s,
                                                              (bcx + bw / 2) * s, (bcy + bh / 2) * s],
                                                             radius=14 * s, fill=255)),
         (38, 42, 58), height=40, amb=0.4, kd=0.8, ks=0.6, shin=24)
    band = _mask_from((W, H), lambda d, s: d.rounded_rectangle([(bcx - bw / 2) * s, (bcy - bh / 2) * s,
                                                                (bcx + bw / 2) * s, (bcy - bh / 2 + 58) * s],
                                                               radius=14 * s, fill=255))
    can = _over(can, _shade(band, (214, 160, 60), height=40, amb=0.45, kd=0.8, ks=0.8, shin=30), band)
    nub = _mask_from((W, H), lambda d, s: d.rounded_rectangle([(bcx - 18) * s, (bcy - bh / 2 - 16) * s,
                                                               (bcx + 18) * s, (bcy - bh / 2 + 2) * s],
                                                              radius=5 * s, fill=255))
    can = _over(can, _shade(nub, (200, 200, 205), height=10, amb=0.5, kd=0.7, ks=0.9, shin=40), nub)
    # resistor: a ceramic capsule with metal leads
    rcx, rcy = res
    cap = _mask_from((W, H), lambda d, s: d.rounded_rectangle([(rcx - 95) * s, (rcy - 30) * s, (rcx + 95) * s,
                                                               (rcy + 30) * s], radius=30 * s, fill=255))
    body(cap, (226, 200, 156), height=30, amb=0.42, kd=0.75, ks=0.5, shin=22)
    # ammeter: a round panel meter
    if meter is not None:
        mcx, mcy = meter
        rim = _mask_from((W, H), lambda d, s: d.ellipse([(mcx - 72) * s, (mcy - 72) * s, (mcx + 72) * s,
                                                         (mcy + 72) * s], fill=255))
        body(rim, (150, 156, 168), height=30, amb=0.45, kd=0.7, ks=0.9, shin=36)
        face = _mask_from((W, H), lambda d, s: d.ellipse([(mcx - 56) * s, (mcy - 56) * s, (mcx + 56) * s,
                                                          (mcy + 56) * s], fill=255))
        fc = np.ones_like(can) * np.array([244, 242, 232], np.float32)
        fc *= (0.9 + 0.1 * np.clip(1 - ((xx - mcx + 20) ** 2 + (yy - mcy + 20) ** 2) / 9000.0, 0, 1))[..., None]
        can = _over(can, fc, face)
    can = cv2.GaussianBlur(can, (0, 0), 0.6)
    can += _nrng(seed, "grain").normal(0, 2.0, (H, W, 1)).astype(np.float32)
    img = Image.fromarray(np.clip(can + 0.5, 0, 255).astype(np.uint8))
    d = ImageDraw.Draw(img)
    f = _font("dejavu/DejaVuSans.ttf", 34)
    fb = _font("dejavu/DejaVuSans-Bold.ttf", 30)
    vlab = "9 V" if wrong == "battery_label_9" else "6 V"  # breaks "A 6 V battery" (when wrong)
    d.text((bcx, bcy + 30), vlab, font=fb, fill=(236, 236, 240), anchor="mm")
    d.text((bcx, bcy - bh / 2 + 29), "+", font=fb, fill=(60, 40, 10), anchor="mm")
    d.text((bcx, bcy + bh / 2 - 22), "\u2212", font=fb, fill=(200, 200, 210), anchor="mm")
    rlab = "5 Ω" if wrong == "resistor_label_5" else "2 Ω"  # breaks "a 2 Ω resistor" (when wrong)
    d.text((rcx, rcy - 62), rlab, font=f, fill=(236, 240, 246), anchor="mm")
    if meter is not None:
        mcx, mcy = meter
        for a in np.linspace(210, 330, 9):
            ca, sa = math.cos(math.radians(a)), math.sin(math.radians(a))
            d.line([(mcx + 40 * ca, mcy + 40 * sa), (mcx + 50 * ca, mcy + 50 * sa)], fill=(40, 40, 40), width=2)
        d.line([(mcx, mcy + 8), (mcx + 40 * math.cos(math.radians(250)), mcy + 40 * math.sin(math.radians(250)))],
               fill=(180, 30, 30), width=3)
        d.ellipse([mcx - 5, mcy + 3, mcx + 5, mcy + 13], fill=(40, 40, 40))
        d.text((mcx, mcy + 30), "A", font=_font("dejavu/DejaVuSans-Bold.ttf", 34), fill=(30, 30, 30), anchor="mm")
    return _png(img)


def cases():
    return [
        dict(id="h8-circuits-schemdraw-default-large", text=_T1,
             tool="schemdraw 0.23 (default elements, Drawing.save dpi=500, transparent)",
             style="schemdraw defaults as saved from a notebook, very large (1888x999; two wrongs 1826 and 1944 px wide)",
             draw=_draw_schemdraw, wrongs=list(_W1)),
        dict(id="h8-circuits-ballpoint-photo", text=_T2, tool="PIL ballpoint strokes + OpenCV perspective",
             style="blue ballpoint sketch on lined paper, hand lettering, phone photo (1280x960)",
             draw=_draw_ballpoint, wrongs=list(_W2)),
        dict(id="h8-circuits-aigen-render", text=_T3, tool="numpy + OpenCV (shaded copper tubes, cylinder cell, meter)",
             style="text-to-image look: dark gradient, glossy 3-D components, soft shadows, plain labels (1216x832)",
             draw=_draw_aigen, wrongs=list(_W3)),
    ]
