"""Remarks about how the figure is drawn ("It doesn't need to be to scale, just correct.", "Keep it simple.",
"Nothing fancy.") carry no content (issue 9, requests-7 astronomy-09: refused as an unread negation, with the
phrase quoted so that it read as 'doesn'). They are found sentence by sentence and clause by clause
(``nesy.parse.remarks``), blanked before the science reads the text and listed as ignored; a request to draw
to scale, or a remark with anything a science draws in it, is not such a remark."""
from __future__ import annotations

import pytest

from nesy.errors import InputError, UnknownWordsError, quote_phrases
from nesy.parse.remarks import figure_remarks
from nesy.pipeline import parse


def _remarks(text: str) -> list[str]:
    return [text[a:b] for a, b in figure_remarks(text)]


@pytest.mark.parametrize("text,want", [
    ("Draw a cell with a nucleus. Keep it simple.", ["Keep it simple."]),
    ("The distances need not be exact. Show Venus and Mars around the Sun.", ["The distances need not be exact."]),
    ("Nothing fancy, two resistors in series.", ["Nothing fancy"]),
    ("A rough sketch is fine, with three sets A, B and C.", ["A rough sketch is fine"]),
    ("Draw Earth and the Moon (not to scale).", ["not to scale"]),
    ("Sketch the triangle — it does not have to be accurate — with sides 3, 4 and 5 cm.",
     ["it does not have to be accurate"]),
])
def test_remarks_are_found(text, want) -> None:
    assert _remarks(text) == want


@pytest.mark.parametrize("text", [
    "Draw Earth and the Moon to scale.",          # asked for: the science may draw to scale
    "It must be accurate.",                       # a precision word, neither relaxed nor denied
    "Keep the nucleus small.",                    # names something drawn
    "A simple cell with 2 nuclei.",               # a number: a statement
    "Mercury and Venus in the right order.",      # the order is content
])
def test_statements_are_not_remarks(text) -> None:
    assert _remarks(text) == []


@pytest.mark.parametrize("text,n", [
    ("The Sun with Mercury, Venus and Earth around it. Doesn't need to be to scale, just correct.", 3),
    ("Mars and Jupiter going round the Sun; it needn't be precise.", 2),
    ("Please show the Sun and Saturn. Not to scale, nothing fancy.", 1),
])
def test_a_remark_is_no_negation_of_the_figure(text, n) -> None:
    s = parse(text, allow_unknown=True)
    assert sum(1 for e in s.entities if e.kind == "planet") == n
    assert not s.not_drawn


def test_a_cell_reads_no_pronoun_in_a_remark() -> None:
    s = parse("A cell with one nucleus and two mitochondria. It does not have to be to scale.", allow_unknown=True)
    assert sorted(e.kind for e in s.entities) == ["cell", "mitochondrion", "mitochondrion", "nucleus"]
    assert not s.not_drawn


def test_a_phrase_with_an_apostrophe_is_quoted_whole() -> None:
    err = UnknownWordsError([("doesn't", 10, 17), ("x", 1, 2)], "t", why="a negation")
    assert "\"doesn't\" at 10-17" in str(err) and "'x' at 1-2" in str(err)
    # prose apostrophes before a quoted phrase are left alone
    assert quote_phrases("nesy can't read 'the inner one' at 5-18") == "nesy can't read 'the inner one' at 5-18"
    assert str(InputError("'I'd' at 0-3 is unknown")) == "\"I'd\" at 0-3 is unknown"


@pytest.mark.parametrize("text", [
    "A cell. Contains two mitochondria.",
    "Draw a cell; has a vacuole and a nucleus.",
    "Two cells and, which contain a nucleus.",
])
def test_a_cell_refusal_suggests_cell_words(text) -> None:
    # the shared grammar's refusal shows a way to say it in the science's own words, not the sets' ('S2 …')
    with pytest.raises(InputError) as e:
        parse(text, allow_unknown=True)
    assert "the first cell has a nucleus" in str(e.value) and "S2" not in str(e.value)


@pytest.mark.parametrize("text,phrase", [
    ("Saturn orbits the Sun at 9.5 AU and Titan orbits Saturn at 1.22 million km. Put both in one sketch.",
     "in one sketch"),
    ("Show the Earth at 1 AU and the Moon at 384,400 km on a single diagram, please.", "on a single diagram"),
    ("Draw sets A and B in the same figure; A and B overlap.", "in the same figure"),
])
def test_one_figure_is_figure_wording(text, phrase) -> None:
    # "one" of "in one sketch" counts no thing drawn: nesy draws one figure per text
    from nesy.parse.remarks import figure_remarks
    assert phrase in [text[a:b] for a, b in figure_remarks(text)]


def test_one_figure_of_something_is_left_to_the_science() -> None:
    from nesy.parse.remarks import figure_remarks
    text = "Draw one cell in one figure of each stage."
    assert figure_remarks(text) == []
