"""A part put in series with a group that an earlier clause closed into a loop (a source across its load):
"two capacitors in parallel, a 1.5 V cell across them, plus a 100 Ω resistor in series with the pair". The group
meant is the load, never the whole loop: in series with the loop, the resistor ended up across the source and the
wrong circuit verified (requests-23 circuits-10). A count that matches no group of the load is refused by name."""
from __future__ import annotations

import pytest

from nesy.errors import NesyError
from tests.circuit_canon import canon


@pytest.mark.parametrize("text, tree", [
    ("Put two capacitors, 10 µF and 22 µF, in parallel, and a 1.5 V cell across them ... plus a 100 Ω resistor "
     "in series with the pair.", "P(S(P(capacitor=1e-05,capacitor=2.2e-05),resistor=100),vsource=1.5)"),
    ("Two 10 Ω resistors in parallel with a 6 V battery across them, and a 5 Ω resistor in series with them.",
     "P(S(P(resistor=10,resistor=10),resistor=5),vsource=6)"),
    ("A 12 V battery across two lamps of 4 Ω in parallel; then a 2 Ω resistor in series with both.",
     "P(S(P(lamp=4,lamp=4),resistor=2),vsource=12)"),
    ("A 6 V battery across a 10 Ω resistor. A 5 Ω resistor in series with it.",
     "P(S(resistor=10,resistor=5),vsource=6)"),
    # the one group of the load with as many parts as the phrase counts
    ("A 9 V battery across R1 = 10 Ω in series with R2 = 20 Ω || R3 = 30 Ω, and R4 = 5 Ω in series with the pair.",
     "P(S(P(resistor=20,resistor=30),resistor=10,resistor=5),vsource=9)"),
])
def test_in_series_with_a_loops_load(text, tree):
    assert canon(text) == tree


def test_a_count_no_group_has_is_refused_by_name():
    with pytest.raises(NesyError, match="the pair"):
        canon("Three 30 Ω resistors in parallel, a 9 V battery across them, and a 20 Ω resistor in series with the pair.")
