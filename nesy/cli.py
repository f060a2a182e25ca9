"""Command line: ``nesy generate | explain | verify``. Imports nothing heavy until a command runs."""
from __future__ import annotations

import argparse
import json
import sys
from typing import Sequence

DEFAULT_TEXT = "A eukaryotic cell with one nucleus and four mitochondria outside the nucleus"


OMISSIONS_EXIT_CODE = 7  # a figure verified for what it shows, with phrases of the text not drawn

_SCIENCES = ("cell", "sets", "crystal", "astronomy", "optics", "geometry", "mechanics", "circuits", "automata",
             "microscopy")

_EXIT_CODES = """exit codes:
  0    verified figure written, showing everything the text states (generate), satisfiable (explain),
       image passed (verify)
  7    figure written and verified for what it shows, but phrases of the text are not drawn (each listed
       with its position and why; --strict refuses instead, --allow-unknown accepts them with exit 0)
  2    bad input: unread words under --strict (with their positions), a malformed spec or argument
  3    impossible specification: the conflicting phrases and a smallest fix are printed
  4    the solver ran past --timeout, or could not place the figure
  5    the figure failed verification in every round (outputs kept for inspection)
  6    the feature needs an optional extra that is not installed (the message names it)
  70   internal error (a bug in nesy: please report it with the command line)
  130  interrupted"""

_EXAMPLES = """examples:
  nesy generate -o out                         the default cell figure
  nesy generate "rock salt NaCl with a = 5.64 Å viewed along [001]" -o nacl
  nesy generate "A converging lens with focal length 10 cm and an object 3 cm tall placed 25 cm in front of it" -o lens
  nesy generate --spec out/scene.json -o again   a scene graph file instead of text
  nesy generate "a triangle ABC with AB = 5 cm, BC = 4 cm and a right angle at B" --pdf --dpi 300 -o tri
  nesy explain "a nucleus larger than the cell"     the conflict in your words and the smallest fix
  nesy verify out/figure.png --scene out/scene.json
  nesy bench --limit 5 --out bench_out         the benchmark, 5 items per science
  nesy serve                                   the debugging page on http://127.0.0.1:8765"""


def _parser() -> argparse.ArgumentParser:
    fmt = argparse.RawDescriptionHelpFormatter
    p = argparse.ArgumentParser(
        prog="nesy", formatter_class=fmt,
        description="Scientific figures from text that are provably right: parse → Z3 solve → exact render → "
        "pixel verify.\nSciences: " + ", ".join(_SCIENCES) + " (detected from the text; --domain forces one).",
        epilog=_EXAMPLES + "\n\n" + _EXIT_CODES)
    p.add_argument("--version", action="version", version="nesy 0.1.0")
    sub = p.add_subparsers(dest="cmd", metavar="COMMAND")
    g = sub.add_parser("generate", formatter_class=fmt, help="make a verified figure from text or a spec file",
                       description="Parse the text (or read --spec), solve the science's laws with Z3, draw the "
                       "figure exactly and verify it from its pixels; re-solve and redraw on a failed check. "
                       "Writes OUTDIR/figure.svg, figure.png, scene.json, layout.json, verdict.json, control/ "
                       "(segmentation and edge maps), the science's artifact (structure.cif, circuit.cir, …) and "
                       "manifest.json. Files of an earlier run in OUTDIR are replaced.",
                       epilog=_EXAMPLES + "\n\n" + _EXIT_CODES)
    g.add_argument("text", nargs="?", default=None, help=f"the description (default: {DEFAULT_TEXT!r})")
    g.add_argument("-o", "--out", default="out", metavar="OUTDIR", help="output folder (default: out)")
    g.add_argument("--seed", type=int, default=0, help="seed of the arrangement, 0 to 2**32-1 (default 0)")
    g.add_argument("--spec", metavar="FILE", help="a scene graph as YAML/JSON (e.g. a scene.json nesy wrote) "
                   "instead of text; validated against configs/scene.schema.json")
    g.add_argument("--domain", choices=_SCIENCES, metavar="SCIENCE",
                   help="the science: " + " | ".join(_SCIENCES) + " (default: detected from the text)")
    g.add_argument("--rounds", type=int, help="verify/re-solve rounds, 1–20 (default from the profile: 3)")
    g.add_argument("--timeout", type=float, metavar="SECONDS",
                   help="wall-clock budget of the whole run's solving, in seconds (default from the profile)")
    g.add_argument("--strict", action="store_true", help="refuse a text with phrases nesy cannot draw (exit 2) "
                   "instead of drawing the rest and listing them (exit 7)")
    g.add_argument("--allow-unknown", action="store_true", help="accept a figure that leaves phrases out: exit 0 "
                   "(they are still listed, and recorded in verdict.json)")
    g.add_argument("--no-controls", action="store_true", help="skip the control maps")
    g.add_argument("--pdf", action="store_true", help="also write figure.pdf: vector, text as text (embedded "
                   "DejaVu Sans), the figure's natural size")
    g.add_argument("--dpi", type=float, metavar="D", help="also write figure-print.png, anti-aliased, D dots per "
                   "inch at the figure's natural size (1 SVG px = 1/96 in), 10–2400")
    g.add_argument("--width", type=int, metavar="PX", help="also write figure-print.png, anti-aliased, PX pixels "
                   "wide (instead of --dpi)")
    g.add_argument("--palette", choices=("colour", "grey"), default=None,
                   help="colour: the colour-blind-safe palette (default); grey: shades of grey for black-and-white "
                   "print")
    g.add_argument("--symbols", choices=("ieee", "iec"), default=None,
                   help="circuit symbols: ieee (zig-zag resistors, the default) or iec (rectangles)")
    g.add_argument("--renderer", choices=("exact", "diffusion"), default="exact",
                   help="exact: the symbolic SVG/PNG (default); diffusion: a ControlNet diffusion model "
                   "conditioned on the layout's control maps, verified the same way (nesy's own trained model "
                   "for microscopy by default; --model/--controlnet for a local SD-1.5 + ControlNet); needs "
                   "pip install 'nesy[diffusion]'")
    g.add_argument("--model", metavar="DIR", help="(diffusion) a local SD-1.5 pipeline folder (with "
                   "--controlnet), or a `nesy train` folder; diffusers layout, safetensors")
    g.add_argument("--controlnet", metavar="DIR", help="(diffusion) a local ControlNet folder, diffusers "
                   "layout, safetensors")
    g.add_argument("--control", choices=("segmentation", "canny", "lineart"), default=None,
                   help="(diffusion, with --controlnet) the kind of map the ControlNet was trained on: segmentation "
                   "(nesy's class map, default), canny (edges of the exact figure) or lineart (its strokes, white "
                   "on black); layout/controls.yaml says what each draws")
    g.add_argument("--device", choices=("cuda", "cpu"), help="(diffusion) default: cuda when available")
    g.add_argument("--steps", type=int, metavar="N", help="(diffusion) denoising steps (default 20)")
    e = sub.add_parser("explain", formatter_class=fmt,
                       help="say why a description is impossible, or summarise its layout",
                       description="Solve without drawing: print the conflicting phrases of an impossible "
                       "description, the laws involved and the smallest fix; or 'satisfiable' with a summary.",
                       epilog=_EXIT_CODES)
    e.add_argument("text", help="the description")
    e.add_argument("--domain", choices=_SCIENCES, metavar="SCIENCE",
                   help="the science: " + " | ".join(_SCIENCES) + " (default: detected from the text)")
    e.add_argument("--strict", action="store_true", help="refuse a text with phrases nesy cannot draw (exit 2)")
    e.add_argument("--allow-unknown", action="store_true", help="(accepted for compatibility; unread phrases are "
                   "listed either way)")
    e.add_argument("--timeout", type=float, default=20.0, metavar="SECONDS",
                   help="wall-clock budget of the solve, in seconds (default 20)")
    e.add_argument("--json", action="store_true", help="print the result as JSON")
    for name, (_, helptext) in _TOOLS.items():
        sub.add_parser(name, help=helptext, add_help=False)
    v = sub.add_parser("verify", formatter_class=fmt, help="check an image against a scene graph",
                       description="Check every law and relation of a scene graph on what an image shows "
                       "(nesy's exact figures, any size up to the documented limit).", epilog=_EXIT_CODES)
    v.add_argument("image", help="the image file (PNG or JPEG)")
    v.add_argument("--scene", required=True, metavar="FILE", help="the scene graph (a scene.json nesy wrote, or "
                   "a YAML/JSON spec)")
    v.add_argument("--json", action="store_true", help="print the whole verdict as JSON")
    return p


# Sub-tools with their own argument parsers (``nesy bench …``, ``nesy serve …``), loaded on use.
_TOOLS = {"dataset": ("nesy.dataset.cli", "make a dataset of verified figures with scene graphs, masks and question-answer "
                      "pairs (process pool or Ray)"),
          "bench": ("nesy.bench", "run the compositional-correctness benchmark, or score other generators' images"),
          "serve": ("nesy.serve", "start the local debugging web page (127.0.0.1)"),
          "train": ("nesy.train", "train one of nesy's own models (--model microscopy: the compact ControlNet "
                    "model, needs nesy[microscopy])")}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # this process is nesy's own: spaCy may skip thinc's (slow, unused) torch probe
    from .parse import nlp as _nlp
    _nlp.SKIP_BACKEND_PROBE = True
    if argv and argv[0] in _TOOLS:
        return _guarded(lambda: _tool(argv))
    args = _parser().parse_args(argv)
    if args.cmd is None:
        _parser().print_help()
        return 0
    return _guarded(lambda: _command(args))


def _guarded(run) -> int:
    """Run a command: nesy errors print one clear line and their exit code; anything else is a bug,
    reported in one line (NESY_DEBUG=1 shows the traceback)."""
    import os
    from .errors import NesyError
    try:
        return int(run() or 0)
    except NesyError as e:
        print(f"nesy: error: {e}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        print("nesy: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as e:  # noqa: BLE001 - the user gets one line, never a traceback
        if os.environ.get("NESY_DEBUG"):
            raise
        print(f"nesy: internal error: {type(e).__name__}: {str(e)[:300]} — this is a bug in nesy; please report "
              "the command line (NESY_DEBUG=1 shows the traceback)", file=sys.stderr)
        return 70


def _tool(argv: list[str]) -> int:
    import importlib
    import importlib.util
    mod, _ = _TOOLS[argv[0]]
    if importlib.util.find_spec(mod) is None:
        print(f"nesy: error: '{argv[0]}' is not available in this installation", file=sys.stderr)
        return 2
    return int(importlib.import_module(mod).main(argv[1:]) or 0)


def _command(args) -> int:
    from .errors import UnsatisfiableError
    if args.cmd == "generate":
        return _generate(args)
    if args.cmd == "explain":
        from .pipeline import explain
        res = explain(args.text, domain=args.domain, allow_unknown=args.allow_unknown, timeout_s=args.timeout,
                      strict=args.strict)
        if args.json:
            from .types import plain
            print(json.dumps(plain(res), indent=1, ensure_ascii=False))
        elif res["satisfiable"]:
            ents = ", ".join(f"{n} {k}" for k, n in res["entities"].items())
            print(f"satisfiable: {ents}; {res['relations']} relation(s); canvas "
                  f"{res['canvas'][0]}×{res['canvas'][1]} px; solved in {res['solve'].get('solve_s', 0):.3f} s")
        else:
            print(res["message"])
            if res.get("fixed_text"):
                print(f"fixed text (checked satisfiable): {res['fixed_text']['text']}")
        if not args.json:
            from .parse.repairs import kind_of
            from .types import Correction
            for c in res.get("corrections", []):
                print(f"{kind_of(Correction.from_dict(c))}: {Correction.from_dict(c)}")
            for n in res.get("not_drawn", []):
                print(f"not drawn: '{n['text']}' at {n['start']}-{n['end']} ({n['why']})")
            for n in res.get("no_content", []):
                print(f"no content: '{n['text']}' at {n['start']}-{n['end']} ({n['why']})")
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
            n, bad = len(verdict.checks), len(verdict.failed())
            print(f"passed: all {n} checks" if verdict.passed else
                  f"failed: {bad} of {n} checks failed" if n else "failed: no check could be made")
        return 0 if verdict.passed else 5
    return 2


def _generate(args) -> int:
    import warnings
    warnings.filterwarnings("ignore")
    from .errors import NesyError, UnsatisfiableError, VerificationFailedError
    from .pipeline import check_out_dir, check_timeout, generate, load_spec
    check_out_dir(args.out)  # before any work: an -o naming a file fails now, not after the solve
    if args.timeout is not None:
        check_timeout(args.timeout)
    from .render.export import check_export
    check_export(args.dpi, args.width)
    renderer = None
    if args.renderer == "diffusion":
        if args.controlnet:
            if not args.model:
                print("nesy: error: --controlnet needs --model (a local Stable Diffusion 1.5 pipeline folder)",
                      file=sys.stderr)
                return 2
            from .render.diffusion import DiffusionRenderer
            renderer = DiffusionRenderer(args.model, args.controlnet, device=args.device,
                                         control_type=args.control or "segmentation",
                                         **({} if args.steps is None else {"steps": args.steps}))
        elif args.control is not None:
            print("nesy: error: --control applies to a stock ControlNet (--model with --controlnet); nesy's own "
                  "microscopy model reads its own class map", file=sys.stderr)
            return 2
        else:
            # nesy's own compact ControlNet model (microscopy): shipped weights, or a `nesy train` folder.
            from .micro.renderer import MicroscopyRenderer
            renderer = MicroscopyRenderer(args.model, device=args.device, steps=args.steps)
    elif any(v is not None for v in (args.model, args.controlnet, args.device, args.steps, args.control)):
        print("nesy: error: --model, --controlnet, --control, --device and --steps apply only with --renderer "
              "diffusion", file=sys.stderr)
        return 2
    scene = load_spec(args.spec) if args.spec else None
    text = args.text if (args.text is not None or scene is not None) else DEFAULT_TEXT
    try:
        res = generate(None if scene is not None else text, scene=scene, domain=args.domain, seed=args.seed,
                       rounds=args.rounds, timeout_s=args.timeout, allow_unknown=args.allow_unknown,
                       controls=not args.no_controls, out_dir=args.out, renderer=renderer, pdf=args.pdf,
                       dpi=args.dpi, width=args.width, strict=args.strict, palette=args.palette,
                       symbols=args.symbols)
    except VerificationFailedError as e:
        print(f"nesy: error: {e} (outputs written to {args.out}/ for inspection)", file=sys.stderr)
        return e.exit_code
    except UnsatisfiableError as e:
        fixed = None
        if scene is None:  # the smallest fix as an edit of the text, checked satisfiable (nesy.fix)
            from .pipeline import explain
            try:
                fixed = explain(text, domain=args.domain, strict=args.strict).get("fixed_text")
            except NesyError:
                fixed = None
        print(f"nesy: error: {e}" + (f"; fixed text (checked satisfiable): {fixed['text']}" if fixed else ""),
              file=sys.stderr)
        return e.exit_code
    v = res.verdict
    print(f"{'verified' if res.complete else 'verified what is drawn'}: {len(v.checks)} checks passed in "
          f"{v.rounds} round(s); "
          f"{len(res.scene.entities)} entities, {len(res.scene.relations)} relations; "
          f"{res.timings['total_s']:.2f} s → {args.out}/figure.png")
    pr = _print_copy(args.out)
    if pr is not None and pr.get("not_checked"):
        print(f"warning: figure-print.png was not checked at its size: {pr['not_checked']}; figure.png and "
              "figure.svg are the verified figure", file=sys.stderr)
    elif pr is not None and not pr.get("verified", True):
        print(f"warning: figure-print.png ({pr['width']} × {pr['height']} px) did not pass nesy's checks at that "
              f"size ({', '.join(pr['failed_checks'][:3])}); figure.png and figure.svg are the verified figure",
              file=sys.stderr)
    from .parse.repairs import kind_of
    for c in res.scene.corrections:
        print(f"{kind_of(c)}: {c}", file=sys.stderr)
    if not res.complete:
        print(f"not drawn ({len(res.not_drawn)} phrase{'s' if len(res.not_drawn) > 1 else ''}; the figure is not "
              "complete, see verdict.json):", file=sys.stderr)
        for n in res.not_drawn:
            print(f"  {n}", file=sys.stderr)
        return 0 if args.allow_unknown else OMISSIONS_EXIT_CODE
    return 0


def _print_copy(out: str) -> dict | None:
    """What manifest.json says about figure-print.png, when one was written."""
    import pathlib
    try:
        man = json.loads((pathlib.Path(out) / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return man.get("exports", {}).get("figure-print.png")


if __name__ == "__main__":
    raise SystemExit(main())
