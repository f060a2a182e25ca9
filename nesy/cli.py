"""Command line: ``nesy generate | explain | verify``. Imports nothing heavy until a command runs."""
from __future__ import annotations

import argparse
import json
import sys
from typing import Sequence

DEFAULT_TEXT = "A eukaryotic cell with one nucleus and four mitochondria outside the nucleus"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="nesy", description="Scientific figures from text that are provably "
                                "right: parse → Z3 solve → exact render → pixel verify.")
    p.add_argument("--version", action="version", version="nesy 0.1.0")
    sub = p.add_subparsers(dest="cmd", metavar="COMMAND")
    g = sub.add_parser("generate", help="make a verified figure from text or a spec file")
    g.add_argument("text", nargs="?", default=None, help=f"the description (default: {DEFAULT_TEXT!r})")
    g.add_argument("-o", "--out", default="out", help="output folder (default: out)")
    g.add_argument("--seed", type=int, default=0, help="seed of the arrangement (default 0)")
    g.add_argument("--spec", help="a scene graph as YAML/JSON instead of text")
    g.add_argument("--domain", help="cell | sets | crystal (default: detected from the text)")
    g.add_argument("--rounds", type=int, help="verify/re-solve rounds (default from the profile)")
    g.add_argument("--timeout", type=float, help="seconds per solver call (default from the profile)")
    g.add_argument("--allow-unknown", action="store_true", help="ignore unknown words (they are listed)")
    g.add_argument("--no-controls", action="store_true", help="skip the control maps")
    g.add_argument("--renderer", choices=("exact", "diffusion"), default="exact",
                   help="exact: the symbolic SVG/PNG (default); diffusion: a ControlNet diffusion model "
                   "conditioned on the layout's control maps, verified the same way (nesy's own trained model "
                   "for microscopy by default; --model/--controlnet for a local SD-1.5 + ControlNet)")
    g.add_argument("--model", metavar="DIR", help="(diffusion) a local SD-1.5 pipeline folder (with "
                   "--controlnet), or a `nesy train` folder; diffusers layout, safetensors")
    g.add_argument("--controlnet", metavar="DIR", help="(diffusion) a local ControlNet folder, diffusers "
                   "layout, safetensors")
    g.add_argument("--device", choices=("cuda", "cpu"), help="(diffusion) default: cuda when available")
    g.add_argument("--steps", type=int, metavar="N", help="(diffusion) denoising steps (default 20)")
    e = sub.add_parser("explain", help="say why a description is impossible, or summarise its layout")
    e.add_argument("text")
    e.add_argument("--domain")
    e.add_argument("--allow-unknown", action="store_true")
    e.add_argument("--json", action="store_true", help="print JSON")
    for name, (_, helptext) in _TOOLS.items():
        sub.add_parser(name, help=helptext, add_help=False)
    v = sub.add_parser("verify", help="check an image against a scene graph")
    v.add_argument("image")
    v.add_argument("--scene", required=True, help="scene.json")
    v.add_argument("--json", action="store_true", help="print the whole verdict as JSON")
    return p


# Sub-tools with their own argument parsers (``nesy bench …``, ``nesy serve …``), loaded on use.
_TOOLS = {"bench": ("nesy.bench", "run the compositional-correctness benchmark, or score other generators' images"),
          "serve": ("nesy.serve", "start the local debugging web page (127.0.0.1)"),
          "train": ("nesy.micro.cli", "train nesy's compact microscopy ControlNet model on the real images")}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in _TOOLS:
        import importlib
        import importlib.util
        mod, _ = _TOOLS[argv[0]]
        if importlib.util.find_spec(mod) is None:
            print(f"nesy: error: '{argv[0]}' is not available in this installation", file=sys.stderr)
            return 2
        from .errors import NesyError
        try:
            return int(importlib.import_module(mod).main(argv[1:]) or 0)
        except NesyError as e:
            print(f"nesy: error: {e}", file=sys.stderr)
            return e.exit_code
    args = _parser().parse_args(argv)
    if args.cmd is None:
        _parser().print_help()
        return 0
    from .errors import NesyError, UnsatisfiableError
    try:
        if args.cmd == "generate":
            return _generate(args)
        if args.cmd == "explain":
            from .pipeline import explain
            res = explain(args.text, domain=args.domain, allow_unknown=args.allow_unknown)
            if args.json:
                print(json.dumps(res, indent=1, ensure_ascii=False))
            elif res["satisfiable"]:
                ents = ", ".join(f"{n} {k}" for k, n in res["entities"].items())
                print(f"satisfiable: {ents}; {res['relations']} relation(s); canvas "
                      f"{res['canvas'][0]}×{res['canvas'][1]} px; solved in {res['solve'].get('solve_s', 0):.3f} s")
            else:
                print(res["message"])
            return 0 if res["satisfiable"] else UnsatisfiableError.exit_code
        if args.cmd == "verify":
            from .pipeline import verify_image
            verdict = verify_image(args.image, args.scene)
            if args.json:
                print(json.dumps(verdict.to_dict(), indent=1))
            else:
                for c in verdict.checks:
                    if not c.passed:
                        print(f"FAIL {c.law}({', '.join(c.args)}): observed {c.observed}, expected "
                              f"{c.expected} ± {c.tolerance}")
                print(f"{'passed' if verdict.passed else 'failed'}: "
                      f"{len(verdict.checks) - len(verdict.failed())}/{len(verdict.checks)} checks")
            return 0 if verdict.passed else 5
    except NesyError as e:
        print(f"nesy: error: {e}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        print("nesy: interrupted", file=sys.stderr)
        return 130
    return 2


def _generate(args) -> int:
    import warnings
    warnings.filterwarnings("ignore")
    from .errors import VerificationFailedError
    from .pipeline import generate, load_spec
    renderer = None
    if args.renderer == "diffusion":
        if args.controlnet:
            if not args.model:
                print("nesy: error: --controlnet needs --model (a local Stable Diffusion 1.5 pipeline folder)",
                      file=sys.stderr)
                return 2
            from .render.diffusion import DiffusionRenderer
            renderer = DiffusionRenderer(args.model, args.controlnet, device=args.device,
                                         **({} if args.steps is None else {"steps": args.steps}))
        else:
            # nesy's own compact ControlNet model (microscopy): shipped weights, or a `nesy train` folder.
            from .micro.renderer import MicroscopyRenderer
            renderer = MicroscopyRenderer(args.model, device=args.device, steps=args.steps)
    elif any(v is not None for v in (args.model, args.controlnet, args.device, args.steps)):
        print("nesy: error: --model, --controlnet, --device and --steps apply only with --renderer "
              "diffusion", file=sys.stderr)
        return 2
    scene = load_spec(args.spec) if args.spec else None
    text = args.text if (args.text is not None or scene is not None) else DEFAULT_TEXT
    try:
        res = generate(None if scene is not None else text, scene=scene, domain=args.domain, seed=args.seed,
                       rounds=args.rounds, timeout_s=args.timeout, allow_unknown=args.allow_unknown,
                       controls=not args.no_controls, out_dir=args.out, renderer=renderer)
    except VerificationFailedError as e:
        print(f"nesy: error: {e} (outputs written to {args.out}/ for inspection)", file=sys.stderr)
        return e.exit_code
    v = res.verdict
    print(f"verified: {len(v.checks)} checks passed in {v.rounds} round(s); "
          f"{len(res.scene.entities)} entities, {len(res.scene.relations)} relations; "
          f"{res.timings['total_s']:.2f} s → {args.out}/figure.png")
    if res.scene.unknown:
        print("ignored unknown words: " + ", ".join(f"'{s.text}' at {s.start}-{s.end}" for s in res.scene.unknown),
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
