"""Stated values are held to the precision they are written with (nesy/solve/precision.py), in every science
that solves for measures: a derived value written rounded ("9.90 cm" for 7√2, "about 16.7 cm" for 16.67 cm,
"78.4 N" for 8 kg with g = 9.8, "≈ 688 Ω", "about 8.2 mA") is no conflict, while one off by more than its
rounding still is; an uncertainty ("5.43 ± 0.01 Å") is the value's precision, never a second quantity; an angle
in radians ("π/3 rad") is read in degrees."""
from __future__ import annotations

import json
from fractions import Fraction

import pytest

from nesy.errors import UnsatisfiableError
from nesy.pipeline import generate
from nesy.solve.precision import half_width, relative_half_width


def _run(text: str, domain: str, tmp_path):
    r = generate(text, domain=domain, controls=False, out_dir=tmp_path)
    assert r.passed and r.complete, (text, r.not_drawn)
    return r


def test_half_width_follows_the_written_digits_and_markers():
    assert half_width({"text": "hypotenuse is 9.90 cm", "start": 0}, Fraction("9.9")) == Fraction(1, 200)
    assert half_width({"text": "legs 7 cm", "start": 0}, 7) == 0                    # an integer is exact
    assert half_width({"text": "weight about 49 N", "start": 0}, 49) == Fraction(49, 40)   # 2.5 %
    # the number found up to a unit's factor (mm written, cm solved; a float's last digits)
    assert half_width({"text": "image at 167.5 mm", "start": 0}, Fraction("16.75")) == Fraction(1, 200)
    assert half_width({"text": "the current is 8.2 mA", "start": 0}, 0.008199999999999999) > 0
    # the marker may stand before the phrase, in the text around it
    text = "the image forms at about 16.7 cm"
    assert half_width({"text": "16.7 cm", "start": 25}, Fraction("16.7"), context=text) > Fraction("0.4")
    # a stated uncertainty
    text = "a = 5.43 ± 0.01 Å"
    assert half_width({"text": "a = 5.43", "start": 0}, Fraction("5.43"), context=text) == Fraction(1, 100)
    assert relative_half_width("2.2×10^-6") == Fraction(1, 44)


def test_a_weight_computed_with_a_textbook_g_is_no_conflict(tmp_path):
    _run("An 8 kg crate rests on a level floor; its weight is 78.4 N.", "mechanics", tmp_path)
    forces = json.loads((tmp_path / "forces.json").read_text())
    assert forces["g"] == pytest.approx(9.8)           # the g the stated weight was computed with
    w = [f["newtons"] for b in forces["bodies"] for f in b["forces"] if f["kind"] == "weight"]
    assert w == [pytest.approx(78.4)]
    with pytest.raises(UnsatisfiableError):
        generate("A 10 kg box on a horizontal floor; its weight is 120 N.", domain="mechanics", controls=False)


def test_an_approximate_force_is_held_loosely(tmp_path):
    _run("A 2 kg mass hangs at rest from a spring; the spring force is about 20 N.", "mechanics", tmp_path)


def test_a_rounded_hypotenuse_is_drawn_and_labelled(tmp_path):
    r = _run("A right triangle with legs 7 cm and 7 cm; the hypotenuse is 9.90 cm.", "geometry", tmp_path)
    assert any(lb.text == "9.90 cm" for lb in r.layout.labels)
    fig = json.loads((tmp_path / "figure.json").read_text())
    assert sorted(fig["sides"].values()) == [pytest.approx(7), pytest.approx(7), pytest.approx(7 * 2 ** 0.5)]
    with pytest.raises(UnsatisfiableError):
        generate("A right triangle with legs 7 cm and 7 cm; the hypotenuse is 9.7 cm.", domain="geometry",
                 controls=False)


def test_a_rounded_image_distance_is_no_conflict(tmp_path):
    _run("A converging lens, f = 10 cm, object at 25 cm; the image forms at about 16.7 cm.", "optics", tmp_path)
    o = json.loads((tmp_path / "optics.json").read_text())
    assert abs(o["di_cm"] if "di_cm" in o else o["di"]) == pytest.approx(50 / 3)
    _run("A converging lens, f = 10 cm, object at 25 cm; the image forms at 16.7 cm.", "optics", tmp_path / "b")
    with pytest.raises(UnsatisfiableError):
        generate("A converging lens, f = 10 cm, object at 25 cm; the image forms at 18 cm.", domain="optics",
                 controls=False)


def test_an_approximate_total_is_checked_not_drawn_as_a_resistor(tmp_path):
    for text in ("A 1 kΩ and a 2.2 kΩ resistor in parallel across a 9 V battery; total ≈ 688 Ω.",
                 "Two resistors, 1 kΩ and 2.2 kΩ, in parallel with each other, connected to a 9 V battery; "
                 "equivalent resistance about 690 Ω."):
        r = _run(text, "circuits", tmp_path)
        assert sorted(e.attr("value") for e in r.scene.entities if e.kind == "resistor") == [1000, 2200], text


def test_a_rounded_current_is_no_conflict(tmp_path):
    _run("A 470 Ω and a 1 kΩ resistor in series with a 12 V battery; the current is about 8.2 mA.", "circuits",
         tmp_path)
    with pytest.raises(UnsatisfiableError):
        generate("A 470 Ω and a 1 kΩ resistor in series with a 12 V battery; the current is 9 mA.",
                 domain="circuits", controls=False)


@pytest.mark.parametrize("text, a", [("Silicon, diamond structure, a = 5.43 ± 0.01 Å.", "5.43"),
                                     ("Copper, fcc, lattice constant (3.615 ± 0.002) Å.", "3.615")])
def test_an_uncertainty_is_the_values_precision(text, a, tmp_path):
    r = _run(text, "crystal", tmp_path)
    cif = (tmp_path / "structure.cif").read_text()
    assert f"_cell_length_a" in cif and a in cif.split("_cell_length_a")[1].split("\n")[0]
    assert any(c.kind == "uncertainty" for c in r.scene.corrections)


def test_angles_in_radians_are_read_in_degrees(tmp_path):
    r = _run("A triangle ABC with AB = 5 cm, BC = 4 cm and angle B = π/3 rad.", "geometry", tmp_path)
    fig = json.loads((tmp_path / "figure.json").read_text())
    assert fig["angles_deg"]["B"] == pytest.approx(60)
    _run("A block on a ramp inclined at π/6 rad, mass 2 kg.", "mechanics", tmp_path / "m")
    forces = json.loads((tmp_path / "m" / "forces.json").read_text())
    assert forces["incline_deg"] == pytest.approx(30)
