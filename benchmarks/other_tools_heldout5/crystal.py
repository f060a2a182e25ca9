"""Held-out set 5, crystal: figures drawn by other tools (an outside helper's set; see README.md here).

h5-crystal-canvas-dark      HTML <canvas> (radial-gradient balls, depth-sorted) screenshot by headless Chromium,
                            dark mode; fcc gold seen exactly along [111]
h5-crystal-pencil           pencil sketch of the hcp prism of zinc, c and a to scale
h5-crystal-fluorite-photo   flat-colour cabinet projection of fluorite CaF2 printed with PIL, then a phone photo
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

SCIENCE = "crystal"


def _unit_cell(kind):
    corners = [(x, y, z) for x in (0, 1) for y in (0, 1) for z in (0, 1)]
    faces = [(0.5, 0.5, 0), (0.5, 0.5, 1), (0.5, 0, 0.5), (0.5, 1, 0.5), (0, 0.5, 0.5), (1, 0.5, 0.5)]
    if kind == "sc":
        return corners
    return corners + faces


def _edges():
    cs = [(x, y, z) for x in (0, 1) for y in (0, 1) for z in (0, 1)]
    out = []
    for a in cs:
        for b in cs:
            if a < b and sum(abs(i - j) for i, j in zip(a, b)) == 1:
                out.append((a, b))
    return out


# ----------------------------------------------------------------------------------------------------------
# 1. <canvas>, dark mode: Au fcc along [111]
# ----------------------------------------------------------------------------------------------------------
T1 = "Gold is face-centred cubic with a = 4.08 Å, viewed along [111]."


def _draw_canvas(wrong):
    import json
    W, H = 900, 760
    a_ang = 4.08
    px_per_ang = 66.0                                    # one Å is 66 px: the cube edge is 269 px long
    A = a_ang * px_per_ang
    cx, cy = 380, 400
    element, a_label, kind, view = "Au", "4.08", "fcc", "111"
    if wrong == "face_centres_dropped":
        # breaks "face-centred cubic": only the corner atoms are drawn (simple cubic)
        kind = "sc"
    elif wrong == "named_copper":
        # breaks "Gold": the element is named Cu
        element = "Cu"
    elif wrong == "a_label_4_80":
        # breaks "a = 4.08 Å": labelled 4.80 Å
        a_label = "4.80"
    elif wrong == "viewed_001":
        # breaks "viewed along [111]": the cell is drawn as seen along [001] (a square)
        view = "001"
    if view == "111":
        n = np.array([1, 1, 1]) / math.sqrt(3)
        e1 = np.array([1, -1, 0]) / math.sqrt(2)
        e2 = np.array([-1, -1, 2]) / math.sqrt(6)
    else:
        n = np.array([0, 0, 1.0])
        e1 = np.array([1.0, 0, 0])
        e2 = np.array([0, 1.0, 0])
    centre = np.array([0.5, 0.5, 0.5])

    def proj(p):
        q = np.array(p, dtype=float) - centre
        return (round(cx + A * float(q @ e1), 2), round(cy - A * float(q @ e2), 2), round(float(q @ n), 4))

    atoms = sorted((proj(p) for p in _unit_cell(kind)), key=lambda t: t[2])
    edges = []
    for (p, q) in _edges():
        P, Q = proj(p), proj(q)
        hidden = (P[2] + Q[2]) / 2 < -0.2 if view == "111" else False
        edges.append([P[0], P[1], Q[0], Q[1], 1 if hidden else 0])
    html = """<!DOCTYPE html><html><head><meta charset='utf-8'></head>
<body style="margin:0;background:#0b1020"><canvas id="c" width="%d" height="%d"></canvas><script>
const c = document.getElementById('c').getContext('2d');
const atoms = %s, edges = %s;
c.fillStyle = '#0b1020'; c.fillRect(0, 0, %d, %d);
c.lineCap = 'round';
for (const [x1, y1, x2, y2, hid] of edges) {
  c.beginPath(); c.setLineDash(hid ? [9, 8] : []); c.moveTo(x1, y1); c.lineTo(x2, y2);
  c.strokeStyle = hid ? '#64748b' : '#cbd5e1'; c.lineWidth = hid ? 2 : 2.6; c.stroke();
}
c.setLineDash([]);
const R = 40;
for (const [x, y, d] of atoms) {
  const g = c.createRadialGradient(x - R * 0.35, y - R * 0.4, R * 0.1, x, y, R);
  g.addColorStop(0, '#fff7c2'); g.addColorStop(0.45, '#f2c230'); g.addColorStop(1, '#7a5200');
  c.beginPath(); c.arc(x, y, R, 0, 2 * Math.PI); c.fillStyle = g; c.fill();
  c.lineWidth = 1.5; c.strokeStyle = '#1e1b12'; c.stroke();
}
c.fillStyle = '#f8fafc'; c.font = 'bold 30px "DejaVu Sans"'; c.fillText('%s  (face-centred cubic)', 40, 52);
c.fillStyle = '#94a3b8'; c.font = '22px "DejaVu Sans"'; c.fillText('conventional cell viewed along [111]', 40, 86);
const lx = 700, ly = 300;
const g2 = c.createRadialGradient(lx - 8, ly - 9, 2, lx, ly, 22);
g2.addColorStop(0, '#fff7c2'); g2.addColorStop(0.45, '#f2c230'); g2.addColorStop(1, '#7a5200');
c.beginPath(); c.arc(lx, ly, 22, 0, 2 * Math.PI); c.fillStyle = g2; c.fill();
c.fillStyle = '#fde68a'; c.font = 'bold 30px "DejaVu Sans"'; c.fillText('%s', lx + 36, ly + 11);
c.fillStyle = '#e2e8f0'; c.font = '26px "DejaVu Sans"'; c.fillText('a = %s \u00c5', lx - 22, ly + 70);
c.strokeStyle = '#cbd5e1'; c.lineWidth = 2.6; c.beginPath(); c.moveTo(lx - 22, ly + 120); c.lineTo(lx + 30, ly + 120); c.stroke();
c.fillStyle = '#94a3b8'; c.font = '19px "DejaVu Sans"'; c.fillText('front edge', lx + 40, ly + 127);
c.setLineDash([9, 8]); c.strokeStyle = '#64748b'; c.lineWidth = 2; c.beginPath(); c.moveTo(lx - 22, ly + 158); c.lineTo(lx + 30, ly + 158); c.stroke();
c.setLineDash([]); c.fillText('hidden edge', lx + 40, ly + 165);
</script></body></html>""" % (W, H, json.dumps(atoms), json.dumps(edges), W, H, element, element, a_label)
    return _png(_chromium(html, W, H))


# ----------------------------------------------------------------------------------------------------------
# 2. pencil: hcp Zn prism
# ----------------------------------------------------------------------------------------------------------
T2 = "Zinc is hexagonal close-packed with a = 2.66 Å and c = 4.95 Å."


def _draw_pencil(wrong):
    W, H = 900, 760
    p = _Pencil(W, H, seed=541)
    s = 58.0                                             # px per Å
    a_ang, c_ang = 2.66, 4.95
    element, a_label = "Zn", "2.66"
    if wrong == "named_mg":
        # breaks "Zinc": the element is labelled Mg
        element = "Mg"
    elif wrong == "a_label_3_66":
        # breaks "a = 2.66 Å": labelled 3.66 Å
        a_label = "3.66"
    a_px = a_ang * s
    # c_equals_a breaks "c = 4.95 Å": the prism is drawn with c = a (its label still says 4.95 Å)
    c_px = (a_ang if wrong == "c_equals_a" else c_ang) * s
    ox, oy = 330, 600                                    # centre of the bottom hexagon
    sh, sq = 0.42, 0.30                                  # oblique view: depth sheared sideways and up

    def P(x, y, z):
        return (ox + x + sh * y, oy + sq * y - z)

    hexv = [(a_px * math.cos(math.radians(60 * k)), a_px * math.sin(math.radians(60 * k))) for k in range(6)]
    bottom = [P(x, y, 0) for (x, y) in hexv]
    top = [P(x, y, c_px) for (x, y) in hexv]
    view = (-sh, 1.0, sq)                                # towards the viewer

    def face_visible(i):                                 # lateral face between vertices i and i + 1
        phi = math.radians(60 * i + 30)
        return math.cos(phi) * view[0] + math.sin(phi) * view[1] > 0

    for i in range(6):
        j = (i + 1) % 6
        if face_visible(i):
            p.line(bottom[i], bottom[j], width=2.2)
        else:
            p.dashed(bottom[i], bottom[j], width=1.4, dark=170)
        p.line(top[i], top[j], width=2.2)
    for i in range(6):
        if face_visible(i) or face_visible((i - 1) % 6):
            p.line(bottom[i], top[i], width=2.2)
        else:
            p.dashed(bottom[i], top[i], width=1.4, dark=170)
    # atoms: 12 corners, 2 basal centres, 3 inside at z = c/2 (hcp, the B layer)
    r = 17

    def atom(xy, shade=False):
        p.circle(xy, r, width=1.8, passes=2, amp=0.4)
        if shade:
            p.hatch_ellipse(xy, r, r, spacing=5.5, dark=150)

    for v in bottom + top:
        atom(v)
    atom(P(0, 0, 0))
    atom(P(0, 0, c_px))
    # middle_layer_dropped breaks "hexagonal close-packed": the B layer at z = c/2 is left out
    if wrong != "middle_layer_dropped":
        # middle layer at fractional (1/3, 2/3, 1/2)-type positions: triangle centres of alternate triangles
        for k in (0, 2, 4):
            ang = math.radians(60 * k + 30)
            rr = a_px / math.sqrt(3)
            atom(P(rr * math.cos(ang), rr * math.sin(ang), c_px / 2), shade=True)
    # dimensions: a along the front edge, c along the right vertical edge
    f0, f1 = bottom[1], bottom[2]
    ya = f0[1] + 46
    p.line((f1[0], f0[1] + 14), (f1[0], ya + 10), width=1.0, passes=1, dark=160)
    p.line((f0[0], f0[1] + 14), (f0[0], ya + 10), width=1.0, passes=1, dark=160)
    p.arrow((f1[0] + a_px / 2, ya), (f1[0] + 2, ya), head=11, width=1.3, passes=1)
    p.arrow((f1[0] + a_px / 2, ya), (f0[0] - 2, ya), head=11, width=1.3, passes=1)
    p.text((f1[0] + a_px / 2, ya + 34), "a = %s Å" % a_label, size=30, anchor="c")
    e0, e1 = bottom[0], top[0]
    xc = e0[0] + 60
    p.line((e0[0] + 22, e0[1]), (xc + 12, e0[1]), width=1.0, passes=1, dark=160)
    p.line((e1[0] + 22, e1[1]), (xc + 12, e1[1]), width=1.0, passes=1, dark=160)
    mid = (e0[1] + e1[1]) / 2
    p.arrow((xc, mid), (xc, e1[1] + 2), head=11, width=1.3, passes=1)
    p.arrow((xc, mid), (xc, e0[1] - 2), head=11, width=1.3, passes=1)
    p.text((xc + 18, mid), "c = 4.95 Å", size=30)
    p.text((40, 50), "%s - hcp" % element, size=40, font="dejavu/DejaVuSans-BoldOblique.ttf")
    p.circle((60, 120), 14, width=1.6, passes=2, amp=0.3)
    p.text((86, 120), "%s at z = 0, c" % element, size=24)
    p.circle((60, 166), 14, width=1.6, passes=2, amp=0.3)
    p.hatch_ellipse((60, 166), 14, 14, spacing=5.5, dark=150)
    p.text((86, 166), "%s at z = c/2" % element, size=24)
    return _png(p.render())


# ----------------------------------------------------------------------------------------------------------
# 3. fluorite CaF2, flat print, phone photo
# ----------------------------------------------------------------------------------------------------------
T3 = "Calcium fluoride has the fluorite structure with a = 5.46 Å."


def _draw_photo(wrong):
    S = 2
    W, H = 980, 760
    a_ang = 5.46
    A = 64.0 * a_ang                                     # 64 px per Å
    ox, oy = 190, 610
    k = 0.5                                              # cabinet projection: depth at 30°, half length
    cat, an, formula, a_label = "Ca", "F", "CaF\u2082", "5.46"
    cation_sites = _unit_cell("fcc")
    anion_sites = [(x, y, z) for x in (0.25, 0.75) for y in (0.25, 0.75) for z in (0.25, 0.75)]
    if wrong == "four_fluorines":
        # breaks the fluorite structure (CaF2, F in all 8 tetrahedral holes): only 4 F are drawn
        anion_sites = [t for t in anion_sites if round(4 * sum(t)) % 4 == 3]
    elif wrong == "swapped_sites":
        # breaks Ca on the fcc sites and F in the tetrahedral holes: the two are swapped
        cation_sites, anion_sites = anion_sites, cation_sites
    elif wrong == "a_label_5_64":
        # breaks "a = 5.46 Å": labelled 5.64 Å
        a_label = "5.64"
    elif wrong == "named_srf2":
        # breaks "Calcium fluoride": the cation is named Sr (SrF2)
        cat, formula = "Sr", "SrF\u2082"

    def P(p):
        x, y, z = p
        return (ox + A * (x + k * y * math.cos(math.radians(30))), oy - A * (z + k * y * math.sin(math.radians(30))))

    img = Image.new("RGB", (W * S, H * S), (255, 255, 255))
    d = ImageDraw.Draw(img)
    colours = {"cat": ((64, 160, 90), (24, 80, 40)), "an": ((240, 190, 60), (130, 90, 10))}
    radius = {"cat": 21, "an": 16}
    items = [(y, "cat", (x, y, z)) for (x, y, z) in cation_sites] + [(y, "an", (x, y, z)) for (x, y, z) in anion_sites]
    # cube edges, hidden ones (touching the back-left-bottom corner) thinner
    for (p, q) in _edges():
        P1, P2 = P(p), P(q)
        hidden = (0, 1, 0) in (p, q)
        col = (150, 150, 150) if hidden else (40, 40, 40)
        d.line([(P1[0] * S, P1[1] * S), (P2[0] * S, P2[1] * S)], fill=col, width=(2 if hidden else 3) * S)
    # Ca-F bonds (each anion to its four nearest cations)
    cats = [c for c in cation_sites]
    for an_site in anion_sites:
        for c_site in cats:
            dd = math.dist(an_site, c_site)
            if abs(dd - math.sqrt(3) / 4) < 1e-6:
                P1, P2 = P(an_site), P(c_site)
                d.line([(P1[0] * S, P1[1] * S), (P2[0] * S, P2[1] * S)], fill=(170, 170, 190), width=2 * S)
    for (_, kind, site) in sorted(items, key=lambda t: -t[0]):
        x, y = P(site)
        r = radius[kind]
        fill, edge = colours[kind]
        d.ellipse([(x - r) * S, (y - r) * S, (x + r) * S, (y + r) * S], fill=fill, outline=edge, width=2 * S)
        d.ellipse([(x - r * 0.45) * S, (y - r * 0.6) * S, (x - r * 0.05) * S, (y - r * 0.2) * S],
                  fill=tuple(min(255, v + 70) for v in fill))
    img = img.resize((W, H), Image.LANCZOS)
    d = ImageDraw.Draw(img)
    fb = _font("dejavu/DejaVuSerif-Bold.ttf", 30)
    f = _font("dejavu/DejaVuSerif.ttf", 24)
    d.text((40, 30), "Fluorite structure of %s" % formula, font=fb, fill=(20, 20, 20))
    # dimension line under the front bottom edge
    x0, y0 = P((0, 0, 0))
    x1, _ = P((1, 0, 0))
    yd = y0 + 48
    d.line([(x0, y0 + 26), (x0, yd + 10)], fill=(60, 60, 60), width=1)
    d.line([(x1, y0 + 26), (x1, yd + 10)], fill=(60, 60, 60), width=1)
    d.line([(x0, yd), (x1, yd)], fill=(30, 30, 30), width=2)
    for (xa, sgn) in ((x0, 1), (x1, -1)):
        d.polygon([(xa, yd), (xa + 14 * sgn, yd - 6), (xa + 14 * sgn, yd + 6)], fill=(30, 30, 30))
    d.text(((x0 + x1) / 2, yd + 24), "a = %s Å" % a_label, font=f, fill=(20, 20, 20), anchor="mm")
    # legend
    lx, ly = 835, 200
    for i, (kind, name) in enumerate((("cat", cat), ("an", an))):
        fill, edge = colours[kind]
        r = radius[kind]
        yy = ly + 60 * i
        d.ellipse([lx - r, yy - r, lx + r, yy + r], fill=fill, outline=edge, width=2)
        d.text((lx + 36, yy), name, font=fb, fill=(20, 20, 20), anchor="lm")
    return _png(_phone_photo(img, seed=543, angle=1.3, light_from=(0.8, 0.3)))


def cases():
    return [
        {"id": "h5-crystal-canvas-dark", "text": T1, "tool": "headless Chromium (canvas)", "style": "dark",
         "draw": _draw_canvas,
         "wrongs": ["face_centres_dropped", "named_copper", "a_label_4_80", "viewed_001"]},
        {"id": "h5-crystal-pencil", "text": T2, "tool": "PIL pencil sketch", "style": "pencil",
         "draw": _draw_pencil,
         "wrongs": ["middle_layer_dropped", "named_mg", "c_equals_a", "a_label_3_66"]},
        {"id": "h5-crystal-fluorite-photo", "text": T3, "tool": "PIL print + phone photo", "style": "photo",
         "draw": _draw_photo,
         "wrongs": ["four_fluorines", "swapped_sites", "a_label_5_64", "named_srf2"]},
    ]
