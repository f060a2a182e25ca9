"""Held-out set 9, sets: a PowerPoint SmartArt "Basic Venn" slide, a JupyterLab screenshot, a small thumbnail."""
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


SCIENCE = "sets"


def _alpha_disc(base, cx, cy, r, rgba):
    lay = Image.new("RGBA", base.size, (0, 0, 0, 0))
    ImageDraw.Draw(lay).ellipse([cx - r, cy - r, cx + r, cy + r], fill=rgba)
    base.alpha_composite(lay)


def _draw_smartart(wrong):
    S = 2
    W, H = 1280, 720
    img = Image.new("RGBA", (W * S, H * S), (255, 255, 255, 255))
    d = ImageDraw.Draw(img)
    d.text((80 * S, 70 * S), "Two sets", font=font("lsans", 44 * S), fill=(38, 38, 38), anchor="lm")
    d.line([(80 * S, 110 * S), (1200 * S, 110 * S)], fill=(68, 114, 196), width=3 * S)
    ca, cb, r = (520, 400), (760, 400), 220
    _alpha_disc(img, ca[0] * S, ca[1] * S, r * S, (68, 114, 196, 140))
    _alpha_disc(img, cb[0] * S, cb[1] * S, r * S, (237, 125, 49, 140))
    d = ImageDraw.Draw(img)
    fb, fe = font("lsansb", 46 * S), font("lsans", 40 * S)
    d.text(((ca[0] - 100) * S, (ca[1] - 140) * S), "A", font=fb, fill=(255, 255, 255), anchor="mm")
    d.text(((cb[0] + 100) * S, (cb[1] - 140) * S), "B", font=fb, fill=(255, 255, 255), anchor="mm")
    pos = {"x": (ca[0] - 110, 420), "y": (640, 350), "z": (640, 460), "w": (cb[0] + 110, 420)}
    if wrong == "z_in_A_only":  # breaks "z" in B (z moved into A only)
        pos["z"] = (ca[0] - 110, 500)
    if wrong == "x_in_both":  # breaks "x" in A only (x moved into A ∩ B)
        pos["x"] = (640, 405)
        pos["y"], pos["z"] = (640, 310), (640, 500)
    if wrong == "w_dropped":  # breaks "B = {y, z, w}" (w dropped)
        del pos["w"]
    if wrong == "extra_v_in_B":  # breaks "B = {y, z, w}" (an extra element v)
        pos["v"] = (cb[0] + 110, 500)
        pos["w"] = (cb[0] + 110, 350)
    for s, (x, y) in pos.items():
        d.text((x * S, y * S), s, font=fe, fill=(20, 20, 20), anchor="mm")
    d.text((1200 * S, 690 * S), "3", font=font("lsans", 20 * S), fill=(120, 120, 120), anchor="rm")
    return to_png(img.resize((W, H), Image.LANCZOS).convert("RGB"))


_JL_CODE = [
    [("from", (0, 128, 0)), (" venn_helpers ", (30, 30, 30)), ("import", (0, 128, 0)), (" draw_sets", (30, 30, 30))],
    [("fig", (30, 30, 30)), (" = ", (170, 34, 255)), ("draw_sets", (30, 30, 30)), ("(A, B, C)", (30, 30, 30))],
    [("fig", (30, 30, 30))],
]


def _venn3_chain(wrong):
    """The output figure (matplotlib-default look: C0/C1/C2, alpha 0.3, DejaVu Sans)."""
    W, H, S = 760, 380, 2
    img = Image.new("RGBA", (W * S, H * S), (255, 255, 255, 255))
    cols = [(31, 119, 180, 80), (255, 127, 14, 80), (44, 160, 44, 80)]
    edge = [(31, 119, 180), (255, 127, 14), (44, 160, 44)]
    cen = [(210, 200), (380, 200), (550, 200)]
    r = 120
    for (x, y), c in zip(cen, cols):
        _alpha_disc(img, x * S, y * S, r * S, c)
    d = ImageDraw.Draw(img)
    for (x, y), c in zip(cen, edge):
        d.ellipse([(x - r) * S, (y - r) * S, (x + r) * S, (y + r) * S], outline=c, width=2 * S)
    f = font("sans", 22 * S)
    for s, (x, y) in zip("ABC", cen):
        d.text((x * S, (y - r - 18) * S), s, font=font("sans", 24 * S), fill=(0, 0, 0), anchor="mm")
    pos = {"1": (150, 200), "2": (295, 200), "3": (465, 200), "4": (610, 200)}
    if wrong == "2_in_A_only":  # breaks "2" in B (2 moved into A only)
        pos["2"] = (150, 250)
    if wrong == "4_dropped":  # breaks "C = {3, 4}" (4 dropped)
        del pos["4"]
    if wrong == "1_in_A_and_B":  # breaks "1" in A only (1 moved into A ∩ B)
        pos["1"], pos["2"] = (295, 170), (295, 230)
    if wrong == "3_in_B_only":  # breaks "3" in C (3 moved into B only)
        pos["3"] = (380, 250)
    for s, (x, y) in pos.items():
        d.text((x * S, y * S), s, font=f, fill=(0, 0, 0), anchor="mm")
    return img.resize((W, H), Image.LANCZOS).convert("RGB")


def _draw_jupyter(wrong):
    W, H = 1280, 860
    img = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(img)
    # menu bar, side bar, tab bar, notebook toolbar
    d.rectangle([0, 0, W, 30], fill=(255, 255, 255))
    d.line([(0, 30), (W, 30)], fill=(224, 224, 224))
    x = 52
    for s in ("File", "Edit", "View", "Run", "Kernel", "Tabs", "Settings", "Help"):
        d.text((x, 15), s, font=font("sans", 13), fill=(33, 33, 33), anchor="lm")
        x += font("sans", 13).getlength(s) + 22
    d.ellipse([14, 6, 34, 26], outline=(243, 118, 38), width=3)
    d.rectangle([0, 31, 40, H], fill=(238, 238, 238))
    for k in range(5):
        d.rounded_rectangle([10, 50 + 44 * k, 30, 70 + 44 * k], 3, outline=(97, 97, 97), width=2)
    d.rectangle([41, 31, W, 62], fill=(238, 238, 238))
    d.rectangle([45, 35, 260, 62], fill=(255, 255, 255))
    d.line([(45, 35), (260, 35)], fill=(25, 118, 210), width=2)
    d.text((60, 49), "sets_demo.ipynb", font=font("sans", 13), fill=(33, 33, 33), anchor="lm")
    d.line([(41, 92), (W, 92)], fill=(224, 224, 224))
    for k, s in enumerate(("+", "✂", "▶", "■", "↻")):
        d.text((70 + 34 * k, 77), s, font=font("sans", 16), fill=(97, 97, 97), anchor="mm")
    d.text((W - 30, 77), "Python 3 (ipykernel)  ○", font=font("sans", 13), fill=(97, 97, 97), anchor="rm")
    # markdown cell (rendered)
    d.text((130, 120), "Three sets", font=font("sansb", 24), fill=(0, 0, 0), anchor="lm")
    # code cell
    y0 = 160
    d.text((120, y0 + 14), "[4]:", font=font("mono", 14), fill=(48, 63, 159), anchor="rm")
    d.rectangle([130, y0, W - 40, y0 + 84], fill=(245, 245, 245), outline=(224, 224, 224))
    d.line([(126, y0), (126, y0 + 84 + 430)], fill=(25, 118, 210), width=3)
    for i, toks in enumerate(_JL_CODE):
        xx = 140
        for s, c in toks:
            d.text((xx, y0 + 16 + 24 * i), s, font=font("mono", 15), fill=c, anchor="lm")
            xx += font("mono", 15).getlength(s)
    d.text((120, y0 + 110), "[4]:", font=font("mono", 14), fill=(216, 67, 21), anchor="rm")
    fig = _venn3_chain(wrong)
    img.paste(fig, (140, y0 + 100))
    d.text((140, y0 + 100 + 395), "<Figure size 760x380 with 1 Axes>", font=font("mono", 12),
           fill=(120, 120, 120), anchor="lm")
    # next empty cell and a scrollbar
    d.text((120, 720), "[ ]:", font=font("mono", 14), fill=(48, 63, 159), anchor="rm")
    d.rectangle([130, 706, W - 40, 736], fill=(245, 245, 245), outline=(224, 224, 224))
    d.rectangle([W - 12, 96, W - 4, H - 30], fill=(241, 241, 241))
    d.rounded_rectangle([W - 12, 110, W - 4, 420], 4, fill=(193, 193, 193))
    d.rectangle([0, H - 24, W, H], fill=(238, 238, 238))
    d.text((50, H - 12), "Simple   0  1   Python 3 (ipykernel) | Idle", font=font("sans", 11), fill=(97, 97, 97),
           anchor="lm")
    d.text((W - 20, H - 12), "Mode: Command   Ln 1, Col 1   sets_demo.ipynb", font=font("sans", 11),
           fill=(97, 97, 97), anchor="rm")
    return to_png(img)


def _draw_thumb(wrong):
    W, H, S = 320, 240, 4
    img = Image.new("RGB", (W * S, H * S), (250, 250, 250))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([14 * S, 24 * S, 272 * S, 228 * S], 90 * S, fill=(222, 235, 247), outline=(49, 130, 189),
                        width=2 * S)
    q = (188, 126, 62)
    if wrong == "Q_crosses_P":  # breaks "Q is a subset of P" (Q drawn across P's edge)
        q = (252, 126, 62)
    d.ellipse([(q[0] - q[2]) * S, (q[1] - q[2]) * S, (q[0] + q[2]) * S, (q[1] + q[2]) * S], fill=(254, 230, 206),
              outline=(230, 85, 13), width=2 * S)
    f, fl = font("sans", 19 * S), font("sansb", 20 * S)
    d.text((62 * S, 62 * S), "P", font=fl, fill=(49, 130, 189), anchor="mm")
    d.text((q[0] * S, (q[1] - q[2] + 16) * S), "Q", font=fl, fill=(230, 85, 13), anchor="mm")
    pos = {"1": (60, 100), "3": (58, 150), "5": (100, 195), "6": (110, 70), "2": (q[0] - 22, q[1] + 4),
           "4": (q[0] + 22, q[1] + 30)}
    if wrong == "4_in_P_only":  # breaks "Q = {2, 4}" (4 moved out of Q)
        pos["4"] = (115, 130)
    if wrong == "6_dropped":  # breaks "P = {1, 2, 3, 4, 5, 6}" (6 dropped)
        del pos["6"]
    if wrong == "5_in_Q":  # breaks "Q = {2, 4}" (5 moved into Q)
        pos["5"] = (q[0] + 24, q[1] - 22)
    for s, (x, y) in pos.items():
        d.text((x * S, y * S), s, font=f, fill=(30, 30, 30), anchor="mm")
    return to_png(img.resize((W, H), Image.LANCZOS))


def cases():
    return [
        {"id": "h9-sets-smartart", "text": "Let A = {x, y, z} and B = {y, z, w}.",
         "tool": "PIL (PowerPoint SmartArt 'Basic Venn' look)",
         "style": "16:9 slide, Office theme blue/orange translucent circles (1280x720)", "draw": _draw_smartart,
         "wrongs": ["z_in_A_only", "w_dropped", "x_in_both", "extra_v_in_B"]},
        {"id": "h9-sets-jupyter", "text": "Let A = {1, 2}, B = {2, 3} and C = {3, 4}.",
         "tool": "PIL (JupyterLab UI + matplotlib-default-look output)",
         "style": "JupyterLab notebook screenshot, figure in a cell output (1280x860)", "draw": _draw_jupyter,
         "wrongs": ["2_in_A_only", "4_dropped", "1_in_A_and_B", "3_in_B_only"]},
        {"id": "h9-sets-thumbnail", "text": "Let P = {1, 2, 3, 4, 5, 6} and Q = {2, 4}; Q is a subset of P.",
         "tool": "PIL (4x supersampled)", "style": "small thumbnail (320x240)", "draw": _draw_thumb,
         "wrongs": ["Q_crosses_P", "4_in_P_only", "6_dropped", "5_in_Q"]},
    ]
