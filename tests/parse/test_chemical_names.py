"""Systematic chemical names with locants (``nesy.parse.chemical_names``): their numbers are atom positions, never
counts; "3-day", "2-fold" and number ranges are no chemical names."""
from __future__ import annotations

import pytest

from nesy.parse.chemical_names import chemical_name_spans


@pytest.mark.parametrize("text, want", [
    ("DAPI (4′,6-diamidino-2-phenylindole) is a stain", ["4′,6-diamidino-2-phenylindole"]),
    ("stained with 3,3'-diaminobenzidine.", ["3,3'-diaminobenzidine"]),
    ("pulsed with 5-bromo-2′-deoxyuridine (BrdU)", ["5-bromo-2′-deoxyuridine"]),
    ("dissolved in 1,4-dioxane, then", ["1,4-dioxane"]),
    ("reduced with 2-mercaptoethanol", ["2-mercaptoethanol"]),
    ("a 3-day culture, 2-fold more, a 5-minute wash, 3-dimensional, 10-15 nuclei, 4-6 nuclei, H2B-GFP, 2-photon", []),
    ("a 4-by-5 grid, a 3-to-1 ratio, a 12-well plate, a 96-well plate", []),
])
def test_chemical_name_spans(text, want):
    assert [text[a:b] for a, b in chemical_name_spans(text)] == want
