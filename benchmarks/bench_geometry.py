"""Plane-geometry solve times over benchmarks/prompts/geometry.yaml (warm process).

    python benchmarks/bench_geometry.py [--repeat 3] [--stress 200] [-v]

For every prompt: the solve time (text → scene → constructed figure → layout, as ``nesy explain``;
the per-scene figure cache is cleared first, the median of ``--repeat`` runs) and the time of a whole
``generate`` (solve, render, verify; control maps off). Prints a markdown table row: max / median /
p95 of the solve, median / max of generate, outcomes as expected, solver timeouts, and whether Z3 was
given linear arithmetic only (the figure's ``z3_logic``). ``--stress N`` adds N seeded well-posed and
ill-posed triangles (two angles and a side, SSS, SAS, SSA, right triangles; expected outcome computed
here from the triangle's laws) to check that none times out.
"""
from __future__ import annotations

import argparse
import math
import random
import statistics
import time
from pathlib import Path

import yaml

PROMPTS = Path(__file__).resolve().parent / "prompts" / "geometry.yaml"


def stress_prompts(n: int, seed: int = 0) -> list[dict]:
    """``n`` triangles by kind, with the outcome the laws give (I.20, I.32, law of sines for SSA)."""
    rng = random.Random(seed)
    out: list[dict] = []
    kinds = ["asa", "aas_named", "sss", "sas", "ssa", "right_hyp_angle", "right_legs", "right_hyp_leg"]
    for i in range(n):
        k = kinds[i % len(kinds)]
        if k == "asa":
            x, y = rng.randint(1, 178), rng.randint(1, 178)
            out.append({"text": f"a triangle with angles {x}° and {y}° and side AB = {rng.randint(1, 20)} cm",
                        "expect": "sat" if x + y < 180 else "unsat"})
        elif k == "aas_named":
            x, y = rng.randint(5, 120), rng.randint(5, 120)
            out.append({"text": f"triangle ABC with angle A = {x}°, angle B = {y}° and BC = {rng.randint(1, 20)} cm",
                        "expect": "sat" if x + y < 180 else "unsat"})
        elif k == "sss":
            a, b, c = (rng.randint(1, 15) for _ in range(3))
            out.append({"text": f"a triangle with sides {a}, {b} and {c} cm",
                        "expect": "sat" if a < b + c and b < a + c and c < a + b else "unsat"})
        elif k == "sas":
            out.append({"text": f"a triangle with sides {rng.randint(1, 15)} and {rng.randint(1, 15)} cm and an "
                                f"included angle of {rng.randint(1, 179)}°", "expect": "sat"})
        elif k == "ssa":
            ab, bc, a = rng.randint(2, 15), rng.randint(1, 15), rng.randint(5, 150)
            # BC opposite A: a triangle exists iff BC ≥ AB·sin A, and for A ≥ 90° iff BC > AB
            s = ab * math.sin(math.radians(a))
            ok = bc > ab if a >= 90 else bc >= s - 1e-12
            if abs(bc - s) < 1e-9 or (a < 90 and abs(bc - ab) < 1e-12):
                continue
            out.append({"text": f"triangle ABC with AB = {ab} cm, BC = {bc} cm and angle A = {a}°",
                        "expect": "sat" if ok else "unsat"})
        elif k == "right_hyp_angle":
            out.append({"text": f"a right triangle with hypotenuse {rng.randint(1, 20)} cm and an angle of "
                                f"{rng.randint(1, 89)}°", "expect": "sat"})
        elif k == "right_legs":
            out.append({"text": f"a right triangle with legs {rng.randint(1, 15)} cm and {rng.randint(1, 15)} cm "
                                f"and its incircle", "expect": "sat"})
        else:
            h, g = rng.randint(2, 20), rng.randint(1, 20)
            if h == g:
                continue
            out.append({"text": f"a right triangle with hypotenuse {h} cm and a leg {g} cm",
                        "expect": "sat" if g < h else "unsat"})
    return out


def _pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, max(0, math.ceil(q * len(xs)) - 1))]


def run(items: list[dict], repeat: int, verbose: bool, label: str) -> None:
    from nesy.domains import geometry as G
    from nesy.errors import NesyError, SolverTimeoutError, UnsatisfiableError
    from nesy.pipeline import generate
    from nesy.registry import get_domain
    D = get_domain("geometry")
    solve_t, gen_t = [], []
    as_expected = timeouts = 0
    logics: set[str] = set()
    bad = []
    for x in items:
        text = x["text"]
        times, outcome = [], "?"
        for _ in range(repeat):
            G._FIGURES.clear()
            t0 = time.perf_counter()
            try:
                lay = D.solve(D.parse(text))
                outcome = "sat"
                logics.add(str(lay.stat("z3_logic", "not reported")))
            except UnsatisfiableError:
                outcome = "unsat"
            except SolverTimeoutError:
                outcome = "timeout"
            except NesyError as e:
                outcome = type(e).__name__
            times.append(time.perf_counter() - t0)
        solve_t.append(statistics.median(times))
        timeouts += outcome == "timeout"
        G._FIGURES.clear()
        t0 = time.perf_counter()
        verified = False
        try:
            verified = generate(text, domain="geometry", controls=False, raise_on_fail=False).verdict.passed
        except NesyError:
            pass
        gen_t.append(time.perf_counter() - t0)
        ok = outcome == x["expect"] and (outcome != "sat" or verified)
        as_expected += ok
        if not ok:
            bad.append((text, outcome, verified))
        if verbose:
            print(f"{solve_t[-1] * 1000:8.1f} ms  {gen_t[-1] * 1000:8.1f} ms  {outcome:8s} {'' if ok else 'UNEXPECTED '}{text}")
    print(f"| {label} | {len(items)} | {max(solve_t):.3f} s | {statistics.median(solve_t):.3f} s | "
          f"{_pct(solve_t, 0.95):.3f} s | {statistics.median(gen_t):.3f} s | {max(gen_t):.3f} s | "
          f"{as_expected}/{len(items)} | {timeouts} | {', '.join(sorted(logics))} |")
    for b in bad:
        print("  unexpected:", b)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3, help="solve runs per prompt (median)")
    ap.add_argument("--stress", type=int, default=0, help="also N seeded triangles (SSS, SAS, SSA, ASA, right)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("-v", "--verbose", action="store_true", help="one line per prompt")
    args = ap.parse_args()
    import warnings
    warnings.filterwarnings("ignore")
    from nesy.pipeline import generate
    generate("a triangle with sides 3, 4 and 5 cm", domain="geometry", controls=False)     # imports, caches
    print("| prompts | n | solve max | solve median | solve p95 | generate median | generate max | as expected "
          "| solver timeouts | Z3 logic |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    run(yaml.safe_load(PROMPTS.read_text()), args.repeat, args.verbose, "geometry suite")
    if args.stress:
        run(stress_prompts(args.stress, args.seed), args.repeat, args.verbose, f"{args.stress} seeded triangles")


if __name__ == "__main__":
    main()
