"""Held-out set 10 (other tools), science: mechanics.

A Keynote slide (dark theme), an Inkscape-style drawing (gradient ramp, drop shadow), and a
photocopied Atwood machine. Force arrows proportional to magnitude (W = m g, g = 9.81 m/s^2),
each figure with a force scale bar. Pillow + numpy.
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


SCIENCE = "mechanics"
G = 9.81


def _force(cv, p, vec_px, col, width, head, label, fname, size, lab_off=(0, 0), anchor="mm", lcol=None):
    q = (p[0] + vec_px[0], p[1] + vec_px[1])
    cv.arrow(p, q, col, width, head, "triangle")
    cv.text((q[0] + lab_off[0], q[1] + lab_off[1]), label, fname, size, lcol or col, anchor)


def _bar(cv, x, y, px, label, ink, fname, size, width=3):
    cv.line([(x, y), (x + px, y)], ink, width)
    cv.line([(x, y - 8), (x, y + 8)], ink, width)
    cv.line([(x + px, y - 8), (x + px, y + 8)], ink, width)
    cv.text((x + px + 12, y), label, fname, size, ink, "lm")


# ---------------------------------------------------------------- case 1: Keynote, dark theme
def _draw_keynote(wrong):
    W, H = 1600, 900
    cv = Canvas(W, H, "#000000", ss=2)
    yy = np.linspace(0, 1, H * 2, dtype=np.float32)[:, None, None]
    bg = (np.array([38, 40, 46], np.float32) * (1 - yy) + np.array([6, 6, 8], np.float32) * yy)
    cv.im = Image.fromarray(np.broadcast_to(bg, (H * 2, W * 2, 3)).astype(np.uint8).copy())
    cv.d = ImageDraw.Draw(cv.im)
    cv.text((W / 2, 70), "Free-body diagram", "arialb", 54, "#ffffff")
    m, F, f = 12.0, 70.0, 45.0
    Wt = m * G  # 117.7 N
    k = 2.5  # px per newton
    c = (760.0, 480.0)
    side = 180.0
    floor = c[1] + side / 2
    cv.rect(260, floor, 1300, floor + 4, fill="#bfbfbf")
    for x in range(270, 1300, 28):
        cv.line([(x, floor + 4), (x - 18, floor + 24)], "#8a8a8a", 2)
    cv.rect(c[0] - side / 2, c[1] - side / 2, c[0] + side / 2, c[1] + side / 2, fill="#c8894a", outline="#f0c28e", width=4)
    cv.line([(c[0] - side / 2, c[1] - side / 2), (c[0] + side / 2, c[1] + side / 2)], "#a56a31", 3)
    cv.line([(c[0] + side / 2, c[1] - side / 2), (c[0] - side / 2, c[1] + side / 2)], "#a56a31", 3)
    mlab = "8 kg" if wrong == "mass_label_8" else "12 kg"  # breaks "a 12 kg crate" when 8 kg
    cv.rect(c[0] - 62, c[1] - 26, c[0] + 62, c[1] + 26, fill="#1d1d1f", radius=8)
    cv.text(c, mlab, "arialb", 34, "#ffffff")
    _force(cv, (c[0], c[1] + 26), (0, Wt * k - 26), "#ff453a", 6, 26, "W = 117.7 N", "arialb", 30, (30, -30), "lm")
    _force(cv, (c[0], c[1] - 26), (0, -Wt * k + 26), "#30d158", 6, 26, "N = 117.7 N", "arialb", 30, (30, 20), "lm")
    Fd = 35.0 if wrong == "push_drawn_35N" else F  # breaks "a 70 N force" (arrow drawn 35 N long; label kept)
    x0 = c[0] - side / 2 - Fd * k
    _force(cv, (x0, c[1] - 40), (Fd * k, 0), "#0a84ff", 6, 26, "", "arialb", 30)
    cv.text((x0 - 14, c[1] - 40), "F = 70 N", "arialb", 30, "#0a84ff", "rm")
    fl = "25 N" if wrong == "friction_label_25" else "45 N"  # breaks "friction force of 45 N" when 25 N
    fy = floor - 16
    if wrong == "friction_along_push":
        _force(cv, (c[0] + side / 2, fy), (f * k, 0), "#ffd60a", 6, 26, "f = " + fl, "arialb", 30, (14, 0), "lm")  # breaks "friction opposes the push" (drawn along it)
    else:
        _force(cv, (c[0] - side / 2, fy), (-f * k, 0), "#ffd60a", 6, 26, "f = " + fl, "arialb", 30, (-14, 0), "rm")
    _bar(cv, 1180, 800, 20 * k, "20 N", "#d0d0d0", "arial", 26)
    cv.text((W - 40, H - 30), "4", "arial", 20, "#6e6e73", "rm")
    return cv


def _keynote(wrong):
    cv = _draw_keynote(wrong)
    return png_bytes(cv.image())


# ---------------------------------------------------------------- case 2: Inkscape drawing, incline
def _draw_inkscape(wrong):
    W, H = 1200, 900
    cv = Canvas(W, H, "#ffffff", ss=2)
    m, ang, f = 6.0, 40.0, 15.0
    Wt = m * G  # 58.86 N
    Nn = Wt * math.cos(math.radians(ang))  # 45.09 N
    k = 5.0  # px per newton
    ang_d = 25.0 if wrong == "ramp_drawn_25" else ang  # breaks "inclined at 40 degrees" (drawn at 25; label kept)
    A = (150.0, 820.0)
    base = 700.0
    B = (A[0] + base, A[1])
    C = (B[0], A[1] - base * math.tan(math.radians(ang_d)))
    # linear gradient fill of the ramp, Inkscape style
    steps = 40
    for i in range(steps):
        t0, t1 = i / steps, (i + 1) / steps
        y0, y1 = C[1] + (A[1] - C[1]) * t0, C[1] + (A[1] - C[1]) * t1
        col = mix("#9db4d0", "#e3ebf5", t0)
        xa0 = A[0] + (B[0] - A[0]) * (A[1] - y0) / (A[1] - C[1])
        xa1 = A[0] + (B[0] - A[0]) * (A[1] - y1) / (A[1] - C[1])
        cv.poly([(xa0, y0), (B[0], y0), (B[0], y1), (xa1, y1)], fill=col)
    cv.poly([A, B, C], outline="#2c3e50", width=3)
    cv.line([(60, A[1]), (1140, A[1])], "#2c3e50", 3)
    u = (math.cos(math.radians(ang_d)), -math.sin(math.radians(ang_d)))
    n = (u[1], -u[0])  # outward normal (up and to the left)
    t = 0.55 * base / math.cos(math.radians(ang_d))
    bp = (A[0] + u[0] * t, A[1] + u[1] * t)
    hs = 60.0
    c = (bp[0] + n[0] * hs, bp[1] + n[1] * hs)
    corners = [(c[0] + sx * hs * u[0] + sy * hs * n[0], c[1] + sx * hs * u[1] + sy * hs * n[1])
               for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1))]
    sh = Image.new("L", cv.im.size, 0)
    ImageDraw.Draw(sh).polygon([(x * 2 + 14, y * 2 + 14) for x, y in corners], fill=110)
    sh = sh.filter(ImageFilter.GaussianBlur(10))
    cv.im.paste(Image.new("RGB", sh.size, (0, 0, 0)), (0, 0), sh)
    cv.poly(corners, fill="#e67e22", outline="#7e3f0c", width=3)
    mlab = "9 kg" if wrong == "mass_label_9" else "6 kg"  # breaks "a 6 kg block" when 9 kg
    cv.text(c, mlab, "sansb", 26, "#ffffff")
    _force(cv, c, (0, Wt * k), "#c0392b", 4.5, 20, "W = 58.9 N", "sans", 26, (16, -10), "lm")
    _force(cv, c, (n[0] * Nn * k, n[1] * Nn * k), "#16a085", 4.5, 20, "N = 45.1 N", "sans", 26, (-10, -24), "rm")
    fl = "25 N" if wrong == "friction_label_25" else "15 N"  # breaks "friction force of 15 N" when 25 N
    sg = -1 if wrong == "friction_down_slope" else 1  # breaks "friction opposes sliding down" (drawn down the slope)
    fp = (bp[0] + n[0] * 8 + u[0] * sg * hs, bp[1] + n[1] * 8 + u[1] * sg * hs)
    _force(cv, fp, (u[0] * sg * f * k, u[1] * sg * f * k), "#8e44ad", 4.5, 20, "f = " + fl, "sans", 26,
           (20 * sg, -26), "lm" if sg > 0 else "rm")
    R = 120
    arc = [(A[0] + R * math.cos(math.radians(-a)), A[1] + R * math.sin(math.radians(-a)))
           for a in [ang_d * i / 30 for i in range(31)]]
    cv.line(arc, "#2c3e50", 2.5)
    cv.text((A[0] + R + 44, A[1] - 30), "40\u00b0", "sans", 28, "#2c3e50")
    _bar(cv, 900, 160, 10 * k, "10 N", "#2c3e50", "sans", 24)
    cv.text((60, 60), "Block on a rough incline", "sansb", 32, "#2c3e50", "lm")
    return png_bytes(cv.image())


# ---------------------------------------------------------------- case 3: photocopied Atwood machine
def _draw_atwood(wrong):
    seed = 7003
    W, H = 900, 1200
    cv = Canvas(W, H, "#ffffff", ss=3)
    ink = "#000000"
    m1, m2 = 4.0, 6.0
    T = 2 * m1 * m2 * G / (m1 + m2)  # 47.09 N
    k = 4.0  # px per newton
    cv.rect(200, 60, 700, 80, fill="#cccccc", outline=ink, width=2)
    for x in range(205, 700, 22):
        cv.line([(x, 60), (x + 16, 44)], ink, 1.4)
    pc, pr = (450.0, 200.0), 70.0
    xl, xr = pc[0] - pr, pc[0] + pr
    s2 = 130.0
    s1 = s2 * (m1 / m2) ** (1 / 3)
    top1, top2 = 640.0, 760.0
    if wrong != "pulley_dropped":
        cv.line([(450, 80), pc], ink, 3)
        cv.circle(pc, pr, fill="#e0e0e0", outline=ink, width=3)
        cv.circle(pc, 10, fill=ink)
    else:
        pass  # breaks "over a pulley" (no pulley: the strings hang from the beam)
    if wrong != "string_dropped":
        if wrong == "pulley_dropped":
            cv.line([(xl, 80), (xl, top1)], ink, 2.2)
            cv.line([(xr, 80), (xr, top2)], ink, 2.2)
        else:
            arc = [(pc[0] + pr * math.cos(math.radians(a)), pc[1] - pr * math.sin(math.radians(a))) for a in range(0, 181, 6)]
            cv.line(arc, ink, 2.2)
            cv.line([(xl, pc[1]), (xl, top1)], ink, 2.2)
            cv.line([(xr, pc[1]), (xr, top2)], ink, 2.2)
    else:
        pass  # breaks "hang from a string" (no string joins the blocks)
    blocks = [(xl, top1, s1, "4 kg", m1), (xr, top2, s2, "6 kg", m2)]
    if wrong == "heavy_label_3":
        blocks[1] = (xr, top2, s2, "3 kg", m2)  # breaks "blocks of 4 kg and 6 kg" (6 kg labelled 3 kg)
    if wrong == "light_block_dropped":
        blocks = blocks[1:]  # breaks "two blocks" (the 4 kg block is gone)
    for x, top, sd, lab, m in blocks:
        cv.rect(x - sd / 2, top, x + sd / 2, top + sd, fill="#bdbdbd", outline=ink, width=2.5)
        cv.text((x, top + sd / 2), lab, "timesb", 28, ink)
        cx, cy = x, top + sd / 2
        _force(cv, (cx, top + sd), (0, m * G * k), ink, 3, 18, "W = %.1f N" % (m * G), "times", 26,
               (-14 if x < pc[0] else 14, -30), "rm" if x < pc[0] else "lm")
        ox = -26 if x < pc[0] else 26
        if wrong != "string_dropped":
            _force(cv, (x + ox, top), (0, -T * k), ink, 3, 18, "T = 47.1 N", "times", 26,
                   (-10 if x < pc[0] else 10, 24), "rm" if x < pc[0] else "lm")
    _bar(cv, 90, 1140, 10 * k, "10 N", ink, "times", 24, 2.5)
    cv.text((W / 2, 1180), "Fig. 5.9", "timesb", 24, ink)
    return png_bytes(photocopy(cv.image(), seed, skew=0.9, edge="right"))


def cases():
    return [
        {"id": "h10-mechanics-keynote", "text": "A 12 kg crate is pushed along a horizontal floor by a 70 N force, with a friction force of 45 N.",
         "tool": "PIL (Keynote look: dark gradient theme, bold sans)", "style": "16:9 Keynote slide, dark theme, forces at 2.5 px/N with a 20 N bar (1600x900)",
         "draw": _keynote, "wrongs": ["friction_along_push", "friction_label_25", "push_drawn_35N", "mass_label_8"]},
        {"id": "h10-mechanics-inkscape", "text": "A 6 kg block slides down a ramp inclined at 40 degrees with a friction force of 15 N.",
         "tool": "PIL (Inkscape look: linear-gradient ramp, blurred drop shadow)", "style": "vector drawing export, forces at 5 px/N with a 10 N bar (1200x900)",
         "draw": _draw_inkscape, "wrongs": ["friction_down_slope", "ramp_drawn_25", "friction_label_25", "mass_label_9"]},
        {"id": "h10-mechanics-photocopy", "text": "Two blocks of 4 kg and 6 kg hang from a string over a pulley.",
         "tool": "PIL line art (3x supersampled) -> photocopy model", "style": "photocopied worksheet, portrait, 0.9 deg skew, dark right edge, 4 px/N with a 10 N bar (900x1200)",
         "draw": _draw_atwood, "wrongs": ["heavy_label_3", "pulley_dropped", "string_dropped", "light_block_dropped"]},
    ]
