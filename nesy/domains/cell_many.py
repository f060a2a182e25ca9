"""Several organelles of one kind in one cell, each small: the least size ratio of the kind lowered
(``grammars/cell/many_per_cell.yaml``, with sources).

"a skeletal muscle fibre, 5 nuclei along the edge" and "2 contractile vacuoles, 3 food vacuoles" were called
impossible because the size law of a cell's one nucleus (a quarter to half its width) or of a plant cell's central
vacuole (30–90 % of it) cannot hold for five nuclei or five vacuoles: a drawing's limit, not a contradiction in
the text. From the data's ``min`` of a kind in one cell, that kind's least ratio is its ``ratio_min``. The solver's
size laws are per kind, so the bound is lowered for the scene; the upper bound and every stated size stay, and
the verifier checks the same bounds the layout used.
"""
from __future__ import annotations

import functools
from typing import Any

from ..types import SceneGraph

__all__ = ["many_sizes"]


@functools.lru_cache(maxsize=1)
def _data() -> dict[str, dict[str, Any]]:
    from ..resources import load_yaml
    return {str(k): dict(v) for k, v in (load_yaml("grammars", "cell/many_per_cell.yaml").get("kinds") or {}).items()}


def many_sizes(scene: SceneGraph, sizes: dict[str, Any]) -> dict[str, Any]:
    """``sizes`` (``solvers/cell.yaml``) with the least size ratio of each kind lowered where some cell of
    ``scene`` holds the data's ``min`` of it or more (see the module)."""
    par = {r.source: r.target for r in scene.relations if r.kind == "inside"}
    per: dict[tuple[str, str], int] = {}
    for e in scene.entities:
        if e.kind in _data() and par.get(e.id) is not None:
            per[(e.kind, par[e.id])] = per.get((e.kind, par[e.id]), 0) + 1
    out = dict(sizes)
    for kind, d in _data().items():
        if kind not in sizes or max((n for (k, _), n in per.items() if k == kind), default=0) < int(d["min"]):
            continue
        sz = dict(sizes[kind])
        lo, hi = sz["ratio"]
        sz["ratio"] = [min(float(lo), float(d["ratio_min"])), hi]
        sz["source"] = f"{sz.get('source', '')}; {d['source']}"
        out[kind] = sz
    return out
