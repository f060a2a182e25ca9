"""Held-out figures by other tools, set 6: automata.

Three cases, each drawn by a tool and in a style that sets 1-5 did not use:
  h6-automata-textart-page     a Unicode box-drawing diagram (the plain-text style of graph-easy's boxart
                               output, laid out by hand) inside a monospace plain-text page, rendered with PIL
  h6-automata-xdot-whiteboard  graphviz dot lays the machine out (-Tjson, xdot drawing operations); the
                               operations are re-drawn as whiteboard marker strokes and photographed
  h6-automata-graphviz-gd-thumb graphviz dot rendered by its old gd renderer (-Tpng:gd:gd, aliased, 16-colour
                               palette), a 300 px wide thumbnail

draw(None) is the correct figure of the case's text; draw(name) has exactly one error, named in a comment
at its branch. Deterministic: graphviz dot needs no seed, the marker jitter and photo noise are seeded;
PNGs are re-saved through PIL as RGB.
"""

import io
import math
import os
import random
import shutil
import subprocess

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont


# ---------------------------------------------------------------- helpers (copied into every module of this set)


FONT_DIR = "/usr/share/fonts/truetype"
_FONT_FILES = {
    "sans": "dejavu/DejaVuSans.ttf", "sans-b": "dejavu/DejaVuSans-Bold.ttf",
    "sans-i": "dejavu/DejaVuSans-Oblique.ttf", "sans-bi": "dejavu/DejaVuSans-BoldOblique.ttf",
    "cond": "dejavu/DejaVuSansCondensed.ttf", "cond-b": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "mono": "dejavu/DejaVuSansMono.ttf", "mono-b": "dejavu/DejaVuSansMono-Bold.ttf",
    "serif": "dejavu/DejaVuSerif.ttf", "serif-i": "dejavu/DejaVuSerif-Italic.ttf",
    "serif-b": "dejavu/DejaVuSerif-Bold.ttf", "serif-bi": "dejavu/DejaVuSerif-BoldItalic.ttf",
    "lsans": "liberation/LiberationSans-Regular.ttf", "lsans-b": "liberation/LiberationSans-Bold.ttf",
    "lsans-i": "liberation/LiberationSans-Italic.ttf", "lsans-bi": "liberation/LiberationSans-BoldItalic.ttf",
    "lserif": "liberation/LiberationSerif-Regular.ttf", "lserif-i": "liberation/LiberationSerif-Italic.ttf",
    "lserif-b": "liberation/LiberationSerif-Bold.ttf", "lserif-bi": "liberation/LiberationSerif-BoldItalic.ttf",
    "narrow": "liberation/LiberationSansNarrow-Regular.ttf", "narrow-b": "liberation/LiberationSansNarrow-Bold.ttf",
    "narrow-i": "liberation/LiberationSansNarrow-Italic.ttf", "narrow-bi": "liberation/LiberationSansNarrow-BoldItalic.ttf",
    "lmono": "liberation/LiberationMono-Regular.ttf", "lmono-b": "liberation/LiberationMono-Bold.ttf",
}


def _font_path(name):
    return os.path.join(FONT_DIR, _FONT_FILES[name])


def _font(name, size):
    return ImageFont.truetype(_font_path(name), int(round(size)))


def _png(img):
    """PNG bytes of an RGB copy, with no text chunks (only IHDR, IDAT, IEND)."""
    buf = io.BytesIO()
    img.convert("RGB").save(buf, format="PNG")
    return buf.getvalue()


def _text_c(d, xy, s, font, fill, anchor="mm"):
    d.text((round(xy[0]), round(xy[1])), s, font=font, fill=fill, anchor=anchor)


def _lowfreq(rng, h, w, cells=24):
    """Smooth noise in [0, 1]: a small random field scaled up bicubically."""
    small = rng.rand(max(2, h // cells), max(2, w // cells)).astype(np.float32)
    im = Image.fromarray((small * 255).astype(np.uint8)).resize((w, h), Image.BICUBIC)
    return np.asarray(im, dtype=np.float32) / 255.0


def _screen(h, w, angle_deg, period):
    """A round-dot halftone threshold screen (values in [0, 1]) at the given angle and period (px)."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    t = math.radians(angle_deg)
    u = xx * math.cos(t) + yy * math.sin(t)
    v = -xx * math.sin(t) + yy * math.cos(t)
    return 0.5 - 0.25 * (np.cos(2 * np.pi * u / period) + np.cos(2 * np.pi * v / period))


class _Marker:
    """Whiteboard-marker strokes with seeded jitter: every stroke a polyline whose points wander by a
    smoothed random offset, drawn with round joins at marker width, its ink slightly uneven."""

    def __init__(self, img, seed, width=7, wobble=1.6):
        self.img = img
        self.d = ImageDraw.Draw(img)
        self.rng = random.Random(seed)
        self.width = width
        self.wobble = wobble

    def _jitter(self, pts):
        n = len(pts)
        out, ox, oy = [], 0.0, 0.0
        for i, (x, y) in enumerate(pts):
            ox = 0.75 * ox + self.rng.uniform(-1, 1) * self.wobble * 0.5
            oy = 0.75 * oy + self.rng.uniform(-1, 1) * self.wobble * 0.5
            out.append((x + ox, y + oy))
        return out

    def _dense(self, pts, step=6.0):
        out = [pts[0]]
        for (x0, y0), (x1, y1) in zip(pts, pts[1:]):
            L = math.hypot(x1 - x0, y1 - y0)
            k = max(1, int(L / step))
            for j in range(1, k + 1):
                out.append((x0 + (x1 - x0) * j / k, y0 + (y1 - y0) * j / k))
        return out

    def stroke(self, pts, colour, width=None, dense=True):
        w = self.width if width is None else width
        p = self._jitter(self._dense(pts) if dense else pts)
        self.d.line(p, fill=colour, width=w, joint="curve")
        r = w / 2.0
        for x, y in (p[0], p[-1]):
            self.d.ellipse([x - r + 0.5, y - r + 0.5, x + r - 0.5, y + r - 0.5], fill=colour)
        # the marker running a little dry: a thinner, lighter streak inside the stroke
        light = tuple(min(255, int(c + (255 - c) * 0.28)) for c in colour)
        k = max(2, len(p) // 3)
        i0 = self.rng.randrange(0, max(1, len(p) - k))
        self.d.line(p[i0:i0 + k], fill=light, width=max(1, w // 4))

    def line(self, a, b, colour, width=None):
        self.stroke([a, b], colour, width)

    def ellipse(self, c, rx, ry, colour, width=None, rot=0.0, overshoot=0.12):
        t0 = self.rng.uniform(0, 2 * math.pi)
        n = max(24, int((rx + ry) / 3))
        pts = []
        for i in range(n + 1):
            t = t0 + (2 * math.pi + overshoot) * i / n
            x, y = rx * math.cos(t), ry * math.sin(t)
            pts.append((c[0] + x * math.cos(rot) - y * math.sin(rot), c[1] + x * math.sin(rot) + y * math.cos(rot)))
        self.stroke(pts, colour, width, dense=False)

    def arrow(self, a, b, colour, width=None, head=18):
        self.line(a, b, colour, width)
        ang = math.atan2(b[1] - a[1], b[0] - a[0])
        for s in (1, -1):
            h = (b[0] - head * math.cos(ang + s * 0.45), b[1] - head * math.sin(ang + s * 0.45))
            self.line(b, h, colour, width)

    def text(self, xy, s, colour, size=34, font="sans-b", anchor="mm"):
        """Hand lettering: each glyph placed separately, tilted and shifted a little."""
        f = _font(font, size)
        total = sum(f.getlength(ch) for ch in s) * 1.04
        x = xy[0] - (total / 2 if anchor[0] == "m" else (total if anchor[0] == "r" else 0))
        for ch in s:
            gw = f.getlength(ch) * 1.04
            if ch != " ":
                tile = Image.new("L", (int(size * 2), int(size * 2)), 0)
                ImageDraw.Draw(tile).text((size, size), ch, font=f, fill=255, anchor="mm")
                tile = tile.rotate(self.rng.uniform(-6, 6), resample=Image.BICUBIC)
                cx = x + gw / 2 + self.rng.uniform(-1.2, 1.2)
                cy = xy[1] + self.rng.uniform(-2.0, 2.0)
                self.img.paste(colour, (int(round(cx - size)), int(round(cy - size))), tile)
            x += gw


def _persp_coeffs(dst, src):
    """Coefficients for Image.transform(PERSPECTIVE) mapping output points dst[i] to input points src[i]."""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    return [float(c) for c in np.linalg.solve(np.array(A, dtype=np.float64), np.array(B, dtype=np.float64))]


def _whiteboard_photo(board, seed, tilt=(18, -10, 24, 14)):
    """A phone photo of a whiteboard: faint ghosts of erased writing, the board in its aluminium frame on
    a wall, a slight keystone, a glare spot from a ceiling light, cool cast, vignette, blur, noise, JPEG."""
    rng = np.random.RandomState(seed)
    w, h = board.size
    b = np.asarray(board.convert("RGB"), dtype=np.float32)
    ghost = _lowfreq(rng, h, w, 90)
    ghost = np.clip((ghost - 0.62) * 2.5, 0, 1)[..., None] * np.array([18, 16, 12], np.float32)
    b = b - ghost
    pad = int(0.06 * w)
    W, H = w + 2 * pad, h + 2 * pad
    photo = Image.new("RGB", (W, H), (196, 188, 170))
    wall = np.asarray(photo, dtype=np.float32) * (0.92 + 0.08 * _lowfreq(rng, H, W, 50)[..., None])
    photo = Image.fromarray(np.clip(wall, 0, 255).astype(np.uint8))
    fd = ImageDraw.Draw(photo)
    fd.rectangle([pad - 14, pad - 14, pad + w + 13, pad + h + 13], fill=(168, 171, 176), outline=(120, 122, 128), width=3)
    fd.rectangle([pad - 4, pad + h + 6, pad + w + 3, pad + h + 20], fill=(150, 152, 158))
    photo.paste(Image.fromarray(np.clip(b, 0, 255).astype(np.uint8)), (pad, pad))
    t1, t2, t3, t4 = tilt
    dst = [(t1, t2 + 6), (W - t3, -t2 + 4), (W - t4 + 4, H - 8), (t4 - 6, H + t2 - 2)]
    src = [(0, 0), (W, 0), (W, H), (0, H)]
    photo = photo.transform((W, H), Image.PERSPECTIVE, _persp_coeffs(dst, src), resample=Image.BICUBIC,
                            fillcolor=(190, 182, 165))
    a = np.asarray(photo, dtype=np.float32)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = 0.68 * W, 0.26 * H
    glare = np.exp(-(((xx - gx) / (0.22 * W)) ** 2 + ((yy - gy) / (0.18 * H)) ** 2))[..., None]
    a = a + (255.0 - a) * 0.42 * glare
    vig = 1.0 - 0.18 * (((xx - W / 2) / (W / 2)) ** 2 + ((yy - H / 2) / (H / 2)) ** 2)[..., None]
    a = a * vig * np.array([0.97, 0.99, 1.02], np.float32)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.0))
    a = np.asarray(img, dtype=np.float32) + rng.normal(0, 4.0, size=(H, W, 1)).astype(np.float32)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=86)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


# ---------------------------------------------------------------- cases
SCIENCE = "automata"


def _dot(src, fmt):
    """Run graphviz dot (by path, with a timeout) on a source string; returns its stdout bytes."""
    exe = shutil.which("dot") or "/usr/bin/dot"
    res = subprocess.run([exe, "-T" + fmt], input=src.encode("utf-8"), stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, timeout=60, check=True)
    return res.stdout


# ================================================================ case 1: text-art page
TEXT_TEXT = ("A finite automaton with states m and n; m is the start state and n is accepting; m goes to n on a, "
             "n goes to m on b, and n loops on a.")
TEXT_WRONGS = ["n_loop_on_b", "start_on_n", "n_not_accepting", "m_to_n_reversed"]


def _draw_textart(wrong=None):
    loop = "a"
    if wrong == "n_loop_on_b":
        # breaks "n loops on a": the loop on n is labelled b
        loop = "b"
    start_m, start_n = "\u2500\u2500\u25ba", "   "
    if wrong == "start_on_n":
        # breaks "m is the start state": the start arrow points at n
        start_m, start_n = "   ", "\u25c4\u2500\u2500"
    mn = "\u2500\u2500a\u2500\u25ba"
    if wrong == "m_to_n_reversed":
        # breaks "m goes to n on a": the arrow points from n to m
        mn = "\u25c4\u2500a\u2500\u2500"
    if wrong == "n_not_accepting":
        # breaks "n is accepting": n is drawn with a single border like m
        nt, nm, nb = "\u256d\u2500\u2500\u2500\u2500\u2500\u256e", "\u2502  n  \u2502", "\u2570\u2500\u2500\u2500\u2500\u2500\u256f"
    else:
        nt, nm, nb = "\u2554\u2550\u2550\u2550\u2550\u2550\u2557", "\u2551  n  \u2551", "\u255a\u2550\u2550\u2550\u2550\u2550\u255d"
    diagram = [
        " " * 31 + loop,
        " " * 29 + "\u250c\u2500\u2500\u2500\u2510",
        " " * 29 + "\u2502   \u25bc",
        " " * 16 + "\u256d\u2500\u2500\u2500\u2500\u2500\u256e" + " " * 5 + nt,
        " " * 12 + start_m + " \u2502  m  \u2502" + mn + nm + " " + start_n,
        " " * 16 + "\u2570\u2500\u2500\u2500\u2500\u2500\u256f" + " " * 5 + nb,
        " " * 19 + "\u25b2" + " " * 11 + "\u2502",
        " " * 19 + "\u2514\u2500\u2500\u2500\u2500\u2500b\u2500\u2500\u2500\u2500\u2500\u2518",
    ]
    page = [
        "notes/automata.txt",
        "",
        "3.2  A two-state machine",
        "========================",
        "",
        "The machine below has two states. The arrow that comes from",
        "nowhere marks the start state, and the state drawn with a",
        "double border is accepting. Each arrow carries the symbol",
        "that moves the machine along it.",
        "",
    ] + diagram + [
        "",
        "A word is accepted when the last symbol leaves the machine in",
        "an accepting state. Try a few short words by hand before you",
        "read on.",
        "",
        "-- 12 --",
    ]
    fsz = 24
    f = _font("mono", fsz)
    fb = _font("mono-b", fsz)
    asc, desc = f.getmetrics()
    lh = asc + desc  # terminal cells: box-drawing lines join from one row to the next
    W = 1100
    H = 70 + lh * len(page) + 50
    img = Image.new("RGB", (W, H), (252, 251, 246))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, W, 44], fill=(234, 233, 226))
    d.text((24, 22), "less notes/automata.txt", font=_font("mono", 18), fill=(110, 110, 110), anchor="lm")
    x0, y0 = 60, 66
    for i, line in enumerate(page):
        y = y0 + i * lh + asc
        if i == 0:
            d.text((x0, y), line, font=f, fill=(120, 120, 120), anchor="ls")
        elif i in (2, 3):
            d.text((x0, y), line, font=fb, fill=(25, 25, 25), anchor="ls")
        else:
            col = (15, 15, 15) if line in diagram else (45, 45, 45)
            d.text((x0, y), line, font=f, fill=col, anchor="ls")
    return _png(img)


# ================================================================ case 2: xdot layout, whiteboard
BOARD_TEXT = ("A DFA with states s0, s1, s2 and s3; s0 is the start state and s3 is accepting; s0 goes to s1 on 1, "
              "s1 goes to s2 on 0, s2 goes to s3 on 1, and s3 loops on 0.")
BOARD_WRONGS = ["s3_single_ring", "start_on_s1", "s1_s2_label_1", "s2_s3_reversed"]


def _bez(points, n=16):
    out = [tuple(points[0])]
    for i in range(0, len(points) - 3, 3):
        p0, p1, p2, p3 = points[i:i + 4]
        for k in range(1, n + 1):
            t = k / n
            a, b, c, e = (1 - t) ** 3, 3 * t * (1 - t) ** 2, 3 * t * t * (1 - t), t ** 3
            out.append((a * p0[0] + b * p1[0] + c * p2[0] + e * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + e * p3[1]))
    return out


def _draw_board(wrong=None):
    import json

    s3_shape = "doublecircle"
    if wrong == "s3_single_ring":
        # breaks "s3 is accepting": s3 is drawn with a single ring
        s3_shape = "circle"
    start = "s0"
    if wrong == "start_on_s1":
        # breaks "s0 is the start state": the start arrow points at s1
        start = "s1"
    l12 = "0"
    if wrong == "s1_s2_label_1":
        # breaks "s1 goes to s2 on 0": the edge is labelled 1
        l12 = "1"
    e23 = "s2 -> s3"
    if wrong == "s2_s3_reversed":
        # breaks "s2 goes to s3 on 1": the edge points from s3 to s2
        e23 = "s3 -> s2"
    src = """digraph M { rankdir=LR; nodesep=0.6; ranksep=0.9; fontname="DejaVu Sans";
      node [shape=circle, fontname="DejaVu Sans", fontsize=16, width=0.7, fixedsize=true];
      edge [fontname="DejaVu Sans", fontsize=16];
      st [shape=point, style=invis, width=0.05];
      st -> %s [label="start"];
      s0; s1; s2; s3 [shape=%s];
      s0 -> s1 [label="1"]; s1 -> s2 [label="%s"]; %s [label="1"]; s3 -> s3 [label="0"]; }""" % (
        start, s3_shape, l12, e23)
    g = json.loads(_dot(src, "json").decode("utf-8"))
    bx0, by0, bx1, by1 = [float(v) for v in g["bb"].split(",")]
    W, H = 1280, 760
    sc = min((W - 160) / (bx1 - bx0), (H - 240) / (by1 - by0))
    ox = (W - sc * (bx1 - bx0)) / 2
    oy = 140 + (H - 200 - sc * (by1 - by0)) / 2

    def T(p):
        return (ox + (p[0] - bx0) * sc, oy + (by1 - p[1]) * sc)

    board = Image.new("RGB", (W, H), (241, 242, 240))
    m = _Marker(board, seed=707, width=6)
    BLK, BLUE, RED, GRN = (28, 30, 38), (25, 62, 170), (190, 30, 45), (20, 120, 62)
    m.text((W / 2, 64), "DFA  (exercise 3)", BLK, size=40)

    def run(ops, colour, text_colour):
        size = 16.0
        for op in ops or []:
            k = op["op"]
            if k == "F":
                size = float(op["size"])
            if k == "e":
                x, y, rx, ry = op["rect"]
                m.ellipse(T((x, y)), rx * sc, ry * sc, colour)
            elif k in ("b", "B"):
                m.stroke([T(p) for p in _bez(op["points"])], colour, dense=False)
            elif k in ("P", "p"):
                pts = [T(p) for p in op["points"]]
                m.stroke(pts + [pts[0]], colour, width=5, dense=False)
                ImageDraw.Draw(board).polygon(pts, fill=colour)
            elif k == "T":
                x, y = T(op["pt"])  # the text's baseline centre
                m.text((x, y - 0.36 * size * sc), op["text"], text_colour, size=int(round(size * sc)))

    for o in g.get("objects", []):
        run(o.get("_draw_"), BLUE, BLK)
        run(o.get("_ldraw_"), BLUE, BLK)
    for e in g.get("edges", []):
        run(e.get("_draw_"), BLK, BLK)
        run(e.get("_hdraw_"), BLK, BLK)
        run(e.get("_ldraw_"), RED, RED)
    return _png(_whiteboard_photo(board, seed=708, tilt=(22, -6, 12, 18)))


# ================================================================ case 3: graphviz gd thumbnail
GD_TEXT = ("An NFA with states r0, r1 and r2; r0 is the start state; r1 and r2 are accepting; r0 goes to r1 on a, "
           "r0 goes to r2 on b, r1 loops on a, and r2 loops on b.")
GD_WRONGS = ["r2_not_accepting", "r0_r2_label_a", "r1_loop_dropped", "start_on_r1"]


def _draw_gd(wrong=None):
    r2_shape = "doublecircle"
    if wrong == "r2_not_accepting":
        # breaks "r1 and r2 are accepting": r2 is drawn with a single ring
        r2_shape = "circle"
    l02 = "b"
    if wrong == "r0_r2_label_a":
        # breaks "r0 goes to r2 on b": the edge is labelled a
        l02 = "a"
    loop1 = 'r1 -> r1 [label="a"];'
    if wrong == "r1_loop_dropped":
        # breaks "r1 loops on a": the self-loop on r1 is missing
        loop1 = ""
    start = "r0"
    if wrong == "start_on_r1":
        # breaks "r0 is the start state": the start arrow points at r1
        start = "r1"

    def src(dpi):
        return """digraph N { rankdir=LR; dpi=%d; pad=0.15; fontname="DejaVu Sans"; bgcolor="white";
          node [shape=circle, fontname="DejaVu Sans", fontsize=14, style=filled, fillcolor="#ffffcc"];
          edge [fontname="DejaVu Sans", fontsize=14, color="#000080", fontcolor="#800000"];
          st [shape=point, style=invis, width=0.05];
          st -> %s [label="start"];
          r0; r1 [shape=doublecircle]; r2 [shape=%s];
          r0 -> r1 [label="a"]; r0 -> r2 [label="%s"]; %s r2 -> r2 [label="b"]; }""" % (
            dpi, start, r2_shape, l02, loop1)

    img = Image.open(io.BytesIO(_dot(src(72), "png:gd:gd"))).convert("RGB")
    if img.width > 300:
        img = Image.open(io.BytesIO(_dot(src(int(72 * 300 / img.width)), "png:gd:gd"))).convert("RGB")
    canvas = Image.new("RGB", (300, max(img.height, 160)), "white")
    canvas.paste(img, ((300 - img.width) // 2, (canvas.height - img.height) // 2))
    return _png(canvas)


def cases():
    return [
        {"id": "h6-automata-textart-page", "text": TEXT_TEXT, "tool": "Unicode box-drawing text diagram, PIL (DejaVu Sans Mono)",
         "style": "plain-text page in a pager: monospace prose around a boxart state diagram (1100x816)",
         "draw": _draw_textart, "wrongs": list(TEXT_WRONGS)},
        {"id": "h6-automata-xdot-whiteboard", "text": BOARD_TEXT, "tool": "graphviz dot -Tjson layout + PIL marker re-drawing",
         "style": "whiteboard marker drawing photographed: keystone, glare, frame, JPEG (1432x912)",
         "draw": _draw_board, "wrongs": list(BOARD_WRONGS)},
        {"id": "h6-automata-graphviz-gd-thumb", "text": GD_TEXT, "tool": "graphviz dot, gd renderer (-Tpng:gd:gd)",
         "style": "300 px wide aliased web-1.0 thumbnail, pale yellow fills, navy edges, maroon labels (300x205)",
         "draw": _draw_gd, "wrongs": list(GD_WRONGS)},
    ]
