"""Detection (issue 9, requests-dev2): the words a science reads decide, not one keyword of another's.

* A cell type its grammar names ("hepatocyte", "cardiomyocyte", "liver cell") is a cell word
  (``concepts.VOCAB_KEYS``: ``grammars/cell/cell_types.yaml``); "binucleate hepatocyte" went to microscopy.
* A science whose vocabulary score is full votes beside the highest when the word lexicon backs it clearly:
  "alpha-polonium, the only element with a simple cubic structure" went to sets for the one keyword
  "element".
* A figure noun with a modifier only one science claims, weakly, is that science's figure when the science
  claims the noun too ("a fluorescent image of 7 nuclei" went to cell)."""
from __future__ import annotations

import pytest

from nesy.registry import _figure_kind, detect_domain


@pytest.mark.parametrize("text,key", [
    ("Some liver cells are binucleate. Can you draw one such hepatocyte with its two nuclei?", "cell"),
    ("A binucleate hepatocyte with two nuclei and six mitochondria", "cell"),
    ("Draw a cardiomyocyte: two nuclei, many mitochondria", "cell"),
    ("a keratinocyte with one nucleus", "cell"),
    ("a fluorescence micrograph of 12 hepatocyte nuclei", "microscopy"),
    ("Polonium is the only element with a simple cubic structure, a = 3.36 Å", "crystal"),
    ("Copper, an element with an fcc structure, a = 3.61 Å", "crystal"),
    ("Sodium is an element that crystallises in a bcc lattice with a = 4.29 Å", "crystal"),
    ("Draw set A with elements 1, 2 and 3", "sets"),
    ("Image of 6 nuclei where two pairs overlap partially and the other two are isolated.", "microscopy"),
    ("Please generate fluorescent image of cell nucleus, number is 7", "microscopy"),
    ("a fluorescent image with 8 nuclei, two of them touching", "microscopy"),
    ("Fluorescent microscope image: 15 nuclei", "microscopy"),
])
def test_the_science_whose_words_are_read_is_detected(text: str, key: str) -> None:
    assert detect_domain(text).key == key


@pytest.mark.parametrize("text", [
    "a blue image of a cell with a nucleus",
    "a fluorescent lamp in series with a 9 V battery",
])
def test_a_weak_modifier_alone_decides_no_figure_kind(text: str) -> None:
    assert _figure_kind(text) is None
