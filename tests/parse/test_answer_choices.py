"""A multiple-choice question with its answer key states the chosen option as a fact (requests-14: "The image is
(a) virtual and upright (b) real, inverted and half-size (c) real and enlarged. Answer: (b)."): the options not
chosen are not drawn and not read (they were read as contradictions: "virtual" and "real"; two forces of 0 N
and 19.6 N), and without a key nothing changes."""
from __future__ import annotations

from nesy.parse.markup import normalize
from nesy.parse.structured import read_scaffolding
from nesy.pipeline import parse


def _read(text: str):
    return read_scaffolding(normalize(text))


def test_the_chosen_option_stays_and_the_others_go():
    text = ("The image is (a) virtual and upright (b) real, inverted and half-size (c) real and enlarged. "
            "Answer: (b). Draw the ray diagram.")
    norm, sc = _read(text)
    assert "real, inverted and half-size" in norm.text
    assert "virtual" not in norm.text and "enlarged" not in norm.text and "Answer" not in norm.text
    whys = {n.text: n.why for n in sc.no_content}
    assert "not choose" in whys["(a) virtual and upright"] and "answer key" in whys["Answer: (b)."]


def test_capital_letters_and_a_correct_answer_key():
    norm, _ = _read("Which structure? (A) rock salt (B) caesium chloride (C) zinc blende. Correct answer: B. Draw it.")
    assert "caesium chloride" in norm.text and "rock salt" not in norm.text and "zinc blende" not in norm.text


def test_no_key_or_a_key_naming_no_option_changes_nothing():
    for text in ("Pick one: (a) a cell with a nucleus (b) a cell with two nuclei.",
                 "The image is (a) virtual (b) real. Answer: (d)."):
        norm, _ = _read(text)
        assert norm.text == normalize(text).text


def test_a_quiz_force_reads_the_chosen_value_only():
    text = ("Q4. A 4 kg block slides down a rough 30° ramp at constant velocity. The friction force on it is "
            "(a) 39.2 N (b) 19.6 N (c) 0 N. Answer: (b). Draw the block's free-body diagram.")
    sc = parse(text, allow_unknown=True)
    assert sc.domain == "mechanics"
    assert [float(e.attr("value")) for e in sc.entities if e.kind == "force"] == [19.6]


def test_the_answer_takes_the_place_of_its_question_word():
    norm, _ = _read("A 6 V battery drives 30 mA through a single resistor. What is R? (a) 20 Ω (b) 200 Ω (c) 2 kΩ. "
                    "Answer: (b). Draw it.")
    assert "R = 200 Ω" in norm.text and "What is" not in norm.text
    norm, _ = _read("Caesium bromide adopts which structure? (A) rock salt (B) caesium chloride. Answer: B.")
    assert "adopts caesium chloride structure" in norm.text
    norm, _ = _read("Which organelle fills most of a fat cell? (a) the nucleus (b) one large vacuole. Answer: (b).")
    assert norm.text.lstrip().startswith("one large vacuole fills most of a fat cell")


def test_a_quiz_circuit_reads_its_answer_as_the_resistor_value():
    sc = parse("Q6. A 6 V battery drives 30 mA through a single resistor. What is R? (a) 20 Ω (b) 200 Ω (c) 2 kΩ. "
               "Answer: (b). Draw the circuit with that resistor.", allow_unknown=True)
    rs = [e for e in sc.entities if e.kind == "resistor"]
    assert len(rs) == 1 and abs(float(rs[0].attr("value")) - 200.0) < 1e-9
