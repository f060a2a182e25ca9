"""``nesy train``: train nesy's compact microscopy ControlNet model, or refit the nucleus distributions."""
from __future__ import annotations

import argparse
import sys
from typing import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        prog="nesy train", description="Train nesy's compact ControlNet diffusion model for microscopy on the "
        "real images of configs/microscopy_data.yaml (training regions only; nothing is downloaded). "
        "Settings: configs/microscopy_model.yaml. The shipped weights were made with "
        "`nesy train --out nesy/weights/microscopy`.")
    p.add_argument("--out", default="nesy-model", help="output folder, diffusers layout (default: nesy-model)")
    p.add_argument("--steps", type=int, help="training steps (default from the config)")
    p.add_argument("--seed", type=int, help="seed (default from the config)")
    p.add_argument("--batch-size", type=int, metavar="N", help="crops per step (default from the config)")
    p.add_argument("--checkpoint-every", type=int, default=0, metavar="N",
                   help="also save the EMA weights every N steps, to OUT-stepN/ (default: only at the end)")
    p.add_argument("--device", choices=("cpu", "cuda"), default=None, help="default: cuda when available")
    p.add_argument("--fit-only", action="store_true",
                   help="only refit the nucleus size/shape/spacing laws (what solvers/microscopy_fitted.yaml holds)")
    p.add_argument("--fit-out", default="microscopy_fitted.yaml", metavar="FILE",
                   help="(--fit-only) where to write the fit (default: ./microscopy_fitted.yaml; in a checkout, "
                   "solvers/microscopy_fitted.yaml replaces the shipped laws). Nothing is written into the "
                   "installed package.")
    args = p.parse_args(list(sys.argv[1:] if argv is None else argv))
    from ..errors import InputError, require_extra, require_writable
    if args.fit_only:
        require_writable(args.fit_out, folder=False, option="--fit-out")
        from .fit import write_fitted
        print(f"wrote {write_fitted(args.fit_out)}")
        return 0
    for mod in ("torch", "diffusers", "safetensors", "stardist"):
        require_extra(mod, "microscopy", "nesy train")
    import warnings
    warnings.filterwarnings("ignore")
    import torch
    if args.device == "cuda" and not torch.cuda.is_available():
        raise InputError("device 'cuda' was asked for, but torch sees no CUDA device here; use --device cpu")
    device = args.device or ("cuda" if torch.cuda.is_available() else "cpu")
    require_writable(args.out, folder=True, option="--out")
    from .model import model_config, train
    config = None
    if args.batch_size is not None:
        if args.batch_size < 1:
            raise InputError(f"--batch-size must be at least 1, got {args.batch_size}")
        config = model_config()
        config = {**config, "training": {**config["training"], "batch_size": args.batch_size}}
    out = train(args.out, steps=args.steps, seed=args.seed, device=device, config=config,
                checkpoint_every=max(0, args.checkpoint_every))
    print(f"wrote {out}/ (safetensors); use it with: nesy generate --renderer diffusion --model {out} ...")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
