"""Held-out set 7, automata: figures drawn by other tools and reaching the scorer in new ways.

h7-automata-graphviz-pdf-chat      graphviz dot -Tpdf (cairo) -> pdfium, pasted into a phone chat (dark, iMessage-like)
h7-automata-plain-replay-rotated   graphviz dot -Tplain layout replayed with matplotlib (own styling), set
                                   sideways on a scanned textbook page
h7-automata-networkx-monitor       networkx (multipartite_layout) on matplotlib, photographed off a monitor

Every draw(wrong) returns PNG bytes (RGB); draw(None) is the correct figure of the case's text, and each
wrong name injects exactly one error against a stated fact (see the "# breaks" comments).
"""

SCIENCE = "automata"

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


def _rotated_page(block, header_left, header_right, body, caption, seed, page=(1000, 1360),
                  font="lserif", page_no="87"):
    """A portrait book page on which a wide figure (`block`, with its caption under it) is set
    sideways: turned 90 degrees counter-clockwise, as books print landscape figures."""
    W, H = page
    pg = Image.new("RGB", (W, H), (252, 251, 247))
    d = ImageDraw.Draw(pg)
    fh = _font(font + "-i", 17)
    d.text((80, 52), header_left, font=fh, fill=(60, 60, 60))
    d.text((W - 80, 52), header_right, font=fh, fill=(60, 60, 60), anchor="ra")
    d.line([(80, 80), (W - 80, 80)], fill=(120, 120, 120), width=1)
    fb = _font(font, 19)
    y = 104
    for line in body:
        d.text((80, y), line, font=fb, fill=(25, 25, 25))
        y += 29
    # the figure block with its caption, laid out landscape and turned
    cap_f = _font(font, 20)
    bw = block.width
    cap_lines = []
    words = caption.split()
    cur = ""
    for w in words:
        t = (cur + " " + w).strip()
        if d.textlength(t, font=cap_f) > bw - 20:
            cap_lines.append(cur)
            cur = w
        else:
            cur = t
    cap_lines.append(cur)
    bh = block.height + 24 + 28 * len(cap_lines)
    land = Image.new("RGB", (bw, bh), (252, 251, 247))
    land.paste(block, (0, 0))
    dl = ImageDraw.Draw(land)
    for i, line in enumerate(cap_lines):
        dl.text((10, block.height + 14 + 28 * i), line, font=cap_f, fill=(25, 25, 25))
    turned = land.rotate(90, expand=True)
    avail_top = y + 20
    avail_h = H - 90 - avail_top
    sc = min(1.0, (W - 160) / turned.width, avail_h / turned.height)
    if sc < 1.0:
        turned = turned.resize((round(turned.width * sc), round(turned.height * sc)), Image.LANCZOS)
    pg.paste(turned, ((W - turned.width) // 2, avail_top + (avail_h - turned.height) // 2))
    d.text((W // 2, H - 50), page_no, font=_font(font, 18), fill=(60, 60, 60), anchor="mm")
    # a flatbed scan of the page: faint paper grain, a touch of blur
    rng = np.random.RandomState(seed)
    a = np.asarray(pg, np.float32)
    a += rng.normal(0, 2.2, a.shape[:2])[..., None]
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    return out.filter(ImageFilter.GaussianBlur(0.45))


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


import shlex


def _dot(src, fmt):
    with tempfile.TemporaryDirectory() as td:
        p = os.path.join(td, "g.dot")
        with open(p, "w") as fh:
            fh.write(src)
        r = subprocess.run(["dot", f"-T{fmt}", p], check=True, timeout=60, stdout=subprocess.PIPE,
                           stderr=subprocess.DEVNULL)
    return r.stdout


# ---------------------------------------------------------------------------------------------
# case 1: DFA over {a, b}, q0 start, q2 accepting, six transitions (graphviz PDF in a chat)
# ---------------------------------------------------------------------------------------------
TEXT1 = ("A DFA over {a, b} with states q0, q1 and q2; q0 is the start state and q2 is accepting; q0 goes to q1 "
         "on a, q0 loops on b, q1 loops on a, q1 goes to q2 on b, q2 goes to q1 on a, and q2 goes to q0 on b.")


def _draw_case1(wrong):
    acc = "q2"
    start = "q0"
    if wrong == "start_on_q1":
        start = "q1"  # breaks "q0 is the start state"
    edges = [("q0", "q1", "a"), ("q0", "q0", "b"), ("q1", "q1", "a"), ("q1", "q2", "b"), ("q2", "q1", "a"),
             ("q2", "q0", "b")]
    if wrong == "q1_q2_label_a":
        edges[3] = ("q1", "q2", "a")  # breaks "q1 goes to q2 on b"
    if wrong == "q2_q0_reversed":
        edges[5] = ("q0", "q2", "b")  # breaks "q2 goes to q0 on b" (drawn q0 -> q2)
    lines = ["digraph G {", "rankdir=LR; bgcolor=white; pad=0.25; nodesep=0.5; ranksep=0.9;",
             'node [shape=circle, fontname="Helvetica", fontsize=20, width=0.75, fixedsize=true, penwidth=1.6];',
             'edge [fontname="Helvetica", fontsize=18, penwidth=1.4, arrowsize=0.9];',
             'start [shape=none, label="start", fontsize=16, width=0.6];', f"start -> {start};"]
    if wrong == "q2_not_accepting":
        acc = None  # breaks "q2 is accepting" (drawn with a single ring)
    for q in ("q0", "q1", "q2"):
        shape = "doublecircle" if q == acc else "circle"
        lines.append(f'{q} [shape={shape}, width={0.85 if shape == "doublecircle" else 0.75}];')
    for s, t, a in edges:
        lines.append(f'{s} -> {t} [label="  {a}  "];')
    lines.append("}")
    pdf = _dot("\n".join(lines), "pdf")
    return _pdf_to_img(pdf, 2.2)


def _case1(wrong):
    img = _draw_case1(wrong)
    out = _chat_frame(img, "imessage", "Sam", "what did you get for 2(c)?",
                      "this is mine, drew it in graphviz", "21:48", seed=781)
    return _png(out)


# ---------------------------------------------------------------------------------------------
# case 2: idle/busy machine, graphviz -Tplain layout replayed in matplotlib, printed sideways
# ---------------------------------------------------------------------------------------------
TEXT2 = ("An automaton with states idle and busy; idle is the start state and busy is accepting; idle goes to "
         "busy on go, busy goes to idle on stop.")


def _plain(src):
    out = _dot(src, "plain").decode()
    nodes, edges = {}, []
    for line in out.splitlines():
        tok = shlex.split(line)
        if not tok:
            continue
        if tok[0] == "node":
            nodes[tok[1]] = dict(x=float(tok[2]), y=float(tok[3]), w=float(tok[4]), label=tok[6], shape=tok[8])
        elif tok[0] == "edge":
            n = int(tok[3])
            pts = [(float(tok[4 + 2 * i]), float(tok[5 + 2 * i])) for i in range(n)]
            rest = tok[4 + 2 * n:]
            lab = None
            if len(rest) >= 5:
                lab = (rest[0], float(rest[1]), float(rest[2]))
            edges.append(dict(tail=tok[1], head=tok[2], pts=pts, label=lab))
    return nodes, edges


def _draw_case2(wrong):
    from matplotlib.figure import Figure
    from matplotlib.patches import Circle, FancyArrowPatch
    from matplotlib.path import Path
    start = "idle"
    if wrong == "start_on_busy":
        start = "busy"  # breaks "idle is the start state"
    edges = [("idle", "busy", "go"), ("busy", "idle", "stop")]
    if wrong == "stop_reversed":
        edges[1] = ("idle", "busy", "stop")  # breaks "busy goes to idle on stop" (drawn idle -> busy)
    if wrong == "go_label_run":
        edges[0] = ("idle", "busy", "run")  # breaks "idle goes to busy on go"
    acc = True
    if wrong == "busy_not_accepting":
        acc = False  # breaks "busy is accepting"
    src = ["digraph G {", "rankdir=LR; nodesep=0.6; ranksep=1.3;",
           'node [shape=circle, width=0.95, fixedsize=true, fontsize=16];',
           'start [shape=point, width=0.05];', f"start -> {start} [minlen=1];",
           "idle [shape=circle];", f"busy [shape={'doublecircle' if acc else 'circle'}];"]
    for s, t, a in edges:
        src.append(f'{s} -> {t} [label="{a}"];')
    src.append("}")
    nodes, eds = _plain("\n".join(src))
    gw = max(n["x"] + n["w"] for n in nodes.values()) + 0.4
    gh = max(n["y"] + n["w"] for n in nodes.values()) + 0.5
    fig = Figure(figsize=(10.0, 5.6), dpi=110, facecolor="white")
    ax = fig.add_axes([0.03, 0.03, 0.94, 0.94])
    ax.set_aspect("equal")
    ax.axis("off")
    ax.set_xlim(-0.6, gw)
    ax.set_ylim(-0.6, gh + 0.3)
    for name, n in nodes.items():
        if name == "start":
            ax.text(n["x"] - 0.08, n["y"], "start", ha="right", va="center", fontsize=17, family="DejaVu Serif",
                    style="italic")
            continue
        r = 0.45
        ax.add_patch(Circle((n["x"], n["y"]), r, fc="#fff6d5", ec="#3d3d3d", lw=2))
        if n["shape"] == "doublecircle":
            ax.add_patch(Circle((n["x"], n["y"]), r - 0.08, fc="none", ec="#3d3d3d", lw=1.6))
        ax.text(n["x"], n["y"], name, ha="center", va="center", fontsize=19, family="DejaVu Serif", style="italic")
        n["r"] = r
    for e in eds:
        pts = list(e["pts"])
        head = nodes[e["head"]]
        # extend the spline's last tangent to the head's circle (plain output stops where the arrowhead starts)
        (x1, y1), (x2, y2) = pts[-2], pts[-1]
        dx, dy = x2 - x1, y2 - y1
        L = math.hypot(dx, dy) or 1.0
        ux, uy = dx / L, dy / L
        hr = head.get("r", 0.02)
        for _ in range(60):
            px, py = x2 + ux * 0.01, y2 + uy * 0.01
            if math.hypot(px - head["x"], py - head["y"]) <= hr:
                break
            x2, y2 = px, py
        verts = pts + [(x2, y2)]
        codes = [Path.MOVETO] + [Path.CURVE4] * (len(pts) - 1) + [Path.LINETO]
        ax.add_patch(FancyArrowPatch(path=Path(verts, codes), arrowstyle="-|>,head_length=10,head_width=5",
                                     color="#2b2b2b", lw=1.8, mutation_scale=1.6))
        if e["label"]:
            t, lx, ly = e["label"]
            ax.text(lx, ly, t, ha="center", va="center", fontsize=17, family="DejaVu Sans Mono", color="#8a1c1c",
                    bbox=dict(boxstyle="round,pad=0.15", fc="white", ec="none"))
    return _mpl_img(fig, 110)


_BODY2 = [
    "A finite automaton reads its input one symbol at a time. Each state",
    "is drawn as a circle; an arrow labelled with a symbol shows the move",
    "made on reading it, an arrow from nowhere marks the start state, and",
    "accepting states are drawn with a double ring.",
]


def _case2(wrong):
    fig = _draw_case2(wrong)
    page = _rotated_page(fig, "3.1  Finite automata", "MODELS OF COMPUTATION", _BODY2,
                         "Figure 3.2  A two-state machine.", seed=782, page_no="58")
    return _png(page)


# ---------------------------------------------------------------------------------------------
# case 3: DFA with states A..E, tree-shaped (networkx on matplotlib, photographed off a monitor)
# ---------------------------------------------------------------------------------------------
TEXT3 = ("A DFA with states A, B, C, D and E; A is the start state; D and E are accepting; A goes to B on 0, "
         "A goes to C on 1, B goes to D on 1, C goes to E on 0.")


def _draw_case3(wrong):
    import networkx as nx
    from matplotlib.figure import Figure
    G = nx.DiGraph()
    level = {"A": 0, "B": 1, "C": 1, "D": 2, "E": 2}
    for n, l in level.items():
        G.add_node(n, layer=l)
    edges = [("A", "B", "0"), ("A", "C", "1"), ("B", "D", "1"), ("C", "E", "0")]
    if wrong == "a_c_label_0":
        edges[1] = ("A", "C", "0")  # breaks "A goes to C on 1"
    if wrong == "b_d_reversed":
        edges[2] = ("D", "B", "1")  # breaks "B goes to D on 1" (drawn D -> B)
    for s, t, a in edges:
        G.add_edge(s, t, sym=a)
    pos = nx.multipartite_layout(G, subset_key="layer", scale=2.0)
    pos = {n: (float(p[0]), float(-p[1])) for n, p in pos.items()}
    # the order inside a layer follows set iteration (string hashing): fix it, top to bottom by name
    for l in set(level.values()):
        names = sorted(n for n in level if level[n] == l)
        ys = sorted((pos[n][1] for n in names), reverse=True)
        for n, y in zip(names, ys):
            pos[n] = (pos[n][0], y)
    # keep each accepting state level with its parent (no crossing edges)
    pos["D"] = (pos["D"][0], pos["B"][1])
    pos["E"] = (pos["E"][0], pos["C"][1])
    accepting = ["D", "E"]
    if wrong == "e_not_accepting":
        accepting = ["D"]  # breaks "D and E are accepting"
    start = "A"
    if wrong == "start_on_b":
        start = "B"  # breaks "A is the start state"
    fig = Figure(figsize=(9.2, 5.6), dpi=100, facecolor="#ffffff")
    ax = fig.add_axes([0.02, 0.02, 0.96, 0.96])
    ax.axis("off")
    nx.draw_networkx_nodes(G, pos, ax=ax, nodelist=accepting, node_size=3300, node_color="#ffffff",
                           edgecolors="#00695c", linewidths=2.2)
    nx.draw_networkx_nodes(G, pos, ax=ax, node_size=2300, node_color="#b2dfdb", edgecolors="#00695c",
                           linewidths=2.2)
    nx.draw_networkx_labels(G, pos, ax=ax, font_size=20, font_family="DejaVu Sans", font_weight="bold",
                            font_color="#004d40")
    nx.draw_networkx_edges(G, pos, ax=ax, node_size=3300, arrowsize=26, width=2.0, edge_color="#37474f",
                           arrowstyle="-|>")
    nx.draw_networkx_edge_labels(G, pos, ax=ax, edge_labels={(s, t): d["sym"] for s, t, d in G.edges(data=True)},
                                 font_size=18, font_color="#bf360c", rotate=False,
                                 bbox=dict(boxstyle="round,pad=0.2", fc="white", ec="none"))
    sx, sy = pos[start]
    ax.annotate("start", xy=(sx - 0.33, sy), xytext=(sx - 1.05, sy), fontsize=16, va="center", ha="right",
                arrowprops=dict(arrowstyle="-|>", color="#37474f", lw=2.0, mutation_scale=22))
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    ax.set_xlim(min(xs) - 1.6, max(xs) + 0.6)
    ax.set_ylim(min(ys) - 0.7, max(ys) + 0.7)
    return _mpl_img(fig, 100)


def _case3(wrong):
    img = _draw_case3(wrong)
    return _png(_monitor_photo(img, seed=783, out_size=(1400, 960),
                               quad=[(176, 118), (1240, 92), (1262, 786), (150, 818)]))


def cases():
    return [
        {"id": "h7-automata-graphviz-pdf-chat", "text": TEXT1, "tool": "graphviz dot -Tpdf (cairo) -> pdfium",
         "style": "phone chat, dark (iMessage-like), picture re-compressed",
         "draw": _case1,
         "wrongs": ["q2_not_accepting", "start_on_q1", "q1_q2_label_a", "q2_q0_reversed"]},
        {"id": "h7-automata-plain-replay-rotated", "text": TEXT2,
         "tool": "graphviz dot -Tplain layout replayed with matplotlib (Bezier paths, own styling)",
         "style": "textbook page with the figure set sideways (rotated 90 degrees), scanned",
         "draw": _case2,
         "wrongs": ["busy_not_accepting", "start_on_busy", "stop_reversed", "go_label_run"]},
        {"id": "h7-automata-networkx-monitor", "text": TEXT3, "tool": "networkx multipartite_layout on matplotlib",
         "style": "phone photo of an LCD monitor (sub-pixel moire)",
         "draw": _case3,
         "wrongs": ["e_not_accepting", "start_on_b", "a_c_label_0", "b_d_reversed"]},
    ]
