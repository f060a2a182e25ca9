"""Kinds of phrasing requests-37 (approximate and differently-written numbers) still failed on after session 58,
outside microscopy (tests/test_microscopy_lengths_s60.py), each tested on phrasings other than the items': a word of
place right before a number is an approximation or a bound, never how a circuit's parts are connected ("a battery
of around 6 V"); megametres ("527 Mm") are a distance, and a unit after a number is no minor planet's name. Each
mechanism has a guard: a near miss that must behave as before."""
from __future__ import annotations

import pytest

from nesy.errors import NesyError
from nesy.pipeline import parse


# ------------------------------------------------------- a word of place before a number is no connection
@pytest.mark.parametrize("text, values", [
    ("Battery of around 6 V, then 2.2 kΩ and 3.3 kΩ in series with it.", [2200.0, 3300.0]),
    ("A 9 V battery in series with a resistor of around 470 Ω and a 1 kΩ resistor.", [470.0, 1000.0]),
])
def test_a_place_word_before_a_number_is_no_connection(text, values):
    sg = parse(text, allow_unknown=True)
    assert sg.domain == "circuits"
    got = sorted(float(e.attr("value")) for e in sg.entities if e.kind == "resistor")
    assert got == values


@pytest.mark.parametrize("marker", ["about", "around", "~", "approx.", "roughly"])
def test_an_approximate_value_after_of_is_the_parts_own(marker):
    # (read as a gap, "a resistor of about 470 Ω" had drawn a valueless resistor and a second one of 470 Ω, verified)
    sg = parse(f"A 9 V battery in series with a resistor of {marker} 470 Ω and a 1 kΩ resistor.", allow_unknown=True)
    got = sorted(e.attr("value") for e in sg.entities if e.kind == "resistor")
    assert got == [470.0, 1000.0]
    assert not sg.not_drawn      # the marker is read with its value (its precision), no content left out


def test_a_place_word_between_parts_is_still_refused():
    with pytest.raises(NesyError, match="may say how the parts are connected"):
        parse("a 6 V battery and a 2 Ω resistor, and around the resistor a 1 µF capacitor")


# ---------------------------------------------------------------------------------- megametres, gigametres
@pytest.mark.parametrize("text, body, km", [
    ("Saturn with Titan at 1222 Mm and Rhea at 527 Mm.", "Rhea", 527_000.0),
    ("Earth at 149598 Mm from the Sun and Mars at 227.9 Gm.", "Earth", 149_598_000.0),
    ("Jupiter with Io at 421.7 megametres.", "Io", 421_700.0),
])
def test_megametres_are_a_distance(text, body, km):
    sg = parse(text)
    assert sg.domain == "astronomy"
    b = next(b for b in sg.attr("bodies") if b["name"] == body)
    assert b["a"] * 149_597_870.7 == pytest.approx(km, rel=1e-6)


def test_millimetres_are_no_megametres():
    from nesy.domains.astronomy import _claims
    cl, _, _ = _claims("Saturn with Rhea at 527 mm.")
    assert not [c for c in cl if c.tag == "DIST"]


# ------------------------------------------------------------ the object's distance as a fraction or multiple of f
@pytest.mark.parametrize("text, do", [
    ("Converging lens, f = 10 cm, object at 3/2 of f. Show the image.", 15.0),
    ("Converging lens, f = 10 cm, object at 15 cm (1.5 times f). Show the image.", 15.0),
    ("Converging lens, f = 7½ cm, object ½ cm tall at 10 cm (that's 4/3 of f). Show the image.", 10.0),
    ("A concave mirror, f = 12 cm, with the object at 2.5 × the focal length.", 30.0),
])
def test_a_multiple_of_f_places_the_object(text, do):
    from nesy.domains.optics import solve_optics
    assert solve_optics(parse(text, domain="optics")).do == pytest.approx(do)


def test_a_multiple_of_f_disagreeing_with_the_distance_is_impossible():
    from nesy.domains.optics import solve_optics
    with pytest.raises(NesyError, match="1.5 times f"):
        solve_optics(parse("Converging lens, f = 10 cm, object at 12 cm (1.5 times f). Show the image."))


# ------------------------------------------------------- what two roster sets share, counted in words
@pytest.mark.parametrize("text, rel", [
    ("A = {3, 6, 9, 12} and B = {6, 12, 20}. They share 2 of the 5 elements in the union.", "overlaps"),
    ("P = {1, 2, 3} and Q = {3, 4}; P and Q have one member in common.", "overlaps"),
    ("A = {1, 2} and B = {3, 4}; A and B have 0 members in common.", "outside"),
    ("K = {1e2, 1e3} and L = {1000, 5}: both sets share exactly one element.", "overlaps"),
])
def test_a_shared_count_agreeing_with_the_rosters_is_read(text, rel):
    sg = parse(text, allow_unknown=True)
    assert sg.domain == "sets"
    kinds = {r.kind for r in sg.relations}
    assert rel in kinds or (rel == "overlaps" and "overlap" in kinds)


def test_a_shared_count_disagreeing_with_the_rosters_is_impossible():
    from nesy.errors import UnsatisfiableError
    with pytest.raises(UnsatisfiableError) as e:
        parse("A = {3, 6, 9} and B = {6, 9, 10}. They share 3 elements.")
    assert "They share 3 elements" in {p["text"] for p in e.value.phrases}


def test_a_bare_share_of_a_number_still_names_a_member():
    from nesy.domains.sets_shared_counts import shared_counts
    assert shared_counts("A = {3, 6, 9} and B = {6, 9, 10}. They share 9.") == []


# --------------------------------------------------- an uncertainty opening a bracket that goes on with a remark
@pytest.mark.parametrize("text, cut", [
    ("An equilateral triangle with 10 cm sides (± 2 %, it's for a cut-out).", "± 2 %, "),
    ("A square with 5 cm sides (±0.1 cm; just a sketch).", "±0.1 cm; "),
])
def test_a_leading_uncertainty_in_a_bracket_is_the_values(text, cut):
    from nesy.parse.repairs import uncertainties
    got = [text[a:b] for a, b, *_ in uncertainties(text)]
    assert got == [cut]
    assert parse(text, allow_unknown=True).domain == "geometry"


def test_a_bracket_of_a_plus_minus_alone_is_no_remark():
    from nesy.parse.repairs import uncertainties
    assert uncertainties("draw the sum (± 2, ± 3) of the two") == []


# ------------------------------------------------------------- a fractional factor of a count ("2.5 times as many")
@pytest.mark.parametrize("text, n", [
    ("Draw a cell with 2 lysosomes and 2.5 times as many mitochondria.", 5),
    ("Draw a cell with 2 lysosomes and 2½ times as many mitochondria (so 5).", 5),
    ("Draw a cell with 4 lysosomes and 1.5 times as many mitochondria as lysosomes.", 6),
])
def test_a_fractional_factor_of_a_count(text, n):
    sg = parse(text, allow_unknown=True)
    assert sum(1 for e in sg.entities if e.kind == "mitochondrion") == n


def test_a_fractional_factor_giving_no_whole_count_is_refused():
    with pytest.raises(NesyError, match="not a whole number"):
        parse("Draw a cell with 3 lysosomes and 2.5 times as many mitochondria.")
