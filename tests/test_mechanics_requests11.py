"""What requests-11 showed in mechanics, on phrasings other than the item's own: a mass nesy does not read is
never drawn or written as a stated mass. The figure labels the body m and its weight mg; forces.json writes no
mass and no newtons for what the text does not fix (null, with the size drawn in proportion beside it)."""
from __future__ import annotations

import json

import pytest

from nesy.cli import main

G = 9.80665


def _forces(tmp_path, text: str) -> tuple[int, dict]:
    out = tmp_path / "o"
    rc = main(["generate", text, "-o", str(out), "--no-controls", "--timeout", "120"])
    return rc, json.loads((out / "forces.json").read_text())


@pytest.mark.parametrize("text", [
    "A picture frame of a couple of kilograms hangs motionless from a single vertical wire.",
    "A lamp of some kilograms hangs at rest from a cord.",
    "A block hangs motionless from a single vertical wire.",
    "A crate of umpteen kilograms hangs at rest from a rope.",
])
def test_an_unread_mass_is_no_number(tmp_path, text):
    rc, d = _forces(tmp_path, text)
    assert rc in (0, 7)
    b = d["bodies"][0]
    assert b["mass_kg"] is None
    w = next(f for f in b["forces"] if f["kind"] == "weight")
    assert w["newtons"] is None and w["schematic"] is True and w["drawn_newtons"] > 0


@pytest.mark.parametrize("text, m", [
    ("A picture frame of 0.75 kg hangs motionless from a single vertical wire.", 0.75),
    ("A 2 kg lamp hangs at rest from a cord.", 2),
])
def test_a_stated_mass_is_written(tmp_path, text, m):
    # negative: a mass the text states is a value, never made schematic
    rc, d = _forces(tmp_path, text)
    assert rc in (0, 7)
    b = d["bodies"][0]
    assert b["mass_kg"] == pytest.approx(m)
    w = next(f for f in b["forces"] if f["kind"] == "weight")
    assert w["newtons"] == pytest.approx(m * G) and "schematic" not in w
