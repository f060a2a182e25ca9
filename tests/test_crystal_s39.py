"""A reference material's formula with only some of its sites described ("the CsCl unit cell with Cs at the body
centre"): the sites the text leaves out are the material's structure type's, as when the type is named; before
(requests-19 crystal-04), the described positions alone (Cs only) were held against the formula and the possible
request was called impossible. Positions the material's type has not, or an "only" that breaks the formula, are
still impossible."""
from __future__ import annotations

import pytest

from nesy.errors import UnsatisfiableError
from nesy.pipeline import parse


def _sites(text: str) -> tuple[str, dict[str, set[tuple[float, ...]]]]:
    s = parse(text, allow_unknown=True)
    assert s.domain == "crystal"
    out: dict[str, set] = {}
    for x in s.attr("sites"):
        out.setdefault(x["el"], set()).add(tuple(x["coords"]))
    return s.attr("structure"), out


@pytest.mark.parametrize("text, struct, el, at, other", [
    ("Draw the CsCl unit cell with Cs at the body centre, a = 4.12 Å", "cesium_chloride", "Cs", (0.5, 0.5, 0.5), "Cl"),
    ("CsCl cell: Cl sits at the body centre", "cesium_chloride", "Cl", (0.5, 0.5, 0.5), "Cs"),
    ("NaCl unit cell, Na at the edge centres and the body centre", "rock_salt", "Na", (0.5, 0.5, 0.5), "Cl"),
])
def test_the_sites_a_text_leaves_out_are_the_materials_type(text, struct, el, at, other):
    st, sites = _sites(text)
    assert st == struct
    assert at in sites[el]
    assert other in sites and at not in sites[other]


def test_positions_the_materials_type_has_not_stay_impossible():
    with pytest.raises(UnsatisfiableError):
        parse("Draw NaCl with Na only at the body centre", allow_unknown=True)


@pytest.mark.parametrize("text, science", [
    ("the CsCl cell with Cs at the body centre", "crystal"),
    ("Sketch a CaF2 cell, a = 5.46 Å", "crystal"),
    ("A HeLa cell with one nucleus and 4 mitochondria", "cell"),     # He + La: a cell line, not a formula
    ("an NK cell with 3 lysosomes and a nucleus", "cell"),
])
def test_a_formula_before_cell_names_a_crystals_cell(text, science):
    from nesy.registry import detect_domain
    assert detect_domain(text).key == science
