"""Requests-10, cell: counts stated other ways — by difference from another count ("one more lysosome than there
are mitochondria", nesy/parse/relative_counts.py), after the noun ("chloroplasts six", "mitochondria: 4",
nesy/domains/cell_clauses.py), an instruction not to draw a thing ("Do not draw any chloroplasts") and the aside
that gives its reason ("(fungi have none)"). Each in wordings that are not the acceptance sentence, and near
wordings that must not be read so."""
from __future__ import annotations

from collections import Counter

import pytest

from nesy.errors import InputError, NesyError
from nesy.pipeline import parse


def _kinds(text: str) -> Counter:
    return Counter(e.kind for e in parse(text, domain="cell", allow_unknown=True).entities)


# ---- a count by difference, or by a factor, of another stated count
@pytest.mark.parametrize("text,kind,n", [
    ("A liver cell with three mitochondria and two more lysosomes than mitochondria.", "lysosome", 5),
    ("Cell: 6 ribosomes, two fewer lysosomes than there are ribosomes, one nucleus.", "lysosome", 4),
    ("An animal cell that has 5 peroxisomes and 1 less vacuole than peroxisomes", "vacuole", 4),
    ("A cell with 2 lysosomes and three times as many ribosomes as lysosomes.", "ribosome", 6),
    ("a cell with 8 ribosomes and half as many mitochondria as ribosomes", "mitochondrion", 4),
    ("One cell; it holds four vesicles and as many lysosomes as vesicles.", "lysosome", 4),
])
def test_relative_counts_are_drawn_as_counted(text, kind, n):
    assert _kinds(text)[kind] == n


def test_a_difference_against_an_unstated_count_is_refused_by_name():
    with pytest.raises(NesyError) as e:
        parse("A cell with a nucleus and one more lysosome than mitochondria.", domain="cell", allow_unknown=True)
    assert "one more lysosome than mitochondria" in str(e.value)


def test_a_difference_below_one_is_refused():
    with pytest.raises(NesyError) as e:
        parse("A cell with 2 ribosomes and five fewer lysosomes than ribosomes.", domain="cell", allow_unknown=True)
    assert "five fewer lysosomes than ribosomes" in str(e.value)


def test_more_without_a_number_is_no_count():
    # "more lysosomes than mitochondria" states an order, not a count: nothing is rewritten as a count
    from nesy.parse.relative_counts import relative_counts
    t = "A cell with 3 mitochondria and more lysosomes than mitochondria."
    assert relative_counts(t) == t


# ---- a count after its noun
@pytest.mark.parametrize("text,want", [
    ("plant cell, it contain nucleus, vacuoles 2 and chloroplasts seven.", {"vacuole": 2, "chloroplast": 7}),
    ("Cell organelles - nucleus: 1, mitochondria: 4, ribosomes: 9.", {"nucleus": 1, "mitochondrion": 4,
                                                                       "ribosome": 9}),
    ("Animal cell with lysosomes x3, nuclei x1 and golgi (2).", {"lysosome": 3, "nucleus": 1, "golgi": 2}),
    ("draw cell with ribosomes (8), mitochondria five", {"ribosome": 8, "mitochondrion": 5}),
])
def test_a_count_after_its_noun_is_its_count(text, want):
    k = _kinds(text)
    for kind, n in want.items():
        assert k[kind] == n, (kind, k)


def test_a_singular_noun_and_a_number_is_a_name_not_a_count():
    # "cell 2" names a cell; "cells 2 and 3" name two: no count is read after them
    from nesy.domains.cell_clauses import plain_clauses
    for t in ("Draw cells 2 and 3 with a nucleus.", "Cell 2 has a nucleus.", "A cell with vacuole 2."):
        assert plain_clauses(t) == t


def test_a_number_after_a_counted_noun_is_refused_not_dropped():
    # "3 vacuoles 4": neither count may be silently dropped for the other
    with pytest.raises(InputError) as e:
        parse("A cell with 3 vacuoles 4 and a nucleus.", domain="cell", allow_unknown=True)
    assert "4" in str(e.value)


def test_a_number_after_a_plural_is_never_replaced_by_the_default():
    with pytest.raises(InputError) as e:
        parse("A plant cell with ribosomes 6 7 and a nucleus.", domain="cell", allow_unknown=True)
    assert "ribosomes 6" in str(e.value)


# ---- an instruction not to draw a thing, and its reason in an aside
@pytest.mark.parametrize("text,gone", [
    ("A plant cell with a nucleus and a vacuole. Do not draw any chloroplasts.", "chloroplast"),
    ("A yeast cell with one nucleus and two mitochondria; do not include chloroplasts (yeasts have none).",
     "chloroplast"),
    ("Sketch a red blood cell with one vacuole, but don't draw a nucleus (mature erythrocytes lack one).", "nucleus"),
    ("A neuron with 3 mitochondria. Leave out the nucleus.", "nucleus"),
])
def test_do_not_draw_states_an_absence(text, gone):
    k = _kinds(text)
    assert k[gone] == 0 and k["cell"] == 1


def test_an_instruction_about_how_to_draw_is_no_absence():
    # "don't draw the nucleus too large" asks for a size, not for no nucleus
    from nesy.domains.cell_clauses import plain_clauses
    t = "A cell with a nucleus. Don't draw the nucleus too large."
    assert plain_clauses(t) == t


def test_a_negative_aside_after_no_absence_is_still_refused():
    # the aside would deny what the clause draws: it is not a restatement, and stays an unread negation
    with pytest.raises(NesyError) as e:
        parse("A yeast cell with a vacuole and chloroplasts (fungi have none).", domain="cell", allow_unknown=True)
    assert "none" in str(e.value)
