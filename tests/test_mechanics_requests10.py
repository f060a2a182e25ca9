"""Kinds of situation requests-10 (and requests-9) failed on, each on phrasings other than the items' own, read
from what the CLI writes (forces.json): a body nothing supports (free fall: its weight alone, no normal force),
a body a rope lifts or lowers while accelerating (T = m(g + a)), any concrete noun with a mass in grams as the
body, a body pushed against a wall (normal = push, friction = weight), and no invented rope tension in
forces.json (a size the text does not fix is marked schematic)."""
from __future__ import annotations

import json

import pytest

from nesy.cli import main

G = 9.80665


def _forces(tmp_path, text: str, rc_ok=(0, 7)) -> dict:
    out = tmp_path / "o"
    rc = main(["generate", text, "-o", str(out), "--no-controls"])
    assert rc in rc_ok, rc
    return json.loads((out / "forces.json").read_text())


def _kinds(d: dict) -> dict[str, tuple[float, float]]:
    return {f["kind"]: (f["newtons"], f["direction_deg"]) for f in d["bodies"][0]["forces"]}


@pytest.mark.parametrize("text, m", [
    ("Free-body diagram of a 60 kg cliff diver just after she jumps off the rock; air resistance is negligible.", 60),
    ("A 0.15 kg baseball is in flight after being hit. Ignore the air. Draw the forces on it.", 0.15),
    ("A 2 kg rock is dropped down a well. Show the forces on the rock as it falls.", 2),
    ("a 5 kg parcel falls out of a drone; nothing else touches it", 5),
])
def test_a_body_nothing_supports_has_its_weight_alone(tmp_path, text, m):
    d = _forces(tmp_path, text)
    assert d["scene"] == "free"
    f = _kinds(d)
    assert set(f) == {"weight"}                       # never a normal force under a falling body
    assert f["weight"] == pytest.approx((m * G, -90.0))
    assert d["bodies"][0]["accel"] == pytest.approx([0.0, -G])


def test_a_body_dropped_onto_a_table_keeps_its_support(tmp_path):
    # negative: the body lands and rests on the table, whose normal force holds it
    d = _forces(tmp_path, "A 3 kg box was dropped onto a table and now rests there. Draw its forces.")
    assert d["scene"] == "horizontal"
    assert set(_kinds(d)) == {"weight", "normal"}


def test_a_falling_body_with_a_stated_drag_is_refused_by_name(tmp_path):
    out = tmp_path / "o"
    assert main(["generate", "A 80 kg skydiver falls with an air resistance of 300 N.", "-o", str(out)]) == 2


@pytest.mark.parametrize("text, m, T, up", [
    ("A crane hoists a 50 kg crate on a steel cable; the crate accelerates upward at 1.5 m/s².", 50, 50 * (G + 1.5), 1),
    ("Forces on a 12 kg pail being raised by a rope with an upward acceleration of 0.5 m/s²?", 12, 12 * (G + 0.5), 1),
    ("A 30 kg load is lowered on a chain, accelerating downward at 2 m/s².", 30, 30 * (G - 2), -1),
    ("A 10 kg bucket is lifted by a rope at constant speed.", 10, 10 * G, 0),
])
def test_a_body_a_rope_lifts_or_lowers(tmp_path, text, m, T, up):
    d = _forces(tmp_path, text)
    assert d["scene"] == "hanging"
    f = _kinds(d)
    assert set(f) == {"weight", "tension"}
    assert f["tension"] == pytest.approx((T, 90.0), rel=1e-6)
    ay = d["bodies"][0]["accel"][1]
    assert (ay > 0) if up > 0 else (ay < 0) if up < 0 else ay == pytest.approx(0.0)


def test_a_lifted_body_at_rest_still_hangs(tmp_path):
    d = _forces(tmp_path, "A 4 kg lamp hangs at rest from a cord.")
    assert _kinds(d)["tension"] == pytest.approx((4 * G, 90.0))


@pytest.mark.parametrize("text, kg, kind", [
    ("A 400 g flowerpot hangs at rest from a cord.", 0.4, "tension"),
    ("A 750 g teapot rests on a level table. Draw the forces on the teapot.", 0.75, "normal"),
    ("A 120 g smartphone is suspended from a string and is not moving.", 0.12, "tension"),
])
def test_a_concrete_noun_with_a_mass_in_grams_is_the_body(tmp_path, text, kg, kind):
    d = _forces(tmp_path, text, rc_ok=(0,))          # every word read: the noun is the body
    f = _kinds(d)
    assert f["weight"] == pytest.approx((kg * G, -90.0))
    assert f[kind][0] == pytest.approx(kg * G)


@pytest.mark.parametrize("text, m, push", [
    ("A 0.5 kg picture frame is held against the wall by a horizontal push of 12 N and stays put.", 0.5, 12),
    ("You press a 2 kg block against a rough vertical wall with a horizontal force of 60 N; it does not move.", 2, 60),
    ("A 1 kg box pinned to the wall by a 25 N horizontal force.", 1, 25),
])
def test_a_body_pushed_against_a_wall(tmp_path, text, m, push):
    d = _forces(tmp_path, text)
    assert d["scene"] == "wall"
    f = _kinds(d)
    assert f["normal"] == pytest.approx((push, 180.0))            # horizontal, out of the wall
    assert f["applied"] == pytest.approx((push, 0.0))
    assert f["friction"] == pytest.approx((m * G, 90.0))          # static friction holds the weight, up
    assert "tension" not in f


def test_a_rope_of_no_stated_size_is_marked_schematic(tmp_path):
    d = _forces(tmp_path, "A 5 kg box is pulled across a rough floor by a rope.")
    assert d.get("to_scale") is False
    f = {x["kind"]: x for x in d["bodies"][0]["forces"]}
    assert f["tension"].get("schematic") is True and f["friction"].get("schematic") is True
    assert not f["weight"].get("schematic") and not f["normal"].get("schematic")
