"""A counted group of unnamed planets with a status adjective ("seven known planets", "three confirmed planets")
takes the list of values after it, one each in order (requests-9 astronomy-07 refused: '7 values but 0 bodies')."""
import pytest

from nesy.domains.astronomy import parse_astronomy


@pytest.mark.parametrize("text,a", [
    ("The star TRAPPIST-1 has seven known planets with semi-major axes of 0.0115, 0.0158, 0.0223, 0.0293, 0.0385, "
     "0.0469 and 0.0619 AU. Draw the system.", [0.0115, 0.0158, 0.0223, 0.0293, 0.0385, 0.0469, 0.0619]),
    ("A red dwarf with three confirmed planets at 0.05, 0.1 and 0.2 AU", [0.05, 0.1, 0.2]),
    ("a star hosting four detected exoplanets at 0.1, 0.3, 0.6 and 1.2 AU", [0.1, 0.3, 0.6, 1.2]),
    ("Two transiting planets at 0.04 and 0.09 AU around a star", [0.04, 0.09]),
])
def test_counted_planets_take_the_values(text, a):
    bodies = parse_astronomy(text, allow_unknown=True).to_dict()["attributes"]["bodies"]
    assert [b["a"] for b in bodies] == a
    assert [b["name"] for b in bodies] == [f"planet {k + 1}" for k in range(len(a))]
