"""Session 33: outsiders' set requests — a negated universal ("not every EU state is in NATO") read as a part
outside, never as a member or a set named "Not"/"STATE"; an overlap the text fixes through a subset and a
"not a subset" (R crossing P's boundary); sets written as XML markup; classes in capitals drawn "as two
overlapping regions" (a set figure whatever the shapes' names); a sets text with a stray aside of unknown
words ("my teachr says no")."""
from __future__ import annotations

import pytest

from nesy.errors import NesyError, UnsupportedError
from nesy.pipeline import generate, parse


def _read(text: str, **kw):
    sg = parse(text, allow_unknown=True, **kw)
    sets = {e.id.lower() for e in sg.entities if e.kind == "set"}
    rels = set()
    for r in sg.relations:
        a, b = r.source.lower(), r.target.lower()
        if r.kind in ("outside", "overlaps") and a > b:
            a, b = b, a
        rels.add((r.kind, a, b))
    some_not = {tuple(x.lower() for x in s["sets"]) for s in (sg.attr("some_not", []) or [])}
    return sg, sets, rels, some_not


EU = ("HEADLINE: 'NOT EVERY EU STATE IS IN NATO, NOT EVERY NATO STATE IS IN THE EU' - sub-editor wants a "
      "two-circle Venn next to it: EU and NATO, overlapping.")


@pytest.mark.parametrize("text", [
    EU,
    "Not every EU state is in NATO, and not every NATO state is in the EU. Draw EU and NATO overlapping.",
    "NOT EVERY NATO STATE IS IN THE EU. NOT EVERY EU STATE IS IN NATO. Draw EU and NATO, overlapping.",
    "Not every EU member is in NATO, not every NATO member is in the EU: EU and NATO overlap.",
])
def test_not_every_is_a_part_outside_and_invents_no_set(text):
    sg, sets, rels, some_not = _read(text)
    assert sg.domain == "sets"
    assert sets == {"eu", "nato"} and not any(e.kind == "element" for e in sg.entities)
    assert rels == {("overlaps", "eu", "nato")}
    assert some_not == {("eu", "nato"), ("nato", "eu")}


def test_not_opening_a_sentence_names_no_set():
    sg, sets, rels, some_not = _read("Not every mammal is a pet. Draw Mammals and Pets overlapping.")
    assert sets == {"mammals", "pets"} and some_not == {("mammals", "pets")}


def test_eu_headline_generates_two_circles_only(tmp_path):
    res = generate(EU, out_dir=tmp_path, controls=False, timeout_s=120)
    assert res.passed
    assert {e.id for e in res.scene.entities} == {"EU", "NATO"}


@pytest.mark.parametrize("text, extra", [
    ("Sets P, Q, R. Q ⊂ P. R ∩ Q ≠ ∅, Q ⊄ R. R ⊄ P, P ⊄ R. Venn, nothing else.", set()),
    ("Q is a subset of P. R overlaps Q, but R is not a subset of P.", set()),
    ("Sets A, B and C: B is inside A, C intersects B, and C is not contained in A.", set()),
])
def test_overlap_with_a_subset_and_not_inside_its_superset_overlaps_the_superset(text, extra):
    sg, sets, rels, _ = _read(text)
    (sub, sup), = [(a, b) for k, a, b in rels if k == "inside"]
    crosser, = sets - {sub, sup}
    assert {("overlaps", *sorted((crosser, sub))), ("overlaps", *sorted((crosser, sup)))} <= rels


def test_overlap_through_a_subset_is_drawn_crossing_the_superset(tmp_path):
    res = generate("Sets P, Q, R. Q ⊂ P. R ∩ Q ≠ ∅, Q ⊄ R. R ⊄ P, P ⊄ R.", out_dir=tmp_path, controls=False,
                   timeout_s=120)
    assert res.passed


def test_without_not_inside_the_superset_the_pair_stays_unsaid():
    # R could lie wholly inside P: nothing is added, and the layout refuses it by name
    sg, sets, rels, _ = _read("Q ⊂ P. R ∩ Q ≠ ∅. P ⊄ R.")
    assert not any(k == "overlaps" and "p" in (a, b) for k, a, b in rels)


CAL = ("<venn title='calendar'><set id='Days'/><set id='Weekdays' within='Days'/><set id='Weekend' within='Days'/>"
       "<!-- Weekdays and Weekend share no day --></venn>  render this as a diagram please")


@pytest.mark.parametrize("text, want", [
    (CAL, {("inside", "weekdays", "days"), ("inside", "weekend", "days"), ("outside", "weekday", "weekend")}),
    ('<euler><set name="Animals"/><set name="Cats" in="Animals"/><set name="Dogs" in="Animals" disjoint="Cats"/>'
     '</euler>', {("inside", "cats", "animals"), ("inside", "dogs", "animals"), ("outside", "cats", "dogs")}),
    ('<venn><set id="A"/><set id="B" overlaps="A"/><set id="C" within="A B"/></venn>',
     {("overlaps", "a", "b"), ("inside", "c", "a"), ("inside", "c", "b")}),
    ("<venn><set id='Fruit'/><set id='Berries' within='Fruit'/><set id='Citrus' within='Fruit'/>"
     "<!-- Berries and Citrus share no fruit --></venn> draw it",
     {("inside", "berries", "fruit"), ("inside", "citrus", "fruit"), ("outside", "berries", "citrus")}),
])
def test_sets_written_as_markup(text, want):
    sg, sets, rels, _ = _read(text)
    assert sg.domain == "sets"
    want = {(k, *sorted((a, b))) if k != "inside" else (k, a, b) for k, a, b in want}
    want = {w if w != ("outside", "weekday", "weekend") else ("outside", "weekdays", "weekend") for w in want}
    assert rels == want
    assert sets == {n for _, a, b in want for n in (a, b)}


def test_markup_attribute_not_read_is_listed_not_drawn():
    sg = parse("<venn><set id='A' colour='red'/><set id='B' overlaps='A'/></venn>", allow_unknown=True)
    assert any("colour" in n.text for n in sg.not_drawn)
    assert any("title" in n.text for n in parse(CAL, allow_unknown=True).not_drawn)


def test_markup_element_nesy_does_not_know_is_refused():
    with pytest.raises(UnsupportedError, match="circle"):
        parse("<venn><set id='A'/><circle r='3'/></venn>", allow_unknown=True)


@pytest.mark.parametrize("text, want", [
    ("Margin note (Ch. 6): a square is both a rhombus and a rectangle. Draw Rhombuses and Rectangles as two "
     "overlapping regions, and Squares inside both of them, in the part they share.",
     {("overlaps", "rectangles", "rhombuses"), ("inside", "squares", "rhombuses"), ("inside", "squares", "rectangles")}),
    ("Every square is a rectangle. Show Squares inside Rectangles, and Rectangles and Rhombuses as two overlapping "
     "circles.", {("inside", "squares", "rectangles"), ("overlaps", "rectangles", "rhombuses")}),
    ("Draw Triangles, Squares and Pentagons as three disjoint regions.",
     {("outside", "squares", "triangles"), ("outside", "pentagons", "triangles"), ("outside", "pentagons", "squares")}),
])
def test_shape_classes_drawn_as_regions_are_sets(text, want):
    sg, sets, rels, _ = _read(text)
    assert sg.domain == "sets"
    assert rels == want


@pytest.mark.parametrize("text, want", [
    ("is a whale a fish?? my teachr says no. draw Whales inside Mammals and Sharks inside Fish, and Mammals and "
     "Fish dont touch at all.",
     {("inside", "whales", "mammals"), ("inside", "sharks", "fish"), ("outside", "fish", "mammals")}),
    ("my techer asked this: draw Bats inside Mammals and Sparrows inside Birds, Mammals and Birds dont overlap",
     {("inside", "bats", "mammals"), ("inside", "sparrows", "birds"), ("outside", "birds", "mammals")}),
    ("honestly no idea lol. Put Roses inside Flowers, Oaks inside Trees, and Flowers and Trees apart.",
     {("inside", "roses", "flowers"), ("inside", "oaks", "trees"), ("outside", "flowers", "trees")}),
])
def test_sets_text_with_an_aside_of_unknown_words_is_still_sets(text, want):
    sg, sets, rels, _ = _read(text)
    assert sg.domain == "sets"
    assert rels == want
    assert sg.not_drawn   # the aside's unknown words are listed, never dropped


def test_many_unknown_words_are_no_sets_text():
    with pytest.raises(NesyError):
        parse("the blorfs gribble wozzle and snerks frob: draw Blorfs inside Snerks", allow_unknown=True)


def test_bare_adjective_after_a_pair_gives_way_to_a_later_statement():
    # "Coffee and Tea, overlapping" then "Coffee and Tea, completely separate, no overlap": the later way is drawn,
    # the apposed "overlapping" listed as not drawn
    sg = parse("Me: draw two circles, Coffee and Tea, overlapping.\nColleague: Hang on, the survey said nobody ticked "
               "both.\nMe: Right, true. So: Coffee and Tea, completely separate, no overlap.", allow_unknown=True)
    assert {r.kind for r in sg.relations} == {"outside"}
    assert any("overlapping" in n.text for n in sg.not_drawn)


# --- a reference to the figure, proper-subset adverbs ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Reviewer 1, point 3: in Figure 4 the set M must be drawn strictly inside N (a proper subset), and N strictly "
    "inside M, also proper. Please redraw accordingly.",
    "Referee 2: in Figure 3 the set M must be drawn properly inside N, and N strictly inside M.",
    "In Fig. 2 the set M is strictly within N, and N is properly contained in M.",
])
def test_circular_strict_subsets_after_a_figure_reference_are_impossible(text):
    from nesy.errors import UnsatisfiableError
    sg, sets, rels, _ = _read(text)
    assert sets == {"m", "n"} and rels == {("inside", "m", "n"), ("inside", "n", "m")}
    with pytest.raises(UnsatisfiableError):
        generate(text, controls=False, timeout_s=60)


def test_figure_reference_is_nothing_to_draw():
    sg, sets, rels, _ = _read("In the figure, A is inside B and B overlaps C.")
    assert rels == {("inside", "a", "b"), ("overlaps", "b", "c")} and not sg.not_drawn


# --- members said to be in all three, every pair of groups --------------------------------------------------
@pytest.mark.parametrize("text, names", [
    ("CLUB NEWSLETTER, spring issue. This year we have swimmers, cyclists and runners; every pair of groups shares "
     "members, and our triathletes are in all three. Could the figure person draw the three circles Swimmers, "
     "Cyclists and Runners with that middle region?", ("swimmers", "cyclists", "runners")),
    ("Draw Tea, Coffee and Juice as three circles: every pair of groups overlaps, and the fans of everything are in "
     "all three.", ("tea", "coffee", "juice")),
    ("Three clubs, Chess, Drama and Music: each pair of groups shares members, and the keenest pupils belong to all "
     "three clubs.", ("chess", "drama", "music")),
    ("Sets A, B and C; every pair of them overlaps and some students are in all three.", ("a", "b", "c")),
])
def test_members_in_all_three_give_the_common_region(text, names):
    sg, sets, rels, _ = _read(text)
    assert sets == set(names) and not any(e.kind == "element" for e in sg.entities)
    assert {k for k, *_ in rels} == {"overlaps"} and len(rels) == 3
    assert any(set(x.lower() for x in g["sets"]) == set(names) for g in sg.attr("common", []))


# --- a setting before a quantified clause -------------------------------------------------------------------
@pytest.mark.parametrize("text, pair", [
    ("In my class of English some students speak Spanish, some speak English, and some of them speak both. Make me "
     "please a Venn diagram with the two sets Spanish and English that are overlapping.", ("english", "spanish")),
    ("In our school some pupils play Chess, some play Go, and some play both. Draw the sets Chess and Go overlapping.",
     ("chess", "go")),
    ("In my year of French some pupils sing, some dance. Draw the sets Singers and Dancers overlapping.",
     ("dancers", "singers")),
])
def test_setting_before_a_quantified_clause_names_no_set(text, pair):
    sg, sets, rels, _ = _read(text)
    assert sets == set(pair) and rels == {("overlaps", *pair)}


# --- members said to be in both -----------------------------------------------------------------------------
@pytest.mark.parametrize("text, pair", [
    ("Draw the sets Tea and Coffee; the people who like everything belong to both.", ("coffee", "tea")),
    ("Sets Spanish and French: our bilingual pupils are in both.", ("french", "spanish")),
    ("Draw the sets Cats and Pets; the animals that purr are in both of them.", ("cats", "pets")),
])
def test_members_in_both_make_the_two_overlap(text, pair):
    sg, sets, rels, _ = _read(text)
    assert sets == set(pair) and rels == {("overlaps", *pair)} and not sg.not_drawn



@pytest.mark.parametrize("text, want", [
    ("Draw Cats and Pets as two disjoint sets.", {("outside", "cats", "pets")}),
    ("Draw Cats and Pets as two sets; the animals that purr are in both of them.", {("overlaps", "cats", "pets")}),
    ("Show Mammals and Birds as two sets.", set()),
])
def test_names_listed_as_sets_are_the_sets_never_unnamed_ones(text, want):
    # before, "two disjoint sets" became two unnamed sets and Cats, Pets were listed as not drawn
    sg, sets, rels, _ = _read(text)
    assert all(e.name for e in sg.entities) and rels == want
    assert len(sets) == 2 and not sg.not_drawn


# --- restatements read as nothing to draw: the shared part again, a book reference, "nothing else" ----------
@pytest.mark.parametrize("text", [
    "Margin note (Ch. 6): a square is both a rhombus and a rectangle. Draw Rhombuses and Rectangles as two "
    "overlapping regions, and Squares inside both of them, in the part they share.",
    "Draw Pets and Cats overlapping, and Kittens inside both, in their overlap.",
    "Sets A and B overlap; C lies within both A and B, in the region they have in common.",
    "Homework (Exercise 3b): sets A and B overlap, and C is inside both of them, in the part they share.",
])
def test_shared_part_said_again_and_book_references_are_read(text):
    sg, sets, rels, _ = _read(text)
    assert len(sets) == 3 and len(rels) == 3 and not sg.not_drawn
    assert {k for k, *_ in rels} == {"overlaps", "inside"}


@pytest.mark.parametrize("text", [
    "Sets P, Q, R. Q ⊂ P. R ∩ Q ≠ ∅, Q ⊄ R. R ⊄ P, P ⊄ R. Venn, nothing else.",
    "A is a subset of B. Just the diagram and nothing more.",
    "A and B overlap. Euler diagram - nothing else.",
])
def test_nothing_else_after_the_figure_is_read(text):
    assert not parse(text, allow_unknown=True).not_drawn


def test_both_of_them_is_the_two_sets_of_its_sentence_not_every_capital_before():
    # before, "Homework" (and a front-end "Figure") became sets C was drawn inside
    sg, sets, rels, _ = _read("Homework (Exercise 3b): sets A and B overlap, and C is inside both of them.")
    assert sets == {"a", "b", "c"}
    assert rels == {("overlaps", "a", "b"), ("inside", "c", "a"), ("inside", "c", "b")}


def test_a_hyphenated_set_name_is_refused_naming_it_never_drawn_as_its_first_part():
    from nesy.errors import NesyError
    from nesy.pipeline import parse
    with pytest.raises(NesyError, match="'Indo-European' at 22-35"):
        parse("Draw sets Romance and Indo-European, with Romance inside Indo-European.", allow_unknown=True)
    assert {e.name for e in parse("Draw sets A and B, A inside B.", allow_unknown=True).entities} == {"A", "B"}
