"""A part the text models as a resistor is one part: "a bulb that we model as a 10 Ω resistor" is the resistor.

Read word by word, the bulb and its model were two parts in series (a lamp with no value beside the
10 Ω resistor), and the figure verified.
"""
from __future__ import annotations

import pytest

from nesy.domains import circuits as C
from nesy.pipeline import parse


@pytest.mark.parametrize("text,values", [
    ("Two 1.5 V cells in series light a bulb that we model as a 10 Ω resistor.", [10.0]),
    ("A 12 V battery powers a heater, treated as a 20 Ω resistor, in series with a 4 Ω resistor.", [4.0, 20.0]),
    ("6 V battery and a lamp (modelled as a 5 Ω resistor)", [5.0]),
    ("a 9 V battery drives a motor which can be represented by a 30 ohm resistor", [30.0]),
    ("A 3 V cell and a light bulb, modeled as a 6 Ω resistance.", [6.0]),
])
def test_modelled_part_is_its_model(text: str, values: list[float]) -> None:
    cir = C.spice_netlist(parse(text, allow_unknown=True))
    parts = [line.split() for line in cir.splitlines() if line[:1] in "RL" and not line.startswith("*")]
    assert sorted(float(p[3]) for p in parts) == values, cir
    assert "; lamp" not in cir, cir


def test_a_lamp_with_its_own_value_stays_a_lamp() -> None:
    cir = C.spice_netlist(parse("A 9 V battery lights a 3 Ω bulb.", allow_unknown=True))
    assert "; lamp" in cir
