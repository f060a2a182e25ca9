"""Sets of numbers named by their members' property: their relation is derived, never drawn apart by
default (requests-dev sets-13 drew "E = even numbers, M = multiples of 4" as two disjoint sets), finite
ones become rosters, progressions with an ellipsis are expanded, and claims about members are checked."""
from __future__ import annotations

import pytest

from nesy.domains.sets_numbers import expand_roster, parse_description, relation
from nesy.errors import InputError, UnsatisfiableError


def _read(text: str):
    from nesy.domains.sets_words import read
    sg = read(text, allow_unknown=True)
    rels = {(r.kind, r.source, r.target) for r in sg.relations if r.kind != "element_of"}
    members: dict[str, set[str]] = {}
    for r in sg.relations:
        if r.kind == "element_of":
            members.setdefault(r.target, set()).add(r.source)
    return sg, rels, members


@pytest.mark.parametrize("a, b, want", [
    ("even numbers", "multiples of 4", "contains"),            # 2 | 4
    ("multiples of 6", "multiples of 3", "inside"),
    ("multiples of 4", "multiples of 6", "overlaps"),          # 12 in both, 4 only in one
    ("odd numbers", "even numbers", "outside"),
    ("prime numbers", "odd numbers", "overlaps"),              # 2 is prime and even
    ("multiples of 4", "primes", "outside"),
    ("natural numbers", "integers", "inside"),
    ("integers", "rational numbers", "inside"),
    ("irrational numbers", "rationals", "outside"),
    ("irrational numbers", "real numbers", "inside"),
    ("factors of 12", "factors of 24", "inside"),
    ("numbers divisible by three", "multiples of 3", "equal"),
])
def test_relation_follows_from_the_numbers(a, b, want):
    assert relation(parse_description(a), parse_description(b)) == want


@pytest.mark.parametrize("desc", ["students who play football", "numbers", "even", "squares", "positive reals",
                                  "rationals less than 1", "cubes"])
def test_descriptions_not_of_numbers_are_not_read(desc):
    assert parse_description(desc) is None


@pytest.mark.parametrize("text, want", [
    ("E is the set of even numbers and M is the set of multiples of 4. Show how E and M are related.",
     ("inside", "M", "E")),
    ("Let P be the primes and O the odd numbers; draw P and O.", ("overlaps", "P", "O")),
    ("T = multiples of three, S = numbers divisible by 6", ("inside", "S", "T")),
    ("Draw the evens E: E denotes the even integers, and F the set of all multiples of 5.", ("overlaps", "E", "F")),
    ("Irrational numbers I and rational numbers Q are both inside the real numbers R", ("outside", "I", "Q")),
    ("X = {2, 4, 6, ...} and Y = {1, 3, 5, ...}", ("outside", "X", "Y")),
    ("Draw an Euler diagram of N = natural numbers, Z = integers and R = real numbers.", ("inside", "N", "Z")),
    ("Let E be the multiples of 2 and T the multiples of 3. Draw E and T.", ("overlaps", "E", "T")),
])
def test_sets_of_numbers_relate_as_the_numbers_do(text, want):
    _, rels, _ = _read(text)
    assert want in rels, rels


@pytest.mark.parametrize("text, members", [
    ("the universal set is U = {1, 2, ..., 10}. Let E be the set of even numbers in U and M the set of "
     "multiples of 3 in U.", {"E": {"2", "4", "6", "8", "10"}, "M": {"3", "6", "9"}}),
    ("Venn diagram for U = {1,...,12}: P = prime numbers, E = even numbers",
     {"P": {"2", "3", "5", "7", "11"}, "E": {"2", "4", "6", "8", "10", "12"}}),
    ("Draw the factors of 12 (F) and the factors of 18 (G) in a Venn diagram",
     {"F": {"1", "2", "3", "4", "6", "12"}, "G": {"1", "2", "3", "6", "9", "18"}}),
    ("P = prime numbers less than 20 and O = odd numbers below twenty",
     {"P": {"2", "3", "5", "7", "11", "13", "17", "19"}, "O": {str(k) for k in range(1, 20, 2)}}),
])
def test_finite_sets_of_numbers_are_drawn_member_by_member(text, members):
    sg, rels, got = _read(text)
    for s, want in members.items():
        assert got.get(s) == want, (s, got.get(s))
    assert ("overlaps", *sorted(members)) in rels or ("overlaps", *sorted(members, reverse=True)) in rels


def test_members_of_a_roster_join_an_infinite_set_of_numbers():
    _, rels, got = _read("A = {1, 2, 3, 4, 5, 6} and B = the set of even numbers. Draw A and B.")
    assert ("overlaps", "A", "B") in rels
    assert got["B"] == {"2", "4", "6"}


@pytest.mark.parametrize("items, want", [
    (["1", "2", "...", "10"], [str(k) for k in range(1, 11)]),
    (["1", "3", "5", "…", "11"], ["1", "3", "5", "7", "9", "11"]),
    (["1", "...", "5"], ["1", "2", "3", "4", "5"]),
    (["1", "2", "4", "...", "16"], None),       # no progression
    (["a", "b", "...", "z"], None),
])
def test_an_ellipsis_expands_a_progression(items, want):
    assert expand_roster(items) == want


def test_an_endless_progression_is_a_set_of_numbers():
    ns = expand_roster(["3", "6", "9", "..."])
    assert ns is not None and not isinstance(ns, list)
    assert ns.holds(12) and not ns.holds(13) and not ns.holds(0)


@pytest.mark.parametrize("text", [
    "U = {1, 2, ..., 10}, E = even numbers, M = multiples of three. 6 is in both and 1, 5 and 7 are in neither.",
    "U = {1, 2, ..., 10}, E = even numbers, M = multiples of three. 9 is only in M, 1 and 7 lie in neither",
    "A = {1, 2, 3, 4} and B = {3, 4, 5, 6}; 3 and 4 are in both.",
])
def test_true_claims_about_members_are_read_not_counted(text):
    sg, _, _ = _read(text)
    assert not sg.attr("counts")
    assert not sg.unknown


@pytest.mark.parametrize("text", [
    "A = {1, 2, 3, 4} and B = {3, 4, 5, 6}; 5 is in both.",
    "U = {1, 2, ..., 10}, E = even numbers, M = multiples of three. 4 is in M",
    "U = {1, 2, ..., 10}, E = even numbers, M = multiples of 3; 6 is in neither",
])
def test_false_claims_about_members_are_impossible(text):
    from nesy.domains.sets_words import read
    with pytest.raises(UnsatisfiableError):
        read(text, allow_unknown=True)


@pytest.mark.parametrize("text, want", [
    ("Draw A = {x ∈ ℕ : x < 10} and B = {x ∈ ℕ : x < 5} as an Euler diagram.", ("inside", "B", "A")),
    ("A = {x ∈ ℤ : 1 ≤ x ≤ 20 and x is even}, B = {n ∈ ℤ | 3 | n}", ("overlaps", "A", "B")),
    ("P = {n ∈ N : n is prime}, Q = {n ∈ N : n > 2 and n is even}", ("outside", "P", "Q")),
])
def test_set_builder_of_numbers_is_read(text, want):
    _, rels, members = _read(text)
    assert want in rels
    assert not members     # is 0 in ℕ? its members are not drawn, only how the sets relate


def test_set_builder_not_of_integers_is_refused_by_name():
    from nesy.domains.sets_words import read
    with pytest.raises(InputError, match="set-builder"):
        read("C = {x ∈ R : x > 0} and D = {1, 2}", allow_unknown=True)


@pytest.mark.parametrize("text, want", [
    ("Euler diagram with Integers, Naturals, Evens and Odds: Naturals ⊆ Integers, Evens ⊆ Integers.",
     ("inside", "Naturals", "Integers")),
    ("Show the set E of even integers and the set O of odd integers; E and O are inside the set Z of all integers.",
     ("outside", "E", "O")),
    ("Euler diagram: Integers ⊂ Rationals ⊂ Reals, Irrationals ⊂ Reals.", ("inside", "Irrationals", "Reals")),
])
def test_names_that_are_number_words_stay_names(text, want):
    _, rels, _ = _read(text)
    assert want in rels or (want[0] != "inside" and (want[0], want[2], want[1]) in rels), rels
