"""Numbered steps inside a text, in any of the usual styles, are list marks — never members, counts or values.

(requests-33 sets-10 as development data: "1. Let A = {1, 2}. 2. Add B = {3, 4}. 3. …" left the step numbers 2 and 3
as values not drawn; "Steps: 1. Draw a cell. 2. Put a nucleus in it. …" was refused for the words '1', '2', '3'.)
"""
import pytest

from nesy.pipeline import parse


@pytest.mark.parametrize("text, domain, kinds", [
    ("1. Let A = {1, 2}. 2. Add B = {3, 4}. 3. Show them as disjoint.", "sets", {"set": 2, "element": 4}),
    ("Steps: 1. Draw a cell. 2. Put a nucleus in it. 3. Add three mitochondria.", "cell",
     {"cell": 1, "nucleus": 1, "mitochondrion": 3}),
    ("(1) Draw a cell; (2) put two lysosomes in it; (3) add a nucleus.", "cell", {"cell": 1, "lysosome": 2, "nucleus": 1}),
    ("Step 1: a 12 V battery. Step 2: connect a 4 Ω resistor in series. Step 3: add a 2 Ω resistor in series too.",
     "circuits", {"vsource": 1, "resistor": 2}),
])
def test_step_numbers_are_marks(text, domain, kinds):
    s = parse(text, domain=domain)
    assert not s.not_drawn and not s.unknown
    got = {}
    for e in s.entities:
        got[e.kind] = got.get(e.kind, 0) + 1
    assert {k: got.get(k, 0) for k in kinds} == kinds


def test_numbers_not_in_a_run_from_one_are_still_read():
    from nesy.errors import NesyError
    # "2." alone opening a sentence is no step list: the number is still there to be read (and here refused)
    with pytest.raises(NesyError, match="'2'"):
        parse("A cell with 2. 3 mitochondria are in it.", domain="cell")
