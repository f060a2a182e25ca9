"""A table written on one line — rows separated by ";", cells by "|", an optional header ended by ":" — is read
as its rows' statements, as a markdown table is."""
from collections import Counter

from nesy.pipeline import parse


def _given(s):
    return {dict(g)["target"]: float(dict(g)["value"]) for g in dict(s.attributes)["given"]}


def test_a_one_line_table_with_a_header_gives_each_side_its_own_length():
    s = parse("Right triangle KLM (edge | cm: KL | 8; LM | 6; KM | 10).", allow_unknown=True)
    assert not s.not_drawn and _given(s) == {"KL": 8, "LM": 6, "KM": 10}


def test_a_one_line_table_of_sets_and_their_members_in_braces():
    s = parse("name | members: P | {a, b}; Q | {b, c}. draw the venn diagram", allow_unknown=True)
    assert s.domain == "sets" and not s.not_drawn
    assert Counter(e.kind for e in s.entities) == {"set": 2, "element": 3}


def test_a_one_line_table_with_no_header_pairs_each_key_with_its_value():
    s = parse("Triangle XYZ: XY | 3 in; YZ | 4 in; XZ | 5 in.", allow_unknown=True)
    assert not s.not_drawn and _given(s) == {"XY": 3, "YZ": 4, "XZ": 5}


def test_a_state_table_on_one_line_is_left_to_the_automaton_reader():
    s = parse("state | on a | on b; P | Q | P; Q | Q | P. Start P, accepting Q.", allow_unknown=True)
    assert s.domain == "automata" and not s.not_drawn
