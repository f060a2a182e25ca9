"""Session 41, shared front end: whom a figure is for ("it's for my Year 8 class") is a remark on the figure, its
"it" no pronoun for a thing drawn (``remarks._AUDIENCE``); an exam board's heading and the labels of a question's
parts are the document's (``incidental._EXAM_HEADING``, ``_PART_LABEL``); the article of a word the grammar reads
as filler ("a model of a cell") counts nothing (``grammar``: the "between" words of two counts)."""
from __future__ import annotations

from nesy.parse import incidental
from nesy.parse.incidental import incidental_numbers
from nesy.parse.remarks import figure_remarks


def _remarks(text: str) -> list[str]:
    return [text[a:b] for a, b in figure_remarks(text)]


def test_whom_the_figure_is_for_is_a_remark():
    t = "A plant cell with a vacuole (with a crystal inside it). This is for my Year 8 class."
    assert "This is for my Year 8 class" in _remarks(t)
    assert any(r.startswith("it's meant for") for r in _remarks("Two cells; it's meant for a revision poster."))


def test_an_it_that_is_a_thing_is_no_remark():
    assert _remarks("a cell with a nucleus; it is for storing DNA") == []


def test_an_exam_heading_and_part_labels_are_the_documents():
    t = "GCSE Combined Science Paper 1: a cell has 2 nuclei. (i) Name the organelle. (ii) Draw the cell."
    found = {(t[a:b], why) for a, b, why in incidental_numbers(t)}
    assert ("GCSE Combined Science Paper 1:", incidental.EXAM) in found
    assert ("(i)", incidental.PART) in found and ("(ii)", incidental.PART) in found


def test_one_bracketed_letter_alone_is_no_part_label():
    t = "Set (a) Holds 3 members."
    assert not any(why == getattr(incidental, "PART", None) for _, _, why in incidental_numbers(t))


def test_the_article_of_a_filler_word_counts_nothing():
    from nesy.parse.grammar import parse_text
    sg = parse_text("a model of an animal cell with 2 lysosomes", "cell", allow_unknown=True)
    assert not sg.unknown
    assert sum(e.kind == "lysosome" for e in sg.entities) == 2
