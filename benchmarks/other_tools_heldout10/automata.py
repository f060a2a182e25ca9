"""Held-out set 10 (other tools), science: automata.

A TikZ `automata`-library state diagram (Computer Modern, subscripted names), a note on an
e-ink tablet (16 grey levels), and a microfilm-style negative of a printed diagram. Pillow + numpy.
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


SCIENCE = "automata"


def _bez(p0, c, p1, n=60):
    return [((1 - t) ** 2 * p0[0] + 2 * (1 - t) * t * c[0] + t * t * p1[0],
             (1 - t) ** 2 * p0[1] + 2 * (1 - t) * t * c[1] + t * t * p1[1]) for t in [i / n for i in range(n + 1)]]


def _edge(cv, a, b, r, bend, label, ink, width, head, fname, size, loff=18, lcol=None, style="stealth"):
    mx, my = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
    L = math.hypot(b[0] - a[0], b[1] - a[1])
    nx, ny = -(b[1] - a[1]) / L, (b[0] - a[0]) / L
    c = (mx + nx * bend, my + ny * bend)
    pts = _bez(a, c, b, 120)
    pts = [p for p in pts if math.hypot(p[0] - a[0], p[1] - a[1]) > r + 1 and math.hypot(p[0] - b[0], p[1] - b[1]) > r + 3]
    cv.line(pts[:-2], ink, width)
    cv.arrow(pts[-8], (b[0] + (pts[-1][0] - b[0]) * r / math.hypot(pts[-1][0] - b[0], pts[-1][1] - b[1]),
                       b[1] + (pts[-1][1] - b[1]) * r / math.hypot(pts[-1][0] - b[0], pts[-1][1] - b[1])), ink, width, head, style)
    sgn = 1 if bend >= 0 else -1
    lx, ly = mx + nx * (bend / 2 + sgn * loff), my + ny * (bend / 2 + sgn * loff)
    if bend == 0:
        lx, ly = mx + nx * loff, my + ny * loff
    cv.text((lx, ly), label, fname, size, lcol or ink)


def _loop(cv, c, r, ang_deg, label, ink, width, head, fname, size, lcol=None, style="stealth"):
    a = math.radians(ang_deg)
    ux, uy = math.cos(a), -math.sin(a)
    nx, ny = -uy, ux
    p0 = (c[0] + r * (ux * math.cos(0.45) + nx * math.sin(0.45)), c[1] + r * (uy * math.cos(0.45) + ny * math.sin(0.45)))
    p1 = (c[0] + r * (ux * math.cos(0.45) - nx * math.sin(0.45)), c[1] + r * (uy * math.cos(0.45) - ny * math.sin(0.45)))
    k1 = (c[0] + ux * r * 2.6 + nx * r * 0.9, c[1] + uy * r * 2.6 + ny * r * 0.9)
    k2 = (c[0] + ux * r * 2.6 - nx * r * 0.9, c[1] + uy * r * 2.6 - ny * r * 0.9)
    pts = [((1 - t) ** 3 * p0[0] + 3 * (1 - t) ** 2 * t * k1[0] + 3 * (1 - t) * t * t * k2[0] + t ** 3 * p1[0],
            (1 - t) ** 3 * p0[1] + 3 * (1 - t) ** 2 * t * k1[1] + 3 * (1 - t) * t * t * k2[1] + t ** 3 * p1[1])
           for t in [i / 60 for i in range(61)]]
    cv.line(pts[:-4], ink, width)
    cv.arrow(pts[-10], p1, ink, width, head, style)
    cv.text((c[0] + ux * r * 2.35, c[1] + uy * r * 2.35 + (-14 if uy < 0 else 14)), label, fname, size, lcol or ink)


def _state(cv, c, r, accepting, ink, width, fill=None):
    cv.circle(c, r, fill=fill, outline=ink, width=width)
    if accepting:
        cv.circle(c, r - 7, outline=ink, width=width)


def _start(cv, c, r, ink, width, head, fname, size, frm=(-1, 0), text="start", style="stealth"):
    p1 = (c[0] + frm[0] * r, c[1] + frm[1] * r)
    p0 = (c[0] + frm[0] * (r + 90), c[1] + frm[1] * (r + 90))
    cv.arrow(p0, p1, ink, width, head, style)
    if text:
        cv.text((p0[0] - 6, p0[1]), text, fname, size, ink, "rm")


# ---------------------------------------------------------------- case 1: TikZ automata library
def _draw_tikz(wrong):
    W, H = 1300, 560
    cv = Canvas(W, H, "#ffffff", ss=3)
    ink = "#000000"
    r = 40.0
    S = {"z0": (420, 150), "z1": (900, 150), "z2": (900, 400), "z3": (420, 400)}
    acc = {"z2"}
    if wrong == "z2_not_accepting":
        acc = set()  # breaks "z2 is accepting"
    for n, c in S.items():
        _state(cv, c, r, n in acc, ink, 1.3, fill="#f2f2f2")
        cv.text((c[0] - 5, c[1]), "z", "cmmi", 32)
        cv.text((c[0] + 10, c[1] + 9), n[1], "cmr", 21)
    st = "z1" if wrong == "start_on_z1" else "z0"  # breaks "z0 is the start state" when on z1
    _start(cv, S[st], r, ink, 1.2, 13, "cmr", 26, frm=(-1, 0) if st == "z0" else (0, -1))
    l12 = "b" if wrong == "z1_z2_label_b" else "a"  # breaks "z1 goes to z2 on a" when b
    _edge(cv, S["z0"], S["z1"], r, 0, "a", ink, 1.2, 13, "cmmi", 30, loff=-22)
    _edge(cv, S["z1"], S["z2"], r, 0, l12, ink, 1.2, 13, "cmmi", 30, loff=-24)
    _edge(cv, S["z2"], S["z3"], r, 0, "b", ink, 1.2, 13, "cmmi", 30, loff=-22)
    if wrong == "z3_z0_reversed":
        _edge(cv, S["z0"], S["z3"], r, 0, "b", ink, 1.2, 13, "cmmi", 30, loff=24)  # breaks "z3 goes to z0 on b" (drawn z0 -> z3)
    else:
        _edge(cv, S["z3"], S["z0"], r, 0, "b", ink, 1.2, 13, "cmmi", 30, loff=-24)
    cv.text((W / 2, 520), "Figure 2.1: A deterministic finite automaton.", "cmr", 26)
    return png_bytes(cv.image())


# ---------------------------------------------------------------- case 2: e-ink tablet note
def _draw_eink(wrong):
    W, H = 1024, 758
    cv = Canvas(W, H, "#ffffff", ss=2)
    ink = "#000000"
    cv.text((20, 20), "09:41", "sansb", 16, ink, "lm")
    cv.text((W / 2, 20), "Notebook \u00b7 Theory of computation", "sans", 16, ink)
    cv.rect(950, 11, 994, 29, outline=ink, width=1.5)
    cv.rect(953, 14, 984, 26, fill=ink)
    cv.line([(0, 40), (W, 40)], ink, 1.2)
    for y in range(100, H - 40, 44):
        cv.line([(40, y), (W - 40, y)], "#d8d8d8", 1)
    r = 62.0
    S = {"red": (250, 430), "green": (520, 230), "yellow": (790, 430)}
    acc = {"green"}
    if wrong == "green_not_accepting":
        acc = set()  # breaks "green is accepting"
    for n, c in S.items():
        _state(cv, c, r, n in acc, ink, 3.0, fill="#ffffff")
        cv.text(c, n, "sans", 25, ink)
    st = "yellow" if wrong == "start_on_yellow" else "red"  # breaks "red is the start state" when yellow
    _start(cv, S[st], r, ink, 3.0, 20, "sans", 22, frm=(-1, 0) if st == "red" else (1, 0),
           text="start" if st == "red" else "")
    if st == "yellow":
        cv.text((S["yellow"][0] + r + 96, S["yellow"][1] - 26), "start", "sans", 22, ink, "rm")
    _edge(cv, S["red"], S["green"], r, 30, "go", ink, 3.0, 20, "sansb", 24, loff=20, style="triangle")
    gy = "stop" if wrong == "green_yellow_label_stop" else "slow"  # breaks "green goes to yellow on slow" when stop
    _edge(cv, S["green"], S["yellow"], r, 30, gy, ink, 3.0, 20, "sansb", 24, loff=20, style="triangle")
    _edge(cv, S["yellow"], S["red"], r, -50, "stop", ink, 3.0, 20, "sansb", 24, loff=20, style="triangle")
    if wrong != "red_loop_dropped":
        _loop(cv, S["red"], r, 235, "wait", ink, 3.0, 20, "sansb", 24, style="triangle")
    else:
        pass  # breaks "red loops on wait"
    cv.line([(0, H - 36), (W, H - 36)], ink, 1.2)
    cv.text((W - 24, H - 18), "page 3 / 12", "sans", 15, ink, "rm")
    return png_bytes(eink(cv.image(), paper=(228, 228, 222), ink=(28, 28, 30)))


# ---------------------------------------------------------------- case 3: microfilm negative of a printed diagram
def _draw_negative(wrong):
    seed = 9003
    W, H = 1100, 700
    cv = Canvas(W, H, "#ffffff", ss=3)
    ink = "#000000"
    r = 48.0
    S = {"m0": (330, 350), "m1": (760, 170), "m2": (760, 530)}
    acc = {"m1", "m2"}
    if wrong == "m1_not_accepting":
        acc = {"m2"}  # breaks "m1 and m2 are accepting" (m1 single-ringed)
    for n, c in S.items():
        _state(cv, c, r, n in acc, ink, 2.2)
        cv.text(c, n, "timesi", 32, ink)
    _start(cv, S["m0"], r, ink, 2.2, 16, "times", 26, style="triangle")
    _edge(cv, S["m0"], S["m1"], r, 0, "0", ink, 2.2, 16, "times", 30, loff=-22, style="triangle")
    if wrong != "m0_m2_dropped":
        _edge(cv, S["m0"], S["m2"], r, -40, "0", ink, 2.2, 16, "times", 30, loff=14, style="triangle")
    else:
        pass  # breaks "m0 goes to m2 on 0"
    if wrong == "m2_m0_reversed":
        _edge(cv, S["m0"], S["m2"], r, 60, "1", ink, 2.2, 16, "times", 30, loff=14, style="triangle")  # breaks "m2 goes to m0 on 1" (drawn m0 -> m2)
    else:
        _edge(cv, S["m2"], S["m0"], r, -60, "1", ink, 2.2, 16, "times", 30, loff=14, style="triangle")
    ll = "0" if wrong == "m1_loop_label_0" else "1"  # breaks "m1 loops on 1" when 0
    _loop(cv, S["m1"], r, 0, ll, ink, 2.2, 16, "times", 30, style="triangle")
    cv.text((60, 60), "Fig. 7", "timesb", 30, ink, "lm")
    img = negative(cv.image())
    a = np.asarray(img).astype(np.float32)
    a += nprng(seed, "grain").normal(0, 9, a.shape[:2])[..., None]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    a *= (1 - 0.25 * (((xx - W / 2) / W) ** 2 + ((yy - H / 2) / H) ** 2) * 4)[..., None]
    img = Image.fromarray(a.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    return png_bytes(img)


def cases():
    return [
        {"id": "h10-automata-tikz", "text": "A DFA with states z0, z1, z2 and z3; z0 is the start state and z2 is accepting; z0 goes to z1 on a, z1 goes to z2 on a, z2 goes to z3 on b, and z3 goes to z0 on b.",
         "tool": "PIL (TikZ automata-library look: stealth arrows, gray!10 fills, Computer Modern)", "style": "TikZ state diagram, subscripted names, caption (1300x560)",
         "draw": _draw_tikz, "wrongs": ["z2_not_accepting", "start_on_z1", "z3_z0_reversed", "z1_z2_label_b"]},
        {"id": "h10-automata-eink", "text": "A finite automaton with states red, green and yellow; red is the start state and green is accepting; red goes to green on go, green goes to yellow on slow, yellow goes to red on stop, and red loops on wait.",
         "tool": "PIL -> e-ink panel model", "style": "e-ink tablet notebook page, ruled lines, 16 grey levels (1024x758)",
         "draw": _draw_eink, "wrongs": ["green_not_accepting", "start_on_yellow", "red_loop_dropped", "green_yellow_label_stop"]},
        {"id": "h10-automata-negative", "text": "An NFA with states m0, m1 and m2; m0 is the start state; m1 and m2 are accepting; m0 goes to m1 on 0, m0 goes to m2 on 0, m1 loops on 1, and m2 goes to m0 on 1.",
         "tool": "PIL (print line art, Times) -> negative + film grain", "style": "microfilm-reader negative: white on black, grain, vignette (1100x700)",
         "draw": _draw_negative, "wrongs": ["m1_not_accepting", "m0_m2_dropped", "m2_m0_reversed", "m1_loop_label_0"]},
    ]
