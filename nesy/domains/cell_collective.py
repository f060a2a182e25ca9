"""Statements about every organelle of some kinds, read before the shared grammar of nesy.cell.v1.

"All organelles other than the nucleoli sit in the cytoplasm", "every organelle is inside the cell",
"each mitochondrion lies outside the nucleus", "none of the mitochondria is inside the nucleus",
"all the vesicles are in the cytoplasm": a quantifier, a group (organelles — every kind but the cell and
its outline — or named kinds), an optional exception ("other than / except (for) / apart from / but /
besides / excluding" named kinds), a place verb and a place. Each becomes one relation per entity of the
group, with the statement as its phrase, so the solver keeps it and the verifier checks it from the
pixels like any stated relation (and a contradiction with another phrase is an impossible specification
naming both). Places: the cytoplasm/cytosol (inside its cell and outside that cell's nuclei: the nuclear
envelope separates nucleoplasm from cytoplasm, MBoC ch. 12), the cell or its membrane (inside its cell),
the nucleus (inside, or with "outside"/"none of"/"no … is" outside, each nucleus of its cell).

The statement's characters are blanked before the shared grammar reads the rest (offsets kept), so no
word of it is read twice. Hands ``CellDomain.parse`` the scene with the relations added.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..types import Relation, SceneGraph, Span

__all__ = ["find_collective", "apply_collective"]

_OUTLINES = {"cell", "cell_wall", "membrane"}


@lru_cache(maxsize=1)
def _forms() -> dict[str, str]:
    """Surface word (singular or plural, lower case) → cell kind, from ``grammars/cell/grammar.yaml``."""
    from ..resources import load_yaml
    g = load_yaml("grammars", "cell/grammar.yaml")
    irregular = {"nucleus": "nuclei", "nucleolus": "nucleoli", "mitochondrion": "mitochondria",
                 "mitochondrium": "mitochondria", "golgi apparatus": "golgi apparatuses", "er": "ers"}
    out: dict[str, str] = {}
    for kind, words in g["entities"].items():
        if kind in _OUTLINES:
            continue
        for w in words:
            w = str(w).lower()
            for f in (w, w + "s", w + "es", irregular.get(w, w)):
                out.setdefault(f, kind)
    return out


def _kinds_of(words: str) -> list[str] | None:
    """The kinds a list of nouns names ("the nucleoli and ribosomes"), or None if a word is no kind."""
    parts = [p.strip() for p in re.split(r",|\band\b|\bor\b|&|\+", words) if p.strip()]
    kinds = []
    for p in parts:
        p = re.sub(r"^(?:the|any|all|its|their)\s+", "", p.strip().lower())
        k = _forms().get(p)
        if k is None:
            return None
        kinds.append(k)
    return kinds or None


_Q = r"(?P<q>all\s+of\s+the|all\s+the|all|every|each\s+of\s+the|each|none\s+of\s+the|no)"
_GROUP = r"(?P<grp>[a-z][a-z ,&+]*?)"
_EXC = (r"(?:\s*,?\s*(?P<exc>other\s+than|except\s+for|except|apart\s+from|but|besides|excluding|save\s+for|bar)"
        r"\s+(?P<exl>[a-z][a-z ,&+]*?)\s*,?)?")
_VERB = (r"(?P<verb>(?:\s+(?:is|are|be|being|lie|lies|lying|sit|sits|sitting|located|found|placed|drawn|should|"
         r"must|shall|will|remain|remains|stay|stays|kept|lies?|sat|reside|resides|residing|may|can|could|would|might|"
         r"does|do|ever))*)")
# (a verb of contact — "none of the ribosomes may overlap the nucleus" — only under a negation: outside it)
_PLACE = (r"\s+(?P<rel>inside\s+of|inside|within|in|outside\s+of|outside|out\s+of|overlap|overlaps|overlapping|"
          r"touch|touches|touching|intersect|intersects|enter|enters)\s+(?:the\s+|its\s+|their\s+)?"
          r"(?:cell'?s\s+)?(?P<tgt>cytoplasm|cytosol|cell\s+membrane|plasma\s+membrane|cell|nucleus|nuclei)\b")
_RX = re.compile(rf"\b{_Q}\s+{_GROUP}{_EXC}{_VERB}{_PLACE}", re.IGNORECASE)
# "6 lysosomes, none overlapping the nucleus", "three mitochondria — not one of them inside the nucleus": a
# quantifier "none"/"not one"/"neither" set after a counted plural, opening a clause of its own, ranges over
# that plural (a floating quantifier: Quirk et al. 1985 §6.49, "The students, none of them …"): no X is in
# (touches) the place — the same statement as "none of the Xs …" before it; only that clause is blanked, the
# count stays for the grammar ("6 lysosomes")
_FLOAT = re.compile(
    rf"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|some|few)\s+"
    rf"(?P<grp>[a-z]+)\s*(?:[,;:(]|[—–-]+)\s*"
    # a floating "all of them …" coordinated before it ("5 mitochondria, all of them out in the cytoplasm and none
    # inside the nucleus"): the "none" still ranges over the plural counted before both
    r"(?:(?:all|each|every\s+one|both)(?:\s+of\s+(?:them|these|those))?\s+[^;.,()]{1,60}?\s*,?\s*(?:and|but|while|yet)\s+)?"
    rf"(?P<q>none|not\s+one|neither)(?:\s+of\s+(?:them|these|those|the\s+[a-z]+))?"
    rf"{_VERB}{_PLACE}", re.IGNORECASE)


def _overlapping(rx: re.Pattern, text: str):
    """Every match of ``rx``, each search starting one character after the last match's start: a long match
    that is no statement ("all inside the cell, none of the vesicles inside the nucleus" read from "all", its
    group no kind) must not hide the statement inside it ("none of the vesicles inside the nucleus")."""
    pos = 0
    while True:
        m = rx.search(text, pos)
        if m is None:
            return
        yield m
        pos = m.start() + 1


def find_collective(text: str) -> list[dict]:
    """Every collective statement of ``text``: its span, group kinds (None: every organelle), excepted
    kinds, whether it is negated, the relation (inside | outside) and the place."""
    out = []
    for m in [*_overlapping(_RX, text), *_FLOAT.finditer(text)]:
        grp = m.group("grp").strip().lower()
        grp = re.sub(r"^(?:the|of\s+the)\s+", "", grp)
        if grp in ("organelle", "organelles", "structure", "structures", "organelle in the cell",
                   "other organelle", "other organelles", "the organelles"):
            kinds = None
        else:
            kinds = _kinds_of(grp)
            if kinds is None:
                continue
        exc: list[str] = []
        if m.groupdict().get("exc"):
            exc = _kinds_of(m.group("exl")) or []
            if not exc:
                continue
        q = re.sub(r"\s+", " ", m.group("q").lower())
        neg = q.startswith(("none", "not one", "neither")) or q == "no"
        if q == "no" and not m.group("verb").strip():
            continue   # "no mitochondria in the nucleus" without a verb: a stated absence (grammar_absent)
        contact = m.group("rel").lower().startswith(("overlap", "touch", "intersect", "enter"))
        if contact and not neg:
            continue   # "all mitochondria overlap the nucleus" is no place inside or outside it
        rel = "outside" if m.group("rel").lower().startswith(("outside", "out")) else "inside"
        if neg:
            rel = "inside" if rel == "outside" else "outside"
        tgt = m.group("tgt").lower()
        place = ("cytoplasm" if tgt in ("cytoplasm", "cytosol") else
                 "nucleus" if tgt in ("nucleus", "nuclei") else "cell")
        if place != "nucleus" and rel == "outside":
            continue   # "outside the cytoplasm / the cell" is no place inside a figure of a cell
        if any(f["start"] <= m.start("q") < f["end"] for f in out):
            continue   # read already as "none of the Xs …"
        start = m.start() if m.re is _RX else m.start("q")
        out.append({"start": start, "end": m.end(), "kinds": kinds, "except": exc, "rel": rel,
                    "place": place})
    return out


def blank(text: str, found: list[dict]) -> str:
    """``text`` with every collective statement replaced by spaces (offsets kept)."""
    chars = list(text)
    for f in found:
        chars[f["start"]:f["end"]] = " " * (f["end"] - f["start"])
    return "".join(chars)


def apply_collective(scene: SceneGraph, text: str, found: list[dict]) -> SceneGraph:
    """``scene`` with one relation per entity of each statement's group (its phrase the statement)."""
    if not found:
        return scene
    kind = {e.id: e.kind for e in scene.entities}
    par: dict[str, str] = {}
    for r in scene.relations:
        if r.kind == "inside" and r.source not in par:
            par[r.source] = r.target

    def root(i: str) -> str:
        seen = set()
        while i in par and i not in seen:
            seen.add(i)
            i = par[i]
        return i

    def within(i: str, anc: str) -> bool:
        seen = set()
        while i in par and i not in seen:
            seen.add(i)
            i = par[i]
            if i == anc:
                return True
        return False

    have = {(r.kind, r.source, r.target) for r in scene.relations if r.span is not None}
    extra: list[Relation] = []
    for f in found:
        sp = Span(f["start"], f["end"], text[f["start"]:f["end"]])
        for e in scene.entities:
            k = e.kind
            if k in _OUTLINES or k in f["except"] or (f["kinds"] is not None and k not in f["kinds"]):
                continue
            cell = root(e.id)
            if kind.get(cell) != "cell":
                continue
            nuclei = [n.id for n in scene.entities if n.kind == "nucleus" and root(n.id) == cell and n.id != e.id]
            pairs: list[tuple[str, str, str]] = []
            if f["place"] in ("cell", "cytoplasm"):
                pairs.append(("inside", e.id, cell))
            if f["place"] == "cytoplasm" and k != "nucleus":
                pairs += [("outside", e.id, n) for n in nuclei]
            if f["place"] == "nucleus":
                pairs += [(f["rel"], e.id, n) for n in nuclei if not within(n, e.id)]
            for rk, a, b in pairs:
                if (rk, a, b) not in have:
                    have.add((rk, a, b))
                    extra.append(Relation(rk, a, b, sp))
    return replace(scene, relations=tuple(scene.relations) + tuple(extra))
