"""A place phrase put before the thing it places ("and inside the nucleus two nucleoli"): the thing is
inside the place, the relation word is not left without a subject (requests-5 cell-05 was refused with
"'inside' has no subject")."""
from __future__ import annotations

import pytest

from nesy.errors import InputError
from nesy.pipeline import parse


def _inside(text: str) -> set[tuple[str, str]]:
    s = parse(text, domain="cell", strict=False)
    return {(r.source, r.target) for r in s.relations if r.kind == "inside"}


@pytest.mark.parametrize("text,pairs", [
    ("a cell that has one nucleus and inside the nucleus two nucleoli",
     {("nucleolus1", "nucleus1"), ("nucleolus2", "nucleus1")}),
    ("Inside the cell, three mitochondria.",
     {("mitochondrion1", "cell1"), ("mitochondrion2", "cell1"), ("mitochondrion3", "cell1")}),
    ("a cell; within the nucleus, a nucleolus", {("nucleolus1", "nucleus1")}),
    ("A cell with a nucleus. Inside the nucleus 2 nucleoli.", {("nucleolus1", "nucleus1"), ("nucleolus2", "nucleus1")}),
    ("one cell with a nucleus and, inside the nucleus, one nucleolus", {("nucleolus1", "nucleus1")}),
])
def test_a_fronted_place_places_what_follows(text: str, pairs: set[tuple[str, str]]) -> None:
    assert pairs <= _inside(text)


def test_a_place_with_nothing_counted_after_it_is_still_refused() -> None:
    with pytest.raises(InputError):
        parse("inside the nucleus.", domain="cell", strict=True)
