"""Held-out cell figures drawn by other tools (outside helper, session 37).

Five texts nesy reads in the cell science, each drawn the way another tool would: matplotlib ``ggplot``
with a colour key, raw PIL textbook print with right-margin leader lines, matplotlib ``dark_background``
(fluorescence-micrograph look), matplotlib ``Solarize_Light2`` with a sketchy pen (``path.sketch``) and
curved-arrow callouts, and a small 72 dpi matplotlib ``grayscale`` figure. ``draw(None)`` is the correct
figure; ``draw(name)`` has exactly one error against a fact the text states (commented at each branch).
"""
from __future__ import annotations

import io
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFont

SCIENCE = "cell"

_FONTS = "/usr/share/fonts/truetype"


def _clean_png(raw: bytes) -> bytes:
    """Re-save through PIL: RGB, no text chunks, no timestamps — identical bytes every call."""
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


# ---------------------------------------------------------------------------------------------------------
# 1. matplotlib ggplot: grey panel with white grid, colour key (legend box) names every organelle type
# ---------------------------------------------------------------------------------------------------------
TEXT_1 = ("Draw an animal cell containing one nucleus, two lysosomes and four ribosomes. "
          "Inside the nucleus is a nucleolus.")


def _draw_1(wrong: str | None) -> bytes:
    import matplotlib.pyplot as plt
    from matplotlib.patches import Circle, Ellipse, Patch
    from matplotlib.lines import Line2D
    with plt.style.context("ggplot"), plt.rc_context({"font.family": "Liberation Sans", "font.size": 11}):
        fig = _new_fig(8.0, 5.6)
        ax = fig.add_axes((0.03, 0.05, 0.62, 0.9))
        ax.set_xlim(0, 10)
        ax.set_ylim(0, 7.6)
        ax.set_aspect("equal")
        ax.set_xticklabels([])
        ax.set_yticklabels([])
        ax.tick_params(length=0)
        ax.set_title("Animal cell", fontsize=13, loc="left")
        ax.add_patch(Ellipse((5.0, 3.8), 8.8, 6.6, facecolor="#fde3d8", edgecolor="#b2452a", lw=2.6, zorder=2))
        ax.add_patch(Circle((3.6, 4.2), 1.45, facecolor="#9ecae1", edgecolor="#2166ac", lw=2.0, zorder=3))
        nucleolus = (3.35, 4.45)
        if wrong == "nucleolus_in_cytoplasm":
            # breaks "Inside the nucleus is a nucleolus": the nucleolus sits in the cytoplasm, off the nucleus
            nucleolus = (5.9, 2.2)
        if wrong != "nucleolus_missing":
            # (wrong "nucleolus_missing" breaks "Inside the nucleus is a nucleolus": no nucleolus at all)
            ax.add_patch(Circle(nucleolus, 0.5, facecolor="#08306b", edgecolor="#08306b", zorder=4))
        lysosomes = [(7.0, 5.3), (7.3, 2.7)]
        if wrong == "lysosome_outside":
            # breaks "an animal cell containing ... two lysosomes": one lysosome lies outside the membrane
            lysosomes[1] = (9.75, 0.7)
        for (x, y) in lysosomes:
            ax.add_patch(Circle((x, y), 0.42, facecolor="#b15928", edgecolor="#6a2c0c", lw=1.2, zorder=3))
        ribosomes = [(5.4, 1.6), (6.1, 6.0), (4.6, 6.3), (7.9, 4.0)]
        if wrong == "five_ribosomes":
            # breaks "four ribosomes": a fifth ribosome is drawn
            ribosomes.append((2.6, 1.9))
        for (x, y) in ribosomes:
            ax.add_patch(Circle((x, y), 0.16, facecolor="#33a02c", edgecolor="#1b5e20", lw=0.8, zorder=3))
        handles = [
            Patch(facecolor="#fde3d8", edgecolor="#b2452a", lw=2, label="cell membrane"),
            Patch(facecolor="#9ecae1", edgecolor="#2166ac", lw=1.5, label="nucleus"),
            Line2D([], [], marker="o", ls="", ms=11, mfc="#08306b", mec="#08306b", label="nucleolus"),
            Line2D([], [], marker="o", ls="", ms=10, mfc="#b15928", mec="#6a2c0c", label="lysosome"),
            Line2D([], [], marker="o", ls="", ms=5, mfc="#33a02c", mec="#1b5e20", label="ribosome"),
        ]
        fig.legend(handles=handles, loc="center left", bbox_to_anchor=(0.67, 0.5), title="Key",
                   frameon=True, borderpad=0.9, labelspacing=1.1)
        return _fig_png(fig, 100)


# ---------------------------------------------------------------------------------------------------------
# 2. raw PIL "textbook print": flat colours, rounded plant cell, labels in the right margin with leader lines
# ---------------------------------------------------------------------------------------------------------
TEXT_2 = "A plant cell with a cell wall, a large central vacuole, a nucleus and three chloroplasts."


def _chloroplast(d: ImageDraw.ImageDraw, cx: float, cy: float, ang: float) -> None:
    a, b = 46, 24
    pts = []
    for i in range(48):
        t = 2 * math.pi * i / 48
        x, y = a * math.cos(t), b * math.sin(t)
        pts.append((cx + x * math.cos(ang) - y * math.sin(ang), cy + x * math.sin(ang) + y * math.cos(ang)))
    d.polygon(pts, fill=(120, 190, 90), outline=(30, 100, 30))
    d.line(pts + [pts[0]], fill=(30, 100, 30), width=3)
    for k in (-24, -8, 8, 24):  # grana stacks
        gx, gy = cx + k * math.cos(ang), cy + k * math.sin(ang)
        d.ellipse((gx - 5, gy - 9, gx + 5, gy + 9), fill=(40, 120, 40))


def _draw_2(wrong: str | None) -> bytes:
    W, H = 1000, 700
    img = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(f"{_FONTS}/liberation/LiberationSerif-Regular.ttf", 26)
    title = ImageFont.truetype(f"{_FONTS}/liberation/LiberationSerif-Bold.ttf", 30)
    d.text((60, 18), "Plant cell", font=title, fill=(20, 20, 20))
    box = (60, 70, 760, 660)
    if wrong == "no_wall":
        # breaks "with a cell wall": only a thin plasma membrane, no wall
        d.rounded_rectangle(box, radius=46, fill=(250, 250, 228), outline=(90, 140, 60), width=3)
    else:
        d.rounded_rectangle(box, radius=46, fill=(126, 176, 82), outline=(60, 110, 40), width=3)
        inner = (box[0] + 18, box[1] + 18, box[2] - 18, box[3] - 18)
        d.rounded_rectangle(inner, radius=32, fill=(250, 250, 228), outline=(90, 140, 60), width=3)
    if wrong == "small_vacuole":
        # breaks "a large central vacuole": the vacuole is drawn small
        vac = (300, 320, 420, 410)
    else:
        vac = (150, 160, 560, 570)
    d.rounded_rectangle(vac, radius=60, fill=(185, 220, 245), outline=(60, 110, 170), width=3)
    vfont = font if wrong != "small_vacuole" else ImageFont.truetype(
        f"{_FONTS}/liberation/LiberationSerif-Regular.ttf", 18)
    d.text(((vac[0] + vac[2]) // 2, (vac[1] + vac[3]) // 2), "vacuole", font=vfont, fill=(30, 60, 110),
           anchor="mm")
    nuc = (600, 490, 710, 600)
    d.ellipse(nuc, fill=(200, 150, 210), outline=(110, 50, 130), width=4)  # nucleus
    d.ellipse((640, 525, 670, 555), fill=(110, 50, 130))
    chloros = [(655, 165, 1.45), (655, 300, 1.65), (655, 425, 1.45)]
    if wrong == "two_chloroplasts":
        # breaks "three chloroplasts": one chloroplast is missing
        chloros = chloros[:2]
    if wrong == "chloroplast_outside":
        # breaks "a plant cell with ... three chloroplasts": one chloroplast lies outside the cell wall
        chloros[2] = (890, 650, 0.3)
    for (x, y, a) in chloros:
        _chloroplast(d, x, y, a)
    # right-margin labels with leader lines
    lx = 790
    ink = (40, 40, 40)
    labels = []
    if wrong != "no_wall":
        labels.append(("cell wall", 100, [(box[2] - 8, 110)]))
    labels.append(("chloroplasts", 300, [(x + 8, y) for (x, y, _a) in chloros]))
    labels.append(("nucleus", 545, [(nuc[2], 545)]))
    for (name, y, targets) in labels:
        d.text((lx + 10, y - 16), name, font=font, fill=ink)
        for (tx, ty) in targets:
            d.line([(lx + 4, y), (tx, ty)], fill=ink, width=2)
            d.ellipse((tx - 4, ty - 4, tx + 4, ty + 4), fill=ink)
    return _clean_png(_to_png(img))


def _to_png(img: Image.Image) -> bytes:
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


# ---------------------------------------------------------------------------------------------------------
# 3. matplotlib dark_background: fluorescence-micrograph look, glowing outlines, white labels beside
# ---------------------------------------------------------------------------------------------------------
TEXT_3 = ("Two cells side by side: the left cell has a nucleus and two mitochondria, "
          "the right cell has a nucleus and a vacuole.")


def _draw_3(wrong: str | None) -> bytes:
    import matplotlib.pyplot as plt
    from matplotlib.patches import Ellipse, FancyBboxPatch
    with plt.style.context("dark_background"), plt.rc_context({"font.family": "Liberation Sans"}):
        stacked = wrong == "stacked"
        # "stacked" breaks "Two cells side by side: the left cell … the right cell": one above the other
        fig = _new_fig(4.6, 5.6) if stacked else _new_fig(6.4, 3.2)
        ax = fig.add_axes((0, 0, 1, 1))
        if stacked:
            ax.set_xlim(-1.2, 7.8)
            ax.set_ylim(-0.3, 10.6)
            o_left, o_right = (2.6, 7.8), (2.6, 2.6)
        else:
            ax.set_xlim(-0.3, 12.5)
            ax.set_ylim(0, 6.4)
            o_left, o_right = (3.0, 3.2), (8.1, 3.2)
        ax.set_aspect("equal")
        ax.axis("off")

        def cell(c):
            for lw, al in ((9, 0.12), (5, 0.25), (2.2, 1.0)):
                ax.add_patch(Ellipse(c, 4.9, 4.4, facecolor="none", edgecolor="#39ff8a", lw=lw, alpha=al))

        def nucleus(c):
            ax.add_patch(Ellipse(c, 1.7, 1.4, facecolor="#2a5cff", edgecolor="#9db5ff", lw=1.5, alpha=0.95))

        def mito(c, ang):
            ax.add_patch(FancyBboxPatch((c[0] - 0.5, c[1] - 0.18), 1.0, 0.36,
                                        boxstyle="round,pad=0.05,rounding_size=0.18", facecolor="#ff3b3b",
                                        edgecolor="#ffb0b0", lw=1,
                                        transform=_rot(ax, c, ang)))

        def vacuole(c):
            ax.add_patch(Ellipse(c, 1.6, 1.1, facecolor="#f5e663", edgecolor="#fff6a8", lw=1.2, alpha=0.85))

        cell(o_left)
        cell(o_right)
        L = lambda dx, dy: (o_left[0] + dx, o_left[1] + dy)   # noqa: E731
        R = lambda dx, dy: (o_right[0] + dx, o_right[1] + dy)  # noqa: E731
        nucleus(L(-0.6, 0.3))
        if wrong != "right_nucleus_missing":
            # (wrong "right_nucleus_missing" breaks "the right cell has a nucleus")
            nucleus(R(0.7, 0.4))
        mitos = [(L(1.1, 0.9), 30), (L(0.7, -1.2), -20)]
        if wrong == "mito_moved_right":
            # breaks "the left cell has … two mitochondria": one of them is in the right cell instead
            mitos[1] = (R(0.6, -1.2), -20)
        for c, a in mitos:
            mito(c, a)
        vac = R(-1.0, -0.4)
        if wrong == "vacuole_in_left":
            # breaks "the right cell has … a vacuole": the vacuole is in the left cell
            vac = L(-0.9, -1.0)
        vacuole(vac)
        kw = dict(color="white", fontsize=10)
        ln = dict(color="#dddddd", lw=0.8)
        # labels beside the cells, short leader lines
        if stacked:
            ax.plot([L(-0.6, 0.3)[0], -0.6], [L(-0.6, 0.3)[1], 10.0], **ln)
            ax.text(-0.6, 10.1, "nucleus", ha="center", va="bottom", **kw)
            for c, _a in mitos:
                ax.plot([c[0], 6.0], [c[1], 9.6], **ln)
            ax.text(6.0, 9.7, "mitochondria", ha="center", va="bottom", **kw)
            ax.plot([vac[0], -0.4], [vac[1], 0.3], **ln)
            ax.text(-0.4, 0.1, "vacuole", ha="center", va="top", **kw)
        else:
            ax.plot([L(-0.6, 0.3)[0], 0.9], [L(-0.6, 0.3)[1], 5.95], **ln)
            ax.text(0.9, 6.0, "nucleus", ha="center", va="bottom", **kw)
            for c, _a in mitos:
                ax.plot([c[0], 5.6], [c[1], 6.0], **ln)
            ax.text(5.6, 6.05, "mitochondria", ha="center", va="bottom", **kw)
            if wrong != "right_nucleus_missing":
                ax.plot([R(0.7, 0.4)[0], 11.0], [R(0.7, 0.4)[1], 5.8], **ln)
                ax.text(11.0, 5.85, "nucleus", ha="center", va="bottom", **kw)
            ax.plot([vac[0], 9.8 if wrong != "vacuole_in_left" else 2.0], [vac[1], 0.45], **ln)
            ax.text(9.8 if wrong != "vacuole_in_left" else 2.0, 0.4, "vacuole", ha="center", va="top", **kw)
        if stacked:
            # the second (bottom) cell's nucleus
            ax.plot([R(0.7, 0.4)[0], 6.2], [R(0.7, 0.4)[1], 4.6], **ln)
            ax.text(6.2, 4.65, "nucleus", ha="center", va="bottom", **kw)
        return _fig_png(fig, 150, facecolor="black")


def _rot(ax, c, deg):
    from matplotlib.transforms import Affine2D
    return Affine2D().rotate_deg_around(c[0], c[1], deg) + ax.transData


# ---------------------------------------------------------------------------------------------------------
# 4. matplotlib Solarize_Light2 with a sketchy pen (path.sketch), curved-arrow callouts, Liberation Narrow
# ---------------------------------------------------------------------------------------------------------
TEXT_4 = ("A cell with a nucleus, a Golgi apparatus, an endoplasmic reticulum and five ribosomes; "
          "a centriole sits next to the nucleus.")


def _draw_4(wrong: str | None) -> bytes:
    import matplotlib.pyplot as plt
    from matplotlib.patches import Circle, Polygon, Arc, FancyBboxPatch
    rc = {"font.family": "Liberation Sans Narrow", "font.size": 12, "path.sketch": (2.0, 60.0, 2.0)}
    with plt.style.context("Solarize_Light2"), plt.rc_context(rc):
        fig = _new_fig(7.0, 5.0)
        ax = fig.add_axes((0, 0, 1, 1))
        ax.set_xlim(0, 14)
        ax.set_ylim(0, 10)
        ax.set_aspect("equal")
        ax.axis("off")
        # irregular cell outline (fixed harmonic wobble)
        t = np.linspace(0, 2 * np.pi, 200, endpoint=False)
        r = 1 + 0.05 * np.sin(3 * t) + 0.03 * np.cos(5 * t + 0.7)
        xs, ys = 6.3 + 5.1 * r * np.cos(t), 5.0 + 4.1 * r * np.sin(t)
        ax.add_patch(Polygon(np.c_[xs, ys], closed=True, facecolor="#fbf1d3", edgecolor="#586e75", lw=2.2))
        # nucleus with double envelope
        ax.add_patch(Circle((5.0, 5.4), 1.55, facecolor="#d3c4f0", edgecolor="#6c71c4", lw=2.0))
        ax.add_patch(Circle((5.0, 5.4), 1.35, facecolor="none", edgecolor="#6c71c4", lw=0.8))
        if wrong != "er_missing":
            # (wrong "er_missing" breaks "a cell with … an endoplasmic reticulum": no ER drawn)
            for k in range(3):
                rr = 1.95 + 0.32 * k
                ax.add_patch(Arc((5.0, 5.4), 2 * rr, 2 * rr, theta1=150, theta2=260, color="#2aa198", lw=2.0))
        if wrong != "golgi_missing":
            # (wrong "golgi_missing" breaks "a cell with … a Golgi apparatus": no Golgi stack drawn)
            for k in range(4):
                ax.add_patch(Arc((9.6, 2.5 + 0.38 * k), 2.7 - 0.22 * k, 1.3, theta1=25, theta2=155,
                                 color="#cb4b16", lw=3.2))
        ribo = [(7.6, 7.6), (8.4, 7.0), (3.0, 2.6), (6.4, 2.3), (10.4, 6.3)]
        if wrong == "four_ribosomes":
            # breaks "five ribosomes": only four are drawn
            ribo = ribo[:4]
        for (x, y) in ribo:
            ax.add_patch(Circle((x, y), 0.13, facecolor="#073642", edgecolor="#073642"))
        cen = (7.25, 6.1)
        if wrong == "centriole_far":
            # breaks "a centriole sits next to the nucleus": it is at the far edge of the cell
            cen = (10.7, 4.8)
        ax.add_patch(FancyBboxPatch((cen[0] - 0.22, cen[1] - 0.42), 0.44, 0.84,
                                    boxstyle="round,pad=0.02,rounding_size=0.08",
                                    facecolor="#b58900", edgecolor="#6b5200", lw=1.4))
        for dy in (-0.25, 0.0, 0.25):
            ax.plot([cen[0] - 0.2, cen[0] + 0.2], [cen[1] + dy, cen[1] + dy], color="#6b5200", lw=0.8)
        arrow = dict(arrowstyle="->", color="#002b36", lw=1.1, connectionstyle="arc3,rad=0.25")
        ax.annotate("nucleus", (4.4, 6.4), (1.0, 9.3), arrowprops=arrow)
        if wrong != "er_missing":
            ax.annotate("endoplasmic\nreticulum", (3.05, 4.2), (0.3, 1.0), arrowprops=arrow)
        if wrong != "golgi_missing":
            ax.annotate("Golgi apparatus", (10.4, 3.5), (11.0, 1.0), arrowprops=arrow)
        ax.annotate("centriole", (cen[0] - 0.1, cen[1] + 0.45), (6.6, 9.5), arrowprops=arrow)
        ax.annotate("ribosomes", (10.5, 6.45), (11.8, 8.4), arrowprops=arrow)
        return _fig_png(fig, 110, facecolor="#fdf6e3")


# ---------------------------------------------------------------------------------------------------------
# 5. matplotlib grayscale, small (72 dpi, 432 px wide), stippled nuclei, serif labels on straight leaders
# ---------------------------------------------------------------------------------------------------------
TEXT_5 = "A cell with two nuclei, each containing a nucleolus, and three vesicles in the cytoplasm."


def _draw_5(wrong: str | None) -> bytes:
    import matplotlib.pyplot as plt
    from matplotlib.patches import Circle, Ellipse
    with plt.style.context("grayscale"), plt.rc_context({"font.family": "DejaVu Serif", "font.size": 10,
                                                          "hatch.linewidth": 0.6}):
        fig = _new_fig(6.0, 4.5)
        ax = fig.add_axes((0, 0, 1, 1))
        ax.set_xlim(-1, 12)
        ax.set_ylim(0, 9)
        ax.set_aspect("equal")
        ax.axis("off")
        ax.add_patch(Ellipse((5.6, 4.5), 8.8, 6.8, facecolor="white", edgecolor="black", lw=1.8))
        nuclei = [(3.9, 5.3), (6.6, 3.4)]
        for i, c in enumerate(nuclei):
            ax.add_patch(Circle(c, 1.15, facecolor="#e6e6e6", edgecolor="black", lw=1.3, hatch="..."))
            if wrong == "nucleolus_missing" and i == 1:
                # breaks "two nuclei, each containing a nucleolus": the second nucleus has none
                continue
            ax.add_patch(Circle((c[0] + 0.3, c[1] + 0.25), 0.38, facecolor="#333333", edgecolor="black"))
        ves = [(7.6, 5.9), (3.0, 2.3), (9.1, 4.3)]
        if wrong == "four_vesicles":
            # breaks "three vesicles": a fourth vesicle is drawn
            ves.append((5.3, 7.1))
        if wrong == "two_vesicles":
            # breaks "three vesicles": one vesicle is missing
            ves = ves[:2]
        if wrong == "vesicle_in_nucleus":
            # breaks "three vesicles in the cytoplasm": one vesicle sits inside a nucleus
            ves[1] = (3.45, 4.85)
        for c in ves:
            ax.add_patch(Circle(c, 0.33, facecolor="white", edgecolor="black", lw=1.2))
        ln = dict(color="black", lw=0.7)
        ax.plot([0.8, 2.75], [4.3, 5.3], **ln)
        ax.plot([0.8, 5.5], [4.3, 3.1], **ln)
        ax.text(0.7, 4.3, "nuclei", ha="right", va="center")
        for i, c in enumerate(nuclei):
            if wrong == "nucleolus_missing" and i == 1:
                continue
            ax.plot([c[0] + 0.5, 10.6], [c[1] + 0.35, 8.0], **ln)
        ax.text(10.6, 8.1, "nucleoli" if wrong != "nucleolus_missing" else "nucleolus", ha="center",
                va="bottom")
        for c in ves:
            ax.plot([c[0] + 0.25, 10.5], [c[1] - 0.2, 1.1], **ln)
        ax.text(10.6, 1.0, "vesicles", ha="center", va="top")
        return _fig_png(fig, 72, facecolor="white")


def cases() -> list[dict]:
    return [
        {"id": "h2-cell-ggplot-key", "text": TEXT_1, "tool": "matplotlib", "style": "ggplot colour key",
         "draw": _draw_1,
         "wrongs": ["nucleolus_missing", "nucleolus_in_cytoplasm", "lysosome_outside", "five_ribosomes"]},
        {"id": "h2-cell-pil-textbook-plant", "text": TEXT_2, "tool": "PIL", "style": "colour textbook print",
         "draw": _draw_2,
         "wrongs": ["no_wall", "small_vacuole", "two_chloroplasts", "chloroplast_outside"]},
        {"id": "h2-cell-dark-fluorescence", "text": TEXT_3, "tool": "matplotlib", "style": "dark_background",
         "draw": _draw_3,
         "wrongs": ["mito_moved_right", "vacuole_in_left", "right_nucleus_missing", "stacked"]},
        {"id": "h2-cell-solarized-sketch", "text": TEXT_4, "tool": "matplotlib",
         "style": "Solarize_Light2 sketch pen", "draw": _draw_4,
         "wrongs": ["golgi_missing", "er_missing", "four_ribosomes", "centriole_far"]},
        {"id": "h2-cell-grayscale-small", "text": TEXT_5, "tool": "matplotlib", "style": "grayscale 72 dpi",
         "draw": _draw_5,
         "wrongs": ["nucleolus_missing", "four_vesicles", "two_vesicles", "vesicle_in_nucleus"]},
    ]
