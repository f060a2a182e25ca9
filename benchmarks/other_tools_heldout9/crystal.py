"""Held-out set 9, crystal: a PDF-viewer screenshot, a photographed whiteboard, a large viridis export."""
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


SCIENCE = "crystal"

_CORNERS = [(x, y, z) for x in (0, 1) for y in (0, 1) for z in (0, 1)]
_FACES = [(0.5, 0.5, 0), (0.5, 0.5, 1), (0.5, 0, 0.5), (0.5, 1, 0.5), (0, 0.5, 0.5), (1, 0.5, 0.5)]
_EDGES = [(a, b) for a in _CORNERS for b in _CORNERS if a < b and sum(abs(p - q) for p, q in zip(a, b)) == 1]


def _oblique(L, ox, oy, k=0.5, ang=30):
    c, s = k * math.cos(math.radians(ang)), k * math.sin(math.radians(ang))
    return lambda p: (ox + L * (p[0] + c * p[1]), oy - L * (p[2] + s * p[1]))


def _ball(cv, x, y, r, base, key=""):
    """A shaded ball: concentric discs from the rim colour to a highlight."""
    for k in range(12):
        t = k / 11
        col = tuple(int(base[i] * (0.55 + 0.45 * t) + 255 * 0.5 * t * t) for i in range(3))
        col = tuple(min(255, c) for c in col)
        rr = r * (1 - 0.75 * t)
        cv.ellipse(x - 0.3 * r * t, y - 0.3 * r * t, rr, rr, fill=col)
    cv.ellipse(x, y, r, r, outline=(40, 40, 40), width=1)


def _draw_pdfviewer(wrong):
    W, H = 1440, 900
    cv = Canvas(W, H, bg=(82, 86, 89), ss=2, mode="clean")
    # toolbar
    cv.rrect(0, 0, W, 56, 0, fill=(50, 54, 57))
    cv.text((20, 28), "≡", 24, (230, 230, 230), anchor="lm")
    cv.text((60, 28), "solid_state_notes.pdf", 17, (230, 230, 230), anchor="lm")
    cv.text((W / 2, 28), "3  /  12     —   100%   +", 16, (230, 230, 230))
    cv.text((W - 30, 28), "⋮", 20, (230, 230, 230), anchor="rm")
    # page
    px0, px1 = 300, 1140
    cv.rrect(px0 + 4, 80 + 4, px1 + 4, H + 40, 0, fill=(40, 40, 40))
    cv.rrect(px0, 80, px1, H + 40, 0, fill=(255, 255, 255))
    cv.text((px0 + 70, 130), "3.2  Cubic metals", 24, (0, 0, 0), kind="serifb", anchor="lm")
    for i, s in enumerate(["Many metals crystallise in a cubic lattice. The conventional unit cell is a",
                           "cube of edge a; atoms sit at the lattice sites drawn below."]):
        cv.text((px0 + 70, 175 + 28 * i), s, 18, (20, 20, 20), kind="serif", anchor="lm")
    L = 300
    P = _oblique(L, 560, 650)
    for a, b in _EDGES:
        cv.line([P(a), P(b)], (60, 60, 60), width=1.6)
    sites = list(_CORNERS)
    if wrong != "face_centres_dropped":  # breaks "face-centred cubic" (the six face centres dropped)
        sites += _FACES
    if wrong == "body_centre_added":  # breaks "face-centred cubic" (an atom at the body centre)
        sites.append((0.5, 0.5, 0.5))
    r = 0.5 * L * math.sqrt(2) / 4
    for p in sorted(sites, key=lambda p: -p[1]):
        x, y = P(p)
        _ball(cv, x, y, r, (175, 178, 190))
    lab = "a = 3.92 Å"
    if wrong == "a_label_4.08":  # breaks "a = 3.92 Å"
        lab = "a = 4.08 Å"
    x0, y0 = P((0, 0, 0))
    x1, _ = P((1, 0, 0))
    cv.line([(x0, y0 + 70), (x1, y0 + 70)], (0, 0, 0), width=1.4)
    for xx in (x0, x1):
        cv.line([(xx, y0 + 58), (xx, y0 + 82)], (0, 0, 0), width=1.4)
    cv.text(((x0 + x1) / 2, y0 + 95), lab, 20, (0, 0, 0), kind="serifi")
    name = "Pt"
    if wrong == "named_Au":  # breaks "Platinum"
        name = "Au"
    _ball(cv, 960, 745, 16, (175, 178, 190))
    cv.text((983, 745), f"{name} atom", 19, (0, 0, 0), kind="serif", anchor="lm")
    cv.text(((px0 + px1) / 2, 820), "Figure 3.2  Conventional cubic unit cell.", 17, (0, 0, 0), kind="serif")
    # viewer scrollbar
    cv.rrect(W - 14, 60, W - 4, H - 4, 4, fill=(70, 74, 77))
    cv.rrect(W - 14, 260, W - 4, 420, 4, fill=(140, 140, 140))
    return to_png(cv.render())


def _draw_whiteboard(wrong):
    W, H = 1400, 1000
    cv = Canvas(W, H, ss=2, mode="marker", seed=903, amp=2.0)
    black, blue, red, green = (25, 25, 30), (25, 70, 190), (200, 30, 30), (20, 130, 60)
    L = 420
    P = _oblique(L, 380, 760, k=0.55, ang=32)
    for i, (a, b) in enumerate(_EDGES):
        cv.line([P(a), P(b)], black, width=4, key=f"edge{i}")
    corners = list(_CORNERS)
    if wrong == "corner_dropped":  # breaks "body-centred cubic" (a corner atom dropped)
        corners.remove((1, 1, 1))
    for p in corners:
        x, y = P(p)
        cv.ellipse(x, y, 30, 30, outline=blue, width=5, key=f"c{p}")
    if wrong != "body_centre_dropped":  # breaks "body-centred cubic" (no body-centre atom)
        x, y = P((0.5, 0.5, 0.5))
        cv.ellipse(x, y, 30, 30, outline=red, width=5, key="body")
    x0, y0 = P((0, 0, 0))
    x1, _ = P((1, 0, 0))
    cv.line([(x0, y0 + 70), (x1, y0 + 70)], green, width=4, key="dim")
    cv.arrow(((x0 + x1) / 2, y0 + 70), (x0, y0 + 70), green, width=4, head=18, key="dimL")
    cv.arrow(((x0 + x1) / 2, y0 + 70), (x1, y0 + 70), green, width=4, head=18, key="dimR")
    lab = "a = 3.03 Å"
    if wrong == "a_label_3.30":  # breaks "a = 3.03 Å"
        lab = "a = 3.30 Å"
    cv.text(((x0 + x1) / 2, y0 + 120), lab, 46, green, kind="condo", key="alab", hand=True)
    name = "V"
    if wrong == "named_Cr":  # breaks "Vanadium"
        name = "Cr"
    cv.text((1120, 110), f"{name}  (bcc)", 60, black, kind="condo", key="name", hand=True)
    cv.ellipse(980, 320, 26, 26, outline=blue, width=5, key="k1")
    cv.text((1030, 320), "corner", 40, blue, kind="condo", anchor="lm", key="k1t", hand=True)
    cv.ellipse(980, 400, 26, 26, outline=red, width=5, key="k2")
    cv.text((1030, 400), "body centre", 40, red, kind="condo", anchor="lm", key="k2t", hand=True)
    board = cv.render(bg_img=whiteboard_bg(W, H, 903))
    return to_png(photograph(board, 903, (1280, 960), tilt=0.05, glare=(0.72, 0.22, 0.4), frame=(150, 150, 145)))


def _viridis(t):
    from matplotlib import colormaps
    r, g, b, _ = colormaps["viridis"](float(t))
    return (int(r * 255), int(g * 255), int(b * 255))


def _draw_viridis(wrong):
    W, H = 2560, 1920
    cv = Canvas(W, H, bg=(255, 255, 255), ss=1, mode="clean")
    L = 1100
    P = _oblique(L, 520, 1640, k=0.5, ang=28)
    for a, b in _EDGES:
        cv.line([P(a), P(b)], (90, 90, 90), width=4)
    inner = [(0.25, 0.25, 0.25), (0.75, 0.75, 0.25), (0.75, 0.25, 0.75), (0.25, 0.75, 0.75)]
    sites = list(_CORNERS)
    if wrong != "face_centres_dropped":  # breaks "the diamond structure" (face centres dropped)
        sites += _FACES
    if wrong == "interior_atoms_dropped":  # breaks "the diamond structure" (the four inner sites dropped)
        inner = []
    # bonds (Si–Si nearest neighbours, a√3/4)
    for q in inner:
        for p in sites:
            if abs(sum((u - v) ** 2 for u, v in zip(p, q)) - 3 / 16) < 1e-6:
                cv.line([P(p), P(q)], (60, 60, 60), width=10)
    r = 0.5 * L * math.sqrt(3) / 8
    for p in sorted(sites + inner, key=lambda p: -p[1]):
        x, y = P(p)
        cv.ellipse(x, y, r, r, fill=_viridis(p[2]), outline=(20, 20, 20), width=4)
    lab = "a = 5.43 Å"
    if wrong == "a_label_5.65":  # breaks "a = 5.43 Å"
        lab = "a = 5.65 Å"
    x0, y0 = P((0, 0, 0))
    x1, _ = P((1, 0, 0))
    cv.line([(x0, y0 + 150), (x1, y0 + 150)], (0, 0, 0), width=4)
    for xx in (x0, x1):
        cv.line([(xx, y0 + 120), (xx, y0 + 180)], (0, 0, 0), width=4)
    cv.text(((x0 + x1) / 2, y0 + 215), lab, 64, (0, 0, 0), kind="sans")
    name = "Si"
    if wrong == "named_Ge":  # breaks "Silicon"
        name = "Ge"
    cv.text((W / 2, 80), f"{name} unit cell", 80, (0, 0, 0), kind="sansb")
    # colour bar: height z / a
    bx, by0, by1 = 2250, 500, 1500
    for k in range(200):
        t = k / 199
        y = by1 - (by1 - by0) * t
        cv.line([(bx, y), (bx + 70, y)], _viridis(t), width=7)
    cv.rrect(bx, by0, bx + 70, by1, 0, outline=(0, 0, 0), width=3)
    for t in (0, 0.25, 0.5, 0.75, 1):
        y = by1 - (by1 - by0) * t
        cv.text((bx + 90, y), f"{t:.2f}", 44, (0, 0, 0), anchor="lm")
    cv.text((bx + 35, by0 - 70), "z / a", 50, (0, 0, 0))
    return to_png(cv.render())


def cases():
    return [
        {"id": "h9-crystal-pdfviewer", "text": "Platinum is face-centred cubic with a = 3.92 Å.",
         "tool": "PIL (browser PDF viewer UI + textbook page)",
         "style": "PDF viewer screenshot, dark toolbar, page with text and caption (1440x900)",
         "draw": _draw_pdfviewer, "wrongs": ["face_centres_dropped", "body_centre_added", "a_label_4.08", "named_Au"]},
        {"id": "h9-crystal-whiteboard", "text": "Vanadium is body-centred cubic with a = 3.03 Å.",
         "tool": "PIL marker strokes + OpenCV perspective photo",
         "style": "coloured markers on a whiteboard, phone photo with glare (1280x960)", "draw": _draw_whiteboard,
         "wrongs": ["body_centre_dropped", "corner_dropped", "a_label_3.30", "named_Cr"]},
        {"id": "h9-crystal-viridis-large", "text": "Silicon has the diamond structure with a = 5.43 Å.",
         "tool": "PIL + matplotlib viridis colormap (colours only)",
         "style": "viridis colour-by-height, colour bar, large export (2560x1920)", "draw": _draw_viridis,
         "wrongs": ["interior_atoms_dropped", "face_centres_dropped", "a_label_5.65", "named_Ge"]},
    ]
