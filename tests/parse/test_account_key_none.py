"""A field emptied by 'none' ("Blockers: none.", "Allergies - none") in a sentence the science reads nothing of
is an aside: its 'none' refers to nothing named and denies nothing drawn (``nesy.parse.account._asides``).
requests-17 astronomy-07 (stand-up notes ending "Blockers: none.") was refused as an unread negation. A field
that names a thing of the science ("Mitochondria: none.") is no aside: unread, it is still refused."""
from __future__ import annotations

import pytest

from nesy.errors import UnknownWordsError
from nesy.pipeline import parse


@pytest.mark.parametrize("text, kinds", [
    ("Stand-up notes. Today: need orbit figure, Venus 0.723 AU, Earth 1.000 AU, all round the Sun. Blockers: none.",
     {"star", "planet"}),
    ("A cell with a nucleus. Allergies: none.", {"cell", "nucleus"}),
    ("A cell with a nucleus. Blockers - none", {"cell", "nucleus"}),
])
def test_an_emptied_field_of_an_aside_is_no_negation(text, kinds):
    assert {e.kind for e in parse(text, allow_unknown=True).entities} == kinds


@pytest.mark.parametrize("text", [
    "A cell with a nucleus. Mitochondria: none.",        # the field names a thing the science draws
    "A cell with two mitochondria. None inside the nucleus.",  # 'none' refers to the mitochondria
])
def test_a_none_about_the_figure_still_refuses_unread(text):
    with pytest.raises(UnknownWordsError):
        parse(text, allow_unknown=True)
