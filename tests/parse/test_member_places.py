"""A counted group's members named by their place (issue 9, requests-7 known: "Three cells in a row: the left
one has …, the middle one …, the right one …" was refused): "middle"/"centre" sits between the ends on the axis
the other members name; a place no other member is set against ("three cells; the top one has …") is not
drawn, and listed as not drawn, never silently dropped."""
from __future__ import annotations

import pytest

from nesy.pipeline import parse


def _read(text: str):
    s = parse(text, allow_unknown=True)
    inside = {(r.source, r.target) for r in s.relations if r.kind == "inside"}
    placed = {(r.kind, r.source, r.target) for r in s.relations if r.kind in ("left_of", "above")}
    return inside, placed, [n.text for n in s.not_drawn]


@pytest.mark.parametrize("text", [
    "Three cells side by side: the right one has a vacuole, the centre one a nucleus, the left one has two "
    "mitochondria.",
    "Draw 3 cells in a line. The middle cell has a nucleus; the left cell has two mitochondria; the right cell has "
    "a vacuole.",
])
def test_the_middle_member_sits_between_the_ends(text) -> None:
    inside, placed, missing = _read(text)
    host = {k: c for (k, c) in inside}
    mid = host["nucleus1"]
    left = host["mitochondrion1"]
    right = host["vacuole1"]
    assert {("left_of", left, mid), ("left_of", mid, right), ("left_of", left, right)} <= placed
    assert not missing


def test_middle_between_a_top_and_a_bottom_member() -> None:
    inside, placed, _ = _read("Three cells stacked: the top one has a nucleus, the middle one has a vacuole and "
                              "the bottom one has two mitochondria.")
    host = {k: c for (k, c) in inside}
    assert ("above", host["nucleus1"], host["vacuole1"]) in placed
    assert ("above", host["vacuole1"], host["mitochondrion1"]) in placed


@pytest.mark.parametrize("text,word", [
    ("Three cells; the top one has two mitochondria.", "top"),
    ("Four cells, where the leftmost cell has a nucleus.", "leftmost"),
    ("Two cells. The middle one contains a vacuole.", "middle"),
])
def test_a_place_set_against_nothing_is_not_drawn(text, word) -> None:
    assert word in _read(text)[2]


def test_a_row_named_out_of_order_is_drawn_in_its_places() -> None:
    # the row's neighbours follow the stated places, not the order the members are named in (read by the
    # order named, "the middle cell" first, the row and the places were called impossible)
    from nesy.pipeline import generate
    res = generate("Three cells in a row. The middle one has a nucleus and the left one has a vacuole; "
                   "the right one has two mitochondria.")
    assert res.passed and res.complete
    adj = {frozenset((r.source, r.target)) for r in res.scene.relations if r.kind == "adjacent"}
    host = {r.source: r.target for r in res.scene.relations if r.kind == "inside"}
    assert frozenset((host["nucleus1"], host["vacuole1"])) in adj
    assert frozenset((host["nucleus1"], host["mitochondrion1"])) in adj
    assert frozenset((host["vacuole1"], host["mitochondrion1"])) not in adj
