"""Held-out figures by other tools, set 8 — crystal.

  * a text-to-image-generator look: glossy ray-cast spheres in perspective on a studio backdrop with soft
    contact shadows (numpy + OpenCV), fcc nickel;
  * black-and-white textbook line art (oblique projection, open and filled circles, dimension line),
    reportlab -> pdfium at 300 dpi, rock-salt LiF;
  * matplotlib mplot3d exactly as a notebook saves it (defaults, 640 x 480), bcc molybdenum.
"""

SCIENCE = "crystal"

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


# ============================================================== case 1: text-to-image look, fcc Ni

_T1 = "Nickel is face-centred cubic with a = 3.52 Å."
_W1 = ["face_centres_dropped", "body_centre_added", "a_label_3.92", "named_Cu"]


def _draw_aigen(wrong=None):
    import cv2
    if wrong not in [None] + _W1:
        raise ValueError(wrong)
    W, H = 1024, 1024
    seed = 807
    a = 3.52                      # Å, the stated lattice constant (lit. 3.524 Å)
    R = 0.5 * a * math.sqrt(2) / 4  # balls at half the touching radius a*sqrt(2)/4 = 1.245 Å
    sites = [(x, y, z) for x in (0, 1) for y in (0, 1) for z in (0, 1)]
    faces = [(0.5, 0.5, 0), (0.5, 0.5, 1), (0.5, 0, 0.5), (0.5, 1, 0.5), (0, 0.5, 0.5), (1, 0.5, 0.5)]
    if wrong != "face_centres_dropped":  # breaks "face-centred cubic" (no face centres: simple cubic)
        sites += faces
    if wrong == "body_centre_added":
        sites.append((0.5, 0.5, 0.5))  # breaks "face-centred cubic" (an atom at the body centre)
    P = np.array(sites, float) * a
    centre = np.array([a / 2, a / 2, a / 2])
    d = np.array([0.9, -1.6, 1.0])
    d /= np.linalg.norm(d)
    C = centre + d * 5.5 * a
    fwd = centre - C
    fwd /= np.linalg.norm(fwd)
    right = np.cross(fwd, [0, 0, 1.0])
    right /= np.linalg.norm(right)
    up = np.cross(right, fwd)
    F, cx, cy = 1900.0, W / 2, H / 2 + 10

    def proj(p):
        v = np.asarray(p, float) - C
        z = v @ fwd
        return cx + F * (v @ right) / z, cy - F * (v @ up) / z, z

    # studio backdrop
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    t = (yy / H)[..., None]
    can = np.array([236, 237, 242], np.float32) * (1 - t) + np.array([182, 188, 202], np.float32) * t
    spot = np.exp(-(((xx - 470) ** 2) / (2 * 420.0 ** 2) + ((yy - 420) ** 2) / (2 * 360.0 ** 2)))
    can = can * (0.86 + 0.2 * spot[..., None])
    can += ((_fbm(H, W, seed, base=5, octaves=4) - 0.5) * 7)[..., None]
    # soft contact shadows on a floor just below the cell
    zf = -R - 0.05
    sh = np.zeros((H, W), np.float32)
    for p in P:
        fx, fy, fz = proj((p[0] + 0.25 * p[2], p[1] - 0.15 * p[2], zf))
        rr = F * R / fz * (1.2 + 0.25 * p[2] / a)
        cv2.ellipse(sh, (int(fx), int(fy)), (int(rr * 1.1), int(rr * 0.42)), 0, 0, 360, 0.55 / (1 + 0.6 * p[2] / a), -1,
                    cv2.LINE_AA)
    sh = cv2.GaussianBlur(sh, (0, 0), 14)
    can = can * (1 - np.clip(sh, 0, 0.7))[..., None]

    items = []
    for p in P:
        items.append((proj(p)[2], "ball", p))
    edges = []
    for i in (0, 1):
        for j in (0, 1):
            edges += [((0, i, j), (1, i, j)), ((i, 0, j), (i, 1, j)), ((i, j, 0), (i, j, 1))]
    for e0, e1 in edges:
        p0, p1 = np.array(e0, float) * a, np.array(e1, float) * a
        u = (p1 - p0) / a
        q0, q1 = p0 + u * R, p1 - u * R
        n = 40
        for k in range(n):
            s0, s1 = q0 + (q1 - q0) * k / n, q0 + (q1 - q0) * (k + 1) / n
            items.append((proj((s0 + s1) / 2)[2], "rod", (s0, s1)))
    items.sort(key=lambda it: -it[0])
    L = np.array([-0.45, 0.62, 0.64])
    L /= np.linalg.norm(L)
    Hh = L + np.array([0, 0, 1.0])
    Hh /= np.linalg.norm(Hh)
    base = np.array([118, 178, 150], np.float32)
    for z, kind, p in items:
        if kind == "rod":
            x0, y0, _ = proj(p[0])
            x1, y1, _ = proj(p[1])
            bx0, by0 = int(min(x0, x1)) - 4, int(min(y0, y1)) - 4
            bx1, by1 = int(max(x0, x1)) + 5, int(max(y0, y1)) + 5
            lay = np.zeros((by1 - by0, bx1 - bx0), np.float32)
            cv2.line(lay, (int((x0 - bx0) * 4), int((y0 - by0) * 4)), (int((x1 - bx0) * 4), int((y1 - by0) * 4)),
                     1.0, 4, cv2.LINE_AA, 2)
            a_ = (lay * 0.9)[..., None]
            reg = can[by0:by1, bx0:bx1]
            can[by0:by1, bx0:bx1] = reg * (1 - a_) + np.array([92, 98, 112], np.float32) * a_
            continue
        px, py, pz = proj(p)
        r = F * R / pz
        x0, x1 = int(max(0, px - r - 2)), int(min(W, px + r + 3))
        y0, y1 = int(max(0, py - r - 2)), int(min(H, py + r + 3))
        gx, gy = np.meshgrid(np.arange(x0, x1) + 0.5, np.arange(y0, y1) + 0.5)
        dx, dy = (gx - px) / r, -(gy - py) / r
        d2 = dx * dx + dy * dy
        alpha = np.clip((1 - np.sqrt(d2)) * r + 0.5, 0, 1).astype(np.float32)
        nz = np.sqrt(np.clip(1 - d2, 0, 1))
        ndl = np.clip(dx * L[0] + dy * L[1] + nz * L[2], 0, 1)
        ndh = np.clip(dx * Hh[0] + dy * Hh[1] + nz * Hh[2], 0, 1)
        env = 0.18 * np.clip(dy + 0.2, 0, 1)
        fres = (1 - nz) ** 3
        col = base * (0.22 + 0.78 * ndl)[..., None] + 255 * (0.85 * ndh ** 70 + env + 0.25 * fres)[..., None]
        can[y0:y1, x0:x1] = can[y0:y1, x0:x1] * (1 - alpha[..., None]) + col * alpha[..., None]
    can = cv2.GaussianBlur(can, (0, 0), 0.6)
    can += _nrng(seed, "grain").normal(0, 1.8, (H, W, 1)).astype(np.float32)
    img = Image.fromarray(np.clip(can + 0.5, 0, 255).astype(np.uint8))
    dr = ImageDraw.Draw(img)
    # dimension line parallel to the front bottom edge (0,0,0)-(a,0,0), offset below it
    ax0, ay0, az0 = proj((0, 0, 0))
    ax1, ay1, az1 = proj((a, 0, 0))
    ang = math.atan2(ay1 - ay0, ax1 - ax0)
    nx_, ny_ = -math.sin(ang), math.cos(ang)
    if ny_ < 0:
        nx_, ny_ = -nx_, -ny_
    off = 95
    p0, p1 = (ax0 + nx_ * off, ay0 + ny_ * off), (ax1 + nx_ * off, ay1 + ny_ * off)
    for (qx, qy), zz in (((ax0, ay0), az0), ((ax1, ay1), az1)):
        g0 = F * R / zz + 8
        dr.line([(qx + nx_ * g0, qy + ny_ * g0), (qx + nx_ * (off + 12), qy + ny_ * (off + 12))], fill=(70, 74, 88),
                width=2)
    dr.line([p0, p1], fill=(40, 44, 56), width=3)
    for (qx, qy), sgn in ((p0, 1), (p1, -1)):
        tip = [(qx, qy), (qx + sgn * 18 * math.cos(ang) - 7 * math.sin(ang), qy + sgn * 18 * math.sin(ang) + 7 * math.cos(ang)),
               (qx + sgn * 18 * math.cos(ang) + 7 * math.sin(ang), qy + sgn * 18 * math.sin(ang) - 7 * math.cos(ang))]
        dr.polygon(tip, fill=(40, 44, 56))
    alab = "a = 3.92 Å" if wrong == "a_label_3.92" else "a = 3.52 Å"  # breaks "a = 3.52 Å" (when wrong)
    f = _font("dejavu/DejaVuSans.ttf", 34)
    dr.text(((p0[0] + p1[0]) / 2 + nx_ * 36, (p0[1] + p1[1]) / 2 + ny_ * 36), alab, font=f, fill=(30, 32, 44), anchor="mm")
    name = "Copper (Cu)" if wrong == "named_Cu" else "Nickel (Ni)"  # breaks "Nickel" (when wrong)
    dr.text((60, 70), name, font=_font("dejavu/DejaVuSans.ttf", 44), fill=(30, 32, 44), anchor="lm")
    return _png(img)


# ============================================================== case 2: textbook line art, reportlab -> pdfium

_T2 = "Lithium fluoride has the rock-salt structure with a = 4.03 Å."
_W2 = ["F_edge_centres_dropped", "Li_face_centres_dropped", "a_label_4.30", "named_NaF"]


def _draw_textbook(wrong=None):
    import pypdfium2 as pdfium
    from reportlab.lib.pagesizes import inch
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    if wrong not in [None] + _W2:
        raise ValueError(wrong)
    for nm, fn in (("LibSerif", "LiberationSerif-Regular.ttf"), ("LibSerifIt", "LiberationSerif-Italic.ttf"),
                   ("LibSerifBd", "LiberationSerif-Bold.ttf")):
        try:
            pdfmetrics.getFont(nm)
        except KeyError:
            pdfmetrics.registerFont(TTFont(nm, _FONTS + "liberation/" + fn))
    Wpt, Hpt = 5.5 * inch, 4.0 * inch
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(Wpt, Hpt), invariant=1)
    a = 4.03                      # Å (lit. 4.027 Å)
    s = 36.0                      # pt per Å
    ox, oy = 70.0, 62.0
    k, th = 0.5, math.radians(35)  # cabinet projection of the receding y axis

    def pr(x, y, z):
        return ox + s * (x + k * y * math.cos(th)), oy + s * (z + k * y * math.sin(th))

    # Shannon radii (CN 6): Li+ 0.76 Å, F- 1.33 Å, drawn at 0.42 x
    rLi, rF = 0.42 * 0.76 * s, 0.42 * 1.33 * s
    grid = [(i, j, kk) for i in range(3) for j in range(3) for kk in range(3)]
    atoms = {}
    for (i, j, kk) in grid:
        odd = (i + j + kk) % 2 == 1
        face = (not odd) and [i, j, kk].count(1) == 2
        edge = odd and [i, j, kk].count(1) == 1
        if wrong == "F_edge_centres_dropped" and edge:
            continue  # breaks "rock-salt structure" (F only at the body centre)
        if wrong == "Li_face_centres_dropped" and face:
            continue  # breaks "rock-salt structure" (Li only at the corners)
        atoms[(i, j, kk)] = "F" if odd else "Li"
    c.setLineCap(1)
    items = []
    for (i, j, kk) in grid:
        for dd in ((1, 0, 0), (0, 1, 0), (0, 0, 1)):
            q = (i + dd[0], j + dd[1], kk + dd[2])
            if max(q) <= 2:
                items.append((max(j, q[1]) + 0.01, "bond", ((i, j, kk), q)))
    for key, el in atoms.items():
        items.append((key[1] - 0.0005 * key[0] + 0.0005 * key[2], "atom", (key, el)))
    items.sort(key=lambda it: -it[0])

    def f_ion(x, y):
        c.setFillGray(1.0)
        c.setLineWidth(0.8)
        c.circle(x, y, rF, stroke=1, fill=1)
        c.setLineWidth(0.35)
        for t in range(-4, 5):
            yy = t * rF / 5.0
            if yy < -0.1 * rF:
                hw = math.sqrt(max(rF * rF - yy * yy, 0))
                c.line(x - hw * 0.92, y + yy, x + hw * 0.92, y + yy)

    for _, kind, val in items:
        if kind == "bond":
            (p, q) = val
            x0, y0 = pr(*(np.array(p) * a / 2))
            x1, y1 = pr(*(np.array(q) * a / 2))
            outer = all(v in (0, 2) for v in (p[1], p[2])) and p[0] != q[0] or \
                all(v in (0, 2) for v in (p[0], p[2])) and p[1] != q[1] or \
                all(v in (0, 2) for v in (p[0], p[1])) and p[2] != q[2]
            c.setLineWidth(0.9 if outer else 0.45)
            c.line(x0, y0, x1, y1)
        else:
            (key, el) = val
            x, y = pr(*(np.array(key) * a / 2))
            if el == "Li":
                c.setFillGray(0.0)
                c.circle(x, y, rLi, stroke=1, fill=1)
                c.setFillGray(1.0)
                c.circle(x - rLi * 0.3, y + rLi * 0.3, rLi * 0.22, stroke=0, fill=1)
            else:
                f_ion(x, y)
    # dimension line under the front bottom edge
    x0, y0 = pr(0, 0, 0)
    x1, y1 = pr(a, 0, 0)
    yd = y0 - 30
    c.setLineWidth(0.5)
    c.line(x0, y0 - rLi - 3, x0, yd - 4)
    c.line(x1, y1 - rLi - 3, x1, yd - 4)
    c.line(x0, yd, x1, yd)
    for xx, sg in ((x0, 1), (x1, -1)):
        p = c.beginPath()
        p.moveTo(xx, yd)
        p.lineTo(xx + sg * 7, yd + 2.2)
        p.lineTo(xx + sg * 7, yd - 2.2)
        p.close()
        c.setFillGray(0)
        c.drawPath(p, stroke=0, fill=1)
    alab = "4.30 Å" if wrong == "a_label_4.30" else "4.03 Å"  # breaks "a = 4.03 Å" (when wrong)
    c.setFillGray(1)
    c.rect((x0 + x1) / 2 - 34, yd - 6, 68, 12, stroke=0, fill=1)
    c.setFillGray(0)
    c.setFont("LibSerifIt", 11)
    c.drawString((x0 + x1) / 2 - 31, yd - 3.8, "a")
    c.setFont("LibSerif", 11)
    c.drawString((x0 + x1) / 2 - 24, yd - 3.8, "= " + alab)
    # legend
    lx, ly = 325, 215
    cat = "Na" if wrong == "named_NaF" else "Li"  # breaks "Lithium fluoride" (when wrong)
    c.setFillGray(0)
    c.circle(lx, ly, rLi, stroke=1, fill=1)
    c.setFont("LibSerif", 12)
    c.drawString(lx + rF + 6, ly - 4, cat)
    c.setFont("LibSerif", 8)
    c.drawString(lx + rF + 6 + pdfmetrics.stringWidth(cat, "LibSerif", 12), ly + 2.5, "+")
    f_ion(lx, ly - 48)
    c.setFillGray(0)
    c.setFont("LibSerif", 12)
    c.drawString(lx + rF + 6, ly - 52, "F")
    c.setFont("LibSerif", 8)
    c.drawString(lx + rF + 6 + pdfmetrics.stringWidth("F", "LibSerif", 12), ly - 45.5, "\u2212")
    c.setFont("LibSerifBd", 9.5)
    c.drawString(24, 14, "Figure 12.4")
    c.setFont("LibSerif", 9.5)
    c.drawString(82, 14, "Conventional unit cell (ions drawn at 0.42 of their radii).")
    c.showPage()
    c.save()
    pdf = pdfium.PdfDocument(buf.getvalue())
    page = pdf[0]
    bmp = page.render(scale=300 / 72.0)
    im = bmp.to_pil()
    out = _flatten(im)
    page.close()
    pdf.close()
    return _png(out)


# ============================================================== case 3: matplotlib mplot3d defaults, bcc Mo

_T3 = "Molybdenum is body-centred cubic with a = 3.15 Å."
_W3 = ["body_centre_dropped", "corner_dropped", "a_label_2.87", "named_W"]


def _draw_mpl3d(wrong=None):
    from matplotlib.figure import Figure
    if wrong not in [None] + _W3:
        raise ValueError(wrong)
    a = 3.15  # Å (lit. 3.147 Å)
    pts = [(x, y, z) for x in (0, a) for y in (0, a) for z in (0, a)]
    if wrong == "corner_dropped":
        pts.remove((a, a, a))  # breaks "body-centred cubic" (a corner atom missing)
    if wrong != "body_centre_dropped":  # breaks "body-centred cubic" (no body centre)
        pts.append((a / 2, a / 2, a / 2))
    fig = Figure()
    ax = fig.add_subplot(projection="3d")
    for x in (0, a):
        for y in (0, a):
            ax.plot([x, x], [y, y], [0, a], "k-", lw=1)
            ax.plot([x, x], [0, a], [y, y], "k-", lw=1)
            ax.plot([0, a], [x, x], [y, y], "k-", lw=1)
    xs, ys, zs = zip(*pts)
    ax.scatter(xs, ys, zs, s=300, label="W" if wrong == "named_W" else "Mo")  # breaks "Molybdenum" (when wrong)
    ax.text(a / 2, 0, a + 0.3, "a = 2.87 Å" if wrong == "a_label_2.87" else "a = 3.15 Å", ha="center")  # breaks "a = 3.15 Å"
    ax.set_xlabel("x (Å)")
    ax.set_ylabel("y (Å)")
    ax.set_zlabel("z (Å)")
    ax.set_aspect("equal")
    ax.legend()
    ax.set_title("unit cell")
    return _png(_mpl_image(fig))


def cases():
    return [
        dict(id="h8-crystal-aigen-render", text=_T1, tool="numpy sphere ray-casting + OpenCV (painter's order)",
             style="text-to-image look: glossy spheres, studio backdrop, soft contact shadows, plain-font labels "
                   "(1024x1024)",
             draw=_draw_aigen, wrongs=list(_W1)),
        dict(id="h8-crystal-reportlab-textbook", text=_T2, tool="reportlab canvas -> pdfium (300 dpi)",
             style="black-and-white textbook line art: cabinet projection, filled/hatched ions, dimension line, "
                   "legend, figure caption, 300 dpi (1651x1200)",
             draw=_draw_textbook, wrongs=list(_W2)),
        dict(id="h8-crystal-mpl3d-default", text=_T3, tool="matplotlib mplot3d (defaults)",
             style="notebook default 3-D scatter, legend, axes in Å (640x480)",
             draw=_draw_mpl3d, wrongs=list(_W3)),
    ]
