"""Session 40: outsiders' astronomy requests (requests-20) — the mechanisms they failed, in other words than theirs.

Stacked group adjectives name the planets in every group ("the rocky inner planets": it drew four unnamed planets);
a denied group ("no gas giants", "no asteroid belt") is read and checked against the bodies drawn, never refused as
a count of none; the apsides' symbols ("perihelion distance q = 0.5 AU", "Q = 5.5 AU") give a and e (they were read
as two semi-major axes). Each test failed before (session 40 notes).
"""
from __future__ import annotations

import pytest

from nesy.errors import UnsatisfiableError
from nesy.pipeline import generate, parse


def _ids(text: str) -> list[str]:
    return [b["id"] for b in parse(text, allow_unknown=True).attr("bodies")]


@pytest.mark.parametrize("text, want", [
    ("Draw only the four rocky inner planets around the Sun.", ["mercury", "venus", "earth", "mars"]),
    ("Show the Sun with the inner terrestrial planets.", ["mercury", "venus", "earth", "mars"]),
    ("Sketch the outer gas giants and the Sun.", ["jupiter", "saturn"]),
])
def test_stacked_group_adjectives_name_the_planets_of_every_group(text, want):
    assert _ids(text) == want


@pytest.mark.parametrize("text, want", [
    ("Only the inner planets around the Sun - no asteroid belt, no gas giants.", ["mercury", "venus", "earth", "mars"]),
    ("Draw Venus and Earth orbiting the Sun, without the outer planets.", ["venus", "earth"]),
    ("The Sun with Mercury and Mars; no comets.", ["mercury", "mars"]),
])
def test_a_denied_group_none_of_the_bodies_is_in_is_read(text, want):
    res = generate(text, controls=False, raise_on_fail=False)
    assert res.passed and [b["id"] for b in res.scene.attr("bodies")] == want


def test_a_denied_group_a_drawn_body_belongs_to_is_refused_naming_both():
    with pytest.raises(UnsatisfiableError, match="no gas giants"):
        parse("Draw Mars and Saturn around the Sun, no gas giants.")


@pytest.mark.parametrize("text", [
    "A comet has perihelion distance q = 0.6 AU and aphelion distance Q = 4.4 AU. Draw its orbit.",
    "Draw a comet with q = 0.6 AU and Q = 4.4 AU around the Sun.",
    r"A comet's perihelion is $q = 0.6\ \text{AU}$ and its aphelion $Q = 4.4\ \text{AU}$; draw the orbit.",
])
def test_apsis_symbols_give_the_orbit(text):
    b = parse(text, allow_unknown=True).attr("bodies")[0]
    assert b["a"] == pytest.approx(2.5) and b["e"] == pytest.approx(0.76)


@pytest.mark.parametrize("text, periods", [
    ("Two planets around the Sun: one at 1 AU with a 1-year period, the other at 4 AU with an 8-year period.", [1, 8]),
    ("A planet at 5.2 AU around the Sun has an 11.86-year orbit.", [11.86]),
])
def test_a_period_written_as_a_compound_modifier_is_read(text, periods):
    assert [b["T"] for b in parse(text).attr("bodies")] == pytest.approx(periods)
