"""A measure the text states but nesy cannot read the number of is refused by name in every science that
draws such measures, never drawn at the science's default (nesy.parse.quantities.unread_quantities, called
by nesy.pipeline.parse with each science's ``drawn_quantities``)."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from nesy.errors import InputError
from nesy.parse.quantities import dimension_of, unread_quantities
from nesy.pipeline import parse


def _unread(text: str, *phrases: str, dims=None) -> list[str]:
    spans = [(text.index(p), text.index(p) + len(p)) for p in phrases]
    return [text[q.start:q.end] for q in unread_quantities(text, spans, dims)]


def test_phrase_runs_from_the_whole_number_to_its_unit():
    assert _unread("A frame of three quarters of a kilogram hangs", "three quarters") == \
        ["three quarters of a kilogram"]
    assert _unread("one planet at half an AU and a second at two and a half AU", "half", "two", "half AU") == \
        ["half an AU", "two and a half AU"]
    assert _unread("it is one and a half centimetres wide", "centimetres") == ["one and a half centimetres"]
    assert _unread("a crate of a dozen-ish kilograms", "dozen-ish") == ["dozen-ish kilograms"]
    assert _unread("a 3 cm and a 4 cm side", "4 cm") == ["4 cm"]


def test_no_measure_without_a_number_and_a_unit_beside_it():
    assert _unread("lengths in cm", "cm") == []             # a unit after a preposition states no measure
    assert _unread("the two in the middle", "two") == []      # "in" is no inch
    assert _unread("a resistor R2 of unknown value", "unknown value") == []


def test_dimensions_filter_and_angles_are_not_ratios():
    text = "after 3 s it has slid some way"
    assert _unread(text, "3 s") == ["3 s"]
    assert _unread(text, "3 s", dims={dimension_of("kg")}) == []
    assert dimension_of("°") == dimension_of("degrees") == "[angle]"
    assert dimension_of("%") != "[angle]"


@pytest.mark.parametrize("text, phrase", [
    ("A 3 kg cart accelerates at a couple of m/s² along a smooth table, pulled by a rope.", "couple of m/s²"),
    ("A 2 kg crate speeds up at a dozen-ish m/s^2 across a smooth floor, pulled by a rope.", "dozen-ish m/s^2"),
    ("A 12 V battery drives a resistor of a few hundred ohms and a 10 Ω resistor in series.", "few hundred ohms"),
    ("A moon orbits Jupiter at several hundred thousand km.", "several hundred thousand km"),
    ("An object 2 cm tall stands a couple of metres from a converging lens of focal length 20 cm.",
     "couple of metres"),
    ("A square whose sides are a couple of inches.", "couple of inches"),
    ("A rhombus with an angle of some degrees and sides of 5 cm.", "some degrees"),
])
def test_unread_measure_is_refused_naming_it(text, phrase):
    # refused as an input error naming the phrase and its position (geometry and optics refuse it while they
    # read, the pipeline for every science after)
    with pytest.raises(InputError) as e:
        parse(text, allow_unknown=True)
    assert f"'{phrase}' at {text.index(phrase)}-{text.index(phrase) + len(phrase)}" in str(e.value)
    assert "not read" in str(e.value) or "cannot read" in str(e.value)


def test_a_value_named_again_and_a_measure_the_science_does_not_draw_are_not_refused():
    # "the 4.7 kΩ" points at the resistor whose value was read where it was stated
    s = parse("A 12 V battery drives a 4.7 kΩ resistor and a 10 Ω resistor in series; the output is across "
              "the 4.7 kΩ.", allow_unknown=True)
    assert s.domain == "circuits"
    # a time is no measure a free-body diagram draws: listed as not drawn, the figure still drawn
    s = parse("A 5 kg block slides down a rough 30° incline; after 3 s it has moved some distance.",
              allow_unknown=True)
    assert any("3 s" in n.text for n in s.not_drawn)
    # a fraction nesy reads is drawn, not refused
    s = parse("A block of three quarters of a kilogram rests on a table.", allow_unknown=True)
    assert s.domain == "mechanics"


def test_a_measure_the_science_draws_as_a_symbol_is_listed_not_refused():
    # mechanics draws an unread mass or force as a symbol (m, mg; no number written): not drawn, not refused
    for text in ("A box is pushed along a rough floor by a force of a couple of newtons.",
                 "A block of a few kilograms rests on a 30° incline."):
        s = parse(text, allow_unknown=True)
        assert s.domain == "mechanics"


def test_cli_exits_2_and_writes_no_figure(tmp_path):
    out = tmp_path / "o"
    p = subprocess.run([sys.executable, "-m", "nesy", "generate", "A planet circles its star at a couple of AU.",
                        "-o", str(out)], capture_output=True, text=True, timeout=300)
    assert p.returncode == 2, p.stderr
    assert "'couple of AU' at" in p.stderr
    assert not (out / "figure.png").exists()
    # the read value is drawn as stated
    p = subprocess.run([sys.executable, "-m", "nesy", "generate", "A planet circles its star at two and a half AU.",
                        "-o", str(out)], capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    assert json.loads((out / "orbits.json").read_text())["solution"]["planet1"]["a_au"] == 2.5
