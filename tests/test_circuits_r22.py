"""Kinds of phrasing the requests-22 outsider set drew wrong or refused in circuits, each tested on phrasings other than
the items' own: a part's value as its quantity's symbol = value after its noun ("a battery of emf ε = 12 V": one
source, not a valueless battery and a 12 V source); a value as a multiple or fraction of another ("the second is half
the first", "three times that"); identical resistors whose total resistance is stated (each value derived); a
component noun modifying a group noun ("the resistor pair"); "the lower one" after "the upper resistor"; an output
voltage's value (never a second source); an absolute clause after a comma ("…, the two resistors being in series");
a later clause that says how parts a plural listed are connected (it takes the grouping, never silently ignored). Values
relative to another are worked out by nesy.parse.comparatives before the circuits grammar reads the text.
Each has a guard that must behave as before or be refused by name."""
from __future__ import annotations

import pytest

from nesy.errors import InputError, NesyError
from nesy.pipeline import parse


def _kinds(text: str) -> dict[str, list]:
    out: dict[str, list] = {}
    for e in parse(text, allow_unknown=True).entities:
        if e.kind in ("resistor", "capacitor", "vsource", "isource"):
            out.setdefault(e.kind, []).append(e.attr("value"))
    return {k: sorted(v, key=lambda x: (x is None, x)) for k, v in out.items()}


def _tree(text: str) -> str:
    sg = parse(text, allow_unknown=True)

    def show(d):
        return d["id"] if d["op"] == "C" else d["op"] + "(" + ",".join(sorted(show(c) for c in d["children"])) + ")"
    return show(sg.attr("tree"))


# ------------------------------------------------------------------ "a battery of emf ε = 12 V": one source
@pytest.mark.parametrize("text, src, res", [
    ("A battery of emf $\\varepsilon = 12\\,\\mathrm{V}$ is connected in series with $R_1 = 10\\,\\Omega$ and "
     "$R_2 = 20\\,\\Omega$. Draw the circuit.", [12.0], [10.0, 20.0]),
    ("A cell with emf E = 1.5 V is connected to a 10 Ω resistor.", [1.5], [10.0]),
    ("A source V = 5 V drives a 1 kΩ resistor.", [5.0], [1000.0]),
    ("A 9 V battery drives a resistor R = 100 Ω in series with a 220 Ω resistor.", [9.0], [100.0, 220.0]),
])
def test_symbol_equals_value_is_the_parts_value(text, src, res):
    k = _kinds(text)
    assert k["vsource"] == src and k["resistor"] == res


def test_symbol_of_another_quantity_is_not_taken():
    # "a resistor V = 5 V": V is no symbol of a resistance; the resistor gets no volts
    k = _kinds("A resistor V = 5 V and a 10 Ω resistor in series.")
    assert None in k["resistor"] and 5.0 not in k["resistor"]


# ------------------------------------------------------------------ values relative to another value
@pytest.mark.parametrize("text, res", [
    ("Draw a 9 V battery feeding two resistors connected in parallel with each other; the first is 1 kΩ and the second "
     "is half the first.", [500.0, 1000.0]),
    ("So we've got a 5 volt supply, and across it two resistors in parallel, one's 2.2k, the other's three times that, "
     "and that's it, nothing else in the circuit.", [2200.0, 6600.0]),
    ("A 12 V battery is in series with R1 = 2 kΩ and R2, which is twice R1.", [2000.0, 4000.0]),
    ("A 6 V cell, a 100 Ω resistor and a second resistor of three times that, all in series.", [100.0, 300.0]),
    ("A 9 V battery and two resistors in series: the first is 2 kΩ, the second is half the first.", [1000.0, 2000.0]),
])
def test_relative_values_are_products(text, res):
    assert _kinds(text)["resistor"] == pytest.approx(res)


def test_relative_value_without_its_referent_is_refused():
    # (no value for "the first": nothing to work "half" out from — refused naming the word, never a default value)
    with pytest.raises(InputError, match="'half' at 57-61"):
        parse("A 9 V battery and two resistors in series; the second is half the first.")


# ------------------------------------------------------------------ identical resistors and their total
@pytest.mark.parametrize("text, each, n", [
    ("Three identical resistors are connected in series with a 12 V battery, and their total resistance is 3.3 kΩ. "
     "Draw the circuit.", 1100.0, 3),
    ("Two identical resistors in parallel across a 6 V battery have an equivalent resistance of 50 Ω.", 100.0, 2),
    ("Four equal resistors are in series with a 9 V cell; the total resistance is 200 Ω.", 50.0, 4),
])
def test_identical_resistors_share_the_derived_value(text, each, n):
    assert _kinds(text)["resistor"] == pytest.approx([each] * n)


def test_unequal_resistors_without_values_stay_unchecked():
    # two resistors not said identical: one total cannot fix two values; nesy does not guess them
    with pytest.raises(NesyError):
        parse("Two resistors are in series with a 12 V battery, and their total resistance is 3.3 kΩ.", strict=True)


# ------------------------------------------------------------------ "the resistor pair", "the lower one"
def test_resistor_pair_is_the_group_and_places_name_the_divider_parts():
    text = ("A voltage divider (also known as a potential divider) is a passive linear circuit that produces an output "
            "voltage that is a fraction of its input voltage. A simple example of a voltage divider is two resistors "
            "connected in series, with the input voltage applied across the resistor pair and the output voltage "
            "emerging from the connection between them. In the example to be drawn, the input is 10 V, the upper "
            "resistor is 4 kΩ and the lower one 6 kΩ, so that the output is 6 V.")
    assert _kinds(text) == {"resistor": [4000.0, 6000.0], "vsource": [10.0]}


@pytest.mark.parametrize("text, res", [
    ("A voltage divider runs from a 10 V supply. The upper resistor is 4 kΩ and the lower one 6 kΩ.", [4000.0, 6000.0]),
    ("A potential divider runs from a 12 V battery. The top resistor is 1 kΩ and the bottom one 3 kΩ.", [1000.0, 3000.0]),
])
def test_place_one_is_the_resistor_in_that_place(text, res):
    assert _kinds(text)["resistor"] == res


# ------------------------------------------------------------------ an output's value is no source
@pytest.mark.parametrize("text", [
    "A 10 V source drives two resistors in series, 4 kΩ and 6 kΩ; the output is 6 V.",
    "A 10 V source drives R1 = 4 kΩ and R2 = 6 kΩ in series; Vout = 6 V.",
    "A 10 V source drives R1 = 4 kΩ and R2 = 6 kΩ in series, so that the output voltage will be 6 V.",
])
def test_output_value_is_no_second_source(text):
    sg = parse(text, allow_unknown=True)
    assert [e.attr("value") for e in sg.entities if e.kind == "vsource"] == [10.0]
    assert any("6 V" in n.text for n in sg.not_drawn)


# ------------------------------------------------------------------ an absolute clause; a later clause regroups
@pytest.mark.parametrize("text, tree", [
    ("A circuit is required in which a battery of six volts is connected to a resistor of forty-seven ohms and a "
     "second resistor of sixty-eight ohms, the two resistors being placed one after the other in a single loop with "
     "the battery.", "P(S(R1,R2),V1)"),
    ("A 6 V battery is connected to a 47 Ω resistor and a 68 Ω resistor, the two resistors being in parallel.",
     "P(R1,R2,V1)"),
    ("A 6 V battery and two resistors. The two resistors are in parallel.", "P(R1,R2,V1)"),
    ("A 6 V battery, a 47 Ω resistor and a 68 Ω resistor. The two resistors are in parallel.", "P(R1,R2,V1)"),
    ("A 6 V battery and two resistors. The two resistors are in series.", "P(S(R1,R2),V1)"),
])
def test_later_clause_says_how_listed_parts_connect(text, tree):
    assert _tree(text) == tree


def test_later_clause_against_a_stated_connection_is_refused():
    # drawn before as series: the stated parallel was silently dropped
    with pytest.raises(InputError, match="connects parts that the text joined otherwise"):
        parse("A 6 V battery and two resistors in series. The two resistors are in parallel.")
