"""A typo that makes another English word ("the angels at A"), corrected only once the science could not read
the text, and only to one of its own words with two adjacent letters swapped."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,word,read", [
    ("triangle ABC, side AB is 5 cm and the angels at A and B are 50° and 60°", "angels", "angles"),
    ("Triangle KLM with KL = 4 cm and the angels K = 45° and L = 75°.", "angels", "angles"),
])
def test_a_swapped_letter_typo_that_makes_another_word_is_corrected_once_the_science_fails(text, word, read):
    from nesy.pipeline import generate
    res = generate(text, domain="geometry", controls=False)
    assert res.passed


def test_a_real_word_is_never_corrected_while_the_science_reads_the_text():
    from nesy.parse.spelling import corrections
    # "from" is "form" swapped, but only a science's own words are candidates, and only when asked
    assert corrections("a triangle from three sides", [(0, 27)], "geometry") == []
    assert [c.read_as for c in corrections("the angels at A", [(0, 15)], "geometry", real_words=True)] == ["angles"]
