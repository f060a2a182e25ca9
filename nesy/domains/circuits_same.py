"""A part whose value is given as another part's, for ``nesy.circuits.v1``'s parser: "a first resistor of 10 kΩ and
a second resistor of equal resistance", "another capacitor of the same capacitance", "R2 equal to R1", "a resistor
identical to the first". The value is the one of the part it names (a name, "the first", "it"), or else of the
last part of its kind introduced before it; a phrase that names no such part with a value is refused naming it.
Before, "of equal resistance" made a resistor with no value and "resistance" one more resistor; "of the same value"
and "equal to R1" were dropped without a word (the part drawn with its name only).

``same_spans(text, used)`` finds the phrases for the tokenizer (``SAME`` tokens; value: the name of the part they
point at, "" for the last of the kind); ``same_values(ms, text)`` gives each mention that carries one the value.
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["same_spans", "same_values"]

_QUANTITY = r"(?:resistance|capacitance|inductance|value|rating|size|voltage|emf|e\.m\.f\.)"
_SAME = re.compile(
    r"(?i)(?<![\w-])(?:"
    # "of equal resistance", "with the same value", "having an identical capacitance"
    rf"(?:of|with|having|has)\s+(?:an?\s+|the\s+)?(?:equal|same|identical|matching)\s+{_QUANTITY}"
    # "equal to R1", "identical to the first", "the same as it", "equal in value to R1"
    r"|(?:equal|identical|same)(?:\s+in\s+" + _QUANTITY + r")?\s+(?:to|as)\s+(?P<ref>[A-Z]{1,2}\d{1,3}|(?i:the\s+first"
    r"(?:\s+one)?|the\s+other(?:\s+one)?|it|that\s+one|the\s+previous\s+one|the\s+one\s+before))"
    r")(?![\w-])")


def same_spans(text: str, used: list[bool]) -> list[tuple[int, int, str]]:
    """(start, end, reference) for each same-value phrase on characters no token took; reference is a part's
    name ("R1"), "first", or "" (the last part of the mention's kind before it)."""
    out = []
    for m in _SAME.finditer(text):
        if any(used[m.start():m.end()]):
            continue
        ref = m.group("ref") or ""
        if ref and not re.fullmatch(r"[A-Z]{1,2}\d{1,3}", ref):
            ref = "first" if "first" in ref.lower() else ""
        out.append((m.start(), m.end(), ref))
    return out


def same_values(ms: list[tuple[str, Any, int, int]], text: str) -> list[tuple[str, Any, int, int]]:
    """``ms`` with each mention that says its value is another part's given that value (module docstring)."""
    from ..errors import InputError
    from .circuits_chain import _kind
    out = list(ms)
    for k, (tag, m, a, b) in enumerate(out):
        if tag != "COMP" or not m.get("same"):
            continue
        ref, tok = m["same"]
        kind = _kind(m)
        before = [x[1] for x in out[:k] if x[0] == "COMP" and x[1].get("value") is not None
                  and (_kind(x[1]) == kind or kind is None)]
        if ref and ref != "first":
            before = [x for x in before if x.get("name") == ref]
        elif ref == "first":
            before = before[:1]
        src = before[-1] if before else None
        if src is None or m.get("value") is not None and m["value"] != src["value"]:
            raise InputError(f"'{tok.text}' at {tok.start}-{tok.end} gives a value as another part's, but nesy "
                             "cannot tell which part has it: give the value itself (e.g. 'a second 10 kΩ resistor')")
        out[k] = (tag, {**m, "value": dict(src["value"]), "vtok": tok}, a, b)
    return out
