"""nesy.mechanics.v1: closed force lists (issue 9). "nothing else touches it", "no other forces act", "only
gravity and the normal force act", "(no rope, no push)": the forces are exactly these. With "at rest" /
"constant velocity" / "in equilibrium" on a frictionless incline that is impossible by Newton's first law
(net force m·g·sin θ ≠ 0); the same closed list on a sliding body, or with a rope or friction named, is drawn."""
from __future__ import annotations

import pytest

from nesy.errors import UnsatisfiableError
from nesy.registry import get_domain
from nesy.render.svg import render_layout

D = get_domain("mechanics")


@pytest.mark.parametrize("text,closing", [
    ("A 2 kg box sits motionless on a smooth 20° incline. No other forces act on it.", "No other forces act on it"),
    ("a 4 kg sled moves at constant velocity down a frictionless 10° hill; there are no other forces on it",
     "there are no other forces on it"),
    ("A 3 kg crate is in equilibrium on a frictionless 40° ramp and nothing else is touching the crate.",
     "nothing else is touching the crate"),
    ("A block (3 kg) remains at rest on a smooth inclined plane at 25°; only gravity and the normal force act on it.",
     "only gravity and the normal force"),
])
def test_closed_list_at_rest_on_a_frictionless_incline_is_impossible(text: str, closing: str) -> None:
    scene = D.parse(text)
    with pytest.raises(UnsatisfiableError) as ei:
        D.solve(scene)
    phrases = [p["text"] for p in ei.value.to_dict()["phrases"]]
    assert closing in phrases and any(p in phrases for p in ("motionless", "constant velocity", "in equilibrium",
                                                             "remains at rest"))


@pytest.mark.parametrize("text,kinds", [
    ("A crate of 10 kg is in equilibrium on a frictionless slope of 15 degrees, with no rope and no push holding it.",
     ["applied", "tension"]),
    ("a 6 kg box stays put on a smooth 12° ramp, without any rope, nor a push", ["applied", "tension"]),
])
def test_negated_forces_are_read_and_absent(text: str, kinds: list[str]) -> None:
    scene = D.parse(text)
    assert sorted(x["kind"] for x in scene.attr("absent")) == kinds
    assert not scene.not_drawn and "tension" not in (scene.attr("forces") or {})
    with pytest.raises(UnsatisfiableError):
        D.solve(scene)


@pytest.mark.parametrize("text,forces,accel", [
    ("A 5 kg block slides down a frictionless 30° ramp; nothing else touches it.", {"weight", "normal"}, True),
    ("A 2 kg box rests on a level floor; no other forces act on it.", {"weight", "normal"}, False),
    ("A 5 kg block is held at rest on a frictionless 30° incline by a rope parallel to the slope; nothing else "
     "touches it.", {"weight", "normal", "tension"}, False),
    ("A 5 kg block at rest on a 30° ramp with friction; no rope, no push.", {"weight", "normal", "friction"}, False),
])
def test_closed_list_that_is_possible_is_drawn_and_verified(text: str, forces: set, accel: bool) -> None:
    scene = D.parse(text)
    layout = D.solve(scene)
    png = render_layout(layout, controls=False).png
    assert D.verify(png, scene).passed
    from nesy.domains.mechanics import mechanics_solution
    _bid, _m, a, fs = mechanics_solution(scene).bodies[0]
    assert {k for k, n, _d in fs if n > 1e-9} == forces
    assert (abs(a[0]) + abs(a[1]) > 1e-9) == accel
