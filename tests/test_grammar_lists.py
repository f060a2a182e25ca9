"""A list with one item a line ("1. U, the universe / 2. A, inside U / 3. B, inside U and overlapping A") reads each
line as a clause of its own (the lines ran together, "U A, inside U B, inside U …", and 'overlapping' had no subject:
requests-24 sets-09); a relation right after "and" with no subject of its own is a second predicate of the one before
("C drawn entirely inside A and disjoint from B": requests-24 sets-01). Hand-wrapped prose is read as before."""
from __future__ import annotations

from nesy.pipeline import parse
from tests.test_sets_s44 import _rels


def test_numbered_lines_are_clauses():
    rels = _rels("Sets:\n1. S, the universe\n2. P, inside S\n3. Q, inside S and overlapping P\n4. R, inside both P and Q")
    assert {("inside", "P", "S"), ("inside", "Q", "S"), ("overlaps", "P", "Q"), ("inside", "R", "P"),
            ("inside", "R", "Q")} <= rels


def test_bulleted_lines_are_clauses():
    rels = _rels("Draw:\n- K, inside M\n- L, inside M and overlapping K")
    assert {("inside", "K", "M"), ("inside", "L", "M"), ("overlaps", "K", "L")} <= rels


def test_a_second_predicate_after_and():
    assert {("inside", "C", "A"), ("outside", "B", "C"), ("overlaps", "A", "B")} <= _rels(
        "Figure 2. Sets A and B, which overlap, with a set C drawn inside A and disjoint from B.")


def test_wrapped_prose_reads_as_one_sentence():
    sg = parse("A cell with a nucleus and three\nmitochondria.", domain="cell", allow_unknown=True)
    assert sum(e.kind == "mitochondrion" for e in sg.entities) == 3


def test_a_place_after_coordinated_names_is_said_of_them_all():
    # "M and F inside U" drew M anywhere (only F was placed); an inventory of counted things keeps placing its last
    assert {("inside", "M", "U"), ("inside", "F", "U")} <= _rels("Sets M and F overlap. M and F inside U.")
    sg = parse("An animal cell: one nucleus, 5 vesicles just beneath the plasma membrane.", domain="cell",
               allow_unknown=True)
    assert not any(r.kind == "above" and r.target.startswith("nucleus") for r in sg.relations)


def test_interjections_carry_no_content():
    sg = parse("yo can you draw a regular hexagon with 3 cm sides lol", domain="geometry", allow_unknown=True)
    assert not sg.not_drawn
