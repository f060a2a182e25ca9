"""Session 39: outsiders' cell requests (requests-19) — the mechanisms they failed, in other words than theirs.

Where a cell is shown ("is shown in a textbook diagram with …", "seen in a labelled micrograph has …") is the
figure, no owner of the contents after it: they belong to the cell, the verb's subject
(cell_clauses._SHOWN_IN). A named cell type (macrophage, neuron, hepatocyte) is the cell.

Each test failed before its mechanism (session 39 notes): every case below.
"""
from __future__ import annotations

from collections import Counter

import pytest

from nesy.pipeline import generate


@pytest.mark.parametrize("text,want", [
    ("A neuron is drawn in the figure with one nucleus and 4 mitochondria.", {"nucleus": 1, "mitochondrion": 4}),
    ("A cell is shown in a diagram with one nucleus and 3 lysosomes. Draw it.", {"nucleus": 1, "lysosome": 3}),
    ("An osteocyte seen in a labelled micrograph has one nucleus and 2 mitochondria.",
     {"nucleus": 1, "mitochondrion": 2}),
    ("Q4. A lymphocyte appears in the diagram with a large nucleus and 2 mitochondria. Sketch this cell.",
     {"nucleus": 1, "mitochondrion": 2}),
])
def test_the_contents_after_where_a_cell_is_shown_belong_to_the_cell(text, want):
    res = generate(text, domain="cell", rounds=1)
    assert res.passed
    counts = Counter(e.kind for e in res.scene.entities)
    assert counts["cell"] == 1
    assert {k: counts[k] for k in want} == want
    cell = next(e.id for e in res.scene.entities if e.kind == "cell")
    kinds = {e.id: e.kind for e in res.scene.entities}
    inside = {(kinds[r.source], r.target) for r in res.scene.relations if r.kind == "inside"}
    assert all((k, cell) in inside for k in want)
