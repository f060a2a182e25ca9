"""Kinds of phrasing outsider requests (session 34, requests-17) failed on in microscopy, each tested on phrasings other
than the items' own, with near phrasings that must not change: the distributive after a count ("eleven cells, one
nucleus each"); a multinucleate word denied of the cells ("no binucleate forms": agrees, or is impossible); numbers that
name, not count ("field 7", "field_id = 7", "13 across:"); a result referred to as the count ("-- returns 21 … exactly
that many nuclei"); a count stated of the field it counts ("number of nuclei in the field of Fig. 4 — 13"); a bare
number acknowledging the count ("16 it is"); "n nuclei in each of the k quadrants" (n × k) and "none anywhere else";
a cytospin preparation, "nucleated cells" and "for the teaching set" (microscopy words, not another science's)."""
from __future__ import annotations

import pytest

from nesy.domains.microscopy import parse_microscopy
from nesy.errors import InputError, NesyError, UnsatisfiableError
from nesy.pipeline import parse


def _n(text: str) -> int:
    return sum(1 for e in parse_microscopy(text, allow_unknown=True).entities if e.kind == "nucleus")


def _n_routed(text: str) -> int:
    sg = parse(text, allow_unknown=True)
    assert sg.domain == "microscopy"
    return sum(1 for e in sg.entities if e.kind == "nucleus")


# ------------------------------------------------------------ "one nucleus each" after the cells (07)
@pytest.mark.parametrize("text, n", [
    ("micrograph: eleven cells, one nucleus each", 11),
    ("micrograph: four cells: two nuclei each", 8),
    ("micrograph, 5 cells (2 nuclei apiece)", 10),
    ("micrograph of 3 cells, two nuclei each, and 4 more nuclei", 10),
    # near phrasings read as before
    ("micrograph of eleven cells with one nucleus each", 11),
    ("micrograph of eleven cells, each with one nucleus", 11),
    ("micrograph of 3 cells with two nuclei each", 6),
])
def test_distributive_after_the_count(text, n):
    assert _n(text) == n


# ------------------------------------------------------------ a multinucleate word denied (07)
@pytest.mark.parametrize("text, n", [
    ("micrograph of eight cells with one nucleus each, no binucleate cells", 8),
    ("micrograph: 6 cells, one nucleus each, no multinucleate cells", 6),
    ("DAPI image: nine cells, one nucleus each, no binucleate forms", 9),
    ("micrograph: 12 nuclei and no binucleate cells", 12),
])
def test_denied_multinucleate_agrees(text, n):
    assert _n(text) == n


@pytest.mark.parametrize("text", [
    "micrograph: 3 cells, 2 nuclei each, no binucleate cells",
    "micrograph: 3 cells, 2 nuclei each, no binucleate forms",
    "micrograph: 6 cells, 3 nuclei each, no multinucleate cells",
])
def test_denied_multinucleate_that_contradicts_is_impossible(text):
    with pytest.raises(UnsatisfiableError) as e:
        _n(text)
    assert "nucleate" in str(e.value)


def test_cytospin_nucleated_cells_for_a_dataset_are_microscopy():
    assert _n_routed("Cytospin of well 2: nine nucleated cells, one nucleus each, no binucleate forms. Render it for "
                     "our training dataset.") == 9


# ------------------------------------------------------------ numbers that name (05, 09)
@pytest.mark.parametrize("text, n", [
    ("a synthetic image of field 7 with 21 nuclei", 21),
    ("micrograph: field_id = 7, 21 nuclei", 21),
    ("a micrograph of well #3 with 9 nuclei", 9),
    ("fluorescence image of slide no. 4: 15 nuclei", 15),
])
def test_numbers_that_name(text, n):
    assert _n(text) == n


@pytest.mark.parametrize("text", [
    "micrograph: nuclei_count = 7, field 2",      # a count key: no identifier, and the field label counts nothing
    "a synthetic image of field 7",              # no count at all: the label is still no count (fitted density)
])
def test_a_label_is_never_the_count(text):
    try:
        n = _n(text)
    except NesyError:
        return
    assert n not in (2, 7)


# ------------------------------------------------------------ a result, then "that many nuclei" (09)
@pytest.mark.parametrize("text, n", [
    ("micrograph. The count returns 21. Make an image with exactly that many nuclei.", 21),
    ("The segmentation gave 14; simulate a micrograph with that number of nuclei.", 14),
    ("SELECT COUNT(*) FROM nuclei WHERE well_id = 3;  -- returns 17\n-- draw well 3 with exactly that many nuclei", 17),
])
def test_result_referred_to_as_the_count(text, n):
    assert _n(text) == n


@pytest.mark.parametrize("text", [
    "SELECT COUNT(*) FROM nuclei;  -- returns 21, 22\n-- make the image with exactly that many nuclei",   # two numbers
    "fluorescence image of nuclei; the counter returned 12.",       # no anaphor: the number counts nothing said
])
def test_result_without_one_antecedent_is_refused(text):
    with pytest.raises(InputError):
        _n(text)


# ------------------------------------------------------------ a count stated of its field (05)
@pytest.mark.parametrize("text, n", [
    ("7 down: the count of nuclei in this micrograph — a dozen. Draw it.", 12),
    ("DAPI micrograph; the number of nuclei in the field of Fig. 2 is 9", 9),
    ("Number of nuclei in this image: 12. Fluorescence micrograph please.", 12),
])
def test_count_stated_of_its_field(text, n):
    assert _n_routed(text) == n


# ------------------------------------------------------------ an acknowledgement restating the count (08)
@pytest.mark.parametrize("text, n", [
    ("a fluorescence micrograph with 9 nuclei please. Sure, 9 it is.", 9),
    ("a fluorescence micrograph with 9 nuclei please. OK, 9 then.", 9),
    ("DAPI image of 14 nuclei. Got it, 14.", 14),
])
def test_acknowledged_count(text, n):
    assert _n(text) == n


@pytest.mark.parametrize("text", [
    "a fluorescence micrograph with 9 nuclei please. Sure, 8 it is.",    # another number: refused naming both
    "a fluorescence micrograph with 9 nuclei. 8.",                        # no acknowledgement: counts nothing
])
def test_acknowledgement_of_another_number_is_refused(text):
    with pytest.raises(InputError):
        _n(text)


# ------------------------------------------------------------ n per site × k sites, "none elsewhere" (10)
@pytest.mark.parametrize("text, n", [
    ("a micrograph with 3 nuclei in each of the 4 corners", 12),
    ("micrograph: two nuclei in each of six wells", 12),
    ("fluorescence image: 4 nuclei in each of the two halves and none anywhere else", 8),
    ("a micrograph of 12 nuclei in the centre, none elsewhere", 12),
])
def test_count_per_site_times_sites(text, n):
    assert _n(text) == n


@pytest.mark.parametrize("text", [
    "micrograph with 3 nuclei in each of the 4 fields",     # nesy draws one field
    "micrograph: one nucleus per island",                    # no number of sites: refused as before
])
def test_count_per_site_without_sites_to_count_is_refused(text):
    with pytest.raises(InputError):
        _n(text)
