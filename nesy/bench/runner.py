"""Run the suite: parse → solve → render → verify every item, then attack each verified figure
with injected violations. Returns one ``results`` dict (every number of ``results.json``)."""
from __future__ import annotations

import sys
import time
import traceback
from typing import Any, Callable

from .metrics import graph_f1, percentile, prf, rate
from .perturb import TYPES, perturb

__all__ = ["run_items", "summarise", "Progress"]


class Progress:
    """A one-line progress bar on stderr (plain lines when stderr is not a terminal)."""

    def __init__(self, total: int, stream=None, enabled: bool = True):
        self.total, self.n, self.t0 = max(total, 1), 0, time.perf_counter()
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()

    def step(self, label: str = "") -> None:
        self.n += 1
        if not self.enabled:
            return
        if self.tty or self.n == self.total or self.n % 25 == 0:
            frac = self.n / self.total
            bar = "#" * int(30 * frac) + "-" * (30 - int(30 * frac))
            el = time.perf_counter() - self.t0
            msg = f"[{bar}] {self.n}/{self.total} {el:5.1f}s {label[:30]:30s}"
            self.stream.write(("\r" + msg) if self.tty else msg + "\n")
            if self.tty and self.n == self.total:
                self.stream.write("\n")
            self.stream.flush()


def _key_ok(item: dict[str, Any], res: Any) -> bool | None:
    key = item.get("key")
    if not key:
        return None
    counts: dict[str, int] = {}
    for e in res.scene.entities:
        counts[e.kind] = counts.get(e.kind, 0) + 1
    ok = counts == key.get("counts", counts)
    if item["domain"] == "crystal":
        sg = res.layout.extra("space_group") or {}
        if "space_group" in key:
            ok = ok and int(sg.get("number", -1)) == int(key["space_group"]["number"])
        if "formula" in key:
            ok = ok and res.scene.attr("formula") == key["formula"]
    return ok


def run_item(item: dict[str, Any], *, perturbations: bool = True, keep: Callable | None = None) -> dict[str, Any]:
    """One item → its record: parse F1, outcome, verdict, key values, latency, perturbation flags."""
    from ..errors import NesyError, UnsatisfiableError
    from ..pipeline import generate, parse
    from ..registry import get_domain
    rec: dict[str, Any] = {"id": item["id"], "domain": item["domain"], "expect": item.get("expect"),
                           "impossible": item.get("impossible"), "text": item["text"],
                           "has_gold": bool(item.get("gold"))}
    t0 = time.perf_counter()
    scene = None
    try:
        scene = parse(item["text"], domain=item["domain"])
        rec["parse"] = "ok"
    except UnsatisfiableError as e:  # some parsers see a contradiction in the words themselves
        rec["parse"] = "ok"
        rec["outcome"] = "unsat"
        rec["error"] = str(e)[:300]
    except NesyError as e:
        rec["parse"] = type(e).__name__
        rec["outcome"] = "parse_error"
        rec["error"] = str(e)[:300]
    except Exception as e:  # a crash is measured, never fatal to the run
        rec["parse"] = "crash"
        rec["outcome"] = "crash"
        rec["error"] = f"{type(e).__name__}: {e}"[:300]
    if item.get("gold"):
        f = graph_f1(scene, item["gold"])
        rec["entity_counts"], rec["relation_counts"] = list(f["entity"]), list(f["relation"])
        rec["entity_f1"], rec["relation_f1"], rec["graph_exact"] = f["entity_f1"], f["relation_f1"], f["exact"]
    res = None
    if scene is not None:
        try:
            res = generate(scene=scene, controls=False, raise_on_fail=False)
            rec["outcome"] = "verified" if res.verdict.passed else "unverified"
            rec["rounds"] = res.verdict.rounds
            rec["failed_checks"] = [c.to_dict() for c in res.verdict.failed()][:20]
            rec["checks"] = len(res.verdict.checks)
        except UnsatisfiableError as e:
            rec["outcome"] = "unsat"
            rec["error"] = str(e)[:300]
        except NesyError as e:
            rec["outcome"] = type(e).__name__
            rec["error"] = str(e)[:300]
        except Exception as e:
            rec["outcome"] = "crash"
            rec["error"] = f"{type(e).__name__}: {e}"[:300]
            rec["traceback"] = traceback.format_exc()[-800:]
    rec["latency_s"] = time.perf_counter() - t0
    if res is not None:
        rec["key_ok"] = _key_ok(item, res)
    if res is not None and keep is not None:
        keep(item, res)
    if res is not None and res.verdict.passed and perturbations and item["domain"] in ("cell", "sets", "crystal") \
            and item.get("gold"):
        dom = get_domain(item["domain"])
        pert: dict[str, Any] = {}
        for kind in TYPES:
            try:
                png = perturb(kind, res.rendering.png, res.scene, res.layout)
            except Exception as e:  # a perturbation that cannot be made is not applicable
                pert[kind] = {"applied": False, "error": f"{type(e).__name__}: {e}"[:200]}
                continue
            if png is None:
                pert[kind] = {"applied": False}
                continue
            tv = time.perf_counter()
            v = dom.verify(png, res.scene)
            pert[kind] = {"applied": True, "flagged": not v.passed, "verify_s": round(time.perf_counter() - tv, 4),
                          "laws": sorted({c.law for c in v.failed()})}
            if keep is not None:
                keep(item, res, kind=kind, png=png, verdict=v)
        # the unperturbed image once more, from its bytes alone: it must pass
        pert["clean"] = {"applied": True, "flagged": not dom.verify(res.rendering.png, res.scene).passed}
        rec["perturbations"] = pert
    return rec


def run_items(items: list[dict[str, Any]], *, progress: bool = True, perturbations: bool = True,
              keep: Callable | None = None) -> list[dict[str, Any]]:
    """Run every item (one warm-up per domain first, so latencies are of a warm process)."""
    import warnings
    warnings.filterwarnings("ignore")
    from ..pipeline import generate
    seen: set[str] = set()
    for it in items:
        if it["domain"] not in seen:
            seen.add(it["domain"])
            try:
                generate(it["text"], domain=it["domain"], controls=False, raise_on_fail=False)
            except Exception:
                pass
    bar = Progress(len(items), enabled=progress)
    out = []
    for it in items:
        out.append(run_item(it, perturbations=perturbations, keep=keep))
        bar.step(it["id"])
    return out


def _group(records: list[dict[str, Any]]) -> dict[str, Any]:
    gold = [r for r in records if r["has_gold"]]
    ec = [sum(r["entity_counts"][i] for r in gold) for i in range(3)] if gold else [0, 0, 0]
    rc = [sum(r["relation_counts"][i] for r in gold) for i in range(3)] if gold else [0, 0, 0]
    sat = [r for r in records if r["expect"] == "sat"]
    uns = [r for r in records if r["expect"] == "unsat"]
    pred_unsat = [r for r in records if r.get("outcome") == "unsat"]
    tp = sum(1 for r in pred_unsat if r["expect"] == "unsat")
    det = prf(tp, len(pred_unsat) - tp, len(uns) - tp)
    solved = [r for r in sat if r.get("outcome") in ("verified", "unverified")]
    lat = [r["latency_s"] for r in records]
    outcomes: dict[str, int] = {}
    for r in records:
        outcomes[r.get("outcome", "?")] = outcomes.get(r.get("outcome", "?"), 0) + 1
    by_kind: dict[str, dict[str, int]] = {}
    for r in uns:
        k = r.get("impossible") or "hand-written"
        d = by_kind.setdefault(k, {"n": 0, "detected": 0})
        d["n"] += 1
        d["detected"] += r.get("outcome") == "unsat"
    pert: dict[str, Any] = {}
    for kind in TYPES:
        rows = [r["perturbations"] for r in records if "perturbations" in r]
        app = [p for p in rows if p.get(kind, {}).get("applied")]
        pert[kind] = {"figures": len(rows), "applied": len(app),
                      "tpr": rate(p[kind]["flagged"] for p in app),
                      "fpr": rate(p["clean"]["flagged"] for p in app)}
    rows = [r["perturbations"] for r in records if "perturbations" in r]
    return {
        "items": len(records), "with_gold": len(gold), "sat": len(sat), "unsat": len(uns),
        "outcomes": outcomes,
        "parse_ok_rate": rate(r["parse"] == "ok" for r in records),
        "entity": {**prf(*ec), "tp_fp_fn": ec},
        "relation": {**prf(*rc), "tp_fp_fn": rc},
        "graph_exact_rate": rate(r["graph_exact"] for r in gold),
        "solve_rate": rate(r.get("outcome") in ("verified", "unverified") for r in sat),
        "verified_rate_of_sat": rate(r.get("outcome") == "verified" for r in sat),
        "verified_rate_of_solved": rate(r.get("outcome") == "verified" for r in solved),
        "key_values_rate": rate(r["key_ok"] for r in solved if r.get("key_ok") is not None),
        "impossible_detection": {**det, "tp": tp, "predicted_unsat": len(pred_unsat), "gold_unsat": len(uns)},
        "impossible_by_kind": by_kind,
        "latency_s": {"p50": percentile(lat, 50), "p90": percentile(lat, 90), "p99": percentile(lat, 99),
                      "max": max(lat) if lat else None},
        "injected_violations": {"types": pert, "clean_figures": len(rows),
                                "clean_fpr": rate(p["clean"]["flagged"] for p in rows)},
    }


def summarise(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Every number of the run: overall, per domain, and gold-graph items vs hand-written prompts."""
    doms = sorted({r["domain"] for r in records})
    return {"overall": _group(records),
            "generated_items": _group([r for r in records if r["has_gold"]]) if any(r["has_gold"] for r in records) else None,
            "per_domain": {d: _group([r for r in records if r["domain"] == d]) for d in doms}}
