"""An announced number of cells and its members (issue 9): "Two cells: a cell with a nucleus and a cell with two
mitochondria" drew four cells, one inside another. The members after a count ("one … the other", "one … one …
one", "a cell … a cell", "first … second", "1st … last") are the announced cells, read in order (an ordinal keeps
its place); a count with fewer members described is refused naming both; "a cell with X and a cell with Y" are
two cells side by side, never one inside the other's "with" list."""
from __future__ import annotations

import pytest

from nesy.errors import InputError
from nesy.pipeline import parse


def _cells(text: str) -> dict[str, list[str]]:
    s = parse(text, allow_unknown=True)
    kind = {e.id: e.kind for e in s.entities}
    out: dict[str, list[str]] = {e.id: [] for e in s.entities if e.kind == "cell"}
    for r in s.relations:
        if r.kind == "inside" and r.target in out:
            out[r.target].append(kind[r.source])
    return {k: sorted(v) for k, v in out.items()}


NM = {"cell1": ["nucleus"], "cell2": ["mitochondrion", "mitochondrion"]}


@pytest.mark.parametrize("text", [
    "Two cells: a cell with a nucleus and a cell with two mitochondria",
    "Draw two neighbouring cells, one with a nucleus, the other with two mitochondria.",
    "Two cells. One has a nucleus and the other has two mitochondria.",
    "2 cells - first has a nucleus, second has 2 mitochondria",
    "Two cells: the second has two mitochondria, the first has a nucleus.",
    "A cell with a nucleus and a cell with two mitochondria.",
    "a pair of neurons, one with a nucleus and the other one with 2 mitochondria",
])
def test_members_of_an_announced_count(text) -> None:
    assert sorted(_cells(text).values()) == sorted(NM.values())


def test_three_members_in_order() -> None:
    got = _cells("Three cells; 1st with a nucleus, 2nd with a vacuole, last with two lysosomes")
    assert got == {"cell1": ["nucleus"], "cell2": ["vacuole"], "cell3": ["lysosome", "lysosome"]}


def test_fewer_members_than_announced_is_refused() -> None:
    with pytest.raises(InputError, match="Three cells"):
        parse("Three cells: one with a nucleus, one with a vacuole.", allow_unknown=True)


@pytest.mark.parametrize("text,want", [
    ("Two cells side by side, each with one nucleus.", {"cell1": ["nucleus"], "cell2": ["nucleus"]}),
    ("a cell with two nuclei and one mitochondrion", {"cell1": ["mitochondrion", "nucleus", "nucleus"]}),
])
def test_what_is_no_member_list_is_read_as_before(text, want) -> None:
    assert _cells(text) == want


def test_spans_point_at_the_users_words() -> None:
    text = "Two cells: one with a nucleus, the other with two mitochondria"
    s = parse(text, allow_unknown=True)
    for e in s.entities:
        assert text[e.span.start:e.span.end] == e.span.text
    assert not s.not_drawn


@pytest.mark.parametrize("text", [
    "Draw 2 cells. Cell 1 has a nucleus. Cell 2 has 2 mitochondria.",
    "Two cells: cell A with one nucleus and cell B with two mitochondria.",
    "Two cells touching each other - one has a nucleus, the other one has 2 mitochondria.",
])
def test_named_members_and_a_few_words_before_them(text) -> None:
    assert sorted(_cells(text).values()) == sorted(NM.values())


def test_a_subset_of_the_count_is_refused_naming_it() -> None:
    from nesy.errors import UnsupportedError
    with pytest.raises(UnsupportedError, match="two with"):
        parse("Four cells, two with a nucleus and two without.", allow_unknown=True)
