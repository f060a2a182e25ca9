"""nesy.microscopy.v1: a touching predicate in a negated clause says no two nuclei touch
(microscopy_negation), and a count in brackets right after its noun counts it whatever follows the bracket
(microscopy_counts.postfix_count). Phrasings of the kinds, none of them an acceptance request."""
from __future__ import annotations

import pytest

from nesy.registry import get_domain

D = get_domain("microscopy")


def _n(scene) -> int:
    return sum(1 for e in scene.entities if e.kind == "nucleus")


def _touching(scene) -> int:
    return sum(1 for e in scene.entities if e.kind == "nucleus" and e.attr("cluster"))


@pytest.mark.parametrize("text, n", [
    ("fluorescence image of 11 nuclei, they are not touching each other", 11),
    ("12 nuclei, none of which should touch each other", 12),
    ("15 nuclei that don't touch one another", 15),
    ("9 nuclei; no nucleus touches any other", 9),
    ("twenty nuclei, never touching", 20),
    ("ten DAPI nuclei and none are in contact with each other", 10),
    ("a micrograph with 6 nuclei which must not be touching", 6),
    ("8 nuclei; they do not touch", 8),
    ("a dozen nuclei, not a single pair touching", 12),
    ("Fluorescent image with 6 nucleus, non of them touch", 6),
])
def test_negated_touching_is_no_touching(text: str, n: int) -> None:
    s = D.parse(text)
    assert _n(s) == n
    assert _touching(s) == 0
    assert s.attr("no_touching") is not None       # a stated fact, checked on the pixels


@pytest.mark.parametrize("text, touching", [
    ("10 nuclei, 3 of them touching, the rest not touching", 3),
    ("a dozen nuclei, two of them touching but not overlapping", 2),
    ("12 nuclei, a pair of them touching each other", 2),
])
def test_touching_outside_a_negation_keeps_its_reading(text: str, touching: int) -> None:
    s = D.parse(text, allow_unknown=True)
    assert _touching(s) == touching


@pytest.mark.parametrize("text, n", [
    ("Widefield image of Hoechst-stained U2OS nuclei (n = 14) on a black background", 14),
    ("nuclei (N=40) in a confocal image", 40),
    ("DAPI nuclei [n=9] with a little noise", 9),
    ("MCF-7 nuclei (total 22) in a 512 x 512 field", 22),
])
def test_bracketed_count_counts_its_noun(text: str, n: int) -> None:
    assert _n(D.parse(text, allow_unknown=True)) == n


@pytest.mark.parametrize("text, n", [
    ("synthetic micrograph of 12 nucelli stained with Hoechst", 12),
    ("a DAPI image with 14 nucluei", 14),
    ("fluorescence micrograph, 9 nucleui, two of them touching", 9),
])
def test_a_counted_noun_misspelt_twice_is_the_nucleus_noun(text: str, n: int) -> None:
    assert _n(D.parse(text)) == n


def test_a_word_far_from_the_noun_after_a_count_stays_unknown() -> None:
    from nesy.errors import NesyError
    with pytest.raises(NesyError):
        D.parse("a DAPI micrograph of 12 nutrients")


@pytest.mark.parametrize("text, n", [
    ("A fluorescence image showing eighteen (18) nuclei", 18),
    ("DAPI image with 12 (twelve) nuclei, two touching", 12),
    ("Micrograph: nuclei (approx. 18) with some noise", 18),
    ("fluorescence image of ca. 40 nuclei", 40),
    ("a confocal image with nuclei (~30)", 30),
])
def test_a_count_restated_or_hedged(text: str, n: int) -> None:
    assert _n(D.parse(text)) == n


def test_two_different_numbers_are_not_one_restated() -> None:
    from nesy.errors import NesyError
    with pytest.raises(NesyError):
        D.parse("a DAPI image of 12 (14) nuclei")
