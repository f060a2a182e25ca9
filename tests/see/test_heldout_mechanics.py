"""Other tools' free-body diagrams (``mechanics.verify_other_tool``): a hand-drawn (xkcd) incline is still a
straight surface — read at a coarser scale where its wobble is under a pixel (``forces.coarse_segments``).
On the held-out set (benchmarks/other_tools_heldout/mechanics.py) it had failed 'no straight surface line
seen'; a wrong incline angle drawn the same way stays caught."""
from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

import pytest

from nesy.see import ocr

ROOT = Path(__file__).resolve().parents[2] / "benchmarks" / "other_tools_heldout" / "mechanics.py"

if not ocr.available():
    pytest.skip("the ocr extra reads the labels", allow_module_level=True)
pytest.importorskip("matplotlib")


@functools.lru_cache(maxsize=None)
def _case(cid: str) -> dict:
    spec = importlib.util.spec_from_file_location("heldout_mechanics", ROOT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return next(c for c in mod.cases() if c["id"] == cid)


def _verify(cid: str, wrong):
    from nesy.pipeline import parse
    from nesy.registry import get_domain
    case = _case(cid)
    scene = parse(case["text"], domain="mechanics", allow_unknown=True)
    return get_domain("mechanics").verify(case["draw"](wrong), scene)


@pytest.mark.parametrize("cid, wrong", [("heldout-mechanics-01", "incline_45")])
def test_wobbly_incline_is_a_surface_and_a_wrong_angle_is_caught(cid, wrong):
    v = _verify(cid, None)
    assert v.passed, [f"{c.law}{c.args}: {c.observed}" for c in v.failed()]
    assert not _verify(cid, wrong).passed


def test_coarse_segments_find_a_wobbly_line():
    import numpy as np
    from nesy.see.forces import coarse_segments
    img = np.full((200, 400, 3), 255, np.uint8)
    xs = np.arange(20, 380)
    ys = (150 - 0.5 * (xs - 20) + 2.5 * np.sin(xs / 9.0)).astype(int)
    for x, y in zip(xs, ys):
        img[y - 1:y + 2, x] = 0
    segs = coarse_segments(img, [])
    assert segs and abs(segs[0].angle - 26.57) <= 2.0 and segs[0].length >= 250
