"""What does not act on the body (issue 9; requests-dev mechanics-01 and -13, both verified though wrong):

- a closed list with coordinated verbs ("nothing else touching it or pulling on it", "nothing else touches or
  pushes it", "nothing pulls it") names no force: the pull is not drawn;
- a body in free fall ("in free fall", "falls freely", "is dropped", "thrown up") has no support: it is drawn
  alone with its weight (the scene ``free``: m·a = W, a = g down), never with a table's normal force under it
  (requests-10 mechanics-05 and more in tests/test_mechanics_requests10.py).
"""
from __future__ import annotations

import pytest

from nesy.domains import mechanics as M
from nesy.errors import UnsupportedError
from nesy.registry import get_domain

D = get_domain("mechanics")
G = 9.80665


@pytest.mark.parametrize("text,m", [
    ("a 5 kg book resting on a horizontal table, with nothing else touching it or pulling on it.", 5),
    ("a 3 kg box on the floor; nothing else touches or pushes it", 3),
    ("A 2 kg crate sits on a level floor. Nothing else is touching it and nothing pulls it.", 2),
    ("a 4 kg box rests on a table, nothing else pushing or pulling on it", 4),
])
def test_a_closed_list_with_coordinated_verbs_draws_no_pull(text: str, m: float) -> None:
    scene = D.parse(text)
    kinds = {k: mag for k, mag, _ in M.mechanics_solution(scene).bodies[0][3]}
    assert set(kinds) == {"weight", "normal"}
    assert kinds["normal"] == pytest.approx(m * G)


@pytest.mark.parametrize("text,m", [
    ("A 0.5 kg ball in free fall (ignore air resistance). Show the only force acting on it.", 0.5),
    ("a 2 kg ball falls freely; only gravity acts on it", 2),
    ("a 1 kg stone is dropped from a bridge", 1),
    ("a 0.2 kg ball thrown straight up, draw the forces on it at the top", 0.2),
])
def test_free_fall_draws_the_weight_alone(text: str, m: float) -> None:
    scene = D.parse(text, allow_unknown=True)
    sol = M.mechanics_solution(scene)
    assert sol.scene == "free" and not any(e.id == "support" for e in scene.entities)
    (bid, mass, acc, forces), = sol.bodies
    assert [(k, pytest.approx(mag), ang) for k, mag, ang in forces] == [("weight", m * G, -90.0)]
    assert acc == pytest.approx((0.0, -G))      # Newton's second law with the weight alone: a = g down


def test_a_body_dropped_onto_a_surface_keeps_its_support() -> None:
    scene = D.parse("A 5 kg block is dropped onto a table and rests there", allow_unknown=True)
    kinds = {k for k, _, _ in M.mechanics_solution(scene).bodies[0][3]}
    assert kinds == {"weight", "normal"}
