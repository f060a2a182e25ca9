"""Corrections that come a sentence or more after what they correct (requests-14: a voice transcript's
"object at fifty centimetres scratch that object at seventy five centimetres", an e-mail reply "Sorry, I
miscounted - make it ten mitochondria, not eight", "strings ending in a. Sorry - ending in b."): the later value
replaces the one it names, and the figure never shows both, their sum or the value taken back. A marker that is
not always a correction, or a repair that could mean several earlier items, changes nothing."""
from __future__ import annotations

from collections import Counter

import pytest

from nesy.parse.repairs import self_repairs
from nesy.pipeline import parse


def _apply(text: str) -> str:
    out = text
    for a, b, new in sorted(self_repairs(text), reverse=True):
        out = out[:a] + new + out[b:]
    return out


@pytest.mark.parametrize("text, gone, kept", [
    # a quantity named by the words of its phrase, across a sentence and without punctuation
    ("A convex mirror, focal length 25 cm, object at 50 cm. Scratch that: object at 75 cm.", "50 cm", "object at 75 cm"),
    ("convex mirror focal length 25 cm object at 50 cm scratch that object at 75 cm draw the ray diagram",
     "50 cm", "object at 75 cm"),
    ("A converging lens with f = 10 cm, object at 30 cm. Sorry, the object is at 25 cm.", "30 cm", "object at 25 cm"),
    # a count named by its noun, paragraphs later, with its reason
    ("Could you draw a cell with one nucleus and eight mitochondria?\n\nSorry, I miscounted - make it ten "
     "mitochondria, not eight. Still one nucleus.", "eight", "ten mitochondria?"),
    # a phrase repeated with a new last word
    ("A DFA over {a, b} for strings ending in a. Sorry - ending in b.", "ending in a", "ending in b."),
])
def test_a_later_correction_replaces_the_item_it_names(text, gone, kept):
    read = _apply(text)
    assert gone not in read and kept in read


@pytest.mark.parametrize("text", [
    # two earlier lengths and nothing naming which: not guessed
    "A triangle with sides 3 cm and 4 cm. Sorry, 5 cm.",
    # "actually" alone is no correction marker across sentences
    "A cell with 5 nuclei. Actually, 3 nuclei touch.",
])
def test_no_later_correction_without_a_sure_marker_and_one_item(text):
    read = _apply(text)
    assert read.count("cm") + read.count("nuclei") >= 2


def test_the_corrected_count_is_drawn_once():
    text = ("Could you draw a cardiac muscle cell with one nucleus and eight mitochondria?\n\nSorry, I miscounted "
            "on the slide - make it ten mitochondria, not eight. Still one nucleus, and keep the mitochondria out of "
            "the nucleus please.")
    k = Counter(e.kind for e in parse(text, allow_unknown=True).entities)
    assert k["mitochondrion"] == 10 and k["nucleus"] == 1 and k["cell"] == 1


def test_a_subject_line_that_titles_the_body_is_not_one_more_thing():
    text = ("Subject: RE: RE: heart cell figure\n\n> Could you draw a cardiac muscle cell with one nucleus and "
            "eight mitochondria?\n\nSorry, I miscounted on the slide - make it ten mitochondria, not eight.\n\n"
            "Thanks, Priya")
    k = Counter(e.kind for e in parse(text, allow_unknown=True).entities)
    assert k["cell"] == 1 and k["mitochondrion"] == 10
    # a subject that names what the body does not stays a statement
    k2 = Counter(e.kind for e in parse("Re: plant cell\nCan you make a cartoon with a nucleus and a vacuole?",
                                       allow_unknown=True).entities)
    assert k2["cell"] == 1


def test_a_correction_naming_the_value_it_takes_back_replaces_every_mention_of_it():
    # "make that one 150 Ω, not 200": the 200 Ω resistor and its restatement "the 200 Ω" both become 150 Ω
    text = ("10 V source, two 100 Ω resistors in series across it, and a 200 Ω resistor across the source as well.\n"
            "So the 200 Ω is in parallel with them?\nYes. Oh, and make that one 150 Ω, not 200.")
    read = _apply(text)
    assert "200" not in read and read.count("150 Ω") == 2 and "100 Ω" in read


def test_without_the_value_named_several_candidates_change_nothing():
    text = "A 100 Ω resistor and a 200 Ω resistor in series. Oh, and make that one 150 Ω."
    assert _apply(text) == text
