"""One cell mentioned several times, and the stated number of cells that bounds them.

"the cell body of a single neuron, drawn as one cell, with its nucleus", "a red blood cell? … so just the one
empty cell", "A muscle fibre is one long cell with many nuclei. Draw a piece of one: a single cell with 4
nuclei": each text names one cell two or three times (its type word, then "cell"; an apposition; a summary).
Read as new things, the figure drew two or three cells, and their organelles added up (many + 4 nuclei gave
seven), and verified: a wrong figure that passed.

A text that states one cell ("one cell", "a single cell", "just the one cell", "only one cell") bounds the
cells of the figure that its statement counts: the outermost cells (not inside another) whose type agrees
with it. Those mentions name one cell when nothing in the text tells them apart: no relation between them
("next to", "inside"), no coordination ("a cell with a nucleus and one cell with two"), no word that marks a
new one ("another", "a second", "the other"), no member of a group ("the left one"), no counted plural of
cells ("two cells"), no attributes that disagree ("a plant cell … one animal cell"). Then they are merged.
When something does tell them apart, a plain "one"/"a single" is the determiner of its own mention, not a
total, and the mentions stay as they were; "just/only/exactly one", "the one cell" is a total, and a text
that also names distinct cells is refused, naming the phrases.

What two mentions of the merged cell say of its organelles is one statement made more precise, never a
sum: "many nuclei" … "4 nuclei" is four; "4 nuclei" … "4 nuclei" is four; "2 nuclei" … "4 nuclei" is refused,
naming both. Hands ``cell_merge.merge_of`` (so ``CellDomain.parse``) the scene with each cell once.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace

from ..types import Entity, Relation, SceneGraph, Span, _freeze

__all__ = ["corefer_cells", "stated_ones"]

# "one cell", "a single neuron", "just the one empty cell", "only one long cell", "1 long cell" (a recipe's
# list): the number word, up to two
# words of the mention's own, and a cell noun (``cell_members.typed_cell_rx`` gives the nouns)
_ONE = (r"(?i)(?<![\w-])(?P<lead>(?:(?:just|only|exactly|but)\s+)?(?:the\s+)?)(?P<num>one\s+single|one|a\s+single|single|1(?![\d.,]\d))"
        r"\s+(?P<mid>(?:(?!(?:of|or|and|with|per|in|each)\b)[a-z][\w'-]*\s+){{0,2}}?)(?P<noun>{noun})")
_STRONG = re.compile(r"(?i)\b(?:just|only|exactly)\b|^the\s")
# words that mark a mention as another thing than one named before, or as one member of several
_NEW = re.compile(r"(?i)\b(?:another|other|others|second|third|fourth|last|more|extra|additional|further|different|"
                  r"separate|neighbou?ring|adjacent|left|right|left-hand|right-hand|leftmost|rightmost|top|bottom|"
                  r"upper|lower|middle|first|former|latter|both|each|every|either)\b")
# right before a later mention: it is coordinated with, or compared to, the one before
_COORD = re.compile(r"(?i)(?:\band|\bor|\bnor|\bplus|&|\+|\bversus|\bvs\.?|\bas\s+well\s+as|\bthan|\bfrom|"
                    r"\bcompared\s+(?:to|with)|\balongside|\bbeside|\bbesides)\s*$")
_VAGUE_LEAD = re.compile(r"(?i)^(?:many|several|some|a\s+few|few|multiple|numerous|lots\s+of|a\s+lot\s+of|various)\s")
# a statement that adds to what was said before ("it also has 3 more mitochondria")
_MORE = re.compile(r"(?i)\b(?:also|more|another|additional|extra|further|too|as\s+well|besides)\b")
_PER = re.compile(r"(?i)\b(?:per|each|every|apiece)\b")
_VAGUE = re.compile(r"(?i)^(?:many|several|some|a\s+few|few|multiple|numerous|lots\s+of|a\s+lot\s+of|various)$")


@functools.lru_cache(maxsize=1)
def _one_rx() -> re.Pattern:
    from .cell_members import typed_cell_rx
    return re.compile(_ONE.format(noun=typed_cell_rx()))


def stated_ones(text: str) -> list[tuple[int, int, bool]]:
    """The phrases of ``text`` that state one cell: ``(start, end, strong)``; strong when "just", "only",
    "exactly" or "the" ("the one cell") make the number a total of the figure's cells."""
    out = []
    for m in _one_rx().finditer(text):
        if re.match(r"(?i)\s*(?:nucle|wall\b|membrane\b)", text[m.end():]):
            continue   # "a single cell nucleus": not a cell
        strong = bool(_STRONG.search(m.group("lead") or ""))
        out.append((m.start(), m.end(), strong))
    return out


def corefer_cells(scene: SceneGraph) -> SceneGraph:
    """``scene`` with the mentions of one stated cell merged (see the module); raises ``InputError`` where a
    total of one cell and mentions the text tells apart cannot both hold."""
    text = scene.text or ""
    ones = stated_ones(text)
    if not ones:
        return scene
    cells = [e for e in scene.entities if e.kind == "cell" and e.span is not None]
    inside = {r.source for r in scene.relations if r.kind in ("inside", "element_of")}
    mentions: dict[tuple[int, int], list[Entity]] = {}
    for e in cells:
        if e.id not in inside:
            mentions.setdefault((e.span.start, e.span.end), []).append(e)
    if len(mentions) < 2 and not any(len(g) > 1 for g in mentions.values()):
        return _one_cell(scene, inside)
    from ..parse.grammar import load_grammar
    general = load_grammar("cell").general
    order = sorted(mentions)
    said = {k: _said(mentions[k]) for k in order}
    # the total's own type ("only one plant cell"): the mentions it counts are those that agree with it
    for a, b, strong in ones:
        host = next((k for k in order if k[0] < b and a < k[1]), None)
        own = said[host] if host is not None else {}
        counted = [k for k in order if _agrees(said[k], own, general)]
        if len(counted) < 2 and not any(len(mentions[k]) > 1 for k in counted):
            continue
        why = _told_apart(scene, text, counted, mentions, said, general)
        if why is None:
            return _merge(scene, [mentions[k][0] for k in counted])
        if strong:
            from ..errors import InputError
            x, y = why
            other = f"'{text[x[0]:x[1]]}' at {x[0]}-{x[1]} " + (
                "names more than one" if x == y else f"and '{text[y[0]:y[1]]}' at {y[0]}-{y[1]} are told apart as two")
            raise InputError(f"'{text[a:b]}' at {a}-{b} states one cell, but {other}: say how many cells to draw, or "
                             "name the one cell once")
    return _one_cell(scene, inside)


def _one_cell(scene: SceneGraph, inside: set[str]) -> SceneGraph:
    """A text that states one cell and names one: what its statements say of that cell's organelles,
    reconciled (``_reconcile``)."""
    tops = [e for e in scene.entities if e.kind == "cell" and e.id not in inside]
    return _reconcile(scene, tops[0].id, scene) if len(tops) == 1 else scene


def _said(group: list[Entity]) -> dict:
    """What a mention says of its cell: its attributes other than absences and default counts."""
    return {k: v for k, v in group[0].attributes if k not in ("absent", "count_default")}


def _lead(text: str, at: int, words: int = 2) -> str:
    """The last ``words`` whole words before ``at`` in its clause ("one more cell": "one more")."""
    clause = re.split(r"[.;:!?()\[\]—–]", text[max(0, at - 60):at])[-1]
    return " ".join(clause.split()[-words:]) if words else ""


def _agrees(a: dict, b: dict, general) -> bool:
    from ..parse.grammar_refer import agrees
    return agrees(a, b, general) and agrees(b, a, general)


def _told_apart(scene: SceneGraph, text: str, counted: list, mentions: dict, said: dict,
                general) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Two mentions among ``counted`` that the text tells apart (their spans), or None."""
    from .cell_merge import _plural_head
    for k in counted:
        g = mentions[k]
        plural = _plural_head(g[0].span.text) or len(g) > 1
        if plural and not all(e.attr("count_default") for e in g):
            return k, k            # "two cells": several, counted
        if _NEW.search(_lead(text, k[0]) + " " + text[k[0]:k[1]]):
            return k, k            # "another cell", "the left one"
    of = {e.id: k for k in counted for e in mentions[k]}
    for r in scene.relations:
        if r.source in of and r.target in of and of[r.source] != of[r.target]:
            return of[r.source], of[r.target]
    for x, k1 in enumerate(counted):
        for k2 in counted[x + 1:]:
            if not _agrees(said[k1], said[k2], general):
                return k1, k2
            n1, n2 = mentions[k1][0].name, mentions[k2][0].name
            if n1 and n2 and n1 != n2:
                return k1, k2
            if _COORD.search(text[k1[1]:k2[0]]):
                # "a cell with a nucleus and one cell with two mitochondria": the earlier mention's own words,
                # then a coordinator right before the later one
                return k1, k2
    return None


def _merge(scene: SceneGraph, keep: list[Entity]) -> SceneGraph:
    """``scene`` with the cells ``keep`` (one per mention, in text order; every other cell of those mentions
    as well) made the first one: attributes joined, relations moved, and the organelles each mention puts
    directly in it reconciled (``_reconcile``)."""
    first = keep[0]
    into: dict[str, str] = {}
    for e in scene.entities:
        if e.kind == "cell" and e.span is not None and any(e.span == k.span for k in keep) and e.id != first.id:
            into[e.id] = first.id
    attrs = dict(first.attributes)
    for e in scene.entities:
        if e.id in into:
            for k, v in e.attributes:
                if k == "absent":
                    have = [dict(x) for x in attrs.get("absent", ())] if "absent" in attrs else []
                    add = [dict(x) for x in v]
                    have_k = {(x.get("kind"), x.get("start")) for x in have}
                    attrs["absent"] = have + [x for x in add if (x.get("kind"), x.get("start")) not in have_k]
                elif k not in attrs:
                    attrs[k] = v
    ents = [replace(e, attributes=_freeze(_thaw_all(attrs))) if e.id == first.id else e
            for e in scene.entities if e.id not in into]
    rels, seen = [], set()
    for r in scene.relations:
        s, t = into.get(r.source, r.source), into.get(r.target, r.target)
        if s != t and (r.kind, s, t, r.span) not in seen:
            seen.add((r.kind, s, t, r.span))
            rels.append(Relation(r.kind, s, t, r.span))
    merged = replace(scene, entities=tuple(ents), relations=tuple(_dedupe(rels)))
    return _reconcile(merged, first.id, scene)


def _thaw_all(d: dict) -> dict:
    from ..types import _thaw
    return {k: _thaw(v) for k, v in d.items()}


def _dedupe(rels: list[Relation]) -> list[Relation]:
    out, seen = [], set()
    for r in rels:
        if (r.kind, r.source, r.target) not in seen:
            seen.add((r.kind, r.source, r.target))
            out.append(r)
    return out


def _reconcile(scene: SceneGraph, cell: str, before: SceneGraph) -> SceneGraph:
    """The organelles of each kind that different mentions of the one cell ``cell`` put directly in it (a
    mention merged into it, or a statement of its own: "A hepatocyte has 2 nuclei. Draw it as a single cell with
    2 nuclei") are one statement made more precise: an uncounted or vague one ("many nuclei", "several nuclei")
    gives way to a counted one, two equal counts are the same things, two different counts are refused, naming
    both. Left as a sum: two statements that each say something of their own of their things ("2 near the
    nucleus … 3 near the membrane") or that mark themselves as more ("also", "another", "more")."""
    from ..errors import InputError
    from .cell_merge import _plural_head
    text = scene.text or ""
    old_parent: dict[str, str] = {}
    for r in before.relations:
        if r.kind == "inside":
            old_parent.setdefault(r.source, r.target)
    by_id = {e.id: e for e in scene.entities}
    said_in: dict[str, Span | None] = {}
    for r in scene.relations:
        if r.kind == "inside" and r.target == cell:
            said_in.setdefault(r.source, r.span)
    # kind → the mention of the cell it was said of (its old container, or where its statement starts) → things
    table: dict[str, dict[object, list[Entity]]] = {}
    for i, sp in said_in.items():
        e = by_id.get(i)
        if e is None or e.kind == "cell" or e.span is None:
            continue
        p = old_parent.get(i, cell)
        key = p if p != cell else (sp.start if sp is not None else None)
        table.setdefault(e.kind, {}).setdefault(key, []).append(e)

    def uncounted(side: list[Entity]) -> bool:
        return all(e.attr("count_default") or _VAGUE_LEAD.match(e.span.text) or (
            not e.name and _plural_head(e.span.text) and sum(f.span == e.span for f in side) == 1) for e in side)

    def own(side: list[Entity]) -> bool:
        ids = {e.id for e in side}
        return any((r.source in ids and r.kind != "inside") or r.target in ids for r in scene.relations)

    def more(side: list[Entity]) -> bool:
        # "also 3 more", or a count per thing ("one per nucleus", "two in each"): no restatement of the total
        sp = said_in.get(side[0].id)
        return bool(_MORE.search(side[0].span.text) or (sp is not None and _MORE.search(sp.text))
                    or _PER.search(text[side[0].span.start:side[0].span.end + 12]))
    fan: dict[str, list[str]] = {}
    vague: list[Span] = []
    for kind, per in table.items():
        if len(per) < 2:
            continue
        sides = [sorted(v, key=lambda e: (e.span.start, e.id)) for v in per.values()]
        counted = [x for x, side in enumerate(sides) if not uncounted(side)]
        base = sides[counted[0] if counted else 0]
        for side in sides:
            if side is base or more(side) or (own(side) and own(base)):
                continue
            if uncounted(side):
                vague.extend(e.span for e in side)
                for e in side:
                    fan[e.id] = [f.id for f in base]
            elif len(side) != len(base):
                a, b = base[0].span, side[0].span
                a, b = (a, b) if a.start < b.start else (b, a)
                raise InputError(f"'{a.text}' at {a.start}-{a.end} and '{b.text}' at {b.start}-{b.end} are said of the "
                                 "same cell (the text states one cell) but give different numbers: say how many it "
                                 "has, once")
            else:
                for e, f in zip(side, base):
                    fan[e.id] = [f.id]
    if not fan:
        return scene
    held = {r.target for r in scene.relations if r.kind == "inside"}
    for old in fan:
        if old in held:
            fan[old] = fan[old][:1]   # what the dropped thing held goes into one of them, not into each
    rels: list[Relation] = []
    for r in scene.relations:
        for s in fan.get(r.source, [r.source]):
            for t in fan.get(r.target, [r.target]):
                if s != t:
                    rels.append(Relation(r.kind, s, t, r.span))
    unknown = tuple(u for u in scene.unknown if not any(_vague_before(text, u, sp) for sp in vague))
    return replace(scene, entities=tuple(e for e in scene.entities if e.id not in fan),
                   relations=tuple(_dedupe(rels)), unknown=unknown)


def _vague_before(text: str, u: Span, sp: Span) -> bool:
    """Whether the unread word ``u`` is the vague quantifier of the mention at ``sp`` ("many nuclei"), which
    the counted mention of the same things now states exactly."""
    return bool(_VAGUE.match(u.text.strip())) and not text[u.end:sp.start].strip()
