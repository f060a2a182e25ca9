"""A dialogue without timestamps ("Me: …" / "Colleague: …", an interview's "Q. …" / "A. …", "A: …" / "B: …"): the
speakers' tags are scaffolding. Read as content, the answerer's "A." was a set A, and requests-14's deposition —
A ⊂ B ⊂ C with A and C disjoint and A not empty, an impossible specification — was drawn (exit 7)."""
from __future__ import annotations

import pytest

from nesy.errors import UnsatisfiableError
from nesy.parse.markup import normalize
from nesy.parse.structured import read_scaffolding
from nesy.pipeline import generate, parse


def _read(text: str):
    return read_scaffolding(normalize(text))


def test_an_interview_transcript_is_read_without_its_tags():
    text = ("Q. And you want the diagram to show set A entirely inside set B?\nA. Yes.\n"
            "Q. And set B entirely inside set C?\nA. Correct.\n"
            "Q. And A and C with nothing in common at all - disjoint?\nA. That's right.")
    sc = parse(text, allow_unknown=True)
    rels = {(r.kind, r.source, r.target) for r in sc.relations}
    assert {("inside", "A", "B"), ("inside", "B", "C")} <= rels
    with pytest.raises(UnsatisfiableError):
        generate(text + "\nQ. And A is not empty?\nA. It has three members.", timeout_s=60)


def test_named_speakers_taking_turns_are_tags():
    norm, sc = _read("Me: draw two circles, Coffee and Tea.\nColleague: make them overlap\nMe: ok, overlapping then.")
    assert "Me:" not in norm.text and "Colleague:" not in norm.text
    assert sum("speaker" in n.why for n in sc.no_content) == 3


@pytest.mark.parametrize("text", [
    "AB: 12 cm\nBC: 5 cm\nCA: 13 cm\nDraw the triangle.",                 # keys, not speakers
    "Student: a 2 kg block on a table.\nTutor: push it with 5 N.",          # two lines: too few to tell
    "Shape: square\nSide: 4 cm\nColour: none",
])
def test_key_value_lines_and_short_exchanges_are_no_dialogue(text):
    norm, sc = _read(text)
    assert not any("speaker" in n.why for n in sc.no_content)
