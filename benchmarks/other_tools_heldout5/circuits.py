"""Held-out set 5, circuits: figures drawn by other tools (an outside helper's set; see README.md here).

h5-circuits-svg-dark        hand-written SVG schematic on a dark background (editor dark theme), screenshot by
                            headless Chromium
h5-circuits-pencil          pencil sketch of a ladder circuit, hand-lettered values
h5-circuits-print-photo     clean black-and-white print drawn with PIL (2x supersampled), then a phone photo
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

SCIENCE = "circuits"


# ----------------------------------------------------------------------------------------------------------
# 1. SVG schematic, dark: 12 V battery, R1 = 2 Ω, L1 = 5 mH, R2 = 4 Ω, all in series
# ----------------------------------------------------------------------------------------------------------
T1 = "A 12 V battery with R1 = 2 Ω in series with a 5 mH inductor and a 4 Ω resistor R2."


def _svg_wire(pts, col="#c9d1d9"):
    return '<polyline points="%s" fill="none" stroke="%s" stroke-width="3" stroke-linejoin="round"/>' % (
        " ".join("%.1f,%.1f" % p for p in pts), col)


def _svg_resistor(p, q, col):
    """Zigzag between p and q (horizontal or vertical), with plain leads."""
    (x1, y1), (x2, y2) = p, q
    L = math.hypot(x2 - x1, y2 - y1)
    ux, uy = (x2 - x1) / L, (y2 - y1) / L
    nx, ny = -uy, ux
    lead = (L - 96) / 2
    pts = [p, (x1 + ux * lead, y1 + uy * lead)]
    for i in range(6):
        t = lead + 8 + 16 * i
        sgn = 1 if i % 2 == 0 else -1
        pts.append((x1 + ux * t + nx * 13 * sgn, y1 + uy * t + ny * 13 * sgn))
    pts += [(x1 + ux * (L - lead), y1 + uy * (L - lead)), q]
    return _svg_wire(pts, col)


def _svg_inductor(p, q, col):
    (x1, y1), (x2, y2) = p, q                          # horizontal only
    L = x2 - x1
    lead = (L - 100) / 2
    d = "M %.1f %.1f L %.1f %.1f " % (x1, y1, x1 + lead, y1)
    for i in range(4):
        d += "a 12.5 12.5 0 0 1 25 0 "
    d += "L %.1f %.1f" % (x2, y2)
    return '<path d="%s" fill="none" stroke="%s" stroke-width="3"/>' % (d, col)


def _draw_svg(wrong):
    W, H = 1010, 640
    col_w, col_r, col_l, col_v = "#c9d1d9", "#ff7b72", "#d2a8ff", "#79c0ff"
    TL, TR, BR, BL = (230, 190), (830, 190), (830, 510), (230, 510)
    r1_label, inductor_kind, r2_place = "R1 = 2 \u03a9", "coil", "right"
    if wrong == "inductor_as_resistor":
        # breaks "a 5 mH inductor": L1 is drawn with a resistor's zigzag (its label stays)
        inductor_kind = "zigzag"
    elif wrong == "r2_parallel_l1":
        # breaks "in series": R2 is drawn in parallel with the inductor
        r2_place = "parallel"
    elif wrong == "r1_label_20":
        # breaks "R1 = 2 Ω": labelled 20 Ω
        r1_label = "R1 = 20 \u03a9"
    elif wrong == "r2_dropped":
        # breaks "a 4 Ω resistor R2": R2 is missing (a plain wire in its place)
        r2_place = None
    parts = ['<rect width="%d" height="%d" fill="#0d1117"/>' % (W, H),
             '<text x="34" y="52" font-family="DejaVu Sans Mono" font-size="24" fill="#8b949e">// series RL circuit'
             '</text>']
    # battery on the left side (long plate = +, at the top)
    yb = (TL[1] + BL[1]) / 2
    parts.append(_svg_wire([TL, (TL[0], yb - 12)], col_w))
    parts.append(_svg_wire([(BL[0], yb + 12), BL], col_w))
    parts.append('<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="%s" stroke-width="4"/>'
                 % (TL[0] - 34, yb - 12, TL[0] + 34, yb - 12, col_v))
    parts.append('<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="%s" stroke-width="8"/>'
                 % (TL[0] - 18, yb + 12, TL[0] + 18, yb + 12, col_v))
    parts.append('<text x="%d" y="%.1f" font-family="DejaVu Sans Mono" font-size="22" fill="%s">+</text>'
                 % (TL[0] + 40, yb - 16, col_v))
    parts.append('<text x="%d" y="%.1f" text-anchor="end" font-family="DejaVu Sans" font-size="24" fill="%s">'
                 'V1 = 12 V</text>' % (TL[0] - 46, yb + 8, col_v))
    # top: R1 then L1
    xa, xb, xc, xd = 300, 480, 570, 750
    parts.append(_svg_wire([TL, (xa, TL[1])], col_w))
    parts.append(_svg_resistor((xa, TL[1]), (xb, TL[1]), col_r))
    parts.append('<text x="%d" y="%d" text-anchor="middle" font-family="DejaVu Sans" font-size="24" fill="%s">%s'
                 '</text>' % ((xa + xb) / 2, TL[1] - 30, col_r, r1_label))
    parts.append(_svg_wire([(xb, TL[1]), (xc, TL[1])], col_w))
    if inductor_kind == "coil":
        parts.append(_svg_inductor((xc, TL[1]), (xd, TL[1]), col_l))
    else:
        parts.append(_svg_resistor((xc, TL[1]), (xd, TL[1]), col_l))
    parts.append('<text x="%d" y="%d" text-anchor="middle" font-family="DejaVu Sans" font-size="24" fill="%s">'
                 'L1 = 5 mH</text>' % ((xc + xd) / 2, TL[1] + 48, col_l))
    parts.append(_svg_wire([(xd, TL[1]), TR], col_w))
    # right side: R2
    if r2_place == "right":
        parts.append(_svg_wire([TR, (TR[0], 260)], col_w))
        parts.append(_svg_resistor((TR[0], 260), (TR[0], 440), col_r))
        parts.append(_svg_wire([(TR[0], 440), BR], col_w))
        parts.append('<text x="%d" y="%d" font-family="DejaVu Sans" font-size="24" fill="%s">R2 = 4 \u03a9</text>'
                     % (TR[0] + 30, (TR[1] + BR[1]) / 2 + 8, col_r))
    else:
        parts.append(_svg_wire([TR, BR], col_w))
    if r2_place == "parallel":
        top = TL[1] - 95
        parts.append(_svg_wire([(xc - 30, TL[1]), (xc - 30, top), (xc + 15, top)], col_w))
        parts.append(_svg_resistor((xc + 15, top), (xd - 15, top), col_r))
        parts.append(_svg_wire([(xd - 15, top), (xd + 30, top), (xd + 30, TL[1])], col_w))
        for x in (xc - 30, xd + 30):
            parts.append('<circle cx="%d" cy="%d" r="6" fill="%s"/>' % (x, TL[1], col_w))
        parts.append('<text x="%d" y="%d" font-family="DejaVu Sans" font-size="24" fill="%s">R2 = 4 \u03a9</text>'
                     % (xd + 44, top + 8, col_r))
    parts.append(_svg_wire([BR, BL], col_w))
    svg = '<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d">%s</svg>' % (W, H, "".join(parts))
    html = "<!DOCTYPE html><html><head><meta charset='utf-8'></head><body style='margin:0'>%s</body></html>" % svg
    return _png(_chromium(html, W, H))


# ----------------------------------------------------------------------------------------------------------
# 2. pencil: 9 V battery, R1 = 3 Ω and R2 = 6 Ω in parallel
# ----------------------------------------------------------------------------------------------------------
T2 = "A 9 V battery with R1 = 3 Ω and R2 = 6 Ω in parallel."


def _pencil_resistor(p, a, b, vertical, **kw):
    (x1, y1), (x2, y2) = a, b
    if vertical:
        L = y2 - y1
        lead = (L - 96) / 2
        pts = [a, (x1, y1 + lead)]
        for i in range(6):
            pts.append((x1 + (14 if i % 2 == 0 else -14), y1 + lead + 8 + 16 * i))
        pts += [(x1, y2 - lead), b]
    else:
        L = x2 - x1
        lead = (L - 96) / 2
        pts = [a, (x1 + lead, y1)]
        for i in range(6):
            pts.append((x1 + lead + 8 + 16 * i, y1 + (14 if i % 2 == 0 else -14)))
        pts += [(x2 - lead, y1), b]
    p.polyline(pts, step=6, overshoot=1.0, **kw)


def _draw_pencil(wrong):
    W, H = 940, 640
    p = _Pencil(W, H, seed=641, paper=(249, 248, 242), grid=(32, (200, 215, 235)))
    top, bot = 170, 500
    xl, x1, x2 = 170, 450, 720
    v_label, r2_label = "9 V", "R2 = 6 Ω"
    layout = "parallel"
    if wrong == "series":
        # breaks "in parallel": R1 and R2 are drawn in series
        layout = "series"
    elif wrong == "r2_label_9":
        # breaks "R2 = 6 Ω": labelled 9 Ω
        r2_label = "R2 = 9 Ω"
    elif wrong == "r2_dropped":
        # breaks "R1 ... and R2 ... in parallel": R2 is missing
        layout = "r1_only"
    elif wrong == "battery_6v":
        # breaks "A 9 V battery": labelled 6 V
        v_label = "6 V"
    yb = (top + bot) / 2
    # battery on the left
    p.line((xl, top), (xl, yb - 12), width=2.2)
    p.line((xl, yb + 12), (xl, bot), width=2.2)
    p.line((xl - 32, yb - 12), (xl + 32, yb - 12), width=2.4)
    p.line((xl - 16, yb + 12), (xl + 16, yb + 12), width=5.0)
    p.text((xl + 40, yb - 30), "+", size=28)
    p.text((xl - 46, yb), v_label, size=32, anchor="r")
    red = (150, 45, 40)
    if layout == "parallel":
        p.polyline([(xl, top), (x2, top)], width=2.2)
        p.polyline([(xl, bot), (x2, bot)], width=2.2)
        for x, lab in ((x1, "R1 = 3 Ω"), (x2, r2_label)):
            _pencil_resistor(p, (x, top), (x, bot), True, width=2.2, colour=red)
            p.text((x + 26, yb), lab, size=30, colour=red)
        for x in (x1,):
            p.circle((x, top), 5, width=3.0, passes=2, amp=0.2)
            p.circle((x, bot), 5, width=3.0, passes=2, amp=0.2)
    elif layout == "r1_only":
        p.polyline([(xl, top), (x1, top)], width=2.2)
        p.polyline([(xl, bot), (x1, bot)], width=2.2)
        _pencil_resistor(p, (x1, top), (x1, bot), True, width=2.2, colour=red)
        p.text((x1 + 26, yb), "R1 = 3 Ω", size=30, colour=red)
    else:
        p.polyline([(xl, top), (x1 - 90, top)], width=2.2)
        _pencil_resistor(p, (x1 - 90, top), (x1 + 90, top), False, width=2.2, colour=red)
        p.text((x1, top - 42), "R1 = 3 Ω", size=30, anchor="c", colour=red)
        p.polyline([(x1 + 90, top), (x2, top)], width=2.2)
        _pencil_resistor(p, (x2, top), (x2, bot), True, width=2.2, colour=red)
        p.text((x2 + 26, yb), r2_label, size=30, colour=red)
        p.polyline([(xl, bot), (x2, bot)], width=2.2)
    p.text((40, 60), "HW 5 - circuit", size=30, font="dejavu/DejaVuSans-BoldOblique.ttf")
    return _png(p.render())


# ----------------------------------------------------------------------------------------------------------
# 3. print + phone photo: 10 V, 5 Ω and 20 µF in series, voltmeter across the capacitor
# ----------------------------------------------------------------------------------------------------------
T3 = ("A 10 V battery, a 5 Ω resistor and a 20 µF capacitor in series, with a voltmeter across the "
      "capacitor.")


def _draw_photo(wrong):
    S = 2
    W, H = 1000, 660
    img = Image.new("RGB", (W * S, H * S), (255, 255, 255))
    d = ImageDraw.Draw(img)
    ink = (15, 15, 15)

    def line(pts, w=3):
        d.line([(x * S, y * S) for (x, y) in pts], fill=ink, width=w * S, joint="curve")

    def dot(x, y):
        d.ellipse([(x - 6) * S, (y - 6) * S, (x + 6) * S, (y + 6) * S], fill=ink)

    def resistor(a, b):
        (x1, y1), (x2, y2) = a, b
        if x1 == x2:
            L = y2 - y1
            lead = (L - 96) / 2
            pts = [a, (x1, y1 + lead)] + [(x1 + (13 if i % 2 == 0 else -13), y1 + lead + 8 + 16 * i)
                                          for i in range(6)] + [(x1, y2 - lead), b]
        else:
            L = x2 - x1
            lead = (L - 96) / 2
            pts = [a, (x1 + lead, y1)] + [(x1 + lead + 8 + 16 * i, y1 + (13 if i % 2 == 0 else -13))
                                          for i in range(6)] + [(x2 - lead, y1), b]
        line(pts)

    def capacitor_v(x, y1, y2):
        ym = (y1 + y2) / 2
        line([(x, y1), (x, ym - 9)])
        line([(x, ym + 9), (x, y2)])
        line([(x - 30, ym - 9), (x + 30, ym - 9)], 4)
        line([(x - 30, ym + 9), (x + 30, ym + 9)], 4)

    def meter(cx, cy):
        d.ellipse([(cx - 30) * S, (cy - 30) * S, (cx + 30) * S, (cy + 30) * S], outline=ink, width=3 * S,
                  fill=(255, 255, 255))

    TL, TR, BR, BL = (150, 220), (640, 220), (640, 540), (150, 540)
    c_label, meter_at, cap_kind = "C1 = 20 \u00b5F", "cap", "cap"
    if wrong == "vm_across_resistor":
        # breaks "a voltmeter across the capacitor": it is connected across the resistor
        meter_at = "res"
    elif wrong == "vm_in_series":
        # breaks "across the capacitor" (a parallel connection): the voltmeter is in series in the loop
        meter_at = "series"
    elif wrong == "cap_as_resistor":
        # breaks "a 20 µF capacitor": it is drawn as a resistor's zigzag (its label stays)
        cap_kind = "zigzag"
    elif wrong == "c_label_200":
        # breaks "20 µF": labelled 200 µF
        c_label = "C1 = 200 \u00b5F"
    yb = (TL[1] + BL[1]) / 2
    line([TL, (TL[0], yb - 10)])
    line([(BL[0], yb + 10), BL])
    line([(TL[0] - 34, yb - 10), (TL[0] + 34, yb - 10)], 3)
    line([(TL[0] - 17, yb + 10), (TL[0] + 17, yb + 10)], 8)
    xa, xb = 300, 480
    line([TL, (xa, TL[1])])
    resistor((xa, TL[1]), (xb, TL[1]))
    line([(xb, TL[1]), TR])
    if cap_kind == "cap":
        capacitor_v(TR[0], TR[1], BR[1])
    else:
        resistor((TR[0], TR[1] + 75), (TR[0], BR[1] - 75))
        line([TR, (TR[0], TR[1] + 75)])
        line([(TR[0], BR[1] - 75), BR])
    if meter_at == "series":
        line([BR, (430, BR[1])])
        meter(400, BR[1])
        line([(370, BR[1]), BL])
        mpos = (400, BR[1])
    else:
        line([BR, BL])
    if meter_at == "cap":
        xm = TR[0] + 160
        ya, yz = TR[1] + 70, BR[1] - 70
        line([(TR[0], ya), (xm, ya), (xm, yb - 30)])
        line([(xm, yb + 30), (xm, yz), (TR[0], yz)])
        meter(xm, yb)
        dot(TR[0], ya)
        dot(TR[0], yz)
        mpos = (xm, yb)
    elif meter_at == "res":
        ym = TL[1] - 95
        line([(xa - 30, TL[1]), (xa - 30, ym), ((xa + xb) / 2 - 30, ym)])
        line([((xa + xb) / 2 + 30, ym), (xb + 30, ym), (xb + 30, TL[1])])
        meter((xa + xb) / 2, ym)
        dot(xa - 30, TL[1])
        dot(xb + 30, TL[1])
        mpos = ((xa + xb) / 2, ym)
    img = img.resize((W, H), Image.LANCZOS)
    d = ImageDraw.Draw(img)
    f = _font("liberation/LiberationSerif-Regular.ttf", 27)
    d.text((mpos[0], mpos[1]), "V", font=_font("liberation/LiberationSerif-Bold.ttf", 32), fill=ink, anchor="mm")
    d.text((TL[0] - 46, yb), "10 V", font=f, fill=ink, anchor="rm")
    d.text((TL[0] + 42, yb - 26), "+", font=f, fill=ink, anchor="mm")
    d.text(((xa + xb) / 2, TL[1] + (40 if meter_at == "res" else -36)), "R1 = 5 \u03a9", font=f, fill=ink,
           anchor="mm")
    d.text((TR[0] - 44, yb), c_label, font=f, fill=ink, anchor="rm")
    d.text((40, 40), "Fig. 3  RC circuit with a voltmeter", font=_font("liberation/LiberationSerif-Bold.ttf", 28),
           fill=ink)
    return _png(_phone_photo(img, seed=643, angle=-2.2, light_from=(0.7, 0.8)))


def cases():
    return [
        {"id": "h5-circuits-svg-dark", "text": T1, "tool": "headless Chromium (SVG)", "style": "dark",
         "draw": _draw_svg, "wrongs": ["inductor_as_resistor", "r2_parallel_l1", "r1_label_20", "r2_dropped"]},
        {"id": "h5-circuits-pencil", "text": T2, "tool": "PIL pencil sketch", "style": "pencil on squared paper",
         "draw": _draw_pencil, "wrongs": ["series", "r2_label_9", "r2_dropped", "battery_6v"]},
        {"id": "h5-circuits-print-photo", "text": T3, "tool": "PIL print + phone photo", "style": "photo",
         "draw": _draw_photo, "wrongs": ["vm_across_resistor", "vm_in_series", "cap_as_resistor", "c_label_200"]},
    ]
