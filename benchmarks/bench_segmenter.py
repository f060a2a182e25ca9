"""Downstream utility of nesy's synthetic micrographs: does a nucleus segmenter trained on real + synthetic
images beat one trained on the real images alone, on held-out *real* data?

    python benchmarks/bench_segmenter.py [--seeds 5] [--steps 600] [--synthetic 16] [--json out.json]

For every seed s = 0 … seeds-1 it trains the compact U-Net of ``nesy/micro/segmenter.py`` twice, from the
same initial weights and the same stream of real crops:

- arm (i)  real only: every batch of ``--batch`` 64×64 crops comes from the training region of the stardist
  2018-DSB nuclei image (``load_source("nuclei")``, everything outside the held-out rectangle);
- arm (ii) real + synthetic: the same number of steps and the same batch size, but ``--synthetic-fraction``
  of every batch (default half) comes from K synthetic images of ``nesy.micro.synth.synthetic(K, seed)``
  with their exact instance masks.

Both are scored on the held-out 256×256 rectangle (rows/cols 256:512), run fully convolutionally: pixel
Dice and object F1 at IoU ≥ 0.5 and ≥ 0.3 (one-to-one Hungarian matching). The table gives the mean ±
the half-width of a 95 % t-interval over seeds for each arm and for the paired difference (ii − i).
The synthetic set is drawn once (``--synth-seed``) and shared by all seeds unless ``--resample-synthetic``;
``--synthetic-cache set.npz`` stores it for later runs. ``synthetic()`` keeps only renders that pass nesy's
verifier by default; ``--unverified`` keeps every first render with its conditioning layout's exact mask
(with the first trained weights none of 24 renders in a trial passed, so the study used ``--unverified``).
One torch thread by default: on a busy 2-core machine two threads were 8× slower per step.
Caveat: the shipped ground truth leaves a few dim nuclei unlabelled; both arms are scored against it alike.
"""
from __future__ import annotations

import argparse
import json
import math
import platform
import sys
import time
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

METRICS = ("dice", "f1@0.5", "f1@0.3")
NAMES = {"dice": "Dice", "f1@0.5": "object F1 @IoU≥0.5", "f1@0.3": "object F1 @IoU≥0.3"}


def t_interval(xs: Sequence[float]) -> tuple[float, float]:
    """(mean, half-width of the two-sided 95 % Student-t interval); half-width NaN for one value."""
    x = np.asarray(xs, float)
    if len(x) < 2:
        return float(x.mean()) if len(x) else math.nan, math.nan
    from scipy.stats import t
    return float(x.mean()), float(t.ppf(0.975, len(x) - 1) * x.std(ddof=1) / math.sqrt(len(x)))


def _fmt(m: float, h: float, signed: bool = False) -> str:
    s = f"{m:+.3f}" if signed else f"{m:.3f}"
    return s if math.isnan(h) else f"{s} ± {h:.3f}"


def load_synthetic(k: int, seed: int, cache: str | None = None, model: str | None = None,
                   verified: bool = True) -> tuple[list[tuple[np.ndarray, np.ndarray]], float]:
    """K synthetic (uint8 image, int32 labels) pairs from ``nesy.micro.synth.synthetic`` and the seconds it took
    (0 when read from ``cache``, an .npz written by an earlier run with the same K, seed and model).
    ``model``: a model folder for ``MicroscopyRenderer`` (default: the weights shipped in the package).
    ``verified=False`` keeps every first render, also those nesy's verifier rejects (``synthetic(verified=False)``)."""
    if cache and Path(cache).exists():
        z = np.load(cache)
        if (int(z["k"]) == k and int(z["seed"]) == seed and str(z["model"]) == str(model)
                and bool(z["verified"]) == verified):
            return list(zip(list(z["images"]), list(z["labels"]))), 0.0
    try:
        from nesy.micro.synth import synthetic
    except ImportError as e:
        raise SystemExit(
            f"bench_segmenter: arm (ii) needs nesy's synthetic generator `from nesy.micro.synth import synthetic`, "
            f"which could not be imported ({e}). Run with --synthetic 0 for the real-only arm alone.") from e
    from nesy.errors import NesyError
    t0 = time.perf_counter()
    try:
        kw: dict[str, Any] = {} if verified else {"verified": False}
        if model:
            from nesy.micro.renderer import MicroscopyRenderer
            kw["renderer"] = MicroscopyRenderer(model)
        pairs = synthetic(k, seed, **kw)
    except NesyError as e:
        raise SystemExit(f"bench_segmenter: nesy could not generate the synthetic images: {e}") from e
    dt = time.perf_counter() - t0
    out = []
    for img, lab in pairs:
        img, lab = np.asarray(img), np.asarray(lab)
        if img.dtype != np.uint8 or img.ndim != 2 or lab.shape != img.shape:
            raise SystemExit(f"bench_segmenter: synthetic() must give (uint8 (H, W), int (H, W)) pairs, "
                             f"got {img.dtype} {img.shape} and {lab.dtype} {lab.shape}")
        out.append((img, lab.astype(np.int32)))
    if not out:
        raise SystemExit(f"bench_segmenter: synthetic({k}, {seed}) gave no images (all failed verification?)")
    if len(out) < k:
        print(f"warning: synthetic({k}, {seed}) gave only {len(out)} verified images; using those", flush=True)
    if cache:
        np.savez_compressed(cache, k=k, seed=seed, model=str(model), verified=verified,
                            images=np.stack([p[0] for p in out]),
                            labels=np.stack([p[1] for p in out]))
    return out, dt


def run_study(seeds: Sequence[int], steps: int, synthetic_for: Callable[[int], list] | None, *,
              batch: int = 8, fraction: float = 0.5, threads: int | None = None,
              log: Callable[[str], None] = print) -> dict[str, Any]:
    """Train and score both arms for every seed. ``synthetic_for(seed)`` gives arm (ii)'s pairs (None: arm (i) only)."""
    from nesy.micro.data import load_source
    from nesy.micro.segmenter import SegmenterConfig, evaluate, train_segmenter
    src = load_source("nuclei")
    img, gt = src.held_out_image(), src.held_out_labels()
    cfg = SegmenterConfig(steps=steps, batch_size=batch, synthetic_fraction=fraction)
    arms = {"real": [], "real+synthetic": []} if synthetic_for else {"real": []}
    times = {a: [] for a in arms}
    for s in seeds:
        for arm in arms:
            syn = synthetic_for(s) if arm != "real" else None  # type: ignore[misc]
            model, info = train_segmenter(s, cfg, synthetic=syn, threads=threads)
            t0 = time.perf_counter()
            r = evaluate(model, img, gt)
            r.update(seed=s, train_seconds=info["seconds"], eval_seconds=time.perf_counter() - t0,
                     batch_real_synthetic=list(info["batch"]), final_loss=float(np.mean(info["losses"][-50:])))
            arms[arm].append(r)
            times[arm].append(info["seconds"])
            log(f"seed {s} {arm:15s} dice {r['dice']:.3f}  F1@0.5 {r['f1@0.5']:.3f}  F1@0.3 {r['f1@0.3']:.3f}  "
                f"pred {r['n_pred']}/{r['n_gt']}  {info['seconds']:.0f} s "
                f"({1000 * info['seconds'] / max(steps, 1):.0f} ms/step)")
    return {"arms": arms, "held_out": list(src.held_out), "n_gt": arms["real"][0]["n_gt"] if arms["real"] else None,
            "params": info["params"]}


def summarise(res: dict[str, Any]) -> dict[str, Any]:
    arms = res["arms"]
    summ: dict[str, Any] = {}
    for arm, rows in arms.items():
        summ[arm] = {m: dict(zip(("mean", "ci95"), t_interval([r[m] for r in rows]))) for m in METRICS}
    if "real+synthetic" in arms:
        a, b = arms["real"], arms["real+synthetic"]
        summ["difference"] = {m: dict(zip(("mean", "ci95"), t_interval([y[m] - x[m] for x, y in zip(a, b)])))
                              for m in METRICS}
    return summ


def table(summ: dict[str, Any], n: int) -> str:
    lines = [f"| arm (n = {n} seeds) | " + " | ".join(NAMES[m] for m in METRICS) + " |",
             "|---|" + "---|" * len(METRICS)]
    label = {"real": "(i) real only", "real+synthetic": "(ii) real + synthetic", "difference": "(ii) − (i), paired"}
    for arm in ("real", "real+synthetic", "difference"):
        if arm in summ:
            lines.append(f"| {label[arm]} | " + " | ".join(
                _fmt(summ[arm][m]["mean"], summ[arm][m]["ci95"], arm == "difference") for m in METRICS) + " |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seeds", type=int, default=5, help="number of seeds (0 … seeds-1)")
    ap.add_argument("--steps", type=int, default=600, help="training steps per arm and seed")
    ap.add_argument("--synthetic", type=int, default=16, help="K synthetic images for arm (ii); 0: arm (i) only")
    ap.add_argument("--synthetic-fraction", type=float, default=0.5,
                    help="share of every arm-(ii) batch that is synthetic")
    ap.add_argument("--batch", type=int, default=8)
    ap.add_argument("--synth-seed", type=int, default=0, help="seed of the synthetic set")
    ap.add_argument("--resample-synthetic", action="store_true",
                    help="draw a new synthetic set for every seed (synth-seed + seed) instead of one shared set")
    ap.add_argument("--synthetic-cache", help="an .npz to read/write the synthetic set (one shared set only)")
    ap.add_argument("--model", help="model folder for the synthetic images (default: nesy's shipped weights)")
    ap.add_argument("--unverified", action="store_true",
                    help="keep every synthetic render, also those nesy's verifier rejects (synthetic(verified=False))")
    ap.add_argument("--threads", type=int, default=1,
                    help="torch CPU threads (1: fastest on a shared 2-core machine; results depend on it)")
    ap.add_argument("--json", help="write all per-seed numbers and the summary here")
    args = ap.parse_args(argv)
    import warnings
    warnings.filterwarnings("ignore")
    import torch
    torch.set_num_threads(args.threads)
    t_start = time.perf_counter()
    gen_seconds = 0.0
    synthetic_for: Callable[[int], list] | None = None
    if args.synthetic > 0:
        if args.resample_synthetic:
            sets: dict[int, list] = {}

            def per_seed(s: int) -> list:
                nonlocal gen_seconds
                if s not in sets:
                    sets[s], dt = load_synthetic(args.synthetic, args.synth_seed + s, model=args.model,
                                                 verified=not args.unverified)
                    gen_seconds += dt
                return sets[s]
            per_seed(0)  # fail early when the generator is missing
            synthetic_for = per_seed
        else:
            shared, gen_seconds = load_synthetic(args.synthetic, args.synth_seed, args.synthetic_cache, args.model,
                                                 not args.unverified)
            print(f"synthetic set: {len(shared)} images {shared[0][0].shape}, "
                  f"{np.mean([len(np.unique(lab)) - 1 for _, lab in shared]):.1f} nuclei per image, "
                  f"generated in {gen_seconds:.0f} s", flush=True)
            synthetic_for = lambda s: shared  # noqa: E731
    res = run_study(range(args.seeds), args.steps, synthetic_for, batch=args.batch,
                    fraction=args.synthetic_fraction, threads=args.threads, log=lambda m: print(m, flush=True))
    wall = time.perf_counter() - t_start
    summ = summarise(res)
    print()
    print(table(summ, args.seeds))
    train_s = sum(r["train_seconds"] for rows in res["arms"].values() for r in rows)
    n_runs = sum(len(rows) for rows in res["arms"].values())
    print(f"\nheld-out region rows/cols {res['held_out']} of the stardist DSB-2018 nuclei image, {res['n_gt']} "
          f"ground-truth nuclei; U-Net {res['params']:,} parameters; {args.steps} steps × batch {args.batch} "
          f"(64×64 crops), arm (ii) {args.synthetic} synthetic images "
          f"({'unverified' if args.unverified else 'verified'}) at {args.synthetic_fraction:.0%} of each batch; "
          f"{args.threads} torch thread(s).")
    print(f"wall time {wall:.0f} s ({train_s:.0f} s training in {n_runs} runs, "
          f"{1000 * train_s / max(n_runs * args.steps, 1):.0f} ms/step; synthetic generation {gen_seconds:.0f} s)")
    if args.json:
        out = {"args": vars(args), "summary": summ, "per_seed": res["arms"], "held_out": res["held_out"],
               "n_gt": res["n_gt"], "params": res["params"], "wall_seconds": wall, "train_seconds": train_s,
               "synthetic_generation_seconds": gen_seconds, "torch": torch.__version__,
               "python": platform.python_version()}
        Path(args.json).write_text(json.dumps(out, indent=1))
        print(f"wrote {args.json}")


if __name__ == "__main__":
    main()
