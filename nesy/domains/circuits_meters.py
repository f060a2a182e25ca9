"""A meter named after what it measures, for ``nesy.circuits.v1``.

"Measure the voltage across R2 with a voltmeter", "The p.d. across the lamp is measured using a voltmeter":
the clause starts with the quantity and its part ("the voltage across R2") and names the meter last. A
voltmeter measures the potential difference between the two points it is connected to, so it is connected
across (in parallel with) the part whose voltage it reads (Young & Freedman, *University Physics*, 15th ed.,
§26.3, "Electrical measuring instruments"). Read left to right, "across" had nothing before it to connect.

``meter_after_quantity`` rewrites such a clause of the mention stream into the order the fold reads:
the voltmeter, "across", the part.
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["meter_after_quantity"]

_VOLTAGE = re.compile(r"\b(?:voltages?|potential\s+differences?|potential\s+drops?|p\.\s?d\.?|pds?|drops?)\s*$",
                      re.IGNORECASE)


_PD = re.compile(r"\bp\.\s?d\.", re.IGNORECASE)   # the dots of "p.d." end no sentence


def meter_after_quantity(ms: list[tuple[str, Any, int, int]], text: str) -> list[tuple[str, Any, int, int]]:
    """The mention stream with each clause "<voltage> across <part> … <a voltmeter>" put in the order
    "<a voltmeter> across <part>" (see the module docstring)."""
    out: list[tuple[str, Any, int, int]] = []
    clause: list[tuple[str, Any, int, int]] = []
    for it in ms + [("SEP", None, len(text), len(text))]:
        if it[0] != "SEP":
            clause.append(it)
            continue
        out.extend(_reorder(clause, text))
        if it[2] < len(text):
            out.append(it)
        clause = []
    return out


def _reorder(cl: list[tuple[str, Any, int, int]], text: str) -> list[tuple[str, Any, int, int]]:
    body = [x for x in cl if x[0] != "AND"]
    if len(body) == 2 and body[0][0] == "COMP" and body[1][0] == "COMP" and body[1][1].get("kind") == "voltmeter" \
            and body[1][1].get("det") != "back":
        # "the voltage over R1 is read with a voltmeter": "over" (no connecting word of the grammar) after the
        # quantity says across which part; without it the two parts were read as a chain
        lead = re.split(r"[.;:!?]", _PD.sub(lambda m: "pd".ljust(len(m.group(0))), text[max(0, body[0][2] - 40):body[0][2]]))[-1]
        prep = re.search(r"\b(?:voltages?|potential\s+differences?|potential\s+drops?|p\.\s?d\.?|pds?|drops?)\s+"
                         r"(?:measured\s+|dropped\s+)?(over|on|at)\s+$", lead, re.IGNORECASE)
        if prep:
            a = body[0][2] - len(lead) + prep.start(1)
            return [body[1], ("OP", "par_in", a, a + len(prep.group(1))), body[0]]
        return cl
    if len(body) != 3 or body[0][0] != "OP" or body[0][1] != "par_in" or body[1][0] != "COMP" \
            or body[2][0] != "COMP" or body[2][1].get("kind") != "voltmeter" or body[2][1].get("det") == "back":
        return cl
    start = cl[0][2]
    lead = _PD.sub(lambda m: "pd".ljust(len(m.group(0))), text[max(0, start - 40):start])
    lead = re.split(r"[.;:!?]", lead)[-1]
    if not _VOLTAGE.search(re.sub(r"\b(?:the|a|an)\s*$", "", lead.strip(), flags=re.IGNORECASE).strip() + " ") and \
            not _VOLTAGE.search(lead.strip()):
        return cl
    return [body[2], body[0], body[1]]
