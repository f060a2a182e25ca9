"""Held-out set 7, geometry: figures drawn by other tools and reaching the scorer in new ways.

h7-geometry-graphviz-fax      graphviz neato -n (pinned points) -> cairo PDF -> pdfium, received as a 1-bit fax
h7-geometry-tikzpil-rotated   TikZ-style construction computed by hand, drawn with PIL in Computer Modern,
                              set sideways on a scanned textbook page
h7-geometry-skimage-small     scikit-image anti-aliased lines and circle, 400 px JPEG at quality 40

Every draw(wrong) returns PNG bytes (RGB); draw(None) is the correct figure of the case's text, drawn to scale,
and each wrong name injects exactly one error against a stated fact (see the "# breaks" comments).
"""

SCIENCE = "geometry"

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
# ---- end of helpers ----


# ---------------------------------------------------------------------------------------------
# case 1: regular pentagon ABCDE with side 4 cm (graphviz, pinned, faxed)
# ---------------------------------------------------------------------------------------------
TEXT1 = "A regular pentagon ABCDE with side 4 cm."


def _draw_case1(wrong):
    k = 50.0  # points per cm
    s = 4.0
    R = s / (2 * math.sin(math.radians(36)))  # circumradius 3.40 cm
    cx, cy = 260.0, 250.0
    names = ["A", "B", "C", "D", "E"]
    angs = [-126, -54, 18, 90, 162]
    P = {n: (cx + k * R * math.cos(math.radians(t)), cy + k * R * math.sin(math.radians(t)))
         for n, t in zip(names, angs)}
    if wrong == "irregular":
        P["D"] = (P["D"][0], P["D"][1] + 1.3 * k)  # breaks "regular ... side 4 cm" (D pulled out: CD, DE > 4 cm)
    order = names[:]
    if wrong == "E_dropped":
        order = ["A", "B", "C", "D"]  # breaks "pentagon ABCDE" (drawn as a quadrilateral ABCD)
    labels = {n: n for n in names}
    if wrong == "C_D_swapped":
        labels["C"], labels["D"] = "D", "C"  # breaks "pentagon ABCDE" (the boundary reads A-B-D-C-E)
    lines = ['graph G {', 'bgcolor=white; splines=line; pad=0.3;',
             'node [shape=point, width=0.1, color=black];', 'edge [penwidth=2.2, color=black];']
    gx, gy = sum(P[n][0] for n in order) / len(order), sum(P[n][1] for n in order) / len(order)
    for n in order:
        x, y = P[n]
        lines.append(f'{n} [pos="{x:.2f},{y:.2f}!"];')
        dx, dy = x - gx, y - gy
        L = math.hypot(dx, dy)
        lx, ly = x + 24 * dx / L, y + 24 * dy / L
        lines.append(f'l{n} [shape=plaintext, label="{labels[n]}", fontname="Times-Italic", fontsize=26, '
                     f'pos="{lx:.2f},{ly:.2f}!"];')
    for i, n in enumerate(order):
        m = order[(i + 1) % len(order)]
        lines.append(f"{n} -- {m};")
        (x1, y1), (x2, y2) = P[n], P[m]
        mx, my = (x1 + x2) / 2, (y1 + y2) / 2
        dx, dy = mx - gx, my - gy
        L = math.hypot(dx, dy)
        lab = "5 cm" if (wrong == "side_label_5" and n == "A") else "4 cm"  # breaks "side 4 cm" (AB labelled 5)
        lines.append(f's{n}{m} [shape=plaintext, label="{lab}", fontname="Times-Roman", fontsize=20, '
                     f'pos="{mx + 44 * dx / L:.2f},{my + 30 * dy / L:.2f}!"];')
    lines.append(f't [shape=plaintext, label="Question 6", fontname="Helvetica-Bold", fontsize=22, '
                 f'pos="{cx - 150:.1f},{cy + 250:.1f}!"];')
    lines.append("}")
    dot = "\n".join(lines)
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "g.dot")
        out = os.path.join(td, "g.pdf")
        with open(src, "w") as fh:
            fh.write(dot)
        subprocess.run(["neato", "-n", "-Tpdf", src, "-o", out], check=True, timeout=60,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(out, "rb") as fh:
            pdf = fh.read()
    img = _pdf_to_img(pdf, 2.0)
    # pad to a fixed canvas so that every version is faxed on the same page
    canvas = Image.new("RGB", (1100, 1200), "white")
    canvas.paste(img, ((1100 - img.width) // 2, 20))
    return canvas


def _case1(wrong):
    img = _draw_case1(wrong)
    return _png(_fax(img, "12/11/2024  14:02   MATHS DEPT  FAX +1 555 0199      ATTN: Y10 set 3     P.02/04",
                     seed=751, page_w=1216))


# ---------------------------------------------------------------------------------------------
# case 2: triangle LMN, LM = 8 cm, LN = 6 cm, angle MLN = 45 degrees (TikZ-like PIL, rotated page)
# ---------------------------------------------------------------------------------------------
TEXT2 = "A triangle LMN with LM = 8 cm, LN = 6 cm and angle MLN = 45 degrees."


def _mixed_text(d, xy, parts, anchor_centre=True):
    """Draw a run of (text, font) parts as one line, centred on xy (TeX-style mixed fonts)."""
    w = sum(d.textlength(t, font=f) for t, f in parts)
    x, y = xy
    x = x - w / 2 if anchor_centre else x
    for t, f in parts:
        d.text((x, y), t, font=f, fill=(0, 0, 0), anchor="lm")
        x += d.textlength(t, font=f)


def _draw_case2(wrong):
    S = 2
    k = 92.0 * S  # px per cm (x2 supersampling)
    W, H = 1040, 640
    img = Image.new("RGB", (W * S, H * S), "white")
    d = ImageDraw.Draw(img)
    lm, ln, ang = 8.0, 6.0, 45.0
    lm_draw = 6.0 if wrong == "lm_drawn_6" else lm  # breaks "LM = 8 cm" (drawn 6 cm, labelled 8 cm)
    ang_draw = 60.0 if wrong == "angle_drawn_60" else ang  # breaks "angle MLN = 45 degrees" (drawn 60)
    ox, oy = 170 * S, 540 * S
    Lp = (0.0, 0.0)
    Mp = (lm_draw, 0.0)
    Np = (ln * math.cos(math.radians(ang_draw)), ln * math.sin(math.radians(ang_draw)))
    T = lambda p: (ox + k * p[0], oy - k * p[1])
    pts = [T(Lp), T(Mp), T(Np)]
    d.line(pts + [pts[0]], fill=(0, 0, 0), width=int(2.4 * S), joint="curve")
    for p in pts:
        d.ellipse([p[0] - 4 * S, p[1] - 4 * S, p[0] + 4 * S, p[1] + 4 * S], fill=(0, 0, 0))
    # angle arc at L (radius 1 cm) from 0 to the drawn angle
    r = 1.0 * k
    d.arc([ox - r, oy - r, ox + r, oy + r], start=-ang_draw, end=0, fill=(0, 0, 0), width=int(1.2 * S))
    img = img.resize((W, H), Image.LANCZOS)
    d = ImageDraw.Draw(img)
    cmmi, cmr, stix = _font("cmmi", 34), _font("cmr", 27), _font("stix", 27)
    T1 = lambda p: (170 + 92 * p[0], 540 - 92 * p[1])
    names = {"L": Lp, "M": Mp, "N": Np}
    shown = {"L": "L", "M": "M", "N": "N"}
    if wrong == "m_n_swapped":
        shown = {"L": "L", "M": "N", "N": "M"}  # breaks "LM = 8 cm, LN = 6 cm" (M and N swapped)
    offs = {"L": (-26, 16), "M": (24, 16), "N": (0, -30)}
    for n, p in names.items():
        x, y = T1(p)
        d.text((x + offs[n][0], y + offs[n][1]), shown[n], font=cmmi, fill=(0, 0, 0), anchor="mm")
    # side labels: LM below its midpoint, LN on the outer side of its midpoint
    x, y = T1(((Lp[0] + Mp[0]) / 2, 0))
    _mixed_text(d, (x, y + 30), [("8 cm", cmr)])
    mx, my = T1((Np[0] / 2, Np[1] / 2))
    nx, ny = -math.sin(math.radians(ang_draw)), -math.cos(math.radians(ang_draw))
    lnl = "7 cm" if wrong == "ln_label_7" else "6 cm"  # breaks "LN = 6 cm"
    _mixed_text(d, (mx + 46 * nx, my + 46 * ny), [(lnl, cmr)])
    ax_, ay_ = T1((1.45 * math.cos(math.radians(ang_draw / 2)), 1.45 * math.sin(math.radians(ang_draw / 2))))
    _mixed_text(d, (ax_ + 8, ay_), [("45", cmr), ("°", stix)])
    return img


_BODY2 = [
    "Two sides and the included angle fix a triangle (SAS). To construct",
    "it, draw the first side to length, mark the given angle at one end",
    "with a protractor, and measure the second side along the new ray.",
    "Join the free ends to close the triangle, then measure the third side.",
]


def _case2(wrong):
    fig = _draw_case2(wrong)
    page = _rotated_page(fig, "7.2  Constructing triangles", "CHAPTER 7 · TRIANGLES", _BODY2,
                         "Figure 7.4  The triangle of Exercise 12, drawn full size.", seed=752, page_no="212")
    return _png(page)


# ---------------------------------------------------------------------------------------------
# case 3: square ABCD with side 5 cm and its circumcircle (scikit-image, 400 px JPEG q40)
# ---------------------------------------------------------------------------------------------
TEXT3 = "A square ABCD with side 5 cm and its circumcircle."


def _draw_case3(wrong):
    from skimage.draw import circle_perimeter_aa, line_aa
    W, H = 800, 760
    k = 90.0  # px per cm
    acc = np.zeros((H, W), np.float32)  # ink coverage
    cx, cy = 400.0, 392.0
    sw, sh = 5.0, 5.0
    if wrong == "rectangle_5x4":
        sh = 4.0  # breaks "a square ... side 5 cm" (BC drawn 4 cm)
    A = (cx - k * sw / 2, cy + k * sh / 2)
    B = (cx + k * sw / 2, cy + k * sh / 2)
    C = (cx + k * sw / 2, cy - k * sh / 2)
    D = (cx - k * sw / 2, cy - k * sh / 2)

    def thick_line(p, q, w=3):
        for o in range(-(w // 2), w // 2 + 1):
            for dx, dy in ((o, 0), (0, o)):
                rr, cc, val = line_aa(int(round(p[1] + dy)), int(round(p[0] + dx)), int(round(q[1] + dy)),
                                      int(round(q[0] + dx)))
                m = (rr >= 0) & (rr < H) & (cc >= 0) & (cc < W)
                np.maximum.at(acc, (rr[m], cc[m]), val[m])

    for p, q in ((A, B), (B, C), (C, D), (D, A)):
        thick_line(p, q)
    circ = np.zeros((H, W), np.float32)
    if wrong == "circle_dropped":
        pass  # breaks "and its circumcircle" (no circle)
    else:
        r = k * math.hypot(sw, sh) / 2  # circumradius 5/sqrt(2) = 3.54 cm
        if wrong == "incircle_instead":
            r = k * sw / 2  # breaks "its circumcircle" (the inscribed circle, r = 2.5 cm, is drawn)
        for dr in (-1, 0, 1):
            rr, cc, val = circle_perimeter_aa(int(cy), int(cx), int(round(r + dr)), shape=(H, W))
            np.maximum.at(circ, (rr, cc), val)
    a = np.full((H, W, 3), 255.0, np.float32)
    for layer, col in ((acc, (20, 20, 20)), (circ, (200, 40, 40))):
        for ch in range(3):
            a[..., ch] = a[..., ch] * (1 - layer) + col[ch] * layer
    img = Image.fromarray(a.clip(0, 255).astype(np.uint8), "RGB")
    d = ImageDraw.Draw(img)
    f = _font("lsans-b", 44)
    for n, p in (("A", A), ("B", B), ("C", C), ("D", D)):
        dx, dy = p[0] - cx, p[1] - cy
        L = math.hypot(dx, dy)
        d.text((p[0] + 36 * dx / L, p[1] + 36 * dy / L), n, font=f, fill=(20, 20, 20), anchor="mm")
    lab = "6 cm" if wrong == "side_label_6" else "5 cm"  # breaks "side 5 cm"
    d.text((cx, A[1] - 34), lab, font=_font("lsans", 40), fill=(20, 20, 20), anchor="mm")
    d.text((20, 14), "Exercise 5", font=_font("lsans-b", 36), fill=(40, 40, 40))
    return img


def _case3(wrong):
    return _png(_small_web(_draw_case3(wrong), width=400, fmt="jpeg", q=40))


def cases():
    return [
        {"id": "h7-geometry-graphviz-fax", "text": TEXT1,
         "tool": "graphviz neato -n (pinned positions) -Tpdf -> pdfium",
         "style": "received fax: 1-bit Floyd-Steinberg, standard resolution, header line",
         "draw": _case1,
         "wrongs": ["irregular", "E_dropped", "C_D_swapped", "side_label_5"]},
        {"id": "h7-geometry-tikzpil-rotated", "text": TEXT2,
         "tool": "TikZ-style construction in PIL (Computer Modern cmr10/cmmi10, supersampled x2)",
         "style": "textbook page with the figure set sideways (rotated 90 degrees), scanned",
         "draw": _case2,
         "wrongs": ["angle_drawn_60", "lm_drawn_6", "ln_label_7", "m_n_swapped"]},
        {"id": "h7-geometry-skimage-small", "text": TEXT3, "tool": "scikit-image line_aa / circle_perimeter_aa + PIL text",
         "style": "small web copy, 400 px wide, JPEG quality 40",
         "draw": _case3,
         "wrongs": ["incircle_instead", "circle_dropped", "rectangle_5x4", "side_label_6"]},
    ]
