"""A right angle "between them" is at the vertex the two sides stated last include (nesy.domains.geometry).

"The side AB is 9 cm and BC is 12 cm. The angle between them is a right angle" drew the right angle at A, exit 0,
verified (requests-25 geometry-09, held out): the right angle was read, its vertex not.
"""
from __future__ import annotations

import json
import math

import pytest

from nesy import pipeline
from nesy.cli import main


@pytest.mark.parametrize("text, at", [
    ("Let ABC be a triangle. The side AB is 9 cm and BC is 12 cm. The angle between them is a right angle. Draw it.",
     "B"),
    ("Triangle ABC with AB = 9 cm, BC = 12 cm and a right angle between them.", "B"),
    ("Triangle ABC with AB = 9 cm and AC = 12 cm, with a right angle between these two sides.", "A"),
])
def test_right_angle_between_them(text, at):
    assert pipeline.parse(text, domain="geometry").attr("right_at") == at


def test_cli_draws_the_hypotenuse_opposite_b(tmp_path):
    out = tmp_path / "g"
    assert main(["generate", "Let ABC be a triangle. The side AB is 9 cm and BC is 12 cm. The angle between them is a "
                 "right angle. Draw it.", "-o", str(out)]) == 0
    scene = json.loads((out / "scene.json").read_text())
    layout = json.loads((out / "layout.json").read_text())
    side = {k[-2:]: v["coordinates"] for k, v in layout["entities"].items() if k.startswith("side_")}
    pts = {"A": side["AB"][0], "B": side["AB"][1], "C": side["BC"][1]}
    d = lambda p, q: math.dist(pts[p], pts[q])
    # drawn to scale: |AC| / |AB| = 15 / 9 (the hypotenuse opposite B), the right-angle mark at B
    assert d("A", "C") / d("A", "B") == pytest.approx(15 / 9, rel=0.01)
    assert "right_B" in layout["entities"] and scene["attributes"]["right_at"] == "B"
