"""Session 33 (outsider requests, microscopy failures): plural nuclei "under the microscope" are a micrograph, not a
cell figure; "not more and not less" says the count is exact; nuclei split evenly over sites (impossible when the
total does not divide); identifiers ("Poster M-08") count nothing; a count of blobs later said to be nuclei, and
stragglers after nuclei ("plus 3 stragglers": more nuclei); a place that opens a clause places the count after it
(a table of quadrants); counts given by name ("B5 = SUM(B2:B4) … B5 nuclei"); request words, the place an image is
for ("for the article") and a lab-safety note read as no content."""
from __future__ import annotations

import subprocess
import sys

import pytest

from nesy.errors import InputError, UnsatisfiableError
from nesy.pipeline import parse


def _scene(text: str):
    s = parse(text, allow_unknown=True)
    assert s.domain == "microscopy", s.domain
    return s


def _nuclei(text: str) -> int:
    return sum(1 for e in _scene(text).entities if e.kind == "nucleus")


# -- science: nuclei seen under a microscope are a micrograph (a cell figure drew 18 nuclei in one cell) ----------

@pytest.mark.parametrize("text, n", [
    ("Make me an image with eighteen cell nuclei, just like under the microscope, not more and not less.", 18),
    ("a picture of 12 cell nuclei as seen through a microscope, no more, no less", 12),
    ("draw 20 nuclei like in a microscope photo, neither more nor less", 20),
    ("show me fifteen cell nuclei the way they look in a microscope", 15),
])
def test_nuclei_under_the_microscope_are_a_micrograph(text, n):
    s = _scene(text)
    assert sum(1 for e in s.entities if e.kind == "nucleus") == n
    assert not any(e.kind == "cell" for e in s.entities)


def test_exactness_idiom_adds_no_nuclei_and_is_not_unread():
    s = _scene("DAPI image with 14 nuclei - not one more, not one less")
    assert sum(1 for e in s.entities if e.kind == "nucleus") == 14 and not s.not_drawn


def test_one_cell_under_the_microscope_stays_a_cell():
    s = parse("a cell with a nucleus and two mitochondria seen under the microscope", allow_unknown=True)
    assert s.domain == "cell"


# -- nuclei split evenly over sites --------------------------------------------------------------------------------

def _laws(text: str):
    from nesy.domains.microscopy import check_laws
    s = parse(text, domain="microscopy", allow_unknown=True)
    check_laws(s)
    return s


@pytest.mark.parametrize("text, named", [
    ("@imaging can you fake a 3-well panel: 16 nuclei in total, split evenly so that every well holds the same number "
     "of whole nuclei? thx", ["3-well", "16 nuclei", "split evenly", "same number"]),
    ("fluorescence image: 16 nuclei split evenly over 3 wells", ["16 nuclei", "3 wells", "split evenly"]),
    ("a micrograph of 15 nuclei divided equally among 4 fields", ["15 nuclei", "4 fields", "divided equally"]),
    ("DAPI image with 14 nuclei in 3 equal groups", ["14 nuclei", "3 equal groups"]),
    ("fluorescence: divide 18 nuclei equally into 4 groups", ["18 nuclei", "4 groups", "equally"]),
    ("DAPI image: 24 nuclei shared evenly between 5 panels", ["24 nuclei", "5 panels", "evenly"]),
    ("fluorescence micrograph, 20 nuclei, the same number of nuclei in each of the 3 quadrants", ["20 nuclei", "3 quadrants"]),
])
def test_uneven_split_is_impossible_naming_the_phrases(text, named):
    with pytest.raises(UnsatisfiableError) as ei:
        _laws(text)
    msg = str(ei.value)
    for p in named:
        assert p in msg, (p, msg)


@pytest.mark.parametrize("text, n", [
    ("fluorescence image: 15 nuclei split evenly over 3 wells", 15),
    ("DAPI image with 12 nuclei in 3 equal groups", 12),
])
def test_even_split_that_divides_draws_the_total(text, n):
    s = _laws(text)
    assert sum(1 for e in s.entities if e.kind == "nucleus") == n
    assert (s.attr("imaging") or {}).get("split", {}).get("value") == 3


def test_split_with_no_count_takes_a_multiple():
    s = _laws("fluorescence micrograph of nuclei split evenly over 7 wells")
    assert sum(1 for e in s.entities if e.kind == "nucleus") % 7 == 0


def test_uneven_split_cli_exit_3(tmp_path):
    r = subprocess.run([sys.executable, "-m", "nesy", "generate", "@imaging can you fake a 3-well panel: 16 nuclei in "
                        "total, split evenly so that every well holds the same number of whole nuclei? thx", "-o",
                        str(tmp_path / "o"), "--no-controls"], capture_output=True, text=True, timeout=300)
    assert r.returncode == 3, r.stderr
    assert "3-well" in r.stderr and "evenly" in r.stderr and "16" in r.stderr


# -- identifiers count nothing --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, n", [
    ("Poster M-08. Representative DAPI field (n = 42 nuclei), 40× objective. Please mock up the field for the poster.", 42),
    ("Sample A-12: DAPI field with 30 nuclei", 30),
    ("Slide HK-3, fluorescence image of 25 nuclei", 25),
    ("Coverslip 2b: DAPI field, 16 nuclei", 16),
    ("fluorescence image of 20 COS-7 nuclei", 20),
])
def test_identifiers_count_nothing(text, n):
    assert _nuclei(text) == n


# -- nuclei counted under another noun ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, n", [
    ("i looked in the school microscope and saw 9 purple blobs, the teacher said they are nuclei. can you make a "
     "picture like that", 9),
    ("fluorescence image with 12 bright dots - these are the nuclei", 12),
    ("Draw 15 round spots under a microscope, which turned out to be nuclei.", 15),
])
def test_blobs_said_to_be_nuclei_are_counted(text, n):
    assert _nuclei(text) == n


def test_blobs_never_said_to_be_nuclei_stay_refused():
    with pytest.raises(InputError, match="counts nothing"):
        parse("a microscope picture of 7 blobs", allow_unknown=True)


@pytest.mark.parametrize("text, n", [
    ("Grid-seeded coverslip: a 4 × 4 array of nuclei plus 3 stragglers that drifted off the grid. Synthetic image "
     "with instance labels.", 19),
    ("fluorescence micrograph of a 3 by 3 grid of nuclei plus two outliers", 11),
    ("DAPI image: 20 nuclei plus 2 strays near the top edge", 22),
    ("DAPI image: 20 nuclei plus 2 small nuclei", 22),
])
def test_stragglers_and_plus_add_nuclei(text, n):
    assert _nuclei(text) == n


def test_grid_arrangement_still_listed_not_drawn():
    s = _scene("Grid-seeded coverslip: a 4 × 4 array of nuclei plus 3 stragglers that drifted off the grid. "
               "Synthetic image with instance labels.")
    said = " ".join(n.text for n in s.not_drawn)
    assert "array" in said and "grid" in said


# -- a place that opens a clause places the count after it -----------------------------------------------------------

def _placed(text: str) -> list[tuple[int, str | None]]:
    s = _scene(text)
    return [(g["n"], (g["position"] or {}).get("region")) for g in s.attr("groups") if g["parent"] is None]


def test_table_of_quadrants():
    text = ("| quadrant | nuclei |\n|---|---|\n| top-left | 6 |\n| top-right | 4 |\n| bottom-left | 5 |\n"
            "| bottom-right | 7 |\n\nOne synthetic microscopy image holding all of them.")
    assert sorted(_placed(text)) == [(4, "top_right"), (5, "bottom_left"), (6, "top_left"), (7, "bottom_right")]
    assert _nuclei(text) == 22


def test_places_leading_their_counts():
    assert sorted(_placed("DAPI image. top left with 3 nuclei; bottom right with 5 nuclei; centre with 2 nuclei")) == \
        [(2, "centre"), (3, "top_left"), (5, "bottom_right")]
    # the total stays unplaced; the places go to the counts after them
    s = _scene("fluorescence micrograph: 10 nuclei in total. In the top left corner, 4 nuclei; in the bottom right, "
               "6 nuclei.")
    assert sum(1 for e in s.entities if e.kind == "nucleus") == 10
    gs = s.attr("groups")
    assert gs[0]["position"] is None and {(g["n"], g["position"]["region"]) for g in gs[1:]} == \
        {(4, "top_left"), (6, "bottom_right")}


def test_place_with_a_colon_before_its_count():
    assert _placed("DAPI image, top-left: 3 nuclei; top-right: 2 nuclei") == [(3, "top_left"), (2, "top_right")]


def test_place_after_count_still_its_own():
    assert _placed("DAPI image with 6 nuclei in the centre, 3 nuclei at the left edge") == \
        [(6, "centre"), (3, "left_edge")]


# -- counts given by name --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, n", [
    ("Counts per quadrant: B2 = 7, B3 = 9, B4 = 4, and B5 = SUM(B2:B4). Simulate a fluorescence field with B5 nuclei.",
     20),
    ("let n = 12; draw a DAPI image with n nuclei", 12),
    ("k = 3 + 4. fluorescence micrograph of k nuclei", 7),
    ("A1 = 5, A2 = 6, A3 = SUM(A1:A2). DAPI field with A3 nuclei", 11),
    ("fluorescence image with C3 nuclei, C1 = 4, C2 = 5, C3 = C1 + C2", 9),
])
def test_counts_given_by_name(text, n):
    assert _nuclei(text) == n


def test_name_with_no_value_refused():
    with pytest.raises(InputError, match="B2"):
        parse("DAPI field with B5 nuclei, B5 = SUM(B2:B4)", allow_unknown=True)


# -- request words, where the image is for, lab-safety notes ---------------------------------------------------------

@pytest.mark.parametrize("text, n", [
    ("LAB SNAPS FIFTEEN GLOWING NUCLEI IN ONE FRAME - recreate the micrograph for the article", 15),
    ("SAFETY: DAPI is a suspected mutagen - nitrile gloves, no open flames near the ethanol. After staining, the field "
     "should show 12 nuclei; draw a synthetic version of that field.", 12),
    ("Caution: Hoechst is toxic, wear gloves. Fluorescence image of 10 nuclei.", 10),
    ("WARNING - propidium iodide is a suspected carcinogen; use the fume hood. Make a micrograph with 8 nuclei.", 8),
    ("Please mock up a DAPI field with 11 nuclei for our blog post", 11),
])
def test_asides_and_request_words_read(text, n):
    s = _scene(text)
    assert sum(1 for e in s.entities if e.kind == "nucleus") == n
    assert not s.not_drawn, s.not_drawn


def test_safety_note_never_hides_nuclei():
    # a sentence about nuclei is never a safety aside, whatever hazard words it has
    assert _nuclei("Caution: a DAPI image of 12 nuclei, drawn for a class on toxic stains and gloves") == 12
