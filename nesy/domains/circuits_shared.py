"""One value said of several named parts at once, for ``nesy.circuits.v1``: "R2 and R3 (both 2 kΩ)", "R1, R2 and
R3, each 1 kΩ", "C1 and C2 (each 10 µF)" (requests-36).

The names come first, the shared value after them with "both", "each", "all" ("all three"), in brackets or after
a comma. Read as it stood, the value became new parts of its own (two 2 kΩ resistors beside a valueless R2 and R3)
or went to the last name only: a figure of another circuit. ``shared_values`` finds each such phrase — the
value part (blanked before reading) and the names; ``apply_shared`` then gives the value to every named part
read: a part with no value takes it, a part with the same value keeps it, a part with another value is refused
naming both phrases.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

__all__ = ["shared_values", "apply_shared"]

_NAME = r"(?:[RCL]|V|B|I)_?\d{1,3}"
_SHARED = re.compile(
    rf"(?P<names>(?<![\w])(?:{_NAME})(?:\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:{_NAME}))+)(?P<tail>\s*(?:\(\s*|,\s*|[-–—]\s*)"
    r"(?:both|each|all(?:\s+(?:two|three|four|five|six))?|every\s+one)\s*(?:of\s+them\s*)?(?:=|:|are|is|being|at|of)?\s*"
    r"(?P<num>\d+(?:\.\d+)?)\s*(?P<pre>[pnuµμmkKM]|kilo|mega|milli|micro)?\s*(?P<unit>Ω|Ω|ohms?|F|farads?|H|henr(?:y|ies)|V|volts?)"
    r"(?![\w])(?:\s*(?:each|apiece))?\s*\)?)")
_PRE = {None: 1.0, "": 1.0, "p": 1e-12, "n": 1e-9, "u": 1e-6, "µ": 1e-6, "μ": 1e-6, "micro": 1e-6, "m": 1e-3,
        "milli": 1e-3, "k": 1e3, "K": 1e3, "kilo": 1e3, "M": 1e6, "mega": 1e6}
_UNIT = {"ω": "ohm", "ohm": "ohm", "ohms": "ohm", "f": "F", "farad": "F", "farads": "F", "h": "H", "henry": "H",
         "henries": "H", "v": "V", "volt": "V", "volts": "V"}
_KIND_UNIT = {"resistor": "ohm", "capacitor": "F", "inductor": "H", "vsource": "V"}


def shared_values(text: str) -> list[dict[str, Any]]:
    """``{start, end (the value part), names, value (SI), unit, text (the whole phrase), phrase_start}`` each."""
    out = []
    for m in _SHARED.finditer(text):
        names = re.findall(_NAME, m.group("names"))
        u = m.group("unit")
        unit = _UNIT.get(u.lower() if u not in ("Ω", "Ω") else "ω")
        if unit is None:
            continue
        tail = m.group("tail")
        s = m.start("tail") + len(tail) - len(tail.lstrip())
        if tail.lstrip().startswith(","):
            s = m.start("tail") + tail.index(",")
        out.append({"start": s, "end": m.end("tail"), "names": [n.replace("_", "") for n in names],
                    "value": float(m.group("num")) * _PRE[m.group("pre")], "unit": unit,
                    "text": m.group(0), "phrase_start": m.start()})
    return out


def apply_shared(scene: Any, found: list[dict[str, Any]], fmt) -> Any:
    """``scene`` with each shared value given to the parts it names (module text); ``fmt(value, unit)`` writes a
    value for a label."""
    from ..errors import UnsatisfiableError
    ents = list(scene.entities)
    for f in found:
        for name in f["names"]:
            idx = next((i for i, e in enumerate(ents) if (e.name or "").replace("_", "") == name), None)
            if idx is None:
                continue
            e = ents[idx]
            if _KIND_UNIT.get(e.kind) != f["unit"]:
                continue
            v = e.attr("value")
            if v is not None:
                if abs(float(v) - f["value"]) > 1e-9 * max(1.0, abs(f["value"])):
                    ph = {"text": f["text"], "start": f["phrase_start"], "end": f["end"]}
                    raise UnsatisfiableError([ph] + ([{"text": e.span.text, "start": e.span.start, "end": e.span.end}]
                                                     if e.span else []),
                                             [{"law": "one value per component", "source": "definition"}],
                                             fix=[ph], detail=f"{name} is given two values")
                continue
            attrs = dict(e.attributes)
            attrs.update({"value": f["value"], "unit": f["unit"], "display": f"{e.name} = {fmt(f['value'], f['unit'])}"})
            ents[idx] = replace(e, attributes=tuple(sorted(attrs.items())))
    return replace(scene, entities=tuple(ents))
