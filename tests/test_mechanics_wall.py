"""A body pressed or held against a wall by a push is drawn against the wall (the scene ``wall``: normal =
push, horizontal; friction from the wall holds the weight), never as a body on a floor (whose vertical normal
force and horizontal friction would be wrong yet pass the floor's checks); a wall the text gives no push for,
or a body on a floor pushed against a wall, is refused by name."""
from __future__ import annotations

import pytest

from nesy.errors import UnsupportedError
from nesy.pipeline import parse


@pytest.mark.parametrize("text, m, push", [
    ("A 3 kg block is pressed against a vertical wall by a horizontal force of 50 N and does not slide.", 3, 50),
    ("A book of mass 1 kg is held against the wall by a horizontal push of 30 N.", 1, 30),
    ("a 2 kg box pinned to the wall by a 40 N horizontal force", 2, 40),
    ("Block (4 kg) pushed against a rough wall with 60 N; draw the FBD", 4, 60),
])
def test_a_body_pushed_against_a_wall_is_drawn_against_it(text, m, push):
    from nesy.domains.mechanics import mechanics_solution
    sol = mechanics_solution(parse(text, allow_unknown=True))
    assert sol.scene == "wall"
    f = {k: (mag, ang) for k, mag, ang in sol.bodies[0][3]}
    assert set(f) == {"weight", "applied", "normal", "friction"}
    assert f["applied"] == pytest.approx((push, 0.0)) and f["normal"] == pytest.approx((push, 180.0))
    assert f["friction"] == pytest.approx((m * 9.80665, 90.0))     # static friction holds the weight


@pytest.mark.parametrize("text, phrase", [
    ("A 5 kg ladder leans against a vertical wall.", "against a vertical wall"),
    ("A 10 kg box on the floor is pushed against the wall with 30 N.", "against the wall"),
])
def test_a_wall_without_its_push_or_with_a_floor_is_refused_by_name(text, phrase):
    with pytest.raises(UnsupportedError, match="wall") as e:
        parse(text, allow_unknown=True)
    assert phrase in str(e.value)


@pytest.mark.parametrize("text", [
    "A 5 kg box rests on the floor next to a wall. Draw its forces.",
    "A 10 kg block sits on a horizontal floor and a worker pushes it with 40 N toward the wall.",
])
def test_a_wall_that_holds_nothing_is_no_support(text):
    assert parse(text, allow_unknown=True).domain == "mechanics"
