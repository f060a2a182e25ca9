"""Held-out figures by other tools, set 8 — astronomy.

  * a 16:9 lecture slide (dark theme, title bar, bullets) with a matplotlib orbit chart pasted in, exported at
    1920 x 1080 and shrunk to a 960 px thumbnail;
  * a text-to-image-generator look: Saturn with rings and three moons on glowing orbits over a painted nebula
    (numpy + OpenCV), orbits at the real semi-major axes;
  * matplotlib exactly as a notebook saves it, very small (figsize (4, 3), 100 dpi): an ellipse and a legend.
"""

SCIENCE = "astronomy"

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

def _fbm(h, w, seed, base=8, octaves=4):
    """Fractal value noise in [0, 1], built from seeded random grids resized with bicubic filtering."""
    import cv2
    rs = np.random.RandomState(seed)
    out = np.zeros((h, w), np.float32)
    amp, tot = 1.0, 0.0
    for o in range(octaves):
        gh, gw = base * 2 ** o + 2, int(base * 2 ** o * w / h) + 2
        g = rs.uniform(0, 1, (gh, gw)).astype(np.float32)
        out += amp * cv2.resize(g, (w, h), interpolation=cv2.INTER_CUBIC)
        tot += amp
        amp *= 0.5
    out /= tot
    out = (out - out.min()) / (out.max() - out.min() + 1e-6)
    return out


def _shade(mask, base, light=(-0.55, -0.65, 0.55), height=18.0, amb=0.38, kd=0.75, ks=0.55, shin=28.0,
           rim=0.0):
    """Soft 3-D 'rendered' shading of a flat shape: a smooth dome height field (the mask blurred by about
    half its inner radius), normals from its gradient, Lambert + Blinn-Phong.  mask: float32 [0,1] (H, W).
    Returns RGB float (H, W, 3), zero outside the shape's box."""
    import cv2
    H, W = mask.shape
    out = np.zeros((H, W, 3), np.float32)
    ys, xs = np.nonzero(mask > 0.01)
    if len(xs) == 0:
        return out
    m8 = (mask > 0.5).astype(np.uint8)
    R = max(float(cv2.distanceTransform(m8, cv2.DIST_L2, 5).max()), 1.0)
    pad = int(R) + 6
    y0, y1 = max(0, ys.min() - pad), min(H, ys.max() + pad + 1)
    x0, x1 = max(0, xs.min() - pad), min(W, xs.max() + pad + 1)
    crop = mask[y0:y1, x0:x1].astype(np.float32)
    ch, cw = crop.shape
    sig = max(1.0, R * 0.45)
    k = max(1, int(sig // 3))
    small = cv2.resize(crop, (max(2, cw // k), max(2, ch // k)), interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(small, (0, 0), sig / k)
    hgt = cv2.resize(small, (cw, ch), interpolation=cv2.INTER_LINEAR)
    if k > 1:
        hgt = cv2.GaussianBlur(hgt, (0, 0), 0.8 * k)
    hgt = hgt / max(float(hgt.max()), 1e-6) * min(height, R)
    gy, gx = np.gradient(hgt)
    n = np.dstack([-gx, -gy, np.ones_like(gx)])
    n /= np.linalg.norm(n, axis=2, keepdims=True)
    L = np.array(light, np.float32)
    L /= np.linalg.norm(L)
    Hh = L + np.array([0, 0, 1], np.float32)
    Hh /= np.linalg.norm(Hh)
    diff = np.clip((n * L).sum(2), 0, 1)
    spec = np.clip((n * Hh).sum(2), 0, 1) ** shin
    b = np.array(base, np.float32)
    col = b * (amb + kd * diff)[..., None] + 255.0 * ks * spec[..., None]
    if rim:
        col += rim * 255.0 * ((1 - n[..., 2]) ** 2)[..., None]
    out[y0:y1, x0:x1] = col
    return out


def _over(canvas, rgb, alpha):
    """canvas, rgb: float32 (H, W, 3); alpha float32 (H, W)."""
    a = np.clip(alpha, 0, 1)[..., None]
    return canvas * (1 - a) + rgb * a


def _shadow(canvas, mask, dx, dy, blur, strength, color=(20, 20, 40)):
    import cv2
    m = np.roll(np.roll(mask, int(dy), axis=0), int(dx), axis=1)
    m = cv2.GaussianBlur(m, (0, 0), blur) * strength
    return _over(canvas, np.ones_like(canvas) * np.array(color, np.float32), m)


def _mask_from(size, draw_fn, ss=4):
    """An antialiased float mask drawn by draw_fn(ImageDraw, scale) at ss x supersampling."""
    w, h = size
    im = Image.new("L", (w * ss, h * ss), 0)
    draw_fn(ImageDraw.Draw(im), ss)
    im = im.resize((w, h), Image.LANCZOS)
    return np.asarray(im, np.float32) / 255.0
# ---- end of helpers ----


# ============================================================== case 1: dark slide with a matplotlib chart

_T1 = "Mercury orbits the Sun at 0.39 AU, Venus at 0.72 AU, Earth at 1 AU and Mars at 1.52 AU."
_W1 = ["mars_orbit_at_2", "venus_dropped", "earth_label_1.5", "mercury_venus_swapped"]


def _draw_slide(wrong=None):
    from matplotlib.figure import Figure
    from matplotlib import patheffects
    from matplotlib.patches import Circle
    if wrong not in [None] + _W1:
        raise ValueError(wrong)
    planets = [("Mercury", 0.39, "0.39 AU", 205, "#b9b3aa"), ("Venus", 0.72, "0.72 AU", 120, "#e8c27a"),
               ("Earth", 1.0, "1 AU", 330, "#4f9be8"), ("Mars", 1.52, "1.52 AU", 35, "#e0663c")]
    if wrong == "mars_orbit_at_2":
        planets[3] = ("Mars", 2.0, "1.52 AU", 35, "#e0663c")  # breaks "Mars at 1.52 AU" (drawn at 2 AU)
    if wrong == "venus_dropped":
        planets.pop(1)  # breaks "Venus at 0.72 AU"
    if wrong == "earth_label_1.5":
        planets[2] = ("Earth", 1.0, "1.5 AU", 330, "#4f9be8")  # breaks "Earth at 1 AU" (label)
    if wrong == "mercury_venus_swapped":
        planets[0], planets[1] = ("Venus",) + planets[0][1:], ("Mercury",) + planets[1][1:]  # breaks "Mercury orbits the Sun at 0.39 AU, Venus at 0.72 AU" (names swapped)
    fig = Figure(figsize=(9.6, 9.0), dpi=100, facecolor="none")
    ax = fig.add_axes([0.02, 0.02, 0.96, 0.96])
    ax.set_facecolor("none")
    ax.add_patch(Circle((0, 0), 0.075, color="#ffd34d", zorder=5))
    ax.text(0, -0.2, "Sun", color="#ffd34d", ha="center", va="center", fontsize=24, zorder=6)
    for name, r, lab, ang, colr in planets:
        ax.add_patch(Circle((0, 0), r, fill=False, ec="#8fa3bf", lw=1.6, alpha=0.9))
        x, y = r * math.cos(math.radians(ang)), r * math.sin(math.radians(ang))
        ax.add_patch(Circle((x, y), 0.045, color=colr, zorder=5))
        ha = "left" if math.cos(math.radians(ang)) >= 0 else "right"
        dx = 0.07 if ha == "left" else -0.07
        halo = [patheffects.withStroke(linewidth=5, foreground="#0d1428")]
        ax.text(x + dx, y + 0.02, name, color="white", fontsize=28, ha=ha, va="bottom", zorder=6, path_effects=halo)
        ax.text(x + dx, y - 0.02, lab, color="#c9d6e8", fontsize=25, ha=ha, va="top", zorder=6, path_effects=halo)
    ax.plot([-2.05, -1.55], [-2.05, -2.05], color="white", lw=3)
    ax.text(-1.8, -1.97, "0.5 AU", color="white", ha="center", va="bottom", fontsize=22)
    ax.set_xlim(-2.15, 2.15)
    ax.set_ylim(-2.15, 2.15)
    ax.set_aspect("equal")
    ax.axis("off")
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100, transparent=True)
    buf.seek(0)
    chart = Image.open(buf)
    chart.load()
    chart = chart.convert("RGBA")
    W, H = 1920, 1080
    yy = np.linspace(0, 1, H, dtype=np.float32)[:, None, None]
    bg = np.array([18, 24, 44], np.float32) * (1 - yy) + np.array([6, 8, 18], np.float32) * yy
    bg = np.broadcast_to(bg, (H, W, 3)).copy()
    slide = Image.fromarray(bg.astype(np.uint8)).convert("RGBA")
    d = ImageDraw.Draw(slide)
    d.rectangle([0, 0, W, 150], fill=(38, 70, 140))
    d.rectangle([0, 150, W, 156], fill=(255, 196, 64))
    d.text((80, 75), "The inner planets", font=_font("dejavu/DejaVuSans-Bold.ttf", 66), fill="white", anchor="lm")
    fb = _font("dejavu/DejaVuSans.ttf", 40)
    for y, bullet, line in [(330, True, "Orbits drawn to scale"), (420, True, "Each distance is the"),
                            (470, False, "semi-major axis"), (560, True, "The Sun sits at the centre")]:
        if bullet:
            d.text((90, y), "\u2022", font=fb, fill=(255, 196, 64), anchor="lm")
        d.text((132, y), line, font=fb, fill=(230, 236, 245), anchor="lm")
    slide.alpha_composite(chart.resize((880, 825), Image.LANCZOS), (980, 200))
    fs = _font("dejavu/DejaVuSans.ttf", 26)
    d.text((80, 1040), "ASTR 101 \u00b7 Week 3", font=fs, fill=(120, 132, 160), anchor="lm")
    d.text((1840, 1040), "7", font=fs, fill=(120, 132, 160), anchor="rm")
    out = _flatten(slide).resize((960, 540), Image.LANCZOS)
    return _png(out)


# ============================================================== case 2: text-to-image look, Saturn's moons

_T2 = "Saturn has moons Titan, Hyperion and Iapetus, in order of distance from Saturn."
_W2 = ["titan_hyperion_swapped", "hyperion_dropped", "iapetus_named_rhea", "planet_named_jupiter"]


def _draw_aigen(wrong=None):
    import cv2
    if wrong not in [None] + _W2:
        raise ValueError(wrong)
    W, H = 1344, 768
    seed = 811
    # semi-major axes (km), JPL planetary satellite mean elements
    moons = [("Titan", 1221870.0, 230), ("Hyperion", 1500880.0, 328), ("Iapetus", 3560840.0, 38)]
    if wrong == "titan_hyperion_swapped":
        moons[0], moons[1] = ("Hyperion",) + moons[0][1:], ("Titan",) + moons[1][1:]  # breaks "in order of distance from Saturn" (Titan, Hyperion swapped)
    if wrong == "hyperion_dropped":
        moons.pop(1)  # breaks "moons Titan, Hyperion and Iapetus"
    if wrong == "iapetus_named_rhea":
        moons[2] = ("Rhea",) + moons[2][1:]  # breaks "Iapetus"
    planet = "Jupiter" if wrong == "planet_named_jupiter" else "Saturn"  # breaks "Saturn" (when wrong)
    scale = 330.0 / 3560840.0  # px per km
    cx, cy = 640, 384
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    can = np.zeros((H, W, 3), np.float32)
    can += np.array([8, 10, 26], np.float32)
    n1 = _fbm(H, W, seed, base=3, octaves=6)
    n2 = _fbm(H, W, seed + 1, base=4, octaves=5)
    neb = np.clip(n1 - 0.45, 0, 1) ** 1.5 * 2.2
    can += neb[..., None] * np.array([120, 52, 150], np.float32)
    can += (np.clip(n2 - 0.5, 0, 1) ** 1.6 * 2.0)[..., None] * np.array([30, 90, 160], np.float32)
    rs = _nrng(seed, "stars")
    for _ in range(700):
        x, y, b = rs.uniform(0, W), rs.uniform(0, H), rs.uniform(0.15, 1.0) ** 3
        if math.hypot(x - cx, y - cy) < 80:
            continue
        xi, yi = int(x), int(y)
        can[yi, xi] += 255 * b
    can = cv2.GaussianBlur(can, (0, 0), 0.7)
    vig = 1 - 0.35 * (((xx - W / 2) / W) ** 2 + ((yy - H / 2) / H) ** 2) * 2
    can *= vig[..., None]

    # glowing orbits at the real semi-major axes
    orb = np.zeros((H, W), np.float32)
    for name, akm, ang in moons:
        r = akm * scale
        cv2.circle(orb, (int(cx * 8), int(cy * 8)), int(r * 8), 1.0, 2, cv2.LINE_AA, 3)
    glow = cv2.GaussianBlur(orb, (0, 0), 4)
    can += (orb * 0.65 + glow * 1.4)[..., None] * np.array([120, 190, 255], np.float32)

    # Saturn (bodies not to scale): banded shaded sphere and rings, back half of the rings behind the planet
    Rp = 30.0
    tilt = 0.32

    def ring_layer(front):
        lay = np.zeros((H, W, 3), np.float32)
        al = np.zeros((H, W), np.float32)
        for k, (r0, r1, col, op) in enumerate([(1.24, 1.52, (150, 130, 105), 0.55), (1.53, 1.95, (226, 204, 164), 0.9),
                                                (2.03, 2.27, (200, 180, 146), 0.75)]):
            for rr in np.linspace(r0, r1, 14):
                m = np.zeros((H, W), np.float32)
                cv2.ellipse(m, (int(cx * 8), int(cy * 8)), (int(rr * Rp * 8), int(rr * Rp * tilt * 8)), -18,
                            0 if front else 180, 180 if front else 360, 1.0, 2, cv2.LINE_AA, 3)
                al = np.maximum(al, m * op)
                lay = np.maximum(lay, m[..., None] * np.array(col, np.float32))
        return lay, al

    back, aback = ring_layer(False)
    can = _over(can, back, aback)
    gx, gy = np.meshgrid(np.arange(W) + 0.5, np.arange(H) + 0.5)
    dx, dy = (gx - cx) / Rp, (gy - cy) / Rp
    d2 = dx * dx + dy * dy
    alpha = np.clip((1 - np.sqrt(d2)) * Rp + 0.5, 0, 1).astype(np.float32)
    nz = np.sqrt(np.clip(1 - d2, 0, 1))
    c18, s18 = math.cos(math.radians(18)), math.sin(math.radians(18))
    lat = (-dx * s18 + dy * c18)
    band = 0.5 + 0.5 * np.sin(lat * 11.0)
    base = np.array([214, 182, 128], np.float32)[None, None] * (0.85 + 0.15 * band[..., None])
    L = np.array([-0.6, -0.45, 0.66])
    L /= np.linalg.norm(L)
    ndl = np.clip(dx * L[0] + dy * L[1] + nz * L[2], 0, 1)
    col = base * (0.12 + 0.95 * ndl)[..., None] + 40 * ((1 - nz) ** 3)[..., None]
    can = _over(can, col, alpha)
    front, afront = ring_layer(True)
    can = _over(can, front, afront)
    # moons: small glossy spheres with a halo
    pos = {}
    for name, akm, ang in moons:
        r = akm * scale
        mx, my = cx + r * math.cos(math.radians(ang)), cy - r * math.sin(math.radians(ang))
        pos[name] = (mx, my)
        rm = 7.5
        dxm, dym = (gx - mx) / rm, (gy - my) / rm
        d2m = dxm * dxm + dym * dym
        am = np.clip((1 - np.sqrt(d2m)) * rm + 0.5, 0, 1).astype(np.float32)
        nzm = np.sqrt(np.clip(1 - d2m, 0, 1))
        lm = np.clip(dxm * L[0] + dym * L[1] + nzm * L[2], 0, 1)
        halo = np.exp(-d2m / 6.0) * 0.5
        can += halo[..., None] * np.array([200, 210, 255], np.float32)
        can = _over(can, np.array([222, 214, 196], np.float32)[None, None] * (0.15 + 0.9 * lm)[..., None], am)
    can = cv2.GaussianBlur(can, (0, 0), 0.55)
    can += _nrng(seed, "grain").normal(0, 2.0, (H, W, 1)).astype(np.float32)
    img = Image.fromarray(np.clip(can + 0.5, 0, 255).astype(np.uint8))
    d = ImageDraw.Draw(img)
    f = _font("dejavu/DejaVuSans.ttf", 26)
    d.text((cx, cy - 64), planet, font=_font("dejavu/DejaVuSans.ttf", 28), fill=(250, 238, 210), anchor="mm")
    for name, akm, ang in moons:
        mx, my = pos[name]
        if akm < 1.3e6:
            d.text((mx + 12, my - 8), name, font=f, fill=(235, 240, 255), anchor="lb")
        else:
            d.text((mx + 16, my - 14), name, font=f, fill=(235, 240, 255), anchor="lb")
    # scale bar: 1,000,000 km
    L1 = 1.0e6 * scale
    d.line([(60, 712), (60 + L1, 712)], fill=(235, 240, 255), width=3)
    d.line([(60, 704), (60, 720)], fill=(235, 240, 255), width=3)
    d.line([(60 + L1, 704), (60 + L1, 720)], fill=(235, 240, 255), width=3)
    d.text((60, 696), "1,000,000 km", font=_font("dejavu/DejaVuSans.ttf", 22), fill=(235, 240, 255), anchor="lb")
    return _png(img)


# ============================================================== case 3: matplotlib defaults, very small

_T3 = "Comet Borrelly orbits the Sun with semi-major axis 3.6 AU and eccentricity 0.62."
_W3 = ["sun_at_centre", "ellipse_e_0.3", "a_label_2.6", "named_Encke"]


def _draw_mpl_small(wrong=None):
    from matplotlib.figure import Figure
    if wrong not in [None] + _W3:
        raise ValueError(wrong)
    a, e = 3.6, 0.62
    ed = 0.3 if wrong == "ellipse_e_0.3" else e  # breaks "eccentricity 0.62" (drawn with e = 0.3)
    b, c = a * math.sqrt(1 - ed ** 2), a * ed
    t = np.linspace(0, 2 * np.pi, 400)
    x, y = a * np.cos(t) - c, b * np.sin(t)
    name = "Encke" if wrong == "named_Encke" else "Borrelly"  # breaks "Comet Borrelly" (when wrong)
    alab = "2.6" if wrong == "a_label_2.6" else "3.6"  # breaks "semi-major axis 3.6 AU" (when wrong)
    fig = Figure(figsize=(4, 3))
    ax = fig.subplots()
    ax.plot(x, y, label=f"{name} (a = {alab} AU, e = 0.62)")
    sx = -c if wrong == "sun_at_centre" else 0.0  # breaks "Comet Borrelly orbits the Sun" (Sun at the centre, not a focus)
    ax.plot(sx, 0, "o", label="Sun")
    ax.set_aspect("equal")
    ax.set_xlabel("x (AU)")
    ax.set_ylabel("y (AU)")
    ax.legend(loc="upper left", fontsize="x-small")
    ax.set_ylim(-3.2, 4.6)
    fig.tight_layout()
    return _png(_mpl_image(fig))


def cases():
    return [
        dict(id="h8-astronomy-slide-dark", text=_T1, tool="matplotlib chart (transparent) on a PIL slide",
             style="16:9 dark-theme lecture slide, blue title bar, bullets, chart at right, shrunk to 960 px "
                   "(960x540)",
             draw=_draw_slide, wrongs=list(_W1)),
        dict(id="h8-astronomy-aigen-saturn", text=_T2, tool="numpy + OpenCV (fbm nebula, shaded spheres, glow)",
             style="text-to-image look: space art, glowing orbits to scale, banded ringed planet, plain labels "
                   "(1344x768)",
             draw=_draw_aigen, wrongs=list(_W2)),
        dict(id="h8-astronomy-mpl-default-small", text=_T3, tool="matplotlib (defaults, figsize (4, 3))",
             style="notebook default line plot with legend, very small (400x300)",
             draw=_draw_mpl_small, wrongs=list(_W3)),
    ]
