"""A schematic label's value is the one written after its name ("R1 = 4 Ω"), and a caption's number ("Fig. 2",
"Figure 3", "Exercise 7B") is no value: held-out set 4's schemdraw figure with R1 relabelled 4 Ω was verified because
the title line "Fig. 2  Series-parallel circuit", drawn nearest R1, was read with its label and its "2" taken as
R1's value (the stated 2 Ω)."""
from __future__ import annotations

import pytest

from nesy.see.schematic import read_value


@pytest.mark.parametrize("text, want", [
    ("Fig. 2 Series-parallel circuit R1=4Q", ("R1", 4.0, "ohm")),
    ("Figure 3: 12 V battery", (None, 12.0, "V")),
    ("Exercise 7B R2 = 3 Ω", ("R2", 3.0, "ohm")),
    ("10 Ω R3", ("R3", 10.0, "ohm")),          # a value before the name, none after it: still the name's
    ("R1 = 2 kΩ", ("R1", 2000.0, "ohm")),
    ("R2\n2.2kΩ", ("R2", 2200.0, "ohm")),
    ("9V", (None, 9.0, "V")),
])
def test_label_value(text, want):
    assert read_value(text) == want
