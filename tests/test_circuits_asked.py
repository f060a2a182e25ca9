"""nesy.circuits.v1 reading word problems and sequences: an asked quantity is no part, a stated absence
draws nothing, sequence words chain parts along the loop, a parallel phrase after one joins the part
before it, "a parallel pair of …" is a prefix combination, a qualifier may stand before a counted value.

Each kind is tested with several phrasings of its own (none is an acceptance request)."""
from __future__ import annotations

import pytest

from nesy.domains import circuits as C
from nesy.domains.circuits_asked import split_asked
from nesy.registry import get_domain
from circuit_canon import canon

D = get_domain("circuits")


# ------------------------------------------------------- (a) an asked quantity names no part

@pytest.mark.parametrize("text,want", [
    ("Three resistors of 10 Ω, 20 Ω and 30 Ω in series with a 12 V cell; the class must calculate the total "
     "resistance", "P(S(resistor=10,resistor=20,resistor=30),vsource=12)"),
    ("A 6 V battery with a 2 ohm and a 4 ohm resistor in series. Calculate the equivalent resistance, the "
     "current and the p.d. across the 4 ohm resistor.", "P(S(resistor=2,resistor=4),vsource=6)"),
    ("R1 = 5 Ω and R2 = 10 Ω in series with a 20 V supply - what's the current through R2 and R1?",
     "P(S(resistor=10,resistor=5),vsource=20)"),
    ("a 9V battery with 3 resistors in parallel (10, 20, 30 ohm); pupils should work out the current in each "
     "branch and the combined resistance", "P(resistor=10,resistor=20,resistor=30,vsource=9)"),
    ("two 100 Ω resistors in parallel across 5 V, then determine the effective resistance of the network",
     "P(resistor=100,resistor=100,vsource=5)"),
    ("voltage divider of 1 kΩ and 2 kΩ across a 3 V source. V_out = ?", "P(S(resistor=1000,resistor=2000),vsource=3)"),
    ("Find the equivalent resistance of three 10 Ω resistors in parallel across a 6 V cell.",
     "P(resistor=10,resistor=10,resistor=10,vsource=6)"),
])
def test_asked_quantity_is_no_part(text: str, want: str) -> None:
    assert canon(text) == want


def test_asked_phrase_is_kept_as_read_not_drawn() -> None:
    text = "a 12 V battery and a 6 Ω resistor in series; find the total resistance and the current"
    s = D.parse(text, allow_unknown=True)
    assert any(sp.text == "find the total resistance and the current" for sp in s.ignored)
    assert not s.unknown
    assert s.text == text


def test_a_part_first_named_in_the_question_stays_a_part() -> None:
    # "of three 10 Ω resistors": not named before, so the question's tail is read as parts
    spans = split_asked("Find the equivalent resistance of three 10 Ω resistors in parallel")
    assert spans == [(0, 30, "asked")]


def test_a_meter_measuring_is_no_question() -> None:
    # "to measure the voltage across R2" places the voltmeter: never blanked as a question
    assert split_asked("R1 and R2 in series with 9 V, a voltmeter to measure the voltage across R2") == []


# ------------------------------------------------------- (b) a stated absence draws nothing

@pytest.mark.parametrize("text,want", [
    ("a 9 V battery, a 100 ohm resistor and a 1 uF capacitor in series, no switch, nothing else",
     "P(S(capacitor=1e-06,resistor=100),vsource=9)"),
    ("A 4.7 mF capacitor discharging through a 220 Ω resistor, with no battery.", "S(capacitor=0.0047,resistor=220)"),
    ("two lamps in parallel across a 6 V battery. No switches and no other components in the circuit.",
     "P(lamp,lamp,vsource=6)"),
    ("a 3 V cell and a 10 Ω resistor in series without a switch", "P(resistor=10,vsource=3)"),
])
def test_stated_absence(text: str, want: str) -> None:
    assert canon(text) == want


# ------------------------------------------------------- (c) sequence words chain along the loop

@pytest.mark.parametrize("text,want", [
    ("a 12 V battery connected to a 4 Ω resistor and then an 8 Ω resistor, one after the other",
     "P(S(resistor=4,resistor=8),vsource=12)"),
    ("6 V cell, then 10 Ω, then 20 Ω, all in one loop", "P(S(resistor=10,resistor=20),vsource=6)"),
    ("a 5 V supply followed by a 1 kΩ resistor and after that a 1 µF capacitor",
     "P(S(capacitor=1e-06,resistor=1000),vsource=5)"),
    ("a 6 V cell, a 100 Ω resistor in series with the cell and after that a 1 µF capacitor",
     "P(S(capacitor=1e-06,resistor=100),vsource=6)"),
])
def test_sequence_words(text: str, want: str) -> None:
    assert canon(text) == want


# ------------------------------------------------------- (d) a parallel phrase after a sequence word

@pytest.mark.parametrize("text,want", [
    ("a 9 V battery, then a 100 Ω resistor, then a 220 Ω resistor across a 10 uF capacitor",
     "P(S(P(capacitor=1e-05,resistor=220),resistor=100),vsource=9)"),
    ("5 V supply followed by R1 = 1 kΩ and then R2 = 2 kΩ parallel with C1 = 1 uF",
     "P(S(P(capacitor=1e-06,resistor=2000),resistor=1000),vsource=5)"),
    ("a 12 V source feeding a 1 kΩ resistor, followed by a 2 kΩ resistor in parallel with a 470 nF capacitor",
     "P(S(P(capacitor=4.7e-07,resistor=2000),resistor=1000),vsource=12)"),
])
def test_parallel_after_sequence_joins_the_next_part(text: str, want: str) -> None:
    assert canon(text) == want


def test_comma_before_parallel_still_joins_the_chain() -> None:
    # a comma before the parallel phrase: the group so far is across the next part, as before
    assert canon("R1 = 1 Ω in series with R2 = 2 Ω, in parallel with R3 = 3 Ω, across a 9 V battery") == \
        "P(S(resistor=1,resistor=2),resistor=3,vsource=9)"


# ------------------------------------------------------- (e) "a parallel pair of …"

@pytest.mark.parametrize("text,want", [
    ("A 6 V source drives a 4 Ω resistor in series with a parallel pair of 6 Ω and 3 Ω",
     "P(S(P(resistor=3,resistor=6),resistor=4),vsource=6)"),
    ("24 volt supply, a 10 ohm resistor in series with the battery, then a parallel pair of 20 ohms and 30 ohms",
     "P(S(P(resistor=20,resistor=30),resistor=10),vsource=24)"),
    ("a 12 V battery across a series pair of 1 kΩ and 2 kΩ", "P(S(resistor=1000,resistor=2000),vsource=12)"),
    ("a parallel group of 10 µF and 22 µF in series with 100 Ω across 5 V",
     "P(S(P(capacitor=1e-05,capacitor=2.2e-05),resistor=100),vsource=5)"),
])
def test_prefix_pair(text: str, want: str) -> None:
    assert canon(text) == want


@pytest.mark.parametrize("text", [
    "a potential divider made of 4.7 kΩ and 10 kΩ resistors across a 9 V battery",
    "voltage divider of 4.7 kΩ and 10 kΩ fed by 9 V",
    "Draw a voltage divider using 4.7 kΩ and 10 kΩ, powered from a 9 V battery",
])
def test_voltage_divider_is_a_series_pair(text: str) -> None:
    assert canon(text) == "P(S(resistor=10000,resistor=4700),vsource=9)"


# ------------------------------------------------------- (f) a qualifier before a counted value

@pytest.mark.parametrize("text,n", [
    ("Four identical 40 Ω resistors are connected in parallel across a 20 V supply", 4),
    ("three equal 2 µF capacitors in series with a 6 V battery", 3),
    ("two similar 1.5 V cells in series with a 5 Ω resistor", 2),
])
def test_qualifier_before_value(text: str, n: int) -> None:
    s = D.parse(text, allow_unknown=True)
    kinds = [e.kind for e in s.entities if e.kind in C.KINDS]
    counted = max(set(kinds), key=kinds.count)
    assert kinds.count(counted) == n
    assert all(e.attr("value") is not None for e in s.entities if e.kind == counted)


# ------------------------------------------------------- (g) a scene with stated quantities as a spec

_STATED_TEXT = "a 9 V battery across a 100 Ω resistor; the current through the resistor is 0.09 A"


def _stated_spec() -> dict:
    import json
    s = D.parse(_STATED_TEXT)
    assert s.attr("stated")
    return json.loads(json.dumps(s.to_dict()))


@pytest.mark.parametrize("field,bad,why", [
    ("target", "R9", "must name an entity"),
    ("unit", "V", "must be 'A'"),
    ("q", "X", "attributes/stated/0/q"),
])
def test_stated_schema_refuses_a_wrong_statement(field: str, bad: object, why: str) -> None:
    from nesy.spec import SpecError, validate_spec
    d = _stated_spec()
    d["attributes"]["stated"][0][field] = bad
    with pytest.raises(SpecError, match=why):
        validate_spec(d)


def test_stated_scene_round_trips_as_a_spec() -> None:
    from nesy.spec import validate_spec
    d = _stated_spec()
    assert validate_spec(d).attr("stated") == D.parse(_STATED_TEXT).attr("stated")


# ------------------------------------------------------- (h) a parallel network given branch by branch

@pytest.mark.parametrize("text,want", [
    ("a 6 V battery with two branches: one branch has a lamp, the other has a 10 Ω resistor and a 20 Ω resistor",
     "P(S(resistor=10,resistor=20),lamp,vsource=6)"),
    ("9 V cell across three parallel paths. Path 1: a 1 kΩ resistor. Path 2: a 2 kΩ resistor and a 1 µF "
     "capacitor. Path 3: a lamp.", "P(S(capacitor=1e-06,resistor=2000),lamp,resistor=1000,vsource=9)"),
    ("a 5 V supply and two branches in parallel - in one branch a 100 Ω resistor, in the other a 220 Ω resistor "
     "and a switch", "P(S(resistor=220,switch),resistor=100,vsource=5)"),
    ("a 9 V battery; branch A: a 1 kΩ resistor, branch B: two lamps in series", "P(S(lamp,lamp),resistor=1000,vsource=9)"),
    ("The first branch has R1 = 10 Ω, the second branch has R2 = 20 Ω and R3 = 30 Ω; both across a 6 V cell.",
     "P(S(resistor=20,resistor=30),resistor=10,vsource=6)"),
    ("Two paths side by side across a 10 V supply. Path 1: 100 Ω and 200 Ω in series. Path 2: 300 Ω.",
     "P(S(resistor=100,resistor=200),resistor=300,vsource=10)"),
])
def test_branches(text: str, want: str) -> None:
    assert canon(text) == want


def test_one_branch_marker_is_no_branch_description() -> None:
    # "the parallel branch" alone is the group reference it was; no branch folding with fewer than two markers
    from nesy.domains.circuits_branches import branch_markers
    assert branch_markers("R1 and R2 in parallel; the first branch is R1")[1] == []


# ------------------------------------------------------- (i) a bare noun after a connecting phrase

@pytest.mark.parametrize("text,n_sources", [
    ("a 6 V battery and a 10 Ω resistor in series. Put a voltmeter across battery.", 1),
    ("a 12 V cell; a lamp in parallel with a 4 Ω resistor, that pair in series with cell", 1),
    ("a lamp in series with battery", 1),
])
def test_bare_noun_names_the_one_part(text: str, n_sources: int) -> None:
    s = D.parse(text, allow_unknown=True)
    assert sum(e.kind == "vsource" for e in s.entities) == n_sources


# ------------------------------------------------------- (j) a bridge is refused, naming it

@pytest.mark.parametrize("text,phrase", [
    ("A Wheatstone bridge with four 1 kΩ arms and a galvanometer, powered by 5 V", "Wheatstone bridge"),
    ("draw a wheatstone brige: R1, R2, R3, R4 and a 100 Ω resistor between the midpoints, 9 V", "wheatstone brige"),
    ("a bridge circuit of five resistors across a 6 V battery", "bridge circuit"),
])
def test_bridge_refused(text: str, phrase: str) -> None:
    from nesy.errors import UnsupportedError
    with pytest.raises(UnsupportedError, match=f"'{phrase}' at .*series-parallel"):
        D.parse(text, allow_unknown=True)


# ------------------------------------------------------- (k) a plural naming a topic is no parts

@pytest.mark.parametrize("text,want", [
    ("Resistors in series: a 9 V battery, a 10 Ω resistor and a 20 Ω resistor", "P(S(resistor=10,resistor=20),vsource=9)"),
    ("Our lesson is about capacitors. A 10 µF capacitor in series with a 1 kΩ resistor across a 5 V supply.",
     "P(S(capacitor=1e-05,resistor=1000),vsource=5)"),
    ("pupils confuse lamps and resistors, so: one lamp and a 5 Ω resistor in series with a 3 V cell",
     "P(S(lamp,resistor=5),vsource=3)"),
])
def test_topic_plural(text: str, want: str) -> None:
    assert canon(text) == want


def test_uncounted_plural_alone_still_draws_its_parts() -> None:
    # no other mention of the kind: the plural is the parts (as before)
    assert canon("lamps in parallel across a battery") == "P(lamp,lamp,vsource)"


# ------------------------------------------------------- (l) cells that make a battery

@pytest.mark.parametrize("text,want", [
    ("two 1.5 V cells connected in series to make a battery, and that battery drives a 15 ohm resistor",
     "P(S(vsource=1.5,vsource=1.5),resistor=15)"),
    ("three 2 V cells in series forming a battery; the battery is connected across a lamp",
     "P(S(vsource=2,vsource=2,vsource=2),lamp)"),
    ("Put 2 cells of 1.5 V in series so as to form a single battery. This battery powers a 10 Ω resistor.",
     "P(S(vsource=1.5,vsource=1.5),resistor=10)"),
])
def test_cells_making_a_battery(text: str, want: str) -> None:
    assert canon(text) == want


# ------------------------------------------------------- (m) a stated equivalent resistance is checked

@pytest.mark.parametrize("text", [
    "a 12 V battery and three 4 Ω resistors in series; the total resistance is 12 Ω",
    "R1 = 3 Ω and R2 = 6 Ω in parallel, R_eq = 2 ohm, across a 9 V cell",
    "two 10 kΩ resistors in parallel with an effective resistance of 5 kΩ, fed by 5 V",
    "6 Ω and 3 Ω in parallel across 12 V; the combined resistance of the circuit equals 2 Ω",
])
def test_equivalent_resistance_agrees(text: str) -> None:
    s = D.parse(text, allow_unknown=True)
    assert s.attr("equivalent")
    assert sum(e.kind == "resistor" for e in s.entities) in (2, 3)   # no resistor made of the statement
    from nesy.spec import validate_spec
    import json
    assert validate_spec(json.loads(json.dumps(s.to_dict()))).attr("equivalent") == s.attr("equivalent")


@pytest.mark.parametrize("text,phrase", [
    ("Two resistors of 10 Ω and 40 Ω in parallel across a 6 V cell give a total resistance of 50 Ω",
     "a total resistance of 50 Ω"),
    ("a 9 V battery with 2 Ω, 3 Ω and 5 Ω in series, the equivalent resistance is 5 Ω", "the equivalent resistance is 5 Ω"),
    ("R1 = 100 Ω || R2 = 100 Ω, R_total = 200 Ω", "R_total = 200 Ω"),
])
def test_equivalent_resistance_disagrees(text: str, phrase: str) -> None:
    from nesy.errors import UnsatisfiableError
    with pytest.raises(UnsatisfiableError) as ei:
        D.parse(text, allow_unknown=True)
    assert ei.value.fix[0]["text"] == phrase


def test_equivalent_resistance_not_checkable_is_not_drawn() -> None:
    # a capacitor in the network: no DC equivalent resistance to check; reported, never silently dropped
    s = D.parse("a 10 µF capacitor and a 100 Ω resistor in series with 5 V, total resistance 100 Ω", allow_unknown=True)
    assert [u.text for u in s.unknown] == ["total resistance 100 Ω"]
    assert sum(e.kind == "resistor" for e in s.entities) == 1


# ------------------------------------------------------- (n) "X with Y in parallel to the X"

@pytest.mark.parametrize("text,want", [
    ("a 5 V source, a 1 kΩ resistor, then a 1 µF capacitor with a 10 kΩ resistor placed in parallel to the "
     "capacitor", "P(S(P(capacitor=1e-06,resistor=10000),resistor=1000),vsource=5)"),
    ("6 V battery, 100 ohm resistor in series, and after that a 22 uF capacitor with a 4.7 kohm resistor across "
     "the capacitor", "P(S(P(capacitor=2.2e-05,resistor=4700),resistor=100),vsource=6)"),
    ("a 3 V cell then a lamp with a 5 Ω resistor connected in parallel with the lamp, then a 2 Ω resistor",
     "P(S(P(lamp,resistor=5),resistor=2),vsource=3)"),
])
def test_part_across_the_part_named_before(text: str, want: str) -> None:
    assert canon(text) == want


@pytest.mark.parametrize("text, resistors", [
    ("Three resistors of 1 MΩ, 470 kΩ and 2.2 MΩ are all wired in parallel and powered by a 15 V supply. "
     "Please draw the schematic so I can ask the class for the equivalent resistance.", 3),
    ("Two 10 ohm resistors in series with a 6 V battery; ask the students for the total resistance.", 2),
])
def test_asking_someone_for_a_quantity_names_no_part(text, resistors):
    """requests-6 circuits-09 (after its one run): "ask the class for the equivalent resistance" drew a
    fourth resistor {R4} in series and verified."""
    from nesy.pipeline import parse
    s = parse(text, allow_unknown=True)
    assert sum(e.kind == "resistor" for e in s.entities) == resistors
