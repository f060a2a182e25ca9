"""Polygons drawn by another tool (PIL here), read by ``geometry_verify.verify_other`` (issue 10):
- the tick marks of equal sides cross the side; with the side's stroke taken out they leave two small
  pieces, one each side of it, which are no text (OCR read them as '，' or '1', a length label of 1);
- a figure the text names ("hexagon ABCDEF") has its letters in that order round it: two letters swapped
  name another hexagon and fail, while letters the text leaves to the drawer ("a right triangle with legs
  3 cm and 4 cm") are in any order."""
from __future__ import annotations

import io
import math

import pytest

PIL = pytest.importorskip("PIL")

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _draw(pts, letters, side_label=None, ticks=True, size=(560, 540)) -> bytes:
    from PIL import Image, ImageDraw, ImageFont
    im = Image.new("RGB", size, "white")
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(FONT, 22)
    n = len(pts)
    cx = sum(p[0] for p in pts) / n
    cy = sum(p[1] for p in pts) / n
    for i in range(n):
        a, b = pts[i], pts[(i + 1) % n]
        d.line([a, b], fill="black", width=3)
        if ticks:
            mx, my = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
            L = math.dist(a, b)
            nx, ny = -(b[1] - a[1]) / L, (b[0] - a[0]) / L
            d.line([(mx - 9 * nx, my - 9 * ny), (mx + 9 * nx, my + 9 * ny)], fill="black", width=2)
    for (x, y), ch in zip(pts, letters):
        ux, uy = x - cx, y - cy
        r = math.hypot(ux, uy)
        d.text((x + 30 * ux / r, y + 30 * uy / r), ch, fill="black", font=f, anchor="mm")
    if side_label:
        a, b = pts[0], pts[1]
        mx, my = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
        ux, uy = mx - cx, my - cy
        r = math.hypot(ux, uy)
        d.text((mx + 30 * ux / r, my + 30 * uy / r), side_label, fill="black", font=f, anchor="mm")
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def _hexagon(letters, **kw) -> bytes:
    # a regular hexagon of side 150 px, A at the upper left, lettered clockwise on the page
    pts = [(280 + 150 * math.cos(math.radians(a)), 270 + 150 * math.sin(math.radians(a)))
           for a in (240, 300, 0, 60, 120, 180)]
    return _draw(pts, letters, side_label="3 cm", **kw)


def _verify(png: bytes, text: str):
    from nesy.pipeline import parse
    from nesy.registry import get_domain
    return get_domain("geometry").verify(png, parse(text, domain="geometry", allow_unknown=True))


def _failed(v):
    return [(c.law, c.args, c.observed) for c in v.failed()]


def test_tick_marks_across_the_sides_are_no_labels():
    v = _verify(_hexagon("ABCDEF"), "A regular hexagon ABCDEF with side 3 cm.")
    assert v.passed, _failed(v)
    assert not any(c.law == "length_label" and c.observed in ("not read", 1.0) for c in v.checks)


def test_named_polygon_letters_out_of_order_fail():
    text = "A regular hexagon ABCDEF with side 3 cm."
    v = _verify(_hexagon("ABDCEF", ticks=False), text)
    assert not v.passed
    assert any(c.law == "vertex_order" and not c.passed for c in v.checks), _failed(v)
    # the same letters in the stated order, started elsewhere and run the other way round, pass
    v = _verify(_hexagon("DCBAFE", ticks=False), text)
    assert v.passed, _failed(v)


def test_letters_the_text_leaves_to_the_drawer_are_in_any_order():
    # a 3-4-5 right triangle, 60 px per cm, right angle at the lower left
    pts = [(140, 420), (140 + 240, 420), (140, 420 - 180)]
    for letters in ("ABC", "BAC", "CBA"):
        v = _verify(_draw(pts, letters, ticks=False), "A right triangle with legs 3 cm and 4 cm.")
        assert v.passed, (letters, _failed(v))


def _circle_chord(half_cm: float, label: str = "6 cm", radius_label: str = "r = 4 cm") -> bytes:
    """A circle of radius 4 cm (50 px per cm) with a chord PQ of half-length ``half_cm``, drawn with PIL on
    a dark slide: light strokes, the chord's length written beside it, a radius from O labelled."""
    from PIL import Image, ImageDraw, ImageFont
    k, R, O = 50.0, 4.0, (400.0, 300.0)
    im = Image.new("RGB", (800, 600), (40, 44, 52))
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(FONT, 24)
    d.ellipse([O[0] - R * k, O[1] - R * k, O[0] + R * k, O[1] + R * k], outline=(120, 210, 230), width=3)
    dist = math.sqrt(R * R - half_cm * half_cm) * k
    P, Q = (O[0] - half_cm * k, O[1] + dist), (O[0] + half_cm * k, O[1] + dist)
    d.line([P, Q], fill=(245, 160, 70), width=3)
    d.text((O[0], O[1] + dist + 26), label, fill=(245, 160, 70), font=f, anchor="mm")
    d.text((P[0] - 22, P[1] + 16), "P", fill="white", font=f, anchor="mm")
    d.text((Q[0] + 22, Q[1] + 16), "Q", fill="white", font=f, anchor="mm")
    E = (O[0] - R * k * math.cos(math.radians(35)), O[1] - R * k * math.sin(math.radians(35)))
    d.line([O, E], fill="white", width=2)
    d.text(((O[0] + E[0]) / 2 - 30, (O[1] + E[1]) / 2 + 26), radius_label, fill="white", font=f, anchor="mm")
    d.ellipse([O[0] - 5, O[1] - 5, O[0] + 5, O[1] + 5], fill="white")
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def test_circle_with_a_chord_is_read():
    """'A circle with centre O and radius 4 cm; the chord PQ has length 6 cm' drawn by another tool: the
    chord is read across the circle, its length over the radius checked (a diameter drawn instead fails),
    and the lengths written beside the chord and the radius are theirs."""
    text = "A circle with centre O and radius 4 cm; the chord PQ has length 6 cm."
    v = _verify(_circle_chord(3.0), text)
    assert v.passed, _failed(v)
    assert any(c.law == "chord_ratio" and c.passed for c in v.checks)
    v = _verify(_circle_chord(4.0 - 1e-6), text)
    assert any(c.law == "chord_ratio" and not c.passed for c in v.checks), _failed(v)
    v = _verify(_circle_chord(3.0, label="5 cm"), text)
    assert any(c.law == "length_label" and not c.passed for c in v.checks), _failed(v)
    v = _verify(_circle_chord(3.0, radius_label="r = 3 cm"), text)
    assert not v.passed, _failed(v)
