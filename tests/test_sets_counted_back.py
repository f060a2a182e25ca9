"""A count of sets that refers back to the sets already named ("all three sets", "these two sets", "each of
the 3 sets") is those sets, not as many more unnamed ones; a count that disagrees with the named sets is
refused naming the phrase (acceptance-8 sets-09 drew set1, set2, set3 beside A, B, C). Own phrasings."""
from __future__ import annotations

import pytest

from nesy.errors import NesyError


def scene(text: str, allow_unknown: bool = True):
    from nesy.pipeline import parse
    return parse(text, domain="sets", allow_unknown=allow_unknown)


def sets_of(sg) -> list[str]:
    return sorted(e.id for e in sg.entities if e.kind == "set")


@pytest.mark.parametrize("text, names", [
    ("X = {1, 2}, Y = {2, 3}, Z = {9} — please draw all three sets and their members", ["X", "Y", "Z"]),
    ("Let P = {a, b} and Q = {b, c}; show these two sets with their members", ["P", "Q"]),
    ("X = {1, 2}, Y = {2, 3}, Z = {5}. Draw each of the 3 sets as a circle", ["X", "Y", "Z"]),
    ("M = {1, 2} and N = {2, 3}; draw the two sets with their elements", ["M", "N"]),
])
def test_count_referring_back_adds_no_sets(text, names):
    sg = scene(text)
    assert sets_of(sg) == names
    assert not sg.unknown


def test_relation_of_the_counted_sets_is_the_named_sets():
    sg = scene("M = {1, 2} and N = {2, 3}; the two sets overlap.")
    assert sets_of(sg) == ["M", "N"]
    assert {(r.kind, *sorted((r.source, r.target))) for r in sg.relations if r.kind == "overlaps"} == \
        {("overlaps", "M", "N")}


@pytest.mark.parametrize("text, phrase", [
    ("X = {1, 2}, Y = {2, 3}, Z = {5}. Draw the four sets with their elements", "four sets"),
    ("M = {1, 2} and N = {2, 3}; draw all 3 sets.", "3 sets"),
    ("K = {red, blue} — show both of the five sets", "five sets"),
])
@pytest.mark.parametrize("strict", [False, True])
def test_count_that_disagrees_is_refused_naming_it(text, phrase, strict):
    """Refused, not drawn with the phrase listed as omitted: the count is a claim about the figure."""
    with pytest.raises(NesyError) as e:
        scene(text, allow_unknown=not strict)
    assert phrase in str(e.value)


def test_count_with_no_named_sets_still_draws_that_many():
    assert len(sets_of(scene("Draw three sets."))) == 3
