"""Session 39: outsiders' set requests (requests-19) — the mechanisms they failed, in other words than theirs.

An absolute clause ", with P and Q having/sharing/being/not …" states a relation between the sets it names
(sets_words._open_absolute; participles in sets_negation._SHARE); a predicate read and blanked with its
subjects kept leaves no list for the next clause's subject to join (sets_words._close_blanked); "no other
sets" closes the figure's contents, read, not a count (sets_words._NO_OTHER); a fronted clause ends at the
comma before the imperative verb ("Given A ⊆ B and B ∩ C = ∅, draw …": sets_words._IMPERATIVE), and a
question after it ("Is A ∩ C = ∅?") asserts nothing.

Each test failed before its mechanism (session 39 notes): every case below.
"""
from __future__ import annotations

import pytest

from nesy.pipeline import generate


def _drawn(text: str):
    res = generate(text, domain="sets", rounds=1)
    sg = res.scene
    sets = {e.id.lower() for e in sg.entities if e.kind == "set"}
    rels = set()
    for r in sg.relations:
        a, b = r.source.lower(), r.target.lower()
        if r.kind in ("outside", "overlaps") and a > b:
            a, b = b, a
        rels.add((r.kind, a, b))
    return res, sets, rels


# --- ", with X and Y <participle> …": an absolute clause relating the named sets ------------------------------
@pytest.mark.parametrize("text,want", [
    ("Draw the universal set E containing sets M and N, with M and N having nothing in common.",
     {("inside", "m", "e"), ("inside", "n", "e"), ("outside", "m", "n")}),
    ("Show sets K and L, with K and L sharing some elements.", {("overlaps", "k", "l")}),
    ("Draw sets R and S, with R having no members in common with S", {("outside", "r", "s")}),
    ("Illustrate two sets G and H in a rectangle W, with G and H not overlapping",
     {("outside", "g", "h")}),
])
def test_an_absolute_with_clause_relates_the_sets_it_names(text, want):
    res, sets, rels = _drawn(text)
    assert res.passed and want <= rels
    assert not any(k == "inside" and (a, b) in {("m", "n"), ("n", "m"), ("k", "l"), ("l", "k")} for k, a, b in rels)
    assert not any(e.kind == "element" for e in res.scene.entities)   # "sharing some elements" counts nothing


# --- a blanked predicate ends its clause: "A and B … and C lies inside B" -------------------------------------------
@pytest.mark.parametrize("text", [
    "Draw sets A, B and C. A and B have elements in common and C lies inside B.",
    "Draw sets A, B and C, with A and B having elements in common and C lying inside B",
])
def test_the_subject_after_a_read_predicate_starts_a_new_clause(text):
    res, sets, rels = _drawn(text)
    assert res.passed
    assert ("overlaps", "a", "b") in rels and ("inside", "c", "b") in rels
    assert ("inside", "a", "b") not in rels


# --- "no other sets": a closure statement, read --------------------------------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("draw sets M and N where N is inside M, no other sets", {("inside", "n", "m")}),
    ("Venn diagram of sets A and B overlapping. There are no other circles.", {("overlaps", "a", "b")}),
    ("Euler diagram: K inside L and M apart from L; no more sets", {("inside", "k", "l"), ("outside", "l", "m")}),
    ("Draw sets F and G with F inside G and no further sets shown.", {("inside", "f", "g")}),
])
def test_no_other_sets_closes_the_figure(text, want):
    res, sets, rels = _drawn(text)
    assert res.passed and want <= rels
    assert len(sets) == len({x for _, a, b in want for x in (a, b)})   # only the named sets, none more, none fewer
    assert any("no" in s.text.lower() for s in res.scene.ignored)       # read as said, nothing to draw


# --- a fronted premise ends at the comma before the imperative; a question asserts nothing --------------------------
@pytest.mark.parametrize("text,want", [
    ("If P is inside Q and Q is disjoint from R, draw an Euler diagram of P, Q and R.",
     {("inside", "p", "q"), ("outside", "q", "r")}),
    ("Assuming P ⊆ Q and Q ∩ R = ∅, sketch P, Q and R. Is P ∩ R empty?",
     {("inside", "p", "q"), ("outside", "q", "r")}),
    ("Since K is apart from L, show K, L and M.", {("outside", "k", "l")}),
])
def test_a_premise_before_draw_relates_only_what_it_names(text, want):
    res, sets, rels = _drawn(text)
    assert res.passed and rels == want
