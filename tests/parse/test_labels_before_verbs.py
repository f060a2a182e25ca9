"""A label that numbers a part of a document stands before a parenthesis or before the verb of what the part
does ("Figure 3 will show …", "Aim 2 (draft wording): …", "Fig. 2 shows …"); its number counts nothing drawn.
A number after the same word that is a quantity ("a step 2 m high") or a name ("V2 is a 5 V source") stays."""
from __future__ import annotations

from collections import Counter

import pytest

from nesy.pipeline import parse


def _kinds(text: str) -> Counter:
    return Counter(e.kind for e in parse(text, allow_unknown=True).entities)


@pytest.mark.parametrize("text", [
    "Figure 3 will show a cell with a nucleus and two mitochondria.",
    "Fig. 2 shows a cell with a nucleus and two mitochondria.",
    "Aim 2 (draft wording): a cell with a nucleus and two mitochondria.",
])
def test_a_label_before_a_verb_or_parenthesis_counts_nothing(text):
    sc = parse(text, allow_unknown=True)
    k = Counter(e.kind for e in sc.entities)
    assert k["mitochondrion"] == 2 and k["nucleus"] == 1
    labels = [n for n in sc.no_content if n.text.split()[-1].rstrip(".") in {"2", "3", "4"}]
    assert labels and all("label" in n.why for n in labels)


def _read(text: str) -> str:
    from nesy.parse.markup import normalize
    from nesy.parse.structured import read_scaffolding
    return read_scaffolding(normalize(text))[0].text


@pytest.mark.parametrize("text", [
    "Draw a step 2 m high and a ramp beside it.",
    "Step 2 is 3 cm wide.",          # 'is' after the label: the label goes, the quantity stays
    "A problem 4 (2 m) question.",   # ("(2 marks)" is a mark scheme's mark count since session 32: scaffolding)
])
def test_a_quantity_after_a_label_like_word_stays(text):
    assert any(q in _read(text) for q in ("2 m", "3 cm", "2 marks"))


def test_a_slide_label_before_shows_leaves_a_complete_figure():
    sc = parse("Slide 4 shows a triangle with sides 3, 4 and 5 cm.", allow_unknown=True)
    assert not sc.not_drawn and sum(e.kind == "triangle" for e in sc.entities) == 1
