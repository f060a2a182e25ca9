"""Held-out set 10 (other tools), science: circuits.

A KiCad-style schematic sheet (page frame, title block, box resistor), an LTspice-style
schematic window (zigzag resistor, arc inductor, circle source, .tran directive), and a
textbook schematic received by fax (1-bit ordered dither). Pillow + numpy.
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


SCIENCE = "circuits"


def _comp(cv, kind, p0, p1, col, width, body=110.0, wire=None, fill=None):
    """Draw a two-terminal symbol centred on the segment p0-p1 (horizontal or vertical), with leads."""
    (x0, y0), (x1, y1) = p0, p1
    L = math.hypot(x1 - x0, y1 - y0)
    ux, uy = (x1 - x0) / L, (y1 - y0) / L
    nx, ny = -uy, ux
    a = (L - body) / 2

    def T(t, n):
        return (x0 + ux * t + nx * n, y0 + uy * t + ny * n)
    wc = wire or col
    gap = body if kind not in ("cap", "battery") else 16.0
    a = (L - gap) / 2
    cv.line([p0, T(a, 0)], wc, width)
    cv.line([T(L - a, 0), p1], wc, width)
    if kind == "zigzag":
        pts = [T(a, 0)] + [T(a + gap * (k + 0.5) / 6, 14 * (1 if k % 2 == 0 else -1)) for k in range(6)] + [T(L - a, 0)]
        cv.line(pts, col, width)
    elif kind == "box":
        cv.poly([T(a, -16), T(L - a, -16), T(L - a, 16), T(a, 16)], fill=fill, outline=col, width=width)
    elif kind == "coil":
        pts = []
        for k in range(4):
            c0 = a + gap * k / 4
            for j in range(13):
                th = math.pi * j / 12
                pts.append(T(c0 + gap / 8 * (1 - math.cos(th)), -gap / 8 * math.sin(th) * 1.1))
        cv.line([T(a, 0)] + pts + [T(L - a, 0)], col, width)
    elif kind == "cap":
        cv.line([T(a, -26), T(a, 26)], col, width * 1.6)
        cv.line([T(L - a, -26), T(L - a, 26)], col, width * 1.6)
    elif kind == "battery":  # the long plate (+) is at the p0 side
        cv.line([T(a, -30), T(a, 30)], col, width * 1.3)
        cv.line([T(L - a, -15), T(L - a, 15)], col, width * 2.6)
    elif kind == "source":
        c = T(L / 2, 0)
        cv.line([T(a, 0), T(L - a, 0)], col, 0.01)
        cv.circle(c, gap / 2, fill="#ffffff" if fill is None else fill, outline=col, width=width)
        cv.text(T(L / 2 - gap / 4, 0), "+", "sans", 22, col)
        cv.text(T(L / 2 + gap / 4, 0), "\u2212", "sans", 22, col)
    return T(L / 2, 0), (nx, ny)


def _dot(cv, p, col, r=5.5):
    cv.circle(p, r, fill=col)


# ---------------------------------------------------------------- case 1: KiCad schematic sheet
def _draw_kicad(wrong):
    W, H = 1500, 1060
    bgc, wire, body, fillc, ref = "#f5f4ef", "#009600", "#840000", "#ffffc2", "#006464"
    cv = Canvas(W, H, bgc, ss=2)
    cv.rect(20, 20, W - 20, H - 20, outline="#840000", width=1.2)
    cv.rect(40, 40, W - 40, H - 40, outline="#840000", width=1.2)
    for k in range(6):
        x = 40 + (W - 80) * (k + 0.5) / 6
        cv.text((x, 30), str(k + 1), "sans", 12, "#840000")
        cv.text((x, H - 30), str(k + 1), "sans", 12, "#840000")
    for k in range(4):
        y = 40 + (H - 80) * (k + 0.5) / 4
        cv.text((30, y), "ABCD"[k], "sans", 12, "#840000")
        cv.text((W - 30, y), "ABCD"[k], "sans", 12, "#840000")
    tb = (W - 560, H - 180, W - 40, H - 40)
    cv.rect(*tb, outline="#840000", width=1.2)
    for y in (H - 140, H - 90):
        cv.line([(tb[0], y), (tb[2], y)], "#840000", 1)
    cv.text((tb[0] + 10, H - 160), "Sheet: /", "sans", 14, "#840000", "lm")
    cv.text((tb[0] + 10, H - 115), "Title: filter_stage", "sansb", 18, "#840000", "lm")
    cv.text((tb[0] + 10, H - 65), "KiCad E.D.A.   Rev: A   Size: A4   Id: 1/1", "sans", 14, "#840000", "lm")
    lab_font = "sans"
    top, bot = 300.0, 720.0
    xb, xr, xc = 330.0, 760.0, 1060.0
    # battery on the left, + at the top
    cv.line([(xb, top), (xb, 440)], wire, 2.4)
    cv.line([(xb, 580), (xb, bot)], wire, 2.4)
    mid, _ = _comp(cv, "battery", (xb, 440), (xb, 580), body, 2.4, wire=body)
    blab = "10 V"
    cv.text((xb - 50, 490), "BT1", lab_font, 20, ref, "rm")
    cv.text((xb - 50, 520), blab, lab_font, 20, ref, "rm")
    rlab = "4.7 k\u03a9" if wrong == "r_label_4.7k" else "470 \u03a9"  # breaks "a 470 Ω resistor" when 4.7 kΩ
    clab = "10 nF" if wrong == "c_label_10nF" else "100 nF"  # breaks "a 100 nF capacitor" when 10 nF
    if wrong == "rc_in_series":
        # breaks "resistor and capacitor in parallel": R1 now sits in the top wire, in series with C1
        cv.line([(xb, top), (460, top)], wire, 2.4)
        _comp(cv, "box", (460, top), (660, top), body, 2.4, wire=wire, fill=fillc)
        cv.text((560, top - 40), "R1", lab_font, 20, ref)
        cv.text((560, top + 42), rlab, lab_font, 20, ref)
        cv.line([(660, top), (xc, top)], wire, 2.4)
        cv.line([(xb, bot), (xc, bot)], wire, 2.4)
    else:
        right = xc if wrong != "c_dropped" else xr
        cv.line([(xb, top), (right, top)], wire, 2.4)
        cv.line([(xb, bot), (right, bot)], wire, 2.4)
        _comp(cv, "box", (xr, top), (xr, bot), body, 2.4, wire=wire, body=130, fill=fillc)
        cv.text((xr + 34, 490), "R1", lab_font, 20, ref, "lm")
        cv.text((xr + 34, 520), rlab, lab_font, 20, ref, "lm")
        if wrong != "c_dropped":
            _dot(cv, (xr, top), wire)
            _dot(cv, (xr, bot), wire)
        else:
            pass  # breaks "a 100 nF capacitor" (C1 and its branch gone)
    if wrong != "c_dropped":
        _comp(cv, "cap", (xc, top), (xc, bot), body, 2.4, wire=wire)
        cv.text((xc + 40, 490), "C1", lab_font, 20, ref, "lm")
        cv.text((xc + 40, 520), clab, lab_font, 20, ref, "lm")
    cv.text((xb + 16, 420), "+", "sans", 18, body, "lm")
    return png_bytes(cv.image())


# ---------------------------------------------------------------- case 2: LTspice schematic window
def _draw_ltspice(wrong):
    W, H = 1280, 800
    cv = Canvas(W, H, "#ffffff", ss=2)
    cv.rect(0, 0, W, 30, fill="#e9e9e9")
    cv.text((10, 15), "LTspice XVII - [Draft1.asc]", "sans", 14, "#000000", "lm")
    cv.rect(0, 30, W, 56, fill="#f3f3f3")
    for k, m in enumerate(["File", "Edit", "Hierarchy", "View", "Simulate", "Tools", "Window", "Help"]):
        cv.text((12 + k * 82, 43), m, "sans", 13, "#000000", "lm")
    cv.rect(0, 56, W, 92, fill="#ececec")
    for k in range(24):
        cv.rect(8 + k * 34, 62, 36 + k * 34, 86, fill="#d9d9d9", outline="#b5b5b5", width=1)
    cv.rect(0, 92, W, 122, fill="#dcdcdc")
    cv.rect(6, 96, 160, 122, fill="#ffffff", outline="#a0a0a0", width=1)
    cv.text((16, 109), "Draft1.asc", "sans", 13, "#000000", "lm")
    cv.rect(0, 122, W, H - 24, fill="#fbfbfb")
    for x in range(16, W, 32):
        for y in range(136, H - 30, 32):
            cv.circle((x, y), 0.9, fill="#b8b8b8")
    cv.rect(0, H - 24, W, H, fill="#e9e9e9")
    cv.text((10, H - 12), "Ready", "sans", 12, "#000000", "lm")
    blue, blk = "#0000ff", "#000000"
    L0, R0, T0, B0 = 260.0, 880.0, 250.0, 640.0
    vlab = "5 V" if wrong == "v_label_5V" else "15 V"  # breaks "a 15 V battery" when 5 V
    llab = "20 mH" if wrong == "l_label_20mH" else "2 mH"  # breaks "a 2 mH inductor" when 20 mH
    # V1 on the left (+ at the top)
    cv.line([(L0, T0), (L0, 385)], blue, 2)
    cv.line([(L0, 505), (L0, B0)], blue, 2)
    _comp(cv, "source", (L0, 385), (L0, 505), blk, 2, body=80)
    cv.text((L0 - 62, 430), "V1", "sans", 20, blk, "rm")
    cv.text((L0 - 62, 460), vlab, "sans", 20, blk, "rm")
    # R1 in the top wire
    if wrong != "r_dropped":
        cv.line([(L0, T0), (470, T0)], blue, 2)
        _comp(cv, "zigzag", (470, T0), (610, T0), blk, 2, body=90, wire=blue)
        cv.text((540, T0 - 44), "R1", "sans", 20, blk)
        cv.text((540, T0 + 42), "3 \u03a9", "sans", 20, blk)
        cv.line([(610, T0), (R0, T0)], blue, 2)
    else:
        cv.line([(L0, T0), (R0, T0)], blue, 2)  # breaks "a 3 Ω resistor" (R1 gone, plain wire)
    if wrong == "c_parallel_to_l":
        # breaks "in series": C1 drawn across L1 (a branch beside it), the bottom wire closed
        _comp(cv, "coil", (R0, T0), (R0, B0), blk, 2, body=140, wire=blue)
        cv.text((R0 + 40, 430), "L1", "sans", 20, blk, "lm")
        cv.text((R0 + 40, 460), llab, "sans", 20, blk, "lm")
        cv.line([(R0, T0), (1080, T0)], blue, 2)
        cv.line([(R0, B0), (1080, B0)], blue, 2)
        _comp(cv, "cap", (1080, T0), (1080, B0), blk, 2, wire=blue)
        cv.text((1120, 430), "C1", "sans", 20, blk, "lm")
        cv.text((1120, 460), "47 \u00b5F", "sans", 20, blk, "lm")
        for p in ((R0, T0), (R0, B0)):
            cv.rect(p[0] - 5, p[1] - 5, p[0] + 5, p[1] + 5, fill=blue)
        cv.line([(L0, B0), (R0, B0)], blue, 2)
    else:
        _comp(cv, "coil", (R0, T0), (R0, B0), blk, 2, body=140, wire=blue)
        cv.text((R0 + 40, 430), "L1", "sans", 20, blk, "lm")
        cv.text((R0 + 40, 460), llab, "sans", 20, blk, "lm")
        cv.line([(R0, B0), (650, B0)], blue, 2)
        _comp(cv, "cap", (650, B0), (490, B0), blk, 2, wire=blue)
        cv.text((570, B0 + 50), "C1", "sans", 20, blk)
        cv.text((570, B0 + 78), "47 \u00b5F", "sans", 20, blk)
        cv.line([(490, B0), (L0, B0)], blue, 2)
    cv.text((L0, 700), ".tran 0 20m 0 1u", "sans", 18, blk, "lm")
    return png_bytes(cv.image())


# ---------------------------------------------------------------- case 3: textbook schematic, fax
def _draw_fax(wrong):
    seed = 8003
    W, H = 1216, 900
    cv = Canvas(W, H, "#ffffff", ss=3)
    ink = "#000000"
    top, bot, xb = 250.0, 650.0, 220.0
    cv.line([(xb, top), (xb, 390)], ink, 2.4)
    cv.line([(xb, 510), (xb, bot)], ink, 2.4)
    _comp(cv, "battery", (xb, 390), (xb, 510), ink, 2.4)
    cv.text((xb - 40, 450), "18 V", "times", 32, ink, "rm")
    r2lab = "20 \u03a9" if wrong == "r2_label_20" else "10 \u03a9"  # breaks "R2 = 10 Ω" when 20 Ω
    x2, x3 = 720.0, 980.0
    if wrong == "r1_in_parallel":
        # breaks "R1 in series with the parallel pair" (R1 drawn as a third parallel branch)
        cv.line([(xb, top), (x3, top)], ink, 2.4)
        cv.line([(xb, bot), (x3, bot)], ink, 2.4)
        _comp(cv, "zigzag", (470, top), (470, bot), ink, 2.4, body=130)
        cv.text((500, 450), "R1 = 5 \u03a9", "times", 32, ink, "lm")
        for p in ((470, top), (470, bot), (x2, top), (x2, bot)):
            _dot(cv, p, ink, 6)
    else:
        cv.line([(xb, top), (380, top)], ink, 2.4)
        _comp(cv, "zigzag", (380, top), (560, top), ink, 2.4, body=130)
        cv.text((470, top - 46), "R1 = 5 \u03a9", "times", 32, ink)
        if wrong == "r2_r3_series":
            # breaks "R2 and R3 in parallel" (R2 moved into the top wire, in series with R3)
            cv.line([(560, top), (640, top)], ink, 2.4)
            _comp(cv, "zigzag", (640, top), (820, top), ink, 2.4, body=130)
            cv.text((730, top - 46), "R2 = " + r2lab, "times", 32, ink)
            cv.line([(820, top), (x3, top)], ink, 2.4)
        else:
            cv.line([(560, top), (x3 if wrong != "r3_dropped" else x2, top)], ink, 2.4)
        cv.line([(xb, bot), (x3 if wrong != "r3_dropped" else x2, bot)], ink, 2.4)
    if wrong != "r2_r3_series":
        _comp(cv, "zigzag", (x2, top), (x2, bot), ink, 2.4, body=130)
        cv.text((x2 + 30, 450), "R2 = " + r2lab, "times", 32, ink, "lm")
        if wrong != "r3_dropped":
            _dot(cv, (x2, top), ink, 6)
            _dot(cv, (x2, bot), ink, 6)
    if wrong != "r3_dropped":
        _comp(cv, "zigzag", (x3, top), (x3, bot), ink, 2.4, body=130)
        cv.text((x3 + 30, 450), "R3 = 15 \u03a9", "times", 32, ink, "lm")
    else:
        pass  # breaks "R3 = 15 Ω" (R3 and its branch gone)
    cv.text((W / 2, 780), "Fig. 12.4  Combination circuit.", "times", 30, ink)
    img = fax(cv.image(), seed, header="MAR-11 14:02  FROM: PHYSICS OFFICE  +1 617 253 0000     P.01/02")
    return png_bytes(img)


def cases():
    return [
        {"id": "h10-circuits-kicad", "text": "A 10 V battery with a 470 Ω resistor and a 100 nF capacitor in parallel.",
         "tool": "PIL (KiCad Eeschema look: page frame, title block, box resistor, green wires)", "style": "KiCad schematic sheet, cream background (1500x1060)",
         "draw": _draw_kicad, "wrongs": ["rc_in_series", "c_dropped", "r_label_4.7k", "c_label_10nF"]},
        {"id": "h10-circuits-ltspice", "text": "A 15 V battery, a 3 Ω resistor, a 2 mH inductor and a 47 µF capacitor in series.",
         "tool": "PIL (LTspice look: window, dotted grid, blue wires, zigzag R, arc L, circle source)", "style": "LTspice schematic editor screenshot with a .tran directive (1280x800)",
         "draw": _draw_ltspice, "wrongs": ["c_parallel_to_l", "r_dropped", "l_label_20mH", "v_label_5V"]},
        {"id": "h10-circuits-fax", "text": "An 18 V battery with R1 = 5 Ω in series with R2 = 10 Ω and R3 = 15 Ω in parallel.",
         "tool": "PIL textbook line art (3x supersampled) -> fax model", "style": "received fax, 1-bit ordered dither, header line (1216x900)",
         "draw": _draw_fax, "wrongs": ["r2_r3_series", "r1_in_parallel", "r3_dropped", "r2_label_20"]},
    ]
