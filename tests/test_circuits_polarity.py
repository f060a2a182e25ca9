"""The netlist's sources keep the polarity the text implies: cells placed one after the other aid each other.

An undirected graph forgets which way a component was placed; the netlist once wrote two 1.5 V cells in
series as opposing (``V1 0 1``, ``V2 0 2``: no current through the resistor). These tests solve the written
netlist by modified nodal analysis (Kirchhoff's current law at every node, one branch equation per voltage
source; Alexander & Sadiku, *Fundamentals of Electric Circuits*, §3.2 and §3.4) and compare the current
with Ohm's law on the circuit the text describes.
"""
from __future__ import annotations

import numpy as np
import pytest

from nesy.domains import circuits as C
from nesy.pipeline import parse


def _solve(cir: str) -> dict[str, float]:
    """Branch currents (A) of every voltage source in a DC netlist of R and V lines (node 0 is ground);
    a source's current is taken as flowing out of its + terminal into the circuit."""
    rs, vs = [], []
    for line in cir.splitlines():
        if not line or line.startswith("*") or line.startswith("."):
            continue
        f = line.split(";")[0].split()
        if f[0].startswith("R"):
            rs.append((int(f[1]), int(f[2]), float(f[3])))
        elif f[0].startswith("V"):
            vs.append((f[0], int(f[1]), int(f[2]), float(f[-1])))
    n = 1 + max([max(a, b) for a, b, _ in rs] + [max(a, b) for _, a, b, _ in vs])
    m = len(vs)
    A = np.zeros((n - 1 + m, n - 1 + m))
    z = np.zeros(n - 1 + m)

    def ix(node: int) -> int | None:
        return None if node == 0 else node - 1
    for a, b, r in rs:
        for p, q in ((a, b), (b, a)):
            if ix(p) is not None:
                A[ix(p), ix(p)] += 1 / r
                if ix(q) is not None:
                    A[ix(p), ix(q)] -= 1 / r
    for k, (_name, p, q, v) in enumerate(vs):
        row = n - 1 + k
        if ix(p) is not None:
            A[ix(p), row] += 1
            A[row, ix(p)] += 1
        if ix(q) is not None:
            A[ix(q), row] -= 1
            A[row, ix(q)] -= 1
        z[row] = v
    x = np.linalg.solve(A, z)
    return {name: -float(x[n - 1 + k]) for k, (name, *_rest) in enumerate(vs)}


@pytest.mark.parametrize("text,amps", [
    ("two 1.5 V cells in series with a 15 ohm resistor", 0.2),
    ("Two 1.5 V cells connected one after the other, then a 30 Ω resistor.", 0.1),
    ("three 2 V cells in series with a 12 ohm resistor", 0.5),
    ("a 9 V battery, a 6 V battery and a 5 Ω resistor, all in series", 3.0),
    ("A 12 V battery with a 4 Ω resistor and an 8 Ω resistor in series", 1.0),
])
def test_series_sources_aid_each_other(text: str, amps: float) -> None:
    currents = _solve(C.spice_netlist(parse(text, allow_unknown=True)))
    assert currents, text
    for name, i in currents.items():
        assert i == pytest.approx(amps, rel=1e-6), (text, name, currents)


def test_sources_in_parallel_share_their_polarity() -> None:
    # two equal cells side by side across one resistor: + to +, so none drives current into the other
    # (ideal sources in parallel leave MNA singular, so the test reads the terminals themselves)
    cir = C.spice_netlist(parse("two 6 V batteries in parallel across a 3 Ω resistor", allow_unknown=True))
    ends = {tuple(line.split()[1:3]) for line in cir.splitlines() if line.startswith("V")}
    assert len(ends) == 1, cir
