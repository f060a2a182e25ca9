"""Set-algebra expressions written without spaces ("P∩Q", "X⊂Y⊂Z", "R\\S") are read as their spaced forms,
with spans on the user's own characters; a difference said empty is a subset, said non-empty a part
outside; an intersection of three said non-empty is a common region. Own phrasings."""
from __future__ import annotations

import pytest

from nesy.pipeline import parse
from sets_rels import scene_rels as _rels


def _scene(text: str):
    return parse(text, domain="sets", allow_unknown=True)




@pytest.mark.parametrize("text, want", [
    ("Sets P, Q and R where P∩Q and Q∩R are non-empty and P∩R=∅",
     {("overlaps", "P", "Q"), ("overlaps", "Q", "R"), ("outside", "P", "R")}),
    ("X⊂Y⊂Z", {("inside", "X", "Y"), ("inside", "Y", "Z")}),
    ("Draw K⊆L and M∩L=∅.", {("inside", "K", "L"), ("outside", "L", "M")}),
    ("Let D⊇E; F∩E is non-empty", {("inside", "E", "D"), ("overlaps", "E", "F")}),
])
def test_unspaced_operators(text: str, want: set) -> None:
    sg = _scene(text)
    assert _rels(sg) == want
    assert sg.text == text
    for r in sg.relations:   # every span quotes the user's own characters
        assert text[r.span.start:r.span.end] == r.span.text


@pytest.mark.parametrize("text, names", [
    ("a venn of J, K, L in which J∩K, K∩L, J∩L and J∩K∩L are all non-empty", ("J", "K", "L")),
    ("Sets P, Q, R: P∩Q∩R is not empty", ("P", "Q", "R")),
    ("Draw A, B and C with A ∩ B ∩ C ≠ ∅ and A ∩ B non-empty", ("A", "B", "C")),
])
def test_triple_nonempty_is_common(text: str, names: tuple) -> None:
    common = _scene(text).attr("common") or []
    assert any(tuple(g["sets"]) == names for g in common)


@pytest.mark.parametrize("text, want_in, want_some", [
    ("Draw sets G and H with G\\H = ∅", ("G", "H"), None),
    ("Two sets, M and N; M−N is empty", ("M", "N"), None),
    ("Sets V and W where V − W ≠ ∅ and W ⊂ V", None, ("V", "W")),
])
def test_difference(text: str, want_in, want_some) -> None:
    sg = _scene(text)
    if want_in:
        assert ("inside", *want_in) in _rels(sg)
    if want_some:
        assert [tuple(x["sets"]) for x in sg.attr("some_not") or []] == [want_some]


@pytest.mark.parametrize("text, phrase", [
    ("Draw sets A and B with B ⊂ C and shade Aᶜ", "Aᶜ"),
    ("Draw sets A and B with A ⊂ C; the complement of B is shaded", "complement of B"),
])
def test_complement_is_not_dropped(text: str, phrase: str) -> None:
    """A complement is no region drawn: it is listed as not drawn, or the text refused naming it."""
    from nesy.errors import NesyError
    try:
        sg = _scene(text)
    except NesyError as e:
        assert phrase.split()[0] in str(e)
        return
    spans = [text[s.start:s.end] for s in list(sg.unknown) + list(sg.not_drawn)]
    assert any(phrase in s or (s and s in phrase) for s in spans)
