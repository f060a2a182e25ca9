"""Counts of nuclei besides those named ("plus 3 small ones", "and 4 more") are added, never a silent share of them
(requests-9 microscopy-06 drew 9 for "9 large nuclei • plus 3 small ones")."""
import pytest

from nesy.domains.microscopy import parse_microscopy
from nesy.errors import InputError


def _groups(text):
    d = parse_microscopy(text, allow_unknown=True).to_dict()
    return [(g["n"], g["size"], g["shape"]) for g in d["attributes"]["groups"]], len(d["entities"])


@pytest.mark.parametrize("text,groups,total", [
    ("Hoechst image, 128 x 128 px: 7 big nuclei, plus 2 tiny ones", [(7, "large", None), (2, "small", None)], 9),
    ("Draw 6 round nuclei and 4 more elongated ones", [(6, None, "round"), (4, None, "elongated")], 10),
    ("DAPI image: 10 small nuclei, plus another 5 large ones", [(10, "small", None), (5, "large", None)], 15),
    ("12 large nuclei and 3 smaller ones", [(12, "large", None), (3, "small", None)], 15),
    ("Draw 10 nuclei, plus 4 more", [(10, None, None), (4, None, None)], 14),
])
def test_added_nuclei_are_drawn_besides(text, groups, total):
    got, n = _groups(text)
    assert got == groups
    assert n == total


def test_a_share_still_reads_as_a_share():
    assert _groups("25 nuclei, 3 of them small")[1] == 25
    assert _groups("20 nuclei, 3 small")[1] == 20


@pytest.mark.parametrize("text,phrase", [
    ("9 large nuclei, 3 of them small", "3 of them small"),
    ("20 round nuclei, 2 of them elongated", "2 of them elongated"),
    ("14 small nuclei; four of these large", "four of these large"),
])
def test_a_share_that_contradicts_its_whole_is_refused(text, phrase):
    with pytest.raises(InputError, match=phrase):
        parse_microscopy(text, allow_unknown=True)


# requests-9 microscopy-07: "eight PI-positive (dead-cell) nuclei" drew 8 cells and 34 default nuclei (42)
@pytest.mark.parametrize("text,n", [
    ("eight PI-positive (dead-cell) nuclei on a dark background", 8),
    ("six (live-cell) Hoechst nuclei", 6),
    ("Twelve nuclei in a cell-free gel", 12),
    ("10 apoptotic-cell nuclei", 10),
])
def test_a_hyphenated_cell_word_is_a_modifier(text, n):
    d = parse_microscopy(text, allow_unknown=True).to_dict()
    assert len(d["entities"]) == n
    assert all(g["kind"] == "nuclei" for g in d["attributes"]["groups"])


# requests-9 microscopy-03: "Hoechst-stained nuclei, exactly seventeen" — a hedge between the noun and its count
@pytest.mark.parametrize("text,n", [
    ("DAPI nuclei, precisely 12", 12),
    ("nuclei: about 20, well separated", 20),
    ("Hoechst nuclei, exactly 9", 9),
    ("Hoechst-stained nuclei, exactly seventeen", 17),
])
def test_a_hedged_count_after_the_noun(text, n):
    assert len(parse_microscopy(text, allow_unknown=True).to_dict()["entities"]) == n
