"""A lab notebook's shorthand read as the words it stands for (grammars/common/shorthand.yaml, nesy/parse/markup.py):
requests-31 (development data) wrote "conv. lens, f = 10 cm; obj @ 15 cm, ht 2 cm" (refused: the height read as a
second object distance), "tri ABC", "rect. PQRS" (no science found) and "2 res., 100 Ω ea." (a count of nothing).
Shorthand is read only where the words after it say which word it is: a microscope's "40x obj" is its objective,
"conv. mirror" could be convex or concave."""
from __future__ import annotations

import pytest

from nesy.parse.markup import normalize
from nesy.pipeline import parse


@pytest.mark.parametrize("text,want", [
    ("div. lens f = 20 cm, obj. at 30 cm, ht. 3 cm", "diverging lens f = 20 cm, object at 30 cm, height 3 cm"),
    ("obj @ 25 cm; find img", "object @ 25 cm; find image"),
    ("tri PQR w/ PQ 5 cm", "triangle PQR with PQ 5 cm"),
    ("sq. WXYZ, side 4 cm", "square WXYZ, side 4 cm"),
    ("rect ABCD 3 cm by 2 cm", "rectangle ABCD 3 cm by 2 cm"),
    ("9 V batt, 3 res. in series", "9 V battery, 3 resistors in series"),
    ("1 res. of 10 Ω", "1 resistor of 10 Ω"),
    ("a block on a ramp, FBD pls", "a block on a ramp, free-body diagram please"),
    ("schem. of the circuit", "schematic of the circuit"),
])
def test_shorthand_is_read_as_its_word(text, want):
    assert normalize(text).text == want


@pytest.mark.parametrize("text", [
    "a micrograph taken with a 40x obj of 12 nuclei",      # a microscope's objective
    "a conv. mirror, f = 10 cm",                           # convex or concave: not said
    "the ht of the image",                                 # no value after it
    "tri-state logic",                                     # part of a word
    "fbd",                                                 # the initialism is written in capitals
])
def test_shorthand_the_words_around_do_not_decide_stays(text):
    assert normalize(text).text == text


def test_a_bench_log_in_shorthand_is_drawn_as_meant():
    s = parse("Bench log: conv. lens, f = 12 cm; obj @ 18 cm, ht 2 cm; locate img.", allow_unknown=True)
    assert s.domain == "optics"
    assert not s.not_drawn
