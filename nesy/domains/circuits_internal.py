"""A source's internal resistance, for ``nesy.circuits.v1``.

A real battery or supply is modelled as an ideal source in series with its internal resistance r: the
current I it drives drops I·r inside it, so its terminal voltage is V = ε − I·r (Young & Freedman,
*University Physics*, 15th ed., §25.4, "Electromotive force and circuits: internal resistance"; Tipler &
Mosca, *Physics for Scientists and Engineers*, 6th ed., §25-6). A text gives it as a phrase of the source:
"a 9 V battery with an internal resistance of 0.5 Ω", "a cell of emf 1.5 V and internal resistance
0.2 Ω", "a 6 V battery (internal resistance 0.5 Ω)", "The battery has an internal resistance of 1 Ω".
Read as a part of its own, the resistance joined the circuit wherever the list put it (in the first
request that showed this, across the source's load); it is a resistor in series with its source.

``internal_resistances`` rewrites the mention stream: the resistance's mention follows its source's
joined by an "in series with"; ``drawing_instructions`` finds the sentence that asks for that model
("draw the internal resistance as a separate resistor in series"), which names no further part.
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["internal_resistances", "drawing_instructions", "ideal_parts"]

_INTERNAL = re.compile(r"(?:(?:an|the|its|a|and)\s+)?internal\s+(?:resistance|impedance)\b", re.IGNORECASE)
# between the source and its internal resistance: "with an", "of", "and", "(", ", which has an", "has an"
_GAP = re.compile(r"\s*[,(]?\s*(?:(?:which|that)\s+)?(?:with|having|has|of|and|\()?\s*", re.IGNORECASE)
_INSTRUCTION = re.compile(
    r"\b(?:draw|show|represent|model|treat|include|put|add)\w*\s+(?:in\s+)?(?:the|its|this|that|their)\s+internal\s+"
    r"(?:resistance|impedance)s?(?:\s+(?:of\s+the\s+)?(?:battery|cell|source|supply))?\s+as\s+(?:a|an|one)\s+"
    r"(?:(?:separate|extra|additional|discrete|explicit|ordinary|normal|distinct)\s+)?resistors?"
    r"(?:\s+in\s+series(?:\s+with\s+(?:the|it|its)(?:\s+(?:battery|cell|source|supply))?)?)?", re.IGNORECASE)


# a part said to have no resistance of its own: "a 9 V supply of negligible internal resistance", "a cell with zero
# internal resistance", "its internal resistance can be neglected", "an ammeter of negligible resistance" — an ideal
# source or meter, as nesy draws every part (Young & Freedman, University Physics, 15th ed., §25.4: an ideal source
# has r = 0; an ideal ammeter has zero resistance, §26.3); nothing to draw, never a resistor of unknown value
_NIL = r"(?:negligible|negligibly\s+small|no|zero|nil|insignificant|vanishing(?:ly\s+small)?|0\s*(?:Ω|ohms?))"
_IDEAL = re.compile(
    rf"(?:\b(?:of|with|having|has|and)\s+(?:an?\s+)?{_NIL}\s+(?:internal\s+)?(?:resistance|impedance)\b"
    r"|\b(?:its|the|their|whose)\s+(?:own\s+)?internal\s+(?:resistance|impedance)s?"
    r"(?:\s+of\s+(?:the|this|that|each|every|both|its)\s+[A-Za-z]+(?:\s+and\s+(?:the\s+)?[A-Za-z]+)?)?\s+(?:is|are|being|can\s+be|"
    r"may\s+be|is\s+to\s+be|should\s+be|will\s+be)\s+(?:taken\s+as\s+|assumed\s+)?(?:negligible|zero|neglected|"
    r"ignored|disregarded|0(?:\s*(?:Ω|ohms?))?)(?![\w])"
    r"|\binternal\s+(?:resistance|impedance)\s*(?:[:=]\s*)?(?:negligible|neglected|zero|none)\b)", re.IGNORECASE)


def ideal_parts(text: str) -> list[tuple[int, int, str]]:
    """Spans that say a part has no resistance of its own (see ``_IDEAL``): kept as read, no part of their own."""
    return [(m.start(), m.end(), "ideal") for m in _IDEAL.finditer(text)]


def drawing_instructions(text: str) -> list[tuple[int, int, str]]:
    """Spans asking to draw the internal resistance as a resistor: kept as read, no part of their own."""
    return [(m.start(), m.end(), "modelled") for m in _INSTRUCTION.finditer(text)]


def internal_resistances(ms: list[tuple[str, Any, int, int]], text: str) -> list[tuple[str, Any, int, int]]:
    """The mention stream with every internal resistance joined to the source before it "in series with"
    (see the module docstring)."""
    from .circuits import SOURCES, _NAME_KIND
    out: list[tuple[str, Any, int, int]] = []
    for it in ms:
        m = it[1]
        if it[0] == "COMP" and m.get("kind") == "resistor" and m.get("value") is not None and _is_internal(text, it):
            k = len(out) - 1
            while k >= 0 and out[k][0] == "AND":
                k -= 1
            prev = out[k] if k >= 0 else None
            pk = None
            if prev is not None and prev[0] == "COMP":
                pk = prev[1].get("kind") or (_NAME_KIND.get(re.match(r"[A-Z]*", prev[1]["name"]).group(0))
                                             if prev[1].get("name") else None)
                if pk is None and prev[1].get("value") is not None and prev[1]["value"]["unit"] == "V":
                    pk = "vsource"
            if pk in SOURCES + ("source",) and _GAP.fullmatch(text[prev[3]:_start(text, it)]):
                del out[k + 1:]
                out.append(("OP", "ser_in", prev[3], it[2]))
        out.append(it)
    return out


def _start(text: str, it: tuple) -> int:
    """Where the internal-resistance phrase starts (its "internal" may stand before the mention)."""
    m = re.search(r"(?:(?:an|the|its|a|and)\s+)?internal\s+$", text[max(0, it[2] - 20):it[2]], re.IGNORECASE)
    return it[2] - len(m.group(0)) if m else it[2]


def _is_internal(text: str, it: tuple) -> bool:
    return _INTERNAL.match(text, _start(text, it)) is not None
