"""``nesy dataset``: make a dataset of verified figures from a dataset config (see ``nesy.dataset``)."""
from __future__ import annotations

import argparse
import json
import sys
from typing import Sequence

__all__ = ["main"]

_EPILOG = """examples:
  nesy dataset -o ds -n 1000                          every symbolic science, the default config
  nesy dataset --config configs/dataset/default.yaml -o ds -n 10000 --workers 2
  nesy dataset -o ds -n 10000 --ray auto              the same job on a running Ray cluster (same output)
  nesy dataset -o ds -n 10000 --ray local             start a local Ray instance for the job
  nesy dataset -o ds --science optics --science circuits -n 500
  nesy dataset -o ds -n 1000                          run again after a kill: complete shards are kept

output: data/train-*.parquet + README.md (Hugging Face datasets), webdataset/shard-*.tar,
annotations/coco.json, manifest.json (config, counts, rejection reasons, per-shard SHA-256, items/s)."""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="nesy dataset", formatter_class=argparse.RawDescriptionHelpFormatter,
                                description="Generate N items: prompt text in varied phrasing, verified image, "
                                "scene graph, instance masks + COCO, the science's artifact, verdict and "
                                "question-answer pairs (right by construction). Only verified items are kept.",
                                epilog=_EPILOG)
    p.add_argument("-o", "--out", required=True, metavar="DIR", help="output folder (resumed when it holds the same job)")
    p.add_argument("--config", metavar="FILE", help="dataset config, YAML or JSON (default: configs/dataset/default.yaml)")
    p.add_argument("-n", type=int, metavar="N", help="items in the dataset (overrides the config)")
    p.add_argument("--seed", type=int, help="seed of the job (overrides the config)")
    p.add_argument("--shard-size", type=int, metavar="K", help="items per shard (overrides the config)")
    p.add_argument("--science", action="append", metavar="SCIENCE",
                   help="only this science (repeatable); its sampling parameters come from the config")
    p.add_argument("--workers", type=int, metavar="W", help="local worker processes (default: the CPUs; 0: this process)")
    p.add_argument("--ray", metavar="ADDRESS", help="run on Ray: auto (a running cluster), local (start one here) "
                   "or a cluster address; the output is the same as with the process pool")
    p.add_argument("--max-shards", type=int, metavar="S", help="stop after S new shards (resume later)")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="progress bar with items/s on stderr (default: on a terminal)")
    p.add_argument("--json", action="store_true", help="print the manifest's counts as JSON")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    from . import load_config, make
    cfg = load_config(args.config)
    if args.science:
        from ..errors import InputError
        unknown = [s for s in args.science if s not in cfg["sciences"]]
        if unknown:
            raise InputError(f"--science must name sciences of the config ({', '.join(sorted(cfg['sciences']))}), "
                             f"got {', '.join(unknown)}")
        cfg["sciences"] = {s: cfg["sciences"][s] for s in args.science}
    m = make(cfg, args.out, n=args.n, seed=args.seed, shard_size=args.shard_size, workers=args.workers,
             ray=args.ray, progress=args.progress, max_shards=args.max_shards)
    c = m["counts"]
    if args.json:
        print(json.dumps({"complete": m["complete"], **c, "run": m["run"]}, indent=1, sort_keys=True))
    else:
        rate = m["run"]["items_per_s"]
        print(f"{args.out}: {c['items']} of {m['n']} items{'' if m['complete'] else ' (incomplete: run again to resume)'}"
              f", {c['impossible']} impossible, {c['qa_pairs']} QA pairs; rejected {c['rejected']} of {c['attempts']} "
              f"attempts ({100 * c['rejection_rate']:.1f} %)" + (f"; {rate:.2f} items/s" if rate else ""))
        for reason, k in sorted(c["rejected_by_reason"].items(), key=lambda x: -x[1]):
            print(f"  rejected: {reason}: {k}")
    return 0
