"""Counts said twice: "three cells, each with one nucleus … each cell has a single nucleus".

A text that restates a per-cell count (to stress it, or in a summary sentence) names the same organelles
again. Read as new things, the figure drew six nuclei for three (a wrong figure that verified); read by the
shared grammar as one thing it put one nucleus inside all three cells (refused as impossible nesting).

- ``split_shared``: one organelle said to lie inside several cells of the same level, by a phrase that
  distributes ("each", "every", "apiece", "per", "own"), is one organelle in each of them;
- ``distribute_per``: "one nucleus per cell" puts one nucleus in every cell;
- ``drop_elided_per``: "two nucleoli, one per nucleus" restates the nucleoli per nucleus, it adds no nucleus;
- ``merge_restated_counts``: a later mention of a kind that puts exactly as many into each container as an
  earlier one, and says nothing else of them (or the earlier said nothing else), names the same things: its
  members are the earlier ones. A mention that marks itself as new ("another", "more", "a second", "extra",
  "additional", "other") is never merged, nor are two mentions that each say something of their own
  ("2 mitochondria near the nucleus and 2 near the membrane").

Hands ``CellDomain.parse`` the scene with each restated organelle once.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..types import Entity, Relation, SceneGraph

__all__ = ["split_shared", "distribute_per", "merge_restated_counts", "drop_elided_per"]

_DISTRIBUTES = re.compile(r"\b(?:each|every|apiece|per|own|respective)\b", re.IGNORECASE)
_PER = re.compile(r"^\s*(?:per|in\s+each|for\s+each|in\s+every|for\s+every|each)\s+(?P<w>[a-z]+)\b", re.IGNORECASE)
_NEW = re.compile(r"\b(?:another|more|second|third|extra|additional|other|further|else)\b", re.IGNORECASE)


def _free_id(kind: str, used: set[str]) -> str:
    k = 1
    while f"{kind}{k}" in used:
        k += 1
    used.add(f"{kind}{k}")
    return f"{kind}{k}"


def split_shared(scene: SceneGraph) -> SceneGraph:
    """``scene`` with each organelle said (distributively) to lie in several same-kind containers split into
    one copy per container."""
    ins: dict[str, list[Relation]] = {}
    for r in scene.relations:
        if r.kind == "inside":
            ins.setdefault(r.source, []).append(r)
    kind = {e.id: e.kind for e in scene.entities}
    targets_of = {r.target for r in scene.relations if r.kind == "inside"}
    text = scene.text or ""
    span = {e.id: e.span for e in scene.entities}

    def distributes(i: str, rs: list[Relation]) -> bool:
        # "… each with one nucleus", or "two mitochondria in each cell" (said right after the mention)
        return all(r.span is not None and _DISTRIBUTES.search(r.span.text) for r in rs) or (
            span.get(i) is not None and _PER.match(text[span[i].end:]) is not None)

    split = {i: rs for i, rs in ins.items() if len(rs) >= 2 and len({kind.get(r.target) for r in rs}) == 1
             and i not in targets_of and distributes(i, rs)
             and not any(r.source == i and r.kind != "inside" or r.target == i for r in scene.relations)}
    if not split:
        return scene
    used = {e.id for e in scene.entities}
    ents: list[Entity] = []
    rels = [r for r in scene.relations if not (r.kind == "inside" and r.source in split)]
    for e in scene.entities:
        ents.append(e)
        if e.id in split:
            for n, r in enumerate(split[e.id]):
                eid = e.id if n == 0 else _free_id(e.kind, used)
                if n:
                    ents.append(replace(e, id=eid))
                rels.append(Relation("inside", eid, r.target, r.span))
    return replace(scene, entities=tuple(ents), relations=tuple(rels))




def distribute_per(scene: SceneGraph) -> SceneGraph:
    """"one nucleus per cell", "two mitochondria in each cell": the count is said of every cell, so each cell
    holds that many (the grammar drew them once, in the first cell)."""
    from ..parse.nlp import get_nlp
    text = scene.text or ""
    groups: dict[tuple, list[Entity]] = {}
    for e in scene.entities:
        if e.span is not None and e.kind != "cell":
            groups.setdefault((e.kind, e.span.start, e.span.end), []).append(e)
    cells = [e.id for e in scene.entities if e.kind == "cell"]
    parent = {r.source: r.target for r in scene.relations if r.kind == "inside"}
    ents, rels = list(scene.entities), list(scene.relations)
    used = {e.id for e in ents}
    changed = False
    for (kind, a, b), g in groups.items():
        m = _PER.match(text[b:])
        if not m or len(cells) < 2 or get_nlp()(m.group("w").lower())[0].lemma_ != "cell":
            continue
        if {parent.get(e.id) for e in g} - set(cells) or len({parent.get(e.id) for e in g}) != 1:
            continue
        home = parent.get(g[0].id)
        span = g[0].span
        for c in cells:
            if c == home:
                continue
            for e in g:
                eid = _free_id(kind, used)
                ents.append(replace(e, id=eid))
                rels.append(Relation("inside", eid, c, span))
        changed = True
    return replace(scene, entities=tuple(ents), relations=tuple(rels)) if changed else scene


_ELIDED_PER = re.compile(r"^\s*(?P<n>\d{1,2}|one|two|three|four|five|six)\s+(?:per|in\s+each|for\s+each|in\s+every)\s+",
                         re.IGNORECASE)
_N = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def drop_elided_per(scene: SceneGraph) -> SceneGraph:
    """"two nucleoli in total, one per nucleus": the mention "one per nucleus" counts the nucleoli again, per
    nucleus; it is no new nucleus. Dropped when the drawn nucleoli already are that many in every nucleus;
    refused, naming it, when they are not."""
    from ..errors import InputError
    text = scene.text or ""
    kind = {e.id: e.kind for e in scene.entities}
    inside = [(r.source, r.target) for r in scene.relations if r.kind == "inside"]
    drop: set[str] = set()
    for e in scene.entities:
        m = _ELIDED_PER.match(e.span.text) if e.span is not None else None
        if not m or any(r.target == e.id or (r.source == e.id and r.kind != "inside") for r in scene.relations):
            continue
        n = _N.get(m.group("n").lower()) or int(m.group("n"))
        hosts = [x.id for x in scene.entities if x.kind == e.kind and x.id != e.id
                 and not (x.span is not None and _ELIDED_PER.match(x.span.text))]
        held = [kind[a] for a, t in inside if t in hosts]
        ok = hosts and any(all(sum(1 for a, t in inside if t == h and kind[a] == k) == n for h in hosts)
                           for k in set(held))
        if not ok:
            raise InputError(f"'{e.span.text}' at {e.span.start}-{e.span.end}: nesy cannot tell what it counts in "
                             f"each {e.kind}; name it, e.g. '{m.group('n')} nucleolus per {e.kind}'")
        drop.add(e.id)
    if not drop:
        return scene
    return replace(scene, entities=tuple(e for e in scene.entities if e.id not in drop),
                   relations=tuple(r for r in scene.relations if r.source not in drop and r.target not in drop))


# the gap between two items of one list: a comma, "and", "+", "&", "·" (coordinated noun phrases name different
# things: Huddleston & Pullum 2002, ch. 15; a restatement comes in another clause or sentence)
_LIST_GAP = re.compile(r"(?i)[\s,&+·•]*(?:(?:and|plus|as\s+well\s+as)[\s,&+·•]*)*")


# rough and smooth ER are one continuous membrane system (Alberts et al., MBoC 6th ed., ch. 12): one ER
_ONE_SYSTEM = {"er"}


def _differ(a: Entity, b: Entity) -> bool:
    """Whether two mentions of a kind describe different things: an attribute both state with different values
    ("a large vacuole … a small vacuole"), or a different name ("contractile vacuole", "food vacuole")."""
    da, db = dict(a.attributes), dict(b.attributes)
    if any(k in db and db[k] != v for k, v in da.items() if k in ("size", "shape", "position", "type")):
        return True

    def head(e: Entity) -> str:
        w = re.sub(r"(?i)^(?:an?|one|the|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+", "", e.span.text)
        return " ".join(w.lower().split()[-2:]) if len(w.split()) >= 2 else w.lower()
    from .cell_aside import _kind
    ha, hb = head(a), head(b)
    return ha != hb and _kind(ha) is not None and _kind(hb) is not None and \
        len(ha.split()) == 2 and len(hb.split()) == 2


def merge_restated_counts(scene: SceneGraph) -> SceneGraph:
    """``scene`` with a later mention that restates an earlier per-container count merged into it."""
    parent = scene.containers()
    holders = {r.target for r in scene.relations if r.kind == "inside"}
    groups: dict[tuple, list[Entity]] = {}
    for e in scene.entities:
        if e.span is not None and e.kind != "cell":
            groups.setdefault((e.kind, e.span.start, e.span.end), []).append(e)

    def own(g: list[Entity]) -> bool:
        ids = {e.id for e in g}
        return any((r.source in ids and r.kind != "inside") or (r.target in ids) for r in scene.relations)

    def per(g: list[Entity]) -> dict[str | None, list[Entity]]:
        out: dict[str | None, list[Entity]] = {}
        for e in g:
            out.setdefault(parent.get(e.id), []).append(e)
        return out

    order = sorted(groups, key=lambda k: k[1])
    into: dict[str, str] = {}
    done: set[tuple] = set()
    for i, k1 in enumerate(order):
        for k2 in order[i + 1:]:
            if k2[0] != k1[0] or k1 in done or k2 in done:
                continue
            g1, g2 = groups[k1], groups[k2]
            if any(e.attr("count_default") for e in g1 + g2) or _NEW.search(g2[0].span.text):
                continue
            p1, p2 = per(g1), per(g2)
            if set(p1) != set(p2) or None in p1 or any(len(p1[c]) != len(p2[c]) for c in p1):
                continue
            if any(e.id in holders for e in g2) or (own(g1) and own(g2)):
                continue
            if k1[0] not in _ONE_SYSTEM and (_LIST_GAP.fullmatch((scene.text or "")[k1[2]:k2[1]])
                                             or _differ(g1[0], g2[0])):
                continue   # "a large vacuole and a small vacuole", "a contractile vacuole, a food vacuole": two
            for c in p1:
                for a, b in zip(p1[c], p2[c]):
                    into[b.id] = a.id
            done.add(k2)
    if not into:
        return scene
    ents = [e for e in scene.entities if e.id not in into]
    rels, seen = [], set()
    for r in scene.relations:
        s, t = into.get(r.source, r.source), into.get(r.target, r.target)
        if s != t and (r.kind, s, t) not in seen:
            seen.add((r.kind, s, t))
            rels.append(Relation(r.kind, s, t, r.span))
    return replace(scene, entities=tuple(ents), relations=tuple(rels))
