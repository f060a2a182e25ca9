"""A bracketed gloss after a part ("(stand-in for the bulb)") says what the part stands for; it adds no part
(nesy/domains/circuits_gloss.py). requests-9 circuits-06 drew an extra lamp with no value beside the resistor."""
from __future__ import annotations

import pytest

from tests.circuit_canon import canon


@pytest.mark.parametrize("text, tree", [
    ("Torch circuit: two 1.5 V AA cells in series lighting a 10 Ω resistor (stand-in for the bulb).",
     "P(S(vsource=1.5,vsource=1.5),resistor=10)"),
    ("A 12 V battery drives a 20 Ω resistor (representing the heater) in series with a 4 Ω resistor.",
     "P(S(resistor=20,resistor=4),vsource=12)"),
    ("A 5 Ω resistor (in place of the lamp) is connected to a 3 V battery.", "P(resistor=5,vsource=3)"),
    ("A 9 V battery powers a 30 Ω resistor (instead of the motor).", "P(resistor=30,vsource=9)"),
    ("A 6 V supply lights a 12 Ω resistor (standing in for a bulb).", "P(resistor=12,vsource=6)"),
])
def test_gloss_adds_no_part(text, tree):
    assert canon(text, strict=True) == tree


def test_a_gloss_with_a_value_is_not_dropped():
    # a digit inside the brackets is stated content: it is never blanked as a gloss
    from nesy.domains.circuits_gloss import glosses
    assert glosses("A 5 Ω resistor (as the 3 Ω lamp) and a 3 V battery.") == []
