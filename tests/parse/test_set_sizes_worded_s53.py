"""Sizes of sets with their intersection or union said in words: read by inclusion–exclusion as region counts.

(Session 53: "A has 3 elements and B has 4 elements, 2 in common" was refused as impossible — "2 in common" read as a
set named "common" — and "A has 3 elements, B has 4 elements, and they have 2 elements in common" drew B inside A.)
"""
import pytest

from nesy.errors import UnsatisfiableError
from nesy.pipeline import parse


def _regions(text):
    """Region (the sets it is in, sorted) → the count written in it (None for '?')."""
    s = parse(text, domain="sets")
    sets = {e.id for e in s.entities if e.kind == "set"}
    out = {}
    for e in s.entities:
        if e.kind == "element" and e.id.startswith("n_"):
            where = tuple(sorted(r.target for r in s.relations if r.kind == "element_of" and r.source == e.id
                                 and r.target in sets))
            out[where] = None if e.name == "?" else int(e.name)
    return out


@pytest.mark.parametrize("text, want", [
    ("A has 3 elements and B has 4 elements, 2 in common. Draw the Venn diagram.", {("A", "B"): 2, ("A",): 1, ("B",): 2}),
    ("A has 3 elements, B has 4 elements, and they have 2 elements in common.", {("A", "B"): 2, ("A",): 1, ("B",): 2}),
    ("Set A has 3 elements, set B has 4 elements and 2 elements are in both.", {("A", "B"): 2, ("A",): 1, ("B",): 2}),
    ("Set P has 12 members and set Q has 9 members; 4 members belong to both P and Q.",
     {("P", "Q"): 4, ("P",): 8, ("Q",): 5}),
    ("A has five elements and B has seven; the intersection has two elements.", {("A", "B"): 2, ("A",): 3, ("B",): 5}),
    ("The cardinality of A is 8, the cardinality of B is 5 and A and B share 3 elements.",
     {("A", "B"): 3, ("A",): 5, ("B",): 2}),
    ("A and B have 10 elements between them; A has 6 and B has 7 elements.", {("A", "B"): 3, ("A",): 3, ("B",): 4}),
    ("Draw a Venn diagram where |A| = 7, |B| = 5 and the sets share 2 elements.", {("A", "B"): 2, ("A",): 5, ("B",): 3}),
    ("U has 20 elements, A has 8 elements, B has 9 elements and 3 elements are in both A and B.",
     {("A", "B"): 3, ("A",): 5, ("B",): 6, (): 6}),
])
def test_sizes_with_a_worded_intersection_or_union(text, want):
    got = _regions(text)
    assert {k: v for k, v in got.items() if k in want} == want


def test_three_sets_with_one_common_to_all():
    got = _regions("A has 6 members, B has 5 members, C has 4 members, and 1 member is common to all three.")
    assert got[("A", "B", "C")] == 1 and got[("A", "B")] is None     # the pairs are not given: '?', never guessed


def test_contradictory_worded_sizes_name_their_phrases():
    with pytest.raises(UnsatisfiableError, match="they have 5 elements in common"):
        parse("A has 3 elements and B has 2 elements, and they have 5 elements in common.", domain="sets")


@pytest.mark.parametrize("text, want", [
    # survey problems: "in common" and "common to both" are the overlap, never a set named "Common"
    ("In a class of 30 students, 18 play football and 12 play cricket, with 5 in common. Draw a Venn diagram.",
     {("Cricket", "Football"): 5, ("Football",): 13, ("Cricket",): 7, (): 5}),
    ("Of 50 people, 30 like tea and 25 like coffee; 10 are common to both. Venn diagram please.",
     {("Coffee", "Tea"): 10, ("Tea",): 20, ("Coffee",): 15, (): 5}),
])
def test_in_common_in_survey_problems(text, want):
    assert _regions(text) == want


def test_a_number_in_common_without_sizes_is_a_member():
    s = parse("A = {1, 2, 3} and B = {2, 3, 4}; the element 2 is in both A and B.", domain="sets")
    assert not any(e.id.startswith("n_") for e in s.entities)
    assert {r.target for r in s.relations if r.kind == "element_of" and r.source == "2"} == {"A", "B"}
