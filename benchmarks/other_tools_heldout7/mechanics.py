"""Held-out set 7, mechanics: figures drawn by other tools and reaching the scorer in new ways.

h7-mechanics-mpl-window         matplotlib figure in its own "Figure 1" window (toolbar), window drop shadow
h7-mechanics-reportlab-multipanel reportlab page: (a) a reportlab LinePlot v-t chart (unrelated), (b) the forces
h7-mechanics-opencv-monitor     OpenCV drawing with a separate free-body diagram, photographed off a monitor

Forces are drawn to a stated scale (px or pt per newton), W = mg with g = 9.81 m/s^2. Every draw(wrong)
returns PNG bytes (RGB); each wrong name injects exactly one error against a stated fact (see "# breaks").
"""

SCIENCE = "mechanics"

# ---- helpers (copied into this module so that it is self-contained) ----
import io
import math
import os
import random
import subprocess
import tempfile

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

_TT = "/usr/share/fonts/truetype"


def _mpl_font_dir():
    import matplotlib
    return os.path.join(matplotlib.get_data_path(), "fonts", "ttf")


_FONT_FILES = {
    "sans": f"{_TT}/dejavu/DejaVuSans.ttf",
    "sans-b": f"{_TT}/dejavu/DejaVuSans-Bold.ttf",
    "sans-i": f"{_TT}/dejavu/DejaVuSans-Oblique.ttf",
    "cond": f"{_TT}/dejavu/DejaVuSansCondensed.ttf",
    "cond-b": f"{_TT}/dejavu/DejaVuSansCondensed-Bold.ttf",
    "mono": f"{_TT}/dejavu/DejaVuSansMono.ttf",
    "mono-b": f"{_TT}/dejavu/DejaVuSansMono-Bold.ttf",
    "serif": f"{_TT}/dejavu/DejaVuSerif.ttf",
    "serif-i": f"{_TT}/dejavu/DejaVuSerif-Italic.ttf",
    "lsans": f"{_TT}/liberation/LiberationSans-Regular.ttf",
    "lsans-b": f"{_TT}/liberation/LiberationSans-Bold.ttf",
    "lsans-i": f"{_TT}/liberation/LiberationSans-Italic.ttf",
    "lserif": f"{_TT}/liberation/LiberationSerif-Regular.ttf",
    "lserif-b": f"{_TT}/liberation/LiberationSerif-Bold.ttf",
    "lserif-i": f"{_TT}/liberation/LiberationSerif-Italic.ttf",
    "lmono": f"{_TT}/liberation/LiberationMono-Regular.ttf",
    "narrow": f"{_TT}/liberation/LiberationSansNarrow-Regular.ttf",
    "narrow-b": f"{_TT}/liberation/LiberationSansNarrow-Bold.ttf",
}
_FONT_CACHE = {}


def _font(key, size):
    k = (key, int(size))
    if k not in _FONT_CACHE:
        if key in ("cmr", "cmmi", "cmb", "cmss", "cmtt", "stix", "stix-i", "stix-b"):
            name = {"cmr": "cmr10.ttf", "cmmi": "cmmi10.ttf", "cmb": "cmb10.ttf", "cmss": "cmss10.ttf",
                    "cmtt": "cmtt10.ttf", "stix": "STIXGeneral.ttf", "stix-i": "STIXGeneralItalic.ttf",
                    "stix-b": "STIXGeneralBol.ttf"}[key]
            path = os.path.join(_mpl_font_dir(), name)
        else:
            path = _FONT_FILES[key]
        _FONT_CACHE[k] = ImageFont.truetype(path, int(size))
    return _FONT_CACHE[k]


def _png(img):
    """PIL image -> PNG bytes, RGB, only IHDR/IDAT/IEND."""
    buf = io.BytesIO()
    img.convert("RGB").save(buf, format="PNG", optimize=False, compress_level=6)
    return buf.getvalue()


def _rounded_mask(size, r):
    m = Image.new("L", size, 0)
    ImageDraw.Draw(m).rounded_rectangle([0, 0, size[0] - 1, size[1] - 1], radius=r, fill=255)
    return m


def _text_c(d, xy, s, font, fill, anchor="mm"):
    d.text(xy, s, font=font, fill=fill, anchor=anchor)


def _mpl_img(fig, dpi, facecolor=None):
    """Render a matplotlib Figure (Agg) to a PIL RGB image; no pyplot state is touched."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    FigureCanvasAgg(fig)
    buf = io.BytesIO()
    kw = {}
    if facecolor is not None:
        kw["facecolor"] = facecolor
    fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None}, **kw)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def _pdf_to_img(pdf_bytes, scale):
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf_bytes)
    try:
        page = doc[0]
        bm = page.render(scale=scale, may_draw_forms=False)
        img = bm.to_pil().convert("RGB")
        page.close()
    finally:
        doc.close()
    return img


def _jpeg(img, q, subsampling=2):
    buf = io.BytesIO()
    img.convert("RGB").save(buf, format="JPEG", quality=q, subsampling=subsampling, optimize=False)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def _drop_shadow(win, bg, pad=70, offset=(0, 22), blur=26, opacity=0.55, radius=12):
    """Composite an (already framed) window with rounded corners and a soft drop shadow onto `bg`
    (a colour or a callable giving a background image of the needed size)."""
    W, H = win.size
    cw, ch = W + 2 * pad, H + 2 * pad + offset[1]
    if callable(bg):
        canvas = bg((cw, ch)).convert("RGB")
    else:
        canvas = Image.new("RGB", (cw, ch), bg)
    m = _rounded_mask((W, H), radius)
    sh = Image.new("L", (cw, ch), 0)
    sh.paste(m.point(lambda v: int(v * opacity)), (pad + offset[0], pad + offset[1]))
    sh = sh.filter(ImageFilter.GaussianBlur(blur))
    canvas = Image.composite(Image.new("RGB", (cw, ch), (0, 0, 0)), canvas, sh)
    canvas.paste(win.convert("RGB"), (pad, pad), m)
    return canvas


def _mac_window(content, title, bar_h=30, bg=(255, 255, 255)):
    """A macOS-style window: title bar with the three traffic lights and a centred title."""
    W = content.width
    H = content.height + bar_h
    win = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(win)
    for y in range(bar_h):
        v = int(236 - 18 * y / bar_h)
        d.line([(0, y), (W, y)], fill=(v, v, v + 1))
    d.line([(0, bar_h - 1), (W, bar_h - 1)], fill=(190, 190, 190))
    for i, col in enumerate([(255, 95, 87), (254, 188, 46), (40, 200, 64)]):
        cx = 20 + 20 * i
        d.ellipse([cx - 6, bar_h // 2 - 6, cx + 6, bar_h // 2 + 6], fill=col,
                  outline=tuple(int(c * 0.85) for c in col))
    d.text((W // 2, bar_h // 2), title, font=_font("lsans-b", 13), fill=(70, 70, 70), anchor="mm")
    win.paste(content, (0, bar_h))
    return win


def _monitor_photo(img, seed, out_size=(1400, 980), quad=None, gain=1.15, stripes=0.5):
    """A phone photo of the figure on an LCD monitor: the picture is expanded into its RGB sub-pixel
    stripes, seen in perspective (the stripes alias against the camera's pixels: moire), with the bezel,
    a reflection, vignette, blur, noise and JPEG."""
    import cv2
    rng = np.random.RandomState(seed)
    rgb = np.asarray(img.convert("RGB"), np.float32) / 255.0
    H, W = rgb.shape[:2]
    S = np.zeros((H * 3, W * 3, 3), np.float32)
    rows = np.repeat(rgb, 3, axis=0)
    for c in range(3):
        S[:, c::3, c] = rows[:, :, c] * 3.0
    S[2::3] *= 0.55
    # the panel's diffuser and the lens's focus soften the stripes before the camera samples them
    full = np.repeat(rows, 3, axis=1)
    S = (1 - stripes) * full + stripes * cv2.GaussianBlur(S, (0, 0), 0.6) * gain / 3.0
    ow, oh = out_size
    if quad is None:
        quad = [(150, 118), (ow - 128, 86), (ow - 104, oh - 112), (128, oh - 70)]
    src = np.float32([(0, 0), (W * 3, 0), (W * 3, H * 3), (0, H * 3)])
    dst = np.float32(quad)
    M = cv2.getPerspectiveTransform(src, dst)
    screen = cv2.warpPerspective(S, M, (ow, oh), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
    mask = cv2.warpPerspective(np.ones((H * 3, W * 3), np.float32), M, (ow, oh), flags=cv2.INTER_LINEAR)
    # the room: a warm wall at the top, a desk below; the monitor bezel around the screen
    yy, xx = np.mgrid[0:oh, 0:ow].astype(np.float32)
    room = np.empty((oh, ow, 3), np.float32)
    room[..., 0] = 0.42 + 0.10 * (yy / oh)
    room[..., 1] = 0.38 + 0.08 * (yy / oh)
    room[..., 2] = 0.33 + 0.05 * (yy / oh)
    bez = np.float32([(quad[0][0] - 34, quad[0][1] - 30), (quad[1][0] + 34, quad[1][1] - 30),
                      (quad[2][0] + 36, quad[2][1] + 58), (quad[3][0] - 36, quad[3][1] + 60)])
    bmask = np.zeros((oh, ow), np.uint8)
    cv2.fillConvexPoly(bmask, bez.astype(np.int32), 1)
    bm = bmask.astype(np.float32)[..., None]
    bezel = np.float32([0.07, 0.07, 0.08]) + 0.03 * (xx / ow)[..., None]
    photo = room * (1 - bm) + bezel * bm
    photo = photo * (1 - mask[..., None]) + screen * mask[..., None]
    # reflection of a window: a soft bright diagonal band
    band = np.exp(-(((xx - 0.62 * ow) + 0.55 * (yy - 0.3 * oh)) / (0.16 * ow)) ** 2) * 0.10
    photo = photo + band[..., None] * np.float32([1.0, 1.0, 0.95])
    # camera: blur, vignette, white balance, noise
    photo = cv2.GaussianBlur(photo, (0, 0), 0.75)
    r2 = ((xx - ow / 2) / (ow / 2)) ** 2 + ((yy - oh / 2) / (oh / 2)) ** 2
    photo = photo * (1 - 0.28 * r2)[..., None]
    photo = photo * np.float32([1.02, 1.0, 0.94])
    photo = photo + rng.normal(0, 0.018, photo.shape).astype(np.float32)
    photo = np.clip(photo, 0, 1) ** (1 / 1.15)
    out = Image.fromarray((np.clip(photo, 0, 1) * 255 + 0.5).astype(np.uint8), "RGB")
    return _jpeg(out, 86)
# ---- end of helpers ----


G = 9.81

# ---------------------------------------------------------------------------------------------
# case 1: 7 kg sled pulled by 35 N at 40 degrees above the horizontal (matplotlib window)
# ---------------------------------------------------------------------------------------------
TEXT1 = "A 7 kg sled is pulled across horizontal snow by a 35 N force at 40 degrees above the horizontal."


def _draw_case1(wrong):
    from matplotlib.figure import Figure
    import matplotlib.patches as patches
    m, F, th = 7.0, 35.0, 40.0
    W = m * G  # 68.7 N
    N = W - F * math.sin(math.radians(th))  # 46.2 N
    s = 0.045  # plot units per newton
    fig = Figure(figsize=(8.0, 6.0), dpi=100, facecolor="white")
    ax = fig.add_axes([0.02, 0.02, 0.96, 0.96])
    ax.set_aspect("equal")
    ax.set_xlim(-0.5, 10.5)
    ax.set_ylim(-3.4, 4.2)
    ax.axis("off")
    ax.add_patch(patches.Rectangle((-0.5, -3.4), 11, 3.4, fc="#eef6fb", ec="none", zorder=0))
    ax.plot([-0.5, 10.5], [0, 0], color="#5b7a8c", lw=2)
    for x in np.arange(-0.3, 10.4, 0.45):
        ax.plot([x, x - 0.25], [0, -0.25], color="#9fb8c6", lw=1)
    # the sled: a wooden deck on two curled runners
    ax.add_patch(patches.FancyBboxPatch((3.2, 0.32), 3.6, 0.75, boxstyle="round,pad=0.02,rounding_size=0.12",
                                        fc="#c98b4e", ec="#6d4222", lw=2, zorder=2))
    t = np.linspace(0, 1, 60)
    ax.plot(3.0 + 4.2 * t, 0.08 + 0 * t, color="#455a64", lw=3, zorder=2)
    ang = np.linspace(-np.pi / 2, np.pi / 2, 30)
    ax.plot(7.2 + 0.22 * np.cos(ang), 0.3 + 0.22 * np.sin(ang), color="#455a64", lw=3, zorder=2)
    for x in (3.6, 6.4):
        ax.plot([x, x], [0.08, 0.32], color="#455a64", lw=2.4, zorder=2)
    mlab = "m = 9 kg" if wrong == "mass_label_9" else "m = 7 kg"  # breaks "A 7 kg sled"
    ax.text(3.1, 1.55, mlab, ha="left", va="center", fontsize=15, color="#4e342e", fontweight="bold", zorder=3)
    cx, cy = 5.0, 0.7
    th_draw = th
    if wrong == "angle_drawn_60":
        th_draw = 60.0  # breaks "at 40 degrees" (drawn at 60, labelled 40)
    if wrong == "force_below_horizontal":
        th_draw = -40.0  # breaks "40 degrees above the horizontal" (drawn below it)
    px, py = 6.8, 1.07  # the rope is tied to the front of the deck
    fx, fy = F * s * math.cos(math.radians(th_draw)), F * s * math.sin(math.radians(th_draw))
    arr = dict(arrowstyle="-|>,head_width=0.45,head_length=0.9", lw=2.6, shrinkA=0, shrinkB=0)
    ax.annotate("", xy=(px + fx, py + fy), xytext=(px, py), arrowprops=dict(color="#c62828", **arr), zorder=5)
    flab = "F = 53 N" if wrong == "force_label_53" else "F = 35 N"  # breaks "a 35 N force"
    ax.text(px + fx + 0.15, py + fy + 0.15, flab, fontsize=15, color="#c62828", zorder=5)
    ax.plot([px, px + 1.9], [py, py], color="#616161", lw=1.1, ls=(0, (4, 3)), zorder=4)
    a0, a1 = sorted((0.0, th_draw))
    ax.add_patch(patches.Arc((px, py), 2.2, 2.2, theta1=a0, theta2=a1, color="#616161", lw=1.3, zorder=4))
    mid = math.radians(th_draw / 2)
    ax.text(px + 1.35 * math.cos(mid), py + 1.35 * math.sin(mid), "40°", fontsize=13, color="#424242",
            ha="left", va="center", zorder=5)
    ax.annotate("", xy=(cx, cy - W * s), xytext=(cx, cy), arrowprops=dict(color="#1565c0", **arr), zorder=5)
    ax.text(cx + 0.15, cy - W * s + 0.1, "W = mg", fontsize=15, color="#1565c0", zorder=5)
    ax.annotate("", xy=(cx - 0.6, cy + N * s), xytext=(cx - 0.6, cy), arrowprops=dict(color="#2e7d32", **arr),
                zorder=5)
    ax.text(cx - 0.75, cy + N * s, "N", fontsize=15, color="#2e7d32", ha="right", zorder=5)
    ax.plot([0.2, 0.2 + 20 * s], [3.7, 3.7], color="black", lw=2)
    ax.text(0.2, 3.82, "20 N", fontsize=12)
    return _mpl_img(fig, 100)


def _mpl_window(img):
    """A matplotlib figure window (macOS look): title 'Figure 1', navigation toolbar under the canvas."""
    tb = 44
    content = Image.new("RGB", (img.width, img.height + tb), (236, 236, 236))
    content.paste(img, (0, 0))
    d = ImageDraw.Draw(content)
    y = img.height + tb // 2
    d.line([(0, img.height), (img.width, img.height)], fill=(200, 200, 200))
    ic = (70, 70, 70)
    x = 22
    # home, back, forward, pan, zoom, configure, save
    d.polygon([(x - 9, y), (x, y - 9), (x + 9, y)], outline=ic)
    d.rectangle([x - 6, y, x + 6, y + 8], outline=ic)
    x += 38
    d.line([(x - 8, y), (x + 8, y)], fill=ic, width=2)
    d.polygon([(x - 10, y), (x - 3, y - 6), (x - 3, y + 6)], fill=ic)
    x += 34
    d.line([(x - 8, y), (x + 8, y)], fill=ic, width=2)
    d.polygon([(x + 10, y), (x + 3, y - 6), (x + 3, y + 6)], fill=ic)
    x += 40
    d.line([(x - 9, y), (x + 9, y)], fill=ic, width=2)
    d.line([(x, y - 9), (x, y + 9)], fill=ic, width=2)
    x += 36
    d.ellipse([x - 8, y - 8, x + 4, y + 4], outline=ic, width=2)
    d.line([(x + 3, y + 3), (x + 9, y + 9)], fill=ic, width=3)
    x += 36
    for dy in (-6, 0, 6):
        d.line([(x - 9, y + dy), (x + 9, y + dy)], fill=ic, width=1)
    x += 36
    d.rectangle([x - 8, y - 8, x + 8, y + 8], outline=ic, width=2)
    d.rectangle([x - 4, y - 8, x + 4, y - 3], fill=ic)
    d.text((img.width - 14, y), "x=7.93  y=2.61", font=_font("lsans", 14), fill=(60, 60, 60), anchor="rm")
    return _mac_window(content, "Figure 1")


def _case1(wrong):
    win = _mpl_window(_draw_case1(wrong))
    return _png(_drop_shadow(win, (214, 220, 228), pad=56, offset=(0, 18), blur=22, opacity=0.5))


# ---------------------------------------------------------------------------------------------
# case 2: 5 kg block slides down a 30 degree ramp with an 8 N friction force (reportlab page, 2 panels)
# ---------------------------------------------------------------------------------------------
TEXT2 = "A 5 kg block slides down a ramp inclined at 30 degrees with a friction force of 8 N."


def _draw_case2(wrong):
    from reportlab.graphics import renderPDF
    from reportlab.graphics.charts.lineplots import LinePlot
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib.colors import HexColor, black
    from reportlab.pdfgen import canvas as rl_canvas
    m, th, f = 5.0, 30.0, 8.0
    acc = G * math.sin(math.radians(th)) - f / m  # 3.305 m/s^2 down the slope
    PW, PH = 900, 430
    buf = io.BytesIO()
    cv = rl_canvas.Canvas(buf, pagesize=(PW, PH), invariant=1, pageCompression=0)
    cv.setFillColor(HexColor("#ffffff"))
    cv.rect(0, 0, PW, PH, stroke=0, fill=1)
    # (a) speed against time: a reportlab LinePlot (the unrelated panel)
    dr = Drawing(330, 300)
    lp = LinePlot()
    lp.x, lp.y, lp.width, lp.height = 50, 40, 260, 220
    lp.data = [[(t / 10, acc * t / 10) for t in range(0, 31)]]
    lp.lines[0].strokeColor = HexColor("#1f618d")
    lp.lines[0].strokeWidth = 2
    lp.xValueAxis.valueMin, lp.xValueAxis.valueMax, lp.xValueAxis.valueStep = 0, 3, 0.5
    lp.yValueAxis.valueMin, lp.yValueAxis.valueMax, lp.yValueAxis.valueStep = 0, 10, 2
    lp.xValueAxis.labels.fontName = lp.yValueAxis.labels.fontName = "Helvetica"
    lp.xValueAxis.labels.fontSize = lp.yValueAxis.labels.fontSize = 10
    lp.yValueAxis.visibleGrid = 1
    lp.yValueAxis.gridStrokeColor = HexColor("#dddddd")
    dr.add(lp)
    dr.add(String(180, 8, "time t (s)", fontName="Helvetica", fontSize=11, textAnchor="middle"))
    dr.add(String(16, 150, "v (m/s)", fontName="Helvetica", fontSize=11, textAnchor="middle"))
    renderPDF.draw(dr, cv, 20, 60)
    cv.setFont("Helvetica-Bold", 15)
    cv.setFillColor(black)
    cv.drawString(30, PH - 40, "(a)")
    cv.drawString(390, PH - 40, "(b)")
    # (b) the ramp and the forces on the block, 3.2 pt per newton
    sN = 3.2
    th_draw = 45.0 if wrong == "ramp_drawn_45" else th  # breaks "inclined at 30 degrees" (drawn 45, label 30)
    t = math.radians(th_draw)
    Lb = 360
    Bx, By = 420 + Lb, 70  # the low end of the ramp (right)
    Ax, Ay = 420, 70
    Cx, Cy = 420, 70 + Lb * math.tan(t)
    if Cy > PH - 60:
        Lb2 = (PH - 130) / math.tan(t)
        Ax = Bx - Lb2
        Cx, Cy = Ax, 70 + Lb2 * math.tan(t)
    cv.setFillColor(HexColor("#e5e8e8"))
    cv.setStrokeColor(HexColor("#2c3e50"))
    cv.setLineWidth(1.6)
    p = cv.beginPath()
    p.moveTo(Ax, Ay)
    p.lineTo(Bx, By)
    p.lineTo(Cx, Cy)
    p.close()
    cv.drawPath(p, stroke=1, fill=1)
    cv.setLineWidth(1)
    cv.arc(Bx - 60, By - 60, Bx + 60, By + 60, 180 - th_draw, th_draw)
    cv.setFillColor(black)
    cv.setFont("Helvetica", 15)
    cv.drawString(Bx - 92, By + 10, "30°")
    dn = (math.cos(t), -math.sin(t))  # down the slope
    nn = (math.sin(t), math.cos(t))  # normal out of the slope
    sl = math.hypot(Bx - Cx, By - Cy)
    bw, bh = 110, 56
    ux, uy = Cx + dn[0] * sl * 0.48, Cy + dn[1] * sl * 0.48  # contact point, mid-slope
    ccx, ccy = ux + nn[0] * bh / 2, uy + nn[1] * bh / 2
    cv.saveState()
    cv.translate(ccx, ccy)
    cv.rotate(-th_draw)
    cv.setFillColor(HexColor("#f5b041"))
    cv.setStrokeColor(HexColor("#7e5109"))
    cv.rect(-bw / 2, -bh / 2, bw, bh, stroke=1, fill=1)
    cv.setFillColor(black)
    mlab = "m = 8 kg" if wrong == "mass_label_8" else "m = 5 kg"  # breaks "A 5 kg block"
    cv.setFont("Helvetica-Bold", 12)
    cv.drawCentredString(-27, 8, mlab)
    cv.restoreState()

    def arrow(x0, y0, dx, dy, col, lw=2.2):
        cv.setStrokeColor(col)
        cv.setFillColor(col)
        cv.setLineWidth(lw)
        L = math.hypot(dx, dy)
        ex, ey = dx / L, dy / L
        cv.line(x0, y0, x0 + dx - 9 * ex, y0 + dy - 9 * ey)
        hx, hy = x0 + dx, y0 + dy
        p2 = cv.beginPath()
        p2.moveTo(hx, hy)
        p2.lineTo(hx - 12 * ex - 5 * ey, hy - 12 * ey + 5 * ex)
        p2.lineTo(hx - 12 * ex + 5 * ey, hy - 12 * ey - 5 * ex)
        p2.close()
        cv.drawPath(p2, stroke=0, fill=1)

    W = m * G
    Nf = W * math.cos(math.radians(th))
    arrow(ccx, ccy, 0, -W * sN, HexColor("#1a5276"))
    cv.setFont("Helvetica-Bold", 14)
    cv.setFillColor(HexColor("#1a5276"))
    cv.drawString(ccx + 8, ccy - W * sN + 4, "W = mg")
    arrow(ccx, ccy, nn[0] * Nf * sN, nn[1] * Nf * sN, HexColor("#196f3d"))
    cv.setFillColor(HexColor("#196f3d"))
    cv.drawString(ccx + nn[0] * Nf * sN + 6, ccy + nn[1] * Nf * sN, "N")
    fdir = (-dn[0], -dn[1])  # friction opposes the sliding: up the slope
    if wrong == "friction_down_slope":
        fdir = dn  # breaks "slides down ... with a friction force" (friction drawn along the motion)
    fx0, fy0 = ux + nn[0] * 6, uy + nn[1] * 6
    arrow(fx0 + fdir[0] * bw / 2, fy0 + fdir[1] * bw / 2, fdir[0] * f * sN, fdir[1] * f * sN, HexColor("#922b21"))
    flab = "f = 12 N" if wrong == "friction_label_12" else "f = 8 N"  # breaks "a friction force of 8 N"
    cv.setFillColor(HexColor("#922b21"))
    lx = fx0 + fdir[0] * (bw / 2 + f * sN) + nn[0] * 16
    ly = fy0 + fdir[1] * (bw / 2 + f * sN) + nn[1] * 16
    cv.drawString(lx - 10, ly, flab)
    # direction of motion, beside the slope
    vx0, vy0 = Cx + dn[0] * sl * 0.74 + nn[0] * 30, Cy + dn[1] * sl * 0.74 + nn[1] * 30
    arrow(vx0, vy0, dn[0] * 55, dn[1] * 55, HexColor("#555555"), lw=1.2)
    cv.setFillColor(HexColor("#555555"))
    cv.setFont("Helvetica-Oblique", 12)
    cv.drawString(vx0 + dn[0] * 20 + nn[0] * 14, vy0 + dn[1] * 20 + nn[1] * 14, "motion")
    cv.setFillColor(black)
    cv.setFont("Times-Roman", 13)
    cv.drawString(30, 22, "Figure 5.  (a) Speed of the block against time.  (b) Forces on the block (3.2 pt per newton).")
    cv.showPage()
    cv.save()
    return _pdf_to_img(buf.getvalue(), 1.5)


def _case2(wrong):
    return _png(_draw_case2(wrong))


# ---------------------------------------------------------------------------------------------
# case 3: 1.5 kg lamp hangs from a string attached to the ceiling (OpenCV, on a monitor)
# ---------------------------------------------------------------------------------------------
TEXT3 = "A 1.5 kg lamp hangs from a string attached to the ceiling."


def _lamp(img, x, top):
    import cv2
    shade = np.array([(x - 22, top), (x + 22, top), (x + 66, top + 72), (x - 66, top + 72)], np.int32)
    cv2.fillConvexPoly(img, shade, (60, 110, 40), cv2.LINE_AA)
    cv2.polylines(img, [shade], True, (30, 60, 20), 2, cv2.LINE_AA)
    cv2.ellipse(img, (x, top + 86), (20, 20), 0, 0, 360, (90, 220, 250), -1, cv2.LINE_AA)
    cv2.ellipse(img, (x, top + 86), (20, 20), 0, 0, 360, (40, 140, 180), 2, cv2.LINE_AA)


def _draw_case3(wrong):
    import cv2
    W, H = 980, 640
    img = np.full((H, W, 3), 250, np.uint8)
    ceil = 86
    cv2.line(img, (120, ceil), (520, ceil), (40, 40, 40), 4, cv2.LINE_AA)
    for x in range(130, 520, 22):
        cv2.line(img, (x, ceil), (x + 18, ceil - 18), (90, 90, 90), 2, cv2.LINE_AA)
    lamps = [320]
    if wrong == "second_lamp":
        lamps = [250, 400]  # breaks "A 1.5 kg lamp" (two lamps drawn)
    top = 300
    for x in lamps:
        if wrong == "string_missing":
            pass  # breaks "hangs from a string attached to the ceiling" (no string)
        else:
            cv2.line(img, (x, ceil), (x, top), (70, 70, 70), 2, cv2.LINE_AA)
        cv2.rectangle(img, (x - 5, ceil), (x + 5, ceil + 8), (40, 40, 40), -1)
        _lamp(img, x, top)
    font = cv2.FONT_HERSHEY_SIMPLEX
    mlab = "m = 2.5 kg" if wrong == "mass_label_2.5" else "m = 1.5 kg"  # breaks "A 1.5 kg lamp"
    cv2.putText(img, mlab, (lamps[-1] + 78, top + 50), font, 0.95, (30, 30, 30), 2, cv2.LINE_AA)
    cv2.putText(img, "ceiling", (130, ceil - 28), font, 0.75, (90, 90, 90), 1, cv2.LINE_AA)
    # free-body diagram of the lamp, 9 px per newton: T = W = mg = 14.7 N
    k = 9.0
    Wf = 1.5 * G
    T = Wf
    if wrong == "tension_half_weight":
        T = Wf / 2  # breaks "hangs from a string" (at rest: T = mg; drawn half)
    ox, oy = 770, 330
    cv2.putText(img, "free-body diagram", (ox - 120, 70), font, 0.8, (60, 60, 60), 1, cv2.LINE_AA)
    cv2.circle(img, (ox, oy), 9, (30, 30, 30), -1, cv2.LINE_AA)
    cv2.arrowedLine(img, (ox, oy), (ox, int(oy - k * T)), (40, 40, 200), 4, cv2.LINE_AA, tipLength=0.12)
    cv2.arrowedLine(img, (ox, oy), (ox, int(oy + k * Wf)), (180, 80, 30), 4, cv2.LINE_AA, tipLength=0.12)
    cv2.putText(img, "T", (ox + 16, int(oy - k * T) + 14), font, 1.0, (40, 40, 200), 2, cv2.LINE_AA)
    cv2.putText(img, "W = mg", (ox + 16, int(oy + k * Wf) - 4), font, 1.0, (180, 80, 30), 2, cv2.LINE_AA)
    cv2.line(img, (ox - 120, 560), (ox - 120 + int(10 * k), 560), (30, 30, 30), 3, cv2.LINE_AA)
    cv2.putText(img, "10 N", (ox - 120, 550), font, 0.7, (30, 30, 30), 1, cv2.LINE_AA)
    cv2.line(img, (600, 60), (600, 600), (200, 200, 200), 1, cv2.LINE_AA)
    return Image.fromarray(img[:, :, ::-1].copy(), "RGB")


def _case3(wrong):
    img = _draw_case3(wrong)
    return _png(_monitor_photo(img, seed=763, out_size=(1400, 980),
                               quad=[(170, 120), (1250, 96), (1268, 840), (150, 872)]))


def cases():
    return [
        {"id": "h7-mechanics-mpl-window", "text": TEXT1,
         "tool": "matplotlib in a 'Figure 1' window (navigation toolbar)",
         "style": "window screenshot with rounded frame and drop shadow",
         "draw": _case1,
         "wrongs": ["angle_drawn_60", "force_below_horizontal", "force_label_53", "mass_label_9"]},
        {"id": "h7-mechanics-reportlab-multipanel", "text": TEXT2,
         "tool": "reportlab canvas + reportlab.graphics LinePlot -> pdfium",
         "style": "two-panel report figure; the asked figure is panel (b)",
         "draw": _case2,
         "wrongs": ["ramp_drawn_45", "friction_down_slope", "friction_label_12", "mass_label_8"]},
        {"id": "h7-mechanics-opencv-monitor", "text": TEXT3, "tool": "OpenCV (Hershey simplex)",
         "style": "phone photo of an LCD monitor (sub-pixel moire)",
         "draw": _case3,
         "wrongs": ["mass_label_2.5", "string_missing", "second_lamp", "tension_half_weight"]},
    ]
