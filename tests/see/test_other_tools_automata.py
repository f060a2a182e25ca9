"""State diagrams drawn by graphviz ``dot`` in their own layout (issue 10): states read as round holes,
named by OCR; edges as line work between them, directed by their arrowheads.

A correct diagram passes, clean and as a JPEG; each kind of injected error fails on the check that names it.
Drawers come from ``benchmarks/other_tools/automata.py``.
"""
from __future__ import annotations

import shutil

import pytest

from _other_tools import other_tools_module

pytest.importorskip("rapidocr_onnxruntime")
if shutil.which("dot") is None:
    pytest.skip("graphviz dot not installed", allow_module_level=True)


def _cases() -> dict:
    mod = other_tools_module("automata")
    return {c["id"]: c for c in mod.cases()}


CASES = _cases()


def _verify(cid: str, wrong: str | None, style: str = "clean"):
    from nesy.pipeline import parse
    from nesy.registry import get_domain
    from nesy.see.degrade import degrade
    c = CASES[cid]
    scene = parse(c["text"], domain="automata", allow_unknown=True)
    return get_domain("automata").verify(degrade(c["draw"](wrong), style), scene)


@pytest.mark.parametrize("cid,style", [("dfa3-colour", "clean"), ("dfa3-bw", "jpeg90")])
def test_correct_diagram_passes(cid, style):
    v = _verify(cid, None, style)
    assert v.passed, [c for c in v.failed()]
    assert "edge_label" in {c.law for c in v.checks}


@pytest.mark.parametrize("wrong,law", [
    ("redirect", "edge_drawn"),       # q0 -a-> q2 instead of q1
    ("label", "edge_label"),          # the loop on q2 reads "c,b"
    ("accept", "accepting_ring"),     # q2 drawn with a single circle
    ("start", "start_marker"),        # the start arrow on q1
])
def test_wrong_diagram_fails_naming_it(wrong, law):
    v = _verify("dfa3-bw", wrong)
    assert not v.passed
    assert law in {c.law for c in v.failed()}, [(c.law, c.observed) for c in v.failed()]


def test_edge_broken_by_halving_is_one_transition():
    """A curved edge of an 80-dpi diagram halved in size (112 × 34 px) breaks into two pieces, each reaching
    one state; before, they were read as two more start arrows and the transition q1 → q0 as missing."""
    v = _verify("dfa2-bw", None, "resize0.5")
    by = {(c.law, c.args): c for c in v.checks}
    assert by[("edge_drawn", ("q1", "q0"))].passed
    assert by[("start_marker", ("q0",))].passed, by[("start_marker", ("q0",))].observed
    assert by[("no_extra_edge", ("edges",))].passed
    # the comma of the 5-px 'a,b' is often lost ('ab'): in an alphabet of one-character symbols that is a, b
    assert v.passed, [(c.law, c.observed) for c in v.failed()]


@pytest.mark.parametrize("wrong,law", [("drop", "edge_drawn"), ("start", "start_marker"), ("label", "edge_label")])
def test_halved_wrong_diagram_still_fails(wrong, law):
    v = _verify("dfa2-bw", wrong, "resize0.5")
    assert not v.passed
    assert law in {c.law for c in v.failed()}, [(c.law, c.observed) for c in v.failed()]
