"""A transition stated with an existential: "from 1 there is also a transition to 2 on b".

Read as a bare "2" and "b", the move was left out and listed as not drawn, so the NFA for "ends in bb"
accepted none of bb, abb, babb while its figure verified what it drew.
"""
from __future__ import annotations

import pytest

from nesy.pipeline import parse


@pytest.mark.parametrize("text", [
    "NFA with states 1, 2 and 3; 1 is the start state, 3 is accepting. From 1 there is also a transition to 2 on b.",
    "NFA with states 1, 2 and 3; 1 is the start state, 3 is accepting. From 1 there's an arrow to 2 on b.",
    "NFA with states 1, 2 and 3; 1 is the start state, 3 is accepting. From state 1 we have an edge to state 2 on b.",
    "NFA with states 1, 2 and 3; 1 is the start state, 3 is accepting. from 1, there is a move into 2 on b",
])
def test_existential_transition_is_read(text: str) -> None:
    s = parse(text, domain="automata", strict=False)
    assert s.not_drawn == (), s.not_drawn
    names = {e.id: e.name for e in s.entities}
    pairs = {(names.get(r.source, r.source), names.get(r.target, r.target)) for r in s.relations
             if r.source in names and r.target in names}
    assert ("1", "2") in pairs
