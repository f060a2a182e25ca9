"""Numbers that are part of the document, not of the figure, and numbers written in other conventions (requests-18,
own phrasings). Each had been read as a value with no unit, a count of nothing, or a count of the wrong things:

- a document's own numbers (``nesy.parse.incidental``, through ``structured._labels``): a time of day, a date inside a
  sentence, a release's version and a changelog's headings, a page or a hyphenated figure label, a section's
  number, the points a quiz question is worth, a post's hashtags;
- counts written as tally marks (``nesy.parse.tally``): the total of the strokes, of what one stroke stands for;
- a number said again in brackets (``nesy.parse.echoed``): "four (4) peroxisomes", "(recounted, 7 is right)";
  a struck-through number before a quantity ("at ~~25~~ 30 cm"); a later "the correct count is 13"
  (``nesy.parse.correct_value``);
- "every nucleus" after cells counted with their nuclei names those nuclei, not one more (microscopy);
- "X, and parallel to it three resistors …": the fronted phrase names the part just named (``circuits_fronted``);
- a thread's request "can someone draw me one single red blood cell?" states the figure (``account._polite_request``);
- "computed, not guessed": a contrast between two task words says nothing of the figure (``documents._contrasts``).
"""
from __future__ import annotations

import subprocess
import sys
from collections import Counter

import pytest

from nesy.errors import InputError, NesyError
from nesy.parse.markup import normalize
from nesy.parse.structured import read_scaffolding
from nesy.pipeline import parse


def _read(text: str) -> tuple[str, dict[str, str]]:
    norm, sc = read_scaffolding(normalize(text))
    return norm.text, {n.text: n.why for n in sc.no_content}


def _kinds(text: str, domain: str | None = None) -> Counter:
    return Counter(e.kind for e in parse(text, domain=domain, allow_unknown=True).entities)


def _values(text: str, kind: str) -> list[float]:
    return sorted(e.attr("value") for e in parse(text, allow_unknown=True).entities if e.kind == kind)


# ------------------------------------------------------------------------------------ the document's own numbers
@pytest.mark.parametrize("text, gone, why", [
    ("Shift log: around 21:15 the nurse imaged a field with 9 nuclei.", "21:15", "time of day"),
    ("At 3:45 pm we set a 2 cm candle 30 cm in front of a converging lens with f = 10 cm.", "3:45 pm", "time of day"),
    ("Logged 08:30. A 6 V battery in series with a 220 Ω resistor.", "08:30", "time of day"),
    ("Sky notes, 22:40 UT: Jupiter with Io at 421,700 km.", "22:40 UT", "time of day"),
    ("Year 8 Physics, period 5: a converging lens of focal length 10 cm.", "period 5", "label"),
    ("The slide was stained on 4 Oct and shows a cell with a nucleus.", "4 Oct", "date"),
    ("Lab diary 05/11 - an animal cell with 2 lysosomes and a nucleus.", "05/11", "date"),
    ("On March 4, 2025 we imaged 11 nuclei in one field.", "March 4, 2025", "date"),
    ("draw 12 nuclei, dated 2026-02-09 - M.R.", "2026-02-09", "date"),
    ("## [1.4.2] - Figures\nA concave mirror with f = 15 cm.", "[1.4.2]", "version"),
    ("Release v3.0.1: a 12 V battery with a 4 Ω resistor.", "v3.0.1", "version"),
    ("build 2.10.3 - sets A and B overlap.", "2.10.3", "version"),
    ("See p. 17: a plant cell with a nucleus and four chloroplasts.", "p. 17", "label"),
    ("<!-- eq-2: a 5 kg block on a 30° incline -->", "eq-2", "label"),
    ("(as in Fig-4) a cell with two nuclei", "Fig-4", "label"),
    ("3.1 Apparatus. A converging lens of focal length 12 cm.", "3.1", "label"),
    ("Bonus round, worth 50 points: a 9 V battery with two 100 Ω resistors in series.", "worth 50 points", "points"),
    ("(20 pts) Sketch a cell with a nucleus and 5 ribosomes.", "(20 pts)", "points"),
    ("HOST: For 300 points! A cell with one nucleus.", "For 300 points", "points"),
    ("a cell with two nuclei please #biology #cellbio", "#biology #cellbio", "hashtag"),
])
def test_a_number_of_the_document_is_blanked_with_why(text, gone, why):
    plain, whys = _read(text)
    assert gone not in plain
    assert any(gone in k and why in v for k, v in whys.items()), whys


@pytest.mark.parametrize("text", [
    "a 1:10 dilution of the stain",          # a ratio, no word of time before it
    "a 4/2 ratio of length to width",         # a fraction: its month has no zero
    "Mar 3 cm",                               # a quantity after a month's abbreviation
    "May 3 cells touch each other?",          # a verb, not a month
    "4.2 V battery in series with R1",        # a quantity opening a line, not a section
    "Plot 3 points A, B and C.",              # points of a figure, not a score
    "a 2.5 cm object",                        # one decimal point: a quantity, not a version
    "a 5-12-13 right triangle",               # sides, not a date
    "a comet with period 3 years",            # an orbital period
    "fans of #Rock who voted #Jazz\nmore #Jazz",  # a tag the text names is content
])
def test_near_phrasings_stay(text):
    plain, whys = _read(text)
    assert plain == text and not whys


@pytest.mark.parametrize("text, kind, n", [
    ("Shift log: around 21:15 the nurse imaged a field with 9 nuclei, two of them touching.", "nucleus", 9),
    ("The slide was stained on 4 Oct and shows a cell with a nucleus and 3 mitochondria.", "mitochondrion", 3),
    ("(20 pts) Sketch a cell with a nucleus and 5 ribosomes.", "ribosome", 5),
    ("HOST: For 500 points! Draw a cell with 2 nuclei.", "nucleus", 2),
])
def test_the_figure_counts_what_the_request_counts(text, kind, n):
    s = parse(text, allow_unknown=True)
    assert Counter(e.kind for e in s.entities)[kind] == n
    assert not [nd.text for nd in s.not_drawn if any(ch.isdigit() for ch in nd.text)]


def test_the_figure_is_drawn_with_the_documents_numbers_around_it(tmp_path):
    """A changelog entry under its version and date: exit 0, the mirror drawn (the version was 'a number with no
    unit' and the date a count)."""
    text = ("## [1.4.2] - 2025-01-10\n### Fixed\n- Fig. 3: concave mirror, f = 15 cm, an object 4 cm tall 40 cm in "
            "front of it.")
    p = subprocess.run([sys.executable, "-m", "nesy", "generate", text, "-o", str(tmp_path)],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr


@pytest.mark.parametrize("text, kind", [
    ("A regular pentagon with sides of 3 cm - now draw it, one, two, three!", "polygon"),
    ("Three, two, one, go! Draw a cell with 2 nuclei.", "nucleus"),
    ("Here we go, one, two, three! A cell with a nucleus and 4 mitochondria.", "mitochondrion"),
])
def test_counting_out_loud_counts_nothing(text, kind):
    assert _kinds(text, None)[kind] >= 1
    assert not parse(text).not_drawn   # strict: nothing left unread


@pytest.mark.parametrize("text", ["A = one, two, three.", "{one, two, three}", "one, two, three mitochondria"])
def test_numbers_said_as_members_or_counts_are_no_counting_out(text):
    from nesy.parse.incidental import incidental_numbers
    assert incidental_numbers(text) == []


# ------------------------------------------------------------------------------------------------ tally marks
@pytest.mark.parametrize("text, n", [
    ("Tally of nuclei\nA: ||||\nB: ||\nC: |||\nDraw a fluorescence micrograph.", 9),
    ("Count sheet, well 4\ntop left: 卌 ||\nbottom right: |||\nDraw a fluorescence image, each tally mark is a nucleus.",
     10),
    ("Field tallies\nleft half - ||||\nright half - |||| |\nPlease make a micrograph of these nuclei (one per mark).",
     9),
])
def test_tally_marks_count_what_one_mark_stands_for(text, n):
    assert _kinds(text)["nucleus"] == n


def test_tally_marks_of_nothing_named_are_refused():
    with pytest.raises(InputError, match="tally marks"):
        parse("region 1: |||\nregion 2: ||\nDraw an image of it.", allow_unknown=True)


def test_where_the_tallied_things_were_is_listed_not_drawn():
    s = parse("Tally of nuclei\nA: ||||\nB: ||\nDraw a fluorescence micrograph.", allow_unknown=True)
    assert {"A", "B"} <= {n.text for n in s.not_drawn}


# -------------------------------------------------------------------------------- a number said again, corrected
@pytest.mark.parametrize("text, kind, n", [
    ("A plant cell with two (2) nuclei and five (5) chloroplasts.", "chloroplast", 5),
    ("A plant cell with two (2) nuclei and five (5) chloroplasts.", "nucleus", 2),
    ("A cell with 6 (six) mitochondria and a nucleus.", "mitochondrion", 6),
    ("An animal cell comprising one (1) nucleus and three (3) lysosomes.", "lysosome", 3),
])
def test_a_count_restated_in_brackets_is_one_count(text, kind, n):
    assert _kinds(text)[kind] == n


def test_two_different_numbers_in_brackets_are_still_refused():
    with pytest.raises(NesyError, match="four \\(5"):
        parse("A cell with four (5) mitochondria.", allow_unknown=True)


@pytest.mark.parametrize("text, kind, n", [
    ("A cell with a nucleus and ~~3~~ 5 lysosomes (rechecked, 5 is correct).", "lysosome", 5),
    ("A fluorescence image with 12 nuclei (checked twice: 12 is right).", "nucleus", 12),
    ("Cell sketch: ~~2~~ 4 vacuoles (recounted, 4 confirmed), one nucleus.", "vacuole", 4),
])
def test_a_remark_confirming_a_count_is_no_second_count(text, kind, n):
    s = parse(text, allow_unknown=True)
    assert Counter(e.kind for e in s.entities)[kind] == n
    assert not any(ch.isdigit() for nd in s.not_drawn for ch in nd.text)


@pytest.mark.parametrize("text, do", [
    ("A converging lens, f = 10 cm, object at ~~40~~ 35 cm, 2 cm tall.", 35),
    ("Object ~~12~~ 18 cm from a convex lens of focal length 6 cm, 1 cm tall.", 18),
    ("A 3 cm arrow stands ~~20~~ 25 cm in front of a concave mirror with f = 10 cm.", 25),
])
def test_a_struck_number_before_a_quantity_is_replaced_by_it(text, do):
    facts = parse(text, allow_unknown=True).to_dict()["attributes"]["facts"]
    assert [f["value"] for f in facts if f["what"] == "do"] == [do]


@pytest.mark.parametrize("text, kind, n", [
    ("Erratum: the caption said the cell has 6 mitochondria. The correct number is 4. The cell also has one "
     "nucleus.", "mitochondrion", 4),
    ("A micrograph of 20 nuclei was requested. The actual count is 16; please redraw it.", "nucleus", 16),
    ("The figure legend reported 9 nuclei in the field of view. The true count was 11. Make the image.", "nucleus", 11),
])
def test_a_later_correct_count_replaces_the_count_it_corrects(text, kind, n):
    assert _kinds(text)[kind] == n


def test_a_correct_value_of_a_quantity_replaces_it():
    assert _values("A 9 V battery with a 470 Ω resistor. It should have been 330 Ω.", "resistor") == [330.0]


def test_a_correction_of_one_of_several_counts_is_refused_naming_it():
    with pytest.raises(NesyError, match="The correct count is 5"):
        parse("A cell with 3 lysosomes and 2 peroxisomes. The correct count is 5.", allow_unknown=True)


# -------------------------------------------------------------------------------------- "every nucleus" restated
@pytest.mark.parametrize("text, cells, nuclei", [
    ("a fluorescence image of 6 cells with two nuclei each and 4 cells with one nucleus each; every nucleus in "
     "focus.", 10, 16),
    ("Draw a micrograph of 5 cells with two nuclei each, every nucleus clearly visible.", 5, 10),
    ("Nuclear stain of 8 cells with one nucleus each and 2 cells with three nuclei each; each nucleus must be "
     "separate.", 10, 14),
])
def test_every_nucleus_names_the_nuclei_of_the_counted_cells(text, cells, nuclei):
    k = _kinds(text, "microscopy")
    assert (k["cell"], k["nucleus"]) == (cells, nuclei)


# ---------------------------------------------------------------------------------- "and parallel to it …" fronted
@pytest.mark.parametrize("text, kind, values", [
    ("A 12 V battery, and in parallel with it two lamps.", "lamp", [None, None]),
    ("one 9 V source and, parallel to it, two resistors of 1,5 kΩ and 3,3 kΩ.", "resistor", [1500.0, 3300.0]),
    ("A 9 V supply, and parallel to it 3 resistors of 100 Ω, 220 Ω and 470 Ω.", "resistor", [100.0, 220.0, 470.0]),
])
def test_a_fronted_phrase_names_the_part_just_named(text, kind, values):
    s = parse(text, allow_unknown=True)
    parts = [e for e in s.entities if e.kind == kind]
    assert sorted((e.attr("value") for e in parts), key=lambda v: (v is None, v)) == values
    group = {r.target for r in s.relations if r.kind == "member" and r.source in {e.id for e in parts}}
    source = next(e.id for e in s.entities if e.kind == "vsource")
    assert len(group) == 1 and any(r.source == source and r.target in group for r in s.relations)


# ------------------------------------------------------------------------------ a thread's request, coreference
@pytest.mark.parametrize("text, absent", [
    ("1/2 red blood cells have no nucleus\n2/2 can somebody make me one single red blood cell?", "nucleus"),
    ("1/3 fun fact: your platelets are tiny\n2/3 a mature red blood cell has NO mitochondria\n3/3 can anyone draw "
     "me one single red blood cell?", "mitochondrion"),
    ("1/2 your liver cells are amazing\n2/2 can someone draw me one single liver cell with a nucleus?", None),
])
def test_a_thread_asking_for_one_cell_draws_one(text, absent):
    s = parse(text, allow_unknown=True)
    cells = [e for e in s.entities if e.kind == "cell"]
    assert len(cells) == 1
    if absent:
        assert absent in {dict(a)["kind"] for a in cells[0].attr("absent")}
        assert not any(e.kind == absent for e in s.entities)


# ---------------------------------------------------------------------------------- a contrast of two task words
@pytest.mark.parametrize("text", [
    "A convex lens, f = 10 cm, object 4 cm tall at 30 cm; the image distance computed, not guessed.",
    "A concave mirror with f = 20 cm and a 2 cm object 50 cm away; magnification calculated rather than estimated.",
    "A diverging lens of focal length 15 cm, object 3 cm tall at 20 cm, image height derived, not assumed.",
])
def test_how_an_answer_is_had_is_no_negation_of_the_figure(text):
    s = parse(text)   # strict: every word read or known to carry nothing
    assert Counter(e.kind for e in s.entities)["object"] == 1
