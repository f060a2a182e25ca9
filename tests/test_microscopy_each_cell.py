"""After cells counted, "every cell has one nucleus", "each cell's nucleus", "the nucleus in every cell" speak of
those cells, not of one more (requests-27 microscopy-09: "20 cells, 3 of which are in mitosis … each cell's nucleus
stained" was drawn with 21 cells and 22 nuclei; "20 cells. Every cell has one nucleus." likewise)."""
from __future__ import annotations

from collections import Counter

import pytest

from nesy.pipeline import parse


def _kinds(text: str) -> Counter:
    s = parse(text, domain="microscopy", allow_unknown=True)
    return Counter(e.kind for e in s.entities)


@pytest.mark.parametrize("text, cells, nuclei", [
    ("A micrograph of 20 cells. Every cell has one nucleus.", 20, 20),
    ("A micrograph of 20 cells, each cell containing two nuclei.", 20, 40),
    ("A micrograph of 12 cells; every single cell has a nucleus.", 12, 12),
    ("A micrograph of 12 cells with each cell's nucleus stained blue.", 12, 12),
    ("A micrograph of 12 cells; label the nucleus in every cell.", 12, 12),
    ("A micrograph of an onion root tip shows 20 cells, 3 of which are in mitosis. Draw the field of view with each "
     "cell's nucleus stained.", 20, 20),
])
def test_each_cell_is_one_of_those_counted(text: str, cells: int, nuclei: int) -> None:
    k = _kinds(text)
    assert (k["cell"], k["nucleus"]) == (cells, nuclei)


def test_the_possessive_is_read() -> None:
    s = parse("A micrograph of 12 cells with each cell's nucleus stained blue.", domain="microscopy",
              allow_unknown=True)
    assert not s.to_dict()["not_drawn"]


def test_a_conflicting_count_per_cell_is_refused() -> None:
    """Guard: "each cell has two nuclei" after "10 cells with one nucleus" is the per-cell conflict, named."""
    from nesy.errors import InputError
    with pytest.raises(InputError, match="says 2 nuclei in each cell"):
        parse("A micrograph of 10 cells with one nucleus. Each cell has two nuclei.", domain="microscopy")


def test_cells_each_with_two_nuclei_unchanged() -> None:
    """Guard: the floating "each" after the count reads as before."""
    k = _kinds("a micrograph of 10 cells, each with two nuclei")
    assert (k["cell"], k["nucleus"]) == (10, 20)


@pytest.mark.parametrize("text, cells, nuclei", [
    ("a micrograph of 3 cells; each of the cells has 2 nuclei", 3, 6),            # 5 were drawn
    ("a micrograph of 3 cells with each of the cells' nuclei stained", 3, 3),      # 37 were drawn
])
def test_each_of_the_cells(text: str, cells: int, nuclei: int) -> None:
    k = _kinds(text)
    assert (k["cell"], k["nucleus"]) == (cells, nuclei)


def test_each_of_the_mitochondria_is_placed() -> None:
    """In a cell figure, "each of the mitochondria is … outside the nucleus" is said of all of them."""
    s = parse("a cell with a nucleus and four mitochondria; each of the mitochondria is within the cell and outside the "
              "nucleus.", domain="cell", allow_unknown=True)
    assert sum(1 for r in s.relations if r.kind == "outside") == 4
