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

from ..types import Entity, Relation, SceneGraph, Span, _freeze

__all__ = ["merge_restated", "merge_of", "fill_elided", "restated_alone"]


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


_OF = re.compile(r"^\s*(?:(?:body|soma|part)\s+)?(?:\([^()]{1,30}\)\s*)?of\s*$|^\s*,?\s*(?:i\.e\.|that\s+is|namely)\s*,?\s*$", re.IGNORECASE)
# "A binucleate cell: a single cell holding two nuclei", "a guard cell — one cell with …": a colon or dash
# before an indefinite singular mention of the same kind defines the first (a gloss), it names no second
# one; a comma is left alone ("a plant cell, an animal cell and …" is a list)
_GLOSS = re.compile(r"^\s*[:—–]\s*$")
_ONE = re.compile(r"^\s*(?:a|an|one|a\s+single|one\s+single|single)\b", re.IGNORECASE)


def merge_of(scene: SceneGraph) -> SceneGraph:
    """``scene`` with "the cell body of a neuron" (two mentions of one kind, one the part or the name of the
    other, joined by "of", an aside in brackets allowed: "the cell body (soma) of a neuron") read as one
    thing: the second's attributes join the first's, its relations become the first's; then the mentions
    of one stated cell as one (``cell_corefer``)."""
    from .cell_corefer import corefer_cells
    return corefer_cells(_merge_of(scene))


def _merge_of(scene: SceneGraph) -> SceneGraph:
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
        elif a.kind == b.kind == "cell" and a.id not in into and not a.name and not b.name and scene.text \
                and _GLOSS.match(scene.text[a.span.end:b.span.start]) and _ONE.match(b.span.text) \
                and _ONE.match(a.span.text) \
                and not (a.attr("type") and b.attr("type") and a.attr("type") != b.attr("type")):
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


def restated_alone(scene: SceneGraph) -> list[tuple[int, int]]:
    """The spans of the uncounted mentions ``merge_restated`` merges that say nothing else (no relation but
    lying in their container): read again without them, the counted mention alone is what later "them",
    "each of them" point back to ("a small group of cells … draw three cells and give every one of them a
    nucleus" gave one nucleus to all three cells while the group was a fourth)."""
    drop = _restated(scene)
    said = {r.source for r in scene.relations if r.kind != "inside"} | \
        {r.target for r in scene.relations}
    by_id = {e.id: e for e in scene.entities}
    out = {(by_id[i].span.start, by_id[i].span.end) for i in drop if i not in said and by_id[i].span is not None}
    return sorted(out)


def merge_restated(scene: SceneGraph) -> SceneGraph:
    """``scene`` with each uncounted plural mention merged into a counted mention of the same things."""
    scene = fill_elided(merge_of(scene))
    drop = _restated(scene)
    if not drop:
        return scene
    return _merge(scene, drop)


def _restated(scene: SceneGraph) -> dict[str, list[str]]:
    """uncounted entity id → the counted entities of the same things"""
    groups: dict[tuple, list] = {}
    for e in scene.entities:
        if e.span is not None:
            groups.setdefault((e.kind, e.span.start, e.span.end), []).append(e)
    parent = scene.containers()
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
    return drop


def _merge(scene: SceneGraph, drop: dict[str, list[str]]) -> SceneGraph:
    parent = scene.containers()
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


_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12, "a dozen": 12}
# (the verbs of getting or keeping the grammar reads as "contains": "the other got 2", "the second inherits 3")
_HAS = re.compile(r"\s+(?:has|have|had|gets|get|got|holds|hold|contains|contain|with|should\s+have|must\s+have|"
                  r"received|receives|inherited|inherits|(?:ended|ends|end)\s+up\s+with|carries|carry|"
                  r"gets?\s+only|has\s+only|has\s+just|only\s+has|just\s+has)\s+$", re.IGNORECASE)
_BARE = re.compile(r"^(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen)$", re.IGNORECASE)
_COUNTED = re.compile(r"^\s*(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen)\b",
                      re.IGNORECASE)


_ENDS = re.compile(r"\s*(?:[.,;:!?)—–-]|and\b|or\b|but\b|while\b|whereas\b|each\b|$)", re.IGNORECASE)


def fill_elided(scene: SceneGraph) -> SceneGraph:
    """"The left one has 2 mitochondria and the right one has 4": a count whose noun is left out because
    the parallel clause before it names it (gapping) counts that noun, inside the thing the clause is
    about. Read as a word that carries nothing, the count was dropped (two mitochondria drawn, six asked).
    A bare count after "has"/"with" whose noun or owner cannot be told is refused, naming it."""
    from ..errors import InputError
    text = scene.text or ""
    # the grammar lists a number that counts nothing it could tell among the words it did not read
    # (``unknown``); older readings passed it over (``ignored``)
    # a count followed by a word of its own ("if the parent cell had 46 chromosomes") counts that word, which
    # nesy did not read (listed as not drawn), not a noun left out: only a count that ends its clause is elided
    bare = [s for s in tuple(scene.ignored) + tuple(scene.unknown)
            if _BARE.match(s.text.strip()) and _HAS.search(text[:s.start]) and _ENDS.match(text, s.end)]
    if not bare:
        return scene
    ents, rels = list(scene.entities), list(scene.relations)
    ignored, unknown = list(scene.ignored), list(scene.unknown)
    for sp in bare:
        verb = _HAS.search(text[:sp.start])
        owner = next((e for e in ents if e.span is not None and e.span.end == verb.start()), None)
        before = sorted((e for e in ents if e.span is not None and e.span.end <= verb.start()
                         and _COUNTED.match(e.span.text) and (owner is None or e.kind != owner.kind)),
                        key=lambda e: e.span.end)
        if owner is None or not before:
            raise InputError(f"'{sp.text}' at {sp.start}-{sp.end} counts nothing nesy can tell: name what it "
                             f"counts, e.g. '{sp.text} mitochondria'")
        kind = before[-1].kind
        n = _NUMBER_WORDS.get(sp.text.strip().lower()) or int(sp.text.strip())
        used = {e.id for e in ents}
        k = 1
        for _ in range(n):
            while f"{kind}{k}" in used:
                k += 1
            eid = f"{kind}{k}"
            used.add(eid)
            ents.append(Entity(eid, kind, None, (), Span(sp.start, sp.end, sp.text)))
            rels.append(Relation("inside", eid, owner.id, Span(owner.span.start, sp.end, text[owner.span.start:sp.end])))
        (ignored if sp in ignored else unknown).remove(sp)
    return replace(scene, entities=tuple(ents), relations=tuple(rels), ignored=tuple(ignored),
                   unknown=tuple(unknown))
