"""A count changed by what happened after it (a time-lapse): divisions add daughter nuclei, nuclei that left or
died are taken away, new ones that came in are added — only after a count said of an earlier moment; after a count
said of now the event is refused by name (are the daughters in it or not?)."""
from __future__ import annotations

import pytest

from nesy.errors import InputError
from nesy.pipeline import parse


def _nuclei(text: str) -> int:
    return sum(1 for e in parse(text, domain="microscopy").entities if e.kind == "nucleus")


@pytest.mark.parametrize("text, n", [
    # requests-11 microscopy-07: drawn with 11 once "frame 40" stopped refusing it
    ("Time-lapse, frame 40: there were 11 nuclei in frame 39, and between the frames exactly one of them completed "
     "division into two daughter nuclei (nothing else changed). Generate frame 40.", 12),
    ("At first there were 8 nuclei. Then two of them divided and one left the field. Draw the field now.", 9),
    ("Initially 10 nuclei; 3 new nuclei drifted in.", 13),
    ("The movie started with 6 nuclei; since then one of them has split into two daughter nuclei.", 7),
])
def test_a_completed_event_changes_an_earlier_count(text, n):
    assert _nuclei(text) == n


def test_a_dividing_nucleus_is_still_counted_once():
    assert _nuclei("12 nuclei, two of them dividing.") == 12


def test_an_event_after_a_count_of_now_is_refused_by_name():
    with pytest.raises(InputError, match="one of them has divided"):
        parse("There are 11 nuclei; one of them has divided.", domain="microscopy")


def test_an_event_that_leaves_nothing_is_refused():
    with pytest.raises(InputError, match="leaves no nuclei"):
        parse("There were 2 nuclei at first; then 3 of them left the field.", domain="microscopy")
