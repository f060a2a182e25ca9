"""Free-body diagrams drawn the way a person scripting matplotlib would draw them (issue 10).

Each figure is computed from its text's facts alone (mass, angle, μ, applied force; g = 9.8 m/s² as a
textbook takes it): the incline is a triangle with its hypotenuse at the stated angle (aspect equal), the
block a square on the slope, and each force an arrow from the block's centre — weight straight down,
normal perpendicular to the surface, friction along it against the motion or its tendency, tension up
the rope, an applied pull along the floor — with lengths in proportion to the magnitudes. Arrows are
``ax.annotate`` ('-|>' heads) or ``FancyArrow`` in the case's own colours (never nesy's palette or
layout: no legend panel, no point-of-application dot, the incline may rise to the left), labels are
written the textbook way ("mg", "N", "f", "W = 49 N", "30°" beside an arc, "m = 5 kg").

Wrongs (one error each): ``angle`` the incline drawn at another angle (label kept), ``weight_perp`` the
weight drawn perpendicular into the slope, ``normal_into`` the normal pointing into the surface,
``normal_missing`` / ``tension_missing`` a force dropped, ``friction_reversed`` friction pointing the
wrong way along the surface, ``weight_tilted`` the weight drawn 30° off the vertical, ``tension_down``
the tension pointing down, ``label_value`` one written value changed, ``block_inside`` the block (with its
arrows) moved across the surface into the wedge.
"""
from __future__ import annotations

import io
import math

SCIENCE = "mechanics"
G = 9.8


def _fig(spec: dict):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    plt.rcParams.update({"font.family": spec.get("font", "DejaVu Sans"), "font.size": spec.get("fontsize", 13)})
    fig, ax = plt.subplots(figsize=spec.get("figsize", (6.4, 4.8)), dpi=spec.get("dpi", 100))
    ax.set_aspect("equal")
    ax.axis("off")
    return plt, fig, ax


def _png(plt, fig, ax, box) -> bytes:
    ax.set_xlim(box[0], box[1])
    ax.set_ylim(box[2], box[3])
    buf = io.BytesIO()
    fig.savefig(buf, format="png", facecolor="white")
    plt.close(fig)
    return buf.getvalue()


def _arrow(ax, x, y, ang, length, colour, spec):
    """One force arrow from (x, y) at ``ang`` degrees (ccw from +x), ``length`` data units."""
    from matplotlib.patches import FancyArrow
    dx, dy = length * math.cos(math.radians(ang)), length * math.sin(math.radians(ang))
    if spec.get("arrows", "annotate") == "fancy":
        ax.add_patch(FancyArrow(x, y, dx, dy, width=0.05, head_width=0.32, head_length=0.42,
                                length_includes_head=True, color=colour, zorder=5))
    else:
        ax.annotate("", xy=(x + dx, y + dy), xytext=(x, y), zorder=5, annotation_clip=False,
                    arrowprops=dict(arrowstyle="-|>", color=colour, lw=spec.get("lw", 2.0),
                                    mutation_scale=spec.get("head", 18), shrinkA=0, shrinkB=0))
    return x + dx, y + dy


def _label(ax, x, y, ang, text, spec, colour="black", off=0.35):
    """A label just beyond an arrow's tip, along its direction (left/right-aligned beside a sideways tip)."""
    c, sn = math.cos(math.radians(ang)), math.sin(math.radians(ang))
    ha = "left" if c > 0.5 else "right" if c < -0.5 else "center"
    ax.text(x + off * c, y + off * sn, text, ha=ha, va="center", color=colour, fontsize=spec.get("fontsize", 13))


def _incline(spec: dict, wrong: str | None) -> bytes:
    plt, fig, ax = _fig(spec)
    theta = spec["theta"] + (spec.get("wrong_theta", 15) if wrong == "angle" else 0)
    side = -1 if spec.get("mirror") else 1            # +1: rises to the right
    H = 9.0
    b, h = H * math.cos(math.radians(theta)), H * math.sin(math.radians(theta))
    from matplotlib.patches import Arc, Polygon
    tri = [(0, 0), (side * b, 0), (side * b, h)]
    ax.add_patch(Polygon(tri, closed=True, facecolor=spec.get("fill", "#eeeeee"), edgecolor="black",
                         lw=spec.get("surface_lw", 2.0), zorder=1))
    slope = theta if side > 0 else 180.0 - theta     # direction up the slope
    sx, sy = math.cos(math.radians(slope)), math.sin(math.radians(slope))
    nx, ny = -sy * side, sx * side                   # outward normal
    s = 1.5
    t = spec.get("at", 0.55) * H
    sink = -1.3 * s if wrong == "block_inside" else 0.0     # the block drawn inside the wedge, under its surface
    cx, cy = t * sx + nx * (s / 2 + sink), t * sy + ny * (s / 2 + sink)
    ux, uy = sx, sy
    px, py = t * sx, t * sy
    corners = [(px + a * ux + (c + sink) * nx, py + a * uy + (c + sink) * ny)
               for a, c in ((-s / 2, 0), (s / 2, 0), (s / 2, s), (-s / 2, s))]
    ax.add_patch(Polygon(corners, closed=True, facecolor=spec.get("block", "#c6dbef"),
                         edgecolor=spec.get("block_edge", "black"), lw=1.2, zorder=3))
    spec = dict(spec)
    spec.setdefault("friction_dir", slope)   # up the slope: against the block's sliding or its tendency
    normal_ang = math.degrees(math.atan2(ny, nx))
    forces = spec["forces"]
    lab = dict(spec.get("labels", {}))
    if wrong == "label_value":
        k, v = spec["wrong_label"]
        lab[k] = v
    fl = [(k, m, lab.get(k, "")) for k, m in forces]
    # the direction of each arrow, relative to this drawing's slope
    cols = spec["colours"]
    fmax = max(m for _k, m in forces)
    scale = spec.get("max_len", 3.2) / fmax
    for kind, mag, text in fl:
        if kind == "normal" and wrong == "normal_missing":
            continue
        if kind == "weight":
            ang = -90.0
            if wrong == "weight_perp":
                ang = normal_ang - 180.0
        elif kind == "normal":
            ang = normal_ang + (180.0 if wrong == "normal_into" else 0.0)
        elif kind == "friction":
            ang = slope + (180.0 if wrong == "friction_reversed" else 0.0)
        else:
            ang = spec.get("applied_dir", slope)
        L = max(mag * scale, 1.1)
        tx, ty = _arrow(ax, cx, cy, ang, L, cols[kind], spec)
        if text:
            _label(ax, tx, ty, ang, text, spec, cols[kind] if spec.get("colour_labels") else "black")
    # the angle at the foot of the slope, with its value
    r = 2.0
    a0, a1 = (0, theta) if side > 0 else (180 - theta, 180)
    ax.add_patch(Arc((0, 0), 2 * r, 2 * r, theta1=a0, theta2=a1, color="black", lw=1.2))
    mid = math.radians((a0 + a1) / 2)
    ax.text(2.75 * r * math.cos(mid) if side > 0 else 1.5 * r * math.cos(mid), 0.55 * r * math.sin(mid) + 0.1,
            lab.get("angle", f"{spec['theta']}°"), ha="center", va="center")
    for (x, y), text in spec.get("notes", []):
        ax.text(side * x if spec.get("mirror") else x, y, lab.get(text, text), ha="left", va="center")
    xs = [0, side * b]
    return _png(plt, fig, ax, (min(xs) - 2.5, max(xs) + 2.5, -2.5, max(h, cy + 3.5) + 1.0))


def _hanging(spec: dict, wrong: str | None) -> bytes:
    plt, fig, ax = _fig(spec)
    from matplotlib.patches import Rectangle
    top = 8.0
    ax.plot([-2.2, 2.2], [top, top], color="black", lw=2.5)
    for x in [-2.0 + 0.4 * i for i in range(11)]:
        ax.plot([x, x + 0.3], [top, top + 0.3], color="black", lw=1)
    s = 1.6
    cx, cy = 0.0, 3.0
    ax.plot([0, 0], [top, cy + s / 2], color=spec.get("rope", "#8c6d46"), lw=1.5, zorder=2)
    ax.add_patch(Rectangle((cx - s / 2, cy - s / 2), s, s, facecolor=spec.get("block", "#fdd0a2"),
                           edgecolor="black", lw=1.2, zorder=3))
    lab = dict(spec.get("labels", {}))
    if wrong == "label_value":
        k, v = spec["wrong_label"]
        lab[k] = v
    cols = spec["colours"]
    for kind, mag in spec["forces"]:
        if kind == "tension" and wrong == "tension_missing":
            continue
        if kind == "weight":
            ang = -90.0 + (30.0 if wrong == "weight_tilted" else 0.0)
        else:
            ang = -90.0 if wrong == "tension_down" else 90.0
        ox = spec.get("offset", 0.0) if kind == "tension" else 0.0
        L = spec.get("max_len", 3.0)
        tx, ty = _arrow(ax, cx + ox, cy, ang, L, cols[kind], spec)
        if lab.get(kind):
            _label(ax, tx + 0.9, ty, 0, lab[kind], spec, off=0.0)
    if lab.get("mass"):
        ax.text(cx + 1.2, cy + 0.2, lab["mass"], ha="left", va="center")
    return _png(plt, fig, ax, (-4.5, 4.5, -1.0, top + 1.0))


def _floor(spec: dict, wrong: str | None) -> bytes:
    plt, fig, ax = _fig(spec)
    from matplotlib.patches import Rectangle
    ax.plot([-5.5, 5.5], [0, 0], color="black", lw=2.0)
    for x in [-5.3 + 0.5 * i for i in range(22)]:
        ax.plot([x, x - 0.3], [0, -0.3], color="black", lw=0.8)
    s = 1.8
    cx, cy = 0.0, s / 2
    ax.add_patch(Rectangle((cx - s / 2, 0), s, s, facecolor=spec.get("block", "#d9f0d3"), edgecolor="black",
                           lw=1.2, zorder=3))
    lab = dict(spec.get("labels", {}))
    if wrong == "label_value":
        k, v = spec["wrong_label"]
        lab[k] = v
    cols = spec["colours"]
    fmax = max(m for _k, m in spec["forces"])
    scale = spec.get("max_len", 3.4) / fmax
    for kind, mag in spec["forces"]:
        if kind == "normal" and wrong == "normal_missing":
            continue
        ang = {"weight": -90.0, "normal": 90.0, "friction": 180.0, "applied": 0.0}[kind]
        if kind == "weight" and wrong == "weight_tilted":
            ang += 30.0
        if kind == "friction" and wrong == "friction_reversed":
            ang = 0.0
        L = max(mag * scale, 1.2)
        y0 = cy + (0.25 if kind == "friction" and wrong == "friction_reversed" else 0.0)
        tx, ty = _arrow(ax, cx, y0, ang, L, cols[kind], spec)
        if lab.get(kind):
            _label(ax, tx, ty, ang, lab[kind], spec)
    if lab.get("mu"):
        ax.text(-5.0, 4.8, lab["mu"], ha="left", va="center")
    return _png(plt, fig, ax, (-6.0, 6.0, -3.8, 5.6))


_VIVID = {"weight": "crimson", "normal": "royalblue", "friction": "darkorange", "tension": "seagreen",
          "applied": "purple"}
_EARTH = {"weight": "#8e0152", "normal": "#276419", "friction": "#c51b7d", "tension": "#4d9221",
          "applied": "#2d004b"}
_BLACK = {k: "black" for k in _VIVID}


def _case(cid, text, tool, style, draw, spec, wrongs):
    return {"id": cid, "text": text, "tool": tool, "style": style,
            "draw": (lambda wrong, _s=spec, _d=draw: _d(_s, wrong)), "wrongs": wrongs}


def cases() -> list[dict]:
    out = []
    # 1. sliding (tan 30° > 0.4): kinetic friction μ·N up the slope; values computed with g = 9.8
    W = 5 * G
    Nn = W * math.cos(math.radians(30))
    out.append(_case("incline-mu-colour", "A 5 kg block rests on a 30° incline. The coefficient of friction is 0.4.",
                     "matplotlib", "colour", _incline,
                     {"theta": 30, "colours": _VIVID, "forces": [("weight", W), ("normal", Nn), ("friction", 0.4 * Nn)],
                      "labels": {"weight": "W = 49 N", "normal": "N = 42.4 N", "friction": "f = 17 N"},
                      "notes": [((-1.5, 7.0), "m = 5 kg"), ((-1.5, 6.2), "μ = 0.4")], "wrong_label": ("weight", "W = 59 N"),
                      "colour_labels": True},
                     ["angle", "weight_perp", "normal_into", "label_value", "block_inside"]))
    out.append(_case("incline-frictionless-bw", "A 10 kg block on a frictionless 45° incline", "matplotlib", "bw",
                     _incline,
                     {"theta": 45, "colours": _BLACK, "forces": [("weight", 98.0), ("normal", 98.0 * math.cos(math.pi / 4))],
                      "labels": {"weight": "mg", "normal": "N"}, "notes": [((-2.0, 8.0), "m = 10 kg")],
                      "wrong_label": ("m = 10 kg", "m = 12 kg"), "wrong_theta": -15, "font": "DejaVu Serif",
                      "fill": "#dddddd", "block": "white", "dpi": 90},
                     ["angle", "weight_perp", "normal_missing", "label_value"]))
    W = 3 * G
    out.append(_case("incline-rough-mirror", "A 3 kg block rests on a rough 25° incline.", "matplotlib", "colour",
                     _incline,
                     {"theta": 25, "mirror": True, "colours": _EARTH,
                      "forces": [("weight", W), ("normal", W * math.cos(math.radians(25))),
                                 ("friction", W * math.sin(math.radians(25)))],
                      "labels": {"weight": "W", "normal": "N", "friction": "f"}, "wrong_label": ("angle", "35°"),
                      "arrows": "fancy", "block": "#fee391", "dpi": 110, "figsize": (6.0, 4.0)},
                     ["angle", "normal_into", "friction_reversed", "label_value"]))
    out.append(_case("incline-friction-bw-small", "A 5 kg block on a 30° incline with friction", "matplotlib", "bw",
                     _incline,
                     {"theta": 30, "colours": _BLACK,
                      "forces": [("weight", 49.0), ("normal", 42.4), ("friction", 24.5)],
                      "labels": {"weight": "mg", "normal": "N", "friction": "f"},
                      "notes": [((-1.5, 7.0), "m = 5 kg")], "wrong_label": ("m = 5 kg", "m = 8 kg"),
                      "dpi": 80, "fontsize": 14, "block": "#bbbbbb", "fill": "white", "lw": 1.8},
                     ["angle", "weight_perp", "normal_missing", "label_value", "block_inside"]))
    W = 6 * G
    out.append(_case("incline-slide-fancy-hires", "A 6 kg block slides down a frictionless 40° incline.",
                     "matplotlib", "colour", _incline,
                     {"theta": 40, "colours": {"weight": "#b2182b", "normal": "#2166ac"},
                      "forces": [("weight", W), ("normal", W * math.cos(math.radians(40)))],
                      "labels": {"weight": "W = 58.8 N", "normal": "N = 45 N"}, "wrong_label": ("weight", "W = 68.8 N"),
                      "arrows": "fancy", "dpi": 150, "figsize": (5.5, 4.5), "fontsize": 11, "block": "#999999", "max_len": 2.6,
                      "fill": "#f6e8c3"},
                     ["angle", "weight_perp", "normal_into", "label_value"]))
    out.append(_case("hanging-colour", "a 2 kg mass hanging from a rope", "matplotlib", "colour", _hanging,
                     {"colours": _VIVID, "forces": [("weight", 19.6), ("tension", 19.6)],
                      "labels": {"weight": "mg", "tension": "T", "mass": "2 kg"}, "wrong_label": ("mass", "3 kg"),
                      "offset": 0.0},
                     ["tension_missing", "tension_down", "weight_tilted", "label_value"]))
    out.append(_case("hanging-bw-values", "A 2 kg lamp hangs from a rope.", "matplotlib", "bw", _hanging,
                     {"colours": _BLACK, "forces": [("weight", 19.6), ("tension", 19.6)],
                      "labels": {"weight": "W = 19.6 N", "tension": "T = 19.6 N"},
                      "wrong_label": ("tension", "T = 29.6 N"), "offset": 0.35, "arrows": "fancy", "dpi": 120,
                      "font": "DejaVu Serif", "rope": "black"},
                     ["tension_missing", "weight_tilted", "tension_down", "label_value"]))
    W = 4 * G
    out.append(_case("floor-pull-colour", "A 4 kg block is pulled along a horizontal floor by a 20 N force. "
                     "The coefficient of kinetic friction is 0.25.", "matplotlib", "colour", _floor,
                     {"colours": _VIVID, "forces": [("weight", W), ("normal", W), ("friction", 0.25 * W),
                                                    ("applied", 20.0)],
                      "labels": {"weight": "mg", "normal": "N", "friction": "f = 9.8 N", "applied": "F = 20 N",
                                 "mu": "μk = 0.25"},
                      "wrong_label": ("applied", "F = 30 N"), "dpi": 100},
                     ["friction_reversed", "normal_missing", "weight_tilted", "label_value"]))
    out.append(_case("floor-pull-bw", "A 4 kg block is pulled along a horizontal floor by a 20 N force. "
                     "The coefficient of kinetic friction is 0.25.", "matplotlib", "bw", _floor,
                     {"colours": _BLACK, "forces": [("weight", W), ("normal", W), ("friction", 0.25 * W),
                                                    ("applied", 20.0)],
                      "labels": {"weight": "W", "normal": "N", "friction": "f", "applied": "F = 20 N"},
                      "wrong_label": ("applied", "F = 25 N"), "dpi": 90, "arrows": "fancy", "font": "DejaVu Serif"},
                     ["friction_reversed", "normal_missing", "weight_tilted", "label_value"]))
    return out
