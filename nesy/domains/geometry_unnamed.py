"""Which figure a text names when nesy draws none of its figures ("Rhombus ABCD …", "a paralellogram").

A refusal must name the phrase it could not draw. The geometry science's concept words
(``grammars/geometry/concepts.yaml``: WordNet's plane figures and their hyponyms — rhombus, parallelogram,
trapezoid, ellipse, kite …) that the grammar does not draw are looked for in the text, each word as written
or within one edit per six letters of a concept word (a typo: "paralellogram", "trapezuim"), so the refusal
says "'paralellogram' at 7-20 (a parallelogram)" instead of "the text names no figure". Hands the phrases to
``parse_geometry``'s refusal.
"""
from __future__ import annotations

import functools
import re

__all__ = ["unnamed_figures"]


@functools.lru_cache(maxsize=1)
def _figure_words() -> dict[str, str]:
    """Lower-case concept word → itself, for the geometry concepts of weight ≥ 0.5 that name a shape nesy
    does not draw (n-agons, parallelograms, rhombi, trapezoids, quadrilaterals, ellipses and ovals: the
    concept list also holds angles, trees and the like), minus what the grammar draws."""
    from ..parse.concepts import concepts
    from .kit import DomainFiles
    g = DomainFiles("geometry").grammar()
    drawn = {str(w).lower() for ps in g["figures"].values() for w in ps} | {str(k).lower() for k in g["polygons"]}
    words = concepts().words.get("geometry", {})
    shapes = re.compile(r"(?:[a-z]{3,}agon|parallelogram|hexagram|pentagram|quadrilateral|ellipse|oval|rhomb\w*|"
                        r"trapez\w*)$")
    return {w: w for w, wt in words.items() if float(wt) >= 0.5 and " " not in w and w not in drawn
            and shapes.search(w)}


def _close(a: str, b: str) -> bool:
    """Damerau–Levenshtein distance within one edit per six letters of ``b`` (at least one)."""
    limit = max(1, len(b) // 6)
    if abs(len(a) - len(b)) > limit:
        return False
    prev2, prev = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
            if prev2 is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[len(b)] <= limit


def unnamed_figures(text: str) -> list[tuple[str, int, int, str]]:
    """(word as written, start, end, the figure it names) for each word of ``text`` that names a plane
    figure nesy does not draw, as written or with a typo."""
    words = _figure_words()
    out = []
    for m in re.finditer(r"[A-Za-z]{4,}", text):
        w = m.group(0).lower()
        hit = words.get(w) or (w[:-1] if w.endswith("s") and w[:-1] in words else None)
        if hit is None and len(w) >= 6:
            hit = next((x for x in sorted(words) if _close(w, x)), None)
        if hit:
            out.append((m.group(0), m.start(), m.end(), hit))
    return out
