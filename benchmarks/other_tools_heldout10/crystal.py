"""Held-out set 10 (other tools), science: crystal.

A TikZ/PGF-style cell (Computer Modern labels, ball shading), an hcp prism printed through a
grey dot screen, and a large Inkscape-style drawing printed on a monochrome laser printer and
rescanned. Sites at exact fractional coordinates; drawn with Pillow + numpy.
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


SCIENCE = "crystal"

_CORNERS = [(x, y, z) for x in (0, 1) for y in (0, 1) for z in (0, 1)]
_EDGES = [(p, q) for p in _CORNERS for q in _CORNERS if p < q and sum(abs(p[i] - q[i]) for i in range(3)) == 1]


def _cabinet(o, apx, ang_deg, k):
    ca, sa = math.cos(math.radians(ang_deg)), math.sin(math.radians(ang_deg))

    def P(x, y, z):
        return (o[0] + apx * (x + k * y * ca), o[1] - apx * (z + k * y * sa))
    return P


def _cube_edges(cv, P, ink, width, dash):
    for p, q in _EDGES:
        hidden = (0, 1, 0) in (p, q)  # the back-bottom-left corner is hidden
        cv.line([P(*p), P(*q)], ink, width, dash if hidden else None)


def _dim(cv, p0, p1, off, ink, width, label, fname, size, style="stealth", head=12):
    (x0, y0), (x1, y1) = p0, p1
    L = math.hypot(x1 - x0, y1 - y0)
    nx, ny = -(y1 - y0) / L * off, (x1 - x0) / L * off
    a0, a1 = (x0 + nx, y0 + ny), (x1 + nx, y1 + ny)
    cv.line([(x0, y0), (x0 + nx * 1.15, y0 + ny * 1.15)], ink, width * 0.7)
    cv.line([(x1, y1), (x1 + nx * 1.15, y1 + ny * 1.15)], ink, width * 0.7)
    mid = ((a0[0] + a1[0]) / 2, (a0[1] + a1[1]) / 2)
    cv.arrow(mid, a0, ink, width, head, style)
    cv.arrow(mid, a1, ink, width, head, style)
    return mid


# ---------------------------------------------------------------- case 1: TikZ / PGF, CsCl
def _draw_tikz(wrong):
    W, H = 1000, 900
    cv = Canvas(W, H, "#ffffff", ss=3)
    a = 4.12
    apx = 100.0  # px per angstrom
    P = _cabinet((250, 660), a * apx, 30, 0.5)
    _cube_edges(cv, P, "#000000", 1.3, (7, 5))
    r_cs, r_cl = 0.35 * 1.74 * apx, 0.35 * 1.81 * apx  # 0.35 x Shannon ionic radii (CN 8)
    atoms = [("Cs", c) for c in _CORNERS]
    if wrong == "corner_cs_dropped":
        atoms.remove(("Cs", (1, 0, 1)))  # breaks "Cs at 1a (0, 0, 0): all eight corners"
    if wrong != "cl_dropped":
        atoms.append(("Cl", (0.5, 0.5, 0.5)))
    else:
        pass  # breaks "Cl at 1b (1/2, 1/2, 1/2)" (the body centre is empty)
    if wrong == "extra_cl_face":
        atoms.append(("Cl", (0.5, 0.0, 0.5)))  # breaks "caesium chloride structure" (a Cl at a face centre)
    atoms.sort(key=lambda t: (-t[1][1], t[1][2], t[1][0]))
    for el, f in atoms:
        col, r = ("#7b68c8", r_cs) if el == "Cs" else ("#3f9b4a", r_cl)
        cv.ball(P(*f), r, col, outline="#1a1a1a", width=0.9)
    lab = "4.29" if wrong == "a_label_4.29" else "4.12"  # breaks "a = 4.12 Å" when 4.29
    mid = _dim(cv, P(0, 0, 0), P(1, 0, 0), 105, "#000000", 1.1, None, None, None)
    cv.text((mid[0], mid[1] + 30), "a = " + lab + " \u00c5", "cmr", 34, "#000000")
    # legend, TikZ node style
    cv.ball((80, 70), 20, "#7b68c8", outline="#1a1a1a", width=0.9)
    cv.text((135, 70), "Cs", "cmr", 32, "#000000")
    cv.ball((80, 130), 20, "#3f9b4a", outline="#1a1a1a", width=0.9)
    cv.text((135, 130), "Cl", "cmr", 32, "#000000")
    cv.text((W / 2, 860), "Figure 1.3: The conventional cubic cell.", "cmr", 28, "#000000")
    return png_bytes(cv.image())


# ---------------------------------------------------------------- case 2: hcp prism, grey halftone print
def _draw_hcp(wrong):
    W, H = 1200, 1000
    cv = Canvas(W, H, "#ffffff", ss=2)
    a, c = 2.29, 3.58
    s = 120.0  # px per angstrom
    c_draw = a if wrong == "c_drawn_equal_a" else c  # breaks "c = 3.58 Å" (prism drawn with c = a)
    th = math.radians(14)

    def P(X, Y, Z):
        return (560 + s * (X * math.cos(th) - Y * math.sin(th)),
                660 - s * Z + s * 0.38 * (X * math.sin(th) + Y * math.cos(th)))
    hexa = [(a * math.cos(math.radians(60 * k)), a * math.sin(math.radians(60 * k))) for k in range(6)]
    depth = [hx * math.sin(th) + hy * math.cos(th) for hx, hy in hexa]
    back = [d < -0.3 for d in depth]
    ink = "#000000"
    for z in (0.0, c_draw):
        for k in range(6):
            p, q = hexa[k], hexa[(k + 1) % 6]
            hid = z == 0.0 and (back[k] or back[(k + 1) % 6])
            cv.line([P(p[0], p[1], z), P(q[0], q[1], z)], ink, 2.2, (10, 7) if hid else None)
    for k in range(6):
        hx, hy = hexa[k]
        cv.line([P(hx, hy, 0), P(hx, hy, c_draw)], ink, 2.2, (10, 7) if back[k] else None)
    atoms = [("A", (hx, hy, z)) for (hx, hy) in hexa for z in (0.0, c_draw)]
    atoms += [("A", (0.0, 0.0, 0.0)), ("A", (0.0, 0.0, c_draw))]
    if wrong != "mid_layer_dropped":
        for k in (0, 2, 4):
            ang = math.radians(30 + 120 * k / 2)
            atoms.append(("B", (a / math.sqrt(3) * math.cos(ang), a / math.sqrt(3) * math.sin(ang), c_draw / 2)))
    else:
        pass  # breaks "hexagonal close-packed" (the middle layer of three atoms is missing)
    atoms.sort(key=lambda t: (-(t[1][0] * math.sin(th) + t[1][1] * math.cos(th)), t[1][2]))
    r = 0.25 * a * s  # half the touching radius a/2
    for kind, (X, Y, Z) in atoms:
        cv.ball(P(X, Y, Z), r, "#a8a8a8" if kind == "A" else "#6e6e6e", outline=ink, width=1.4)
    # dimension for a along the front base edge, c along the right vertical edge
    k0 = max(range(6), key=lambda k: depth[k] + depth[(k + 1) % 6])
    p, q = hexa[k0], hexa[(k0 + 1) % 6]
    mid = _dim(cv, P(p[0], p[1], 0), P(q[0], q[1], 0), -95, ink, 1.6, None, None, None, "triangle", 16)
    alab = "2.51" if wrong == "a_label_2.51" else "2.29"  # breaks "a = 2.29 Å" when 2.51
    cv.text((mid[0], mid[1] + 38), "a = " + alab + " \u00c5", "times", 38, ink)
    kr = max(range(6), key=lambda k: P(*hexa[k], 0)[0])
    pr0, pr1 = P(hexa[kr][0], hexa[kr][1], 0), P(hexa[kr][0], hexa[kr][1], c_draw)
    m2 = _dim(cv, pr0, pr1, 120, ink, 1.6, None, None, None, "triangle", 16)
    cv.text((m2[0] + 20, m2[1]), "c = 3.58 \u00c5", "times", 38, ink, "lm")
    el = "Mg" if wrong == "named_Mg" else "Be"  # breaks "Beryllium"
    cv.ball((110, 90), 26, "#9a9a9a", outline=ink, width=1.4)
    cv.text((150, 90), el, "timesb", 40, ink, "lm")
    cv.text((W / 2, 950), "Fig. 1.12  The hexagonal close-packed structure (conventional prism).", "times", 30, ink)
    return png_bytes(halftone(cv.image(), cell=5.2, colour=False))


# ---------------------------------------------------------------- case 3: Inkscape drawing, laser print, large
def _draw_laser(wrong):
    W, H = 2200, 1600
    cv = Canvas(W, H, "#ffffff", ss=2)
    a = 4.05
    apx = 200.0
    P = _cabinet((560, 1200), a * apx, 38, 0.55)
    _cube_edges(cv, P, "#1a1a1a", 4.0, (22, 14))
    sites = list(_CORNERS) + [(0.5, 0.5, 0), (0.5, 0.5, 1), (0.5, 0, 0.5), (0.5, 1, 0.5), (0, 0.5, 0.5), (1, 0.5, 0.5)]
    if wrong == "front_face_centre_dropped":
        sites.remove((0.5, 0, 0.5))  # breaks "face-centred cubic" (the front face centre is empty)
    if wrong == "body_centre_added":
        sites.append((0.5, 0.5, 0.5))  # breaks "face-centred cubic" (an atom at the body centre)
    sites.sort(key=lambda f: (-f[1], f[2], f[0]))
    r = 0.5 * a * math.sqrt(2) / 4 * apx  # half the touching radius
    for f in sites:
        cv.ball(P(*f), r, "#8fb4d9", outline="#23395b", width=3.0)
    mid = _dim(cv, P(0, 0, 0), P(1, 0, 0), 200, "#1a1a1a", 3.0, None, None, None, "triangle", 30)
    lab = "4.95" if wrong == "a_label_4.95" else "4.05"  # breaks "a = 4.05 Å" when 4.95
    cv.text((mid[0], mid[1] + 62), "a = " + lab + " \u00c5", "sans", 64, "#1a1a1a")
    el = "Cu" if wrong == "named_Cu" else "Al"  # breaks "Aluminium"
    cv.ball((1850, 220), 50, "#8fb4d9", outline="#23395b", width=3.0)
    cv.text((1930, 220), el, "sansb", 72, "#1a1a1a", "lm")
    cv.text((110, 110), "Unit cell", "sansb", 70, "#1a1a1a", "lm")
    return png_bytes(laser(cv.image(), 3003))


def cases():
    return [
        {"id": "h10-crystal-tikz", "text": "Caesium chloride has the caesium chloride structure with a = 4.12 Å.",
         "tool": "PIL (TikZ/PGF look: shading=ball, dashed hidden edges, Computer Modern)", "style": "TikZ cabinet-projection cell, legend, caption (1000x900)",
         "draw": _draw_tikz, "wrongs": ["cl_dropped", "extra_cl_face", "a_label_4.29", "corner_cs_dropped"]},
        {"id": "h10-crystal-halftone", "text": "Beryllium is hexagonal close-packed with a = 2.29 Å and c = 3.58 Å.",
         "tool": "PIL (2x supersampled) -> grey dot-screen model", "style": "black-and-white textbook print, 45 deg halftone screen (1200x1000)",
         "draw": _draw_hcp, "wrongs": ["mid_layer_dropped", "c_drawn_equal_a", "a_label_2.51", "named_Mg"]},
        {"id": "h10-crystal-laser-large", "text": "Aluminium is face-centred cubic with a = 4.05 Å.",
         "tool": "PIL (Inkscape look: radial-gradient balls) -> monochrome laser model", "style": "large drawing printed on a monochrome laser printer and rescanned (2200x1600)",
         "draw": _draw_laser, "wrongs": ["front_face_centre_dropped", "body_centre_added", "a_label_4.95", "named_Cu"]},
    ]
