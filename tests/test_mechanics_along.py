"""A push or pull on a slope goes the way its words say (nesy.domains.mechanics_along).

Before, every pull on a slope was drawn up the slope whatever the text said: "dragged down a 30° incline by a
rope" drew the rope pulling up the incline, and "a horizontal rope" or "a rope parallel to the floor" drew it
along the slope, each verified (a silent wrong figure). An angle after the slope's adjectives ("pushed up a 20°
frictionless slope") was read as the push's angle and the text refused for a missing incline angle.
"""
from __future__ import annotations

import json
import math

import pytest

from nesy import pipeline
from nesy.cli import main
from nesy.errors import UnsupportedError


def _aa(text: str) -> float | None:
    g = pipeline.parse(text, domain="mechanics")
    aa = g.attr("applied_angle")
    return None if aa is None else float(aa["value"])


@pytest.mark.parametrize("text, want", [
    ("A 4 kg block is dragged down a 30° incline by a rope.", 180),
    ("A 5 kg crate is pushed down the 20° slope at constant speed.", 180),
    ("A worker pushes the wooden crate down the 25° ramp.", 180),
    ("A 4 kg block on a 30 degree ramp is pulled by a rope parallel to the floor.", -30),
    ("A 4 kg block on a 30 degree frictionless ramp is pulled by a horizontal rope.", -30),
    ("A 6 kg block is held at rest on a 20° frictionless incline by a rope parallel to the incline.", 0),
    ("A 3 kg block is lowered down a 40° frictionless ramp by a rope at constant speed.", 0),
    # an explicit angle is measured from the way the pull goes
    ("A sled of 10 kg is pulled up a 15° hill by a rope at 20° to the hill.", 20),
    ("A sled of 10 kg is pulled down a 15° hill by a rope at 20° above the hill.", 160),
])
def test_the_pull_goes_the_way_the_words_say(text, want):
    assert _aa(text) == pytest.approx(want)


@pytest.mark.parametrize("text, incline", [
    ("A 5 kg crate is pushed up a 20° frictionless slope by a force parallel to the slope.", 20),
    ("A 2 kg box is pulled up a 25° rough incline at constant velocity by a rope.", 25),
])
def test_an_angle_before_the_slopes_adjectives_is_the_slopes(text, incline):
    g = pipeline.parse(text, domain="mechanics")
    assert float(g.attr("incline")["value"]) == incline
    assert float(g.attr("applied_angle")["value"]) == 0


def test_two_directions_for_one_pull_are_refused_by_name():
    with pytest.raises(UnsupportedError) as e:
        pipeline.parse("A 4 kg block is dragged down a 30° incline by a rope parallel to the ground.", domain="mechanics")
    assert "dragged down" in str(e.value) and "parallel to the ground" in str(e.value)


def _forces(out) -> dict[str, dict]:
    d = json.loads((out / "forces.json").read_text())
    return {f["kind"]: f for f in d["bodies"][0]["forces"]}


def test_cli_draws_a_pull_down_the_slope_down_it(tmp_path):
    out = tmp_path / "down"
    assert main(["generate", "A 4 kg block is dragged down a 30° frictionless incline by a 15 N rope.",
                 "-o", str(out)]) == 0
    f = _forces(out)
    # up the slope is 30°; down it is 210°
    assert f["tension"]["direction_deg"] == pytest.approx(210.0)
    assert f["tension"]["newtons"] == pytest.approx(15.0)


def test_cli_horizontal_rope_holding_a_block_on_a_frictionless_slope(tmp_path):
    out = tmp_path / "horiz"
    assert main(["generate", "A 4 kg block at rest on a 30 degree frictionless ramp is held by a horizontal rope.",
                 "-o", str(out)]) == 0
    f = _forces(out)
    w = f["weight"]["newtons"]
    # balance with a horizontal pull: T = W tan θ, N = W / cos θ
    assert f["tension"]["direction_deg"] == pytest.approx(0.0)
    assert f["tension"]["newtons"] == pytest.approx(w * math.tan(math.radians(30)), rel=1e-6)
    assert f["normal"]["newtons"] == pytest.approx(w / math.cos(math.radians(30)), rel=1e-6)


def test_cli_push_down_the_slope_at_constant_speed_friction_balances_both(tmp_path):
    out = tmp_path / "push"
    assert main(["generate", "A 5 kg crate is pushed down the 20° rough slope at constant speed with a 10 N push.",
                 "-o", str(out)]) == 0
    f = _forces(out)
    w = f["weight"]["newtons"]
    assert f["applied"]["direction_deg"] == pytest.approx(200.0)
    # moving down at constant speed: kinetic friction up the slope balances the push and W sin θ
    assert f["friction"]["direction_deg"] == pytest.approx(20.0)
    assert f["friction"]["newtons"] == pytest.approx(10 + w * math.sin(math.radians(20)), rel=1e-6)
