"""Held-out set 9, optics: a photographed whiteboard, an Excalidraw-like sketch, a greyscale print."""
# ---- helpers (shared by the set-9 modules; the same block is copied into each) ----
import io
import math
import random
import struct
import zlib

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

_FD = "/usr/share/fonts/truetype/"
_FONTS = {
    "sans": "dejavu/DejaVuSans.ttf", "sansb": "dejavu/DejaVuSans-Bold.ttf",
    "cond": "dejavu/DejaVuSansCondensed.ttf", "condb": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "condo": "dejavu/DejaVuSansCondensed-Oblique.ttf", "mono": "dejavu/DejaVuSansMono.ttf",
    "monob": "dejavu/DejaVuSansMono-Bold.ttf",
    "lsans": "liberation/LiberationSans-Regular.ttf", "lsansb": "liberation/LiberationSans-Bold.ttf",
    "lsansi": "liberation/LiberationSans-Italic.ttf",
    "serif": "liberation/LiberationSerif-Regular.ttf", "serifi": "liberation/LiberationSerif-Italic.ttf",
    "serifb": "liberation/LiberationSerif-Bold.ttf",
    "narrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "narrowb": "liberation/LiberationSansNarrow-Bold.ttf",
    "narrowi": "liberation/LiberationSansNarrow-Italic.ttf",
    "narrowbi": "liberation/LiberationSansNarrow-BoldItalic.ttf",
}
_FCACHE = {}


def font(kind, size):
    size = max(6, int(round(size)))
    key = (kind, size)
    if key not in _FCACHE:
        _FCACHE[key] = ImageFont.truetype(_FD + _FONTS[kind], size)
    return _FCACHE[key]


def seed_of(*parts):
    """A stable seed (CRC-32, never hash())."""
    return zlib.crc32("|".join(str(p) for p in parts).encode("utf-8")) & 0xFFFFFFFF


def to_png(img):
    """8-bit RGB PNG with only the IHDR, IDAT and IEND chunks."""
    img = img.convert("RGB")
    buf = io.BytesIO()
    img.save(buf, "PNG", compress_level=6)
    data = buf.getvalue()
    out, i = [data[:8]], 8
    while i < len(data):
        n = struct.unpack(">I", data[i:i + 4])[0]
        if data[i + 4:i + 8] in (b"IHDR", b"IDAT", b"IEND"):
            out.append(data[i:i + 12 + n])
        i += 12 + n
    return b"".join(out)


def _densify(pts, step):
    out = []
    for (x0, y0), (x1, y1) in zip(pts[:-1], pts[1:]):
        n = max(1, int(math.hypot(x1 - x0, y1 - y0) / step))
        for k in range(n):
            t = k / n
            out.append((x0 + (x1 - x0) * t, y0 + (y1 - y0) * t))
    out.append(pts[-1])
    return out


def _wobble(pts, rng, amp, step=6.0):
    """Hand-drawn wobble: a smooth random offset along the stroke plus end overshoot."""
    if amp <= 0:
        return list(pts)
    d = _densify(pts, step)
    ph = [rng.uniform(0, 6.283) for _ in range(4)]
    fr = [rng.uniform(0.004, 0.012), rng.uniform(0.015, 0.03)]
    out, s = [], 0.0
    for i, (x, y) in enumerate(d):
        if i:
            s += math.hypot(x - d[i - 1][0], y - d[i - 1][1])
        ox = amp * (math.sin(s * fr[0] + ph[0]) + 0.5 * math.sin(s * fr[1] + ph[1]))
        oy = amp * (math.sin(s * fr[0] + ph[2]) + 0.5 * math.sin(s * fr[1] + ph[3]))
        out.append((x + ox, y + oy))
    return out


class Canvas:
    """A supersampled drawing surface. mode: "clean" (exact), "sketch" (Excalidraw: two jittered passes),
    "marker" (one wobbly round-capped stroke), "chalk" (wobbly, textured when composited)."""

    def __init__(self, w, h, bg=(255, 255, 255), ss=2, mode="clean", seed=0, amp=1.5):
        self.w, self.h, self.S, self.mode, self.seed, self.amp = w, h, ss, mode, seed, amp
        self.bg = bg
        self.layer = Image.new("RGBA", (w * ss, h * ss), (0, 0, 0, 0))
        self.d = ImageDraw.Draw(self.layer)

    def rng(self, key):
        return random.Random(seed_of(self.seed, key))

    def _p(self, pts):
        return [(x * self.S, y * self.S) for x, y in pts]

    def _stroke(self, pts, fill, width, rng, closed=False, amp=None):
        amp = self.amp if amp is None else amp
        if closed:
            pts = list(pts) + [pts[0]]
        w = max(1, int(round(width * self.S)))
        passes = 2 if self.mode == "sketch" else 1
        for _ in range(passes):
            q = _wobble(pts, rng, amp) if self.mode != "clean" else list(pts)
            q = self._p(q)
            self.d.line(q, fill=fill, width=w, joint="curve")
            if self.mode != "clean" or width >= 3:
                r = w / 2.0
                for (x, y) in (q[0], q[-1]):
                    self.d.ellipse([x - r, y - r, x + r, y + r], fill=fill)

    def line(self, pts, fill, width=2, key="", closed=False, dash=None, amp=None):
        rng = self.rng(("line", key, tuple(pts[0])))
        if dash:
            d = _densify(list(pts) + ([pts[0]] if closed else []), 1.0)
            on, off = dash
            seg, acc, draw_on = [d[0]], 0.0, True
            for a, b in zip(d[:-1], d[1:]):
                acc += math.hypot(b[0] - a[0], b[1] - a[1])
                seg.append(b)
                if acc >= (on if draw_on else off):
                    if draw_on and len(seg) > 1:
                        self._stroke(seg, fill, width, rng, amp=0 if self.mode == "clean" else amp)
                    seg, acc, draw_on = [b], 0.0, not draw_on
            if draw_on and len(seg) > 1:
                self._stroke(seg, fill, width, rng)
            return
        self._stroke(list(pts), fill, width, rng, closed=closed, amp=amp)

    def poly(self, pts, fill=None, outline=None, width=2, key="", fill_offset=True):
        rng = self.rng(("poly", key))
        if fill is not None:
            q = list(pts)
            if self.mode == "sketch" and fill_offset:
                dx, dy = rng.uniform(-3, 3), rng.uniform(-3, 3)
                q = [(x + dx, y + dy) for x, y in q]
            self.d.polygon(self._p(q), fill=fill)
        if outline is not None:
            self._stroke(list(pts), outline, width, rng, closed=True)

    def ellipse_pts(self, cx, cy, rx, ry, n=96, a0=0.0, a1=2 * math.pi):
        return [(cx + rx * math.cos(a0 + (a1 - a0) * k / n), cy + ry * math.sin(a0 + (a1 - a0) * k / n))
                for k in range(n + 1)]

    def ellipse(self, cx, cy, rx, ry, fill=None, outline=None, width=2, key=""):
        pts = self.ellipse_pts(cx, cy, rx, ry)
        if self.mode == "clean":
            box = [(cx - rx) * self.S, (cy - ry) * self.S, (cx + rx) * self.S, (cy + ry) * self.S]
            self.d.ellipse(box, fill=fill, outline=outline,
                           width=max(1, int(round(width * self.S))) if outline else 0)
            return
        self.poly(pts[:-1], fill=fill, outline=outline, width=width, key=key)

    def rrect(self, x0, y0, x1, y1, r, fill=None, outline=None, width=2, key="", shadow=None):
        if shadow:
            off, col = shadow
            sh = Image.new("RGBA", self.layer.size, (0, 0, 0, 0))
            ImageDraw.Draw(sh).rounded_rectangle(
                [(x0 + off) * self.S, (y0 + off) * self.S, (x1 + off) * self.S, (y1 + off) * self.S],
                r * self.S, fill=col)
            sh = sh.filter(ImageFilter.GaussianBlur(off * self.S * 0.8))
            self.layer.alpha_composite(sh)
            self.d = ImageDraw.Draw(self.layer)
        if self.mode == "clean":
            self.d.rounded_rectangle([x0 * self.S, y0 * self.S, x1 * self.S, y1 * self.S], r * self.S,
                                     fill=fill, outline=outline,
                                     width=max(1, int(round(width * self.S))) if outline else 0)
            return
        pts = []
        for cx, cy, a in ((x1 - r, y0 + r, -90), (x1 - r, y1 - r, 0), (x0 + r, y1 - r, 90), (x0 + r, y0 + r, 180)):
            for k in range(7):
                t = math.radians(a + 15 * k)
                pts.append((cx + r * math.cos(t), cy + r * math.sin(t)))
        self.poly(pts, fill=fill, outline=outline, width=width, key=key)

    def arrow(self, p0, p1, fill, width=2, head=12, key="", amp=None):
        self.line([p0, p1], fill, width, key=key, amp=amp)
        ang = math.atan2(p1[1] - p0[1], p1[0] - p0[0])
        a1 = (p1[0] - head * math.cos(ang - 0.42), p1[1] - head * math.sin(ang - 0.42))
        a2 = (p1[0] - head * math.cos(ang + 0.42), p1[1] - head * math.sin(ang + 0.42))
        if self.mode == "clean":
            self.d.polygon(self._p([p1, a1, a2]), fill=fill)
        else:
            self.line([a1, p1, a2], fill, width, key=key + "h", amp=amp)

    def text(self, xy, s, size, fill, kind="sans", anchor="mm", key="", hand=False):
        f = font(kind, size * self.S)
        x, y = xy[0] * self.S, xy[1] * self.S
        if not hand:
            self.d.text((x, y), s, font=f, fill=fill, anchor=anchor)
            return
        rng = self.rng(("text", key, s))
        widths = [f.getlength(c) for c in s]
        total = sum(widths) * 1.04
        x0 = x - (total / 2 if anchor[0] == "m" else (total if anchor[0] == "r" else 0))
        cx = x0
        for c, wd in zip(s, widths):
            if c != " ":
                g = Image.new("RGBA", (int(wd + f.size), int(f.size * 2)), (0, 0, 0, 0))
                ImageDraw.Draw(g).text((f.size * 0.5, f.size), c, font=f, fill=fill, anchor="lm")
                g = g.rotate(rng.uniform(-6, 6), resample=Image.BICUBIC)
                dy = rng.uniform(-0.06, 0.06) * f.size
                self.layer.alpha_composite(g, (int(cx - f.size * 0.5), int(y - f.size + dy)))
            cx += wd * rng.uniform(1.0, 1.08)
        self.d = ImageDraw.Draw(self.layer)

    def render(self, bg_img=None, texture=None):
        """Composite onto bg (a colour or an RGB image of size w×h) and downsample."""
        lay = self.layer.resize((self.w, self.h), Image.LANCZOS)
        if texture is not None:
            a = np.asarray(lay.split()[3], dtype=np.float32) * texture
            lay.putalpha(Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)))
        base = bg_img.convert("RGBA") if bg_img is not None else Image.new("RGBA", (self.w, self.h), self.bg)
        base.alpha_composite(lay)
        return base.convert("RGB")


def noise_field(w, h, seed, scale=8, octaves=3):
    """Smooth value noise in [0, 1] (seeded per case, the same in the correct and the wrong versions)."""
    rs = np.random.RandomState(seed % (2 ** 31))
    acc = np.zeros((h, w), np.float32)
    amp, tot = 1.0, 0.0
    for o in range(octaves):
        gh, gw = max(2, h // (scale * 2 ** (octaves - o - 1)) + 2), max(2, w // (scale * 2 ** (octaves - o - 1)) + 2)
        g = rs.rand(gh, gw).astype(np.float32)
        acc += amp * np.asarray(Image.fromarray((g * 255).astype(np.uint8)).resize((w, h), Image.BICUBIC),
                                np.float32) / 255.0
        tot += amp
        amp *= 0.5
    return acc / tot


def chalk_texture(w, h, seed):
    rs = np.random.RandomState(seed % (2 ** 31))
    n = rs.rand(h, w).astype(np.float32)
    return np.clip(0.35 + 0.9 * n, 0, 1) * (0.75 + 0.25 * noise_field(w, h, seed + 7, scale=6))


def blackboard_bg(w, h, seed, base=(38, 62, 50)):
    n = noise_field(w, h, seed, scale=40, octaves=4)
    arr = np.zeros((h, w, 3), np.float32)
    for c in range(3):
        arr[..., c] = base[c] * (0.85 + 0.3 * n)
    # faint eraser smears
    sm = noise_field(w, h, seed + 3, scale=90, octaves=2)
    arr += (np.clip(sm - 0.55, 0, 1) * 60)[..., None]
    rs = np.random.RandomState(seed % (2 ** 31))
    arr += rs.normal(0, 3.0, (h, w, 1))
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def whiteboard_bg(w, h, seed):
    n = noise_field(w, h, seed, scale=60, octaves=3)
    arr = np.zeros((h, w, 3), np.float32)
    arr[...] = np.array([236, 238, 240], np.float32) * (0.97 + 0.04 * n)[..., None]
    ghost = noise_field(w, h, seed + 11, scale=25, octaves=2)
    arr -= (np.clip(ghost - 0.62, 0, 1) * 40)[..., None] * np.array([0.6, 0.6, 0.3])
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def photograph(img, seed, out_size, tilt=0.05, glare=(0.7, 0.25, 0.35), frame=(120, 118, 112)):
    """A phone photo: perspective, a glare spot, vignette, blur and sensor noise (seeded per case)."""
    import cv2
    rs = np.random.RandomState(seed % (2 ** 31))
    src = np.asarray(img.convert("RGB"), np.float32)
    h, w = src.shape[:2]
    W, H = out_size
    m = 0.06
    dst = np.float32([[W * (m + rs.uniform(0, tilt)), H * (m + rs.uniform(0, tilt))],
                      [W * (1 - m - rs.uniform(0, tilt)), H * (m + rs.uniform(0, tilt))],
                      [W * (1 - m - rs.uniform(0, tilt)), H * (1 - m - rs.uniform(0, tilt))],
                      [W * (m + rs.uniform(0, tilt)), H * (1 - m - rs.uniform(0, tilt))]])
    M = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]), dst)
    out = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_AREA if w > W else cv2.INTER_LINEAR,
                              borderMode=cv2.BORDER_CONSTANT, borderValue=frame)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy, gs = glare
    g = np.exp(-(((xx - gx * W) ** 2 + (yy - gy * H) ** 2) / (2 * (gs * W * 0.5) ** 2)))
    out = out + g[..., None] * 70
    v = 1 - 0.28 * (((xx - W / 2) / (W / 2)) ** 2 + ((yy - H / 2) / (H / 2)) ** 2)
    out = out * v[..., None] * np.array([1.0, 0.99, 0.96])
    out = cv2.GaussianBlur(out, (0, 0), 0.7)
    out = out + rs.normal(0, 3.5, out.shape)
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))


def paste_center(base, img, xy):
    base.paste(img, (int(xy[0] - img.width / 2), int(xy[1] - img.height / 2)))
    return base


def draw_text_block(d, x, y, lines, f, fill, lh):
    for i, s in enumerate(lines):
        d.text((x, y + i * lh), s, font=f, fill=fill)


def greyscale(img):
    return img.convert("L").convert("RGB")
# ---- end of helpers ----


SCIENCE = "optics"


def _draw_whiteboard(wrong):
    # concave mirror f = 8 cm, object 2 cm at 12 cm -> d_i = 24 cm, m = -2 (image 4 cm, inverted)
    W, H = 1400, 900
    cv = Canvas(W, H, ss=2, mode="marker", seed=905, amp=1.8)
    k, mx, ay = 45.0, 1230.0, 470.0   # 45 px per cm
    X = lambda u: mx - k * u          # distance u in front of the mirror -> x
    Y = lambda v: ay - k * v
    black, blue, red, green = (25, 25, 30), (25, 70, 190), (200, 30, 30), (20, 130, 60)
    cv.line([(40, ay), (mx + 60, ay)], black, width=3, key="axis")
    R = 16 * k
    conv = -1 if wrong == "mirror_drawn_convex" else 1  # breaks "a concave mirror" (drawn bulging the other way)
    pts = []
    for t in range(-20, 21):
        yy = 6 * k * t / 20
        sag = R - math.sqrt(R * R - yy * yy)
        pts.append((mx - conv * sag, ay + yy))
    cv.line(pts, blue, width=6, key="mirror")
    for t in range(-5, 6):
        yy = ay + 6 * k * t / 5.5
        cv.line([(mx + 4, yy), (mx + 24, yy - 14)], blue, width=2.5, key=f"hatch{t}")
    for u, s in ((8, "F"), (16, "C")):
        cv.line([(X(u), ay - 12), (X(u), ay + 12)], black, width=3, key="tick" + s)
        cv.text((X(u), ay + 40), s, 40, black, kind="condo", key="lab" + s, hand=True)
    cv.arrow((X(12), ay), (X(12), Y(2)), red, width=5, head=20, key="object")
    di, hi = 24.0, -4.0
    if wrong == "image_at_16cm":  # breaks "focal length 8 cm" / image distance (image drawn at 16 cm, rays unchanged)
        di = 16.0
    if wrong == "image_upright":  # breaks "a concave mirror of focal length 8 cm" (m = -2: the real image is inverted)
        hi = 4.0
    cv.arrow((X(di), ay), (X(di), Y(hi)), green, width=5, head=20, key="image")
    # three principal rays (to the mirror's plane at the vertex)
    for i, seg in enumerate([[(12, 2), (0, 2), (24, -4)], [(12, 2), (0, -4), (24, -4)], [(12, 2), (0, 0), (24, -4)]]):
        cv.line([(X(u), Y(v)) for u, v in seg], (230, 120, 20) if i == 1 else (120, 60, 170), width=2.5,
                key=f"ray{i}")
    flab = "f = 8 cm"
    if wrong == "f_label_6":  # breaks "focal length 8 cm"
        flab = "f = 6 cm"
    cv.text((X(4), Y(-2.2)), flab, 36, blue, kind="condo", key="flab", hand=True)
    cv.text((X(12) - 110, Y(1)), "object 2 cm", 34, red, kind="condo", key="olab", hand=True)
    cv.text((X(6), Y(3.6) - 28), "12 cm", 34, black, kind="condo", key="dolab", hand=True)
    cv.line([(X(12), Y(3.6)), (X(0), Y(3.6))], black, width=2.5, key="dodim")
    cv.text((X(24), Y(-4) + 40), "image", 34, green, kind="condo", key="ilab", hand=True)
    board = cv.render(bg_img=whiteboard_bg(W, H, 905))
    return to_png(photograph(board, 905, (1280, 880), tilt=0.04, glare=(0.3, 0.3, 0.35), frame=(140, 135, 128)))


def _draw_excalidraw(wrong):
    # converging lens f = 10 cm, object 3 cm at 30 cm -> d_i = 15 cm, m = -0.5 (image 1.5 cm, inverted)
    W, H = 1300, 640
    cv = Canvas(W, H, bg=(255, 255, 255), ss=2, mode="sketch", seed=906, amp=1.3)
    k, lx, ay = 24.0, 820.0, 330.0
    X = lambda u: lx + k * u
    Y = lambda v: ay - k * v
    ink = (30, 30, 30)
    cv.line([(60, ay), (1260, ay)], ink, width=1.5, key="axis")
    if wrong == "lens_drawn_diverging":  # breaks "a converging lens"
        pts = [(lx - 22, Y(6)), (lx + 22, Y(6)), (lx + 6, ay), (lx + 22, Y(-6)), (lx - 22, Y(-6)), (lx - 6, ay)]
        cv.poly(pts, fill=(165, 216, 255), outline=ink, width=2, key="lens")
    else:
        cv.ellipse(lx, ay, 20, 6 * k, fill=(165, 216, 255), outline=ink, width=2, key="lens")
    for u in (-10, 10):
        cv.ellipse(X(u), ay, 5, 5, fill=ink, key=f"F{u}")
        cv.text((X(u), ay + 26), "F", 24, ink, kind="condo", key=f"Fl{u}", hand=True)
    cv.arrow((X(-30), ay), (X(-30), Y(3)), (224, 49, 49), width=3, head=14, key="obj")
    di, hi = 15.0, -1.5
    if wrong == "image_on_object_side":  # breaks "30 cm from a converging lens with focal length 10 cm" (the real image lies beyond the lens)
        di = -15.0
    if wrong == "image_upright":  # breaks "a converging lens with focal length 10 cm" (m = -0.5: the real image is inverted)
        hi = 1.5
    if wrong == "image_at_20cm":  # breaks "focal length 10 cm" (image drawn at 20 cm)
        di = 20.0
    cv.arrow((X(di), ay), (X(di), Y(hi)), (47, 158, 68), width=3, head=14, key="img")
    rays = [[(-30, 3), (0, 3), (15, -1.5)], [(-30, 3), (15, -1.5)], [(-30, 3), (0, -1.5), (15, -1.5)]]
    for i, seg in enumerate(rays):
        cv.line([(X(u), Y(v)) for u, v in seg], (25, 113, 194), width=1.6, key=f"ray{i}")
    cv.text((X(-30), Y(3) - 30), "object, 3 cm", 24, (224, 49, 49), kind="condo", key="ol", hand=True)
    cv.text((X(15) + 10, Y(-1.5) + 34), "image", 24, (47, 158, 68), kind="condo", key="il", hand=True)
    cv.line([(X(-30), ay + 120), (X(0), ay + 120)], ink, width=1.5, key="dim")
    cv.text((X(-15), ay + 145), "30 cm", 24, ink, kind="condo", key="doL", hand=True)
    cv.text((lx, Y(6) - 26), "f = 10 cm", 26, (25, 113, 194), kind="condo", key="fl", hand=True)
    return to_png(cv.render())


def _draw_grey(wrong):
    # convex mirror f = 10 cm, object 4 cm at 10 cm -> d_i = -5 cm (virtual, behind), m = 0.5 (image 2 cm, upright)
    W, H = 1000, 620
    cv = Canvas(W, H, bg=(255, 255, 255), ss=3, mode="clean")
    k, mx, ay = 30.0, 600.0, 330.0
    X = lambda u: mx - k * u
    Y = lambda v: ay - k * v
    K, G = (0, 0, 0), (110, 110, 110)
    cv.line([(40, ay), (W - 40, ay)], K, width=1)
    R = 20 * k
    pts = []
    for t in range(-20, 21):
        yy = 6.5 * k * t / 20
        pts.append((mx + (R - math.sqrt(R * R - yy * yy)), ay + yy))
    cv.line(pts, K, width=3)
    for t in range(-6, 7):
        yy = ay + 6.5 * k * t / 6.5
        sag = R - math.sqrt(R * R - (yy - ay) ** 2)
        cv.line([(mx + sag + 2, yy), (mx + sag + 14, yy - 10)], K, width=1)
    cv.line([(X(-10), ay - 6), (X(-10), ay + 6)], K, width=1.5)
    cv.text((X(-10), ay + 22), "F", 22, K, kind="serifi")
    cv.arrow((X(10), ay), (X(10), Y(4)), K, width=2.5, head=12)
    di, hi = -5.0, 2.0
    if wrong == "image_in_front":  # breaks "a convex mirror" (its virtual image lies behind the mirror)
        di = 5.0
    if wrong == "image_inverted":  # breaks "a convex mirror" (m = +0.5: the virtual image is upright)
        hi = -2.0
    if wrong == "image_at_10cm":  # breaks "focal length 10 cm" (image drawn 10 cm behind the mirror)
        di = -10.0
    cv.line([(X(di), ay), (X(di), Y(hi))], G, width=2.5, dash=(7, 5))
    tip = (X(di), Y(hi))
    cv.d.polygon(cv._p([tip, (tip[0] - 6, tip[1] + 12 * (1 if hi > 0 else -1)),
                        (tip[0] + 6, tip[1] + 12 * (1 if hi > 0 else -1))]), fill=G)
    # rays: parallel -> reflected as if from F; to the vertex -> mirrored; dashed back-extensions behind
    cv.line([(X(10), Y(4)), (X(0), Y(4)), (X(14), Y(9.6))], K, width=1.4)
    cv.line([(X(0), Y(4)), (X(-10), Y(0))], G, width=1.2, dash=(6, 5))
    cv.line([(X(10), Y(4)), (X(0), Y(0)), (X(14), Y(-5.6))], K, width=1.4)
    cv.line([(X(0), Y(0)), (X(-5), Y(2))], G, width=1.2, dash=(6, 5))
    dlab = "10 cm"
    if wrong == "do_label_15":  # breaks "stands 10 cm in front"
        dlab = "15 cm"
    cv.line([(X(10), ay + 150), (X(0), ay + 150)], K, width=1)
    for xx in (X(10), X(0)):
        cv.line([(xx, ay + 142), (xx, ay + 158)], K, width=1)
    cv.text((X(5), ay + 172), dlab, 20, K, kind="serif")
    cv.text((X(10) - 10, Y(4) - 18), "object (4 cm)", 19, K, kind="serif", anchor="rm")
    cv.text((W - 30, 40), "f = 10 cm (convex)", 20, K, kind="serif", anchor="rm")
    cv.text((W / 2, H - 24), "Fig. 4  Image formed by a curved mirror (principal rays).", 18, (40, 40, 40),
            kind="serifi")
    return to_png(greyscale(cv.render()))


def cases():
    return [
        {"id": "h9-optics-whiteboard",
         "text": "An object 2 cm tall stands 12 cm in front of a concave mirror of focal length 8 cm.",
         "tool": "PIL marker strokes + OpenCV perspective photo",
         "style": "coloured markers on a whiteboard, phone photo with glare (1280x880)", "draw": _draw_whiteboard,
         "wrongs": ["image_at_16cm", "image_upright", "mirror_drawn_convex", "f_label_6"]},
        {"id": "h9-optics-excalidraw",
         "text": "An object 3 cm tall is placed 30 cm from a converging lens with focal length 10 cm.",
         "tool": "PIL (Excalidraw look)", "style": "excalidraw sketch, pastel lens, hand lettering (1300x640)",
         "draw": _draw_excalidraw,
         "wrongs": ["image_on_object_side", "image_upright", "image_at_20cm", "lens_drawn_diverging"]},
        {"id": "h9-optics-greyscale-print",
         "text": "An object 4 cm tall stands 10 cm in front of a convex mirror with focal length 10 cm.",
         "tool": "PIL (3x supersampled) -> greyscale",
         "style": "greyscale-only print figure, serif, dashed virtual rays, caption (1000x620)", "draw": _draw_grey,
         "wrongs": ["image_in_front", "image_inverted", "image_at_10cm", "do_label_15"]},
    ]
