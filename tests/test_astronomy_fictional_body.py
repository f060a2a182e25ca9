"""'a fictional planet', 'an imaginary planet', 'a hypothetical planet' name one more (unnamed) body: the adjective
is that body's, not the whole text's 'hypothetical'. Read as the latter, 'Earth at 1 AU; an imaginary planet at
3 AU' gave 3 AU to Earth and was called impossible ("Earth's a is given twice")."""
from __future__ import annotations

import pytest

from nesy.pipeline import parse


def _a(text: str) -> list[float]:
    s = parse(text, allow_unknown=True)
    return sorted(b["a"] for b in s.attr("bodies") if b["kind"] == "planet")


@pytest.mark.parametrize("text", [
    "Earth at 1 AU; an imaginary planet at 3 AU.",
    "Earth at 1 AU and a hypothetical planet at 3 AU.",
    "Draw Earth's orbit (1 AU) and the orbit of a fictional rocky planet at 3 AU around the Sun.",
])
def test_a_fictional_planet_is_one_more_body(text):
    assert _a(text) == [1.0, 3.0]


def test_the_text_wide_hypothetical_still_sets_reference_data_aside():
    # Earth's tabulated 1 AU would conflict with a stated 2 AU unless the text is hypothetical
    s = parse("Imagine Earth at 2 AU and Mars at 1.52 AU.", allow_unknown=True)
    assert s.attr("hypothetical")
    assert _a("Imagine Earth at 2 AU and Mars at 1.52 AU.") == [1.52, 2.0]
