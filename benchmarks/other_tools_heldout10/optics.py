"""Held-out set 10 (other tools), science: optics.

A TikZ/PGF ray diagram (Computer Modern), a GeoGebra Classic graphics view, and a Google
Slides editor screenshot. Distances and heights to scale (1/f = 1/d_o + 1/d_i, m = -d_i/d_o).
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


SCIENCE = "optics"


def _ray(cv, pts, col, width, mid_arrow=True, dash=None, head=11):
    cv.line(pts, col, width, dash)
    if mid_arrow and dash is None:
        for (x0, y0), (x1, y1) in zip(pts, pts[1:]):
            mx, my = (x0 + x1) / 2, (y0 + y1) / 2
            L = math.hypot(x1 - x0, y1 - y0)
            if L > 40:
                cv.arrow((mx - (x1 - x0) / L * 6, my - (y1 - y0) / L * 6), (mx + (x1 - x0) / L * 6, my + (y1 - y0) / L * 6),
                         col, width, head, "stealth")


def _obj_arrow(cv, x, y0, y1, col, width, head=14, style="triangle"):
    cv.arrow((x, y0), (x, y1), col, width, head, style)


# ---------------------------------------------------------------- case 1: TikZ concave mirror, virtual image
def _draw_tikz_mirror(wrong):
    W, H = 1400, 600
    cv = Canvas(W, H, "#ffffff", ss=3)
    s, X0, Y0 = 34.0, 1000.0, 320.0  # px per cm, mirror vertex, axis

    def P(x, y):
        return (X0 + x * s, Y0 - y * s)
    f, do, ho = 10.0, 5.0, 2.0
    di = 1 / (1 / f - 1 / do)  # -10: virtual, 10 cm behind
    hi = -di / do * ho  # +4: upright
    cv.line([P(-21.5, 0), P(11.5, 0)], "#000000", 1.0)
    R = 2 * f
    if True:
        arc = [P(-R + math.sqrt(R * R - y * y), y) for y in [-6 + 12 * k / 60 for k in range(61)]]
        cv.line(arc, "#000000", 2.0)
        for k in range(0, 61, 4):
            x, y = arc[k]
            cv.line([(x, y), (x + 10, y - 10)], "#000000", 0.9)
    ray_cols = ["#cc0000", "#0044cc", "#00802b"]
    O = (-do, ho)
    I = (-di, hi)  # behind the mirror at +10
    # ray 1: parallel, then through F; dashed back-extension to the image tip
    _ray(cv, [P(*O), P(0, ho), P(-17, ho - 17 * ho / f)], ray_cols[0], 1.3)
    _ray(cv, [P(0, ho), P(*I)], ray_cols[0], 1.0, dash=(6, 5))
    # ray 2: along the line from F through the object tip, then parallel
    y2 = ho * f / (f - do)
    _ray(cv, [P(*O), P(0, y2), P(-19, y2)], ray_cols[1], 1.3)
    _ray(cv, [P(0, y2), P(*I)], ray_cols[1], 1.0, dash=(6, 5))
    # ray 3: to the vertex, reflected symmetric
    _ray(cv, [P(*O), P(0, 0), P(-15, -15 * ho / do)], ray_cols[2], 1.3)
    _ray(cv, [P(0, 0), P(*I)], ray_cols[2], 1.0, dash=(6, 5))
    _obj_arrow(cv, P(*O)[0], Y0, P(*O)[1], "#000000", 2.4)
    ix, ih = -di, hi
    if wrong == "image_in_front":
        ix = di  # breaks "virtual image 10 cm behind the mirror" (drawn 10 cm in front)
    if wrong == "image_at_20cm":
        ix = 20.0  # breaks "d_i = -10 cm" (image drawn 20 cm behind; rays still meet at 10 cm)
    if wrong == "image_inverted":
        ih = -hi  # breaks "m = +2, upright image"
    _obj_arrow(cv, P(ix, 0)[0], Y0, P(ix, ih)[1], "#555555", 2.4)
    cv.line([P(ix, 0), P(ix, ih * 0.999)], "#555555", 2.4, (6, 4))
    for x, lab in ((-f, "F"), (-R, "C")):
        cv.circle(P(x, 0), 3.5, fill="#000000")
        cv.text((P(x, 0)[0], Y0 + 24), lab, "cmmi", 28)
    cv.text((P(*O)[0] - 6, P(*O)[1] - 26), "object", "cmr", 24)
    cv.text((P(ix, ih)[0] + 8, P(ix, ih)[1] + (-26 if ih > 0 else 26)), "image", "cmr", 24)
    # dimensions below the axis
    y_do, y_f = Y0 + 92, Y0 + 150
    cv.arrow(((P(-do, 0)[0] + X0) / 2, y_do), (P(-do, 0)[0], y_do), "#000000", 1.0, 10, "stealth")
    cv.arrow(((P(-do, 0)[0] + X0) / 2, y_do), (X0, y_do), "#000000", 1.0, 10, "stealth")
    xm = (P(-do, 0)[0] + X0) / 2
    cv.text((xm - 44, y_do + 22), "d", "cmmi", 24)
    cv.text((xm - 33, y_do + 29), "o", "cmmi", 16)
    cv.text((xm + 12, y_do + 22), "= 5 cm", "cmr", 24)
    cv.arrow(((P(-f, 0)[0] + X0) / 2, y_f), (P(-f, 0)[0], y_f), "#000000", 1.0, 10, "stealth")
    cv.arrow(((P(-f, 0)[0] + X0) / 2, y_f), (X0, y_f), "#000000", 1.0, 10, "stealth")
    flab = "15" if wrong == "f_label_15" else "10"  # breaks "focal length 10 cm" when 15
    cv.text(((P(-f, 0)[0] + X0) / 2, y_f + 22), "f = " + flab + " cm", "cmr", 24)
    for x in (P(-do, 0)[0], P(-f, 0)[0], X0):
        cv.line([(x, Y0 + 8), (x, y_f + 6)], "#888888", 0.6, (3, 3))
    cv.text((P(*O)[0] - 80, (P(*O)[1] + Y0) / 2), "2 cm", "cmr", 24)
    cv.text((W / 2, 570), "Figure 3: Ray diagram for the concave mirror.", "cmr", 26)
    return png_bytes(cv.image())


# ---------------------------------------------------------------- case 2: GeoGebra Classic graphics view
def _draw_geogebra_lens(wrong):
    W, H = 1280, 720
    cv = Canvas(W, H, "#ffffff", ss=2)
    # toolbar
    cv.rect(0, 0, W, 64, fill="#f5f5f5")
    cv.line([(0, 64), (W, 64)], "#d0d0d0", 1)
    for k in range(11):
        x = 14 + k * 58
        cv.rect(x, 10, x + 44, 54, fill="#ffffff", outline="#c8c8c8", width=1, radius=4)
        cv.circle((x + 22, 32), 4, fill="#1565c0" if k % 3 == 0 else "#666666")
        if k % 3 == 1:
            cv.line([(x + 10, 44), (x + 34, 20)], "#666666", 2)
        if k % 3 == 2:
            cv.poly([(x + 10, 44), (x + 34, 44), (x + 22, 18)], outline="#666666", width=2)
    s, X0, Y0 = 25.0, 780.0, 400.0

    def P(x, y):
        return (X0 + x * s, Y0 - y * s)
    for k in range(-31, 21):
        cv.line([P(k, 13.5), P(k, -12.5)], "#e6e6e6" if k % 2 else "#c8c8c8", 1)
    for k in range(-12, 14):
        cv.line([P(-31.5, k), P(20.5, k)], "#e6e6e6" if k % 2 else "#c8c8c8", 1)
    cv.arrow(P(-31.5, 0), P(20.5, 0), "#252525", 1.5, 10, "triangle")
    cv.arrow(P(0, -12.5), P(0, 13.4), "#252525", 1.5, 10, "triangle")
    for k in range(-30, 21, 2):
        if k:
            cv.text((P(k, 0)[0], Y0 + 14), "\u2212%d" % -k if k < 0 else str(k), "sans", 12, "#252525")
    for k in range(-12, 13, 2):
        if k:
            cv.text((X0 - 8, P(0, k)[1]), "\u2212%d" % -k if k < 0 else str(k), "sans", 12, "#252525", "rm")
    f, do, ho = 8.0, 24.0, 4.0
    di = 1 / (1 / f - 1 / do)  # 12
    hi = -di / do * ho  # -2
    if wrong == "lens_drawn_diverging":
        pts = [P(-0.9, 7), P(0.9, 7), P(0.25, 0), P(0.9, -7), P(-0.9, -7), P(-0.25, 0)]  # breaks "converging lens"
        cv.tint(pts, "#6557d2", 0.18)
        cv.poly(pts, outline="#6557d2", width=2.5)
    else:
        pts = [P(1.1 * math.cos(t), 7 * math.sin(t)) for t in [2 * math.pi * k / 80 for k in range(80)]]
        cv.tint(pts, "#6557d2", 0.18)
        cv.poly(pts, outline="#6557d2", width=2.5)
    O = (-do, ho)
    cv.line([P(*O), P(0, ho), P(20.5, ho - 20.5 * ho / f)], "#d32f2f", 2)
    cv.line([P(*O), P(20.5, -20.5 * ho / do)], "#388e3c", 2)
    y3 = -ho * f / (do - f)
    cv.line([P(*O), P(0, y3), P(20.5, y3)], "#1565c0", 2)
    cv.arrow(P(-do, 0), P(*O), "#000000", 3, 16, "triangle")
    ix, ih = di, hi
    if wrong == "image_upright":
        ih = -hi  # breaks "m = -0.5, inverted real image"
    if wrong == "image_on_object_side":
        ix = -di  # breaks "real image 12 cm behind the lens" (drawn on the object's side)
    cv.arrow(P(ix, 0), P(ix, ih), "#000000", 3, 16, "triangle")
    for x, lab in ((-f, "F"), (f, "F'")):
        cv.circle(P(x, 0), 6, fill="#1565c0", outline="#0d3c78", width=1.5)
        cv.text((P(x, 0)[0] + 10, Y0 - 20), lab, "sansi", 20, "#0d3c78", "lm")
    cv.text((P(*O)[0] + 10, P(*O)[1] - 6), "A", "sansi", 20, "#000000", "lm")
    cv.text((P(ix, ih)[0] + 10, P(ix, ih)[1] + (14 if ih < 0 else -6)), "A'", "sansi", 20, "#000000", "lm")
    flab = "6" if wrong == "f_label_6" else "8"  # breaks "focal length 8 cm" when 6
    cv.rect(40, 90, 300, 200, fill="#ffffff", outline="#bdbdbd", width=1)
    cv.text((56, 118), "f = " + flab + " cm", "sans", 20, "#000000", "lm")
    cv.text((56, 148), "object height 4 cm", "sans", 20, "#000000", "lm")
    cv.text((56, 178), "object distance 24 cm", "sans", 20, "#000000", "lm")
    return png_bytes(cv.image())


# ---------------------------------------------------------------- case 3: Google Slides editor screenshot
def _draw_gslides(wrong):
    W, H = 1280, 800
    cv = Canvas(W, H, "#f8f9fa", ss=2)
    cv.rect(0, 0, W, 64, fill="#ffffff")
    cv.rect(16, 14, 44, 50, fill="#f4b400", radius=4)
    cv.text((60, 24), "Optics \u2013 lecture 6", "arial", 18, "#202124", "lm")
    for k, m in enumerate(["File", "Edit", "View", "Insert", "Format", "Slide", "Arrange", "Tools", "Help"]):
        cv.text((60 + k * 62, 48), m, "arial", 14, "#444746", "lm")
    cv.rect(1120, 16, 1210, 50, fill="#c2e7ff", radius=17)
    cv.text((1165, 33), "Slideshow", "arial", 14, "#001d35")
    cv.rect(8, 72, W - 8, 108, fill="#edf2fa", radius=18)
    for k in range(16):
        cv.rect(24 + k * 38, 80, 48 + k * 38, 100, fill="#c4c7c5" if k % 4 else "#9aa0a6", radius=3)
    for k in range(3):
        y = 130 + k * 120
        cv.text((20, y + 8), str(k + 1), "arial", 13, "#444746")
        cv.rect(34, y, 214, y + 101, fill="#ffffff", outline="#1a73e8" if k == 1 else "#dadce0", width=3 if k == 1 else 1)
        cv.rect(50, y + 14, 170, y + 24, fill="#bdc1c6")
    X, Y, SW, SH = 300, 132, 940, 529
    cv.rect(X - 1, Y - 1, X + SW + 1, Y + SH + 1, fill="#dadce0")
    cv.rect(X, Y, X + SW, Y + SH, fill="#ffffff")
    cv.text((X + 40, Y + 48), "Ray diagram", "arial", 34, "#202124", "lm")
    cv.rect(X + 100, Y + SH + 40, X + SW, Y + SH + 100, fill="#ffffff", outline="#dadce0")
    cv.text((X + 116, Y + SH + 58), "Click to add speaker notes", "arial", 14, "#80868b", "lm")
    s, X0, Y0 = 28.0, X + 500.0, Y + 310.0

    def P(x, y):
        return (X0 + x * s, Y0 - y * s)
    f, do, ho = 12.0, 12.0, 6.0
    di = -1 / (1 / f + 1 / do)  # -6: virtual, on the object side
    hi = -di / do * ho  # +3: upright
    cv.line([P(-16.5, 0), P(15.5, 0)], "#5f6368", 1.5)
    if wrong == "lens_drawn_converging":
        cv.arrow(P(0, 0), P(0, 6.3), "#3c78d8", 4, 18, "triangle")  # breaks "diverging lens"
        cv.arrow(P(0, 0), P(0, -6.3), "#3c78d8", 4, 18, "triangle")
    else:
        cv.line([P(0, 5.9), P(0, -5.9)], "#3c78d8", 4)
        for sg in (1, -1):
            y = 6.2 * sg
            cv.line([P(-0.6, y + 0.7 * sg), P(0, y - 0.5 * sg), P(0.6, y + 0.7 * sg)], "#3c78d8", 4)
    O = (-do, ho)
    red, grn, org = "#ea4335", "#34a853", "#fb8c00"
    cv.line([P(*O), P(0, ho), P(9, ho + 9 * ho / f)], red, 2.5)
    cv.line([P(0, ho), P(-f, 0)], red, 1.8, (7, 6))
    cv.line([P(*O), P(14, -14 * ho / do)], grn, 2.5)
    y3 = ho * f / (f + do)
    cv.line([P(*O), P(0, y3), P(14.5, y3)], org, 2.5)
    cv.line([P(0, y3), P(di, y3)], org, 1.8, (7, 6))
    cv.arrow(P(-do, 0), P(*O), "#202124", 4, 18)
    ix, ih = di, hi
    if wrong == "image_on_far_side":
        ix = -di  # breaks "virtual image 6 cm in front of the lens" (drawn behind it)
    if wrong == "image_inverted":
        ih = -hi  # breaks "m = +0.5, upright image"
    cv.arrow(P(ix, 0), P(ix, ih), "#9334e6", 4, 18)
    cv.text((P(*O)[0], P(*O)[1] - 22), "object", "arial", 18, "#202124")
    cv.text((P(ix, ih)[0] + 8, P(ix, ih)[1] + (-18 if ih > 0 else 18)), "image", "arial", 18, "#9334e6", "lm")
    for x in (-f, f):
        cv.circle(P(x, 0), 5, fill="#202124")
        cv.text((P(x, 0)[0], Y0 + 22), "F", "arialb", 20, "#202124")
    yd = Y0 + 120
    cv.arrow(((P(-do, 0)[0] + X0) / 2, yd), (P(-do, 0)[0], yd), "#202124", 1.5, 12)
    cv.arrow(((P(-do, 0)[0] + X0) / 2, yd), (X0, yd), "#202124", 1.5, 12)
    dlab = "18" if wrong == "do_label_18" else "12"  # breaks "12 cm from the lens" when 18
    xm = (P(-do, 0)[0] + X0) / 2
    cv.text((xm - 40, yd + 22), "d", "arial", 20, "#202124")
    cv.text((xm - 30, yd + 29), "o", "arial", 14, "#202124")
    cv.text((xm + 16, yd + 22), "= " + dlab + " cm", "arial", 20, "#202124")
    cv.text((P(-do, 0)[0] - 56, (P(*O)[1] + Y0) / 2), "6 cm", "arial", 20, "#202124")
    cv.text((P(f, 0)[0] + 30, Y0 + 60), "f = 12 cm", "arial", 20, "#202124")
    return png_bytes(cv.image())


def cases():
    return [
        {"id": "h10-optics-tikz", "text": "An object 2 cm tall stands 5 cm in front of a concave mirror of focal length 10 cm.",
         "tool": "PIL (TikZ/PGF look: mid-ray arrows, hatched mirror, Computer Modern)", "style": "TikZ ray diagram, virtual image with dashed back-extensions, caption (1400x600)",
         "draw": _draw_tikz_mirror, "wrongs": ["image_in_front", "image_at_20cm", "image_inverted", "f_label_15"]},
        {"id": "h10-optics-geogebra", "text": "An object 4 cm tall is placed 24 cm from a converging lens with focal length 8 cm.",
         "tool": "PIL (GeoGebra Classic look: toolbar, cm grid and axes, conic lens, blue points)", "style": "GeoGebra graphics view screenshot, text box (1280x720)",
         "draw": _draw_geogebra_lens, "wrongs": ["image_upright", "image_on_object_side", "lens_drawn_diverging", "f_label_6"]},
        {"id": "h10-optics-gslides", "text": "An object 6 cm tall is placed 12 cm from a diverging lens with focal length 12 cm.",
         "tool": "PIL (Google Slides editor look: menu, toolbar, filmstrip, speaker notes)", "style": "Google Slides editor screenshot, slide with lens symbol and coloured rays (1280x800)",
         "draw": _draw_gslides, "wrongs": ["image_on_far_side", "image_inverted", "lens_drawn_converging", "do_label_18"]},
    ]
