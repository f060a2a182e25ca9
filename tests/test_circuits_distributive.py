"""nesy.circuits.v1: a list that names the source and its parts, then puts "each"/"both" of them across the
source named again (circuits_loop.source_named_again), and manner adverbs before a connecting phrase
(circuits_adverbs). Phrasings of the kinds, none of them an acceptance request."""
from __future__ import annotations

import functools

import pytest

from nesy.errors import UnknownWordsError
from nesy.registry import get_domain
from circuit_canon import canon as _canon_lenient

D = get_domain("circuits")
canon = functools.partial(_canon_lenient, strict=True)


@pytest.mark.parametrize("text, want", [
    ("a 9 V battery and two 100 Ω resistors, both across the battery",
     "P(resistor=100,resistor=100,vsource=9)"),
    ("Connect a 6 V battery to a lamp and a 10 Ω resistor, each across the battery.",
     "P(lamp,resistor=10,vsource=6)"),
    ("A 3 V cell, a 47 uF capacitor and a 1 kΩ resistor, each connected across the cell",
     "P(capacitor=4.7e-05,resistor=1000,vsource=3)"),
    ("a 5 V source with R1 = 1 kΩ and R2 = 2 kΩ, each across the source",
     "P(resistor=1000,resistor=2000,vsource=5)"),
    ("a 9 V battery with a 100 ohm resistor and a 10 uF capacitor both connected across its terminals",
     "P(capacitor=1e-05,resistor=100,vsource=9)"),
    ("12V supply plus 3 lamps, each of them wired across the supply",
     "P(lamp,lamp,lamp,vsource=12)"),
    # a link to the source named again: each part joined to its two terminals
    ("a 6 V battery, a 2 Ω resistor and a 3 Ω resistor, both connected to the battery's terminals",
     "P(resistor=2,resistor=3,vsource=6)"),
    ("Connect a 12 V battery to two 6 Ω lamps, both hooked up to the battery",
     "P(lamp=6,lamp=6,vsource=12)"),
])
def test_each_across_the_source_named_again(text: str, want: str) -> None:
    assert canon(text) == want


def test_a_part_across_the_source_after_a_chain_keeps_its_reading() -> None:
    # the source is in a chain before the parallel phrase, not listed with the part: nothing is rewritten
    assert canon("a 9 V battery in series with a 10 Ω resistor. A 20 Ω resistor across the battery.") == \
        canon("a 9 V battery in series with a 10 Ω resistor. A 20 Ω resistor across the battery.")


@pytest.mark.parametrize("text, adverb", [
    ("a 12 V supply and a 1 kΩ resistor and a 2 kΩ resistor, each wired straight across the supply", "straight "),
    ("R1 = 4 Ω and R2 = 12 Ω permanently connected in parallel to a 6 V battery", "permanently "),
    ("a lamp placed directly across a 1.5 V cell", "directly "),
    ("two 10 Ω resistors simply wired in series with a 5 V battery", "simply "),
    ("a 1 kΩ resistor connected right across a 9 V battery", "right "),
])
def test_manner_adverb_before_a_connecting_phrase(text: str, adverb: str) -> None:
    # read (strictly: no unknown word) and the same circuit as without the adverb
    assert canon(text) == canon(text.replace(adverb, ""))
    assert canon("a 12 V supply and a 1 kΩ resistor and a 2 kΩ resistor, each wired straight across the supply") == \
        "P(resistor=1000,resistor=2000,vsource=12)"


def test_an_adverb_elsewhere_stays_unknown() -> None:
    with pytest.raises(UnknownWordsError, match="quickly"):
        D.parse("a quickly 9 V battery across a lamp")


@pytest.mark.parametrize("text, want", [
    ("Two 6 V batteries in parallel supply a 3 Ω resistor.", "P(resistor=3,vsource=6,vsource=6)"),
    ("Three 2 V cells in series supply two 4 Ω resistors in parallel",
     "P(S(vsource=2,vsource=2,vsource=2),resistor=4,resistor=4)"),
    ("two 9 V batteries in parallel supply R1 = 100 Ω", "P(resistor=100,vsource=9,vsource=9)"),
])
def test_supply_after_a_plural_subject_is_the_verb(text: str, want: str) -> None:
    assert canon(text) == want        # no third source without a value


@pytest.mark.parametrize("text", ["a 12 V supply, a lamp and a switch in series", "two lamps across the supply of 6 V"])
def test_supply_with_its_own_determiner_or_value_stays_a_source(text: str) -> None:
    assert canon(text).count("vsource") == 1


@pytest.mark.parametrize("text, want", [
    ("Connect a 100 ohm resistor across a 10 volt battery and put an ammeter in series with the resistor",
     "P(S(ammeter,resistor=100),vsource=10)"),
    ("A 12 V battery is connected across a 4 Ω resistor and put a 6 Ω resistor in parallel with the 4 Ω one",
     "P(resistor=4,resistor=6,vsource=12)"),
    ("a 1 kΩ resistor across a 9 V battery & add a switch in series with the resistor",
     "P(S(resistor=1000,switch),vsource=9)"),
])
def test_and_with_a_verb_of_placing_begins_a_clause(text: str, want: str) -> None:
    assert canon(text) == want
