"""What does not act on the body (issue 9; requests-dev mechanics-01 and -13, both verified though wrong):

- a closed list with coordinated verbs ("nothing else touching it or pulling on it", "nothing else touches or
  pushes it", "nothing pulls it") names no force: the pull is not drawn;
- a body in free fall ("in free fall", "falls freely", "is dropped", "thrown up") has no support: nesy, which
  draws bodies on a surface, a rope, a spring or a pulley, refuses naming the phrase instead of drawing a
  table's normal force under it.
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


@pytest.mark.parametrize("text,phrase", [
    ("A 0.5 kg ball in free fall (ignore air resistance). Show the only force acting on it.", "in free fall"),
    ("a 2 kg ball falls freely; only gravity acts on it", "falls freely"),
    ("a 1 kg stone is dropped from a bridge", "is dropped"),
    ("a 0.2 kg ball thrown straight up, draw the forces on it at the top", "thrown straight up"),
])
def test_free_fall_is_refused_naming_the_phrase(text: str, phrase: str) -> None:
    with pytest.raises(UnsupportedError, match=phrase):
        D.parse(text, allow_unknown=True)


def test_a_body_dropped_onto_a_surface_keeps_its_support() -> None:
    scene = D.parse("A 5 kg block is dropped onto a table and rests there", allow_unknown=True)
    kinds = {k for k, _, _ in M.mechanics_solution(scene).bodies[0][3]}
    assert kinds == {"weight", "normal"}
