"""Session 39, circuits: textbook word problems read as their situation. A zero that is a quantity's value ("at zero
frequency", "the initial current is 0") is no count of parts; a multiple-choice question's answer options are no
content; a part only a question names, joined to nothing, is not drawn (listed); a source that "drives"/"supplies"
the circuit described before attaches to the whole circuit; an alternating source, which nesy has no symbol for, is
listed as not drawn (never drawn as a battery). Phrasings are this file's own (none is a development item)."""
from __future__ import annotations

import subprocess
import sys

import pytest

from nesy.pipeline import generate
from circuit_canon import _canon


def _run(text: str):
    return generate(text, controls=False, raise_on_fail=False)


def _tree(res) -> str:
    s = res.scene
    return _canon(s.attr("tree"), {e.id: e for e in s.entities})


def _kinds(res) -> list[str]:
    return sorted(e.kind for e in res.scene.entities if e.kind not in ("series", "parallel"))


# ---- a zero that is a quantity's value, not a count of parts -------------------------------------------------------
@pytest.mark.parametrize("text, zero", [
    ("A 20 Ω resistor is connected in series with a 3 H inductor and a 6 V battery. The initial current is 0.", "0"),
    ("A 47 Ω resistor and a 10 mH coil are in series with a 5 V cell. Find the impedance at zero frequency.", "zero"),
    ("A 2 µF capacitor is in series with a 1 kΩ resistor and a 9 V battery; the charge on it at the start is zero.",
     "zero"),
])
def test_a_zero_quantity_is_listed_not_counted(text, zero):
    res = _run(text)
    assert res.passed
    assert "vsource" in _kinds(res) and "resistor" in _kinds(res)
    # (stated: listed as not drawn; inside a question: read as what the question asks)
    assert any(zero in n.text for n in list(res.not_drawn) + list(res.scene.ignored))


def test_a_zero_count_before_a_part_is_still_refused():
    from nesy.errors import InputError
    with pytest.raises(InputError, match="asks for none"):
        _run("A 9 V battery in series with zero resistors.")


# ---- multiple-choice answer options are candidate answers, not the situation ---------------------------------------
@pytest.mark.parametrize("text, tree", [
    ("A 6 Ω resistor and a 3 Ω resistor are connected in parallel. What is their equivalent resistance?\n"
     "(a) 2 Ω\n(b) 9 Ω\n(c) 18 Ω\n(d) 0.5 Ω", "P(resistor=3,resistor=6)"),
    ("Two capacitors, 4 µF and 12 µF, are in series with a 10 V battery. What is the total capacitance?\n\n"
     "A. 3 µF\nB. 16 µF\nC. 8 µF", "P(S(capacitor=1.2e-05,capacitor=4e-06),vsource=10)"),
    ("A 100 Ω resistor is in series with a 10 µF capacitor. What is the time constant? (a) 1 ms (b) 10 ms (c) 0.1 s",
     "S(capacitor=1e-05,resistor=100)"),
])
def test_answer_options_are_not_drawn(text, tree):
    res = _run(text)
    assert res.passed and res.complete
    assert _tree(res) == tree


# ---- a part only a question names, joined to nothing, is not added -------------------------------------------------
@pytest.mark.parametrize("text, n_res, left_out", [
    ("A 4 Ω resistor and an 8 Ω resistor are connected in series with a 12 V battery. "
     "What is the power in a 6 Ω resistor?", 2, "6 Ω resistor"),
    ("A 9 V battery is across a 3 kΩ resistor. How much current would flow through a 1 kΩ resistor?", 1,
     "1 kΩ resistor"),
])
def test_a_part_only_a_question_names_is_listed_not_drawn(text, n_res, left_out):
    res = _run(text)
    assert res.passed and not res.complete
    assert _kinds(res).count("resistor") == n_res
    assert any(left_out in n.text for n in res.not_drawn)


def test_a_question_that_describes_its_circuit_keeps_its_parts():
    res = _run("What is the equivalent resistance of three 10 Ω resistors in parallel?")
    assert _kinds(res) == ["resistor"] * 3


# ---- a source that drives the circuit described before: the whole circuit is its load ------------------------------
@pytest.mark.parametrize("text, tree", [
    ("A 100 Ω resistor and a 1 µF capacitor are connected in series. The circuit is powered by a 9 V battery.",
     "P(S(capacitor=1e-06,resistor=100),vsource=9)"),
    ("Two 10 Ω resistors are wired in parallel. This circuit is fed by a 5 V supply.",
     "P(resistor=10,resistor=10,vsource=5)"),
    ("A lamp of 6 Ω and a 2 Ω resistor are in series.\nThe loop is supplied by a 12 V cell.",
     "P(S(lamp=6,resistor=2),vsource=12)"),
])
def test_a_passive_source_drives_the_whole_circuit(text, tree):
    res = _run(text)
    assert res.passed
    assert _tree(res) == tree


# ---- an alternating source: no symbol for it, listed as not drawn (never a battery) ---------------------------------
@pytest.mark.parametrize("text, listed", [
    ("A 50 Ω resistor and a 0.2 H inductor are connected in series. The circuit is driven by an ac source of 120 V.",
     ["ac source", "120 V"]),
    ("A 30 Ω resistor, a 4 H coil and a 0.5 F capacitor are connected in series. The series circuit is driven by a "
     "generator.", ["generator"]),
    ("A 1 kΩ resistor is in series with a 2 µF capacitor and a 470 Ω resistor. The circuit is supplied by an "
     "alternating voltage source of 10 V.", ["alternating voltage source", "10 V"]),
])
def test_an_ac_source_is_listed_not_drawn_as_a_battery(text, listed):
    res = _run(text)
    assert res.passed and not res.complete
    assert "vsource" not in _kinds(res) and "isource" not in _kinds(res)
    said = " | ".join(n.text for n in res.not_drawn)
    for phrase in listed:
        assert phrase in said


def test_the_cli_lists_an_ac_source_with_exit_7(tmp_path):
    r = subprocess.run([sys.executable, "-m", "nesy", "generate", "A 10 Ω resistor and a 1 H inductor are in series. "
                        "The circuit is driven by an ac generator.", "-o", str(tmp_path / "o")],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 7, r.stderr
    assert "generator" in r.stdout + r.stderr


# ---- "…, a battery, which charges the capacitors": the source across the parts it charges --------------------------
@pytest.mark.parametrize("text, tree", [
    ("Four equal 2 µF capacitors are combined in parallel. The combination is connected to a 9 V battery, which "
     "charges the capacitors.", "P(capacitor=2e-06,capacitor=2e-06,capacitor=2e-06,capacitor=2e-06,vsource=9)"),
    ("A 3 µF capacitor and a 6 µF capacitor are in series. A 12 V battery that charges the capacitors is connected "
     "across them.", "P(S(capacitor=3e-06,capacitor=6e-06),vsource=12)"),
])
def test_a_source_that_charges_the_parts_is_across_them(text, tree):
    res = _run(text)
    assert res.passed and res.complete   # "which charges" is read (a connection), not left as unknown words
    assert _tree(res) == tree


# ---- a definite plural that lists its parts' values introduces them ------------------------------------------------
@pytest.mark.parametrize("text, tree", [
    ("These resistors, 10 Ω, 15 Ω and 20 Ω, are connected in series with a 12 V battery.",
     "P(S(resistor=10,resistor=15,resistor=20),vsource=12)"),
    ("The capacitors, 2 µF and 3 µF, are connected in parallel across a 6 V battery.",
     "P(capacitor=2e-06,capacitor=3e-06,vsource=6)"),
    ("Those coils, 1 H and 4 H, are wired in series.", "S(inductor=1,inductor=4)"),
])
def test_a_definite_plural_with_listed_values_introduces_its_parts(text, tree):
    res = _run(text)
    assert res.passed and res.complete
    assert _tree(res) == tree


# ---- a symbol set to a number without a unit: the part drawn by its name, the number listed ------------------------
@pytest.mark.parametrize("text, named, number", [
    ("A series circuit holds a resistor and a capacitor across a 5 V battery. Take R = 40 and C = 2 µF.", "R", "40"),
    ("An inductor and a resistor are connected in series with a 3 V cell. Here L = 7 and R = 12 Ω.", "L", "7"),
])
def test_a_unitless_value_is_listed_not_guessed(text, named, number):
    res = _run(text)
    assert res.passed and not res.complete
    part = [e for e in res.scene.entities if e.id == named or e.name == named][0]
    assert part.attr("value") is None
    assert any(n.text.strip() == number for n in res.not_drawn)
