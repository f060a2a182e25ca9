"""A JSON request body's keys carry their units after an underscore ("a_au", "mass_kg", "focal_length_cm"), and a
list of objects names one thing each ("bodies": [{"name": "Jupiter", "a_au": 5.20}, …]) —
``nesy.parse.structured._unit_key`` and ``_member``. requests-17 astronomy-03 was refused ('names no planet'):
the list of objects was left unread."""
from __future__ import annotations

import pytest

from nesy.parse.markup import normalize
from nesy.parse.structured import read_scaffolding


def _read(text: str) -> str:
    return read_scaffolding(normalize(text))[0].text


@pytest.mark.parametrize("text, said", [
    ('{"planets": [{"name": "Mars", "a_au": 1.524}, {"name": "Venus", "a_au": 0.723}]}', "Mars, a = 1.524 au; Venus, a = 0.723 au"),
    ('{"block": {"mass_kg": 5, "incline_deg": 30}}', "mass 5 kg, incline 30 deg"),
    ('{"lens": "converging", "focal_length_cm": 10}', "focal length 10 cm"),
])
def test_a_unit_after_an_underscore_goes_with_the_value(text, said):
    assert said in _read(text)


@pytest.mark.parametrize("text, said", [
    ('{"num_nuclei": 12}', "12 nuclei"),      # a count key, as before
    ('{"d_o": 30, "f": 10}', "d_o = 30"),     # a symbol with a subscript, no unit
])
def test_keys_without_a_unit_stay_as_before(text, said):
    assert said in _read(text)


def test_the_orbits_of_a_json_body_are_read():
    from nesy.pipeline import parse
    s = parse('{"plot": "orbits", "centre": "Sun", "bodies": [{"name": "Jupiter", "a_au": 5.20}, '
              '{"name": "Saturn", "a_au": 9.58}]}', allow_unknown=True)
    assert s.domain == "astronomy"
    assert sorted(e.name for e in s.entities if e.kind == "planet") == ["Jupiter", "Saturn"]
