"""How well a label-line reader reads nesy's own labels: crops cut from nesy's figures (clean and degraded
copies, ``nesy.see.degrade``) around each drawn label, read by the learned recogniser and by RapidOCR.

    python -m nesy.see.reader_eval [--n 5] [--sciences circuits,geometry,optics,astronomy,mechanics]
        [--styles clean,blur1,jpeg75,resize0.5] [--synthetic 300] [--cache DIR] [--json out.json]

Per reader and style: character and line accuracy of the raw reading, and the decisions of
``nesy.see.ocr.same_label`` on the label as drawn (right: True, wrong: False, undecided: None) and on the
same label with one digit changed ("R1 = 10 kΩ" drawn as "R1 = 17 kΩ": it must never read True), and
the mean seconds per label. The crop is the circuits verifier's: 1.3 em above the baseline to 0.5 em
below, the text's advance (0.62 em a character) + 10 px either side, on the copy brought back to canvas
size (``nesy.see.to_canvas``).
"""
from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

__all__ = ["label_crops", "run"]


def _figures(science: str, n: int, cache: Path | None) -> list[tuple]:
    f = cache / f"{science}-{n}.pkl" if cache else None
    if f and f.exists():
        return pickle.loads(f.read_bytes())
    from ..pipeline import generate
    pkg = Path(__file__).resolve().parents[1]
    # the installed wheel carries the suite as nesy/_data/suite; a checkout has it in benchmarks/suite
    suite = next((d / f"{science}.jsonl" for d in (pkg / "_data" / "suite", pkg.parent / "benchmarks" / "suite")
                  if (d / f"{science}.jsonl").exists()), None)
    if suite is None:
        raise FileNotFoundError(f"no suite file for {science!r} beside {pkg}")
    out = []
    for line in suite.read_text().splitlines():
        if len(out) >= n or not line.strip():
            break
        row = json.loads(line)
        if row.get("expect", "sat") != "sat":
            continue
        try:
            res = generate(row["text"], domain=science, seed=0, controls=False, raise_on_fail=False, timeout_s=60)
        except Exception:  # noqa: BLE001 — a suite text that does not draw is skipped
            continue
        if res.passed:
            out.append((row["id"], res.rendering.png, res.scene, res.layout))
    if f:
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(pickle.dumps(out))
    return out


def _changed(text: str) -> str | None:
    """The label with its last digit changed (7, or 3 for a 7), as benchmarks/bench_reader.py relabels."""
    ks = [k for k, c in enumerate(text) if c.isdigit()]
    if not ks:
        return None
    k = ks[-1]
    return text[:k] + ("7" if text[k] != "7" else "3") + text[k + 1:]


def label_crops(png: bytes, layout, style: str, max_len: int = 14) -> list[tuple[str, np.ndarray]]:
    """(drawn text, crop) for every label of ``layout`` up to ``max_len`` characters, cut from ``png``
    degraded in ``style`` and brought back to the layout's size."""
    from . import scale_from_size, to_canvas
    from .degrade import degrade
    from ..domains.regionbase import read_png
    rgb = read_png(degrade(png, style))
    if rgb.shape[1] != int(layout.width) or rgb.shape[0] != int(layout.height):
        rgb = to_canvas(rgb, scale_from_size(rgb.shape[1], rgb.shape[0], (layout.width, layout.height)))
    H, W = rgb.shape[:2]
    out = []
    for lb in layout.labels:
        if not lb.text.strip() or len(lb.text) > max_len:
            continue
        w = len(lb.text) * lb.size * 0.62
        x0 = lb.x - w / 2 if lb.anchor == "middle" else lb.x - w if lb.anchor == "end" else lb.x
        ya, yb = max(int(lb.y - 1.3 * lb.size), 0), min(int(lb.y + 0.5 * lb.size), H)
        xa, xb = max(int(x0 - 10), 0), min(int(x0 + w + 10), W)
        if yb - ya >= 4 and xb - xa >= 4:
            out.append((lb.text, np.ascontiguousarray(rgb[ya:yb, xa:xb, :3])))
    return out


def _relabelled(layout):
    """Copies of ``layout`` with one label's last digit changed, each with (original, changed) text."""
    from ..render.svg import render_layout
    labels = list(layout.labels)
    for i, lb in enumerate(labels):
        t = _changed(lb.text)
        if t and len(t) <= 14:
            lay = replace(layout, labels=tuple(labels[:i] + [replace(lb, text=t)] + labels[i + 1:]))
            yield lb.text, t, render_layout(lay, controls=False).png, lay


def run(sciences, n: int, styles, cache: Path | None, readers=("learned", "rapidocr"), synthetic: int = 0) -> dict:
    import os
    from . import ocr
    from .train_reader import accuracy
    table: dict = {}
    for reader in readers:
        os.environ["NESY_OCR_ENGINE"] = reader
        if ocr.engine() != reader:
            print(f"{reader}: not installed, skipped", file=sys.stderr)
            continue
        for st in styles:
            pairs, dec, dec_changed, secs = [], {True: 0, False: 0, None: 0}, {True: 0, False: 0, None: 0}, []
            for sc in sciences:
                for _fid, png, _scene, lay in _figures(sc, n, cache):
                    for text, crop in label_crops(png, lay, st):
                        t = time.perf_counter()
                        r, s = ocr.read_line(crop)
                        secs.append(time.perf_counter() - t)
                        pairs.append((text, r.strip()))
                        dec[ocr.same_label(text, r, s)] += 1
                    for orig, changed, p2, lay2 in _relabelled(lay):
                        for text, crop in label_crops(p2, lay2, st):
                            if text == changed:
                                r, s = ocr.read_line(crop)
                                dec_changed[ocr.same_label(orig, r, s)] += 1
                        break
            row = accuracy(pairs)
            row.update({"same_label_true": dec[True], "same_label_false": dec[False], "undecided": dec[None],
                        "changed_passed": dec_changed[True], "changed_caught": dec_changed[False],
                        "changed_undecided": dec_changed[None], "s_per_label": round(float(np.mean(secs)), 4)
                        if secs else None})
            table.setdefault(reader, {})[st] = row
            print(f"{reader:9s} {st:10s} {row}", file=sys.stderr, flush=True)
        if synthetic:
            from .train_reader import evaluate
            row = evaluate(ocr.read_line, synthetic)
            table.setdefault(reader, {})["synthetic"] = row
            print(f"{reader:9s} synthetic  {row}", file=sys.stderr, flush=True)
    os.environ.pop("NESY_OCR_ENGINE", None)
    return table


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=5)
    ap.add_argument("--sciences", default="circuits,geometry,optics,astronomy,mechanics")
    ap.add_argument("--styles", default="clean,blur1,jpeg75,resize0.5")
    ap.add_argument("--readers", default="learned,rapidocr")
    ap.add_argument("--synthetic", type=int, default=0, help="also read this many held-out synthetic crops")
    ap.add_argument("--cache", default="")
    ap.add_argument("--json", default="")
    a = ap.parse_args(argv)
    t = run(a.sciences.split(","), a.n, a.styles.split(","), Path(a.cache) if a.cache else None,
            tuple(a.readers.split(",")), a.synthetic)
    if a.json:
        Path(a.json).write_text(json.dumps(t, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
