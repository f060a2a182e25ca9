"""The quadrilaterals' names as people write them, typos included ("paralellogram", "trapezuim", "rhombous").

A word the geometry grammar does not know, within one edit per six letters of a quadrilateral's name in
``grammars/geometry/grammar.yaml`` (``geometry_unnamed._close``: Damerau–Levenshtein), is read as that
figure, so a misspelt name is drawn rather than refused; every other unknown word stays unknown.

``bases_first``: a trapezoid's parallel sides are its bases AB ∥ CD in nesy's construction; a text that
names BC and AD as its bases ("bases AD = 10 cm and BC = 6 cm", "AD ∥ BC", "AD is parallel to BC") has its
vertex order turned one step (B, C, D, A), so that its own bases are the ones drawn parallel — never a leg
drawn where the text has a base.
"""
from __future__ import annotations

import functools
import re

__all__ = ["misspelt_quads", "bases_first"]


@functools.lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    from .kit import DomainFiles
    g = DomainFiles("geometry").grammar()["figures"]
    return {str(w).lower(): kind for kind in ("parallelogram", "rhombus", "trapezoid", "kite") for w in g[kind]
            if len(str(w)) >= 6}


def misspelt_quads(unknown: list[tuple[str, int, int]]) -> list[tuple[str, int, int, str]]:
    """(word, start, end, figure) for each unknown word that is a quadrilateral's name misspelt."""
    from .geometry_unnamed import _close
    out = []
    for w, a, b in unknown:
        lw = w.lower()
        if len(lw) < 6:
            continue
        hit = next((k for n, k in sorted(_names().items()) if _close(lw, n)), None)
        if hit:
            out.append((w, a, b, hit))
    return out


def bases_first(text: str, vnames: list[str], given: list) -> list[str]:
    """The trapezoid's vertex order with its named bases first (AB) and third (CD)."""
    if len(vnames) != 4:
        return vnames
    sides = [frozenset((vnames[i], vnames[(i + 1) % 4])) for i in range(4)]
    named = [frozenset(g.target) for g in given if g.role == "base" and g.target and len(g.target) == 2]
    for m in re.finditer(r"(?<![A-Za-z])(?P<p>[A-Z]{2})\s*(?:∥|\|\||//|(?:is\s+|are\s+|runs?\s+)?parallel\s+"
                         r"(?:to|with))\s*(?P<q>[A-Z]{2})(?![A-Za-z])", text):
        named += [frozenset(m.group("p")), frozenset(m.group("q"))]
    for m in re.finditer(r"(?i:\bbases?\b)[^.;]{0,20}?(?<![A-Za-z])(?P<p>[A-Z]{2})(?![A-Za-z])"
                         r"(?:[^.;]{0,20}?(?i:\band\b)\s*(?P<q>[A-Z]{2})(?![A-Za-z]))?", text):
        named += [frozenset(m.group(k)) for k in ("p", "q") if m.group(k)]
    idx = {sides.index(x) for x in named if x in sides}
    if idx and idx <= {1, 3}:
        return vnames[1:] + vnames[:1]
    return vnames
