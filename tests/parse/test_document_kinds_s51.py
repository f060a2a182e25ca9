"""Requests hidden in documents (session 51, mechanisms found on the held-out requests-30): headings that name
the document ("Alt text for Figure 2:", "Answer key, part (c):", "Outreach kit 'spoon optics', card 2:"), a
rubric's credits and penalties ("Full marks if …", "2 marks for …", "Deduct a mark if any chloroplast is
drawn"), who a figure is for ("for visually impaired readers"), sub-bullets that say "it", a post-modifier
before a bracket, coordinate adjectives after a count, and words that look like set names but are not."""
from __future__ import annotations

from pathlib import Path

import pytest

from nesy.parse.chat import CLOSED, HEADING, OCCASION, SPEAKER
from nesy.pipeline import parse


def _kinds(scene) -> list[str]:
    return [e.kind for e in scene.entities]


def _rels(scene) -> set[tuple[str, str, str]]:
    return {(r.kind, r.source, r.target) for r in scene.relations}


# ---------------------------------------------------------------------------------------------- headings
@pytest.mark.parametrize("text, kind, n", [
    ("Alt text for Figure 2: 'A round animal cell with one nucleus and five mitochondria.' Draw it.", "mitochondrion", 5),
    ("Figure description for visually impaired readers: a cubic unit cell of magnesium oxide in the rock-salt "
     "arrangement with a = 4.21 Å.", None, None),
    ("Outreach electronics club, week 3 poster: a 9 V battery, a 470 Ω resistor and a 10 µF capacitor, all in series.",
     "resistor", 1),
    ("Answer key, part (c): Earth at 1.0 AU and Jupiter at 5.2 AU from the Sun.", "planet", 2),
    ("Marking rubric, Q3 (4 marks). The figure shows one animal cell with a single nucleus and four mitochondria.",
     "mitochondrion", 4),
])
def test_a_heading_that_names_the_document_is_no_content(text, kind, n):
    s = parse(text, allow_unknown=True)
    assert not s.not_drawn, [x.text for x in s.not_drawn]
    assert any(x.why == HEADING for x in s.no_content)
    if kind:
        assert _kinds(s).count(kind) == n


@pytest.mark.parametrize("text, left", [
    # a heading of words no one knows is not a heading: they stay not drawn
    ("Frobnitz glorp: draw one animal cell with a nucleus and two mitochondria.", "Frobnitz glorp"),
    # a verbless sentence in the middle of a text says something (a nonce sentence here)
    ("Draw a cell with a nucleus and 3 mitochondria. The frobnitz glorps. Thanks.", "frobnitz glorps"),
])
def test_a_heading_never_hides_unknown_words(text, left):
    s = parse(text, allow_unknown=True)
    assert left in [x.text for x in s.not_drawn]


def test_a_place_before_a_colon_is_no_heading():
    # "Left:" places what follows; it is never set aside as the document's name
    from nesy.parse.chat import _headings
    from nesy.parse.nlp import get_language
    text = "Left: a plant cell with a large vacuole and three chloroplasts."
    doc = get_language()(text)
    assert _headings(doc, text, "cell", set(range(len(doc)))) == {}


def test_an_answer_key_heading_does_not_make_its_sentence_a_question():
    # "Answer …" opens questions ("Answer in units of …"); before a colon it is the document's name, and the
    # sentence after it states the machine: its start and accepting state are read
    s = parse("Answer key Q3: the DFA has states q0 (start, accepting) and q1. On a, q0 goes to q1 and q1 goes to "
              "q0; on b, each state loops to itself.", allow_unknown=True)
    attrs = dict(s.attributes)
    assert [dict(x)["state"] for x in attrs["starts"]] == ["q0"]
    assert [dict(x)["state"] for x in attrs["accepts"]] == ["q0"]
    assert not s.not_drawn


# ---------------------------------------------------------------------------------------------- rubrics
def test_a_rubrics_credits_count_nothing():
    s = parse("Marking scheme, Materials 101 quiz, Q4: the unit cell of copper must be drawn face-centred cubic "
              "with a = 3.615 Å. 2 marks for the structure, 1 mark for labelling the lattice constant.",
              allow_unknown=True)
    assert not s.not_drawn, [x.text for x in s.not_drawn]
    s = parse("Full marks if the ray diagram shows a converging lens of focal length 10 cm and an object 15 cm from "
              "the lens.", allow_unknown=True)
    assert not s.not_drawn, [x.text for x in s.not_drawn]


@pytest.mark.parametrize("penalty", ["Deduct a mark if any chloroplast is drawn.",
                                     "Lose 1 mark for drawing a chloroplast."])
def test_a_rubrics_penalty_reads_as_an_absence(penalty):
    s = parse("One animal cell with a single nucleus and four mitochondria. " + penalty, allow_unknown=True)
    assert "chloroplast" not in _kinds(s)
    assert _kinds(s).count("mitochondrion") == 4
    assert not s.not_drawn, [x.text for x in s.not_drawn]


# ---------------------------------------------------------------------------------------------- who it is for
def test_who_and_where_a_figure_is_for_is_chat():
    s = parse("One animal cell with a nucleus and three mitochondria, for visually impaired readers.",
              allow_unknown=True)
    assert not s.not_drawn, [x.text for x in s.not_drawn]
    assert any(x.why == OCCASION for x in s.no_content)
    s = parse("Mineral gallery brief: a unit-cell model of diamond (carbon, diamond cubic structure, a = 3.567 Å) for "
              "the touch-screen kiosk.", allow_unknown=True)
    assert not s.not_drawn, [x.text for x in s.not_drawn]
    s = parse("The visitors always count them. Draw one cell with a nucleus and three mitochondria.",
              allow_unknown=True)
    assert not s.not_drawn and any(x.why == SPEAKER for x in s.no_content)


def test_nothing_else_closes_the_list():
    s = parse("A 2 kg lamp hangs at rest from a single cord; the FBD shows the weight and the tension, nothing else.",
              allow_unknown=True)
    assert not s.not_drawn, [x.text for x in s.not_drawn]
    assert any(x.why == CLOSED for x in s.no_content)


# ---------------------------------------------------------------------------------------------- structure
def test_a_sub_bullets_it_is_its_parent_item():
    s = parse("- Figure: animal cell\n  - Nucleus: 1\n    - with 1 nucleolus inside it\n  - Cytoplasm contents:\n"
              "    - mitochondria: 3\n    - lysosomes: 4\n  - Golgi apparatus: 1", allow_unknown=True)
    assert ("inside", "nucleolus1", "nucleus1") in _rels(s)
    assert _kinds(s).count("cell") == 1


def test_a_bracket_after_a_where_the_data_stand_post_modifier_restates_the_noun():
    s = parse("Please draw the cell described by this table (one animal cell):\n\n| organelle | how many |\n"
              "|---|---|\n| nucleus | 1 |\n| mitochondria | 6 |", allow_unknown=True)
    assert _kinds(s).count("cell") == 1
    assert _kinds(s).count("mitochondrion") == 6


@pytest.mark.parametrize("text, kind, n", [
    ("A fluorescence micrograph with eleven blue, oval nuclei on a black background.", "nucleus", 11),
    ("A cell with three small, bean-shaped mitochondria and one nucleus.", "mitochondrion", 3),
])
def test_coordinate_adjectives_after_a_count(text, kind, n):
    assert _kinds(parse(text, allow_unknown=True)).count(kind) == n


def test_two_counts_with_a_comma_stay_a_list():
    from nesy.parse.coordinate_adjectives import coordinate_adjectives
    assert coordinate_adjectives("three red, four blue nuclei") == []
    assert coordinate_adjectives("3 nuclei, 4 mitochondria") == []
    assert coordinate_adjectives("eleven blue, oval nuclei") == [(11, 12, "")]


def test_words_that_open_a_sentence_or_say_i_are_no_sets():
    s = parse("I think the sets were these: A = {1, 2, 3, 4} and B = {3, 4, 5, 6}. If I remember right the teacher "
              "said A and B share 3 and 4. Draw both inside the universal set U.", allow_unknown=True)
    sets = sorted(e.id for e in s.entities if e.kind == "set")
    assert sets == ["A", "B", "U"]
    # "I" named as a set is a set
    s = parse("Sets H and I overlap.", allow_unknown=True)
    assert ("overlaps", "H", "I") in _rels(s)


# ---------------------------------------------------------------------------------------------- lexicon
def test_the_roles_lexicon_holds_people_and_documents():
    from nesy.parse.lexicon import documents, people
    assert {"visitor", "reader", "kid", "technician"} <= people()
    assert {"rubric", "brief", "caption", "description"} <= documents()
    assert not {"nucleus", "lens", "resistor", "planet", "cell"} & (people() | documents())
    assert (Path(__file__).resolve().parents[2] / "grammars" / "common" / "roles.yaml").is_file()


def test_a_headings_own_number_is_a_label():
    from nesy.parse.structured import _heading_numbers
    t = "Answer key 4(c): concave mirror, f = 20 cm, object at 30 cm."
    assert [t[a:b] for a, b in _heading_numbers(t)] == ["4(c)"]
    # a part's own number stays: "Resistor 2: 5 Ω" names no document
    assert _heading_numbers("Resistor 2: 5 ohm and a 9 V battery") == []
    s = parse("Answer key 4(c): concave mirror, f = 20 cm, object at 30 cm. Show the image.", allow_unknown=True)
    assert not s.not_drawn, [x.text for x in s.not_drawn]


@pytest.mark.parametrize("text, kind, n", [
    ("A circle of radius 5 cm - yes, 5 - with a square inscribed in it.", "square", 1),
    ("A plant cell with four chloroplasts - yes, four, I counted them twice - plus one nucleus.", "chloroplast", 4),
    ("A fluorescence image with twenty nuclei - the count sheet says exactly 20 - please.", "nucleus", 20),
])
def test_an_aside_that_confirms_the_number_just_said_is_a_confirmation(text, kind, n):
    from nesy.parse.repairs import kind_of
    s = parse(text, allow_unknown=True)
    assert _kinds(s).count(kind) == n
    assert not s.not_drawn, [x.text for x in s.not_drawn]
    assert [kind_of(c) for c in s.corrections] == ["confirmation"]


def test_an_aside_with_another_number_is_no_confirmation():
    from nesy.parse.repairs import echoes
    assert echoes("A plant cell with four chloroplasts - yes, five - plus one nucleus.") == []
    assert echoes("R1 = 5 Ω - yes, 5 V - across it.") == []
    s = parse("A 5 kg lamp hangs at rest from a single cord; the tension is 49 N - yes, 49 N exactly.",
              allow_unknown=True)
    assert not s.not_drawn, [x.text for x in s.not_drawn]


# ---------------------------------------------------------------------------------------------- science
def test_a_stated_number_of_atoms_after_the_cells_material_is_checked():
    # "the unit cell of iron containing 4 atoms": the count is read past the material (which stays the species)
    # and held against the structure's (bcc: 8 × 1/8 + 1 = 2; Kittel, Introduction to Solid State Physics, ch. 1)
    from nesy.errors import UnsatisfiableError
    with pytest.raises(UnsatisfiableError, match="containing 4 atoms"):
        parse("A body-centred cubic unit cell of iron containing 4 atoms in total.", allow_unknown=True)
    s = parse("A body-centred cubic unit cell of iron containing 2 atoms in total.", allow_unknown=True)
    assert not s.not_drawn and "species" in _kinds(s)
    s = parse("The fcc unit cell of copper holds 4 atoms, a = 3.615 Å.", allow_unknown=True)
    assert not s.not_drawn


def test_a_vacuole_said_to_be_in_the_middle_is_solved_there_beside_a_nucleus(tmp_path):
    # the central-vacuole look may not hold with a nucleus; the stated middle is kept in every try, so the
    # figure that is drawn has it there (it failed verification three times before)
    from nesy.cli import main
    rc = main(["generate", "A plant cell with four chloroplasts, one nucleus and a central vacuole roughly in the "
               "middle.", "-o", str(tmp_path), "--no-controls"])
    assert rc == 0


def test_a_demonstrative_before_the_relations_noun_ends_its_objects():
    s = parse("One animal cell with a single nucleus, a nucleolus inside that nucleus, four mitochondria in the "
              "cytoplasm and one Golgi apparatus.", allow_unknown=True)
    inside = {t for k, a, t in _rels(s) if k == "inside" and a == "nucleolus1"}
    assert inside == {"nucleus1", "cell1"}
    assert _kinds(s).count("mitochondrion") == 4


def test_a_sets_table_with_an_elements_column_is_each_sets_roster():
    s = parse("Draw the Venn / Euler diagram for these three sets:\n\n| set | elements   |\n|-----|------------|\n"
              "| A   | 2, 4, 6, 8 |\n| B   | 4, 8       |\n| C   | 1, 3, 5    |", allow_unknown=True)
    assert {("inside", "B", "A"), ("outside", "A", "C"), ("outside", "B", "C")} <= _rels(s)
    assert not s.not_drawn


def test_set_sizes_beside_an_intersections_size_are_cardinalities():
    from nesy.errors import UnsatisfiableError
    # |A ∪ B| = 5 + 4 - 2 = 7, not 9 (inclusion–exclusion): refused, quoting the user's own phrases
    with pytest.raises(UnsatisfiableError) as e:
        parse("- Venn diagram of A and B\n  - A: 5 elements\n  - B: 4 elements\n  - A ∩ B: 2 elements\n"
              "  - A ∪ B: 9 elements", allow_unknown=True)
    assert '"A ∪ B: 9 elements"' in str(e.value)
    # consistent: 3 regions of 3, 2 and 2 members, not 11 dots
    s = parse("Venn diagram of A and B. A has 5 elements, B has 4 elements and A ∩ B has 2 elements.",
              allow_unknown=True)
    assert not s.not_drawn and _kinds(s).count("set") == 2
    # only single sets' sizes: members to draw, as before
    s = parse("A has 3 elements and B has 2 elements; A and B are disjoint.", allow_unknown=True)
    assert _kinds(s).count("element") == 5 and not s.corrections


def test_shapes_labelled_with_categories_are_refused_by_geometry():
    from nesy.errors import NesyError
    with pytest.raises(NesyError, match="rectangle labelled Animals"):
        parse("Alt text: 'A large rectangle labelled Animals. Inside it, two circles labelled Mammals and Fish sit "
              "apart, not touching. A smaller circle labelled Whales lies completely inside Mammals.' Please make the "
              "diagram.", allow_unknown=True)
    s = parse("A rectangle labelled ABCD with AB = 5 cm and BC = 3 cm.", allow_unknown=True)
    assert "rectangle" in _kinds(s)


# ------------------------------------------------------------- requests-31 (measured held out first, then developed on)
@pytest.mark.parametrize("text, ids", [
    ("Bench nb 2/5: 9 V battery; R1 = 1 kΩ, R2 = 2.2 kΩ, both in series with the battery.", ["2/5"]),
    ("Nb 19.3: 12 V supply; two 100 Ω resistors in parallel across it.", ["19.3"]),
    ("Slide 7, 10:15: a DAPI image with 14 nuclei.", ["7", "10:15"]),
    ("Imaging log 3/8, field 2: 12 nuclei.", ["3/8", "2"]),
])
def test_a_notebook_headings_dates_and_numbers_are_labels(text, ids):
    from nesy.parse.structured import _heading_numbers
    assert [text[a:b] for a, b in _heading_numbers(text)] == ids
    s = parse(text, allow_unknown=True)
    assert not s.not_drawn, [x.text for x in s.not_drawn]


def test_a_heading_with_a_quantity_keeps_its_numbers():
    from nesy.parse.structured import _heading_numbers
    assert _heading_numbers("Mass 5 kg: a block on a ramp") == []
    assert _heading_numbers("Resistor 2: 5 ohm and a 9 V battery") == []


@pytest.mark.parametrize("text, kind, n", [
    ("A plant cell: a nucleus holding two nucleoli (correction: just one nucleolus), a central vacuole, and eight "
     "chloroplasts.", "nucleolus", 1),
    ("Please draw an animal cell with a nucleus, five lysosomes (wait, I miscounted: four lysosomes), and one Golgi "
     "apparatus.", "lysosome", 4),
    ("A plant cell with a nucleus holding two nucleoli (no, one nucleolus) and a vacuole.", "nucleolus", 1),
])
def test_a_count_corrected_in_brackets_replaces_the_count_before_it(text, kind, n):
    from nesy.parse.repairs import kind_of
    s = parse(text, allow_unknown=True)
    assert _kinds(s).count(kind) == n
    assert "self-repair" in [kind_of(c) for c in s.corrections]
    assert not s.not_drawn


def test_a_bracket_about_another_thing_is_no_correction():
    from nesy.parse.repairs import bracketed_repairs
    assert bracketed_repairs("two nucleoli (no, one nucleus) and a vacuole") == []
    assert bracketed_repairs("two nucleoli (one large, one small)") == []


@pytest.mark.parametrize("said, fixed, values", [
    ("the last one is 330 Ω", "300 Ω", [100.0, 200.0, 330.0]),
    ("the first one is 150 Ω", "100 Ω", [150.0, 200.0, 300.0]),
])
def test_a_repair_that_names_its_place_in_the_list(said, fixed, values):
    s = parse(f"A 12 V battery with three resistors in series: 100 Ω, 200 Ω and 300 Ω, sorry, {said}.",
              allow_unknown=True)
    got = sorted(dict(e.attributes)["value"] for e in s.entities if e.kind == "resistor")
    assert got == sorted(values)
    assert any(c.text == fixed for c in s.corrections)


def test_ea_is_each():
    # "6 V across ea. resistor": read as "each", the drops are read (here refused: "across" names no part before
    # it), never dropped with an impossible circuit drawn
    from nesy.errors import NesyError
    with pytest.raises(NesyError):
        parse("Bench nb 22/5: 9 V battery; R1, R2 in series w/ it; DMM reads 6 V across ea. resistor; draw schem. "
              "w/ those drops.", allow_unknown=True)
    s = parse("A cell with 2 mitochondria, ea. one beside the nucleus, and a nucleus.", allow_unknown=True)
    assert "ea." not in [n.text for n in s.not_drawn]
