"""A body on a table or slope pulled over a pulley is no Atwood machine: refused naming the phrase.

nesy draws a pulley with both masses hanging; its tension 2 m1 m2 g / (m1 + m2) is twice the table-pulley
system's m1 m2 g / (m1 + m2), so drawing the table problem as the machine labelled a wrong tension and
passed (Halliday, Resnick & Walker, *Fundamentals of Physics*, ch. 5).
"""
from __future__ import annotations

import pytest

from nesy.errors import UnsupportedError
from nesy.pipeline import parse


@pytest.mark.parametrize("text,phrase", [
    ("Block A (4 kg) rests on a frictionless horizontal table and is tied by a light string over a pulley at the "
     "table edge to block B (1 kg), which hangs freely.", "rests on a frictionless horizontal table"),
    ("A 2 kg block on a smooth table is connected over a pulley to a 3 kg hanging mass.", "block on a smooth table"),
    ("A 5 kg box sitting on a frictionless incline of 30° is tied over a pulley to a 2 kg mass hanging freely.",
     "sitting on a frictionless incline"),
    ("a 3 kg cart on the level floor, string over a pulley, 1 kg mass hanging", "cart on the level floor"),
])
def test_table_pulley_is_refused_naming_the_phrase(text: str, phrase: str) -> None:
    with pytest.raises(UnsupportedError) as e:
        parse(text, allow_unknown=True)
    assert f"'{phrase}'" in str(e.value)


@pytest.mark.parametrize("text", [
    "Atwood machine: masses of 3 kg and 5 kg hang on either side of a light, frictionless pulley.",
    "Two blocks of 2 kg and 6 kg hang from a light string over a frictionless pulley.",
])
def test_atwood_machine_is_still_read(text: str) -> None:
    scene = parse(text, allow_unknown=True)
    assert scene.attr("scene") == "pulley"
    kinds = [e.kind for e in scene.entities]
    assert kinds.count("body") == 2 and kinds.count("pulley") == 1
