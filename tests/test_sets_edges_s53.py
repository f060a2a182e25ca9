"""A set's outline as a place ("overlapping F's lower right edge", "straddling P's right-hand edge") is the set;
"straddling" overlaps; "far from G" is apart (requests-34 sets-03, -07 as development data: refused, or called
impossible with H overlapping G)."""
import pytest

from nesy.pipeline import parse


def _rels(text):
    s = parse(text, domain="sets", allow_unknown=True)
    return {(r.kind, r.source, r.target) for r in s.relations if r.kind != "element_of"}


@pytest.mark.parametrize("text, want", [
    ("F = {p, q, r}. H = {r, s} overlapping F's lower right edge.", {("overlaps", "H", "F")}),
    ("Set P = {a, b, c, d} and set Q = {d, e} straddling P's right-hand edge, half in, half out.",
     {("overlaps", "Q", "P")}),
    ("F = {p, q, r} in the centre. G = {x, y} close by on its left but not touching it. H = {r, s} overlapping F's "
     "lower right edge, far from G.", {("outside", "G", "F"), ("overlaps", "H", "F"), ("outside", "H", "G")}),
])
def test_edges_and_distances(text, want):
    assert _rels(text) == want
