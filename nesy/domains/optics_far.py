"""A far object before a converging lens (``nesy.optics.v1``): a camera photographing a tree 20 m away
through a 50 mm lens, an eye looking at a building — d_o hundreds of times f, the image hundreds of times
smaller than the object. At one scale the object and image cannot both be drawn (the image would be under
a pixel, or the object thousands of px tall), so the figure breaks the axis, as textbooks do for a distant
object (Hecht, *Optics*, 5th ed., §5.2.3, "an object at a great distance"; Halliday–Resnick, ch. 34,
camera figures): right of the break, the lens, F, F′, 2F, 2F′ and the image are drawn to scale (one scale
along and across the axis, or the heights at a stated round factor); left of it the object stands at no
scale, named with its true height and distance, and the axis carries the break mark "//".

The rays keep their true slopes inside the drawn part: the ray through the centre arrives at the slope
h_o/d_o and leaves undeviated to the image tip; the ray through F arrives at h_o/(d_o − f) and leaves
parallel to the axis at the image height h_i = m·h_o (thin-lens equation 1/f = 1/d_o + 1/d_i and
m = −d_i/d_o, Hecht §5.2.3). Both enter at the break, where their heights are h_o·X/d_o and
h_o·(X − f)/(d_o − f) for a break X left of the lens. The third principal ray runs parallel to the axis at
the object's height, far above the drawn part; the figure says that it is off the figure.

optics.json keeps the true f, d_o, d_i, m, h_o, h_i. The verifier (``far_checks``) reads the pixels: the
image's position and height against the equations at the drawn scale, F, F′ (2F, 2F′) on the axis, and
each ray's two parts through their points with the heights at the break that only the true d_o and h_o
give; the object beyond the break is only found, its place being no measure.

Hands ``optics_draw.layout_optics`` the far layout (``layout_far``, when ``is_far``) and
``optics.verify_optics`` its checks.
"""
from __future__ import annotations

import math
from typing import Any

import numpy as np

from ..types import Check, Label, Layout, Shape, _freeze

__all__ = ["FAR_RATIO", "is_far", "layout_far", "verify_far"]

# d_o / f at which an object counts as far (beyond this, its rays at the lens are within 6° of each other
# for an object as tall as f): the broken axis is used only there, and only where one scale cannot draw it
FAR_RATIO = 10.0
_STRIP_H = 96.0       # px: the overview band under the title
_STRIP_AXIS = 56.0    # px: its axis under the band's top
_STRIP_OBJ = 34.0     # px: the object's symbol there
_MIN_IMAGE_PX = 48.0  # px: the detail's image is drawn at least this tall (heights × a stated factor)


def is_far(o) -> bool:
    """A real image of a far object through a converging lens (d_o ≥ FAR_RATIO·f)."""
    return o.kind == "lens" and o.f > 0 and o.di > 0 and o.do >= FAR_RATIO * o.f


def _frame(o) -> dict[str, float]:
    """World extents (cm) of the drawn part: from the break X left of the lens to past the image."""
    X = 2.6 * o.f                                   # the break: just beyond 2F
    x1 = max(o.di, 2 * o.f) + 0.6 * o.f
    return {"X": X, "x1": x1}


def layout_far(o, scene, st: dict, t0: float) -> Layout:
    """The broken-axis ray diagram of a far object (see the module docstring; px, y down)."""
    import time
    from .optics import _UNIT_CM
    from .optics_draw import _arrow, _element, _round_down, _round_up, num
    fr = _frame(o)
    mx, top = float(st["margin_x"]), float(st["top"])
    obj_zone = 150.0                                # px left of the break: the object, at no scale
    plot_w = float(st["plot_width"])
    sx = (plot_w - obj_zone) / (fr["X"] + fr["x1"])
    # the heights the drawn part needs: the image and each ray's height at the break
    h_c = o.ho * fr["X"] / o.do
    h_f = o.ho * (fr["X"] - o.f) / (o.do - o.f)
    tall = max(abs(o.hi), h_c, h_f)
    hh = float(st["plot_half_height"])
    k = 1.0
    if abs(o.hi) * sx < _MIN_IMAGE_PX:
        k = _round_up(_MIN_IMAGE_PX / (abs(o.hi) * sx))       # a small image: heights × k, stated
    if tall * sx * k > hh / 1.3:
        k = _round_down(hh / 1.3 / (tall * sx))
    sy = sx * k
    up = max(h_c, h_f) * sy * 1.3 + 20
    down = max(abs(o.hi) * sy * 1.3, float(st["tall_min_half_px"]))
    fig_w = int(math.ceil(2 * mx + plot_w))
    strip = _STRIP_H                                # px: the overview at one scale along the axis, on top
    H = int(math.ceil(top + strip + up + down + float(st["bottom"]) + 18))
    ya = top + strip + up
    xb = mx + obj_zone                              # the break's x (px)

    def P(x: float, y: float) -> tuple[float, float]:
        return xb + (x + fr["X"]) * sx, ya - y * sy
    xe = P(0, 0)[0]
    ls = float(st["label_size"])
    shapes: list[Shape] = []
    labels: list[Label] = []
    ax = st["axis_color"]
    shapes.append(Shape("axis", "line", (mx - 20, ya, fig_w - mx + 20, ya), stroke=ax, stroke_width=1.0, z=0,
                        cls="axis"))
    # the break: two short slanted strokes across the axis, a gap of page between them
    for j, dx in enumerate((-4.0, 4.0)):
        shapes.append(Shape(f"_break_{j}", "line", (xb + dx - 4, ya + 8, xb + dx + 4, ya - 8), stroke=ax,
                            stroke_width=1.5, z=1, cls="axis"))
    shapes.append(Shape("_break_gap", "rect", (xb - 2, ya - 1, xb + 2, ya + 1), fill="#FFFFFF", stroke="#FFFFFF",
                        stroke_width=0.0, z=1, cls="axis"))
    eh = max(max(h_c, h_f, 0.0) * 1.15 * sy, float(st["tall_min_half_px"]) / 1.3)
    eb = max(abs(o.hi) * 1.15 * sy, float(st["tall_min_half_px"]) / 1.3)
    shapes += _element(st, o, xe, ya, eh, eb)
    pts = {"F": -o.f, "F′": o.f, "2F": -2 * o.f, "2F′": 2 * o.f}
    r = float(st["focus_radius"])
    ix, iy = P(o.di, o.hi)
    for name, x in pts.items():
        px, py = P(x, 0)
        shapes.append(Shape(f"focus_{name}", "circle", (px - r, py - r, px + r, py + r), fill=st["focus_color"],
                            stroke=st["focus_color"], stroke_width=1.0, z=7, cls="focus"))
        near_img = abs(px - ix) <= 16
        labels.append(Label(name, px + (10 if near_img else 0), py - 10 if near_img else py + 20, ls,
                            "start" if near_img else "middle"))
    shapes += _arrow(st, "image_detail", ix, ya, iy, st["image_color"], False, "image")
    # the overview: object, lens and image at one scale along the axis (the image, d_i from the lens, by
    # its line); heights there are symbols, the detail below gives them
    ys_ = top + _STRIP_AXIS
    s0 = (plot_w - 60.0) / (o.do + o.di)
    ox = mx + 10
    xe0, xi0 = ox + o.do * s0, ox + (o.do + o.di) * s0
    shapes.append(Shape("_overview_axis", "line", (ox - 10, ys_, xi0 + 40, ys_), stroke=ax, stroke_width=1.0, z=0,
                        cls="axis"))
    shapes.append(Shape("element", "line", (xe0, ys_ - 24, xe0, ys_ + 24), stroke=st["element_color"],
                        stroke_width=float(st["lens_width"]), z=2, cls="lens"))
    shapes += _arrow(st, "object", ox, ys_, ys_ - _STRIP_OBJ, st["object_color"], False, "object")
    shapes += _arrow(st, "image", xi0, ys_, ys_ + 10, st["image_color"], False, "image")
    oy = ys_ - _STRIP_OBJ
    w = float(st["ray_width"])
    far = 10 * (fr["X"] + fr["x1"])
    rays = {"centre": ((-fr["X"], h_c), (0.0, 0.0), (far, -o.ho / o.do * far)),
            "focal": ((-fr["X"], h_f), (0.0, o.hi), (far, o.hi))}
    from .optics_draw import _clip, _text_box
    y_lim = (ya - 2) / sy, (H - ya - 2) / sy
    solid: list[tuple[str, tuple, tuple, str]] = []   # (id, start, end, colour): the light runs start → end
    for name, (a, b, d) in rays.items():
        cols = st["ray_colors"][name]
        shapes.append(Shape(f"ray_{name}_in", "line", (*P(*a), *P(*b)), stroke=cols["in"], stroke_width=w, z=3,
                            cls="ray"))
        solid.append((f"ray_{name}_in", P(*a), P(*b), cols["in"]))
        seg = _clip(b, d, (0.0, -y_lim[1], fr["x1"], y_lim[0]))
        if seg:
            shapes.append(Shape(f"ray_{name}_out", "line", (*P(*seg[0]), *P(*seg[1])), stroke=cols["out"],
                                stroke_width=w, z=3, cls="ray"))
            solid.append((f"ray_{name}_out", P(*seg[0]), P(*seg[1]), cols["out"]))
    # an arrowhead on each solid segment, the way the light goes (``optics_heads``)
    from .optics_heads import place_heads
    keep_clear = [(ix - 7, min(iy, ya) - 2, ix + 7, max(iy, ya) + 2), (xe - 10, ya - eh - 2, xe + 10, ya + eb + 2)]
    keep_clear += [s_.box for s_ in shapes if s_.cls == "focus"] + [_text_box(lb) for lb in labels]
    keep_clear.append(_text_box(Label("real image", ix + 10, iy + 16, ls, "start")))
    shapes += place_heads(st, solid, keep_clear, [s_.box for s_ in shapes if s_.cls == "ray"], ya)
    cu = _UNIT_CM[o.unit]

    def q(v: float) -> str:
        """A length in the text's unit, or in m / mm when that reads better (a tree's 1000 cm is 10 m)."""
        for u, f_ in ((o.unit, cu), ("m", 100.0), ("mm", 0.1)):
            if u in _UNIT_CM and 0.1 <= abs(v) / f_ < 1000:
                return f"{num(v / f_, 4)} {u}"
        return f"{num(v / cu, 4)} {o.unit}"
    ns = float(st["note_size"])
    # the values set as the books set them: italic symbols, upright subscripts, a true minus (Label.math)
    labels.append(Label(f"object, hₒ = {q(o.ho)}", ox + 10, oy + 10, ns, "start", math=True))
    labels.append(Label(f"dₒ = {q(o.do)}", (ox + xe0) / 2, ys_ + 16, ns, "middle", math=True))
    labels.append(Label("lens, image", xe0 - 8, oy + 10, ns, "end"))
    labels.append(Label("overview: distances to scale", xe0 - 8, ys_ + 30, ns, "end"))
    labels.append(Label("detail near the lens:", mx, top + strip + 4, ns, "start"))
    labels.append(Label("to the object", mx, ya - 8, ns, "start"))
    labels.append(Label("real image", ix + 10, iy + 16, ls, "start"))
    title = f"converging lens: f = {q(o.f)}, dₒ = {q(o.do)}, dᵢ = {q(o.di)}, m = {num(o.m, 3)}, hᵢ = {q(o.hi)}"
    labels.append(Label(title, fig_w / 2, float(st["title_size"]) + 8, float(st["title_size"]), "middle", math=True))
    note = "detail: to scale right of the break //" + (f", heights ×{k:g}" if k != 1 else "") + \
           "; the third principal ray (at the object's height) is off the figure"
    labels.append(Label(note, mx, H - 10, float(st["note_size"]), "start"))
    extras = {"figure_width": fig_w, "px_per_cm_x": sx, "px_per_cm_y": sy, "height_exaggeration": k, "axis_y": ya,
              "element_x": xe, "element_half_height": eh, "element_half_height_below": eb, "object_x": ox,
              "object_tip_y": oy, "image_x": ix, "image_tip_y": iy,
              "far": {"break_x": xb, "break_cm": fr["X"], "overview_y": ys_, "overview_px_per_cm": s0,
                      "overview_bottom": top + strip},
              "solution": {"kind": o.kind, "f_cm": o.f, "do_cm": o.do, "di_cm": o.di, "ho_cm": o.ho, "hi_cm": o.hi,
                           "m": o.m, "real": o.real, "unit": o.unit}}
    stats = {"solve_s": round(time.perf_counter() - t0, 4), "z3_s": round(o.solve_s, 4), "real": o.real}
    return Layout("optics", fig_w, H, tuple(shapes), tuple(labels), (), tuple(sorted(stats.items())),
                  _freeze(extras))


# the labels that carry the values: the title (f, dₒ, dᵢ, m, hᵢ), the object's height and distance, and
# the note that states the detail's scale break and its height factor
_VALUE_LABELS = ("converging lens:", "object, hₒ", "dₒ =", "detail:")


def verify_far(full: np.ndarray, img, st: dict, lay: Layout, o, facts: list, el: dict,
               tol: dict[str, Any]) -> list[Check]:
    """The far layout read from an exact image: the labels that state the values and the detail's scale
    (a detail drawn for another distance differs from this one mostly by its stated height factor: at
    d_o ≫ f the image sits at F′ whatever d_o is), the detail's axis (the longest axis-coloured row under
    the overview band) and its element, then ``_far_checks``. A degraded copy is not read (its checks fail)."""
    from ..see.lines import darkness, text_mismatch
    from .optics import _element_pixels, _mask
    if not img.exact:
        return [Check("far_layout_read_exactly", ("figure",), "degraded", "exact", 0, False, "")]
    ink = darkness(full)
    out: list[Check] = []
    for lb in lay.labels:
        if lb.text.startswith(_VALUE_LABELS):
            miss, _ = text_mismatch(ink, lb.text, lb.size, lb.x, lb.y, lb.anchor, search=2, math_=lb.math)
            out.append(Check("label", (lb.text,), round(miss, 3), "<= 0.12", 0, miss <= 0.12, _said_all(facts)))
    cut = int(float(lay.extra("far")["overview_bottom"]))
    axm = _mask(img, st["axis_color"]).copy()
    axm[:cut] = False
    rows = axm.sum(axis=1)
    ok_axis = bool(rows.max() > 0.3 * axm.shape[1])
    out.append(Check("axis_found", ("axis",), int(rows.max()), "a horizontal line", 0, ok_axis, ""))
    ya = float(np.argmax(rows)) + 0.5
    elm = _mask(img, st["element_color"]).copy()
    elm[:cut] = False
    found = _element_pixels(elm, ya, False, 1.0, cut) if ok_axis else None
    out.append(Check("element_found", ("element",), None if found is None else round(found[2], 1),
                     ">= 20 px both ways", 0, found is not None, el["span"]["text"]))
    if found is None:
        return out
    out.append(Check("element_stroke", ("element",), round(found[1], 3), ">= element_cover", tol["element_cover"],
                     found[1] >= float(tol["element_cover"]), el["span"]["text"]))
    return out + _far_checks(img, st, lay, o, facts, ya, found[0], tol)


def _far_checks(img, st: dict, lay: Layout, o, facts: list, ya: float, xe: float, tol: dict[str, Any]) -> list[Check]:
    """The far layout's checks read from an exact image (see the module docstring). The scale is the
    drawing's (``lay``: px per cm along and across the axis); every position and slope is the equations'."""
    from .optics import _arrow_obs, _axis_dots, _dist, _fit_line, _mask, _said, _tip_overshoot
    out: list[Check] = []
    sx, sy = float(lay.extra("px_per_cm_x")), float(lay.extra("px_per_cm_y"))
    fr = lay.extra("far")
    cut = int(float(fr["overview_bottom"]))
    out += _overview_checks(img, st, fr, o, facts, cut)
    full_mask = _mask

    def _mask(img_, colour):          # the detail: below the overview
        m = full_mask(img_, colour).copy()
        m[:cut] = False
        return m
    xb, X = float(fr["break_x"]), float(fr["break_cm"])
    pt, ptol = float(tol["position_px"]), float(tol["point_px"])
    # the break stands where the drawn part begins: X left of the lens at the drawn scale
    out.append(Check("break_position", ("axis",), round(xb, 2), round(xe - X * sx, 2), pt,
                     abs(xb - (xe - X * sx)) <= pt, ""))
    im = _mask(img, st["image_color"])
    ia = _arrow_obs(im, ya, float(st["focus_radius"]) + 2)
    img_phrase = _said(facts, "di", "real", "virtual", "side")
    if ia is None:
        out.append(Check("image_found", ("image",), 0, "an arrow", 0, False, img_phrase))
        return out
    ix, ity, ifill = ia
    ex_x, ex_y = xe + o.di * sx, ya - o.hi * sy
    ex_y += math.copysign(_tip_overshoot(st, abs(ya - ex_y)), ex_y - ya)
    out.append(Check("image_position", ("image", "element"), round(ix, 2), round(ex_x, 2), pt, abs(ix - ex_x) <= pt,
                     img_phrase or "1/f = 1/d_o + 1/d_i"))
    ht = float(tol["height_px"])
    out.append(Check("image_height", ("image",), round(ya - ity, 2), round(ya - ex_y, 2), ht, abs(ity - ex_y) <= ht,
                     _said(facts, "hi", "m", "absm", "ho")))
    out.append(Check("image_orientation", ("image",), "inverted" if ity > ya else "upright", "inverted", 0,
                     ity > ya, _said(facts, "inverted", "m")))
    out.append(Check("image_stroke", ("image",), round(ifill, 3), "solid", tol["solid_min"],
                     ifill >= float(tol["solid_min"]), _said(facts, "real")))
    axm = _mask(img, st["axis_color"])
    dots = [d for d in _axis_dots(axm, ya, float(st["focus_radius"])) if abs(d - xe) > 12 and abs(d - xb) > 14]
    fpts = {"F": -o.f, "F′": o.f, "2F": -2 * o.f, "2F′": 2 * o.f}
    out.append(Check("axis_points", ("axis",), len(dots), len(fpts), 0, len(dots) == len(fpts), _said(facts, "f")))
    for name, x in fpts.items():
        exp = xe + x * sx
        fx = min(dots, key=lambda d: abs(d - exp)) if dots else None
        out.append(Check("focal_point", (name,), None if fx is None else round(fx, 2), round(exp, 2), pt,
                         fx is not None and abs(fx - exp) <= pt, _said(facts, "f")))
    E, T_img, Fin = (xe, ya), (ix, ity), (xe - o.f * sx, ya)
    # each ray's height where it enters at the break: what only the true d_o and h_o give
    at_break = {"centre": o.ho * X / o.do, "focal": o.ho * (X - o.f) / (o.do - o.f)}
    need = {"centre": ({"element centre": E, "break": (xb, ya - at_break["centre"] * sy)},
                       {"element centre": E, "image tip": T_img}),
            "focal": ({"F": Fin, "break": (xb, ya - at_break["focal"] * sy)}, {"parallel": None, "image tip": T_img})}
    from .optics import _head_checks
    from .optics_heads import read_heads
    head_ids = {sh.id for sh in lay.shapes if sh.id.startswith("_head_")}
    for name, (req_in, req_out) in need.items():
        cols = st["ray_colors"][name]
        for part, req in (("in", req_in), ("out", req_out)):
            # the segment's arrowhead read and taken off it before its line is judged (``optics_heads``)
            pm = _mask(img, cols[part])
            line0 = _fit_line(pm)
            bare, heads = read_heads(pm, line0, st)
            line = _fit_line(bare) if heads else line0
            args = (f"ray_{name}", part)
            if line is None:
                out.append(Check("ray_found", args, 0, "a line", 0, False, ""))
                continue
            out += _head_checks(args, heads, line, f"_head_ray_{name}_{part}" in head_ids, part, xe)
            out.append(Check("ray_straight", args, round(line[2], 3), 0.0, 1.5, line[2] <= 1.5, ""))
            for what, p in req.items():
                if p is None:
                    dy = abs(line[1][1]) * (line[3][1] - line[3][0])
                    out.append(Check("ray_parallel_to_axis", args, round(dy, 2), 0.0, tol["parallel_px"],
                                     dy <= float(tol["parallel_px"]), ""))
                else:
                    dd = _dist(line, p)
                    out.append(Check("ray_through", args + (what,), round(dd, 2), 0.0, ptol, dd <= ptol,
                                     _said(facts, "do", "ho") if what == "break" else ""))
        n_ext = int(_mask(img, cols["ext"]).sum())
        out.append(Check("no_extension", (f"ray_{name}",), n_ext, 0, 0, n_ext == 0, _said(facts, "real")))
    # the third principal ray is not drawn (it runs at the object's height): none of its colour anywhere
    cols = st["ray_colors"]["parallel"]
    n_par = int(_mask(img, cols["in"]).sum() + _mask(img, cols["out"]).sum())
    out.append(Check("parallel_ray_off_figure", ("ray_parallel",), n_par, 0, 0, n_par == 0, ""))
    return out


def _overview_checks(img, st: dict, fr: dict, o, facts: list, cut: int) -> list[Check]:
    """The overview band (rows above ``cut``): the object, the lens and the image stand along one axis at
    d_o and d_i at the band's scale (the object's and the image's shafts, the lens line)."""
    from .optics import _mask, _said
    out: list[Check] = []
    s0, ys_ = float(fr["overview_px_per_cm"]), float(fr["overview_y"])
    pt = 2.0

    def xs_of(colour: str):
        m = _mask(img, colour)[:cut]
        xs = np.nonzero(m)[1]
        return (float(np.median(xs)) + 0.5) if len(xs) >= 6 else None
    xo, xl, xi = xs_of(st["object_color"]), xs_of(st["element_color"]), xs_of(st["image_color"])
    ok = None not in (xo, xl, xi)
    out.append(Check("overview_found", ("object", "element", "image"), [xo, xl, xi], "three strokes", 0, ok, ""))
    if not ok:
        return out
    out.append(Check("overview_object_distance", ("object", "element"), round(xl - xo, 2), round(o.do * s0, 2), pt,
                     abs((xl - xo) - o.do * s0) <= pt, _said(facts, "do")))
    out.append(Check("overview_image_distance", ("image", "element"), round(xi - xl, 2), round(o.di * s0, 2), pt,
                     abs((xi - xl) - o.di * s0) <= pt, _said(facts, "di", "real")))
    return out


def _said_all(facts: list) -> str:
    from .optics import _said
    return _said(facts, "f", "do", "ho", "di", "hi", "m")
