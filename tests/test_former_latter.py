""""The former" / "the latter" read as the first / second of the two things named together before (nesy.parse.former_latter)."""
from __future__ import annotations

import pytest

from nesy import pipeline
from nesy.parse.former_latter import former_latter


@pytest.mark.parametrize("text, said", [
    ("There are also four chloroplasts and a vacuole. The latter should be big; the former must stay outside.",
     ["the vacuole", "the chloroplasts"]),
    ("There are two salts I keep mixing up, KCl and CsCl. The former has the rock-salt structure.", ["KCl"]),
    ("I want two planets, Venus and Mars. The former is at 0.72 AU and the latter at 1.52 AU.", ["Venus", "Mars"]),
    ("There are two sets, F and G. H goes inside the former.", ["F"]),
    # no pair of one kind before it: left as written
    ("A plant cell and Mars. The latter is red.", []),
    ("Draw the latter half of the orbit.", []),
])
def test_the_reference_is_the_noun(text, said):
    assert [new for _a, _b, new in former_latter(text)] == said


def test_distances_go_to_the_planets_referred_to():
    g = pipeline.parse("I want two planets, Venus and Mars. The former is at 0.72 AU and the latter at 1.52 AU. Both go "
                       "round the Sun.")
    bodies = {b["name"]: b for b in g.to_dict()["attributes"]["bodies"]}
    assert bodies["Venus"]["a"] == pytest.approx(0.72) and bodies["Mars"]["a"] == pytest.approx(1.52)
    # every span still points into the user's text
    t = g.text
    assert all(t[s["start"]:s["end"]] == s["text"] for b in bodies.values() for s in b["spans"].values())


def test_only_the_former_is_drawn():
    g = pipeline.parse("Draw KCl and CsCl side by side? No: only the former, with a = 6.29 Å, in the rock-salt structure.")
    assert g.domain == "crystal" and g.entities[0].name == "KCl"
