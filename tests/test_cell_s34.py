"""Session 34: outsiders' cell requests (requests-17) — a floating quantifier after a counted plural ("6
lysosomes, none overlapping the nucleus") keeps every one of them out of the place (cell_collective._FLOAT)."""
from __future__ import annotations

from collections import Counter

import pytest

from nesy.pipeline import parse


def _read(text: str):
    sg = parse(text, allow_unknown=True, domain="cell")
    kind = {e.id: e.kind for e in sg.entities}
    return Counter(kind.values()), {(r.kind, kind[r.source], kind[r.target]) for r in sg.relations}


@pytest.mark.parametrize("text,k,n", [
    ("A cell with one nucleus and 6 lysosomes, none overlapping the nucleus.", "lysosome", 6),
    ("Draw a cell with a nucleus and three mitochondria — not one of them inside the nucleus.", "mitochondrion", 3),
    ("A cell with a nucleus and four ribosomes; none touching the nucleus.", "ribosome", 4),
    ("A cell with a nucleus and 5 peroxisomes, none of them in the nucleus.", "peroxisome", 5),
])
def test_floating_none_keeps_the_counted_kind_out(text, k, n):
    counts, rels = _read(text)
    assert counts[k] == n and counts["nucleus"] == 1
    assert ("outside", k, "nucleus") in rels and ("inside", k, "nucleus") not in rels


@pytest.mark.parametrize("text,k", [
    # the quantifier before its noun reads as before
    ("A cell with a nucleus and 6 lysosomes, none of the lysosomes overlapping the nucleus.", "lysosome"),
])
def test_preposed_none_unchanged(text, k):
    _, rels = _read(text)
    assert ("outside", k, "nucleus") in rels


def test_counted_place_without_none_unchanged():
    counts, rels = _read("A cell with a nucleus and 6 lysosomes inside the nucleus.")
    assert ("inside", "lysosome", "nucleus") in rels and ("outside", "lysosome", "nucleus") not in rels
