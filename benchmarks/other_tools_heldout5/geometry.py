"""Held-out set 5, geometry: figures drawn by other tools (an outside helper's set; see README.md here).

h5-geometry-canvas-dark     HTML <canvas> screenshot by headless Chromium, dark mode, to scale (60 px per cm)
h5-geometry-pencil          pencil construction of a rhombus with compass-like arcs, to scale (55 px per cm)
h5-geometry-photo           flat print (PIL, 2x supersampled) of an equilateral triangle and its incircle, then a
                            phone photo of the print
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

SCIENCE = "geometry"


# ----------------------------------------------------------------------------------------------------------
# 1. <canvas>, dark: triangle ABC, AB = 6 cm, BC = 5 cm, angle ABC = 50°
# ----------------------------------------------------------------------------------------------------------
T1 = "A triangle ABC with AB = 6 cm, BC = 5 cm and angle ABC = 50 degrees."


def _draw_canvas(wrong):
    import json
    W, H = 900, 620
    s = 60.0                                             # px per cm
    ang, ab, bc = 50.0, 6.0, 5.0
    labels = {"A": "A", "B": "B", "C": "C"}
    ab_text, bc_text, ang_text = "6 cm", "5 cm", "50\u00b0"
    if wrong == "angle_70":
        # breaks "angle ABC = 50 degrees": the angle at B is drawn 70° (its label still says 50°)
        ang = 70.0
    elif wrong == "ab_label_8":
        # breaks "AB = 6 cm": AB is labelled 8 cm
        ab_text = "8 cm"
    elif wrong == "a_c_swapped":
        # breaks which vertex is which: the letters A and C are swapped
        labels["A"], labels["C"] = "C", "A"
    elif wrong == "bc_drawn_7":
        # breaks "BC = 5 cm": BC is drawn 7 cm long (its label still says 5 cm)
        bc = 7.0
    B = (250.0, 510.0)
    C = (B[0] + bc * s, B[1])
    A = (B[0] + ab * s * math.cos(math.radians(ang)), B[1] - ab * s * math.sin(math.radians(ang)))
    G = ((A[0] + B[0] + C[0]) / 3, (A[1] + B[1] + C[1]) / 3)

    def out(P, d):                                       # a point d px from P, away from the centroid
        vx, vy = P[0] - G[0], P[1] - G[1]
        n = math.hypot(vx, vy)
        return (P[0] + vx / n * d, P[1] + vy / n * d)

    def side_label(P, Q, d=26):
        mx, my = (P[0] + Q[0]) / 2, (P[1] + Q[1]) / 2
        return out((mx, my), d)

    data = {
        "A": A, "B": B, "C": C,
        "la": out(A, 28), "lb": out(B, 28), "lc": out(C, 28),
        "sab": side_label(A, B, 34), "sbc": side_label(B, C, 26),
        "names": labels, "ab": ab_text, "bc": bc_text, "ang": ang_text,
        "a0": 0.0, "a1": -math.radians(ang),
        "angpos": (B[0] + 78 * math.cos(math.radians(ang / 2)), B[1] - 78 * math.sin(math.radians(ang / 2))),
    }
    html = """<!DOCTYPE html><html><head><meta charset='utf-8'></head>
<body style="margin:0;background:#111827"><canvas id="c" width="%d" height="%d"></canvas><script>
const c = document.getElementById('c').getContext('2d'); const D = %s;
c.fillStyle = '#111827'; c.fillRect(0, 0, %d, %d);
c.strokeStyle = '#1f2937'; c.lineWidth = 1;
for (let x = 20; x < %d; x += 60) { c.beginPath(); c.moveTo(x, 0); c.lineTo(x, %d); c.stroke(); }
for (let y = 20; y < %d; y += 60) { c.beginPath(); c.moveTo(0, y); c.lineTo(%d, y); c.stroke(); }
c.beginPath(); c.moveTo(...D.A); c.lineTo(...D.B); c.lineTo(...D.C); c.closePath();
c.fillStyle = 'rgba(56, 189, 248, 0.10)'; c.fill();
c.strokeStyle = '#e5e7eb'; c.lineWidth = 3; c.lineJoin = 'round'; c.stroke();
c.beginPath(); c.arc(D.B[0], D.B[1], 48, D.a1, D.a0); c.strokeStyle = '#f59e0b'; c.lineWidth = 2.5; c.stroke();
c.fillStyle = '#f59e0b'; c.font = '24px "DejaVu Sans"'; c.textAlign = 'center'; c.textBaseline = 'middle';
c.fillText(D.ang, ...D.angpos);
c.fillStyle = '#f9fafb'; c.font = 'italic bold 32px "DejaVu Serif"';
c.fillText(D.names.A, ...D.la); c.fillText(D.names.B, ...D.lb); c.fillText(D.names.C, ...D.lc);
c.fillStyle = '#7dd3fc'; c.font = '25px "DejaVu Sans"';
c.fillText(D.ab, ...D.sab); c.fillText(D.bc, ...D.sbc);
for (const P of [D.A, D.B, D.C]) { c.beginPath(); c.arc(P[0], P[1], 5, 0, 2 * Math.PI); c.fillStyle = '#f9fafb'; c.fill(); }
c.textAlign = 'left'; c.fillStyle = '#9ca3af'; c.font = '19px "DejaVu Sans"';
c.fillText('grid: 1 cm', %d, %d);
</script></body></html>""" % (W, H, json.dumps(data), W, H, W, H, H, W, W - 140, H - 24)
    return _png(_chromium(html, W, H))


# ----------------------------------------------------------------------------------------------------------
# 2. pencil: rhombus KLMN, side 5 cm, angle LKN = 70°
# ----------------------------------------------------------------------------------------------------------
T2 = "A rhombus KLMN with side 5 cm and angle LKN = 70 degrees."


def _draw_pencil(wrong):
    W, H = 900, 600
    p = _Pencil(W, H, seed=601)
    s = 55.0
    ang, kl, kn = 70.0, 5.0, 5.0
    side_text = "5 cm"
    names = ["K", "L", "M", "N"]
    if wrong == "angle_50":
        # breaks "angle LKN = 70 degrees": drawn 50° (label still 70°)
        ang = 50.0
    elif wrong == "side_label_6":
        # breaks "side 5 cm": labelled 6 cm
        side_text = "6 cm"
    elif wrong == "not_rhombus":
        # breaks "rhombus" (all sides 5 cm): KN is drawn 3.5 cm, a parallelogram
        kn = 3.5
    elif wrong == "k_l_swapped":
        # breaks the vertex order KLMN: the letters K and L are swapped (K-L-M-N is no longer the boundary)
        names = ["L", "K", "M", "N"]
    K = (270.0, 480.0)
    L = (K[0] + kl * s, K[1])
    N = (K[0] + kn * s * math.cos(math.radians(ang)), K[1] - kn * s * math.sin(math.radians(ang)))
    M = (L[0] + N[0] - K[0], L[1] + N[1] - K[1])
    pts = [K, L, M, N]
    p.poly(pts, width=2.4)
    # light construction arcs (compass marks) at N and L
    for (P, Q) in ((K, N), (K, L)):
        r = math.dist(P, Q)
        a = math.atan2(-(Q[1] - P[1]), Q[0] - P[0])
        p.arc(P, r, a - 0.12, a + 0.12, width=1.0, dark=120)
    # equal-side tick marks (one on each side)
    for i in range(4):
        P, Q = pts[i], pts[(i + 1) % 4]
        mx, my = (P[0] + Q[0]) / 2, (P[1] + Q[1]) / 2
        ux, uy = (Q[0] - P[0]), (Q[1] - P[1])
        n = math.hypot(ux, uy)
        nx, ny = -uy / n, ux / n
        p.line((mx - nx * 10, my - ny * 10), (mx + nx * 10, my + ny * 10), width=1.8, passes=1, overshoot=0)
    # angle arc at K
    p.arc(K, 50, 0.0, math.radians(ang), width=1.6)
    p.text((K[0] + 62 * math.cos(math.radians(ang / 2)) + 4, K[1] - 62 * math.sin(math.radians(ang / 2))),
           "70°", size=26)
    cx = sum(q[0] for q in pts) / 4
    cy = sum(q[1] for q in pts) / 4
    for P, nm in zip(pts, names):
        vx, vy = P[0] - cx, P[1] - cy
        n = math.hypot(vx, vy)
        p.text((P[0] + vx / n * 30, P[1] + vy / n * 30), nm, size=34, anchor="c",
               font="dejavu/DejaVuSerif-Italic.ttf")
    p.text(((K[0] + L[0]) / 2, K[1] + 36), side_text, size=28, anchor="c")
    p.text((40, 50), "Rhombus KLMN", size=32, font="dejavu/DejaVuSans-BoldOblique.ttf")
    return _png(p.render())


# ----------------------------------------------------------------------------------------------------------
# 3. print + phone photo: equilateral triangle XYZ, side 5 cm, and its incircle
# ----------------------------------------------------------------------------------------------------------
T3 = "An equilateral triangle XYZ with side 5 cm and its incircle."


def _draw_photo(wrong):
    S = 2
    W, H = 820, 720
    s = 80.0                                             # px per cm
    base, leg = 5.0, 5.0
    side_text = "5 cm"
    circle = "in"
    if wrong == "circumcircle":
        # breaks "its incircle": the circumcircle is drawn instead
        circle = "circum"
    elif wrong == "no_incircle":
        # breaks "and its incircle": no circle is drawn
        circle = None
    elif wrong == "isosceles_6":
        # breaks "equilateral" (all sides 5 cm): the base YZ is drawn 6 cm (sides 5, 5, 6)
        base = 6.0
    elif wrong == "side_label_6":
        # breaks "side 5 cm": labelled 6 cm
        side_text = "6 cm"
    Y = (410 - base * s / 2, 560.0)
    Z = (410 + base * s / 2, 560.0)
    h = math.sqrt(leg ** 2 - (base / 2) ** 2) * s
    X = (410.0, 560.0 - h)
    a, b, c = math.dist(Y, Z), math.dist(X, Z), math.dist(X, Y)          # sides opposite X, Y, Z
    I = ((a * X[0] + b * Y[0] + c * Z[0]) / (a + b + c), (a * X[1] + b * Y[1] + c * Z[1]) / (a + b + c))
    area = 0.5 * a * h
    r_in = 2 * area / (a + b + c)
    img = Image.new("RGB", (W * S, H * S), (255, 255, 255))
    d = ImageDraw.Draw(img)
    tri = [(X[0] * S, X[1] * S), (Y[0] * S, Y[1] * S), (Z[0] * S, Z[1] * S)]
    d.polygon(tri, fill=(236, 242, 255))
    if circle == "in":
        d.ellipse([(I[0] - r_in) * S, (I[1] - r_in) * S, (I[0] + r_in) * S, (I[1] + r_in) * S],
                  outline=(190, 40, 40), width=3 * S)
        d.ellipse([(I[0] - 4) * S, (I[1] - 4) * S, (I[0] + 4) * S, (I[1] + 4) * S], fill=(190, 40, 40))
    elif circle == "circum":
        R = a * b * c / (4 * area)
        O = (X[0], X[1] + R)
        d.ellipse([(O[0] - R) * S, (O[1] - R) * S, (O[0] + R) * S, (O[1] + R) * S], outline=(190, 40, 40),
                  width=3 * S)
        d.ellipse([(O[0] - 4) * S, (O[1] - 4) * S, (O[0] + 4) * S, (O[1] + 4) * S], fill=(190, 40, 40))
    d.line(tri + [tri[0]], fill=(20, 30, 80), width=4 * S, joint="curve")
    # a tick on each side (equal sides)
    for P, Q in ((X, Y), (Y, Z), (Z, X)):
        mx, my = (P[0] + Q[0]) / 2, (P[1] + Q[1]) / 2
        ux, uy = Q[0] - P[0], Q[1] - P[1]
        n = math.hypot(ux, uy)
        nx, ny = -uy / n, ux / n
        d.line([((mx - nx * 11) * S, (my - ny * 11) * S), ((mx + nx * 11) * S, (my + ny * 11) * S)],
               fill=(20, 30, 80), width=3 * S)
    img = img.resize((W, H), Image.LANCZOS)
    d = ImageDraw.Draw(img)
    fi = _font("liberation/LiberationSerif-Italic.ttf", 38)
    f = _font("liberation/LiberationSans-Regular.ttf", 26)
    d.text((X[0], X[1] - 30), "X", font=fi, fill=(10, 10, 10), anchor="mm")
    d.text((Y[0] - 26, Y[1] + 16), "Y", font=fi, fill=(10, 10, 10), anchor="mm")
    d.text((Z[0] + 26, Z[1] + 16), "Z", font=fi, fill=(10, 10, 10), anchor="mm")
    d.text(((Y[0] + Z[0]) / 2, Y[1] + 36), side_text, font=f, fill=(10, 10, 10), anchor="mm")
    if circle is not None:
        if circle == "in":
            ccx, ccy, rr = I[0], I[1], r_in
        else:
            rr = a * b * c / (4 * area)
            ccx, ccy = X[0], X[1] + rr
        d.text((640, 250), "incircle", font=f, fill=(150, 30, 30), anchor="lm")
        d.line([(632, 252), (ccx + rr * 0.707, ccy - rr * 0.707)], fill=(150, 30, 30), width=2)
    d.text((40, 40), "Equilateral triangle with its incircle", font=_font("liberation/LiberationSans-Bold.ttf", 28),
           fill=(10, 10, 10))
    return _png(_phone_photo(img, seed=603, angle=2.0, light_from=(0.2, 0.75)))


def cases():
    return [
        {"id": "h5-geometry-canvas-dark", "text": T1, "tool": "headless Chromium (canvas)", "style": "dark",
         "draw": _draw_canvas, "wrongs": ["angle_70", "ab_label_8", "a_c_swapped", "bc_drawn_7"]},
        {"id": "h5-geometry-pencil", "text": T2, "tool": "PIL pencil sketch", "style": "pencil construction",
         "draw": _draw_pencil, "wrongs": ["angle_50", "side_label_6", "not_rhombus", "k_l_swapped"]},
        {"id": "h5-geometry-photo", "text": T3, "tool": "PIL print + phone photo", "style": "photo",
         "draw": _draw_photo, "wrongs": ["circumcircle", "no_incircle", "isosceles_6", "side_label_6"]},
    ]
