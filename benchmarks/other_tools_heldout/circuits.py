"""Held-out circuits figures drawn by other tools (schemdraw with non-default settings, matplotlib xkcd and
pastel hand-made schematics, raw PIL line art).

Written by an outside helper WITHOUT reading nesy's figure readers or verifiers (nesy/see/, domain verify
files) nor the existing case modules; only the texts were checked with ``nesy.pipeline.parse``.

Each wrong version carries exactly one error against a fact the text states (commented at each name).
"""
from __future__ import annotations

import io
import os
import tempfile

import numpy as np

SCIENCE = "circuits"

_FONT_DIR = "/usr/share/fonts/truetype"


# ----------------------------------------------------------------------------------------------------------
# shared geometry of a hand-made schematic: components between two points, returned as polylines
# ----------------------------------------------------------------------------------------------------------

def _unit(p, q):
    p, q = np.asarray(p, float), np.asarray(q, float)
    d = q - p
    L = float(np.hypot(*d))
    return p, q, d / L, np.array([-d[1], d[0]]) / L, L


def _resistor_zigzag(p, q, body=1.2, amp=0.22, n=6):
    p, q, u, v, L = _unit(p, q)
    a = p + u * (L - body) / 2
    b = q - u * (L - body) / 2
    pts = [p, a]
    for i in range(n):
        t = (i + 0.5) / n
        pts.append(a + u * body * t + v * amp * (1 if i % 2 == 0 else -1))
    pts += [b, q]
    return [np.array(pts)]


def _resistor_box(p, q, body=1.2, half=0.22):
    p, q, u, v, L = _unit(p, q)
    a = p + u * (L - body) / 2
    b = q - u * (L - body) / 2
    box = np.array([a + v * half, b + v * half, b - v * half, a - v * half, a + v * half])
    return [np.array([p, a]), np.array([b, q]), box]


def _battery(p, q, gap=0.18, long=0.42, short=0.22):
    """Two-plate cell, long (+) plate towards q."""
    p, q, u, v, L = _unit(p, q)
    m = (p + q) / 2
    a = m - u * gap / 2
    b = m + u * gap / 2
    return [np.array([p, a]), np.array([b, q]),
            np.array([a - v * short, a + v * short]), np.array([b - v * long, b + v * long])]


def _capacitor(p, q, gap=0.2, plate=0.38):
    p, q, u, v, L = _unit(p, q)
    m = (p + q) / 2
    a = m - u * gap / 2
    b = m + u * gap / 2
    return [np.array([p, a]), np.array([b, q]),
            np.array([a - v * plate, a + v * plate]), np.array([b - v * plate, b + v * plate])]


def _wire(*pts):
    return [np.array(pts, float)]


# ----------------------------------------------------------------------------------------------------------
# topologies in world units (x right, y up).  Each returns (polylines, junction dots, labels)
# labels: (x, y, text, ha)
# ----------------------------------------------------------------------------------------------------------

def _loop_series(src_lbl, comps, width=6.0, height=4.0, rfun=_resistor_zigzag):
    """Battery on the left edge, components spread along top and right edges, bottom wire back."""
    lines, labels = [], []
    lines += _battery((0, 0.8), (0, height - 0.8))
    lines += _wire((0, 0), (0, 0.8))
    lines += _wire((0, height - 0.8), (0, height))
    labels.append((-0.55, height / 2, src_lbl, "right"))
    n = len(comps)
    # place along the top edge, evenly
    xs = np.linspace(0, width, n + 1)
    for i, (kind, lbl) in enumerate(comps):
        x0, x1 = xs[i], xs[i + 1]
        a, b = (x0, height), (x1, height)
        lines += (_capacitor(a, b) if kind == "C" else rfun(a, b))
        labels.append(((x0 + x1) / 2, height + 0.5, lbl, "center"))
    lines += _wire((width, height), (width, 0), (0, 0))
    return lines, [], labels


def _ladder(src_lbl, rungs, width_per=2.2, height=4.0, top_series=None, rfun=_resistor_zigzag):
    """Battery on the left edge; optional series element on the top wire; then vertical rungs.
    rungs: list of lists of (kind, label) stacked in series inside one rung."""
    lines, dots, labels = [], [], []
    lines += _battery((0, 0.8), (0, height - 0.8))
    lines += _wire((0, 0), (0, 0.8))
    lines += _wire((0, height - 0.8), (0, height))
    labels.append((-0.55, height / 2, src_lbl, "right"))
    x = 0.0
    if top_series:
        kind, lbl = top_series
        lines += (_capacitor((0, height), (2.4, height)) if kind == "C" else rfun((0, height), (2.4, height)))
        labels.append((1.2, height + 0.5, lbl, "center"))
        x = 2.4
    xs = [x + width_per * (i + 1) for i in range(len(rungs))]
    lines += _wire((x, height), (xs[-1], height))
    lines += _wire((xs[-1], 0), (0, 0))
    for i, (rx, rung) in enumerate(zip(xs, rungs)):
        if i < len(rungs) - 1:
            dots += [(rx, height), (rx, 0)]
        k = len(rung)
        ys = np.linspace(height, 0, k + 1)
        for j, (kind, lbl) in enumerate(rung):
            y0, y1 = ys[j], ys[j + 1]
            pad = 0.35 if k > 1 else 0.6
            a, b = (rx, y0 - (pad if j else 0.6)), (rx, y1 + (pad if j < k - 1 else 0.6))
            lines += _wire((rx, y0), a)
            lines += _wire(b, (rx, y1))
            lines += (_capacitor(a, b) if kind == "C" else rfun(a, b, body=min(1.2, abs(a[1] - b[1]) * 0.9)))
            labels.append((rx + 0.4, (y0 + y1) / 2, lbl, "left"))
    return lines, dots, labels


def _bounds(lines, labels):
    pts = np.concatenate([np.asarray(l) for l in lines] + [np.array([[x, y] for x, y, *_ in labels])])
    return pts.min(0), pts.max(0)


# ----------------------------------------------------------------------------------------------------------
# renderers
# ----------------------------------------------------------------------------------------------------------

def _mpl_render(scene, *, size=(6, 4), dpi=110, lw=2.0, color="k", font="DejaVu Sans", fontsize=12,
                xkcd=False, bg="white", label_box=None, grid=False, title=None, dotcolor=None):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    lines, dots, labels = scene
    ctx = plt.xkcd(scale=1.2, length=90, randomness=2) if xkcd else matplotlib.rc_context({})
    with ctx:
        np.random.seed(7)
        with matplotlib.rc_context({"font.family": font, "font.size": fontsize, "svg.hashsalt": "x",
                                    "path.sketch": (1.2, 90, 2) if xkcd else None}):
            fig, ax = plt.subplots(figsize=size, dpi=dpi)
            fig.patch.set_facecolor(bg)
            ax.set_facecolor(bg)
            for l in lines:
                ax.plot(l[:, 0], l[:, 1], color=color, lw=lw, solid_capstyle="round", solid_joinstyle="round")
            for x, y in dots:
                ax.plot([x], [y], "o", color=dotcolor or color, ms=lw * 3)
            for x, y, t, ha in labels:
                kw = {}
                if label_box:
                    kw["bbox"] = dict(boxstyle="round,pad=0.25", fc=label_box, ec="none")
                ax.text(x, y, t, ha=ha, va="center", fontfamily=font, fontsize=fontsize, color=color, **kw)
            lo, hi = _bounds(lines, labels)
            ax.set_xlim(lo[0] - 1.6, hi[0] + 1.6)
            ax.set_ylim(lo[1] - 0.7, hi[1] + 0.6)
            ax.set_aspect("equal")
            if grid:
                ax.set_xticks(np.arange(np.floor(lo[0] - 2), hi[0] + 2, 0.5))
                ax.set_yticks(np.arange(np.floor(lo[1] - 1), hi[1] + 1, 0.5))
                ax.grid(True, color="#cfe3f3", lw=0.6)
                ax.tick_params(length=0, labelbottom=False, labelleft=False)
                for s in ax.spines.values():
                    s.set_visible(False)
                ax.set_axisbelow(True)
            else:
                ax.axis("off")
            if title:
                ax.set_title(title, fontfamily=font, fontsize=fontsize + 1, color=color)
            buf = io.BytesIO()
            fig.savefig(buf, format="png", dpi=dpi, facecolor=bg, metadata={"Software": None})
            plt.close(fig)
    return buf.getvalue()


def _pil_render(scene, *, scale=70, lw=4, color=(20, 20, 20), bg=(250, 250, 246), font="dejavu/DejaVuSans.ttf",
                fontsize=22, jitter=0.0, seed=0):
    from PIL import Image, ImageDraw, ImageFont
    lines, dots, labels = scene
    lo, hi = _bounds(lines, labels)
    lo = lo - np.array([1.8, 0.8])
    hi = hi + np.array([1.8, 0.8])
    W, H = int((hi[0] - lo[0]) * scale), int((hi[1] - lo[1]) * scale)
    im = Image.new("RGB", (W, H), bg)
    dr = ImageDraw.Draw(im)
    rng = np.random.default_rng(seed)
    f = ImageFont.truetype(os.path.join(_FONT_DIR, font), fontsize)

    def px(p):
        return (float((p[0] - lo[0]) * scale), float((hi[1] - p[1]) * scale))

    for l in lines:
        pts = [px(p) for p in l]
        if jitter:
            pts = [(x + rng.normal(0, jitter), y + rng.normal(0, jitter)) for x, y in pts]
        dr.line(pts, fill=color, width=lw, joint="curve")
    for d in dots:
        x, y = px(d)
        r = lw * 1.6
        dr.ellipse([x - r, y - r, x + r, y + r], fill=color)
    for x, y, t, ha in labels:
        X, Y = px((x, y))
        anchor = {"left": "lm", "right": "rm", "center": "mm"}[ha]
        dr.text((X, Y), t, font=f, fill=color, anchor=anchor)
    buf = io.BytesIO()
    im.save(buf, format="PNG")
    return buf.getvalue()


def _schemdraw_png(d, dpi):
    fd, path = tempfile.mkstemp(suffix=".png")
    os.close(fd)
    try:
        d.save(path, transparent=False, dpi=dpi)
        with open(path, "rb") as fh:
            data = fh.read()
    finally:
        os.remove(path)
    # re-encode through PIL to drop any varying metadata
    from PIL import Image
    im = Image.open(io.BytesIO(data)).convert("RGB")
    buf = io.BytesIO()
    im.save(buf, format="PNG")
    return buf.getvalue()


# ----------------------------------------------------------------------------------------------------------
# case 1: schemdraw, vertical layout, thick navy strokes, serif font
# ----------------------------------------------------------------------------------------------------------

T1 = "a 9 V battery in series with a 100 Ω resistor and a 220 Ω resistor"


def _draw1(wrong):
    import matplotlib
    matplotlib.use("Agg")
    import schemdraw
    import schemdraw.elements as elm
    schemdraw.use("matplotlib")
    v = "6 V" if wrong == "battery_6V" else "9 V"            # fact: the battery is 9 V
    r2 = "330 Ω" if wrong == "r2_value_330" else "220 Ω"      # fact: the second resistor is 220 Ω
    d = schemdraw.Drawing(show=False)
    d.config(unit=2.6, inches_per_unit=0.75, lw=3.2, color="#1f3a68", font="serif", fontsize=15,
             bgcolor="white")
    if wrong == "parallel":                                    # fact: the two resistors are in series
        b = d.add(elm.Battery().up().label(v, loc="bottom"))
        d.add(elm.Line().right(2.0))
        d.add(elm.Dot())
        d.push()
        d.add(elm.Resistor().down().label("100 Ω", loc="bottom"))
        d.add(elm.Dot())
        d.pop()
        d.add(elm.Line().right(2.4))
        d.add(elm.Resistor().down().label(r2, loc="bottom"))
        d.add(elm.Line().left(2.4))
        d.add(elm.Line().tox(b.start))
    else:
        b = d.add(elm.Battery().up().label(v, loc="bottom"))
        d.add(elm.Line().up(2.6))
        d.add(elm.Line().right(2.6))
        d.add(elm.Resistor().down().label("100 Ω", loc="bottom"))
        if wrong != "r2_dropped":                             # fact: there are two resistors
            d.add(elm.Resistor().down().label(r2, loc="bottom"))
        else:
            d.add(elm.Line().down())
        d.add(elm.Line().toy(b.start))
        d.add(elm.Line().tox(b.start))
    return _schemdraw_png(d, dpi=110)


# ----------------------------------------------------------------------------------------------------------
# case 2: matplotlib xkcd (hand-drawn jitter), two parallel rungs
# ----------------------------------------------------------------------------------------------------------

T2 = "two 10 kΩ resistors in parallel across a 5 V supply"


def _draw2(wrong):
    v = "12 V" if wrong == "supply_12V" else "5 V"                       # fact: the supply is 5 V
    rb = "1 kΩ" if wrong == "value_1k" else "10 kΩ"                     # fact: both are 10 kΩ
    if wrong == "series":                                                 # fact: they are in parallel
        scene = _loop_series(v, [("R", "10 kΩ"), ("R", rb)], width=5.0, height=3.6)
    else:
        rungs = [[("R", "10 kΩ")], [("R", rb)]]
        if wrong == "third_resistor":                                     # fact: two resistors
            rungs.append([("R", "10 kΩ")])
        scene = _ladder(v, rungs, width_per=2.4, height=3.6)
    return _mpl_render(scene, size=(6.4, 4.2), dpi=100, lw=2.4, color="#222222", xkcd=True, fontsize=15,
                       font="DejaVu Sans")


# ----------------------------------------------------------------------------------------------------------
# case 3: raw PIL line art, like a quick whiteboard script (jittered vertices, thick marker strokes)
# ----------------------------------------------------------------------------------------------------------

T3 = "R1 in series with a parallel combination of R2 and R3, connected to a 12 V battery"


def _draw3(wrong):
    r1, r2 = ("R2", "R1") if wrong == "r1_r2_swapped" else ("R1", "R2")   # fact: R1 is the series one
    if wrong == "all_parallel":                                            # fact: R1 in series, not parallel
        scene = _ladder("12 V", [[("R", r1)], [("R", r2)], [("R", "R3")]], width_per=2.0)
    elif wrong == "r3_dropped":                                            # fact: R3 exists
        scene = _ladder("12 V", [[("R", r2)]], width_per=2.2, top_series=("R", r1))
    elif wrong == "r2_r3_series":                                          # fact: R2 and R3 are in parallel
        scene = _loop_series("12 V", [("R", r1), ("R", r2), ("R", "R3")], width=7.0)
    else:
        scene = _ladder("12 V", [[("R", r2)], [("R", "R3")]], width_per=2.2, top_series=("R", r1))
    return _pil_render(scene, scale=64, lw=5, color=(25, 60, 140), bg=(252, 252, 248), fontsize=26,
                       font="liberation/LiberationSans-Regular.ttf", jitter=1.2, seed=3)


# ----------------------------------------------------------------------------------------------------------
# case 4: schemdraw IEC symbols, hairline strokes, monospace labels, high dpi
# ----------------------------------------------------------------------------------------------------------

T4 = "a 6 V battery, a 470 Ω resistor and a 10 µF capacitor in series"


def _draw4(wrong):
    import matplotlib
    matplotlib.use("Agg")
    import schemdraw
    import schemdraw.elements as elm
    schemdraw.use("matplotlib")
    r = "47 Ω" if wrong == "r_47" else "470 Ω"                  # fact: the resistor is 470 Ω
    c = "100 µF" if wrong == "cap_100uF" else "10 µF"           # fact: the capacitor is 10 µF
    d = schemdraw.Drawing(show=False)
    d.config(unit=2.0, inches_per_unit=0.6, lw=0.9, color="black", font="monospace", fontsize=10, bgcolor="white")
    b = d.add(elm.Battery().up().label("6 V", loc="bottom"))
    R = d.add(elm.ResistorIEC().right().label(r))
    if wrong == "cap_parallel":                                 # fact: the capacitor is in series
        d.add(elm.Line().right(1.2))
        d.add(elm.Line().down())
        d.add(elm.Line().tox(b.start))
        s0, s1 = R.start, R.end
        d.add(elm.Dot().at(s0))
        d.add(elm.Dot().at(s1))
        d.add(elm.Line().at(s0).up(1.2))
        d.add(elm.Capacitor().endpoints((s0[0], s0[1] + 1.2), (s1[0], s1[1] + 1.2)).label(c))
        d.add(elm.Line().at(s1).up(1.2))
    else:
        if wrong == "cap_as_resistor":                          # fact: the third element is a capacitor
            d.add(elm.ResistorIEC().right().label(c))
        else:
            d.add(elm.Capacitor().right().label(c))
        d.add(elm.Line().down())
        d.add(elm.Line().tox(b.start))
    return _schemdraw_png(d, dpi=160)


# ----------------------------------------------------------------------------------------------------------
# case 5: matplotlib pastel theme on engineering graph paper, labels in rounded boxes, title
# ----------------------------------------------------------------------------------------------------------

T5 = "R1 and R2 in series, and the combination in parallel with R3, all across a 10 V battery"


def _draw5(wrong):
    v = "5 V" if wrong == "battery_5V" else "10 V"                       # fact: the battery is 10 V
    if wrong == "r3_in_series":                                          # fact: R3 is in parallel
        scene = _loop_series(v, [("R", "R1"), ("R", "R2"), ("R", "R3")], width=7.2, rfun=_resistor_box)
    elif wrong == "all_parallel":                                        # fact: R1 and R2 are in series
        scene = _ladder(v, [[("R", "R1")], [("R", "R2")], [("R", "R3")]], rfun=_resistor_box)
    elif wrong == "r2_dropped":                                          # fact: R2 exists
        scene = _ladder(v, [[("R", "R1")], [("R", "R3")]], rfun=_resistor_box)
    else:
        scene = _ladder(v, [[("R", "R1"), ("R", "R2")], [("R", "R3")]], height=5.0, rfun=_resistor_box)
    return _mpl_render(scene, size=(5.2, 4.6), dpi=120, lw=1.8, color="#3b4a6b", bg="#fbfaf5",
                       label_box="#e8eefb", grid=True, font="DejaVu Serif", fontsize=12,
                       title="Circuit", dotcolor="#c0504d")


# ----------------------------------------------------------------------------------------------------------
# case 6: small PIL monospace sketch, hairline strokes, low resolution (like a quick script at 72 dpi)
# ----------------------------------------------------------------------------------------------------------

T6 = "a 12 V battery in series with R1 = 4 Ω and a parallel combination of R2 = 6 Ω and R3 = 3 Ω"


def _draw6(wrong):
    r1 = "R1=8Ω" if wrong == "r1_value_8" else "R1=4Ω"            # fact: R1 = 4 Ω
    r2, r3 = "R2=6Ω", "R3=3Ω"
    if wrong == "r2_r3_series":                                     # fact: R2 and R3 in parallel
        scene = _loop_series("12V", [("R", r1), ("R", r2), ("R", r3)], width=7.5, rfun=_resistor_box)
    elif wrong == "r1_into_parallel":                               # fact: R1 in series with the pair
        scene = _ladder("12V", [[("R", r1)], [("R", r2)], [("R", r3)]], width_per=2.4, rfun=_resistor_box)
    elif wrong == "r3_dropped":                                     # fact: R3 exists
        scene = _ladder("12V", [[("R", r2)]], width_per=2.6, top_series=("R", r1), rfun=_resistor_box)
    else:
        scene = _ladder("12V", [[("R", r2)], [("R", r3)]], width_per=2.6, top_series=("R", r1),
                        rfun=_resistor_box)
    return _pil_render(scene, scale=42, lw=2, color=(0, 0, 0), bg=(255, 255, 255), fontsize=14,
                       font="dejavu/DejaVuSansMono.ttf")


def cases() -> list[dict]:
    return [
        {"id": "ho-circuits-schemdraw-vertical", "text": T1, "tool": "schemdraw", "style": "vertical-thick-serif",
         "draw": _draw1, "wrongs": ["r2_value_330", "r2_dropped", "parallel", "battery_6V"]},
        {"id": "ho-circuits-xkcd-parallel", "text": T2, "tool": "matplotlib", "style": "xkcd",
         "draw": _draw2, "wrongs": ["series", "third_resistor", "value_1k", "supply_12V"]},
        {"id": "ho-circuits-pil-whiteboard", "text": T3, "tool": "PIL", "style": "whiteboard",
         "draw": _draw3, "wrongs": ["all_parallel", "r3_dropped", "r2_r3_series", "r1_r2_swapped"]},
        {"id": "ho-circuits-schemdraw-iec-hairline", "text": T4, "tool": "schemdraw", "style": "iec-hairline-mono",
         "draw": _draw4, "wrongs": ["cap_parallel", "cap_100uF", "cap_as_resistor", "r_47"]},
        {"id": "ho-circuits-mpl-pastel-grid", "text": T5, "tool": "matplotlib", "style": "pastel-gridpaper",
         "draw": _draw5, "wrongs": ["r3_in_series", "all_parallel", "r2_dropped", "battery_5V"]},
        {"id": "ho-circuits-pil-mono-small", "text": T6, "tool": "PIL", "style": "mono-hairline-small",
         "draw": _draw6, "wrongs": ["r1_value_8", "r2_r3_series", "r1_into_parallel", "r3_dropped"]},
    ]
