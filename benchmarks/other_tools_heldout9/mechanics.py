"""Held-out set 9, mechanics: a browser screenshot, a high-contrast figure, a photographed whiteboard."""
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


SCIENCE = "mechanics"
G = 9.81


def _draw_browser(wrong):
    # 8 kg crate, pull 40 N, friction 25 N; W = N = 8 * 9.81 = 78.5 N; 2.5 px per N
    W, H = 1366, 900
    cv = Canvas(W, H, bg=(255, 255, 255), ss=2, mode="clean")
    cv.rrect(0, 0, W, 40, 0, fill=(222, 225, 230))
    cv.rrect(90, 6, 380, 40, 8, fill=(255, 255, 255))
    cv.text((110, 23), "Forces and friction – Physics notes", 13, (40, 40, 40), anchor="lm")
    for i, c in enumerate(((255, 95, 87), (254, 188, 46), (40, 200, 64))):
        cv.ellipse(22 + 20 * i, 20, 6, 6, fill=c)
    cv.rrect(0, 40, W, 84, 0, fill=(255, 255, 255))
    cv.text((20, 62), "←   →   ↻", 18, (90, 90, 90), anchor="lm")
    cv.rrect(130, 48, W - 120, 76, 14, fill=(241, 243, 244))
    cv.text((150, 62), "physics-notes.example/mechanics/friction", 14, (60, 60, 60), anchor="lm")
    cv.line([(0, 84), (W, 84)], (218, 220, 224), width=1)
    # page content
    cv.rrect(0, 85, W - 14, 140, 0, fill=(33, 99, 165))
    cv.text((60, 112), "Physics notes  ›  Mechanics", 20, (255, 255, 255), kind="sansb", anchor="lm")
    cv.text((160, 185), "Worked example: a crate on a rough floor", 26, (20, 20, 20), kind="serifb", anchor="lm")
    cv.text((160, 225), "The free-body diagram below shows every force acting on the crate.", 18, (40, 40, 40),
            kind="serif", anchor="lm")
    s = 2.5
    fy = 640
    for x in range(300, 1100, 24):
        cv.line([(x, fy), (x - 16, fy + 16)], (120, 120, 120), width=1.5)
    cv.line([(280, fy), (1100, fy)], (60, 60, 60), width=3)
    bx0, bx1, by0 = 600, 780, fy - 150
    cv.rrect(bx0, by0, bx1, fy, 4, fill=(196, 145, 86), outline=(110, 70, 30), width=3)
    cv.line([(bx0, by0), (bx1, fy)], (150, 100, 50), width=2)
    cv.line([(bx1, by0), (bx0, fy)], (150, 100, 50), width=2)
    mlab = "8 kg"
    if wrong == "mass_label_6":  # breaks "An 8 kg crate"
        mlab = "6 kg"
    cv.rrect(655, by0 + 55, 725, by0 + 95, 4, fill=(255, 255, 255))
    cv.text((690, by0 + 75), mlab, 20, (0, 0, 0), kind="sansb")
    cx, cy = (bx0 + bx1) / 2, (by0 + fy) / 2
    F = 40.0
    if wrong == "pull_drawn_80N":  # breaks "a 40 N force" (arrow drawn 80 N long, label kept)
        F = 80.0
    cv.arrow((bx1, cy), (bx1 + F * s, cy), (214, 39, 40), width=4, head=16)
    cv.text((bx1 + F * s + 10, cy), "F = 40 N", 18, (214, 39, 40), kind="sansb", anchor="lm")
    fl = "f = 25 N"
    if wrong == "friction_label_15":  # breaks "a friction force of 25 N"
        fl = "f = 15 N"
    if wrong == "friction_same_direction":  # breaks "a friction force of 25 N" opposing the pull (drawn along it)
        cv.arrow((bx1, fy - 12), (bx1 + 25 * s, fy - 12), (255, 127, 14), width=4, head=16)
        cv.text((bx1 + 25 * s + 10, fy - 12), fl, 18, (255, 127, 14), kind="sansb", anchor="lm")
    else:
        cv.arrow((bx0, fy - 12), (bx0 - 25 * s, fy - 12), (255, 127, 14), width=4, head=16)
        cv.text((bx0 - 25 * s - 10, fy - 12), fl, 18, (255, 127, 14), kind="sansb", anchor="rm")
    Wt = 8 * G
    cv.arrow((cx, cy), (cx, cy + Wt * s), (31, 119, 180), width=4, head=16)
    cv.text((cx + 12, cy + Wt * s - 10), "W = mg = 78.5 N", 18, (31, 119, 180), kind="sansb", anchor="lm")
    cv.arrow((cx, by0), (cx, by0 - Wt * s), (44, 160, 44), width=4, head=16)
    cv.text((cx + 12, by0 - Wt * s + 10), "N = 78.5 N", 18, (44, 160, 44), kind="sansb", anchor="lm")
    cv.line([(1120, 780), (1120 + 20 * s, 780)], (0, 0, 0), width=3)
    cv.text((1120 + 10 * s, 800), "20 N", 15, (0, 0, 0))
    cv.text((160, 860), "Figure: free-body diagram, forces drawn to scale (g = 9.81 m/s²).", 16, (90, 90, 90),
            kind="serifi", anchor="lm")
    cv.rrect(W - 14, 85, W, H, 0, fill=(241, 241, 241))
    cv.rrect(W - 12, 120, W - 2, 380, 5, fill=(193, 193, 193))
    return to_png(cv.render())


def _draw_highcontrast(wrong):
    # 5 kg block at rest on a 35 degree ramp: W = 49.05 N, N = W cos 35 = 40.2 N, f = W sin 35 = 28.1 N; 5 px per N
    W, H = 1100, 720
    cv = Canvas(W, H, bg=(0, 0, 0), ss=2, mode="clean")
    yellow, white, cyan, magenta = (255, 230, 0), (255, 255, 255), (0, 230, 255), (255, 80, 220)
    ang = 35.0
    if wrong == "angle_drawn_50":  # breaks "inclined at 35 degrees" (drawn at 50, label kept)
        ang = 50.0
    t = math.radians(ang)
    O = (120.0, 640.0)
    Lr = 820.0
    top = (O[0] + Lr * math.cos(t), O[1] - Lr * math.sin(t))
    cv.poly([O, (top[0], O[1]), top], fill=(40, 40, 0), outline=yellow, width=5)
    cv.d.arc([(O[0] - 120) * 2, (O[1] - 120) * 2, (O[0] + 120) * 2, (O[1] + 120) * 2], -ang, 0, fill=yellow,
             width=8)
    alab = "35°"
    if wrong == "angle_label_25":  # breaks "inclined at 35 degrees"
        alab = "25°"
    cv.text((O[0] + 150 * math.cos(t / 2), O[1] - 150 * math.sin(t / 2)), alab, 36, yellow, kind="sansb")
    if wrong == "block_dropped":  # breaks "A 5 kg block" (no block on the ramp)
        return to_png(cv.render())
    u = (math.cos(t), -math.sin(t))      # up the slope
    n = (-math.sin(t), -math.cos(t))     # out of the surface
    c0 = (O[0] + 0.5 * Lr * u[0], O[1] + 0.5 * Lr * u[1])
    side = 120
    corners = [c0, (c0[0] + side * u[0], c0[1] + side * u[1]),
               (c0[0] + side * u[0] + side * n[0], c0[1] + side * u[1] + side * n[1]),
               (c0[0] + side * n[0], c0[1] + side * n[1])]
    cv.poly(corners, fill=(0, 0, 0), outline=white, width=6)
    cx = (c0[0] + 0.5 * side * (u[0] + n[0]), c0[1] + 0.5 * side * (u[1] + n[1]))
    mlab = "5 kg"
    if wrong == "mass_label_8":  # breaks "A 5 kg block"
        mlab = "8 kg"
    cv.text((corners[3][0] - 20, corners[3][1] - 10), mlab, 34, white, kind="sansb", anchor="rm")
    s = 5.0
    Wt = 5 * G
    cv.arrow(cx, (cx[0], cx[1] + Wt * s), cyan, width=6, head=22)
    cv.text((cx[0] + 14, cx[1] + Wt * s - 6), "W = 49.1 N", 30, cyan, kind="sansb", anchor="lm")
    Nn = Wt * math.cos(math.radians(35))
    cv.arrow(cx, (cx[0] + Nn * s * n[0], cx[1] + Nn * s * n[1]), magenta, width=6, head=22)
    cv.text((cx[0] + Nn * s * n[0] - 10, cx[1] + Nn * s * n[1] - 20), "N = 40.2 N", 30, magenta, kind="sansb",
            anchor="rm")
    ff = Wt * math.sin(math.radians(35))
    p0 = (c0[0] + side * u[0], c0[1] + side * u[1])
    cv.arrow(p0, (p0[0] + ff * s * u[0], p0[1] + ff * s * u[1]), white, width=6, head=22)
    cv.text((p0[0] + ff * s * u[0] + 10, p0[1] + ff * s * u[1] + 34), "f = 28.1 N", 30, white, kind="sansb",
            anchor="lm")
    cv.text((W - 30, 40), "high contrast", 22, (200, 200, 200), kind="sans", anchor="rm")
    cv.line([(W - 160, 90), (W - 160 + 10 * s, 90)], white, width=5)
    cv.text((W - 160 + 5 * s, 118), "10 N", 22, white, kind="sans")
    return to_png(cv.render())


def _draw_whiteboard(wrong):
    # 5 kg block on a table, string over a pulley at the edge, a hanging 2 kg block (blocks ∝ m^(1/3))
    W, H = 1400, 1000
    cv = Canvas(W, H, ss=2, mode="marker", seed=909, amp=1.8)
    black, blue, red, green = (25, 25, 30), (25, 70, 190), (200, 30, 30), (20, 130, 60)
    ty = 420
    cv.line([(120, ty), (900, ty)], black, width=6, key="table")
    cv.line([(170, ty), (170, 860)], black, width=6, key="leg1")
    cv.line([(850, ty), (850, 860)], black, width=6, key="leg2")
    s1 = 150 * (5 ** (1 / 3)) / (5 ** (1 / 3))
    s2 = 150 * (2 / 5) ** (1 / 3)
    b1 = (430, ty - s1, 430 + s1, ty)
    cv.line([(b1[0], b1[1]), (b1[2], b1[1]), (b1[2], b1[3]), (b1[0], b1[3])], blue, width=5, key="b1", closed=True)
    cv.text(((b1[0] + b1[2]) / 2, (b1[1] + b1[3]) / 2), "5 kg", 44, blue, kind="condo", key="m1", hand=True)
    px, py, pr = 930, ty - 30, 30
    if wrong != "pulley_missing":  # breaks "over a pulley"
        cv.ellipse(px, py, pr, pr, outline=black, width=5, key="pulley")
        cv.line([(900, ty - 4), (px, py)], black, width=4, key="bracket")
    hx = px + pr
    if wrong != "string_missing":  # breaks "connected by a string"
        cv.line([(b1[2], ty - s1 / 2 - 15), (px, py - pr)], red, width=3.5, key="str1")
        cv.line([(hx, py), (hx, 650)], red, width=3.5, key="str2")
    if wrong != "hanging_block_dropped":  # breaks "a hanging 2 kg block"
        cv.line([(hx - s2 / 2, 650), (hx + s2 / 2, 650), (hx + s2 / 2, 650 + s2), (hx - s2 / 2, 650 + s2)], blue,
                width=5, key="b2", closed=True)
        m2 = "2 kg"
        if wrong == "hanging_label_4":  # breaks "a hanging 2 kg block"
            m2 = "4 kg"
        cv.text((hx + s2 / 2 + 70, 650 + s2 / 2), m2, 44, blue, kind="condo", key="m2", hand=True)
    cv.text((640, 180), "T", 44, green, kind="condo", key="T1", hand=True)
    cv.arrow((b1[2] + 10, 260), (b1[2] + 110, 260 - 4), green, width=4, head=18, key="Tarrow")
    cv.text((1150, 140), "table + pulley", 40, black, kind="condo", key="title", hand=True)
    board = cv.render(bg_img=whiteboard_bg(W, H, 909))
    return to_png(photograph(board, 909, (1280, 920), tilt=0.05, glare=(0.65, 0.3, 0.35), frame=(145, 140, 135)))


def cases():
    return [
        {"id": "h9-mechanics-browser",
         "text": "An 8 kg crate is pulled along a horizontal floor by a 40 N force, with a friction force of 25 N.",
         "tool": "PIL (browser window: tabs, address bar, scrollbar, web page)",
         "style": "browser screenshot of a tutorial page, figure to scale at 2.5 px/N (1366x900)",
         "draw": _draw_browser,
         "wrongs": ["friction_same_direction", "friction_label_15", "pull_drawn_80N", "mass_label_6"]},
        {"id": "h9-mechanics-highcontrast", "text": "A 5 kg block rests on a ramp inclined at 35 degrees.",
         "tool": "PIL", "style": "high-contrast theme: yellow/white/cyan/magenta on black, thick strokes (1100x720)",
         "draw": _draw_highcontrast, "wrongs": ["angle_drawn_50", "angle_label_25", "mass_label_8", "block_dropped"]},
        {"id": "h9-mechanics-whiteboard",
         "text": "A 5 kg block on a horizontal table is connected by a string over a pulley to a hanging 2 kg block.",
         "tool": "PIL marker strokes + OpenCV perspective photo",
         "style": "coloured markers on a whiteboard, phone photo with glare (1280x920)", "draw": _draw_whiteboard,
         "wrongs": ["hanging_label_4", "pulley_missing", "string_missing", "hanging_block_dropped"]},
    ]
