"""A body's name inside a compound modifier names a kind, not that body: "a Jupiter-family comet", "an
Earth-like planet", "a Mars-crossing asteroid" never draw Jupiter, Earth or Mars (requests-5 astronomy-05
drew Jupiter beside the comet, verified)."""
from __future__ import annotations

import pytest

from nesy.errors import NesyError
from nesy.pipeline import parse


@pytest.mark.parametrize("text,name", [
    ("Take a Jupiter-family comet with perihelion at 0.5 AU and aphelion at 5.5 AU around the Sun.", "Jupiter"),
    ("An Earth-like planet orbits the Sun at 1.2 AU.", "Earth"),
    ("a Neptune-sized planet around the Sun at 3 AU", "Neptune"),
])
def test_modifier_names_no_body(text: str, name: str) -> None:
    try:
        s = parse(text, strict=False)
    except NesyError:
        return   # refused (naming a phrase) rather than drawing the named body
    assert name not in {e.name for e in s.entities}


def test_the_named_body_itself_is_still_drawn() -> None:
    s = parse("Jupiter and its family of comets: Jupiter orbits the Sun at 5.2 AU.", strict=False)
    assert "Jupiter" in {e.name for e in s.entities}
