"""Held-out set 5, optics: figures drawn by other tools (an outside helper's set; see README.md here).

h5-optics-svg-chromium      hand-written SVG (textbook ray diagram) screenshot by headless Chromium
h5-optics-dark-pil          dark-mode ray diagram drawn with PIL (2x supersampled), light strokes on charcoal
h5-optics-pencil            pencil sketch of a diverging lens, dashed back-extensions
"""
import io
import math
import os
import random
import shutil
import signal
import subprocess
import tempfile

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

# ----------------------------------------------------------------------------------------------------------
# helpers (copied into every module of this set, so that each module stands alone)
# ----------------------------------------------------------------------------------------------------------
_FONT_DIR = "/usr/share/fonts/truetype"


def _font(name, size):
    """name: 'dejavu/DejaVuSans.ttf', 'liberation/LiberationSerif-Italic.ttf', ..."""
    return ImageFont.truetype(os.path.join(_FONT_DIR, name), int(size))


def _png(img):
    """Re-save through PIL as plain RGB: the only chunks are IHDR, IDAT and IEND."""
    img = img.convert("RGB")
    clean = Image.frombytes("RGB", img.size, img.tobytes())
    buf = io.BytesIO()
    clean.save(buf, format="PNG", compress_level=6)
    return buf.getvalue()


def _chromium_once(exe, page, shot, profile, width, height, budget_ms):
    cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
           "--force-device-scale-factor=1", "--no-first-run", "--disable-extensions",
           "--disable-background-networking", "--disable-sync", "--mute-audio",
           "--disable-partial-raster", "--disable-lcd-text",
           "--user-data-dir=" + profile,
           "--window-size=%d,%d" % (width, height), "--virtual-time-budget=%d" % budget_ms,
           "--screenshot=" + shot, "file://" + page]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        proc.wait(timeout=90)
    except subprocess.TimeoutExpired:                    # a rare hang: stop this Chromium (its own group), retry
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        return None
    if proc.returncode != 0 or not os.path.exists(shot):
        return None
    with Image.open(shot) as im:
        img = im.convert("RGB")
    os.remove(shot)
    return img


def _chromium(html, width, height, budget_ms=2500):
    """Screenshot of a hand-written page with headless Chromium (software rendering, scale factor 1).

    On a loaded machine a screenshot can (rarely) be taken a frame early, or Chromium can hang, so the page is
    rendered until two renders agree pixel for pixel (a hung render is stopped and retried), and that image is
    returned."""
    exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if exe is None:
        raise RuntimeError("headless Chromium is needed for this case")
    with tempfile.TemporaryDirectory(prefix="h5-chromium-") as d:
        page = os.path.join(d, "page.html")
        with open(page, "w", encoding="utf-8") as f:
            f.write(html)
        seen = []
        for attempt in range(8):
            img = _chromium_once(exe, page, os.path.join(d, "shot.png"), os.path.join(d, "profile%d" % attempt),
                                 width, height, budget_ms)
            if img is None:
                continue
            raw = img.tobytes()
            for other in seen:
                if other.tobytes() == raw:
                    return img
            seen.append(img)
    raise RuntimeError("headless Chromium gave no two identical renders of the page")


def _persp_coeffs(dst, src):
    """Coefficients for Image.transform(PERSPECTIVE): output point dst[i] samples input point src[i]."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rhs.append(u)
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs.append(v)
    sol = np.linalg.solve(np.array(rows, dtype=np.float64), np.array(rhs, dtype=np.float64))
    return tuple(float(c) for c in sol)


def _phone_photo(img, seed, angle=1.6, desk=(86, 78, 70), light_from=(0.25, 0.2), blur=0.9):
    """A phone photo of a printed page: page on a desk, tilted by `angle` degrees, a slight keystone,
    uneven light (a warm hot spot and a fall-off), paper texture, mild blur and sensor noise."""
    rng = np.random.RandomState(seed)
    w, h = img.size
    a = np.asarray(img.convert("RGB"), dtype=np.float32)
    a = a * np.array([0.99, 0.982, 0.958], dtype=np.float32)          # the print on off-white paper
    paper = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    m = int(round(0.05 * max(w, h)))
    big = Image.new("RGB", (w + 2 * m, h + 2 * m), desk)
    big.paste(paper, (m, m))
    big = big.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=desk)
    bw, bh = big.size
    k = 0.010 * bw
    src = [(0, 0), (bw, 0), (bw, bh), (0, bh)]
    dst = [(k, 0.7 * k), (bw - 0.3 * k, 0.0), (bw, bh), (0.2 * k, bh - 0.6 * k)]
    big = big.transform((bw, bh), Image.PERSPECTIVE, _persp_coeffs(dst, src), resample=Image.BICUBIC,
                        fillcolor=desk)
    arr = np.asarray(big, dtype=np.float32)
    yy, xx = np.mgrid[0:bh, 0:bw].astype(np.float32)
    lx, ly = light_from
    r2 = ((xx / bw - lx) ** 2 + (yy / bh - ly) ** 2)
    light = 1.05 - 0.30 * r2 - 0.06 * (yy / bh)
    coarse = rng.normal(0.0, 1.0, (bh // 28 + 3, bw // 28 + 3)).astype(np.float32)
    coarse_img = Image.fromarray(((coarse * 40) + 128).clip(0, 255).astype(np.uint8)).resize((bw, bh),
                                                                                          Image.BICUBIC)
    coarse = (np.asarray(coarse_img, dtype=np.float32) - 128.0) / 40.0
    fibre = rng.normal(0.0, 1.0, (bh, bw)).astype(np.float32)
    arr = arr * light[..., None] * (1.0 + 0.010 * coarse[..., None]) + 2.5 * fibre[..., None]
    arr = arr * np.array([1.02, 1.0, 0.96], dtype=np.float32)          # warm indoor light
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(blur))
    sensor = rng.normal(0.0, 2.0, (bh, bw, 3)).astype(np.float32)
    arr = np.asarray(out, dtype=np.float32) + sensor
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


class _Pencil:
    """Pencil sketch on paper: jittered polylines drawn twice with varying widths and pressure, grain from
    the paper, hand-lettered labels (each glyph tilted and shifted a little). All jitter is seeded."""

    def __init__(self, w, h, seed, paper=(246, 244, 236), grid=None):
        self.w, self.h = w, h
        self.rng = random.Random(seed)
        self.seed = seed
        self.paper = paper
        self.grid = grid
        self.layers = {}

    def _layer(self, colour):
        if colour not in self.layers:
            self.layers[colour] = Image.new("L", (self.w, self.h), 0)
        return self.layers[colour]

    def _path(self, pts, amp):
        rng = self.rng
        out = []
        off = 0.0
        for i in range(len(pts)):
            off = 0.75 * off + rng.gauss(0.0, amp)
            x, y = pts[i]
            if 0 < i < len(pts) - 1:
                px, py = pts[i - 1]
                nx, ny = pts[i + 1]
            elif i == 0:
                px, py = pts[0]
                nx, ny = pts[1]
            else:
                px, py = pts[-2]
                nx, ny = pts[-1]
            dx, dy = nx - px, ny - py
            n = math.hypot(dx, dy) or 1.0
            out.append((x - dy / n * off, y + dx / n * off))
        return out

    def _stroke(self, pts, colour, dark, width, amp):
        d = ImageDraw.Draw(self._layer(colour))
        pts = self._path(pts, amp)
        rng = self.rng
        for a, b in zip(pts[:-1], pts[1:]):
            wd = max(1, int(round(width + rng.uniform(-0.8, 0.8))))
            v = int(dark * rng.uniform(0.72, 1.0))
            d.line([a, b], fill=v, width=wd)

    def polyline(self, pts, colour=(52, 52, 60), dark=235, width=2.0, passes=2, amp=0.9, overshoot=4.0,
                 step=9.0):
        rng = self.rng
        for _ in range(passes):
            dense = []
            for j, (p, q) in enumerate(zip(pts[:-1], pts[1:])):
                L = math.hypot(q[0] - p[0], q[1] - p[1]) or 1.0
                ux, uy = (q[0] - p[0]) / L, (q[1] - p[1]) / L
                s0 = -overshoot * rng.uniform(0.3, 1.0) if j == 0 else 0.0
                s1 = L + (overshoot * rng.uniform(0.3, 1.0) if j == len(pts) - 2 else 0.0)
                n = max(2, int(abs(s1 - s0) / step) + 1)
                for i in range(n + 1):
                    if j > 0 and i == 0:
                        continue
                    s = s0 + (s1 - s0) * i / n
                    dense.append((p[0] + ux * s, p[1] + uy * s))
            self._stroke(dense, colour, dark, width, amp)

    def line(self, p, q, **kw):
        self.polyline([p, q], **kw)

    def poly(self, pts, **kw):
        self.polyline(list(pts) + [pts[0]], **kw)

    def ellipse(self, c, rx, ry, rot=0.0, colour=(52, 52, 60), dark=235, width=2.0, passes=2, amp=0.8,
                wobble=0.012):
        rng = self.rng
        for _ in range(passes):
            t0 = rng.uniform(0, 2 * math.pi)
            sweep = 2 * math.pi + rng.uniform(0.15, 0.45)
            n = max(24, int((rx + ry) * 0.45))
            ph1, ph2 = rng.uniform(0, 6.3), rng.uniform(0, 6.3)
            pts = []
            for i in range(n + 1):
                t = t0 + sweep * i / n
                k = 1.0 + wobble * math.sin(2 * t + ph1) + 0.5 * wobble * math.sin(3 * t + ph2)
                x, y = rx * k * math.cos(t), ry * k * math.sin(t)
                cr, sr = math.cos(rot), math.sin(rot)
                pts.append((c[0] + x * cr - y * sr, c[1] + x * sr + y * cr))
            self._stroke(pts, colour, dark, width, amp)

    def circle(self, c, r, **kw):
        self.ellipse(c, r, r, **kw)

    def arc(self, c, r, a0, a1, colour=(52, 52, 60), dark=235, width=2.0, passes=1, amp=0.5):
        n = max(8, int(abs(a1 - a0) * r / 6))
        pts = [(c[0] + r * math.cos(a0 + (a1 - a0) * i / n), c[1] - r * math.sin(a0 + (a1 - a0) * i / n))
               for i in range(n + 1)]
        for _ in range(passes):
            self._stroke(pts, colour, dark, width, amp)

    def arrow(self, p, q, head=16.0, spread=0.42, **kw):
        self.line(p, q, **kw)
        ang = math.atan2(q[1] - p[1], q[0] - p[0])
        kw2 = dict(kw)
        kw2["overshoot"] = 1.0
        for s in (-spread, spread):
            a = ang + math.pi + s
            self.line(q, (q[0] + head * math.cos(a), q[1] + head * math.sin(a)), **kw2)

    def dashed(self, p, q, dash=10.0, gap=7.0, **kw):
        L = math.hypot(q[0] - p[0], q[1] - p[1])
        ux, uy = (q[0] - p[0]) / L, (q[1] - p[1]) / L
        s = 0.0
        kw = dict(kw)
        kw.setdefault("overshoot", 0.5)
        kw.setdefault("passes", 1)
        while s < L:
            e = min(L, s + dash)
            self.line((p[0] + ux * s, p[1] + uy * s), (p[0] + ux * e, p[1] + uy * e), **kw)
            s = e + gap

    def hatch(self, x0, y0, x1, y1, spacing=9.0, slope=1.0, **kw):
        """Short diagonal strokes filling a box (shading)."""
        kw = dict(kw)
        kw.setdefault("width", 1.0)
        kw.setdefault("passes", 1)
        kw.setdefault("dark", 120)
        x = x0 - (y1 - y0) * slope
        while x < x1:
            a = (x, y1)
            b = (x + (y1 - y0) * slope, y0)
            # clip to the box
            ax, ay = a
            bx, by = b
            if ax < x0:
                ay = y1 - (x0 - ax) / slope
                ax = x0
            if bx > x1:
                by = y0 + (bx - x1) / slope
                bx = x1
            if ax < bx:
                self.line((ax, ay), (bx, by), **kw)
            x += spacing

    def hatch_ellipse(self, c, rx, ry, spacing=12.0, inset=0.88, **kw):
        """Diagonal shading strokes clipped to an ellipse (45 degrees)."""
        kw = dict(kw)
        kw.setdefault("width", 1.0)
        kw.setdefault("passes", 1)
        kw.setdefault("dark", 110)
        kw.setdefault("overshoot", 0.5)
        a, b = rx * inset, ry * inset
        k = -a - b
        while k < a + b:
            # points (x, y) on the line x + y = k (relative to the centre) inside the ellipse
            A = 1 / a ** 2 + 1 / b ** 2
            B = -2 * k / b ** 2
            C = k ** 2 / b ** 2 - 1
            disc = B * B - 4 * A * C
            if disc > 0:
                x1 = (-B - math.sqrt(disc)) / (2 * A)
                x2 = (-B + math.sqrt(disc)) / (2 * A)
                self.line((c[0] + x1, c[1] - (k - x1)), (c[0] + x2, c[1] - (k - x2)), **kw)
            k += spacing * math.sqrt(2)

    def text(self, xy, s, size=24, font="dejavu/DejaVuSans-Oblique.ttf", colour=(52, 52, 60), dark=225,
             anchor="l", tilt=4.0):
        """Hand-lettered text: each glyph rendered alone, tilted and shifted a little. anchor: l, c or r
        for the horizontal position; xy[1] is the middle of the line."""
        rng = self.rng
        f = _font(font, size)
        widths = [f.getlength(ch) for ch in s]
        total = sum(widths) + 0.04 * size * max(0, len(s) - 1)
        x = xy[0] - (total / 2 if anchor == "c" else total if anchor == "r" else 0)
        layer = self._layer(colour)
        for ch, cw in zip(s, widths):
            if ch != " ":
                pad = size
                g = Image.new("L", (int(cw) + 2 * pad, 2 * size + 2 * pad), 0)
                ImageDraw.Draw(g).text((pad, pad + size), ch, font=f, fill=int(dark * rng.uniform(0.8, 1.0)),
                                       anchor="ls")
                g = g.rotate(rng.uniform(-tilt, tilt), resample=Image.BICUBIC)
                ox = int(round(x - pad + rng.uniform(-0.8, 0.8)))
                oy = int(round(xy[1] + 0.36 * size - pad - size + rng.uniform(-1.2, 1.2)))
                box = Image.new("L", layer.size, 0)
                box.paste(g, (ox, oy))
                self.layers[colour] = layer = ImageChops.lighter(layer, box)
            x += cw + 0.04 * size

    def render(self, soften=0.55):
        rs = np.random.RandomState(self.seed)
        base = np.empty((self.h, self.w, 3), dtype=np.float32)
        base[...] = np.array(self.paper, dtype=np.float32)
        tooth = rs.normal(0.0, 1.0, (self.h, self.w)).astype(np.float32)
        base += 2.2 * tooth[..., None]
        if self.grid:
            step, colour = self.grid
            gl = Image.new("L", (self.w, self.h), 0)
            gd = ImageDraw.Draw(gl)
            for gx in range(int(step), self.w, int(step)):
                gd.line([(gx, 0), (gx, self.h)], fill=255, width=1)
            for gy in range(int(step), self.h, int(step)):
                gd.line([(0, gy), (self.w, gy)], fill=255, width=1)
            ga = np.asarray(gl, dtype=np.float32)[..., None] / 255.0 * 0.55
            base = base * (1 - ga) + np.array(colour, dtype=np.float32) * ga
        grain = rs.uniform(0.62, 1.0, (self.h, self.w)).astype(np.float32)
        for colour in sorted(self.layers):
            ink = self.layers[colour].filter(ImageFilter.GaussianBlur(soften))
            a = np.asarray(ink, dtype=np.float32) / 255.0 * grain * 0.98
            a = a[..., None]
            base = base * (1 - a) + np.array(colour, dtype=np.float32) * a
        return Image.fromarray(np.clip(base, 0, 255).astype(np.uint8))

SCIENCE = "optics"


def _thin_lens(f, do):
    di = 1.0 / (1.0 / f - 1.0 / do)
    return di, -di / do


# ----------------------------------------------------------------------------------------------------------
# 1. SVG in Chromium: converging lens, do = 40 cm, f = 15 cm, ho = 2 cm  ->  di = 24 cm, m = -0.6
# ----------------------------------------------------------------------------------------------------------
T1 = "An object 2 cm tall is placed 40 cm from a converging lens with focal length 15 cm."


def _draw_svg(wrong):
    W, H = 1240, 620
    f, do, ho = 15.0, 40.0, 2.0
    di, m = _thin_lens(f, do)                            # 24 cm, -0.6
    sx, sy = 14.0, 42.0                                  # px per cm along the axis; heights drawn x3
    X0, Y0 = 660, 330                                    # the lens on the axis
    f_label = "15"
    lens = "converging"
    di_draw, hi_draw = di, m * ho
    if wrong == "image_at_30":
        # breaks the lens equation (1/f = 1/do + 1/di gives di = 24 cm): the image is drawn 30 cm from the lens
        di_draw = 30.0
    elif wrong == "image_upright":
        # breaks the real image being inverted (m = -0.6): the image is drawn upright
        hi_draw = -m * ho
    elif wrong == "f_label_12":
        # breaks "focal length 15 cm": labelled f = 12 cm
        f_label = "12"
    elif wrong == "lens_diverging":
        # breaks "a converging lens": the lens is drawn as a diverging (biconcave) lens
        lens = "diverging"

    def X(cm):
        return X0 + cm * sx

    def Y(cm):
        return Y0 - cm * sy

    ox, oy = X(-do), Y(ho)
    ix, iy = X(di_draw), Y(hi_draw)
    half = 190
    if lens == "converging":
        lens_path = ("M {x} {t} Q {xr} {c} {x} {b} Q {xl} {c} {x} {t} Z"
                     .format(x=X0, t=Y0 - half, b=Y0 + half, c=Y0, xr=X0 + 34, xl=X0 - 34))
    else:
        lens_path = ("M {xl} {t} L {xr} {t} Q {xi} {c} {xr} {b} L {xl} {b} Q {xj} {c} {xl} {t} Z"
                     .format(xl=X0 - 28, xr=X0 + 28, t=Y0 - half, b=Y0 + half, c=Y0, xi=X0 - 6, xj=X0 + 6))
    # the three principal rays, from the object's tip through the lens to the image tip drawn
    rays = []
    # 1: parallel to the axis, then through the image tip
    rays.append([(ox, oy), (X0, oy), (ix, iy)])
    # 2: through the centre of the lens
    rays.append([(ox, oy), (X0, Y0 + (oy - Y0) + (iy - oy) * (X0 - ox) / (ix - ox)), (ix, iy)])
    # 3: through the near focal point, then parallel
    yl = oy + (Y0 - oy) * (X0 - ox) / (X(-f) - ox)
    rays.append([(ox, oy), (X0, yl), (ix, yl)])
    ext = []
    for r in rays:
        (x1, y1), (x2, y2) = r[-2], r[-1]
        k = 90 / max(1.0, math.hypot(x2 - x1, y2 - y1))
        ext.append((x2, y2, x2 + (x2 - x1) * k, y2 + (y2 - y1) * k))
    cols = ["#c2410c", "#15803d", "#7c3aed"]
    ray_svg = "".join('<polyline points="%s" fill="none" stroke="%s" stroke-width="2.2"/>'
                      '<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s" stroke-width="2.2"/>'
                      % (" ".join("%.1f,%.1f" % p for p in r), c, e[0], e[1], e[2], e[3], c)
                      for r, c, e in zip(rays, cols, ext))
    marks = ""
    for cm, name in ((-2 * f, "2F"), (-f, "F"), (f, "F\u2032"), (2 * f, "2F\u2032")):
        marks += ('<circle cx="%.1f" cy="%d" r="4.5" fill="#111"/><text x="%.1f" y="%d" text-anchor="middle" '
                  'font-family="Liberation Serif" font-style="italic" font-size="23">%s</text>'
                  % (X(cm), Y0, X(cm), Y0 + 30, name))

    def dim(x1, x2, y, text):
        return ('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#374151" stroke-width="1.4" '
                'marker-start="url(#ah)" marker-end="url(#ah)"/>'
                '<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#9ca3af"/><line x1="%.1f" y1="%d" x2="%.1f" '
                'y2="%d" stroke="#9ca3af"/><text x="%.1f" y="%d" text-anchor="middle" font-family="Liberation Serif" '
                'font-size="22" fill="#111">%s</text>'
                % (x1, y, x2, y, x1, y - 10, x1, y + 10, x2, y - 10, x2, y + 10, (x1 + x2) / 2, y - 8, text))

    svg = """<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}">
<defs><marker id="ah" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="M0,1 L10,5 L0,9 z" fill="#374151"/></marker>
<marker id="tip" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="context-stroke"/></marker></defs>
<rect width="{W}" height="{H}" fill="#fdfdfb"/>
<text x="30" y="44" font-family="Liberation Serif" font-size="30" font-weight="bold">Converging lens: ray diagram</text>
<text x="30" y="74" font-family="Liberation Serif" font-size="19" fill="#444">1 cm along the axis = 14 px; heights drawn three times larger</text>
<line x1="20" y1="{Y0}" x2="{W2}" y2="{Y0}" stroke="#111" stroke-width="1.5"/>
<path d="{lens}" fill="#bfdbfe" fill-opacity="0.55" stroke="#1d4ed8" stroke-width="2.5"/>
{rays}
<line x1="{ox}" y1="{Y0}" x2="{ox}" y2="{oy:.1f}" stroke="#111" stroke-width="5" marker-end="url(#tip)"/>
<line x1="{ix:.1f}" y1="{Y0}" x2="{ix:.1f}" y2="{iy:.1f}" stroke="#b91c1c" stroke-width="5" marker-end="url(#tip)"/>
<text x="{ox}" y="{oly:.1f}" text-anchor="middle" font-family="Liberation Sans" font-size="21">object, 2 cm</text>
<text x="{ix:.1f}" y="{ily:.1f}" text-anchor="middle" font-family="Liberation Sans" font-size="21" fill="#b91c1c">image</text>
{marks}
{d1}{d2}{d3}
<text x="{lx}" y="{lty}" text-anchor="middle" font-family="Liberation Sans" font-size="20" fill="#1d4ed8">lens</text>
</svg>""".format(W=W, H=H, W2=W - 20, Y0=Y0, lens=lens_path, rays=ray_svg, ox=ox, oy=oy, ix=ix, iy=iy,
                 oly=oy - 14, ily=(iy + 26 if iy > Y0 else iy - 14), marks=marks,
                 d1=dim(X(-do), X0, Y0 + 230, "d<tspan baseline-shift='sub' font-size='15'>o</tspan> = 40 cm"),
                 d2=dim(X0, X(f), Y0 - 215, "f = %s cm" % f_label),
                 d3=dim(X0, X(di_draw), Y0 + 230, "d<tspan baseline-shift='sub' font-size='15'>i</tspan> = 24 cm"),
                 lx=X0 - 62, lty=Y0 - 168)
    html = "<!DOCTYPE html><html><head><meta charset='utf-8'></head><body style='margin:0'>%s</body></html>" % svg
    return _png(_chromium(html, W, H))


# ----------------------------------------------------------------------------------------------------------
# 2. dark-mode PIL: convex mirror, f = 12 cm, do = 20 cm  ->  di = -7.5 cm (virtual), m = 0.375
# ----------------------------------------------------------------------------------------------------------
T2 = "A convex mirror with focal length 12 cm; an object is placed 20 cm in front of it."


def _draw_dark(wrong):
    S = 2
    W, H = 1220, 660
    f, do = -12.0, 20.0
    di, m = _thin_lens(f, do)                            # -7.5 cm, +0.375
    s = 22.0                                             # px per cm, both directions
    X0, Y0 = 640, 360                                    # the mirror's vertex
    ho = 6.0                                             # the text gives no height: 6 cm is drawn, not labelled
    do_label = "20"
    di_draw, hi_draw = di, m * ho
    shape = "convex"
    if wrong == "image_in_front":
        # breaks the virtual image behind a convex mirror: the image is drawn in front of it, 7.5 cm away
        di_draw = 7.5
    elif wrong == "image_at_12":
        # breaks the mirror equation (di = -7.5 cm): the image is drawn at the focal point, 12 cm behind
        di_draw = -12.0
    elif wrong == "mirror_concave":
        # breaks "a convex mirror": the mirror is drawn concave (curving towards the object)
        shape = "concave"
    elif wrong == "do_label_30":
        # breaks "20 cm in front of it": the object distance is labelled 30 cm
        do_label = "30"

    def X(cm):                                           # object side is cm < 0 (left), behind the mirror > 0
        return X0 + cm * s

    def Y(cm):
        return Y0 - cm * s

    img = Image.new("RGB", (W * S, H * S), (24, 26, 32))
    d = ImageDraw.Draw(img)

    def L(p, q, col, w=2, dash=None):
        p2, q2 = (p[0] * S, p[1] * S), (q[0] * S, q[1] * S)
        if dash is None:
            d.line([p2, q2], fill=col, width=w * S)
            return
        Lh = math.dist(p2, q2)
        if Lh == 0:
            return
        ux, uy = (q2[0] - p2[0]) / Lh, (q2[1] - p2[1]) / Lh
        t = 0.0
        while t < Lh:
            e = min(Lh, t + dash[0] * S)
            d.line([(p2[0] + ux * t, p2[1] + uy * t), (p2[0] + ux * e, p2[1] + uy * e)], fill=col, width=w * S)
            t = e + dash[1] * S

    def arrow_up(x, y0, y1, col, w=4, dash=None):
        L((x, y0), (x, y1), col, w, dash)
        sgn = 1 if y1 < y0 else -1
        d.polygon([(x * S, y1 * S), ((x - 9) * S, (y1 + 16 * sgn) * S), ((x + 9) * S, (y1 + 16 * sgn) * S)], fill=col)

    axis = (150, 160, 175)
    L((40, Y0), (W - 40, Y0), axis, 1)
    # mirror: an arc of radius R = 24 cm; convex: centre behind (right), concave: centre in front
    R = 2 * abs(f) * s
    half = 9.0 * s
    pts = []
    for i in range(61):
        yy = -half + 2 * half * i / 60
        sag = R - math.sqrt(R * R - yy * yy)
        xx = X0 + sag if shape == "convex" else X0 - sag
        pts.append((xx * S, (Y0 + yy) * S))
    d.line(pts, fill=(125, 211, 252), width=4 * S, joint="curve")
    for (px, py) in pts[::4]:                            # hatching on the back side
        hx = px + 16 * S
        d.line([(px + 3 * S, py), (hx, py - 14 * S)], fill=(70, 120, 150), width=2 * S)
    ox, oy = X(-do), Y(ho)
    ix, iy = X(-di_draw), Y(hi_draw)                     # di < 0 is behind the mirror (x > X0)
    F = X(-f)                                            # 12 cm behind
    C = X(-2 * f)

    def mirror_x(y):
        yy = y - Y0
        sag = R - math.sqrt(max(0.0, R * R - yy * yy))
        return X0 + sag if shape == "convex" else X0 - sag

    # three rays from the object's tip: parallel to the axis, aimed at C, aimed at F (both behind the mirror)
    ray_cols = [(250, 204, 21), (34, 211, 238), (244, 114, 182)]
    hits = [(mirror_x(oy), oy)]
    for tx, ty in ((C, Y0), (F, Y0)):
        t = (X0 - ox) / (tx - ox)
        y = oy + (ty - oy) * t
        hits.append((mirror_x(y), y))
    for (hx, hy), col in zip(hits, ray_cols):
        L((ox, oy), (hx, hy), col, 2)
        if ix > X0:
            # virtual image: the reflected ray leaves as if from the image tip (dashed behind the mirror)
            ux, uy = hx - ix, hy - iy
            n = math.hypot(ux, uy)
            L((hx, hy), (hx + ux / n * 360, hy + uy / n * 360), col, 2)
            L((hx, hy), (ix, iy), col, 2, dash=(8, 6))
        else:
            ux, uy = ix - hx, iy - hy
            n = math.hypot(ux, uy)
            L((hx, hy), (ix + ux / n * 120, iy + uy / n * 120), col, 2)
    arrow_up(ox, Y0, oy, (241, 245, 249), 4)
    arrow_up(ix, Y0, iy, (167, 243, 208), 3, dash=(7, 5) if ix > X0 else None)
    for x, name in ((F, "F"), (C, "C")):
        d.ellipse([(x - 5) * S, (Y0 - 5) * S, (x + 5) * S, (Y0 + 5) * S], fill=(226, 232, 240))
        d.text((x * S, (Y0 + 28) * S), name, font=_font("dejavu/DejaVuSerif-Italic.ttf", 24 * S),
               fill=(226, 232, 240), anchor="mm")
    img = img.resize((W, H), Image.LANCZOS)
    d = ImageDraw.Draw(img)
    fnt = _font("dejavu/DejaVuSans.ttf", 21)
    d.text((34, 30), "Convex mirror", font=_font("dejavu/DejaVuSans-Bold.ttf", 30), fill=(241, 245, 249))
    d.text((34, 72), "f = 12 cm", font=_font("dejavu/DejaVuSans.ttf", 24), fill=(125, 211, 252))
    d.text((ox, oy - 24), "object", font=fnt, fill=(241, 245, 249), anchor="mm")
    d.text((ix + 16, iy - 30), "virtual image", font=fnt, fill=(167, 243, 208), anchor="lm")
    yd = Y0 + 240
    d.line([(ox, yd), (X0, yd)], fill=(203, 213, 225), width=2)
    for xa, sg in ((ox, 1), (X0, -1)):
        d.polygon([(xa, yd), (xa + 14 * sg, yd - 6), (xa + 14 * sg, yd + 6)], fill=(203, 213, 225))
        d.line([(xa, yd - 12), (xa, yd + 12)], fill=(100, 116, 139), width=1)
    d.text(((ox + X0) / 2, yd + 24), "%s cm" % do_label, font=fnt, fill=(203, 213, 225), anchor="mm")
    return _png(img)


# ----------------------------------------------------------------------------------------------------------
# 3. pencil: diverging lens, f = 10 cm, do = 15 cm, ho = 5 cm  ->  di = -6 cm, hi = 2 cm upright
# ----------------------------------------------------------------------------------------------------------
T3 = "An object 5 cm tall is 15 cm from a concave lens of focal length 10 cm."


def _draw_pencil(wrong):
    W, H = 1000, 560
    p = _Pencil(W, H, seed=581, grid=(24, (170, 200, 225)))      # 1 cm squares: 24 px
    f, do, ho = -10.0, 15.0, 5.0
    di, m = _thin_lens(f, do)                            # -6 cm, +0.4
    s = 24.0
    X0, Y0 = 600, 330
    di_draw, hi_draw = di, m * ho
    lens = "diverging"
    if wrong == "image_far_side":
        # breaks the virtual image on the object's side (di = -6 cm): drawn 6 cm beyond the lens
        di_draw = 6.0
    elif wrong == "image_inverted":
        # breaks the upright virtual image (m = +0.4): the image is drawn inverted
        hi_draw = -m * ho
    elif wrong == "image_at_10":
        # breaks the lens equation (di = -6 cm): the image is drawn 10 cm from the lens, at F
        di_draw = -10.0
    elif wrong == "lens_converging":
        # breaks "a concave lens": the lens is drawn with outward arrowheads (converging)
        lens = "converging"

    def X(cm):
        return X0 + cm * s

    def Y(cm):
        return Y0 - cm * s

    p.line((30, Y0), (W - 30, Y0), width=1.5, passes=1)
    top, bot = Y0 - 180, Y0 + 180
    p.line((X0, top), (X0, bot), width=2.6)
    if lens == "diverging":
        for (yy, sg) in ((top, 1), (bot, -1)):            # inward heads
            p.line((X0, yy), (X0 - 14, yy - 16 * sg), width=2.2, passes=1)
            p.line((X0, yy), (X0 + 14, yy - 16 * sg), width=2.2, passes=1)
    else:
        for (yy, sg) in ((top, 1), (bot, -1)):            # outward heads
            p.line((X0, yy), (X0 - 14, yy + 16 * sg), width=2.2, passes=1)
            p.line((X0, yy), (X0 + 14, yy + 16 * sg), width=2.2, passes=1)
    ox, oy = X(-do), Y(ho)
    ix, iy = X(di_draw), Y(hi_draw)
    p.arrow((ox, Y0), (ox, oy), width=2.6)
    red = (170, 40, 40)
    if di_draw < 0:
        p.dashed((ix, Y0), (ix, iy), width=2.0, colour=red)
        ang = -1 if iy < Y0 else 1
        p.line((ix, iy), (ix - 9, iy - 14 * ang), width=2.0, passes=1, colour=red)
        p.line((ix, iy), (ix + 9, iy - 14 * ang), width=2.0, passes=1, colour=red)
    else:
        p.arrow((ix, Y0), (ix, iy), width=2.2, colour=red)
    blue = (40, 80, 160)
    # ray 1: parallel, then diverging as if from the image tip (dashed back-extension)
    p.line((ox, oy), (X0, oy), width=1.6, colour=blue, passes=1)
    ux, uy = X0 - ix, oy - iy
    n = math.hypot(ux, uy)
    p.line((X0, oy), (X0 + ux / n * 330, oy + uy / n * 330), width=1.6, colour=blue, passes=1)
    p.dashed((ix, iy), (X0, oy), width=1.2, colour=blue, dash=7, gap=6)
    # ray 2: through the centre, continuing straight (its back-extension passes the image tip)
    yc = oy + (iy - oy) * (X0 - ox) / (ix - ox) if abs(ix - ox) > 1 else Y0
    p.line((ox, oy), (X0, yc), width=1.6, colour=(30, 110, 60), passes=1)
    ux, uy = X0 - ix, yc - iy
    n = math.hypot(ux, uy)
    p.line((X0, yc), (X0 + ux / n * 330, yc + uy / n * 330), width=1.6, colour=(30, 110, 60), passes=1)
    for cm, name in ((f, "F"), (-f, "F\u2032")):
        p.circle((X(cm), Y0), 4, width=2.0, passes=1, amp=0.2)
        p.text((X(cm), Y0 + 28), name, size=26, anchor="c", font="dejavu/DejaVuSerif-Italic.ttf")
    p.text((ox, oy - 26), "object 5 cm", size=25, anchor="c")
    p.text((ix - 6, (iy - 24) if iy < Y0 else (iy + 26)), "image", size=25, anchor="r", colour=red)
    yd = Y0 + 150
    p.arrow((X0 - 180, yd), (ox + 2, yd), head=11, width=1.3, passes=1)
    p.arrow((X0 - 180, yd), (X0 - 2, yd), head=11, width=1.3, passes=1)
    p.text((X0 - 180, yd + 26), "15 cm", size=25, anchor="c")
    p.arrow((X0 + 120, Y0 - 205), (X0 + 2, Y0 - 205), head=11, width=1.3, passes=1)
    p.arrow((X0 + 120, Y0 - 205), (X(-f) - 2, Y0 - 205), head=11, width=1.3, passes=1)
    p.text((X0 + 120, Y0 - 232), "f = 10 cm", size=25, anchor="c")
    p.text((30, 40), "Concave lens", size=32, font="dejavu/DejaVuSans-BoldOblique.ttf")
    return _png(p.render())


def cases():
    return [
        {"id": "h5-optics-svg-chromium", "text": T1, "tool": "headless Chromium (SVG)", "style": "textbook",
         "draw": _draw_svg, "wrongs": ["image_at_30", "image_upright", "f_label_12", "lens_diverging"]},
        {"id": "h5-optics-dark-pil", "text": T2, "tool": "PIL (2x supersampled)", "style": "dark",
         "draw": _draw_dark, "wrongs": ["image_in_front", "image_at_12", "mirror_concave", "do_label_30"]},
        {"id": "h5-optics-pencil", "text": T3, "tool": "PIL pencil sketch", "style": "pencil on squared paper",
         "draw": _draw_pencil, "wrongs": ["image_far_side", "image_inverted", "image_at_10", "lens_converging"]},
    ]
