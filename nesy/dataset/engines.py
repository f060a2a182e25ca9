"""Run a dataset job in shards: in this process, in a local process pool, or on Ray.

A shard is ``shard_size`` accepted items made from attempts ``j = 0, 1, …`` with generators
``numpy.random.default_rng([seed, shard, j])``; its files (Parquet, WebDataset tar, COCO part) are built
by the worker and returned as bytes, and the driver writes each under a temporary name and renames it,
then writes ``shards/shard-NNNNN.json`` (counts and SHA-256 of each file) last. A shard is complete when
that record exists and its files hash as recorded; a restarted job skips complete shards.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from ..errors import InputError, NesyError, require_extra

__all__ = ["make_shard", "run_local", "run_ray", "shard_record_path", "shard_complete"]

MAX_ATTEMPTS_PER_ITEM = 20  # a shard that needs more attempts than this per item stops with an error


def _pick_science(rng: Any, sciences: dict[str, dict[str, Any]]) -> str:
    names = sorted(sciences)
    w = [float(sciences[n].get("weight", 1)) for n in names]
    x = rng.random() * sum(w)
    for n, wi in zip(names, w):
        x -= wi
        if x < 0:
            return n
    return names[-1]


def make_shard(cfg: dict[str, Any], s: int, n_items: int, total_shards: int) -> dict[str, Any]:
    """Make shard ``s`` (``n_items`` accepted items): ``{"files": {path: bytes}, "stats": {...}}``."""
    import numpy as np
    from .item import make_item, record_digest
    from .writers import coco_part, parquet_bytes, shard_paths, webdataset_bytes
    t0 = time.perf_counter()
    records: list[dict[str, Any]] = []
    rejected: dict[str, dict[str, int]] = {}
    examples: dict[str, list[dict[str, str]]] = {}
    attempts = 0
    base = s * cfg["shard_size"]
    while len(records) < n_items:
        if attempts >= MAX_ATTEMPTS_PER_ITEM * n_items:
            raise NesyError(f"shard {s}: {attempts} attempts gave only {len(records)} of {n_items} items; "
                            f"rejections {rejected} — widen the config's ranges")
        rng = np.random.default_rng([cfg["seed"], s, attempts])
        science = _pick_science(rng, cfg["sciences"])
        item = make_item(cfg, science, rng)
        if item.accepted:
            rec = item.record
            rec["index"] = base + len(records)
            rec["key"] = f"{rec['index']:08d}"
            rec["attempt"] = attempts
            records.append(rec)
        else:
            rejected.setdefault(item.reason, {}).setdefault(science, 0)
            rejected[item.reason][science] += 1
            ex = examples.setdefault(item.reason, [])
            if len(ex) < 2:
                ex.append({"science": science, "text": item.text, "detail": item.detail})
        attempts += 1
    paths = shard_paths(s, total_shards, cfg["formats"])
    files = {paths["coco"]: coco_part(records)}
    if "parquet" in paths:
        files[paths["parquet"]] = parquet_bytes(records)
    if "webdataset" in paths:
        files[paths["webdataset"]] = webdataset_bytes(records)
    by_sci: dict[str, int] = {}
    by_ren: dict[str, int] = {}
    for r in records:
        by_sci[r["science"]] = by_sci.get(r["science"], 0) + 1
        key = "impossible" if r["impossible"] else r["renderer"]
        by_ren[key] = by_ren.get(key, 0) + 1
    stats = {"shard": s, "items": len(records), "attempts": attempts, "by_science": by_sci, "by_renderer": by_ren,
             "impossible": sum(1 for r in records if r["impossible"]), "rejected": rejected, "examples": examples,
             "qa": sum(len(r["qa"]) for r in records),
             "item_sha256": [record_digest(r) for r in records], "seconds": time.perf_counter() - t0}
    return {"files": files, "stats": stats}


def _worker_init() -> None:
    # spaCy in a nesy worker may skip thinc's torch probe, like the CLI does
    try:
        from ..parse import nlp as _nlp
        _nlp.SKIP_BACKEND_PROBE = True
    except Exception:  # noqa: BLE001 - an optimisation only
        pass


def shard_record_path(out: Path, s: int) -> Path:
    return out / "shards" / f"shard-{s:05d}.json"


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def shard_complete(out: Path, s: int) -> dict[str, Any] | None:
    """The shard's record when every file it lists exists with the recorded SHA-256, else None."""
    p = shard_record_path(out, s)
    try:
        rec = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    for rel, digest in rec.get("files", {}).items():
        f = out / rel
        if not f.is_file():
            return None
        h = hashlib.sha256()
        with open(f, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        if h.hexdigest() != digest:
            return None
    return rec


def write_shard(out: Path, result: dict[str, Any]) -> dict[str, Any]:
    """Write a shard's files (temporary name, then rename), then its record, last."""
    hashes = {}
    for rel, data in sorted(result["files"].items()):
        dst = out / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        tmp = dst.with_name(dst.name + ".tmp")
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        tmp.replace(dst)
        hashes[rel] = _sha(data)
    rec = {**result["stats"], "files": hashes}
    p = shard_record_path(out, result["stats"]["shard"])
    p.parent.mkdir(parents=True, exist_ok=True)
    tmp = p.with_name(p.name + ".tmp")
    tmp.write_text(json.dumps(rec, indent=1, sort_keys=True), encoding="utf-8")
    tmp.replace(p)
    return rec


class Progress:
    """A tqdm bar of items with items/s, on stderr, shown on a terminal or when asked."""

    def __init__(self, total: int, done: int, show: bool | None):
        self.bar = None
        self.t0 = time.perf_counter()
        self.new = 0
        if show is None:
            show = sys.stderr.isatty()
        if show:
            from tqdm.auto import tqdm
            self.bar = tqdm(total=total, initial=done, unit="item", desc="nesy dataset", file=sys.stderr,
                            dynamic_ncols=True, smoothing=0.1)

    def update(self, n: int) -> None:
        self.new += n
        if self.bar is not None:
            self.bar.update(n)
            rate = self.new / max(1e-9, time.perf_counter() - self.t0)
            self.bar.set_postfix_str(f"mean {rate:.2f} items/s")

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def run_local(cfg: dict[str, Any], todo: Iterable[tuple[int, int]], total: int, workers: int,
              on_done: Callable[[dict[str, Any]], None]) -> None:
    """Make the shards ``todo`` ([(shard, items)]) in this process (``workers`` 0) or a process pool."""
    if workers == 0:
        for s, n in todo:
            on_done(make_shard(cfg, s, n, total))
        return
    import multiprocessing as mp
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    ctx = mp.get_context("spawn")  # no fork of a driver that may hold threads (tqdm, Ray)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_worker_init)
    it: Iterator[tuple[int, int]] = iter(todo)
    pending: set[Any] = set()
    finished = False
    try:
        for s, n in it:
            pending.add(pool.submit(make_shard, cfg, s, n, total))
            if len(pending) >= 2 * workers:
                break
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                on_done(fut.result())
                nxt = next(it, None)
                if nxt is not None:
                    pending.add(pool.submit(make_shard, cfg, nxt[0], nxt[1], total))
        finished = True
    finally:
        # on an interrupt or a failed shard: drop the queued shards, do not wait for running ones
        # (complete shards are on disk; a rerun resumes)
        pool.shutdown(wait=finished, cancel_futures=not finished)


def run_ray(cfg: dict[str, Any], todo: Iterable[tuple[int, int]], total: int, address: str, workers: int | None,
            on_done: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    """Make the shards on Ray: ``address`` "auto" (a running cluster, or the instance this process
    already started), "local" (start one here with ``workers`` CPUs) or a cluster address."""
    require_extra("ray", "dataset", "running a dataset job on Ray")
    import ray
    started = False
    if not ray.is_initialized():
        try:
            if address == "local":
                ray.init(num_cpus=workers or None, include_dashboard=False, log_to_driver=False)
            else:
                ray.init(address=address, log_to_driver=False)
        except ConnectionError as e:
            raise InputError(f"ray address {address!r}: no Ray cluster to connect to ({e}); start one with "
                             "`ray start --head`, or pass --ray local") from None
        started = True
    cpus = int(ray.cluster_resources().get("CPU", 1))
    task = ray.remote(num_cpus=1, max_retries=2)(_ray_shard)
    window = 2 * max(1, cpus)
    it = iter(todo)
    pending = []
    try:
        for s, n in it:
            pending.append(task.remote(cfg, s, n, total))
            if len(pending) >= window:
                break
        while pending:
            done, pending = ray.wait(pending, num_returns=1)
            for ref in done:
                on_done(ray.get(ref))
                nxt = next(it, None)
                if nxt is not None:
                    pending.append(task.remote(cfg, nxt[0], nxt[1], total))
    finally:
        for ref in pending:
            ray.cancel(ref, force=True)
        if started and address == "local":
            ray.shutdown()
    return {"cpus": cpus}


def _ray_shard(cfg: dict[str, Any], s: int, n: int, total: int) -> dict[str, Any]:
    _worker_init()
    return make_shard(cfg, s, n, total)
