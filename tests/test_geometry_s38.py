"""Geometry phrasings of requests-18 (new wordings here): one length shared by the sides named before it
("PQ and PR are each 8 cm"), the figure's vertex name written apart from its keyword ("a triangular
chamber, PQR"), "square corners" (an adjective, not a square figure), detection from vertex notation, and
"Avoid squares." (a denied figure names no figure). Values asserted on figure.json, what is drawn."""
from __future__ import annotations

import json

import pytest

from nesy.pipeline import generate, parse
from nesy.registry import detect_domain


def _fig(tmp_path, text):
    res = generate(text, out_dir=tmp_path, controls=False)
    assert res.verdict.passed
    return json.loads((tmp_path / "figure.json").read_text()), res


@pytest.mark.parametrize("text, sides, angle", [
    ("Triangle PQR: PQ and PR are each 8 cm, and the angle at P is 40°.", {"PQ": 8, "RP": 8}, ("P", 40)),
    ("In triangle DEF, sides DE and DF both measure 7 cm and angle D = 50°.", {"DE": 7, "FD": 7}, ("D", 50)),
    ("Triangle XYZ: XY, YZ and ZX are all 4 cm.", {"XY": 4, "YZ": 4, "ZX": 4}, ("X", 60)),
    ("Triangle KLM with KL and KM each 6 cm and LM 4 cm.", {"KL": 6, "MK": 6, "LM": 4}, None),
])
def test_one_length_for_every_side_named_before_each(tmp_path, text, sides, angle):
    fig, _ = _fig(tmp_path, text)
    for s, v in sides.items():
        got = fig["sides"].get(s, fig["sides"].get(s[::-1]))
        assert got == pytest.approx(v), (s, fig["sides"])
    if angle:
        assert fig["angles_deg"][angle[0]] == pytest.approx(angle[1])


@pytest.mark.parametrize("text, name", [
    ("Sketch a triangular flower bed, XYZ, where XY = 3 m, YZ = 4 m and ZX = 5 m.", "XYZ"),
    ("The triangular sail, call it LMN: LM is 6 m, MN is 5 m and NL is 4 m.", "LMN"),
])
def test_vertex_name_written_apart_from_the_figure_word(tmp_path, text, name):
    fig, _ = _fig(tmp_path, text)
    assert set(fig["vertices"]) == set(name)


def test_square_corners_is_no_square():
    sc = parse("A rectangle ABCD with AB = 7 cm and BC = 2 cm, square corners of course.", allow_unknown=True)
    assert sc.to_dict()["attributes"]["figure"] == "rectangle"
    assert not [n.text for n in sc.not_drawn if "square" in n.text]
    tri = parse("A triangle with sides 3, 4 and 5 cm and square corners.", allow_unknown=True)
    assert tri.to_dict()["attributes"]["figure"] == "triangle"
    assert [n.text for n in tri.not_drawn] == ["square corners"]     # never silently read as right angles


@pytest.mark.parametrize("text", [
    "Walls PQ and PR of the triangular hut PQR are 3 m long.",
    "Mark the triangular plot ABC; AB and AC are fences of 20 m.",
])
def test_vertex_notation_tells_geometry(text):
    assert detect_domain(text).key == "geometry"


def test_an_acronym_is_no_vertex_notation():
    from nesy.parse.concepts import notation_scores
    assert notation_scores("DAPI-stained nuclei; the DNA dye DAPI binds A and T.") == {}
    assert notation_scores("A triangle PQR with PQ = 3 cm.") == {"geometry": 1.0}


def test_a_denied_figure_names_no_figure(tmp_path):
    fig, _ = _fig(tmp_path, "Draw a circle of radius 4 cm. Avoid triangles.")
    assert fig["kind"] == "circle" and fig["circle"][2] == pytest.approx(4)
