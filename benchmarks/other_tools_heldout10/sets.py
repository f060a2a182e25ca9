"""Held-out set 10 (other tools), science: sets.

A TikZ-style Venn diagram received by fax (1-bit ordered dither), a Keynote slide, and an
e-reader (e-ink, 16 grey levels) screenshot. Drawn with Pillow + numpy.
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


SCIENCE = "sets"


# ---------------------------------------------------------------- case 1: TikZ Venn, received by fax
def _draw_fax(wrong):
    seed = 2001
    W, H = 1216, 860
    cv = Canvas(W, H, "#ffffff", ss=3)
    K, L = ((480, 470), 230), ((760, 470), 250)
    ks = [(c[0] + r * math.cos(t), c[1] + r * math.sin(t)) for (c, r) in (K,)
          for t in [2 * math.pi * i / 180 for i in range(180)]]
    ls = [(L[0][0] + L[1] * math.cos(t), L[0][1] + L[1] * math.sin(t)) for t in [2 * math.pi * i / 180 for i in range(180)]]
    cv.tint(ks, "#000000", 0.10)
    cv.tint(ls, "#000000", 0.18)
    cv.circle(K[0], K[1], outline="#000000", width=2.4)
    cv.circle(L[0], L[1], outline="#000000", width=2.4)
    cv.text((300, 250), "K", "cmmi", 48, "#000000")
    cv.text((975, 250), "L", "cmmi", 48, "#000000")
    pos = {"2": (360, 470), "3": (620, 350), "5": (620, 440), "7": (620, 530), "1": (890, 400), "9": (890, 560)}
    if wrong == "3_in_K_only":
        pos["3"] = (380, 360)  # breaks "3 in L" (3 drawn in K only)
    if wrong == "9_dropped":
        del pos["9"]  # breaks "9 in L"
    if wrong == "2_in_both":
        pos["2"] = (615, 615)  # breaks "2 in K only" (2 drawn inside L too)
    if wrong == "extra_11_in_L":
        pos["11"] = (930, 480)  # breaks "L = {1, 3, 5, 7, 9}" (an element 11 added)
    for k, (x, y) in pos.items():
        cv.circle((x - 22, y), 4.5, fill="#000000")
        cv.text((x + 8, y), k, "cmr", 40, "#000000")
    cv.text((W / 2, 800), "Figure 2.  Venn diagram of the two sets.", "cmr", 30, "#000000")
    img = fax(cv.image(), seed, header="JUN-04 09:17  FROM: MATHS DEPT  +44 1865 270000      P.02/03")
    return png_bytes(img)


# ---------------------------------------------------------------- case 2: Keynote slide (white theme)
def _draw_keynote(wrong):
    seed = 2002
    W, H = 1600, 900
    cv = Canvas(W, H, "#ffffff", ss=2)
    cv.text((W / 2, 80), "Venn diagram", "arialb", 56, "#1b1b1b")
    cv.line([(700, 122), (900, 122)], "#e0492f", 4)
    # universal set: Keynote rounded rectangle with its soft shadow
    sh = Image.new("L", cv.im.size, 0)
    ImageDraw.Draw(sh).rounded_rectangle([208 * 2, 196 * 2, 1410 * 2, 832 * 2], radius=36 * 2, fill=70)
    sh = sh.filter(ImageFilter.GaussianBlur(20))
    cv.im.paste(Image.new("RGB", sh.size, (0, 0, 0)), (0, 0), sh)
    cv.rect(200, 180, 1400, 820, fill="#f4f6f8", outline="#8a96a3", width=3, radius=36)
    cv.text((250, 225), "U", "arialb", 46, "#44505c")
    M, N = ((640, 500), 230), ((900, 500), 200)
    pos = {"1": (520, 430), "2": (520, 580), "3": (775, 500), "4": (985, 500),
           "5": (300, 320), "6": (1300, 280), "7": (1300, 740)}
    if wrong == "N_crosses_U":
        N = ((900, 700), 200)  # breaks "N is a subset of U" (N drawn across U's edge)
        pos["3"], pos["4"] = (760, 590), (965, 700)
    for (c, r), col in ((M, "#2f80ed"), (N, "#f2994a")):
        pts = [(c[0] + r * math.cos(t), c[1] + r * math.sin(t)) for t in [2 * math.pi * i / 200 for i in range(200)]]
        cv.tint(pts, col, 0.45)
    cv.circle(M[0], M[1], outline="#1f5fae", width=4)
    cv.circle(N[0], N[1], outline="#c46a1d", width=4)
    cv.text((M[0][0] - 150, M[0][1] - 195), "M", "arialb", 46, "#1f5fae")
    cv.text((N[0][0] + 140, N[0][1] - 180), "N", "arialb", 46, "#c46a1d")
    if wrong == "3_in_M_only":
        pos["3"] = (560, 360)  # breaks "3 in N" (3 drawn in M only)
    if wrong == "7_dropped":
        del pos["7"]  # breaks "7 in U"
    if wrong == "5_in_N":
        pos["5"] = (1010, 420)  # breaks "N = {3, 4}" (5 drawn inside N)
    for k, (x, y) in pos.items():
        cv.text((x, y), k, "arial", 48, "#1b1b1b")
    cv.text((W - 40, H - 30), "7", "arial", 22, "#9aa3ad", "rm")
    return png_bytes(cv.image())


# ---------------------------------------------------------------- case 3: e-reader (e-ink) screenshot
def _draw_eink(wrong):
    seed = 2003
    W, H = 600, 800
    cv = Canvas(W, H, "#ffffff", ss=3)
    cv.text((24, 20), "11:52", "sansb", 15, "#000000", "lm")
    cv.rect(530, 12, 566, 28, outline="#000000", width=1.5)
    cv.rect(566, 16, 570, 24, fill="#000000")
    cv.rect(533, 15, 556, 25, fill="#000000")
    cv.line([(0, 40), (W, 40)], "#000000", 1)
    cv.text((W / 2, 80), "Chapter 2 \u00b7 Sets", "serifi", 17, "#333333")
    cv.text((40, 140), "Exercise 2.3", "serifb", 24, "#000000", "lm")
    cv.text((40, 180), "Draw the Venn diagram of the two sets", "serif", 18, "#000000", "lm")
    cv.text((40, 206), "and place every element.", "serif", 18, "#000000", "lm")
    cv.text((40, 250), "Answer:", "serifi", 18, "#000000", "lm")
    D, E = ((170, 450), 122), ((432, 450), 122)
    if wrong == "D_E_overlap":
        E = ((352, 450), 122)  # breaks "D and E are disjoint"
    cv.rect(30, 290, 570, 640, outline="#000000", width=1.2)
    for (c, r), shade in ((D, "#d0d0d0"), (E, "#a8a8a8")):
        pts = [(c[0] + r * math.cos(t), c[1] + r * math.sin(t)) for t in [2 * math.pi * i / 160 for i in range(160)]]
        cv.tint(pts, shade, 0.6)
        cv.circle(c, r, outline="#000000", width=2.2)
    cv.text((D[0][0] - 95, 325), "D", "serifb", 30, "#000000")
    cv.text((E[0][0] + 95, 325), "E", "serifb", 30, "#000000")
    pos = {"cat": (150, 410), "dog": (185, 495), "cow": (440, 410), "hen": (440, 495)}
    if wrong == "dog_in_E":
        pos["dog"] = (470, 452)  # breaks "dog in D" (dog drawn in E)
    if wrong == "hen_dropped":
        del pos["hen"]  # breaks "hen in E"
    if wrong == "extra_pig_in_D":
        pos["pig"] = (120, 470)  # breaks "D = {cat, dog}" (an element pig added)
    for k, (x, y) in pos.items():
        cv.text((x, y), k, "serifi", 24, "#000000")
    cv.line([(0, 752), (W, 752)], "#000000", 1)
    cv.text((24, 776), "Loc 1203", "sans", 13, "#000000", "lm")
    cv.text((W - 24, 776), "41%", "sans", 13, "#000000", "rm")
    return png_bytes(eink(cv.image()))


def cases():
    return [
        {"id": "h10-sets-fax", "text": "Let K = {2, 3, 5, 7} and L = {1, 3, 5, 7, 9}.",
         "tool": "PIL (TikZ look, Computer Modern) -> fax model", "style": "received fax, 1-bit ordered dither, header line (1216x860)",
         "draw": _draw_fax, "wrongs": ["3_in_K_only", "9_dropped", "2_in_both", "extra_11_in_L"]},
        {"id": "h10-sets-keynote", "text": "Let U = {1, 2, 3, 4, 5, 6, 7}, M = {1, 2, 3} and N = {3, 4}; M and N are subsets of U.",
         "tool": "PIL (Keynote look: white theme, shadowed rounded rectangle)", "style": "16:9 Keynote slide, translucent blue/orange circles (1600x900)",
         "draw": _draw_keynote, "wrongs": ["N_crosses_U", "3_in_M_only", "7_dropped", "5_in_N"]},
        {"id": "h10-sets-eink", "text": "Let D = {cat, dog} and E = {cow, hen}; D and E are disjoint.",
         "tool": "PIL -> e-ink panel model", "style": "e-reader screenshot, 16 grey levels, book page (600x800)",
         "draw": _draw_eink, "wrongs": ["D_E_overlap", "dog_in_E", "hen_dropped", "extra_pig_in_D"]},
    ]
