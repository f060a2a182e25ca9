"""Held-out set 5, automata: figures drawn by other tools (an outside helper's set; see README.md here).

h5-automata-svg-chromium    hand-written SVG state diagram (hand-placed states, quadratic curves) screenshot by
                            headless Chromium
h5-automata-dark-pil        dark-mode state diagram with glowing outlines drawn with PIL + numpy
h5-automata-pencil-photo    pencil sketch of an NFA, then a phone photo of the page
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

SCIENCE = "automata"


def _edge_points(c1, c2, r1, r2, bend):
    """Start, control and end points of a curved edge between two circles (bend: sideways offset in px)."""
    (x1, y1), (x2, y2) = c1, c2
    mx, my = (x1 + x2) / 2, (y1 + y2) / 2
    dx, dy = x2 - x1, y2 - y1
    L = math.hypot(dx, dy)
    nx, ny = -dy / L, dx / L
    cx, cy = mx + nx * bend, my + ny * bend

    def toward(px, py, qx, qy, r):
        vx, vy = qx - px, qy - py
        n = math.hypot(vx, vy)
        return px + vx / n * r, py + vy / n * r

    s = toward(x1, y1, cx, cy, r1)
    e = toward(x2, y2, cx, cy, r2)
    # label position: the curve's midpoint pushed a little further out
    lm = (0.25 * s[0] + 0.5 * cx + 0.25 * e[0], 0.25 * s[1] + 0.5 * cy + 0.25 * e[1])
    side = 1 if bend >= 0 else -1
    lab = (lm[0] + nx * 20 * side, lm[1] + ny * 20 * side)
    return s, (cx, cy), e, lab


# ----------------------------------------------------------------------------------------------------------
# 1. SVG in Chromium: DFA q0, q1, q2
# ----------------------------------------------------------------------------------------------------------
T1 = ("A DFA with states q0, q1 and q2; q0 is the start state and q2 is accepting; q0 goes to q1 on 0, q1 goes "
      "to q2 on 1, q1 goes to q0 on 0, and q2 loops on 1.")


def _draw_svg(wrong):
    W, H = 1000, 520
    pos = {"q0": (220, 290), "q1": (500, 290), "q2": (780, 290)}
    r = 44
    edges = [("q0", "q1", "0", 60), ("q1", "q2", "1", 0), ("q1", "q0", "0", 60)]
    loop = ("q2", "1")
    accepting, start = {"q2"}, "q0"
    if wrong == "q1_q0_reversed":
        # breaks "q1 goes to q0 on 0": the edge is drawn from q0 to q1
        edges[2] = ("q0", "q1", "0", -60)
    elif wrong == "q2_plain":
        # breaks "q2 is accepting": q2 is drawn with a single ring
        accepting = set()
    elif wrong == "start_on_q1":
        # breaks "q0 is the start state": the start arrow points at q1
        start = "q1"
    elif wrong == "loop_symbol_0":
        # breaks "q2 loops on 1": the self-loop is labelled 0
        loop = ("q2", "0")
    parts = ['<rect width="%d" height="%d" fill="#fbfaf7"/>' % (W, H),
             '<text x="30" y="48" font-family="Liberation Serif" font-size="28" font-weight="bold">DFA M</text>']
    for (a, b, sym, bend) in edges:
        s, c, e, lab = _edge_points(pos[a], pos[b], r, r, bend)
        parts.append('<path d="M %.1f %.1f Q %.1f %.1f %.1f %.1f" fill="none" stroke="#1f2937" stroke-width="2.6" '
                     'marker-end="url(#ah)"/>' % (s[0], s[1], c[0], c[1], e[0], e[1]))
        parts.append('<text x="%.1f" y="%.1f" text-anchor="middle" dominant-baseline="middle" '
                     'font-family="Liberation Serif" font-size="28" fill="#9a3412">%s</text>' % (lab[0], lab[1], sym))
    lx, ly = pos[loop[0]]
    parts.append('<path d="M %.1f %.1f C %.1f %.1f %.1f %.1f %.1f %.1f" fill="none" stroke="#1f2937" '
                 'stroke-width="2.6" marker-end="url(#ah)"/>'
                 % (lx - 22, ly - 38, lx - 70, ly - 140, lx + 70, ly - 140, lx + 22, ly - 38))
    parts.append('<text x="%.1f" y="%.1f" text-anchor="middle" font-family="Liberation Serif" font-size="28" '
                 'fill="#9a3412">%s</text>' % (lx, ly - 122, loop[1]))
    for name, (x, y) in pos.items():
        parts.append('<circle cx="%d" cy="%d" r="%d" fill="#fff7ed" stroke="#1f2937" stroke-width="3"/>' % (x, y, r))
        if name in accepting:
            parts.append('<circle cx="%d" cy="%d" r="%d" fill="none" stroke="#1f2937" stroke-width="2.5"/>'
                         % (x, y, r - 8))
        parts.append('<text x="%d" y="%d" text-anchor="middle" dominant-baseline="central" '
                     'font-family="Liberation Serif" font-size="30" font-style="italic">q<tspan baseline-shift="sub" '
                     'font-size="20">%s</tspan></text>' % (x, y, name[1]))
    sx, sy = pos[start]
    if start == "q0":
        a0, a1, ta = (sx - r - 90, sy), (sx - r - 2, sy), (sx - r - 96, sy + 8, "end")
    else:
        a0, a1, ta = (sx, sy + r + 100), (sx, sy + r + 2), (sx, sy + r + 128, "middle")
    parts.append('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#1f2937" stroke-width="2.6" marker-end="url(#ah)"/>'
                 % (a0[0], a0[1], a1[0], a1[1]))
    parts.append('<text x="%d" y="%d" text-anchor="%s" font-family="Liberation Sans" font-size="22">start</text>'
                 % ta)
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d"><defs><marker id="ah" viewBox="0 0 10 10" '
           'refX="9" refY="5" markerWidth="9" markerHeight="9" orient="auto"><path d="M0,0 L10,5 L0,10 z" '
           'fill="#1f2937"/></marker></defs>%s</svg>' % (W, H, "".join(parts)))
    html = "<!DOCTYPE html><html><head><meta charset='utf-8'></head><body style='margin:0'>%s</body></html>" % svg
    return _png(_chromium(html, W, H))


# ----------------------------------------------------------------------------------------------------------
# 2. dark PIL + numpy glow: A, B, C, D in a ring
# ----------------------------------------------------------------------------------------------------------
T2 = ("An automaton with states A, B, C and D; A is the start state and D is accepting; A goes to B on x, "
      "B goes to C on y, C goes to D on x, and D goes to A on y.")


def _draw_dark(wrong):
    S = 2
    W, H = 960, 720
    pos = {"A": (280, 220), "B": (680, 220), "C": (680, 560), "D": (280, 560)}
    r = 50
    edges = [("A", "B", "x"), ("B", "C", "y"), ("C", "D", "x"), ("D", "A", "y")]
    accepting, start = {"D"}, "A"
    if wrong == "accept_on_c":
        # breaks "D is accepting": the accepting ring is on C instead
        accepting = {"C"}
    elif wrong == "c_d_symbol_y":
        # breaks "C goes to D on x": the edge is labelled y
        edges[2] = ("C", "D", "y")
    elif wrong == "start_on_b":
        # breaks "A is the start state": the start arrow points at B
        start = "B"
    elif wrong == "d_a_missing":
        # breaks "D goes to A on y": that edge is missing
        edges = edges[:3]
    glow = Image.new("L", (W * S, H * S), 0)
    g = ImageDraw.Draw(glow)
    img = Image.new("RGB", (W * S, H * S), (16, 18, 27))
    d = ImageDraw.Draw(img)
    col_state, col_edge, col_sym = (94, 234, 212), (203, 213, 225), (250, 204, 21)

    def P(p):
        return (p[0] * S, p[1] * S)

    for name, (x, y) in pos.items():
        for gd in (g, d):
            gd.ellipse([P((x - r, y - r)), P((x + r, y + r))], outline=255 if gd is g else col_state, width=4 * S)
            if name in accepting:
                gd.ellipse([P((x - r + 10, y - r + 10)), P((x + r - 10, y + r - 10))],
                           outline=255 if gd is g else col_state, width=3 * S)
    labels = []
    for (a, b, sym) in edges:
        s, c, e, lab = _edge_points(pos[a], pos[b], r + 4, r + 4, 30)
        pts = [((1 - t) ** 2 * s[0] + 2 * (1 - t) * t * c[0] + t * t * e[0],
                (1 - t) ** 2 * s[1] + 2 * (1 - t) * t * c[1] + t * t * e[1]) for t in [i / 40 for i in range(41)]]
        d.line([P(q) for q in pts], fill=col_edge, width=3 * S, joint="curve")
        vx, vy = e[0] - pts[-3][0], e[1] - pts[-3][1]
        n = math.hypot(vx, vy)
        ux, uy = vx / n, vy / n
        d.polygon([P(e), P((e[0] - ux * 20 - uy * 9, e[1] - uy * 20 + ux * 9)),
                   P((e[0] - ux * 20 + uy * 9, e[1] - uy * 20 - ux * 9))], fill=col_edge)
        labels.append((lab, sym))
    sx, sy = pos[start]
    if start == "A":
        a0, a1 = (sx - r - 110, sy), (sx - r - 4, sy)
    else:
        a0, a1 = (sx + r + 110, sy), (sx + r + 4, sy)
    d.line([P(a0), P(a1)], fill=col_edge, width=3 * S)
    ux = 1 if a1[0] > a0[0] else -1
    d.polygon([P(a1), P((a1[0] - 20 * ux, a1[1] - 9)), P((a1[0] - 20 * ux, a1[1] + 9))], fill=col_edge)
    # glow: a blurred copy of the state rings added back in the state colour
    glow = glow.filter(ImageFilter.GaussianBlur(9 * S))
    arr = np.asarray(img, dtype=np.float32)
    ga = np.asarray(glow, dtype=np.float32)[..., None] / 255.0
    arr = np.clip(arr + ga * np.array(col_state, dtype=np.float32) * 0.9, 0, 255)
    img = Image.fromarray(arr.astype(np.uint8)).resize((W, H), Image.LANCZOS)
    d = ImageDraw.Draw(img)
    fs = _font("dejavu/DejaVuSansMono-Bold.ttf", 34)
    for name, (x, y) in pos.items():
        d.text((x, y), name, font=fs, fill=(240, 253, 250), anchor="mm")
    fsym = _font("dejavu/DejaVuSansMono.ttf", 30)
    for (lx, ly), sym in labels:
        d.text((lx, ly), sym, font=fsym, fill=col_sym, anchor="mm")
    d.text((a0[0] + (-8 if start == "A" else 8), a0[1] - 26), "start", font=_font("dejavu/DejaVuSansMono.ttf", 22),
           fill=(148, 163, 184), anchor="lm" if start == "A" else "rm")
    d.text((30, 30), "automaton  { A, B, C, D }", font=_font("dejavu/DejaVuSansMono.ttf", 22), fill=(148, 163, 184))
    return _png(img)


# ----------------------------------------------------------------------------------------------------------
# 3. pencil + phone photo: NFA p0, p1, p2
# ----------------------------------------------------------------------------------------------------------
T3 = ("An NFA with states p0, p1 and p2; p0 is the start state and p2 is accepting; p0 goes to p1 on a, p0 goes "
      "to p2 on a, p1 goes to p2 on b, and p0 loops on b.")


def _draw_pencil_photo(wrong):
    W, H = 960, 620
    p = _Pencil(W, H, seed=661, paper=(250, 249, 244))
    pos = {"p0": (230, 420), "p1": (490, 200), "p2": (750, 420)}
    r = 46
    edges = [("p0", "p1", "a"), ("p0", "p2", "a"), ("p1", "p2", "b")]
    loop_on = "p0"
    accepting = {"p2"}
    if wrong == "p0_p2_missing":
        # breaks "p0 goes to p2 on a": that edge is missing
        edges = [edges[0], edges[2]]
    elif wrong == "p1_p2_reversed":
        # breaks "p1 goes to p2 on b": the edge is drawn from p2 to p1
        edges[2] = ("p2", "p1", "b")
    elif wrong == "loop_on_p1":
        # breaks "p0 loops on b": the self-loop is drawn on p1
        loop_on = "p1"
    elif wrong == "p2_plain":
        # breaks "p2 is accepting": p2 is drawn with a single ring
        accepting = set()
    for name, c in pos.items():
        p.circle(c, r, width=2.4)
        if name in accepting:
            p.circle(c, r - 9, width=2.0)
        p.text((c[0] - 4, c[1]), name, size=32, anchor="c", font="dejavu/DejaVuSerif-Italic.ttf")
    for (a, b, sym) in edges:
        (x1, y1), (x2, y2) = pos[a], pos[b]
        L = math.hypot(x2 - x1, y2 - y1)
        ux, uy = (x2 - x1) / L, (y2 - y1) / L
        s = (x1 + ux * (r + 4), y1 + uy * (r + 4))
        e = (x2 - ux * (r + 4), y2 - uy * (r + 4))
        p.arrow(s, e, head=22, width=2.8, passes=2, amp=0.5)
        mx, my = (s[0] + e[0]) / 2, (s[1] + e[1]) / 2
        nx, ny = uy, -ux                                 # to the left of the direction of travel
        if ny > 0 or (abs(ny) < 1e-9 and nx < 0):
            nx, ny = -nx, -ny                            # keep symbols above / outside the triangle
        p.text((mx + nx * 24, my + ny * 24), sym, size=32, anchor="c", colour=(150, 40, 40))
    lx, ly = pos[loop_on]
    pts = []
    for i in range(31):
        t = math.radians(-50 + 280 * i / 30)
        pts.append((lx + 34 * math.cos(math.radians(90)) + 30 * math.cos(t), ly - r - 22 - 30 * math.sin(t)))
    p.polyline(pts, width=2.6, passes=2, amp=0.4, step=5, overshoot=0)
    end = pts[-1]
    p.line(end, (end[0] + 15, end[1] - 10), width=2.6, passes=1, overshoot=0)
    p.line(end, (end[0] + 3, end[1] - 19), width=2.6, passes=1, overshoot=0)
    p.text((lx, ly - r - 76), "b", size=32, anchor="c", colour=(150, 40, 40))
    sx, sy = pos["p0"]
    p.arrow((sx - r - 110, sy), (sx - r - 4, sy), head=22, width=2.8, passes=2, amp=0.5)
    p.text((sx - r - 112, sy - 28), "start", size=26)
    p.text((40, 50), "NFA N", size=32, font="dejavu/DejaVuSans-Oblique.ttf")
    img = p.render()
    return _png(_phone_photo(img, seed=663, angle=1.9, light_from=(0.1, 0.1), blur=1.1))


def cases():
    return [
        {"id": "h5-automata-svg-chromium", "text": T1, "tool": "headless Chromium (SVG)", "style": "textbook",
         "draw": _draw_svg, "wrongs": ["q1_q0_reversed", "q2_plain", "start_on_q1", "loop_symbol_0"]},
        {"id": "h5-automata-dark-pil", "text": T2, "tool": "PIL + numpy glow", "style": "dark",
         "draw": _draw_dark, "wrongs": ["accept_on_c", "c_d_symbol_y", "start_on_b", "d_a_missing"]},
        {"id": "h5-automata-pencil-photo", "text": T3, "tool": "PIL pencil sketch + phone photo",
         "style": "pencil, photo", "draw": _draw_pencil_photo,
         "wrongs": ["p0_p2_missing", "p1_p2_reversed", "loop_on_p1", "p2_plain"]},
    ]
