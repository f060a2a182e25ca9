""", also X" adds a thing to what the sentence is about; it is never a second object of the relation before it.
"inside the nucleus one nucleolus, also the rough endoplasmic reticulum" had put the nucleolus inside the ER
too, and the text was called impossible (requests-17 cell-03)."""
from __future__ import annotations

from nesy.pipeline import parse


def _rels(scene):
    names = {e.id: e.kind for e in scene.entities}
    return {(r.kind, names[r.source], names[r.target]) for r in scene.relations}


def test_also_after_a_comma_starts_a_new_thing_of_the_cell():
    s = parse("A cell with one nucleus, and inside the nucleus one nucleolus, also the rough endoplasmic "
              "reticulum, and four lysosomes.", domain="cell")
    rels = _rels(s)
    assert ("inside", "nucleolus", "nucleus") in rels and ("inside", "er", "cell") in rels
    assert ("inside", "nucleolus", "er") not in rels
    assert sum(e.kind == "lysosome" for e in s.entities) == 4


def test_also_adds_in_sets_too():
    s = parse("Sets A and B overlap, also C inside A.", domain="sets")
    by = {(r.kind, r.source, r.target) for r in s.relations}
    assert ("inside", "C", "A") in by and ("overlaps", "A", "B") in by
