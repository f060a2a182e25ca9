"""Metrics of ``nesy bench``: multiset F1 of scene graphs against gold, precision/recall, percentiles.

Entities are compared as multisets of ``(kind, name)`` and relations as multisets of
``(kind, (source kind, source name), (target kind, target name))``, so entity numbering
("mitochondrion3") never matters. Symmetric relation kinds (``outside``, ``overlaps``,
``adjacent``) compare with their two ends sorted.
"""
from __future__ import annotations

import math
from collections import Counter
from typing import Any, Iterable, Mapping, Sequence

__all__ = ["SYMMETRIC", "entity_bag", "relation_bag", "bag_counts", "prf", "f1_counts", "percentile",
           "graph_f1", "rate"]

SYMMETRIC = frozenset({"outside", "overlaps", "adjacent"})


def _ents(graph: Any) -> list[Mapping[str, Any]]:
    if hasattr(graph, "entities") and not isinstance(graph, Mapping):
        return [{"id": e.id, "kind": e.kind, "name": e.name} for e in graph.entities]
    return list(graph.get("entities", []))


def _rels(graph: Any) -> list[Mapping[str, Any]]:
    if hasattr(graph, "relations") and not isinstance(graph, Mapping):
        return [{"kind": r.kind, "source": r.source, "target": r.target} for r in graph.relations]
    return list(graph.get("relations", []))


def entity_bag(graph: Any) -> Counter:
    """Multiset of ``(kind, name)`` of a scene graph (a ``SceneGraph`` or its dict form)."""
    return Counter((e["kind"], e.get("name")) for e in _ents(graph))


def relation_bag(graph: Any) -> Counter:
    """Multiset of ``(kind, (kind, name) of source, (kind, name) of target)``; symmetric kinds sorted."""
    by_id = {e["id"]: (e["kind"], e.get("name")) for e in _ents(graph)}
    out: Counter = Counter()
    for r in _rels(graph):
        a = by_id.get(r["source"], ("?", r["source"]))
        b = by_id.get(r["target"], ("?", r["target"]))
        if r["kind"] in SYMMETRIC:
            a, b = sorted((a, b), key=lambda t: (t[0], str(t[1])))
        out[(r["kind"], a, b)] += 1
    return out


def bag_counts(pred: Counter, gold: Counter) -> tuple[int, int, int]:
    """``(true positives, false positives, false negatives)`` of two multisets."""
    tp = sum((pred & gold).values())
    return tp, sum(pred.values()) - tp, sum(gold.values()) - tp


def prf(tp: int, fp: int, fn: int) -> dict[str, float | None]:
    """Precision, recall and F1 from counts; ``None`` where a ratio has an empty denominator."""
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    if p is None or r is None:
        f = None if (tp + fp + fn) == 0 else 0.0 if tp == 0 else None
    else:
        f = 0.0 if p + r == 0 else 2 * p * r / (p + r)
    return {"precision": p, "recall": r, "f1": f}


def f1_counts(pred: Counter, gold: Counter) -> float:
    """F1 of one multiset against another (1.0 when both are empty)."""
    tp, fp, fn = bag_counts(pred, gold)
    if tp + fp + fn == 0:
        return 1.0
    return 2 * tp / (2 * tp + fp + fn)


def graph_f1(pred: Any | None, gold: Any) -> dict[str, Any]:
    """Entity and relation counts (tp, fp, fn) and F1 of a predicted graph (``None``: nothing parsed)."""
    ge, gr = entity_bag(gold), relation_bag(gold)
    pe, pr = (entity_bag(pred), relation_bag(pred)) if pred is not None else (Counter(), Counter())
    e, r = bag_counts(pe, ge), bag_counts(pr, gr)
    return {"entity": e, "relation": r, "entity_f1": f1_counts(pe, ge), "relation_f1": f1_counts(pr, gr),
            "exact": pe == ge and pr == gr}


def percentile(xs: Sequence[float], q: float) -> float | None:
    """The ``q``-th percentile (0–100) by linear interpolation between order statistics."""
    v = sorted(float(x) for x in xs)
    if not v:
        return None
    if not 0 <= q <= 100:
        raise ValueError(f"q must lie in [0, 100], got {q}")
    k = (len(v) - 1) * q / 100
    lo, hi = math.floor(k), math.ceil(k)
    return v[lo] + (v[hi] - v[lo]) * (k - lo)


def rate(flags: Iterable[bool]) -> float | None:
    xs = list(flags)
    return sum(1 for x in xs if x) / len(xs) if xs else None
