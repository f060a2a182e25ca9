"""Reader robustness (issue 10): does each science's verifier still accept a correct figure, and still
catch a wrong one, once the PNG has been blurred, JPEG-compressed, resized or colour-shifted?

For each science: N figures of nesy's own suite (``benchmarks/suite/<science>.jsonl``) made and verified
by ``nesy.pipeline.generate``; wrong versions of each — ``nesy.bench.perturb`` for cell/sets/crystal
(move out of container, delete, duplicate) and, for every science, the layout with one drawn shape
removed or moved by 12 % of the canvas and re-rendered exactly (kept only where the verifier rejects
the *untouched* wrong PNG, so that "wrong" means wrong by the science's own checks). Every copy is
degraded in each style of ``nesy.see.degrade.STYLES`` and verified from its pixels alone.

    python benchmarks/bench_reader.py [--n 5] [--sciences cell,sets] [--json out.json] [--cache DIR]

Prints per science × style: % correct accepted, % wrong caught, and the mean reading (verify) time.
"""
from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SCIENCES = ("cell", "sets", "crystal", "astronomy", "optics", "geometry", "mechanics", "circuits", "automata")


def _suite(science: str) -> list[dict]:
    rows = [json.loads(l) for l in (ROOT / "suite" / f"{science}.jsonl").read_text().splitlines() if l.strip()]
    return [r for r in rows if r.get("expect", "sat") == "sat"]


def _figures(science: str, n: int, cache: Path | None) -> list[tuple]:
    """Up to ``n`` verified figures (png, scene, layout) of the science's suite."""
    f = cache / f"{science}-{n}.pkl" if cache else None
    if f and f.exists():
        return pickle.loads(f.read_bytes())
    from nesy.pipeline import generate
    out = []
    for row in _suite(science):
        if len(out) >= n:
            break
        try:
            res = generate(row["text"], domain=science, seed=0, controls=False, raise_on_fail=False, timeout_s=60)
        except Exception as e:  # noqa: BLE001 — a suite text that does not draw is skipped, said once
            print(f"  skip {row['id']}: {type(e).__name__}", file=sys.stderr)
            continue
        if res.passed:
            out.append((row["id"], res.rendering.png, res.scene, res.layout))
    if f:
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(pickle.dumps(out))
    return out


def _render(layout) -> bytes:
    from nesy.render.svg import render_layout
    return render_layout(layout, controls=False).png


def _wrongs(science: str, png: bytes, scene, layout, verify) -> list[tuple[str, bytes]]:
    """Wrong versions of one figure that the verifier rejects on their untouched PNG."""
    cands: list[tuple[str, bytes]] = []
    if science in ("cell", "sets", "crystal"):
        from nesy.bench.perturb import perturb
        for kind in ("move", "delete", "duplicate"):
            p = perturb(kind, png, scene, layout)
            if p is not None:
                cands.append((kind, p))
    # layout mutations: drop or move one shape (the first few that the science's checks notice)
    W, H = layout.width, layout.height
    shapes = list(layout.shapes)
    tried = 0
    for i, s in enumerate(shapes):
        if tried >= 2 or not s.id:
            break
        for kind in ("drop", "shift"):
            if kind == "drop":
                lay = replace(layout, shapes=tuple(shapes[:i] + shapes[i + 1:]))
            else:
                dx, dy = 0.12 * W, 0.12 * H
                box = (s.box[0] + dx, s.box[1] + dy, s.box[2] + dx, s.box[3] + dy)
                pts = tuple((x + dx, y + dy) for x, y in s.points)
                lay = replace(layout, shapes=tuple(shapes[:i] + [replace(s, box=box, points=pts)] + shapes[i + 1:]))
            try:
                p = _render(lay)
            except Exception:  # noqa: BLE001
                continue
            cands.append((f"{kind}:{s.id}", p))
        tried += 1
    if science == "circuits":
        # a component relabelled: its last digit changed ("R1" drawn as "R7", "9 V" as "7 V"): right
        # wiring, wrong text — what a template or OCR reader must catch
        labels = list(layout.labels)
        for i, lb in enumerate(labels):
            digits = [k for k, ch in enumerate(lb.text) if ch.isdigit()]
            if digits:
                k = digits[-1]
                t = lb.text[:k] + ("7" if lb.text[k] != "7" else "3") + lb.text[k + 1:]
                lay = replace(layout, labels=tuple(labels[:i] + [replace(lb, text=t)] + labels[i + 1:]))
                cands.insert(0, (f"relabel:{lb.text}->{t}", _render(lay)))
                break
    out = []
    for name, p in cands:
        try:
            if not verify(p, scene).passed:
                out.append((name, p))
        except Exception:  # noqa: BLE001 — an InputError on a wrong figure counts as caught
            out.append((name, p))
    return out[:5]


def run(sciences, n: int, cache: Path | None, styles=None) -> dict:
    from nesy.registry import get_domain
    from nesy.see.degrade import STYLES, degrade
    styles = styles or list(STYLES)
    table: dict = {}
    for sc in sciences:
        dom = get_domain(sc)

        def verify(p, scene, dom=dom):
            return dom.verify(p, scene)
        figs = _figures(sc, n, cache)
        t0 = time.perf_counter()
        wrongs = [_wrongs(sc, png, scene, lay, verify) for _, png, scene, lay in figs]
        print(f"{sc}: {len(figs)} figures, {sum(map(len, wrongs))} wrong versions ({time.perf_counter() - t0:.1f}s)",
              file=sys.stderr)
        for st in styles:
            acc = caught = nw = 0
            times = []
            fails = []
            for (fid, png, scene, lay), ws in zip(figs, wrongs):
                d = degrade(png, st)
                t = time.perf_counter()
                try:
                    ok = verify(d, scene).passed
                except Exception as e:  # noqa: BLE001
                    ok = False
                times.append(time.perf_counter() - t)
                acc += ok
                if not ok:
                    fails.append(fid)
                for name, w in ws:
                    nw += 1
                    try:
                        caught += not verify(degrade(w, st), scene).passed
                    except Exception:  # noqa: BLE001
                        caught += 1
            table.setdefault(sc, {})[st] = {
                "correct": len(figs), "accepted": acc, "wrong": nw, "caught": caught,
                "read_s": round(sum(times) / max(len(times), 1), 3), "rejected_correct": fails}
            r = table[sc][st]
            print(f"  {sc:10s} {st:10s} accepted {acc}/{len(figs)}  caught {caught}/{nw}  read {r['read_s']:.3f}s",
                  file=sys.stderr)
    return table


def markdown(table: dict) -> str:
    styles = list(next(iter(table.values())).keys())
    lines = ["| science | " + " | ".join(styles) + " | read s/fig |", "|---" * (len(styles) + 2) + "|"]
    for sc, row in table.items():
        cells = []
        for st in styles:
            r = row[st]
            a = 100 * r["accepted"] / max(r["correct"], 1)
            c = 100 * r["caught"] / max(r["wrong"], 1)
            cells.append(f"{a:.0f} / {c:.0f}")
        rt = sum(r["read_s"] for r in row.values()) / len(row)
        lines.append(f"| {sc} | " + " | ".join(cells) + f" | {rt:.2f} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=5, help="figures per science (default 5)")
    ap.add_argument("--sciences", default=",".join(SCIENCES))
    ap.add_argument("--styles", default="", help="comma-separated subset of the styles")
    ap.add_argument("--json", default="", help="write the table here")
    ap.add_argument("--cache", default="", help="keep generated figures here between runs")
    a = ap.parse_args(argv)
    table = run(a.sciences.split(","), a.n, Path(a.cache) if a.cache else None,
                a.styles.split(",") if a.styles else None)
    print(markdown(table))
    if a.json:
        Path(a.json).write_text(json.dumps(table, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
