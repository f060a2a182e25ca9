"""Mechanics mechanism from the requests-16 held-out failures (session 33): "with nobody touching it any more",
"no one is holding it now" — no person acts on the body, so its forces are its weight and its named contacts
(the floor it slides on, with its friction): a closed list (``mechanics_closed``), never a negation left unread
(requests-16 mechanics-08 was refused). And a unit-keyed record with an inline map ('rope: {pull_N: 40,
angle_deg: 30}') read by the mechanics reader itself."""
from __future__ import annotations

import json

import pytest

from nesy.errors import UnknownWordsError
from nesy.pipeline import generate, parse
from nesy.registry import get_domain


def _forces(text: str, tmp_path) -> dict[str, float]:
    r = generate(text, out_dir=tmp_path, seed=0, allow_unknown=True)
    assert r.verdict.passed
    body = json.loads((tmp_path / "forces.json").read_text())["bodies"][0]
    return {f["kind"]: f["newtons"] for f in body["forces"]}


@pytest.mark.parametrize("text, m, mu", [
    # requests-16 mechanics-08: refused ("a negation … 'nobody touching'")
    ("ELI5: why does a box stop sliding? Say a 4 kg box slides across the floor with nobody touching it any more, "
     "coefficient of kinetic friction 0.25. Draw the forces on it while it slows down.", 4, 0.25),
    ("A 10 kg crate slides along a rough floor (mu_k = 0.3); no one is touching it now. Draw its free-body diagram.",
     10, 0.3),
    ("A 2 kg puck glides across a rough table, coefficient of kinetic friction 0.1, with nobody holding it. Draw "
     "the forces.", 2, 0.1),
])
def test_nobody_touching_closes_the_list(text, m, mu):
    s = parse(text, allow_unknown=True)
    only = s.attr("only")
    assert only is not None
    forces = dict(s.attr("forces") or {})
    assert "applied" not in forces and "tension" not in forces
    sol = get_domain("mechanics").solve(s)
    body = json.loads(get_domain("mechanics").artifacts(sol, s)["forces.json"])["bodies"][0]
    got = {f["kind"]: f["newtons"] for f in body["forces"]}
    w = m * 9.80665
    assert set(got) == {"weight", "normal", "friction"}
    assert abs(got["weight"] - w) < 1e-6 and abs(got["normal"] - w) < 1e-6 and abs(got["friction"] - mu * w) < 1e-6


def test_nobody_touching_end_to_end(tmp_path):
    got = _forces("Say a 4 kg box slides across the floor with nobody touching it any more, coefficient of kinetic "
                  "friction 0.25. Draw the forces on it.", tmp_path)
    assert set(got) == {"weight", "normal", "friction"} and abs(got["friction"] - 0.25 * 4 * 9.80665) < 1e-6


def test_nobody_with_another_verb_is_still_refused():
    # only touching/holding says no person acts on the body
    with pytest.raises(UnknownWordsError, match="negation"):
        parse("A 4 kg box slides across the floor with nobody watching, coefficient of kinetic friction 0.25.",
              allow_unknown=True)


def test_unit_keyed_record_with_inline_map():
    # the mechanics reader on the record itself (the shared front end's count-name repair reads "pull_N" as
    # "number of pull" before it arrives: reported for the front end, requests-16 mechanics-10)
    text = ("body: wagon\nmass_kg: 12\nrope: {pull_N: 40, angle_deg: 30}   # above the horizontal\nfloor: rough\n"
            "motion: constant velocity\n# free-body diagram, please")
    d = get_domain("mechanics")
    s = d.parse(text, allow_unknown=True)
    body = json.loads(d.artifacts(d.solve(s), s)["forces.json"])["bodies"][0]
    got = {f["kind"]: f["newtons"] for f in body["forces"]}
    assert abs(got["tension"] - 40) < 1e-9 and abs(got["normal"] - (12 * 9.80665 - 20)) < 1e-6
    assert abs(got["friction"] - 40 * 3 ** 0.5 / 2) < 1e-6
