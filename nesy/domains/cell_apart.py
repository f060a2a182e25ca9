"""Two bare nouns of one kind, under different names, in one list: "macronucleus + micronucleus", "contractile
vacuole, food vacuole", "macronucleus and micronucleus".

Notes drop articles, and the shared grammar reads a bare noun after one of its kind as the same thing named
again (as "the nucleus" is): the micronucleus was lost without trace, one nucleus drawn for two. Noun phrases
coordinated in one list name different things (Huddleston & Pullum, *The Cambridge Grammar of the English
Language*, 2002, ch. 15), and a different name says so too; so a vocabulary noun that no mention covers, right
after a mention of its kind with only a list's separator between them ("+", ",", "and", "&", "·") and a
different name, is one more thing of that kind, in the same container. Not after "the" (a definite mention
refers back), and not for the ER ("rough ER, smooth ER": one continuous ER).

Hands ``CellDomain._parse`` the scene with each such thing added.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..types import Entity, Relation, SceneGraph, Span

__all__ = ["named_apart"]

# kinds whose names in a list are regions of one organelle, not several: rough and smooth ER are one continuous
# membrane system (Alberts et al., MBoC 6th ed., ch. 12), drawn as one ER
_ONE_SYSTEM = {"er"}
_GAP = re.compile(r"(?i)\s*(?:[,+&·•/]|and|plus)\s*")


def _name(text: str) -> str:
    w = re.sub(r"(?i)^(?:an?|one|the|\d+)\s+", "", text.strip()).lower()
    return re.sub(r"(?:es|s)$", "", " ".join(w.split()))


def named_apart(scene: SceneGraph) -> SceneGraph:
    """``scene`` with each bare noun of a list that names another thing of the kind before it added (the module)."""
    from .cell_aside import _kind, _nouns
    text = scene.text or ""
    covered = [(e.span.start, e.span.end) for e in scene.entities if e.span is not None]
    covered += [(s.start, s.end) for s in tuple(scene.ignored) + tuple(scene.unknown)]
    ents = list(scene.entities)
    rels = list(scene.relations)
    used = {e.id for e in ents}
    parent = {r.source: r.target for r in rels if r.kind == "inside"}
    for m in _nouns().finditer(text):
        a, b = m.span()
        k = _kind(m.group(0))
        if k in (None, "cell", "membrane", "cell_wall") or k in _ONE_SYSTEM or any(s < b and a < e for s, e in covered):
            continue
        prev = [e for e in ents if e.kind == k and e.span is not None and e.span.end <= a
                and _GAP.fullmatch(text[e.span.end:a])]
        if not prev or _name(prev[-1].span.text) == _name(m.group(0)) or prev[-1].id not in parent:
            continue
        n = 1
        while f"{k}{n}" in used:
            n += 1
        eid = f"{k}{n}"
        used.add(eid)
        ents.append(Entity(eid, k, None, (), Span(a, b, m.group(0))))
        rels.append(Relation("inside", eid, parent[prev[-1].id], None))
        parent[eid] = parent[prev[-1].id]
        covered.append((a, b))
    if len(ents) == len(scene.entities):
        return scene
    return replace(scene, entities=tuple(ents), relations=tuple(rels))
