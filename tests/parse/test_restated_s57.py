"""Facts said again (requests-36, issue 9): a summing-up count, a value restated in another unit, a total or an
equivalent written as a value and a word, a current stated as a result — each read as a check of what the text
listed, never as more parts; each refused, naming both phrases, when it disagrees."""
from __future__ import annotations

import pytest

from nesy.errors import UnsatisfiableError
from nesy.parse.summary_counts import summary_counts
from nesy.pipeline import parse


def _kinds(scene) -> list[str]:
    return sorted(e.kind for e in scene.entities if e.kind not in ("series", "parallel"))


def _values(scene, kind) -> list[float]:
    return sorted(e.attr("value") for e in scene.entities if e.kind == kind)


def test_a_count_said_again_after_that_is_adds_no_part():
    s = parse("Simplest possible loop: a 9 V battery and a 330 Ω resistor, that is, one resistor only and "
              "nothing else.", domain="circuits")
    assert _kinds(s) == ["resistor", "vsource"]


def test_a_summing_up_sentence_and_a_bare_total_are_checks():
    s = parse("12 V battery with three resistors in series: 100 Ω, 220 Ω and 330 Ω - 650 Ω in total. "
              "So 3 resistors and one battery, nothing else.", domain="circuits")
    assert _values(s, "resistor") == [100.0, 220.0, 330.0]
    assert _kinds(s).count("vsource") == 1


def test_a_summary_that_disagrees_is_refused_naming_it():
    with pytest.raises(UnsatisfiableError, match="two resistors"):
        parse("A 9 V battery and a 10 Ω resistor, that is, two resistors in all.", domain="circuits")
    with pytest.raises(UnsatisfiableError):
        parse("12 V battery with three resistors in series: 100 Ω, 220 Ω and 330 Ω - 700 Ω in total.",
              domain="circuits")


def test_a_count_opening_a_request_is_no_summary():
    assert summary_counts("A battery and two resistors only.", {"battery": "source", "resistors": "resistor"}) == []
    s = parse("A 9 V battery and two resistors only.", domain="circuits", allow_unknown=True)
    assert _kinds(s).count("resistor") == 2


def test_a_value_restated_in_brackets_in_other_units_is_one_part():
    s = parse("12 V DC supply, a 470 Ω resistor and a 100 µF capacitor (= 1.0 x 10^-4 F, i.e. 0.1 mF), all in one "
              "series loop.", domain="circuits")
    assert _values(s, "capacitor") == [pytest.approx(1e-4)]
    s = parse("A 24 V supply and a 1.2 kΩ (1200 Ω) resistor in series.", domain="circuits")
    assert _values(s, "resistor") == [1200.0]


def test_an_equivalent_of_a_group_and_a_result_current_are_checked_not_drawn():
    s = parse("Email to the lab tech: 24 V supply feeding a 1.2 kΩ (1200 Ω) resistor in series with a parallel pair "
              "of 3.3 kΩ resistors (1.65 kΩ equivalent), 2.85 kΩ total, about 8.42 mA. Could you draw this?",
              domain="circuits")
    assert _kinds(s) == ["resistor", "resistor", "resistor", "vsource"]     # no current source
    assert _values(s, "resistor") == [1200.0, 3300.0, 3300.0]
    assert s.attr("current") and s.attr("equivalent")
    with pytest.raises(UnsatisfiableError, match="9.42"):
        parse("24 V supply feeding a 1.2 kΩ resistor in series with a parallel pair of 3.3 kΩ resistors, "
              "about 9.42 mA.", domain="circuits")


def test_a_machine_s_size_said_again_names_no_state():
    text = ("States A, B, C; start A; accepting C. A on a -> B, A on b -> A, B on a -> C, B on b -> A, C on a -> C, "
            "C on b -> C. {n} states, {m} transitions in all.")
    s = parse(text.format(n=3, m=6), domain="automata")
    assert sorted(e.id for e in s.entities if e.kind == "state") == ["A", "B", "C"]
    with pytest.raises(UnsatisfiableError, match="4 states"):
        parse(text.format(n=4, m=6), domain="automata")


def test_a_measure_restated_inline_in_other_units_is_one_value():
    s = parse("Draw Mercury at 0.39 AU = 58 million km and Venus at 0.72 AU, i.e. 108 million km, orbiting the Sun.")
    assert sorted(e.id for e in s.entities if e.kind == "planet") == ["mercury", "venus"]
    s = parse("A 1 kΩ resistor, i.e. 1000 Ω, across a 5 V battery.", domain="circuits")
    assert _values(s, "resistor") == [1000.0]
    with pytest.raises(UnsatisfiableError):       # one value said as two that differ: never a second resistor
        parse("A 1 kΩ resistor, i.e. 1200 Ω, across a 5 V battery.", domain="circuits")


def test_a_distance_derived_from_a_is_checked_not_a_second_constant():
    s = parse("alpha-iron: bcc, a = 2.8665 Å; nearest-neighbour distance a√3/2 = 2.482 Å; 2 atoms per cell. "
              "Draw the unit cell.")
    assert s.attr("lattice") == {"a": 2.8665} and s.attr("structure") == "bcc"
    s = parse("Hello, please draw the KCl unit cell - NaCl-type (rocksalt), a = 6.29 Å, i.e. 629 pm, so the K-Cl "
              "distance is a/2 = 3.145 Å. Two elements, K and Cl.")
    assert s.attr("lattice") == {"a": 6.29}
    with pytest.raises(UnsatisfiableError, match="2.6"):
        parse("Iron is bcc with a = 2.8665 Å; nearest-neighbour distance a√3/2 = 2.6 Å.")


def test_a_force_said_again_with_its_value_is_one_force():
    s = parse("An 8 kg sled is pulled across level snow by a horizontal rope with 20 N at constant velocity; kinetic "
              "friction is 20 N. Summary: four forces - weight 78.4 N, normal 78.4 N, tension 20 N, friction 20 N.")
    f = s.attr("forces")
    assert f["tension"]["value"] == "20" and f["friction"]["value"] == "20"
    with pytest.raises(Exception, match="two tension forces"):     # two values of one force: refused, naming both
        parse("A 5 kg block is pulled along a floor by a rope with 20 N; the tension is 25 N.", domain="mechanics")


def test_one_value_said_of_several_named_parts_goes_to_each():
    s = parse("10 V source, R1 = 1 kΩ in series with it, then R2 and R3 (both 2 kΩ) in parallel, i.e. 1 kΩ "
              "equivalent, so the total is 2 kΩ.", domain="circuits")
    assert _values(s, "resistor") == [1000.0, 2000.0, 2000.0]
    assert s.attr("equivalent")
    s = parse("R1, R2 and R3, each 1 kΩ, in series with a 9 V battery.", domain="circuits")
    assert _values(s, "resistor") == [1000.0] * 3
    with pytest.raises(UnsatisfiableError, match="1.5 kΩ"):
        parse("10 V source, R1 = 1 kΩ in series with it, then R2 and R3 (both 2 kΩ) in parallel, i.e. 1.5 kΩ "
              "equivalent.", domain="circuits")
