"""Kinds of phrasing requests-23 refused or drew wrong in sets, each tested on phrasings other than the items' own:
a place fronted in a coordinated clause ("…, and inside A there is a small circle C"); a place after a name set off
by commas with no verb ("Then a fourth one, D, inside C but outside A"); "without touching" said of the relation's
subject, not its last object; "all three" standing for the three things named before; a place said of the whole
figure ("Draw a Venn diagram inside a universal set U"); an overlap said of one thing after a clause broken at
"and" / "&" ("so M and F overlap", "Y & Z partial overlap") — read with the name before it, or refused by name,
never dropped in silence (the figure drew Y and Z apart and verified)."""
from __future__ import annotations

import pytest

from nesy.errors import NesyError
from nesy.pipeline import parse


def _rels(text: str) -> set[tuple[str, str, str]]:
    sg = parse(text, domain="sets", allow_unknown=True)
    out = set()
    for r in sg.relations:
        a, b = r.source, r.target
        if r.kind in ("overlaps", "outside"):
            a, b = sorted((a, b))
        out.add((r.kind, a, b))
    return out


@pytest.mark.parametrize("text, want", [
    ("Sets P and Q overlap, and inside P there is a small set R.", {("overlaps", "P", "Q"), ("inside", "R", "P")}),
    ("Draw A and B crossing each other; and within B there are sets C and D.",
     {("overlaps", "A", "B"), ("inside", "C", "B"), ("inside", "D", "B")}),
    ("Sets E, F and G: F inside E. Then another, H, inside G but outside E.",
     {("inside", "F", "E"), ("inside", "H", "G"), ("outside", "E", "H")}),
    ("K cuts across L without touching M, and M is inside L.",
     {("overlaps", "K", "L"), ("outside", "K", "M"), ("inside", "M", "L")}),
    ("A overlaps B, B overlaps C, but A and C never meet. All three lie in a universe U.",
     {("inside", "A", "U"), ("inside", "B", "U"), ("inside", "C", "U")}),
    ("Draw a Venn diagram inside a universal set S of sets P and Q that overlap.", {("overlaps", "P", "Q")}),
    ("C = chess club, D = drama club. Ann is in both so C and D overlap.", {("overlaps", "C", "D")}),
    ("3 sets: P ⊂ Q; Q & R partial overlap; P ∩ R = ∅",
     {("inside", "P", "Q"), ("overlaps", "Q", "R"), ("outside", "P", "R")}),
])
def test_relations_read(text, want):
    assert want <= _rels(text)


def test_figure_place_is_said_of_every_set():
    rels = _rels("Twelve students like tea (T) and nine like coffee (C); five like both. "
                 "Draw a Venn diagram inside a universal set U.")
    assert {("inside", "T", "U"), ("inside", "C", "U")} <= rels


def test_overlap_of_one_thing_is_refused_by_name():
    with pytest.raises(NesyError, match="overlap"):
        parse("Draw a Venn diagram inside U with sets A and B; C overlapping.", domain="sets")
