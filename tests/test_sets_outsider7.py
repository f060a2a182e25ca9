"""Sets phrasings met in outsider requests (issue 9, seventh set), each read as a kind, never as one sentence:

* sets introduced as classes, each named by a capital letter after its noun, with no word "set" ("Fruit F,
  apples P and vegetables V") — detected as sets and read, the nouns as what the sets hold;
* a negated participle after "but" shares the clause's subject ("R is cutting Q but not touching P": R ∩ P = ∅);
* a set defined as an intersection ("S = A ∩ B", "the intersection of A and B is S", "the set of elements in
  both A and B"): drawn inside each, the two meeting;
* "A and B are subsets of C and overlap each other": the second predicate relates A and B, not C;
* "Sets: F and P": the bare plural introduces the named sets, it adds none.
"""
from __future__ import annotations

import pytest

from nesy.pipeline import parse


def _rels(scene) -> set[tuple[str, str, str]]:
    out = set()
    for r in scene.relations:
        a, b = r.source, r.target
        if r.kind in ("overlaps", "outside"):
            a, b = sorted((a, b))
        out.add((r.kind, a, b))
    return out


def _sets(scene) -> list[str]:
    return sorted(e.id for e in scene.entities if e.kind == "set")


@pytest.mark.parametrize("text,expect", [
    ("Fruit F, apples P and vegetables V: P lies within F, and V must be kept apart from F.",
     {("inside", "P", "F"), ("outside", "F", "V")}),
    ("Draw animals N, cats C and fish H, where C sits inside N and H is inside N too; C does not meet H.",
     {("inside", "C", "N"), ("inside", "H", "N"), ("outside", "C", "H")}),
    ("Vehicles V; cars K; boats T. Put K in V and keep T separate from K.",
     {("inside", "K", "V"), ("outside", "K", "T")}),
])
def test_classes_named_by_letters_are_sets(text, expect):
    from nesy.registry import detect_domain
    assert detect_domain(text).key == "sets"
    scene = parse(text, domain="sets", allow_unknown=True)
    assert _rels(scene) == expect
    assert len(_sets(scene)) == 3


@pytest.mark.parametrize("text", [
    "Draw the points A and B and the segment between them.",
    "Two blocks A and B rest on a frictionless table.",
])
def test_one_noun_over_several_letters_is_no_list_of_classes(text):
    from nesy.domains.sets import _NAMED_CLASSES
    assert _NAMED_CLASSES.search(text) is None


@pytest.mark.parametrize("text,expect", [
    ("Set P is inside set Q, and set R is cutting Q but not touching P.",
     {("inside", "P", "Q"), ("overlaps", "Q", "R"), ("outside", "P", "R")}),
    ("Sets A, B, C: A lies within B; C crosses B, yet is never meeting A.",
     {("inside", "A", "B"), ("overlaps", "B", "C"), ("outside", "A", "C")}),
    ("Draw K inside L. M is overlapping L but not intersecting with K.",
     {("inside", "K", "L"), ("overlaps", "L", "M"), ("outside", "K", "M")}),
])
def test_but_not_participle_keeps_the_clause_subject(text, expect):
    assert _rels(parse(text, domain="sets")) == expect


@pytest.mark.parametrize("text", [
    "Sets X, Y and Z: X and Y overlap, and Z = X ∩ Y.",
    "The intersection of X and Y is called Z; X and Y overlap.",
    "Draw X, Y and Z; Z is the set of elements in both X and Y.",
])
def test_a_set_defined_as_an_intersection_lies_in_each(text):
    scene = parse(text, domain="sets")
    assert _rels(scene) == {("inside", "Z", "X"), ("inside", "Z", "Y"), ("overlaps", "X", "Y")}
    assert not [e for e in scene.entities if e.kind == "element"]     # no members invented


def test_an_intersection_of_disjoint_sets_is_refused_as_impossible():
    from nesy.pipeline import explain
    out = explain("E and F lie inside G and do not meet each other; H = E ∩ F.", domain="sets")
    assert out["satisfiable"] is False


@pytest.mark.parametrize("text,expect", [
    ("Sets A, B and C: A and B are subsets of C and overlap each other.",
     {("inside", "A", "C"), ("inside", "B", "C"), ("overlaps", "A", "B")}),
    ("The cats C and the pets P lie in N and intersect with one another.",
     {("inside", "C", "N"), ("inside", "P", "N"), ("overlaps", "C", "P")}),
    ("E and F both are inside G and do not meet each other.",
     {("inside", "E", "G"), ("inside", "F", "G"), ("outside", "E", "F")}),
])
def test_each_other_relates_the_two_subjects(text, expect):
    assert _rels(parse(text, domain="sets", allow_unknown=True)) == expect


def test_bare_plural_adds_no_sets():
    assert _sets(parse("Sets: F and P; P inside F.", domain="sets")) == ["F", "P"]


@pytest.mark.parametrize("text", [
    "In a group of 30 children, 12 play chess and 15 play football; nobody plays both. How many play neither?",
    "Of 40 people asked, 25 drink tea, 18 drink coffee and 7 drink both. How many drink neither?",
    "A club has 50 members: 20 of them swim, 35 run, and everyone does at least one. How many do both?",
])
def test_a_counting_word_problem_without_the_word_set_is_sets(text):
    from nesy.registry import detect_domain
    assert detect_domain(text).key == "sets"


@pytest.mark.parametrize("text", [
    "Two 100 Ω resistors are both in series with a 9 V battery. How many amperes flow?",
    "A 5 kg block and a 3 kg block are both at rest on a table; how many forces act on each?",
])
def test_numbers_with_units_are_no_counted_groups(text):
    from nesy.domains.sets import _BARE_COUNT
    assert len(_BARE_COUNT.findall(text)) < 2
