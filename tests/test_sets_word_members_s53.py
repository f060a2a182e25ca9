"""Members named by words in a roster are read by name in later sentences ("X = {red, green, blue}. Y contains green
and blue"), a new word among them is a member too ("Z also contains black"), and "nothing else" closes a set's
members into its roster.

(requests-33 sets-04 as development data: 'green', 'blue', 'black' and 'nothing else' were left unread and Y and Z
drawn empty.)
"""
import pytest

from nesy.pipeline import parse


def _parse(text):
    s = parse(text, domain="sets")
    assert not s.not_drawn and not s.unknown
    members = {(r.source, r.target) for r in s.relations if r.kind == "element_of"}
    others = {(r.kind, r.source, r.target) for r in s.relations if r.kind != "element_of"}
    return members, others


def test_word_members_said_again_by_name():
    members, _ = _parse("X = {red, green, blue}. Y contains green and blue, as does Z; Z also contains black, and Y "
                        "contains nothing else. Draw X, Y and Z.")
    assert {("green", "Y"), ("blue", "Y"), ("green", "Z"), ("blue", "Z"), ("black", "Z")} <= members
    assert ("red", "Y") not in members and ("black", "Y") not in members


@pytest.mark.parametrize("text, rel", [
    ("A = {apple, pear}. B has only pear and plum.", ("overlaps", "A", "B")),     # not B inside A: plum is read
    ("A = {1, 2, 3}. B contains 2 and 3, and nothing else.", ("inside", "B", "A")),
    ("A = {cat, dog}. B contains dog and nothing else.", ("inside", "B", "A")),
])
def test_closed_members_fix_the_relation(text, rel):
    _, others = _parse(text)
    assert rel in others
