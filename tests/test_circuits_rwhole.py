"""A whole number of ohms in the IEC 60062 / BS 1852 R-code ("330R" = 330 Ω) is read as a value
(nesy/domains/circuits_values.py); requests-9 circuits-10 left '330R' and '680R' unread."""
from __future__ import annotations

import pytest

from tests.circuit_canon import canon


@pytest.mark.parametrize("text, tree", [
    ("24V supply, series string: 330R, 1k5, 680R", "P(S(resistor=1500,resistor=330,resistor=680),vsource=24)"),
    ("A 12 V battery with 100R and 47R in series.", "P(S(resistor=100,resistor=47),vsource=12)"),
    ("Resistors 10R, 22R and 4R7 in parallel across a 5 V supply.",
     "P(resistor=10,resistor=22,resistor=4.7,vsource=5)"),
    ("A 2M2 resistor and a 470R resistor in series with a 9 V battery.",
     "P(S(resistor=2.2e+06,resistor=470),vsource=9)"),
])
def test_whole_ohms_r_code(text, tree):
    assert canon(text, strict=True) == tree


def test_leading_r_stays_a_name():
    # "R47" names a resistor; it is not read as 0.47 Ω
    assert canon("A 6 V battery in series with R47.", strict=True) == "P(resistor,vsource=6)"
