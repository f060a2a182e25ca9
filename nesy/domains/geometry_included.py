"""Which side a length phrase names, for ``nesy.geometry.v1``: "the side AB between them is 8 cm", "side AB (the
included side) is 8 cm", "AB, the side joining them, = 8 cm", "AB has a length of 8 cm", "AB measures exactly 8 cm",
"the side between them is 8 cm" after "angle A is 35°, angle B is 65°".

A side's letters written in its phrase name the side; read without them, "the side AB between them is 8 cm" was a
side of 8 cm somewhere, drawn as BC, and verified (requests-11 geometry-07). The letters count when only words of a
length statement stand between them and the value ("AB, which is 8 cm long"; not "the median from A to BC is 5 cm":
a line to BC is not BC). "The side between them", "the included side" after two stated angles is the side joining
their vertices (the included side of the ASA case, Euclid, *Elements*, I.26). Two sides named for one value ("AB and
BC are 8 cm") or a side that contradicts "between them" are refused naming the phrase, never one of them chosen.
"""
from __future__ import annotations

import re

from ..errors import UnsupportedError

__all__ = ["named_side"]

_LABEL_RX = re.compile(r"(?<![A-Za-z])(?P<l>[A-Z]{2})(?![A-Za-z])")
# the words of a length statement that may stand between a side's letters and its value
_ALLOW = frozenset("""side sides edge the its this that which whose is was has had of a an length measures measure
measuring exactly precisely equal equals to long with included between them these those two joining their vertices
common both angles given known are were one""".split())
_INCLUDED_RX = re.compile(r"(?i)\b(?:between\s+(?:them|these|those|the\s+two(?:\s+angles)?|both)|included|"
                          r"joining\s+(?:them|their\s+vertices|the\s+two)|common\s+to\s+(?:them|both))\b")
# "the median from A to BC", "the altitude onto AB": a line to a side is not the side
_GOVERNED_RX = re.compile(r"(?i)\b(?:to|onto|from|upon|through|on|at|of\s+the\s+(?:median|altitude|height|bisector))"
                          r"\s+(?:the\s+)?(?:side\s+|segment\s+|line\s+)?$")
_JOIN_RX = re.compile(r"(?i)^\s*(?:,|and|or|&|/)")


def _statement_only(words: str) -> bool:
    toks = re.findall(r"[A-Za-z]+|[^\sA-Za-z]", words)
    return all(t.lower() in _ALLOW or t in ",()=:–—-" for t in toks)


def named_side(text: str, lo: int, value_start: int, angle_vertices: list[str], *,
               role_at: int | None = None) -> str | None:
    """The side ("AB") a length phrase names: its clause spans ``lo``–``value_start`` (the value starts there);
    ``angle_vertices`` are the vertices of the angles stated before it, in order; ``role_at`` is where the role word
    "side" stands when there is one. None when the phrase names no side; ``UnsupportedError`` when it names two, or a
    side that is not the one between the stated angles."""
    cands = [m for m in _LABEL_RX.finditer(text, lo, value_start) if len(set(m.group("l"))) == 2
             and not _GOVERNED_RX.search(text[max(lo, m.start() - 24):m.start()])]
    label = None
    if cands:
        last = cands[-1]
        if _statement_only(text[last.end():value_start]):
            label = last.group("l")
            prev = [m for m in cands[:-1] if _JOIN_RX.match(text[m.end():last.start()])
                    and not re.search(r"[A-Za-z]{3,}", text[m.end():last.start()].replace("and", ""))]
            if prev and re.search(r"(?i)(?<![A-Za-z])(?:each|both|all)(?![A-Za-z])", text[last.end():value_start]):
                return None   # "DE and DF both measure 7 cm": one value for every side named (geometry_prose.each_sides)
            if prev:
                a = prev[-1].start()
                raise UnsupportedError(f"'{text[a:value_start].strip()}' at {a}-{value_start} names the sides "
                                       f"{prev[-1].group('l')} and {label} for one value: give each its own")
    if role_at is not None and _INCLUDED_RX.search(text[min(role_at, label and last.start() or role_at):value_start]) \
            and len(angle_vertices) == 2 and angle_vertices[0] != angle_vertices[1]:
        inc = angle_vertices[0] + angle_vertices[1]
        if label is not None and set(label) != set(inc):
            raise UnsupportedError(f"'{text[last.start():value_start].strip()}' at {last.start()}-{value_start}: the "
                                   f"side {label} does not lie between the angles at {inc[0]} and {inc[1]}")
        label = label or inc
    return label
