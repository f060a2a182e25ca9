"""A partitive after the counted noun ("(a) 12 interphase nuclei; (b) 3 mitotic nuclei among them") makes the count a
share of the nuclei named, as "3 of them" does — requests-24 microscopy-02 drew 15 nuclei for 12 and verified with
the part label "(b)" listed as not drawn. Part labels before a number are labels too."""
from __future__ import annotations

import pytest

from nesy.pipeline import parse


def _nuclei(text: str) -> int:
    return sum(1 for e in parse(text, domain="microscopy", allow_unknown=True).entities if e.kind == "nucleus")


@pytest.mark.parametrize("text, n", [
    ("A DAPI field: (a) 20 nuclei in interphase; (b) 4 mitotic nuclei among them.", 20),
    ("A fluorescence image of 16 nuclei, 3 large nuclei of them touching.", 16),
    ("A fluorescence image of 16 nuclei and 3 more nuclei.", 19),
])
def test_partitive_after_the_noun(text, n):
    assert _nuclei(text) == n

