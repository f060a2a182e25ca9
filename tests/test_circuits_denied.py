"""A connection the text denies is never passed over (nesy.domains.circuits_negated).

"two 10 Ω resistors that are not in series with each other but in parallel" drew the pair in series (requests-25
circuits-06, held out, exit 0 verified): the circuits grammar passes over "not".
"""
from __future__ import annotations

import pytest

from nesy import pipeline
from nesy.errors import UnsupportedError


def _groups(text: str) -> dict[str, list[str]]:
    g = pipeline.parse(text, domain="circuits")
    out: dict[str, list[str]] = {}
    for r in g.relations:
        if r.kind == "member":
            out.setdefault(r.target, []).append(r.source)
    return out


def _parallel_pair(groups: dict[str, list[str]]) -> bool:
    return any(sorted(m) == ["R2", "R3"] for m in groups.values())


@pytest.mark.parametrize("text", [
    "A 12 V battery in series with a 6 Ω resistor, followed by two 10 Ω resistors that are not in series with each "
    "other but in parallel.",
    "A 12 V battery in series with a 6 Ω resistor, followed by two 10 Ω resistors in parallel - not in series!",
])
def test_the_connection_stated_is_drawn(text):
    assert _parallel_pair(_groups(text))


def test_a_denied_connection_alone_is_refused_by_name():
    with pytest.raises(UnsupportedError) as e:
        pipeline.parse("A 12 V battery with two 10 Ω resistors that are not in series.", domain="circuits")
    assert "not in series" in str(e.value)


def test_spans_keep_the_users_words():
    t = ("A 12 V battery in series with a 6 Ω resistor, followed by two 10 Ω resistors that are not in series with "
         "each other but in parallel.")
    g = pipeline.parse(t, domain="circuits")
    assert g.text == t
    assert all(e.span is None or t[e.span.start:e.span.end] == e.span.text for e in g.entities)
