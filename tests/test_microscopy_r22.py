"""Kinds of phrasing the requests-22 outsider set was refused on in microscopy, each tested on phrasings other than
the items' own: a caption's scale bar after a comma ("Scale bar, 20 µm"); the reciprocal pronoun "one another" after
a pair predicate (no count of one); a systematic chemical name's locants ("4′,6-diamidino-2-phenylindole"); the
correlative "both … and"; a cell noun modifying the noun after it ("an intact cell membrane"); the nuclei each counted
cell holds given distributively ("one nucleus for each cell counted"); a total said again with its noun left out
("…, all fifteen"); counted fields whose nuclei are asked for together ("all the nuclei counted in the three fields
together"). Each mechanism has a guard: a near miss that must behave as before, or be refused by name."""
from __future__ import annotations

import pytest

from nesy.errors import InputError
from nesy.pipeline import parse


def _scene(text: str):
    sg = parse(text, allow_unknown=True, domain="microscopy")
    assert sg.domain == "microscopy"
    return sg


def _n(text: str) -> int:
    return sum(1 for e in _scene(text).entities if e.kind == "nucleus")


def _cells(text: str) -> int:
    return sum(1 for e in _scene(text).entities if e.kind == "cell")


def _not_drawn(text: str) -> list[str]:
    return [n.text for n in _scene(text).not_drawn]


# ------------------------------------------------------------------ a caption's scale bar after a comma
@pytest.mark.parametrize("text, n, um", [
    ("Figure 2B. Fluorescence micrograph of HeLa cells stained with DAPI; 9 nuclei are visible. Scale bar, 20 µm.",
     9, 20.0),
    ("Fig. 3. Hoechst-stained nuclei (12 nuclei). Scale bars, 10 μm.", 12, 10.0),
    ("A DAPI image of 7 nuclei (scale bar, 50 microns).", 7, 50.0),
])
def test_caption_scale_bar_after_comma(text, n, um):
    sg = _scene(text)
    assert sum(1 for e in sg.entities if e.kind == "nucleus") == n
    bar = (sg.attr("figure") or {}).get("scale_bar")
    assert bar is not None and bar["value"]["um"] == um


# ------------------------------------------------------------------ "one another" is a reciprocal, no count
@pytest.mark.parametrize("text, n", [
    ("An image is to be generated in which twenty-two nuclei, none of them touching one another, are shown.", 22),
    ("A DAPI image of 10 nuclei that do not overlap one another.", 10),
    ("A DAPI image of 15 nuclei, none overlapping one another.", 15),
    ("A DAPI image of 8 nuclei, no two of them touching one another.", 8),
])
def test_reciprocal_one_another_counts_nothing(text, n):
    assert _n(text) == n


def test_reciprocal_after_an_unread_predicate_is_named_not_counted():
    # "spaced far from one another": the predicate is not read, so its words are named — never "one" nucleus more
    text = "A DAPI image of 10 nuclei, spaced far from one another."
    try:
        sg = _scene(text)
    except InputError as e:
        assert "'one another'" in str(e)
    else:
        assert sum(1 for e in sg.entities if e.kind == "nucleus") == 10
        assert any("one another" in n.text for n in sg.not_drawn)


def test_one_nucleus_is_still_a_count():
    assert _n("A DAPI image of one nucleus and another nucleus.") == 2


# ------------------------------------------------------------------ a chemical name's locants count nothing
@pytest.mark.parametrize("text, n", [
    ("DAPI (4′,6-diamidino-2-phenylindole) is a fluorescent stain. Generate such an image in which sixteen nuclei are "
     "present.", 16),
    ("Nuclei were labelled with 5-bromo-2′-deoxyuridine (BrdU); draw a fluorescence image of 11 nuclei.", 11),
    ("A DAB (3,3'-diaminobenzidine) stained section with 6 nuclei, imaged in brightfield.", 6),
])
def test_chemical_locants_are_no_count(text, n):
    assert _n(text) == n


# ------------------------------------------------------------------ "both … and" joins, counts nothing
@pytest.mark.parametrize("text, n", [
    ("DAPI can be used to stain both live and fixed cells. Generate an image in which 12 nuclei are present.", 12),
    ("Hoechst stains both live and fixed cells; simulate a Hoechst image of 9 nuclei on a dark background.", 9),
])
def test_correlative_both_is_no_count(text, n):
    assert _n(text) == n


def test_both_before_its_noun_is_still_two():
    assert _n("A DAPI image with both nuclei touching.") == 2


# ------------------------------------------------------------------ "cell membrane": a membrane, no cell
@pytest.mark.parametrize("text", [
    "DAPI (4′,6-diamidino-2-phenylindole) is a fluorescent stain used in fluorescence microscopy; as DAPI can pass "
    "through an intact cell membrane, it stains live cells. Generate such an image in which 16 nuclei are present.",
    "A fluorescence micrograph of 16 DAPI-stained nuclei on a dark background; the stain crosses the cell wall of "
    "fixed cells.",
])
def test_cell_noun_modifying_a_noun_is_no_cell(text):
    sg = _scene(text)
    assert sum(1 for e in sg.entities if e.kind == "nucleus") == 16
    assert not any(e.kind == "cell" for e in sg.entities)


def test_a_cell_with_a_nucleus_is_still_a_cell():
    assert _cells("A DAPI image of one cell with a nucleus.") == 1


# ------------------------------------------------------------------ "one nucleus for each cell counted"
@pytest.mark.parametrize("text, cells, n", [
    ("In a root-tip squash, 30 cells were counted, 6 of which were in mitosis. Draw the field as a nuclear-stain "
     "image, with one nucleus for each cell counted.", 30, 30),
    ("A fluorescence image of 12 cells, one nucleus per cell.", 12, 12),
    ("A fluorescence image of 12 cells with one nucleus for each cell.", 12, 12),
    ("A fluorescence image of 12 cells, two nuclei in each cell.", 12, 24),
])
def test_per_cell_nuclei_are_the_cells_own(text, cells, n):
    assert (_cells(text), _n(text)) == (cells, n)


def test_per_cell_count_that_contradicts_the_cells_is_refused():
    with pytest.raises(InputError, match="says 1 nuclei in each cell"):
        parse("A fluorescence image of 12 binucleate cells, one nucleus per cell.", domain="microscopy")


def test_per_cell_count_with_no_cells_is_refused():
    with pytest.raises(InputError, match="which cells"):
        parse("A fluorescence image: draw one nucleus for each cell.", domain="microscopy")


# ------------------------------------------------------------------ a total said again, its noun left out
@pytest.mark.parametrize("text, n", [
    ("so on this slide you'd see, let's say, a dozen nuclei, and then, um, three more that have just divided, so draw "
     "the whole lot, all fifteen.", 15),
    ("A DAPI image of 12 nuclei and 3 more nuclei, 15 in all.", 15),
    ("A DAPI image of a dozen nuclei and two cells with two nuclei each, all sixteen.", 16),
    ("A DAPI image of 10 nuclei, 4 of them touching, 10 altogether.", 10),
])
def test_elliptic_total_restates_the_count(text, n):
    assert _n(text) == n


def test_elliptic_total_that_disagrees_is_refused():
    with pytest.raises(InputError, match="says all the nuclei are 16"):
        parse("A DAPI image of 12 nuclei and 3 more nuclei, all sixteen.", domain="microscopy")


def test_elliptic_total_of_uncounted_nuclei_is_refused():
    with pytest.raises(InputError, match="restates a total"):
        parse("A DAPI image of nuclei, all fifteen.", domain="microscopy")


# ------------------------------------------------------------------ counted fields asked for together: their sum
@pytest.mark.parametrize("text, n", [
    ("6. Count the nuclei in each of the three fields of view and record the counts (field 1: 7, field 2: 5, field 3: "
     "8).\n7. Produce one synthetic image that contains all the nuclei counted in the three fields together.", 20),
    ("We counted the nuclei in two DAPI images: image 1: 9, image 2: 6. Simulate one image with the nuclei of both "
     "images combined.", 15),
    ("Nuclei counts per field: field A: 4 nuclei, field B: 7 nuclei, field C: 3 nuclei. Draw a DAPI image of the "
     "total over the three fields.", 14),
])
def test_pooled_fields_are_summed(text, n):
    assert _n(text) == n


def test_pooled_fields_with_another_number_of_fields_is_refused():
    with pytest.raises(InputError, match="names 4 fields but the text gives 2 counts"):
        parse("Nuclei counts: field 1: 4 nuclei, field 2: 7 nuclei. Draw a DAPI image of all the nuclei of the four "
              "fields together.", domain="microscopy")


def test_one_field_chosen_is_still_that_field():
    assert _n("Field 1: 31 nuclei. Field 2: 22 nuclei. Field 3: 27. Reproduce field 2 as a synthetic DAPI image.") == 22
