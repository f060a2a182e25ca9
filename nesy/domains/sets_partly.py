"""Sets: "partly inside", "partly outside" — a set that has members on both sides of another's curve.

"R is partly inside P", "R lies partially outside Q", "set R is crossing both of them (partly inside P,
partly outside Q)": a part of R lies in P and, said by "partly", a part does not — neither R ⊆ P nor
R ∩ P = ∅ (Rosen, *Discrete Mathematics and Its Applications*, 7th ed., §2.1–2.2), the proper overlap an
Euler diagram draws for overlapping sets. Left to the shared grammar, "partly" is a filler word and the
clause reads as "R is inside P" (or "outside P"), the opposite of what it says.

The subject is the set named before the phrase in its clause ("R is partly inside P"); a bracket of such
phrases ("(partly inside P, partly outside Q)") explains the clause before it and takes that clause's
subject — its first set (Quirk et al. 1985 §17.65: a parenthetical apposition refers to what it follows).
A phrase whose subject cannot be told is not drawn. Read phrases become ``overlaps`` relations of the
pre-reader and are blanked for the shared grammar.
"""
from __future__ import annotations

import re

__all__ = ["read_partly"]

_NAME = r"(?-i:[A-Z][A-Za-z0-9_]{0,15})"
_PART = (rf"(?:partly|partially|part(?:\s+of\s+it)?|half)\s+(?:(?:lies|lying|is|sits|sitting|falls|falling)\s+)?"
         rf"(?:inside(?:\s+of)?|in|within|outside(?:\s+of)?|out\s+of)\s+(?:(?:the\s+)?(?:set|circle)\s+)?(?P<obj>{_NAME})(?![\w])")
_PHRASE = re.compile(_PART, re.IGNORECASE)
_JOIN = r"\s*(?:,\s*(?:and\s+|but\s+)?|\band\s+|\bbut\s+|;\s*)"
_BRACKET = re.compile(rf"\(\s*(?:{_PART.replace('?P<obj>', '')})(?:{_JOIN}(?:{_PART.replace('?P<obj>', '')}))*\s*\)",
                      re.IGNORECASE)
_BREAK = re.compile(r"[.;:!?\n]|,|\b(?:and|but|while|whereas|where|with)\b", re.IGNORECASE)


def _first_name(text: str, a: int, b: int, names: set[str]) -> str | None:
    for m in re.finditer(rf"(?<![\w{{]){_NAME}(?![\w}}])", text[a:b]):
        if m.group() in names:
            return m.group()
    return None


def read_partly(text: str, chars: list[str], pre, names: set[str], blank) -> None:
    """Add "subject overlaps X" for each "partly inside/outside X" to ``pre.relations``; blank what was read."""
    masked = "".join(chars)
    for br in _BRACKET.finditer(masked):
        # the clause the bracket explains: from the last break before it
        breaks = [m.end() for m in _BREAK.finditer(masked, 0, br.start())]
        start = breaks[-1] if breaks else 0
        subj = _first_name(masked, start, br.start(), names)
        objs = [m.group("obj") for m in _PHRASE.finditer(masked, br.start(), br.end())]
        if subj is None or any(o not in names or o == subj for o in objs):
            pre.unknown.append((br.start(), br.end()))
        else:
            for o in objs:
                pre.relations.append(("overlaps", subj, o, br.start(), br.end()))
        blank(chars, br.start(), br.end())
    masked = "".join(chars)
    for m in _PHRASE.finditer(masked):
        breaks = [b.end() for b in re.finditer(r"[.;:!?\n(,]|\b(?:but|while|whereas|where)\b", masked[:m.start()],
                                               re.IGNORECASE)]
        start = breaks[-1] if breaks else 0
        start += len(masked[start:m.start()]) - len(masked[start:m.start()].lstrip())
        subj = _first_name(masked, start, m.start(), names)
        if subj is None or m.group("obj") not in names or subj == m.group("obj"):
            pre.unknown.append((m.start(), m.end()))   # partly inside X — but which set is, is not said
        else:
            pre.relations.append(("overlaps", subj, m.group("obj"), start, m.end()))
        blank(chars, m.start(), m.end())
