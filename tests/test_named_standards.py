"""Issue 9: a thing named by the standard that fixes its figure is read as that figure, and the reading reported
("an A4 sheet" is a 21.0 cm by 29.7 cm rectangle, ISO 216; "a stop sign" a regular octagon, MUTCD §2B.05).
Before, "Draw an A4 sheet of paper as a rectangle, actual size" took A4 for the page the figure is printed on and
drew a 3 × 5 rectangle with exit 0 (requests-27 geometry-01)."""
from __future__ import annotations

import pytest

from nesy.parse.named_standards import named_standards, standard_objects
from nesy.pipeline import parse


def _sides(text: str) -> list[str]:
    s = parse(text, domain="geometry")
    return sorted(g["text"] for g in s.attr("given", []) if g["role"] == "side")


def test_an_a4_sheet_is_its_rectangle() -> None:
    s = parse("Draw an A4 sheet of paper as a rectangle, actual size.", domain="geometry")
    assert s.attr("figure") == "rectangle"
    assert _sides("Draw an A4 sheet of paper as a rectangle, actual size.") == ["21.0 cm", "29.7 cm"]
    c = s.to_dict()["corrections"]
    assert c == [{"start": 5, "end": 25, "text": "an A4 sheet of paper", "read_as": "a 21.0 cm by 29.7 cm rectangle",
                  "kind": "standard"}]


def test_the_reading_is_reported_as_a_standard() -> None:
    from nesy.parse.repairs import kind_of
    from nesy.types import Correction
    s = parse("Draw an A4 sheet of paper as a rectangle, actual size.", domain="geometry")
    assert [kind_of(Correction.from_dict(c)) for c in s.to_dict()["corrections"]] == ["standard"]


def test_a_stop_sign_is_a_regular_octagon() -> None:
    s = parse("the outline of a stop sign, each side 5 cm", domain="geometry")
    assert s.attr("n") == 8 and _sides("the outline of a stop sign, each side 5 cm") == ["5 cm"]


@pytest.mark.parametrize("text", [
    "Draw a cell with a nucleus, printed on an A4 sheet",
    "a right triangle with legs 3 cm and 4 cm to fit an A4 page",
    "a square of side 4 cm for A4 paper",
])
def test_the_page_a_figure_is_printed_on_is_no_figure(text: str) -> None:
    """Guard: A4 as the medium ("on", "to fit", "for") is not read as a rectangle."""
    assert named_standards(text) == []


def test_every_entry_cites_its_standard() -> None:
    assert standard_objects()
    for _sci, name, read_as, source in standard_objects():
        assert name and read_as and source
