"""A capital 'A' before a relation word used as an adjective of a drawn noun is the article ('A separate region
labelled Pescatarian'): read as a set named A, it drew a fourth, invented set that the verifier passed."""
from __future__ import annotations

import pytest

from nesy.pipeline import parse


@pytest.mark.parametrize("text, names", [
    ("Euler diagram of diets. A large region labelled Vegetarian contains a smaller region labelled Vegan. "
     "A separate region labelled Pescatarian does not touch either of them.", ["Pescatarian", "Vegan", "Vegetarian"]),
    ("Sets P and Q overlap. A separate circle labelled R lies outside both.", ["P", "Q", "R"]),
])
def test_the_article_names_no_set(text, names):
    s = parse(text, allow_unknown=True)
    assert sorted(e.name for e in s.entities if e.kind == "set") == names


@pytest.mark.parametrize("text", ["A separate from B", "A disjoint from B, B inside C", "A overlaps B"])
def test_a_set_named_a_stays_a_set(text):
    s = parse(text, allow_unknown=True)
    assert "A" in [e.name for e in s.entities if e.kind == "set"]
