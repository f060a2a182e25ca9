"""Parts named and given values apart from any connecting phrase, after one counted plural of their kind, are
that plural's members: "two resistors in parallel across a 5 V supply: R1 = 10 kΩ and R2 = 5.6 kΩ" is a
circuit of two resistors, not four (it drew four, verified, before). A number of such parts other than the
count is refused naming the count. What a user relies on is the netlist nesy draws."""
from __future__ import annotations

import pytest

from nesy.domains.circuits import parse_circuit, spice_netlist
from nesy.errors import InputError


def _elements(text: str) -> dict[str, str]:
    """name → value of each element line of the netlist nesy draws for ``text``."""
    out = {}
    for line in spice_netlist(parse_circuit(text, allow_unknown=True)).splitlines():
        if not line.strip() or line.startswith(("*", ".")):
            continue
        f = line.split()
        out[f[0]] = f[-1] if f[3] != "DC" else f[4]
    return out


@pytest.mark.parametrize("text, want", [
    ("two resistors in parallel across a 5 V supply: R1 = 10 kΩ and R2 = 5.6 kΩ", {"R1": 10e3, "R2": 5.6e3}),
    ("two resistors in parallel across a 5 V supply, R1 = 10 kΩ and R2 = 5.6 kΩ", {"R1": 10e3, "R2": 5.6e3}),
    ("A 12 V battery drives three resistors in series. Their values: R1 = 1 kΩ, R2 = 2 kΩ and R3 = 3 kΩ.",
     {"R1": 1e3, "R2": 2e3, "R3": 3e3}),
    ("two resistors in series with a 9 V battery. R1 is 100 Ω and R2 is 220 Ω.", {"R1": 100, "R2": 220}),
    ("two capacitors in series with a 9 V battery; C1 = 2 µF, C2 = 3 µF", {"C1": 2e-6, "C2": 3e-6}),
])
def test_named_parts_are_the_counted_ones(text, want):
    els = _elements(text)
    parts = {k: v for k, v in els.items() if k[0] in "RC"}
    assert set(parts) == set(want), els
    for k, v in want.items():
        assert float(parts[k]) == pytest.approx(v), els


def test_more_named_parts_than_counted_is_refused_naming_the_count():
    with pytest.raises(InputError, match=r"'two resistors' at 0-13 counts 2.*R1, R2 and R3"):
        parse_circuit("two resistors in series with a 9 V battery. R1 is 100 Ω, R2 is 220 Ω and R3 is 330 Ω.")


def test_a_named_part_with_its_own_connection_is_a_further_part():
    # negative: "R3 = 5 Ω in series with them" is connected by its own phrase, so it is a third resistor
    els = _elements("two resistors in parallel, and R3 = 5 Ω in series with them, across a 9 V battery")
    assert sorted(k for k in els if k[0] == "R") == ["R1", "R2", "R3"]
    # negative: the plural already has its value, so a part named apart is not one of its members
    els = _elements("two 10 Ω resistors in parallel across a 9 V battery; R3 = 5 Ω")
    assert sorted(float(v) for k, v in els.items() if k[0] == "R") == [5, 10, 10]
