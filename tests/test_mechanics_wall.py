"""A body pressed or held against a wall is refused by name, never drawn as a body on a floor (whose
vertical normal force and horizontal friction would be wrong yet pass the floor's checks)."""
from __future__ import annotations

import pytest

from nesy.errors import UnsupportedError
from nesy.pipeline import parse


@pytest.mark.parametrize("text, phrase", [
    ("A 3 kg block is pressed against a vertical wall by a horizontal force of 50 N and does not slide.",
     "against a vertical wall"),
    ("A book of mass 1 kg is held against the wall by a horizontal push of 30 N.", "against the wall"),
    ("a 2 kg box pinned to the wall by a 40 N horizontal force", "pinned to the wall"),
    ("Block (4 kg) pushed against a rough wall with 60 N; draw the FBD", "against a rough wall"),
])
def test_a_body_against_a_wall_is_refused_by_name(text, phrase):
    with pytest.raises(UnsupportedError, match="wall") as e:
        parse(text, allow_unknown=True)
    assert phrase in str(e.value)


@pytest.mark.parametrize("text", [
    "A 5 kg box rests on the floor next to a wall. Draw its forces.",
    "A 10 kg block sits on a horizontal floor and a worker pushes it with 40 N toward the wall.",
])
def test_a_wall_that_holds_nothing_is_no_support(text):
    assert parse(text, allow_unknown=True).domain == "mechanics"
