"""Held-out set 10 (other tools), science: astronomy.

A planetarium-style chart (star field, ecliptic-longitude spokes), a photocopied page of moon
orbits, and a faded old scan of a comet orbit. Orbits to scale with scale bars; Pillow + numpy.
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


SCIENCE = "astronomy"


def _scalebar(cv, x, y, px, label, ink, fname, size, width=2.0):
    cv.line([(x, y), (x + px, y)], ink, width)
    cv.line([(x, y - 7), (x, y + 7)], ink, width)
    cv.line([(x + px, y - 7), (x + px, y + 7)], ink, width)
    cv.text((x + px / 2, y - 18), label, fname, size, ink)


# ---------------------------------------------------------------- case 1: planetarium chart
def _draw_planetarium(wrong):
    seed = 4001
    W, H = 1400, 1000
    cv = Canvas(W, H, "#050b1e", ss=2)
    yy, xx = np.mgrid[0:H * 2, 0:W * 2].astype(np.float32) / 2
    rr = np.sqrt((xx - 620) ** 2 + (yy - 520) ** 2) / 900
    base = np.stack([8 + 18 * (1 - rr), 14 + 26 * (1 - rr), 40 + 50 * (1 - rr)], -1).clip(0, 255)
    cv.im = Image.fromarray(base.astype(np.uint8))
    cv.d = ImageDraw.Draw(cv.im)
    r = rng(seed, "stars")
    for _ in range(700):
        x, y, m = r.uniform(0, W), r.uniform(0, H), r.random()
        cv.circle((x, y), 0.5 + 1.6 * m ** 3, fill=mix("#0a1230", "#e8efff", 0.35 + 0.65 * m))
    C = (620, 520)
    s = 45.0  # px per AU
    for k in range(12):
        t = math.radians(30 * k)
        cv.line([(C[0] + 40 * math.cos(t), C[1] - 40 * math.sin(t)), (C[0] + 470 * math.cos(t), C[1] - 470 * math.sin(t))],
                "#1f3566", 1.0, (3, 6))
        cv.text((C[0] + 488 * math.cos(t), C[1] - 488 * math.sin(t)), "%d\u00b0" % (30 * k), "narrow", 15, "#5b76b0")
    planets = [("Mars", 1.52, "1.52 AU", "#ff7a4d", 112), ("Jupiter", 5.2, "5.2 AU", "#ffd28a", 35),
               ("Saturn", 9.54, "9.54 AU", "#f3e3a0", 218)]
    if wrong == "mars_label_2.52":
        planets[0] = ("Mars", 1.52, "2.52 AU", "#ff7a4d", 112)  # breaks "Mars at 1.52 AU" (label)
    if wrong == "saturn_orbit_at_7":
        planets[2] = ("Saturn", 7.0, "9.54 AU", "#f3e3a0", 218)  # breaks "Saturn at 9.54 AU" (orbit drawn at 7 AU)
    if wrong == "jupiter_saturn_swapped":
        planets[1], planets[2] = (("Saturn",) + planets[1][1:], ("Jupiter",) + planets[2][1:])  # breaks "Jupiter at 5.2 AU, Saturn at 9.54 AU" (names swapped)
    if wrong == "jupiter_dropped":
        planets = [p for p in planets if p[0] != "Jupiter"]  # breaks "Jupiter at 5.2 AU"
    for name, a, lab, col, lon in planets:
        R = a * s
        cv.circle(C, R, outline=mix(col, "#050b1e", 0.35), width=2.0)
        t = math.radians(lon)
        p = (C[0] + R * math.cos(t), C[1] - R * math.sin(t))
        cv.circle(p, 9 if name != "Mars" else 6, fill=col)
        cv.text((p[0] + 20, p[1] - 14), name.upper(), "narrowb", 22, col, "lm")
        cv.text((p[0] + 20, p[1] + 12), lab, "narrow", 19, mix(col, "#ffffff", 0.3), "lm")
    for k in range(6, 0, -1):
        cv.circle(C, 5 + 4 * k, fill=mix("#050b1e", "#ffdd55", 0.12 * (7 - k)))
    cv.circle(C, 9, fill="#fff6c8")
    cv.text((C[0] + 16, C[1] + 22), "SUN", "narrowb", 20, "#ffe680", "lm")
    _scalebar(cv, 1130, 930, 5 * s, "5 AU", "#b9c8ee", "narrow", 20)
    _scalebar(cv, 1130, 880, 1 * s, "1 AU", "#b9c8ee", "narrow", 20)
    cv.text((40, 40), "HELIOCENTRIC VIEW  \u00b7  ECLIPTIC PLANE", "narrowb", 24, "#9fb4e6", "lm")
    cv.text((40, 72), "orbits to scale, bodies not to scale", "narrow", 19, "#6e86bd", "lm")
    return png_bytes(cv.image())


# ---------------------------------------------------------------- case 2: photocopied page
def _draw_moons_photocopy(wrong):
    seed = 4002
    W, H = 1100, 700
    cv = Canvas(W, H, "#ffffff", ss=3)
    C = (430, 360)
    s = 300.0 / 671100.0  # px per km
    moons = [("Amalthea", 181400, 318), ("Io", 421800, 35), ("Europa", 671100, 120)]
    if wrong == "io_europa_swapped":
        moons = [moons[0], ("Europa", 421800, 35), ("Io", 671100, 120)]  # breaks "Io closer than Europa" (names swapped)
    if wrong == "amalthea_dropped":
        moons = moons[1:]  # breaks "Amalthea orbits Jupiter"
    if wrong == "europa_named_ganymede":
        moons = moons[:2] + [("Ganymede", 671100, 120)]  # breaks "Europa" (named Ganymede)
    ink = "#000000"
    for name, a, lon in moons:
        R = a * s
        cv.circle(C, R, outline=ink, width=1.6)
        t = math.radians(lon)
        p = (C[0] + R * math.cos(t), C[1] - R * math.sin(t))
        cv.circle(p, 6, fill=ink)
        dx = 14 if math.cos(t) >= -0.2 else -14
        cv.text((p[0] + dx, p[1] - 16), name, "times", 24, ink, "lm" if dx > 0 else "rm")
    Rj = 71492 * s
    cv.circle(C, Rj, fill="#d9d9d9", outline=ink, width=1.8)
    for k in (-0.5, -0.15, 0.2, 0.55):
        hw = Rj * math.sqrt(1 - k * k)
        cv.line([(C[0] - hw, C[1] + k * Rj), (C[0] + hw, C[1] + k * Rj)], "#444444", 1.6)
    pname = "Saturn" if wrong == "planet_named_saturn" else "Jupiter"  # breaks "Jupiter" when Saturn
    cv.text((C[0], C[1] + Rj + 20), pname, "timesb", 24, ink)
    _scalebar(cv, 830, 600, 200000 * s, "200 000 km", ink, "times", 20, 2.0)
    cv.text((790, 90), "Inner satellites", "timesb", 28, ink, "lm")
    cv.text((790, 126), "orbits drawn to scale", "timesi", 22, ink, "lm")
    cv.text((790, 156), "(planet to the same scale)", "timesi", 22, ink, "lm")
    cv.text((1040, 670), "57", "times", 20, ink)
    return png_bytes(photocopy(cv.image(), seed, skew=-0.5, edge="bottom"))


# ---------------------------------------------------------------- case 3: faded scan of an old figure
def _draw_comet_scan(wrong):
    seed = 4003
    W, H = 1000, 860
    cv = Canvas(W, H, "#ffffff", ss=3)
    ink = "#1b1b1b"
    a, e = 3.45, 0.54
    s = 105.0  # px per AU
    e_draw = 0.2 if wrong == "ellipse_e_0.2" else e  # breaks "eccentricity 0.54" (drawn with e = 0.2)
    b = a * math.sqrt(1 - e_draw ** 2)
    C = (520, 420)
    cv.ellipse(C, a * s, b * s, outline=ink, width=2.2, n=240)
    cv.line([(C[0] - a * s - 30, C[1]), (C[0] + a * s + 30, C[1])], ink, 1.0, (9, 6))
    F = (C[0] - a * e_draw * s, C[1])
    sun = C if wrong == "sun_at_centre" else F  # breaks "orbits the Sun" at a focus when at the centre
    cv.circle(sun, 13, fill="#ffffff", outline=ink, width=2.0)
    cv.circle(sun, 4, fill=ink)
    cv.text((sun[0], sun[1] + 32), "Sun", "times", 24, ink)
    # semi-major axis dimension above the axis, centre to aphelion
    y = C[1] - a * math.sqrt(1 - 0.2 ** 2) * s - 22  # fixed height, clear of every drawn ellipse
    cv.arrow(((C[0] + C[0] + a * s) / 2, y), (C[0], y), ink, 1.3, 12, "open")
    cv.arrow(((C[0] + C[0] + a * s) / 2, y), (C[0] + a * s, y), ink, 1.3, 12, "open")
    cv.line([(C[0], y - 8), (C[0], C[1])], ink, 0.8, (4, 4))
    cv.line([(C[0] + a * s, y - 8), (C[0] + a * s, C[1] - 40)], ink, 0.8, (4, 4))
    cv.text((C[0] + a * s / 2, y - 20), "a = 3.45 AU", "timesi", 24, ink)
    # the comet on its orbit, tail pointing away from the Sun
    t = math.radians(245)
    p = (C[0] + a * s * math.cos(t), C[1] + b * s * math.sin(t))
    ux, uy = p[0] - sun[0], p[1] - sun[1]
    L = math.hypot(ux, uy)
    ux, uy = ux / L, uy / L
    for k in range(12):
        cv.line([p, (p[0] + ux * (40 + 4 * k) - uy * (k - 6) * 2.2, p[1] + uy * (40 + 4 * k) + ux * (k - 6) * 2.2)], "#6a6a6a", 1.0)
    cv.circle(p, 6, fill=ink)
    name = "Encke" if wrong == "named_Encke" else "Wild 2"  # breaks "Comet Wild 2" when Encke
    cv.text((p[0] - 12, p[1] + 30), "Comet " + name, "timesb", 24, ink, "rm")
    elab = "0.34" if wrong == "e_label_0.34" else "0.54"  # breaks "eccentricity 0.54" when 0.34
    cv.text((770, 800), "e = " + elab, "timesi", 26, ink, "lm")
    _scalebar(cv, 100, 800, s, "1 AU", ink, "times", 22, 2.0)
    cv.text((W / 2, 840), "FIG. 27.  Orbit of the comet; the Sun is drawn at a focus of the ellipse.", "times", 22, ink)
    return png_bytes(faded_scan(cv.image(), seed, angle=0.45))


def cases():
    return [
        {"id": "h10-astronomy-planetarium", "text": "Mars orbits the Sun at 1.52 AU, Jupiter at 5.2 AU and Saturn at 9.54 AU.",
         "tool": "PIL + numpy (planetarium-chart look)", "style": "navy sky gradient, star field, ecliptic-longitude spokes, narrow caps labels (1400x1000)",
         "draw": _draw_planetarium, "wrongs": ["saturn_orbit_at_7", "jupiter_dropped", "mars_label_2.52", "jupiter_saturn_swapped"]},
        {"id": "h10-astronomy-photocopy", "text": "Jupiter has moons Amalthea, Io and Europa, in order of distance from Jupiter.",
         "tool": "PIL line art (3x supersampled) -> photocopy model", "style": "photocopied book page, grey cast, speckle, -0.5 deg skew, dark bottom edge (1100x700)",
         "draw": _draw_moons_photocopy, "wrongs": ["io_europa_swapped", "amalthea_dropped", "europa_named_ganymede", "planet_named_saturn"]},
        {"id": "h10-astronomy-faded-scan", "text": "Comet Wild 2 orbits the Sun with semi-major axis 3.45 AU and eccentricity 0.54.",
         "tool": "PIL line art (3x supersampled) -> faded-scan model", "style": "old faded scan: low contrast, yellowed paper, soft, 0.45 deg turn (1000x860)",
         "draw": _draw_comet_scan, "wrongs": ["sun_at_centre", "ellipse_e_0.2", "e_label_0.34", "named_Encke"]},
    ]
