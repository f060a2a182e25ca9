"""Held-out set 5, astronomy: figures drawn by other tools (an outside helper's set; see README.md here).

h5-astronomy-plotly-dark    plotly polar chart (plotly_dark template), orbits at their AU radii, HTML with
                            plotly.js inline, screenshot by headless Chromium
h5-astronomy-pencil         pencil sketch of Uranus's five large moons on orbits drawn to scale
h5-astronomy-svg-photo      hand-written SVG page (textbook ellipse) screenshot by headless Chromium, then a
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

SCIENCE = "astronomy"


# ----------------------------------------------------------------------------------------------------------
# 1. plotly polar, dark
# ----------------------------------------------------------------------------------------------------------
T1 = "Earth orbits the Sun at 1 AU, Mars at 1.52 AU and Jupiter at 5.2 AU."


def _draw_plotly(wrong):
    import plotly.graph_objects as go
    bodies = [["Earth", 1.0, "1 AU", 320, "#60a5fa", "bottom right"],
              ["Mars", 1.52, "1.52 AU", 135, "#f87171", "top left"],
              ["Jupiter", 5.2, "5.2 AU", 60, "#fbbf24", "top right"]]
    if wrong == "mars_at_2_5":
        # breaks "Mars at 1.52 AU": Mars's orbit is drawn at 2.5 AU (its label still says 1.52 AU)
        bodies[1][1] = 2.5
    elif wrong == "jupiter_label_4_2":
        # breaks "Jupiter at 5.2 AU": labelled 4.2 AU
        bodies[2][2] = "4.2 AU"
    elif wrong == "earth_dropped":
        # breaks "Earth orbits the Sun at 1 AU": Earth and its orbit are missing
        bodies = bodies[1:]
    elif wrong == "names_swapped":
        # breaks which planet is where: the names Mars and Jupiter are swapped (distances stay on the orbits)
        bodies[1][0], bodies[2][0] = "Jupiter", "Mars"
    fig = go.Figure()
    th = [i * 2.0 for i in range(181)]
    for name, r, lab, ang, col, pos in bodies:
        fig.add_trace(go.Scatterpolar(r=[r] * len(th), theta=th, mode="lines", line=dict(color=col, width=2.5),
                                      showlegend=False, hoverinfo="skip"))
        fig.add_trace(go.Scatterpolar(r=[r], theta=[ang], mode="markers+text", marker=dict(size=16, color=col),
                                      text=["%s  %s" % (name, lab)], textposition=pos,
                                      textfont=dict(size=20, color=col, family="DejaVu Sans"),
                                      showlegend=False, hoverinfo="skip"))
    fig.add_trace(go.Scatterpolar(r=[0], theta=[0], mode="markers+text", marker=dict(size=26, color="#fde047",
                                  line=dict(color="#f59e0b", width=3)), text=["Sun"], textposition="bottom center",
                                  textfont=dict(size=20, color="#fde047", family="DejaVu Sans"),
                                  showlegend=False, hoverinfo="skip"))
    fig.update_layout(template="plotly_dark", width=860, height=860,
                      title=dict(text="Orbits drawn to scale (radius in AU)", x=0.5,
                                 font=dict(size=24, family="DejaVu Sans")),
                      margin=dict(l=60, r=60, t=90, b=50),
                      polar=dict(radialaxis=dict(range=[0, 6], tickvals=[1, 2, 3, 4, 5, 6], angle=90,
                                                 tickfont=dict(size=17), ticksuffix=" AU"),
                                 angularaxis=dict(showticklabels=False, ticks="")))
    html = fig.to_html(include_plotlyjs=True, full_html=True, config={"staticPlot": True})
    html = html.replace("<head>", "<head><style>html, body {margin: 0; padding: 0; background: #111111}</style>", 1)
    return _png(_chromium(html, 860, 860, budget_ms=4000))


# ----------------------------------------------------------------------------------------------------------
# 2. pencil: Uranus's moons to scale
# ----------------------------------------------------------------------------------------------------------
T2 = ("Uranus has five large moons: Miranda, Ariel, Umbriel, Titania and Oberon, in order of distance from "
      "Uranus.")

_URANUS_MOONS = [("Miranda", 129.9), ("Ariel", 190.9), ("Umbriel", 266.0), ("Titania", 435.9), ("Oberon", 583.5)]


def _draw_pencil(wrong):
    W, H = 960, 840
    p = _Pencil(W, H, seed=561)
    cx, cy = 440, 430
    s = 0.60                                             # px per 1000 km
    planet = "Uranus"
    moons = [list(m) for m in _URANUS_MOONS]
    angles = {"Miranda": 62, "Ariel": 145, "Umbriel": 232, "Titania": 318, "Oberon": 28}
    if wrong == "ariel_umbriel_swapped":
        # breaks "in order of distance": Umbriel is drawn closer to Uranus than Ariel
        moons[1][0], moons[2][0] = "Umbriel", "Ariel"
    elif wrong == "umbriel_dropped":
        # breaks "five large moons: ... Umbriel ...": Umbriel and its orbit are missing
        moons = [m for m in moons if m[0] != "Umbriel"]
    elif wrong == "miranda_named_puck":
        # breaks "Miranda": the innermost moon is labelled Puck
        moons[0][0] = "Puck"
    elif wrong == "planet_named_neptune":
        # breaks "Uranus": the planet is labelled Neptune
        planet = "Neptune"
    r_planet = 25.6 * s
    p.circle((cx, cy), r_planet, width=2.2, colour=(40, 90, 150))
    p.hatch_ellipse((cx, cy), r_planet, r_planet, spacing=4.0, dark=170, colour=(40, 90, 150), inset=0.95)
    p.text((cx + 4, cy + r_planet + 26), planet, size=26, anchor="c", colour=(40, 90, 150))
    slot_angle = {d: angles[n] for n, d in _URANUS_MOONS}
    for name, dist in moons:
        r = dist * s
        p.circle((cx, cy), r, width=1.4, passes=1, amp=0.5, dark=190)
        # the moon sits on its own orbit (the angle belongs to the orbit); its name goes just outside it
        ang = math.radians(slot_angle[dist])
        mx, my = cx + r * math.cos(ang), cy - r * math.sin(ang)
        p.circle((mx, my), 7, width=2.0, passes=2, amp=0.3)
        p.hatch_ellipse((mx, my), 7, 7, spacing=3.0, dark=200)
        lx, ly = mx + 16 * math.cos(ang), my - 16 * math.sin(ang)
        p.text((lx + (6 if math.cos(ang) >= 0 else -6), ly - 4), name, size=25,
               anchor="l" if math.cos(ang) >= 0 else "r")
    p.text((40, 46), "The five large moons of Uranus", size=30, font="dejavu/DejaVuSans-BoldOblique.ttf")
    # scale bar: 100 000 km
    x0, y0 = 60, 800
    p.line((x0, y0), (x0 + 100 * s, y0), width=2.0, passes=1)
    p.line((x0, y0 - 7), (x0, y0 + 7), width=1.6, passes=1)
    p.line((x0 + 100 * s, y0 - 7), (x0 + 100 * s, y0 + 7), width=1.6, passes=1)
    p.text((x0 + 100 * s + 14, y0), "100 000 km (orbits to scale)", size=22)
    return _png(p.render())


# ----------------------------------------------------------------------------------------------------------
# 3. SVG page in Chromium, phone photo: Encke's Comet
# ----------------------------------------------------------------------------------------------------------
T3 = "Encke's Comet orbits the Sun with semi-major axis 2.2 AU and eccentricity 0.85."


def _draw_svg_photo(wrong):
    W, H = 1100, 760
    s = 150.0                                            # px per AU
    a, e = 2.2, 0.85
    name, a_label = "Encke\u2019s Comet", "2.2"
    e_draw = e
    sun_at_focus = True
    if wrong == "sun_at_centre":
        # breaks the Sun at a focus of the ellipse: it is drawn at the centre
        sun_at_focus = False
    elif wrong == "e_drawn_0_5":
        # breaks "eccentricity 0.85": the ellipse is drawn with e = 0.5 (labels unchanged)
        e_draw = 0.5
    elif wrong == "a_label_3_2":
        # breaks "semi-major axis 2.2 AU": labelled 3.2 AU
        a_label = "3.2"
    elif wrong == "named_halley":
        # breaks "Encke's Comet": the comet is named Halley's Comet
        name = "Halley\u2019s Comet"
    b = a * math.sqrt(1 - e_draw ** 2)
    cx, cy = 560, 400
    fx = cx - a * e_draw * s                             # the Sun at the left focus (perihelion on the left)
    sun = (fx, cy) if sun_at_focus else (cx, cy)
    peri = (cx - a * s, cy)
    aph = (cx + a * s, cy)
    # comet placed on the orbit at eccentric anomaly E = 125°
    E = math.radians(125)
    comet = (cx + a * s * math.cos(E), cy - b * s * math.sin(E))
    q, Q = a * (1 - e), a * (1 + e)
    svg = """<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}">
<rect width="{W}" height="{H}" fill="#ffffff"/>
<text x="40" y="50" font-family="Liberation Serif" font-size="30" font-weight="bold" fill="#111">Orbit of {name}</text>
<text x="40" y="82" font-family="Liberation Serif" font-size="21" font-style="italic" fill="#333">a = {a_label} AU,  e = 0.85  (drawn to scale, 1 AU = 150 px)</text>
<line x1="{p0}" y1="{cy}" x2="{p1}" y2="{cy}" stroke="#9ca3af" stroke-width="1.5" stroke-dasharray="6 5"/>
<ellipse cx="{cx}" cy="{cy}" rx="{rx:.1f}" ry="{ry:.1f}" fill="none" stroke="#1e3a8a" stroke-width="3"/>
<line x1="{cx}" y1="{c0}" x2="{cx}" y2="{c1}" stroke="#6b7280" stroke-width="1.5"/>
<line x1="{c2}" y1="{cy}" x2="{c3}" y2="{cy}" stroke="#6b7280" stroke-width="1.5"/>
<circle cx="{sx:.1f}" cy="{sy:.1f}" r="13" fill="#facc15" stroke="#b45309" stroke-width="2.5"/>
<text x="{sx:.1f}" y="{sty:.1f}" text-anchor="middle" font-family="Liberation Sans" font-size="22" fill="#92400e">Sun</text>
<circle cx="{kx:.1f}" cy="{ky:.1f}" r="7" fill="#0f766e"/>
<path d="M {kx:.1f} {ky:.1f} l 34 -22 M {kx:.1f} {ky:.1f} l 38 -10 M {kx:.1f} {ky:.1f} l 30 -30" stroke="#14b8a6" stroke-width="2" fill="none"/>
<text x="{klx:.1f}" y="{kly:.1f}" font-family="Liberation Sans" font-size="23" fill="#0f766e">{name}</text>
<circle cx="{px:.1f}" cy="{cy}" r="4" fill="#111"/><circle cx="{ax:.1f}" cy="{cy}" r="4" fill="#111"/>
<text x="{pxl:.1f}" y="{pty}" text-anchor="end" font-family="Liberation Sans" font-size="19" fill="#111">perihelion {q:.2f} AU</text>
<text x="{axl:.1f}" y="{pty}" text-anchor="start" font-family="Liberation Sans" font-size="19" fill="#111">aphelion {Q:.2f} AU</text>
<line x1="{cx}" y1="{dy}" x2="{ax:.1f}" y2="{dy}" stroke="#111" stroke-width="1.6" marker-start="url(#m)" marker-end="url(#m)"/>
<text x="{dmx:.1f}" y="{dty}" text-anchor="middle" font-family="Liberation Serif" font-size="22" font-style="italic" fill="#111">a = {a_label} AU</text>
<defs><marker id="m" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,1 L9,5 L0,9 z" fill="#111"/></marker></defs>
</svg>""".format(W=W, H=H, name=name, a_label=a_label, cx=cx, cy=cy, rx=a * s, ry=b * s, p0=peri[0] - 30,
                 p1=aph[0] + 30, c0=cy - 8, c1=cy + 8, c2=cx - 8, c3=cx + 8, sx=sun[0], sy=sun[1], sty=sun[1] + 42,
                 kx=comet[0], ky=comet[1], klx=comet[0] - 90, kly=comet[1] - 24, px=peri[0], ax=aph[0],
                 pty=cy - 14, pxl=peri[0] - 10, axl=aph[0] + 10, q=q, Q=Q, dy=cy + 315,
                 dmx=(cx + aph[0]) / 2, dty=cy + 305)
    html = ("<!DOCTYPE html><html><head><meta charset='utf-8'></head><body style='margin:0'>%s</body></html>"
            % svg)
    img = _chromium(html, W, H)
    return _png(_phone_photo(img, seed=563, angle=-2.6, light_from=(0.3, 0.9)))


def cases():
    return [
        {"id": "h5-astronomy-plotly-dark", "text": T1, "tool": "plotly 7 polar (HTML) + headless Chromium",
         "style": "dark", "draw": _draw_plotly,
         "wrongs": ["mars_at_2_5", "jupiter_label_4_2", "earth_dropped", "names_swapped"]},
        {"id": "h5-astronomy-pencil", "text": T2, "tool": "PIL pencil sketch", "style": "pencil",
         "draw": _draw_pencil,
         "wrongs": ["ariel_umbriel_swapped", "umbriel_dropped", "miranda_named_puck", "planet_named_neptune"]},
        {"id": "h5-astronomy-svg-photo", "text": T3, "tool": "headless Chromium (SVG) + phone photo",
         "style": "photo", "draw": _draw_svg_photo,
         "wrongs": ["sun_at_centre", "e_drawn_0_5", "a_label_3_2", "named_halley"]},
    ]
