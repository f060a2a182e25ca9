"""Mechanics mechanisms from the requests-15 held-out failures (session 32): "only" closes the list of forces
only when it names force kinds (after it, or right before it in its clause); "Forces on the car only", "just the
forces on the crate" restrict the body, not its forces (requests-15 mechanics-10 read "only" as "no force" and
called the tow rope's tension impossible). Rolling resistance is the surface's friction."""
from __future__ import annotations

import pytest

from nesy.pipeline import parse


def _read(text: str):
    s = parse(text, allow_unknown=True)
    forces = {k: dict(v).get("value") for k, v in dict(s.attr("forces") or {}).items()}
    only = s.attr("only")
    return s, forces, (sorted(dict(only)["kinds"]) if only else None)


@pytest.mark.parametrize("text, forces", [
    ("Tow truck pulls a 1500 kg car along a level road with a horizontal tow rope, tension 2100 N. Rolling "
     "resistance (treat it as friction) on the car is 600 N, so the car speeds up. Forces on the car only.",
     {"tension": "2100", "friction": "600"}),
    ("A 2 kg block is pulled along a rough floor by a rope with tension 10 N; friction is 4 N. Draw the forces on "
     "the block only.", {"tension": "10", "friction": "4"}),
    ("A 3 kg crate on a level floor is pushed with 20 N; friction 5 N. Only show forces acting on the crate.",
     {"applied": "20", "friction": "5"}),
    ("A 1000 kg car is towed with a tension of 1500 N against friction of 500 N. Just the forces on the car, "
     "please.", {"tension": "1500", "friction": "500"}),
])
def test_only_of_the_body_closes_no_list(text, forces):
    s, got, only = _read(text)
    assert only is None, only
    assert got == forces
    assert not s.not_drawn, s.not_drawn


@pytest.mark.parametrize("text, kinds", [
    ("Draw the weight and the normal force only: a 5 kg box resting on a table.", ["normal", "weight"]),
    ("A 5 kg box rests on a table. Only the weight and the normal force.", ["normal", "weight"]),
    ("A 2 kg ball falls; gravity is the only force on it.", ["weight"]),
])
def test_only_of_force_kinds_still_closes_the_list(text, kinds):
    assert _read(text)[2] == kinds


def test_tow_rope_is_not_impossible():
    from nesy.domains.mechanics import solve_mechanics
    s = parse("A 2 kg cart is towed along a level floor with a rope, tension 20 N. Rolling resistance 8 N. "
              "Forces on the cart only.", allow_unknown=True)
    solve_mechanics(s)       # was UnsatisfiableError ("tension 20 N"; "only")
