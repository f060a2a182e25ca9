"""Sets: the kinds of phrasing the eleventh held-out set (requests-11) failed on, each read on phrasings of
its own — a set figure asked for by how the text speaks of sets ("as nested sets", "the sets Metals and
Conductors", a chain "every X is a Y and every Y is a Z") whatever science its set names are words of; a
pronoun opening its sentence ("Inside it, …"); "both" said of two sets ("a few play both", "no animal is
both"); "no universe box needed"; exclusive alternatives ("either a Solid, a Liquid or a Gas - never two at
once", "none of them overlap"); an example member kept out of a set ("graphite conducts but isn't a metal");
a roster after a description ("R = rocky planets = {Mercury, …}")."""
from __future__ import annotations

import pytest

from nesy.errors import NesyError
from nesy.pipeline import parse
from nesy.registry import detect_domain
from sets_rels import rels, scene_rels


def _auto(text: str):
    """The scene nesy reads from ``text`` choosing the science itself, as the CLI does."""
    return parse(text, allow_unknown=True)


def _sets(sg) -> set[str]:
    return {e.id for e in sg.entities if e.kind == "set"}


# ---- the figure asked for decides the science -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Every square is a rectangle and every rectangle is a quadrilateral. Show this as nested sets: Squares, "
    "Rectangles, Quadrilaterals.",
    "Draw rhombuses, parallelograms and quadrilaterals as nested sets: every rhombus is a parallelogram.",
    "Every rhombus is a parallelogram, and every parallelogram is a quadrilateral; draw it.",
    "Draw the sets Planets and Moons, where no planet is a moon.",
    "Squares are a subset of rectangles. Draw this.",
])
def test_a_set_figure_of_another_sciences_words_is_sets(text):
    assert detect_domain(text).key == "sets"


@pytest.mark.parametrize("text,key", [
    ("Draw a square whose every angle is a right angle, with side 4 cm.", "geometry"),   # no chain of classes
    ("Draw a rectangle 6 cm by 4 cm and a square of side 3 cm.", "geometry"),
    ("A set of three 10 ohm resistors in series with a 9 V battery.", "circuits"),
])
def test_other_sciences_words_stay_theirs(text, key):
    assert detect_domain(text).key == key


def test_nested_sets_of_shape_names_are_drawn_nested():
    sg = _auto("Every square is a rectangle and every rectangle is a quadrilateral. Show this as nested sets: "
               "Squares, Rectangles, Quadrilaterals.")
    assert sg.domain == "sets"
    assert {("inside", "Squares", "Rectangles"), ("inside", "Rectangles", "Quadrilaterals")} <= scene_rels(sg)


def test_kinds_of_two_sciences_and_words_of_a_third_are_refused():
    from nesy import registry
    kinds = registry._figure_kinds("Show the orbits as nested sets and draw a free-body diagram of the block.")
    assert len(kinds) == 2   # sets and mechanics: the words choose between them only


# ---- "Inside it," opening its sentence -------------------------------------------------------------------
@pytest.mark.parametrize("text,outer,inner", [
    ("Exhibit label: 'Animals' is the big set. Inside it, Vertebrates and Invertebrates.", "Animals",
     {"Vertebrates", "Invertebrates"}),
    ("Draw Fruit as the outer set. Within it, Apples and Pears.", "Fruit", {"Apples", "Pears"}),
    ("Start with the set Vehicles. Inside it, draw Cars and Bikes.", "Vehicles", {"Cars", "Bikes"}),
])
def test_a_pronoun_opening_its_sentence_is_the_set_before(text, outer, inner):
    got = rels(text)
    assert {("inside", n, outer) for n in inner} <= got


# ---- "both" --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,kind", [
    ("In our school some pupils play football, some play cricket, and a few play both. Draw the sets Football "
     "and Cricket.", "overlaps"),
    ("Draw the sets Tea and Coffee. Many of the staff drink tea, some drink coffee, and nobody drinks both.",
     "outside"),
    ("Animals is the big set. Inside it, Vertebrates and Invertebrates - no animal is both.", "outside"),
    ("Sets Readers and Writers: several students are in both.", "overlaps"),
])
def test_both_said_of_two_sets(text, kind):
    got = rels(text)
    pair = [p for p in got if p[0] in ("overlaps", "outside")]
    assert len(pair) == 1 and pair[0][0] == kind


def test_both_with_three_sets_and_none_named_is_not_drawn():
    sg = parse("Draw the sets Red, Green and Blue. A few are both.", domain="sets", allow_unknown=True)
    assert not [r for r in sg.relations if r.kind in ("overlaps", "outside")]
    assert any("both" in n.text for n in sg.not_drawn)


def test_a_misspelt_both_is_corrected():
    sg = _auto("Some pupils play football, some play cricket, and a few play boht. Draw a Venn diagram of the two "
               "sets Football and Cricket.")
    assert ("overlaps", "Cricket", "Football") in scene_rels(sg)
    assert any(c.read_as == "both" for c in sg.corrections)


# ---- no universe box ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Draw a Venn diagram of the two overlapping sets Football and Cricket (no universe box needed).",
    "Two overlapping sets A and B, without a universal set.",
    "Sets P and Q overlap; no need for a surrounding rectangle.",
])
def test_no_universe_is_read_when_none_is_drawn(text):
    sg = _auto(text)
    assert sg.domain == "sets" and not sg.not_drawn
    from nesy.domains.sets_draw import universe_of
    assert universe_of(sg) is None


def test_no_universe_with_a_universe_drawn_is_refused():
    with pytest.raises(NesyError, match="no universe box"):
        _auto("Draw the universal set U with two overlapping sets A and B inside it, but no universe box.")


# ---- exclusive alternatives ---------------------------------------------------------------------------
@pytest.mark.parametrize("text,names", [
    ("At room temperature an element is either a Solid, a Liquid or a Gas - never two at once. Draw the three "
     "sets so that none of them overlap.", {"Solid", "Liquid", "Gas"}),
    ("Every pupil is either a Boarder or a Dayschool pupil, never both. Draw the two sets.", {"Boarder", "Dayschool"}),
    ("Draw the sets Cats, Dogs and Birds; none of them overlap.", {"Cats", "Dogs", "Birds"}),
    ("Each coin is either a Penny, a Nickel or a Dime, but never two at the same time. Draw the three sets.",
     {"Penny", "Nickel", "Dime"}),
])
def test_exclusive_alternatives_are_pairwise_disjoint(text, names):
    sg = parse(text, domain="sets", allow_unknown=True)
    assert _sets(sg) == names
    ns = sorted(names)
    want = {("outside", a, b) for i, a in enumerate(ns) for b in ns[i + 1:]}
    assert want <= scene_rels(sg)


def test_either_or_alone_states_no_disjointness():
    got = rels("A pupil is either a Boarder or a Dayschool pupil. Draw the two sets.")
    assert not [p for p in got if p[0] == "outside"]


# ---- an example member kept out of a set ----------------------------------------------------------------
@pytest.mark.parametrize("text,x,inner,outer", [
    ("Q: Is every conductor a metal? No - graphite conducts but isn't a metal. Every metal does conduct, though. "
     "Draw the sets Metals and Conductors to show that.", "graphite", "Conductors", "Metals"),
    ("Draw the sets Swimmers and Fish. Every fish swims. A duck swims but is not a fish.", "duck", "Swimmers", "Fish"),
    ("Every painter is an artist; draw the sets Painters and Artists. A sculptor is an artist but not a painter.",
     "sculptor", "Artists", "Painters"),
])
def test_an_example_member_kept_out_of_a_set(text, x, inner, outer):
    sg = _auto(text)
    assert sg.domain == "sets"
    got = {(r.kind, r.source, r.target) for r in sg.relations}
    assert ("element_of", x, inner) in got and ("outside", x, outer) in got
    assert ("inside", outer, inner) in got


def test_the_answer_no_is_no_quantifier():
    # "No - …" answers the question; read as "no conductor is not a metal" it made Conductors ⊂ Metals
    got = rels("Is every conductor a metal? No - graphite conducts but isn't a metal. Draw the sets Metals and "
               "Conductors.")
    assert ("inside", "Conductors", "Metals") not in got


# ---- a roster after a description -----------------------------------------------------------------------
@pytest.mark.parametrize("text,members", [
    ("R = rocky planets = {Mercury, Venus, Earth, Mars}; M = planets with moons = {Earth, Mars, Jupiter, Saturn, "
     "Uranus, Neptune}. Venn diagram of R and M.", {"R": {"Mercury", "Venus", "Earth", "Mars"}}),
    ("V = vowels = {a, e, i, o, u} and L = letters of cat = {c, a, t}. Draw V and L.", {"L": {"c", "a", "t"}}),
    ("Draw P = small primes = {2, 3, 5} and O = odd digits = {1, 3, 5, 7, 9}.", {"P": {"2", "3", "5"}}),
])
def test_a_roster_after_a_description(text, members):
    sg = _auto(text)
    assert sg.domain == "sets"
    names = {e.id: (e.name or e.id) for e in sg.entities}
    for s, xs in members.items():
        got = {names[r.source] for r in sg.relations if r.kind == "element_of" and r.target == s}
        assert got == xs
