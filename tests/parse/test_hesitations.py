"""Spoken fillers ("um", "uh", ", like,", ", yeah,") are read as nothing, so a value they interrupt is read
(nesy.parse.repairs.hesitations); "um" after a number stays a micrometre and "ER" the endoplasmic reticulum."""
from __future__ import annotations

import json

import pytest

from nesy.cli import main
from nesy.parse.repairs import hesitations
from nesy.pipeline import parse


def _read(text: str) -> str:
    for a, b, r in reversed(hesitations(text)):
        text = text[:a] + r + text[b:]
    return text


@pytest.mark.parametrize("text, read", [
    ("the coefficient of friction is, uh, 0.25.", "the coefficient of friction is 0.25."),
    ("with, like, four nuclei and, um, six mitochondria", "with four nuclei and six mitochondria"),
    ("a nucleus, um, three mitochondria", "a nucleus, three mitochondria"),     # one comma stays between items
    ("Earth at... uh... one AU", "Earth at...  one AU"),
])
def test_fillers_are_read_as_nothing(text, read):
    assert _read(text) == read


@pytest.mark.parametrize("text", ["a 5 um bead", "nucleus: 1, ER: 1", "the ER, the Golgi", "UM cells",
                                  "cells like neurons"])
def test_what_is_no_filler_stays(text):
    assert _read(text) == text


def test_a_value_after_a_filler_is_drawn(tmp_path):
    out = tmp_path / "o"
    rc = main(["generate", "A 30 kg crate is dragged at constant speed across a level floor by a horizontal rope; "
               "the coefficient of kinetic friction is, um, 0.4.", "-o", str(out), "--no-controls"])
    assert rc == 0
    body = json.loads((out / "forces.json").read_text())["bodies"][0]
    friction = next(f for f in body["forces"] if f["kind"] == "friction")
    assert friction["newtons"] == pytest.approx(0.4 * 30 * 9.80665)


def test_counts_between_fillers():
    s = parse("so, uh, draw a cell with, like, three mitochondria and, um, one nucleus.", allow_unknown=True)
    kinds = [e.kind for e in s.entities]
    assert kinds.count("mitochondrion") == 3 and kinds.count("nucleus") == 1
    assert not s.not_drawn


@pytest.mark.parametrize("text, n", [
    ("so, um, could you make a fluorescence image with, uh, nine nuclei? yeah, nine.", 9),
    ("A DAPI image with 14 nuclei. Yes, 14.", 14),
    ("a fluorescence micrograph of twelve nuclei. Right, 12!", 12),
])
def test_a_number_said_again_to_confirm_it_counts_nothing_new(text, n):
    s = parse(text, allow_unknown=True)
    assert s.domain == "microscopy" and len(s.entities) == n
    assert any(c.read_as == "" and c.text.strip().lower().startswith(("yeah", "yes", "right")) for c in s.corrections)


def test_a_different_number_after_an_assent_is_no_echo():
    from nesy.parse.repairs import echoes
    assert echoes("a cell with 3 mitochondria. Yes, 4.") == []
    assert echoes("a cell with 3 mitochondria. Yes, 3 and a nucleus.") == []
