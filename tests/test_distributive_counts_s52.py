"""Counts said of every group after the counted noun (nesy/domains/cell_distributive.py,
nesy/domains/microscopy_groups.py) and a rate left unread (nesy/pipeline.py, ``_unread_rates``): requests-32 (as
development data) drew "three plant cells … four chloroplasts per cell" with 4 chloroplasts, "four clusters of
nuclei, each cluster with three nuclei" with 15 nuclei and "two mitochondria per nucleus, 4 in total" with 6
mitochondria — figures that looked complete. The sentences here are new ones of the same forms."""
from __future__ import annotations

from collections import Counter

import pytest

from nesy.errors import UnknownWordsError
from nesy.pipeline import parse


def _kinds(text: str) -> Counter:
    return Counter(e.kind for e in parse(text, allow_unknown=True).entities)


@pytest.mark.parametrize("text,want", [
    ("Two animal cells side by side, each with a nucleus, and five ribosomes per cell.", {"cell": 2, "ribosome": 10}),
    ("Three plant cells, each with one nucleus, two vacuoles apiece and six chloroplasts per cell.",
     {"cell": 3, "vacuole": 6, "chloroplast": 18}),
    ("Four animal cells with one nucleus and three lysosomes for each cell.", {"cell": 4, "lysosome": 12}),
])
def test_a_count_per_cell_is_every_cells(text, want):
    got = _kinds(text)
    assert {k: got[k] for k in want} == want


@pytest.mark.parametrize("text,n", [
    ("Three clusters of nuclei, each cluster with four nuclei.", 12),
    ("A micrograph of five clumps of nuclei, each with two nuclei.", 10),
    ("Three rows of nuclei, 6 per row.", 18),
])
def test_a_count_per_group_of_nuclei(text, n):
    assert _kinds(text)["nucleus"] == n


def test_an_unread_rate_is_refused_not_drawn_as_more():
    with pytest.raises(UnknownWordsError, match="per another thing") as e:
        parse("A cell with 3 nuclei and six ribosomes, that is two ribosomes per nucleus.", allow_unknown=True)
    assert [w for w, _, _ in e.value.words] == ["two ribosomes per nucleus"]


def test_it_after_stated_absences_is_the_cell():
    # (requests-32 cell-03 as development data: "no chloroplasts, no cell wall … It has one nucleus" was refused:
    # "it" could mean any of the absent things)
    got = _kinds("Draw a plant cell: no nucleolus, no lysosomes and no ribosomes. It has one nucleus and two vacuoles.")
    assert (got["cell"], got["nucleus"], got["vacuole"], got["lysosome"]) == (1, 1, 2, 0)


def test_dont_put_in_x_either_is_an_absence():
    got = _kinds("A cell with a nucleus and three mitochondria; don't put in lysosomes either.")
    assert (got["mitochondrion"], got["lysosome"]) == (3, 0)


@pytest.mark.parametrize("text,n", [
    # the count said again after "i.e." / "just" (requests-32 microscopy-08, -10 as development data: "the number
    # 'nine' counts nothing")
    ("A fluorescence image of 14 nuclei, i.e. fourteen, spread over the field.", 14),
    ("Exactly 6 nuclei - just six - on a dark background.", 6),
])
def test_a_count_said_again_is_no_second_count(text, n):
    assert _kinds(text)["nucleus"] == n


def test_the_remaining_area_is_not_the_rest_of_the_nuclei():
    from nesy.domains.microscopy import MicroscopyDomain  # noqa: F401  (the science reads it)
    s = parse("A micrograph of 8 nuclei; the remaining area is a dark background.", allow_unknown=True)
    assert Counter(e.kind for e in s.entities)["nucleus"] == 8


def test_debris_is_a_micrographs_word():
    # (requests-32 microscopy-03 as development data: "no debris" unknown made "none overlapping" a Venn diagram's)
    s = parse("Eight nuclei, none overlapping, no debris.", allow_unknown=True)
    assert s.domain == "microscopy" and Counter(e.kind for e in s.entities)["nucleus"] == 8


def test_a_count_of_ones_names_the_noun_counted_before():
    # (requests-33 microscopy-04 as development data: "six bright nuclei, and six dim ones too" drew six nuclei)
    from nesy.parse.ones_anaphora import counted_ones
    text = "A micrograph of eight large nuclei and four small ones."
    assert [(text[a:b], n) for a, b, n in counted_ones(text)] == [("ones", "nuclei")]
    assert _kinds(text)["nucleus"] == 12
    assert counted_ones("Draw every force except the ones that are zero.") == []


def test_ditto_for_another_noun_is_the_count_again():
    # (requests-33 cell-04 as development data: "Two mitochondria, please, and ditto for chloroplasts" drew the
    # default count of chloroplasts)
    got = _kinds("A plant cell with a nucleus. Three vacuoles, and ditto for chloroplasts.")
    assert (got["vacuole"], got["chloroplast"]) == (3, 3)


def test_the_second_cell_the_same_as_the_first():
    # (requests-33 cell-03 as development data: the second cell was drawn empty)
    got = _kinds("Draw two plant cells. The first has a nucleus, a vacuole and five chloroplasts; the second is "
                 "identical to the first.")
    assert (got["cell"], got["nucleus"], got["vacuole"], got["chloroplast"]) == (2, 2, 2, 10)
