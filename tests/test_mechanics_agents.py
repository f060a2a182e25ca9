"""How people write forces (issue 9, "read what people write"), by kind of phrasing, each with
several different wordings:

- a body at rest or at constant velocity that a rope or push pulls along a surface the text does not
  call frictionless: friction balances the pull (Newton's first law), with the size the balance gives;
  the same text on a frictionless surface is impossible;
- a body standing in an accelerating elevator: its weight and the floor's normal force
  N = m(g + a) (up) or m(g − a) (down), the acceleration an arrow of its own, no cable on the body;
  the car alone on its cable keeps its tension; what belongs to the car is refused naming the phrase;
- the agent of a push or pull ("somebody pushes it", "pulled by a worker") and a direction verb
  ("directed 30° above the horizontal") are part of the force's phrase, never reported as not drawn;
- a rope named without its size in a word problem is drawn, labelled by its symbol.
"""
from __future__ import annotations

import math

import pytest

from nesy.domains import mechanics as M
from nesy.errors import InputError, UnsatisfiableError, UnsupportedError
from nesy.registry import get_domain
from nesy.render.svg import render_layout

D = get_domain("mechanics")
G = 9.80665


def _forces(scene) -> dict[str, tuple[float, float]]:
    sol = M.mechanics_solution(scene)
    return {k: (mag, ang) for k, mag, ang in sol.bodies[0][3]}


# ---------------------------------------------------------------- friction balances a pull in equilibrium

# (text, mass kg, pull N, pull angle above the floor in degrees)
BALANCED = [
    ("A 10 kg sled is pulled across level snow at constant speed by a horizontal rope with a tension of 30 N.",
     10, 30, 0),
    ("A 20 kg crate is pushed across the floor at constant velocity with a horizontal force of 60 N.", 20, 60, 0),
    ("A 5 kg box rests on the floor while someone pushes it horizontally with 10 N, but it does not move.", 5, 10, 0),
    ("A 15 kg trunk is dragged at a steady speed across a level floor by a rope pulling with 45 N at 30° above "
     "the horizontal.", 15, 45, 30),
    ("box of 8 kg on the ground, held at rest while a student pulls on it with 12 N", 8, 12, 0),
]


@pytest.mark.parametrize("text,m,pull,phi", BALANCED)
def test_friction_balances_a_pull_at_rest_or_constant_velocity(text, m, pull, phi):
    s = D.parse(text)
    assert not s.unknown, s.unknown
    f = _forces(s)
    assert "friction" in f, f
    along = pull * math.cos(math.radians(phi))
    assert f["friction"][0] == pytest.approx(along, rel=1e-6)
    assert f["friction"][1] == pytest.approx(180.0)                 # against the pull
    assert f["normal"][0] == pytest.approx(m * G - pull * math.sin(math.radians(phi)), rel=1e-6)
    assert M.mechanics_solution(s).to_scale                         # the balance fixes every magnitude


@pytest.mark.parametrize("text", [
    "A 10 kg sled is pulled across frictionless ice at constant speed by a horizontal rope with a tension of 30 N.",
    "A 10 kg box on a frictionless floor is pushed with 20 N and moves at constant velocity.",
    "Neglect friction. A 4 kg crate pushed with a horizontal force of 8 N stays at rest on the floor.",
])
def test_a_pull_in_equilibrium_on_a_frictionless_floor_is_impossible(text):
    with pytest.raises(UnsatisfiableError) as ei:
        M.mechanics_solution(D.parse(text))
    got = " ".join(p["text"] for p in ei.value.phrases).lower()
    assert "friction" in got or "neglect" in got, got


def test_a_sliding_body_with_no_friction_named_gets_none():
    # nothing the balance needs: friction is not invented for an accelerating body
    f = _forces(D.parse("A 3 kg cart is pushed across the floor with a force of 6 N. Find its acceleration."))
    assert "friction" not in f


# ---------------------------------------------------------------- a body riding an elevator

# (text, mass kg, signed acceleration of the car m/s², +1 up)
RIDERS = [
    ("A 50 kg person stands in an elevator that accelerates upward at 2 m/s². Draw the forces acting on the person.",
     50, 2.0),
    ("A 50 kg person stands in an elevator that accelerates downward at 3 m/s². Find the normal force on the person.",
     50, -3.0),
    ("A 70 kg man stands on a bathroom scale in a lift that is moving downward and slowing down at 1.5 m/s^2. What "
     "does the scale read?", 70, 1.5),
    ("A 20 kg box sits on the floor of an elevator moving up at constant speed.", 20, 0.0),
    ("free body diagram of a 60-kg passenger riding an elevator accelerating up at 1.2 m/s2", 60, 1.2),
    # the "down" of "slowing down" is no direction: moving up and slowing is accelerating down
    ("A 60 kg woman stands in an elevator moving up and slowing down at 2 m/s^2.", 60, -2.0),
]


@pytest.mark.parametrize("text,m,a", RIDERS)
def test_a_rider_of_an_elevator_feels_the_floor_not_the_cable(text, m, a):
    s = D.parse(text)
    assert not s.unknown, s.unknown
    assert s.attr("scene") == "horizontal" and s.attr("carrier")
    f = _forces(s)
    assert set(f) == {"weight", "normal"}, f                         # no cable tension on the rider
    assert f["weight"][0] == pytest.approx(m * G, rel=1e-6)
    assert f["normal"][0] == pytest.approx(m * (G + a), rel=1e-6)   # N − mg = m·a (apparent weight)
    sol = M.mechanics_solution(s)
    assert sol.bodies[0][2] == pytest.approx((0.0, a))


def test_the_elevator_car_on_its_cable_keeps_its_tension():
    s = D.parse("An elevator of mass 800 kg accelerates upward at 2 m/s^2. Find the tension in the cable.")
    assert s.attr("scene") == "hanging" and not s.attr("carrier")
    f = _forces(s)
    assert f["tension"][0] == pytest.approx(800 * (G + 2), rel=1e-6)


@pytest.mark.parametrize("text,exc,phrase", [
    # the mass belongs to the car, not to the person riding it
    ("A person stands in an 800 kg elevator accelerating upward at 1 m/s².", UnsupportedError, "800 kg elevator"),
    ("A student stands in an elevator of mass 900 kg that accelerates downward at 2 m/s².", UnsupportedError,
     "elevator of mass 900 kg"),
    # the cable pulls the car
    ("A 50 kg person stands in an elevator accelerating upward at 2 m/s². Find the tension in the cable.",
     UnsupportedError, "tension in the cable"),
    # up or down changes N by 2ma: not chosen for the user
    ("A 60 kg passenger rides an elevator that accelerates at 2 m/s².", InputError, "2 m/s²"),
])
def test_what_belongs_to_the_car_is_refused_naming_the_phrase(text, exc, phrase):
    with pytest.raises(exc) as ei:
        M.mechanics_solution(D.parse(text))
    assert phrase in str(ei.value)


def test_elevator_figure_verifies_with_its_acceleration_arrow():
    s = D.parse("A 50 kg person stands in an elevator that accelerates upward at 2 m/s².")
    layout = D.solve(s)
    assert any(sh.id.startswith("accel") for sh in layout.shapes)
    assert not any(sh.id.startswith("tension") or sh.id == "rope" for sh in layout.shapes)
    v = D.verify(render_layout(layout, controls=False).png, s)
    assert v.passed, [c for c in v.checks if not c.passed]
    assert any(c.law == "newton_second" and c.passed for c in v.checks)


# ---------------------------------------------------------------- agents and direction verbs

@pytest.mark.parametrize("text,agent,kind,value", [
    ("block mass 3kg on floor, somebody push it with 12 N horizontal, floor has no friction", "somebody", "applied", "12"),
    ("Someone pushes a 5 kg box across a frictionless floor with a force of 20 N.", "Someone", "applied", "20"),
    ("A 3 kg crate is pulled across a smooth floor by a worker with a 15 N force.", "worker", "applied", "15"),
    ("A 4 kg block on a smooth table; a student is pulling it with 10 N.", "student", "applied", "10"),
    ("He pushes an 8 kg cart with 24 N on a level frictionless track.", "He", "applied", "24"),
])
def test_the_agent_of_a_force_is_part_of_its_phrase(text, agent, kind, value):
    s = D.parse(text)
    assert not s.unknown, s.unknown
    assert any(agent in a["text"] for a in s.attr("agents"))
    assert s.attr("forces")[kind]["value"] == value
    body = next(e for e in s.entities if e.id == "body1")
    assert body.span is None or agent.lower() not in body.span.text.lower()   # the pusher is not the body


@pytest.mark.parametrize("text,value,phrase", [
    ("A 6 kg box on a frictionless floor is pulled by a 40 N force directed 30° above the horizontal.", "30",
     "directed 30° above the horizontal"),
    ("A 40 N force acting 30° below the horizontal pushes a 6 kg box on a smooth floor.", "-30",
     "acting 30° below the horizontal"),
    ("A 3 kg crate on a frictionless floor is pulled with a 15 N force aimed 20° above horizontal.", "20",
     "aimed 20° above horizontal"),
    ("A 4 kg block on a smooth table is pulled with 10 N applied at an angle of 25 degrees above the horizontal.",
     "25", "applied at an angle of 25 degrees above the horizontal"),
])
def test_a_direction_verb_belongs_to_the_angle(text, value, phrase):
    s = D.parse(text)
    assert not s.unknown, s.unknown
    aa = s.attr("applied_angle")
    assert aa["value"] == value and aa["span"]["text"] == phrase
    assert text[aa["span"]["start"]:aa["span"]["end"]] == phrase


# ---------------------------------------------------------------- unknowns in word problems

@pytest.mark.parametrize("text", [
    "A 2 kg block is pulled across a frictionless table by a horizontal rope. What is the tension?",
    "A rope pulls a 4 kg sled over smooth ice. Find the tension and calculate the acceleration.",
])
def test_a_named_rope_without_its_size_is_drawn_as_its_symbol(text):
    s = D.parse(text)
    sol = M.mechanics_solution(s)
    f = _forces(s)
    assert f.get("tension", (0,))[0] > 0                              # drawn, not left at zero
    assert not sol.to_scale                                           # its size is not the text's
    from nesy.domains.mechanics_labels import wanted_labels
    texts = [w.text for w in wanted_labels(s, sol, size=14, unit_n=None)]
    assert "T = ?" in texts


@pytest.mark.parametrize("text,angle", [
    ("A man tries to lift a 20 kg box resting on the floor with a force of 50 N, but it does not move.", 90.0),
    ("A 5 kg box at rest on a table; a girl presses on it from above with 10 N.", -90.0),
    ("A 20 kg box stays at rest on the floor while someone pushes straight down on it with 30 N.", -90.0),
])
def test_a_vertical_push_or_lift_at_rest_needs_no_friction(text, angle):
    # friction balances pulls along the floor only: a push read as horizontal would invent one
    s = M.parse_mechanics(text, allow_unknown=True)
    f = _forces(s)
    assert "friction" not in f, f
    assert f["applied"][1] == pytest.approx(angle)
    assert f["normal"][0] == pytest.approx(f["weight"][0] - math.sin(math.radians(angle)) * f["applied"][0], rel=1e-6)


@pytest.mark.parametrize("text,slope_dir", [
    ("A 40-kg crate is pushed at a constant speed up a 20° ramp by a worker applying a force parallel to the ramp. "
     "Friction is present.", 200.0),
    ("A worker drags a 30 kg crate at constant speed across a floor with friction using a horizontal rope.", 180.0),
])
def test_named_friction_on_a_moving_body_is_drawn_even_when_its_size_is_unknown(text, slope_dir):
    s = D.parse(text)
    f = _forces(s)
    assert f.get("friction", (0,))[0] > 0, f                         # stated: never left at zero
    assert f["friction"][1] == pytest.approx(slope_dir)               # against the motion
    assert not M.mechanics_solution(s).to_scale                       # μ is not the text's: no scale bar


# ---------------------------------------------------------------- a body on an accelerating vehicle's floor

@pytest.mark.parametrize("text,m,a", [
    ("A 50 kg crate rests on the bed of a truck that accelerates forward at 2 m/s^2.", 50, 2.0),
    ("A 20 kg box sits on the back of a truck that brakes at 3 m/s². Draw the forces on the box.", 20, -3.0),
    ("Draw the FBD of a 8 kg suitcase on the floor of a bus accelerating at 1.5 m/s2.", 8, 1.5),
])
def test_static_friction_carries_a_body_on_an_accelerating_floor(text, m, a):
    s = D.parse(text)
    assert not s.unknown, s.unknown
    assert s.attr("carrier")["axis"] == "along"
    f = _forces(s)
    assert f["friction"][0] == pytest.approx(m * abs(a), rel=1e-6)  # f = m·a, along the acceleration
    assert f["friction"][1] == pytest.approx(0.0 if a > 0 else 180.0)
    assert f["normal"][0] == pytest.approx(m * G, rel=1e-6)
    assert M.mechanics_solution(s).bodies[0][2] == pytest.approx((a, 0.0))


@pytest.mark.parametrize("text,phrases", [
    ("A 10 kg crate on the frictionless flatbed of a truck accelerating at 1 m/s^2.", ["frictionless", "1 m/s^2"]),
    # nothing carries it: "at rest" and an acceleration conflict, never one of them dropped
    ("A 5 kg block at rest on a table accelerates at 2 m/s^2.", ["at rest", "2 m/s^2"]),
])
def test_an_acceleration_nothing_can_give_is_impossible(text, phrases):
    with pytest.raises(UnsatisfiableError) as ei:
        M.mechanics_solution(D.parse(text))
    got = [p["text"] for p in ei.value.phrases]
    for p in phrases:
        assert p in got, (p, got)
