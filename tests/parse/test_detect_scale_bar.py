"""A scale bar is a micrograph's: of nesy's sciences only microscopy draws one, so "12 nuclei with a scale bar"
is a microscopy text (it was refused as belonging to no science: "nuclei" alone is shared by cell and
microscopy, and nothing else in it was any science's word)."""
from __future__ import annotations

import pytest

from nesy.registry import detect_domain


@pytest.mark.parametrize("text", [
    "12 nuclei with a scale bar",
    "Draw 12 nuclei. Then add a scale bar.",
    "Twenty nuclei, a 10 µm scale bar in the corner",
])
def test_nuclei_with_a_scale_bar_are_microscopy(text):
    assert detect_domain(text).key == "microscopy"


def test_a_cell_text_stays_a_cell_text():
    assert detect_domain("A eukaryotic cell with one nucleus and four mitochondria").key == "cell"
