"""Session 41: outsiders' cell, sets and microscopy requests (requests-21) as development data, tested in other words.

- microscopy: a share of the nuclei said to stay out of the figure ("… and should be left out") is taken from the
  count (``microscopy_arith.drop_items``); "all but k of them have a nucleus" (``microscopy_cellparts``); a share
  put before its whole ("k of the N nuclei …", "⅓ of the N cells …") and fractions written "⅓", "1/4", "25 %",
  "two-thirds"; "all N nuclei" said again after the cells or nuclei were counted is those nuclei; "mitotic or not"
  leaves the state open (``microscopy_restate``); records named by their order ("the first has …, the second …;
  draw the latter", ``microscopy_fields``); a microscope's field holding counted cells is a micrograph, "electric
  field lines" are not (``MicroscopyDomain.figure_kind``, ``microscopy_restate.physics_field_only``); a keyed list
  of counts per part under a heading of nuclei, the whole field asked for, is their sum (``microscopy_regions``);
- out of scope: a line chart, a heat map … are statistical charts (``grammars/common/foreign_figures.yaml``);
- cell: "none inside the nucleus" after a coordinated "all of them …" (``cell_collective``); members named by the
  announced noun's modifier ("two daughter cells … one daughter got 3 …, the other got 2", ``cell_members``) and
  verbs of getting ("got", "received", "inherits": grammar.yaml ``contains``, ``cell_merge._HAS``); "an electron
  micrograph of a liver cell" is that cell;
- sets: classes named by common nouns in inclusion statements ("every cat is both a pet and a mammal",
  ``sets_classes``), lower-case sets listed after their count, added, or said disjoint from another
  (``sets_lower``); a relation the reader would draw from a set to itself that the text never wrote is refused.
"""
from __future__ import annotations

from collections import Counter

import pytest

from nesy.errors import InputError, NesyError, OutOfScopeError
from nesy.pipeline import parse


def _kinds(text: str, domain: str) -> Counter:
    sg = parse(text, allow_unknown=True, domain=domain)
    return Counter(e.kind for e in sg.entities)


def _nuclei(text: str) -> int:
    return _kinds(text, "microscopy")["nucleus"]


# ---------------------------------------------------------------------------------------------- microscopy
@pytest.mark.parametrize("text,n", [
    ("Of the 30 nuclei, 6 are blurred and must not be drawn.", 24),
    ("There are 18 nuclei; 3 of them are very dim, so leave them out.", 15),
    ("Draw 14 nuclei, 4 of them small, which are to be omitted from the image.", 10),
])
def test_a_share_left_out_of_the_figure_is_taken_from_the_count(text, n):
    assert _nuclei(text) == n


def test_a_share_kept_is_never_taken_away():
    # "should not be left out": keep them (the words stay unread at worst, never a subtraction)
    assert _nuclei("Of the 16 nuclei, 4 are blurred and should not be left out.") == 16


@pytest.mark.parametrize("text,n", [
    ("Image a field of 12 cells: all except two of them contain a nucleus.", 10),
    ("A smear of 30 cells, every cell but three has one nucleus.", 27),
])
def test_all_but_k_cells_have_a_nucleus(text, n):
    assert _nuclei(text) == n


@pytest.mark.parametrize("text,n", [
    ("5 of the 21 nuclei are out of focus.", 21),
    ("1/4 of the 20 cells in view are in mitosis; draw all 20 nuclei.", 20),
    ("25% of the 12 cells in the field are in mitosis.", 12),
])
def test_a_share_put_before_its_whole_counts_no_new_nuclei(text, n):
    assert _nuclei(text) == n


def test_a_fraction_share_is_exact():
    sg = parse("two-thirds of the 15 nuclei in the field are small.", allow_unknown=True, domain="microscopy")
    groups = sg.attr("groups")
    assert [g["n"] for g in groups if g.get("partitive")] == [10]


def test_all_n_nuclei_restating_another_count_is_refused():
    with pytest.raises(InputError, match="all the nuclei"):
        parse("16 cells in the field, each with one nucleus; draw all 18 nuclei.", domain="microscopy")


def test_a_state_left_open_draws_nothing():
    sg = parse("Draw 9 nuclei, touching or not.", allow_unknown=True, domain="microscopy")
    assert sum(e.kind == "nucleus" for e in sg.entities) == 9
    assert not sg.relations and not sg.unknown


def test_records_named_by_their_order_and_the_one_chosen():
    assert _nuclei("Three images: the first has 8 nuclei, the second 12 and the third 5. Simulate the second one.") == 12
    with pytest.raises(InputError, match="say which"):
        parse("Two fields: the first had 7 nuclei, the second 10.", domain="microscopy")


def test_a_microscope_field_of_cells_is_a_micrograph_and_an_electric_field_is_not():
    from nesy.registry import detect_domain
    assert detect_domain("A field of 18 cells; all but two of them have a nucleus (two are red blood cells).").key \
        == "microscopy"
    with pytest.raises(OutOfScopeError):
        detect_domain("sketch the magnetic field lines around three bar magnets placed 5 cm apart")


@pytest.mark.parametrize("text", [
    "please make a heat map of the mitochondria counts in each cell: cell 1 | 40; cell 2 | 55",
    "could you do a growth curve of my yeast cells per hour? hour 1 | 2.0 × 10^4; hour 2 | 5.1 × 10^4",
])
def test_statistical_charts_are_out_of_scope(text):
    from nesy.registry import detect_domain
    with pytest.raises(OutOfScopeError, match="statistical charts"):
        detect_domain(text)


# ---------------------------------------------------------------------------------------------- cell
def _relations(text: str) -> set:
    sg = parse(text, allow_unknown=True, domain="cell")
    kind = {e.id: e.kind for e in sg.entities}
    return {(r.kind, kind[r.source], kind[r.target]) for r in sg.relations}


def test_none_after_a_coordinated_all_of_them_keeps_them_out():
    rels = _relations("A cell with 6 lysosomes, all of them in the cytoplasm and none inside the nucleus; "
                      "it has a nucleus.")
    assert ("outside", "lysosome", "nucleus") in rels


def test_members_named_by_the_announced_modifier_with_verbs_of_getting():
    c = _kinds("Three root cells, each with one nucleus: one root cell received 2 lysosomes, another root cell "
               "received 4 and the last received 1.", "cell")
    assert c["cell"] == 3 and c["lysosome"] == 7 and c["nucleus"] == 3


def test_a_micrograph_of_a_cell_is_that_cell():
    sg = parse("an electron micrograph of a plant cell shows a nucleus and 3 chloroplasts", allow_unknown=True,
               domain="cell")
    assert Counter(e.kind for e in sg.entities)["chloroplast"] == 3
    assert not sg.unknown


# ---------------------------------------------------------------------------------------------- sets
def _sets(text: str):
    sg = parse(text, allow_unknown=True, domain="sets")
    return {e.id for e in sg.entities if e.kind == "set"}, {(r.kind, r.source, r.target) for r in sg.relations}


def test_classes_of_an_inclusion_statement_are_sets_named_as_listed():
    names, rels = _sets("how do cats, pets and mammals fit together? (every cat is both a pet and a mammal)")
    assert names == {"Cats", "Pets", "Mammals"}
    assert {("inside", "Cats", "Pets"), ("inside", "Cats", "Mammals")} <= rels


def test_lower_case_sets_listed_added_and_disjoint():
    # (fish is named only where it is added: "add fish as well", then the dash clause says where it lies)
    names, rels = _sets("Two sets, birds and animals: birds is a subset of animals. Add fish as well - inside "
                        "animals too, but disjoint from birds.")
    assert names == {"Birds", "Animals", "Fish"}
    assert {("inside", "Birds", "Animals"), ("inside", "Fish", "Animals"), ("outside", "Fish", "Birds")} <= rels


def test_a_set_related_to_itself_by_a_misread_subject_is_refused():
    with pytest.raises(NesyError, match="itself"):
        parse("Two sets, Cats and Pets: the sets is a subset of the Pets.", domain="sets")


def test_a_keyed_list_of_counts_per_part_sums_for_the_whole_field():
    assert _nuclei("nuclei by sector: S1 = 7, S2 = 2, S3 = 5. Draw the entire field.") == 14
