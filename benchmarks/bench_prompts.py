"""Benchmark: text → verified PNG for typical prompts, median in a warm process; cold import separately.

    python benchmarks/bench_prompts.py [--repeat 5]
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

PROMPTS = {
    "cell": ["A eukaryotic cell with one nucleus and four mitochondria outside the nucleus",
             "A plant cell with a cell wall, a large central vacuole, three chloroplasts and 2 mitochondria",
             "Two cells, each with a nucleus containing a nucleolus. The nucleus is left of the vacuole."],
    "sets": ["Sets A, B and C are pairwise disjoint. D is a subset of A. E intersects B. x is an element of D."],
    "crystal": ["rock salt NaCl with a = 5.64 Å viewed along [001]", "bcc Fe", "fcc copper"],
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import nesy.pipeline, nesy.domains.cell"], check=True)
    print(f"cold import of the symbolic path (new process): {time.perf_counter() - t:.2f} s")
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "nesy", "--help"], check=True, capture_output=True)
    print(f"nesy --help (new process): {time.perf_counter() - t:.2f} s")
    import warnings
    warnings.filterwarnings("ignore")
    from nesy.pipeline import generate
    from nesy.registry import domain_names
    have = {n.split(".")[1] for n in domain_names()}
    for dom, prompts in PROMPTS.items():
        if dom not in have:
            continue
        for p in prompts:
            generate(p, domain=dom, controls=False)  # warm-up
            ts, tc = [], []
            for _ in range(args.repeat):
                t = time.perf_counter()
                r = generate(p, domain=dom, controls=False)
                ts.append(time.perf_counter() - t)
                t = time.perf_counter()
                generate(p, domain=dom, controls=True)
                tc.append(time.perf_counter() - t)
            print(f"{dom:8s} median {statistics.median(ts):.3f} s (with control maps "
                  f"{statistics.median(tc):.3f} s) verified={r.verdict.passed}  {p!r}")


if __name__ == "__main__":
    main()
