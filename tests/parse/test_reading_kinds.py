"""Kinds of phrasing the shared reading got wrong on outsider-written requests (requests-4), each with
several phrasings of its own (none is the acceptance sentence):

- a request phrased as a question ("Could you draw …?") states what to draw; it is no question to blank;
- a distributive quantifier as an object ("give each of them a nucleus", "put a nucleus in each") or as
  the subject of a possession verb ("each one gets a nucleus") gives one per thing counted before;
- one negation over a list ("no X or Y", "neither X nor Y", "X and Y are absent") denies every item;
- "it is an animal cell" after a cell was described is that cell, not a second one;
- a counted item after "X near the Y and …" continues the list, not the relation's objects.
"""
from __future__ import annotations

from collections import Counter

import pytest

from nesy.parse.account import questions
from nesy.pipeline import parse


def _kinds(scene) -> Counter:
    return Counter(e.kind for e in scene.entities)


def _per(scene, kind: str, container: str) -> list[int]:
    """How many `kind` entities each `container` entity holds, in entity order."""
    kind_of = {e.id: e.kind for e in scene.entities}
    held = Counter(r.target for r in scene.relations
                   if r.kind == "inside" and kind_of.get(r.source) == kind and kind_of.get(r.target) == container)
    return [held[e.id] for e in scene.entities if e.kind == container]


def _absent(scene) -> set[str]:
    return {a["kind"] for e in scene.entities for a in (e.attr("absent") or ())}


def _cell(text: str):
    return parse(text, domain="cell", allow_unknown=True)


@pytest.mark.parametrize("text", [
    "Could you draw three cells, each with one nucleus?",
    "Can you please sketch a cell with two mitochondria?",
    "Would you make me a diagram of a lens?",
    "Hi, can you show a Venn diagram of A and B?",
    "Can I get a picture of an animal cell with a nucleus?",
    "cud u draw a cell w/ a nucleus?",
])
def test_a_request_phrased_as_a_question_is_read(text):
    assert questions(text) == []


@pytest.mark.parametrize("text", [
    "Can you calculate the current in the resistor?",
    "Could you tell me the period of Mars?",
    "Could you work out the image distance?",
    "What is the focal length of the lens?",
    "How many nuclei are there?",
])
def test_a_question_is_still_a_question(text):
    assert questions(text) == [(0, len(text))]


def test_the_things_of_a_question_shaped_request_are_drawn():
    s = parse("I need a slide. Could you draw four cells, each with one nucleus?", domain="cell", allow_unknown=True)
    assert _kinds(s)["cell"] == 4 and _per(s, "nucleus", "cell") == [1, 1, 1, 1]


@pytest.mark.parametrize("text, cells, kind, each", [
    ("Draw four cells and give each of them one nucleus.", 4, "nucleus", 1),
    ("Sketch 2 cells; give every one of them a single nucleus.", 2, "nucleus", 1),
    ("Show three cells and give each cell two mitochondria.", 3, "mitochondrion", 2),
    ("Draw two cells and give all of them exactly one nucleus.", 2, "nucleus", 1),
    ("Draw five cells in a row and put a nucleus inside each of them.", 5, "nucleus", 1),
    ("Draw two cells, then place one vacuole into every one.", 2, "vacuole", 1),
    ("Three cells side by side; each one gets a nucleus.", 3, "nucleus", 1),
    ("Draw 3 cells. Each of them receives two mitochondria.", 3, "mitochondrion", 2),
])
def test_a_distributive_object_gives_each_thing_its_own(text, cells, kind, each):
    s = _cell(text)
    assert _kinds(s)["cell"] == cells
    assert _per(s, kind, "cell") == [each] * cells


@pytest.mark.parametrize("text, n", [
    ("Draw one cell with three nuclei and put a nucleolus in each of the three nuclei.", 3),
    ("A cell containing two nuclei; put one nucleolus in each of them.", 2),
])
def test_each_of_the_counted_things_refers_back(text, n):
    s = _cell(text)
    assert _kinds(s)["nucleus"] == n and _kinds(s)["nucleolus"] == n
    assert _per(s, "nucleolus", "nucleus") == [1] * n


@pytest.mark.parametrize("text, gone, kept", [
    ("An animal cell with a nucleus and no chloroplasts or vacuole.", {"chloroplast", "vacuole"}, {"nucleus"}),
    ("Draw a cell with two mitochondria but no ribosomes, lysosomes or vacuoles.",
     {"ribosome", "lysosome", "vacuole"}, {"mitochondrion"}),
    ("A cell with a nucleus, and neither a vacuole nor chloroplasts.", {"vacuole", "chloroplast"}, {"nucleus"}),
    ("Draw a cell with a nucleus. Chloroplasts and vacuoles are absent.", {"chloroplast", "vacuole"}, {"nucleus"}),
    ("Draw a cell with a nucleus. Lysosomes and a vacuole are not present.", {"lysosome", "vacuole"}, {"nucleus"}),
    ("A cell without chloroplasts or a vacuole.", {"chloroplast", "vacuole"}, set()),
])
def test_one_negation_denies_every_listed_thing(text, gone, kept):
    s = _cell(text)
    k = _kinds(s)
    assert not any(k[g] for g in gone), k
    assert gone <= _absent(s)
    assert all(k[x] for x in kept)


def test_and_after_no_states_a_second_thing():
    k = _kinds(_cell("a cell with no nucleus and three mitochondria"))
    assert k["nucleus"] == 0 and k["mitochondrion"] == 3


@pytest.mark.parametrize("text", [
    "Draw a labelled cell with a nucleus; no chloroplasts since it is an animal cell.",
    "A cell with a nucleus. It's a plant cell.",
    "Draw a cell with two mitochondria; this is a eukaryotic cell.",
])
def test_it_is_a_cell_is_the_cell_described(text):
    assert _kinds(_cell(text))["cell"] == 1


@pytest.mark.parametrize("text, kind, n, near", [
    ("a cell with five ribosomes next to the ER and two mitochondria", "mitochondrion", 2, "er"),
    ("a cell with a Golgi body beside the nucleus and 3 lysosomes", "lysosome", 3, "nucleus"),
    ("Draw a cell containing a nucleus, ribosomes along the rough ER, and four mitochondria.", "mitochondrion", 4,
     "er"),
    ("Draw a cell with a dozen vesicles near the nucleus and one vacuole.", "vacuole", 1, "nucleus"),
])
def test_a_counted_item_after_a_placed_item_continues_the_list(text, kind, n, near):
    s = _cell(text)
    kind_of = {e.id: e.kind for e in s.entities}
    assert _kinds(s)[kind] == n
    assert _per(s, kind, "cell") == [n]
    adj = {(kind_of[r.source], kind_of[r.target]) for r in s.relations if r.kind == "adjacent"}
    assert not any(kind in pair and near not in pair for pair in adj), adj
    assert not any(pair == (k2, kind) or pair == (kind, k2) for pair in adj for k2 in ("ribosome", "golgi", "vesicle"))


def test_two_definite_objects_stay_objects():
    s = _cell("a cell with a Golgi body beside the nucleus and the ER")
    kind_of = {e.id: e.kind for e in s.entities}
    adj = {(kind_of[r.source], kind_of[r.target]) for r in s.relations if r.kind == "adjacent"}
    assert ("golgi", "nucleus") in adj and ("golgi", "er") in adj


@pytest.mark.parametrize("text, kind, host, n", [
    ("Four cells, each containing one nucleus, and each nucleus has one nucleolus inside it.", "nucleolus",
     "nucleus", 4),
    ("Two cells. Each cell contains three mitochondria within it.", "mitochondrion", "cell", 6),
    ("A cell that has a vacuole inside it.", "vacuole", "cell", 1),
])
def test_a_pronoun_restating_the_container_adds_nothing(text, kind, host, n):
    s = _cell(text)
    assert _kinds(s)[kind] == n and sum(_per(s, kind, host)) == n


@pytest.mark.parametrize("text", [
    "The nucleus has a nucleolus and the cell has two mitochondria.",
    "A cell has a nucleus and the nucleus has two nucleoli.",
])
def test_and_then_a_subject_with_has_is_a_new_clause(text):
    s = _cell(text)
    kind_of = {e.id: e.kind for e in s.entities}
    assert ("cell", "nucleus") not in {(kind_of[r.source], kind_of[r.target]) for r in s.relations if r.kind == "inside"}


@pytest.mark.parametrize("text, kinds", [
    ("A cell with a nucleus, ten ribosomes and 2 lysosomes. None of the ribosomes or lysosomes may overlap the "
     "nucleus.", ("ribosome", "lysosome")),
    ("A cell with a nucleus and ten ribosomes. No ribosome overlaps the nucleus.", ("ribosome",)),
    ("A cell with a nucleus and 4 mitochondria; none of the mitochondria should touch the nucleus.",
     ("mitochondrion",)),
])
def test_a_negated_subject_over_named_things_keeps_them_apart(text, kinds):
    s = _cell(text)
    kind_of = {e.id: e.kind for e in s.entities}
    apart = {kind_of[r.source] for r in s.relations if r.kind == "outside" and kind_of[r.target] == "nucleus"}
    assert set(kinds) <= apart
    assert all(_kinds(s)[k] for k in kinds)


@pytest.mark.parametrize("text", [
    "Draw a cell with a vacuole; show it as a plant cell.",
    "A cell. Draw it as one cell with a nucleus.",
])
def test_draw_it_as_a_cell_is_the_same_cell(text):
    assert _kinds(_cell(text))["cell"] == 1


@pytest.mark.parametrize("text, wrong, right", [
    ("Draw a paralellogram with sides 6 cm and 4 cm.", "paralellogram", "parallelogram"),
    # one edit from several members of one synonym group (rhombus, rhombi, rhombs): still that figure
    ("a rhombis with side 4 cm", "rhombis", "rhombus"),
    ("an isosceles trapezuim with bases 6 cm and 4 cm", "trapezuim", "trapezium"),
    ("a convex lense of focal length 10 cm", "lense", "lens"),   # a WordNet variant never blocks its word
    # one edit from a word and from its plural: the base form, never a count nobody stated
    ("a cell with rough endoplasmic reticulm beside the nucleus", "reticulm", "reticulum"),
])
def test_a_misspelt_figure_word_of_a_science_is_read(text, wrong, right):
    from nesy.parse.spelling import corrections
    got = {c.text if hasattr(c, "text") else text[c.start:c.end]: c.read_as for c in corrections(text, [(0, len(text))], None)}
    assert got.get(wrong) == right


# ------------------------------------------------ a partitive speaks of some of the things named before

def test_no_member_in_two_of_these_sets_is_pairwise_disjoint():
    # the partitive "two of these classes" under "no animal belongs to" says no member is shared by any two
    # sets (read since session 23; before, listed as not drawn): it names no new set either way
    from nesy.pipeline import parse as parse_text
    s = parse_text("Draw sets Mammals, Birds and Reptiles as three separate circles, because no animal belongs to "
                   "two of these classes, and then put a set Dogs inside Mammals.", domain="sets", strict=False)
    assert sum(e.kind == "set" for e in s.entities) == 4
    rels = {(r.kind, r.source, r.target) for r in s.relations}
    assert {("outside", "Mammals", "Birds"), ("outside", "Mammals", "Reptiles"), ("outside", "Birds", "Reptiles"),
            ("inside", "Dogs", "Mammals")} == rels


@pytest.mark.parametrize("text,domain,kind,n", [
    ("Please draw the sets Cats, Dogs and Pets, with Cats inside Pets and Dogs inside Pets, since each of these "
     "animals is a pet; one of the sets, Cats, is drawn on the left.", "sets", "set", 3),
])
def test_a_partitive_names_no_new_things(text, domain, kind, n):
    from nesy.pipeline import parse as parse_text
    s = parse_text(text, domain=domain, strict=False)
    assert sum(e.kind == kind for e in s.entities) == n
    assert any(" of th" in d.text for d in s.not_drawn)


@pytest.mark.parametrize("text", [
    "A cell with a nucleus and 5 mitochondria, three of these mitochondria near the membrane, and a vacuole.",
    "A cell with 3 mitochondria and a nucleus; two of the mitochondria are next to the nucleus.",
])
def test_a_partitive_is_never_read_as_new_or_all(text):
    # drawn, it showed 8 mitochondria, or all 3 next to the nucleus: now listed as not drawn, or refused
    from nesy.errors import NesyError
    from nesy.pipeline import parse as parse_text
    try:
        s = parse_text(text, domain="cell", strict=False)
    except NesyError as e:
        assert " of th" in str(e)
        return
    assert sum(e.kind == "mitochondrion" for e in s.entities) in (3, 5)
    assert not any(r.kind == "adjacent" for r in s.relations)


# ------------------------------------------------ "another" is one more of its kind, never the one named before
@pytest.mark.parametrize("text, kinds", [
    ("A cell with 3 mitochondria. Another cell with 2 mitochondria.", {"cell": 2, "mitochondrion": 5}),
    ("a cell with a nucleus and another cell with two vacuoles", {"cell": 2, "nucleus": 1, "vacuole": 2}),
    ("A binucleate-looking cell: a cell with a nucleus and another nucleus.", {"cell": 1, "nucleus": 2}),
    ("One cell holding 2 mitochondria plus another mitochondrion near the membrane", {"cell": 1, "mitochondrion": 3}),
])
def test_another_adds_one_of_its_kind(text, kinds):
    got = _kinds(_cell(text))
    assert {k: got.get(k, 0) for k in kinds} == kinds


def test_another_cell_holds_its_own_organelles():
    s = _cell("A cell with 3 mitochondria. Another cell with 2 mitochondria.")
    inside = Counter(r.target for r in s.relations if r.kind == "inside")
    assert sorted(inside.values()) == [2, 3]


# ------------------------------------------------ "not on top of": a layer not drawn over another, disjoint
@pytest.mark.parametrize("text", [
    "a plant cell with a vacuole and 4 chloroplasts; the chloroplasts are not on top of the vacuole",
    "A plant cell with a large vacuole and five chloroplasts. The chloroplasts must not sit on top of the vacuole.",
    "plant cell, vacuole, 3 chloroplasts not lying on top of the vacuole",
])
def test_not_on_top_of_is_outside(text):
    s = _cell(text)
    outside = {(r.source.rstrip("0123456789"), r.target.rstrip("0123456789")) for r in s.relations if r.kind == "outside"}
    assert ("chloroplast", "vacuole") in outside
    assert not any(r.kind == "above" for r in s.relations)


# ------------------------------------------------ a second predicate of the subject of a clause opened on ", and"
@pytest.mark.parametrize("text, want", [
    ("P is inside Q, and R overlaps Q but does not touch P.", {("inside", "P", "Q"), ("overlaps", "R", "Q"), ("outside", "R", "P")}),
    ("Set A is a subset of B, and C intersects B but is disjoint from A.", {("inside", "A", "B"), ("overlaps", "C", "B"), ("outside", "C", "A")}),
    ("Sets X, Y and Z: X is inside Y, and Z overlaps Y but is separate from X", {("inside", "X", "Y"), ("overlaps", "Z", "Y"), ("outside", "Z", "X")}),
])
def test_second_predicate_after_a_comma_and(text, want):
    s = parse(text)
    assert s.domain == "sets"
    assert {(r.kind, r.source, r.target) for r in s.relations} == want
