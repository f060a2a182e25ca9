"""Issue 9: a source named by its standard designation has the voltage the name fixes ("an AA cell" is 1.5 V,
IEC 60086-2), read as "a 1.5 V cell" is (``circuits_standard``). Before, the designation was a neutral word and
the cell was drawn with its name only (requests-27: "an AA cell", drawn without a voltage)."""
from __future__ import annotations

import pytest

from nesy.pipeline import parse


def _volts(text: str) -> list:
    s = parse(text, domain="circuits")
    return [dict(e.attributes).get("value") for e in s.entities if e.kind == "vsource"]


@pytest.mark.parametrize("text, volts", [
    ("An AA cell connected to a 10 ohm resistor.", [1.5]),
    ("Two AA batteries in series with a 5 Ω resistor.", [1.5, 1.5]),
    ("A D cell in series with a C cell and a 3 ohm resistor.", [1.5, 1.5]),
    ("An alkaline AAA cell and a 47 Ω resistor in series.", [1.5]),
    ("A NiMH AA cell and a 4 ohm resistor in series.", [1.2]),            # the chemistry over the size
    ("A car battery across a 6 ohm lamp.", [12.0]),
    ("A CR2032 coin cell powering a 1 kΩ resistor.", [3.0]),               # no course code "CR 2032"
    ("A USB supply and a 220 ohm resistor in series.", [5.0]),
])
def test_a_designation_fixes_the_voltage(text: str, volts: list) -> None:
    assert _volts(text) == volts


@pytest.mark.parametrize("text, volts", [
    ("A 1.2 V AA cell and a 4 ohm resistor in series.", [1.2]),
    ("An AA cell of 1.2 V and a 2 ohm resistor in series.", [1.2]),
    ("A 9 V PP3 battery with a 1 kohm resistor.", [9.0]),
])
def test_a_written_voltage_stands(text: str, volts: list) -> None:
    """Guard: the text's own value is the value; a designation that agrees is read, no second value."""
    s = parse(text, domain="circuits")
    assert [dict(e.attributes).get("value") for e in s.entities if e.kind == "vsource"] == volts
    if text.startswith("A 9 V PP3"):
        assert not s.to_dict()["not_drawn"]


def test_a_disagreeing_designation_is_not_silently_dropped() -> None:
    """A PP3 is 9 V: "a 1.2 V PP3" keeps the 1.2 V it says and names "PP3" as unread (refused when strict)."""
    from nesy.errors import UnknownWordsError
    with pytest.raises(UnknownWordsError, match="'PP3' at 8-11"):
        parse("A 1.2 V PP3 battery with a 1 kohm resistor.", domain="circuits")
    s = parse("A 1.2 V PP3 battery with a 1 kohm resistor.", domain="circuits", allow_unknown=True)
    assert any(x["text"] == "PP3" for x in s.to_dict()["not_drawn"])


def test_a_lower_case_letter_is_no_designation() -> None:
    """Guard: "a c cell" typed in lower case fixes nothing (the short codes are read as written)."""
    from nesy.domains.circuits_standard import standard_values
    t = "a d cell and a c cell"
    assert standard_values(t, [False] * (len(t) + 1)) == []


def test_the_figure_labels_the_voltage(tmp_path) -> None:
    from nesy.pipeline import generate
    r = generate("An AA cell connected to a 10 ohm resistor.", domain="circuits", controls=False, timeout_s=120)
    assert r.passed
    assert any("1.5 V" in lb.text for lb in r.layout.labels)


def test_every_entry_cites_its_standard() -> None:
    from nesy.domains.circuits_standard import standard_table
    for e in standard_table():
        assert e["source"] and e["volts"] > 0 and e["names"] and e["nouns"]
