"""A part attached "with … across it" to one part is in parallel with that part only
(nesy/domains/circuits_attached.py); requests-9 circuits-08 drew it across the source, all four parts in parallel."""
from __future__ import annotations

import pytest

from tests.circuit_canon import canon


@pytest.mark.parametrize("text, tree", [
    # "through R" puts R in series between the source and what it feeds; C is across the 1 kΩ only
    ("A 9 V source feeds, through a 220 Ω resistor, a 1 kΩ resistor with a 47 µF capacitor connected in "
     "parallel across it.", "P(S(P(capacitor=4.7e-05,resistor=1000),resistor=220),vsource=9)"),
    ("A 12 V battery drives a 100 Ω resistor in series with a lamp with a 47 Ω resistor across it.",
     "P(S(P(lamp,resistor=47),resistor=100),vsource=12)"),
    ("A 1 kΩ resistor, with a 10 µF capacitor in parallel with it, is connected in series with a 470 Ω "
     "resistor to a 5 V supply.", "P(S(P(capacitor=1e-05,resistor=1000),resistor=470),vsource=5)"),
    ("A 6 V cell supplies a 2 Ω resistor and a 4 Ω resistor with a 12 Ω resistor wired in parallel.",
     "P(S(P(resistor=12,resistor=4),resistor=2),vsource=6)"),
])
def test_attached_part_is_across_the_nearest_part(text, tree):
    assert canon(text, strict=True) == tree


def test_source_with_a_part_across_it_keeps_its_reading():
    assert canon("A 9 V battery with a 3 Ω resistor across it.", strict=True) == "P(resistor=3,vsource=9)"
