"""The smallest fix of an impossible text, as an edit of the user's words that still reads as English.

The solver's unsat core names the conflicting phrases and a smallest set of them to drop
(``UnsatisfiableError.fix``). Dropping a whole phrase often breaks the sentence and loses what it
introduced: removing "a nucleus left of the vacuole" from "A cell with a nucleus left of the vacuole."
leaves "A cell with ." and no nucleus. ``fixed_text`` instead deletes the words that carry the conflicting
relation and keeps the thing the phrase introduces ("A cell with a nucleus."), tidies the punctuation
left behind, and **checks the result**: the edited text is parsed and solved again, and only a text that is
satisfiable is offered. Candidates, in order, for each phrase of the fix (then the other phrases of the
core): a phrase that is a whole sentence is deleted with its full stop; otherwise the mention that opens the
phrase is kept and the rest deleted, and failing that the whole phrase.
"""
from __future__ import annotations

import re
import time
from typing import Any, Iterable, Sequence

from .types import SceneGraph

__all__ = ["fixed_text", "edits"]

MAX_TRIES = 6  # candidate texts solved at most


def _tidy(s: str) -> str:
    """Whitespace and punctuation left behind by a deletion, put right."""
    s = re.sub(r"[ \t]{2,}", " ", s)
    prev = None
    while prev != s:  # "with a nucleus and two mitochondria." less both phrases: "with ." → "."
        prev = s
        s = re.sub(r"\s+([,.;:!?])", r"\1", s)
        s = re.sub(r"([,;:])\s*([,.;:!?])", r"\2", s)
        s = re.sub(r"(?i)\b(?:and|or|with|but)\s*([.;:!?]|$)", r"\1", s)
        # a determiner left before punctuation (lower case only: "A." may be a set's name)
        s = re.sub(r"\b(?:a|an|the)\s*([,.;:!?]|$)", r"\1", s)
    s = re.sub(r"(?i)(^|[.!?]\s+)(?:and|or|but)\s+", r"\1", s)
    s = re.sub(r"^\s*[,.;:]\s*", "", s)
    s = re.sub(r"([.!?])\s*\.", r"\1", s)
    s = re.sub(r"(^|[.!?]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), s)
    return s.strip()


def _sentence(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The span of the sentence that ``text[a:b]`` is, with its closing punctuation, or None."""
    left = text[:a].rstrip()
    if left and left[-1] not in ".!?":
        return None
    m = re.match(r"\s*[.!?]", text[b:])
    if not m and text[b:].strip():
        return None
    return a, b + (m.end() if m else 0)


def edits(text: str, scene: SceneGraph, phrase: dict[str, Any]) -> list[list[tuple[int, int]]]:
    """Deletions (spans of ``text``) that remove ``phrase``'s relation, most conservative first."""
    a, b = int(phrase["start"]), int(phrase["end"])
    out: list[list[tuple[int, int]]] = []
    sent = _sentence(text, a, b)
    if sent:  # a whole sentence: drop it; keeping its subject alone ("A.") is the fallback
        out.append([sent])
    opening = [e.span for e in scene.entities if e.span is not None and a <= e.span.start and e.span.end <= b
               and not text[a:e.span.start].strip()]
    if opening:
        keep = max(opening, key=lambda s: s.end - s.start)
        if keep.end < b:
            out.append([(keep.end, b)])
    if not sent:
        out.append([(a, b)])
    return out


def fixed_text(text: str, scene: SceneGraph, fix: Sequence[dict[str, Any]], core: Iterable[dict[str, Any]] = (),
               *, timeout_s: float = 10.0) -> dict[str, Any] | None:
    """``{"text": edited text, "deleted": [{"start", "end", "text"}…]}`` whose scene solves, or None.
    ``fix``: the solver's smallest set of phrases to drop; ``core``: the other conflicting phrases."""
    from .errors import NesyError
    from .pipeline import parse
    from .registry import get_domain
    t0 = time.perf_counter()
    phrases = list(fix) + [p for p in core if p not in fix]
    tried: set[str] = set()

    def candidates():
        # the solver's whole fix at once first (each phrase's most conservative edit, where the edits do not
        # overlap), then one phrase at a time: a fix of two phrases is not one of either alone
        if len(fix) > 1:
            firsts = [edits(text, scene, p)[:1] for p in fix]
            if all(firsts):
                dels = sorted(d for f in firsts for d in f[0])
                if all(x1 <= x0 for (_, x1), (x0, _) in zip(dels, dels[1:])):
                    yield dels
        for p in phrases:
            yield from edits(text, scene, p)
    for dels in candidates():
        if len(tried) >= MAX_TRIES or time.perf_counter() - t0 > timeout_s:
            return None
        chars = list(text)
        for x, y in dels:
            chars[x:y] = [""] * (y - x)
        cand = _tidy("".join(chars))
        if not cand or cand in tried:
            continue
        tried.add(cand)
        try:
            s = parse(cand, domain=scene.domain or None, strict=False)
            get_domain(s.domain).solve(s, timeout_s=max(0.5, timeout_s - (time.perf_counter() - t0)))
        except NesyError:
            continue
        return {"text": cand, "deleted": [{"start": x, "end": y, "text": text[x:y]} for x, y in dels]}
    return None
