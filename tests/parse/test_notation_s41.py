"""Session 41 (requests-21, circuits/optics/geometry group): notation every science meets, read once in the front end.

- an angle in degrees and minutes of arc ("36°52′") is one angle (geometry-03 was refused: "'36°' … could not read");
- an expression written in symbols ("1/(2πRC)") is a formula: its "2" counts nothing (circuits-03 was refused);
- a value on a named scale ("pH 6.5") is no length nor count (geometry-07 was refused);
- a fraction word joined to its unit ("half-year") is that fraction of the unit (impossible-04 was refused as
  unreadable instead of impossible);
- a course or exam heading ("AP Physics 2:") numbers nothing of the figure (optics-09 was refused: "'2' has no unit").
"""
from __future__ import annotations

from fractions import Fraction

import pytest

from nesy.errors import InputError


# --- degrees, minutes and seconds of arc ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, degrees, written", [
    ("angle B is 53°7′ exactly", Fraction(53) + Fraction(7, 60), "53°7′"),
    ("tilt 23° 26' 21\" of the axis", Fraction(23) + Fraction(26, 60) + Fraction(21, 3600), "23° 26' 21\""),
    ("a bearing of 12 degrees 30 minutes", Fraction(25, 2), "12 degrees 30 minutes"),
    ("the apex angle, 41°24.5′, is", Fraction(41) + Fraction(245, 600), "41°24.5′"),
])
def test_degrees_and_minutes_are_one_angle(text, degrees, written):
    from nesy.parse.sexagesimal import dms_angles
    (a,) = dms_angles(text)
    assert a.degrees == degrees and a.text == written and text[a.start:a.end] == written


@pytest.mark.parametrize("text", ["an angle of 40°", "a 5' board", "at 14:30", "36° and 52 cm"])
def test_a_lone_degree_or_foot_mark_is_no_such_angle(text):
    from nesy.parse.sexagesimal import dms_angles
    assert dms_angles(text) == []


def test_sixty_minutes_or_more_is_refused_by_name():
    from nesy.parse.sexagesimal import dms_angles
    with pytest.raises(InputError, match="'20°75′'"):
        dms_angles("angle Q = 20°75′")


# --- expressions in symbols ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expr", [
    ("an LC tank, resonance at f = 1/(2π√(LC)) = 5 kHz", "f = 1/(2π√(LC))"),
    ("the power P = I²R is dissipated", "P = I²R"),
    ("(roll-off 1/(2πfC) near 1 kHz)", "1/(2πfC)"),
    ("its period 2π√(m/k) is short", "2π√(m/k)"),
    ("with R_eq = R1 + R2 in the loop", "R_eq = R1 + R2"),
])
def test_a_formula_in_symbols_is_found_whole(text, expr):
    from nesy.parse.expressions import symbolic_expressions
    assert [text[a:b] for a, b in symbolic_expressions(text)] == [expr]


@pytest.mark.parametrize("text", ["a speed of 12 m/s", "an accel. of 9.81 m/s²", "and/or", "3/4 of the cells",
                                  "a 1/4 W resistor", "R1-R2-R3 in series", "R1+R2 across the cell", "a 2-way switch",
                                  "a field of 40 V/m"])
def test_units_ratios_and_chains_are_no_formula(text):
    from nesy.parse.expressions import symbolic_expressions
    assert symbolic_expressions(text) == []


# --- values on a named scale -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("a pond (water pH 8.2) with a square jetty", "pH 8.2"),
    ("the jet flies at Mach 1.6 over", "Mach 1.6"),
    ("a hardness of 6 on the Mohs scale", "hardness of 6 on the Mohs scale"),
    ("after a magnitude 5.4 earthquake", "magnitude 5.4"),
])
def test_a_value_on_a_named_scale_is_found(text, value):
    from nesy.parse.scales import scale_values
    assert [text[a:b] for a, b in scale_values(text)] == [value]


@pytest.mark.parametrize("text", ["a force of magnitude 12 N", "a vector of magnitude 3", "the pH was not measured"])
def test_a_measure_with_its_unit_or_no_number_is_no_scale_value(text):
    from nesy.parse.scales import scale_values
    assert scale_values(text) == []


# --- a fraction word joined to its unit ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, plain", [
    ("a moon on a quarter-year orbit", "a moon on a 0.25-year orbit"),
    ("a half-hour exposure", "a 0.5-hour exposure"),
    ("a half day later", "a 0.5 day later"),
])
def test_a_fraction_compound_is_read_as_its_number(text, plain):
    from nesy.parse.markup import normalize
    from nesy.parse.quantities import find_quantities
    n = normalize(text)
    assert n.text == plain
    (q,) = find_quantities(n)
    assert q.value in (Fraction(1, 4), Fraction(1, 2))


@pytest.mark.parametrize("text", ["a half-life of 5 years", "a half-wave rectifier", "a third-year student",
                                  "half a metre away", "the second half"])
def test_other_half_words_stay_as_written(text):
    from nesy.parse.markup import normalize
    assert normalize(text).text == text


# --- a course or exam heading ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, labels", [
    ("Chemistry 102, quiz 4: a cell with 3 nuclei", ["Chemistry 102", "quiz 4"]),
    ("Year 12 Maths: a square of side 5 cm", ["Year 12"]),
    ("AP Physics 1: a 2 kg block on a table", ["Physics 1"]),
])
def test_a_course_heading_numbers_nothing(text, labels):
    from nesy.parse.incidental import incidental_numbers
    got = [text[a:b] for a, b, _ in incidental_numbers(text)]
    assert all(x in got for x in labels) and not any("kg" in g or "cm" in g for g in got)


@pytest.mark.parametrize("text", ["Physics: a 3 m ladder", "Draw 2 cells: a nucleus each", "A 4 m long bench: draw it"])
def test_a_heading_with_a_measure_or_count_keeps_it(text):
    from nesy.parse.incidental import incidental_numbers
    assert incidental_numbers(text) == []
