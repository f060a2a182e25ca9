"""The parallel sign in its Unicode forms binds like "||": "(8Ω ∥ 8Ω) + 2Ω" is a parallel pair in series.

U+2225 PARALLEL TO was passed over, so the pair was drawn in series with the third resistor (verified).
"""
from __future__ import annotations

import pytest

from nesy.domains import circuits as C
from nesy.pipeline import parse


def _edges(text: str) -> list[tuple[str, frozenset[str]]]:
    cir = C.spice_netlist(parse(text, allow_unknown=True))
    return [(f[0], frozenset(f[1:3])) for f in (line.split() for line in cir.splitlines())
            if f and f[0][:1] in "RV" and not f[0].startswith("*")]


@pytest.mark.parametrize("sign", ["||", "∥", "‖"])
def test_parallel_sign_makes_a_parallel_pair(sign: str) -> None:
    e = dict(_edges(f"24 V, (8Ω {sign} 8Ω) + 2Ω in series"))
    assert e["R1"] == e["R2"] != e["R3"]


def test_parallel_sign_between_named_parts() -> None:
    e = dict(_edges("12 V source, R1 = 4 Ω ∥ R2 = 6 Ω"))
    assert e["R1"] == e["R2"] == e["V1"]
