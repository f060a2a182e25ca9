"""Set diagrams drawn by matplotlib (benchmarks/other_tools/sets.py), verified from their pixels by
``nesy.see.curves`` through the sets verifier: a correct figure passes (clean and degraded), each kind
of injected error fails on the check that names it, and nesy's own figures keep the palette reader."""
from __future__ import annotations


import numpy as np
import pytest

from _other_tools import other_tools_module


pytest.importorskip("matplotlib")
pytest.importorskip("rapidocr_onnxruntime")


def _bench():
    mod = other_tools_module("sets")
    return {c["id"]: c for c in mod.cases()}


@pytest.fixture(scope="module")
def cases():
    return _bench()


@pytest.fixture(scope="module")
def dom():
    from nesy.registry import get_domain
    return get_domain("sets")


def _verify(dom, case, wrong=None, style="clean"):
    from nesy.pipeline import parse
    from nesy.see.degrade import degrade
    scene = parse(case["text"], domain="sets", allow_unknown=True)
    return dom.verify(degrade(case["draw"](wrong), style), scene)


def _failed(v) -> set[str]:
    return {c.law for c in v.failed()}


@pytest.mark.parametrize("cid,style", [("subset_disjoint-bw", "clean"), ("overlap_disjoint-venn", "jpeg90"),
                                       ("universe-bw", "blur1"), ("elements-venn", "clean")])
def test_correct_other_tool_figure_passes(dom, cases, cid, style):
    v = _verify(dom, cases[cid], None, style)
    assert v.passed, [f"{c.law}{c.args}: {c.observed}" for c in v.failed()]


@pytest.mark.parametrize("cid,wrong,law", [
    ("subset_disjoint-bw", "subset_sticks_out", "inside"),
    ("subset_disjoint-venn", "disjoint_overlap", "outside"),
    ("overlap_disjoint-venn", "overlap_apart", "overlaps"),
    ("overlap_disjoint-outline", "set_dropped", "visible"),
    ("subset_disjoint-bw", "names_swapped", "inside"),
    ("subset_disjoint-bw", "name_changed", "names_read"),
    ("elements-bw", "element_moved_out", "element_of"),
])
def test_each_wrong_fails_on_its_check(dom, cases, cid, wrong, law):
    v = _verify(dom, cases[cid], wrong)
    assert not v.passed
    assert law in _failed(v), [f"{c.law}{c.args}: {c.observed}" for c in v.failed()]


def test_reading_finds_every_curve_and_its_name(cases):
    from nesy.domains.regionbase import read_png
    from nesy.see.curves import assign_names, read_curves
    rgb = read_png(cases["two_in_one-outline"]["draw"](None))
    rd = read_curves(rgb)
    assign_names(rd, ["A", "B", "C"], [])
    assert sorted(c.name for c in rd.curves) == ["A", "B", "C"]
    big = max(rd.curves, key=lambda c: c.region.sum())
    assert big.name == "B" and all((c.region <= big.region).all() for c in rd.curves)


def test_names_matched_through_ocr_confusions():
    from nesy.see.curves import match_name
    assert match_name("S1", ["S1", "S2"]) == "S1"
    assert match_name("Sl", ["S1", "S2"]) == "S1"          # l read for 1
    assert match_name("Rirds", ["Birds", "Fish"]) == "Birds"
    assert match_name("Birels", ["Birds", "Fish"]) == "Birds"
    assert match_name("Rats", ["Cats", "Bats"]) is None               # as near to both: no decision
    assert match_name("X", ["x", "y"]) == "x"
    assert match_name("D", ["A", "B", "C"]) is None
    assert match_name("Fist", ["Fish", "Fist"]) == "Fist"


def test_structure_fallback_only_when_one_naming_fits(dom):
    from nesy.domains.sets import _symmetric
    from nesy.pipeline import parse
    sym = parse("A and B overlap.", domain="sets", allow_unknown=True)
    assert _symmetric(sym, {"A": 0, "B": 1}, {"A": 1, "B": 0})        # A∩B = B∩A: either naming
    sub = parse("A is a subset of B.", domain="sets", allow_unknown=True)
    assert not _symmetric(sub, {"A": 0, "B": 1}, {"A": 1, "B": 0})    # which one is inside matters


def test_nesy_figure_keeps_the_palette_reader(dom, monkeypatch):
    from nesy.pipeline import generate, parse
    from nesy.see import curves
    text = "A is a subset of B. C is disjoint from B."
    res = generate(text, domain="sets", controls=False, raise_on_fail=False)

    def boom(*a, **k):
        raise AssertionError("the shape reader ran on nesy's own figure")
    monkeypatch.setattr(curves, "read_curves", boom)
    v = dom.verify(res.rendering.png, parse(text, domain="sets", allow_unknown=True))
    assert v.passed
    assert not any(c.law in ("names_read", "extra_curve") for c in v.checks)


def test_blank_page_reads_nothing(dom):
    import io
    from PIL import Image
    from nesy.pipeline import parse
    buf = io.BytesIO()
    Image.fromarray(np.full((200, 300, 3), 255, np.uint8)).save(buf, format="PNG")
    v = dom.verify(buf.getvalue(), parse("A is a subset of B.", domain="sets", allow_unknown=True))
    assert not v.passed and "visible" in _failed(v)
