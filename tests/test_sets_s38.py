"""Session 38: outsiders' set requests (requests-18) — the mechanisms they failed, in other words than theirs.

Names listed after "two circles:" (sets_heads), a noun after a set's name ("Jazz fans", sets_heads), a degree
of overlap ("overlap a lot"), "not a single X" as "no X" and vague quantities ("heaps of", sets_words /
sets_both), an emoji that ends a sentence (nesy.parse.structured), a generic "a letter can't be a vowel and a
consonant" (sets_negation), a lone letter related to nothing (sets_names), what makes a text a set diagram
(sets_kind), a quantified class never a member (sets_both), "each inside the next" and ", both inside X"
(sets_heads), an intersection given as a set ("A & B == {3, 4}", sets_algebra), two predicates of one subject
(sets_predicates), a contract's "hereinafter" names and "neither containing Y nor contained by Y".
"""
from __future__ import annotations

import pytest

from nesy.errors import UnsatisfiableError
from nesy.pipeline import generate, parse


def _rels(text: str, domain: str | None = None):
    sg = parse(text, domain=domain, allow_unknown=True)
    sets = {e.id.lower() for e in sg.entities if e.kind == "set"}
    rels = set()
    for r in sg.relations:
        a, b = r.source.lower(), r.target.lower()
        if r.kind in ("outside", "overlaps") and a > b:
            a, b = b, a
        rels.add((r.kind, a, b))
    return sg, sets, rels


# --- names listed after a count of circles and a colon or dash -----------------------------------------------
@pytest.mark.parametrize("text,names", [
    ("Two circles: Cats and Dogs. Plenty of people own both.", {"cats", "dogs"}),
    ("Make me a Venn with three circles — Art, Music and Drama. Every pair of them overlaps.",
     {"art", "music", "drama"}),
    ("Sets: Rivers, Lakes and Seas. No two of them overlap.", {"rivers", "lakes", "seas"}),
])
def test_names_listed_after_a_colon_or_dash_are_the_sets(text, names):
    sg, sets, rels = _rels(text)
    assert sg.domain == "sets" and sets == names
    assert len(rels) == len(names) * (len(names) - 1) // 2


# --- a noun after a set's name, a degree of overlap, "not a single" ---------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("#Soccer and #Tennis players overlap a bit, but not a single #Golf player plays #Soccer.",
     {("overlaps", "soccer", "tennis"), ("outside", "golf", "soccer")}),
    ("Tea drinkers and Coffee drinkers overlap heavily. Not one Juice drinker drank Coffee.",
     {("overlaps", "coffee", "tea"), ("outside", "coffee", "juice")}),
    ("Draw sets Cats and Dogs. Cats owners and Dogs owners overlap a little.", {("overlaps", "cats", "dogs")}),
])
def test_a_noun_after_the_name_names_the_members(text, want):
    sg, sets, rels = _rels(text)
    assert want <= rels
    assert not any(r.kind == "inside" for r in sg.relations)   # no containment made of "players", "a bit"


@pytest.mark.parametrize("text", [
    "Survey results are in 🎉 #Cats and #Dogs overlap, and #Fish and #Dogs overlap too.",
    "Club numbers are in 📊 Chess and Drama overlap. Draw the sets Chess, Drama and Art; Art is disjoint from Chess.",
    "New data is in ✨ #Red and #Blue overlap.",
])
def test_an_emoji_ends_the_sentence_before_it(text):
    # the first sentence's "are in" / "is in" must not put a set made of its first word into the next ones
    sg, sets, rels = _rels(text)
    assert not sets & {"survey", "club", "new", "results", "data"}
    assert not any(r.kind == "inside" for r in sg.relations)


# --- vague quantities ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Two circles, Chess and Drama. Loads of the kids do both.",
    "A Venn diagram of Chess and Drama please. A bunch of pupils take both.",
    "Venn diagram of Chess and Drama: heaps of students do both, some only chess.",
])
def test_colloquial_many_before_both_is_an_overlap(text):
    _, sets, rels = _rels(text)
    assert sets == {"chess", "drama"} and rels == {("overlaps", "chess", "drama")}


@pytest.mark.parametrize("text", [
    "Three circles: Art, Music and Drama. Each pair of clubs shares some members, and a handful of pupils do all three.",
    "Draw Art, Music and Drama as three circles. Every pair of subjects shares some students; a few pupils take all three.",
    "Three sets - Art, Music and Drama. Each pair of groups shares some kids and many kids are in all three.",
])
def test_each_pair_of_a_kind_shares_members(text):
    sg, sets, rels = _rels(text)
    assert sets == {"art", "music", "drama"}
    assert rels == {("overlaps", "art", "music"), ("overlaps", "art", "drama"), ("overlaps", "drama", "music")}
    assert [sorted(g["sets"]) for g in sg.attr("common", [])] == [["Art", "Drama", "Music"]]


# --- a generic "a X can't be a Y and a Z"; a lone letter ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Draw Animals with Cats and Dogs inside it. An animal cannot be a cat and a dog at the same time.",
    "Draw Fruit with Apples and Pears inside it. A fruit can't be both an apple and a pear.",
    "Draw Numbers containing Evens and Odds. A number cant be an even and an odd at once.",
])
def test_a_generic_subject_denied_two_kinds_makes_them_disjoint(text):
    sg, sets, rels = _rels(text)
    inner = sorted(sets - {"animals", "fruit", "numbers"})
    assert len(inner) == 2 and ("outside", inner[0], inner[1]) in rels
    assert not any(e.kind == "element" for e in sg.entities)


@pytest.mark.parametrize("text", [
    "Draw Vowels and Consonants, which are disjoint. My teacher says forget about w.",
    "Draw Vowels and Consonants as two separate circles (ignore y).",
    "Vowels and Consonants share nothing. Dont worry about z.",
])
def test_a_lone_letter_related_to_nothing_is_not_drawn(text):
    sg, sets, rels = _rels(text)
    assert sets == {"vowels", "consonants"} and ("outside", "consonants", "vowels") in rels
    assert not any(e.kind == "element" for e in sg.entities)


# --- what makes a text a set diagram -----------------------------------------------------------------------------
@pytest.mark.parametrize("text,chain", [
    # (words of no science around them: the chain of classes in capitals says it is a set diagram)
    ("Warm-up before the bell rings, everyone, pencils out: Naturals inside Integers inside Rationals. Hand it in "
     "tomorrow morning.", [("naturals", "integers"), ("integers", "rationals")]),
    ("Revision starter, lovely people, grab your whiteboards: Squares within Rhombuses within Parallelograms, quick "
     "as you can!", [("squares", "rhombuses"), ("rhombuses", "parallelograms")]),
    ("hi im doing homework lol. draw ANIMALS as a big circle. inside it draw CATS and DOGS. an animal cant be a cat "
     "and a dog at the same time", [("cats", "animals"), ("dogs", "animals")]),
])
def test_detected_as_sets(text, chain):
    sg, sets, rels = _rels(text)
    assert sg.domain == "sets"
    assert all(("inside", a, b) in rels for a, b in chain)
    assert not any(e.kind == "element" for e in sg.entities)


@pytest.mark.parametrize("text", [
    "Every natural number is an integer. Draw Naturals inside Integers.",
    "Each prime number is an integer, so draw Primes inside Integers.",
    "A whole number is a rational number: draw Wholes inside Rationals.",
])
def test_a_quantified_class_is_no_member(text):
    sg, sets, rels = _rels(text, "sets")
    assert not any(e.kind == "element" for e in sg.entities)
    assert len(rels) == 1 and next(iter(rels))[0] == "inside"


@pytest.mark.parametrize("text,want", [
    ("Draw Cats, Mammals and Animals, each one inside the next.",
     {("inside", "cats", "mammals"), ("inside", "mammals", "animals")}),
    ("Sets Oaks, Trees and Plants, each set inside the next one.",
     {("inside", "oaks", "trees"), ("inside", "trees", "plants")}),
    ("Show Towns, Counties and Countries with each region within the next.",
     {("inside", "towns", "counties"), ("inside", "counties", "countries")}),
])
def test_each_inside_the_next(text, want):
    _, _, rels = _rels(text)
    assert want <= rels and not any(k == "inside" and (a, b) in {("cats", "animals"), ("oaks", "plants")}
                                    for k, a, b in rels)


@pytest.mark.parametrize("text", [
    "Show Beetles and Ants, both inside Insects.",
    "Draw Beetles and Ants as two regions, each wholly within Insects.",
    "Beetles and Ants as separate circles, both entirely inside Insects.",
])
def test_both_after_a_list_distributes(text):
    _, sets, rels = _rels(text)
    assert sets == {"beetles", "ants", "insects"}
    assert {("inside", "beetles", "insects"), ("inside", "ants", "insects")} <= rels


# --- an intersection given as a set --------------------------------------------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("P = {1, 2, 3}; Q = {3, 4}; R = {9}  # P & Q == {3}; P & R == set()",
     {("overlaps", "p", "q"), ("outside", "p", "r")}),
    ("S = {1, 2}, T = {2, 3}. S ∩ T = {2}. T ∩ V = ∅.", {("overlaps", "s", "t"), ("outside", "t", "v")}),
    ("assert X & Y == {5, 6} and X & Z == set()", {("overlaps", "x", "y"), ("outside", "x", "z")}),
])
def test_an_intersection_given_as_a_set(text, want):
    sg, sets, rels = _rels(text, "sets")
    assert want <= rels
    # "Q == {c}" after an operator is no roster of Q: Q keeps its own members
    if "Q = {3, 4}" in text:
        q = {r.source for r in sg.relations if r.kind == "element_of" and r.target == "Q"}
        assert q == {"3", "4"}
    if text.startswith("assert"):   # members listed for the intersection alone: in both sets
        assert {(r.source, r.target) for r in sg.relations if r.kind == "element_of"} == \
            {("5", "X"), ("5", "Y"), ("6", "X"), ("6", "Y")}


@pytest.mark.parametrize("text", [
    "A = {1, 2, 3}, B = {3, 4}. A & B == {4}",
    "A = {1, 2}, B = {2, 5}. A ∩ B = ∅.",
    "A = {1, 2}. A ∩ B = {7}.",
])
def test_an_intersection_the_rosters_contradict_is_impossible(text):
    with pytest.raises(UnsatisfiableError):
        generate(text, domain="sets", allow_unknown=True)


# --- two predicates of one subject; a contract's names ---------------------------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("Draw Owls, Birds and Hunters. Owls are inside Birds and also inside Hunters.",
     {("inside", "owls", "birds"), ("inside", "owls", "hunters")}),
    ("Draw Rivers, Lakes and Maps. Maps meet Rivers and meet Lakes.",
     {("overlaps", "maps", "rivers"), ("overlaps", "lakes", "maps")}),
    ("K must share no members at all with L, but must partially overlap M.",
     {("outside", "k", "l"), ("overlaps", "k", "m")}),
])
def test_two_predicates_of_one_subject(text, want):
    _, _, rels = _rels(text, "sets")
    assert want <= rels
    assert not any(k == "inside" and b in ("l", "k") for k, a, b in rels)


@pytest.mark.parametrize("text", [
    'For the purposes of this Contract, the zone hereinafter "A" lies wholly within the zone hereinafter "B". '
    'The zone hereinafter "C" shall share no area whatsoever with A but shall partially overlap B.',
    'Under this Deed, the area (hereinafter referred to as "A") shall lie within the area hereinafter called "B", '
    'and the area hereinafter "C" shall share no land with A, but shall partially overlap B.',
    'For the purposes of this Lease, the region hereinafter "A" shall lie inside the region hereinafter "B". '
    'The region hereinafter "C" shall partially overlap B, neither containing B nor being contained by B, '
    'and C shall be disjoint from A.',
])
def test_a_contract_clause(text):
    sg, sets, rels = _rels(text, "sets")
    assert sets == {"a", "b", "c"}
    assert {("inside", "a", "b"), ("outside", "a", "c"), ("overlaps", "b", "c")} <= rels
    assert len([r for r in rels if r[0] == "inside"]) == 1   # C never inside B, nor B inside C


@pytest.mark.parametrize("text", [
    "Note (diagram): show Beetles and Ants as two separate circles, both inside Insects.",
    "Remark (figure): Beetles and Ants are disjoint, and both are subsets of Insects.",
    "Tip (picture): Beetles is a subset of Insects, Ants is a subset of Insects, and Beetles and Ants are disjoint.",
])
def test_a_bracketed_gloss_alone_makes_no_set(text):
    _, sets, rels = _rels(text)
    assert sets == {"beetles", "ants", "insects"}
    assert {("inside", "beetles", "insects"), ("inside", "ants", "insects"), ("outside", "ants", "beetles")} <= rels
