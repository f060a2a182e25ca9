"""Figures drawn by other tools (issue 10): does each science's verifier accept a correct figure drawn by
matplotlib / schemdraw / graphviz in their own layout and colours, and catch the same figure with one
injected error — clean and degraded?

Cases come from ``benchmarks/other_tools/<science>.py`` (interface in that folder's README). Each text is
read by ``nesy.pipeline.parse``; its figure is drawn by the other tool, correct and with each error, then
degraded (``nesy.see.degrade``) and verified from its pixels alone by the science's verifier
(``nesy.registry.get_domain(science).verify``).

    python benchmarks/bench_other_tools.py [--sciences cell,sets] [--styles clean,blur1,jpeg90,resize0.5]
                                           [--json out.json] [-v] [--root benchmarks/other_tools_heldout]

Prints per science × tool/style × degradation: correct accepted / correct, wrong caught / wrong, and the
mean verify time; ``-v`` lists every miss with the failed checks.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent / "other_tools"
DEGRADE = ("clean", "blur1", "jpeg90", "resize0.5")


def modules(only: set[str] | None = None, root: Path = ROOT) -> list:
    out = []
    for f in sorted(Path(root).glob("*.py")):
        if f.name.startswith("_"):
            continue
        spec = importlib.util.spec_from_file_location(f"other_tools_{f.stem}", f)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        if not hasattr(mod, "SCIENCE") or not hasattr(mod, "cases"):
            continue   # a helper script beside the case modules (a set's determinism check), no cases
        if only is None or mod.SCIENCE in only:
            out.append(mod)
    return out


def run(sciences: set[str] | None = None, styles: tuple[str, ...] = DEGRADE, verbose: bool = False,
        root: Path = ROOT) -> dict:
    from nesy.pipeline import parse
    from nesy.registry import get_domain
    from nesy.see.degrade import degrade
    table: dict[str, dict] = {}
    misses: list[dict] = []
    for mod in modules(sciences, root):
        dom = get_domain(mod.SCIENCE)
        for case in mod.cases():
            try:
                scene = parse(case["text"], domain=mod.SCIENCE, allow_unknown=True)
            except Exception as e:  # noqa: BLE001 — a text nesy cannot read is a miss, said once
                misses.append({"id": case["id"], "why": f"parse: {type(e).__name__}: {e}"[:300]})
                continue
            figs = [(None, case["draw"](None))] + [(w, case["draw"](w)) for w in case.get("wrongs", [])]
            for wrong, png in figs:
                for st in styles:
                    data = degrade(png, st)
                    t = time.perf_counter()
                    try:
                        v = dom.verify(data, scene)
                        ok, failed = v.passed, [f"{c.law}{tuple(c.args)}: {c.observed}" for c in v.failed()][:6]
                    except Exception as e:  # noqa: BLE001 — a crash is reported as such, never as a pass
                        ok, failed = False, [f"CRASH {type(e).__name__}: {e}"[:200]]
                    dt = time.perf_counter() - t
                    key = f"{mod.SCIENCE} | {case['tool']}/{case['style']}"
                    row = table.setdefault(key, {}).setdefault(st, {"acc": 0, "n_ok": 0, "caught": 0, "n_wrong": 0,
                                                                    "t": [], "crash": 0})
                    row["t"].append(dt)
                    row["crash"] += any(f.startswith("CRASH") for f in failed)
                    if wrong is None:
                        row["n_ok"] += 1
                        row["acc"] += ok
                        if not ok:
                            misses.append({"id": case["id"], "style": st, "kind": "correct rejected", "failed": failed})
                    else:
                        row["n_wrong"] += 1
                        row["caught"] += not ok
                        if ok:
                            misses.append({"id": case["id"], "style": st, "kind": f"wrong passed ({wrong})"})
    if verbose:
        for m in misses:
            print("  miss:", json.dumps(m), file=sys.stderr)
    return {"table": table, "misses": misses}


def report(res: dict, styles: tuple[str, ...]) -> str:
    lines = ["| science · tool/style | " + " | ".join(styles) + " | verify s (mean) |",
             "|---" * (len(styles) + 2) + "|"]
    for key, row in sorted(res["table"].items()):
        cells = []
        ts = []
        for st in styles:
            r = row.get(st)
            if not r:
                cells.append("-")
                continue
            ts += r["t"]
            c = f"{r['acc']}/{r['n_ok']} ok, {r['caught']}/{r['n_wrong']} caught"
            cells.append(c + (f", {r['crash']} crash" if r["crash"] else ""))
        lines.append(f"| {key} | " + " | ".join(cells) + f" | {sum(ts) / max(len(ts), 1):.2f} |")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sciences", help="comma-separated sciences (default: every module)")
    ap.add_argument("--styles", default=",".join(DEGRADE), help="degradations of nesy.see.degrade.STYLES")
    ap.add_argument("--json", help="write the full results here")
    ap.add_argument("-v", action="store_true", help="list every miss on stderr")
    ap.add_argument("--root", default=str(ROOT),
                    help="folder of case modules (default benchmarks/other_tools; a held-out set lives in its own)")
    a = ap.parse_args()
    styles = tuple(a.styles.split(","))
    res = run(set(a.sciences.split(",")) if a.sciences else None, styles, a.v, Path(a.root))
    print(report(res, styles))
    if a.json:
        for row in res["table"].values():
            for r in row.values():
                r["t"] = round(sum(r["t"]) / max(len(r["t"]), 1), 4)
        Path(a.json).write_text(json.dumps(res, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
