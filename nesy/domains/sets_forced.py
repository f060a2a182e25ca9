"""Sets: an overlap the text fixes without saying "overlaps" — "Q ⊂ P. R ∩ Q ≠ ∅. R ⊄ P".

A set that meets a subset meets each of that subset's supersets (R ∩ Q ≠ ∅ and Q ⊆ P give R ∩ P ≠ ∅:
Rosen, *Discrete Mathematics and Its Applications*, 7th ed., §2.2 Def. 3 and §2.1 Def. 3). Said not to
be a subset of that superset (R ⊄ P: some of R lies outside P, Rosen §2.1), R has members inside P and
members outside it; and P has members outside R, for its subset Q keeps a part of its own beside R (nesy
draws an overlap as a proper one, each set with a part of its own). So R properly overlaps P, as the
Euler diagram must show: R's curve crosses P's boundary while it crosses Q's. The relation is added with
the span of the "not a subset" statement that fixes it. Without that statement the pair stays
unstated (R could lie wholly inside P), and the layout refuses it by name.
"""
from __future__ import annotations

__all__ = ["forced_overlaps"]


def forced_overlaps(rels, some_not) -> list[tuple[str, str, int, int]]:
    """(x, c, start, end) for each set ``x`` that overlaps a subset of ``c``, is said not to lie inside
    ``c`` (``some_not``: (x, c, start, end) by entity id) and is related to ``c`` by nothing stated."""
    from .sets_words import supersets

    def above(i: str) -> set[str]:
        return supersets(rels, i)
    stated = {frozenset((r.source, r.target)) for r in rels}
    not_in = {(x, c): (a, b) for x, c, a, b in some_not}
    out: list[tuple[str, str, int, int]] = []
    for r in rels:
        if r.kind != "overlaps":
            continue
        for x, y in ((r.source, r.target), (r.target, r.source)):
            for c in sorted(above(y)):
                k = frozenset((x, c))
                if c == x or k in stated or c in above(x) or x in above(c) or (x, c) not in not_in:
                    continue
                stated.add(k)
                out.append((x, c, *not_in[(x, c)]))
    return out
