"""Microscopy realism (issue 10): is nesy's micrograph a micrograph, and does the verifier tell one from a mask?

    python benchmarks/bench_micro_realism.py [--seeds 8]

1. The four statistics of ``nesy.micro.realism.image_stats`` (background, contrast, noise, texture; uint8
   grey) on the real held-out DSB-2018 region, nesy's painted figure, the flat schematic (what nesy drew
   before: a mask), a washed-out copy and degraded copies, with the verifier's accepted range and verdict.
2. The verifier on painted figures of the README example (25 nuclei, touching, a binucleate cell) under
   acquisition changes, ``--seeds`` layouts each: blur σ = 1, nuclei dimmed, noise added, all three.
3. ``nesy generate`` on every microscopy prompt of ``benchmarks/prompts/microscopy.yaml`` × 3 seeds.
"""
from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

EX = ("a fluorescence micrograph of 25 nuclei, three of them touching, the rest well separated, one large "
      "binucleate cell in the centre")


def _png(g: np.ndarray) -> bytes:
    from PIL import Image
    buf = io.BytesIO()
    Image.fromarray(np.clip(g, 0, 255).astype(np.uint8)).save(buf, format="PNG")
    return buf.getvalue()


def _gray(png: bytes) -> np.ndarray:
    from PIL import Image
    return np.asarray(Image.open(io.BytesIO(png)).convert("L")).astype(float)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", type=int, default=8)
    args = ap.parse_args()
    import yaml
    from skimage.filters import gaussian
    from nesy.domains.microscopy import fitted
    from nesy.micro.masks import label_image
    from nesy.micro.realism import allowed, image_stats
    from nesy.micro.segment import analyse
    from nesy.registry import get_domain
    from nesy.render.svg import render_layout
    from nesy.resources import load_yaml
    from nesy.see.degrade import degrade
    D = get_domain("microscopy")
    rng_ok = allowed(fitted()["realism"], load_yaml("solvers", "microscopy.yaml")["realism"])
    scene = D.parse(EX)
    layout = D.solve(scene, seed=0)
    painted = D.render(layout, scene, controls=False).png
    rows = {"painted (figure.png)": painted, "flat schematic (a mask)": render_layout(layout, controls=False).png,
            "washed out (128 + 0.25 × painted)": _png(128 + 0.25 * _gray(painted))}
    for st in ("blur1", "jpeg75", "resize0.5"):
        rows[f"painted, {st}"] = degrade(painted, st)
    try:
        from nesy.micro.data import load_source, to_uint8
        rows = {"real held-out DSB-2018 region": _png(to_uint8(load_source("nuclei").held_out_image())), **rows}
    except Exception as e:  # noqa: BLE001 - the microscopy extra is optional
        print(f"(real image unavailable: {e})")
    print("| image | background | contrast | noise | texture | verdict |\n|---|---|---|---|---|---|")
    print(f"| accepted range | {rng_ok['background'][0]:.0f}–{rng_ok['background'][1]:.0f} | "
          f"{rng_ok['contrast'][0]:.1f}–{rng_ok['contrast'][1]:.0f} | {rng_ok['noise'][0]:.2f}–{rng_ok['noise'][1]:.1f}"
          f" | {rng_ok['texture'][0]:.2f}–{rng_ok['texture'][1]:.1f} | |")
    for name, png in rows.items():
        g = _gray(png)
        st = image_stats(g, analyse(g.astype(np.uint8)).nuclei)
        v = D.verify(png, scene) if "real" not in name else None
        verdict = "—" if v is None else "passes" if v.passed else "fails " + ", ".join(
            sorted({c.law for c in v.failed()}))
        print(f"| {name} | {st['background']:.1f} | {st['contrast']:.1f} | {st['noise']:.2f} | {st['texture']:.2f} "
              f"| {verdict} |")

    print(f"\nverifier on painted figures of the example, {args.seeds} layouts (passed / layouts):")
    for label, dim, sigma in (("mild", 0.85, 12.75), ("strong", 0.6, 25.5)):
        counts = {k: 0 for k in ("clean", "blur", "dim", "noise", "all")}
        for seed in range(args.seeds):
            lay = D.solve(scene, seed=seed)
            f = _gray(D.render(lay, scene, controls=False).png)
            lab, _ = label_image(lay)
            rng = np.random.default_rng(7)
            for kind in counts:
                g = f.copy()
                if kind in ("blur", "all"):
                    g = gaussian(g, 1.0, preserve_range=True)
                if kind in ("dim", "all"):
                    sc = np.r_[1.0, rng.uniform(dim, 1.0, lab.max())]
                    g = np.where(lab > 0, g * sc[lab], g) + 10.0 * np.arange(g.shape[1])[None, :] / g.shape[1]
                if kind in ("noise", "all"):
                    g = g + rng.normal(0.0, sigma, g.shape)
                counts[kind] += D.verify(_png(g), scene, layout=lay).passed
        print(f"  {label} (nuclei {dim:.0%}–100 % bright + a 10-level ramp; noise σ = {sigma}): "
              + ", ".join(f"{k} {n}/{args.seeds}" for k, n in counts.items()))

    from nesy.pipeline import generate
    prompts = [p["text"] for p in yaml.safe_load((Path(__file__).parent / "prompts" / "microscopy.yaml").read_text())
               if p.get("expect") == "sat"]
    ok = first = n = 0
    for t in prompts:
        for seed in range(3):
            r = generate(t, seed=seed, controls=False, raise_on_fail=False, timeout_s=600)
            n += 1
            ok += r.passed
            first += r.passed and r.verdict.rounds == 1
    print(f"\nnesy generate, {len(prompts)} microscopy prompts × 3 seeds: {ok}/{n} verified ({first} in the first round)")


if __name__ == "__main__":
    main()
