"""Kinds of phrasing outsider requests (session 40, requests-20) failed on in microscopy, each tested on phrasings other
than the items' own: counted fields given as parallel clauses whose later ones leave the noun out ("field 1 had 9
nuclei, field 2 had 7"); clusters' sizes given as one list distributed over them ("… containing 4, 5 and 6 nuclei
respectively"); a measured quantity inside a direct question (asked about, never a count); a condition's adjective
naming a measurement ("a mitotic index measurement"); a counting chamber's square as the field counted, its volume
listed as not drawn. Each mechanism has a guard: a near miss that must behave as before."""
from __future__ import annotations

from collections import Counter

import pytest

from nesy.errors import InputError, NesyError
from nesy.pipeline import parse


def _scene(text: str):
    sg = parse(text, allow_unknown=True)
    assert sg.domain == "microscopy"
    return sg


def _nuclei(text: str) -> list:
    return [e for e in _scene(text).entities if e.kind == "nucleus"]


def _clusters(text: str) -> list[int]:
    c = Counter(dict(e.attributes).get("cluster") for e in _nuclei(text))
    return sorted(v for k, v in c.items() if k is not None)


def _not_drawn(text: str) -> list[str]:
    return [n.text for n in _scene(text).not_drawn]


# ------------------------------------------ counted fields as parallel clauses, the noun left out after the first (04)
@pytest.mark.parametrize("text, n", [
    ("Hoechst screen, plate 4: image 1 showed 14 nuclei, image 2 showed 22. Please recreate image 2 as a micrograph.", 22),
    ("DAPI counts: well A3 contained 15 nuclei; well A4 contained 25. Draw well A4.", 25),
    ("Confocal log: FOV 3 held 11 nuclei, FOV 4 held 18. Render FOV 3.", 11),
    ("fluorescence micrograph notes: frame 2 has 6 nuclei and frame 5 has 13; reproduce frame 5", 13),
])
def test_elliptical_count_in_parallel_field_clauses(text, n):
    assert len(_nuclei(text)) == n


def test_elliptical_fields_other_counts_are_not_summed():
    sg = _scene("DAPI counts: well A3 contained 15 nuclei; well A4 contained 25. Draw well A4.")
    assert sum(e.kind == "nucleus" for e in sg.entities) == 25


def test_elliptical_fields_with_none_chosen_are_refused_naming_them():
    with pytest.raises(InputError, match="image 1 showed 14 nuclei.*image 2 showed 22"):
        parse("Hoechst screen: image 1 showed 14 nuclei, image 2 showed 22.", allow_unknown=True)


# --------------------------------------------- clusters' sizes as one list distributed over them ("respectively") (08)
@pytest.mark.parametrize("text, sizes", [
    ("a DAPI image with two clumps holding 3 and 5 touching nuclei, respectively", [3, 5]),
    ("fluorescence micrograph: four groups of nuclei with respectively 2, 2, 3 and 4 nuclei", [2, 2, 3, 4]),
    ("Hoechst image showing clusters of 2, 3 and 4 nuclei", [2, 3, 4]),
    ("a micrograph with 3 aggregates that contain 6, 3 and 2 nuclei respectively", [2, 3, 6]),
])
def test_respectively_list_gives_one_cluster_per_size(text, sizes):
    assert _clusters(text) == sizes
    assert len(_nuclei(text)) == sum(sizes)


def test_respectively_list_of_other_length_than_the_clusters_is_refused_naming_both():
    with pytest.raises(InputError, match="'four clusters'.*'2, 3 and 4'"):
        parse("DAPI image with four clusters of 2, 3 and 4 nuclei", allow_unknown=True)


def test_guard_clusters_of_one_size_still_read_as_before():
    assert _clusters("a DAPI image with three clusters of 4 nuclei") == [4, 4, 4]


# ---------------------------------------------------------- a measured quantity inside a direct question (07)
@pytest.mark.parametrize("text, n", [
    ("A DAPI image of a 0.2 mm × 0.2 mm field at 400 nuclei per mm². How many such fields tile a 22 mm × 22 mm "
     "coverslip?", 16),
    ("Hoechst image of 25 nuclei. Is a 5 µm z-step fine enough to resolve them?", 25),
    ("DAPI image with 40 nuclei. What percentage of a 35 mm dish does such a field cover?", 40),
    ("DAPI image with 40 nuclei. How many fields of this size fit on a 24 mm coverslip?", 40),
    ("Nuclei in a fluorescence field at 250 nuclei per mm², the field 0.2 mm by 0.4 mm. What fraction of a 3 cm² "
     "dish is that?", 20),
])
def test_quantity_in_a_question_asserts_nothing(text, n):
    assert len(_nuclei(text)) == n


def test_guard_polite_request_in_question_form_still_gives_the_field():
    assert len(_nuclei("Could you draw a DAPI image of a 0.2 mm × 0.2 mm field at 400 nuclei per mm²?")) == 16


# ------------------------------------------------------- a condition's adjective naming a measurement (10)
@pytest.mark.parametrize("text, n, k", [
    ("DAPI image of 50 nuclei, 5 of them mitotic, to check our mitotic-index script.", 50, 5),
    ("Simulate a DAPI field of 80 nuclei, 8 of them dividing, for a mitotic rate calculation.", 80, 8),
    ("Of the 45 nuclei in this Hoechst image used for the mitotic fraction, 3 are in mitosis.", 45, 3),
])
def test_mitotic_measure_name_is_no_property_of_nuclei(text, n, k):
    nuc = _nuclei(text)
    assert len(nuc) == n
    assert sum(dict(e.attributes).get("brightness") == "bright" for e in nuc) == k


def test_guard_mitotic_before_nuclei_still_marks_them():
    nuc = _nuclei("DAPI image of 20 nuclei, a few mitotic")
    assert len(nuc) == 20 and sum(dict(e.attributes).get("brightness") == "bright" for e in nuc) == 3


# ------------------------------------------------------- a counting chamber's square is the field counted (03)
@pytest.mark.parametrize("text, n", [
    ("A hemocytometer square contains 25 nuclei; draw a synthetic micrograph of the square.", 25),
    ("Draw the central square of a haemocytometer with 40 nuclei in it.", 40),
    ("One corner square of the Neubauer chamber holds 18 nuclei. Simulate an image of that square.", 18),
])
def test_counting_chamber_square_is_the_field(text, n):
    assert len(_nuclei(text)) == n


def test_counting_chamber_volume_is_listed_not_drawn():
    text = "Each large square of the hemocytometer holds 0.1 µL, and 20 nuclei were counted in one. Render that square."
    assert len(_nuclei(text)) == 20
    assert any("0.1" in t for t in _not_drawn(text))


def test_guard_square_field_size_without_a_chamber_is_still_a_size():
    assert len(_nuclei("a DAPI image of a 0.5 mm square field at 400 nuclei per mm²")) == 100


def test_guard_a_valued_mitotic_index_is_never_read_as_a_mere_name():
    # "a high mitotic index" says many nuclei divide, with no count: refused or listed as not drawn, never dropped
    text = "DAPI image of 40 nuclei with a high mitotic index"
    try:
        sg = parse(text, allow_unknown=True)
    except NesyError as e:
        assert "mitotic" in str(e)
        return
    assert any("mitotic" in n.text for n in sg.not_drawn)


def test_guard_size_word_before_fraction_is_not_a_measure_name():
    with pytest.raises(InputError, match="'small'"):
        parse("DAPI image of 40 nuclei, a small fraction of them mitotic", allow_unknown=True)
