"""Statements of an organelle's size or place relative to its cell, read before the shared grammar of nesy.cell.v1.

"one big central vacuole taking up most of the space", "the vacuole fills most of the cell", "a vacuole that
occupies about 80 % of the cell", "most of the cell is filled by the vacuole", "a small vacuole": how much of
its cell an organelle covers, read as a range of the drawn area fraction (``layout/cell.yaml`` ``fills``: the
schematic convention for each amount word; a stated percentage is a volume fraction and is drawn within the
convention's range, which scene.json says). "the nucleus pushed off to one side", "an off-centre nucleus":
an eccentric place in its cell. "the nucleus is the largest organelle": larger than every other organelle of
its cell (one ``larger`` relation each). "chloroplasts spread around near the edge": "around" with no object
of its own says only that they are spread out, and is dropped so the place that follows is what is read.

Each statement's characters are blanked before the shared grammar reads the rest (offsets kept); the
statement becomes an attribute of the entity it is said of (``fills``: {lo, hi, phrase, start, end};
``eccentric``: {phrase, start, end}) or relations, which ``CellDomain`` solves and checks from the pixels.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..types import Relation, SceneGraph, Span, _freeze

__all__ = ["find_sizes", "apply_sizes", "fills_of", "eccentric_of", "restore_spans"]

_NUM = r"(?P<num>\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per\s*cent|pct)"
_AMOUNT = (rf"(?P<amt>(?:about|around|roughly|approximately|approx\.?|nearly|almost|some|~|over|more\s+than|at\s+least)?\s*{_NUM}"
           r"|most|much|the\s+bulk|the\s+majority|a\s+majority|nearly\s+all|almost\s+all|virtually\s+all|"
           r"the\s+greater\s+part|a\s+large\s+part|a\s+big\s+part|a\s+great\s+deal|over\s+half|more\s+than\s+half|"
           r"half|about\s+half|around\s+half|roughly\s+half|nearly\s+half|a\s+third|about\s+a\s+third|a\s+quarter|"
           r"a\s+small\s+part|little)")
_PLACE = (r"(?:(?:the|its|their|this|that)\s+)?(?:(?:cell'?s|whole|entire|available|inner|internal|interior)\s+)?"
          r"(?P<place>space|room|cell|cells|volume|interior|inside|cytoplasm|area|cell\s+volume|cell\s+interior)"
          r"(?:\s+(?:of|in|inside)\s+(?:the|its|each|this)\s+(?:plant\s+|animal\s+)?cell)?\b")
_FILL_VERB = (r"(?:that\s+|which\s+)?(?:(?:is|are)\s+)?(?:taking\s+up|takes\s+up|take\s+up|took\s+up|taking|takes|"
              r"occupying|occupies|occupy|filling\s+up|fills\s+up|fill\s+up|filling|fills|fill|covering|covers|cover|"
              r"making\s+up|makes\s+up|make\s+up|accounting\s+for|accounts\s+for|using\s+up|uses\s+up|"
              r"hogging|dominating|dominates)")
# "X taking up most of the space" (X before), "most of the cell is taken up by X" (X after)
_ACTIVE = re.compile(rf"\b{_FILL_VERB}\s+{_AMOUNT}\s+(?:of\s+)?{_PLACE}", re.IGNORECASE)
_PASSIVE = re.compile(rf"\b{_AMOUNT}\s+of\s+{_PLACE}\s+(?:is|are|gets|being)?\s*(?:taken\s+up|filled|occupied|"
                      r"covered|used\s+up|dominated)\s+by\b", re.IGNORECASE)
_ECCENTRIC = re.compile(
    r"\b(?:(?:pushed|shoved|squeezed|pressed|displaced|moved|shifted|placed|sitting|sits|sat|located|lying|lies|"
    r"tucked|set)\s+)?(?:(?:off|over|away)\s+)?(?:to|at|on)\s+(?:one|the)\s+side(?:\s+of\s+the\s+cell)?\b"
    r"|\b(?:pushed|shoved|squeezed|pressed|displaced)\s+(?:off\s+|aside\b|sideways\b|to\s+the\s+(?:edge|periphery|rim)\b)"
    r"|\boff[- ]cent(?:re|er|red|ered)\b|\beccentric(?:ally)?(?:\s+(?:placed|positioned|located))?\b"
    r"|\bnot\s+in\s+the\s+(?:middle|centre|center)\b", re.IGNORECASE)
_CENTRE = re.compile(
    r"\b(?:(?:placed|positioned|located|sitting|sits|lying|lies|set|drawn)\s+)?(?:right\s+|exactly\s+|squarely\s+)?"
    r"(?:in|at)\s+(?:the\s+|its\s+|their\s+)?(?:very\s+)?(?:middle|centre|center)(?:\s+of\s+(?:the|its|each)\s+cell)?\b"
    r"(?!\s+of\b)"
    r"|\bcentrally(?:\s+(?:placed|positioned|located|situated))?\b"
    r"|\b(?:in|at)\s+the\s+cell'?s\s+(?:middle|centre|center)\b", re.IGNORECASE)
_LARGEST = re.compile(r"\b(?:is|as|being|be)\s+(?:by\s+far\s+)?the\s+(?:largest|biggest)\s+(?:organelle|structure|"
                      r"thing|compartment|one)(?:\s+(?:in|of|inside)\s+(?:the|its|each)\s+cell)?\b", re.IGNORECASE)
# "spread around" / "scattered about" with no object of its own: the place that follows is what is said
_AROUND = re.compile(r"\b(?:spread|scattered|distributed|dotted|strewn|arranged|placed|dispersed)\s+(?P<w>around|about|round)"
                     r"(?=\s*(?:$|[,.;:)]|\b(?:near|at|along|close|in|inside|within|throughout|by|next|against|"
                     r"beside|just|and|the\s+(?:edge|periphery|rim|outside|inside))\b))", re.IGNORECASE)
# cells said to lie side by side (a tissue): "a row of three plant cells", "cells side by side", "two adjacent
# plant cells", "cells sharing a wall" — each cell next to the one after it (one ``adjacent`` relation each)
_ROW = re.compile(
    r"\b(?:row|line|chain|file|strip|series|string)\s+of\s+(?:\w+[- ]?){0,3}?cells\b"
    r"|\bcells\b[^.;:!?]{0,40}?\b(?P<tail>(?:lined|lining|laid|set)\s+(?:up|out)(?:\s+(?:side[- ]by[- ]side|in\s+a\s+(?:row|line)|next\s+to\s+(?:each\s+other|one\s+another)))?|side[- ]by[- ]side|next\s+to\s+(?:each\s+other|one\s+another)|in\s+a\s+(?:row|line)|"
    r"sharing\s+(?:a|one|the|their)\s+(?:common\s+)?(?:cell\s+)?walls?|abutting(?:\s+(?:each\s+other|one\s+another))?|"
    r"touching\s+(?:each\s+other|one\s+another)|joined\s+(?:together|to\s+each\s+other))"
    r"|\b(?P<adj>side[- ]by[- ]side|adjacent|abutting|contiguous|adjoining|joined)\s+(?:\w+\s+){0,2}?cells\b",
    re.IGNORECASE)
_EDGE_WORDS = re.compile(r"(?i)\b(?:the\s+)?(?:outer\s+)?(?:edge|edges|rim)\b")


def _style_fills() -> dict[str, Any]:
    from ..render.style import science_style
    return science_style("cell")["fills"]


def _range(m: re.Match) -> tuple[float, float, str]:
    """The drawn area-fraction range of an amount (``layout/cell.yaml`` ``fills``) and how it was read."""
    cv = _style_fills()
    amt = re.sub(r"\s+", " ", m.group("amt").lower().strip())
    if m.group("num"):
        v = float(m.group("num")) / 100.0
        lo_cap, hi_cap = cv["drawn"]
        lo, hi = max(v - cv["tolerance"], 0.02), min(v + cv["tolerance"], hi_cap)
        if lo > hi_cap - cv["tolerance"]:
            # a volume fraction above what a schematic section can show with the rest still fitting
            lo, hi = max(hi_cap - 2 * cv["tolerance"], lo_cap), hi_cap
            return lo, hi, f"{v:.0%} of the volume, drawn as {lo:.0%}–{hi:.0%} of the area ({cv['source']})"
        return lo, hi, f"{v:.0%}, drawn as {lo:.0%}–{hi:.0%} of the area"
    words = cv["words"]
    key = next((k for k in words if re.fullmatch(k, amt)), None)
    lo, hi = words[key] if key else words["most"]
    return float(lo), float(hi), f"'{amt}' drawn as {lo:.0%}–{hi:.0%} of the area"


def find_sizes(text: str) -> list[dict]:
    """Every size / place statement of ``text``: ``{start, end, what: fills|fills_after|eccentric|largest|
    around, ...}``."""
    out: list[dict] = []
    for m in _ACTIVE.finditer(text):
        lo, hi, how = _range(m)
        out.append({"start": m.start(), "end": m.end(), "what": "fills", "lo": lo, "hi": hi, "how": how})
    for m in _PASSIVE.finditer(text):
        if any(f["start"] < m.end() and m.start() < f["end"] for f in out):
            continue
        lo, hi, how = _range(m)
        out.append({"start": m.start(), "end": m.end(), "what": "fills_after", "lo": lo, "hi": hi, "how": how})
    for rx, what in ((_ECCENTRIC, "eccentric"), (_LARGEST, "largest"), (_CENTRE, "centre")):
        for m in rx.finditer(text):
            if not any(f["start"] < m.end() and m.start() < f["end"] for f in out):
                out.append({"start": m.start(), "end": m.end(), "what": what})
    for m in _ROW.finditer(text):
        if not any(f["start"] < m.end() and m.start() < f["end"] for f in out):
            # only an adjective the grammar leaves unread is blanked ("adjacent cells"); the rest is read as filler
            adj = (m.start("adj"), m.end("adj")) if m.group("adj") else \
                (m.start("tail"), m.end("tail")) if m.group("tail") else None
            out.append({"start": m.start(), "end": m.end(), "what": "row", "blank": adj})
    for m in _AROUND.finditer(text):
        if not any(f["start"] < m.end() and m.start() < f["end"] for f in out):
            out.append({"start": m.start("w"), "end": m.end("w"), "what": "around"})
    from .cell_measures import find_measures     # "a cell roughly 25 µm across", "nucleus 8 µm in diameter"
    for f in find_measures(text):
        if not any(o["start"] < f["end"] and f["start"] < o["end"] for o in out):
            out.append(f)
    return sorted(out, key=lambda f: f["start"])


def blank(text: str, found: list[dict]) -> str:
    """``text`` with every statement replaced by spaces (offsets kept); a bare "the edge"/"the rim" of the
    cell after them is left for the grammar (its membrane words)."""
    chars = list(text)
    for f in found:
        if f["what"] == "row":
            if f.get("blank") is None:
                continue
            a, b = f["blank"]
        else:
            a, b = f["start"], f["end"]
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def _said_of(scene: SceneGraph, text: str, f: dict) -> Any:
    """The organelle a statement is said of: the last one named before it in its sentence ("the vacuole
    ... taking up most of the space"), or for a passive ("most of the cell is filled by the vacuole") the
    first one named after it."""
    organelles = [e for e in scene.entities if e.span is not None and e.kind != "cell"]
    within = [e for e in organelles if e.span.start <= f["start"] and f["end"] <= e.span.end]
    if within:   # before its noun, inside the mention: "an off-centre nucleus"
        return within[0]
    if f["what"] == "fills_after":
        after = [e for e in organelles if e.span.start >= f["end"] and "." not in text[f["end"]:e.span.start]]
        return min(after, key=lambda e: e.span.start, default=None)
    before = [e for e in organelles if e.span.end <= f["start"]
              and not re.search(r"[.;!?]", text[e.span.end:f["start"]])]
    if not before:
        return _definite_subject(organelles, text, f["start"])
    last = max(e.span.end for e in before)
    # the mention's first entity (a plural mention is several entities with one span)
    return next(e for e in before if e.span.end == last)


def _definite_subject(organelles: list, text: str, at: int) -> Any:
    """"… and a vacuole. The vacuole fills most of the cell", "Let the vacuole fill most of the cell": the
    statement's subject is a definite mention in its own sentence, which names what was introduced before (the
    grammar merges it into that entity, so it has no span of its own). The kind of the last vocabulary noun of the
    sentence before ``at``, when one entity of that kind is in the scene; else None (unread, reported)."""
    from .cell_aside import _kind, _nouns
    sent = re.split(r"[.;!?\n]", text[:at])[-1]
    nouns = list(_nouns().finditer(sent))
    if not nouns:
        return None
    k = _kind(nouns[-1].group(0))
    of_kind = [e for e in organelles if e.kind == k]
    return of_kind[0] if len({e.span for e in of_kind}) == 1 and len(of_kind) == 1 else None


def _placed_order(cells: list[str], scene: SceneGraph) -> list[str]:
    """The row's cells in the order their stated places give ("the left one …, the middle one …, the right
    one …": ``left_of``/``above`` between every two), when each has one; else as named. Neighbours in that
    order are the adjacent pairs of the row."""
    before = {(r.source, r.target) for r in scene.relations if r.kind in ("left_of", "above")}
    ranks = {c: sum((d, c) in before for d in cells) for c in cells}
    placed = all(any((c, d) in before or (d, c) in before for d in cells) for c in cells)
    return sorted(cells, key=lambda c: ranks[c]) if placed and len(cells) > 1 else cells


def apply_sizes(scene: SceneGraph, text: str, found: list[dict]) -> SceneGraph:
    """``scene`` with each statement on the entity it is said of; a statement said of nothing is left
    unread (reported as not drawn, never dropped)."""
    ents = list(scene.entities)
    idx = {e.id: k for k, e in enumerate(ents)}
    extra: list[Relation] = []
    unread: list[Span] = []
    for f in found:
        sp = Span(f["start"], f["end"], text[f["start"]:f["end"]])
        if f["what"] == "around":
            continue
        if f["what"] == "measure":
            from .cell_measures import apply_measure
            if not apply_measure(scene, text, f, ents, idx):
                unread.append(sp)
            continue
        if f["what"] == "row":
            cells = _placed_order(_row_cells(scene, text, f), scene)
            have = {(r.source, r.target) for r in scene.relations if r.kind == "adjacent"}
            for a, b in zip(cells, cells[1:]):
                if (a, b) not in have and (b, a) not in have:
                    extra.append(Relation("adjacent", a, b, sp))
            if len(cells) < 2:
                unread.append(sp)
            continue
        e = _said_of(scene, text, f)
        if e is None:
            unread.append(sp)
            continue
        same = [x for x in ents if x.span == e.span and x.kind == e.kind]
        if f["what"] in ("fills", "fills_after"):
            if e.kind == "cell":
                unread.append(sp)
                continue
            val = {"lo": f["lo"], "hi": f["hi"], "how": f["how"], "phrase": sp.text, "start": sp.start,
                   "end": sp.end}
            for x in same:
                ents[idx[x.id]] = _with(ents[idx[x.id]], "fills", val)
        elif f["what"] == "eccentric":
            for x in same:
                ents[idx[x.id]] = _with(ents[idx[x.id]], "eccentric",
                                        {"phrase": sp.text, "start": sp.start, "end": sp.end})
        elif f["what"] == "centre":
            if len(same) != 1:
                unread.append(sp)   # several things "in the middle" of one cell: not one place
                continue
            ents[idx[e.id]] = _with(ents[idx[e.id]], "centre", {"phrase": sp.text, "start": sp.start, "end": sp.end})
        elif f["what"] == "largest":
            par = {r.source: r.target for r in scene.relations if r.kind == "inside"}
            for o in scene.entities:
                if o.id != e.id and o.kind not in ("cell",) and par.get(o.id) == par.get(e.id):
                    extra.append(Relation("larger", e.id, o.id, sp))
            if not any(r.source == e.id for r in extra):
                unread.append(sp)
    if not unread:
        return replace(scene, entities=tuple(ents), relations=tuple(scene.relations) + tuple(extra))
    return replace(scene, entities=tuple(ents), relations=tuple(scene.relations) + tuple(extra),
                   unknown=tuple(scene.unknown) + tuple(unread))


def _row_cells(scene: SceneGraph, text: str, f: dict) -> list[str]:
    """The cells a side-by-side statement is said of: those of the cell mention inside or nearest to it in its
    sentence (a plural mention is several cells with one span), in order."""
    cells = [e for e in scene.entities if e.kind == "cell" and e.span is not None]
    near = [e for e in cells if e.span.start < f["end"] and f["start"] < e.span.end]
    if not near:
        def dist(e: Any) -> int:
            a, b = sorted((e.span.end, f["start"])) if e.span.end <= f["start"] else sorted((f["end"], e.span.start))
            return 10 ** 6 if re.search(r"[.;!?]", text[a:b]) else b - a
        best = min(cells, key=dist, default=None)
        near = [best] if best is not None and dist(best) < 10 ** 6 else []
    if not near:
        # the cells were named again later as their members ("Two adjoining cells. The left one …"): all of them
        return [e.id for e in sorted(cells, key=lambda e: (e.span.start, _idkey(e.id)))] if len(cells) > 1 else []
    spans = {e.span for e in near}
    if len(spans) == 1 and len(near) == 1:
        near = [e for e in cells if e.span == near[0].span]
    if len(near) < 2:
        near = cells if len(cells) > 1 and all(e.attr("implied") is None for e in cells) else near
    return [e.id for e in sorted(near, key=lambda e: (e.span.start, _idkey(e.id)))]


def _idkey(i: str) -> tuple:
    m = re.match(r"(\D*)(\d*)", i)
    return (m.group(1), int(m.group(2) or 0))


def _with(e: Any, key: str, val: dict) -> Any:
    attrs = dict(e.attributes)
    attrs[key] = _freeze(val)
    return replace(e, attributes=tuple(sorted(attrs.items())))


def fills_of(e: Any) -> dict | None:
    """The ``fills`` statement of an entity ({lo, hi, how, phrase, start, end}) or None."""
    v = e.attr("fills")
    return dict(v) if v else None


def eccentric_of(e: Any) -> dict | None:
    v = e.attr("eccentric")
    return dict(v) if v else None


def restore_spans(scene: SceneGraph, text: str) -> SceneGraph:
    """``scene`` with every span's text read again from the user's ``text`` (the grammar read a copy with the
    statements blanked out)."""
    def fix(sp: Any) -> Any:
        return Span(sp.start, sp.end, text[sp.start:sp.end]) if sp is not None else None
    ents = tuple(replace(e, span=fix(e.span)) for e in scene.entities)
    rels = tuple(replace(r, span=fix(r.span)) for r in scene.relations)
    # words the grammar left unread, in the user's spelling (``cell_aside`` masks some nouns it must not read)
    return replace(scene, entities=ents, relations=rels, unknown=tuple(fix(s) for s in scene.unknown),
                   ignored=tuple(fix(s) for s in scene.ignored))
