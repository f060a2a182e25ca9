"""A single 'not one more' / 'no more' closing its clause after a stated count says the count is exact
(``nesy.domains.microscopy_context.exact_spans``): it had drawn one nucleus more (requests-17 microscopy-02:
'twelve nuclei … draw them, not one more' drew 13 and said verified). A bound that goes on ('no more than 12')
is not this idiom."""
from __future__ import annotations

import pytest

from nesy.pipeline import parse


def _nuclei(text: str) -> int:
    s = parse(text, allow_unknown=True)
    assert s.domain == "microscopy"
    return sum(e.kind == "nucleus" for e in s.entities)


@pytest.mark.parametrize("text, n", [
    ("A fluorescence micrograph of nine nuclei - draw them all, not one more.", 9),
    ("DAPI image, 16 nuclei, no more.", 16),
    ("a fluorescence image of 14 nuclei (not a single nucleus more)", 14),
    ("eighteen nuclei in a DAPI field, not more and not less", 18),       # the two-sided idiom, as before
    ("fluorescence image of 10 nuclei and 2 more", 12),                    # 'more' that adds stays
])
def test_a_closing_not_one_more_keeps_the_count(text, n):
    assert _nuclei(text) == n
