"""Geometry mechanism from the requests-16 held-out failures (session 33): a spreadsheet formula written before
the request ("=SQRT(20^2+21^2) returns 29.") is a calculation's operands, not lengths without a unit. It is passed
over when its value (and the result it names) is a length the text states; otherwise it is refused by name, never
drawn at another value (``nesy.domains.optics_formula``)."""
from __future__ import annotations

import math

import pytest

from nesy.domains.geometry import plane_figure
from nesy.errors import InputError
from nesy.pipeline import parse


def _sides(text: str) -> dict[str, float]:
    s = parse(text, allow_unknown=True)
    assert s.domain == "geometry"
    assert not s.not_drawn, s.not_drawn
    pts = {n: (x, y) for n, x, y in plane_figure(s).vertices}
    return {p + q: math.dist(pts[p], pts[q]) for p in pts for q in pts if p < q}


@pytest.mark.parametrize("text, want", [
    # requests-16 geometry-01: refused ("'SQRT(20^2' … a number without a unit beside lengths in mm")
    ("=SQRT(20^2+21^2) returns 29. Draw right triangle ABC with the right angle at C, AC = 20 mm, BC = 21 mm, "
     "AB = 29 mm.", {"AC": 20, "BC": 21, "AB": 29}),
    ("=SQRT(5^2+12^2) gives 13. Draw a right triangle PQR, right angle at R, PR = 5 cm, QR = 12 cm, PQ = 13 cm.",
     {"PR": 5, "QR": 12, "PQ": 13}),
    ("=3*4 gives 12.\nDraw rectangle ABCD with AB = 12 cm and BC = 3 cm.", {"AB": 12, "BC": 3}),
    ("=POWER(6,2)+POWER(8,2) is the square of the hypotenuse AB = 10 cm of right triangle ABC, right angle at C, "
     "AC = 6 cm, BC = 8 cm.", None),
])
def test_worked_formula_is_passed_over(text, want):
    if want is None:    # 100 is no stated length: refused by name
        with pytest.raises(InputError, match="spreadsheet formula"):
            parse(text, allow_unknown=True)
        return
    got = _sides(text)
    scale = got[next(iter(want))] / next(iter(want.values()))
    for k, v in want.items():
        key = k if k in got else k[::-1]
        assert abs(got[key] / scale - v) < 1e-6, (k, got)


@pytest.mark.parametrize("text", [
    # the result it names is not its value: sqrt(100) = 10
    "=SQRT(6^2+8^2) returns 11. Draw right triangle ABC with legs AC = 6 cm and BC = 8 cm.",
    # a length given only by the formula
    "=SQRT(5^2+12^2) gives 13. Draw a right triangle PQR, right angle at R, PR = 5 cm, QR = 12 cm.",
    "=2*7 gives the diameter. Draw a circle of radius 5 cm.",
])
def test_unworked_formula_is_refused_by_name(text):
    with pytest.raises(InputError, match="spreadsheet formula"):
        parse(text, allow_unknown=True)


def test_a_statement_with_equals_is_no_formula():
    got = _sides("Draw right triangle ABC with the right angle at C, AC = 20 mm, BC = 21 mm.")
    assert abs(got["AC"] / got["BC"] - 20 / 21) < 1e-9
