"""Session 38, circuits: a source's verb of output ("the supply gives 5 V") and the resistance Ohm's law then fixes; a
definite plural that names the parts introduced next ("inserting the batteries: two 1.5 V cells …"); a loop written
as an arrow chain over a parts list; RKM capacitance codes ("100n"), a chain that ends "to ground" and a "with"
adjunct ("…, with C1 across R2 (in parallel with R2)"); a voltage divider named without its parts ("the bottom
resistor … the top resistor?"); a stated current named after its value ("the 1 A that flowed through the
resistor"). Phrasings are this file's own (none is an acceptance request)."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest

from nesy.pipeline import parse
from circuit_canon import canon


def _generate(text: str, out) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "nesy", "generate", text, "-o", str(out)], capture_output=True,
                          text=True, timeout=300)


def _derived(text: str) -> dict:
    return {e.id: e.attr("value") for e in parse(text, domain="circuits", allow_unknown=True).entities
            if e.attr("derived")}


# ---- a source's verb of output gives its voltage; Ohm's law then fixes the one resistor ---------------------------
@pytest.mark.parametrize("text, tree, derived", [
    ("My lab supply provides 12 V and I need 30 mA through one resistor placed across it. Draw it with the value.",
     "P(resistor=400,vsource=12)", 400.0),
    ("The power supply gives 9 V; a resistor across it should pass 3 mA. Show its value on the schematic.",
     "P(resistor=3000,vsource=9)", 3000.0),
    ("A cell that produces 1.5 V drives 0.5 A through a single resistor.", "P(resistor=3,vsource=1.5)", 3.0),
])
def test_a_source_verb_gives_the_voltage_and_the_resistor_is_derived(text, tree, derived):
    from circuit_canon import D
    s = D.parse(text, allow_unknown=True)
    assert sum(e.kind == "vsource" for e in s.entities) == 1
    assert canon(text) == tree
    assert list(_derived(text).values()) == [pytest.approx(derived)]


def test_generate_writes_the_derived_resistance(tmp_path):
    r = _generate("My bench PSU gives 6 V and I want 20 mA to flow through a single resistor connected across it. "
                  "Draw the schematic with the resistor's value.", tmp_path / "o")
    assert r.returncode in (0, 7), r.stderr
    cir = (tmp_path / "o" / "circuit.cir").read_text()
    assert re.search(r"^R1 \S+ \S+ 300$", cir, re.M) and re.search(r"^V1 \S+ \S+ DC 6$", cir, re.M)


# ---- a definite plural before the parts it names -----------------------------------------------------------------
@pytest.mark.parametrize("text, tree", [
    ("Fitting the cells: two 9 V batteries in series, then a 470 Ω resistor; draw both batteries.",
     "P(S(resistor=470,vsource=9),vsource=9)"),
    ("Changing the resistors: connect two 100 Ω resistors in parallel across a 5 V supply. Label both resistors.",
     "P(resistor=100,resistor=100,vsource=5)"),
    ("About the capacitors - three 10 µF capacitors in series with a 12 V battery; show all three capacitors.",
     "P(S(capacitor=1e-05,capacitor=1e-05,capacitor=1e-05),vsource=12)"),
])
def test_a_definite_plural_names_the_parts_introduced_next(text, tree):
    assert canon(text) == tree


# ---- an arrow chain, over a parts list -----------------------------------------------------------------------------
@pytest.mark.parametrize("text, tree", [
    ("Parts: a 12 V battery, a 220 Ω resistor, a 1 µF capacitor, a 10 mH inductor. Wiring: battery -> 220 Ω -> the "
     "capacitor and the inductor in parallel -> back to the battery.",
     "P(S(P(capacitor=1e-06,inductor=0.01),resistor=220),vsource=12)"),
    ("BOM: one 6 V supply, one 100 Ω resistor, two 10 µF caps. Path: supply → 100 Ω → the two caps in parallel → "
     "back to the supply.", "P(S(P(capacitor=1e-05,capacitor=1e-05),resistor=100),vsource=6)"),
    ("Components: 9 V battery, 1 kΩ resistor, 2 kΩ resistor, 3 kΩ resistor. Connection: battery --> 1 kΩ --> 2 kΩ and "
     "3 kΩ in parallel --> back to the battery.", "P(S(P(resistor=2000,resistor=3000),resistor=1000),vsource=9)"),
    ("a 9 V battery -> R1 = 100 Ω -> R2 = 1 kΩ and R3 = 2 kΩ in parallel -> back to the battery",
     "P(S(P(resistor=1000,resistor=2000),resistor=100),vsource=9)"),
])
def test_an_arrow_chain_is_the_loop_in_order(text, tree):
    assert canon(text) == tree


def test_generate_draws_the_arrow_plan(tmp_path):
    r = _generate("Parts list: one 5 V battery, one 330 Ω resistor, one 100 nF cap, one 220 nF cap. Build: battery -> "
                  "330 Ω -> both caps in parallel -> back to the battery.", tmp_path / "o")
    assert r.returncode in (0, 7), r.stderr
    cir = (tmp_path / "o" / "circuit.cir").read_text()
    assert len(re.findall(r"^R\d", cir, re.M)) == 1 and len(re.findall(r"^C\d", cir, re.M)) == 2
    assert len(re.findall(r"^V\d", cir, re.M)) == 1


# ---- RKM capacitance codes -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, tree", [
    ("A 5 V supply, R1 = 1k in series with C1 = 10u", "P(S(capacitor=1e-05,resistor=1000),vsource=5)"),
    ("R1 = 2k2 and C1 = 470p in series across a 3 V battery", "P(S(capacitor=4.7e-10,resistor=2200),vsource=3)"),
    ("A 12 V source drives R1 = 4k7 in series with C1 = 2.2u", "P(S(capacitor=2.2e-06,resistor=4700),vsource=12)"),
])
def test_a_capacitance_written_with_its_multiplier_only(text, tree):
    assert canon(text) == tree


# ---- "to ground" closes the loop; ", with C1 across R2" is an adjunct on R2 ----------------------------------------
@pytest.mark.parametrize("text, tree", [
    ("12V supply, R1 = 1k in series, then R2 = 10k to GND, with C2 = 10n across R2",
     "P(S(P(capacitor=1e-08,resistor=10000),resistor=1000),vsource=12)"),
    ("A 9 V battery feeds R1 = 470 Ω, then R2 = 1 kΩ goes to ground, with C1 = 1 µF across R2 (in parallel with R2).",
     "P(S(P(capacitor=1e-06,resistor=1000),resistor=470),vsource=9)"),
    ("3.3 V rail, R1 = 10k in series, then R2 = 4k7 to 0V, and with C1 = 100n across R1.",
     "P(S(P(capacitor=1e-07,resistor=10000),resistor=4700),vsource=3.3)"),
])
def test_to_ground_and_a_with_adjunct(text, tree):
    assert canon(text) == tree
    assert not parse(text, domain="circuits", allow_unknown=True).not_drawn


def test_a_bracket_restating_the_connection_adds_nothing():
    assert canon("A 6 V battery in series with R1 = 100 Ω and R2 = 200 Ω, with C1 = 1 µF across R2 (in parallel "
                 "with R2)") == "P(S(P(capacitor=1e-06,resistor=200),resistor=100),vsource=6)"


# ---- a voltage divider named without its parts -------------------------------------------------------------------
@pytest.mark.parametrize("text, tree, derived", [
    ("A potential divider is fed from a 12 V supply. The lower resistor is 2 kΩ and the output across it is 4 V. "
     "Find the upper resistor.", "P(S(resistor=2000,resistor=4000),vsource=12)", [4000.0]),
    ("A voltage divider hangs on a 9 V battery; the top resistor is 6 kΩ and the bottom resistor 3 kΩ.",
     "P(S(resistor=3000,resistor=6000),vsource=9)", []),
    ("Design a voltage divider powered by a 5 V supply: the bottom resistor is 10 kΩ and the output voltage across it "
     "should be 2 V. What is the top resistor?", "P(S(resistor=10000,resistor=15000),vsource=5)", [15000.0]),
])
def test_a_divider_named_without_its_parts_is_two_resistors_in_series(text, tree, derived):
    assert canon(text) == tree
    assert list(_derived(text).values()) == [pytest.approx(x) for x in derived]


# ---- a current named after its value, "the 1 A that flowed through the resistor" ------------------------------------
@pytest.mark.parametrize("text, phrase", [
    ("I wired a 50 Ω resistor across a 10 V battery and the meter showed the 2 A that went through the resistor.",
     "2 A that went through the resistor"),
    ("Someone put a 6 Ω resistor across a 12 V supply and wants the figure to show the 5 A running through the "
     "resistor.", "5 A running through the resistor"),
])
def test_a_current_ohms_law_forbids_is_impossible(tmp_path, text, phrase):
    r = _generate(text, tmp_path / "o")
    assert r.returncode == 3, r.stderr
    assert phrase in r.stderr and "ohm" in r.stderr


@pytest.mark.parametrize("text, tree", [
    ("I connected a 90 Ω resistor across a 4.5 V battery and measured the 0.05 A that passed through the resistor.",
     "P(resistor=90,vsource=4.5)"),
    ("My 200 Ω resistor sat across a 10 V supply and we saw the 50 mA that ran through the resistor.",
     "P(resistor=200,vsource=10)"),
])
def test_a_current_that_agrees_is_stated_on_the_one_resistor(text, tree):
    assert canon(text) == tree
