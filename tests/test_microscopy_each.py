"""Held-out failures of requests-13/14 (microscopy) as mechanisms, each with varied phrasings and near phrasings
that must not change: cells counted with "each" and their nuclei (N × M), cells added to nuclei named before them, a
count-less heading of nuclei counted later, cell-cycle stages (read, and a sign of a micrograph), grids given by
rows × columns, a grid that contradicts the count (impossible), a count before adjectives, and the answer to
"how many nuclei …?"."""
from __future__ import annotations

import pytest

from nesy.errors import InputError, UnsatisfiableError
from nesy.pipeline import generate, parse
from nesy.registry import detect_domain


def _kinds(text: str, domain: str | None = "microscopy") -> tuple[int, int]:
    s = parse(text, domain=domain, allow_unknown=True)
    kinds = [e.kind for e in s.entities]
    return kinds.count("nucleus"), kinds.count("cell")


# --- "N cells, each with/showing M nuclei": N × M, summed once with the nuclei counted apart ---------------------
@pytest.mark.parametrize("text, nuclei, cells", [
    ("A fluorescence image: three cells, each with two nuclei, and nine more nuclei.", 15, 3),
    ("DAPI micrograph: four cells, every one of them containing three nuclei.", 12, 4),
    ("Fluorescence image: two cells in late telophase, each showing two daughter nuclei.", 4, 2),
    ("Hoechst image of 5 cells just after division, each showing its two daughter nuclei, plus six interphase nuclei.",
     16, 5),
    ("Teaching image about mitosis: four cells right after division, every one showing two daughter nuclei, plus ten "
     "interphase nuclei.", 18, 4),
])
def test_cells_each_with_nuclei(text, nuclei, cells):
    assert _kinds(text) == (nuclei, cells)


@pytest.mark.parametrize("text, nuclei, cells", [
    ("A fluorescence image of three cells with two nuclei each.", 6, 3),          # already read so
    ("A fluorescence image of 15 nuclei: three cells with two nuclei each.", 15, 3),   # the cells' nuclei among 15
    ("DAPI image: three cells, two nuclei.", 5, 3),                               # no "each": not per cell
])
def test_near_phrasings_of_each_unchanged(text, nuclei, cells):
    assert _kinds(text) == (nuclei, cells)


# --- cells added to the nuclei named before them ("plus", another cell-cycle stage) ------------------------------
@pytest.mark.parametrize("text, nuclei", [
    ("Fluorescence image: nine nuclei plus three cells, each with two nuclei.", 15),
    ("For a cell-cycle class: 12 nuclei in interphase and two cells in telophase, each with two daughter nuclei.", 16),
    ("DAPI image with 7 nuclei as well as two binucleate cells.", 11),
])
def test_cells_added_to_the_nuclei_before(text, nuclei):
    assert _kinds(text)[0] == nuclei


def test_cells_among_a_total_stay_among_it():
    # the same stage, or a total: the cells' nuclei are some of the count
    assert _kinds("Fluorescence image of 16 nuclei: two cells just after division, each with two daughter nuclei.")[0] == 16
    assert _kinds("Fluorescence image: 16 nuclei in total, two of the cells just divided, each with its two daughter "
                  "nuclei.")[0] == 16


# --- a count-less heading, then the groups counted in later sentences ---------------------------------------------
@pytest.mark.parametrize("text, nuclei", [
    ("Fluorescence micrograph of stained nuclei. Two cells are in late telophase, each showing two daughter nuclei, "
     "and nine further cells are in interphase with one nucleus each.", 13),
    ("DAPI image of nuclei. Three cells, each with two nuclei, and four more nuclei.", 10),
    ("Hoechst micrograph of nuclei; two binucleate cells and 5 nuclei on their own.", 9),
])
def test_heading_nuclei_are_those_counted_after(text, nuclei):
    assert _kinds(text)[0] == nuclei


@pytest.mark.parametrize("text", [
    "Micrograph of stained nuclei. Three of them touch.",     # a share of them: the count is still the density's
    "Micrograph of stained nuclei. Two cells.",               # cells with no count of their nuclei
])
def test_heading_with_no_full_count_keeps_the_density(text):
    assert _kinds(text)[0] > 10


# --- cell-cycle stages: read, and a sign of a micrograph; a cell text stays a cell text ---------------------------
@pytest.mark.parametrize("text", [
    "Synthetic image for a mitosis lesson: nine nuclei in interphase plus three cells just after division, each "
    "showing its two daughter nuclei.",
    "For a cell-cycle class: 12 nuclei in interphase and two cells in telophase, each with two daughter nuclei.",
    "Teaching picture: six interphase nuclei and one cell with its two daughter nuclei.",
])
def test_stage_words_detect_microscopy(text):
    assert detect_domain(text).key == "microscopy"
    s = parse(text, allow_unknown=True)
    assert not [n.text for n in s.not_drawn if n.text.lower() in ("interphase", "telophase", "daughter", "mitosis")]


@pytest.mark.parametrize("text", [
    "a cell in telophase with two nuclei and a centrosome",
    "An animal cell in interphase with a nucleus.",
    "Draw an animal cell in telophase.",
    "A cell in interphase with one nucleus and two mitochondria.",
])
def test_cell_texts_with_stage_words_stay_cell(text):
    assert detect_domain(text).key == "cell"


# --- grids by rows × columns ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, nuclei", [
    ("Step 1: lay out a grid, 6 rows × 8 columns.\nStep 2: put one nucleus in every slot, no gaps.\nStep 3: render "
     "the fluorescence image and its label mask.", 48),
    ("Fluorescence image with a grid of 5 rows by 4 columns. One nucleus in each well.", 20),
    ("Task 2: a practice image with nuclei laid out in a 4 × 5 grid (4 rows, 5 columns).", 20),
    ("Fluorescence image: nuclei arranged in 3 rows and 7 columns.", 21),
    ("DAPI image: 30 nuclei arranged in 5 columns x 6 rows.", 30),
])
def test_grid_by_rows_and_columns(text, nuclei):
    assert _kinds(text)[0] == nuclei


def test_a_restatement_that_gives_another_grid_is_refused():
    with pytest.raises(InputError, match="3 rows, 6 columns"):
        parse("Fluorescence image: nuclei in a 3 × 7 grid (3 rows, 6 columns).", allow_unknown=True)


def test_rows_words_of_an_arranged_grid_are_listed_not_drawn():
    s = parse("Fluorescence image: nuclei arranged in 3 rows and 7 columns.", allow_unknown=True)
    assert {n.text for n in s.not_drawn} >= {"rows", "columns"}


# --- a grid that contradicts the count: impossible, naming both --------------------------------------------------
@pytest.mark.parametrize("text, count_phrase, grid_phrase", [
    ("Synthetic image: exactly 20 nuclei, arranged in 3 full rows of 8 - every position filled, nothing left over.",
     "exactly 20 nuclei", "3 full rows of 8"),
    ("DAPI: 11 nuclei in two rows of six.", "11 nuclei", "two rows of six"),
    ("Fluorescence image: 17 nuclei laid out in a 4 by 4 grid.", "17 nuclei", "4 by 4 grid"),
    ("Fluorescence image: 15 nuclei laid out in a 4 by 4 grid, every slot filled.", "15 nuclei", "4 by 4 grid"),
])
def test_grid_against_count_is_impossible(text, count_phrase, grid_phrase):
    with pytest.raises(UnsatisfiableError) as e:
        parse(text, domain="microscopy", allow_unknown=True)
    assert count_phrase in str(e.value) and grid_phrase in str(e.value)
    assert e.value.exit_code == 3


@pytest.mark.parametrize("text, nuclei", [
    ("DAPI image: 24 nuclei in three neat rows of eight.", 24),
    ("Fluorescence image: 15 nuclei laid out in a 4 by 4 grid.", 15),      # a grid not said full may have gaps
    ("Fluorescence image: 12 nuclei, in a 3 × 4 grid.", 12),
])
def test_grid_that_agrees_or_has_room_draws_the_count(text, nuclei):
    assert _kinds(text)[0] == nuclei


# --- a count before adjectives, then a participle ------------------------------------------------------------------
@pytest.mark.parametrize("text, nuclei", [
    ("Seven bright nuclei\nglowing blue in the dark field -\ndraw them, with their mask.", 7),
    ("Twelve large nuclei shining green on black.", 12),
    ("Nine small round nuclei glowing red, please draw them.", 9),
])
def test_counted_nuclei_before_a_participle(text, nuclei):
    assert _kinds(text, None)[0] == nuclei


def test_an_uncounted_nucleus_noun_before_a_tool_word_is_still_context():
    s = parse("my nuclei counting tool needs a fluorescence test image with 5 nuclei", domain="microscopy",
              allow_unknown=True)
    assert [e.kind for e in s.entities].count("nucleus") == 5


# --- "how many nuclei …?" answered by a number ----------------------------------------------------------------------
@pytest.mark.parametrize("text, nuclei", [
    ("How many nuclei should the test image contain for the 'small field' case? (a) 10 (b) 20 (c) 50. Answer: (b). "
     "Generate it.", 20),
    ("How many nuclei should the fluorescence image show? 14.", 14),
    ("Quiz: how many nuclei in this DAPI image? Answer: 9", 9),
])
def test_how_many_answered(text, nuclei):
    assert _kinds(text, None)[0] == nuclei


def test_a_size_word_before_an_image_noun_sizes_no_nuclei():
    s = parse("Fluorescence image with a small field and 12 nuclei.", allow_unknown=True)
    assert [e.kind for e in s.entities].count("nucleus") == 12 and "small" in {n.text for n in s.not_drawn}
    # near: a size word before the nuclei still sizes them
    s = parse("Fluorescence image with 12 small nuclei.", allow_unknown=True)
    assert all(e.attr("size") == "small" for e in s.entities if e.kind == "nucleus")


# --- end to end: drawn and verified ----------------------------------------------------------------------------------
def test_cells_each_with_nuclei_verified(tmp_path):
    r = generate("A fluorescence image: three cells, each with two nuclei, and nine more nuclei.", seed=0)
    assert r.verdict.passed
    assert sum(1 for e in r.scene.entities if e.kind == "nucleus") == 15
