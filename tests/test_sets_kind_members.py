"""A member said to be of the kind a set collects is in that set: "(treat Y as a consonant)", "count 1 as odd"
(requests-14 sets-06: "treat Y as a consonant" made a fourth set Y, drawn as a region nobody asked for, verified)."""
from __future__ import annotations

import pytest

from nesy.pipeline import parse


@pytest.mark.parametrize("text, member, target", [
    ("No letter is both a vowel and a consonant (treat Y as a consonant). Draw Letters as the big set with Vowels "
     "and Consonants inside it, Vowels and Consonants not overlapping.", "Y", "Consonants"),
    ("Draw Odd and Even as disjoint sets; count 1 as odd.", "1", "Odd"),
    ("Draw Odd and Even as disjoint sets and consider 7 as odd.", "7", "Odd"),
])
def test_a_member_of_a_sets_kind_is_in_the_set(text, member, target):
    sc = parse(text, allow_unknown=True)
    kinds = {e.id: e.kind for e in sc.entities}
    assert kinds.get(member) == "element"
    assert ("element_of", member, target) in {(r.kind, r.source, r.target) for r in sc.relations}


def test_a_set_said_to_be_a_kind_of_nothing_drawn_stays_a_set():
    sc = parse("Sets A and B overlap. A is a subset of B.", allow_unknown=True)
    assert {e.id: e.kind for e in sc.entities} == {"A": "set", "B": "set"}
