""""except the lysosomes" leaves them out of the cell (grammars/cell/grammar.yaml, relation ``lacks``).

Before: "a nucleus, a Golgi body, the ER and 2 mitochondria - everything from my textbook's list except the
lysosomes" drew three lysosomes (the grammar's default for the plural) beside the rest (requests-25 cell-06, held
out). An "except" no science reads is now also refused as a negation when drawing without --strict
(nesy.pipeline.NEGATION), never drawn as if it named what to draw.
"""
from __future__ import annotations

from collections import Counter

import pytest

from nesy import pipeline
from nesy.errors import UnknownWordsError


@pytest.mark.parametrize("text", [
    "Draw a cell with a nucleus and 3 mitochondria except the lysosomes.",
    "Sketch an animal cell with a nucleus, a Golgi body and 2 mitochondria, excluding lysosomes.",
    "Sketch an animal cell with a nucleus, a Golgi body and 2 mitochondria - everything from my textbook's list "
    "except the lysosomes, which we haven't covered yet.",
])
def test_the_excepted_kind_is_not_drawn(text):
    g = pipeline.parse(text, allow_unknown=True)
    kinds = Counter(e.kind for e in g.entities)
    assert kinds["lysosome"] == 0 and kinds["nucleus"] == 1 and kinds["mitochondrion"] >= 2


def test_but_not_touching_is_no_exception():
    g = pipeline.parse("Animal cell where 4 lysosomes are clustered close to the nucleus (but not touching it).")
    assert Counter(e.kind for e in g.entities)["lysosome"] == 4


def test_an_unread_except_is_refused_when_drawing_the_rest():
    with pytest.raises(UnknownWordsError) as e:
        pipeline.parse("Draw Venus, Earth and Mars around the Sun except at their true distances.", domain="astronomy",
                       allow_unknown=True)
    assert "except" in str(e.value)


@pytest.mark.parametrize("text, named", [
    # a number after "cell" that agrees with the noun after it counts that noun (requests-25 cell-08: "CELL 1 NUCLEUS"
    # was read as a cell named 1, with one nucleus by default)
    ("ANIMAL CELL 1 NUCLEUS W/ NUCLEOLUS, 6 RIBOSOMES, 2 MITO, NO LYSOSOMES", None),
    ("animal cell 2 nuclei", None),
    # names: the noun after disagrees with the number, or other cells are named by numbers too
    ("Draw cell 2 with a nucleus.", "2"),
    ("Cell 1 has a nucleus and cell 2 has a nucleus and 3 mitochondria.", "1"),
])
def test_a_number_after_cell_counts_or_names(text, named):
    g = pipeline.parse(text, allow_unknown=True)
    cells = [e for e in g.entities if e.kind == "cell"]
    assert cells[0].name == named
