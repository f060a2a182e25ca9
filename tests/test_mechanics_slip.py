"""'Slip' is a verb of motion: a body that slips slides (kinetic friction), one that does not slip is at rest
(static friction balances the weight's component along the slope: f = m g sin θ, Halliday–Resnick–Walker,
Fundamentals of Physics, ch. 6)."""
from __future__ import annotations

import json
import math

import pytest

from nesy.pipeline import generate


def _forces(out):
    d = json.loads((out / "forces.json").read_text())
    return {f["kind"]: f["newtons"] for f in d["bodies"][0]["forces"]}, d["bodies"][0]["accel"]


@pytest.mark.parametrize("text,m,deg", [
    ("A 3 kg box on a 20° ramp with static friction coefficient 0.5 does not slip.", 3, 20),
    ("A 1 kg block on a rough 15° slope; it never slips.", 1, 15),
    ("5 kg crate on a plank inclined at 30 deg, mu_s = 0.7, it doesn't slip", 5, 30),
])
def test_a_body_that_does_not_slip_is_at_rest_with_static_friction(tmp_path, text, m, deg):
    res = generate(text, domain="mechanics", out_dir=tmp_path, controls=False)
    f, a = _forces(tmp_path)
    assert res.passed and all(abs(x) < 1e-9 for x in a)
    g = json.loads((tmp_path / "forces.json").read_text())["g"]
    assert math.isclose(f["friction"], m * g * math.sin(math.radians(deg)), rel_tol=1e-6)


def test_a_body_that_slips_slides(tmp_path):
    res = generate("A 4 kg crate slips down a 35° incline with μk = 0.2.", domain="mechanics", out_dir=tmp_path,
                   controls=False)
    _, a = _forces(tmp_path)
    assert res.passed and math.hypot(*a) > 1
