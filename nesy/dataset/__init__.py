"""Datasets at scale: N verified figures with their prompts, scene graphs, masks, artifacts and QA.

``make(config, out, n=…, workers=…, ray=…, seed=…)`` runs a dataset job (``configs/dataset/*.yaml``):
each item is a sampled scene said in varied English, read back by nesy's parser, solved, drawn and
verified from its pixels (rejected otherwise, with the reason counted), with instance masks and COCO
annotations, the science's artifact and question–answer pairs right by construction. Output:
Parquet shards in the Hugging Face ``datasets`` layout (``data/train-*.parquet`` + ``README.md``),
WebDataset tar shards (``webdataset/shard-*.tar``), ``annotations/coco.json`` and ``manifest.json``.

Same config and seed → same items, whatever the engine or the number of workers; a killed job resumes
where it stopped (complete shards are kept). Modules: ``config`` (read and validate), ``sampling`` and
``phrasing`` (facts → text), ``qa``, ``item`` (one item end to end), ``writers``, ``engines``, ``cli``.
"""
from __future__ import annotations

import json
import math
import time
from pathlib import Path
from typing import Any

from ..errors import InputError

__all__ = ["make", "load_config", "default_config"]

_JOB = ".nesy-dataset.json"


def default_config() -> dict[str, Any]:
    from .config import default_config as _d
    return _d()


def load_config(config: Any = None, **overrides: Any) -> dict[str, Any]:
    from .config import load_config as _l
    return _l(config, **overrides)


def _size(s: int, n: int, k: int) -> int:
    """Items in shard ``s`` of a job of ``n`` items in shards of ``k``."""
    return min(k, n - s * k)


def make(config: str | Path | dict[str, Any] | None = None, out: str | Path = "dataset", *, n: int | None = None,
         workers: int | None = None, ray: str | None = None, seed: int | None = None, shard_size: int | None = None,
         progress: bool | None = None, max_shards: int | None = None) -> dict[str, Any]:
    """Make (or finish) the dataset of ``config`` in ``out``; returns the manifest (also ``out/manifest.json``).

    ``n``, ``seed``, ``shard_size`` override the config's. ``workers``: processes of the local pool
    (default: the CPUs; 0 runs in this process); ``ray``: "auto", "local" or a Ray address to run the
    shards on Ray instead. ``max_shards``: stop after making this many new shards (the job can be
    resumed). ``progress``: a bar on stderr (default: only on a terminal)."""
    import os
    from .. import __version__
    from ..pipeline import check_out_dir
    from .config import config_digest
    from .engines import Progress, run_local, run_ray, shard_complete, write_shard
    cfg = load_config(config, n=n, seed=seed, shard_size=shard_size)
    if workers is not None and (isinstance(workers, bool) or not isinstance(workers, int) or workers < 0):
        raise InputError(f"workers must be an integer ≥ 0, got {workers!r}")
    if max_shards is not None and (not isinstance(max_shards, int) or max_shards < 0):
        raise InputError(f"max_shards must be an integer ≥ 0, got {max_shards!r}")
    if ray is not None and (not isinstance(ray, str) or not ray.strip()):
        raise InputError(f"ray must be 'auto', 'local' or a cluster address, got {ray!r}")
    if workers is None:
        workers = os.cpu_count() or 1
    # before any worker starts: a missing extra is one clear error here, not a failure in every shard
    from ..errors import require_extra
    if "parquet" in cfg["formats"]:
        require_extra("pyarrow", "dataset", "writing Parquet shards (nesy dataset)")
    if ray:
        require_extra("ray", "dataset", "running a dataset job on Ray")
    outp = check_out_dir(out)
    outp.mkdir(parents=True, exist_ok=True)
    k = cfg["shard_size"]
    total = math.ceil(cfg["n"] / k)
    job = {"config_sha256": config_digest(cfg), "n": cfg["n"], "shards": total, "nesy": __version__}
    jp = outp / _JOB
    if jp.is_file():
        old = json.loads(jp.read_text(encoding="utf-8"))
        if old != job:
            raise InputError(f"output folder {str(out)!r} holds another dataset job ({old['n']} items, config "
                             f"{old['config_sha256'][:12]}…); choose another folder or delete it")
    elif any(outp.iterdir()):
        raise InputError(f"output folder {str(out)!r} is not empty and holds no nesy dataset job; choose another")
    jp.write_text(json.dumps(job, sort_keys=True), encoding="utf-8")
    # only shards with a record can be complete: list them once (a huge job must not stat every shard)
    recorded = sorted(int(p.stem.split("-")[1]) for p in (outp / "shards").glob("shard-*.json")) \
        if (outp / "shards").is_dir() else []
    done = {s: rec for s in recorded if s < total and (rec := shard_complete(outp, s)) is not None}
    todo: Any = ((s, _size(s, cfg["n"], k)) for s in range(total) if s not in done)
    if max_shards is not None:
        import itertools
        todo = itertools.islice(todo, max_shards)
    bar = Progress(cfg["n"], sum(r["items"] for r in done.values()), progress)
    t0 = time.perf_counter()
    made: list[int] = []

    finished_at: list[float] = []

    def on_done(result: dict[str, Any]) -> None:
        finished_at.append(time.perf_counter() - t0)
        rec = write_shard(outp, result)
        done[rec["shard"]] = rec
        made.append(rec["items"])
        bar.update(rec["items"])

    engine: dict[str, Any] = {"kind": "ray" if ray else ("in-process" if workers == 0 else "process-pool"),
                              "workers": workers}
    try:
        if ray:
            engine.update(run_ray(cfg, todo, total, ray, workers or None, on_done))
            engine["address"] = ray
        else:
            run_local(cfg, todo, total, workers, on_done)
    finally:
        bar.close()
    elapsed = time.perf_counter() - t0
    slots = max(1, int(engine.get("cpus") or workers or 1))
    if len(made) > slots:
        # steady state: after the first wave of shards (one per worker: start-up and imports excluded)
        engine["steady_items_per_s"] = round(sum(made[slots:]) / max(1e-9, elapsed - finished_at[slots - 1]), 4)
        engine["first_wave_s"] = round(finished_at[slots - 1], 3)
    return _finish(outp, cfg, total, done, engine, sum(made), elapsed)


def _finish(out: Path, cfg: dict[str, Any], total: int, done: dict[int, dict[str, Any]],
            engine: dict[str, Any], new_items: int, elapsed: float) -> dict[str, Any]:
    from .. import __version__
    from .writers import dataset_card, write_coco
    recs = [done[s] for s in sorted(done)]
    complete = len(recs) == total
    by_sci: dict[str, int] = {}
    by_ren: dict[str, int] = {}
    rej: dict[str, int] = {}
    rej_sci: dict[str, dict[str, int]] = {}
    examples: dict[str, list[Any]] = {}
    for r in recs:
        for k, v in r["by_science"].items():
            by_sci[k] = by_sci.get(k, 0) + v
        for k, v in r["by_renderer"].items():
            by_ren[k] = by_ren.get(k, 0) + v
        for reason, per in r["rejected"].items():
            for sci, v in per.items():
                rej[reason] = rej.get(reason, 0) + v
                rej_sci.setdefault(reason, {})[sci] = rej_sci.setdefault(reason, {}).get(sci, 0) + v
        for reason, ex in r["examples"].items():
            if len(examples.setdefault(reason, [])) < 3:
                examples[reason] += ex[: 3 - len(examples[reason])]
    items = sum(r["items"] for r in recs)
    attempts = sum(r["attempts"] for r in recs)
    coco = write_coco(out, [out / f"annotations/parts/coco-{r['shard']:05d}.json" for r in recs]) if recs else {}
    manifest = {
        "name": cfg["name"], "nesy": __version__, "seed": cfg["seed"], "n": cfg["n"], "complete": complete,
        "config": cfg,
        "counts": {"items": items, "attempts": attempts, "rejected": attempts - items,
                   "rejection_rate": (attempts - items) / attempts if attempts else 0.0,
                   "rejected_by_reason": rej, "rejected_by_reason_and_science": rej_sci,
                   "by_science": by_sci, "by_renderer": by_ren, "impossible": sum(r["impossible"] for r in recs),
                   "qa_pairs": sum(r["qa"] for r in recs), "coco": coco},
        "rejection_examples": examples,
        "renderers": {"exact": "nesy's exact SVG→PNG figure, verified from its pixels",
                      "styled": "a photometric degradation (blur, contrast, brightness, noise, JPEG) of the "
                                "verified exact figure, parameters per item in `style`; verified on the clean "
                                "render (kept as `image_clean`), not on the degraded pixels",
                      "diffusion": "not offered: nesy's only diffusion model draws microscopy, not sampled here"},
        "shards": [{"shard": r["shard"], "items": r["items"], "attempts": r["attempts"], "files": r["files"],
                    "item_sha256": r["item_sha256"]} for r in recs],
        "run": {"engine": engine, "new_items": new_items, "seconds": round(elapsed, 3),
                "items_per_s": round(new_items / elapsed, 4) if elapsed > 0 and new_items else None},
    }
    tmp = out / "manifest.json.tmp"
    tmp.write_text(json.dumps(manifest, indent=1, sort_keys=True, ensure_ascii=False), encoding="utf-8")
    tmp.replace(out / "manifest.json")
    (out / "README.md").write_text(dataset_card(manifest), encoding="utf-8")
    return manifest
