"""Held-out set 7, optics: figures drawn by other tools and reaching the scorer in new ways.

h7-optics-opencv-chat       OpenCV ray diagram (LINE_AA, Hershey fonts), pasted into a desktop chat (Slack-like)
h7-optics-mpl-multipanel    two-panel report figure: (a) coating reflectance (unrelated), (b) the ray diagram
h7-optics-svg-small         hand-written SVG rasterised by resvg, then a 400 px JPEG at quality 40

Every image is where the mirror/lens equation 1/f = 1/d_o + 1/d_i puts it, with m = -d_i/d_o, heights and
distances at one scale. Every draw(wrong) returns PNG bytes (RGB); each wrong name injects exactly one error
against a stated fact (see the "# breaks" comments).
"""

SCIENCE = "optics"

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


def _jpeg(img, q, subsampling=2):
    buf = io.BytesIO()
    img.convert("RGB").save(buf, format="JPEG", quality=q, subsampling=subsampling, optimize=False)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def _small_web(img, width=400, fmt="jpeg", q=40):
    """A small web copy: Lanczos reduction to `width` px, then a heavy JPEG or WebP round trip."""
    h = max(1, round(img.height * width / img.width))
    im = img.convert("RGB").resize((width, h), Image.LANCZOS)
    buf = io.BytesIO()
    if fmt == "jpeg":
        im.save(buf, format="JPEG", quality=q, subsampling=2, optimize=False)
    else:
        im.save(buf, format="WEBP", quality=q, method=4)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def _wrap(d, text, font, width):
    lines, cur = [], ""
    for w in text.split():
        t = (cur + " " + w).strip()
        if d.textlength(t, font=font) > width:
            lines.append(cur)
            cur = w
        else:
            cur = t
    lines.append(cur)
    return lines


def _chat_frame(fig_img, app, who, msg_before, msg_after, time_s, seed):
    """A screenshot of the figure pasted into a chat: 'whatsapp' (phone, light), 'slack' (desktop,
    light) or 'imessage' (phone, dark). Chat apps re-compress pictures: JPEG q=72 on the way in."""
    fig = _jpeg(fig_img, 72)
    if app == "whatsapp":
        W = 720
        s = 560 / fig.width
        fig = fig.resize((560, round(fig.height * s)), Image.LANCZOS)
        H = 110 + 160 + fig.height + 90 + 120 + 90
        im = Image.new("RGB", (W, H), (229, 221, 213))
        rng = np.random.RandomState(seed)
        a = np.asarray(im, np.float32) + rng.normal(0, 1.6, (H, W))[..., None]
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        d = ImageDraw.Draw(im)
        d.rectangle([0, 0, W, 104], fill=(7, 94, 84))
        d.text((24, 54), "←", font=_font("sans", 30), fill=(255, 255, 255), anchor="lm")
        d.ellipse([70, 28, 118, 76], fill=(188, 204, 214))
        d.text((94, 52), who[0], font=_font("sans-b", 22), fill=(255, 255, 255), anchor="mm")
        d.text((134, 40), who, font=_font("sans-b", 22), fill=(255, 255, 255), anchor="lm")
        d.text((134, 70), "online", font=_font("sans", 15), fill=(200, 230, 225), anchor="lm")
        fm = _font("sans", 20)
        y = 130
        lines = _wrap(d, msg_before, fm, 470)
        bh = 26 * len(lines) + 40
        d.rounded_rectangle([20, y, 20 + 500, y + bh], radius=12, fill=(255, 255, 255))
        for i, l in enumerate(lines):
            d.text((36, y + 14 + 26 * i), l, font=fm, fill=(20, 20, 20))
        d.text((505, y + bh - 10), time_s, font=_font("sans", 13), fill=(140, 140, 140), anchor="rb")
        y += bh + 24
        bx = W - 20 - fig.width - 12
        d.rounded_rectangle([bx, y, W - 20, y + fig.height + 12 + 34], radius=12, fill=(220, 248, 198))
        m = _rounded_mask(fig.size, 9)
        im.paste(fig, (bx + 6, y + 6), m)
        d.text((W - 34, y + fig.height + 40), time_s + "  ✓✓", font=_font("sans", 13), fill=(79, 163, 214),
               anchor="rb")
        y += fig.height + 12 + 34 + 20
        lines = _wrap(d, msg_after, fm, 470)
        bh = 26 * len(lines) + 40
        d.rounded_rectangle([W - 20 - 500, y, W - 20, y + bh], radius=12, fill=(220, 248, 198))
        for i, l in enumerate(lines):
            d.text((W - 500, y + 14 + 26 * i), l, font=fm, fill=(20, 20, 20))
        d.text((W - 34, y + bh - 10), time_s + "  ✓✓", font=_font("sans", 13), fill=(79, 163, 214), anchor="rb")
        d.rectangle([0, H - 86, W, H], fill=(240, 240, 240))
        d.rounded_rectangle([14, H - 72, W - 90, H - 16], radius=28, fill=(255, 255, 255))
        d.text((40, H - 44), "Message", font=_font("sans", 20), fill=(160, 160, 160), anchor="lm")
        d.ellipse([W - 74, H - 72, W - 18, H - 16], fill=(0, 150, 136))
        return im
    if app == "slack":
        W = 1280
        fig_w = min(fig.width, 820)
        s = fig_w / fig.width
        fig = fig.resize((fig_w, round(fig.height * s)), Image.LANCZOS)
        H = 60 + 110 + fig.height + 150 + 80
        im = Image.new("RGB", (W, H), (255, 255, 255))
        d = ImageDraw.Draw(im)
        d.rectangle([0, 0, 250, H], fill=(63, 14, 64))
        d.text((20, 26), "Physics 101", font=_font("lsans-b", 19), fill=(255, 255, 255), anchor="lm")
        chans = ["# general", "# homework-help", "# optics-lab", "# random"]
        for i, c in enumerate(chans):
            yy = 90 + 32 * i
            if c == "# optics-lab":
                d.rectangle([0, yy - 14, 250, yy + 14], fill=(18, 100, 163))
            d.text((22, yy), c, font=_font("lsans", 16), fill=(230, 220, 230), anchor="lm")
        d.rectangle([250, 0, W, 52], fill=(255, 255, 255))
        d.line([(250, 52), (W, 52)], fill=(221, 221, 221))
        d.text((272, 26), "# optics-lab", font=_font("lsans-b", 18), fill=(29, 28, 29), anchor="lm")
        y = 74
        d.rounded_rectangle([272, y, 312, y + 40], radius=6, fill=(224, 130, 60))
        d.text((292, y + 20), who[0], font=_font("lsans-b", 20), fill=(255, 255, 255), anchor="mm")
        d.text((326, y + 2), who, font=_font("lsans-b", 16), fill=(29, 28, 29))
        nw = d.textlength(who, font=_font("lsans-b", 16))
        d.text((334 + nw, y + 4), time_s, font=_font("lsans", 13), fill=(97, 96, 97))
        d.text((326, y + 26), msg_before, font=_font("lsans", 16), fill=(29, 28, 29))
        y += 62
        im.paste(fig, (326, y))
        d.rectangle([325, y - 1, 326 + fig.width, y + fig.height], outline=(221, 221, 221))
        y += fig.height + 20
        d.rounded_rectangle([326, y, 420, y + 28], radius=14, fill=(240, 244, 248), outline=(29, 155, 209))
        d.text((373, y + 14), "+1  2", font=_font("lsans", 14), fill=(29, 28, 29), anchor="mm")
        y += 44
        d.rounded_rectangle([272, y, 312, y + 40], radius=6, fill=(46, 182, 125))
        d.text((292, y + 20), "M", font=_font("lsans-b", 20), fill=(255, 255, 255), anchor="mm")
        d.text((326, y + 2), "Maya", font=_font("lsans-b", 16), fill=(29, 28, 29))
        d.text((326, y + 26), msg_after, font=_font("lsans", 16), fill=(29, 28, 29))
        d.rounded_rectangle([272, H - 62, W - 20, H - 14], radius=8, outline=(160, 160, 160))
        d.text((290, H - 38), "Message #optics-lab", font=_font("lsans", 16), fill=(150, 150, 150), anchor="lm")
        return im
    # imessage, dark
    W = 750
    s = 540 / fig.width
    fig = fig.resize((540, round(fig.height * s)), Image.LANCZOS)
    H = 150 + 120 + fig.height + 40 + 130 + 110
    im = Image.new("RGB", (W, H), (0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, W, 140], fill=(22, 22, 24))
    d.text((W // 2, 22), "9:41", font=_font("sans-b", 17), fill=(255, 255, 255), anchor="mm")
    d.ellipse([W // 2 - 28, 44, W // 2 + 28, 100], fill=(110, 110, 118))
    d.text((W // 2, 72), who[0], font=_font("sans-b", 26), fill=(255, 255, 255), anchor="mm")
    d.text((W // 2, 122), who + " ›", font=_font("sans", 15), fill=(235, 235, 235), anchor="mm")
    d.text((30, 72), "‹", font=_font("sans", 44), fill=(10, 132, 255), anchor="mm")
    fm = _font("sans", 21)
    y = 170
    d.text((W // 2, y), "Today " + time_s, font=_font("sans", 13), fill=(142, 142, 147), anchor="mm")
    y += 26
    lines = _wrap(d, msg_before, fm, 440)
    bh = 28 * len(lines) + 26
    d.rounded_rectangle([18, y, 18 + 480, y + bh], radius=20, fill=(38, 38, 41))
    for i, l in enumerate(lines):
        d.text((36, y + 12 + 28 * i), l, font=fm, fill=(255, 255, 255))
    y += bh + 16
    m = _rounded_mask(fig.size, 22)
    im.paste(fig, (W - 18 - fig.width, y), m)
    y += fig.height + 22
    lines = _wrap(d, msg_after, fm, 440)
    bh = 28 * len(lines) + 26
    wmax = max(d.textlength(l, font=fm) for l in lines) + 36
    d.rounded_rectangle([W - 18 - wmax, y, W - 18, y + bh], radius=20, fill=(10, 132, 255))
    for i, l in enumerate(lines):
        d.text((W - wmax, y + 12 + 28 * i), l, font=fm, fill=(255, 255, 255))
    y += bh + 6
    d.text((W - 24, y), "Delivered", font=_font("sans", 13), fill=(142, 142, 147), anchor="ra")
    d.rounded_rectangle([70, H - 70, W - 20, H - 24], radius=23, outline=(58, 58, 60), width=2)
    d.text((92, H - 47), "iMessage", font=_font("sans", 19), fill=(99, 99, 102), anchor="lm")
    d.ellipse([18, H - 68, 58, H - 28], fill=(44, 44, 46))
    d.text((38, H - 48), "+", font=_font("sans", 26), fill=(160, 160, 165), anchor="mm")
    return im
# ---- end of helpers ----


# ---------------------------------------------------------------------------------------------
# case 1: converging lens f = 10 cm, object 2 cm tall at 20 cm -> real inverted image at 20 cm, 2 cm
# ---------------------------------------------------------------------------------------------
TEXT1 = "An object 2 cm tall is placed 20 cm from a converging lens with focal length 10 cm."


def _draw_case1(wrong):
    import cv2
    W, H = 1300, 560
    k = 24  # px per cm
    x0, y0 = 650, 300
    f, do, ho = 10.0, 20.0, 2.0
    di = 1 / (1 / f - 1 / do)  # 20 cm
    hi = -ho * di / do  # -2 cm
    img = np.full((H, W, 3), 255, np.uint8)
    X = lambda cm: int(round(x0 + k * cm))
    Y = lambda cm: int(round(y0 - k * cm))
    # lens: biconvex outline with a pale fill (BGR colours)
    ys = np.linspace(-6.2, 6.2, 80)
    if wrong == "lens_biconcave":
        half = 0.25 + 0.7 * (ys / 6.2) ** 2  # breaks "a converging lens" (drawn biconcave)
    else:
        half = 0.95 * (1 - (ys / 6.2) ** 2) + 0.05
    poly = [(X(h), Y(y)) for y, h in zip(ys, half)] + [(X(-h), Y(y)) for y, h in zip(ys[::-1], half[::-1])]
    layer = img.copy()
    cv2.fillPoly(layer, [np.array(poly, np.int32)], (250, 228, 200), cv2.LINE_AA)
    img = cv2.addWeighted(layer, 0.7, img, 0.3, 0)
    cv2.polylines(img, [np.array(poly, np.int32)], True, (150, 90, 30), 2, cv2.LINE_AA)
    cv2.line(img, (20, y0), (W - 20, y0), (60, 60, 60), 1, cv2.LINE_AA)
    # focal points and 2F marks
    font = cv2.FONT_HERSHEY_DUPLEX
    for cm, lab in ((-f, "F"), (f, "F'"), (-2 * f, "2F"), (2 * f, "2F'")):
        cv2.circle(img, (X(cm), y0), 5, (40, 40, 40), -1, cv2.LINE_AA)
        cv2.putText(img, lab, (X(cm) + (10 if cm > 0 else -14), y0 + 34), font, 0.85, (40, 40, 40), 1, cv2.LINE_AA)
    # object (green) and image (red) arrows
    xi, yi = di, hi
    if wrong == "image_at_15cm":
        xi = 15.0  # breaks "placed 20 cm from ... focal length 10 cm" (image must be at 20 cm; drawn at 15)
    if wrong == "image_upright":
        yi = -hi  # breaks "placed 20 cm from a converging lens with focal length 10 cm" (the real image is inverted; drawn upright)
    cv2.arrowedLine(img, (X(-do), y0), (X(-do), Y(ho)), (60, 150, 40), 4, cv2.LINE_AA, tipLength=0.3)
    cv2.arrowedLine(img, (X(xi), y0), (X(xi), Y(yi)), (40, 40, 210), 4, cv2.LINE_AA, tipLength=0.3)
    cv2.putText(img, "object", (X(-do) - 40, Y(ho) - 16), font, 0.8, (60, 150, 40), 1, cv2.LINE_AA)
    cv2.putText(img, "image", (X(xi) - 34, Y(yi) + (34 if yi < 0 else -16)), font, 0.8, (40, 40, 210), 1,
                cv2.LINE_AA)
    # three principal rays from the object's tip to the image's tip
    tip = (-do, ho)
    rays = [((-do, ho), (0, ho)), ((-do, ho), (0, 0)), ((-do, ho), (0, ho - (ho / (do - f)) * do))]
    cols = [(200, 120, 0), (0, 140, 230), (150, 60, 160)]
    for (p, q), col in zip(rays, cols):
        cv2.line(img, (X(p[0]), Y(p[1])), (X(q[0]), Y(q[1])), col, 2, cv2.LINE_AA)
        # after the lens: towards the drawn image tip, continued 3 cm beyond it
        dx, dy = xi - q[0], yi - q[1]
        L = math.hypot(dx, dy)
        end = (xi + 3 * dx / L, yi + 3 * dy / L)
        cv2.line(img, (X(q[0]), Y(q[1])), (X(end[0]), Y(end[1])), col, 2, cv2.LINE_AA)
    # dimensions below the axis
    def dim(a, b, yy, text):
        cv2.arrowedLine(img, (X((a + b) / 2), Y(yy)), (X(a), Y(yy)), (80, 80, 80), 1, cv2.LINE_AA, tipLength=0.04)
        cv2.arrowedLine(img, (X((a + b) / 2), Y(yy)), (X(b), Y(yy)), (80, 80, 80), 1, cv2.LINE_AA, tipLength=0.04)
        (tw, th), _ = cv2.getTextSize(text, font, 0.8, 1)
        cv2.rectangle(img, (X((a + b) / 2) - tw // 2 - 6, Y(yy) - th - 6), (X((a + b) / 2) + tw // 2 + 6, Y(yy) + 6),
                      (255, 255, 255), -1)
        cv2.putText(img, text, (X((a + b) / 2) - tw // 2, Y(yy) + 1), font, 0.8, (60, 60, 60), 1, cv2.LINE_AA)

    dim(-do, 0, -7.2, "do = 20 cm")
    dim(0, xi, -7.2, "di = 20 cm")
    flab = "f = 12 cm" if wrong == "f_label_12" else "f = 10 cm"  # breaks "focal length 10 cm"
    cv2.putText(img, "converging lens, " + flab, (X(0) - 150, Y(6.9)), font, 0.85, (150, 90, 30), 1, cv2.LINE_AA)
    return Image.fromarray(img[:, :, ::-1].copy(), "RGB")


def _case1(wrong):
    img = _draw_case1(wrong)
    out = _chat_frame(img, "slack", "Jonah Park", "ray diagram for the 2F case from today's lab",
                      "nice, which app did you draw it in?", "4:07 PM", seed=741)
    return _png(out)


# ---------------------------------------------------------------------------------------------
# case 2: concave mirror f = 20 cm, object 2 cm tall at 10 cm -> virtual upright image 20 cm behind, 4 cm
# ---------------------------------------------------------------------------------------------
TEXT2 = "A concave mirror has focal length 20 cm; an object 2 cm tall stands 10 cm in front of it."


def _draw_case2(wrong):
    from matplotlib.figure import Figure
    import matplotlib.patches as patches
    f, do, ho = 20.0, 10.0, 2.0
    di = 1 / (1 / f - 1 / do)  # -20 cm: virtual, behind the mirror
    hi = -ho * di / do  # +4 cm, upright
    fig = Figure(figsize=(13.5, 5.4), dpi=100, facecolor="white")
    rc = dict(family="Liberation Sans")
    # (a) an unrelated measurement: reflectance of the aluminium coating
    ax1 = fig.add_axes([0.05, 0.2, 0.22, 0.66])
    lam = np.linspace(400, 700, 200)
    R = 0.915 - 0.035 * np.exp(-((lam - 720) / 110) ** 2) + 0.004 * np.sin(lam / 37.0)
    ax1.plot(lam, R * 100, color="#444444", lw=1.8)
    ax1.set_xlim(400, 700)
    ax1.set_ylim(85, 95)
    ax1.set_xlabel("wavelength (nm)", fontsize=12, **rc)
    ax1.set_ylabel("reflectance (%)", fontsize=12, **rc)
    ax1.grid(True, color="#dddddd")
    ax1.set_title("(a)", loc="left", fontsize=14, fontweight="bold", **rc)
    # (b) the ray diagram, 1 cm = 1 data unit on both axes
    ax = fig.add_axes([0.31, 0.1, 0.67, 0.8])
    ax.set_aspect("equal")
    ax.set_xlim(-44, 33)
    ax.set_ylim(-11, 11)
    ax.axis("off")
    ax.set_title("(b)", loc="left", fontsize=14, fontweight="bold", **rc)
    ax.axhline(0, color="#555555", lw=0.9)
    Rm = 2 * f
    ys = np.linspace(-9.5, 9.5, 200)
    if wrong == "mirror_convex":
        xs = Rm - np.sqrt(Rm ** 2 - ys ** 2)  # breaks "a concave mirror" (drawn bulging towards the object)
    else:
        xs = -Rm + np.sqrt(Rm ** 2 - ys ** 2)  # circle of radius 2f about C = (-40, 0)
    hatch_dir = 1
    ax.plot(xs, ys, color="#1a237e", lw=2.6)
    for yy in np.arange(-9, 9.6, 1.2):
        xm = np.interp(yy, ys, xs)
        ax.plot([xm, xm + 0.9 * hatch_dir], [yy, yy - 0.8], color="#1a237e", lw=1)
    for cm, lab in ((-2 * f, "C"), (-f, "F")):
        ax.plot(cm, 0, "o", color="black", ms=5)
        ax.text(cm, -1.6, lab, ha="center", fontsize=14, **rc)
    ax.annotate("", xy=(-do, ho), xytext=(-do, 0), arrowprops=dict(arrowstyle="-|>", color="#2e7d32", lw=2.4))
    ax.text(-do, ho + 0.7, "object", ha="center", fontsize=12, color="#2e7d32", **rc)
    xi, yi = -di, hi  # the image 20 cm behind the vertex (x > 0), 4 cm tall, upright
    if wrong == "image_at_30cm":
        xi = 30.0  # breaks "focal length 20 cm ... 10 cm in front of it" (image 20 cm behind the mirror; drawn at 30 cm)
    if wrong == "image_inverted":
        yi = -hi  # breaks "focal length 20 cm ... 10 cm in front of it" (the virtual image is upright; drawn inverted)
    ax.annotate("", xy=(xi, yi), xytext=(xi, 0),
                arrowprops=dict(arrowstyle="-|>", color="#c62828", lw=2.2, ls=(0, (4, 2))))
    ax.text(xi, yi + (0.8 if yi > 0 else -1.6), "virtual image", ha="center", fontsize=12, color="#c62828", **rc)
    # rays from the object's tip; reflected rays solid, back-extensions dashed to the drawn image tip
    tip = np.array([-do, ho])
    hits = [np.array([np.interp(ho, ys, xs), ho]), np.array([np.interp(4.0, ys, xs), 4.0]), np.array([0.0, 0.0])]
    cols = ["#ef6c00", "#0277bd", "#6a1b9a"]
    for h, col in zip(hits, cols):
        ax.plot([tip[0], h[0]], [tip[1], h[1]], color=col, lw=1.6)
        dvec = np.array([xi, yi]) - h  # the reflected ray leaves along -dvec (away from the image tip)
        dvec = dvec / np.linalg.norm(dvec)
        out = h - 34 * dvec
        ax.plot([h[0], out[0]], [h[1], out[1]], color=col, lw=1.6)
        ax.plot([h[0], xi], [h[1], yi], color=col, lw=1.1, ls=(0, (3, 3)))
    # dimensions
    def dim(a, b, yy, text, dy):
        ax.annotate("", xy=(a, yy), xytext=(b, yy), arrowprops=dict(arrowstyle="<|-|>", color="#424242", lw=1,
                                                                    shrinkA=0, shrinkB=0))
        ax.text((a + b) / 2, yy + dy, text, ha="center", fontsize=12, **rc)

    flab = "f = 25 cm" if wrong == "f_label_25" else "f = 20 cm"  # breaks "focal length 20 cm"
    dim(-f, 0, -6.0, flab, -1.5)
    dim(-do, 0, 6.8, "do = 10 cm", 0.6)
    fig.text(0.05, 0.03, "Figure 4.  (a) Reflectance of the mirror's aluminium coating.  (b) Ray diagram.",
             fontsize=12, **rc)
    return _mpl_img(fig, 100)


def _case2(wrong):
    return _png(_draw_case2(wrong))


# ---------------------------------------------------------------------------------------------
# case 3: convex mirror f = 15 cm, object 6 cm tall at 30 cm -> virtual upright image 10 cm behind, 2 cm
# ---------------------------------------------------------------------------------------------
TEXT3 = "A convex mirror of focal length 15 cm; an object 6 cm tall is 30 cm in front of it."


def _draw_case3(wrong):
    import resvg_py
    f, do, ho = 15.0, 30.0, 6.0
    di = 1 / (-1 / f - 1 / do)  # -10 cm (behind the mirror)
    hi = -ho * di / do  # +2 cm
    k = 14.5
    x0, y0 = 515, 290
    X = lambda cm: x0 + k * cm
    Y = lambda cm: y0 - k * cm
    R = 2 * f
    ys = np.linspace(-9.5, 9.5, 60)
    if wrong == "mirror_concave":
        xs = -R + np.sqrt(R ** 2 - ys ** 2)  # breaks "a convex mirror" (drawn concave)
    else:
        xs = R - np.sqrt(R ** 2 - ys ** 2)  # centre C at +30 cm, behind the mirror
    mpath = "M " + " L ".join(f"{X(x):.1f},{Y(y):.1f}" for x, y in zip(xs, ys))
    hatch = "".join(f'<line x1="{X(np.interp(y, ys, xs)):.1f}" y1="{Y(y):.1f}" x2="{X(np.interp(y, ys, xs)) + 11:.1f}" '
                    f'y2="{Y(y) + 9:.1f}" />' for y in np.arange(-9, 9.6, 1.3))
    xi, yi = -di, hi
    if wrong == "image_at_20cm":
        xi = 20.0  # breaks "focal length 15 cm ... 30 cm in front of it" (image 10 cm behind the mirror; drawn at 20 cm)
    if wrong == "image_inverted":
        yi = -hi  # breaks "A convex mirror ... 6 cm tall" (its virtual image is upright; drawn inverted)
    tip = (-do, ho)
    h1 = (float(np.interp(ho, ys, xs)), ho)
    # ray 2 aims at C: find where the line tip->C meets the mirror
    t = np.linspace(0, 1, 4000)
    lx, ly = tip[0] + t * (2 * f - tip[0]), tip[1] + t * (0 - tip[1])
    mx = np.interp(ly, ys, xs)
    j = int(np.argmax(lx >= mx))
    h2 = (float(lx[j]), float(ly[j]))
    rays = ""
    for h, col in ((h1, "#d35400"), (h2, "#2471a3")):
        dx, dy = xi - h[0], yi - h[1]
        L = math.hypot(dx, dy)
        ox, oy = h[0] - 26 * dx / L, h[1] - 26 * dy / L
        rays += (f'<line x1="{X(tip[0]):.1f}" y1="{Y(tip[1]):.1f}" x2="{X(h[0]):.1f}" y2="{Y(h[1]):.1f}" '
                 f'stroke="{col}" stroke-width="3"/>'
                 f'<line x1="{X(h[0]):.1f}" y1="{Y(h[1]):.1f}" x2="{X(ox):.1f}" y2="{Y(oy):.1f}" stroke="{col}" '
                 f'stroke-width="3"/>'
                 f'<line x1="{X(h[0]):.1f}" y1="{Y(h[1]):.1f}" x2="{X(xi):.1f}" y2="{Y(yi):.1f}" stroke="{col}" '
                 f'stroke-width="2.4" stroke-dasharray="9 6"/>')
    dol = "do = 20 cm" if wrong == "do_label_20" else "do = 30 cm"  # breaks "30 cm in front of it"
    svg = f'''<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="520" viewBox="0 0 1000 520">
<defs>
<marker id="ag" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="4" markerHeight="4" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#1e8449"/></marker>
<marker id="ar" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="4" markerHeight="4" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#c0392b"/></marker>
<marker id="ak" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#333"/></marker>
</defs>
<rect width="1000" height="520" fill="#fffdf7"/>
<text x="30" y="50" font-family="DejaVu Sans" font-weight="bold" font-size="34" fill="#222">Convex mirror</text>
<line x1="40" y1="{y0}" x2="975" y2="{y0}" stroke="#555" stroke-width="2"/>
<path d="{mpath}" fill="none" stroke="#1b4f72" stroke-width="6"/>
<g stroke="#1b4f72" stroke-width="2.5">{hatch}</g>
{rays}
<line x1="{X(-do):.1f}" y1="{y0}" x2="{X(-do):.1f}" y2="{Y(ho) + 4:.1f}" stroke="#1e8449" stroke-width="7" marker-end="url(#ag)"/>
<line x1="{X(xi):.1f}" y1="{y0}" x2="{X(xi):.1f}" y2="{Y(yi) + (4 if yi > 0 else -4):.1f}" stroke="#c0392b" stroke-width="6" stroke-dasharray="10 5" marker-end="url(#ar)"/>
<circle cx="{X(f):.1f}" cy="{y0}" r="6" fill="#222"/><circle cx="{X(2 * f):.1f}" cy="{y0}" r="6" fill="#222"/>
<text x="{X(f):.1f}" y="{y0 + 40}" font-family="DejaVu Sans" font-size="30" text-anchor="middle" fill="#222">F</text>
<text x="{X(2 * f):.1f}" y="{y0 + 40}" font-family="DejaVu Sans" font-size="30" text-anchor="middle" fill="#222">C</text>
<text x="{X(-do):.1f}" y="{Y(ho) - 16:.1f}" font-family="DejaVu Sans" font-size="30" text-anchor="middle" fill="#1e8449">object</text>
<text x="{X(xi) + 8:.1f}" y="{Y(yi) - 16 if yi > 0 else Y(yi) + 38:.1f}" font-family="DejaVu Sans" font-size="30" text-anchor="middle" fill="#c0392b">image</text>
<line x1="{X(-do):.1f}" y1="{Y(-7.5):.1f}" x2="{X(0):.1f}" y2="{Y(-7.5):.1f}" stroke="#333" stroke-width="2.5" marker-start="url(#ak)" marker-end="url(#ak)"/>
<text x="{X(-do / 2):.1f}" y="{Y(-7.5) + 38:.1f}" font-family="DejaVu Sans" font-size="30" text-anchor="middle" fill="#222">{dol}</text>
<line x1="{X(0):.1f}" y1="{Y(-7.5):.1f}" x2="{X(f):.1f}" y2="{Y(-7.5):.1f}" stroke="#333" stroke-width="2.5" marker-start="url(#ak)" marker-end="url(#ak)"/>
<text x="{X(f / 2) + 14:.1f}" y="{Y(-7.5) + 38:.1f}" font-family="DejaVu Sans" font-size="30" text-anchor="middle" fill="#222">f = 15 cm</text>
</svg>'''
    fonts = [f"{_TT}/dejavu/DejaVuSans.ttf", f"{_TT}/dejavu/DejaVuSans-Bold.ttf"]
    png = resvg_py.svg_to_bytes(svg_string=svg, font_files=fonts, skip_system_fonts=True)
    return Image.open(io.BytesIO(bytes(png))).convert("RGB")


def _case3(wrong):
    return _png(_small_web(_draw_case3(wrong), width=400, fmt="jpeg", q=40))


def cases():
    return [
        {"id": "h7-optics-opencv-chat", "text": TEXT1,
         "tool": "OpenCV (LINE_AA, Hershey duplex) + chat screenshot",
         "style": "desktop team chat (Slack-like), picture re-compressed",
         "draw": _case1,
         "wrongs": ["image_at_15cm", "image_upright", "f_label_12", "lens_biconcave"]},
        {"id": "h7-optics-mpl-multipanel", "text": TEXT2, "tool": "matplotlib (two axes, equal-aspect cm panel)",
         "style": "two-panel report figure; the asked figure is panel (b)",
         "draw": _case2,
         "wrongs": ["image_at_30cm", "image_inverted", "mirror_convex", "f_label_25"]},
        {"id": "h7-optics-svg-small", "text": TEXT3, "tool": "hand-written SVG -> resvg",
         "style": "small web copy, 400 px wide, JPEG quality 40",
         "draw": _case3,
         "wrongs": ["image_at_20cm", "image_inverted", "mirror_concave", "do_label_20"]},
    ]
