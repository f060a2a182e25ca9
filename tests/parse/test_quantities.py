"""Quantities (nesy/parse/quantities.py): numbers in every form the number reader knows, units read by pint."""
from fractions import Fraction

import pytest
from hypothesis import given, settings, strategies as st

from nesy.errors import InputError
from nesy.parse.quantities import Quantity, find_quantities, read_quantity_text, unit_of, ureg

F = Fraction


@pytest.mark.parametrize("text,value,unit,si", [
    # scientific notation in every spelling
    ("1.5e8 km", F(150_000_000), "kilometer", F(150_000_000_000)),
    ("1.5E-3 s", F(3, 2000), "second", F(3, 2000)),
    ("1.5×10^8 km", F(150_000_000), "kilometer", F(150_000_000_000)),
    ("1.5 x 10^8 km", F(150_000_000), "kilometer", F(150_000_000_000)),
    ("1.5 · 10⁸ km", F(150_000_000), "kilometer", F(150_000_000_000)),
    ("3.0 × 10⁸ m/s", F(300_000_000), "meter / second", F(300_000_000)),
    ("{eq}5.98 \\times 10^{24}\\, \\mathrm{kg}{/eq}", F(598) * 10 ** 22, "kilogram", F(598) * 10 ** 22),
    ("{eq}1.25 ~x~ 10^{25} ~kg{/eq}", F(125) * 10 ** 23, "kilogram", F(125) * 10 ** 23),
    # number words
    ("twenty meters", F(20), "meter", F(20)),
    ("a million km", F(10 ** 6), "kilometer", F(10 ** 9)),
    ("half a dozen cm", F(6), "centimeter", F(6, 100)),
    # compounds
    ("9.8 m/s^2", F(49, 5), "meter / second ** 2", F(49, 5)),
    ("9.8 m s⁻²", F(49, 5), "meter / second ** 2", F(49, 5)),
    ("9.8 m/s²", F(49, 5), "meter / second ** 2", F(49, 5)),
    ("2 kg·m/s", F(2), "kilogram * meter / second", F(2)),
    ("k = 200 N/m", F(200), "newton / meter", F(200)),
    ("60 km/h", F(60), "kilometer / hour", F(50, 3)),
    ("60 miles per hour", F(60), "mile / hour", F(60) * F("1609.344") / 3600),
    ("20 meters per second", F(20), "meter / second", F(20)),
    ("6.67e-11 N m^2/kg^2", F(667, 10 ** 13), "meter ** 2 * newton / kilogram ** 2", F(667, 10 ** 13)),
    ("{eq}6.67 \\times 10^{-11} \\ \\frac{ m^3 }{ (kg \\cdot s^2)}{/eq}", F(667, 10 ** 13),
     "meter ** 3 / kilogram / second ** 2", F(667, 10 ** 13)),
    ("5 square meters", F(5), "meter ** 2", F(5)),
    ("2 cm3", F(2), "centimeter ** 3", F(2, 10 ** 6)),
    # prefixes
    ("10 kΩ", F(10), "kiloohm", F(10_000)),
    ("4.7 µF", F(47, 10), "microfarad", F(47, 10 ** 7)),
    ("4.7 μF", F(47, 10), "microfarad", F(47, 10 ** 7)),
    ("4.7 uF", F(47, 10), "microfarad", F(47, 10 ** 7)),
    ("{eq}2.13 \\ \\mu F{/eq}", F(213, 100), "microfarad", F(213, 10 ** 8)),
    ("20 mA", F(20), "milliampere", F(1, 50)),
    ("500 nm", F(500), "nanometer", F(5, 10 ** 7)),
    ("a 10-ohm resistor", F(10), "ohm", F(10)),
    # angles, temperature, percent, imperial
    ("30°", F(30), "degree", None),
    ("30 degrees", F(30), "degree", None),
    ("30 deg", F(30), "degree", None),
    ("$30^\\circ$", F(30), "degree", None),
    ("37°C", F(37), "degree_Celsius", F("310.15")),
    ("37 °C", F(37), "degree_Celsius", F("310.15")),
    ("50%", F(50), "percent", F(1, 2)),
    ("12 inches", F(12), "inch", F("0.3048")),
    ("6 ft", F(6), "foot", F("1.8288")),
    # astronomy and crystal units, with nesy's additions
    ("1 AU", F(1), "astronomical_unit", F(149_597_870_700)),
    ("3 light-years", F(3), "light_year", None),
    ("2 solar masses", F(2), "solar_mass", F("3.976819741396102e30")),
    ("1.2 M☉", F(6, 5), "solar_mass", None),
    ("5.2 Å", F(26, 5), "angstrom", F(52, 10 ** 11)),
    ("13.6 eV", F(68, 5), "electron_volt", None),
    ("a +2 D lens", F(2), "diopter", F(2)),
    ("0.074 M", F(37, 500), "molar", F(74)),
])
def test_reads(text, value, unit, si):
    qs = find_quantities(text)
    assert len(qs) == 1, [q.text for q in qs]
    q = qs[0]
    assert q.value == value
    assert q.unit == unit
    if si is not None:
        assert q.si == si
    assert text[q.span[0]:q.span[1]] == q.text


@pytest.mark.parametrize("text", [
    "two rods", "three points", "a few drops", "two poles", "the mass m", "a resistor R",
    "in the cell", "at rest", "two are red", "x^2dA", "2GM(1/r)", "cos (10t)", "4xi", "R_1", "5 GM",
    "a bar chart of sales", "", "kg m/s", "Fe^{3+}", "5 ± 0.1 kg", "5 +/- 0.1 kg",
])
def test_not_quantities(text):
    assert find_quantities(text) == []


def test_bare_letter_is_a_unit_only_after_a_number():
    qs = find_quantities("the mass m is 5 kg and the block moves 3 m in t = 2 s")
    assert [(q.text, q.unit) for q in qs] == [("5 kg", "kilogram"), ("3 m", "meter"), ("2 s", "second")]


def test_stops_at_a_word_that_is_no_unit():
    q, = find_quantities("a rod 5 m long")
    assert q.text == "5 m" and q.unit == "meter"
    q1, q2 = find_quantities("10 m by 3 m")
    assert (q1.text, q2.text) == ("10 m", "3 m")


def test_dimensionality_and_conversion():
    q, = find_quantities("a car at 72 km/h")
    assert q.dimensionality == "[length] / [time]"
    assert q.to("m/s") == 20
    with pytest.raises(InputError, match="cannot be expressed"):
        q.to("kg")
    with pytest.raises(InputError, match="unit must be"):
        q.to("furlongs per blorp")


def test_spans_point_into_markup():
    src = "Earth ({eq}5.98 \\times 10^{24}\\; kg{/eq}) orbits"
    q, = find_quantities(src)
    assert src[q.span[0]:q.span[1]] == q.text
    assert q.text.startswith("5.98") and q.text.endswith("kg")
    assert src[q.unit_span[0]:q.unit_span[1]] == "kg"


def test_value_without_finite_number_is_reported():
    q, = find_quantities("1e999 m")
    assert q.value is None and q.si is None and q.problem


def test_read_quantity_text():
    q = read_quantity_text("10 kΩ", start=7)
    assert q.span == (7, 12) and q.unit == "kiloohm"
    for bad in ("10", "kΩ", "10 kΩ and 5 V", "ten cells"):
        with pytest.raises(InputError, match="not one quantity"):
            read_quantity_text(bad)


def test_round_trip():
    for q in find_quantities("9.8 m/s^2, 37°C and 1e999 m"):
        assert Quantity.from_dict(q.to_dict()) == q


def test_registry_additions_and_aliases():
    r = ureg()
    assert r.Quantity(1, "solar_mass").to("kg").magnitude == pytest.approx(1.98841e30, rel=1e-5)
    assert r.Quantity(1, "diopter").to("1/m").magnitude == 1
    assert unit_of("AU") == "astronomical_unit"
    assert unit_of("in") is None and unit_of("at") is None and unit_of("rod") is None
    assert unit_of("Kilometers") == "kilometer"


@settings(max_examples=200)
@given(st.text(alphabet=st.sampled_from(list("0123456789.,-+ ex×^/·kmgsNΩµ°%CAVhKdiftpolr²⁻³(){}\\$")), max_size=80))
def test_never_raises_and_spans_are_inside(s):
    for q in find_quantities(s):
        assert 0 <= q.span[0] < q.span[1] <= len(s)
        assert s[q.span[0]:q.span[1]] == q.text


def test_huge_input():
    s = "a 5 kg block and 3 m/s, " * 4000
    qs = find_quantities(s)
    assert len(qs) == 8000
