"""'A (second) side-by-side pair, 220 Ω and 330 Ω' is a parallel pair, as 'a pair of … side by side' is
(requests-34 circuits-09 as development data: the second pair was drawn in series, verified)."""
from nesy.pipeline import parse


def _groups(text):
    s = parse(text, domain="circuits", allow_unknown=True)
    kind = {e.id: e.kind for e in s.entities}
    members = {}
    for r in s.relations:
        if r.kind == "member":
            members.setdefault(r.target, set()).add(r.source)
    return {frozenset(m) for g, m in members.items() if kind[g] == "parallel"}


def test_second_side_by_side_pair_is_parallel():
    g = _groups("From the + terminal of a 5 V battery, current first passes through a pair of 100 Ω resistors side by "
                "side, then through a second side-by-side pair, 220 Ω and 330 Ω, before returning to the battery.")
    assert frozenset({"R1", "R2"}) in g and frozenset({"R3", "R4"}) in g


def test_another_parallel_pair():
    g = _groups("A 12 V battery drives a parallel pair of 10 Ω resistors in series with another parallel pair, "
                "20 Ω and 30 Ω.")
    assert frozenset({"R3", "R4"}) in g
