"""A clause that says what a complement is ("the complement A' is the part of U outside A", "Sᶜ = everything
in E not in S") describes a region by the complement's definition; it is not a relation between the universe
and the set (acceptance-9 sets-03 was called impossible: 'U outside A' against 'A inside U'). Own phrasings."""
from __future__ import annotations

import pytest


def scene(text: str):
    from nesy.pipeline import parse
    return parse(text, domain="sets", allow_unknown=True)


@pytest.mark.parametrize("text, inner, outer", [
    ("Show the set A inside the universal set U, so that the complement A' is the part of U outside A.", "A", "U"),
    ("U is the universal set and B is inside U; the complement of B is the region of U that lies outside B.",
     "B", "U"),
    ("Set S inside the universe E. Sᶜ = everything in E not in S.", "S", "E"),
    ("K is a subset of V, and K′ is the rest of V outside K.", "K", "V"),
])
def test_complement_definition_is_no_relation(text, inner, outer):
    sg = scene(text)
    assert sorted(e.id for e in sg.entities if e.kind == "set") == sorted([inner, outer])
    assert {(r.kind, r.source, r.target) for r in sg.relations} == {("inside", inner, outer)}
