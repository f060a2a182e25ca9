"""A set's description between its name and its braces (nesy/domains/sets_words.py): "A = pupils with cats {Ann,
Bo, Cy}" (no second "="), "P = primes < 10 = {2, 3, 5, 7}" (a bound in the description) were refused as braces
nesy does not read (requests-31 sets-01, -02 as development data)."""
from __future__ import annotations

import pytest

from nesy.pipeline import parse


def _members(text: str) -> dict[str, set]:
    """Each set's members as the parse places them (set name → element names)."""
    s = parse(text, allow_unknown=True)
    names = {e.id: e.name or e.id for e in s.entities}
    got: dict[str, set] = {}
    for r in s.relations:
        if r.kind == "element_of":
            got.setdefault(names[r.target], set()).add(names[r.source])
    return got


@pytest.mark.parametrize("text,members", [
    ("A = girls in the choir {Mia, Zoe, Ida}; B = girls in the band {Zoe, Lou}. Draw the Venn diagram.",
     {"A": {"Mia", "Zoe", "Ida"}, "B": {"Zoe", "Lou"}}),
    ("S = squares < 50 = {1, 4, 9, 16, 25, 36, 49}; T = odd nos. < 10 = {1, 3, 5, 7, 9}; Venn of S and T.",
     {"S": {"1", "4", "9", "16", "25", "36", "49"}, "T": {"1", "3", "5", "7", "9"}}),
])
def test_a_description_before_the_braces(text, members):
    assert _members(text) == members


@pytest.mark.parametrize("text,members", [
    # numbers a set is said to hold (requests-32 sets-05 as development data: "S and T, both containing 3 and 5 …
    # S also has 1" left every number unread and drew S and T apart)
    ("Two sets P and Q, both containing 2 and 8. P also has 4, and Q also holds 6 and 10.",
     {"P": {"2", "8", "4"}, "Q": {"2", "8", "6", "10"}}),
    ("Sets X and Y: X contains 1 and 3, and Y includes the numbers 3, 5 and 7.",
     {"X": {"1", "3"}, "Y": {"3", "5", "7"}}),
])
def test_numbers_a_set_holds(text, members):
    assert _members(text) == members


def test_a_count_of_elements_is_no_member():
    from nesy.domains.sets_members import _HAS
    assert _HAS.search("A has 3 elements and B has 4 elements.") is None


def _relations(text):
    s = parse(text, allow_unknown=True)
    return {(r.kind, r.source, r.target) for r in s.relations if r.kind != "element_of"}


def test_the_rest_of_a_set_and_exactly_its_members():
    # (requests-32 sets-07 as development data: "F has exactly the elements 2 and 4, and G is the rest of H" drew G
    # outside H, exit 7)
    rel = _relations("K = {2, 4, 6, 8, 10}. M has exactly the elements 4 and 8, and N is the rest of K.")
    assert {("inside", "M", "K"), ("inside", "N", "K"), ("outside", "M", "N")} <= rel
    assert _members("K = {2, 4, 6, 8, 10}. M has exactly the elements 4 and 8, and N is the rest of K.")["N"] == \
        {"2", "6", "10"}


def test_every_member_but_some_is_in_another_set():
    # (requests-32 sets-01, -02 as development data: "except" was refused as a negation nesy does not read)
    assert _members("Let P = {2, 4, 6, 8}. Every element of P except 8 is also in Q, and Q has one more element, "
                    "10.")["Q"] == {"2", "4", "6", "10"}
    rel = _relations("Sets. R = {p, q, r, s}; T contains every letter of R but s, and nothing more; V = {s, t}.")
    assert {("inside", "T", "R"), ("overlaps", "R", "V"), ("outside", "T", "V")} <= rel
