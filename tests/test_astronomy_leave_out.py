"""A body left out of a group named before it is not drawn (nesy.domains.astronomy_except, astronomy_retract).

"Draw the giant planets around the Sun but leave out Neptune: Jupiter at 5.20 AU, …" drew Neptune (requests-25
astronomy-06, held out, exit 0 verified): "leave out Neptune" was read as taking back a mention of Neptune that the
text never made, and the group kept it.
"""
from __future__ import annotations

import pytest

from nesy import pipeline


@pytest.mark.parametrize("text, names", [
    ("Draw the giant planets around the Sun but leave out Neptune: Jupiter at 5.20 AU, Saturn at 9.58 AU and Uranus "
     "at 19.2 AU.", ["Jupiter", "Saturn", "Uranus"]),
    ("Draw all the planets but omit Mercury.", ["Venus", "Earth", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune"]),
    ("Draw the inner planets, skipping Mars.", ["Mercury", "Venus", "Earth"]),
    # a body named before and then taken back stays taken back
    ("Draw Mercury, Venus and Earth; scrap Earth.", ["Mercury", "Venus"]),
    ("Draw Mercury and Venus, skip Mars.", ["Mercury", "Venus"]),
])
def test_left_out(text, names):
    g = pipeline.parse(text, domain="astronomy")
    assert [e.name for e in g.entities if e.kind != "star"] == names
