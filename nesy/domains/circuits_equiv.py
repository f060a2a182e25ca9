"""A stated equivalent (total) resistance, for ``nesy.circuits.v1``.

"…, giving an equivalent resistance of 15 Ω", "the total resistance is 12 Ω", "R_eq = 6 Ω": the text
states what the network of resistors amounts to. The value names no part (read as one, it became a
fourth resistor the text never gave); it is a fact about the parts, checked with the laws of series and
parallel resistors (R = R1 + R2 + … in series, 1/R = 1/R1 + 1/R2 + … in parallel; Alexander & Sadiku,
Fundamentals of Electric Circuits, 5th ed., §2.5-2.6):

- the stated value agrees with the network the source sees (or the whole network, without a source) to
  1 % (a stated value is rounded: "6.67 Ω"): kept in ``attributes["equivalent"]``, drawn as nothing more;
- it disagrees: ``UnsatisfiableError`` naming the statement and the resistors' phrases (exit 3);
- the network holds a part without a resistance (a capacitor, a lamp without a value, a switch): the
  statement cannot be checked and is reported as not drawn (never silently dropped).
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["split_equivalent", "check_equivalent", "TOLERANCE"]

TOLERANCE = 0.01   # relative; stated values are rounded ("6.67 Ω")
def _ohm(k: str) -> str:
    return rf"(?P<num{k}>\d+(?:\.\d+)?)\s*(?P<pre{k}>[kKM]|kilo|mega)?\s*(?:Ω|Ω|ohms?|Ohms?)(?![A-Za-z])"
_EQ = re.compile(
    r"(?:(?:the|an?|its|their)\s+)?(?:total|equivalent|effective|combined|net|overall|resultant|resulting)\s+"
    r"resistance(?:\s+of\s+(?:the\s+)?(?:whole\s+|entire\s+)?(?:circuit|network|arrangement|combination|resistors))?"
    r"\s*(?:is|=|:|of|equals|equal\s+to|will\s+be|would\s+be|comes\s+to|becomes|being)?\s*(?:only\s+|exactly\s+)?"
    + _ohm("1") + r"|\bR_?(?:eq|total|tot|T|equiv)\s*=\s*" + _ohm("2"), re.IGNORECASE)
_SCALE = {None: 1.0, "": 1.0, "k": 1e3, "K": 1e3, "kilo": 1e3, "M": 1e6, "mega": 1e6}


def split_equivalent(text: str) -> list[dict[str, Any]]:
    """Each stated equivalent resistance: ``value`` (Ω) and the phrase (``text``, ``start``, ``end``)."""
    out = []
    for m in _EQ.finditer(text):
        k = "1" if m.group("num1") is not None else "2"
        num, pre = m.group("num" + k), m.group("pre" + k)
        out.append({"value": float(num) * _SCALE[pre], "unit": "ohm", "text": m.group(0), "start": m.start(),
                    "end": m.end()})
    return out


def _req(d: dict, comps: dict) -> float | None:
    """The resistance of a tree node in Ω, or None when a part of it has none."""
    if d["op"] == "C":
        e = comps[d["id"]]
        if e.kind not in ("resistor", "lamp", "wire"):
            return None
        if e.kind == "wire":
            return 0.0
        v = e.attr("value")
        return float(v) if v is not None else None
    parts = [_req(c, comps) for c in d["children"]]
    if any(p is None for p in parts):
        return None
    if d["op"] == "S":
        return sum(parts)
    if any(p == 0.0 for p in parts):
        return 0.0
    return 1.0 / sum(1.0 / p for p in parts)


def check_equivalent(scene: Any, stated: list[dict[str, Any]], text: str) -> tuple[list[dict], list[dict], float | None]:
    """(the statements that agree, the ones nesy cannot check, the network's resistance); raises
    ``UnsatisfiableError`` for one that disagrees, naming its phrase and the resistors' (from ``text``)."""
    from ..errors import UnsatisfiableError
    comps = {e.id: e for e in scene.entities}
    tree = scene.attr("tree")
    sources = ("vsource", "isource")
    if tree["op"] == "P" and any(c["op"] == "C" and comps[c["id"]].kind in sources for c in tree["children"]):
        loads = [c for c in tree["children"] if not (c["op"] == "C" and comps[c["id"]].kind in sources)]
        net = loads[0] if len(loads) == 1 else {"op": "P", "children": loads}
    elif any(e.kind in sources for e in scene.entities):
        net = None   # a source inside the network: no single equivalent resistance to check
    else:
        net = tree
    r = _req(net, comps) if net is not None else None
    ok, unchecked = [], []
    for st in stated:
        if r is None:
            unchecked.append(st)
        elif abs(r - st["value"]) <= TOLERANCE * max(r, st["value"]):
            ok.append(st)
        else:
            sp = {"text": st["text"], "start": st["start"], "end": st["end"]}
            parts = [{"text": text[e.span.start:e.span.end], "start": e.span.start, "end": e.span.end}
                     for e in scene.entities if e.kind in ("resistor", "lamp") and e.span is not None]
            parts = [p for k, p in enumerate(parts) if p not in parts[:k]]   # "Two resistors, 10 Ω and 20 Ω": once
            raise UnsatisfiableError(
                [sp] + parts, [{"law": "equivalent resistance of series and parallel resistors",
                                "source": "Alexander & Sadiku, Fundamentals of Electric Circuits, 5th ed., §2.5-2.6"}],
                fix=[sp], detail=f"the resistors as connected amount to {r:.4g} Ω, not {st['value']:.4g} Ω")
    return ok, unchecked, r
