"""Cell figures drawn by matplotlib, the way a person scripting it would draw a textbook cell (issue 10).

Each case is a text nesy reads into ``cell`` and a drawer that lays the cell out by itself from the
text's facts (which organelles, how many, which cell, which side): an ellipse or rounded box per cell, a
round nucleus, elongated mitochondria/chloroplasts at seeded random places and angles, ribosomes as small
dots, a large vacuole in plant cells, a cell wall as a thick band. Styles:

- ``colour``: filled patches in matplotlib's own palettes (tab10, Pastel1, Set2), with or without black
  edges, on a white or tinted page, a title;
- ``bw``: black outlines on white, textbook style: labels outside the cell joined to an organelle by
  leader lines, cristae drawn inside the mitochondria, a nucleolus as a filled black dot.

Never nesy's layout or palette. Wrongs: ``drop`` (one organelle missing), ``duplicate`` (one more),
``outside`` (one organelle moved out of its cell onto the page), ``into_nucleus`` (a small organelle
moved into the nucleus), ``swap`` (a stated left/right relation mirrored), ``as_mitochondrion`` (one
ribosome drawn at a mitochondrion's size and shape: the count of each kind is then off by one, which a
reader that matches regions to kinds without their sizes would miss).
"""
from __future__ import annotations

import io
import math

import numpy as np

SCIENCE = "cell"

# organelle sizes in units of the cell's major axis (textbook proportions, not nesy's table):
# (length, width) of the drawn outline
SIZE = {"nucleus": (0.32, 0.30), "nucleolus": (0.11, 0.11), "mitochondrion": (0.15, 0.065),
        "chloroplast": (0.16, 0.08), "vacuole": (0.36, 0.26), "ribosome": (0.018, 0.018),
        "lysosome": (0.055, 0.055), "golgi": (0.17, 0.07)}

PALETTES = {
    "tab10": {"cell": "#ffbb78", "nucleus": "#9467bd", "nucleolus": "#2a0f4a", "mitochondrion": "#d62728",
              "chloroplast": "#2ca02c", "vacuole": "#aec7e8", "ribosome": "#1f1f1f", "lysosome": "#bcbd22",
              "golgi": "#e377c2", "wall": "#8c564b"},
    "pastel": {"cell": "#fff2ae", "nucleus": "#cbd5e8", "nucleolus": "#4d5a7a", "mitochondrion": "#f4cae4",
               "chloroplast": "#b3e2cd", "vacuole": "#e6f5c9", "ribosome": "#555555", "lysosome": "#fdcdac",
               "golgi": "#f1e2cc", "wall": "#a6d854"},
    "set2": {"cell": "#e5f5e0", "nucleus": "#8da0cb", "nucleolus": "#3b3b7a", "mitochondrion": "#fc8d62",
             "chloroplast": "#66c2a5", "vacuole": "#a6cee3", "ribosome": "#333333", "lysosome": "#ffd92f",
             "golgi": "#e78ac3", "wall": "#b3b3b3"},
}


def _place(rng, cell, items, taken, tries=20000, box=False):
    """Seeded rejection sampling: centres for ``items`` [(kind, L, W)] inside the cell ellipse
    (cx, cy, a, b), clear of each other and of ``taken`` [(x, y, r)]; returns [(kind, x, y, L, W, angle)]."""
    cx, cy, a, b = cell
    out = []
    for kind, L, W in items:
        r = L / 2
        for _ in range(tries):
            x = cx + rng.uniform(-a, a)
            y = cy + rng.uniform(-b, b)
            # whole outline inside the cell with a margin
            m = r + 0.08 * a
            if box and (abs(x - cx) > a - m or abs(y - cy) > b - m):
                continue
            if not box and ((x - cx) / (a - m)) ** 2 + ((y - cy) / (b - m)) ** 2 > 1:
                continue
            if all(math.hypot(x - tx, y - ty) > r + tr + 0.03 * a for tx, ty, tr in taken):
                ang = float(rng.uniform(0, 180)) if kind in ("mitochondrion", "chloroplast", "golgi") else 0.0
                out.append((kind, x, y, L, W, ang))
                taken.append((x, y, r))
                break
        else:
            raise RuntimeError(f"could not place a {kind}")
    return out


def _layout(cells, wrong, seed):
    """Geometry of the figure: per cell its outline and organelles (data units), with ``wrong`` applied."""
    rng = np.random.default_rng(seed)
    n = len(cells)
    geo = []
    for i, c in enumerate(cells):
        a, b = c.get("axes", (3.0, 2.0))
        cx = (i - (n - 1) / 2) * (2 * a + 1.4)
        cell = (cx, 0.0, a, b)
        D = 2 * a
        taken: list = []
        objs = []
        big = []
        for kind in ("vacuole", "nucleus"):
            if c["contents"].get(kind):
                L, W = SIZE[kind][0] * D, SIZE[kind][1] * D
                big.append((kind, L, W))
        side = c.get("nucleus_side")       # "left"/"right" of the vacuole (a stated relation)
        if wrong == "swap" and side:
            side = {"left": "right", "right": "left"}[side]
        if len(big) == 2:       # a large vacuole and the nucleus beside it
            side = side or ("left" if seed % 2 else "right")
            vx = cx + (0.33 * a if side == "left" else -0.33 * a)
            nx = cx + (-0.55 * a if side == "left" else 0.55 * a)
            for kind, L, W in big:
                x = vx if kind == "vacuole" else nx
                objs.append((kind, x, 0.0, L, W, 0.0))
                taken.append((x, 0.0, (L + W) / 4))
        else:
            objs += _place(rng, cell, big, taken, box=c.get("shape") == "box")
        small = []
        for kind, k in c["contents"].items():
            if kind in ("vacuole", "nucleus"):
                continue
            L, W = SIZE[kind][0] * D, SIZE[kind][1] * D
            small += [(kind, L, W)] * k
        objs += _place(rng, cell, small, taken, box=c.get("shape") == "box")
        geo.append({"cell": cell, "wall": c.get("wall", False), "objs": objs,
                    "nucleolus": c.get("nucleolus", False), "shape": c.get("shape", "ellipse")})
    g0 = geo[-1]
    mover = next((o for o in g0["objs"] if o[0] in ("mitochondrion", "lysosome", "chloroplast", "golgi")),
                 next(o for o in g0["objs"] if o[0] not in ("nucleus", "vacuole")))
    if wrong == "as_mitochondrion":
        ribo = next(o for o in g0["objs"] if o[0] == "ribosome")
        g0["objs"].remove(ribo)
        L, W = SIZE["mitochondrion"][0] * 2 * g0["cell"][2], SIZE["mitochondrion"][1] * 2 * g0["cell"][2]
        g0["objs"] += _place(np.random.default_rng(seed + 7), g0["cell"], [("mitochondrion", L, W)],
                             [(o[1], o[2], (o[3] + o[4]) / 4 if o[0] in ("vacuole", "nucleus") else o[3] / 2)
                              for o in g0["objs"]], box=g0["shape"] == "box")
    elif wrong == "drop":
        g0["objs"].remove(mover)
    elif wrong == "duplicate":
        cx, cy, a, b = g0["cell"]
        extra = _place(np.random.default_rng(seed + 99), g0["cell"], [mover[0:1] + mover[3:5]],
                       [(o[1], o[2], (o[3] + o[4]) / 4 if o[0] in ("vacuole", "nucleus") else o[3] / 2)
                        for o in g0["objs"]], box=g0["shape"] == "box")
        g0["objs"] += extra
    elif wrong == "outside":
        cx, cy, a, b = g0["cell"]
        g0["objs"].remove(mover)
        g0["objs"].append((mover[0], cx + a + 0.35 + mover[3] / 2, cy - b * 0.8) + mover[3:])
    elif wrong == "into_nucleus":
        nuc = next(o for o in g0["objs"] if o[0] == "nucleus")
        small = next(o for o in g0["objs"] if o[0] in ("ribosome", "lysosome", "mitochondrion"))
        g0["objs"].remove(small)
        dx = 0.25 * nuc[3] if g0["nucleolus"] else 0.0
        g0["objs"].append((small[0], nuc[1] + dx, nuc[2] - (0.2 * nuc[4] if g0["nucleolus"] else 0)) + small[3:4]
                          + (min(small[4], small[3]),) + (0.0,))
    return geo


def _draw(cells, style, wrong, *, seed=0, palette="tab10", edge=True, dpi=100, page="white",
          title=None, font=10, labels=True) -> bytes:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import Circle, Ellipse, FancyBboxPatch
    geo = _layout(cells, wrong, seed)
    n = len(geo)
    fig, ax = plt.subplots(figsize=(4.6 * n + 1.4, 4.2), dpi=dpi)
    fig.patch.set_facecolor(page)
    ax.set_facecolor(page)
    ax.set_aspect("equal")
    ax.axis("off")
    pal = PALETTES[palette]
    bw = style == "bw"
    ec = "black" if (bw or edge) else "none"
    lw = 1.4 if bw else (1.0 if edge else 0)

    def fill(kind):
        return "white" if bw else pal[kind]

    named: dict[str, tuple] = {}
    xmin, xmax = 1e9, -1e9
    for g in geo:
        cx, cy, a, b = g["cell"]
        xmin, xmax = min(xmin, cx - a - 1.6), max(xmax, cx + a + 1.6)
        if g["shape"] == "box":
            def box(pad, **kw):
                return FancyBboxPatch((cx - a + pad, cy - b + pad), 2 * (a - pad), 2 * (b - pad),
                                      boxstyle=f"round,pad=0,rounding_size={0.5 - pad / 3:.2f}", **kw)
            if g["wall"]:
                ax.add_patch(box(0, fc="white" if bw else pal["wall"], ec=ec, lw=lw, zorder=1))
            ax.add_patch(box(0.16 if g["wall"] else 0, fc=fill("cell"), ec=ec, lw=lw, zorder=2))
        else:
            if g["wall"]:
                ax.add_patch(Ellipse((cx, cy), 2 * a, 2 * b, fc="white" if bw else pal["wall"], ec=ec, lw=lw, zorder=1))
                ax.add_patch(Ellipse((cx, cy), 2 * a - 0.3, 2 * b - 0.3, fc=fill("cell"), ec=ec, lw=lw, zorder=2))
            else:
                ax.add_patch(Ellipse((cx, cy), 2 * a, 2 * b, fc=fill("cell"), ec=ec, lw=lw, zorder=2))
        named.setdefault("cell membrane" if not g["wall"] else "cell wall", (cx - 0.7 * a, cy + b * 0.72))
        for kind, x, y, L, W, ang in g["objs"]:
            if kind == "ribosome":
                ax.add_patch(Circle((x, y), L / 2, fc="black" if bw else pal[kind], ec="none", zorder=5))
            elif kind == "golgi":
                ax.add_patch(FancyBboxPatch((x - L / 2, y - W / 2), L, W, boxstyle=f"round,pad=0,rounding_size={W / 3:.3f}",
                                            fc=fill(kind), ec=ec, lw=lw, zorder=4))
            else:
                ax.add_patch(Ellipse((x, y), L, W, angle=ang, fc=fill(kind), ec=ec, lw=lw, zorder=4 if kind not in ("vacuole", "nucleus") else 3))
            if bw and kind == "mitochondrion":
                # cristae: a zigzag drawn inside, not touching the outline
                t = np.linspace(-0.32, 0.32, 7) * L
                zz = np.array([(-1) ** k * 0.22 * W for k in range(7)])
                c, s = math.cos(math.radians(ang)), math.sin(math.radians(ang))
                ax.plot(x + t * c - zz * s, y + t * s + zz * c, color="black", lw=0.7, zorder=6)
            if kind == "nucleus" and g["nucleolus"]:
                r = SIZE["nucleolus"][0] * 2 * g["cell"][2] / 2
                ax.add_patch(Circle((x - 0.15 * L, y + 0.1 * W), r, fc="black" if bw else pal["nucleolus"], ec="none", zorder=6))
            named.setdefault(kind, (x, y))
    if bw and labels:
        # one label per kind, outside the cell on the side it is nearest, joined by a leader line
        cx, cy, a, b = geo[0]["cell"] if n == 1 else (0.0, 0.0, geo[-1]["cell"][0] + geo[-1]["cell"][2], geo[0]["cell"][3])
        items = sorted(named.items(), key=lambda kv: kv[1][1])
        left = [kv for kv in items if kv[1][0] < cx]
        right = [kv for kv in items if kv[1][0] >= cx]
        for side, lst in ((-1, left), (1, right)):
            for j, (name, (x, y)) in enumerate(lst):
                ty = cy - b + (j + 0.5) * 2 * b / max(len(lst), 1)
                tx = cx + side * (a + 0.5)
                ax.annotate(name, xy=(x, y), xytext=(tx, ty), fontsize=font,
                            ha="right" if side < 0 else "left", va="center",
                            arrowprops=dict(arrowstyle="-", lw=0.7, color="black", shrinkA=2, shrinkB=0), zorder=7)
    if title:
        ax.set_title(title, fontsize=font + 2)
    ax.set_xlim(xmin - (1.2 if bw else 0), xmax + (1.2 if bw else 0))
    ax.set_ylim(-geo[0]["cell"][3] - 0.6, geo[0]["cell"][3] + 0.6)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, facecolor=fig.get_facecolor())
    plt.close(fig)
    return buf.getvalue()


def _case(cid, text, style, cells, wrongs, **kw):
    return {"id": cid, "text": text, "tool": "matplotlib", "style": style,
            "draw": lambda wrong=None: _draw(cells, style, wrong, **kw), "wrongs": list(wrongs)}


def cases() -> list[dict]:
    W3 = ("drop", "duplicate", "outside", "into_nucleus")
    W4 = W3 + ("as_mitochondrion",)     # cells that hold ribosomes and mitochondria
    animal = [{"contents": {"nucleus": 1, "mitochondrion": 3, "ribosome": 6}}]
    plant = [{"contents": {"vacuole": 1, "nucleus": 1, "chloroplast": 3}, "wall": True, "shape": "box",
              "axes": (3.6, 2.7)}]
    return [
        _case("cell-mpl-animal-tab10", "An animal cell with a nucleus, 3 mitochondria and 6 ribosomes.", "colour",
              animal, W4, seed=1, palette="tab10", edge=True, dpi=100, title="Animal cell"),
        _case("cell-mpl-animal-bw", "An animal cell with a nucleus, 3 mitochondria and 6 ribosomes.", "bw",
              animal, W4, seed=2, dpi=110, font=9),
        _case("cell-mpl-plant-pastel", "A plant cell with a cell wall, a large vacuole, a nucleus and 3 chloroplasts.",
              "colour", plant, ("drop", "duplicate", "outside"), seed=3, palette="pastel", edge=False, dpi=120),
        _case("cell-mpl-plant-bw-leftof",
              "A plant cell with a cell wall, a central vacuole, a nucleus and 2 chloroplasts. The nucleus is left of the vacuole.",
              "bw", [{"contents": {"vacuole": 1, "nucleus": 1, "chloroplast": 2}, "wall": True, "nucleus_side": "left", "axes": (3.6, 2.7)}],
              ("drop", "duplicate", "outside", "swap"), seed=4, dpi=100, font=10),
        _case("cell-mpl-two-set2", "Two animal cells side by side, each with a nucleus, 2 mitochondria and 3 ribosomes.",
              "colour", [{"contents": {"nucleus": 1, "mitochondrion": 2, "ribosome": 3}}] * 2, W4,
              seed=5, palette="set2", edge=True, dpi=90, page="#f7f4ea"),
        _case("cell-mpl-nucleolus-bw", "A cell containing a nucleus with a nucleolus, 4 mitochondria and 8 ribosomes.",
              "bw", [{"contents": {"nucleus": 1, "mitochondrion": 4, "ribosome": 8}, "nucleolus": True}], W4,
              seed=6, dpi=130, font=8),
        _case("cell-mpl-vacuole-left-tab10",
              "An animal cell with a nucleus and a vacuole. The vacuole is left of the nucleus. The cell also has 4 ribosomes.",
              "colour", [{"contents": {"vacuole": 1, "nucleus": 1, "ribosome": 4}, "nucleus_side": "right", "axes": (3.6, 2.7)}],
              ("drop", "duplicate", "outside", "swap"), seed=7, palette="tab10", edge=False, dpi=150),
        _case("cell-mpl-golgi-pastel", "A cell with a nucleus, a Golgi apparatus, 2 lysosomes and 2 mitochondria.",
              "colour", [{"contents": {"nucleus": 1, "golgi": 1, "lysosome": 2, "mitochondrion": 2}}], W3,
              seed=8, palette="pastel", edge=True, dpi=100, title="A eukaryotic cell"),
        _case("cell-mpl-lysosome-bw", "A cell with a nucleus, 3 lysosomes and 5 ribosomes.", "bw",
              [{"contents": {"nucleus": 1, "lysosome": 3, "ribosome": 5}, "shape": "box"}], W4, seed=9, dpi=100, font=11),
    ]
