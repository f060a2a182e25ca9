"""``nesy bench``: the compositional-correctness benchmark (issue 5), and ``nesy bench score``.

``nesy bench [--domain D] [--out DIR] [--limit N]`` runs the suite of ``benchmarks/suite/*.jsonl``
(gold scene graphs + expected outcomes, made by ``benchmarks/make_suite.py``) through the pipeline
and measures parse accuracy (entity/relation F1 against gold), solve rate, detection of impossible
specifications, verified-figure rate, the verifier on injected violations (``nesy.bench.perturb``)
and latency; it writes ``DIR/results.json`` (every number) and ``DIR/report.html``.
"""
from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

__all__ = ["main", "run_bench"]


def run_bench(domain: str | None = None, out: str | Path = "bench_out", limit: int | None = None,
              suite_dir: str | Path | None = None, progress: bool = True, command: str = "") -> dict:
    """Run the suite and write ``results.json`` and ``report.html`` into ``out``; returns the results."""
    from ..errors import InputError
    from ..registry import domain_names
    from .report import Gallery, write_report
    from .runner import run_items, summarise
    from .suite import load_suite
    have = {n.split(".")[1] for n in domain_names()}
    if domain is not None and domain not in have:
        raise InputError(f"domain must be one of {sorted(have)}, got {domain!r}")
    if limit is not None and limit < 1:
        raise InputError(f"limit must be a positive integer, got {limit}")
    items = load_suite(suite_dir, domain)
    skipped = sorted({x["domain"] for x in items if x["domain"] not in have})
    items = [x for x in items if x["domain"] in have]
    items.sort(key=lambda x: (x["domain"], not x.get("gold")))  # stable: gold items first per domain
    if limit is not None:  # the first N of each domain, so a short run still covers every domain
        by: dict[str, list] = {}
        for x in items:
            by.setdefault(x["domain"], []).append(x)
        items = [x for d in sorted(by) for x in by[d][:limit]]
    t0 = time.perf_counter()
    gal = Gallery()
    records = run_items(items, progress=progress, keep=gal)
    wall = time.perf_counter() - t0
    summary = summarise(records)
    meta = {"command": command, "version": "0.1.0", "items": len(records), "wall_s": wall,
            "skipped_domains": skipped, "limit": limit, "domain": domain,
            "machine": f"{platform.machine()} {platform.python_version()} ({__import__('os').cpu_count()} CPUs)"}
    res = {"meta": meta, "summary": summary, "items": records}
    o = Path(out)
    o.mkdir(parents=True, exist_ok=True)
    (o / "results.json").write_text(json.dumps(res, indent=1, default=str) + "\n", encoding="utf-8")
    write_report(o / "report.html", summary, records, gal.items, meta)
    return res


def _print_summary(res: dict) -> None:
    s = res["summary"]
    for name, g in [("overall", s["overall"])] + list(s["per_domain"].items()):
        iv = g["injected_violations"]
        tpr = " ".join(f"{k}={v['tpr']:.2f}" if v["tpr"] is not None else f"{k}=–" for k, v in iv["types"].items())
        f = lambda v: "–" if v is None else f"{v:.3f}"  # noqa: E731
        print(f"{name:9s} n={g['items']:4d} entF1={f(g['entity']['f1'])} relF1={f(g['relation']['f1'])} "
              f"solve={f(g['solve_rate'])} verified={f(g['verified_rate_of_sat'])} "
              f"unsatP={f(g['impossible_detection']['precision'])} unsatR={f(g['impossible_detection']['recall'])} "
              f"p50={f(g['latency_s']['p50'])}s p99={f(g['latency_s']['p99'])}s | TPR {tpr} | clean FPR={f(iv['clean_fpr'])}")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "score":
        from .score import main as score_main
        return score_main(argv[1:])
    ap = argparse.ArgumentParser(
        prog="nesy bench", formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Run the compositional-correctness benchmark (benchmarks/suite/*.jsonl): parse F1 against "
                    "gold scene graphs, solve rate, impossible-spec precision/recall, verified-figure rate, the "
                    "verifier's true/false positive rates on injected violations (move, delete, duplicate, merge, "
                    "resize), latency p50/p90/p99. Writes DIR/results.json and DIR/report.html; exits 0 (it is a "
                    "measurement).",
        epilog="nesy bench score --images DIR --prompts FILE   score another generator's images against the gold "
               "graphs (see: nesy bench score --help for what it can and cannot see)")
    ap.add_argument("--domain", help="only this domain (cell, sets, crystal, ...)")
    ap.add_argument("--out", default="bench_out", help="output folder (default: bench_out)")
    ap.add_argument("--limit", type=int, help="at most N items per domain")
    ap.add_argument("--suite", help="suite folder (default: the suite shipped with nesy)")
    ap.add_argument("--quiet", action="store_true", help="no progress bar")
    args = ap.parse_args(argv)
    cmd = "nesy bench " + " ".join(argv)
    res = run_bench(args.domain, args.out, args.limit, args.suite, progress=not args.quiet, command=cmd.strip())
    _print_summary(res)
    print(f"wrote {Path(args.out) / 'results.json'} and {Path(args.out) / 'report.html'}")
    return 0
