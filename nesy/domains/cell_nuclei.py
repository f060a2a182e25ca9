"""A cell's number of nuclei said in one word: "a binucleate hepatocyte" (two), "anucleate red blood cells"
(none), "a multinucleate muscle fibre" (several: how many must be given).

The words and their counts are data (``grammars/cell/nucleate.yaml``, with sources). The word describes the
cell it stands before ("a binucleate liver cell") or, after "is/are", the cell it is said of ("the hepatocyte
is binucleate"); with one cell in the text it is that cell. Read against what the text states inside that cell:

- no nucleus stated: the word's nuclei are drawn (two for "binucleate"), or the nucleus is recorded as absent
  ("anucleate": the ``absent`` attribute, checked from the pixels like "without a nucleus");
- the same count stated ("binucleate hepatocyte: two nuclei, …"): one statement, nothing more is drawn;
- another count: impossible, both phrases named; "multinucleate" with no count, or a cell it cannot be said
  of: refused naming the word (how many nuclei to draw is not guessed).

Hands ``CellDomain.parse`` the scene with those nuclei or absences, the word no longer unread.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import Any

from ..errors import InputError, UnsatisfiableError
from ..types import Entity, Relation, SceneGraph, Span, _freeze, _thaw

__all__ = ["apply_nucleate"]


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, dict[str, Any]]:
    from ..resources import load_yaml
    return {str(k).lower(): dict(v) for k, v in load_yaml("grammars", "cell/nucleate.yaml")["words"].items()}


def _sp(a: int, b: int, text: str) -> dict[str, Any]:
    return {"text": text[a:b], "start": a, "end": b}


def _cell_of(scene: SceneGraph, text: str, a: int, b: int) -> list[Entity]:
    """The cells the word at ``a``-``b`` describes (see the module), or [] when none can be told."""
    cells = [e for e in scene.entities if e.kind == "cell" and e.span is not None]
    after = [e for e in cells if e.span.start >= b and re.fullmatch(r"[\s\w-]{0,40}", text[b:e.span.start])
             and len(text[b:e.span.start].split()) <= 3]
    if not after:   # "a binucleate liver cell": the word may lie inside the cell's own phrase
        after = [e for e in cells if e.span.start <= a < e.span.end]
    if after:
        first = min(e.span.start for e in after)
        return [e for e in after if e.span.start == first]
    before = [e for e in cells if e.span.end <= a and re.search(r"(?i)\b(?:is|are|was|were|being|be)\s+(?:\w+\s+)?$",
                                                                text[e.span.end:a])
              and not re.search(r"[.;!?]", text[e.span.end:a])]
    if before:
        last = max(e.span.start for e in before)
        return [e for e in before if e.span.start == last]
    return cells if len({(e.span.start, e.span.end) for e in cells}) == 1 else []


def apply_nucleate(scene: SceneGraph, text: str) -> SceneGraph:
    """``scene`` with every one-word count of nuclei in ``text`` applied to its cell (see the module)."""
    words = _words()
    hits = [m for m in re.finditer(r"(?i)(?<![\w-])[a-z][\w-]*(?![\w-])", text) if m.group(0).lower() in words]
    if not hits:
        return scene
    kind = {e.id: e.kind for e in scene.entities}
    par = {r.source: r.target for r in scene.relations if r.kind == "inside"}
    ents = {e.id: e for e in scene.entities}
    rels = list(scene.relations)
    used = {e.id for e in scene.entities}
    for m in hits:
        a, b, w = m.start(), m.end(), m.group(0)
        n = words[w.lower()]["nuclei"]
        cells = _cell_of(scene, text, a, b)
        if not cells:
            raise InputError(f"'{w}' at {a}-{b} says how many nuclei a cell has, but not of which cell nesy can "
                             "tell: put it before the cell it describes (e.g. 'a binucleate hepatocyte')")
        for cell in cells:
            mine = [i for i, k in kind.items() if k == "nucleus" and par.get(i) == cell.id]
            absent = [dict(x) for x in _thaw(dict(ents[cell.id].attributes).get("absent", ()))
                      if dict(x).get("kind") == "nucleus"]
            law = {"law": f"'{w}' means {n} nuclei" if n != "several" else f"'{w}' means more than one nucleus",
                   "source": str(words[w.lower()]["source"])}
            if n == "several":
                if len(mine) >= 2:
                    continue
                if mine or absent:
                    said = ents[mine[0]].span if mine else Span(absent[0]["start"], absent[0]["end"],
                                                                 absent[0]["phrase"])
                    raise UnsatisfiableError([_sp(a, b, text), said.to_dict()], [law], fix=[_sp(a, b, text)],
                                             detail=f"'{w}' and '{said.text}'")
                raise InputError(f"'{w}' at {a}-{b} says the cell has several nuclei but not how many; give the "
                                 "number (e.g. 'a multinucleate muscle fibre with 4 nuclei')")
            if (mine and len(mine) != n) or (absent and n > 0):
                said = ents[mine[0]].span if mine else Span(absent[0]["start"], absent[0]["end"], absent[0]["phrase"])
                raise UnsatisfiableError([_sp(a, b, text), said.to_dict()], [law], fix=[_sp(a, b, text)],
                                         detail=f"'{w}' says {n} nuclei; '{said.text}' says "
                                                f"{len(mine) if mine else 0}")
            if mine or absent:
                continue   # the same count said twice
            if n == 0:
                attrs = _thaw(dict(ents[cell.id].attributes))
                attrs["absent"] = list(attrs.get("absent", [])) + [
                    {"kind": "nucleus", "phrase": w, "start": a, "end": b}]
                ents[cell.id] = replace(ents[cell.id], attributes=_freeze(attrs))
                continue
            for _ in range(n):
                k = 1
                while f"nucleus{k}" in used:
                    k += 1
                nid = f"nucleus{k}"
                used.add(nid)
                ents[nid] = Entity(nid, "nucleus", None, (), Span(a, b, w))
                kind[nid], par[nid] = "nucleus", cell.id
                rels.append(Relation("inside", nid, cell.id, Span(a, b, w)))
    unknown = tuple(u for u in scene.unknown if not any(m.start() <= u.start < m.end() for m in hits))
    return replace(scene, entities=tuple(ents.values()), relations=tuple(rels), unknown=unknown)
