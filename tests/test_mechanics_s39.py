"""Session 39: a body hanging from a cord, with no word of motion anywhere, hangs at rest (requests-19
mechanics-03 drew the cord's tension as a schematic arrow with no value: only a named fixed support made it rest)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "sketch FBD for a 3.5 kg lamp hanging from one cord",
    "A 3.5 kg lamp hangs from a cord.",
    "sketch FBD for a 2.5 kg lamp hanging from one cord.. actually the lamp is 3.5 kg",
])
def test_a_body_hanging_with_no_motion_is_at_rest(text, tmp_path):
    import json
    from nesy.cli import main
    assert main(["generate", text, "-o", str(tmp_path)]) == 0
    forces = {f["kind"]: f["newtons"] for f in json.loads((tmp_path / "forces.json").read_text())["bodies"][0]["forces"]}
    assert forces["tension"] == pytest.approx(3.5 * 9.80665) and forces["weight"] == pytest.approx(3.5 * 9.80665)


@pytest.mark.parametrize("text", [
    "A 3.5 kg lamp hangs from a cord in an elevator accelerating upward at 2 m/s^2.",
    "A 3.5 kg mass hangs from a cord and is being lifted.",
])
def test_a_hanging_body_said_to_move_is_not_made_to_rest(text, tmp_path):
    import json
    from nesy.cli import main
    main(["generate", text, "-o", str(tmp_path)])
    f = tmp_path / "forces.json"
    if f.is_file():
        forces = {x["kind"]: x["newtons"] for x in json.loads(f.read_text())["bodies"][0]["forces"]}
        assert forces.get("tension") != pytest.approx(3.5 * 9.80665)
