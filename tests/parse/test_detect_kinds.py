"""Detection kinds (issue 9): a figure kind owned by one science decides over the words it is drawn about
("an Euler diagram of squares, rhombuses and quadrilaterals" is a sets figure, not geometry), and a text
whose words belong to one science only, though each is shared, is that science's (an automaton written as
"States 1, 2 and 3; 1 is the start, 3 is final …" was refused as out of scope)."""
from __future__ import annotations

import pytest

from nesy.errors import OutOfScopeError
from nesy.registry import _figure_kind, detect_domain


@pytest.mark.parametrize("text,key", [
    ("Figure 2. Euler diagram of squares S, rhombi R and quadrilaterals Q.", "sets"),
    ("euler-diagram: circles C inside ellipses E inside closed curves K", "sets"),
    ("A Venn diagram of triangles T and right-angled shapes R that overlap", "sets"),
    ("draw the state diagram for a machine with states 1 and 2", "automata"),
    ("free body diagram of a box of 3 kg resting on a floor", "mechanics"),
    # a modifier one science owns makes the figure that science's
    ("Fluorescence picture of 12 nuclei, three of them touching", "microscopy"),
    ("a DAPI image with 30 nuclei", "microscopy"),
    ("Venn diagram of genes expressed in conditions A and B, which share genes", "sets"),
])
def test_an_owned_figure_kind_decides(text: str, key: str) -> None:
    assert _figure_kind(text) == key
    assert detect_domain(text).key == key


@pytest.mark.parametrize("text", [
    "a diagram of a cell with a nucleus",
    "Draw a diagram of a right triangle with legs 3 cm and 4 cm",
    "Figure 1: a 9 V battery and a 10 Ω resistor",
    "A labelled diagram of an animal cell",
    "a cell diagram with a nucleus",
])
def test_a_plain_figure_noun_decides_nothing(text: str) -> None:
    assert _figure_kind(text) is None


@pytest.mark.parametrize("text", [
    "States 1, 2 and 3; 1 is the start, 3 is final. Transitions: 1 on a to 2, 2 on b to 3.",
    "automat with state A is start and B is final. A go to B with letter x, B go to B with letter y.",
    "Every word over {a,b} with exactly two a's should be accepted, all others rejected — draw the automaton.",
])
def test_words_of_one_science_alone_claim_the_text(text: str) -> None:
    assert detect_domain(text).key == "automata"


@pytest.mark.parametrize("text", [
    "Feynman diagram for electron-positron annihilation into a muon pair via a virtual photon.",
    "Population pyramid of Japan for 2020, by 5-year age groups.",
    "a bar chart of rainfall per month",
])
def test_out_of_scope_stays_out(text: str) -> None:
    with pytest.raises(OutOfScopeError):
        detect_domain(text)
