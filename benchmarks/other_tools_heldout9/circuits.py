"""Held-out set 9, circuits: a draw.io schematic, a small thumbnail with a logo, a PowerPoint-editor screenshot."""
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


SCIENCE = "circuits"


def _resistor_box(cv, x0, y0, x1, y1, col, width, horizontal=True, label=None, lsize=16, lpos=None):
    """IEC box resistor between (x0, y0) and (x1, y1) (a straight wire segment)."""
    if horizontal:
        m, L = (x0 + x1) / 2, 60
        cv.line([(x0, y0), (m - L / 2, y0)], col, width)
        cv.line([(m + L / 2, y0), (x1, y0)], col, width)
        cv.rrect(m - L / 2, y0 - 14, m + L / 2, y0 + 14, 0, fill=(255, 255, 255), outline=col, width=width)
        if label:
            cv.text(lpos or (m, y0 - 30), label, lsize, col, kind="lsans")
    else:
        m, L = (y0 + y1) / 2, 60
        cv.line([(x0, y0), (x0, m - L / 2)], col, width)
        cv.line([(x0, m + L / 2), (x0, y1)], col, width)
        cv.rrect(x0 - 14, m - L / 2, x0 + 14, m + L / 2, 0, fill=(255, 255, 255), outline=col, width=width)
        if label:
            cv.text(lpos or (x0 + 24, m), label, lsize, col, kind="lsans", anchor="lm")


def _battery_v(cv, x, y0, y1, col, width, label, lsize=16):
    m = (y0 + y1) / 2
    cv.line([(x, y0), (x, m - 8)], col, width)
    cv.line([(x, m + 8), (x, y1)], col, width)
    cv.line([(x - 26, m - 8), (x + 26, m - 8)], col, width)
    cv.line([(x - 13, m + 8), (x + 13, m + 8)], col, width * 2.2)
    cv.text((x - 34, m - 20), "+", lsize, col, kind="lsans")
    cv.text((x - 40, m + 4), label, lsize, col, kind="lsans", anchor="rm")


def _drawio_grid(W, H):
    img = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(img)
    for x in range(0, W, 10):
        d.line([(x, 0), (x, H)], fill=(232, 232, 232) if x % 40 else (214, 214, 214))
    for y in range(0, H, 10):
        d.line([(0, y), (W, y)], fill=(232, 232, 232) if y % 40 else (214, 214, 214))
    return img


def _draw_drawio(wrong):
    W, H = 960, 600
    cv = Canvas(W, H, ss=2, mode="clean")
    K = (0, 0, 0)
    vl = "12 V"
    if wrong == "battery_label_9":  # breaks "A 12 V battery"
        vl = "9 V"
    r1 = "R1 = 4 Ω"
    if wrong == "r1_label_6":  # breaks "R1 = 4 Ω"
        r1 = "R1 = 6 Ω"
    xl, xr, yt, yb = 200, 760, 140, 460
    _battery_v(cv, xl, yt, yb, K, 2, vl)
    if wrong == "resistors_in_series":  # breaks "R1 ... and R2 ... in parallel" (drawn in series)
        cv.line([(xl, yt), (300, yt)], K, 2)
        _resistor_box(cv, 300, yt, 500, yt, K, 2, label=r1)
        _resistor_box(cv, 500, yt, xr, yt, K, 2, label="R2 = 12 Ω")
        cv.line([(xr, yt), (xr, yb), (xl, yb)], K, 2)
    else:
        cv.line([(xl, yt), (480, yt)], K, 2)
        cv.line([(xl, yb), (480, yb)], K, 2)
        _resistor_box(cv, 480, yt, 480, yb, K, 2, horizontal=False, label=r1)
        if wrong != "r2_dropped":  # breaks "R2 = 12 Ω" (R2 dropped)
            cv.line([(480, yt), (xr, yt)], K, 2)
            cv.line([(480, yb), (xr, yb)], K, 2)
            _resistor_box(cv, xr, yt, xr, yb, K, 2, horizontal=False, label="R2 = 12 Ω")
            for p in ((480, yt), (480, yb)):
                cv.ellipse(p[0], p[1], 4, 4, fill=K)
    # a selected-shape look: draw.io's dashed blue selection outline around the battery
    cv.line([(xl - 60, 250), (xl + 40, 250), (xl + 40, 350), (xl - 60, 350)], (41, 182, 242), 1.2, closed=True,
            dash=(4, 3))
    img = cv.render(bg_img=_drawio_grid(W, H))
    return to_png(img)


def _draw_thumb(wrong):
    W, H = 320, 220
    cv = Canvas(W, H, bg=(255, 255, 255), ss=4, mode="clean")
    K = (20, 20, 20)
    xl, xr, yt, yb = 90, 280, 50, 170
    cl = "1.5 V"
    if wrong == "cell_label_3":  # breaks "A 1.5 V cell"
        cl = "3 V"
    _battery_v(cv, xl, yt, yb, K, 1.6, cl, lsize=13)
    # switch on the top wire
    sx0, sx1 = 140, 190
    cv.line([(xl, yt), (sx0, yt)], K, 1.6)
    cv.ellipse(sx0, yt, 3, 3, fill=K)
    cv.ellipse(sx1, yt, 3, 3, fill=K)
    if wrong == "switch_open":  # breaks "a closed switch"
        cv.line([(sx0, yt), (sx1 - 6, yt - 22)], K, 1.6)
    else:
        cv.line([(sx0, yt), (sx1, yt - 1)], K, 1.6)
    cv.text(((sx0 + sx1) / 2, yt - 18), "S", 13, K, kind="lsans")
    lamp_x, lamp_y = xr, (yt + yb) / 2
    if wrong == "lamp_parallel_to_switch":  # breaks "in series" (the lamp drawn across the switch)
        cv.line([(sx1, yt), (xr, yt), (xr, yb), (xl, yb)], K, 1.6)
        cv.line([(sx0, yt), (sx0, yt + 45), (sx1, yt + 45), (sx1, yt)], K, 1.6)
        lamp_x, lamp_y = (sx0 + sx1) / 2, yt + 45
        cv.ellipse(lamp_x, lamp_y, 13, 13, fill=(255, 255, 255), outline=K, width=1.6)
        cv.line([(lamp_x - 9, lamp_y - 9), (lamp_x + 9, lamp_y + 9)], K, 1.6)
        cv.line([(lamp_x - 9, lamp_y + 9), (lamp_x + 9, lamp_y - 9)], K, 1.6)
    else:
        cv.line([(sx1, yt), (xr, yt), (xr, yb), (xl, yb)], K, 1.6)
        if wrong != "lamp_dropped":  # breaks "a lamp"
            cv.ellipse(lamp_x, lamp_y, 13, 13, fill=(255, 255, 255), outline=K, width=1.6)
            cv.line([(lamp_x - 9, lamp_y - 9), (lamp_x + 9, lamp_y + 9)], K, 1.6)
            cv.line([(lamp_x - 9, lamp_y + 9), (lamp_x + 9, lamp_y - 9)], K, 1.6)
            cv.text((lamp_x - 20, lamp_y), "lamp", 12, K, kind="lsans", anchor="rm")
    # logo in the corner
    cv.rrect(W - 74, H - 24, W - 6, H - 6, 4, fill=(232, 240, 254))
    cv.text((W - 40, H - 15), "⚡ ckt.io", 10, (66, 103, 178), kind="sansb")
    return to_png(cv.render())


def _draw_ppt(wrong):
    W, H = 1400, 860
    cv = Canvas(W, H, bg=(230, 230, 230), ss=2, mode="clean")
    cv.rrect(0, 0, W, 36, 0, fill=(183, 71, 42))
    cv.text((W / 2, 18), "Circuits lecture.pptx  -  PowerPoint", 14, (255, 255, 255), kind="lsans")
    cv.rrect(0, 36, W, 150, 0, fill=(243, 242, 241))
    for k, s in enumerate(("File", "Home", "Insert", "Draw", "Design", "Transitions", "Animations", "Slide Show")):
        cv.text((30 + 100 * k, 52), s, 13, (60, 60, 60), kind="lsans", anchor="lm")
    for k in range(12):
        cv.rrect(30 + 90 * k, 72, 100 + 90 * k, 138, 4, outline=(200, 200, 200), width=1)
    cv.rrect(0, 150, 200, H - 26, 0, fill=(243, 242, 241))
    for k in range(4):
        cv.rrect(36, 170 + 110 * k, 186, 254 + 110 * k, 0, fill=(255, 255, 255),
                 outline=(196, 89, 17) if k == 1 else (200, 200, 200), width=3 if k == 1 else 1)
        cv.text((24, 178 + 110 * k), str(k + 1), 12, (80, 80, 80), kind="lsans")
    cv.rrect(0, H - 26, W, H, 0, fill=(243, 242, 241))
    cv.text((20, H - 13), "Slide 2 of 4   English (UK)", 12, (80, 80, 80), kind="lsans", anchor="lm")
    # the slide
    sx0, sy0, sx1, sy1 = 260, 180, 1340, 787
    cv.rrect(sx0 + 3, sy0 + 3, sx1 + 3, sy1 + 3, 0, fill=(200, 200, 200))
    cv.rrect(sx0, sy0, sx1, sy1, 0, fill=(255, 255, 255))
    cv.text((sx0 + 60, sy0 + 60), "Circuit diagram", 34, (40, 40, 40), kind="lsans", anchor="lm")
    K = (0, 0, 0)
    xl, xr, yt, yb = 480, 1120, 330, 690
    vl = "24 V"
    if wrong == "battery_label_12":  # breaks "A 24 V battery"
        vl = "12 V"
    rl = "6 Ω"
    if wrong == "resistor_label_8":  # breaks "a 6 Ω resistor"
        rl = "8 Ω"
    _battery_v(cv, xl, yt, yb, K, 2.5, vl, lsize=22)
    # zigzag resistor on the top wire
    zx0, zx1 = 600, 720
    zz = [(zx0, yt)] + [(zx0 + 10 + 20 * i, yt + (12 if i % 2 else -12)) for i in range(5)] + [(zx1, yt)]
    cv.line([(xl, yt), (zx0, yt)], K, 2.5)
    cv.line(zz, K, 2.5)
    cv.text(((zx0 + zx1) / 2, yt - 36), rl, 22, K, kind="lsans")

    def coil(x0, y, n=4, r=14):
        pts = []
        for i in range(n):
            c = x0 + r + 2 * r * i
            pts += [(c - r * math.cos(math.pi * t / 12), y - r * math.sin(math.pi * t / 12)) for t in range(13)]
        return pts

    if wrong == "inductor_dropped":  # breaks "a 0.5 H inductor"
        cv.line([(zx1, yt), (xr, yt), (xr, yb), (xl, yb)], K, 2.5)
    elif wrong == "inductor_parallel_to_resistor":  # breaks "in series" (the inductor drawn across the resistor)
        cv.line([(zx1, yt), (xr, yt), (xr, yb), (xl, yb)], K, 2.5)
        cv.line([(zx0 - 20, yt), (zx0 - 20, yt + 90)], K, 2.5)
        cv.line([(zx1 + 20, yt), (zx1 + 20, yt + 90)], K, 2.5)
        cv.line([(zx0 - 20, yt + 90), (zx0 + 4, yt + 90)], K, 2.5)
        cv.line(coil(zx0 + 4, yt + 90), K, 2.5)
        cv.line([(zx0 + 4 + 112, yt + 90), (zx1 + 20, yt + 90)], K, 2.5)
        cv.text((zx0 + 60, yt + 130), "0.5 H", 22, K, kind="lsans")
    else:
        cv.line([(zx1, yt), (850, yt)], K, 2.5)
        cv.line(coil(850, yt), K, 2.5)
        cv.line([(962, yt), (xr, yt), (xr, yb), (xl, yb)], K, 2.5)
        cv.text((906, yt - 36), "0.5 H", 22, K, kind="lsans")
    cv.rrect(W - 200, H - 24, W - 20, H - 2, 0, fill=(243, 242, 241))
    cv.text((W - 30, H - 13), "−  ──●──  +   72%", 12, (80, 80, 80), kind="sans", anchor="rm")
    return to_png(cv.render())


def cases():
    return [
        {"id": "h9-circuits-drawio", "text": "A 12 V battery with R1 = 4 Ω and R2 = 12 Ω in parallel.",
         "tool": "PIL (draw.io look: IEC box resistors, orthogonal connectors)",
         "style": "draw.io canvas grid, a dashed selection outline (960x600)", "draw": _draw_drawio,
         "wrongs": ["resistors_in_series", "r2_dropped", "r1_label_6", "battery_label_9"]},
        {"id": "h9-circuits-thumbnail-logo", "text": "A 1.5 V cell, a closed switch and a lamp in series.",
         "tool": "PIL (4x supersampled)", "style": "small thumbnail with a logo in a corner (320x220)",
         "draw": _draw_thumb, "wrongs": ["switch_open", "lamp_parallel_to_switch", "lamp_dropped", "cell_label_3"]},
        {"id": "h9-circuits-ppt-editor",
         "text": "A 24 V battery, a 6 Ω resistor and a 0.5 H inductor in series.",
         "tool": "PIL (PowerPoint editor window: ribbon, slide pane, status bar)",
         "style": "screenshot of a slide being edited, zigzag resistor, coil inductor (1400x860)", "draw": _draw_ppt,
         "wrongs": ["inductor_parallel_to_resistor", "inductor_dropped", "resistor_label_8", "battery_label_12"]},
    ]
