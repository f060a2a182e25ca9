"""A pronoun's contraction is never a body ("I'll see it in 2061" drew a planet "I'll" at the value the text
gave its comet), and a body named twice ("Halley's Comet … comet Halley") is one body, drawn once
(requests-18 astronomy-04; the phrasings here are new)."""
from __future__ import annotations

import pytest

from nesy.errors import UnsatisfiableError
from nesy.pipeline import parse


def _bodies(text):
    d = parse(text, allow_unknown=True).to_dict()
    return [(b["id"], b["a"]) for b in d["attributes"]["bodies"]], [e["id"] for e in d["entities"]]


@pytest.mark.parametrize("text", [
    "Encke's Comet came back in 2023 and I'll watch it again; its orbit's semi-major axis is 2.2 AU. Draw the Sun, "
    "Earth and comet Encke.",
    "Mum saw Halley's Comet and I'd love to; its semi-major axis is about 17.8 AU. Please draw the Sun, Earth and "
    "Halley.",
    "I'm told Encke's Comet is at 2.2 AU; draw the Sun, Earth at 1 AU and Encke's Comet.",
    "We'll need the Sun with Mars at 1.52 AU. It's for a poster.",
    "Draw the Sun and Jupiter at 5.2 AU, and that's Saturn at 9.58 AU. I'd like both orbits.",
])
def test_a_contraction_is_no_body(text):
    bodies, ents = _bodies(text)
    assert not any("'" in i or "_" in i and i.split("_")[-1] in ("m", "ll", "s", "d", "ve") for i in ents), ents


@pytest.mark.parametrize("text, body, a", [
    ("Halley's Comet has a semi-major axis of 17.8 AU. Draw the Sun, Earth and comet Halley.", "halley", 17.8),
    ("Encke's Comet orbits at 2.2 AU; sketch the Sun with Earth and with comet Encke going round it.", "encke", 2.2),
])
def test_one_body_named_twice_is_drawn_once(text, body, a):
    bodies, ents = _bodies(text)
    assert ents.count(body) == 1, ents
    assert dict(bodies)[body] == pytest.approx(a)


def test_two_values_for_one_body_are_refused_by_name():
    with pytest.raises(UnsatisfiableError, match=r'"17.8 AU"; "20 AU"'):
        parse("Halley's Comet is at 17.8 AU. Draw the Sun and comet Halley at 20 AU.", allow_unknown=True)


@pytest.mark.parametrize("text, body, key, value", [
    ("so Mars takes like 1.88 years to go round the Sun, can you draw it?", "mars", "T", 1.88),
    ("Venus is like 0.72 AU from the Sun and Earth is at 1 AU; draw them.", "venus", "a", 0.72),
    ("and Jupiter, it's at like 5.2 AU from the Sun, draw that", "jupiter", "a", 5.2),
])
def test_a_spoken_like_before_a_value_is_a_hedge(text, body, key, value):
    d = parse(text, allow_unknown=True).to_dict()
    got = {b["id"]: b for b in d["attributes"]["bodies"]}
    assert got[body][key] == pytest.approx(value)
