"""Plural "cells" with no count in a microscopy text is the specimen the nuclei belong to, never a count of drawn
cells (requests-12 microscopy-03: "a field of cultured cells … nine nuclei" drew two invented cells and 11 nuclei)."""
from __future__ import annotations

import pytest

from nesy.pipeline import parse


@pytest.mark.parametrize("text, n", [
    ("Narrator: a field of cultured cells stained with Hoechst dye: nine bright blue nuclei on a black background.", 9),
    ("a fluorescence image of cells with 9 nuclei", 9),
    ("a DAPI image of HeLa cells, 15 nuclei, two touching", 15),
])
def test_uncounted_cells_are_the_specimen(text, n):
    s = parse(text, allow_unknown=True)
    kinds = [e.kind for e in s.entities]
    assert "cell" not in kinds and kinds.count("nucleus") == n


def test_counted_cells_are_drawn():
    # negative: a number of cells, or cells named by their nuclei, are cells drawn
    kinds = [e.kind for e in parse("a fluorescence image of 3 cells with 2 nuclei each", allow_unknown=True).entities]
    assert kinds.count("cell") == 3 and kinds.count("nucleus") == 6
    kinds = [e.kind for e in parse("a fluorescence image of cells with one nucleus each", allow_unknown=True).entities]
    assert kinds.count("cell") >= 1
