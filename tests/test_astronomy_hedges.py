"""A hedge before a stated quantity ("exactly 1 year", "about 5 years", "~3 AU") is read with its value
(requests-9 impossible-06: "an orbital period of exactly 1 year" at 4 AU was drawn, the period unread)."""
import pytest

from nesy.domains.astronomy import parse_astronomy
from nesy.domains.astronomy import AstronomyDomain
from nesy.errors import UnsatisfiableError


def _body(text):
    return parse_astronomy(text).to_dict()["attributes"]["bodies"][0]


@pytest.mark.parametrize("text,key,value", [
    ("Draw a planet at ~3 AU from the Sun, eccentricity approximately 0.2", "a", 3.0),
    ("Draw a planet at ~3 AU from the Sun, eccentricity approximately 0.2", "e", 0.2),
    ("A planet around the Sun with a period of precisely 8 years", "T", 8.0),
    ("A planet orbits the Sun with an orbital period of roughly 27 years", "T", 27.0),
])
def test_hedged_values_are_read(text, key, value):
    assert _body(text)[key] == pytest.approx(value)


@pytest.mark.parametrize("text", [
    "A planet orbits the Sun at 4 AU with an orbital period of exactly 1 year. Draw its orbit next to Earth's.",
    "A world circling the Sun at 9 AU with a period of about 2 years",
    "Planet at 2 AU from the Sun; orbital period approximately 10 years",
])
def test_a_hedged_period_meets_keplers_third_law(text):
    d = AstronomyDomain()
    with pytest.raises(UnsatisfiableError) as ei:
        d.solve(d.parse(text))
    assert any("period" in p["text"] for p in ei.value.phrases)
