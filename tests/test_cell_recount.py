"""Two different counts of one kind in one cell are never summed (nesy.domains.cell_recount): 'A cell with 4
mitochondria. The cell has 5 mitochondria.' drew nine, verified. A later count that says it corrects the
earlier one stands alone; otherwise the text is refused naming both."""
from __future__ import annotations

from collections import Counter

import pytest

from nesy.errors import InputError
from nesy.pipeline import parse


def _n(text: str, kind: str) -> int:
    return Counter(e.kind for e in parse(text, allow_unknown=True).entities)[kind]


@pytest.mark.parametrize("text, kind, n", [
    ("A yeast cell with one nucleus and 4 mitochondria. We counted 5 mitochondria, not 4.", "mitochondrion", 5),
    ("A yeast cell with one nucleus and four mitochondria. Make that 5 mitochondria.", "mitochondrion", 5),
    ("[10:02] dana: the yeast cell schematic: one nucleus, one big vacuole, 4 mitochondria\n"
     "[10:05] tomás: we counted 5 mitos in the tomogram, not 4\n[10:06] dana: right, 5 then.", "mitochondrion", 5),
    ("Draw a plant cell with 6 chloroplasts and a nucleus. Sorry, 8 chloroplasts.", "chloroplast", 8),
])
def test_a_correction_replaces_the_earlier_count(text, kind, n):
    assert _n(text, kind) == n


def test_two_counts_without_a_correction_are_refused_naming_both():
    with pytest.raises(InputError, match="'4 mitochondria' at 12-26 and '5 mitochondria' at 41-55"):
        parse("A cell with 4 mitochondria. The cell has 5 mitochondria.", allow_unknown=True)


@pytest.mark.parametrize("text, kind, n", [
    ("A cell with 4 mitochondria. It also has 2 more mitochondria.", "mitochondrion", 6),
    ("A cell with 4 mitochondria and 5 lysosomes.", "mitochondrion", 4),
    ("Two cells. The left one has 2 mitochondria and the right one has 4 mitochondria.", "mitochondrion", 6),
])
def test_counts_that_add_or_belong_elsewhere_stay(text, kind, n):
    assert _n(text, kind) == n
