"""Held-out set 10 (other tools), science: geometry.

A GeoGebra Classic construction, a small TikZ/PGF figure (Computer Modern), and a large
Inkscape-style drawing printed on a monochrome laser printer. Lengths and angles to scale.
"""

# ---- helpers (shared by the nine modules of set 10: fonts, PNG re-save, canvas/strokes, print models) ----
import io
import math
import glob
import random
import struct
import zlib

import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageOps

_FD = "/usr/share/fonts/truetype/"
_FONT_FILES = {
    "sans": "dejavu/DejaVuSans.ttf", "sansb": "dejavu/DejaVuSans-Bold.ttf",
    "sansi": "dejavu/DejaVuSans-Oblique.ttf", "sansc": "dejavu/DejaVuSansCondensed.ttf",
    "sanscb": "dejavu/DejaVuSansCondensed-Bold.ttf", "serif": "dejavu/DejaVuSerif.ttf",
    "serifi": "dejavu/DejaVuSerif-Italic.ttf", "serifb": "dejavu/DejaVuSerif-Bold.ttf",
    "mono": "dejavu/DejaVuSansMono.ttf", "monob": "dejavu/DejaVuSansMono-Bold.ttf",
    "arial": "liberation/LiberationSans-Regular.ttf", "arialb": "liberation/LiberationSans-Bold.ttf",
    "ariali": "liberation/LiberationSans-Italic.ttf", "narrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "narrowb": "liberation/LiberationSansNarrow-Bold.ttf", "times": "liberation/LiberationSerif-Regular.ttf",
    "timesi": "liberation/LiberationSerif-Italic.ttf", "timesb": "liberation/LiberationSerif-Bold.ttf",
    "courier": "liberation/LiberationMono-Regular.ttf",
}
# Computer-Modern-like faces ship with matplotlib (its font files only; no matplotlib state is touched)
_CM = {"cmr": "cmr10.ttf", "cmmi": "cmmi10.ttf", "cmti": "cmti10.ttf", "cmss": "cmss10.ttf",
       "cmb": "cmb10.ttf", "stix": "STIXGeneral.ttf", "stixi": "STIXGeneralItalic.ttf"}
_FCACHE = {}


def _cm_path(fname):
    hits = sorted(glob.glob("/work/main/.venv/lib/python*/site-packages/matplotlib/mpl-data/fonts/ttf/" + fname))
    if not hits:
        hits = sorted(glob.glob("/usr/lib/python3*/*-packages/matplotlib/mpl-data/fonts/ttf/" + fname))
    return hits[0] if hits else None


def font(name, size):
    key = (name, int(round(size)))
    if key not in _FCACHE:
        path = None
        if name in _CM:
            path = _cm_path(_CM[name])
            if path is None:
                path = _FD + ("dejavu/DejaVuSerif-Italic.ttf" if name in ("cmmi", "cmti", "stixi")
                              else "dejavu/DejaVuSerif.ttf")
        else:
            path = _FD + _FONT_FILES[name]
        _FCACHE[key] = ImageFont.truetype(path, max(4, int(round(size))))
    return _FCACHE[key]


def rng(seed, key):
    """random.Random seeded from the case seed and the CRC-32 of an entity key (never hash())."""
    return random.Random((seed * 1000003 + zlib.crc32(key.encode("utf-8"))) & 0xFFFFFFFF)


def nprng(seed, key):
    return np.random.RandomState((seed * 7919 + zlib.crc32(key.encode("utf-8"))) & 0x7FFFFFFF)


def png_bytes(img):
    """PNG with only IHDR / IDAT / IEND, 8-bit RGB."""
    img = img.convert("RGB")
    buf = io.BytesIO()
    img.save(buf, format="PNG", compress_level=6)
    raw = buf.getvalue()
    out, pos = [raw[:8]], 8
    while pos < len(raw):
        n = struct.unpack(">I", raw[pos:pos + 4])[0]
        typ = raw[pos + 4:pos + 8]
        if typ in (b"IHDR", b"IDAT", b"IEND"):
            out.append(raw[pos:pos + 12 + n])
        pos += 12 + n
    return b"".join(out)


def _rgb(c):
    if isinstance(c, str):
        c = c.lstrip("#")
        return tuple(int(c[i:i + 2], 16) for i in (0, 2, 4))
    return tuple(int(v) for v in c)


def mix(c1, c2, t):
    a, b = _rgb(c1), _rgb(c2)
    return tuple(int(round(a[i] + (b[i] - a[i]) * t)) for i in range(3))


class Canvas:
    """Supersampled drawing surface; coordinates in final pixels."""

    def __init__(self, w, h, bg="#ffffff", ss=3):
        self.w, self.h, self.s = w, h, ss
        self.im = Image.new("RGB", (w * ss, h * ss), _rgb(bg))
        self.d = ImageDraw.Draw(self.im)

    def _p(self, pts):
        s = self.s
        return [(x * s, y * s) for x, y in pts]

    def line(self, pts, fill="#000000", width=1.0, dash=None, cap=True):
        pts = list(pts)
        if dash:
            on, off = dash
            segs, cur, acc, draw_on = [], [pts[0]], 0.0, True
            for (x0, y0), (x1, y1) in zip(pts, pts[1:]):
                L = math.hypot(x1 - x0, y1 - y0)
                t = 0.0
                while L > 0 and t < L:
                    lim = (on if draw_on else off) - acc
                    step = min(lim, L - t)
                    t += step
                    acc += step
                    p = (x0 + (x1 - x0) * t / L, y0 + (y1 - y0) * t / L)
                    if draw_on:
                        cur.append(p)
                    if acc >= (on if draw_on else off) - 1e-9:
                        if draw_on and len(cur) > 1:
                            segs.append(cur)
                        draw_on, acc, cur = not draw_on, 0.0, [p]
            if draw_on and len(cur) > 1:
                segs.append(cur)
            for sg in segs:
                self.line(sg, fill, width, None, cap)
            return
        w = max(1, int(round(width * self.s)))
        P = self._p(pts)
        self.d.line(P, fill=_rgb(fill), width=w, joint="curve")
        if cap and w > 2:
            r = w / 2.0
            for (x, y) in (P[0], P[-1]):
                self.d.ellipse([x - r, y - r, x + r, y + r], fill=_rgb(fill))

    def poly(self, pts, fill=None, outline=None, width=1.0):
        P = self._p(pts)
        if fill is not None:
            self.d.polygon(P, fill=_rgb(fill))
        if outline is not None:
            self.line(list(pts) + [pts[0]], outline, width)

    def rect(self, x0, y0, x1, y1, fill=None, outline=None, width=1.0, radius=0):
        if radius:
            s = self.s
            self.d.rounded_rectangle([x0 * s, y0 * s, x1 * s, y1 * s], radius=radius * s,
                                     fill=_rgb(fill) if fill is not None else None,
                                     outline=_rgb(outline) if outline is not None else None,
                                     width=max(1, int(round(width * s))) if outline is not None else 0)
        else:
            self.poly([(x0, y0), (x1, y0), (x1, y1), (x0, y1)], fill, outline, width)

    def ellipse(self, c, rx, ry, fill=None, outline=None, width=1.0, rot=0.0, dash=None, n=96):
        cx, cy = c
        ca, sa = math.cos(rot), math.sin(rot)
        pts = []
        for i in range(n):
            t = 2 * math.pi * i / n
            x, y = rx * math.cos(t), ry * math.sin(t)
            pts.append((cx + x * ca - y * sa, cy + x * sa + y * ca))
        if fill is not None:
            self.d.polygon(self._p(pts), fill=_rgb(fill))
        if outline is not None:
            self.line(pts + [pts[0]], outline, width, dash)

    def circle(self, c, r, fill=None, outline=None, width=1.0, dash=None):
        if dash is None:
            s = self.s
            x, y = c
            if fill is not None:
                self.d.ellipse([(x - r) * s, (y - r) * s, (x + r) * s, (y + r) * s], fill=_rgb(fill))
            if outline is not None:
                w = max(1, int(round(width * s)))
                self.d.ellipse([(x - r) * s - w / 2, (y - r) * s - w / 2, (x + r) * s + w / 2,
                                (y + r) * s + w / 2], outline=_rgb(outline), width=w)
        else:
            self.ellipse(c, r, r, fill, outline, width, 0.0, dash, n=max(48, int(r)))

    def tint(self, pts, color, alpha):
        """Translucent polygon fill (alpha 0..1)."""
        m = Image.new("L", self.im.size, 0)
        ImageDraw.Draw(m).polygon(self._p(pts), fill=int(255 * alpha))
        self.im.paste(Image.new("RGB", self.im.size, _rgb(color)), (0, 0), m)

    def arrow(self, p0, p1, fill="#000000", width=1.5, head=10.0, style="triangle", hw=None):
        (x0, y0), (x1, y1) = p0, p1
        L = math.hypot(x1 - x0, y1 - y0)
        if L < 1e-6:
            return
        ux, uy = (x1 - x0) / L, (y1 - y0) / L
        nx, ny = -uy, ux
        hw = head * 0.42 if hw is None else hw
        bx, by = x1 - ux * head, y1 - uy * head
        if style == "open":
            self.line([(x0, y0), (x1, y1)], fill, width)
            self.line([(bx + nx * hw, by + ny * hw), (x1, y1), (bx - nx * hw, by - ny * hw)], fill, width)
            return
        if style == "stealth":
            ix, iy = x1 - ux * head * 0.62, y1 - uy * head * 0.62
            self.line([(x0, y0), (ix, iy)], fill, width)
            self.poly([(x1, y1), (bx + nx * hw, by + ny * hw), (ix, iy), (bx - nx * hw, by - ny * hw)], fill)
            return
        self.line([(x0, y0), (bx + ux * 1.0, by + uy * 1.0)], fill, width)
        self.poly([(x1, y1), (bx + nx * hw, by + ny * hw), (bx - nx * hw, by - ny * hw)], fill)

    def text(self, xy, s, name="sans", size=14, fill="#000000", anchor="mm"):
        if name in ("cmr", "cmmi", "cmti", "cmss", "cmb"):
            return self.cmtext(xy, s, name, size, fill, anchor)
        f = font(name, size * self.s)
        self.d.text((xy[0] * self.s, xy[1] * self.s), s, font=f, fill=_rgb(fill), anchor=anchor)

    def text_size(self, s, name="sans", size=14):
        f = font(name, size * self.s)
        b = f.getbbox(s)
        return (b[2] - b[0]) / self.s, (b[3] - b[1]) / self.s

    def cmtext(self, xy, s, name, size, fill, anchor="mm"):
        """Computer-Modern-like text, glyph by glyph (CM for ASCII, STIX for the rest)."""
        sz = size * self.s
        fm, fx = font(name, sz), font("stixi" if name in ("cmmi", "cmti") else "stix", sz)
        if name == "cmmi":
            fd = font("cmr", sz)
        runs, W = [], 0.0
        for ch in s:
            if ch == " ":
                runs.append((None, ch, sz * 0.33))
                W += sz * 0.33
                continue
            f = fm if (33 <= ord(ch) < 127) else fx
            if name == "cmmi" and (ch.isdigit() or ch in "=.,()+-[]/:;"):
                f = fd
            adv = f.getlength(ch)
            runs.append((f, ch, adv))
            W += adv
        x, y = xy[0] * self.s, xy[1] * self.s
        h = sz * 0.7
        x0 = x - W / 2 if anchor[0] == "m" else (x - W if anchor[0] == "r" else x)
        yb = y + h / 2 if anchor[1] == "m" else (y + h if anchor[1] == "t" else y)
        for f, ch, adv in runs:
            if f is not None:
                self.d.text((x0, yb), ch, font=f, fill=_rgb(fill), anchor="ls")
            x0 += adv

    def ball(self, c, r, color, light=(-0.35, -0.4), outline=None, width=1.0):
        """Shaded sphere (radial gradient), as a vector tool's radial-gradient fill."""
        s = self.s
        cx, cy, R = c[0] * s, c[1] * s, r * s
        x0, y0, x1, y1 = int(cx - R) - 1, int(cy - R) - 1, int(cx + R) + 2, int(cy + R) + 2
        yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
        dx, dy = (xx + 0.5 - cx) / R, (yy + 0.5 - cy) / R
        inside = (dx * dx + dy * dy) <= 1.0
        dist = np.sqrt((dx - light[0]) ** 2 + (dy - light[1]) ** 2) / 1.6
        base = np.array(_rgb(color), np.float32)
        hi = base + (255 - base) * 0.75
        lo = base * 0.45
        t = np.clip(dist, 0, 1)[..., None]
        col = np.where(t < 0.5, hi + (base - hi) * (t / 0.5), base + (lo - base) * ((t - 0.5) / 0.5))
        reg = np.asarray(self.im.crop((x0, y0, x1, y1))).astype(np.float32)
        reg[inside] = col[inside]
        self.im.paste(Image.fromarray(reg.clip(0, 255).astype(np.uint8)), (x0, y0))
        if outline is not None:
            self.circle(c, r, None, outline, width)

    def image(self):
        return self.im.resize((self.w, self.h), Image.LANCZOS)


def grey(im):
    return im.convert("L").convert("RGB")


def negative(im):
    return ImageOps.invert(im.convert("RGB"))


def photocopy(im, seed, skew=0.6, edge="left"):
    """Office photocopy: grey cast, hard contrast, toner speckle, skew, dark edge along one side."""
    w, h = im.size
    g = np.asarray(im.convert("L")).astype(np.float32) / 255.0
    g = np.clip((g - 0.18) / 0.72, 0, 1) ** 1.4          # mid greys darken, light greys wash out
    paper = 0.86 + 0.03 * np.linspace(0, 1, w)[None, :]  # grey cast, uneven
    out = paper * g + 0.10 * (1 - g)
    r = nprng(seed, "speckle")
    sp = r.random_sample((h, w)) < 0.0022
    out[sp] = r.uniform(0.05, 0.45, sp.sum())
    blobs = r.random_sample((h // 3 + 1, w // 3 + 1)) < 0.0009
    bl = np.kron(blobs, np.ones((3, 3)))[:h, :w] > 0
    out[bl] *= 0.35
    x = np.arange(w, dtype=np.float32)
    y = np.arange(h, dtype=np.float32)
    if edge == "left":
        band = np.exp(-x / (0.025 * w))[None, :]
    elif edge == "right":
        band = np.exp(-(w - 1 - x) / (0.025 * w))[None, :]
    else:
        band = np.exp(-(h - 1 - y) / (0.03 * h))[:, None]
    out = out * (1 - 0.85 * band)
    img = Image.fromarray((np.clip(out, 0, 1) * 255).astype(np.uint8))
    img = img.rotate(skew, resample=Image.BICUBIC, fillcolor=40)
    img = img.filter(ImageFilter.GaussianBlur(0.55))
    return img.convert("RGB")


def _screen(shape, cell, angle_deg, ss):
    h, w = shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32) / ss
    a = math.radians(angle_deg)
    u = (xx * math.cos(a) + yy * math.sin(a)) * 2 * math.pi / cell
    v = (-xx * math.sin(a) + yy * math.cos(a)) * 2 * math.pi / cell
    return 0.5 - 0.25 * (np.cos(u) + np.cos(v))


def halftone(im, cell=5.0, colour=False, paper=(247, 244, 236)):
    """AM dot-screen print: grey at 45 deg, or CMYK screens at 15/75/0/45 deg; 2x supersampled."""
    ss = 2
    w, h = im.size
    big = im.convert("RGB").resize((w * ss, h * ss), Image.BILINEAR).filter(ImageFilter.BoxBlur(ss))
    a = np.asarray(big).astype(np.float32) / 255.0
    sharp = 1 - np.asarray(im.convert("L").resize((w * ss, h * ss), Image.BILINEAR)).astype(np.float32) / 255.0
    solid = sharp > 0.72  # line art and type print solid, not screened
    pap = np.array(paper, np.float32) / 255.0
    if not colour:
        d = 1 - (0.299 * a[..., 0] + 0.587 * a[..., 1] + 0.114 * a[..., 2])
        ink = ((d > _screen(d.shape, cell, 45, ss)) | solid).astype(np.float32)
        out = pap[None, None, :] * (1 - ink[..., None]) + np.array([0.09, 0.08, 0.09])[None, None, :] * ink[..., None]
    else:
        k = 1 - a.max(axis=2)
        den = np.maximum(1 - k, 1e-3)
        cmy = [(1 - a[..., i] - k) / den for i in range(3)]
        out = np.ones_like(a) * pap[None, None, :]
        inks = [((0.0, 0.68, 0.94), 15), ((0.93, 0.0, 0.55), 75), ((1.0, 0.95, 0.0), 0)]
        for (col, ang), ch in zip(inks, cmy):
            m = (ch * (1 - k) * 0.95 > _screen(k.shape, cell, ang, ss)).astype(np.float32)[..., None]
            out = out * (1 - m) + out * np.array(col)[None, None, :] * m
        mk = ((k > _screen(k.shape, cell, 45, ss)) | solid).astype(np.float32)[..., None]
        out = out * (1 - mk) + 0.08 * mk
    img = Image.fromarray((np.clip(out, 0, 1) * 255).astype(np.uint8))
    return img.resize((w, h), Image.BOX)


_BAYER8 = None


def fax(im, seed, header=None):
    """Fax-like 1-bit image: 8x8 ordered (Bayer) dither, a header line, a few dropped (white) scan rows."""
    global _BAYER8
    if _BAYER8 is None:
        b = np.array([[0, 2], [3, 1]])
        for _ in range(2):
            b = np.block([[4 * b, 4 * b + 2], [4 * b + 3, 4 * b + 1]])
        _BAYER8 = (b + 0.5) / 64.0
    w, h = im.size
    g = np.asarray(im.convert("L")).astype(np.float32) / 255.0
    g = np.clip((g - 0.08) / 0.86, 0, 1)
    thr = np.tile(_BAYER8, (h // 8 + 1, w // 8 + 1))[:h, :w]
    bw = (g > thr).astype(np.uint8) * 255
    r = nprng(seed, "fax-rows")
    for yy in r.choice(np.arange(40, h - 10), 3, replace=False):
        bw[yy, :] = 255
    img = Image.fromarray(bw)
    if header:
        d = ImageDraw.Draw(img)
        d.rectangle([0, 0, w, 22], fill=255)
        d.text((10, 4), header, font=font("courier", 14), fill=0)
    return img.convert("RGB")


def faded_scan(im, seed, angle=0.4, paper=(236, 228, 204)):
    """Old faded scan: low contrast, yellowed paper, soft, noisy, slightly turned."""
    w, h = im.size
    a = np.asarray(im.convert("RGB")).astype(np.float32) / 255.0
    lum = a.mean(axis=2, keepdims=True)
    a = lum + (a - lum) * 0.45                      # washed-out colour
    pap = np.array(paper, np.float32)[None, None, :] / 255.0
    ink = 1 - a
    out = pap * (1 - 0.52 * ink) + 0.0
    r = nprng(seed, "scan")
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    vign = 1 - 0.07 * (((xx - w / 2) / w) ** 2 + ((yy - h / 2) / h) ** 2) * 4
    out = out * vign[..., None] + r.normal(0, 0.012, (h, w, 1))
    img = Image.fromarray((np.clip(out, 0, 1) * 255).astype(np.uint8))
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=tuple(int(v * 0.9) for v in paper))
    return img.filter(ImageFilter.GaussianBlur(0.7))


def laser(im, seed):
    """Monochrome laser print, rescanned: greys become toner, fine granularity, a faint drum streak."""
    w, h = im.size
    g = np.asarray(im.convert("L")).astype(np.float32) / 255.0
    r = nprng(seed, "laser")
    gran = r.normal(0, 0.06, (h, w)).astype(np.float32)
    t = np.clip((g - 0.5) * 3.2 + 0.5 + gran * (1 - np.abs(g - 0.5) * 2), 0, 1)
    out = 0.985 * t + 0.07 * (1 - t)
    sx = r.randint(w // 5, 4 * w // 5)
    out[:, sx:sx + 2] *= 0.93
    img = Image.fromarray((np.clip(out, 0, 1) * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.45))
    return img.convert("RGB")


def eink(im, levels=16, paper=(233, 233, 226), ink=(34, 34, 36)):
    """E-ink panel: 16 grey levels between the panel's paper and ink tones."""
    g = np.asarray(im.convert("L")).astype(np.float32) / 255.0
    q = np.round(g * (levels - 1)) / (levels - 1)
    p, k = np.array(paper, np.float32), np.array(ink, np.float32)
    out = k[None, None, :] + (p - k)[None, None, :] * q[..., None]
    return Image.fromarray(out.astype(np.uint8))
# ---- end of helpers ----


SCIENCE = "geometry"


def _right_mark(cv, v, p1, p2, size, ink, width):
    def u(p):
        L = math.hypot(p[0] - v[0], p[1] - v[1])
        return ((p[0] - v[0]) / L, (p[1] - v[1]) / L)
    a, b = u(p1), u(p2)
    q1 = (v[0] + a[0] * size, v[1] + a[1] * size)
    q2 = (v[0] + b[0] * size, v[1] + b[1] * size)
    q3 = (q1[0] + b[0] * size, q1[1] + b[1] * size)
    cv.line([q1, q3, q2], ink, width)


def _side_label(cv, p, q, away, off, text, fname, size, ink):
    mx, my = (p[0] + q[0]) / 2, (p[1] + q[1]) / 2
    L = math.hypot(q[0] - p[0], q[1] - p[1])
    nx, ny = -(q[1] - p[1]) / L, (q[0] - p[0]) / L
    if (mx + nx - away[0]) ** 2 + (my + ny - away[1]) ** 2 < (mx - nx - away[0]) ** 2 + (my - ny - away[1]) ** 2:
        nx, ny = -nx, -ny
    cv.text((mx + nx * off, my + ny * off), text, fname, size, ink)


# ---------------------------------------------------------------- case 1: GeoGebra Classic construction
def _draw_geogebra(wrong):
    W, H = 1000, 760
    cv = Canvas(W, H, "#ffffff", ss=2)
    cv.rect(0, 0, W, 60, fill="#f5f5f5")
    cv.line([(0, 60), (W, 60)], "#d0d0d0", 1)
    for k in range(9):
        x = 12 + k * 54
        cv.rect(x, 8, x + 42, 52, fill="#ffffff", outline="#c8c8c8", width=1, radius=4)
        cv.circle((x + 21, 30), 4, fill="#1565c0" if k % 2 else "#666666")
    s, X0, Y0 = 62.0, 190.0, 640.0

    def P(x, y):
        return (X0 + x * s, Y0 - y * s)
    for k in range(-3, 14):
        cv.line([P(k, 9.5), P(k, -1.8)], "#e4e4e4", 1)
    for k in range(-1, 10):
        cv.line([P(-3, k), P(13.5, k)], "#e4e4e4", 1)
    cv.arrow(P(-3, 0), P(13.5, 0), "#444444", 1.2, 9)
    cv.arrow(P(0, -1.8), P(0, 9.4), "#444444", 1.2, 9)
    for k in range(-2, 14, 2):
        if k:
            cv.text((P(k, 0)[0], Y0 + 14), "\u2212%d" % -k if k < 0 else str(k), "sans", 11, "#444444")
    pq, qr, pr = 7.0, 8.0, 9.0
    if wrong == "qr_drawn_6":
        qr = 6.0  # breaks "QR = 8 cm" (drawn 6 cm; its label kept)
    rx = (pq * pq + pr * pr - qr * qr) / (2 * pq)
    ry = math.sqrt(pr * pr - rx * rx)
    Pp, Qp, Rp = P(0, 0), P(pq, 0), P(rx, ry)
    cv.tint([Pp, Qp, Rp], "#993300", 0.10)
    for a, b in ((Pp, Qp), (Qp, Rp), (Rp, Pp)):
        cv.line([a, b], "#993300", 2.6)
    names = {"P": Pp, "Q": Qp, "R": Rp}
    if wrong == "q_r_swapped":
        names = {"P": Pp, "Q": Rp, "R": Qp}  # breaks "PQ = 7 cm, QR = 8 cm" (Q and R swapped)
    cen = ((Pp[0] + Qp[0] + Rp[0]) / 3, (Pp[1] + Qp[1] + Rp[1]) / 3)
    for n, p in names.items():
        cv.circle(p, 6.5, fill="#4d4dff", outline="#1a1a80", width=1.4)
        dx, dy = p[0] - cen[0], p[1] - cen[1]
        L = math.hypot(dx, dy)
        cv.text((p[0] + dx / L * 24, p[1] + dy / L * 24), n, "sansi", 22, "#1a1a80")
    lab = {"PQ": "7 cm", "QR": "8 cm", "PR": "9 cm"}
    if wrong == "pq_label_5":
        lab["PQ"] = "5 cm"  # breaks "PQ = 7 cm"
    if wrong == "pr_label_10":
        lab["PR"] = "10 cm"  # breaks "PR = 9 cm"
    _side_label(cv, Pp, Qp, cen, 26, lab["PQ"], "sans", 20, "#993300")
    _side_label(cv, Qp, Rp, cen, 40, lab["QR"], "sans", 20, "#993300")
    _side_label(cv, Rp, Pp, cen, 40, lab["PR"], "sans", 20, "#993300")
    return png_bytes(cv.image())


# ---------------------------------------------------------------- case 2: small TikZ figure
def _draw_tikz_chord(wrong):
    W, H = 440, 420
    cv = Canvas(W, H, "#ffffff", ss=4)
    s = 50.0
    O = (220.0, 200.0)
    r = 3.0
    half = 2.0
    if wrong == "chord_drawn_5_5":
        half = 2.75  # breaks "chord AB of length 4 cm" (drawn 5.5 cm; label kept)
    d = math.sqrt(r * r - half * half)
    A, B = (O[0] - half * s, O[1] + d * s), (O[0] + half * s, O[1] + d * s)
    if wrong == "a_off_circle":
        A = (O[0] - 0.55 * half * s - 25, O[1] + d * s - 18)  # breaks "chord AB" (A not on the circle)
    cv.circle(O, r * s, outline="#000000", width=1.2)
    t = math.radians(140)
    Rp = (O[0] + r * s * math.cos(t), O[1] - r * s * math.sin(t))
    cv.line([O, Rp], "#000000", 1.0, (5, 4))
    cv.line([A, B], "#000000", 1.4)
    for p in (O, A, B):
        cv.circle(p, 2.6, fill="#000000")
    cv.text((O[0] + 14, O[1] + 4), "O", "cmmi", 22)
    cv.text((A[0] - 14, A[1] + 14), "A", "cmmi", 22)
    cv.text((B[0] + 14, B[1] + 14), "B", "cmmi", 22)
    rl = "4 cm" if wrong == "radius_label_4" else "3 cm"  # breaks "radius 3 cm" when 4 cm
    cv.text(((O[0] + Rp[0]) / 2 + 16, (O[1] + Rp[1]) / 2 - 18), rl, "cmr", 20)
    cl = "5 cm" if wrong == "chord_label_5" else "4 cm"  # breaks "chord AB of length 4 cm" when 5 cm
    cv.text(((A[0] + B[0]) / 2, (A[1] + B[1]) / 2 - 16), cl, "cmr", 20)
    return png_bytes(cv.image())


# ---------------------------------------------------------------- case 3: large drawing, laser print
def _draw_laser_rect(wrong):
    W, H = 1700, 1100
    cv = Canvas(W, H, "#ffffff", ss=2)
    s = 120.0
    ef, fg = 9.0, 4.0
    fg_d = 6.0 if wrong == "fg_drawn_6" else fg  # breaks "FG = 4 cm" (drawn 6 cm; label kept)
    E = (310.0, 880.0)
    F = (E[0] + ef * s, E[1])
    G = (F[0], F[1] - fg_d * s)
    Hh = (E[0], G[1])
    cv.poly([E, F, G, Hh], fill="#dfe8f3")
    cv.poly([E, F, G, Hh], outline="#1d2b3a", width=5)
    if wrong == "diagonal_FH":
        cv.line([F, Hh], "#1d2b3a", 3.5)  # breaks "its diagonal EG" (FH drawn instead)
    else:
        cv.line([E, G], "#1d2b3a", 3.5)
    for v, a, b in ((E, F, Hh), (F, G, E), (G, Hh, F), (Hh, E, G)):
        _right_mark(cv, v, a, b, 34, "#1d2b3a", 3)
    names = {"E": (E, (-40, 36)), "F": (F, (40, 36)), "G": (G, (40, -36)), "H": (Hh, (-40, -36))}
    if wrong == "g_h_swapped":
        names["G"], names["H"] = (Hh, (-40, -36)), (G, (40, -36))  # breaks "rectangle EFGH" (G and H swapped)
    for n, (p, o) in names.items():
        cv.circle(p, 8, fill="#1d2b3a")
        cv.text((p[0] + o[0], p[1] + o[1]), n, "sansb", 56, "#1d2b3a")
    el = "8 cm" if wrong == "ef_label_8" else "9 cm"  # breaks "EF = 9 cm" when 8 cm
    cv.text(((E[0] + F[0]) / 2, E[1] + 64), el, "sans", 54, "#1d2b3a")
    cv.text((F[0] + 110, (F[1] + G[1]) / 2), "4 cm", "sans", 54, "#1d2b3a")
    cv.text((90, 60), "Rectangle with one diagonal", "sans", 44, "#1d2b3a", "lm")
    return png_bytes(laser(cv.image(), 6003))


def cases():
    return [
        {"id": "h10-geometry-geogebra", "text": "A triangle PQR with PQ = 7 cm, QR = 8 cm and PR = 9 cm.",
         "tool": "PIL (GeoGebra Classic look: toolbar, grid, axes, blue points, brown polygon)", "style": "GeoGebra graphics view screenshot, 1 grid unit = 1 cm (1000x760)",
         "draw": _draw_geogebra, "wrongs": ["qr_drawn_6", "pq_label_5", "q_r_swapped", "pr_label_10"]},
        {"id": "h10-geometry-tikz-small", "text": "A circle with centre O and radius 3 cm and a chord AB of length 4 cm.",
         "tool": "PIL (TikZ/PGF look, Computer Modern, 4x supersampled)", "style": "small TikZ figure, thin strokes, dashed radius (440x420)",
         "draw": _draw_tikz_chord, "wrongs": ["chord_drawn_5_5", "a_off_circle", "radius_label_4", "chord_label_5"]},
        {"id": "h10-geometry-laser-large", "text": "A rectangle EFGH with EF = 9 cm, FG = 4 cm and its diagonal EG.",
         "tool": "PIL (Inkscape look) -> monochrome laser model", "style": "large drawing printed on a monochrome laser printer and rescanned, right-angle marks (1700x1100)",
         "draw": _draw_laser_rect, "wrongs": ["diagonal_FH", "fg_drawn_6", "ef_label_8", "g_h_swapped"]},
    ]
