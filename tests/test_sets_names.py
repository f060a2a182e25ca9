"""A capitalised word names a set only when the text uses it as one (nesy.domains.sets_names): a word that
opens a sentence or a quote ("Helping …", "'Let A = …'", "Could you …"), the pronoun "I" and a counted
"the two sets" add no set; names in relations, rosters, "sets A, B and C", "a diagram of Cats and Dogs"
or a list with such a name stay. Phrasings are not the acceptance sentences they stand for."""
from __future__ import annotations

import pytest

from nesy.pipeline import parse


def _sets(text: str) -> set[str]:
    sg = parse(text, domain="sets", allow_unknown=True)
    return {e.name or e.id for e in sg.entities if e.kind == "set"}


@pytest.mark.parametrize("text, want", [
    ("Helping my son with homework. It says: 'Let A = {1, 3} and B = {1, 2, 3}. Draw A and B.'", {"A", "B"}),
    ("Suppose X ⊆ Y. Illustrate this with a Venn diagram.", {"X", "Y"}),
    ("Given P = {1, 2} and Q = {2, 3}, could you show them? Thanks!", {"P", "Q"}),
    ("Quick question. Could you draw sets M and N which overlap?", {"M", "N"}),
    ("Teacher says: Show that A is a subset of B.", {"A", "B"}),
    ("I need sets A, B and C where every pair intersects.", {"A", "B", "C"}),
    ("A Venn diagram with sets B and C that overlap, please.", {"B", "C"}),
    ("Draw A.", {"A"}),
    ("Let A = {1, 2, 3} and B = {3, 4}. Draw the two sets and put their elements in the right regions.", {"A", "B"}),
    ("Let A = {1, 2, 3} and B = {3, 4}. Draw both sets with their elements.", {"A", "B"}),
])
def test_capital_alone_names_no_set(text: str, want: set[str]) -> None:
    assert _sets(text) == want


@pytest.mark.parametrize("text, want", [
    ("Venn diagram of Cats and Dogs", {"Cats", "Dogs"}),
    ("Draw Mammals, Birds and Fish as three separate circles.", {"Mammals", "Birds", "Fish"}),
    ("Draw three sets A, B and C.", {"A", "B", "C"}),
    ("Dogs is nested inside Mammals. Fish is a set. Cats is a nonempty set.", {"Dogs", "Mammals", "Fish", "Cats"}),
    ("Dogs ⊆ Animals, and Cats ⊆ Animals.", {"Dogs", "Cats", "Animals"}),
])
def test_a_name_used_as_a_set_stays(text: str, want: set[str]) -> None:
    assert _sets(text) == want


def test_every_pair_relates_only_the_sets() -> None:
    sg = parse("I want three sets P, Q and R such that every pair overlaps.", domain="sets", allow_unknown=True)
    pairs = {frozenset((r.source, r.target)) for r in sg.relations if r.kind == "overlaps"}
    assert pairs == {frozenset(p) for p in (("P", "Q"), ("P", "R"), ("Q", "R"))}
