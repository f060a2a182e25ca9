"""A clause that starts with a sequence word after a clause that closed a loop ("A 12 V supply feeds a 1 kΩ
resistor; next comes a 2.2 kΩ resistor", ". Then a 220 Ω resistor.") puts the next part after the loop's load, in
series. It was put after the whole loop and so drawn across the source, in parallel, and verified (exit 0)."""
from __future__ import annotations

import pytest

from nesy.domains.circuits import parse_circuit, spice_netlist


def _nodes(text: str) -> dict[str, frozenset]:
    out = {}
    for line in spice_netlist(parse_circuit(text, allow_unknown=True)).splitlines():
        if not line.strip() or line.startswith(("*", ".")):
            continue
        f = line.split()
        out[f[0]] = frozenset(f[1:3])
    return out


def _series(n: dict[str, frozenset], a: str, b: str) -> bool:
    """``a`` and ``b`` share a node that no other element touches (one current through both)."""
    shared = n[a] & n[b]
    return any(all(x not in v for k, v in n.items() if k not in (a, b)) for x in shared)


@pytest.mark.parametrize("text, load, nxt", [
    ("A 12 V supply feeds a 1 kΩ resistor; next comes a 2.2 kΩ resistor", "R1", "R2"),
    ("A 9 V battery is connected across a 100 Ω resistor. Then a 220 Ω resistor.", "R1", "R2"),
    ("A 6 V battery powers a lamp; after the lamp comes a 10 Ω resistor", "RLP1", "R1"),
])
def test_the_next_part_follows_the_load_in_series(text, load, nxt):
    n = _nodes(text)
    assert n[nxt] != n["V1"], n          # not across the source
    assert _series(n, load, nxt), n


def test_a_part_across_the_next_one_stays_across_it():
    n = _nodes("A 12 V supply feeds a 1 kΩ resistor; after it comes a 2.2 kΩ resistor with a 10 µF capacitor "
               "across it")
    assert n["C1"] == n["R2"] and n["R2"] != n["V1"], n
    assert n["R1"] & n["R2"], n


def test_a_clause_that_closed_no_loop_keeps_its_chain():
    # negative: no source in the first clause, so "then" continues its series chain as before
    n = _nodes("R1 of 10 Ω and R2 of 20 Ω in series. Then R3 of 30 Ω, all across a 9 V battery.")
    assert _series(n, "R1", "R2") and _series(n, "R2", "R3"), n
