"""A Venn diagram asked for by name, of sets the text relates in no other way, shows their common region
(nesy.domains.sets_venn_asked): drawn apart, as an Euler diagram draws unrelated sets, 'Draw a Venn diagram
of A and B' stated A ∩ B = ∅ and said 'verified'."""
from __future__ import annotations

import json

import pytest

from nesy.cli import main
from nesy.pipeline import parse


def _rels(text: str) -> set[tuple[str, str, str]]:
    return {(r.kind, r.source, r.target) for r in parse(text, allow_unknown=True).relations}


@pytest.mark.parametrize("text, pairs", [
    ("Draw a Venn diagram of sets A and B.", {("A", "B")}),
    ("Let M be the set of mammals and F the set of animals that can fly; show M and F in a Venn diagram.",
     {("M", "F")}),
    ("venn diagram for X, Y and Z please", {("X", "Y"), ("X", "Z"), ("Y", "Z")}),
])
def test_unrelated_sets_of_a_venn_diagram_overlap(text, pairs):
    assert {(s, t) for k, s, t in _rels(text) if k == "overlaps"} == pairs


@pytest.mark.parametrize("text", [
    "Draw sets A and B.",                                       # no Venn diagram asked: Euler reading
    "Draw a Venn diagram: A and B are disjoint.",               # related: as stated
    "Draw a Venn diagram of A = {1, 2} and B = {3, 4}.",        # their elements relate them: disjoint
    "Draw an Euler diagram of A and B (not a Venn diagram).",
])
def test_otherwise_nothing_is_added(text):
    assert not any(k == "overlaps" for k, _s, _t in _rels(text))


def test_the_cli_draws_and_checks_the_common_region(tmp_path):
    out = tmp_path / "o"
    assert main(["generate", "Draw a Venn diagram of sets A and B.", "-o", str(out), "--no-controls"]) == 0
    verdict = json.loads((out / "verdict.json").read_text())
    assert any(c["law"] == "overlaps" and c["args"] == ["A", "B"] and c["passed"] for c in verdict["checks"])
