"""A thing the text names only to deny it is not drawn (``nesy.parse.documents._denials``).

Before, every science read the denied noun phrase as one more thing: "Draw sets A and B but not C" drew C,
"… in series, not a capacitor" drew a capacitor (both verified), "a cell with a nucleus, not a vacuole" put the
vacuole outside the cell and called the text impossible. Near phrasings where the "not" carries a relation, a
region, a count or a property claim stay as they were."""
from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter

import pytest

from nesy.errors import UnknownWordsError
from nesy.pipeline import parse


def _kinds(text: str) -> Counter:
    return Counter(e.kind for e in parse(text, allow_unknown=True).entities)


def _names(text: str) -> set:
    return {e.name for e in parse(text, allow_unknown=True).entities if e.name}


@pytest.mark.parametrize("text, kind, n", [
    ("A cell (not a plant cell) with a nucleus and two mitochondria.", "cell", 1),
    ("a cell with a nucleus, not a vacuole", "vacuole", 0),
    ("a cell with a nucleus but not a vacuole", "vacuole", 0),
    ("Three mitochondria inside the cell, not the nucleus.", "nucleus", 0),
    ("A 9 V battery with R1 = 10 ohm and R2 = 20 ohm in series, not a capacitor.", "capacitor", 0),
    ("A circuit with a 5 V battery and two resistors of 10 ohm (not 20 ohm) in series", "resistor", 2),
    ("A 6 V battery and a 100 Ω resistor rather than a capacitor.", "capacitor", 0),
])
def test_a_thing_named_only_in_a_denial_is_not_drawn(text, kind, n):
    assert _kinds(text)[kind] == n


@pytest.mark.parametrize("text, gone", [
    ("Draw sets A and B but not C.", "C"),
    ("Draw sets A and B, not C.", "C"),
    ("Pluto and Eris orbiting the Sun (not Neptune).", "Neptune"),
    ("The Sun with Mars and Venus — not Earth.", "Earth"),
])
def test_a_name_only_denied_is_not_drawn(text, gone):
    assert gone not in _names(text)


def test_the_denial_is_listed_with_why():
    sc = parse("Draw sets A and B but not C.", allow_unknown=True)
    said = {n.text: n.why for n in sc.no_content}
    assert any("not C" in t and "only to say it is not there" in w for t, w in said.items()), said


@pytest.mark.parametrize("text, kept", [
    ("Draw sets A, B and C. A overlaps B but not C.", "C"),          # C named elsewhere: the relation reader's
    ("Elements in A but not B: 1, 2. Elements in both: 3.", "B"),    # a region after a place word
    ("Draw K inside L. M is overlapping L but not intersecting with K.", "K"),   # a relation denied
])
def test_a_thing_named_elsewhere_or_a_region_stays(text, kept):
    assert kept in _names(text)


def test_a_property_claim_on_another_thing_stays_a_negation():
    with pytest.raises(UnknownWordsError):
        parse("a lens with f = 10 cm, not a real image")


def test_words_that_open_no_noun_phrase_stay():
    from nesy.parse.documents import read_documents
    from nesy.parse.markup import normalize
    text = "the fcc cell of platinum (cubic, not hexagonal, whatever the draft said)"   # a bare property word
    assert read_documents(normalize(text))[0].text == text
    assert _kinds("A cell with a nucleus (not to scale).") == Counter({"cell": 1, "nucleus": 1})
    assert _kinds("An animal cell with two mitochondria (not three) and a nucleus.")["mitochondrion"] == 2


def test_cli_draws_the_sets_without_the_denied_one(tmp_path):
    out = tmp_path / "o"
    r = subprocess.run([sys.executable, "-m", "nesy", "generate", "Draw sets A and B but not C.", "--out", str(out)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    scene = json.loads((out / "scene.json").read_text())
    assert sorted(e["name"] for e in scene["entities"]) == ["A", "B"]
