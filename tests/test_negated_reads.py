"""A negation a science passed over right before words it read as stated is refused by name (nesy.parse.negated_reads).

"An isosceles triangle XYZ with XY = XZ = 7 cm, but not equilateral" was read as equilateral and the request called
impossible (requests-25 geometry-06, held out); "a regular pentagon … - no circumscribed circle" drew the circle,
verified (requests-20 geometry-10).
"""
from __future__ import annotations

import pytest

from nesy import pipeline
from nesy.errors import UnknownWordsError


@pytest.mark.parametrize("text, words", [
    ("An isosceles triangle XYZ with XY = XZ = 7 cm, but not equilateral: the base YZ is only 4 cm.", "not equilateral"),
    ("A regular pentagon with sides of exactly 4 cm - no circumscribed circle, just the pentagon.", "no circumscribed"),
])
def test_refused_naming_the_negation(text, words):
    for strict in (True, False):
        with pytest.raises(UnknownWordsError) as e:
            pipeline.parse(text, allow_unknown=not strict)
        assert words in str(e.value) and "denies" in str(e.value)


@pytest.mark.parametrize("text", [
    "Bacteria have neither a nucleus nor mitochondria. Draw one bacterial cell containing only ribosomes, exactly "
    "10 of them.",
    "Draw a cell with a nucleus but no mitochondria.",
    "Three sets A, B and C; A and B overlap, C does not touch A.",
    "A 4 kg block on a level floor with no friction and no push.",
])
def test_negations_a_science_reads_stay_read(text):
    pipeline.parse(text)
