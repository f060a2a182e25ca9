"""Held-out geometry figures drawn by other tools (matplotlib xkcd, matplotlib with axes and gridlines,
matplotlib pastel fills / hatching / hairline serif, raw PIL line art).

Written by an outside helper WITHOUT reading nesy's figure readers or verifiers (nesy/see/, domain verify
files) nor the existing case modules; only the texts were checked with ``nesy.pipeline.parse``.

Every figure is drawn to the stated shape (true proportions).  Each wrong version carries exactly one error
against a fact the text states (commented at each name).
"""
from __future__ import annotations

import io
import math
import os

import numpy as np

SCIENCE = "geometry"

_FONT_DIR = "/usr/share/fonts/truetype"


# ----------------------------------------------------------------------------------------------------------
# a tiny scene description: list of (kind, payload) items, in cm
# ----------------------------------------------------------------------------------------------------------

def _pol(r, deg):
    a = math.radians(deg)
    return np.array([r * math.cos(a), r * math.sin(a)])


def _centroid(pts):
    return np.mean(np.asarray(pts, float), axis=0)


def _vertex_labels(pts, names, off=0.45):
    c = _centroid(pts)
    out = []
    for p, n in zip(pts, names):
        d = np.asarray(p) - c
        d = d / (np.hypot(*d) or 1)
        out.append(("text", (np.asarray(p) + d * off, n, 1.0)))
    return out


def _side_label(p, q, text, inside_pt, off=0.45):
    p, q = np.asarray(p, float), np.asarray(q, float)
    m = (p + q) / 2
    d = q - p
    n = np.array([-d[1], d[0]]) / np.hypot(*d)
    if np.dot(n, m - np.asarray(inside_pt)) < 0:
        n = -n
    return ("text", (m + n * off, text, 0.9))


def _right_mark(v, p, q, s=0.45):
    v, p, q = (np.asarray(x, float) for x in (v, p, q))
    a = (p - v) / np.hypot(*(p - v)) * s
    b = (q - v) / np.hypot(*(q - v)) * s
    return ("poly", (np.array([v + a, v + a + b, v + b]), False, {}))


def _angle_arc(v, p, q, r=0.9):
    v, p, q = (np.asarray(x, float) for x in (v, p, q))
    a0 = math.degrees(math.atan2(*(p - v)[::-1]))
    a1 = math.degrees(math.atan2(*(q - v)[::-1]))
    if (a1 - a0) % 360 > 180:
        a0, a1 = a1, a0
    a1 = a0 + (a1 - a0) % 360
    return ("arc", (v, r, a0, a1)), (a0 + a1) / 2


def _circumcircle(pts):
    (ax, ay), (bx, by), (cx, cy) = pts[:3]
    d = 2 * (ax * (by - cy) + bx * (cy - ay) + cx * (ay - by))
    ux = ((ax ** 2 + ay ** 2) * (by - cy) + (bx ** 2 + by ** 2) * (cy - ay) + (cx ** 2 + cy ** 2) * (ay - by)) / d
    uy = ((ax ** 2 + ay ** 2) * (cx - bx) + (bx ** 2 + by ** 2) * (ax - cx) + (cx ** 2 + cy ** 2) * (bx - ax)) / d
    c = np.array([ux, uy])
    return c, float(np.hypot(*(np.asarray(pts[0]) - c)))


def _incircle(pts):
    A, B, C = (np.asarray(p, float) for p in pts)
    a, b, c = np.hypot(*(B - C)), np.hypot(*(A - C)), np.hypot(*(A - B))
    I = (a * A + b * B + c * C) / (a + b + c)
    s = (a + b + c) / 2
    r = math.sqrt(s * (s - a) * (s - b) * (s - c)) / s
    return I, r


def _bounds(items):
    pts = []
    for k, p in items:
        if k == "poly":
            pts += list(p[0])
        elif k == "seg":
            pts += [p[0], p[1]]
        elif k == "circle":
            c, r = np.asarray(p[0]), p[1]
            pts += [c - r, c + r]
        elif k in ("text", "dot"):
            pts.append(p[0])
    a = np.array(pts, float)
    return a.min(0), a.max(0)


# ----------------------------------------------------------------------------------------------------------
# renderers
# ----------------------------------------------------------------------------------------------------------

def _mpl(items, *, size=(5, 4), dpi=110, lw=1.8, color="k", font="DejaVu Sans", fontsize=13, xkcd=False,
         fill=None, hatch=None, circle_color=None, axes=False, title=None, bg="white", pad=0.9):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import Arc, Circle, Polygon
    ctx = plt.xkcd(scale=1.0, length=100, randomness=2) if xkcd else matplotlib.rc_context({})
    with ctx:
        np.random.seed(11)
        with matplotlib.rc_context({"font.family": font, "font.size": fontsize,
                                    "path.sketch": (1.0, 100, 2) if xkcd else None}):
            fig, ax = plt.subplots(figsize=size, dpi=dpi)
            fig.patch.set_facecolor(bg)
            ax.set_facecolor(bg)
            for k, p in items:
                if k == "poly":
                    pts, closed, kw = p
                    main = kw.get("main", False)
                    ax.add_patch(Polygon(pts, closed=closed, fill=bool(fill) and main,
                                         fc=fill if main else "none", hatch=hatch if main else None,
                                         ec=color, lw=lw if main else lw * 0.7, joinstyle="round"))
                elif k == "circle":
                    c, r, kw = p
                    ax.add_patch(Circle(c, r, fill=False, ec=circle_color or color, lw=lw,
                                        ls=kw.get("ls", "-")))
                elif k == "seg":
                    a, b, kw = p
                    ax.plot([a[0], b[0]], [a[1], b[1]], color=kw.get("color", color), lw=lw * kw.get("w", 1.0),
                            ls=kw.get("ls", "-"))
                elif k == "arc":
                    c, r, a0, a1 = p
                    ax.add_patch(Arc(c, 2 * r, 2 * r, theta1=a0, theta2=a1, ec=color, lw=lw * 0.8))
                elif k == "dot":
                    ax.plot([p[0][0]], [p[0][1]], "o", color=color, ms=3 + lw)
                elif k == "text":
                    pos, t, sc = p
                    ax.text(pos[0], pos[1], t, ha="center", va="center", fontsize=fontsize * sc, color=color,
                            fontfamily=font)
            lo, hi = _bounds(items)
            ax.set_xlim(lo[0] - pad, hi[0] + pad)
            ax.set_ylim(lo[1] - pad, hi[1] + pad)
            ax.set_aspect("equal")
            if axes:
                ax.grid(True, color="#d0d0d0", lw=0.7)
                ax.set_xticks(np.arange(math.floor(lo[0] - pad), hi[0] + pad + 0.01, 1))
                ax.set_yticks(np.arange(math.floor(lo[1] - pad), hi[1] + pad + 0.01, 1))
                ax.tick_params(labelsize=fontsize * 0.65)
                ax.set_xlabel("cm", fontsize=fontsize * 0.7)
                ax.set_axisbelow(True)
            else:
                ax.axis("off")
            if title:
                ax.set_title(title, fontsize=fontsize, fontfamily=font, color=color)
            fig.tight_layout()
            buf = io.BytesIO()
            fig.savefig(buf, format="png", dpi=dpi, facecolor=bg, metadata={"Software": None})
            plt.close(fig)
    return buf.getvalue()


def _pil(items, *, scale=60, lw=5, color=(30, 30, 30), bg=(255, 255, 255), font="dejavu/DejaVuSans.ttf",
         fontsize=24, jitter=0.0, seed=0, pad=1.0, circle_color=None):
    from PIL import Image, ImageDraw, ImageFont
    lo, hi = _bounds(items)
    lo, hi = lo - pad, hi + pad
    W, H = int((hi[0] - lo[0]) * scale), int((hi[1] - lo[1]) * scale)
    im = Image.new("RGB", (W, H), bg)
    dr = ImageDraw.Draw(im)
    rng = np.random.default_rng(seed)
    f = ImageFont.truetype(os.path.join(_FONT_DIR, font), fontsize)

    def px(p):
        x, y = float((p[0] - lo[0]) * scale), float((hi[1] - p[1]) * scale)
        if jitter:
            x, y = x + rng.normal(0, jitter), y + rng.normal(0, jitter)
        return (x, y)

    def poly(pts, closed, w):
        pts = [px(p) for p in pts]
        if closed:
            pts = pts + [pts[0]]
        dr.line(pts, fill=color, width=w, joint="curve")

    for k, p in items:
        if k == "poly":
            poly(p[0], p[1], lw if p[2].get("main") else max(2, lw // 2))
        elif k == "circle":
            c, r, kw = p
            th = np.linspace(0, 2 * np.pi, 181)
            pts = [(c[0] + r * math.cos(t), c[1] + r * math.sin(t)) for t in th]
            dr.line([px(q) for q in pts], fill=circle_color or color, width=lw, joint="curve")
        elif k == "seg":
            a, b, kw = p
            if kw.get("ls") == "--":
                n = 14
                for i in range(n):
                    if i % 2 == 0:
                        t0, t1 = i / n, (i + 1) / n
                        pa = np.asarray(a) + (np.asarray(b) - np.asarray(a)) * t0
                        pb = np.asarray(a) + (np.asarray(b) - np.asarray(a)) * t1
                        dr.line([px(pa), px(pb)], fill=color, width=max(2, lw // 2))
            else:
                dr.line([px(a), px(b)], fill=color, width=lw)
        elif k == "arc":
            c, r, a0, a1 = p
            th = np.radians(np.linspace(a0, a1, 40))
            dr.line([px((c[0] + r * math.cos(t), c[1] + r * math.sin(t))) for t in th], fill=color,
                    width=max(2, lw // 2))
        elif k == "dot":
            x, y = px(p[0])
            dr.ellipse([x - lw, y - lw, x + lw, y + lw], fill=color)
        elif k == "text":
            pos, t, sc = p
            ff = ImageFont.truetype(os.path.join(_FONT_DIR, font), int(fontsize * sc))
            dr.text(px(pos), t, font=ff, fill=color, anchor="mm")
    buf = io.BytesIO()
    im.save(buf, format="PNG")
    return buf.getvalue()


# ----------------------------------------------------------------------------------------------------------
# case 1: right triangle, matplotlib xkcd
# ----------------------------------------------------------------------------------------------------------

T1 = "a right triangle ABC with the right angle at C, AC = 5 cm and BC = 12 cm"


def _draw1(wrong):
    ac = 9.0 if wrong == "ac_drawn_9" else 5.0          # fact: AC = 5 cm (drawn 9 long, still labelled 5)
    bc_lbl = "10 cm" if wrong == "bc_label_10" else "12 cm"   # fact: BC = 12 cm
    if wrong == "right_angle_at_A":                      # fact: the right angle is at C
        # A at origin, AC along y, right angle at A, BC = 12 -> AB = sqrt(144 - 25)
        A = np.array([0.0, 0.0])
        C = np.array([0.0, 5.0])
        B = np.array([math.sqrt(144 - 25), 0.0])
        items = [("poly", (np.array([A, B, C]), True, {"main": True})), _right_mark(A, B, C, 0.7)]
    else:
        C = np.array([0.0, 0.0])
        B = np.array([12.0, 0.0])
        ang = 90.0 if wrong != "obtuse_C" else 120.0    # fact: angle C is a right angle
        A = _pol(ac, ang)
        items = [("poly", (np.array([A, B, C]), True, {"main": True}))]
        if wrong != "obtuse_C":
            items.append(_right_mark(C, A, B, 0.7))
    cen = _centroid([A, B, C])
    items += _vertex_labels([A, B, C], "ABC", off=0.7)
    items += [_side_label(A, C, "5 cm", cen, 0.9), _side_label(B, C, bc_lbl, cen, 0.6)]
    return _mpl(items, size=(7, 3.6), dpi=100, lw=2.2, xkcd=True, fontsize=15, pad=1.0)


# ----------------------------------------------------------------------------------------------------------
# case 2: triangle from two sides and the included angle, raw PIL whiteboard sketch
# ----------------------------------------------------------------------------------------------------------

T2 = "Draw triangle PQR with PQ = 6 cm, PR = 8 cm and angle P = 50°."


def _draw2(wrong):
    ang = 80.0 if wrong == "angle_80" else 50.0             # fact: angle P = 50° (drawn and marked 80°)
    pr = 4.0 if wrong == "pr_drawn_4" else 8.0              # fact: PR = 8 cm (drawn 4 long, labelled 8)
    pr_lbl = "5 cm" if wrong == "pr_label_5" else "8 cm"    # fact: PR = 8 cm
    q_name, r_name = ("R", "Q") if wrong == "q_r_swapped" else ("Q", "R")   # fact: PQ = 6, PR = 8
    P = np.array([0.0, 0.0])
    Q = np.array([6.0, 0.0])
    R = _pol(pr, ang)
    cen = _centroid([P, Q, R])
    arc, mid = _angle_arc(P, Q, R, 1.1)
    items = [("poly", (np.array([P, Q, R]), True, {"main": True})), arc,
             ("text", (P + _pol(1.75, mid), f"{ang:.0f}°", 0.8))]
    items += _vertex_labels([P, Q, R], ["P", q_name, r_name], off=0.55)
    items += [_side_label(P, Q, "6 cm", cen, 0.5), _side_label(P, R, pr_lbl, cen, 0.6)]
    return _pil(items, scale=70, lw=5, color=(20, 90, 40), bg=(248, 250, 246), fontsize=28, jitter=1.0, seed=5,
                font="liberation/LiberationSans-Regular.ttf")


# ----------------------------------------------------------------------------------------------------------
# case 3: rectangle with its diagonal, matplotlib with axes, ticks and gridlines left on (cm grid)
# ----------------------------------------------------------------------------------------------------------

T3 = "a rectangle 6 cm by 4 cm with its diagonal"


def _draw3(wrong):
    w = 4.0 if wrong == "square_4x4" else 6.0                # fact: it is 6 cm by 4 cm (drawn 4 x 4)
    w_lbl = "8 cm" if wrong == "label_8" else "6 cm"         # fact: the long side is 6 cm
    A, B, C, D = np.array([0.0, 0.0]), np.array([w, 0.0]), np.array([w, 4.0]), np.array([0.0, 4.0])
    items = [("poly", (np.array([A, B, C, D]), True, {"main": True}))]
    if wrong != "no_diagonal":                               # fact: the diagonal is drawn
        items.append(("seg", (A, C, {"color": "#d62728"})))
    cen = _centroid([A, B, C, D])
    items += _vertex_labels([A, B, C, D], "ABCD", off=0.45)
    items += [_side_label(A, B, w_lbl, cen, 0.45), _side_label(B, C, "4 cm", cen, 0.6)]
    return _mpl(items, size=(6.0, 4.4), dpi=120, lw=2.0, color="#1f77b4", axes=True, fontsize=13, pad=1.0)


# ----------------------------------------------------------------------------------------------------------
# case 4: equilateral triangle and circumcircle, matplotlib pastel fill, serif font, title
# ----------------------------------------------------------------------------------------------------------

T4 = "an equilateral triangle with side 5 cm and its circumscribed circle"


def _draw4(wrong):
    A, B = np.array([0.0, 0.0]), np.array([5.0, 0.0])
    h = 5.0 * math.sqrt(3) / 2
    if wrong == "isosceles_tall":                            # fact: the triangle is equilateral
        h = 6.8
    C = np.array([2.5, h])
    pts = [A, B, C]
    side_lbl = "4 cm" if wrong == "side_label_4" else "5 cm"  # fact: side 5 cm
    items = [("poly", (np.array(pts), True, {"main": True}))]
    if wrong == "incircle_instead":                          # fact: the circle is circumscribed
        c, r = _incircle(pts)
        items.append(("circle", (c, r, {})))
    elif wrong != "no_circle":                               # fact: the circle is drawn
        c, r = _circumcircle(pts)
        items.append(("circle", (c, r, {})))
    items += _vertex_labels(pts, "ABC", off=0.45)
    items.append(_side_label(A, B, side_lbl, _centroid(pts), 0.45))
    return _mpl(items, size=(4.6, 4.8), dpi=130, lw=1.6, color="#4a4a6a", fill="#f6d6c8", circle_color="#5a8fbf",
                font="DejaVu Serif", fontsize=13, title="Equilateral triangle and circumcircle", bg="#fcfbf7",
                pad=0.6)


# ----------------------------------------------------------------------------------------------------------
# case 5: square and inscribed circle, thick PIL strokes, right-angle marks, no vertex names
# ----------------------------------------------------------------------------------------------------------

T5 = "a square with side 4 cm and its inscribed circle"


def _draw5(wrong):
    w = 5.5 if wrong == "rectangle_5_5x4" else 4.0            # fact: it is a square (drawn 5.5 x 4)
    lbl = "6 cm" if wrong == "side_label_6" else "4 cm"       # fact: side 4 cm
    A, B, C, D = np.array([0.0, 0.0]), np.array([w, 0.0]), np.array([w, 4.0]), np.array([0.0, 4.0])
    O = np.array([w / 2, 2.0])
    items = [("poly", (np.array([A, B, C, D]), True, {"main": True}))]
    if wrong == "circumcircle_instead":                       # fact: the circle is inscribed
        items.append(("circle", (O, math.hypot(w / 2, 2.0), {})))
    elif wrong == "circle_too_small":                         # fact: inscribed = touching all four sides
        items.append(("circle", (O, 1.2, {})))
    else:
        items.append(("circle", (O, 2.0, {})))
    items += [_right_mark(A, B, D, 0.35), _right_mark(C, B, D, 0.35)]
    items.append(_side_label(A, B, lbl, O, 0.45))
    return _pil(items, scale=85, lw=8, color=(10, 10, 10), bg=(255, 255, 255), fontsize=30,
                circle_color=(200, 40, 40), pad=0.9, font="dejavu/DejaVuSans-Bold.ttf")


# ----------------------------------------------------------------------------------------------------------
# case 6: tangents from an external point, matplotlib hairline serif, labelled centre and radius
# ----------------------------------------------------------------------------------------------------------

T6 = "a circle of radius 3 cm and the two tangents from a point P 7 cm from its centre"


def _draw6(wrong):
    r = 3.0
    d = 4.6 if wrong == "P_at_4_6" else 7.0                   # fact: P is 7 cm from the centre (drawn 4.6)
    r_lbl = "5 cm" if wrong == "radius_label_5" else "3 cm"   # fact: radius 3 cm
    O = np.array([0.0, 0.0])
    P = np.array([d, 0.0])
    beta = math.degrees(math.acos(r / d))
    T1p, T2p = _pol(r, beta), _pol(r, -beta)
    items = [("circle", (O, r, {})), ("dot", (O,)), ("dot", (P,)),
             ("text", (O + np.array([-0.35, -0.35]), "O", 0.9)),
             ("text", (P + np.array([0.45, 0.0]), "P", 1.0)),
             ("seg", (O, P, {"ls": "--", "w": 0.7})),
             ("text", ((O + P) / 2 + np.array([0.4, -0.35]), "7 cm", 0.8)),
             ("seg", (O, T1p, {"w": 0.7})),
             ("text", (T1p / 2 + np.array([-0.45, 0.1]), r_lbl, 0.8))]
    ext = 1.25
    if wrong == "secants":                                    # fact: the lines are tangents
        for s in (1, -1):
            E = O + _pol(1.3, s * 100.0)
            items.append(("seg", (P, P + (E - P) * 1.15, {})))
    else:
        items.append(("seg", (P, P + (T1p - P) * ext, {})))
        if wrong != "one_tangent":                            # fact: there are two tangents
            items.append(("seg", (P, P + (T2p - P) * ext, {})))
        items += [_right_mark(T1p, O, P, 0.3)]
    return _mpl(items, size=(6.4, 4.4), dpi=150, lw=0.9, color="#202020", font="DejaVu Serif", fontsize=11,
                pad=0.5)


# ----------------------------------------------------------------------------------------------------------
# case 7: regular hexagon and circumcircle, matplotlib hatched fill, monospace labels, thick strokes
# ----------------------------------------------------------------------------------------------------------

T7 = "a regular hexagon with side 3 cm and its circumcircle"


def _draw7(wrong):
    n = 5 if wrong == "pentagon" else 6                       # fact: a hexagon (six sides)
    s = 3.0
    R = s / (2 * math.sin(math.pi / n))
    pts = [_pol(R, 90 + 360 * k / n) for k in range(n)]
    if wrong == "irregular":                                  # fact: the hexagon is regular
        pts[1] = pts[1] * 0.72
    items = [("poly", (np.array(pts), True, {"main": True}))]
    if wrong == "incircle_instead":                           # fact: the circle is the circumcircle
        items.append(("circle", (np.zeros(2), R * math.cos(math.pi / n), {})))
    else:
        items.append(("circle", (np.zeros(2), R, {})))
    items += _vertex_labels(pts, "ABCDEF"[:n], off=0.45)
    items.append(_side_label(pts[2], pts[3], "3 cm", np.zeros(2), 0.5))
    return _mpl(items, size=(4.2, 4.2), dpi=90, lw=3.0, color="#2d2d2d", fill="#ffffff", hatch="//",
                circle_color="#2a7f62", font="DejaVu Sans Mono", fontsize=13, pad=0.6)


def cases() -> list[dict]:
    return [
        {"id": "ho-geometry-xkcd-right-triangle", "text": T1, "tool": "matplotlib", "style": "xkcd",
         "draw": _draw1, "wrongs": ["right_angle_at_A", "bc_label_10", "obtuse_C", "ac_drawn_9"]},
        {"id": "ho-geometry-pil-sas-triangle", "text": T2, "tool": "PIL", "style": "whiteboard",
         "draw": _draw2, "wrongs": ["angle_80", "pr_label_5", "q_r_swapped", "pr_drawn_4"]},
        {"id": "ho-geometry-mpl-axes-rectangle", "text": T3, "tool": "matplotlib", "style": "axes-grid",
         "draw": _draw3, "wrongs": ["no_diagonal", "square_4x4", "label_8"]},
        {"id": "ho-geometry-mpl-pastel-circumcircle", "text": T4, "tool": "matplotlib", "style": "pastel-serif",
         "draw": _draw4, "wrongs": ["incircle_instead", "no_circle", "isosceles_tall", "side_label_4"]},
        {"id": "ho-geometry-pil-thick-incircle", "text": T5, "tool": "PIL", "style": "thick-bold",
         "draw": _draw5, "wrongs": ["circumcircle_instead", "circle_too_small", "rectangle_5_5x4", "side_label_6"]},
        {"id": "ho-geometry-mpl-hairline-tangents", "text": T6, "tool": "matplotlib", "style": "hairline-serif",
         "draw": _draw6, "wrongs": ["one_tangent", "secants", "P_at_4_6", "radius_label_5"]},
        {"id": "ho-geometry-mpl-hatched-hexagon", "text": T7, "tool": "matplotlib", "style": "hatched-mono",
         "draw": _draw7, "wrongs": ["pentagon", "incircle_instead", "irregular"]},
    ]
