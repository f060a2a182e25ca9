"""Session 40: sets readings that failed on requests-20 (by mechanism, in other words than the requests).

* the universal set's letter is the one the text names so (n(S) = 12 is a set when U is the universe);
* an adjective before a counted noun is an intersection ("8 are brown cows" with "… are brown", "… are cows");
* a subject pronoun / coordinated verb continues the subject of the clauses before, not their object;
* "neither A nor B <predicate> C" denies the predicate of each of A and B.
"""
from __future__ import annotations

import pytest

from nesy.domains.sets_counts import read_counts
from nesy.errors import NesyError
from nesy.pipeline import parse


def _what(text):
    return [s.what for s in read_counts(text)[0]]


def _region_counts(sg):
    regs = dict(dict(sg.attributes)["counts"])["regions"]
    return {tuple(sorted(dict(r)["sets"])): dict(r)["count"] for r in regs}


def _rels(text):
    sg = parse(text)
    return {(r.kind, r.source, r.target) for r in sg.relations if r.kind in ("inside", "outside", "overlaps")}


# --- the universal set's letter --------------------------------------------------------------------------

@pytest.mark.parametrize("text, letter", [
    ("In a group of 40 pupils, n(A)=22 play chess, n(S)=15 swim and n(A ∩ S)=7 do both. "
     "Draw the universal set U with the sets A and S.", "S"),
    ("Of 50 workers, n(E)=20 cycle, n(B)=25 take the bus and n(E ∩ B)=6 do both; U is the universal set.", "E"),
    ("A survey of 60 people: n(S)=30, n(T)=28, n(S ∩ T)=10, with the universe ξ.", "S"),
])
def test_named_universe_leaves_other_letters_sets(text, letter):
    assert ("set", letter) in _what(text)
    assert ("universe",) not in [w for w in _what(text) if w == ("set", letter)]


def test_named_universe_letter_is_the_universe():   # guard: S named the universal set stays the universe
    ws = _what("S is the universal set with n(S)=30; n(A)=12, n(B)=10 and n(A ∩ B)=4.")
    assert ("universe",) in ws and ("set", "S") not in ws


def test_count_problem_with_named_universe_is_drawn():
    sg = parse("In a group of 40 pupils, n(A)=22 play chess, n(S)=15 swim and n(A ∩ S)=7 do both. "
               "Draw the universal set U with the sets A and S.", allow_unknown=True)
    got = _region_counts(sg)
    assert got[("A", "S")] == 7 and got[("A",)] == 15 and got[("S",)] == 8 and got[()] == 10


# --- an adjective before a counted noun ---------------------------------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("A farm keeps 60 animals: 25 are cows, 20 are brown, and 8 are brown cows.", {"brown", "cows"}),
    ("Of 40 cars, 18 are red, 22 are sedans and 7 are red sedans.", {"red", "sedans"}),
    ("In a ward of 30 patients, 12 are elderly, 14 are diabetics, and 5 of them are elderly diabetics.",
     {"elderly", "diabetics"}),
])
def test_adjective_noun_count_is_intersection(text, pair):
    both = [w for w in _what(text) if w[0] == "both"]
    assert both and set(both[0][1:]) == pair


def test_adjective_not_a_counted_set_stays():   # guard: "small" is no other count's set
    ws = _what("A shelter has 40 dogs: 20 are puppies, 15 are black and 6 are small puppies.")
    assert not any(w[0] == "both" for w in ws)


def test_adjective_noun_problem_is_not_impossible():
    sg = parse("A farm keeps 60 animals: 25 are cows (set C), 20 are brown (set B), and 8 are brown cows. "
               "Draw C and B.", allow_unknown=True)
    got = _region_counts(sg)
    assert got[("B", "C")] == 8 and got[("C",)] == 17 and got[("B",)] == 12 and got[()] == 23


# --- the subject a pronoun continues ------------------------------------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("Sets D, E and F. F is inside E; D overlaps E but has some members outside E, and it shares no elements "
     "with F.", ("D", "F")),
    ("Sets S, T and V. V is inside T; S intersects T but has members outside T, and it shares no members with V.",
     ("S", "V")),
    ("Sets K, L and M: M is within L; K shares elements with L yet has elements outside L, and it has nothing in "
     "common with M.", ("K", "M")),
    ("Sets A, B and C. C lies inside B, while A overlaps B but also has members outside B, and it has no elements "
     "in common with C.", ("A", "C")),
    ("Sets G, H and J. J is a subset of H. G intersects H but has elements outside H too, and it shares nothing "
     "with J.", ("G", "J")),
])
def test_pronoun_is_the_clause_subject(text, pair):
    rels = _rels(text)
    assert ("outside",) + pair in rels
    assert not any(r[0] == "outside" and pair[1] in r[1:] and r[1:] != pair and pair[0] not in r[1:] for r in rels)


@pytest.mark.parametrize("text, pair", [   # guards: the clause just before opens with its subject, read as before
    ("Sets A, B and C. B is inside A and it has nothing in common with C.", ("B", "C")),
    ("Sets A, B and C. A contains B, and it has nothing in common with C.", ("A", "C")),
])
def test_pronoun_subject_of_the_clause_just_before(text, pair):
    assert ("outside",) + pair in _rels(text)


# --- neither … nor as a subject ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, outs", [
    ("Neither P nor Q overlaps R, although P and Q overlap.", {("P", "R"), ("Q", "R")}),
    ("Sets A, B and C: neither A nor B has anything in common with C; A overlaps B.", {("A", "C"), ("B", "C")}),
    ("Neither the set S nor T touches U.", {("S", "U"), ("T", "U")}),
    ("Neither K nor L shares any members with M, though K and L overlap.", {("K", "M"), ("L", "M")}),
])
def test_neither_nor_subject(text, outs):
    rels = _rels(text)
    assert {("outside",) + o for o in outs} <= rels


def test_neither_nor_unread_predicate_still_refused():   # guard: a predicate nesy cannot read is not guessed
    with pytest.raises(NesyError):
        parse("Neither P nor Q is coloured blue, and R overlaps P.")


# --- a fixed adverbial whose "in" relates nothing ("which in turn sits in R") -----------------------------------

@pytest.mark.parametrize("text, inside", [
    ("N sits in Z, which sits in Q, which in turn sits in R.", {("N", "Z"), ("Z", "Q"), ("Q", "R")}),
    ("A is inside B, and B in turn lies inside C.", {("A", "B"), ("B", "C")}),
    ("Mammals sit inside Animals, and Dogs in turn sit inside Mammals.", {("Mammals", "Animals"), ("Dogs", "Mammals")}),
    ("Draw K in L; L in fact sits in M.", {("K", "L"), ("L", "M")}),
])
def test_adverbial_in_is_no_relation(text, inside):
    rels = _rels(text)
    assert {("inside",) + p for p in inside} <= rels


def test_in_before_a_set_name_is_still_a_relation():   # guard: "in Q" relates, it is no idiom
    assert ("inside", "P", "Q") in _rels("P sits in Q, which sits in R.")


# --- circuits: "neither a X nor a Y" (the same correlative denial) ---------------------------------------------

def _circuit(text):
    return parse(text, domain="circuits", allow_unknown=True)


@pytest.mark.parametrize("text, kinds", [
    ("A 12 V battery drives a 4 Ω resistor and a 6 Ω resistor in series; there is neither an ammeter nor a voltmeter.",
     {"vsource": 1, "resistor": 2}),
    ("A 9 V battery and a 100 Ω resistor in series, with neither a switch, a lamp nor a capacitor.",
     {"vsource": 1, "resistor": 1}),
    ("Two capacitors of 4.7 µF and 10 µF in series across a 12 V battery; the circuit has neither a resistor nor a "
     "switch.", {"vsource": 1, "capacitor": 2}),
])
def test_circuit_neither_nor_denies_parts_not_drawn(text, kinds):
    sg = _circuit(text)
    got: dict[str, int] = {}
    for e in sg.entities:
        if e.kind not in ("series", "parallel"):
            got[e.kind] = got.get(e.kind, 0) + 1
    assert got == kinds


@pytest.mark.parametrize("text", [
    "A 10 Ω resistor across a 6 V battery; the circuit has neither a resistor nor a switch.",
    "A 6 V battery, a switch and a 2 Ω resistor in series; there is neither a switch nor a lamp.",
])
def test_circuit_neither_nor_refuses_a_denied_part_drawn(text):
    from nesy.errors import UnsatisfiableError
    with pytest.raises(UnsatisfiableError) as e:
        _circuit(text)
    said = " ".join(p["text"] for p in e.value.phrases)
    assert "neither" in said


@pytest.mark.parametrize("text, want, wrong", [
    # (the corpus comparison: D's predicate went to C, a set of a clause further back that lies inside B)
    ("Draw sets A, B and C with C ⊂ B ⊂ A, plus a fourth set D that overlaps A but shares nothing with B.",
     ("outside", "D", "B"), ("outside", "C", "B")),
    ("Sets K and L with L inside K, and also a set M which meets K but has nothing in common with L.",
     ("outside", "M", "L"), ("outside", "K", "L")),
])
def test_a_relative_clause_antecedent_is_the_subject_of_its_coordinated_verb(text, want, wrong):
    from nesy.pipeline import parse
    rels = {(r.kind, r.source, r.target) for r in parse(text, allow_unknown=True, domain="sets").relations}
    rels |= {(k, b, a) for k, a, b in rels if k == "outside"}
    assert want in rels and wrong not in rels
