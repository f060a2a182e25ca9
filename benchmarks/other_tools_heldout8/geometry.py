"""Held-out figures by other tools, set 8 — geometry.

  * a pencil sketch on lined exercise-book paper, photographed (own jittered strokes, hand lettering);
  * black-and-white textbook line art in matplotlib (Computer Modern, thin strokes, right-angle marks),
    300 dpi;
  * matplotlib exactly as a notebook saves it (defaults, axes in cm, savefig dpi=150).
Every figure is to scale (one length unit per cm on equal axes, or a fixed number of pixels per cm).
"""

SCIENCE = "geometry"

# ---- helpers (copied into this module so that it is self-contained) ----
import io
import math
import random
import zlib

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

_FONTS = "/usr/share/fonts/truetype/"


def _font(name, size):
    """A TrueType font from the system font folder, e.g. 'dejavu/DejaVuSans.ttf'."""
    return ImageFont.truetype(_FONTS + name, max(1, int(round(size))))


def _flatten(img, bg=(255, 255, 255)):
    """Any PIL image -> a fresh RGB image (alpha composited on bg, no info dict carried over)."""
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        base = Image.new("RGBA", rgba.size, bg + (255,))
        img = Image.alpha_composite(base, rgba)
    img = img.convert("RGB")
    return Image.frombytes("RGB", img.size, img.tobytes())


def _png(img):
    """PNG bytes, mode RGB, only IHDR/IDAT/IEND."""
    img = _flatten(img)
    buf = io.BytesIO()
    img.save(buf, format="PNG", compress_level=6)
    return buf.getvalue()


def _jpeg_roundtrip(img, quality):
    buf = io.BytesIO()
    _flatten(img).save(buf, format="JPEG", quality=quality)
    buf.seek(0)
    out = Image.open(buf)
    out.load()
    return _flatten(out)


def _key_seed(seed, key):
    """A seed per (case, entity), independent of PYTHONHASHSEED."""
    return (seed * 1000003 + zlib.crc32(key.encode("utf-8"))) % (2 ** 32)


def _rng(seed, key):
    return random.Random(_key_seed(seed, key))


def _nrng(seed, key):
    return np.random.RandomState(_key_seed(seed, key))

def _mpl_image(fig, dpi="figure", **kw):
    """Render a matplotlib Figure (no pyplot) to an RGB PIL image through savefig(format='png')."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, **kw)
    buf.seek(0)
    im = Image.open(buf)
    im.load()
    return _flatten(im)

def _smooth_noise(n, rng, amp, corr=6):
    """A smooth random walk of n samples, amplitude amp (pixels)."""
    if n <= 1:
        return [0.0] * n
    knots = max(2, n // corr + 2)
    vals = [rng.uniform(-1, 1) for _ in range(knots)]
    out = []
    for i in range(n):
        t = i / (n - 1) * (knots - 1)
        k = min(int(t), knots - 2)
        f = t - k
        f = f * f * (3 - 2 * f)
        out.append(amp * (vals[k] * (1 - f) + vals[k + 1] * f))
    return out


class _Ink:
    """Hand-drawn strokes and hand lettering as darkness layers per colour; compose() multiplies them
    onto paper. Every call takes its own seeded generator, so dropping one stroke changes nothing else."""

    def __init__(self, size):
        self.size = size
        self.layers = {}

    def _layer(self, color):
        if color not in self.layers:
            self.layers[color] = Image.new("L", self.size, 0)
        return self.layers[color]

    def path(self, pts, color, width, rng, jitter=1.2, passes=2, dens=210, step=5.0, closed=False,
             overshoot=0.0):
        pts = [tuple(map(float, p)) for p in pts]
        if closed:
            pts = pts + [pts[0]]
        if overshoot:
            (x0, y0), (x1, y1) = pts[0], pts[1]
            L = math.hypot(x1 - x0, y1 - y0) or 1
            pts[0] = (x0 - (x1 - x0) / L * overshoot, y0 - (y1 - y0) / L * overshoot)
            (x0, y0), (x1, y1) = pts[-2], pts[-1]
            L = math.hypot(x1 - x0, y1 - y0) or 1
            pts[-1] = (x1 + (x1 - x0) / L * overshoot, y1 + (y1 - y0) / L * overshoot)
        dense = []
        for (x0, y0), (x1, y1) in zip(pts[:-1], pts[1:]):
            L = math.hypot(x1 - x0, y1 - y0)
            n = max(1, int(L / step))
            for i in range(n):
                t = i / n
                dense.append((x0 + (x1 - x0) * t, y0 + (y1 - y0) * t))
        dense.append(pts[-1])
        lay = self._layer(color)
        d = ImageDraw.Draw(lay)
        for p in range(passes):
            nx = _smooth_noise(len(dense), rng, jitter)
            ny = _smooth_noise(len(dense), rng, jitter)
            q = [(x + a, y + b) for (x, y), a, b in zip(dense, nx, ny)]
            tmp = Image.new("L", self.size, 0)
            ImageDraw.Draw(tmp).line(q, fill=int(dens * (1.0 if p == 0 else 0.7)), width=max(1, int(round(width))),
                                     joint="curve")
            self.layers[color] = ImageChops.lighter(self.layers[color], tmp)

    def ellipse(self, cx, cy, rx, ry, color, width, rng, rot=0.0, wobble=0.03, **kw):
        n = max(24, int((rx + ry) * 0.6))
        start = rng.uniform(0, 2 * math.pi)
        ph = [rng.uniform(0, 2 * math.pi) for _ in range(3)]
        pts = []
        for i in range(n + 2):
            t = start + 2 * math.pi * i / n * 1.04
            r = 1 + wobble * math.sin(2 * t + ph[0]) + wobble * 0.6 * math.sin(3 * t + ph[1])
            x, y = rx * r * math.cos(t), ry * r * math.sin(t)
            c, s = math.cos(rot), math.sin(rot)
            pts.append((cx + x * c - y * s, cy + x * s + y * c))
        self.path(pts, color, width, rng, **kw)

    def dot(self, x, y, r, color, dens=220):
        lay = self._layer(color)
        tmp = Image.new("L", self.size, 0)
        ImageDraw.Draw(tmp).ellipse([x - r, y - r, x + r, y + r], fill=dens)
        self.layers[color] = ImageChops.lighter(lay, tmp)

    def text(self, xy, s, font, color, rng, tilt=5.0, dens=225, anchor="mm", wander=1.2):
        """Hand lettering: every glyph turned, shifted and spaced a little differently."""
        widths = [font.getlength(ch) * rng.uniform(0.96, 1.07) for ch in s]
        total = sum(widths)
        asc, desc = font.getmetrics()
        x, y = xy
        if anchor[0] == "m":
            x -= total / 2
        elif anchor[0] == "r":
            x -= total
        if anchor[1] == "m":
            y -= (asc + desc) / 2
        elif anchor[1] == "b":
            y -= asc
        lay = self._layer(color)
        for ch, wdt in zip(s, widths):
            if ch != " ":
                g = Image.new("L", (int(font.size * 2), int(font.size * 2)), 0)
                ImageDraw.Draw(g).text((font.size * 0.5, font.size * 0.3), ch, font=font, fill=dens)
                g = g.rotate(rng.uniform(-tilt, tilt), resample=Image.BICUBIC)
                ox = int(round(x - font.size * 0.5 + rng.uniform(-wander, wander) * 0.6))
                oy = int(round(y - font.size * 0.3 + rng.uniform(-wander, wander)))
                box = (ox, oy, ox + g.size[0], oy + g.size[1])
                reg = lay.crop(box)
                lay.paste(ImageChops.lighter(reg, g), box)
            x += wdt

    def compose(self, paper, grain_seed=None, grain=0.35):
        out = np.asarray(paper.convert("RGB"), np.float32)
        gr = None
        if grain_seed is not None:
            rs = np.random.RandomState(grain_seed)
            w, h = self.size
            g = rs.uniform(0, 1, (h, w)).astype(np.float32)
            g = np.asarray(Image.fromarray((g * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6)),
                           np.float32) / 255.0
            gr = (1 - grain) + grain * 2 * g
        for color in sorted(self.layers):
            a = np.asarray(self.layers[color], np.float32) / 255.0
            if gr is not None:
                a = np.clip(a * gr, 0, 1)
            c = np.array(color, np.float32)
            out = out * (1 - a[..., None]) + (out * c / 255.0) * a[..., None]
        return Image.fromarray(np.clip(out + 0.5, 0, 255).astype(np.uint8))

def _paper(w, h, seed, kind="squared", step=38, tint=(250, 249, 243), line=(150, 185, 215), margin=None):
    """Notebook paper: 'squared' (5 mm grid), 'lined' (ruled lines and a red margin) or 'plain';
    faint fibre texture."""
    rs = np.random.RandomState(seed)
    arr = np.ones((h, w, 3), np.float32) * np.array(tint, np.float32)
    fib = rs.normal(0, 1, (h // 4 + 2, w // 4 + 2)).astype(np.float32)
    fib = np.asarray(Image.fromarray(fib).resize((w, h), Image.BICUBIC))
    arr += fib[..., None] * 2.2
    im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    d = ImageDraw.Draw(im)
    if kind == "squared":
        for x in range(step // 2, w, step):
            d.line([(x, 0), (x, h)], fill=line, width=1)
        for y in range(step // 2, h, step):
            d.line([(0, y), (w, y)], fill=line, width=1)
    elif kind == "lined":
        for y in range(int(step * 2.5), h, step):
            d.line([(0, y), (w, y)], fill=line, width=2)
        if margin:
            d.line([(margin, 0), (margin, h)], fill=(226, 120, 120), width=2)
    return im

def _photo(page, seed, out_size, corners, table=(104, 84, 66), light_dir=(0.8, 0.3), light=0.22,
           hotspot=(0.3, 0.25), jpeg_q=84, blur=0.8, noise=3.0):
    """A phone photo of a sheet on a table: perspective (page corners -> `corners`, tl tr br bl),
    the sheet's shadow, uneven light with a hotspot and vignette, lens blur, sensor noise, JPEG."""
    import cv2
    W, H = out_size
    rs = np.random.RandomState(seed)
    pw, ph = page.size
    # table: wood-like streaks
    streak = rs.normal(0, 1, (H // 16 + 2, 6)).astype(np.float32)
    streak = cv2.resize(streak, (W, H), interpolation=cv2.INTER_CUBIC)
    fine = cv2.resize(rs.normal(0, 1, (H // 3 + 2, W // 40 + 2)).astype(np.float32), (W, H),
                      interpolation=cv2.INTER_CUBIC)
    bg = np.ones((H, W, 3), np.float32) * np.array(table, np.float32)
    bg += (streak * 9 + fine * 4)[..., None] * np.array([1.0, 0.85, 0.7], np.float32)
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    dst = np.float32(corners)
    M = cv2.getPerspectiveTransform(src, dst)
    pg = np.asarray(page.convert("RGB"), np.float32)
    warped = cv2.warpPerspective(pg, M, (W, H), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_CONSTANT,
                                 borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), M, (W, H), flags=cv2.INTER_LINEAR,
                               borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    sh = cv2.GaussianBlur(np.roll(np.roll(mask, 10, axis=0), 7, axis=1), (0, 0), 9)
    bg = bg * (1 - 0.45 * sh[..., None])
    comp = bg * (1 - mask[..., None]) + np.clip(warped, 0, 255) * mask[..., None]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    u, v = xx / W - 0.5, yy / H - 0.5
    grad = 1.0 - light * (0.5 + light_dir[0] * u + light_dir[1] * v)
    hs = 0.10 * np.exp(-(((xx / W - hotspot[0]) ** 2) + ((yy / H - hotspot[1]) ** 2)) / 0.05)
    vig = 1.0 - 0.28 * (u * u + v * v) * 2
    comp = comp * (grad * vig + hs)[..., None]
    comp = comp * np.array([1.0, 0.985, 0.95], np.float32)  # warm indoor light
    comp = cv2.GaussianBlur(comp, (0, 0), blur)
    comp += rs.normal(0, noise, (H, W, 1)).astype(np.float32)
    im = Image.fromarray(np.clip(comp + 0.5, 0, 255).astype(np.uint8))
    return _jpeg_roundtrip(im, jpeg_q)
# ---- end of helpers ----


# ============================================================== case 1: pencil on lined paper, photographed

_T1 = "A triangle XYZ with XY = 9 cm, angle X = 35 degrees and angle Y = 45 degrees."
_W1 = ["angle_Y_drawn_60", "xy_label_7", "x_y_swapped", "angle_X_label_30"]


def _draw_pencil(wrong=None):
    if wrong not in [None] + _W1:
        raise ValueError(wrong)
    seed = 816
    PW, PH = 1500, 1120
    k = 100.0                               # px per cm on the page
    AX, AY = 35.0, 45.0
    ay_draw = 60.0 if wrong == "angle_Y_drawn_60" else AY  # breaks "angle Y = 45 degrees" (drawn 60, label 45)
    c = 9.0
    # Z from the two base angles (law of sines): XZ = c sin(Y) / sin(180 - X - Y)
    xz = c * math.sin(math.radians(ay_draw)) / math.sin(math.radians(180 - AX - ay_draw))
    X0 = (270.0, 860.0)
    Y0 = (X0[0] + c * k, X0[1])
    Z0 = (X0[0] + xz * k * math.cos(math.radians(AX)), X0[1] - xz * k * math.sin(math.radians(AX)))
    ink = _Ink((PW, PH))
    g = (62, 62, 72)
    ink.path([X0, Y0], g, 3, _rng(seed, "XY"), overshoot=10)
    ink.path([Y0, Z0], g, 3, _rng(seed, "YZ"), overshoot=10)
    ink.path([Z0, X0], g, 3, _rng(seed, "ZX"), overshoot=10)
    # angle arcs
    for (vx, vy), a0, a1, key in ((X0, 0.0, AX, "aX"), (Y0, 180.0 - ay_draw, 180.0, "aY")):
        pts = [(vx + 95 * math.cos(math.radians(t)), vy - 95 * math.sin(math.radians(t)))
               for t in np.linspace(a0, a1, 14)]
        ink.path(pts, g, 2, _rng(seed, key), jitter=0.8, passes=1)
    f = _font("liberation/LiberationSansNarrow-Italic.ttf", 52)
    fb = _font("liberation/LiberationSansNarrow-BoldItalic.ttf", 66)
    names = {"X": X0, "Y": Y0, "Z": Z0}
    if wrong == "x_y_swapped":
        names = {"X": Y0, "Y": X0, "Z": Z0}  # breaks "XY = 9 cm, angle X = 35 degrees" (X, Y swapped)
    for nm, (vx, vy) in names.items():
        dx = -40 if vx < 500 else (40 if vx > 1000 else 0)
        dy = 30 if nm != "Z" and vy > 800 else -45
        ink.text((vx + dx, vy + dy), nm, fb, g, _rng(seed, "v" + nm + str(int(vx))))
    xyl = "7 cm" if wrong == "xy_label_7" else "9 cm"  # breaks "XY = 9 cm" (when wrong)
    ink.text(((X0[0] + Y0[0]) / 2, X0[1] + 55), xyl, f, g, _rng(seed, "lxy"))
    axl = "30\u00b0" if wrong == "angle_X_label_30" else "35\u00b0"  # breaks "angle X = 35 degrees" (when wrong)
    ink.text((X0[0] + 150, X0[1] - 38), axl, f, g, _rng(seed, "lax"))
    ink.text((Y0[0] - 150, Y0[1] - 40), "45\u00b0", f, g, _rng(seed, "lay"))
    ink.text((300, 150), "Q4.", _font("liberation/LiberationSansNarrow-Italic.ttf", 58), (40, 60, 140),
             _rng(seed, "q"))
    paper = _paper(PW, PH, seed, kind="lined", step=62, tint=(248, 248, 244), line=(168, 192, 226), margin=190)
    page = ink.compose(paper, grain_seed=seed + 1, grain=0.45)
    page = page.resize((1236, 923), Image.LANCZOS)
    corners = [(70, 88), (1198, 52), (1226, 902), (40, 872)]
    return _png(_photo(page, seed, (1280, 960), corners, table=(140, 140, 148), light_dir=(-0.7, 0.6), light=0.3,
                       hotspot=(0.25, 0.3)))


# ============================================================== case 2: textbook line art, matplotlib, 300 dpi

_T2 = "A rectangle WXYZ with WX = 6 cm, XY = 4 cm and its diagonal WY."
_W2 = ["diagonal_XZ_instead", "diagonal_dropped", "xy_drawn_3cm", "wx_label_8"]


def _draw_textbook(wrong=None):
    from matplotlib.figure import Figure
    import matplotlib
    if wrong not in [None] + _W2:
        raise ValueError(wrong)
    w, h = 6.0, 4.0
    hd = 3.0 if wrong == "xy_drawn_3cm" else h  # breaks "XY = 4 cm" (drawn 3 cm, label 4 cm)
    P = {"W": (0.0, 0.0), "X": (w, 0.0), "Y": (w, hd), "Z": (0.0, hd)}
    with matplotlib.rc_context({"font.family": "serif", "font.serif": ["cmr10"], "mathtext.fontset": "cm",
                                "axes.formatter.use_mathtext": True}):
        fig = Figure(figsize=(5.0, 3.7), dpi=300)
        ax = fig.add_axes([0.0, 0.1, 1.0, 0.9])
        ax.set_xlim(-1.6, 7.6)
        ax.set_ylim(-1.1, 5.0)
        ax.set_aspect("equal")
        ax.axis("off")
        xs = [P[v][0] for v in "WXYZW"]
        ys = [P[v][1] for v in "WXYZW"]
        ax.plot(xs, ys, color="k", lw=0.9, solid_joinstyle="miter")
        if wrong == "diagonal_XZ_instead":
            ax.plot([P["X"][0], P["Z"][0]], [P["X"][1], P["Z"][1]], color="k", lw=0.7)  # breaks "its diagonal WY"
        elif wrong != "diagonal_dropped":  # breaks "its diagonal WY" when dropped
            ax.plot([P["W"][0], P["Y"][0]], [P["W"][1], P["Y"][1]], color="k", lw=0.7)
        s = 0.28
        for v, (sx, sy) in (("W", (1, 1)), ("X", (-1, 1)), ("Y", (-1, -1)), ("Z", (1, -1))):
            x, y = P[v]
            ax.plot([x + sx * s, x + sx * s, x], [y, y + sy * s, y + sy * s], color="k", lw=0.6)
        off = {"W": (-0.28, -0.3), "X": (0.28, -0.3), "Y": (0.28, 0.3), "Z": (-0.28, 0.3)}
        for v, (x, y) in P.items():
            ax.text(x + off[v][0], y + off[v][1], f"${v}$", fontsize=15, ha="center", va="center")
        wxl = "8 cm" if wrong == "wx_label_8" else "6 cm"  # breaks "WX = 6 cm" (when wrong)
        ax.text(w / 2, -0.42, wxl, fontsize=13, ha="center", va="center")
        ax.text(w + 0.35, hd / 2, "4 cm", fontsize=13, ha="left", va="center")
        fig.text(0.06, 0.045, r"$\mathbf{Figure\ 7.2}$", fontsize=11, va="center")
        fig.text(0.29, 0.045, "A rectangle and one of its diagonals.", fontsize=11, va="center")
        img = _mpl_image(fig, dpi=300)
    return _png(img)


# ============================================================== case 3: matplotlib defaults

_T3 = "A right triangle PQR with the right angle at R, PR = 6 cm and QR = 8 cm."
_W3 = ["right_angle_at_P", "pr_drawn_4", "qr_label_9", "p_q_swapped"]


def _draw_mpl_default(wrong=None):
    from matplotlib.figure import Figure
    if wrong not in [None] + _W3:
        raise ValueError(wrong)
    R, P, Q = (0.0, 0.0), (0.0, 6.0), (8.0, 0.0)
    mark = "R"
    if wrong == "right_angle_at_P":
        Q = (math.sqrt(8.0 ** 2 - 6.0 ** 2), 6.0)  # breaks "the right angle at R" (right angle at P, PR 6, QR 8)
        mark = "P"
    if wrong == "pr_drawn_4":
        P = (0.0, 4.0)  # breaks "PR = 6 cm" (drawn 4 cm, label 6 cm)
    names = {"P": P, "Q": Q, "R": R}
    if wrong == "p_q_swapped":
        names = {"P": Q, "Q": P, "R": R}  # breaks "right angle at R, PR = 6 cm" (P, Q swapped)
    fig = Figure()
    ax = fig.subplots()
    ax.plot([R[0], P[0], Q[0], R[0]], [R[1], P[1], Q[1], R[1]], "o-")
    s = 0.5
    if mark == "R":
        ax.plot([s, s, 0], [0, s, s], "k-", lw=1)
    else:
        ax.plot([0, s, s], [P[1] - s, P[1] - s, P[1]], "k-", lw=1)
    cx, cy = (P[0] + Q[0] + R[0]) / 3, (P[1] + Q[1] + R[1]) / 3

    def outward(x, y, dist):
        dx, dy = x - cx, y - cy
        n = math.hypot(dx, dy) or 1
        return x + dist * dx / n, y + dist * dy / n

    for nm, (x, y) in names.items():
        ax.text(*outward(x, y, 0.55), nm, fontsize=12, ha="center", va="center")

    def side_label(A, B, text):
        mx, my = (A[0] + B[0]) / 2, (A[1] + B[1]) / 2
        nx, ny = -(B[1] - A[1]), B[0] - A[0]
        n = math.hypot(nx, ny)
        nx, ny = nx / n, ny / n
        if (mx - cx) * nx + (my - cy) * ny < 0:
            nx, ny = -nx, -ny
        ax.text(mx + 0.6 * nx, my + 0.6 * ny, text, ha="center", va="center")

    side_label(P, R, "6 cm")
    side_label(Q, R, "9 cm" if wrong == "qr_label_9" else "8 cm")  # breaks "QR = 8 cm" (when wrong)
    ax.set_xlim(-1.5, 9.5)
    ax.set_ylim(-1.2, 7.3)
    ax.set_aspect("equal")
    ax.set_xlabel("x (cm)")
    ax.set_ylabel("y (cm)")
    ax.set_title("Triangle PQR")
    return _png(_mpl_image(fig, dpi=150))


def cases():
    return [
        dict(id="h8-geometry-pencil-photo", text=_T1, tool="PIL pencil strokes + OpenCV perspective",
             style="pencil on lined exercise-book paper, hand lettering, angle arcs, phone photo (1280x960)",
             draw=_draw_pencil, wrongs=list(_W1)),
        dict(id="h8-geometry-mpl-textbook", text=_T2, tool="matplotlib (Computer Modern, thin black strokes)",
             style="black-and-white textbook figure, right-angle marks, caption, 300 dpi (1500x1110)",
             draw=_draw_textbook, wrongs=list(_W2)),
        dict(id="h8-geometry-mpl-default", text=_T3, tool="matplotlib (defaults, 'o-' line, axes in cm)",
             style="notebook default figure saved with dpi=150 (960x720)",
             draw=_draw_mpl_default, wrongs=list(_W3)),
    ]
