"""Held-out set 5, mechanics: figures drawn by other tools (an outside helper's set; see README.md here).

h5-mechanics-svg-chromium   hand-written SVG worksheet screenshot by headless Chromium (force arrows to scale)
h5-mechanics-dark-pil       dark-mode free-body sketch on a 20° ramp drawn with PIL (2x supersampled)
h5-mechanics-pencil-photo   pencil sketch of a crate pulled by a rope, then a phone photo of the page
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

SCIENCE = "mechanics"
_G = 9.8


# ----------------------------------------------------------------------------------------------------------
# 1. SVG in Chromium: a 2 kg ball hanging from a string
# ----------------------------------------------------------------------------------------------------------
T1 = "A 2 kg ball hangs from a string attached to the ceiling."


def _draw_svg(wrong):
    W, H = 760, 760
    mass = "2"
    k = 6.0                                              # px per newton
    w_n = 2 * _G                                         # 19.6 N
    balls = [380]
    draw_string, draw_t = True, True
    if wrong == "mass_3":
        # breaks "A 2 kg ball": labelled 3 kg
        mass = "3"
    elif wrong == "tension_missing":
        # breaks the string pulling on the ball (tension): the T arrow is left out
        draw_t = False
    elif wrong == "string_missing":
        # breaks "hangs from a string attached to the ceiling": no string is drawn
        draw_string = False
    elif wrong == "two_balls":
        # breaks "A 2 kg ball" (one ball): a second ball hangs beside it
        balls = [250, 520]
    ceil_y, ball_y, r = 175, 520, 46
    parts = ['<rect width="%d" height="%d" fill="#fffdf7"/>' % (W, H)]
    parts.append('<text x="36" y="52" font-family="Liberation Sans" font-size="28" font-weight="bold" fill="#1f2937">'
                 'Problem 2</text><text x="36" y="84" font-family="Liberation Sans" font-size="20" fill="#4b5563">'
                 'Free-body diagram of the hanging ball (1 N = 6 px)</text>')
    parts.append('<rect x="120" y="%d" width="520" height="14" fill="#6b7280"/>' % (ceil_y - 14))
    for i in range(27):
        x = 120 + 20 * i
        parts.append('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#6b7280" stroke-width="2"/>'
                     % (x, ceil_y - 14, x + 16, ceil_y - 32))
    parts.append('<text x="650" y="%d" font-family="Liberation Sans" font-size="20" fill="#374151">ceiling</text>'
                 % (ceil_y - 2))
    for bx in balls:
        if draw_string:
            parts.append('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#92400e" stroke-width="3"/>'
                         % (bx, ceil_y, bx, ball_y - r))
            parts.append('<circle cx="%d" cy="%d" r="5" fill="#374151"/>' % (bx, ceil_y))
        parts.append('<circle cx="%d" cy="%d" r="%d" fill="url(#ballg)" stroke="#1e3a8a" stroke-width="3"/>'
                     % (bx, ball_y, r))
        parts.append('<text x="%d" y="%d" text-anchor="middle" font-family="Liberation Sans" font-size="24" '
                     'font-weight="bold" fill="#ffffff">%s kg</text>' % (bx, ball_y + 8, mass))
        # weight, from the centre downwards, to scale
        parts.append('<line x1="%d" y1="%d" x2="%d" y2="%.1f" stroke="#b91c1c" stroke-width="4" '
                     'marker-end="url(#arr)"/>' % (bx, ball_y + r, bx, ball_y + r + w_n * k))
        parts.append('<text x="%d" y="%.1f" font-family="Liberation Serif" font-size="25" font-style="italic" '
                     'fill="#b91c1c">W = mg = 19.6 N</text>' % (bx + 14, ball_y + r + w_n * k - 4))
        if draw_t:
            parts.append('<line x1="%d" y1="%d" x2="%d" y2="%.1f" stroke="#047857" stroke-width="4" '
                         'marker-end="url(#arr)"/>' % (bx + 2, ball_y - r, bx + 2, ball_y - r - w_n * k))
            parts.append('<text x="%d" y="%.1f" font-family="Liberation Serif" font-size="25" font-style="italic" '
                         'fill="#047857">T = 19.6 N</text>' % (bx + 14, ball_y - r - w_n * k / 2))
    if draw_string:
        parts.append('<text x="%d" y="%d" font-family="Liberation Sans" font-size="20" fill="#92400e" '
                     'text-anchor="end">string</text>' % (balls[0] - 14, (ceil_y + ball_y - r) // 2 + 40))
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d"><defs>'
           '<radialGradient id="ballg" cx="0.35" cy="0.35" r="0.75"><stop offset="0" stop-color="#93c5fd"/>'
           '<stop offset="1" stop-color="#1d4ed8"/></radialGradient>'
           '<marker id="arr" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto">'
           '<path d="M0,0 L10,5 L0,10 z" fill="context-stroke"/></marker></defs>%s</svg>' % (W, H, "".join(parts)))
    html = "<!DOCTYPE html><html><head><meta charset='utf-8'></head><body style='margin:0'>%s</body></html>" % svg
    return _png(_chromium(html, W, H))


# ----------------------------------------------------------------------------------------------------------
# 2. dark PIL: an 8 kg block sliding down a 20° ramp with 10 N of friction
# ----------------------------------------------------------------------------------------------------------
T2 = "An 8 kg block slides down a ramp inclined at 20 degrees with a friction force of 10 N."


def _draw_dark(wrong):
    S = 2
    W, H = 1040, 700
    ang = 20.0
    mass, f_label = "8", "10"
    friction_up = True
    if wrong == "ramp_35":
        # breaks "inclined at 20 degrees": the ramp is drawn at 35° (its label still says 20°)
        ang = 35.0
    elif wrong == "friction_15":
        # breaks "a friction force of 10 N": labelled 15 N
        f_label = "15"
    elif wrong == "friction_down_slope":
        # breaks friction opposing the sliding (down the slope): the friction arrow points down the slope
        friction_up = False
    elif wrong == "mass_6":
        # breaks "An 8 kg block": labelled 6 kg
        mass = "6"
    th = math.radians(ang)
    k = 2.2                                              # px per newton (W and N to scale)
    Wn = 8 * _G
    Nn = Wn * math.cos(th)
    fn = 10.0
    x0, y0 = 140, 630                                    # bottom-left corner of the ramp
    Lr = 720
    top = (x0 + Lr, y0 - Lr * math.tan(th))
    img = Image.new("RGB", (W * S, H * S), (17, 20, 28))
    d = ImageDraw.Draw(img)

    def P(p):
        return (p[0] * S, p[1] * S)

    d.polygon([P((x0, y0)), P((x0 + Lr, y0)), P(top)], fill=(38, 44, 58))
    d.line([P((x0, y0)), P(top)], fill=(226, 232, 240), width=4 * S)
    d.line([P((x0 + Lr, y0)), P(top)], fill=(148, 163, 184), width=2 * S)
    d.line([P((40, y0)), P((W - 40, y0))], fill=(148, 163, 184), width=3 * S)
    for i in range(0, W - 80, 24):
        d.line([P((40 + i, y0 + 2)), P((40 + i - 14, y0 + 18))], fill=(71, 85, 105), width=2 * S)
    # block on the slope, 55% of the way up
    u = (math.cos(th), -math.sin(th))                    # up the slope (screen coordinates)
    nrm = (-math.sin(th), -math.cos(th))                 # out of the surface
    sdist = 0.55 * Lr / math.cos(th)
    bw, bh = 130, 86
    base = (x0 + u[0] * sdist, y0 + u[1] * sdist)
    corners = [base, (base[0] + u[0] * bw, base[1] + u[1] * bw),
               (base[0] + u[0] * bw + nrm[0] * bh, base[1] + u[1] * bw + nrm[1] * bh),
               (base[0] + nrm[0] * bh, base[1] + nrm[1] * bh)]
    d.polygon([P(c) for c in corners], fill=(59, 130, 246), outline=(191, 219, 254), width=3 * S)
    cx = sum(c[0] for c in corners) / 4
    cy = sum(c[1] for c in corners) / 4

    def arrow(p, vec, col, w=4):
        q = (p[0] + vec[0], p[1] + vec[1])
        d.line([P(p), P(q)], fill=col, width=w * S)
        n = math.hypot(*vec)
        ux, uy = vec[0] / n, vec[1] / n
        hl, hw = 20, 9
        d.polygon([P(q), P((q[0] - ux * hl - uy * hw, q[1] - uy * hl + ux * hw)),
                   P((q[0] - ux * hl + uy * hw, q[1] - uy * hl - ux * hw))], fill=col)
        return q

    qW = arrow((cx, cy), (0, Wn * k), (248, 113, 113))
    qN = arrow((cx, cy), (nrm[0] * Nn * k, nrm[1] * Nn * k), (74, 222, 128))
    # friction acts along the contact face; drawn from the block's edge so that it shows beyond the block
    if friction_up:
        fdir, edge = u, (base[0] + u[0] * bw, base[1] + u[1] * bw)
    else:
        fdir, edge = (-u[0], -u[1]), base
    fstart = (edge[0] + nrm[0] * 8, edge[1] + nrm[1] * 8)
    qf = arrow(fstart, (fdir[0] * fn * k * 2.6, fdir[1] * fn * k * 2.6), (251, 191, 36))
    # motion: sliding down the slope (a thin arrow above the block)
    vs = (base[0] + nrm[0] * (bh + 40) + u[0] * 100, base[1] + nrm[1] * (bh + 40) + u[1] * 100)
    arrow(vs, (-u[0] * 110, -u[1] * 110), (203, 213, 225), w=2)
    # angle arc
    d.arc([P((x0 - 110, y0 - 110)), P((x0 + 110, y0 + 110))], start=-ang, end=0,
          fill=(226, 232, 240), width=2 * S)
    img = img.resize((W, H), Image.LANCZOS)
    d = ImageDraw.Draw(img)
    f = _font("dejavu/DejaVuSans.ttf", 24)
    fi = _font("dejavu/DejaVuSerif-Italic.ttf", 26)
    d.text((40, 30), "Block sliding down a rough ramp", font=_font("dejavu/DejaVuSans-Bold.ttf", 30),
           fill=(241, 245, 249))
    d.text((cx, cy), "%s kg" % mass, font=_font("dejavu/DejaVuSans-Bold.ttf", 26), fill=(255, 255, 255),
           anchor="mm")
    d.text((x0 + 122, y0 - 22), "20\u00b0", font=f, fill=(226, 232, 240), anchor="lm")
    d.text((qW[0] + 14, qW[1] - 10), "W = mg", font=fi, fill=(248, 113, 113), anchor="lm")
    d.text((qN[0] - 12, qN[1] - 16), "N", font=fi, fill=(74, 222, 128), anchor="rm")
    d.text((qf[0] + (16 if friction_up else -16), qf[1] - 22), "f = %s N" % f_label, font=fi,
           fill=(251, 191, 36), anchor="lm" if friction_up else "rm")
    vend = (vs[0] - u[0] * 110, vs[1] - u[1] * 110)
    d.text(((vs[0] + vend[0]) / 2 - 10, (vs[1] + vend[1]) / 2 - 24), "slides", font=f, fill=(203, 213, 225),
           anchor="mm")
    return _png(img)


# ----------------------------------------------------------------------------------------------------------
# 3. pencil + phone photo: a 5 kg crate pulled by 50 N at 30° above the horizontal
# ----------------------------------------------------------------------------------------------------------
T3 = ("A 5 kg crate is pulled along a horizontal floor by a force of 50 N at 30 degrees above the "
      "horizontal.")


def _draw_pencil_photo(wrong):
    W, H = 980, 620
    p = _Pencil(W, H, seed=621, paper=(250, 249, 243))
    ang = 30.0
    mass, force = "5", "50"
    if wrong == "angle_60":
        # breaks "at 30 degrees": the pull is drawn at 60° (its label still says 30°)
        ang = 60.0
    elif wrong == "force_40":
        # breaks "a force of 50 N": labelled 40 N
        force = "40"
    elif wrong == "mass_8":
        # breaks "A 5 kg crate": labelled 8 kg
        mass = "8"
    elif wrong == "below_horizontal":
        # breaks "above the horizontal": the force is drawn 30° below the horizontal (pushing down)
        ang = -30.0
    floor = 470
    p.line((40, floor), (W - 40, floor), width=2.6)
    for x in range(50, W - 50, 22):
        p.line((x, floor + 4), (x - 14, floor + 20), width=1.2, passes=1, dark=150, overshoot=0)
    bx0, bx1, by0 = 300, 500, floor - 150
    p.poly([(bx0, floor), (bx1, floor), (bx1, by0), (bx0, by0)], width=2.6)
    p.line((bx0, by0), (bx1, floor), width=1.2, passes=1, dark=120)
    p.line((bx0, floor), (bx1, by0), width=1.2, passes=1, dark=120)
    p.text(((bx0 + bx1) / 2 + 30, by0 + 40), "%s kg" % mass, size=34, anchor="c",
           font="dejavu/DejaVuSans-BoldOblique.ttf")
    # the pull, from the right edge of the crate, 5 px per newton
    att = (bx1, by0 + 6)
    Lf = 50 * 5.0
    th = math.radians(ang)
    tip = (att[0] + Lf * math.cos(th), att[1] - Lf * math.sin(th))
    p.arrow(att, tip, head=20, width=3.0, colour=(40, 60, 150))
    p.dashed(att, (att[0] + 210, att[1]), width=1.2, dark=150)
    a0, a1 = (0.0, th) if th > 0 else (th, 0.0)
    p.arc(att, 80, a0, a1, width=1.6)
    mid = (a0 + a1) / 2
    p.text((att[0] + 100 * math.cos(mid), att[1] - 100 * math.sin(mid)), "30°", size=28)
    p.text((tip[0] + 14, tip[1] - 10), "F = %s N" % force, size=30, colour=(40, 60, 150))
    # weight and normal force (not to the 5 px/N scale of F; sketched)
    ax = bx0 + 45
    p.arrow((ax, (by0 + floor) / 2 + 10), (ax, floor + 110), head=16, width=2.2, colour=(150, 40, 40))
    p.text((ax + 12, floor + 110), "W = mg", size=26, colour=(150, 40, 40))
    p.arrow((ax, (by0 + floor) / 2 - 10), (ax, by0 - 100), head=16, width=2.2, colour=(40, 120, 60))
    p.text((ax + 12, by0 - 100), "N", size=28, colour=(40, 120, 60))
    p.text((40, 50), "Q3.  Crate pulled by a rope", size=32, font="dejavu/DejaVuSans-BoldOblique.ttf")
    img = p.render()
    return _png(_phone_photo(img, seed=623, angle=-1.2, light_from=(0.85, 0.2), blur=1.0))


def cases():
    return [
        {"id": "h5-mechanics-svg-chromium", "text": T1, "tool": "headless Chromium (SVG)", "style": "worksheet",
         "draw": _draw_svg, "wrongs": ["mass_3", "tension_missing", "string_missing", "two_balls"]},
        {"id": "h5-mechanics-dark-pil", "text": T2, "tool": "PIL (2x supersampled)", "style": "dark",
         "draw": _draw_dark, "wrongs": ["ramp_35", "friction_15", "friction_down_slope", "mass_6"]},
        {"id": "h5-mechanics-pencil-photo", "text": T3, "tool": "PIL pencil sketch + phone photo",
         "style": "pencil, photo", "draw": _draw_pencil_photo,
         "wrongs": ["angle_60", "force_40", "mass_8", "below_horizontal"]},
    ]
