"""`nesy dataset`: config validation, phrasing read back, items, writers (Parquet, WebDataset, COCO),
reproducibility across engines (in-process, process pool, Ray), resumption, and the QA answers checked by
the benchmark's independent recomputation."""
from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import numpy as np
import pytest

from nesy.errors import InputError, UnsupportedError

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

# Fast sciences, every renderer, impossible items: one small job the tests share.
JOB = {"n": 6, "shard_size": 3, "impossible_rate": 0.25, "renderers": {"exact": 1, "styled": 1},
       "sciences": {"optics": {}, "circuits": {}, "automata": {}, "geometry": {}, "sets": {}}}


def _hashes(m: dict) -> dict[str, str]:
    return {k: v for s in m["shards"] for k, v in s["files"].items()}


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    from nesy.dataset import make
    out = tmp_path_factory.mktemp("ds") / "base"
    m = make(JOB, out, workers=0, progress=False)
    return out, m


# ---------------------------------------------------------------- config
def test_default_config_covers_every_symbolic_science():
    from nesy.dataset import load_config
    from nesy.dataset.sampling import SCIENCES
    cfg = load_config()
    assert sorted(cfg["sciences"]) == sorted(SCIENCES)
    assert len(SCIENCES) == 9


@pytest.mark.parametrize("bad, field", [
    ({"bogus": 1}, "'bogus' was unexpected"),
    ({"sciences": {"cell": {"cout": [1, 2]}}}, "sciences/cell"),
    ({"sciences": {"cell": {"count": [5, 2]}}}, "sciences/cell/count"),
    ({"sciences": {"chemistry": {}}}, "chemistry"),
    ({"n": 0}, "'n'"),
    ({"impossible_rate": 1.5}, "impossible_rate"),
    ({"formats": ["csv"]}, "formats/0"),
    ({"renderers": {"exact": 0}}, "renderers"),
    ({"sciences": {"sets": {"relations": {"subset": 0}}}}, "sets/relations"),
    ({"sciences": {"sets": {"relations": {"cousin": 1}}}}, "cousin"),
    ({"variants": {"palette": {"sepia": 1}}}, "sepia"),
    ({"variants": {"palette": {"grey": 0}}}, "variants/palette"),
])
def test_bad_config_names_the_field(bad, field):
    from nesy.dataset import load_config
    with pytest.raises(InputError, match=field):
        load_config(bad)


def test_diffusion_is_refused_with_a_reason():
    from nesy.dataset import load_config
    with pytest.raises(UnsupportedError, match="microscopy"):
        load_config({"renderers": {"diffusion": 1}})


def test_config_file_errors(tmp_path):
    from nesy.dataset import load_config
    with pytest.raises(InputError, match="existing"):
        load_config(tmp_path / "missing.yaml")
    p = tmp_path / "c.yaml"
    p.write_text("- a list\n")
    with pytest.raises(InputError, match="mapping"):
        load_config(p)
    p.write_text("n: 3\nsciences:\n  optics: {f_cm: [4, 9]}\n")
    cfg = load_config(p)
    assert cfg["n"] == 3 and list(cfg["sciences"]) == ["optics"] and cfg["sciences"]["optics"]["do_cm"] == [3, 60]


# ---------------------------------------------------------------- sampling and phrasing
@pytest.mark.parametrize("science", ["cell", "sets", "crystal", "astronomy", "optics", "geometry", "mechanics",
                                     "circuits", "automata"])
def test_phrasing_is_varied_and_read_back(science):
    import nesy
    from nesy.dataset import load_config
    from nesy.dataset.sampling import read_back, sample
    params = load_config()["sciences"][science]
    texts, templates, ok = set(), set(), 0
    for i in range(12):
        s = sample(science, np.random.default_rng([7, i]), params)
        assert s.text == sample(science, np.random.default_rng([7, i]), params).text  # seeded
        texts.add(s.text)
        templates.add(s.template)
        try:
            ok += not read_back(science, nesy.scene_graph(s.text, domain=science), s.truth)
        except Exception:  # noqa: BLE001 - counted as not read back
            pass
    assert len(texts) == 12 and len(templates) >= 2
    assert ok >= 10, f"{science}: only {ok}/12 texts read back"


def test_read_back_catches_a_mismatched_label():
    import nesy
    from nesy.dataset.sampling import Sample, read_back
    truth = {"element": "lens", "type": "converging", "f_cm": 10, "do_cm": 25, "ho_cm": None}
    scene = nesy.scene_graph("a converging lens with f = 10 cm and an object 30 cm in front of it", domain="optics")
    assert read_back("optics", scene, truth)
    assert not read_back("optics", scene, {**truth, "do_cm": 30})
    assert isinstance(Sample("optics", "x"), Sample)


def test_relation_weights_steer_the_sets_sampler():
    from nesy.dataset import load_config
    from nesy.dataset.sampling import sample
    p = load_config({"sciences": {"sets": {"relations": {"disjoint": 1}}}})["sciences"]["sets"]
    kinds = {r[0] for i in range(20) for r in sample("sets", np.random.default_rng([1, i]), p).truth["relations"]}
    assert kinds == {"disjoint"}


def test_number_words_and_lists():
    from nesy.dataset.phrasing import count_phrase, join, plural
    rng = np.random.default_rng(0)
    assert plural("mitochondrion") == "mitochondria" and plural("nucleus") == "nuclei"
    assert join(["A"]) == "A" and join(["A", "B", "C"]) == "A, B and C"
    seen = {count_phrase(rng, 3, "ribosome", 0.5) for _ in range(40)}
    assert seen == {"3 ribosomes", "three ribosomes"}


# ---------------------------------------------------------------- QA
def test_qa_right_and_cross_checked():
    from nesy.dataset.qa import QAMismatch, make_qa
    from nesy.dataset.sampling import Sample
    s = Sample("optics", "", {"element": "lens", "type": "converging", "f_cm": 10, "do_cm": 25, "ho_cm": 3})
    art = {"optics.json": json.dumps({"di_cm": 50 / 3, "m": -2 / 3, "hi_cm": -2.0}).encode()}
    qa = {q["question"]: q for q in make_qa(s, art, np.random.default_rng(0))}
    d = qa["What is the image distance from the lens (positive for a real image)?"]
    assert d["answer"] == "16.67 cm" and d["value"] == pytest.approx(50 / 3) and d["type"] == "consequence"
    assert len(d["distractors"]) == 3 and d["answer"] not in d["distractors"]
    assert qa["Is the image upright or inverted?"]["answer"] == "inverted"
    assert qa["How tall is the image?"]["value"] == pytest.approx(2.0)
    bad = {"optics.json": json.dumps({"di_cm": 20.0, "m": -0.8, "hi_cm": -2.4}).encode()}
    with pytest.raises(QAMismatch, match="image distance"):
        make_qa(s, bad, np.random.default_rng(0))


def test_circuit_qa_agrees_with_an_independent_nodal_solve():
    from bench_dataset import _nodal
    from nesy.dataset.qa import make_qa
    from nesy.dataset.sampling import Sample
    t = {"volts": 9.0, "topology": "series_parallel", "resistors": {"R1": 100.0, "R2": 220.0, "R3": 330.0}}
    qa = {q["question"]: q["value"] for q in make_qa(Sample("circuits", "", t), {}, np.random.default_rng(0))}
    R, across, I, V = _nodal("R1 0 2 100\nR2 1 2 220\nR3 1 2 330\nV1 0 1 DC 9\n.end\n")
    assert qa["What current does the source deliver?"] == pytest.approx(I)
    assert qa["What current flows through R3?"] == pytest.approx(across["R3"] / 330)


# ---------------------------------------------------------------- a job end to end
def test_job_counts_and_manifest(base):
    out, m = base
    c = m["counts"]
    assert m["complete"] and c["items"] == 6 and len(m["shards"]) == 2
    assert c["attempts"] == c["items"] + c["rejected"]
    assert sum(c["rejected_by_reason"].values()) == c["rejected"]
    assert sum(c["by_science"].values()) == 6 and c["impossible"] >= 1
    disk = json.loads((out / "manifest.json").read_text())
    assert disk["counts"] == c and disk["config"]["seed"] == 0 and "styled" in disk["renderers"]
    for s in m["shards"]:
        for rel, digest in s["files"].items():
            import hashlib
            assert hashlib.sha256((out / rel).read_bytes()).hexdigest() == digest
    card = (out / "README.md").read_text()
    assert card.startswith("---\nconfigs:") and "data/train-*.parquet" in card


def test_parquet_rows_hold_every_field(base):
    import pyarrow.parquet as pq
    from PIL import Image
    out, _ = base
    files = sorted((out / "data").glob("train-*-of-00002.parquet"))
    assert len(files) == 2
    rows = [r for f in files for r in pq.read_table(f).to_pylist()]
    assert [r["index"] for r in rows] == list(range(6)) and len({r["key"] for r in rows}) == 6
    assert b"huggingface" in pq.read_schema(files[0]).metadata
    drawn = [r for r in rows if not r["impossible"]]
    for r in drawn:
        im = Image.open(io.BytesIO(r["image"]["bytes"]))
        assert im.size == (r["width"], r["height"])
        assert json.loads(r["verdict"])["passed"] is True
        scene = json.loads(r["scene"])
        assert scene["text"] == r["text"] and scene["domain"] == r["science"]
        # every science but cell and sets writes an artifact (CIF, netlist, automaton, optics.json …)
        assert bool(r["artifact"] and r["artifact_name"]) == (r["science"] not in ("cell", "sets"))
        assert r["qa"] and all(q["answer"] not in q["distractors"] for q in r["qa"])
        assert json.loads(r["variant"])["palette"] in ("colour", "grey")
        assert json.loads(r["variant"])["symbols"] in ("ieee", "iec")
        if r["renderer"] == "styled":
            assert r["image_clean"] is not None and json.loads(r["style"])["jpeg"] >= 60
        if r["masks"] is not None:
            lab = np.asarray(Image.open(io.BytesIO(r["masks"]["bytes"])))
            assert lab.shape == (r["height"], r["width"])
            anns = json.loads(r["annotations"])
            assert set(np.unique(lab)) - {0} <= {a["id"] for a in anns}
    for r in rows:
        if r["impossible"]:
            assert r["image"] is None
            label = json.loads(r["unsat"])
            assert label["phrases"] and all(p["text"] in r["text"] for p in label["phrases"])


def test_an_item_is_the_figure_generate_draws_in_its_recorded_variant(base):
    """An exact item's image is byte for byte what `nesy generate` draws from its text, seed and variant."""
    import pyarrow.parquet as pq
    import nesy
    out, _ = base
    rows = [r for f in sorted((out / "data").glob("train-*.parquet")) for r in pq.read_table(f).to_pylist()]
    r = next(r for r in rows if r["renderer"] == "exact" and not r["impossible"])
    res = nesy.generate(r["text"], domain=r["science"], seed=r["seed"], controls=False,
                        **json.loads(r["variant"]))
    assert res.rendering.png == r["image"]["bytes"]


def test_hugging_face_datasets_loads_the_folder_offline(base, monkeypatch):
    """A trainer's door: `datasets.load_dataset(folder)` reads the card's config, the Parquet shards and
    decodes images as PIL images, with nothing fetched."""
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    import datasets  # in the test extra
    out, _ = base
    monkeypatch.setenv("HF_DATASETS_CACHE", str(out.parent / "hf-cache"))
    ds = datasets.load_dataset(str(out), split="train", cache_dir=str(out.parent / "hf-cache"))
    assert len(ds) == 6 and ds.features["image"].__class__.__name__ == "Image"
    row = next(r for r in ds if not r["impossible"])
    assert row["image"].size == (row["width"], row["height"]) and row["qa"][0]["answer"]


def test_webdataset_shards_read_with_webdataset(base):
    import webdataset as wds
    out, _ = base
    urls = [str(p) for p in sorted((out / "webdataset").glob("shard-*.tar"))]
    samples = list(wds.WebDataset(urls, shardshuffle=False).decode())
    assert [s["__key__"] for s in samples] == [f"{i:08d}" for i in range(6)]
    for s in samples:
        meta = s["json"]
        assert meta["key"] == s["__key__"] and isinstance(meta["qa"], list)
        assert ("png" in s) != meta["impossible"]


def test_coco_merge(base):
    out, m = base
    coco = json.loads((out / "annotations" / "coco.json").read_text())
    assert len(coco["images"]) == 6 - m["counts"]["impossible"]
    ids = [a["id"] for a in coco["annotations"]]
    assert ids == list(range(1, len(ids) + 1))
    cats = {c["id"] for c in coco["categories"]}
    assert all(a["category_id"] in cats and len(a["bbox"]) == 4 for a in coco["annotations"])


def test_every_answer_survives_the_independent_recomputation(base):
    from bench_dataset import check_rows, read_rows
    out, _ = base
    rows = read_rows(out)
    r = check_rows(rows)
    assert r["disagree"] == 0 and r["unchecked"] == 0 and r["agree"] >= 10, r
    # the checker is not a rubber stamp: a wrong answer is caught
    row = next(x for x in rows if not x["impossible"])
    row["qa"][0] = {**row["qa"][0], "value": json.dumps(12345.0), "answer": "12345"}
    assert check_rows([row])["disagree"] == 1


# ---------------------------------------------------------------- engines, reproducibility, resumption
def test_process_pool_gives_the_same_bytes(base, tmp_path):
    from nesy.dataset import make
    _, m0 = base
    m = make(JOB, tmp_path / "pool", workers=2, progress=False)
    assert _hashes(m) == _hashes(m0)
    assert [s["item_sha256"] for s in m["shards"]] == [s["item_sha256"] for s in m0["shards"]]
    assert m["run"]["engine"]["kind"] == "process-pool"


def test_a_stopped_job_resumes_to_the_same_dataset(base, tmp_path):
    from nesy.dataset import make
    _, m0 = base
    out = tmp_path / "resume"
    part = make(JOB, out, workers=0, max_shards=1, progress=False)
    assert not part["complete"] and part["counts"]["items"] == 3
    first = out / "data" / "train-00000-of-00002.parquet"
    stamp = first.stat().st_mtime_ns
    (out / "data" / "train-00001-of-00002.parquet.tmp").write_bytes(b"half a shard")  # a killed write
    full = make(JOB, out, workers=0, progress=False)
    assert full["complete"] and full["run"]["new_items"] == 3
    assert first.stat().st_mtime_ns == stamp  # the complete shard was kept, not remade
    assert _hashes(full) == _hashes(m0)
    # a damaged shard is made again
    first.write_bytes(b"damaged")
    again = make(JOB, out, workers=0, progress=False)
    assert again["run"]["new_items"] == 3 and _hashes(again) == _hashes(m0)


@pytest.mark.slow
def test_a_killed_process_resumes_to_the_same_dataset(base, tmp_path):
    import os
    import signal
    import subprocess
    import time
    from nesy.dataset import make
    _, m0 = base
    out = tmp_path / "killed"
    code = f"from nesy.dataset import make; make({JOB!r}, {str(out)!r}, workers=0, progress=False)"
    p = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    t0 = time.time()
    while not (out / "shards" / "shard-00000.json").exists() and p.poll() is None and time.time() - t0 < 120:
        time.sleep(0.02)
    os.kill(p.pid, signal.SIGKILL)
    p.wait()
    m = make(JOB, out, workers=0, progress=False)
    assert m["complete"] and m["run"]["new_items"] in (0, 3)
    assert _hashes(m) == _hashes(m0)


def test_image_max_side_scales_image_masks_and_boxes(tmp_path):
    import pyarrow.parquet as pq
    from PIL import Image
    from nesy.dataset import make
    make({"n": 1, "shard_size": 1, "impossible_rate": 0, "renderers": {"exact": 1}, "image": {"max_side": 128},
          "sciences": {"sets": {"sets": [3, 3]}}}, tmp_path / "small", workers=0, progress=False)
    r = pq.read_table(next((tmp_path / "small" / "data").glob("*.parquet"))).to_pylist()[0]
    im = Image.open(io.BytesIO(r["image"]["bytes"]))
    assert max(im.size) == 128 and im.size == (r["width"], r["height"])
    lab = np.asarray(Image.open(io.BytesIO(r["masks"]["bytes"])))
    assert lab.shape == (r["height"], r["width"])
    for a in json.loads(r["annotations"]):
        x, y, w, h = a["bbox"]
        assert x + w <= 128.5 and y + h <= 128.5 and a["visible_pixels"] > 0


def test_another_job_in_the_same_folder_is_refused(base, tmp_path):
    from nesy.dataset import make
    out, _ = base
    with pytest.raises(InputError, match="another dataset job"):
        make({**JOB, "seed": 1}, out, workers=0, progress=False)
    (tmp_path / "x.txt").write_text("mine")
    with pytest.raises(InputError, match="not empty"):
        make(JOB, tmp_path, workers=0, progress=False)


def test_empty_and_huge_inputs(tmp_path):
    from nesy.dataset import make
    with pytest.raises(InputError, match="'n'"):
        make({"n": 0}, tmp_path / "e", workers=0)
    with pytest.raises(InputError, match="workers"):
        make(JOB, tmp_path / "w", workers=-1)
    m = make({**JOB, "n": 10_000_000}, tmp_path / "huge", workers=0, max_shards=0, progress=False)
    assert not m["complete"] and m["counts"]["items"] == 0 and m["counts"]["attempts"] == 0


@pytest.mark.slow
def test_ray_gives_the_same_bytes(base, tmp_path):
    ray = pytest.importorskip("ray")
    from nesy.dataset import make
    _, m0 = base
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        m = make(JOB, tmp_path / "ray", ray="auto", progress=False)
    finally:
        ray.shutdown()
    assert m["run"]["engine"]["kind"] == "ray" and m["run"]["engine"]["cpus"] == 2
    assert _hashes(m) == _hashes(m0)


# ---------------------------------------------------------------- CLI
def test_cli(tmp_path, capsys):
    from nesy.cli import main
    rc = main(["dataset", "-o", str(tmp_path / "cli"), "-n", "2", "--shard-size", "2", "--science", "automata",
               "--workers", "0", "--json"])
    assert rc == 0
    out = json.loads(capsys.readouterr().out)
    assert out["items"] == 2 and out["complete"]
    rc = main(["dataset", "-o", str(tmp_path / "bad"), "--science", "alchemy"])
    assert rc == 2 and "alchemy" in capsys.readouterr().err


def test_numeric_distractors_are_never_near_the_answer():
    """A distractor within 5 % of the answer would be right too, once rounded or read off a figure."""
    from nesy.dataset.qa import DISTRACTOR_MIN_REL, _num_distractors
    x = 1.984313483298443
    ds = _num_distractors(x, "cm²", [2.0, 1.99, 3.969, -x, 0.0])
    vals = [float(d.split()[0]) for d in ds]
    assert vals and all(abs(v - x) > DISTRACTOR_MIN_REL * max(abs(x), abs(v)) for v in vals)
    assert 2.0 not in vals and 1.99 not in vals and 3.969 in vals


def test_a_missing_extra_is_one_clear_error_before_any_work(tmp_path, monkeypatch):
    """On the core install (no pyarrow) `nesy dataset` says which extra to install (exit 6); it does not
    start workers that each fail (that broke the process pool: exit 70)."""
    import importlib.util
    from nesy.cli import main
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "pyarrow" else real(name, *a))
    assert main(["dataset", "-o", str(tmp_path / "ds"), "-n", "2", "--workers", "2"]) == 6
    assert not (tmp_path / "ds" / "data").exists()
