"""Two different counts of one kind in one container are never summed (issue 9).

"A cell with 4 mitochondria. The cell has 5 mitochondria." drew nine, verified: the second sentence was read
as five more. A count said again of the same container in a later sentence, with no word that makes its
things new ("more", "another", "also … additional": ``cell_restate._NEW``), says how many there are, not how
many to add. When the two counts agree, ``cell_restate.merge_restated_counts`` merges them; when they
differ the text either corrects itself — the later count says so ("5 mitos, not 4", "actually 5", "make
that 5", "5 instead"): the later count stands, the earlier one is dropped — or contradicts itself, and the
reading is refused naming both phrases (never a guess at which one holds, never their sum).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..parse.correction_marks import marks
from ..types import SceneGraph

__all__ = ["recount"]

_SENTENCE = re.compile(r"[.;!?](?:\s|$)|\n")
_CORRECTION = re.compile(r"(?i)\b" + marks("always", "meant", extra=("actually", "corrected", r"make\s+(?:that|it)", "instead",
                                                                     "rather")) + r"\b|\b(?:,\s*|\s)then\b")


def _says_not(text: str, a: int, b: int, n: int) -> tuple[int, int] | None:
    """Where ``text[a:b]`` says "not <n>" ("5 mitos, not 4"; "not four"): the number's (start, end), or None."""
    from ..parse.words import read_number
    for m in re.finditer(r"(?i)\bnot\s+([\w-]+)", text[a:b]):
        try:
            if read_number(m.group(1)) == n:
                return a + m.start(1), a + m.end(1)
        except Exception:   # not a number
            continue
    return None


def recount(scene: SceneGraph) -> SceneGraph:
    """``scene`` with a later, different count of a kind in the same containers taken as a correction of the
    earlier one when the later sentence says so; ``InputError`` naming both when it does not."""
    from ..errors import InputError
    from .cell_restate import _NEW
    text = scene.text or ""
    parent = scene.containers()
    groups: dict[tuple, list] = {}
    for e in scene.entities:
        if e.span is not None and e.kind != "cell" and not e.attr("count_default"):
            groups.setdefault((e.kind, e.span.start, e.span.end), []).append(e)
    related = {r.source for r in scene.relations if r.kind != "inside"} | \
        {r.target for r in scene.relations if r.kind != "inside"} | {r.target for r in scene.relations}
    order = sorted(groups, key=lambda k: k[1])
    drop: set[str] = set()
    read: set[tuple[int, int]] = set()
    for i, k1 in enumerate(order):
        for k2 in order[i + 1:]:
            if k1[0] != k2[0]:
                continue
            g1, g2 = groups[k1], groups[k2]
            if any(e.id in drop for e in g1 + g2) or any(e.id in related for e in g1 + g2):
                continue
            c1, c2 = {parent.get(e.id) for e in g1}, {parent.get(e.id) for e in g2}
            if len(c1) != 1 or c1 != c2 or None in c1 or len(g1) == len(g2):
                continue
            a, b = g1[0].span, g2[0].span
            if not _SENTENCE.search(text, a.end, b.start) or _NEW.search(text[b.start - 30 if b.start > 30 else 0:b.end]):
                continue   # one sentence ("4 mitochondria and 5 more"), or said to be more
            sentence_end = _SENTENCE.search(text, b.end)
            end = sentence_end.start() if sentence_end else len(text)
            said = text[_sentence_start(text, b.start):end]
            old = _says_not(text, b.start, end, len(g1))
            if old or _CORRECTION.search(said):
                drop |= {e.id for e in g1}
                if old:
                    read.add(old)   # "not 4": read, the count it corrects
                continue
            raise InputError(f"'{a.text}' at {a.start}-{a.end} and '{b.text}' at {b.start}-{b.end} give "
                             f"{len(g1)} and {len(g2)} of the same {k1[0]} in one place: say which holds "
                             f"(e.g. '{b.text}, not {len(g1)}'), or 'more' if they add up")
    if not drop:
        return scene
    ents = tuple(e for e in scene.entities if e.id not in drop)
    rels = tuple(r for r in scene.relations if r.source not in drop and r.target not in drop)
    unknown = tuple(u for u in scene.unknown if (u.start, u.end) not in read)
    ignored = tuple(scene.ignored) + tuple(u for u in scene.unknown if (u.start, u.end) in read)
    return replace(scene, entities=ents, relations=rels, unknown=unknown, ignored=ignored)


def _sentence_start(text: str, at: int) -> int:
    last = 0
    for m in _SENTENCE.finditer(text, 0, at):
        last = m.end()
    return last
