"""A contrast with another figure: "a plant cell, but not the textbook one with the huge vacuole: give it two
small vacuoles", "an animal cell, unlike the usual picture with one big nucleus: give it two small nuclei".

"not the … one with X", "unlike the usual … with X" say what the figure is not like. The grammar read "not …
with" as "without" (a stated absence of X on the cell, and the vacuoles the text then asks for were refused as
impossible: "no vacuole there and also one"), and "unlike … with X" as X drawn (one more, large, nucleus).
Where the text states things of that kind in the same cell outside the contrast, the contrast is with the kind
of figure the text then describes: what it names is neither absent nor drawn, and its words are kept as
read-and-ignored (the things of that kind are drawn as stated). A contrast whose kind the text never asks for
otherwise is left as the grammar read it ("not the one with a cell wall" and nothing else: no wall).

Hands ``CellDomain.parse`` the scene without those absences and things.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..types import SceneGraph, Span, _freeze, is_under

__all__ = ["drop_contrasts", "contrasts"]

# "not the textbook one with", "unlike the usual picture with", "rather than the kind that has", "not like a
# typical cell with"; the contrast runs to the end of its clause
_CONTRAST = re.compile(
    r"(?i)\b(?:not(?:\s+like)?|unlike|rather\s+than|instead\s+of|as\s+opposed\s+to)\s+(?:the|a|an|that|this|your|"
    r"those|these)\s+(?:[a-z][\w'-]*\s+){0,3}?(?:one|ones|kind|type|version|sort|cells?|picture|diagram|drawing|"
    r"figure|image)\s+(?:with|that\s+has|that\s+have|having|showing|which\s+has)\s+[^,:;.!?—–()]+")


def contrasts(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that describe another figure to set this one apart from it."""
    return [(m.start(), m.end()) for m in _CONTRAST.finditer(text)]


def drop_contrasts(scene: SceneGraph) -> SceneGraph:
    """``scene`` without the absences and things a contrast named, where the text states things of their kind
    in the same container outside it (see the module)."""
    text = scene.text or ""
    spans = contrasts(text)
    if not spans:
        return scene
    parent = scene.containers()

    def within(sp: Span | None) -> tuple[int, int] | None:
        return next(((a, b) for a, b in spans if sp is not None and a <= sp.start and sp.end <= b), None)

    def stated(kind: str, host: str | None) -> bool:
        return any(e.kind == kind and within(e.span) is None and (host is None or is_under(parent, e.id, host))
                   for e in scene.entities)
    used: set[tuple[int, int]] = set()
    drop = set()
    for e in scene.entities:
        c = within(e.span)
        if c is not None and e.kind != "cell" and stated(e.kind, parent.get(e.id)):
            drop.add(e.id)
            used.add(c)
    ents = []
    for e in scene.entities:
        if e.id in drop:
            continue
        absent = [dict(a) for a in (e.attr("absent") or ())]
        keep = []
        for a in absent:
            c = within(Span(int(a.get("start", -1)), int(a.get("end", -1)), ""))
            if c is not None and stated(a.get("kind"), e.id):
                used.add(c)
                continue
            keep.append(a)
        if len(keep) != len(absent):
            attrs = dict(e.attributes)
            if keep:
                attrs["absent"] = keep
            else:
                attrs.pop("absent", None)
            e = replace(e, attributes=_freeze(attrs))
        ents.append(e)
    if not used:
        return scene
    rels = tuple(r for r in scene.relations if r.source not in drop and r.target not in drop)
    ignored = set(scene.ignored) | {Span(a, b, text[a:b]) for a, b in used}
    unknown = tuple(u for u in scene.unknown if not any(a <= u.start and u.end <= b for a, b in used))
    return replace(scene, entities=tuple(ents), relations=rels, unknown=unknown,
                   ignored=tuple(sorted(ignored, key=lambda s: (s.start, s.end))))
