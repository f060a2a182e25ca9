"""Optics requests written as configuration files or code, and a size given in brackets after the object
(requests-18's INI block, JavaScript object and "the eye (2 cm)"; the phrasings here are new ones).

Asserted on what `generate` writes: optics.json's f, d_o, h_o (cm) — what the figure is drawn from."""
from __future__ import annotations

import json

import pytest

from nesy.pipeline import generate, parse


def _optics(tmp_path, text):
    res = generate(text, out_dir=tmp_path, controls=False)
    return json.loads((tmp_path / "optics.json").read_text()), res


@pytest.mark.parametrize("text, want", [
    # an INI file: a section header, "key = value" members with the unit in the key
    ("[optics]\nelement = convex lens\nfocal_length_cm = 15\nobject_distance_cm = 40\nobject_height_cm = 3",
     {"kind": "lens", "f_cm": 15.0, "do_cm": 40.0, "ho_cm": 3.0}),
    # the section names the element; a comment line first
    ("# for the worksheet\n[mirror]\ntype = concave\nfocal_length = 12 cm\nobject_distance = 30 cm\nobject_height = 2 cm",
     {"kind": "mirror", "f_cm": 12.0, "do_cm": 30.0, "ho_cm": 2.0}),
    # a JavaScript object literal: camelCase keys, quoted values, trailing commas
    ("let setup = {\n  element: 'converging lens',\n  focalLength: '10 cm',\n  objectDistance: '25 cm',\n"
     "  objectHeight: '4 cm',\n};",
     {"kind": "lens", "f_cm": 10.0, "do_cm": 25.0, "ho_cm": 4.0}),
    # a Python dict-like assignment with double quotes and a closing brace alone
    ('params = {\n    element: "diverging lens",\n    focalLength: "60 mm",\n    objectDistance: "90 mm",\n'
     '    objectHeight: "20 mm"\n}',
     {"kind": "lens", "f_cm": -6.0, "do_cm": 9.0, "ho_cm": 2.0}),
])
def test_configuration_and_code_requests_are_read(tmp_path, text, want):
    got, res = _optics(tmp_path, text)
    assert res.verdict.passed
    for k, v in want.items():
        assert got[k] == pytest.approx(v) if isinstance(v, float) else got[k] == v, (k, got)


@pytest.mark.parametrize("text, do, ho", [
    ("A converging lens of focal length 10 cm; a candle (4 cm) stands 25 cm from it.", 25.0, 4.0),
    ("My magnifier is a convex lens with f = 12 cm. The stamp (1.5 cm) is 8 cm from the lens.", 8.0, 1.5),
    ("A concave mirror, radius of curvature 40 cm. I hold my finger 30 cm in front of it; the finger (6 cm) "
     "is upright.", 30.0, 6.0),
])
def test_a_bracketed_length_after_the_object_is_its_size(tmp_path, text, do, ho):
    got, res = _optics(tmp_path, text)
    assert res.verdict.passed
    assert got["do_cm"] == pytest.approx(do) and got["ho_cm"] == pytest.approx(ho)


def test_a_bracketed_length_after_the_element_stays_its_focal_length():
    facts = parse("A converging lens (12 cm) with an arrow 30 cm away.", allow_unknown=True).to_dict()["attributes"]["facts"]
    assert {f["what"]: f["value"] for f in facts} == {"f": 12.0, "do": 30.0}


@pytest.mark.parametrize("text, sets", [
    ("A = {1, 2, 3}\nB = {3, 4}\nC = {9}", {"A", "B", "C"}),
    ("# the sets\nP = {a, b}\nQ = {b, c}", {"P", "Q"}),
])
def test_set_rosters_on_their_own_lines_stay_assignments(text, sets):
    """Only code-like members (snake_case or camelCase keys, framing) make a configuration: rosters and
    equations one per line are read as written."""
    d = parse(text, allow_unknown=True).to_dict()
    assert d["domain"] == "sets" and sets <= {e["name"] for e in d["entities"] if e["kind"] == "set"}
