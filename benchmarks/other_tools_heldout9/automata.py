"""Held-out set 9, automata: an Excalidraw-like sketch, a JupyterLab dark-theme screenshot, a large export."""
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


SCIENCE = "automata"


def _edge(cv, p, q, r, col, width, label, lsize, bend=0.0, key="", kind="sans", hand=False, lcol=None):
    """A transition from circle p to circle q (radius r), straight or bent; arrowhead at q."""
    dx, dy = q[0] - p[0], q[1] - p[1]
    L = math.hypot(dx, dy)
    ux, uy = dx / L, dy / L
    nx, ny = -uy, ux
    mid = ((p[0] + q[0]) / 2 + nx * bend, (p[1] + q[1]) / 2 + ny * bend)
    pts = []
    for i in range(41):
        t = i / 40
        x = (1 - t) ** 2 * p[0] + 2 * (1 - t) * t * mid[0] + t * t * q[0]
        y = (1 - t) ** 2 * p[1] + 2 * (1 - t) * t * mid[1] + t * t * q[1]
        pts.append((x, y))
    pts = [pt for pt in pts if math.hypot(pt[0] - p[0], pt[1] - p[1]) >= r and math.hypot(pt[0] - q[0], pt[1] - q[1]) >= r]
    cv.line(pts[:-1], col, width, key=key)
    cv.arrow(pts[-3], pts[-1], col, width, head=max(14, 6 * width), key=key + "a")
    lx, ly = (p[0] + q[0]) / 2 + nx * bend * 0.5, (p[1] + q[1]) / 2 + ny * bend * 0.5
    sgn = 1 if bend >= 0 else -1
    cv.text((lx + nx * 22 * sgn, ly + ny * 22 * sgn), label, lsize, lcol or col, kind=kind, key=key + "l", hand=hand)


def _loop(cv, c, r, col, width, label, lsize, up=True, key="", kind="sans", hand=False, lcol=None):
    s = -1 if up else 1
    # an arc above (or below) the state
    cy = c[1] + s * (r + 18)
    arc = [(c[0] + 26 * math.cos(math.radians(a)), cy + s * 26 * math.sin(math.radians(a)))
           for a in range(200, -21, -10)]
    start = (c[0] - r * 0.5, c[1] + s * r * 0.87)
    end = (c[0] + r * 0.5, c[1] + s * r * 0.87)
    path = [start] + arc + [end]
    cv.line(path[:-1], col, width, key=key)
    cv.arrow(path[-2], end, col, width, head=max(12, 6 * width), key=key + "a")
    cv.text((c[0], cy + s * 46), label, lsize, lcol or col, kind=kind, key=key + "l", hand=hand)


def _state(cv, c, r, name, accepting, fill, col, width, lsize, key="", kind="sans", hand=False):
    cv.ellipse(c[0], c[1], r, r, fill=fill, outline=col, width=width, key=key)
    if accepting:
        cv.ellipse(c[0], c[1], r - 8, r - 8, outline=col, width=width, key=key + "acc")
    cv.text(c, name, lsize, col, kind=kind, key=key + "n", hand=hand)


def _draw_excalidraw(wrong):
    W, H = 1200, 560
    cv = Canvas(W, H, bg=(255, 255, 255), ss=2, mode="sketch", seed=911, amp=1.2)
    ink = (30, 30, 30)
    pos = {"p0": (230, 320), "p1": (600, 320), "p2": (970, 320)}
    fills = {"p0": (165, 216, 255), "p1": (255, 236, 153), "p2": (178, 242, 187)}
    acc = {"p2"}
    if wrong == "p2_not_accepting":  # breaks "p2 is accepting"
        acc = set()
    start = "p0"
    if wrong == "start_on_p1":  # breaks "p0 is the start state"
        start = "p1"
    for s, c in pos.items():
        _state(cv, c, 55, s, s in acc, fills[s], ink, 2.2, 30, key=s, kind="condo", hand=True)
    sc = pos[start]
    cv.arrow((sc[0] - 150, sc[1]), (sc[0] - 58, sc[1]), ink, 2.2, head=14, key="start")
    cv.text((sc[0] - 150, sc[1] - 24), "start", 24, ink, kind="condo", key="startl", hand=True)
    _edge(cv, pos["p0"], pos["p1"], 58, ink, 2.2, "x", 30, key="e01", kind="condo", hand=True)
    l12 = "y"
    if wrong == "p1_p2_label_x":  # breaks "p1 goes to p2 on y"
        l12 = "x"
    _edge(cv, pos["p1"], pos["p2"], 58, ink, 2.2, l12, 30, key="e12", kind="condo", hand=True)
    if wrong != "p1_loop_dropped":  # breaks "p1 loops on y"
        _loop(cv, pos["p1"], 55, ink, 2.2, "y", 30, up=True, key="l1", kind="condo", hand=True)
    _loop(cv, pos["p2"], 55, ink, 2.2, "x", 30, up=True, key="l2", kind="condo", hand=True)
    cv.text((1080, 60), "DFA", 34, (25, 113, 194), kind="condo", key="title", hand=True)
    return to_png(cv.render())


def _draw_jupyter_dark(wrong):
    W, H = 1280, 820
    cv = Canvas(W, H, bg=(17, 17, 17), ss=2, mode="clean")
    fg, dim = (224, 224, 224), (140, 140, 140)
    cv.rrect(0, 0, W, 30, 0, fill=(33, 33, 33))
    x = 52
    for s in ("File", "Edit", "View", "Run", "Kernel", "Tabs", "Settings", "Help"):
        cv.text((x, 15), s, 13, fg, anchor="lm")
        x += font("sans", 13).getlength(s) + 22
    cv.ellipse(24, 15, 9, 9, outline=(243, 118, 38), width=2.5)
    cv.rrect(0, 31, 40, H, 0, fill=(33, 33, 33))
    cv.rrect(41, 31, W, 62, 0, fill=(33, 33, 33))
    cv.rrect(45, 35, 260, 62, 0, fill=(17, 17, 17))
    cv.line([(45, 35), (260, 35)], (66, 165, 245), 2)
    cv.text((60, 49), "machines.ipynb", 13, fg, anchor="lm")
    cv.text((W - 30, 77), "Python 3 (ipykernel)  ○", 13, dim, anchor="rm")
    y0 = 110
    cv.text((120, y0 + 14), "[7]:", 14, (130, 150, 255), kind="mono", anchor="rm")
    cv.rrect(130, y0, W - 40, y0 + 60, 0, fill=(33, 33, 33), outline=(60, 60, 60), width=1)
    cv.text((140, y0 + 18), "m = Machine.from_text(spec)", 15, (200, 200, 200), kind="mono", anchor="lm")
    cv.text((140, y0 + 42), "m.draw(theme=\"dark\")", 15, (200, 200, 200), kind="mono", anchor="lm")
    cv.text((120, y0 + 90), "[7]:", 14, (255, 138, 101), kind="mono", anchor="rm")
    # the diagram in the output area
    col, edge, lab = (129, 212, 250), (200, 200, 200), (255, 213, 79)
    pos = {"sleep": (300, 520), "wake": (640, 520), "run": (980, 520)}
    acc = {"run"}
    if wrong == "run_not_accepting":  # breaks "run is accepting"
        acc = set()
    start = "sleep"
    if wrong == "start_on_wake":  # breaks "sleep is the start state"
        start = "wake"
    for s, c in pos.items():
        _state(cv, c, 58, s, s in acc, (30, 30, 30), col, 2.2, 20, key=s)
    sc = pos[start]
    if start == "sleep":
        cv.arrow((sc[0] - 160, sc[1]), (sc[0] - 60, sc[1]), edge, 2, head=12)
        cv.text((sc[0] - 160, sc[1] - 20), "start", 16, dim, anchor="lm")
    else:
        cv.arrow((sc[0], sc[1] + 170), (sc[0], sc[1] + 60), edge, 2, head=12)
        cv.text((sc[0] + 10, sc[1] + 160), "start", 16, dim, anchor="lm")
    _edge(cv, pos["sleep"], pos["wake"], 60, edge, 2, "alarm", 18, bend=-40, key="sw", lcol=lab)
    _edge(cv, pos["wake"], pos["run"], 60, edge, 2, "coffee", 18, bend=-40, key="wr", lcol=lab)
    if wrong == "run_sleep_reversed":  # breaks "run goes to sleep on night" (drawn sleep -> run)
        _edge(cv, pos["sleep"], pos["run"], 60, edge, 2, "night", 18, bend=-230, key="rs", lcol=lab)
    else:
        _edge(cv, pos["run"], pos["sleep"], 60, edge, 2, "night", 18, bend=-230, key="rs", lcol=lab)
    ll = "snooze"
    if wrong == "wake_loop_label_alarm":  # breaks "wake loops on snooze"
        ll = "alarm"
    _loop(cv, pos["wake"], 58, edge, 2, ll, 18, up=True, key="lw", lcol=lab)
    cv.rrect(W - 12, 96, W - 4, H - 30, 0, fill=(40, 40, 40))
    cv.rrect(W - 12, 110, W - 4, 400, 4, fill=(90, 90, 90))
    cv.rrect(0, H - 24, W, H, 0, fill=(33, 33, 33))
    cv.text((50, H - 12), "Simple   0  1   Python 3 (ipykernel) | Idle", 11, dim, anchor="lm")
    return to_png(cv.render())


def _draw_large(wrong):
    W, H = 2800, 1400
    cv = Canvas(W, H, bg=(255, 255, 255), ss=1, mode="clean")
    K = (33, 33, 33)
    pos = {"n0": (520, 700), "n1": (1400, 330), "n2": (1400, 1070), "n3": (2280, 700)}
    acc = {"n3"}
    if wrong == "n3_not_accepting":  # breaks "n3 is accepting"
        acc = set()
    start = "n0"
    if wrong == "start_on_n1":  # breaks "n0 is the start state"
        start = "n1"
    for s, c in pos.items():
        _state(cv, c, 120, s, s in acc, (255, 243, 224) if s in acc else (227, 242, 253), K, 6, 64, key=s,
               kind="sansb")
    sc = pos[start]
    cv.arrow((sc[0] - 380, sc[1]), (sc[0] - 126, sc[1]), K, 6, head=36)
    cv.text((sc[0] - 380, sc[1] - 50), "start", 48, K, anchor="lm")
    _edge(cv, pos["n0"], pos["n1"], 126, K, 6, "c", 60, key="01")
    if wrong != "n0_n2_dropped":  # breaks "n0 goes to n2 on d"
        _edge(cv, pos["n0"], pos["n2"], 126, K, 6, "d", 60, bend=0.01, key="02")
    _edge(cv, pos["n1"], pos["n3"], 126, K, 6, "d", 60, key="13")
    l23 = "c"
    if wrong == "n2_n3_label_d":  # breaks "n2 goes to n3 on c"
        l23 = "d"
    _edge(cv, pos["n2"], pos["n3"], 126, K, 6, l23, 60, bend=0.01, key="23")
    cv.text((W / 2, 90), "NFA", 64, K, kind="sansb")
    return to_png(cv.render())


def cases():
    return [
        {"id": "h9-automata-excalidraw",
         "text": "A DFA with states p0, p1 and p2; p0 is the start state and p2 is accepting; p0 goes to p1 on x, "
                 "p1 goes to p2 on y, p1 loops on y, and p2 loops on x.",
         "tool": "PIL (Excalidraw look)", "style": "excalidraw sketch, pastel states, hand lettering (1200x560)",
         "draw": _draw_excalidraw, "wrongs": ["p2_not_accepting", "start_on_p1", "p1_p2_label_x", "p1_loop_dropped"]},
        {"id": "h9-automata-jupyter-dark",
         "text": "A finite automaton with states sleep, wake and run; sleep is the start state and run is accepting; "
                 "sleep goes to wake on alarm, wake goes to run on coffee, run goes to sleep on night, and wake "
                 "loops on snooze.",
         "tool": "PIL (JupyterLab dark theme UI + diagram output)",
         "style": "dark-mode notebook screenshot, cyan states, amber labels (1280x820)", "draw": _draw_jupyter_dark,
         "wrongs": ["run_not_accepting", "start_on_wake", "run_sleep_reversed", "wake_loop_label_alarm"]},
        {"id": "h9-automata-large",
         "text": "An NFA with states n0, n1, n2 and n3; n0 is the start state and n3 is accepting; n0 goes to n1 on "
                 "c, n0 goes to n2 on d, n1 goes to n3 on d, and n2 goes to n3 on c.",
         "tool": "PIL (vector-style export)", "style": "large export, thick strokes (2800x1400)", "draw": _draw_large,
         "wrongs": ["n3_not_accepting", "start_on_n1", "n0_n2_dropped", "n2_n3_label_d"]},
    ]
