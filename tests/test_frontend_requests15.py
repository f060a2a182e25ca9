"""requests-15 front-end failures, own phrasings: document scaffolding (list item numbers, numbered steps,
mark-scheme marks, thread numbering, dates, a Q label with its part, subtitle cues, a unified diff), a sentence
that states counts in words after a question word ("Required organelles: …", which was silently dropped whole),
and units (the inch mark, stone, light-time) — each read, and near phrasings that are no such thing left as they
are."""
from __future__ import annotations

from collections import Counter

import pytest

from nesy.parse.markup import normalize
from nesy.parse.quantities import find_quantities
from nesy.parse.structured import read_scaffolding
from nesy.pipeline import parse


def _kinds(text: str) -> Counter:
    return Counter(e.kind for e in parse(text, allow_unknown=True).entities)


def _read(text: str) -> str:
    return read_scaffolding(normalize(text))[0].text


@pytest.mark.parametrize("text", [
    "A cell. Required organelles: a nucleus and four mitochondria.",
    "One animal cell. Required: a nucleus, three mitochondria and two vesicles.",
    "A cell. Needed organelles: a nucleus and six mitochondria.",
])
def test_counts_in_words_are_data_not_a_question(text):
    k = _kinds(text)
    assert k["nucleus"] == 1 and k["mitochondrion"] >= 3


def test_a_question_without_numbers_still_asks():
    k = _kinds("A cell with a nucleus and 4 mitochondria. Which one is the nucleus?")
    assert k["nucleus"] == 1 and k["mitochondrion"] == 4


@pytest.mark.parametrize("text, gone, kept", [
    ("3. The concave mirror has f = 10 cm.", "3.", "The concave mirror"),
    ("2) Draw a cell with one nucleus.", "2)", "Draw a cell"),
    ("Procedure: 1) take a cell; 2) put a nucleus in it; 3) draw it.", "2)", "put a nucleus"),
    ("Q2(b). A diverging lens of focal length 15 cm.", "Q2(b)", "A diverging lens"),
    ("The apparatus of claim 1, wherein the lens has f = 5 cm.", "claim 1", "the lens has"),
    ("N inside Z [1], Z inside Q [1].", "[1]", "Z inside Q"),
    ("1/3 one thing\n2/3 a cell with 2 nuclei\n3/3 done", "1/3", "a cell with 2 nuclei"),
    ("12/05 HeLa, 22 nuclei.", "12/05", "HeLa, 22 nuclei."),
])
def test_document_scaffolding_is_blanked(text, gone, kept):
    out = _read(text)
    assert gone not in out and kept in out


@pytest.mark.parametrize("text", [
    "A cell with 3 nuclei. 2 mitochondria are outside them.",   # "2" opens no line after a full stop's line
    "mix 1/3 of the cells",                                     # a fraction, not a thread post
    "1/2 of the nuclei\nare round",                             # one post alone is no thread
    "a step of 1) is odd",                                      # one step alone is no list
    "12/5 of them",                                             # no zero: a fraction, not a date
])
def test_near_phrasings_stay(text):
    assert _read(text) == normalize(text).text


def test_subtitle_cues_are_not_content():
    t = ("14\n00:02:11,200 --> 00:02:15,000\nClosest in is Enceladus, then Tethys,\n\n15\n00:02:15,000 --> "
         "00:02:19,400\nthen Dione and, farthest of these four, Rhea — all circling Saturn.")
    s = parse(t, allow_unknown=True)
    assert s.domain == "astronomy"
    assert {e.name for e in s.entities if e.kind == "moon"} == {"Enceladus", "Tethys", "Dione", "Rhea"}
    assert "-->" not in _read(t)


def test_a_diff_keeps_the_added_line():
    t = "Cell spec, please redraw:\n```\n- mitochondria: 4\n+ mitochondria: 7\n  nucleus: 1\n```"
    k = _kinds(t)
    assert k["mitochondrion"] == 7 and k["nucleus"] == 1
    why = {n.text: n.why for n in parse(t, allow_unknown=True).no_content}
    assert any("removes" in w for w in why.values())


def test_a_bullet_list_is_no_diff():
    k = _kinds("Cell figure:\n- nucleus: 1\n- mitochondria: 4")
    assert k["mitochondrion"] == 4 and k["nucleus"] == 1


@pytest.mark.parametrize("text, value, unit", [
    ('a dodecagon with 1.5" sides', 1.5, "inch"),
    ("a square with 2″ sides", 2, "inch"),
    ("a man of 11 stone", 11, "stone"),
    ("Mercury at 3.2 light-minutes", 3.2, "light_minute"),
    ("8.3 light minutes from the Sun", 8.3, "light_minute"),
])
def test_units(text, value, unit):
    q = find_quantities(text)
    assert len(q) == 1 and float(q[0].value) == pytest.approx(value) and q[0].unit == unit


@pytest.mark.parametrize("text, inches", [('label "R = 5" on it', []), ('the "9" key', []),
                                           ('a 5" object and "9" here', [5.0])])
def test_a_closing_quote_is_no_inch(text, inches):
    assert [float(q.value) for q in find_quantities(text) if q.unit == "inch"] == inches


def test_light_minutes_place_a_planet():
    s = parse("Mercury at 3.2 light-minutes and Mars at 12.7 light minutes from the Sun.")
    a = {b["id"]: b["a"] for b in s.attr("bodies")}
    # c × 3.2 min = 5.757e7 km = 0.3848 AU; c × 12.7 min = 1.5264 AU (IAU au = 149 597 870.7 km)
    assert a["mercury"] == pytest.approx(0.3848, abs=1e-3) and a["mars"] == pytest.approx(1.5274, abs=2e-3)


def test_a_fraction_before_a_capitalised_sentence():
    s = parse("A diverging lens, focal length 15 cm, object 30 cm from the lens, magnification +1/3. Draw it.")
    assert s.domain == "optics"


def test_a_named_asteroid_in_apposition_and_an_agency():
    s = parse("Psyche, the metal-rich asteroid that NASA's spacecraft of the same name is travelling to, orbits the "
              "Sun at about 2.9 AU, between Mars (1.52 AU) and Jupiter (5.2 AU).", allow_unknown=True)
    assert {b["id"]: b["a"] for b in s.attr("bodies")} == {"psyche": 2.9, "mars": 1.52, "jupiter": 5.2}


def test_a_known_body_in_apposition_is_no_second_body():
    s = parse("Vesta, the largest asteroid, orbits the Sun at 2.36 AU; Earth is at 1 AU.")
    assert sorted(b["id"] for b in s.attr("bodies")) == ["earth", "vesta"]


@pytest.mark.parametrize("text, value", [("a score of nuclei", 20), ("four score nuclei", 80), ("a dozen nuclei", 12)])
def test_score_is_twenty(text, value):
    from nesy.parse.words import scan_numbers
    assert [n.value for n in scan_numbers(text)] == [value]


@pytest.mark.parametrize("text", ["the score was 3", "score 5 points"])
def test_score_alone_is_no_number(text):
    from nesy.parse.words import scan_numbers
    assert [n.text for n in scan_numbers(text)] == [t for t in text.split() if t.isdigit()]


@pytest.mark.parametrize("text", [
    "Write the first four bars of a lullaby on a treble staff in C major.",
    "My birth chart please: Sun in Leo, Moon in Pisces, Venus in the seventh house.",
    "a candlestick chart of the share price: Mon open 102, close 98; Tue 98 -> 105",
])
def test_other_fields_figures_are_out_of_scope(text):
    from nesy.errors import OutOfScopeError
    with pytest.raises(OutOfScopeError, match="nesy draws"):
        parse(text)


def test_a_chatbot_prompt_frame_is_not_content():
    t = ("You are a figure assistant for a biology course. Your task: produce one diagram. Subject: an animal cell. "
         "Required organelles: a nucleus, four mitochondria and two vesicles. Respond with the figure only.")
    s = parse(t, allow_unknown=True, domain="cell")
    assert Counter(e.kind for e in s.entities) == Counter({"cell": 1, "nucleus": 1, "mitochondrion": 4, "vesicle": 2})
    assert not s.not_drawn
    assert sum("chatbot prompt" in n.why for n in s.no_content) == 4


def test_subject_without_a_prompt_frame_is_left_to_the_e_mail_reader():
    assert "Subject" in _read("A cell. Subject: nucleus count. It has 2 nuclei.")


@pytest.mark.parametrize("text", ["β-brass (CuZn): B2, i.e. CsCl-type, a ≈ 2.95 Å.", "NiAl: B2 = CsCl type, a = 2.88 Å.",
                                  "NiAl, B2 — the CsCl structure, a = 2.88 Å"])
def test_a_strukturbericht_designation_in_apposition(text):
    s = parse(text, allow_unknown=True)
    assert s.domain == "crystal" and s.attr("structure") == "cesium_chloride"
    assert "i.e" not in [n.text for n in s.not_drawn]


@pytest.mark.parametrize("text, f_cm, do_cm", [
    ("concave mirror, focal length 1 ft, object 3 ft in front of it. draw it", 30.48, 91.44),
    ("a converging lens with f = 2 feet and an object 5 feet away", 60.96, 152.4),
])
def test_optics_lengths_in_feet(text, f_cm, do_cm):
    facts = {f["what"]: f["value"] for f in parse(text).attr("facts")}
    assert facts["f"] == pytest.approx(f_cm) and facts["do"] == pytest.approx(do_cm)


@pytest.mark.parametrize("text", [
    "Good afternoon, I need a figure of a converging lens with f = 20 cm and the object at 30 cm. Thank you very much.",
    "Stamp collector here. A converging lens with f = 10 cm and an object 8 cm away. A ray diagram would be great.",
    "Physics teacher here! A converging lens, f = 10 cm, object at 25 cm. Thanks so much.",
])
def test_greetings_introductions_and_thanks_are_chat(text):
    s = parse(text, allow_unknown=True)
    assert s.domain == "optics" and not s.not_drawn


def test_a_thing_a_science_draws_is_no_introduction():
    s = parse("Nucleus here. A cell with 2 mitochondria.", allow_unknown=True)
    assert Counter(e.kind for e in s.entities)["nucleus"] == 1


def test_good_and_much_stay_unread_in_content():
    s = parse("A cell with a good nucleus and much cytoplasm.", allow_unknown=True)
    assert {"good", "much"} <= {n.text for n in s.not_drawn}


def test_a_sentence_opening_with_also_is_judged_by_what_follows():
    s = parse("A neuron cell body with a nucleus. Also rough ER and four mitochondria near it.", allow_unknown=True)
    k = Counter(e.kind for e in s.entities)
    assert k["er"] == 1 and k["mitochondrion"] == 4


@pytest.mark.parametrize("text", ["XXIV nuclei, DAPI", "Number of nuclei: XXIV. Fluorescence image with its labels."])
def test_an_unread_count_never_gets_the_default(text):
    from nesy.errors import InputError
    with pytest.raises(InputError, match="default count"):
        parse(text, allow_unknown=True)


def test_a_vague_word_before_nuclei_keeps_the_default_and_is_listed():
    s = parse("a bunch of nuclei, DAPI", allow_unknown=True)
    assert "bunch" in [n.text for n in s.not_drawn]


@pytest.mark.parametrize("text, gone, kept", [
    ("Q4 mark scheme (4 marks). Candidates draw N inside Z.", "Q4", "N inside Z"),
    ("Q4 mark scheme (4 marks). Candidates draw N inside Z.", "4 marks", "mark scheme"),
])
def test_question_numbers_and_mark_counts(text, gone, kept):
    out = _read(text)
    assert gone not in out and kept in out


@pytest.mark.parametrize("text, value", [('regular dodecagon w/ 1.5" sides', "3/2"), ("a square with 2″ sides", "2")])
def test_geometry_reads_the_inch_mark(text, value):
    given = parse(text, allow_unknown=True).attr("given")
    assert [(g["value"], g["unit"]) for g in given] == [(value, "in")]


def test_a_magnification_of_one_third_agrees_with_its_distances():
    s = parse("A diverging lens, focal length 15 cm, object 30 cm from the lens; a virtual image 10 cm from the "
              "lens, magnification +1/3.")
    from nesy.registry import get_domain
    layout = get_domain("optics").solve(s)
    assert layout is not None


def test_a_vertex_list_is_read_whole():
    s = parse("shape: rectangle\nvertices: A, B, C, D (in order)\nAB: 7 cm\nBC: 3 cm", allow_unknown=True)
    assert s.domain == "geometry" and list(s.attr("vertices")) == ["A", "B", "C", "D"]


def test_a_task_after_also_still_asks():
    s = parse("Construct a DFA over {a,b} for the strings that start with a and end with b. Also list three strings "
              "it accepts.")
    assert s.domain == "automata"


def test_please_show_is_a_request_not_a_task():
    s = parse("Please show an Euler diagram: R is a subset of P. Q intersects P.", domain="sets")
    assert sorted(e.name for e in s.entities) == ["P", "Q", "R"]
