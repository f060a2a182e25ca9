"""One set of organelles or cells named twice: an uncounted plural and a count given for the same things.

"a small group of cells … draw three cells", "a cell with mitochondria and a nucleus. Draw four
mitochondria", "some lysosomes … 2 lysosomes near the nucleus": the uncounted plural names the things the
counted mention then counts. Read as two mentions, the figure drew both (four cells for "three cells",
seven mitochondria for "four") and verified what it drew — a wrong figure that passed. Here the uncounted
mention is merged into the counted one when both are of the same kind in the same container and the count
is a plural (two or more): what was said of the uncounted things (its relations, and its attributes where
the counted ones say nothing) is said of every counted one. An uncounted plural with things of its own
inside it, or whose kind has no counted mention there, is left as the shared grammar read it.

"the cell body of a neuron" names one cell twice (its part, then what it is): ``merge_of`` reads one cell.

Hands ``CellDomain.parse`` the merged scene.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..types import Relation, SceneGraph, _freeze

__all__ = ["merge_restated"]


def _plural_head(text: str) -> bool:
    """Whether the mention's last word is a plural noun ("cells", "mitochondria", "nuclei")."""
    from ..parse.nlp import get_nlp
    words = text.split()
    if not words:
        return False
    w = words[-1].strip(".,;:!?()").lower()
    if not w.isalpha():
        return False
    lem = get_nlp()(w)[0].lemma_.lower()
    return lem != w


_OF = re.compile(r"^\s*(?:(?:body|soma|part)\s+)?of\s*$|^\s*,?\s*(?:i\.e\.|that\s+is|namely)\s*,?\s*$", re.IGNORECASE)


def merge_of(scene: SceneGraph) -> SceneGraph:
    """``scene`` with "the cell body of a neuron" (two mentions of one kind, one the part or the name of the
    other, joined by "of") read as one thing: the second's attributes join the first's, its relations
    become the first's."""
    ents = list(scene.entities)
    spans = {}
    for e in ents:
        if e.span is not None:
            spans.setdefault((e.span.start, e.span.end), []).append(e)
    singles = sorted((g[0] for g in spans.values() if len(g) == 1), key=lambda e: e.span.start)
    into: dict[str, str] = {}
    for a, b in zip(singles, singles[1:]):
        if a.kind == b.kind == "cell" and a.id not in into and not a.name and not b.name \
                and _OF.match(scene.text[a.span.end:b.span.start] if scene.text else "x"):
            into[b.id] = a.id
    if not into:
        return scene
    by_id = {e.id: e for e in ents}
    out = []
    for e in ents:
        if e.id in into:
            continue
        more = [by_id[o] for o, n in into.items() if n == e.id]
        if more:
            have = dict(e.attributes)
            for o in more:
                have.update({k: v for k, v in o.attributes if k not in have})
            e = replace(e, attributes=_freeze(have))
        out.append(e)
    rels, seen = [], set()
    for r in scene.relations:
        s, t = into.get(r.source, r.source), into.get(r.target, r.target)
        if s != t and (r.kind, s, t) not in seen:
            seen.add((r.kind, s, t))
            rels.append(Relation(r.kind, s, t, r.span))
    return replace(scene, entities=tuple(out), relations=tuple(rels))


def merge_restated(scene: SceneGraph) -> SceneGraph:
    """``scene`` with each uncounted plural mention merged into a counted mention of the same things."""
    scene = merge_of(scene)
    groups: dict[tuple, list] = {}
    for e in scene.entities:
        if e.span is not None:
            groups.setdefault((e.kind, e.span.start, e.span.end), []).append(e)
    parent = {}
    for r in scene.relations:
        if r.kind == "inside":
            parent.setdefault(r.source, r.target)
    holders = {r.target for r in scene.relations if r.kind == "inside"}

    def uncounted(g: list) -> bool:
        if all(e.attr("count_default") for e in g):
            return True
        return len(g) == 1 and not g[0].name and _plural_head(g[0].span.text)

    drop: dict[str, list[str]] = {}
    for key, g in groups.items():
        if not uncounted(g) or any(e.id in holders for e in g):
            continue
        where = {parent.get(e.id) for e in g}
        if len(where) != 1:
            continue
        (p,) = where
        counted = [e for k2, g2 in groups.items() if k2[0] == key[0] and k2 != key and not uncounted(g2)
                   for e in g2 if parent.get(e.id) == p]
        if len(counted) >= 2:
            for e in g:
                drop[e.id] = [c.id for c in counted]
    if not drop:
        return scene
    ents = []
    by_id = {e.id: e for e in scene.entities}
    inherit: dict[str, dict] = {}
    for old, news in drop.items():
        o = by_id[old]
        if o.attr("count_default"):
            for n in news:
                inherit.setdefault(n, {}).update({k: v for k, v in o.attributes if k != "count_default"})
    for e in scene.entities:
        if e.id in drop:
            continue
        if e.id in inherit:
            have = dict(e.attributes)
            add = {k: v for k, v in inherit[e.id].items() if k not in have}
            if add:
                e = replace(e, attributes=_freeze({**have, **add}))
        ents.append(e)
    rels: list[Relation] = []
    seen: set[tuple[str, str, str]] = set()
    for r in scene.relations:
        srcs = drop.get(r.source, [r.source])
        tgts = drop.get(r.target, [r.target])
        for s in srcs:
            for t in tgts:
                if s == t or (r.kind == "inside" and r.source in drop and parent.get(s) == t):
                    continue
                if (r.kind, s, t) not in seen:
                    seen.add((r.kind, s, t))
                    rels.append(Relation(r.kind, s, t, r.span))
    return replace(scene, entities=tuple(ents), relations=tuple(rels))
