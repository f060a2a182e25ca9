"""Held-out set 9, cell: an Excalidraw-like sketch, chalk on a blackboard, an Okabe-Ito large export."""
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


SCIENCE = "cell"

# Excalidraw's palette (stroke and pastel fills)
_EX_STROKE = (30, 30, 30)
_EX = {"cell": (255, 236, 153), "nucleus": (165, 216, 255), "er": (178, 242, 187), "golgi": (255, 216, 168),
       "lys": (255, 201, 201)}


def _hand_label(cv, xy, s, size, fill, key, anchor="mm"):
    cv.text(xy, s, size, fill, kind="condo", anchor=anchor, key=key, hand=True)


def _draw_excalidraw(wrong):
    cv = Canvas(1200, 800, bg=(255, 255, 255), ss=2, mode="sketch", seed=901, amp=1.6)
    # cell membrane (big rounded blob)
    cx, cy, rx, ry = 560, 420, 400, 290
    cv.ellipse(cx, cy, rx, ry, fill=_EX["cell"], outline=_EX_STROKE, width=2.5, key="cell")
    # nucleus
    cv.ellipse(480, 420, 105, 90, fill=_EX["nucleus"], outline=_EX_STROKE, width=2.5, key="nucleus")
    cv.ellipse(500, 410, 28, 24, fill=(116, 192, 252), outline=_EX_STROKE, width=1.5, key="nucleolus-dot")
    # endoplasmic reticulum: wavy folds wrapped around the right of the nucleus
    if wrong != "er_dropped":  # breaks "an endoplasmic reticulum"
        for k in range(4):
            r = 125 + 18 * k
            pts = []
            for t in range(0, 41):
                a = math.radians(-70 + 140 * t / 40)
                rr = r + 6 * math.sin(t * 1.3)
                pts.append((480 + rr * math.cos(a), 420 + rr * math.sin(a) * 0.9))
            cv.line(pts, (47, 158, 68), width=3, key=f"er{k}")
        cv.arrow((700, 220), (612, 330), _EX_STROKE, width=1.5, head=12, key="er-arrow")
        _hand_label(cv, (720, 200), "endoplasmic reticulum", 24, _EX_STROKE, "er-label", anchor="lm")
    # Golgi apparatus: stacked curved cisternae
    gx, gy = (760, 520) if wrong != "golgi_outside_cell" else (1060, 640)  # breaks "a Golgi apparatus" inside the cell
    for k in range(4):
        pts = [(gx - 60 + 120 * t / 20, gy + 12 * k - 22 * math.sin(math.pi * t / 20)) for t in range(21)]
        cv.line(pts, (232, 89, 12), width=5, key=f"golgi{k}")
    cv.arrow((gx + 30, gy + 110), (gx + 5, gy + 50), _EX_STROKE, width=1.5, head=12, key="golgi-arrow")
    _hand_label(cv, (gx + 40, gy + 130), "Golgi apparatus", 24, _EX_STROKE, "golgi-label")
    # lysosomes
    lys = [(300, 250), (330, 600), (640, 640)]
    if wrong == "lysosome_dropped":  # breaks "three lysosomes"
        lys = lys[:2]
    if wrong == "lysosome_extra":  # breaks "three lysosomes"
        lys = lys + [(820, 330)]
    for i, (x, y) in enumerate(lys):
        cv.ellipse(x, y, 26, 24, fill=_EX["lys"], outline=_EX_STROKE, width=2, key=f"lys{i}")
        cv.ellipse(x - 6, y + 3, 4, 4, fill=_EX_STROKE, key=f"lysdot{i}a")
        cv.ellipse(x + 8, y - 5, 3, 3, fill=_EX_STROKE, key=f"lysdot{i}b")
    cv.arrow((170, 140), (282, 232), _EX_STROKE, width=1.5, head=12, key="lys-arrow")
    _hand_label(cv, (110, 118), "lysosome", 24, _EX_STROKE, "lys-label", anchor="lm")
    cv.arrow((300, 740), (415, 520), _EX_STROKE, width=1.5, head=12, key="nuc-arrow")
    _hand_label(cv, (300, 765), "nucleus", 24, _EX_STROKE, "nuc-label")
    _hand_label(cv, (960, 120), "animal cell", 30, (25, 113, 194), "title")
    return to_png(cv.render())


def _chalk_bg_and_tex(w, h, seed):
    return blackboard_bg(w, h, seed), chalk_texture(w, h, seed + 1)


def _draw_blackboard(wrong):
    W, H = 1280, 720
    bg, tex = _chalk_bg_and_tex(W, H, 902)
    cv = Canvas(W, H, ss=2, mode="chalk", seed=902, amp=2.2)
    white, yellow, pink, blue = (240, 240, 232), (244, 229, 138), (246, 170, 190), (160, 205, 240)
    # two cells side by side
    cv.ellipse(330, 380, 250, 200, outline=white, width=4, key="cellL")
    cv.ellipse(950, 380, 250, 200, outline=white, width=4, key="cellR")
    # left: a nucleus and three mitochondria
    cv.ellipse(290, 370, 80, 70, outline=blue, width=4, key="nucL")
    cv.ellipse(300, 360, 20, 18, outline=blue, width=3, key="nucL-in")
    mito = [(470, 300), (450, 470), (200, 500)]
    if wrong == "left_mitochondrion_extra":  # breaks "three mitochondria" in the left cell
        mito = mito + [(210, 260)]
    moved = None
    if wrong == "mitochondrion_in_right_cell":  # breaks "the left cell has ... three mitochondria" (one moved to the right cell)
        moved = mito.pop(1)
    for i, (x, y) in enumerate(mito + ([(1060, 500)] if moved else [])):
        pts = cv.ellipse_pts(x, y, 46, 22)
        cv.line(pts, yellow, width=4, key=f"mito{x}_{y}")
        zz = [(x - 34 + 10 * k, y + (10 if k % 2 else -10)) for k in range(8)]
        cv.line(zz, yellow, width=2.5, key=f"mitoz{x}_{y}")
    # right: a nucleus and two vacuoles
    if wrong != "right_nucleus_missing":  # breaks "the right cell has a nucleus"
        cv.ellipse(880, 300, 72, 64, outline=blue, width=4, key="nucR")
        cv.ellipse(890, 292, 18, 16, outline=blue, width=3, key="nucR-in")
    vac = [(1060, 330), (900, 480)]
    if wrong == "vacuole_dropped":  # breaks "two vacuoles"
        vac = vac[:1]
    for i, (x, y) in enumerate(vac):
        cv.ellipse(x, y, 70, 52, outline=pink, width=4, key=f"vac{i}")
    # chalk labels
    for s, xy, key in (("nucleus", (290, 470), "lnL"), ("mitochondria", (330, 620), "lm"),
                       ("nucleus", (880, 392), "lnR"), ("vacuoles", (960, 620), "lv"),
                       ("left cell", (330, 120), "t1"), ("right cell", (950, 120), "t2")):
        cv.text(xy, s, 30, white, kind="condo", key=key, hand=True)
    return to_png(cv.render(bg_img=bg, texture=tex))


# Okabe-Ito colour-blind safe palette
_OI = {"orange": (230, 159, 0), "sky": (86, 180, 233), "green": (0, 158, 115), "yellow": (240, 228, 66),
       "blue": (0, 114, 178), "verm": (213, 94, 0), "purple": (204, 121, 167), "black": (0, 0, 0)}


def _draw_okabe(wrong):
    W, H = 2400, 1600
    cv = Canvas(W, H, bg=(255, 255, 255), ss=1, mode="clean")
    x0, y0, x1, y1 = 220, 200, 1560, 1400
    if wrong != "cell_wall_missing":  # breaks "a cell wall"
        cv.rrect(x0 - 36, y0 - 36, x1 + 36, y1 + 36, 90, fill=_OI["orange"], outline=(120, 80, 0), width=4)
    cv.rrect(x0, y0, x1, y1, 60, fill=(250, 246, 236), outline=(60, 60, 60), width=6)
    # vacuole
    cv.rrect(760, 380, 1380, 1000, 200, fill=_OI["sky"], outline=(20, 80, 120), width=6)
    # nucleus
    nuc = [(470, 520)]
    if wrong == "nucleus_extra":  # breaks "a nucleus"
        nuc.append((450, 1200))
    for i, (x, y) in enumerate(nuc):
        cv.ellipse(x, y, 150, 130, fill=_OI["blue"], outline=(0, 50, 90), width=6)
        cv.ellipse(x + 20, y - 10, 45, 40, fill=(0, 70, 120))
    # chloroplasts
    chl = [(420, 880), (1000, 1230), (1300, 1230), (1400, 290)]
    if wrong == "chloroplast_dropped":  # breaks "four chloroplasts"
        chl = chl[:3]
    for i, (x, y) in enumerate(chl):
        cv.ellipse(x, y, 100, 55, fill=_OI["green"], outline=(0, 80, 55), width=5)
        for k in range(-2, 3):
            cv.line([(x + 30 * k, y - 28), (x + 30 * k, y + 28)], (0, 90, 60), width=6)
    # mitochondria
    mit = [(760, 1280), (1420, 560)]
    if wrong == "mitochondrion_outside_cell":  # breaks "two mitochondria" inside the cell
        mit = [mit[0], (1820, 1460)]
    for i, (x, y) in enumerate(mit):
        cv.ellipse(x, y, 80, 42, fill=_OI["verm"], outline=(110, 45, 0), width=5)
        zz = [(x - 60 + 15 * k, y + (18 if k % 2 else -18)) for k in range(9)]
        cv.line(zz, (255, 220, 190), width=4)
    # legend (kinds only)
    lx, ly = 1760, 380
    cv.text((lx, ly - 90), "Legend", 54, (0, 0, 0), kind="lsansb", anchor="lm")
    items = [("cell wall", _OI["orange"]), ("nucleus", _OI["blue"]), ("vacuole", _OI["sky"]),
             ("chloroplast", _OI["green"]), ("mitochondrion", _OI["verm"])]
    for i, (s, col) in enumerate(items):
        y = ly + 110 * i
        cv.rrect(lx, y - 32, lx + 90, y + 32, 12, fill=col, outline=(40, 40, 40), width=3)
        cv.text((lx + 120, y), s, 48, (0, 0, 0), kind="lsans", anchor="lm")
    cv.text((W / 2, 90), "Plant cell", 70, (0, 0, 0), kind="lsansb")
    cv.text((W - 40, H - 40), "palette: Okabe–Ito", 34, (90, 90, 90), kind="lsansi", anchor="rb")
    return to_png(cv.render())


def cases():
    return [
        {"id": "h9-cell-excalidraw",
         "text": "An animal cell with a nucleus, an endoplasmic reticulum, a Golgi apparatus and three lysosomes.",
         "tool": "PIL (Excalidraw look: double jittered strokes, pastel fills, hand lettering)",
         "style": "excalidraw sketch (1200x800)", "draw": _draw_excalidraw,
         "wrongs": ["lysosome_dropped", "lysosome_extra", "golgi_outside_cell", "er_dropped"]},
        {"id": "h9-cell-blackboard",
         "text": "Two cells side by side: the left cell has a nucleus and three mitochondria, the right cell has a "
                 "nucleus and two vacuoles.",
         "tool": "PIL chalk strokes + numpy chalk texture", "style": "chalk on a green blackboard (1280x720)",
         "draw": _draw_blackboard,
         "wrongs": ["mitochondrion_in_right_cell", "vacuole_dropped", "right_nucleus_missing",
                    "left_mitochondrion_extra"]},
        {"id": "h9-cell-okabe-large",
         "text": "A plant cell with a cell wall, a nucleus, a vacuole, four chloroplasts and two mitochondria.",
         "tool": "PIL (flat vector export)", "style": "Okabe-Ito colour-blind safe palette, legend, large (2400x1600)",
         "draw": _draw_okabe,
         "wrongs": ["cell_wall_missing", "chloroplast_dropped", "mitochondrion_outside_cell", "nucleus_extra"]},
    ]
