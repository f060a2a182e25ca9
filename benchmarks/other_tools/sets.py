"""Set (Euler/Venn) diagrams drawn by matplotlib the way people script them, not the way nesy draws them.

Three styles, each with its own palette, fonts and label convention:

- ``bw``: textbook black outlines (circles, ellipses, a rectangle for a universe), no fill, serif
  names written *beside* each curve, just outside it;
- ``venn``: matplotlib-venn look built from plain ``Circle``/``Ellipse`` patches with alpha fills whose
  overlaps mix colours, bold sans names *inside* each set's own region, no outline;
- ``outline``: coloured outlines (a seaborn-like palette), no fill, names inside each set's own region.

The geometry of each text is placed by hand from its facts (a subset drawn inside its superset, disjoint
sets apart, intersecting sets crossing), as a person would; label spots are computed from that
geometry (the point of a set's own region farthest from every other curve, or a free spot just outside
its curve). Wrong versions change exactly one fact: a subset sticking out of its superset, disjoint sets
overlapping, intersecting sets drawn apart, a set or element dropped, an element moved out of its set,
two names swapped where that changes a relation, a name changed to one the text does not have.
"""
from __future__ import annotations

import copy
import io
import math

SCIENCE = "sets"

_VENN = ["#e41a1c", "#377eb8", "#4daf4a", "#984ea3", "#ff7f00"]
_OUTLINE = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e"]


def _path(shape):
    """The shape's outline as a matplotlib Path in data coordinates."""
    from matplotlib.patches import Ellipse, Rectangle
    kind, cx, cy, w, h, ang = shape
    if kind == "rect":
        p = Rectangle((cx - w / 2, cy - h / 2), w, h)
    else:
        p = Ellipse((cx, cy), w, h, angle=ang)
    return p.get_patch_transform().transform_path(p.get_path())


def _grid(spec, n=220):
    import numpy as np
    xs = [s[1] - s[3] / 2 for s in spec["sets"].values()] + [s[1] + s[3] / 2 for s in spec["sets"].values()]
    ys = [s[2] - s[4] / 2 for s in spec["sets"].values()] + [s[2] + s[4] / 2 for s in spec["sets"].values()]
    x0, x1, y0, y1 = min(xs) - 1.5, max(xs) + 1.5, min(ys) - 1.5, max(ys) + 1.5
    gx, gy = np.meshgrid(np.linspace(x0, x1, n), np.linspace(y0, y1, n))
    pts = np.c_[gx.ravel(), gy.ravel()]
    inside = {k: _path(s).contains_points(pts).reshape(gx.shape) for k, s in spec["sets"].items()}
    return gx, gy, inside, (x1 - x0) / (n - 1)


def _label_spots(spec, outside: bool):
    """Where a person would write each set's name: inside its own region (farthest from every curve),
    or just outside its curve at a spot clear of the other curves."""
    import numpy as np
    from scipy import ndimage as ndi
    gx, gy, inside, step = _grid(spec)
    edges = np.zeros(gx.shape, bool)
    for m in inside.values():
        edges |= m ^ ndi.binary_erosion(m)
    clear = ndi.distance_transform_edt(~edges) * step
    spots = {}
    for k, (kind, cx, cy, w, h, ang) in spec["sets"].items():
        if not outside or kind == "rect":
            own = inside[k].copy()
            for j, m in inside.items():
                if j != k and not (inside[k] <= m).all():  # curves that do not hold all of k
                    own &= ~m
            if kind == "rect":  # a universe is named in its top-left corner
                score = np.where(own, np.minimum(clear, 0.45), -1) - 0.02 * np.hypot(gx - (cx - w / 2), gy - (cy + h / 2))
            else:
                score = np.where(own, clear, -1)
            i = np.unravel_index(np.argmax(score), score.shape)
            spots[k] = (gx[i], gy[i], "center")
            continue
        best = None
        for deg in (135, 45, 160, 20, 110, 70, 200, 340, 250, 290):
            t = math.radians(deg)
            a = math.radians(ang)
            # the boundary point at parameter t, pushed outwards by a name's half height
            px, py = w / 2 * math.cos(t), h / 2 * math.sin(t)
            bx, by = cx + px * math.cos(a) - py * math.sin(a), cy + px * math.sin(a) + py * math.cos(a)
            nx, ny = bx - cx, by - cy
            nn = math.hypot(nx, ny) or 1.0
            lx, ly = bx + 0.45 * nx / nn, by + 0.45 * ny / nn
            j = (int(round((ly - gy[0, 0]) / step)), int(round((lx - gx[0, 0]) / step)))
            j = (min(max(j[0], 0), gx.shape[0] - 1), min(max(j[1], 0), gx.shape[1] - 1))
            c = clear[j]
            if best is None or c > best[0] + 0.05:
                best = (c, lx, ly)
        spots[k] = (best[1], best[2], "center")
    return spots


def _draw(spec, style: str, seed: int) -> bytes:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import Ellipse, Rectangle
    rs = seed % 5
    fig_w = [6.0, 5.0, 7.0, 5.5, 6.5][rs]
    dpi = [100, 120, 90, 110, 100][rs]
    fig, ax = plt.subplots(figsize=(fig_w, fig_w * 0.8), dpi=dpi)
    names = spec.get("names", {})
    spots = _label_spots(spec, outside=(style == "bw"))
    fs = [15, 17, 14, 16, 18][rs]
    for n, (k, (kind, cx, cy, w, h, ang)) in enumerate(spec["sets"].items()):
        if style == "bw":
            kw = dict(fill=False, edgecolor="black", linewidth=[1.6, 2.0, 1.4, 2.4, 1.8][rs])
        elif style == "venn":
            kw = dict(facecolor=_VENN[n % len(_VENN)], alpha=0.4, edgecolor="none")
            if kind == "rect":
                kw = dict(fill=False, edgecolor="#444444", linewidth=1.5)
        else:
            kw = dict(fill=False, edgecolor=_OUTLINE[n % len(_OUTLINE)], linewidth=[2.5, 3.0, 2.2, 2.8, 2.0][rs])
        if kind == "rect":
            ax.add_patch(Rectangle((cx - w / 2, cy - h / 2), w, h, **kw))
        else:
            ax.add_patch(Ellipse((cx, cy), w, h, angle=ang, **kw))
        x, y, ha = spots[k]
        ax.text(x, y, names.get(k, k), ha=ha, va="center", fontsize=fs,
                family="serif" if style == "bw" else "sans-serif",
                fontweight="bold" if style == "venn" else "normal",
                color="black" if style != "outline" else _OUTLINE[n % len(_OUTLINE)])
    for e, (x, y) in spec.get("elements", {}).items():
        ax.plot([x], [y], "o", color="black", markersize=[5, 6, 5, 7, 6][rs])
        ax.text(x + 0.18, y, names.get(e, e), ha="left", va="center", fontsize=fs - 2,
                family="serif" if style == "bw" else "sans-serif", style="italic" if style == "bw" else "normal")
    xs = [s[1] - s[3] / 2 for s in spec["sets"].values()] + [s[1] + s[3] / 2 for s in spec["sets"].values()]
    ys = [s[2] - s[4] / 2 for s in spec["sets"].values()] + [s[2] + s[4] / 2 for s in spec["sets"].values()]
    pad = 0.9 if style == "bw" else 0.5
    ax.set_xlim(min(xs) - pad, max(xs) + pad)
    ax.set_ylim(min(ys) - pad, max(ys) + pad)
    ax.set_aspect("equal")
    ax.axis("off")
    if spec.get("title"):
        ax.set_title(spec["title"], fontsize=fs - 3)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, facecolor="white")
    plt.close(fig)
    return buf.getvalue()


def _c(cx, cy, r):
    return ("circle", cx, cy, 2 * r, 2 * r, 0.0)


def _e(cx, cy, w, h, ang=0.0):
    return ("ellipse", cx, cy, w, h, ang)


def _move(key, dx, dy):
    def f(s):
        kind, cx, cy, w, h, a = s["sets"][key] if key in s["sets"] else (None,) * 6
        if kind is None:
            x, y = s["elements"][key]
            s["elements"][key] = (x + dx, y + dy)
        else:
            s["sets"][key] = (kind, cx + dx, cy + dy, w, h, a)
        return s
    return f


def _drop(key):
    def f(s):
        s["sets"].pop(key, None)
        s.get("elements", {}).pop(key, None)
        return s
    return f


def _swap(a, b):
    def f(s):
        nm = s.setdefault("names", {})
        nm[a], nm[b] = nm.get(b, b), nm.get(a, a)
        return s
    return f


def _rename(key, new):
    def f(s):
        s.setdefault("names", {})[key] = new
        return s
    return f


# text, geometry (sets in data units: kind, cx, cy, width, height, angle°; elements: x, y), wrongs
_SPECS = [
    ("subset_disjoint", "A is a subset of B. C is disjoint from B.",
     {"sets": {"B": _c(0, 0, 2.0), "A": _c(-0.4, -0.3, 0.8), "C": _c(3.6, 0.2, 1.1)}},
     {"subset_sticks_out": _move("A", -1.2, 0), "disjoint_overlap": _move("C", -1.3, 0),
      "set_dropped": _drop("C"), "names_swapped": _swap("A", "B"), "name_changed": _rename("C", "D")}),
    ("overlap_disjoint", "A and B overlap. C is disjoint from A.",
     {"sets": {"A": _c(0, 0, 1.5), "B": _c(1.9, 0, 1.5), "C": _c(-1.4, -3.1, 1.0)}},
     {"overlap_apart": _move("B", 1.6, 0), "disjoint_overlap": _move("C", 0.4, 1.6),
      "set_dropped": _drop("B"), "names_swapped": _swap("B", "C")}),
    ("animals", "Sets Mammals, Birds and Fish are disjoint. Dogs is a subset of Mammals.",
     {"sets": {"Mammals": _e(0, 0, 4.6, 3.2), "Dogs": _e(0.5, -0.4, 2.0, 1.1), "Birds": _e(5.0, 1.0, 3.2, 2.0),
               "Fish": _e(4.6, -2.2, 3.0, 1.8)}},
     {"subset_sticks_out": _move("Dogs", 1.6, 0), "disjoint_overlap": _move("Fish", 0, 1.6),
      "set_dropped": _drop("Birds"), "names_swapped": _swap("Dogs", "Birds"),
      "name_changed": _rename("Fish", "Frogs")}),
    ("elements", "A intersects B. x is an element of A. y is an element of B.",
     {"sets": {"A": _c(0, 0, 1.7), "B": _c(2.2, 0, 1.7)}, "elements": {"x": (-0.9, -0.5), "y": (3.0, -0.6)}},
     {"element_moved_out": _move("x", -1.6, 0), "element_dropped": _drop("y"), "overlap_apart": _move("B", 1.6, 0)}),
    ("universe", "The universe U contains A and B. A intersects B.",
     {"sets": {"U": ("rect", 0.9, 0, 6.4, 4.4, 0.0), "A": _c(0, -0.2, 1.4), "B": _c(1.8, -0.2, 1.4)}},
     {"subset_sticks_out": _move("A", -1.6, 0), "overlap_apart": _move("B", 1.2, 0),
      "set_dropped": _drop("B")}),
    ("chain", "A, B and C are sets. A intersects B. B intersects C. A is disjoint from C.",
     {"sets": {"A": _e(0, 0, 2.8, 2.0, 20), "B": _e(2.2, 0.4, 2.8, 2.0, -15), "C": _e(4.4, 0, 2.8, 2.0, 20)}},
     {"disjoint_overlap": _move("C", -2.2, 0), "overlap_apart": _move("A", -1.6, 0),
      "set_dropped": _drop("A"), "names_swapped": _swap("A", "B"), "name_changed": _rename("B", "E")}),
    ("nested", "S1 is a subset of S2. S2 is a subset of S3.",
     {"sets": {"S3": _e(0, 0, 6.0, 4.0), "S2": _e(0.6, -0.3, 3.8, 2.4), "S1": _e(1.0, -0.4, 1.6, 1.0)}},
     {"subset_sticks_out": _move("S1", 1.6, 0), "set_dropped": _drop("S2"), "names_swapped": _swap("S1", "S3")}),
    ("two_in_one", "A is a subset of B. C is a subset of B. A intersects C.",
     {"sets": {"B": _e(0, 0, 5.2, 3.6), "A": _c(-0.7, -0.2, 1.0), "C": _c(0.7, -0.2, 1.0)}},
     {"subset_sticks_out": _move("C", 1.7, 0), "overlap_apart": _move("A", -0.8, 0),
      "set_dropped": _drop("C"), "names_swapped": _swap("A", "B")}),
]

_STYLES = {"subset_disjoint": ("bw", "venn"), "overlap_disjoint": ("venn", "outline"), "animals": ("bw", "outline"),
           "elements": ("bw", "venn"), "universe": ("bw", "venn"), "chain": ("venn", "bw"),
           "nested": ("bw", "outline"), "two_in_one": ("outline", "venn")}


def cases() -> list[dict]:
    out = []
    for n, (cid, text, spec, wrongs) in enumerate(_SPECS):
        for m, style in enumerate(_STYLES[cid]):
            seed = 3 * n + m

            def draw(wrong=None, spec=spec, wrongs=wrongs, style=style, seed=seed):
                s = copy.deepcopy(spec)
                if wrong is not None:
                    s = wrongs[wrong](s)
                return _draw(s, style, seed)
            out.append({"id": f"{cid}-{style}", "text": text, "tool": "matplotlib", "style": style,
                        "draw": draw, "wrongs": list(wrongs)})
    return out
