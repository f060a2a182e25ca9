"""A body "held still" is at rest: a rope with no stated size then pulls exactly m·g·sin θ along a frictionless
slope (nesy/domains/mechanics_still.py, grammars/mechanics/grammar.yaml states). requests-9 mechanics-06 read
no state in "is held still by a rope", drew the rope's default size (m·g/2 = 14.71 N) and an accelerating box."""
from __future__ import annotations

import math

import pytest

from nesy.domains import mechanics as M
from nesy.registry import get_domain

D = get_domain("mechanics")
G = 9.80665


def _forces(text: str) -> tuple[str | None, float, dict[str, float]]:
    s = D.parse(text)
    (body,) = M._solve(s, 10.0).bodies
    return s.attr("state"), float(s.attr("incline")["value"]), {k: n for k, n, _ in body[3]}


@pytest.mark.parametrize("text, m, deg", [
    ("On a frictionless slope of 25 deg a 3 kg box is held still by a rope running parallel to the slope.", 3, 25),
    ("A rope parallel to a smooth 40 degree incline holds a 2 kg crate still.", 2, 40),
    ("A 5 kg block is kept stationary on a frictionless 30° ramp by a cord parallel to the ramp.", 5, 30),
    ("A 4 kg sledge sits still on a frictionless 20 degree hill, held by a rope parallel to the hill.", 4, 20),
])
def test_held_still_on_a_frictionless_slope(text, m, deg):
    state, incline, f = _forces(text)
    assert state == "rest" and incline == deg
    assert f["tension"] == pytest.approx(m * G * math.sin(math.radians(deg)), rel=1e-6)
    assert f["normal"] == pytest.approx(m * G * math.cos(math.radians(deg)), rel=1e-6)


def test_still_as_an_adverb_of_time_is_no_state():
    from nesy.domains.mechanics_still import held_still
    assert held_still("The rope holds it while it is still moving.", [], lambda *a: a) == []
