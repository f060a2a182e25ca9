"""``nesy bench score``: score images made by any generator against the suite's gold scene graphs.

What it can see: nesy's verifiers read objects through ``nesy.see`` by the colours of nesy's palettes
(cell kinds in ``layout/cell.yaml``; set outlines in ``palette(n)`` of ``nesy.domains.sets``, assigned in
the order of the gold graph's entities; crystal species in ``layout/crystal.yaml`` / Jmol), tolerating
blur, JPEG, resizing, anti-aliasing and small colour shifts (``benchmarks/RESULTS.md``, "Reader
robustness"). An image in those palettes, however degraded, is checked exactly like a nesy figure: every
entity visible, counts per kind, containment, disjointness/overlap, stated left/right/above/below and size
relations, the cited size laws; for crystals atom counts per species, positions, projected symmetry,
closest spacing.

What it cannot see yet: figures drawn in other colours (other tools' palettes, photographic or shaded
styles), text and labels (set names are known only by colour), legends, 3-D depth. An image where most drawn
pixels match none of the science's colours is reported ``cannot_see`` — never a fail or a pass it did not
earn. A blank image (no ink at all) is a ``fail``: it shows none of the entities, in any style.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

__all__ = ["score_images", "palette_of", "main", "HELP"]

HELP = __doc__.split("\n\n", 1)[1]
EXTS = (".png", ".jpg", ".jpeg", ".webp")
SCORABLE = ("cell", "sets", "crystal")


def palette_of(scene: Any) -> set[tuple[int, int, int]]:
    """Exact RGB colours a nesy figure of ``scene`` is drawn in (plus black text and the frame)."""
    from ..resources import load_yaml

    def rgb(c: str) -> tuple[int, int, int]:
        c = c.lstrip("#")
        return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)
    out = {(0, 0, 0), rgb(load_yaml("layout", "style.yaml")["frame"])}
    if scene.domain == "cell":
        for st in load_yaml("layout", "cell.yaml")["kinds"].values():
            out |= {rgb(st["fill"]), rgb(st["stroke"])}
    elif scene.domain == "sets":
        from ..domains.sets import palette
        out |= {rgb(c) for c in palette(len(scene.entities))}
    elif scene.domain == "crystal":
        from ..domains import crystal as C
        st = load_yaml("layout", "crystal.yaml")
        els = [e.name for e in scene.entities if e.kind == "species"]
        out |= {rgb(c) for c in C._colours(sorted(els)).values()}
        out |= {rgb(st[k]) for k in ("bond_color", "unit_cell_color", "interstitial_color")}
    return out


def _find(images: Path, iid: str) -> Path | None:
    for ext in EXTS:
        p = images / f"{iid}{ext}"
        if p.is_file():
            return p
    return None


def score_image(data: bytes, scene: Any) -> dict[str, Any]:
    """One image against one gold scene → ``{"status": pass|fail|cannot_see, ...}``."""
    import numpy as np
    from ..domains.regionbase import read_png
    from ..registry import get_domain
    rgb = read_png(data)
    ink = ~(rgb >= 245).all(axis=2)
    n_ink = int(ink.sum())
    rec: dict[str, Any] = {"ink_fraction": round(n_ink / ink.size, 5)}
    if n_ink >= max(20, ink.size // 1000):
        from ..see import UNKNOWN, classify, drop_small
        pal = {f"c{i}": c for i, c in enumerate(sorted(palette_of(scene))) if c != (0, 0, 0)}
        labels = classify(rgb, pal).labels
        # the share of drawn pixels the reader gives one of the science's colours (or black ink) to, in
        # pieces of one colour at least a few px across: noise near the palette here and there is no figure
        seen = np.zeros(labels.shape, bool)
        for k in np.unique(labels[ink]):
            if k != UNKNOWN:
                seen |= drop_small(labels == k, 16)
        frac = float(seen[ink].mean())
        rec["palette_fraction"] = round(frac, 4)
        if frac < 0.5:
            rec["status"] = "cannot_see"
            rec["why"] = (f"only {frac:.0%} of the drawn pixels are in (or near) nesy's palette for "
                          f"{scene.domain}; the verifier reads figures drawn in the science's colours")
            return rec
    try:
        v = get_domain(scene.domain).verify(data, scene)
    except Exception as e:  # an image the verifier cannot parse at all is not a verdict on it
        rec["status"] = "cannot_see"
        rec["why"] = f"verifier could not read the image: {type(e).__name__}: {e}"[:300]
        return rec
    rec["status"] = "pass" if v.passed else "fail"
    rec["checks"] = len(v.checks)
    rec["failed"] = [f"{c.law}({', '.join(c.args)}): observed {c.observed}" for c in v.failed()][:20]
    rec["laws"] = {}
    for c in v.checks:
        d = rec["laws"].setdefault(c.law, [0, 0])
        d[0] += c.passed
        d[1] += 1
    return rec


def score_images(images: str | Path, prompts: str | Path) -> dict[str, Any]:
    """Score ``images/<id>.png`` (or .jpg/.jpeg/.webp) against each gold item of ``prompts``."""
    from ..errors import InputError
    from .suite import gold_scene, load_items
    d = Path(images)
    if not d.is_dir():
        raise InputError(f"images must be an existing folder, got {str(images)!r}")
    items = load_items(prompts)
    recs: list[dict[str, Any]] = []
    for it in items:
        base = {"id": it["id"], "domain": it["domain"]}
        if not it.get("gold") or it["domain"] not in SCORABLE or it.get("expect") == "unsat":
            recs.append({**base, "status": "not_scored",
                         "why": "no gold graph, an impossible item, or a domain without a pixel verifier here"})
            continue
        p = _find(d, it["id"])
        if p is None:
            recs.append({**base, "status": "missing"})
            continue
        try:
            scene = gold_scene(it)
            recs.append({**base, **score_image(p.read_bytes(), scene)})
        except InputError as e:
            recs.append({**base, "status": "cannot_see", "why": str(e)[:300]})
    summ: dict[str, Any] = {}
    for key in ["overall"] + sorted({r["domain"] for r in recs}):
        rs = recs if key == "overall" else [r for r in recs if r["domain"] == key]
        cnt: dict[str, int] = {}
        for r in rs:
            cnt[r["status"]] = cnt.get(r["status"], 0) + 1
        seen = cnt.get("pass", 0) + cnt.get("fail", 0)
        laws: dict[str, list[int]] = {}
        for r in rs:
            for law, (ok, n) in r.get("laws", {}).items():
                a = laws.setdefault(law, [0, 0])
                a[0] += ok
                a[1] += n
        summ[key] = {"counts": cnt, "pass_rate_of_seen": cnt.get("pass", 0) / seen if seen else None,
                     "check_pass_rate": {k: v[0] / v[1] for k, v in sorted(laws.items())}}
    return {"images": str(d), "prompts": str(prompts), "summary": summ, "items": recs}


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="nesy bench score", formatter_class=argparse.RawDescriptionHelpFormatter,
                                 description="Score another generator's images against the gold scene graphs.\n\n"
                                             + HELP)
    ap.add_argument("--images", required=True, help="folder of images named by prompt id (<id>.png|.jpg|.webp)")
    ap.add_argument("--prompts", required=True, help="suite file (benchmarks/suite/<domain>.jsonl)")
    ap.add_argument("--out", help="write the full scores as JSON to this file")
    args = ap.parse_args(argv)
    res = score_images(args.images, args.prompts)
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")
    for k, s in res["summary"].items():
        pr = s["pass_rate_of_seen"]
        print(f"{k:10s} " + " ".join(f"{a}={b}" for a, b in sorted(s["counts"].items())) +
              (f"  pass rate of seen: {pr:.3f}" if pr is not None else ""))
    return 0
