"""An order word the relation patterns do not read is never dropped silently: "with Deimos closer to Mars" (no verb,
no "than") drew Deimos outside Phobos and was verified, because "closer" was among the astronomy grammar's neutral
words. The order words "closer", "nearer", "farther", "further" are content: read in a relation, or listed as not
drawn."""
from __future__ import annotations

import pytest

from nesy.pipeline import parse


@pytest.mark.parametrize("text, word", [
    ("Mars with its two moons, Phobos and Deimos, with Deimos closer to Mars.", "closer"),
    ("Jupiter and its moons Io and Europa, with Io farther out.", "farther"),
])
def test_an_unread_order_word_is_listed_not_drawn(text, word):
    s = parse(text, domain="astronomy", allow_unknown=True)
    assert word in [n.text for n in s.not_drawn]


@pytest.mark.parametrize("text", [
    "Mars with its two moons; Phobos orbits closer to Mars than Deimos.",
    "Earth orbits the Sun farther out than Venus.",
])
def test_an_order_read_as_a_relation_is_still_read(text):
    s = parse(text, domain="astronomy", allow_unknown=True)
    assert not s.not_drawn and any(r.kind == "closer" for r in s.relations)
