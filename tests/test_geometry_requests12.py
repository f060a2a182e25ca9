"""requests-12 geometry-05 (verified but wrong), own phrasings: a right angle stated at a vertex of any figure is
that angle's measure, solved and drawn as 90° ("right angle at A", "the angle at A is a right angle", "AB
perpendicular to AD") — a kite's was drawn at 60° and verified; "a right kite" with no vertex is refused by name,
never dropped; and the verifier measures every named side and angle the text states on the drawn corners against
the text's own value (``geometry_verify._stated_checks``), not against the solved figure's."""
from __future__ import annotations

import math

import pytest

from nesy.domains import geometry as GM
from nesy.domains.geometry_verify import _stated_checks
from nesy.errors import NesyError
from nesy.pipeline import generate, parse


def _angles(text: str) -> dict[str, float]:
    return dict(GM.plane_figure(parse(text, allow_unknown=True)).angles)


@pytest.mark.parametrize("text,v", [
    ("Kite PQRS with PQ = PS = 4 cm, RQ = RS = 7 cm and a right angle at P.", "P"),
    ("Kite ABCD: AB = AD = 5 cm, CB = CD = 8 cm; the angle at A is a right angle.", "A"),
    ("kite WXYZ, WX = WZ = 3 cm and YX = YZ = 6 cm, with WX perpendicular to WZ", "W"),
    ("Draw the kite KLMN where KL = KN = 6 cm, ML = MN = 9 cm, and angle K is right.", "K"),
])
def test_a_kites_stated_right_angle_is_drawn_right(text, v):
    assert _angles(text)[v] == pytest.approx(90.0, abs=1e-6)


@pytest.mark.parametrize("text,v", [
    ("parallelogram ABCD with AB = 6 cm, BC = 4 cm and a right angle at B", "B"),
    ("Rhombus PQRS, side 5 cm, right-angled at P.", "P"),
])
def test_other_quadrilaterals_take_the_right_angle_too(text, v):
    a = _angles(text)
    assert a[v] == pytest.approx(90.0, abs=1e-6)
    assert all(x == pytest.approx(90.0, abs=1e-6) for x in a.values())   # a rectangle / a square


def test_the_cli_figure_is_verified_with_the_right_angle_measured():
    r = generate("kite ABCD for the worksheet: AB = AD = 5 cm, CB = CD = 8 cm, right angle at A.", timeout_s=120)
    assert r.passed
    st = [c for c in r.verdict.checks if c.law == "stated_angle"]
    assert st and st[0].args[0] == "A" and st[0].observed == pytest.approx(90.0, abs=0.6)
    assert {c.args[0] for c in r.verdict.checks if c.law == "stated_length"} >= {"AB", "AD", "CB", "CD"}


def test_a_right_kite_without_a_vertex_is_refused_by_name():
    with pytest.raises(NesyError, match="'right'"):
        parse("a right kite ABCD with AB = AD = 5 cm, CB = CD = 8 cm", allow_unknown=True)


def test_a_right_angle_in_a_regular_pentagon_is_impossible_not_dropped():
    with pytest.raises(NesyError, match="right angle at A"):
        generate("pentagon ABCDE with side 3 cm and a right angle at A", timeout_s=120)


def test_negative_a_stated_other_angle_is_not_read_as_right():
    a = _angles("Kite ABCD: AB = AD = 5 cm, CB = CD = 8 cm, angle A = 70°.")
    assert a["A"] == pytest.approx(70.0, abs=1e-6)
    # "right" in another sense ("on the right") names no right angle
    sc = parse("Kite ABCD: AB = AD = 5 cm, CB = CD = 8 cm, angle A = 70°, drawn on the right.", allow_unknown=True)
    assert not any(g["role"] == "angle" and float(g["value"]) == 90 for g in sc.attr("given"))


def test_the_verifier_fails_a_stated_angle_the_drawing_does_not_show():
    # the corners of the kite drawn at 60° (the old figure), checked against the text's right angle at A
    s, t, half = 5.0, 8.0, math.radians(30)
    A = (0.0, 0.0)
    B = (s * math.cos(half), s * math.sin(half))
    D = (s * math.cos(half), -s * math.sin(half))
    C = (B[0] + math.sqrt(t * t - B[1] ** 2), 0.0)
    V = {"A": A, "B": B, "C": C, "D": D}
    gs = [{"role": "angle", "target": "A", "value": 90, "span": {"text": "right angle at A"}},
          {"role": "side", "target": "AB", "value": 5, "span": {"text": "AB = 5 cm"}},
          {"role": "side", "target": "CB", "value": 9, "span": {"text": "CB = 9 cm"}}]

    class Fig:
        unit = "cm"
    out = {c.args[0]: c for c in _stated_checks(V, list("ABCD"), gs, None, Fig, 1.0, 0.5, 0.0, 1.0)}
    assert not out["A"].passed and out["A"].observed == pytest.approx(60.0, abs=1e-6)
    assert out["AB"].passed and not out["CB"].passed
    # the right angle known only as the scene's right_at (a triangle's) is measured too
    tri = _stated_checks({"A": (0, 0), "B": (4, 0), "C": (0, 3)}, list("ABC"), [], "A", Fig, 1.0, 0.5, 0.0, 1.0)
    assert tri and tri[0].passed
