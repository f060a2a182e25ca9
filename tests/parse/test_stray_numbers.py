"""A number the science's grammar finds counting nothing is listed as not drawn, never passed over as a
word without content: "Are there mitochondria? Yes, 4." drew a figure without them that said "verified"
(exit 0). A count of the figure's own shapes restated beside their names ("three
circles labelled A, B and C") is checked against the scene instead (nesy.parse.stray_numbers)."""
from __future__ import annotations

import json

import pytest

from nesy.cli import main
from nesy.pipeline import parse


def _not_drawn(text: str) -> list[str]:
    return [n.text for n in parse(text, allow_unknown=True).not_drawn]


@pytest.mark.parametrize("text, number", [
    ("Draw an animal cell with a nucleus and some mitochondria. Are there mitochondria? Yes, 4.", "4"),
    ("A plant cell with a nucleus and chloroplasts. How many chloroplasts? Twelve.", "Twelve"),
    ("An animal cell with a nucleus and lysosomes. Lysosomes? 5.", "5"),
])
def test_a_number_that_counts_nothing_is_not_drawn(text, number):
    assert number in _not_drawn(text)


@pytest.mark.parametrize("text, n", [
    ("Three mutually overlapping circles labelled A, B and C", 3),
    ("draw three circles called X Y and Z where X and Y overlap and Y and Z overlap", 3),
    ("two circles P and Q that dont touch (disjoint sets)", 2),
    ("Draw a three-circle Venn diagram of sets A, B and C, all overlapping.", 3),
    ("Mammals and Birds are subsets of Animals; Mammals and Birds are disjoint. Draw these three sets as one "
     "diagram.", 3),
])
def test_a_restated_count_of_the_drawn_shapes_is_read(text, n):
    s = parse(text, allow_unknown=True)
    assert sum(e.kind == "set" for e in s.entities) == n
    assert not s.not_drawn


@pytest.mark.parametrize("text, number", [
    ("Four mutually overlapping circles labelled A, B and C", "Four"),
    ("draw two circles called X, Y and Z where X and Y overlap", "two"),
])
def test_a_restated_count_that_disagrees_is_not_drawn(text, number):
    assert number in _not_drawn(text)


@pytest.mark.parametrize("text", [
    "Please draw a universal set U, and inside it two sets A and B which share some elements but no one is "
    "contained in the other.",
    "A muscle fibre is one long cell with many nuclei. Draw a short piece of one: a single cell with 4 nuclei.",
])
def test_the_pronoun_one_counts_nothing(text):
    assert "one" not in _not_drawn(text)


def test_the_cli_does_not_call_a_figure_without_a_stated_count_complete(tmp_path):
    out = tmp_path / "o"
    rc = main(["generate", "Draw an animal cell with a nucleus and some mitochondria. Are there mitochondria? Yes, 4.",
               "-o", str(out), "--no-controls"])
    assert rc == 7
    verdict = json.loads((out / "verdict.json").read_text())
    assert "4" in [n["text"] for n in verdict["not_drawn"]]
