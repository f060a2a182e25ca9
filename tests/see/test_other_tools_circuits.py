"""Circuit schematics drawn by other tools (schemdraw, matplotlib) are read by shape (nesy.see.schematic):
a correct one passes, clean and degraded; each kind of wrong one fails naming the check that saw it."""
from __future__ import annotations


import numpy as np
import pytest

from _other_tools import other_tools_module

pytest.importorskip("rapidocr_onnxruntime")
pytest.importorskip("schemdraw")


def _bench():
    mod = other_tools_module("circuits")
    return mod


SERIES = ("a 6 V battery in series with R1 = 2 Ω and R2 = 4 Ω",
          {"src": "6 V", "items": [("R", "R1 = 2 Ω"), ("R", "R2 = 4 Ω")]},
          {"value": ("4 Ω", "9 Ω"), "drop": 1, "parallel": True})
SERIES_PARALLEL = ("R1 = 330 Ω in series with R2 = 470 Ω and R3 = 680 Ω in parallel across a 5 V battery",
                   {"src": "5 V", "items": [("R", "R1 = 330 Ω"), ("P", ["R2 = 470 Ω", "R3 = 680 Ω"])]},
                   {"swap": ("R1 = 330 Ω", "R3 = 680 Ω")})


@pytest.fixture(scope="module")
def bench():
    return _bench()


def _verify(bench, case, wrong=None, style="clean"):
    """The benchmark's matplotlib drawing of ``case`` (at 80 dpi: a small page keeps OCR quick)."""
    from nesy.pipeline import parse
    from nesy.registry import get_domain
    from nesy.see.degrade import degrade
    text, spec, wrongs = case
    scene = parse(text, domain="circuits", allow_unknown=True)
    png = bench._mpl(bench._wrong(spec, wrong, wrongs), dpi=80)
    return get_domain("circuits").verify(degrade(png, style), scene)


def _failed(v) -> set[str]:
    return {c.law for c in v.failed()}


def test_read_value_reads_ocr_spellings():
    from nesy.see.schematic import read_value
    assert read_value("R2 = 2.2 kQ") == ("R2", 2200.0, "ohm")
    assert read_value("R1 100Ω") == ("R1", 100.0, "ohm")
    assert read_value("9V") == (None, 9.0, "V")
    assert read_value("WW") == (None, None, None)


def test_correct_matplotlib_series_passes_clean_and_jpeg(bench):
    v = _verify(bench, SERIES)
    assert v.passed, [(x.law, x.observed) for x in v.failed()]
    laws = {x.law for x in v.checks}
    assert {"schematic_read", "component_label", "netlist_isomorphic"} <= laws
    v = _verify(bench, SERIES, style="jpeg90")
    assert v.passed, [(x.law, x.observed) for x in v.failed()]


def test_changed_value_fails_its_label(bench):
    v = _verify(bench, SERIES, "value")
    assert "component_label" in _failed(v)
    assert any(x.law == "component_label" and x.args[0] == "R2" for x in v.failed())


def test_series_drawn_parallel_fails_the_netlist(bench):
    v = _verify(bench, SERIES, "parallel")
    assert "netlist_isomorphic" in _failed(v)


def test_dropped_resistor_is_missing(bench):
    v = _verify(bench, SERIES, "drop")
    assert "component_present" in _failed(v)


def test_swapped_labels_across_the_topology_fail(bench):
    """R1 + (R2 ∥ R3) drawn as R3 + (R2 ∥ R1): the same shape, the named values elsewhere."""
    assert _verify(bench, SERIES_PARALLEL, style="blur1").passed
    v = _verify(bench, SERIES_PARALLEL, "swap")
    assert "netlist_isomorphic" in _failed(v)
    assert "other places" in next(x.observed for x in v.failed() if x.law == "netlist_isomorphic")


def test_blank_page_fails_saying_nothing_was_read():
    import io

    from PIL import Image

    from nesy.pipeline import parse
    from nesy.registry import get_domain
    buf = io.BytesIO()
    Image.fromarray(np.full((200, 300, 3), 255, np.uint8)).save(buf, format="PNG")
    scene = parse("a 6 V battery in series with R1 = 2 Ω and R2 = 4 Ω", domain="circuits", allow_unknown=True)
    v = get_domain("circuits").verify(buf.getvalue(), scene)
    assert not v.passed
    read = next(x for x in v.checks if x.law == "schematic_read")
    assert not read.passed and "no component symbol" in read.observed


def test_benchmark_cases_follow_the_interface(bench):
    cases = bench.cases()
    assert bench.SCIENCE == "circuits" and len(cases) >= 8
    assert len({c["tool"] for c in cases}) >= 2
    assert all(len(c["wrongs"]) >= 3 for c in cases)


def test_nesy_figures_keep_the_grid_reader(bench):
    """The shape reader is taken only for figures whose conductors are not on nesy's grid (no legend
    panel decides it): nesy's figure, crisp or degraded and brought back to canvas scale, is nesy's;
    a matplotlib schematic of the same circuit, scaled to that canvas, is not."""
    from nesy.domains.circuits_verify import nesy_drawn
    from nesy.domains.regionbase import read_png
    from nesy.pipeline import parse
    from nesy.registry import get_domain
    from nesy.render.svg import render_layout
    from nesy.see import scale_from_size, to_canvas
    from nesy.see.degrade import degrade
    scene = parse("a 6 V battery in series with R1 = 2 Ω and R2 = 4 Ω", domain="circuits")
    lay = get_domain("circuits").solve(scene)
    png = render_layout(lay, controls=False).png
    assert nesy_drawn(read_png(png))
    for style in ("jpeg75", "resize0.5", "blur1"):
        full = read_png(degrade(png, style))
        assert nesy_drawn(to_canvas(full, scale_from_size(full.shape[1], full.shape[0], (lay.width, lay.height))))
    other = read_png(bench._mpl(SERIES[1], dpi=80))
    assert not nesy_drawn(to_canvas(other, scale_from_size(other.shape[1], other.shape[0], (lay.width, lay.height))))
    assert not nesy_drawn(other)
