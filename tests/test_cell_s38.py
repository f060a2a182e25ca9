"""Session 38: outsiders' cell requests (requests-18) — the mechanisms they failed, in other words than theirs.

A containment denied by "never" or "none of …" after another clause is the outside relation the cell science
has (grammars/cell/grammar.yaml, nesy.parse.grammar._second_predicate, cell_collective); a fronted object,
"Lysosomes she does not have", is the absence it states, never the default count (nesy.parse.grammar_fronted);
a word between two numbers is what the first one counts ("one cup of a chloroplast", nesy.parse.grammar); two
place phrases of one subject ("within the cell and outside the nucleus"); things in an ER drawn as its folded
band lie on the band (cell_draw.on_band), so the figure shows them inside it.
"""
from __future__ import annotations

from collections import Counter

import pytest

from nesy.errors import InputError
from nesy.pipeline import generate, parse


def _read(text: str):
    sg = parse(text, allow_unknown=True, domain="cell")
    kind = {e.id: e.kind for e in sg.entities}
    return sg, Counter(kind.values()), {(r.kind, kind[r.source], kind[r.target]) for r in sg.relations}


# --- a containment denied ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,k", [
    ("A cell with a nucleus and four peroxisomes. The peroxisomes sit in the cytoplasm, never inside the nucleus.",
     "peroxisome"),
    ("An animal cell: one nucleus, two mitochondria. Mitochondria are never within the nucleus.", "mitochondrion"),
    ("Sketch a cell with a nucleus and 5 ribosomes; the ribosomes are in the cytosol, never in the nucleus.",
     "ribosome"),
])
def test_never_inside_is_outside(text, k):
    _, counts, rels = _read(text)
    assert counts["nucleus"] == 1 and counts[k] >= 2
    assert ("outside", k, "nucleus") in rels and ("inside", k, "nucleus") not in rels


@pytest.mark.parametrize("text,k", [
    ("Draw a cell with a nucleus and six lysosomes, all inside the cell, none of the lysosomes inside the nucleus.",
     "lysosome"),
    ("One cell, a nucleus, three peroxisomes - every one in the cell, none of the peroxisomes within the nucleus.",
     "peroxisome"),
    ("A cell containing a nucleus and 4 vesicles, all of them inside the cell, with none of the vesicles in the "
     "nucleus.", "vesicle"),
])
def test_none_of_after_another_clause_is_outside(text, k):
    _, counts, rels = _read(text)
    assert counts[k] >= 3
    assert ("outside", k, "nucleus") in rels and ("inside", k, "nucleus") not in rels


# --- a fronted object -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,k", [
    ("Draw one plant cell: it has a nucleus and a big vacuole. Chloroplasts it does not have.", "chloroplast"),
    ("My cell has one nucleus and two mitochondria. Lysosomes she doesn't have, so leave them out.", "lysosome"),
    ("A yeast cell with a nucleus. Peroxisomes the cell does not contain.", "peroxisome"),
])
def test_a_fronted_denied_object_is_absent(text, k):
    sg, counts, _ = _read(text)
    assert counts[k] == 0
    cell = next(e for e in sg.entities if e.kind == "cell")
    assert [a["kind"] for a in cell.attr("absent", [])] == [k]


# --- a word between two numbers ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text,k,n", [
    ("a single cell: one cup of a chloroplast, one nucleus", "chloroplast", 1),
    ("draw a cell with one bowl of a vacuole and a nucleus", "vacuole", 1),
    ("draw one cell with one blob of a nucleus and 2 mitochondria", "nucleus", 1),
])
def test_a_word_between_two_numbers_is_what_the_first_counts(text, k, n):
    sg, counts, _ = _read(text)
    assert counts[k] == n and counts["cell"] == 1
    assert any(s.text.split()[0] in ("one", "two") for s in sg.not_drawn)   # the first count is listed, not lost


@pytest.mark.parametrize("text", [
    "a cell with two rows of three mitochondria",
    "a cell holding 2 clusters of 4 ribosomes",
    "three stacks of two vesicles in a cell",
])
def test_two_counts_with_a_word_between_stay_refused(text):
    # (three or six? the count is not guessed)
    with pytest.raises(InputError, match="two numbers in a row"):
        parse(text, allow_unknown=True, domain="cell")


# --- two place phrases of one subject -----------------------------------------------------------------------------
@pytest.mark.parametrize("text,k", [
    ("A cell with one nucleus; four peroxisomes within the cell and outside the nucleus.", "peroxisome"),
    ("A cell with a nucleus and three mitochondria inside the cell but outside the nucleus.", "mitochondrion"),
    ("Draw a cell with a nucleus. Put two lysosomes in the cell and outside the nucleus.", "lysosome"),
])
def test_two_place_phrases_of_one_subject(text, k):
    _, counts, rels = _read(text)
    assert ("outside", k, "nucleus") in rels and ("inside", k, "cell") in rels


# --- things in the ER lie on its drawn band -------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "pls draw a cell w/ 1 nucleus + ER w/ 12 ribosomes on it + 2 mito",
    "A cell with a nucleus and a rough ER studded with 9 ribosomes.",
    "Draw a cell containing a nucleus, an ER with 14 ribosomes and three mitochondria.",
])
def test_ribosomes_in_the_er_are_drawn_on_its_band(text):
    res = generate(text, allow_unknown=True, rounds=1)
    assert res.passed, [c for c in res.verdict.checks if not c.passed][:4]


def test_on_band_keeps_every_box_on_the_band_and_apart():
    from nesy.domains.cell_draw import _er_band, on_band
    d = {"er_folds": 3, "er_ribosome_pitch": 6}
    er = (100.0, 100.0, 185.5, 157.0)
    kids = {f"r{i}": (110.0 + 8 * i, 110.0, 117.0 + 8 * i, 117.0) for i in range(10)}
    boxes, folds = on_band(er, kids, d)
    th, mid = _er_band(er, {**d, "er_folds": folds})
    for b in boxes.values():
        for x in (b[0], b[2]):
            assert mid(x) - th / 2 < b[1] and b[3] < mid(x) + th / 2
    bs = list(boxes.values())
    assert all(a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1] for i, a in enumerate(bs) for b in bs[i + 1:])
    assert on_band(er, {f"r{i}": (0, 0, 30, 30) for i in range(40)}, d) is None   # no room: left as solved
