"""Sets read the way people write them, part 3 (issue 9): word problems with counts whatever their verb,
counts said as "nobody … both", sets a definition names, disjointness said as "nothing in common" with
its subject found by the clause's structure, and lists of sets introduced by what they are.

Each kind is tested with several phrasings, none of them the acceptance sentence it came from."""
from __future__ import annotations

import pytest


def _scene(text: str):
    from nesy.pipeline import parse
    return parse(text, domain="sets", allow_unknown=True)


def _rels(text: str) -> set[tuple[str, str, str]]:
    out = set()
    for r in _scene(text).relations:
        a, b = r.source, r.target
        if a.startswith("n_"):
            continue
        if r.kind in ("outside", "overlaps") and a > b:
            a, b = b, a
        out.add((r.kind, a, b))
    return out


def _regions(sg) -> dict[tuple[str, ...], int | None]:
    c = dict(sg.attributes)["counts"]
    return {tuple(dict(r)["sets"]): dict(r)["count"] for r in c["regions"]} if isinstance(c, dict) else \
        {tuple(dict(r)["sets"]): dict(r)["count"] for r in dict(c)["regions"]}


# a count statement's verb is read by its form, not from a list of school-subject verbs
@pytest.mark.parametrize("text, a, b, want", [
    ("Out of 25 children, 14 can swim, 11 can ride a bike and 4 can do both.", "Swim", "Bike",
     {("Swim",): 10, ("Bike",): 7, ("Bike", "Swim"): 4, (): 4}),
    ("A survey asked 40 pupils about pets: 22 have a dog, 15 have a cat, and 6 have both.", "Dog", "Cat",
     {("Dog",): 16, ("Cat",): 9, ("Cat", "Dog"): 6, (): 9}),
    ("In a class of 28, 15 pupils are in the choir, 10 are in the orchestra and 3 are in both.", "Choir", "Orchestra",
     {("Choir",): 12, ("Orchestra",): 7, ("Choir", "Orchestra"): 3, (): 6}),
    ("We asked 50 people. 30 watch football, 25 watch tennis, 12 watch both.", "Football", "Tennis",
     {("Football",): 18, ("Tennis",): 13, ("Football", "Tennis"): 12, (): 7}),
    ("In a group of 32 tourists 17 had visited Paris, 12 had visited Rome and 4 had visited both.", "Paris", "Rome",
     {("Paris",): 13, ("Rome",): 8, ("Paris", "Rome"): 4, (): 7}),
    ("Of 30 dogs, 12 are black, 9 are small and 5 are both.", "Black", "Small",
     {("Black",): 7, ("Small",): 4, ("Black", "Small"): 5, (): 14}),
])
def test_count_verbs_read_by_form(text, a, b, want):
    sg = _scene(text)
    sets = {e.id for e in sg.entities if e.kind == "set"}
    assert {a, b} <= sets, sets
    got = _regions(sg)
    for reg, n in want.items():
        assert got[tuple(sorted(reg))] == n, (reg, got)
    assert not sg.not_drawn, sg.not_drawn


# a count's set is the set a definition names ("Let K be the set of members who knit")
@pytest.mark.parametrize("text, names", [
    ("Of 40 members, 20 knit and 15 sew; 5 do both. Let K be the set of members who knit and S the set of those who sew.",
     {"K", "S"}),
    ("There are 35 pupils: 20 study Latin, 18 study Greek and 9 study both. L is the set of Latin pupils and "
     "G is the set of Greek pupils.", {"L", "G"}),
    ("30 students were asked; 16 own a laptop and 19 own a tablet, 8 own both. Let P be the set of laptop owners and "
     "T the set of tablet owners.", {"P", "T"}),
])
def test_count_sets_named_by_definitions(text, names):
    sg = _scene(text)
    assert {e.id for e in sg.entities if e.kind == "set"} == names
    assert len([e for e in sg.entities if e.kind == "element"]) == 4    # three regions and the rest


# "nobody … both" beside stated counts is a region of 0: impossible when the counts exceed the total
@pytest.mark.parametrize("text, phrase", [
    ("Among 25 pupils, 14 speak French, 13 speak German and no one speaks both languages.", "no one speaks both"),
    ("Of 10 dogs, 7 are black, 6 are small and none of them are both.", "none of them are both"),
    ("There are 18 children; 11 play chess, 9 play draughts, and nobody plays both games.", "nobody plays both"),
    ("In a club of 12 members, 8 sing, 7 dance and not one member does both.", "not one member does both"),
])
def test_nobody_both_is_a_stated_zero(text, phrase):
    from nesy.errors import UnsatisfiableError
    with pytest.raises(UnsatisfiableError) as e:
        _scene(text)
    assert phrase in str(e.value)


@pytest.mark.parametrize("text, a, b", [
    ("Of 30 pupils, 12 play chess, 9 play draughts and nobody plays both.", "Chess", "Draughts"),
    ("In a group of 20, 8 drink tea, 7 drink coffee and no one drinks both.", "Tea", "Coffee"),
])
def test_nobody_both_possible_is_disjoint(text, a, b):
    rels = _rels(text)
    assert ("outside", min(a, b), max(a, b)) in rels and not any(r[0] == "overlaps" for r in rels), rels


# not count problems: a number before the sets grammar's own words, "no one" alone
@pytest.mark.parametrize("text", [
    "Three mutually overlapping circles labelled A, B and C",
    "Show the set E of even integers and the set O of odd integers as two disjoint regions, both inside the set Z.",
    "In a school, E is the set of pupils who speak English and G those who speak German; nobody speaks both "
    "English and German.",
    "Draw 3 sets P, Q and R where P and Q overlap.",
])
def test_not_word_problems(text):
    sg = _scene(text)
    assert not (dict(sg.attributes) if sg.attributes else {}).get("counts")


@pytest.mark.parametrize("q, kind", [
    ("how many like neither subject", "neither"), ("how many play neither sport", "neither"),
    ("how many don't play either sport", "neither"), ("how many play at least one", "union"),
    ("how many play either football or tennis", "union"), ("how many play only chess", "only"),
])
def test_question_kinds(q, kind):
    from nesy.domains.sets_counts import asked_kind
    assert asked_kind(q) == kind


def test_question_neither_answered():
    sg = _scene("Of 40 pupils, 22 like maths, 18 like art and 9 like both; draw the Venn diagram and find how many "
                "like neither subject.")
    asked = [dict(q) for q in dict(dict(sg.attributes)["counts"])["asked"]]
    assert asked and asked[0]["kind"] == "neither" and asked[0]["answer"] == 9


# disjointness said of members ("nothing in common"), its subject found by the clause's structure
@pytest.mark.parametrize("text, want, absent", [
    ("Draw sets A and B. They share no elements.", {("outside", "A", "B")}, set()),
    ("Let P = {1, 2} and Q = {7, 8}; the two sets have nothing in common.", {("outside", "P", "Q")}, set()),
    ("A and B do not have any elements in common.", {("outside", "A", "B")}, set()),
    ("Set X and set Y overlap, but Z has nothing in common with either X or Y.",
     {("overlaps", "X", "Y"), ("outside", "X", "Z"), ("outside", "Y", "Z")}, set()),
    ("K is inside L, and M overlaps L but shares no members with K.",
     {("inside", "K", "L"), ("overlaps", "L", "M"), ("outside", "K", "M")}, {("outside", "L", "M")}),
    ("Reptiles and Birds lie inside Animals, and Plants is a separate group with nothing in common with Animals.",
     {("inside", "Reptiles", "Animals"), ("outside", "Animals", "Plants")}, {("outside", "Birds", "Plants")}),
    ("A and B overlap; C shares no elements with A or B.", {("outside", "A", "C"), ("outside", "B", "C")}, set()),
    ("Sets P, Q and R: P is a subset of Q, and R shares no members with Q.",
     {("inside", "P", "Q"), ("outside", "Q", "R")}, {("inside", "P", "R")}),
])
def test_nothing_in_common(text, want, absent):
    got = _rels(text)
    assert want <= got and not (absent & got), got
    assert not _scene(text).not_drawn


# a list of sets introduced by what they are; a region common to "all three <noun>"
@pytest.mark.parametrize("text, names", [
    ("For my slides: the languages French, German and Spanish as three circles, every two of them overlap, "
     "with an area common to all three languages.", {"French", "German", "Spanish"}),
    ("A Venn diagram of the sports Tennis, Golf and Rugby where each pair overlaps and there is a region that "
     "belongs to all three sports at once.", {"Tennis", "Golf", "Rugby"}),
])
def test_kind_lists_and_common_region(text, names):
    sg = _scene(text)
    assert {e.id for e in sg.entities if e.kind == "set"} == names
    assert len([r for r in sg.relations if r.kind == "overlaps"]) == 3
    assert dict(sg.attributes).get("common")
    assert not sg.not_drawn, sg.not_drawn


# one member placed by a sentence of its own: in each set it names, and no roster (the sets' relation
# is not derived from it)
@pytest.mark.parametrize("text, member, sets", [
    ("P is a subset of Q, and the element 4 is in both P and R.", "4", {"P", "R"}),
    ("Q ⊆ P; the number 12 lies in Q.", "12", {"Q"}),
    ("K and L overlap and 3 is an element of K and of L.", "3", {"K", "L"}),
    ("S ⊂ T, and y belongs to S.", "y", {"S"}),
])
def test_member_by_its_own_sentence(text, member, sets):
    sg = _scene(text)
    got = {r.target for r in sg.relations if r.kind == "element_of" and r.source == member}
    assert got == sets, sg.relations
    assert not (dict(sg.attributes) if sg.attributes else {}).get("counts")
    kinds = {r.kind for r in sg.relations if r.kind != "element_of"}
    assert "overlaps" not in kinds or "overlap" in text, sg.relations


def test_member_of_two_disjoint_sets_is_impossible():
    from nesy.errors import UnsatisfiableError
    from nesy.pipeline import parse
    from nesy.registry import get_domain
    sg = parse("K ⊆ L, L and M are disjoint, and the number 5 is an element of both K and M.", domain="sets")
    with pytest.raises(UnsatisfiableError) as e:
        get_domain("sets").solve(sg, timeout_s=60)
    assert "the number 5 is an element of both K and M" in str(e.value)


# a reason that names no set is the writer's motive; one that names sets is a statement
@pytest.mark.parametrize("text, want", [
    ("Draw sets P and Q overlapping, since my pupils always forget what an intersection looks like.",
     {("overlaps", "P", "Q")}),
    ("Show A inside B because the teacher asked for it in class.", {("inside", "A", "B")}),
    ("Make X and Y intersect, as that is the case the exercise is about.", {("overlaps", "X", "Y")}),
    ("Put Dogs inside Mammals, since every dog is a mammal.", {("inside", "Dogs", "Mammals")}),
])
def test_reasons(text, want):
    sg = _scene(text)
    assert want <= _rels(text) and not sg.not_drawn, (sg.relations, sg.not_drawn)


# 'with' after a figure noun says what the figure holds; the article 'A' before a figure noun is no set
@pytest.mark.parametrize("text, sets", [
    ("I teach statistics and want the usual picture with three sets. Label them P, Q and R and let every pair "
     "overlap.", {"P", "Q", "R"}),
    ("A Venn diagram of the sets Apples and Pears that overlap.", {"Apples", "Pears"}),
    ("A three-circle diagram: X, Y and Z, each two of them overlapping.", {"X", "Y", "Z"}),
])
def test_figure_words(text, sets):
    sg = _scene(text)
    assert {e.id for e in sg.entities if e.kind == "set"} == sets, sg.entities


# a misspelt relation verb between two sets is read as that verb, never its 'with' as containment
@pytest.mark.parametrize("text, want, absent", [
    ("Sets P and Q, P is overlaping with Q.", {("overlaps", "P", "Q")}, {("inside", "Q", "P")}),
    ("A intersetcs B and B is disjont from C.", {("overlaps", "A", "B"), ("outside", "B", "C")}, set()),
    ("K is ovelapping with L, and M lies inside K.", {("overlaps", "K", "L"), ("inside", "M", "K")}, {("inside", "L", "K")}),
])
def test_misspelt_relation_verbs(text, want, absent):
    got = _rels(text)
    assert want <= got and not (absent & got), got


# the writer's own words are no sets: a capitalised possessive, "our class", "my students"
@pytest.mark.parametrize("text, sets", [
    ("My pupils need a picture: Fruit and Nuts overlap, while Meat is separate from both of them.",
     {"Fruit", "Nuts", "Meat"}),
    ("Our class wants this: Cats and Dogs are disjoint, and Pets contains both of them.", {"Cats", "Dogs", "Pets"}),
    ("Your students asked for it: Tea and Milk overlap and Water is apart from both of them.", {"Tea", "Milk", "Water"}),
])
def test_writer_words_are_no_sets(text, sets):
    sg = _scene(text)
    assert {e.id for e in sg.entities if e.kind == "set"} == sets, sg.entities


# a short name with a verb phrase of its own defines the set of those who do it
@pytest.mark.parametrize("text, names", [
    ("Poll of 80 people: T drinks tea, C drinks coffee, J drinks juice; each pair of groups overlaps.", {"T", "C", "J"}),
    ("In our street, D owns a dog and K owns a cat; D and K overlap.", {"D", "K"}),
])
def test_verb_definitions(text, names):
    sg = _scene(text)
    assert {e.id for e in sg.entities if e.kind == "set"} == names, sg.entities
    assert not any(n.text.startswith(("drinks", "owns")) for n in sg.not_drawn), sg.not_drawn
