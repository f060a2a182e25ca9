"""Held-out circuit figures drawn by other tools (outside helper, session 37).

Five texts nesy reads in the circuits science: schemdraw in colour with a horizontal loop (Liberation Sans),
matplotlib hand-coded zigzags in a ladder layout (serif italics, 130 dpi), schemdraw on a dark background with
a circular voltage source, schemdraw in black and white with names at the symbols and values in a parts-list
table beside the schematic (matplotlib canvas, 160 dpi), and a raw PIL pencil sketch on lined notebook paper.
``draw(None)`` is the correct figure; ``draw(name)`` has exactly one error against a stated fact.
"""
from __future__ import annotations

import io
import math
import random

from PIL import Image, ImageDraw, ImageFont

SCIENCE = "circuits"

_FONTS = "/usr/share/fonts/truetype"


def _clean_png(raw: bytes) -> bytes:
    im = Image.open(io.BytesIO(raw))
    im.load()
    out = io.BytesIO()
    im.convert("RGB").save(out, format="PNG")
    return out.getvalue()


def _fig_png(fig, dpi: int, **kw) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None}, **kw)
    return _clean_png(buf.getvalue())


def _new_fig(w: float, h: float):
    from matplotlib.figure import Figure
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    fig = Figure(figsize=(w, h))
    FigureCanvasAgg(fig)
    return fig


def _schem_png(d) -> bytes:
    import matplotlib.pyplot as plt
    raw = d.get_imagedata("png")
    fig = getattr(getattr(d, "fig", None), "fig", None)
    if fig is not None:
        plt.close(fig)  # schemdraw's matplotlib backend opens a pyplot figure; do not leak it
    return _clean_png(raw)


# ---------------------------------------------------------------------------------------------------------
# 1. schemdraw, colour, horizontal loop: battery on the left, resistors along the top wire
# ---------------------------------------------------------------------------------------------------------
TEXT_1 = "A 12 V battery in series with a 4 Ω resistor and a 6 Ω resistor."


def _draw_1(wrong: str | None) -> bytes:
    import schemdraw
    import schemdraw.elements as elm
    d = schemdraw.Drawing(canvas="matplotlib", dpi=150, show=False)
    d.config(unit=3.2, font="Liberation Sans", fontsize=15, lw=1.6, color="#263238", margin=0.5)
    bat = d.add(elm.Battery().up().label("12 V", loc="top", ofst=0.25).color("#1565c0"))
    r2 = "6 Ω" if wrong != "r2_value_8" else "8 Ω"
    # (wrong "r2_value_8" breaks "a 6 Ω resistor": the second resistor is labelled 8 Ω)
    red = "#c62828"
    if wrong == "parallel":
        # breaks "in series with a 4 Ω resistor and a 6 Ω resistor": the two resistors are in parallel
        d.add(elm.Line().right(d.unit / 3))
        n1 = d.add(elm.Dot())
        d.push()
        d.add(elm.Resistor().right().label("4 Ω").color(red))
        n2 = d.add(elm.Dot())
        d.pop()
        d.add(elm.Line().down(d.unit / 2))
        d.add(elm.Resistor().right().label(r2, loc="bottom").color(red))
        d.add(elm.Line().up().toy(n2.center))
        d.add(elm.Line().at(n2.center).right(d.unit / 3))
        right = d.add(elm.Line().down().toy(bat.start))
        d.add(elm.Line().left().tox(bat.start))
        _ = (n1, right)
    else:
        d.add(elm.Resistor().right().label("4 Ω").color(red))
        if wrong != "r2_missing":
            # (wrong "r2_missing" breaks "and a 6 Ω resistor": only the 4 Ω resistor is drawn)
            d.add(elm.Resistor().right().label(r2).color(red))
        if wrong == "third_resistor":
            # breaks "a 4 Ω resistor and a 6 Ω resistor" (two): a second 6 Ω resistor is drawn in series
            d.add(elm.Resistor().down().label("6 Ω", loc="bottom").color(red))
            d.add(elm.Line().left().tox(bat.start))
        else:
            d.add(elm.Line().down().toy(bat.start))
            d.add(elm.Line().left().tox(bat.start))
    return _schem_png(d)


# ---------------------------------------------------------------------------------------------------------
# 2. matplotlib, hand-coded zigzags, ladder layout (battery and both resistors vertical), serif italics
# ---------------------------------------------------------------------------------------------------------
TEXT_2 = "A 9 V battery connected across two 300 Ω resistors in parallel."


def _zigzag(ax, x0, y0, x1, y1, n=6, amp=0.18, **kw):
    L = math.hypot(x1 - x0, y1 - y0)
    ux, uy = (x1 - x0) / L, (y1 - y0) / L
    nx, ny = -uy, ux
    lead = 0.25 * L
    body = L - 2 * lead
    pts = [(x0, y0), (x0 + ux * lead, y0 + uy * lead)]
    for k in range(1, 2 * n):
        s = lead + body * k / (2 * n)
        sgn = 1 if k % 2 else -1
        pts.append((x0 + ux * s + nx * amp * sgn, y0 + uy * s + ny * amp * sgn))
    pts += [(x1 - ux * lead, y1 - uy * lead), (x1, y1)]
    ax.plot(*zip(*pts), **kw)


def _draw_2(wrong: str | None) -> bytes:
    import matplotlib.pyplot as plt
    with plt.style.context("seaborn-v0_8-white"), plt.rc_context({"font.family": "Liberation Serif",
                                                                   "font.size": 15, "font.style": "italic"}):
        fig = _new_fig(6.0, 4.2)
        ax = fig.add_axes((0, 0, 1, 1))
        ax.set_xlim(-1.6, 8.4)
        ax.set_ylim(-0.9, 6.1)
        ax.set_aspect("equal")
        ax.axis("off")
        w = dict(color="#4e342e", lw=2.2, solid_capstyle="round")
        # battery on the left, between y = 2 and y = 3 (long plate = +, top)
        ax.plot([0, 0], [0, 2.3], **w)
        ax.plot([0, 0], [2.7, 5], **w)
        ax.plot([-0.55, 0.55], [2.7, 2.7], color="#4e342e", lw=2.2)
        ax.plot([-0.28, 0.28], [2.3, 2.3], color="#4e342e", lw=4.5)
        ax.text(-0.75, 2.95, "+", ha="center", va="center", fontsize=13, fontstyle="normal")
        volts = "9 V" if wrong != "battery_6V" else "6 V"
        # (wrong "battery_6V" breaks "A 9 V battery": the battery is labelled 6 V)
        ax.text(-0.75, 2.2, volts, ha="right", va="center")
        r2 = "300 Ω" if wrong != "r2_value_330" else "330 Ω"
        # (wrong "r2_value_330" breaks "two 300 Ω resistors": the second is labelled 330 Ω)
        dot = dict(marker="o", ms=7, color="#4e342e")
        if wrong == "series":
            # breaks "two 300 Ω resistors in parallel": they are drawn one after the other (series)
            ax.plot([0, 0.8], [5, 5], **w)
            _zigzag(ax, 0.8, 5, 3.4, 5, **w)
            ax.text(2.1, 5.45, "300 Ω", ha="center")
            ax.plot([3.4, 4.0], [5, 5], **w)
            _zigzag(ax, 4.0, 5, 6.6, 5, **w)
            ax.text(5.3, 5.45, r2, ha="center")
            ax.plot([6.6, 7.0, 7.0, 0], [5, 5, 0, 0], **w)
        else:
            xs = [3.2, 6.2]
            if wrong == "one_resistor":
                # breaks "two 300 Ω resistors": only one resistor is drawn
                xs = [3.2]
            ax.plot([0, xs[-1]], [5, 5], **w)
            ax.plot([0, xs[-1]], [0, 0], **w)
            for i, x in enumerate(xs):
                _zigzag(ax, x, 5, x, 0, n=7, amp=0.22, **w)
                ax.text(x + 0.45, 2.5, "300 Ω" if i == 0 else r2, ha="left", va="center")
                if i < len(xs) - 1:
                    ax.plot([x], [5], **dot)
                    ax.plot([x], [0], **dot)
        return _fig_png(fig, 130, facecolor="white")


# ---------------------------------------------------------------------------------------------------------
# 3. schemdraw on a dark background, circular voltage source, serif labels, 140 dpi
# ---------------------------------------------------------------------------------------------------------
TEXT_3 = "A 5 V source drives a 1 kΩ resistor in series with a 10 µF capacitor."


def _draw_3(wrong: str | None) -> bytes:
    import schemdraw
    import schemdraw.elements as elm
    d = schemdraw.Drawing(canvas="matplotlib", dpi=140, show=False)
    d.config(unit=3.0, font="Liberation Serif", fontsize=16, lw=2.0, color="#e6edf3", bgcolor="#1b1f24",
             margin=0.6)
    src = d.add(elm.SourceV().up().label("5 V", loc="top", ofst=0.3))
    rl = "1 kΩ" if wrong != "r_value_10k" else "10 kΩ"
    # (wrong "r_value_10k" breaks "a 1 kΩ resistor": the resistor is labelled 10 kΩ)
    cl = "10 µF" if wrong != "c_value_100u" else "100 µF"
    # (wrong "c_value_100u" breaks "a 10 µF capacitor": the capacitor is labelled 100 µF)
    if wrong == "rc_parallel":
        # breaks "a 1 kΩ resistor in series with a 10 µF capacitor": the capacitor is across the resistor
        d.add(elm.Line().right(d.unit / 3))
        d.add(elm.Dot(color="#ffb74d"))
        d.push()
        d.add(elm.Resistor().right().label(rl).color("#ffb74d"))
        n2 = d.add(elm.Dot(color="#ffb74d"))
        d.pop()
        d.add(elm.Line().down(d.unit / 2))
        d.add(elm.Capacitor().right().label(cl, loc="bottom").color("#4fc3f7"))
        d.add(elm.Line().up().toy(n2.center))
        d.add(elm.Line().at(n2.center).right(d.unit / 3))
        d.add(elm.Line().down().toy(src.start))
        d.add(elm.Line().left().tox(src.start))
    else:
        d.add(elm.Resistor().right().label(rl).color("#ffb74d"))
        if wrong == "c_as_resistor":
            # breaks "a 10 µF capacitor": the capacitor is drawn as a resistor (zigzag)
            d.add(elm.Resistor().down().label(cl, loc="bottom").color("#4fc3f7"))
        else:
            d.add(elm.Capacitor().down().label(cl, loc="bottom").color("#4fc3f7"))
        d.add(elm.Line().left().tox(src.start))
    return _schem_png(d)


# ---------------------------------------------------------------------------------------------------------
# 4. schemdraw (black and white) on a matplotlib canvas: names at the symbols, values in a parts list
# ---------------------------------------------------------------------------------------------------------
TEXT_4 = "A 24 V supply with R1 = 100 Ω in series with R2 = 220 Ω and R3 = 330 Ω in parallel."


def _draw_4(wrong: str | None) -> bytes:
    import matplotlib.pyplot as plt
    import schemdraw
    import schemdraw.elements as elm
    with plt.rc_context({"font.family": "DejaVu Serif", "font.size": 11}):
        fig = _new_fig(7.2, 3.6)
        ax = fig.add_axes((0.0, 0.0, 0.64, 1.0))
        d = schemdraw.Drawing(canvas=ax, show=False)
        d.config(unit=2.6, font="DejaVu Serif", fontsize=13, lw=1.3, color="black", margin=0.8)
        u = d.unit
        yT = 1.25 * u
        d.add(elm.BatteryCell().endpoints((0, 0), (0, u)).label("24 V", loc="bottom", ofst=0.2))
        d.add(elm.Line().endpoints((0, u), (0, yT)))
        parts = [("R1", "100 Ω"), ("R2", "220 Ω"), ("R3", "330 Ω")]
        if wrong == "r3_value_470":
            # breaks "R3 = 330 Ω": the parts list gives R3 = 470 Ω
            parts[2] = ("R3", "470 Ω")

        def R(p, q, name, loc=None):
            e = elm.Resistor().endpoints(p, q)
            d.add(e.label(name, loc=loc) if loc else e.label(name))

        def W(p, q):
            d.add(elm.Line().endpoints(p, q))

        def dot(p):
            d.add(elm.Dot().at(p))

        if wrong == "all_series":
            # breaks "R2 = 220 Ω and R3 = 330 Ω in parallel": R1, R2 and R3 are all in series
            R((0, yT), (u, yT), "R1")
            R((u, yT), (2 * u, yT), "R2")
            R((2 * u, yT), (2 * u, 0.2 * u), "R3", loc="bottom")
            W((2 * u, 0.2 * u), (2 * u, 0))
            W((2 * u, 0), (0, 0))
        elif wrong == "r1_into_parallel":
            # breaks "R1 = 100 Ω in series with …": R1 is a third branch in parallel with R2 and R3
            xs = (0.8 * u, 1.6 * u, 2.4 * u)
            W((0, yT), (xs[-1], yT))
            W((0, 0), (xs[-1], 0))
            for x, name in zip(xs, ("R1", "R2", "R3")):
                R((x, yT), (x, 0), name, loc="bottom")
                if x != xs[-1]:
                    dot((x, yT))
                    dot((x, 0))
        elif wrong == "r2_missing":
            # breaks "R2 = 220 Ω and R3 = 330 Ω in parallel": R2 is missing, R3 alone follows R1
            R((0, yT), (u, yT), "R1")
            R((u, yT), (2 * u, yT), "R3")
            W((2 * u, yT), (2 * u, 0))
            W((2 * u, 0), (0, 0))
        else:
            yB = yT - 0.55 * u
            R((0, yT), (u, yT), "R1")
            dot((u, yT))
            R((u, yT), (2 * u, yT), "R2")
            dot((2 * u, yT))
            W((u, yT), (u, yB))
            R((u, yB), (2 * u, yB), "R3", loc="bottom")
            W((2 * u, yB), (2 * u, yT))
            W((2 * u, yT), (2.35 * u, yT))
            W((2.35 * u, yT), (2.35 * u, 0))
            W((2.35 * u, 0), (0, 0))
        if wrong == "r2_missing":
            parts = [p for p in parts if p[0] != "R2"]
        d.draw(show=False)
        bb = d.get_bbox()
        ax.set_xlim(bb.xmin - 1.4, bb.xmax + 0.8)
        ax.set_ylim(bb.ymin - 0.6, bb.ymax + 1.3)
        ax.set_aspect("equal")
        ax.axis("off")
        tx = fig.add_axes((0.66, 0.12, 0.31, 0.76))
        tx.axis("off")
        rows = [["part", "value"]] + [[a, b] for a, b in parts] + [["supply", "24 V"]]
        tab = tx.table(cellText=rows, loc="center", cellLoc="left", colWidths=[0.45, 0.55])
        tab.auto_set_font_size(False)
        tab.set_fontsize(11)
        tab.scale(1.0, 1.6)
        for (r, c), cell in tab.get_celld().items():
            cell.set_linewidth(0.8)
            if r == 0:
                cell.set_text_props(fontweight="bold")
        tx.set_title("Parts list", fontsize=12)
        return _fig_png(fig, 160, facecolor="white")


# ---------------------------------------------------------------------------------------------------------
# 5. raw PIL pencil sketch on lined notebook paper (graphite strokes, narrow italic handwriting-like labels)
# ---------------------------------------------------------------------------------------------------------
TEXT_5 = "A 3 V battery, a 2 Ω resistor and a 5 mH inductor in series."


class _Pencil:
    def __init__(self, d: ImageDraw.ImageDraw, seed: int):
        self.d = d
        self.rng = random.Random(seed)

    def stroke(self, pts, width=2, colour=(70, 70, 78)):
        for _pass in range(2):  # two light overlapping passes, as a pencil would
            jit = [(x + self.rng.uniform(-1.3, 1.3), y + self.rng.uniform(-1.3, 1.3)) for (x, y) in pts]
            self.d.line(jit, fill=colour, width=width, joint="curve")

    def line(self, a, b, width=2):
        n = max(2, int(math.hypot(b[0] - a[0], b[1] - a[1]) / 25))
        pts = [(a[0] + (b[0] - a[0]) * k / n, a[1] + (b[1] - a[1]) * k / n) for k in range(n + 1)]
        self.stroke(pts, width)

    def zigzag(self, a, b, n=6, amp=14):
        L = math.hypot(b[0] - a[0], b[1] - a[1])
        ux, uy = (b[0] - a[0]) / L, (b[1] - a[1]) / L
        nx, ny = -uy, ux
        lead = 0.2 * L
        pts = [a, (a[0] + ux * lead, a[1] + uy * lead)]
        for k in range(1, 2 * n):
            s = lead + (L - 2 * lead) * k / (2 * n)
            sg = 1 if k % 2 else -1
            pts.append((a[0] + ux * s + nx * amp * sg, a[1] + uy * s + ny * amp * sg))
        pts += [(b[0] - ux * lead, b[1] - uy * lead), b]
        self.stroke(pts)

    def coil(self, a, b, turns=4, r=16):
        # inductor: a row of humps from a to b (drawn along the segment)
        L = math.hypot(b[0] - a[0], b[1] - a[1])
        ux, uy = (b[0] - a[0]) / L, (b[1] - a[1]) / L
        nx, ny = uy, -ux  # humps bulge to the right of the direction of travel
        lead = (L - 2 * r * turns) / 2
        self.line(a, (a[0] + ux * lead, a[1] + uy * lead))
        for t in range(turns):
            c0 = lead + r + 2 * r * t
            pts = []
            for k in range(0, 19):
                th = math.pi * k / 18
                s = c0 - r * math.cos(th)
                h = r * math.sin(th)
                pts.append((a[0] + ux * s + nx * h, a[1] + uy * s + ny * h))
            self.stroke(pts)
        self.line((b[0] - ux * lead, b[1] - uy * lead), b)


def _draw_5(wrong: str | None) -> bytes:
    W, H = 820, 600
    img = Image.new("RGB", (W, H), (252, 250, 240))
    d = ImageDraw.Draw(img)
    for y in range(70, H, 32):
        d.line([(0, y), (W, y)], fill=(186, 208, 232), width=1)
    d.line([(72, 0), (72, H)], fill=(232, 150, 150), width=2)
    p = _Pencil(d, seed=37)
    hand = ImageFont.truetype(f"{_FONTS}/liberation/LiberationSansNarrow-Italic.ttf", 30)
    ink = (60, 60, 70)
    xl, xr, yt, yb = 170, 640, 140, 470
    # battery on the left wire (long plate on top)
    ym = (yt + yb) / 2
    p.line((xl, yt), (xl, ym - 14))
    p.line((xl, ym + 14), (xl, yb))
    p.line((xl - 34, ym - 14), (xl + 34, ym - 14), width=3)
    p.line((xl - 17, ym + 14), (xl + 17, ym + 14), width=5)
    d.text((xl - 50, ym - 12), "3 V", font=hand, fill=ink, anchor="rm")
    d.text((xl + 44, ym - 40), "+", font=hand, fill=ink, anchor="mm")
    lv = "5 mH" if wrong != "l_value_50" else "50 mH"
    # (wrong "l_value_50" breaks "a 5 mH inductor": the inductor is labelled 50 mH)
    # top wire: resistor
    r0, r1 = 300, 500
    p.line((xl, yt), (r0, yt))
    if wrong == "resistor_missing":
        # breaks "a 2 Ω resistor … in series": no resistor, a plain wire in its place
        p.line((r0, yt), (r1, yt))
    else:
        p.zigzag((r0, yt), (r1, yt))
        d.text(((r0 + r1) / 2, yt - 38), "2 Ω", font=hand, fill=ink, anchor="mm")
    p.line((r1, yt), (xr, yt))
    if wrong == "l_parallel_r":
        # breaks "… and a 5 mH inductor in series": the inductor is connected across the resistor
        yb2 = yt + 90
        p.line((r0 - 40, yt), (r0 - 40, yb2))
        p.coil((r0 - 40, yb2), (r1 + 40, yb2), turns=4)
        p.line((r1 + 40, yb2), (r1 + 40, yt))
        for x in (r0 - 40, r1 + 40):
            d.ellipse((x - 6, yt - 6, x + 6, yt + 6), fill=ink)
        d.text(((r0 + r1) / 2, yb2 + 42), lv, font=hand, fill=ink, anchor="mm")
        p.line((xr, yt), (xr, yb))
    else:
        # right wire: inductor (coil drawn downward)
        l0, l1 = 230, 390
        p.line((xr, yt), (xr, l0))
        if wrong == "inductor_as_resistor":
            # breaks "a 5 mH inductor": the inductor is drawn as a resistor zigzag
            p.zigzag((xr, l0), (xr, l1))
        else:
            p.coil((xr, l0), (xr, l1), turns=4)
        p.line((xr, l1), (xr, yb))
        d.text((xr + 40, (l0 + l1) / 2), lv, font=hand, fill=ink, anchor="lm")
    p.line((xr, yb), (xl, yb))
    return _clean_png(_to_png(img))


def _to_png(img: Image.Image) -> bytes:
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


def cases() -> list[dict]:
    return [
        {"id": "h2-circuits-schemdraw-colour-loop", "text": TEXT_1, "tool": "schemdraw",
         "style": "colour, horizontal loop, Liberation Sans", "draw": _draw_1,
         "wrongs": ["r2_value_8", "r2_missing", "third_resistor", "parallel"]},
        {"id": "h2-circuits-mpl-ladder-zigzag", "text": TEXT_2, "tool": "matplotlib",
         "style": "hand-coded zigzags, ladder layout, serif italics", "draw": _draw_2,
         "wrongs": ["series", "one_resistor", "r2_value_330", "battery_6V"]},
        {"id": "h2-circuits-schemdraw-dark", "text": TEXT_3, "tool": "schemdraw",
         "style": "dark background, circular source", "draw": _draw_3,
         "wrongs": ["c_as_resistor", "c_value_100u", "r_value_10k", "rc_parallel"]},
        {"id": "h2-circuits-schemdraw-parts-list", "text": TEXT_4, "tool": "schemdraw+matplotlib",
         "style": "bw, names at symbols, values in a parts-list table", "draw": _draw_4,
         "wrongs": ["all_series", "r1_into_parallel", "r3_value_470", "r2_missing"]},
        {"id": "h2-circuits-pil-pencil-notebook", "text": TEXT_5, "tool": "PIL",
         "style": "hand-drawn pencil on lined paper", "draw": _draw_5,
         "wrongs": ["inductor_as_resistor", "l_value_50", "resistor_missing", "l_parallel_r"]},
    ]
