"""A Venn diagram asked for by name shows its sets' common region (issue 9).

nesy draws an Euler diagram: sets the text does not relate are drawn apart (``solvers/sets.yaml``
``unrelated_apart``, Rodgers 2014 §3.1: no zone that is not known to be inhabited). But a text that asks
for a *Venn* diagram of sets it relates in no other way ("Let A be the multiples of 2 and B the multiples
of 3 … Draw a Venn diagram of A and B") asks for the figure Venn (1880) defined: every region of the
sets drawn, their intersection included — the two overlapping circles of every textbook (Rosen, *Discrete
Mathematics and Its Applications*, 8th ed., §2.1, Fig. 2.2). Drawn apart they would state A ∩ B = ∅, which
the text does not say.

Only when the text relates none of its two or three sets (no relation between sets, no common region, no
counts of a word problem): then each pair overlaps and three sets share a common region, each relation
carrying the words "Venn diagram" as its phrase. A text that relates some of its sets keeps the Euler
reading of the rest, since what it states may rule a region out.
"""
from __future__ import annotations

import re
from dataclasses import replace
from itertools import combinations

from ..types import Relation, SceneGraph, Span, _freeze, _thaw

__all__ = ["venn_asked"]

_VENN = re.compile(r"(?i)\bvenn(?:\s+diagrams?)?\b")
_EULER = re.compile(r"(?i)\beuler\b")


def venn_asked(scene: SceneGraph) -> SceneGraph:
    """``scene`` with each pair of its unrelated sets overlapping (and three sharing a region) when the text
    asks for a Venn diagram and relates none of them; otherwise ``scene`` unchanged."""
    text = scene.text or ""
    m = _VENN.search(text)
    if m is None or _EULER.search(text):
        return scene
    sets = [e.id for e in scene.entities if e.kind == "set"]
    if not 2 <= len(sets) <= 3:
        return scene
    ids = set(sets)
    if any(r.source in ids and r.target in ids for r in scene.relations):
        return scene
    if scene.attr("common") or scene.attr("counts") or scene.attr("some_not") or scene.attr("universe"):
        return scene
    span = Span(m.start(), m.end(), text[m.start():m.end()])
    rels = list(scene.relations) + [Relation("overlaps", a, b, span) for a, b in combinations(sets, 2)]
    attrs = dict(_thaw(scene.attributes))
    if len(sets) == 3:
        attrs["common"] = [{"sets": list(sets), "span": span.to_dict()}]
    return replace(scene, relations=tuple(rels), attributes=_freeze(attrs))
