"""Held-out set 3 — optics (thin lens / mirror) figures drawn by other tools.

Three cases:
  h3-optics-svg-textbook    hand-written SVG rendered by resvg: convex lens ray diagram, serif labels,
                            dimension lines (1300 x 640)
  h3-optics-mpl-whitegrid   matplotlib `seaborn-v0_8-whitegrid`, concave mirror in cm axes (1100 x 440)
  h3-optics-opencv-bw       OpenCV black-and-white diverging lens sketch with Hershey labels (560 x 360)

All lengths are to scale. Deterministic; every PNG re-saved through PIL as RGB with no text chunks.
"""
from __future__ import annotations

import io
import math

from PIL import Image

SCIENCE = "optics"

_TT = "/usr/share/fonts/truetype"
_LIB = _TT + "/liberation"
_DJV = _TT + "/dejavu"


def _png(img: Image.Image) -> bytes:
    if img.mode in ("RGBA", "LA", "P"):
        img = img.convert("RGBA")
        bg = Image.new("RGBA", img.size, (255, 255, 255, 255))
        bg.alpha_composite(img)
        img = bg
    img = img.convert("RGB")
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False, compress_level=6)
    return buf.getvalue()


def _svg_png(svg: str, fonts: list[str]) -> bytes:
    import resvg_py
    raw = resvg_py.svg_to_bytes(svg_string=svg, skip_system_fonts=True, font_files=fonts)
    return _png(Image.open(io.BytesIO(bytes(raw))))


def _mpl_png(fig, dpi) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    FigureCanvasAgg(fig)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None})
    buf.seek(0)
    return _png(Image.open(buf))


# ----------------------------------------------------------------------------------------------------
# Case 1: SVG convex lens, f = 8 cm, object 4 cm tall at 12 cm -> real inverted image 8 cm tall at 24 cm
# ----------------------------------------------------------------------------------------------------
_T1 = "A candle 4 cm tall stands 12 cm from a convex lens with f = 8 cm."


def _draw_svg_lens(wrong):
    W, H = 1300, 640
    s_cm = 24.0  # px per cm
    lx, y0 = 500.0, 270.0
    f, do, ho = 8.0, 12.0, 4.0
    di = 1 / (1 / f - 1 / do)  # 24 cm
    hi = -ho * di / do  # -8 cm
    di_drawn, di_text = di, "24 cm"
    if wrong == "image_at_20":
        # breaks the image distance fixed by f = 8 cm and 12 cm (24 cm): the image is drawn at 20 cm
        di_drawn, di_text = 20.0, "20 cm"
    X = lambda cm: lx + cm * s_cm
    Y = lambda cm: y0 - cm * s_cm
    ox, oty = X(-do), Y(ho)
    ix, ity = X(di_drawn), Y(hi)
    f_text = "f = 8 cm"
    if wrong == "f_label":
        # breaks "f = 8 cm": the focal length label reads 6 cm
        f_text = "f = 6 cm"
    serif = 'font-family="Liberation Serif"'
    s = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}">',
         '<defs><marker id="ah" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" '
         'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#222"/></marker>'
         '<marker id="rh" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="7" markerHeight="7" orient="auto">'
         '<path d="M0,1 L10,5 L0,9 z" fill="#c0392b"/></marker>'
         '<marker id="big" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="20" markerHeight="20" '
         'markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="context-stroke"/></marker>'
         '</defs>',
         f'<rect width="{W}" height="{H}" fill="#ffffff"/>',
         f'<text x="40" y="40" {serif} font-size="28" fill="#111">Image formed by a convex lens</text>',
         f'<line x1="20" y1="{y0}" x2="{W - 20}" y2="{y0}" stroke="#444" stroke-width="1.5"/>']
    # lens
    top, bot = y0 - 215, y0 + 215
    if wrong == "lens_concave":
        # breaks "a convex lens": the lens is drawn as a biconcave (diverging) lens
        s.append(f'<path d="M {lx - 26} {top} L {lx + 26} {top} Q {lx + 6} {y0} {lx + 26} {bot} L {lx - 26} {bot} '
                 f'Q {lx - 6} {y0} {lx - 26} {top} Z" fill="#d6ecfa" stroke="#2c7fb8" stroke-width="2.5"/>')
    else:
        s.append(f'<path d="M {lx} {top} Q {lx + 52} {y0} {lx} {bot} Q {lx - 52} {y0} {lx} {top} Z" '
                 'fill="#d6ecfa" stroke="#2c7fb8" stroke-width="2.5"/>')
    # focal points and 2F
    for cm, name in ((-f, "F"), (f, "F"), (-2 * f, "2F"), (2 * f, "2F")):
        s.append(f'<circle cx="{X(cm)}" cy="{y0}" r="5" fill="#111"/>')
        s.append(f'<text x="{X(cm)}" y="{y0 + 30}" text-anchor="middle" {serif} font-style="italic" '
                 f'font-size="24">{name}</text>')
    # rays (red): parallel -> through F'; through centre; through F -> parallel
    def ray(pts):
        d = " ".join(("M" if i == 0 else "L") + f" {x:.1f} {y:.1f}" for i, (x, y) in enumerate(pts))
        s.append(f'<path d="{d}" fill="none" stroke="#c0392b" stroke-width="2"/>')
        (x0_, y0_), (x1_, y1_) = pts[0], pts[1]
        s.append(f'<line x1="{x0_:.1f}" y1="{y0_:.1f}" x2="{(x0_ + x1_) / 2:.1f}" y2="{(y0_ + y1_) / 2:.1f}" '
                 'stroke="#c0392b" stroke-width="2" marker-end="url(#rh)"/>')

    # the refracted rays go to the drawn image tip (for the correct figure this is where f puts them)
    ext = lambda p, q, k: (q[0] + (q[0] - p[0]) * k, q[1] + (q[1] - p[1]) * k)
    tip_rays = (ix, ity) if wrong != "image_upright" else (X(di), Y(hi))
    p1 = (lx, oty)
    ray([(ox, oty), p1, tip_rays, ext(p1, tip_rays, 0.05)])
    ray([(ox, oty), tip_rays, ext((ox, oty), tip_rays, 0.03)])
    hF = oty + (lx - ox) * (y0 - oty) / (X(-f) - ox)  # height where the ray through F meets the lens
    p3 = (lx, hF)
    ray([(ox, oty), p3, (tip_rays[0], hF), (tip_rays[0] + 25, hF)])
    # object (candle drawn as an arrow with a small flame)
    s.append(f'<line x1="{ox}" y1="{y0}" x2="{ox}" y2="{oty + 2}" stroke="#222" stroke-width="5" '
             'marker-end="url(#big)"/>')
    s.append(f'<path d="M {ox} {oty - 30} Q {ox + 9} {oty - 14} {ox} {oty - 6} Q {ox - 9} {oty - 14} {ox} {oty - 30} Z" '
             'fill="#f39c12"/>')
    s.append(f'<text x="{ox - 14}" y="{oty - 40}" text-anchor="middle" {serif} font-size="24">candle</text>')
    # image
    if wrong == "image_upright":
        # breaks the inverted real image the stated f and distance give: the image is drawn upright
        s.append(f'<line x1="{ix}" y1="{y0}" x2="{ix}" y2="{Y(-hi) - 2}" stroke="#7d3c98" stroke-width="5" '
                 'marker-end="url(#big)"/>')
        s.append(f'<text x="{ix + 16}" y="{Y(-hi) + 20}" {serif} font-size="24">image</text>')
    else:
        s.append(f'<line x1="{ix}" y1="{y0}" x2="{ix}" y2="{ity - 2}" stroke="#7d3c98" stroke-width="5" '
                 'marker-end="url(#big)"/>')
        s.append(f'<text x="{ix}" y="{ity + 44}" text-anchor="middle" {serif} font-size="24">image (real, inverted)</text>')
    # dimension lines
    def dim(x1, x2, y, txt, above=False):
        s.append(f'<line x1="{x1}" y1="{y}" x2="{x2}" y2="{y}" stroke="#222" stroke-width="1.2" '
                 'marker-start="url(#ah)" marker-end="url(#ah)"/>')
        for xx in (x1, x2):
            s.append(f'<line x1="{xx}" y1="{y - 8}" x2="{xx}" y2="{y + 8}" stroke="#222" stroke-width="1"/>')
        ty = y - 10 if above else y + 28
        s.append(f'<text x="{(x1 + x2) / 2}" y="{ty}" text-anchor="middle" {serif} font-size="24">{txt}</text>')

    dim(ox, lx, 555, "12 cm")
    dim(lx, ix, 555, di_text)
    dim(lx, X(f), 95, f_text, above=True)
    # object height
    s.append(f'<line x1="{ox - 40}" y1="{y0}" x2="{ox - 40}" y2="{oty}" stroke="#222" stroke-width="1.2" '
             'marker-start="url(#ah)" marker-end="url(#ah)"/>')
    s.append(f'<text x="{ox - 50}" y="{(y0 + oty) / 2 + 8}" text-anchor="end" {serif} font-size="24">4 cm</text>')
    s.append('</svg>')
    return _svg_png("\n".join(s), [_LIB + "/LiberationSerif-Regular.ttf", _LIB + "/LiberationSerif-Italic.ttf"])


# ----------------------------------------------------------------------------------------------------
# Case 2: matplotlib concave mirror, f = 15 cm, object at 45 cm -> real image at 22.5 cm, m = -0.5
# ----------------------------------------------------------------------------------------------------
_T2 = "A concave mirror of focal length 15 cm with an object 45 cm from the mirror."


def _draw_mpl_mirror(wrong):
    import numpy as np
    import matplotlib.pyplot as plt
    from matplotlib.figure import Figure
    f = 15.0
    do_drawn = 45.0
    if wrong == "object_at_35":
        # breaks "an object 45 cm from the mirror": the object is drawn 35 cm away (its label still says 45 cm)
        do_drawn = 35.0
    ho = 6.0
    di = 1 / (1 / f - 1 / do_drawn)
    hi = -ho * di / do_drawn
    R = 2 * f
    f_text = "f = 15 cm"
    if wrong == "f_label":
        # breaks "focal length 15 cm": the label reads 20 cm
        f_text = "f = 20 cm"
    with plt.style.context("seaborn-v0_8-whitegrid"):
        fig = Figure(figsize=(11, 4.4))
        ax = fig.add_axes([0.06, 0.14, 0.92, 0.74])
        ax.set_xlim(-52, 28)
        ax.set_ylim(-10, 10)
        ax.set_aspect("equal")
        yy = np.linspace(-9.5, 9.5, 200)
        if wrong == "convex_mirror":
            # breaks "a concave mirror": the mirror bulges towards the object (convex)
            xx = R - np.sqrt(R * R - yy * yy)
        else:
            xx = -R + np.sqrt(R * R - yy * yy)
        ax.plot(xx, yy, color="#1f3b73", lw=3.5)
        for y_h in np.arange(-9, 9.6, 1.2):  # hatching behind the mirror
            i = int(np.argmin(abs(yy - y_h)))
            ax.plot([xx[i], xx[i] + 1.0], [yy[i], yy[i] + 0.8], color="#1f3b73", lw=0.8)
        ax.axhline(0, color="#333", lw=1)
        ax.annotate("", xy=(-do_drawn, ho), xytext=(-do_drawn, 0),
                    arrowprops=dict(arrowstyle="-|>", lw=3, color="#2a9d8f", mutation_scale=22))
        ax.text(-do_drawn, ho + 0.8, "object", ha="center", fontsize=12, color="#2a9d8f")
        tip = (-di, hi)
        if wrong == "image_virtual":
            # breaks the real image the stated f and 45 cm give: the image is drawn behind the mirror, upright
            ax.annotate("", xy=(di, -hi), xytext=(di, 0),
                        arrowprops=dict(arrowstyle="-|>", lw=3, color="#e76f51", ls="--", mutation_scale=22))
            ax.text(di, -hi + 0.8, "image", ha="center", fontsize=12, color="#e76f51")
        else:
            ax.annotate("", xy=tip, xytext=(-di, 0),
                        arrowprops=dict(arrowstyle="-|>", lw=3, color="#e76f51", mutation_scale=22))
            ax.text(-di, hi - 1.6, "image", ha="center", fontsize=12, color="#e76f51")
        # rays
        o = (-do_drawn, ho)
        rc = dict(color="#e9a03b", lw=1.4)
        ax.plot([o[0], 0, tip[0]], [o[1], o[1], tip[1]], **rc)  # parallel -> through F
        y_hit = o[1] + (0 - o[0]) * (0 - o[1]) / (-f - o[0])
        ax.plot([o[0], 0, tip[0]], [o[1], y_hit, y_hit], **rc)  # through F -> parallel
        ax.plot([o[0], 0, tip[0]], [o[1], 0, tip[1]], **rc)  # to the vertex, reflected symmetrically
        for x, name in ((-f, "F"), (-R, "C")):
            ax.plot([x], [0], "ko", ms=6)
            ax.text(x, -1.4, name, ha="center", fontsize=14, style="italic")
        ax.annotate("", xy=(-f, 8.2), xytext=(0, 8.2), arrowprops=dict(arrowstyle="<->", lw=1.2, color="#444"))
        ax.text(-f / 2, 8.6, f_text, ha="center", fontsize=12)
        ax.annotate("", xy=(-do_drawn, -8.2), xytext=(0, -8.2), arrowprops=dict(arrowstyle="<->", lw=1.2, color="#444"))
        ax.text(-do_drawn / 2, -9.6, "45 cm", ha="center", fontsize=12)
        ax.set_xlabel("distance along the axis (cm)", fontsize=11)
        ax.set_title("Concave mirror", fontsize=15)
        return _mpl_png(fig, 100)


# ----------------------------------------------------------------------------------------------------
# Case 3: OpenCV diverging lens, f = 20 cm, object at 30 cm -> virtual upright image at 12 cm, m = 0.4
# ----------------------------------------------------------------------------------------------------
_T3 = "A diverging lens with focal length 20 cm; an object is placed 30 cm from the lens."


def _draw_opencv_diverging(wrong):
    import cv2
    import numpy as np
    W, H = 560, 360
    img = np.full((H, W, 3), 255, np.uint8)
    k = 7.0  # px per cm
    lx, y0 = 330, 200
    f, do, ho = 20.0, 30.0, 8.0
    di = 1 / (-1 / f - 1 / do)  # -12 cm (virtual, object side)
    hi = ho * (-di) / do  # 3.2 cm, upright
    X = lambda cm: int(round(lx + cm * k))
    Y = lambda cm: int(round(y0 - cm * k))
    AA = cv2.LINE_AA
    blk = (0, 0, 0)
    F = cv2.FONT_HERSHEY_SIMPLEX
    cv2.line(img, (10, y0), (W - 10, y0), blk, 1, AA)
    # lens symbol: vertical line with inward-pointing heads (diverging); outward heads would mean converging
    top, bot = y0 - 120, y0 + 120
    cv2.line(img, (lx, top), (lx, bot), blk, 2, AA)
    inward = wrong != "converging_symbol"  # converging_symbol breaks "a diverging lens"
    for yend, sgn in ((top, 1), (bot, -1)):
        if inward:
            cv2.line(img, (lx - 10, yend - sgn * 10), (lx, yend), blk, 2, AA)
            cv2.line(img, (lx + 10, yend - sgn * 10), (lx, yend), blk, 2, AA)
        else:
            cv2.line(img, (lx - 10, yend + sgn * 10), (lx, yend), blk, 2, AA)
            cv2.line(img, (lx + 10, yend + sgn * 10), (lx, yend), blk, 2, AA)
    fmark = f
    if wrong == "F_at_10":
        # breaks "focal length 20 cm": the focal points are marked 10 cm from the lens
        fmark = 10.0
    for cm, nm in ((-fmark, "F"), (fmark, "F'")):
        cv2.circle(img, (X(cm), y0), 3, blk, -1, AA)
        cv2.putText(img, nm, (X(cm) - 6, y0 + 22), F, 0.5, blk, 1, AA)
    # object
    ox, oty = X(-do), Y(ho)
    cv2.arrowedLine(img, (ox, y0), (ox, oty), blk, 2, AA, tipLength=0.18)
    cv2.putText(img, "object", (ox - 26, oty - 8), F, 0.45, blk, 1, AA)
    # rays: parallel ray diverges as if from F (near side); the ray to the centre goes straight on
    fx = X(-f)
    sl = (oty - y0) / (lx - fx)
    cv2.line(img, (ox, oty), (lx, oty), blk, 1, AA)
    cv2.line(img, (lx, oty), (W - 10, int(round(oty + sl * (W - 10 - lx)))), blk, 1, AA)
    for t in np.arange(0, 1, 0.08):  # dashed back-extension to F
        a_ = (int(round(lx + (fx - lx) * t)), int(round(oty + (y0 - oty) * t)))
        b_ = (int(round(lx + (fx - lx) * (t + 0.04))), int(round(oty + (y0 - oty) * (t + 0.04))))
        cv2.line(img, a_, b_, blk, 1, AA)
    sl2 = (y0 - oty) / (lx - ox)
    cv2.line(img, (ox, oty), (W - 10, int(round(oty + sl2 * (W - 10 - ox)))), blk, 1, AA)
    # virtual image, drawn dashed-looking (thinner arrow)
    if wrong == "image_far_side":
        # breaks the virtual image on the object side that f = 20 cm and 30 cm give: drawn beyond the lens
        ix = X(-di)
    else:
        ix = X(di)
    ity = Y(hi)
    for yy in range(y0, ity, -6):
        cv2.line(img, (ix, yy), (ix, max(ity, yy - 3)), blk, 2, AA)
    cv2.line(img, (ix - 5, ity + 7), (ix, ity), blk, 2, AA)
    cv2.line(img, (ix + 5, ity + 7), (ix, ity), blk, 2, AA)
    cv2.putText(img, "image", (ix - 22, ity - 8), F, 0.45, blk, 1, AA)
    # dimensions
    do_text = "30 cm"
    if wrong == "do_label":
        # breaks "placed 30 cm from the lens": the distance label reads 40 cm
        do_text = "40 cm"
    yd = y0 + 135
    cv2.arrowedLine(img, ((ox + lx) // 2, yd), (ox, yd), blk, 1, AA, tipLength=0.08)
    cv2.arrowedLine(img, ((ox + lx) // 2, yd), (lx, yd), blk, 1, AA, tipLength=0.08)
    cv2.putText(img, do_text, ((ox + lx) // 2 - 24, yd - 6), F, 0.5, blk, 1, AA)
    yf = 40
    cv2.arrowedLine(img, ((X(-f) + lx) // 2, yf), (X(-f), yf), blk, 1, AA, tipLength=0.1)
    cv2.arrowedLine(img, ((X(-f) + lx) // 2, yf), (lx, yf), blk, 1, AA, tipLength=0.1)
    cv2.putText(img, "f = 20 cm", ((X(-f) + lx) // 2 - 38, yf - 8), F, 0.5, blk, 1, AA)
    cv2.putText(img, "diverging lens", (lx + 14, top + 8), F, 0.45, blk, 1, AA)
    return _png(Image.fromarray(img[:, :, ::-1].copy()))


def cases():
    return [
        {"id": "h3-optics-svg-textbook", "text": _T1, "tool": "svg+resvg", "style": "serif-textbook-dimensions",
         "draw": _draw_svg_lens, "wrongs": ["image_at_20", "image_upright", "f_label", "lens_concave"]},
        {"id": "h3-optics-mpl-whitegrid", "text": _T2, "tool": "matplotlib", "style": "seaborn-v0_8-whitegrid-cm",
         "draw": _draw_mpl_mirror, "wrongs": ["image_virtual", "convex_mirror", "f_label", "object_at_35"]},
        {"id": "h3-optics-opencv-bw", "text": _T3, "tool": "opencv", "style": "bw-hershey-sketch",
         "draw": _draw_opencv_diverging, "wrongs": ["image_far_side", "converging_symbol", "do_label", "F_at_10"]},
    ]
