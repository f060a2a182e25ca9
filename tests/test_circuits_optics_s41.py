"""Session 41 (requests-21): circuits, optics, mechanics and geometry phrasings that were refused or misread.

circuits: "all three" after parts listed in sentences of their own (circuits-02); a formula's "2" (circuits-03); an
article dropped before a new part (circuits-05); a part named again by a decimal value in a question, and a source
of negligible internal resistance (circuits-07). optics: a lens's diameter is no distance (optics-03). mechanics: a
negated verb of moving without its auxiliary is rest (mechanics-04). geometry: degrees and minutes (geometry-03); a
value on another scale in an aside (geometry-07). Each is written here in other words than the request.
"""
from __future__ import annotations

import pytest

from nesy.errors import UnknownWordsError
from nesy.pipeline import parse


def _tree(scene) -> str:
    from nesy.domains.circuits import _comp_info, _tree as tree
    comps = _comp_info(scene)

    def show(n) -> str:
        if n["op"] == "C":
            e = comps[n["id"]]
            return f"{e.kind}:{e.attr('value'):g}" if e.attr("value") is not None else e.kind
        return n["op"] + "(" + ", ".join(sorted(show(c) for c in n["children"])) + ")"
    return show(tree(scene))


# --- circuits ---------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("C1 = 10 µF; C2 = 22 µF - both in parallel across a 5 V cell.",
     "P(capacitor:1e-05, capacitor:2.2e-05, vsource:5)"),
    ("R1 is 47 Ω. R2 is 68 Ω. The two are in series with a 6 V battery.",
     "P(S(resistor:47, resistor:68), vsource:6)"),
    ("A 2 kΩ resistor; a 3 kΩ resistor; a 4 kΩ resistor. All three are in parallel with a 9 V battery.",
     "P(resistor:2000, resistor:3000, resistor:4000, vsource:9)"),
])
def test_a_back_count_gathers_parts_listed_in_sentences_of_their_own(text, want):
    assert _tree(parse(text, allow_unknown=True)) == want


def test_a_back_count_that_disagrees_is_still_refused():
    from nesy.errors import InputError
    with pytest.raises(InputError, match="counts 3 parts"):
        parse("R1 = 1 kΩ; R2 = 2 kΩ - all three in series with a 9 V cell.", allow_unknown=True)


@pytest.mark.parametrize("text", [
    "An LC circuit: a 9 V battery, a 2 mH inductor and a 100 nF capacitor in series (f0 = 1/(2π√(LC)) ≈ 11 kHz).",
    "A 3 V cell, a 1 kΩ resistor and a 1 µF capacitor all in series; its corner is at 1/(2πRC), about 160 Hz.",
])
def test_a_formula_in_symbols_counts_nothing_and_names_no_part(text):
    scene = parse(text, allow_unknown=True)
    kinds = sorted(e.kind for e in scene.entities if e.kind in ("resistor", "capacitor", "inductor", "vsource"))
    assert len(kinds) == 3 and "formula" not in kinds


@pytest.mark.parametrize("text, want", [
    ("cell 3V, lamp and resistor 20 ohm in series, and capacitor 10uF across the lamp.",
     "P(S(P(capacitor:1e-05, lamp), resistor:20), vsource:3)"),
    ("supply 12V, resistor 4k and resistor 8k in series, and inductor 5mH parallel to the 8k.",
     "P(S(P(inductor:0.005, resistor:8000), resistor:4000), vsource:12)"),
])
def test_a_bare_part_with_its_value_is_a_new_part(text, want):
    assert _tree(parse(text, allow_unknown=True)) == want


def test_a_question_naming_a_part_by_a_decimal_value_joins_nothing():
    text = "A 3.3 kΩ and a 1.5 kΩ resistor in series across a 6.0 V battery. Work out the p.d. across the 1.5 kΩ resistor."
    assert _tree(parse(text, allow_unknown=True)) == "P(S(resistor:1500, resistor:3300), vsource:6)"


@pytest.mark.parametrize("text", [
    "A 6 V cell of negligible internal resistance in series with a 12 Ω lamp.",
    "A 6 V cell in series with a 12 Ω lamp; the internal resistance of the cell can be ignored.",
    "A 6 V cell with zero internal resistance in series with a 12 Ω lamp.",
])
def test_a_source_without_internal_resistance_gets_no_resistor(text):
    scene = parse(text)           # strict: every word read
    assert _tree(scene) == "P(lamp:12, vsource:6)"


# --- optics -----------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "A converging lens 6.0 cm in diameter with focal length 15 cm; a candle stands 25 cm from it.",
    "a concave mirror, aperture 8 cm, focal length 15 cm, object 25 cm away",
])
def test_an_elements_diameter_is_no_distance(text):
    scene = parse(text, allow_unknown=True)
    distances = [f["value"] for f in scene.attr("facts") if f["what"] == "do"]
    assert distances == [25.0]
    assert any(("diameter" in n.text or "aperture" in n.text) for n in scene.not_drawn)
    with pytest.raises(UnknownWordsError):
        parse(text)               # strict: the diameter is stated and not drawn


# --- mechanics --------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "a 20 kg crate on the ground, he pushes it with 50 N but it dont move. there is friction",
    "crate 20 kg on floor, I shove it with 50 N, it didnt budge, friction there",
])
def test_a_negated_move_without_its_auxiliary_is_rest(text):
    from nesy.domains import mechanics as M
    from nesy.registry import get_domain
    s = get_domain("mechanics").parse(text, allow_unknown=True)
    assert s.attr("state") == "rest"
    (body,) = M._solve(s, 10.0).bodies
    f = {k: n for k, n, _ in body[3]}
    assert f["friction"] == pytest.approx(50.0)


# --- geometry ---------------------------------------------------------------------------------------------------------
def test_degrees_and_minutes_fix_a_right_triangle():
    scene = parse("Right triangle XYZ with the right angle at Y, XY = 10 cm and angle X = 53°7′48″.")
    given = [g for g in scene.attr("given") if g.get("unit") == "deg" and g.get("target") == "X"]
    from fractions import Fraction
    assert given and Fraction(given[0]["value"]) == 53 + Fraction(7, 60) + Fraction(48, 3600)


def test_a_value_on_another_scale_is_no_side():
    scene = parse("A rectangular pond (water pH 7.4) has a perimeter of 30 m and one side of 9 m.", allow_unknown=True)
    sides = sorted(float(g["value"]) for g in scene.attr("given") if g.get("unit") == "m")
    assert 7.4 not in sides and 9.0 in sides
