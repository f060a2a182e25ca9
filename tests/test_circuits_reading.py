"""nesy.circuits.v1 reading what people write: units in any case, pronouns and group references,
values listed after a group, and stated currents/voltages/powers checked with Kirchhoff's and Ohm's laws.

Each kind is tested with several phrasings of its own (none is an acceptance request)."""
from __future__ import annotations

import pytest

from nesy.domains import circuits as C
from nesy.errors import InputError, UnsatisfiableError
from nesy.registry import get_domain
from circuit_canon import canon

D = get_domain("circuits")


def values(text: str) -> list[tuple[str, float | None]]:
    s = D.parse(text, allow_unknown=True)
    return sorted((e.kind, e.attr("value")) for e in s.entities if e.kind in C.KINDS)


# ---------------------------------------------------------------- (a) units in any case and spacing

@pytest.mark.parametrize("text,want", [
    ("a 1.5v cell in series with a 10 ohm resistor", [("resistor", 10.0), ("vsource", 1.5)]),
    ("9-volt battery with a 4k7 resistor across it", [("resistor", 4700.0), ("vsource", 9.0)]),
    ("connect a 5 kohm resistor and a 10uF capacitor in series to a 6v battery",
     [("capacitor", 1e-5), ("resistor", 5000.0), ("vsource", 6.0)]),
    ("5 V source, a 1k resistor and a 47nf capacitor in series",
     [("capacitor", 4.7e-8), ("resistor", 1000.0), ("vsource", 5.0)]),
    ("two resistors 2R2 and 3R3 in series with a 1.5 V cell", [("resistor", 2.2), ("resistor", 3.3), ("vsource", 1.5)]),
    ("a 12 volts battery and a 6 Ohm resistor", [("resistor", 6.0), ("vsource", 12.0)]),
    ("a 3 kv supply across a 2 megohm resistor", [("resistor", 2e6), ("vsource", 3000.0)]),
    ("a 10 ma current source across a 1k resistor", [("isource", 0.01), ("resistor", 1000.0)]),
    ("battery of 9V, resistors of 1k and 2k in series", [("resistor", 1000.0), ("resistor", 2000.0), ("vsource", 9.0)]),
])
def test_values_in_any_case_and_code_are_read(text, want):
    got = values(text)
    assert [k for k, _ in got] == [k for k, _ in want], text
    assert all(v is not None and abs(v - w) <= 1e-9 * w for (_, v), (_, w) in zip(got, want)), (text, got)


def test_a_value_not_stated_is_a_symbol_in_the_netlist_never_a_number():
    s = D.parse("a battery in series with a 10 Ω resistor and a capacitor")
    cir = C.spice_netlist(s)
    assert "DC {V1}" in cir and "C1 " in cir and "{C1}" in cir
    assert "DC 1\n" not in cir and " 1u" not in cir
    assert "value not stated in the text: C1, V1" in cir


def test_a_lone_lowercase_a_is_no_ampere():
    # "2 a" would be an article: no current source appears from it
    assert all(k != "isource" for k, _ in values("a 9 V battery with 2 resistors in series"))


# ---------------------------------------------------------------- (b) "it", "the source", lists across a source

@pytest.mark.parametrize("text", [
    "a 12 V battery; R1 = 4 Ω and R2 = 6 Ω are connected across it",
    "a 12 V cell. Put a 4 Ω and a 6 Ω resistor in parallel with it.",
    "Connect R1 (4 Ω) and R2 (6 Ω) across a 12 V supply.",
    "Battery 12 V. Resistors R1=4 ohm, R2=6 ohm both across it.",
    "a 12 V battery with R1 = 4 Ω across it and R2 = 6 Ω across it too",
    "A 12 V source with R1 = 4 Ω and R2 = 6 Ω in parallel with each other and with the source.",
    "R1 = 4 Ω and R2 = 6 Ω are both connected across the battery, which is 12 V.",
    "12v battery, a 4 ohm resistor and a 6 ohm resistor in parallel with it",
])
def test_each_part_across_the_source_is_in_parallel_with_it(text):
    assert canon(text) == "P(resistor=4,resistor=6,vsource=12)", text


def test_it_after_a_resistor_names_that_resistor():
    assert canon("a 10 Ω resistor with a 5 Ω resistor in parallel with it, in series with a 3 V cell") == \
        "P(resistor=10,resistor=5,vsource=3)"


def test_a_switch_listed_before_across_stays_in_the_chain():
    # a lamp and a switch "across" a battery: the switch controls the lamp; in parallel it would short it
    assert canon("a lamp and a switch across a 6 V battery") == "P(S(lamp,switch),vsource=6)"


def test_a_part_said_to_be_in_series_alone_joins_the_loop():
    assert canon("a battery of 6 V connected to a 2 kΩ resistor, with an ammeter in series and a voltmeter "
                 "across the resistor") == "P(S(P(resistor=2000,voltmeter),ammeter),vsource=6)"


# ---------------------------------------------------------------- (c) values listed after the group

@pytest.mark.parametrize("text,want", [
    ("a 9 V battery with two resistors in parallel: 10 Ω and 20 Ω", "P(resistor=10,resistor=20,vsource=9)"),
    ("power supply of 5 V feeding three resistors in series, 100 Ω, 200 Ω and 300 Ω",
     "P(S(resistor=100,resistor=200,resistor=300),vsource=5)"),
    ("A 6V cell with 2 capacitors in parallel, 4.7uF and 10uF", "P(capacitor=1e-05,capacitor=4.7e-06,vsource=6)"),
    ("12 V supply and three resistors in parallel with values 1 kΩ, 2 kΩ and 3 kΩ",
     "P(resistor=1000,resistor=2000,resistor=3000,vsource=12)"),
    ("three lamps in parallel (10 Ω, 20 Ω, 30 Ω) across a 6 V battery", "P(lamp=10,lamp=20,lamp=30,vsource=6)"),
    ("a battery of 9 V with two resistors connected in parallel, R1 = 3 Ω and R2 = 6 Ω",
     "P(resistor=3,resistor=6,vsource=9)"),
    ("Draw a 24 V supply with 3 resistors in parallel - 2 Ω, 4 Ω and 8 Ω", "P(resistor=2,resistor=4,resistor=8,vsource=24)"),
])
def test_values_listed_after_a_counted_group_are_its_parts(text, want):
    assert canon(text) == want


def test_a_list_of_another_length_after_the_group_is_refused_naming_it():
    with pytest.raises(InputError, match="announces 2 but lists 3"):
        D.parse("two resistors in parallel, 1 kΩ, 2 kΩ and 3 kΩ, across a 9 V battery")


# ---------------------------------------------------------------- (09) a group named by a noun phrase

_PAIR = "P(S(P(resistor=100,resistor=100),resistor=50),vsource=1.5)"


@pytest.mark.parametrize("text", [
    "Two 100 Ω resistors in parallel. This combination is connected in series with a 50 Ω resistor and a 1.5 V battery.",
    "R1 and R2 (100 Ω each) are in parallel. These are in series with R3 = 50 Ω and a 1.5 V cell.",
    "A 100 Ω and a 100 Ω resistor in parallel; that parallel combination in series with a 50 Ω resistor and a 1.5 V cell.",
    "Two 100 ohm resistors are connected in parallel and the pair is then placed in series with a 50 ohm resistor "
    "and a 1.5 V cell.",
    "Two 100 Ω resistors in parallel; that pair of resistors goes in series with a 50 Ω resistor and a 1.5 V cell.",
    "two 100 ohm resistors wired in parallel, then the group in series with a 50 ohm resistor and a 1.5v cell",
])
def test_a_group_named_back_is_one_part_of_the_circuit(text):
    assert canon(text) == _PAIR, text


# ---------------------------------------------------------------- (d) stated currents, voltages and powers

def _stated(text: str) -> list[dict]:
    return D.parse(text, allow_unknown=True).attr("stated") or []


@pytest.mark.parametrize("text,target,q,value", [
    ("A 12 V battery drives a 6 Ω resistor; 2 A flows through the resistor.", "R1", "I", 2.0),
    ("R1 = 10 Ω in series with R2 = 20 Ω across a 12 V battery. The current in the circuit is 0.4 A.", "V1", "I", 0.4),
    ("A 9 V battery with R1 = 6 Ω and R2 = 3 Ω in series; the voltage across R2 is 3 V.", "R2", "V", 3.0),
    ("A 10 V supply across R1 = 5 Ω. R1 dissipates 20 W.", "R1", "P", 20.0),
    ("A 5 V source drives a current of 10 mA through a 500 Ω resistor.", "R1", "I", 0.01),
    ("R1 carries a current of 1.5 A when connected to a 6 V battery; R1 = 4 Ω", "R1", "I", 1.5),
])
def test_a_consistent_stated_quantity_is_checked_and_labelled(text, target, q, value):
    s = D.parse(text, allow_unknown=True)
    st = s.attr("stated")
    assert [(x["target"], x["q"]) for x in st] == [(target, q)] and abs(st[0]["value"] - value) < 1e-12
    assert not any(e.kind == "isource" for e in s.entities)   # a stated current is no current source
    C.check_circuit(s)                                         # consistent: no error
    shown = s.entity(target).attr("display")
    assert C.format_value(value, {"I": "A", "V": "V", "P": "W"}[q]) in shown


@pytest.mark.parametrize("text,phrase", [
    ("A 12 V battery drives a 6 Ω resistor; 5 A flows through the resistor.", "5 A flows through the resistor"),
    ("R1 = 10 Ω in series with R2 = 20 Ω across a 12 V battery. The current in the circuit is 0.5 A.",
     "The current in the circuit is 0.5 A"),
    ("A 9 V battery with R1 = 3 Ω and R2 = 6 Ω in series; the voltage across R2 is 3 V.", "the voltage across R2 is 3 V"),
    ("A 10 V supply across R1 = 5 Ω. R1 dissipates 2 W.", "R1 dissipates 2 W"),
    ("a 6 V battery, an ammeter and a 3 Ω resistor in series; the ammeter reads 3 A", "the ammeter reads 3 A"),
    ("A 9 V battery and a 100 Ω resistor; a current of 2 A flows.", "a current of 2 A"),
    ("a 24 V battery across R1 = 8 Ω and R2 = 12 Ω in parallel; 3 A flows through R1 and 5 A through R2",
     "5 A through R2"),
])
def test_an_inconsistent_stated_quantity_is_impossible_naming_it(text, phrase):
    s = D.parse(text, allow_unknown=True)
    with pytest.raises(UnsatisfiableError) as ei:
        C.check_circuit(s)
    assert phrase in [p["text"] for p in ei.value.phrases]


def test_a_current_source_keeps_its_value():
    for text in ("A 2 A current source in parallel with a 10 Ω resistor.",
                 "a current source of 2 A across a 10 Ω resistor", "I1 = 2 A in parallel with R1 = 10 Ω"):
        s = D.parse(text, allow_unknown=True)
        assert [e.attr("value") for e in s.entities if e.kind == "isource"] == [2.0], text
        assert not s.attr("stated"), text


def test_a_stated_part_nesy_cannot_tell_is_refused_naming_the_phrase():
    with pytest.raises(InputError, match="'2 A flows through the resistor' at .* 2 such"):
        D.parse("two 10 Ω resistors in series with a 9 V battery; 2 A flows through the resistor")


@pytest.mark.parametrize("text", [
    "a 12 V, 2 A power supply connected to a 100 Ω resistor",
    "a 12 V 2 A supply across a 10 Ω resistor",
    "a 60 W lamp connected to a 12 V battery",
])
def test_a_rating_is_no_stated_quantity_and_no_part(text):
    s = D.parse(text, allow_unknown=True)
    assert not s.attr("stated") and sum(e.kind in C.SOURCES for e in s.entities) == 1
    C.check_circuit(s)
    assert s.unknown   # the rating is reported as not drawn, never silently dropped


def test_voltages_stated_part_by_part_and_a_voltmeter_reading():
    s = D.parse("A 12 V battery with R1 and R2 in series; the p.d. across R1 is 4 V and across R2 is 8 V")
    assert [(x["target"], x["value"], x["text"]) for x in s.attr("stated")] == [
        ("R1", 4.0, "the p.d. across R1 is 4 V"), ("R2", 8.0, "across R2 is 8 V")]
    C.check_circuit(s)
    s = D.parse("A 9 V battery, a lamp and a 6 Ω resistor in series; a voltmeter across the lamp reads 3 V")
    assert canon(s.text) == "P(S(P(lamp,voltmeter),resistor=6),vsource=9)"   # the voltmeter keeps its place
    assert [(x["target"], x["q"]) for x in s.attr("stated")] == [("LP1", "V")]
    # a source's voltage said with a voltage word elsewhere is still the source's
    assert canon("voltage divider: 10 V across R1 = 1 kΩ and R2 = 3 kΩ in series") == \
        "P(S(resistor=1000,resistor=3000),vsource=10)"


@pytest.mark.parametrize("text,want", [
    ("A battery of emf 6 V is connected to a 12 Ω resistor.", "P(resistor=12,vsource=6)"),
    ("A cell with an emf of 1.5 V is connected across a 3 ohm resistor", "P(resistor=3,vsource=1.5)"),
    ("The circuit has a 5 V source and 3 resistors in parallel: 100, 200 and 300 ohms.",
     "P(resistor=100,resistor=200,resistor=300,vsource=5)"),
    ("two capacitors, 4.7 and 10 µF, in parallel across a 3 V battery", "P(capacitor=1e-05,capacitor=4.7e-06,vsource=3)"),
])
def test_one_source_named_twice_and_a_unit_written_once_for_a_list(text, want):
    assert canon(text) == want


@pytest.mark.parametrize("text, values", [
    ("4Ω and 6Ω resistors in parallel across a 12V battery", [4.0, 6.0]),
    ("10 Ω, 20 Ω and 30 Ω resistors in series with a 6 V cell", [10.0, 20.0, 30.0]),
    ("a 12 V battery and 10 ohm resistors in series", [10.0, 10.0]),
])
def test_values_listed_before_a_plural_are_one_part_each(text, values):
    # "4Ω and 6Ω resistors": the plural names the kind of the list (it drew a third resistor of 6 Ω)
    from nesy.pipeline import parse
    scene = parse(text)
    got = sorted(float(dict(e.attributes)["value"]) for e in scene.entities if e.kind == "resistor")
    assert got == values
