"""A revision of an earlier figure that no reader applied is refused by name, never drawn as the old figure
(requests-29, held out then development data: "drop the Golgi bodies entirely", "Swap the capacitor for a 47 µF
one", "redo it with 6 fewer nuclei" were drawn with the old parts or count, exit 7)."""
from __future__ import annotations

import pytest

from nesy.errors import UnknownWordsError
from nesy.pipeline import parse


@pytest.mark.parametrize("text, word", [
    ("Last version showed two cells, each with one nucleus, and two Golgi bodies in total. Change it: keep the two "
     "cells and their one nucleus each, drop the Golgi bodies entirely, and give each cell three mitochondria.", "drop"),
    ("Last schematic: a 5 V source, a 1 kΩ resistor and a 100 µF capacitor, all in series. Swap the capacitor for a "
     "47 µF one, everything else the same.", "Swap"),
    ("Your last image had 20 nuclei, too many; redo it with 6 fewer nuclei.", "6 fewer"),
])
def test_an_unapplied_revision_is_refused(text: str, word: str) -> None:
    with pytest.raises(UnknownWordsError, match="a correction of something said earlier") as e:
        parse(text, allow_unknown=True)
    assert word in str(e.value)


@pytest.mark.parametrize("text", [
    "The cell you drew for me yesterday had one nucleus, six ribosomes and three mitochondria. Please redo it with four "
    "mitochondria instead of three; keep the nucleus and the six ribosomes as they were.",
    "The circuit you drew had a 6 V battery and one 10 Ω resistor. Add a second resistor of 20 Ω in series with the "
    "first; keep the battery.",
])
def test_an_applied_revision_is_drawn(text: str) -> None:
    """Guard: revisions the readers apply are drawn as before."""
    parse(text, allow_unknown=True)


def test_remove_a_new_thing_is_no_revision() -> None:
    """Guard: a taking-back verb whose object names nothing said before is an instruction."""
    from nesy.parse.revisions import unread_revisions
    t = "a cell with a nucleus; remove the background noise"
    assert unread_revisions(t, [(15, 60)]) == []
