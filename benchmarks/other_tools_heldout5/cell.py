"""Held-out set 5, cell: figures drawn by other tools (an outside helper's set; see README.md here).

h5-cell-chromium-css-dark   hand-written HTML + CSS (border-radius shapes, gradients, glows) screenshot by
                            headless Chromium, dark mode
h5-cell-pencil              pencil sketch (jittered polylines, two passes, paper grain), hand-lettered labels
h5-cell-shapely-photo       shapely-built outlines printed flat with PIL, then a phone photo of the print
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

SCIENCE = "cell"


# ----------------------------------------------------------------------------------------------------------
# 1. Chromium, HTML + CSS, dark mode
# ----------------------------------------------------------------------------------------------------------
T1 = ("An animal cell with a nucleus containing a nucleolus, four mitochondria, a Golgi apparatus and "
      "two lysosomes.")


def _css_ellipse(cx, cy, rx, ry, style, rot=0.0, inner=""):
    return ('<div style="position:absolute;left:%.1fpx;top:%.1fpx;width:%.1fpx;height:%.1fpx;'
            'border-radius:50%%;transform:rotate(%.1fdeg);%s">%s</div>'
            % (cx - rx, cy - ry, 2 * rx, 2 * ry, rot, style, inner))


def _css_mito(cx, cy, rot):
    w, h = 92, 38
    cristae = ('<div style="position:absolute;left:10px;top:9px;width:72px;height:20px;'
               'background:repeating-linear-gradient(90deg,transparent 0 7px,#fb923c 7px 10px);'
               'border-radius:10px;opacity:0.85"></div>')
    return ('<div style="position:absolute;left:%.1fpx;top:%.1fpx;width:%dpx;height:%dpx;border-radius:19px;'
            'transform:rotate(%.1fdeg);border:3px solid #fdba74;background:#3b1d0e;'
            'box-shadow:0 0 12px #f9731688">%s</div>' % (cx - w / 2 - 3, cy - h / 2 - 3, w, h, rot, cristae))


def _css_golgi(cx, cy):
    out = []
    for i, (w, dy) in enumerate(((104, -30), (92, -15), (84, 0), (92, 15), (104, 30))):
        out.append('<div style="position:absolute;left:%.1fpx;top:%.1fpx;width:%dpx;height:26px;'
                   'border-top:5px solid #f472b6;border-radius:50%% 50%% 0 0;"></div>'
                   % (cx - w / 2, cy + dy - 6, w))
    return "".join(out)


def _draw_css(wrong):
    W, H = 1120, 720
    cx, cy, rx, ry = 410, 390, 315, 225                      # the cell membrane
    nuc = (365, 385, 98, 78)
    nucleolus = (388, 372, 24)
    mitos = [(585, 268, 28), (600, 492, -22), (228, 268, -32), (248, 520, 16)]
    golgi = [(548, 388)]
    lyso = [(196, 398, 19), (452, 570, 17)]
    if wrong == "nucleolus_outside":
        # breaks "a nucleus containing a nucleolus": the nucleolus sits in the cytoplasm
        nucleolus = (470, 250, 24)
    elif wrong == "three_mitochondria":
        # breaks "four mitochondria": one is left out
        mitos = mitos[:3]
    elif wrong == "lysosome_outside":
        # breaks "an animal cell with ... two lysosomes": one lysosome lies outside the membrane
        lyso = [lyso[0], (775, 640, 17)]
    elif wrong == "two_golgi":
        # breaks "a Golgi apparatus": a second Golgi stack is drawn
        golgi = golgi + [(420, 230)]
    body = []
    body.append(_css_ellipse(cx, cy, rx, ry,
                             "border:3px solid #67e8f9;background:radial-gradient(ellipse at 40% 35%,"
                             "#12343b 0%,#0b2228 70%,#081a1f 100%);box-shadow:0 0 22px #22d3ee66,"
                             "inset 0 0 30px #22d3ee22"))
    nn = nucleolus
    nucleus_inner = ""
    if wrong != "nucleolus_outside":
        nucleus_inner = ('<div style="position:absolute;left:%.1fpx;top:%.1fpx;width:%dpx;height:%dpx;'
                         'border-radius:50%%;background:radial-gradient(circle at 40%% 40%%,#e9d5ff,#a855f7);'
                         'box-shadow:0 0 10px #c084fc"></div>'
                         % (nn[0] - nuc[0] + nuc[2] - nn[2] - 3, nn[1] - nuc[1] + nuc[3] - nn[2] - 3,
                            2 * nn[2], 2 * nn[2]))
    body.append(_css_ellipse(nuc[0], nuc[1], nuc[2], nuc[3],
                             "border:3px solid #c4b5fd;background:#221a3d;box-shadow:0 0 14px #8b5cf688",
                             inner=nucleus_inner))
    if wrong == "nucleolus_outside":
        body.append(_css_ellipse(nn[0], nn[1], nn[2], nn[2],
                                 "background:radial-gradient(circle at 40% 40%,#e9d5ff,#a855f7);"
                                 "box-shadow:0 0 10px #c084fc"))
    for m in mitos:
        body.append(_css_mito(*m))
    for g in golgi:
        body.append(_css_golgi(*g))
    for (x, y, r) in lyso:
        body.append(_css_ellipse(x, y, r, r, "background:radial-gradient(circle at 35% 35%,#bbf7d0,#16a34a);"
                                              "border:2px solid #86efac;box-shadow:0 0 10px #22c55e"))
    # every instance gets its own short label next to it, with a short leader where it helps
    labels = [("cell membrane", (880, 170), (cx + rx * math.cos(-0.5), cy + ry * math.sin(-0.5)), "#67e8f9", "l"),
              ("nucleus", (nuc[0], nuc[1] + nuc[3] + 22), None, "#c4b5fd", "c")]
    if wrong == "nucleolus_outside":
        labels.append(("nucleolus", (nn[0], nn[1] - nn[2] - 18), None, "#d8b4fe", "c"))
    else:
        labels.append(("nucleolus", (nuc[0] - 10, nuc[1] - nuc[3] - 22), (nn[0] - 8, nn[1] - nn[2] + 2),
                       "#d8b4fe", "c"))
    mlab = {(585, 268): (600, 222), (600, 492): (612, 540), (228, 268): (215, 222), (248, 520): (250, 570)}
    for (x, y, _) in mitos:
        labels.append(("mitochondrion", mlab[(x, y)], None, "#fdba74", "c"))
    for (x, y) in golgi:
        if y > 300:
            labels.append(("Golgi apparatus", (x, y + 58), None, "#f9a8d4", "c"))
        else:
            labels.append(("Golgi apparatus", (x, 132), (x, y - 38), "#f9a8d4", "c"))
    llab = {(196, 398): ((196, 440), "c"), (452, 570): ((428, 572), "r"), (775, 640): ((775, 682), "c")}
    for (x, y, _) in lyso:
        pos, anc = llab[(x, y)]
        labels.append(("lysosome", pos, None, "#86efac", anc))
    svg = ['<svg style="position:absolute;left:0;top:0" width="%d" height="%d">' % (W, H)]
    spans = []
    for text, (lx, ly), tgt, col, anc in labels:
        if tgt is not None:
            sx0 = lx - 6 if anc == "l" else lx
            sy0 = ly if anc == "l" else ly + 12
            svg.append('<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s" stroke-width="1.4"/>'
                       '<circle cx="%.1f" cy="%.1f" r="3" fill="%s"/>' % (sx0, sy0, tgt[0], tgt[1], col,
                                                                         tgt[0], tgt[1], col))
        tx = {"l": "0", "c": "-50%", "r": "-100%"}[anc]
        spans.append('<div style="position:absolute;left:%dpx;top:%dpx;transform:translate(%s,-50%%);'
                     'white-space:nowrap;color:%s;font:600 18px \'Liberation Sans\';text-shadow:0 0 4px #000">'
                     '%s</div>' % (lx, ly, tx, col, text))
    svg.append("</svg>")
    html = ("<!DOCTYPE html><html><head><meta charset='utf-8'></head>"
            "<body style='margin:0;background:#0d1117;width:%dpx;height:%dpx;overflow:hidden'>"
            "<div style='position:absolute;left:28px;top:18px;color:#e6edf3;font:700 28px \"DejaVu Sans\"'>"
            "Animal cell</div>"
            "<div style='position:absolute;left:30px;top:56px;color:#8b949e;font:16px \"DejaVu Sans\"'>"
            "schematic, not to scale</div>%s%s%s</body></html>"
            % (W, H, "".join(body), "".join(svg), "".join(spans)))
    return _png(_chromium(html, W, H))


# ----------------------------------------------------------------------------------------------------------
# 2. pencil sketch of a plant cell
# ----------------------------------------------------------------------------------------------------------
T2 = "A plant cell with a cell wall, a nucleus, a large vacuole, two chloroplasts and one mitochondrion."


def _rounded_rect(x0, y0, x1, y1, r, n=8):
    pts = []
    for (cx, cy, a0) in ((x1 - r, y0 + r, -90), (x1 - r, y1 - r, 0), (x0 + r, y1 - r, 90), (x0 + r, y0 + r, 180)):
        for i in range(n + 1):
            a = math.radians(a0 + 90 * i / n)
            pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    return pts


def _draw_pencil(wrong):
    W, H = 960, 660
    p = _Pencil(W, H, seed=501)
    wall = (80, 90, 640, 600)
    # no_wall breaks "a plant cell with a cell wall": only the membrane is drawn
    if wrong != "no_wall":
        p.poly(_rounded_rect(*wall, 38), width=3.0)
    mem = (98, 108, 622, 582)
    p.poly(_rounded_rect(*mem, 30), width=1.8)
    # large central vacuole (text: "a large vacuole")
    if wrong == "small_vacuole":
        # breaks "a large vacuole": drawn small
        vac = (390, 360, 62, 48)
    else:
        vac = (390, 360, 170, 150)
    p.ellipse(vac[:2], vac[2], vac[3], width=1.6)
    p.hatch_ellipse(vac[:2], vac[2], vac[3], spacing=13, dark=80)
    nuc = (170, 185, 50)
    p.circle(nuc[:2], nuc[2], width=2.2)
    chl = [(545, 190, -0.5), (540, 505, 0.45)]
    if wrong == "three_chloroplasts":
        # breaks "two chloroplasts": a third one
        chl.append((180, 470, 0.2))
    for (x, y, rot) in chl:
        p.ellipse((x, y), 44, 22, rot=rot, width=2.0, colour=(40, 110, 50))
        for k in (-18, -6, 6, 18):
            c, s = math.cos(rot), math.sin(rot)
            a = (x + k * c - 9 * s, y + k * s + 9 * c)
            b = (x + k * c + 9 * s, y + k * s - 9 * c)
            p.line(a, b, width=1.5, colour=(40, 110, 50), passes=1, overshoot=0)
    if wrong == "mito_outside":
        # breaks "a plant cell with ... one mitochondrion": the mitochondrion is drawn outside the wall
        mito = (775, 540, 0.0)
    else:
        mito = (250, 545, 0.0)
    mx, my, _ = mito
    p.polyline(_rounded_rect(mx - 38, my - 15, mx + 38, my + 15, 14, n=5) +
               [_rounded_rect(mx - 38, my - 15, mx + 38, my + 15, 14, n=5)[0]], width=1.8, colour=(150, 70, 30))
    zz = [(mx - 28 + 8 * i, my + (-8 if i % 2 else 8)) for i in range(8)]
    p.polyline(zz, width=1.2, passes=1, colour=(150, 70, 30), overshoot=0)
    # labels with arrows
    lab = []
    if wrong != "no_wall":
        lab.append(("cell wall", (700, 80), (640, 120)))
    lab += [("cell membrane", (700, 150), (622, 170)),
            ("nucleus", (40, 40), (150, 140)),
            ("large vacuole", (700, 330), (vac[0] + vac[2] * 0.75, vac[1] - vac[3] * 0.3))]
    p.text((700, 240), "chloroplasts", size=27)
    for (x, y, _) in chl:
        p.arrow((698, 250), (x + 30 if x > 400 else x + 40, y - 10 if x > 400 else y - 18), width=1.4, passes=1)
    p.text((700, 440), "mitochondrion", size=27)
    if wrong == "mito_outside":
        p.arrow((760, 455), (mx, my - 22), width=1.4, passes=1)
    else:
        p.arrow((698, 450), (mx + 40, my - 10), width=1.4, passes=1)
    for text, (tx, ty), tgt in lab:
        p.text((tx, ty), text, size=27)
        p.arrow((tx - 4 if tx > 400 else tx + 60, ty + 14), tgt, width=1.4, passes=1)
    p.text((700, 632), "Plant cell", size=34, font="dejavu/DejaVuSans-BoldOblique.ttf")
    return _png(p.render())


# ----------------------------------------------------------------------------------------------------------
# 3. shapely outlines, flat print, phone photo
# ----------------------------------------------------------------------------------------------------------
T3 = ("Two cells side by side: the left cell has a nucleus and a vacuole, the right cell has a nucleus and "
      "three mitochondria.")


def _blob(cx, cy, rx, ry, seed, wob=0.06, n=28):
    """A soft cell outline: a wobbly polygon rounded off with shapely's buffer."""
    from shapely.geometry import Polygon
    rng = random.Random(seed)
    ph = [rng.uniform(0, 6.3) for _ in range(3)]
    pts = []
    for i in range(n):
        t = 2 * math.pi * i / n
        k = 1 + wob * (math.sin(2 * t + ph[0]) + 0.6 * math.sin(3 * t + ph[1]) + 0.4 * math.sin(5 * t + ph[2]))
        pts.append((cx + (rx - 14) * k * math.cos(t), cy + (ry - 14) * k * math.sin(t)))
    return Polygon(pts).buffer(14, quad_segs=16).simplify(0.3)


def _draw_photo(wrong):
    from shapely.geometry import Point
    from shapely import affinity
    S = 2                                            # drawn at 2x, then reduced (anti-aliasing)
    W, H = 1060, 660
    img = Image.new("RGB", (W * S, H * S), (255, 255, 255))
    d = ImageDraw.Draw(img)
    if wrong == "stacked":
        # breaks "side by side" (left cell / right cell): the second cell is drawn below the first
        c1, c2 = (300, 190), (300, 480)
        size = (200, 128)
    else:
        c1, c2 = (285, 350), (760, 350)
        size = (205, 180)
    cell1 = _blob(c1[0], c1[1], size[0], size[1], seed=11)
    cell2 = _blob(c2[0], c2[1], size[0], size[1], seed=12)

    def poly(geom, fill, outline, width):
        xy = [(x * S, y * S) for (x, y) in geom.exterior.coords]
        d.polygon(xy, fill=fill)
        d.line(xy + [xy[0]], fill=outline, width=width * S, joint="curve")

    poly(cell1, (236, 246, 232), (40, 90, 50), 4)
    poly(cell2, (236, 246, 232), (40, 90, 50), 4)
    sx, sy = size[0] / 205.0, size[1] / 180.0

    def at(c, dx, dy):
        return (c[0] + dx * sx, c[1] + dy * sy)

    nucleus1 = at(c1, -70, -40)
    vacuole = at(c1, 60, 45)
    nucleus2 = at(c2, -80, 10)
    mitos = [at(c2, 55, -85), at(c2, 95, 20), at(c2, 30, 105)]
    vac_cell = c1
    if wrong == "vacuole_right":
        # breaks "the left cell has ... a vacuole": the vacuole is drawn in the right cell
        vacuole = at(c2, 0, 30)
        mitos = [at(c2, 40, -100), at(c2, 125, 40), at(c2, 20, 115)]
        nucleus2 = at(c2, -120, -50)
        vac_cell = c2
    # right_no_nucleus breaks "the right cell has a nucleus": its nucleus is not drawn
    draw_n2 = wrong != "right_no_nucleus"
    if wrong == "mito_left":
        # breaks "the right cell has ... three mitochondria": one of them is drawn in the left cell
        mitos = mitos[:2] + [at(c1, -45, 95)]
    nuc_r = 52 * min(sx, sy) if wrong == "stacked" else 52
    vac_g = affinity.scale(Point(vacuole).buffer(1.0, quad_segs=24), 70 * sx, 58 * sy)

    def ellipse(c, rx, ry, fill, outline, width=3):
        d.ellipse([(c[0] - rx) * S, (c[1] - ry) * S, (c[0] + rx) * S, (c[1] + ry) * S], fill=fill,
                  outline=outline, width=width * S)

    ellipse(nucleus1, nuc_r, nuc_r * 0.86, (206, 196, 232), (70, 50, 120))
    if draw_n2:
        ellipse(nucleus2, nuc_r, nuc_r * 0.86, (206, 196, 232), (70, 50, 120))
    poly(vac_g, (205, 228, 245), (40, 90, 140), 3)
    for (mx, my) in mitos:
        m = affinity.rotate(affinity.scale(Point(mx, my).buffer(1.0, quad_segs=16), 34 * min(sx, 1), 15), 20)
        poly(m, (250, 212, 180), (160, 70, 20), 3)
        for k in (-18, -6, 6, 18):
            a, b = (mx + k * 0.94 - 8 * 0.34, my + k * 0.34 + 8 * 0.94), (mx + k * 0.94 + 8 * 0.34, my + k * 0.34 - 8 * 0.94)
            d.line([(a[0] * S, a[1] * S), (b[0] * S, b[1] * S)], fill=(160, 70, 20), width=2 * S)
    img = img.resize((W, H), Image.LANCZOS)
    d = ImageDraw.Draw(img)
    f = _font("liberation/LiberationSans-Regular.ttf", 21)
    fb = _font("liberation/LiberationSans-Bold.ttf", 26)
    d.text((W // 2, 32), "Two cells side by side", font=fb, fill=(20, 20, 20), anchor="mm")

    def label(text, xy, tgt):
        d.text(xy, text, font=f, fill=(20, 20, 20), anchor="mm")
        bx, by = xy[0], xy[1] + (14 if tgt[1] > xy[1] else -14)
        d.line([(bx, by), tgt], fill=(60, 60, 60), width=1)

    if wrong == "stacked":
        label("left cell", (600, 150), (c1[0] + 200, c1[1] - 10))
        label("right cell", (600, 560), (c2[0] + 200, c2[1] + 10))
        n1 = (nucleus1[0] - 10, nucleus1[1] - nuc_r * 0.86)
        label("nucleus", (85, 75), n1)
        label("vacuole", (620, 250), (vacuole[0] + 50, vacuole[1]))
        if draw_n2:
            label("nucleus", (85, 610), (nucleus2[0] - 20, nucleus2[1] + nuc_r * 0.7))
        for (mx, my) in mitos:
            label("mitochondrion", (660, 440), (mx + 10, my))
    else:
        label("left cell", (c1[0], 125), (c1[0], c1[1] - 172))
        label("right cell", (c2[0], 125), (c2[0], c2[1] - 172))
        label("nucleus", (95, 160), (nucleus1[0] - 25, nucleus1[1] - 40))
        if draw_n2:
            label("nucleus", (560, 600), (nucleus2[0] - 10, nucleus2[1] + 45))
        if vac_cell == c1:
            label("vacuole", (470, 590), (vacuole[0] + 30, vacuole[1] + 50))
        else:
            label("vacuole", (560, 95), (vacuole[0] - 20, vacuole[1] - 55))
        for (mx, my) in mitos:
            label("mitochondrion", (930, 590), (mx + 15, my + 10))
    return _png(_phone_photo(img, seed=503, angle=-1.7, light_from=(0.75, 0.15)))


def cases():
    return [
        {"id": "h5-cell-chromium-css-dark", "text": T1, "tool": "headless Chromium (HTML + CSS)",
         "style": "dark", "draw": _draw_css,
         "wrongs": ["nucleolus_outside", "three_mitochondria", "lysosome_outside", "two_golgi"]},
        {"id": "h5-cell-pencil", "text": T2, "tool": "PIL pencil sketch", "style": "pencil",
         "draw": _draw_pencil,
         "wrongs": ["no_wall", "small_vacuole", "three_chloroplasts", "mito_outside"]},
        {"id": "h5-cell-shapely-photo", "text": T3, "tool": "shapely + PIL print, phone photo",
         "style": "photo", "draw": _draw_photo,
         "wrongs": ["vacuole_right", "right_no_nucleus", "mito_left", "stacked"]},
    ]
