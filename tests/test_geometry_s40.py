"""Session 40: outsiders' geometry requests (requests-20) — the mechanisms they failed, in other words than theirs.

The triangle sign before three vertex letters ("△ABC", "ΔPQR", LaTeX \\triangle) names a triangle, and a request to
draw one by its letters, with no mass or force, is geometry (a ramp in it is the setting); a slope's rise over its
run is a right triangle's two legs; "Let A be the foot …, B the point … below its top, and C the top" names its
corners. Each test failed before (session 40 notes).
"""
from __future__ import annotations

import json

import pytest

from nesy.cli import main


def _figure(text: str, tmp_path) -> tuple[int, dict]:
    rc = main(["generate", text, "-o", str(tmp_path)])
    f = tmp_path / "figure.json"
    return rc, (json.loads(f.read_text()) if f.is_file() else {})


@pytest.mark.parametrize("text, sides", [
    ("Draw △ABC with AB = 3 cm, BC = 4 cm and a right angle at B.", {"AB": 3, "BC": 4, "CA": 5}),
    ("In ΔPQR, PQ = 5 cm, QR = 6 cm and PR = 7 cm. Sketch it.", {"PQ": 5, "QR": 6, "PR": 7}),
    (r"Construct $\triangle XYZ$ with $XY = 6$ cm, $YZ = 8$ cm and $\angle Y = 90^\circ$.", {"XY": 6, "YZ": 8}),
])
def test_the_triangle_sign_names_a_triangle(text, sides, tmp_path):
    rc, f = _figure(text, tmp_path)
    assert rc in (0, 7) and f["kind"] == "triangle"
    got = {k: v for k, v in f["sides"].items()} | {k[::-1]: v for k, v in f["sides"].items()}
    assert all(got[k] == pytest.approx(v, abs=1e-6) for k, v in sides.items())


@pytest.mark.parametrize("text, legs", [
    ("A ramp rises 0.9 m over a horizontal run of 1.2 m. Let P be the foot of the ramp, Q the point on the floor "
     "directly below its top, and R the top. Draw △PQR.", {"PQ": 1.2, "QR": 0.9, "PR": 1.5}),
    ("A driveway rises 3 m over a run of 4 m. Draw triangle ABC, where A is the bottom of the driveway, C the top "
     "and B the point directly below C.", {"AB": 4, "BC": 3, "CA": 5}),
])
def test_a_slopes_rise_over_its_run_is_a_right_triangle(text, legs, tmp_path):
    rc, f = _figure(text, tmp_path)
    assert rc in (0, 7) and f["kind"] == "triangle"
    got = {k: v for k, v in f["sides"].items()} | {k[::-1]: v for k, v in f["sides"].items()}
    assert all(got[k] == pytest.approx(v, abs=1e-6) for k, v in legs.items())
    assert 90.0 in [round(a, 6) for a in f["angles_deg"].values()]


def test_a_ramp_with_a_mass_stays_mechanics():
    from nesy.registry import detect_domain
    d = detect_domain("A 20 kg box rests on a ramp that rises 1.5 m over a horizontal run of 2.0 m. Draw △ABC and the "
                      "forces on the box.")
    assert d.key == "mechanics"

