"""Sets read the way people write them (issue 9): statements split at the comma that ends them, quantified
sentences about members, sets named by singular/plural, definition or apposition, roster notation, the
three-circle Venn diagram — and contradictions between disjoint and meeting sets called impossible.

Each kind is tested with several phrasings, none of them the acceptance sentence it came from."""
from __future__ import annotations

import pytest

from sets_rels import rels as _rels


def _scene(text: str):
    from nesy.pipeline import parse
    return parse(text, domain="sets", allow_unknown=True)


# a comma that ends a complete statement opens the next one; it never makes a list of objects
@pytest.mark.parametrize("text, want, absent", [
    ("Draw P ⊂ Q, R ⊂ Q, P overlaps R.", {("inside", "P", "Q"), ("inside", "R", "Q")}, ("inside", "P", "R")),
    ("Sets K, L, M: K ⊆ M, L ⊆ M, K ∩ L = ∅.", {("inside", "K", "M"), ("inside", "L", "M"), ("outside", "K", "L")},
     ("inside", "L", "K")),
    ("Three sets U1, U2, U3 with U1 ∩ U2 = ∅, U2 and U3 overlap, and U1 and U3 overlap too.",
     {("outside", "U1", "U2"), ("overlaps", "U2", "U3"), ("overlaps", "U1", "U3")}, ("outside", "U1", "U3")),
    ("A is inside B, C is inside D.", {("inside", "A", "B"), ("inside", "C", "D")}, ("inside", "A", "C")),
])
def test_comma_between_statements(text, want, absent):
    got = _rels(text)
    assert want <= got and absent not in got, got


@pytest.mark.parametrize("text, want", [
    ("Show sets P, Q and R, with P and Q overlapping and R inside Q.", {("overlaps", "P", "Q"), ("inside", "R", "Q")}),
    ("Draw sets A and B, with A to the left of B, overlapping each other.", {("left_of", "A", "B"),
                                                                           ("overlaps", "A", "B")}),
    ("Draw sets A, B and C, with A and B disjoint and C overlapping B.", {("outside", "A", "B"),
                                                                         ("overlaps", "B", "C")}),
])
def test_with_opens_clauses(text, want):
    got = _rels(text)
    assert want <= got, got


def test_comma_in_a_list_stays_a_list():
    got = _rels("A, B and C are subsets of D, and E overlaps D.")
    assert {("inside", "A", "D"), ("inside", "B", "D"), ("inside", "C", "D"), ("overlaps", "D", "E")} <= got
    got = _rels("A overlaps B, C and D.")
    assert {("overlaps", "A", "B"), ("overlaps", "A", "C"), ("overlaps", "A", "D")} <= got


@pytest.mark.parametrize("text, want", [
    # "every/all X are Y": subset
    ("Every dog is an animal. Draw the sets Dogs and Animals.", ("inside", "Dogs", "Animals")),
    ("All squares are rectangles; draw Squares and Rectangles.", ("inside", "Squares", "Rectangles")),
    ("Each member of X belongs to Y.", ("inside", "X", "Y")),
    # "no X is (both) Y (and Z)": disjoint
    ("No cat is a dog. Draw Cats and Dogs.", ("outside", "Cats", "Dogs")),
    ("Birds and Fish are subsets of Animals, and no animal is both a bird and a fish.", ("outside", "Birds", "Fish")),
    ("Nothing is both in A and in B.", ("outside", "A", "B")),
    ("No element of P is in Q.", ("outside", "P", "Q")),
    # "some X are Y": overlap
    ("Draw Cats and Pets. Some cats are pets.", ("overlaps", "Cats", "Pets")),
    ("Some A are B.", ("overlaps", "A", "B")),
    ("Sets Singers, Dancers; some dancers are also singers.", ("overlaps", "Dancers", "Singers")),
    # "no X is not Y" (double negation): subset
    ("No A is not in B.", ("inside", "A", "B")),
    ("Draw Cats and Pets: no cat is not a pet.", ("inside", "Cats", "Pets")),
    # "A and B have members in common"
    ("A and B have elements in common.", ("overlaps", "A", "B")),
    ("Sets A and B share elements with each other.", ("overlaps", "A", "B")),
    ("Draw P and Q which intersect with one another.", ("overlaps", "P", "Q")),
])
def test_quantified_sentences(text, want):
    got = _rels(text)
    assert want in got, got


@pytest.mark.parametrize("text", [
    "Draw sets Cats, Dogs and Pets. Every cat or dog is a pet.",
    "Sets Cats, Dogs, Pets: all cats and dogs are pets.",
])
def test_every_x_or_y_is_z(text):
    assert {("inside", "Cats", "Pets"), ("inside", "Dogs", "Pets")} <= _rels(text)


@pytest.mark.parametrize("text, pair", [
    ("Draw the sets Cats and Pets. Some cats are not pets.", ("Cats", "Pets")),
    ("Sets A and B; some A are not B.", ("A", "B")),
    ("Draw sets A and B. Every element of A is also in B, and some elements of B are not in A.", ("B", "A")),
])
def test_some_are_not(text, pair):
    """'some A are not B' (A ⊄ B) is never read as disjoint: a part of A outside B, checked on the pixels."""
    sg = _scene(text)
    assert [tuple(x["sets"]) for x in sg.attr("some_not")] == [pair]
    assert not any(r.kind == "outside" for r in sg.relations)


def test_some_are_not_against_subset_is_impossible():
    from nesy.errors import UnsatisfiableError
    from nesy.pipeline import generate
    with pytest.raises(UnsatisfiableError, match="some P are not Q"):
        generate("Sets P, Q and R: P is a subset of R, R is a subset of Q, but some P are not Q.", domain="sets",
                 controls=False, timeout_s=60)


def test_part_outside_is_checked_from_pixels():
    from nesy.pipeline import generate
    res = generate("Draw sets A and B. Every element of A is also in B, and some elements of B are not in A.",
                   domain="sets", controls=False, timeout_s=120)
    assert res.passed
    assert any(c.law == "part_outside" and c.passed for c in res.verdict.checks)


@pytest.mark.parametrize("text, want", [
    # a set named by its definition's words or an apposition
    ("In a school, M is the set of pupils who sing and N the set who dance. N, the dancers, contains no "
     "singers at all.", {("outside", "M", "N")}),
    ("Let G be the set of girls and B the set of boys; no pupil is both a girl and a boy.", {("outside", "B", "G")}),
    ("W is the set of workers who drive and V the set who cycle. Every cyclist drives... every worker who cycles "
     "also drives.", {("inside", "V", "W")}),
    ("H, the set of humans, is inside Mammals.", {("inside", "H", "Mammals")}),
    ("E (the even numbers) and O (the odd numbers) share no elements.", {("outside", "E", "O")}),
])
def test_sets_named_by_description(text, want):
    got = _rels(text)
    assert want <= got, got


def test_nobody_only_in_one_of_two_sets():
    got = _rels("F is the set of people who fish and H the set who hunt. Nobody only hunts.")
    assert ("inside", "H", "F") in got


@pytest.mark.parametrize("text", [
    "two circles P and Q that dont touch",
    "sets P and Q which do not touch",
    "P doesn't touch Q",
    "Sets P and Q have no elements in common.",
    "draw P and Q, they never meet",
])
def test_do_not_touch_is_disjoint(text):
    sg = _scene(text)
    assert ("outside", "P", "Q") in {(r.kind, *sorted((r.source, r.target))) for r in sg.relations}
    assert not sg.not_drawn


def test_set_name_that_is_a_filler_word():
    """'Students' names a set even though 'students' alone is a word nesy ignores."""
    sg = _scene("the sets Students, Athletes and Musicians; some students are athletes")
    assert {e.id for e in sg.entities} == {"Students", "Athletes", "Musicians"}


@pytest.mark.parametrize("text, common", [
    ("Draw sets P, Q, R; they all overlap and some elements are in all of them.", True),
    ("The sets Readers, Writers, Editors. some readers are writers, some writers are editors, some editors "
     "are readers, and someone is in all three.", True),
    ("A, B and C pairwise intersect, and all three have an element in common.", True),
    ("Draw A, B, C with A ∩ B ∩ C ≠ ∅.", True),
    ("Sets X, Y and Z overlap each other.", False),
    ("Three mutually overlapping circles labelled X, Y and Z", False),
    ("Draw pairwise intersecting sets X, Y and Z.", False),
])
def test_three_sets_meeting(text, common):
    sg = _scene(text)
    sets = [e.id for e in sg.entities if e.kind == "set"]
    assert len(sets) == 3
    pairs = {frozenset((r.source, r.target)) for r in sg.relations if r.kind == "overlaps"}
    assert len(pairs) == 3
    assert bool(sg.attr("common")) == common


def test_roster_notation_reads_members():
    sg = _scene("Let P = {a, b, c} and Q = {c, d}.")
    mem = {(r.source, r.target) for r in sg.relations if r.kind == "element_of"}
    assert mem == {("a", "P"), ("b", "P"), ("c", "P"), ("c", "Q"), ("d", "Q")}
    sg = _scene("Draw X = {2, 4, 6, 8} and Y = {1, 2, 3}; put each element in its region.")
    assert sorted(e.name for e in sg.entities if e.kind == "element") == ["1", "2", "3", "4", "6", "8"]


def test_set_builder_is_refused_by_name():
    from nesy.errors import InputError
    from nesy.pipeline import parse
    with pytest.raises(InputError, match=r"\{x \| x > 2\}.*set-builder"):
        parse("Draw A = {x | x > 2} and B.", domain="sets")


@pytest.mark.parametrize("text", [
    "Three sets X, Y, Z such that X and Z are disjoint, and X overlaps Z.",
    "A and B are disjoint; C is a subset of A, D is a subset of B, and C overlaps D.",
    "x is in A and x is in B, and A and B are disjoint.",
    "Let A = {1, 2} and B = {2, 3}. A and B are disjoint.",
])
def test_disjoint_and_meeting_is_impossible(text):
    from nesy.errors import UnsatisfiableError
    from nesy.pipeline import generate
    with pytest.raises(UnsatisfiableError):
        generate(text, domain="sets", controls=False, timeout_s=60)


@pytest.mark.parametrize("text", [
    "Venn diagram of three sets R, S and T that all overlap, with some members in all three.",
    "Let A = {1, 2, 3} and B = {3, 4} and C = {3, 5, 1}.",
])
def test_three_circle_venn_is_drawn_and_verified(text):
    from nesy.pipeline import generate
    res = generate(text, domain="sets", controls=False, timeout_s=120)
    assert res.passed
    sets = [s for s in res.layout.shapes if s.cls == "set"]
    assert len(sets) == 3
    from shapely import intersection_all
    common = intersection_all([s.geometry(64) for s in sets])
    assert common.area > 100                                      # the middle region is drawn
    for s in sets:
        others = [t.geometry(64) for t in sets if t is not s]
        assert s.geometry(64).difference(others[0]).difference(others[1]).area > 100   # and each set's own part


def test_roster_elements_lie_in_their_regions():
    from nesy.pipeline import generate
    res = generate("Let A = {1, 2, 3, 4} and B = {3, 4, 5}.", domain="sets", controls=False, timeout_s=120)
    assert res.passed
    geo = {s.id: s.geometry(64) for s in res.layout.shapes}
    for x, inside in (("1", "A"), ("2", "A"), ("3", "AB"), ("4", "AB"), ("5", "B")):
        for s in "AB":
            assert geo[s].contains(geo[x]) == (s in inside), (x, s)


def test_common_region_is_verified_from_pixels():
    """The check that the three sets share a region fails on a figure where they do not."""
    import numpy as np
    from nesy.domains.regionbase import Observed
    from nesy.domains.sets import _common_pixels
    a = np.zeros((50, 50), bool)
    a[0:30, 0:30] = True
    b = np.zeros((50, 50), bool)
    b[20:50, 0:30] = True
    c = np.zeros((50, 50), bool)
    c[0:50, 25:50] = True
    assert _common_pixels([Observed(a, 0, 0), Observed(b, 0, 0), Observed(c, 0, 0)]) == 10 * 5
    c2 = np.zeros((50, 50), bool)
    c2[0:50, 35:50] = True
    assert _common_pixels([Observed(a, 0, 0), Observed(b, 0, 0), Observed(c2, 0, 0)]) == 0


@pytest.mark.parametrize("text", [
    "Draw Cats and Pets: no cat is not a pet.",
    "Draw Students and Athletes; some students are athletes.",
])
def test_quantified_sets_text_is_detected_without_a_set_keyword(text):
    from nesy.pipeline import parse
    assert parse(text, allow_unknown=True).domain == "sets"
