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
