"""'in its middle' / 'at its centre' places an organelle at its cell's centre, as 'in the middle' does; unread, it had
broken the distributive reading ("Each one has a nucleus in its middle and two mitochondria": two mitochondria in
all, one per cell — requests-34 cell-04 as development data, verified-but-wrong)."""
import pytest

from nesy.pipeline import parse


def _kinds(s):
    c = {}
    for e in s.entities:
        c[e.kind] = c.get(e.kind, 0) + 1
    return c


def test_its_centre_is_read():
    s = parse("A cell with a nucleus at its centre.", domain="cell")
    assert not s.not_drawn


@pytest.mark.parametrize("text", [
    "Two cells. Each one has a nucleus in its middle and two mitochondria.",
    "Two cells next to each other. Each one has a nucleus in its middle and two mitochondria above the nucleus.",
])
def test_each_cell_keeps_its_count(text):
    s = parse(text, domain="cell", allow_unknown=True)
    assert _kinds(s)["mitochondrion"] == 4 and _kinds(s)["nucleus"] == 2
