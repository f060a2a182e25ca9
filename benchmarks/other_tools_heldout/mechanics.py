"""Held-out free-body diagrams drawn by other tools (mechanics).

Written by an outside helper (set B) without reading nesy's figure readers or verifiers. g = 9.8 m/s²; forces
are drawn from the body's centre, lengths roughly proportional to magnitude, labelled in N. Styles:
matplotlib xkcd (seeded sketch), matplotlib pastel with gridlines, matplotlib serif textbook with hatched
floor, matplotlib monospace hairline at 72 dpi, raw PIL whiteboard marker, PIL thick-stroke quick script.
"""
from __future__ import annotations

import io
import logging
import math

SCIENCE = "mechanics"

logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
_DEJAVU = "/usr/share/fonts/truetype/dejavu/"
G = 9.8


def _mpl():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    return matplotlib, plt


def _fmt(v):
    return f"{v:.1f}".rstrip("0").rstrip(".")


# ------------------------------------------------------------------ matplotlib renderer
def _mpl_fbd(sc, st) -> bytes:
    """sc: {"support": "incline"|"horizontal"|"hanging", "angle": deg (incline), "mass": str,
    "forces": [(label, direction_deg, magnitude_N)], "angle_label": str}"""
    import numpy as np
    _, plt = _mpl()
    np.random.seed(3)
    ctx = plt.xkcd(scale=1, length=100, randomness=2) if st.get("xkcd") else \
        plt.rc_context({"font.family": st.get("font", "DejaVu Sans")})
    with ctx:
        fig, ax = plt.subplots(figsize=st["size"], facecolor=st.get("bg", "white"))
        ax.set_facecolor(st.get("bg", "white"))
        ax.set_aspect("equal")
        ink, lw, fs = st.get("ink", "black"), st.get("lw", 1.5), st.get("fs", 11)
        b = 1.0  # block side
        sup = sc["support"]
        if sup == "incline":
            th = math.radians(sc["angle"])
            L = 6.0
            tri = np.array([[0, 0], [L, 0], [L, L * math.tan(th)]])
            ax.fill(tri[:, 0], tri[:, 1], fc=st.get("ground", "#e8e8e8"), ec=ink, lw=lw,
                    hatch=st.get("hatch"))
            u = np.array([math.cos(th), math.sin(th)])
            n = np.array([-math.sin(th), math.cos(th)])
            foot = u * (L * 0.55 / math.cos(th) * math.cos(th))
            c = foot + n * b / 2
            corners = [foot - u * b / 2, foot + u * b / 2, foot + u * b / 2 + n * b, foot - u * b / 2 + n * b]
            ax.add_patch(plt.Polygon(corners, fc=st.get("block", "#b5cde0"), ec=ink, lw=lw, zorder=3))
            t = np.linspace(0, th, 30)
            ax.plot(1.3 * np.cos(t), 1.3 * np.sin(t), color=ink, lw=lw * 0.7)
            ax.text(1.45 * math.cos(th / 2), 1.45 * math.sin(th / 2) - 0.05, sc["angle_label"], fontsize=fs,
                    va="center", color=ink)
        elif sup == "horizontal":
            ax.plot([-3.2, 3.2], [0, 0], color=ink, lw=lw * 1.3)
            if st.get("hatch_floor", True):
                for x in np.arange(-3.1, 3.2, 0.3):
                    ax.plot([x, x - 0.2], [0, -0.25], color=ink, lw=lw * 0.6)
            c = np.array([0.0, b / 2])
            ax.add_patch(plt.Rectangle((-b / 2, 0), b, b, fc=st.get("block", "#b5cde0"), ec=ink, lw=lw, zorder=3))
        else:  # hanging
            ax.plot([-1.5, 1.5], [4.0, 4.0], color=ink, lw=lw * 1.3)
            for x in np.arange(-1.4, 1.5, 0.25):
                ax.plot([x, x + 0.18], [4.0, 4.22], color=ink, lw=lw * 0.6)
            ax.plot([0, 0], [4.0, 1.0], color=st.get("rope", "#8b5a2b"), lw=lw * 1.2)
            c = np.array([0.0, 0.5])
            ax.add_patch(plt.Rectangle((-b / 2, 0), b, b, fc=st.get("block", "#b5cde0"), ec=ink, lw=lw, zorder=3))
        ax.text(c[0], c[1], f"{sc['mass']} kg", ha="center", va="center", fontsize=fs - 1, zorder=5, color=ink,
                rotation=sc.get("angle", 0) if sup == "incline" else 0)
        cols = st.get("fcols", ["#c0392b"])
        pts = [np.array(p_) for p_ in (ax.dataLim.min, ax.dataLim.max)] if sup != "incline" else \
            [np.array(p_) for p_ in tri]
        if sup == "horizontal":
            pts += [np.array([-3.2, -0.3]), np.array([3.2, 1.0])]
        elif sup == "hanging":
            pts += [np.array([-1.5, 0.0]), np.array([1.5, 4.3])]
        fmax = max(m for _, _, m in sc["forces"])
        for i, (lab, ang, mag) in enumerate(sc["forces"]):
            ln = 1.0 + 1.8 * (mag / fmax) ** 0.5
            d = np.array([math.cos(math.radians(ang)), math.sin(math.radians(ang))])
            k = sum(1 for _, a2, _ in sc["forces"][:i] if abs((a2 - ang + 180) % 360 - 180) < 5)
            o = c + np.array([-d[1], d[0]]) * 0.3 * k  # a parallel arrow is set beside, not on top
            tip = o + d * ln
            pts.append(tip + d * 0.9)
            col = cols[i % len(cols)]
            ax.annotate("", tip, o, arrowprops=dict(arrowstyle="-|>", lw=lw * 1.4, color=col, mutation_scale=18,
                                                    shrinkA=0, shrinkB=0), zorder=6)
            off = d * 0.35 + np.array([0.0, 0.0])
            ha = "left" if d[0] > 0.3 else ("right" if d[0] < -0.3 else "center")
            va = "bottom" if d[1] > 0.3 else ("top" if d[1] < -0.3 else "center")
            lx, ly = tip[0] + off[0] * 0.4, tip[1] + off[1] * 0.4
            if k:  # label of a set-beside arrow goes beside its middle
                lx, ly = (o + d * ln * 0.6 + np.array([-d[1], d[0]]) * 0.2)
                ha, va = ("left" if -d[1] >= 0 else "right"), "center"
            ax.text(lx, ly, lab, fontsize=fs, color=col, ha=ha, va=va, zorder=7)
        P_ = np.array(pts)
        (xa, ya), (xb, yb) = P_.min(axis=0), P_.max(axis=0)
        mx, my = 0.08 * (xb - xa), 0.08 * (yb - ya)
        ax.set_xlim(xa - mx, xb + mx)
        ax.set_ylim(ya - my, yb + my)
        if st.get("grid"):
            ax.grid(True, color="#e6e6e6", lw=0.7)
            ax.set_axisbelow(True)
            ax.tick_params(labelsize=7, colors="#999999")
        else:
            ax.axis("off")
        if st.get("title"):
            ax.set_title(st["title"], fontsize=fs + 1, color=ink)
        fig.tight_layout()
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=st["dpi"], facecolor=fig.get_facecolor(), metadata={"Software": None})
        plt.close(fig)
    return buf.getvalue()


# ------------------------------------------------------------------ PIL renderer (horizontal floor)
def _pil_fbd(sc, st) -> bytes:
    from PIL import Image, ImageDraw, ImageFont
    W, H = st["px"]
    img = Image.new("RGB", (W, H), st["bg"])
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(_DEJAVU + st.get("font", "DejaVuSans.ttf"), st.get("fs", 20))
    ink, lw = st["ink"], st.get("lw", 4)
    fy = int(H * 0.62)
    d.line([40, fy, W - 40, fy], fill=ink, width=lw)
    for x in range(50, W - 40, 26):
        d.line([x, fy, x - 16, fy + 18], fill=ink, width=max(lw // 2, 1))
    bs = int(H * 0.2)
    cx, cy = W // 2, fy - bs // 2
    d.rectangle([cx - bs // 2, fy - bs, cx + bs // 2, fy], outline=ink, width=lw, fill=st.get("block"))
    d.text((cx - 22, cy - 12), f"{sc['mass']} kg", font=font, fill=ink)
    fmax = max(m for _, _, m in sc["forces"])
    cols = st.get("fcols", [ink])
    for i, (lab, ang, mag) in enumerate(sc["forces"]):
        ln = H * (0.16 + 0.2 * (mag / fmax) ** 0.5)
        dx, dy = math.cos(math.radians(ang)), -math.sin(math.radians(ang))
        k = sum(1 for _, a2, _ in sc["forces"][:i] if abs((a2 - ang + 180) % 360 - 180) < 5)
        ox, oy = cx - dy * 22 * k, cy + dx * 22 * k  # a parallel arrow is set beside, not on top
        tx, ty = ox + dx * ln, oy + dy * ln
        col = cols[i % len(cols)]
        d.line([ox, oy, tx, ty], fill=col, width=lw)
        px, py = -dy, dx
        hl, hw = 20, 9
        d.polygon([(tx + dx * 4, ty + dy * 4), (tx - dx * hl + px * hw, ty - dy * hl + py * hw),
                   (tx - dx * hl - px * hw, ty - dy * hl - py * hw)], fill=col)
        bb = d.textbbox((0, 0), lab, font=font)
        tw, th = bb[2] - bb[0], bb[3] - bb[1]
        lx = tx + dx * 14 - (tw if dx < -0.3 else (tw / 2 if abs(dx) <= 0.3 else 0))
        ly = ty + dy * 14 - (th if dy < -0.3 else (th / 2 if abs(dy) <= 0.3 else 0)) - 4
        if k:  # label of a set-beside arrow goes beside its middle
            mx_, my_ = ox + dx * ln * 0.6 - dy * 14, oy + dy * ln * 0.6 + dx * 14
            lx, ly = (mx_ if -dy >= 0 else mx_ - tw), my_ - th / 2
        d.text((lx, ly), lab, font=font, fill=col)
    if st.get("caption"):
        d.text((16, 12), st["caption"], font=font, fill=ink)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def _case(cid, text, tool, style, base, wrongs, render, st):
    """base: the correct scene; wrongs: {name: function(scene)->scene} each injecting ONE error."""
    import copy

    def draw(wrong):
        sc = copy.deepcopy(base)
        if wrong is not None:
            sc = wrongs[wrong](sc)
        return render(sc, st)
    return {"id": cid, "text": text, "tool": tool, "style": style, "draw": draw, "wrongs": list(wrongs)}


def _replace(sc, name, new):
    sc["forces"] = [new if f[0].startswith(name) else f for f in sc["forces"]]
    return sc


def _drop(sc, name):
    sc["forces"] = [f for f in sc["forces"] if not f[0].startswith(name)]
    return sc


def _incline(mass, angle, extra):
    W = mass * G
    N = W * math.cos(math.radians(angle))
    return {"support": "incline", "angle": angle, "angle_label": f"{angle}°", "mass": _fmt(mass),
            "forces": [(f"W = {_fmt(W)} N", -90, W), (f"N = {_fmt(N)} N", 90 + angle, N)] + extra}


def _reangle(sc, new):
    """The incline drawn (and labelled) at another angle; forces follow the drawn slope, values unchanged."""
    old = sc["angle"]
    sc["angle"], sc["angle_label"] = new, f"{new}°"
    sc["forces"] = [(l, a if a == -90 else a + (new - old), m) for l, a, m in sc["forces"]]
    return sc


def cases() -> list[dict]:
    out = []
    # 1. 5 kg on 30° incline, at rest with friction: W=49, N=42.4, f = mg sin30 = 24.5 up the slope
    b1 = _incline(5, 30, [("f = 24.5 N", 30, 24.5)])
    out.append(_case("heldout-mechanics-01", "a 5 kg block on a 30° incline with friction μ = 0.7 at rest",
                     "matplotlib", "xkcd", b1, {
                         "friction_downslope": lambda s: _replace(s, "f =", ("f = 24.5 N", 210, 24.5)),  # at rest: up
                         "incline_45": lambda s: _reangle(s, 45),                    # stated 30°
                         "weight_59N": lambda s: _replace(s, "W =", ("W = 59 N", -90, 59)),  # 5 kg -> 49 N
                         "drop_friction": lambda s: _drop(s, "f ="),                 # friction stated
                     }, _mpl_fbd, {"xkcd": True, "size": (6.5, 5.5), "dpi": 100, "lw": 1.6, "fs": 12,
                                   "fcols": ["#1f3b73", "#2e7d32", "#b71c1c"], "ground": "white"}))
    # 2. 10 kg pushed by 40 N at constant velocity: friction 40 N opposite, W = N = 98 N
    b2 = {"support": "horizontal", "mass": "10",
          "forces": [("W = 98 N", -90, 98), ("N = 98 N", 90, 98), ("F = 40 N", 0, 40), ("f = 40 N", 180, 40)]}
    out.append(_case("heldout-mechanics-02",
                     "a 10 kg box on a horizontal floor pushed by a 40 N force, sliding at constant velocity with friction",
                     "pil", "whiteboard", b2, {
                         "friction_with_push": lambda s: _replace(s, "f =", ("f = 40 N", 0.0001, 40)),  # opposes motion
                         "push_60N": lambda s: _replace(s, "F =", ("F = 60 N", 0, 60)),   # stated 40 N
                         "drop_friction": lambda s: _drop(s, "f ="),                       # friction stated
                         "weight_up": lambda s: _replace(s, "W =", ("W = 98 N", 90.0001, 98)),  # weight acts down
                     }, _pil_fbd, {"px": (900, 640), "bg": (252, 252, 250), "ink": (25, 25, 25), "lw": 4, "fs": 24,
                                   "fcols": [(200, 30, 30), (20, 110, 40), (20, 60, 180), (200, 110, 0)],
                                   "caption": "box, v = const"}))
    # 3. 2 kg hanging from a rope: T = W = 19.6 N
    b3 = {"support": "hanging", "mass": "2", "forces": [("T = 19.6 N", 90, 19.6), ("W = 19.6 N", -90, 19.6)]}
    out.append(_case("heldout-mechanics-03", "a 2 kg mass hanging from a rope", "matplotlib", "pastel-grid", b3, {
        "tension_down": lambda s: _replace(s, "T =", ("T = 19.6 N", -89.999, 19.6)),  # rope pulls up
        "weight_29N": lambda s: _replace(s, "W =", ("W = 29.4 N", -90, 29.4)),     # 2 kg -> 19.6 N
        "drop_tension": lambda s: _drop(s, "T ="),                                # rope stated
    }, _mpl_fbd, {"size": (4.0, 6.0), "dpi": 90, "grid": True, "lw": 2.0, "fs": 11,
                  "fcols": ["#6a9fd4", "#e98b8b"], "block": "#fde2b6", "title": "Hanging mass"}))
    # 4. 50 kg crate, rope at 30° above horizontal, T = 200 N, rough floor: W = 490, N = 490 - 200 sin30 = 390
    b4 = {"support": "horizontal", "mass": "50",
          "forces": [("W = 490 N", -90, 490), ("N = 390 N", 90, 390), ("T = 200 N", 30, 200), ("f", 180, 120)]}
    out.append(_case("heldout-mechanics-04",
                     "a 50 kg crate pulled along a rough floor by a rope at 30° above the horizontal with a tension of 200 N",
                     "matplotlib", "serif-textbook", b4, {
                         "rope_below_horizontal": lambda s: _replace(s, "T =", ("T = 200 N", -30, 200)),  # stated above
                         "tension_150N": lambda s: _replace(s, "T =", ("T = 150 N", 30, 150)),      # stated 200 N
                         "rope_at_60": lambda s: _replace(s, "T =", ("T = 200 N", 60, 200)),        # stated 30°
                         "drop_friction": lambda s: _drop(s, "f"),                                   # rough floor
                     }, _mpl_fbd, {"font": "DejaVu Serif", "size": (7, 5), "dpi": 150, "lw": 1.1, "fs": 12,
                                   "fcols": ["black"], "block": "#f2f2f2", "bg": "#fffefa",
                                   "title": "Free-body diagram of the crate"}))
    # 5. 6 kg on frictionless 25° slope, rope parallel: W = 58.8, N = 53.3, T = 58.8 sin25 = 24.8 up the slope
    b5 = _incline(6, 25, [("T = 24.8 N", 25, 24.8)])
    out.append(_case("heldout-mechanics-05",
                     "a 6 kg crate on a frictionless 25° slope held in place by a rope parallel to the slope",
                     "matplotlib", "mono-hairline-72dpi", b5, {
                         "tension_downslope": lambda s: _replace(s, "T =", ("T = 24.8 N", 205, 24.8)),  # holds it up
                         "friction_added": lambda s: (s["forces"].append(("f = 10 N", 25, 10)), s)[1],  # frictionless
                         "rope_horizontal": lambda s: _replace(s, "T =", ("T = 24.8 N", 0, 24.8)),  # stated parallel
                         "incline_40": lambda s: _reangle(s, 40),                                 # stated 25°
                     }, _mpl_fbd, {"font": "DejaVu Sans Mono", "size": (6.5, 4.5), "dpi": 72, "lw": 0.7, "fs": 9,
                                   "fcols": ["#222222"], "block": "white", "ground": "white", "hatch": "///"}))
    # 6. 1 kg block resting: W = N = 9.8 N
    b6 = {"support": "horizontal", "mass": "1", "forces": [("N = 9.8 N", 90, 9.8), ("W = 9.8 N", -90, 9.8)]}
    out.append(_case("heldout-mechanics-06",
                     "a 1 kg block resting on a table with its weight and the normal force", "pil", "thick-script", b6, {
                         "normal_down": lambda s: _replace(s, "N =", ("N = 9.8 N", -89.999, 9.8)),  # table pushes up
                         "drop_weight": lambda s: _drop(s, "W ="),                                  # weight stated
                         "weight_98N": lambda s: _replace(s, "W =", ("W = 98 N", -90, 98)),         # 1 kg -> 9.8 N
                     }, _pil_fbd, {"px": (420, 360), "bg": (255, 255, 255), "ink": (0, 0, 0), "lw": 6, "fs": 16,
                                   "font": "DejaVuSansMono-Bold.ttf", "block": (210, 210, 210)}))
    return out
