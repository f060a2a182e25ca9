"""A comparison of place said with the body's own distance ("Mars further out at 1.52 AU", "Jupiter beyond both at
5.20 AU") is checked against the distances and read (requests-34 astronomy-03 as development data was refused)."""
import pytest

from nesy.domains.astronomy_compared import checked_comparisons
from nesy.errors import NesyError
from nesy.pipeline import parse


def test_agreeing_comparisons_are_read():
    s = parse("Sun at the centre. Earth on a circle of 1 AU, Mars further out at 1.52 AU, and Jupiter beyond both at "
              "5.20 AU.", domain="astronomy")
    assert not s.not_drawn and {e.id for e in s.entities} >= {"earth", "mars", "jupiter"}


@pytest.mark.parametrize("text", [
    "Earth at 1 AU, Mars further out at 0.52 AU.",          # the distances say otherwise
    "Earth at 1 AU, Mars at 1.52 AU and Jupiter beyond both at 1.2 AU.",
])
def test_disagreeing_comparisons_are_left_to_be_refused(text):
    assert checked_comparisons(text) == []


def test_a_disagreeing_comparison_is_never_drawn():
    with pytest.raises(NesyError):
        parse("Sun at the centre. Earth at 1 AU, Mars further out at 0.52 AU, and Jupiter at 5.2 AU.",
              domain="astronomy")
