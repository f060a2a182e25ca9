"""Held-out set 10 (other tools), science: cell.

Line art photocopied, a colour textbook print seen through its CMYK dot screen, and an
Inkscape-style vector drawing exported and inverted (negative). Drawn with Pillow + numpy.
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


SCIENCE = "cell"


def _blob(c, rx, ry, seed, key, n=160):
    r = rng(seed, key)
    p1, p2, p3 = r.uniform(0, 6.3), r.uniform(0, 6.3), r.uniform(0, 6.3)
    pts = []
    for i in range(n):
        t = 2 * math.pi * i / n
        k = 1 + 0.028 * math.sin(3 * t + p1) + 0.018 * math.sin(5 * t + p2) + 0.01 * math.sin(7 * t + p3)
        pts.append((c[0] + rx * k * math.cos(t), c[1] + ry * k * math.sin(t)))
    return pts


def _golgi(cv, c, scale, ink, fill, width):
    x, y = c
    for i in range(4):
        yy = y + (i - 1.5) * 13 * scale
        L = (58 - 6 * abs(i - 1.5)) * scale
        pts = [(x - L + 2 * L * k / 20, yy - 8 * scale * math.sin(math.pi * k / 20)) for k in range(21)]
        top = [(px, py - 4 * scale) for px, py in pts]
        bot = [(px, py + 4 * scale) for px, py in pts][::-1]
        cv.poly(top + bot, fill=fill, outline=ink, width=width)


def _leader(cv, p_from, p_to, ink, width=1.0, dot=True):
    cv.line([p_from, p_to], ink, width)
    if dot:
        cv.circle(p_to, 2.6, fill=ink)


# ---------------------------------------------------------------- case 1: photocopied handout
def _draw_photocopy(wrong):
    seed = 1001
    W, H = 1100, 820
    cv = Canvas(W, H, "#ffffff", ss=3)
    ink = "#111111"
    cv.text((40, 40), "Figure 4.2", "timesb", 24, ink, "lm")
    cv.text((170, 40), "Schematic of a eukaryotic cell", "times", 24, ink, "lm")
    mem = _blob((470, 440), 360, 285, seed, "membrane")
    cv.poly(mem, fill="#e4e4e4", outline=ink, width=3.0)
    inner = _blob((470, 440), 350, 275, seed, "membrane")
    cv.line(inner + [inner[0]], "#555555", 1.0)
    labels = []  # (label text, y, [targets])
    if wrong != "nucleus_dropped":
        cv.circle((380, 430), 100, fill="#bdbdbd", outline=ink, width=2.6)
        cv.circle((380, 430), 90, outline=ink, width=1.4)
        r = rng(seed, "chromatin")
        for _ in range(160):
            a, d = r.uniform(0, 6.283), 82 * math.sqrt(r.random())
            cv.circle((380 + d * math.cos(a), 430 + d * math.sin(a)), r.uniform(1.0, 2.2), fill="#555555")
        for k in range(10):
            a = 2 * math.pi * k / 10 + 0.2
            cv.circle((380 + 95 * math.cos(a), 430 + 95 * math.sin(a)), 3.2, fill="#ffffff")
        labels.append(("nucleus", 170, [(318, 352)]))
    else:
        pass  # breaks "a nucleus" (the nucleus and its label are gone)
    pero = [(640, 285), (600, 620)]
    if wrong == "peroxisome_dropped":
        pero = pero[:1]  # breaks "two peroxisomes"
    for (x, y) in pero:
        cv.circle((x, y), 24, fill="#d0d0d0", outline=ink, width=2.2)
        cv.rect(x - 8, y - 7, x + 8, y + 7, fill="#3a3a3a")
    labels.append(("peroxisome", 290, [(p[0] + 22, p[1] - 8) for p in pero]))
    golgi_c = (710, 450)
    if wrong == "golgi_outside_cell":
        golgi_c = (905, 110)  # breaks "inside(golgi1, cell1)"
    _golgi(cv, golgi_c, 1.0, ink, "#c8c8c8", 1.8)
    labels.append(("Golgi apparatus", 430 if wrong != "golgi_outside_cell" else 190,
                   [(golgi_c[0] + 52, golgi_c[1] - 8)]))
    ves = [(790, 360), (780, 560), (290, 640)]
    if wrong == "vesicle_extra":
        ves = ves + [(300, 250)]  # breaks "three vesicles"
    for (x, y) in ves:
        cv.circle((x, y), 13, fill="#ffffff", outline=ink, width=2.0)
    labels.append(("vesicle", 560, [(v[0] + 12, v[1]) for v in ves]))
    labels.append(("plasma membrane", 700, [(mem[24][0] - 2, mem[24][1])]))
    for text, y, targets in labels:
        cv.text((900, y), text, "times", 21, ink, "lm")
        for t in targets:
            _leader(cv, (892, y), t, ink, 1.1)
    cv.text((550, 790), "The organelles are not drawn to scale.", "timesi", 17, ink, "mm")
    return png_bytes(photocopy(cv.image(), seed, skew=0.7, edge="left"))


# ---------------------------------------------------------------- case 2: textbook colour print, dot screen
def _draw_halftone(wrong):
    seed = 1002
    W, H = 1400, 760
    cv = Canvas(W, H, "#ffffff", ss=2)
    cv.text((60, 44), "Fig. 3.7", "arialb", 28, "#c0392b", "lm")
    cv.text((170, 44), "Two cells seen in section", "arial", 28, "#000000", "lm")
    for key, c in (("L", (380, 410)), ("R", (1020, 410))):
        mem = _blob(c, 280, 235, seed, "cell" + key)
        cv.poly(mem, fill="#fdf1c7", outline="#d35400", width=5)
    ribo = [(520, 300), (540, 480), (220, 260), (240, 560)]
    if wrong == "ribosome_in_right_cell":
        ribo = ribo[:3] + [(880, 560)]  # breaks "inside(ribosome4, cell1)" (moved into the right cell)
    if wrong == "ribosome_extra":
        ribo = ribo + [(470, 600)]  # breaks "four ribosomes"
    if wrong != "left_nucleus_missing":
        cv.circle((350, 410), 88, fill="#8e7cc3", outline="#4b3b8f", width=4)
        cv.circle((350, 410), 78, outline="#6a5aa8", width=1.5)
    else:
        pass  # breaks "the left cell has a nucleus"
    for (x, y) in ribo:
        cv.circle((x, y), 10, fill="#1f5fa8")
    cv.circle((990, 430), 88, fill="#8e7cc3", outline="#4b3b8f", width=4)
    cv.circle((990, 430), 78, outline="#6a5aa8", width=1.5)
    pero = [(1150, 300), (1160, 540)]
    if wrong == "peroxisome_dropped":
        pero = pero[:1]  # breaks "two peroxisomes"
    for (x, y) in pero:
        cv.circle((x, y), 26, fill="#27ae60", outline="#145a32", width=3)
        cv.circle((x, y), 9, fill="#145a32")
    # labels under and above, with leaders
    lab = "#000000"
    if wrong != "left_nucleus_missing":
        cv.text((150, 705), "nucleus", "arialb", 23, lab, "mm")
        _leader(cv, (150, 690), (300, 470), lab, 1.5)
    cv.text((640, 705), "ribosome", "arialb", 23, lab, "mm")
    for (x, y) in ribo:
        _leader(cv, (640, 690), (x + 6, y + 7), lab, 1.2)
    cv.text((870, 120), "nucleus", "arialb", 23, lab, "mm")
    _leader(cv, (870, 135), (955, 350), lab, 1.5)
    cv.text((1300, 705), "peroxisome", "arialb", 23, lab, "mm")
    for (x, y) in pero:
        _leader(cv, (1290, 690), (x + 18, y + 18), lab, 1.2)
    img = halftone(cv.image(), cell=4.6, colour=True)
    return png_bytes(img)


# ---------------------------------------------------------------- case 3: Inkscape drawing, negative
def _draw_inkscape_negative(wrong):
    seed = 1003
    W, H = 900, 700
    cv = Canvas(W, H, "#ffffff", ss=3)
    # drop shadow (Inkscape filter): blurred dark rounded rect under the cell
    sh = Image.new("L", (W * 3, H * 3), 0)
    if wrong != "cell_wall_missing":
        ImageDraw.Draw(sh).rounded_rectangle([135 * 3, 128 * 3, 712 * 3, 606 * 3], radius=60 * 3, fill=90)
        sh = sh.filter(ImageFilter.GaussianBlur(24))
        cv.im.paste(Image.new("RGB", sh.size, (0, 0, 0)), (0, 0), sh)
        cv.rect(120, 110, 700, 590, fill="#7fbf5f", outline="#2d6a1f", width=3, radius=60)
    else:
        pass  # breaks "a cell wall" (wall and its label gone; the membrane stays)
    cv.rect(138, 128, 682, 572, fill="#e9f7dc", outline="#3f7f2f", width=2, radius=46)
    # vertical linear-gradient cytoplasm tint
    for i in range(20):
        y0 = 140 + i * 21
        cv.tint([(150, y0), (670, y0), (670, y0 + 21), (150, y0 + 21)], "#ffffff", 0.02 * i)
    vac = [((520, 440), 105, 68), ((280, 470), 72, 50)]
    if wrong == "vacuole_outside_cell":
        vac = [vac[0], ((420, 648), 70, 34)]  # breaks "inside(vacuole2, cell1)"
    for (c, rx, ry) in vac:
        cv.ellipse(c, rx, ry, fill="#bfe3f2", outline="#2b7a9e", width=2.5)
    cv.circle((300, 270), 64, fill="#c9a0dc", outline="#6c3483", width=3)
    cv.ball((300, 270), 58, "#b07cc6")
    chl = [((560, 205), 0.3), ((630, 300), -0.5), ((430, 190), 0.1), ((205, 395), 1.2), ((620, 535), 0.4)]
    if wrong == "chloroplast_dropped":
        chl = chl[:4]  # breaks "five chloroplasts"
    for (c, rot) in chl:
        cv.ellipse(c, 36, 19, fill="#2e8b3a", outline="#14501c", width=2, rot=rot)
        for k in (-14, -5, 4, 13):
            dx, dy = k * math.cos(rot), k * math.sin(rot)
            cv.ellipse((c[0] + dx, c[1] + dy), 3.2, 9, fill="#a3d977", rot=rot)
    golgi = [(460, 310)]
    if wrong == "golgi_extra":
        golgi = golgi + [(400, 530)]  # breaks "a Golgi apparatus" (one)
    for g in golgi:
        _golgi(cv, g, 0.8, "#a04000", "#f5b041", 1.6)
    ink = "#202020"
    rows = []
    if wrong != "cell_wall_missing":
        rows.append(("cell wall", 120, [(698, 150)]))
    rows.append(("nucleus", 245, [(362, 262)]))
    rows.append(("Golgi apparatus", 330, [(g[0] + 45, g[1] - 6) for g in golgi]))
    rows.append(("chloroplast", 420, [(c[0] + 20 * math.cos(r), c[1] + 20 * math.sin(r)) for c, r in chl]))
    rows.append(("vacuole", 520, [(c[0] + rx * 0.7, c[1] + ry * 0.7) for c, rx, ry in vac]))
    for text, y, targets in rows:
        cv.text((728, y), text, "sans", 18, ink, "lm")
        for t in targets:
            cv.line([(722, y), t], "#555555", 1.0)
            cv.circle(t, 2.5, fill="#555555")
    cv.text((410, 40), "Plant cell", "sansb", 26, ink, "mm")
    return png_bytes(negative(cv.image()))


def cases():
    return [
        {"id": "h10-cell-photocopy", "text": "A eukaryotic cell with a nucleus, two peroxisomes, a Golgi apparatus and three vesicles.",
         "tool": "PIL line art (3x supersampled) -> photocopy model", "style": "photocopied handout: grey cast, toner speckle, 0.7 deg skew, dark left edge (1100x820)",
         "draw": _draw_photocopy, "wrongs": ["peroxisome_dropped", "vesicle_extra", "golgi_outside_cell", "nucleus_dropped"]},
        {"id": "h10-cell-halftone", "text": "Two cells side by side: the left cell has a nucleus and four ribosomes, the right cell has a nucleus and two peroxisomes.",
         "tool": "PIL flat colour (2x supersampled) -> CMYK dot-screen model", "style": "colour textbook print seen through its CMYK halftone screen (1400x760)",
         "draw": _draw_halftone, "wrongs": ["ribosome_in_right_cell", "peroxisome_dropped", "left_nucleus_missing", "ribosome_extra"]},
        {"id": "h10-cell-inkscape-negative", "text": "A plant cell with a cell wall, a nucleus, two vacuoles, five chloroplasts and a Golgi apparatus.",
         "tool": "PIL (Inkscape look: drop-shadow filter, gradient fills) -> negative", "style": "vector drawing exported and inverted, white on black (900x700)",
         "draw": _draw_inkscape_negative, "wrongs": ["cell_wall_missing", "chloroplast_dropped", "vacuole_outside_cell", "golgi_extra"]},
    ]
