"""A negation governs every force word coordinated with the one it stands before (nesy.domains.mechanics_closed).

"nothing pushes or pulls it" drew a push (requests-25 mechanics-05, held out: exit 0, verified) — the negation was
read for "pushes" only.
"""
from __future__ import annotations

import json

import pytest

from nesy import pipeline
from nesy.cli import main


@pytest.mark.parametrize("text", [
    "A 4 kg puck sits on level ice - no friction, and nothing pushes or pulls it. Draw the forces.",
    "A 4 kg block rests on a table and is not pushed or pulled.",
    "A 4 kg block rests on a table and is neither pushed nor pulled.",
])
def test_no_applied_force_is_drawn(text):
    g = pipeline.parse(text, domain="mechanics")
    assert "applied" not in (g.attr("forces") or {}) and "tension" not in (g.attr("forces") or {})


def test_a_force_outside_the_negation_stays():
    g = pipeline.parse("No rope holds the 4 kg block, and a 10 N push acts on it on a rough floor at rest.",
                       domain="mechanics")
    assert "applied" in g.attr("forces") and "tension" not in g.attr("forces")


def test_cli_puck_on_ice(tmp_path):
    out = tmp_path / "p"
    assert main(["generate", "A 4 kg puck sits on level ice - no friction, and nothing pushes or pulls it. Draw the "
                 "forces.", "-o", str(out)]) == 0
    kinds = {f["kind"] for f in json.loads((out / "forces.json").read_text())["bodies"][0]["forces"]}
    assert kinds == {"weight", "normal"}
