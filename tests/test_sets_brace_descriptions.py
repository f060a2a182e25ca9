"""A set whose braces hold a description of numbers, not members ("A = {primes less than 20}", requests-17 sets-04:
refused as 'lists members in braces'): its members are the numbers the description names, drawn as dots."""
from __future__ import annotations

from nesy.pipeline import parse


def _members(text: str) -> dict[str, set[str]]:
    sg = parse(text, domain="sets")
    sets = {e.id: e.name for e in sg.entities if e.kind == "set"}
    out: dict[str, set[str]] = {n: set() for n in sets.values()}
    for r in sg.relations:
        if r.kind == "element_of" and r.target in sets:
            out[sets[r.target]].add(next(e.name for e in sg.entities if e.id == r.source))
    return out


def test_descriptions_in_braces_are_their_numbers():
    m = _members("Let A = {primes less than 20} and B = {odd numbers less than 20}. Draw the Venn diagram of A and B.")
    assert m["A"] == {"2", "3", "5", "7", "11", "13", "17", "19"}
    assert m["B"] == {str(k) for k in range(1, 20, 2)}


def test_a_roster_of_members_is_still_a_roster():
    assert _members("A = {1, 2, 3}, B = {3, 4}") == {"A": {"1", "2", "3"}, "B": {"3", "4"}}
