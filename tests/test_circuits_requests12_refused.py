"""Kinds of phrasing requests-12 failed on in circuits, each on phrasings other than the items' own, read from the
scene nesy parses (its series-parallel tree with the values of the parts) and, for the whole path, from what the
CLI writes: a heating element is a resistor (and the text with it a circuit's); a part named by a letter with a
value ("R = 10 kΩ") is that letter when named again, and "Supply: 5 V" gives the supply its value; a connecting
phrase put first ("and across it there's a capacitor") says the same as after the parts; after "two branches",
"the first is …, the second consists of …" are the branches, and "both branches rejoin at the source" closes the
loop; a branch of two parts closed by "one after the other" is one series path."""
from __future__ import annotations

import json

import pytest

from nesy.domains.circuits import parse_circuit
from nesy.errors import NesyError


def _show(scene) -> str:
    vals = {e.id: e.attr("value") for e in scene.entities}

    def show(n: dict) -> str:
        if n["op"] == "C":
            v = vals.get(n["id"])
            return f"{n['id'][0]}{v:g}" if v is not None else n["id"]
        return n["op"] + "(" + ",".join(sorted(show(c) for c in n["children"])) + ")"
    return show(scene.attr("tree"))


def _unknown(scene) -> list[str]:
    return [s.text for s in scene.unknown]


# -- a heating element is a resistor ------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Two 50 Ω heaters in series with a 230 V supply.", "P(S(R50,R50),V230)"),
    ("A toaster's four identical 20 Ω heating elements are wired in parallel to a 12 V source.",
     "P(R20,R20,R20,R20,V12)"),
    ("A 24 V battery powers a 6 Ω heating element in series with a 2 Ω resistor.", "P(S(R2,R6),V24)"),
])
def test_heating_elements_are_resistors(text, want):
    assert _show(parse_circuit(text, allow_unknown=True)) == want


def test_heating_elements_text_is_a_circuit():
    from nesy.registry import detect_domain
    for text in ("Three identical 120 Ω heating elements are connected in parallel across a 6 V battery. Draw it.",
                 "Two 40 Ω heating elements connected in series to a 12 V battery; draw the circuit diagram."):
        assert detect_domain(text).key == "circuits", text


def test_elements_of_a_set_stay_sets():
    from nesy.registry import detect_domain
    assert detect_domain("Draw a set A with three elements and a set B with two elements.").key == "sets"


# -- a letter declared with a value names its part; "Supply: 5 V" ------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Battery: 9 V. L = 2 mH. R = 47 Ω. L in series with R, across the battery.", "P(S(L0.002,R47),V9)"),
    ("Supply: 12 V. R = 100 Ω and C = 1 µF; C in parallel with R, both across the supply.", "P(C1e-06,R100,V12)"),
    ("R = 220 Ω. C = 4.7 µF. A 6 V battery with R and C in series across it.", "P(S(C4.7e-06,R220),V6)"),
    ("Source: 3 V. R = 1 kΩ. R across the source.", "P(R1000,V3)"),
])
def test_declared_letters_and_headed_values(text, want):
    assert _show(parse_circuit(text)) == want


def test_undeclared_letter_is_no_part():
    # C is declared nowhere: it stays an unknown word, never a capacitor nesy made up; R alone is then no list
    for allow in (False, True):
        with pytest.raises(NesyError):
            parse_circuit("R = 10 kΩ. R and C in series across a 5 V supply.", allow_unknown=allow)


def test_heading_with_a_foreign_unit_gives_no_value():
    # "Supply: 5 kΩ": an ohm value is no supply's; the supply keeps no value (a symbol), never 5 V
    scene = parse_circuit("Supply: 5 kΩ. A 10 Ω resistor across it.")
    src = [e for e in scene.entities if e.kind == "vsource"]
    assert len(src) == 1 and src[0].attr("value") is None


# -- a fronted connecting phrase ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("a 9 V battery. Across the battery, a 100 Ω resistor.", "P(R100,V9)"),
    ("A 12 V supply; in series with it a 2 Ω resistor and a 4 Ω resistor.", "P(S(R2,R4),V12)"),
    ("a 6 V battery, and across it a 10 µF capacitor and a 1 kΩ resistor in series.", "P(S(C1e-05,R1000),V6)"),
    ("so a 3 V cell, and across it there is a 2.2 µF capacitor and also a 68 Ω resistor, everything in parallel.",
     "P(C2.2e-06,R68,V3)"),
])
def test_fronted_connection(text, want):
    assert _show(parse_circuit(text)) == want


def test_fronted_connection_with_a_further_phrase_is_not_guessed():
    # "across it a resistor in series with a lamp": across it goes the pair, or the resistor alone? not guessed
    with pytest.raises(NesyError):
        parse_circuit("a 6 V battery, and across it a 10 Ω resistor in series with a lamp.")
    with pytest.raises(NesyError):
        parse_circuit("a 6 V battery. Across it.")


# -- branches by ordinal alone, rejoining at the source; a series branch closed by "one after the other" ------

@pytest.mark.parametrize("text, want", [
    ("A 12 V battery feeds two branches: the first is a 220 Ω resistor and the second has a 330 Ω resistor and "
     "a 470 Ω resistor one after the other.", "P(R220,S(R330,R470),V12)"),
    ("Current from a 6 V cell passes a 10 Ω resistor and splits into two branches, the first is a 20 Ω resistor, "
     "the second is a 30 Ω resistor, and both branches rejoin at the cell.", "P(R20,R30,S(R10,V6))"),
    ("A 9 V battery drives a 100 Ω resistor, after which the current divides between two branches, of which the "
     "first is a single 1 kΩ resistor and the second consists of two 2 kΩ resistors in series, the branches "
     "meeting again at the battery's positive terminal.", "P(S(P(R1000,S(R2000,R2000)),R100),V9)"),
    ("A 12 V battery feeds two branches in parallel: the first branch is a 220 Ω resistor and the second branch "
     "has a 330 Ω resistor and a 470 Ω resistor one after the other.", "P(R220,S(R330,R470),V12)"),
])
def test_branches_by_ordinal(text, want):
    assert _show(parse_circuit(text)) == want


def test_rejoining_at_no_source_is_not_a_loop():
    # the branches "rejoin at the resistor": no source named there, so the phrase is no closing of the loop
    from nesy.domains.circuits_loop import loop_returns
    head = "A 6 V cell feeds a 10 Ω resistor and two branches: the first is a 20 Ω resistor, the second is a 30 Ω resistor"
    assert loop_returns(head + ", and both branches rejoin at the cell.")
    assert loop_returns(head + ", the paths meeting again at the cell's negative terminal.")
    assert not loop_returns(head + ", and both branches rejoin at the resistor.")
    assert not loop_returns("Both branches rejoin at the battery. A 9 V battery and a lamp.")


# -- German-structured English: "this parallel circuit lies in series with", "hangs on a voltage source" -------

@pytest.mark.parametrize("text, want", [
    ("Three resistors of 30 Ω each in parallel; this parallel circuit in series with a 10 Ω resistor, and the whole "
     "arrangement hangs on a 12 V battery.", "P(S(P(R30,R30,R30),R10),V12)"),
    ("A 6 V battery hangs on a parallel circuit of a 20 Ω resistor and a 5 Ω resistor.", "P(R20,R5,V6)"),
    ("Two 1 kΩ resistors in series; this series circuit is in parallel with another series circuit of two 2 kΩ "
     "resistors, all across a 9 V supply.", "P(S(R1000,R1000),S(R2000,R2000),V9)"),
    ("Two resistors of each 220 Ω are in parallel connected; this parallel circuit lies in series with a second "
     "parallel circuit of three resistors of each 330 Ω, and the whole arrangement hangs on a 5 V source.",
     "P(S(P(R220,R220),P(R330,R330,R330)),V5)"),
])
def test_german_structured_english(text, want):
    assert _show(parse_circuit(text)) == want


def test_a_second_parallel_circuit_without_parts_is_refused():
    # "a second parallel circuit" with no "of <parts>": its parts are not given, so nothing is drawn for it
    with pytest.raises(NesyError, match="parallel"):
        parse_circuit("Two resistors of each 100 Ω are in parallel connected; this parallel circuit lies in series "
                      "with a second parallel circuit, and the whole arrangement hangs on a 24 V source.",
                      allow_unknown=True)


# -- the whole path, through the CLI ---------------------------------------------------------------------------

def test_cli_heating_elements(tmp_path):
    from nesy.cli import main
    out = tmp_path / "o"
    rc = main(["generate", "Four identical 150 Ω heating elements are connected in parallel straight across a "
               "12 V battery. Draw the circuit diagram.", "-o", str(out), "--no-controls", "--timeout", "120"])
    assert rc == 0
    scene = json.loads((out / "scene.json").read_text())
    vals = sorted(e["attributes"].get("value") for e in scene["entities"] if e["kind"] == "resistor")
    assert vals == [150.0] * 4
    assert json.loads((out / "verdict.json").read_text())["status"] == "verified"
