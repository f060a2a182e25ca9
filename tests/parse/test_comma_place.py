"""A place set off by a comma after a relation says more of what that relation placed (requests-17 cell-06:
"One nucleus sits against the cell wall, outside the vacuole" was refused as a relation with no subject)."""
from __future__ import annotations

import pytest

from nesy.pipeline import parse


def _rels(text: str, domain: str = "cell") -> set[tuple[str, str, str]]:
    g = parse(text, domain=domain, allow_unknown=True)
    return {(r.kind, r.source.rstrip("0123456789"), r.target.rstrip("0123456789")) for r in g.relations}


@pytest.mark.parametrize("text, want", [
    ("A plant cell with a large vacuole. One nucleus lies near the cell wall, outside the vacuole.",
     ("outside", "nucleus", "vacuole")),
    # after a "with", the place is said of its last object
    ("A plant cell with a large vacuole and one nucleus, outside the vacuole.", ("outside", "nucleus", "vacuole")),
    ("A cell with a nucleus and 4 mitochondria, outside the nucleus.", ("outside", "mitochondrion", "nucleus")),
])
def test_a_place_after_a_comma_belongs_to_what_was_placed(text, want):
    rels = _rels(text)
    assert want in rels
    assert ("outside", "cell", want[2]) not in rels


def test_the_alt_text_of_a_plant_cell_is_drawn():
    text = ("A single plant cell. A large vacuole fills the middle. One nucleus sits against the cell wall, outside "
            "the vacuole. Three chloroplasts and two mitochondria are scattered in the thin layer of cytoplasm.")
    g = parse(text, domain="cell", allow_unknown=True)
    kinds = [e.kind for e in g.entities]
    assert (kinds.count("chloroplast"), kinds.count("mitochondrion"), kinds.count("nucleus")) == (3, 2, 1)
    assert ("outside", "nucleus", "vacuole") in _rels(text)
