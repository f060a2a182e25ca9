"""Other tools' schematics read by shape (``nesy.see.schematic.read_schematic``): on the held-out set
(benchmarks/other_tools_heldout/circuits.py) each mechanism below rejected a correct figure; each now
passes and a wrong version of it stays caught:

- a sketched (xkcd) wire broken into strokes a pixel apart is one wire ('a piece of wire joins no
  component' before);
- a whiteboard wire broken for a stroke width or two is still one node;
- two IEC boxes in one column: the boxes' sides are no symbol (they had made one symbol labelled
  'R1 / R2')."""
from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

import pytest

from nesy.see import ocr

ROOT = Path(__file__).resolve().parents[2] / "benchmarks" / "other_tools_heldout" / "circuits.py"

if not ocr.available():
    pytest.skip("the ocr extra reads the labels", allow_module_level=True)
pytest.importorskip("matplotlib")


@functools.lru_cache(maxsize=None)
def _case(cid: str) -> dict:
    spec = importlib.util.spec_from_file_location("heldout_circuits", ROOT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return next(c for c in mod.cases() if c["id"] == cid)


def _verify(cid: str, wrong):
    from nesy.pipeline import parse
    from nesy.registry import get_domain
    case = _case(cid)
    scene = parse(case["text"], domain="circuits", allow_unknown=True)
    return get_domain("circuits").verify(case["draw"](wrong), scene)


@pytest.mark.parametrize("cid, wrong", [
    ("ho-circuits-xkcd-parallel", "series"),            # sketched wires
    ("ho-circuits-pil-whiteboard", "r2_r3_series"),     # a wire's small break
    ("ho-circuits-mpl-pastel-grid", "r3_in_series"),    # two boxes in one column
])
def test_heldout_correct_passes_and_wrong_is_caught(cid, wrong):
    v = _verify(cid, None)
    assert v.passed, [f"{c.law}{c.args}: {c.observed}" for c in v.failed()]
    assert not _verify(cid, wrong).passed
