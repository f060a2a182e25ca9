""""X shares nobody with Y" says X ∩ Y = ∅ (requests-14 sets-08: read as "shares … with" = overlaps, the quantifier
dropped — a verified figure showing what the text denies)."""
from __future__ import annotations

import pytest

from nesy.pipeline import parse


def _rels(text: str) -> set:
    return {(r.kind, frozenset((r.source, r.target))) for r in parse(text, allow_unknown=True).relations}


@pytest.mark.parametrize("text", [
    "Draw Python, Rust and COBOL as sets: Python and Rust overlap, COBOL overlaps Python too, but COBOL shares "
    "nobody with Rust.",
    "Sets Cats and Dogs. Cats shares no one with Dogs.",
    "Draw A and B; A has nobody in common with B.",
])
def test_sharing_nobody_is_disjoint(text):
    r = _rels(text)
    assert not any(k == "overlaps" and len(p & {"Rust", "COBOL", "Cats", "Dogs", "A", "B"}) == 2
                   and p in ({"Rust", "COBOL"}, {"Cats", "Dogs"}, {"A", "B"}) for k, p in r)
    assert any(k == "outside" for k, _ in r)
