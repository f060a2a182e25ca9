"""Held-out set 9, astronomy: a Word-like document page, a dark-mode chart, a small thumbnail."""
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


SCIENCE = "astronomy"


def _draw_word(wrong):
    W, H = 1100, 1400
    cv = Canvas(W, H, bg=(230, 230, 230), ss=2, mode="clean")
    # ribbon strip and ruler of a word processor, then the page
    cv.rrect(0, 0, W, 46, 0, fill=(43, 87, 154))
    cv.text((20, 23), "Orbits.docx  -  Saved", 16, (255, 255, 255), kind="lsans", anchor="lm")
    cv.rrect(0, 46, W, 80, 0, fill=(243, 243, 243))
    for k, s in enumerate(("File", "Home", "Insert", "Layout", "References", "Review", "View")):
        cv.text((30 + 95 * k, 63), s, 14, (40, 40, 40), kind="lsans", anchor="lm")
    cv.rrect(90, 96, W - 90, 112, 0, fill=(255, 255, 255), outline=(200, 200, 200), width=1)
    for k in range(0, 46):
        x = 110 + 19.5 * k
        cv.line([(x, 106), (x, 112 if k % 5 else 100)], (120, 120, 120), width=1)
    cv.rrect(90, 130, W - 90, H + 20, 0, fill=(255, 255, 255), outline=(210, 210, 210), width=1)
    para = ["The figure below shows three planetary orbits around the Sun, drawn to scale as",
            "circles. One astronomical unit (AU) is about 149.6 million kilometres, the mean",
            "distance used as the unit of the solar system. Orbital eccentricities are ignored."]
    for i, s in enumerate(para):
        cv.text((170, 200 + 30 * i), s, 19, (0, 0, 0), kind="serif", anchor="lm")
    # the chart: circles to scale, 78 px per AU
    cx, cy, s = 550, 740, 78.0
    orb = {"Earth": 1.0, "Mars": 1.52, "Jupiter": 5.2}
    lab = {"Earth": "1 AU", "Mars": "1.52 AU", "Jupiter": "5.2 AU"}
    names = {"Earth": "Earth", "Mars": "Mars", "Jupiter": "Jupiter"}
    drawn = dict(orb)
    if wrong == "jupiter_orbit_at_4":  # breaks "Jupiter at 5.2 AU" (circle drawn at 4 AU, label kept)
        drawn["Jupiter"] = 4.0
    if wrong == "mars_dropped":  # breaks "Mars at 1.52 AU" (Mars dropped)
        del drawn["Mars"]
    if wrong == "mars_label_1.25":  # breaks "Mars at 1.52 AU"
        lab["Mars"] = "1.25 AU"
    if wrong == "earth_mars_swapped":  # breaks "Earth ... at 1 AU, Mars at 1.52 AU" (names swapped)
        names["Earth"], names["Mars"] = "Mars", "Earth"
    cols = {"Earth": (46, 117, 182), "Mars": (197, 90, 17), "Jupiter": (112, 48, 160)}
    cv.ellipse(cx, cy, 9, 9, fill=(255, 192, 0), outline=(180, 120, 0), width=1)
    cv.text((cx, cy + 22), "Sun", 15, (0, 0, 0), kind="lsans")
    angs = {"Earth": -60, "Mars": -25, "Jupiter": -40}
    for k, a in drawn.items():
        r = a * s
        cv.ellipse(cx, cy, r, r, outline=cols[k], width=2)
        t = math.radians(angs[k])
        px, py = cx + r * math.cos(t), cy + r * math.sin(t)
        cv.ellipse(px, py, 6, 6, fill=cols[k])
        cv.text((px + 12, py - 4), f"{names[k]}  {lab[k]}", 16, cols[k], kind="lsansb", anchor="lb")
    cv.line([(150, 1180), (150 + s, 1180)], (0, 0, 0), width=2)
    cv.text((150 + s / 2, 1196), "1 AU", 14, (0, 0, 0), kind="lsans")
    cv.text((W / 2, 1215), "Figure 1. Planetary orbits around the Sun (circular approximation).", 17,
            (60, 60, 60), kind="serifi")
    cv.text((170, 1275), "The orbital periods follow from Kepler's third law, T² is proportional to a³.", 19, (0, 0, 0),
            kind="serif", anchor="lm")
    cv.text((W - 120, H - 30), "Page 2 of 4", 13, (90, 90, 90), kind="lsans", anchor="rm")
    return to_png(cv.render())


# JPL Solar System Dynamics, planetary satellite mean elements (semi-major axes, km)
_URANUS_MOONS = {"Ariel": 190_900, "Titania": 436_300, "Oberon": 583_500}


def _draw_dark(wrong):
    W, H = 1200, 800
    cv = Canvas(W, H, bg=(18, 18, 18), ss=2, mode="clean")
    fg, dim = (230, 230, 230), (120, 120, 120)
    cx, cy = 560, 420
    s = 340 / 583_500  # px per km
    cv.text((40, 40), "Moons of the planet", 26, fg, kind="sansb", anchor="lm")
    planet = "Uranus"
    if wrong == "planet_named_neptune":  # breaks "Uranus"
        planet = "Neptune"
    cv.ellipse(cx, cy, 25_559 * s, 25_559 * s, fill=(125, 211, 222))
    cv.text((cx, cy + 34), planet, 18, fg, kind="sans")
    moons = dict(_URANUS_MOONS)
    names = {k: k for k in moons}
    if wrong == "titania_dropped":  # breaks "moons Ariel, Titania and Oberon" (Titania dropped)
        del moons["Titania"]
    if wrong == "ariel_titania_swapped":  # breaks "in order of distance" (Ariel and Titania's names swapped)
        names["Ariel"], names["Titania"] = "Titania", "Ariel"
    if wrong == "oberon_named_miranda":  # breaks "Oberon"
        names["Oberon"] = "Miranda"
    cols = {"Ariel": (255, 183, 77), "Titania": (129, 199, 132), "Oberon": (186, 148, 255)}
    angs = {"Ariel": -35, "Titania": 20, "Oberon": -62}
    for k, a in moons.items():
        r = a * s
        cv.ellipse(cx, cy, r, r, outline=(90, 90, 90), width=1.5)
        t = math.radians(angs[k])
        px, py = cx + r * math.cos(t), cy + r * math.sin(t)
        cv.ellipse(px, py, 7, 7, fill=cols[k])
        cv.text((px + 14, py), names[k], 19, cols[k], kind="sans", anchor="lm")
    cv.line([(900, 740), (900 + 100_000 * s, 740)], fg, width=2)
    cv.text((900 + 50_000 * s, 760), "100,000 km", 14, fg, kind="sans")
    cv.text((W - 40, 40), "orbits and planet to scale", 15, dim, kind="sans", anchor="rm")
    return to_png(cv.render())


def _draw_thumb(wrong):
    W, H = 360, 260
    cv = Canvas(W, H, bg=(255, 255, 255), ss=4, mode="clean")
    a, e = 5.7, 0.82
    if wrong == "ellipse_e_0.4":  # breaks "eccentricity 0.82" (ellipse drawn with e = 0.4, label kept)
        e = 0.4
    b, c = a * math.sqrt(1 - e * e), a * e
    s = 27.0  # px per AU
    ecx, ecy = 180, 138
    pts = cv.ellipse_pts(ecx, ecy, a * s, b * s, n=180)
    cv.line(pts, (31, 119, 180), width=1.6)
    sx = ecx - c * s
    if wrong == "sun_at_centre":  # breaks "orbits the Sun" with the Sun at a focus
        sx = ecx
    cv.ellipse(sx, ecy, 5, 5, fill=(255, 170, 0))
    cv.text((sx, ecy + 14), "Sun", 11, (0, 0, 0), kind="sans")
    name = "Tuttle"
    if wrong == "named_Halley":  # breaks "Comet Tuttle"
        name = "Halley"
    cv.ellipse(ecx + a * s, ecy, 3.5, 3.5, fill=(80, 80, 80))
    cv.text((ecx + a * s - 6, ecy - 14), name, 12, (0, 0, 0), kind="sansb", anchor="rm")
    lab = "a = 5.7 AU"
    if wrong == "a_label_3.7":  # breaks "semi-major axis 5.7 AU"
        lab = "a = 3.7 AU"
    cv.text((10, 14), lab, 12, (0, 0, 0), kind="sans", anchor="lm")
    cv.text((10, 30), "e = 0.82", 12, (0, 0, 0), kind="sans", anchor="lm")
    cv.line([(W - 10 - s, H - 14), (W - 10, H - 14)], (0, 0, 0), width=1.4)
    cv.text((W - 10 - s / 2, H - 26), "1 AU", 10, (0, 0, 0), kind="sans")
    return to_png(cv.render())


def cases():
    return [
        {"id": "h9-astronomy-word-page",
         "text": "Earth orbits the Sun at 1 AU, Mars at 1.52 AU and Jupiter at 5.2 AU.",
         "tool": "PIL (word-processor window: ribbon, ruler, page)",
         "style": "Word-like document page, paragraph above, caption below (1100x1400)", "draw": _draw_word,
         "wrongs": ["jupiter_orbit_at_4", "mars_dropped", "mars_label_1.25", "earth_mars_swapped"]},
        {"id": "h9-astronomy-darkmode",
         "text": "Uranus has moons Ariel, Titania and Oberon, in order of distance from Uranus.",
         "tool": "PIL", "style": "dark mode (#121212), light strokes, orbits to scale (1200x800)",
         "draw": _draw_dark,
         "wrongs": ["ariel_titania_swapped", "titania_dropped", "oberon_named_miranda", "planet_named_neptune"]},
        {"id": "h9-astronomy-thumbnail",
         "text": "Comet Tuttle orbits the Sun with semi-major axis 5.7 AU and eccentricity 0.82.",
         "tool": "PIL (4x supersampled)", "style": "small thumbnail (360x260)", "draw": _draw_thumb,
         "wrongs": ["sun_at_centre", "ellipse_e_0.4", "a_label_3.7", "named_Halley"]},
    ]
