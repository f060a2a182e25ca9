"""Held-out set 5, sets: figures drawn by other tools (an outside helper's set; see README.md here).

h5-sets-plotly-chromium     plotly (shapes + annotations, ggplot2 template) written as HTML with plotly.js
                            inline, screenshot by headless Chromium
h5-sets-pencil              coloured-pencil sketch, three circles in a row, hand-lettered numbers
h5-sets-canvas-photo        HTML <canvas> worksheet drawn by headless Chromium, then a phone photo of it
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

SCIENCE = "sets"


# ----------------------------------------------------------------------------------------------------------
# 1. plotly -> HTML -> Chromium
# ----------------------------------------------------------------------------------------------------------
T1 = "Let X = {1, 3, 5, 7} and Y = {5, 7, 9}."


def _draw_plotly(wrong):
    import plotly.graph_objects as go
    elems = {"1": (-1.05, 0.75), "3": (-1.05, -0.75), "5": (1.2, 0.7), "7": (1.2, -0.7), "9": (3.45, 0.0)}
    if wrong == "five_x_only":
        # breaks 5 ∈ Y: 5 is drawn in X outside Y
        elems["5"] = (-0.55, 0.0)
    elif wrong == "nine_dropped":
        # breaks Y = {5, 7, 9}: 9 is missing
        del elems["9"]
    elif wrong == "one_in_y":
        # breaks 1 ∈ X (and puts 1 in Y): 1 is drawn in Y outside X
        elems["1"] = (3.35, 0.95)
    elif wrong == "extra_eight":
        # breaks Y = {5, 7, 9}: an element 8 is added to Y
        elems["8"] = (3.35, -0.95)
    fig = go.Figure()
    fig.add_shape(type="circle", x0=-2.0, y0=-2.0, x1=2.0, y1=2.0, line=dict(color="#1f77b4", width=4),
                  fillcolor="rgba(31,119,180,0.18)", opacity=1, layer="above")
    fig.add_shape(type="circle", x0=0.4, y0=-2.0, x1=4.4, y1=2.0, line=dict(color="#d62728", width=4),
                  fillcolor="rgba(214,39,40,0.16)", opacity=1, layer="above")
    fig.add_annotation(x=-1.75, y=2.05, text="<b>X</b>", showarrow=False, font=dict(size=34, color="#1f77b4",
                       family="Liberation Serif"), xanchor="right")
    fig.add_annotation(x=4.15, y=2.05, text="<b>Y</b>", showarrow=False, font=dict(size=34, color="#d62728",
                       family="Liberation Serif"), xanchor="left")
    for name, (x, y) in elems.items():
        fig.add_trace(go.Scatter(x=[x], y=[y], mode="markers+text", text=[name], textposition="middle right",
                                 marker=dict(size=9, color="#333333"),
                                 textfont=dict(size=26, family="DejaVu Sans", color="#222222"),
                                 showlegend=False, hoverinfo="skip"))
    fig.update_layout(template="ggplot2", width=900, height=620,
                      title=dict(text="Venn diagram: X and Y", x=0.5, font=dict(size=24, family="DejaVu Sans")),
                      margin=dict(l=30, r=30, t=70, b=30),
                      xaxis=dict(range=[-2.9, 5.3], showticklabels=False, ticks="", zeroline=False, title=None),
                      yaxis=dict(range=[-2.6, 2.7], showticklabels=False, ticks="", zeroline=False, title=None,
                                 scaleanchor="x", scaleratio=1))
    html = fig.to_html(include_plotlyjs=True, full_html=True, config={"staticPlot": True})
    html = html.replace("<head>", "<head><style>html, body {margin: 0; padding: 0; background: #ffffff}</style>", 1)
    return _png(_chromium(html, 900, 620, budget_ms=4000))


# ----------------------------------------------------------------------------------------------------------
# 2. coloured-pencil sketch
# ----------------------------------------------------------------------------------------------------------
T2 = "Let A = {1, 2}, B = {2, 3} and C = {3, 4}."


def _draw_pencil(wrong):
    W, H = 960, 560
    p = _Pencil(W, H, seed=521)
    r = 150
    cA, cB, cC = (250, 300), (480, 300), (710, 300)
    blue, red, green = (40, 70, 170), (180, 40, 40), (30, 120, 60)
    p.circle(cA, r, colour=blue, width=2.4)
    p.circle(cB, r, colour=red, width=2.4)
    p.circle(cC, r, colour=green, width=2.4)
    p.text((cA[0] - 120, 120), "A", size=44, colour=blue, font="dejavu/DejaVuSerif-BoldItalic.ttf")
    p.text((cB[0] - 14, 110), "B", size=44, colour=red, font="dejavu/DejaVuSerif-BoldItalic.ttf")
    p.text((cC[0] + 95, 120), "C", size=44, colour=green, font="dejavu/DejaVuSerif-BoldItalic.ttf")
    elems = {"1": (185, 300), "2": (365, 300), "3": (595, 300), "4": (775, 300)}
    if wrong == "two_a_only":
        # breaks 2 ∈ B: 2 is drawn in A outside B
        elems["2"] = (185, 370)
    elif wrong == "four_dropped":
        # breaks C = {3, 4}: 4 is missing
        del elems["4"]
    elif wrong == "one_in_ab":
        # breaks B = {2, 3}: 1 is drawn in the overlap of A and B
        elems["1"] = (365, 230)
    elif wrong == "extra_five":
        # breaks B = {2, 3}: an element 5 is added to B
        elems["5"] = (480, 410)
    for name, (x, y) in elems.items():
        p.text((x, y), name, size=40, anchor="c", font="dejavu/DejaVuSans.ttf", tilt=5)
    return _png(p.render())


# ----------------------------------------------------------------------------------------------------------
# 3. <canvas> worksheet in Chromium, then a phone photo
# ----------------------------------------------------------------------------------------------------------
T3 = "Let U = {1, 2, 3, 4, 5, 6} and A = {2, 4, 6}; A is a subset of U."


def _draw_canvas_photo(wrong):
    W, H = 860, 600
    A = (470, 330, 160)
    elems = {"1": (160, 220), "3": (175, 470), "5": (745, 500), "2": (420, 250), "4": (530, 330), "6": (420, 410)}
    if wrong == "four_outside_a":
        # breaks 4 ∈ A: 4 is drawn in U outside A
        elems["4"] = (720, 200)
    elif wrong == "five_in_a":
        # breaks 5 ∉ A (A = {2, 4, 6}): 5 is drawn inside A
        elems["5"] = (560, 430)
    elif wrong == "a_crosses_u":
        # breaks "A is a subset of U": A's circle runs out over U's edge
        A = (610, 330, 215)
        elems.update({"2": (560, 250), "4": (670, 330), "6": (560, 410), "5": (300, 500)})
    elif wrong == "three_dropped":
        # breaks U = {1, ..., 6}: 3 is missing
        del elems["3"]
    js_elems = ",".join('["%s",%d,%d]' % (k, x, y) for k, (x, y) in sorted(elems.items()))
    html = """<!DOCTYPE html><html><head><meta charset='utf-8'></head>
<body style="margin:0;background:#ffffff"><canvas id="c" width="%d" height="%d"></canvas>
<script>
const c = document.getElementById('c').getContext('2d');
c.fillStyle = '#ffffff'; c.fillRect(0, 0, %d, %d);
c.fillStyle = '#222'; c.font = 'bold 24px "Liberation Sans"'; c.fillText('Exercise 4.', 40, 44);
c.lineWidth = 3; c.strokeStyle = '#333';
c.beginPath(); c.roundRect(60, 80, 740, 480, 26); c.stroke();
c.font = 'italic 38px "Liberation Serif"'; c.fillStyle = '#333'; c.fillText('U', 78, 126);
c.beginPath(); c.arc(%d, %d, %d, 0, 2 * Math.PI);
c.fillStyle = 'rgba(255, 170, 0, 0.22)'; c.fill(); c.strokeStyle = '#c26a00'; c.lineWidth = 3.5; c.stroke();
c.fillStyle = '#c26a00'; c.font = 'italic bold 38px "Liberation Serif"';
c.fillText('A', %d, %d);
c.fillStyle = '#111'; c.font = '32px "Liberation Sans"'; c.textAlign = 'center'; c.textBaseline = 'middle';
for (const [t, x, y] of [%s]) { c.beginPath(); c.arc(x - 24, y, 4, 0, 2 * Math.PI); c.fill(); c.fillText(t, x, y); }
</script></body></html>""" % (W, H, W, H, A[0], A[1], A[2], A[0] + int(A[2] * 0.74), A[1] - int(A[2] * 0.80),
                             js_elems)
    img = _chromium(html, W, H)
    return _png(_phone_photo(img, seed=523, angle=2.3, light_from=(0.15, 0.85)))


def cases():
    return [
        {"id": "h5-sets-plotly-chromium", "text": T1, "tool": "plotly 7 (HTML) + headless Chromium",
         "style": "ggplot2 template", "draw": _draw_plotly,
         "wrongs": ["five_x_only", "nine_dropped", "one_in_y", "extra_eight"]},
        {"id": "h5-sets-pencil", "text": T2, "tool": "PIL pencil sketch", "style": "coloured pencil",
         "draw": _draw_pencil, "wrongs": ["two_a_only", "four_dropped", "one_in_ab", "extra_five"]},
        {"id": "h5-sets-canvas-photo", "text": T3, "tool": "headless Chromium (canvas) + phone photo",
         "style": "photo", "draw": _draw_canvas_photo,
         "wrongs": ["four_outside_a", "five_in_a", "a_crosses_u", "three_dropped"]},
    ]
