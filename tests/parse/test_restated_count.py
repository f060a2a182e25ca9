"""A sentence that opens with a count of a kind an earlier sentence counted, and says where or what they are,
says it of some of those (an implicit partitive, ``grammar_partitive``): "A cell with four mitochondria.
Two mitochondria are near the nucleus." drew six mitochondria, verified. It names no new things: listed as
not drawn (or refused), never counted again."""
from __future__ import annotations

import pytest

from nesy.errors import NesyError
from nesy.pipeline import parse


@pytest.mark.parametrize("text,kind,count", [
    ("A cell with four mitochondria and a nucleus. Two mitochondria are near the nucleus.", "mitochondrion", 4),
    ("An animal cell has 5 lysosomes, one nucleus and 3 ribosomes. Two lysosomes sit next to the nucleus.",
     "lysosome", 5),
    ("Draw a plant cell with a nucleus and six chloroplasts. 3 chloroplasts were close to the wall.",
     "chloroplast", 6),
])
def test_a_restated_count_draws_no_new_things(text: str, kind: str, count: int) -> None:
    try:
        s = parse(text, strict=False)
    except NesyError:
        return   # refused, naming the phrase: never drawn with extra things
    assert sum(e.kind == kind for e in s.entities) == count
    assert s.not_drawn


def test_a_count_in_a_new_sentence_of_a_new_kind_is_read():
    s = parse("Draw a cell with a nucleus. 4 ribosomes are in the cytoplasm.", strict=False)
    assert sum(e.kind == "ribosome" for e in s.entities) == 4
