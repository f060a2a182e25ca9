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


def test_an_adverb_opening_a_sentence_is_no_set():
    # requests-34 sets-02 as development data: "Off to the right, outside M altogether, put K" drew a set "Off"
    s = parse("Draw M = {2, 4, 6, 8, 10} with N = {4, 8} fully inside it. Off to the right, outside M altogether, "
              "put K = {1, 3}.", domain="sets", allow_unknown=True)
    assert sorted(e.id for e in s.entities if e.kind == "set") == ["K", "M", "N"]
    assert parse("Sets Left and Right overlap.", domain="sets").relations[0].kind == "overlaps"


def test_an_instruction_verb_opening_a_step_is_no_set():
    # requests-33 sets-10 as development data: "2. Add B = {3, 4}" drew a set "Add" once the step numbers were marks
    s = parse("1. Draw a set A = {1, 2, 3}. 2. Add B = {3, 4}. 3. Now C = {7, 8}, apart from both.", domain="sets",
              allow_unknown=True)
    assert sorted(e.id for e in s.entities if e.kind == "set") == ["A", "B", "C"]
