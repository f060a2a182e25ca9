"""Sets phrasings of the kinds the third outsider set showed (pairwise quantifiers, a region common to
all, audience phrases, roster sets with no stated relation, cardinality word problems) — each kind in
several phrasings none of which is the outsider request itself."""
from __future__ import annotations

import pytest

from nesy.errors import NesyError, UnsatisfiableError


def scene(text: str):
    from nesy.pipeline import parse
    return parse(text, domain="sets", allow_unknown=True)


def rels(sg) -> set[tuple[str, str, str]]:
    out = set()
    for r in sg.relations:
        a, b = (sorted((r.source, r.target)) if r.kind in ("overlaps", "outside") else (r.source, r.target))
        out.add((r.kind, a, b))
    return out


def sets_of(sg) -> list[str]:
    return sorted(e.id for e in sg.entities if e.kind == "set")


PAIRS3 = lambda kind, a, b, c: {(kind, a, b), (kind, a, c), (kind, b, c)}  # noqa: E731


@pytest.mark.parametrize("text,kind,names", [
    ("Draw three sets A, B and C such that each pair of them intersects.", "overlaps", "ABC"),
    ("Sets X, Y and Z: any two of them overlap.", "overlaps", "XYZ"),
    ("Make a venn diagram of sets P, Q and R in which every pair of sets overlaps.", "overlaps", "PQR"),
    ("Draw sets K, L, M where each two meet.", "overlaps", "KLM"),
    ("Draw sets A, B, C, no two of which meet.", "outside", "ABC"),
    ("Sets K, L and M: no two of them share elements.", "outside", "KLM"),
    ("Show D, E and F; every pair of them is disjoint.", "outside", "DEF"),
    ("Draw sets G, H and J so that any two of them do not overlap.", "outside", "GHJ"),
])
def test_pairwise_quantifiers(text, kind, names):
    sg = scene(text)
    assert sets_of(sg) == sorted(names)
    assert PAIRS3(kind, *names) <= rels(sg)
    assert not sg.not_drawn


@pytest.mark.parametrize("text", [
    "Sets X, Y and Z overlap pairwise, and all three share a region.",
    "Show sets P, Q, R that pairwise overlap, with something in all of them.",
    "Draw sets A, B and C where each two overlap and there is an area common to all three.",
    "Draw sets A, B, C; the three sets have a common region and any two of them intersect.",
])
def test_common_to_all(text):
    sg = scene(text)
    common = [list(g["sets"]) for g in (sg.attr("common", []) or [])]
    assert len(common) == 1 and sorted(common[0]) == sets_of(sg) and len(sets_of(sg)) == 3
    assert len([r for r in sg.relations if r.kind == "overlaps"]) == 3


def test_empty_common_region_is_not_drawn_silently():
    with pytest.raises(NesyError) as e:
        from nesy.pipeline import parse
        parse("Draw sets A, B and C with no region common to all three, where every pair overlaps.", domain="sets")
    assert "no region common to all three" in str(e.value)


@pytest.mark.parametrize("text,chain", [
    ("Venn diagram for my algebra lesson: A ⊆ B and B ⊆ C.", ["A", "B", "C"]),
    ("In my set theory class we have A ⊂ B ⊂ C; draw it.", ["A", "B", "C"]),
    ("Euler diagram for the students in my class: Squares ⊆ Rhombi ⊆ Quadrilaterals.",
     ["Squares", "Rhombi", "Quadrilaterals"]),
    ("For our maths course, draw Evens ⊆ Integers ⊆ Rationals.", ["Evens", "Integers", "Rationals"]),
    ("Draw an Euler diagram for the class showing Cats ⊆ Mammals ⊆ Animals.", ["Cats", "Mammals", "Animals"]),
])
def test_audience_phrase_is_no_set(text, chain):
    sg = scene(text)
    assert sets_of(sg) == sorted(chain)
    assert {("inside", chain[0], chain[1]), ("inside", chain[1], chain[2])} <= rels(sg)
    assert not sg.not_drawn


def test_class_used_as_a_set_stays_a_set():
    sg = scene("Let M be the class of mammals and B the class of birds; they are disjoint.")
    assert sets_of(sg) == ["B", "M"] and ("outside", "B", "M") in rels(sg)


@pytest.mark.parametrize("text,want", [
    ("Given A = {1, 2}, B = {1, 2, 3} and C = {7, 8}, draw them.",
     {("inside", "A", "B"), ("outside", "A", "C"), ("outside", "B", "C")}),
    ("Let A = {a, b}, B = {b, c} and C = {d}. Draw a diagram showing how A, B and C are related.",
     {("overlaps", "A", "B"), ("outside", "A", "C"), ("outside", "B", "C")}),
    ("Draw the sets X = {1,2,3,4}, Y = {2,4} and Z = {5} in one Euler diagram.",
     {("inside", "Y", "X"), ("outside", "X", "Z"), ("outside", "Y", "Z")}),
    ("Consider P={red, green}, Q={red, green, blue}. Show their relationship.", {("inside", "P", "Q")}),
    ("Suppose A = {1, 3, 5} and B = {2, 4, 6}. Draw A and B.", {("outside", "A", "B")}),
])
def test_roster_relations_derived(text, want):
    sg = scene(text)
    assert want <= rels(sg)
    assert not sg.not_drawn
    assert "Given" not in sets_of(sg) and "Suppose" not in sets_of(sg) and "Consider" not in sets_of(sg)


def test_roster_contradicting_a_stated_relation_is_impossible():
    from nesy.domains.sets import SetsDomain
    with pytest.raises(UnsatisfiableError):
        SetsDomain().solve(scene("A = {1, 2} and B = {3, 4}; A is a subset of B."))


def test_how_related_without_relations_is_not_drawn():
    sg = scene("Draw sets A and B and show how they are related.")
    assert any("related" in n.text for n in sg.not_drawn)


def counts_of(sg) -> dict[tuple[str, ...], int | None]:
    from nesy.types import _thaw
    c = _thaw(sg.attr("counts"))
    return {tuple(r["sets"]): r["count"] for r in c["regions"]}


@pytest.mark.parametrize("text,want", [
    ("Of 50 people surveyed, 30 like tea, 25 like coffee and 10 like both. How many like neither?",
     {("Tea",): 20, ("Coffee",): 15, ("Coffee", "Tea"): 10, (): 5}),
    ("n(A) = 20, n(B) = 15, n(A ∩ B) = 5 and n(U) = 40. Draw the Venn diagram.",
     {("A",): 15, ("B",): 10, ("A", "B"): 5, (): 10}),
    ("There are 40 students in the class. 22 play Football, 15 play Tennis and 6 play neither. Draw a Venn diagram.",
     {("Football",): 19, ("Tennis",): 12, ("Football", "Tennis"): 3, (): 6}),
    ("Twenty pupils study French, twelve study German, five study both and three study neither. Draw a Venn diagram.",
     {("French",): 15, ("German",): 7, ("French", "German"): 5, (): 3}),
    ("|A| = 12, |B| = 9, |A ∩ B| = 4; draw the Venn diagram and find |A ∪ B|.",
     {("A",): 8, ("B",): 5, ("A", "B"): 4}),
    ("5 students study only Maths, 7 study only Art and 3 study both. Draw a Venn diagram of Maths and Art.",
     {("Maths",): 5, ("Art",): 7, ("Art", "Maths"): 3}),
    ("A class has 32 pupils: 18 have a cat, 14 have a dog and 5 have both. Draw a Venn diagram.",
     {("Cat",): 13, ("Dog",): 9, ("Cat", "Dog"): 5, (): 5}),
    ("Out of 25 kids, 15 like Apples and 12 like Bananas; 4 like neither. Draw the Venn diagram.",
     {("Apples",): 9, ("Bananas",): 6, ("Apples", "Bananas"): 6, (): 4}),
    ("The universal set has 50 elements; |A| = 20, |B| = 25 and |A ∩ B| = 8. Draw the Venn diagram.",
     {("A",): 12, ("B",): 17, ("A", "B"): 8, (): 13}),
    ("Draw the Venn diagram for 40 students where 25 take Maths, 20 take Physics and 10 take both.",
     {("Maths",): 15, ("Physics",): 10, ("Maths", "Physics"): 10, (): 5}),
    ("Our club had 24 members; 15 of them play Golf, 12 play Squash and 7 play both. Draw a Venn diagram.",
     {("Golf",): 8, ("Squash",): 5, ("Golf", "Squash"): 7, (): 4}),
    ("n(A)=25, n(B)=18, n(A∪B)=35. Draw the Venn diagram.", {("A",): 17, ("B",): 10, ("A", "B"): 8}),
])
def test_count_word_problems(text, want):
    sg = scene(text)
    assert counts_of(sg) == want
    assert len(sets_of(sg)) == 2 and len([r for r in sg.relations if r.kind == "overlaps"]) == 1
    assert not sg.not_drawn

def test_three_set_word_problem():
    sg = scene("In a survey of 100 students, 45 study French, 40 study Spanish, 30 study German, 15 study French "
               "and Spanish, 10 study Spanish and German, 8 study French and German, and 3 study all three. "
               "Draw the Venn diagram.")
    c = counts_of(sg)
    assert c[("French", "German", "Spanish")] == 3 and c[("French",)] == 25 and c[("Spanish",)] == 18
    assert c[("German",)] == 15 and c[("French", "Spanish")] == 12 and c[()] == 15
    assert len([r for r in sg.relations if r.kind == "overlaps"]) == 3


def test_count_question_is_answered_not_a_bound():
    from nesy.types import _thaw
    sg = scene("In a group of 40, 25 take Art, 20 take Music and 9 take both, so find how many take at least one.")
    asked = _thaw(sg.attr("counts"))["asked"]
    assert [(q["kind"], q["answer"]) for q in asked] == [("union", 36)]
    sg = scene("Of 60 pupils 35 play Chess and 30 play Go, 12 play both. Work out how many play neither.")
    assert counts_of(sg)[()] == 7 and not sg.not_drawn


@pytest.mark.parametrize("text,phrases", [
    ("In a group of 10, 8 take Art, 7 take Music and 1 takes both.", 4),
    ("n(A) = 5, n(A ∩ B) = 7, n(B) = 9.", 2),
])
def test_inconsistent_counts_are_impossible(text, phrases):
    with pytest.raises(UnsatisfiableError) as e:
        scene(text)
    assert len(e.value.phrases) == phrases


def test_counts_drawn_and_read_from_the_pixels():
    """The region counts verify on nesy's own figure; a scene whose number differs fails count_text."""
    from dataclasses import replace
    from nesy.domains.sets import SetsDomain
    dom = SetsDomain()
    sg = scene("In a class of 30, 17 take Art, 16 take Music and 9 take both. Draw the Venn diagram.")
    lay = dom.solve(sg)
    png = dom.render(lay, sg).png
    v = dom.verify(png, sg)
    assert all(c.passed for c in v.checks), [c for c in v.checks if not c.passed]
    laws = {c.law for c in v.checks}
    assert {"count_region", "count_text"} <= laws
    wrong = replace(sg, entities=tuple(replace(e, name="3") if e.name == "8" else e for e in sg.entities))
    bad = [c for c in dom.verify(png, wrong).checks if not c.passed]
    assert [c.law for c in bad] == ["count_text"]
