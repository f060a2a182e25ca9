"""``nesy bench score``: score images made by any generator against the suite's gold scene graphs.

What it can see: each science's verifier reads a figure from its pixels, in nesy's own palettes (tolerating
blur, JPEG, resizing, anti-aliasing and small colour shifts: ``benchmarks/RESULTS.md``, "Reader robustness")
and, for figures that are not nesy's own (nesy's are recognised by their layout or palette), by shape and
label text whatever their colours — figures drawn
by other tools such as matplotlib, schemdraw and graphviz (``benchmarks/bench_other_tools.py``, "Figures drawn
by other tools" in RESULTS for what each science reads and how well). The checks are the science's own: every
entity visible, counts, containment, relations, the cited laws, label values.

An image is ``cannot_see`` only when it holds no drawn figure: no page (no background colour covering a
fifth of it: a photograph or noise), an unreadable file, or a verifier that cannot parse it at all. A blank
page is a ``fail``: it shows none of the entities. Microscopy has no gold graphs in the suite.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

__all__ = ["score_images", "holds_figure", "main", "HELP"]

HELP = __doc__.split("\n\n", 1)[1]
EXTS = (".png", ".jpg", ".jpeg", ".webp")
SCORABLE = ("cell", "sets", "crystal", "astronomy", "optics", "geometry", "mechanics", "circuits", "automata")
PAGE_SHARE = 0.2   # a drawn figure stands on a page: one colour (to 1/8 of each channel) covers this share


def _find(images: Path, iid: str) -> Path | None:
    for ext in EXTS:
        p = images / f"{iid}{ext}"
        if p.is_file():
            return p
    return None


def holds_figure(rgb: Any) -> tuple[bool, float]:
    """Whether ``rgb`` looks like a drawn figure — a page of one colour that the drawing stands on — and the
    share of pixels that page colour covers (channels quantised to 32 levels, so JPEG noise and
    anti-aliasing do not split it). Photographs and noise have no such page."""
    import numpy as np
    q = (rgb[..., :3] // 32).astype(np.int32)
    codes = (q[..., 0] << 10) | (q[..., 1] << 5) | q[..., 2]
    share = float(np.bincount(codes.ravel()).max() / codes.size)
    return share >= PAGE_SHARE, share


def score_image(data: bytes, scene: Any) -> dict[str, Any]:
    """One image against one gold scene → ``{"status": pass|fail|cannot_see, ...}``."""
    from ..domains.regionbase import read_png
    from ..registry import get_domain
    rgb = read_png(data)
    ink = ~(rgb >= 245).all(axis=2)
    rec: dict[str, Any] = {"ink_fraction": round(int(ink.sum()) / ink.size, 5)}
    page, share = holds_figure(rgb)
    rec["page_fraction"] = round(share, 4)
    if not page:
        rec["status"] = "cannot_see"
        rec["why"] = (f"no page: the most common colour covers only {share:.0%} of the image; a drawn figure "
                      "stands on a background (this looks like a photograph or noise)")
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
                         "why": "no gold graph, or an impossible item"})
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
