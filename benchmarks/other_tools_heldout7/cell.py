"""Held-out set 7, cell: figures drawn by other tools and reaching the scorer in new ways.

h7-cell-mpl-chat         matplotlib (own rcParams, patheffects shadows) pasted into a phone chat (WhatsApp-like)
h7-cell-mpl-fax          matplotlib black-and-white textbook figure (hatching), received as a 1-bit fax
h7-cell-skimage-monitor  scikit-image raster drawing, photographed off an LCD monitor (moire)

Every draw(wrong) returns PNG bytes (RGB); draw(None) is the correct figure of the case's text, and each
wrong name injects exactly one error against a stated fact (see the "# breaks" comments).
"""

SCIENCE = "cell"

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


def _fax(img, header, seed, page_w=1216, page_h=None, top=70):
    """A received fax: the page at standard resolution (half the vertical lines), 1-bit Floyd-Steinberg
    dither, a transmission header line, horizontal streaks and a little skew; returned as RGB."""
    rng = np.random.RandomState(seed)
    g = img.convert("L")
    scale = min(1.0, (page_w - 90) / g.width)
    g = g.resize((max(1, round(g.width * scale)), max(1, round(g.height * scale))), Image.LANCZOS)
    if page_h is None:
        page_h = g.height + top + 120
    page = Image.new("L", (page_w, page_h), 255)
    page.paste(g, ((page_w - g.width) // 2, top + 30))
    # the scanner's tone curve: paper goes white, mid tones darken
    lut = [255 if v > 228 else int(max(0, min(255, (v - 20) * 1.05))) for v in range(256)]
    page = page.point(lut)
    # standard resolution: 98 lines per inch against 204 dots -> each scan line doubled
    half = page.resize((page_w, page_h // 2), Image.BOX)
    page = half.resize((page_w, (page_h // 2) * 2), Image.NEAREST)
    bw = page.convert("1")  # Floyd-Steinberg error diffusion
    bw = bw.convert("L")
    d = ImageDraw.Draw(bw)
    f = _font("lmono", 17)
    d.text((28, 14), header, font=f, fill=0)
    arr = np.asarray(bw).copy()
    # a speck of dirt on the sender's scanner glass: a broken vertical streak down the margin;
    # and two scan lines lost in transmission (white dropouts)
    x = rng.randint(30, 70)
    col = rng.rand(arr.shape[0]) < 0.55
    arr[top:, x] = np.where(col[top:], 0, arr[top:, x])
    for _ in range(2):
        y = rng.randint(top, arr.shape[0] - 10)
        arr[y:y + 2, :] = np.where(rng.rand(2, arr.shape[1]) < 0.85, 255, arr[y:y + 2, :])
    # toner-free specks: isolated black dots
    n = 260
    ys = rng.randint(0, arr.shape[0], n)
    xs = rng.randint(0, arr.shape[1], n)
    arr[ys, xs] = 0
    out = Image.fromarray(arr, "L").rotate(0.45, resample=Image.NEAREST, expand=False, fillcolor=255)
    return out.convert("RGB")


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
# case 1: animal cell with two centrioles next to the nucleus, three ribosomes and a lysosome
# ---------------------------------------------------------------------------------------------
TEXT1 = "An animal cell with a nucleus, two centrioles next to the nucleus, three ribosomes and a lysosome."


def _blob(cx, cy, ax, by, n=240):
    t = np.linspace(0, 2 * np.pi, n, endpoint=False)
    r = 1 + 0.035 * np.sin(3 * t + 0.4) + 0.025 * np.cos(5 * t)
    return np.column_stack([cx + ax * r * np.cos(t), cy + by * r * np.sin(t)])


def _centriole(ax, x, y, angle, patches, pe):
    # a short barrel (0.62 x 0.24) with three microtubule stripes, rotated by `angle`
    from matplotlib.transforms import Affine2D
    tr = Affine2D().rotate_deg_around(x, y, angle) + ax.transData
    body = patches.FancyBboxPatch((x - 0.31, y - 0.12), 0.62, 0.24, boxstyle="round,pad=0.0,rounding_size=0.06",
                                  fc="#ffcc80", ec="#e65100", lw=1.6, transform=tr, zorder=5)
    body.set_path_effects([pe.SimplePatchShadow(offset=(1.5, -1.5), alpha=0.35), pe.Normal()])
    ax.add_patch(body)
    for dx in (-0.17, 0.0, 0.17):
        ax.plot([x + dx, x + dx], [y - 0.1, y + 0.1], color="#e65100", lw=1.0, transform=tr, zorder=6)


def _draw_case1(wrong):
    import matplotlib.patches as patches
    import matplotlib.patheffects as pe
    from matplotlib.figure import Figure
    fig = Figure(figsize=(8.4, 5.2), dpi=100, facecolor="#ffffff")
    ax = fig.add_axes([0, 0, 1, 1])
    ax.set_xlim(0, 13.4)
    ax.set_ylim(0, 8.3)
    ax.set_aspect("equal")
    ax.axis("off")
    shadow = [pe.SimplePatchShadow(offset=(3, -3), alpha=0.25), pe.Normal()]
    cell = patches.Polygon(_blob(5.5, 4.0, 4.3, 3.3), closed=True, fc="#fde8d7", ec="#c0604a", lw=3.2, zorder=1)
    cell.set_path_effects(shadow)
    ax.add_patch(cell)
    nuc = patches.Ellipse((4.5, 4.3), 3.0, 2.3, fc="#b39ddb", ec="#5e35b1", lw=2.6, zorder=3)
    nuc.set_path_effects(shadow)
    ax.add_patch(nuc)
    ax.add_patch(patches.Ellipse((4.5, 4.3), 2.72, 2.04, fc="none", ec="#7e57c2", lw=1.0, ls=(0, (3, 2)), zorder=4))
    # centrioles: a pair at right angles, just beside the nucleus's right edge (nucleus edge at x = 6.0)
    cpos = [(6.55, 4.75, 0), (6.65, 4.05, 90)]
    if wrong == "centrioles_far_from_nucleus":
        cpos = [(8.45, 5.2, 0), (8.55, 4.5, 90)]  # breaks "two centrioles next to the nucleus"
    if wrong == "centriole_dropped":
        cpos = cpos[:1]  # breaks "two centrioles"
    for x, y, a in cpos:
        _centriole(ax, x, y, a, patches, pe)
    ribos = [(3.3, 1.6), (7.3, 6.25), (6.7, 3.2)]
    if wrong == "ribosome_extra":
        ribos = ribos + [(2.2, 5.6)]  # breaks "three ribosomes"
    for x, y in ribos:
        ax.add_patch(patches.Circle((x, y), 0.13, fc="#37474f", ec="#263238", lw=1, zorder=5))
    lys = (8.1, 2.05)
    if wrong == "lysosome_outside_cell":
        lys = (9.75, 0.55)  # breaks "a lysosome" (inside the cell): drawn outside the membrane
    ly = patches.Circle(lys, 0.42, fc="#a5d6a7", ec="#2e7d32", lw=2, zorder=5)
    ly.set_path_effects(shadow)
    ax.add_patch(ly)
    for dx, dy in ((-0.15, 0.1), (0.12, 0.14), (0.0, -0.15), (0.17, -0.06)):
        ax.add_patch(patches.Circle((lys[0] + dx, lys[1] + dy), 0.05, fc="#1b5e20", ec="none", zorder=6))
    # labels in the right margin with leader lines
    txt = dict(fontsize=15, family="Liberation Sans", color="#222222", va="center", zorder=9,
               path_effects=[pe.withStroke(linewidth=3, foreground="white")])
    lead = dict(color="#555555", lw=1.1, zorder=8)
    ax.text(10.4, 6.9, "nucleus", **txt)
    ax.plot([10.3, 5.6], [6.9, 5.2], **lead)
    ax.text(10.4, 5.1, "centrioles", **txt)
    for x, y, a in cpos:
        ax.plot([10.3, x + 0.2], [5.1, y], **lead)
    ax.text(10.4, 3.3, "ribosomes", **txt)
    for x, y in ribos:
        ax.plot([10.3, x + 0.1], [3.3, y], **lead)
    ax.text(10.4, 1.4, "lysosome", **txt)
    ax.plot([10.3, lys[0] + 0.4], [1.4, lys[1]], **lead)
    ax.text(0.35, 7.95, "Animal cell", fontsize=19, fontweight="bold", family="Liberation Sans", color="#8d3b2b",
            va="center")
    return _mpl_img(fig, 100)


def _case1(wrong):
    img = _draw_case1(wrong)
    out = _chat_frame(img, "whatsapp", "Priya", "hey, here's my drawing for bio question 2",
                      "does this look right to you?", "21:14", seed=701)
    return _png(out)


# ---------------------------------------------------------------------------------------------
# case 2: nucleus containing two nucleoli, six mitochondria (black-and-white textbook, faxed)
# ---------------------------------------------------------------------------------------------
TEXT2 = "A cell with a nucleus containing two nucleoli and six mitochondria."


def _mito(ax, x, y, ang, patches):
    from matplotlib.transforms import Affine2D
    tr = Affine2D().rotate_deg_around(x, y, ang) + ax.transData
    ax.add_patch(patches.Ellipse((x, y), 1.0, 0.46, fc="white", ec="black", lw=1.8, transform=tr, zorder=4))
    xs = np.linspace(x - 0.36, x + 0.36, 8)
    ys = y + np.where(np.arange(8) % 2 == 0, -0.12, 0.12)
    ax.plot(xs, ys, color="black", lw=1.0, transform=tr, zorder=5)


def _draw_case2(wrong):
    import matplotlib.patches as patches
    from matplotlib.figure import Figure
    fig = Figure(figsize=(9.0, 6.0), dpi=110, facecolor="white")
    ax = fig.add_axes([0, 0.06, 1, 0.94])
    ax.set_xlim(0, 13.5)
    ax.set_ylim(0, 8.4)
    ax.set_aspect("equal")
    ax.axis("off")
    ax.add_patch(patches.Ellipse((5.0, 4.2), 8.4, 6.0, fc="white", ec="black", lw=2.6, zorder=1))
    ax.add_patch(patches.Ellipse((4.3, 4.5), 3.2, 2.4, fc="white", ec="black", lw=2.0, hatch="...", zorder=2))
    nucleoli = [(3.8, 4.75), (4.85, 4.05)]
    if wrong == "nucleolus_outside_nucleus":
        nucleoli = [(3.8, 4.75), (3.3, 2.45)]  # breaks "a nucleus containing two nucleoli"
    if wrong == "nucleolus_dropped":
        nucleoli = nucleoli[:1]  # breaks "two nucleoli"
    for x, y in nucleoli:
        ax.add_patch(patches.Circle((x, y), 0.3, fc="black", ec="black", zorder=6))
    mitos = [(2.0, 3.1, 30), (2.4, 5.8, -20), (6.8, 6.1, 15), (7.6, 3.75, 80), (6.6, 2.4, -35), (4.6, 1.9, 5)]
    if wrong == "mitochondrion_dropped":
        mitos = mitos[:5]  # breaks "six mitochondria"
    if wrong == "mitochondrion_outside_cell":
        mitos = mitos[:5] + [(9.1, 0.75, 10)]  # breaks "six mitochondria" (inside the cell): one is outside
    for x, y, a in mitos:
        _mito(ax, x, y, a, patches)
    f = dict(fontsize=15, family="Liberation Serif", va="center", color="black")
    ax.text(10.3, 7.3, "cell membrane", **f)
    ax.plot([10.2, 8.3], [7.3, 6.5], color="black", lw=1.1)
    ax.text(10.3, 6.1, "nucleus", **f)
    ax.plot([10.2, 5.7], [6.1, 5.2], color="black", lw=1.1)
    ax.text(10.3, 4.9, "nucleoli", **f)
    for x, y in nucleoli:
        ax.plot([10.2, x + 0.25], [4.9, y], color="black", lw=1.1)
    ax.text(10.3, 2.2, "mitochondria", **f)
    ax.plot([10.2, mitos[4][0] + 0.45], [2.2, mitos[4][1] - 0.1], color="black", lw=1.1)
    fig.text(0.04, 0.03, "Fig. 1.3  Schematic of a cell (not to scale).", fontsize=14, family="Liberation Serif",
             style="italic")
    return _mpl_img(fig, 110)


def _case2(wrong):
    img = _draw_case2(wrong)
    out = _fax(img, "MAR-04-2025 10:17   FROM: BIOLOGY DEPT  +1 555 0143        TO: 2nd floor office    P.01/01",
               seed=702)
    return _png(out)


# ---------------------------------------------------------------------------------------------
# case 3: three cells in a row (scikit-image drawing on a monitor, photographed)
# ---------------------------------------------------------------------------------------------
TEXT3 = ("Three cells in a row: the first cell has a nucleus, the second cell has two nuclei, "
         "and the third cell has no nucleus.")


def _draw_case3(wrong):
    from skimage.draw import ellipse, line
    S = 2  # drawn at twice the size, reduced with a Lanczos filter for smooth edges
    W, H = 1000, 470
    a = np.full((H * S, W * S, 3), 255, np.uint8)

    def fill_ell(cx, cy, rx, ry, col):
        rr, cc = ellipse(cy * S, cx * S, ry * S, rx * S, shape=a.shape[:2])
        a[rr, cc] = col

    cells = [(185, 235), (500, 235), (815, 235)]
    for cx, cy in cells:
        fill_ell(cx, cy, 146, 112, (46, 125, 50))
        fill_ell(cx, cy, 140, 106, (225, 242, 214))
    nuc = {0: [(185, 232)], 1: [(450, 225), (552, 245)], 2: []}
    if wrong == "third_cell_has_nucleus":
        nuc[2] = [(815, 235)]  # breaks "the third cell has no nucleus"
    if wrong == "second_cell_one_nucleus":
        nuc[1] = [(500, 235)]  # breaks "the second cell has two nuclei"
    if wrong == "second_cell_three_nuclei":
        nuc[1] = [(445, 205), (555, 205), (500, 290)]  # breaks "the second cell has two nuclei"
    if wrong == "first_cell_nucleus_outside":
        nuc[0] = [(58, 90)]  # breaks "the first cell has a nucleus" (inside it): pushed out past its membrane
    for k, lst in nuc.items():
        for cx, cy in lst:
            r = (46, 38) if k == 0 else (38, 31)
            fill_ell(cx, cy, r[0] + 3, r[1] + 3, (74, 20, 140))
            fill_ell(cx, cy, r[0], r[1], (186, 104, 200))
    img = Image.fromarray(a, "RGB").resize((W, H), Image.LANCZOS)
    d = ImageDraw.Draw(img)
    f = _font("cond", 24)
    fb = _font("cond-b", 26)
    d.text((24, 18), "Three cells in a row", font=fb, fill=(33, 33, 33))
    for i, (cx, cy) in enumerate(cells):
        d.text((cx, 372), ["first cell", "second cell", "third cell"][i], font=f, fill=(27, 94, 32), anchor="mt")
    # nucleus labels above, with leader lines to each nucleus
    d.text((330, 74), "nucleus", font=f, fill=(74, 20, 140), anchor="mm")
    for k, lst in nuc.items():
        for cx, cy in lst:
            d.line([(330, 90), (cx, cy - 20)], fill=(90, 90, 90), width=2)
    return img


def _case3(wrong):
    img = _draw_case3(wrong)
    return _png(_monitor_photo(img, seed=703, out_size=(1400, 820),
                               quad=[(150, 126), (1262, 98), (1284, 640), (132, 682)]))


def cases():
    return [
        {"id": "h7-cell-mpl-chat", "text": TEXT1, "tool": "matplotlib (patheffects) + chat screenshot",
         "style": "phone chat (WhatsApp-like), picture re-compressed",
         "draw": _case1,
         "wrongs": ["centrioles_far_from_nucleus", "centriole_dropped", "ribosome_extra", "lysosome_outside_cell"]},
        {"id": "h7-cell-mpl-fax", "text": TEXT2, "tool": "matplotlib (hatching, serif labels) + fax model",
         "style": "received fax: 1-bit Floyd-Steinberg, standard resolution, header line",
         "draw": _case2,
         "wrongs": ["nucleolus_outside_nucleus", "nucleolus_dropped", "mitochondrion_dropped",
                    "mitochondrion_outside_cell"]},
        {"id": "h7-cell-skimage-monitor", "text": TEXT3, "tool": "scikit-image draw + PIL text",
         "style": "phone photo of an LCD monitor (sub-pixel moire)",
         "draw": _case3,
         "wrongs": ["third_cell_has_nucleus", "second_cell_one_nucleus", "second_cell_three_nuclei",
                    "first_cell_nucleus_outside"]},
    ]
