"""orbits.json says where each solved orbital element came from: a planet the text names without its distance
is drawn at the tabulated distance (JPL/NASA), which a reader of the file building ground truth must be able
to tell from a distance the text states."""
from __future__ import annotations

import json

from nesy.cli import main


def _given(tmp_path, text: str) -> dict:
    out = tmp_path / "o"
    assert main(["generate", text, "-o", str(out), "--no-controls"]) == 0
    return json.loads((out / "orbits.json").read_text())["given"]


def test_stated_and_reference_elements_are_told_apart(tmp_path):
    g = _given(tmp_path, "Mars and Earth orbit the Sun; Earth is at 1 AU.")
    assert g["earth"]["a"] == "stated"
    assert g["mars"] == {"a": "reference", "e": "reference", "T": "reference"}


def test_an_unnamed_planets_unstated_elements_are_solved(tmp_path):
    g = _given(tmp_path, "A star with two planets at 0.05 AU and 0.1 AU")
    assert sorted(v["a"] for v in g.values()) == ["stated", "stated"]
    assert {v["T"] for v in g.values()} == {"solved"}
