"""Benchmark per science: over the prompts in benchmarks/prompts/<domain>.yaml, how many give a
verified figure, how many impossible ones are caught, and the median time (warm process).

    python benchmarks/bench_domains.py [--domain D ...]

Each prompt file is a YAML list of ``{text: ..., expect: sat | unsat}``.
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent / "prompts"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--domain", nargs="*")
    args = ap.parse_args()
    import warnings
    warnings.filterwarnings("ignore")
    from nesy.errors import NesyError, UnsatisfiableError
    from nesy.pipeline import generate
    from nesy.registry import domain_names
    have = {n.split(".")[1] for n in domain_names()}
    files = sorted(HERE.glob("*.yaml"))
    print("| domain | prompts | sat: verified | unsat: caught | other errors | median time |")
    print("|---|---|---|---|---|---|")
    for f in files:
        dom = f.stem
        if dom not in have or (args.domain and dom not in args.domain):
            continue
        items = yaml.safe_load(f.read_text())
        generate(items[0]["text"], domain=dom, controls=False, raise_on_fail=False)  # warm-up
        sat = [x for x in items if x["expect"] == "sat"]
        uns = [x for x in items if x["expect"] == "unsat"]
        ok = caught = other = 0
        times = []
        fails = []
        for x in items:
            t = time.perf_counter()
            try:
                r = generate(x["text"], domain=dom, controls=False, raise_on_fail=False)
                good = x["expect"] == "sat" and r.verdict.passed
                ok += good
                if not good:
                    fails.append((x["text"], "verdict failed" if x["expect"] == "sat" else "not caught"))
            except UnsatisfiableError:
                caught += x["expect"] == "unsat"
                if x["expect"] == "sat":
                    fails.append((x["text"], "reported impossible"))
            except NesyError as e:
                other += 1
                fails.append((x["text"], f"{type(e).__name__}: {e}"))
            times.append(time.perf_counter() - t)
        print(f"| {dom} | {len(items)} | {ok}/{len(sat)} | {caught}/{len(uns)} | {other} | "
              f"{statistics.median(times):.3f} s |")
        for text, why in fails:
            print(f"    FAIL {why[:160]} :: {text}")


if __name__ == "__main__":
    main()
