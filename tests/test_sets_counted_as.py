"""A count of sets with a describing word, said of the named sets ("draw them as two separate sets", "they
are 2 disjoint sets", "show P and Q as two non-overlapping sets"), is those sets, not two more; a count that
disagrees is refused naming the phrase. A plural with no count ("a diagram of number sets", "nested
circles") is not one more set (acceptance-9 sets-06 drew set1, set2 beside P, E; sets-05 drew set1 beside
N, Z, Q). Own phrasings."""
from __future__ import annotations

import pytest

from nesy.errors import NesyError


def scene(text: str):
    from nesy.pipeline import parse
    return parse(text, domain="sets", allow_unknown=True)


def sets_of(sg) -> list[str]:
    return sorted(e.id for e in sg.entities if e.kind == "set")


def pairs(sg, kind: str) -> set[tuple[str, str]]:
    return {tuple(sorted((r.source, r.target))) for r in sg.relations if r.kind == kind}


@pytest.mark.parametrize("text, names", [
    ("A = {1, 2} and B = {3, 4}. Show them as 2 disjoint sets with their members.", ["A", "B"]),
    ("K = {a, b} and L = {c}; they are two separate sets.", ["K", "L"]),
    ("Draw P and Q as two non-overlapping sets.", ["P", "Q"]),
    ("S = {1, 3, 5}, T = {2, 4}. Nothing is shared, so draw them as two distinct sets.", ["S", "T"]),
])
def test_counted_sets_said_of_the_named_ones_add_none(text, names):
    sg = scene(text)
    assert sets_of(sg) == names
    assert pairs(sg, "outside") == {tuple(names)}


def test_count_that_disagrees_is_refused_naming_it():
    with pytest.raises(NesyError, match="three separate sets"):
        scene("A = {1} and B = {2}; draw them as three separate sets.")


@pytest.mark.parametrize("text, names", [
    ("Draw a picture of number sets: N inside Z inside Q.", ["N", "Q", "Z"]),
    ("A inside B inside C, as nested circles.", ["A", "B", "C"]),
    ("Please make a diagram of these number sets: P ⊂ R.", ["P", "R"]),
    ("Some nested sets: X inside Y.", ["X", "Y"]),
])
def test_plural_with_no_count_is_not_one_more_set(text, names):
    sg = scene(text)
    assert sets_of(sg) == names
    assert pairs(sg, "inside") or any(r.kind == "inside" for r in sg.relations)


def test_unnamed_counted_sets_stay_when_nothing_is_named():
    sg = scene("Draw two sets that overlap.")
    assert len(sets_of(sg)) == 2
