"""Clauses about another thing than the figure (nesy/parse/set_aside_clauses.py): a contrast opening its sentence
and a counterfactual taken back by "but". Read word by word they were drawn as the figure's (requests-32, as
development data: "Unlike silicon, which is diamond cubic, lead is plain fcc" drew a diamond cell of lead,
"Unlike yesterday's slide, which had 30 nuclei, this synthetic image should have 16 nuclei" drew 30 nuclei; six
counterfactuals were refused). The sentences here are new ones of the same forms."""
from __future__ import annotations

from collections import Counter

import pytest

from nesy.parse.set_aside_clauses import set_aside_clauses
from nesy.pipeline import parse


def _left(text: str) -> str:
    out = text
    for a, b, _ in reversed(set_aside_clauses(text)):
        out = out[:a] + out[b:]
    return out


@pytest.mark.parametrize("text,want", [
    ("Unlike copper, which is fcc, iron at room temperature is bcc.", "iron at room temperature is bcc."),
    ("In contrast to a plant cell, an animal cell has no wall.", "an animal cell has no wall."),
    ("If C were {5, 6} it would be disjoint from D, but C is really {4, 5}.", "C is really {4, 5}."),
    ("If there were a resistor it would be 1 kΩ, but there isn't one: a 9 V battery and a 10 µF capacitor.",
     "a 9 V battery and a 10 µF capacitor."),
    ("Were it a diverging lens the image would be virtual, but it's a converging lens of focal length 5 cm.",
     "it's a converging lens of focal length 5 cm."),
])
def test_a_contrast_or_a_counterfactual_is_set_aside(text, want):
    assert _left(text) == want


@pytest.mark.parametrize("text", [
    "If the object were placed at 20 cm, where would the image be?",     # a question: no "but", nothing taken back
    "Draw iron, unlike most metals in this list.",                       # not opening its sentence
    "If you like, draw the Sun and Earth.",
])
def test_other_clauses_stay(text):
    assert set_aside_clauses(text) == []


def test_the_figure_is_the_things_own():
    s = parse("Unlike copper, which is fcc, iron at room temperature is bcc; draw iron's unit cell, a = 2.87 Å.",
              allow_unknown=True)
    assert s.attr("structure") == "bcc"
    s = parse("Unlike the last image, which had 40 nuclei, this micrograph should show 12 nuclei.", allow_unknown=True)
    assert Counter(e.kind for e in s.entities)["nucleus"] == 12
    s = parse("If there were a resistor it would be 1 kΩ, but there isn't one: a 9 V battery and a 10 µF capacitor "
              "in series.", allow_unknown=True)
    assert sorted(e.kind for e in s.entities if e.kind not in ("series", "parallel")) == ["capacitor", "vsource"]
