"""Counts written inline as key = value in running text (session 48): "$n_{\\text{chloroplast}} = 6$", "number of
chloroplasts = 6", "lysosome count: 2", and a one-line specification "cells: 1; mitochondria: 4; ribosomes: 8".
Before, the number counted nothing and the thing was drawn once (requests-27 cell-04: one chloroplast for six,
with exit 7)."""
from __future__ import annotations

from collections import Counter

import pytest

from nesy.pipeline import parse


def _counts(text: str, science: str = "cell") -> dict:
    s = parse(text, domain=science, allow_unknown=True)
    return dict(Counter(e.kind for e in s.entities))


@pytest.mark.parametrize("text, kind, n", [
    (r"Plant cell: $1$ nucleus, $n_{\text{chloroplast}} = 6$, one large central vacuole and $2$ mitochondria.",
     "chloroplast", 6),
    ("Plant cell: 1 nucleus, number of chloroplasts = 6, one vacuole.", "chloroplast", 6),
    ("A plant cell with a nucleus; lysosome count: 2.", "lysosome", 2),
    ("cell type: animal; cells: 1; nucleus: 1; mitochondria: 4; ribosomes: 8; lysosomes: none", "mitochondrion", 4),
])
def test_inline_count_members(text: str, kind: str, n: int) -> None:
    assert _counts(text)[kind] == n


def test_a_one_line_specification_of_a_circuit() -> None:
    s = parse("supply: 24 V DC; R1: 1 kΩ; R2: 2.2 kΩ; topology: R1 in series with R2", domain="circuits")
    shown = sorted(dict(e.attributes).get("display") for e in s.entities if e.kind == "resistor")
    assert shown == ["R1 = 1 kΩ", "R2 = 2.2 kΩ"]


def test_a_line_with_a_part_that_is_no_member_is_no_specification() -> None:
    """Guard: "DFA: s -x-> t, t -x-> s; start s; acc: t" — "start s" is no member, so "acc: t" stays the
    automaton's accepting state (not a count of 'acc')."""
    s = parse("DFA: s -x-> t, t -x-> s; start s; acc: t", domain="automata", allow_unknown=True)
    assert [a["state"] for a in s.attr("accepts")] == ["t"]
