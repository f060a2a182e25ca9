"""Sets: classes named by words in a chain, then given their labels — "regular languages inside context-free
languages inside decidable languages. Label them REG, CFL and DEC."

A chain of classes, each a short lower-case noun phrase, joined by a subset word ("inside", "within",
"⊂", "is a subset of", "contained in"; or, read the other way, "containing", "⊃"), says that each is a
subset of the next (Rosen, *Discrete Mathematics and Its Applications*, 7th ed., §2.1: ⊆ is transitive,
so the chain is nested). "Label them X, Y and Z" (also "call them", "name them", "labelled …",
"respectively") gives the classes their names in the order they were said. The names must be as many as
the classes, else the label phrase is not drawn: which name goes with which class would be a guess.

Each label becomes a defined set; its noun phrase becomes its alias (``sets_words._Resolver``), so a later
"every regular language …" names it; the chain becomes ``inside`` relations. Both are blanked for the
shared grammar.
"""
from __future__ import annotations

import re

__all__ = ["read_labelled_chain"]

_NAME = r"(?-i:[A-Z][A-Za-z0-9_]{0,15})"
_LABELS = re.compile(
    rf"\b(?:(?:label|call|name)\s+(?:them|these|those|the\s+(?:sets|circles|classes))(?:\s+as)?|"
    rf"(?:labell?ed|called|named)(?:\s+as)?)\s*:?\s+"
    rf"(?P<names>{_NAME}(?:\s*,\s*{_NAME})*(?:\s*,?\s*(?:and|&)\s+|\s*,\s*){_NAME})(?:\s*,?\s*respectively)?(?![\w])", re.IGNORECASE)
_IN = (r"(?:(?:(?:is|are|lies|lie|sits|sit)\s+)?(?:inside(?:\s+of)?|within)|nested\s+(?:in|inside|within)|contained\s+in|included\s+in|⊂|⊆|⊊"
       r"|(?:is|are)\s+(?:an?\s+)?(?:proper\s+)?subsets?\s+of)")
_OUT = r"(?:containing|which\s+contains?|that\s+contains?|including|⊃|⊇|⊋)"
_STOP = frozenset("""a an the of and or in on at to for with inside within nested contained included is are
    subset subsets proper containing contains contain including which that where whose so we need figure diagram sets set draw
    show make please""".split())
_WORD = r"(?!(?:inside|within|in|nested|contained|included|containing|contains?|including|which|that|is|are)\b)[a-z][a-z\-]*"
_NP = rf"{_WORD}(?:\s+{_WORD}){{0,3}}"


def _chain(sentence: str) -> tuple[list[tuple[int, int]], bool] | None:
    """The noun phrases of a subset chain in ``sentence`` (spans) and whether it reads outward ('inside');
    None when the sentence holds no chain of three or more, or mixes both directions."""
    best = None
    for m in re.finditer(rf"(?<![\w\-])(?:{_NP})(?:\s*(?:{_IN}|{_OUT})\s*(?:{_NP}))+(?![\w\-])", sentence):
        parts = re.split(rf"\s*({_IN}|{_OUT})\s*", m.group())
        nps, rels = parts[0::2], parts[1::2]
        if len(nps) < 2:
            continue
        # the first phrase begins at its first word that is no function word ("of the language classes:")
        words = nps[0].split()
        while words and words[0] in _STOP:
            words = words[1:]
        if not words or any(not p.strip() or any(w in _STOP for w in p.split()) for p in [" ".join(words), *nps[1:]]):
            continue
        inward = {bool(re.fullmatch(_OUT, r)) for r in rels}
        if len(inward) != 1:
            return None
        spans, at = [], m.start()
        for p in [" ".join(words), *nps[1:]]:
            k = sentence.index(p, at)
            spans.append((k, k + len(p)))
            at = k + len(p)
        if best is None or len(spans) > len(best[0]):
            best = (spans, not inward.pop())
    return best


def _pairs(masked: str):
    """Each label phrase with its chain: (label match, names, (chain spans, outward) or None, base offset)."""
    for m in _LABELS.finditer(masked):
        names = re.findall(_NAME, m.group("names"))
        # the chain: in the same sentence before the labels, else in the sentence before
        s0 = max(masked.rfind(c, 0, m.start()) for c in ".;!?\n") + 1
        got, base = _chain(masked[s0:m.start()]), s0
        if got is None and s0 > 0:
            p0 = max(masked.rfind(c, 0, s0 - 1) for c in ".;!?\n") + 1
            got, base = _chain(masked[p0:s0 - 1]), p0
        yield m, names, got, base


def read_labelled_chain(text: str, chars: list[str], pre, res, blank) -> None:
    """Read "X inside Y inside Z. Label them A, B and C." into ``pre`` (see the module docstring);
    ``res``: the pre-reader's name resolver (its aliases)."""
    from .sets_words import _keywords
    masked = "".join(chars)
    for m, names, got, base in list(_pairs(masked)):
        if got is None:
            continue
        spans, outward = got
        if len(spans) != len(names) or len(set(names)) != len(names):
            pre.unknown.append((m.start(), m.end()))   # which name goes with which class is not said
            blank(chars, m.start(), m.end())
            continue
        spans = [(base + a, base + b) for a, b in spans]
        k = m.start("names")
        for n, (a, b) in zip(names, spans):
            at = masked.index(n, k)
            k = at + len(n)
            pre.defined.append((n, at, at + len(n)))
            res.add_alias(n, _keywords(text[a:b]))
        order = names if outward else names[::-1]
        for i in range(len(order) - 1):
            pre.relations.append(("inside", order[i], order[i + 1], spans[0][0], spans[-1][1]))
        blank(chars, spans[0][0], spans[-1][1])
        blank(chars, m.start(), m.start("names"))
        # "of the language classes: regular … inside …": the group the chain lists, after it is said, and
        # "a nested-sets figure": what the chain is — read with it, nothing more to draw
        head = re.search(r"(?:\b(?:the|these|those|our|its)\s+)?(?:[a-z][a-z\-]*\s+){0,2}(?:classes|sets|groups|families|kinds|types)"
                         r"\s*:\s*$", masked[:spans[0][0]])
        if head is not None:
            pre.ignored.append((head.start(), head.end()))
            blank(chars, head.start(), head.end())
        for nest in re.finditer(r"\b(?:nested|nesting)[\s\-]+(?:sets?|circles?|classes)\b", masked[:m.start()]):
            pre.ignored.append((nest.start(), nest.end()))
            blank(chars, nest.start(), nest.end())
        tail = re.search(r"\s*,?\s*respectively$", m.group())
        if tail:
            blank(chars, m.start() + tail.start(), m.end())
        masked = "".join(chars)
