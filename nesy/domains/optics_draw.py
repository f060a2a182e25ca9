"""Drawing of ``nesy.optics.v1``: the solved lens or mirror system → a textbook principal-ray diagram
(``Layout``, px, y down), in the style of ``layout/optics.yaml`` with the active variant merged in
(``nesy.render.style.science_style``: the colour-blind-safe palette, or grey).

What is drawn, and the convention each follows (sources in ``layout/optics.yaml``):

- the optical axis, a black 1-px line across the figure;
- the element at x = 0: a thin lens as the schematic symbol — a vertical line with arrowheads at both
  ends, pointing outwards for a converging lens and inwards for a diverging one (Hecht, *Optics*, 5th ed.,
  §5.2.3; Halliday–Resnick, ch. 34); a spherical mirror as an arc of its profile, concave towards the
  object when it converges, with hatching on its back (the non-reflecting side);
- the focal points F and F′ and the points 2F and 2F′ of a lens (a mirror: F and its centre of
  curvature C), each a black dot on the axis with its name under it;
- the object and the image as vertical arrows, each named on the figure ("object", "real image" /
  "virtual image"); a virtual image dashed;
- the three principal rays (through the centre/vertex; parallel → through F′; through F → parallel),
  each in its own colour, solid; the backward extensions that locate a virtual image dashed, in the
  ray's tint;
- an arrowhead on each solid ray segment pointing the way the light goes (``optics_heads``);
- one line of values over the figure (f, dₒ, dᵢ, m: italic symbols, upright subscripts, a true minus)
  and, when the heights are drawn at another scale than the distances, that exaggeration written in the
  figure's body ("heights ×3"): distances and heights share one scale whenever the object stays at least
  ``equal_scale_min_px`` tall at it;
- object and image of very different sizes (a camera's distant subject, a projector's slide): still one
  scale, the smaller arrow ``min_image_px`` tall and the plot grown above / below the axis for the larger
  (``tall_plot``); beyond ``tall_max_arrow_px`` a far object's real image through a converging lens is
  drawn with a broken axis (``optics_far``), anything else refused, naming the phrases that set the sizes;
- a note in the body when the text's signs were read in the New Cartesian convention (``optics_signs``).

No legend: every class is named on the figure or is the only thing of its kind (the element, the axis).
Decoration (the lens's arrowheads, the mirror's hatching, the focal dots' names) has ids starting with
``_`` except the focal dots, which the verifier reads (``focus_<name>``).
"""
from __future__ import annotations

import math
import time

import numpy as np

from ..errors import UnsupportedError
from ..types import Label, Layout, SceneGraph, Shape, _freeze

__all__ = ["layout_optics", "height_exaggeration", "num", "style"]


def style() -> dict:
    """The optics style with the active variant (palette) merged in."""
    from ..render.style import science_style
    return science_style("optics")


def value_lines(kind: str, o) -> tuple[str, str]:
    """The title's values and the note for the ones the text leaves open (``Optics.chosen``): an open value is
    "?" in the title, and the note gives the value drawn, "not in the text, chosen for the drawing" — a
    figure never states as given what the text did not say (issue 9)."""
    from .optics import _UNIT_CM
    cu = _UNIT_CM[o.unit]
    vals = {"f": ("f", f"{num(o.f / cu, 4)} {o.unit}"), "do": ("dₒ", f"{num(o.do / cu, 4)} {o.unit}"),
            "di": ("dᵢ", f"{num(o.di / cu, 4)} {o.unit}"), "m": ("m", num(o.m, 3))}
    title = f"{kind}: " + ", ".join(f"{sym} = {'?' if k in o.chosen else v}" for k, (sym, v) in vals.items())
    open_ = [f"{sym} = {v}" for k, (sym, v) in vals.items() if k in o.chosen]
    return title, ("not in the text, chosen for the drawing: " + ", ".join(open_)) if open_ else ""


def num(v: float, digits: int) -> str:
    """``v`` to ``digits`` significant digits with a true minus sign (U+2212), as a book prints it."""
    return f"{v:.{digits}g}".replace("-", "\u2212")


def _clip(p: tuple[float, float], q: tuple[float, float], box: tuple[float, float, float, float]):
    """Liang–Barsky: the part of segment p→q inside box (x0, y0, x1, y1), or None."""
    x0, y0, x1, y1 = box
    dx, dy = q[0] - p[0], q[1] - p[1]
    t0, t1 = 0.0, 1.0
    for pp, qq in ((-dx, p[0] - x0), (dx, x1 - p[0]), (-dy, p[1] - y0), (dy, y1 - p[1])):
        if pp == 0:
            if qq < 0:
                return None
            continue
        t = qq / pp
        if pp < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
    if t0 >= t1:
        return None
    return (p[0] + t0 * dx, p[1] + t0 * dy), (p[0] + t1 * dx, p[1] + t1 * dy)


def _dashes(st: dict, sid: str, a, b, colour: str, width: float, z: int, dash: float | None = None,
            gap: float | None = None) -> list[Shape]:
    """A dashed stroke a → b as ``dash`` px pieces ``gap`` px apart (the style's ray dashes by default)."""
    dash = float(st["dash"]) if dash is None else dash
    gap = float(st["gap"]) if gap is None else gap
    L = math.hypot(b[0] - a[0], b[1] - a[1])
    out: list[Shape] = []
    t, k = 0.0, 0
    while t < L - 1.0:
        e = min(t + dash, L)
        p = (a[0] + (b[0] - a[0]) * t / L, a[1] + (b[1] - a[1]) * t / L)
        q = (a[0] + (b[0] - a[0]) * e / L, a[1] + (b[1] - a[1]) * e / L)
        out.append(Shape(f"_{sid}_{k}", "line", (p[0], p[1], q[0], q[1]), stroke=colour, stroke_width=width, z=z,
                         cls="ray"))
        t += dash + gap
        k += 1
    return out


def _arrow(st: dict, sid: str, x: float, y_axis: float, y_tip: float, colour: str, dashed: bool,
           cls: str) -> list[Shape]:
    up = y_tip < y_axis
    hl = min(float(st["head_length"]), 0.4 * abs(y_tip - y_axis))
    hw = float(st["head_half_width"])
    yb = y_tip + hl if up else y_tip - hl
    w = float(st["arrow_width"])
    head = Shape(f"{sid}_head", "polygon", (x - hw, min(y_tip, yb), x + hw, max(y_tip, yb)), fill=colour, stroke=colour,
                 stroke_width=1.0, z=6, cls=cls, points=((x, y_tip), (x - hw, yb), (x + hw, yb)))
    if dashed:
        return _dashes(st, sid, (x, y_axis), (x, yb), colour, w, 6, float(st["arrow_dash"]),
                       float(st["arrow_gap"])) + [head]
    return [Shape(sid, "line", (x, y_axis, x, yb), stroke=colour, stroke_width=w, z=6, cls=cls), head]


def _frame(o) -> dict[str, float]:
    """World extents (cm; x along the axis with the element at 0 and the object to the left)."""
    side = -1.0 if o.kind == "mirror" else 1.0
    xi = side * o.di
    xs = [-o.do, xi, o.f, -o.f, 0.0] + ([-2 * o.f] if o.kind == "mirror" else [])
    x0, x1 = min(xs), max(xs)
    span = x1 - x0
    x0, x1 = x0 - 0.12 * span, x1 + 0.12 * span
    # room for the rays to travel on after the element
    if o.kind == "lens":
        x1 = max(x1, 0.35 * (x1 - x0))
    else:
        x0 = min(x0, -0.35 * (x1 - x0))
    ymax = 1.3 * max(o.ho, abs(o.hi))
    return {"x0": x0, "x1": x1, "ymax": ymax, "side": side}


def height_exaggeration(sx: float, sy_fit: float, ho: float, min_px: float) -> float:
    """The factor heights are drawn at over distances (1: one scale for both). ``sx``: px per cm along the
    axis; ``sy_fit``: px per cm at which the tallest arrow fills the plot; ``ho``: the object's height
    (cm); ``min_px``: the least drawn object height (px) at which one scale is kept. Otherwise the largest
    round factor (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ⁿ) at which the tallest arrow still fits, so the stated
    exaggeration is a number a reader can use."""
    fit = sy_fit / sx
    if fit >= 1.0 and ho * sx >= min_px:
        return 1.0
    return _round_down(fit)   # ≥ 1: the object would be too small at one scale; < 1: the tallest would not fit


def tall_plot(o, sx: float, st: dict, scene: SceneGraph) -> tuple[float, float, float]:
    """(height factor k, px above the axis, px below it) for a scene whose smaller arrow would be under
    ``min_image_px`` in the usual plot: k is the least factor of two significant digits at which it is
    that tall, and each side of the axis is 1.3 × its taller arrow (at least
    ``tall_min_half_px``, room for the rays and names). Raises ``UnsupportedError`` naming the phrases that
    fix the sizes when the larger arrow would then exceed ``tall_max_arrow_px``."""
    small = min(o.ho, abs(o.hi))
    k = _round_up(float(st["min_image_px"]) / (small * sx))
    sy = sx * k
    big = max(o.ho, abs(o.hi)) * sy
    if big > float(st["tall_max_arrow_px"]):
        from .optics import size_phrases
        raise UnsupportedError(
            f"the image is {abs(o.m):.3g} times the object's size: drawn at one scale with the smaller arrow "
            f"{float(st['min_image_px']):g} px tall, the larger would be {big:.0f} px (at most "
            f"{float(st['tall_max_arrow_px']):g}); the sizes come from {size_phrases(scene)}")
    lo = float(st["tall_min_half_px"])
    return k, max(lo, 1.3 * max(o.ho, o.hi) * sy), max(lo, 1.3 * max(0.0, -o.hi) * sy)


def _round_up(v: float) -> float:
    """The least number of two significant digits ≥ v (a factor a reader can use, ≤ 10 % over v)."""
    e = math.floor(math.log10(v)) - 1
    return float(round(math.ceil(v / 10 ** e * (1 - 1e-9)) * 10 ** e, 12))


def _round_down(v: float) -> float:
    e = math.floor(math.log10(v))
    for m in (8, 6, 5, 4, 3, 2.5, 2, 1.5, 1):
        if m * 10 ** e <= v * (1 + 1e-9):
            return float(m * 10 ** e)
    return float(10 ** e)


def _text_box(lb: Label) -> tuple[float, float, float, float]:
    """A label's ink box (px): DejaVu Sans is ≈ 0.6 em per character; cap height + descender ≈ 0.95 em."""
    w = 0.6 * lb.size * len(lb.text)
    x0 = lb.x - (w if lb.anchor == "end" else w / 2 if lb.anchor == "middle" else 0.0)
    return x0, lb.y - 0.75 * lb.size, x0 + w, lb.y + 0.25 * lb.size


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _place(cands: list[Label], hard: list, segs: list, size: tuple[float, float]) -> Label:
    """The candidate that stays on the page and overlaps no ``hard`` box, crossing the fewest ray segments
    (``segs``: (x0, y0, x1, y1)); when none is free, the one overlapping the fewest hard boxes (text over an
    arrow or a marked point hides it from a reader and from the verifier alike)."""
    best, key = cands[0], None
    for k, lb in enumerate(cands):
        b = _text_box(lb)
        off = b[0] < 2 or b[2] > size[0] - 2 or b[1] < 2 or b[3] > size[1] - 2
        n_hard = sum(1 for h in hard if _overlap(b, h))
        n = sum(1 for g in segs if _clip((g[0], g[1]), (g[2], g[3]), (b[0] - 2, b[1] - 2, b[2] + 2, b[3] + 2)))
        kk = (off, n_hard, n, k)
        if key is None or kk < key:
            best, key = lb, kk
    return best


def _element(st: dict, o, xe: float, ya: float, eh: float, eh_below: float | None = None) -> list[Shape]:
    """The lens symbol or the hatched mirror (see the module docstring), ``eh`` px above the axis and
    ``eh_below`` (default ``eh``) below it."""
    eb = eh if eh_below is None else eh_below
    ec = st["element_color"]
    conv = o.f > 0
    out: list[Shape] = []
    if o.kind == "lens":
        lw = float(st["lens_width"])
        out.append(Shape("element", "line", (xe, ya - eh, xe, ya + eb), stroke=ec, stroke_width=lw, z=2, cls="lens"))
        hl, hw = float(st["lens_head_length"]), float(st["lens_head_half_width"])
        for k, (tip, sgn) in enumerate(((ya - eh, 1.0), (ya + eb, -1.0))):
            # converging: heads point outwards (apex at the line's end); diverging: inwards (apex inside)
            apex, base = (tip, tip + sgn * hl) if conv else (tip + sgn * hl, tip)
            pts = ((xe - hw, base), (xe, apex), (xe + hw, base))
            out.append(Shape(f"_element_head_{k}", "polyline", (xe - hw, min(apex, base), xe + hw, max(apex, base)),
                             stroke=ec, stroke_width=lw, z=2, cls="lens", points=pts))
        return out
    # a mirror: concave (f > 0) bends its rim towards the object (left); convex away from it
    em = max(eh, eb)
    k = (10.0 / (em * em)) * (-1 if conv else 1)
    ys = np.linspace(-eh, eb, 41).tolist()
    pts = tuple((xe + k * (yy * yy), ya + yy) for yy in ys)
    out.append(Shape("element", "polyline", (min(p[0] for p in pts), ya - eh, max(p[0] for p in pts), ya + eb),
                     stroke=ec, stroke_width=3, z=2, cls="mirror", points=pts))
    # hatching on the back (right): short 45° strokes starting just behind the reflecting surface
    step, L, gap = float(st["hatch_step"]), float(st["hatch_length"]), 2.5
    yy = -eh + step / 2
    n = 0
    while yy <= eb:
        x = xe + k * yy * yy + gap
        out.append(Shape(f"_hatch_{n}", "line", (x, ya + yy, x + L, ya + yy - L), stroke=st["hatch_color"],
                         stroke_width=1.0, z=1, cls="mirror"))
        yy += step
        n += 1
    return out


def layout_optics(scene: SceneGraph, *, seed: int = 0, attempt: int = 0, timeout_s: float = 10.0) -> Layout:
    """Solve the scene and draw its ray diagram (see the module docstring; px, y down). Where the figure's
    parts are (axis row, element x, px per cm along and across the axis) is the same in every variant."""
    from .optics import solve_optics
    from .optics_far import is_far, layout_far
    t0 = time.perf_counter()
    o = solve_optics(scene, timeout_s)
    st = style()
    if is_far(o):
        # a far object (a camera's subject): one scale when it can draw it, else the broken axis (optics_far)
        try:
            return _one_scale(scene, o, st, t0)
        except UnsupportedError:
            return layout_far(o, scene, st, t0)
    return _one_scale(scene, o, st, t0)


def _one_scale(scene: SceneGraph, o, st: dict, t0: float) -> Layout:
    """The diagram at one scale along the axis (heights at one scale or a stated factor); raises
    ``UnsupportedError`` where it cannot be drawn legibly."""
    from .optics import _UNIT_CM
    fr = _frame(o)
    mx, top = float(st["margin_x"]), float(st["top"])
    hh = float(st["plot_half_height"])
    sx = float(st["plot_width"]) / (fr["x1"] - fr["x0"])
    k_h = height_exaggeration(sx, hh / fr["ymax"], o.ho, float(st["equal_scale_min_px"]))
    sy = sx * k_h
    up = down = hh                         # px of plot above and below the axis
    y_top = y_bot = fr["ymax"]             # cm: the rays are drawn up to these heights
    small = min(o.ho, abs(o.hi))
    if small * sy < float(st["min_image_px"]):
        # object and image differ greatly in size (a camera's distant subject, a projector's slide): one
        # scale still, the small arrow min_image_px tall and the plot as tall as the large one needs — above
        # the axis for the object (and an upright image), below it for an inverted image
        k_h, up, down = tall_plot(o, sx, st, scene)
        sy = sx * k_h
        y_top, y_bot = up / sy, down / sy
    fig_w = int(math.ceil(2 * mx + float(st["plot_width"])))
    H = int(math.ceil(top + up + down + float(st["bottom"])))
    ya = top + up

    def P(x: float, y: float) -> tuple[float, float]:
        return mx + (x - fr["x0"]) * sx, ya - y * sy
    if o.do * sx < float(st["min_gap_px"]):
        from .optics import size_phrases
        raise UnsupportedError(f"the object ({o.do / _UNIT_CM[o.unit]:.4g} {o.unit} away) is too close to the element "
                               f"to draw beside the image ({abs(o.di) / _UNIT_CM[o.unit]:.4g} {o.unit} away) at one "
                               f"scale; the distances come from {size_phrases(scene)}")
    if abs(o.hi) * sy < float(st["min_image_px"]):
        from .optics import size_phrases
        raise UnsupportedError("the image is too small to draw legibly beside the object; the sizes come from "
                               + size_phrases(scene))
    side = fr["side"]
    ls = float(st["label_size"])
    shapes: list[Shape] = []
    labels: list[Label] = []
    xe, _ = P(0, 0)
    shapes.append(Shape("axis", "line", (mx - 20, ya, fig_w - mx + 20, ya), stroke=st["axis_color"], stroke_width=1.0,
                        z=0, cls="axis"))
    # the element, taller than every ray that meets it
    eh = eb = max(o.ho, abs(o.hi)) * 1.15 * sy
    if up != down:
        # the element reaches past each arrow on its own side, and a lens's symbol shows on both
        eh = max(1.15 * max(o.ho, o.hi) * sy, float(st["tall_min_half_px"]) / 1.3)
        eb = max(1.15 * max(0.0, -o.hi) * sy, float(st["tall_min_half_px"]) / 1.3)
    shapes += _element(st, o, xe, ya, eh, eb)
    # F, F′, 2F, 2F′ of a lens (F at −f, F′ at +f in the unfolded frame); a mirror folds F′ onto F: F and C
    pts = {"F": -o.f, "F′": o.f, "2F": -2 * o.f, "2F′": 2 * o.f} if o.kind == "lens" else {"F": -o.f, "C": -2 * o.f}
    # 2F and 2F′ where they fall on the drawn part of the axis (≥ 12 px inside it): the frame is fitted to
    # the object, the image and F, F′, so that an object near the lens is not drawn small to make room
    pts = {k: x for k, x in pts.items() if k in ("F", "F′", "C") or mx + 12 <= P(x, 0)[0] <= fig_w - mx - 12}
    # ... and where their names do not run into F's, F′'s or the element (a short focal length at a scale
    # set by a far object: a camera's)
    pts = {k: x for k, x in pts.items() if k not in ("2F", "2F′")
           or min(abs(P(x, 0)[0] - P(y, 0)[0]) for y in (0.0, o.f, -o.f)) >= float(st["min_point_gap_px"])}
    r = float(st["focus_radius"])
    ox, oy = P(-o.do, o.ho)
    ix, iy = P(side * o.di, o.hi)
    for name, x in pts.items():
        px, py = P(x, 0)
        shapes.append(Shape(f"focus_{name}", "circle", (px - r, py - r, px + r, py + r), fill=st["focus_color"],
                            stroke=st["focus_color"], stroke_width=1.0, z=7, cls="focus"))
        # the name under the axis, or over it where an inverted image's arrow hangs there (≤ 16 px away:
        # half a name's width), so no name is written across an arrow
        down = o.hi < 0 and abs(px - ix) <= 16
        up = abs(px - ox) <= 16 or (o.hi > 0 and abs(px - ix) <= 16)
        if not down:
            labels.append(Label(name, px, py + 20, ls, "middle"))
        elif not up:
            labels.append(Label(name, px, py - 10, ls, "middle"))
        else:   # arrows both ways (an object at C and its image): beside them, under the axis
            labels.append(Label(name, px + 8, py + 20, ls, "start"))
    # object and image arrows, named at their tips (clear of the head: a label is not part of the arrow)
    shapes += _arrow(st, "object", ox, ya, oy, st["object_color"], False, "object")
    shapes += _arrow(st, "image", ix, ya, iy, st["image_color"], not o.real, "image")
    # the three principal rays, in the unfolded frame (x' = x for a lens, x' = −x after a mirror)
    box_in = (fr["x0"], -y_bot, 0.0, y_top)
    out_end = fr["x1"] if o.kind == "lens" else -fr["x0"]
    box_out = (0.0, -y_bot, out_end, y_top)
    Pt = (-o.do, o.ho)
    far = 10 * (fr["x1"] - fr["x0"])
    y3 = o.hi  # the focal ray meets the element at the image height
    rays = {
        "centre": (Pt, (0.0, 0.0), (0.0, 0.0), (far, -o.ho / o.do * far)),
        "parallel": (Pt, (0.0, o.ho), (0.0, o.ho), (far, o.ho - o.ho / o.f * far)),
        "focal": (Pt, (0.0, y3), (0.0, y3), (far, y3)),
    }
    w = float(st["ray_width"])
    solid: list[tuple[str, tuple, tuple, str]] = []   # (id, start, end, colour): the light runs start → end
    for name, (a, b, c, d) in rays.items():
        cols = st["ray_colors"][name]
        seg = _clip(a, b, box_in)
        if seg:
            shapes.append(Shape(f"ray_{name}_in", "line", (*P(*seg[0]), *P(*seg[1])), stroke=cols["in"], stroke_width=w,
                                z=3, cls="ray"))
            solid.append((f"ray_{name}_in", P(*seg[0]), P(*seg[1]), cols["in"]))
        seg = _clip(c, d, box_out)
        if seg:
            p0, p1 = P(side * seg[0][0], seg[0][1]), P(side * seg[1][0], seg[1][1])
            shapes.append(Shape(f"ray_{name}_out", "line", (*p0, *p1), stroke=cols["out"], stroke_width=w, z=3,
                                cls="ray"))
            solid.append((f"ray_{name}_out", p0, p1, cols["out"]))
        if not o.real:
            # the backward extension: from where the ray leaves the element back to the virtual image
            p0, p1 = P(side * c[0], c[1]), P(side * o.di, o.hi)
            if o.kind == "lens" and name == "centre":
                # a lens's central ray goes on undeviated: its backward extension lies on the incoming ray,
                # which hides it from the element to the object tip. Only the part beyond the object tip is
                # drawn — none when the image tip lies on the incoming ray (|d_i| < d_o, a diverging lens);
                # a dash drawn under the solid ray shows only as stray anti-aliased pixels
                if abs(o.di) <= o.do:
                    continue
                p0 = P(-o.do, o.ho)
            if math.hypot(p1[0] - p0[0], p1[1] - p0[1]) > 4:
                # dashed from the image tip outwards: a dash, never a gap, marks where the extensions meet
                shapes += _dashes(st, f"ext_{name}", p1, p0, cols["ext"], w, 1)
    # an arrowhead on each solid segment, the way the light goes (``optics_heads``), clear of the arrows,
    # the element, the marked points and their names, the other rays and heads
    from .optics_heads import place_heads
    keep_clear = [(ox - 7, min(oy, ya) - 2, ox + 7, ya + 2), (ix - 7, min(iy, ya) - 2, ix + 7, max(iy, ya) + 2),
                  (xe - 10, ya - eh - 2, xe + 10, ya + eb + 2)]
    keep_clear += [s_.box for s_ in shapes if s_.cls == "focus"] + [_text_box(lb) for lb in labels]
    shapes += place_heads(st, solid, keep_clear, [s_.box for s_ in shapes if s_.cls == "ray"], ya)
    # the object's and the image's names: each where it crosses no arrow, the element, a marked point or
    # the page's edge, and as few rays as possible (text over a stroke hides it, from a reader and from
    # the verifier alike)
    hard = [(ox - 7, min(oy, ya) - 2, ox + 7, ya + 2), (ix - 7, min(iy, ya) - 2, ix + 7, max(iy, ya) + 2),
            (xe - 10, ya - eh - 2, xe + 10, ya + eb + 2), (0, 0, fig_w, float(st["top"]) - 4)]
    hard += [(s_.box[0] - 3, s_.box[1] - 3, s_.box[2] + 3, s_.box[3] + 3) for s_ in shapes if s_.cls == "focus"]
    hard += [_text_box(lb) for lb in labels]
    hard += [s_.box for s_ in shapes if s_.id.startswith("_head_")]
    # the axis and the band the reader finds the marked points in (a dot's radius + 4 px each way): a name
    # written across it would read as dots (a small image's name beside its short shaft)
    band = float(st["focus_radius"]) + 5
    hard.append((0, ya - band, fig_w, ya + band))
    # the dashes where the backward extensions meet at a virtual image's tip: text there would hide where
    # they meet (what locates the image)
    hard += [(min(s_.box[0], s_.box[2]) - 2, min(s_.box[1], s_.box[3]) - 2, max(s_.box[0], s_.box[2]) + 2,
              max(s_.box[1], s_.box[3]) + 2) for s_ in shapes
             if s_.id.startswith("_ext_") and min(math.hypot(s_.box[0] - ix, s_.box[1] - iy),
                                                  math.hypot(s_.box[2] - ix, s_.box[3] - iy)) <= 24]
    segs = [s_.box for s_ in shapes if s_.cls == "ray"]
    away = -1.0 if ix < xe else 1.0
    up_i = 1.0 if iy < ya else -1.0
    img_name = ("real" if o.real else "virtual") + " image"
    obj_lb = _place([Label("object", ox, oy - 10, ls, "middle"),
                     Label("object", ox - 8, oy + 4, ls, "end"),
                     Label("object", ox - 8, (ya + oy) / 2 + 4, ls, "end"),
                     Label("object", ox + 8, (ya + oy) / 2 + 4, ls, "start")], hard, segs, (fig_w, H))
    hard.append(_text_box(obj_lb))
    # first choice: beside the shaft, halfway up, away from the element (every ray that reaches, or seems
    # to leave, the image tip stays beyond it at least as far from the axis as the tip)
    img_lb = _place([Label(img_name, ix + away * 8, (ya + iy) / 2 + 4, ls, "end" if away < 0 else "start"),
                     Label(img_name, ix, iy - 10 if up_i > 0 else iy + 20, ls, "middle"),
                     Label(img_name, ix - away * 8, (ya + iy) / 2 + 4, ls, "start" if away < 0 else "end"),
                     Label(img_name, ix + away * 8, iy + 4 * up_i + 4, ls, "end" if away < 0 else "start"),
                     Label(img_name, ix - away * 8, iy + 4 * up_i + 4, ls, "start" if away < 0 else "end"),
                     # across the axis from the arrow, or farther out beyond its tip
                     Label(img_name, ix, ya + 22 * up_i + (4 if up_i > 0 else 0), ls, "middle"),
                     Label(img_name, ix, iy - 26 * up_i + (4 if up_i < 0 else 0), ls, "middle")]
                    # a short arrow in a crowd (a camera's image by F′): beside it, farther out
                    + [Label(img_name, ix + sgn * 10, iy - dy * up_i + (4 if up_i < 0 else 0), ls,
                             "start" if sgn > 0 else "end") for dy in (26, 44, 62) for sgn in (1, -1)]
                    + [Label(img_name, ix, ya + dy * up_i + (4 if up_i > 0 else 0), ls, "middle") for dy in (40, 58)],
                    hard, segs, (fig_w, H))
    labels += [obj_lb, img_lb]
    unit = o.unit
    cu = _UNIT_CM[unit]
    conv = o.f > 0
    kind = ({"lens": "converging lens", "mirror": "concave mirror"} if conv else
            {"lens": "diverging lens", "mirror": "convex mirror"})[o.kind]
    # set as the books set it (Hecht ch. 5 s_o, s_i; Halliday–Resnick ch. 34): italic symbols with upright
    # subscripts, numbers and units roman, a true minus sign (Label.math, render.typography)
    title, chose = value_lines(kind, o)
    labels.append(Label(title, fig_w / 2, float(st["title_size"]) + 8, float(st["title_size"]), "middle", math=True))
    row2 = float(st["title_size"]) + 8 + float(st["note_size"]) + 6
    if chose:
        # values the text leaves open, said to be the drawing's choice (under the title; a third row when the
        # lensmaker or "behind" note holds the second)
        y = row2 + (float(st["note_size"]) + 6 if scene.attr("lensmaker") or scene.attr("object_behind") else 0)
        labels.append(Label(chose, fig_w / 2, y, float(st["note_size"]), "middle", math=True))
    if k_h != 1.0:
        # the vertical exaggeration, stated in the figure's body (bottom left, under the axis)
        labels.append(Label(f"heights ×{k_h:g}", mx, H - float(st["bottom"]) + 14, float(st["note_size"]), "start"))
    conv_read = scene.attr("convention")
    if conv_read:
        # signs the text wrote in the New Cartesian convention (``optics_signs``), and the phrase that showed it
        labels.append(Label(f"signs read as New Cartesian ('{conv_read['span']['text']}')", fig_w - mx,
                            H - float(st["bottom"]) + 14, float(st["note_size"]), "end"))
    lensmaker = scene.attr("lensmaker")
    if lensmaker:
        # the focal length worked out from the lens's glass and surfaces (optics_lensmaker): n and the radii named
        labels.append(Label(lensmaker, fig_w - mx, float(st["title_size"]) + 8 + float(st["note_size"]) + 6,
                            float(st["note_size"]), "end", math=True))
    behind = scene.attr("object_behind")
    if behind:
        # "a cyclist 5 m behind it": a real object stands on the incident side; the figure says how it read the word
        from .optics_words import BEHIND_NOTE
        labels.append(Label(BEHIND_NOTE.format(behind["text"]), mx, float(st["title_size"]) + 8 + float(st["note_size"]) + 6,
                            float(st["note_size"]), "start"))
    extras = {"figure_width": fig_w, "px_per_cm_x": sx, "px_per_cm_y": sy, "height_exaggeration": k_h, "axis_y": ya,
              "element_x": xe, "element_half_height": eh, "element_half_height_below": eb, "object_x": ox, "object_tip_y": oy, "image_x": ix,
              "image_tip_y": iy,
              "solution": {"kind": o.kind, "f_cm": o.f, "do_cm": o.do, "di_cm": o.di, "ho_cm": o.ho, "hi_cm": o.hi,
                           "m": o.m, "real": o.real, "unit": unit,
                           "chosen": list(o.chosen)}}
    stats = {"solve_s": round(time.perf_counter() - t0, 4), "z3_s": round(o.solve_s, 4), "real": o.real}
    return Layout("optics", fig_w, H, tuple(shapes), tuple(labels), (), tuple(sorted(stats.items())), _freeze(extras))
