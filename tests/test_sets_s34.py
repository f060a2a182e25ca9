"""Session 34: outsiders' set requests (requests-17) — "and a set Z" after a relation's object is a further
item of the list of introduced sets, not a second container (sets_coord); a verbless "no overlap" that
answers or follows a sentence naming two sets is said of those two, not of every set (sets_phrases
._echoed_pair); a yes/no question the next turn confirms is read as a statement (sets._CONFIRMED)."""
from __future__ import annotations

import pytest

from nesy.pipeline import parse


def _rels(text: str):
    sg = parse(text, allow_unknown=True)
    sets = {e.id.lower() for e in sg.entities if e.kind == "set"}
    rels = set()
    for r in sg.relations:
        a, b = r.source.lower(), r.target.lower()
        if r.kind in ("outside", "overlaps") and a > b:
            a, b = b, a
        rels.add((r.kind, a, b))
    return sg, sets, rels


@pytest.mark.parametrize("text", [
    "Draw a set Mammals, a set Dogs that is a subset of Mammals, and a set Fish that is disjoint from Mammals.",
    "Given a set Mammals\nAnd a set Dogs that lies within Mammals\nAnd a set Fish that shares no member with Mammals",
    "Draw a set Mammals, a set Dogs inside Mammals and a set Fish that is separate from Mammals.",
])
def test_and_a_set_after_an_object_is_a_new_list_item(text):
    sg, sets, rels = _rels(text)
    assert sets == {"mammals", "dogs", "fish"}
    assert ("inside", "dogs", "mammals") in rels and ("outside", "fish", "mammals") in rels
    assert ("inside", "dogs", "fish") not in rels


@pytest.mark.parametrize("text,want", [
    # no "a set" before the second object, or an inverted relation: the coordination stays
    ("Draw a set A inside B and C.", {("inside", "a", "b"), ("inside", "a", "c")}),
    ("Draw a set U that contains a set A and a set B.", {("inside", "a", "u"), ("inside", "b", "u")}),
])
def test_coordinated_objects_unchanged(text, want):
    _, _, rels = _rels(text)
    assert want <= rels


@pytest.mark.parametrize("text", [
    "Draw Lemons inside Fruit. Meat stays completely separate from Fruit. No overlap at all.",
    "Draw Lemons inside Fruit. Meat is separate from Fruit, right? Yes, no overlap at all.",   # an untagged "Is … ?" stays masked: a Q. / A. transcript reads its questions in the fallback
    "Draw Lemons inside Fruit. Meat is apart from Fruit, isn't it? Yes.",
])
def test_echoed_no_overlap_is_said_of_the_pair_before(text):
    _, sets, rels = _rels(text)
    assert sets == {"lemons", "fruit", "meat"}
    assert ("inside", "lemons", "fruit") in rels and ("outside", "fruit", "meat") in rels
    assert ("outside", "fruit", "lemons") not in rels


@pytest.mark.parametrize("text,pairs", [
    # a "no overlap" with no pair just before it still keeps every set apart
    ("Draw sets P, Q and R. No overlap at all.", {("p", "q"), ("p", "r"), ("q", "r")}),
    ("Draw Cats and Dogs. No overlap.", {("cats", "dogs")}),
])
def test_no_overlap_of_all_sets_unchanged(text, pairs):
    _, _, rels = _rels(text)
    assert {("outside", a, b) for a, b in pairs} <= rels


def test_denied_question_stays_masked():
    _, _, rels = _rels("Draw Lemons inside Fruit. Is Meat separate from Fruit? No, Meat overlaps Fruit.")
    assert ("overlaps", "fruit", "meat") in rels and ("outside", "fruit", "meat") not in rels
