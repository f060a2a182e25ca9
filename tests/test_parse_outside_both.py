"""Two misreadings an outside helper met while writing texts (session 37):

- a thing stated outside the cell was also put inside it: the grammar's default container ("organelles lie
  inside a cell") was added beside the stated "outside", a relation with no words of the text behind it;
- "both loop on 0" made each state loop to a state named "both" instead of to itself."""
from __future__ import annotations

import pytest

from nesy.pipeline import parse


@pytest.mark.parametrize("text, thing", [
    ("A cell with a nucleus and two mitochondria, and another mitochondrion outside the cell.", "mitochondrion3"),
    ("An animal cell containing a nucleus and a ribosome, plus a lysosome outside the cell.", "lysosome1"),
    ("A cell with a nucleus. A lysosome is outside the cell.", "lysosome1"),
])
def test_a_thing_outside_the_cell_is_not_also_inside_it(text, thing):
    s = parse(text, domain="cell")
    kinds = {r.kind for r in s.relations if r.source == thing and r.target == "cell1"}
    assert kinds == {"outside"}
    assert all(r.span is not None for r in s.relations)


def test_outside_another_organelle_keeps_the_default_cell():
    s = parse("A cell with a nucleus and a mitochondrion away from the nucleus.", domain="cell")
    rel = {(r.kind, r.source, r.target) for r in s.relations}
    assert ("inside", "mitochondrion1", "cell1") in rel and ("outside", "mitochondrion1", "nucleus1") in rel


@pytest.mark.parametrize("text, loops", [
    ("A DFA with states even and odd; even is the start state and accepting. even goes to odd on 1, odd goes "
     "to even on 1, and both loop on 0.", {("even", "even"), ("odd", "odd")}),
    ("States A and B; A is the start. A goes to B on x and B goes to A on x; both stay on y.",
     {("A", "A"), ("B", "B")}),
])
def test_both_loop_is_a_loop_on_each_state(text, loops):
    s = parse(text, domain="automata")
    assert {e.id for e in s.entities if e.kind == "state"} == {a for a, _ in loops}
    got = {(r.source, r.target) for r in s.relations if r.kind == "transition" and r.source == r.target}
    assert got == loops
