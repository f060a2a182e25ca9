"""Geometry figures drawn by matplotlib the way a person scripting it would (issue 10).

Each figure's corners are computed here from the text's own facts (side lengths, angles) with plain
trigonometry — never nesy's solver — then rotated by an arbitrary angle, scaled to the figure, and drawn
with matplotlib in one of two styles:

- ``colour``: coloured sides (tab palette), a light fill, vertex dots, sans-serif labels in colour, side
  lengths beside the sides' middles, stated angles written inside their corners, no marks;
- ``bw``: black textbook line work, serif text, a right-angle square at right angles and an arc at other
  stated angles.

Wrongs (one each): ``angle`` (a corner's angle changed by 15–20°, labels unchanged), ``ratio`` (one side
drawn 30 % longer or shorter), ``swap`` (two vertex letters swapped where that changes a named fact),
``value`` (a written length or angle changed), ``rightmark`` (the right-angle square at another corner).
"""
from __future__ import annotations

import io
import math

SCIENCE = "geometry"


def _tri_sas(b: float, c: float, A: float) -> list[tuple[float, float]]:
    """Corners A, B, C from AB = c, AC = b and the angle A (degrees)."""
    a = math.radians(A)
    return [(0.0, 0.0), (c, 0.0), (b * math.cos(a), b * math.sin(a))]


def _tri_sss(a: float, b: float, c: float) -> list[tuple[float, float]]:
    """Corners A, B, C from BC = a, CA = b, AB = c (law of cosines)."""
    A = math.degrees(math.acos((b * b + c * c - a * a) / (2 * b * c)))
    return _tri_sas(b, c, A)


def _regular(n: int, s: float) -> list[tuple[float, float]]:
    R = s / (2 * math.sin(math.pi / n))
    return [(R * math.cos(2 * math.pi * k / n - math.pi / 2 - math.pi / n),
             R * math.sin(2 * math.pi * k / n - math.pi / 2 - math.pi / n)) for k in range(n)]


def _parallelogram(w: float, h: float, ang: float = 90.0) -> list[tuple[float, float]]:
    a = math.radians(ang)
    return [(0.0, 0.0), (w, 0.0), (w + h * math.cos(a), h * math.sin(a)), (h * math.cos(a), h * math.sin(a))]


def _draw(P, names, *, style: str, rot: float, side_labels=(), angle_labels=(), right=(), arcs=(), dpi=100,
          size=(5.0, 4.2), font=None, fontsize=13) -> bytes:
    """Draw the polygon ``P`` (unit coordinates) rotated by ``rot`` degrees. ``side_labels``: (i, j, text) —
    text beside side i–j; ``angle_labels``: (i, text) inside corner i; ``right``: corners with a right-angle
    square; ``arcs``: corners with an angle arc (bw style)."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np
    t = math.radians(rot)
    Rm = np.array([[math.cos(t), -math.sin(t)], [math.sin(t), math.cos(t)]])
    Q = np.asarray(P, float) @ Rm.T
    n = len(Q)
    cen = Q.mean(axis=0)
    span = float(np.ptp(Q, axis=0).max())
    colour = style == "colour"
    edge = "tab:blue" if colour else "black"
    txt = "tab:red" if colour else "black"
    fam = font or ("DejaVu Sans" if colour else "DejaVu Serif")
    fig, ax = plt.subplots(figsize=size, dpi=dpi)
    poly = np.vstack([Q, Q[:1]])
    if colour:
        ax.fill(Q[:, 0], Q[:, 1], color="tab:orange", alpha=0.18, lw=0)
    ax.plot(poly[:, 0], poly[:, 1], color=edge, lw=2.2 if colour else 1.6, solid_joinstyle="miter")
    if colour:
        ax.plot(Q[:, 0], Q[:, 1], "o", color="tab:green", ms=5)
    for i, nm in enumerate(names):
        d = Q[i] - cen
        d = d / (np.linalg.norm(d) or 1.0)
        x, y = Q[i] + d * 0.07 * span
        ax.text(x, y, nm, ha="center", va="center", fontsize=fontsize + 2, color=txt, family=fam,
                fontweight="bold" if colour else "normal")
    for i, j, s in side_labels:
        m = (Q[i] + Q[j]) / 2
        u = Q[j] - Q[i]
        nrm = np.array([u[1], -u[0]]) / (np.linalg.norm(u) or 1.0)
        if np.dot(nrm, m - cen) < 0:
            nrm = -nrm
        x, y = m + nrm * 0.08 * span
        ax.text(x, y, s, ha="center", va="center", fontsize=fontsize, color="tab:purple" if colour else "black",
                family=fam)
    sq = 0.06 * span
    for i in right:
        u = Q[(i + 1) % n] - Q[i]
        v = Q[i - 1] - Q[i]
        u, v = u / np.linalg.norm(u) * sq, v / np.linalg.norm(v) * sq
        pts = np.array([Q[i] + u, Q[i] + u + v, Q[i] + v])
        ax.plot(pts[:, 0], pts[:, 1], color=edge, lw=1.0)
    for i in arcs:
        u = Q[(i + 1) % n] - Q[i]
        v = Q[i - 1] - Q[i]
        a0, a1 = math.atan2(u[1], u[0]), math.atan2(v[1], v[0])
        if (a1 - a0) % (2 * math.pi) > math.pi:
            a0, a1 = a1, a0
        a1 = a0 + (a1 - a0) % (2 * math.pi)
        ts = np.linspace(a0, a1, 40)
        r = 0.09 * span
        ax.plot(Q[i][0] + r * np.cos(ts), Q[i][1] + r * np.sin(ts), color=edge, lw=1.0)
    for i, s in angle_labels:
        u = Q[(i + 1) % n] - Q[i]
        v = Q[i - 1] - Q[i]
        b = u / np.linalg.norm(u) + v / np.linalg.norm(v)
        b = b / (np.linalg.norm(b) or 1.0)
        x, y = Q[i] + b * 0.17 * span
        ax.text(x, y, s, ha="center", va="center", fontsize=fontsize - 1, color=txt, family=fam)
    ax.set_aspect("equal")
    pad = 0.2 * span
    ax.set_xlim(Q[:, 0].min() - pad, Q[:, 0].max() + pad)
    ax.set_ylim(Q[:, 1].min() - pad, Q[:, 1].max() + pad)
    ax.axis("off")
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, facecolor="white")
    plt.close(fig)
    return buf.getvalue()


def _case(cid: str, text: str, style: str, build, wrongs: list[str]) -> dict:
    return {"id": cid, "text": text, "tool": "matplotlib", "style": style,
            "draw": lambda wrong=None: build(wrong), "wrongs": wrongs}


def cases() -> list[dict]:
    out = []

    # 1. SAS, named: AB = 5, AC = 7, angle A = 60
    def sas(wrong, style="colour", rot=12.0, dpi=100):
        A = 75.0 if wrong == "angle" else 60.0
        c = 6.5 if wrong == "ratio" else 5.0
        P = _tri_sas(7.0, c, A)
        names = ["A", "C", "B"] if wrong == "swap" else ["A", "B", "C"]
        return _draw(P, names, style=style, rot=rot, dpi=dpi,
                     side_labels=[(0, 1, "5 cm"), (0, 2, "8 cm" if wrong == "value" else "7 cm")],
                     angle_labels=[(0, "60°")], arcs=[0] if style == "bw" else [])
    out.append(_case("sas-colour", "Triangle ABC with AB = 5 cm, AC = 7 cm and angle A = 60°.", "colour",
                     sas, ["angle", "ratio", "swap", "value"]))
    out.append(_case("sas-bw", "Triangle ABC with AB = 5 cm, AC = 7 cm and angle A = 60°.", "bw",
                     lambda w: sas(w, "bw", -100.0, 80), ["angle", "ratio", "swap", "value"]))

    # 2. right triangle from its legs (right angle at C, drawn first)
    def right(wrong, style="bw", rot=0.0, dpi=110):
        C = 75.0 if wrong == "angle" else 90.0
        b = 5.5 if wrong == "ratio" else 4.0
        P = _tri_sas(b, 3.0, C)          # corner 0 is the right angle
        mark = [1] if wrong == "rightmark" else [0]
        return _draw(P, ["C", "A", "B"], style=style, rot=rot, dpi=dpi, right=mark,
                     side_labels=[(0, 1, "3 cm"), (0, 2, "5 cm" if wrong == "value" else "4 cm")])
    out.append(_case("right-bw", "A right triangle with legs 3 cm and 4 cm.", "bw", right,
                     ["angle", "ratio", "rightmark", "value"]))

    # 3. isosceles from base and base angles: base AB, apex C (nesy names its apex A)
    def iso(wrong, style="colour", rot=-8.0, dpi=90):
        b1 = 65.0 if wrong == "angle" else 50.0
        P = [(0.0, 0.0), (6.0, 0.0)]
        # apex from the two base angles
        t1, t2 = math.tan(math.radians(b1)), math.tan(math.radians(50.0))
        x = 6.0 * t2 / (t1 + t2)
        P.append((x, x * t1))
        return _draw(P, ["A", "B", "C"], style=style, rot=rot, dpi=dpi,
                     side_labels=[(0, 1, "8 cm" if wrong == "value" else "6 cm")],
                     angle_labels=[(0, "50°"), (1, "40°" if wrong == "anglelabel" else "50°")])
    out.append(_case("isosceles-colour", "An isosceles triangle with base 6 cm and base angles 50°.", "colour",
                     iso, ["angle", "value", "anglelabel"]))

    # 4. square
    def square(wrong, style="bw", rot=25.0, dpi=100):
        if wrong == "ratio":
            P = _parallelogram(4.0, 5.2)
        elif wrong == "angle":
            P = _parallelogram(4.0, 4.0, 75.0)
        else:
            P = _parallelogram(4.0, 4.0)
        return _draw(P, ["A", "B", "C", "D"], style=style, rot=rot, dpi=dpi, right=[0] if style == "bw" else [],
                     side_labels=[(0, 1, "5 cm" if wrong == "value" else "4 cm")])
    out.append(_case("square-bw", "A square ABCD with side 4 cm.", "bw", square, ["angle", "ratio", "value"]))
    out.append(_case("square-colour", "A square ABCD with side 4 cm.", "colour",
                     lambda w: square(w, "colour", 0.0, 72), ["angle", "ratio", "value"]))

    # 5. rectangle
    def rect(wrong, style="colour", rot=-15.0, dpi=120):
        h = 4.5 if wrong == "ratio" else 3.0
        P = _parallelogram(6.0, h, 72.0 if wrong == "angle" else 90.0)
        return _draw(P, ["A", "B", "C", "D"], style=style, rot=rot, dpi=dpi, size=(6.0, 4.0),
                     side_labels=[(0, 1, "6 cm"), (1, 2, "4 cm" if wrong == "value" else "3 cm")])
    out.append(_case("rectangle-colour", "A rectangle ABCD with width 6 cm and height 3 cm.", "colour", rect,
                     ["angle", "ratio", "value"]))

    # 6. regular hexagon
    def hexa(wrong, style="bw", rot=5.0, dpi=100):
        P = _regular(6, 2.0)
        if wrong == "angle":
            P[2] = (P[2][0] * 1.3, P[2][1] * 1.3)
        elif wrong == "ratio":
            P = [(x * 1.3, y) for x, y in P]
        return _draw(P, list("ABCDEF"), style=style, rot=rot, dpi=dpi,
                     side_labels=[(0, 1, "3 cm" if wrong == "value" else "2 cm")])
    out.append(_case("hexagon-bw", "A regular hexagon with side 2 cm.", "bw", hexa, ["angle", "ratio", "value"]))

    # 7. SSS, named
    def sss(wrong, style="colour", rot=40.0, dpi=100):
        c = 5.5 if wrong == "ratio" else 4.0
        P = _tri_sss(5.0, 6.0, c)
        if wrong == "angle":
            P = _tri_sas(6.0, c, math.degrees(math.acos((36 + 16 - 25) / 48)) + 18)
        names = ["B", "A", "C"] if wrong == "swap" else ["A", "B", "C"]
        return _draw(P, names, style=style, rot=rot, dpi=dpi,
                     side_labels=[(0, 1, "4 cm"), (1, 2, "5 cm"), (2, 0, "7 cm" if wrong == "value" else "6 cm")])
    out.append(_case("sss-colour", "Triangle ABC with AB = 4 cm, BC = 5 cm and CA = 6 cm.", "colour", sss,
                     ["angle", "ratio", "swap", "value"]))

    # 8. equilateral
    def equi(wrong, style="bw", rot=180.0, dpi=90):
        P = _tri_sas(6.0, 6.0, 75.0 if wrong == "angle" else 60.0)
        if wrong == "ratio":
            P = _tri_sas(6.0, 8.0, 60.0)
        return _draw(P, ["A", "B", "C"], style=style, rot=rot, dpi=dpi, size=(4.0, 4.0), fontsize=14,
                     side_labels=[(1, 2, "7 cm" if wrong == "value" else "6 cm")])
    out.append(_case("equilateral-bw", "An equilateral triangle ABC with side 6 cm.", "bw", equi,
                     ["angle", "ratio", "value"]))

    # 9. right triangle from hypotenuse and an angle
    def hyp(wrong, style="bw", rot=-30.0, dpi=100):
        A = 42.0 if wrong == "angle" else 30.0
        P = [(0.0, 0.0), (10 * math.cos(math.radians(A)), 0.0)]
        P.append((P[1][0], 10 * math.sin(math.radians(A))))
        return _draw(P, ["A", "C", "B"], style=style, rot=rot, dpi=dpi, right=[0] if wrong == "rightmark" else [1],
                     arcs=[0], angle_labels=[(0, "30°")],
                     side_labels=[(0, 2, "12 cm" if wrong == "value" else "10 cm")])
    out.append(_case("hypotenuse-bw", "A right-angled triangle with hypotenuse 10 cm and an angle of 30 degrees.",
                     "bw", hyp, ["angle", "rightmark", "value"]))
    return out
