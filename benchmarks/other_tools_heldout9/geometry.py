"""Held-out set 9, geometry: chalk on a blackboard, a draw.io figure, a large export with a logo watermark."""
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


SCIENCE = "geometry"


def _draw_blackboard(wrong):
    # isosceles triangle: BC = 6 cm, AB = AC = 5 cm, so the height from A is 4 cm; 70 px per cm
    W, H = 1200, 800
    bg, tex = blackboard_bg(W, H, 907, base=(44, 52, 50)), chalk_texture(W, H, 908)
    cv = Canvas(W, H, ss=2, mode="chalk", seed=907, amp=2.0)
    k, mx, by = 70.0, 600.0, 620.0
    half = 3.0
    if wrong == "bc_drawn_8":  # breaks "BC = 6 cm" (BC drawn 8 cm, AB = AC = 5 kept, label kept)
        half = 4.0
    h = math.sqrt(25 - half * half)
    A, B, C = (mx, by - h * k), (mx - half * k, by), (mx + half * k, by)
    white, yellow = (238, 238, 230), (244, 229, 138)
    cv.line([A, B, C], white, width=5, key="tri", closed=True)
    for P, Q, key in ((A, B, "tAB"), (A, C, "tAC")):
        mxp, myp = (P[0] + Q[0]) / 2, (P[1] + Q[1]) / 2
        dx, dy = Q[0] - P[0], Q[1] - P[1]
        n = math.hypot(dx, dy)
        nx, ny = -dy / n * 14, dx / n * 14
        cv.line([(mxp - nx, myp - ny), (mxp + nx, myp + ny)], yellow, width=4, key=key)
    names = {"A": A, "B": B, "C": C}
    if wrong == "a_b_swapped":  # breaks "AB = AC" with A at the apex (A and B swapped)
        names = {"A": B, "B": A, "C": C}
    for s, p in names.items():
        o = (0, -40) if p == A else ((-36, 20) if p == B else (36, 20))
        cv.text((p[0] + o[0], p[1] + o[1]), s, 44, white, kind="condo", key="v" + s, hand=True)
    ab, ac, bc = "5 cm", "5 cm", "6 cm"
    if wrong == "ab_label_6":  # breaks "AB = 5 cm"
        ab = "6 cm"
    if wrong == "bc_label_7":  # breaks "BC = 6 cm"
        bc = "7 cm"
    cv.text(((A[0] + B[0]) / 2 - 70, (A[1] + B[1]) / 2), ab, 36, yellow, kind="condo", key="lab", hand=True)
    cv.text(((A[0] + C[0]) / 2 + 70, (A[1] + C[1]) / 2), ac, 36, yellow, kind="condo", key="lac", hand=True)
    cv.text((mx, by + 50), bc, 36, yellow, kind="condo", key="lbc", hand=True)
    cv.text((150, 90), "isosceles", 40, white, kind="condo", key="title", hand=True)
    return to_png(cv.render(bg_img=bg, texture=tex))


def _drawio_grid(W, H):
    img = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(img)
    for x in range(0, W, 10):
        d.line([(x, 0), (x, H)], fill=(232, 232, 232) if x % 40 else (214, 214, 214))
    for y in range(0, H, 10):
        d.line([(0, y), (W, y)], fill=(232, 232, 232) if y % 40 else (214, 214, 214))
    return img


def _edge_label(cv, xy, s, size):
    f = font("lsans", size * cv.S)
    w = f.getlength(s) / cv.S
    cv.rrect(xy[0] - w / 2 - 4, xy[1] - size * 0.7, xy[0] + w / 2 + 4, xy[1] + size * 0.7, 0, fill=(255, 255, 255))
    cv.text(xy, s, size, (0, 0, 0), kind="lsans")


def _draw_drawio(wrong):
    # parallelogram AB = 6 cm, AD = 4 cm, angle A = 60 degrees; 80 px per cm
    W, H = 1000, 620
    cv = Canvas(W, H, ss=2, mode="clean")
    k = 80.0
    ab, ad, ang = 6.0, 4.0, 60.0
    if wrong == "angle_drawn_90":  # breaks "angle A = 60 degrees" (drawn as a right angle, label kept)
        ang = 90.0
    if wrong == "ab_drawn_4":  # breaks "AB = 6 cm" (drawn 4 cm, label kept)
        ab = 4.0
    t = math.radians(ang)
    A = (200.0, 500.0)
    B = (A[0] + ab * k, A[1])
    D = (A[0] + ad * k * math.cos(t), A[1] - ad * k * math.sin(t))
    C = (B[0] + D[0] - A[0], D[1])
    cv.poly([A, B, C, D], fill=(218, 232, 252), outline=(108, 142, 191), width=2)
    cv.d.pieslice([(A[0] - 45) * 2, (A[1] - 45) * 2, (A[0] + 45) * 2, (A[1] + 45) * 2], -ang, 0,
                  outline=(108, 142, 191), width=2)
    cv.text((A[0] + 62 * math.cos(t / 2), A[1] - 62 * math.sin(t / 2)), "60°", 16, (0, 0, 0), kind="lsans")
    names = {"A": A, "B": B, "C": C, "D": D}
    if wrong == "c_d_swapped":  # breaks "parallelogram ABCD" vertex order (C and D swapped)
        names["C"], names["D"] = D, C
    offs = {A: (-18, 16), B: (18, 16), C: (18, -16), D: (-18, -16)}
    for s, p in names.items():
        o = offs[p]
        cv.text((p[0] + o[0], p[1] + o[1]), s, 18, (0, 0, 0), kind="lsansb")
    for p in (A, B, C, D):
        cv.ellipse(p[0], p[1], 3, 3, fill=(108, 142, 191))
    adl = "4 cm"
    if wrong == "ad_label_5":  # breaks "AD = 4 cm"
        adl = "5 cm"
    _edge_label(cv, ((A[0] + B[0]) / 2, A[1]), "6 cm", 16)
    _edge_label(cv, ((A[0] + D[0]) / 2, (A[1] + D[1]) / 2), adl, 16)
    img = cv.render(bg_img=_drawio_grid(W, H))
    return to_png(img)


def _draw_large(wrong):
    # trapezium AB = 8 cm, DC = 4 cm, AB parallel to DC, height 3 cm; 250 px per cm, 3000 x 2000
    W, H = 3000, 2000
    cv = Canvas(W, H, bg=(255, 255, 255), ss=1, mode="clean")
    k = 250.0
    A, B = (500.0, 1500.0), (2500.0, 1500.0)
    dc, tilt = 4.0, 0.0
    if wrong == "dc_drawn_6":  # breaks "DC = 4 cm" (drawn 6 cm, label kept)
        dc = 6.0
    if wrong == "dc_tilted":  # breaks "AB parallel to DC"
        tilt = 0.9
    D = (1500.0 - dc * k / 2, 1500.0 - 3 * k - tilt * k / 2)
    C = (1500.0 + dc * k / 2, 1500.0 - 3 * k + tilt * k / 2)
    cv.poly([A, B, C, D], fill=(240, 246, 255), outline=(20, 40, 90), width=8)
    hx = 1500.0
    cv.line([(hx, 1500 - 3 * k), (hx, 1500)], (90, 90, 90), width=5, dash=(30, 20))
    cv.line([(hx, 1500 - 40), (hx + 40, 1500 - 40), (hx + 40, 1500)], (90, 90, 90), width=4)
    for s, p, o in (("A", A, (-60, 50)), ("B", B, (60, 50)), ("C", C, (60, -50)), ("D", D, (-60, -50))):
        cv.text((p[0] + o[0], p[1] + o[1]), s, 90, (0, 0, 0), kind="serifi")
    abl, hl = "8 cm", "3 cm"
    if wrong == "ab_label_10":  # breaks "AB = 8 cm"
        abl = "10 cm"
    if wrong == "height_label_5":  # breaks "height 3 cm"
        hl = "5 cm"
    cv.text((1500, 1600), abl, 80, (0, 0, 0), kind="serif")
    cv.text((1500, 1500 - 3 * k - 90), "4 cm", 80, (0, 0, 0), kind="serif")
    cv.text((hx + 70, 1500 - 1.5 * k), hl, 80, (60, 60, 60), kind="serif", anchor="lm")
    # logo watermark in the corner
    cv.ellipse(2520, 1850, 60, 60, fill=(225, 232, 245), outline=(170, 185, 215), width=6)
    cv.line([(2485, 1880), (2520, 1815), (2555, 1880), (2485, 1880)], (170, 185, 215), width=6)
    cv.text((2600, 1850), "GeoSketch", 54, (185, 195, 215), kind="lsansb", anchor="lm")
    return to_png(cv.render())


def cases():
    return [
        {"id": "h9-geometry-blackboard", "text": "An isosceles triangle ABC with AB = AC = 5 cm and BC = 6 cm.",
         "tool": "PIL chalk strokes + numpy chalk texture", "style": "chalk on a grey-green blackboard (1200x800)",
         "draw": _draw_blackboard, "wrongs": ["bc_drawn_8", "ab_label_6", "a_b_swapped", "bc_label_7"]},
        {"id": "h9-geometry-drawio",
         "text": "A parallelogram ABCD with AB = 6 cm, AD = 4 cm and angle A = 60 degrees.",
         "tool": "PIL (draw.io look)", "style": "draw.io canvas grid, #dae8fc fill / #6c8ebf stroke, edge labels (1000x620)",
         "draw": _draw_drawio, "wrongs": ["angle_drawn_90", "ad_label_5", "ab_drawn_4", "c_d_swapped"]},
        {"id": "h9-geometry-large-logo",
         "text": "A trapezium ABCD with AB parallel to DC, AB = 8 cm, DC = 4 cm and height 3 cm.",
         "tool": "PIL (vector-style export)", "style": "large export with a logo watermark in a corner (3000x2000)",
         "draw": _draw_large, "wrongs": ["dc_drawn_6", "dc_tilted", "ab_label_10", "height_label_5"]},
    ]
