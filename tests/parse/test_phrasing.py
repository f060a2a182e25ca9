"""Requests phrased by people who never saw nesy (tests/parse/phrasing/*.yaml), held in both directions.

Every request's verdict (``benchmarks/bench_phrasing.py``: right / refused / wrong against the gold
written with it) must equal its ``expect`` (default ``right``): a request fixed stays fixed, and one
listed as still refused (with ``why``) fails the test the day it parses, so its entry is updated.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_phrasing.py"
_spec = importlib.util.spec_from_file_location("bench_phrasing", _BENCH)
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)

SCIENCES = sorted(p.stem for p in bench.SUITES.glob("*.yaml"))
CASES = [(sci, k, item) for sci in SCIENCES for k, item in enumerate(bench.load_suite(sci))]


def test_every_suite_has_varied_requests_and_a_refusal():
    for sci in SCIENCES:
        items = bench.load_suite(sci)
        assert len(items) >= 15, sci
        assert any("refuse" in it for it in items), sci  # an out-of-scope request, answered by a refusal
        for it in items:
            assert ("gold" in it) != ("refuse" in it), it["text"]
            assert it.get("expect", "right") in ("right", "refused", "wrong"), it["text"]
            if it.get("expect", "right") != "right":
                assert it.get("why"), f"{it['text']!r}: say why it is not read yet"


@pytest.mark.parametrize("sci,k,item", CASES, ids=[f"{s}-{k}" for s, k, _ in CASES])
def test_phrasing_verdict_is_as_recorded(sci, k, item):
    verdict, detail = bench.judge(item)
    assert verdict == item.get("expect", "right"), f"{item['text']!r}: {verdict} ({detail})"
