"""Stated absence for the grammar parser: "no mitochondria", "a cell without a nucleus", "lacking a cell
wall", "has no chloroplasts", "does not contain ribosomes", "there are no ribosomes in the nucleus".

A grammar that sets ``absence: true`` (cells) reads such a mention as a group that draws nothing
(count 0) and records, on the thing it is said of (its container; the figure's top-level things when the
text names none), an ``absent`` attribute: ``[{kind, phrase, start, end}]``. The science's verifier checks
from the pixels that nothing of that kind is seen there, and a stated presence of the same kind in the
same place is refused as impossible (``conflicts``), naming both phrases. A grammar without the flag
refuses "no X" as before ("nesy draws what is there").
"""
from __future__ import annotations

import re

from dataclasses import replace
from typing import Any

from ..errors import UnsatisfiableError
from ..types import SceneGraph, Span, _freeze, is_under

__all__ = ["LACKS", "absent_count_word", "collect", "apply", "conflicts", "absences_of"]

LACKS = "lacks"   # the relation kind (grammar.yaml) of "without", "lacking", "devoid of"
_ANY = (None, "a", "an", "any", "one", "no")


def absent_count_word(text: str, num_item: Any) -> bool:
    """Whether a mention's count word still reads as 'none' after "without"/"lacking" ("without a nucleus",
    "without any ribosomes", "lacking mitochondria"); an explicit numeral ("without 2 lysosomes") does not."""
    return num_item is None or text[num_item.start:num_item.end].lower() in _ANY


def collect(groups: list, rels: list, absent: set[int]) -> tuple[list, list[tuple[int | None, int]]]:
    """Take the absent groups out of the relations: ``(rels without them, [(host gid or None, absent gid)])``.
    The host is the container the absence is stated of ("a cell without X": the cell; "no X in the nucleus":
    the nucleus)."""
    if not absent:
        return rels, []
    out, found = [], []
    hosts: dict[int, list[int]] = {}
    for r in rels:
        if r.src in absent and r.dst not in absent and r.kind in ("inside", "element_of"):
            hosts.setdefault(r.src, []).append(r.dst)
        if r.src in absent or r.dst in absent:
            continue
        out.append(r)
    for gid in sorted(absent):
        groups[gid].count = 0
        for h in dict.fromkeys(hosts.get(gid, [])) or [None]:
            found.append((h, gid))
    return out, found


def apply(scene: SceneGraph, groups: list, found: list[tuple[int | None, int]], text: str) -> SceneGraph:
    """Record every absence as the ``absent`` attribute of its host entities (after instantiation)."""
    if not found:
        return scene
    contained = {r.source for r in scene.relations if r.kind in ("inside", "element_of")}
    roots = [e.id for e in scene.entities if e.id not in contained]
    add: dict[str, list[dict[str, Any]]] = {}
    for h, gid in found:
        g = groups[gid]
        hosts = groups[h].members if h is not None else _near_roots(scene, roots, g.start, text)
        for eid in hosts:
            add.setdefault(eid, []).append({"kind": g.kind, "phrase": text[g.start:g.end], "start": g.start,
                                            "end": g.end})
    ents = []
    for e in scene.entities:
        if e.id in add:
            attrs = dict(e.attributes)
            old = [dict(x) for x in attrs.get("absent", ())]
            attrs["absent"] = old + [a for a in add[e.id] if a not in old]
            e = replace(e, attributes=_freeze(attrs))
        ents.append(e)
    return replace(scene, entities=tuple(ents))


def _near_roots(scene: SceneGraph, roots: list[str], at: int, text: str) -> list[str]:
    """The things an absence with no stated host is said of: the outermost things named last before it in
    its own sentence ("a red blood cell, no mitochondria, and a neuron …": the red blood cell), else every
    outermost thing ("Two cells. No mitochondria.")."""
    spans = {e.id: e.span for e in scene.entities if e.id in roots and e.span is not None and e.span.end <= at}
    if not spans:
        return roots
    last = max(sp.start for sp in spans.values())
    near = [i for i, sp in spans.items() if sp.start == last]
    end = max(spans[i].end for i in near)
    return roots if re.search(r"[.;!?]", text[end:at]) else near


def absences_of(entity: Any) -> list[dict[str, Any]]:
    """The ``absent`` attribute of an entity as dicts: ``[{kind, phrase, start, end}]``."""
    return [dict(x) for x in (entity.attr("absent") or ())]


def conflicts(scene: SceneGraph, outline_of: dict[str, str] | None = None) -> None:
    """Refuse a stated absence that a stated presence contradicts ("a cell with 2 mitochondria and no
    mitochondria"): ``UnsatisfiableError`` naming both phrases. ``outline_of``: kinds drawn as an attribute of
    their host (a cell wall: ``{"cell_wall": "cell"}``)."""
    ents = {e.id: e for e in scene.entities}
    parent = scene.containers(("inside", "element_of"))
    for h in scene.entities:
        for a in absences_of(h):
            k = a["kind"]
            clash = [e for e in scene.entities if e.kind == k and is_under(parent, e.id, h.id)]
            if k in (outline_of or {}) and h.attr(k):
                clash.append(h)
            if clash:
                sp = clash[0].span
                ph = [{"text": a["phrase"], "start": a["start"], "end": a["end"]}]
                if sp is not None:
                    ph.append({"text": sp.text, "start": sp.start, "end": sp.end})
                ph.sort(key=lambda p: p["start"])
                raise UnsatisfiableError(ph, [{"law": "stated_absence", "source": "the text"}], ph[:1],
                                         f"the text says there is no {k.replace('_', ' ')} there and also "
                                         f"that there is one")


def span_of(text: str, a: int, b: int) -> Span:
    return Span(a, b, text[a:b])
