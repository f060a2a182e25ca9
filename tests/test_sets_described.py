"""A set's description in brackets after its roster ("P = {2, 3, 5} (primes)") is the set's description,
kept with the set and written in the caption — never a phrase left undrawn. Own phrasings."""
from __future__ import annotations

import pytest

from nesy.types import _thaw


def _scene(text: str):
    from nesy.pipeline import parse
    return parse(text, domain="sets", allow_unknown=True)


@pytest.mark.parametrize("text, want", [
    ("P = {2, 3, 5} (primes) and Q = {4, 6} (composites) are disjoint.", {"P": "primes", "Q": "composites"}),
    ("Draw S = {1, 4, 9} (square numbers) inside T = {1, 2, 3, 4, 9}.", {"S": "square numbers"}),
    ("V = {a, e, i} (some vowels), W = {b, c} (consonants)", {"V": "some vowels", "W": "consonants"}),
])
def test_roster_description(text: str, want: dict) -> None:
    sg = _scene(text)
    got = {d["set"]: d["words"] for d in _thaw(sg.attr("described") or [])}
    assert got == want
    for d in _thaw(sg.attr("described")):
        assert not any(n.start <= d["span"]["start"] < n.end for n in sg.not_drawn)
