"""requests-12 astronomy (helper H5), own phrasings: a satellite's distance from the planet's centre restated as
an altitude ("6,771 km from Earth's center (that's ≈400 km up)") is one value, not two: an altitude is measured
from the surface, which lies between the polar and the equatorial radius, and a hedged altitude is as exact as
its last non-zero digit (astronomy-07 was called impossible); a genuinely different altitude still conflicts."""
from __future__ import annotations

import pytest

from nesy.errors import UnsatisfiableError

AU_KM = 149597870.7


def _bodies(text: str):
    from nesy.pipeline import parse
    s = parse(text, domain="astronomy", allow_unknown=True)
    return {b["name"]: b for b in s.attr("bodies")}


@pytest.mark.parametrize("text,name,a_km", [
    ("Earth at the centre with a satellite orbiting 6,771 km from the planet's centre (about 400 km up).",
     "satellite", 6771),
    ("Draw Earth and the ISS 400 km up, i.e. 6771 km from Earth's center.", "ISS", 6771),
    ("Earth with a satellite at 6,790 km from its centre, which is roughly 400 km above the surface, and the Moon "
     "at 384,400 km.", "satellite", 6790),
    ("Mars in the middle; a satellite circles at 3,800 km from the center of Mars, about 400 km above the surface.",
     "satellite", 3800),
])
def test_altitude_restates_the_distance(text, name, a_km):
    b = _bodies(text)
    key = next(k for k in b if k.lower() == name.lower() or name.lower() in k.lower())
    assert b[key]["a"] * AU_KM == pytest.approx(a_km, rel=1e-4)   # the distance stated outright is drawn


def test_requests12_astronomy07_kind():
    b = _bodies("need a quick diagram: Earth in the middle, the ISS orbitting it at 6,771 km from Earth's center "
                "(that's ≈400 km up) and the Moon orbiting it at 384,400 km.")
    assert b["ISS"]["a"] * AU_KM == pytest.approx(6771, rel=1e-4)
    assert b["Moon"]["a"] * AU_KM == pytest.approx(384400, rel=1e-4)


@pytest.mark.parametrize("text", [
    "Earth with a satellite at 6,771 km from Earth's center (that's about 500 km up).",
    "Earth with a satellite at 6,771 km from Earth's centre, 450 km above the surface.",
    "Earth with a satellite 1,000 km up, 6,771 km from the centre.",
])
def test_a_different_altitude_still_conflicts(text):
    with pytest.raises(UnsatisfiableError):
        _bodies(text)
