"""A bare noun after a connecting preposition names the one part of its kind the text has: "both capacitors
parallel connect on battery" (requests-14 circuits-07 drew a second, valueless battery — verified). The article a
non-native writer drops does not make a new part; a part with its own article, count or value stays new."""
from __future__ import annotations

from collections import Counter

import pytest

from nesy.pipeline import parse


def _kinds(text: str) -> Counter:
    return Counter(e.kind for e in parse(text, allow_unknown=True).entities)


@pytest.mark.parametrize("text, kind, n", [
    ("Please draw: one 3 V battery, two capacitors 4.7 µF and 10 µF, both capacitors parallel connect on battery.",
     "capacitor", 2),
    ("One 9 V battery, two resistors 100 Ω and 220 Ω, both resistors parallel connect on battery.", "resistor", 2),
    ("A 5 V battery and a 1 kΩ resistor; resistor is connected over battery.", "resistor", 1),
])
def test_a_bare_noun_after_on_or_over_is_the_one_part_of_its_kind(text, kind, n):
    k = _kinds(text)
    assert k["vsource"] == 1 and k[kind] == n


def test_a_part_with_its_own_article_or_value_stays_new():
    k = _kinds("A 5 V battery in series with a 6 V battery and a 10 Ω resistor.")
    assert k["vsource"] == 2


def test_a_bare_kind_letter_names_the_one_part_of_its_kind():
    # (6375b66 drew two resistors and two capacitors: R and C were taken for new parts)
    sc = parse("A 9 V battery, a resistor and a capacitor in series. R = 1 kΩ and C = 10 µF.", allow_unknown=True)
    k = Counter(e.kind for e in sc.entities)
    assert k["resistor"] == 1 and k["capacitor"] == 1
    assert [float(e.attr("value")) for e in sc.entities if e.kind == "resistor"] == [1000.0]
    # two parts of the kind: the letter is a new name, as before
    k2 = Counter(e.kind for e in parse("Two resistors R1 and R2 in series with a 5 V battery.",
                                        allow_unknown=True).entities)
    assert k2["resistor"] == 2


def test_a_spaced_multiplier_before_resistors_is_a_resistance():
    sc = parse("draw a 5 V supply with two 1 k resistors in parallel across it", allow_unknown=True)
    assert sorted(float(e.attr("value")) for e in sc.entities if e.kind == "resistor") == [1000.0, 1000.0]


@pytest.mark.parametrize("text", [
    "R1 is a 10 Ω resistor in series with a 5 V battery.",
    "V2 is a 5 V source in series with R1 of 10 ohm.",
])
def test_a_name_in_apposition_read_as_two_parts_is_refused_never_drawn(text):
    # (cf7a3a5 and earlier drew two resistors for "R1 is a 10 Ω resistor …" and said verified)
    from nesy.errors import InputError
    with pytest.raises(InputError, match="names one part twice"):
        parse(text, allow_unknown=True)


def test_the_name_after_its_part_reads_one_part():
    k = _kinds("a 10 Ω resistor R1 in series with a 5 V battery.")
    assert k["resistor"] == 1 and k["vsource"] == 1
