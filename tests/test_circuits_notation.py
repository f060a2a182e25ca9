"""nesy.circuits.v1 reading kinds of phrasing that outsiders' requests showed (issue 9, seventh set), each with
phrasings of its own (none is an acceptance request):

- the "||" / "∥" notation written without spaces ("R2||R3", "(6Ω||3Ω)"): it was skipped as no word, and the two
  parts left side by side were chained in series (a wrong figure that verified);
- "a parallel pair/combination/group A || B" without "of", and "A and B as a parallel pair" after the list;
- a table of values apart from the connections ("R1 = 4 Ω, R2 = 6 Ω. R1 in series with R2 || R3 …",
  "… where R1 = 4 Ω …");
- "after it" / "after them": the next part along the loop;
- "<source>, A in parallel with B": the source is across the parallel pair (was a single series loop);
- ", and one 3 Ω resistor …" starts a clause of its own, and "parallel to both of them" after it names the
  load of the loop made before (not the loop with its source, which made one more series element).
"""
from __future__ import annotations

import pytest

from nesy.domains import circuits as C
from nesy.errors import UnsatisfiableError, UnsupportedError
from nesy.registry import get_domain
from circuit_canon import canon

D = get_domain("circuits")


# R1 = 4 Ω in series with (6 Ω ∥ 3 Ω), across 12 V: 4 + 2 = 6 Ω, 2 A (Ohm's law and the parallel rule)
SERIES_PAIR = "P(S(P(resistor=3,resistor=6),resistor=4),vsource=12)"


@pytest.mark.parametrize("text", [
    "a 12 V supply with a 4 Ω resistor in series with (6Ω||3Ω)",
    "12 volt battery, 4 ohm resistor, then 6Ω∥3Ω",
    "R1 = 4 Ω in series with 6 Ω || 3 Ω, driven by a 12 V battery",
    "a 12 V battery, R1 = 4 Ω in series with a parallel pair 6 Ω || 3 Ω",
    "a 12 V source feeding 4 Ω in series with a parallel combination 3 Ω || 6 Ω",
    "a 12 V cell, a 4 Ω resistor, and a parallel group 6 Ω ∥ 3 Ω",
    "a 12 V battery, 6 Ω and 3 Ω as a parallel pair, in series with 4 Ω",
    "R1 = 4 Ω, R2 = 6 Ω and R3 = 3 Ω. R1 is in series with R2||R3 across a 12 V battery.",
    "a 12 V battery across R1 in series with R2 || R3, where R1 = 4 Ω, R2 = 6 Ω and R3 = 3 Ω",
    "A 12 V battery drives R1 + R2||R3 with R1 = 4 Ω, R2 = 6 Ω, R3 = 3 Ω.",
])
def test_a_resistor_in_series_with_a_parallel_pair(text):
    assert canon(text) == SERIES_PAIR


def test_an_unread_bar_is_reported_never_a_gap_between_parts():
    s = D.parse("a 9 V battery, 2 Ω ||| 3 Ω", allow_unknown=True)
    assert [u.text for u in s.unknown] == ["|||"]


def test_a_table_of_values_with_a_part_connected_nowhere_keeps_its_reading():
    # R1 is in no connecting phrase: the table is no table, and the text stays refused as before
    with pytest.raises(UnsupportedError):
        D.parse("R1 = 4 Ω, R2 = 6 Ω and R3 = 3 Ω. R2 and R3 are in parallel across a 12 V battery.")


def test_a_table_value_and_a_second_value_conflict():
    with pytest.raises(UnsatisfiableError):
        D.parse("R1 = 4 Ω, R2 = 6 Ω. R1 = 5 Ω in series with R2 across a 12 V battery.")


@pytest.mark.parametrize("text", [
    "a 24 V battery, an ammeter, an 8 Ω resistor, and after it 12 Ω and 24 Ω in parallel with each other",
    "24 volt supply, then an ammeter and R1 = 8 Ω; after it R2 = 12 Ω and R3 = 24 Ω in parallel",
    "an ammeter and a 24 V cell with a resistor of 8 ohms, and after it a 12 ohm and a 24 ohm resistor in parallel",
])
def test_after_it_is_the_next_part_along_the_loop(text):
    assert canon(text) == "P(S(P(resistor=12,resistor=24),ammeter,resistor=8),vsource=24)"


def test_a_meter_reading_that_ohms_law_gives_is_no_conflict():
    # 8 + 12 ∥ 24 = 16 Ω, 24 V / 16 Ω = 1.5 A through the ammeter in the main line
    s = D.parse("a 24 V battery, an ammeter, an 8 Ω resistor, and after it 12 Ω and 24 Ω in parallel with each "
                "other. The ammeter reads 1.5 A.", allow_unknown=True)
    vi = C.check_circuit(s)
    assert abs(vi["A1"][1] - 1.5) < 1e-9
    with pytest.raises(UnsatisfiableError):
        C.check_circuit(D.parse("a 24 V battery, an ammeter, an 8 Ω resistor, and after it 12 Ω and 24 Ω in "
                                "parallel with each other. The ammeter reads 2 A.", allow_unknown=True))


@pytest.mark.parametrize("text", [
    "a 12 V battery, a 4 Ω resistor in parallel with a 6 Ω resistor",
    "a 12 V battery with a 6 Ω resistor across a 4 Ω resistor",
    "12 V source, 4 ohm in parallel with 6 ohm",
])
def test_a_source_listed_before_a_parallel_pair_is_across_it(text):
    assert canon(text) == "P(resistor=4,resistor=6,vsource=12)"


def test_a_source_and_a_switch_before_a_parallel_part_keep_their_reading():
    assert canon("a 12 V battery and a switch in parallel with a lamp") == "P(S(switch,vsource=12),lamp)"


# 3 Ω across the 6 V source, beside 2 Ω + 4 Ω: the source drives 6/3 + 6/6 = 3 A
ACROSS = "P(S(resistor=2,resistor=4),resistor=3,vsource=6)"


@pytest.mark.parametrize("text", [
    "a 6 V battery, 2 Ω and 4 Ω in series, and one 3 Ω resistor is parallel to both of them.",
    "Cell of 6 volts, a 2 ohm and 4 ohm resistor are in series, and one 3 ohm resistor is connect straight across "
    "the cell.",
    "A 6 V supply with R1 = 2 Ω and R2 = 4 Ω in series. A 3 Ω resistor is in parallel with the pair.",
    "6V battery, 2Ω and 4Ω in series; one more 3Ω resistor is wired across the battery, parallel to the two of them.",
])
def test_one_more_resistor_across_the_source_beside_a_series_chain(text):
    assert canon(text) == ACROSS


@pytest.mark.parametrize("text, want", [
    ("a 24 V battery, an ammeter, an 8 Ω resistor, and a 12 Ω and a 24 Ω resistor in parallel with each other",
     "P(S(P(resistor=12,resistor=24),ammeter,resistor=8),vsource=24)"),
    ("9 volt cell, switch, 2 ohm resistor, and 3 ohm and 6 ohm in parallel",
     "P(S(P(resistor=3,resistor=6),resistor=2,switch),vsource=9)"),
    ("R1 = 1 kΩ, and R2 = 2 kΩ and R3 = 2 kΩ connected in parallel, across a 5 V supply",
     "P(S(P(resistor=2000,resistor=2000),resistor=1000),vsource=5)"),
    # one list, one "and": every member
    ("a 9 V battery, 2 Ω, 3 Ω and 6 Ω in parallel", "P(resistor=2,resistor=3,resistor=6,vsource=9)"),
])
def test_a_list_of_lists_puts_only_the_last_pair_in_parallel(text, want):
    assert canon(text) == want
