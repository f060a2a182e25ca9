"""Named points of tangents from an external point (issue 9, geometry_tangent): a named segment of a
tangents figure is the point's distance (O–P), a tangent length (P–contact) or a radius (O–contact), never a
chord; the contacts' names and the centre and point are written to figure.json; the scene reads back as a
spec. PT² = OP² − OT² (Euclid III.18 with I.47)."""
from __future__ import annotations

import json
import math

import pytest

from nesy.domains import geometry as G
from nesy.domains.geometry_tangent import contact_names, segment_role
from nesy.errors import UnsupportedError
from nesy.pipeline import parse
from nesy.registry import get_domain
from nesy.spec import validate_spec

D = get_domain("geometry")

# (text, centre, point, contacts, radius, distance) — lengths in the text's unit
CASES = [
    ("Draw a circle of radius 5 cm with centre C. Point Q lies 13 cm from C; QA and QB are tangents to the "
     "circle. Find QA.", "C", "Q", ["A", "B"], 5, 13),
    ("The tangents from a point P touch a circle of radius 6 cm at A and B, and PA = 8 cm.", "O", "P", ["A", "B"],
     6, 10),
    ("A circle with centre O; the tangent from an external point P meets the circle at T, with OT = 2.5 in and "
     "OP = 6.5 in.", "O", "P", ["T"], 2.5, 6.5),
    ("circle centre O radius 4 mm, tangent PT from the point P has length 3 mm", "O", "P", ["T"], 4, 5),
]


@pytest.mark.parametrize("text,centre,point,contacts,r,dist", CASES)
def test_named_segments_of_a_tangents_figure_are_its_distance_tangent_and_radius(text, centre, point, contacts,
                                                                                 r, dist):
    scene = parse(text, domain="geometry")
    assert scene.attr("contact_names") == contacts
    assert scene.attr("centre") == centre and scene.attr("point") == point
    assert not scene.attr("chord")
    fg = G.plane_figure(scene)
    assert fg.circle[2] == pytest.approx(r)
    assert math.dist(fg.point, fg.circle[:2]) == pytest.approx(dist)
    for c in fg.contacts:       # III.18: the radius to the contact is perpendicular to the tangent
        u = (c[0] - fg.circle[0], c[1] - fg.circle[1])
        w = (fg.point[0] - c[0], fg.point[1] - c[1])
        assert u[0] * w[0] + u[1] * w[1] == pytest.approx(0, abs=1e-9)
        assert math.dist(c, fg.point) == pytest.approx(math.sqrt(dist ** 2 - r ** 2))
    fj = json.loads(D.artifacts(D.solve(scene), scene)["figure.json"])
    assert set(fj["vertices"]) == {centre, point, *contacts}
    assert math.dist(fj["vertices"][point], fj["vertices"][contacts[0]]) == pytest.approx(math.sqrt(dist ** 2 - r ** 2))


@pytest.mark.parametrize("text", [c[0] for c in CASES])
def test_a_tangents_scene_reads_back_as_a_spec(text):
    scene = parse(text, domain="geometry")
    assert validate_spec(json.loads(json.dumps(scene.to_dict(), ensure_ascii=False))) == scene


def test_a_stated_tangent_length_that_contradicts_the_distance_is_impossible():
    from nesy.errors import UnsatisfiableError
    with pytest.raises(UnsatisfiableError):
        G.plane_figure(parse("a circle with centre O and radius 3 cm; PT is a tangent from P touching it at T, "
                               "OP = 5 cm and PT = 7 cm", domain="geometry"))


def test_a_chord_named_beside_tangents_is_still_refused():
    with pytest.raises(UnsupportedError, match="chord"):
        G.plane_figure(parse("a circle of radius 3 cm with the tangents from P touching it at A and B, "
                               "and MN = 4 cm", domain="geometry"))


def test_roles_by_letters():
    assert segment_role("OP", "O", "P", ["T"]) == "distance"
    assert segment_role("TP", "O", "P", ["T"]) == "tangent_length"
    assert segment_role("OT", "O", "P", ["T"]) == "radius"
    assert segment_role("AB", "O", "P", ["T"]) is None
    assert contact_names("the tangents PA and PB", "O", "P") == ["A", "B"]
    assert contact_names("a tangent touching the circle at the point K", "O", "P") == ["K"]


@pytest.mark.parametrize("text,count", [
    ("Circle with centre C and radius 2 cm; a tangent from the point Q, 6 cm from C, touches the circle at K.", 1),
    ("A circle with centre O; the tangent from an external point P meets the circle at T, with OT = 2.5 in and "
     "OP = 6.5 in.", 1),
    ("radius 5 cm, centre O. The tangents from P touch the circle at A and B, and OP = 9 cm.", 2),
    ("a circle of radius 3 cm and both tangents from a point P 7 cm from its centre, one touching it at T", 2),
])
def test_one_tangent_is_drawn_where_one_is_asked_for(text, count):
    from nesy.render.svg import render_layout
    scene = parse(text, domain="geometry")
    assert scene.attr("tangent_count", 2) == count
    assert len(G.plane_figure(scene).contacts) == count
    assert sum(1 for e in scene.entities if e.kind == "tangent") == count
    lay = D.solve(scene)
    v = D.verify(render_layout(lay, controls=False).png, scene)
    assert v.passed, [c for c in v.checks if not c.passed]
    assert validate_spec(json.loads(json.dumps(scene.to_dict(), ensure_ascii=False))) == scene
