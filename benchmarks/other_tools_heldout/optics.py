"""Held-out ray diagrams drawn by other tools (optics).

Written by an outside helper (set B) without reading nesy's figure readers or verifiers. Thin-lens /
mirror equation 1/f = 1/d_o + 1/d_i (real-is-positive), magnification m = -d_i/d_o, distances to scale along
the axis. Styles: matplotlib xkcd (seeded sketch), matplotlib pastel with cm gridlines and axes, matplotlib
serif textbook, matplotlib monospace hairline at 72 dpi, matplotlib with a ray legend box, raw PIL line art,
PIL chalkboard.
"""
from __future__ import annotations

import io
import logging

SCIENCE = "optics"

logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
_DEJAVU = "/usr/share/fonts/truetype/dejavu/"


def _mpl():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    return matplotlib, plt


# ------------------------------------------------------------------ geometry
def _geom(kind, etype, f, do, ho, wrong_over=None):
    """kind 'lens'|'mirror', etype 'converging'|'diverging', f magnitude, do, ho.  Returns what to draw in
    real coordinates (element at x=0, object on the left).  wrong_over may override drawn quantities:
    img_x, img_h, obj_x (distance), obj_h, fmark, etype_drawn."""
    w = dict(wrong_over or {})
    fs = f if etype == "converging" else -f
    di = 1.0 / (1.0 / fs - 1.0 / do)
    hi = -ho * di / do
    odo = w.get("obj_d", do)
    oho = w.get("obj_h", ho)
    # rays in the unfolded (lens) model from the drawn object, true focal length
    odi = 1.0 / (1.0 / fs - 1.0 / odo) if abs(odo - fs) > 1e-9 else 1e9
    ohi = -oho * odi / odo
    xe = max(odi * 1.25 if odi > 0 else 0, odo * 0.9, 2.2 * f)
    rays = []  # (points, dashed)
    rays.append(([(-odo, oho), (0, oho)], False, "in"))
    rays.append(([(0, oho), (xe, oho * (1 - xe / fs))], False, "out"))
    rays.append(([(-odo, oho), (0, 0)], False, "in"))
    rays.append(([(0, 0), (xe, -oho * xe / odo)], False, "out"))
    if odi < 0:
        rays.append(([(0, oho), (odi, ohi)], True, "back"))
        rays.append(([(0, 0), (odi, ohi)], True, "back"))
    elif fs > 0:
        rays.append(([(-odo, oho), (0, ohi)], False, "in"))
        rays.append(([(0, ohi), (xe, ohi)], False, "out"))
    sgn = -1 if kind == "mirror" else 1

    def mp(pts, part):
        if kind == "mirror" and part in ("out", "back"):
            return [(-x, y) for x, y in pts]
        return pts
    g = {
        "kind": kind, "etype": w.get("etype_drawn", etype), "f": f,
        "obj": (-odo, oho),
        "img": (w.get("img_x", sgn * di), w.get("img_h", hi)),
        "virtual": di < 0,
        "rays": [(mp(p, part), dash) for p, dash, part in rays],
    }
    fm = w.get("fmark", f)
    if kind == "lens":
        g["marks"] = [(-fm, "F"), (fm, "F'"), (-2 * fm, "2F"), (2 * fm, "2F'")]
    else:
        x = -fm if etype == "converging" else fm
        g["marks"] = [(x, "F"), (2 * x, "C")]
    # for a drawn-virtual image (placed by a wrong or not) use a dashed arrow if it sits where light doesn't go
    ix = g["img"][0]
    g["img_dashed"] = (ix < 0) if kind == "lens" else (ix > 0)
    return g


# ------------------------------------------------------------------ matplotlib renderer
def _mpl_draw(g, st) -> bytes:
    import numpy as np
    matplotlib, plt = _mpl()
    np.random.seed(11)
    rc = {"font.family": st.get("font", "DejaVu Sans")}
    ctx = plt.xkcd(scale=1, length=120, randomness=2) if st.get("xkcd") else plt.rc_context(rc)
    with ctx:
        fig, ax = plt.subplots(figsize=st["size"], facecolor=st.get("bg", "white"))
        ax.set_facecolor(st.get("bg", "white"))
        lw = st.get("lw", 1.5)
        ink = st.get("ink", "black")
        rc_cols = st.get("raycols", ["#d62728", "#2ca02c", "#1f77b4"])
        xs = [p[0] for r, _ in g["rays"] for p in r] + [g["obj"][0], g["img"][0]] + [m[0] for m in g["marks"]]
        ys = [p[1] for r, _ in g["rays"] for p in r] + [g["obj"][1], g["img"][1], 0]
        x0, x1 = min(xs) - 3, max(xs) + 3 + 0.1 * (max(xs) - min(xs))
        hmax = max(abs(g["obj"][1]), abs(g["img"][1]), 1)
        H = max(hmax * 1.6, (x1 - x0) * 0.12)
        ax.axhline(0, color=ink, lw=lw * 0.6, ls=st.get("axis_ls", "-"), zorder=1)
        # element
        if g["kind"] == "lens":
            if st.get("lens_shape", True):
                if g["etype"] == "converging":
                    from matplotlib.patches import Ellipse
                    ax.add_patch(Ellipse((0, 0), (x1 - x0) * 0.025, 2 * H * 0.85, fc=st.get("glass", "#cfe8ff"),
                                         ec=ink, lw=lw, zorder=2, alpha=0.9))
                else:
                    t = (x1 - x0) * 0.012
                    yy = np.linspace(-H * 0.85, H * 0.85, 50)
                    xr = t + 2.5 * t * (yy / (H * 0.85)) ** 2
                    xs_ = np.concatenate([xr, -xr[::-1]])
                    ys_ = np.concatenate([yy, yy[::-1]])
                    ax.fill(xs_, ys_, fc=st.get("glass", "#cfe8ff"), ec=ink, lw=lw, zorder=2, alpha=0.9)
            else:
                style = "<->" if g["etype"] == "converging" else ">-<"
                ax.annotate("", (0, H * 0.85), (0, -H * 0.85),
                            arrowprops=dict(arrowstyle=style, lw=lw * 1.2, color=ink, mutation_scale=14))
            ax.text(0, H * 0.92, f"{g['etype']} lens", ha="center", va="bottom", fontsize=st.get("fs", 10),
                    color=ink)
        else:
            yy = np.linspace(-H * 0.85, H * 0.85, 60)
            k = (x1 - x0) * 0.03 / (H * 0.85) ** 2
            xm = -k * yy ** 2 if g["etype"] == "converging" else k * yy ** 2
            ax.plot(xm, yy, color=ink, lw=lw * 1.8, zorder=2)
            for y in np.linspace(-H * 0.8, H * 0.8, 14):
                xx = (-k if g["etype"] == "converging" else k) * y ** 2
                ax.plot([xx, xx + (x1 - x0) * 0.015], [y, y - H * 0.06], color=ink, lw=lw * 0.6)
            name = "concave mirror" if g["etype"] == "converging" else "convex mirror"
            ax.text(0, H * 0.92, name, ha="center", va="bottom", fontsize=st.get("fs", 10), color=ink)
        # focal marks
        for x, lab in g["marks"]:
            ax.plot([x], [0], marker="o", ms=st.get("ms", 4), color=ink, zorder=3)
            ax.text(x, -H * 0.09, lab, ha="center", va="top", fontsize=st.get("fs", 10), color=ink)
        # rays
        for i, (pts, dash) in enumerate(g["rays"]):
            px, py = zip(*pts)
            c = rc_cols[(i // 2) % len(rc_cols)] if not dash else st.get("dashcol", "#7f7f7f")
            ax.plot(px, py, color=c, lw=lw * 0.8, ls="--" if dash else "-", zorder=2)
        # object and image arrows
        ox, oh = g["obj"]
        ax.annotate("", (ox, oh), (ox, 0), arrowprops=dict(arrowstyle="-|>", lw=lw * 1.6, color=st.get("objcol", ink),
                                                           mutation_scale=16))
        ax.text(ox, oh + (0.08 * H if oh > 0 else -0.08 * H), "object", ha="center",
                va="bottom" if oh > 0 else "top", fontsize=st.get("fs", 10), color=st.get("objcol", ink))
        ix, ih = g["img"]
        ax.annotate("", (ix, ih), (ix, 0), arrowprops=dict(arrowstyle="-|>", lw=lw * 1.6, color=st.get("imgcol", ink),
                                                           ls="--" if g["img_dashed"] else "-", mutation_scale=16))
        ax.text(ix, ih + (0.08 * H if ih > 0 else -0.08 * H), "image", ha="center",
                va="bottom" if ih > 0 else "top", fontsize=st.get("fs", 10), color=st.get("imgcol", ink))
        ax.set_xlim(x0, x1)
        ax.set_ylim(-H * 1.15, H * 1.2)
        if st.get("axes"):
            ax.grid(True, color="#e3e3e3", lw=0.7)
            ax.set_axisbelow(True)
            ax.set_xlabel("position along axis (cm)")
            ax.set_ylabel("height (cm)")
        else:
            ax.axis("off")
        if st.get("title"):
            ax.set_title(st["title"], fontsize=st.get("fs", 10) + 1, color=ink)
        if st.get("legend"):
            from matplotlib.lines import Line2D
            hs = [Line2D([], [], color=rc_cols[0]), Line2D([], [], color=rc_cols[1]),
                  Line2D([], [], color=rc_cols[2])]
            ax.legend(hs, ["parallel ray", "central ray", "focal ray"], loc="lower left", fontsize=8, framealpha=1)
        fig.tight_layout()
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=st["dpi"], facecolor=fig.get_facecolor(), metadata={"Software": None})
        plt.close(fig)
    return buf.getvalue()


# ------------------------------------------------------------------ PIL renderer
def _pil_draw(g, st) -> bytes:
    from PIL import Image, ImageDraw, ImageFont
    W, H = st["px"]
    bg, ink, ray = st["bg"], st["ink"], st["ray"]
    img = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(_DEJAVU + st.get("font", "DejaVuSans.ttf"), st.get("fs", 16))
    xs = [p[0] for r, _ in g["rays"] for p in r] + [g["obj"][0], g["img"][0]] + [m[0] for m in g["marks"]]
    x0, x1 = min(xs) - 3, max(xs) + 3 + 0.18 * (max(xs) - min(xs))
    s = (W - 40) / (x1 - x0)
    hmax = max(abs(g["obj"][1]), abs(g["img"][1]), 1)
    if hmax * s > H * 0.38:
        s = H * 0.38 / hmax
    cx = 20 + (0 - x0) * (W - 40) / (x1 - x0)
    cy = H // 2
    lw = st.get("lw", 2)

    def P(x, y):
        return (cx + x * s, cy - y * s)

    def clipline(a, b, dashed, col, width):
        (xa, ya), (xb, yb) = P(*a), P(*b)
        if not dashed:
            d.line([xa, ya, xb, yb], fill=col, width=width)
            return
        n = max(int(((xb - xa) ** 2 + (yb - ya) ** 2) ** 0.5 / 9), 1)
        for i in range(0, n, 2):
            t0, t1 = i / n, min((i + 1) / n, 1)
            d.line([xa + (xb - xa) * t0, ya + (yb - ya) * t0, xa + (xb - xa) * t1, ya + (yb - ya) * t1],
                   fill=col, width=width)

    def arrow(x, h, col, dashed=False):
        clipline((x, 0), (x, h), dashed, col, lw + 2)
        tx, ty = P(x, h)
        sg = 1 if h > 0 else -1
        d.polygon([(tx, ty), (tx - 8, ty + sg * 14), (tx + 8, ty + sg * 14)], fill=col)

    d.line([10, cy, W - 10, cy], fill=ink, width=1)
    Hh = H * 0.42
    if g["kind"] == "lens":
        d.line([cx, cy - Hh, cx, cy + Hh], fill=ink, width=lw + 1)
        for sg in (1, -1):
            tip = cy - sg * Hh
            if g["etype"] == "converging":
                d.polygon([(cx, tip), (cx - 10, tip + sg * 16), (cx + 10, tip + sg * 16)], fill=ink)
            else:
                d.polygon([(cx - 10, tip), (cx + 10, tip), (cx, tip + sg * 16)], fill=ink)
        d.text((cx + 8, cy - Hh - 4), f"{g['etype']} lens", font=font, fill=ink)
    else:
        pts = []
        for i in range(41):
            y = -Hh + 2 * Hh * i / 40
            k = 22 / Hh ** 2
            pts.append((cx + (-k if g["etype"] == "converging" else k) * y * y, cy + y))
        d.line(pts, fill=ink, width=lw + 2)
        for x, y in pts[::3]:
            d.line([x, y, x + 10, y + 10], fill=ink, width=1)
        name = "concave mirror" if g["etype"] == "converging" else "convex mirror"
        d.text((cx + 8, cy - Hh - 22), name, font=font, fill=ink)
    for x, lab in g["marks"]:
        px, py = P(x, 0)
        d.ellipse([px - 4, py - 4, px + 4, py + 4], fill=ink)
        d.text((px - 6, py + 8), lab, font=font, fill=ink)
    for pts, dash in g["rays"]:
        clipline(pts[0], pts[1], dash, ray if not dash else st.get("dash", ray), max(lw - 1, 1))
    arrow(g["obj"][0], g["obj"][1], st.get("objcol", ink))
    ox, oy = P(*g["obj"])
    d.text((ox - 24, oy - 24 if g["obj"][1] > 0 else oy + 6), "object", font=font, fill=st.get("objcol", ink))
    arrow(g["img"][0], g["img"][1], st.get("imgcol", ink), g["img_dashed"])
    ix, iy = P(*g["img"])
    d.text((ix - 22, iy - 24 if g["img"][1] > 0 else iy + 6), "image", font=font, fill=st.get("imgcol", ink))
    if st.get("caption"):
        d.text((14, 10), st["caption"], font=font, fill=ink)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


# ------------------------------------------------------------------ cases
def _case(cid, text, tool, style, kind, etype, f, do, ho, wrongs, render, st):
    """wrongs: {name: overrides}; each override is ONE error against a fact in the text."""
    def draw(wrong):
        if wrong is not None and wrong not in wrongs:
            raise KeyError(wrong)
        g = _geom(kind, etype, f, do, ho, wrongs.get(wrong))
        return render(g, st)
    return {"id": cid, "text": text, "tool": tool, "style": style, "draw": draw, "wrongs": list(wrongs)}


def cases() -> list[dict]:
    out = []
    # 1. converging lens f=10, do=30 -> di=15, m=-0.5 (ho free: 4 -> hi=-2)
    out.append(_case("heldout-optics-01", "an object 30 cm from a converging lens with f = 10 cm",
                     "matplotlib", "xkcd", "lens", "converging", 10, 30, 4, {
                         "image_upright": {"img_h": 2.0},         # real image of a lens must be inverted
                         "image_at_30cm": {"img_x": 30.0},        # di=15 from f=10, do=30
                         "image_object_side": {"img_x": -15.0},   # real image belongs beyond the lens
                         "focus_at_20cm": {"fmark": 20.0},        # stated f = 10 cm
                     }, _mpl_draw, {"xkcd": True, "size": (9, 4.2), "dpi": 100, "lw": 1.8, "fs": 12,
                                    "title": "f = 10 cm, object at 30 cm"}))
    # 2. diverging lens f=15, ho=3, do=20 -> di=-60/7=-8.57, hi=+1.29 upright virtual
    out.append(_case("heldout-optics-02", "A diverging lens of focal length 15 cm with a 3 cm tall object 20 cm away",
                     "pil", "line-art", "lens", "diverging", 15, 20, 3, {
                         "image_inverted": {"img_h": -9.0 / 7.0},  # virtual image of a diverging lens is upright
                         "image_far_side": {"img_x": 60.0 / 7.0},  # virtual image sits on the object side
                         "image_enlarged": {"img_h": 4.5},         # m = 0.43: image smaller than the 3 cm object
                         "lens_drawn_converging": {"etype_drawn": "converging"},  # stated diverging
                     }, _pil_draw, {"px": (1000, 560), "bg": (255, 255, 255), "ink": (0, 0, 0), "ray": (200, 0, 0),
                                    "dash": (120, 120, 120), "lw": 2, "caption": "diverging lens, f = 15 cm, h_o = 3 cm"}))
    # 3. concave mirror f=10, do=5 -> di=-10 (behind), m=2 (ho free: 2 -> hi=4)
    out.append(_case("heldout-optics-03", "a concave mirror with focal length 10 cm and an object 5 cm in front of it",
                     "matplotlib", "pastel-grid-axes", "mirror", "converging", 10, 5, 2, {
                         "image_in_front": {"img_x": -10.0},       # virtual image is behind the mirror
                         "image_inverted": {"img_h": -4.0},        # virtual image upright
                         "mirror_drawn_convex": {"etype_drawn": "diverging"},  # stated concave
                         "image_same_size": {"img_h": 2.0},        # m = 2 from f=10, do=5
                     }, _mpl_draw, {"axes": True, "size": (8, 5), "dpi": 120, "lw": 1.6,
                                    "raycols": ["#e377c2", "#17becf", "#bcbd22"], "objcol": "#1f4e79",
                                    "imgcol": "#8c564b", "title": "Concave mirror, f = 10 cm, object at 5 cm"}))
    # 4. convex mirror R=40 -> f=20, do=60, ho=5 -> di=-15 (behind), hi=1.25
    out.append(_case("heldout-optics-04",
                     "a convex mirror with R = 40 cm forms a virtual image of a 5 cm tall object 60 cm away",
                     "matplotlib", "serif-textbook", "mirror", "diverging", 20, 60, 5, {
                         "image_in_front": {"img_x": -15.0},        # stated virtual: behind the mirror
                         "image_inverted": {"img_h": -1.25},        # virtual image upright
                         "image_height_3x": {"img_h": 3.75},        # m = 0.25 -> 1.25 cm
                         "object_at_40cm": {"obj_d": 40.0},         # stated 60 cm away
                     }, _mpl_draw, {"font": "DejaVu Serif", "size": (10, 4), "dpi": 130, "lw": 1.0, "fs": 11,
                                    "raycols": ["black", "black", "black"], "bg": "#fffef8",
                                    "lens_shape": True, "title": "Convex mirror (R = 40 cm)"}))
    # 5. converging f=8, do=12 -> di=24, m=-2 (ho free: 1.5 -> hi=-3)
    out.append(_case("heldout-optics-05",
                     "An object is placed 12 cm to the left of a thin converging lens whose focal length is 8 cm.",
                     "matplotlib", "mono-hairline-72dpi", "lens", "converging", 8, 12, 1.5, {
                         "image_upright": {"img_h": 3.0},           # real image inverted
                         "image_at_12cm": {"img_x": 12.0},          # di = 24 cm
                         "image_same_size": {"img_h": -1.5},        # m = -2
                         "object_at_20cm": {"obj_d": 20.0},         # stated 12 cm
                     }, _mpl_draw, {"font": "DejaVu Sans Mono", "size": (6, 2.6), "dpi": 72, "lw": 0.6, "fs": 8,
                                    "lens_shape": False, "ms": 2.5, "raycols": ["#444444"] * 3}))
    # 6. concave mirror f=10, do=30, ho=4 -> di=15 real in front, hi=-2
    out.append(_case("heldout-optics-06",
                     "a concave mirror with focal length 10 cm and a 4 cm tall object 30 cm in front of it",
                     "pil", "chalkboard", "mirror", "converging", 10, 30, 4, {
                         "image_behind_mirror": {"img_x": 15.0},    # real image in front of a concave mirror
                         "image_upright": {"img_h": 2.0},           # real image inverted
                         "image_at_C": {"img_x": -20.0},            # di = 15 cm, not at C (20 cm)
                     }, _pil_draw, {"px": (820, 520), "bg": (28, 58, 44), "ink": (240, 240, 230),
                                    "ray": (250, 220, 120), "dash": (180, 180, 170), "lw": 3,
                                    "font": "DejaVuSans-Bold.ttf", "fs": 17, "objcol": (140, 200, 255),
                                    "imgcol": (255, 150, 150), "caption": "concave mirror  f = 10 cm"}))
    # 7. converging f=10, ho=2, do=20 -> di=20, hi=-2
    out.append(_case("heldout-optics-07", "a converging lens with f = 10 cm and a 2 cm tall object 20 cm away",
                     "matplotlib", "legend-box", "lens", "converging", 10, 20, 2, {
                         "image_upright": {"img_h": 2.0},           # real image inverted
                         "image_enlarged": {"img_h": -4.0},         # m = -1 at 2F
                         "image_at_F": {"img_x": 10.0},             # di = 20 cm
                     }, _mpl_draw, {"size": (12, 5), "dpi": 110, "lw": 2.6, "fs": 12, "legend": True,
                                    "raycols": ["#e41a1c", "#377eb8", "#4daf4a"], "glass": "#e0f3db",
                                    "title": "Converging lens, f = 10 cm"}))
    return out
