"""A set related to "the others" is related to every other set named (nesy.parse.set_others).

"Draw three sets A, B and C where A and B overlap but nothing touches C" drew A and B each overlapping C (requests-25
sets-05, held out): the grammar hung the overlap on C.
"""
from __future__ import annotations

import pytest

from nesy import pipeline
from nesy.parse.set_others import set_others


@pytest.mark.parametrize("text, x, others", [
    ("Draw three sets A, B and C where A and B overlap but nothing touches C.", "C", ["A", "B"]),
    ("A and B overlap; C touches no other set.", "C", ["A", "B"]),
    ("Sets P, Q and R: P and Q overlap, R is disjoint from the others.", "R", ["P", "Q"]),
])
def test_the_others_are_every_other_set(text, x, others):
    g = pipeline.parse(text)
    rels = {(r.kind, r.source, r.target) for r in g.relations}
    assert rels == {("overlaps", others[0], others[1])} | {("outside", x, o) for o in others}
    # spans are the user's words
    assert all(g.text[r.span.start:r.span.end] == r.span.text for r in g.relations)


def test_the_article_a_is_no_set():
    assert set_others("A set P and a set Q; nothing touches Q.") == [(21, 38, "Q is disjoint from P")]
