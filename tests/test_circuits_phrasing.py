"""nesy.circuits.v1 reading kinds of phrasing that outsiders' requests showed (issue 9): each kind with
several phrasings of its own (none is an acceptance request), and a phrasing of the same surface that must
keep its old reading.

Kinds: the source read into a parallel group before a part "in series"; a quantity someone measured named
with "across"/"through"; unknown words between a value and its part; a plural's missing ending and a verb's
plain form; a connecting verb before an "in …" operator; clipped part words and lone class letters in
telegraphic notes; numbers that label a figure or a class; a part's resistance given in a phrase after it;
a component word that qualifies a noun ("capacitor network")."""
from __future__ import annotations

import pytest

from nesy.domains import circuits as C
from nesy.errors import InputError
from nesy.registry import get_domain
from circuit_canon import canon

D = get_domain("circuits")


def _req(d: dict, comps: dict) -> float:
    """The resistance (Ω) a two-terminal subtree presents (series sum, parallel reciprocal sum)."""
    if d["op"] == "C":
        return comps[d["id"]].attr("value")
    rs = [_req(c, comps) for c in d["children"]]
    return sum(rs) if d["op"] == "S" else 1 / sum(1 / r for r in rs)


def source_current(text: str) -> float:
    """The current (A) the one voltage source drives: V over the resistance of the rest of its loop."""
    s = D.parse(text, allow_unknown=True)
    comps = {e.id: e for e in s.entities}
    tree = s.attr("tree")
    assert tree["op"] == "P" and len(tree["children"]) == 2, tree
    src = next(c for c in tree["children"] if c["op"] == "C" and comps[c["id"]].kind == "vsource")
    load = next(c for c in tree["children"] if c is not src)
    return comps[src["id"]].attr("value") / _req(load, comps)


# ---------------------------------------------------------------- (a) the source read into a parallel group

LOOP = "P(S(P(resistor=12,resistor=6),resistor=2),vsource=24)"


@pytest.mark.parametrize("text", [
    "a battery 24V, a 12 ohm and a 6 ohm in parallel, then a 2 ohm",
    "A 24 V battery, a 12 Ω and a 6 Ω resistor in parallel, then a 2 Ω resistor.",
    "A 24 V battery with a 12 Ω and a 6 Ω resistor connected in parallel and a 2 Ω resistor in series with the battery.",
    "24 V battery, 12 ohm and 6 ohm in parallel, and after that a 2 ohm in series with battery",
    "A 24 V battery drives a 12 Ω and a 6 Ω resistor in parallel, followed by a 2 Ω resistor.",
])
def test_a_part_in_series_after_a_group_holding_the_source_is_in_the_source_loop(text: str) -> None:
    assert canon(text) == LOOP
    # KVL around the loop: I = 24 V / (2 Ω + 12 Ω ∥ 6 Ω) = 4 A
    assert source_current(text) == pytest.approx(4.0)


@pytest.mark.parametrize("text,want", [
    ("a 9 V battery with a lamp; a resistor across the battery", "P(lamp,resistor,vsource=9)"),
    ("A 9 V battery, R1 = 1 kΩ and R2 = 2 kΩ in parallel", "P(resistor=1000,resistor=2000,vsource=9)"),
])
def test_a_source_the_text_puts_across_parts_keeps_them_across_it(text: str, want: str) -> None:
    assert canon(text) == want


def test_an_ammeter_across_the_battery_is_still_a_short() -> None:
    from nesy.errors import UnsatisfiableError
    scene = D.parse("a 6 V battery with a lamp; an ammeter across the battery")
    with pytest.raises(UnsatisfiableError):
        C.check_circuit(scene)


def test_a_voltmeter_mentioned_apart_still_measures_across_the_loop() -> None:
    assert canon("Two capacitors in parallel across a 9 V battery. A voltmeter across them.") == \
        "P(capacitor,capacitor,voltmeter,vsource=9)"


# ---------------------------------------------------------------- (b) a measured quantity is no connection

@pytest.mark.parametrize("text", [
    "A 9 V battery drives R1 = 1 kΩ in series with R2 = 2 kΩ. We measured the voltage across R2.",
    "A 9 V battery drives R1 = 1 kΩ in series with R2 = 2 kΩ; the voltage across R2 was recorded.",
    "A 9 V battery drives R1 = 1 kΩ in series with R2 = 2 kΩ. I want to show the current through R2 in my report.",
    "R1 = 1 kΩ and R2 = 2 kΩ in series on a 9 V supply, and my students logged the p.d. over R1 in a table.",
])
def test_a_quantity_someone_measured_names_no_connection(text: str) -> None:
    assert canon(text) == "P(S(resistor=1000,resistor=2000),vsource=9)"
    s = D.parse(text, allow_unknown=True)
    assert any(x in sp.text for sp in s.ignored for x in ("voltage across", "current through", "p.d. over"))


@pytest.mark.parametrize("text,want", [
    ("A 9 V battery drives R1 = 1 kΩ in series with R2 = 2 kΩ. A voltmeter measures the voltage across R2.",
     "P(S(P(resistor=2000,voltmeter),resistor=1000),vsource=9)"),
    ("A 9 V battery drives R1 = 1 kΩ in series with R2 = 2 kΩ. The voltage across R2 is 6 V.",
     "P(S(resistor=1000,resistor=2000),vsource=9)"),
])
def test_a_quantity_with_a_meter_or_a_value_keeps_its_reading(text: str, want: str) -> None:
    assert canon(text) == want


# ---------------------------------------------------------------- (c) unknown words between a value and its part

@pytest.mark.parametrize("text,want", [
    ("a 5 V bench supply drives a 1 kΩ resistor", "P(resistor=1000,vsource=5)"),
    ("a 9 V PP3 battery and a 100 µF electrolytic capacitor in series with a 1 kΩ carbon-film resistor",
     "P(S(capacitor=0.0001,resistor=1000),vsource=9)"),
    ("a 12 V lead-acid battery across a 6 Ω wirewound resistor", "P(resistor=6,vsource=12)"),
])
def test_words_between_a_value_and_its_part_qualify_the_part(text: str, want: str) -> None:
    assert canon(text) == want


# ---------------------------------------------------------------- (d) learners' grammar; verbs before operators

@pytest.mark.parametrize("text", [
    "A 12 V battery feed two branch in parallel: the first branch have 10 Ω and 20 Ω in series, the second "
    "branch have one 30 Ω resistor.",
    "a 12 V supply with 2 branch: branch 1 has 10 Ω and 20 Ω in series, branch 2 has a 30 Ω resistor",
])
def test_branches_announced_without_the_plural_ending(text: str) -> None:
    assert canon(text) == "P(S(resistor=10,resistor=20),resistor=30,vsource=12)"


@pytest.mark.parametrize("text,want", [
    ("A 24 V supply feeds a 10 Ω resistor, which is followed by two 20 Ω resistors connected in parallel with each "
     "other.", "P(S(P(resistor=20,resistor=20),resistor=10),vsource=24)"),
    ("a 6 V battery and two lamps wired in parallel with each other", "P(lamp,lamp,vsource=6)"),
    ("two 10 Ω resistors linked in series to a 12 V battery", "P(S(resistor=10,resistor=10),vsource=12)"),
])
def test_a_connecting_verb_before_an_operator_keeps_the_whole_operator(text: str, want: str) -> None:
    assert canon(text) == want


# ---------------------------------------------------------------- (e) telegraphic notes

@pytest.mark.parametrize("text,want", [
    ("9V bat, R 1k, R 2k, C 10uF - all series",
     "P(S(capacitor=1e-05,resistor=1000,resistor=2000),vsource=9)"),
    ("batt 6 V, res 220 ohm, cap 100 uF in series", "P(S(capacitor=0.0001,resistor=220),vsource=6)"),
    ("12V src, 3 resistors in parallel: 4 ohm, 6 ohm, 12 ohm", "P(resistor=12,resistor=4,resistor=6,vsource=12)"),
    ("btry 9V, L 2 mH and R 470 ohm in series", "P(S(inductor=0.002,resistor=470),vsource=9)"),
])
def test_clipped_part_words_and_class_letters_beside_a_value(text: str, want: str) -> None:
    assert canon(text) == want
    s = D.parse(text)   # nothing left unread
    assert not s.unknown


@pytest.mark.parametrize("text", [
    "a bat and a 9 V battery with a lamp",     # no value beside "bat": it stays a word
    "R 10 V battery and a lamp",               # a class letter before a value its kind cannot take
])
def test_a_clipping_needs_a_value_of_its_kind_beside_it(text: str) -> None:
    s = D.parse(text, allow_unknown=True)
    assert sum(e.kind == "resistor" for e in s.entities) == 0 and sum(e.kind == "vsource" for e in s.entities) == 1


# ---------------------------------------------------------------- (f) numbers that label

@pytest.mark.parametrize("text,want", [
    ("Figure 2: RC circuit — 5 V source, 1 kΩ resistor and 100 µF capacitor all in series.",
     "P(S(capacitor=0.0001,resistor=1000),vsource=5)"),
    ("Fig. 4: two 10 Ω resistors in series with a 6 V cell", "P(S(resistor=10,resistor=10),vsource=6)"),
    ("Problem 12 (b): a 12 V battery, 4 Ω and 6 Ω in parallel", "P(resistor=4,resistor=6,vsource=12)"),
    ("for my year 9 class: a 6 V battery and two lamps in series", "P(S(lamp,lamp),vsource=6)"),
])
def test_a_number_after_a_label_word_counts_nothing(text: str, want: str) -> None:
    assert canon(text) == want


def test_a_count_before_its_parts_still_counts() -> None:
    assert canon("Draw 2 resistors of 5 Ω in series with a 10 V battery") == "P(S(resistor=5,resistor=5),vsource=10)"
    with pytest.raises(InputError, match="counts nothing"):
        D.parse("a 9 V battery feeds two, in series")


# ---------------------------------------------------------------- (g) a part's resistance said after it

@pytest.mark.parametrize("text,want", [
    ("A lamp with a resistance of 12 ohms is connected to a 6-volt battery.", "P(lamp=12,vsource=6)"),
    ("Two bulbs, each having a resistance of 5 Ω, are connected in series to a 6 V battery",
     "P(S(lamp=5,lamp=5),vsource=6)"),
    ("a bulb of resistance 4 Ω across a 2 V cell", "P(lamp=4,vsource=2)"),
    ("a 12 V battery and a lamp, which has a resistance of 24 Ω", "P(lamp=24,vsource=12)"),
    ("two lamps (resistance 3 Ω each) in series with a 6 V battery", "P(S(lamp=3,lamp=3),vsource=6)"),
])
def test_a_resistance_phrase_after_a_part_is_its_value(text: str, want: str) -> None:
    assert canon(text) == want


def test_a_resistance_listed_as_a_part_stays_a_resistor() -> None:
    assert canon("a lamp, a resistance of 3 Ω and a 6 V battery in series") == "P(S(lamp,resistor=3),vsource=6)"


# ---------------------------------------------------------------- (h) a component word qualifying a noun

@pytest.mark.parametrize("text,want", [
    ("Capacitor network on 12 V: C1 = 4 µF in series with C2 = 2 µF.", "P(S(capacitor=2e-06,capacitor=4e-06),vsource=12)"),
    ("A resistor network: R1 = 10 Ω and R2 = 20 Ω in parallel across a 5 V battery",
     "P(resistor=10,resistor=20,vsource=5)"),
    ("Lamp circuit: a 6 V battery and a lamp", "P(lamp,vsource=6)"),
])
def test_a_component_word_before_a_noun_names_the_topic(text: str, want: str) -> None:
    assert canon(text) == want


def test_the_topic_word_stays_a_part_when_nothing_else_gives_that_kind() -> None:
    assert canon("A capacitor circuit with a 9 V battery") == "P(capacitor,vsource=9)"


# ---------------------------------------------------------------- (i) a source's internal resistance

@pytest.mark.parametrize("text,want,amps", [
    ("a 12 V battery of internal resistance 1 Ω connected to a 5 Ω resistor",
     "P(S(resistor=1,vsource=12),resistor=5)", 2.0),
    ("a cell of emf 1.5 V and internal resistance 0.2 Ω connected to a 2.8 Ω resistor",
     "P(S(resistor=0.2,vsource=1.5),resistor=2.8)", 0.5),
    ("a 6 V battery (internal resistance 0.5 Ω) across a 5.5 Ω lamp", "P(S(resistor=0.5,vsource=6),lamp=5.5)", 1.0),
    ("A 24 V supply having an internal resistance of 2 Ω feeds a 10 Ω and a 12 Ω resistor in series.",
     "P(S(resistor=10,resistor=12),S(resistor=2,vsource=24))", 1.0),
    ("A 6 V battery is connected to a 3 Ω resistor. The battery has an internal resistance of 1 Ω.",
     "P(S(resistor=1,vsource=6),resistor=3)", 1.5),
    ("A 9 V battery with an internal resistance of 0.5 Ω drives a 4 Ω load. Show its internal resistance as a "
     "separate resistor in series with the battery.", "P(S(resistor=0.5,vsource=9),resistor=4)", 2.0),
])
def test_an_internal_resistance_is_in_series_with_its_source(text: str, want: str, amps: float) -> None:
    assert canon(text) == want
    # one loop: I = ε / (r + R) (terminal voltage ε − I·r across the load)
    s = D.parse(text, allow_unknown=True)
    comps = {e.id: e for e in s.entities}
    rs = [e.attr("value") for e in comps.values() if e.kind in ("resistor", "lamp")]
    emf = next(e.attr("value") for e in comps.values() if e.kind == "vsource")
    assert emf / sum(rs) == pytest.approx(amps)


def test_a_resistor_beside_a_source_without_internal_stays_where_the_text_puts_it() -> None:
    assert canon("a 9 V battery with a 0.5 Ω resistor across it") == "P(resistor=0.5,vsource=9)"


# ---------------------------------------------------------------- (j) a voltmeter named after what it measures

@pytest.mark.parametrize("text,want", [
    ("A 9 V battery drives R1 = 1 kΩ in series with R2 = 2 kΩ. Measure the voltage across R2 with a voltmeter.",
     "P(S(P(resistor=2000,voltmeter),resistor=1000),vsource=9)"),
    ("A 9 V battery drives R1 = 1 kΩ in series with R2 = 2 kΩ. The voltage across R2 is measured using a voltmeter.",
     "P(S(P(resistor=2000,voltmeter),resistor=1000),vsource=9)"),
    ("R1 = 5 Ω and R2 = 7 Ω in series across 9 V; the voltage over R1 is read with a digital voltmeter",
     "P(S(P(resistor=5,voltmeter),resistor=7),vsource=9)"),
    ("a 12 V battery, a lamp and a 4 Ω resistor in series. The p.d. on the lamp is measured with a voltmeter.",
     "P(S(P(lamp,voltmeter),resistor=4),vsource=12)"),
])
def test_a_voltmeter_named_after_its_quantity_is_across_that_part(text: str, want: str) -> None:
    assert canon(text) == want


# ---------------------------------------------------------------- (k) a part named by its place

@pytest.mark.parametrize("text,want", [
    ("two lamps in series with a 6 V battery; a voltmeter across the first lamp", "P(S(P(lamp,voltmeter),lamp),vsource=6)"),
    ("a 10 Ω and a 20 Ω resistor in series with a 9 V battery, and a voltmeter across the second resistor",
     "P(S(P(resistor=20,voltmeter),resistor=10),vsource=9)"),
    ("R1 = 1 Ω, R2 = 2 Ω and R3 = 3 Ω in series with a 6 V cell; a voltmeter across the last resistor",
     "P(S(P(resistor=3,voltmeter),resistor=1,resistor=2),vsource=6)"),
    ("a 9 V battery with a 10 Ω resistor, and a second resistor of 20 Ω in series",   # "a second": a new one
     "P(S(resistor=10,resistor=20),vsource=9)"),
])
def test_the_nth_part_of_a_kind_is_the_one_introduced_nth(text: str, want: str) -> None:
    assert canon(text) == want


def test_a_place_beyond_the_parts_introduced_is_refused_naming_it() -> None:
    with pytest.raises(InputError, match="the third resistor"):
        D.parse("two 5 Ω resistors in series with a 3 V cell and a voltmeter across the third resistor")


@pytest.mark.parametrize("text", [
    "A 6 V source drives R1 = 220 Ω, which then feeds two 1 kΩ resistors connected in parallel.",
    "A 6 V battery powers a 220 Ω resistor, which feeds two 1 kΩ resistors in parallel.",
    "A 6 V cell drives a 220 ohm resistor that then feeds a parallel pair of 1 kΩ resistors.",
])
def test_a_part_that_feeds_the_next_is_in_series_with_it(text):
    """requests-6 circuits-07 (after its one run): "R1, which then feeds two resistors in parallel" drew all
    three resistors across the source and verified."""
    assert canon(text) == "P(S(P(resistor=1000,resistor=1000),resistor=220),vsource=6)"
