"""A body hanging on a cable, and a body hanging from two ropes at one stated angle (issue 9).

- the car of an elevator hanging on its cable, said again as "the car"/"the cab": the forces on the car
  itself (tension up, weight down, equal at constant velocity), never a rider (requests-4 mechanics-07);
- one angle said of both ropes ("each making 45°", "both at 30°", "symmetric", "equal angles") is each
  rope's angle: equal tensions T = mg / (2 sin θ) (Hibbeler, Statics, §3.3) (requests-4 mechanics-10); an
  angle said of one rope only is refused naming the ropes; two stated angles keep Lami's / the component
  balance.
"""
from __future__ import annotations

import math

import pytest

from nesy.domains import mechanics as M
from nesy.errors import UnsupportedError
from nesy.registry import get_domain
from nesy.render.svg import render_layout

D = get_domain("mechanics")
G = 9.80665


def _forces(scene) -> dict[str, tuple[float, float]]:
    sol = M.mechanics_solution(scene)
    return {k: (mag, ang) for k, mag, ang in sol.bodies[0][3]}


@pytest.mark.parametrize("text,m", [
    ("An 800 kg elevator car hangs from its cable and moves down at a constant speed. Draw the forces on the car.",
     800),
    ("the elevator cab (1200 kg) descends at steady speed on its cable; draw the FBD of the cab", 1200),
    ("lift of mass 600 kg going up at constant velocity, held by a steel cable. forces acting on the lift?", 600),
    ("an elevator car of mass 900 kg hangs at rest from its cable; free-body diagram of the car please", 900),
    ("a 20 kg crate hangs from a chain and is raised at a steady speed", 20),
])
def test_a_body_on_its_cable_at_constant_velocity_has_tension_equal_to_weight(text: str, m: float) -> None:
    scene = D.parse(text)
    assert scene.unknown == ()
    f = _forces(scene)
    assert set(f) == {"weight", "tension"}
    assert f["weight"] == (pytest.approx(m * G), pytest.approx(-90.0))
    assert f["tension"] == (pytest.approx(m * G), pytest.approx(90.0))


def test_a_rider_in_the_elevator_is_still_the_body() -> None:
    f = _forces(D.parse("A 70 kg man stands in an elevator moving up at constant speed. Draw the forces on the man."))
    assert set(f) == {"weight", "normal"} and f["normal"][0] == pytest.approx(70 * G)


# (text, mass kg, the angle above the horizontal of each rope, degrees)
SHARED = [
    ("A 5 kg lamp is held up by two ropes which both make 30 degrees with the ceiling.", 5, 30),
    ("a picture of mass 2 kg hangs symmetrically from two strings inclined at 60° to the horizontal", 2, 60),
    ("Two wires each at 40° to the horizontal support a 20 kg traffic light. draw the forces", 20, 40),
    ("A 12 kg box is suspended by two cords making equal angles of 50 degrees with the ceiling", 12, 50),
    ("a 8 kg bucket hangs from two ropes at 35° each from the horizontal", 8, 35),
    ("Draw the FBD of a 3 kg sign hung from two cables making 30° with the vertical.", 3, 60),
    ("A 4 kg picture hangs from two strings. Each string makes an angle of 45° with the horizontal.", 4, 45),
    # words about the ropes between the count and the noun ("two identical cables") say nothing of the angle
    ("A 6 kg lamp is held at rest by two light inextensible strings, both inclined at 40° to the horizontal.", 6, 40),
    ("Two equal wires each at 30 degrees from the vertical support a 12 kg crate; find the tension.", 12, 60),
    ("A 5 kg picture hangs from two identical cords making 50° with the ceiling each.", 5, 50),
]


@pytest.mark.parametrize("text,m,theta", SHARED)
def test_one_angle_said_of_both_ropes_gives_equal_tensions(text: str, m: float, theta: float) -> None:
    scene = D.parse(text)
    assert scene.unknown == ()
    f = _forces(scene)
    t_expected = m * G / (2 * math.sin(math.radians(theta)))
    assert f["tension"][0] == pytest.approx(t_expected, rel=1e-4)
    assert f["tension2"][0] == pytest.approx(t_expected, rel=1e-4)
    assert f["tension"][1] == pytest.approx(180 - theta) and f["tension2"][1] == pytest.approx(theta)


def test_symmetric_sign_is_drawn_and_verified() -> None:
    scene = D.parse("A 10 kg shop sign hangs at rest from two cables, each making 45° with the horizontal, "
                    "symmetric. Find the tension in each cable.")
    assert scene.unknown == ()
    layout = D.solve(scene)
    v = D.verify(render_layout(layout, controls=False).png, scene)
    assert v.passed, [c for c in v.failed()]
    assert _forces(scene)["tension"][0] == pytest.approx(98.0665 / math.sqrt(2), rel=1e-4)


@pytest.mark.parametrize("text", [
    "A 10 kg sign hangs from two ropes, one at 30° to the ceiling. Find the tension in each rope.",
    "a 6 kg lamp hangs from two cables; the left cable makes 40° with the ceiling",
])
def test_an_angle_of_one_rope_only_is_refused_naming_the_ropes(text: str) -> None:
    with pytest.raises(UnsupportedError, match="two"):
        D.parse(text)


def test_two_stated_angles_balance_by_components() -> None:
    f = _forces(D.parse("a 10 kg mass hangs from two ropes making 30° and 60° with the horizontal"))
    # Lami: T1 = W cos 60° / sin 90°, T2 = W cos 30° / sin 90°
    assert f["tension"][0] == pytest.approx(10 * G * 0.5, rel=1e-4)
    assert f["tension2"][0] == pytest.approx(10 * G * math.sqrt(3) / 2, rel=1e-4)


def test_three_ropes_with_adjectives_are_still_refused() -> None:
    with pytest.raises(UnsupportedError, match="three identical cables"):
        D.parse("A 9 kg sign hangs from three identical cables, each at 60° to the ceiling.")


@pytest.mark.parametrize("text", [
    "A 7 kg sign hangs still from two identical cables at 35° each to the ceiling; I want the tension worked out.",
    "two massless steel wires both at 55 degrees with the horizontal hold a 3 kg lamp. tension figured out please",
])
def test_a_two_rope_sign_with_adjectives_and_an_inflected_request_reads_whole(text: str) -> None:
    from nesy.parse.account import account
    scene = D.parse(text)
    assert [n.text for n in account(text, scene.unknown, "mechanics").not_drawn] == []
    assert set(_forces(scene)) == {"weight", "tension", "tension2"}
