"""Astronomy: a comparison of place said with a body's own distance — "Mars further out at 1.52 AU", "Jupiter beyond
both at 5.20 AU", "Venus closer in, at 0.72 AU" — is implied by the distances themselves: the body at the larger
semi-major axis is the farther out (Kepler's orbits about one centre are ordered by a; JPL Keplerian elements).
When every distance the comparison needs is given and they agree with it, the comparison is read as checked and
says nothing more; when they disagree it is left as written, for the readers to refuse (a figure is never drawn
against the text). Read alone, "further out" was a place among three planets nesy could not resolve, and refused.
"""
from __future__ import annotations

import re

__all__ = ["checked_comparisons"]

_FAR = r"(?:further|farther)\s+(?:out|away)|beyond(?:\s+(?:both|them|it|that|those|all\s+of\s+them|all\s+three))?|outside\s+(?:it|them|both)"
_NEAR = r"(?:closer|nearer|further|farther)\s+in|inside\s+(?:it|them|both)|closer\s+to\s+the\s+(?:sun|star|planet)"
_RX = re.compile(rf"(?i)(?<=[A-Za-z])(?P<cmp>\s*,?\s+(?:(?P<far>{_FAR})|(?P<near>{_NEAR}))(?:\s+(?:still|again|yet))?)"
                 r"(?=\s*,?\s*(?:at|on\s+an?\s+(?:orbit|circle)\s+of|with\s+a\s*=?|a\s*=)?\s*[\d.,]+\s*(?:AU|au|km|million\s+km|"
                 r"billion\s+km|Gm|Mm)\b)")


def checked_comparisons(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, "")`` for each comparison of place that the stated distances bear out (above)."""
    if not re.search(rf"(?i)\b(?:{_FAR}|{_NEAR})", text):
        return []
    from ..parse.quantities import find_quantities
    qs = [q for q in find_quantities(text) if q.si is not None and q.dimensionality == "[length]"]
    out = []
    for m in _RX.finditer(text):
        after = [q for q in qs if q.start >= m.end()]
        before = [q for q in qs if q.end <= m.start()]
        if not after or not before:
            continue
        own = after[0].si
        group = re.search(r"(?i)both|them|those|all", m.group("cmp") or "")
        others = [q.si for q in before] if group else [before[-1].si]
        ok = all(own > o for o in others) if m.group("far") else all(own < o for o in others)
        if ok:
            out.append((m.start("cmp"), m.end("cmp"), ""))
    return out
