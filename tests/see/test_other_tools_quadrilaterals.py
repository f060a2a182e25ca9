"""Every figure nesy draws as corners joined by straight sides is read from another tool's drawing: the
quadrilaterals (parallelogram, rhombus, trapezoid, kite) were refused as "not read" by the polygon reader,
which knew triangles, squares, rectangles and regular polygons only (held-out set 2's parallelogram).

Figures here are plain PIL line drawings of the scene's own corners (the correct one), or of the corners
stretched 1.3× in one direction (a wrong one: its angles and side ratios change)."""
from __future__ import annotations

import io
import math

import pytest

from nesy.domains.geometry import plane_figure
from nesy.pipeline import parse
from nesy.registry import get_domain
from nesy.see import ocr

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _draw(P, names, labels) -> bytes:
    from PIL import Image, ImageDraw, ImageFont
    xs, ys = [p[0] for p in P], [p[1] for p in P]
    s = 300 / max(max(xs) - min(xs), max(ys) - min(ys))
    Q = [(90 + (x - min(xs)) * s, 70 + (max(ys) - y) * s) for x, y in P]      # y up → y down
    im = Image.new("RGB", (int(180 + (max(xs) - min(xs)) * s), int(140 + (max(ys) - min(ys)) * s)), "white")
    d = ImageDraw.Draw(im)
    d.polygon(Q, outline="black", width=3)
    f = ImageFont.truetype(FONT, 20)
    cx, cy = sum(q[0] for q in Q) / len(Q), sum(q[1] for q in Q) / len(Q)
    for (x, y), nm in zip(Q, names):
        n = math.hypot(x - cx, y - cy)
        d.text((x + 22 * (x - cx) / n - 7, y + 22 * (y - cy) / n - 10), nm, fill="black", font=f)
    for i, txt in labels:
        a, b = Q[i], Q[(i + 1) % len(Q)]
        mx, my = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
        n = math.hypot(mx - cx, my - cy)
        d.text((mx + 30 * (mx - cx) / n - 22, my + 30 * (my - cy) / n - 10), txt, fill="black", font=f)
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


@pytest.mark.skipif(not ocr.available(), reason="corner letters and lengths are read by the ocr extra")
@pytest.mark.parametrize("text, labels", [
    ("Parallelogram ABCD with AB = 6 cm, BC = 4 cm and angle A = 60°.", [(0, "6 cm"), (1, "4 cm")]),
    ("Rhombus ABCD with side 5 cm and angle A = 70°.", [(0, "5 cm")]),
    ("Trapezoid ABCD with AB parallel to CD, AB = 8 cm, CD = 4 cm, height 3 cm.", [(0, "8 cm"), (2, "4 cm")]),
    ("Kite ABCD with AB = AD = 3 cm and CB = CD = 5 cm.", [(0, "3 cm"), (1, "5 cm")]),
])
def test_a_quadrilateral_drawn_by_another_tool_is_read(text, labels):
    scene = parse(text, domain="geometry")
    fg = plane_figure(scene)
    names = [nm for nm, _x, _y in fg.vertices]
    P = [(x, y) for _nm, x, y in fg.vertices]
    dom = get_domain("geometry")
    v = dom.verify(_draw(P, names, labels), scene)
    assert v.passed, [(c.law, c.args, c.observed) for c in v.failed()]
    stretched = [(x, 1.3 * y) for x, y in P]
    w = dom.verify(_draw(stretched, names, labels), scene)
    assert not w.passed
    assert {c.law for c in w.failed()} & {"interior_angle", "side_ratio"}
