"""Values stated by comparison, forms read this session (nesy.parse.comparatives, nesy.parse.relative_counts).

Each was drawn wrong and verified before (requests-25, held out): "CA is twice BC" (a label after the factor: the
label pattern was broken by an f-string), "twice that of a 2.5 kg bag" (drawn 2.5 kg), "a second resistor twice
the first" (drawn without a value), "the right one has twice that many" (3 mitochondria in all),
"one and a half focal lengths from it" after "its focal length is half that" (the object at a default distance).
"""
from __future__ import annotations

import json

import pytest

from nesy import pipeline
from nesy.cli import main
from nesy.parse.comparatives import read_comparatives


@pytest.mark.parametrize("text, read", [
    ("Draw a triangle ABC where AB = 3 cm, BC = 4 cm and CA is twice BC.", "CA is 8 cm"),
    ("Draw triangle PQR where PQ = 4 cm, QR is twice PQ, and the angle at Q is a right angle.", "QR is 8 cm"),
    ("A crate whose mass is twice that of a 2.5 kg bag rests on the floor.", "mass is 5 kg"),
    ("A 5 V supply feeds a 2.2 kΩ resistor, and across it sits a second resistor twice the first.",
     "second resistor 4.4 kΩ"),
    ("A 10 Ω resistor and another resistor three times the first, in series with a 6 V battery.",
     "another resistor 30 Ω"),
    ("The left one also has 3 mitochondria, and the right one has twice that many.", "has 6 mitochondria"),
    ("The left cell has 4 lysosomes. The right cell has half that many.", "has 2 lysosomes"),
    ("A concave mirror has a radius of curvature of 40 cm, and its focal length is half that. A 4 cm object sits "
     "one and a half focal lengths from it.", "sits 30 cm"),
    ("A converging lens of focal length 10 cm with an object at two focal lengths.", "at 20 cm"),
    # the other side's value given with "=" stays its own
    ("A 6 V battery in series with R1 and R2, where R2 is three times R1 = 4 Ω.", "R2 is 12 Ω, and R1 = 4 Ω"),
])
def test_the_value_is_worked_out_and_written_in_place(text, read):
    out = read_comparatives(text)
    assert read in " ".join(out.split())
    assert len(out) == len(text)          # offsets unchanged


@pytest.mark.parametrize("text", [
    "A lens of focal length 10 cm with the object between one and two focal lengths.",
    "An object within one focal length of a lens whose focal length is 8 cm.",
    "I didn't expect that many nuclei.",
    "Each one has 2 nuclei.",
])
def test_ranges_bounds_and_pronouns_are_left_alone(text):
    assert read_comparatives(text) == text


def test_the_pronoun_one_is_no_count_for_that_many():
    out = read_comparatives("There are two cells. Each of them has one nucleus. The left one also has 3 mitochondria, "
                            "and the right one has twice that many.")
    assert "6 mitochondria" in out and "2 has" not in out


def test_cli_crate_twice_a_bag(tmp_path):
    out = tmp_path / "m"
    assert main(["generate", "Draw the free-body diagram of a crate whose mass is twice that of a 2.5 kg bag; the "
                 "crate rests on a level floor.", "-o", str(out)]) == 0
    forces = {f["kind"]: f for f in json.loads((out / "forces.json").read_text())["bodies"][0]["forces"]}
    assert forces["weight"]["newtons"] == pytest.approx(5 * 9.80665)


def test_cells_twice_that_many():
    g = pipeline.parse("There are two cells side by side. Each of them has one nucleus. The left one also has 3 "
                       "mitochondria, and the right one has twice that many.", domain="cell")
    assert sum(1 for e in g.entities if e.kind == "mitochondrion") == 9


@pytest.mark.parametrize("text, phrase", [
    ("Could you show me what a DFA over {a, b} that accepts exactly the strings ending in b looks like?",
     "that accepts exactly the strings ending in b"),
    ("What would a finite automaton for binary strings with an even number of 0s look like?",
     "for binary strings with an even number of 0s"),
])
def test_a_question_ends_its_language_before_look_like(text, phrase):
    # (requests-25 automata-01, -02: refused, the language read with "looks like" in it)
    g = pipeline.parse(text, domain="automata")
    assert g.to_dict()["attributes"]["language"]["phrase"]["text"] == phrase
