"""nesy bench: metrics on hand cases, the suite, a short run, injected violations, bench score."""
from __future__ import annotations

import io
import json
from collections import Counter

import numpy as np
import pytest
from PIL import Image

from nesy.bench.metrics import entity_bag, f1_counts, graph_f1, percentile, prf, relation_bag
from nesy.bench.perturb import TYPES, perturb
from nesy.bench.suite import gold_scene, load_suite
from nesy.registry import get_domain


def _g(ents, rels):
    return {"entities": [{"id": i, "kind": k, "name": n} for i, k, n in ents],
            "relations": [{"kind": k, "source": s, "target": t} for k, s, t in rels]}


# ---------------------------------------------------------------- metrics

def test_prf_hand_cases():
    assert prf(2, 1, 1) == pytest.approx({"precision": 2 / 3, "recall": 2 / 3, "f1": 2 / 3})
    assert prf(3, 0, 1)["precision"] == 1.0 and prf(3, 0, 1)["recall"] == 0.75
    assert prf(3, 0, 1)["f1"] == pytest.approx(6 / 7)
    assert prf(0, 0, 4) == {"precision": None, "recall": 0.0, "f1": 0.0}   # nothing predicted
    assert prf(0, 2, 0) == {"precision": 0.0, "recall": None, "f1": 0.0}   # nothing to find
    assert prf(0, 0, 0)["f1"] is None


def test_f1_ignores_numbering_and_counts_multisets():
    gold = _g([("c1", "cell", None), ("m1", "mitochondrion", None), ("m2", "mitochondrion", None)],
              [("inside", "m1", "c1"), ("inside", "m2", "c1")])
    pred = _g([("cell9", "cell", None), ("mx", "mitochondrion", None)], [("inside", "mx", "cell9")])
    f = graph_f1(pred, gold)
    assert f["entity"] == (2, 0, 1) and f["relation"] == (1, 0, 1)
    assert f["entity_f1"] == pytest.approx(0.8) and f["relation_f1"] == pytest.approx(2 / 3)
    assert not f["exact"] and graph_f1(gold, gold)["exact"]
    assert graph_f1(None, gold)["entity"] == (0, 0, 3)
    assert f1_counts(Counter(), Counter()) == 1.0


def test_relation_bag_direction_and_symmetry():
    a = _g([("A", "set", "A"), ("B", "set", "B")], [("inside", "A", "B"), ("outside", "A", "B")])
    b = _g([("A", "set", "A"), ("B", "set", "B")], [("inside", "B", "A"), ("outside", "B", "A")])
    assert entity_bag(a) == Counter({("set", "A"): 1, ("set", "B"): 1})
    ra, rb = relation_bag(a), relation_bag(b)
    assert ra[("outside", ("set", "A"), ("set", "B"))] == rb[("outside", ("set", "A"), ("set", "B"))] == 1
    assert ra[("inside", ("set", "A"), ("set", "B"))] == 1 and rb[("inside", ("set", "A"), ("set", "B"))] == 0


def test_percentile():
    assert percentile([1, 2, 3, 4], 50) == 2.5
    assert percentile([5], 99) == 5 and percentile([], 50) is None
    assert percentile(list(range(101)), 90) == 90
    with pytest.raises(ValueError):
        percentile([1], 101)


# ---------------------------------------------------------------- suite

def test_suite_has_300_items_with_gold_graphs():
    items = load_suite()
    gold = [x for x in items if x.get("gold")]
    assert len(gold) >= 300
    assert {"cell", "sets", "crystal"} <= {x["domain"] for x in gold}
    assert len({x["id"] for x in items}) == len(items)
    kinds = {x["impossible"] for x in gold if x["expect"] == "unsat"}
    assert {"positional_cycle", "containment_cycle", "element_outside_superset", "size_contradiction",
            "lattice_too_small", "wrong_space_group"} <= kinds
    for x in gold:
        ids = {e["id"] for e in x["gold"]["entities"]}
        assert all(r["source"] in ids and r["target"] in ids for r in x["gold"]["relations"]), x["id"]
        assert x["expect"] in ("sat", "unsat") and x["key"]["counts"]


def test_suite_is_reproducible(tmp_path):
    import subprocess
    import sys
    from nesy.bench.suite import default_suite_dir
    subprocess.run([sys.executable, str(default_suite_dir().parent / "make_suite.py"), "--out", str(tmp_path)],
                   check=True, capture_output=True)
    for f in ("cell.jsonl", "sets.jsonl", "crystal.jsonl"):
        assert (tmp_path / f).read_text() == (default_suite_dir() / f).read_text()


# ---------------------------------------------------------------- a short run

def test_limited_run_writes_report_and_results(tmp_path):
    from nesy.bench import main
    assert main(["--limit", "2", "--domain", "sets", "--out", str(tmp_path), "--quiet"]) == 0
    res = json.loads((tmp_path / "results.json").read_text())
    s = res["summary"]["per_domain"]["sets"]
    assert s["items"] == 2 and s["entity"]["f1"] is not None and s["latency_s"]["p50"] > 0
    assert set(s["injected_violations"]["types"]) == set(TYPES)
    page = (tmp_path / "report.html").read_text()
    assert page.startswith("<!doctype html>") and "<svg" in page and "http" not in page.replace(
        "http://www.w3.org/2000/svg", "")


def test_bad_arguments_are_errors(tmp_path):
    from nesy.bench import run_bench
    from nesy.errors import InputError
    with pytest.raises(InputError, match="domain"):
        run_bench("nope", tmp_path)
    with pytest.raises(InputError, match="limit"):
        run_bench("sets", tmp_path, limit=0)
    with pytest.raises(InputError, match="suite"):
        run_bench("sets", tmp_path, suite_dir=tmp_path)


# ---------------------------------------------------------------- injected violations

@pytest.fixture(scope="module")
def figures():
    from nesy.pipeline import generate
    out = {}
    for dom in ("cell", "sets", "crystal"):
        text = {"cell": "A cell with a nucleus, 3 mitochondria and a vacuole",
                "sets": "A is a subset of B. C is disjoint from B. x is an element of A. y is an element of A.",
                "crystal": "rock salt NaCl along [001]"}[dom]
        res = generate(text, domain=dom, controls=False)
        assert res.verdict.passed
        out[dom] = res
    return out


@pytest.mark.parametrize("kind", TYPES)
@pytest.mark.parametrize("dom", ["cell", "sets", "crystal"])
def test_verifier_flags_each_injected_violation(figures, dom, kind):
    res = figures[dom]
    d = get_domain(dom)
    assert d.verify(res.rendering.png, res.scene).passed          # the clean image passes
    bad = perturb(kind, res.rendering.png, res.scene, res.layout)
    assert bad is not None and bad != res.rendering.png
    assert not d.verify(bad, res.scene).passed


# ---------------------------------------------------------------- bench score

def test_score_passes_nesy_images_and_fails_blank_ones(tmp_path):
    from nesy.bench.score import score_images
    from nesy.pipeline import generate
    items = [x for x in load_suite() if x.get("gold") and x["expect"] == "sat"]
    pick = [next(x for x in items if x["domain"] == d) for d in ("cell", "sets", "crystal")]
    (tmp_path / "nesy").mkdir()
    (tmp_path / "blank").mkdir()
    (tmp_path / "photo").mkdir()
    (tmp_path / "degraded").mkdir()
    rng = np.random.default_rng(0)
    from nesy.see.degrade import degrade
    for x in pick:
        res = generate(scene=gold_scene(x), controls=False)
        (tmp_path / "nesy" / f"{x['id']}.png").write_bytes(res.rendering.png)
        # another generator's copy: JPEG-compressed and shifted by +1 in every channel — scored, not cannot_see
        shifted = np.clip(np.asarray(Image.open(io.BytesIO(degrade(res.rendering.png, "jpeg90"))).convert("RGB"),
                                     dtype=np.int16) + 1, 0, 255).astype(np.uint8)
        Image.fromarray(shifted).save(tmp_path / "degraded" / f"{x['id']}.png")
        buf = io.BytesIO()
        Image.new("RGB", (res.rendering.width, res.rendering.height), "white").save(buf, format="PNG")
        (tmp_path / "blank" / f"{x['id']}.png").write_bytes(buf.getvalue())
        noisy = rng.integers(0, 200, (200, 300, 3), dtype=np.uint8)   # ink everywhere, none in the palette
        Image.fromarray(noisy).save(tmp_path / "photo" / f"{x['id']}.png")
    prompts = tmp_path / "p.jsonl"
    prompts.write_text("".join(json.dumps(x) + "\n" for x in pick))
    ok = score_images(tmp_path / "nesy", prompts)
    assert ok["summary"]["overall"]["counts"] == {"pass": 3}
    blank = score_images(tmp_path / "blank", prompts)
    assert blank["summary"]["overall"]["counts"] == {"fail": 3}
    photo = score_images(tmp_path / "photo", prompts)
    assert photo["summary"]["overall"]["counts"] == {"cannot_see": 3}
    degraded = score_images(tmp_path / "degraded", prompts)
    assert degraded["summary"]["overall"]["counts"] == {"pass": 3}
    from nesy.bench import main
    assert main(["score", "--images", str(tmp_path / "nesy"), "--prompts", str(prompts),
                 "--out", str(tmp_path / "s.json")]) == 0
    assert json.loads((tmp_path / "s.json").read_text())["summary"]["overall"]["pass_rate_of_seen"] == 1.0


def test_score_help_says_what_it_cannot_see(capsys):
    from nesy.bench import main
    with pytest.raises(SystemExit):
        main(["score", "--help"])
    out = capsys.readouterr().out
    assert "cannot_see" in out and "other tools" in out and "photograph" in out


def test_score_reads_another_tools_figure_and_says_right_or_wrong(tmp_path):
    """A figure matplotlib drew in its own layout and colours is scored — pass when right, fail with the
    check when wrong — never cannot_see for being in other colours (issue 10)."""
    pytest.importorskip("matplotlib")
    import importlib.util
    from pathlib import Path
    from nesy.bench.score import score_images
    from nesy.pipeline import parse
    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("ot_optics", root / "benchmarks" / "other_tools" / "optics.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    case = mod.cases()[0]
    d = parse(case["text"], domain="optics", allow_unknown=True).to_dict()
    item = {"id": "ot", "domain": "optics", "text": case["text"], "expect": "sat",
            "gold": {"entities": d["entities"], "relations": d["relations"], "attributes": d.get("attributes", {})}}
    prompts = tmp_path / "p.jsonl"
    prompts.write_text(json.dumps(item) + "\n")
    for name, wrong in (("right", None), ("wrong", case["wrongs"][0])):
        (tmp_path / name).mkdir()
        (tmp_path / name / "ot.png").write_bytes(case["draw"](wrong))
    right = score_images(tmp_path / "right", prompts)
    assert right["summary"]["overall"]["counts"] == {"pass": 1}, right["items"]
    wrong = score_images(tmp_path / "wrong", prompts)
    assert wrong["summary"]["overall"]["counts"] == {"fail": 1} and wrong["items"][0]["failed"]
