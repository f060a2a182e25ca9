"""Session 32 (requests-15 microscopy failures): nuclei counted through cells, counts with some taken away (a
subtraction, empty grid sites), one field chosen from a list of counted fields, a count as a keyword argument of a
call (a hexadecimal literal), and the parity of a count ("an odd number of nuclei — fourteen of them": impossible)."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from nesy.errors import InputError, UnsatisfiableError
from nesy.pipeline import parse


def _nuclei(text: str) -> int:
    s = parse(text, allow_unknown=True)
    assert s.domain == "microscopy"
    return sum(1 for e in s.entities if e.kind == "nucleus")


@pytest.mark.parametrize("text, n, cells", [
    ("10 cells, 2 of them binucleate (2 nuclei each), all others have one nucleus. Make the nucleus label image.", 12, 10),
    ("Smear-like synthetic image: 40 cells, a quarter of them red cells with no nucleus; every other cell has exactly "
     "one nucleus. Only the nuclei go in the label image.", 30, 30),
    ("DAPI micrograph: 30 cells, 6 of them binucleate; the rest have a single nucleus.", 36, 30),
    ("Hoechst image: 20 cells, half of them binucleate", 30, 20),
    ("DAPI micrograph: 8 cells, of which 2 have no nucleus and the others have 2 nuclei each", 12, 6),
    ("DAPI: 12 cells, 3 of them trinucleate, the rest mononucleate", 18, 12),
    ("DAPI: forty cells, ten of them binucleate, the rest mononucleate", 50, 40),
    ("DAPI: 10 cells: 2 binucleate, the rest mononucleate", 12, 10),
    ("DAPI image of 12 cells (3 with no nucleus, the others with one nucleus each)", 9, 9),
    ("Hoechst image: 16 cells, a quarter of them anucleate, every other cell has one nucleus.", 12, 12),
])
def test_nuclei_counted_through_cells(text, n, cells):
    s = parse(text, allow_unknown=True)
    kinds = [e.kind for e in s.entities]
    assert kinds.count("nucleus") == n and kinds.count("cell") == cells


def test_cells_without_nucleus_are_listed_not_drawn():
    s = parse("Smear-like synthetic image: 40 cells, a quarter of them red cells with no nucleus; every other cell has "
              "exactly one nucleus. Only the nuclei go in the label image.", allow_unknown=True)
    assert any("red cells" in n.text for n in s.not_drawn)


def test_the_nuclei_of_counted_cells_are_no_new_nuclei():
    # "the nuclei" after cells counted with their nuclei: those nuclei (they drew the fitted density's 34 besides)
    assert _nuclei("DAPI: 3 cells with two nuclei each. The nuclei are large.") == 6
    assert _nuclei("DAPI: 3 binucleate cells; the nuclei are round") == 6


def test_share_of_cells_not_whole_refused():
    with pytest.raises(InputError, match="a quarter of 9"):
        parse("fluorescence: 9 cells, a quarter of them binucleate", allow_unknown=True)


def test_share_beyond_the_cells_is_impossible():
    with pytest.raises(UnsatisfiableError) as ei:
        parse("fluorescence: 6 cells, 7 of them binucleate", allow_unknown=True)
    assert [p["text"] for p in ei.value.phrases] == ["6 cells", "7 of them"]


@pytest.mark.parametrize("text, n", [
    ("a dozen neuclei minus the two I cropped out, simulate that many", 10),
    ("20 DAPI nuclei except for 3 of them", 17),
    ("fluorescence image, 15 nuclei minus 4", 11),
    ("Synthetic image of an organoid array: 5 rows × 7 columns of wells, one nucleus per well, except two wells that "
     "are empty. Give me the instance labels too.", 33),
    ("DAPI: islands in a 4 by 5 grid, one nucleus per island, but 3 empty islands", 17),
    ("DAPI, wells in a 3 x 4 grid, two nuclei in each well, apart from one well with no nucleus", 22),
    ("DAPI, wells in a 3 x 4 grid, one nucleus per well, and two of the wells are empty", 10),
    ("DAPI, wells in a 3 x 4 grid, one nucleus per well", 12),
])
def test_count_with_some_taken_away(text, n):
    assert _nuclei(text) == n


def test_taking_away_everything_is_refused():
    with pytest.raises(InputError):
        parse("fluorescence image, 3 nuclei minus 3", allow_unknown=True)


@pytest.mark.parametrize("text, n", [
    ("HeLa, Hoechst 33342, 20x. Field 1: 31 nuclei. Field 2: 22 nuclei. Field 3: 27. → for the methods figure "
     "reproduce field 2 as a synthetic image + label mask. — M.T.", 22),
    ("DAPI counts: FOV 1 - 12 nuclei, FOV 2 - 19 nuclei, FOV 3 - 15 nuclei. Please simulate FOV 3.", 15),
    ("Hoechst. Image A: 8 nuclei; image B: 14 nuclei. Draw image B.", 14),
    ("DAPI. Field 1: 31 nuclei. Field 2: 22 nuclei. Field 3: 27. Draw field 3.", 27),
    ("Field 1: 31 nuclei, DAPI", 31),
])
def test_one_field_chosen_from_a_list(text, n):
    assert _nuclei(text) == n


def test_other_fields_are_recorded_as_not_drawn():
    s = parse("Hoechst. Image A: 8 nuclei; image B: 14 nuclei. Draw image B.", allow_unknown=True)
    assert [f["text"] for f in s.attr("imaging")["other_fields"]] == ["Image A: 8 nuclei"]


def test_list_of_fields_without_a_choice_is_refused():
    with pytest.raises(InputError, match="which"):
        parse("DAPI. well 1: 10 nuclei, well 2: 20 nuclei", allow_unknown=True)


@pytest.mark.parametrize("text, n", [
    ('make_image(n_nuclei=0x10, stain="DAPI", labels=True)  # yes, hex. long story', 16),
    ('simulate(nuclei_count=0b1010, stain="Hoechst")', 10),
    ('synth.render(n_nuclei=24, dye="DAPI", return_labels=True)', 24),
    ('make_image(n_nuclei=0o20, stain="DAPI")', 16),
])
def test_count_as_keyword_argument(text, n):
    assert _nuclei(text) == n


@pytest.mark.parametrize("text, n, parity", [
    ("an even number of DAPI nuclei, 14 of them", 14, "even"),
    ("15 DAPI nuclei, an even number", 15, "even"),
    ("DAPI image of 15 nuclei; the number of nuclei must be even", 15, "even"),
    ("twelve DAPI nuclei, odd in number", 12, "odd"),
])
def test_parity_is_read(text, n, parity):
    s = parse(text, allow_unknown=True)
    assert s.attr("imaging")["parity"]["value"] == parity
    assert sum(1 for e in s.entities if e.kind == "nucleus") == n


@pytest.mark.parametrize("text, phrases", [
    ("Synthetic nuclei image for the counting exercise: an odd number of nuclei — fourteen of them.",
     ("odd", "fourteen")),
    ("15 DAPI nuclei, an even number", ("15", "even")),
    ("fluorescence micrograph: 9 nuclei, which is an even count", ("9 nuclei", "even")),
])
def test_parity_against_count_is_impossible(text, phrases):
    with pytest.raises(UnsatisfiableError) as ei:
        _check(text)
    said = " ".join(p["text"] for p in ei.value.phrases)
    assert all(p in said for p in phrases)


def _check(text: str) -> None:
    from nesy.domains.microscopy import check_laws
    check_laws(parse(text, allow_unknown=True))


def test_parity_without_count_picks_a_count_of_that_parity():
    s = parse("DAPI image with an odd number of nuclei", allow_unknown=True)
    assert sum(1 for e in s.entities if e.kind == "nucleus") % 2 == 1


def test_cli_impossible_parity_exits_3(tmp_path):
    r = subprocess.run([sys.executable, "-m", "nesy", "generate", "Synthetic nuclei image for the counting exercise: an "
                        "odd number of nuclei — fourteen of them.", "-o", str(tmp_path), "--no-controls"],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 3 and "odd number" in r.stderr and "fourteen" in r.stderr


@pytest.mark.parametrize("text, n", [
    ("10 cells, 2 of them binucleate (2 nuclei each), all others have one nucleus. Make the nucleus label image.", 12),
    ("Smear-like synthetic image: 40 cells, a quarter of them red cells with no nucleus; every other cell has exactly "
     "one nucleus. Only the nuclei go in the label image.", 30),
])
def test_cli_verifies_the_stated_count(tmp_path, text, n):
    r = subprocess.run([sys.executable, "-m", "nesy", "generate", text, "-o", str(tmp_path), "--no-controls"],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode in (0, 7), r.stderr
    lay = json.loads((tmp_path / "layout.json").read_text())
    assert sum(1 for k in lay["entities"] if k.startswith("nucleus")) == n


def test_except_after_a_property_is_no_subtraction():
    # "all separated except 2 of them" excepts from the property, which the reader does not read: never 18 nuclei,
    # and (session 45) never 20 all separated either — an unread "except" is refused as a negation
    from nesy.errors import UnknownWordsError
    with pytest.raises(UnknownWordsError, match="except"):
        _nuclei("20 DAPI nuclei, all separated except 2 of them")


def test_share_of_cells_by_another_property_is_refused_by_name():
    with pytest.raises(InputError, match="'3 of them large'.*share of the cells"):
        parse("DAPI: 10 cells, 3 of them large", allow_unknown=True)
