"""Benchmark: set diagrams from random subset/disjoint forests, N = 10, 30, 100, 200.

Measures the median time from scene graph to verified figure (solve + render + pixel verify, in a
warm process), re-checks every constraint independently with shapely on the solved outlines, and,
with --penrose, runs Penrose (@penrose/core 3.2, headless) on the same instances side by side.

    python benchmarks/bench_sets.py [--sizes 10 30 100 200] [--seeds 3] [--penrose] [--json out.json]
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from set_instances import random_forest  # noqa: E402


def scene_of(inst: dict):
    from nesy.types import Entity, Relation, SceneGraph
    ents = tuple(Entity(s, "set", s) for s in inst["sets"])
    rels = [Relation("inside", c, p) for c, p in inst["subset"]]
    rels += [Relation("outside", a, b) for a, b in inst["disjoint"]]
    return SceneGraph("sets", "", ents, tuple(rels))


def shapely_violations(inst: dict, layout) -> int:
    """Independent check of every pair: subset ⇒ contained; otherwise (unless nested) ⇒ apart."""
    g = {s.id: s.geometry(64) for s in layout.shapes}
    parent = {c: p for c, p in inst["subset"]}

    def anc(x):
        out = set()
        while x in parent:
            x = parent[x]
            out.add(x)
        return out
    A = {s: anc(s) for s in inst["sets"]}
    bad = 0
    names = inst["sets"]
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            if b in A[a]:
                bad += not g[b].contains(g[a])
            elif a in A[b]:
                bad += not g[a].contains(g[b])
            else:
                bad += g[a].intersects(g[b])
    return bad


def run_nesy(inst: dict) -> dict:
    from nesy.pipeline import generate
    scene = scene_of(inst)
    t = time.perf_counter()
    res = generate(scene=scene, controls=False, raise_on_fail=False)
    dt = time.perf_counter() - t
    return {"time_s": dt, "passed": res.verdict.passed, "rounds": res.verdict.rounds,
            "checks": len(res.verdict.checks), "violations": shapely_violations(inst, res.layout),
            "solve_s": res.timings["solve_s"], "render_s": res.timings["render_s"],
            "verify_s": res.timings["verify_s"]}


def run_penrose(inst: dict, stock: bool, cap: float, min_r: float = 10.0) -> dict | None:
    here = Path(__file__).resolve().parent / "penrose"
    if not (here / "node_modules").is_dir():
        return None
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(inst, f)
    cmd = ["node", str(here / "run.mjs"), f.name, "--cap", str(cap), "--min-r", str(min_r)] + \
        (["--stock-canvas"] if stock else [])
    t = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=cap + 120)
    wall = time.perf_counter() - t
    try:
        out = json.loads(p.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        return {"error": p.stderr[-300:]}
    out["wall_s"] = wall
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[10, 30, 100, 200])
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--penrose", action="store_true")
    ap.add_argument("--penrose-cap", type=float, default=60.0)
    ap.add_argument("--penrose-min-r", type=float, default=10.0,
                    help="Penrose circles' minimum radius (px); 22 matches nesy's smallest set (44 px high)")
    ap.add_argument("--stock-canvas", action="store_true", help="Penrose on its stock 800×700 canvas")
    ap.add_argument("--json")
    args = ap.parse_args()
    import warnings
    warnings.filterwarnings("ignore")
    from nesy.pipeline import generate
    generate("A is a subset of B", domain="sets", controls=False)  # warm-up: imports, caches
    rows = []
    for n in args.sizes:
        runs = [run_nesy(random_forest(n, s)) for s in range(args.seeds)]
        row = {"n": n, "median_s": statistics.median(r["time_s"] for r in runs),
               "max_s": max(r["time_s"] for r in runs),
               "median_solve_s": statistics.median(r["solve_s"] for r in runs),
               "median_verify_s": statistics.median(r["verify_s"] for r in runs),
               "all_passed": all(r["passed"] for r in runs),
               "violations": sum(r["violations"] for r in runs), "runs": runs}
        if args.penrose:
            pr = [run_penrose(random_forest(n, s), args.stock_canvas, args.penrose_cap, args.penrose_min_r)
                  for s in range(args.seeds)]
            pr = [p for p in pr if p and "error" not in p]
            if pr:
                tot = [p["compile_s"] + p["optimize_s"] for p in pr]
                row["penrose_median_s"] = statistics.median(tot)
                row["penrose_converged"] = sum(bool(p["converged"]) for p in pr)
                row["penrose_violated"] = [p["violated"] for p in pr]
                row["penrose_geom_violated"] = [p.get("geom_violated") for p in pr]
                row["ratio"] = row["penrose_median_s"] / row["median_s"]
        rows.append(row)
        msg = (f"N={n:4d}  nesy median {row['median_s']:.3f} s (max {row['max_s']:.3f}; solve "
               f"{row['median_solve_s']:.3f}, verify {row['median_verify_s']:.3f})  verified={row['all_passed']}  "
               f"shapely violations={row['violations']}")
        if "penrose_median_s" in row:
            msg += (f"  | penrose median {row['penrose_median_s']:.2f} s, converged {row['penrose_converged']}/"
                    f"{len(row['penrose_violated'])}, violated {row['penrose_violated']}, geometric "
                    f"{row['penrose_geom_violated']}  ratio {row['ratio']:.1f}x")
        print(msg, flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
