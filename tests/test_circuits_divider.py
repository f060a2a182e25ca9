"""nesy.circuits.v1 reading a divider described upright: positional words ("on top", "below it", "above",
"at the bottom", "upper/lower") place parts of one series chain; "output taken across X" says where the
output is, which the schematic does not draw, so the phrase is listed as not drawn (never ignored, never a
connection); a part put on the output without saying what it is across is refused naming the phrase; a
colon after a prefix group phrase ("a parallel group: 4 Ω || 12 Ω") opens its members.

Phrasings are this file's own (none is an acceptance request)."""
from __future__ import annotations

import pytest

from nesy.errors import UnsupportedError
from nesy.pipeline import parse
from circuit_canon import canon


@pytest.mark.parametrize("text,want", [
    ("Potential divider: 15 V across a 10 kΩ resistor on top and a 4.7 kΩ resistor below it.",
     "P(S(resistor=10000,resistor=4700),vsource=15)"),
    ("Divider: 10 V across R1 = 2 kΩ above R2 = 3 kΩ", "P(S(resistor=2000,resistor=3000),vsource=10)"),
    ("A 12 V battery across R1 = 1 kΩ with R2 = 2 kΩ below it", "P(S(resistor=1000,resistor=2000),vsource=12)"),
    ("A 5 V supply feeds a 1 kΩ resistor at the top and a 2 kΩ resistor at the bottom",
     "P(S(resistor=1000,resistor=2000),vsource=5)"),
    ("A 9 V supply across a voltage divider: the upper resistor is 3.3 kΩ and the lower resistor 1 kΩ",
     "P(S(resistor=1000,resistor=3300),vsource=9)"),
])
def test_positional_words_make_one_series_chain(text: str, want: str) -> None:
    assert canon(text) == want


@pytest.mark.parametrize("text,want,phrase", [
    ("Potential divider: 15 V across a 10 kΩ resistor on top and a 4.7 kΩ resistor below it, output taken "
     "across the 4.7 kΩ. No load on the output.", "P(S(resistor=10000,resistor=4700),vsource=15)",
     "output taken across the 4.7 kΩ"),
    ("Voltage divider: a 9 V battery, R1 = 10 kΩ in series with R2 = 5 kΩ, Vout across R2.",
     "P(S(resistor=10000,resistor=5000),vsource=9)", "Vout across R2"),
    ("A 12 V supply across a 2 kΩ resistor above a 1 kΩ resistor; the output is measured across the lower "
     "resistor.", "P(S(resistor=1000,resistor=2000),vsource=12)", "output is measured across the lower resistor"),
    ("A 5 V supply feeds R1 = 1 kΩ and R2 = 1 kΩ in series, with the output voltage taken across R2, no load "
     "connected to the output", "P(S(resistor=1000,resistor=1000),vsource=5)", "the output voltage taken across R2"),
])
def test_output_is_listed_not_drawn(text: str, want: str, phrase: str) -> None:
    assert canon(text) == want
    shown = [n.text for n in parse(text, allow_unknown=True).not_drawn]
    assert any(phrase in n for n in shown), shown
    assert not any("load" in n for n in shown), shown   # "no load …" is an absence: what the figure shows


def test_asked_output_stays_asked() -> None:
    text = "Voltage divider: a 9 V battery, R1 = 10 kΩ in series with R2 = 5 kΩ. Find Vout across R2."
    assert canon(text) == "P(S(resistor=10000,resistor=5000),vsource=9)"
    assert not parse(text, allow_unknown=True).not_drawn


@pytest.mark.parametrize("text", [
    "A 5 V supply, R1 = 1 kΩ in series with R2 = 2 kΩ, output across a 10 kΩ load",
    "9 V across 1 kΩ and 2 kΩ in series with the output taken across a 100 kΩ resistor",
])
def test_part_on_output_is_refused_naming_it(text: str) -> None:
    with pytest.raises(UnsupportedError, match="output"):
        canon(text)


@pytest.mark.parametrize("text,want", [
    ("A 12 V battery with a parallel group: 4 Ω || 12 Ω", "P(resistor=12,resistor=4,vsource=12)"),
    ("A 6 V cell in series with R1 = 2 Ω and a parallel pair: 3 Ω and 6 Ω",
     "P(S(P(resistor=3,resistor=6),resistor=2),vsource=6)"),
    ("A 10 V battery, then a parallel combination: R2 = 4 Ω, R3 = 4 Ω", "P(resistor=4,resistor=4,vsource=10)"),
])
def test_colon_after_prefix_group_opens_its_members(text: str, want: str) -> None:
    assert canon(text) == want


@pytest.mark.parametrize("text,want", [
    ("A 12 V battery in series with a 6 Ω lamp", "P(lamp=6,vsource=12)"),
    ("a 9 V battery, a bulb of 3 Ω and a 6 Ω resistor in series", "P(S(lamp=3,resistor=6),vsource=9)"),
])
def test_lamp_keeps_its_resistance(text: str, want: str) -> None:
    assert canon(text) == want
