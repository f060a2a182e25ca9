"""Session 40: a heading that says where or when the work was done ("Lab 6, bench 3:", requests-20 optics-05 was
refused: "the number '3' has no unit") numbers nothing of the figure; a number with a unit or a count stays content."""
from __future__ import annotations

import pytest


# --- a heading that says where or when the work was done ("Lab 6, bench 3:") numbers nothing of the figure -----------
@pytest.mark.parametrize("text, labels", [
    ("Lab 6, bench 3: lens f = +20.0 cm; object 3.0 cm high at 60.0 cm. Redraw the setup.", ["Lab 6", "bench 3"]),
    ("Group 4, day 3: a cell with a nucleus and 2 mitochondria", ["Group 4", "day 3"]),
    ("Imaging notes, day 3, well B2: 9 nuclei", ["day 3", "well B2"]),
])
def test_a_place_or_session_heading_numbers_nothing(text, labels):
    from nesy.parse.incidental import incidental_numbers
    got = [text[a:b] for a, b, _ in incidental_numbers(text)]
    assert all(x in got for x in labels)


@pytest.mark.parametrize("text", ["A bench 3 m long: draw it", "Draw 3 cells: a nucleus each", "3 cells, bench 2: x"])
def test_a_number_with_a_unit_or_a_count_in_a_heading_is_kept(text):
    from nesy.parse.incidental import incidental_numbers
    assert incidental_numbers(text) == []


@pytest.mark.parametrize("text", ["DAPI. well 1: 10 nuclei, well 2: 20 nuclei", "well 1: 10 nuclei, well 2: 20 nuclei",
                                  "Day 1: 8 nuclei. Day 3: 16 nuclei. Draw day 3."])
def test_a_word_keying_several_records_is_no_heading(text):
    # each record is content (a list of counts to choose from), never a heading's number
    from nesy.parse.incidental import incidental_numbers
    assert incidental_numbers(text) == []

