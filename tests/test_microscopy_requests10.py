"""Requests-10, microscopy: counts stated other ways — "a dozen and a half" (nesy/parse/words.py), a count per
region given relative to the one before ("12 nuclei in the left half and twice as many in the right half",
nesy/parse/relative_counts.py; each region its own count, nesy/domains/microscopy.py), a place word inside a
noun compound ("an edge-of-wound effect"), nuclei counted per site of a grid ("islands in a 4 by 5 grid, one
nucleus per island", microscopy_counts.grid_items), and what routes such texts to microscopy. Each in wordings
that are not the acceptance sentence, and near wordings that must not be read so."""
from __future__ import annotations

import pytest

from nesy.errors import NesyError
from nesy.parse.words import read_number
from nesy.pipeline import parse


def _n(text: str, domain: str | None = "microscopy") -> int:
    s = parse(text, domain=domain, allow_unknown=True)
    assert s.domain == "microscopy"
    return sum(1 for e in s.entities if e.kind == "nucleus")


# ---- "a dozen and a half"
@pytest.mark.parametrize("words,n", [("a dozen and a half", 18), ("two dozen and a half", 30),
                                     ("dozen and a half", 18)])
def test_dozen_and_a_half_is_half_a_dozen_more(words, n):
    assert read_number(words) == n


def test_and_a_half_of_a_plain_number_is_no_whole_count():
    # "two and a half" is 2.5 (a value: "two and a half AU"), not two dozen's rule: never a whole count
    assert read_number("two and a half") == 2.5
    with pytest.raises(NesyError, match="not a whole number"):
        parse("a micrograph of two and a half nuclei", domain="microscopy")


@pytest.mark.parametrize("text,n", [
    ("A DAPI micrograph showing a dozen and a half nuclei, none touching.", 18),
    ("fluorescence image, two dozen and a half nuclei please", 30),
    ("Simulated Hoechst field with half a dozen nuclei", 6),
])
def test_dozen_counts_in_a_micrograph(text, n):
    assert _n(text) == n


# ---- a count per region, relative to the one before
@pytest.mark.parametrize("text,n", [
    ("A fluorescence field with 12 nuclei in the left half and twice as many in the right half.", 36),
    ("DAPI image: 10 nuclei in the left half, three times as many nuclei in the right half.", 40),
    ("Hoechst micrograph with 8 nuclei in the top half and as many in the bottom half.", 16),
    ("A micrograph with 5 nuclei in the top half and 7 nuclei in the bottom half.", 12),
])
def test_each_region_holds_its_own_count(text, n):
    assert _n(text) == n


def test_a_relative_count_that_does_not_fit_is_refused_not_dropped():
    # ", as many" cannot hold "120 nuclei": refused by name, never left as the vague "many"
    with pytest.raises(NesyError) as e:
        parse("A DAPI field with 120 nuclei in the top half, as many in the bottom half.", domain="microscopy",
              allow_unknown=True)
    assert "as many" in str(e.value)


def test_a_later_group_in_the_same_place_is_still_drawn_from_the_total():
    # the first count is the total when the later group has no region of its own ("20 …, 5 of them bright")
    assert _n("A DAPI micrograph with 20 nuclei, 5 of them bright.") == 20


def test_a_relative_count_with_nothing_before_it_is_refused():
    with pytest.raises(NesyError) as e:
        parse("A DAPI micrograph with twice as many nuclei in the right half.", domain="microscopy",
              allow_unknown=True)
    assert "twice as many" in str(e.value)


@pytest.mark.parametrize("text", [
    "A DAPI field with 12 nuclei on the left and twice as many on the right (an edge-of-wound effect).",
    "Hoechst image, 10 nuclei in the top half and 10 in the bottom half (a centre-of-mass shift).",
    "A DAPI micrograph with 6 nuclei in the left half (a top-of-stack view) and 6 nuclei in the right half.",
])
def test_a_place_word_inside_a_noun_compound_is_no_position(text):
    s = parse(text, domain="microscopy", allow_unknown=True)
    assert sum(1 for e in s.entities if e.kind == "nucleus") > 0


# ---- nuclei counted per site of a grid
@pytest.mark.parametrize("text,n", [
    ("Nuclei on a micropatterned substrate: islands in a 4 by 5 grid, exactly one nucleus per island.", 20),
    ("A fluorescence image of a 3 × 4 array of wells with two nuclei in each well.", 24),
    ("DAPI micrograph: a 6x6 grid of square micropatterns, one nucleus on each pattern", 36),
])
def test_nuclei_per_site_of_a_grid(text, n):
    assert _n(text) == n


def test_a_grid_is_not_the_field_size():
    s = parse("Hoechst image with islands in a 4 by 5 grid, one nucleus per island.", domain="microscopy",
              allow_unknown=True)
    assert s.attr("field") is None or tuple(s.attr("field").get("size", ())) != (4, 5)


@pytest.mark.parametrize("text", [
    "A DAPI micrograph of nuclei on micropatterned islands, exactly one nucleus per island.",
    "Hoechst image, two nuclei in each well of the plate.",
])
def test_a_count_per_site_with_no_grid_is_refused_by_name(text):
    with pytest.raises(NesyError) as e:
        parse(text, domain="microscopy", allow_unknown=True)
    assert "per island" in str(e.value) or "in each well" in str(e.value)


def test_one_nucleus_per_cell_or_per_area_is_no_grid():
    from nesy.domains.microscopy_counts import grid_items
    assert grid_items("A DAPI micrograph of 10 cells with one nucleus per cell.") == []
    assert grid_items("Cell density is 2,000 nuclei per mm² in a 4 by 5 grid.") == []


# ---- which science: grid words, a density restated, a nuclear dye named alone
@pytest.mark.parametrize("text,n", [
    ("Nuclei on a micropatterned substarte: islands in a 3 by 3 grid, one nucleus per island, blue channel.", 9),
    ("Cell density is 1,000 nuclei per mm². Make a 100 µm × 100 µm field of view at that density.", 10),
    ("SYTOX Green image with 12 nuclei, well separated.", 12),
])
def test_routed_to_microscopy(text, n):
    assert _n(text, domain=None) == n
