"""The forms a request is written in (nesy.parse.forms): a screenplay, a formal letter, a Gherkin feature file and
a user story are read for what they ask, their furniture never drawn. Each form in several sciences."""
import json

import pytest

from nesy.parse.forms import gherkin, letter, screenplay
from nesy.parse.markup import normalize
from nesy.pipeline import parse

SCRIPT_CELL = """INT. HIGH SCHOOL BIOLOGY LAB – DAY
MS. OKAFOR taps the whiteboard.
MS. OKAFOR: Draw me a cheek cell. One nucleus. Three mitochondria. No chloroplasts — this isn't a plant.
(beat)
MS. OKAFOR: And keep every mitochondrion out of the nucleus.
"""
SCRIPT_CIRCUIT = """INT. PHYSICS CLASSROOM – NIGHT
MR. DAVIES paces in front of the bench.
MR. DAVIES (V.O.): Draw a 9 V battery in series with two 100 Ω resistors.
(pause)
MR. DAVIES: No capacitor this time.
CUT TO:
"""
# the cue on a line of its own, its dialogue under it (the Hollywood standard's layout)
SCRIPT_ASTRONOMY = """EXT. OBSERVATORY ROOF – NIGHT

PRIYA adjusts the telescope.

PRIYA
Show the Sun with Mercury, Venus and Earth.

TOM (O.S.)
(whispering)
And Mars too.

FADE OUT.
"""
LETTER_CELL = ("Respected Sir, kindly prepare diagram of one onion peel cell having one nucleus and one big vacuole, no "
               "chloroplast as it is from the bulb. Please do the needful by tomorrow morning itself.")
LETTER_CIRCUIT = """Respected Madam,
Kindly make a diagram of a 12 V battery in series with three 50 Ω resistors at the earliest.
Thanking you,
Yours faithfully,
Rahul Sharma
"""
LETTER_OPTICS = ("Dear Sir/Madam, kindly prepare a neat diagram of a converging lens of focal length 10 cm with the object "
                 "25 cm away. I wait your answer. Yours faithfully, Anita")
LETTER_SETS = ("Respected Sir, please prepare a Venn diagram of sets A and B where A is a subset of B. Please do the "
               "needful by Monday. Thanking you.")
GHERKIN_CELL = """Feature: Cell diagrams for biology class
  Scenario: Plant cell
    Given a plant cell with one nucleus
    And four chloroplasts
    Then the nucleus is inside the cell
    But no centrioles
"""
GHERKIN_ASTRONOMY = """Feature: Solar system figure
Scenario: inner planets
Given the Sun with Mercury, Venus, Earth and Mars
Then Earth is the third planet from the Sun
"""
STORY_CIRCUIT = """Story: circuit worksheet
As a physics teacher, I want a 6 V battery in series with two 10 Ω resistors, so that my students can practise Ohm's law.
Acceptance criteria:
- Given the battery
- Then no capacitor
Story points: 3
"""
STORY_SETS = """As a maths tutor, I want a Venn diagram of sets P and Q that do not overlap so that the class sees disjoint sets.
Acceptance criteria:
Given sets P and Q
Then P and Q are disjoint
Story points: 2
"""


def _kinds(s):
    return sorted(e.kind for e in s.entities)


def _unread(s):
    return " ".join(n.text for n in s.not_drawn)


def _ignored(s):
    return " ".join(sp.text for sp in s.ignored)


def test_a_script_draws_what_its_dialogue_names_and_none_of_its_furniture(tmp_path):
    from nesy.pipeline import generate
    r = generate(SCRIPT_CELL, out_dir=tmp_path / "o", controls=False)
    assert r.passed
    scene = json.loads((tmp_path / "o" / "scene.json").read_text())
    kinds = sorted(e["kind"] for e in scene["entities"])
    assert kinds == ["cell", "mitochondrion", "mitochondrion", "mitochondrion", "nucleus"]
    mito = {e["id"] for e in scene["entities"] if e["kind"] == "mitochondrion"}
    nuc = next(e["id"] for e in scene["entities"] if e["kind"] == "nucleus")
    out = {r["source"] for r in scene["relations"] if r["kind"] == "outside" and r["target"] == nuc}
    assert out == mito
    s = parse(SCRIPT_CELL, allow_unknown=True, domain="cell")
    # the scene heading, the action line, the cues and "(beat)" are known to carry nothing; only "cheek" is unread
    for furniture in ("INT. HIGH SCHOOL BIOLOGY LAB – DAY", "taps the whiteboard", "MS. OKAFOR:", "(beat)"):
        assert furniture in _ignored(s) and furniture not in _unread(s)
    assert _unread(s) in ("", "cheek")


def test_a_script_in_other_sciences_and_layouts():
    s = parse(SCRIPT_CIRCUIT, allow_unknown=True, domain="circuits")
    assert _kinds(s).count("resistor") == 2 and "capacitor" not in _kinds(s) and not s.not_drawn
    assert "(V.O.)" in _ignored(s) and "CUT TO:" in _ignored(s)
    s = parse(SCRIPT_ASTRONOMY, allow_unknown=True, domain="astronomy")
    assert [e.name for e in s.entities] == ["Sun", "Mercury", "Venus", "Earth", "Mars"] and not s.not_drawn
    assert "PRIYA adjusts the telescope." in _ignored(s) and "(whispering)" in _ignored(s)


@pytest.mark.parametrize("text", [
    # a cue and a place in capitals without a scene heading or transition is no script
    "NOTE: Draw a cell with one nucleus.\nINTERIOR of the cell has two mitochondria.",
    "Draw a cell with one nucleus and two mitochondria.",
])
def test_text_that_is_no_script_is_left_alone(text):
    assert screenplay(normalize(text)) == ([], [])


def test_a_formal_letter_draws_its_body(tmp_path):
    s = parse(LETTER_CELL, allow_unknown=True, domain="cell")
    assert _kinds(s) == ["cell", "nucleus", "vacuole"]
    assert "chloroplast" not in _kinds(s)
    for formula in ("Respected Sir", "do the needful", "by tomorrow morning itself", "as it is from the bulb"):
        assert formula in _ignored(s) and formula not in _unread(s)
    assert "prepare" not in _unread(s)
    s = parse(LETTER_CIRCUIT, allow_unknown=True, domain="circuits")
    assert _kinds(s).count("resistor") == 3 and not s.not_drawn
    assert "Thanking you" in _ignored(s) and "Rahul Sharma" in _ignored(s)
    s = parse(LETTER_SETS, allow_unknown=True, domain="sets")
    assert {(r.kind, r.source, r.target) for r in s.relations} == {("inside", "A", "B")} and not s.not_drawn


def test_a_letter_to_optics_keeps_its_distances(tmp_path):
    from nesy.pipeline import generate
    r = generate(LETTER_OPTICS, out_dir=tmp_path / "o", controls=False)
    assert r.passed and r.complete
    o = json.loads((tmp_path / "o" / "optics.json").read_text())
    assert o["f_cm"] == pytest.approx(10) and o["do_cm"] == pytest.approx(25)


@pytest.mark.parametrize("text", [
    "Draw a cell with one nucleus. Thanks!",
    # a deadline or reason clause outside a letter is no letter's
    "Draw a cell with no chloroplast as it is an animal cell, by Monday.",
])
def test_text_that_is_no_letter_is_left_alone(text):
    assert letter(normalize(text)) == ([], [])


def test_gherkin_steps_are_the_statement():
    s = parse(GHERKIN_CELL, allow_unknown=True, domain="cell")
    assert _kinds(s) == ["cell", "chloroplast", "chloroplast", "chloroplast", "chloroplast", "nucleus"]
    assert not s.not_drawn and "Feature: Cell diagrams for biology class" in _ignored(s)
    s = parse(GHERKIN_ASTRONOMY, allow_unknown=True, domain="astronomy")
    assert [e.name for e in s.entities] == ["Sun", "Mercury", "Venus", "Earth", "Mars"] and not s.not_drawn


def test_a_user_story_draws_its_goal_not_its_role_or_benefit():
    s = parse(STORY_CIRCUIT, allow_unknown=True, domain="circuits")
    assert _kinds(s).count("resistor") == 2 and "capacitor" not in _kinds(s) and not s.not_drawn
    assert "Story points: 3" in _ignored(s) and "so that my students" in _ignored(s)
    s = parse(STORY_SETS, allow_unknown=True, domain="sets")
    assert {(r.kind, r.source, r.target) for r in s.relations} == {("outside", "P", "Q")} and not s.not_drawn


@pytest.mark.parametrize("text", [
    # one "Given" line and no heading: plain English
    "Given a cell with one nucleus, draw two mitochondria.",
    # a role without a story's marks
    "As a teacher, I want a cell with one nucleus.",
    "",
])
def test_text_that_is_no_feature_file_or_story_is_left_alone(text):
    assert gherkin(normalize(text)) == ([], [])


def test_an_action_line_that_counts_things_is_read():
    # "she has drawn one cell with …" describes the figure: never blanked as the scene's business
    text = ("INT. LAB – DAY\nMS. OKAFOR turns to the whiteboard.\nOn the whiteboard she has drawn one cell with two "
            "mitochondria.\nMS. OKAFOR: Draw that.")
    edits, rec = screenplay(normalize(text))
    blanked = " ".join(r.text for r in rec)
    assert "turns to the whiteboard" in blanked and "two mitochondria" not in blanked
