"""nesy's microscopy diffusion path on every satisfiable microscopy prompt, judged by nesy's own verifier, on a GPU.

    python benchmarks/bench_micro_gpu.py --prepare            # any machine with nesy: parse and solve the 103
                                                              # satisfiable prompts -> benchmarks/gpu/micro_cases.json
    python benchmarks/bench_micro_gpu.py --out DIR [--train-steps N --train-crop C --train-batch B]
                                                              # the CUDA machine: DIR/micro.json

The GPU machine needs no spaCy or Z3: ``--prepare`` stores each prompt's scene graph and solved layout (seed =
the prompt's index, as ``bench_diffusion.py``), and the run reads them back with ``SceneGraph.from_dict`` /
``Layout.from_dict``. For each model (the shipped weights, and with ``--train-steps`` a model trained there with
``nesy.micro.model.train`` from the configured settings, crop and batch overridden) every layout is drawn as
``MicroscopyRenderer.render`` draws it (seed ``index * 1000 + attempt``, conditioning scale ``scale_for(attempt)``,
scale bar and stain burnt in), in batches with ``draw_many``, for attempts 0 … ``--attempts``-1, and each image is
judged by ``verify_microscopy`` (in a process pool). Reported per model: share verified at attempt 0 and within
k attempts (re-renders of the same layout; the pipeline's loop may also re-solve, which needs Z3 and is not
run here), the failing laws by count, realism statistics, and draw throughput.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CASES = HERE / "gpu" / "micro_cases.json"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def prepare() -> None:
    import yaml
    from nesy.pipeline import generate
    items = [x for x in yaml.safe_load((HERE / "prompts" / "microscopy.yaml").read_text()) if x["expect"] == "sat"]
    cases = []
    for i, it in enumerate(items):
        r = generate(it["text"], domain="microscopy", seed=i, controls=False, raise_on_fail=False, timeout_s=120)
        cases.append({"index": i, "text": it["text"], "scene": r.scene.to_dict(), "layout": r.layout.to_dict(),
                      "exact_verified": r.passed})
        print(i, r.layout.width, r.layout.height, r.passed, flush=True)
    CASES.write_text(json.dumps(cases, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {CASES.relative_to(ROOT)}: {len(cases)} cases")


_CASES: list = []


def _init(cases: list) -> None:
    global _CASES
    _CASES = cases


def _judge(job: tuple[int, bytes]) -> dict:
    from nesy.domains.microscopy import verify_microscopy
    from nesy.types import Layout, SceneGraph
    k, png = job
    c = _CASES[k]
    v = verify_microscopy(png, SceneGraph.from_dict(c["scene"]), Layout.from_dict(c["layout"]))
    return {"passed": v.passed, "failed": sorted({ch.law for ch in v.checks if not ch.passed}),
            "realism": {ch.law: ch.observed for ch in v.checks if ch.law.startswith("micrograph_")}}


def evaluate(name: str, renderer, cases: list, attempts: int, pool) -> dict:
    import numpy as np
    from nesy.micro.masks import label_image
    from nesy.micro.renderer import marked_png
    from nesy.types import Layout
    layouts = [Layout.from_dict(c["layout"]) for c in cases]
    labels = [label_image(lay)[0] for lay in layouts]
    by_cls = collections.defaultdict(list)
    for k, lay in enumerate(layouts):
        by_cls[int(lay.extra("class", 0) or 0)].append(k)
    rows = {k: [] for k in range(len(cases))}
    draw_s, n_draw = 0.0, 0
    for a in range(attempts):
        pngs: dict[int, bytes] = {}
        for cls, ks in by_cls.items():
            t0 = time.perf_counter()
            imgs = renderer.draw_many([labels[k] for k in ks], cls, [cases[k]["index"] * 1000 + a for k in ks],
                                      renderer.scale_for(a), batch_size=32)
            draw_s += time.perf_counter() - t0
            n_draw += len(ks)
            for k, img in zip(ks, imgs):
                pngs[k] = marked_png(img, layouts[k])[0]
        for k, res in zip(sorted(pngs), pool.map(_judge, [(k, pngs[k]) for k in sorted(pngs)])):
            rows[k].append(res)
    n = len(cases)
    within = [sum(any(r["passed"] for r in rows[k][:a + 1]) for k in rows) / n for a in range(attempts)]
    fails = collections.Counter(law for k in rows for law in rows[k][0]["failed"])
    real = collections.Counter(law for k in rows for law in rows[k][0]["failed"] if law.startswith("micrograph_"))
    stats = {}
    for law in ("micrograph_background", "micrograph_contrast", "micrograph_noise", "micrograph_texture"):
        v = [float(rows[k][0]["realism"][law]) for k in rows if law in rows[k][0]["realism"]]
        if v:
            stats[law] = {"median": float(np.median(v)), "min": min(v), "max": max(v)}
    out = {"model": name, "cases": n, "attempts": attempts, "verified_attempt0": round(within[0], 4),
           "verified_within": [round(x, 4) for x in within], "failing_laws_attempt0": dict(fails.most_common()),
           "realism_failures_attempt0": dict(real), "realism_attempt0": stats,
           "draw_images_per_s": round(n_draw / draw_s, 2) if draw_s else None,
           "per_case": {cases[k]["index"]: [[r["passed"], r["failed"]] for r in rows[k]] for k in rows}}
    print(json.dumps({k: v for k, v in out.items() if k != "per_case"}), flush=True)
    return out


def run(out: Path, attempts: int, train_steps: int, train_crop: int | None, train_batch: int | None,
        limit: int, train_sources: list[str] | None = None, shipped: bool = True) -> dict:
    import multiprocessing as mp
    import torch
    from nesy.micro.model import model_config, train
    from nesy.micro.renderer import MicroscopyRenderer
    cases = json.loads(CASES.read_text())
    if limit:
        cases = cases[:limit]
    device = "cuda" if torch.cuda.is_available() else "cpu"
    res: dict = {"device": torch.cuda.get_device_name(0) if device == "cuda" else "cpu", "torch": torch.__version__,
                 "models": []}
    ctx = mp.get_context("spawn")
    with ctx.Pool(max(1, min(14, (os.cpu_count() or 2) - 2)), initializer=_init, initargs=(cases,)) as pool:
        if shipped:
            res["models"].append(evaluate("shipped", MicroscopyRenderer(None, device=device), cases, attempts, pool))
        (out / "micro.json").write_text(json.dumps(res, indent=1) + "\n")
        if train_steps:
            cfg = model_config()
            tr = dict(cfg["training"])
            if train_crop:
                tr["crop"] = train_crop
            if train_batch:
                tr["batch_size"] = train_batch
            if train_sources:
                tr["sources"] = list(train_sources)
            tr["threads"] = max(2, min(8, (os.cpu_count() or 2) // 2))
            cfg = {**cfg, "training": tr}
            mdir = out / (f"model-crop{tr['crop']}-b{tr['batch_size']}-s{train_steps}"
                          + ("-" + "+".join(train_sources) if train_sources else ""))
            t0 = time.perf_counter()
            train(mdir, steps=train_steps, device=device, config=cfg, log=lambda s: print(s, flush=True))
            res["train"] = {"dir": mdir.name, "steps": train_steps, "crop": tr["crop"], "batch": tr["batch_size"],
                            "sources": tr.get("sources", "all"),
                            "wall_s": round(time.perf_counter() - t0, 1)}
            res["models"].append(evaluate(mdir.name, MicroscopyRenderer(mdir, device=device), cases, attempts, pool))
    (out / "micro.json").write_text(json.dumps(res, indent=1) + "\n")
    return res


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--prepare", action="store_true")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--attempts", type=int, default=3)
    ap.add_argument("--limit", type=int, default=0, help="only the first N cases (0: all)")
    ap.add_argument("--train-steps", type=int, default=0)
    ap.add_argument("--train-crop", type=int)
    ap.add_argument("--train-batch", type=int)
    ap.add_argument("--train-sources", nargs="+", help="train on these sources only (configs/microscopy_data.yaml keys)")
    ap.add_argument("--no-shipped", action="store_true", help="do not evaluate the shipped weights")
    a = ap.parse_args()
    if a.prepare:
        prepare()
        return 0
    if a.out is None:
        ap.error("--out DIR (or --prepare)")
    a.out.mkdir(parents=True, exist_ok=True)
    run(a.out, a.attempts, a.train_steps, a.train_crop, a.train_batch, a.limit, a.train_sources, not a.no_shipped)
    return 0


if __name__ == "__main__":
    sys.exit(main())
