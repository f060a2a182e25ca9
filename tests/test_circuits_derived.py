"""A resistance the text does not state but Ohm's and Kirchhoff's laws with its stated current, voltage or
power fix is derived and drawn (nesy.domains.circuits_derived): 'A 12 V battery drives 2 A through a single
resistor … with the resistor's value marked' drew 'R1' with no value and said verified."""
from __future__ import annotations

from nesy.cli import main
from nesy.pipeline import parse

import pytest


def _values(text: str) -> dict:
    return {e.id: (e.attr("value"), bool(e.attr("derived"))) for e in parse(text, allow_unknown=True).entities
            if e.kind == "resistor"}


@pytest.mark.parametrize("text, want", [
    ("A 12 V battery drives a current of 2 A through a single resistor. Work out the resistance.", {"R1": 6.0}),
    ("A 9 V battery in series with R1 = 100 Ω and a resistor R2; the current in the circuit is 0.05 A.",
     {"R2": 80.0}),
    ("A 6 V battery across a resistor R1 that dissipates 3 W.", {"R1": 12.0}),
])
def test_a_forced_resistance_is_derived(text, want):
    got = _values(text)
    for k, v in want.items():
        assert got[k] == (pytest.approx(v), True)


def test_a_resistance_nothing_fixes_stays_a_symbol():
    got = _values("A 9 V battery with resistors R1 and R2 in parallel; 0.1 A flows through R1.")
    assert got["R1"] == (pytest.approx(90.0), True)
    assert got["R2"] == (None, False)
    assert all(v == (None, False) for v in _values("A 9 V battery with resistors R1 and R2 in series.").values())


def test_the_netlist_and_label_carry_the_derived_value(tmp_path):
    out = tmp_path / "o"
    rc = main(["generate", "A 12 V battery drives a current of 2 A through a single resistor. Work out the resistance "
               "and draw the circuit diagram with the resistor's value marked.", "-o", str(out), "--no-controls"])
    assert rc == 0
    cir = (out / "circuit.cir").read_text()
    assert "R1 1 0 6" in cir and "derived by Ohm's and Kirchhoff's laws" in cir
