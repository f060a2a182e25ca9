"""Ray diagrams of thin lenses and spherical mirrors drawn with matplotlib, the way a person scripting it
would: positions in cm computed from the text's facts with the thin-lens / mirror equation
(1/f = 1/d_o + 1/d_i, m = −d_i/d_o), the object and image as vertical arrows (a virtual image dashed),
the three principal rays as straight segments (virtual images: dashed backward extensions), F and 2F
marked on the axis with text labels, a title.

Three styles, none nesy's layout or palette:
- ``colour``: matplotlib's own colours (Set1 rays, a teal/navy element), a lens as a thin outlined ellipse
  (converging) or a waisted outline (diverging), a mirror as an arc of its circle, dot markers for F/2F;
- ``bw``: a black-and-white textbook figure, a lens as a vertical line with outward (converging) or inward
  (diverging) arrowheads, a mirror as a vertical line hatched behind, tick marks for F/2F, "object" and
  "image" written beside the arrows;
- ``axes``: matplotlib's default frame left on (spines, ticks in cm, axis labels), tab10 colours, a
  glass-tinted filled lens, the object as a ``FancyArrow``, the image as an ``annotate`` arrow, × markers for
  F/2F labelled above the axis, a legend box naming the rays.
Figure sizes, DPI, fonts and the object's drawn height (a text that gives none leaves it to the drawer)
vary per case; horizontal and vertical scales differ (no equal aspect).

Wrongs (exactly one each): ``image_distance`` (the image arrow 30 % farther from the element than the
equation puts it; the rays unchanged), ``image_flipped`` (the image upright where it must be inverted or
inverted where it must be upright), ``object_moved`` (the object arrow 30 % farther; the rays unchanged),
``no_element`` (the lens or mirror not drawn), ``ray_off_focus`` (the ray that arrives parallel to the
axis leaves through a point at 1.4 f instead of the focal point), ``image_duplicated`` (a second image
arrow, mirrored about the element).
"""
from __future__ import annotations

import io

SCIENCE = "optics"

# (id, text, kind, f (cm, signed: converging > 0), d_o (cm), h_o drawn (cm), style, size (in), dpi, font)
_CASES = [
    ("conv_real_far", "a converging lens of focal length 10 cm with an object 30 cm from it",
     "lens", 10.0, 30.0, 2.0, "colour", (8.0, 4.0), 100, "DejaVu Sans"),
    ("conv_virtual", "an object 5 cm in front of a convex lens with f = 10 cm",
     "lens", 10.0, 5.0, 1.5, "bw", (7.0, 4.2), 110, "DejaVu Serif"),
    ("conv_real_enlarged", "a 2 cm tall object stands 15 cm from a converging lens with focal length 10 cm",
     "lens", 10.0, 15.0, 2.0, "bw", (9.0, 4.5), 90, "DejaVu Sans"),
    ("concave_real", "a concave mirror with focal length 10 cm and an object 25 cm in front of it",
     "mirror", 10.0, 25.0, 3.0, "colour", (7.5, 4.0), 120, "DejaVu Sans Mono"),
    ("diverging", "a diverging lens with focal length 15 cm and an object 20 cm from it",
     "lens", -15.0, 20.0, 3.0, "colour", (8.0, 4.0), 100, "DejaVu Serif"),
    ("convex_mirror", "a convex mirror with focal length 10 cm and an object 20 cm in front of it",
     "mirror", -10.0, 20.0, 3.0, "bw", (8.0, 4.0), 100, "DejaVu Sans"),
    ("conv_real_3cm", "an object 3 cm tall is placed 40 cm from a converging lens of focal length 15 cm",
     "lens", 15.0, 40.0, 3.0, "bw", (10.0, 4.0), 80, "DejaVu Sans"),
    ("concave_virtual", "a concave mirror of focal length 12 cm with an object 6 cm in front of it",
     "mirror", 12.0, 6.0, 1.0, "colour", (7.0, 4.5), 130, "DejaVu Sans"),
    ("diverging_bw", "a diverging lens of focal length 10 cm with an object 25 cm away",
     "lens", -10.0, 25.0, 2.5, "bw", (8.5, 4.0), 100, "DejaVu Serif"),
    ("conv_colour_2", "a converging lens with f = 12 cm and an object 20 cm from the lens",
     "lens", 12.0, 20.0, 1.2, "colour", (9.0, 4.5), 90, "DejaVu Sans"),
    ("axes_conv_real", "an object 4 cm tall stands 24 cm from a converging lens of focal length 8 cm",
     "lens", 8.0, 24.0, 4.0, "axes", (8.0, 4.5), 100, "DejaVu Sans"),
    ("axes_concave", "a concave mirror with a focal length of 15 cm and an object 45 cm in front of it",
     "mirror", 15.0, 45.0, 2.0, "axes", (9.0, 4.0), 100, "DejaVu Serif"),
    ("axes_diverging", "a diverging lens of focal length 20 cm with an object 30 cm from it",
     "lens", -20.0, 30.0, 3.0, "axes", (8.0, 4.5), 110, "DejaVu Sans"),
]

WRONGS = ["image_distance", "image_flipped", "object_moved", "no_element", "ray_off_focus", "image_duplicated"]

_PAL = {"colour": {"axis": "#555555", "element": "#008080", "object": "#1b3a8a", "image": "#6a3d9a",
                   "rays": ["#e41a1c", "#377eb8", "#4daf4a"], "mark": "#984ea3", "text": "#222222"},
        "axes": {"axis": "0.3", "element": "#1f77b4", "object": "#2ca02c", "image": "#d62728",
                 "rays": ["#ff7f0e", "#9467bd", "#8c564b"], "mark": "black", "text": "black"},
        "bw": {"axis": "black", "element": "black", "object": "black", "image": "black",
               "rays": ["black", "black", "black"], "mark": "black", "text": "black"}}


def _arrow(ax, x: float, h: float, dashed: bool, colour: str, hw: float, hl: float, lw: float) -> None:
    """A vertical arrow from the axis to height h (cm): shaft (dashed for a virtual image) and a filled head."""
    import numpy as np
    s = float(np.sign(h)) or 1.0
    ax.plot([x, x], [0, h - s * hl * 0.6], color=colour, lw=lw, ls="--" if dashed else "-",
            solid_capstyle="butt", dash_capstyle="butt")
    ax.fill([x - hw, x + hw, x], [h - s * hl, h - s * hl, h], color=colour, lw=0)


def _draw(kind: str, f: float, do: float, ho: float, style: str, size, dpi: int, font: str,
          wrong: str | None) -> bytes:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np
    from matplotlib.patches import Arc, Ellipse, Polygon

    pal = _PAL[style]
    # the drawer's own physics: thin-lens / mirror equation with real-is-positive signs
    di = 1.0 / (1.0 / f - 1.0 / do)
    m = -di / do
    hi = m * ho
    mirror = kind == "mirror"
    xi = -di if mirror else di            # image x in the figure (element at x = 0, object at x = −d_o)
    xo = -do
    xF = -f if mirror else f              # the focal point the parallel ray leaves through (or from)
    real = di > 0
    # the drawn arrows (wrongs move only the arrow, never the rays)
    xo_draw, xi_draw, hi_draw = xo, xi, hi
    if wrong == "image_distance":
        xi_draw = 1.3 * xi
    elif wrong == "image_flipped":
        hi_draw = -hi
    elif wrong == "object_moved":
        xo_draw = 1.3 * xo

    H = 1.3 * max(abs(ho), abs(hi))       # element half-height
    xs = [xo, xi, xo_draw, xi_draw, -xi_draw, 2 * abs(f), -2 * abs(f), 0.0]
    x_lo, x_hi = min(xs) - 0.15 * abs(f) - 2, max(xs) + 0.25 * abs(f) + 2
    if mirror:
        x_hi = max(x_hi, 0.3 * (x_hi - x_lo))
    plt.rcParams["font.family"] = font
    fig, ax = plt.subplots(figsize=size, dpi=dpi)
    ax.set_xlim(x_lo, x_hi)
    ax.set_ylim(-1.55 * H, 1.45 * H)
    if style == "axes":   # matplotlib's default frame: spines, ticks in cm, axis labels
        ax.set_xlabel("x (cm)")
        ax.set_ylabel("height (cm)")
    else:
        ax.axis("off")
    span = x_hi - x_lo
    ax.axhline(0, color=pal["axis"], lw=1.0, zorder=1)

    # the element
    if wrong != "no_element":
        ec = pal["element"]
        if not mirror and style in ("colour", "axes"):
            w = 0.012 * span
            # "axes": a glass-tinted filled outline
            kw = dict(fill=True, fc="#aec7e8", alpha=0.6) if style == "axes" else dict(fill=False)
            if f > 0:
                ax.add_patch(Ellipse((0, 0), 2 * w, 2 * H, ec=ec, lw=1.8, zorder=2, **kw))
            else:
                ax.add_patch(Polygon([(-1.6 * w, H), (1.6 * w, H), (0.45 * w, 0), (1.6 * w, -H), (-1.6 * w, -H),
                                      (-0.45 * w, 0)], closed=True, ec=ec, lw=1.8, zorder=2, **kw))
        elif not mirror:
            ax.plot([0, 0], [-H, H], color=ec, lw=2)
            a = 0.012 * span
            b = 0.08 * H
            for s in (1, -1):
                tip, base = (s * H, s * (H - b)) if f > 0 else (s * (H - b), s * H)
                ax.plot([-a, 0, a], [base, tip, base], color=ec, lw=2)
        elif style in ("colour", "axes"):
            R = 2 * abs(f)
            theta = np.degrees(np.arcsin(min(0.95, H / R)))
            ry = R                                     # the arc in data units, then stretched by the aspect
            if f > 0:   # concave: centre of curvature in front (left)
                ax.add_patch(Arc((-R, 0), 2 * R, 2 * ry, theta1=-theta, theta2=theta, ec=ec, lw=2.2))
            else:
                ax.add_patch(Arc((R, 0), 2 * R, 2 * ry, theta1=180 - theta, theta2=180 + theta, ec=ec, lw=2.2))
        else:
            ax.plot([0, 0], [-H, H], color=ec, lw=2.2)
            for y in np.linspace(-H, H, 9):
                ax.plot([0, 0.012 * span], [y, y - 0.1 * H], color=ec, lw=1)

    # focal points and 2F
    marks = [("F", xF), ("2F", 2 * xF)] if mirror else [("F", f), ("F", -f), ("2F", 2 * f), ("2F", -2 * f)]
    for name, x in marks:
        if style == "colour":
            ax.plot([x], [0], "o", color=pal["mark"], ms=5, zorder=4)
        elif style == "axes":
            ax.plot([x], [0], "x", color=pal["mark"], ms=6, zorder=4)
        else:
            ax.plot([x, x], [-0.06 * H, 0.06 * H], color=pal["mark"], lw=1.2)
        if style == "axes":
            ax.text(x, 0.1 * H, name, ha="center", va="bottom", fontsize=10, color=pal["text"])
        else:
            ax.text(x, -0.2 * H, name, ha="center", va="top", fontsize=11, color=pal["text"])

    # the principal rays: incoming to the element at height y_h, outgoing through (real) or away from
    # (virtual) the image tip; a virtual image gets each ray's dashed backward extension
    x_end = x_lo + 0.02 * span if mirror else x_hi - 0.02 * span
    for k, (name, yh) in enumerate((("parallel", ho), ("centre", 0.0), ("focal", hi))):
        col = pal["rays"][k]
        ax.plot([xo, 0], [ho, yh], color=col, lw=1.4, zorder=3, label=f"{name} ray")
        target = np.array([xi, hi])
        sign = 1.0 if real else -1.0
        if name == "parallel" and wrong == "ray_off_focus":
            target = np.array([1.4 * xF, 0.0])
            sign = 1.0 if f > 0 else -1.0
        d = sign * (target - np.array([0.0, yh]))
        if (d[0] > 0) != (x_end > 0):
            d = -d
        t = (x_end - 0.0) / d[0]
        y_end = yh + t * d[1]
        if abs(y_end) > 1.45 * H:          # leave the frame at its top or bottom instead
            t = (np.sign(d[1]) * 1.45 * H - yh) / d[1]
        ax.plot([0, t * d[0]], [yh, yh + t * d[1]], color=col, lw=1.4, zorder=3)
        if not real:
            back = np.array([xi, yh + xi * d[1] / d[0]])   # the outgoing line, back to the image's x
            ax.plot([0, back[0]], [yh, back[1]], color=col if style == "colour" else "0.35", lw=1.0, ls="--",
                    zorder=2)

    # the arrows
    hw, hl = 0.012 * span, 0.12 * max(abs(ho), abs(hi_draw))
    if style == "axes":   # FancyArrow for the object, an annotate arrow for the image
        ax.arrow(xo_draw, 0, 0, ho, width=0.35 * hw, head_width=1.6 * hw, head_length=hl,
                 length_includes_head=True, color=pal["object"], zorder=4)
        for x in (xi_draw, -xi_draw) if wrong == "image_duplicated" else (xi_draw,):
            ax.annotate("", xy=(x, hi_draw), xytext=(x, 0),
                        arrowprops=dict(arrowstyle="-|>", lw=2.0, ls="--" if not real else "-", color=pal["image"],
                                        shrinkA=0, shrinkB=0, mutation_scale=14), zorder=4)
        ax.legend(loc="upper right", fontsize=8, frameon=True)
    else:
        _arrow(ax, xo_draw, ho, False, pal["object"], hw, hl, 2.2)
        _arrow(ax, xi_draw, hi_draw, not real, pal["image"], hw, hl, 2.2)
        if wrong == "image_duplicated":   # a second image, mirrored about the element
            _arrow(ax, -xi_draw, hi_draw, not real, pal["image"], hw, hl, 2.2)
    if style == "bw":
        # labels on the far side of the axis from each arrow (the image's a line lower/higher)
        for x, h, word, extra in ((xo_draw, ho, "object", 0.0), (xi_draw, hi_draw, "image", 0.25 * H)):
            if h > 0:
                ax.text(x, -0.45 * H - extra, word, ha="center", va="top", fontsize=10)
            else:
                ax.text(x, 0.2 * H + extra, word, ha="center", va="bottom", fontsize=10)
    what = ("converging" if f > 0 else "diverging") + " lens" if not mirror else \
        ("concave" if f > 0 else "convex") + " mirror"
    ax.set_title(f"{what}, f = {abs(f):g} cm, object at {do:g} cm", fontsize=12, color=pal["text"])
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, facecolor="white")
    plt.close(fig)
    return buf.getvalue()


def cases() -> list[dict]:
    out = []
    for cid, text, kind, f, do, ho, style, size, dpi, font in _CASES:
        def draw(wrong: str | None = None, _a=(kind, f, do, ho, style, size, dpi, font)) -> bytes:
            if wrong is not None and wrong not in WRONGS:
                raise ValueError(f"wrong must be one of {WRONGS} or None, got {wrong!r}")
            return _draw(*_a, wrong)
        out.append({"id": cid, "text": text, "tool": "matplotlib", "style": style, "draw": draw,
                    "wrongs": list(WRONGS)})
    return out
