"""Mechanics mechanisms from the requests-14 held-out failures, each with varied phrasings and near phrasings
that must not change: keys naming their unit (mechanics_spec.unit_key_edits), "μ between … 0.5", negated agents
("nobody pushing it"), numbers that label and the instant drawn, kilos, a support's push read as the normal force,
a dialogue's later turn replacing a force, a maximum static friction read as a bound, and "only about 6 N"."""
from __future__ import annotations

import pytest

from nesy.errors import InputError, UnsupportedError
from nesy.pipeline import parse

G = 9.80665


def _forces(text: str) -> dict[str, float]:
    from nesy.domains.mechanics import mechanics_solution
    sol = mechanics_solution(parse(text, allow_unknown=True))
    out: dict[str, float] = {}
    for _b, _m, _a, fs in sol.bodies:
        for k, mag, _ang in fs:
            out[k] = round(mag, 2)
    return out


@pytest.mark.parametrize("text, want", [
    ('{"body": "crate", "mass_kg": 4, "mu_k": 0.25, "push_N": 20, "sliding": true}',
     {"weight": round(4 * G, 2), "normal": round(4 * G, 2), "friction": round(0.25 * 4 * G, 2), "applied": 20.0}),
    ("body: box\nmass_kg: 10\nmu_s: 0.5\npull_N: 30\nstate: at rest",
     {"weight": round(10 * G, 2), "normal": round(10 * G, 2), "friction": 30.0, "applied": 30.0}),
    ("{'mass_g': 500, 'incline_deg': 30, 'frictionless': true} - a block on an incline",
     {"weight": round(0.5 * G, 2), "normal": round(0.5 * G * 0.8660254, 2)}),
])
def test_keys_that_name_their_unit(text, want):
    f = _forces(text)
    for k, v in want.items():
        assert f.get(k) == pytest.approx(v, abs=0.02), (k, f)


def test_unit_key_edits_leave_plain_keys():
    from nesy.domains.mechanics_spec import unit_key_edits
    assert unit_key_edits('{"count": 3, "step_2": 4, "name": "box"}') == []
    assert unit_key_edits('"push_N": 30') == [(0, 12, "push: 30 N")]
    assert unit_key_edits("mu_k = 0.4")[0][2] == "μk = 0.4"


@pytest.mark.parametrize("text, mu", [
    ("A 10 kg tyre is dragged across grass with a horizontal rope at constant speed, μ between tyre and grass 0.5.", 0.5),
    ("A worker pulls a 20 kg crate with a horizontal rope at steady speed; mu for crate on floor 0.3", 0.3),
    ("A 5 kg sled is pulled by a horizontal rope at constant velocity, μk between the sled and the snow = 0.1.", 0.1),
])
def test_mu_with_its_surfaces_and_constant_speed(text, mu):
    f = _forces(text)
    m = {0.5: 10, 0.3: 20, 0.1: 5}[mu]
    assert f["friction"] == pytest.approx(mu * m * G, abs=0.02)
    assert f["tension"] == pytest.approx(mu * m * G, abs=0.02)      # constant speed: tension = friction


@pytest.mark.parametrize("text", [
    "My 1200 kg car is parked on a level road, handbrake on, engine off, nobody pushing it.",
    "A 3 kg box rests on the floor; no one is pushing it.",
    "A 40 kg crate sits on a level floor and nobody pulls on it.",
])
def test_negated_agent_is_no_force(text):
    f = _forces(text)
    assert set(f) == {"weight", "normal"}, f


def test_an_agent_not_negated_still_pushes():
    f = _forces("A 3 kg box rests on the floor; somebody pushes it with 5 N and it does not move.")
    assert f["applied"] == 5.0 and f["friction"] == 5.0


@pytest.mark.parametrize("text", [
    "Claim #44-17, section 2: a 1500 kg car parked on a level road. Draw the forces at that moment.",
    "Problem 4: a 2 kg book rests on a table. Draw the forces on it at this instant.",
    "Ticket #9 (photo 3): a 6 kg box at rest on the floor, at the time of the inspection.",
])
def test_label_numbers_and_the_instant(text):
    sc = parse(text)                # nothing unread: the labels and the instant are read
    f = _forces(text)
    assert set(f) == {"weight", "normal"} and sc.domain == "mechanics"


def test_a_number_with_a_unit_after_a_label_word_is_a_measure():
    from nesy.domains.mechanics_spec import label_and_instant_spans
    assert label_and_instant_spans("step 5 kg of sand") == []
    assert label_and_instant_spans("claim #12") == [(0, 9)]


@pytest.mark.parametrize("text, m", [
    ("A fellow of seventy kilos stood still on a scale. Draw the forces on him.", 70),
    ("A 60-kilo woman stands on the floor.", 60),
    ("a 12 kilo box rests on a table", 12),
])
def test_kilos(text, m):
    assert _forces(text)["weight"] == pytest.approx(m * G, abs=0.02)


@pytest.mark.parametrize("text", [
    "A 70 kg man stands on a bathroom scale; the scale pushes up on his feet.",
    "A 5 kg box rests on the floor and the floor pushes up on it.",
    "A fellow of seventy kilos / Stood still on a scale / Draw the forces on him: / His weight / And the scale pushing up on his toes.",
])
def test_a_support_pushing_up_is_the_normal_force(text):
    f = _forces(text)
    assert set(f) == {"weight", "normal"}, f
    assert f["normal"] == f["weight"]


def test_a_person_pushing_up_is_still_an_applied_force():
    sc = parse("A 5 kg box rests on the floor and a man pushes up on it with 10 N.", allow_unknown=True)
    assert dict(sc.attr("forces")).get("applied") is not None


@pytest.mark.parametrize("text, push", [
    ("Student: a 2 kg block sits on a table, I push it sideways with 8 N and it doesn't move.\n"
     "Tutor: With 8 N it would slide - the maximum static friction there is only about 6 N.\n"
     "Student: OK, then I push with 5 N and it stays put. Draw that one.", 5.0),
    ("Ann: a 4 kg box on the floor, I pull it with 30 N and it stays still.\nBen: too much for that floor.\n"
     "Ann: fine, pull it with 12 N instead and it still doesn't move. Draw it.", 12.0),
    ("Me: 3 kg crate on a table, pushed with 9 N, at rest.\nYou: hmm, no.\nMe: now push with 4 N, still at rest. Sketch that.",
     4.0),
])
def test_a_later_turn_replaces_the_force(text, push):
    f = _forces(text)
    assert f["applied"] == push and f["friction"] == push, f


def test_two_pushes_without_a_change_of_scenario_are_still_refused():
    with pytest.raises(UnsupportedError, match="two applied forces"):
        parse("A 2 kg block sits on a table. I push it with 8 N.\nHe pushes it with 5 N.", allow_unknown=True)


def test_a_push_beyond_the_maximum_static_friction_at_rest_is_refused():
    with pytest.raises(InputError, match="maximum"):
        parse("A 2 kg box sits on a table; the maximum static friction is 6 N. I push it with 9 N and it doesn't move.",
              allow_unknown=True)


def test_only_about_a_number_is_no_closed_list():
    sc = parse("A 2 kg box rests on a table; the maximum static friction is only about 6 N. I push it with 4 N and it "
               "stays put.", allow_unknown=True)
    assert sc.attr("only") is None
    assert dict(sc.attr("friction_max"))["value"] == "6"


def test_the_replaced_force_is_listed_as_not_drawn():
    from nesy.domains.mechanics import parse_mechanics
    sc = parse_mechanics("Ann: a 4 kg box on the floor, I pull it with 30 N and it stays still.\nBen: too much.\n"
                         "Ann: fine, pull it with 12 N instead and it still doesn't move. Draw it.", allow_unknown=True)
    assert "30 N" in {u.text for u in sc.unknown}
    assert dict(sc.attr("forces"))["applied"]["value"] == "12"
    with pytest.raises(Exception):
        parse_mechanics("Ann: a 4 kg box on the floor, I pull it with 30 N and it stays still.\nBen: too much.\n"
                        "Ann: fine, pull it with 12 N instead and it still doesn't move. Draw it.")   # strict: reported
