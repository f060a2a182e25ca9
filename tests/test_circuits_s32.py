"""Session 32: outsider requests nesy misread, by mechanism (each with phrasings of its own beside the failure).

- a stated power with a voltage fixes the one resistor (P = V²/R); "a heater resistor" is one part, and "label the
  resistor with its resistance" names a quantity, not a second resistor;
- values given as colour bands / SMD codes (IEC 60062), one by one after a counted plural ("one … the other …");
- "no galvanometer": an absent part, nothing drawn, never a count of none;
- "V_s = 12 V" symbols (LaTeX after the shared math reader) and "all three in series";
- an equivalent resistance and one branch's value fix the other branch (1/Req = 1/R1 + 1/R2);
- "Arm 1 is 100 Ω then 220 Ω in series; arm 2 is …": each numbered branch one series path.
"""
from __future__ import annotations

import pytest

from nesy.cli import main
from nesy.errors import InputError, UnsatisfiableError
from nesy.pipeline import parse


def _tree(text: str) -> str:
    """The series-parallel tree as 'P(R1=6, V1=12)' (series members in order, parallel ones sorted), values in SI
    units."""
    s = parse(text, allow_unknown=True)
    ent = {e.id: e for e in s.entities}
    kids: dict[str, list[str]] = {}
    for r in s.relations:
        if r.kind == "member":
            kids.setdefault(r.target, []).append(r.source)
    inner = {c for v in kids.values() for c in v}

    def show(i: str) -> str:
        e = ent[i]
        if e.kind in ("series", "parallel"):
            cs = [show(c) for c in kids.get(i, [])]   # (a parallel group's members in no order)
            return ("S" if e.kind == "series" else "P") + "(" + ", ".join(cs if e.kind == "series" else sorted(cs)) + ")"
        v = e.attr("value")
        return f"{i}={v:.4g}" if v is not None else i
    return " ".join(show(i) for i in ent if i not in inner)


def _resistors(text: str) -> list:
    return sorted(round(e.attr("value"), 9) if e.attr("value") is not None else None
                  for e in parse(text, allow_unknown=True).entities if e.kind == "resistor")


# --- power with a voltage: one resistor, its value derived -------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("A 12 V battery drives a single heating resistor that dissipates 24 W. Draw the circuit and label the "
     "resistor with its resistance.", [6.0]),
    ("A heater resistor connected to a 230 V supply uses 1150 W. Show its resistance on the diagram.", [46.0]),
    ("A 12 V battery drives a single heater resistor that dissipates 24 W.", [6.0]),
    ("A 9 V battery powers one resistor dissipating 4.5 W; label it with its calculated resistance.", [18.0]),
    ("A resistor takes 0.5 A from a 6 V battery; draw it.", [12.0]),
])
def test_power_or_current_with_a_voltage_fixes_one_resistor(text, want):
    assert _resistors(text) == want
    assert not [e for e in parse(text, allow_unknown=True).entities if e.kind == "isource"]


def test_a_modifier_of_another_kind_still_makes_two_parts():
    assert _tree("A 6 V battery feeds a bulb lamp and a 10 Ω resistor in series.") == "P(S(LP1, R1=10), V1=6)"


def test_an_impossible_power_is_refused():
    from nesy.domains.circuits import check_circuit
    with pytest.raises(UnsatisfiableError):   # 12²/10 = 14.4 W, not 24 W
        check_circuit(parse("A 12 V supply feeds a 10 Ω resistor that dissipates 24 W."))


# --- colour bands and SMD codes as values ------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Found two resitors in my grandad's drawer, one banded brown-black-red and the other yellow-violet-orange. "
     "I want to put them in series on a 9 V battery.", "P(S(R1=1000, R2=4.7e+04), V1=9)"),
    ("Two resistors, one banded brown-black-red and the other yellow-violet-orange, in series with a 9 V battery.",
     "P(S(R1=1000, R2=4.7e+04), V1=9)"),
    ("Two resistors, one 1 kΩ and the other 47 kΩ, in series with a 9 V battery.", "P(S(R1=1000, R2=4.7e+04), V1=9)"),
    ("Three capacitors in series with a 5 V supply: one 1 µF, another 2 µF and the last 3 µF.",
     "P(S(C1=1e-06, C2=2e-06, C3=3e-06), V1=5)"),
    ("Two SMD resistors marked 472 and 103, both connected in parallel directly across a 3.3 V rail.",
     "P(R1=4700, R2=1e+04, V1=3.3)"),
    ("A 5 V supply across a resistor coded 4R7 in series with one marked \"221\".", "P(S(R1=4.7, R2=220), V1=5)"),
    ("A 6 V battery and a 472 SMD resistor in series.", "P(R1=4700, V1=6)"),
    ("A 9 V battery, a lamp and a resistor in series; the resistor is marked R47.", "P(S(LP1, R1=0.47), V1=9)"),
    ("A 9 V battery charges a capacitor marked 104 through a 10 kΩ resistor.", "P(S(C1=1e-07, R1=1e+04), V1=9)"),
])
def test_codes_and_bands_are_values(text, want):
    assert _tree(text) == want


def test_a_code_with_no_power_of_ten_is_refused():
    with pytest.raises(InputError, match="479"):
        parse("A 9 V battery and a resistor marked 479.")


# --- a stated absence ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("A 9 V battery and a 100 Ω resistor in series (no galvanometer here).", "P(R1=100, V1=9)"),
    ("A 5 V supply across a 1 kΩ resistor, no inductors anywhere.", "P(R1=1000, V1=5)"),
    ("A 12 V battery in series with a lamp and a 10 Ω resistor; there is no voltmeter in this circuit.",
     "P(S(LP1, R1=10), V1=12)"),
    ("Two 1.5 V cells in series with a bulb, without any switch.", "P(S(V2=1.5, LP1), V1=1.5)"),
])
def test_an_absent_part_is_nothing_drawn(text, want):
    assert _tree(text) == want


def test_numbered_arms_are_series_paths():
    for text in ("Bridge practice (no galvanometer in this version): a 9 V battery feeds two arms in parallel. Arm 1 "
                 "is 100 Ω then 220 Ω in series; arm 2 is 470 Ω then a 1 k-ohm resistor in series.",
                 "A 9 V battery feeds two branches in parallel. Branch 1 is 100 Ω then 220 Ω in series; branch 2 is "
                 "470 Ω then a 1 kΩ resistor in series."):
        assert _tree(text) == "P(S(R1=100, R2=220), S(R3=470, R4=1000), V1=9)"
    assert _tree("A 12 V supply feeds two legs in parallel; leg 1 has 1 kΩ in series with 2 kΩ, leg 2 has 3 kΩ then "
                 "4 kΩ in series.") == "P(S(R1=1000, R2=2000), S(R3=3000, R4=4000), V1=12)"


# --- symbols and "all three" ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("RC charging circuit: $V_s = 12\\,\\mathrm{V}$, $R = 4.7\\,\\mathrm{k\\Omega}$, $C = 10\\,\\mu\\mathrm{F}$, all "
     "three in series.", "P(S(R=4700, C=1e-05), Vs=12)"),
    ("V_s = 9 V, R_L = 330 Ω and L = 2 mH, all three connected in series.", "P(S(RL=330, L=0.002), Vs=9)"),
    ("A 9 V battery, a 100 Ω resistor and a lamp, all three in series.", "P(S(R1=100, LP1), V1=9)"),
    ("A 6 V cell and two 10 Ω resistors, all 3 in series.", "P(S(R1=10, R2=10), V1=6)"),
])
def test_symbols_and_all_three(text, want):
    assert _tree(text) == want


def test_all_n_that_disagrees_with_the_list_is_refused():
    with pytest.raises(InputError, match="lists 3"):
        parse("A 6 V cell, a 10 Ω resistor and a 20 Ω resistor, all four in series.")


def test_an_output_voltage_symbol_is_no_source():
    with pytest.raises(Exception):
        parse("V_out = 5 V, R = 1 kΩ.")


# --- equivalent resistance and one branch ------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Two resistors in parallel across a 12 V battery have an equivalent resistance of 6 Ω. One of them is 10 Ω. "
     "Draw the circuit with both resistors shown with their values.", [10.0, 15.0]),
    ("A 10 Ω resistor and a second resistor in series across a 9 V battery give a total resistance of 25 Ω.",
     [10.0, 15.0]),
    ("Two resistors are in parallel; the combined resistance is 2 Ω and one resistor is 3 Ω. A 6 V cell is across "
     "them.", [3.0, 6.0]),
    ("R1 = 4 Ω and R2 in parallel, in series with R3 = 2 Ω, across a 10 V battery; R_eq = 4 Ω.", [2.0, 4.0, 4.0]),
])
def test_an_equivalent_and_one_value_fix_the_other(text, want):
    assert _resistors(text) == want


def test_one_resistor_is_a_member_not_a_new_part():
    assert _tree("Two resistors in parallel across a 12 V battery. One resistor is 10 Ω.") == "P(R1=10, R2, V1=12)"


def test_an_unreachable_equivalent_is_refused():
    with pytest.raises(UnsatisfiableError):
        parse("Two resistors in parallel across a 12 V battery have an equivalent resistance of 12 Ω. One of them is "
              "10 Ω.")


def test_the_cli_draws_the_derived_values(tmp_path):
    out = tmp_path / "o"
    rc = main(["generate", "Two resistors in parallel across a 12 V battery have an equivalent resistance of 6 Ω. One "
               "of them is 10 Ω. Draw the circuit with both resistors shown with their values.", "-o", str(out),
               "--no-controls"])
    assert rc == 0
    cir = (out / "circuit.cir").read_text()
    assert "R2 1 0 15" in cir and "R1 1 0 10" in cir
    out2 = tmp_path / "p"
    assert main(["generate", "A 12 V battery drives a single heating resistor that dissipates 24 W. Draw the circuit "
                 "and label the resistor with its resistance.", "-o", str(out2), "--no-controls"]) == 0
    cir2 = (out2 / "circuit.cir").read_text()
    assert "R1 1 0 6\n" in cir2 and "R2" not in cir2


def test_a_power_is_said_of_the_part_its_relative_clause_follows():
    def stated(text):
        return [(dict(x)["target"], dict(x)["value"]) for x in parse(text, allow_unknown=True).attr("stated") or ()]
    assert stated("A 12 V battery drives a 4 Ω resistor and a lamp that dissipates 9 W, in series.") == [("LP1", 9.0)]
    assert stated("A 9 V battery powers one resistor dissipating 4.5 W.") == [("R1", 4.5)]
    # a rating is no statement: listed as not drawn, never said of the battery
    s = parse("A 6 V battery lights a lamp rated 3 W and a resistor in series; 0.25 A flows.", allow_unknown=True)
    assert "3 W" in [n.text for n in s.not_drawn] and all(dict(x)["q"] != "P" for x in s.attr("stated"))
    with pytest.raises(InputError, match="several parts"):
        parse("A 12 V battery drives two heater resistors in series that each dissipate 6 W.")


@pytest.mark.parametrize("text, want", [
    ("Three resistors labelled R1, R2 and R3 in series with a 9 V battery.", "P(S(R1, R2, R3), V1=9)"),
    ("Three resistors called R1, R2 and R3 in series with a 9 V battery.", "P(S(R1, R2, R3), V1=9)"),
    ("Three resistors marked R1 = 10 Ω, R2 = 20 Ω and R3 = 30 Ω in series with a 9 V battery.",
     "P(S(R1=10, R2=20, R3=30), V1=9)"),
    ("A resistor labelled R12 is across a 5 V supply; R12 = 100 Ω.", "P(R12=100, V1=5)"),
])
def test_a_naming_word_joins_the_names_to_their_parts(text, want):
    # (a name is never read as an SMD code "R1" = 0.1 Ω, nor as parts beside the counted ones)
    assert _tree(text) == want


def test_a_band_count_is_checked_against_the_bands():
    assert _tree("A 4-band resistor brown black orange gold across a 5 V supply.") == "P(R1=1e+04, V1=5)"
    assert _tree("A three-band resistor with bands red red brown in series with a 6 V battery and a lamp.") == \
        "P(S(LP1, R1=220), V1=6)"
    with pytest.raises(InputError, match="5 bands"):
        parse("A 5-band resistor brown black orange gold across a 5 V supply.")


@pytest.mark.parametrize("text, want", [
    ("Two resistors are connected in series across 10 V. Their equivalent resistance is 100 Ω and one of the two is "
     "40 Ω.", [40.0, 60.0]),
    ("Three resistors in series with a 12 V battery have a total resistance of 60 Ω. One of the three is 10 Ω, "
     "another is 20 Ω.", [10.0, 20.0, 30.0]),
    ("Two resistors in series have 30 Ω in total; one of them is 10 Ω. A 6 V battery drives them.", [10.0, 20.0]),
])
def test_one_of_the_n_and_a_total(text, want):
    assert _resistors(text) == want


def test_several_absent_parts_in_one_phrase():
    s = parse("A 3 V battery and a 100 Ω resistor; no switches or meters.", allow_unknown=True)
    assert not s.not_drawn and _tree("A 9 V battery and a 100 Ω resistor, no ammeter nor voltmeter.") == \
        "P(R1=100, V1=9)"


def test_they_is_the_group_just_made():
    assert _tree("Two 10 Ω resistors in series. They are across a 9 V battery.") == "P(S(R1=10, R2=10), V1=9)"
    assert _resistors("Two resistors in parallel give 4 Ω total. One is 12 Ω. They sit across a 9 V battery.") == \
        [6.0, 12.0]


def test_a_power_is_not_said_of_the_supply_a_part_is_connected_to(tmp_path):
    s = parse("A heater resistor connected to a 230 V supply uses 1150 W.")
    assert [(x["target"], x["value"]) for x in s.attr("stated")] == [("R1", 1150.0)]
    out = tmp_path / "o"
    assert main(["generate", "A heater resistor connected to a 230 V supply uses 1150 W. Show its resistance on the "
                 "diagram.", "-o", str(out), "--no-controls"]) == 0
    assert "R1 1 0 46\n" in (out / "circuit.cir").read_text()


def test_a_source_verb_is_no_second_source_and_long_subscripts_name():
    assert _tree("A 12 V battery supplies current to a 6 Ω resistor.") == "P(R1=6, V1=12)"
    assert _tree("A 12 V battery supplies 24 W to a single resistor.") == "P(R1=6, V1=12)"
    assert _tree("Voltage divider: V_s = 1.5 × 10¹ V, R_top = 4.7 × 10³ Ω, R_bottom = 2.2 × 10³ Ω, all in series.") \
        == "P(S(Rtop=4700, Rbottom=2200), Vs=15)"
