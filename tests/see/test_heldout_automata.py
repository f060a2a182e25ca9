"""Other tools' state diagrams read by shape (``nesy.see.graphs.read_graph``, ``automata_verify.verify_other``):
the held-out set (benchmarks/other_tools_heldout/automata.py) rejected every correct figure. Each mechanism
below has one held-out figure that failed before and passes now, and a wrong version that stays caught:

- a label glyph touching its edge's line (graphviz dot's 'a' beside a short edge, circo's '1' laid across
  its edge) is text, not part of the line;
- a hand-drawn loop floating a few px off its state is still the state's loop;
- OCR's full-width comma ('0，1') is a comma; a Greek ε read as its Latin look-alike is the ε; x read 'X'
  is x where the alphabet has one case only;
- a double circle whose ring is no closed hole (sketched strokes touching, a legend box laid over it) is
  still double; a sketched circle's broken stroke still closes it; text far from every edge (a title, a
  legend) names no transition."""
from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

import pytest

from nesy.see import ocr

ROOT = Path(__file__).resolve().parents[2] / "benchmarks" / "other_tools_heldout" / "automata.py"

if not ocr.available():
    pytest.skip("the ocr extra reads names and symbols", allow_module_level=True)
pytest.importorskip("matplotlib")


@functools.lru_cache(maxsize=None)
def _case(cid: str) -> dict:
    spec = importlib.util.spec_from_file_location("heldout_automata", ROOT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return next(c for c in mod.cases() if c["id"] == cid)


def _verify(cid: str, wrong):
    from nesy.pipeline import parse
    from nesy.registry import get_domain
    case = _case(cid)
    scene = parse(case["text"], domain="automata", allow_unknown=True)
    return get_domain("automata").verify(case["draw"](wrong), scene)


CASES = [
    ("ho-automata-dot-tb", "q0q1_symbol_b"),          # label glyph touching its edge
    ("ho-automata-circo", "bc_symbol_0"),             # label laid across its edge
    ("ho-automata-pil-whiteboard", "odd_loop_dropped"),  # floating loops
    ("ho-automata-neato", "p_loop_missing_1"),        # full-width comma
    ("ho-automata-xkcd", "s1_single"),                # sketched circles, broken double ring, X for x
    ("ho-automata-mpl-pastel-mono", "q1_single"),     # legend over a double circle, title, ε read 'E'
]


@pytest.mark.parametrize("cid, wrong", CASES)
def test_heldout_correct_passes_and_wrong_is_caught(cid, wrong):
    v = _verify(cid, None)
    assert v.passed, [f"{c.law}{c.args}: {c.observed}" for c in v.failed()]
    assert not _verify(cid, wrong).passed
