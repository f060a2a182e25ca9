"""Sets named in lower case in a request for a Venn diagram ("draw a venn diagram with chess and drama overlapping
and band completely inside drama", requests-14 sets-09: refused, then — once named — the overlap was lost after
"diagram with" and the figure verified without it)."""
from __future__ import annotations

import pytest

from nesy.domains.sets_lower import capitalised, figure_with
from nesy.pipeline import parse


def _rels(text: str) -> set:
    return {(r.kind, r.source, r.target) for r in parse(text, allow_unknown=True).relations}


@pytest.mark.parametrize("text, want", [
    ("ok so draw a venn diagram with chess and drama overlapping and band completely inside drama",
     {("overlaps", "Chess", "Drama"), ("inside", "Band", "Drama")}),
    ("Draw a Venn diagram: cats and dogs overlap, and kittens is a subset of cats.",
     {("overlaps", "Cats", "Dogs"), ("inside", "Kittens", "Cats")}),
    ("euler diagram please - tea and coffee are disjoint, and green is inside tea",
     {("inside", "Green", "Tea")}),
])
def test_lower_case_names_in_set_slots_are_sets(text, want):
    assert want <= _rels(text)


def test_a_figure_with_its_sets_keeps_every_relation():
    assert {("overlaps", "Chess", "Drama"), ("inside", "Band", "Drama")} <= \
        _rels("A diagram with Chess and Drama overlapping and Band inside Drama.")


def test_no_cue_or_capitals_changes_nothing():
    assert capitalised("the cell and the nucleus overlap") is None          # no Venn/sets/circles cue
    assert capitalised("Draw sets A and B overlapping") is None              # named in capitals
    assert figure_with("a cell with a nucleus and two mitochondria") is None  # no figure noun before "with"
